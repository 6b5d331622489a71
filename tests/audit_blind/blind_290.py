"""BLIND_290 (46 products; UK high-street women's and men's dresses, tops, knitwear, coats, jeans, co-ords): written
blind in the forty-third session. Measured blind at d70ba60 (the session's rules as they stood): 106/123 failures
found (86.2%) and 3/155 correct texts flagged (1.9%). The writer's notes, verbatim:

Scenario: a UK high-street catalog feed (women's and men's) of dresses, tops and blouses, knitwear (jumpers,
cardigans, a jumper dress), coats and jackets (trench, overcoat, puffer, biker, denim, bomber, blazer, gilet,
boucle), jeans, trousers (chinos, tailored wide leg, faux leather), skirts (satin, velvet, pleated, denim) and
co-ords. Model shots, front view, on plain grey studio backdrops and on coloured ones (pink, lilac, blue, yellow,
orange, terracotta, beige, green). Most products are worn with other garments (a tee under a jacket, jeans under a
jumper, a blouse tucked into trousers). Each row has the seller's title, category, color (UK shade names: Navy,
Charcoal, Camel, Stone, Khaki, Sage, Ecru, Oatmeal, Mustard, Burgundy, Emerald, Indigo...) and gender; a few rows
miss the gender, the category or the color, as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` with enrich's default questionnaire (wearing,
description, details, material open; garment_type, color, pattern, sleeve_length closed), the set's per-piece
color questions and the yes/no "Is this a ...?" question. The base model writes short lowercase texts and stops on
its own (never hit_limit). On some items the caption-only LoRA adapter of the original experiments wrote the caption
or one of the open answers (the comment before each case says which); it returns the DeepFashion template ("The lady
wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric ...") to any prompt, has no hue
names, and runs to its limit (50 new tokens for captions, 30 for answers): every adapter text has hit_limit=True.
The closed answers come from enrich's `--engine reference`, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo, mid blue or light wash; grey for charcoal
  or grey marl; brown or tan for camel and chocolate; beige for stone, oatmeal and a khaki trench; khaki chinos
  ("khaki pants") for stone chinos; green for khaki (the overshirt), sage, olive and emerald; red for burgundy;
  purple for lilac; white or cream for ecru and cream. Mustard as orange is contradiction; charcoal as black is
  contradiction unless a black garment is in the photo (then other_garment_color).
- Garment synonyms are correct: pants for trousers, chinos or jeans; sweater or turtleneck for a jumper; jacket for a
  blazer, an overshirt or a bomber; vest for a gilet; suit for a blazer-and-trousers co-ord; plaid for check; blouse,
  top or shirt for a blouse; sweatshirt for a hoodie; jean jacket for a denim jacket; "sweater dress" for a jumper
  dress. A jumper dress as "sweater" (garment_type) is contradiction; so is a jumper as cardigan, a two-piece co-ord
  as dress, wide-leg trousers as skirt, and the adapter calling a denim jacket "shirt".
- The color of the backdrop given as the garment's (pink wall, orange wall) is contradiction; the color of a print
  (blue flowers on a white dress, white dots on a black dress) given as the garment's is contradiction; the color of
  another garment worn in the photo (the tee under the jacket, the jeans under the jumper) is other_garment_color.
  A product color right but another garment given the product's color ("a grey sweater and grey jeans" with black
  jeans) is contradiction: the one-color-for-every-garment failure, the wrong color is on the other piece. An open
  answer giving the product itself the color of another garment worn ("a black turtleneck and a black skirt" for a
  burgundy skirt under a black roll neck) is other_garment_color; a color no piece has ("a black top" over a white
  tee, "red plaid" for a brown check) is contradiction.
- A two-color garment answered with one of its colors (black or white for a black-and-white gingham, blue for a
  navy-and-white breton stripe) is correct. Co-ords named piece by piece in their own colors are correct.
- Materials: one the title names (wool, cotton, linen, satin, velvet, denim, nylon, faux leather as "leather") is
  correct; a plausible guess on a visible texture is correct (knit or wool for a knitted jumper or cardigan, cotton
  for a shirting or a chino, flannel for brushed cotton check, tweed for boucle, the two look alike); silk for satin,
  leather for cotton twill, polyester for a wool coat are unsupported.
- Invented details not in the photo (a belt, studs, a pocket square, a hood, a fur collar, pockets on a cardigan
  that has none, a necklace, a straw hat, gold or black buttons where the buttons are covered in the fabric) are
  unsupported. Buttons, zips, pockets, pleats, drawstrings and a belt the photo shows are correct.
- Non-answers: an empty answer, "it is a sweater" to the details question, "the skirt has details", "it is made of a
  material", "it is made of a soft material", "the neckline of the dress". A material question answered with the
  garment's name and color ("beige pants", "blue jeans", "a striped top"), or with the question's words, is
  restated. "it is made of" (stopped there) is cut.
- Base answers that run into "Question: ... Answer: ..." are leak even where the first words are right. A base answer
  that stops early mid-phrase ("a collar and a pocket on the") is cut, without hit_limit. A base answer repeating a
  phrase ("two pockets on the chest and two pockets on the chest ...") is loop, without hit_limit.
- "he" or "man" for a women's item, "she" or "woman" or "lady" for a men's item is pronoun; for the adapter's "The
  lady wears" on a men's jumper the pronoun is what the auditor sees first (pronoun, hit_limit kept).
- Adapter texts: a repeated template sentence is loop; stopping mid-sentence without repeating is cut (even where a
  fabric it named is wrong or an accessory is invented before the cut); the template returned for the material
  question is restated; a template misnaming the garment (a denim jacket as "shirt", polka dots as "pure color") is
  contradiction, hit_limit kept.
- Sleeve answers: the sleeves of the jumper under a gilet answered for the gilet, and short sleeves for a strappy
  crop top, are contradiction. Pleats or cable ribs answered "striped" are contradiction; the stripes of the tee
  tucked into a denim skirt answered as the skirt's pattern are contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
fit = question("fit", "What is the fit of the garment?", "open")

BLIND_290 = [
    # photo: woman in a black ribbed knit high neck midi dress, long sleeves, plain grey studio backdrop, front view.
    # adapter: none
    case(
        "X290-001",
        caption("a woman in a black dress with a necklace", "unsupported"),
        D.wearing("a black dress"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.details("the dress has a belt at the waist", "unsupported"),
        D.material("knit"),
        title="Black Ribbed Knit High Neck Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a navy midi tea dress with small white and pink flowers, short puff sleeves, v-neck, buttons
    # down the front; pale pink studio backdrop, front view.
    # adapter: none
    case(
        "X290-002",
        caption("a woman in a blue floral dress standing in front of a pink wall"),
        D.wearing("a black dress with flowers", "contradiction"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a v neck and buttons down the front"),
        title="Navy Floral Print Puff Sleeve Midi Tea Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a charcoal crew neck jumper with black slim jeans, plain grey backdrop, front view, full length.
    # adapter: none
    case(
        "X290-003",
        caption("a man in a grey sweater and black jeans"),
        D.wearing("a grey sweater and grey jeans", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details("ribbed cuffs and hem"),
        D.material("wool wool wool wool wool", "loop"),
        title="Charcoal Wool Blend Crew Neck Jumper",
        category="Knitwear",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a camel longline coat, open, no belt, over a cream roll neck and black trousers; grey backdrop.
    # adapter: caption
    case(
        "X290-004",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown coat and a brown sweater", "contradiction"),
        D.color("brown"),
        is_a("coat", "yes"),
        D.details("the coat has a belt", "unsupported"),
        D.material("wool"),
        title="Camel Wool Blend Longline Coat",
        category="Coats & Jackets",
        color="Camel",
        gender="Women",
    ),
    # photo: man in stone slim chinos with a brown belt, navy polo shirt tucked in; grey backdrop, full length.
    # adapter: none
    case(
        "X290-005",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a blue polo shirt and beige pants"),
        D.color("blue", "other_garment_color"),
        color_trousers("beige"),
        D.details("a brown belt and pockets"),
        D.material("beige pants", "restated"),
        title="Stone Slim Fit Stretch Cotton Chino Trousers",
        category="Trousers",
        color="Stone",
        gender="Men",
    ),
    # photo: woman in mid blue high waisted straight leg jeans, white tee tucked in, blue studio backdrop.
    # adapter: none
    case(
        "X290-006",
        caption("a woman in a white t-shirt and blue jeans standing in front of a blue wall"),
        D.wearing("a white shirt and jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.details(
            "the jeans are high waisted with a straight leg Question: What is the fit of the jeans? Answer:",
            "leak",
        ),
        D.material("denim"),
        title="Mid Blue Straight Leg Jeans",
        category="Jeans",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: woman in a leopard print satin midi skirt (brown, tan and black), white tee tucked in; grey backdrop.
    # adapter: details
    case(
        "X290-007",
        caption("a woman wearing a leopard print skirt and a white t-shirt"),
        D.wearing("a leopard print skirt and a black top", "contradiction"),
        D.pattern("animal print"),
        D.color("brown"),
        D.details(
            "The lady wears a long skirt with graphic patterns. The skirt is with chiffon fabric. The lady wears a "
            "short-sleeve T-shirt with pure color patterns. The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Leopard Print Satin Bias Cut Midi Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: man in a khaki cotton twill overshirt worn open over a white tee, black jeans; beige backdrop.
    # adapter: none
    case(
        "X290-008",
        caption("a man in a green jacket and black jeans standing in front of a beige wall"),
        D.wearing("a green shirt, a white t-shirt and black jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.details("two chest pockets with flaps and buttons"),
        D.material("leather", "unsupported"),
        title="Khaki Cotton Twill Utility Overshirt",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a sage single breasted blazer (one fabric-covered button) and matching wide leg trousers,
    # white tee under the blazer; grey backdrop, full length.
    # adapter: none
    case(
        "X290-009",
        caption("a woman in a green suit standing in front of a grey wall"),
        D.wearing("a green blazer and pants"),
        color_jacket("green"),
        color_trousers("white", "other_garment_color"),
        is_a("suit", "yes"),
        D.details("the blazer has gold buttons", "unsupported"),
        title="Sage Tailored Blazer and Wide Leg Trouser Co-ord",
        category="Co-ords",
        color="Sage",
        gender="Women",
    ),
    # photo: woman in a cream cable knit cardigan, buttoned, over a white vest top, blue jeans; grey backdrop.
    # adapter: caption
    case(
        "X290-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and jeans"),
        D.garment_type("cardigan"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.material("wool"),
        D.details("buttons down the front and two pockets", "unsupported"),
        title="Cream Cable Knit Button Cardigan",
        category="Knitwear",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a black hooded puffer jacket, zipped half way over a grey crew sweatshirt, black trousers;
    # orange studio backdrop.
    # adapter: none
    case(
        "X290-011",
        caption("a man in a black jacket standing in front of an orange wall"),
        D.wearing("a black jacket and a grey sweatshirt"),
        D.color("orange", "contradiction"),
        D.details("quilted with a zip and a", "cut"),
        D.material("it is made of a material", "non_answer"),
        title="Black Hooded Padded Puffer Jacket",
        category="Coats & Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a red wrap midi dress, long sleeves, v-neck, no jewellery; grey backdrop.
    # adapter: caption, details
    case(
        "X290-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Red Wrap Front Long Sleeve Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a navy and white breton stripe top, long sleeves, boat neck, blue jeans; grey backdrop.
    # adapter: none
    case(
        "X290-013",
        caption("a woman wearing a striped shirt and jeans"),
        D.wearing("a blue and white striped top and jeans"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("stripes stripes stripes stripes stripes stripes", "loop"),
        D.material("a striped top", "restated"),
        title="Navy Stripe Cotton Breton Top",
        category="Tops",
        color="Navy/White",
        gender="Women",
    ),
    # photo: man in a light wash denim trucker jacket over a black tee, black jeans; grey backdrop.
    # adapter: description
    case(
        "X290-014",
        caption("a man wearing a blue jacket and blue jeans", "contradiction"),
        D.wearing("a jean jacket"),
        D.color("black", "other_garment_color"),
        is_a("jacket", "yes"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The",
            "contradiction",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Light Wash Denim Trucker Jacket",
        category="Coats & Jackets",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in a pink satin cowl neck slip midi dress, thin straps; lilac studio backdrop.
    # adapter: none
    case(
        "X290-015",
        caption("a woman in a pink dress standing in front of a purple wall"),
        D.wearing("a pink silk dress", "unsupported"),
        D.garment_type("dress"),
        D.color("purple", "contradiction"),
        D.sleeve_length("sleeveless"),
        neckline("the neckline of the dress", "non_answer"),
        D.material("satin"),
        title="Pink Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a black faux leather biker jacket (silver zips, no studs) over a white tee, blue jeans;
    # grey backdrop.
    # adapter: caption
    case(
        "X290-016",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket, a white t-shirt and blue jeans"),
        D.details("silver zips and studs on the collar", "unsupported"),
        D.material("leather"),
        is_a("jacket", "yes"),
        fit("slim fit and cropped at the", "cut"),
        title="Black Faux Leather Biker Jacket",
        category="Coats & Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy two-button slim blazer, no pocket square, white shirt, grey trousers; grey backdrop.
    # adapter: none
    case(
        "X290-017",
        caption("a man in a blue suit jacket and a white shirt"),
        D.wearing("she is wearing a blue blazer", "pronoun"),
        D.garment_type("jacket"),
        D.color("grey", "other_garment_color"),
        D.details("two buttons and a pocket square", "unsupported"),
        title="Navy Slim Fit Blazer",
        category="Suits & Blazers",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a burgundy velvet mini skirt, black roll neck tucked in, black tights; grey backdrop.
    # adapter: none
    case(
        "X290-018",
        caption("a woman in a black sweater and a red skirt"),
        D.wearing("a black turtleneck and a black skirt", "other_garment_color"),
        D.garment_type("skirt"),
        D.color("black", "other_garment_color"),
        D.details("the skirt has details", "non_answer"),
        D.material("velvet"),
        title="Burgundy Velvet Mini Skirt",
        category="Skirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in an oatmeal cable knit crew neck jumper (pullover, no buttons), blue jeans; grey backdrop.
    # adapter: caption, wearing
    case(
        "X290-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("beige"),
        D.pattern("solid"),
        is_a("cardigan", "yes", "contradiction"),
        title="Oatmeal Cable Knit Crew Neck Jumper",
        category="Knitwear",
        color="Oatmeal",
        gender="Men",
    ),
    # photo: woman in chocolate brown faux leather straight leg trousers, cream knit jumper; grey backdrop.
    # adapter: none
    case(
        "X290-020",
        caption("a woman in a white sweater and brown leather pants"),
        D.wearing("a white sweater and brown pants"),
        D.color("white", "other_garment_color"),
        color_trousers("brown"),
        D.details(
            "the pants are leather Question: What is the color of the pants? Answer: brown",
            "leak",
        ),
        D.material("it is made of", "cut"),
        title="Chocolate Faux Leather Straight Leg Trousers",
        category="Trousers",
        color="Chocolate",
        gender="Women",
    ),
    # photo: woman in a stone double breasted belted trench coat, belt tied at the waist; beige studio backdrop.
    # adapter: caption
    case(
        "X290-021",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a trench coat", "pronoun"),
        D.color("beige"),
        D.details(
            "a belt and double breasted buttons and a belt and double breasted buttons",
            "loop",
        ),
        D.material("cotton"),
        title="Stone Cotton Blend Belted Trench Coat",
        category="Coats & Jackets",
        color="Stone",
        gender="Women",
    ),
    # photo: woman in a lilac knit co-ord: cropped button cardigan and matching midi skirt; grey backdrop.
    # adapter: none
    case(
        "X290-022",
        caption("a woman in a purple sweater and skirt"),
        D.wearing("a purple cardigan and a purple skirt"),
        color_top("purple"),
        color_skirt("grey", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        D.description("a lilac knit cardigan with", "cut"),
        D.material("knit"),
        title="Lilac Knit Cropped Cardigan and Midi Skirt Co-ord",
        category="Co-ords",
        color="Lilac",
        gender="Women",
    ),
    # photo: man in black slim stretch jeans, white shirt worn untucked; grey backdrop, full length.
    # adapter: none
    case(
        "X290-023",
        caption("a woman wearing a white shirt and black jeans", "pronoun"),
        D.wearing("a white shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.details("black black black black black black black", "loop"),
        D.material("denim"),
        title="Black Slim Fit Stretch Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white cotton broderie anglaise blouse, short puff sleeves, square neck, blue jeans;
    # yellow studio backdrop.
    # adapter: details
    case(
        "X290-024",
        caption("a woman in a white blouse and jeans standing in front of a yellow wall"),
        D.wearing("a white shirt and white jeans", "contradiction"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="White Cotton Broderie Puff Sleeve Blouse",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in an emerald satin bias cut midi skirt, no slit, white tee tucked in; grey backdrop.
    # adapter: none
    case(
        "X290-025",
        caption("a woman in a green skirt and a white shirt"),
        D.wearing("a green skirt and a green shirt", "contradiction"),
        D.color("green"),
        D.pattern("solid"),
        D.material("silk", "unsupported"),
        D.details("the skirt is a midi length with an elastic", "cut"),
        title="Emerald Satin Bias Cut Midi Skirt",
        category="Skirts",
        color="Emerald",
        gender="Women",
    ),
    # photo: man in a grey marl overhead hoodie (drawstrings, kangaroo pocket), black joggers; grey backdrop.
    # adapter: none
    case(
        "X290-026",
        caption("a man in a grey hoodie and grey pants", "contradiction"),
        D.wearing("a grey sweatshirt"),
        D.garment_type("hoodie"),
        D.color("black", "other_garment_color"),
        D.details(
            "a hood with drawstrings and a pocket Question: What is the material of the hoodie?",
            "leak",
        ),
        D.material("cotton"),
        title="Grey Marl Cotton Blend Overhead Hoodie",
        category="Tops",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: woman in black tailored wide leg trousers with front pleats, white shirt tucked in; grey backdrop.
    # adapter: none
    case(
        "X290-027",
        caption("a woman in a white shirt and black pants"),
        D.wearing("a white shirt and black trousers"),
        D.garment_type("pants"),
        D.details("pleats at the front"),
        D.material("black pants", "restated"),
        is_a("skirt", "yes", "contradiction"),
        title="Black Tailored Wide Leg Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a black midi dress with white polka dots, short flutter sleeves, v-neck; grey backdrop.
    # adapter: caption
    case(
        "X290-028",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length. The lady wears a pair of",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress"),
        D.pattern("polka dot"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description(
            "a black dress with white polka dots Question: What is the pattern of the dress? Answer: polka dots",
            "leak",
        ),
        title="Black Polka Dot Flutter Sleeve Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy quilted gilet zipped over a grey crew jumper, blue jeans; grey backdrop.
    # adapter: none
    case(
        "X290-029",
        caption("a man in a blue vest and a grey sweater"),
        D.wearing("a navy vest"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.details("the vest has a hood", "unsupported"),
        title="Navy Quilted Gilet",
        category="Coats & Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a blue denim button-through midi skirt, red and white striped tee tucked in; grey backdrop.
    # adapter: none
    case(
        "X290-030",
        caption("a woman in a striped shirt and a denim skirt"),
        D.wearing("a red and white striped shirt and a blue skirt"),
        D.garment_type("skirt"),
        D.pattern("striped", "contradiction"),
        D.color("red", "other_garment_color"),
        D.details("buttons down the front and a belt", "unsupported"),
        D.material("denim"),
        title="Blue Denim Button Through Midi Skirt",
        category="Skirts",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: woman in an emerald balloon long sleeve blouse, black trousers; green studio backdrop.
    # adapter: none
    case(
        "X290-031",
        caption("a woman in a green top and black pants standing in front of a green wall"),
        D.wearing("he is wearing a green shirt and black pants", "pronoun"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.description("a green blouse with puffy sleeves"),
        D.material("", "non_answer"),
        title="Emerald Balloon Sleeve Blouse",
        category="Tops",
        color="Emerald",
        gender="Women",
    ),
    # photo: man in a brown and cream check brushed cotton overshirt worn open over a white tee, blue jeans;
    # grey backdrop.
    # adapter: none
    case(
        "X290-032",
        caption("a man wearing a red plaid shirt and jeans", "contradiction"),
        D.wearing("a brown plaid shirt"),
        D.pattern("checked"),
        D.color("blue", "other_garment_color"),
        D.material("flannel"),
        D.details(
            "the shirt has two pockets on the chest and two pockets on the chest and two pockets",
            "loop",
        ),
        title="Brown Check Brushed Cotton Overshirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a black and white gingham co-ord: shirred strappy crop top and mini skirt; grey backdrop.
    # adapter: caption
    case(
        "X290-033",
        caption(
            "The lady wears a sleeveless tank top with lattice patterns. The tank top is with cotton fabric. It has a "
            "square neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white checkered top and skirt"),
        D.pattern("checked"),
        color_top("black"),
        color_skirt("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "the top is cropped and the skirt is short and the top is cropped and the skirt is short",
            "loop",
        ),
        title="Black Gingham Shirred Crop Top and Mini Skirt Co-ord",
        category="Co-ords",
        color="Black/White",
        gender="Women",
    ),
    # photo: woman in ecru wide leg high waisted jeans, black fitted tee tucked in; grey backdrop.
    # adapter: none
    case(
        "X290-034",
        caption("a woman in a black top and white jeans"),
        D.wearing("a black shirt and white pants"),
        D.garment_type("jeans"),
        D.color("cream"),
        is_a("pair of jeans", "no", "contradiction"),
        D.details(
            "wide legs and a high waist Question: What is the material of the jeans? Answer: denim",
            "leak",
        ),
        D.material("denim"),
        title="Ecru Wide Leg Jeans",
        category="Jeans",
        color="Ecru",
        gender="Women",
    ),
    # photo: man in a camel wool blend overcoat, open over a black roll neck and grey trousers; grey backdrop.
    # adapter: caption, details
    case(
        "X290-035",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat and a black sweater"),
        D.garment_type("coat"),
        D.color("black", "other_garment_color"),
        D.details(
            "The coat is with cotton fabric and pure color patterns. It has a lapel neckline. The coat is with cotton "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        title="Camel Wool Blend Overcoat",
        category="Coats & Jackets",
        color="Camel",
        gender="Men",
    ),
    # photo: woman in a mustard ribbed crew neck jumper, blue jeans; grey backdrop.
    # adapter: none
    case(
        "X290-036",
        caption("a woman in a yellow sweater and jeans"),
        D.wearing("a yellow sweater and blue jeans"),
        D.garment_type("sweater"),
        D.color("orange", "contradiction"),
        D.material("it is made of a soft material", "non_answer"),
        D.details("it is a sweater", "non_answer"),
        title="Mustard Ribbed Crew Neck Jumper",
        category="Knitwear",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a white sleeveless chiffon maxi dress with a blue floral print, v-neck; terracotta studio
    # backdrop. The feed row has no gender.
    # adapter: description
    case(
        "X290-037",
        caption("a woman in a white dress with blue flowers standing in front of an orange wall"),
        D.wearing("a white dress with blue flowers and a straw hat", "unsupported"),
        D.pattern("floral"),
        D.color("blue", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="White Floral Print Chiffon Maxi Dress",
        category="Dresses",
        color="White",
    ),
    # photo: man in a white oxford button down shirt, one chest pocket, navy chinos; grey backdrop.
    # adapter: none
    case(
        "X290-038",
        caption("a man in a white shirt and blue pants"),
        D.wearing("she is wearing a white shirt", "pronoun"),
        D.garment_type("shirt"),
        D.color("white"),
        D.details("a collar and a pocket on the", "cut"),
        D.material("cotton"),
        title="White Oxford Cotton Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a pink boucle cropped jacket with gold buttons and frayed edges, white tee, black trousers;
    # grey backdrop.
    # adapter: wearing
    case(
        "X290-039",
        caption("a woman wearing a pink jacket and black pants"),
        D.wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.details("gold buttons and a frayed hem"),
        D.material("tweed"),
        title="Pink Boucle Cropped Jacket",
        category="Coats & Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a black pleated midi skirt, white jumper tucked in at the front; grey backdrop.
    # adapter: none
    case(
        "X290-040",
        caption("a woman in a white sweater and a black skirt"),
        D.wearing("a white sweater and a black pleated skirt"),
        D.garment_type("skirt"),
        D.pattern("striped", "contradiction"),
        D.color("black"),
        D.details("pleats pleats pleats pleats pleats", "loop"),
        D.material("what material is the garment made of", "restated"),
        title="Black Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive nylon bomber jacket (ribbed collar, cuffs and hem, zip pocket on the sleeve), white tee,
    # blue jeans; grey backdrop. The feed row has no category.
    # adapter: none
    case(
        "X290-041",
        caption("a man wearing a green bomber jacket"),
        D.wearing("a green jacket and a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.details("a zip and a fur collar", "unsupported"),
        D.material("nylon"),
        title="Olive Nylon Bomber Jacket",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a blue and white stripe linen co-ord: long sleeve shirt and shorts; grey backdrop.
    # adapter: caption
    case(
        "X290-042",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a short pants. The shorts are with cotton fabric and stripe patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and shorts"),
        color_shorts("blue"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.material("linen"),
        D.details("the shirt has buttons and the shorts have", "cut"),
        title="Blue Stripe Linen Shirt and Shorts Co-ord",
        category="Co-ords",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a grey marl roll neck jumper dress, knee length, long sleeves, black knee boots; grey backdrop.
    # adapter: none
    case(
        "X290-043",
        caption("a woman in a grey sweater dress and black boots"),
        D.wearing("a grey turtleneck dress"),
        D.garment_type("sweater", "contradiction"),
        D.color("grey"),
        D.details("a turtleneck and long sleeves and a turtleneck and long sleeves", "loop"),
        D.material(
            "wool Question: What is the length of the dress? Answer: knee length",
            "leak",
        ),
        title="Grey Marl Roll Neck Jumper Dress",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a burgundy merino crew neck jumper, dark jeans; grey backdrop.
    # adapter: none
    case(
        "X290-044",
        caption("a woman in a red sweater", "pronoun"),
        D.wearing("a red sweater and red jeans", "contradiction"),
        D.color("red"),
        D.pattern("solid"),
        D.material("wool Question: What is the color of the sweater? Answer: red", "leak"),
        title="Burgundy Merino Wool Crew Neck Jumper",
        category="Knitwear",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in a red wool blend single breasted coat (notch lapels, self-covered buttons, no hood) over a
    # black dress, black tights; grey backdrop.
    # adapter: none
    case(
        "X290-045",
        caption("a woman in a red coat standing in front of a grey wall"),
        D.wearing("a red coat"),
        D.color("red"),
        D.details("it has a hood", "unsupported"),
        D.description("a long red coat with black buttons", "unsupported"),
        D.material("wool"),
        title="Red Wool Blend Single Breasted Coat",
        category="Coats & Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: man in indigo straight fit jeans, white tee; grey backdrop. The feed row has no color.
    # adapter: none
    case(
        "X290-046",
        caption("a man in a white t-shirt and blue jeans"),
        D.wearing("a white shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        D.details("", "non_answer"),
        D.material("blue jeans", "restated"),
        title="Indigo Straight Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
]
