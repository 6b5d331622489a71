"""BLIND_1575 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
sixth session. Measured blind at d0844da (the session's third rules): 60/77 failures found (77.9%) and 13/218 correct
texts flagged (6.0%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, straight and A-line kurtas worn over leggings or
churidars, kurta sets with trousers, palazzos or sharara and a dupatta, ethnic maxi dresses and gowns. Catalog
columns as Myntra has them: title ("Brand Women Colour Pattern Style Kurta"), category (the article type: Kurtas,
Kurta Sets, Kurtis, Ethnic Dresses) and color (the base colour: Mustard, Navy Blue, Off White, Sea Green...);
gender is "Women", left out on a few rows, as is a color now and then. Photos: a model on a plain white, grey or
beige backdrop, front view mostly, two back views, two flat lays (no person), a few props (a stool, a clutch, a
sling bag, a straw hat held in the hand).
Who wrote what: the caption is the epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption) on
blip2-opt-2.7b, greedy, 50 new tokens. It only knows the DeepFashion-MultiModal template: "The lady wears a
medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline is round...", fabrics
from its short list (cotton, chiffon, denim, furry...), patterns instead of hues, never "kurta". With no trained
end token it usually runs to the limit: cut mid-sentence, or looping a sentence or a word. Sometimes it emits a
newline and stops early; a few captions ran to the limit on padding after a whole last sentence, so they read
complete but carry hit_limit. The open answers (what is she wearing, describe, details, material) are
extractive QA (mdeberta-v3-base-squad2) over that caption: spans of the caption, empty when the question's noun is
not in it. The closed answers (garment type, color, pattern, sleeve length, color of a named garment, "Is this a
...?") are the reference engine ranking a closed candidate list with the untuned base model.
Labeling conventions and judgement calls: judged against the imagined photo and the title. The caption
template's nouns are accepted for kurtas ("shirt", "tank top", "dress" for a kurta or an anarkali are the
adapter's vocabulary, not errors), but a one-piece gown or ethnic dress split into "shirt" + "skirt" is a
contradiction. The closed garment type is a catalog attribute: "dress" for a product sold as an anarkali kurta
is a contradiction. Near hues are accepted for closed colors (maroon -> red, rust -> orange, teal -> green or blue,
olive -> green, magenta -> pink, lavender -> purple, off white -> white); navy answered "black" is not. A color
that belongs to the leggings, palazzos or dupatta rather than the product is other_garment_color. A material
contradicting the title (chiffon for georgette or net, cotton for chanderi silk, furry for velvet) is a
contradiction; a material the photo does not back with the title silent (chiffon for an opaque sheen, cotton
for art silk) is unsupported; "cotton" for a matte printed kurta with the title silent is accepted. A person,
pants or a hat the photo does not have is unsupported. A caption with two faults gets the one that misleads a
buyer more (wrong garment, material or pronoun over a cut tail; a loop over the cut it ends in); hit_limit marks
every text that ran to the 50 tokens, whatever its label. A caption that ran out with a whole clause but no final
period is left correct. Extractive answers never hit the limit themselves; a span that ends where the caption was
cut is labelled cut. A span that only gives back the question's words ("a long leggings" for the leggings'
details) is restated; an empty span or "The lady" is non_answer. "a long leggings" for what she is wearing is
true, if thin, and left correct. An accessory given as the garment's detail or as what she wears is a
contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1575 = [
    # Photo: model in a mustard straight knee-length kurta, black ethnic-motif print, 3/4 sleeves, round neck, over
    # white leggings; grey backdrop. Caption: caption adapter (cut at the limit); open: extractive QA; closed:
    # reference engine.
    case(
        "X1575-001",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("mustard"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: model in a maroon mid-calf anarkali with a gold zari yoke, 3/4 sleeves, maroon trousers, maroon dupatta
    # with a gold border over one shoulder; opaque fabric with a light sheen. Caption: adapter, loops the first
    # sentence. Open: QA. Closed: reference engine.
    case(
        "X1575-002",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady wears a medium-sleeve dress with pure "
            "color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.material("chiffon fabric", "unsupported"),
        color_of("dupatta", "maroon"),
        details("kurta", "its neckline is round"),
        gender="Women",
        title="Libas Women Maroon Yoke Design Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: model in a navy floor-length flared ethnic dress, white and pink motif print, long sleeves, V-neck with
    # tie-up; beige backdrop. Caption: adapter, splits the dress into a shirt and a skirt, cut. Open: QA (no "dress"
    # in the caption, so describe comes back empty). Closed: reference engine.
    case(
        "X1575-003",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. "
            "There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "", "non_answer"),
        gender="Women",
        title="KALINI Women Navy Blue Ethnic Motifs Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: model in a bottle-green straight kurta with a small white floral print, 3/4 sleeves, mandarin collar,
    # side slits, over off-white leggings; white backdrop. Caption: adapter, stopped early on a newline. Open: QA.
    # Closed: reference engine (gives the leggings' white).
    case(
        "X1575-004",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "standing neckline. The lady wears a long leggings."
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        details("kurta", "standing neckline"),
        Q.material("cotton fabric"),
        gender="Women",
        title="W Women Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model in a pink calf-length A-line kurta with a multicolour floral print, short sleeves, round neck,
    # over white churidar leggings, holding a gold clutch. Caption: adapter, loops. Open: QA. Closed: reference
    # engine.
    case(
        "X1575-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory in her hand. The lady wears a short-sleeve dress with floral "
            "patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("short sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Pink Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: model in a rust floor-length flared georgette gown, sheer full sleeves, round neck, gota lace at the
    # hem; side-angle standing shot, white backdrop. Caption: adapter, stopped early, but adds a skirt that is not
    # there. Open: QA. Closed: reference engine.
    case(
        "X1575-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt.",
            "unsupported",
        ),
        Q.garment_type("gown"),
        Q.color("orange"),
        Q.material("chiffon fabric", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe("gown", "a long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Juniper Women Rust Solid Georgette Flared Ethnic Gown",
        category="Ethnic Dresses",
        color="Rust",
    ),
    # Photo: model in an indigo kurta with white dabu print, 3/4 sleeves, V-neck, matching indigo palazzos; grey
    # backdrop. Caption: adapter, cut. Open: QA. Closed: reference engine (its sleeve answer disagrees with the
    # caption's medium sleeves, and the photo sides with the caption).
    case(
        "X1575-007",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with cotton fabric and graphic "
            "patterns. There is a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton fabric"),
        details("pants", "cotton fabric and graphic patterns"),
        color_of("pants", "blue"),
        gender="Women",
        title="Jaipur Kurti Women Blue & White Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: flat lay, no person: an off-white straight kurta with a red floral print, 3/4 sleeves, laid on a white
    # surface. Caption: adapter, invents a lady and pants, cut. Open: QA (the details span is the invented pants).
    # Closed: reference engine.
    case(
        "X1575-008",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("floral"),
        details("kurta", "The pants are with cotton fabric and pure color patterns", "unsupported"),
        gender="Women",
        title="Aks Women Off-White & Red Floral Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: model in a teal knee-length sleeveless anarkali, square neck, lace trim at the hem, white churidar;
    # white backdrop. Caption: adapter, cut. Open: QA. Closed: reference engine ("Is this a dress?" yes for a kurta).
    case(
        "X1575-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is square. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="Sangria Women Teal Solid Anarkali Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: model in a mustard straight kurta with green thread embroidery at the neck, 3/4 sleeves, green trousers,
    # green dupatta over both arms. Caption: adapter, cut. Open: QA. Closed: reference engine (garment color taken
    # from the trousers and dupatta).
    case(
        "X1575-010",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.color("green", "other_garment_color"),
        color_of("kurta", "yellow"),
        color_of("dupatta", "green"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Varanga Women Mustard Yellow & Green Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: model in a black tiered maxi ethnic dress, orange and yellow floral block print, short flutter sleeves,
    # round neck with tassels, one hand in a pocket. Caption: adapter, stopped early. Open: QA. Closed: reference
    # engine (sleeveless for flutter sleeves).
    case(
        "X1575-011",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("dress", "its neckline is round"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Global Desi Women Black & Orange Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: model with short hair in a beige straight kurta, brown geometric print, 3/4 sleeves, mandarin collar,
    # over brown leggings. Caption: adapter, calls her a gentleman, stopped on a newline just short of the limit.
    # Open: QA. Closed: reference engine (the leggings' brown).
    case(
        "X1575-012",
        caption(
            "The gentleman wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it "
            "has a standing neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("geometric"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Vishudh Women Beige & Brown Printed Straight Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Photo: back view of a model in a red floor-length anarkali with gold foil print, long sleeves, keyhole back
    # with a tasselled tie-up dori; braided hair. Caption: adapter, loops one sentence. Open: QA (no "kurta" in the
    # caption). Closed: reference engine.
    case(
        "X1575-013",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. There is an "
            "accessory on her neck. There is an accessory on her neck. There is an accessory on her neck. There is "
            "an accessory on her neck. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("dress", "contradiction"),
        Q.color("red"),
        details("kurta", "", "non_answer"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Anubhutee Women Red Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: model in a peach floor-length anarkali, sequin embroidery on the yoke, sheer full sleeves, peach
    # churidar; glass bangles and a ring. Caption: adapter, stopped early, all true. Open: QA (the wearing span is
    # the bangles). Closed: reference engine.
    case(
        "X1575-014",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her wrist. There is a ring on her finger."
        ),
        wearing("an accessory on her wrist", "contradiction"),
        Q.material("chiffon fabric"),
        Q.color("peach"),
        Q.pattern("embroidered"),
        Q.garment_type("kurta"),
        details("kurta", "its neckline is round"),
        gender="Women",
        title="Soch Women Peach-Coloured Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: model seated on a wooden stool, lavender straight kurta with pink floral print, 3/4 sleeves, V-neck,
    # white trousers. Caption: adapter, cut. Open: QA. Closed: reference engine (the kurta's color given to the
    # trousers too).
    case(
        "X1575-015",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.color("purple"),
        color_of("trousers", "purple", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Indo Era Women Lavender Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: model in a navy solid straight kurta, 3/4 sleeves, round neck with a small keyhole, over white
    # leggings, white sneakers. Caption: adapter, whole sentences then padding up to the limit. Open: QA. Closed:
    # reference engine (long sleeves against the caption's and the photo's 3/4).
    case(
        "X1575-016",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Janasya Women Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: model in a green georgette maxi ethnic dress with golden foil print, puff 3/4 sleeves, square neck.
    # Caption: adapter, word loop. Open: QA (the material span runs into the loop). Closed: reference engine.
    case(
        "X1575-017",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric and "
            "graphic patterns, graphic patterns, graphic patterns, graphic patterns, graphic patterns, graphic "
            "patterns, graphic patterns, graphic patterns, graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.material("chiffon fabric and graphic patterns, graphic patterns, graphic patterns", "loop"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("printed"),
        gender="Women",
        title="Ahalyaa Women Green Ethnic Motifs Printed Georgette Maxi Dress",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Photo: model in a black A-line kurta with white vertical stripes, 3/4 sleeves, mandarin collar, over black
    # leggings. Caption: adapter, cut. Open: QA. Closed: reference engine, all right.
    case(
        "X1575-018",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has "
            "a standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with striped patterns"),
        Q.color("black"),
        Q.pattern("striped"),
        color_of("leggings", "black"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Black & White Striped A-Line Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: model in a mustard flared midi ethnic dress with a small white floral print, short puff sleeves, V-neck
    # with tassel tie, a tan sling bag on her shoulder, a watch. Caption: adapter, cut. Open: QA (details span is
    # the bag). Closed: reference engine.
    case(
        "X1575-019",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. There is an accessory on her shoulder. There is an accessory on her wrist. There "
            "is a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "a short-sleeve dress with floral patterns"),
        details("dress", "There is an accessory on her shoulder", "contradiction"),
        gender="Women",
        title="Rain & Rainbow Women Mustard Floral Printed Ethnic A-Line Midi Dress",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # Photo: model in a rust straight kurta with white block print, 3/4 sleeves, round neck with a placket, over a
    # cream churidar. Caption: adapter, stopped after two sentences. Open: QA (nothing in the caption for details).
    # Closed: reference engine.
    case(
        "X1575-020",
        caption("The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric."),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.material("cotton fabric"),
        details("kurta", "", "non_answer"),
        gender="Women",
        title="Fabindia Women Rust Cotton Printed Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: model in a sea-green straight kurta with white floral print, 3/4 sleeves, round neck, over white
    # leggings. No gender column. Caption: adapter, loops the leggings sentence. Open: QA. Closed: reference engine
    # (the kurta's green given to the leggings).
    case(
        "X1575-021",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The leggings are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("floral"),
        color_of("leggings", "green", "other_garment_color"),
        details("leggings", "a long leggings", "restated"),
        title="Aurelia Women Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model in a pink short kurta with a gold gota yoke, 3/4 sleeves, V-neck, pink sharara, pink net dupatta
    # with a gold border; the kurta fabric has the sheen of art silk. Caption: adapter, cut. Open: QA. Closed:
    # reference engine.
    case(
        "X1575-022",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.color("pink"),
        Q.pattern("solid"),
        color_of("dupatta", "pink"),
        Q.material("cotton fabric", "unsupported"),
        Q.garment_type("kurta"),
        gender="Women",
        title="Ishin Women Pink & Gold-Toned Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: model with her hair tied back in a purple floor-length anarkali with pink floral print, 3/4 sleeves,
    # V-neck; bangles. Caption: adapter, "his" for her, stopped early. Open: QA. Closed: reference engine ("no" to
    # "Is this a kurta?").
    case(
        "X1575-023",
        caption(
            "The person wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. His dress is of long length. There is an accessory on his wrist.",
            "pronoun",
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.garment_type("kurta"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="KSUT Women Purple Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Photo: model leaning on a cane chair in a white chikankari straight kurta, 3/4 sleeves, round neck, white
    # palazzos. Caption: adapter, cut ("pure color" for white-on-white embroidery is accepted). Open: QA. Closed:
    # reference engine.
    case(
        "X1575-024",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.material("cotton fabric"),
        color_of("palazzos", "white"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Anouk Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: model in a royal-blue straight kurta with white bandhani dots, 3/4 sleeves, V-neck, over white leggings.
    # Caption: adapter, stopped early. Open: QA. Closed: reference engine. All right.
    case(
        "X1575-025",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape."
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        describe("kurta", "a medium-sleeve shirt with graphic patterns"),
        gender="Women",
        title="Varanga Women Blue Bandhani Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model in an olive knee-length anarkali with a subtle gold print, 3/4 sleeves, round neck with gota,
    # olive trousers, a cream dupatta with an olive print. Caption: adapter, cut. Open: QA. Closed: reference engine
    # (solid for a printed kurta; the kurta's green given to the cream dupatta).
    case(
        "X1575-026",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.color("green"),
        color_of("dupatta", "green", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.pattern("solid", "contradiction"),
        details("pants", "cotton fabric and pure color patterns"),
        gender="Women",
        title="Libas Women Olive Green Ethnic Motifs Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Olive",
    ),
    # Photo: model in a navy net floor-length gown, sequinned bodice, sleeveless, sweetheart neck, layered flare, a
    # necklace; studio light makes the navy read very dark. Caption: adapter, stopped early (chiffon and V-shape are
    # its nearest words for net and sweetheart). Open: QA. Closed: reference engine.
    case(
        "X1575-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. There is an accessory on her neck."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("gown"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon fabric", "contradiction"),
        gender="Women",
        title="Inddus Women Navy Blue Embellished Net Maxi Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: back view of a model in a coral straight kurta with white print, 3/4 sleeves, white leggings. Caption:
    # adapter, stopped early, no neckline from the back. Open: QA (describe returns the subject). Closed: reference
    # engine.
    case(
        "X1575-028",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.garment_type("kurta"),
        describe("kurta", "The lady", "non_answer"),
        gender="Women",
        title="Global Desi Women Coral Printed Straight Kurta",
        category="Kurtas",
        color="Coral",
    ),
    # Photo: model in a maroon flared maxi ethnic dress with a gold floral print, long sleeves, round neck. Caption:
    # adapter, stuck on one word. Open: QA (spans of the loop; no fabric in the caption). Closed: reference engine.
    case(
        "X1575-029",
        caption(
            "The lady wears a long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve", "loop"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Sangria Women Maroon & Gold-Toned Floral Printed Flared Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # Photo: model in a lemon-yellow solid sleeveless straight kurta, round neck, over navy leggings. Caption:
    # adapter, cut. Open: QA. Closed: reference engine.
    case(
        "X1575-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.color("yellow"),
        color_of("leggings", "blue"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        gender="Women",
        title="Aks Women Yellow Solid Sleeveless Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: model in a hip-length pink kurti with a blue floral print, 3/4 sleeves, round neck, over blue jeans.
    # Caption: adapter, stopped early, right. Open: QA (material span is the jeans'). Closed: reference engine
    # ("top" for a short kurti is accepted; blue is the jeans').
    case(
        "X1575-031",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("top"),
        Q.color("blue", "other_garment_color"),
        Q.material("denim fabric", "contradiction"),
        Q.pattern("floral"),
        gender="Women",
        title="Jaipur Kurti Women Pink Floral Printed Short Kurti",
        category="Kurtis",
        color="Pink",
    ),
    # Photo: model in a teal chanderi silk straight kurta with gold embroidery at the neck, 3/4 sleeves, white
    # churidar; the fabric shines. Caption: adapter, calls it cotton, cut. Open: QA. Closed: reference engine.
    case(
        "X1575-032",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.material("cotton fabric", "contradiction"),
        Q.color("blue"),
        Q.pattern("embroidered"),
        Q.garment_type("kurta"),
        gender="Women",
        title="Soch Women Teal Blue Embroidered Chanderi Silk Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: model in a magenta straight kurta with floral thread embroidery, 3/4 sleeves, V-neck, magenta trousers,
    # magenta organza dupatta. Caption: adapter, cut. Open: QA. Closed: reference engine.
    case(
        "X1575-033",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        color_of("trousers", "pink"),
        details("kurta", "its neckline is V-shape"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Indo Era Women Magenta Floral Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Photo: flat lay, no person: an indigo printed kurta, matching trousers folded below, a white dupatta with an
    # indigo print folded beside. Caption: adapter, invents a lady, cut. Open: QA. Closed: reference engine (the
    # kurta's blue given to the mostly white dupatta).
    case(
        "X1575-034",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and graphic "
            "patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.color("blue"),
        Q.garment_type("kurta"),
        color_of("dupatta", "blue", "other_garment_color"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Jaipur Kurti Women Indigo Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: model in a sea-green calf-length anarkali with a pink floral print, 3/4 sleeves, round neck, pink
    # churidar, bangles. Caption: adapter, stopped early. Open: QA. Closed: reference engine (pink, the churidar's
    # and the print's, not the kurta's).
    case(
        "X1575-035",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist."
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "a medium-sleeve dress with floral patterns"),
        gender="Women",
        title="Biba Women Sea Green & Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: model in an off-white floor-length gown with a gold embroidered yoke, long sheer sleeves, round neck,
    # pale beige wall behind. Caption: adapter, loops a sentence. Open: QA. Closed: reference engine.
    case(
        "X1575-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. The dress is of long length. The dress is of long "
            "length. The dress is of long",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("white"),
        Q.garment_type("gown"),
        Q.material("chiffon fabric"),
        Q.sleeve_length("long sleeves"),
        details("gown", "its neckline is round"),
        gender="Women",
        title="House of Pataudi Women Off-White & Gold-Toned Embroidered Flared Ethnic Gown",
        category="Ethnic Dresses",
        color="Off White",
    ),
    # Photo: model in a red straight kurta with a blue ethnic print, 3/4 sleeves, round neck, white palazzos (not
    # sold with it). Caption: adapter, "the guy", cut. Open: QA (the details span ends where the caption was cut).
    # Closed: reference engine.
    case(
        "X1575-037",
        caption(
            "The guy wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The guy wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.garment_type("kurta"),
        Q.material("cotton fabric"),
        details("kurta", "an accessory on his", "cut"),
        gender="Women",
        title="Vishudh Women Red & Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: model in a yellow kurta with orange bandhani print, 3/4 sleeves, V-neck, yellow palazzos, an orange
    # dupatta covering much of her torso. Caption: adapter, cut. Open: QA. Closed: reference engine (the garment's
    # color taken from the dupatta).
    case(
        "X1575-038",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with cotton fabric and graphic "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.color("orange", "other_garment_color"),
        color_of("dupatta", "orange"),
        color_of("palazzos", "yellow"),
        Q.pattern("printed"),
        Q.garment_type("kurta"),
        gender="Women",
        title="Ishin Women Yellow & Orange Bandhani Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: model in a black A-line kurta with gold gota patti at the hem and cuffs, 3/4 sleeves, round neck, over
    # black leggings, a gold bangle. Caption: adapter, ran to the limit on a whole clause with no final period.
    # Open: QA. Closed: reference engine.
    case(
        "X1575-039",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.color("black"),
        Q.pattern("solid"),
        details("kurta", "its neckline is round"),
        color_of("leggings", "black"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Yufta Women Black Solid A-Line Kurta with Gotta Patti",
        category="Kurtas",
        color="Black",
    ),
    # Photo: model in a side pose, pink floor-length anarkali with mirror work on the yoke, long sleeves, V-neck,
    # white churidar. Caption: adapter, loops a sentence. Open: QA (the material span is the bare noun). Closed:
    # reference engine.
    case(
        "X1575-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The dress is with cotton fabric and its neckline is V-shape. The dress is with "
            "cotton fabric and its neckline is V-",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("long sleeves"),
        Q.material("fabric", "non_answer"),
        details("kurta", "its neckline is V-shape"),
        gender="Women",
        title="Nayo Women Pink Solid Anarkali Kurta with Mirror Work",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: model in a burgundy velvet floor-length gown with a gold embroidered neckline, long sleeves, round
    # neck. Caption: adapter, stopped early, "furry" for velvet. Open: QA. Closed: reference engine.
    case(
        "X1575-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric and its "
            "neckline is round.",
            "contradiction",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.material("furry fabric", "contradiction"),
        Q.color("maroon"),
        Q.garment_type("gown"),
        Q.pattern("embroidered"),
        gender="Women",
        title="Aks Couture Women Burgundy Embroidered Velvet Ethnic Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Photo: model in an off-white straight kurta with a green leaf print, 3/4 sleeves, round neck, over bright green
    # leggings that fill the lower half of the frame. Caption: adapter, stopped early, right. Open: QA (the wearing
    # span is the leggings sentence). Closed: reference engine, drawn to the leggings.
    case(
        "X1575-042",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings."
        ),
        wearing("a long leggings"),
        Q.color("green", "other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("leggings", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Janasya Women Off-White & Green Leaf Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: model in a blue tiered maxi ethnic dress with white ethnic print, sleeveless, V-neck, holding a straw
    # hat at her side. No gender column. Caption: adapter, stopped early; she holds the hat, does not wear it.
    # Open: QA. Closed: reference engine.
    case(
        "X1575-043",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The lady wears a hat.",
            "unsupported",
        ),
        wearing("a sleeveless dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a sleeveless dress with graphic patterns"),
        title="Global Desi Women Blue Ethnic Motifs Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Photo: model in a peach solid kurta with lace inserts at the hem, 3/4 sleeves, V-neck, peach palazzos. No
    # color column. Caption: adapter, cut. Open: QA. Closed: reference engine.
    case(
        "X1575-044",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "its neckline is V-shape"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.material("cotton fabric"),
        color_of("palazzos", "peach"),
        gender="Women",
        title="W Women Peach-Coloured Solid Kurta with Palazzos",
        category="Kurta Sets",
    ),
    # Photo: model in a mustard calf-length anarkali with a green floral print, 3/4 sleeves, round neck, over green
    # leggings, bangles. Caption: adapter, cut inside the neckline clause. Open: QA (the details span ends at the
    # cut). Closed: reference engine.
    case(
        "X1575-045",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. There is an accessory on her wrist. The lady "
            "wears a long leggings. The leggings are with cotton fabric. The dress is with cotton fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        details("kurta", "its neckline is", "cut"),
        Q.color("yellow"),
        Q.garment_type("kurta"),
        Q.pattern("floral"),
        gender="Women",
        title="Biba Women Mustard Yellow & Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
    ),
]
