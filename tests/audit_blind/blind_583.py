"""BLIND_583 (46 products; Myntra menswear, base BLIP-2 OPT-2.7b zero-shot): written blind in the fifty-second session.
Measured blind at 97fda8d (the session's second rules): 108/127 failures found (85.0%) and 5/183 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual wear (t-shirts, polos, shirts, jeans, track pants, shorts, sweatshirts,
jackets). Catalog photos on a white backdrop, nearly all on a male model who also wears other garments (jeans under a
t-shirt, a tee under an open shirt or jacket); one flat lay and one lower-half crop. Seller columns as the feed has
them: title, category (article type), color (base colour), gender; a few rows lack one of them.

Who wrote what: everything was written by the untuned base Salesforce/blip2-opt-2.7b, zero-shot, with the
'Question: ... Answer:' prompt. Captions are free generation (max 50 new tokens); open answers (wearing, describe,
details, material, and the open color questions) are free generation at max_new_tokens 30; closed answers (garment
type, color, pattern, sleeve length, the closed color questions, the yes/no "Is this a ...?") come from enrich's
--engine reference, which picks one candidate, so they never loop or stop short. The base model mostly stops on the
newline, so it is short and terse: its habits are one color for every garment, the print's color for the garment,
"she" for pastel or pink garments, invented details (logos, linings, fabrics, pockets), a lone word for an open
question, and now and then a run-on that loops or reaches the 30-token limit, or a leaked "Answer:"/"Question:".

Labeling conventions and judgement calls:
- Labels follow the photo, not the seller: a shirt the seller calls Brown that looks maroon is maroon, so "maroon" is
  correct and "brown" (agreeing with the seller, against the photo and the other texts) is a contradiction.
- other_garment_color: a text gives garment X the color of another garment Y worn in the photo (the jeans' blue for
  the t-shirt, the t-shirt's grey for the pants), whichever of them is the product. The color of a print, logo or
  stripe given as the garment's color is a contradiction, not other_garment_color (a print is not another garment).
- A closed color that names a secondary color of the garment itself (the red chest band of a navy polo, the navy
  stripes of a white shirt) instead of its base color is a contradiction.
- Color names in one group are the same color: navy/blue, maroon/red, olive/army green/green, charcoal/grey,
  khaki/beige, mustard/yellow, turquoise/blue. Charcoal called black, lavender called pink, mustard called orange and
  turquoise called green cross groups and are contradictions.
- contradiction: a color, garment type, pattern, sleeve length, neckline or material that the photo, the seller's row
  or the other texts state otherwise (a v-neck for a round-neck tee, leather for a denim jacket, "jacket" for a shirt).
  unsupported: a detail nobody else states and the photo does not show (a hood, a fur collar, a lining, a back-pocket
  tab, "egyptian cotton", "recycled denim", snow behind the model, a basketball in his hands).
- A plain material guess that fits the garment and the title (cotton tee, denim jeans, cotton fleece sweatshirt,
  polyester Dri-FIT shorts) is correct; a specific fabric or finish claim nobody can see is unsupported.
- non_answer: a lone word (even a true one, like "white" or "nike") or yes/no to an open describe/details question,
  "nothing", or only the question's garment back ("the hoodie has a hood", "they are shorts"). A short answer that adds
  a fact ("the jeans are blue", "a blue t-shirt") is a correct answer.
- restated: the answer repeats the question or its phrase ("the shirt details are the shirt details", "describe the
  shorts", "the jacket is a jacket", "what material is the garment made of").
- leak: any "Question:" or "Answer:" of the prompt format inside the text, even when the rest of it is right.
- A text that ran to the 30-token limit (50 for captions) is labelled cut when it stops mid-phrase and loop when it
  repeats; hit_limit=True on both. A cut text that also invents details is labelled cut (one label per text).
- pronoun: "she"/"her" for a Men's product, and a caption's "a woman" for a male model; rows without gender use "he"
  and are not labelled.
- Side stripes on track pants count as a striped pattern; a graphic or text print is "graphic".
- One color for two garments is correct when both really are that color (black tee with black track pants).
"""

