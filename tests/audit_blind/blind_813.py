"""BLIND_813 (46 products; older Myntra women's western wear, captions + QA): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 119/145 failures found (82.1%) and 7/208 correct texts flagged
(3.4%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind: short product names ("Vero Moda Women Black Top"),
women's western wear only (tops, t-shirts, shirts, dresses, skirts, jeans, trousers, shorts, jackets, a sweater,
a sweatshirt, a jumpsuit). 224x224 catalog shots, a model on a white or light grey studio backdrop, front view,
almost always wearing a second garment (jeans under a top, a tee under a jacket or tucked into a skirt). The seller
columns are the old feed's: title, category (article type), color (base colour), gender; one row lacks its color,
one its category, one its gender, as the old feed has them.

Who wrote what: the night ran the third experiment's pipeline. Captions: the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch) for 34 products; it writes the DeepFashion template ("The
lady wears a ... with pure color patterns. The top is with cotton fabric.") but still names hues from the base
model. It still stops on the newline most of the time after one epoch of q/k LoRA, but more than one caption in
three runs to the 50-token limit and either loops on a template phrase or is cut mid-sentence; it defaults to "cotton
fabric", invents pockets, belts and hoods, says "gentleman"/"his" for women now and then, and a few times writes
on into a "Question: ... Answer: ..." pair it learned from the unmasked prompt. The other 12 products (a second
shard run with --adapter none) have untuned base BLIP-2 captions: one short line ("a woman in a pink shirt and
black pants"), no materials, navy read as black, once a woman read as a man. Open answers (what is she wearing,
the color of a named garment, describe, details, material) are extractive spans that mdeberta-v3-base-squad2 took
from that caption, so they are always a substring of it, or empty when squad2 chose no answer; a span can pick
the other garment's hue, run into a loop, end where the caption was cut, or carry the leak. Closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference: one
candidate value each, never looping or cut.

Labeling conventions and judgement calls:
- One label per text: the failure a reader would name first. A caption that ran to the limit and ends mid-phrase
  is "cut", one that repeats a phrase to the limit is "loop", even when it also holds a wrong detail.
- hit_limit=True only on captions that ran to the 50-token limit. An extractive span taken from the end of such
  a caption is labeled "cut" (or "loop") but has hit_limit False: the QA model did not run out of tokens.
- An open color answer that gives the product the hue of another garment in the photo is "other_garment_color";
  a closed color answer that picks another garment's hue, print or logo color is "contradiction" (the kind is
  defined for open answers); giving the second garment the product's hue ("pink" pants under a pink shirt) is
  "contradiction" too, as is an accessory's color (a bag) given to a garment.
- A pattern word given for a color ("striped", "floral", "pure color"), an empty span, an off-topic span (the wall,
  "posing for a picture") and a bare one-word answer to an open details question ("lace", "bomber", "pink") are
  "non_answer", even when the one word is true of the photo. A one-word material answer is not: that question
  wants one word.
- "restated": the span only echoes the question's wording: "The top" for "Describe the top.", "The lady wears"
  for "What is she wearing?", "The shorts this lady wears are of short length" for the shorts' details. A
  tautology like "The shorts are of short length" for "Describe the shorts." is "non_answer".
- Materials: counted correct where the photo shows the fabric (denim, knit, lace, sheer chiffon, faux leather,
  jersey tees, matte cotton poplin) or the title names it; the template's default "cotton" for a visibly satin,
  technical or georgette fabric is "unsupported"; the tee's "cotton" or the shorts' "denim" given to the product
  is "contradiction". Invented pockets, belts, hoods, bags, buttons on a back the front view cannot show are
  "unsupported".
- Free text calling a knit top or a t-shirt a "shirt" is everyday English and counted correct; a closed garment
  type outside the seller's family (dress for a long top, shirt for a shirt dress or a t-shirt, dress for a
  jumpsuit, top for an open check shirt over a tank) is "contradiction".
- Shades inside one family are correct: yellow for mustard, pink for peach, green for olive, tan for beige, blue
  for navy or turquoise, navy for a Navy Blue row. Navy called black is a contradiction.
- The caption's true statements about the other garment (the tee under the jacket, the jeans) are correct answers
  to "What is she wearing?" even when the product is the jacket or the jeans.
- Pronoun failures are only set on rows whose gender column says Women; the row without gender has none.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_813 = [
    # photo: pink sleeveless sheer chiffon top with a ruffled round neckline, blue skinny jeans, white backdrop, front
    # view. Caption: epoch-1 caption adapter (stopped on newline); open answers: mdeberta spans; closed: reference.
    case(
        "X813-001",
        caption(
            "The lady wears a pink sleeveless top with pure color patterns. The top is with chiffon fabric and it has "
            "a round neckline. The lady wears long blue jeans with denim fabric."
        ),
        wearing("a pink sleeveless top with pure color patterns", who="she"),
        color_of("top", "pink", kind="open"),
        details("top", "it has a round neckline"),
        describe("top", "The top", "restated"),
        Q.material("chiffon"),
        Q.garment_type("top"),
        color_of("jeans", "blue", kind="open"),
        title="Tokyo Talkies Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black long-sleeve top with a sheer lace yoke, round neck, white jeans, thin bracelet, white backdrop.
    # Caption: epoch-1 adapter, ran to the 50-token limit; open answers: mdeberta spans; closed: reference.
    case(
        "X813-002",
        caption(
            "The lady wears a black long-sleeve top with pure color patterns. The top is with lace fabric and its "
            "neckline is round. The lady wears long white pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a black long-sleeve top", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details("top", "There is an accessory on her", "cut"),
        Q.sleeve_length("long sleeves"),
        Q.color("black"),
        Q.material("lace"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy top with small white polka dots, short sleeves, round neck, tucked into beige wide trousers, white
    # backdrop. Caption: untuned base BLIP-2; open answers: mdeberta spans; closed: reference.
    case(
        "X813-003",
        caption("a woman wearing a blue polka dot top and beige pants"),
        wearing("a blue polka dot top and beige pants", who="she"),
        color_of("top", "beige", "other_garment_color", kind="open"),
        details("top", "polka dot"),
        describe("top", "blue polka dot top"),
        color_of("pants", "beige", kind="open"),
        Q.pattern("polka dot"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("", "non_answer"),
        title="Mango Women Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black georgette top with a red floral print, three-quarter sleeves, round neck, mid-blue jeans, white
    # backdrop. Caption: epoch-1 adapter, looped to the limit; open answers: mdeberta spans; closed: reference.
    case(
        "X813-004",
        caption(
            "The lady wears a black top with floral patterns. The top is with cotton fabric. It has long sleeves, a "
            "round neckline, a round neckline, a round neckline, a round neckline, a round neckline, a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a black top with floral patterns", who="she"),
        color_of("top", "black", kind="open"),
        details("top", "long sleeves, a round neckline, a round neckline, a round neckline, a round neckline", "loop"),
        describe("top", "a round neckline, a round neckline, a round neckline, a round neckline, a round", "loop"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton", "unsupported"),
        color_of("jeans", "black", "contradiction", kind="open"),
        title="Remanika Women Printed Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard cold-shoulder top, short sleeves, round neck, matte woven fabric, black trousers, white
    # backdrop, front view only. Caption: epoch-1 adapter; open answers: mdeberta spans; closed: reference.
    case(
        "X813-005",
        caption(
            "The lady wears a yellow short-sleeve top with pure color patterns. The top is with cotton fabric. The "
            "neckline of it is round. The lady wears long black trousers. There are buttons on the back of the top.",
            "unsupported",
        ),
        wearing("a yellow short-sleeve top", who="she"),
        color_of("top", "black", "other_garment_color", kind="open"),
        details("top", "There are buttons on the back of the top", "unsupported"),
        Q.color("mustard"),
        describe("top", "yellow short-sleeve top with pure color patterns"),
        is_a("dress", "no"),
        title="Harpa Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white peplum top with short flutter sleeves, black skinny jeans, a tan handbag in her hand, light grey
    # backdrop. Caption: epoch-1 adapter, wrote on into a question/answer pair; open: mdeberta spans; closed: reference.
    case(
        "X813-006",
        caption(
            "The lady wears a white short-sleeve top with pure color patterns. She is holding a brown bag. Question: "
            "what is the color of the bag? Answer: brown",
            "leak",
        ),
        wearing("a white short-sleeve top with pure color patterns", who="she"),
        color_of("top", "brown", "contradiction", kind="open"),
        details("top", "Question: what is the color of the bag? Answer: brown", "leak"),
        Q.garment_type("top"),
        Q.sleeve_length("short sleeves"),
        describe("top", "white short-sleeve top"),
        Q.material("", "non_answer"),
        title="FabAlley Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: maroon satin wrap top, long sleeves, V neck, black slim trousers, white backdrop.
    # Caption: epoch-1 adapter (called her a gentleman); open answers: mdeberta spans; closed: reference.
    case(
        "X813-007",
        caption(
            "The gentleman wears a maroon long-sleeve top with pure color patterns. The top is with cotton fabric and "
            "it has a v-shape neckline. His pants are long black trousers.",
            "pronoun",
        ),
        wearing("The gentleman wears a maroon long-sleeve top", "pronoun", who="she"),
        color_of("top", "maroon", kind="open"),
        details("top", "it has a v-shape neckline"),
        Q.material("cotton", "unsupported"),
        describe("top", "maroon long-sleeve top with pure color patterns"),
        Q.sleeve_length("long sleeves"),
        title="Sera Women Maroon Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: white boat-neck top with navy horizontal stripes, three-quarter sleeves, blue denim shorts, white
    # backdrop. Caption: untuned base BLIP-2; open answers: mdeberta spans; closed: reference.
    case(
        "X813-008",
        caption("a woman wearing a striped shirt and denim shorts"),
        wearing("a striped shirt and denim shorts", who="she"),
        color_of("top", "striped", "non_answer", kind="open"),
        Q.color("white"),
        Q.pattern("striped"),
        details("top", "striped"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("shirt", "yes", "contradiction"),
        title="Kraus Women Striped White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: olive sleeveless top in matte cotton poplin, V neck, button placket down the front, white shorts, white
    # backdrop. Caption: epoch-1 adapter, ran to the limit; open answers: mdeberta spans; closed: reference.
    case(
        "X813-009",
        caption(
            "The lady wears a green sleeveless top with pure color patterns. The top is with cotton fabric and it has "
            "a v-shape neckline. There are buttons on the front. The lady wears white shorts with pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears", "restated", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details("top", "There are buttons on the front"),
        Q.color("olive"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        title="Miss Chase Women Green Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: peach satin-finish short-sleeve top with a lace trim at the hem, round neck, blue jeans, white backdrop.
    # Caption: epoch-1 adapter, cut at the limit; open answers: mdeberta spans; closed: reference.
    case(
        "X813-010",
        caption(
            "The lady wears a pink short-sleeve top with pure color patterns. The top is with cotton fabric and it has "
            "a round neckline. There is lace on the hem of the top. The lady wears long blue jeans with denim fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink short-sleeve top", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details("top", "There is lace on the hem of the top"),
        describe("top", "pink short-sleeve top with pure color patterns"),
        color_of("jeans", "blue jeans with denim fabric and", "cut", kind="open"),
        Q.color("peach"),
        Q.material("cotton", "unsupported"),
        title="Chemistry Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: long grey melange knit top reaching mid-thigh, long sleeves, round neck, a knot at the front hem, black
    # leggings, white backdrop, front view only. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference.
    case(
        "X813-011",
        caption(
            "The lady wears a grey long-sleeve top with pure color patterns. The top is with knitting fabric. It has "
            "a round neckline and a knot at the front. There is a zipper on the back. The lady wears black "
            "leggings.",
            "unsupported",
        ),
        wearing("a grey long-sleeve top", who="she"),
        color_of("top", "grey", kind="open"),
        details("top", "a knot at the front"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("long sleeves"),
        color_of("leggings", "grey", "contradiction", kind="open"),
        is_a("dress", "yes", "contradiction"),
        Q.material("knitting fabric"),
        title="Elle Women Grey Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: turquoise sleeveless high-neck top, white straight trousers, white backdrop (the feed row has no color).
    # Caption: untuned base BLIP-2; open answers: mdeberta spans; closed: reference.
    case(
        "X813-012",
        caption("a woman in a blue top and white pants standing in front of a white wall"),
        wearing("a blue top and white pants", who="she"),
        color_of("top", "blue", kind="open"),
        details("top", "standing in front of a white wall", "non_answer"),
        Q.color("turquoise"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("top", "a blue top"),
        color_of("pants", "blue", "contradiction", kind="open"),
        title="People Women Blue Top",
        category="Tops",
        gender="Women",
    ),
    # photo: grey jersey t-shirt with a small pink Puma cat logo on the chest, round neck, black track pants, white
    # backdrop. Caption: epoch-1 adapter; open answers: mdeberta spans; closed: reference.
    case(
        "X813-013",
        caption(
            "The lady wears a grey short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The lady wears long black pants. There is a pink logo on the chest."
        ),
        wearing("a grey short-sleeve T-shirt with pure color patterns", who="she"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details("t-shirt", "There is a pink logo on the chest"),
        describe("t-shirt", "The T-shirt", "restated"),
        Q.color("pink", "contradiction"),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Puma Women Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: black Dri-FIT training tee in shiny mesh fabric with a white swoosh, grey running shorts, white backdrop.
    # Caption: epoch-1 adapter, looped to the limit; open answers: mdeberta spans; closed: reference.
    case(
        "X813-014",
        caption(
            "The lady wears a black short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. "
            "The",
            "loop",
            hit_limit=True,
        ),
        wearing("a black short-sleeve T-shirt", who="she"),
        color_of("t-shirt", "black", kind="open"),
        Q.material("cotton", "unsupported"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric",
            "loop",
        ),
        Q.garment_type("t-shirt"),
        color_of("shorts", "black", "contradiction", kind="open"),
        title="Nike Women Black Dri-FIT T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: white crew-neck t-shirt, mid-blue jeans, sunglasses pushed up on her short hair, white backdrop.
    # Caption: untuned base BLIP-2 (read her as a man); open answers: mdeberta spans; closed: reference.
    case(
        "X813-015",
        caption("a man wearing a white t-shirt and jeans with sunglasses on his head", "pronoun"),
        wearing("a white t-shirt and jeans", who="she"),
        color_of("t-shirt", "white", kind="open"),
        details("t-shirt", "sunglasses on his head", "contradiction"),
        color_of("jeans", "white", "contradiction", kind="open"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        Q.color("white"),
        title="United Colors of Benetton Women White T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: red t-shirt with white "BROOKLYN" text print on the chest, round neck, blue denim shorts, white
    # backdrop. Caption: epoch-1 adapter, wrote on into a question/answer pair; open: mdeberta spans; closed: reference.
    case(
        "X813-016",
        caption(
            "The lady wears a red short-sleeve T-shirt with graphic patterns. The lady wears blue denim shorts. There "
            "is a white text on the chest. Question: What is the T-shirt made of? Answer: cotton",
            "leak",
        ),
        wearing("a red short-sleeve T-shirt with graphic patterns", who="she"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details("t-shirt", "There is a white text on the chest"),
        Q.pattern("graphic"),
        Q.material("denim", "contradiction"),
        Q.garment_type("t-shirt"),
        title="Roadster Women Red Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: navy t-shirt with three white stripes over the shoulders, round neck, black tights, white backdrop.
    # Caption: epoch-1 adapter (called her a man); open answers: mdeberta spans; closed: reference.
    case(
        "X813-017",
        caption(
            "The man wears a navy short-sleeve T-shirt with pure color patterns. There are three white stripes on the "
            "shoulders. He wears black leggings.",
            "pronoun",
        ),
        wearing("a navy short-sleeve T-shirt", who="she"),
        color_of("t-shirt", "navy", kind="open"),
        details("t-shirt", "three white stripes on the shoulders"),
        Q.pattern("solid"),
        Q.color("white", "contradiction"),
        color_of("leggings", "black", kind="open"),
        describe("t-shirt", "He wears black leggings", "pronoun"),
        title="Adidas Women Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow V-neck t-shirt, light blue jeans, model posing with a hand on her hip, white backdrop.
    # Caption: untuned base BLIP-2; open answers: mdeberta spans; closed: reference.
    case(
        "X813-018",
        caption("a woman in a yellow shirt and jeans posing for a picture"),
        wearing("a yellow shirt and jeans", who="she"),
        color_of("t-shirt", "yellow", kind="open"),
        details("t-shirt", "posing for a picture", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("shirt", "contradiction"),
        describe("t-shirt", "yellow shirt"),
        title="Jealous 21 Women Yellow T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: purple cotton t-shirt with a cartoon cat print on the front, round neck, black jeans, white backdrop.
    # Caption: epoch-1 adapter, cut at the limit; open answers: mdeberta spans; closed: reference.
    case(
        "X813-019",
        caption(
            "The lady wears a purple short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. There is a cartoon cat on the front of the T-shirt. The lady wears long "
            "black jeans with",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple short-sleeve T-shirt with graphic patterns", who="she"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details("t-shirt", "There is a cartoon cat on the front of the T-shirt"),
        color_of("jeans", "black jeans with", "cut", kind="open"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.color("purple"),
        describe("t-shirt", "The T-shirt", "restated"),
        title="Tantra Women Printed Purple T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: white formal cotton shirt, long sleeves, spread collar, button front, no pockets, grey trousers, a
    # wristwatch, white backdrop. Caption: epoch-1 adapter; open answers: mdeberta spans; closed: reference.
    case(
        "X813-020",
        caption(
            "The lady wears a white long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel collar. There are two pockets on the chest. The lady wears long grey trousers. There is "
            "a watch on her wrist.",
            "unsupported",
        ),
        wearing("a white long-sleeve shirt", who="she"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("shirt", "two pockets on the chest", "unsupported"),
        describe("shirt", "The shirt", "restated"),
        Q.sleeve_length("long sleeves"),
        Q.color("white"),
        Q.material("cotton"),
        title="Arrow Woman White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: blue and navy checked shirt with two chest pockets, sleeves rolled to the elbow, worn open over a white
    # tank top, blue jeans, white backdrop. Caption: epoch-1 adapter; open answers: mdeberta spans; closed: reference.
    case(
        "X813-021",
        caption(
            "The lady wears a blue long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel collar. There are two pockets on the chest. There is a white tank top under the shirt. The lady "
            "wears blue jeans."
        ),
        wearing("a blue long-sleeve shirt with lattice patterns", who="she"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        details("shirt", "There are two pockets on the chest"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        Q.garment_type("top", "contradiction"),
        title="Wrangler Women Blue Check Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: light pink formal shirt, long sleeves, black trousers, white backdrop.
    # Caption: untuned base BLIP-2; open answers: mdeberta spans; closed: reference.
    case(
        "X813-022",
        caption("a woman in a pink shirt and black pants"),
        wearing("a pink shirt and black pants", who="she"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", "contradiction", kind="open"),
        details("shirt", "pink", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        Q.color("black", "contradiction"),
        title="Van Heusen Woman Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: light blue denim shirt with two flap pockets on the chest, long sleeves, white jeans, white backdrop.
    # Caption: epoch-1 adapter, looped to the limit; open answers: mdeberta spans; closed: reference.
    case(
        "X813-023",
        caption(
            "The lady wears a blue long-sleeve shirt with denim fabric. It has a lapel collar and two pockets on the "
            "chest, two pockets on the chest, two pockets on the chest, two pockets on the chest, two pockets",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue long-sleeve shirt with denim fabric", who="she"),
        color_of("shirt", "blue", kind="open"),
        details("shirt", "two pockets on the chest, two pockets on the chest, two pockets on the chest", "loop"),
        Q.material("denim"),
        Q.color("blue"),
        describe("shirt", "It has a lapel collar"),
        Q.garment_type("jacket", "contradiction"),
        title="Levis Women Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black sleeveless skater dress in glossy satin, knee length, round neck, black heels, white backdrop.
    # Caption: epoch-1 adapter; open answers: mdeberta spans; closed: reference.
    case(
        "X813-024",
        caption(
            "The lady wears a black sleeveless dress with pure color patterns. The dress is with cotton fabric and it "
            "has a round neckline. The dress is of knee length. She wears a pair of high heels.",
            "unsupported",
        ),
        wearing("a black sleeveless dress", who="she"),
        color_of("dress", "black", kind="open"),
        details("dress", "The dress is of knee length"),
        describe("dress", "The dress", "restated"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        title="Dressberry Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red maxi dress in light chiffon with a small white floral print, short sleeves, V neck, self-tie at the
    # waist, white backdrop. Caption: epoch-1 adapter, cut at the limit; open: mdeberta spans; closed: reference.
    case(
        "X813-025",
        caption(
            "The lady wears a red short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has "
            "a v-shape neckline. The dress is of long length. There is a belt at the waist of the dress. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a red short-sleeve dress with floral patterns", who="she"),
        color_of("dress", "red", kind="open"),
        details("dress", "There is a belt at the waist of the dress. The", "cut"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.color("white", "contradiction"),
        is_a("skirt", "no"),
        title="Mast & Harbour Women Red Printed Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: navy lace sheath dress, three-quarter sleeves, knee length, nude heels, white backdrop, clearly navy.
    # Caption: untuned base BLIP-2 (navy read as black); open answers: mdeberta spans; closed: reference.
    case(
        "X813-026",
        caption("a woman in a black lace dress standing in front of a white background", "contradiction"),
        wearing("a black lace dress", "contradiction", who="she"),
        color_of("dress", "black", "contradiction", kind="open"),
        details("dress", "lace", "non_answer"),
        Q.color("navy blue"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("lace"),
        title="Forever New Women Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white midi dress with a multicolour tropical leaf print (green, orange, pink), spaghetti straps, V neck,
    # no bag or other props, white backdrop. Caption: epoch-1 adapter; open answers: mdeberta spans; closed: reference.
    case(
        "X813-027",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and it has a "
            "v-shape neckline. The dress is of long length. There is a bag on her shoulder.",
            "unsupported",
        ),
        wearing("a sleeveless dress with floral patterns", who="she"),
        color_of("dress", "floral", "non_answer", kind="open"),
        details("dress", "There is a bag on her shoulder", "unsupported"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        title="Mango Women Printed Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: green shirt dress with a spread collar, long sleeves, a fabric belt, knee length, white backdrop.
    # Caption: epoch-1 adapter, wrote on into a question/answer pair; open: mdeberta spans; closed: reference.
    case(
        "X813-028",
        caption(
            "The lady wears a green long-sleeve dress with pure color patterns. The dress has a lapel collar and a "
            "belt. Question: What is the lady wearing? Answer: a green dress",
            "leak",
        ),
        wearing("a green long-sleeve dress", who="she"),
        color_of("dress", "green", kind="open"),
        details("dress", "a lapel collar and a belt"),
        describe("dress", "Question: What is the lady wearing? Answer: a green dress", "leak"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Vero Moda Women Green Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black pleated georgette midi skirt, a white cotton t-shirt tucked in, white sneakers, white backdrop.
    # Caption: epoch-1 adapter, looped to the limit; open answers: mdeberta spans; closed: reference.
    case(
        "X813-029",
        caption(
            "The lady wears a white short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The lady wears a black long skirt with pleated patterns. The skirt is with chiffon fabric. The skirt is "
            "with chiffon fabric. The skirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("a white short-sleeve T-shirt with pure color patterns", who="she"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        details("skirt", "pleated patterns"),
        Q.color("black"),
        Q.garment_type("skirt"),
        Q.material("cotton", "contradiction"),
        describe("skirt", "black long skirt with pleated patterns"),
        title="Miss Chase Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: beige A-line mini skirt with a row of front buttons, black fitted top, white backdrop.
    # Caption: untuned base BLIP-2; open answers: mdeberta spans; closed: reference.
    case(
        "X813-030",
        caption("a woman in a black top and a tan skirt"),
        wearing("a black top and a tan skirt", who="she"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        details("skirt", "a tan skirt", "non_answer"),
        Q.color("beige"),
        Q.pattern("solid"),
        is_a("skirt", "yes"),
        title="Mango Women Beige Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: pink knee-length flared skirt with a white-flower and green-leaf print, white sleeveless top tucked in,
    # white backdrop. Caption: epoch-1 adapter, looped to the limit; open: mdeberta spans; closed: reference.
    case(
        "X813-031",
        caption(
            "The lady wears a white sleeveless top with pure color patterns. The lady wears a pink skirt with floral "
            "patterns. The skirt is with floral patterns, floral patterns, floral patterns, floral patterns, floral "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("a white sleeveless top", who="she"),
        color_of("skirt", "pink", kind="open"),
        details("skirt", "floral patterns, floral patterns, floral patterns, floral patterns, floral patterns", "loop"),
        Q.pattern("floral"),
        Q.color("pink"),
        describe("skirt", "a pink skirt with floral patterns"),
        Q.material("", "non_answer"),
        title="Tokyo Talkies Women Pink Floral Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans with rivets, no belt, grey t-shirt untucked over the waistband, white backdrop.
    # Caption: epoch-1 adapter; open answers: mdeberta spans; closed: reference.
    case(
        "X813-032",
        caption(
            "The lady wears a grey short-sleeve T-shirt with pure color patterns. The lady wears long blue jeans. The "
            "jeans are with denim fabric and solid color patterns. There are rivets and a belt on the jeans.",
            "unsupported",
        ),
        wearing("a grey short-sleeve T-shirt", who="she"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        details("jeans", "rivets and a belt", "unsupported"),
        describe("jeans", "The jeans", "restated"),
        Q.material("denim"),
        Q.garment_type("jeans"),
        Q.color("blue"),
        title="Levis Women Blue Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black skinny jeans with ripped knees, white long-sleeve shirt, white backdrop.
    # Caption: epoch-1 adapter (called her a gentleman); open answers: mdeberta spans; closed: reference.
    case(
        "X813-033",
        caption(
            "The gentleman wears a white long-sleeve shirt with pure color patterns. His pants are long black jeans "
            "with denim fabric. There are holes on the knees of the jeans.",
            "pronoun",
        ),
        wearing("a white long-sleeve shirt", who="she"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "There are holes on the knees of the jeans"),
        describe("jeans", "His pants are long black jeans with denim fabric", "pronoun"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("denim"),
        title="Pepe Jeans Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: dark navy straight-leg jeans, pink top, hands empty, no bag, white backdrop.
    # Caption: untuned base BLIP-2; open answers: mdeberta spans; closed: reference.
    case(
        "X813-034",
        caption("a woman wearing a pink top and jeans holding a purse", "unsupported"),
        wearing("a pink top and jeans", who="she"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        details("jeans", "jeans", "non_answer"),
        describe("jeans", "holding a purse", "unsupported"),
        Q.color("navy blue"),
        Q.garment_type("jeans"),
        title="Lee Women Navy Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey washed skinny jeans with front pockets, black t-shirt, white backdrop, front view.
    # Caption: epoch-1 adapter, cut at the limit; open answers: mdeberta spans; closed: reference.
    case(
        "X813-035",
        caption(
            "The lady wears a black short-sleeve T-shirt with pure color patterns. The lady wears long grey jeans. "
            "The jeans are with denim fabric and solid color patterns. There are pockets on the front and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black short-sleeve T-shirt", who="she"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "There are pockets on the front and the", "cut"),
        Q.color("grey"),
        Q.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Deal Jeans Women Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: beige cotton-twill formal trousers, white long-sleeve shirt tucked in, a thin brown belt, white backdrop.
    # Caption: epoch-1 adapter; open answers: mdeberta spans; closed: reference.
    case(
        "X813-036",
        caption(
            "The lady wears a white long-sleeve shirt with pure color patterns. The lady wears long beige trousers "
            "with pure color patterns. The trousers are with leather fabric. There is a belt on her waist.",
            "unsupported",
        ),
        wearing("a white long-sleeve shirt", who="she"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        Q.material("leather", "unsupported"),
        details("trousers", "There is a belt on her waist"),
        describe("trousers", "long beige trousers with pure color patterns"),
        Q.garment_type("trousers"),
        Q.color("beige"),
        title="Allen Solly Woman Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: black cigarette trousers, red top, white backdrop (the feed row has no category).
    # Caption: untuned base BLIP-2; open answers: mdeberta spans; closed: reference.
    case(
        "X813-037",
        caption("a woman in a red shirt and black pants"),
        wearing("a red shirt and black pants", who="she"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        details("pants", "black", "non_answer"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.garment_type("shirt", "contradiction"),
        title="United Colors of Benetton Women Black Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: blue denim shorts with a frayed hem, no belt, white tank top, white backdrop.
    # Caption: epoch-1 adapter; open answers: mdeberta spans; closed: reference.
    case(
        "X813-038",
        caption(
            "The lady wears a white sleeveless tank top with pure color patterns. The shorts this lady wears are of "
            "short length. The shorts are with denim fabric and solid color patterns. There is a belt on the shorts.",
            "unsupported",
        ),
        wearing("a white sleeveless tank top", who="she"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "The shorts this lady wears are of short length", "restated"),
        describe("shorts", "There is a belt on the shorts", "unsupported"),
        Q.material("denim"),
        Q.color("blue"),
        Q.garment_type("shorts"),
        title="Roadster Women Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: black running shorts with pink side trim, pink tank top, white backdrop.
    # Caption: epoch-1 adapter, looped to the limit; open answers: mdeberta spans; closed: reference.
    case(
        "X813-039",
        caption(
            "The lady wears a pink sleeveless tank top with pure color patterns. The lady wears black shorts. The "
            "shorts are of short length, short length, short length, short length, short length, short length, short",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink sleeveless tank top", who="she"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        details("shorts", "short length, short length, short length, short length, short length, short length", "loop"),
        describe("shorts", "The shorts are of short length", "non_answer"),
        Q.color("black"),
        Q.pattern("solid"),
        title="Puma Women Black Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: khaki chino shorts with rolled hems, navy and white striped t-shirt tucked in, white backdrop.
    # Caption: untuned base BLIP-2; open answers: mdeberta spans; closed: reference.
    case(
        "X813-040",
        caption("a woman wearing a striped shirt and khaki shorts"),
        wearing("a striped shirt and khaki shorts", who="she"),
        color_of("shorts", "khaki", kind="open"),
        details("shorts", "striped", "contradiction"),
        Q.pattern("solid"),
        Q.color("beige"),
        Q.material("", "non_answer"),
        title="Jealous 21 Women Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: blue denim trucker jacket with a collar and button front, worn open over a white t-shirt, black jeans,
    # white backdrop. Caption: epoch-1 adapter ("his jacket"); open answers: mdeberta spans; closed: reference.
    case(
        "X813-041",
        caption(
            "The lady wears a blue long-sleeve jacket with denim fabric. The jacket has a lapel collar and buttons on "
            "the front. There is a white T-shirt under his jacket. The lady wears long black jeans.",
            "pronoun",
        ),
        wearing("a blue long-sleeve jacket with denim fabric", who="she"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        details("jacket", "a lapel collar and buttons on the front"),
        describe("jacket", "There is a white T-shirt under his jacket", "pronoun"),
        Q.material("denim"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        title="Levis Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with silver zips, no hood, over a grey t-shirt, blue jeans, white
    # backdrop. Caption: epoch-1 adapter, cut at the limit; open answers: mdeberta spans; closed: reference.
    case(
        "X813-042",
        caption(
            "The lady wears a black long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "it has a zipper. There is a hood on the jacket. The lady wears a grey T-shirt and blue",
            "cut",
            hit_limit=True,
        ),
        wearing("a black long-sleeve jacket with pure color patterns", who="she"),
        color_of("jacket", "black", kind="open"),
        details("jacket", "There is a hood on the jacket", "unsupported"),
        Q.material("leather"),
        describe("jacket", "a grey T-shirt and blue", "cut"),
        Q.garment_type("jacket"),
        title="Vero Moda Women Black Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: olive bomber jacket with ribbed cuffs, over a black top, black jeans, white backdrop.
    # Caption: untuned base BLIP-2; open answers: mdeberta spans; closed: reference.
    case(
        "X813-043",
        caption("a woman wearing a green bomber jacket and black pants"),
        wearing("a green bomber jacket and black pants", who="she"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        details("jacket", "bomber", "non_answer"),
        Q.color("olive"),
        color_of("pants", "green", "contradiction", kind="open"),
        Q.sleeve_length("long sleeves"),
        title="ONLY Women Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: red cable-knit crew-neck sweater without pockets, blue jeans, white backdrop.
    # Caption: epoch-1 adapter; open answers: mdeberta spans; closed: reference.
    case(
        "X813-044",
        caption(
            "The lady wears a red long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and it has a round neckline. The lady wears long blue jeans. There is a pocket on the chest of the "
            "sweater.",
            "unsupported",
        ),
        wearing("a red long-sleeve sweater", who="she"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        details("sweater", "There is a pocket on the chest of the sweater", "unsupported"),
        describe("sweater", "The sweater", "restated"),
        Q.material("knitting fabric"),
        Q.pattern("solid"),
        Q.color("red"),
        title="United Colors of Benetton Women Red Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange fleece sweatshirt with a large black Puma print on the chest, black track pants, white
    # backdrop. Caption: epoch-1 adapter (called her a man); open answers: mdeberta spans; closed: reference.
    case(
        "X813-045",
        caption(
            "The man wears a grey long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "There is a black logo on his chest. He wears long black pants.",
            "pronoun",
        ),
        wearing("a grey long-sleeve sweatshirt with graphic patterns", who="she"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        details("sweatshirt", "There is a black logo on his chest", "pronoun"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.garment_type("sweatshirt"),
        title="Puma Women Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy sleeveless wide-leg jumpsuit in matte cotton blend, V neck, fabric belt, white backdrop (the feed
    # row has no gender, so the question asks about "the person"). Caption: epoch-1 adapter, wrote on into a
    # question/answer pair; open answers: mdeberta spans; closed: reference.
    case(
        "X813-046",
        caption(
            "The lady wears a navy sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric "
            "and it has a v-shape neckline. There is a belt on her waist. Question: What is the color of the "
            "jumpsuit? Answer: navy",
            "leak",
        ),
        wearing("a navy sleeveless jumpsuit"),
        color_of("jumpsuit", "Answer: navy", "leak", kind="open"),
        details("jumpsuit", "There is a belt on her waist"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("jumpsuit", "navy sleeveless jumpsuit with pure color patterns"),
        title="Harpa Women Navy Blue Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
]
