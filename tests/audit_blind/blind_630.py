"""BLIND_630 (46 products; Myntra women's ethnic wear, VQA + caption ep. 3): written blind in the fifty-third session.
Measured blind at 28aee8c (the session's seventh rules): 104/128 failures found (81.2%) and 16/179 correct texts flagged
(8.9%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic everyday feed (straight kurtas, kurtis, palazzos, churidars, dupattas), every photo
a model shot, mostly on the white studio backdrop, a few on light grey. The product is worn together with other
garments: a kurta over churidar leggings or palazzos, palazzos and churidars under a kurta or kurti, a dupatta draped
over a kurta. The feed carries title, category (the seller's article type), color and gender; ten rows lack the
category column, as the feed had them.

Who wrote what: every caption comes from the caption adapter at epoch 3 (Data2_V2_Blip2_Finetune_Caption), which
writes the DeepFashion template ("The lady is wearing a medium-sleeve shirt with floral patterns. It has a round
neckline."), names no hues, calls every top a shirt and every bottom trousers or leggings, adds accessories and
fabrics of its own, and with no end token loops on its last sentence or is cut at 50 tokens. Every answer comes from
the VQA adapter (Data3_V3_BLIP2_VQA): closed answers (type, color, pattern, sleeve length, yes/no, the closed color
questions) are the reference engine's pick among candidates, so they are clean single values that can be wrong;
open answers (wearing, describe, details, material, the open color questions) are greedy free generation of up to
30 tokens, short In-shop style when they stop, and otherwise loops, cuts and echoes of the prompt format.

Labeling conventions and judgement calls:
- A kurta or kurti may be called kurta, kurti, top, tunic or (in the caption template) shirt; "dress" for a kurta
  is a contradiction wherever it appears. A churidar may be a churidar or leggings, a palazzo palazzos, pants or
  trousers, a dupatta a dupatta, scarf or neckwear.
- Closed answers are judged against the product (the seller's article): a closed type or pattern that names the
  garment worn with the product, or its pattern, is a contradiction; a closed or open color that names the color
  of the other garment in the photo is other_garment_color; a color worn by nothing in the photo is a contradiction.
- Shades are correct within what the photo shows: orange for rust, pink for peach or magenta, navy for indigo,
  white for off-white or cream, green for olive or sea green. X630-038 is labelled Brown by the seller but the photo
  shows rust; "rust" is marked correct there (the seller is wrong, not the model).
- Fabric: correct only where the title names it; a fabric the title contradicts is a contradiction; a fabric the
  title does not name (the photo cannot show it) is unsupported. Denim for jeans worn with the product is accepted.
- Caption template words: "medium-sleeve" is three-quarter sleeves; block and floral prints are floral patterns;
  foil, ikat, ajrakh, polka-dot and geometric prints are graphic patterns; leheriya is striped. "There is an
  accessory on her wrist" is correct only where a bangle or watch shows; otherwise unsupported.
- An accessory, pocket, tie-up, button, drawstring or waist detail that the photo does not show (hidden under the
  kurta, or absent) is unsupported.
- A one-word answer to an open question is non_answer even when the word is right ("pink" for what she is wearing,
  "yes" for the details); echoing the question's own words ("the details of the kurta are the kurta details") is
  restated.
- One label per text. A text that both loops and runs to the limit is a loop; a text that repeats the
  "Question: ... Answer:" format is a leak even when it also loops or is cut; a text cut at the limit is a cut even
  when the cut sentence also invented something. he, his, gentleman or man for a Women row is pronoun.
- hit_limit is set on every loop and cut and on the leaks that ran on to the 30-token limit; short leaks that
  stopped on their own are not.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_630 = [
    # photo: navy blue straight kurta with white floral block print, three-quarter sleeves, round neck, worn with
    # white churidar leggings, white backdrop, full-length front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-001",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears long leggings. The leggings are with pure color patterns."
        ),
        color_of("kurta", "navy blue"),
        wearing("he is wearing a blue kurta with white flowers and white leggings", "pronoun"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "kurta",
            "white flowers on a blue background, round neck and three quarter sleeves, the sleeves, the neckline, "
            "the sleeves, the neckline, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Anouk Women Navy Blue & White Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow solid hip-length kurti, short sleeves, mandarin collar, worn with blue denim jeans, bare
    # wrists, white backdrop, front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-002",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. It has a stand neckline. The lady "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        color_of("kurti", "blue", "other_garment_color"),
        wearing("yellow kurti and blue jeans"),
        Q.garment_type("kurti"),
        describe("kurti", "a mustard kurti with a mandarin collar and short sleeves"),
        is_a("kurti", "yes"),
        title="HERE&NOW Women Mustard Yellow Solid Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal straight kurta with gold foil geometric print, three-quarter sleeves, V-neck, side slits, worn with
    # off-white palazzos, light grey backdrop, front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-003",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. It has a V-shape neckline. The lady "
            "wears long trousers with pure color patterns.",
            "contradiction",
        ),
        Q.color("teal"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        wearing(
            "a teal kurta and white pants Question: What is the color of the pants? Answer: white Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Libas Women Teal & Gold-Toned Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white solid wide-leg palazzos, waistband hidden under a maroon floral-printed short kurti with
    # three-quarter sleeves; white backdrop, full-length front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-004",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. It has a round neckline. The lady wears "
            "long trousers. The trousers are with pure color patterns."
        ),
        color_of("palazzo", "maroon", "other_garment_color"),
        Q.garment_type("palazzos"),
        wearing("maroon kurta and white palazzo pants"),
        details("palazzo", "the palazzo is white and has a wide leg and an elasticated waist", "unsupported"),
        Q.pattern("solid"),
        title="Biba Women Off-White Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Off White",
        gender="Women",
    ),
    # photo: pink chiffon dupatta with a gold gota border draped over both shoulders of a model in a white full-
    # sleeved chikankari kurta and white leggings; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-005",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. It has a round neckline. The lady "
            "wears long leggings. There is a scarf on her neck."
        ),
        color_of("dupatta", "white", "other_garment_color"),
        wearing("she is wearing a white kurta with a pink dupatta"),
        Q.material("chiffon"),
        describe("dupatta", "dupatta", "non_answer"),
        is_a("dupatta", "yes"),
        Q.garment_type("kurta", "contradiction"),
        title="Dupatta Bazaar Pink Chiffon Dupatta with Gota Border",
        category="Dupatta",
        color="Pink",
        gender="Women",
    ),
    # photo: black solid churidar leggings under a red solid sleeveless A-line knee-length kurta, round neck; white
    # backdrop, front view. Row has no category. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-006",
        caption(
            "The female wears a sleeveless shirt with pure color patterns. It has a round neckline. The female "
            "wears long leggings with pure color patterns."
        ),
        color_of("leggings", "red", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("leggings"),
        Q.pattern("printed", "contradiction"),
        wearing("a red kurta and black leggings"),
        details(
            "leggings",
            "The leggings are black, the leggings are black, the leggings are black, the leggings are black, the "
            "leggings are",
            "loop",
            hit_limit=True,
        ),
        title="Go Colors Women Black Solid Churidar Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: rust solid straight kurta with white thread embroidery on the yoke, three-quarter sleeves, notched round
    # neck, worn with white palazzos; white backdrop, three-quarter turned pose. Caption ep. 3; VQA adapter answers.
    case(
        "X630-007",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        color_of(
            "kurta",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("he is wearing an orange kurta and white pants", "pronoun"),
        Q.pattern("solid"),
        describe("kurta", "an orange kurta with white embroidery on the yoke"),
        Q.material("silk", "unsupported"),
        title="Sangria Women Rust Yoke Design Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: green and white bandhani-print A-line kurti, short sleeves, round neck, white leggings, a silver bangle
    # on the left wrist and no ring; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-008",
        caption(
            "This woman wears a short-sleeve shirt with graphic patterns. It has a round neckline. This woman wears "
            "long leggings with pure color patterns. There is an accessory on her wrist. This woman wears a ring.",
            "unsupported",
        ),
        Q.color("green"),
        Q.pattern("printed"),
        color_of("kurti", "green and white", kind="open"),
        wearing("a green kurti"),
        details("kurti", "bandhani dots all over, short sleeves and a round neck"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Rangriti Women Green & White Bandhani Print A-Line Kurti",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
    # photo: cream palazzos with thin black pinstripes under a black solid short-sleeved kurti with a V-neck; white
    # backdrop, full-length front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-009",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. It has a V-shape neckline. The lady "
            "wears long trousers. The trousers are with striped patterns."
        ),
        color_of("palazzo", "black", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        wearing("black top and striped pants"),
        describe("palazzo", "cream palazzos with thin black stripes"),
        Q.garment_type("palazzos"),
        Q.material("rayon", "unsupported"),
        title="Vishudh Women Cream-Coloured & Black Striped Palazzos",
        category="Palazzos",
        color="Cream",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold-toned ethnic print, long sleeves, round neck, beige palazzos, a beige
    # dupatta held over one arm; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-010",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. It has a round neckline. The lady wears "
            "long trousers. The lady wears long trousers. The lady wears long trousers. The lady wears long "
            "trousers. The lady wears",
            "loop",
            hit_limit=True,
        ),
        Q.color("maroon"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        wearing("a maroon kurta, beige pants and a scarf"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "the details of the kurta are the kurta details", "restated"),
        title="Varanga Women Maroon & Gold-Toned Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: white solid cotton churidar gathered at the ankles under a peach floral knee-length kurta with three-
    # quarter sleeves and a V-neck; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-011",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. It has a V-shape neckline. The lady "
            "wears long leggings with pure color patterns.",
            "contradiction",
        ),
        Q.color("white"),
        color_of("churidar", "peach", "other_garment_color"),
        wearing("peach kurta and white churidar Question: What is the color of the churidar? Answer: peach", "leak"),
        details("churidar", "it is white and gathered at the ankle"),
        Q.material("cotton"),
        Q.garment_type("churidar"),
        title="Jaipur Kurti Women White Solid Cotton Churidar",
        category="Churidar",
        color="White",
        gender="Women",
    ),
    # photo: magenta solid sleeveless kurti with mirror work around the round neckline, black leggings, barefoot;
    # white backdrop, front view. Row has no category. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-012",
        caption(
            "The gentleman is wearing a sleeveless shirt with pure color patterns. It has a round neckline. The "
            "gentleman wears long leggings. The leggings are with pure color patterns.",
            "pronoun",
        ),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        wearing("pink", "non_answer"),
        describe(
            "kurti",
            "a pink kurti with mirror work around the neck and a pair of black leggings and a pair of black shoes "
            "and a pair of black",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurti"),
        title="W Women Magenta Solid Kurti with Mirror Work",
        color="Magenta",
        gender="Women",
    ),
    # photo: blue and white striped cotton straight kurta with a shirt collar, a button placket and long sleeves
    # rolled to the elbow, white cigarette pants, barefoot; white backdrop. Caption ep. 3; VQA adapter answers.
    case(
        "X630-013",
        caption(
            "The lady is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears long pants. The pants are with pure color patterns."
        ),
        Q.pattern("striped"),
        Q.color("blue"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        wearing("a blue striped shirt and white pants"),
        details("kurta", "Question: What are the kurta details? Answer: stripes, collar, buttons", "leak"),
        Q.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "a blue and white striped kurta with a collar and buttons down the front, long sleeves rolled up to the "
            "elbows and white pants and white sandals and a",
            "cut",
            hit_limit=True,
        ),
        title="GERUA Women Blue & White Striped Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green palazzos with white floral print, drawstring hidden under a white solid short-sleeved
    # kurti; white backdrop, full-length front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-014",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The lady wears long trousers with "
            "floral patterns."
        ),
        color_of("palazzo", "white", "other_garment_color", kind="open"),
        Q.color("green"),
        Q.pattern("floral"),
        wearing("white top and green pants"),
        describe("palazzo", "green palazzos with white flowers, a drawstring waist with tassels", "unsupported"),
        title="AURELIA Women Olive Green & White Floral Printed Palazzos",
        category="Palazzos",
        color="Olive",
        gender="Women",
    ),
    # photo: yellow A-line kurti with a blue ikat print, three-quarter sleeves, V-neck, blue jeans; white backdrop,
    # front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-015",
        caption(
            "The lady is wearing a medium-sleeve shirt with graphic patterns. It has a V-shape neckline. The lady "
            "wears long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        Q.color("yellow"),
        color_of(
            "kurti",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a yellow kurti with blue print and blue jeans"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("kurti", "ikat print, v neck and three quarter sleeves"),
        Q.material("cotton", "unsupported"),
        title="Global Desi Women Yellow & Blue Ikat Print A-Line Kurti",
        category="Kurtis",
        color="Yellow",
        gender="Women",
    ),
    # photo: sea green solid straight kurta with white lace at the hem, three-quarter sleeves, round neck, white
    # churidar, no jewellery; white backdrop, front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-016",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. It has a round neckline. The lady "
            "wears long leggings. The leggings are with pure color patterns. There is an accessory on her wrist. "
            "There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("kurta", "light green", kind="open"),
        wearing("a green kurta with white leggings"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details("kurta", "lace at the hem, round neck and three quarter sleeves"),
        title="Soch Women Sea Green Solid Straight Kurta with Lace Detail",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: navy blue solid churidar under a yellow floral-printed knee-length kurta with three-quarter sleeves, a
    # ring on her right hand; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-017",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The lady wears long leggings. The "
            "leggings are with pure color patterns. There is a ring on her finger."
        ),
        color_of("churidar", "yellow", "other_garment_color"),
        Q.color("navy blue"),
        wearing("yellow kurta and blue churidar"),
        is_a("churidar", "no", "contradiction"),
        details("churidar", "churidar", "non_answer"),
        title="De Moza Women Navy Blue Solid Churidar",
        category="Churidar",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red cotton short kurti with white floral embroidery around the round neck, short sleeves, no tie-up,
    # white palazzos; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-018",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears long trousers. The trousers are with pure color patterns."
        ),
        Q.color("red"),
        Q.pattern("embroidered"),
        wearing(
            "The person is wearing a red kurti with white flowers and white pants, the person is wearing a red kurti "
            "with white flowers and white",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves"),
        details("kurti", "white embroidery around the neck and a tassel tie-up at the neckline", "unsupported"),
        title="Fabindia Women Red Embroidered Cotton Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: cream cotton dupatta with multicoloured phulkari flower embroidery, plain edges, ends out of frame,
    # over both shoulders of a model in a black long-sleeved kurta and black leggings; white backdrop.
    # Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-019",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns. It has a round neckline. This woman "
            "wears long leggings with pure color patterns. There is a scarf on her neck."
        ),
        color_of("dupatta", "black", "other_garment_color"),
        Q.pattern("embroidered"),
        describe(
            "dupatta",
            "a cream dupatta with colorful embroidery of flowers all over and a mirror work border",
            "unsupported",
        ),
        wearing("she is wearing a black kurta and a white scarf"),
        Q.garment_type("dupatta"),
        Q.material("silk", "contradiction"),
        title="Sangria Women Cream-Coloured Phulkari Embroidered Cotton Dupatta",
        category="Dupatta",
        color="Cream",
        gender="Women",
    ),
    # photo: turquoise blue straight kurta with white leaf print, three-quarter sleeves, round neck, no pockets,
    # white palazzos; white backdrop. Row has no category. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-020",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. It has a round neckline.",
            "contradiction",
        ),
        Q.color("blue"),
        Q.garment_type("kurta"),
        wearing(
            "a blue and white kurta with white pants Question: What is the color of the kurta? Answer: blue "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "turquoise", kind="open"),
        details(
            "kurta", "white leaves printed on it and three quarter sleeves with a pocket on the side", "unsupported"
        ),
        title="Anubhutee Women Turquoise Blue Printed Straight Kurta",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black solid flared palazzos under a white kurti with a black abstract print, long sleeves, round neck;
    # white backdrop, full-length front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-021",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. It has a round neckline. The lady wears "
            "long trousers. The trousers are with pure color patterns. The lady wears long trousers. The trousers "
            "are with pure color patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        color_of("palazzo", "white", "other_garment_color", kind="open"),
        wearing("a white top with black print and black palazzos"),
        Q.pattern("printed", "contradiction"),
        describe("palazzo", "black flared palazzos"),
        title="Go Colors Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: lavender georgette straight kurta with white chikankari embroidery, long sleeves, round neck, white
    # leggings; light grey backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-022",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears long leggings.",
            "contradiction",
        ),
        Q.color("purple"),
        Q.material("georgette"),
        wearing("She is wearing a purple kurta with white embroidery and white leggings."),
        details(
            "kurta",
            "chikankari embroidery, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the "
            "neckline, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="ADA Women Lavender Chikankari Embroidered Georgette Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: off-white cotton churidar, waist hidden under an indigo blue floral-printed long-sleeved kurta; white
    # backdrop, full-length front view. Row has no category. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-023",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns. It has a round neckline. The lady wears "
            "long leggings with pure color patterns. The lady wears long leggings with pure color patterns. The "
            "lady wears",
            "loop",
            hit_limit=True,
        ),
        color_of("churidar", "blue", "other_garment_color"),
        Q.color("white"),
        wearing("blue", "non_answer"),
        Q.garment_type("churidar"),
        details(
            "churidar",
            "off white churidar with gathers at the ankle and a drawstring waist with a pair of white",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Off-White Cotton Churidar",
        color="Off White",
        gender="Women",
    ),
    # photo: mustard yellow palazzos with white block print under a white solid short-sleeved kurti with mustard
    # piping; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-024",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. It has a round neckline. The lady "
            "wears long trousers. The trousers are with floral patterns."
        ),
        Q.color("yellow"),
        color_of("palazzo", "white", "other_garment_color"),
        wearing("he is wearing a white top and yellow pants", "pronoun"),
        describe(
            "palazzo",
            "Question: Describe the palazzo. Answer: yellow palazzo with white print Question: Describe the palazzo. "
            "Answer: yellow palazzo",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        title="Libas Women Mustard Yellow & White Printed Palazzos",
        category="Palazzos",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach sleeveless straight kurta with gold foil print, V-neck, white palazzos, front view only (no zip
    # or pockets visible); white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-025",
        caption(
            "The lady is wearing a sleeveless shirt with graphic patterns. It has a V-shape neckline. The lady wears "
            "long trousers. The trousers are with pure color patterns."
        ),
        Q.color("peach"),
        Q.sleeve_length("sleeveless"),
        color_of("kurta", "pink", kind="open"),
        wearing("a peach kurta"),
        details("kurta", "gold foil print all over and a v neck"),
        Q.material("polyester", "unsupported"),
        describe("kurta", "a peach kurta with gold print, it has a zip at the back and side pockets", "unsupported"),
        title="Vishudh Women Peach-Coloured & Gold-Toned Foil Print Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: red bandhani art-silk dupatta with a gold border over one shoulder of a model in a white long-sleeved
    # kurta and white palazzos, bareheaded; white backdrop. Row has no category. Caption ep. 3; VQA adapter answers.
    case(
        "X630-026",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. It has a round neckline. The lady "
            "wears long trousers. The trousers are with pure color patterns. There is a scarf on her neck. The lady "
            "wears a hat.",
            "unsupported",
        ),
        Q.color("red"),
        Q.garment_type("kurta", "contradiction"),
        describe("dupatta", "a red dupatta with white dots and a gold border"),
        wearing("white kurta, white pants and a red dupatta"),
        Q.material("cotton", "contradiction"),
        is_a("dupatta", "yes"),
        title="SOUNDARYA Women Red Bandhani Art Silk Dupatta",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue kurti with white polka dots, full sleeves, plain round neck, light blue jeans, no jewellery;
    # white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-027",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. It has a round neckline. The lady wears "
            "long trousers. The trousers are with denim fabric and pure color patterns. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        Q.color("navy blue"),
        Q.pattern("polka dots"),
        wearing("blue kurti with white dots and blue jeans"),
        color_of("jeans", "navy blue", "other_garment_color", kind="open"),
        describe("kurti", "a blue kurti"),
        details(
            "kurti", "the kurti has white polka dots, full sleeves and a keyhole neck with a tie-up", "unsupported"
        ),
        Q.material(
            "Answer: cotton Question: What material is the garment made of? Answer: cotton Question: What material",
            "leak",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Navy Blue Polka Dot Print Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon solid churidar under a cream long-sleeved solid kurta, round neck, no jewellery; white backdrop,
    # full-length front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-028",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. It has a round neckline. The female "
            "wears long leggings. The leggings are with pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("churidar", "white", "other_garment_color"),
        Q.color("maroon"),
        wearing("cream kurta and maroon leggings"),
        Q.garment_type("leggings"),
        details("churidar", "maroon", "non_answer"),
        title="Aurelia Women Maroon Solid Churidar",
        category="Churidar",
        color="Maroon",
        gender="Women",
    ),
    # photo: white cotton straight kurta with a black geometric print, mandarin collar, short three-button placket,
    # long sleeves, black palazzos, barefoot, no bag; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-029",
        caption(
            "The lady is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The lady wears long trousers with pure color patterns.",
            "contradiction",
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("geometric"),
        wearing("white kurta and black palazzo"),
        details("kurta", "black geometric print, mandarin collar, long sleeves and a front placket with buttons"),
        Q.material("cotton"),
        describe(
            "kurta",
            "a white kurta with black print. she is wearing black pants and black shoes and a black bag",
            "unsupported",
        ),
        title="Fabindia Women White & Black Printed Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: multicoloured kurti with pink, orange and yellow stripes, short sleeves, round neck, white leggings;
    # white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-030",
        caption(
            "The lady is wearing a short-sleeve shirt with striped patterns. It has a round neckline. The lady wears "
            "long leggings with pure color patterns."
        ),
        Q.color("multicolor"),
        color_of("kurti", "pink orange and yellow stripes", kind="open"),
        wearing("a striped kurti and white leggings"),
        Q.pattern("solid", "contradiction"),
        describe(
            "kurti",
            "the kurti is a kurti with a kurti and a kurti and a kurti and a kurti and a kurti and a kurti and",
            "loop",
            hit_limit=True,
        ),
        title="Global Desi Women Multicoloured Striped A-Line Kurti",
        category="Kurtis",
        color="Multi",
        gender="Women",
    ),
    # photo: yellow chiffon dupatta with orange leheriya stripes over the shoulders of a model in a pink solid long-
    # sleeved kurta with a V-neck and white palazzos; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-031",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. It has a V-shape neckline. The lady "
            "wears long trousers. The trousers are with pure color patterns. There is a scarf on her neck."
        ),
        color_of("dupatta", "pink", "other_garment_color"),
        Q.pattern("striped"),
        Q.material("chiffon"),
        wearing("the person is wearing a pink kurta, white palazzo and a yellow dupatta"),
        describe("dupatta", "the dupatta is described as a dupatta", "restated"),
        is_a("dupatta", "no", "contradiction"),
        title="Dupatta Bazaar Yellow & Orange Leheriya Chiffon Dupatta",
        category="Dupatta",
        color="Yellow",
        gender="Women",
    ),
    # photo: black straight kurta with white thread embroidery at the neck only, plain cuffs, three-quarter sleeves,
    # white palazzos, no dupatta; white backdrop. Row has no category. Caption ep. 3; VQA adapter answers.
    case(
        "X630-032",
        caption(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. It has a round neckline. The "
            "gentleman wears long trousers with pure color patterns.",
            "pronoun",
        ),
        Q.color("black"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        wearing("a black kurta with white embroidery at the neck and white palazzo pants"),
        Q.garment_type("kurta"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details(
            "kurta",
            "white embroidery around the neckline and three quarter sleeves with embroidered cuffs and a matching "
            "dupatta",
            "unsupported",
        ),
        title="Sangria Women Black Embroidered Straight Kurta",
        color="Black",
        gender="Women",
    ),
    # photo: pink solid cotton palazzos under a navy blue floral-printed kurti with three-quarter sleeves; white
    # backdrop, full-length front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-033",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The lady wears long trousers. The "
            "trousers are with cotton fabric and pure color patterns."
        ),
        color_of("palazzo", "navy blue", "other_garment_color"),
        Q.color("pink"),
        wearing("pink", "non_answer"),
        Q.material("cotton"),
        details(
            "palazzo",
            "The palazzo is made of cotton and has a wide leg. The palazzo is made of cotton and has a wide leg. "
            "The pal",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Pink Solid Cotton Palazzos",
        category="Palazzos",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green A-line kurta with a gold-printed yoke, three-quarter sleeves, round neck, flared hem,
    # beige palazzos; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-034",
        caption(
            "The lady is wearing a medium-sleeve shirt with graphic patterns. It has a round neckline. The lady "
            "wears long trousers. The trousers are with pure color patterns."
        ),
        Q.color("green"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        wearing("she is wearing a green kurta and beige pants"),
        details("kurta", "gold print on the yoke, round neck, three quarter sleeves and a flared hem"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        title="W Women Olive Green Printed A-Line Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: indigo blue cotton straight kurta with white dabu floral print, three-quarter sleeves, round neck,
    # white palazzos, no ring or watch; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-035",
        caption(
            "This lady is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a round neckline. This lady wears long trousers. The trousers are with pure color patterns. There "
            "is a ring on her finger. This lady wears a watch on",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.pattern("printed"),
        wearing("The woman is wearing a blue kurta with white flowers and white pants."),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.material("linen", "contradiction"),
        title="Fabindia Women Indigo Blue Dabu Print Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: red solid churidar gathered at the ankles under a plain black long-sleeved kurta with a V-neck and no
    # buttons; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-036",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. It has a V-shape neckline. The lady "
            "wears long leggings. The leggings are with pure color patterns."
        ),
        color_of("churidar", "red"),
        Q.garment_type("churidar"),
        wearing("a black kurta and red churidar"),
        details("churidar", "yes", "non_answer"),
        is_a("churidar", "yes"),
        describe(
            "churidar",
            "a red churidar with gathers at the ankle and a black kurta over it with gold buttons down the front",
            "unsupported",
        ),
        title="Go Colors Women Red Solid Churidar",
        category="Churidar",
        color="Red",
        gender="Women",
    ),
    # photo: sea green (mint) kurti with white chikan embroidery on the front, short sleeves, round neck, white
    # jeans; white backdrop. Row has no category. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-037",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. It has a round neckline. The lady wears "
            "long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        Q.color("green"),
        color_of("kurti", "mint green", kind="open"),
        wearing("he is wearing a mint green kurti and white jeans", "pronoun"),
        Q.pattern("embroidered"),
        describe(
            "kurti",
            "The kurti is green with white embroidery on the front and has short sleeves and a round neck. The "
            "kurti is green with white",
            "loop",
            hit_limit=True,
        ),
        title="Vishudh Women Sea Green Embroidered Kurti",
        color="Sea Green",
        gender="Women",
    ),
    # photo: sleeveless straight kurta with an ajrakh print in rust with indigo and white outlines (the seller calls
    # it Brown; it looks rust), round neck, black palazzos; white backdrop. Caption ep. 3; VQA adapter answers.
    case(
        "X630-038",
        caption(
            "The lady is wearing a sleeveless shirt with graphic patterns. It has a round neckline. The lady wears "
            "long trousers with pure color patterns."
        ),
        Q.color("rust"),
        Q.sleeve_length("sleeveless"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        wearing("a rust kurta with blue and white print and black pants"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "the details are the details of the kurta", "restated"),
        title="Rangriti Women Brown Ajrakh Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: grey palazzos with a white chevron print, waist hidden under a pink short-sleeved V-neck kurti; white
    # backdrop, full-length front view. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-039",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. It has a V-shape neckline. The lady "
            "wears long trousers. The trousers are with graphic patterns."
        ),
        color_of("palazzo", "pink", "other_garment_color"),
        Q.color("grey"),
        Q.pattern("chevron"),
        wearing("a pink kurti and grey and white pants"),
        describe(
            "palazzo",
            "grey palazzo pants with white zig zag print, wide legs and an elastic waist, worn with a pink kurti with "
            "short sleeves and a v neck and a",
            "cut",
            hit_limit=True,
        ),
        title="AURELIA Women Grey & White Chevron Print Palazzos",
        category="Palazzos",
        color="Grey",
        gender="Women",
    ),
    # photo: orange hip-length kurti with white floral print, long sleeves, round neck, blue jeans, a watch on the
    # left wrist, hand on hip; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-040",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The lady wears long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("orange"),
        color_of("kurti", "blue", "other_garment_color", kind="open"),
        wearing("she is wearing an orange kurti with white flowers and blue jeans and a watch"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("floral"),
        Q.garment_type("top"),
        title="HERE&NOW Women Orange & White Floral Print Kurti",
        category="Kurtis",
        color="Orange",
        gender="Women",
    ),
    # photo: green art-silk dupatta with a pink zari border over both shoulders of a model in a white long-sleeved
    # kurta and white churidar; white backdrop. Row has no category. Caption ep. 3; VQA adapter answers.
    case(
        "X630-041",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. It has a round neckline. There is a "
            "scarf on her neck. The lady wears long leggings with pure color patterns. There is a scarf on her neck. "
            "There is a scarf on her neck. There",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("dupatta", "white", "other_garment_color"),
        describe("dupatta", "a green dupatta with a pink border"),
        wearing("a white kurta, white churidar and a green dupatta with pink border"),
        Q.material("silk"),
        Q.garment_type("dupatta"),
        title="Varanga Green & Pink Zari Border Art Silk Dupatta",
        color="Green",
        gender="Women",
    ),
    # photo: pink straight kurta with white floral print, three-quarter sleeves, round neck, green solid palazzos;
    # white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-042",
        caption(
            "The person is wearing a medium-sleeve shirt with floral patterns. It has a round neckline. The person "
            "wears long trousers. His trousers are with pure color patterns.",
            "pronoun",
        ),
        Q.color("green", "other_garment_color"),
        color_of("kurta", "pink", kind="open"),
        wearing(
            "the person is wearing a pink kurta and green pants and a pink kurta and green pants and a pink kurta "
            "and green pants",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        details("kurta", "white flowers, three quarter sleeves, round neck"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Libas Women Pink & White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: beige solid churidar under a green solid kurta with three-quarter sleeves and a V-neck, bare wrists;
    # white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-043",
        caption(
            "This woman wears a medium-sleeve shirt with pure color patterns. It has a V-shape neckline. This woman "
            "wears long leggings. The leggings are with pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("churidar", "green", "other_garment_color"),
        Q.color("beige"),
        wearing("a green kurta and beige churidar"),
        details("churidar", "Answer: beige churidar with gathers at the ankle", "leak"),
        Q.garment_type("churidar"),
        title="De Moza Women Beige Solid Churidar",
        category="Churidar",
        color="Beige",
        gender="Women",
    ),
    # photo: black kurti with a multicoloured embroidered yoke, three-quarter sleeves, round neck, blue jeans, no
    # rings; white backdrop. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-044",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. It has a round neckline. The lady "
            "wears long trousers. The trousers are with denim fabric and pure color patterns. The lady wears a ring "
            "on her finger. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("embroidered"),
        wearing("black kurti and jeans"),
        color_of("kurti", "blue", "other_garment_color", kind="open"),
        describe("kurti", "black", "non_answer"),
        Q.material("cotton", "unsupported"),
        title="W Women Black Embroidered Yoke Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: yellow cotton straight kurta with white chikan embroidery on the front, three-quarter sleeves with
    # scalloped hems, round neck, white palazzos, a white dupatta over one arm; white backdrop. No category.
    # Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-045",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears long trousers. The trousers are with pure color patterns."
        ),
        Q.color("yellow"),
        is_a("dress", "yes", "contradiction"),
        wearing("a yellow kurta and white pants and a white dupatta"),
        Q.material("cotton"),
        details("kurta", "white chikan embroidery on the front and three quarter sleeves with scalloped edges"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="ADA Women Yellow Chikankari Embroidered Cotton Straight Kurta",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy blue and white ikat-print cotton palazzos under a mustard yellow sleeveless kurti with a round
    # neck; white backdrop. Row has no category. Caption adapter ep. 3; VQA adapter answers.
    case(
        "X630-046",
        caption(
            "The lady is wearing a sleeveless shirt with pure color patterns. It has a round neckline. The lady "
            "wears long trousers. The trousers are with cotton fabric and graphic patterns."
        ),
        color_of("palazzo", "yellow", "other_garment_color"),
        Q.color("navy blue"),
        Q.garment_type("palazzos"),
        wearing("she is wearing a yellow top and blue and white pants"),
        describe("palazzo", "the palazzo is the palazzo", "restated"),
        Q.material("cotton"),
        title="Jaipur Kurti Women Navy Blue & White Ikat Print Cotton Palazzos",
        color="Navy Blue",
        gender="Women",
    ),
]