from tests.audit_corpus import BLIND_QUESTIONS as G
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_583 = [
    # photo: man in a navy blue round-neck t-shirt (plain) and light blue jeans, white backdrop, front view; base
    # blip2-opt-2.7b wrote every text (closed ones by the reference engine)
    case(
        "X583-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        wearing("a blue t-shirt and jeans", who="he"),
        color_of("t-shirt", "navy blue"),
        G.pattern("solid"),
        describe("t-shirt", "a navy blue t-shirt with a v-neck", "contradiction"),
        G.material("cotton"),
        details("t-shirt", "it has a pocket on the chest", "unsupported"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white t-shirt with a black abstract graphic print on the chest, black track pants, white backdrop,
    # front view; base blip2-opt-2.7b
    case(
        "X583-002",
        caption("a man in a white t-shirt with a black graphic print"),
        wearing("a white t-shirt and black pants", who="he"),
        G.color("black", "other_garment_color"),
        G.pattern("graphic"),
        describe("t-shirt", "white", "non_answer"),
        details("t-shirt", "the t-shirt has a graphic print on the front"),
        G.sleeve_length("short"),
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange polo with a two-button placket, navy chinos, white backdrop, front view; base
    # blip2-opt-2.7b
    case(
        "X583-003",
        caption("a man wearing a grey polo shirt and blue pants"),
        wearing("she is wearing a grey polo shirt", "pronoun", who="he"),
        G.garment_type("polo shirt"),
        color_of("polo shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        details("polo shirt", "the polo shirt has a collar and buttons"),
        G.material("cotton pique with a moisture wicking finish", "unsupported"),
        title="U.S. Polo Assn. Men Grey Melange Solid Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: blue-and-white checked full-sleeve shirt, sleeves rolled to the forearm, beige chinos, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X583-004",
        caption("a man wearing a blue and white checkered shirt"),
        wearing("a plaid shirt and khaki pants", who="he"),
        color_of("shirt", "blue"),
        G.pattern("checked"),
        describe("shirt", "a blue and white striped shirt with long sleeves", "contradiction"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        G.sleeve_length("long"),
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mid-blue skinny jeans, plain white t-shirt, white sneakers, full-length front view on white; base
    # blip2-opt-2.7b
    case(
        "X583-005",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("a white t-shirt and jeans Question: What is the color of the jeans? Answer: blue", "leak", who="he"),
        color_of("jeans", "white", "other_garment_color"),
        G.garment_type("jeans"),
        details("jeans", "the jeans are skinny fit with five pockets"),
        describe("jeans", "jeans", "non_answer"),
        G.material("denim"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black track pants with a white stripe down each side and a drawstring, plain grey t-shirt, white
    # backdrop, full-length; no pockets with zips visible; base blip2-opt-2.7b
    case(
        "X583-006",
        caption("a man wearing black track pants and a black t-shirt", "other_garment_color"),
        wearing("a grey shirt and black pants", who="he"),
        color_of("pants", "black"),
        G.pattern("striped"),
        details("pants", "the pants have a white stripe on the side"),
        describe(
            "pants",
            "black pants with a drawstring waist and zip pockets and a drawstring waist and zip pockets and a"
            " drawstring waist and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        title="Puma Men Black Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: olive cargo shorts with flap side pockets, plain white t-shirt, white sneakers, white backdrop; base
    # blip2-opt-2.7b
    case(
        "X583-007",
        caption("a man in a white shirt and white shorts", "other_garment_color"),
        wearing("a white t-shirt and shorts", who="he"),
        color_of("shorts", "green"),
        details("shorts", "they are shorts", "non_answer"),
        describe(
            "shorts",
            "the shorts are made of a lightweight fabric with a mesh lining and an elastic waistband",
            "unsupported",
        ),
        G.garment_type("shorts"),
        G.material("cotton"),
        title="Wrangler Men Olive Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon pullover hoodie with kangaroo pocket and white drawstrings (no zipper), black jeans, white
    # backdrop; base blip2-opt-2.7b
    case(
        "X583-008",
        caption("a man wearing a red hoodie and black jeans"),
        wearing("a hoodie", who="he"),
        color_of("hoodie", "maroon"),
        G.garment_type("sweatshirt"),
        describe("hoodie", "a red hoodie with a zipper in the front", "unsupported"),
        color_of("jeans", "maroon", "other_garment_color"),
        details("hoodie", "Answer: the hoodie has a kangaroo pocket and drawstrings", "leak"),
        title="HRX by Hrithik Roshan Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black denim jacket, button front, two flap chest pockets, open over a white t-shirt, blue jeans, white
    # backdrop; plain collar, no fur; base blip2-opt-2.7b
    case(
        "X583-009",
        caption("a man wearing a black denim jacket over a white t-shirt"),
        wearing("a black jacket, white t-shirt and blue jeans", who="he"),
        color_of("jacket", "white", "other_garment_color"),
        G.garment_type("jacket"),
        G.material("leather", "contradiction"),
        details("jacket", "i don't know", "non_answer"),
        describe("jacket", "a black jacket with a fur collar", "unsupported"),
        title="Roadster Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: plain white full-sleeve shirt, no pocket or logo, buttoned and untucked, dark blue jeans, white shirt
    # against the white backdrop; base blip2-opt-2.7b
    case(
        "X583-010",
        caption("a man in a white shirt and blue jeans"),
        wearing("he is wearing a white shirt and blue jeans", who="he"),
        color_of("shirt", "white"),
        color_of("jeans", "white", "other_garment_color"),
        G.pattern("solid"),
        describe("shirt", "a white shirt with a collar and a small embroidered logo on the pocket", "unsupported"),
        details("shirt", "Question: What are the shirt details? Answer: the shirt has a collar", "leak"),
        title="Mast & Harbour Men White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: red t-shirt with navy horizontal stripes, small embroidered flag logo on the chest, beige chinos, white
    # backdrop; base blip2-opt-2.7b
    case(
        "X583-011",
        caption("a man in a red and blue striped shirt"),
        wearing("a striped t-shirt and khaki pants", who="he"),
        color_of("t-shirt", "red"),
        G.pattern("solid", "contradiction"),
        G.sleeve_length("short"),
        describe("t-shirt", "she is wearing a red and blue striped t-shirt", "pronoun"),
        details("t-shirt", "the t-shirt has a tommy hilfiger logo on the chest"),
        G.material("what material is the garment made of", "restated"),
        title="Tommy Hilfiger Men Red & Navy Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: mustard yellow polo with navy tipping on the collar, navy shorts, white backdrop; base blip2-opt-2.7b
    case(
        "X583-012",
        caption("a man wearing a yellow polo shirt and blue shorts"),
        wearing("a yellow shirt and yellow shorts", "other_garment_color", who="he"),
        color_of("polo shirt", "orange", "contradiction"),
        details(
            "polo shirt",
            "the polo shirt has a blue collar and a blue collar and a blue collar and a blue collar and a blue"
            " collar and a blue",
            "loop",
            hit_limit=True,
        ),
        G.garment_type("t-shirt"),
        describe("polo shirt", "it's a polo shirt", "non_answer"),
        title="Classic Polo Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: black slim jeans with light distressing at the knees, plain olive t-shirt, white backdrop; base
    # blip2-opt-2.7b
    case(
        "X583-013",
        caption("a man in a green t-shirt and black jeans"),
        wearing("a green t-shirt and black ripped jeans", who="he"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        details("jeans", "the jeans are ripped at the knees"),
        describe(
            "jeans",
            "black jeans with a slim fit and a mid rise waist, the jeans are made of a stretchable denim fabric"
            " which gives them a comfortable fit and",
            "cut",
            hit_limit=True,
        ),
        G.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Mufti Men Black Slim Fit Mid-Rise Low Distress Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt (no hood) with "NIKE" printed in black on the chest, black track
    # pants, white backdrop; base blip2-opt-2.7b
    case(
        "X583-014",
        caption("a man wearing a grey sweatshirt with the word nike on it"),
        wearing("a grey sweatshirt and black pants", who="he"),
        G.color("grey"),
        G.pattern("solid", "contradiction"),
        describe("sweatshirt", "a grey sweatshirt with a hood", "unsupported"),
        details("sweatshirt", "nike", "non_answer"),
        G.sleeve_length("long"),
        title="Nike Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive green full-sleeve shirt worn open over a plain white t-shirt, blue jeans, white backdrop; base
    # blip2-opt-2.7b
    case(
        "X583-015",
        caption("a man wearing a green shirt over a white t-shirt and jeans"),
        wearing("a green jacket, white shirt and blue jeans", "contradiction", who="he"),
        color_of("shirt", "white", "other_garment_color"),
        G.color("green"),
        details("shirt", "the shirt is unbuttoned and worn over a white t-shirt"),
        G.sleeve_length("long"),
        G.material("100% linen with a soft enzyme wash", "unsupported"),
        title="Roadster Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy blue joggers with a drawstring and elastic ankle cuffs, plain white t-shirt, white sneakers,
    # white backdrop; base blip2-opt-2.7b
    case(
        "X583-016",
        caption("a man wearing a white t-shirt and blue joggers"),
        wearing("she is wearing a white shirt and blue pants", "pronoun", who="he"),
        color_of("pants", "navy blue"),
        G.garment_type("track pants"),
        details("pants", "the pants have a drawstring waist and elastic cuffs"),
        describe(
            "pants",
            "the pants are made by hrx and are designed for running in hot weather conditions with breathable",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black t-shirt with an orange and white "Superdry Japan" text print, grey jeans, white backdrop; base
    # blip2-opt-2.7b
    case(
        "X583-017",
        caption("a man wearing a black t-shirt with orange writing on it"),
        wearing("a black t-shirt and black jeans", "other_garment_color", who="he"),
        color_of("t-shirt", "orange", "contradiction"),
        G.pattern("graphic"),
        describe("t-shirt", "a black t-shirt with a japanese text print"),
        details("t-shirt", "the t-shirt has the word superdry printed on it in orange and white letters"),
        title="Superdry Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue washed denim shorts with a rolled hem, plain black t-shirt, white backdrop; base
    # blip2-opt-2.7b
    case(
        "X583-018",
        caption("a man wearing a black shirt and blue denim shorts"),
        wearing("a black shirt and denim shorts", who="he"),
        color_of("shorts", "black", "other_garment_color"),
        G.garment_type("jeans", "contradiction"),
        details("shorts", "the shorts have a rolled up hem"),
        describe("shorts", "yes", "non_answer"),
        G.material("denim"),
        title="Jack & Jones Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive bomber jacket, zipped halfway, ribbed collar and cuffs, no hood, over a black t-shirt, black
    # jeans, hands in pockets, white backdrop; lining not visible; base blip2-opt-2.7b
    case(
        "X583-019",
        caption("a man wearing a green jacket with a fur hood", "unsupported"),
        wearing("a green jacket and black pants", who="he"),
        color_of("jacket", "black", "other_garment_color"),
        describe("jacket", "a green bomber jacket with an orange lining", "unsupported"),
        details("jacket", "the jacket has a zipper and ribbed cuffs"),
        G.material("it is made of 100% nylon with a water resistant coating", "unsupported"),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: green t-shirt with a white Puma cat logo on the chest, black shorts, white backdrop, front view only;
    # base blip2-opt-2.7b
    case(
        "X583-020",
        caption("a man in a green puma t-shirt and black shorts"),
        wearing("a green shirt and black shorts", who="he"),
        G.color("green"),
        color_of("shorts", "green", "other_garment_color"),
        describe("t-shirt", "a green t-shirt with a white puma logo on the chest and on the back", "unsupported"),
        details(
            "t-shirt",
            "the t-shirt has a puma logo on the front and a puma logo on the back and a puma logo on the sleeve and"
            " a puma logo on the",
            "loop",
            hit_limit=True,
        ),
        G.sleeve_length("short"),
        title="Puma Men Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: a shirt that looks maroon/burgundy (the seller says Brown), button-down collar, one chest pocket, black
    # jeans, white backdrop; base blip2-opt-2.7b
    case(
        "X583-021",
        caption("a man in a maroon shirt and black jeans"),
        wearing("a red shirt and black pants", who="he"),
        color_of("shirt", "maroon"),
        G.garment_type("shirt"),
        describe("shirt", "a maroon shirt with a button down collar and a chest pocket"),
        details("shirt", "the shirt is brown", "contradiction"),
        title="John Players Men Brown Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: flat lay of a plain navy blue crew-neck sweatshirt with ribbed cuffs and hem, no stripes, on white; no
    # person; base blip2-opt-2.7b
    case(
        "X583-022",
        caption(
            "a navy blue sweatshirt on a white background with a navy blue sweatshirt on a white background with a"
            " navy blue sweatshirt on a white background with a navy blue sweatshirt on a white background with a"
            " navy blue",
            "loop",
            hit_limit=True,
        ),
        G.garment_type("sweatshirt"),
        G.color("navy blue"),
        describe("sweatshirt", "a blue sweatshirt with a white stripe on the sleeve", "unsupported"),
        details("sweatshirt", "the sweatshirt has ribbed cuffs and hem"),
        G.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="United Colors of Benetton Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light-wash blue slim jeans, navy polo tucked in, brown belt, front view on white (back pockets not
    # visible); base blip2-opt-2.7b
    case(
        "X583-023",
        caption("a man wearing a blue polo shirt and light blue jeans"),
        wearing("a blue shirt and jeans", who="he"),
        color_of("jeans", "light blue"),
        G.color("navy blue", "other_garment_color"),
        details("jeans", "levi's 511 slim fit jeans with a red tab on the back pocket", "unsupported"),
        describe("jeans", "the jeans are blue"),
        title="Levis Men 511 Light Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: white long-sleeve henley t-shirt with a three-button placket, blue jeans, white backdrop; base
    # blip2-opt-2.7b
    case(
        "X583-024",
        caption("a man in a white long sleeve shirt and blue jeans"),
        wearing("a white t-shirt and jeans", who="he"),
        G.sleeve_length("short", "contradiction"),
        G.garment_type("t-shirt"),
        describe("t-shirt", "a white henley t-shirt with buttons on the neck"),
        details("t-shirt", "what are the t-shirt details", "restated"),
        color_of("jeans", "white", "other_garment_color"),
        title="Roadster Men White Solid Henley T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: grey melange track pants with elastic waist and side pockets, plain black t-shirt, white backdrop; the
    # feed row has no gender; base blip2-opt-2.7b
    case(
        "X583-025",
        caption("a man wearing a black t-shirt and grey sweatpants"),
        wearing("a black shirt and gray sweatpants"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        G.garment_type("track pants"),
        details("pants", "the pants have an elastic waist and a zip pocket on the back", "unsupported"),
        describe("pants", "sweatpants", "non_answer"),
        title="Proline Men Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: mid-blue denim shirt with two flap chest pockets and snap buttons, beige chinos, front view on white;
    # base blip2-opt-2.7b
    case(
        "X583-026",
        caption("a man wearing a denim shirt and khaki pants"),
        wearing("a jean jacket and khaki pants", "contradiction", who="he"),
        color_of("shirt", "blue"),
        G.material("denim"),
        details("shirt", "the shirt has two chest pockets with flaps and snap buttons"),
        describe("shirt", "a blue denim shirt with a brown leather patch on the back", "unsupported"),
        color_of("pants", "blue", "other_garment_color"),
        title="Wrangler Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: colourblocked polo, navy body with a red chest band and a thin white stripe, white shorts, white
    # backdrop; base blip2-opt-2.7b
    case(
        "X583-027",
        caption("a man wearing a blue and red polo shirt and white shorts"),
        wearing("she is wearing a polo shirt and white shorts", "pronoun", who="he"),
        G.color("red", "contradiction"),
        G.pattern("color block"),
        describe("polo shirt", "a navy blue polo shirt with a red stripe across the chest"),
        details("polo shirt", "the polo shirt is a polo shirt", "restated"),
        color_of("shorts", "white"),
        title="Nautica Men Navy Blue & Red Colourblocked Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black athletic shorts with a white Nike swoosh on the left leg, plain grey t-shirt, empty hands, white
    # backdrop; base blip2-opt-2.7b
    case(
        "X583-028",
        caption("a man in a grey t-shirt and black shorts holding a basketball", "unsupported"),
        wearing("he is wearing a gray shirt and black shorts", who="he"),
        color_of("shorts", "black"),
        details("shorts", "the shorts have a white nike logo on the left leg"),
        G.material("polyester"),
        describe(
            "shorts",
            "black shorts with a white nike logo. Question: what is the color of the shirt? Answer: grey",
            "leak",
        ),
        title="Nike Men Black Dri-FIT Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: navy quilted puffer jacket with a hood, zipped up, black jeans, plain white studio backdrop; base
    # blip2-opt-2.7b
    case(
        "X583-029",
        caption("a man in a blue puffer jacket standing in the snow", "unsupported"),
        wearing("a blue jacket and black jeans", who="he"),
        G.garment_type("jacket"),
        details("jacket", "the jacket has a hood and a zipper"),
        describe("jacket", "the jacket is a jacket", "restated"),
        G.material("it is filled with goose down feathers", "unsupported"),
        G.color("black", "other_garment_color"),
        title="Fort Collins Men Navy Blue Solid Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey t-shirt with a large white bicycle print and "BEING HUMAN" below it, blue jeans, white
    # backdrop; base blip2-opt-2.7b
    case(
        "X583-030",
        caption("a man in a grey t-shirt with a bicycle on it"),
        wearing("a black t-shirt and blue jeans", "contradiction", who="he"),
        color_of("t-shirt", "grey"),
        G.pattern("graphic"),
        details("t-shirt", "the t-shirt has a bicycle printed on the front and the words being human"),
        describe("t-shirt", "he is wearing a grey t-shirt with a bike on it"),
        title="Being Human Men Charcoal Grey Printed T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: pale pink full-sleeve shirt with a button collar, navy chinos, white backdrop; base blip2-opt-2.7b
    case(
        "X583-031",
        caption("a man wearing a pink shirt and blue pants"),
        wearing("she is wearing a pink shirt and blue pants", "pronoun", who="he"),
        color_of("shirt", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        describe("shirt", "a light pink shirt with long sleeves and a button collar"),
        details("shirt", "it is a slim fit shirt made of egyptian cotton with mother of pearl buttons", "unsupported"),
        G.sleeve_length("long"),
        title="Arrow Sport Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: lower-half crop: mid-blue jeans with a zip fly and button, brown belt, hem of a grey t-shirt at the
    # waist, white sneakers, white backdrop; the feed row has no category; base blip2-opt-2.7b
    case(
        "X583-032",
        caption("a pair of blue jeans with a brown belt"),
        wearing("jeans and a belt", who="he"),
        color_of("jeans", "blue"),
        details("jeans", "the jeans have a zipper fly and a button closure"),
        describe(
            "jeans",
            "blue jeans with a brown belt and white sneakers and a brown belt and white sneakers and a brown belt and"
            " white sneakers and",
            "loop",
            hit_limit=True,
        ),
        G.material("stretch denim"),
        is_a("pair of track pants", "yes", "contradiction"),
        title="Flying Machine Men Blue Mid-Rise Clean Look Stretchable Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black pullover hoodie with "NYC" printed in white on the chest, blue jeans, white backdrop; base
    # blip2-opt-2.7b
    case(
        "X583-033",
        caption("a man wearing a black hoodie with nyc written on it"),
        wearing("a black jacket and jeans", "contradiction", who="he"),
        G.color("black"),
        G.pattern("graphic"),
        describe("hoodie", "a black hoodie with white letters on the front"),
        details("hoodie", "the hoodie has a hood", "non_answer"),
        G.material("it's made of wool", "unsupported"),
        title="Roadster Men Black Hooded Sweatshirt with Printed Detail",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: turquoise blue round-neck t-shirt with a small Fila logo on the chest, white shorts, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X583-034",
        caption("a man in a turquoise t-shirt and white shorts"),
        wearing("a green t-shirt and white shorts", "contradiction", who="he"),
        color_of("t-shirt", "green", "contradiction"),
        G.garment_type("t-shirt"),
        describe("t-shirt", "a blue t-shirt"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves and a small fila logo on the chest and the fila logo is"
            " on the",
            "cut",
            hit_limit=True,
        ),
        title="Fila Men Turquoise Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with a small white floral print, grey jeans, white backdrop; base
    # blip2-opt-2.7b
    case(
        "X583-035",
        caption("a man wearing a black shirt with white flowers"),
        wearing("a black floral shirt and grey jeans", who="he"),
        color_of("shirt", "black"),
        G.pattern("floral"),
        G.sleeve_length("long", "contradiction"),
        describe("shirt", "a black and white shirt with a floral print and short sleeves"),
        details("shirt", "the shirt has white polka dots", "contradiction"),
        title="Dennis Lingo Men Black Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: black track pants with three white side stripes, no pockets visible, worn with a plain black t-shirt
    # (both really black), white backdrop; base blip2-opt-2.7b
    case(
        "X583-036",
        caption("a man wearing black adidas pants and a black t-shirt"),
        wearing("a black shirt and black pants with white stripes", who="he"),
        color_of("pants", "black"),
        color_of("t-shirt", "black"),
        details("pants", "the pants have three white stripes down the side"),
        G.pattern("solid", "contradiction"),
        describe("pants", "black track pants with three white stripes and zip pockets", "unsupported"),
        title="Adidas Men Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: young male model with longish hair in a lavender crew-neck t-shirt, dark blue jeans, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X583-037",
        caption("a woman wearing a purple t-shirt and jeans", "pronoun"),
        wearing("a purple shirt and jeans", who="he"),
        color_of("t-shirt", "pink", "contradiction"),
        describe("t-shirt", "a light purple t-shirt with a crew neck"),
        details("t-shirt", "purple Question: what is the color of the jeans? Answer: blue", "leak"),
        G.material("cotton"),
        title="Jockey Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: tan suede biker jacket with an asymmetric silver zip, no belt, open over a white t-shirt, black jeans,
    # white backdrop; base blip2-opt-2.7b
    case(
        "X583-038",
        caption("a man wearing a brown leather jacket and black jeans"),
        wearing("he is wearing a brown jacket, a white t-shirt and black jeans", who="he"),
        color_of("jacket", "brown"),
        G.material("denim", "contradiction"),
        details(
            "jacket",
            "the jacket has a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and a zipper"
            " and a",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "the jacket is tan with silver zippers and a belted waist", "unsupported"),
        G.garment_type("jacket"),
        title="Roadster Men Tan Brown Solid Suede Biker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: khaki chino shorts with belt loops and side pockets, navy polo, brown loafers, white backdrop; base
    # blip2-opt-2.7b
    case(
        "X583-039",
        caption("a man in a blue polo shirt and khaki shorts"),
        wearing("a blue shirt and beige shorts", who="he"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        G.color("beige"),
        details("shorts", "the shorts have belt loops and side pockets"),
        describe("shorts", "describe the shorts", "restated"),
        G.material("cotton Answer: cotton", "leak"),
        title="Marks & Spencer Men Khaki Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: plain olive (army green) round-neck t-shirt, black joggers, white backdrop; base blip2-opt-2.7b
    case(
        "X583-040",
        caption("a man wearing an army green t-shirt and green pants", "other_garment_color"),
        wearing("a green shirt and black pants", who="he"),
        G.color("olive"),
        G.garment_type("shirt", "contradiction"),
        describe("t-shirt", "olive green t-shirt"),
        details("t-shirt", "nothing", "non_answer"),
        color_of("pants", "olive", "other_garment_color", kind="open"),
        title="HRX by Hrithik Roshan Men Olive Solid Slim Fit Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white shirt with thin navy vertical stripes, button-down collar, left chest pocket, sleeves rolled to
    # the elbow, beige chinos, white backdrop; base blip2-opt-2.7b
    case(
        "X583-041",
        caption("a man in a blue and white striped shirt and khaki pants"),
        wearing("a striped shirt and khaki pants", who="he"),
        G.color("blue", "contradiction"),
        G.pattern("striped"),
        color_of("pants", "white", "other_garment_color"),
        describe("shirt", "a white shirt with blue stripes and rolled up sleeves"),
        details(
            "shirt",
            "the shirt has a button down collar and a pocket on the left side of the chest and the sleeves are rolled"
            " up to the",
            "cut",
            hit_limit=True,
        ),
        title="Peter England Men White & Navy Blue Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: plain mustard yellow crew-neck pullover sweatshirt with ribbed cuffs, no logo, blue jeans, white
    # backdrop; base blip2-opt-2.7b
    case(
        "X583-042",
        caption("a man in a yellow sweatshirt and blue jeans"),
        wearing("she is wearing a yellow sweatshirt and jeans", "pronoun", who="he"),
        color_of("sweatshirt", "yellow"),
        G.sleeve_length("long"),
        describe("sweatshirt", "a mustard yellow sweatshirt with a crew neck and ribbed cuffs"),
        details("sweatshirt", "the sweatshirt has a wrogn logo on the chest in black letters", "unsupported"),
        G.material("cotton fleece"),
        title="WROGN Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: royal blue t-shirt with a white "LEE 1889" print, black jeans, white backdrop; the feed row has no
    # color; base blip2-opt-2.7b
    case(
        "X583-043",
        caption("a man wearing a blue t-shirt with lee written on it"),
        wearing("a blue t-shirt with white writing", who="he"),
        color_of("t-shirt", "white", "contradiction"),
        details("t-shirt", "the t-shirt has the lee logo and the year 1889 on the front"),
        describe("t-shirt", "blue", "non_answer"),
        color_of("jeans", "blue", "other_garment_color"),
        G.sleeve_length("short"),
        title="Lee Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: grey skinny jeans, black leather jacket over a white t-shirt, white backdrop; base blip2-opt-2.7b
    case(
        "X583-044",
        caption("a man in a black leather jacket and black jeans", "other_garment_color"),
        wearing("a black jacket and grey jeans", who="he"),
        color_of("jeans", "black", "other_garment_color"),
        details(
            "jeans",
            "the jeans are skinny and low rise with a five pocket design and a zip fly with a button closure and a"
            " slight fade on the",
            "cut",
            hit_limit=True,
        ),
        describe("jeans", "grey jeans made from recycled denim", "unsupported"),
        G.garment_type("jeans"),
        title="SPYKAR Men Grey Skinny Fit Low-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: white polo with a small green crocodile logo and a two-button placket, khaki shorts, white backdrop;
    # base blip2-opt-2.7b
    case(
        "X583-045",
        caption("a man in a white polo shirt with a green crocodile logo"),
        wearing("she is wearing a white polo shirt and khaki shorts", "pronoun", who="he"),
        color_of("polo shirt", "white"),
        G.pattern("solid"),
        details("polo shirt", "it has a green crocodile logo on the chest and two buttons"),
        describe("polo shirt", "white", "non_answer"),
        color_of("shorts", "green", "contradiction"),
        title="Lacoste Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue denim trucker jacket with button flap chest pockets, open over a black hoodie (hood out),
    # black jeans, white backdrop; base blip2-opt-2.7b
    case(
        "X583-046",
        caption("a man wearing a denim jacket over a black hoodie"),
        wearing("a jean jacket, a black hoodie and black jeans", who="he"),
        color_of("jacket", "black", "other_garment_color"),
        G.garment_type("sweatshirt", "contradiction"),
        details("jacket", "the jacket details are on the jacket", "restated"),
        describe("jacket", "a light blue denim jacket"),
        G.material("denim"),
        title="Levis Men Blue Trucker Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
]
