"""BLIND_1455 (45 products; Myntra women's ethnic wear): written blind in the sixty-fifth session. Measured blind at
0c250e6 (the session's first rules): 63/87 failures found (72.4%) and 29/207 correct texts flagged (14.0%). The
writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed (anarkali kurtas, gowns, ethnic dresses, kurtas worn over leggings, a few
kurta sets with churidar and dupatta). Catalog columns as the feed has them: title (Myntra's product display name),
category (Myntra's article type: Kurtas, Kurta Sets, Kurtis, Ethnic Dresses, Dresses), color (base colour) and
gender; one column is missing now and then. Photos are the usual catalog shots: a model on a plain backdrop wearing
the product with leggings, churidar, palazzos or a dupatta, two hanger/flat-lay shots, three back views, a few props
(a potli bag, a clutch, a wooden stool, a wicker basket, a cane chair).
Who wrote what: captions by BLIP-2 OPT-2.7b with the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption),
greedy, 50 new tokens. The adapter only knows the DeepFashion-MultiModal template (dress / upper clothing / shirt /
T-shirt, trousers, "pure color", "graphic", "floral", "lattice" patterns, cotton / chiffon / denim / furry fabric,
accessories on the wrist, rings, neckwear, hats) and never learned to stop, so most captions run to the limit: cut
mid-sentence or looping on one sentence; a few end on a newline. Open answers (wearing, description, details,
material) are spans extracted by timpal0l/mdeberta-v3-base-squad2 from that caption, so they inherit its words, its
cuts and its loops, and are empty when the model finds no span. Closed answers (garment_type, color, pattern,
sleeve_length, "Is this a ...?") come from the reference engine ranking a closed candidate list on the image; one
color answer is the raw generated text kept because it did not map to a candidate.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A caption that ends mid-sentence at the limit is `cut`, unless its content is wrong, then the content error is
the label (a wrong garment word, pattern, sleeve or fabric: `contradiction`; an invented accessory, neckline or lower
garment: `unsupported`; "gentleman"/"his" for the women's model: `pronoun`); a repeated sentence that runs to the limit
is `loop`. A caption that reached the limit at the end of a complete clause with nothing wrong in it is left correct
with hit_limit=True. Vocabulary the template forces is tolerated: "dress" for anarkalis, gowns and knee-length kurtas,
"upper clothing" with its attributes, "chiffon" for georgette, "graphic"/"lattice" for ethnic or geometric prints,
"neckwear" for a dupatta round the neck, "medium-sleeve" for three-quarter sleeves, "cotton" where neither title nor
photo tells the fabric. Not tolerated: "shirt" or "T-shirt" for a kurta, a fabric other than the one the title names
(chiffon for cotton or net, cotton for rayon or crepe, furry for velvet), all `contradiction`. Closed answers are judged
on the photo: a wrong sleeve length, pattern or garment type ("dress", "top", "gown", "lehenga choli", "dupatta",
"leggings" for a kurta; the candidate list had "kurta") is a `contradiction`. Near shades count as right
(mustard/yellow, burgundy/maroon, lavender/purple, magenta/pink, olive/green, off-white/white, rust/orange); the color
of leggings, churidar or palazzos the product does not include is `other_garment_color`; a print color given for the
base color is a `contradiction`. A bare "The upper clothing" for what the person wears, an empty span and an accessory
or prop given as the garment's details are `non_answer`; "The dress" for a description or the details is `restated`. No
prompt leaks: extractive QA cannot produce one and the captions are generated without a prompt. hit_limit only on
captions (extractive answers have no limit).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, is_a

BLIND_1455 = [
    # Photo: model on a grey backdrop, maroon anarkali kurta to mid-calf with gold foil ethnic motifs, round neck,
    # three-quarter sleeves, over gold churidar leggings; jhumka earrings, no bangles.
    # Caption: caption adapter (ran to the limit, cut). Open: extractive QA. Closed: reference engine.
    case(
        "X1455-001",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("anarkali kurta"),
        Q.color("maroon"),
        Q.pattern("ethnic motifs"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.details("There is an accessory", "cut"),
        gender="Women",
        title="Libas Women Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: model in a navy blue flared maxi ethnic dress with small white and pink flowers, long sleeves, V-neck
    # with a tie-up; white backdrop; she wears a thin ring.
    # Caption: caption adapter (loops on the ring sentence to the limit). Open: extractive QA. Closed: reference engine.
    case(
        "X1455-002",
        caption(
            "This woman is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. This woman wears a ring. This woman wears a ring. This woman wears a ring. This woman",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("ethnic dress"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        Q.details("V-shape neckline"),
        Q.material("chiffon"),
        gender="Women",
        title="Sangria Women Navy Blue Floral Printed Flared Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: green solid straight kurta to the knee, mandarin collar, long sleeves, worn over white leggings; beige
    # backdrop. Caption calls the kurta a shirt.
    # Caption: caption adapter (limit). Open: extractive QA. Closed: reference engine (color is the leggings').
    case(
        "X1455-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="W Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: pink cotton anarkali with a green printed border, three-quarter sleeves, green churidar, green dupatta
    # draped round the neck and over both shoulders; grey backdrop. Matte cotton, clearly not sheer.
    # Caption: caption adapter (limit, cut). Open: extractive QA (material from the caption). Closed: reference engine.
    case(
        "X1455-004",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. This lady has neckwear. The lady wears a long pants. The pants are with cotton fabric "
            "and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("kurta set"),
        Q.color("pink"),
        Q.details("round neckline"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Biba Women Pink & Green Printed Cotton Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: flat lay on white: mustard crepe A-line kurta, three-quarter sleeves, round neck, blue block print. No
    # person, no lower garment, nothing on any wrist.
    # Caption: caption adapter (limit; invents a lower garment and an accessory). Open: extractive QA. Closed: engine.
    case(
        "X1455-005",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("The upper clothing", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Janasya Women Mustard Yellow Printed Crepe A-Line Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: model in a teal floor-length flared gown, plain body with a gold embroidered yoke, long sheer sleeves,
    # round neck; a gold kada on her right wrist; beige backdrop. Feed has no category for this one.
    # Caption: caption adapter (repeats the accessory sentence until the limit). Open: extractive QA. Closed: engine.
    case(
        "X1455-006",
        caption(
            "Her dress has long sleeves, chiffon fabric and pure color patterns. The neckline of it is round. The "
            "dress is of long length. There is an accessory on her wrist. There is an accessory on her wrist. There "
            "is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("Her dress"),
        Q.garment_type("gown"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.details("There is an accessory on her wrist", "non_answer"),
        gender="Women",
        title="Aurelia Women Teal Solid Maxi Gown with Embroidered Yoke",
        color="Teal",
    ),
    # Photo: red straight kurta to the knee, white thread embroidery round a notched V neck, three-quarter sleeves,
    # white leggings of the same set; grey backdrop.
    # Caption: caption adapter (limit, cut). Open: extractive QA. Closed: engine (sleeve answer wrong).
    case(
        "X1455-007",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("kurta set"),
        Q.color("red"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Red & White Embroidered Kurta with Leggings",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: off-white straight kurta with indigo block print, long sleeves, worn with solid blue palazzos that are not
    # sold with it; she holds a small potli bag. White backdrop.
    # Caption: caption adapter (limit, cut). Open: extractive QA. Closed: engine (color is the palazzos').
    case(
        "X1455-008",
        caption(
            "This woman is wearing a long-sleeve upper clothing with graphic patterns. The upper clothing is with "
            "cotton fabric. It has a round neckline. This woman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve upper clothing with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Off-White & Blue Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: wine net anarkali gown to the floor, heavy zari embroidery on the yoke, sheer full sleeves, net dupatta on
    # one shoulder; bangles on both wrists, a ring; grey backdrop.
    # Caption: caption adapter (limit; says chiffon for net). Open: extractive QA. Closed: engine.
    case(
        "X1455-009",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.description("a long-sleeve dress with floral patterns"),
        Q.garment_type("gown"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Inddus Women Burgundy Embroidered Net Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Photo: back view (the feed's second image) of a model with a short bob in a black tiered maxi ethnic dress with
    # small red and white print, short flutter sleeves; a watch on her left wrist. White backdrop.
    # Caption: caption adapter (stopped on its own; "his" for the woman). Open: extractive QA. Closed: engine.
    case(
        "X1455-010",
        caption(
            "His dress has short sleeves, cotton fabric and graphic patterns. The dress is of long length. There is "
            "an accessory on his wrist.",
            "pronoun",
        ),
        Q.wearing("dress"),
        Q.garment_type("ethnic dress"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
        title="Global Desi Women Black Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: blue anarkali with white ethnic print, three-quarter sleeves, round neck, white trousers, blue dupatta with
    # tassels wrapped round the neck; grey backdrop.
    # Caption: caption adapter (reached the limit at the end of a complete clause). Open: extractive QA. Closed: engine.
    case(
        "X1455-011",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This lady has neckwear",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("anarkali kurta"),
        Q.color("blue"),
        Q.pattern("ethnic motifs"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.details("round neckline"),
        gender="Women",
        title="Khushal K Women Blue Ethnic Motifs Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: peach straight kurta to the knee, gotta lace at the hem, long sleeves, plain round neck, cream leggings of
    # the set; a watch on her wrist. Caption invents a V neck.
    # Caption: caption adapter (limit). Open: extractive QA. Closed: engine.
    case(
        "X1455-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("kurta set"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.details("V-shape neckline", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Vishudh Women Peach-Coloured Solid Kurta with Leggings",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: mustard sleeveless anarkali kurta to mid-calf with green ethnic print and green piping, round neck, white
    # churidar; hands on hips; nothing on the wrists.
    # Caption: caption adapter (limit, cut). Open: extractive QA (details span ends where the caption was cut). Closed:
    # reference engine.
    case(
        "X1455-013",
        caption(
            "The dress this lady wears has sleeves cut off and it is with cotton fabric and graphic patterns. The "
            "neckline of it is round. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The dress"),
        Q.garment_type("gown", "contradiction"),
        Q.color("yellow"),
        Q.pattern("ethnic motifs"),
        Q.sleeve_length("sleeveless"),
        Q.details("There is an accessory on her", "cut"),
        gender="Women",
        title="Ahalyaa Women Mustard Yellow & Green Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: navy blue straight kurta to the knee with small white paisley print, shirt collar, three-quarter sleeves,
    # grey leggings; white backdrop. Feed leaves gender blank.
    # Caption: caption adapter (limit; calls the kurta a shirt). Open: extractive QA. Closed: engine.
    case(
        "X1455-014",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve shirt with graphic patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.details("its neckline is lapel"),
        title="Rain & Rainbow Women Navy Blue Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: rani pink anarkali kurta with a gold zari yoke, three-quarter sleeves, white churidar; the model turns to
    # show the flare; grey backdrop.
    # Caption: caption adapter (ended on a newline, complete). Open: extractive QA. Closed: engine.
    case(
        "X1455-015",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline."
        ),
        Q.wearing("a medium-sleeve dress with pure color patterns"),
        Q.garment_type("lehenga choli", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.details("", "non_answer"),
        Q.material("chiffon"),
        gender="Women",
        title="Libas Women Pink Yoke Design Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: rust orange block-printed cotton kurta to the knee, V neck, long sleeves, black leggings; model seated on a
    # wooden stool against a white wall.
    # Caption: caption adapter (limit, cut). Open: extractive QA. Closed: engine (color is the leggings').
    case(
        "X1455-016",
        caption(
            "The lady wears a long-sleeve upper clothing with graphic patterns. The upper clothing is with cotton "
            "fabric and its neckline is V-shape. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. She",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve upper clothing with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.material("cotton"),
        gender="Women",
        title="GERUA Women Rust Orange Block Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: lavender rayon anarkali kurta with a white and pink floral print, long sleeves, white leggings; lilac
    # backdrop.
    # Caption: caption adapter (loops on the fabric sentence). Open: extractive QA (description span takes the loop).
    # Closed: reference engine.
    case(
        "X1455-017",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. The dress is "
            "with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The dress is with",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("anarkali kurta"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.description("The dress is with cotton fabric. The dress is with cotton fabric", "loop"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Juniper Women Lavender Floral Print Rayon Anarkali Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: sea green georgette gown to the floor, sequin embroidery, long sleeves, V neck; glass bangles on one wrist,
    # no ring on either hand; pale pink backdrop.
    # Caption: caption adapter (ended on a newline; invents the ring). Open: extractive QA. Closed: engine.
    case(
        "X1455-018",
        caption(
            "Her dress has long sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. The dress is "
            "of long length. There is an accessory on her wrist. This lady wears a ring.",
            "unsupported",
        ),
        Q.wearing("Her dress"),
        Q.garment_type("gown"),
        Q.color("green"),
        Q.pattern("embroidered"),
        Q.details("This lady wears a ring", "unsupported"),
        Q.material("chiffon"),
        gender="Women",
        title="Indo Era Women Sea Green Embroidered Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Sea Green",
    ),
    # Photo: yellow straight kurta with small white print, three-quarter sleeves, white leggings, a white dupatta over
    # one arm trailing to the floor (not sold with it); white backdrop.
    # Caption: caption adapter (limit, cut). Open: extractive QA. Closed: engine (type answered with the dupatta).
    case(
        "X1455-019",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dupatta", "contradiction"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Anubhutee Women Yellow & White Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: black midi A-line ethnic dress with a dense gold foil print, three-quarter sleeves, round neck, bare legs,
    # gold juttis; white backdrop.
    # Caption: caption adapter (ended on a newline). Open: extractive QA. Closed: engine (gives the print color).
    case(
        "X1455-020",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("ethnic dress"),
        Q.color("gold", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Biba Women Black Printed A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: hanger shot on white: indigo cotton kurta with white dabu print, long sleeves, round neck.
    # Caption: caption adapter (ended on a newline, complete). Open: extractive QA. Closed: engine.
    case(
        "X1455-021",
        caption("The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline."),
        Q.description("The upper clothing has long sleeves, cotton fabric and graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Rangmanch by Pantaloons Women Indigo Blue Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: red anarkali with gold embroidery, long sleeves, round neck, red churidar, red net dupatta worn over the
    # head; bangles, no hat. Cream backdrop.
    # Caption: caption adapter (limit; reads the dupatta as a hat). Open: extractive QA. Closed: engine.
    case(
        "X1455-022",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is a hat in her head. The lady wears a ring. There is an accessory on her "
            "wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("lehenga choli", "contradiction"),
        Q.color("red"),
        Q.pattern("embroidered"),
        Q.details("There is a hat in her head", "unsupported"),
        gender="Women",
        title="Scakhi Women Red Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: navy blue velvet maxi ethnic dress, plain, long sleeves, round neck, a gold embroidered belt at the waist;
    # grey backdrop.
    # Caption: caption adapter (ended on a newline; velvet read as "furry"). Open: extractive QA. Closed: engine.
    case(
        "X1455-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. This female wears a belt. The dress is of long length.",
            "contradiction",
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("ethnic dress"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.details("This female wears a belt"),
        Q.material("furry", "contradiction"),
        gender="Women",
        title="Ethnovog Women Navy Blue Solid Velvet Maxi Ethnic Dress with Embroidered Belt",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: olive green solid straight kurta to the knee with side slits, round neck, long sleeves, cream leggings; a
    # watch on her wrist; walking pose.
    # Caption: caption adapter (reached the limit at the end of a complete clause, nothing wrong). Open: extractive QA.
    # Closed: engine (type "dress" although "kurta" was a candidate).
    case(
        "X1455-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("", "non_answer"),
        gender="Women",
        title="Tissu Women Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: magenta flared anarkali kurta with a white floral print, long sleeves, V neck, white leggings; grey
    # backdrop.
    # Caption: caption adapter (limit, cut). Open: extractive QA. Closed: engine.
    case(
        "X1455-025",
        caption(
            "This woman is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has "
            "a V-shape neckline. This woman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.description("a long-sleeve dress with floral patterns"),
        Q.garment_type("anarkali kurta"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="KALINI Women Magenta Floral Printed Flared Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: back view (second image): indigo cotton maxi ethnic dress with a white print, long sleeves, tie-up dori
    # with tassels at the back; white backdrop.
    # Caption: caption adapter (starts over and loops). Open: extractive QA. Closed: engine.
    case(
        "X1455-026",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady "
            "wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        Q.description("The dress", "restated"),
        Q.garment_type("ethnic dress"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Fabindia Women Indigo Cotton Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Photo: white hip-length cotton kurti with a blue print, short sleeves, round neck, over blue leggings; white
    # backdrop. Caption calls it a T-shirt.
    # Caption: caption adapter (limit). Open: extractive QA. Closed: engine.
    case(
        "X1455-027",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("top", "contradiction"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Jaipur Kurti Women White & Blue Printed Cotton Kurti",
        category="Kurtis",
        color="White",
    ),
    # Photo: red cotton maxi ethnic dress with black geometric bagh print, sleeveless, square neck; silver bangles and a
    # ring; white backdrop.
    # Caption: caption adapter (limit, cut). Open: extractive QA. Closed: engine.
    case(
        "X1455-028",
        caption(
            "Her dress has sleeves cut off, cotton fabric and lattice patterns. The neckline of it is square. The "
            "dress is of long length. There is an accessory on her wrist. This lady wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("ethnic dress"),
        Q.color("red"),
        Q.pattern("geometric"),
        Q.sleeve_length("sleeveless"),
        Q.details("The neckline of it is square"),
        Q.material("cotton"),
        gender="Women",
        title="Taavi Women Red & Black Bagh Printed Pure Cotton Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: beige anarkali kurta with a pink floral print, three-quarter sleeves, round neck, solid pink churidar (not
    # sold with it); grey backdrop.
    # Caption: caption adapter (ended on a newline). Open: extractive QA. Closed: engine (color is the churidar's).
    case(
        "X1455-029",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants."
        ),
        Q.wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("anarkali kurta"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Anouk Women Beige & Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Photo: grey georgette gown covered in sequins, long sleeves, round neck, floor length; she holds a silver clutch
    # and wears a cocktail ring; white backdrop.
    # Caption: caption adapter (limit, cut). Open: extractive QA. Closed: engine.
    case(
        "X1455-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. There is an accessory in her hand. This lady wears a "
            "ring. This lady",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("gown"),
        Q.color("grey"),
        Q.pattern("embellished"),
        Q.details("its neckline is round"),
        Q.material("chiffon"),
        gender="Women",
        title="Indya Women Grey Embellished Georgette Gown",
        category="Dresses",
        color="Grey",
    ),
    # Photo: navy blue and white vertically striped straight kurta, three-quarter sleeves, round neck, white leggings;
    # grey backdrop. Caption gives long sleeves.
    # Caption: caption adapter (limit). Open: extractive QA. Closed: engine.
    case(
        "X1455-031",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with striped patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="W Women Navy Blue & White Striped Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: green anarkali with a pink floral print, long sleeves, green trousers, pink chiffon dupatta round the
    # neck; grey backdrop.
    # Caption: caption adapter (loops on "neckwear"). Open: extractive QA. Closed: engine.
    case(
        "X1455-032",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. This lady has neckwear. This lady has neckwear. This lady has neckwear. This lady has "
            "neckwear.",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("kurta set"),
        Q.color("green"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Green & Pink Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: model with a pixie cut in a sea green anarkali kurta with a gold print, three-quarter sleeves, round neck,
    # over shiny gold leggings (not sold with it); white backdrop.
    # Caption: caption adapter (limit; "gentleman"). Open: extractive QA. Closed: engine (color is the leggings').
    case(
        "X1455-033",
        caption(
            "This gentleman is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. "
            "It has a round neckline. This gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("anarkali kurta"),
        Q.color("gold", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Ishin Women Sea Green Printed Anarkali Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: off-white chikankari straight kurta, long sleeves, round neck, white cotton leggings; white backdrop.
    # Caption: caption adapter (ended on a newline). Open: extractive QA. Closed: engine.
    case(
        "X1455-034",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.wearing("The upper clothing", "non_answer"),
        Q.description("long sleeves, cotton fabric and floral patterns"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Biba Women Off-White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: mustard maxi ethnic dress with a white print, long sleeves, V neck; the model sits on a cane chair, the
    # skirt covers her to the ankles, no trousers anywhere.
    # Caption: caption adapter (ended on a newline; invents pants). Open: extractive QA. Closed: engine.
    case(
        "X1455-035",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long pants.",
            "unsupported",
        ),
        Q.wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("ethnic dress"),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves"),
        Q.details("its neckline is V-shape"),
        gender="Women",
        title="Anouk Women Mustard Yellow Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # Photo: black solid straight kurta, three-quarter sleeves, V neck, red leggings (not sold with it); a silver cuff
    # on her wrist; grey backdrop.
    # Caption: caption adapter (reached the limit at the end of a complete clause, nothing wrong). Open: extractive QA.
    # Closed: engine (type answered with the leggings).
    case(
        "X1455-036",
        caption(
            "The lady wears a medium-sleeve upper clothing with pure color patterns. The upper clothing is with "
            "cotton fabric. It has a V-shape neckline. The lady wears a long leggings. The leggings are with cotton "
            "fabric and pure color patterns. There is an accessory on her wrist",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve upper clothing with pure color patterns"),
        Q.garment_type("leggings", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="AKS Women Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: pink tiered maxi ethnic dress with a small floral print, short flutter sleeves, V neck; she holds a wicker
    # basket of flowers; a ring on one finger; white backdrop.
    # Caption: caption adapter (loops on the ring). Open: extractive QA (details: the prop). Closed: engine.
    case(
        "X1455-037",
        caption(
            "Her dress has short sleeves, cotton fabric and floral patterns. The neckline of it is V-shape. The dress "
            "is of long length. There is an accessory in her hand. This lady wears a ring. This lady wears a ring. "
            "This",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("Her dress"),
        Q.garment_type("ethnic dress"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.details("There is an accessory in her hand", "non_answer"),
        gender="Women",
        title="Nayo Women Pink Floral Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: white straight kurta with a black print, long sleeves, round neck, red leggings (not sold with it); white
    # backdrop. The feed has no color for this one.
    # Caption: caption adapter (limit, cut). Open: extractive QA. Closed: engine (color is the leggings').
    case(
        "X1455-038",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The leggings are of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("red", "other_garment_color"),
        Q.pattern("printed"),
        Q.material("cotton"),
        gender="Women",
        title="Aurelia Women White & Black Printed Straight Kurta",
        category="Kurtas",
    ),
    # Photo: black anarkali kurta with large pink and green flowers, long sleeves, round neck, black churidar; grey
    # backdrop. Caption says "pure color".
    # Caption: caption adapter (ended on a newline). Open: extractive QA. Closed: engine.
    case(
        "X1455-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline.",
            "contradiction",
        ),
        Q.wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("anarkali kurta"),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Vishudh Women Black Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: blue straight kurta to the knee, silver embroidery at the neck, long sleeves, white churidar, silver
    # dupatta round the neck and over the arms; grey backdrop.
    # Caption: caption adapter (limit, cut). Open: extractive QA. Closed: engine (sleeve answer wrong).
    case(
        "X1455-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. This lady has neckwear. The lady wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("kurta set"),
        Q.color("blue"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        Q.details("", "non_answer"),
        gender="Women",
        title="Anubhutee Women Blue Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: red georgette gown, gold embroidery, sheer long sleeves, V neck, floor length; bangles on one wrist; white
    # backdrop. Feed leaves gender blank.
    # Caption: caption adapter (loops on the wrist accessory). Open: extractive QA. Closed: engine.
    case(
        "X1455-041",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        Q.description("long-sleeve dress with floral patterns"),
        Q.garment_type("gown"),
        Q.color("red"),
        Q.pattern("embroidered"),
        Q.details("The dress", "restated"),
        Q.material("chiffon"),
        title="Fashor Women Red Embroidered Georgette Maxi Gown",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: yellow straight kurta with a blue print, three-quarter sleeves, round neck, over blue cotton leggings (not
    # denim, not sold with it); white backdrop.
    # Caption: caption adapter (ended on a newline; gives the leggings denim). Open: extractive QA (material taken from
    # the leggings' sentence). Closed: engine.
    case(
        "X1455-042",
        caption(
            "This woman is wearing a medium-sleeve upper clothing with graphic patterns. The upper clothing is with "
            "cotton fabric. It has a round neckline. This woman wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns.",
            "unsupported",
        ),
        Q.wearing("a medium-sleeve upper clothing with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Libas Women Yellow & Blue Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: back view (second image): rust orange solid anarkali kurta with gotta patti at the hem, long sleeves, a
    # deep back with a tie-up dori, rust churidar; bangles; white backdrop.
    # Caption: caption adapter (limit, cut). Open: extractive QA. Closed: engine.
    case(
        "X1455-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("anarkali kurta"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="KALINI Women Rust Orange Solid Anarkali Kurta with Gotta Patti Detail",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: teal kaftan ethnic dress with a white print, elbow-length batwing sleeves, V neck, midi length, bare legs;
    # the model holds her arms out; white backdrop. Caption calls it a T-shirt.
    # Caption: caption adapter (ended on a newline). Open: extractive QA. Closed: engine.
    case(
        "X1455-044",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long trousers.",
            "contradiction",
        ),
        Q.wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("ethnic dress"),
        Q.color("teal"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Sangria Women Teal Printed Kaftan Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: purple solid anarkali kurta with a silver lace hem, long sleeves, round neck, purple churidar of the set;
    # grey backdrop.
    # Caption: caption adapter (limit, cut). Open: extractive QA. Closed: engine (color kept as raw unmapped text).
    case(
        "X1455-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("anarkali kurta"),
        Q.color("pure color", "non_answer"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Aurelia Women Purple Solid Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Purple",
    ),
]
