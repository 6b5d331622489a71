"""BLIND_541 (46 products; DeepFashion In-shop style studio photos of everyday wear, experiments' VQA questions):
written blind in the fiftieth session. Measured blind at d15be79 (the session's rules as they stood): 116/132
failures found (87.9%) and 2/165 correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of everyday women's and men's wear photographed the DeepFashion In-shop
way: one model on a plain white or light grey studio backdrop, front view (a few three-quarter or full-length views),
the product worn with other garments (a tee under a jacket, a blouse tucked into trousers, jeans under a hoodie).
Products: blouses, tees, tanks, dresses, skirts, cardigans, shirts, polos, sweaters, hoodies, jackets and coats,
pants, shorts, jeans and a jumpsuit. Each row has the seller's title, category, color and gender; a few rows miss the
gender or the color, as real feeds do. The questionnaire mixes the experiments' VQA questions ("What is the color of
the {garment}?", "What cloth is the person wearing?", "Is this a {garment}?") with enrich's open questions (wearing,
description, details, material) and its closed garment_type, color, pattern and sleeve_length.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
navy polo shirt and khaki pants") or the caption-only LoRA adapter (the DeepFashion-MultiModal template, "The lady
wears a long-sleeve blouse with pure color patterns ..."). The caption adapter has no end-of-answer token: every one
of its texts runs to the limit (50 new tokens for captions, 30 for answers), carries hit_limit=True and, asked any
question, returns its template. Some "What cloth is the person wearing?" answers come from the VQA adapter, which
also never stops: it repeats its In-shop class name ("tee/tank-tee/tank-..."), or goes on into the next
"Question: ... Answer:" it was trained on; these carry hit_limit=True too. Every other open answer (wearing,
description, details, material, the open color questions) comes from the base model, which stops on its own and
never has hit_limit; the comment above each case says which texts an adapter wrote. The closed questions
(garment_type, color, pattern, sleeve_length, the closed per-garment colors and "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets: never a loop or a cut, wrong only in the value.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: white or cream for off white, blue for navy or teal blue,
  green for teal or olive, red or maroon for burgundy, pink for coral, purple for lavender, grey for charcoal or grey
  melange, brown or beige for camel and khaki, yellow for mustard. A wrong hue family (navy as black, burgundy as
  purple, mustard as orange) is contradiction.
- The color of another garment in the photo (the tee under the jacket, the tucked-in blouse, the jeans) given for
  the garment asked about is other_garment_color, whether the base model or the reference engine gave it; the
  base model's habit of repeating the product's color for the other garment ("green" shorts under a green shirt) is
  other_garment_color too. The color of a print or logo (white print on a grey tee, green palms on a blue shirt)
  given as the garment's color is contradiction, and so is a color that no garment in the photo has.
- A two-color product (black-and-white stripes sold as Black) answered with either of its colors is correct.
- Garment synonyms are correct: tee or t-shirt, top or blouse, coat or jacket (the In-shop jacket/coat class),
  sweatpants for joggers, vest for a gilet, hawaiian shirt for a tropical print shirt, sweater for a sweatshirt in
  the adapter's template, plaid or checkered for checked. A shirt dress called "a shirt ... and a short skirt" and a
  jumpsuit called "a tank top ... and a long pants" by the adapter, or "pants"/"shirt" by the reference engine, are
  contradiction, and so is the base model's "a blue shirt and a blue skirt" for the shirt dress. Pleats answered
  "striped", straps answered "short sleeves", a sleeveless gilet answered "long sleeves" (the sweatshirt's) and
  "brown pants" for shorts are contradiction. The reference engine's "yes" to "Is this a dress?" for a blouse or a
  skirt, "yes" to "Is this a jacket?" for a flannel shirt worn open, and "shirt" for a utility jacket are
  contradiction.
- Tropical leaves answered "floral" by the pattern question are correct (DeepFashion files leaf prints as floral);
  a solid-color cable knit answered "solid" is correct.
- Materials: one the title names, or one a photo shows plainly (denim, lace, leather, ribbed or cable knit as "knit",
  a sheer blouse as chiffon) is correct; "cotton" for a tee, a shirt, chinos or a sweatshirt is a plausible guess
  and correct. A fabric neither named nor visible (silk on a printed cotton-look sundress, leather on a nylon bomber,
  cashmere, linen, polyester) is unsupported. A material question answered with the garment's name and color is
  restated.
- Invented details or items the photo does not show (a hood on a hoodless jacket, a zipper on a pullover, a belt,
  boots on a photo cut at the knees, a necklace, sunglasses, a skull where the print is a tiger) are unsupported.
- Adapter texts: a text that starts a sentence of the template over again is loop; one that stops mid-sentence
  without repeating is cut. The template returned for the material question is restated, and the template returned
  for an open color question is non_answer (it gives no hue), although both are also cut. The template answering
  "What cloth is the person wearing?" or a details question does answer it: cut or loop. Where the template misnames
  the product itself (a shirt dress, a jumpsuit), that is what the auditor sees first: contradiction, hit_limit kept.
- The VQA adapter's "polo shirt polo shirt ..." is loop; its answers that go on into "Question: ... Answer: ..." are
  leak, even where the first words are right. The same for base answers that run on into a question.
- Base answers: an empty answer, "the details of the pants", "it is a shirt", "they are jeans" are non_answer;
  "the shorts are short" for the shorts' details is restated. A base answer that stops on its own mid-phrase ("a
  white shirt and a") is cut, without hit_limit.
- "he"/"a man" for a woman, "she"/"a woman" for a man is pronoun; rows without a gender column get no pronoun
  failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
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

cloth = question("cloth", "What cloth is the person wearing?", "open")
shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_541 = [
    # photo: woman in a cream sheer chiffon blouse, long sleeves, tucked into black skinny pants; white backdrop,
    # front view cropped at the knees.
    # caption: adapter
    case(
        "X541-001",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns and a long pants. The blouse is with "
            "chiffon fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        cloth("a white blouse and black pants"),
        color_of("blouse", "cream"),
        color_of("pants", "black"),
        B.sleeve_length("long sleeves"),
        B.material("chiffon"),
        is_a("dress", "yes", "contradiction"),
        title="Women Cream Solid Sheer Chiffon Blouse",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a navy short-sleeve pique polo with white tipping on the collar, khaki chinos; light grey
    # backdrop, front view to mid-thigh.
    # cloth: VQA adapter
    case(
        "X541-002",
        caption("a man wearing a navy polo shirt and khaki pants"),
        cloth(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "navy", kind="open", failure="other_garment_color"),
        is_a("polo shirt", "yes"),
        B.pattern("solid"),
        D.material("a navy polo shirt", "restated"),
        B.garment_type("polo shirt"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white sleeveless midi sundress with a red and blue floral print, thin bracelet on her wrist;
    # white backdrop, full-length front view.
    # caption, cloth: adapter
    case(
        "X541-003",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a sleeveless "
            "dress with floral",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "white"),
        B.pattern("floral"),
        D.description("a white dress with red flowers"),
        B.material("silk", "unsupported"),
        title="Women White & Red Floral Print Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in a grey melange pullover hoodie with kangaroo pocket and white drawstrings, black joggers;
    # white backdrop, front view.
    # all open answers: base
    case(
        "X541-004",
        caption("a man in a grey hoodie and black pants"),
        cloth("a hoodie"),
        D.wearing("she is wearing a grey sweatshirt and black pants", "pronoun"),
        color_of("hoodie", "grey"),
        details("hoodie", "it has a kangaroo pocket and a drawstring hood"),
        is_a("hoodie", "yes"),
        B.material("cotton"),
        D.description("a grey hoodie with a zipper", "unsupported"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a black-and-white horizontally striped short-sleeve tee, blue denim shorts; white backdrop,
    # front view to mid-thigh.
    # caption: adapter; cloth: VQA adapter
    case(
        "X541-005",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "tee Question: What is the color of the tee? Answer: black-white Question: What is the color of the "
            "tee? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("tee", "white"),
        color_of("shorts", "blue"),
        B.pattern("striped"),
        details("shorts", "the shorts are short", "restated"),
        title="Women Black & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an olive green cotton utility jacket (button front, flap chest pockets, no hood) open over a
    # white tee, black skinny jeans; white backdrop, front view.
    # all open answers: base
    case(
        "X541-006",
        caption("a woman wearing a green jacket and black jeans"),
        cloth("a jacket"),
        color_of("jacket", "white", kind="open", failure="other_garment_color"),
        B.garment_type("shirt", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("it has a hood and a zipper", "unsupported"),
        B.material("cotton"),
        title="Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a white long-sleeve oxford button-down shirt, untucked, mid-blue jeans; light grey backdrop,
    # front view.
    # caption: adapter
    case(
        "X541-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with denim fabric and pure color patterns. The "
            "gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", kind="open", failure="other_garment_color"),
        shirt_color("grey", "contradiction"),
        describe("shirt", "a white button down shirt"),
        B.pattern("solid"),
        title="Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red open-front knit cardigan, long sleeves, over a black camisole, black mini skirt, no belt;
    # white backdrop, front view.
    # cloth: VQA adapter
    case(
        "X541-008",
        caption("a woman in a red cardigan and a black skirt"),
        cloth(
            "cardigan-cardigan-cardigan-cardigan-cardigan-cardigan-cardigan-cardigan-cardigan-cardigan",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a red sweater and a black skirt with a belt",
            "unsupported",
            who="she",
        ),
        color_of("cardigan", "red"),
        B.garment_type("cardigan"),
        B.material("knit"),
        color_of("skirt", "red", kind="open", failure="other_garment_color"),
        title="Women Red Solid Open Front Cardigan",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: man in a light blue washed denim jacket, long sleeves, over a white tee, black jeans; white backdrop,
    # front view.
    # caption, cloth, material: adapter
    case(
        "X541-009",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric. It has a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "blue"),
        B.material(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric. It has a lapel",
            "restated",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in khaki chino shorts with belt loops and slant pockets, white ribbed tank top; white backdrop,
    # front view from the chest down to the knees.
    # all open answers: base
    case(
        "X541-010",
        caption("a woman in a white tank top and khaki shorts"),
        color_of("shorts", "white", kind="open", failure="other_garment_color"),
        details("shorts", "they have pockets and belt loops"),
        B.garment_type("shorts"),
        D.wearing("a white tank top and brown pants", "contradiction"),
        B.color("beige"),
        is_a("skirt", "yes", "contradiction"),
        title="Women Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: man in a black fine-knit crew-neck sweater, long sleeves, grey wool trousers; light grey backdrop,
    # front view.
    # caption: adapter; cloth: VQA adapter
    case(
        "X541-011",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with knitting fabric. It has a round neckline. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "sweater Question: What is the color of the sweater? Answer: black Question: What is the color of the "
            "sweater",
            "leak",
            hit_limit=True,
        ),
        color_of("sweater", "black"),
        D.wearing("a black sweater and black pants", "other_garment_color"),
        B.material("knit"),
        B.sleeve_length("long sleeves"),
        title="Men Black Solid Pullover Sweater",
        category="Sweaters",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a pink knife-pleated midi skirt with a white short-sleeve blouse tucked in; white backdrop,
    # full-length front view.
    # all open answers: base
    case(
        "X541-012",
        caption("a woman in a white shirt and pink skirt"),
        cloth("a pink skirt"),
        color_of("skirt", "white", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        D.details("it is pleated"),
        D.wearing("he is wearing a pink skirt and a white shirt", "pronoun"),
        title="Women Pink Solid Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a grey short-sleeve tee with a large white graphic print on the chest, black shorts; white
    # backdrop, front view.
    # caption: adapter
    case(
        "X541-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a short-sleeve T-",
            "loop",
            hit_limit=True,
        ),
        cloth("a t-shirt and shorts"),
        color_of("t-shirt", "white", kind="open", failure="contradiction"),
        B.pattern("graphic"),
        B.garment_type("tee"),
        is_a("tank top", "no"),
        D.details("", "non_answer"),
        title="Men Grey Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a navy knee-length wrap dress, three-quarter sleeves, V-neck, self tie at the waist; white
    # backdrop, full-length front view.
    # cloth: VQA adapter
    case(
        "X541-014",
        caption("a woman in a blue dress"),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "black", "contradiction"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.description("a navy blue wrap dress with a v neck"),
        D.material("cotton"),
        D.wearing("a blue dress and a necklace", "unsupported"),
        title="Women Navy Blue Solid Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a blue-and-white checked flannel shirt, long sleeves, worn open over a grey crew tee, blue jeans;
    # white backdrop, front view.
    # all open answers: base
    case(
        "X541-015",
        caption("a man in a plaid shirt and jeans"),
        cloth("a plaid shirt"),
        color_of("shirt", "grey", kind="open", failure="other_garment_color"),
        B.pattern("plaid"),
        D.details("it has two chest pockets and buttons"),
        is_a("jacket", "yes", "contradiction"),
        title="Men Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a mustard yellow ribbed sleeveless tank top, white skinny jeans; white backdrop, front view.
    # caption, cloth: adapter
    case(
        "X541-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("tank top", "orange", "contradiction"),
        B.sleeve_length("sleeveless"),
        cloth(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        D.wearing("he is wearing a yellow tank top and white jeans", "pronoun"),
        title="Women Mustard Yellow Ribbed Tank Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a black nylon bomber jacket, zipped halfway, ribbed collar and cuffs, no hood, over a white tee,
    # black jeans; white backdrop, front view.
    # cloth: VQA adapter
    case(
        "X541-017",
        caption("a man wearing a black jacket and black jeans"),
        cloth(
            "jacket/coat-jacket/coat-jacket/coat-jacket/coat-jacket/coat-jacket/coat-jacket/coat-jacket",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "black"),
        details("jacket", "it has a zipper and a hood", "unsupported"),
        B.material("leather", "unsupported"),
        B.garment_type("jacket"),
        title="Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white lace top with short sleeves and a scalloped hem, light blue jeans; light grey backdrop,
    # front view.
    # all open answers: base
    case(
        "X541-018",
        caption("a woman in a white lace top and jeans"),
        color_of("top", "white"),
        color_of("jeans", "white", kind="open", failure="other_garment_color"),
        D.material("lace"),
        D.details("it has a scalloped hem and short sleeves"),
        cloth("a white shirt and a", "cut"),
        title="Women White Lace Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in olive green cargo trousers with side flap pockets, black crew tee; white backdrop, full-length
    # front view.
    # caption: adapter
    case(
        "X541-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black", "other_garment_color"),
        cloth("a black shirt and green pants"),
        details("pants", "they are pants", "non_answer"),
        B.garment_type("pants"),
        B.material("cotton"),
        title="Men Olive Green Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a maroon short-sleeve crepe top with a keyhole neckline, black trousers; white backdrop, front
    # view.
    # cloth: VQA adapter
    case(
        "X541-020",
        caption("a woman in a red top and black pants"),
        color_of("top", "red"),
        B.sleeve_length("short sleeves"),
        color_of("pants", "red", kind="open", failure="other_garment_color"),
        D.description("a red blouse with a keyhole neckline"),
        cloth(
            "blouse/shirt Question: What is the color of the blouse/shirt? Answer: maroon Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.material("polyester", "unsupported"),
        title="Women Maroon Solid Keyhole Neck Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a plain light grey crew-neck tee, short sleeves, black joggers; white backdrop, front view.
    # (the feed row has no color)
    # all open answers: base
    case(
        "X541-021",
        caption("a man in a grey t-shirt and black pants"),
        color_of("t-shirt", "grey"),
        color_of("pants", "grey", kind="open", failure="other_garment_color"),
        is_a("polo shirt", "no"),
        B.pattern("solid"),
        D.material("cotton"),
        D.details("the t-shirt details", "non_answer"),
        title="Men Grey Solid Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: woman in a blue chambray shirt dress, knee length, long sleeves rolled to the elbow, self belt; white
    # backdrop, full-length front view.
    # caption: adapter
    case(
        "X541-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with denim "
            "fabric. It has a lapel neckline. The skirt is with denim fabric and pure color patterns. There is an "
            "accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        cloth("a denim dress"),
        B.garment_type("shirt", "contradiction"),
        color_of("dress", "blue"),
        B.material("denim"),
        D.wearing("a blue shirt and a blue skirt", "contradiction"),
        D.details("it has buttons and a belt"),
        title="Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a red pullover hoodie with a white logo print on the chest, black shorts; white backdrop, front
    # view.
    # cloth: VQA adapter
    case(
        "X541-023",
        caption("a man wearing a red hoodie with a white logo"),
        cloth(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
            "loop",
            hit_limit=True,
        ),
        color_of("hoodie", "white", "contradiction"),
        B.pattern("graphic"),
        wearing("he is wearing a red hoodie and black shorts", who="he"),
        D.material("red hoodie", "restated"),
        title="Men Red Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a black-and-white polka dot sheer top with long sleeves and a tie neck bow, black trousers;
    # white backdrop, front view.
    # caption: adapter
    case(
        "X541-024",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with chiffon "
            "fabric. It has a stand neckline. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "black"),
        B.pattern("polka dots"),
        D.description("a black and white polka dot blouse with a bow"),
        D.material("chiffon"),
        B.sleeve_length("long sleeves"),
        cloth(
            "blouse/shirt-blouse/shirt-blouse/shirt-blouse/shirt-blouse/shirt-blouse/shirt",
            "loop",
            hit_limit=True,
        ),
        title="Women Black & White Polka Dot Print Tie-Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in dark indigo slim jeans, a white button-down shirt untucked, white sneakers; white backdrop,
    # full-length front view.
    # all open answers: base
    case(
        "X541-025",
        caption("a man in a white shirt and blue jeans"),
        shirt_color("blue", "other_garment_color"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "they are jeans", "non_answer"),
        is_a("pair of pants", "yes"),
        B.material("denim"),
        D.wearing("she is wearing a white shirt and blue jeans", "pronoun"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a grey marl crew-neck sweatshirt with "BROOKLYN" printed in black across the chest, long
    # sleeves, black leggings; white backdrop, front view.
    # caption: adapter
    case(
        "X541-026",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long leggings. The sweater is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        cloth("a grey sweatshirt and black leggings"),
        color_of("sweatshirt", "black", kind="open", failure="other_garment_color"),
        D.details("it says brooklyn"),
        B.sleeve_length("long sleeves"),
        D.wearing("a grey sweatshirt and black leggings and sunglasses", "unsupported"),
        title="Women Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a camel knee-length wool overcoat, notch lapels, single-breasted, no belt, over a black
    # turtleneck and grey trousers; light grey backdrop, full-length front view.
    # all open answers: base
    case(
        "X541-027",
        caption("a man in a brown coat and a black sweater"),
        cloth("a coat"),
        color_of("coat", "brown"),
        B.garment_type("jacket"),
        B.material("wool"),
        color_of("sweater", "brown", kind="open", failure="other_garment_color"),
        D.details("it has a belt and buttons", "unsupported"),
        wearing("he is wearing a brown coat", who="he"),
        title="Men Camel Brown Solid Wool Blend Overcoat",
        category="Jackets",
        color="Camel Brown",
        gender="Men",
    ),
    # photo: woman in light blue skinny jeans, a white crew tee, white sneakers; white backdrop, full-length front
    # view.
    # caption, cloth, details: adapter
    case(
        "X541-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color"),
        color_of("t-shirt", "white"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns and a long pants. The pants",
            "loop",
            hit_limit=True,
        ),
        B.material("denim"),
        title="Women Blue Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a teal blue short-sleeve polo, white shorts; white backdrop, front view.
    # cloth: VQA adapter
    case(
        "X541-029",
        caption("a man in a green polo shirt and white shorts"),
        color_of("polo shirt", "green"),
        color_of("shorts", "green", "other_garment_color"),
        is_a("polo shirt", "yes"),
        cloth(
            "polo shirt Question: What is the color of the polo shirt? Answer: teal Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.wearing("she is wearing a green shirt and white shorts", "pronoun"),
        title="Men Teal Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in a black sleeveless wide-leg jumpsuit with a V-neck, one piece; white backdrop, full-length front
    # view.
    # caption: adapter
    case(
        "X541-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric and its neckline is V-shape. The pants are with chiffon fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        cloth("a black jumpsuit"),
        B.garment_type("pants", "contradiction"),
        B.sleeve_length("sleeveless"),
        D.details("it has a belt at the waist", "unsupported"),
        is_a("dress", "no"),
        D.description("a black jumpsuit with a v neck and wide legs"),
        title="Women Black Solid Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy-and-white striped crew-neck cotton sweater, long sleeves, beige chinos; white backdrop,
    # front view to the knees.
    # all open answers: base
    case(
        "X541-031",
        caption("a man in a blue and white striped sweater"),
        color_of("sweater", "blue"),
        color_of("pants", "blue", kind="open", failure="other_garment_color"),
        B.pattern("solid", "contradiction"),
        D.material("cotton"),
        D.details("it has a zipper on the front", "unsupported"),
        cloth("a sweater"),
        title="Men Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a coral pink camisole with thin spaghetti straps and a V-neck, white denim shorts; white
    # backdrop, front view.
    # cloth: VQA adapter
    case(
        "X541-032",
        caption("a woman in a pink tank top and white shorts"),
        color_of("top", "pink"),
        B.sleeve_length("short sleeves", "contradiction"),
        cloth(
            "tee/tank-tee/tank-tee/tank-tee/tank-tee/tank-tee/tank-tee/tank-tee/tank-tee/tank-tee",
            "loop",
            hit_limit=True,
        ),
        D.details("it has thin straps and a v neck"),
        D.wearing("a pink top and pink shorts", "other_garment_color"),
        title="Women Coral Pink Solid Camisole",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: man in a black leather biker jacket with an asymmetric zip, over a white tee, blue jeans; white
    # backdrop, front view.
    # caption, material: adapter
    case(
        "X541-033",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is "
            "with leather fabric. It has a lapel neckline. The trousers are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        cloth("a leather jacket and jeans"),
        color_of("jacket", "black"),
        color_of("shirt", "white"),
        B.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is "
            "with leather fabric. It has a lapel",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and a white shirt"),
        title="Men Black Solid Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a green-and-white gingham checked shirt, long sleeves, knotted at the waist, blue denim shorts;
    # white backdrop, front view.
    # all open answers: base
    case(
        "X541-034",
        caption("a woman in a green and white checkered shirt and denim shorts"),
        color_of("shirt", "green"),
        color_of("shorts", "green", kind="open", failure="other_garment_color"),
        B.pattern("checked"),
        describe("shirt", "it is a shirt", "non_answer"),
        D.wearing("she is wearing a green shirt tied at the waist and shorts"),
        title="Women Green & White Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: man in charcoal grey joggers with a drawstring waist and elastic cuffs, a black pullover hoodie; white
    # backdrop, full-length front view.
    # caption: adapter
    case(
        "X541-035",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black", "other_garment_color"),
        details("pants", "they have a drawstring waist and elastic cuffs"),
        cloth("a hoodie and sweatpants"),
        is_a("pair of pants", "yes"),
        D.material("the pants are made of", "cut"),
        title="Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a lavender knit pullover sweater, long sleeves, white jeans; light grey backdrop, front view.
    # all open answers: base
    case(
        "X541-036",
        caption("a woman in a purple sweater and white jeans"),
        color_of("sweater", "purple"),
        cloth("a purple dress", "contradiction"),
        color_of("jeans", "purple", kind="open", failure="other_garment_color"),
        D.material("cashmere", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Women Lavender Solid Pullover",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a white ribbed sleeveless tank top, grey jersey shorts; white backdrop, front view.
    # (the feed row has no gender)
    # caption: adapter; cloth: VQA adapter
    case(
        "X541-037",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a short pants. The tank top is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "The gentleman wears a sleeveless",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "tee/tank Question: What is the color of the tee/tank? Answer: white Question: What is the color of the "
            "tee/tank?",
            "leak",
            hit_limit=True,
        ),
        color_of("tank top", "white"),
        B.sleeve_length("sleeveless"),
        D.details("it is a tank top", "non_answer"),
        color_of("shorts", "white", "other_garment_color"),
        title="Men White Solid Tank Top",
        category="Tshirts",
        color="White",
    ),
    # photo: woman in a mid-blue A-line denim skirt with a button front, a black tee tucked in, no belt; white
    # backdrop, front view cut at the knees.
    # all open answers: base
    case(
        "X541-038",
        caption("a woman in a black shirt and a blue denim skirt"),
        cloth("a denim skirt"),
        color_of("skirt", "blue"),
        details("skirt", "it has buttons down the front"),
        D.material("denim"),
        B.garment_type("skirt"),
        is_a("dress", "yes", "contradiction"),
        wearing(
            "she is wearing a black shirt and a blue skirt with a black belt and black boots",
            "unsupported",
            who="she",
        ),
        title="Women Blue Solid A-Line Denim Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a burgundy long-sleeve henley with a three-button placket, dark jeans; white backdrop, front view.
    # cloth: VQA adapter
    case(
        "X541-039",
        caption("a man in a maroon shirt and jeans"),
        color_of("t-shirt", "purple", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("it has buttons on the neck"),
        cloth(
            "tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee",
            "loop",
            hit_limit=True,
        ),
        D.material("a maroon shirt", "restated"),
        title="Men Burgundy Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in a yellow sleeveless top with a small floral print and ruffles at the shoulders, white mini
    # skirt; white backdrop, front view.
    # caption: adapter
    case(
        "X541-040",
        caption(
            "The lady wears a sleeveless shirt with floral patterns and a short skirt. The shirt is with chiffon "
            "fabric. It has a round neckline. The skirt is with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "yellow"),
        color_of("skirt", "yellow", kind="open", failure="other_garment_color"),
        B.pattern("floral"),
        D.description("a yellow floral top with ruffles on the shoulders"),
        D.material("the top is yellow with flowers", "restated"),
        title="Women Yellow Floral Print Ruffled Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in a navy quilted padded gilet (sleeveless), zipped, over a grey long-sleeve sweatshirt, black pants;
    # white backdrop, front view.
    # all open answers: base
    case(
        "X541-041",
        caption("a man in a blue vest and a grey sweater"),
        cloth("a vest"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_of("vest", "grey", kind="open", failure="other_garment_color"),
        is_a("vest", "yes"),
        D.details("it has a zipper and pockets"),
        title="Men Navy Blue Solid Padded Gilet",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in black high-rise wide-leg trousers, a white long-sleeve blouse tucked in; white backdrop,
    # full-length front view.
    # caption: adapter
    case(
        "X541-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "chiffon fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. "
            "The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        cloth(
            "a white shirt and black pants Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        details("pants", "", "non_answer"),
        B.garment_type("pants"),
        D.wearing("a man in a white shirt and black pants", "pronoun"),
        title="Women Black Solid High-Rise Wide Leg Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light blue short-sleeve camp-collar shirt with a green palm leaf print, white shorts; white
    # backdrop, front view.
    # all open answers: base
    case(
        "X541-043",
        caption("a man in a blue shirt with palm trees on it"),
        color_of("shirt", "green", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        D.wearing("a blue shirt and blue shorts", "other_garment_color"),
        cloth("a hawaiian shirt"),
        D.material("linen", "unsupported"),
        title="Men Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a beige double-breasted trench coat with a tied belt, long sleeves, over a black top and black
    # pants; white backdrop, full-length front view.
    # caption, cloth: adapter
    case(
        "X541-044",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("coat", "beige"),
        B.garment_type("jacket"),
        D.details("it has a belt and buttons"),
        D.wearing("he is wearing a trench coat", "pronoun"),
        title="Women Beige Solid Belted Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a white crew tee with a black-and-orange tiger face print, dark blue jeans; white backdrop, front
    # view.
    # all open answers: base
    case(
        "X541-045",
        caption("a man wearing a white t-shirt with a picture of a skull", "unsupported"),
        color_of("t-shirt", "white"),
        cloth("a t-shirt and jeans"),
        color_of("jeans", "grey", kind="open", failure="contradiction"),
        describe("t-shirt", "a white t-shirt with a tiger on it"),
        B.pattern("graphic"),
        shirt_color("black", "contradiction"),
        title="Men White Graphic Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a long grey cable-knit open cardigan over a white short-sleeve tee, blue jeans; white backdrop,
    # full-length front view.
    # caption: adapter; cloth: VQA adapter
    case(
        "X541-046",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. This lady also "
            "wears an outer clothing, with knitting",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "cardigan Question: Is this a cardigan? Answer: yes Question: Is this a cardigan? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("cardigan", "white", "other_garment_color"),
        B.pattern("solid"),
        D.material("knit"),
        is_a("cardigan", "yes"),
        title="Women Grey Cable Knit Longline Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
]
