"""BLIND_754 (46 products; Myntra men's tees, polos, henleys; VQA adapter): written blind in the fifty-fifth session.
Measured blind at 63d1c61 (the session's fourth rules): 116/126 failures found (92.1%) and 16/181 correct texts flagged
(8.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's t-shirts, polo t-shirts and henleys (solid, striped, printed, colour-blocked,
graphic), all filed by the seller under article type Tshirts. Catalog photos on a white or light grey studio
backdrop, the model mostly shot from the front, cropped at the thigh or knee, wearing jeans, chinos, joggers, cargos
or shorts; some wear an open overshirt or denim shirt over the tee, a few hold a prop (dumbbell), one is shot from
the back. A few rows lack a column (gender, colour or category), as real feeds do.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the leoreigoto/Data3_V3_BLIP2_VQA LoRA adapter.
Captions are free generation with an empty prompt (50 new tokens); the VQA-only adapter broke captions, so some come
back as a bare "yes" or as a whole `Question: ... Answer:` exchange. Open answers (what is he wearing, describe,
details, material, open colour questions) are free generation, 30 new tokens, greedy; the adapter never learned an
end token, so long answers loop or stop at the limit mid-phrase, and it often runs on into the next
`Question: ... Answer:` turn. Closed answers (garment type, colour, pattern, sleeve length, "Is this a ...?",
"What is the color of the ...?") come from enrich's --engine reference, which ranks candidate values with the same
adapter and keeps one: they never loop or stop short, but they pick the jeans' colour, the print's colour or the
wrong type. The adapter learned on In-shop data, mostly women, so "she"/"her" slips in for men.

Labeling conventions and judgement calls:
- The photo is the truth, not the seller: a row the seller filed "Brown" whose tee is maroon is answered "maroon"
  and that answer is correct.
- A colour for the product (closed answer, open answer or caption) that is another worn garment's colour (jeans,
  chinos, shorts, joggers, an overshirt over the tee) is other_garment_color; the product's own colour given to the
  trousers, jeans or shorts is contradiction.
- The colour of a print, logo or lettering given as the garment's colour is contradiction, not other_garment_color
  (a print is not another garment); so is the backdrop's colour given as the garment's colour.
- For a striped or colour-blocked garment either stripe or block colour is a correct colour answer.
- Shade words in the same family are correct: navy for blue, khaki/tan for beige, pink for peach, green or teal for
  teal, purple for lavender, red for maroon, rust for rust-orange, gray/grey.
- A henley or a polo answered "t-shirt" is correct (Myntra files both under Tshirts); a henley answered "polo shirt"
  or "yes" to "Is this a polo shirt?" is contradiction (it has no collar). A polo answered "no" to "Is this a tee?"
  is correct (In-shop keeps tee and polo shirt apart).
- Trim stripes on the shoulders of a plain-bodied tee (adidas three stripes) do not make it striped: "solid" is
  correct.
- Invented details (a pocket, a hat, gloves, a belt hidden by an untucked tee, a back print on a front view, a
  front logo on a back view, a material the title and photo do not support) are unsupported. A material answer of
  "cotton" for a plain jersey tee is accepted; "denim" for a tee worn with jeans or under a denim shirt is
  unsupported.
- A short answer that answers the question ("v-neck"-like facts, "the t-shirt is yellow") is correct; "yes", "no",
  an empty answer, a lone colour to "What is he wearing?" or only the garment named back ("it is a t-shirt") is
  non_answer. An answer that repeats the question's own words as its answer is restated.
- "a woman" in a caption for a Men row is labeled pronoun, like "she"/"her".
- A text with several faults carries the one that ends it: a loop that also invents a belt is loop, an answer cut at
  the limit after an invented pocket is cut, a run-on into the next `Question:` is leak.
- Loops, cuts and leaks that run on are hit_limit=True; a correct answer that ran to the limit but happens to end
  on a complete phrase is labeled correct with hit_limit=True (two of them).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_754 = [
    # photo: navy t-shirt with white horizontal stripes, round neck, mid-blue jeans, hands in pockets, white
    # backdrop, front view; all texts by the VQA adapter (closed ones ranked by the reference engine)
    case(
        "X754-001",
        caption("a man wearing a navy blue and white striped t-shirt and blue jeans"),
        wearing("a striped t-shirt and jeans"),
        color_of("t-shirt", "navy blue"),
        Q.pattern("striped"),
        describe(
            "t-shirt",
            "the t-shirt is navy blue with white stripes, it has a round neck and short sleeves, it has a round neck "
            "and short sleeves, it has a",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        color_of("jeans", "white", "contradiction"),
        title="Roadster Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white pique polo, small navy embroidered logo on the chest, two-button placket, navy chinos, white
    # backdrop, front view; VQA adapter
    case(
        "X754-002",
        caption("a man in a white polo shirt and navy blue pants standing in front of a white background"),
        is_a("polo shirt", "yes"),
        color_of("polo shirt", "navy blue", "other_garment_color"),
        wearing("she is wearing a white polo shirt and navy blue pants", "pronoun", who="he"),
        details("polo shirt", "the polo shirt has a collar, two buttons on the placket and a small logo on the chest"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton pique"),
        title="U.S. Polo Assn. Men White Solid Pure Cotton Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive long-sleeved henley, three-button placket, no pocket, black joggers, light grey studio backdrop,
    # front view; VQA adapter
    case(
        "X754-003",
        caption("a man wearing an olive green henley shirt and black pants"),
        Q.garment_type("henley"),
        color_of("t-shirt", "black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        is_a("polo shirt", "yes", "contradiction"),
        describe("t-shirt", "a green shirt with buttons on the front and a pocket on the chest", "unsupported"),
        wearing(
            "a green shirt and black pants Question: What is the color of the shirt? Answer: green Question: What is "
            "the",
            "leak",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Olive Solid Henley Neck Full Sleeves T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black crew-neck tee with a large yellow and grey Batman emblem print, blue ripped jeans, white backdrop,
    # front view; VQA adapter
    case(
        "X754-004",
        caption("a man wearing a black t-shirt with a batman logo on it"),
        Q.pattern("graphic"),
        color_of("t-shirt", "yellow", "contradiction"),
        wearing("a black t-shirt with a yellow batman logo and blue ripped jeans"),
        details(
            "t-shirt",
            "the t-shirt has a batman logo on the front, the t-shirt has a batman logo on the front, the t-shirt has a "
            "batman",
            "loop",
            hit_limit=True,
        ),
        is_a("graphic tee", "yes"),
        color_of("jeans", "black", "contradiction"),
        title="The Souled Store Men Black Batman Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red crew-neck tee with a small white Puma cat logo on the chest, black track pants, cropped above the
    # knee (no shoes in frame), white backdrop, three-quarter view; VQA adapter
    case(
        "X754-005",
        caption("a man in a red puma t-shirt and black track pants"),
        Q.color("red"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "yes", "non_answer"),
        Q.material("polyester", "unsupported"),
        wearing("a red t-shirt and black pants and white sneakers", "unsupported"),
        details("t-shirt", "the details of the t-shirt are the details", "restated"),
        title="Puma Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy polo with white tipping on the collar and sleeve hems, beige chinos, white backdrop, front view;
    # VQA adapter
    case(
        "X754-006",
        caption("a man wearing a navy blue polo shirt with white trim on the collar and beige pants"),
        color_of("polo shirt", "beige", "other_garment_color"),
        is_a("polo shirt", "yes"),
        Q.pattern("solid"),
        details("polo shirt", "the polo shirt has a ribbed collar with white tipping and a two-button placket"),
        wearing("a black polo shirt and khaki pants", "contradiction", who="the man"),
        Q.material("the material of the garment is the material of the garment", "restated"),
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: heather grey crew-neck tee, no pocket, no logo, dark blue jeans, hands in pockets, white backdrop, no
    # bag; VQA adapter
    case(
        "X754-007",
        caption(
            "a man in a grey t-shirt and jeans standing in front of a white wall with his hands in his pockets and a "
            "black backpack on his back and a black backpack on his back and a black backpack on",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        wearing("a gray t-shirt and dark blue jeans"),
        describe("t-shirt", "a grey t-shirt with a chest pocket and a small logo", "unsupported"),
        Q.sleeve_length("short sleeves"),
        is_a("tee", "yes"),
        title="Highlander Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white tee with black "JJ ORIGINALS" lettering across the chest, worn under an open olive overshirt,
    # black jeans, white backdrop, front view; VQA adapter
    case(
        "X754-008",
        caption("a man wearing an olive green jacket over a white t-shirt with black writing"),
        color_of("t-shirt", "olive", "other_garment_color"),
        wearing("a green jacket, a white t-shirt and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.pattern("printed"),
        details(
            "t-shirt",
            "the t-shirt has black letters on the front and the jacket has a pocket on the front and the jacket has a "
            "pocket on the front and",
            "loop",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "Question: Describe the t-shirt. Answer: a white t-shirt with black writing on the front Question: What is "
            "the color",
            "leak",
            hit_limit=True,
        ),
        title="Jack & Jones Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black crew-neck training tee with a white swoosh on the chest only, grey shorts, white backdrop, front
    # view; VQA adapter
    case(
        "X754-009",
        caption("a man wearing a black nike shirt and grey shorts"),
        Q.material("polyester"),
        color_of("t-shirt", "grey", "other_garment_color"),
        wearing("he is wearing a black t-shirt and grey shorts", who="he"),
        describe(
            "t-shirt",
            "a black t-shirt with a white nike logo on the chest and a white nike logo on the sleeve",
            "unsupported",
        ),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("tank top", "contradiction"),
        title="Nike Men Black Dri-FIT Solid Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mustard short-sleeved henley with three wood-look buttons, light blue jeans, untucked (no belt), no
    # watch, white backdrop; VQA adapter
    case(
        "X754-010",
        caption("a man wearing a yellow shirt and jeans"),
        Q.garment_type("henley"),
        Q.color("mustard"),
        wearing(
            "a yellow t-shirt with buttons and blue jeans and a black belt and a black watch and a black belt and a "
            "black",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "the t-shirt is yellow"),
        is_a("polo shirt", "yes", "contradiction"),
        Q.material("cotton"),
        title="WROGN Men Mustard Yellow Solid Pure Cotton Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: royal blue crew-neck tee with a red and white Levi's batwing logo print on the chest, black jeans,
    # white backdrop, front view; VQA adapter
    case(
        "X754-011",
        caption("a man in a blue t-shirt with a red and white logo"),
        color_of("t-shirt", "red", "contradiction"),
        Q.pattern("printed"),
        wearing("a blue t-shirt and black jeans"),
        details("t-shirt", "no", "non_answer"),
        color_of("jeans", "black"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Levis Men Blue Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon polo, three-button placket, grey chinos, white backdrop, front view; VQA adapter
    case(
        "X754-012",
        caption("a man wearing a red polo shirt and grey pants"),
        color_of("polo shirt", "maroon"),
        color_of("pants", "maroon", "contradiction"),
        describe("polo shirt", "a maroon polo shirt with a collar and three buttons"),
        wearing("her shirt is red and her pants are grey", "pronoun", who="he"),
        Q.sleeve_length("short sleeves"),
        details("polo shirt", "the polo shirt has a chest pocket and a logo on the sleeve", "unsupported"),
        title="Mast & Harbour Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white crew-neck tee with thin black horizontal stripes all over, black jeans, white backdrop, front
    # view; VQA adapter
    case(
        "X754-013",
        caption("a man wearing a black and white striped shirt and black pants"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        describe("t-shirt", "the t-shirt is white with black stripes and a round neck"),
        details("t-shirt", "the t-shirt has thin black stripes all over and a round neck"),
        is_a("tee", "yes"),
        wearing(
            "a white t-shirt with black stripes and black jeans Question: Is this a tee? Answer: yes Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="Here&Now Men White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy crew-neck tee, three white stripes over the shoulders and down the sleeves, white adidas logo,
    # black track pants, light grey backdrop; VQA adapter
    case(
        "X754-014",
        caption("a man in a navy blue adidas t-shirt with white stripes on the shoulders"),
        Q.pattern("solid"),
        color_of("t-shirt", "black", "other_garment_color"),
        wearing("a blue shirt and black pants"),
        Q.material(
            "the garment is made of cotton and polyester and cotton and polyester and cotton and polyester and cotton "
            "and polyester and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="ADIDAS Men Navy Blue Essentials 3-Stripes Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal crew-neck tee under an open red-and-black buffalo check flannel shirt, blue jeans, cropped at
    # the knee (no belt or shoes visible), white backdrop; VQA adapter
    case(
        "X754-015",
        caption("a man wearing a red and black plaid shirt over a gray t-shirt and jeans"),
        color_of("t-shirt", "red", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("solid"),
        wearing("a plaid shirt and jeans"),
        describe(
            "t-shirt",
            "a red and black checkered shirt with a grey t-shirt underneath and blue jeans with a brown belt and brown "
            "shoes and",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: teal (blue-green) crew-neck tee with a white and orange "FM SURF CO" surfboard graphic, khaki shorts,
    # white backdrop, front view; VQA adapter
    case(
        "X754-016",
        caption("a man wearing a green t-shirt with a graphic print and beige shorts"),
        Q.color("teal"),
        Q.pattern("graphic"),
        color_of("t-shirt", "beige", "other_garment_color"),
        wearing("she is wearing a green shirt and khaki shorts", "pronoun"),
        details("t-shirt", "the t-shirt has a graphic print of a surfboard on the front and the words fm surf co"),
        describe(
            "t-shirt",
            "a blue t-shirt with a graphic print on the front Question: What is the color of the shorts? Answer: white",
            "leak",
            hit_limit=True,
        ),
        title="Flying Machine Men Teal Blue Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: colour-blocked tee, white upper half, navy lower half, a thin red stripe at the seam, black jeans,
    # white backdrop; VQA adapter
    case(
        "X754-017",
        caption("a man wearing a white and blue t-shirt with a red stripe and black jeans"),
        Q.pattern("colour block"),
        Q.color("navy blue"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "it is a t-shirt", "non_answer"),
        is_a("polo shirt", "no"),
        color_of("jeans", "navy blue", "contradiction"),
        title="Campus Sutra Men White & Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: sky blue polo, dark navy jeans, white sneakers, full length, hands on hips, smiling, white backdrop;
    # VQA adapter
    case(
        "X754-018",
        caption(
            "a man wearing a light blue polo shirt and dark blue jeans and white sneakers standing on a white "
            "background with his hands on his hips and looking at the camera with a smile on his face and a",
            "cut",
            hit_limit=True,
        ),
        color_of("polo shirt", "blue"),
        color_of("jeans", "blue"),
        wearing("a blue polo shirt and blue jeans"),
        details(
            "polo shirt",
            "the polo shirt has a collar and a button placket and the polo shirt has a collar and a button placket and "
            "the polo",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        is_a("polo shirt", "yes"),
        title="Allen Solly Men Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black crew-neck tee with white and neon green "NO PAIN NO GAIN" lettering, grey joggers, white backdrop,
    # front view; gender column empty in the feed; VQA adapter
    case(
        "X754-019",
        caption("a man wearing a black t-shirt that says no pain no gain"),
        color_of("t-shirt", "green", "contradiction"),
        Q.pattern("printed"),
        wearing("a black t-shirt and gray sweatpants"),
        describe(
            "t-shirt",
            "a black t-shirt with white and green letters on the front and the words no pain no gain no pain no gain "
            "no pain",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Bewakoof Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: grey melange polo with broad red horizontal stripes across the chest, navy track pants, white backdrop;
    # VQA adapter
    case(
        "X754-020",
        caption("yes", "non_answer"),
        Q.pattern("striped"),
        color_of("polo shirt", "navy blue", "other_garment_color"),
        is_a("polo shirt", "yes"),
        wearing("a striped polo shirt and navy blue pants"),
        details("polo shirt", "the polo shirt has red stripes on the chest and a ribbed collar"),
        title="Harvard Men Grey Melange & Red Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white crew-neck tee with a black skull print, black ripped jeans, silver chain necklace, light grey
    # studio wall behind; VQA adapter
    case(
        "X754-021",
        caption("a man in a white t-shirt with a skull on it standing in front of a gray wall"),
        Q.color("grey", "contradiction"),
        wearing("a white t-shirt with a skull print, black ripped jeans and a silver necklace"),
        describe(
            "t-shirt",
            "the t-shirt is white with a black skull print and has a round neck and short sleeves",
            hit_limit=True,
        ),
        details("t-shirt", "she has a skull print on her t-shirt", "pronoun"),
        Q.material("leather", "unsupported"),
        is_a("graphic tee", "yes"),
        title="Huetrap Men White Skull Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy v-neck tee, khaki chinos, white backdrop, front view; VQA adapter
    case(
        "X754-022",
        caption("a woman in a navy blue v-neck t-shirt and khaki pants", "pronoun"),
        color_of("t-shirt", "navy blue"),
        describe("t-shirt", "a navy blue t-shirt with a v-neck and short sleeves"),
        wearing("he is wearing a blue v-neck t-shirt and beige trousers", who="he"),
        details("t-shirt", "the t-shirt has a round neck", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Proline Men Navy Blue Solid V-Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pale peach crew-neck tee, white shorts, bareheaded, white backdrop, front view; VQA adapter
    case(
        "X754-023",
        caption("a man wearing a pink t-shirt and white shorts"),
        Q.color("peach"),
        color_of("shorts", "white"),
        color_of("t-shirt", "white", "other_garment_color"),
        wearing("a pink shirt and white shorts and a white hat", "unsupported"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        Q.sleeve_length("short sleeves"),
        title="Duke Men Peach Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: bright yellow crew-neck tee worn untucked, a black cartoon auto-rickshaw print and "TANTRA" under it,
    # blue jeans, no belt visible, white backdrop; VQA adapter
    case(
        "X754-024",
        caption("a man wearing a yellow t-shirt with a picture of a car on it"),
        color_of("t-shirt", "yellow"),
        Q.pattern("graphic"),
        Q.garment_type("polo shirt", "contradiction"),
        details("t-shirt", "the t-shirt has a black print of a rickshaw on the front with the word tantra below it"),
        wearing(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe(
            "t-shirt", "a yellow t-shirt with a black print of a car and blue jeans and a brown belt", "unsupported"
        ),
        title="Tantra Men Yellow Auto Rickshaw Printed Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: bottle green polo with a small white UCB logo, white chinos, cropped at mid-thigh (no shoes), white
    # backdrop; VQA adapter
    case(
        "X754-025",
        caption("a man wearing a white polo shirt and white pants", "other_garment_color"),
        color_of("pants", "white"),
        color_of("polo shirt", "green"),
        Q.garment_type("polo shirt"),
        describe(
            "polo shirt",
            "the polo shirt is green with a white logo on the chest and a white logo on the chest and a white logo on "
            "the",
            "loop",
            hit_limit=True,
        ),
        wearing("a green shirt and white pants and brown loafers", "unsupported"),
        title="United Colors of Benetton Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: black long-sleeved henley with grey horizontal stripes, three-button placket, no collar, sleeves pushed
    # to the elbows, olive cargo pants, white backdrop; VQA adapter
    case(
        "X754-026",
        caption("a man wearing a black and grey striped long sleeve shirt and green cargo pants"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("long sleeves"),
        color_of("shirt", "green", "other_garment_color"),
        details("shirt", "the shirt has buttons on the front and stripes and a collar", "unsupported"),
        wearing("a striped henley and olive cargo pants"),
        describe(
            "shirt",
            "a black and grey striped henley with long sleeves and three buttons on the front and the sleeves are "
            "pushed up to the",
            "cut",
            hit_limit=True,
        ),
        title="Locomotive Men Black & Grey Striped Henley Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white polo with navy and red tipping on the collar, small Fila logo on the left chest, navy shorts,
    # white backdrop; colour column empty in the feed; VQA adapter
    case(
        "X754-027",
        caption("Question: What is the color of the tee? Answer: white", "leak"),
        Q.color("white"),
        is_a("polo shirt", "yes"),
        wearing("a white polo shirt with a red and blue collar and navy shorts"),
        describe(
            "polo shirt",
            "a white polo shirt with a red and blue striped collar and a fila logo on the left side of the chest and a",
            "cut",
            hit_limit=True,
        ),
        title="FILA Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: red training tee with black raglan sleeves, black shorts, white backdrop, front view; VQA adapter
    case(
        "X754-028",
        caption("a man in a red and black t-shirt and black shorts"),
        Q.color("red"),
        Q.pattern("colour block"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "the t-shirt is red with black sleeves"),
        wearing("she is wearing a red and black shirt and black shorts", "pronoun", who="he"),
        Q.material("wool", "unsupported"),
        title="HRX by Hrithik Roshan Men Red Colourblocked Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive crew-neck tee with white vintage "WRANGLER 1947" lettering across the chest, light grey jeans,
    # white backdrop; VQA adapter
    case(
        "X754-029",
        caption("a man wearing a green t-shirt with white letters and gray jeans"),
        color_of("t-shirt", "grey", "other_garment_color"),
        color_of("jeans", "grey"),
        details(
            "t-shirt",
            "the t-shirt has white letters on the front, and the t-shirt has white letters on the front, and the "
            "t-shirt has white letters",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        wearing("green", "non_answer"),
        title="Wrangler Men Olive Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: lavender polo, no pocket, charcoal trousers, light grey studio backdrop; VQA adapter
    case(
        "X754-030",
        caption("a man wearing a purple polo shirt and grey pants"),
        color_of("polo shirt", "purple"),
        color_of("pants", "purple", "contradiction"),
        describe(
            "polo shirt",
            "a light purple polo shirt with a collar and buttons and a pocket on the chest",
            "unsupported",
        ),
        is_a("polo shirt", "yes"),
        wearing("the person is wearing a purple polo shirt and grey trousers"),
        details(
            "polo shirt",
            "the polo shirt has a ribbed collar and cuffs, two buttons on the placket, and a small embroidered logo on "
            "the left side of the",
            "cut",
            hit_limit=True,
        ),
        title="Van Heusen Men Lavender Solid Slim Fit Polo T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: off-white oversized drop-shoulder tee with a small chest print, black cargo pants, white backdrop,
    # front view; VQA adapter
    case(
        "X754-031",
        caption("a man wearing a white t-shirt and black pants"),
        Q.color("cream"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeves"),
        wearing(
            "a white t-shirt and black cargo pants with a white t-shirt and black cargo pants with a white t-shirt "
            "and black cargo",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a small print on the chest and dropped shoulders"),
        Q.material("", "non_answer"),
        color_of("t-shirt", "black", "other_garment_color"),
        title="Difference of Opinion Men Off White Printed Oversized T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: navy polo with thin white horizontal stripes and a plain white collar, mid-blue jeans, white backdrop;
    # VQA adapter
    case(
        "X754-032",
        caption("a man wearing a blue and white striped polo shirt and jeans"),
        Q.pattern("striped"),
        color_of("polo shirt", "white"),
        details("polo shirt", "the polo shirt has a white collar and navy blue and white stripes with two buttons"),
        wearing("What is the man wearing? a blue striped polo shirt and jeans", "restated", who="the man"),
        is_a("tee", "no"),
        title="Classic Polo Men Navy Blue & White Narrow Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust-orange long-sleeved henley, three buttons, no pocket, sleeves pushed up, dark grey jeans, hands in
    # pockets, white backdrop; VQA adapter
    case(
        "X754-033",
        caption("a man in a rust colored long sleeve shirt and gray jeans"),
        Q.garment_type("henley"),
        Q.color("rust"),
        Q.sleeve_length("short sleeves", "contradiction"),
        color_of("t-shirt", "grey", "other_garment_color"),
        describe(
            "t-shirt",
            "a brown henley shirt with three buttons on the placket and long sleeves rolled up to the elbows and a "
            "pocket on the",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing an orange henley and grey jeans", who="he"),
        title="Roadster Men Rust Orange Solid Henley Neck Full Sleeves T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: black crew-neck tee with a red and gold Iron Man face print, blue jeans, white backdrop; category
    # column empty in the feed; VQA adapter
    case(
        "X754-034",
        caption("a man wearing a black t-shirt with an iron man print on it"),
        color_of("t-shirt", "red", "contradiction"),
        is_a("graphic tee", "yes"),
        wearing("a black iron man t-shirt and blue jeans"),
        describe(
            "t-shirt",
            "a black t-shirt with a picture of iron man on the front, it has a round neck and short sleeves and is "
            "made of 100% cotton",
            "unsupported",
        ),
        Q.sleeve_length("short sleeves"),
        title="Kook N Keech Marvel Men Black Iron Man Printed Round Neck T-shirt",
        color="Black",
        gender="Men",
    ),
    # photo: sea green crew-neck gym tee, black shorts, bare hands holding a black dumbbell, light grey backdrop;
    # VQA adapter
    case(
        "X754-035",
        caption("a man holding a dumbbell wearing a green t-shirt and black shorts"),
        Q.color("sea green"),
        wearing("a green t-shirt, black shorts and black gloves", "unsupported"),
        color_of("shorts", "green", "contradiction"),
        details("t-shirt", "the t-shirt details are the t-shirt details", "restated"),
        Q.sleeve_length("short sleeves"),
        title="Chkokko Men Sea Green Solid Round Neck Gym T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: dark coffee-brown crew-neck tee worn untucked (waistband hidden), beige chinos, white backdrop; VQA
    # adapter
    case(
        "X754-036",
        caption("a man in a brown t-shirt and beige pants with a brown leather belt", "unsupported"),
        color_of("t-shirt", "beige", "other_garment_color"),
        Q.garment_type("t-shirt"),
        wearing("he is wearing a brown t-shirt and khaki chinos", who="he"),
        describe(
            "t-shirt",
            "a brown t-shirt with a round neck Question: What is the color of the pants? Answer: beige Question: What "
            "is",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Ether Men Coffee Brown Solid Round Neck T-shirt",
        category="Tshirts",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: pink polo with a large navy embroidered horse logo on the chest, plain sleeves, navy chinos, white
    # backdrop; VQA adapter
    case(
        "X754-037",
        caption("a man in a pink polo shirt with a blue logo and navy blue pants"),
        color_of("polo shirt", "pink"),
        color_of("pants", "navy blue"),
        is_a("polo shirt", "yes"),
        wearing(
            "a pink polo shirt and blue pants, a pink polo shirt and blue pants, a pink polo shirt and blue pants, a "
            "pink",
            "loop",
            hit_limit=True,
        ),
        details(
            "polo shirt",
            "the polo shirt has a big horse logo on the chest and the number 3 on the sleeve",
            "unsupported",
        ),
        Q.material("the polo shirt is made of cotton pique"),
        title="U.S. Polo Assn. Men Pink Solid Pure Cotton Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: white short-sleeved henley under an open light-blue denim shirt, black jeans, white backdrop; VQA
    # adapter
    case(
        "X754-038",
        caption("a man wearing a blue denim shirt over a white t-shirt"),
        color_of("t-shirt", "blue", "other_garment_color"),
        Q.garment_type("henley"),
        wearing("a denim shirt, a white henley and black jeans"),
        describe("t-shirt", "the t-shirt is blue", "other_garment_color"),
        Q.material("denim", "unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Mast & Harbour Men White Solid Henley Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: back view: light grey crew-neck tee seen from behind (plain back), blue jeans, white backdrop; colour
    # column empty in the feed; VQA adapter
    case(
        "X754-039",
        caption("a man in a grey t-shirt and blue jeans from the back"),
        Q.color("grey"),
        wearing("a white t-shirt and blue jeans", "contradiction"),
        details("t-shirt", "the t-shirt has a logo on the front", "unsupported"),
        Q.sleeve_length("short sleeves"),
        is_a("tee", "yes"),
        describe(
            "t-shirt",
            "a grey t-shirt with a round neck and short sleeves and a white print on the back of the t-shirt and blue "
            "jeans with",
            "cut",
            hit_limit=True,
        ),
        title="Levis Men Grey Solid Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: broad red and navy horizontal stripes, round neck, white jeans, white backdrop; VQA adapter
    case(
        "X754-040",
        caption("a man wearing a red and blue striped shirt and white pants"),
        Q.color("navy blue"),
        Q.pattern("checked", "contradiction"),
        color_of("jeans", "white"),
        wearing("she is wearing a striped shirt and white pants", "pronoun", who="he"),
        describe("t-shirt", "a red and navy blue striped t-shirt with a round neck"),
        title="Jack & Jones Men Red & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: plain black crew-neck tee, no logo, black jeans (all-black outfit), white backdrop; VQA adapter
    case(
        "X754-041",
        caption("a man wearing a black t-shirt and black jeans"),
        color_of("t-shirt", "black"),
        color_of("jeans", "black"),
        describe("t-shirt", "a black t-shirt with a white nike logo", "unsupported"),
        wearing("a plain black tee with black jeans"),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton"),
        is_a("tee", "yes"),
        title="Roadster Men Black Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: all-over blue and grey camouflage print tee, round neck, short sleeves, black track pants, white
    # backdrop; VQA adapter
    case(
        "X754-042",
        caption("a man wearing a blue camouflage t-shirt and black pants"),
        Q.pattern("printed"),
        color_of("t-shirt", "blue"),
        wearing(
            "a camouflage t-shirt and black pants Question: What is the color of the t-shirt? Answer: blue Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "the t-shirt has a blue and grey camouflage print all over, a ribbed round neck and short sleeves with "
            "hemmed cuffs",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="HRX by Hrithik Roshan Men Blue & Grey Camouflage Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige polo, dark brown chinos, white backdrop, front view; VQA adapter
    case(
        "X754-043",
        caption("a man in a beige polo shirt and brown pants"),
        color_of("polo shirt", "brown", "other_garment_color"),
        is_a("polo shirt", "yes"),
        wearing("he is wearing a tan polo shirt and dark brown pants", who="he"),
        describe(
            "polo shirt",
            "the polo shirt is beige and has a collar and buttons on the front and the polo shirt is beige and has a "
            "collar and",
            "loop",
            hit_limit=True,
        ),
        details("polo shirt", "yes", "non_answer"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Louis Philippe Sport Men Beige Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: maroon long-sleeved henley, blue jeans, brown leather strap watch, one hand in pocket, head turned,
    # white backdrop; VQA adapter
    case(
        "X754-044",
        caption(
            "a man wearing a maroon long sleeve henley and blue jeans and a watch on his left wrist, standing with one "
            "hand in his pocket against a white background, with his head turned slightly to the",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.sleeve_length("long sleeves"),
        wearing(
            "a red shirt and jeans and a watch and a red shirt and jeans and a watch and a red shirt and jeans and a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe("t-shirt", "a dark red long sleeve t-shirt with a button placket"),
        title="Highlander Men Maroon Solid Henley Neck Full Sleeves T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: neon lime green crew-neck tee, black joggers, bare hands, white backdrop; VQA adapter
    case(
        "X754-045",
        caption("a man wearing a bright green t-shirt and black pants"),
        Q.color("yellow", "contradiction"),
        wearing("a black t-shirt and black joggers", "other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt has a round neck, short sleeves and a slim fit, the t-shirt has a round neck, short sleeves "
            "and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("nylon", "unsupported"),
        Q.sleeve_length("short sleeves"),
        is_a("tee", "yes"),
        title="Campus Sutra Men Lime Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: front view: maroon crew-neck tee (the seller filed it Brown) with a white tiger print on the chest,
    # blue jeans, white backdrop; VQA adapter
    case(
        "X754-046",
        caption("a man wearing a maroon t-shirt with a white print and blue jeans"),
        Q.color("maroon"),
        Q.pattern("printed"),
        wearing("a red t-shirt with a white design on it and blue jeans"),
        describe(
            "t-shirt",
            "a maroon t-shirt with a white print of a tiger on the front and the words tantra in white letters on the "
            "back",
            "unsupported",
        ),
        is_a("graphic tee", "yes"),
        title="Tantra Men Printed Brown T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
]
