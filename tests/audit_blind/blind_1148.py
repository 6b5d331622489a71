"""BLIND_1148 (46 products; older Myntra feed, both genders, caption epoch 3): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 108/120 failures found (90.0%) and 5/161 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind: short seller titles ("Puma Men Navy Blue Tshirt"), a
mixed men's and women's catalog (tees, shirts, tops, jeans, trousers, shorts, skirts, dresses, sweaters,
sweatshirts, jackets, track pants, kurtas). Product shots on a white backdrop, almost all worn by a model who also
wears other garments (jeans under a tee, a tee under a jacket, churidar under a kurta); one flat lay. A few rows
lack a column (no title, no base colour), as old feeds do.

Who wrote what: every caption and every open answer is free generation by the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 tokens for captions, 30 for answers).
It writes the DeepFashion template ("The lady wears a short-sleeve T-shirt with pure color patterns ... The pants
are with denim fabric"), names patterns rather than hues in captions, answers many questions with the template,
and was trained without an end token: it often runs to the limit, either cut mid-sentence or looping on a template
clause. It still stops on its own sometimes (newline from the base model), and about half of its color answers
name a hue, picked up from the base model, often the hue of another garment in the photo. It keeps the template's
"The lady" / "This gentleman" and invents the template's accessories (ring, necklace, hat). Closed answers
(garment type, color, pattern, sleeve length, is-a) come from enrich's reference engine: one candidate value, never
cut or looping, but sometimes the wrong candidate (the jeans' color for the tee, "checked" for a solid shirt).

Labeling conventions and judgement calls:
- One label per text, the most visible failure: a text that loops and then is cut at the limit is a loop; a text
  cut at the limit without repetition is a cut; hit_limit=True for every text that ran to its token limit.
- other_garment_color: the product (or the garment the question names) is given the color of another garment the
  photo shows (the jeans, the tee under the jacket, the churidar). A wrong color present nowhere in the photo, the
  color of a print or logo given as the garment's color, or the product's color given to another garment (one
  color for two garments) is a contradiction.
- contradiction also covers a wrong garment kind (a kurta called a "dress" or "shirt", shorts called trousers), a
  wrong pattern against the seller's "Solid" title or the photo, and a sleeve length against the photo.
- unsupported: details the photo does not show (a pocket, hood, zip at the back seen from the front, a dupatta,
  the template's ring/necklace/hat when none is worn, a person in a flat lay, a fibre the photo contradicts).
  The template's "cotton fabric" for a cotton-looking tee, shirt, chino or sweatshirt, "denim" for denim,
  "knitting fabric" for a sweater, "leather" for a leather-look jacket and "chiffon" for a sheer top are accepted.
- Template pattern words in captions are accepted when they fit: "pure color"/"solid color" for plain, "lattice"
  for checks or a small woven diamond, "graphic" for a logo or text print or polka dots, "color block" for panels.
- non_answer: a one-word reply ("skirt", "pink", "yes") to an open question, "It is a jacket." to a describe
  question, or "The jeans are jeans." (only the question's words back).
- restated: the question repeated or turned into a sentence that says nothing ("The shirt details are the details
  of the shirt.").
- pronoun: he/she (or the template's "The lady"/"This gentleman") against the catalog's gender and the photo.
- leak: the reply carries the "Question: ... Answer:" format, whatever else it says.
- A minimal but right answer ("He is wearing jeans.") is correct; "coat" for a zip jacket, "dark blue" for navy
  or indigo, "purple" for lavender, "white" for cream, "multicolor" for a Multi row are accepted.
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

BLIND_1148 = [
    # photo: man in a navy blue crew-neck tee with a small white Puma logo on the chest, light blue jeans, white
    # backdrop, front view; caption and open answers by the epoch-3 caption adapter, closed by the reference engine
    case(
        "X1148-001",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round."
        ),
        color_of("shirt", "navy blue"),
        Q.garment_type("t-shirt"),
        details("shirt", "The shirt has a small logo on the chest and short sleeves."),
        wearing("He is wearing a navy t-shirt and light blue jeans.", who="he"),
        color_of("jeans", "navy blue", "contradiction"),
        title="Puma Men Navy Blue Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a peach sleeveless chiffon top with a ruffled neckline, white skinny jeans, white backdrop,
    # front view; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-002",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("peach"),
        wearing("She is wearing a peach top and white jeans.", who="she"),
        describe("top", "The top is sleeveless with a ruffled neckline and a loose fit."),
        Q.sleeve_length("sleeveless"),
        color_of("top", "white", "other_garment_color", kind="open"),
        title="Vero Moda Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: man cropped from the chest down in mid-blue faded jeans, a grey short-sleeve tee tucked in, brown
    # leather belt, white sneakers, white backdrop; caption and open answers by the caption adapter
    case(
        "X1148-003",
        caption(
            "The pants this man wears is of long length. The pants are with denim fabric and solid color patterns. "
            "The man wears a belt. The upper clothing is a short-sleeve T-shirt with pure color patterns."
        ),
        color_of("jeans", "blue"),
        details("jeans", "The jeans have five pockets, a zip fly and a brown leather belt in the loops."),
        wearing("He is wearing jeans.", who="he"),
        Q.material(
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and solid "
            "color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        describe("jeans", "The jeans are grey.", "other_garment_color"),
        title="Spykar Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a maroon straight kurta with gold block-printed motifs on the yoke, three-quarter sleeves,
    # round neck, cream churidar, white backdrop; caption and open answers by the caption adapter
    case(
        "X1148-004",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns and long leggings. The dress is with "
            "cotton fabric and it has a round neckline.",
            "contradiction",
        ),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("printed"),
        wearing("She is wearing a maroon kurta with gold print and cream churidar.", who="she"),
        details(
            "kurta",
            "The kurta has gold print on the yoke, three-quarter sleeves and a zip at the back and two pockets.",
            "unsupported",
        ),
        title="Biba Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a white full-sleeve shirt with thin blue checks, tucked into navy chinos, white backdrop,
    # front view; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-005",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "navy blue", "other_garment_color"),
        Q.pattern("checked"),
        describe("shirt", "The shirt is white with blue checks, a pointed collar and a button placket."),
        details("shirt", "The shirt details are the details of the shirt.", "restated"),
        wearing("She is wearing a white shirt and navy pants.", "pronoun", who="he"),
        title="Peter England Men Checks White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in black skinny jeans, a mustard yellow long-sleeve top, black ankle boots, white backdrop,
    # full body; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-006",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and long pants. The pants are with denim "
            "fabric and solid color patterns. The top is with cotton fabric and its neckline is round. The pants are "
            "of long length and the",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        describe("jeans", "The jeans are mustard yellow skinny jeans.", "other_garment_color"),
        details("jeans", "skinny fit, five pockets and ankle length"),
        is_a("jeans", "yes", article="a pair of"),
        Q.material("denim"),
        title="Only Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt with a white HRX print across the chest, black track
    # pants, white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-007",
        caption(
            "This gentleman is wearing a long-sleeve sweatshirt with graphic patterns and long pants. The sweatshirt "
            "is with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("grey"),
        color_of("sweatshirt", "The sweatshirt is black.", "other_garment_color", kind="open"),
        wearing("He is wearing a grey sweatshirt with a white logo and black track pants.", who="he"),
        details("sweatshirt", "ribbed cuffs and hem, a kangaroo pocket and a drawstring hood", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="HRX Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a blue midi dress with a small white floral print, short flutter sleeves, v-neck, tie belt at
    # the waist, thin gold bracelet, tan sandals, white backdrop; texts by the caption adapter and reference engine
    case(
        "X1148-008",
        caption(
            "Her dress has short sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. The dress "
            "is of medium length. There is an accessory on her wrist."
        ),
        Q.pattern("floral"),
        color_of("dress", "white", "contradiction"),
        describe(
            "dress",
            "The dress is a blue floral midi dress with a tie belt at the waist and a tie belt at the waist and a "
            "tie belt",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a blue dress with white flowers and brown sandals.", who="she"),
        is_a("dress", "yes"),
        title="Mango Women Blue Floral Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in khaki flat-front chinos, white full-sleeve shirt tucked in, brown belt, brown loafers, white
    # backdrop, full body; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-009",
        caption(
            "The upper clothing is a long-sleeve shirt with pure color patterns. The pants this man wears is of long "
            "length. The pants are with cotton fabric and pure color patterns. This man wears a belt."
        ),
        color_of("pants", "white", "other_garment_color"),
        Q.garment_type("trousers"),
        details("pants", "The pants details are the pants details of the pants.", "restated"),
        describe(
            "pants",
            "Question: Describe the pants. Answer: The pants are beige chinos. Question: Describe the shirt. Answer:",
            "leak",
        ),
        wearing("He is wearing a white shirt, khaki pants and brown shoes.", who="he"),
        title="Dockers Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a black tee with a white "BROOKLYN" text print, blue denim shorts, white backdrop, front view;
    # caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and denim shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are of short length."
        ),
        Q.color("black"),
        color_of("shirt", "The shirt is blue.", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        details(
            "shirt",
            "The shirt has a white print that says brooklyn on the front and a pocket on the sleeve.",
            "unsupported",
        ),
        wearing("He is wearing a black t-shirt and blue shorts.", "pronoun", who="she"),
        title="Roadster Women Black Printed Tshirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive green cotton-twill bomber jacket worn open over a white tee, black jeans, white
    # sneakers, no cap, white backdrop; caption and open answers by the caption adapter, closed by the engine
    case(
        "X1148-011",
        caption(
            "The outer clothing is a long-sleeve jacket with pure color patterns. Inside it, he wears a T-shirt "
            "with pure color patterns. The pants are of long length and with denim fabric."
        ),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "olive green", kind="open"),
        details("jacket", "The jacket has a front zip, ribbed cuffs and a ribbed hem."),
        Q.material("The jacket is with leather fabric.", "unsupported"),
        wearing(
            "He is wearing an olive jacket over a white t-shirt and a black cap and a black cap and a black cap and a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Roadster Men Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a red knee-length A-line skirt with soft pleats, a black sleeveless top tucked in, black
    # heels, white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium-length skirt. The skirt is "
            "with cotton fabric and solid color patterns. The tank top is with cotton fabric and its neckline is round."
        ),
        Q.garment_type("skirt"),
        color_of("skirt", "black", "other_garment_color"),
        describe("skirt", "The skirt is red, knee length and flared."),
        details(
            "skirt",
            "The skirt has pleats and a zip at the side with buttons at the hem and buttons at the hem and buttons "
            "at the",
            "loop",
            hit_limit=True,
        ),
        wearing("skirt", "non_answer", who="she"),
        title="Vero Moda Women Red Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: man from the waist down in shiny navy polyester sports shorts with a white side stripe and a small
    # white swoosh, the hem of a grey tee showing, white sneakers, white backdrop; adapter and reference engine
    case(
        "X1148-013",
        caption(
            "The shorts this man wears is of short length. The shorts are with pure color patterns. The upper "
            "clothing is a short-sleeve T-shirt with pure color patterns. The gentleman wears a pair of shoes and the "
            "shorts have a",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        details("shorts", "They are shorts.", "non_answer"),
        color_of("shorts", "The shorts are grey with a white stripe.", "other_garment_color", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        Q.material("The shorts are made of polyester."),
        Q.garment_type("track pants", "contradiction"),
        title="Nike Men Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a cream cable-knit crew-neck pullover, blue jeans, no jewellery, white backdrop, front view;
    # caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-014",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and long denim pants. The sweater is with "
            "knitting fabric and it has a crew neckline."
        ),
        Q.color("white"),
        Q.pattern("solid"),
        describe("sweater", "The sweater is blue.", "other_garment_color"),
        details(
            "sweater",
            "cable knit on the front, ribbed cuffs and a ribbed hem with a ribbed hem with a ribbed hem with a",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a cream sweater, blue jeans and a pearl necklace.", "unsupported", who="she"),
        title="Fort Collins Women Cream Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a long white cotton kurta with a mandarin collar and half placket, white pyjama, white on a
    # white backdrop, front view; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-015",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a stand neckline. The pants are of long length. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("kurta"),
        Q.color("white"),
        wearing("He is wearing a white kurta and white pajamas.", who="he"),
        details("kurta", "mandarin collar, half button placket, long sleeves and side slits"),
        describe("kurta", "The kurta is white with gold embroidery on the collar.", "unsupported"),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in black track pants with three white side stripes, elastic drawcord waist and cuffed ankles,
    # a pink tee, no jewellery, white backdrop; caption and open answers by the caption adapter
    case(
        "X1148-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants. The pants are with "
            "cotton fabric and striped patterns. The T-shirt is with cotton fabric. Its neckline is round. The pants "
            "are of long length. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "pink", "other_garment_color"),
        details("pants", "three white stripes down the side, an elastic waistband and cuffs at the ankles"),
        is_a("track pants", "yes", article="a pair of"),
        wearing(
            "Question: What is she wearing? Answer: A pink t-shirt and black pants. Question: What is she wearing? "
            "Answer: A",
            "leak",
            who="she",
            hit_limit=True,
        ),
        describe("pants", "The pants are navy blue track pants with white stripes.", "contradiction"),
        title="Adidas Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a red pique polo with white tipping on the collar, two-button placket, no pocket, beige chinos,
    # white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-017",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and long pants. The shirt is "
            "with cotton fabric and its neckline is lapel."
        ),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        color_of("shirt", "The shirt is red.", kind="open"),
        details(
            "shirt",
            "The shirt has a collar with white tipping, a two button placket and a chest pocket with a flap.",
            "unsupported",
        ),
        wearing("He wears a red polo shirt and beige pants.", who="he"),
        color_of("pants", "red", "contradiction"),
        title="Chkokko Men Red Polo Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a white off-shoulder top with small black polka dots and long bell sleeves, pulled on over
    # the head (no buttons), blue jeans, white backdrop; caption and open answers by the caption adapter
    case(
        "X1148-018",
        caption(
            "This lady wears a long-sleeve top with graphic patterns and long pants. The top is with chiffon fabric. "
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("polka dots"),
        Q.color("white"),
        color_of("top", "black and white polka dots", kind="open"),
        describe("top", "The top is off the shoulder with long flared sleeves."),
        details("top", "Her top has a button front and a tie at the waist.", "unsupported"),
        title="Forever 21 Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a charcoal v-neck sweater over a light blue collared shirt, dark blue jeans, white backdrop;
    # caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-019",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a v-shape neckline. The pants are with denim fabric and solid color patterns."
        ),
        color_of("sweater", "light blue", "other_garment_color"),
        Q.garment_type("sweater"),
        wearing("sweater", "non_answer", who="he"),
        details("sweater", "The sweater has a v neck and a shirt collar showing at the neck with ribbed cuffs."),
        Q.material("The sweater is made of knitted fabric."),
        describe("sweater", "The sweater is brown with a v neck.", "contradiction"),
        title="Numero Uno Men Charcoal Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a sea green A-line kurta with a white floral print, three-quarter sleeves, round neck with a
    # keyhole, white palazzo pants, no dupatta, white backdrop; caption and open answers by the caption adapter
    case(
        "X1148-020",
        caption(
            "The lady is wearing a medium-sleeve kurta with floral patterns and long palazzo pants. The kurta is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("green"),
        Q.pattern("floral"),
        color_of("kurta", "white", "other_garment_color"),
        details("kurta", "The kurta has a round neck with a keyhole opening, three-quarter sleeves and a flared hem."),
        wearing(
            "She is wearing a green kurta with white flowers and white palazzos and a red dupatta.",
            "unsupported",
            who="she",
        ),
        title="W Women Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in a mid-blue denim shirt worn open with sleeves rolled to the elbow, two flap chest pockets with
    # press studs, over a grey tee, black chinos, white backdrop; caption and open answers by the caption adapter
    case(
        "X1148-021",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has a "
            "lapel neckline. There is a short-sleeve T-shirt inside. The pants are of long length and with cotton "
            "fabric and its",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        color_of("shirt", "grey", "other_garment_color"),
        describe("shirt", "The shirt is open over a grey t-shirt with the sleeves rolled up to the elbows."),
        details("shirt", "two flap pockets on the chest, snap buttons and a curved hem"),
        wearing("He is wearing a blue denim shirt over a grey t-shirt and black pants.", who="he"),
        title="Wrangler Men Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black faux-leather biker jacket with silver zips, a white tee, blue jeans, hands empty, no
    # bag, white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-022",
        caption(
            "The outer clothing is a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "Inside it, the lady wears a T-shirt with pure color patterns. The pants are of long length."
        ),
        Q.color("black"),
        color_of("jacket", "The jacket is white.", "other_garment_color", kind="open"),
        details(
            "jacket",
            "asymmetric zip, silver zips on the cuffs and notched lapels with silver zips on the cuffs and silver "
            "zips on the cuffs and silver",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady is wearing a black leather jacket with a white T-shirt and blue jeans. She is also carrying a "
            "black handbag.",
            "unsupported",
            who="she",
        ),
        Q.garment_type("jacket"),
        title="Vero Moda Women Black Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay, no model: grey melange joggers with a drawcord waist, two side pockets and ribbed ankle
    # cuffs on a white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-023",
        caption(
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. The pants are of "
            "long length. The pants are with cotton fabric and pure color patterns. The pants are of long",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        is_a("track pants", "yes", article="a pair of"),
        wearing("The person is wearing a grey t-shirt and grey pants.", "unsupported"),
        details("pants", "The pants have a drawstring waist, two side pockets and ribbed cuffs."),
        Q.material("The material of the garment is the material.", "restated"),
        title="Proline Men Grey Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a mustard yellow crew-neck tee with a black Puma cat logo on the chest, black leggings, white
    # backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-024",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round."
        ),
        color_of("shirt", "black", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        describe("shirt", "Describe the shirt. The shirt is a shirt.", "restated"),
        wearing("A yellow t-shirt and black leggings.", who="she"),
        details("shirt", "The shirt has a black puma logo on the chest."),
        title="Puma Women Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in black slim jeans with light whiskering on the thighs, a maroon long-sleeve henley, black boots,
    # no jewellery, white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-025",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns. This man wears a ring.",
            "unsupported",
        ),
        color_of("jeans", "maroon", "other_garment_color"),
        Q.garment_type("jeans"),
        describe("jeans", "The jeans are black slim fit with a faded wash on the thighs."),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: black Question: What are the jeans details? Answer:",
            "leak",
        ),
        wearing("He is wearing a maroon henley and black jeans.", who="he"),
        title="Jack & Jones Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a lavender full-sleeve button-down shirt tucked into grey trousers, white backdrop;
    # caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("purple"),
        color_of("shirt", "The shirt is pink.", "contradiction", kind="open"),
        details("shirt", "The shirt has a pointed collar, buttoned cuffs and a curved hem"),
        wearing("He is wearing a lavender shirt and grey pants.", "pronoun", who="she"),
        color_of("pants", "grey"),
        title="Arrow Woman Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a white tee with a red batwing logo print on the chest, blue jeans, white backdrop;
    # caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-027",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns. "
            "The gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("graphic"),
        color_of("shirt", "red", "contradiction", kind="open"),
        describe("shirt", "The shirt is white with a red logo print on the chest"),
        wearing(
            "He is wearing a t-shirt and jeans and a t-shirt and jeans and a t-shirt and jeans and a t-shirt and "
            "jeans and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Levis Men White Printed Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in plain beige tailored trousers with a pleated front, belt loops and no belt, a black sheer
    # sleeveless chiffon blouse tucked in, nude heels, white backdrop; adapter and reference engine
    case(
        "X1148-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns. The tank top is with chiffon fabric."
        ),
        color_of("pants", "black", "other_garment_color"),
        Q.garment_type("trousers"),
        details("pants", "pleated front, belt loops and side pockets"),
        describe("pants", "The pants are beige with a black belt and gold buckle.", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Allen Solly Woman Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a brown suede-look zip jacket, zipped up, high collar, no hood, two zipped chest pockets,
    # black jeans, white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-029",
        caption(
            "The outer clothing is a long-sleeve coat with pure color patterns. The coat is with leather fabric. The "
            "pants are with denim fabric and pure color patterns."
        ),
        Q.color("brown"),
        color_of("jacket", "black", "other_garment_color"),
        details("jacket", "The jacket has a high collar, a front zip and two zipped pockets at the chest."),
        wearing("He is wearing a brown jacket with a hood and black jeans.", "unsupported", who="he"),
        describe("jacket", "It is a jacket.", "non_answer"),
        title="Woodland Men Brown Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a black sleeveless knee-length bodycon dress, round neck, no necklace, silver heels, white
    # backdrop, front view only; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-030",
        caption(
            "Her dress has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The dress is "
            "of medium length. The lady wears a necklace. The lady wears a necklace. The lady wears a necklace. The "
            "lady",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "The dress is a black fitted dress."),
        details("dress", "The dress has a zip at the back.", "unsupported"),
        is_a("dress", "yes"),
        title="Mango Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain maroon full-sleeve shirt, untucked, one chest pocket, beige chinos, white backdrop;
    # caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-031",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. The man wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        color_of("shirt", "The shirt is brown.", "contradiction", kind="open"),
        Q.pattern("checked", "contradiction"),
        wearing("He is wearing a maroon shirt and beige pants.", who="he"),
        details("shirt", "The shirt has a pocket on the chest and buttons down the front."),
        title="Genesis Men Solid Maroon Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a pink hooded sweatshirt with a white text print, drawstrings and a kangaroo pocket, grey
    # track pants, white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-032",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and long pants. The sweatshirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sweatshirt"),
        color_of("sweatshirt", "grey", "other_garment_color"),
        details("sweatshirt", "The sweatshirt has a hood with drawstrings, a kangaroo pocket and ribbed cuffs."),
        wearing("pink", "non_answer", who="she"),
        describe(
            "sweatshirt",
            "Question: Describe the sweatshirt. Answer: The sweatshirt is pink with white letters.",
            "leak",
        ),
        title="Roadster Women Pink Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a bottle green jersey tee with a white Nike swoosh on the chest, black shorts, white backdrop;
    # caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and short shorts. The T-shirt is "
            "with cotton fabric and its neckline is round."
        ),
        Q.color("green"),
        color_of("shirt", "The shirt is green and the shorts are green.", "contradiction", kind="open"),
        details("shirt", "The shirt has a white nike logo on the chest."),
        Q.material(
            "The T-shirt is with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Green Tshirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in light blue high-waisted skinny jeans with rips at the knees, a white tee tucked in, white
    # sneakers, white backdrop, front view only; caption and open answers by the caption adapter
    case(
        "X1148-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long denim pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and solid color patterns."
        ),
        Q.color("blue"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "The jeans have rips at the knees and a high waist."),
        describe(
            "jeans",
            "The jeans are light blue with rips at the knees and embroidered flowers on the back pockets.",
            "unsupported",
        ),
        wearing("She is wearing a white t-shirt and ripped blue jeans with white sneakers.", who="she"),
        title="Levis Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy blue silk-look kurta with a small woven diamond self pattern, mandarin collar, gold
    # buttons, no pocket, cream churidar, white backdrop; caption and open answers by the caption adapter
    case(
        "X1148-035",
        caption(
            "This gentleman wears a long-sleeve kurta with lattice patterns and long pants. The kurta is with silk "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        color_of("kurta", "cream", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        wearing("He is wearing a navy blue kurta and cream churidar.", who="he"),
        details(
            "kurta",
            "mandarin collar, a button placket with gold buttons and a pocket on the left chest",
            "unsupported",
        ),
        title="Manyavar Men Navy Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a short-sleeve v-neck georgette top in orange, teal and white colour-block panels, black
    # jeans, white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-036",
        caption(
            "The lady wears a short-sleeve top with color block patterns and long pants. The top is with chiffon "
            "fabric and it has a v-shape neckline. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("multicolor"),
        color_of("top", "The top is black.", "other_garment_color", kind="open"),
        describe("top", "The top is orange and teal with white blocks, short sleeves and a v neck."),
        details(
            "top",
            "The top details are orange and teal and white and orange and teal and white and orange and teal and "
            "white and orange and teal",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("colour blocked"),
        title="People Women Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: man in knee-length khaki cargo shorts with side pockets and a button waist, a navy polo, white
    # backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-037",
        caption(
            "The upper clothing is a short-sleeve polo shirt with pure color patterns. The shorts this man wears is "
            "of medium short length. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "navy blue", "other_garment_color"),
        details("shorts", "The shorts have cargo pockets on the sides and a button waist."),
        wearing("She is wearing a blue polo shirt and khaki shorts.", "pronoun", who="he"),
        is_a("shorts", "yes", article="a pair of"),
        describe("shorts", "The shorts are khaki cargo shorts that reach the knee"),
        Q.garment_type("trousers", "contradiction"),
        title="Locomotive Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a mustard yellow straight full-sleeve kurta with a small white buti print, white leggings,
    # no dupatta, white backdrop; caption and open answers by the caption adapter; the row has no base colour
    case(
        "X1148-038",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns and leggings. The dress is with cotton "
            "fabric and its neckline is round. The leggings are of long length.",
            "contradiction",
        ),
        Q.color("yellow"),
        Q.pattern("printed"),
        color_of("kurta", "The kurta is mustard yellow with small white motifs.", kind="open"),
        wearing("She is wearing a yellow kurta and white leggings and a yellow dupatta.", "unsupported", who="she"),
        details("kurta", "yes", "non_answer"),
        title="Aurelia Women Yellow Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: man in a navy crew-neck sweatshirt with a red and white horizontal stripe across the chest, blue
    # jeans, white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-039",
        caption(
            "This man wears a long-sleeve sweatshirt with striped patterns and long denim pants. The sweatshirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns "
            "and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.pattern("striped"),
        describe("sweatshirt", "The sweatshirt is red with white stripes.", "contradiction"),
        wearing(
            "He is wearing a navy sweatshirt with a red and white stripe across the chest and blue jeans.", who="he"
        ),
        details(
            "sweatshirt",
            "Question: What are the sweatshirt details? Answer: The sweatshirt details are the stripes. Question: "
            "What are the sweatshirt details? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Navy Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a short navy flared skirt with white polka dots, a white long-sleeve blouse tucked in, white
    # backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The skirt is with chiffon "
            "fabric and graphic patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("polka dots"),
        describe("skirt", "The skirt is a short navy skirt with white dots and a flared hem."),
        details("skirt", "What are the skirt details?", "restated"),
        wearing(
            "She is wearing a white shirt and a navy blue polka dot skirt and a navy blue polka dot skirt and a navy "
            "blue polka",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="People Women Navy Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a heather grey short-sleeve henley tee with a three-button placket and no pocket, navy joggers,
    # white backdrop; caption and open answers by the caption adapter; the row has no title
    case(
        "X1148-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("t-shirt"),
        color_of("shirt", "navy blue", "other_garment_color"),
        details("shirt", "The shirt has a three button placket and a round neck."),
        describe("shirt", "The shirt is grey with a chest pocket and rolled sleeves.", "unsupported"),
        Q.material("cotton"),
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a red and black buffalo check flannel shirt, buttoned, two flap chest pockets, black jeans,
    # white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-042",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and long denim pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("red"),
        Q.pattern("checked"),
        color_of("shirt", "The shirt is red and black.", kind="open"),
        details(
            "shirt",
            "The shirt has a checked pattern and two chest pockets with flaps and two chest pockets with flaps and "
            "two chest",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "Question: What is she wearing? Answer: She is wearing a red and black plaid shirt and black jeans.",
            "leak",
            who="she",
        ),
        title="Wrangler Women Red Check Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: man in black flat-front formal trousers, a light pink formal shirt tucked in, no tie, black belt,
    # black shoes, white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-043",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. This man "
            "wears a belt."
        ),
        color_of("pants", "pink", "other_garment_color"),
        Q.garment_type("trousers"),
        details("pants", "The pants have a flat front, belt loops and a crease down the front."),
        wearing("He is wearing a light pink shirt and black trousers with a black tie.", "unsupported", who="he"),
        describe("pants", "The pants are black, slim and formal."),
        title="Arrow Men Black Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a purple short-sleeve v-neck sports tee with a small white logo, black track pants, a black
    # sports watch, white backdrop; caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with "
            "cotton fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        color_of("shirt", "The shirt is purple.", kind="open"),
        wearing("He is wearing a purple shirt and black pants.", "pronoun", who="she"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("shirt", "The shirt has a v neck and a small white logo on the chest."),
        title="Nike Women Purple Tshirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: man in dark indigo straight jeans, a white shirt untucked, brown boots, bareheaded, white backdrop;
    # caption and open answers by the caption adapter, closed by the reference engine
    case(
        "X1148-045",
        caption(
            "The upper clothing is a long-sleeve shirt with pure color patterns. The pants this man wears is of long "
            "length. The pants are with denim fabric and solid color patterns. This man wears a hat.",
            "unsupported",
        ),
        color_of("jeans", "dark blue"),
        describe("jeans", "The jeans are white.", "other_garment_color"),
        details("jeans", "The jeans are jeans.", "non_answer"),
        is_a("jeans", "yes", article="a pair of"),
        wearing("He is wearing a white shirt, dark blue jeans and brown boots.", who="he"),
        title="Roadster Men Navy Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mid-blue denim jacket with a plain denim collar, two flap chest pockets and metal buttons,
    # over a black tee, black jeans, white backdrop; caption and open answers by the caption adapter
    case(
        "X1148-046",
        caption(
            "The outer clothing is a long-sleeve denim jacket with pure color patterns. Inside it, the lady wears a "
            "T-shirt with pure color patterns. The pants are with denim fabric and pure color patterns. The lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("jacket", "The jacket is black.", "other_garment_color", kind="open"),
        Q.material("denim"),
        details("jacket", "The jacket has two flap chest pockets, metal buttons and buttoned cuffs."),
        wearing("She is wearing a blue denim jacket over a black t-shirt and black jeans.", who="she"),
        describe("jacket", "The jacket is a denim jacket with a sherpa collar.", "unsupported"),
        title="Levis Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
]
