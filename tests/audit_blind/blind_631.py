"""BLIND_631 (46 products; Myntra men's and women's bottoms, base BLIP-2): written blind in the fifty-third session.
Measured blind at 28aee8c (the session's seventh rules): 119/132 failures found (90.2%) and 4/179 correct texts flagged
(2.2%). The writer's notes, verbatim:

Scenario: one night of a Myntra-like feed of bottoms: jeans, trousers, track pants and shorts, men's and women's.
Every photo is a catalog shot on a white (or near-white) backdrop of a model wearing the product with a top and
shoes, sometimes a layer (jacket, blazer, hoodie, open shirt) and a prop (sunglasses, hat, bag, stool, ball, water
bottle, backpack, yoga mat). Mostly front views, one back view. The catalog columns are title, category and color
as the seller typed them; two rows lack a column (color, category), one title says "Greyish Brown" where the color
column says Beige, and a few titles call a product "Solid" whose photo shows stripes, trim or a logo.

Who wrote what: the untuned base Salesforce/blip2-opt-2.7b wrote every caption (zero-shot, greedy, 50 new tokens)
and every open answer (`Question: ... Answer:` prompt, greedy, 30 new tokens). Its habits: short lowercase answers,
often right, but it gives the bottoms the top's or the layer's color, moves a print or a logo from the top onto the
bottoms, invents details it cannot see (rivets, back tabs, pleats, composition), sometimes says he for a woman or
she for a man, answers an open question with one word, says the question back, now and then continues the prompt
format with a new `Question: ... Answer:` of its own, and on long "describe"/"details" answers either loops or runs
to the token limit mid-sentence. Closed answers (garment type, color, pattern, yes/no "Is this a pair of ...?",
the closed color question about the jeans/pants/shorts/shirt) come from enrich's `--engine reference`, which picks
one candidate value: they never loop or stop short, but can pick the wrong candidate (usually the top's color).
The "shoes color" question is a local open question asked of the base model.

Labeling conventions and judgement calls:
- A closed (reference) answer that names the color of another worn garment or of a prop is labelled
  "contradiction"; an open answer or a caption that gives the product the color of another worn garment is labelled
  "other_garment_color".
- A closed answer that gives the wrong garment type, the wrong pattern (e.g. the top's stripes, or "solid" for a
  title that says Check and a photo that shows the check), or "no" to "Is this a pair of X?" for the product is a
  "contradiction".
- A print, logo or detail that belongs to the top (a skull print) moved onto the bottoms in an open answer is
  "unsupported" (an invented detail), not other_garment_color, since no color is wrongly assigned.
- A material answer that is a plain fabric plausible from the photo and the category (denim or cotton for jeans,
  polyester or fleece for track pants, cotton for chinos/shorts) is correct; a specific blend, percentage or grade
  the seller never states is "unsupported"; the material of another worn garment (leather of a jacket) is a
  "contradiction".
- A one-word answer that says nothing about the asked garment ("jeans" to "Describe the jeans.", "pants" to the
  details question, a bare color word to "Describe the pants.") and "they are short" for shorts' details are
  "non_answer"; a bare color word that is another garment's color is "other_garment_color" instead.
- A sentence that only says the question back ("the details of the jeans are the details of the jeans"), and an
  echo of the question itself ("describe the jeans", "what are the shorts details"), is "restated".
- An answer that opens with "Answer:" and then answers is a "leak" of the prompt format, as is one that appends a
  new question and answers it (also in the shoes question); the leaked answer's own correctness is not judged.
- A continuation that opens a new "Question: ... Answer:" is "leak", even when the leaked answer is right; when it
  ran to the 30-token limit it also has hit_limit=True.
- Loops that ran to the limit are "loop" with hit_limit=True; answers cut mid-sentence without repeating are "cut",
  also captions that rambled to the 50-token limit (their content up to the cut matches the photo).
- A he/his in an answer for a Women row, or she for a Men row, is "pronoun"; one caption that says "a man" for a
  Women row is also "pronoun". The question itself uses he/she from the catalog gender.
- Colors judged by the photo: cream trousers called "white", dark indigo called "navy blue" or "dark blue", navy
  called "blue" or "dark blue", greyish-brown called "brown" or "khaki", royal blue called "blue" are correct.
- Where the title says "Solid" but the photo shows side stripes or a logo, an answer naming the stripes or the
  logo is correct (the photo decides); where the title says Check and the photo shows it, "solid" is wrong.
- A correct answer may name only the top, the layer or the shoes when the question asks about the person or the
  shoes; naming the white backdrop or a prop correctly is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shoes = question("shoes_color", "What is the color of the shoes?", "open")

BLIND_631 = [
    # photo: man, mid-blue skinny jeans faded at the thighs, white crew-neck t-shirt, white sneakers, white backdrop,
    # front full-length. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-001",
        caption("a man in blue jeans and a white t-shirt standing in front of a white wall"),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of("jeans", "blue"),
        details(
            "jeans", "they are skinny with a zip fly and a leather waist patch that says flying machine", "unsupported"
        ),
        Q.garment_type("jeans"),
        Q.color("white", "contradiction"),
        shoes("white"),
        describe("jeans", "describe the jeans", "restated"),
        title="Flying Machine Men Skinny Jack Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, black low-rise skinny jeans, red sleeveless top, black heels, white backdrop, front view.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-002",
        caption("a woman in black jeans and a red top posing for a photo"),
        wearing("red top and red pants", "other_garment_color", who="she"),
        color_of("jeans", "black"),
        describe(
            "jeans",
            "she is wearing a pair of black jeans with a red top and a pair of black jeans with a red top and a pair"
            " of black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("pair of jeans", "yes"),
        Q.material("denim"),
        title="Flying Machine Women Lowrise Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man, dark indigo straight-fit jeans, grey-and-white checked shirt untucked, brown leather shoes, white
    # backdrop, front view, one hand in his jeans pocket and the other at his shirt collar, unsmiling. Base OPT-2.7b
    # wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-003",
        caption(
            "a man in a plaid shirt and dark jeans standing with one hand in his pocket and the other hand at the"
            " collar of his shirt while looking at the camera with a serious expression on his face and a pair of"
            " brown",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey shirt and jeans", who="he"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        color_of("shirt", "grey"),
        details("jeans", "the jeans have a button fly and a red tab on the back pocket", "unsupported"),
        Q.garment_type("jeans"),
        shoes("brown"),
        title="Wrangler Men Blue Texas Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, light-wash blue jeans with rolled cuffs, white lace top, tan sandals, sunglasses held in her
    # hand, white backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-004",
        caption("a woman wearing jeans and a white top holding a pair of sunglasses"),
        wearing("he is wearing a white shirt and blue jeans", "pronoun", who="she"),
        color_of("jeans", "light blue"),
        details("jeans", "the jeans are rolled up at the bottom"),
        describe("jeans", "jeans", "non_answer"),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Flying Machine Women Midrise Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man, black slim jeans, olive-green bomber jacket open over a black t-shirt, black boots, white backdrop.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-005",
        caption("a man in a green jacket and green pants", "other_garment_color"),
        wearing("a green jacket, black shirt and black jeans", who="he"),
        color_of("jeans", "black"),
        Q.color("green", "contradiction"),
        details(
            "jeans",
            "the jeans have a zipper on the front and a button on the waist and a zipper on the front and a button on"
            " the waist and a zipper",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jeans"),
        title="Wrangler Men Black Millard Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman, washed black jeans (slightly faded), pink-and-white horizontally striped t-shirt, white canvas
    # sneakers, white backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-006",
        caption("a woman in a pink and white striped shirt and black jeans"),
        wearing("a striped shirt and jeans", who="she"),
        color_of("jeans", "black"),
        Q.pattern("striped", "contradiction"),
        describe("jeans", "his jeans are black with a faded wash", "pronoun"),
        Q.material("cotton and spandex blend with 2% elastane for stretch", "unsupported"),
        shoes("white"),
        title="United Colors of Benetton Women Washed Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a man in mid-blue washed jeans, stitched back pockets, brown leather patch on the
    # waistband, grey t-shirt, white backdrop. Base OPT-2.7b wrote caption and open answers; reference the closed.
    case(
        "X631-007",
        caption("the back of a man wearing blue jeans and a grey t-shirt"),
        wearing("blue jeans and a grey shirt", who="he"),
        details("jeans", "the back pockets have stitching and there is a leather patch on the waist"),
        color_of("jeans", "blue"),
        color_of("shirt", "blue", "contradiction"),
        Q.garment_type("jeans"),
        Q.material("selvedge denim made in japan", "unsupported"),
        title="United Colors of Benetton Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man, dark-blue bootcut jeans, white shirt with rolled sleeves under a navy blazer, brown loafers, white
    # backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-008",
        caption("a man in a blue blazer and jeans"),
        wearing("he is wearing a blue suit jacket, a white shirt and blue jeans", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe(
            "jeans",
            "the jeans are dark blue and have a bootcut with orange contrast stitching and a distressed hem",
            "unsupported",
        ),
        Q.pattern("solid"),
        is_a("pair of jeans", "no", "contradiction"),
        shoes("brown"),
        title="Lee Men Sanskrit Blue Rodeo Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, medium-blue skinny jeans ripped at both knees, black off-shoulder top, white sneakers, white
    # backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-009",
        caption("a woman in ripped jeans and a black top"),
        wearing("he is wearing a black top and ripped jeans", "pronoun", who="she"),
        color_of("jeans", "blue"),
        details("jeans", "ripped knees"),
        describe("jeans", "the jeans are black", "other_garment_color"),
        Q.garment_type("jeans"),
        Q.material("denim"),
        title="Spykar Women Ep Jeans Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man, clean black slim jeans (no rips), white polo shirt with navy collar tipping, black sneakers with
    # white soles, white backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed
    # ones.
    case(
        "X631-010",
        caption(
            "a man in a white polo shirt and black jeans standing in front of a white background with his hands at his"
            " sides, the polo shirt has a navy blue collar and the jeans are slim fit and he is wearing black sneakers"
            " with white soles and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a white polo shirt with black jeans Question: What is the color of the jeans? Answer: black Question:"
            " What is the color",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        color_of("shirt", "white"),
        details("jeans", "the jeans are distressed with holes on both knees", "unsupported"),
        Q.pattern("solid"),
        title="Lee Men Black Chicago Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man, mid-blue regular jeans, red pullover hoodie, white sneakers, hands in the jeans pockets, white
    # backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-011",
        caption("a man in a red hoodie and blue jeans with his hands in his pockets"),
        wearing("a red hoodie and jeans", who="he"),
        color_of("jeans", "red", "contradiction"),
        describe("jeans", "blue jeans with a regular fit and ripped knees", "unsupported"),
        details("jeans", "the details of the jeans are the details of the jeans", "restated"),
        Q.garment_type("jeans"),
        shoes("white"),
        title="Highlander Men High Original Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, dark-blue bootcut jeans, navy-and-white striped shirt knotted at the waist, brown wedge sandals,
    # a straw hat in her hand, white backdrop. Base OPT-2.7b wrote caption and open answers; reference the closed.
    case(
        "X631-012",
        caption("a woman wearing a striped shirt and jeans holding a hat"),
        wearing("she is wearing a blue and white striped shirt and blue jeans", who="she"),
        color_of("jeans", "navy blue"),
        Q.pattern("striped", "contradiction"),
        details("jeans", "they are bootcut with embroidered back pockets", "unsupported"),
        Q.material("denim"),
        describe("jeans", "the jeans are blue and white striped", "other_garment_color"),
        title="Wrangler Women Blue Custom Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man, light-blue heavily washed jeans, black t-shirt with a white skull print, black-and-white sneakers,
    # white backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-013",
        caption("a man in a black t-shirt with a skull on it and blue jeans"),
        wearing("black t-shirt and black jeans", "other_garment_color", who="he"),
        color_of("jeans", "light blue"),
        color_of("t-shirt", "black"),
        describe("jeans", "a pair of light blue jeans with a skull print", "unsupported"),
        Q.pattern("solid"),
        Q.material("cotton"),
        details("jeans", "jeans", "non_answer"),
        title="Locomotive Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man seated on a wooden stool, blue washed straight jeans with hems turned up once, white linen shirt
    # open over a white vest, tan boots, white backdrop. Base OPT-2.7b wrote caption and open answers; reference the
    # closed ones.
    case(
        "X631-014",
        caption("a man sitting on a stool wearing a white shirt and jeans"),
        wearing("she is wearing a white shirt and blue jeans", "pronoun", who="he"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "the jeans are a straight fit with five pockets, a zip fly and a button at the waist, the hems are turned"
            " up once and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Deni Yo Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, mid-blue (medium wash) high-rise straight jeans with a button fly, yellow crop top, white
    # sneakers, pink handbag on her arm, white backdrop. Base OPT-2.7b wrote the caption and open answers; reference
    # engine the closed ones.
    case(
        "X631-015",
        caption("a woman in a yellow top and jeans holding a pink bag"),
        wearing("a yellow top, blue jeans and a pink bag", who="she"),
        color_of("jeans", "yellow", "contradiction"),
        details(
            "jeans",
            "the jeans are high waisted with a straight leg and a button fly, they are a medium wash and the hems are",
            "cut",
            hit_limit=True,
        ),
        describe(
            "jeans", "the jeans are blue and high waisted Question: Describe the top. Answer: the top is yellow", "leak"
        ),
        Q.pattern("solid"),
        shoes("white"),
        title="Spykar Women Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man, grey cargo shorts with flap side pockets, black henley t-shirt, grey canvas sneakers, white
    # backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-016",
        caption("a man in a black shirt and grey cargo shorts"),
        wearing("a black shirt and black shorts", "other_garment_color", who="he"),
        color_of("shorts", "black", "contradiction"),
        details("shorts", "cargo pockets on the sides with flaps"),
        describe(
            "shorts",
            "the shorts are grey cargo shorts with pockets on the sides and the shorts are grey cargo shorts with"
            " pockets on the sides and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        shoes("grey"),
        title="Quiksilver Men Grey Ashland Cargo Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: man, greyish-brown (taupe) flat-front trousers, light-blue formal shirt tucked in, black belt, black
    # formal shoes, white backdrop. Base OPT-2.7b wrote the caption and open answers; reference the closed ones.
    case(
        "X631-017",
        caption("a man in a blue shirt and brown pants"),
        wearing("blue shirt and khaki pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.color("brown"),
        details("pants", "they have pleats at the front and a side adjuster tab", "unsupported"),
        Q.pattern("solid"),
        is_a("pair of trousers", "yes"),
        title="Indigo Nation Men Pv Plan(Mix & Max) Greyish Brown Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man, cream chinos, navy polo t-shirt, brown loafers, white backdrop, front view.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-018",
        caption("a man wearing a navy polo shirt and white pants"),
        wearing(
            "a blue shirt and white pants Question: What is the color of the shirt? Answer: navy blue", "leak", who="he"
        ),
        Q.color("navy blue", "contradiction"),
        describe("pants", "white", "non_answer"),
        Q.garment_type("trousers"),
        shoes("brown"),
        Q.material("100% cotton twill with stretch", "unsupported"),
        title="Indigo Nation Men Cream Trouser Cream Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: man, black trousers with a thin brown check, white shirt under a grey v-neck sweater, black shoes,
    # white backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-019",
        caption("a man in a grey sweater and black plaid pants"),
        wearing("a grey sweater over a white shirt and checkered pants", who="he"),
        Q.pattern("checked"),
        color_of("pants", "black"),
        details("pants", "the pants are grey with a brown check", "other_garment_color"),
        Q.color("grey", "contradiction"),
        describe("pants", "the pants are the pants he is wearing", "restated"),
        title="United Colors of Benetton Men Black and Brown Checked Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: man, bottle-green slim chinos with rolled hems, white t-shirt under a blue denim jacket, white sneakers,
    # white backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-020",
        caption("a man in a denim jacket, white t-shirt and green pants"),
        wearing("a jean jacket and blue pants", "other_garment_color", who="he"),
        color_of("pants", "blue", "contradiction"),
        describe(
            "pants",
            "the pants are green chinos with a slim fit, they are rolled up at the bottom and have a slim fit, they"
            " are rolled up at the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "no"),
        shoes("white"),
        title="Basics Men Green Trousers",
        category="Trousers",
        color="Green",
        gender="Men",
    ),
    # photo: man, dark-brown trousers, beige linen shirt tucked in with sleeves rolled to the elbows, brown shoes,
    # white backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-021",
        caption("a man in a beige shirt and brown pants"),
        wearing(
            "brown pants and a beige shirt that is tucked in and the shirt has long sleeves that are rolled up to the"
            " elbows and he is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.color("beige", "contradiction"),
        details("pants", "brown", "non_answer"),
        Q.material("polyester viscose blend, 65% polyester 35% viscose", "unsupported"),
        Q.pattern("solid"),
        title="Probase Men Solid Brown Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: man, black trousers with a faint grey check, light-pink shirt tucked in, black shoes, white backdrop.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-022",
        caption("a man in a pink shirt and black pants"),
        wearing("a pink shirt and black trousers", who="he"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("trousers"),
        details("pants", "the pants are black with a grey check pattern and a flat front"),
        title="Probase Men Check Black Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: man, mid-grey formal trousers, white shirt, black tie, black shoes, white backdrop.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-023",
        caption("a man in a white shirt and tie and grey pants"),
        wearing("white shirt, black tie, grey pants and a silver watch", "unsupported", who="he"),
        color_of("pants", "grey"),
        describe(
            "pants",
            "the pants are grey and the shirt is white and the tie is black and the shoes are black and the pants are"
            " grey and the shirt is",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        details("pants", "", "non_answer"),
        title="Belmonte Men Solid Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man, plain grey track pants with tapered ankles and a small black logo on the thigh, white t-shirt with
    # a black logo, black sneakers, white backdrop. Base OPT-2.7b wrote caption and open answers; reference the closed.
    case(
        "X631-024",
        caption("a man in a white adidas t-shirt and grey track pants"),
        wearing("white shirt and grey sweatpants", who="he"),
        color_of("pants", "white", "contradiction"),
        describe("pants", "they are grey track pants with a black adidas logo on the thigh and tapered ankles"),
        details("pants", "pants", "non_answer"),
        Q.garment_type("track pants"),
        title="ADIDAS Men Solid Grey Track Pant",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man, royal-blue slim trousers, white t-shirt under a grey blazer, white sneakers, white backdrop.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-025",
        caption("a man in a grey blazer and grey pants", "other_garment_color"),
        wearing("grey blazer, white shirt and blue pants", who="he"),
        color_of("pants", "grey", "contradiction"),
        describe(
            "pants",
            "the pants are blue and slim and the pants are blue and slim and the pants are blue and slim and the pants"
            " are blue and",
            "loop",
            hit_limit=True,
        ),
        details("pants", "the pants details are the details of the pants that he is wearing", "restated"),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Indigo Nation Men Solid Blue Trousers",
        category="Trousers",
        color="Blue",
        gender="Men",
    ),
    # photo: man, navy trousers, light-blue checked shirt tucked in, brown belt, brown shoes, white backdrop.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-026",
        caption("a man in a blue checkered shirt and dark blue pants standing in an office", "unsupported"),
        wearing("a blue shirt and pants", who="he"),
        color_of("pants", "navy blue"),
        Q.pattern("checked", "contradiction"),
        details(
            "pants",
            "the pants are navy blue with a brown belt Question: What is the color of the belt? Answer: brown",
            "leak",
        ),
        is_a("pair of trousers", "yes"),
        shoes("brown"),
        describe("pants", "they are pants", "non_answer"),
        title="Scullers Men Solid Navy Blue Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, grey melange training shorts with a white logo, white t-shirt, white socks and grey trainers, a
    # water bottle in his hand, white backdrop. Base OPT-2.7b wrote caption and open answers; reference the closed.
    case(
        "X631-027",
        caption("a man in a white shirt and grey shorts holding a water bottle"),
        wearing("a white t-shirt and white shorts", "other_garment_color", who="he"),
        Q.color("white", "contradiction"),
        details("shorts", "the details of the shorts are the shorts", "restated"),
        Q.garment_type("shorts"),
        describe("shorts", "grey nike shorts with a white logo"),
        is_a("pair of shorts", "yes"),
        title="Nike Men Trainng Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: man, dark-grey trousers, black shirt tucked in, black shoes, white backdrop.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-028",
        caption("a man in a black shirt and black pants", "other_garment_color"),
        wearing("black shirt and grey pants", who="he"),
        color_of("pants", "grey"),
        details(
            "pants",
            "the pants are dark grey with a belt loop and a button on the waistband and a zipper in the front and a"
            " pocket on the side and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("pair of jeans", "no"),
        title="Probase Men Solid DK.Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man, black knee-length bermuda shorts with a white logo on the left leg, yellow t-shirt with a small
    # logo, black slides, white backdrop. Base OPT-2.7b wrote caption and open answers; reference the closed ones.
    case(
        "X631-029",
        caption("a man in a yellow t-shirt and black shorts"),
        wearing("yellow shirt and black shorts", who="he"),
        Q.color("black"),
        describe(
            "shorts",
            "the shorts are black Question: Describe the shirt. Answer: the shirt is yellow and has a puma logo on the"
            " chest Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "puma logo on the left leg and a zip pocket at the back", "unsupported"),
        Q.pattern("solid"),
        shoes("black"),
        title="Puma Men Logo Bermuda Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man, olive chinos with slant side pockets, black t-shirt, white sneakers, a backpack slung over one
    # shoulder, white backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-030",
        caption("a man with a backpack wearing a black shirt and green pants"),
        wearing("she has a backpack and is wearing a black t-shirt and olive pants", "pronoun", who="he"),
        color_of("pants", "olive"),
        describe(
            "pants",
            "the pants are olive green with cargo pockets on the sides and a drawstring at the ankles",
            "unsupported",
        ),
        Q.garment_type("trousers"),
        shoes("white"),
        details("pants", "yes", "non_answer"),
        title="Basics Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, grey running shorts with pink side trim, black sports tank top, pink running shoes, white
    # backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-031",
        caption("a woman in a black tank top and grey shorts"),
        wearing("she is wearing a black top and grey shorts with pink trim", who="she"),
        color_of("shorts", "grey"),
        details("shorts", "they have a pink stripe on the side"),
        describe("shorts", "his shorts are grey with a pink stripe", "pronoun"),
        Q.material("polyester"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Nike Women Solid Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Women",
    ),
    # photo: man, khaki chinos with rolled hems, white-and-navy striped t-shirt, navy canvas shoes, sunglasses
    # pushed up on his head, white backdrop. Base OPT-2.7b wrote caption and open answers; reference the closed ones.
    case(
        "X631-032",
        caption("a man wearing sunglasses, a striped shirt and khaki pants"),
        wearing("a striped shirt and khaki pants", who="he"),
        color_of("pants", "khaki"),
        Q.pattern("striped", "contradiction"),
        describe("pants", "blue and white striped pants", "other_garment_color"),
        shoes("navy blue"),
        title="Highlander Men Classic Chinos Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man, navy slim trousers, white t-shirt under a brown leather jacket, brown boots, white backdrop.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-033",
        caption("a man in a brown leather jacket and blue pants"),
        wearing("a brown jacket, a white t-shirt and dark blue pants", who="he"),
        color_of("pants", "brown", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details(
            "pants",
            "the pants have a slim fit, slim fit, slim fit, slim fit, slim fit, slim fit, slim fit, slim fit, slim"
            " fit, slim",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "contradiction"),
        title="Highlander Men Solid Blue Trouser",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, black high-waisted wide-leg trousers, white blouse tucked in, black heels, white backdrop.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones. The feed has no color.
    case(
        "X631-034",
        caption("a woman in a white blouse and black pants"),
        wearing("he is wearing a white blouse and black pants", "pronoun", who="she"),
        color_of("pants", "black"),
        Q.garment_type("trousers"),
        describe("pants", "they are wide leg pants with a high waist and a side slit at the hem", "unsupported"),
        is_a("pair of trousers", "yes"),
        title="Vero Moda Women Black Wide Leg Trousers",
        category="Trousers",
        gender="Women",
    ),
    # photo: man, black track pants with three white stripes down each side, white t-shirt with a logo, black-and-
    # white sneakers, white backdrop. Base OPT-2.7b wrote caption and open answers; reference engine the closed ones.
    case(
        "X631-035",
        caption("a man in black adidas track pants and a white t-shirt"),
        wearing("a white shirt and black sweatpants", who="he"),
        color_of("pants", "black"),
        details("pants", "white pants with three black stripes", "other_garment_color"),
        Q.color("white", "contradiction"),
        Q.material("polyester"),
        is_a("pair of track pants", "yes"),
        describe("pants", "a description of the pants", "restated"),
        title="ADIDAS Men Solid Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man, grey melange fleece joggers with ribbed ankle cuffs, navy pullover hoodie, grey sneakers, white
    # backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-036",
        caption("a man in a blue hoodie and grey sweatpants"),
        wearing("Answer: he is wearing a hoodie and sweatpants", "leak", who="he"),
        color_of("pants", "navy blue", "contradiction"),
        describe("pants", "grey sweatpants with cuffs at the ankles"),
        details("pants", "the pants details are the details of the pants", "restated"),
        Q.garment_type("track pants"),
        Q.material("fleece"),
        title="Nike Men AS Thermal Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, black slim track pants with a small white logo on the left thigh, pink sports tank top, pink
    # running shoes, white backdrop. Base OPT-2.7b wrote caption and open answers; reference engine the closed ones.
    case(
        "X631-037",
        caption("a woman in a pink tank top and black pants"),
        wearing("a pink tank top and pink pants", "other_garment_color", who="she"),
        color_of("pants", "pink", "contradiction"),
        details("pants", "he has a nike logo on the left leg", "pronoun"),
        Q.garment_type("track pants"),
        shoes("pink"),
        title="Nike Women Trainng track pants Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: woman barefoot on a purple yoga mat, royal-blue yoga track pants with a fold-over waistband, loose white
    # t-shirt, white backdrop. Base OPT-2.7b wrote caption and open answers; reference engine the closed ones.
    case(
        "X631-038",
        caption("a woman standing on a yoga mat in blue pants and a white shirt"),
        wearing("a white t-shirt and blue yoga pants", who="she"),
        color_of("pants", "purple", "contradiction"),
        describe(
            "pants",
            "she is wearing blue yoga pants with a wide waistband that is folded over and a white t-shirt that is"
            " loose and she is barefoot on a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Urban Yoga Women Solid Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Women",
    ),
    # photo: man, navy track pants with red-and-white side piping and a small cat logo, red polo t-shirt, white
    # sneakers, white backdrop. Base OPT-2.7b wrote caption and open answers; reference engine the closed ones.
    case(
        "X631-039",
        caption("a man in a red shirt and blue track pants"),
        wearing("red polo shirt and navy pants", who="he"),
        Q.color("red", "contradiction"),
        details(
            "pants",
            "red and white stripes on the side and red and white stripes on the side and red and white stripes on the",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "red", "other_garment_color"),
        is_a("pair of track pants", "yes"),
        title="Puma Men Heroes Navy Blue Track Pant",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, grey track pants with zip side pockets, black zip-up track jacket zipped to the chest, black
    # sneakers, white backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-040",
        caption("a man in a black jacket and grey pants"),
        wearing(
            "black jacket and grey pants Question: What is the color of the jacket? Answer: black Question: What is"
            " the color of the pants? Answer:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "grey"),
        Q.material("brushed fleece with drycell technology", "unsupported"),
        details("pants", "they have pockets with zippers"),
        Q.garment_type("track pants"),
        title="Puma Men Lifestyle  Grey Track Pant",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman with short hair, red sweatpants with a white drawstring, grey melange sweatshirt, white sneakers,
    # white backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-041",
        caption("a man in a grey sweatshirt and red sweatpants", "pronoun"),
        wearing("a grey sweatshirt and red sweatpants", who="she"),
        color_of("pants", "red"),
        details(
            "pants",
            "the pants have a white drawstring and a white drawstring and a white drawstring and a white drawstring"
            " and a white drawstring and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.material("fleece"),
        Q.color("grey", "contradiction"),
        describe("pants", "sweatpants", "non_answer"),
        title="Puma Women Geranium Red Core Sweatpants",
        category="Track Pants",
        color="Red",
        gender="Women",
    ),
    # photo: man, plain black track pants with a small club crest on the thigh, red football jersey with a white
    # collar, black sneakers, a football under his right arm, white backdrop. Base OPT-2.7b wrote caption and open
    # answers; reference engine the closed ones.
    case(
        "X631-042",
        caption("a man in a red manchester united jersey holding a soccer ball"),
        wearing(
            "a red soccer jersey with a white collar and black pants with a crest on the leg and he is holding a"
            " soccer ball under his right arm and",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        describe(
            "pants",
            "the pants are black with a red devil logo on the leg and white stripes down the sides",
            "unsupported",
        ),
        Q.garment_type("t-shirt", "contradiction"),
        is_a("pair of track pants", "yes"),
        details("pants", "the details of the pants are the pants details", "restated"),
        title="Manchester United Men Solid Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man, white woven running shorts, black running tank top, black-and-white running shoes, white backdrop.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-043",
        caption("a man in a black tank top and white shorts running on a track", "unsupported"),
        wearing(
            "black tank top and white shorts Question: What are the shorts details? Answer: they are short",
            "leak",
            who="he",
        ),
        color_of("shorts", "black", "contradiction"),
        details("shorts", "they are short", "non_answer"),
        Q.garment_type("shorts"),
        Q.material("polyester"),
        title="Nike Men As Woven Shor White Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: man, navy-and-white checked bermuda shorts, white t-shirt, brown flip-flops, white backdrop.
    # Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones.
    case(
        "X631-044",
        caption("a man in a white t-shirt and plaid shorts"),
        wearing("white t-shirt and white shorts", "other_garment_color", who="he"),
        Q.pattern("checked"),
        color_of("shorts", "white", "contradiction"),
        describe("shorts", "the shorts are blue and white plaid and they are knee length"),
        shoes("brown Question: What is the color of the shorts? Answer: blue", "leak"),
        Q.material("seersucker cotton", "unsupported"),
        details("shorts", "what are the shorts details", "restated"),
        title="Status Quo Men Check Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, black board shorts with a grey palm-leaf print, light-blue short-sleeve shirt open over a white
    # t-shirt, barefoot, white backdrop. Base OPT-2.7b wrote caption and open answers; reference the closed ones.
    case(
        "X631-045",
        caption("a man in a blue shirt and black shorts with palm trees on them"),
        wearing(
            "a blue shirt, a white shirt, a blue shirt, a white shirt, a blue shirt, a white shirt, a blue shirt, a"
            " white",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shorts", "black"),
        Q.pattern("printed"),
        details(
            "shorts",
            "the shorts are made of a quick dry fabric and have a velcro fly and a key pocket with a drainage hole",
            "unsupported",
        ),
        describe("shorts", "blue shorts with a palm print", "other_garment_color"),
        title="Quiksilver Men Black Printed Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, light ice-wash denim hot shorts with frayed hems, white crop tank top, white sneakers, white
    # backdrop. Base OPT-2.7b wrote the caption and open answers; reference engine the closed ones. No category column.
    case(
        "X631-046",
        caption("a woman wearing a white tank top and denim shorts"),
        wearing("a white top and white shorts", "other_garment_color", who="she"),
        color_of("shorts", "light blue"),
        details("shorts", "frayed hem"),
        describe("shorts", "he is wearing a pair of denim shorts", "pronoun"),
        Q.garment_type("shorts"),
        Q.material("denim"),
        title="Doodle Girl Hot  Ice Wash Blue Shorts",
        color="Blue",
        gender="Women",
    ),
]
