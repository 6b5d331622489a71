"""BLIND_1068 (46 products; Myntra men's tees, polos, henleys, VQA adapter): written blind in the fifty-ninth session.
Measured blind at 247287f (the session's seventh rules): 118/128 failures found (92.2%) and 12/187 correct texts flagged
(6.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's tops sold under "Tshirts": crew-neck tees (solid, printed, graphic, striped,
tie-dye, camouflage, colour-blocked), polo shirts and henleys (short and long sleeved). Most photos are catalog shots
on a white backdrop of a model who also wears jeans, chinos, shorts or joggers, some with an open overshirt, jacket
or hoodie over the tee; two are flat lays with no person; one has a light grey studio backdrop. Seller columns are
title, category (article type) and color; a few rows lack the category, the color or the gender, as real feeds do.

Who wrote what: every free text (captions and open answers) comes from the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, greedy, 30 new tokens for answers, 50 for the caption, which is
asked with no prompt). It was trained on In-shop VQA pairs without an end-of-answer token and with the prompt in the
loss, so when it does not emit a newline it runs on: it repeats its short answer ("yellow yellow yellow..."), chains
the clothes ("and jeans and a ... and jeans"), writes the next "Question: ... Answer:" pair itself (also in captions,
where it has no prompt to follow), or is cut at the limit mid-phrase. Its short answers are In-shop class words
("tee", "polo shirt"); it gives one color to every garment, reads the jeans', shorts' or overshirt's color as the
product's, and invents pockets, zips, hoods and back prints. Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") come from enrich's --engine reference, which ranks the candidate values with the same
adapter: never looped or cut, but sometimes the candidate of another garment in the photo, or a wrong value.

Labeling conventions and judgement calls:
- The photo decides. Where the seller's color is wrong (X1068-013 sold as Brown, visibly maroon) "maroon" is correct
  and "brown" is a contradiction.
- Shade synonyms within the same hue are correct: navy for Navy Blue, grey for Grey Melange or Charcoal, dark grey
  for Charcoal, pink for Peach, red or maroon for Burgundy, beige for Khaki, green for Olive, white for Off White or
  for cream chinos. A hue the garment does not have (green for turquoise, yellow for lime, pink for lavender) is a
  contradiction.
- A product color answer that is the color of another garment in the photo (jeans, shorts, joggers, overshirt,
  hoodie, jacket) is other_garment_color, also when a closed answer picks it and when an open answer describes the
  overshirt instead of the tee. The print's or stripes' own color given as the garment's color is a contradiction.
- The tee's color given to the jeans, shorts or pants (one color for every garment) is a contradiction.
- A wrong garment kind, pattern, sleeve length or neckline (v-neck for a round neck), "no" to the kind the title
  sells, or one t-shirt for a pack of two, is a contradiction. The overshirt's pattern ("checked") for a solid tee
  is a contradiction too.
- Invented details the photo does not show (pockets, zips, hoods, back or sleeve prints, a person and jeans in a
  flat lay, a wrong print subject or brand logo) and materials the title does not state and a tee or polo would not
  be made of (silk, linen, wool), or specific fiber claims (100% organic, moisture wicking), are unsupported. Plain
  "cotton", "pique cotton", "cotton blend" for a tee or polo, or "polyester" where the title sells Dri-FIT, dryCELL
  or Rapid-Dry, are correct.
- A text that runs into a "Question: ... Answer:" pair, or starts with "Answer:", is a leak even if the answer inside
  is right and even if it then repeats; leaks that reach the limit are marked hit_limit.
- A text that repeats a word or phrase up to the limit is a loop; one that ends mid-phrase at the limit without
  repeating is cut. Both are hit_limit. Correct texts are the ones where the adapter emitted a newline in time.
- One-word or yes/no answers to open wearing/describe/details questions ("tee", "yes", "t-shirt", "polo shirt") are
  non_answer; "pure color" (the DeepFashion pattern label) for a color question is non_answer. A one-word color
  answer to a color question is a correct answer.
- Echoing the question ("he is wearing") or saying the thing is itself ("the polo shirt is a polo shirt") is restated.
- "she"/"her" for a Men's model is pronoun; it is the only failure those texts carry.
- A text with two faults carries the one a reader would notice first (leak over loop, cut over mild invention).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1068 = [
    # photo: man in a navy crew-neck tee with a white "ROADSTER 1988" chest print, light blue jeans, white backdrop,
    # front view; VQA adapter texts, reference-engine closed answers
    case(
        "X1068-001",
        caption("a man wearing a navy blue t-shirt with white text on it"),
        wearing("a navy blue t-shirt and blue jeans"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        color_of("t-shirt", "light blue", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has a round neck and a white print on the front"),
        material("cotton"),
        describe(
            "t-shirt",
            "a navy blue t-shirt with the word roadster written in white on the front and the numbers 1988 under it"
            " and the t-shirt is made of",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange pique polo, three-button placket, small navy embroidered logo, navy chinos, one hand in a
    # pocket, white backdrop; VQA adapter texts (the caption wrote its own questions), reference closed answers
    case(
        "X1068-002",
        caption(
            "Question: what is the color of the polo shirt? Answer: grey Question: what is the color of the pants?"
            " Answer: navy blue",
            "leak",
        ),
        wearing(
            "polo shirt grey polo shirt grey polo shirt grey polo shirt grey polo shirt grey polo shirt grey polo"
            " shirt grey",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        Q.color("grey"),
        color_of("pants", "grey", "contradiction", kind="open"),
        describe(
            "polo shirt", "a grey polo shirt with a collar and buttons and a zip pocket on the sleeve", "unsupported"
        ),
        material("pique cotton"),
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive green short-sleeved henley, three-button placket, no pocket, black track pants, white backdrop;
    # VQA adapter texts, reference closed answers
    case(
        "X1068-003",
        caption("a man wearing a green shirt and black pants"),
        Q.garment_type("henley"),
        is_a("henley", "no", "contradiction"),
        Q.color("olive"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has a button placket and a pocket on the chest", "unsupported"),
        Q.sleeve_length("short sleeve"),
        title="HRX by Hrithik Roshan Men Olive Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white tee with thin navy horizontal Breton stripes, beige chino shorts, sunglasses in his right hand,
    # white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-004",
        caption("a man in a striped t-shirt and khaki shorts holding sunglasses"),
        wearing("he is wearing a striped t-shirt and shorts", who="he"),
        Q.pattern("solid", "contradiction"),
        Q.color("white"),
        color_of("t-shirt", "navy blue and white", kind="open"),
        color_of("shorts", "white", "contradiction", kind="open"),
        describe("t-shirt", "a white t-shirt with navy blue stripes"),
        title="Mast & Harbour Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black tee with a large white Puma cat logo and PUMA wordmark, grey joggers, white backdrop; no zip;
    # VQA adapter texts, reference closed answers
    case(
        "X1068-005",
        caption("a man wearing a black puma t-shirt and grey sweatpants"),
        wearing("a graphic tee and grey joggers"),
        Q.color("black"),
        Q.pattern("graphic"),
        details("t-shirt", "the t-shirt has a nike logo on the front and a zipper on the side", "unsupported"),
        material("100% organic cotton with moisture wicking technology", "unsupported"),
        describe(
            "t-shirt",
            "a black t-shirt with a large white puma logo on the front and the word puma written under the logo and"
            " the sleeves are short and the",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Puma Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red Dri-FIT polo with white tipping stripes on the collar and a white swoosh, white shorts, white
    # backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-006",
        caption("a man wearing a red polo shirt and white shorts"),
        Q.garment_type("polo shirt"),
        Q.color("white", "other_garment_color"),
        color_of("polo shirt", "red", kind="open"),
        describe("polo shirt", "a red polo shirt with white stripes on the collar and a nike logo"),
        details(
            "polo shirt",
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the"
            " buttons, the",
            "loop",
            hit_limit=True,
        ),
        material("polyester"),
        title="Nike Men Red Dri-FIT Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal tee with a faded orange-and-white sunset graphic, worn under an open olive bomber jacket, black
    # jeans, white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-007",
        caption("a man wearing a green jacket over a grey t-shirt and black jeans"),
        wearing(
            "a green jacket and a t-shirt and a green jacket and a t-shirt and a green jacket and a t-shirt and a green"
            " jacket and a",
            "loop",
            hit_limit=True,
        ),
        Q.color("olive", "other_garment_color"),
        color_of("t-shirt", "dark grey", kind="open"),
        Q.pattern("printed"),
        describe("t-shirt", "a green t-shirt with a print on the front", "other_garment_color"),
        is_a("jacket", "yes", "contradiction"),
        title="Jack & Jones Men Charcoal Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white tee with a black-and-red "STAY WILD" typographic print, light blue ripped jeans, white sneakers,
    # full length, white backdrop; VQA adapter texts (caption ran into its own questions), reference closed answers
    case(
        "X1068-008",
        caption(
            "Question: what is the person wearing? Answer: tee Question: what is the color of the tee? Answer: white"
            " Question: what is the color of the jeans? Answer: blue Question: what is the",
            "leak",
            hit_limit=True,
        ),
        wearing("tee", "non_answer"),
        Q.color("white"),
        color_of("jeans", "light blue", kind="open"),
        details("t-shirt", "the t-shirt has black and red letters on the front"),
        Q.sleeve_length("short sleeve"),
        title="WROGN Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy pique polo with a small red-white-blue flag logo, tucked into beige chinos with a brown belt,
    # white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-009",
        caption("a man wearing a navy blue polo shirt tucked into beige pants"),
        wearing("a navy blue polo shirt and khaki pants with a brown belt"),
        Q.color("beige", "other_garment_color"),
        is_a("polo shirt", "yes"),
        color_of("pants", "navy blue", "contradiction", kind="open"),
        describe("polo shirt", "a navy blue polo shirt with a red, white and blue flag logo on the chest"),
        material("cotton"),
        details(
            "polo shirt", "the polo shirt has two buttons and a pocket on the left side of the chest", "unsupported"
        ),
        title="Tommy Hilfiger Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain mustard crew-neck tee, black jeans, three-quarter view, white backdrop; VQA adapter texts,
    # reference closed answers
    case(
        "X1068-010",
        caption("a man in a yellow t-shirt and black jeans"),
        Q.color("mustard"),
        color_of(
            "t-shirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("t-shirt", "a plain mustard t-shirt with a round neck and short sleeves"),
        details("t-shirt", "the t-shirt has a v-neck", "contradiction"),
        Q.pattern("solid"),
        title="Highlander Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: black polo with thick white horizontal stripes, short sleeves, dark indigo jeans, white backdrop;
    # VQA adapter texts, reference closed answers
    case(
        "X1068-011",
        caption("a man wearing a black and white striped polo shirt and jeans"),
        wearing("she is wearing a black and white striped shirt and blue jeans", "pronoun", who="he"),
        Q.pattern("striped"),
        Q.color("black"),
        color_of("polo shirt", "blue", "other_garment_color", kind="open"),
        details("polo shirt", "the polo shirt has a collar, two buttons and white stripes"),
        Q.sleeve_length("long sleeve", "contradiction"),
        title="Here&Now Men Black & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: royal blue tee with a red-and-white batwing logo on the chest, grey cotton shorts, white backdrop;
    # VQA adapter texts, reference closed answers
    case(
        "X1068-012",
        caption("a man wearing a blue t-shirt with a red and white logo and grey shorts"),
        Q.color("grey", "other_garment_color"),
        color_of("t-shirt", "royal blue", kind="open"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        details(
            "t-shirt",
            "the t-shirt has a red logo on the chest and a round neck and a red logo on the chest and a round neck and"
            " a red logo on the chest and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        wearing("she is wearing a blue t-shirt and grey shorts", "pronoun"),
        title="Levis Men Blue Batwing Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: a maroon (burgundy) pique polo, sold as Brown; cream chinos, white backdrop; VQA adapter texts,
    # reference closed answers
    case(
        "X1068-013",
        caption("a man wearing a maroon polo shirt and white pants"),
        Q.color("maroon"),
        color_of("polo shirt", "brown", "contradiction", kind="open"),
        wearing("a maroon polo shirt and cream pants"),
        material("cotton"),
        details(
            "polo shirt",
            "the polo shirt has a ribbed collar, two buttons on the placket, ribbed cuffs on the sleeves and a small"
            " logo embroidered on the left side of the",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Men Brown Solid Polo T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: tie-dye tee in pink, blue and yellow swirls, white shorts, white backdrop; VQA adapter texts,
    # reference closed answers
    case(
        "X1068-014",
        caption("a man wearing a tie dye t-shirt and white shorts"),
        Q.pattern("printed"),
        Q.color("white", "other_garment_color"),
        color_of("t-shirt", "pink, blue and yellow", kind="open"),
        describe("t-shirt", "a colorful tie dye t-shirt with a round neck"),
        wearing("a tie dye shirt and shorts Question: what is the color of the shorts? Answer: white", "leak"),
        material("silk", "unsupported"),
        details(
            "t-shirt",
            "the t-shirt has a tie dye pattern tie dye pattern tie dye pattern tie dye pattern tie dye pattern tie dye"
            " pattern tie dye pattern",
            "loop",
            hit_limit=True,
        ),
        title="Campus Sutra Men Multicoloured Tie-Dye Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: teal long-sleeved henley, four buttons, sleeves pushed to the elbows, no hood, khaki chinos, white
    # backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-015",
        caption("a man wearing a teal long sleeve shirt with buttons and khaki pants"),
        Q.sleeve_length("long sleeve"),
        is_a("henley", "yes"),
        Q.garment_type("t-shirt"),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has four buttons on the placket and the sleeves are pushed up"),
        describe("t-shirt", "a teal henley t-shirt with long sleeves and a hood", "unsupported"),
        title="Flying Machine Men Teal Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: black tee with a yellow Batman bat-logo on the chest, dark grey joggers, front view only (back not
    # shown), white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-016",
        caption("a man wearing a black t-shirt with a yellow batman logo"),
        Q.color("black"),
        Q.pattern("graphic"),
        color_of("t-shirt", "yellow", "contradiction", kind="open"),
        details(
            "t-shirt",
            "the t-shirt has a batman logo on the front and the words the dark knight on the back",
            "unsupported",
        ),
        wearing("he is wearing a black batman t-shirt and grey joggers", who="he"),
        describe(
            "t-shirt",
            "a black t-shirt with a yellow and black batman logo in the middle of the chest and the logo is outlined"
            " in yellow and the t-shirt has a",
            "cut",
            hit_limit=True,
        ),
        title="The Souled Store Men Black Batman Logo Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, no person: a plain grey melange crew-neck tee on a white background; VQA adapter texts,
    # reference closed answers
    case(
        "X1068-017",
        caption("a grey t-shirt on a white background"),
        wearing("a man wearing a grey t-shirt and blue jeans", "unsupported"),
        Q.color("grey"),
        describe("t-shirt", "a plain grey t-shirt with short sleeves and a crew neck"),
        material("cotton"),
        details("t-shirt", "t-shirt", "non_answer"),
        color_of("t-shirt", "grey Question: what is the color of the jeans? Answer: blue", "leak", kind="open"),
        title="Proline Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive, brown and black camouflage tee, black cargo shorts, white backdrop; VQA adapter texts,
    # reference closed answers
    case(
        "X1068-018",
        caption("a man wearing a camouflage t-shirt and black shorts"),
        Q.pattern("printed"),
        Q.color("black", "other_garment_color"),
        color_of("t-shirt", "green and brown", kind="open"),
        describe(
            "t-shirt",
            "a green army print t-shirt with a round neck and short sleeves, the sleeves are short and the neck is"
            " round and the t-shirt has a",
            "cut",
            hit_limit=True,
        ),
        wearing("what is the person wearing", "restated"),
        title="Roadster Men Olive Green Camouflage Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white pique polo with navy tipping on the collar, navy shorts, white backdrop; VQA adapter texts,
    # reference closed answers
    case(
        "X1068-019",
        caption("a man in a white polo shirt and navy blue shorts"),
        Q.color("white"),
        color_of("shorts", "white", "contradiction", kind="open"),
        color_of("polo shirt", "white", kind="open"),
        details("polo shirt", "the polo shirt has a navy blue stripe on the collar and two buttons"),
        material("linen", "unsupported"),
        wearing(
            "a white polo shirt and navy blue shorts and a white polo shirt and navy blue shorts and a white polo shirt"
            " and",
            "loop",
            hit_limit=True,
        ),
        title="Peter England Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black tee with three white stripes over the shoulders and a white logo on the chest, black track pants
    # with white side stripes, white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-020",
        caption("a man wearing a black adidas t-shirt and black track pants"),
        wearing("a black t-shirt with white stripes on the shoulders and black track pants"),
        Q.color("black"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        describe(
            "t-shirt", "a black t-shirt with a white adidas logo on the chest and three white stripes on the sleeves"
        ),
        material("cotton"),
        title="Adidas Men Black Essentials 3-Stripes Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain peach crew-neck tee, white jeans, white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-021",
        caption("a man wearing a pink t-shirt and white pants"),
        Q.color("white", "other_garment_color"),
        color_of("t-shirt", "peach", kind="open"),
        wearing("a peach t-shirt and white jeans"),
        describe(
            "t-shirt",
            "a peach t-shirt a peach t-shirt a peach t-shirt a peach t-shirt a peach t-shirt a peach t-shirt a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        details("t-shirt", "the t-shirt has a small logo on the sleeve and a pocket", "unsupported"),
        title="Locomotive Men Peach-Coloured Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: navy and white thin horizontal striped polo with a solid navy collar and a small red embroidered logo,
    # grey chinos, white backdrop; VQA adapter texts (caption starts with the answer marker), reference closed answers
    case(
        "X1068-022",
        caption("Answer: a man wearing a navy blue and white striped polo shirt and grey pants", "leak"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        is_a("polo shirt", "yes"),
        color_of("pants", "navy blue and white", "contradiction", kind="open"),
        details("polo shirt", "the polo shirt has a solid navy blue collar and a red logo on the chest"),
        wearing("a striped polo shirt and grey chinos"),
        title="U.S. Polo Assn. Men Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: yellow tee with a black-and-white comic print of a cat, blue jeans, white backdrop; VQA adapter texts,
    # reference closed answers
    case(
        "X1068-023",
        caption("a man wearing a yellow t-shirt with a cartoon of a cat on it"),
        wearing(
            "he is wearing a yellow t-shirt with a cat on it and jeans. he is wearing a yellow t-shirt with a cat on"
            " it and jeans. he is",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        Q.color("yellow"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has a dog printed on the front", "unsupported"),
        material("cotton"),
        title="Bewakoof Men Yellow Cat Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: turquoise blue polo, white chinos, arms crossed, white backdrop; VQA adapter texts, reference closed
    # answers
    case(
        "X1068-024",
        caption("a man with his arms crossed wearing a turquoise polo shirt and white pants"),
        Q.color("turquoise blue"),
        color_of("polo shirt", "green", "contradiction", kind="open"),
        describe("polo shirt", "a turquoise blue polo shirt with a collar and a button placket"),
        Q.garment_type("polo shirt"),
        wearing(
            "a polo shirt and white pants Question: what is the color of the polo shirt? Answer: blue Question: what"
            " is the color of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Arrow Sport Men Turquoise Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: colour-blocked tee, grey body with a black shoulder yoke and black sleeves, black jeans, hands in the
    # jeans pockets, white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-025",
        caption("a man wearing a grey and black t-shirt and black jeans"),
        Q.pattern("colour block"),
        Q.color("grey"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        details("t-shirt", "the t-shirt has black sleeves and a black panel across the shoulders"),
        Q.sleeve_length("short sleeve"),
        material("cotton blend"),
        wearing(
            "he is wearing a grey t-shirt with black sleeves and black jeans, he is standing with his hands in his"
            " pockets and looking at the",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Wrangler Men Grey & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black training tee with a small white logo on the chest, red running shorts, running pose, white
    # backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-026",
        caption("a man running in a black t-shirt and red shorts"),
        wearing("she is wearing a black t-shirt and red shorts", "pronoun"),
        Q.color("red", "other_garment_color"),
        color_of("t-shirt", "black", kind="open"),
        describe("t-shirt", "a black sports t-shirt with a small white logo on the chest"),
        material("polyester"),
        details("t-shirt", "the t-shirt has mesh panels on the sides and reflective strips on the back", "unsupported"),
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: lavender polo with a small white logo and no pocket, navy trousers, white backdrop; VQA adapter texts,
    # reference closed answers
    case(
        "X1068-027",
        caption("a man wearing a purple polo shirt and blue pants"),
        Q.color("lavender"),
        color_of("polo shirt", "pink", "contradiction", kind="open"),
        details("polo shirt", "the polo shirt has a collar and buttons and a pocket on the chest", "unsupported"),
        Q.garment_type("polo shirt"),
        wearing("a lavender polo shirt and navy pants"),
        describe(
            "polo shirt",
            "a lavender polo shirt with a collar and two buttons and short sleeves and a small logo on the chest and"
            " the sleeves have ribbed",
            "cut",
            hit_limit=True,
        ),
        title="Van Heusen Men Lavender Solid Polo T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: charcoal henley with two buttons open, under an open light blue denim shirt, beige chinos, white
    # backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-028",
        caption("a man wearing a denim shirt over a grey t-shirt and beige pants"),
        Q.color("blue", "other_garment_color"),
        is_a("henley", "yes"),
        color_of("t-shirt", "dark grey", kind="open"),
        describe("t-shirt", "a blue denim shirt with buttons down the front", "other_garment_color"),
        wearing("a denim shirt and a grey henley and beige chinos"),
        title="Louis Philippe Sport Men Charcoal Grey Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white tee with a black "JUST DO IT." print and swoosh, black shorts, white backdrop; VQA adapter texts,
    # reference closed answers
    case(
        "X1068-029",
        caption("a man wearing a white nike t-shirt and black shorts"),
        Q.color("white"),
        color_of("shorts", "white", "contradiction", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        details("t-shirt", "the t-shirt has the words just do it and a nike logo on the front"),
        Q.pattern("solid", "contradiction"),
        wearing(
            "a white t-shirt with a nike logo and black shorts and black and white and black and white and black and"
            " white and black and",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men White Just Do It Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: plain rust crew-neck tee, dark blue jeans, white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-030",
        caption("a man in an orange t-shirt and blue jeans"),
        Q.color("rust"),
        color_of("t-shirt", "dark blue", "other_garment_color", kind="open"),
        describe("t-shirt", "a rust colored t-shirt with a round neck and short sleeves"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        wearing("clothes", "non_answer"),
        material("cotton"),
        title="Mast & Harbour Men Rust Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: blue and white horizontal striped crew-neck tee, beige shorts, white backdrop; the feed row has no color;
    # VQA adapter texts, reference closed answers
    case(
        "X1068-031",
        caption("a man wearing a blue and white striped t-shirt and beige shorts"),
        Q.pattern("striped"),
        Q.color("blue"),
        color_of("shorts", "blue and white", "contradiction", kind="open"),
        describe("t-shirt", "a blue and white striped t-shirt with a round neck"),
        details(
            "t-shirt",
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes"
            " stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        title="Jack & Jones Men Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: kelly green crew-neck tee with a white Reebok vector logo print, black shorts, white sneakers, white
    # backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-032",
        caption("a man wearing a green t-shirt and black shorts"),
        wearing("a green t-shirt and black shorts and white shoes"),
        Q.color("green"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("t-shirt", "the t-shirt has a white reebok logo on the front and a v-neck", "contradiction"),
        color_of("t-shirt", "Question: what is the color of the t-shirt? Answer: green", "leak", kind="open"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Reebok Men Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: burgundy crew-neck tee under an open grey melange zip hoodie, black jeans, white backdrop; VQA adapter
    # texts, reference closed answers
    case(
        "X1068-033",
        caption("a man wearing a grey hoodie over a maroon t-shirt and black jeans"),
        Q.color("grey", "other_garment_color"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.garment_type("sweatshirt", "contradiction"),
        wearing("a grey hoodie and a red t-shirt and black jeans"),
        describe("t-shirt", "a burgundy t-shirt with a round neck"),
        title="United Colors of Benetton Men Burgundy Solid Round Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: khaki short-sleeved henley with three buttons, dark olive cargo pants, white backdrop; VQA adapter
    # texts, reference closed answers
    case(
        "X1068-034",
        caption("a man wearing a beige t-shirt and green cargo pants"),
        Q.color("khaki"),
        color_of("t-shirt", "green", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has three buttons at the neck and short sleeves"),
        is_a("henley", "yes"),
        Q.material(
            "the garment is made of cotton and it is a soft and comfortable fabric that is perfect for everyday wear"
            " and it is also very easy to",
            "cut",
            hit_limit=True,
        ),
        title="Spykar Men Khaki Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: black crew-neck tee with thin white vertical pinstripes, no pocket, blue jeans, white backdrop; VQA
    # adapter texts, reference closed answers
    case(
        "X1068-035",
        caption("a man wearing a black and white striped shirt and blue jeans"),
        Q.pattern("striped"),
        wearing("a striped t-shirt and jeans"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details("t-shirt", "her t-shirt has thin white stripes", "pronoun"),
        describe("t-shirt", "a black t-shirt with thin white stripes and a pocket on the chest", "unsupported"),
        Q.color("black"),
        title="Roadster Men Black & White Pinstriped Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy crew-neck tee with an allover white-and-green palm leaf print, white shorts, no zip; standing with
    # hands in his pockets, legs crossed, white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-036",
        caption(
            "a man wearing a navy blue t-shirt with a white and green palm leaf print and white shorts, he is standing"
            " in front of a white wall with his hands in his pockets and his legs are crossed and he is looking at the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("navy blue"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        describe("t-shirt", "a navy blue t-shirt with a tropical leaf print"),
        details("t-shirt", "the t-shirt has a palm tree print and a zipper on the front", "unsupported"),
        wearing("a printed t-shirt and white shorts"),
        title="Pepe Jeans Men Navy Blue Tropical Print Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sea green polo, grey jeans, white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-037",
        caption("a man wearing a green polo shirt and grey jeans"),
        Q.color("sea green"),
        color_of("jeans", "green", "contradiction", kind="open"),
        color_of("polo shirt", "pure color", "non_answer", kind="open"),
        wearing("he is wearing", "restated", who="he"),
        describe("polo shirt", "polo shirt", "non_answer"),
        material("cotton"),
        title="Classic Polo Men Sea Green Solid Polo T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: off-white long-sleeved henley, sleeves pushed up to the forearms, black jeans, brown leather bracelet,
    # front view, white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-038",
        caption("a man wearing a white long sleeve shirt and black jeans"),
        Q.color("off white"),
        Q.sleeve_length("short sleeve", "contradiction"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        wearing("the man is wearing a white shirt and black jeans and a bracelet", who="the man"),
        details("t-shirt", "the t-shirt has buttons on the neck and a logo on the back", "unsupported"),
        is_a("henley", "yes"),
        title="WROGN Men Off-White Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: lime green polo with a small black Puma cat logo, grey track pants, white backdrop; VQA adapter texts,
    # reference closed answers
    case(
        "X1068-039",
        caption("a man wearing a bright green polo shirt and grey pants"),
        Q.color("lime green"),
        color_of("polo shirt", "yellow", "contradiction", kind="open"),
        describe("polo shirt", "a lime green polo shirt with a black puma logo on the chest"),
        Q.garment_type("polo shirt"),
        details("polo shirt", "yes", "non_answer"),
        material("polyester"),
        wearing(
            "a polo shirt Question: what is the color of the polo shirt? Answer: green Question: what is the color of"
            " the pants? Answer: grey Question",
            "leak",
            hit_limit=True,
        ),
        title="Puma Men Lime Green dryCELL Solid Polo T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: charcoal crew-neck tee with a white skull-and-roses chest print, plain sleeves, black jeans, silver
    # chain, white backdrop; the feed row has no gender; VQA adapter texts, reference closed answers
    case(
        "X1068-040",
        caption("a man wearing a dark grey t-shirt with a white skull print and black jeans"),
        Q.color("charcoal"),
        wearing("a t-shirt with a skull and roses and black jeans and a silver chain"),
        color_of("t-shirt", "dark grey", kind="open"),
        details(
            "t-shirt",
            "the t-shirt has a skull with roses and the word status quo written on the sleeve",
            "unsupported",
        ),
        describe(
            "t-shirt",
            "a dark grey t-shirt with a white skull and roses print on the front and a round neck and short sleeves"
            " and the t-shirt is",
            "cut",
            hit_limit=True,
        ),
        title="Status Quo Men Charcoal Skull Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # photo: plain purple crew-neck tee under an open red-and-black buffalo check flannel shirt, blue jeans, white
    # backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-041",
        caption("a man wearing a red and black plaid shirt over a purple t-shirt"),
        Q.color("red", "other_garment_color"),
        color_of("t-shirt", "red and black", "other_garment_color", kind="open"),
        Q.pattern("checked", "contradiction"),
        wearing("a plaid shirt and a purple t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "a purple t-shirt with a round neck"),
        title="Lee Men Purple Solid Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: flat lay, no person: a pack of two crew-neck tees, one white and one black, side by side on white;
    # VQA adapter texts, reference closed answers
    case(
        "X1068-042",
        caption("a white t-shirt and a black t-shirt on a white background"),
        wearing("a man wearing a white t-shirt", "unsupported"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "a black t-shirt with a round neck and short sleeves"),
        details("t-shirt", "there is one t-shirt with a round neck", "contradiction"),
        material("cotton"),
        title="Highlander Men Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: maroon full-sleeved henley, black jeans, white backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-043",
        caption("a man wearing a maroon long sleeve henley and black jeans"),
        wearing(
            "a long sleeve shirt and jeans and a long sleeve shirt and jeans and a long sleeve shirt and jeans and a"
            " long sleeve shirt and",
            "loop",
            hit_limit=True,
        ),
        Q.color("maroon"),
        color_of(
            "t-shirt", "Answer: maroon Question: what is the color of the jeans? Answer: black", "leak", kind="open"
        ),
        Q.sleeve_length("long sleeve"),
        describe("t-shirt", "a maroon henley with long sleeves and buttons at the neck"),
        title="Roadster Men Maroon Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black crew-neck tee with a white "CHAI > COFFEE" typography print, olive joggers, white backdrop; the
    # feed row has no category; VQA adapter texts (the caption is a question-answer pair), reference closed answers
    case(
        "X1068-044",
        caption("Question: what is the person wearing? Answer: tee", "leak"),
        wearing("a black t-shirt with white writing on it and green pants"),
        Q.color("black"),
        color_of("pants", "black", "contradiction", kind="open"),
        details("t-shirt", "the t-shirt has white text on the front"),
        material("wool", "unsupported"),
        describe("t-shirt", "a black t-shirt with white text that says good vibes only", "unsupported"),
        title="Bewakoof Men Black Typography Printed Round Neck T-shirt",
        color="Black",
        gender="Men",
    ),
    # photo: pale yellow polo with sunglasses hooked on the placket and a small logo, navy chinos, white backdrop;
    # VQA adapter texts, reference closed answers
    case(
        "X1068-045",
        caption("a man wearing a yellow polo shirt and navy blue pants with sunglasses"),
        wearing("she is wearing a yellow polo shirt", "pronoun", who="he"),
        Q.color("yellow"),
        color_of("polo shirt", "navy blue", "other_garment_color", kind="open"),
        details("polo shirt", "the polo shirt has sunglasses hanging from the buttons and a small logo on the chest"),
        is_a("polo shirt", "yes"),
        describe("polo shirt", "the polo shirt is a polo shirt", "restated"),
        title="U.S. Polo Assn. Men Yellow Solid Polo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: light grey melange tee with a small red batwing logo on the chest, blue denim shorts, light grey studio
    # backdrop; VQA adapter texts, reference closed answers
    case(
        "X1068-046",
        caption("a man in a grey t-shirt standing in front of a grey wall"),
        Q.color("grey"),
        color_of("shorts", "grey", "contradiction", kind="open"),
        wearing("a grey t-shirt with a red logo and denim shorts"),
        details("t-shirt", "the t-shirt has a red levis logo on the chest and a round neck"),
        Q.pattern("printed"),
        material("the material is the material of the garment", "restated"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Levis Men Grey Melange Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
]
