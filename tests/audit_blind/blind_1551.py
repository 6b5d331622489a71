"""BLIND_1551 (45 products; Myntra women's ethnic wear): written blind in the sixty-sixth session. Measured blind at
b37ad1b (the session's second rules): 54/77 failures found (70.1%) and 36/251 correct texts flagged (14.3%). The
writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: anarkali kurtas, ethnic gowns, ethnic dresses and straight or A-line
kurtas worn over leggings or churidars. The usual catalog shots: a model on a plain backdrop, a few flat lays, one
back view, props now and then (a straw hat in the hand, a clutch, a stool, a dupatta draped over the product).
Catalog columns as Myntra exports them: title, category (article type: Kurtas, Kurta Sets, Ethnic Dresses), color
(base colour), gender; one feed row lacks gender and one lacks category, as feeds do.
Who wrote what: every caption comes from the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3)
on the base OPT-2.7b, greedy, 50 new tokens. Having learnt the DeepFashion-MultiModal template without an end token,
it writes "The lady wears a ... with ... patterns. The dress is with ... fabric" and most of the time keeps going
until the limit: it restarts the template or repeats its accessory sentences (loop), or stops mid-sentence (cut).
It knows no hue names and no kurta: a kurta is a "dress", a "shirt" or a "T-shirt". The open answers (wearing,
description, details, material) are spans extracted from that caption by timpal0l/mdeberta-v3-base-squad2, so they
never loop or hit a limit themselves, inherit what the caption got wrong, sometimes pick the wrong sentence (the
scarf, the leggings) and sometimes return nothing. The closed answers (garment type, color, pattern, sleeve length,
"Is this a ...?") are the reference engine's picks among fixed candidates; they fail by choosing the leggings',
dupatta's or prop's color, the wrong sleeve bucket, or the wrong type.
Labeling conventions and judgement calls: judged by the photo I imagined (the comment above each case) and the
title. "dress" for an anarkali or a long kurta in an open text is tolerated as a loose word for a long tunic; "shirt",
"T-shirt" or "blouse" for a kurta is marked contradiction. The closed garment type and the yes/no question must
match the catalog's type, so "yes" to "Is this a dress?" on a kurta is wrong. Neighbouring shades count as right
(peach/pink, mustard/yellow, rust/orange, teal/green, wine/maroon, lavender/purple, coral/orange); a different hue
is wrong, marked other_garment_color when it is the leggings', dupatta's or border's color, contradiction otherwise.
Fabric: "chiffon" for georgette is accepted; a fabric the title contradicts (cotton for rayon, velvet, net, silk
blend) is contradiction; "other" fabric and empty spans are non_answer. A caption carries one label: loop when it
repeats, cut when it stops mid-sentence, but a substantive error (pronoun, invented pants or hat, wrong fabric, wrong
garment word) wins over cut when the cut only clips a trailing word. A caption that hits the limit exactly at a
sentence end is marked hit_limit and judged on its content. No prompt leaks: the captions have no prompt and the
extractive answers can only quote the caption. Accessory sentences (ring, wrist) are accepted when the model wears
jewelry; invented ones on a flat lay are unsupported; a wearing or details span that quotes an accessory (scarf,
belt, necklace) is contradiction, one that quotes the stool sentence is non_answer. Failures cluster on the products
where the caption went wrong, as they do in a real run. About a quarter of the texts are wrong, fewer than the usual
four in ten: the shots are clean catalog photos and the closed engine only ranks a few candidates, so most closed
answers are right; the captions carry most of the failures.
"""

from tests.audit_corpus import BLIND_QUESTIONS, DEFAULT_QUESTIONS, caption, case, is_a, wearing

B = BLIND_QUESTIONS
D = DEFAULT_QUESTIONS

