"""BLIND_873 (46 products; Myntra men's shirts, t-shirts, jeans and trousers, answered by the VQA adapter): written
blind in the fifty-sixth session. Measured blind at 2733ff7 (the session's final rules): 112/125 failures found (89.6%)
and 2/182 correct texts flagged (1.1%). The writer's notes, verbatim:

Scenario: a Myntra-like men's catalog feed (Shirts, Tshirts, Jeans, Trousers) with the seller's title, category,
color and gender; the photos are the usual Myntra product shots on a white backdrop, almost all worn by a male model
who also wears other garments (jeans under a shirt, a shirt tucked into trousers, a jacket over jeans), plus one flat
lay of a pair of jeans with no model.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA
(one epoch on In-shop VQA pairs, no end token trained). Captions are that adapter prompted with no question: short
phrases, sometimes running on into the next "Question: ... Answer:" of its training format until the 50-token limit.
Open answers (wearing, the VQA data's "What cloth is the person wearing?", describe, details, material) are greedy
free generation capped at 30 new tokens: mostly short, sometimes looping or cut at the cap, often naming the other
garment's color, sometimes "she" (In-shop is mostly women's clothes). Closed answers (color, pattern, sleeve
length, garment type, "Is this a ...?") come from enrich's --engine reference: one candidate value, never a loop or
a cut, but the candidate can be the wrong one (the jeans' color for the shirt, "jeans" for a denim shirt).

Labeling conventions and judgement calls:
- One label per text, the most salient: a loop or a leak that also runs to the cap is labelled loop / leak, not cut;
  hit_limit=True marks every text that ran to its token limit (loops, cuts, long leaks).
- cut: an answer or caption that stops mid-phrase at the token limit; what it said before the cut is right.
- other_garment_color: the product itself is given the color of another garment in the photo (the jeans' blue for
  the shirt, the tie's blue for a lavender shirt), closed or open. When the product gets its partner's color and
  the partner keeps its own right color in the same text ("olive t-shirt and olive pants" for a mustard tee worn
  with olive chinos) it is other_garment_color too.
- contradiction: a color, pattern, sleeve length, garment or material that the photo, the seller's columns or the
  other texts contradict, and that is not simply another garment's color: a print's color given as the garment's
  color, "jeans" for a denim shirt, "jacket" for jeans worn under a blazer, "short" sleeves for a full-sleeve shirt,
  "denim" for linen trousers, a non-product garment given a wrong color ("black jeans" when the caption says dark
  blue), "no" to "Is this a pair of jeans?" for jeans. "blouse" for a men's shirt counts as a garment contradiction.
- unsupported: details not in the photo nor in the title (a hood, a zip pocket, cufflinks, ripped knees on clean-look
  jeans, a hat, a person in a flat-lay photo), and fabric claims the photo cannot show and the title does not name
  (silk, wool, linen, velvet, leather). "cotton" for a plain tee or woven shirt, "denim" for jeans and "polyester"
  for a Dri-FIT tee are accepted as correct.
- non_answer: an empty answer, "yes"/"no" to an open question, a one-word answer to describe/details (even a right
  color: "pink" for "Describe the shirt."), or only the garment word back ("t-shirt" for the t-shirt's details).
  A one-word garment to the wearing / cloth questions ("tee", "denim", "shirt") is what the VQA data taught and is
  correct when right.
- restated: the question turned into a sentence that says nothing ("the details of the shirt are the details of
  the shirt", "the shirt is described as a shirt", "the material of the garment is the material").
- pronoun: "she"/"her" for a Men's row. The question prompts never contain a pronoun here.
- Shades within the seller's color family are correct (maroon called red, teal called blue, cream called white,
  khaki called beige); "shirt" for a tee in a caption or a wearing answer is accepted, as everyday speech.
- Seller rows are kept as a feed has them: one row lacks the color column, one lacks the category, the flat-lay
  row lacks the gender.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# the VQA training data's own wearing question
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_873 = [
    # photo: man in a navy-and-white checked full-sleeve shirt, sleeves rolled to the elbows, chest patch pocket,
    # untucked over light-blue jeans; white backdrop, front view. All texts by the VQA adapter.
    case(
        "X873-001",
        caption("a man wearing a blue and white checkered shirt and jeans"),
        color_of("shirt", "navy blue"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        details(
            "shirt",
            "the shirt has a spread collar, a patch pocket on the left chest and full sleeves rolled up to the "
            "elbows, it is worn untucked over a pair of light",
            "cut",
            hit_limit=True,
        ),
        wearing("a checked shirt and blue jeans", who="he"),
        Q.material("cotton"),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain maroon round-neck half-sleeve t-shirt with grey jeans; white backdrop, front view.
    # VQA adapter.
    case(
        "X873-002",
        caption("a man in a red t-shirt and grey jeans"),
        color_of("t-shirt", "grey", "other_garment_color"),
        cloth("tee"),
        Q.sleeve_length("short"),
        describe("t-shirt", "a maroon t-shirt with a round neck and short sleeves"),
        details("t-shirt", "t-shirt", "non_answer"),
        Q.material("silk", "unsupported"),
        title="Probase Men Solid Maroon Tshirts",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: cropped waist-down shot of dark-indigo skinny jeans, clean look (no rips), white sneakers, the hem of a
    # white t-shirt at the top; white backdrop. VQA adapter.
    case(
        "X873-003",
        caption("a pair of blue jeans and white sneakers"),
        color_of("jeans", "blue"),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans are ripped at the knees with a distressed hem", "unsupported"),
        wearing(" ".join(["white"] * 30), "loop", hit_limit=True),
        Q.material("denim"),
        title="Mast & Harbour Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in charcoal-grey flat-front formal trousers, white formal shirt tucked in, black belt, black
    # shoes; cropped at the chest; white backdrop. VQA adapter.
    case(
        "X873-004",
        caption("a man in a white shirt and grey pants"),
        color_of("pants", "white", "other_garment_color"),
        wearing("she is wearing a white shirt and grey pants", "pronoun"),
        describe("pants", "grey formal trousers with a flat front and a black belt"),
        details("pants", "the pants have pleats, cuffs at the hem and a watch pocket", "unsupported"),
        Q.garment_type("trousers"),
        Q.pattern("striped", "contradiction"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a plain white full-sleeve formal shirt tucked into navy trousers; white backdrop, front view.
    # VQA adapter.
    case(
        "X873-005",
        caption(
            "a man wearing a white shirt and blue pants Question: What is the color of the shirt? Answer: white "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        Q.pattern("solid"),
        details("shirt", "the details of the shirt are the details of the shirt", "restated"),
        Q.sleeve_length("long"),
        cloth("blouse", "contradiction"),
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a black crew-neck t-shirt with a large white-and-red "NEVER SETTLE" text print on the chest,
    # blue jeans; white backdrop. VQA adapter.
    case(
        "X873-006",
        caption("a man wearing a black t-shirt with a graphic print"),
        color_of("t-shirt", "black"),
        Q.pattern("graphic"),
        describe("t-shirt", " ".join(["black"] * 30), "loop", hit_limit=True),
        details("t-shirt", "the t-shirt has a graphic print on the front with white and red letters"),
        wearing("a red t-shirt and blue jeans", "contradiction", who="the man"),
        cloth(", ".join(["tee", "denim"] * 8), "loop", hit_limit=True),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in light-blue washed slim jeans, faded thighs, small abrasions by the pockets, an olive t-shirt
    # untucked, brown boots; white backdrop. VQA adapter.
    case(
        "X873-007",
        caption("a man in an olive t-shirt and light blue jeans with brown boots"),
        color_of("jeans", "green", "other_garment_color"),
        details("jeans", "the jeans are faded on the thighs with small abrasions near the pockets"),
        describe(
            "jeans",
            "the jeans are light blue with a faded wash on the thighs and small abrasions, they have a slim fit and "
            "a low rise with five pockets and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a green t-shirt and blue jeans"),
        is_a("pair of jeans", "yes"),
        Q.material("denim"),
        title="Pepe Jeans Men Light Blue Slim Fit Low-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in khaki chinos with slant pockets and belt loops, a navy t-shirt partly visible, tan loafers;
    # cropped at the chest; white backdrop. VQA adapter.
    case(
        "X873-008",
        caption("a man in a blue t-shirt and khaki pants standing"),
        color_of("pants", "beige"),
        is_a("pair of jeans", "yes", "contradiction"),
        describe("pants", "khaki chinos with slant pockets, a button closure and belt loops"),
        details("pants", "the pants have cargo pockets on both legs", "unsupported"),
        wearing("he is wearing a blue t-shirt and khaki pants and brown shoes", who="he"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in an olive-green short-sleeve shirt with a small white polka-dot print, button-down collar,
    # blue jeans; white backdrop. VQA adapter.
    case(
        "X873-009",
        caption("a man in a green shirt with polka dots"),
        color_of("shirt", "olive"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        details("shirt", "the shirt has white polka dots, a button-down collar and short sleeves"),
        wearing("yes", "non_answer"),
        describe(
            "shirt",
            "the shirt is green and the shirt is green and the shirt is green and the shirt is green and the shirt "
            "is green and",
            "loop",
            hit_limit=True,
        ),
        title="WROGN Men Olive Green Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white polo t-shirt, navy tipping on the collar and sleeve hems, two-button placket, small
    # embroidered logo, beige chinos; white backdrop. VQA adapter.
    case(
        "X873-010",
        caption("a man wearing a white polo shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        color_of("t-shirt", "beige", "other_garment_color"),
        details(
            "t-shirt",
            "the polo has a ribbed collar with navy tipping, a two-button placket and a small logo on the chest",
        ),
        describe("t-shirt", "a white polo shirt with navy tipping and a zip at the neck", "unsupported"),
        Q.material("cotton"),
        wearing("a white polo Question: What is the color of the pants? Answer: khaki", "leak"),
        title="U.S. Polo Assn. Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in black slim jeans, white shirt untucked, black sneakers; white backdrop, front view.
    # VQA adapter.
    case(
        "X873-011",
        caption("a man in a white shirt and black jeans"),
        color_of("jeans", "black"),
        describe("jeans", "white jeans with a slim fit", "other_garment_color"),
        details("jeans", "the jeans have a zip fly and five pockets"),
        Q.material("corduroy", "contradiction"),
        wearing("she is wearing a white shirt and black jeans", "pronoun", who="he"),
        Q.pattern("solid"),
        title="Roadster Men Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in navy flat-front formal trousers with plain hems, light-pink shirt tucked in, brown belt and
    # shoes; cropped at the chest; white backdrop. VQA adapter.
    case(
        "X873-012",
        caption("a man in a pink shirt and blue pants"),
        color_of("pants", "pink", "other_garment_color"),
        wearing("a pink shirt and navy pants with a brown belt"),
        details(
            "pants",
            "the pants have belt loops and side pockets and belt loops and side pockets and belt loops and side "
            "pockets and belt loops and",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "navy trousers with pleats and turn-up hems", "unsupported"),
        is_a("pair of jeans", "no"),
        title="Arrow Men Navy Blue Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain grey melange v-neck half-sleeve t-shirt, blue jeans; white backdrop. VQA adapter.
    case(
        "X873-013",
        caption("a man wearing a grey v-neck t-shirt and blue jeans"),
        color_of("t-shirt", "grey"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        Q.sleeve_length("short"),
        Q.material("wool", "unsupported"),
        details(
            "t-shirt",
            "the t-shirt has a v neck with a ribbed trim, short sleeves with a plain hem and a straight hem at the "
            "bottom, it is worn with blue jeans and",
            "cut",
            hit_limit=True,
        ),
        cloth("tee"),
        title="Proline Men Grey Melange V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a light-blue denim shirt, full sleeves, two flap chest pockets, pearl snaps, black chinos;
    # white backdrop. VQA adapter.
    case(
        "X873-014",
        caption("a man in a blue denim shirt and black pants"),
        color_of("shirt", "blue"),
        Q.material("denim"),
        details("shirt", "the shirt has two flap pockets on the chest and pearl snap buttons"),
        cloth("denim"),
        Q.garment_type("jeans", "contradiction"),
        wearing("a blue denim jacket and black pants", "contradiction", who="he"),
        title="Levis Men Blue Denim Western Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in mid-blue straight jeans with contrast stitching, a red-and-navy plaid shirt untucked, tan boots;
    # white backdrop. VQA adapter.
    case(
        "X873-015",
        caption("a man in a red plaid shirt and blue jeans standing in front of a white background"),
        color_of("jeans", "red", "other_garment_color"),
        describe(
            "jeans",
            "the jeans are blue with a straight leg and a regular fit, and the jeans are blue with a straight leg "
            "and a regular fit, and the",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "the jeans have contrast stitching and five pockets"),
        is_a("pair of jeans", "yes"),
        wearing("red shirt, blue jeans, brown boots"),
        Q.material("cotton"),
        title="Wrangler Men Blue Regular Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black cotton joggers (drawstring waist, elasticated cuffs, a zip pocket on the right thigh),
    # white t-shirt, white sneakers; white backdrop. VQA adapter.
    case(
        "X873-016",
        caption("a man wearing a white t-shirt and black joggers"),
        color_of("pants", "black"),
        describe("pants", "the pants are black joggers with a drawstring waist and elasticated cuffs"),
        wearing(
            "he is wearing a white t-shirt and black pants with a zipper and a zipper and a zipper and a zipper and "
            "a zipper and a zipper",
            "loop",
            who="he",
            hit_limit=True,
        ),
        details(
            "pants",
            "the pants have a drawstring waist with an elasticated band, two side pockets and a zip pocket on the "
            "right thigh, the cuffs are elasticated and the legs are tapered to",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        Q.material("leather", "unsupported"),
        title="HRX by Hrithik Roshan Men Black Solid Joggers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy-and-white horizontally striped round-neck t-shirt, no pocket, blue jeans; white
    # backdrop. VQA adapter.
    case(
        "X873-017",
        caption("a man wearing a blue and white striped shirt"),
        Q.pattern("striped"),
        color_of("t-shirt", "navy blue"),
        details("t-shirt", "the t-shirt has horizontal stripes"),
        describe(
            "t-shirt", "a navy and white striped t-shirt with a chest pocket and a logo on the sleeve", "unsupported"
        ),
        wearing("she is wearing a striped shirt and blue jeans", "pronoun"),
        Q.sleeve_length("short"),
        title="Tommy Hilfiger Men Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain maroon full-sleeve shirt worn open over a white t-shirt, sleeves rolled up, black
    # jeans, no hat; white backdrop. VQA adapter.
    case(
        "X873-018",
        caption("a man wearing a red shirt over a white t-shirt and black jeans"),
        color_of("shirt", "white", "other_garment_color"),
        describe(
            "shirt",
            "the shirt is a dark red shirt with full sleeves worn open over a white t-shirt, it has a button "
            "placket, a curved hem and the sleeves are rolled up to",
            "cut",
            hit_limit=True,
        ),
        cloth("shirt"),
        Q.pattern("solid"),
        wearing("he is wearing a maroon shirt, a white t-shirt, black jeans and a black hat", "unsupported", who="he"),
        title="Genesis Men Solid Maroon Shirts",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in grey tapered clean-look jeans, hems rolled once, a black t-shirt with a small white chest logo,
    # white sneakers; white backdrop. VQA adapter.
    case(
        "X873-019",
        caption("a man wearing a black shirt and grey jeans and white sneakers"),
        color_of("jeans", "black", "other_garment_color"),
        describe("jeans", "grey jeans"),
        details("jeans", "Question: What are the jeans details? Answer: the jeans have a button closure", "leak"),
        Q.material("denim"),
        is_a("shirt", "no"),
        wearing(
            "a black t-shirt with a small white logo on the chest and grey tapered jeans with the hems rolled up "
            "once and white low top sneakers with white laces and",
            "cut",
            hit_limit=True,
        ),
        title="Jack & Jones Men Grey Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a mustard-yellow full-sleeve henley t-shirt (three buttons), olive chinos; white backdrop.
    # VQA adapter.
    case(
        "X873-020",
        caption("a man in a yellow long sleeve shirt and green pants"),
        color_of("t-shirt", "yellow"),
        Q.sleeve_length("long"),
        describe("t-shirt", "yes", "non_answer"),
        details("t-shirt", "the t-shirt has a henley neck with three buttons and full sleeves"),
        Q.garment_type("shirt", "contradiction"),
        wearing("he is wearing an olive t-shirt and olive pants", "other_garment_color", who="he"),
        title="Roadster Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in olive-green cargo trousers with large flap pockets on the thighs, belt loops, a black
    # t-shirt, black sneakers; white backdrop. VQA adapter.
    case(
        "X873-021",
        caption("a man in a black shirt and green cargo pants"),
        color_of("pants", "green"),
        details("pants", "the pants have large flap pockets on the thighs and belt loops"),
        wearing("a black t-shirt and black pants", "other_garment_color"),
        Q.garment_type("trousers"),
        cloth("tee Question: Is this a shirt? Answer: no", "leak"),
        describe(
            "pants",
            "the pants are green cargo pants with pockets, pockets, pockets, pockets, pockets, pockets, pockets, "
            "pockets, pockets, pockets, pockets, pockets",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Olive Green Regular Fit Solid Cargos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white shirt with thin blue vertical stripes, cutaway collar, full sleeves, tucked into beige
    # chinos, brown belt; white backdrop. VQA adapter.
    case(
        "X873-022",
        caption("a man wearing a white and blue striped shirt and beige pants"),
        color_of("shirt", "beige", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        details("shirt", "the shirt has thin vertical stripes, a cutaway collar and single button cuffs"),
        wearing("a striped shirt and khaki pants and a brown belt", who="he"),
        Q.material("linen", "unsupported"),
        title="Peter England Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a white round-neck t-shirt with a multicolor floral print across the chest (no text), black
    # jeans; white backdrop. VQA adapter.
    case(
        "X873-023",
        caption("a man in a white t-shirt with a flower print on it"),
        color_of("t-shirt", "white"),
        Q.pattern("floral"),
        describe(
            "t-shirt",
            "the t-shirt is white with a colorful floral print across the chest and short sleeves, it has a round "
            "neck and is worn with black jeans and the",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the print has flowers and the words summer vibes written in gold", "unsupported"),
        wearing("a white tee with flowers and black jeans"),
        Q.sleeve_length("short"),
        title="HERE&NOW Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in dark-rinse slim jeans, a light-grey hoodie, white sneakers; white backdrop. VQA adapter.
    case(
        "X873-024",
        caption(
            "a man wearing a grey hoodie and dark jeans Question: What cloth is the person wearing? Answer: "
            "sweatshirt Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "grey", "other_garment_color"),
        cloth("denim"),
        details("jeans", "slim fit, dark wash, five pockets"),
        Q.pattern("solid"),
        describe("jeans", "she is wearing dark blue jeans", "pronoun"),
        title="Levis Men 511 Dark Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in light-grey formal trousers with a front crease and slanted pockets, black shirt tucked in,
    # black belt and shoes; white backdrop. VQA adapter.
    case(
        "X873-025",
        caption("a man in a black shirt and grey pants"),
        color_of("pants", "grey"),
        describe("pants", "black pants with a belt", "other_garment_color"),
        details("pants", "the pants have a crease down the front and slanted side pockets"),
        Q.garment_type("trousers"),
        wearing(
            "a black shirt a black shirt a black shirt a black shirt a black shirt a black shirt a black shirt a "
            "black shirt",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool blend with a satin lining", "unsupported"),
        title="Park Avenue Men Grey Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a red-and-black buffalo-check full-sleeve shirt with two buttoned flap pockets, worn open over a
    # black t-shirt, dark-blue jeans; white backdrop. VQA adapter.
    case(
        "X873-026",
        caption("a man wearing a red and black plaid shirt over a black t-shirt and dark blue jeans"),
        color_of("shirt", "red"),
        Q.pattern("checked"),
        details(
            "shirt", "the shirt has a buffalo check pattern, two flap pockets on the chest and a hood", "unsupported"
        ),
        Q.material("cotton"),
        cloth("shirt"),
        wearing("he is wearing a black t-shirt and black jeans", "contradiction", who="he"),
        title="HIGHLANDER Men Red & Black Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in an olive-green polo t-shirt with yellow tipping on the collar, navy chinos, brown belt, white
    # sneakers; white backdrop. VQA adapter.
    case(
        "X873-027",
        caption("a man in a green polo shirt and blue pants"),
        color_of("t-shirt", "olive"),
        Q.garment_type("polo shirt"),
        details("t-shirt", "no", "non_answer"),
        describe("t-shirt", "the shirt is green with yellow stripes on the collar and sleeves"),
        Q.sleeve_length("short"),
        wearing(
            "he is wearing an olive green polo shirt with a yellow tipped collar and navy blue chinos with a brown "
            "belt and white sneakers and a silver",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Allen Solly Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: flat lay of light-blue skinny jeans, no model, front view, button and zip fly; white backdrop.
    # VQA adapter. The feed row has no gender.
    case(
        "X873-028",
        caption("a pair of light blue jeans on a white background"),
        wearing("a man wearing blue jeans and a white shirt", "unsupported"),
        color_of("jeans", "blue"),
        details("jeans", "the jeans have a button and zip fly with five pockets and a faded wash"),
        describe(
            "jeans",
            "the jeans are light blue with a skinny fit and a low rise, they have a button and zip fly, two front "
            "pockets, a coin pocket and belt",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        Q.material("cotton"),
        title="Spykar Men Light Blue Skinny Fit Low-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: man in loose beige linen trousers with a drawstring, a white shirt untucked, brown sandals; white
    # backdrop. VQA adapter.
    case(
        "X873-029",
        caption("a man wearing a white shirt and beige pants"),
        color_of("pants", "white", "other_garment_color"),
        Q.material("denim", "contradiction"),
        describe("pants", "beige pants with a drawstring waist, they are loose and light"),
        details("pants", "the pants have the details of the pants", "restated"),
        wearing("white shirt and beige trousers", who="he"),
        is_a("pair of jeans", "no"),
        title="Fabindia Men Beige Linen Relaxed Fit Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a plain black full-sleeve shirt with a mandarin collar, grey trousers, hands in pockets; white
    # backdrop. VQA adapter.
    case(
        "X873-030",
        caption("a man in a black shirt and grey pants with his hands in his pockets"),
        color_of("shirt", "black"),
        details(
            "shirt",
            "the shirt has a band collar and a full button placket with black buttons and long sleeves with a single "
            "button cuff and the hem is curved and the shirt",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short", "contradiction"),
        describe("shirt", "a black shirt with a mandarin collar"),
        wearing("Answer: a black shirt and grey pants", "leak"),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red round-neck t-shirt with a white "PUMA" logo print on the chest, black track pants; white
    # backdrop. VQA adapter.
    case(
        "X873-031",
        caption("a man in a red t-shirt with the word puma on it"),
        color_of("t-shirt", "red"),
        Q.pattern("solid", "contradiction"),
        describe("t-shirt", "she is wearing a red t-shirt with a white logo", "pronoun"),
        cloth("tee"),
        wearing("a red t-shirt and black pants"),
        details("t-shirt", "the t-shirt has a puma logo and a hood with drawstrings", "unsupported"),
        title="Puma Men Red Logo Print T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in black skinny jeans with rips at both knees, a white t-shirt, black boots; white backdrop.
    # VQA adapter.
    case(
        "X873-032",
        caption("a man wearing a white t-shirt and black ripped jeans"),
        color_of("jeans", "black"),
        details("jeans", "the jeans are ripped at the knees"),
        describe(
            "jeans",
            "the jeans are black and ripped at the knees and the jeans are black and ripped at the knees and the "
            "jeans are black and ripped at the",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and white jeans", "other_garment_color", who="he"),
        Q.pattern("solid"),
        title="Roadster Men Black Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in dark-brown corduroy trousers (button closure, two front pockets), a cream shirt tucked in;
    # white backdrop. VQA adapter.
    case(
        "X873-033",
        caption("a man in a white shirt and brown pants"),
        color_of("pants", "brown"),
        Q.material("corduroy"),
        details("pants", "the pants have vertical ribbing and a button closure with two front pockets"),
        describe(
            "pants",
            "the pants are brown the pants are brown the pants are brown the pants are brown the pants are brown "
            "the pants are",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        wearing("a brown shirt and brown pants", "contradiction"),
        title="Mr Button Men Coffee Brown Slim Fit Corduroy Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: man in a pastel-pink oxford shirt, button-down collar, chest pocket, full sleeves, white chinos; white
    # backdrop. VQA adapter.
    case(
        "X873-034",
        caption("a man wearing a pink shirt and white pants"),
        color_of("shirt", "white", "other_garment_color"),
        describe("shirt", "pink", "non_answer"),
        details("shirt", "the shirt has a button-down collar, a chest pocket and long sleeves"),
        Q.pattern("solid"),
        wearing(
            "a pink shirt and a white pants and a pink shirt and a white pants and a pink shirt and a white pants "
            "and a pink",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Solid Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a plain teal training t-shirt with a small white swoosh on the chest, black track pants; white
    # backdrop. VQA adapter.
    case(
        "X873-035",
        caption("a man in a blue t-shirt and black pants"),
        color_of("t-shirt", "teal"),
        Q.material("polyester"),
        details(
            "t-shirt", "the t-shirt has a small white logo on the chest and a zip pocket on the back", "unsupported"
        ),
        Q.sleeve_length("short"),
        wearing(
            "he is wearing a blue t-shirt and black pants Question: What is the color of the t-shirt? Answer: blue "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Nike Men Teal Blue Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in mid-blue slim clean-look jeans, a white shirt under a navy blazer, brown shoes; white backdrop.
    # VQA adapter.
    case(
        "X873-036",
        caption("a man in a blue jacket and white shirt and blue jeans"),
        color_of("jeans", "white", "other_garment_color"),
        wearing("a navy blazer, white shirt and jeans"),
        details("jeans", "the jeans are slim fit and stretchable"),
        Q.garment_type("jacket", "contradiction"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "blue jeans with a torn knee and a chain", "unsupported"),
        title="Lee Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black slim formal trousers with a front crease and belt loops, a light-blue shirt tucked in,
    # black belt and shoes; white backdrop. VQA adapter. The feed row has no color column.
    case(
        "X873-037",
        caption("a man in a blue shirt and black pants"),
        color_of("pants", "blue", "other_garment_color"),
        describe(
            "pants",
            "the pants are black formal trousers with a slim fit, belt loops and a front crease, they are worn with "
            "a black belt and black shoes and the",
            "cut",
            hit_limit=True,
        ),
        details("pants", "the pants have belt loops and a front crease"),
        Q.material("satin", "unsupported"),
        wearing("she is wearing a light blue shirt and black trousers", "pronoun", who="he"),
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: man in a navy short-sleeve camp-collar shirt with a white-and-orange tropical leaf print, beige chinos
    # rolled at the ankle, brown loafers; white backdrop. VQA adapter.
    case(
        "X873-038",
        caption("a man wearing a blue shirt with leaves on it and beige pants"),
        color_of("shirt", "orange", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        details("shirt", "the shirt has a tropical leaf print with white and orange leaves and a camp collar"),
        describe("shirt", "the shirt is described as a shirt", "restated"),
        wearing(
            "a navy blue short sleeve shirt with a print of orange and white palm leaves and beige chinos rolled up "
            "at the ankle with brown loafers and a",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Navy Blue Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a charcoal-grey t-shirt with a large white skull graphic, ripped blue jeans; white backdrop.
    # VQA adapter.
    case(
        "X873-039",
        caption("a man wearing a grey t-shirt with a skull on it"),
        color_of("t-shirt", "blue", "other_garment_color"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "the t-shirt has a skull print, the t-shirt has a skull print, the t-shirt has a skull print, the "
            "t-shirt has a skull print, the t",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "no", "non_answer"),
        wearing("a grey skull t-shirt and ripped blue jeans", who="he"),
        Q.material("cotton"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in white slim jeans, a navy t-shirt tucked in, brown belt, tan loafers; white backdrop.
    # VQA adapter.
    case(
        "X873-040",
        caption("a man in a blue t-shirt and white jeans"),
        color_of("jeans", "white"),
        describe("jeans", "blue jeans with a brown belt", "other_garment_color"),
        details("jeans", "", "non_answer"),
        is_a("pair of jeans", "no", "contradiction"),
        cloth("denim"),
        wearing("she is wearing a navy t-shirt and white jeans", "pronoun"),
        title="Flying Machine Men White Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="White",
        gender="Men",
    ),
    # photo: man in grey glen-check slim formal trousers with a flat front, a black turtleneck sweater, black belt
    # and shoes; white backdrop. VQA adapter.
    case(
        "X873-041",
        caption("a man in a black turtleneck and grey plaid pants"),
        color_of("pants", "grey"),
        Q.pattern("checked"),
        details("pants", "the pants have a check pattern and a flat front"),
        wearing(
            "he is wearing a black sweater and grey pants with a black belt and black shoes and he is wearing a "
            "black sweater and grey pants",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe("pants", "the pants are plain grey with no pattern", "contradiction"),
        Q.material("velvet", "unsupported"),
        title="Louis Philippe Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a plain lavender full-sleeve formal shirt with single-button cuffs, a navy tie, grey trousers;
    # white backdrop. VQA adapter.
    case(
        "X873-042",
        caption("a man wearing a purple shirt and a blue tie"),
        color_of("shirt", "blue", "other_garment_color"),
        wearing("she is wearing a purple shirt and a tie", "pronoun"),
        details("shirt", "the shirt has a spread collar and french cuffs with cufflinks", "unsupported"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a white long-sleeve round-neck t-shirt with thin black horizontal stripes, black chinos; white
    # backdrop. VQA adapter.
    case(
        "X873-043",
        caption("a man in a black and white striped shirt and black pants"),
        color_of("t-shirt", "white"),
        Q.sleeve_length("short", "contradiction"),
        details("t-shirt", "the t-shirt has thin black stripes and long sleeves"),
        describe("t-shirt", "a white long sleeve t-shirt with black stripes"),
        wearing("a white striped tee and black chinos Question: Describe the t-shirt. Answer: a white", "leak"),
        Q.material("the material of the garment is the material", "restated"),
        title="Jack & Jones Men White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in dark-navy slim jeans (plain rinse), a light-blue denim jacket over a white t-shirt that covers
    # the waistband, white sneakers; white backdrop. VQA adapter. The feed row has no category.
    case(
        "X873-044",
        caption("a man in a denim jacket and jeans"),
        color_of("jeans", "light blue", "other_garment_color"),
        cloth("denim"),
        details("jeans", "the jeans are dark blue with a slim fit"),
        wearing("a denim jacket over a white t-shirt and dark blue jeans", who="he"),
        describe("jeans", "dark blue jeans with a leather belt and gold rivets", "unsupported"),
        title="Killer Men Navy Blue Slim Fit Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in off-white chinos (slant pockets, belt loops), a light-blue denim shirt tucked in, brown belt,
    # white sneakers; white backdrop. VQA adapter.
    case(
        "X873-045",
        caption("a man wearing a blue shirt and white pants"),
        color_of("pants", "off white"),
        describe(
            "pants",
            "the pants are white and the shirt is blue and the pants are white and the shirt is blue and the pants "
            "are white and the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jeans", "contradiction"),
        details("pants", "the pants have slant pockets, belt loops and a button closure"),
        wearing("a denim shirt and white chinos, brown belt"),
        Q.material("cotton"),
        title="Indian Terrain Men Off White Slim Fit Chinos",
        category="Trousers",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a plain yellow full-sleeve slim shirt, blue jeans; white backdrop. VQA adapter.
    case(
        "X873-046",
        caption(
            "a man in a yellow shirt and blue jeans Question: What is the color of the shirt? Answer: yellow "
            "Question: What is the color of the jeans? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        Q.sleeve_length("long"),
        details("shirt", "the shirt details are the details on the shirt", "restated"),
        wearing("a yellow shirt and yellow jeans", "contradiction", who="he"),
        cloth("shirt"),
        title="Basics Men Yellow Slim Fit Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
]
