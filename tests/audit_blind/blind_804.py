"""BLIND_804 (46 products; Myntra men's tops, jeans/chinos, caption ep 2): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 115/128 failures found (89.8%) and 8/183 correct texts flagged
(4.4%). The writer's notes, verbatim:

Scenario: a Myntra-like men's topwear feed (article types Tshirts and Shirts; polos sit under Tshirts as Myntra files
them). Every photo is a catalog shot on a plain studio backdrop (mostly white, a few light grey), a male model
wearing the labelled top with jeans or chinos, front or three-quarter view, now and then full length with shoes.
Tops: plain crew-neck, V-neck and henley tees, graphic and logo tees, pique polos (solid, tipped, striped), formal
and casual shirts (solid, striped, checked, printed, denim, linen, corduroy, flannel), some worn open over a tee.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the caption LoRA at epoch 2, an intermediate checkpoint
between the published epoch 1 and epoch 3 caption adapters. Captions are either plain BLIP-style ("a man in a navy
blue polo shirt and khaki chinos") or the DeepFashion template it was trained on ("The man is wearing a
short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a crew neckline."), which
names patterns and fabrics but never hues, and says "cotton" and "denim" by habit. Open answers still answer the
question most of the time but slide into the template, repeat themselves, or run to the 30-token limit (50 for
captions) because no end-of-answer token was trained; a few continue the `Question: ... Answer:` format or start
with "Answer:". Closed answers (garment type, color, pattern, sleeve length, color of a named garment, the yes/no
"Is this a ...?") are enrich's `--engine reference` ranking the candidate values with the same adapter, so they are
always one clean candidate, sometimes the wrong one (the jeans' color, "no" for a polo).

Labeling conventions and judgement calls:
- One label per text. Format failures win: a text that leaks the prompt format is "leak" even when it also runs to
  the limit (hit_limit=True); a text that repeats a clause until the limit is "loop"; a text that stops
  mid-sentence at the limit without repeating is "cut". Content labels apply only to texts that end cleanly.
- The photo decides, not the seller: a shirt the seller calls Brown that is plainly maroon in the photo is maroon,
  and "maroon" for it is correct (X804-011). Shades within one family are correct: khaki for beige, lavender or
  purple for lavender, turquoise blue for a blue tee, charcoal or grey for charcoal.
- A color question (open or closed) answered with the color of the jeans/chinos or of the tee under an open shirt
  is "other_garment_color", closed answers included. The bottoms given the product's color ("pink" chinos under a
  pink shirt) is "contradiction", as is a color taken from the product's own print ("orange" tee for a grey tee
  with an orange print) and navy read as black.
- The template's "cotton fabric" for a tee, shirt or polo counts as correct unless the catalog names another
  material (linen): then it is "contradiction". The template's "denim" for chinos and "shorts" for chinos are
  "contradiction". A material nothing in the photo or catalog supports (linen for a plain black shirt, silk,
  leather, a mesh lining) is "unsupported".
- Invented things the photo does not show (a chest pocket with a pen, a cap, a watch, a ring, a belt hidden under
  an untucked polo, a skull print, a hood, rips, a red tab on a back pocket that is not visible) are "unsupported".
  A wrong neckline, sleeve length, pattern or garment type that the photo or title contradicts is "contradiction".
- Long sleeves rolled or pushed up are still long: "short" for them is "contradiction", and so is a template
  caption calling a pushed-up henley "short-sleeve".
- An answer to a color question that gives only the template's pattern words ("with floral patterns", "with
  graphic patterns") says nothing about the color: "non_answer". So are "yes", a bare color, or the garment's name
  alone to an open question. Answers that only echo the question's words at length are "restated".
- "she"/"her"/"the lady" for these male models is "pronoun" (X804-038 has no gender column but is still a man, and
  carries no pronoun failure).
- The jeans/chinos details question is asked apart from the top's details question (its own question id); its
  answers are judged against the bottoms in the photo.
- A denim shirt ranked as "jacket", a corduroy shirt as "jacket", "jeans" as the garment type of a tee and "no" to
  "Is this a polo shirt?" for a polo are "contradiction"; "polo shirt" for a polo filed under Tshirts is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

gtype, color, pattern, sleeves, material = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material
MAN = "the man"


def bottom_details(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What are the jeans details?" for the bottoms, kept apart from the top's details question."""
    return question(f"details_{garment}", f"What are the {garment} details?", "open")(text, failure, hit_limit)


