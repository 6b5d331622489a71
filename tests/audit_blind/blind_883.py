"""BLIND_883 (46 products; Myntra women's tops, caption epoch 1): written blind in the fifty-seventh session. Measured
blind at 61894b1 (the session's first rules): 107/114 failures found (93.9%) and 14/163 correct texts flagged (8.6%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and t-shirts (Tops, Shirts, Tshirts): crop tops, peplum tops, wrap
tops, off-shoulder/bardot tops, casual shirts and tees. Product shots on a white or light grey backdrop, almost all
worn by a model who also wears jeans, trousers, shorts or a skirt; a few hold a bag or wear sunglasses, a watch or
earrings; one back view (a tee printed on the back). Titles in Myntra's "Brand Women Colour Pattern Type" form; a
few rows lack gender, colour or category, as real feeds do.

Who wrote what: every caption and every open answer is free generation by the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b), greedy, 50 new tokens for captions and
30 for answers. Its habits: it slips into the DeepFashion template ("The lady wears a short-sleeve shirt with pure
color patterns ... The shirt is with cotton fabric"), even for questions; it calls tops "shirt" or "tank top"; it
sometimes writes "gentleman"/"man" for a woman (the template's men's sentences); it has no trained end token, so
many texts run to the limit and are cut or loop, and it sometimes writes the "Question: ... Answer:" frame back. At
epoch 1 it still knows hue names from the base model and uses them in short answers. Closed answers (garment_type,
color, pattern, sleeve_length, the "Is this a ...?" questions and the closed color_of questions) come from enrich's
`--engine reference`, which ranks candidate values with the same adapter: one clean value, never a loop or a cut.

Labeling conventions and judgement calls:
- One label per text. Where a text has two failures, I label the one a reader sees first and the more specific one:
  a loop that also runs to the limit is "loop" (hit_limit=True); a pronoun or a leak in a text cut at the limit is
  "pronoun" or "leak" (hit_limit=True); a "cut" is a text that stops mid-phrase at the token limit with nothing else
  wrong in it.
- The adapter sometimes ends a text by emitting padding until the limit (it learned unmasked pad labels): such a text
  reads complete and ends on a full stop but carries hit_limit=True. I label those by their content (correct here).
- "other_garment_color": the product is given the color of something else in the photo (the jeans, trousers, shorts,
  skirt, an inner tank, a handbag), in open or closed answers. A wrong color that nothing in the photo has, or the
  color of the product's own print instead of its ground ("red" for a black top with red roses), is "contradiction".
- "contradiction" also covers a wrong garment type (dress for a peplum top, jacket for a shirt, sweater, tank top for
  a tee), wrong sleeve length, wrong pattern against title and photo, "yes"/"no" against the seller's type, and a
  material that the title names otherwise (chiffon for a satin or chambray top, furry for velvet).
- "unsupported": details the photo does not show and the catalog does not say: buttons, pockets, zips, belts, a
  hat, a logo, a ring, lace trim, and fabrics that nothing suggests (leather, denim, silk on a plain knit or crepe).
- The template's default "cotton fabric", "chiffon fabric" on a light printed woven top, and "knitting fabric" on a
  rib knit count as plausible, not unsupported, where the title names no material.
- The template's own vocabulary counts as correct: "shirt" or "blouse" for a woven top, "tank top" for a sleeveless
  top, "T-shirt" for a short-sleeve knit crop top, "lattice" for checks, "dots" for polka dots, "suspenders neckline"
  for straps, "long pants" for trousers or jeans, "complicated patterns" for lace or embroidery.
- Shades map to the seller's group: maroon or red for Maroon/Burgundy, green for Olive/Lime Green, blue for Teal and
  Navy Blue, pink for Peach, purple for Lavender, orange for Rust, white for Cream. These are correct.
- "non_answer": a bare word ("maroon", "lace", "grey", "top", "black", "yes") to an open question that asks for a
  description, the details or what she wears. A short but real answer ("a pink shirt") is correct.
- "restated": the text gives the question back ("What is she wearing? She is wearing a green top.", "The top details
  of the top are the details of the top"), with or without an answer after it; without the "Question:"/"Answer:"
  labels. With those labels it is "leak".
- "pronoun": he/man/gentleman for a product whose seller row says Women. The one row without gender has no pronoun
  label.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_883 = [
    # photo: black sleeveless rib-knit crop top, round neck, with high-waist light blue jeans; white backdrop, front
    # view, no belt or jewellery. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric. It has a round neckline."
        ),
        wearing("a black crop top, blue jeans and a black belt", "unsupported", who="she"),
        color_of("top", "black"),
        BQ.pattern("solid"),
        BQ.sleeve_length("sleeveless"),
        details(
            "top",
            "The tank top is with cotton fabric. It has a round neckline. The pants are with denim fabric and solid "
            "color patterns. The pants are with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Black Solid Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow peplum top, short flared sleeves, square neck, with white straight trousers; white
    # backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-002",
        caption(
            "This woman wears a short-sleeve top with pure color patterns and a long pants. The top is with cotton "
            "fabric and its neckline is square. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("top", "white", "other_garment_color"),
        BQ.garment_type("top"),
        describe(
            "top",
            "The top is yellow with a peplum hem and short ruffled sleeves. The top is yellow with a peplum hem and "
            "short ruffled sleeves. The top",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        wearing(
            "The lady wears a short-sleeve top with pure color patterns and a long pants. The top is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Mustard Yellow Solid Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue wrap top with small white polka dots, long sleeves, V-neck, tie at the left waist, light
    # georgette, no pockets; with white jeans; white backdrop, front view. Caption and open answers: caption
    # adapter epoch 1; closed: reference engine.
    case(
        "X883-003",
        caption(
            "The lady is wearing a long-sleeve blouse with dots patterns. The blouse is with chiffon fabric and it has "
            "a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "navy blue"),
        BQ.pattern("polka dot"),
        details(
            "top",
            "The top has a v-neckline, long sleeves, a tie at the waist and a pocket on the left side.",
            "unsupported",
        ),
        wearing("a blue and white polka dot top and white jeans", who="she"),
        BQ.sleeve_length("short", "contradiction"),
        title="Vero Moda Women Navy Blue Printed Wrap Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white bardot off-shoulder top, ruffled elastic neckline, full-length sleeves with elastic cuffs, with
    # blue denim shorts; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X883-004",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a short pants. The top is with cotton "
            "fabric. The shorts are with denim fabric and solid color patterns."
        ),
        color_of("top", "blue", "other_garment_color", kind="open"),
        BQ.sleeve_length("long"),
        BQ.garment_type("top"),
        BQ.material(
            "The top is with cotton fabric. The shorts are with denim fabric. The top is with cotton fabric. The "
            "shorts are with denim",
            "loop",
            hit_limit=True,
        ),
        details("top", "ruffled off-shoulder neckline with elastic, long sleeves"),
        title="Berrylush Women White Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: pink cropped tee, short sleeves, round neck, "SUNDAY" printed in white on the chest, with black jogger
    # pants; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-005",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("The man wears a short-sleeve T-shirt with graphic patterns.", "pronoun", who="she"),
        color_of("t-shirt", "pink"),
        BQ.pattern("graphic"),
        details("t-shirt", "the word sunday printed on the chest in white letters and a cropped hem"),
        is_a("crop top", "yes"),
        title="Tokyo Talkies Women Pink Printed Crop T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green utility shirt in cotton twill, long sleeves rolled to the elbow, two flap chest pockets,
    # button front, tucked into beige trousers; white backdrop, front view. Caption and open answers: caption adapter
    # epoch 1; closed: reference engine.
    case(
        "X883-006",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
        ),
        color_of("shirt", "green"),
        describe(
            "shirt",
            "The shirt is olive green with two flap pockets on the chest and buttons down the front. The sleeves are "
            "rolled up.",
        ),
        BQ.color("beige", "other_garment_color"),
        BQ.sleeve_length("long"),
        BQ.material("denim", "unsupported"),
        title="HERE&NOW Women Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white cotton crop top with small red and green flowers, sleeveless, square neck, with mid-blue jeans;
    # white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-007",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long denim pants. The tank top is with "
            "cotton fabric and it has a square neckline."
        ),
        color_of("top", "white with red flowers", kind="open"),
        BQ.pattern("floral"),
        details(
            "top",
            "Question: What are the top details? Answer: The top has a square neckline and Question: What are the top",
            "leak",
            hit_limit=True,
        ),
        wearing("a floral crop top and jeans"),
        BQ.sleeve_length("short", "contradiction"),
        title="Harpa Women White & Red Floral Print Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: maroon peplum top, three-quarter bell sleeves, V-neck, with black skinny jeans; the model holds a tan
    # handbag; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and it has a v-shape neckline. The pants are with denim fabric and solid color patterns. There "
            "is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "red"),
        BQ.garment_type("dress", "contradiction"),
        BQ.sleeve_length("three-quarter"),
        describe("top", "maroon", "non_answer"),
        details(
            "top", "The top has a v neckline, bell sleeves and a flared peplum hem. There is a brown bag in her hand."
        ),
        title="DressBerry Women Maroon Solid Peplum Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: blue and white vertical-striped bardot top, short puff sleeves, with white shorts; white backdrop, front
    # view, no hat or accessories. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-009",
        caption(
            "This woman wears a short-sleeve shirt with striped patterns and a short pants. The shirt is with cotton "
            "fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("top", "blue and white striped", kind="open"),
        BQ.pattern("striped"),
        is_a("shirt", "yes", "contradiction"),
        details(
            "top",
            "The top is with cotton fabric. The top is with cotton fabric. The top is with cotton fabric. The top is "
            "with cotton fabric. The top",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a striped off the shoulder top, white shorts and a straw hat", "unsupported", who="she"
        ),
        title="Mast & Harbour Women Blue & White Striped Bardot Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange crew-neck tee, short sleeves, small embroidered logo on the left chest, with navy blue
    # jeans; white backdrop, front view, bare wrists. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X883-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is crew. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("t-shirt", "grey"),
        BQ.material("cotton"),
        details("t-shirt", "small embroidered logo on the left chest, crew neck, short sleeves"),
        wearing("a white t-shirt and blue jeans", "contradiction"),
        BQ.pattern("solid"),
        title="U.S. Polo Assn. Women Grey Melange Solid T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white cotton shirt with thin black pinstripes, long sleeves, front hem knotted at the waist, no pocket,
    # with black trousers; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X883-011",
        caption("a woman wearing a black and white striped shirt and black pants"),
        color_of("shirt", "black", "other_garment_color"),
        BQ.pattern("striped"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and striped patterns. It has",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "a knot at the waist and a chest pocket with a logo", "unsupported"),
        BQ.sleeve_length("long"),
        is_a("shirt", "yes"),
        title="Zink London Women White & Black Striped Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: emerald green satin wrap top, long sleeves, V-neck, side tie, with black trousers; white backdrop, front
    # view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-012",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns and a long pants. The blouse has a v-shape "
            "neckline. The pants are with cotton fabric and pure color patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        BQ.material("chiffon", "contradiction"),
        color_of("top", "green"),
        details("top", "v neckline, long sleeves, a tie on the side"),
        wearing("What is she wearing? She is wearing a green top.", "restated", who="she"),
        title="Mango Women Green Satin Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: lavender rib-knit crop top, short sleeves, square neck, with white jeans; light grey backdrop, front
    # view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-013",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is square.",
            "contradiction",
        ),
        color_of("top", "purple"),
        BQ.color("white", "other_garment_color"),
        BQ.garment_type("t-shirt"),
        describe("top", "The top is a light purple ribbed crop top with short sleeves and a square neckline."),
        is_a("crop top", "yes"),
        title="Trendyol Women Lavender Solid Ribbed Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: off-white sleeveless peplum top with pink and green flowers, round neck, with mid-blue jeans; white
    # backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-014",
        caption(
            "The female is wearing a sleeveless tank top with floral patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The female is wearing a long denim pants. The pants are with denim fabric and "
            "solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "blue", "other_garment_color", kind="open"),
        BQ.pattern("floral"),
        details(
            "top",
            "Answer: The tank top has a round neckline and a flared hem. Question: Describe the top. Answer: The tank",
            "leak",
            hit_limit=True,
        ),
        BQ.sleeve_length("sleeveless"),
        wearing("a white floral top and jeans"),
        title="Athena Women Off White Floral Print Peplum Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: white crop tee, short sleeves, "NYC" printed in black across the chest, front hem tied in a knot, with
    # black shorts; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X883-015",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is crew."
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        details("t-shirt", "NYC printed in black across the chest and a knot tied at the front hem"),
        BQ.pattern("graphic"),
        describe(
            "t-shirt",
            "The T-shirt is white with a black NYC graphic. The T-shirt is white with a black NYC graphic. The "
            "T-shirt is white",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a white t-shirt and black shorts", "pronoun", who="she"),
        title="Roadster Women White Printed Knotted Crop T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: red off-shoulder crop top in stretch jersey, long sleeves, with a blue denim mini skirt; white backdrop,
    # front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-016",
        caption("a woman in a red off the shoulder top and a denim skirt"),
        color_of("top", "red"),
        BQ.material("leather", "unsupported"),
        BQ.sleeve_length("long"),
        details("top", "The top details of the top are the details of the top", "restated"),
        is_a("crop top", "yes"),
        title="FabAlley Women Red Solid Off-Shoulder Crop Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: light blue denim shirt worn open, long sleeves, two chest pockets, over a white tank top, with white
    # jeans; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a tank top with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "white", "other_garment_color"),
        BQ.material("denim"),
        describe("shirt", "light blue denim shirt worn open with two pockets on the chest"),
        wearing("a blue denim shirt over a white tank top and white jeans", who="she"),
        BQ.garment_type("jacket", "contradiction"),
        title="Levis Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black and white abstract-print wrap top, short sleeves, V-neck, with black trousers; white backdrop,
    # front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-018",
        caption(
            "This woman wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns."
        ),
        BQ.pattern("striped", "contradiction"),
        color_of("top", "black"),
        details(
            "top",
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        BQ.sleeve_length("short"),
        title="ONLY Women Black & White Printed Wrap Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: black cropped training tee, short sleeves, round neck, white Puma cat logo on the chest, with black
    # leggings; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X883-019",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "black"),
        wearing("black", "non_answer", who="she"),
        BQ.garment_type("tank top", "contradiction"),
        details("t-shirt", "white puma logo on the chest and a cropped hem"),
        BQ.material("The T-shirt is with leather fabric.", "unsupported"),
        title="Puma Women Black Cropped Logo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue peplum top, three-quarter sleeves, round neck, white thread embroidery around the yoke, with
    # white trousers; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X883-020",
        caption(
            "The lady is wearing a long-sleeve top with complicated patterns and a long pants. The top is with cotton "
            "fabric. It has a round neckline."
        ),
        color_of("top", "white", "other_garment_color"),
        describe(
            "top", "The top is navy blue with white embroidery around the neckline and a flared peplum at the waist."
        ),
        BQ.sleeve_length("three-quarter"),
        is_a("dress", "yes", "contradiction"),
        BQ.material("The top is made of the material of the top", "restated"),
        title="Sera Women Navy Blue Embroidered Peplum Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow bardot top with a white floral print, short ruffle sleeves, with white shorts; sunglasses pushed
    # up on her head; white backdrop, front view; plain front, no buttons. Caption and open answers: caption adapter
    # epoch 1; closed: reference engine.
    case(
        "X883-021",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a short pants. The shirt is with chiffon "
            "fabric. The shorts are with cotton fabric and pure color patterns. There is an accessory on her head.",
            hit_limit=True,
        ),
        color_of("top", "yellow with white flowers", kind="open"),
        BQ.color("yellow"),
        details(
            "top",
            "The top has a ruffled off-shoulder neckline and short sleeves. There is a button on the front.",
            "unsupported",
        ),
        wearing("Question: What is she wearing? Answer: a yellow floral top and white shorts", "leak", who="she"),
        title="Street 9 Women Yellow Floral Print Bardot Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: pink satin shirt, long sleeves, classic collar, with blue jeans; white backdrop, front view. Caption and
    # open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. It has a lapel "
            "neckline.",
            "pronoun",
        ),
        color_of("shirt", "pink"),
        BQ.material("satin"),
        describe("shirt", "a pink shirt"),
        BQ.sleeve_length("long"),
        is_a("shirt", "yes"),
        title="Tokyo Talkies Women Pink Solid Satin Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: teal halter-neck crop top, sleeveless, tied at the back of the neck, with white wide-leg trousers; white
    # backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-023",
        caption(
            "This woman wears a tank tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric and it has a suspenders neckline. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("top", "blue"),
        BQ.color("white", "other_garment_color"),
        BQ.sleeve_length("sleeveless"),
        details("top", "halter neck tied at the back of the neck and a cropped hem"),
        wearing(
            "The lady wears a tank tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        title="StyleStone Women Teal Solid Halter Neck Crop Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: plain peach V-neck tee, short sleeves, no pocket, with blue jeans; white backdrop, front view. Caption and
    # open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is v-shape."
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        BQ.garment_type("t-shirt"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is v-shape. The T-shirt is with cotton fabric and its "
            "neckline is v-shape. The",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "The T-shirt has a pocket on the chest and a button placket.", "unsupported"),
        BQ.sleeve_length("short"),
        title="United Colors of Benetton Women Peach Solid V-Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: rust orange crepe wrap top, long sleeves, V-neck, side tie, with cream trousers; white backdrop, front
    # view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-025",
        caption("a woman wearing an orange wrap top and white pants"),
        color_of("top", "orange"),
        BQ.color("pink", "contradiction"),
        describe(
            "top",
            "The top is rust orange with long sleeves, a v-neckline and a tie at the side. She is wearing cream "
            "trousers.",
        ),
        BQ.material(
            "The top is with cotton fabric. The pants are with cotton fabric. The top is with cotton fabric. The "
            "pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        details("top", "top", "non_answer"),
        is_a("wrap top", "yes"),
        title="Marie Claire Women Rust Solid Wrap Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: black and white gingham check shirt, long sleeves, one chest pocket, button front, with black skinny
    # jeans; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-026",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns. The "
            "lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("checked"),
        color_of("shirt", "black and white", kind="open"),
        details("shirt", "The shirt has a pocket on the left chest and buttons down the front."),
        BQ.garment_type("shirt"),
        wearing(
            "She is wearing a black and white checkered shirt and black jeans. She is wearing a black and white "
            "checkered shirt and black",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Roadster Women Black & White Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: white lace peplum top, sleeveless, round neck, with black trousers; white backdrop, front view. Caption
    # and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-027",
        caption(
            "The lady wears a sleeveless tank top with complicated patterns. The tank top is with lace fabric. It has "
            "a round neckline. The lady wears a long pants."
        ),
        color_of("top", "black", "other_garment_color"),
        BQ.material("lace"),
        BQ.garment_type("dress", "contradiction"),
        details("top", "lace", "non_answer"),
        wearing("a white lace top and black pants"),
        title="DressBerry Women White Lace Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: white crop top with blue flowers, short puff sleeves, sweetheart neckline, with blue jeans; white
    # backdrop, front view only (the back is not shown). Seller row has no colour. Caption and open answers: caption
    # adapter epoch 1; closed: reference engine.
    case(
        "X883-028",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long denim pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The pants are with denim fabric and solid color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white with blue flowers", kind="open"),
        BQ.sleeve_length("short"),
        details("top", "The top has puff sleeves and a sweetheart neckline. It has a zip on the back.", "unsupported"),
        is_a("crop top", "yes"),
        title="Berrylush Women Blue & White Floral Print Puff Sleeve Crop Top",
        category="Tops",
        gender="Women",
    ),
    # photo: navy blue tee with thin white horizontal stripes (navy dominates), long sleeves, crew neck, with white
    # trousers; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X883-029",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is crew. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "white", "other_garment_color"),
        BQ.pattern("striped"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is crew. It has striped patterns and long sleeves. "
            "The T-shirt has",
            "cut",
            hit_limit=True,
        ),
        BQ.sleeve_length("long"),
        wearing("a blue and white striped shirt and white pants", who="she"),
        title="Mast & Harbour Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black off-shoulder top, long bell sleeves, with blue ripped jeans; gold hoop earrings, hands at her
    # sides with no ring visible; white backdrop, front view. Caption and open answers: caption adapter epoch 1;
    # closed: reference engine.
    case(
        "X883-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. The pants are with denim fabric and solid color patterns. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("top", "black"),
        BQ.color("blue", "other_garment_color"),
        details(
            "top",
            "The top is black. The top is black. The top is black. The top is black. The top is black. The top is "
            "black. The top",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("long"),
        describe("top", "a black off the shoulder top with bell sleeves"),
        title="AND Women Black Solid Off-Shoulder Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow rayon shirt with small white polka dots, short sleeves, collar, with blue jeans; white
    # backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-031",
        caption(
            "The lady wears a short-sleeve shirt with dots patterns and a long denim pants. The shirt is with cotton "
            "fabric. It has a lapel neckline."
        ),
        color_of("shirt", "yellow"),
        BQ.pattern("solid", "contradiction"),
        describe(
            "shirt",
            "The shirt is mustard yellow with white polka dots and short sleeves. It is made of silk.",
            "unsupported",
        ),
        wearing("What is she wearing?", "restated", who="she"),
        BQ.garment_type("shirt"),
        title="HERE&NOW Women Mustard Yellow Polka Dot Print Shirt",
        category="Shirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: back view: olive green oversized tee, short drop sleeves, "GOOD VIBES" printed in white on the back, with
    # black cycling shorts; white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X883-032",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with cotton "
            "fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "green"),
        details("t-shirt", "The T-shirt has good vibes printed on the back in white letters."),
        BQ.color("black", "other_garment_color"),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with cotton "
            "fabric. The",
            "pronoun",
            who="she",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="Tokyo Talkies Women Olive Green Printed Oversized T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white schiffli (eyelet embroidery) crop top, short sleeves, V-neck with buttons down the front, with a
    # pink mini skirt; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X883-033",
        caption(
            "The lady wears a short-sleeve shirt with complicated patterns and a short skirt. The shirt is with cotton "
            "fabric and it has a v-shape neckline. The skirt is with cotton fabric and pure color patterns."
        ),
        color_of("top", "pink", "other_garment_color"),
        BQ.pattern("embroidered"),
        details("top", "white eyelet embroidery, buttons down the front and short sleeves"),
        BQ.material("cotton"),
        is_a("skirt", "no"),
        title="Trendyol Women White Schiffli Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black wrap top with red roses, long sleeves, V-neck, with black trousers; white backdrop, front view.
    # Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-034",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "red", "contradiction"),
        BQ.pattern("floral"),
        describe("top", "The top is black with red roses, a wrap front and long sleeves."),
        wearing("she is wearing a floral wrap top and black pants", who="she"),
        BQ.sleeve_length("short", "contradiction"),
        title="Vero Moda Women Black Floral Print Wrap Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: lime green sleeveless peplum top, ruffled shoulders, round neck, no pockets, with white jeans; white
    # backdrop, front view. Seller row has no gender. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X883-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline."
        ),
        color_of("top", "green"),
        BQ.color("yellow", "contradiction"),
        details(
            "top",
            "The top has ruffles on the shoulders and a peplum at the waist. It has two pockets on the front.",
            "unsupported",
        ),
        BQ.garment_type("top"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        title="Pluss Women Lime Green Solid Peplum Top",
        category="Tops",
        color="Lime Green",
    ),
    # photo: white cotton shirt, long sleeves, collar, button front, tucked into blue jeans; the model holds a black
    # handbag; no jacket; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X883-036",
        caption("a woman in a white shirt and jeans holding a black bag"),
        color_of("shirt", "white"),
        BQ.color("black", "other_garment_color"),
        details("shirt", "The shirt has a collar, buttons down the front and long sleeves"),
        BQ.material("cotton"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: The shirt is white. Question: Describe the shirt. Answer: The shirt",
            "leak",
            hit_limit=True,
        ),
        wearing("a white shirt, blue jeans and a black leather jacket", "unsupported", who="she"),
        title="Mango Women White Solid Classic Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: red tee with a Mickey Mouse print on the front, short sleeves, crew neck, with blue denim shorts; white
    # backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-037",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with cotton "
            "fabric and its neckline is crew. The shorts are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "red"),
        BQ.pattern("striped", "contradiction"),
        details("t-shirt", "mickey mouse print on the front"),
        describe(
            "t-shirt", "The T-shirt is red with a mickey mouse print. He is wearing blue denim shorts.", "pronoun"
        ),
        wearing("yes", "non_answer", who="she"),
        title="Free Authority Women Red Mickey Mouse Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: pink and white gingham off-shoulder crop top, short puff sleeves, elastic neckline, with white denim
    # shorts; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-038",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a short pants. The shirt is with cotton "
            "fabric. The shorts are with denim fabric and pure color patterns."
        ),
        color_of("top", "pink"),
        BQ.pattern("floral", "contradiction"),
        details("top", "The top has an elastic off-shoulder neckline and short puff sleeves."),
        BQ.garment_type("blouse"),
        BQ.material(
            "The top is with cotton fabric and its neckline is the top is with cotton fabric and its neckline is the "
            "top is with",
            "loop",
            hit_limit=True,
        ),
        title="FabAlley Women Pink & White Checked Off-Shoulder Crop Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue shirt with small white flowers, long sleeves, collar, button front, with white jeans; white
    # backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-039",
        caption(
            "The gentleman is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        BQ.pattern("floral"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "Answer: The shirt has buttons down the front and a collar. Question: What are the shirt details? Answer",
            "leak",
            hit_limit=True,
        ),
        BQ.sleeve_length("long"),
        title="ONLY Women Navy Blue Floral Print Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black cami crop top with thin straps, crepe, with grey high-waist trousers; white backdrop, front view.
    # Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-040",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric and it has a suspenders neckline."
        ),
        color_of("top", "grey", "other_garment_color"),
        BQ.sleeve_length("sleeveless"),
        describe(
            "top",
            "The top is black with thin straps and a cropped hem. The top is black with thin straps and a cropped "
            "hem. The top is",
            "loop",
            hit_limit=True,
        ),
        wearing("a black cami top and grey trousers", who="she"),
        BQ.material("The top is made of denim.", "unsupported"),
        title="SASSAFRAS Women Black Solid Cami Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white crew-neck tee with small pink flowers embroidered on the chest, short sleeves, tucked into a blue
    # denim mini skirt; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X883-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is crew. The skirt is with denim fabric and solid color patterns. There "
            "is a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        BQ.pattern("embroidered"),
        details("t-shirt", "small pink flowers embroidered on the chest"),
        BQ.color("blue", "other_garment_color"),
        wearing("What is the person wearing? a white t-shirt and a denim skirt", "restated"),
        title="Mast & Harbour Women White Embroidered T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: grey peplum top, short sleeves, round neck, plain hem, with black jeans; a silver wristwatch on her left
    # wrist; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("top", "grey"),
        BQ.color("grey"),
        BQ.garment_type("top"),
        describe("top", "grey", "non_answer"),
        details("top", "The top has a lace trim along the hem and a keyhole at the back.", "unsupported"),
        is_a("dress", "no"),
        title="Harpa Women Grey Solid Peplum Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: burgundy velvet wrap top, long sleeves, V-neck, tie at the waist, with black trousers; white backdrop,
    # front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with furry fabric. It has a "
            "v-shape neckline.",
            "contradiction",
        ),
        color_of("top", "red"),
        BQ.material("velvet"),
        BQ.sleeve_length("long"),
        details(
            "top",
            "The top has a wrap front with a tie at the waist and Question: What are the top details? Answer: The top "
            "has a wrap",
            "leak",
            hit_limit=True,
        ),
        wearing("She is wearing a maroon wrap top and black pants.", who="she"),
        title="Zink London Women Burgundy Velvet Wrap Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: yellow polyester training tee, short sleeves, crew neck, small white Nike swoosh on the chest, with black
    # track pants; white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X883-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. Its neckline is crew."
        ),
        color_of("t-shirt", "yellow"),
        BQ.material("polyester"),
        details("t-shirt", "a small white nike swoosh on the chest"),
        BQ.color("black", "other_garment_color"),
        is_a("t-shirt", "no", "contradiction"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Nike Women Yellow Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: peach cropped shirt, short sleeves, collar, front hem tied in a knot, with white trousers; white
    # backdrop, front view. Seller row has no category. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X883-045",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "pink"),
        BQ.color("white", "other_garment_color"),
        details("shirt", "The shirt has a knot tied at the front, short sleeves and a collar."),
        BQ.garment_type("shirt"),
        describe(
            "shirt",
            "The shirt is peach with short sleeves and a front tie. The shirt is peach with short sleeves and a front "
            "tie. The shirt",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Peach Solid Tie-Up Crop Shirt",
        color="Peach",
        gender="Women",
    ),
    # photo: light blue chambray off-shoulder top, short sleeves, frilled neckline, no belt, with white shorts; white
    # backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X883-046",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short pants. The shirt is with denim "
            "fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("top", "blue"),
        BQ.material("chiffon", "contradiction"),
        details(
            "top",
            "off the shoulder neckline with a frill and short sleeves. There is a belt at the waist",
            "unsupported",
        ),
        wearing("He is wearing a blue off the shoulder top and white shorts", "pronoun", who="she"),
        BQ.garment_type("top"),
        title="Roadster Women Blue Chambray Off-Shoulder Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
]