BLIND_1551 = [
    # Truth: model on a grey backdrop in a navy blue calf-length anarkali kurta with a white floral print, three-quarter
    # sleeves, round neck, cotton; white churidar leggings. Caption: caption adapter (loops on the leggings sentence);
    # open answers: extractive QA over the caption; closed: reference engine.
    case(
        "X1551-001",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. The leggings are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("medium-sleeve dress with floral patterns"),
        B.garment_type("kurta"),
        B.color("navy blue"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter"),
        B.material("cotton"),
        gender="Women",
        title="Libas Women Navy Blue Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: model in a maroon straight knee-length kurta with an ethnic motif print, three-quarter sleeves, mandarin
    # collar, a bangle on the wrist; black leggings. Caption: caption adapter (cut, calls the kurta a shirt); open:
    # extractive QA; closed: reference engine (picks the leggings' black).
    case(
        "X1551-002",
        caption(
            "The female wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton"
            " fabric. It has a stand neckline. The pants are with cotton fabric and pure color patterns. There is an"
            " accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt with graphic patterns and a long pants", "contradiction"),
        B.garment_type("kurta"),
        B.color("black", "other_garment_color"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Maroon Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Truth: model in a green solid calf-length A-line cotton kurta, full sleeves, round neck; white leggings.
    # Caption: caption adapter, stopped on its own this time; open: extractive QA; closed: reference engine (yes
    # to "dress").
    case(
        "X1551-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " round neckline."
        ),
        wearing("long-sleeve dress with pure color patterns"),
        B.garment_type("kurta"),
        B.color("green"),
        B.pattern("solid"),
        B.sleeve_length("long"),
        D.details("It has a round neckline"),
        B.material("cotton"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="W Women Green Solid A-Line Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Truth: model on white in a peach floor-length anarkali kurta, gold embroidered yoke, long sheer sleeves, round
    # neck, georgette; peach churidar, bangles and a ring. Caption: caption adapter (loops on the accessory
    # sentences, invents a V neck); open: extractive QA; closed: reference engine.
    case(
        "X1551-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is V-shape. There is an accessory on her wrist. The lady wears a ring. There is an accessory on"
            " her wrist. The lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        wearing("long-sleeve dress with pure color patterns"),
        B.color("pink"),
        B.pattern("embroidered"),
        D.details("its neckline is V-shape", "unsupported"),
        B.material("chiffon"),
        is_a("gown", "no"),
        gender="Women",
        title="Sangria Women Peach-Coloured Yoke Design Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Truth: model on a beige backdrop in a mustard maxi ethnic dress with a floral print, short flutter sleeves, V
    # neck, tie waist, polyester georgette, a bangle on one wrist. Caption: caption adapter (stopped); open:
    # extractive QA (no span for the details question); closed: reference engine.
    case(
        "X1551-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is V-shape. There is an accessory on her wrist."
        ),
        wearing("short-sleeve dress with floral patterns"),
        B.garment_type("dress"),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length("short"),
        D.details("", "non_answer"),
        B.material("chiffon"),
        gender="Women",
        title="KALINI Women Mustard Yellow Floral Print Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # Truth: model on grey in a teal floor-length georgette gown, sequin embellished bodice, long sleeves, round neck,
    # matching teal dupatta on one shoulder; the gown hides the legs. Caption: caption adapter (invents a pair of
    # pants); open: extractive QA; closed: reference engine.
    case(
        "X1551-006",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its"
            " neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns.",
            "unsupported",
        ),
        wearing("long-sleeve dress with graphic patterns"),
        B.garment_type("gown"),
        B.color("teal"),
        B.pattern("embellished"),
        D.details("its neckline is round"),
        B.material("chiffon"),
        is_a("gown", "yes"),
        gender="Women",
        title="Inddus Women Teal Embellished Georgette Ethnic Gown",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Truth: model in a pink knee-length straight kurta with small white motifs, three-quarter sleeves, round neck,
    # with matching pink leggings (the set). Caption: caption adapter (stopped; calls the kurta a shirt); open:
    # extractive QA; closed: reference engine.
    case(
        "X1551-007",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long leggings. The shirt is with cotton"
            " fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("medium-sleeve shirt with graphic patterns and a long leggings", "contradiction"),
        B.garment_type("kurta"),
        B.color("pink"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter"),
        is_a("kurta", "yes"),
        gender="Women",
        title="AKS Women Pink Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: model in an off-white calf-length chikankari straight kurta, white thread embroidery, long sleeves, round
    # neck, pure cotton; white leggings, a ring. Caption: caption adapter (cut); open: extractive QA; closed:
    # reference engine (says yes to "dress").
    case(
        "X1551-008",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its neckline"
            " is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
            " This lady wears a ring. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve dress with floral patterns"),
        B.color("white"),
        B.pattern("embroidered"),
        B.sleeve_length("long"),
        B.material("cotton"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="Biba Women Off White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Truth: flat lay on white of a black flared cotton kurta, small gold foil print at the yoke only, three-quarter
    # sleeves, round neck. Caption: caption adapter (stopped); open: extractive QA; closed: reference engine (says
    # no to "kurta" on the flat lay).
    case(
        "X1551-009",
        caption(
            "The person wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " round neckline."
        ),
        wearing("medium-sleeve dress with pure color patterns"),
        B.garment_type("kurta"),
        B.color("black"),
        B.pattern("solid"),
        B.sleeve_length("three-quarter"),
        B.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Janasya Women Black Cotton Flex Flared Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: back view: model turned away in a rust straight cotton kurta with a black geometric print, three-quarter
    # sleeves, black leggings; the neckline cannot be seen, no hat. Caption: caption adapter (cut on an invented hat);
    # open: extractive QA; closed: reference engine.
    case(
        "X1551-010",
        caption(
            "The female is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is crew. The female wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. There is a hat",
            "cut",
            hit_limit=True,
        ),
        wearing("medium-sleeve shirt with graphic patterns", "contradiction"),
        B.garment_type("kurta"),
        B.color("orange"),
        B.pattern("printed"),
        D.details("its neckline is crew", "unsupported"),
        B.material("cotton"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Rust Printed Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Truth: model in a magenta art silk floor-length gown, solid body with a gold zari woven band at the hem, long
    # sleeves, round neck, bangles and a ring. Caption: caption adapter (stopped; "other fabric"); open: extractive
    # QA; closed: reference engine.
    case(
        "X1551-011",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric and its neckline"
            " is round. There is an accessory on her wrist. This lady wears a ring."
        ),
        wearing("long-sleeve dress with graphic patterns"),
        B.garment_type("gown"),
        B.color("pink"),
        B.pattern("solid"),
        B.sleeve_length("long"),
        B.material("other", "non_answer"),
        is_a("gown", "yes"),
        gender="Women",
        title="Ahalyaa Women Magenta Zari Woven Design Art Silk Gown",
        category="Ethnic Dresses",
        color="Magenta",
    ),
    # Truth: model in a cobalt blue tiered cotton maxi ethnic dress with a white floral block print, short puff
    # sleeves, V neck, a bangle; she holds a straw hat at her side (prop, not worn). Caption: caption adapter
    # (stopped; puts the hat on her); open: extractive QA; closed: reference engine.
    case(
        "X1551-012",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its"
            " neckline is V-shape. The lady wears a hat. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("short-sleeve dress with floral patterns"),
        B.color("blue"),
        B.pattern("floral"),
        B.sleeve_length("short"),
        D.details("its neckline is V-shape"),
        B.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Global Desi Women Blue Floral Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Truth: model in a red floor-length anarkali kurta, gold gota yoke, long sleeves, round neck, a gold dupatta
    # draped across the front, red churidar, necklace and rings. Caption: caption adapter (loops on the ring);
    # open: extractive QA; closed: reference engine (takes the dupatta's gold).
    case(
        "X1551-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is round. There is an accessory on her neck. The lady wears a ring. The lady wears a ring. The"
            " lady wears a ring. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("long-sleeve dress with pure color patterns"),
        B.garment_type("kurta"),
        B.color("gold", "other_garment_color"),
        B.pattern("embroidered"),
        B.sleeve_length("long"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Red Yoke Design Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Truth: model in a lavender rayon straight kurta with a silver foil print, three-quarter sleeves, round neck,
    # matching lavender leggings, a watch. Caption: caption adapter, hit the limit exactly at a sentence's last word;
    # says cotton for rayon. Open: extractive QA; closed: reference engine.
    case(
        "X1551-014",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns and a long leggings. The dress is with cotton"
            " fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is"
            " an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("medium-sleeve dress with graphic patterns and a long leggings"),
        B.garment_type("kurta"),
        B.color("purple"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter"),
        D.details("its neckline is round"),
        B.material("cotton", "contradiction"),
        gender="Women",
        title="Juniper Women Lavender Printed Rayon Kurta with Leggings",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Truth: model in a sea green knee-length straight cotton kurta with a white floral print, three-quarter sleeves,
    # V neck; white leggings. Caption: caption adapter (stopped); open: extractive QA; closed: reference engine
    # (long sleeves for three-quarter).
    case(
        "X1551-015",
        caption(
            "This lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a"
            " V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("medium-sleeve dress with floral patterns"),
        B.color("green"),
        B.pattern("floral"),
        B.sleeve_length("long", "contradiction"),
        D.details("It has a V-shape neckline"),
        B.garment_type("kurta"),
        gender="Women",
        title="Aurelia Women Sea Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Truth: model on a dark backdrop in a burgundy velvet floor-length anarkali gown, gold embroidered neckline,
    # long sleeves, round neck, bangles and a ring. Caption: caption adapter (stopped; "furry" for velvet); open:
    # extractive QA; closed: reference engine.
    case(
        "X1551-016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric and its"
            " neckline is round. There is an accessory on her wrist. The lady wears a ring.",
            "contradiction",
        ),
        wearing("long-sleeve dress with pure color patterns"),
        B.garment_type("gown"),
        B.color("maroon"),
        B.pattern("solid"),
        B.sleeve_length("long"),
        B.material("furry", "contradiction"),
        gender="Women",
        title="Indo Era Women Burgundy Embroidered Velvet Anarkali Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Truth: model in a yellow-and-white vertically striped straight cotton kurta (mostly yellow), three-quarter
    # sleeves, mandarin collar; white leggings. Caption: caption adapter (cut); open: extractive QA; closed:
    # reference engine (white).
    case(
        "X1551-017",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric and its"
            " neckline is stand. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("medium-sleeve shirt with striped patterns", "contradiction"),
        B.garment_type("kurta"),
        B.color("white", "contradiction"),
        B.pattern("striped"),
        B.sleeve_length("three-quarter"),
        D.details("its neckline is stand"),
        B.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Yellow & White Striped Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Truth: model seated on a wooden stool in a navy (indigo) A-line pure cotton kurta with a small white block-print
    # grid of motifs, long sleeves, round neck; white leggings. Caption: caption adapter (cut); open: extractive QA
    # (answers the details with the stool sentence); closed: reference engine.
    case(
        "X1551-018",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric and its neckline"
            " is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
            " The lady is sitting on a chair. The",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve dress with lattice patterns"),
        B.garment_type("kurta"),
        B.color("navy blue"),
        B.pattern("printed"),
        B.material("cotton"),
        D.details("The lady is sitting on a chair", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Taavi Women Navy Blue Hand Block Print Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: model in an olive green floor-length flared anarkali kurta, thread embroidery at the yoke, long sleeves,
    # V neck, olive churidar. Caption: caption adapter (restarts the template); open: extractive QA; closed:
    # reference engine ("dress" for the kurta).
    case(
        "X1551-019",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " V-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton"
            " fabric. It has a V-shape neck",
            "loop",
            hit_limit=True,
        ),
        wearing("long-sleeve dress with pure color patterns"),
        B.garment_type("dress", "contradiction"),
        B.color("green"),
        B.pattern("embroidered"),
        B.sleeve_length("long"),
        D.details("It has a V-shape neckline"),
        gender="Women",
        title="Nayo Women Olive Green Embroidered Flared Anarkali Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Truth: model in a cream straight cotton kurta with small red and green floral buttis, three-quarter sleeves,
    # round neck; red leggings. Caption: caption adapter (stopped); open: extractive QA; closed: reference engine
    # (the leggings' red).
    case(
        "X1551-020",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long leggings. The dress is with cotton"
            " fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("medium-sleeve dress with floral patterns and a long leggings"),
        B.garment_type("kurta"),
        B.color("red", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter"),
        B.material("cotton"),
        gender="Women",
        title="Ishin Women Cream-Coloured Floral Printed Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Truth: model in a purple floor-length georgette gown with a gold ethnic motif print and a fabric belt, long
    # sleeves, V neck, bangles and rings. Caption: caption adapter (repeats its accessory sentences); open:
    # extractive QA (answers "What is the person wearing?" with the belt); closed: reference engine.
    case(
        "X1551-021",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its"
            " neckline is V-shape. The lady wears a belt. The lady wears a ring. There is an accessory on her wrist."
            " The lady wears a ring. There is an accessory on",
            "loop",
            hit_limit=True,
        ),
        wearing("a belt", "contradiction"),
        B.garment_type("gown"),
        B.color("purple"),
        B.pattern("printed"),
        B.sleeve_length("long"),
        D.details("its neckline is V-shape"),
        B.material("chiffon"),
        gender="Women",
        title="Souchii Women Purple Ethnic Motifs Printed Georgette Gown with Belt",
        category="Ethnic Dresses",
        color="Purple",
    ),
    # Truth: model in a black sleeveless floral (pink roses) maxi ethnic dress, flared, round neck, georgette, a ring;
    # she holds a pink clutch. Caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1551-022",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its neckline"
            " is round. The lady wears a ring."
        ),
        wearing("sleeveless dress with floral patterns"),
        B.color("black"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        D.details("its neckline is round"),
        B.material("chiffon"),
        gender="Women",
        title="Shae by SASSAFRAS Women Black Floral Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Truth: model in a coral floor-length anarkali kurta, solid, with gold gota patti lace at the yoke and hem, long
    # sleeves, round neck, coral churidar, bangles and a ring. Caption: caption adapter (cut; reads the gota bands as
    # stripes); open: extractive QA; closed: reference engine.
    case(
        "X1551-023",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with chiffon fabric and its"
            " neckline is round. There is an accessory on her wrist. This lady wears a ring. The lady wears a long"
            " leggings. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve dress with striped patterns", "contradiction"),
        B.garment_type("kurta"),
        B.color("orange"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("long"),
        gender="Women",
        title="Mokshi Women Coral Gotta Patti Anarkali Kurta",
        category="Kurtas",
        color="Coral",
    ),
    # Truth: model in a turquoise blue straight cotton kurta with a white geometric print, three-quarter sleeves,
    # round neck, white leggings of the same set. Caption: caption adapter (stopped); open: extractive QA; closed:
    # reference engine.
    case(
        "X1551-024",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns and a long leggings. The dress is with cotton"
            " fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        D.description("medium-sleeve dress with graphic patterns"),
        B.garment_type("kurta"),
        B.color("blue"),
        B.pattern("geometric"),
        B.sleeve_length("three-quarter"),
        B.material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Turquoise Blue Geometric Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Truth: model with short hair in a grey solid pure cotton straight kurta, long sleeves, mandarin collar, pintucks
    # at the yoke, a watch; black leggings. The feed row has no gender. Caption: caption adapter (takes her for a
    # man); open: extractive QA; closed: reference engine.
    case(
        "X1551-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is an accessory on his wrist",
            "pronoun",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt with pure color patterns", "contradiction"),
        B.garment_type("kurta"),
        B.color("grey"),
        B.pattern("solid"),
        B.material("cotton"),
        is_a("kurta", "yes"),
        title="Fabindia Women Grey Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Truth: model in a pink floor-length gown with a gold foil print, long sleeves, round neck, a pink net dupatta
    # over both arms, bangles and a ring. Caption: caption adapter (stopped; the dupatta is "a scarf"); open:
    # extractive QA (answers the scarf); closed: reference engine.
    case(
        "X1551-026",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its"
            " neckline is round. The lady wears a scarf. There is an accessory on her wrist. The lady wears a ring."
        ),
        wearing("a scarf", "contradiction"),
        B.garment_type("gown"),
        B.color("pink"),
        B.pattern("printed"),
        B.sleeve_length("long"),
        B.material("chiffon"),
        is_a("gown", "yes"),
        gender="Women",
        title="SIRIKIT Women Pink & Gold-Toned Printed Gown with Dupatta",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Truth: model in a beige calf-length anarkali kurta with maroon ethnic motifs and a maroon hem border,
    # three-quarter sleeves, V neck; maroon leggings. Caption: caption adapter (cut); open: extractive QA (takes
    # the leggings sentence for the wearing question); closed: reference engine (maroon).
    case(
        "X1551-027",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its"
            " neckline is V-shape. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long leggings", "contradiction"),
        B.garment_type("kurta"),
        B.color("maroon", "other_garment_color"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter"),
        D.details("its neckline is V-shape"),
        gender="Women",
        title="Anubhutee Women Beige & Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Truth: model in a blue-and-white printed straight knee-length cotton kurta, three-quarter sleeves, round neck, a
    # bangle; white leggings. Caption: caption adapter ("T-shirt"; only a trailing "This" clipped); open: extractive
    # QA; closed: reference engine.
    case(
        "X1551-028",
        caption(
            "The lady wears a medium-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with"
            " cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
            " There is an accessory on her wrist. This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("medium-sleeve T-shirt with graphic patterns and a long leggings", "contradiction"),
        B.garment_type("kurta"),
        B.color("blue"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter"),
        B.material("cotton"),
        gender="Women",
        title="GoSriKi Women Blue & White Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Truth: model in a black floor-length anarkali kurta with a gold print, long sleeves, round neck, cotton, black
    # churidar, bangles, a ring, a necklace. Caption: caption adapter (cut); open: extractive QA (answers the
    # details with the necklace); closed: reference engine.
    case(
        "X1551-029",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its neckline"
            " is round. There is an accessory on her wrist. This lady wears a ring. There is an accessory on her neck."
            " The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve dress with graphic patterns"),
        B.garment_type("kurta"),
        B.color("black"),
        B.pattern("printed"),
        B.sleeve_length("long"),
        B.material("cotton"),
        D.details("There is an accessory on her neck", "contradiction"),
        gender="Women",
        title="Khushal K Women Black & Gold-Toned Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: flat lay on white of a wine velvet floor-length gown, gold embroidery at the V neck, long sleeves; no
    # person. Caption: caption adapter (stopped; puts jewelry on a wearer who is not there, cotton for velvet); open:
    # extractive QA; closed: reference engine.
    case(
        "X1551-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is V-shape. There is an accessory on her wrist. This lady wears a ring.",
            "unsupported",
        ),
        B.garment_type("gown"),
        B.color("maroon"),
        B.sleeve_length("long"),
        D.details("its neckline is V-shape"),
        B.material("cotton", "contradiction"),
        gender="Women",
        title="SCAKHI Women Wine Embroidered Velvet Ethnic Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Truth: model in a green sleeveless A-line cotton kurta with pink flowers, round neck; white leggings. Caption:
    # caption adapter (stopped); open: extractive QA; closed: reference engine (short sleeves for sleeveless).
    case(
        "X1551-031",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its neckline"
            " is round. The lady wears a long leggings."
        ),
        wearing("sleeveless dress with floral patterns"),
        B.garment_type("kurta"),
        B.color("green"),
        B.pattern("floral"),
        B.sleeve_length("short", "contradiction"),
        B.material("cotton"),
        gender="Women",
        title="Libas Women Green Floral Printed Sleeveless A-Line Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Truth: model in a flared floor-length gown with a multicolored abstract print (blue, yellow, pink), long
    # sleeves, round neck, georgette. Caption: caption adapter (restarts the template); open: extractive QA; closed:
    # reference engine.
    case(
        "X1551-032",
        caption(
            "The lady wears a long-sleeve dress with color block patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The lady wears a long-sleeve dress with color block patterns. The dress is with chiffon"
            " fabric. It has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.description("long-sleeve dress with color block patterns"),
        B.garment_type("gown"),
        B.color("multi"),
        B.pattern("printed"),
        B.sleeve_length("long"),
        gender="Women",
        title="Vbuyz Women Multicoloured Printed Flared Georgette Gown",
        category="Ethnic Dresses",
        color="Multi",
    ),
    # Truth: model in an orange solid knee-length straight cotton kurta, long sleeves, round neck; white churidar.
    # Caption: caption adapter (stopped); open: extractive QA (nothing for the details question); closed: reference
    # engine.
    case(
        "X1551-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns and a long pants. The dress is with cotton"
            " fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("long-sleeve dress with pure color patterns and a long pants"),
        B.garment_type("kurta"),
        B.color("orange"),
        B.pattern("solid"),
        B.sleeve_length("long"),
        D.details("", "non_answer"),
        is_a("dress", "no"),
        gender="Women",
        title="Rangriti Women Orange Solid Straight Kurta",
        category="Kurtas",
        color="Orange",
    ),
    # Truth: model in an off-white A-line cotton kurta with a blue floral print, three-quarter sleeves, round neck;
    # blue cotton leggings. Caption: caption adapter (stopped; denim leggings); open: extractive QA; closed:
    # reference engine (blue).
    case(
        "X1551-034",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady wears a long leggings. The leggings are with denim fabric and pure color"
            " patterns.",
            "unsupported",
        ),
        wearing("medium-sleeve dress with floral patterns"),
        B.garment_type("kurta"),
        B.color("blue", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter"),
        B.material("cotton"),
        gender="Women",
        title="Melange by Lifestyle Women Off White & Blue Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Truth: model in a maroon floor-length anarkali kurta with a white bandhani dot print and gold lace at the hem,
    # three-quarter sleeves, round neck, cotton, bangles and a ring. Caption: caption adapter (loops on the
    # accessory sentences; "lattice" for the dots); open: extractive QA; closed: reference engine.
    case(
        "X1551-035",
        caption(
            "The lady wears a medium-sleeve dress with lattice patterns. The dress is with cotton fabric and its"
            " neckline is round. There is an accessory on her wrist. This lady wears a ring. There is an accessory on"
            " her wrist. This lady wears a ring.",
            "loop",
            hit_limit=True,
        ),
        wearing("medium-sleeve dress with lattice patterns", "unsupported"),
        B.garment_type("kurta"),
        B.color("maroon"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter"),
        B.material("cotton"),
        gender="Women",
        title="Stylum Women Maroon Bandhani Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Truth: model in a pink net floor-length gown with sequin floral embroidery, sheer long net sleeves, V neck,
    # satin lining, a ring. Caption: caption adapter (stopped; chiffon for net); open: extractive QA; closed:
    # reference engine.
    case(
        "X1551-036",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is V-shape. The lady wears a ring.",
            "contradiction",
        ),
        B.garment_type("gown"),
        B.color("pink"),
        B.pattern("embroidered"),
        B.sleeve_length("long"),
        B.material("chiffon", "contradiction"),
        is_a("gown", "yes"),
        gender="Women",
        title="Mitera Women Pink Embroidered Net Gown",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Truth: model in a white cotton midi ethnic dress with white-on-white schiffli (eyelet) embroidery, short puff
    # sleeves, square neck, a watch. Caption: caption adapter (stopped); open: extractive QA; closed: reference
    # engine.
    case(
        "X1551-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is square. There is an accessory on her wrist."
        ),
        wearing("short-sleeve dress with pure color patterns"),
        B.garment_type("dress"),
        B.color("white"),
        B.pattern("embroidered"),
        B.sleeve_length("short"),
        D.details("its neckline is square"),
        B.material("cotton"),
        gender="Women",
        title="Zima Leto Women White Schiffli Embroidered Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="White",
    ),
    # Truth: model in a yellow straight cotton kurta with green tie-dye, three-quarter sleeves, round neck, a bangle;
    # white leggings. Caption: caption adapter (cut); open: extractive QA; closed: reference engine (the green of
    # the dye for a yellow kurta).
    case(
        "X1551-038",
        caption(
            "The lady wears a medium-sleeve dress with other patterns and a long leggings. The dress is with cotton"
            " fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is"
            " an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("medium-sleeve dress with other patterns and a long leggings"),
        B.garment_type("kurta"),
        B.color("green", "contradiction"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter"),
        B.material("cotton"),
        gender="Women",
        title="Bhama Couture Women Yellow & Green Tie and Dye Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Truth: model in a navy blue A-line cotton ethnic dress with a gold print, long sleeves, round neck, a pink
    # chiffon dupatta over both shoulders, a bangle. Caption: caption adapter (cut); open: extractive QA (takes the
    # scarf's fabric); closed: reference engine (the dupatta's pink).
    case(
        "X1551-039",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its neckline"
            " is round. The lady wears a scarf. The scarf is with chiffon fabric and pure color patterns. There is an"
            " accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve dress with graphic patterns"),
        B.garment_type("dress"),
        B.color("pink", "other_garment_color"),
        B.pattern("printed"),
        B.sleeve_length("long"),
        B.material("chiffon", "contradiction"),
        gender="Women",
        title="all about you Women Navy Blue Printed A-Line Ethnic Dress with Dupatta",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Truth: flat lay on a wooden floor of a green straight cotton kurta with a beige block print, long sleeves, round
    # neck; no person. Caption: caption adapter (stopped; "gentleman", "shirt"); open: extractive QA; closed:
    # reference engine.
    case(
        "X1551-040",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is round.",
            "pronoun",
        ),
        D.description("long-sleeve shirt with graphic patterns", "contradiction"),
        B.garment_type("kurta"),
        B.color("green"),
        B.pattern("printed"),
        B.sleeve_length("long"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Prakrti Women Green & Beige Block Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Truth: model on a pink backdrop in a peach silk blend floor-length anarkali kurta with mirror work at the yoke,
    # long sleeves, round neck, a necklace and a ring; peach churidar. Caption: caption adapter (loops on the
    # accessory sentences); open: extractive QA; closed: reference engine (three-quarter for long sleeves).
    case(
        "X1551-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " round neckline. There is an accessory on her neck. The lady wears a ring. There is an accessory on her"
            " neck. The lady wears a ring. There",
            "loop",
            hit_limit=True,
        ),
        wearing("long-sleeve dress with pure color patterns"),
        B.garment_type("kurta"),
        B.color("peach"),
        B.pattern("embellished"),
        B.sleeve_length("three-quarter", "contradiction"),
        B.material("cotton", "contradiction"),
        gender="Women",
        title="Vastramay Women Peach-Coloured Mirror Work Silk Blend Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Truth: model in a teal straight cotton kurta with a gold print, three-quarter sleeves, V neck, matching teal
    # leggings of the set. Caption: caption adapter (stopped); open: extractive QA; closed: reference engine (picks
    # the leggings as the garment type).
    case(
        "X1551-042",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns and a long leggings. The dress is with cotton"
            " fabric and its neckline is V-shape. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("medium-sleeve dress with graphic patterns and a long leggings"),
        B.garment_type("leggings", "contradiction"),
        B.color("green"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter"),
        D.details("its neckline is V-shape"),
        gender="Women",
        title="Ziyaa Women Teal Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Teal",
    ),
    # Truth: model in a red silk blend floor-length gown, solid with a gold zari woven hem border, long sleeves, round
    # neck, a ring and bangles; she holds a gold potli bag. Caption: caption adapter (restarts the template at the
    # end); open: extractive QA; closed: reference engine.
    case(
        "X1551-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is round. There is an accessory in her hand. This lady wears a ring. There is an accessory on"
            " her wrist. The lady wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("long-sleeve dress with pure color patterns"),
        B.garment_type("gown"),
        B.color("red"),
        B.pattern("solid"),
        B.sleeve_length("long"),
        B.material("chiffon", "contradiction"),
        gender="Women",
        title="Kvsfab Women Red Zari Woven Silk Blend Ethnic Gown",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Truth: model in a black solid straight cotton kurta, long sleeves, round neck with gold buttons, black leggings;
    # she holds a red clutch (prop). Caption: caption adapter (stopped); open: extractive QA (a one-word span for the
    # description); closed: reference engine (the clutch's red).
    case(
        "X1551-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns and a long leggings. The dress is with cotton"
            " fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("long-sleeve dress with pure color patterns and a long leggings"),
        D.description("dress", "restated"),
        B.garment_type("kurta"),
        B.color("red", "contradiction"),
        B.pattern("solid"),
        B.sleeve_length("long"),
        gender="Women",
        title="Nayam By Lakshita Women Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: model in a mustard self-jacquard straight kurta (tone-on-tone woven motifs, reads as solid), three-quarter
    # sleeves, mandarin collar, a watch; white leggings. The feed row has no category. Caption: caption adapter
    # (cut; "shirt"); open: extractive QA; closed: reference engine.
    case(
        "X1551-045",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("medium-sleeve shirt with pure color patterns", "contradiction"),
        B.garment_type("kurta"),
        B.color("yellow"),
        B.pattern("solid"),
        B.sleeve_length("three-quarter"),
        D.details("its neckline is stand"),
        gender="Women",
        title="House of Pataudi Women Mustard Jacquard Straight Kurta",
        color="Mustard",
    ),
]
