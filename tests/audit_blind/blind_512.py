"""BLIND_512 (46 products; DeepFashion In-shop style studio photos of everyday wear, VQA-experiment questions): written
blind in the forty-ninth session. Measured blind at a2398be (the session's rules as they stood): 116/124 failures
found (93.5%) and 6/158 correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of everyday women's and men's wear, photographed DeepFashion In-shop
style: one model on a plain white or light grey studio backdrop (a few with a stool, a potted plant or a brick-look
wall), front, side, back or full-body views, and a few flat shots of the garment alone. Tees, tanks, polos, shirts,
blouses, sweaters, cardigans, hoodies, sweatshirts, jackets, coats, dresses, rompers, skirts, shorts, pants, jeans,
leggings, joggers; most models wear a second garment (the jeans under the tee, the tee under the jacket). Each row
has the seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.
The questions are the experiments' VQA questions: "What cloth is the person wearing?", "What is the color of the
{garment}?" and "Is this a {garment}?", plus enrich's closed garment_type and color, and on some products
"What is she/he wearing?", the description, details, material, pattern and sleeve-length questions.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its own,
never hit_limit) or from the caption-only LoRA adapter (the DeepFashion-MultiModal template: "The lady wears a
short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."; no end token, so it runs to
its 50-token limit and carries hit_limit=True). The open VQA questions (cloth, the open color questions) were answered
by one of three models, named in each case's comment: the base model (short answers), the caption adapter (VQA lost:
it returns its template, cut at 30 tokens, hit_limit=True) or the VQA adapter (trained with unmasked labels and no
end token: a right first word, then "white-white-white..." or the whole "Question: ... Answer: ..." format again until
the 30-token limit, hit_limit=True). wearing, description, details and material come from the base model. The closed
questions (garment_type, color, pattern, sleeve_length, the closed per-piece color questions, "Is this a ...?") are
enrich's `--engine reference` answers chosen from candidate sets: never a loop or a cut, sometimes the wrong
candidate.

Labeling conventions and judgement calls:
- Every caption-adapter and VQA-adapter text is a failure (they never stop). A text that starts its template or its
  answer over again is loop; one that stops mid-sentence without repeating is cut; a VQA-adapter answer that runs into
  "Question: ... Answer: ..." is leak even where the first word is right. The caption template returned for a color
  question (it names no hue) is restated: the question is not answered. The template returned for "What cloth is the
  person wearing?" does name the garments, so it is cut or loop. Where the template misnames the product itself (a
  romper as "a tank top and a short shorts", a shirt dress as "a long-sleeve shirt"), the misnaming is what the
  auditor sees first: contradiction, hit_limit kept.
- Shade words and synonyms are correct: blue for navy, teal or light blue; green for olive or teal; red or maroon for
  burgundy; pink or orange for coral; pink for peach; purple for lavender; tan or brown for beige or khaki; cream for
  white; grey or gray for charcoal or grey melange. Sweater for a sweatshirt, suit for a blazer worn with matching
  trousers, jacket for a blazer, sweatpants for joggers, "yes" to "Is this a sweater?" for a cardigan.
- Two-colour answers for a two-colour garment (a navy-and-white breton tee, a black-and-white colour-block dress,
  black track pants with white side stripes) are correct. The print's colour alone given as the garment's colour
  (black for a white tee with black lettering, blue for a white dress with small blue flowers) is contradiction.
- The colour of the other garment in the photo given to the product (white for a black chino worn with a white shirt,
  grey for a leggings product worn with a grey tee, black for a beige trench coat over a black dress) is
  other_garment_color. One colour given to every garment, so that the other garment gets the product's colour or both
  get a wrong one ("red" for the black skirt under a red sweater, "white" jeans under a white shirt, "a grey hoodie
  and grey pants" for black joggers, "a blue shirt and blue pants" over khaki chinos), is contradiction.
- Reference-engine misses: navy or dark indigo as black, sleeveless for long or short sleeves, short sleeves for a
  tank top, striped for pleats, for a polo's tipped collar or for a typography print, solid for a striped henley, the
  tee's stripes for a denim skirt, "shirt" for a sweater worn over a shirt, "jacket" for a long cardigan, "leggings"
  for joggers, "yes" to "Is this a dress?" for a romper and to "Is this a pair of jeans?" for chinos: contradiction.
  The base model calling a romper "a black dress" is contradiction too.
- Invented things not in the photo (a skull print, a tie, a pocket square, a slit, a necklace, a baseball cap, a
  ruffle hem, a chest pocket, a front zipper and pocket on a back view, a bow on the front of a back view) are
  unsupported, and so is a material neither named in the title nor visible (leather for a cotton trench coat). Things
  really in the photo (a belt, black pumps, a wooden stool, tipping on a collar, the buttons of a henley) are correct.
  Plausible visible materials are correct (denim, linen, lace, knit, flannel and faux leather where the title names
  them or the fabric plainly shows).
- Base-model failures: "he" for a woman, "she" for a man, or "a man in ..." for a woman is pronoun; "a white t-shirt
  with a v-neck" for a round-neck tee the title calls round neck is contradiction; an empty answer, "the details of
  the jacket", "they are shorts" and "the shorts are short" are non_answer; the material question answered with the
  garment's colour and name is restated; a base answer that stops early ("it is made of", "a white dress with") is cut
  without hit_limit; "Question: ..." or "Answer: ..." in a base answer is leak, even after a right first phrase.
- "What cloth is the person wearing?" on a flat shot answered with the garment ("a t-shirt") is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_512 = [
    # photo: woman in a white round-neck tee tucked into light blue denim shorts, white backdrop, front view.
    # caption: caption adapter; color of the shirt: VQA adapter; cloth: base
    case(
        "X512-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short denim shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        cloth("a white t-shirt and denim shorts"),
        color_of(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        B.garment_type("t-shirt"),
        B.color("white"),
        describe("shirt", "a white t-shirt with a v-neck", "contradiction"),
        title="Roadster Women White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy pique polo shirt and khaki chinos, light grey backdrop, front view.
    # no adapter texts; open answers from the base model
    case(
        "X512-002",
        caption("a man in a navy polo shirt and khaki pants"),
        wearing("a blue shirt and blue pants", "contradiction", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "beige"),
        B.color("black", "contradiction"),
        is_a("polo shirt", "yes"),
        B.garment_type("polo shirt"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a peach chiffon blouse with small blue flowers, three-quarter sleeves, white skinny jeans,
    # white backdrop. caption and cloth: caption adapter; colors: base
    case(
        "X512-003",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "white", kind="open"),
        B.color("white", "other_garment_color"),
        B.pattern("floral"),
        title="Women Peach-Coloured Floral Print Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a grey melange pullover hoodie and black joggers, white backdrop, front view.
    # cloth and color of the hoodie: VQA adapter; caption: base
    case(
        "X512-004",
        caption("a man wearing a grey hoodie and grey pants", "contradiction"),
        cloth(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "hoodie",
            "grey Question: What is the color of the pants? Answer: black Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        B.color("grey"),
        color_of("pants", "black"),
        title="HRX Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a black sleeveless romper with shorts legs, white wall with a potted plant at the side.
    # caption: caption adapter; cloth and color: base
    case(
        "X512-005",
        caption(
            "The lady wears a tank top with pure color patterns and a short shorts. The tank top is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        cloth("a black dress", "contradiction"),
        color_of("romper", "black", kind="open"),
        is_a("dress", "yes", "contradiction"),
        B.garment_type("jumpsuit"),
        B.sleeve_length("sleeveless"),
        title="Women Black Solid Playsuit",
        category="Playsuit",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white oxford shirt (no chest pocket), sleeves rolled to the elbow, mid-blue jeans, white backdrop.
    # no adapter texts
    case(
        "X512-006",
        caption("a man in a white shirt and jeans"),
        wearing("a white shirt and blue jeans", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        details("shirt", "the shirt has a collar, buttons and a pocket on the chest", "unsupported"),
        B.sleeve_length("long sleeves"),
        B.garment_type("shirt"),
        title="Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red rib-knit crew-neck pullover and a black mini skirt, light grey backdrop.
    # caption and color of the sweater: caption adapter; color of the skirt, material: base
    case(
        "X512-007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. The sweater is with knitting",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "sweater",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        color_of("skirt", "red", "contradiction", kind="open"),
        B.color("red"),
        B.material("knit"),
        is_a("sweater", "yes"),
        title="Women Red Solid Pullover Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: man in an olive bomber jacket (zip front, side pockets) open over a white tee, black jeans.
    # color of the jacket: VQA adapter; caption, cloth, details: base
    case(
        "X512-008",
        caption("a man in a green jacket and black jeans"),
        cloth("a jacket and a white t-shirt Answer: a jacket", "leak"),
        color_of(
            "jacket",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        details("jacket", "the details of the jacket", "non_answer"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a navy-and-white striped long-sleeve breton tee and white straight pants, white backdrop.
    # caption: caption adapter; colors: base
    case(
        "X512-009",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a striped shirt and white pants", "pronoun", who="she"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "white", kind="open"),
        B.pattern("striped"),
        B.color("blue"),
        is_a("t-shirt", "yes"),
        title="Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a black tee with a white "BROOKLYN 1987" text print, grey jersey shorts, white backdrop.
    # cloth and color of the shirt: VQA adapter; caption: base
    case(
        "X512-010",
        caption("a man wearing a black t-shirt with a skull on it", "unsupported"),
        cloth(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "black Question: What is the color of the shorts? Answer: grey Question: Is this a graphic tee? Answer: "
            "yes Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        B.color("black"),
        B.pattern("graphic"),
        title="Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a mustard pleated A-line midi skirt with a white tee tucked in, light grey backdrop.
    # no adapter texts
    case(
        "X512-011",
        caption("a woman in a yellow skirt and white top"),
        wearing("he is wearing a yellow skirt and a white shirt", "pronoun", who="she"),
        color_of("skirt", "yellow"),
        B.color("white", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        is_a("skirt", "yes"),
        title="Women Mustard Yellow Pleated A-Line Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a light blue denim shirt buttoned up, dark indigo jeans, white backdrop.
    # caption and color of the shirt: caption adapter; color of the jeans, material: base
    case(
        "X512-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        B.material("denim"),
        B.color("blue"),
        is_a("shirt", "yes"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a white sleeveless fit-and-flare sundress with a small blue flower print, white backdrop.
    # no adapter texts
    case(
        "X512-013",
        caption("a woman in a white dress with blue flowers"),
        cloth("a white dress with", "cut"),
        color_of("dress", "blue", "contradiction", kind="open"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        title="Women White Floral Print Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in a charcoal crew-neck sweater over a light blue collared shirt (collar and cuffs show), grey
    # trousers, white backdrop. color of the sweater: VQA adapter; the rest of the open answers: base
    case(
        "X512-014",
        caption("a man wearing a grey sweater and grey pants"),
        wearing("a sweater and a shirt", who="he"),
        color_of(
            "sweater",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("grey"),
        B.garment_type("shirt", "contradiction"),
        details("sweater", "ribbed cuffs and hem"),
        title="Men Charcoal Grey Solid Pullover",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in black ankle-length leggings and a grey oversized tee, white sneakers, white backdrop.
    # caption and cloth: caption adapter; color of the leggings: base
    case(
        "X512-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("leggings", "black", kind="open"),
        B.color("grey", "other_garment_color"),
        B.garment_type("leggings"),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: man in khaki cargo shorts with flap pockets and a white crew-neck tee, no hat, white backdrop, full body.
    # no adapter texts
    case(
        "X512-016",
        caption("a man in a white t-shirt and khaki shorts"),
        wearing("a white shirt and khaki shorts and a baseball cap", "unsupported", who="he"),
        color_of("shorts", "brown", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        B.color("beige"),
        B.garment_type("shorts"),
        title="Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a light-wash denim jacket over a black tee, black mini skirt, light grey backdrop.
    # caption: caption adapter; color of the jacket: VQA adapter; wearing: base
    case(
        "X512-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "jacket",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        B.color("black", "other_garment_color"),
        wearing("he is wearing a denim jacket and a black skirt", "pronoun", who="she"),
        is_a("jacket", "yes"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a red-and-black checked brushed flannel shirt worn open over a grey tee, blue jeans.
    # no adapter texts
    case(
        "X512-018",
        caption("a man in a red plaid shirt and jeans"),
        cloth("a plaid shirt"),
        color_of("shirt", "red and black", kind="open"),
        B.pattern("checked"),
        B.color("grey", "other_garment_color"),
        B.material("flannel"),
        title="Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a lavender open-front long cardigan over a white camisole, light blue jeans, white backdrop.
    # caption: caption adapter; cloth: VQA adapter; color of the cardigan: base
    case(
        "X512-019",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The cardigan is with knitting fabric",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        color_of("cardigan", "purple", kind="open"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        is_a("sweater", "yes"),
        title="Women Lavender Solid Open-Front Longline Cardigan",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in black slim chinos, a white shirt tucked in, brown leather belt, side view, white backdrop.
    # color of the pants: VQA adapter; caption and wearing: base
    case(
        "X512-020",
        caption("a man in a white shirt and black pants"),
        wearing("a white shirt and black pants with a brown belt", who="he"),
        color_of(
            "pants",
            "black Question: What is the color of the shirt? Answer: white Question: What cloth is the person "
            "wearing? Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("pants"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Men Black Slim Fit Chinos",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a teal blue long-sleeve bodycon midi dress, no slit visible, light grey backdrop, front view.
    # no adapter texts
    case(
        "X512-021",
        caption("a woman in a blue dress"),
        cloth("a dress and a necklace", "unsupported"),
        color_of("dress", "green", kind="open"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.color("blue"),
        describe("dress", "a long sleeve bodycon dress with a slit", "unsupported"),
        title="Women Teal Blue Solid Bodycon Midi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a white ribbed tank top and grey track pants, white backdrop, front view.
    # caption and color of the tank top: caption adapter
    case(
        "X512-022",
        caption(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. His tank "
            "top has sleeves cut off,",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "tank top",
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. The "
            "gentleman wears a long",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        B.garment_type("tank top"),
        B.color("white"),
        wearing("a white tank top and white pants", "contradiction", who="he"),
        title="HRX Men White Solid Ribbed Tank Top",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black blouse with white polka dots, short sleeves, black trousers, white backdrop.
    # color of the shirt: VQA adapter; caption, wearing: base
    case(
        "X512-023",
        caption("a woman in a black and white polka dot shirt"),
        wearing("a black and white polka dot shirt and black pants", who="she"),
        color_of(
            "shirt",
            "white-black-white-black-white-black-white-black-white-black-white-black-white-black-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("dotted"),
        B.color("black"),
        is_a("blouse", "yes"),
        title="Women Black & White Polka Dot Print Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a man in a navy zip-up hoodie (hood down), dark jeans, white backdrop; no front visible.
    # no adapter texts
    case(
        "X512-024",
        caption("the back of a man wearing a blue hoodie"),
        cloth("a hoodie"),
        color_of("hoodie", "blue", kind="open"),
        details("hoodie", "a zipper on the front and a kangaroo pocket", "unsupported"),
        B.color("black", "contradiction"),
        B.garment_type("hoodie"),
        title="Men Navy Blue Solid Hooded Zip-Up Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in olive cargo trousers and a black sleeveless crop top, white backdrop, full body.
    # caption: caption adapter; color of the pants: VQA adapter; color of the shirt: base
    case(
        "X512-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "green", "contradiction", kind="open"),
        B.color("green"),
        B.garment_type("pants"),
        title="Women Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a light grey two-button blazer, matching trousers, white shirt with open collar (no tie, no
    # pocket square), light grey backdrop. no adapter texts
    case(
        "X512-026",
        caption("a man in a grey suit and white shirt"),
        wearing("he is wearing a suit and tie", "unsupported", who="he"),
        color_of("jacket", "grey Answer: grey", "leak", kind="open"),
        B.garment_type("jacket"),
        B.color("white", "other_garment_color"),
        details("jacket", "two buttons and a pocket square", "unsupported"),
        title="Men Grey Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: flat shot of a white tee with black typography print across the chest, white background, no model.
    # no adapter texts
    case(
        "X512-027",
        caption("a white t-shirt with black writing on it"),
        cloth("a t-shirt"),
        color_of("shirt", "black", "contradiction", kind="open"),
        B.pattern("striped", "contradiction"),
        B.color("white"),
        B.material("a white t-shirt", "restated"),
        title="Women White Typography Print Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in dark indigo skinny jeans and a light blue crew-neck tee, white backdrop, front view.
    # caption, cloth and color of the jeans: caption adapter
    case(
        "X512-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        B.garment_type("jeans"),
        is_a("jeans", "yes", article="a pair of"),
        title="Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in coral cotton shorts and a white blouse knotted at the waist, white backdrop.
    # cloth: VQA adapter; caption, color of the shorts, details: base
    case(
        "X512-029",
        caption("a man in a white shirt and pink shorts", "pronoun"),
        cloth(
            "shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "orange", kind="open"),
        details("shorts", "the shorts are short", "non_answer"),
        B.color("white", "other_garment_color"),
        B.garment_type("shorts"),
        title="Women Coral Solid Regular Shorts",
        category="Shorts",
        color="Coral",
        gender="Women",
    ),
    # photo: flat shot of a maroon polo shirt with white tipping on the collar and sleeve bands, no model.
    # cloth and color of the shirt: VQA adapter; caption, material: base
    case(
        "X512-030",
        caption("a maroon polo shirt with white stripes on the collar"),
        cloth(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("red"),
        B.pattern("striped", "contradiction"),
        B.material("a maroon polo shirt", "restated"),
        is_a("polo shirt", "yes"),
        title="Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: side view of a woman in a beige belted cotton trench coat over a black dress, light grey backdrop.
    # caption: caption adapter; wearing, color of the coat, material: base
    case(
        "X512-031",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. There is a belt on her waist. The lady wears a long-sleeve coat with pure color patterns. "
            "The coat is",
            "loop",
            hit_limit=True,
        ),
        wearing("a trench coat", who="she"),
        color_of("coat", "black", "other_garment_color", kind="open"),
        B.color("black", "other_garment_color"),
        B.garment_type("coat"),
        B.material("leather", "unsupported"),
        title="Women Beige Solid Cotton Trench Coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a grey-and-white striped long-sleeve henley (three buttons), dark jeans, white backdrop.
    # no adapter texts
    case(
        "X512-032",
        caption("a man in a grey and white striped shirt"),
        wearing("a striped shirt with buttons", who="he"),
        color_of("shirt", "gray", kind="open"),
        B.pattern("solid", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.garment_type("t-shirt"),
        details("shirt", "three buttons and a", "cut"),
        title="Men Grey Striped Henley Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a blue chambray shirt dress to the knee, button front, self-tie belt, white backdrop.
    # caption: caption adapter; color of the dress: VQA adapter; cloth, details: base
    case(
        "X512-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. There is a belt on her waist. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        cloth("a blue shirt dress"),
        color_of(
            "dress",
            "blue Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: blue",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        B.color("blue"),
        details("dress", "a belt and buttons down the front"),
        title="Women Blue Solid Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black faux-leather biker jacket over a grey tee, black jeans, white backdrop.
    # cloth: VQA adapter; the rest of the open answers: base
    case(
        "X512-034",
        caption("a man in a black leather jacket and black jeans"),
        cloth(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "black", kind="open"),
        color_of("shirt", "grey"),
        B.garment_type("jacket"),
        B.material("leather"),
        details("jacket", "zippers on the sleeves Question: what is the color of the jacket? Answer: black", "leak"),
        title="Men Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a pink pullover hoodie and grey sweatpants, white backdrop, front view.
    # caption and color of the hoodie: caption adapter; wearing: base
    case(
        "X512-035",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "hoodie",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        wearing("a pink hoodie and pink pants", "contradiction", who="she"),
        B.color("pink"),
        is_a("hoodie", "yes"),
        title="Women Pink Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white short-sleeve linen shirt and beige shorts, white backdrop, front view.
    # color of the shirt: VQA adapter; caption, cloth (empty), material: base
    case(
        "X512-036",
        caption("a man in a white shirt and shorts"),
        cloth("", "non_answer"),
        color_of(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("linen"),
        B.sleeve_length("short sleeves"),
        B.color("beige", "other_garment_color"),
        title="Men White Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black-and-white colour-block short-sleeve sheath dress, black pumps, full body, white
    # backdrop. caption: caption adapter; color of the dress, wearing: base
    case(
        "X512-037",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with color block patterns. The dress is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "black and white", kind="open"),
        B.pattern("color block"),
        B.color("black"),
        B.sleeve_length("sleeveless", "contradiction"),
        wearing("a black and white dress and black heels", who="she"),
        title="Women Black & White Colourblocked Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a burgundy crew-neck sweatshirt and blue jeans, light grey backdrop.
    # no adapter texts
    case(
        "X512-038",
        caption("a man wearing a red sweater and jeans"),
        wearing("she is wearing a red sweatshirt and blue jeans", "pronoun", who="he"),
        color_of("sweatshirt", "maroon", kind="open"),
        color_of("jeans", "maroon", "contradiction", kind="open"),
        B.garment_type("sweatshirt"),
        B.color("red"),
        title="Men Burgundy Solid Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: back view of a woman in a white lace short-sleeve top and light jeans, white backdrop; front not visible.
    # no adapter texts
    case(
        "X512-039",
        caption("the back of a woman in a white lace top"),
        cloth("a white lace top Question: what is the person wearing? Answer: a white lace top", "leak"),
        details("top", "lace"),
        B.material("lace"),
        B.color("cream"),
        describe("top", "a white lace top with a bow on the front", "unsupported"),
        title="Women White Lace Detail Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in an olive cotton overshirt worn open over a black tee, black jeans, brick-look wall behind.
    # caption: caption adapter; color of the shirt: VQA adapter (gave the tee's color); wearing: base
    case(
        "X512-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        B.color("black", "other_garment_color"),
        B.garment_type("shirt"),
        wearing("a green shirt over a black t-shirt", who="he"),
        title="Men Olive Green Solid Cotton Overshirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a blue denim A-line mini skirt with a white-and-red striped tee tucked in, white backdrop.
    # cloth: VQA adapter; caption, color of the skirt: base
    case(
        "X512-041",
        caption("a woman wearing a striped shirt and a denim skirt"),
        cloth(
            "denim, skirt, denim, skirt, denim, skirt, denim, skirt, denim, skirt, denim, skirt, denim, skirt, denim",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "blue", kind="open"),
        wearing("a striped shirt and a", "cut", who="she"),
        B.pattern("striped", "contradiction"),
        is_a("skirt", "yes"),
        B.color("blue"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in black track pants with a white side stripe and elastic waistband, black tee, white backdrop.
    # cloth: VQA adapter; caption, color of the pants, details, material: base
    case(
        "X512-042",
        caption("a man in black pants with white stripes"),
        color_of("pants", "black and white", kind="open"),
        details("pants", "white stripes on the side and an elastic waistband"),
        B.garment_type("pants"),
        B.material("it is made of", "cut"),
        cloth(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Track Pants with Side Stripe",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an oversized white button-down shirt and blue jeans, sitting on a wooden stool, white backdrop.
    # no adapter texts
    case(
        "X512-043",
        caption("a woman in a white shirt sitting on a wooden stool"),
        wearing("a white shirt and jeans", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        B.garment_type("shirt"),
        B.sleeve_length("long sleeves"),
        title="Women White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: flat shot of grey melange joggers with drawstring and cuffed ankles, no model; feed row has no gender.
    # caption: caption adapter; cloth, color of the pants: base
    case(
        "X512-044",
        caption(
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with cotton fabric and pure color patterns. The trousers are of long length. The",
            "loop",
            hit_limit=True,
        ),
        cloth("a pair of sweatpants"),
        color_of("pants", "grey", kind="open"),
        B.color("grey"),
        B.garment_type("leggings", "contradiction"),
        is_a("leggings", "no", article="a pair of"),
        title="Grey Melange Solid Slim Fit Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: woman in a navy maxi skirt with white flowers, plain hem, and a white tee, light grey backdrop; no color.
    # color of the skirt: VQA adapter; caption, wearing, description: base
    case(
        "X512-045",
        caption("a woman in a white t-shirt and a floral skirt"),
        color_of(
            "skirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a white shirt and a blue floral skirt", who="she"),
        B.color("white", "other_garment_color"),
        B.pattern("floral"),
        describe("skirt", "a long skirt with flowers and a ruffle hem", "unsupported"),
        title="Women Navy Blue Floral Print Flared Maxi Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: flat shot of a light blue V-neck tee, plain chest with no pocket, white background, no model.
    # caption: caption adapter; cloth, color, description: base
    case(
        "X512-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a v-shape neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt",
            "loop",
            hit_limit=True,
        ),
        cloth("a blue t-shirt"),
        color_of("shirt", "light blue", kind="open"),
        describe("shirt", "a blue t-shirt with a v-neck and a pocket on the chest", "unsupported"),
        B.garment_type("t-shirt"),
        is_a("polo shirt", "no"),
        title="Men Blue Solid V-Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
]
