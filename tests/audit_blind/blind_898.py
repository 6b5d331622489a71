"""BLIND_898 (46 products; old Myntra men's bottoms/tees, base zero-shot): written blind in the fifty-seventh session.
Measured blind at 5c6e95a (the session's third rules): 114/126 failures found (90.5%) and 5/175 correct texts flagged
(2.9%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind, with short seller titles ("Puma Men Black Track
Pants"), restricted to men's bottoms (Jeans, Trousers, Shorts, Track Pants) and Tshirts. Product shots on a white
backdrop, nearly always worn by a model who also wears another garment (a t-shirt over the jeans, jeans under the
tee); a few flat lays, back views and side views. Some rows lack a column (no base colour, no gender, no category),
as the old feed does.

Who wrote what: every text comes from the untuned base model, Salesforce/blip2-opt-2.7b zero-shot, no adapter.
Captions and open answers are greedy free generation (50 and 30 new tokens); closed answers (garment type, color,
pattern, sleeve length, the yes/no "Is this a ...?" and the experiments' color question where stored closed) come
from enrich's reference engine, which picks one candidate, so they never loop or stop short. The base model writes
short lowercase answers and mostly stops on its own; its habits: naming the other worn garment's color for the
product (the tee's color for the jeans), one color for the whole outfit, calling navy or charcoal black, invented
details (v-necks, cargo pockets, ripped knees, logos that are not there), "she" for male models, yes-bias on the
yes/no question, a one-word reply to "Describe ...", echoing the question, and now and then running on: a new
"Question: ... Answer:" pair, a phrase repeated to the token limit, or a long list cut at the limit.

Labeling conventions and judgement calls:
- other_garment_color: the product is given the color of another garment in the photo (the tee's color for the
  jeans, the shirt's for the trousers), whether asked open or closed, and also when the closed "color of the
  garment" question is answered with the top's color on a bottoms listing: the listing's garment is the product.
- contradiction: a color, garment type, pattern, sleeve length or yes/no that is wrong for the product and is not
  the color of another worn garment; also a pattern that belongs to another garment (the shirt's check given as the
  trousers' pattern), since only colors get their own kind.
- Charcoal called "black" is a contradiction (the photos show a clearly grey cloth); navy called "navy", "dark
  blue" or "blue" is correct; maroon called "red", cream called "white", teal called "blue" or "green" and khaki
  called "beige" are correct (same or neighbouring family, and the seller's own title sometimes says so).
- unsupported: a detail stated as fact that the photo does not show (a v-neck on a crew neck, cargo pockets on
  flat-front trousers, ripped knees, a front logo on a back view, accessories not in frame), and a material that
  the article type rules out (denim for track pants or chinos). Plausible unseen materials (cotton for a tee,
  polyester for track pants, denim for jeans) are correct.
- non_answer: an empty answer, a bare one-word answer or a yes/no to an open question, or only the question's noun
  back ("they are shorts"). A short answer that does say something (a color and the garment) is correct.
- restated: the answer echoes the question itself ("describe the shorts", "the t-shirt details").
- leak: the answer carries the "Question: ... Answer:" format, even when the part before it is right; a leak that
  ran to the limit keeps hit_limit=True but stays labeled leak.
- loop: a phrase repeated until the token limit (hit_limit=True). cut: an otherwise accurate answer or caption that
  stops mid-phrase at the token limit (hit_limit=True).
- pronoun: "she" (or "a woman") for a listing whose gender is Men. Each text gets only its main failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_898 = [
    # photo: mid-blue faded jeans, white crew-neck tee untucked, white backdrop, front view cropped at the chest;
    # base model zero-shot wrote all texts.
    case(
        "X898-001",
        caption("a man wearing a white t-shirt and blue jeans"),
        wearing("a white t-shirt and jeans", who="he"),
        color_of("jeans", "white", failure="other_garment_color"),
        describe("jeans", "the jeans are blue with a faded wash"),
        details("jeans", "they have a zipper on the back and a drawstring waist", failure="unsupported"),
        Q.garment_type("jeans"),
        title="Locomotive Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black track pants with a white side stripe and a small white Puma cat on the left thigh, grey melange
    # tee, white sneakers, white backdrop, full-length front view; base model zero-shot wrote all texts.
    case(
        "X898-002",
        caption("a man in black track pants and a grey t-shirt"),
        wearing("she is wearing a pair of black track pants", failure="pronoun", who="he"),
        Q.color("grey", failure="other_garment_color"),
        is_a("track pants", "yes", article="a pair of"),
        describe("track pants", "black track pants with a white stripe down the side"),
        details("track pants", "the track pants have a white stripe on the side and a puma logo on the left leg"),
        material("polyester"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange knit shorts with a black drawstring, two side pockets and a small black swoosh on the left
    # leg, black Nike tee, white backdrop, chest-to-knee front view; base model zero-shot wrote all texts.
    case(
        "X898-003",
        caption("a man wearing a black shirt and grey shorts"),
        color_of("shorts", "black", failure="other_garment_color", kind="open"),
        details(
            "shorts",
            "the shorts have an elastic waistband with a black drawstring, two side pockets and a small nike swoosh"
            " on the left leg, and the",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.pattern("solid"),
        material("cotton"),
        title="Nike Men Grey Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy crew-neck tee with a large white-and-red "flying machine" chest print, blue jeans, white backdrop,
    # waist-up front view, no pocket; base model zero-shot wrote all texts.
    case(
        "X898-004",
        caption("a man wearing a navy blue t-shirt with a graphic print"),
        wearing("a t-shirt", who="he"),
        Q.color("blue"),
        Q.pattern("striped", failure="contradiction"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "the t-shirt has a white and red print on the front that says flying machine"),
        details("t-shirt", "it has a v-neck and a chest pocket", failure="unsupported"),
        title="Flying Machine Men Printed Navy Blue Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay, back view of dark indigo jeans, two back pockets with orange arcuate stitching and a red tab,
    # no person, no rips, white backdrop; base model zero-shot wrote all texts.
    case(
        "X898-005",
        caption("a pair of dark blue jeans on a white background"),
        wearing("a pair of jeans"),
        color_of("jeans", "blue"),
        details("jeans", "the jeans have two back pockets with orange stitching and a red tab"),
        describe("jeans", "the jeans are dark blue with a button fly and ripped knees", failure="unsupported"),
        Q.garment_type("shorts", failure="contradiction"),
        material("denim"),
        title="Levis Men Dark Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black skinny jeans, red-and-black checked shirt worn untucked, black boots, white backdrop, full-length
    # front view; base model zero-shot wrote all texts.
    case(
        "X898-006",
        caption("a man wearing a red and black plaid shirt and black jeans"),
        color_of("jeans", "red", failure="other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        describe("jeans", "red and black plaid", failure="other_garment_color"),
        details("jeans", "black skinny jeans Question: what is the color of the shirt? Answer: red", failure="leak"),
        wearing("a plaid shirt and black jeans", who="he"),
        Q.pattern("checked", failure="contradiction"),
        title="Spykar Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy track pants with two thin white piping stripes down each side, white polo tee, white sneakers,
    # white backdrop, full-length front view; base model zero-shot wrote all texts.
    case(
        "X898-007",
        caption("a man in a white polo shirt and blue sweat pants"),
        wearing("he is wearing a white polo shirt and navy track pants", who="he"),
        color_of("track pants", "white", failure="other_garment_color", kind="open"),
        describe("track pants", "describe the track pants", failure="restated"),
        details("track pants", "the track pants have two white stripes down the side and an elastic waistband"),
        Q.garment_type("track pants"),
        title="Proline Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: khaki flat-front chinos, brown leather belt, navy crew-neck tee tucked in, white backdrop, front view
    # from the chest down to the shoes; base model zero-shot wrote all texts.
    case(
        "X898-008",
        caption("a man wearing khaki pants and a navy blue shirt"),
        color_of("pants", "beige"),
        Q.garment_type("jeans", failure="contradiction"),
        material("denim", failure="unsupported"),
        describe("pants", "khaki chinos with a brown leather belt"),
        details("pants", "the pants have a slim fit with cargo pockets on the sides", failure="unsupported"),
        title="Wrangler Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: white tee with a black line-art auto-rickshaw print and Hindi lettering, blue jeans, tee covers the
    # waist, no watch, white backdrop, waist-up front view; base model zero-shot wrote all texts.
    case(
        "X898-009",
        caption("a man wearing a white t-shirt with a picture of a rickshaw on it"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "white t-shirt with a print"),
        wearing(
            "he is wearing a white t-shirt and blue jeans with a black belt and a black watch",
            failure="unsupported",
            who="he",
        ),
        color_of("t-shirt", "blue", failure="other_garment_color"),
        title="Tantra Men Printed White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive cargo shorts with flap side pockets and a button closure, white crew-neck tee, white backdrop,
    # chest-to-knee front view; base model zero-shot wrote all texts.
    case(
        "X898-010",
        caption("a man wearing a white t-shirt and green shorts"),
        wearing("she is wearing a white shirt and green shorts", failure="pronoun", who="he"),
        color_of("shorts", "brown", failure="contradiction", kind="open"),
        Q.color("white", failure="other_garment_color"),
        details("shorts", "the shorts have cargo pockets on the sides and a button closure"),
        describe("shorts", "shorts", failure="non_answer"),
        material("cotton"),
        title="Basics Men Olive Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: black crew-neck tee with three white stripes over the shoulders and a small white logo on the chest,
    # grey track pants, white backdrop, waist-up front view; base model zero-shot wrote all texts.
    case(
        "X898-011",
        caption("a man in a black adidas t-shirt"),
        wearing("a black t-shirt with white stripes on the shoulders", who="he"),
        Q.color("black"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        details(
            "t-shirt",
            "the t-shirt has three white stripes on the shoulders and a white adidas logo on the chest Question:"
            " what are the pants details? Answer: the",
            failure="leak",
            hit_limit=True,
        ),
        describe("t-shirt", "the t-shirt is black and white with a v-neck", failure="unsupported"),
        title="ADIDAS Men Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: back view, medium-blue jeans, two back pockets with white embroidered stitching, a brown label patch on
    # the waistband, grey tee, white backdrop; base model zero-shot wrote all texts; the row has no base colour.
    case(
        "X898-012",
        caption("the back of a man wearing blue jeans"),
        color_of("jeans", "grey", failure="other_garment_color"),
        describe("jeans", "blue jeans with a brown leather patch on the back"),
        details(
            "jeans",
            "the jeans have two back pockets with embroidery on them, the back pockets have embroidery on them, the"
            " back pockets have embroidery on",
            failure="loop",
            hit_limit=True,
        ),
        wearing("he is wearing a black t-shirt and blue jeans", failure="contradiction", who="he"),
        Q.garment_type("jeans"),
        title="Numero Uno Men Blue Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: red polo tee with a white collar and white sleeve cuffs, three-button placket, blue jeans, white
    # backdrop, waist-up front view; base model zero-shot wrote all texts.
    case(
        "X898-013",
        caption("a man wearing a red polo shirt and jeans"),
        Q.garment_type("polo shirt"),
        Q.color("pink", failure="contradiction"),
        wearing("she is wearing a red polo shirt", failure="pronoun", who="he"),
        describe("t-shirt", "red", failure="non_answer"),
        details("t-shirt", "the t-shirt has a white collar and buttons on the front"),
        Q.sleeve_length("short sleeves"),
        title="Fila Men Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal-grey flat-front formal trousers with plain hems, light blue formal shirt tucked in, black belt,
    # black shoes, white backdrop, full-length front view; base model zero-shot wrote all texts.
    case(
        "X898-014",
        caption("a man in a blue shirt and gray pants"),
        color_of("pants", "blue", failure="other_garment_color"),
        Q.color("grey"),
        is_a("jeans", "yes", failure="contradiction", article="a pair of"),
        describe("pants", "gray dress pants with a black belt"),
        details("pants", "the pants are pleated with cuffs at the bottom and a zipper fly", failure="unsupported"),
        wearing("a blue shirt and gray pants", who="he"),
        title="Arrow Men Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: charcoal tee with a faded white skull-and-wings print, black jeans, white backdrop, waist-up front
    # view; base model zero-shot wrote all texts.
    case(
        "X898-015",
        caption("a man wearing a gray t-shirt with a skull on it"),
        Q.color("black", failure="contradiction"),
        Q.pattern("graphic"),
        describe("t-shirt", "a gray t-shirt with a skull and wings on the front"),
        details("t-shirt", "the t-shirt details", failure="restated"),
        color_of("t-shirt", "gray", kind="open"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: grey melange jogger track pants with ribbed ankle cuffs, white drawstring, side pockets and a small
    # red logo on the right thigh, black tee, black shoes, white backdrop, full length; base model zero-shot wrote
    # all texts.
    case(
        "X898-016",
        caption("a man in a black shirt and grey sweatpants"),
        color_of("track pants", "black", failure="other_garment_color", kind="open"),
        Q.garment_type("track pants"),
        wearing("a black t-shirt and grey joggers", who="he"),
        describe("track pants", "joggers", failure="non_answer"),
        details(
            "track pants",
            "the track pants have ribbed cuffs at the ankles, an elastic waistband with a white drawstring, two side"
            " pockets and a small red logo on the right",
            failure="cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Reebok Men Grey Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: yellow crew-neck tee with an orange round smiling cartoon (Mr. Happy) on the chest, blue jeans, no
    # hood or pocket, white backdrop, waist-up front view; base model zero-shot wrote all texts.
    case(
        "X898-017",
        caption("a man wearing a yellow t-shirt with a cartoon character on it"),
        Q.color("orange", failure="contradiction"),
        Q.pattern("graphic"),
        describe("t-shirt", "a yellow t-shirt with a smiley face on it"),
        wearing("what is he wearing", failure="restated", who="he"),
        details("t-shirt", "it has a hood and a kangaroo pocket", failure="unsupported"),
        title="Mr. Men Men Happy Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: blue board shorts with a white hibiscus print and a drawstring, white tank top, white backdrop, front
    # view from the shoulders to the knees; base model zero-shot wrote all texts.
    case(
        "X898-018",
        caption("a man wearing a white tank top and blue floral shorts"),
        color_of("shorts", "white", failure="other_garment_color"),
        Q.pattern("floral"),
        describe("shorts", "blue board shorts with white flowers"),
        details(
            "shorts",
            "the shorts have a drawstring waist and a zipper pocket on the back of the back of the back of the back"
            " of the back of the back",
            failure="loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white tank top and blue shorts", who="he"),
        is_a("shorts", "no", failure="contradiction", article="a pair of"),
        title="Quiksilver Men Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: plain white crew-neck tee with a small red logo on the chest, grey track pants, white backdrop, waist-up
    # front view; base model zero-shot wrote all texts.
    case(
        "X898-019",
        caption("a man wearing a white shirt and grey sweatpants"),
        Q.color("grey", failure="other_garment_color"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "a plain white t-shirt with a small red logo on the chest"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: Question: What are the t-shirt details? Answer:",
            failure="leak",
        ),
        Q.pattern("striped", failure="contradiction"),
        title="Lotto Men White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black formal trousers, white formal shirt tucked in, black belt, black shoes, white backdrop, full-length
    # front view; base model zero-shot wrote all texts.
    case(
        "X898-020",
        caption("a man in a white shirt and black pants"),
        wearing("she is wearing a white shirt and black pants", failure="pronoun", who="he"),
        color_of("pants", "black", kind="open"),
        Q.color("white", failure="other_garment_color"),
        details("pants", "they are pants", failure="non_answer"),
        describe("pants", "black dress pants Question: Describe the shirt. Answer: white dress shirt", failure="leak"),
        Q.garment_type("trousers"),
        title="Peter England Men Black Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: olive green henley tee with a three-button placket, no pocket or zip, khaki chinos, white backdrop,
    # mid-thigh-up front view; base model zero-shot wrote all texts.
    case(
        "X898-021",
        caption("a man wearing a green shirt and khaki pants"),
        Q.color("khaki", failure="other_garment_color"),
        color_of("t-shirt", "olive green", kind="open"),
        describe("t-shirt", "describe the t-shirt", failure="restated"),
        details("t-shirt", "the t-shirt has a pocket on the chest and a zip", failure="unsupported"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        Q.garment_type("t-shirt"),
        title="Wrangler Men Olive Tshirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue faded jeans with whiskering on the thighs, regular fit, black tee, white sneakers, white
    # backdrop, full-length front view; base model zero-shot wrote all texts.
    case(
        "X898-022",
        caption("a man in a black t-shirt and blue jeans"),
        wearing("she is wearing a black t-shirt, blue jeans and white sneakers", failure="pronoun", who="he"),
        color_of("jeans", "light blue", kind="open"),
        describe("jeans", "the jeans are black with a faded wash", failure="other_garment_color"),
        details("jeans", "the jeans have a faded wash with whiskers on the thighs and a regular fit"),
        material("cotton"),
        Q.pattern("solid"),
        title="John Players Men Light Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black knit shorts with grey side panels, white tee with a small black graphic, white backdrop, chest-to-
    # knee front view; base model zero-shot wrote all texts.
    case(
        "X898-023",
        caption("a man in a white t-shirt and grey shorts", failure="contradiction"),
        color_of("shorts", "black"),
        wearing(
            "a white t-shirt and black shorts. Question: what is the color of the shorts? Answer: black",
            failure="leak",
            who="he",
        ),
        describe("shorts", "black shorts with grey panels on the sides"),
        details(
            "shorts",
            "the shorts have a grey stripe on the sides and a grey stripe on the sides and a grey stripe on the sides"
            " and a grey stripe",
            failure="loop",
            hit_limit=True,
        ),
        material("polyester"),
        title="Proline Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: beige chinos with rolled hems and belt loops, blue-and-white horizontally striped tee, brown loafers,
    # white backdrop, full-length front view; base model zero-shot wrote all texts.
    case(
        "X898-024",
        caption("a man wearing a striped shirt and beige pants"),
        Q.color("blue", failure="other_garment_color"),
        Q.pattern("striped", failure="contradiction"),
        Q.garment_type("trousers"),
        describe("pants", "beige chinos rolled up at the ankles"),
        details("pants", "they have a drawstring and elastic waistband", failure="unsupported"),
        wearing("a blue and white striped t-shirt, beige pants and brown shoes", who="he"),
        title="Scullers Men Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: red tee with a large white PUMA wordmark and leaping cat on the chest, plain black track pants with no
    # stripe, white backdrop, thigh-up front view; base model zero-shot wrote all texts.
    case(
        "X898-025",
        caption("a man in a red puma t-shirt"),
        Q.color("pink", failure="contradiction"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "a red t-shirt with a white puma logo on the front and the word puma"),
        details("t-shirt", "the t-shirt details are the t-shirt details", failure="restated"),
        wearing("he is wearing a red t-shirt and black pants with a white stripe", failure="unsupported", who="he"),
        title="Puma Men Red Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey washed jeans without rips, maroon crew-neck tee untucked, white backdrop, full-length front view;
    # base model zero-shot wrote all texts.
    case(
        "X898-026",
        caption("a man in a maroon shirt and grey jeans"),
        color_of("jeans", "maroon", failure="other_garment_color"),
        describe("jeans", "gray jeans"),
        details("jeans", "the jeans are ripped at the knees with a faded wash", failure="unsupported"),
        wearing("she is wearing a red t-shirt and grey jeans", failure="pronoun"),
        is_a("jeans", "yes", article="a pair of"),
        title="Lee Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: navy woven running shorts with a small white swoosh on the left leg, light grey tee, white backdrop,
    # chest-to-knee front view; base model zero-shot wrote all texts.
    case(
        "X898-027",
        caption("a man wearing a grey t-shirt and blue shorts"),
        wearing("a t-shirt and shorts", who="he"),
        color_of("shorts", "grey", failure="other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("shorts", "they are shorts", failure="non_answer"),
        describe("shorts", "navy blue running shorts with a white nike logo on the left leg"),
        title="Nike Men Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black short-sleeved tee with a colorful tattoo-style tiger print and "ed hardy" in gold script above
    # it, blue jeans, white backdrop, waist-up front view; base model zero-shot wrote all texts.
    case(
        "X898-028",
        caption("a man wearing a black t-shirt with a tiger on it"),
        Q.color("black"),
        Q.pattern("graphic"),
        describe("t-shirt", "the t-shirt is black with a colorful tiger print and the words ed hardy in gold"),
        details(
            "t-shirt",
            "the t-shirt has a colorful tiger print on the front with the words ed hardy written in gold letters"
            " above the tiger and the",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        wearing("a black tiger t-shirt and blue jeans", who="he"),
        title="Ed Hardy Men Printed Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: black track pants with a white-and-red repeating logo tape down each side, red tee, white backdrop,
    # full-length front view; base model zero-shot wrote all texts.
    case(
        "X898-029",
        caption("a man in a red shirt and black pants"),
        color_of("track pants", "red", failure="other_garment_color"),
        describe("track pants", "black track pants with a white and red stripe down the side"),
        details(
            "track pants",
            "Question: what are the track pants details? Answer: black track pants with a white stripe",
            failure="leak",
        ),
        is_a("track pants", "no", failure="contradiction", article="a pair of"),
        wearing("a red shirt and black pants", who="he"),
        title="Kappa Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: blue-and-white horizontally striped polo tee with a navy collar, blue jeans, white backdrop, waist-up
    # front view; base model zero-shot wrote all texts.
    case(
        "X898-030",
        caption("a man wearing a blue and white striped polo shirt"),
        Q.pattern("striped"),
        Q.color("blue"),
        Q.garment_type("polo shirt"),
        describe("t-shirt", "the t-shirt has blue and white stripes and a navy collar"),
        details(
            "t-shirt",
            "blue and white stripes blue and white stripes blue and white stripes blue and white stripes blue and"
            " white stripes blue",
            failure="loop",
            hit_limit=True,
        ),
        wearing("she is wearing a blue and white striped shirt", failure="pronoun", who="he"),
        title="Classic Polo Men Stripes Blue Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark brown plain cotton trousers (not corduroy) with belt loops, a button closure and slanted side
    # pockets, cream tee tucked in, white backdrop, full-length front view; base model zero-shot wrote all texts.
    case(
        "X898-031",
        caption("a man wearing a white shirt and brown pants"),
        color_of("pants", "brown"),
        Q.garment_type("trousers"),
        describe("pants", "brown corduroy pants", failure="unsupported"),
        details("pants", "the details of the pants", failure="restated"),
        material("cotton Question: what is the color of the shirt? Answer: cream", failure="leak"),
        wearing("he is wearing a cream t-shirt and brown trousers", who="he"),
        title="Allen Solly Men Brown Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: plain maroon crew-neck tee with no logo or pocket, blue jeans, white backdrop, waist-up front view;
    # base model zero-shot wrote all texts.
    case(
        "X898-032",
        caption("a man wearing a red t-shirt and jeans"),
        Q.color("purple", failure="contradiction"),
        color_of("t-shirt", "maroon", kind="open"),
        describe("t-shirt", "a plain maroon crew neck t-shirt"),
        details("t-shirt", "the t-shirt has a small logo on the chest and a pocket", failure="unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Probase Men Solid Maroon Tshirts",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: dark navy-blue jeans, white tee under an open olive green bomber jacket, brown boots, white backdrop,
    # full-length front view, plain back pockets not visible; base model zero-shot wrote all texts.
    case(
        "X898-033",
        caption("a man wearing a green jacket, white t-shirt and blue jeans"),
        wearing("a green jacket and jeans", who="he"),
        color_of("jeans", "green", failure="other_garment_color", kind="open"),
        describe("jeans", "dark blue jeans with brown boots"),
        details(
            "jeans",
            "the jeans have a zipper on the back pocket and a leather patch on the front",
            failure="unsupported",
        ),
        is_a("jeans", "yes", article="a pair of"),
        title="Flying Machine Men Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: khaki chino shorts with rolled hems and side pockets, black polo tee, white backdrop, chest-to-knee
    # front view; base model zero-shot wrote all texts.
    case(
        "X898-034",
        caption("a man in a black shirt and white shorts", failure="contradiction"),
        color_of("shorts", "black", failure="other_garment_color"),
        Q.pattern("solid"),
        describe("shorts", "describe the shorts", failure="restated"),
        details("shorts", "the shorts have a rolled hem and side pockets"),
        wearing("a black polo shirt and khaki shorts", who="he"),
        title="Basics Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: white crew-neck tee with a black swoosh and "just do it" under it, black shorts, white backdrop,
    # thigh-up front view; base model zero-shot wrote all texts.
    case(
        "X898-035",
        caption("a man in a white nike t-shirt and black shorts"),
        Q.color("black", failure="other_garment_color"),
        Q.pattern("graphic"),
        wearing("white", failure="non_answer", who="he"),
        describe("t-shirt", "a white t-shirt with a black nike logo and just do it written on it"),
        details(
            "t-shirt",
            "the t-shirt has a black nike swoosh on the front and the words just do it under the swoosh in black"
            " letters, it has short sleeves and a round neck and the",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Nike Men White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: side view, royal blue track pants with a white side stripe and zippered ankles, white tee, white
    # sneakers, white backdrop; base model zero-shot wrote all texts.
    case(
        "X898-036",
        caption("a man in black track pants standing sideways", failure="contradiction"),
        color_of("track pants", "blue"),
        details("track pants", "the track pants have a white stripe down the side and a zipper at the ankle"),
        describe("track pants", "they are blue track pants"),
        wearing("she is wearing blue pants and a white top", failure="pronoun", who="he"),
        material("denim", failure="unsupported"),
        title="Puma Men Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: bright green crew-neck tee with a small white logo on the chest, beige chinos, tee untucked, no belt
    # visible, shoes out of frame, white backdrop, mid-thigh-up front view; base model zero-shot wrote all texts.
    case(
        "X898-037",
        caption("a man wearing a green t-shirt and beige pants"),
        Q.color("green"),
        color_of("t-shirt", "blue", failure="contradiction"),
        Q.pattern("solid"),
        describe("t-shirt", "a green t-shirt with a small white logo on the chest"),
        details(
            "t-shirt",
            "the t-shirt has a round neck, short sleeves and a small white logo on the left side of the chest, the"
            " logo is a small white",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a green t-shirt and beige chinos with a brown belt and loafers", failure="unsupported", who="he"),
        title="United Colors of Benetton Men Solid Green Tshirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: mid-blue jeans, white tee, the model's hands in his front pockets, white backdrop, full-length front
    # view; base model zero-shot wrote all texts.
    case(
        "X898-038",
        caption("a man with his hands in the pockets of his blue jeans"),
        color_of("jeans", "blue", kind="open"),
        describe("jeans", "blue", failure="non_answer"),
        details("jeans", "the details of the jeans are the jeans", failure="restated"),
        Q.color("white", failure="other_garment_color"),
        Q.garment_type("jeans"),
        wearing("a white t-shirt and blue jeans", who="he"),
        title="Lee Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: crew-neck tee with red, yellow, green and blue horizontal stripes, blue jeans, white backdrop, waist-up
    # front view; base model zero-shot wrote all texts.
    case(
        "X898-039",
        caption("a man wearing a colorful striped shirt"),
        Q.color("multicolor"),
        Q.pattern("checked", failure="contradiction"),
        color_of("t-shirt", "red, yellow, green and blue", kind="open"),
        describe("t-shirt", "the t-shirt is a rainbow striped t-shirt with a v-neck", failure="unsupported"),
        wearing("yes", failure="non_answer", who="he"),
        title="Mother Earth Men Multi Tshirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: charcoal grey flat-front formal trousers with belt loops and side pockets, pink formal shirt tucked in,
    # black belt, white backdrop, full-length front view; base model zero-shot wrote all texts.
    case(
        "X898-040",
        caption("a man in a pink shirt and black pants", failure="contradiction"),
        Q.color("grey"),
        color_of("trousers", "pink", failure="other_garment_color", kind="open"),
        details("trousers", "the trousers have a flat front with belt loops and side pockets"),
        describe("trousers", "", failure="non_answer"),
        Q.garment_type("trousers"),
        wearing("a pink shirt, grey trousers and a black belt", who="he"),
        title="Van Heusen Men Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: back view, grey melange tee with a plain back, black track pants, white backdrop; the front logo is not
    # visible; base model zero-shot wrote all texts; the row has no gender.
    case(
        "X898-041",
        caption("the back of a man in a grey t-shirt"),
        Q.color("grey"),
        details("t-shirt", "the t-shirt has a red reebok logo on the front", failure="unsupported"),
        describe("t-shirt", "t-shirt", failure="non_answer"),
        wearing("a grey t-shirt and black pants", who="he"),
        Q.sleeve_length("short sleeves"),
        title="Reebok Men Grey Tshirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: white shorts with three black stripes down each side, black tee, white backdrop, chest-to-knee front
    # view; base model zero-shot wrote all texts.
    case(
        "X898-042",
        caption("a man in a black t-shirt and grey shorts", failure="contradiction"),
        color_of("shorts", "black", failure="other_garment_color"),
        Q.color("white"),
        describe("shorts", "white shorts with three black stripes on the side"),
        details(
            "shorts",
            "Answer: white shorts with three black stripes Question: what is the man wearing? Answer: a black shirt"
            " and white",
            failure="leak",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article="a pair of"),
        wearing("a black t-shirt and white adidas shorts", who="he"),
        title="ADIDAS Men White Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: black crew-neck tee with "keep calm and carry on" in white letters, olive cargo shorts, white backdrop,
    # thigh-up front view; base model zero-shot wrote all texts.
    case(
        "X898-043",
        caption("a man wearing a black t-shirt with writing on it"),
        Q.color("olive", failure="other_garment_color"),
        Q.pattern("text"),
        describe("t-shirt", "a black t-shirt that says keep calm and carry on in white letters"),
        details(
            "t-shirt",
            "the t-shirt has white letters, the letters, the letters, the letters, the letters, the letters, the"
            " letters, the letters, the",
            failure="loop",
            hit_limit=True,
        ),
        wearing("she is wearing a black t-shirt and green shorts", failure="pronoun", who="he"),
        Q.sleeve_length("short sleeves"),
        title="Tantra Men Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: dark blue jeans with contrast yellow stitching and rolled hems, no distressing, grey hooded sweatshirt,
    # white sneakers, white backdrop, full-length front view; base model zero-shot wrote all texts.
    case(
        "X898-044",
        caption("a man wearing a grey hoodie and blue jeans"),
        wearing("a hoodie and jeans", who="he"),
        color_of("jeans", "grey", failure="other_garment_color", kind="open"),
        describe("jeans", "dark blue jeans with yellow stitching and rolled up hems"),
        details(
            "jeans",
            "the jeans have yellow stitching and a rolled hem, they are slim fit with a low rise and a distressed"
            " finish on the thighs and knees",
            failure="unsupported",
        ),
        is_a("shorts", "yes", failure="contradiction", article="a pair of"),
        material("cotton"),
        title="Killer Men Dark Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: teal crew-neck tee with a green-and-white Mr. Nonsense cartoon, no buttons or collar, blue jeans, white
    # backdrop, waist-up front view; base model zero-shot wrote all texts; the row has no category.
    case(
        "X898-045",
        caption("a man wearing a blue t-shirt with a cartoon on it"),
        Q.color("green"),
        color_of("t-shirt", "teal", kind="open"),
        Q.pattern("graphic"),
        describe("t-shirt", "a teal t-shirt with a picture of mr nonsense on it"),
        details("t-shirt", "the t-shirt has a cartoon on the front and buttons on the collar", failure="unsupported"),
        wearing("she is wearing a t-shirt with a cartoon and a pair of jeans", failure="pronoun", who="he"),
        title="Mr. Men Men Nonsense Green Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: olive cargo trousers with flap pockets on the thighs, black tee, black boots, white backdrop,
    # full-length front view; base model zero-shot wrote all texts.
    case(
        "X898-046",
        caption("a man in a black t-shirt and green cargo pants"),
        color_of("pants", "black", failure="other_garment_color"),
        Q.garment_type("jeans", failure="contradiction"),
        describe("pants", "olive green cargo pants with pockets on the sides"),
        details(
            "pants",
            "the pants have cargo pockets on the sides and on the sides and on the sides and on the sides and on the"
            " sides and on",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a black t-shirt, green cargo pants and black boots", who="he"),
        title="Indigo Nation Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
]
