"""BLIND_821 (46 products; Myntra kids' casual wear, BLIP-2 base zero-shot): written blind in the fifty-sixth session.
Measured blind at 030e815 (the session's second rules): 107/127 failures found (84.3%) and 5/174 correct texts flagged
(2.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of boys' and girls' casual wear (t-shirts, polos, shirts, shorts, jeans, dresses, tops).
Catalog shots on a white backdrop, front view, the child worn-on-model with the rest of an outfit (tees under open
shirts, cardigans over dresses, hoodies over jeans) and now and then a prop (teddy bear, basketball, straw hat,
sunglasses). Seller columns as the feed has them: title, category (article type), color (base colour), gender; a
few rows lack a column.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, no adapter, 8-bit, greedy decoding.
Captions (50 new tokens) and open answers (30 new tokens) are free generation that stops on the newline; closed
answers come from enrich's --engine reference, which ranks the candidate values with the same base model and keeps
one, so they never loop or stop short. The base model's habits: short lowercase answers, one color for two garments
(the tee's color given for the shorts), the color of a print, a belt or a prop given for the garment, generic or
invented details (pockets, logos, zips on a side it cannot see), a one-word answer to "Describe", now and then a
continuation of the "Question: ... Answer:" format, and rare loops or cuts on the longest descriptions.

Labeling conventions and judgement calls:
- One label per text, the most specific: a text that leaks the format is "leak" even if what follows is wrong; a
  description that runs to the 30-token limit repeating a phrase is "loop", one that runs to it without repeating is
  "cut"; both have hit_limit=True.
- other_garment_color: the product is given the color of another garment or worn item in the photo (the tee's color
  for the shorts, the cardigan's for the dress, red shoes and belt for a black dress), in a closed or open answer or
  a caption that gives two garments one color.
- contradiction: any other wrong color (a print's color, a prop's color, an inverted polka dot), a wrong pattern,
  sleeve length or garment type, a sleeve length or pattern taken from another garment, "no" to the right garment,
  a material the title contradicts (cotton for a Dri-FIT tee), an accessory answered as a garment detail.
- unsupported: a detail or material that neither the photo nor the title supports (a logo on the sleeve, a zip at
  the back of a front view, silk, wool, leather, "100% organic cotton").
- "cotton" for a plain jersey tee, a shirt or a dress and "denim" for jeans or denim shorts count as correct; so does
  "lace" for a top with a lace yoke.
- Shades are correct within the seller's color group: red for maroon, pink for peach, blue for navy or turquoise,
  purple for lavender; pink for a lavender top is a contradiction. For a "Multi" or striped item any stripe color
  is accepted; for a two-color check the seller's main color is the only one I used.
- non_answer: a one-word color, garment or brand name ("nike" to "What is the person wearing?"), "yes" or "no", or
  "it is a t-shirt" to an open question.
  restated: the question's words given back as the answer ("the shorts are shorts").
- pronoun: he/his for a girl, she for a boy, and once "a girl" in the caption of a boy's product.
- A correct answer about the whole outfit to "Describe the t-shirt" is still correct. "Striped", "floral" or "solid"
  for a character, logo or all-over novelty print is a contradiction; "graphic" for a logo or lettering is correct.
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
    wearing,
)

BLIND_821 = [
    # photo: boy in a navy crew-neck short-sleeve tee with a white and orange "GAME ON" skateboard graphic on the chest,
    # beige chino shorts, white backdrop, front view; all texts by the base model
    case(
        "X821-001",
        caption("a young boy wearing a navy blue t-shirt and khaki shorts"),
        wearing("a t-shirt and shorts"),
        color_of("t-shirt", "blue"),
        Q.pattern("striped", "contradiction"),
        describe("t-shirt", "it is a blue t-shirt with a picture of a skateboard on it"),
        details("t-shirt", "the t-shirt has a logo on the left sleeve", "unsupported"),
        title="Gini and Jony Boys Printed Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a red pique polo with a white-tipped collar and two red buttons, mid-blue jeans, white backdrop;
    # base model
    case(
        "X821-002",
        caption("a little boy in a red polo shirt and jeans"),
        wearing("a red shirt and blue jeans", who="the boy"),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        Q.sleeve_length("short sleeves"),
        details(
            "polo shirt",
            "the polo shirt has a collar, two buttons and a small crocodile logo on the chest",
            "unsupported",
        ),
        Q.material("polyester", "unsupported"),
        title="UFO Boys Solid Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a sleeveless pink fit-and-flare dress with white polka dots, white sandals, white backdrop, front
    # view; base model
    case(
        "X821-003",
        caption("a little girl in a pink dress with white polka dots"),
        wearing("she is wearing a pink dress", who="the girl"),
        color_of("dress", "pink"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "the dress is a pink dress with a white bow on the back", "unsupported"),
        details("dress", "the dress details are the details of the dress", "restated"),
        is_a("dress", "yes"),
        title="Cutecumber Girls Pink Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a plain white tee worn untucked over navy cotton twill shorts with a drawstring and side pockets,
    # white sneakers, white backdrop; base model
    case(
        "X821-004",
        caption("a boy in a white t-shirt and white shorts", "other_garment_color"),
        wearing("a white shirt and blue shorts"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts have a drawstring waist and two pockets"),
        Q.material("cotton"),
        title="Palm Tree Boys Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard-yellow short-sleeve top with a small white bird print, blue jeans, white backdrop;
    # base model
    case(
        "X821-005",
        caption("a young girl wearing a yellow shirt and jeans"),
        wearing("a yellow top and jeans"),
        Q.color("yellow"),
        Q.pattern("floral", "contradiction"),
        describe("top", "he is wearing a yellow top with birds on it", "pronoun"),
        details("top", "the top has a bird print and short sleeves"),
        Q.material("it is made of cotton"),
        title="Gini and Jony Girls Yellow Printed Top",
        category="Tops",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a grey melange crew-neck tee, mid-blue faded slim jeans, white sneakers, white backdrop, full
    # length front view; base model
    case(
        "X821-006",
        caption("a young boy in a grey shirt and blue jeans"),
        wearing("a grey t-shirt and blue jeans"),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "the jeans are a pair of jeans", "restated"),
        describe("jeans", "the jeans have a faded wash and a slim fit"),
        Q.material("denim"),
        title="Tommy Hilfiger Kids Boys Slim Fit Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a white short-sleeve tee with a pink glitter heart on the chest, light-blue denim skirt, white
    # backdrop; base model
    case(
        "X821-007",
        caption("a little girl wearing a white t-shirt with a pink heart on it"),
        wearing("a white t-shirt and a blue skirt"),
        color_of("t-shirt", "pink", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "the t-shirt has a heart on it and a bow on the collar", "unsupported"),
        title="Mothercare Girls White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a blue-and-white checked full-sleeve shirt, buttoned, one chest pocket, dark blue jeans, white
    # backdrop; base model
    case(
        "X821-008",
        caption("a boy in a blue and white checkered shirt"),
        wearing("a plaid shirt and jeans"),
        Q.pattern("checked"),
        Q.color("blue"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("shirt", "the shirt is a blue and white checkered shirt with a pocket on the chest"),
        details("shirt", "Question: What are the shirt details? Answer: the shirt has buttons", "leak"),
        title="612 League Boys Blue & White Checked Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a red cap-sleeve A-line dress with a small white floral print, holding a brown teddy bear, white
    # backdrop; base model
    case(
        "X821-009",
        caption("a little girl in a red dress holding a teddy bear"),
        wearing("a red dress with white flowers"),
        color_of("dress", "brown", "contradiction"),
        Q.pattern("floral"),
        describe(
            "dress",
            "the dress is red with white flowers and a bow at the waist and a bow at the waist and a bow at the",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Peppermint Girls Red Printed A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a green short-sleeve tee with a cartoon boy (Chhota Bheem) printed on the front, blue denim shorts,
    # white backdrop; base model
    case(
        "X821-010",
        caption("a young boy wearing a green t-shirt with a cartoon character on it"),
        wearing("he is wearing a green shirt and blue shorts", who="the boy"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "the t-shirt has a pocket on the chest and a logo on the back", "unsupported"),
        describe("t-shirt", "green", "non_answer"),
        Q.material("cotton"),
        title="Chhota Bheem Kids Boys Green Printed T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a white top with a lace hem, dark indigo skinny jeans, pink ballet flats, white backdrop; base
    # model
    case(
        "X821-011",
        caption("a young girl in a white shirt and blue jeans"),
        wearing("he is wearing a white top and jeans", "pronoun", who="the girl"),
        color_of("jeans", "white", "other_garment_color"),
        describe("jeans", "the jeans are skinny jeans with a zipper fly and five pockets", "unsupported"),
        is_a("pair of jeans", "yes"),
        Q.material("denim"),
        title="Gini and Jony Girls Dark Blue Skinny Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a white full-sleeve button-down shirt with a left chest pocket, buttoned, navy shorts, white
    # backdrop; base model
    case(
        "X821-012",
        caption("a boy in a white shirt and blue shorts"),
        wearing("a white shirt and shorts"),
        Q.color("blue", "other_garment_color"),
        color_of("shirt", "white Question: What is the color of the shorts? Answer: blue", "leak", kind="open"),
        details("shirt", "the shirt has a button down collar and a pocket on the left side of the chest"),
        Q.material("linen", "unsupported"),
        title="Allen Solly Junior Boys White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a peach sleeveless top with a ruffle down the front, white shorts, white backdrop; base model
    case(
        "X821-013",
        caption("a little girl in a pink top and white shorts"),
        wearing("he is wearing a pink shirt and white shorts", "pronoun", who="the girl"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("top", "the top has ruffles on the front"),
        describe("top", "the top is a top", "restated"),
        title="Tiny Girl Girls Peach Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a black tee with a white graphic, olive cargo shorts with flap side pockets, white backdrop; base
    # model
    case(
        "X821-014",
        caption("a boy wearing a black t-shirt and green shorts"),
        wearing("a black t-shirt and cargo shorts"),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "the shorts have cargo pockets on the side"),
        describe("shorts", "the shorts are black with a white design", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("denim", "unsupported"),
        title="Mothercare Boys Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a sleeveless dress with horizontal pink, yellow, blue and white stripes, white sneakers, white
    # backdrop; base model
    case(
        "X821-015",
        caption("a little girl wearing a striped dress"),
        wearing("a dress"),
        color_of("dress", "pink"),
        Q.pattern("striped"),
        describe(
            "dress",
            "a colorful striped dress with pink, yellow, blue and white stripes, pink, yellow, blue and white stripes,"
            " pink, yellow, blue",
            "loop",
            hit_limit=True,
        ),
        details("dress", "no", "non_answer"),
        title="Cherry Crumble Girls Multicoloured Striped Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a red zip hoodie worn open over a white tee, black slim jeans, white backdrop; base model
    case(
        "X821-016",
        caption("a boy in a red hoodie and black jeans"),
        wearing("she is wearing a red jacket and black pants", "pronoun"),
        color_of("jeans", "red", "other_garment_color"),
        details("jeans", "details of the jeans", "restated"),
        Q.material("denim"),
        title="Pepe Jeans Kids Boys Black Slim Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a purple short-sleeve tee with a white Nike swoosh, black track pants, white backdrop; base model
    case(
        "X821-017",
        caption("a young girl in a purple nike t-shirt"),
        wearing("a purple shirt and black pants Question: What is she wearing? Answer: a purple shirt", "leak"),
        Q.color("purple"),
        Q.material("cotton", "contradiction"),
        describe("t-shirt", "the shirt is purple with a white nike logo"),
        details("t-shirt", "his t-shirt has a nike logo on the chest", "pronoun"),
        Q.sleeve_length("short sleeves"),
        title="Nike Girls Purple Dri-FIT Polyester T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a green and navy tartan short-sleeve shirt with a regular collar, worn open over a white tee, khaki
    # shorts, white backdrop; base model
    case(
        "X821-018",
        caption("a young boy wearing a plaid shirt and khaki shorts"),
        wearing("a white t-shirt and a plaid shirt"),
        color_of("shirt", "white", "other_garment_color"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("shirt", "the shirt is a green and blue plaid button up shirt worn open over a white t-shirt"),
        details("shirt", "the shirt is made of cotton and has a button down collar", "unsupported"),
        title="Gini and Jony Boys Green & Navy Checked Shirt",
        category="Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a white tee with a black cat print, light-blue denim shorts with a frayed hem, white backdrop;
    # base model
    case(
        "X821-019",
        caption("a little girl in a white shirt and denim shorts"),
        wearing("she is wearing a white t-shirt and jean shorts"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts have a frayed hem"),
        describe("shorts", "shorts", "non_answer"),
        Q.material("denim Answer: denim", "leak"),
        title="Tiny Girl Girls Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a grey melange tee with a black PUMA logo print, black shorts, white backdrop; base model
    case(
        "X821-020",
        caption("a boy wearing a grey t-shirt and black shorts"),
        wearing("a grey shirt and black shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "the t-shirt is grey with a puma logo on it Question: What is the color of the shorts? Answer: black",
            "leak",
        ),
        title="Puma Boys Grey Melange Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a white three-quarter-sleeve top with blue floral embroidery around the neckline, blue leggings,
    # white backdrop; base model
    case(
        "X821-021",
        caption("a young girl in a white top and blue leggings"),
        wearing("a white shirt and blue pants"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        details("top", "yes", "non_answer"),
        describe(
            "top",
            "the top is a white top with blue embroidery and a white top with blue embroidery and a white top with",
            "loop",
            hit_limit=True,
        ),
        Q.material("it is made of cotton"),
        title="Global Desi Girls White Embroidered Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a navy polo, grey jersey shorts with a drawstring and elastic waist, white backdrop; base model
    case(
        "X821-022",
        caption("a little boy in a blue polo shirt and grey shorts"),
        color_of("shorts", "grey"),
        details("shorts", "the shorts have a drawstring and an elastic waistband"),
        describe("shorts", "the shorts are shorts", "restated"),
        Q.garment_type("polo shirt", "contradiction"),
        Q.material("it is made of wool", "unsupported"),
        title="U.S. Polo Assn. Kids Boys Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a navy short-sleeve shirt dress with a white anchor print, a collar, buttons down the front and a
    # self belt, white backdrop; base model
    case(
        "X821-023",
        caption("a young girl wearing a black dress with white anchors", "contradiction"),
        wearing("a navy blue dress"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        details("dress", "the dress has a collar, buttons down the front and a belt at the waist"),
        describe("dress", "it has a sailor collar and a red bow", "unsupported"),
        is_a("dress", "yes"),
        title="Nauti Nati Girls Navy Blue Printed Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a black short-sleeve tee with white "SUPER HERO" lettering and a red star, blue jeans, white
    # backdrop; base model
    case(
        "X821-024",
        caption("a young boy wearing a black shirt that says super hero"),
        wearing("a black t-shirt and blue jeans"),
        color_of("t-shirt", "blue", "other_garment_color"),
        Q.pattern("graphic"),
        details("t-shirt", "the shirt says super hero on it"),
        describe(
            "t-shirt",
            "the t-shirt is black with white letters and a red star and a red star and a red star and a red star",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Ant Kids Boys Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a red and white horizontal-striped long-sleeve round-neck top, blue jeans, white backdrop; base
    # model
    case(
        "X821-025",
        caption("a girl in a red and white striped shirt"),
        wearing("a striped shirt and jeans"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("top", "the top is a red and white striped top with long sleeves and a round neck"),
        details("top", "he is wearing a red and white striped shirt", "pronoun"),
        Q.material("polyester", "unsupported"),
        title="Mini Klub Girls Red Striped Top",
        category="Tops",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a yellow tee, mid-blue jeans ripped at the knees, brown sneakers, white backdrop; base model
    case(
        "X821-026",
        caption("a boy in a yellow shirt and ripped jeans"),
        wearing("a yellow shirt and jeans"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        details("jeans", "the jeans have rips on the knees"),
        describe("jeans", "the jeans are blue and have holes in them and a chain on the side", "unsupported"),
        is_a("pair of jeans", "yes"),
        Q.material("the material is the material of the jeans", "restated"),
        title="Flying Machine Boys Blue Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a turquoise short-sleeve tee with an Elsa and Anna (Frozen) print, white shorts, white backdrop;
    # base model
    case(
        "X821-027",
        caption("a little girl wearing a blue t-shirt with frozen characters on it"),
        wearing("a blue t-shirt and white shorts"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        describe("t-shirt", "it is a t-shirt", "non_answer"),
        details("t-shirt", "the t-shirt has elsa and anna from frozen on the front"),
        Q.pattern("floral", "contradiction"),
        title="Disney Kids Girls Blue Frozen Printed T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: boy in a maroon full-sleeve shirt with the sleeves rolled up, beige chinos, white backdrop; base model;
    # the feed row has no category
    case(
        "X821-028",
        caption("a boy in a red shirt and khaki pants"),
        wearing("a maroon shirt and khaki pants"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "the shirt has the sleeves rolled up"),
        describe(
            "shirt",
            "the shirt is a red shirt with a red collar and red buttons and red cuffs and red sleeves and red pockets"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Gini and Jony Boys Maroon Solid Casual Shirt",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a mustard-yellow sleeveless maxi dress with small white and orange flowers, a straw hat, white
    # backdrop; base model
    case(
        "X821-029",
        caption("a little girl in a yellow dress and a straw hat"),
        wearing("a yellow dress and a hat"),
        color_of("dress", "orange", "contradiction"),
        Q.pattern("floral"),
        describe("dress", "the dress is long and yellow with small flowers"),
        details("dress", "the dress has a straw hat", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Pspeaches Girls Yellow Floral Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a navy tee with orange horizontal stripes and no pocket, grey shorts, white backdrop; base model
    case(
        "X821-030",
        caption("a young boy in a blue and orange striped shirt"),
        wearing("a striped shirt and grey shorts"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        details("t-shirt", "the shirt has orange stripes and a pocket on the chest", "unsupported"),
        describe("t-shirt", "the t-shirt is navy blue with orange stripes Answer: the t-shirt is navy blue", "leak"),
        title="YK Boys Navy & Orange Striped T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink sweatshirt with a unicorn print, light-blue skinny jeans, white sneakers, white backdrop;
    # base model
    case(
        "X821-031",
        caption("a little girl wearing a pink sweater and jeans"),
        wearing("she is wearing a pink shirt with a unicorn on it and jeans"),
        color_of("jeans", "pink", "other_garment_color"),
        describe("jeans", "the jeans are light blue and skinny"),
        details("jeans", "the jeans are pink with a unicorn on the front", "other_garment_color"),
        is_a("pair of jeans", "no", "contradiction"),
        Q.material("denim"),
        title="Tiny Girl Girls Light Blue Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a white and blue checked half-sleeve shirt, beige chino shorts with belt loops and a brown belt,
    # white backdrop; base model
    case(
        "X821-032",
        caption("a boy in a checkered shirt and khaki shorts"),
        wearing("a plaid shirt and shorts"),
        color_of("shorts", "blue", "other_garment_color"),
        details("shorts", "the shorts have belt loops and a brown belt"),
        describe(
            "shorts",
            "the shorts are khaki chino shorts with a zipper and a button and a brown belt with a silver buckle"
            " and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("pants", "contradiction"),
        title="Allen Solly Junior Boys Beige Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in a black long-sleeve knit top with a silver sequin star, red skirt, white backdrop; base model
    case(
        "X821-033",
        caption("a young girl in a black shirt and red skirt"),
        wearing("a black top and a red skirt"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("top"),
        details("top", "the top has a silver star made of sequins"),
        describe("top", "the top is made of black leather and has a zipper", "unsupported"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Gini and Jony Girls Black Embellished Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a mid-blue denim full-sleeve shirt with two flap chest pockets, buttoned, black jeans, white
    # backdrop; base model
    case(
        "X821-034",
        caption("a young boy wearing a denim shirt and black jeans"),
        wearing("a jean jacket and black pants", "contradiction"),
        color_of("shirt", "blue"),
        Q.material("denim"),
        details("shirt", "the shirt has two pockets on the chest"),
        describe("shirt", "it is the shirt that the boy is wearing", "non_answer"),
        Q.garment_type("jacket", "contradiction"),
        title="Pepe Jeans Kids Boys Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a sea-green skater dress with short flutter sleeves under an open white long-sleeve cardigan,
    # white backdrop; base model
    case(
        "X821-035",
        caption("a little girl in a green dress and a white sweater"),
        wearing("she is wearing a green dress and a white cardigan"),
        color_of("dress", "white", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "the dress is a green skater dress with a zip at the back", "unsupported"),
        details("dress", "green", "non_answer"),
        title="Bella Moda Girls Sea Green Skater Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve henley tee with three buttons at the neck, olive cargo pants, white backdrop;
    # base model
    case(
        "X821-036",
        caption("a boy in a white long sleeve shirt and green pants"),
        wearing("a white shirt and green pants"),
        Q.color("green", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        details("t-shirt", "the t-shirt has three buttons at the neck"),
        describe(
            "t-shirt",
            "the t-shirt is a white henley with three buttons at the neck and long sleeves and it has a round neck and",
            "cut",
            hit_limit=True,
        ),
        Q.material("his shirt is made of cotton"),
        is_a("sweater", "yes", "contradiction"),
        title="Hashtag Boys White Henley T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a white sleeveless top, pink shorts with a small white flower print and a bow at the elastic
    # waist, white backdrop; base model
    case(
        "X821-037",
        caption("a young girl in a white top and pink shorts"),
        wearing("a white shirt and pink shorts"),
        color_of("shorts", "pink"),
        Q.pattern("solid", "contradiction"),
        details("shorts", "the shorts have a bow on the waist and flowers"),
        describe("shorts", "he is wearing pink shorts with flowers", "pronoun"),
        Q.material("silk", "unsupported"),
        title="Mothercare Girls Pink Floral Shorts",
        category="Shorts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a red and white striped tee, dark indigo jeans with orange contrast stitching and cuffed hems,
    # white backdrop; base model
    case(
        "X821-038",
        caption("a young boy wearing a striped shirt and blue jeans"),
        wearing("a red and white striped shirt and jeans"),
        color_of("jeans", "red", "other_garment_color"),
        details("jeans", "the jeans have orange stitching and are rolled up at the bottom"),
        describe("jeans", "Question: Describe the jeans. Answer: the jeans are dark blue", "leak"),
        Q.pattern("striped", "contradiction"),
        title="Gini and Jony Boys Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a lavender top with a lace yoke and short puff sleeves, white jeans, white backdrop; base model
    case(
        "X821-039",
        caption("a little girl in a pink top and white pants", "contradiction"),
        wearing("a purple shirt and white jeans"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        details("top", "the top has lace on the shoulders and puffed sleeves"),
        describe(
            "top",
            "the top is a lavender top with lace and a lace collar and a lace bow and pearl buttons down the back of"
            " the",
            "cut",
            hit_limit=True,
        ),
        Q.material("lace"),
        title="Cutecumber Girls Lavender Lace Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a yellow half-sleeve shirt with a small navy palm-tree print, navy shorts, sunglasses pushed up on
    # his head, white backdrop; base model
    case(
        "X821-040",
        caption("a young boy in a yellow shirt with palm trees on it"),
        wearing("a yellow shirt, blue shorts and sunglasses"),
        color_of("shirt", "yellow"),
        details("shirt", "the shirt has a palm tree print and short sleeves"),
        describe("shirt", "yellow", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.material("the shirt is made of 100% organic cotton", "unsupported"),
        title="UFO Boys Yellow Printed Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a black cap-sleeve dress with white polka dots, a red belt and red shoes, white backdrop; base
    # model
    case(
        "X821-041",
        caption("a little girl wearing a black and white polka dot dress"),
        wearing("a black dress with white polka dots and red shoes"),
        color_of("dress", "red", "other_garment_color"),
        Q.pattern("polka dot"),
        describe("dress", "the dress is white with black polka dots", "contradiction"),
        details("dress", "the dress has a red belt and short sleeves"),
        title="Kids On Board Girls Black Polka Dot Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a royal-blue tee with a white Nike swoosh, black shorts, an orange basketball under his arm, white
    # backdrop; base model; the feed row has no color
    case(
        "X821-042",
        caption("a young boy holding a basketball wearing a blue nike shirt"),
        wearing("nike", "non_answer"),
        Q.color("blue"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "the t-shirt has a nike logo"),
        describe("t-shirt", "the t-shirt is orange", "contradiction"),
        title="Nike Boys Blue Training T-shirt",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: girl in a yellow tank top, white denim shorts with lace trim at the hem, white backdrop; base model
    case(
        "X821-043",
        caption("a little girl in a yellow top and white shorts"),
        wearing("a yellow tank top and white shorts"),
        color_of("shorts", "white"),
        details("shorts", "the shorts have lace on the bottom and a zipper pocket on the back", "unsupported"),
        describe("shorts", "the shorts are white denim with lace trim"),
        Q.garment_type("skirt", "contradiction"),
        title="Gini and Jony Girls White Denim Shorts",
        category="Shorts",
        color="White",
        gender="Girls",
    ),
    # photo: boy with shoulder-length hair in a navy hooded sweatshirt, grey slim jeans, white sneakers, white
    # backdrop; base model
    case(
        "X821-044",
        caption("a girl in a blue hoodie and grey jeans", "pronoun"),
        wearing("a blue hoodie and jeans"),
        color_of("jeans", "blue", "other_garment_color"),
        describe("jeans", "the jeans are grey slim fit jeans with an adjustable waist", "unsupported"),
        details(
            "jeans",
            "the jeans are grey with a button and a zipper and two pockets in the front and two pockets in the back"
            " and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim Question: What is the color of the jeans? Answer: grey", "leak"),
        is_a("pair of jeans", "yes"),
        title="Palm Tree Boys Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a pink and white horizontal-striped short-sleeve tee, navy leggings, white backdrop; base model
    case(
        "X821-045",
        caption("a young girl in a pink and white striped shirt and blue leggings"),
        wearing("she is wearing a pink shirt and blue pants"),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        details(
            "t-shirt",
            "a pink and white striped t-shirt Question: What is the color of the leggings? Answer: blue",
            "leak",
        ),
        describe("t-shirt", "the t-shirt is blue", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.material("the t-shirt is made of wool", "unsupported"),
        title="Mothercare Girls Pink Striped T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a navy full-sleeve shirt with a small white dinosaur all-over print, no hood, grey chinos, white
    # backdrop; base model; the feed row has no gender
    case(
        "X821-046",
        caption("a young boy wearing a blue shirt with white dinosaurs"),
        wearing("a blue shirt and grey pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        details("shirt", "the shirt has a dinosaur print"),
        describe("shirt", "the shirt is a navy blue shirt with dinosaurs and a hood", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Allen Solly Junior Boys Navy Printed Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
]
