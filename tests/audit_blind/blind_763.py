"""BLIND_763 (46 products; Myntra women's tops, caption adapter epoch 1): written blind in the fifty-fifth session.
Measured blind at 3f15adb (the session's sixth rules): 119/134 failures found (88.8%) and 16/190 correct texts flagged
(8.4%). The writer's notes, verbatim:

Scenario: a Myntra women's-wear feed of tops, shirts and t-shirts (crop tops and crop tees, peplum, wrap and
off-shoulder tops, cropped and knotted shirts). Catalog photos, mostly on a white or grey studio backdrop, a few
outdoors (beach, garden); the model also wears jeans, trousers, shorts or skirts, sometimes a second top layer
(tank under an open shirt, flannel tied at the waist), and jewellery or a bag. Seller columns as the feed has
them: title, category (Tops, Shirts, Tshirts), color (Myntra base colour), gender; a few rows lack one.

Who wrote what: every caption and every open answer is free generation (greedy) from BLIP-2 OPT-2.7b with the
caption adapter after one epoch (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch); captions at most 50 new
tokens, answers at most 30. At epoch 1 the adapter is half-way: it still gives short base-model answers
("a black crop top and blue jeans") but often falls back on the DeepFashion template ("The lady wears a
short-sleeve top with pure color patterns. The top is with cotton fabric..."), which has no hue words, says
"pure color" for solids, invents a wrist accessory or a ring, sometimes says "The gentleman"/"His", and, with no
end token trained, runs on into repeated sentences or stops mid-sentence at the token limit. It also echoes the
`Question: ... Answer:` format. Closed answers (garment_type, color, pattern, sleeve_length, neckline, is_*) come
from enrich's reference engine, which picks one candidate: they never loop or stop short, but pick wrong values,
often the hue of the jeans, skirt or trousers.

Labeling conventions and judgement calls:
- One failure label per text, the one a reader would report first; hit_limit is still set when the text ran to
  its token limit (a template answer cut at 30 tokens that never names a hue is non_answer with hit_limit=True).
- cut: a text that stops mid-sentence at the token limit and whose written part is otherwise right.
- loop: a phrase or template sentence repeated until the limit (always hit_limit=True), even when what is
  repeated is true.
- other_garment_color: an open text that gives the product (the top/shirt/t-shirt) the hue of another garment
  worn in the photo (jeans, skirt, trousers, a tank underneath, a flannel at the waist). A closed color that picks
  the other garment's hue is labelled contradiction (the seller's color contradicts it). A color that comes from
  the backdrop, not a garment, is contradiction too.
- contradiction also covers: the product's hue given to a secondary garment ("the skirt is green" for a green
  top and a checked skirt: one color for two garments), a wrong garment type (dress, jacket, shirt for a
  t-shirt), wrong sleeves, a wrong pattern or neckline, and yes to "Is this a dress?" for a top.
- unsupported: details that are not in the photo (pockets, zips or a keyhole that cannot be seen from the front,
  a hat, a jacket, cufflinks, an accessory on the wrist), and a material plainly not the garment's (denim for
  cotton twill, wool for a cotton knit, silk for cotton poplin, fleece for jersey).
- non_answer: empty, a one-word or yes/no answer to an open question ("pink" to "Describe the shirt.", "yes" to
  "What is she wearing?"), the question's words back ("the top details"), and "pure color" or a template
  caption without any hue to a color question.
- restated: the question turned into a sentence or echoed before the answer ("describe the shirt. the shirt
  is..."), without adding anything that answers it; an echo that still answers lightly is labelled restated too.
- leak: any `Question:` or `Answer:` in the text, even when the answer inside it is right.
- pronoun: "he", "his", "the gentleman" for a Women row.
- Accepted as correct: shade synonyms in the seller's color group (peach as pink, maroon as red, lavender as
  purple, lime green as green, teal said as teal), "checkered"/"plaid" for gingham, "chiffon" for georgette,
  DeepFashion words ("medium-sleeve" for three-quarter or elbow sleeves, "knitting fabric", "lapel neckline" for
  a shirt collar), partial but true answers ("a striped top"), and layered outfits named in full.
- A caption that reaches 50 tokens but ends on a full sentence would be correct with hit_limit=True; the correct
  captions here all ended before the limit, so none carries it.
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

BLIND_763 = [
    # photo: black ribbed sleeveless crop top, high-rise light-blue jeans, white backdrop, front view; all free
    # texts by the caption adapter at epoch 1, closed answers by the reference engine
    case(
        "X763-001",
        caption(
            "The lady wears a sleeveless crop top with pure color patterns. The top is with knitting fabric. "
            "It has a round neckline. The lady wears long denim trousers with solid color patterns."
        ),
        wearing("a black crop top and blue jeans", who="she"),
        Q.color("black"),
        color_of(
            "top",
            "The lady wears a sleeveless top with pure color patterns. The top is with knitting fabric. It has a",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("crop top"),
        details(
            "top",
            "the top is sleeveless, the top is sleeveless, the top is sleeveless, the top is sleeveless, the top is",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Roadster Women Black Solid Ribbed Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard crepe peplum top, short flutter sleeves, square neck, black skinny trousers, white backdrop,
    # front view; caption adapter epoch 1 for free texts, reference engine for closed ones
    case(
        "X763-002",
        caption("a woman in a yellow peplum top and black pants standing in front of a white wall"),
        wearing("a mustard top with a peplum hem and black trousers", who="she"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        describe(
            "top",
            "The lady wears a short-sleeve top with pure color patterns. It has a square neckline. The trousers "
            "the lady wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        details(
            "top",
            "flutter sleeves Question: What is the color of the top? Answer: yellow Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("peplum top"),
        title="SASSAFRAS Women Mustard Yellow Solid Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white cotton off-shoulder bardot top, elasticated neckline, three-quarter sleeves, tucked into a red
    # midi skirt, grey backdrop, front view; caption adapter epoch 1 / reference engine
    case(
        "X763-003",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns. The top is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("a white off the shoulder top and a red skirt", who="she"),
        color_of("top", "red", "other_garment_color", kind="open"),
        Q.sleeve_length("three-quarter sleeves"),
        details("top", "elastic neckline, off shoulder, three quarter sleeves, tucked into the skirt"),
        describe(
            "top",
            "The gentleman wears a medium-sleeve top with pure color patterns. The top is with cotton fabric.",
            "pronoun",
        ),
        is_a("dress", "yes", "contradiction"),
        title="HERE&NOW Women White Off-Shoulder Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: pink georgette wrap top with a small white floral print, long sleeves, tie at the waist, white jeans,
    # white backdrop, front view; caption adapter epoch 1 / reference engine
    case(
        "X763-004",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a pink floral wrap top and white pants", "pronoun", who="she"),
        Q.pattern("floral"),
        Q.color("pink"),
        Q.garment_type("dress", "contradiction"),
        describe("top", "a pink wrap top with white flowers, long sleeves and a tie at the waist"),
        Q.material("chiffon"),
        title="Tokyo Talkies Women Pink Floral Print Wrap Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green cotton twill shirt, sleeves rolled up, button front, two chest flap pockets, knotted at
    # the waist as a crop, black leggings, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-005",
        caption("a woman wearing a green shirt tied at the waist and black leggings"),
        Q.color("green"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        details(
            "shirt", "two flap pockets on the chest, buttons down the front, sleeves rolled up and a knot at the hem"
        ),
        Q.garment_type("shirt"),
        describe(
            "shirt",
            "The shirt is with denim fabric and solid color patterns. It has a lapel neckline. The shirt is with "
            "denim fabric and solid color patterns. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Vero Moda Women Olive Green Solid Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: navy and white horizontal stripe short-sleeve crop tee, round neck, high-waist black shorts, white
    # backdrop, front view; caption adapter epoch 1 / reference engine
    case(
        "X763-006",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short shorts."
        ),
        color_of("t-shirt", "navy blue and white", kind="open"),
        Q.pattern("striped"),
        wearing("a striped t-shirt and shorts"),
        details("t-shirt", "the t-shirt has a pocket on the chest and a logo on the sleeve", "unsupported"),
        is_a("crop top", "yes"),
        Q.material(
            "cotton Question: What is the color of the t-shirt? Answer: navy blue and white Question: What",
            "leak",
        ),
        title="ONLY Women Navy Blue & White Striped Crop T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon satin wrap top, long balloon sleeves, V-neck, side tie, black trousers, beige backdrop, front
    # view; caption adapter epoch 1 / reference engine
    case(
        "X763-007",
        caption("a woman in a maroon wrap top and black trousers posing against a beige wall"),
        Q.color("black", "contradiction"),
        Q.pattern("floral", "contradiction"),
        wearing("a wrap top and trousers", who="she"),
        describe(
            "top",
            "The lady wears a long-sleeve top with pure color patterns. The top is with silk fabric. It has a "
            "v-shape neckline. The lady wears a long trousers with pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.sleeve_length("long sleeves"),
        details("top", "balloon sleeves, a v-neck and a tie on the left side"),
        title="Berrylush Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: black off-shoulder peplum top, short ruffle sleeves, mid-blue skinny jeans, white backdrop, front
    # view; caption adapter epoch 1 / reference engine
    case(
        "X763-008",
        caption("a woman wearing a black off the shoulder top and blue jeans"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.garment_type("peplum top"),
        details("top", "Question: What are the top details? Answer: ruffles", "leak"),
        wearing(
            "black top, blue jeans, black top, blue jeans, black top, blue jeans, black top, blue jeans, black top",
            "loop",
            who="she",
            hit_limit=True,
        ),
        neckline("off-shoulder"),
        title="Harpa Women Black Off-Shoulder Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: plain white short-sleeve cotton crew-neck tee tucked into olive cargo trousers, white backdrop, front
    # view; caption adapter epoch 1 / reference engine
    case(
        "X763-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers the lady wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns."
        ),
        Q.color("white"),
        color_of("trousers", "white", "contradiction", kind="open"),
        wearing("a white t-shirt and green cargo pants"),
        details("t-shirt", "white", "non_answer"),
        describe("t-shirt", "a plain white t-shirt with a small pocket on the left chest", "unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Mast & Harbour Women White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: lavender boxy crop tee, white "SUNDAY" slogan on the chest, drop shoulders, short sleeves, white
    # wide-leg trousers, light pink backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The lady wears a long trousers",
            "loop",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.pattern("graphic"),
        color_of("t-shirt", "pure color", "non_answer", kind="open"),
        details("t-shirt", "the word sunday printed in white on the front"),
        wearing("a purple t-shirt with a print and white trousers"),
        describe(
            "t-shirt",
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline.",
            "pronoun",
        ),
        is_a("t-shirt", "yes"),
        title="Kook N Keech Women Lavender Graphic Print Boxy Crop T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: red off-shoulder top, long bell sleeves, smocked cotton bodice, white denim shorts, outdoors on a
    # beach with blue sea behind; caption adapter epoch 1 / reference engine
    case(
        "X763-011",
        caption("a woman in a red off the shoulder top and white shorts standing on the beach"),
        Q.color("red"),
        describe("top", "red top with long bell sleeves and a smocked bodice, worn off the shoulders"),
        color_of("top", "blue", "contradiction", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing(
            "a red top, white shorts, a red top, white shorts, a red top, white shorts, a red top, white shorts, a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="StyleStone Women Red Solid Smocked Off-Shoulder Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: mid-blue denim cropped shirt, short puff sleeves, button front, white flared trousers, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "The gentleman wears a short-sleeve shirt with pure color patterns and long trousers.",
            "pronoun",
            who="she",
        ),
        Q.color("blue"),
        Q.material("denim"),
        details("shirt", "puff sleeves, buttons on the front and a cropped hem"),
        describe(
            "shirt",
            "a denim shirt with a pocket on the chest, a collar and metal buttons with the brand name on them",
            "unsupported",
        ),
        Q.garment_type("jacket", "contradiction"),
        title="Athena Women Blue Denim Puff Sleeve Crop Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: peach sleeveless peplum top, round neck, tiered peplum, white jeans, white backdrop, front view (the
    # back is not shown); caption adapter epoch 1 / reference engine
    case(
        "X763-013",
        caption("a woman in a peach sleeveless peplum top and white jeans"),
        Q.color("peach"),
        color_of(
            "top",
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details("top", "a keyhole button at the back neck and a zip at the side", "unsupported"),
        wearing("yes", "non_answer", who="she"),
        Q.sleeve_length("sleeveless"),
        describe("top", "a peach top with a flared peplum and no sleeves"),
        title="DressBerry Women Peach-Coloured Solid Peplum Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: kelly green pique polo tee, white tipping on the collar, short sleeves, small embroidered logo, navy
    # chinos, no watch or bracelet, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The lady wears a long trousers. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("t-shirt", "green", kind="open"),
        Q.color("navy blue", "contradiction"),
        details("t-shirt", "a polo collar with white tipping, two buttons and a small logo on the chest"),
        Q.garment_type("t-shirt"),
        wearing("a green polo shirt and blue pants"),
        describe("t-shirt", "the t-shirt can be described as the t-shirt the woman is wearing", "restated"),
        title="U.S. Polo Assn. Women Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Women",
    ),
    # photo: beige linen-blend oversized shirt, long sleeves, knotted at the front, white bralette visible under
    # it, light-wash denim shorts, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-015",
        caption("a woman in a beige shirt tied at the front with denim shorts"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.material("linen"),
        describe("shirt", "describe the shirt. the shirt is a shirt that the woman is wearing", "restated"),
        details("shirt", "two pockets on the chest and a logo embroidered on the pocket", "unsupported"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        title="Mango Women Beige Linen Blend Knot Front Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: black wrap top with small white polka dots, short flutter sleeves, V-neck, tie waist, black
    # trousers, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-016",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears long trousers.",
            "contradiction",
        ),
        Q.pattern("polka dots"),
        Q.color("black"),
        wearing("a black and white polka dot top and black pants"),
        details(
            "top",
            "a v neck, flutter sleeves, a tie at the waist, a v neck, flutter sleeves, a tie at the waist, a v "
            "neck, flutter",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Trendyol Women Black & White Polka Dot Print Wrap Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard ribbed cotton-blend knit crop top, square neck, long sleeves, black high-waist flared
    # trousers, thin gold pendant necklace, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-017",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with knitting fabric. It has a "
            "square neckline. The lady wears a long trousers. The female has neckwear."
        ),
        Q.color("yellow"),
        color_of("top", "black", "other_garment_color", kind="open"),
        wearing("She wears a yellow crop top and black flared pants and a gold necklace", who="she"),
        describe("top", "the top is a mustard crop top with long sleeves and a square neck"),
        details(
            "top",
            "The lady wears a long-sleeve top with pure color patterns. The top is with knitting fabric. It has a "
            "square neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="FabAlley Women Mustard Yellow Ribbed Square Neck Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: blue and white gingham check cotton shirt, long sleeves, front-tie crop hem, worn over a white crop
    # tank, blue jeans, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-018",
        caption("a woman wearing a blue and white checkered shirt over a white tank top and jeans"),
        Q.pattern("checked"),
        Q.color("blue"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("Answer: a checkered shirt and jeans", "leak"),
        describe("shirt", "the shirt is plaid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("shirt", "yes"),
        title="Roadster Women Blue & White Gingham Checked Tie-Up Crop Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white cotton peplum top with an indigo block-printed floral pattern, three-quarter sleeves, round
    # neck, solid indigo palazzos, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-019",
        caption(
            "The lady wears a medium-sleeve top with floral patterns. The top is with cotton fabric. It has a "
            "round neckline. The lady wears long trousers with pure color patterns."
        ),
        Q.color("white"),
        color_of("top", "white with blue flowers", kind="open"),
        wearing("a white top with blue flowers and blue pants", who="she"),
        details(
            "top",
            "a floral print, a peplum and a hidden zipper in the back and gold buttons on the cuffs",
            "unsupported",
        ),
        describe("top", "Question: Describe the top. Answer: a white floral top with a peplum", "leak"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton"),
        title="Vishudh Women White & Blue Floral Block Print Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black jersey off-shoulder top, long sleeves, fitted, tan suede mini skirt, white backdrop; seller
    # row has no color; caption adapter epoch 1 / reference engine
    case(
        "X763-020",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. The lady "
            "wears a short skirt. The skirt is with leather fabric and pure color patterns. The lady wears a short "
            "skirt. The skirt is with leather fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        color_of("top", "brown", "other_garment_color", kind="open"),
        wearing("a black off-shoulder top and a brown skirt"),
        describe("top", "the top is the top she is wearing in the picture", "restated"),
        Q.garment_type("top"),
        neckline("off-shoulder"),
        title="H&M Women Black Off-Shoulder Jersey Top",
        category="Tops",
        gender="Women",
    ),
    # photo: grey melange short-sleeve crop tee, round neck, black joggers, white sneakers, white backdrop,
    # three-quarter view; caption adapter epoch 1 / reference engine
    case(
        "X763-021",
        caption("a woman in a grey crop top and black sweatpants"),
        Q.color("grey"),
        wearing("a grey t-shirt, black joggers and white shoes", who="she"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        describe(
            "t-shirt",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline.",
        ),
        Q.pattern("striped", "contradiction"),
        Q.material("fleece", "unsupported"),
        title="Moda Rapido Women Grey Melange Solid Crop T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: coral pink off-shoulder top with a double ruffle layer, short sleeves, light-blue mom jeans, no
    # jewellery, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-022",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric. The lady "
            "wears long trousers. The trousers are with denim fabric and pure color patterns. There is a ring on "
            "her finger.",
            "unsupported",
        ),
        color_of("top", "coral", kind="open"),
        Q.color("pink"),
        details(
            "top",
            "the ruffles, the ruffles, the ruffles, the ruffles, the ruffles, the ruffles, the ruffles, the "
            "ruffles, the ruffles",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a pink top and blue jeans"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("dress", "contradiction"),
        title="SASSAFRAS Women Coral Pink Ruffled Off-Shoulder Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: crisp white cotton poplin formal shirt, long sleeves, pointed collar, plain button cuffs, tucked into
    # black trousers with a black belt, grey backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There is a belt",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("trousers", "black", kind="open"),
        wearing("a white shirt and black pants with a belt", who="she"),
        details("shirt", "a collar, buttons down the front and cuffs"),
        describe("shirt", "a white shirt with a pocket on the chest, french cuffs and gold cufflinks", "unsupported"),
        Q.garment_type("shirt"),
        Q.material("silk", "unsupported"),
        title="Allen Solly Woman White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: black crop tee with a pink cherry cartoon graphic on the front, short sleeves, light-blue denim
    # shorts, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-024",
        caption("a woman wearing a black t-shirt with cherries on it and denim shorts"),
        Q.pattern("solid", "contradiction"),
        color_of("t-shirt", "black", kind="open"),
        wearing(
            "Question: What is she wearing? Answer: a black t-shirt and shorts Question: What is she wearing? Answer:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        details("t-shirt", "a cherry print on the front"),
        is_a("crop top", "yes"),
        title="Tokyo Talkies Women Black Graphic Print Crop T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy wrap top with a white and yellow floral print, three-quarter sleeves, V-neck, white trousers,
    # white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-025",
        caption(
            "The lady wears a medium-sleeve top with floral patterns. The top is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears long trousers with pure color patterns."
        ),
        Q.color("navy blue"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "a wrap top"),
        wearing(
            "His top has medium sleeves, chiffon fabric and floral patterns. His trousers are with pure color "
            "patterns.",
            "pronoun",
            who="she",
        ),
        details(
            "top",
            "The lady wears a medium-sleeve top with floral patterns. The top is with chiffon fabric. It has a "
            "v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        title="Harpa Women Navy Blue Floral Printed Wrap Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive cotton sleeveless crop top, square neck, wide straps, black-and-white checked mini skirt,
    # white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a square neckline. The lady "
            "wears a short skirt. The skirt is with cotton fabric and lattice patterns."
        ),
        Q.color("green"),
        Q.pattern("checked", "contradiction"),
        wearing("she is wearing a green top and a black and white checkered skirt"),
        describe("top", "the top is green and the skirt is green", "contradiction"),
        details("top", "", "non_answer"),
        title="ONLY Women Olive Green Solid Square Neck Crop Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: light blue and white vertical pinstripe shirt, long sleeves, worn open over a white t-shirt, beige
    # chinos, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-027",
        caption("a woman in a blue striped shirt over a white t-shirt and khaki pants"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        wearing("a blue and white striped shirt, a white t-shirt and beige pants", who="she"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is with stripe patterns, The shirt is with stripe patterns, The shirt is with stripe "
            "patterns, The shirt",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        title="Marks & Spencer Women Light Blue Pinstriped Pure Cotton Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow off-shoulder top with a small white and green floral print, elbow-length flared sleeves,
    # white denim shorts, outdoors in a garden with green foliage; caption adapter epoch 1 / reference engine
    case(
        "X763-028",
        caption(
            "The lady wears a medium-sleeve top with floral patterns. The top is with chiffon fabric. The lady "
            "wears a short shorts. The shorts are with denim fabric and pure color patterns."
        ),
        color_of("top", "yellow", kind="open"),
        Q.color("yellow"),
        Q.pattern("floral"),
        wearing("a yellow floral top and white shorts in a garden", who="she"),
        details(
            "top",
            "an elastic neckline, flared sleeves and a lace-up tie at the front with wooden beads",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("dress", "no"),
        title="Sera Women Yellow Floral Print Off-Shoulder Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: black boxy crop tee, short sleeves, a red plaid flannel shirt tied around the waist, blue ripped
    # jeans, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-029",
        caption("a woman wearing a black t-shirt with a red plaid shirt tied around her waist and ripped jeans"),
        Q.color("red", "contradiction"),
        color_of("t-shirt", "red and black plaid", "other_garment_color", kind="open"),
        wearing("a black t-shirt, a flannel shirt around the waist and jeans"),
        Q.garment_type("shirt", "contradiction"),
        details("t-shirt", "the t-shirt is black"),
        title="Kook N Keech Women Black Solid Boxy Crop T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: baby pink satin shirt, long sleeves, concealed placket, grey tailored trousers, white backdrop;
    # caption adapter epoch 1 / reference engine
    case(
        "X763-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("pink"),
        color_of("trousers", "pink", "contradiction", kind="open"),
        Q.material("satin"),
        describe("shirt", "pink", "non_answer"),
        details("shirt", "Question: What are the shirt details? Answer: buttons", "leak"),
        wearing("a pink satin shirt and grey trousers", who="she"),
        title="Van Heusen Woman Pink Solid Satin Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: emerald green satin wrap top, long sleeves, deep V, tie at the side, black leather-look trousers,
    # dark grey backdrop, front view; caption adapter epoch 1 / reference engine
    case(
        "X763-031",
        caption("a woman in a green satin wrap top and black leather pants"),
        wearing("he is wearing a green shirt and black pants", "pronoun", who="she"),
        Q.color("green"),
        color_of("top", "black", "other_garment_color", kind="open"),
        details(
            "top",
            "a deep v neck, long sleeves, a tie on the side and a slit at the back of the hem and shoulder pads",
            "unsupported",
        ),
        Q.garment_type("top"),
        Q.material("satin"),
        title="Emmyrobe Women Emerald Green Satin Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: white off-shoulder top with thin black horizontal stripes, short sleeves, black shorts, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-032",
        caption(
            "The lady wears a short-sleeve top with stripe patterns. The top is with cotton fabric. The lady wears "
            "a short shorts. The shorts are with cotton fabric and pure color patterns. The lady wears a short "
            "shorts. The shorts are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("striped"),
        color_of("top", "white with black stripes", kind="open"),
        wearing("a striped top", who="she"),
        details("top", "the top details", "non_answer"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="HERE&NOW Women White & Black Striped Off-Shoulder Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: rust orange peplum top, sleeveless with ruffled shoulders, V-neck, dark blue jeans, white backdrop;
    # caption adapter epoch 1 / reference engine
    case(
        "X763-033",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The lady wears long denim trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        wearing("an orange top and jeans"),
        Q.garment_type("peplum top"),
        describe("top", "sleeveless with ruffles on the shoulders and a peplum waist"),
        is_a("dress", "yes", "contradiction"),
        title="Globus Women Rust Solid Peplum Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: black crepe wrap top, long sleeves, shawl collar, self-tie at the waist (no belt), white wide-leg
    # trousers, white backdrop; the seller row has no category; caption adapter epoch 1 / reference engine
    case(
        "X763-034",
        caption("a woman in a black top and white trousers"),
        Q.color("white", "contradiction"),
        wearing("a black wrap top with white wide leg pants", who="she"),
        Q.garment_type("top"),
        describe(
            "top",
            "The lady wears a long-sleeve top with pure color patterns. The top is with chiffon fabric. It has a "
            "v-shape neckline. The trousers the lady wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        details("top", "a shawl collar, long sleeves, a belt with a gold buckle", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Chemistry Women Black Solid Shawl Collar Wrap Top",
        color="Black",
        gender="Women",
    ),
    # photo: red crew-neck short-sleeve tee with a white batwing logo on the chest, tucked into blue mom jeans,
    # bare head, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-035",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears long denim trousers."
        ),
        color_of("t-shirt", "red", kind="open"),
        Q.pattern("graphic"),
        details("t-shirt", "a logo on the chest"),
        wearing("a red shirt and a pair of jeans and a red hat", "unsupported"),
        describe("t-shirt", "Answer: a red t-shirt with a logo", "leak"),
        is_a("t-shirt", "yes"),
        Q.material("cotton"),
        title="Levis Women Red Batwing Logo Print Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: cobalt blue off-shoulder crop top, long puff sleeves, white pleated midi skirt, white backdrop;
    # caption adapter epoch 1 / reference engine
    case(
        "X763-036",
        caption("a woman in a blue off the shoulder crop top and a white pleated skirt"),
        Q.color("blue"),
        color_of("top", "white", "other_garment_color", kind="open"),
        wearing(
            "she is wearing a blue crop top and a white skirt and a blue crop top and a white skirt and a blue "
            "crop top and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details(
            "top",
            "Question: What are the top details? Answer: long sleeves Question: What is the color of the top? "
            "Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        neckline("round neck", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="AND Women Cobalt Blue Solid Off-Shoulder Puff Sleeve Crop Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: lime green ruched-front crop top, short puff sleeves, sweetheart neck, black mini skirt, white
    # backdrop, front view only; caption adapter epoch 1 / reference engine
    case(
        "X763-037",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric. The lady "
            "wears a short skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        Q.color("green"),
        color_of("top", "black", "other_garment_color", kind="open"),
        wearing("a green crop top and a black skirt", who="she"),
        describe("top", "a crop top with a ruched front and puff sleeves and a zip at the back", "unsupported"),
        Q.garment_type("crop top"),
        details("top", "yes", "non_answer"),
        title="Miss Chase Women Lime Green Solid Ruched Crop Top",
        category="Tops",
        color="Lime Green",
        gender="Women",
    ),
    # photo: brown corduroy overshirt with two buttoned chest pockets, worn open over a cream ribbed tank top,
    # black jeans, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-038",
        caption("a woman wearing a brown corduroy shirt over a white tank top and black jeans"),
        Q.color("brown"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.material("corduroy"),
        details(
            "shirt",
            "two chest pockets with buttons, buttons on the cuffs, two chest pockets with buttons, buttons on the "
            "cuffs, two chest",
            "loop",
            hit_limit=True,
        ),
        wearing("a brown shirt, a white top and black jeans"),
        describe("shirt", "He wears a brown corduroy shirt with long sleeves and pockets.", "pronoun"),
        title="Roadster Women Coffee Brown Solid Corduroy Overshirt",
        category="Shirts",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: purple and white tie-dye crop tee, short sleeves, round neck, grey cycling shorts, white backdrop;
    # caption adapter epoch 1 / reference engine
    case(
        "X763-039",
        caption("a woman in a purple tie dye t-shirt and grey shorts"),
        Q.pattern("printed"),
        Q.color("purple"),
        wearing("she is wearing what she is wearing", "restated", who="she"),
        details("t-shirt", "the t-shirt has a tie-dye print with a hood and a drawstring", "unsupported"),
        color_of("shorts", "purple", "contradiction", kind="open"),
        title="Popnetic Women Purple & White Tie-Dye Crop T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: teal jersey wrap top, short sleeves, V-neck, side knot, beige trousers, a small tan handbag in hand,
    # white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-040",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The lady wears long trousers. The lady is holding a bag in her hand."
        ),
        Q.color("teal"),
        color_of("top", "tan", "other_garment_color", kind="open"),
        wearing("a teal top and beige pants", who="she"),
        Q.garment_type("t-shirt", "contradiction"),
        details(
            "top",
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The lady wears long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        describe("top", "the top is described as a top", "restated"),
        title="Vero Moda Women Teal Solid Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: black sports crop tee with a white cat logo, short sleeves, black leggings, white sneakers, no
    # jacket, grey backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-041",
        caption("a woman in a black crop top and black leggings standing against a grey background"),
        Q.color("black"),
        color_of("leggings", "black", kind="open"),
        details("t-shirt", "a puma logo on the chest"),
        Q.material("polyester"),
        describe(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline.",
            "pronoun",
        ),
        wearing("a black t-shirt and leggings and a white jacket", "unsupported", who="she"),
        title="Puma Women Black Logo Print Cropped Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: off-white peplum top with a lace yoke, cap sleeves, round neck, light pink trousers, white backdrop;
    # caption adapter epoch 1 / reference engine
    case(
        "X763-042",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with lace fabric. It has a "
            "round neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("white"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        describe("top", "Describe the top. the top is white with lace", "restated"),
        Q.garment_type("dress", "contradiction"),
        wearing("an off white lace top and pink pants", who="she"),
        title="Cover Story Women Off-White Lace Yoke Peplum Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: white cotton cropped shirt with broderie anglaise eyelet embroidery, short puff sleeves, button
    # front, yellow linen midi skirt, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long skirt. The skirt is with linen fabric and pure color "
            "patterns. The lady wears a long skirt. The skirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "yellow", "other_garment_color", kind="open"),
        Q.color("white"),
        details("shirt", "eyelet embroidery all over, puff sleeves and buttons down the front"),
        wearing("she is wearing a white shirt and a yellow skirt", who="she"),
        describe("shirt", "the shirt is described in the picture", "restated"),
        Q.sleeve_length("short sleeves"),
        title="Mango Women White Broderie Anglaise Cropped Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: maroon velvet off-shoulder top, long sleeves, black skinny jeans, silver drop earrings, dark grey
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-044",
        caption("a woman in a red velvet off the shoulder top and black pants"),
        Q.color("maroon"),
        Q.material("velvet"),
        wearing("a maroon top, black jeans and silver earrings", who="she"),
        details(
            "top",
            "the top has a velvet texture, long sleeves, a velvet texture, long sleeves, a velvet texture, long "
            "sleeves, a velvet",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "black", "other_garment_color", kind="open"),
        describe("top", "he wears a maroon velvet top with long sleeves off the shoulders", "pronoun"),
        Q.sleeve_length("long sleeves"),
        title="Athena Women Maroon Velvet Off-Shoulder Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: cream wrap top with a large peach and green floral print, short flutter sleeves, V-neck, tie at the
    # waist, solid green trousers, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X763-045",
        caption(
            "The lady wears a short-sleeve top with floral patterns. The top is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears long trousers with pure color patterns."
        ),
        Q.pattern("floral"),
        Q.color("multicolored"),
        color_of(
            "top",
            "The lady wears a short-sleeve top with floral patterns. The top is with chiffon fabric.",
            "non_answer",
            kind="open",
        ),
        wearing("a floral top and green trousers"),
        describe(
            "top",
            "a floral print wrap top with ruffled sleeves, a v-neck and a tie at the waist and a back zipper and "
            "pockets",
            "unsupported",
        ),
        details("top", "Question: Describe the top. Answer: a floral top", "leak"),
        title="Berrylush Women Multicoloured Floral Printed Wrap Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: sea green crinkled cotton wrap crop top, short sleeves, tie at the front, white shorts, white
    # backdrop; the seller row has no gender; caption adapter epoch 1 / reference engine
    case(
        "X763-046",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a short shorts. The shorts are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("top", "white", "other_garment_color", kind="open"),
        wearing("a green crop top and white shorts", who="she"),
        Q.garment_type("crop top"),
        details("top", "a tie at the front"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Harpa Women Sea Green Crinkled Tie-Up Wrap Crop Top",
        category="Tops",
        color="Sea Green",
    ),
]
