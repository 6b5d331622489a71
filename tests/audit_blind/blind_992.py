"""BLIND_992 (46 products; Myntra kurta sets/anarkalis, caption then QA): written blind in the fifty-eighth session.
Measured blind at b141514 (the session's third rules): 75/123 failures found (61.0%) and 13/182 correct texts flagged
(7.1%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic-wear feed, "Kurta Sets" and "Kurtas" rows (straight, A-line and anarkali
kurtas sold with palazzos, trousers, churidar, salwar or sharara and often a dupatta). Catalog photos: one model on a
white or light grey backdrop, front or three-quarter view, the whole set worn; the kurta is the labelled product, so
the seller's base colour is the kurta's. Each product got a caption, then extractive QA over that caption for the
open questions (what is she wearing, describe, details, material, and one color question per piece: kurta, bottom,
dupatta), and enrich's reference engine for the closed questions (garment type, color, pattern, sleeve length,
"Is this a kurta?").

Who wrote what: most captions come from the mixed caption+VQA LoRA adapter (DeepFashion template phrasing: "The lady
wears a three-quarter-sleeve ... with floral patterns", "The pants the lady wears is of long length", "There is an
accessory on her wrist", but with hue names from the VQA pairs). It usually stops, but now and then it runs on to
the 50-token limit, invents a ring, a watch or a fabric, gives the bottom the kurta's color, calls a kurta a shirt,
blouse or top, says "gentleman"/"his", or drifts into the `Question: ... Answer:` format. Five products still carry
captions from the older epoch-3 caption adapter (no end token): they run to the limit and loop on a template
sentence or stop mid-sentence, and often give no hue at all. Eight products were captioned by the untuned base
BLIP-2 OPT-2.7b: short, lower-case, stops on its own, and tends to one color for the whole outfit. The open answers
are mdeberta-v3-base-squad2 spans of the caption: they inherit the caption's errors, grab the first color in reach
(so the palazzos get the kurta's color), come back empty when the caption names nothing, or return the question's
own noun. Closed answers are one candidate value each and never loop or stop short.

Labeling conventions and judgement calls:
- One label per text, the most salient failure; a looping caption that is also cut at the limit is labelled loop.
- A caption or span that gives one piece the color of another piece of the set (palazzos "pink" from the pink
  kurta, kurta "red" from the red dupatta) is other_garment_color; a wrong hue from nowhere, a wrong garment kind
  (shirt, blouse, top, skirt for sharara), wrong sleeves or pattern is contradiction.
- A floor- or calf-length flared anarkali called "dress" or "anarkali dress" is accepted as correct (it is cut like
  one); a straight or short kurta called "dress", "shirt", "blouse" or "top" is a contradiction.
- Churidar called "leggings" or "pants", sharara or salwar called "pants", dupatta called "scarf" are accepted.
- Shades inside one family are correct: magenta or peach kurta "pink", maroon "red", teal or navy "blue", olive or
  sea green "green", cream or off-white "white", rust "orange", lavender "purple". A seller "Brown" kurta that the
  photo shows as rust and the caption calls "orange" is correct (the photo decides, not the seller).
- "black and red" for a black kurta with a red print is correct; the same span for the red palazzos or red dupatta
  is other_garment_color, since it hands them the kurta's black.
- An empty span, a one-word answer to describe/details, or a pattern word ("floral") to a color question is
  non_answer; a span that is only the question's noun ("kurta", "palazzo pants", "dupatta") is restated.
- Invented fabric (denim, silk where the photo shows printed cotton or rayon) and invented accessories (ring, watch,
  sunglasses, belt, bracelet) are unsupported, in the caption and in any span that repeats them.
- "gentleman", "his" or "he" for the female model is pronoun, in the caption and in a span that carries it.
- Closed answers: another piece's hue for "the garment" (the dupatta's beige for a maroon kurta) is
  other_garment_color; "dress" or "top" for a straight kurta set, "no" to "Is this a kurta?", "yes" to "Is this a
  dress?" for a straight kurta, and a wrong pattern or sleeve length are contradiction. "brown" for the rust-brown
  kurta the seller calls Brown is accepted.
- A span that carries the cut end of a caption ("on her", "There is an accessory on her") is cut, whatever question
  it answers; a span that carries "Answer:" or "Question:" is leak; a span that carries a looped sentence is loop.
- "The lady" for "What is she wearing?" is non_answer; "blue" alone for "Describe the kurta." under a caption that
  calls the purple outfit blue is labelled non_answer (one word), not contradiction, though it is both.
- A caption with two faults (the base model's "purple dress ... white pants" for a straight kurta over lavender
  palazzos) gets the one that hands a piece the wrong color: other_garment_color.
- Spans are not given hit_limit (they are short); captions that ran to 50 tokens are.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text, failure=None):
    return wearing(text, failure, who="she")


def piece(garment, text, failure=None):
    """Per-piece color question, answered by extractive QA over the caption (open)."""
    return color_of(garment, text, failure, kind="open")


BLIND_992 = [
    # photo: pink straight kurta with white floral block print, 3/4 sleeves, round neck; white palazzos; white dupatta
    #   with pink border on the left shoulder; silver jhumkas; white backdrop, front view. Mixed adapter caption, QA.
    case(
        "X992-001",
        caption(
            "The lady wears a three-quarter-sleeve pink kurta with floral patterns. The kurta is with cotton fabric "
            "and its neckline is round. The lady wears white palazzo pants. There is a white dupatta on her shoulder."
        ),
        she("a three-quarter-sleeve pink kurta with floral patterns"),
        piece("kurta", "pink"),
        piece("palazzos", "white"),
        piece("dupatta", "white"),
        Q.material("cotton"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Anouk Women Pink & White Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle-green straight kurta, gold foil-printed yoke, 3/4 sleeves, matte rayon; matching green trousers;
    #   green dupatta with gold border over both arms; white backdrop, front. Mixed adapter caption, QA.
    case(
        "X992-002",
        caption(
            "The lady wears a three-quarter-sleeve green kurta with a golden yoke. The kurta is with silk fabric. The "
            "pants the lady wears is of long length and green. There is a green dupatta with golden border around "
            "her arms.",
            "unsupported",
        ),
        Q.material("silk", "unsupported"),
        piece("trousers", "green"),
        piece("dupatta", "green"),
        describe("kurta", "three-quarter-sleeve green kurta with a golden yoke"),
        Q.pattern("yoke design"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Libas Women Green Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: calf-length navy anarkali with a red and yellow floral print, full sleeves; navy churidar; red chiffon
    #   dupatta held in her right hand; white backdrop, three-quarter view. Mixed adapter caption, QA.
    case(
        "X992-003",
        caption(
            "The lady wears a long-sleeve blue dress with floral patterns. The dress is of long length. The lady "
            "wears blue leggings. She holds a red scarf in her hand."
        ),
        she("a long-sleeve blue dress with floral patterns"),
        piece("churidar", "blue"),
        piece("dupatta", "red"),
        Q.garment_type("kurta set"),
        is_a("kurta", "yes"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        title="Biba Women Navy Blue Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard straight kurta with a small white and rust geometric print, 3/4 sleeves, mandarin collar; white
    #   palazzos with mustard print; no dupatta; tan juttis; white backdrop. Old epoch-3 caption adapter, QA.
    case(
        "X992-004",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric and its "
            "neckline is stand. The lady wears white palazzo pants. The pants are with cotton fabric. The pants are "
            "with cotton fabric. The pants are",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "white", "other_garment_color"),
        piece("palazzos", "white"),
        details(
            "palazzos", "The pants are with cotton fabric. The pants are with cotton fabric. The pants are", "loop"
        ),
        Q.color("mustard"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        title="W Women Mustard Yellow & White Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon straight kurta, gold zari embroidery at the neckline and hem, 3/4 sleeves; maroon trousers; beige
    #   dupatta with maroon tassels held across her arms; light grey backdrop. Mixed adapter caption, QA.
    case(
        "X992-005",
        caption(
            "The lady wears a red kurta with embroidered patterns. The kurta is of long length. The lady wears red "
            "pants. There is a beige scarf on her shoulders."
        ),
        she("a red kurta with embroidered patterns"),
        piece("dupatta", "beige"),
        piece("trousers", "red"),
        details("kurta", "embroidered patterns"),
        Q.pattern("embroidered"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Varanga Women Maroon Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal flared anarkali, gold gota border at the hem, 3/4 sleeves; teal churidar; teal net dupatta with a
    #   gold border behind her shoulders; white backdrop, front. Base BLIP-2 caption, QA.
    case(
        "X992-006",
        caption("a woman in a blue anarkali dress with gold trim"),
        she("a blue anarkali dress with gold trim"),
        piece("churidar", "blue"),
        piece("dupatta", "", "non_answer"),
        describe("kurta", "blue anarkali dress with gold trim"),
        Q.material("", "non_answer"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Sangria Women Teal Blue Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white kurta with indigo dabu floral print, 3/4 sleeves; indigo palazzos with a white print; no
    #   dupatta; oxidised silver earrings; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-007",
        caption(
            "The lady wears a three-quarter-sleeve white kurta with floral patterns. The kurta is with cotton fabric. "
            "The lady wears blue palazzo pants with floral patterns. There is an accessory on her ears."
        ),
        she("a three-quarter-sleeve white kurta with floral patterns"),
        piece("kurta", "white"),
        piece("palazzos", "white", "other_garment_color"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("cotton"),
        title="Jaipur Kurti Women Off-White & Blue Dabu Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: peach solid straight kurta with a lace trim at the hem, full sleeves, V neck; white churidar; no dupatta;
    #   white backdrop, hand on hip. Mixed adapter caption that ran on to the limit, QA.
    case(
        "X992-008",
        caption(
            "The lady wears a long-sleeve pink kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is V-shape. The lady wears white leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve pink kurta with pure color patterns"),
        piece("churidar", "white"),
        Q.color("peach"),
        details("kurta", "its neckline is V-shape"),
        describe("churidar", "There is an accessory on her", "cut"),
        Q.sleeve_length("long sleeves"),
        title="Aurelia Women Peach-Coloured Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: magenta A-line kurta with a white and green floral print, 3/4 sleeves; white trousers; magenta and white
    #   printed dupatta across both shoulders; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-009",
        caption(
            "The gentleman wears a three-quarter-sleeve pink kurta with floral patterns. The pants are white. There is "
            "a pink scarf around his neck.",
            "pronoun",
        ),
        she("a three-quarter-sleeve pink kurta with floral patterns"),
        piece("trousers", "white"),
        piece("dupatta", "pink"),
        details("dupatta", "around his neck", "pronoun"),
        is_a("kurta", "yes"),
        Q.color("magenta"),
        title="Indo Era Women Magenta Floral Printed A-Line Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: olive kurta with a small mustard floral print, 3/4 roll-up sleeves, side pockets; olive palazzos; brown
    #   sandals; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-010",
        caption(
            "The lady wears a three-quarter-sleeve green shirt with floral patterns. The shirt is with cotton fabric. "
            "The lady wears green pants.",
            "contradiction",
        ),
        she("a three-quarter-sleeve green shirt with floral patterns", "contradiction"),
        Q.garment_type("kurta set"),
        piece("kurta", "green"),
        piece("palazzos", "green"),
        details("kurta", "floral patterns"),
        title="Global Desi Women Olive Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: red georgette anarkali, gold zari embroidery on the bodice, full sleeves; gold churidar; red net dupatta
    #   with a gold border on both shoulders; white backdrop, front. Mixed adapter caption, QA.
    case(
        "X992-011",
        caption(
            "The lady wears a long-sleeve red dress with embroidered patterns. The dress is of long length. The lady "
            "wears golden leggings. There is a red net dupatta on her shoulders."
        ),
        she("long-sleeve red dress with embroidered patterns"),
        piece("churidar", "golden"),
        piece("dupatta", "golden", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        title="Soch Women Red Embroidered Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: blue-and-white vertical striped straight kurta, 3/4 sleeves, mandarin collar; white trousers; no dupatta;
    #   white backdrop. Old epoch-3 caption adapter (no hue at all), QA.
    case(
        "X992-012",
        caption(
            "The lady wears a three-quarter-sleeve kurta with striped patterns. The kurta is with cotton fabric and "
            "its neckline is stand. The pants the lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "", "non_answer"),
        she("a three-quarter-sleeve kurta with striped patterns"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.material("cotton"),
        is_a("dress", "yes", "contradiction"),
        title="Anubhutee Women Blue & White Striped Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender georgette straight kurta with white chikankari thread work, full sleeves; lavender palazzos; white
    #   dupatta over one arm; pearl earrings; white backdrop. Base BLIP-2 caption, QA.
    case(
        "X992-013",
        caption("a woman in a purple dress with white embroidery and white pants", "other_garment_color"),
        she("a purple dress with white embroidery and white pants", "other_garment_color"),
        piece("kurta", "purple"),
        piece("palazzos", "white", "other_garment_color"),
        Q.color("lavender"),
        Q.garment_type("dress", "contradiction"),
        title="KALINI Women Lavender Chikankari Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust orange kurta with a gold foil geometric print, 3/4 sleeves; cream palazzos with a rust print; rust
    #   dupatta held in both hands; white backdrop. Mixed adapter caption that drifted into the VQA format, QA.
    case(
        "X992-014",
        caption(
            "The lady wears a three-quarter-sleeve orange kurta with graphic patterns. The lady wears white palazzo "
            "pants. There is an orange dupatta in her hands. Question: what is the color of the kurta? Answer: orange. "
            "Question: what",
            "leak",
            hit_limit=True,
        ),
        piece("kurta", "orange"),
        piece("palazzos", "white"),
        piece("dupatta", "orange"),
        details("kurta", "graphic patterns"),
        Q.pattern("printed"),
        describe("kurta", "Answer: orange", "leak"),
        title="Ahalyaa Women Rust Orange Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: black kurta with an all-over white floral print, 3/4 sleeves; black palazzos with a white border; no
    #   dupatta; flat sandals; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-015",
        caption(
            "The lady wears a three-quarter-sleeve black kurta with floral patterns. The kurta is with denim fabric. "
            "The lady wears black palazzo pants.",
            "unsupported",
        ),
        Q.material("denim", "unsupported"),
        piece("palazzos", "black"),
        details("palazzos", "palazzo pants", "restated"),
        Q.color("black"),
        Q.pattern("floral"),
        she("a three-quarter-sleeve black kurta with floral patterns"),
        title="Janasya Women Black & White Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: sea green jacquard straight kurta with self-woven lattice motifs, full sleeves; off-white trousers; sea
    #   green dupatta with a gold border on her shoulders; bare wrists, no jewellery; white backdrop. Mixed adapter
    #   caption, QA.
    case(
        "X992-016",
        caption(
            "The lady wears a long-sleeve green kurta with lattice patterns. The kurta is of long length. The lady "
            "wears white pants. There is a green dupatta with golden border on her shoulders. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        piece("trousers", "green", "other_garment_color"),
        piece("dupatta", "green"),
        details("kurta", "lattice patterns"),
        Q.pattern("printed", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="House of Pataudi Women Sea Green Jacquard Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: pink calf-length anarkali with a gold ethnic-motif print, full sleeves; white churidar (styled, not
    #   sold); no dupatta; white backdrop. Mixed adapter caption that looped to the limit, QA.
    case(
        "X992-017",
        caption(
            "The lady wears a long-sleeve pink kurta with floral patterns. The kurta is of long length. The kurta is "
            "of long length. The kurta is of long length. The kurta is of long length. The kurta is of",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "of long length. The kurta is of long length. The kurta is of long length", "loop"),
        piece("kurta", "pink"),
        piece("churidar", "pink", "other_garment_color"),
        Q.garment_type("anarkali kurta"),
        she(
            "a long-sleeve pink kurta with floral patterns. The kurta is of long length. The kurta is of long length",
            "loop",
        ),
        Q.pattern("ethnic motifs"),
        title="Libas Women Pink Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: beige straight kurta with a maroon floral print, 3/4 sleeves; maroon salwar; maroon dupatta with a beige
    #   print; white backdrop, front. Mixed adapter caption, QA.
    case(
        "X992-018",
        caption(
            "The lady wears a long-sleeve beige kurta with floral patterns. The lady wears maroon pants. There is a "
            "maroon dupatta on her shoulders.",
            "contradiction",
        ),
        wearing("a long-sleeve beige kurta with floral patterns", "contradiction", who="the lady"),
        Q.sleeve_length("three-quarter sleeves"),
        piece("kurta", "beige"),
        piece("salwar", "maroon"),
        piece("dupatta", "maroon"),
        Q.color("maroon", "other_garment_color"),
        title="Biba Women Beige & Maroon Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: navy kurta with a golden foil print, 3/4 sleeves; navy trousers; no dupatta; tan sling bag on her
    #   shoulder; white backdrop. Base BLIP-2 caption, QA.
    case(
        "X992-019",
        caption("a woman in a blue and gold kurta holding a brown bag"),
        she("a blue and gold kurta"),
        piece("trousers", "blue"),
        describe("kurta", "blue and gold"),
        Q.material("", "non_answer"),
        Q.garment_type("kurta set"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Vishudh Women Navy Blue & Golden Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard kurta with green bandhani dots, 3/4 sleeves; plain green palazzos; green bandhani dupatta on the
    #   left shoulder; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-020",
        caption(
            "The lady wears a three-quarter-sleeve yellow kurta with dotted patterns. The lady wears yellow palazzo "
            "pants. There is a green dupatta on her shoulder.",
            "other_garment_color",
        ),
        piece("palazzos", "yellow", "other_garment_color"),
        piece("dupatta", "green"),
        piece("kurta", "yellow"),
        Q.pattern("bandhani"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dupatta", "dupatta", "restated"),
        title="Anouk Women Mustard & Green Bandhani Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: cream sleeveless cotton kurta with self-woven dobby stripes; cream palazzos; no dupatta; gold bangles
    #   on one wrist; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-021",
        caption(
            "The lady wears a short-sleeve white kurta with pure color patterns. The kurta is with cotton fabric. The "
            "lady wears white palazzo pants. There is an accessory on her wrist.",
            "contradiction",
        ),
        Q.sleeve_length("sleeveless"),
        piece("palazzos", "white"),
        she("a short-sleeve white kurta with pure color patterns", "contradiction"),
        Q.color("cream"),
        Q.material("cotton"),
        title="W Women Cream-Coloured Self Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: dark green anarkali with a pink floral print on the flare, full sleeves; pink churidar; pink dupatta on
    #   both shoulders; hair tied back, nothing on her head; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-022",
        caption(
            "The lady wears a long-sleeve green kurta with floral patterns. The lady wears pink leggings. There is a "
            "pink dupatta on her shoulders. She wears a pair of sunglasses on her head.",
            "unsupported",
        ),
        piece("kurta", "green"),
        piece("churidar", "pink"),
        piece("dupatta", "pink"),
        she("a long-sleeve green kurta with floral patterns"),
        is_a("kurta", "yes"),
        details("kurta", "a pair of sunglasses on her head", "unsupported"),
        title="Sangria Women Green & Pink Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: teal kurta with a white ethnic print, V neck, 3/4 sleeves; white printed palazzos; teal dupatta with a
    #   white border; white backdrop. Old epoch-3 caption adapter cut at the limit, QA.
    case(
        "X992-023",
        caption(
            "The lady wears a three-quarter-sleeve blue kurta with graphic patterns. The kurta is with cotton fabric "
            "and its neckline is V-shape. The pants the lady wears is of long length. The pants are with cotton fabric "
            "and graphic patterns. There is a dupatta on her",
            "cut",
            hit_limit=True,
        ),
        piece("palazzos", "blue", "other_garment_color"),
        piece("dupatta", "dupatta", "restated"),
        details("kurta", "its neckline is V-shape"),
        describe("dupatta", "on her", "cut"),
        Q.color("teal"),
        title="Khushal K Women Teal Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: light pink kurta with a blue floral print, 3/4 sleeves; blue cotton straight trousers; no dupatta; white
    #   backdrop. Mixed adapter caption, QA. The feed row has no category.
    case(
        "X992-024",
        caption(
            "The lady wears a three-quarter-sleeve pink kurta with floral patterns. The lady wears blue pants. The "
            "pants are with denim fabric.",
            "unsupported",
        ),
        Q.material("denim", "unsupported"),
        piece("trousers", "blue"),
        piece("kurta", "pink"),
        Q.pattern("floral"),
        she("a three-quarter-sleeve pink kurta with floral patterns"),
        title="Aurelia Women Pink & Blue Floral Printed Kurta with Trousers",
        color="Pink",
        gender="Women",
    ),
    # photo: deep purple straight kurta, silver thread embroidery on the yoke, 3/4 sleeves; purple palazzos; lavender
    #   organza dupatta; white backdrop. Base BLIP-2 caption (calls the purple blue), QA.
    case(
        "X992-025",
        caption("a woman in a blue outfit with a purple scarf", "contradiction"),
        she("a blue outfit with a purple scarf", "contradiction"),
        describe("kurta", "blue", "non_answer"),
        piece("dupatta", "purple"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Indo Era Women Purple Yoke Design Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: cobalt blue tiered floor-length anarkali, printed cotton with a white floral print, full sleeves; white
    #   leggings (styled, not sold); no dupatta; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-026",
        caption(
            "The lady wears a long-sleeve blue dress with floral patterns. The dress is with chiffon fabric and of "
            "long length. The lady wears white leggings.",
            "unsupported",
        ),
        piece("leggings", "white"),
        Q.garment_type("kurta"),
        she("a long-sleeve blue dress with floral patterns"),
        Q.pattern("floral"),
        Q.material("chiffon", "unsupported"),
        title="Global Desi Women Blue Floral Printed Tiered Anarkali Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: short yellow kurta with pink floral embroidery, 3/4 sleeves; yellow sharara (flared pants); pink dupatta
    #   on her shoulders; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-027",
        caption(
            "The lady wears a three-quarter-sleeve yellow blouse with floral patterns. The lady wears a long yellow "
            "skirt. There is a pink dupatta on her shoulders.",
            "contradiction",
        ),
        she("a three-quarter-sleeve yellow blouse with floral patterns", "contradiction"),
        Q.garment_type("kurta set"),
        piece("sharara", "yellow"),
        piece("dupatta", "pink"),
        piece("kurta", "yellow"),
        title="Varanga Women Yellow Floral Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon kurta with a gold print, 3/4 sleeves; maroon palazzos; no dupatta; she stands beside a potted
    #   plant on a white backdrop. Mixed adapter caption, QA.
    case(
        "X992-028",
        caption(
            "The lady wears a three-quarter-sleeve maroon kurta with graphic patterns. The lady wears maroon palazzo "
            "pants. There is a plant beside her."
        ),
        piece("palazzos", "maroon"),
        Q.color("maroon"),
        details("kurta", "kurta", "restated"),
        Q.material("", "non_answer"),
        describe("kurta", "three-quarter-sleeve maroon kurta with graphic patterns"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Libas Women Maroon & Gold Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: peach chanderi silk kurta with gold buttis, round neck, 3/4 sleeves; peach trousers; peach dupatta with
    #   a gold border; white backdrop. Mixed adapter caption that ran on to the limit, QA.
    case(
        "X992-029",
        caption(
            "The lady wears a three-quarter-sleeve pink kurta with dotted patterns. The kurta is with silk fabric and "
            "its neckline is round. The lady wears pink pants. There is a pink dupatta with golden border on her "
            "shoulders. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        she("The lady", "non_answer"),
        piece("dupatta", "pink"),
        piece("trousers", "pink"),
        Q.color("peach"),
        title="Soch Women Peach Chanderi Silk Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: black straight kurta with a red floral print, 3/4 sleeves; plain red palazzos; red dupatta; white
    #   backdrop. Base BLIP-2 caption, QA.
    case(
        "X992-030",
        caption("a woman in a black and red outfit"),
        piece("kurta", "black and red"),
        piece("palazzos", "black and red", "other_garment_color"),
        piece("dupatta", "black and red", "other_garment_color"),
        she("a black and red outfit"),
        Q.color("black"),
        Q.garment_type("dress", "contradiction"),
        title="Anouk Women Black & Red Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: green straight kurta with a white floral print, 3/4 sleeves; white trousers; no dupatta; white backdrop.
    #   Mixed adapter caption that went on into the VQA format, QA. The feed row has no category.
    case(
        "X992-031",
        caption(
            "The lady wears a three-quarter-sleeve green kurta with floral patterns. The lady wears white pants. "
            "Question: What is the color of the kurta? Answer: green",
            "leak",
        ),
        she("a three-quarter-sleeve green kurta with floral patterns"),
        piece("trousers", "white"),
        piece("kurta", "Answer: green", "leak"),
        details("kurta", "Question: What is the color of the kurta?", "leak"),
        Q.pattern("floral"),
        title="Jaipur Kurti Women Green Floral Printed Straight Kurta with Trousers",
        color="Green",
        gender="Women",
    ),
    # photo: off-white handloom cotton kurta with a red woven border at the hem and sleeves, 3/4 sleeves; off-white
    #   palazzos; red dupatta; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-032",
        caption(
            "The lady wears a three-quarter-sleeve red kurta with pure color patterns. The lady wears white palazzo "
            "pants. There is a red dupatta on her shoulders.",
            "other_garment_color",
        ),
        piece("kurta", "red", "other_garment_color"),
        piece("palazzos", "white"),
        piece("dupatta", "red"),
        Q.color("off white"),
        title="GERUA Women Off-White Handloom Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: turquoise kurta with a coral floral print, 3/4 sleeves; coral palazzos; no dupatta; white backdrop.
    #   Old epoch-3 caption adapter looping to the limit, QA.
    case(
        "X992-033",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns. The kurta is with cotton fabric. The "
            "pants are with cotton fabric. The pants are with cotton fabric. The pants are with cotton fabric. The "
            "pants are with",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "floral", "non_answer"),
        piece("palazzos", "", "non_answer"),
        details(
            "palazzos", "with cotton fabric. The pants are with cotton fabric. The pants are with cotton fabric", "loop"
        ),
        Q.material("cotton"),
        Q.color("turquoise blue"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Rain & Rainbow Women Turquoise Blue Floral Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: pastel pink flared anarkali with white thread embroidery, full sleeves; white churidar; white net dupatta
    #   round her neck; white backdrop. Mixed adapter caption that ran on into the VQA format to the limit, QA.
    case(
        "X992-034",
        caption(
            "The lady wears a long-sleeve pink kurta with embroidered patterns. The kurta is of long length and "
            "flared. The lady wears white leggings. There is a white dupatta around her neck. Question: is this a",
            "leak",
            hit_limit=True,
        ),
        piece("churidar", "white"),
        piece("dupatta", "white"),
        piece("kurta", "pink"),
        details("kurta", "of long length and flared"),
        is_a("kurta", "no", "contradiction"),
        title="Ishin Women Pink Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: grey kurta with a black geometric print, 3/4 sleeves; black palazzos; no dupatta; white backdrop.
    #   Base BLIP-2 caption, QA.
    case(
        "X992-035",
        caption("a woman in a grey kurta and grey pants", "other_garment_color"),
        piece("palazzos", "grey", "other_garment_color"),
        piece("kurta", "grey"),
        she("a grey kurta and grey pants", "other_garment_color"),
        Q.pattern("geometric"),
        Q.color("grey"),
        title="AKS Women Grey & Black Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: orange solid straight kurta with mirror work at the neckline, full sleeves; green churidar; green and
    #   orange leheriya dupatta; no watch or jewellery on her wrists; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-036",
        caption(
            "The lady wears a long-sleeve orange kurta with pure color patterns. The lady wears green leggings. There "
            "is a scarf with striped patterns on her shoulders. She wears a watch on her wrist.",
            "unsupported",
        ),
        piece("churidar", "green"),
        she("a long-sleeve orange kurta with pure color patterns"),
        details("kurta", "pure color patterns"),
        Q.color("green", "other_garment_color"),
        Q.pattern("solid"),
        title="Biba Women Orange Solid Kurta with Churidar & Leheriya Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: navy kurta with white and pink floral embroidery, 3/4 sleeves; navy palazzos; pink dupatta on her
    #   shoulders; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-037",
        caption(
            "The lady wears a three-quarter-sleeve blue kurta with embroidered patterns. The lady wears blue palazzo "
            "pants. There is a pink dupatta on his shoulders.",
            "pronoun",
        ),
        piece("dupatta", "pink"),
        piece("palazzos", "blue"),
        describe("kurta", "three-quarter-sleeve blue kurta with embroidered patterns"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("top", "contradiction"),
        details("dupatta", "on his shoulders", "pronoun"),
        title="Mitera Women Navy Blue Floral Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white kurta with a black abstract print, 3/4 sleeves; black trousers; no dupatta; white backdrop.
    #   Base BLIP-2 caption, QA.
    case(
        "X992-038",
        caption("a woman wearing a white and black kurta with black pants"),
        piece("trousers", "black"),
        piece("kurta", "white and black"),
        she("a white and black kurta with black pants"),
        Q.color("black", "other_garment_color"),
        Q.material("", "non_answer"),
        Q.pattern("solid", "contradiction"),
        describe("kurta", "kurta", "restated"),
        title="Nayo Women White & Black Abstract Printed Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: lime green kurta with a white floral print, 3/4 sleeves, no belt; plain white palazzos; no dupatta; open
    #   hair, holding the kurta's side; white backdrop. Mixed adapter caption, QA. The feed row has no category.
    case(
        "X992-039",
        caption(
            "The lady wears a three-quarter-sleeve green kurta with floral patterns. The lady wears white palazzo "
            "pants. There is a belt on her waist.",
            "unsupported",
        ),
        she("a three-quarter-sleeve green kurta"),
        piece("palazzos", "white"),
        piece("kurta", "green"),
        details("palazzos", "palazzo pants", "restated"),
        describe("kurta", "a belt on her waist", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Juniper Women Lime Green Floral Printed Kurta with Palazzos",
        color="Lime Green",
        gender="Women",
    ),
    # photo: red calf-length anarkali with gold bandhani dots and a gota border, round neck, 3/4 sleeves; red
    #   churidar; red and gold dupatta on her shoulders; white backdrop. Old epoch-3 caption adapter cut at the limit.
    case(
        "X992-040",
        caption(
            "The lady wears a three-quarter-sleeve red dress with dotted patterns. The dress is of long length and its "
            "neckline is round. The lady wears red leggings. There is a red scarf with golden border on her "
            "shoulders. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        piece("churidar", "red"),
        piece("dupatta", "red"),
        Q.pattern("bandhani"),
        she("a three-quarter-sleeve red dress with dotted patterns"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "red", "non_answer"),
        details("dupatta", "a red scarf with golden border on her shoulders. The lady wears a", "cut"),
        title="Scakhi Women Red & Gold Bandhani Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: printed cotton kurta that looks rust (seller says Brown) with a cream floral print, 3/4 sleeves; cream
    #   palazzos; cream dupatta over her arms; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-041",
        caption(
            "The lady wears a three-quarter-sleeve orange kurta with floral patterns. The kurta is with silk fabric. "
            "The lady wears white palazzo pants. There is a white dupatta on her arms.",
            "unsupported",
        ),
        piece("kurta", "orange"),
        piece("palazzos", "white"),
        piece("dupatta", "white"),
        Q.color("brown"),
        describe("kurta", "floral patterns"),
        Q.material("silk", "unsupported"),
        title="Libas Women Brown & Cream Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: sea green sleeveless short kurta with gold gota work; sea green sharara; gold net dupatta on her
    #   shoulders; bare hands, no jewellery; white backdrop. Mixed adapter caption, QA.
    case(
        "X992-042",
        caption(
            "The lady wears a tank green kurta with pure color patterns. The lady wears green pants. There is a golden "
            "dupatta on her shoulders. There is a ring on her finger and a bracelet on her wrist.",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        piece("sharara", "green"),
        piece("dupatta", "golden"),
        she("a tank green kurta with pure color patterns"),
        details("kurta", "a ring on her finger and a bracelet on her wrist", "unsupported"),
        title="Anouk Women Sea Green Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: magenta solid straight kurta with a gold-button placket, 3/4 sleeves; white trousers; no dupatta; white
    #   backdrop. Mixed adapter caption that looped to the limit, QA.
    case(
        "X992-043",
        caption(
            "The lady wears a three-quarter-sleeve pink kurta with pure color patterns. The kurta has buttons, "
            "buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, "
            "buttons, buttons",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "buttons, buttons, buttons, buttons, buttons, buttons", "loop"),
        piece("kurta", "pink"),
        piece("trousers", "pink", "other_garment_color"),
        Q.color("white", "other_garment_color"),
        title="Sangria Women Magenta Solid Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: cream kurta with a green leaf print, 3/4 sleeves; green palazzos; green dupatta on her shoulders; white
    #   backdrop. Mixed adapter caption, QA.
    case(
        "X992-044",
        caption(
            "The lady wears a three-quarter-sleeve white kurta with floral patterns. The lady wears green palazzo "
            "pants. There is a green dupatta on her shoulders."
        ),
        piece("kurta", "green", "other_garment_color"),
        piece("palazzos", "green"),
        Q.color("cream"),
        she("three-quarter-sleeve white kurta with floral patterns"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Varanga Women Cream & Green Leaf Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: multicolour (blue, pink, yellow) floral anarkali, floor length, full sleeves; plain pink churidar; no
    #   dupatta, no bag, hands at her sides; white backdrop. Base BLIP-2 caption, QA.
    case(
        "X992-045",
        caption("a woman in a colorful floral dress with a handbag", "unsupported"),
        piece("kurta", "colorful"),
        piece("churidar", "colorful", "other_garment_color"),
        she("a colorful floral dress with a handbag", "unsupported"),
        Q.color("multi"),
        Q.garment_type("kurta set"),
        Q.pattern("striped", "contradiction"),
        title="Biba Women Multicoloured Floral Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: black anarkali with red and gold embroidery at the yoke, full sleeves; black churidar; red dupatta round
    #   her neck; side view; white backdrop. Mixed adapter caption, QA. The feed row has no color.
    case(
        "X992-046",
        caption(
            "The gentleman wears a long-sleeve black kurta with embroidered patterns. The gentleman wears black pants. "
            "There is a red scarf around his neck.",
            "pronoun",
        ),
        she("a long-sleeve black kurta with embroidered patterns"),
        piece("dupatta", "red"),
        piece("churidar", "black"),
        Q.pattern("embroidered"),
        Q.color("black"),
        details("dupatta", "around his neck", "pronoun"),
        Q.material("", "non_answer"),
        title="Soch Women Black Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
]
