"""BLIND_892 (46 products; Myntra men's bottoms, BLIP-2 base zero-shot): written blind in the fifty-seventh session.
Measured blind at c1acb3c (the session's second rules): 110/128 failures found (85.9%) and 0/180 correct texts flagged
(0.0%). The writer's notes, verbatim:

Scenario: a Myntra-like men's catalog of bottoms: jeans, chinos (filed as Trousers, as Myntra does), formal trousers
and shorts. Every photo is a worn shot: the model wears the labelled bottom with a t-shirt, polo or shirt, mostly on
a white or light grey studio backdrop, full length front view, with a few back and side views, two waist crops and a
few props (sunglasses, a stool, a backpack). The seller's columns are title, category (article type), color
(base colour) and gender; one row lacks color and one lacks gender, as real feeds do.

Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, no adapter.
Captions and open answers are greedy free generation (50 and 30 new tokens); closed answers (kind "closed") come from
enrich's --engine reference, which picks one candidate value, so they never loop, leak or stop short. The base model
answers short and lowercase, names the top before the bottom, confuses the two garments' colors (the t-shirt's color
given to the jeans), puts the shirt's stripes or checks on the trousers, invents belts, back-pocket logos, rips and
drawstrings, says "a woman" now and then, and when it misses the newline it runs on into a list that loops or is cut
at the limit, or continues the "Question: ... Answer:" format.

Labeling conventions and judgement calls:
- Every text is judged against the photo as described in its comment; where the seller's color is loose (Navy Blue
  for mid-blue jeans) an answer right for the photo is correct.
- Shades and synonyms of the right color are correct: tan or khaki for khaki chinos, cream or white for cream, red
  for maroon, navy or dark blue for navy, blue for indigo, gray for grey, purple for lavender.
- A color, print or pattern that belongs to the other garment in the photo, given to the labelled bottom (or the
  bottom's color given to the top when the top is asked about), is other_garment_color when it is a color;
  a borrowed pattern (stripes, checks, florals, a print) or a wrong garment type is contradiction.
- A closed answer that picks the top's color for the garment is other_garment_color too, like an open one.
- A color no garment in the photo has, or a wrong garment type, fit or yes/no, is contradiction.
- Details not visible in the photo or not present (belts on beltless waists, back-pocket logos seen from the front,
  pleats on flat fronts, rips, drawstrings, a street) are unsupported; a fabric that contradicts the title or belongs
  to the other garment (linen for cotton shorts worn under a linen shirt) is unsupported as well.
- An empty answer, a one-word answer to an open describe or details question, a yes/no or "none" to one, or
  only the garment's own words back ("they are short") is non_answer, even where the word is true; one-word
  answers to the material and the open color questions are full answers and correct when right.
- Repeating the question's own wording as the answer ("the chinos details are the details of the chinos") is
  restated.
- A text that loops is labelled loop even though it also ran to the token limit; a text that stops mid-phrase at the
  limit without repeating is cut; both have hit_limit=True.
- A text that continues into "Question:" or starts with "Answer:" is leak, whatever the answer inside says.
- "she", "her" or "a woman" for the men's model is pronoun, even where the clothes named are right.
- One label per text: the kind that best explains why it is wrong.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

fit = question("fit", "What is the fit of the garment?", "closed")

BLIND_892 = [
    # photo: mid-blue slim jeans with light fading on the thighs, white crew-neck t-shirt untucked, white sneakers,
    # white backdrop, full-length front view. All texts by the base model; closed answers by the reference engine.
    case(
        "X892-001",
        caption("a man in a white t-shirt and blue jeans standing on a white background"),
        wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "blue"),
        color_of("t-shirt", "white", kind="open"),
        describe("jeans", "they are slim fit jeans with a faded wash on the thighs"),
        details("jeans", "the jeans have a button on the back pocket", "unsupported"),
        Q.material("denim"),
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black skinny jeans stacked over black chelsea boots, grey melange crew t-shirt, white backdrop, front
    # view. Base model; closed answers by the reference engine.
    case(
        "X892-002",
        caption("a man in a grey t-shirt and black jeans"),
        wearing("a grey shirt and grey pants", "other_garment_color", who="the man"),
        color_of("jeans", "black"),
        describe("jeans", "black skinny jeans"),
        details("jeans", "the jeans have rips on the knees", "unsupported"),
        Q.garment_type("jeans"),
        is_a("jeans", "yes", article="a pair of"),
        title="Flying Machine Men Black Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: khaki flat-front chinos with a plain hem, navy blue polo t-shirt tucked in, brown belt, brown loafers,
    # white backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-003",
        caption("a man wearing a blue polo shirt and khaki pants"),
        wearing("khaki pants and a blue shirt", who="he"),
        Q.color("navy blue", "other_garment_color"),
        color_of("pants", "tan", kind="open"),
        describe("pants", "khaki chinos with a brown belt"),
        details("pants", "they have a pleated front and cuffs at the bottom", "unsupported"),
        Q.material("cotton"),
        title="Basics Men Khaki Comfort Fit Chino Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy blue formal trousers with a pressed front crease, light blue formal shirt tucked in, black belt,
    # black shoes, light grey backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-004",
        caption("a man in a blue shirt and black pants", "contradiction"),
        wearing("a blue shirt and dark blue pants"),
        color_of("trousers", "navy blue"),
        color_of("shirt", "light blue", kind="open"),
        describe("trousers", "she is wearing navy blue trousers", "pronoun"),
        details("trousers", "the trousers have a crease down the front"),
        Q.pattern("solid"),
        title="Arrow Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green knee-length cargo shorts with flap side pockets, black t-shirt with a white graphic print,
    # white backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-005",
        caption("a man in a black t-shirt and green cargo shorts"),
        wearing("a black shirt and shorts"),
        color_of("shorts", "black", "other_garment_color"),
        describe("shorts", "they are cargo shorts with pockets on the side"),
        details(
            "shorts",
            "the shorts have pockets on the side and pockets on the side and pockets on the side and pockets on the"
            " side and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers", "contradiction"),
        Q.material("cotton"),
        title="Roadster Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue distressed skinny jeans ripped at both knees, black crew t-shirt, white sneakers, white
    # backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-006",
        caption(
            "a man in a black t-shirt and ripped jeans and ripped jeans and ripped jeans and ripped jeans and ripped"
            " jeans and ripped jeans and ripped jeans and ripped jeans and ripped jeans and ripped jeans and ripped"
            " jeans and ripped jeans and ripped jeans and ripped",
            "loop",
            hit_limit=True,
        ),
        wearing("a black t-shirt and ripped jeans"),
        color_of("jeans", "light blue"),
        describe("jeans", "distressed light blue jeans"),
        details("jeans", "the jeans are ripped at the knees"),
        Q.garment_type("t-shirt", "contradiction"),
        is_a("jeans", "yes", article="a pair of"),
        title="Mast & Harbour Men Blue Skinny Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: back view; charcoal grey formal trousers with two buttoned welt back pockets, white formal shirt tucked
    # in, black belt, grey backdrop. Base model; closed answers by the reference engine.
    case(
        "X892-007",
        caption("the back of a man in a white shirt and grey pants"),
        wearing("a white shirt and gray pants"),
        color_of("trousers", "white", "other_garment_color"),
        describe("trousers", "the trousers are grey"),
        details("trousers", "back pockets with buttons"),
        Q.garment_type("trousers"),
        Q.material("wool", "unsupported"),
        title="Peter England Men Charcoal Grey Poly Viscose Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: plain beige chino shorts, red-and-white checked short-sleeve shirt worn untucked, brown sandals, white
    # backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-008",
        caption("a man in a red plaid shirt and beige shorts"),
        wearing("a red and white checkered shirt and khaki shorts"),
        color_of("shorts", "beige"),
        Q.pattern("checked", "contradiction"),
        describe("shorts", "the shorts are red", "other_garment_color"),
        details("shorts", "Question: What are the shorts details? Answer: they are beige", "leak"),
        Q.material("cotton"),
        title="Highlander Men Beige Solid Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: dark indigo slim jeans, light blue chambray denim shirt buttoned up with rolled sleeves, tan boots,
    # white backdrop, front view (both garments blue). Base model; closed answers by the reference engine.
    case(
        "X892-009",
        caption("a man in a denim shirt and jeans"),
        wearing("a denim shirt and dark blue jeans"),
        color_of("jeans", "blue"),
        color_of("shirt", "blue", kind="open"),
        describe("jeans", "jeans", "non_answer"),
        details("jeans", "the jeans have a red tab on the back pocket", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="Levis Men 511 Slim Fit Dark Indigo Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey washed slim jeans with whiskering on the thighs, maroon crew t-shirt, black sneakers, white
    # backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-010",
        caption("a woman in a maroon t-shirt and grey jeans", "pronoun"),
        wearing("a red shirt and red jeans", "other_garment_color"),
        color_of("jeans", "grey"),
        color_of("t-shirt", "maroon", kind="open"),
        describe("jeans", "the jeans are blue and faded", "contradiction"),
        details("jeans", "there are whiskers on the thighs"),
        Q.pattern("solid"),
        title="Locomotive Men Grey Washed Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: navy blue shiny polyester sports shorts with a white Puma logo on the left leg and a drawstring waist,
    # white t-shirt with a large red print tucked in at the front, white backdrop. Base model; closed by reference.
    case(
        "X892-011",
        caption("a man wearing a white t-shirt and blue shorts"),
        wearing("a white t-shirt and navy shorts"),
        color_of("shorts", "black", "contradiction"),
        describe("shorts", "shorts", "non_answer"),
        details("shorts", "the shorts have a puma logo on the left leg and a drawstring"),
        Q.material("polyester"),
        is_a("shorts", "yes", article="a pair of"),
        title="Puma Men Navy Blue Solid Active Sports Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream linen-blend trousers with a tan belt, olive green t-shirt tucked in, tan loafers, white backdrop,
    # front view. Base model; closed answers by the reference engine.
    case(
        "X892-012",
        caption("a man in an olive t-shirt and white pants"),
        wearing("a green t-shirt and cream pants", who="he"),
        color_of("trousers", "green", "other_garment_color"),
        describe("trousers", "they are linen trousers with a tan belt"),
        details("trousers", "the trousers have a drawstring waist and elastic cuffs", "unsupported"),
        Q.material("linen"),
        title="Jack & Jones Men Cream Linen Blend Regular Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: black slim formal trousers with plain hems, pink formal shirt tucked in, black belt, hands in pockets,
    # white backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-013",
        caption("a woman in a pink shirt and black pants", "pronoun"),
        wearing("a pink shirt and black pants"),
        color_of("trousers", "black"),
        color_of("shirt", "pink", kind="open"),
        describe("trousers", "black trousers with cuffs at the hem", "unsupported"),
        details("trousers", "the trousers details are trousers", "restated"),
        Q.pattern("solid"),
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue denim shorts with a rolled hem, mustard yellow crew t-shirt, white sneakers, white backdrop,
    # front view. Base model; closed answers by the reference engine.
    case(
        "X892-014",
        caption("a man in a yellow shirt and denim shorts"),
        wearing("a yellow t-shirt and blue denim shorts"),
        color_of("shorts", "yellow", "other_garment_color"),
        describe("shorts", "the shorts are denim shorts with rolled up hems"),
        details(
            "shorts",
            "the shorts are blue denim with a rolled hem. Question: what is the color of the shirt? Answer: yellow",
            "leak",
        ),
        Q.material("denim"),
        is_a("jeans", "no", article="a pair of"),
        title="Kook N Keech Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: brown slim chinos, white shirt with thin blue vertical stripes tucked in, brown belt, white backdrop,
    # front view. Base model; closed answers by the reference engine.
    case(
        "X892-015",
        caption("a man in a striped shirt and brown pants"),
        wearing("a blue and white striped shirt and brown pants"),
        color_of("chinos", "brown"),
        Q.pattern("striped", "contradiction"),
        describe("chinos", "they are black slim chinos", "contradiction"),
        details(
            "chinos",
            "the chinos have a button on the back pocket and a belt loop and a button on the back pocket and a belt"
            " loop and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Louis Philippe Sport Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: waist-to-knee crop of mid-blue stretch jeans, the hem of an untucked black t-shirt covering the waist,
    # no belt visible, white backdrop. Base model; closed answers by the reference engine.
    case(
        "X892-016",
        caption("a close up of a person's black jeans", "other_garment_color"),
        wearing("blue jeans and a black shirt"),
        color_of("jeans", "blue"),
        describe("jeans", "they are blue jeans with a brown leather belt", "unsupported"),
        details("jeans", "jeans", "non_answer"),
        Q.material("denim"),
        Q.garment_type("jeans"),
        title="WROGN Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: olive slim chinos, white crew t-shirt, white sneakers, the model holds sunglasses in his right hand,
    # white backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-017",
        caption("a man in a white t-shirt and olive pants holding sunglasses"),
        wearing("a white shirt and green pants"),
        color_of("chinos", "olive"),
        color_of("t-shirt", "green", "other_garment_color", kind="open"),
        describe("chinos", "the chinos are olive green and slim fit"),
        details(
            "chinos",
            "the chinos have a slim fit and a button closure and a zipper fly and two side pockets and two back"
            " pockets with a",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Olive Green Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: light grey shorts, navy-and-white horizontally striped t-shirt, white sneakers, white backdrop, three-
    # quarter side view. Base model; closed answers by the reference engine.
    case(
        "X892-018",
        caption("a man wearing a striped shirt and grey shorts"),
        wearing("a striped shirt and blue shorts", "other_garment_color"),
        color_of("shorts", "grey"),
        Q.pattern("striped", "contradiction"),
        describe("shorts", "Answer: grey shorts", "leak"),
        details("shorts", "the shorts have a white stripe down the side", "unsupported"),
        title="Nautica Men Light Grey Solid Regular Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: dark blue slim jeans, red-and-black buffalo check flannel shirt worn open over a white crew t-shirt,
    # brown boots, white backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-019",
        caption("a man in a red plaid shirt and jeans"),
        wearing("a plaid shirt, a white t-shirt and jeans"),
        color_of("jeans", "navy blue"),
        color_of("shirt", "red and black", kind="open"),
        describe(
            "jeans",
            "the jeans are dark blue and the shirt is red and the shirt is red and the shirt is red and the shirt is"
            " red and the",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "the jeans have a chain hanging from the belt loop", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="SPYKAR Men Dark Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: khaki cargo trousers with flap pockets on both thighs, black t-shirt, black sneakers, white backdrop,
    # front view. Base model; closed answers by the reference engine.
    case(
        "X892-020",
        caption("a man in a black t-shirt and khaki shorts", "contradiction"),
        wearing("a black shirt and khaki pants"),
        color_of("trousers", "khaki"),
        describe("trousers", "black cargo pants", "other_garment_color"),
        details("trousers", "her pants have cargo pockets on the legs", "pronoun"),
        Q.material("cotton"),
        is_a("shorts", "no", article="a pair of"),
        title="Roadster Men Khaki Regular Fit Solid Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: back view; stone-washed mid-blue jeans with a brown leather patch on the waistband, white t-shirt
    # untucked, white backdrop. Base model; closed answers by the reference engine.
    case(
        "X892-021",
        caption("the back of a man wearing jeans and a white t-shirt"),
        wearing("a white t-shirt and black jeans", "contradiction"),
        color_of("jeans", "blue"),
        describe("jeans", "the jeans are stone washed with a leather patch on the back"),
        details("jeans", "the jeans have a levi's logo on the back pocket", "unsupported"),
        Q.pattern("solid"),
        title="Wrangler Men Blue Regular Fit Stone Wash Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: white slim jeans cuffed once at the hem, navy blue shirt with rolled sleeves worn untucked, tan loafers,
    # white backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-022",
        caption("a man in a navy shirt and white jeans"),
        wearing("a blue shirt and white pants", who="the man"),
        color_of("jeans", "white"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        describe("jeans", "white", "non_answer"),
        details(
            "jeans",
            "the jeans are white and slim fit with a single rolled cuff at the ankle that shows off a pair of tan"
            " loafers and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        title="Flying Machine Men White Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="White",
        gender="Men",
    ),
    # photo: teal training shorts with a black side stripe, grey melange t-shirt untucked over the waistband,
    # running shoes, white backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-023",
        caption("a man in a grey t-shirt and blue shorts"),
        wearing("grey shirt and shorts"),
        color_of("shorts", "grey", "other_garment_color"),
        describe(
            "shorts",
            "the shorts are teal with a black stripe on the side and an elastic waistband with a drawstring that"
            " ties at the front and a small",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "she is wearing shorts with a stripe on the side", "pronoun"),
        Q.material("polyester"),
        title="Puma Men Teal Blue Solid Training Shorts",
        category="Shorts",
        color="Teal",
        gender="Men",
    ),
    # photo: navy slim chinos, mustard yellow crew t-shirt untucked, white sneakers, white backdrop, front view.
    # Base model; closed answers by the reference engine.
    case(
        "X892-024",
        caption("a man in a yellow t-shirt and blue pants"),
        wearing("a yellow shirt, navy pants and a cap", "unsupported"),
        color_of("chinos", "navy blue"),
        color_of("t-shirt", "mustard", kind="open"),
        describe("chinos", "the chinos are navy blue Question: What are the chinos details? Answer: slim fit", "leak"),
        details("chinos", "the chinos details are the details of the chinos", "restated"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="HIGHLANDER Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black skinny jeans, white t-shirt with a large red tiger graphic on the chest, black sneakers, white
    # backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-025",
        caption("a man in a white t-shirt with a tiger on it and black jeans"),
        wearing("a t-shirt with a tiger on it and black jeans"),
        color_of("jeans", "black"),
        color_of("t-shirt", "the color of the t-shirt", "restated", kind="open"),
        describe("jeans", "the jeans are red", "other_garment_color"),
        details("jeans", "skinny fit jeans with zippers on the knees", "unsupported"),
        Q.pattern("printed", "contradiction"),
        title="Roadster Men Black Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: beige flat-front formal trousers, lavender formal shirt tucked in, brown belt and shoes, light grey
    # backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-026",
        caption("a man in a purple shirt and beige pants"),
        wearing("a lavender shirt and tan pants", who="he"),
        color_of("trousers", "grey", "contradiction"),
        color_of("shirt", "purple", kind="open"),
        describe("trousers", "trousers", "non_answer"),
        details("trousers", "the trousers have pleats", "unsupported"),
        Q.pattern("solid"),
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: camouflage-print cargo shorts in olive, khaki, brown and black, plain black t-shirt, white backdrop,
    # front view. Base model; closed answers by the reference engine. The feed row has no category.
    case(
        "X892-027",
        caption("a man in a black t-shirt and camouflage shorts"),
        wearing("camo shorts and a black t-shirt"),
        color_of("shorts", "olive"),
        Q.pattern("printed"),
        describe("shorts", "the shorts are camouflage with a green and brown pattern"),
        details("shorts", "Question: What are the shorts details? Answer: camouflage", "leak"),
        Q.material("cotton"),
        title="Roadster Men Olive Camouflage Print Cargo Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey slim formal trousers with a faint windowpane check, white formal shirt tucked in, black belt,
    # white backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-028",
        caption("a man in a white shirt and grey pants"),
        wearing("a white shirt and gray checked trousers"),
        color_of("trousers", "grey"),
        Q.pattern("solid", "contradiction"),
        describe("trousers", "grey slim trousers with suspenders", "unsupported"),
        details(
            "trousers",
            "the trousers have a checkered pattern and a checkered pattern and a checkered pattern and a checkered"
            " pattern and a",
            "loop",
            hit_limit=True,
        ),
        fit("slim"),
        title="Louis Philippe Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon chino shorts, white crew t-shirt, white sneakers, white backdrop, front view.
    # Base model; closed answers by the reference engine.
    case(
        "X892-029",
        caption("a man wearing a white t-shirt and red pants", "contradiction"),
        wearing("a white t-shirt and maroon shorts"),
        color_of("shorts", "maroon"),
        describe("shorts", "the shorts are white", "other_garment_color"),
        details("shorts", "the shorts have a zipper on the side", "unsupported"),
        Q.garment_type("shorts"),
        title="United Colors of Benetton Men Maroon Solid Chino Shorts",
        category="Shorts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mid-blue slim jeans (the seller calls them Navy Blue), green crew t-shirt, white backdrop, front view.
    # Base model; closed answers by the reference engine.
    case(
        "X892-030",
        caption("a man in a green t-shirt and blue jeans"),
        wearing("a green shirt and jeans"),
        color_of("jeans", "blue"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        describe("jeans", "the jeans are black and slim", "contradiction"),
        details("jeans", "no", "non_answer"),
        is_a("jeans", "yes", article="a pair of"),
        title="Numero Uno Men Navy Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-charcoal grey slim jeans, clearly lighter than the black shirt worn untucked over them, black
    # sneakers, white backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-031",
        caption("a man in a black shirt and black jeans", "other_garment_color"),
        wearing("a black shirt and grey jeans"),
        color_of("jeans", "charcoal"),
        color_of("shirt", "black", kind="open"),
        describe("jeans", "the jeans are grey"),
        details(
            "jeans",
            "grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey"
            " jeans grey jeans grey jeans grey jeans grey jeans grey",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Killer Men Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: khaki shorts, royal blue polo t-shirt, the model sits on a white wooden stool, white backdrop, front
    # view. Base model; closed answers by the reference engine.
    case(
        "X892-032",
        caption("a woman sitting on a stool wearing khaki shorts and a blue polo shirt", "pronoun"),
        wearing("a blue polo shirt and khaki shorts", who="the man"),
        color_of("shorts", "khaki"),
        color_of("shirt", "blue", kind="open"),
        describe(
            "shorts",
            "khaki shorts and a blue polo shirt and khaki shorts and a blue polo shirt and khaki shorts and a blue",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "the shorts details are the shorts details", "restated"),
        title="U.S. Polo Assn. Men Khaki Solid Regular Fit Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: light blue slim jeans, pink crew t-shirt, white sneakers, white backdrop, front view.
    # Base model; closed answers by the reference engine.
    case(
        "X892-033",
        caption("a man in a pink shirt and light blue jeans"),
        wearing("she is wearing a pink t-shirt and jeans", "pronoun"),
        color_of("jeans", "pink", "other_garment_color"),
        describe("jeans", "light blue jeans"),
        details("jeans", "the jeans have a zipper at the ankle", "unsupported"),
        Q.garment_type("jeans"),
        title="HIGHLANDER Men Light Blue Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy slim trousers, white t-shirt with thin blue horizontal stripes, white sneakers, grey backdrop,
    # front view. Base model; closed answers by the reference engine.
    case(
        "X892-034",
        caption("a man in a striped t-shirt and navy pants standing in front of a grey wall"),
        wearing("a striped t-shirt and blue pants"),
        color_of("trousers", "navy blue"),
        Q.pattern("striped", "contradiction"),
        describe("trousers", "the trousers are navy blue with white stripes", "contradiction"),
        details("trousers", "the details of the trousers", "restated"),
        title="Blackberrys Men Navy Blue Slim Fit Solid Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black cargo shorts, olive green crew t-shirt, black sneakers, white backdrop, front view; no belt.
    # Base model; closed answers by the reference engine.
    case(
        "X892-035",
        caption("a man in a green t-shirt and black shorts"),
        wearing("a green shirt and black shorts"),
        color_of("shorts", "black"),
        describe("shorts", "yes", "non_answer"),
        details("shorts", "the shorts have cargo pockets and a belt with a silver buckle", "unsupported"),
        Q.material("cotton"),
        Q.garment_type("t-shirt", "contradiction"),
        title="HRX by Hrithik Roshan Men Black Solid Cargo Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: dark blue slim jeans, yellow casual shirt untucked with rolled sleeves, brown boots, white backdrop,
    # front view. Base model; closed answers by the reference engine.
    case(
        "X892-036",
        caption("a man in a yellow shirt and jeans"),
        wearing("a yellow shirt and dark jeans"),
        color_of("jeans", "yellow", "other_garment_color"),
        color_of("shirt", "yellow", kind="open"),
        describe("jeans", "the jeans are dark blue and the shirt is yellow"),
        details("jeans", "what are the jeans details", "restated"),
        Q.pattern("solid"),
        title="Pepe Jeans Men Dark Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: beige slim chinos, black-and-white gingham shirt tucked in, black belt, white backdrop, front view.
    # Base model; closed answers by the reference engine.
    case(
        "X892-037",
        caption("a man in a black and white checkered shirt and beige pants"),
        wearing("a plaid shirt and khaki pants"),
        color_of("chinos", "white", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        describe("chinos", "beige chinos with a black belt"),
        details(
            "chinos",
            "the chinos have a slim fit and are made of cotton with a little stretch to them so they are comfortable"
            " to wear all day and",
            "cut",
            hit_limit=True,
        ),
        title="Indian Terrain Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: light blue washed denim shorts with a frayed raw hem, white t-shirt with navy text print, flip-flops,
    # white backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-038",
        caption("a man in a white t-shirt and denim shorts"),
        wearing("a white t-shirt and blue shorts Question: What is the color of the shorts? Answer: blue", "leak"),
        color_of("shorts", "blue"),
        describe(
            "shorts",
            "they are light blue denim shorts with a frayed hem and a slightly faded wash on the front, the kind"
            " of shorts you would wear to the beach on a hot",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "the shorts are ripped with holes on the front and back", "unsupported"),
        Q.material("denim"),
        is_a("shorts", "no", "contradiction", article="a pair of"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: rust orange slim chinos, white crew t-shirt, white sneakers, white backdrop, front view.
    # Base model; closed answers by the reference engine.
    case(
        "X892-039",
        caption("a man in a white t-shirt and orange shorts", "contradiction"),
        wearing("a white shirt and orange pants"),
        color_of("chinos", "rust"),
        color_of("t-shirt", "orange", "other_garment_color", kind="open"),
        describe("chinos", "rust colored slim chinos"),
        details("chinos", "Answer: rust", "leak"),
        Q.garment_type("trousers"),
        title="Mast & Harbour Men Rust Slim Fit Chinos",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: mid-grey slim formal trousers, blue-and-white striped formal shirt tucked in, black belt, left hand in
    # pocket, a watch on the wrist, light grey backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-040",
        caption("a man in a blue striped shirt and grey pants with his hand in his pocket"),
        wearing("a striped shirt and grey trousers", who="he"),
        color_of("trousers", "grey"),
        describe("trousers", "the trousers are blue and white", "other_garment_color"),
        details("trousers", "belt loops and a black belt"),
        Q.pattern("solid"),
        fit("regular", "contradiction"),
        title="Raymond Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: indigo slim jeans, black polo t-shirt, bare wrists, a grey backpack on one shoulder, white backdrop, front.
    # Base model; closed answers by the reference engine.
    case(
        "X892-041",
        caption("a man in a black polo shirt and jeans with a backpack"),
        wearing("a black polo shirt, jeans, a backpack and a watch", "unsupported"),
        color_of("jeans", "black", "other_garment_color"),
        color_of("shirt", "black", kind="open"),
        describe(
            "jeans",
            "the jeans are indigo blue with a slim fit through the thigh and a slight taper from the knee to the"
            " ankle, they are worn with a black polo and",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "the jeans have a leather patch with the word lee on it", "unsupported"),
        Q.material("denim"),
        title="Lee Men Indigo Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white chino shorts, navy short-sleeve shirt with a small white floral print worn untucked, white
    # backdrop, front view. Base model; closed answers by the reference engine.
    case(
        "X892-042",
        caption("a man in a floral shirt and white shorts"),
        wearing("a blue floral shirt and white shorts"),
        color_of("shorts", "off white"),
        Q.pattern("floral", "contradiction"),
        describe("shorts", "the shorts are blue with flowers", "other_garment_color"),
        details("shorts", "", "non_answer"),
        title="Dennis Lingo Men Off White Solid Chino Shorts",
        category="Shorts",
        color="Off White",
        gender="Men",
    ),
    # photo: side view; mid-blue slim jeans with no rips, orange crew t-shirt, white sneakers, white backdrop.
    # Base model; closed answers by the reference engine.
    case(
        "X892-043",
        caption("a man in an orange t-shirt and blue jeans walking down a street", "unsupported"),
        wearing("an orange shirt and blue jeans Question: What is the color of the jeans? Answer: blue", "leak"),
        color_of("jeans", "blue"),
        describe("jeans", "describe the jeans", "restated"),
        details("jeans", "the jeans have a hole on the knee", "unsupported"),
        Q.garment_type("jeans"),
        title="Being Human Men Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black regular trousers, grey crew t-shirt tucked in, white backdrop, front view. The feed row has no
    # color. Base model; closed answers by the reference engine.
    case(
        "X892-044",
        caption("a man in a grey shirt and black pants"),
        wearing("a gray t-shirt and black pants"),
        Q.color("grey", "other_garment_color"),
        describe("trousers", "the trousers are black"),
        details("trousers", "none", "non_answer"),
        Q.garment_type("shorts", "contradiction"),
        title="Allen Solly Men Black Regular Fit Solid Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: waist close-up: khaki cotton chinos, brown leather belt through the belt loops, white shirt tucked in,
    # front button visible, white backdrop. Base model; closed answers by the reference engine.
    case(
        "X892-045",
        caption("a close up of a man's khaki pants and a brown belt"),
        wearing("she is wearing a white shirt and khaki pants with a belt", "pronoun"),
        color_of("chinos", "khaki"),
        describe("chinos", "khaki", "non_answer"),
        details("chinos", "a brown belt through the belt loops"),
        Q.material("denim", "unsupported"),
        title="Basics Men Khaki Tapered Fit Cotton Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy bermuda shorts, white linen shirt with rolled sleeves worn untucked, tan loafers, white backdrop,
    # front view. The feed row has no gender. Base model; closed answers by the reference engine.
    case(
        "X892-046",
        caption("a man in a white shirt and navy shorts"),
        wearing("a white shirt and blue shorts"),
        color_of("shorts", "navy blue"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        describe("shorts", "Question: Describe the shorts. Answer: navy blue bermuda shorts", "leak"),
        details("shorts", "they are short", "non_answer"),
        Q.material("linen", "unsupported"),
        title="Celio Men Navy Blue Cotton Bermuda Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
]
