"""BLIND_284 (46 products; European women's and men's fashion catalog on editorial coloured and outdoor shots): written
blind in the forty-third session. Measured blind at 40100c6 (the session's rules as they stood): 101/119 failures
found (84.9%) and 5/150 correct texts flagged (3.3%). The writer's notes, verbatim:

Scenario: the English feed of a European online fashion store, women's and men's lines: knitwear (jumpers,
cardigans, roll-necks, sweater vests, knitted polos), blouses and shirts (satin, linen, oxford, denim, poplin),
coats and jackets (wrap coats, trench, peacoat, overcoats, puffers, field and trucker jackets), trousers (tailored,
corduroy, chinos, joggers), skirts, dresses, denim and loungewear (hoodies, knit sets, pyjamas). Photos are editorial
model shots on coloured paper backdrops and painted walls (terracotta, mustard, pink, lilac, red, purple) or outdoors
(streets, beaches, parks, forests, snow), the model styled in a full outfit, so every photo shows at least two
garments. Each row has the seller's title, category, color (the store's shade names: Cream, Blush, Camel, Ecru,
Sage, Rust, Charcoal...) and gender; a few rows miss one of them, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a grey
coat walking down the street") unless the comment says the caption adapter wrote them (the DeepFashion template,
"The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric ...").
The adapter was trained with no end-of-answer token, so each of its texts runs to its limit (50 new tokens for
captions, 30 for answers) and carries hit_limit=True; asked a question, it returns its template. The open questions
(wearing, description, details, material) come from the base model unless the comment says the adapter answered
them; the base model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions and the yes/no "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets; they never loop or stop short.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: white for cream, ecru, ivory or off white; beige for ecru or sand;
  brown for camel, tan or chocolate; blue for navy, cobalt or indigo; grey for charcoal or grey melange; green for
  olive, sage or emerald; red for burgundy; orange for rust; yellow for mustard; pink for blush; purple for lilac.
  Navy given as black is contradiction (the reference engine and the base model both do it).
- A color of the backdrop (red paper, purple wall) or of the print's dots given as the garment's color is
  contradiction; the color of another garment the model wears (the tee under the jacket, the sweatshirt over the
  jeans, the blouse tucked into the trousers) given as the product's color is other_garment_color, also when it comes
  as "a white collar" on a sweater whose collar is the tee's, and in an outfit answer ("a white blouse, white pants"
  for black trousers). A non-product piece given the product's color or a color no piece has (khaki chinos called blue
  under a blue shirt, light jeans called white under a cream jumper, a blue tee over a navy skirt, grey boots, a blue
  sweater under a navy coat) is contradiction. Burgundy as pink and dark green as black are contradiction.
- Pattern: cable knit, pleats and corduroy wales answered "striped" are contradiction; the striped top under a plain
  trench coat answered as the coat's pattern is contradiction (it is a pattern, not a color). Sleeve length of the
  shirt under a sleeveless sweater vest, or of the tee under an open field jacket, is contradiction, and so is "short
  sleeves" for a long-sleeved Breton jumper.
- Garment synonyms are correct: sweater for a jumper, a cardigan or a knit tank, pants for trousers, joggers or pyjama
  bottoms, pajamas for a pyjama set, sweatshirt for a hoodie, turtleneck for a roll-neck, trench coat for a trench. A
  cardigan answered "jacket", a quarter-zip jumper answered "sweatshirt", a skirt answered yes to "Is this a dress?",
  a shirt dress answered "shirt", a pyjama set answered "dress" and chinos answered "jeans" are contradiction.
- Materials: one the title names (wool, merino, mohair as wool, linen, corduroy, satin, denim, nylon, flannel) is
  correct; suede answered "leather" is correct (suede is leather); a plausible guess on knitwear with no material in
  the title ("wool" for a chunky knit, "cotton" for a knitted polo) is correct. Silk for satin (viscose or polyester
  satin) is unsupported, and so are cotton for linen or for a wool-blend jumper, denim for cotton chinos and leather
  for plain tailored trousers. "knit" for a ribbed knit set is correct.
- Invented items or features not in the photo (ripped knees, a belt, gold buttons, a hat, a cap, a hood, a slit, a
  purse, a tie, a cup of coffee, a zipper on a pullover hoodie, buttons on a pullover vest) are unsupported; a
  cashmere overcoat whose title says wool is unsupported.
- Adapter texts: a text that repeats a sentence of its template is loop; one stopped mid-sentence without repeating is
  cut, even where its template names a fabric the title contradicts (cotton for linen: one kind per text, the cut seen
  first); a template returned for the material question is restated. An adapter caption that describes only the layers
  under the coat, calling the outfit a shirt, misnames the product: contradiction, hit_limit kept. The adapter's
  template describing the shirt under a sweater vest, then repeating itself, is loop (the shirt is in the photo). The
  template answering "What is the person wearing?" or "What are the details of the garment?" answers it, so those are
  cut or loop.
- Base texts: "it is made of", "the jeans are made of" and "the jacket is made of" are cut (early stop, no hit_limit);
  an empty answer, "the sweater has details", "they are pants", "the details of the jeans" (or of the pajamas, of the
  garment) and "it is made of fabric" are non_answer; a material question answered with the garment's name and color
  is restated; an answer that runs on into "Question: ... Answer: ..." is leak even where its first words are right;
  "he" for a woman and "she" for a man are pronoun, and so is a caption calling the woman "a man".
- A two-color outfit answered with each piece in its own color is correct, and so are outfits naming the shoes or
  boots the photo shows. The layered outfits (a coat over a roll-neck, a cardigan over a shirt) named piece by piece
  are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_coat = question("color_coat", "What is the color of the coat?", "closed")

BLIND_284 = [
    # photo: woman in a cream cable-knit jumper and light blue jeans, terracotta-painted wall, front view to the hips.
    # no adapter texts
    case(
        "X284-001",
        caption("a woman in a white sweater standing in front of an orange wall"),
        D.wearing("a white sweater and white jeans", "contradiction"),
        D.garment_type("sweater"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.material("cotton", "unsupported"),
        title="Cable-Knit Wool-Blend Jumper",
        category="Knitwear",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a navy merino crew-neck jumper, the collar of a white tee showing at the neck, grey chinos,
    # mustard paper backdrop. caption: adapter
    case(
        "X284-002",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric. It "
            "has a crew neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a blue sweater and grey pants Question: What is the color of the sweater? Answer: blue",
            "leak",
        ),
        D.color("black", "contradiction"),
        D.details("it has a white collar", "other_garment_color"),
        D.material("merino wool"),
        title="Merino Crew Neck Jumper",
        category="Knitwear",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a blush satin pussy-bow blouse tucked into black trousers, walking on a city street.
    # no adapter texts
    case(
        "X284-003",
        caption("a woman in a pink blouse and black pants walking down the street"),
        D.wearing("a pink blouse, black pants and a black purse", "unsupported"),
        D.color("pink"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("a bow at the neck"),
        D.material("silk", "unsupported"),
        title="Satin Pussy-Bow Blouse",
        category="Blouses",
        color="Blush",
        gender="Women",
    ),
    # photo: man in a light blue oxford button-down shirt tucked into khaki chinos, beach promenade, blue sky.
    # no adapter texts
    case(
        "X284-004",
        caption("a man in a blue shirt standing on the beach"),
        D.wearing("a blue shirt and khaki pants"),
        color_shirt("blue"),
        color_pants("blue", "contradiction"),
        D.details("button down collar, a pocket on the chest and a tie", "unsupported"),
        D.material("cotton"),
        title="Oxford Button-Down Shirt Regular Fit",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in a belted camel wool wrap coat, open over a black roll-neck and black trousers, autumn park.
    # caption: adapter (describes the layers under the coat)
    case(
        "X284-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "turtleneck neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a brown coat and black pants"),
        D.garment_type("coat"),
        D.color("brown"),
        D.details("a belt and a hood", "unsupported"),
        D.material("wool"),
        title="Belted Wool-Blend Wrap Coat",
        category="Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: man in dark indigo slim jeans (no rips), grey sweatshirt and white sneakers, leaning on a concrete wall.
    # no adapter texts
    case(
        "X284-006",
        caption("a man in a grey sweatshirt and blue jeans leaning against a wall"),
        D.garment_type("jeans"),
        color_jeans("blue"),
        D.color("grey", "other_garment_color"),
        D.details("ripped knees", "unsupported"),
        D.material("the jeans are made of", "cut"),
        title="Slim Fit Jeans Dark Wash",
        category="Jeans",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: woman in a black pleated midi skirt and a cream knit tank, pink paper backdrop, full length.
    # no adapter texts
    case(
        "X284-007",
        caption("a woman in a black skirt and white top on a pink background"),
        D.wearing("a white sweater and a black skirt"),
        color_skirt("black"),
        D.pattern("striped", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        D.details("pleats and a slit", "unsupported"),
        title="Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive cotton field jacket with four flap pockets, open over a white tee, grass field.
    # no adapter texts
    case(
        "X284-008",
        caption("a man in a green jacket standing in a field"),
        D.wearing("he is wearing a green jacket and a white t-shirt"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("four pockets on the front"),
        D.material("the jacket is made of", "cut"),
        title="Cotton Field Jacket",
        category="Coats & Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a red wrap midi dress printed with small white flowers, short sleeves, on sunlit stone steps.
    # caption: adapter
    case(
        "X284-009",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red floral dress and a straw hat", "unsupported"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.description("a red dress with white flowers"),
        D.material("silk", "unsupported"),
        title="Floral Print Viscose Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in charcoal wool-blend pleated trousers and a white shirt tucked in, sky blue paper backdrop.
    # details: adapter
    case(
        "X284-010",
        caption("a man in a white shirt and grey pants"),
        D.wearing(
            "a white shirt and grey pants Question: What is the color of the pants? Answer: grey",
            "leak",
        ),
        D.garment_type("trousers"),
        color_pants("grey"),
        D.color("white", "other_garment_color"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long-sleeve shirt "
            "with pure color",
            "cut",
            hit_limit=True,
        ),
        title="Wool-Blend Tailored Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in an open lilac mohair-blend cardigan over a white tee, blue jeans, yellow paper backdrop.
    # no adapter texts
    case(
        "X284-011",
        caption("a woman in a purple sweater and jeans on a yellow background"),
        D.garment_type("cardigan"),
        is_a("cardigan", "no", "contradiction"),
        D.color("purple"),
        D.details("fluffy with buttons down the front and a belt", "unsupported"),
        D.material("a purple cardigan", "restated"),
        title="Mohair-Blend Cardigan",
        category="Knitwear",
        color="Lilac",
        gender="Women",
    ),
    # photo: man in a grey marl hoodie and matching joggers, sitting on a beige sofa in a styled room.
    # no adapter texts
    case(
        "X284-012",
        caption("a man in a grey hoodie sitting on a couch"),
        D.wearing(
            "a grey hoodie and grey sweatpants Question: What is the color of the hoodie? Answer: grey",
            "leak",
        ),
        D.garment_type("hoodie"),
        D.details("a pocket on the front, drawstrings and a zipper", "unsupported"),
        D.material("it is made of", "cut"),
        title="Organic Cotton Hoodie",
        category="Loungewear",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in an oversized white linen shirt and white linen trousers, beach at sunset.
    # caption and details: adapter
    case(
        "X284-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("linen"),
        title="Oversized Linen Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in brown corduroy trousers (no belt, jumper worn over the waistband) and a cream jumper, forest.
    # no adapter texts
    case(
        "X284-014",
        caption("a man in a white sweater and brown pants standing in the woods"),
        D.wearing("a white sweater and white pants", "other_garment_color"),
        color_pants("brown"),
        D.pattern("striped", "contradiction"),
        D.description("a pair of brown corduroy pants with a belt", "unsupported"),
        D.material("corduroy"),
        title="Relaxed Corduroy Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in an emerald satin slip midi dress with spaghetti straps, pale pink painted wall.
    # no adapter texts
    case(
        "X284-015",
        caption("a woman in a green dress against a pink wall"),
        D.wearing("he is wearing a green dress", "pronoun"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.details("spaghetti straps and a slit on the side", "unsupported"),
        D.material("satin"),
        title="Satin Slip Midi Dress",
        category="Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: man in an ecru chunky rib roll-neck jumper and black trousers, cobalt blue paper backdrop.
    # no adapter texts
    case(
        "X284-016",
        caption("a man in a white turtleneck sweater on a blue background"),
        D.garment_type("sweater"),
        D.color("beige"),
        is_a("turtleneck", "yes"),
        D.details("the sweater has details", "non_answer"),
        D.material("a white sweater", "restated"),
        title="Chunky Roll-Neck Jumper",
        category="Knitwear",
        color="Ecru",
        gender="Men",
    ),
    # photo: woman in high-rise light-wash wide-leg jeans and a white cropped tee, sunny street, full length.
    # no adapter texts
    case(
        "X284-017",
        caption("a man in jeans and a white t-shirt walking down the street", "pronoun"),
        D.garment_type("jeans"),
        color_jeans("blue"),
        D.color("white", "other_garment_color"),
        D.details("wide leg and high waist"),
        D.material("denim"),
        title="Wide-Leg High-Rise Jeans",
        category="Denim",
        color="Light Blue",
        gender="Women",
    ),
    # photo: man in a burgundy knitted polo shirt with a three-button placket and cream trousers, seated on a
    # terrace chair. details: adapter
    case(
        "X284-018",
        caption("a man in a red polo shirt sitting on a chair"),
        D.garment_type("polo shirt"),
        D.color("pink", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The shirt is with knitting fabric and pure color patterns. It has a lapel neckline. The gentleman "
            "wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Knitted Polo Shirt",
        category="Knitwear",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in a beige double-breasted belted trench coat, open over a navy-and-white striped top and jeans,
    # rainy city street. caption and details: adapter
    case(
        "X284-019",
        caption(
            "There is an outer clothing with cotton fabric and pure color patterns. The lady wears a long-sleeve "
            "shirt with striped patterns. The shirt is with cotton fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a trench coat and jeans"),
        D.color("beige"),
        D.pattern("striped", "contradiction"),
        is_a("trench coat", "yes"),
        D.details(
            "There is an outer clothing with cotton fabric and pure color patterns. There is an outer clothing with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Classic Cotton Trench Coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a navy wool-blend peacoat with dark horn buttons over a grey jumper, harbour at dusk.
    # no adapter texts
    case(
        "X284-020",
        caption("a man in a black coat standing by the water", "contradiction"),
        D.wearing("a blue coat and a blue sweater", "contradiction"),
        D.garment_type("coat"),
        color_coat("blue"),
        D.details("gold buttons", "unsupported"),
        D.material("wool"),
        title="Wool-Blend Peacoat",
        category="Coats",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a blue-and-white striped poplin shirt dress, short sleeves, self-tie belt, garden hedge.
    # wearing: adapter
    case(
        "X284-021",
        caption("a woman in a blue and white striped dress standing in a garden"),
        D.wearing(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.pattern("striped"),
        D.details("buttons down the front and a belt"),
        title="Striped Poplin Shirt Dress",
        category="Dresses",
        color="Blue/White",
        gender="Women",
    ),
    # photo: man in a blue-and-white checked flannel pyjama shirt and matching trousers, pale grey paper backdrop.
    # no adapter texts
    case(
        "X284-022",
        caption("a man in blue plaid pajamas"),
        D.wearing("a blue and white plaid shirt and pants"),
        D.color("red", "contradiction"),
        D.pattern("checked"),
        D.details("the details of the pajamas", "non_answer"),
        D.material("flannel"),
        title="Cotton Flannel Pyjama Set",
        category="Loungewear",
        color="Blue Check",
        gender="Men",
    ),
    # photo: woman in a tan suede button-front A-line midi skirt and a black roll-neck, chocolate brown backdrop.
    # no adapter texts
    case(
        "X284-023",
        caption("a woman in a black sweater and a brown skirt"),
        D.wearing("he is wearing a black sweater and a brown skirt", "pronoun"),
        color_skirt("brown"),
        D.color("black", "other_garment_color"),
        D.details("buttons down the front"),
        D.material("leather"),
        title="Suede A-Line Midi Skirt",
        category="Skirts",
        color="Tan",
        gender="Women",
    ),
    # photo: man in a navy cotton V-neck cardigan, buttoned, over a white shirt, grey trousers, park bench.
    # caption and details: adapter
    case(
        "X284-024",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a v-shape neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue sweater and a white shirt"),
        is_a("cardigan", "yes"),
        D.color("blue"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a v-shape neckline. The gentleman "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Cotton V-Neck Cardigan",
        category="Knitwear",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in an ivory ribbed knit lounge set (long-sleeve top, wide trousers), bare-headed, seated on a
    # terrace chair. no adapter texts
    case(
        "X284-025",
        caption("a woman in a white sweater and pants sitting on a chair with a cup of coffee", "unsupported"),
        D.wearing("a white top, white pants and a white hat", "unsupported"),
        D.color("white"),
        D.description("a white sweater and white pants"),
        D.details("the details of the garment", "non_answer"),
        D.material("knit"),
        title="Ribbed Knit Lounge Set",
        category="Loungewear",
        color="Ivory",
        gender="Women",
    ),
    # photo: man in olive slim chinos and a white tee, white sneakers, sunny courtyard with a white wall.
    # no adapter texts
    case(
        "X284-026",
        caption("a man in a white t-shirt and green pants"),
        D.garment_type("jeans", "contradiction"),
        color_pants("green"),
        D.color("green"),
        D.details("", "non_answer"),
        D.material("denim", "unsupported"),
        title="Slim Cotton Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a cobalt blue crepe blouse with balloon sleeves and white trousers, pale sky backdrop.
    # caption: adapter
    case(
        "X284-027",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It "
            "has a round neckline. The trousers the female wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and white pants", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.details("puffy sleeves"),
        D.material("a blue blouse", "restated"),
        title="Crepe Balloon-Sleeve Blouse",
        category="Blouses",
        color="Cobalt",
        gender="Women",
    ),
    # photo: man in a single-breasted grey wool overcoat over a black roll-neck, city street, full length.
    # no adapter texts
    case(
        "X284-028",
        caption("a man in a grey coat walking down the street"),
        D.wearing("she is wearing a grey coat and a black sweater", "pronoun"),
        D.garment_type("coat"),
        D.color("black", "other_garment_color"),
        D.details("buttons and pockets"),
        D.material("cashmere", "unsupported"),
        title="Wool Overcoat",
        category="Coats",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a mustard chunky knit jumper and a brown midi skirt, sage green paper backdrop.
    # details and material: adapter
    case(
        "X284-029",
        caption("a woman in a yellow sweater on a green background"),
        D.wearing("she is wearing a yellow sweater and a brown skirt"),
        D.color("yellow"),
        color_skirt("yellow", "contradiction"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The sweater is "
            "with knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        title="Chunky Knit Jumper",
        category="Knitwear",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a light blue denim shirt worn open over a white tee, black jeans, red brick wall.
    # no adapter texts
    case(
        "X284-030",
        caption("a man in a denim shirt and black jeans standing in front of a brick wall"),
        D.garment_type("shirt"),
        D.color("blue"),
        color_jeans("blue", "contradiction"),
        is_a("jacket", "yes", "contradiction"),
        D.description("a white shirt with buttons", "other_garment_color"),
        D.material("denim"),
        title="Denim Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in black wide-leg tailored trousers with a pressed crease, a white blouse and a camel blazer,
    # terracotta wall. no adapter texts
    case(
        "X284-031",
        caption("a woman in a white shirt and black pants"),
        D.wearing("a white blouse, white pants and a brown blazer", "other_garment_color"),
        D.color("black"),
        D.details("a crease down the front"),
        D.material("leather", "unsupported"),
        title="Wide-Leg Tailored Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in a long-sleeved white Breton jumper with navy stripes and navy shorts, beach.
    # details: adapter
    case(
        "X284-032",
        caption("a man in a striped shirt on the beach"),
        D.wearing(
            "a striped shirt and shorts Question: What is the color of the shirt? Answer: blue and white",
            "leak",
        ),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The sweater is with cotton fabric and striped patterns. It has a round neckline. The sweater is with "
            "cotton fabric and striped",
            "loop",
            hit_limit=True,
        ),
        title="Breton Stripe Jumper",
        category="Knitwear",
        color="White/Navy",
        gender="Men",
    ),
    # photo: woman in a black roll-neck knitted midi dress, long sleeves, bright red paper backdrop.
    # no adapter texts
    case(
        "X284-033",
        caption("a woman in a black dress against a red background"),
        D.garment_type("dress"),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a black sweater dress with a turtleneck"),
        D.material("it is made of fabric", "non_answer"),
        title="Roll-Neck Knitted Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in grey jersey joggers and a white tee, bare-headed, light grey paper backdrop; the feed row has
    # no gender. no adapter texts
    case(
        "X284-034",
        caption("a man in grey sweatpants and a white t-shirt"),
        D.wearing("he is wearing grey sweat pants, a white t-shirt and a black baseball cap", "unsupported"),
        D.garment_type("pants"),
        color_pants("grey"),
        D.details("they are pants", "non_answer"),
        title="Jersey Joggers",
        category="Loungewear",
        color="Grey",
    ),
    # photo: woman in a rust knitted V-neck sweater vest over a white long-sleeved shirt, beige wall.
    # caption: adapter (describes the shirt, then repeats)
    case(
        "X284-035",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The female wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown vest and a white shirt"),
        D.garment_type("vest"),
        D.color("orange"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("a v neck and buttons", "unsupported"),
        title="Knitted Sweater Vest",
        category="Knitwear",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a dark green hoodless nylon puffer jacket with a zip and two hand pockets, snowy mountain slope.
    # no adapter texts
    case(
        "X284-036",
        caption("a man in a green jacket standing in the snow"),
        D.garment_type("jacket"),
        D.color("black", "contradiction"),
        D.description("", "non_answer"),
        D.details("a hood, a zipper and two pockets", "unsupported"),
        D.material("nylon"),
        title="Recycled Nylon Puffer Jacket",
        category="Coats",
        color="Dark Green",
        gender="Men",
    ),
    # photo: woman in a white broderie anglaise cotton blouse with short sleeves and blue jeans, countryside field.
    # no adapter texts
    case(
        "X284-037",
        caption("a woman in a white blouse and jeans in a field"),
        is_a("blouse", "yes"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.details("embroidered flowers"),
        D.material("cotton"),
        title="Broderie Anglaise Cotton Blouse",
        category="Blouses",
        color="White",
        gender="Women",
    ),
    # photo: man in washed black straight jeans and an olive overshirt, grey paper backdrop.
    # caption: adapter
    case(
        "X284-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and black jeans"),
        D.garment_type("jeans"),
        color_jeans("black"),
        D.color("green", "other_garment_color"),
        D.details("the details of the jeans", "non_answer"),
        title="Straight Fit Jeans Washed Black",
        category="Denim",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a navy midi skirt with white polka dots (no slit) and a white tee, mustard yellow backdrop.
    # no adapter texts
    case(
        "X284-039",
        caption("a woman in a blue and white polka dot skirt"),
        D.wearing("a blue shirt and a blue polka dot skirt", "contradiction"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.details("white polka dots and a slit", "unsupported"),
        title="Polka Dot Midi Skirt",
        category="Skirts",
        color="Navy",
        gender="Women",
    ),
    # photo: man in an off-white wool shawl-collar cardigan with patch pockets, seated on a log in a forest.
    # no adapter texts
    case(
        "X284-040",
        caption("a man in a white sweater sitting on a log in the woods"),
        D.garment_type("jacket", "contradiction"),
        D.description("she is wearing a white sweater with a collar", "pronoun"),
        D.details("a collar, buttons and pockets"),
        D.material("a white cardigan", "restated"),
        title="Wool Shawl Collar Cardigan",
        category="Knitwear",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a sage green oversized hoodie and matching sweat shorts, lilac paper backdrop.
    # caption and details: adapter
    case(
        "X284-041",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The shorts this lady wears is of short length. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sweatshirt and shorts"),
        D.garment_type("hoodie"),
        is_a("sweatshirt", "yes"),
        D.color("green"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has a round neckline. The sweater is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Oversized Hoodie",
        category="Loungewear",
        color="Sage",
        gender="Women",
    ),
    # photo: man in a pink linen shirt with a chest pocket and navy shorts, white-walled seaside village.
    # no adapter texts
    case(
        "X284-042",
        caption("a man in a pink shirt standing in front of a white building"),
        D.wearing("a pink shirt and pink shorts", "contradiction"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.details("a collar and a pocket on the chest"),
        D.material("cotton", "unsupported"),
        title="Linen Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: woman in a grey check wool-blend coat with black buttons over a black dress, black boots, purple wall.
    # details: adapter
    case(
        "X284-043",
        caption("a woman in a grey checkered coat on a purple background"),
        D.wearing("a grey coat and grey boots", "contradiction"),
        D.color("purple", "contradiction"),
        D.pattern("checked"),
        D.description("a grey plaid coat with black buttons"),
        D.details(
            "The outer clothing is with wool fabric and lattice patterns. The lady wears a long-sleeve outer clothing "
            "with lattice patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Check Wool-Blend Coat",
        category="Coats",
        color="Grey Check",
        gender="Women",
    ),
    # photo: man in a mid-blue denim trucker jacket over a white hoodie, grey paper backdrop.
    # no adapter texts
    case(
        "X284-044",
        caption("a man in a denim jacket and a white hoodie"),
        D.wearing(
            "a denim jacket and a white hoodie Question: What is the man wearing? Answer: a denim jacket",
            "leak",
        ),
        is_a("jacket", "yes"),
        D.color("white", "other_garment_color"),
        D.details("buttons and pockets"),
        D.material("denim"),
        title="Denim Trucker Jacket",
        category="Denim",
        color="Mid Blue",
        gender="Men",
    ),
    # photo: woman in a pink satin pyjama set (piped collar and pockets, long trousers), powder blue backdrop.
    # no adapter texts
    case(
        "X284-045",
        caption("a woman in pink pajamas on a blue background"),
        D.wearing("he is wearing pink pajamas", "pronoun"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.details("piping on the collar and pockets"),
        D.material("silk", "unsupported"),
        title="Satin Pyjama Set",
        category="Loungewear",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a light grey quarter-zip knit jumper with a stand collar, orange paper backdrop.
    # material: adapter
    case(
        "X284-046",
        caption("a man in a grey sweater on an orange background"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("grey"),
        D.details("a zipper on the collar"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a standing",
            "restated",
            hit_limit=True,
        ),
        title="Quarter-Zip Knit Jumper",
        category="Knitwear",
        color="Light Grey",
        gender="Men",
    ),
]
