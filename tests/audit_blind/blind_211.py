"""BLIND_211 (46 products; a US retailer's women's and men's denim: jeans, jackets, skirts, shorts, dungarees): written
blind in the fortieth session. Measured blind at 170b32e (the session's rules as they stood): 98/123 failures found
(79.7%) and 13/164 correct texts flagged (7.9%). The writer's notes, verbatim:

Scenario: a US retailer's English catalog feed of its denim line for women and men. Jeans in many washes and fits
(light, medium, vintage and stone wash, dark indigo and rinse, raw selvedge, black and washed black, grey, white and
ecru; skinny, straight, bootcut, flare, wide-leg, mom, boyfriend, relaxed, carpenter), denim jackets (trucker,
cropped, oversized, sherpa collar, a shirt jacket, a sleeveless vest), denim skirts (mini, midi, A-line, pencil),
shorts, and dungarees (overalls and shortalls). The garments are worn with tops of other colors, tucked in or worn
over them (tees, striped and floral tops, plaid flannel, sweaters, hoodies, leather jackets, a coat), some in front of
brick, graffiti or painted walls, a few with props (a straw hat and bag, a coffee cup); some are back views showing
the pockets. Each row has the seller's title, category, color (the wash name the retailer uses: "Light Wash",
"Dark Indigo", "Rinse", "Washed Black", "Ecru") and gender; two rows miss the gender, one the color, one the
category.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in
black jeans and a white t-shirt") unless the comment says the caption-only LoRA adapter wrote them (the DeepFashion
template: "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is
with cotton fabric ..."). The adapter was trained with no end-of-answer token: its texts run to the limit (50 new
tokens for captions, 30 for answers), carry hit_limit=True, and asked any question it returns its template. The open
questions (wearing, description, details, material, fit, wash, back pockets) come from the base model unless the
comment names the adapter; the base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions, "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets: never a loop, never cut.

Labeling conventions and judgement calls:
- Wash names and shade words are correct for the seller's color: blue or light blue for light, vintage, stone or
  medium wash; blue, dark blue or navy for dark indigo, rinse and raw indigo; white for ecru; grey for washed black
  (the faded black reads grey) and black for it too. Black for a dark indigo or raw indigo pair is contradiction, as
  is blue for black, grey or white jeans (the model's denim prior).
- Garment synonyms are correct: pants or trousers for jeans, leggings for jeggings, jean jacket for a denim jacket,
  shirt for a shirt jacket, overalls or jumpsuit for dungarees, romper for shortalls, fur for a sherpa collar, sweater
  for a turtleneck or cardigan, sweatshirt for a hoodie. Shorts for a skirt, a coat, jacket, sweater or hoodie as the
  garment_type of a pair of jeans, pants for cargo shorts, a shirt for jeans, are contradictions; so is the adapter's
  template naming dungarees "a long pants" under a sweater (labelled contradiction, hit_limit kept).
- The color of a top, jacket, coat, sweater, hoodie or blouse given as the product's color (closed color answer or an
  open description) is other_garment_color. The color of a wall given as the product's color is contradiction (no
  garment has it). The print colors of the tucked-in blouse given as the shorts' colors (leopard "brown and black"
  for black shorts) are other_garment_color.
- The pattern of another piece (the striped tee, the plaid shirt, the floral dress or blouse, the leopard blouse, the
  graffiti wall) given as the product's pattern is contradiction; so is the sleeve length of a blouse under a
  sleeveless vest, long sleeves answered short, and a sleeveless answer for a jacket.
- Materials: denim is correct, and so is cotton (denim is cotton twill). The material of another piece or a prop
  (leather from the biker jacket, flannel from the shirt, straw from the hat) is unsupported for the product. Fur
  and denim for a sherpa-collared jacket is correct. A material answered with the garment's name ("jeans", "a black
  overall") is restated; the adapter's template returned to the material question is restated, though also cut.
- Invented items not in the photo (a belt, a hat, a necklace, a handbag, rhinestones, embroidery, a back slit on a
  front view, a side zipper, a red tab, a bandana) are unsupported. Items that are in the photo (a belt, a straw bag,
  the hoodie's hood, a coffee cup, ripped knees where they are ripped, a selvedge line) are correct.
- Adapter texts: one that repeats a sentence or a clause of its template is loop; one that stops mid-sentence
  without repeating is cut. The template answering the wearing, description or details question does answer it,
  so it is cut or loop, not restated. A base text cut short by an early stop ("it is made of") is cut without
  hit_limit; a base answer that says one sentence twice and stops is loop without hit_limit.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
- "he" for a woman or "she" for a man is pronoun. An empty answer, "the details of the skirt", "they are short",
  "they are shorts" and "the fit of the jeans" are non_answer.
- A fit answer that matches the title (skinny, loose for relaxed or boyfriend, wide leg) is correct; wash answers
  ("acid wash", "faded") are correct where the photo shows them.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
fit = question("fit", "What is the fit of the jeans?", "open")
wash = question("wash", "What is the wash of the denim?", "open")
pockets = question("pockets", "What is on the back pockets?", "open")

BLIND_211 = [
    # photo: woman in light-wash high-rise skinny jeans, white crew-neck tee tucked in, white sneakers, plain white
    # studio backdrop, front view, full length.
    # no adapter texts
    case(
        "X211-001",
        caption("a woman in light blue jeans and a white t-shirt"),
        D.wearing("a white shirt and jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description("he is wearing a pair of light blue skinny jeans", "pronoun"),
        D.material("denim"),
        fit("skinny"),
        title="Women's High-Rise Skinny Jeans - Light Wash",
        category="Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: woman in mid-blue straight jeans, black fitted long-sleeve top tucked in, brown leather belt, light grey
    # studio backdrop, front view.
    # caption: adapter
    case(
        "X211-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and blue jeans"),
        D.color("blue"),
        color_top("black"),
        D.details("a brown belt"),
        D.description("the jeans are black", "other_garment_color"),
        title="Women's Mid-Rise Straight Jeans - Mid Blue",
        category="Jeans",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: woman in dark indigo bootcut jeans, cream cable-knit sweater worn untucked, tan ankle boots, standing in
    # front of a red brick wall, front view.
    # no adapter texts
    case(
        "X211-003",
        caption("a woman standing in front of a brick wall wearing jeans"),
        D.color("black", "contradiction"),
        wearing("a sweater and jeans", who="she"),
        D.details(
            "the jeans are dark blue with a flared leg Question: What is the color of the sweater? Answer:", "leak"
        ),
        D.description("a pair of red jeans", "contradiction"),
        D.material("denim"),
        title="Women's Bootcut Jeans - Dark Indigo",
        category="Jeans",
        color="Dark Indigo",
        gender="Women",
    ),
    # photo: woman in black high-rise mom jeans, white cropped tee with a black graphic print tucked in, plain white
    # backdrop, front view.
    # details: adapter
    case(
        "X211-004",
        caption("a woman in black jeans and a white t-shirt"),
        D.color("blue", "contradiction"),
        D.garment_type("jeans"),
        D.pattern("graphic", "contradiction"),
        D.wearing("a white t-shirt with a black and white graphic and black jeans"),
        D.material("cotton"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        title="Women's High-Rise Mom Jeans - Black",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: woman in white wide-leg jeans, white Breton top with navy stripes tucked in, beige painted wall, front
    # view.
    # details: adapter
    case(
        "X211-005",
        caption("a woman in white pants and a striped shirt"),
        D.color("white"),
        color_top("blue"),
        D.details(
            "The pants are with denim fabric and solid color patterns. The lady wears a long-sleeve T-shirt with "
            "striped patterns. The pants are with denim fabric and solid",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped", "contradiction"),
        D.wearing("a striped shirt and white jeans"),
        title="Women's High-Rise Wide-Leg Jeans - White",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: woman in grey skinny jeans, black leather jacket open over a white tee, black ankle boots, mid-grey studio
    # backdrop, front view.
    # no adapter texts
    case(
        "X211-006",
        caption("a woman wearing a black leather jacket and grey jeans"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket", "contradiction"),
        D.wearing("a leather jacket, a white shirt and grey jeans"),
        D.material("leather", "unsupported"),
        color_jeans("grey"),
        title="Women's Mid-Rise Skinny Jeans - Grey",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in vintage-blue boyfriend jeans with ripped knees and cuffed hems, loose pink sweatshirt, white
    # backdrop, front view.
    # no adapter texts
    case(
        "X211-007",
        caption("a woman in ripped jeans and a pink sweatshirt"),
        D.details("ripped knees"),
        D.color("pink", "other_garment_color"),
        wearing("he is wearing a pink sweater and jeans", "pronoun", who="she"),
        D.description("a pair of blue jeans with holes in the knees"),
        fit("loose"),
        title="Women's Ripped Boyfriend Jeans - Vintage Blue",
        category="Jeans",
        color="Vintage Blue",
        gender="Women",
    ),
    # photo: back view of a woman in medium-wash flare jeans: two back patch pockets with double stitching, a brown
    # leather-look patch on the waistband, white cropped tank top, white backdrop.
    # details, material: adapter
    case(
        "X211-008",
        caption("the back of a woman in jeans"),
        pockets("stitching"),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric. It has a round neckline",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.wearing("a white tank top and jeans"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric. The",
            "restated",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Women's High-Rise Flare Jeans - Medium Wash",
        category="Jeans",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: woman in light acid-wash (marbled) high-rise jeans, black long-sleeve bodysuit tucked in, in front of a
    # colourful graffiti wall, front view.
    # no adapter texts
    case(
        "X211-009",
        caption("a woman in acid wash jeans standing in front of a graffiti wall"),
        wash("acid wash"),
        D.pattern("graphic", "contradiction"),
        D.color("black", "other_garment_color"),
        D.wearing("a black bodysuit and jeans Question: What is the color of the jeans? Answer: blue", "leak"),
        D.material("denim"),
        title="Women's Acid Wash High-Rise Jeans",
        category="Jeans",
        color="Acid Wash",
        gender="Women",
    ),
    # photo: woman in ecru cropped straight jeans, camel trench coat worn open over a beige knit top, white loafers,
    # city street, walking, front view. No jewellery visible.
    # no adapter texts
    case(
        "X211-010",
        caption("a woman in a tan coat and white jeans walking down the street"),
        D.color("white"),
        D.garment_type("coat", "contradiction"),
        D.description("a pair of white jeans"),
        D.details("a gold necklace", "unsupported"),
        D.material("denim"),
        title="Women's Cropped Straight Jeans - Ecru",
        category="Jeans",
        color="Ecru",
        gender="Women",
    ),
    # photo: woman in dark rinse high-rise skinny jeans (plus size), mustard blouse with a small white floral print
    # worn untucked, white backdrop, front view, no jewellery.
    # caption: adapter
    case(
        "X211-011",
        caption(
            "This woman is wearing a long-sleeve blouse with floral patterns and a long denim pants. The blouse is "
            "with chiffon fabric. It has a v-shape neckline. This woman is wearing a long-sleeve blouse with floral "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        D.color("navy"),
        color_top("yellow"),
        D.pattern("floral", "contradiction"),
        D.wearing("a yellow floral shirt and blue jeans"),
        D.details("gold earrings and a necklace", "unsupported"),
        title="Women's Plus High-Rise Skinny Jeans - Dark Rinse",
        category="Jeans",
        color="Dark Rinse",
        gender="Women",
    ),
    # photo: woman in black pull-on stretch jeggings, oversized grey hoodie covering the waist, white sneakers, white
    # backdrop, front view. The row has no gender.
    # no adapter texts
    case(
        "X211-012",
        caption("a woman wearing a grey hoodie and black leggings"),
        D.garment_type("leggings"),
        D.color("grey", "other_garment_color"),
        D.material("it is made of", "cut"),
        D.details("they are black", "non_answer"),
        title="Women's Pull-On Stretch Jeggings - Black",
        category="Jeans",
        color="Black",
    ),
    # photo: man in dark-wash slim jeans, light blue oxford button-down shirt worn untucked, brown boots, white
    # backdrop, front view.
    # details: adapter
    case(
        "X211-013",
        caption("a man in a blue shirt and jeans"),
        D.color("blue"),
        color_shirt("blue"),
        wearing("a blue shirt and blue jeans", who="he"),
        D.description("blue jeans Question: What is the color of the shirt? Answer: blue", "leak"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men's Slim Fit Jeans - Dark Wash",
        category="Jeans",
        color="Dark Wash",
        gender="Men",
    ),
    # photo: man in black straight jeans, white crew-neck tee, black sneakers, grey studio backdrop, front view.
    # details: adapter
    case(
        "X211-014",
        caption("a man in a white t-shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a crew neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.garment_type("jeans"),
        title="Men's Straight Fit Jeans - Black",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in light stone-wash relaxed jeans, red plaid flannel shirt open over a grey tee, in front of a
    # weathered wooden plank wall, front view.
    # no adapter texts
    case(
        "X211-015",
        caption("a man in a red plaid shirt and jeans"),
        D.pattern("plaid", "contradiction"),
        D.color("red", "other_garment_color"),
        wearing("a plaid shirt, a grey shirt and light blue jeans", who="he"),
        D.material("flannel", "unsupported"),
        fit("loose"),
        title="Men's Relaxed Fit Jeans - Light Stone Wash",
        category="Jeans",
        color="Light Stone Wash",
        gender="Men",
    ),
    # photo: back view of a man in mid-blue athletic taper jeans: two back pockets with arched double stitching, a
    # brown leather patch on the waistband, no tab on the pockets, black tee tucked in, white backdrop.
    # description: adapter
    case(
        "X211-016",
        caption("a man's back pocket of jeans"),
        pockets("a red tag", "unsupported"),
        D.details("a brown leather patch on the waistband"),
        D.color("blue"),
        D.wearing("he is wearing a black shirt and blue jeans"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The pants are "
            "with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        title="Men's Athletic Taper Jeans - Mid Blue",
        category="Jeans",
        color="Mid Blue",
        gender="Men",
    ),
    # photo: man in grey skinny jeans ripped at the knees, black leather biker jacket over a black tee, in front of a
    # grey painted brick wall, front view, bareheaded.
    # caption: adapter
    case(
        "X211-017",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric. The pants are with denim fabric and pure color patterns. The gentleman wears a "
            "long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        D.garment_type("jacket", "contradiction"),
        D.details("ripped knees"),
        D.wearing("a black leather jacket and grey jeans"),
        D.description("grey jeans with a black jacket and a black hat", "unsupported"),
        title="Men's Ripped Skinny Jeans - Grey",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in dark rinse carpenter jeans with a hammer loop and utility pocket on the side, mustard yellow tee,
    # white backdrop, front view.
    # no adapter texts
    case(
        "X211-018",
        caption("a man in a yellow shirt and blue jeans"),
        D.details("pockets on the side"),
        D.color("yellow", "other_garment_color"),
        D.wearing("he is wearing a yellow t-shirt and jeans"),
        D.material("jeans", "restated"),
        fit("the fit of the jeans", "non_answer"),
        title="Men's Carpenter Jeans - Rinse",
        category="Jeans",
        color="Rinse",
        gender="Men",
    ),
    # photo: man in medium-wash bootcut jeans over brown cowboy boots, white western shirt tucked in, brown belt with
    # a silver buckle, barn-wood backdrop; cropped at the chin, no hat.
    # material: adapter
    case(
        "X211-019",
        caption("a man wearing a cowboy hat and jeans", "unsupported"),
        D.color("blue"),
        D.wearing("she is wearing a white shirt, a brown belt and jeans", "pronoun"),
        D.details("a belt buckle"),
        color_shirt("white"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel",
            "restated",
            hit_limit=True,
        ),
        title="Men's Bootcut Jeans - Medium Wash",
        category="Jeans",
        color="Medium Wash",
        gender="Men",
    ),
    # photo: man in white slim jeans, navy polo shirt, tan loafers, white backdrop, front view.
    # no adapter texts
    case(
        "X211-020",
        caption("a man in a blue polo shirt and white pants"),
        D.color("blue", "other_garment_color"),
        is_a("pair of jeans", "no", "contradiction"),
        wearing("a navy polo shirt and white jeans", who="he"),
        D.material("cotton"),
        D.description("she is wearing white jeans", "pronoun"),
        D.details("the details of the jeans", "non_answer"),
        title="Men's Slim Fit Jeans - White",
        category="Jeans",
        color="White",
        gender="Men",
    ),
    # photo: man in washed black (faded, charcoal-looking) loose jeans, forest green hoodie, street with parked cars,
    # front view.
    # details, material: adapter
    case(
        "X211-021",
        caption("a man in a green hoodie and grey jeans"),
        D.color("black"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_top("green"),
        D.wearing("a green sweatshirt and black jeans"),
        D.garment_type("hoodie", "contradiction"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants",
            "restated",
            hit_limit=True,
        ),
        title="Men's Loose Fit Jeans - Washed Black",
        category="Jeans",
        color="Washed Black",
        gender="Men",
    ),
    # photo: man in dark indigo tapered jeans, grey marled crew-neck sweater, tan chelsea boots, white backdrop, front
    # view. The row has no color.
    # details: adapter
    case(
        "X211-022",
        caption("a man in a grey sweater and dark jeans"),
        D.color("black", "contradiction"),
        D.garment_type("jeans"),
        D.wearing("grey sweater and blue jeans and brown shoes"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has",
            "cut",
            hit_limit=True,
        ),
        D.material("denim Question: What is the color of the sweater? Answer: grey", "leak"),
        title="Men's Tapered Jeans - Dark Indigo",
        category="Jeans",
        gender="Men",
    ),
    # photo: woman in a light-wash classic denim jacket with two buttoned chest pockets, worn open over a black tee,
    # black jeans, white backdrop, front view.
    # wearing: adapter
    case(
        "X211-023",
        caption("a woman in a denim jacket and black pants"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("buttons and two chest pockets"),
        D.material("denim"),
        D.wearing(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. The "
            "lady wears a long-sleeve denim jacket",
            "loop",
            hit_limit=True,
        ),
        title="Women's Classic Denim Jacket - Light Wash",
        category="Denim Jackets",
        color="Light Wash",
        gender="Women",
    ),
    # photo: woman in a dark-wash cropped denim jacket over a yellow floral midi dress, park backdrop, front view.
    # caption: adapter
    case(
        "X211-024",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The dress this lady wears is of long length. The dress is with chiffon",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow", "other_garment_color"),
        D.pattern("floral", "contradiction"),
        D.wearing("a yellow floral dress and a denim jacket"),
        D.description("a blue denim jacket"),
        D.sleeve_length("long sleeves"),
        title="Women's Cropped Denim Jacket - Dark Wash",
        category="Denim Jackets",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: man in a medium-wash trucker jacket with a cream sherpa collar, over a grey hoodie with the hood out,
    # long sleeves, white backdrop, front view.
    # no adapter texts
    case(
        "X211-025",
        caption("a man in a denim jacket with a fur collar"),
        D.color("blue"),
        D.details("a white fur collar and a hood"),
        D.material("denim and fur"),
        D.wearing("a jean jacket and a grey hoodie Question: What is the man wearing? Answer: a jacket", "leak"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men's Sherpa Collar Trucker Jacket - Medium Wash",
        category="Denim Jackets",
        color="Medium Wash",
        gender="Men",
    ),
    # photo: man in a black denim jacket buttoned halfway over a white tee, black jeans, grey backdrop, front view.
    # details, material: adapter
    case(
        "X211-026",
        caption("a man in a black jacket and black jeans"),
        D.color("black"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "denim fabric. It has a lapel",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        wearing("a black jacket, white shirt and black jeans", who="he"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Men's Denim Jacket - Black",
        category="Denim Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: back view of a woman with long brown hair in a plain stone-wash oversized denim jacket (no embroidery,
    # no patches), white backdrop.
    # caption: adapter
    case(
        "X211-027",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim",
            "loop",
            hit_limit=True,
        ),
        D.details("a floral embroidery on the back", "unsupported"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.description("a light blue denim jacket that is oversized"),
        D.material("", "non_answer"),
        title="Women's Oversized Denim Jacket - Stone Wash",
        category="Denim Jackets",
        color="Stone Wash",
        gender="Women",
    ),
    # photo: woman in a mid-blue sleeveless denim vest over a white long-sleeve blouse, light blue jeans, white
    # backdrop, front view.
    # no adapter texts
    case(
        "X211-028",
        caption("a woman in a denim vest and a white shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.wearing("he is wearing a jean vest over a white blouse", "pronoun"),
        D.material("denim"),
        title="Women's Denim Vest - Mid Blue",
        category="Denim Jackets",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: man in a dark indigo denim shirt jacket (shacket) with two flap chest pockets, worn open over a white
    # tee, khaki chinos, beige backdrop, front view.
    # no adapter texts
    case(
        "X211-029",
        caption("a man in a denim shirt and khaki pants"),
        D.garment_type("shirt"),
        D.color("beige", "other_garment_color"),
        D.description("a dark blue denim shirt with two chest pockets"),
        D.details("the shirt has buttons Question: What is the color of the pants? Answer: khaki", "leak"),
        D.material("denim"),
        title="Men's Denim Shirt Jacket - Dark Indigo",
        category="Denim Jackets",
        color="Dark Indigo",
        gender="Men",
    ),
    # photo: woman in a light-wash denim mini skirt, black turtleneck sweater tucked in, black tights, black boots,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X211-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. The skirt this lady wears is of short length. The skirt this lady wears is of short",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("black", "other_garment_color"),
        D.wearing("a black turtleneck, a jean skirt and black tights"),
        D.details("the details of the skirt", "non_answer"),
        D.material("denim"),
        title="Women's Denim Mini Skirt - Light Wash",
        category="Skirts",
        color="Light Wash",
        gender="Women",
    ),
    # photo: woman in a dark-wash button-front denim midi skirt, red-and-white striped tee tucked in, in front of a red
    # brick wall, front view.
    # caption, material: adapter
    case(
        "X211-031",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The skirt this lady wears is of long length. The skirt is with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        color_top("red"),
        D.pattern("striped", "contradiction"),
        D.details("buttons down the front"),
        D.description("a long blue jean skirt"),
        D.material(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women's Button-Front Denim Midi Skirt - Dark Wash",
        category="Skirts",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: woman in a black denim A-line skirt with gold buttons down the front, pink cardigan buttoned and tucked
    # in, no belt, white backdrop, front view.
    # no adapter texts
    case(
        "X211-032",
        caption("a woman in a pink sweater and a black skirt"),
        D.color("pink", "other_garment_color"),
        D.details("gold buttons"),
        wearing("a pink cardigan and a black skirt with a black belt", "unsupported", who="she"),
        D.garment_type("skirt"),
        is_a("skirt", "yes"),
        title="Women's Denim A-Line Skirt - Black",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a white denim mini skirt with a frayed hem, olive green tank top tucked in, on a beach. The row
    # has no gender.
    # no adapter texts
    case(
        "X211-033",
        caption("a woman in a white skirt and a green tank top on the beach"),
        D.color("white"),
        D.details("frayed hem"),
        D.wearing("a green tank top and white shorts", "contradiction"),
        D.material("it's made of", "cut"),
        color_top("green"),
        D.description("he is wearing a white skirt", "pronoun"),
        title="Women's Frayed Hem Denim Mini Skirt - White",
        category="Skirts",
        color="White",
    ),
    # photo: woman in light-wash high-rise denim shorts with frayed hems, white crop top, in front of a pastel pink
    # wall, front view, no belt.
    # no adapter texts
    case(
        "X211-034",
        caption("a woman in a white top and denim shorts in front of a pink wall"),
        D.color("pink", "contradiction"),
        D.details("they are short", "non_answer"),
        D.garment_type("shorts"),
        D.wearing("a white crop top and jean shorts"),
        color_shorts("blue"),
        D.description("a pair of ripped jean shorts with a brown belt", "unsupported"),
        title="Women's High-Rise Denim Shorts - Light Wash",
        category="Shorts",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in mid-blue denim shorts with rolled hems, navy tee, white sneakers, white backdrop, front view.
    # caption, wearing: adapter
    case(
        "X211-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. It has a round neckline. The shorts are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("shorts"),
        color_top("blue"),
        D.details("rolled hems and belt loops"),
        title="Men's 9\" Denim Shorts - Mid Blue",
        category="Shorts",
        color="Mid Blue",
        gender="Men",
    ),
    # photo: woman in black denim shorts, leopard-print blouse tucked in, white backdrop, front view.
    # no adapter texts
    case(
        "X211-036",
        caption("a woman wearing a leopard print shirt and black shorts"),
        D.pattern("leopard", "contradiction"),
        D.color("black"),
        D.description("the shorts are brown and black", "other_garment_color"),
        wearing("a leopard print top and black denim shorts", who="she"),
        D.material("denim"),
        D.details("they are shorts", "non_answer"),
        title="Women's Mid-Rise Denim Shorts - Black",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a man in grey denim cargo shorts: back pockets with buttoned flaps, side cargo pockets, no
    # zipper on the side, white tee, grey backdrop.
    # no adapter texts
    case(
        "X211-037",
        caption("a man in grey shorts and a white t-shirt"),
        pockets("a flap with a button"),
        D.color("white", "other_garment_color"),
        D.details("the shorts have pockets on the back and a zipper on the side", "unsupported"),
        is_a("pair of shorts", "yes"),
        D.garment_type("pants", "contradiction"),
        title="Men's Denim Cargo Shorts - Grey",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in mid-wash bermuda denim shorts with rolled cuffs, white linen shirt tucked in, straw sun hat,
    # holding a straw tote bag, outdoors by a white fence, front view.
    # no adapter texts
    case(
        "X211-038",
        caption("a woman in a straw hat with a white shirt and jean shorts"),
        D.details("a straw bag and rolled cuffs"),
        D.color("white", "other_garment_color"),
        D.wearing("a hat, a white shirt and blue shorts Question: What is the woman holding? Answer: a bag", "leak"),
        D.material("straw", "unsupported"),
        D.garment_type("shorts"),
        title="Women's Bermuda Denim Shorts - Mid Wash",
        category="Shorts",
        color="Mid Wash",
        gender="Women",
    ),
    # photo: woman in light-wash denim dungarees with buckled straps and a bib pocket, over a yellow-and-white striped
    # tee, white sneakers, white backdrop, front view.
    # description: adapter
    case(
        "X211-039",
        caption("a woman in overalls and a yellow striped shirt"),
        D.garment_type("overalls"),
        D.color("yellow", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.wearing("a yellow and white striped t-shirt and blue jean overalls"),
        D.details("two buckles on the straps and a chest pocket"),
        D.description(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has",
            "cut",
            hit_limit=True,
        ),
        title="Women's Denim Dungarees - Light Wash",
        category="Overalls",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in dark-wash denim overalls over a white waffle-knit long-sleeve thermal, brown work boots, nothing
    # in the pockets, white backdrop, front view.
    # caption, description: adapter
    case(
        "X211-040",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and solid color",
            "contradiction",
            hit_limit=True,
        ),
        D.description(
            "The pants are with denim fabric and solid color patterns. The pants this gentleman wears is of long "
            "length. The pants are with denim fabric and solid",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("overalls"),
        D.wearing("a white shirt and denim overalls"),
        D.details("a red bandana in the back pocket", "unsupported"),
        title="Men's Denim Overalls - Dark Wash",
        category="Overalls",
        color="Dark Wash",
        gender="Men",
    ),
    # photo: woman in black denim shortalls (short overalls) with silver buttons on the straps, white tee, no
    # jewellery, white backdrop, front view.
    # no adapter texts
    case(
        "X211-041",
        caption("a woman in a black romper and white t-shirt"),
        D.color("black"),
        D.garment_type("overalls"),
        D.details("silver buttons on the straps"),
        wearing("she is wearing a black jumpsuit and white shirt and a necklace", "unsupported", who="she"),
        D.material("a black overall", "restated"),
        title="Women's Denim Shortalls - Black",
        category="Overalls",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a woman in medium-wash curvy bootcut jeans: back pockets with plain pointed flaps (no
    # studs or rhinestones), olive green blouse tucked in, white backdrop.
    # no adapter texts
    case(
        "X211-042",
        caption("the back of a woman's jeans with two back pockets"),
        pockets("flaps"),
        D.color("green", "other_garment_color"),
        D.details("rhinestones on the back pockets", "unsupported"),
        wearing("a green shirt and jeans", who="she"),
        title="Women's Curvy Bootcut Jeans with Flap Back Pockets - Medium Wash",
        category="Jeans",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: man's legs from the waist down in raw indigo selvedge straight jeans, cuffed hems showing the red-and-
    # white selvedge line, white sneakers, concrete floor.
    # details: adapter
    case(
        "X211-043",
        caption("a man's legs in jeans and white sneakers"),
        D.color("navy"),
        D.details(
            "The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. The gentleman "
            "wears a long pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing jeans and white shoes", "pronoun"),
        D.material("cotton"),
        D.description("a pair of black jeans", "contradiction"),
        title="Men's Selvedge Straight Jeans - Raw Indigo",
        category="Jeans",
        color="Raw Indigo",
        gender="Men",
    ),
    # photo: woman in black high-rise wide-leg jeans, red crew-neck sweater half tucked in, holding a paper coffee cup,
    # white wall, front view.
    # details, material: adapter
    case(
        "X211-044",
        caption("a woman in a red sweater and black jeans holding a cup of coffee"),
        D.color("red", "other_garment_color"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and black pants"),
        fit("wide leg"),
        D.garment_type("pants"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It",
            "restated",
            hit_limit=True,
        ),
        title="Women's High-Rise Wide-Leg Jeans - Black",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in light-wash slim jeans and a mid-blue chambray denim shirt tucked in (double denim), brown belt,
    # white backdrop, front view.
    # no adapter texts
    case(
        "X211-045",
        caption("a man wearing a denim shirt and jeans"),
        D.color("blue"),
        color_shirt("blue"),
        D.description("a pair of light blue jeans"),
        D.garment_type("shirt", "contradiction"),
        D.wearing("he is wearing a denim shirt and jeans. he is wearing a denim shirt and jeans.", "loop"),
        D.material("it is made of a", "cut"),
        title="Men's Slim Fit Jeans - Light Wash",
        category="Jeans",
        color="Light Wash",
        gender="Men",
    ),
    # photo: woman in a grey denim pencil skirt, white short-sleeve blouse tucked in, nude heels, white backdrop,
    # front view only. The row has no category.
    # no adapter texts
    case(
        "X211-046",
        caption("a woman in a white blouse and grey skirt"),
        D.color("grey"),
        D.garment_type("skirt"),
        D.description("a white blouse", "contradiction"),
        D.details("a slit in the back", "unsupported"),
        wearing("", "non_answer", who="she"),
        title="Women's Denim Pencil Skirt - Grey",
        color="Grey",
        gender="Women",
    ),
]