BLIND_804 = [
    # photo: plain navy crew-neck short-sleeve tee, light blue faded jeans, hands in pockets, white backdrop, front
    # view. All texts: caption adapter epoch 2 (closed answers ranked by it through the reference engine).
    case(
        "X804-001",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and long denim pants. The T-shirt is "
            "with cotton fabric. It has a crew neckline."
        ),
        wearing("a navy blue t-shirt and light blue jeans", who=MAN),
        color_of("t-shirt", "navy blue"),
        gtype("t-shirt"),
        pattern("solid"),
        is_a("polo shirt", "yes", "contradiction"),
        details(
            "t-shirt",
            "The T-shirt has a crew neckline and short sleeves. The T-shirt has a crew neckline and short sleeves. "
            "The T-shirt has a crew",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white shirt with a thin blue check, full sleeves rolled to the elbow, buttoned, untucked over black slim
    # jeans, white backdrop, three-quarter view; no jacket. Caption adapter epoch 2.
    case(
        "X804-002",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants are of long length, with denim fabric and pure color patterns."
        ),
        color_of("shirt", "black", "other_garment_color"),
        pattern("checked"),
        sleeves("long"),
        describe(
            "shirt",
            "The shirt is white with blue checks, the sleeves are rolled up to the elbows and it is worn untucked.",
        ),
        wearing("a white checked shirt, black jeans and a brown leather jacket", "unsupported", who=MAN),
        bottom_details("jeans", "The jeans details are the jeans that the man is wearing", "restated"),
        title="Highlander Men White & Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: red pique polo, white tipping on the collar, small embroidered logo on the chest, two-button placket,
    # beige chinos, white backdrop. Caption adapter epoch 2.
    case(
        "X804-003",
        caption("a man wearing a red polo shirt and beige chinos standing against a white background"),
        is_a("polo shirt", "yes"),
        color("red"),
        color_of("polo shirt", "beige", "other_garment_color", kind="open"),
        wearing("She is wearing a red polo shirt with a white collar and beige pants.", "pronoun"),
        details(
            "polo shirt", "white tipping on the collar, a two-button placket and a small embroidered logo on the chest"
        ),
        material("denim", "unsupported"),
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive shirt, full sleeves, two flap chest pockets, worn open over a white crew-neck tee, mid-blue jeans,
    # white backdrop. Caption adapter epoch 2.
    case(
        "X804-004",
        caption(
            "The man is wearing a long-sleeve shirt with solid color patterns over a short-sleeve T-shirt. The shirt "
            "is with cotton fabric. The pants are long-length denim."
        ),
        color_of("shirt", "white", "other_garment_color"),
        wearing("an olive green shirt worn open over a white t-shirt with blue jeans"),
        describe(
            "shirt",
            "The shirt is olive green with two flap pockets on the chest and long sleeves, worn open with the buttons "
            "undone",
        ),
        sleeves("short", "contradiction"),
        gtype("shirt"),
        title="Roadster Men Olive Green Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black tee with a large white "HRX" text print across the chest, dark blue skinny jeans, white backdrop.
    # Caption adapter epoch 2.
    case(
        "X804-005",
        caption(
            "This gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length. The pants are with "
            "denim fabric and solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color("blue", "other_garment_color"),
        pattern("printed"),
        describe("t-shirt", "The t-shirt is black with a white HRX logo printed across the chest"),
        color_of("jeans", "black", "contradiction", kind="open"),
        details("t-shirt", "short sleeves, a round neck, and a print on the front"),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue shirt with thin white vertical stripes, full sleeves, buttoned cuffs, no chest pocket, tucked
    # into charcoal grey chinos with a brown belt, white backdrop. Caption adapter epoch 2.
    case(
        "X804-006",
        caption("a man wearing a blue striped shirt and grey pants with a brown belt"),
        pattern("striped"),
        color_of("shirt", "grey", "other_garment_color"),
        wearing("a light blue shirt with white stripes tucked into grey trousers"),
        details(
            "shirt",
            "The shirt has a spread collar, buttoned cuffs, and a pocket on the chest with a pen in it",
            "unsupported",
        ),
        sleeves("long"),
        is_a("shirt", "yes"),
        title="Peter England Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: bright yellow tee with a black Puma cat logo printed on the chest, light grey washed jeans, white
    # backdrop. Caption adapter epoch 2.
    case(
        "X804-007",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a crew neckline. The man is wearing a short-sleeve T-shirt with graphic "
            "patterns and a long denim pants. The",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow"),
        wearing("yellow t-shirt with a black puma logo and grey jeans"),
        color("grey", "other_garment_color"),
        material("cotton"),
        title="Puma Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: dark navy polo with a small flag logo on the chest, khaki chinos with the hem rolled at the ankle, white
    # sneakers, full length, white backdrop. Caption adapter epoch 2.
    case(
        "X804-008",
        caption("a man in a navy blue polo shirt, khaki chinos and white sneakers"),
        color_of("polo shirt", "black", "contradiction"),
        gtype("polo shirt"),
        bottom_details("chinos", "The chinos are khaki, slim fit with the hem rolled at the ankle"),
        wearing(
            "Question: What is the man wearing? Answer: a blue shirt and khaki pants Question: What is the color of "
            "the shirt? Answer:",
            "leak",
            who=MAN,
            hit_limit=True,
        ),
        sleeves("short"),
        title="Tommy Hilfiger Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with a small white floral / leaf print all over, buttoned, untucked over light
    # blue jeans ripped at both knees, white backdrop. Caption adapter epoch 2.
    case(
        "X804-009",
        caption(
            "This man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The pants are long-length denim with solid color patterns."
        ),
        pattern("printed"),
        color_of("shirt", "The shirt is with floral patterns.", "non_answer", kind="open"),
        color("blue", "other_garment_color"),
        bottom_details("jeans", "The jeans are light blue with ripped knees"),
        sleeves("short"),
        describe(
            "shirt",
            "The shirt is black with a white floral print, it has a lapel neckline and short sleeves, it is with "
            "cotton fabric, it has a lapel neckline and short sleeves, it",
            "loop",
            hit_limit=True,
        ),
        title="WROGN Men Black Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: heather grey tee with a small red Levi's batwing logo on the chest, short sleeves, dark indigo jeans seen
    # from the front (no back pockets visible), white backdrop. Caption adapter epoch 2.
    case(
        "X804-010",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants are long-length denim."
        ),
        color("grey"),
        wearing("a grey t-shirt with a small red logo and dark blue jeans"),
        describe(
            "t-shirt",
            "The t-shirt is grey with a red Levi's logo on the chest and the sleeves are long",
            "contradiction",
        ),
        bottom_details(
            "jeans",
            "The jeans are dark blue with a red tab on the back pocket and a zipper fly and five pockets",
            "unsupported",
        ),
        color_of(
            "jeans",
            "dark blue Question: What is the color of the t-shirt? Answer: grey Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gtype("t-shirt"),
        title="Levis Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: a full-sleeve shirt that reads plainly maroon / dark burgundy (the seller says Brown), one chest pocket,
    # buttoned, untucked over beige chinos, white backdrop. Caption adapter epoch 2.
    case(
        "X804-011",
        caption("a man wearing a maroon shirt and beige chinos"),
        color("maroon"),
        color_of("chinos", "beige"),
        wearing("maroon", "non_answer", who=MAN),
        sleeves("long"),
        describe("shirt", "The shirt is maroon with a chest pocket and long sleeves"),
        material(
            "The shirt is with cotton fabric. The pants are with cotton fabric. The shirt is with cotton fabric. The "
            "pants are with",
            "loop",
            hit_limit=True,
        ),
        title="Basics Men Brown Slim Fit Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: white polo with thin navy horizontal stripes, navy collar and navy sleeve cuffs, worn untucked (waist
    # hidden) over navy chinos, white backdrop. Caption adapter epoch 2.
    case(
        "X804-012",
        caption(
            "The man is wearing a short-sleeve polo shirt with striped patterns and long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline."
        ),
        color_of("polo shirt", "white"),
        pattern("striped"),
        wearing("He is wearing a white and blue striped polo and navy pants."),
        details("polo shirt", "The polo shirt details are the polo shirt details of the polo shirt", "restated"),
        describe(
            "polo shirt",
            "The polo shirt is white with thin navy horizontal stripes, a navy collar and navy cuffs on the short "
            "sleeves, it is worn untucked over navy chinos and the",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        bottom_details("chinos", "The chinos are navy blue, slim fit, with a brown leather belt", "unsupported"),
        title="United Colors of Benetton Men White Striped Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, two chest pockets with snap buttons, full sleeves rolled, untucked over black
    # chinos, white backdrop. Caption adapter epoch 2.
    case(
        "X804-013",
        caption(
            "This man is wearing a long-sleeve denim shirt with pure color patterns and a long pants. The shirt is "
            "with denim fabric. It has a lapel neckline. The pants are with cotton fabric and solid color patterns."
        ),
        material("denim"),
        color_of("shirt", "black", "other_garment_color"),
        details("shirt", "two chest pockets with snap buttons and sleeves rolled up"),
        wearing("she is wearing a denim shirt and black pants", "pronoun", who=MAN),
        gtype("jacket", "contradiction"),
        title="Levis Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green Dri-FIT training tee with a white swoosh on the chest, black slim jeans, no headwear, white
    # backdrop. Caption adapter epoch 2.
    case(
        "X804-014",
        caption("a man in an olive green nike t-shirt and black jeans"),
        material("polyester"),
        color("olive"),
        describe("t-shirt", "The t-shirt is black with a white nike logo on the chest", "other_garment_color"),
        sleeves("short"),
        wearing("an olive green t-shirt with a white nike swoosh, black jeans and a black cap", "unsupported"),
        title="Nike Men Olive Green Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: plain white formal shirt, full sleeves, spread collar, tucked into navy chinos with a black belt, light
    # grey backdrop. Caption adapter epoch 2.
    case(
        "X804-015",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants this man wears is in long length. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("chinos", "navy blue"),
        describe(
            "shirt",
            "The shirt is white, with a spread collar and long sleeves with buttoned cuffs, tucked into navy trousers",
        ),
        wearing("Question: What is the person wearing? Answer: a white shirt and blue pants", "leak"),
        pattern("solid"),
        title="Arrow Men White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal long-sleeve henley, three-button placket, sleeves pushed up to the forearm, light blue jeans, no
    # watch or jewellery, white backdrop. Caption adapter epoch 2.
    case(
        "X804-016",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline.",
            "contradiction",
        ),
        sleeves("long"),
        color("blue", "other_garment_color"),
        details("t-shirt", "The t-shirt has a buttoned placket at the neck and the sleeves are pushed up"),
        gtype("t-shirt"),
        wearing("grey t-shirt and blue jeans with a watch on his wrist", "unsupported", who=MAN),
        title="Jack & Jones Men Charcoal Grey Henley T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mustard tee with a white mountain graphic and the word "EXPLORE", olive chinos, white backdrop.
    # Caption adapter epoch 2.
    case(
        "X804-017",
        caption("a man wearing a yellow t-shirt with a mountain graphic and olive green pants"),
        color_of("t-shirt", "olive green", "other_garment_color", kind="open"),
        pattern("printed"),
        describe(
            "t-shirt", "mustard yellow with a white mountain print and the word explore, a round neck and short sleeves"
        ),
        color_of("chinos", "olive"),
        details(
            "t-shirt",
            "The graphic is a mountain with the word explore, the graphic is a mountain with the word explore, the "
            "graphic is a",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Mustard Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: light pink formal shirt, full sleeves, spread collar, one chest pocket, tucked into beige chinos with a
    # brown belt, white backdrop. Caption adapter epoch 2.
    case(
        "X804-018",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline.",
            "pronoun",
        ),
        color("pink"),
        wearing("a pink shirt and beige pants"),
        sleeves("long"),
        describe(
            "shirt",
            "The shirt is pink, with long sleeves and a spread collar, it is tucked into beige chinos with a brown "
            "belt",
        ),
        details(
            "shirt",
            "The shirt has a spread collar, a single chest pocket, long sleeves with two-button barrel cuffs and a "
            "curved hem, it is tucked into beige chinos with a",
            "cut",
            hit_limit=True,
        ),
        color_of("chinos", "pink", "contradiction"),
        title="Louis Philippe Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: royal blue polo with white horizontal stripes and a white collar, dark wash jeans, nothing on the head,
    # white backdrop. Caption adapter epoch 2.
    case(
        "X804-019",
        caption(
            "This man wears a short-sleeve polo shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants are long-length denim."
        ),
        pattern("solid", "contradiction"),
        color_of("polo shirt", "blue"),
        wearing(
            "A man is wearing a blue and white striped polo shirt, jeans and a pair of sunglasses on his head",
            "unsupported",
        ),
        details(
            "polo shirt",
            "The polo shirt is with cotton fabric. It has a lapel neckline. The pants are long-length denim. The polo "
            "shirt is with cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        sleeves("short"),
        title="Wrangler Men Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige linen shirt with a mandarin collar, full sleeves rolled to the elbow, white chinos, white
    # backdrop. Caption adapter epoch 2.
    case(
        "X804-020",
        caption("a man wearing a beige shirt and white pants"),
        material("cotton", "contradiction"),
        describe("shirt", "The shirt is beige with a mandarin collar and sleeves rolled to the elbow"),
        color("white", "other_garment_color"),
        sleeves("short", "contradiction"),
        is_a("shirt", "yes"),
        bottom_details("chinos", "white, slim fit, ankle length"),
        wearing(
            "The man is wearing a beige shirt with a mandarin collar and the sleeves rolled up to the elbows, with "
            "white chinos that are slim fit and",
            "cut",
            who=MAN,
            hit_limit=True,
        ),
        title="Indian Terrain Men Beige Linen Regular Fit Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: red round-neck tee with a black-and-white bicycle graphic and the words "BEING HUMAN", no pocket, black
    # jeans, white backdrop. The feed row has no color column. Caption adapter epoch 2.
    case(
        "X804-021",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants are long-length denim with solid color patterns."
        ),
        color("red"),
        color_of("jeans", "black"),
        wearing("yes", "non_answer", who=MAN),
        describe(
            "t-shirt",
            "The t-shirt is red with a black bicycle graphic and the words being human, and a V-neck",
            "contradiction",
        ),
        details("t-shirt", "The t-shirt has a pocket on the chest and the print is embroidered", "unsupported"),
        pattern("printed"),
        title="Being Human Men Red Printed Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: navy shirt with a white and red windowpane check, full sleeves, plain spread collar, one chest pocket,
    # untucked over khaki chinos, white backdrop. Caption adapter epoch 2.
    case(
        "X804-022",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. This gentleman wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        pattern("checked"),
        color_of("shirt", "navy blue"),
        wearing("a navy checked shirt with khaki pants"),
        details("shirt", "red and white checks on a navy base, a button-down collar and a chest pocket", "unsupported"),
        color_of("chinos", "The chinos are khaki", kind="open"),
        title="Van Heusen Men Navy Blue Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white polo with navy tipping on the collar and sleeve hems, small embroidered logo, tucked into navy
    # chinos with a brown belt, white backdrop. Caption adapter epoch 2.
    case(
        "X804-023",
        caption("a man in a white polo shirt and navy blue pants"),
        color_of("polo shirt", "white"),
        wearing("He is wearing a white polo shirt tucked into navy blue chinos with a brown belt."),
        details("polo shirt", "navy tipping on the collar and the sleeves, two buttons and a logo on the chest"),
        color("navy blue", "other_garment_color"),
        sleeves("long", "contradiction"),
        material("cotton"),
        title="Allen Solly Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red and black buffalo-check flannel shirt, full sleeves, open over a black crew tee, blue jeans, nothing
    # on the head, white backdrop. Caption adapter epoch 2.
    case(
        "X804-024",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns over a short-sleeve T-shirt. The pants are "
            "long-length denim."
        ),
        color_of("shirt", "red"),
        describe(
            "shirt",
            "The shirt is with lattice patterns. It has a lapel neckline. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The pants this man wears is in long length. The",
            "cut",
            hit_limit=True,
        ),
        material("flannel"),
        wearing(
            "a red and black checked flannel shirt over a black t-shirt, blue jeans and a beanie",
            "unsupported",
            who=MAN,
        ),
        pattern("checked"),
        bottom_details("jeans", "The jeans details are the details of the jeans that he is wearing", "restated"),
        title="Roadster Men Red & Black Checked Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: bottle green crew-neck tee, white chinos, no jewellery, white backdrop. Caption adapter epoch 2.
    case(
        "X804-025",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with "
            "cotton fabric. It has a crew neckline."
        ),
        color("white", "other_garment_color"),
        color_of("t-shirt", "green", kind="open"),
        describe("t-shirt", "green", "non_answer"),
        gtype("t-shirt"),
        wearing("a green t-shirt, white pants and a silver chain necklace", "unsupported", who=MAN),
        bottom_details(
            "chinos",
            "The chinos are white, the chinos are white, the chinos are white, the chinos are white, the chinos are",
            "loop",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: plain light grey formal shirt, full sleeves, spread collar, curved hem, tucked into black chinos with a
    # black belt, white wall behind. Caption adapter epoch 2.
    case(
        "X804-026",
        caption("a man wearing a grey shirt and black pants standing in front of a white wall"),
        color_of("shirt", "grey"),
        wearing(
            "Question: What is the person wearing? Answer: a grey shirt and black pants Question: What is the color "
            "of the pants? Answer: black Question",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "long sleeves with buttoned cuffs, a spread collar and a curved hem, tucked in"),
        sleeves("long"),
        pattern("checked", "contradiction"),
        color_of("chinos", "black"),
        title="Blackberrys Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black polo with a small white Puma cat logo, ribbed collar and cuffs, three-button placket, grey chinos,
    # white backdrop, front view. Caption adapter epoch 2.
    case(
        "X804-027",
        caption(
            "This man wears a short-sleeve polo shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants are long-length with cotton fabric."
        ),
        color("black"),
        is_a("polo shirt", "no", "contradiction"),
        wearing("The man is wearing a black polo shirt and grey pants", who=MAN),
        color_of("chinos", "black", "contradiction"),
        details("polo shirt", "a white puma logo on the chest, a ribbed collar and a three-button placket"),
        describe(
            "polo shirt",
            "The polo shirt is black with a small white puma logo on the left side of the chest, a ribbed collar and "
            "ribbed cuffs on the sleeves, and it is",
            "cut",
            hit_limit=True,
        ),
        title="Puma Men Black Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: blue and white vertical-striped short-sleeve shirt, sunglasses hooked on the placket, full-length beige
    # chinos, white backdrop. Caption adapter epoch 2.
    case(
        "X804-028",
        caption("a man wearing a blue and white striped shirt and beige shorts", "contradiction"),
        pattern("striped"),
        color("blue"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt has blue and white vertical stripes, short sleeves and a pair of sunglasses hanging from the "
            "placket",
        ),
        sleeves("short"),
        wearing(
            "blue and white striped shirt blue and white striped shirt blue and white striped shirt blue and white "
            "striped shirt blue and",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Men Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: turquoise blue tee with a white "HRX" chest print, khaki chinos, no rings or jewellery, white backdrop.
    # Caption adapter epoch 2.
    case(
        "X804-029",
        caption(
            "This man is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. There is a ring on his finger.",
            "unsupported",
        ),
        color("turquoise blue"),
        wearing("a blue t-shirt and khaki pants"),
        color_of("chinos", "blue", "contradiction", kind="open"),
        pattern("printed"),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="HRX by Hrithik Roshan Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: lavender shirt, long sleeves, top button undone, untucked over dark blue slim jeans, one hand in a
    # pocket, white backdrop. Caption adapter epoch 2.
    case(
        "X804-030",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants are with denim fabric and solid color patterns."
        ),
        color_of("shirt", "purple"),
        describe(
            "shirt",
            "The shirt is light purple with long sleeves, the top button open, and it is worn untucked over dark "
            "jeans.",
        ),
        details("shirt", "The shirt details are the details of the shirt the man is wearing", "restated"),
        color("blue", "other_garment_color"),
        gtype("shirt"),
        material("silk", "unsupported"),
        wearing(
            "The man is wearing a lavender shirt with long sleeves and the top button undone over dark blue slim "
            "jeans, standing with one hand in his pocket and looking at the",
            "cut",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: maroon pique polo with a green crocodile logo, ribbed cuffs, two-button placket, beige chinos, white
    # sneakers, full length, white backdrop. Caption adapter epoch 2.
    case(
        "X804-031",
        caption("a man in a maroon polo shirt, beige chinos and white sneakers"),
        color_of("polo shirt", "maroon"),
        color("beige", "other_garment_color"),
        wearing("she is wearing a maroon polo shirt and beige pants with white shoes", "pronoun"),
        details("polo shirt", "a green crocodile logo on the chest, ribbed cuffs and a two-button placket"),
        material("cotton"),
        pattern("solid"),
        bottom_details(
            "chinos",
            "The chinos are with cotton fabric and pure color patterns. The chinos are with cotton fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Lacoste Men Maroon Solid Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: khaki shirt with epaulettes, two flap chest pockets, full sleeves rolled up on button tabs, untucked
    # over black jeans, no belt or watch visible, white backdrop. Caption adapter epoch 2.
    case(
        "X804-032",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants are with denim fabric and solid color patterns and they are of long",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "beige"),
        details("shirt", "epaulettes on the shoulders, two flap pockets on the chest, and roll-up tabs on the sleeves"),
        color_of("jeans", "black"),
        wearing("a khaki shirt and black jeans with a black leather belt and a silver watch", "unsupported", who=MAN),
        is_a("shirt", "yes"),
        describe("shirt", "yes", "non_answer"),
        title="Mufti Men Khaki Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: white tee with a large black adidas trefoil logo print, light blue slim jeans faded at the thighs, white
    # backdrop. Caption adapter epoch 2.
    case(
        "X804-033",
        caption("a man wearing a white adidas t-shirt and blue jeans"),
        color("white"),
        describe("t-shirt", "The t-shirt is white with a black adidas logo on the front and short sleeves"),
        color_of("t-shirt", "The t-shirt is with graphic patterns", "non_answer", kind="open"),
        bottom_details("jeans", "light blue, slim fit with faded thighs"),
        pattern("striped", "contradiction"),
        wearing("Answer: a white t-shirt with a black adidas logo and light blue jeans", "leak"),
        title="Adidas Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black shirt, full sleeves, buttoned to the collar, untucked over light grey jeans, white backdrop.
    # Caption adapter epoch 2.
    case(
        "X804-034",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants are long-length denim with pure color patterns."
        ),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        color_of("jeans", "grey"),
        wearing("a black shirt and grey jeans"),
        describe(
            "shirt",
            "The shirt is black with long sleeves and buttoned up to the collar. The shirt is black with long sleeves "
            "and buttoned up to the collar. The",
            "loop",
            hit_limit=True,
        ),
        material("linen", "unsupported"),
        title="Highlander Men Black Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy V-neck tee, short sleeves, no pocket, khaki chinos, white backdrop. Caption adapter epoch 2.
    case(
        "X804-035",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. The pants are long-length with cotton fabric and pure color patterns."
        ),
        color("navy blue"),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        describe("t-shirt", "The t-shirt is navy blue with a V-neck and short sleeves"),
        wearing("a navy v-neck t-shirt and khaki chinos", who=MAN),
        details("t-shirt", "a round neck and a chest pocket", "contradiction"),
        gtype("polo shirt", "contradiction"),
        sleeves("short"),
        title="Jockey Men Navy Blue Solid V-Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: blue and white small gingham check shirt, full sleeves, spread collar, tucked into navy chinos with a
    # black belt, white backdrop. Caption adapter epoch 2.
    case(
        "X804-036",
        caption(
            "This lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline.",
            "pronoun",
        ),
        pattern("checked"),
        color_of("shirt", "blue"),
        details(
            "shirt",
            "The shirt has a small blue and white check, a spread collar, buttoned cuffs, and it is tucked into navy "
            "trousers with a black belt",
        ),
        wearing(
            "Question: What is the person wearing? Answer: a blue shirt Question: What is the person wearing? Answer: "
            "a blue shirt Question: What",
            "leak",
            hit_limit=True,
        ),
        gtype("shirt"),
        material("The shirt is with cotton fabric and the pants are with leather fabric", "unsupported"),
        title="Peter England Men Blue Checked Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive polo with black tipping on the collar, button placket, clean dark blue jeans (no rips, no chain),
    # white backdrop. Caption adapter epoch 2.
    case(
        "X804-037",
        caption("a man in an olive green polo shirt and dark blue jeans"),
        color_of("polo shirt", "blue", "other_garment_color"),
        wearing("The man is wearing an olive polo shirt and dark jeans.", who=MAN),
        details(
            "polo shirt",
            "The polo shirt has a lapel neckline and short sleeves and the polo shirt has a lapel neckline and short "
            "sleeves and the polo shirt has",
            "loop",
            hit_limit=True,
        ),
        sleeves("short"),
        describe("polo shirt", "The polo shirt is olive green with a black tipped collar and a button placket."),
        bottom_details("jeans", "dark blue jeans with rips at the knees and a chain on the side", "unsupported"),
        title="Red Tape Men Olive Solid Polo T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: a man in a white linen shirt, full sleeves rolled up, top two buttons open, untucked over khaki chinos,
    # white backdrop. The feed row has no gender column. Caption adapter epoch 2.
    case(
        "X804-038",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants are long-length with cotton fabric and solid color patterns.",
            "contradiction",
        ),
        material("linen"),
        color("white"),
        wearing("a white shirt and khaki pants"),
        describe(
            "shirt",
            "The shirt is white with long sleeves rolled up, the top two buttons open, and it is worn untucked",
        ),
        color_of("chinos", "white", "contradiction"),
        title="Nautica Men White Linen Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: grey tee with a multicolor surfboard graphic and "CALIFORNIA" in orange and blue, no pocket or hood,
    # black jeans, white backdrop. Caption adapter epoch 2.
    case(
        "X804-039",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants are long-length denim. This man wears a short-sleeve T-shirt with graphic "
            "patterns. The T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        color("grey"),
        describe("t-shirt", "The t-shirt is grey with a california surf print in orange and blue on the chest"),
        color_of("jeans", "black"),
        wearing("He is wearing an orange t-shirt and black jeans.", "contradiction"),
        pattern("printed"),
        details("t-shirt", "The t-shirt has a california print, a chest pocket and a hood", "unsupported"),
        bottom_details("jeans", "The jeans are the jeans the man is wearing in the photo", "restated"),
        title="Flying Machine Men Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: brown and beige check shirt, full sleeves, button-down collar, one chest pocket, tucked into navy chinos
    # with a brown belt, white backdrop. Caption adapter epoch 2.
    case(
        "X804-040",
        caption("a man wearing a brown plaid shirt and navy blue pants with a brown belt"),
        color_of("shirt", "navy blue", "other_garment_color"),
        pattern("checked"),
        details("shirt", "brown and beige checks, a button-down collar, a chest pocket and long sleeves"),
        wearing(
            "The man is wearing a brown shirt and navy pants. The man is wearing a brown shirt and navy pants. The "
            "man is wearing a brown",
            "loop",
            who=MAN,
            hit_limit=True,
        ),
        material("cotton"),
        title="Arrow Sport Men Brown Checked Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: light pink polo with a small navy logo, no sleeve pocket, white chinos, tan loafers, full length, white
    # backdrop. Caption adapter epoch 2.
    case(
        "X804-041",
        caption(
            "The man is wearing a short-sleeve polo shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The pants are long-length with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color("pink"),
        color_of("chinos", "white"),
        wearing("pink polo shirt, white chinos and brown loafers"),
        describe(
            "polo shirt",
            "The polo shirt is pink with a navy logo on the chest, and there is a pocket on the sleeve with a zipper",
            "unsupported",
        ),
        is_a("polo shirt", "yes"),
        title="US Polo Assn Men Pink Solid Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: navy short-sleeve shirt with a white micro polka-dot print, khaki chinos, brown sneakers, white
    # backdrop. Caption adapter epoch 2.
    case(
        "X804-042",
        caption(
            "The man is wearing a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants are long-length with cotton fabric."
        ),
        pattern("printed"),
        color_of("shirt", "navy blue"),
        details("shirt", "The shirt details are that it is a shirt with details", "restated"),
        wearing("she is wearing a navy shirt with white dots and khaki pants", "pronoun", who=MAN),
        sleeves("long", "contradiction"),
        title="Roadster Men Navy Blue Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain black crew-neck tee, no print, blue straight jeans, white backdrop, front view. The feed row has no
    # category column. Caption adapter epoch 2.
    case(
        "X804-043",
        caption("a man wearing a black t-shirt and blue jeans"),
        color_of("t-shirt", "blue", "other_garment_color"),
        wearing("black t-shirt and blue jeans"),
        describe("t-shirt", "The t-shirt is black with a white graphic print of a skull on the front", "unsupported"),
        gtype("jeans", "contradiction"),
        bottom_details("jeans", "The jeans are blue, straight cut, with a five-pocket design and a small coin pocket"),
        material("Her t-shirt is with cotton fabric. It has a crew neckline.", "pronoun"),
        title="Hanes Men Black Solid Round Neck T-shirt",
        color="Black",
        gender="Men",
    ),
    # photo: bottle green corduroy shirt, full sleeves, two flap chest pockets, spread collar, curved hem, buttoned,
    # light wash jeans, white backdrop. Caption adapter epoch 2.
    case(
        "X804-044",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants are long-length denim."
        ),
        material("corduroy"),
        color("green"),
        describe(
            "shirt",
            "The shirt is dark green corduroy with long sleeves, two chest pockets with flaps and buttons, a spread "
            "collar and a curved hem, worn with light blue jeans and",
            "cut",
            hit_limit=True,
        ),
        wearing("Question: What is the man wearing? Answer: green", "leak", who=MAN),
        color_of("jeans", "blue"),
        gtype("jacket", "contradiction"),
        title="Jack & Jones Men Green Corduroy Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: royal blue polo with a white swoosh, ribbed collar, two-button placket, beige chinos, white backdrop.
    # Caption adapter epoch 2.
    case(
        "X804-045",
        caption(
            "This man wears a short-sleeve polo shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants are long-length denim.",
            "contradiction",
        ),
        color_of("polo shirt", "blue"),
        wearing("a blue nike polo shirt and beige chinos"),
        details("polo shirt", "white swoosh on the chest, ribbed collar, two-button placket"),
        color("beige", "other_garment_color"),
        sleeves("short"),
        material("polyester with a mesh lining", "unsupported"),
        describe("polo shirt", "polo shirt", "non_answer"),
        title="Nike Men Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon formal shirt, long sleeves, spread collar, buttoned cuffs, tucked into grey chinos with a black
    # belt, light grey backdrop. Caption adapter epoch 2.
    case(
        "X804-046",
        caption("a man in a maroon shirt and grey pants standing in front of a grey wall"),
        color_of("shirt", "grey", "other_garment_color"),
        wearing("The man is wearing a maroon shirt and grey pants.", who=MAN),
        describe("shirt", "The shirt is maroon with long sleeves, a spread collar and buttoned cuffs"),
        details(
            "shirt",
            "The shirt is maroon with a spread collar, long sleeves and buttoned cuffs, it is tucked into grey "
            "trousers with a black belt and the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Louis Philippe Men Maroon Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
]
