"""BLIND_451 (46 products; US women's plus-size fashion: tunics, wrap dresses, jeans, leggings, blouses, swim): written
blind in the forty-seventh session. Measured blind at 496f1cc (the session's rules as they stood): 105/118 failures
found (89.0%) and 4/147 correct texts flagged (2.7%). The writer's notes, verbatim:

Scenario: a US retailer's English catalog feed of women's plus-size fashion: tunics (often worn over leggings or
jeans), wrap and faux-wrap dresses (solid, floral, leopard, dots), jeans (skinny, bootcut, mom, flare, straight, in
dark, medium, light, white and black washes), leggings (plain, printed, faux leather, fleece-lined, active with mesh),
blouses, cardigans (open-front, cable knit, striped, kimono) and swim (one-pieces, a tankini, a bikini, a swim dress,
board shorts). Most photos are of a model in a full outfit, so a second or third garment with its own color is in
nearly every photo; some have a wall, a pool, a beach, a garden or a gym behind the model. Each product has the
seller's title, category, color and gender ("Women"); a few rows miss the gender, as real feeds do.
Seller colors are the retailer's shade names (Heather Grey, Dark Wash, Burgundy, Mauve, Sage, Cobalt...).

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman
in a grey top and black leggings") or the caption-only LoRA adapter of the original experiments (the DeepFashion
template, "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). The
adapter has no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked a question, it returns its caption template. The comment above each case
says which texts the adapter wrote; every other open text (wearing, description, details, material and the set's own
open questions: fit, neckline) comes from the base model, which is short, lowercase and stops on its own (never
hit_limit). The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and the
yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets; they never loop or
hit a limit, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: grey for heather grey or charcoal, red for burgundy or wine,
  blue for navy, indigo, cobalt, dark/medium/light wash, teal or chambray, purple for mauve, green for emerald, olive
  or sage, white for ivory or cream, pink for coral, yellow for mustard, brown for a leopard print.
- The color of another piece in the photo (the tee under the cardigan, the leggings under the tunic, the top worn
  with the jeans, the jacket over the dress) given to the product, or the product's color given to another piece,
  is other_garment_color. A color nobody in the photo wears (the wall, the pool, the garden, the grey backdrop) or the
  accent color of a print or embroidery that is not on another piece (pink roses on a black kimono, white dots on a
  navy swim dress) given as the garment's color is contradiction. Where the print color is also another piece's
  color (the blue embroidery on a white tunic worn with blue jeans), other_garment_color.
- Garment synonyms count as correct: top or shirt for a tunic or blouse, sweater for a cardigan or a tunic sweater,
  bathing suit or swimsuit for a one-piece, pants for leggings in an open answer, denim for a chambray shirt, kimono
  for a kimono cardigan. The reference engine naming the product as another piece in the photo (a cardigan as
  "dress", leggings as "sweater"), a kimono cardigan as "jacket" (the seller's category is Cardigans) and a swim
  dress as "dress" (category Swimwear) are contradiction. The adapter template calling a swimsuit a dress is
  contradiction (seen before the cut or loop), hit_limit kept.
- Leaf and tropical prints answered "floral" and gingham answered "plaid" are correct; polka dots answered
  "striped" is contradiction. Roll-tab sleeves shown rolled down are long sleeves; elbow-length kimono sleeves are
  short. A sleeveless dress under a long-sleeve jacket answered "long sleeves" is contradiction, and so are flutter
  sleeves answered "sleeveless" or "long sleeves", a sleeveless tunic answered "short sleeves" and a long-sleeve
  chiffon blouse answered "short sleeves".
- Materials: one the title names (jersey, chiffon, satin, faux leather, fleece, flannel, cotton gauze, denim) is
  correct; a plausible guess on a fabric that looks like it (cotton for a plain woven or jersey top, wool for a
  chunky knit with no fiber named, nylon for a swimsuit, cotton for stretch denim jeans, denim for chambray) is
  correct; silk for a jersey wrap dress is unsupported.
- Invented items or features the photo does not show (buttons on a wrap dress, a hood, side pockets, a back zipper
  or back pocket on a front view, a necklace, a chest pocket on a dress, a side zipper, a belt, a hat, holes in
  jeans that have none, a woman wearing the leggings of a flat lay with no model) are unsupported.
- Adapter texts: a text that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut (even where it also invents an accessory or a wrong fabric); a template returned for the material
  question is restated. The template answering "What is the person wearing?", "Describe ..." or the details question
  does answer it, so those are cut or loop.
- Base answers: one cut short ("it is made of", "the swimsuit has") is cut, without hit_limit; "they are leggings",
  "they are shorts", "the details of the shirt", "they fit well" (for the fit) and an empty answer are non_answer; a
  material question answered with the garment's name, color or print ("the jeans are black", "the kimono is
  floral", "black leggings", "a green cardigan", "the shirt is blue") is restated; a text that runs on into
  "Question: ... Answer: ..." is leak, even where its first words are right; "he" or "a man" for the women's models
  is pronoun.
- An open answer that leaves out the product but is true of the photo ("a white shirt and jeans" under an open
  kimono) is correct. Two garments really sharing a color (black tee with black jeans) is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
fit = question("fit", "What is the fit of the jeans?", "open")
neckline = question("neckline", "What is the neckline of the top?", "open")

BLIND_451 = [
    # photo: model in a heather grey long-sleeve tunic with side slits over black leggings, white studio backdrop.
    # adapter: none
    case(
        "X451-001",
        caption("a woman in a grey top and black leggings"),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        B.garment_type("top"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        title="Women's Plus Size Long Sleeve Side Split Tunic Top",
        category="Tops",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: model in a knee-length navy jersey wrap dress with a small white floral print, 3/4 sleeves, tie waist,
    # light grey backdrop. adapter: caption, details
    case(
        "X451-002",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a medium-sleeve dress with floral patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress"),
        B.color("navy"),
        B.pattern("floral"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is of "
            "knee length. The lady",
            "cut",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Plus Size Floral Print Jersey Wrap Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: model in dark wash high-rise skinny jeans and a white tee tucked in, white sneakers, white backdrop.
    # adapter: none
    case(
        "X451-003",
        caption("a woman in a white shirt and blue jeans"),
        color_jeans("blue"),
        B.color("white", "other_garment_color"),
        D.details("the jeans have a button and a zipper and a belt", "unsupported"),
        is_a("pair of jeans", "yes"),
        B.material("denim"),
        title="Plus Size High Rise Skinny Jeans",
        category="Jeans",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: model in black high-waist leggings and a pink tunic-length tee, cropped at the shoulders, white backdrop.
    # adapter: none
    case(
        "X451-004",
        caption("a woman in a pink shirt and black leggings"),
        D.wearing("a pink shirt and black leggings"),
        B.garment_type("leggings"),
        B.color("pink", "other_garment_color"),
        D.details("they are leggings", "non_answer"),
        B.material("black leggings", "restated"),
        title="Women's Plus Size High Waist Stretch Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in an ivory chiffon blouse with a ruffled round neckline and long sleeves, tucked into black
    # trousers, beige backdrop. adapter: caption
    case(
        "X451-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The pants the lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blouse and black pants"),
        B.color("white"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("ruffles on the neck"),
        B.material("chiffon"),
        title="Plus Size Ruffle Neck Chiffon Blouse",
        category="Tops",
        color="Ivory",
        gender="Women",
    ),
    # photo: model in an open-front burgundy longline cardigan with patch pockets over a black tank and blue jeans,
    # white backdrop. adapter: none
    case(
        "X451-006",
        caption("a woman in a red cardigan and jeans"),
        D.wearing("a black cardigan and jeans", "other_garment_color"),
        B.garment_type("cardigan"),
        B.color("red"),
        D.details("it has pockets on the front and a belt", "unsupported"),
        B.material("knit"),
        title="Plus Size Open Front Longline Cardigan with Pockets",
        category="Cardigans",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a black one-piece swimsuit with a ruched tummy-control front, standing by a pool of blue water.
    # adapter: none
    case(
        "X451-007",
        caption("a woman in a black swimsuit standing by a pool"),
        D.wearing("a black bathing suit"),
        B.garment_type("swimsuit"),
        B.color("blue", "contradiction"),
        D.details("the swimsuit has a cut out on the side", "unsupported"),
        is_a("bikini", "no"),
        title="Plus Size Ruched Tummy Control One Piece Swimsuit",
        category="Swimwear",
        color="Black",
        gender="Women",
    ),
    # photo: model in a teal tunic with an orange and white paisley print, v neck, 3/4 sleeves, over blue denim
    # jeggings, white backdrop. adapter: caption, description
    case(
        "X451-008",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The pants the lady wears is of long length. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and orange shirt with jeans"),
        B.pattern("paisley"),
        B.color("orange", "contradiction"),
        B.sleeve_length("3/4 sleeves"),
        D.description(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        title="Plus Size Paisley Print V-Neck Tunic",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: model in an emerald green midi wrap dress with short flutter sleeves and a self-tie sash, beige wall.
    # adapter: none
    case(
        "X451-009",
        caption("a woman in a green dress standing in front of a wall"),
        D.wearing("a green wrap dress"),
        B.color("green"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.details("the dress has buttons down the front", "unsupported"),
        B.material("jersey"),
        title="Plus Size Flutter Sleeve Jersey Wrap Midi Dress",
        category="Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: model in light wash bootcut jeans and a black fitted tee, white sneakers, full length, white backdrop.
    # adapter: none
    case(
        "X451-010",
        caption("a man in a black shirt and jeans", "pronoun"),
        D.wearing("a black shirt and blue jeans"),
        color_jeans("black", "other_garment_color"),
        fit("they fit well", "non_answer"),
        B.material("denim"),
        title="Plus Size Mid Rise Bootcut Jeans",
        category="Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: model in navy capri leggings with a pink flower print and a plain white tee, white backdrop, front view.
    # adapter: none
    case(
        "X451-011",
        caption("a woman in a white shirt and floral pants"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        B.pattern("floral"),
        B.color("pink", "contradiction"),
        D.details("the leggings have pockets on the side", "unsupported"),
        is_a("pair of leggings", "yes"),
        title="Plus Size Floral Print Capri Leggings",
        category="Leggings",
        color="Navy Floral",
        gender="Women",
    ),
    # photo: model in a black and white striped button-down shirt, sleeves down with roll tabs, over white jeans,
    # light grey backdrop. adapter: caption, details
    case(
        "X451-012",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants the lady wears is of long length. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and white jeans"),
        B.color("black and white"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Plus Size Striped Roll Tab Sleeve Button Down Shirt",
        category="Tops",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a cream cable-knit cardigan, buttoned, over a light blue knee-length dress, white backdrop.
    # adapter: none
    case(
        "X451-013",
        caption("a woman in a white sweater and a blue dress"),
        D.wearing("a white sweater and a white dress", "other_garment_color"),
        B.garment_type("sweater"),
        B.color("blue", "other_garment_color"),
        D.details("cable knit with buttons"),
        B.material("wool"),
        title="Plus Size Cable Knit Button Front Cardigan",
        category="Cardigans",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a two-piece tankini, coral top with a black swim skirt, on a beach with sand and sea behind.
    # adapter: material
    case(
        "X451-014",
        caption("a woman in a pink and black bathing suit on the beach"),
        D.wearing("a pink top and black skirt"),
        color_top("pink"),
        color_bottom("pink", "other_garment_color"),
        is_a("swimsuit", "yes"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Plus Size Tankini Set with Swim Skirt",
        category="Swimwear",
        color="Coral/Black",
        gender="Women",
    ),
    # photo: model in a white cotton gauze peasant tunic with blue embroidery at the neckline, short sleeves, over
    # blue jeans, white backdrop. adapter: caption
    case(
        "X451-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The shirt is with cotton fabric. It has a round neckline. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white jeans", "other_garment_color"),
        B.color("blue", "other_garment_color"),
        D.details("embroidery on the neckline"),
        B.material("cotton"),
        title="Plus Size Embroidered Cotton Gauze Peasant Tunic",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a long-sleeve wrap dress in a brown and black leopard print on tan, knee length, grey backdrop;
    # no jewelry. adapter: none
    case(
        "X451-016",
        caption("a woman in a leopard print dress"),
        D.wearing("a leopard dress"),
        B.pattern("leopard"),
        B.color("black", "contradiction"),
        D.details("the dress has a v neck and a tie waist"),
        D.description("a leopard print dress with a belt and a necklace", "unsupported"),
        title="Plus Size Leopard Print Long Sleeve Wrap Dress",
        category="Dresses",
        color="Leopard",
        gender="Women",
    ),
    # photo: model in black straight-leg jeans and a grey crewneck sweater, black boots, white backdrop.
    # adapter: none
    case(
        "X451-017",
        caption("a woman in a grey sweater and black jeans"),
        color_jeans("grey", "other_garment_color"),
        B.color("black"),
        D.details("", "non_answer"),
        B.material("the jeans are black", "restated"),
        title="Plus Size Straight Leg Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay of charcoal heather fleece-lined leggings on a white background, no model. adapter: none
    case(
        "X451-018",
        caption("a pair of grey leggings on a white background"),
        D.wearing("a woman wearing grey leggings", "unsupported"),
        B.garment_type("leggings"),
        B.color("grey"),
        D.details("they are leggings", "non_answer"),
        D.description(
            "grey leggings Question: what is the material of the leggings? Answer: cotton",
            "leak",
        ),
        B.material("fleece"),
        title="Plus Size Fleece Lined Leggings",
        category="Leggings",
        color="Charcoal",
    ),
    # photo: model in a mauve satin tie-neck blouse with long sleeves and a black knee-length pencil skirt.
    # adapter: caption
    case(
        "X451-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple blouse and a purple skirt", "other_garment_color"),
        B.color("purple"),
        D.details("a bow at the neck"),
        B.material("satin"),
        title="Plus Size Satin Tie Neck Blouse",
        category="Tops",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in an olive green longline cardigan (no hood) over a white tee and black leggings, mid-grey
    # backdrop. adapter: none
    case(
        "X451-020",
        caption("a woman in a green cardigan, white shirt and black leggings"),
        D.wearing("a grey cardigan", "contradiction"),
        B.color("green"),
        B.sleeve_length("long sleeves"),
        D.details("the cardigan has a hood", "unsupported"),
        B.material("a green cardigan", "restated"),
        title="Plus Size Lightweight Longline Cardigan",
        category="Cardigans",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a sleeveless navy swim dress with white polka dots, v neck, knee-length skirt, white backdrop.
    # adapter: caption
    case(
        "X451-021",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of knee length. The lady wears a sleeveless dress with graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue polka dot dress"),
        B.garment_type("dress", "contradiction"),
        B.color("white", "contradiction"),
        B.pattern("polka dot"),
        is_a("swimsuit", "yes"),
        title="Plus Size Polka Dot Swim Dress",
        category="Swimwear",
        color="Navy Dot",
        gender="Women",
    ),
    # photo: model in a wine-colored cowl neck tunic sweater over black leggings, white backdrop. adapter: none
    case(
        "X451-022",
        caption("a woman in a red sweater and black leggings"),
        D.wearing("a red sweater and leggings"),
        B.garment_type("sweater"),
        B.color("black", "other_garment_color"),
        neckline("cowl neck"),
        B.material("it is made of", "cut"),
        title="Plus Size Cowl Neck Tunic Sweater",
        category="Tops",
        color="Wine",
        gender="Women",
    ),
    # photo: model in a sleeveless black faux-wrap dress with a white floral print under a blue denim jacket with
    # long sleeves, white backdrop. adapter: none
    case(
        "X451-023",
        caption("a woman in a black floral dress and a denim jacket"),
        D.wearing("a blue jacket and a blue dress", "other_garment_color"),
        B.color("black"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("the dress has a v neckline and a belt", "unsupported"),
        title="Plus Size Sleeveless Floral Faux Wrap Dress",
        category="Dresses",
        color="Black Floral",
        gender="Women",
    ),
    # photo: model in medium wash mom jeans with ripped knees and a yellow tee tucked in, white backdrop.
    # adapter: caption, wearing
    case(
        "X451-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        color_jeans("blue"),
        B.color("yellow", "other_garment_color"),
        D.details("the jeans have holes in the knees"),
        is_a("pair of shorts", "no"),
        title="Plus Size Ripped Mom Jeans",
        category="Jeans",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: model in navy ankle leggings with a wide waistband, under a navy and white striped top, white backdrop.
    # adapter: none
    case(
        "X451-025",
        caption("a woman in a striped shirt and blue leggings"),
        D.wearing("a blue and white striped shirt with blue pants"),
        color_leggings("navy"),
        B.color("white", "other_garment_color"),
        D.details("they have a pocket on the side", "unsupported"),
        title="Plus Size Wide Waistband Ankle Leggings",
        category="Leggings",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a red short-sleeve peplum blouse with white polka dots, front view, black pants, white backdrop.
    # adapter: none
    case(
        "X451-026",
        caption("a woman in a red polka dot shirt"),
        D.wearing("a red shirt and red pants", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.details("the shirt has a peplum and a zipper on the back", "unsupported"),
        D.description("he is wearing a red shirt with white polka dots", "pronoun"),
        title="Plus Size Polka Dot Peplum Blouse",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a heather grey open-front cardigan with pockets over a black knee-length dress.
    # adapter: caption
    case(
        "X451-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey cardigan over a black dress"),
        B.color("grey"),
        B.garment_type("dress", "contradiction"),
        D.details("pockets on the front and a belt", "unsupported"),
        title="Plus Size Open Front Pocket Cardigan",
        category="Cardigans",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: model in a red and white gingham high-waist bikini with a ruffle-trimmed top, on a beach.
    # adapter: none
    case(
        "X451-028",
        caption("a woman in a red and white checkered bikini"),
        D.wearing("a red and white bikini and a hat", "unsupported"),
        B.pattern("plaid"),
        B.color("white", "contradiction"),
        is_a("one-piece swimsuit", "no"),
        D.details("the bikini has ruffles on the top"),
        title="Plus Size Gingham Ruffle High Waist Bikini Set",
        category="Swimwear",
        color="Red Gingham",
        gender="Women",
    ),
    # photo: model in a light blue chambray button-front tunic shirt with two chest pockets, sleeves rolled to the
    # elbow, over white leggings, white backdrop. adapter: none
    case(
        "X451-029",
        caption("a woman in a blue shirt and white pants"),
        D.wearing("a denim shirt and white leggings"),
        B.garment_type("shirt"),
        B.color("white", "other_garment_color"),
        D.details("buttons down the front and pockets on the chest"),
        B.material("the shirt is blue", "restated"),
        title="Plus Size Chambray Button Front Tunic Shirt",
        category="Tops",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow maxi wrap dress with small white flowers, short sleeves, in a garden with green
    # foliage behind; no jewelry. adapter: caption, material
    case(
        "X451-030",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with a necklace", "unsupported"),
        B.color("green", "contradiction"),
        B.pattern("floral"),
        B.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape",
            "restated",
            hit_limit=True,
        ),
        title="Plus Size Ditsy Floral Wrap Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in white cropped jeans with frayed hems and a navy and white striped boat-neck top.
    # adapter: none
    case(
        "X451-031",
        caption("a woman in a blue and white striped shirt and white jeans"),
        color_jeans("white"),
        D.wearing("blue jeans and a striped shirt", "other_garment_color"),
        D.details("the jeans have frayed hems and holes in the knees", "unsupported"),
        B.material("denim"),
        title="Plus Size Frayed Hem Cropped Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: model in black faux-leather leggings (no zippers) and an oversized white sweater, white backdrop.
    # adapter: caption
    case(
        "X451-032",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants the lady wears is of long length. The pants are with leather fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and black leather pants"),
        B.garment_type("sweater", "contradiction"),
        B.color("black"),
        B.material("leather"),
        D.details("the pants have a zipper on the side", "unsupported"),
        title="Plus Size Faux Leather Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model seated on a wooden stool in a white eyelet blouse with flutter sleeves and a square neck, with
    # blue jeans. adapter: none
    case(
        "X451-033",
        caption("a woman in a white top and jeans sitting on a chair"),
        D.wearing("he is wearing a white shirt and jeans", "pronoun"),
        D.details("the details of the shirt", "non_answer"),
        B.sleeve_length("short sleeves"),
        B.color("white"),
        B.material("cotton"),
        title="Plus Size Eyelet Flutter Sleeve Square Neck Blouse",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy and white striped button-front cardigan with gold buttons over a red tee, blue jeans.
    # adapter: none
    case(
        "X451-034",
        caption("a woman in a blue and white striped sweater"),
        D.wearing("a striped sweater and a red shirt"),
        B.color("red", "other_garment_color"),
        B.pattern("striped"),
        D.description(
            "a blue and white striped cardigan with gold buttons Question: what is the material of the cardigan? "
            "Answer: cotton",
            "leak",
        ),
        title="Plus Size Striped Button Front Cardigan",
        category="Cardigans",
        color="Navy/White",
        gender="Women",
    ),
    # photo: model in a one-piece swimsuit with a green tropical leaf print on white, plunge neck, white backdrop.
    # adapter: caption
    case(
        "X451-035",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of short length. The lady wears a sleeveless dress with floral patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green and white swimsuit"),
        B.pattern("floral"),
        B.color("green"),
        is_a("swimsuit", "yes"),
        D.details("the swimsuit has", "cut"),
        title="Plus Size Tropical Print Plunge One Piece Swimsuit",
        category="Swimwear",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a sleeveless black jersey tunic with a lace hem over grey leggings, white backdrop.
    # adapter: none
    case(
        "X451-036",
        caption("a woman wearing a black top with lace and grey leggings"),
        D.wearing("a black shirt and black pants", "other_garment_color"),
        B.color("black"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("lace on the bottom"),
        B.material("cotton"),
        title="Plus Size Lace Trim Sleeveless Jersey Tunic",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red long-sleeve faux-wrap midi dress (no pockets) and black heels, white brick wall.
    # adapter: none
    case(
        "X451-037",
        caption(
            "a woman in a red dress and a black belt standing in front of a brick wall",
            "unsupported",
        ),
        D.wearing("a red dress and black shoes"),
        B.color("red"),
        D.details("a pocket on the chest", "unsupported"),
        D.description(
            "a red dress with long sleeves Question: Describe the shoes. Answer: black heels",
            "leak",
        ),
        B.material("polyester"),
        title="Plus Size Long Sleeve Faux Wrap Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in indigo high-rise flare jeans and a white long-sleeve chiffon blouse, white wall.
    # adapter: caption, material
    case(
        "X451-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_jeans("blue"),
        D.wearing("a white shirt and white jeans", "other_garment_color"),
        fit("flare"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The "
            "lady wears a long",
            "restated",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Plus Size High Rise Stretch Denim Flare Jeans",
        category="Jeans",
        color="Indigo",
        gender="Women",
    ),
    # photo: model in purple active leggings with black mesh side panels and a black tank top, in a gym with
    # weights behind; front view. adapter: none
    case(
        "X451-039",
        caption("a woman in a black tank top and purple leggings in a gym"),
        D.wearing("a black top and black leggings", "other_garment_color"),
        B.color("black", "other_garment_color"),
        D.details("mesh on the sides"),
        D.description("a pair of purple leggings with a pocket on the back", "unsupported"),
        title="Plus Size Mesh Panel Active Leggings",
        category="Leggings",
        color="Purple",
    ),
    # photo: model in a white long-sleeve blouse with a blue floral print, collar, buttoned, and navy pants.
    # adapter: caption, details
    case(
        "X451-040",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants the lady wears is of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue pants", "other_garment_color"),
        color_shirt("white"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The pants the lady wears "
            "is of long length. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.material("cotton"),
        title="Plus Size Floral Print Button Up Blouse",
        category="Tops",
        color="White/Blue",
        gender="Women",
    ),
    # photo: model in an open black kimono cardigan with a pink rose print and elbow-length sleeves, over a white tank
    # and blue jeans. adapter: none
    case(
        "X451-041",
        caption("a woman in a floral kimono and jeans"),
        D.wearing("a white shirt and jeans"),
        B.garment_type("jacket", "contradiction"),
        B.color("pink", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("the kimono is floral", "restated"),
        title="Plus Size Floral Print Kimono Cardigan",
        category="Cardigans",
        color="Black Floral",
        gender="Women",
    ),
    # photo: model in black swim board shorts and a turquoise long-sleeve rash guard top, by a pool. adapter: none
    case(
        "X451-042",
        caption("a man in a blue shirt and black shorts", "pronoun"),
        D.wearing("a blue swim shirt and black shorts"),
        color_shorts("blue", "other_garment_color"),
        B.garment_type("shorts"),
        D.details("they are shorts", "non_answer"),
        is_a("pair of shorts", "yes"),
        title="Plus Size Swim Board Shorts",
        category="Swimwear",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red and black plaid flannel button-front tunic shirt with one chest pocket and no hood, over
    # black leggings. adapter: caption, wearing
    case(
        "X451-043",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        B.color("red"),
        B.material("flannel"),
        D.details("a pocket on the chest and a hood", "unsupported"),
        title="Plus Size Plaid Flannel Tunic Shirt",
        category="Tops",
        color="Red Plaid",
        gender="Women",
    ),
    # photo: model in a cobalt blue surplice wrap dress with ruffled flutter sleeves, in front of a pink wall.
    # adapter: none
    case(
        "X451-044",
        caption("a woman in a blue dress standing in front of a pink wall"),
        D.wearing("a pink dress", "contradiction"),
        B.color("blue"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.description("a blue dress with ruffled sleeves and a v neck"),
        title="Plus Size Surplice Wrap Dress with Flutter Sleeves",
        category="Dresses",
        color="Cobalt",
    ),
    # photo: model in black rinse straight jeans and a black tee tucked in, white backdrop. adapter: none
    case(
        "X451-045",
        caption("a woman in a black shirt and black jeans"),
        color_jeans("black"),
        D.wearing("a black shirt and blue jeans", "contradiction"),
        B.material("denim"),
        D.details(
            "the jeans have a button and zipper and pockets Question: what is the color of the jeans? Answer: black",
            "leak",
        ),
        title="Plus Size Straight Leg Jeans",
        category="Jeans",
        color="Black Rinse",
        gender="Women",
    ),
    # photo: model in a sage green cold-shoulder top with 3/4 sleeves and white jeans, light grey backdrop.
    # adapter: caption
    case(
        "X451-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants the lady wears is of long length. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green top and white jeans"),
        B.color("green"),
        B.sleeve_length("3/4 sleeves"),
        D.details(
            "the top has cut out shoulders Question: what is the color of the top? Answer: green",
            "leak",
        ),
        D.description("he is wearing a green top with cut out shoulders", "pronoun"),
        title="Plus Size Cold Shoulder Top",
        category="Tops",
        color="Sage",
        gender="Women",
    ),
]
