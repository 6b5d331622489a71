"""BLIND_519 (46 products; Myntra women's night: kurtis, tops, tees, shirts, dresses, co-ords, bottoms, shrugs): written
blind in the fiftieth session. Measured blind at 29ab43a (the session's rules as they stood): 108/125 failures found
(86.4%) and 6/154 correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: one night of enrich over a Myntra women's catalog feed: kurtis and kurtas, tops, t-shirts, shirts, dresses,
co-ord sets, jeans, palazzos, leggings, skirts and shrugs, each photographed on a model who also wears other clothes
(a tee under a shrug, a kurta over leggings or palazzos, a top over jeans or a skirt), mostly on plain studio
backdrops, some against coloured walls, a brick wall, a garden or a plant. The questionnaire is enrich's default one
plus the experiments' own questions: "What is she wearing?", "What is the color of the top / dress / kurta / jeans?",
"Describe the top." (or the product's garment), "What are the top details?". Each row has the seller's title,
category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: open answers (wearing, description, details, material) come from the untuned base
`Salesforce/blip2-opt-2.7b` unless the comment above the case names the caption adapter; the base model writes short
lowercase texts and stops on its own (never hit_limit). Captions come from the base model unless the comment names
the caption adapter (epoch 1, `..._Caption_First_Epoch`, or epoch 3, `..._Blip2_Finetune_Caption`): the adapter was
trained with no end token, writes the DeepFashion template (patterns, never hue names), runs to its limit (50 new
tokens for captions, 30 for answers, hit_limit=True) and returns the template whatever it is asked. Closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's
`--engine reference` answers through the VQA adapter, values picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: yellow for mustard, red for maroon, blue for navy, green for teal, olive, sea green or
  emerald, pink for peach, purple for lavender, tan for beige, grey/gray for charcoal or grey melange. Blue for
  lavender, black for navy or charcoal, brown for beige are contradiction.
- A print, trim or wall color given as the garment's color (white for a mustard kurta with white flowers, gold for a
  teal kurta with gold foil print, pink for a white kurta shot against a pink wall, white for black polka dots on a
  black dress) is contradiction; the color of another garment worn in the photo (the jeans under a top, the kurta
  over palazzos, the tee under a shrug) is other_garment_color. Where a wrong color is both a print color and the
  color of another piece, the other piece wins (other_garment_color).
- "What is the color of the top?" asked of a jeans or shrug product is answered about the top in the photo: the top's
  real color there is correct.
- One color for two pieces of different colors ("a black top and black jeans" over blue jeans) is contradiction;
  co-ords in one color named piece by piece in that color are correct.
- Synonyms that are correct: kurta or top for a kurti, dress for a floor-length anarkali kurta, cardigan for a shrug,
  pants or trousers for palazzos, shirt for a t-shirt or top in the wearing answer, plaid for checks, tie dye for a
  tie-dye print; the closed patterns "floral" for a tropical leaf print and "printed" for tie-dye. A straight or
  A-line kurta, or a kurti worn over jeans, called "dress" (the adapter does this), a shirt dress called "a shirt",
  palazzos picked as "skirt" or "kurta", a shrug picked as "dress", pleats as "striped", joggers as "shorts" are
  contradiction. "Is this a shrug?" answered "no" for a shrug is contradiction.
- Materials: the title's fabric, chiffon for georgette, cotton on a plain cotton-look or printed fabric, lace for a
  lace top, spandex for stretch gym leggings are correct. Silk for satin, wool for a crochet shrug or a flannel-look
  checked shirt, denim for a plain sea green shirt dress are unsupported. A material answered with the garment's name
  and color, or with the question itself, is restated; an empty answer is non_answer.
- Invented items (necklace, hat, belt, slit, zipper on an unseen back, pockets, ripped knees, bows, gold buttons,
  letters that are not the printed word) are unsupported; a belt or earrings really in the photo are correct.
- Adapter texts: a repeated template sentence (or a repeated sentence opening) is loop; a text stopping mid-sentence
  without repeating is cut, even where it also names a wrong fabric; a template returned for the material question is
  restated. A template that calls a straight kurta a "dress" is contradiction (the misnaming shows first). One
  adapter caption (X519-014) ends exactly on a full stop at its 50th token and describes the photo right: correct,
  hit_limit kept.
- Base texts: an early stop mid-phrase ("she is wearing a", "it is made of") is cut without hit_limit; "they are
  jeans", "the details of the pants", "it is a black top" for details and "the top is a top" are non_answer or
  restated (restated where the question's own words come back); a run-on into "Question: ... Answer: ..." is leak;
  "a man" or "he" for a woman is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, describe, details, is_a, question

she = question("wearing", "What is she wearing?", "open")
color_top = question("color_top", "What is the color of the top?", "closed")
color_dress = question("color_dress", "What is the color of the dress?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")

BLIND_519 = [
    # photo: model in a mustard straight kurta with a white floral print, three-quarter sleeves, worn over white
    # palazzos; plain white studio backdrop, front view, full length.
    # details: caption adapter (epoch 3)
    case(
        "X519-001",
        caption("a woman in a yellow kurta and white pants"),
        D.wearing("a yellow kurta with white flowers"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        color_kurta("white", "other_garment_color"),
        D.details(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Floral Printed Straight Cotton Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black ribbed sleeveless crop top with mid-blue jeans; light grey backdrop, front view.
    # caption: caption adapter (epoch 3)
    case(
        "X519-002",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a black top and black jeans", "contradiction"),
        color_top("black"),
        D.sleeve_length("sleeveless"),
        describe("top", "a black crop top"),
        details("top", "it is a black top", "non_answer"),
        title="Women Black Solid Ribbed Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white short-sleeve t-shirt with "bonjour" printed in pink script on the chest, blue jeans;
    # white wall, front view.
    case(
        "X519-003",
        caption("a woman wearing a white t-shirt with the word bonjour on it"),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("t-shirt"),
        D.color("pink", "contradiction"),
        D.pattern("printed"),
        details("t-shirt", "the word love in pink letters", "unsupported"),
        title="Women White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a blue and white vertical striped long-sleeve shirt, sleeves rolled, with white trousers; plain
    # off-white backdrop.
    # details: caption adapter (epoch 1)
    case(
        "X519-004",
        caption("a woman in a blue striped shirt and white pants"),
        she("a blue shirt and blue pants", "contradiction"),
        color_top("blue"),
        D.pattern("striped"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Blue & White Striped Regular Fit Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a maroon A-line midi dress with flutter sleeves and a self tie belt at the waist; beige
    # backdrop, front view, no slit visible.
    # caption: caption adapter (epoch 3)
    case(
        "X519-005",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        she("a red dress"),
        color_dress("maroon"),
        D.sleeve_length("short sleeves"),
        D.details("it has a belt and a slit", "unsupported"),
        D.material("silk", "unsupported"),
        is_a("dress", "yes"),
        title="Women Maroon Solid A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a co-ord set, green shirt and straight trousers with a green and white tropical leaf print;
    # white backdrop, full length.
    # description: caption adapter (epoch 3)
    case(
        "X519-006",
        caption("a woman in a green and white floral shirt and pants"),
        D.wearing("a green shirt and white pants", "contradiction"),
        D.color("green"),
        D.pattern("floral"),
        color_top("white", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Green Tropical Printed Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: model in blue skinny jeans with a plain white tee tucked in (no belt), white sneakers; grey backdrop,
    # full length.
    case(
        "X519-007",
        caption("a woman in a white shirt and blue jeans"),
        she("a white top and jeans with a black belt", "unsupported"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "they are jeans", "non_answer"),
        title="Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black flared palazzos under a knee-length pink printed kurta; white backdrop, full length.
    case(
        "X519-008",
        caption("a woman in a pink kurta and black pants"),
        D.wearing("a pink dress", "contradiction"),
        D.garment_type("kurta", "contradiction"),
        D.color("pink", "other_garment_color"),
        D.material("rayon"),
        title="Women Black Solid Flared Rayon Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in white ankle-length leggings under a navy blue straight kurta; white backdrop, full length.
    # caption: caption adapter (epoch 1)
    case(
        "X519-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she("a blue kurta and white leggings"),
        D.color("white"),
        D.garment_type("leggings"),
        D.material("cotton"),
        D.details("they are white", "non_answer"),
        title="Women White Solid Cotton Ankle-Length Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: model in a black flared midi skirt with red and pink flowers, plain black tee tucked in; white backdrop.
    case(
        "X519-010",
        caption("a woman in a black top and floral skirt"),
        D.wearing("a black shirt and a floral skirt"),
        D.color("black"),
        D.pattern("floral"),
        D.description(
            "a black skirt with red flowers and a black top Question: what is the color of the top? Answer: black",
            "leak",
        ),
        D.details("it has pockets", "unsupported"),
        title="Women Black Floral Printed Flared Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a beige crochet open-front shrug with three-quarter sleeves over a black tank top and blue
    # jeans; white backdrop, front view.
    # caption: caption adapter (epoch 3)
    case(
        "X519-011",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The "
            "lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        she("a black top and a tan cardigan"),
        color_top("black"),
        D.color("black", "other_garment_color"),
        is_a("shrug", "yes"),
        D.material("wool", "unsupported"),
        title="Women Beige Crochet Open Front Shrug",
        category="Shrugs",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a navy blue A-line kurta with white thread embroidery on the yoke, three-quarter sleeves, white
    # trousers; no jewellery; light grey backdrop.
    # details: caption adapter (epoch 3)
    case(
        "X519-012",
        caption("a woman in a blue kurta with white embroidery"),
        she("a blue kurta and white pants"),
        color_kurta("black", "contradiction"),
        D.pattern("embroidered"),
        describe(
            "kurta",
            "it is a blue kurta with white embroidery and a gold necklace",
            "unsupported",
        ),
        details(
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        D.material("cotton and silk", "unsupported"),
        title="Women Navy Blue Yoke Design Cotton A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a peach sleeveless georgette top with ruffles at the shoulders, white jeans; pastel backdrop.
    # details: caption adapter (epoch 1)
    case(
        "X519-013",
        caption("a woman in a pink top and white jeans"),
        D.wearing("a pink top with ruffles"),
        D.color("white", "other_garment_color"),
        describe("top", "a pink top with ruffles on the shoulders"),
        details(
            "top",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "lady wears a sleeveless tank",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women Peach-Coloured Ruffled Georgette Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a lavender round-neck short-sleeve t-shirt with grey joggers; white backdrop.
    # caption: caption adapter (epoch 1), ends on a full stop at its 50th token
    case(
        "X519-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        she("a blue t-shirt and grey pants", "contradiction"),
        D.color("purple"),
        color_top("grey", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.garment_type("t-shirt"),
        title="Women Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: short-haired model in a white oversized long-sleeve shirt with one chest pocket and white buttons, black
    # trousers; grey backdrop.
    case(
        "X519-015",
        caption("a man in a white shirt and black pants", "pronoun"),
        D.wearing("a white shirt and black pants"),
        D.color("white"),
        D.details("it has a pocket on the chest and gold buttons", "unsupported"),
        D.material("a white shirt", "restated"),
        D.garment_type("shirt"),
        title="Women White Oversized Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black wrap dress with white polka dots, short sleeves, knee length; white backdrop.
    # caption and material: caption adapter (epoch 3)
    case(
        "X519-016",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of knee length. The lady wears a short-sleeve dress with graphic patterns.",
            "loop",
            hit_limit=True,
        ),
        she("a black and white polka dot dress"),
        color_dress("white", "contradiction"),
        D.pattern("polka dots"),
        D.sleeve_length("short sleeves"),
        D.material(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape",
            "restated",
            hit_limit=True,
        ),
        title="Women Black & White Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a beige linen co-ord, short-sleeve shirt with a chest pocket and shorts, no belt; beige wall with
    # a potted plant beside her.
    case(
        "X519-017",
        caption("a woman in a beige shirt and shorts standing next to a plant"),
        D.wearing("a beige shirt and shorts"),
        D.color("brown", "contradiction"),
        D.material("linen"),
        D.details("it has a pocket and buttons and a belt", "unsupported"),
        D.description(
            "a beige shirt and shorts Question: what is the color of the shorts? Answer: beige",
            "leak",
        ),
        title="Women Beige Linen Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: model in black high-rise mom-fit jeans with a white tee tucked in; white backdrop, full length.
    # caption: caption adapter (epoch 1)
    case(
        "X519-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        she("a white shirt and blue jeans", "contradiction"),
        color_jeans("black"),
        color_top("white"),
        details("jeans", "high waisted with a button"),
        D.material("denim"),
        title="Women Black Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in wide-leg white palazzos with a blue floral block print, worn with a plain blue top; white
    # backdrop, full length.
    case(
        "X519-019",
        caption("a woman in a blue top and white pants"),
        D.wearing("a blue top and blue pants", "contradiction"),
        D.garment_type("skirt", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.pattern("floral"),
        D.details("they have a drawstring and pockets", "unsupported"),
        title="Women White & Blue Floral Printed Wide Leg Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings under a red knee-length kurti; white backdrop, full length.
    # details: caption adapter (epoch 3)
    case(
        "X519-020",
        caption("a woman in a red kurta and black leggings"),
        D.wearing("a red top and black leggings"),
        D.garment_type("leggings"),
        D.color("red", "other_garment_color"),
        D.material("lycra"),
        D.details(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # photo: model in a blue denim A-line mini skirt with a button front and two front pockets, a white and navy
    # striped tee tucked in; white backdrop.
    case(
        "X519-021",
        caption("a woman in a striped shirt and denim skirt"),
        D.wearing("a striped shirt and a white skirt", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.color("blue"),
        D.details("it has buttons down the front and pockets"),
        D.material("denim"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink longline open-front shrug with long sleeves, no pockets, over a white tee and blue jeans;
    # white backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X519-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton",
            "loop",
            hit_limit=True,
        ),
        she("a pink cardigan, a white shirt and jeans"),
        D.color("pink"),
        is_a("shrug", "no", "contradiction"),
        D.garment_type("shrug"),
        describe("shrug", "a pink cardigan with long sleeves and pockets", "unsupported"),
        title="Women Pink Solid Longline Open Front Shrug",
        category="Shrugs",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a floor-length teal anarkali kurta with gold foil ethnic motifs, long sleeves, no belt, white
    # churidar; cream backdrop.
    case(
        "X519-023",
        caption("a woman in a green dress with gold designs"),
        she("a green and gold dress"),
        color_kurta("gold", "contradiction"),
        D.pattern("printed"),
        D.details("gold print on the neck and sleeves with a belt", "unsupported"),
        is_a("kurta", "yes"),
        title="Women Teal Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: model in an olive green ribbed sleeveless tank top with black jeans; white backdrop.
    case(
        "X519-024",
        caption("a woman in a green tank top and black jeans"),
        D.wearing(
            "a green tank top Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        describe("top", "the top is a top", "restated"),
        D.material("cotton"),
        title="Women Olive Green Solid Ribbed Tank Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a red and white horizontal striped short-sleeve t-shirt with mid-blue jeans; white backdrop.
    # caption and details: caption adapter (epoch 3)
    case(
        "X519-025",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        she("a red and white striped shirt and black pants", "contradiction"),
        color_top("red"),
        D.pattern("striped"),
        details(
            "t-shirt",
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The lady "
            "wears a short-sleeve T-shirt with striped",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Red & White Striped Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in a red and black buffalo check long-sleeve shirt worn open over a plain black tee, black jeans;
    # grey backdrop.
    # description: caption adapter (epoch 3)
    case(
        "X519-026",
        caption("a woman in a red and black plaid shirt"),
        she("a black shirt and black jeans", "other_garment_color"),
        D.pattern("checked"),
        D.color("red"),
        describe(
            "shirt",
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Women Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in a yellow sleeveless maxi dress with a small white and green floral print, no slit, no hat;
    # outdoors in a garden with green plants behind her.
    case(
        "X519-027",
        caption("a woman in a yellow dress standing in a garden"),
        she("a yellow dress with flowers and a hat", "unsupported"),
        color_dress("green", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.details("it has a slit on the side", "unsupported"),
        title="Women Yellow Floral Printed Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a black satin co-ord, long-sleeve button-front shirt and straight trousers; grey backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X519-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a black shirt and black pants"),
        D.color("black"),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves"),
        details("shirt", "buttons and a collar"),
        title="Women Black Satin Shirt & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue wide-leg high-rise jeans (no rips) with a black crop top, white sneakers; white
    # backdrop, full length.
    case(
        "X519-029",
        caption("a woman in a black top and black jeans", "contradiction"),
        she("a black crop top and blue jeans"),
        color_jeans("blue"),
        D.color("black", "other_garment_color"),
        D.garment_type("jeans"),
        details(
            "jeans",
            "they are wide leg jeans with a high waist and ripped knees",
            "unsupported",
        ),
        title="Women Light Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in maroon flared palazzos under a cream straight kurta; white backdrop, full length.
    # details: caption adapter (epoch 1)
    case(
        "X519-030",
        caption("a woman in a white kurta and red pants"),
        D.wearing("a white kurta and maroon pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("palazzos"),
        D.material("", "non_answer"),
        D.details(
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a long trousers.",
            "loop",
            hit_limit=True,
        ),
        title="Women Maroon Solid Flared Palazzos",
        category="Palazzos",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a black accordion-pleated midi skirt with a white long-sleeve shirt tucked in; grey backdrop.
    # caption: caption adapter (epoch 1)
    case(
        "X519-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a white shirt and black skirt"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.description("he is wearing a black pleated skirt", "pronoun"),
        D.details("pleats"),
        title="Women Black Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white chikankari straight kurta with white embroidery, three-quarter sleeves, white leggings;
    # standing in front of a pink painted wall.
    # description: caption adapter (epoch 3)
    case(
        "X519-032",
        caption("a woman in a white kurta standing in front of a pink wall"),
        she("a white kurta and white leggings"),
        color_kurta("pink", "contradiction"),
        D.pattern("embroidered"),
        describe(
            "kurta",
            "Her upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. Her "
            "upper clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a white short-sleeve lace top with blue jeans, no jewellery; standing against a blue wall.
    case(
        "X519-033",
        caption("a woman in a white lace top standing against a blue wall"),
        D.wearing(
            "a white top and blue jeans Question: what is the color of the wall? Answer: blue",
            "leak",
        ),
        D.color("blue", "other_garment_color"),
        D.pattern("lace"),
        describe("top", "a white top with lace and a necklace", "unsupported"),
        D.material("lace"),
        title="Women White Lace Regular Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue V-neck short-sleeve t-shirt with khaki trousers; white backdrop.
    case(
        "X519-034",
        caption("a woman in a blue shirt and khaki pants"),
        she("she is wearing a", "cut"),
        D.color("navy"),
        D.garment_type("t-shirt"),
        details("t-shirt", "v neck"),
        D.material("a blue t-shirt", "restated"),
        title="Women Navy Blue Solid V-Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a sea green knee-length shirt dress with a self-fabric belt, button front, long sleeves rolled
    # up; white backdrop.
    # details: caption adapter (epoch 1)
    case(
        "X519-035",
        caption("a woman in a green shirt dress with a belt"),
        she("a green shirt and a belt", "contradiction"),
        color_dress("green"),
        is_a("dress", "yes"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        D.material("denim", "unsupported"),
        title="Women Sea Green Solid Shirt Dress with Belt",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a black sheer longline shrug with long sleeves over a red sleeveless dress; grey backdrop.
    # description: caption adapter (epoch 3)
    case(
        "X519-036",
        caption("a woman in a red dress and a black sheer cardigan"),
        D.wearing("a red dress and a black shrug"),
        D.garment_type("dress", "contradiction"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Sheer Longline Shrug",
        category="Shrugs",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue and white tie-dye co-ord, short-sleeve top and ankle-length joggers, no hat; white
    # backdrop.
    case(
        "X519-037",
        caption("a woman in a blue and white tie dye outfit"),
        she("a blue and white tie dye shirt and blue shorts", "contradiction"),
        D.color("blue"),
        D.pattern("printed"),
        color_top("blue"),
        D.description("a blue and white tie dye top and blue pants and a blue hat", "unsupported"),
        title="Women Blue & White Tie-Dye Top with Joggers Co-Ord Set",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: model in grey melange gym leggings with a plain oversized black tee; gym backdrop with a dumbbell rack.
    # caption: caption adapter (epoch 1)
    case(
        "X519-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        she("a black t-shirt and black leggings", "contradiction"),
        D.color("grey"),
        D.material("spandex"),
        D.details("they have a pocket on the side and a drawstring", "unsupported"),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Grey Melange Solid Gym Leggings",
        category="Leggings",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in dark navy bootcut jeans with a yellow top; red brick wall behind her, full length.
    case(
        "X519-039",
        caption("a woman in a yellow top and blue jeans standing in front of a brick wall"),
        she("a yellow shirt and blue jeans"),
        color_jeans("black", "contradiction"),
        color_top("yellow"),
        D.garment_type("jeans"),
        details(
            "jeans",
            "bootcut Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Women Navy Blue Bootcut Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard off-shoulder smocked top with long sleeves, no bow, white jeans; white backdrop.
    # caption: caption adapter (epoch 3); details: caption adapter (epoch 1)
    case(
        "X519-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has no "
            "neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        she("a yellow top and white jeans"),
        color_top("yellow"),
        D.sleeve_length("long sleeves"),
        describe("top", "a yellow top with a bow", "unsupported"),
        details(
            "top",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Off-Shoulder Smocked Bardot Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in an emerald green satin long-sleeve party shirt with black trousers; dark grey backdrop.
    # details: caption adapter (epoch 3)
    case(
        "X519-041",
        caption("a woman in a green shirt"),
        D.wearing("a green shirt and green pants", "contradiction"),
        D.color("green"),
        D.material("satin"),
        D.description("a green silk shirt with long sleeves", "unsupported"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        title="Women Green Solid Satin Party Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: model in a navy blue sleeveless bodycon midi dress, gold hoop earrings, front view (back not shown);
    # grey backdrop.
    case(
        "X519-042",
        caption("a woman in a black dress with gold earrings", "contradiction"),
        she("a blue dress and gold earrings"),
        color_dress("navy"),
        D.sleeve_length("sleeveless"),
        D.details("it has a zipper on the back", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Navy Blue Solid Bodycon Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white short-sleeve kurti with a black geometric print, worn with blue jeans; white backdrop.
    case(
        "X519-043",
        caption("a woman in a white and black printed top and jeans"),
        she("a white dress and jeans", "contradiction"),
        color_kurta("black", "contradiction"),
        D.pattern("geometric"),
        D.material("cotton"),
        D.details("he is wearing a white shirt with black print", "pronoun"),
        title="Women White & Black Geometric Printed Pure Cotton Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: model in a green floral wrap midi skirt with a white top tucked in; white backdrop. The feed row has no
    # color column.
    # details: caption adapter (epoch 3)
    case(
        "X519-044",
        caption("a woman in a white top and green floral skirt"),
        D.wearing("a white shirt and a green skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.details(
            "The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. The lady wears a long "
            "skirt. The skirt",
            "loop",
            hit_limit=True,
        ),
        D.material("what material is the skirt made of", "restated"),
        title="Women Green Floral Print Wrap Midi Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: model in black and white vertical striped palazzos with a plain black top; white backdrop.
    # material: caption adapter (epoch 1)
    case(
        "X519-045",
        caption("a woman in black and white striped pants"),
        she("a black top and striped pants"),
        D.pattern("striped"),
        D.color("white", "contradiction"),
        D.details("the details of the pants", "non_answer"),
        D.material(
            "The lady wears a long trousers. The trousers are with cotton fabric and striped patterns. The lady wears "
            "a",
            "restated",
            hit_limit=True,
        ),
        title="Women Black & White Striped Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in a charcoal grey short-sleeve t-shirt with "NYC" printed in white, black jeans; white backdrop.
    # The feed row has no color column.
    case(
        "X519-046",
        caption("a woman wearing a grey t-shirt with nyc on it"),
        she("a gray t-shirt and black jeans"),
        color_top("black", "other_garment_color"),
        D.garment_type("t-shirt"),
        describe("t-shirt", "he is wearing a grey t-shirt with nyc on it", "pronoun"),
        details("t-shirt", "the details of the t-shirt", "non_answer"),
        title="Women Charcoal Grey Printed Round Neck T-shirt",
        category="Tshirts",
        gender="Women",
    ),
]
