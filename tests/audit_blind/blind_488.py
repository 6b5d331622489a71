"""BLIND_488 (46 products; Myntra kids' and teens' wear under the experiments' own questions, four models): written
blind in the forty-ninth session. Measured blind at 302447f (the session's rules as they stood): 102/121 failures
found (84.3%) and 15/157 correct texts flagged (9.6%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English feed of kids' and teens' clothing: t-shirts,
shirts, shorts, jeans, dresses, tops, jumpsuits and ethnic sets (kurta sets, a lehenga, an anarkali). Most photos
show a child on a plain studio backdrop wearing the product with other garments (a tee with the shorts, jeans with
the top, a white tee under an open shirt); some stand before a coloured wall, a brick wall, a mural or plants; two
are flat lays. The questions are the experiments' own: "What is he / she wearing?", "What is the color of the
shirt / shorts / jeans / dress / kurta ...?", "Describe the shirt.", "What are the shirt details?" (with the
garment word changed to the product's), plus the closed garment_type and color, and on some products pattern,
sleeve length, material and "Is this a dress?". Each row has the seller's title, category, color and gender; a few
miss the gender or the color.

Who wrote what: four models answer, as in the experiments. The untuned base `Salesforce/blip2-opt-2.7b` writes short
lowercase texts and stops on its own (never hit_limit). The caption adapter (epoch 1 or epoch 3, said in the
comment) writes the DeepFashion template ("The gentleman wears a short-sleeve T-shirt with graphic patterns. The
T-shirt is with cotton fabric ..."), with no hue words, adult words (lady, gentleman) for children, and no end
token: every adapter text runs to its limit (50 new tokens for a caption, 30 for an answer), hit_limit=True, and it
returns its template to whatever it is asked. The VQA adapter (also trained with no end token) answers with In-shop
words (a class or a vendor color) repeated to the limit, and its captions are one word repeated. The closed answers
(garment_type, color, pattern, sleeve_length, the per-piece color questions stored closed, "Is this a ...?") are
enrich's `--engine reference` answers from candidate sets: never a loop or a cut, but sometimes the wrong candidate.
Unless a comment says otherwise, the caption and the open answers come from the base model; a per-piece color
question answered by free generation (base or an adapter) is stored open.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, teal or chambray, purple for lavender, yellow for mustard, orange for
  coral or rust, red for maroon, green for olive, white for cream, pink for peach. A base answer naming a shade of
  the seller's colour is not a contradiction.
- The color of another garment in the photo given as the product's color (the tee's yellow for the shorts, the white
  undershirt for the chambray shirt, the jacket's mustard for the kurta) is other_garment_color. A base text giving
  two garments the one color only one of them has is other_garment_color where the product takes the other
  garment's color ("a white shirt and white shorts" for olive shorts), and contradiction where the other garment
  takes the product's color ("a blue shirt and blue shorts" for a navy tee over beige shorts). The color of a
  backdrop, a wall, a print or a trim (the unicorn's purple, a gold border, the pink wall) given as the garment's
  color is contradiction.
- When the question asks for another garment than the product ("What is the color of the shirt?" on a shorts
  product) and the answer gives that garment's true color, it is correct.
- Garment synonyms are correct: shirt or t-shirt for a polo, pajamas for pyjamas or churidar, overalls for
  dungarees, dress for an anarkali, long-sleeve shirt for a kurta in the adapter's template, vest for a Nehru jacket,
  leggings for jeggings. A jumpsuit called a dress or a top and pants, or a shirt dress called a shirt, is
  contradiction.
- Adapter texts: a text that repeats a sentence (or its opening clause) of the template is loop; one that stops
  mid-sentence without repeating is cut. Where the template misnames the product garment (a jumpsuit as a tank top
  and pants) that is what is seen first: contradiction, hit_limit kept. Invented wrist accessories inside a cut or
  looping template are not labelled separately. The template answering a color question gives no color: non_answer.
  The template for "What is he wearing?" or "Describe the shirt." does answer, so it is cut or loop. "The lady" in
  the template for a girl (and "the gentleman" for a boy) is not a pronoun error; the age is not judged.
- VQA adapter texts repeat one word or pair to the limit: loop, even where the word is right.
- Base answers: an invented detail (a pocket, a logo, a belt, buttons, a bow on a back not shown, a white collar on a
  black kurta) is unsupported; "it is a top", "the shirt has details", an empty answer and "she is not wearing
  anything" for a flat lay are non_answer; a description that only says the question's garment back ("the shirt is a
  white shirt") and a material question answered with the garment's color are restated; a run-on into
  "Question: ... Answer: ..." is leak even where the first words are right; "a young boy" or "he" for a girl and "a
  little girl" for a boy are pronoun.
- Reference-engine wrong candidates: mustard as orange, maroon as pink, a jumpsuit as pants, a shirt dress as shirt,
  multi for a mural behind the product, green from a garden backdrop: contradiction.
- A seller color "Multi" for a pack of two tees accepts either tee's color.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_488 = [
    # photo: boy in a navy t-shirt with a green dinosaur print, beige shorts, white studio backdrop, front view.
    # all base
    case(
        "X488-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        wearing("a blue shirt and blue shorts", "contradiction", who="he"),
        color_of("shirt", "navy"),
        describe("shirt", "it is a blue t-shirt with a green dinosaur"),
        details("shirt", "the shirt has a dinosaur print and a pocket", "unsupported"),
        B.garment_type("t-shirt"),
        title="Boys Navy Blue Dinosaur Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless yellow A-line dress with small white flowers, no belt, pale pink wall behind.
    # caption: caption adapter, epoch 3
    case(
        "X488-002",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with floral patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow dress with flowers", who="she"),
        color_of("dress", "yellow"),
        describe("dress", "a yellow dress with white flowers and a pink belt", "unsupported"),
        B.color("pink", "contradiction"),
        B.garment_type("dress"),
        title="Girls Yellow Floral Print Sleeveless A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in an open blue-and-green checked shirt over a white t-shirt, blue jeans, grey backdrop.
    # all base
    case(
        "X488-003",
        caption("a boy in a blue plaid shirt and jeans"),
        wearing("a blue and green checkered shirt", who="he"),
        B.color("white", "other_garment_color"),
        describe("shirt", "a plaid shirt with a white t-shirt underneath"),
        details(
            "shirt",
            "the shirt has buttons and a collar Question: What is the color of the t-shirt? Answer: white",
            "leak",
        ),
        B.garment_type("shirt"),
        title="Boys Blue & Green Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless peach jumpsuit with a tie-up belt at the waist, white backdrop, full length.
    # caption: caption adapter, epoch 1
    case(
        "X488-004",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with cotton fabric. "
            "The pants are with cotton fabric and pure color patterns. There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink jumpsuit", who="she"),
        B.color("peach"),
        B.garment_type("jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        details("jumpsuit", "it has a belt at the waist"),
        title="Girls Peach-Coloured Solid Basic Jumpsuit with Tie-Up Belt",
        category="Jumpsuit",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in olive cargo shorts with side pockets and a plain white t-shirt, light grey backdrop, full length.
    # color of the shorts (open): VQA adapter; the rest base
    case(
        "X488-005",
        caption("a boy wearing a white shirt and green shorts"),
        wearing("a white shirt and white shorts", "other_garment_color", who="he"),
        color_of("shirt", "white"),
        color_of(
            "shorts",
            "olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("shorts", "they are shorts", "non_answer"),
        B.garment_type("shorts"),
        B.color("green"),
        title="Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in black skinny jeans ripped at the knees and a pink short-sleeve top, white backdrop.
    # caption: caption adapter, epoch 1; the rest base
    case(
        "X488-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and black pants", who="she"),
        color_of("jeans", "pink", "other_garment_color"),
        details("jeans", "they have rips on the knees"),
        B.color("black"),
        B.garment_type("jeans"),
        title="Girls Black Skinny Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a long cream cotton kurta with a mandarin collar and white pyjamas, beige backdrop.
    # caption and "Describe the kurta.": caption adapter, epoch 3; the rest base
    case(
        "X488-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and pajamas", who="he"),
        describe(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "cream"),
        B.garment_type("kurta set"),
        B.material("cotton"),
        title="Boys Cream-Coloured Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a red-and-white striped short-sleeve t-shirt and blue denim shorts, white brick-effect wall.
    # all base
    case(
        "X488-008",
        caption("a little girl in a striped shirt and denim shorts"),
        wearing(
            "a red and white striped shirt Question: what color are her shorts? Answer: blue",
            "leak",
            who="she",
        ),
        color_of("shirt", "red"),
        B.pattern("striped"),
        describe("shirt", "a red and white striped t-shirt"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Girls Red & White Striped Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a white polo t-shirt with navy tipping on the collar, navy shorts, white backdrop.
    # "What is he wearing?" and the color of the shirt (open): VQA adapter; caption and details base
    case(
        "X488-009",
        caption("a boy in a white polo shirt and blue shorts"),
        wearing(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "white-navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("white"),
        B.garment_type("t-shirt"),
        details("shirt", "the shirt has a collar and buttons"),
        B.material("the shirt is white", "restated"),
        title="Boys White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a mustard kurta with a gold-thread embroidered yoke, white palazzos, plain cream backdrop.
    # all base
    case(
        "X488-010",
        caption("a girl wearing a yellow kurta and yellow pants", "contradiction"),
        wearing("a yellow and white outfit", who="she"),
        color_of("kurta", "orange", "contradiction"),
        color_of("pants", "white"),
        describe("kurta", "it is yellow with gold embroidery on the neck"),
        B.material("silk", "unsupported"),
        title="Girls Mustard Yellow Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in blue slim jeans with a light fade and a plain black t-shirt, white backdrop, full length.
    # "What are the jeans details?": caption adapter, epoch 1; the rest base
    case(
        "X488-011",
        caption("a boy in a black t-shirt and blue jeans"),
        wearing("a black shirt and black jeans", "other_garment_color", who="he"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "The gentleman wears a long trousers. The trousers are with denim fabric and solid color patterns. The "
            "gentleman wears a long trousers. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        B.garment_type("jeans"),
        title="Boys Blue Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: short-haired girl in a white top with eyelet (schiffli) embroidery and ruffle sleeves, blue jeans,
    # white backdrop. all base
    case(
        "X488-012",
        caption("a young boy in a white shirt and jeans", "pronoun"),
        wearing("a white top and jeans", who="she"),
        describe("top", "a white top with eyelet lace"),
        B.color("white"),
        details("top", "it has a pocket on the front", "unsupported"),
        B.garment_type("top"),
        title="Girls White Schiffli Embroidered Ruffle Sleeve Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a black t-shirt with a neon green "GAME ON" print, grey joggers, white backdrop.
    # caption and every open answer: caption adapter, epoch 3
    case(
        "X488-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        B.color("black"),
        title="Boys Black Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a navy long-sleeve maxi dress with pink flowers, no belt or bow, among green garden plants.
    # caption: caption adapter, epoch 3; the rest base
    case(
        "X488-014",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a long-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        wearing("a long dress with flowers", who="she"),
        color_of("dress", "green", "contradiction"),
        describe("dress", "a blue dress with pink flowers and long sleeves"),
        B.sleeve_length("long sleeves"),
        details("dress", "the dress has a belt and a bow", "unsupported"),
        title="Girls Navy Blue & Pink Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in washed blue denim shorts with pockets and a yellow t-shirt, white backdrop.
    # all base
    case(
        "X488-015",
        caption("a boy in a yellow shirt and yellow shorts", "other_garment_color"),
        wearing("a yellow shirt and blue shorts", who="he"),
        color_of("shorts", "blue"),
        details("shorts", "they are blue shorts", "restated"),
        B.garment_type("shorts"),
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a lavender knee-length tiered dress with short puff sleeves, white backdrop, no jewellery.
    # caption and "Describe the dress.": caption adapter, epoch 1; wearing and the open dress color base
    case(
        "X488-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. There is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple dress and a necklace", "unsupported", who="she"),
        describe(
            "dress",
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        B.color("lavender"),
        color_of("dress", "purple", kind="open"),
        title="Girls Lavender Solid Tiered Fit & Flare Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a teal kurta, white churidar and a mustard printed Nehru jacket over the kurta, grey backdrop.
    # all base
    case(
        "X488-017",
        caption("a young girl in a blue and yellow outfit", "pronoun"),
        wearing("a kurta and a yellow vest", who="he"),
        color_of("kurta", "yellow", "other_garment_color"),
        B.color("teal"),
        describe("kurta", "the kurta is blue with a yellow jacket over it"),
        B.garment_type("kurta set"),
        title="Boys Teal Blue Kurta with Churidar & Mustard Printed Nehru Jacket",
        category="Kurta Sets",
        color="Teal",
        gender="Boys",
    ),
    # photo: girl in blue denim dungarees with a bib pocket and buttoned straps over a white striped tee, white
    # backdrop. "What is she wearing?": VQA adapter; the rest base
    case(
        "X488-018",
        caption("a little boy in denim overalls and a striped shirt", "pronoun"),
        wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            who="she",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("jumpsuit"),
        details("jumpsuit", "it has a pocket on the front and buttons on the straps"),
        title="Girls Blue Solid Denim Dungarees",
        category="Jumpsuit",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in an orange half-sleeve shirt with a green tropical leaf print, khaki chinos, red brick wall.
    # all base
    case(
        "X488-019",
        caption("a boy standing in front of a brick wall wearing a shirt with leaves on it"),
        wearing("an orange shirt and orange pants", "contradiction", who="he"),
        color_of("shirt", "orange"),
        details(
            "shirt",
            "the shirt has leaves and flowers on it Question: What is the color of the pants? Answer: khaki",
            "leak",
        ),
        describe("shirt", "it is a shirt with a tropical print"),
        B.sleeve_length("short sleeves"),
        B.garment_type("shirt"),
        title="Boys Orange & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: teen girl in a black ribbed square-neck crop top and light blue high-waist jeans, white backdrop.
    # all base
    case(
        "X488-020",
        caption("a woman in a black crop top and black jeans", "contradiction"),
        wearing("a black top and blue jeans", who="she"),
        color_of("top", "black"),
        describe("top", "it is a top", "non_answer"),
        details("top", "the top is ribbed and has a square neck"),
        B.garment_type("top"),
        title="Girls Black Ribbed Square Neck Crop Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a matching grey melange t-shirt (small navy print) and grey melange shorts, white backdrop.
    # caption and "What are the shirt details?": caption adapter, epoch 3; the rest base
    case(
        "X488-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and shorts", who="he"),
        color_of("shirt", "grey"),
        color_of("shorts", "grey"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The gentleman wears a "
            "three-point shorts. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("clothing set"),
        title="Boys Grey Melange Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: flat lay of a pink short-sleeve A-line dress with a white Peter Pan collar on a white surface.
    # all base
    case(
        "X488-022",
        caption("a pink dress with a white collar on a white background"),
        wearing("she is not wearing anything", "non_answer", who="she"),
        color_of("dress", "pink"),
        describe("dress", "a pink dress with a white collar and short sleeves"),
        details("dress", "the dress has a collar and buttons on the back", "unsupported"),
        B.color("white", "contradiction"),
        title="Girls Pink Solid A-Line Dress with Peter Pan Collar",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a long-sleeve navy-and-green checked shirt, buttoned, with blue jeans, white backdrop.
    # caption and every open answer: caption adapter, epoch 1 (the feed row has no gender)
    case(
        "X488-023",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The gentleman wears a long-sleeve shirt "
            "with lattice patterns. The gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shirt"),
        B.color("navy"),
        title="Boys Navy Blue & Green Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # photo: girl in white shorts with thin blue stripes and a drawstring, a pink t-shirt, white backdrop.
    # all base
    case(
        "X488-024",
        caption("a girl in a pink shirt and pink shorts", "other_garment_color"),
        wearing("pink shirt and striped shorts", who="she"),
        color_of("shorts", "white"),
        B.pattern("striped"),
        details("shorts", "the shorts have a drawstring at the waist"),
        B.color("pink", "other_garment_color"),
        title="Girls White & Blue Striped Pull-On Shorts",
        category="Shorts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in an all-black Pathani kurta (black collar and buttons) and black salwar, white backdrop.
    # all base
    case(
        "X488-025",
        caption("a young man in a black kurta"),
        wearing("she is wearing a black kurta and black pants", "pronoun", who="he"),
        color_of("kurta", "black"),
        describe("kurta", "the kurta is black with a white collar", "unsupported"),
        B.material("cotton"),
        B.garment_type("kurta set"),
        title="Boys Black Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a red lehenga with a wide gold border, red short-sleeve blouse, red dupatta with gold edge,
    # beige backdrop. caption: caption adapter, epoch 3; the rest base
    case(
        "X488-026",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with cotton fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a red lehenga", who="she"),
        color_of("skirt", "gold", "contradiction"),
        B.color("red"),
        describe("lehenga", "a red lehenga with gold border and a dupatta"),
        B.material("silk", "unsupported"),
        B.garment_type("lehenga choli"),
        title="Girls Red & Gold-Toned Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a plain white crew-neck t-shirt and black shorts against a light blue painted wall.
    # caption: VQA adapter; the rest base
    case(
        "X488-027",
        caption(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-"
            "white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and black shorts", who="he"),
        color_of("shirt", "white"),
        B.color("blue", "contradiction"),
        describe("shirt", "a white t-shirt"),
        details("shirt", "it has a logo on the chest", "unsupported"),
        title="Boys White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless coral peplum top with a ruffled hem and white jeggings, white backdrop.
    # all base
    case(
        "X488-028",
        caption("a girl wearing an orange top and white pants"),
        wearing("an orange top and white leggings", who="she"),
        B.color("coral"),
        describe(
            "top",
            "the top is orange and has a ruffle at the bottom Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("the top is orange", "restated"),
        B.garment_type("top"),
        title="Girls Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
        gender="Girls",
    ),
    # photo: boy in black slim jeans with faded, lightly ripped thighs (no chain) and a white half-sleeve shirt,
    # white backdrop.
    # "What are the jeans details?": caption adapter, epoch 3; the rest base
    case(
        "X488-029",
        caption("a boy in a white shirt and black jeans"),
        wearing("he is wearing black jeans and a white shirt", who="he"),
        color_of("jeans", "white", "other_garment_color"),
        details(
            "jeans",
            "The trousers are with denim fabric and solid color patterns. The gentleman wears a long trousers. The "
            "trousers are with denim fabric and solid color patterns",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        describe("jeans", "black jeans with rips on the thighs and a chain", "unsupported"),
        title="Boys Black Slim Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a white culotte jumpsuit with pink and green flowers, sleeveless, no front buttons (back zip),
    # front view, white backdrop. "Describe the jumpsuit.": caption adapter, epoch 1; the rest base
    case(
        "X488-030",
        caption("a girl in a white dress with flowers", "contradiction"),
        wearing("a floral jumpsuit", who="she"),
        B.garment_type("jumpsuit"),
        B.color("white"),
        B.pattern("floral"),
        details("jumpsuit", "the jumpsuit has buttons on the front", "unsupported"),
        describe(
            "jumpsuit",
            "The lady wears a tank top with floral patterns and a three-quarter pants. The tank top is with cotton "
            "fabric. The pants are",
            "contradiction",
            hit_limit=True,
        ),
        title="Girls White & Pink Floral Printed Culotte Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve formal shirt tucked into black trousers, grey backdrop.
    # caption: caption adapter, epoch 1; the rest base
    case(
        "X488-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt", who="he"),
        describe("shirt", "the shirt is a white shirt", "restated"),
        details("shirt", "the shirt has details", "non_answer"),
        color_of("shirt", "white"),
        B.sleeve_length("long sleeves"),
        title="Boys White Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a long-sleeve blue denim shirt dress with buttons and a brown belt, white backdrop.
    # caption: caption adapter, epoch 1; the rest base
    case(
        "X488-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue denim dress with a belt", who="she"),
        color_of("dress", "blue"),
        describe("dress", "a blue shirt dress with buttons and a brown belt"),
        B.material("denim"),
        details("dress", "the dress has details on it", "non_answer"),
        B.garment_type("shirt", "contradiction"),
        title="Girls Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy with longish hair in a green raglan t-shirt with yellow sleeves, blue jeans, white backdrop.
    # color of the shirt (open): VQA adapter; the rest base
    case(
        "X488-033",
        caption("a little girl in a green and yellow shirt", "pronoun"),
        wearing("a green shirt and green pants", "contradiction", who="he"),
        color_of(
            "shirt",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("green"),
        describe("shirt", "a green t-shirt with yellow sleeves"),
        B.garment_type("t-shirt"),
        title="Boys Green & Yellow Colourblocked Raglan Sleeves T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a sleeveless maroon velvet fit-and-flare party dress with a sequinned bodice, front view only,
    # grey backdrop, bare wrists. caption: caption adapter, epoch 3; the rest base
    case(
        "X488-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress with sparkles", who="she"),
        color_of("dress", "pink", "contradiction"),
        B.material("velvet"),
        details("dress", "the dress has a sequin top and a bow on the back", "unsupported"),
        describe("dress", "a red dress"),
        title="Girls Maroon Velvet Fit & Flare Party Dress with Sequinned Bodice",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in khaki chino shorts and a navy t-shirt, outdoors on a paved path (the feed row has no color).
    # wearing, the color of the shorts (open) and details: caption adapter, epoch 3; caption base
    case(
        "X488-035",
        caption("a boy in a blue shirt and khaki shorts"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric. The shorts are",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a three-point shorts. "
            "The shorts are with cotton fabric",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shorts",
            "The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "gentleman wears a short-sleeve T",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "navy"),
        B.garment_type("shorts"),
        title="Boys Khaki Solid Chino Shorts",
        category="Shorts",
        gender="Boys",
    ),
    # photo: teen girl in an oversized white long-sleeve shirt with a chest pocket tucked into a black skirt.
    # all base
    case(
        "X488-036",
        caption("a girl in a white shirt and a white skirt", "contradiction"),
        wearing("a white shirt tucked into a black skirt", who="she"),
        color_of("shirt", "black", "other_garment_color"),
        details("shirt", "the shirt has a pocket on the chest and buttons down the front"),
        describe("shirt", "it is a white shirt with long sleeves and a collar"),
        B.sleeve_length("long sleeves"),
        title="Girls White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a light blue half-sleeve shirt with a navy shark print and matching navy shorts, white backdrop.
    # all base
    case(
        "X488-037",
        caption("a little girl in a blue shirt with sharks on it and blue shorts", "pronoun"),
        wearing("a shirt and shorts", who="he"),
        color_of("shirt", "blue"),
        color_of("shorts", "navy"),
        details("shirt", "", "non_answer"),
        describe("shirt", "the shirt is a blue shirt with sharks"),
        title="Boys Blue & Navy Printed Shirt with Shorts",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow t-shirt with a purple-and-pink unicorn print and blue jeans, grey backdrop.
    # caption: caption adapter, epoch 1; the rest base
    case(
        "X488-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a yellow shirt with a unicorn Question: what color is the unicorn? Answer: purple",
            "leak",
            who="she",
        ),
        color_of("shirt", "purple", "contradiction"),
        describe("shirt", "a yellow t-shirt with a unicorn on it"),
        B.garment_type("t-shirt"),
        B.pattern("graphic"),
        title="Girls Yellow Unicorn Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: teen boy in an open light blue chambray shirt with two chest pockets over a white t-shirt, grey jeans.
    # "What is he wearing?": VQA adapter; the rest base
    case(
        "X488-039",
        caption("a teenage boy wearing a denim shirt over a white t-shirt"),
        wearing(
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color"),
        details(
            "shirt",
            "the shirt has two pockets and buttons Question: is the shirt open? Answer: yes",
            "leak",
        ),
        B.material("denim"),
        title="Boys Light Blue Chambray Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless pink-and-white gingham dress with a smocked bodice and shoulder ties, white
    # backdrop. "Describe the dress.": caption adapter, epoch 3; the rest base
    case(
        "X488-040",
        caption("a girl in a pink checkered dress"),
        wearing("he is wearing a pink and white dress", "pronoun", who="she"),
        describe(
            "dress",
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),
        B.pattern("striped", "contradiction"),
        B.garment_type("dress"),
        title="Girls Pink & White Gingham Checked Smocked Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a rust orange kurta and beige pyjamas, cream backdrop (the feed row has no gender).
    # all base
    case(
        "X488-041",
        caption("a boy wearing an orange kurta and orange pants", "other_garment_color"),
        wearing("a kurta and pajama", who="he"),
        color_of("kurta", "rust"),
        color_of("pants", "beige"),
        B.material("the kurta is orange", "restated"),
        B.garment_type("kurta set"),
        title="Boys Rust Orange Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
    ),
    # photo: girl in light blue denim shorts with a frayed hem and a button, no belt, and a white tank top, before a
    # multicoloured mural. all base
    case(
        "X488-042",
        caption("a girl standing in front of a colorful wall"),
        wearing("a white top and blue shorts with a belt", "unsupported", who="she"),
        color_of("shorts", "blue"),
        details("shorts", "the shorts have frayed edges and a button"),
        B.color("multi", "contradiction"),
        title="Girls Light Blue Frayed Hem Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a red t-shirt with a Spider-Man print and dark blue jeans, white backdrop.
    # caption and the color of the shirt (open): VQA adapter; the rest base
    case(
        "X488-043",
        caption(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic "
            "tee graphic tee graphic tee graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("a spiderman costume", "contradiction", who="he"),
        color_of(
            "shirt",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("red"),
        details("shirt", "spiderman"),
        B.garment_type("t-shirt"),
        title="Boys Red Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in an olive long-sleeve utility jumpsuit with a collar, chest pockets and a fabric belt, front
    # view, white backdrop. caption: caption adapter, epoch 3; the rest base
    case(
        "X488-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green jumpsuit", who="she"),
        B.garment_type("pants", "contradiction"),
        B.color("olive"),
        details("jumpsuit", "it has a belt, pockets and a collar"),
        describe(
            "jumpsuit",
            "a green jumpsuit with a belt and a zipper on the back",
            "unsupported",
        ),
        title="Girls Olive Green Solid Utility Jumpsuit with Belt",
        category="Jumpsuit",
        color="Olive",
        gender="Girls",
    ),
    # photo: girl in a pink anarkali kurta with gold embroidery, pink leggings, pink dupatta with a gold border.
    # all base
    case(
        "X488-045",
        caption("a little girl in a pink dress"),
        wearing(
            "a pink anarkali dress Question: what is the color of the dupatta? Answer: pink",
            "leak",
            who="she",
        ),
        B.color("pink"),
        color_of("dupatta", "gold", "contradiction"),
        describe("kurta", "the kurta is pink and has gold embroidery"),
        B.material("it is a pink kurta", "restated"),
        title="Girls Pink Embroidered Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat lay of two plain crew-neck t-shirts, one grey and one navy, no pockets, on a white surface.
    # all base
    case(
        "X488-046",
        caption("two t-shirts on a white background"),
        wearing("he is not wearing anything", "non_answer", who="he"),
        color_of("shirt", "grey"),
        B.garment_type("t-shirt"),
        describe("shirt", "a grey t-shirt with a pocket", "unsupported"),
        details("shirt", "one is grey and one is blue"),
        title="Boys Pack of 2 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
]
