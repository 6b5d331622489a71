"""BLIND_401 (46 products; a US denim brand's jeans, jackets, shirts, shorts, skirts and overalls, styled): written
blind in the forty-sixth session. Measured blind at 5963d24 (the session's rules as they stood): 98/119 failures
found (82.4%) and 1/155 correct texts flagged (0.6%). The writer's notes, verbatim:

Scenario: the English catalog feed of a US denim brand's online store: women's and men's jeans in many fits
(skinny, slim, straight, mom, wide leg, flare, bootcut, relaxed, carpenter) and washes (light, medium, dark, rinse,
black, ecru, white, acid), denim jackets (trucker, sherpa, cropped, embroidered), denim shirts (chambray, western,
overshirt), denim shorts and skirts, overalls and a jumpsuit, each photographed on a model on a white or light grey
backdrop, styled with tees, tanks, sweaters, hoodies, blouses and coats from the same store. Each row has the seller's
title, category, color (the brand's wash names: Medium Wash, Dark Indigo, Ecru, Washed Black...) and gender; a few
rows miss the gender or the color.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman
in a white t-shirt and blue jeans") or the caption-only LoRA adapter (DeepFashion template, "The lady wears a
long-sleeve shirt with pure color patterns and a long pants. ..."), which has no end token: every adapter text runs
to its limit (hit_limit=True) and, asked a question, returns its template. The comment above each case says which
texts the adapter wrote; every other open text (wearing, description, details, material) is the base model's: short,
lowercase, stopping on its own. The closed texts (garment_type, color, pattern, sleeve_length, the per-piece colors,
fit, rise, wash and "Is this a ...?") are enrich's `--engine reference` answers, picked from candidate sets: never a
loop or a cut.

Labeling conventions and judgement calls:
- Denim's wash names are colors: blue is correct for Light/Medium/Dark Wash, Dark Indigo, Raw Indigo, Rinse and
  Stonewash; white for Ecru and Optic White; black for Washed Black and Black Rinse; grey for Light Grey. Navy as
  "blue" for a sweater and camel as "tan" or "brown" for a coat are correct.
- Per-piece colors: the color of the tee, tank, sweater, coat or jeans worn with the product, given to the product
  (or to another named piece), is other_garment_color; the color of a print on a styling piece given as that piece's
  color (red for a white tee with a red graphic) is contradiction. An outfit that really is one color (all black)
  answered in that color everywhere is correct.
- Pattern asked of the product answered with the styling piece's pattern (striped, floral, animal print for plain
  denim) is contradiction; floral for a denim jacket with floral embroidery on the back is correct.
- Garment synonyms count as correct: jean jacket / trucker for denim jacket, cutoffs for shorts, overalls for
  dungarees and shortalls, "shirt" for a denim overshirt, "tank top" for a sleeveless denim top, "jumpsuit" for
  overalls (the closest candidate), "relaxed" for baggy jeans, "fur collar" for a sherpa collar, "acid wash".
  The reference engine naming the coat worn over the jeans (garment_type "jacket" for jeans) is contradiction, and so
  is "shorts" for a skirt, "dress" for a jumpsuit, bootcut for flare, skinny for barrel, a wrong wash or rise.
- Sleeves: a long-sleeve jacket worn over a tee answered "short sleeves" and a sleeveless top answered "long sleeves"
  are contradiction.
- Materials: denim, cotton or "denim and cotton" are correct for any denim piece; leather or silk are unsupported.
  A material question answered with the garment's name or color is restated; "it is made of" (the base model's early
  stop) is cut without hit_limit; an empty answer is non_answer.
- Invented items not in the photo (a belt under an untucked tee, sunglasses, boots on a photo cropped at the knees,
  ripped knees on clean jeans, a slit, a zipper on a button-front skirt) are unsupported; items the photo shows (a
  self-tie belt, a belt worn over the tee, a hammer loop, frayed or rolled hems, snap buttons, a red selvedge line
  at the cuffs) are correct. Pockets the photo cannot show (a sleeve pocket) and a brand's back-pocket tab on a
  front view are unsupported.
- "the jeans", "the details of the jeans" and "the shorts are short" for a details question are non_answer; "the
  jeans are black" / "the jeans are grey" for a details question is restated.
- Adapter texts: repeating a sentence of the template (or restarting it) is loop; stopping mid-sentence without
  repeating is cut; the template returned for the material question is restated, even though it is also cut. The
  template answering "Describe ..." or a details question is cut or loop, not restated.
- Base answers running on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" for a woman and "she" for a man are pronoun; "a man" in a caption of a woman is pronoun too.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, describe, details, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
fit = question("fit", "What is the fit of the jeans?", "closed")
rise = question("rise", "What is the rise of the jeans?", "closed")
wash = question("wash", "What is the wash of the denim?", "closed")

BLIND_401 = [
    # photo: woman in medium wash high rise straight jeans, white crew tee tucked in, white backdrop, front, full
    # length.
    # adapter: none
    case(
        "X401-001",
        caption("a woman wearing a white t-shirt and blue jeans"),
        D.wearing("he is wearing a white shirt and jeans", "pronoun"),
        color_jeans("blue"),
        fit("straight"),
        rise("high rise"),
        details("jeans", "the jeans have a button and pockets"),
        title="Women's High Rise Straight Jean - Medium Wash",
        category="Jeans",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: woman in black skinny jeans and a black tank top, light grey backdrop, front, full length.
    # adapter: caption
    case(
        "X401-002",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with cotton fabric. "
            "The pants are with denim fabric and pure color patterns. The lady wears a tank top with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black jeans and a black tank top"),
        D.color("grey", "contradiction"),
        fit("skinny"),
        D.material("denim"),
        D.details("the jeans are black", "restated"),
        title="Women's Mid Rise Skinny Jean - Black",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in dark indigo slim jeans and a heather grey crew tee, light grey backdrop, front, full length.
    # adapter: none
    case(
        "X401-003",
        caption("a man in a grey t-shirt and dark jeans"),
        D.wearing("a grey shirt and grey jeans", "other_garment_color"),
        color_jeans("blue"),
        wash("dark wash"),
        fit("skinny", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Men's Slim Fit Jean - Dark Indigo",
        category="Jeans",
        color="Dark Indigo",
        gender="Men",
    ),
    # photo: woman in a light wash denim trucker jacket, buttoned halfway, over a white tee, black jeans, white
    # backdrop. adapter: caption, material
    case(
        "X401-004",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The lady wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("blue"),
        color_jacket("white", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a",
            "restated",
            hit_limit=True,
        ),
        title="Women's Classic Trucker Jacket - Light Wash",
        category="Jackets",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in a light blue chambray button-up shirt, two chest pockets, with khaki chinos, white backdrop.
    # adapter: none
    case(
        "X401-005",
        caption("a man in a blue denim shirt and khaki pants"),
        D.wearing("a blue shirt and khaki pants"),
        color_shirt("blue"),
        describe("shirt", "a blue denim shirt with two chest pockets and a collar"),
        D.material("silk", "unsupported"),
        D.details(
            "the shirt has two pockets on the chest and a pocket on the sleeve",
            "unsupported",
        ),
        is_a("shirt", "yes"),
        title="Men's Chambray Button-Up Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in light wash cutoff denim shorts with frayed hems and a yellow tank top, white backdrop.
    # adapter: caption
    case(
        "X401-006",
        caption(
            "The lady wears a tank top with pure color patterns and a shorts. The tank top is with cotton fabric. It "
            "has a round neckline. The shorts are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow tank top and denim shorts"),
        color_shorts("yellow", "other_garment_color"),
        D.details("frayed hem"),
        D.material("it is made of denim and", "cut"),
        is_a("pair of shorts", "yes"),
        title="Women's High Rise Cutoff Short - Light Wash",
        category="Shorts",
        color="Light Wash",
        gender="Women",
    ),
    # photo: woman in a dark wash button-front denim mini skirt and a navy-and-white striped long-sleeve tee,
    # light grey backdrop, front, cropped at the knees. adapter: none
    case(
        "X401-007",
        caption("a woman wearing a striped shirt and a denim skirt"),
        D.garment_type("shorts", "contradiction"),
        color_skirt("blue"),
        D.pattern("striped", "contradiction"),
        D.wearing("a striped shirt and a blue skirt with a belt", "unsupported"),
        title="Women's Button Front Denim Mini Skirt",
        category="Skirts",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: woman in medium wash straight-leg denim overalls over a white ribbed tank, white backdrop, front.
    # adapter: none
    case(
        "X401-008",
        caption("a woman in overalls and a white tank top"),
        D.garment_type("jumpsuit"),
        D.wearing("a white tank top and jeans", "contradiction"),
        D.color("white", "other_garment_color"),
        details("overalls", "the overalls have a bib pocket and adjustable straps"),
        title="Women's Denim Overalls - Medium Wash",
        category="Overalls",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: man in light wash relaxed fit jeans and a black pullover hoodie, light grey backdrop, full length.
    # adapter: caption
    case(
        "X401-009",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The gentleman wears a long-sleeve "
            "sweater with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and jeans"),
        color_jeans("blue"),
        fit("relaxed"),
        wash("dark wash", "contradiction"),
        D.details("the jeans", "non_answer"),
        title="Men's Relaxed Fit Jean - Light Wash",
        category="Jeans",
        color="Light Wash",
        gender="Men",
    ),
    # photo: woman in ecru high rise wide leg jeans and a brown knit sweater, white backdrop, full length.
    # adapter: none
    case(
        "X401-010",
        caption("a woman in white jeans and a brown sweater"),
        color_jeans("white"),
        fit("wide leg"),
        D.color("brown", "other_garment_color"),
        D.material("cotton"),
        D.wearing(
            "she is wearing a brown sweater and white jeans Question: what is the fit of the jeans? Answer: wide",
            "leak",
        ),
        rise("high rise"),
        title="Women's High Rise Wide Leg Jean - Ecru",
        category="Jeans",
        color="Ecru",
        gender="Women",
    ),
    # photo: man in a dark indigo denim jacket with a cream sherpa collar, over a grey hoodie, light grey backdrop.
    # adapter: none
    case(
        "X401-011",
        caption("a man wearing a denim jacket with a fur collar"),
        D.garment_type("jacket"),
        color_jacket("grey", "other_garment_color"),
        D.material("leather", "unsupported"),
        describe("jacket", "a blue denim jacket with a white fur collar"),
        D.wearing("she is wearing a denim jacket and a grey hoodie", "pronoun"),
        title="Men's Sherpa Lined Trucker Jacket",
        category="Jackets",
        color="Dark Indigo",
        gender="Men",
    ),
    # photo: woman in dark wash flare jeans and a white long-sleeve blouse, nude heels, white backdrop, full length.
    # adapter: caption, description
    case(
        "X401-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blouse and dark blue jeans"),
        fit("bootcut", "contradiction"),
        color_jeans("black", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It",
            "cut",
            hit_limit=True,
        ),
        title="Women's High Rise Flare Jean - Dark Wash",
        category="Jeans",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: man in black rinse slim jeans and a white crew tee, white backdrop, front, full length.
    # adapter: none
    case(
        "X401-013",
        caption("a man in a white t-shirt and black jeans"),
        color_jeans("white", "other_garment_color"),
        D.wearing("white t-shirt and black jeans"),
        wash("black"),
        D.details("the jeans are slim fit and have a zipper"),
        D.material("black", "restated"),
        title="Men's Slim Fit Jean - Black Rinse",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an oversized medium wash denim shirt worn open over a black bodysuit, black jeans, white
    # backdrop. adapter: none
    case(
        "X401-014",
        caption("a woman wearing a denim shirt and black pants"),
        D.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.wearing(
            "a denim shirt and black jeans Question: what is the color of the shirt? Answer: blue",
            "leak",
        ),
        D.material("the material of the shirt", "non_answer"),
        title="Women's Oversized Denim Shirt - Medium Wash",
        category="Shirts & Tops",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: woman in light wash mom jeans with ripped knees and a white tee with a red star graphic, white backdrop.
    # adapter: none
    case(
        "X401-015",
        caption("a woman in a white t-shirt with a red graphic and ripped jeans"),
        fit("mom"),
        color_shirt("red", "contradiction"),
        D.details("ripped knees"),
        color_jeans("blue"),
        is_a("pair of jeans", "yes"),
        D.wearing("a white t-shirt with a red heart and a red jacket", "unsupported"),
        title="Women's Distressed Mom Jean - Light Wash",
        category="Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in medium wash 9" denim shorts and a navy polo shirt, light grey backdrop, front.
    # adapter: caption, material
    case(
        "X401-016",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and a shorts. The polo shirt is "
            "with cotton fabric. It has a lapel neckline. The shorts are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and shorts"),
        color_shorts("blue"),
        D.garment_type("shorts"),
        D.details("the shorts are short", "non_answer"),
        D.material(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and a shorts. The polo shirt is "
            "with cotton",
            "restated",
            hit_limit=True,
        ),
        title="Men's 9\" Denim Short - Medium Wash",
        category="Shorts",
        color="Medium Wash",
        gender="Men",
    ),
    # photo: woman in a cropped black denim jacket over a white tee, blue jeans, white backdrop, front.
    # adapter: none
    case(
        "X401-017",
        caption("a woman in a black jacket and blue jeans"),
        D.color("blue", "other_garment_color"),
        color_jacket("black"),
        D.description("a black denim jacket with buttons and pockets"),
        D.material("denim"),
        D.wearing(
            "she is wearing a black jacket, a white shirt, and black jeans",
            "other_garment_color",
        ),
        title="Women's Cropped Denim Jacket - Washed Black",
        category="Jackets",
        color="Washed Black",
        gender="Women",
    ),
    # photo: woman in medium wash mid rise bootcut jeans and a grey crewneck sweater, in front of a white studio wall.
    # adapter: none
    case(
        "X401-018",
        caption("a woman in a grey sweater and blue jeans standing in front of a white wall"),
        fit("bootcut"),
        rise("low rise", "contradiction"),
        color_jeans("blue"),
        D.details("the jeans have a button and a zipper"),
        D.wearing("he is wearing a grey sweater and jeans", "pronoun"),
        title="Women's Mid Rise Bootcut Jean - Medium Wash",
        category="Jeans",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: man in a washed black denim overshirt worn open over a white tee, grey chinos, white backdrop.
    # adapter: caption, material
    case(
        "X401-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "denim fabric. It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        color_shirt("black"),
        D.color("grey", "other_garment_color"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "denim fabric. It",
            "restated",
            hit_limit=True,
        ),
        title="Men's Denim Overshirt - Washed Black",
        category="Shirts",
        color="Washed Black",
        gender="Men",
    ),
    # photo: woman in light grey high rise skinny jeans and a black crop top, white backdrop, full length.
    # adapter: none
    case(
        "X401-020",
        caption("a woman in a black crop top and grey jeans"),
        color_jeans("black", "other_garment_color"),
        D.color("grey"),
        fit("skinny"),
        D.details("the jeans are grey", "restated"),
        D.wearing("a black top and gray jeans"),
        title="Women's High Rise Skinny Jean - Light Grey",
        category="Jeans",
        color="Light Grey",
        gender="Women",
    ),
    # photo: woman in a light wash A-line denim midi skirt with a tucked-in white blouse, white backdrop, no slit.
    # adapter: caption, details
    case(
        "X401-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. It has a lapel neckline. The skirt is with denim fabric and pure color patterns. The lady wears "
            "a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        color_skirt("blue"),
        D.wearing("a white shirt and a denim skirt"),
        D.description("a long denim skirt with a slit in the front", "unsupported"),
        D.details(
            "The skirt is with denim fabric and pure color patterns. The lady wears a long-sleeve shirt with pure "
            "color patterns and a long skirt. The skirt is with denim",
            "loop",
            hit_limit=True,
        ),
        title="Women's A-Line Denim Midi Skirt - Light Wash",
        category="Skirts",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in medium stonewash straight jeans and a red-and-black plaid flannel shirt, white backdrop.
    # adapter: none
    case(
        "X401-022",
        caption("a man in a red plaid shirt and blue jeans"),
        D.wearing("a red and black plaid shirt and jeans"),
        color_jeans("red", "other_garment_color"),
        D.pattern("solid"),
        fit("straight"),
        wash("medium wash"),
        D.details(
            "the jeans have a button fly and five pockets and a red tab on the back pocket",
            "unsupported",
        ),
        title="Men's Straight Fit Jean - Stonewash",
        category="Jeans",
        color="Stonewash",
        gender="Men",
    ),
    # photo: woman in light wash denim shortalls over a red-and-white striped tee, white backdrop, no accessories.
    # adapter: none
    case(
        "X401-023",
        caption("a woman in a striped shirt and denim overalls"),
        D.color("red", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        details("overalls", "the overalls have a pocket on the front"),
        D.material("cotton"),
        D.wearing("a red and white striped shirt and overalls with sunglasses", "unsupported"),
        title="Women's Denim Shortalls - Light Wash",
        category="Overalls",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in an unbuttoned medium wash denim trucker jacket over a white tee, black jeans, light grey backdrop.
    # adapter: caption, details
    case(
        "X401-024",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with denim "
            "fabric. It has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        color_jacket("blue"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.wearing(
            "a blue jacket, a white shirt and black jeans Question: is this a jacket? Answer: yes",
            "leak",
        ),
        D.details(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with denim "
            "fabric. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        title="Men's Trucker Jacket - Medium Wash",
        category="Jackets",
        color="Medium Wash",
        gender="Men",
    ),
    # photo: woman in dark wash baggy 90s jeans and a heather grey sweatshirt, light grey backdrop, full length.
    # adapter: none
    case(
        "X401-025",
        caption("a woman in a grey sweatshirt and baggy jeans"),
        color_jeans("grey", "other_garment_color"),
        fit("relaxed"),
        D.wearing("a grey sweatshirt and dark blue jeans"),
        wash("light wash", "contradiction"),
        D.material("", "non_answer"),
        title="Women's 90s Baggy Jean - Dark Wash",
        category="Jeans",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: woman in optic white straight jeans with frayed hems and a blue-and-white striped button-down shirt,
    # white backdrop. adapter: none
    case(
        "X401-026",
        caption("a woman in a blue and white striped shirt and white jeans"),
        D.color("white"),
        color_jeans("blue", "other_garment_color"),
        D.wearing("a striped shirt and white pants"),
        D.details("the jeans have a raw hem"),
        D.material("denim"),
        title="Women's Straight Jean - Optic White",
        category="Jeans",
        color="Optic White",
        gender="Women",
    ),
    # photo: man in a dark wash western denim shirt with pearl snaps, tucked into black jeans, white backdrop.
    # adapter: caption
    case(
        "X401-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_shirt("black", "other_garment_color"),
        D.description("a dark blue denim shirt with white snap buttons"),
        D.material("denim"),
        is_a("shirt", "yes"),
        D.wearing("a denim shirt and black jeans with a cowboy hat", "unsupported"),
        title="Men's Western Denim Shirt - Dark Wash",
        category="Shirts",
        color="Dark Wash",
        gender="Men",
    ),
    # photo: woman in a cropped light wash denim jacket over a white midi dress with pink flowers, white backdrop.
    # adapter: none
    case(
        "X401-028",
        caption("a woman wearing a denim jacket over a floral dress"),
        D.pattern("floral", "contradiction"),
        D.color("blue"),
        color_jacket("pink", "other_garment_color"),
        D.wearing("a pink floral dress and a denim jacket"),
        D.material("denim and cotton"),
        title="Women's Cropped Jean Jacket - Light Wash",
        category="Jackets",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in dark grey tapered slim jeans and an olive bomber jacket over a white tee, light grey backdrop.
    # adapter: none
    case(
        "X401-029",
        caption("a man in a green jacket and grey jeans"),
        color_jeans("green", "other_garment_color"),
        D.color("grey"),
        fit("slim"),
        D.wearing("he is wearing a green jacket and jeans"),
        D.details(
            "the jeans have a zipper fly and a button closure Question: what is the color of the jeans? Answer: grey",
            "leak",
        ),
        title="Men's Slim Taper Jean - Dark Grey",
        category="Jeans",
        color="Dark Grey",
        gender="Men",
    ),
    # photo: woman in black high rise denim shorts with rolled hems and a white tee printed "NYC", white backdrop.
    # adapter: caption, material
    case(
        "X401-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_shorts("black"),
        D.color("white", "other_garment_color"),
        D.wearing("a white t-shirt and black shorts"),
        D.details("the shorts have a rolled hem"),
        rise("high rise"),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        title="Women's High Rise Mom Short - Black",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a light wash western denim shirt tucked into white jeans, white backdrop, front.
    # adapter: none
    case(
        "X401-031",
        caption("a man in a denim shirt and white jeans", "pronoun"),
        D.garment_type("shirt"),
        color_shirt("white", "other_garment_color"),
        D.details("the shirt has two pockets and a collar and buttons"),
        D.material("the shirt is blue", "restated"),
        D.wearing("a blue shirt and white pants"),
        title="Women's Western Denim Shirt - Light Wash",
        category="Shirts & Tops",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in light wash loose carpenter jeans (hammer loop, utility pocket), untucked white tee covering the
    # waistband, white backdrop. adapter: caption
    case(
        "X401-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. The "
            "gentleman wears a short",
            "loop",
            hit_limit=True,
        ),
        fit("relaxed"),
        D.details("hammer loop and utility pockets"),
        color_jeans("blue"),
        wash("light wash"),
        D.wearing("a white t-shirt and jeans with a brown leather belt", "unsupported"),
        title="Men's Loose Carpenter Jean - Light Wash",
        category="Jeans",
        color="Light Wash",
        gender="Men",
    ),
    # photo: woman in a medium wash short-sleeve denim jumpsuit with a self-tie belt, white backdrop, full length.
    # adapter: none
    case(
        "X401-033",
        caption("a woman in a denim jumpsuit"),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        B.sleeve_length("short sleeves"),
        D.wearing("a denim dress with a belt", "contradiction"),
        D.material("it is made of", "cut"),
        title="Women's Utility Denim Jumpsuit - Medium Wash",
        category="Jumpsuits & Rompers",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: man in clean light wash slim jeans (no rips) and a navy crewneck sweater, light grey backdrop.
    # adapter: none. The feed row has no gender.
    case(
        "X401-034",
        caption("a man in a blue sweater and blue jeans"),
        color_jeans("blue"),
        D.wearing("a navy sweater and light blue jeans"),
        D.details("the jeans have a rip on the knee", "unsupported"),
        wash("dark wash", "contradiction"),
        fit("slim"),
        title="Men's Slim Fit Jean - Light Wash",
        category="Jeans",
        color="Light Wash",
    ),
    # photo: woman in medium wash skinny jeans and a brown leopard print blouse, white backdrop, full length.
    # adapter: caption, details
    case(
        "X401-035",
        caption(
            "The lady wears a long-sleeve blouse with graphic patterns and a long pants. The blouse is with chiffon "
            "fabric. It has a V-shape neckline. The pants are with denim fabric and pure color patterns. The lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        D.pattern("animal print", "contradiction"),
        color_top("brown"),
        color_jeans("blue"),
        D.wearing("a leopard print shirt and blue jeans"),
        fit("skinny"),
        D.details(
            "The lady wears a long-sleeve blouse with graphic patterns and a long pants. The blouse is with chiffon "
            "fabric. It",
            "cut",
            hit_limit=True,
        ),
        title="Women's Mid Rise Skinny Jean - Medium Wash",
        category="Jeans",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: woman in dark wash cuffed denim bermuda shorts and a white button-down shirt, light grey backdrop.
    # adapter: none
    case(
        "X401-036",
        caption("a woman in a white shirt and denim shorts"),
        D.garment_type("shorts"),
        color_shorts("white", "other_garment_color"),
        D.details("the shorts are long and cuffed"),
        D.description("a pair of dark blue denim shorts with a", "cut"),
        D.material("they are shorts", "restated"),
        title="Women's Denim Bermuda Short - Dark Wash",
        category="Shorts",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: man all in black: black denim jacket over a black tee, black jeans, white backdrop.
    # adapter: description
    case(
        "X401-037",
        caption("a man in a black jacket and black jeans"),
        color_jacket("black"),
        D.color("black"),
        D.wearing("a black denim jacket, a black shirt and black pants"),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The jacket",
            "cut",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        title="Men's Trucker Jacket - Black",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black button-front A-line denim skirt and a grey tee, white backdrop.
    # adapter: none
    case(
        "X401-038",
        caption("a woman in a gray t-shirt and black skirt"),
        color_skirt("grey", "other_garment_color"),
        D.garment_type("skirt"),
        D.wearing("she is wearing a grey shirt and a black skirt with a zipper", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Women's A-Line Denim Skirt - Black",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in rinse (very dark) high rise straight jeans, cream sweater, open camel wool coat, white backdrop.
    # adapter: none
    case(
        "X401-039",
        caption("a woman in a brown coat and jeans"),
        color_jeans("brown", "other_garment_color"),
        D.wearing("a tan coat, a white sweater and dark jeans"),
        D.color("blue"),
        D.garment_type("jacket", "contradiction"),
        rise("mid rise", "contradiction"),
        title="Women's High Rise Straight Jean - Rinse",
        category="Jeans",
        color="Rinse",
        gender="Women",
    ),
    # photo: man in a light wash short-sleeve denim shirt with a chest pocket, khaki shorts, white backdrop.
    # adapter: caption
    case(
        "X401-040",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with denim "
            "fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns. The gentleman "
            "wears a short-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        color_shirt("blue"),
        D.wearing("she is wearing a blue shirt and shorts", "pronoun"),
        D.details("the shirt has a pocket on the chest and buttons"),
        title="Men's Short Sleeve Denim Shirt - Light Wash",
        category="Shirts",
        color="Light Wash",
        gender="Men",
    ),
    # photo: woman in medium wash barrel (curved leg) jeans and a black tank, light grey backdrop, full length.
    # adapter: none
    case(
        "X401-041",
        caption("a woman in a black top and jeans"),
        fit("skinny", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details("the jeans have a curved leg and a high waist"),
        D.wearing(
            "jeans and a black tank top Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Women's High Rise Barrel Jean - Medium Wash",
        category="Jeans",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: woman in a sleeveless square-neck button-front denim top, medium wash, with white wide-leg pants,
    # white backdrop. adapter: none
    case(
        "X401-042",
        caption("a woman wearing a denim top and white pants"),
        D.garment_type("tank top"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("the top is made of", "cut"),
        D.details("the top has a square neckline and buttons down the front"),
        title="Women's Square Neck Denim Top",
        category="Shirts & Tops",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: man in dark wash bootcut jeans, grey tee tucked in, brown leather belt, light grey backdrop, cropped at
    # the knees. adapter: none
    case(
        "X401-043",
        caption("a man in a grey t-shirt and black jeans with a belt", "contradiction"),
        fit("bootcut"),
        color_jeans("blue"),
        D.wearing("grey t-shirt, blue jeans, brown belt and cowboy boots", "unsupported"),
        D.details("the details of the jeans", "non_answer"),
        title="Men's Bootcut Jean - Dark Wash",
        category="Jeans",
        color="Dark Wash",
        gender="Men",
    ),
    # photo: back view of a woman in a medium wash denim jacket with floral embroidery across the back, black
    # jeans, white backdrop. adapter: caption
    case(
        "X401-044",
        caption(
            "The lady wears a long-sleeve jacket with floral patterns. The jacket is with denim fabric. The lady wears "
            "a long pants. The pants are with denim fabric and pure color patterns. The lady wears a long-sleeve "
            "jacket",
            "loop",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.color("blue"),
        D.wearing("a denim jacket with flowers on the back and black jeans"),
        D.details("there are flowers on the back and on the sleeves", "unsupported"),
        color_jacket("black", "other_garment_color"),
        title="Women's Embroidered Denim Jacket",
        category="Jackets",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: woman in acid wash straight jeans and a white crop tee, white backdrop, full length.
    # adapter: none
    case(
        "X401-045",
        caption("a woman in a white t-shirt and ripped jeans", "unsupported"),
        wash("acid wash"),
        D.color("blue"),
        D.wearing("a white crop top and jeans that are faded"),
        D.details("", "non_answer"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Women's Straight Jean - Acid Wash",
        category="Jeans",
        color="Acid Wash",
        gender="Women",
    ),
    # photo: man in raw indigo relaxed jeans with cuffed hems showing the red selvedge line, white oxford shirt,
    # tan boots, white backdrop, full length. adapter: caption, description. The feed row has no color.
    case(
        "X401-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        color_jeans("blue"),
        D.wearing("a white shirt and blue jeans and brown boots"),
        D.details("the jeans have cuffs at the bottom and a red line on the edge"),
        D.material("cotton"),
        wash("dark wash"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men's Relaxed Selvedge Jean - Raw Indigo",
        category="Jeans",
        gender="Men",
    ),
]
