"""BLIND_187 (46 products; men's casual wear from an Indian marketplace, Myntra-like, English): written blind in the
thirty-seventh session. Measured blind at 8729563 (the session's final rules): 135/145 failures found (93.1%) and
0/140 correct texts flagged (0.0%). The writer's notes, verbatim:

Scenario: t-shirts, polos, casual shirts, sweatshirts, hoodies, jackets, jeans, chinos, track pants and shorts from a
Myntra-like catalog (titles such as "HRX by Hrithik Roshan Men Grey Melange Solid Running T-shirt", seller colors
such as "Grey Melange", "Olive", "Navy Blue", "Charcoal", "Maroon", "Khaki"), run through the experiments' own
questionnaire: the caption, "What is the person wearing?" (a few "What is he wearing?"), "What is the color of the
shirt / pants / jeans / shorts / jacket?", "What are the shirt details?" (and pants / jeans / shorts details, built
with question()), "Describe the shirt." (or the garment the product is), "Is this a t-shirt?" (or "a pair of
jeans?", "a polo shirt?") and "What material is the garment made of?". Photos: male models on white backdrops
wearing the product with other clothes; two flat-lays with no person (sku 187-18 and 187-29).

Which system wrote which text (none of this is stored in the corpus, only implied by the phrasing):
- untuned base model: short lowercase answers and captions ("a man in a grey t-shirt and black pants"); correct
  most of the time; its failures are one color for every garment, wrong pronoun ("she", "a woman"), invented
  details (hoods, pockets, zips, ties that are not there), bare non-answers ("", "yes", "none", "they are jeans"),
  restatements ("the pants are pants that are worn") and the odd "Answer: ..." echo. Never hit_limit.
- caption adapters (epoch 1 and 3): the DeepFashion-MultiModal template ("The gentleman wears a long-sleeve shirt
  with pure color patterns ...") for the caption and for every open prompt, no hue names, no end token: always
  hit_limit=True (50 tokens for captions, 30 for answers), cut mid-sentence or looping on one template sentence.
- VQA adapter: one word (a color or an In-shop class: tee, shorts, denim, jacket) that runs on, either repeated
  30 times or continuing "Question: ... Answer: ..." by itself: always hit_limit=True.
- reference engine: every closed answer (color_of stored closed, is_a): picks one candidate, never loops, never
  hits the limit; sometimes the color of another garment in the photo, sometimes a color nothing in the photo has,
  sometimes "yes" to "Is this a t-shirt?" for a hoodie or jacket.

Labeling conventions and judgement calls:
- one label per failure, the one an auditor would see first. A caption-adapter text that ends mid-sentence is
  "cut" even where it also returns the template to a question it does not answer; one that repeats a sentence or a
  list is "loop"; a template answer to a color question that happens to stop at a full stop is "non_answer" (it
  names no color). A VQA run-on that writes "Question:"/"Answer:" is "leak" even when it also repeats itself.
- a template caption that invents a gentleman, trousers and a wrist accessory for a flat-lay is "unsupported".
- "other_garment_color": a color answer that is the color another garment in the same photo has (the t-shirt's
  white for the jeans, the chinos' khaki for the polo, "grey" for everything). "contradiction": a color nothing in
  the photo has, against the seller color, or a garment the seller category rules out (a jacket caption for a shirt,
  "yes" to "Is this a t-shirt?" for a hoodie, "yes" to "Is this a pair of jeans?" for chinos).
- "non_answer": empty, "none", "nothing", "unknown", "i don't know", "yes" to an open question, or only the
  garment word the question named ("they are jeans", "pants", "they are short"). "restated": a full sentence that
  only turns the question round ("the jeans are jeans", "the material is the material of the garment").
- "pronoun": only for products with gender="Men" whose text says she / her / a woman.
- correct texts on purpose: the shirt's real color asked of a jeans, chinos or shorts product ("white" for the tee
  over blue jeans, seller color "Blue"); multi-colored prints and stripes ("white with blue and red print", "green
  and white"); logos the title names ("puma", "hrx", "flying machine"); near names for the seller color ("beige" for
  Khaki, "grey" for Grey Melange and Charcoal, "red" for a Maroon shirt in a base caption, "teal" for Teal);
  "white" for the tee under a denim or leather jacket; "yes" to "Is this a t-shirt?" for a "Polo Collar T-shirt";
  "there is no person in the picture" for a flat-lay; layered answers naming three garments.
- sku 187-25, 187-29 and 187-41 have no gender column; 187-44 has no category; 187-46 has no color.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

DET_PANTS = question("details_pants", "What are the pants details?", "open")
DET_JEANS = question("details_jeans", "What are the jeans details?", "open")
DET_SHORTS = question("details_shorts", "What are the shorts details?", "open")


def _rep(word: str, n: int = 30) -> str:
    """A VQA-adapter loop: one answer word repeated until the 30-token limit."""
    return " ".join([word] * n)


BLIND_187 = [
    # Male model, white backdrop: grey melange crew-neck short-sleeve t-shirt with a small white HRX logo on the
    # left chest, black track pants, white running shoes. No watch, no accessories.
    case(
        "187-01",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and black pants"),
        color_of("shirt", "grey"),
        details("shirt", "it has a small white logo on the chest"),
        is_a("t-shirt", "yes"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Running T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Male model: olive green full-sleeve casual shirt, spread collar, button placket, two flap chest pockets,
    # buttoned up; beige chinos; white backdrop.
    case(
        "187-02",
        caption("a man in a green jacket and beige pants", "contradiction"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", _rep("green"), "loop", kind="open", hit_limit=True),
        details(
            "shirt",
            "The sleeves, the neckline, the pockets, the sleeves, the neckline, the pockets, the sleeves, the "
            "neckline, the pockets, the sleeves,",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        describe("shirt", "a green shirt with two pockets on the chest"),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Male model: plain white crew-neck t-shirt worn untucked, mid-blue skinny jeans with a clean look (no fading,
    # no rips), white sneakers.
    case(
        "187-03",
        caption("a man in a white t-shirt and blue jeans"),
        color_of("shirt", "white"),
        color_of("jeans", "white", "other_garment_color"),
        DET_JEANS(
            "The trousers are of long length. The trousers are with denim fabric and pure color patterns. The "
            "gentleman wears a short-sleeve T-shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        material("denim"),
        gender="Men",
        title="Flying Machine Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Male model: navy blue pullover hoodie, white drawstrings, kangaroo pocket, ribbed cuffs; black jeans.
    case(
        "187-04",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton "
            "fabric. The sweater is",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a blue hoodie and black jeans", "pronoun"),
        color_of("shirt", "navy blue"),
        is_a("t-shirt", "yes", "contradiction"),
        describe("shirt", "a navy blue hoodie with a front pocket and drawstrings"),
        material("fleece"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Male model: white pique polo, two-button placket, small navy embroidered logo on the left chest; navy chinos.
    case(
        "187-05",
        caption("a man wearing a white polo shirt and blue pants"),
        color_of(
            "shirt",
            "white Question: What is the color of the pants? Answer: blue Question: What is the color of the "
            "shoes? Answer: white Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "it has a collar and two buttons"),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is lapel. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        color_of("pants", "navy blue"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Male model: charcoal grey slim chinos, light blue chambray full-sleeve shirt with the sleeves rolled to the
    # forearm, brown loafers. Nothing green in the photo.
    case(
        "187-06",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with denim fabric and its neckline is lapel. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey pants"),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "green", "contradiction"),
        DET_PANTS("the pants details", "restated"),
        material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Charcoal Grey Solid Slim Fit Chinos",
        category="Trousers",
        color="Charcoal",
    ),
    # Male model: black crew-neck t-shirt with a large white PUMA wordmark and cat logo across the chest;
    # mid-blue jeans.
    case(
        "187-07",
        caption("a man in a black puma t-shirt and jeans"),
        details("shirt", "the puma logo on the front"),
        color_of("shirt", "black"),
        describe("shirt", "a black t-shirt with a white puma logo"),
        wearing(_rep("tee"), "loop", hit_limit=True),
        is_a("t-shirt", "yes"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Regular Fit T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Male model: maroon full-sleeve casual shirt, button-down collar, one chest pocket, no hood; black jeans.
    case(
        "187-08",
        caption("a man in a red shirt and black jeans"),
        color_of("shirt", "maroon"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a maroon shirt with a pocket and a hood", "unsupported"),
        wearing("she is wearing a maroon shirt and black jeans", "pronoun"),
        is_a("t-shirt", "no"),
        gender="Men",
        title="Highlander Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Male model: black track pants with a small white swoosh on the left thigh and elastic ankle cuffs; plain grey
    # crew-neck t-shirt; black sneakers.
    case(
        "187-09",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color "
            "patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        DET_PANTS("a white nike logo on the left leg"),
        material("polyester"),
        wearing(
            "pants Question: What is the color of the pants? Answer: black Question: Is this a pants? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        describe("pants", "the pants are pants that are worn", "restated"),
        gender="Men",
        title="Nike Men Black Solid Dri-FIT Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Male model, front view only: dark indigo slim jeans, black crew-neck t-shirt, brown leather belt. The back
    # pockets are not visible.
    case(
        "187-10",
        caption("a man in a black shirt and dark jeans"),
        color_of(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        DET_JEANS("they have a red tag on the back pocket", "unsupported"),
        is_a("pair of jeans", "yes"),
        material("denim"),
        gender="Men",
        title="Levis Men Indigo Blue 511 Slim Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Male model: white full-sleeve shirt with thin vertical blue stripes, spread collar, no pocket; navy chinos.
    case(
        "187-11",
        caption("a man in a blue and white striped shirt"),
        color_of("shirt", "white"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has vertical stripes and a pocket", "unsupported"),
        wearing("she wears a striped shirt and navy blue pants", "pronoun"),
        color_of("pants", "white", "other_garment_color"),
        gender="Men",
        title="HERE&NOW Men White & Blue Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Male model: mustard yellow pullover hoodie with a kangaroo pocket, hood down; blue jeans.
    case(
        "187-12",
        caption("a man in a yellow hoodie and jeans"),
        wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
            "with cotton fabric and its neckline is round. The pants are",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "yellow Question: What is the color of the hoodie? Answer: yellow Question: What is the color of the "
            "hoodie? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        material("the garment is made of the material", "restated"),
        describe("shirt", "a mustard yellow hoodie with a kangaroo pocket"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Male model: sand-beige (khaki) slim chinos with slant pockets and belt loops; navy polo shirt; white sneakers.
    case(
        "187-13",
        caption("a man wearing a navy polo shirt and beige chinos"),
        color_of("pants", "beige"),
        color_of("shirt", "khaki", "other_garment_color"),
        DET_PANTS(
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. The "
            "trousers are of long length. The trousers are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue shirt and khaki pants"),
        describe("pants", "they are pants", "non_answer"),
        gender="Men",
        title="Jack & Jones Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Male model: navy bomber jacket, front zip open, ribbed collar, cuffs and hem, small flag logo on the chest, no
    # hood, no chest pockets; white crew-neck t-shirt under it; grey jeans.
    case(
        "187-14",
        caption("a man in a navy jacket and white t-shirt"),
        wearing("a jacket, a white shirt and grey jeans"),
        color_of("jacket", "navy blue"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long-sleeve outer clothing with pure color",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "a navy blue jacket with a hood and two zip pockets on the chest", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Male model: mid-blue faded denim shirt, full sleeves, two flap chest pockets, buttoned; black jeans.
    case(
        "187-15",
        caption("a man in a denim jacket and black jeans", "contradiction"),
        wearing("a blue denim shirt and black jeans"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("shirt", _rep("denim"), "loop", hit_limit=True),
        material("denim"),
        gender="Men",
        title="Roadster Men Blue Regular Fit Faded Casual Denim Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Male model: red and black buffalo-check flannel shirt, full sleeves, buttoned; blue jeans.
    case(
        "187-16",
        caption("a man wearing a red and black plaid shirt"),
        color_of("shirt", "red"),
        wearing(
            "shirt Question: What is the color of the shirt? Answer: red Question: What is the color of the pants? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The gentleman wears a long-sleeve shirt "
            "with lattice patterns and a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "it is a shirt that is a shirt", "restated"),
        is_a("t-shirt", "no"),
        color_of("pants", "", "non_answer", kind="open"),
        gender="Men",
        title="Roadster Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Male model: yellow pique polo with white tipping on the collar and sleeve hems, three-button placket; grey
    # chinos.
    case(
        "187-17",
        caption("a man in a yellow polo shirt and grey pants"),
        color_of("shirt", _rep("yellow"), "loop", kind="open", hit_limit=True),
        color_of("pants", "yellow", "other_garment_color"),
        details("shirt", "the collar and sleeves have white stripes"),
        wearing("she is wearing a yellow shirt", "pronoun"),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="Louis Philippe Sport Men Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Flat-lay, no person: black oversized crew-neck t-shirt on a white surface, a large orange and white tiger-face
    # graphic with the word "WILD" on the front. No pants, nothing blue.
    case(
        "187-18",
        caption("a black t-shirt with a tiger print on it"),
        wearing("a black t-shirt with a tiger on it"),
        color_of("shirt", "black"),
        details(
            "shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The gentleman wears a long trousers. "
            "There is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        describe("shirt", "a black t-shirt with an orange and white tiger graphic"),
        is_a("t-shirt", "yes"),
        color_of("pants", "blue", "unsupported", kind="open"),
        gender="Men",
        title="Difference of Opinion Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Male model: grey melange knee-length lounge shorts with a drawstring waist and side pockets; plain white
    # crew-neck t-shirt; barefoot.
    case(
        "187-19",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "grey"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        DET_SHORTS("they are short", "non_answer"),
        wearing("a white t-shirt and grey shorts"),
        material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Regular Fit Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Male model: navy track pants with three white stripes down each side; plain white t-shirt; white sneakers.
    case(
        "187-20",
        caption("a man in a white shirt and blue track pants"),
        color_of(
            "pants",
            "navy Question: What is the color of the shirt? Answer: white Question: Is this a pants? Answer: yes "
            "Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        DET_PANTS("three white stripes down the side"),
        describe("pants", "the pants", "restated"),
        wearing("a man", "non_answer"),
        material("polyester"),
        gender="Men",
        title="ADIDAS Men Navy Blue Solid Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Male model: black slim stretch jeans, olive green crew-neck t-shirt, black boots.
    case(
        "187-21",
        caption(
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and "
            "pure color patterns. The trousers are with denim fabric and pure color patterns. The trousers are with "
            "denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "olive"),
        color_of("jeans", "black"),
        wearing("a green t-shirt and black jeans"),
        DET_JEANS("they are jeans", "non_answer"),
        describe("jeans", "black skinny jeans"),
        gender="Men",
        title="Urbano Fashion Men Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Male model: white crew-neck t-shirt with an abstract blue and red brush-stroke print on the front; blue jeans.
    case(
        "187-22",
        caption("a woman wearing a white t-shirt with a print", "pronoun"),
        color_of("shirt", "white with blue and red print", kind="open"),
        color_of("pants", "blue"),
        details(
            "shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "T-shirt has short sleeves, cotton fabric and graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        wearing(
            "graphic tee Question: What is the color of the graphic tee? Answer: white Question: What is",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Moda Rapido Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Male model: charcoal grey crew-neck sweatshirt with "HRX" printed in white across the chest, ribbed cuffs and
    # hem, no hood, no zip; black joggers.
    case(
        "187-23",
        caption("a man in a grey sweatshirt with hrx on it"),
        color_of("shirt", "charcoal"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("shirt", _rep("white letters", 15), "loop", hit_limit=True),
        is_a("t-shirt", "no"),
        describe("shirt", "a grey sweatshirt with a hood and a zipper", "unsupported"),
        material("fleece"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Printed Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Male model: navy short-sleeve casual shirt with a small all-over white leaf print, cutaway collar, no pocket;
    # beige shorts.
    case(
        "187-24",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt is "
            "with cotton fabric and its neckline is lapel. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        details("shirt", "white leaves printed all over"),
        wearing("a shirt and shorts"),
        describe("shirt", "a navy blue shirt with white flowers and a pocket on the chest", "unsupported"),
        color_of("shorts", "navy blue", "other_garment_color"),
        is_a("t-shirt", "no"),
        gender="Men",
        title="Peter England Casuals Men Navy Blue & White Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Male model: black oversized pullover hoodie, white drawstrings, kangaroo pocket, hood down; light blue jeans.
    case(
        "187-25",
        caption("a man in a black hoodie and blue jeans"),
        wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", _rep("black"), "loop", kind="open", hit_limit=True),
        color_of("pants", "blue"),
        details("shirt", "the hoodie has a kangaroo pocket"),
        material("i don't know", "non_answer"),
        title="Bewakoof Men Black Solid Oversized Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Male model: white linen full-sleeve shirt, sleeves rolled to the elbows, top button open; khaki chinos.
    case(
        "187-26",
        caption("a man in a white shirt with rolled up sleeves"),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        material("linen"),
        details(
            "shirt",
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. "
            "The shirt is with cotton fabric. The shirt",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a white t-shirt", "contradiction"),
        wearing(
            "shirt Question: What is the person wearing? Answer: shirt Question: What is the person wearing? "
            "Answer: shirt",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Men White Slim Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Male model: mid-blue denim trucker jacket, button front, two flap chest pockets, worn open over a plain white
    # crew-neck t-shirt; black jeans. Plain denim collar, no fur.
    case(
        "187-27",
        caption("a man in a denim jacket and black jeans"),
        wearing("a blue denim jacket over a white t-shirt and black jeans"),
        color_of("shirt", "white"),
        color_of("jacket", "black", "other_garment_color"),
        details(
            "jacket",
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "denim fabric and its neckline is lapel. The gentleman wears a short-sleeve T-",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        material("it is made of the garment material", "restated"),
        describe("jacket", "a blue jacket with a fur collar", "unsupported"),
        gender="Men",
        title="Levis Men Blue Solid Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Male model: black full-sleeve casual shirt, spread collar, white buttons; grey jeans. (Caption adapter
    # everywhere: the VQA is gone.)
    case(
        "187-28",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and its neckline is lapel. The trousers are with denim fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel.",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        color_of("pants", "grey"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Black Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Flat-lay, no person: olive green crew-neck t-shirt with a small tone-on-tone embroidered logo on the chest,
    # on a white surface. No pocket, no zip.
    case(
        "187-29",
        caption("an olive green t-shirt on a white background"),
        wearing("there is no person in the picture"),
        color_of(
            "shirt",
            "green Question: What is the color of the tee? Answer: green Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "it has a pocket on the chest and a zipper", "unsupported"),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="Jack & Jones Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Male model: beige slim chinos, black polo shirt, white sneakers.
    case(
        "187-30",
        caption("a man in a black polo shirt and beige pants"),
        color_of("pants", "black", "other_garment_color"),
        wearing("he is wearing a black polo shirt and khaki pants", who="he"),
        DET_PANTS(_rep("pants"), "loop", hit_limit=True),
        describe("pants", "pants", "non_answer"),
        material("cotton"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="Highlander Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Male model: teal polo with white collar tipping; navy shorts. Nothing purple in the photo.
    case(
        "187-31",
        caption("a man wearing a teal polo shirt and blue shorts"),
        color_of("shirt", "purple", "contradiction"),
        color_of("shorts", "navy blue"),
        wearing("she is wearing a polo shirt and shorts", "pronoun"),
        details(
            "shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The gentleman wears a three-point shorts. The shorts are",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Van Heusen Sport Men Teal Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Male model: red lightweight windcheater, zipped up, white zip, hood folded at the collar; black track pants.
    case(
        "187-32",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer "
            "clothing is with cotton fabric. The gentleman",
            "loop",
            hit_limit=True,
        ),
        wearing("a red jacket and black pants"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        describe(
            "jacket",
            "jacket Question: What is the color of the jacket? Answer: red Question: Is this a jacket? Answer: "
            "yes Question:",
            "leak",
            hit_limit=True,
        ),
        material("unknown", "non_answer"),
        is_a("t-shirt", "no"),
        gender="Men",
        title="Campus Sutra Men Red Solid Windcheater Jacket",
        category="Jackets",
        color="Red",
    ),
    # Male model: light-wash straight jeans with faded thighs; maroon crew-neck t-shirt; brown boots.
    case(
        "187-33",
        caption("a man in a maroon t-shirt and jeans"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue"),
        DET_JEANS(
            "The trousers are of long length. The trousers are with denim fabric and pure color patterns. The "
            "gentleman wears a short-sleeve T-shirt with pure color patterns",
            "cut",
            hit_limit=True,
        ),
        describe("jeans", "the jeans are jeans", "restated"),
        is_a("pair of jeans", "yes"),
        gender="Men",
        title="Mast & Harbour Men Blue Washed Straight Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Male model: grey melange joggers, drawstring waist, cuffed ankles, small white swoosh on the thigh; black
    # pullover hoodie. Nothing red in the photo.
    case(
        "187-34",
        caption("a man wearing a black hoodie and grey joggers"),
        color_of(
            "pants",
            "grey Question: What is the color of the hoodie? Answer: black Question: What is the color of the pants? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "red", "contradiction"),
        DET_PANTS("they have a drawstring and cuffs at the ankles"),
        wearing("a woman in a black hoodie and grey sweatpants", "pronoun"),
        material("the garment is made of fabric", "non_answer"),
        gender="Men",
        title="Nike Men Grey Melange Solid Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Male model: black crew-neck t-shirt with "FLYING MACHINE" in large white letters over a red bar print; blue
    # jeans.
    case(
        "187-35",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with denim fabric and pure color "
            "patterns. His",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black with white and red letters", kind="open"),
        material("cotton"),
        details("shirt", "flying machine written on the front"),
        wearing("Answer: a black t-shirt and blue jeans", "leak"),
        is_a("t-shirt", "no", "contradiction"),
        gender="Men",
        title="Flying Machine Men Black Brand Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Male model, front view: royal blue running shorts above the knee with neon green side piping and a small
    # reflective logo; black t-shirt. The back of the shorts is not visible.
    case(
        "187-36",
        caption("a man in a black shirt and blue shorts"),
        color_of(
            "shorts",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        wearing("yes", "non_answer"),
        describe("shorts", "blue shorts with a green stripe on the side and a zip pocket on the back", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Blue Solid Rapid-Dry Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Male model: navy full-sleeve shirt with a mandarin collar, no pockets, no tie; white chinos.
    case(
        "187-37",
        caption("a man wearing a blue shirt and white pants"),
        color_of(
            "shirt",
            "navy Question: What is the color of the pants? Answer: white Question: What is the color of the "
            "shirt? Answer: navy",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "it has a mandarin collar"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a shirt with a spread collar and a tie", "unsupported", who="he"),
        gender="Men",
        title="Mufti Men Navy Blue Mandarin Collar Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Male model: colorblocked pullover hoodie, black body, grey melange sleeves and hood; blue jeans.
    case(
        "187-38",
        caption("a man in a black and grey hoodie"),
        color_of("shirt", "black"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The sweater has long sleeves, cotton fabric and color block patterns. The neckline of it is round. "
            "The sweater has long sleeves, cotton fabric and color block patterns. The",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        wearing("", "non_answer"),
        describe("shirt", "a hoodie with grey sleeves and a black body"),
        gender="Men",
        title="Roadster Men Black & Grey Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Male model: khaki full-sleeve utility shirt, two flap chest pockets with buttons, shoulder epaulettes; black
    # jeans. Nothing blue in the photo.
    case(
        "187-39",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and its neckline is lapel. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "khaki"),
        color_of("pants", "blue", "contradiction"),
        details("shirt", "two pockets with flaps and buttons on the shoulders"),
        wearing("she is wearing a brown shirt and black jeans", "pronoun"),
        material("the material is the material of the garment", "restated"),
        gender="Men",
        title="Louis Philippe Jeans Men Khaki Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Male model: green and white horizontally striped polo with a plain white collar; beige shorts.
    case(
        "187-40",
        caption("a man in a green and white striped polo shirt"),
        color_of("shirt", "green and white", kind="open"),
        color_of("shorts", "green", "other_garment_color"),
        describe(
            "shirt",
            "The T-shirt has short sleeves, cotton fabric and striped patterns. The neckline of it is lapel. The "
            "gentleman wears a three-point shorts. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a striped polo shirt and shorts. Question: What color are the shorts? Answer: beige. Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="United Colors of Benetton Men Green & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Male model: grey tapered jeans; white full-sleeve button-down shirt, untucked.
    case(
        "187-41",
        caption("a man in a white shirt and grey jeans"),
        color_of("shirt", "white"),
        color_of(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and "
            "pure color patterns. The trousers are",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        DET_JEANS("none", "non_answer"),
        wearing(
            "shirt Question: What is the color of the shirt? Answer: white Question: What is the color of the "
            "jeans? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        title="Levis Men Grey Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Male model: maroon crew-neck t-shirt; black joggers. Nothing green in the photo.
    case(
        "187-42",
        caption("a man in a maroon t-shirt and black pants"),
        color_of("shirt", "green", "contradiction"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt "
            "is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "the shirt is a shirt that is worn", "restated"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Harvard Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Male model: blue and white gingham check shirt, full sleeves, worn open over a plain grey crew-neck t-shirt;
    # black jeans.
    case(
        "187-43",
        caption("a man in a checkered shirt over a grey t-shirt"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        wearing("a blue checked shirt, a grey t-shirt and black jeans"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The gentleman wears a long-sleeve shirt "
            "with lattice patterns and a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "blue Question: Describe the shirt. Answer: blue Question: Describe the shirt. Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        color_of("pants", "black"),
        gender="Men",
        title="Jack & Jones Men Blue Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Male model: navy knee-length chino shorts with rolled hems, brown belt through the loops; white crew-neck
    # t-shirt; white sneakers.
    case(
        "187-44",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "shorts are with cotton fabric. The shorts are with cotton fabric. The shorts are with cotton fabric. "
            "The shorts are",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "navy blue"),
        color_of("shirt", "navy blue", "other_garment_color"),
        DET_SHORTS("they have rolled up hems and a brown belt"),
        wearing("a woman wearing white t-shirt and blue shorts", "pronoun"),
        material("nothing", "non_answer"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Regular Fit Chino Shorts",
        color="Navy Blue",
    ),
    # Male model: black faux-leather biker jacket with an asymmetric zip, half zipped, no hood, no fur, over a
    # white crew-neck t-shirt; blue jeans.
    case(
        "187-45",
        caption("a man in a black leather jacket and jeans"),
        material("leather"),
        color_of("shirt", "white"),
        wearing(_rep("jacket"), "loop", hit_limit=True),
        details(
            "jacket",
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "leather fabric and its neckline is lapel. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "a black jacket with a fur hood", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        title="Roadster Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Male model: royal blue crew-neck sweatshirt with a large white PUMA logo printed across the chest; black track
    # pants.
    case(
        "187-46",
        caption("a man wearing a blue puma sweatshirt"),
        color_of("shirt", _rep("blue"), "loop", kind="open", hit_limit=True),
        color_of(
            "pants",
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long trousers. The sweater is "
            "with cotton fabric and its neckline is round.",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "the puma logo on the chest"),
        wearing("Answer: a blue sweatshirt and black pants", "leak"),
        is_a("t-shirt", "no"),
        gender="Men",
        title="PUMA Men Blue Printed Sweatshirt",
        category="Sweatshirts",
    ),
]
