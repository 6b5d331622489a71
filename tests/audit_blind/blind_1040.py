"""BLIND_1040 (46 products; Myntra men's tops, caption then extractive QA): written blind in the fifty-ninth session.
Measured blind at c12f507 (the session's second rules): 112/127 failures found (88.2%) and 6/182 correct texts flagged
(3.3%). The writer's notes, verbatim:

Scenario: one night of a Myntra-like feed of men's t-shirts, polos and sweatshirts (article types Tshirts and
Sweatshirts; polos sit under Tshirts as Myntra files them). Catalog photos at 224x224 on a white (a few on a light
grey) backdrop, mostly worn by a male model with jeans, chinos, shorts or track pants, some under an open jacket,
a few flat lays, a pack shot and back views. Props seen: sunglasses, a backpack, a golf club, a watch, a cap.

Who wrote what: the caption comes first, from one of three models, and every open answer is then an extractive
span that timpal0l/mdeberta-v3-base-squad2 cut out of that caption. Where the QA model returned its null answer the
job fell back to generation for that one question. Each product's comment names its models.
- base: untuned Salesforce/blip2-opt-2.7b. Short lower-case captions that stop cleanly and name hues ("a man wearing
  a navy blue polo shirt and jeans"); swaps colors between garments, invents print motifs and hoods.
- E3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3). The DeepFashion-MultiModal template with no hue names
  ("pure color patterns", "cotton fabric"), calls any sweatshirt a sweater, often says "the lady"/"her" for a man,
  adds accessories, has no end token, so every caption runs to the 50-token limit (loops, stops mid-sentence, or
  now and then lands on a full stop).
- E1: the epoch-1 checkpoint of the same adapter. The template with a hue word slipped in ("a short-sleeve red
  T-shirt"); also no end token, always 50 tokens.
- fallback: the night ran an A/B of two fallback generators, picked per question, so the comment names which one
  answered. Base BLIP-2 (stops at the newline; short, sometimes "yes"/"no", "she", or the question restated, and
  invents logos and pockets) or leoreigoto/Data3_V3_BLIP2_VQA (30 tokens, no end token: runs on into the next
  "Question: ... Answer:", loops a word, or is cut mid-clause).
- closed answers (garment_type, color, pattern, sleeve_length, neckline, "Is this a ...?") come from enrich's
  --engine reference, one candidate picked per question: never looped or cut, but can be the wrong candidate.

Labeling conventions and judgement calls:
- One failure kind per text; where a caption has two faults I let the caption stop cleanly so only one applies.
- "sweater" for a cotton-fleece sweatshirt (E3's template word, also base's) is a loose synonym, not a failure.
  A claimed hood on a crew-neck sweatshirt is "unsupported" (an invented detail), not a garment contradiction.
- Shades within one family are correct: purple for lavender, red for burgundy, blue or green for teal, yellow for
  mustard, white for off white, grey for charcoal or grey melange, blue for navy.
- An answer that gives the product the color of the jeans, pants, shorts or the open jacket is "other_garment_color"
  (caption, open or closed). A product color that is wrong but belongs to no other garment is "contradiction"; so is
  a wrong garment type, sleeve length, pattern, a "no"/"yes" that the photo refutes, and the jeans or pants given the
  product's color. The jacket picked as the garment type is "contradiction" (the product is the tee under it).
- A span about a prop given as the garment's details ("a backpack") is "contradiction" (accessory as garment).
  A span about the backdrop ("standing in front of a white wall") given as details is "non_answer".
- "pure color" or "graphic patterns" as the answer to a color question says nothing of the hue: "non_answer".
  One-word "yes", or "they are t-shirts" to an open question: "non_answer". "the polo shirt is a polo shirt" and
  "the details of the sweatshirt": "restated".
- Material from the caption or the fallback that the seller's title contradicts ("cotton" for a Dri-FIT polyester
  tee) is "unsupported"; the jeans' "denim" given as the sweatshirt's material is "contradiction".
- Captions by E3/E1 always carry hit_limit=True. Ending mid-sentence is "cut"; repeating a sentence is "loop"; one
  that happens to end on a full stop at the limit with correct content is correct. A span the QA cut out of a looping
  caption is "loop" with hit_limit=False (the span did not run to a limit; the caption did).
- "the lady"/"her" in a caption of a men's product, and "she" in a fallback answer, are "pronoun"; a "his wrist"
  accessory that the photo shows (a watch, a wristband) is correct.
- Extractive spans that are a correct but shorter part of the caption ("a black t-shirt") are correct; a span that
  repeats a caption's invented motif is "unsupported" like the caption.
- The print's color given as the tee's color ("red" from "a red car" on a black tee) is "contradiction", not
  "other_garment_color": the print is part of the product. A wrong neckline pick is "contradiction".
- "she is wearing ...", "a woman wearing ..." and the span "Her sweater" for a men's product are "pronoun" even where
  the colors in them are right. A one-word color ("white") to "Describe the polo shirt." is "non_answer".
- A fallback that loops a correct color ("white white white ...") is "loop"; one that leaks after a correct color
  ("purple Question: ...") is "leak"; a fallback cut mid-clause with correct content so far is "cut".
- "Is this a t-shirt?" -> "no" for a pack of three tees is "contradiction". The pack's seller color is Multi, so I
  asked no color question there. Rows missing a column: 033 (no category), 028 (no gender), 046 (no color).
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
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the garment?", "closed")
printed = question("print", "What is printed on the garment?", "open")

BLIND_1040 = [
    # photo: navy blue solid polo, two-button placket, worn with light-blue jeans, white backdrop, front view.
    # caption by base; open answers QA spans; material by base fallback.
    case(
        "X1040-001",
        caption("a man wearing a navy blue polo shirt and jeans"),
        wearing("a navy blue polo shirt and jeans"),
        color_of("polo shirt", "navy blue", kind="open"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Roadster Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt with a black "HRX" chest print, black track pants, white backdrop.
    # caption by E3 (cut at the limit); open answers QA spans; print: QA null, VQA adapter fallback (loops).
    case(
        "X1040-002",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has"
            " a round neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric and"
            " pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        color_of("sweatshirt", "graphic patterns", "non_answer", kind="open"),
        printed(
            "hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("sweatshirt"),
        title="HRX by Hrithik Roshan Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black round-neck tee with a large white Puma cat logo, grey jersey shorts, white backdrop.
    # caption by base; open answers QA spans; material by base fallback.
    case(
        "X1040-003",
        caption("a man wearing a black puma t-shirt and grey shorts"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        printed("puma"),
        is_a("t-shirt", "yes"),
        Q.material("polyester", "unsupported"),
        title="Puma Men Black Cotton Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white polo with navy tipping on collar and cuffs, navy chinos, plain white wall behind, front view.
    # caption by base; all open answers QA spans.
    case(
        "X1040-004",
        caption("a man in a white polo shirt and blue pants standing in front of a white wall"),
        wearing("a white polo shirt and blue pants"),
        color_of("polo shirt", "white", kind="open"),
        details("polo shirt", "standing in front of a white wall", "non_answer"),
        color_of("pants", "blue", kind="open"),
        Q.color("white"),
        neckline("v-neck", "contradiction"),
        title="U.S. Polo Assn. Men White Solid Polo T-shirt with Tipping",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon pullover hoodie, kangaroo pocket, white "WROGN" chest print, blue jeans, steel watch, white
    # backdrop. caption by E3 (full stop at the limit); wearing a QA span; color and details: VQA adapter fallback.
    case(
        "X1040-005",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The lady"
            " wears a long trousers. The trousers are with denim fabric and pure color patterns. There is an accessory"
            " on her wrist.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        color_of(
            "sweatshirt",
            "maroon Question: What are the sweatshirt details? Answer: the sweatshirt has a hood and a",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details(
            "sweatshirt",
            "the sweatshirt has a hood and a kangaroo pocket and the word wrogn printed on the front in white letters"
            " and the sleeves",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        is_a("hoodie", "yes"),
        Q.garment_type("hoodie"),
        title="WROGN Men Maroon Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: royal blue Nike Dri-FIT training tee with a small white swoosh, black shorts, white backdrop.
    # caption by base; open answers QA spans; material by base fallback.
    case(
        "X1040-006",
        caption("a man wearing a blue nike t-shirt and black shorts"),
        describe("t-shirt", "a blue nike t-shirt"),
        color_of("t-shirt", "blue", kind="open"),
        color_of("shorts", "black", kind="open"),
        Q.sleeve_length("short"),
        Q.material("cotton", "unsupported"),
        Q.color("black", "other_garment_color"),
        title="Nike Men Blue Dri-FIT Polyester Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: polo in navy and white horizontal stripes, no pocket, beige chinos, white backdrop, front view.
    # caption by base (invents a pocket); open answers QA spans.
    case(
        "X1040-007",
        caption("a man wearing a blue and white striped polo shirt with a pocket", "unsupported"),
        wearing("a blue and white striped polo shirt with a pocket", "unsupported"),
        color_of("polo shirt", "blue and white", kind="open"),
        details("polo shirt", "striped"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        title="Flying Machine Men Navy Blue & White Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain mustard round-neck tee worn under an open olive bomber jacket, black jeans, white backdrop.
    # caption by base; open answers QA spans.
    case(
        "X1040-008",
        caption("a man wearing an olive green jacket and a yellow t-shirt"),
        wearing("an olive green jacket and a yellow t-shirt"),
        color_of("t-shirt", "olive green", "other_garment_color", kind="open"),
        Q.color("olive", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Mast & Harbour Men Mustard Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: red tee with the white Levi's batwing logo, mid-blue jeans, white backdrop.
    # caption by E1 (runs to the limit, cut); open answers QA spans; print: QA null, VQA adapter fallback (leaks).
    case(
        "X1040-009",
        caption(
            "The man wears a short-sleeve red T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The man wears a long blue jeans. The jeans are with denim fabric and pure color"
            " patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve red T-shirt with graphic patterns"),
        color_of("t-shirt", "red", kind="open"),
        Q.material("cotton"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        printed(
            "the levis logo Question: What is the color of the logo? Answer: white Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="Levis Men Red Housemark Logo Cotton Tee",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive pullover hoodie, kangaroo pocket and drawstrings, plain, black joggers, light grey backdrop.
    # caption by E3 (loops); description a QA span of the loop; color and details: VQA adapter fallback.
    case(
        "X1040-010",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric."
            " The sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton"
            " fabric. The sweater is",
            "loop",
            hit_limit=True,
        ),
        describe(
            "sweatshirt",
            "The sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton fabric",
            "loop",
        ),
        color_of(
            "sweatshirt",
            "green green green green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "sweatshirt",
            "a hood and a pocket Question: What is the color of the hoodie? Answer: green Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.color("olive"),
        Q.pattern("solid"),
        is_a("hoodie", "no", "contradiction"),
        title="Highlander Men Olive Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white tee with black "BEING HUMAN" lettering and a cycle graphic, blue jeans, white backdrop.
    # caption by base; open answers QA spans.
    case(
        "X1040-011",
        caption("a man wearing a white t-shirt with a black print on it"),
        wearing("a white t-shirt with a black print on it"),
        color_of("t-shirt", "white", kind="open"),
        printed("a black print"),
        color_of("jeans", "white", "contradiction", kind="open"),
        Q.color("white"),
        Q.sleeve_length("long", "contradiction"),
        title="Being Human Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue polo with three white stripes on each shoulder, white shorts, white backdrop.
    # caption by base; wearing a QA span; details by base fallback.
    case(
        "X1040-012",
        caption("a man in a blue shirt and white shorts"),
        wearing("a blue shirt and white shorts"),
        color_of("polo shirt", "white", "other_garment_color", kind="open"),
        details("polo shirt", "the polo shirt has a zipper and a pocket on the chest", "unsupported"),
        Q.garment_type("polo shirt"),
        Q.color("white", "other_garment_color"),
        title="Adidas Men Blue Essentials 3-Stripes Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal melange crew sweatshirt with a small chest logo, white tee hem showing, black jeans, no hat.
    # caption by E3 (full stop at the limit, invents a hat); open answers QA spans.
    case(
        "X1040-013",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It"
            " has a round neckline. This gentleman wears a hat. The pants this gentleman wears is of long length.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        color_of("sweatshirt", "pure color", "non_answer", kind="open"),
        details("sweatshirt", "This gentleman wears a hat", "unsupported"),
        Q.color("charcoal"),
        Q.sleeve_length("long"),
        neckline("round"),
        title="Jack & Jones Men Charcoal Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: brown tee with a large yellow-and-black tiger face print, khaki shorts, white backdrop.
    # caption by base; open answers QA spans; material and details by base fallback.
    case(
        "X1040-014",
        caption("a man wearing a brown t-shirt with a tiger on it"),
        describe("t-shirt", "a brown t-shirt with a tiger on it"),
        printed("a tiger"),
        details("t-shirt", "the t-shirt has a tiger and the words born to be wild", "unsupported"),
        Q.color("brown"),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton"),
        title="Tantra Men Printed Brown Cotton T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: mustard-yellow polo with thin white stripes, navy shorts, white backdrop.
    # caption by base; open answers QA spans.
    case(
        "X1040-015",
        caption("a man in a yellow and white striped polo shirt and blue shorts"),
        wearing("a yellow and white striped polo shirt and blue shorts"),
        color_of("polo shirt", "yellow and white", kind="open"),
        color_of("shorts", "blue", kind="open"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("striped"),
        is_a("polo shirt", "no", "contradiction"),
        title="Classic Polo Men Stripes Yellow Polo T-Shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: back view, plain grey sports tee, black track pants, white backdrop.
    # caption by base; description a QA span; details: QA null, VQA adapter fallback (loops).
    case(
        "X1040-016",
        caption("the back of a man wearing a grey t-shirt and black pants"),
        describe("t-shirt", "a grey t-shirt"),
        details(
            "t-shirt",
            "the t-shirt has a round neckline and short sleeves. the t-shirt has a round neckline and short sleeves."
            " the t-shirt has a",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("t-shirt"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Proline Men Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: grey melange polo, sunglasses hooked on the placket, dark blue jeans, white backdrop.
    # caption by E1 (cut at the limit); open answers QA spans; details: QA null, VQA adapter fallback (loops).
    case(
        "X1040-017",
        caption(
            "The gentleman wears a short-sleeve grey shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a lapel neckline. The gentleman wears a long jeans. The jeans are with denim fabric and pure"
            " color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve grey shirt with pure color patterns"),
        color_of("shirt", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        details(
            "shirt",
            "the shirt has a collar and buttons and buttons and buttons and buttons and buttons and buttons and",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Solid Grey  Melange Polo Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: dark brown Nike polo, khaki trousers, white backdrop.
    # caption by base; open answers QA spans; material and description by base fallback.
    case(
        "X1040-018",
        caption("a man wearing a brown polo shirt and khaki pants"),
        wearing("a brown polo shirt and khaki pants"),
        color_of("polo shirt", "brown", kind="open"),
        describe("polo shirt", "she is wearing a brown polo shirt and khaki pants", "pronoun"),
        Q.color("khaki", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.material("polyester"),
        title="Nike Mens Polo Dark Brown Dri-FIT Polyester T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: flat lay, beige tee with a small brown Benetton logo print on the chest, no model, white backdrop.
    # caption by base; open answers QA spans; material and print by base fallback.
    case(
        "X1040-019",
        caption("a beige t-shirt with a print on it"),
        wearing("a beige t-shirt"),
        describe("t-shirt", "a beige t-shirt with a print on it"),
        printed("a bicycle", "unsupported"),
        Q.color("beige"),
        Q.garment_type("dress", "contradiction"),
        Q.material("yes", "non_answer"),
        title="United Colors of Benetton Men Printed Beige TShirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: teal tee with a "Mr. Nonsense" cartoon and "MR. MEN" lettering, grey jeans, white backdrop.
    # caption by base; open answers QA spans; material by base fallback.
    case(
        "X1040-020",
        caption("a man wearing a green t-shirt with mr men on it"),
        wearing("a green t-shirt with mr men on it"),
        color_of("t-shirt", "green", kind="open"),
        printed("mr men"),
        Q.color("teal"),
        Q.pattern("solid", "contradiction"),
        Q.material("no", "non_answer"),
        title="Mr. Men Men Nonsense Green Tshirts",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: charcoal tee with a big white skull print, black jeans, black leather wristband, white backdrop.
    # caption by E3 (full stop at the limit, correct); QA spans (material: the trousers' denim); color: VQA fallback.
    case(
        "X1040-021",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure"
            " color patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        details("t-shirt", "graphic patterns"),
        color_of(
            "t-shirt",
            "Question: What is the color of the t-shirt? Answer: black Question: What is the color of the t-shirt?"
            " Answer: black Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.color("charcoal"),
        Q.pattern("printed"),
        Q.material("denim", "contradiction"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: yellow Puma tee with a print down the back seam (front plain but for a logo), white shorts, white
    # sneakers, white backdrop. caption by base; open answers QA spans; details by base fallback.
    case(
        "X1040-022",
        caption("a man wearing a yellow t-shirt and white shorts"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        color_of("shorts", "white", kind="open"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        Q.color("yellow"),
        is_a("t-shirt", "yes"),
        Q.garment_type("shorts", "contradiction"),
        title="Puma Men spine tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: crew sweatshirt colour-blocked red (body) and navy (chest panel) with a white band, black jeans.
    # caption by base; open answers QA spans; details and material by base fallback.
    case(
        "X1040-023",
        caption("a man wearing a red and blue sweatshirt"),
        color_of("sweatshirt", "red and blue", kind="open"),
        details("sweatshirt", "the sweatshirt is red and blue with a white stripe"),
        Q.color("red"),
        Q.pattern("colour block"),
        Q.garment_type("jacket", "contradiction"),
        Q.material("polyester", "unsupported"),
        title="Campus Sutra Men Red & Navy Colourblocked Cotton Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: teal full-sleeve henley, three-button placket, beige chinos, white backdrop.
    # caption by base; wearing and shirt color QA spans; details: QA null, base fallback (echoes the question).
    case(
        "X1040-024",
        caption("a man wearing a blue henley shirt and beige pants"),
        wearing("a blue henley shirt and beige pants"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        details("shirt", "what are the shirt details", "restated"),
        neckline("henley"),
        Q.color("teal"),
        Q.sleeve_length("short", "contradiction"),
        title="Wrangler Men Teal Solid Henley Full Sleeve T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: pack shot, three folded round-neck tees (black, white, grey) stacked, no model, white backdrop.
    # caption by base; wearing a QA span; description and material by base fallback.
    case(
        "X1040-025",
        caption("three t-shirts stacked on top of each other"),
        wearing("three t-shirts"),
        describe("t-shirts", "they are t-shirts", "non_answer"),
        Q.garment_type("t-shirt"),
        is_a("t-shirt", "no", "contradiction"),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Roadster Men Pack of 3 Solid Pure Cotton Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: back view, white oversized tee with a large black back print, black cargo pants, white backdrop.
    # caption by E3 (full stop at the limit); wearing a QA span; t-shirt color and details: VQA adapter fallback.
    case(
        "X1040-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady"
            " wears a long pants. The pants are with cotton fabric and pure color patterns. The pants this lady wears"
            " is of long length.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="the man"),
        color_of(
            "t-shirt",
            "white white white white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "the t-shirt has a large print on the back of the t-shirt and the sleeves are short and the neckline is"
            " round and the hem is",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short"),
        title="Difference of Opinion Men White Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy crew sweatshirt with a small white cat logo, grey marl joggers, white backdrop.
    # caption by base; wearing a QA span; description and material by base fallback.
    case(
        "X1040-027",
        caption("a man wearing a navy blue sweatshirt and grey sweatpants"),
        wearing("a navy blue sweatshirt and grey sweatpants"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        describe("sweatshirt", "describe the sweatshirt", "restated"),
        Q.material("wool", "unsupported"),
        title="Puma Men Navy Blue Solid Cotton Fleece Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white tee with an Ed Hardy bulldog, roses and script print, blue jeans, white backdrop (feed row has
    # no gender column).
    # caption by base; open answers QA spans; jeans color and details by base fallback.
    case(
        "X1040-028",
        caption("a man wearing a white t-shirt with a dog and roses on it"),
        describe("t-shirt", "a white t-shirt with a dog and roses on it"),
        printed("a dog and roses"),
        color_of("jeans", "blue", kind="open"),
        details("t-shirt", "the t-shirt has a skull and crossbones on it", "unsupported"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("printed"),
        title="Ed Hardy Men Dog Print Off White Tshirts",
        category="Tshirts",
        color="Off White",
    ),
    # photo: maroon polo with a white inner placket, blue jeans, white backdrop.
    # caption by E3 (loops on the neckline); open answers QA spans.
    case(
        "X1040-029",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. It has a lapel neckline. The shirt is"
            " with cotton fabric. It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        describe("polo shirt", "It has a lapel neckline. It has a lapel neckline. It has a lapel neckline", "loop"),
        color_of("polo shirt", "pure color", "non_answer", kind="open"),
        Q.color("maroon"),
        neckline("polo collar"),
        title="Peter England Men Maroon Solid Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie with navy "NAUTICA" lettering, blue jeans, backpack on one shoulder.
    # caption by base; open answers QA spans; material by base fallback.
    case(
        "X1040-030",
        caption("a man with a backpack wearing a grey hoodie"),
        wearing("a grey hoodie"),
        details("hoodie", "a backpack", "contradiction"),
        Q.color("grey"),
        is_a("hoodie", "yes"),
        color_of("hoodie", "grey", kind="open"),
        Q.material("leather", "unsupported"),
        title="Nautica Men Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: purple Dri-FIT polo, white shorts, model holding a golf club, white backdrop.
    # caption by base; open answers QA spans; material and details by base fallback.
    case(
        "X1040-031",
        caption("a man in a purple shirt holding a golf club"),
        wearing("a purple shirt"),
        color_of("shirt", "purple", kind="open"),
        Q.color("purple"),
        Q.material("polyester"),
        details("polo shirt", "the shirt has the nike logo on the chest and a golf ball", "unsupported"),
        title="Nike Men Purple Dri-FIT Golf Polo",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: lavender round-neck tee, white track pants, white backdrop.
    # caption by E1 (cut at the limit); open answers QA spans.
    case(
        "X1040-032",
        caption(
            "The man wears a short-sleeve purple T-shirt with pure color patterns. The T-shirt is with cotton fabric."
            " It has a round neckline. The man wears a long white pants. The pants are with cotton fabric and pure"
            " color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve purple T-shirt with pure color patterns"),
        color_of("t-shirt", "purple", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.material("cotton", "unsupported"),
        title="Sports52 wear Men Lavender Solid Polyester Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: mustard crew sweatshirt with black "CALIFORNIA" lettering, blue jeans, white sneakers, white backdrop.
    # caption by E3 (cut); wearing a QA span; print and color: QA null, VQA adapter fallback (loops, leaks).
    case(
        "X1040-033",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has"
            " a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        printed(
            "california california california california california california california california california",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "sweatshirt",
            "yellow Question: What is printed on the sweatshirt? Answer: california Question: What is the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.color("mustard"),
        Q.pattern("printed"),
        title="Roadster Men Mustard Yellow Printed Sweatshirt",
        color="Mustard",
        gender="Men",
    ),
    # photo: black round-neck tee with a red motorbike print, blue jeans, white backdrop.
    # caption by base (calls the motorbike a car); open answers QA spans.
    case(
        "X1040-034",
        caption("a man wearing a black t-shirt with a red car on it", "unsupported"),
        wearing("a black t-shirt"),
        printed("a red car", "unsupported"),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        Q.color("black"),
        Q.pattern("printed"),
        is_a("t-shirt", "no", "contradiction"),
        title="Locomotive Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white long-sleeve polo with the small Tommy flag logo on the chest, navy trousers, white backdrop.
    # caption by base; open answers QA spans; details by base fallback.
    case(
        "X1040-035",
        caption("a man wearing a white long sleeve polo shirt and navy pants"),
        wearing("a white long sleeve polo shirt and navy pants"),
        color_of("polo shirt", "navy", "other_garment_color", kind="open"),
        color_of("pants", "navy", kind="open"),
        describe("polo shirt", "white", "non_answer"),
        details("polo shirt", "the polo shirt has a small red, white and blue flag logo on the chest"),
        Q.color("white"),
        Q.sleeve_length("short", "contradiction"),
        title="Tommy Hilfiger Men White Long Sleeve Polo",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: plain black crew-neck sweatshirt (no hood), black jeans, all-black outfit, white backdrop.
    # caption by base (invents a hood); wearing and jeans color QA spans.
    case(
        "X1040-036",
        caption("a man wearing a black hoodie and black jeans", "unsupported"),
        wearing("a black hoodie and black jeans", "unsupported"),
        color_of("jeans", "black", kind="open"),
        Q.color("black"),
        is_a("hoodie", "no"),
        Q.garment_type("sweatshirt"),
        title="Jack & Jones Men Black Solid Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red polo, white trousers, white backdrop.
    # caption by base; wearing and pants color QA spans; description: QA null, base fallback (says "she").
    case(
        "X1040-037",
        caption("a man in a red polo shirt and white pants"),
        wearing("a red polo shirt and white pants", who="the model"),
        describe("polo shirt", "she is wearing a red polo shirt", "pronoun"),
        color_of("pants", "red", "contradiction", kind="open"),
        color_of("polo shirt", "white", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.sleeve_length("short"),
        title="Proline Men Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: green tee with a white checkerboard print band, black shorts, black cap, white backdrop.
    # caption by E1 (cut at the limit); open answers QA spans; print: QA null, VQA adapter fallback (leaks).
    case(
        "X1040-038",
        caption(
            "The man wears a short-sleeve green T-shirt with lattice patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The man wears a short black pants. There is a hat on his head. The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve green T-shirt with lattice patterns"),
        color_of("shorts", "black", kind="open"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        printed(
            "Question: What is printed on the t-shirt? Answer: a checkerboard Question: What is printed on the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("green"),
        neckline("v-neck", "contradiction"),
        title="Vans Men Green Checkerboard Printed T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: navy crew sweatshirt, khaki chinos, white backdrop.
    # caption by base; sweatshirt color a QA span; details: QA null, base fallback (restates).
    case(
        "X1040-039",
        caption("a man in a navy sweater and khaki pants"),
        color_of("sweatshirt", "navy", kind="open"),
        details("sweatshirt", "the details of the sweatshirt", "restated"),
        Q.color("khaki", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        is_a("hoodie", "yes", "contradiction"),
        title="Duke Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white polo with red and navy stripes on the collar, blue jeans, white backdrop.
    # caption by base; polo color a QA span; details: QA null, VQA adapter fallback (leaks).
    case(
        "X1040-040",
        caption("a man wearing a white polo shirt and jeans"),
        color_of("polo shirt", "white", kind="open"),
        details(
            "polo shirt",
            "the polo shirt has a collar Question: What is the color of the polo shirt? Answer: white Question: What"
            " are the",
            "leak",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("solid"),
        neckline("round", "contradiction"),
        title="Fila Men White Polo T-shirt with Tipped Collar",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: purple pullover hoodie, drawstrings, kangaroo pocket, cartoon chest print, black jeans, smartwatch.
    # caption by E3 (full stop at the limit); wearing a QA span; color and details: QA null, VQA adapter fallback.
    case(
        "X1040-041",
        caption(
            "Her sweater has long sleeves, cotton fabric and graphic patterns. The pants the lady wears is of long"
            " length. The pants are with denim fabric and pure color patterns. There is an accessory on her wrist.",
            "pronoun",
            hit_limit=True,
        ),
        color_of(
            "sweatshirt",
            "purple Question: What is the color of the sweatshirt? Answer: purple Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("Her sweater", "pronoun", who="he"),
        details(
            "sweatshirt",
            "the sweatshirt has a hood with drawstrings and a kangaroo pocket on the front and a cartoon print on the"
            " chest and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        is_a("hoodie", "yes"),
        Q.pattern("printed"),
        title="Kook N Keech Men Purple Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: olive polo with a small chest logo, beige shorts, model holding sunglasses, white backdrop.
    # caption by base; details: QA null, VQA adapter fallback (cut); shorts color and material: base fallback.
    case(
        "X1040-042",
        caption("a man in an olive polo shirt holding sunglasses"),
        details(
            "polo shirt",
            "the polo shirt has a collar and two buttons on the front and a small logo on the chest and the sleeves"
            " are short and the",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "beige", kind="open"),
        Q.color("olive"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("the garment is made of material", "restated"),
        title="Celio Men Olive Solid Polo T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white tee with navy raglan sleeves, blue jeans, white backdrop.
    # caption by base (gives the tee the jeans' blue); open answers QA spans; description by base fallback.
    case(
        "X1040-043",
        caption("a man wearing a blue t-shirt and blue jeans", "other_garment_color"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("t-shirt", "a woman wearing a white and blue t-shirt", "pronoun"),
        Q.color("white"),
        Q.pattern("colour block"),
        Q.sleeve_length("short"),
        title="Numero Uno Men White & Navy Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: burgundy crew sweatshirt, blue jeans, white backdrop.
    # caption by E1 (cut at the limit); open answers QA spans (material picks the jeans' denim).
    case(
        "X1040-044",
        caption(
            "The man wears a long-sleeve red sweater with pure color patterns. The sweater is with cotton fabric. It"
            " has a round neckline. The man wears a long blue jeans. The jeans are with denim fabric and pure color"
            " patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve red sweater with pure color patterns"),
        details("sweatshirt", "The sweater is with cotton fabric"),
        color_of("jeans", "blue", kind="open"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        Q.material("denim", "contradiction"),
        Q.color("burgundy"),
        title="Pepe Jeans Men Burgundy Solid Cotton Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: sky-blue slim-fit polo, small embroidered LP monogram on the chest, white chinos, white backdrop.
    # caption by base; open answers QA spans; description and details: QA null, base fallback.
    case(
        "X1040-045",
        caption("a man in a light blue polo shirt and white pants"),
        wearing("a light blue polo shirt and white pants"),
        color_of("polo shirt", "light blue", kind="open"),
        describe("polo shirt", "the polo shirt is a polo shirt", "restated"),
        details("polo shirt", "the polo shirt has a logo of a horse on the chest", "unsupported"),
        color_of("pants", "light blue", "contradiction", kind="open"),
        Q.color("white", "other_garment_color"),
        title="Louis Philippe Sport Men Blue Slim Fit Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black tee with a yellow Batman logo, grey joggers, white backdrop (feed row has no color column).
    # caption by base; open answers QA spans; description by base fallback.
    case(
        "X1040-046",
        caption("a man wearing a black batman t-shirt and grey sweatpants"),
        printed("batman"),
        color_of("t-shirt", "black", kind="open"),
        describe("t-shirt", "this is a description of the t-shirt", "restated"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Bewakoof Men Black Batman Printed T-shirt",
        category="Tshirts",
        gender="Men",
    ),
]
