"""BLIND_1005 (46 products; old Myntra feed, women's wear, base zero-shot): written blind in the fifty-eighth session.
Measured blind at fbe889a (the session's fifth rules): 118/134 failures found (88.1%) and 1/186 correct texts flagged
(0.5%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed with short seller titles ("s.Oliver Women Solid Maroon Top"), women's and
girls' dresses, tops, skirts, shorts, jeans, trousers, track pants and leggings. Photos of the shared photos' kind:
224x224 studio shots, mostly on a white backdrop (a few grey or beige walls), the product worn by a model who also
wears other garments (jeans under a top, a tee under a skirt, a kurta over leggings), a few back views, a few props
(handbag, clutch, sunglasses, straw hat). Feed rows keep Myntra's quirks: "Kids Girl" titles with gender Women, a
typo'd title ("PinkTop"), a title color that disagrees with the color column, one row without a color, one without
a category.

Who wrote what: every free text is the untuned base Salesforce/blip2-opt-2.7b, zero-shot, 8-bit, greedy, prompt
"Question: <q> Answer:", 50 new tokens for captions and 30 for answers, stopping on the newline. Its habits: short
lowercase captions ("a woman in a red top and black pants"), short answers, garment and colors mostly right for the
main garment, but it often hands the product the color of the jeans or skirt worn with it, gives one color to two
garments, invents hidden details (zippers, pockets, back necklines on a front view), answers "yes" or a bare noun to
an open question, says "he" for a woman now and then, and sometimes runs on into a new "Question: ... Answer:" pair.
It seldom loops, but when a description starts repeating a phrase it goes to the 30-token limit; a few long detail
answers are cut at the limit. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come
from enrich's --engine reference ranking candidate values with the same base model: always one clean candidate,
sometimes the wrong one (often the other garment's color).

Labeling conventions and judgement calls:
- A color is judged against the photo and the seller's color group: "red" for Maroon, "pink" for Peach or Magenta,
  "white" for Cream or Off White, "yellow" for Mustard, "green" for Olive, "grey" for a washed-black denim that
  reads charcoal are correct shades, not failures.
- other_garment_color: the product is given the color of another garment or accessory in the photo (jeans, skirt,
  tee under an open shirt, a red clutch). When the answer gives another garment the product's color (one color for
  two garments, the product's own color right), it is labeled contradiction, as the product's color is not wrong.
- A print's secondary color given as the product's only color (black for a cream top with a black zebra print) is
  a contradiction, not other_garment_color, when no other garment has that color.
- contradiction also covers a wrong garment type (top called a skirt, leggings answered "yes" to "Is this a
  kurta?"), another garment's pattern or material given to the product, and a plain wrong hue (black for navy).
- unsupported: a detail that the photo cannot show or does not show (a back zipper on a front view, pockets, a
  percentage of cotton, silk for a jersey tee). A usual fabric for the garment (denim jeans, cotton tee, polyester
  track pants, chiffon maxi) is accepted as correct.
- non_answer: an empty answer, "yes" or "no", or a bare noun that says nothing ("leggings" for the leggings'
  details, "fabric" for the material), for an open question. restated: the answer returns the question's words as
  a sentence or the question itself ("the skirt is a skirt", "describe the shirt", "the material of the shorts").
- pronoun: "he"/"his" or "a man" for a Women or Girls product (a caption's "a man" is counted as pronoun).
- leak: any "Question:" or "Answer:" in the text, even after a correct answer; that answer's own error, if any, is
  not labeled separately. A loop or a cut takes precedence over an invented detail inside it. One label per text.
- A kurta or kurti called "a dress" or "a kurta" in "What is the person wearing?" is correct for the photo; a sweater-
  knit top answered "sweater" and a tracksuit bottom with side stripes answered "striped" are accepted as correct.
- A title color and a color column that disagree (Magenta column, "Purple" in the title, a magenta frock): an answer
  matching the photo and either seller field is correct.
- Rolled-up long sleeves are "long"; three-quarter sleeves are "three-quarter", and "long" for them is a
  contradiction. The backdrop's color given as the product's color (beige for a red dress before a beige wall) is
  a contradiction. Texts that hit the token limit (loops, cuts, long leaks) carry hit_limit=True.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
gtype, col, pattern, sleeve, material = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

BLIND_1005 = [
    # photo: blue top with a small white floral print, short sleeves, worn with white jeans, front view, white
    # backdrop; all free texts base blip2-opt-2.7b zero-shot, closed answers by the reference engine
    case(
        "X1005-001",
        caption("a woman wearing a blue floral top and white jeans"),
        color_of("top", "blue"),
        pattern("floral"),
        sleeve("short"),
        wearing("she is wearing a blue shirt and blue jeans", failure="contradiction", who="she"),
        details("top", "the top has a bow at the neck and buttons down the back", failure="unsupported"),
        title="Tokyo Talkies Women Printed Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon sleeveless round-neck top, black trousers, thin gold necklace, front view, white backdrop; base
    # model zero-shot, closed answers by the reference engine
    case(
        "X1005-002",
        caption("a woman in a maroon top and black pants"),
        wearing("a red top"),
        color_of("top", "black", failure="other_garment_color"),
        describe("top", "a sleeveless top with a round neck"),
        sleeve("sleeveless"),
        material("cotton"),
        is_a("top", "no", failure="contradiction"),
        details("top", "the top has a zipper on the back and a small slit at the hem", failure="unsupported"),
        title="s.Oliver Women Solid Maroon Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white long-sleeved blouse with a tie bow at the neck, navy pencil skirt, front view, plain grey
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-003",
        caption("a woman wearing a white blouse and a blue skirt standing against a grey wall"),
        wearing("she is wearing a white blouse with a bow", who="she"),
        col("white"),
        details("blouse", "the blouse details are the details of the blouse", failure="restated"),
        is_a("skirt", "yes", failure="contradiction"),
        sleeve("long"),
        describe("blouse", "a blue blouse with a bow at the neck", failure="other_garment_color"),
        title="Arrow Woman Bow Off White Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: small girl in a pink sleeveless frock with a white blossom print, white shoes, front view, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-004",
        caption("a little girl in a pink dress with white flowers"),
        wearing("a pink dress"),
        color_of("dress", "pink"),
        pattern("floral"),
        describe("dress", "he is wearing a pink dress with white flowers", failure="pronoun"),
        is_a("dress", "yes"),
        details("dress", "the dress has a zipper on the back and a sash tied at the waist", failure="unsupported"),
        title="Palm Tree Girl's Cr Blossom Drs Pink Dresses",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: black low-rise skinny jeans, white crew-neck tee tucked in, white sneakers, full length front view,
    # white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-005",
        caption("a woman in a white shirt and black jeans"),
        color_of("jeans", "white", failure="other_garment_color"),
        details("jeans", "low rise with two front pockets"),
        wearing("a white t-shirt and black jeans"),
        material("denim"),
        describe(
            "jeans",
            "black skinny jeans with a zipper fly Question: What is the color of the shirt? Answer: white",
            failure="leak",
        ),
        title="Flying Machine Women Lowrise Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: maroon and white horizontal striped top, three-quarter sleeves, mid-blue jeans, front view, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-006",
        caption("a woman wearing a red and white striped shirt and jeans"),
        pattern("striped"),
        col("red"),
        details("top", "it has three quarter sleeves and a round neck"),
        describe("top", "a blue and white striped top", failure="other_garment_color"),
        sleeve("long", failure="contradiction"),
        wearing("he is wearing a striped shirt and jeans", failure="pronoun", who="she"),
        title="Mother Earth Women Stripes Maroon Tops",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: red short-sleeved jersey top, black A-line skirt, black handbag on the forearm, front view, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-007",
        caption("a woman in a red shirt and black skirt holding a black purse"),
        wearing("a red shirt and a black skirt"),
        color_of("top", "red"),
        details("top", "the top has a pocket on the left side and a zipper on the back", failure="unsupported"),
        gtype("skirt", failure="contradiction"),
        material("cotton"),
        describe(
            "top",
            "a red top with a black skirt with a black skirt with a black skirt with a black skirt with a black "
            "skirt with a",
            failure="loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Solid Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: girl in light ice-wash denim shorts and a pink printed tee, front view, white backdrop; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X1005-008",
        caption("a girl wearing a pink shirt and blue shorts"),
        color_of("shorts", "pink", failure="other_garment_color"),
        details("shorts", "they are short shorts", failure="non_answer"),
        describe("shorts", "light blue denim shorts with a faded wash"),
        wearing("she is wearing shorts and a t-shirt", who="she"),
        is_a("shorts", "yes", article="a pair of"),
        material("the material of the shorts", failure="restated"),
        title="Doodle Girl Hot  Ice Wash Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey running shorts with a small white logo, black racerback tank top, running shoes, side view, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-009",
        caption("a man in a black tank top and grey shorts", failure="pronoun"),
        color_of("shorts", "gray"),
        wearing("a black tank top and gray shorts"),
        details(
            "shorts",
            "the shorts have a drawstring waist and side pockets with zippers and a zippered back pocket and a mesh",
            failure="cut",
            hit_limit=True,
        ),
        material("polyester"),
        gtype("shorts"),
        describe("shorts", "black shorts", failure="other_garment_color"),
        title="Nike Women Solid Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Women",
    ),
    # photo: back view of mid-blue washed jeans with contrast stitching on the back pockets, black top, white
    # backdrop; base model zero-shot (the color question asked open here), pattern by the reference engine
    case(
        "X1005-010",
        caption("the back of a woman wearing blue jeans and a black top"),
        describe("jeans", "blue jeans with a faded wash and two back pockets"),
        color_of("jeans", "black jeans", failure="other_garment_color", kind="open"),
        wearing("blue jeans"),
        details("jeans", "the jeans have a button fly and ripped knees", failure="unsupported"),
        pattern("solid"),
        title="Spykar Women Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard-yellow kurti-style top with an embroidered neckline, three-quarter sleeves, white palazzo
    # pants, front view, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-011",
        caption("a woman in a yellow top and white pants"),
        wearing("a yellow kurta"),
        col("yellow"),
        details("top", "embroidery around the neck"),
        describe(
            "top",
            "a yellow top with embroidered neck and embroidered neck and embroidered neck and embroidered neck and "
            "embroidered neck and embroidered",
            failure="loop",
            hit_limit=True,
        ),
        sleeve("three-quarter"),
        color_of("pants", "yellow pants", failure="contradiction", kind="open"),
        title="AND by Anita Dongre Women Yellow Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: sleeveless cream top with a black zebra-stripe print, mid-blue jeans, front view, white backdrop; base
    # model zero-shot, closed answers by the reference engine
    case(
        "X1005-012",
        caption("a woman wearing a zebra print top and jeans"),
        col("black", failure="contradiction"),
        pattern("animal print"),
        wearing("a zebra print shirt and jeans"),
        details("top", "the top is sleeveless with a zebra print"),
        describe("top", "a black and white zebra print top with a zipper on the back", failure="unsupported"),
        title="Arrow Women Zebra Cream Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: cotton red, white and blue check top with a frill at the hem, short sleeves, blue denim shorts, front view,
    # white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-013",
        caption("a woman in a plaid shirt and denim shorts"),
        pattern("checked"),
        describe("top", "a red and white checkered shirt with ruffles at the bottom"),
        wearing("he is wearing a plaid shirt and shorts", failure="pronoun", who="she"),
        details(
            "top",
            "Question: What are the top details? Answer: the top is a plaid shirt with a ruffle hem",
            failure="leak",
        ),
        sleeve("short"),
        material("velvet", failure="unsupported"),
        title="Wrangler Women Frill Check Multi Tops",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: navy cotton-jersey long-sleeved scoop-neck top, khaki chinos, front view, white backdrop; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X1005-014",
        caption("a woman in a dark blue shirt and khaki pants"),
        color_of("top", "beige", failure="other_garment_color"),
        wearing("a blue shirt and tan pants"),
        describe("top", "a black long sleeve shirt", failure="contradiction"),
        sleeve("long"),
        material("cashmere", failure="unsupported"),
        details("top", "Answer: the top has long sleeves and a scoop neck", failure="leak"),
        title="Flying Machine Women Solid Navy Blue Tops",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl in a pink tiered skirt and a white tee with a small print, front view, white backdrop; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X1005-015",
        caption("a little girl wearing a pink skirt and a white t-shirt"),
        color_of("skirt", "pink"),
        details("skirt", "the skirt is a skirt", failure="restated"),
        wearing("a skirt"),
        is_a("dress", "yes", failure="contradiction"),
        pattern("solid"),
        describe("skirt", "a white skirt", failure="other_garment_color"),
        title="Palm Tree Kids Girls Solid Pink Skirts",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a red flared skater skirt, black tights, navy knit top worn untucked over the waistband, front
    # view, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-016",
        caption("a girl in a red skirt and black tights"),
        color_of("skirt", "red"),
        describe("skirt", "a red skirt with a black waistband", failure="unsupported"),
        wearing("a red skirt, black tights and a blue sweater", who="she"),
        details("skirt", "the skirt is short and flared"),
        gtype("dress", failure="contradiction"),
        color_of("top", "red", failure="contradiction", kind="open"),
        title="Gini and Jony Kids Girls Solid Red Skirts",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: girl in a magenta party frock, sleeveless, tulle skirt, satin bow at the waist, silver sequins on the
    # bodice, front view, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-017",
        caption("a little girl in a pink party dress with a bow"),
        col("purple"),
        describe("dress", "a pink dress with a tulle skirt and a bow at the waist"),
        details(
            "dress",
            "the dress has a sequined bodice with a satin bow at the waist and a tulle skirt with a layer of tulle "
            "and a",
            failure="cut",
            hit_limit=True,
        ),
        material("tulle"),
        sleeve("sleeveless"),
        wearing("she is wearing a pink dress", who="she"),
        gtype("skirt", failure="contradiction"),
        title="Doodle Kids Girls Party Frock Purple Dress",
        category="Dresses",
        color="Magenta",
        gender="Girls",
    ),
    # photo: girl in a light pink cotton frock with a white lace overlay and short puff sleeves, white shoes, front
    # view, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-018",
        caption("a little girl in a pink dress with white lace"),
        wearing("a dress"),
        col("pink"),
        describe(
            "dress",
            "a pink dress with a pink dress with a pink dress with a pink dress with a pink dress with a pink dress "
            "with",
            failure="loop",
            hit_limit=True,
        ),
        details("dress", "the dress has a lace overlay and puff sleeves"),
        is_a("dress", "yes"),
        material("silk", failure="unsupported"),
        title="Doodle Kids Girls Party Frock Pink Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: grey melange sweater-knit crew-neck top, long sleeves, black leggings, ankle boots, front view, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-019",
        caption("a woman wearing a grey sweater and black leggings"),
        col("grey"),
        describe("top", "a gray sweater with long sleeves"),
        details("top", "the top has a pocket on the chest and buttons on the shoulder", failure="unsupported"),
        gtype("sweater"),
        wearing("black leggings and a black sweater", failure="contradiction"),
        title="United Colors of Benetton Women Solid Grey Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: magenta wrap top, short sleeves, white straight trousers, front view, white backdrop; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X1005-020",
        caption("a woman in a pink top and white pants"),
        color_of("top", "white", failure="other_garment_color"),
        wearing("pink shirt"),
        describe("top", "a hot pink wrap top with short sleeves"),
        details("top", "yes", failure="non_answer"),
        material("jersey"),
        sleeve("sleeveless", failure="contradiction"),
        title="s.Oliver Women Solid Magenta Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: brown top with a small white geometric print, cap sleeves, beige trousers, front view, white backdrop;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1005-021",
        caption("a woman in a brown and white top and beige pants"),
        pattern("printed"),
        col("brown"),
        wearing("his shirt is brown and his pants are tan", failure="pronoun"),
        describe("top", "a brown top with a white print"),
        details("top", "the top has a keyhole neckline and a tie at the back", failure="unsupported"),
        material("cotton"),
        color_of("pants", "brown pants", failure="contradiction", kind="open"),
        title="s.Oliver Women Printed Brown Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: bright yellow tank top, blue denim shorts, straw hat, front view, white backdrop; base model zero-shot,
    # closed answers by the reference engine
    case(
        "X1005-022",
        caption("a woman in a yellow tank top and denim shorts wearing a straw hat"),
        color_of("top", "yellow"),
        wearing("a yellow tank top, yellow shorts and a hat", failure="contradiction"),
        details(
            "top",
            "yellow tank top Question: What is the color of the shorts? Answer: blue Question: What is the",
            failure="leak",
            hit_limit=True,
        ),
        sleeve("sleeveless"),
        gtype("tank top"),
        describe("top", "a yellow hat", failure="contradiction"),
        title="Roxy Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: jersey color-block top in blue, orange and green panels, short sleeves, white jeans, front view, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-023",
        caption("a woman wearing a colorful top and white jeans"),
        col("white", failure="other_garment_color"),
        pattern("color block"),
        describe("top", "a blue orange and green color block shirt"),
        wearing("a shirt and jeans", who="she"),
        material("silk", failure="unsupported"),
        details("top", "the top has the top details", failure="restated"),
        title="United Colors of Benetton Women Multi Coloured Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: black straight formal trousers, white shirt tucked in, black heels, front view, white backdrop; base
    # model zero-shot, closed answers by the reference engine
    case(
        "X1005-024",
        caption("a woman in a white shirt and black pants"),
        color_of("pants", "black"),
        describe(
            "pants",
            "black dress pants with a crease down the front Question: What are the pants details? Answer: the",
            failure="leak",
            hit_limit=True,
        ),
        wearing("she is wearing a white shirt and black pants"),
        details(
            "pants",
            "the pants have a belt loop and a belt loop and a belt loop and a belt loop and a belt loop and a belt",
            failure="loop",
            hit_limit=True,
        ),
        gtype("shirt", failure="contradiction"),
        material("polyester"),
        title="Arrow Woman Formal Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: khaki chinos with rolled hems, navy and white striped tee, brown loafers, front view, white backdrop;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1005-025",
        caption("a woman wearing a striped shirt and khaki pants"),
        color_of("pants", "blue", failure="other_garment_color"),
        describe("pants", "khaki chinos with rolled cuffs"),
        wearing("a navy and white striped shirt and beige pants"),
        details("pants", "pants", failure="non_answer"),
        pattern("striped", failure="contradiction"),
        title="Wrangler Women Khaki Chinos",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: charcoal grey formal trousers, light pink blouse, front view, white backdrop; base model zero-shot,
    # closed answers by the reference engine; the feed row has no color
    case(
        "X1005-026",
        caption("a woman in a pink shirt and grey pants"),
        color_of("pants", "grey"),
        wearing("a gray blouse and gray trousers", failure="contradiction"),
        describe("pants", "the pants are pink", failure="other_garment_color"),
        details("pants", "the pants have a hidden side zipper and a hook closure", failure="unsupported"),
        is_a("pants", "yes", article="a pair of"),
        title="Park Avenue Woman Grey Trousers",
        category="Trousers",
        gender="Women",
    ),
    # photo: dark indigo bootcut jeans, white embroidered peasant top worn loose over the waistband (no belt
    # visible), sunglasses in hand, front view, white backdrop; base model zero-shot, closed answers by the reference
    # engine
    case(
        "X1005-027",
        caption("a woman in a white top and white jeans holding sunglasses", failure="contradiction"),
        color_of("jeans", "blue"),
        describe("jeans", "dark blue bootcut jeans with a white belt", failure="unsupported"),
        wearing("he is wearing a white shirt and jeans", failure="pronoun", who="she"),
        details(
            "jeans",
            "the jeans have a rhinestone embellished back pocket and a distressed finish on the thighs and a",
            failure="cut",
            hit_limit=True,
        ),
        material("denim"),
        title="Spykar Women Ep Jeans Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: girl in a light-wash button-front denim skirt and a yellow tee with a cartoon print, front view, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-028",
        caption("a little girl wearing a yellow shirt and a denim skirt"),
        color_of("skirt", "yellow", failure="other_garment_color"),
        describe("skirt", "a blue denim skirt with buttons down the front"),
        wearing("a yellow t-shirt and a blue skirt"),
        details("skirt", "the skirt has a cartoon print", failure="contradiction"),
        material("denim"),
        title="Palm Tree Kids Girl Washed Blue Skirts",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black knee-length sheath dress with cap sleeves, red clutch and red heels, front view, white backdrop;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1005-029",
        caption("a woman in a black dress holding a red purse"),
        color_of("dress", "red", failure="other_garment_color"),
        describe("dress", "a little black dress with cap sleeves"),
        wearing("a black dress and red shoes"),
        details("dress", "the dress has a sweetheart neckline and a slit at the back", failure="unsupported"),
        sleeve("short"),
        is_a("dress", "no", failure="contradiction"),
        title="Vero Moda Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy maxi dress with a white and red floral print and spaghetti straps, a light blue denim jacket worn
    # open over it, front view, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-030",
        caption("a woman wearing a floral dress and a denim jacket"),
        col("blue"),
        wearing("a dress and a jean jacket"),
        describe(
            "dress",
            "a long navy blue maxi dress with white and red flowers and thin straps and a denim jacket over the top "
            "with the",
            failure="cut",
            hit_limit=True,
        ),
        gtype("jacket", failure="contradiction"),
        details("dress", "the dress details are on the dress", failure="restated"),
        pattern("floral"),
        material("denim", failure="contradiction"),
        title="Mango Women Blue Floral Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: grey tee with white "PARIS" lettering, short sleeves, black skinny jeans, front view, white backdrop;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1005-031",
        caption("a woman wearing a grey t-shirt with the word paris on it"),
        col("black", failure="other_garment_color"),
        pattern("graphic"),
        material("yes", failure="non_answer"),
        wearing("a grey t-shirt and grey jeans", failure="contradiction"),
        details("top", "the t-shirt says paris on the front"),
        describe("top", "a grey t-shirt with the eiffel tower on it", failure="unsupported"),
        title="Tokyo Talkies Women Printed Grey Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: pink sleeveless matte cotton top with a small black bird print, white shorts, front view, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-032",
        caption("a woman in a pink top with birds on it and white shorts"),
        color_of("top", "pink"),
        describe(
            "top",
            "a pink top with a pink top with a pink top with a pink top with a pink top with a pink top with a pink",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a pink shirt and white shorts"),
        details("top", "what are the top details?", failure="restated"),
        sleeve("sleeveless"),
        material("satin", failure="unsupported"),
        title="Tokyo Talkies Women Printed PinkTop",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: orange peplum top with short sleeves, white jeans, front view, white backdrop; base model zero-shot,
    # closed answers by the reference engine
    case(
        "X1005-033",
        caption("a woman in an orange top and white jeans"),
        col("white", failure="other_garment_color"),
        describe("top", "a red peplum top with short sleeves", failure="contradiction"),
        wearing("he is wearing an orange top and white pants", failure="pronoun", who="she"),
        details("top", "the top has a peplum waist and a round neckline"),
        gtype("top"),
        material("white denim", failure="contradiction"),
        title="Arrow Woman Cameron Orange Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: pale pink long-sleeved top with a small brown deer print, brown trousers, front view, white backdrop;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1005-034",
        caption("a man wearing a pink shirt with deer on it", failure="pronoun"),
        color_of("top", "pink"),
        pattern("printed"),
        wearing("a pink top and brown pants"),
        describe("top", "a light pink top with brown deer print"),
        material("cotton"),
        details("top", "the top has a deer print and a pocket with a zipper on the side", failure="unsupported"),
        color_of("pants", "brown", kind="open"),
        title="Arrow Women Deerie Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black pleated midi skirt, white tee tucked in, black sneakers, front view, white backdrop; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X1005-035",
        caption("a woman wearing a white t-shirt and a black pleated skirt"),
        color_of("skirt", "white", failure="other_garment_color"),
        describe("skirt", "a long black pleated skirt"),
        details(
            "skirt", "the skirt has a slit on the side and a zipper on the front and a pocket", failure="unsupported"
        ),
        wearing(
            "she is wearing a white shirt and a black skirt and a white shirt and a black skirt and a white shirt "
            "and a",
            failure="loop",
            hit_limit=True,
        ),
        pattern("solid"),
        title="Jealous 21 Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a navy knit top with a keyhole and one button at the back of the neck, grey trousers, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-036",
        caption("the back of a woman in a blue top and gray pants"),
        col("navy blue"),
        details("top", "a button at the back of the neck"),
        describe("top", "the top is grey", failure="other_garment_color"),
        wearing("a blue top and grey pants", who="she"),
        is_a("top", "yes"),
        material("velvet", failure="unsupported"),
        title="United Colors of Benetton Women Solid Navy Blue Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive cargo pants with flap pockets on the thighs, black tank top, front view, white backdrop; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X1005-037",
        caption("a woman in a black tank top and black cargo pants", failure="contradiction"),
        color_of("pants", "black", failure="other_garment_color"),
        describe("pants", "olive green cargo pants with pockets on the sides"),
        wearing("cargo pants and a tank top"),
        details(
            "pants",
            "Answer: cargo pants with pockets Question: What is the color of the tank top? Answer: black",
            failure="leak",
        ),
        material("fabric", failure="non_answer"),
        title="Jealous 21 Women Olive Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: white short-sleeved shift dress with a blue, yellow and green abstract print, tan sandals, front view,
    # white backdrop; base model zero-shot, closed answers by the reference engine; the feed row has no category
    case(
        "X1005-038",
        caption("a woman in a white dress with a colorful print"),
        wearing("yes", failure="non_answer"),
        pattern("printed"),
        describe("dress", "a white dress with blue and yellow print"),
        details(
            "dress",
            "the dress has a zipper on the back and two pockets on the front and a belt at the waist and a",
            failure="cut",
            hit_limit=True,
        ),
        gtype("dress"),
        col("white"),
        color_of("dress", "blue", failure="contradiction", kind="open"),
        title="Only Women Printed Shift Dress",
        color="Multi",
        gender="Women",
    ),
    # photo: black leggings under a long red kurta that reaches the knees, front view, white backdrop; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X1005-039",
        caption("a woman in a red kurta and black leggings"),
        color_of("leggings", "red", failure="other_garment_color"),
        wearing("a red dress and black leggings"),
        describe("leggings", "black leggings Question: What color is the kurta? Answer: red", failure="leak"),
        details("leggings", "leggings", failure="non_answer"),
        is_a("kurta", "yes", failure="contradiction"),
        material("spandex"),
        title="Scullers Women Black Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: black track pants with two white side stripes, grey hoodie, white sneakers, front view, white backdrop;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1005-040",
        caption("a woman wearing a gray hoodie and black track pants"),
        color_of("pants", "gray", failure="other_garment_color"),
        pattern("striped"),
        wearing("she is wearing a hoodie and sweatpants", who="she"),
        describe("pants", "black track pants with white stripes down the sides"),
        details(
            "pants",
            "the pants have white stripes on the side and white stripes on the side and white stripes on the side and "
            "white stripes",
            failure="loop",
            hit_limit=True,
        ),
        material("polyester"),
        color_of("hoodie", "black", failure="contradiction", kind="open"),
        title="Puma Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: red sleeveless halter-neck maxi dress, gold bangles, front view, plain beige studio wall; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X1005-041",
        caption("a woman in a long red dress standing in front of a beige wall"),
        col("red"),
        describe("dress", "a red halter neck maxi dress"),
        wearing("he is wearing a red dress", failure="pronoun"),
        details("dress", "the dress has a halter neck and an open back", failure="unsupported"),
        sleeve("sleeveless"),
        material("chiffon"),
        color_of("dress", "beige", failure="contradiction", kind="open"),
        title="Vero Moda Women Red Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: green button-down shirt with sleeves rolled up and two flap chest pockets, worn open over a white tee,
    # blue jeans, front view, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-042",
        caption("a woman wearing a green shirt over a white t-shirt and jeans"),
        color_of("shirt", "white", failure="other_garment_color"),
        describe("shirt", "a green button down shirt with rolled up sleeves"),
        wearing("a green shirt and jeans"),
        details(
            "shirt",
            "the shirt has a collar and two chest pockets with flaps and buttons on the pockets and the sleeves are "
            "rolled up to the",
            failure="cut",
            hit_limit=True,
        ),
        sleeve("long"),
        material("100% cotton", failure="unsupported"),
        title="Wrangler Women Roll Up Green Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: washed-black jeans faded to charcoal, white top under a light grey open cardigan, front view, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-043",
        caption("a woman in a grey sweater and black jeans"),
        col("black"),
        describe("jeans", "dark grey washed jeans"),
        wearing("a cardigan and jeans", who="she"),
        details("jeans", "Question: What are the jeans details? Answer:", failure="leak"),
        is_a("jeans", "no", failure="contradiction", article="a pair of"),
        material("denim"),
        color_of("jeans", "white jeans", failure="other_garment_color", kind="open"),
        title="United Colors of Benetton Women Washed Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: white wide-leg palazzo trousers under an indigo printed kurti, silver earrings, front view, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-044",
        caption("a woman in a blue and white dress", failure="contradiction"),
        color_of("pants", "blue", failure="other_garment_color"),
        wearing("a blue kurta and white pants"),
        describe("pants", "white wide leg pants"),
        details("pants", "", failure="non_answer"),
        gtype("pants"),
        material(
            "the pants are made of a light cotton fabric with an elastic waistband and side pockets and a",
            failure="cut",
            hit_limit=True,
        ),
        title="Biba Women White Palazzo Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: olive utility shirt with epaulettes and a chest pocket, long sleeves, black jeans, three-quarter side
    # view, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-045",
        caption(
            "a woman in a green shirt and black pants and a green shirt and black pants and a green shirt and black "
            "pants and a green shirt and black pants and a green shirt and black pants and a green",
            failure="loop",
            hit_limit=True,
        ),
        col("green"),
        wearing("she is wearing a green jacket", failure="contradiction", who="she"),
        details("shirt", "it has epaulettes on the shoulders and a chest pocket"),
        pattern("solid"),
        describe("shirt", "describe the shirt", failure="restated"),
        title="Arrow Woman Hallie Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: beige and navy horizontal striped boat-neck top, three-quarter sleeves, red trousers, front view, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1005-046",
        caption("a woman wearing a striped shirt and red pants"),
        col("red", failure="other_garment_color"),
        pattern("striped"),
        describe("top", "a beige and navy striped boat neck top"),
        wearing("a striped shirt and red pants Question: What is the color of the shirt? Answer:", failure="leak"),
        details("top", "boat neck and three quarter sleeves"),
        sleeve("three-quarter"),
        material("no", failure="non_answer"),
        title="s.Oliver Women Stripes Beige Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
]
