"""BLIND_1156 (46 products; Myntra men's tees/polos/sweatshirts: caption + QA): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 123/140 failures found (87.9%) and 11/203 correct texts flagged
(5.4%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Sweatshirts: crew and V-neck tees, henleys, raglans,
polos, crew sweatshirts, hoodies, zip-fronts). Catalog photos on the usual white studio backdrop, front view, worn by
a male model who also wears jeans, chinos, shorts or joggers, sometimes an open jacket or overshirt on top; one pack
of three tees laid flat with no model. The job captioned every photo first, then answered the open questions with
the extractive QA model over that caption; closed questions went to enrich's reference engine.

Who wrote what: captions come from the caption adapter. Most rows used the first-epoch adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch): short base-model-like captions that name hues, sometimes running on
into the DeepFashion template and then to the 50-token limit. Some rows used the third-epoch adapter
(Data2_V2_Blip2_Finetune_Caption): the pure DeepFashion template ("The gentleman wears a long-sleeve sweater with
pure color patterns..."), no hue names, "sweater"/"jacket"/"lapel" vocabulary, invented wrist accessories, and it
always runs to the 50-token limit, either cut mid-sentence or looping on its last sentence. Open answers (wearing,
describe, details, the open color question, material) are spans the extractive QA model (mdeberta-v3-base-squad2)
took from the caption, so they carry the caption's mistakes and pick the jeans' color as readily as the top's. When
the QA model returned no span, the job fell back to free generation with the first-epoch adapter and the
"Question: ... Answer:" prompt (30 new tokens): those fallback answers are the ones that loop, run to the limit, run
on into a new "Question:", echo the prompt, say "she", or answer a describe question with one word. The material
question had no fallback: a null span was stored as an empty string. Closed answers (garment type, color, pattern,
sleeve length, "Is this a ...?") come from the reference engine ranking candidates with the base model: they are
always one clean candidate, wrong when the model ranks the jeans, the overshirt, the print or a near shade first.

Labeling conventions and judgement calls:
- One label per text. A text that ran to its token limit and ends mid-sentence is "cut", one that repeats itself is
  "loop", even when it also says "lady" or invents an accessory; hit_limit=True only on texts that themselves ran to
  their limit (a span the QA model took from the cut end of a caption is "cut" but not hit_limit).
- "other_garment_color" is kept for open answers that give the product the color of another worn garment (jeans,
  chinos, shorts, joggers, an overshirt, a jacket, a shirt collar under a sweatshirt). A closed color answer that
  picks another garment's or a print's color is labelled "contradiction" (it contradicts the seller and caption);
  an open color answer that gives the print's or the logo's color is "contradiction" too, not other_garment_color.
- Shades and coarse hues count as correct: navy -> blue, maroon -> red, charcoal/grey melange -> grey, olive/sea
  green -> green, lavender -> purple, mustard -> yellow, rust -> orange, teal and turquoise -> blue (teal -> green is
  also accepted: it sits between). For a two-color garment (stripes, raglan, color block) either main color is
  correct; a print's or a collar tipping's color alone is not.
- "sweater" or "jacket" for a sweatshirt or hoodie is a contradiction (Myntra files Sweaters and Jackets apart from
  Sweatshirts); "hoodie" for a hooded sweatshirt is correct. In free text "shirt" is accepted for any top, but the
  closed garment type "shirt" (a candidate of its own) for a tee or polo is a contradiction; "t-shirt" for a polo is
  correct (Myntra files polos under Tshirts). "lapel" for a polo collar is the DeepFashion word and is accepted.
- "cotton" for a tee, polo or sweatshirt is accepted unless the title names another fabric (a Dri-FIT polo); a
  material taken from another garment (denim shorts, a leather jacket) is "unsupported".
- "pure color"/"graphic patterns" as the answer to a color question names no hue: "non_answer". An empty span, an
  irrelevant span ("posing for a picture") and a one-word hue to a details question are "non_answer"; the bare
  garment name back ("polo shirt", "T-shirt", "details of the t-shirt") to a describe/details question is "restated".
- "woman", "lady", "she", "her" for these male models is "pronoun"; "gentleman", "he", "his" are correct.
- Seller colors are taken as they are, except where the photo shows otherwise (a Mustard row that is plain bright
  yellow): answers are judged against the photo.
- The flat-lay pack of three has no person: "three t-shirts ..." to "What is the person wearing?" is taken as correct.
- No text is labelled for naming the white studio backdrop correctly; a backdrop or prop the photo lacks (a wooden
  table, a tennis racket, a backpack, sunglasses, a hat, a watch, a necklace) is "unsupported".
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1156 = [
    # photo: navy blue plain crew-neck tee, light blue jeans, white backdrop, front view. Caption: first-epoch adapter;
    # open answers: extractive QA, details by the fallback; closed: reference engine.
    case(
        "X1156-001",
        caption("a man wearing a navy blue t-shirt and jeans standing in front of a white background"),
        wearing("a navy blue t-shirt and jeans"),
        color_of("t-shirt", "navy blue", kind="open"),
        details("t-shirt", "the t-shirt has a v-neck and a pocket on the chest", "unsupported"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.garment_type("t-shirt"),
        Q.material("", "non_answer"),
        title="U.S. Polo Assn. Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white polo with navy tipping on the collar and sleeve hems, navy chinos, white backdrop, front view.
    # Caption: first-epoch adapter; open: QA spans, describe by the fallback; closed: reference engine.
    case(
        "X1156-002",
        caption("a man in a white polo shirt and navy blue pants posing for a picture"),
        wearing("a white polo shirt and navy blue pants"),
        color_of("polo shirt", "navy blue", "other_garment_color", kind="open"),
        details("polo shirt", "posing for a picture", "non_answer"),
        describe(
            "polo shirt",
            "a white polo shirt with a navy blue collar Question: What is the color of the pants? Answer: navy blue",
            "leak",
        ),
        Q.color("white"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short"),
        title="U.S. Polo Assn. Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black crew-neck tee with a white and red skull graphic on the chest, grey jeans, white backdrop.
    # Caption: first-epoch adapter; open: QA spans; closed: reference engine (ranked the print's red first).
    case(
        "X1156-003",
        caption("a man wearing a black t-shirt with a skull on it and grey jeans"),
        wearing("a black t-shirt with a skull on it and grey jeans"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        describe("t-shirt", "black t-shirt with a skull on it"),
        details("t-shirt", "a skull on it"),
        Q.pattern("printed"),
        Q.color("red", "contradiction"),
        title="Roadster Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie with kangaroo pocket and drawstrings, black track pants, no watch or
    # bracelet, white backdrop. Caption: third-epoch adapter (template, cut at 50 tokens); open: QA spans; closed:
    # reference engine.
    case(
        "X1156-004",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        color_of("sweatshirt", "pure color", "non_answer", kind="open"),
        details("sweatshirt", "There is an accessory on his", "cut"),
        Q.color("grey"),
        Q.garment_type("sweatshirt"),
        is_a("hoodie", "yes"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon polo, three-button placket, small embroidered logo on the chest, beige chinos, white backdrop.
    # Caption: first-epoch adapter; open: QA spans, details by the fallback (looped); closed: reference engine.
    case(
        "X1156-005",
        caption("a man in a maroon polo shirt and khaki pants"),
        wearing("a maroon polo shirt and khaki pants"),
        color_of("polo shirt", "khaki", "other_garment_color", kind="open"),
        describe("polo shirt", "polo shirt", "restated"),
        details(
            "polo shirt",
            "the logo on the chest, the logo on the chest, the logo on the chest, the logo on the chest, the "
            "logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        title="Tommy Hilfiger Men Maroon Solid Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white crew-neck tee with blue horizontal stripes, blue denim shorts, white backdrop, front view.
    # Caption: first-epoch adapter; open: QA spans (material taken from the shorts); closed: reference engine.
    case(
        "X1156-006",
        caption("a man wearing a blue and white striped shirt and denim shorts"),
        wearing("a blue and white striped shirt and denim shorts"),
        color_of("t-shirt", "blue and white", kind="open"),
        Q.pattern("striped"),
        Q.color("blue"),
        Q.garment_type("shirt", "contradiction"),
        Q.material("denim", "unsupported"),
        title="Flying Machine Men White & Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive green plain crew-neck sweatshirt with ribbed cuffs, no hood, no zip, black jeans, white backdrop.
    # Caption: first-epoch adapter; open: QA spans, details by the fallback; closed: reference engine.
    case(
        "X1156-007",
        caption("a man in an olive green sweatshirt and black jeans"),
        wearing("an olive green sweatshirt and black jeans"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        describe("sweatshirt", "an olive green sweatshirt"),
        details("sweatshirt", "the sweatshirt has a hood and a zipper on the front", "unsupported"),
        Q.color("green"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long"),
        title="Roadster Men Olive Green Solid Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: red polo with a white contrast collar, blue jeans, white backdrop. Caption: first-epoch adapter (called
    # the male model a woman); open: QA spans, details by the fallback (ran on into a new question); closed: reference.
    case(
        "X1156-008",
        caption("a woman wearing a red polo shirt and blue jeans", "pronoun"),
        wearing("a red polo shirt and blue jeans"),
        color_of("polo shirt", "blue", "other_garment_color", kind="open"),
        details("polo shirt", "white collar Question: What is the color of the collar? Answer: white", "leak"),
        Q.color("red"),
        Q.garment_type("polo shirt"),
        title="Nike Men Red Solid Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal long-sleeve henley tee with a three-button placket, khaki chinos, white backdrop. Caption:
    # third-epoch adapter (loops on the pants sentence); open: QA spans; closed: reference engine.
    case(
        "X1156-009",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants are with cotton fabric and pure color patterns. The pants are "
            "with cotton fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        color_of("t-shirt", "pure color", "non_answer", kind="open"),
        describe("t-shirt", "T-shirt", "restated"),
        details("t-shirt", "its neckline is round"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt", "contradiction"),
        title="Mufti Men Charcoal Solid Henley T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mustard crew-neck tee with a small white "Brooklyn" print on the chest, blue chinos, model standing (no
    # stool or seat), white backdrop. Caption: first-epoch adapter (invented a stool); open: QA spans; closed:
    # reference engine.
    case(
        "X1156-010",
        caption(
            "a man wearing a yellow t-shirt with the word brooklyn on it and blue pants sitting on a stool",
            "unsupported",
        ),
        wearing("a yellow t-shirt"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        describe("t-shirt", "a yellow t-shirt with the word brooklyn on it"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        title="HRX by Hrithik Roshan Men Mustard Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: black zip-up hoodie worn open over a white crew tee, black joggers, white backdrop; the zip has no logo,
    # the sleeves are plain. Caption: first-epoch adapter; open: QA spans, details by the fallback; closed: reference.
    case(
        "X1156-011",
        caption("a man wearing a black hoodie and a white t-shirt"),
        wearing("a black hoodie and a white t-shirt"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        describe("sweatshirt", "a black hoodie"),
        details("sweatshirt", "the hoodie has a zipper and a logo on the sleeve", "unsupported"),
        Q.color("black"),
        Q.garment_type("t-shirt", "contradiction"),
        is_a("hoodie", "yes"),
        title="Puma Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue short-sleeve polo with a small white logo on the chest, dark blue jeans, white backdrop.
    # Caption: first-epoch adapter; open: QA spans; closed: reference engine.
    case(
        "X1156-012",
        caption("a man in a light blue polo shirt with a logo on the chest and dark blue jeans"),
        wearing("a light blue polo shirt with a logo on the chest and dark blue jeans"),
        color_of("polo shirt", "dark blue", "other_garment_color", kind="open"),
        details("polo shirt", "a logo on the chest"),
        Q.color("blue"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("", "non_answer"),
        title="Arrow Sport Men Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white crew-neck tee with a large red, yellow and blue guitar print, blue jeans, bare head, white
    # backdrop. Caption: first-epoch adapter (invented a hat); open: QA spans, details by the fallback (ran to the
    # limit); closed: reference engine.
    case(
        "X1156-013",
        caption("a man wearing a white t-shirt with a guitar on it and a black hat", "unsupported"),
        wearing("a white t-shirt with a guitar on it and a black hat", "unsupported"),
        color_of("t-shirt", "white", kind="open"),
        describe("t-shirt", "t-shirt", "restated"),
        details(
            "t-shirt",
            "the t-shirt has a picture of a guitar on the front and the guitar is red and yellow and blue and the "
            "neck of the guitar is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("white"),
        is_a("t-shirt", "yes"),
        title="Status Quo Men White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: teal polo with a navy-and-white tipped collar and sleeve hems, beige chinos, white backdrop. Caption:
    # first-epoch adapter (teal called green); open: QA spans, details by the fallback (looped); closed: reference.
    case(
        "X1156-014",
        caption("a man wearing a green polo shirt and beige pants"),
        wearing("a green polo shirt and beige pants"),
        color_of("polo shirt", "beige", "other_garment_color", kind="open"),
        describe("polo shirt", "a green polo shirt"),
        details(
            "polo shirt",
            "the collar is navy blue and white and the sleeves are navy blue and white and the collar is navy blue "
            "and white and the sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.garment_type("shirt", "contradiction"),
        title="Lee Men Teal Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: navy blue crew sweatshirt with a white "CALIFORNIA 1987" print, grey track pants, white backdrop.
    # Caption: third-epoch adapter (says "lady", cut); open: QA spans, wearing by the fallback (no span); closed:
    # reference engine.
    case(
        "X1156-015",
        caption(
            "The upper clothing this lady wears has long sleeves, cotton fabric and graphic patterns. It has a round "
            "neckline. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "This lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a blue sweatshirt and grey pants", "pronoun"),
        describe("sweatshirt", "long sleeves, cotton fabric and graphic patterns"),
        color_of("sweatshirt", "graphic patterns", "non_answer", kind="open"),
        details("sweatshirt", "It has a round neckline"),
        Q.color("blue"),
        Q.pattern("graphic"),
        title="Kook N Keech Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange polo with navy tipping, no pocket, blue jeans, white backdrop. Caption: first-epoch adapter;
    # open: QA spans, describe and details by the fallback; closed: reference engine.
    case(
        "X1156-016",
        caption("a man wearing a grey polo shirt and blue jeans"),
        wearing("a grey polo shirt and blue jeans"),
        color_of("polo shirt", "blue", "other_garment_color", kind="open"),
        describe("polo shirt", "a grey polo shirt with a pocket on the chest", "unsupported"),
        details(
            "polo shirt",
            "the collar, the sleeves, the buttons, the collar, the sleeves, the buttons, the collar, the sleeves, "
            "the buttons, the collar, the",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short"),
        title="U.S. Polo Assn. Men Grey Melange Solid Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black plain crew tee under an open red-and-black checked flannel shirt, blue jeans, white backdrop.
    # Caption: first-epoch adapter; open: QA spans, details by the fallback (ran to the limit); closed: reference.
    case(
        "X1156-017",
        caption("a man wearing a red and black plaid shirt over a black t-shirt"),
        wearing("a red and black plaid shirt over a black t-shirt"),
        color_of("t-shirt", "red and black", "other_garment_color", kind="open"),
        describe("t-shirt", "a black t-shirt"),
        details(
            "t-shirt",
            "the t-shirt is black and the shirt is red and black and the t-shirt has a round neck and the shirt has "
            "buttons and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("checked", "contradiction"),
        Q.garment_type("t-shirt"),
        title="Highlander Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white crew sweatshirt with a black "NYC" print, blue jeans, no sunglasses, white backdrop. Caption:
    # first-epoch adapter (invented sunglasses); open: QA spans, describe by the fallback ("she"); closed: reference.
    case(
        "X1156-018",
        caption("a man in a white sweatshirt with the words nyc on it and a pair of sunglasses", "unsupported"),
        wearing("a white sweatshirt with the words nyc on it and a pair of sunglasses", "unsupported"),
        color_of("sweatshirt", "white", kind="open"),
        details("sweatshirt", "the words nyc on it"),
        describe("sweatshirt", "she is wearing a white sweatshirt that says nyc", "pronoun"),
        Q.color("white"),
        Q.sleeve_length("long"),
        is_a("sweater", "yes", "contradiction"),
        title="Campus Sutra Men White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: lavender polo, white chinos, white backdrop. Caption: first-epoch adapter (called him a woman); open: QA
    # spans, details by the fallback (began with the prompt's "Answer:"); closed: reference engine.
    case(
        "X1156-019",
        caption("a woman in a purple polo shirt and white pants standing against a white wall", "pronoun"),
        wearing("a purple polo shirt and white pants"),
        color_of("polo shirt", "white", "other_garment_color", kind="open"),
        describe("polo shirt", "polo shirt", "restated"),
        details("polo shirt", "Answer: the polo shirt has a collar and three buttons", "leak"),
        Q.color("purple"),
        Q.garment_type("polo shirt"),
        Q.pattern("striped", "contradiction"),
        title="Peter England Men Lavender Solid Polo T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: rust orange plain crew tee, olive cargo shorts, white backdrop. Caption: third-epoch adapter (loops on
    # the shorts sentence); open: QA spans, the color by the fallback (no hue in the caption); closed: reference.
    case(
        "X1156-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is crew. The shorts are with cotton fabric and pure color patterns. The shorts are "
            "with cotton fabric and pure color patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        color_of("t-shirt", "orange", kind="open"),
        details("t-shirt", "its neckline is crew"),
        Q.material("cotton fabric"),
        Q.color("orange"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        title="Wrangler Men Rust Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: navy polo with thin white horizontal stripes, navy collar and cuffs, grey shorts, white backdrop.
    # Caption: first-epoch adapter; open: QA spans, details by the fallback; closed: reference engine.
    case(
        "X1156-021",
        caption("a man wearing a blue and white striped polo shirt and grey shorts"),
        wearing("a blue and white striped polo shirt and grey shorts"),
        color_of("polo shirt", "grey", "other_garment_color", kind="open"),
        describe("polo shirt", "striped polo shirt"),
        details("polo shirt", "the polo shirt has a white collar and white cuffs", "unsupported"),
        Q.pattern("solid", "contradiction"),
        Q.color("blue"),
        is_a("polo shirt", "yes"),
        title="Classic Polo Men Navy Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey crew sweatshirt with a red and white colour-block panel across the chest, black jeans, white
    # backdrop. Caption: first-epoch adapter running on into the template, cut; open: QA spans; closed: reference.
    case(
        "X1156-022",
        caption(
            "a man wearing a grey sweatshirt with red and white stripes on the chest. The sweatshirt is with cotton "
            "fabric and its neckline is crew. The gentleman wears a long pants. The pants are with denim fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt with red and white stripes on the chest"),
        color_of("sweatshirt", "red and white", "contradiction", kind="open"),
        details("sweatshirt", "The pants are with denim fabric and pure color", "cut"),
        Q.material("cotton fabric"),
        Q.color("grey"),
        Q.pattern("color block"),
        Q.garment_type("sweatshirt"),
        title="Fila Men Grey Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: off-white plain polo, black jeans, white backdrop. Caption: first-epoch adapter; open: QA spans, details
    # by the fallback (ran on into the next question, to the limit); closed: reference engine.
    case(
        "X1156-023",
        caption("a man in a white polo shirt and black jeans posing for a photo"),
        wearing("a white polo shirt and black jeans"),
        color_of("polo shirt", "black", "other_garment_color", kind="open"),
        describe("polo shirt", "a white polo shirt"),
        details(
            "polo shirt",
            "the polo shirt is white Question: What is the color of the jeans? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.sleeve_length("short"),
        title="Van Heusen Sport Men Off White Solid Polo T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: black pullover hoodie with a large white Puma cat logo print, grey joggers, white backdrop. Caption:
    # first-epoch adapter; open: QA spans, describe by the fallback; closed: reference engine.
    case(
        "X1156-024",
        caption("a man wearing a black hoodie with a white puma logo"),
        wearing("a black hoodie with a white puma logo"),
        color_of("sweatshirt", "white", "contradiction", kind="open"),
        describe("sweatshirt", "her hoodie is black with a white puma logo on the front", "pronoun"),
        details("sweatshirt", "a white puma logo"),
        Q.color("black"),
        Q.garment_type("hoodie"),
        Q.pattern("printed"),
        is_a("sweater", "no"),
        title="Puma Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive green polo with a two-button placket and a chest pocket (no zip), khaki shorts, white backdrop.
    # Caption: first-epoch adapter (invented a zipper); open: QA spans, describe by the fallback (echoed the
    # prompt); closed: reference engine.
    case(
        "X1156-025",
        caption("a man in an olive green polo shirt with a zipper on the front", "unsupported"),
        wearing("an olive green polo shirt with a zipper on the front", "unsupported"),
        details("polo shirt", "a zipper on the front", "unsupported"),
        color_of("polo shirt", "olive green", kind="open"),
        describe("polo shirt", "Question: Describe the polo shirt. Answer: olive green", "leak"),
        Q.color("green"),
        Q.sleeve_length("short"),
        title="Jack & Jones Men Olive Green Solid Polo T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white plain V-neck tee under an open blue denim jacket, black jeans, no jewellery, white backdrop.
    # Caption: first-epoch adapter (invented a necklace); open: QA spans, details by the fallback; closed: reference.
    case(
        "X1156-026",
        caption("a man wearing a denim jacket and a white t-shirt with a chain necklace", "unsupported"),
        wearing("a denim jacket and a white t-shirt"),
        color_of("t-shirt", "white", kind="open"),
        describe("t-shirt", "a denim jacket", "contradiction"),
        details("t-shirt", "details of the t-shirt", "restated"),
        Q.color("blue", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        title="Levis Men White Solid V-Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: bright yellow polo with navy horizontal stripes (the seller says Mustard; it is plain yellow), navy
    # shorts, empty hands, white backdrop. Caption: first-epoch adapter (invented a racket); open: QA spans; closed:
    # reference engine.
    case(
        "X1156-027",
        caption(
            "a man wearing a yellow and blue striped polo shirt and blue shorts holding a tennis racket", "unsupported"
        ),
        wearing("a yellow and blue striped polo shirt and blue shorts"),
        color_of("polo shirt", "yellow and blue", kind="open"),
        describe("polo shirt", "yellow and blue striped polo shirt"),
        Q.color("yellow"),
        Q.pattern("striped"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("", "non_answer"),
        title="Classic Polo Men Stripes Yellow Polo T-Shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: maroon crew sweatshirt with a white shirt collar showing at the neck, beige chinos, white backdrop.
    # Caption: first-epoch adapter ("sweater"); open: QA spans, details by the fallback (looped); closed: reference.
    case(
        "X1156-028",
        caption("a man wearing a maroon sweater and white shirt", "contradiction"),
        wearing("a maroon sweater and white shirt", "contradiction"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        details(
            "sweatshirt",
            "maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long"),
        title="Allen Solly Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black polo with white tipping on the collar, blue jeans, bare wrists, white backdrop; the feed row has no
    # base colour. Caption: first-epoch adapter (invented a watch); open: QA spans, describe (looped) and details by
    # the fallback; closed: reference engine.
    case(
        "X1156-029",
        caption("a man in a black polo shirt and blue jeans with a watch on his wrist", "unsupported"),
        wearing("a black polo shirt and blue jeans"),
        color_of("polo shirt", "blue", "other_garment_color", kind="open"),
        describe(
            "polo shirt",
            "a black polo shirt with a white collar and a white collar and a white collar and a white collar and a "
            "white collar and a",
            "loop",
            hit_limit=True,
        ),
        details("polo shirt", "black", "non_answer"),
        Q.color("black"),
        Q.garment_type("polo shirt"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        title="Basics Men Black Slim Fit Polo T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: sea green crew tee with a small white HRX logo on the chest, black track pants, white backdrop.
    # Caption: first-epoch adapter; open: QA spans, details by the fallback; closed: reference engine.
    case(
        "X1156-030",
        caption("a man wearing a green t-shirt and black pants"),
        wearing("a green t-shirt and black pants"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "a green t-shirt"),
        details("t-shirt", "t-shirt details", "restated"),
        Q.pattern("printed"),
        Q.color("green"),
        title="HRX by Hrithik Roshan Men Sea Green Printed T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: navy full-zip mock-collar sweatshirt over a white tee, blue jeans, bare wrists, white backdrop. Caption:
    # third-epoch adapter ("jacket", invented wristwear, cut); open: QA spans, the color by the fallback (read the
    # navy as black); closed: reference engine.
    case(
        "X1156-031",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "There is an accessory on his wrist. The gentleman wears a long pants. The pants are with denim fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns", "contradiction"),
        details("sweatshirt", "There is an accessory on his wrist", "unsupported"),
        color_of("sweatshirt", "black", "contradiction", kind="open"),
        Q.color("blue"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long"),
        title="Wildcraft Men Navy Blue Solid Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white short-sleeve crew tee with a black and red Ed Hardy tiger print worn untucked over black jeans (no
    # belt visible), white backdrop. Caption: first-epoch adapter (invented a belt); open: QA spans; closed: reference.
    case(
        "X1156-032",
        caption("a man wearing a white t-shirt with a tiger on it and black jeans with a brown belt", "unsupported"),
        wearing("a white t-shirt with a tiger on it and black jeans"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details("t-shirt", "a tiger on it"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("", "non_answer"),
        title="Ed Hardy Men Tiger Print White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: pink polo with white tipping on the collar, white shorts, white backdrop. Caption: first-epoch adapter
    # (called him a woman); open: QA spans, describe by the fallback; closed: reference engine.
    case(
        "X1156-033",
        caption("a woman in a pink polo shirt and white shorts", "pronoun"),
        wearing("a pink polo shirt and white shorts"),
        color_of("polo shirt", "white", "other_garment_color", kind="open"),
        describe("polo shirt", "she is wearing a pink polo shirt with a white collar", "pronoun"),
        Q.color("pink"),
        Q.garment_type("polo shirt"),
        title="United Colors of Benetton Men Pink Solid Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: grey marl raglan tee with black long sleeves (baseball tee), dark jeans, front view only, plain back
    # unseen, white backdrop. Caption: first-epoch adapter (invented a number on the back); open: QA spans; closed:
    # reference engine.
    case(
        "X1156-034",
        caption("a man wearing a grey and black baseball shirt with a number on the back", "unsupported"),
        wearing("a grey and black baseball shirt"),
        color_of("t-shirt", "grey and black", kind="open"),
        details("t-shirt", "a number on the back", "unsupported"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.garment_type("t-shirt"),
        title="Roadster Men Grey & Black Colourblocked Raglan T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: beige crew sweatshirt with a small embroidered chest logo, ribbed cuffs and hem, dark brown chinos, white
    # backdrop. Caption: first-epoch adapter; open: QA spans, details by the fallback (looped); closed: reference.
    case(
        "X1156-035",
        caption("a man in a beige sweatshirt and brown pants"),
        wearing("a beige sweatshirt and brown pants"),
        color_of("sweatshirt", "brown", "other_garment_color", kind="open"),
        details(
            "sweatshirt",
            "ribbed cuffs and ribbed hem and ribbed cuffs and ribbed hem and ribbed cuffs and ribbed hem and ribbed "
            "cuffs and ribbed",
            "loop",
            hit_limit=True,
        ),
        Q.color("brown", "contradiction"),
        Q.garment_type("sweatshirt"),
        title="Mast & Harbour Men Beige Solid Sweatshirt",
        category="Sweatshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: white Nike Dri-FIT golf polo with a black swoosh, black shorts, white backdrop. Caption: third-epoch
    # adapter (cut); open: QA spans, the color by the fallback (ran on into the next question); closed: reference.
    case(
        "X1156-036",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a short pants. The pants are with cotton fabric and pure "
            "color patterns. This gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        color_of("polo shirt", "white Question: What is the color of the shorts? Answer: black", "leak", kind="open"),
        details("polo shirt", "its neckline is lapel"),
        Q.material("cotton fabric", "unsupported"),
        Q.color("white"),
        Q.sleeve_length("short"),
        title="Nike Men White Dri-FIT Golf Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red crew tee with a white Adidas logo print, black track pants with white side stripes, no bag, white
    # backdrop. Caption: first-epoch adapter (invented a backpack); open: QA spans; closed: reference engine.
    case(
        "X1156-037",
        caption("a man wearing a red adidas t-shirt and black track pants with a backpack", "unsupported"),
        wearing("a red adidas t-shirt and black track pants"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details("t-shirt", "a backpack", "unsupported"),
        Q.color("red"),
        Q.pattern("striped", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Adidas Men Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: dark navy pullover hoodie with white drawstrings and a kangaroo pocket, no zip, grey joggers, white
    # backdrop; the feed row has no gender. Caption: first-epoch adapter (read the navy as black); open: QA spans,
    # describe by the fallback; closed: reference engine.
    case(
        "X1156-038",
        caption("a man wearing a black hoodie with white drawstrings", "contradiction"),
        wearing("a black hoodie with white drawstrings", "contradiction"),
        color_of("sweatshirt", "black", "contradiction", kind="open"),
        describe("sweatshirt", "a navy blue hoodie with a zipper and two pockets on the front", "unsupported"),
        details("sweatshirt", "white drawstrings"),
        Q.color("blue"),
        Q.garment_type("hoodie"),
        Q.sleeve_length("long"),
        title="Wrangler Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # photo: dark brown Nike polo with a small swoosh on the chest, two buttons, beige chinos, white backdrop.
    # Caption: first-epoch adapter; open: QA spans, details by the fallback (ran to the limit); closed: reference.
    case(
        "X1156-039",
        caption("a man in a brown polo shirt and beige pants"),
        wearing("a brown polo shirt and beige pants"),
        color_of("polo shirt", "beige", "other_garment_color", kind="open"),
        details(
            "polo shirt",
            "the polo shirt has a collar and two buttons on the front and a small logo on the chest and the sleeves "
            "are short and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        Q.garment_type("polo shirt"),
        title="Nike Mens Polo Dark Brown T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: purple short-sleeve crew tee with "NO LIMITS" in white letters on the chest, blue jeans, bare wrists,
    # white backdrop. Caption: first-epoch adapter (invented a watch); open: QA spans, describe and details by the
    # fallback; closed: reference engine.
    case(
        "X1156-040",
        caption("a man wearing a purple t-shirt that says no limits and a silver watch", "unsupported"),
        wearing("a purple t-shirt that says no limits"),
        color_of("t-shirt", "purple", kind="open"),
        describe(
            "t-shirt",
            "the t-shirt is purple and it has the words no limits written on the front in white letters and the "
            "sleeves are short and the neckline is",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "Question: What are the t-shirt details? Answer: the t-shirt says no limits", "leak"),
        Q.color("purple"),
        Q.pattern("printed"),
        title="Proline Men Purple Printed T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: grey plain V-neck tee under an open black leather jacket, black jeans, white backdrop. Caption:
    # first-epoch adapter; open: QA spans (material from the jacket), describe by the fallback; closed: reference.
    case(
        "X1156-041",
        caption("a man in a black leather jacket and grey t-shirt"),
        wearing("a black leather jacket and grey t-shirt"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "the t-shirt is grey and the jacket is black and the t-shirt is grey and the jacket is black and the "
            "t-shirt is grey and",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        Q.color("grey"),
        Q.garment_type("jacket", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Locomotive Men Grey Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: white polo with a red, white and blue striped collar, navy chinos, white backdrop. Caption: first-epoch
    # adapter; open: QA spans; closed: reference engine. No failure.
    case(
        "X1156-042",
        caption("a man wearing a white polo shirt with a red white and blue collar"),
        wearing("a white polo shirt with a red white and blue collar"),
        color_of("polo shirt", "white", kind="open"),
        details("polo shirt", "a red white and blue collar"),
        Q.color("white"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short"),
        title="Tommy Hilfiger Men White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal crew sweatshirt with a white "Brooklyn" print, blue jeans, white backdrop. Caption: third-epoch
    # adapter (loops); open: QA spans, the color and details by the fallback; closed: reference engine.
    case(
        "X1156-043",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is round. The sweater is with cotton fabric and its neckline is round. The sweater is with "
            "cotton fabric and its neckline",
            "loop",
            hit_limit=True,
        ),
        describe("sweatshirt", "long-sleeve sweater with graphic patterns", "contradiction"),
        color_of("sweatshirt", "dark grey", kind="open"),
        details(
            "sweatshirt",
            "Question: What are the sweatshirt details? Answer: the sweatshirt has the word brooklyn on it",
            "leak",
        ),
        Q.color("grey"),
        Q.pattern("graphic"),
        is_a("sweatshirt", "yes"),
        title="Highlander Men Charcoal Grey Printed Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: turquoise blue polo, white shorts, white backdrop. Caption: first-epoch adapter; open: QA spans, details
    # by the fallback ("she"); closed: reference engine.
    case(
        "X1156-044",
        caption("a man wearing a turquoise polo shirt and white shorts"),
        wearing("a turquoise polo shirt and white shorts"),
        color_of("polo shirt", "white", "other_garment_color", kind="open"),
        describe("polo shirt", "turquoise polo shirt"),
        details("polo shirt", "she is wearing a polo shirt with a collar and buttons", "pronoun"),
        Q.color("blue"),
        Q.sleeve_length("long", "contradiction"),
        title="Fila Men Turquoise Blue Solid Polo T-shirt",
        color="Turquoise Blue",
        category="Tshirts",
        gender="Men",
    ),
    # photo: off-white crew sweatshirt with three navy stripes across the chest, ribbed collar, cuffs and hem, navy
    # joggers, white backdrop; the feed row has no article type. Caption: first-epoch adapter; open: QA spans,
    # describe and details by the fallback; closed: reference engine.
    case(
        "X1156-045",
        caption("a man wearing a white sweatshirt with blue stripes and blue pants"),
        wearing("a white sweatshirt with blue stripes and blue pants"),
        color_of("sweatshirt", "white", kind="open"),
        describe("sweatshirt", "she is wearing a white sweatshirt with blue stripes", "pronoun"),
        details(
            "sweatshirt",
            "the sweatshirt has three blue stripes across the chest and a ribbed collar and ribbed cuffs and a ribbed "
            "hem and it is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("white"),
        Q.material("", "non_answer"),
        title="United Colors of Benetton Men Off White Striped Sweatshirt",
        color="Off White",
        gender="Men",
    ),
    # photo: a pack of three plain crew tees (black, grey, white) laid flat on a white backdrop, no model. Caption:
    # first-epoch adapter (invented a wooden table); open: QA spans; closed: reference engine.
    case(
        "X1156-046",
        caption("three t-shirts in black, grey and white on a wooden table", "unsupported"),
        wearing("three t-shirts in black, grey and white"),
        color_of("t-shirt", "black, grey and white", kind="open"),
        describe("t-shirt", "t-shirts", "restated"),
        Q.color("black"),
        Q.garment_type("t-shirt"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Campbell Men Pack of 3 Solid T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
]
