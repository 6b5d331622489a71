"""BLIND_237 (46 products; DeepFashion In-shop style men's and women's model shots on white, VQA and caption adapters):
written blind in the forty-first session. Measured blind at 878e10b (the session's rules as they stood): 119/143
failures found (83.2%) and 6/179 correct texts flagged (3.4%). The writer's notes, verbatim:

Scenario: a retailer's feed for a DeepFashion In-shop style catalog: men's and women's tees and tanks, blouses and
shirts, sweaters, cardigans, jackets and coats, dresses, skirts, shorts and pants, each shot on a model against a
plain white studio backdrop, front view, mostly full body (a few cropped at the knee or mid-thigh). The product is
worn with other pieces (a tee under a jacket, jeans under a sweater, a blouse tucked into a skirt), so the photo holds
two or three garments in different colors. The feed gives the seller's title, category, color (free-form vendor
words: Navy, Taupe, Heather grey, Black-white, Light wash...) and gender; a few rows miss one column.

Who wrote what: captions come either from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a grey t-shirt and black jeans") or from the original experiments' caption adapter (the DeepFashion template, "The
gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."). Both of the
experiments' adapters were trained with no end-of-answer token, so each of their texts runs to its limit (50 new
tokens for captions, 30 for answers) and carries hit_limit=True. The caption adapter, asked a question, returns its
template. The VQA adapter (`Data3_V3_BLIP2_VQA`) answers open questions in the VQA data's style and never stops: one
color or phrase repeated ("blue blue blue ...", "navy-navy-navy ...", "the sleeves, the neckline, the collar, ..."),
a description that runs on until it is cut, or, since its loss covered the prompt, a short answer followed by new
"Question: ... Answer: ..." turns. The comment above each case names the texts each adapter wrote; every other open
answer (wearing, description, details, material, the shirt color, the neckline) and every base caption comes from
the untuned base model, short and lowercase, stopping on its own (never hit_limit). The closed questions
(garment_type, color, pattern, sleeve_length, length, the per-piece color questions and "Is this a ...?") are
enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut, but they can pick a wrong
value or the color of another piece in the photo; where the VQA adapter answered a per-piece color question it is
stored open.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or chambray, red for burgundy, grey for charcoal or
  heather grey, white for ivory or cream, brown for taupe, camel or tan, pink or orange for coral, orange for rust,
  green for olive, mint, emerald or forest green, purple for lilac, yellow for mustard, beige for khaki. Maroon
  answered "purple" and navy answered "black" are contradiction.
- For a two-color product (Black-white stripes, Navy-green plaid, Red-black check, Blue-white gingham), either of
  its colors is correct. A color of the print alone on a mostly one-color base (pink for a navy dress with pink
  flowers) is contradiction.
- A color that belongs to another piece in the photo (the tee under the jacket, the pants under the blouse, the
  tee's color given to the shorts) is other_garment_color, whichever garment the text gives it to. A color no piece
  in the photo has is contradiction.
- Garment synonyms are correct: t-shirt or shirt for a tee, top for a tank or blouse, sweater for a cardigan,
  sweatshirt for a hoodie, coat or jacket for a trench, pants for trousers or joggers, jean jacket for a denim jacket,
  checkered for gingham or buffalo check, plaid for gingham. An answer that names only the layer under the product
  ("a white t-shirt and jeans" for an open cardigan) is incomplete but not wrong: correct.
- "a black dress" for a black tee tucked into a black skirt is contradiction (the caption and seller say skirt).
- Materials: one the title names is correct (faux leather answered "leather", faux suede "suede"); a plausible look
  ("cotton" on a plain tee, "wool" on a chunky cable knit, "nylon" on a shiny puffer, "denim" on chambray, which the
  model cannot tell apart) is correct; a material the title contradicts (cotton for merino, wool for a cotton
  cardigan) is contradiction; one neither named nor visible (silk on a cotton sundress, lace on cotton embroidery)
  is unsupported.
- Invented items not in the photo (a necklace, a chest pocket, a scarf, a hood, a fur trim, a belt on shorts worn
  without one, a back zipper on a front-view photo, sneakers on a photo cropped at mid-thigh) are unsupported.
- Adapter texts: a text that repeats a sentence or clause of the template is loop; one that stops mid-sentence
  without repeating is cut. The template returned for the material question is restated. Where the template misnames
  the product (a bomber jacket as a shirt), the misnaming is seen first: contradiction, hit_limit kept.
- VQA adapter texts: a repeated word or phrase is loop; a run-on description stopped at the limit is cut, even
  where it invents a belt or a stripe before the cut; an answer that runs on into "Question: ... Answer: ..." is leak
  (the leak is what the auditor sees first), hit_limit kept. A base answer stopped early mid-phrase ("it is made of",
  "the shirt has buttons and") is cut, without hit_limit.
- Base answers running on into "Question: ... Answer: ..." are leak even when the first words are right. "he" for a
  woman and "she" for a man are pronoun. An empty answer, "i don't know", "it's a shirt", "a jacket" for details,
  "they are short" and "the details of the shirt" are non_answer; the garment's color and name answered to the
  material question is restated.
- The reference engine's sleeve or length value that the photo contradicts (long sleeves for short, maxi for midi)
  is contradiction.
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
)

shirt_color = question("shirt_color", "What is the shirt color?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")
length = question("length", "What is the length of the garment?", "closed")

BLIND_237 = [
    # photo: woman in a plain heather grey crew-neck tee (no pocket), loosely tucked into light-wash denim shorts, white
    # sneakers, white backdrop, front view, full body.
    # caption adapter: none; VQA adapter: none
    case(
        "X237-001",
        caption("a woman in a grey t-shirt and denim shorts"),
        D.wearing("a grey t-shirt and jean shorts"),
        B.garment_type("t-shirt"),
        B.color("grey"),
        color_of("shorts", "grey", "other_garment_color"),
        B.material("cotton"),
        D.details("it has a pocket on the chest", "unsupported"),
        title="Heathered Crew Neck Tee",
        category="Tees & Tanks",
        color="Heather grey",
        gender="Women",
    ),
    # photo: man in a navy pique polo shirt, short sleeves, with khaki chinos and brown shoes, white backdrop, front.
    # caption adapter: caption; VQA adapter: color of the shirt
    case(
        "X237-002",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki pants"),
        B.color("blue"),
        color_of("pants", "black", "contradiction"),
        is_a("polo shirt", "yes"),
        details("shirt", "the shirt has a collar and two buttons"),
        shirt_color("grey", "contradiction"),
        color_of(
            "shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Men's Pique Polo Shirt",
        category="Polos",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in an ivory chiffon blouse with a ruffled neckline and long sleeves, black skinny pants, white
    # backdrop, front, full body.
    # caption adapter: none; VQA adapter: wearing
    case(
        "X237-003",
        caption("a woman in a white blouse and black pants standing in front of a white wall"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        describe("blouse", "it is a white blouse with ruffles on the neck"),
        B.material("chiffon"),
        color_of("pants", "black"),
        D.wearing(
            "blouse Question: What is the color of the blouse? Answer: white Question: What is the color of the "
            "pants? Answer: black Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        title="Ruffled Chiffon Blouse",
        category="Blouses & Shirts",
        color="Ivory",
        gender="Women",
    ),
    # photo: man in a black-and-white Breton striped long-sleeve tee, grey jeans, white backdrop, front, full body.
    # caption adapter: caption, details; VQA adapter: none
    case(
        "X237-004",
        caption(
            "The gentleman wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("black"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and striped patterns. The neckline of the T-shirt is round. The "
            "T-shirt is with cotton fabric and striped patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt and black jeans", "other_garment_color"),
        color_of("jeans", "grey"),
        title="Men's Breton Stripe Long Sleeve Tee",
        category="Tees & Tanks",
        color="Black-white",
        gender="Men",
    ),
    # photo: woman in a burgundy chunky cable-knit crew sweater, dark blue jeans, white backdrop, front, full body.
    # caption adapter: none; VQA adapter: description
    case(
        "X237-005",
        caption("a woman in a red sweater and jeans"),
        D.wearing("a red sweater and blue jeans"),
        B.color("red"),
        B.material("wool"),
        D.details("the sweater has a cable knit pattern on the front"),
        is_a("cardigan", "yes", "contradiction"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe(
            "sweater",
            "a red sweater with a cable knit pattern and blue jeans and a red sweater with a cable knit pattern and "
            "blue jeans and a red",
            "loop",
            hit_limit=True,
        ),
        title="Cable Knit Crew Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in an olive nylon bomber jacket, zipped halfway, over a white crew tee, black jeans, white backdrop,
    # front, full body; ribbed stand collar, side pockets.
    # caption adapter: caption; VQA adapter: none
    case(
        "X237-006",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. He wears a long trousers. The trousers are with denim fabric and solid color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a white shirt"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        D.details("it has a zipper and pockets"),
        color_of("jeans", "black"),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is stand. The",
            "restated",
            hit_limit=True,
        ),
        title="Men's Nylon Bomber Jacket",
        category="Jackets & Vests",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a knee-length navy wrap dress with small pink and white flowers, short sleeves, tie at the waist,
    # no jewellery, white backdrop, front, full body.
    # caption adapter: none; VQA adapter: color of the dress
    case(
        "X237-007",
        caption("a woman in a blue floral dress"),
        D.wearing("a floral dress"),
        B.color("pink", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        describe("dress", "a blue dress with pink flowers and a necklace", "unsupported"),
        color_of(
            "dress",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Floral Print Wrap Dress",
        category="Dresses",
        color="Navy-pink",
        gender="Women",
    ),
    # photo: woman in a black pleated midi skirt with a white short-sleeve tee tucked in, white backdrop, front, full
    # body.
    # caption adapter: caption, material; VQA adapter: none
    case(
        "X237-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a white skirt", "other_garment_color"),
        B.color("black"),
        B.garment_type("skirt"),
        B.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "restated",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        length("maxi", "contradiction"),
        title="Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light blue oxford button-down shirt, long sleeves, no chest pocket, navy chinos, white backdrop,
    # front, full body.
    # caption adapter: none; VQA adapter: description
    case(
        "X237-009",
        caption("a man in a blue shirt and blue pants"),
        D.wearing("he is wearing a light blue shirt and navy pants"),
        shirt_color("blue"),
        details(
            "shirt",
            "the shirt has a collar and buttons on the front and a pocket on the chest",
            "unsupported",
        ),
        color_of("pants", "blue"),
        B.sleeve_length("long sleeves"),
        B.pattern("striped", "contradiction"),
        describe(
            "shirt",
            "a light blue button down shirt with long sleeves and a collar and buttons down the front and a pair "
            "of navy blue chinos with a brown belt and",
            "cut",
            hit_limit=True,
        ),
        title="Men's Oxford Button-Down Shirt",
        category="Shirts & Polos",
        color="Light blue",
        gender="Men",
    ),
    # photo: woman in a coral ribbed sleeveless tank top, white jeans, white backdrop, front, cropped at the knee.
    # caption adapter: none; VQA adapter: color of the top
    case(
        "X237-010",
        caption("a woman in an orange tank top and white pants"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        D.wearing("she is wearing a white top and white jeans", "other_garment_color"),
        B.material("", "non_answer"),
        color_of(
            "top",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Ribbed Tank Top",
        category="Tees & Tanks",
        color="Coral",
        gender="Women",
    ),
    # photo: man in a charcoal merino crew-neck sweater over a white collared shirt (collar showing), dark jeans,
    # white backdrop, front, full body.
    # caption adapter: description; VQA adapter: none
    case(
        "X237-011",
        caption("a man in a grey sweater and jeans"),
        D.wearing("a grey sweater and jeans"),
        B.color("grey"),
        describe(
            "sweater",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is round. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton", "contradiction"),
        is_a("sweater", "yes"),
        color_of("jeans", "grey", "other_garment_color"),
        title="Men's Merino Crew Neck Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a medium-wash denim jacket over a black tee tucked into a black mini skirt, white backdrop,
    # front, full body.
    # caption adapter: none; VQA adapter: none
    case(
        "X237-012",
        caption("a woman wearing a denim jacket and a black skirt"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        describe("jacket", "a blue jean jacket with buttons and pockets"),
        B.material("denim"),
        D.wearing("a jean jacket and a black dress", "contradiction"),
        D.details(
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "denim fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Classic Denim Jacket",
        category="Denim",
        color="Medium wash",
        gender="Women",
    ),
    # photo: man in a red crew-neck graphic tee with a white logo print on the chest, black shorts, white backdrop,
    # front, full body.
    # caption adapter: caption; VQA adapter: none
    case(
        "X237-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        B.color("red"),
        B.pattern("graphic"),
        D.wearing("a red t-shirt with a white print and black shorts"),
        details("shirt", "the shirt has a white logo on the front"),
        color_of("shorts", "red", "other_garment_color"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The",
            "restated",
            hit_limit=True,
        ),
        title="Men's Logo Graphic Tee",
        category="Graphic Tees",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a mint cotton button-front cardigan, open over a white cami, light-wash jeans, white backdrop,
    # front, full body.
    # caption adapter: none; VQA adapter: description
    case(
        "X237-014",
        caption("a woman in a grey cardigan and jeans", "contradiction"),
        D.wearing("a green sweater and jeans"),
        B.color("green"),
        B.garment_type("sweater"),
        D.details("it has buttons down the front"),
        B.material("wool", "contradiction"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe(
            "cardigan",
            "a green cardigan with buttons and a white top and blue jeans and a green cardigan with buttons and a "
            "white top and blue",
            "loop",
            hit_limit=True,
        ),
        title="Lightweight Cotton Cardigan",
        category="Cardigans",
        color="Mint",
        gender="Women",
    ),
    # photo: woman in a white blouse with black polka dots, short sleeves, black pants, white backdrop, front, full
    # body.
    # caption adapter: none; VQA adapter: none
    case(
        "X237-015",
        caption("a woman in a polka dot shirt and black pants"),
        D.wearing(
            "a black and white polka dot blouse Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        B.pattern("polka dot"),
        B.color("white"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("the blouse has buttons on the front and a bow at the neck", "unsupported"),
        title="Polka Dot Woven Blouse",
        category="Blouses & Shirts",
        color="White-black",
        gender="Women",
    ),
    # photo: man in khaki twill cargo shorts (no belt) with a navy crew tee, white backdrop, front, full body.
    # caption adapter: none; VQA adapter: none
    case(
        "X237-016",
        caption("a man in a blue shirt and khaki shorts"),
        B.garment_type("shorts"),
        B.color("blue", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        color_of("shorts", "beige"),
        D.wearing("he is wearing a navy t-shirt and tan shorts with a belt", "unsupported"),
        B.material("it is made of", "cut"),
        title="Men's Twill Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a bright red A-line mini skirt with a black long-sleeve fitted top tucked in, white backdrop,
    # front, full body.
    # caption adapter: wearing; VQA adapter: none
    case(
        "X237-017",
        caption("a woman in a black top and red skirt"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The lady wears a short skirt. The skirt is "
            "with cotton fabric. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        is_a("skirt", "yes"),
        length("mini"),
        D.description("a red skirt Question: what is the color of the top? Answer: black", "leak"),
        title="A-Line Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: man in a white linen button-up shirt, sleeves rolled to the forearm, beige linen trousers, white
    # backdrop, front, full body.
    # caption adapter: none; VQA adapter: details
    case(
        "X237-018",
        caption("a man in a white shirt and khaki pants"),
        B.material("linen"),
        B.color("white"),
        describe("shirt", "a white shirt with a collar and buttons"),
        B.sleeve_length("long sleeves"),
        shirt_color("white"),
        D.wearing("he is wearing a white shirt and white pants", "other_garment_color"),
        details(
            "shirt",
            "the collar, the buttons, the sleeves, the pocket, the collar, the buttons, the sleeves, the pocket, "
            "the collar, the",
            "loop",
            hit_limit=True,
        ),
        title="Men's Linen Button-Up Shirt",
        category="Shirts & Polos",
        color="White",
        gender="Men",
    ),
    # photo: woman in a taupe belted trench coat, open, over a black top and black pants, white backdrop, front, full
    # body.
    # caption adapter: caption; VQA adapter: color of the coat
    case(
        "X237-019",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat and black pants"),
        B.color("black", "other_garment_color"),
        B.garment_type("dress", "contradiction"),
        D.details("the coat has a belt and buttons"),
        color_of(
            "coat",
            "beige and black and white and beige and black and white and beige and black and white and beige",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Belted Trench Coat",
        category="Jackets & Coats",
        color="Taupe",
        gender="Women",
    ),
    # photo: man in a heather grey fleece pullover hoodie with a kangaroo pocket and drawstring hood, black joggers,
    # white backdrop, front, full body. Feed row without gender.
    # caption adapter: none; VQA adapter: description
    case(
        "X237-020",
        caption("a man in a grey hoodie and black pants"),
        D.wearing("a gray sweatshirt and gray sweatpants", "other_garment_color"),
        is_a("hoodie", "yes"),
        B.color("black", "other_garment_color"),
        D.details("the hoodie has a kangaroo pocket and a drawstring hood"),
        B.material("cotton"),
        D.description(
            "a grey hoodie with a hood and a pocket on the front and a pair of black pants with a white stripe on "
            "the side and a pair of",
            "cut",
            hit_limit=True,
        ),
        title="Men's Fleece Pullover Hoodie",
        category="Sweatshirts & Hoodies",
        color="Heather grey",
    ),
    # photo: woman in a mustard sleeveless midi sundress, plain cotton, square neck, white backdrop, front, full body.
    # caption adapter: none; VQA adapter: none
    case(
        "X237-021",
        caption("a woman in a yellow dress"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        B.color("yellow"),
        B.sleeve_length("sleeveless"),
        length("midi"),
        B.material("silk", "unsupported"),
        D.details("it has a square neckline and a belt", "unsupported"),
        title="Sleeveless Midi Sundress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a black faux leather moto jacket, asymmetric zip, over a grey tee, black jeans, white backdrop,
    # front, full body.
    # caption adapter: details; VQA adapter: none
    case(
        "X237-022",
        caption("a man in a black leather jacket and black jeans"),
        details(
            "jacket",
            "The jacket is with leather fabric and pure color patterns. The jacket is with leather fabric and pure "
            "color patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("jacket"),
        B.material("leather"),
        D.wearing("a black jacket and a grey shirt and black pants"),
        color_of("jeans", "grey", "other_garment_color"),
        title="Men's Faux Leather Moto Jacket",
        category="Jackets & Vests",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an oversized white poplin button-down shirt and blue jeans, white backdrop, front, cropped at
    # mid-thigh (no shoes visible).
    # caption adapter: none; VQA adapter: shirt color
    case(
        "X237-023",
        caption("a woman in a white shirt and jeans against a white background"),
        B.color("white"),
        color_of("jeans", "blue"),
        describe("shirt", "a white shirt"),
        details("shirt", "the details of the shirt", "non_answer"),
        D.wearing("a white shirt and jeans and white sneakers", "unsupported"),
        shirt_color(
            "white shirt white shirt white shirt white shirt white shirt white shirt white shirt white shirt "
            "white shirt white shirt",
            "loop",
            hit_limit=True,
        ),
        title="Oversized Poplin Shirt",
        category="Blouses & Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy and green plaid flannel shirt, long sleeves, open over a white crew tee, khaki pants,
    # white backdrop, front, full body.
    # caption adapter: none; VQA adapter: details
    case(
        "X237-024",
        caption("a man in a plaid shirt and khaki pants"),
        B.pattern("plaid"),
        B.color("green"),
        shirt_color("white", "other_garment_color"),
        D.wearing("a plaid shirt and a white t-shirt and khaki pants"),
        B.material("flannel"),
        D.details(
            "the shirt is a plaid shirt with a collar and two pockets on the chest and buttons down the front and "
            "the sleeves are rolled up to the",
            "cut",
            hit_limit=True,
        ),
        title="Men's Plaid Flannel Shirt",
        category="Shirts & Polos",
        color="Navy-green",
        gender="Men",
    ),
    # photo: woman in a black lace sheath dress, short sleeves, knee length, white backdrop, front view only, full
    # body.
    # caption adapter: caption; VQA adapter: none
    case(
        "X237-025",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with lace fabric and its "
            "neckline is round. The lady wears a short-sleeve dress with pure color patterns. The dress is with lace "
            "fabric and its",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black lace dress"),
        B.color("black"),
        B.garment_type("dress"),
        details(
            "dress",
            "the dress has lace on the sleeves and a zipper in the back",
            "unsupported",
        ),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("lace"),
        title="Lace Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white v-neck tee, light grey chinos, white backdrop, front, full body.
    # caption adapter: none; VQA adapter: none
    case(
        "X237-026",
        caption("a man in a white t-shirt and grey pants"),
        B.color("grey", "other_garment_color"),
        neckline("crew neck", "contradiction"),
        B.garment_type("t-shirt"),
        D.wearing("a white shirt"),
        B.material("cotton"),
        details(
            "shirt",
            "the shirt is a v-neck t-shirt Question: what is the color of the pants? Answer:",
            "leak",
        ),
        title="Men's V-Neck Tee",
        category="Tees & Tanks",
        color="White",
        gender="Men",
    ),
    # photo: woman in olive utility cargo pants with side pockets, a white short-sleeve tee tucked in, white
    # backdrop, front, full body.
    # caption adapter: wearing; VQA adapter: none
    case(
        "X237-027",
        caption("a woman in a white t-shirt and green pants"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("jeans", "contradiction"),
        color_of("pants", "green"),
        details("pants", "the pants have pockets on the sides"),
        color_of("shirt", "green", "other_garment_color"),
        title="Utility Cargo Pants",
        category="Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a camel wool-blend overcoat, open, over a black turtleneck, grey trousers, no scarf, white
    # backdrop, front, full body.
    # caption adapter: none; VQA adapter: color of the coat
    case(
        "X237-028",
        caption("a man in a brown coat and black pants", "other_garment_color"),
        B.color("brown"),
        D.wearing("a tan coat and a black turtleneck and grey pants"),
        B.material("wool"),
        D.details("the coat has buttons and a scarf", "unsupported"),
        is_a("jacket", "yes"),
        color_of("pants", "black", "other_garment_color"),
        color_of(
            "coat",
            "camel Question: What is the color of the pants? Answer: grey Question: What is the color of the "
            "sweater? Answer: black Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Men's Wool Blend Overcoat",
        category="Jackets & Coats",
        color="Camel",
        gender="Men",
    ),
    # photo: woman in light-wash frayed denim cutoff shorts with a white short-sleeve blouse, white backdrop, front,
    # full body.
    # caption adapter: none; VQA adapter: wearing
    case(
        "X237-029",
        caption("a woman in a white top and denim shorts"),
        B.garment_type("shorts"),
        B.color("blue"),
        B.material("blue shorts", "restated"),
        details("shorts", "the shorts have a frayed hem and pockets"),
        color_of("shorts", "white", "other_garment_color"),
        D.wearing(
            "denim Question: What is the color of the denim? Answer: blue Question: Is this a shorts? Answer: yes "
            "Question: What cloth",
            "leak",
            hit_limit=True,
        ),
        title="Frayed Denim Cutoff Shorts",
        category="Shorts",
        color="Light wash",
        gender="Women",
    ),
    # photo: man in a forest green quarter-zip knit pullover with a stand collar, blue jeans, white backdrop, front,
    # full body.
    # caption adapter: caption, material; VQA adapter: none
    case(
        "X237-030",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is stand. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.sleeve_length("long sleeves"),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is stand. The",
            "restated",
            hit_limit=True,
        ),
        D.details("it has a zipper on the collar"),
        D.wearing("a green sweater and blue jeans"),
        color_of("jeans", "green", "other_garment_color"),
        title="Men's Quarter-Zip Pullover",
        category="Sweaters",
        color="Forest green",
        gender="Men",
    ),
    # photo: woman in a lilac cotton peasant blouse with white embroidery around the neckline, short puff sleeves,
    # white shorts, white backdrop, front, full body. Feed row without color.
    # caption adapter: none; VQA adapter: color of the blouse
    case(
        "X237-031",
        caption("a woman in a pink blouse and white shorts", "contradiction"),
        B.color("purple"),
        D.wearing("a purple top and white shorts"),
        D.details("embroidery around the neck"),
        B.sleeve_length("short sleeves"),
        B.material("lace", "unsupported"),
        neckline("", "non_answer"),
        color_of(
            "blouse",
            "purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Embroidered Cotton Peasant Blouse",
        category="Blouses & Shirts",
        gender="Women",
    ),
    # photo: man in black slim stretch jeans with a grey crew tee, white backdrop, front, full body.
    # caption adapter: none; VQA adapter: none
    case(
        "X237-032",
        caption("a man in a grey t-shirt and black jeans"),
        B.garment_type("jeans"),
        B.color("grey", "other_garment_color"),
        color_of("jeans", "black"),
        details(
            "jeans",
            "they are black jeans Question: what is the color of the shirt? Answer: grey",
            "leak",
        ),
        D.wearing("he is wearing a grey shirt and grey jeans", "other_garment_color"),
        title="Men's Slim Fit Stretch Jeans",
        category="Denim",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a navy-and-white striped long-sleeve shirt dress, belted at the waist, knee length, white
    # backdrop, front, full body.
    # caption adapter: wearing; VQA adapter: details
    case(
        "X237-033",
        caption("a woman in a blue and white striped dress"),
        D.wearing(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric. The lady "
            "wears a long-sleeve dress with striped patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("blue"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the belt, the collar, the buttons, the sleeves, the belt, the collar, the buttons, the sleeves, the "
            "belt, the collar, the",
            "loop",
            hit_limit=True,
        ),
        title="Striped Belted Shirt Dress",
        category="Dresses",
        color="Navy-white",
        gender="Women",
    ),
    # photo: man in a maroon waffle-knit long-sleeve henley with a three-button placket, dark jeans, white backdrop,
    # front, full body.
    # caption adapter: none; VQA adapter: none
    case(
        "X237-034",
        caption("a man in a maroon shirt and jeans"),
        D.wearing("she is wearing a red shirt and jeans", "pronoun"),
        B.color("purple", "contradiction"),
        details("shirt", "it has buttons at the neck"),
        B.sleeve_length("long sleeves"),
        B.material("silk", "unsupported"),
        title="Men's Waffle Knit Henley",
        category="Tees & Tanks",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in black high-rise wide-leg trousers with a cream long-sleeve v-neck blouse tucked in, white
    # backdrop, front, full body.
    # caption adapter: caption, description; VQA adapter: none
    case(
        "X237-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("white", "other_garment_color"),
        describe(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        color_of("pants", "black"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady",
            "restated",
            hit_limit=True,
        ),
        title="High-Rise Wide Leg Trousers",
        category="Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a short-sleeve chambray button shirt, white shorts, white backdrop, front, full body.
    # caption adapter: none; VQA adapter: wearing
    case(
        "X237-036",
        caption("a man in a blue shirt and white shorts"),
        describe("shirt", "it's a shirt", "non_answer"),
        B.color("blue"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_of("shorts", "white"),
        B.material("denim"),
        D.details("the shirt has buttons and", "cut"),
        D.wearing(
            "a blue shirt and white shorts and a blue shirt and white shorts and a blue shirt and white shorts and "
            "a blue shirt and",
            "loop",
            hit_limit=True,
        ),
        title="Men's Chambray Short Sleeve Shirt",
        category="Shirts & Polos",
        color="Chambray blue",
        gender="Men",
    ),
    # photo: woman in a red and black buffalo check flannel shirt worn open over a black tank, black jeans, two
    # flap chest pockets, no hood, white backdrop, front, full body.
    # caption adapter: none; VQA adapter: none
    case(
        "X237-037",
        caption("a woman in a red plaid shirt and black jeans"),
        B.pattern("plaid"),
        B.color("red"),
        D.wearing("a red and black checkered shirt and black jeans"),
        D.details("it has two pockets on the chest and a hood", "unsupported"),
        is_a("jacket", "no"),
        color_of("jeans", "red", "other_garment_color"),
        title="Buffalo Check Flannel Shirt",
        category="Blouses & Shirts",
        color="Red-black",
        gender="Women",
    ),
    # photo: man in a tan faux suede trucker jacket over a white crew tee, blue jeans, white backdrop, front, full
    # body.
    # caption adapter: caption; VQA adapter: description
    case(
        "X237-038",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The "
            "gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The "
            "gentleman",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and jeans"),
        B.color("white", "other_garment_color"),
        B.material("suede"),
        B.garment_type("jacket"),
        describe(
            "jacket",
            "a brown jacket with a collar and buttons on the front and two pockets on the chest and a white "
            "t-shirt underneath and blue jeans with a brown",
            "cut",
            hit_limit=True,
        ),
        title="Men's Faux Suede Trucker Jacket",
        category="Jackets & Vests",
        color="Tan",
        gender="Men",
    ),
    # photo: woman in an emerald green satin slip midi skirt with a black crew-neck sweater tucked in, white
    # backdrop, front, full body.
    # caption adapter: none; VQA adapter: none
    case(
        "X237-039",
        caption("a woman in a black sweater and green skirt"),
        B.color("green"),
        B.material("satin"),
        D.wearing(
            "a black sweater and a green skirt Question: what is the color of the skirt? Answer: green Question:",
            "leak",
        ),
        length("maxi", "contradiction"),
        D.details("the skirt has a slit on the side", "unsupported"),
        title="Satin Slip Midi Skirt",
        category="Skirts",
        color="Emerald",
        gender="Women",
    ),
    # photo: man in grey fleece sweat shorts with a black crew tee, white backdrop, front, full body. Feed row without
    # category.
    # caption adapter: details; VQA adapter: none
    case(
        "X237-040",
        caption("a man in a black t-shirt and black shorts", "other_garment_color"),
        details(
            "shorts",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        B.color("black", "other_garment_color"),
        color_of("shorts", "grey"),
        B.material("cotton"),
        D.wearing("she is wearing a black shirt and grey shorts", "pronoun"),
        title="Men's Fleece Sweat Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a long camel open-front cardigan with patch pockets, over a white tee and blue jeans, white
    # backdrop, front, full body.
    # caption adapter: none; VQA adapter: description
    case(
        "X237-041",
        caption("a woman in a brown cardigan and jeans"),
        D.wearing("a white t-shirt and jeans"),
        B.color("brown"),
        B.garment_type("cardigan"),
        B.material("i don't know", "non_answer"),
        D.details("he has a long cardigan with pockets", "pronoun"),
        D.description(
            "a long brown cardigan with two pockets on the front and a white t-shirt and blue jeans and a brown "
            "belt and brown boots and a brown",
            "cut",
            hit_limit=True,
        ),
        title="Longline Open Front Cardigan",
        category="Cardigans",
        color="Camel",
        gender="Women",
    ),
    # photo: man in navy slim stretch chinos with a white oxford shirt tucked in and a brown belt, white backdrop,
    # front, full body.
    # caption adapter: none; VQA adapter: color of the pants
    case(
        "X237-042",
        caption("a man in a white shirt and blue pants"),
        B.garment_type("pants"),
        B.color("black", "contradiction"),
        D.wearing("a white shirt and blue pants"),
        details("pants", "the pants have a belt and pockets"),
        color_of("shirt", "white"),
        color_of(
            "pants",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue "
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Men's Slim Stretch Chinos",
        category="Pants",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a white cotton eyelet sleeveless tank with a scalloped hem, light-wash jeans, white backdrop,
    # front, full body.
    # caption adapter: caption; VQA adapter: none
    case(
        "X237-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric. The lady wears a "
            "sleeveless",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white top and jeans"),
        B.color("white"),
        B.pattern("solid"),
        B.material("cotton"),
        D.details("it has little holes in the fabric"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Cotton Eyelet Tank Top",
        category="Tees & Tanks",
        color="White",
        gender="Women",
    ),
    # photo: man in a rust garment-dyed crew tee with olive shorts, white backdrop, front, full body.
    # caption adapter: none; VQA adapter: details
    case(
        "X237-044",
        caption("a man in an orange t-shirt and green shorts"),
        D.wearing("an orange shirt and orange shorts", "other_garment_color"),
        B.color("orange"),
        color_of("shorts", "green"),
        B.material("cotton"),
        D.description("an orange t-shirt with a pocket on the chest and a logo", "unsupported"),
        details(
            "shirt",
            "the neckline, the sleeves, the hem, the neckline, the sleeves, the hem, the neckline, the sleeves, "
            "the hem, the neckline",
            "loop",
            hit_limit=True,
        ),
        title="Men's Garment Dyed Crew Tee",
        category="Tees & Tanks",
        color="Rust",
        gender="Men",
    ),
    # photo: woman in a blue-and-white gingham short-sleeve button shirt with white jeans, white backdrop, front, full
    # body.
    # caption adapter: caption, details; VQA adapter: none
    case(
        "X237-045",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        B.color("blue"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt and white pants"),
        B.sleeve_length("short sleeves"),
        color_of("pants", "blue", "other_garment_color"),
        title="Gingham Short Sleeve Shirt",
        category="Blouses & Shirts",
        color="Blue-white",
        gender="Women",
    ),
    # photo: man in a navy hooded quilted puffer jacket, zipped, plain hood without fur, black pants, white backdrop,
    # front, full body.
    # caption adapter: none; VQA adapter: color of the jacket
    case(
        "X237-046",
        caption("a man in a blue jacket and black pants"),
        B.garment_type("jacket"),
        B.color("blue"),
        B.material("nylon"),
        D.details("a jacket", "non_answer"),
        D.wearing("a blue jacket with a fur hood and black pants", "unsupported"),
        describe(
            "jacket",
            "it is a blue jacket with a hood Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        color_of(
            "jacket",
            "blue-black-blue-black-blue-black-blue-black-blue-black-blue-black-blue-black-blue-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Men's Hooded Quilted Puffer Jacket",
        category="Jackets & Coats",
        color="Navy",
        gender="Men",
    ),
]
