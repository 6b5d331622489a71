"""BLIND_348 (46 products; women's jeans and denim: jeans, skirts, shorts, jackets, dungarees): written blind in the
forty-fourth session. Measured blind at 9cd3753 (the session's rules as they stood): 111/132 failures found (84.1%)
and 21/163 correct texts flagged (12.9%). The writer's notes, verbatim:

Scenario: a women's jeans and denim catalog feed in English: skinny, straight, mom, wide-leg, bootcut and flared
jeans, denim skirts (mini, midi, A-line), denim shorts, denim jackets and dungarees (full length, shortalls and one
pinafore dress). Photos are model shots (the model wears the denim piece with a tee, tank, blouse, sweater, hoodie or
a jacket; some front, some back views showing the pockets) and flat-lays on white, grey or wooden surfaces, a few
with props (a straw hat) or coloured walls (brick, pink, a palm-leaf print). Each row has the seller's title,
category, color and gender; two rows miss the gender and one the color, as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` writes the captions and open answers unless the comment
above a case names the caption adapter; the base writes short lowercase texts and stops on its own (hit_limit is
never set on it, even where it cuts itself short or repeats a phrase before stopping). The caption adapter (the
DeepFashion-MultiModal template, no end token, no hue names) runs to its limit on every text (hit_limit=True) and
returns its template whatever the question. The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions, fit, rise and "Is this a ...?") come from enrich's `--engine reference`: a value from a
candidate set, never a loop or a cut. Fit and rise are closed; wash is an open question of the base model.

Labeling conventions and judgement calls:
- Shade words are correct: navy or dark blue for indigo or dark wash, light blue for light wash, cream for off white
  or ecru, purple for a lilac cardigan, brown for a leopard print top. Acid wash counts as light blue.
- The color of the top, sweater, shirt, dress or hoodie worn with the product, given as the product's color (the
  garment color question, a per-piece question or an open answer), is other_garment_color. The color of a wall, a
  backdrop or a surface, or of a print on the top (red cherries), given as the product's color is contradiction.
- The pattern of another piece (the striped tee, the leopard top, the band tee's graphic, the floral dress) or of the
  wall given as the product's pattern is contradiction; embroidered flowers on a denim skirt answered "floral" are
  correct. "solid" for distressed or ripped jeans is correct.
- Garment synonyms are correct: overalls or jumpsuit for dungarees (jumpsuit is the In-shop class), pants for jeans,
  jean jacket for a denim jacket, bell bottoms or flared for bootcut, relaxed for mom jeans, dress for the pinafore
  dungaree dress. A skirt called shorts or pants, shorts called a skirt, dungarees called a dress, the pinafore
  called a jumpsuit, jeans answered "jacket" because the model wears a jacket, and the hat prop answered as the
  garment type are contradiction. Straight for a bootcut and skinny for a wide-leg are contradiction.
- Materials: denim and cotton are correct for every denim item; linen, silk and the leather of a worn jacket are
  unsupported. A material question answered with the garment's name, color or fit is restated; "the jeans are
  blue" for the details question and "they are short" for the shorts' details are non_answer; an empty answer is
  non_answer.
- Invented items are unsupported: a belt (belt loops are not a belt), a bag, a hat, a necklace, a hood, a slit, a
  zip on the back of the jeans, boots or sandals on a photo cropped above the ankles, a brand name on the tag, a
  skull on a band tee whose graphic is lettering. A visible prop (the straw hat on the table) named in a caption is
  correct.
- "he", "a man" or "his" for a woman is pronoun, also on a back view and on a flat-lay of women's shorts.
- Adapter texts: a template that repeats a sentence is loop, one that stops mid-sentence without repeating is cut;
  a template returned for the material question is restated (hit_limit kept). The adapter calling a skirt "long
  denim pants" is contradiction, which the auditor sees before the cut. An invented wrist accessory in a template
  that is then cut is labelled cut. A material answer naming the worn hoodie is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even when the first words are right. A base
  answer that ends on "a", "and" or "of" is cut (no hit_limit). A base answer repeating one phrase two or three times
  before stopping is loop.
- The sleeve question is asked only of jackets and dungarees: "sleeveless" is correct for dungarees; the pinafore
  answered "long sleeves" (the sleeves of the top under it) is contradiction, and so is "short sleeves" for a
  long-sleeve jacket. A mid rise for a title's high rise is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

fit = question("fit", "What is the fit of the jeans?", "closed")
rise = question("rise", "What is the rise of the jeans?", "closed")
wash = question("wash", "What is the wash of the denim?", "open")

BLIND_348 = [
    # photo: model in mid-blue high-rise skinny jeans, white crew-neck tee tucked in, white studio backdrop, front.
    # adapter: none
    case(
        "X348-001",
        caption("a woman in blue jeans and a white t - shirt"),
        D.wearing("jeans and a white shirt"),
        color_of("jeans", "white", "other_garment_color"),
        fit("skinny"),
        rise("mid rise", "contradiction"),
        D.details("a button and a zipper and a", "cut"),
        D.material("denim"),
        title="Women Mid Blue High-Rise Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black straight-leg jeans and a grey chunky knit sweater, front, grey backdrop, cropped at ankles.
    # adapter: none
    case(
        "X348-002",
        caption("a woman wearing a grey sweater and black jeans"),
        D.wearing("a grey sweater and grey jeans", "other_garment_color"),
        D.color("black"),
        fit("straight"),
        D.details("the jeans have a zipper, a button and a belt", "unsupported"),
        D.material("black", "restated"),
        title="Women Black Straight Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in light-wash mom jeans with ripped knees and a cropped black tank, front, red brick wall behind.
    # adapter: none
    case(
        "X348-003",
        caption("a woman standing in front of a brick wall wearing ripped jeans"),
        D.wearing("a black crop top and ripped jeans and a black bag", "unsupported"),
        D.color("red", "contradiction"),
        wash("light wash"),
        fit("relaxed"),
        D.details("ripped knees"),
        D.material("denim Question: what is the color of the jeans? Answer: blue", "leak"),
        title="Women Light Wash Distressed Mom Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: flat-lay of dark indigo bootcut jeans on a white-painted wooden floor, front.
    # adapter: caption, details, material
    case(
        "X348-004",
        caption(
            "The trousers are of long length. The trousers are with denim fabric and pure color patterns. The lady "
            "wears a long denim trousers. The trousers are of long length. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of jeans"),
        D.garment_type("jeans"),
        D.color("navy"),
        fit("flared"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with denim",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The trousers are with denim fabric and pure color patterns. The lady wears a long denim trousers. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Dark Indigo Bootcut Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Women",
    ),
    # photo: model in a mid-blue button-front denim mini skirt and a navy-and-white striped breton tee tucked in,
    # front, white backdrop. adapter: none
    case(
        "X348-005",
        caption(
            "a woman wearing a striped shirt and a denim skirt with a belt",
            "unsupported",
        ),
        D.garment_type("skirt"),
        D.pattern("striped", "contradiction"),
        color_of("skirt", "blue"),
        color_of("top", "white"),
        D.details("buttons down the front and a pocket on the side"),
        D.material("a denim skirt", "restated"),
        title="Women Blue Button-Front Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in light-blue denim shorts with a frayed hem and a yellow tank top, front, white studio.
    # adapter: none
    case(
        "X348-006",
        caption("a woman in a yellow tank top and denim shorts"),
        D.wearing("he is wearing a yellow shirt and shorts", "pronoun"),
        color_of("shorts", "yellow", "other_garment_color"),
        D.description("a yellow tank top", "contradiction"),
        D.details("frayed hem"),
        D.material("cotton"),
        is_a("skirt", "no"),
        title="Women Light Blue Frayed Hem Denim Shorts",
        category="Shorts",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a mid-blue classic denim trucker jacket worn open over a black knee-length dress, front.
    # adapter: caption, material
    case(
        "X348-007",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel collar. The lady wears a long-sleeve denim jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("buttons and two chest pockets"),
        D.material(
            "The jacket is with denim fabric and pure color patterns. It has a lapel collar. The lady wears a dress "
            "with pure",
            "restated",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Women Mid Blue Classic Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in full-length mid-blue denim dungarees over a white long-sleeve tee, front, white backdrop.
    # adapter: none
    case(
        "X348-008",
        caption("a woman in overalls and a white shirt"),
        D.wearing(
            "a pair of overalls and a white shirt, a pair of overalls and a white shirt",
            "loop",
        ),
        D.garment_type("jumpsuit"),
        D.color("white", "other_garment_color"),
        D.details("the overalls have a pocket on the front and two buttons on the side"),
        D.material("denim"),
        is_a("dress", "yes", "contradiction"),
        title="Women Mid Blue Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in off-white (ecru) high-rise wide-leg jeans and a camel knit sweater, front, beige backdrop,
    # cropped at mid-calf. adapter: none
    case(
        "X348-009",
        caption("a woman in white wide leg pants and a brown sweater"),
        D.wearing("a brown sweater and white pants and a brown belt", "unsupported"),
        fit("skinny", "contradiction"),
        D.color("cream"),
        D.description("a pair of white pants"),
        D.material("linen", "unsupported"),
        rise("high rise"),
        title="Women Off White High-Rise Wide-Leg Jeans",
        category="Jeans",
        color="Off White",
        gender="Women",
    ),
    # photo: back view of a model in dark-blue flared jeans and a red long-sleeve bodysuit, back pockets visible,
    # grey backdrop. adapter: none
    case(
        "X348-010",
        caption("the back of a woman in flared jeans"),
        D.wearing("a red top and blue jeans"),
        color_of("jeans", "red", "other_garment_color"),
        D.details("two back pockets and a zipper on the back", "unsupported"),
        D.description(
            "the jeans are flared at the bottom and have a high waist Question: what is the color of the top? "
            "Answer: red",
            "leak",
        ),
        title="Women Dark Blue High-Rise Flared Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Women",
    ),
    # photo: flat-lay of black skinny jeans on grey concrete, front.
    # adapter: none
    case(
        "X348-011",
        caption("a pair of black jeans on a grey surface"),
        D.garment_type("jeans"),
        D.color("grey", "contradiction"),
        D.details("the details of the jeans", "non_answer"),
        D.material("black jeans", "restated"),
        fit("skinny"),
        title="Women Black Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in medium-wash bootcut jeans, a pink satin blouse and brown cowboy boots (visible), front,
    # white backdrop, full length. adapter: none
    case(
        "X348-012",
        caption("a woman in a pink shirt and jeans with cowboy boots"),
        D.wearing("a pink shirt, jeans and boots and a brown bag", "unsupported"),
        color_of("jeans", "pink", "other_garment_color"),
        fit("bootcut"),
        wash("medium wash"),
        D.material("it is made of", "cut"),
        title="Women Medium Wash Bootcut Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a dark-blue denim midi skirt with a front slit and a white button-down blouse, front.
    # adapter: caption
    case(
        "X348-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel collar. The pants are of long length. The",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        color_of("skirt", "blue"),
        D.details("a slit in the front"),
        is_a("skirt", "yes"),
        D.wearing("a white shirt and blue pants", "contradiction"),
        title="Women Dark Blue Denim Midi Skirt with Front Slit",
        category="Skirts",
        color="Dark Blue",
        gender="Women",
    ),
    # photo: model in grey-wash high-rise straight jeans, a black leather biker jacket over a white tee, front.
    # adapter: none
    case(
        "X348-014",
        caption("a woman in a black leather jacket and grey jeans"),
        D.color("black", "other_garment_color"),
        D.wearing("a leather jacket, a white t - shirt and grey jeans"),
        D.description("a leather jacket", "contradiction"),
        D.material("leather", "unsupported"),
        rise("high rise"),
        title="Women Grey High-Rise Straight Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: back view of a model in mid-blue denim shorts (belt loops, two back pockets) and a white tee.
    # adapter: none
    case(
        "X348-015",
        caption("the back of a man wearing denim shorts", "pronoun"),
        D.garment_type("shorts"),
        color_of("shorts", "blue"),
        D.details("the shorts have two back pockets and a belt", "unsupported"),
        D.material("denim, denim, denim", "loop"),
        title="Women Mid Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black skinny jeans and a leopard-print blouse, front, white studio.
    # adapter: none
    case(
        "X348-016",
        caption("a woman wearing a leopard print top and black jeans"),
        D.pattern("animal print", "contradiction"),
        D.color("black"),
        color_of("top", "brown"),
        fit("skinny"),
        D.wearing("a leopard print shirt and black pants"),
        D.details("the jeans are black", "non_answer"),
        D.description("black skinny jeans with a leopard print and", "cut"),
        title="Women Black Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in light-blue denim dungaree shorts (shortalls) over a red-and-white striped tee, front, white
    # wall with a potted plant beside her. adapter: none
    case(
        "X348-017",
        caption("a woman in a denim overall and a striped shirt standing next to a plant"),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        D.pattern("solid"),
        D.wearing("a striped shirt and overalls"),
        D.details("two straps with metal buttons, a bib pocket and a hood", "unsupported"),
        D.material("a denim overall", "restated"),
        title="Women Light Blue Denim Dungaree Shorts",
        category="Dungarees",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in white flared jeans and a blue chambray shirt tucked in, front, white backdrop.
    # adapter: none
    case(
        "X348-018",
        caption("a woman in a blue shirt and white pants"),
        color_of("jeans", "blue", "other_garment_color"),
        D.color("white"),
        fit("flared"),
        is_a("pair of jeans", "yes"),
        D.description("white flared jeans with a high waist and a slit", "unsupported"),
        D.wearing("a blue shirt and blue jeans", "other_garment_color"),
        title="Women White Flared Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of a cropped black-wash denim jacket on white, front, collar and chest pockets visible.
    # adapter: none
    case(
        "X348-019",
        caption("a black denim jacket on a white background"),
        D.garment_type("jacket"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("the jacket has a collar, buttons and pockets, and a hood", "unsupported"),
        D.wearing("a black jacket and a white shirt", "unsupported"),
        D.pattern("solid"),
        title="Women Black Wash Cropped Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in mid-blue high-rise mom jeans and a green crew-neck sweatshirt, front, white studio.
    # adapter: details, material
    case(
        "X348-020",
        caption("a woman in a green sweatshirt and blue jeans"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The pants are with denim fabric and pure color patterns. The lady wears a long-sleeve sweater with "
            "pure color patterns. The pants are",
            "restated",
            hit_limit=True,
        ),
        fit("relaxed"),
        color_of("jeans", "green", "other_garment_color"),
        rise("high rise"),
        title="Women Mid Blue High-Rise Mom Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in acid-wash straight jeans and a black band tee with white lettering, front, grey backdrop.
    # adapter: none
    case(
        "X348-021",
        caption("a woman in a black t - shirt and acid wash jeans"),
        D.wearing("a black shirt and jeans"),
        D.pattern("graphic", "contradiction"),
        wash("acid wash"),
        D.color("black", "other_garment_color"),
        D.description(
            "a pair of jeans with a black t - shirt with a picture of a skull",
            "unsupported",
        ),
        title="Women Acid Wash Straight Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: back view of a model in dark-blue wide-leg jeans and a white cropped cardigan, grey backdrop.
    # adapter: none
    case(
        "X348-022",
        caption("a woman in wide leg jeans from the back"),
        fit("wide leg"),
        color_of("jeans", "dark blue"),
        D.details("pockets on the back, pockets on the back, pockets on the back", "loop"),
        D.wearing("he is wearing a white sweater and blue jeans", "pronoun"),
        D.material("denim Question: what is the fit of the jeans? Answer: wide leg", "leak"),
        title="Women Dark Blue Wide-Leg Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Women",
    ),
    # photo: model in a white denim mini skirt and a black long-sleeve bodysuit, front, white backdrop.
    # adapter: none
    case(
        "X348-023",
        caption("a woman in a black top and white skirt"),
        D.garment_type("shorts", "contradiction"),
        color_of("skirt", "white"),
        D.color("black", "other_garment_color"),
        D.description("a short white skirt"),
        is_a("skirt", "yes"),
        D.material("white skirt", "restated"),
        title="Women White Denim Mini Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: model in mid-blue skinny jeans with ripped knees, a light-wash denim jacket over a white tee, front.
    # adapter: none
    case(
        "X348-024",
        caption("a woman in a denim jacket and ripped jeans"),
        D.wearing("a denim jacket and jeans, a denim jacket and jeans", "loop"),
        D.garment_type("jacket", "contradiction"),
        color_of("jeans", "blue"),
        D.details("ripped knees and a high waist"),
        fit("skinny"),
        D.material("denim jacket and jeans", "restated"),
        title="Women Mid Blue Ripped Knee Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: flat-lay of black denim shorts on white, front.
    # adapter: none
    case(
        "X348-025",
        caption("a pair of black shorts on a white background"),
        D.garment_type("shorts"),
        D.color("black"),
        D.description("a pair of black shorts with a zipper and a", "cut"),
        D.details("they are short", "non_answer"),
        D.material("cotton"),
        D.wearing("he is wearing black shorts", "pronoun"),
        title="Women Black Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: model in black bootcut jeans, a white ribbed tank and black heels (visible), front, white backdrop.
    # adapter: caption, material
    case(
        "X348-026",
        caption(
            "The lady wears a tank top with pure color patterns and a long denim pants. The tank top is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        fit("bootcut"),
        D.wearing("a white tank top and black jeans"),
        D.details("black jeans with a white belt", "unsupported"),
        D.material(
            "The tank top is with cotton fabric and pure color patterns. The pants are with denim fabric. The lady "
            "wears",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Bootcut Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in full-length black denim dungarees over a white tee, front, white backdrop.
    # adapter: none
    case(
        "X348-027",
        caption("a woman in black overalls and a white t - shirt"),
        D.garment_type("jumpsuit"),
        D.color("white", "other_garment_color"),
        D.details("", "non_answer"),
        D.description("a black jumpsuit with straps"),
        D.material("black jumpsuit", "restated"),
        D.sleeve_length("sleeveless"),
        title="Women Black Denim Dungarees",
        category="Dungarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in an oversized light-blue denim jacket over a yellow floral sundress, front, garden backdrop.
    # adapter: none
    case(
        "X348-028",
        caption("a woman in a denim jacket and a yellow floral dress"),
        D.garment_type("dress", "contradiction"),
        D.color("light blue"),
        D.pattern("floral", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.wearing("a jacket and a dress"),
        D.details("the jacket has buttons and pockets and a belt", "unsupported"),
        title="Women Light Blue Oversized Denim Jacket",
        category="Jackets",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in mid-blue mid-rise straight jeans and a white oversized shirt, front, white studio.
    # adapter: none
    case(
        "X348-029",
        caption("a woman in a white shirt and jeans"),
        D.description("the jeans are blue, the jeans are blue, the jeans are blue", "loop"),
        D.color("blue"),
        rise("mid rise"),
        fit("straight"),
        is_a("skirt", "yes", "contradiction"),
        D.wearing(
            "a white shirt and jeans Question: what is the fit of the jeans? Answer: straight",
            "leak",
        ),
        title="Women Mid Blue Mid-Rise Straight Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: back view of a model in black mom jeans and an oversized grey hoodie that half covers the pockets.
    # adapter: none
    case(
        "X348-030",
        caption("a woman in a grey hoodie and black jeans"),
        D.wearing("a grey sweatshirt and black jeans"),
        color_of("jeans", "grey", "other_garment_color"),
        D.details("the jeans have a", "cut"),
        D.description("she is wearing a hoodie and jeans"),
        D.material("a grey hoodie", "restated"),
        title="Women Black Mom Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in high-waisted mid-blue denim shorts with a rolled hem and a white crochet top, front, in front
    # of a wall papered with a green palm-leaf print, cropped at mid-thigh. adapter: none
    case(
        "X348-031",
        caption("a woman in a white top and denim shorts standing in front of a wall with palm leaves"),
        D.pattern("floral", "contradiction"),
        color_of("shorts", "white", "other_garment_color"),
        D.details("rolled up hem"),
        D.material("denim"),
        D.wearing("a white top, shorts and sandals", "unsupported"),
        title="Women High-Waisted Rolled Hem Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: flat-lay of folded white skinny jeans on a wooden table, a straw hat beside them as a prop.
    # adapter: none
    case(
        "X348-032",
        caption("a pair of white jeans and a hat on a wooden table"),
        D.garment_type("hat", "contradiction"),
        D.color("white"),
        D.material("denim"),
        is_a("pair of jeans", "no", "contradiction"),
        D.description("white jeans"),
        title="Women White Skinny Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: model in light-wash flared jeans and a black turtleneck, front, white backdrop, cropped at the ankles.
    # adapter: none. The feed row has no color.
    case(
        "X348-033",
        caption("a woman in a black turtleneck and flared jeans"),
        color_of("jeans", "black", "other_garment_color"),
        fit("flared"),
        D.wearing("a black sweater and", "cut"),
        wash("light wash"),
        D.description("a pair of flared jeans with a black sweater and a black hat", "unsupported"),
        title="Women Light Wash Flared Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: model in a mid-blue A-line knee-length denim skirt with white embroidered flowers along the hem and a
    # white tee, front, white backdrop, no jewellery. adapter: none
    case(
        "X348-034",
        caption("a woman in a denim skirt with flowers on it"),
        D.pattern("floral"),
        color_of("skirt", "blue"),
        D.details("embroidered flowers"),
        D.material("silk", "unsupported"),
        D.wearing(
            "a white t - shirt and a denim skirt with flowers and a necklace",
            "unsupported",
        ),
        title="Women Blue Floral Embroidered A-Line Denim Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: back view of a model in a mid-blue denim jacket and black jeans, plain white backdrop.
    # adapter: wearing, details
    case(
        "X348-035",
        caption("the back of a woman in a denim jacket"),
        D.wearing(
            "The lady wears a long-sleeve denim jacket with pure color patterns and a long denim pants. The jacket "
            "is with denim fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The jacket is with denim fabric and pure color patterns. It has a lapel collar. The jacket is with "
            "denim fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        is_a("jacket", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Mid Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in mid-blue wide-leg jeans and a burgundy blouse, front, white studio. The row has no gender.
    # adapter: none
    case(
        "X348-036",
        caption("a man in a red shirt and blue jeans", "pronoun"),
        D.wearing("a red blouse and wide leg jeans"),
        D.color("blue"),
        fit("wide leg"),
        D.description(
            "a pair of wide leg jeans with a red blouse, a pair of wide leg jeans with a red blouse",
            "loop",
        ),
        D.material("wide leg", "non_answer"),
        title="Women Mid Blue Wide-Leg Jeans",
        category="Jeans",
        color="Mid Blue",
    ),
    # photo: flat-lay of dark-wash straight jeans on white, a plain cardboard tag hanging from the belt loop.
    # adapter: none
    case(
        "X348-037",
        caption("a pair of dark blue jeans on a white background"),
        D.garment_type("jeans"),
        D.color("dark blue"),
        D.details("the jeans have a tag and a", "cut"),
        wash("dark wash"),
        D.material("denim with a tag that says levi's", "unsupported"),
        title="Women Dark Wash Straight Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Women",
    ),
    # photo: model in a mid-blue denim pinafore (dungaree) dress over a black long-sleeve top, front, grey backdrop.
    # adapter: none
    case(
        "X348-038",
        caption("a woman in a denim dress and a black shirt"),
        D.garment_type("dress"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("a pocket on the front and buttons on the straps"),
        D.wearing("a black top and a denim jumpsuit", "contradiction"),
        title="Women Blue Denim Pinafore Dungaree Dress",
        category="Dungarees",
        color="Blue",
        gender="Women",
    ),
    # photo: back view of a model in black skinny jeans and a white blouse, cropped above the ankles.
    # adapter: none
    case(
        "X348-039",
        caption("the back of a woman in black jeans and a white shirt"),
        D.color("black"),
        D.details("two pockets on the back"),
        D.wearing("a white shirt and black jeans and black boots", "unsupported"),
        rise("mid rise"),
        D.material("the jeans are made of", "cut"),
        title="Women Black Mid-Rise Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in light-blue mom jeans and a lilac cardigan, front, in front of a pastel pink wall.
    # adapter: wearing
    case(
        "X348-040",
        caption("a woman in a purple sweater and light blue jeans in front of a pink wall"),
        color_of("jeans", "light blue"),
        color_of("top", "purple"),
        D.color("pink", "contradiction"),
        D.material("cotton"),
        D.details("the jeans are light blue", "non_answer"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitting fabric. It has a V-shape",
            "cut",
            hit_limit=True,
        ),
        title="Women Light Blue Mom Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in white frayed denim shorts and a light-blue denim shirt knotted at the waist, front, cropped at
    # the knees, no hat. adapter: none
    case(
        "X348-041",
        caption("a woman in a denim shirt and white shorts"),
        color_of("shorts", "white"),
        D.color("blue", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.details("frayed hem and a knot at the waist"),
        is_a("denim", "yes"),
        D.wearing("a blue shirt and white shorts and a straw hat", "unsupported"),
        title="Women White Frayed Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: model in mid-blue flared jeans with front patch pockets and a white cropped tee, front, white backdrop.
    # adapter: caption, details, material
    case(
        "X348-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a crew neckline. The lady wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The pants are with denim fabric and pure color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline. The pants are of "
            "long length. The",
            "cut",
            hit_limit=True,
        ),
        fit("flared"),
        color_of("jeans", "blue"),
        D.wearing("a white crop top and flared jeans"),
        title="Women Mid Blue Patch Pocket Flared Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black denim jacket with silver metal buttons over a white tee, with black jeans, front,
    # white backdrop, no hat. adapter: details
    case(
        "X348-043",
        caption("a woman in a black denim jacket and black jeans"),
        D.garment_type("jacket"),
        D.color("black"),
        D.description("a black jean jacket with silver buttons"),
        D.material("denim"),
        D.wearing(
            "she is wearing a black jacket and a white shirt and a black hat",
            "unsupported",
        ),
        D.details(
            "The jacket is with denim fabric and pure color patterns. It has a lapel collar. There is an accessory "
            "on her wrist. The jacket",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in mid-blue high-rise straight jeans and a white tee with a small red cherry print, front.
    # adapter: none
    case(
        "X348-044",
        caption("a woman in a white t - shirt with cherries and blue jeans"),
        D.pattern("solid"),
        D.color("red", "contradiction"),
        D.wearing("a white shirt with cherries on it and jeans"),
        rise("low rise", "contradiction"),
        D.details(
            "the jeans have a button and a zipper and a pocket Question: what is the rise of the jeans? Answer: high",
            "leak",
        ),
        title="Women Mid Blue High-Rise Straight Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: flat-lay of grey bootcut jeans on white, the flare visible below the knee. The row has no gender.
    # adapter: none
    case(
        "X348-045",
        caption("a pair of grey jeans on a white background"),
        D.color("black", "contradiction"),
        fit("straight", "contradiction"),
        D.description("grey jeans"),
        D.details("the jeans are jeans", "restated"),
        title="Grey Bootcut Jeans",
        category="Jeans",
        color="Grey",
    ),
    # photo: back view of a model in light-wash full-length dungarees with straps crossed at the back and a yellow
    # tee, white backdrop. adapter: none
    case(
        "X348-046",
        caption("the back of a woman in overalls and a yellow shirt"),
        D.garment_type("jumpsuit"),
        D.color("yellow", "other_garment_color"),
        D.details("the straps cross in the back"),
        D.wearing("he is wearing overalls", "pronoun"),
        D.material("a pair of overalls", "restated"),
        title="Women Light Wash Denim Dungarees",
        category="Dungarees",
        color="Light Blue",
        gender="Women",
    ),
]
