"""BLIND_266 (46 products; US women's plus-size and maternity catalog: dresses, jeans, swim, nursing tops): written
blind in the forty-second session. Measured blind at 3a84e7d (the session's rules as they stood): 106/128 failures
found (82.8%) and 4/166 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: an English catalog feed from a US retailer of women's plus-size and maternity clothing: wrap, maxi,
sweater and bodycon dresses, maternity and nursing dresses, tops, blouses, tunics and nursing tops, jeans (skinny,
straight, bootcut, mom, maternity with a belly panel), leggings, jumpsuits and a romper, and swimwear (one-piece
suits, tankinis, a bikini, a swim dress). Every photo is a model shot: studio backdrops, a few in front of a wall,
on a beach or in a garden, some with a prop (a chair, a clutch). Many maternity photos show the bump. Products are
often worn with another piece (a tee tucked into the jeans, a cardigan over the nursing tank, a tunic over the
leggings), so the photo holds two or three colors. Each row has the seller's title, category, color and gender; a
few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase: "a pregnant
woman in a yellow dress") or from the caption-only LoRA adapter of the original experiments (the DeepFashion
template: "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric ..."). The
adapter has no end-of-answer token, so each adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and has hit_limit=True; asked a question, it returns its caption template. Open questions (wearing,
description, details, material) come from the base model unless the comment before the case says the adapter
answered them; the base model stops on its own and never has hit_limit. Closed questions (garment_type, color,
pattern, sleeve_length, per-piece colors and the "Is this a ...?" block) are enrich's `--engine reference` answers,
picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, teal or royal; red for burgundy or crimson; pink
  for blush or coral; green for olive or emerald; yellow for mustard; orange or brown for rust; beige for oatmeal;
  white for ivory; grey/gray for heather grey or grey marl. Mustard answered "orange" is a contradiction.
- A color of another piece worn in the photo (the tucked-in tee, the cardigan over the tank, the jeans under the
  blouse, the swim skirt under the tankini top) given as the product's color is other_garment_color. The color of a
  print on the garment (white dots on a navy swim dress, red flowers on a black dress), of the backdrop or of a prop
  (a red chair) given as the garment's color is contradiction.
- Garment synonyms are correct: bathing suit for swimsuit, romper and jumpsuit for each other, sundress for a
  sleeveless cotton dress, pants for leggings in open answers, shirt or blouse for a top, checkered or plaid for
  gingham, floral for a tropical leaf print, swimsuit for a swim dress. A jumpsuit or romper called a dress or pants
  and a dress called a shirt are contradiction; so is a closed garment_type naming another piece of the photo (the
  tunic over the leggings, the shirt over the jeans, the swim skirt under the tankini top, a t-shirt for a t-shirt
  dress).
- One color given to every piece ("a grey shirt and grey jeans" for a grey top over blue jeans, "white leggings"
  under a white tank) is contradiction.
- "Is this a ...?": "yes" to a garment the product is not (a dress for a jumpsuit, a bikini for a tankini, leggings
  for black skinny jeans, a cardigan for the nursing tank under it) is contradiction; a correct "no" is correct.
- Sleeve length of another piece (the cardigan's long sleeves for a sleeveless tank) is contradiction.
- Materials: one the title names (jersey, satin, chiffon, lace, denim, cotton, knit) is correct; cotton for denim
  jeans and denim for chambray are correct (the model cannot tell chambray from denim); silk for a jersey dress or
  a satin gown and velvet for a knit bodycon dress are unsupported. A material question answered with the
  garment's name or color ("a blue top") is restated.
- Invented items or details not in the photo (a belt, a bow on the back of a front view, ripped knees, a slit, a
  turtleneck, boots on a photo cropped at the knees, a straw hat, a stripe) are unsupported.
- The adapter answers the details question for some products (richer "details", as in the original experiments) and
  the material question for a few. Its vocabulary has no swimsuit: "tank shirt" and "three-point shorts" for swimwear
  is its template, not the misnaming of the product, so such a text is labelled cut.
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating
  is cut (even where it also invents a wrist accessory or a cotton fabric for swimwear); the template returned for
  the material question is restated; where the template misnames the product itself (a jumpsuit as a dress) the
  misnaming is what the auditor sees first: contradiction, hit_limit kept. An adapter caption that describes only
  the outer layer (the cardigan) and is cut is cut.
- A base answer that stops early mid-phrase ("it is made of") is cut, without hit_limit. An empty answer, "the
  details of the dress", "the dress", "the dress has details", "they are jeans" and "the jeans are long" for the
  details question are non_answer.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where the first words are right.
- "he" or "a man" for a woman is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")

BLIND_266 = [
    # photo: plus-size model in a black jersey wrap dress tied at the waist, v-neck, short sleeves, knee length,
    # no jewelry, white studio backdrop.
    # adapter: none
    case(
        "X266-001",
        caption("a woman in a black wrap dress"),
        D.wearing("a black dress and a necklace", "unsupported"),
        D.garment_type("dress"),
        D.color("black"),
        D.sleeve_length("short sleeves"),
        D.material("silk", "unsupported"),
        is_a("dress", "yes"),
        D.details("it has a v neck and a tie at the waist"),
        title="Plus Size Jersey Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in a navy floral sleeveless maternity maxi dress, bump visible, front view, grey backdrop.
    # caption: adapter
    case(
        "X266-002",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with floral patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress Question: is she pregnant? Answer: yes", "leak"),
        D.color("blue"),
        D.pattern("floral"),
        D.details("it has a bow on the back", "unsupported"),
        is_a("dress", "yes"),
        title="Maternity Sleeveless Floral Maxi Dress",
        category="Maternity Dresses",
        color="Navy Floral",
        gender="Women",
    ),
    # photo: plus-size dark wash skinny jeans, worn with a white crew-neck tee tucked in, front view, white backdrop.
    # adapter: none
    case(
        "X266-003",
        caption("a woman in white jeans and a white shirt", "contradiction"),
        D.wearing("a white shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The lady wears a long trousers. The trousers "
            "are with denim fabric",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Plus Size High Rise Skinny Jeans",
        category="Jeans",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: black high-waist leggings worn with an oversized grey sweatshirt, white sneakers, full length, studio.
    # adapter: none
    case(
        "X266-004",
        caption("a woman in black leggings and a grey sweatshirt"),
        D.wearing("he is wearing a grey sweatshirt and black leggings", "pronoun"),
        D.garment_type("leggings"),
        D.color("grey", "other_garment_color"),
        D.material("the leggings are made of", "cut"),
        is_a("pair of leggings", "yes"),
        title="Plus Size High Waist Cotton Spandex Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: olive sleeveless wide-leg jumpsuit with a tie waist, v-neck, full length, beige backdrop.
    # caption, wearing: adapter
    case(
        "X266-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        title="Plus Size Tie Waist Wide Leg Jumpsuit",
        category="Jumpsuits & Rompers",
        color="Olive",
        gender="Women",
    ),
    # photo: black one-piece swimsuit with a ruched tummy-control front, scoop neck, studio, front view.
    # details: adapter
    case(
        "X266-006",
        caption("a woman in a black swimsuit"),
        D.wearing("a black bathing suit"),
        D.garment_type("swimsuit"),
        D.color("black"),
        D.details(
            "The tank shirt is with cotton fabric and pure color patterns. It has a suspenders neckline. The lady "
            "wears a three-point",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        is_a("bikini", "no"),
        D.description("a black swimsuit with a gold buckle", "unsupported"),
        title="Plus Size Ruched Tummy Control One Piece Swimsuit",
        category="Swimwear",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in a heather grey long-sleeve crossover nursing top, blue jeans, bump visible, studio.
    # details: adapter
    case(
        "X266-007",
        caption("a pregnant woman in a grey top and jeans"),
        D.wearing("a grey shirt and grey jeans", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Maternity & Nursing Crossover Long Sleeve Top",
        category="Nursing Tops",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: crimson short-sleeve sheath midi dress, round neck, no belt, plus-size model, light grey backdrop.
    # caption: adapter
    case(
        "X266-008",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.color("pink", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("a red dress with a black belt", "unsupported"),
        is_a("dress", "yes"),
        D.details("the dress has details", "non_answer"),
        title="Plus Size Short Sleeve Ponte Sheath Dress",
        category="Dresses",
        color="Crimson",
        gender="Women",
    ),
    # photo: white cotton gauze peasant blouse with a small blue floral print, 3/4 sleeves, dark jeans, studio.
    # adapter: none
    case(
        "X266-009",
        caption("a woman wearing a white floral blouse and jeans"),
        D.wearing(
            "a white blouse with blue flowers and blue jeans Question: what is the color of the blouse? Answer: white",
            "leak",
        ),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.description("a white blouse with blue flowers"),
        D.material("cotton"),
        title="Plus Size Floral Cotton Gauze Peasant Blouse",
        category="Tops",
        color="White Floral",
        gender="Women",
    ),
    # photo: pregnant model in navy over-bump maternity leggings and a white fitted tank top, side view, studio.
    # details: adapter
    case(
        "X266-010",
        caption("a pregnant woman in a white tank top and white leggings", "contradiction"),
        D.wearing("a white tank top and blue pants"),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        D.details(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        title="Maternity Over The Bump Leggings",
        category="Maternity Leggings",
        color="Navy",
        gender="Women",
    ),
    # photo: light blue chambray short-sleeve utility jumpsuit, button front, chest pockets, rolled cuffs, studio.
    # details: adapter
    case(
        "X266-011",
        caption("a woman in a denim jumpsuit"),
        D.wearing("he is wearing a blue jumpsuit", "pronoun"),
        D.garment_type("jumpsuit"),
        D.details(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with denim fabric. It has a "
            "lapel neckline. The romper",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Plus Size Chambray Utility Jumpsuit",
        category="Jumpsuits & Rompers",
        color="Light Blue",
        gender="Women",
    ),
    # photo: coral tankini top with black swim shorts (sold as a set), studio, front view.
    # caption, details: adapter
    case(
        "X266-012",
        caption(
            "The lady wears a tank tank shirt with pure color patterns and a three-point shorts. The tank shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink and black bathing suit"),
        D.garment_type("swimsuit"),
        D.color("black", "other_garment_color"),
        is_a("bikini", "yes", "contradiction"),
        D.details(
            "The lady wears a tank tank shirt with pure color patterns and a three-point shorts. The tank shirt is "
            "with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        title="Plus Size Tankini Set with Swim Shorts",
        category="Swimwear",
        color="Coral/Black",
        gender="Women",
    ),
    # photo: black and white striped long-sleeve boat-neck knit top, black pants, front view, studio.
    # adapter: none
    case(
        "X266-013",
        caption("a woman in a black and white striped shirt"),
        D.wearing("a striped shirt and black pants"),
        D.color("black"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a black and white striped shirt with long sleeves and a bow", "unsupported"),
        title="Plus Size Striped Boat Neck Top",
        category="Tops",
        color="Black/White",
        gender="Women",
    ),
    # photo: pregnant model in an emerald satin long-sleeve wrap maxi dress with a front slit, hand on her belly,
    # maternity-shoot backdrop (white drape). details: adapter
    case(
        "X266-014",
        caption("a pregnant woman in a green dress holding her belly"),
        D.wearing("a green dress"),
        D.color("green"),
        D.material("silk", "unsupported"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The dress is of "
            "long length. The lady",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        title="Maternity Satin Wrap Maxi Gown",
        category="Maternity Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: light wash straight-leg mom jeans, black crew-neck tee tucked in, white sneakers, studio.
    # caption, material: adapter
    case(
        "X266-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and jeans"),
        D.color("black", "other_garment_color"),
        color_jeans("blue"),
        D.material(
            "The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. The lady "
            "wears a long",
            "restated",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Plus Size High Rise Mom Jeans",
        category="Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: teal and white paisley short-sleeve tunic top worn with black leggings, studio, front view.
    # adapter: none
    case(
        "X266-016",
        caption("a woman in a blue top and black leggings"),
        D.wearing("a blue shirt and black pants"),
        D.garment_type("top"),
        D.color("black", "other_garment_color"),
        D.pattern("paisley"),
        D.details(
            "the top has a blue and white paisley print and a tie at the neck",
            "unsupported",
        ),
        D.material("a blue top", "restated"),
        title="Plus Size Paisley Print Tunic",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: black short-sleeve wide-leg wrap jumpsuit with a gold self belt, studio, full length.
    # details: adapter
    case(
        "X266-017",
        caption("a woman in a black jumpsuit with a gold belt"),
        D.wearing("a black jumpsuit with a gold belt and gold earrings", "unsupported"),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.details(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline",
            "contradiction",
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes"),
        title="Plus Size Belted Wrap Jumpsuit",
        category="Jumpsuits & Rompers",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in a navy swim dress with white polka dots, skirted, on a beach backdrop.
    # adapter: none
    case(
        "X266-018",
        caption("a pregnant woman in a blue and white polka dot swimsuit on the beach"),
        D.wearing("a blue polka dot dress"),
        D.garment_type("swimsuit"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        is_a("bikini", "no"),
        D.details("it has a skirt"),
        D.description(
            "a blue and white polka dot swimsuit with a skirt Question: what is the pattern of the swimsuit? Answer: "
            "polka dot",
            "leak",
        ),
        title="Maternity Polka Dot Swim Dress",
        category="Maternity Swimwear",
        color="Navy Dot",
    ),
    # photo: white nursing tank top under an open grey long-sleeve cardigan, blue jeans, studio, front view.
    # caption: adapter
    case(
        "X266-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and a white tank top"),
        D.garment_type("top"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("cardigan", "yes", "contradiction"),
        title="Seamless Nursing Tank Top",
        category="Nursing Tops",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless halter maxi dress with a large red floral print, no slit, in front of a white brick wall.
    # adapter: none
    case(
        "X266-020",
        caption("a woman in a black floral dress standing in front of a white wall"),
        D.wearing("a black dress with red flowers"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.description("a long black dress with red flowers and a slit", "unsupported"),
        is_a("dress", "yes"),
        title="Plus Size Floral Halter Maxi Dress",
        category="Dresses",
        color="Black Floral",
        gender="Women",
    ),
    # photo: pregnant model in black maternity skinny jeans with a full belly panel, black and white striped tee,
    # studio. adapter: none
    case(
        "X266-021",
        caption("a pregnant woman in a striped shirt and black jeans"),
        D.wearing("a black and white striped shirt and black jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.details("they are jeans", "non_answer"),
        is_a("pair of leggings", "yes", "contradiction"),
        title="Maternity Full Panel Skinny Jeans",
        category="Maternity Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: oatmeal ribbed long-sleeve sweater dress, round neck, midi, plus-size model, studio.
    # caption, material: adapter
    case(
        "X266-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige sweater dress"),
        D.color("beige"),
        D.description("a beige sweater dress with a turtleneck", "unsupported"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Plus Size Ribbed Cotton-Blend Knit Sweater Dress",
        category="Dresses",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: pregnant model in a white maternity graphic tee printed "mama" in black, blue jeans, studio.
    # adapter: none
    case(
        "X266-023",
        caption("a pregnant woman wearing a white t-shirt that says mama"),
        D.wearing("a white t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.pattern("solid", "contradiction"),
        D.details("the shirt has the word mama on it"),
        D.material("a white t-shirt", "restated"),
        title="Maternity Mama Graphic Tee",
        category="Maternity Tops",
        color="White",
        gender="Women",
    ),
    # photo: purple high-waist leggings with side pockets, black racerback tank, studio, full length.
    # details: adapter
    case(
        "X266-024",
        caption("a woman in a black tank top and purple leggings"),
        D.wearing(
            "a black tank top and purple leggings Question: what color are the leggings? Answer: purple",
            "leak",
        ),
        D.garment_type("leggings"),
        D.color("black", "other_garment_color"),
        D.details(
            "The lady wears a tank tank shirt with pure color patterns and a long leggings. The tank shirt is with "
            "cotton fabric. The leggings",
            "cut",
            hit_limit=True,
        ),
        color_leggings("purple"),
        title="Plus Size Pocket Leggings",
        category="Leggings",
        color="Plum",
        gender="Women",
    ),
    # photo: white cotton eyelet sleeveless sundress, knee length, outdoors in a green garden.
    # adapter: none
    case(
        "X266-025",
        caption("a woman in a white dress standing in a garden"),
        D.wearing("a white dress and a pink handbag", "unsupported"),
        D.color("green", "contradiction"),
        D.description("a white sundress with lace"),
        D.material("cotton"),
        is_a("dress", "yes"),
        title="Plus Size Cotton Eyelet Sundress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: pregnant model in a navy and white striped short-sleeve nursing dress with a knot front, studio.
    # caption: adapter
    case(
        "X266-026",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with striped patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt", "contradiction"),
        D.color("blue"),
        D.pattern("striped"),
        D.details("the dress", "non_answer"),
        is_a("dress", "yes"),
        title="Maternity & Nursing Knot Front Striped Dress",
        category="Maternity Dresses",
        color="Navy Stripe",
        gender="Women",
    ),
    # photo: rust sleeveless square-neck wide-leg jumpsuit, tan sandals, full length, cream backdrop.
    # adapter: none
    case(
        "X266-027",
        caption("a woman in an orange jumpsuit"),
        D.wearing("an orange jumpsuit and sandals"),
        D.garment_type("pants", "contradiction"),
        D.color("brown"),
        D.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        D.details("it has pockets on the side", "unsupported"),
        title="Plus Size Square Neck Wide Leg Jumpsuit",
        category="Jumpsuits & Rompers",
        color="Rust",
        gender="Women",
    ),
    # photo: blush chiffon flutter-sleeve blouse, white jeans, studio, front view.
    # adapter: none
    case(
        "X266-028",
        caption("a woman in a pink blouse and white pants"),
        D.wearing("he is wearing a pink shirt and white pants", "pronoun"),
        D.color("white", "other_garment_color"),
        D.description("a pink blouse with ruffled sleeves"),
        D.sleeve_length("short sleeves"),
        D.material("chiffon"),
        is_a("blouse", "no", "contradiction"),
        title="Plus Size Chiffon Flutter Sleeve Blouse",
        category="Tops",
        color="Blush",
        gender="Women",
    ),
    # photo: black and white gingham bikini, halter top and high-waist bottom, studio.
    # adapter: none
    case(
        "X266-029",
        caption("a woman in a black and white checkered bikini"),
        D.wearing("he is wearing a black and white bikini", "pronoun"),
        D.garment_type("swimsuit"),
        D.color("black"),
        D.pattern("plaid"),
        D.details("it has a high waist bottom and a halter top"),
        is_a("bikini", "yes"),
        title="Plus Size Gingham High Waist Bikini Set",
        category="Swimwear",
        color="Black/White Gingham",
        gender="Women",
    ),
    # photo: burgundy long-sleeve henley nursing top with a button placket, black leggings, studio.
    # caption, details: adapter
    case(
        "X266-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red shirt and black leggings"),
        D.color("black", "other_garment_color"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a v-shape neckline. The shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        title="Nursing Henley Long Sleeve Top",
        category="Nursing Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: dark wash bootcut jeans, white button-up shirt worn untucked over them, white backdrop, front view.
    # adapter: none
    case(
        "X266-031",
        caption("a woman in a white shirt and jeans"),
        D.wearing("a white shirt and blue jeans"),
        D.garment_type("shirt", "contradiction"),
        color_jeans("blue"),
        D.material("cotton"),
        is_a("pair of jeans", "yes"),
        D.details("the jeans are long", "non_answer"),
        title="Plus Size Bootcut Denim Jeans",
        category="Jeans",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: pregnant model in a mustard flutter-sleeve v-neck wrap maxi dress, bump visible, studio.
    # adapter: none
    case(
        "X266-032",
        caption("a pregnant woman in a yellow dress"),
        D.wearing("a yellow maxi dress with a brown belt", "unsupported"),
        D.color("orange", "contradiction"),
        D.description("a long yellow dress with short sleeves and a v neck"),
        is_a("dress", "yes"),
        D.material("the dress is made of a", "cut"),
        title="Maternity Flutter Sleeve Wrap Maxi Dress",
        category="Maternity Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: black crepe long-sleeve wide-leg jumpsuit, model holds a red clutch, studio.
    # adapter: none
    case(
        "X266-033",
        caption("a woman in a black jumpsuit holding a red purse"),
        D.wearing("a black jumpsuit and a red purse"),
        D.garment_type("jumpsuit"),
        D.color("red", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("a black jumpsuit", "restated"),
        title="Plus Size Crepe Long Sleeve Jumpsuit",
        category="Jumpsuits & Rompers",
        color="Black",
        gender="Women",
    ),
    # photo: teal tropical-leaf print tankini top worn with a black swim skirt, studio, front view.
    # caption: adapter
    case(
        "X266-034",
        caption(
            "The lady wears a tank tank shirt with floral patterns and a short skirt. The tank shirt is with cotton "
            "fabric. The skirt is with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and green floral swimsuit and a black skirt"),
        D.garment_type("skirt", "contradiction"),
        D.color("black", "other_garment_color"),
        D.pattern("floral"),
        title="Plus Size Tropical Print Tankini Top",
        category="Swimwear",
        color="Teal Tropical",
        gender="Women",
    ),
    # photo: leopard print long-sleeve bodycon midi dress, photo cropped just below the knee, studio.
    # adapter: none
    case(
        "X266-035",
        caption("a woman in a leopard print dress"),
        D.wearing("a leopard print dress and black boots", "unsupported"),
        D.color("brown"),
        D.pattern("animal print"),
        D.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes"),
        D.details("", "non_answer"),
        D.material("velvet", "unsupported"),
        title="Plus Size Leopard Long Sleeve Bodycon Dress",
        category="Dresses",
        color="Leopard",
        gender="Women",
    ),
    # photo: ivory short-sleeve nursing blouse with a lace yoke, blue jeans, studio.
    # caption: adapter
    case(
        "X266-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with lace fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blouse and jeans"),
        D.color("blue", "other_garment_color"),
        D.description("a white shirt with lace on the top"),
        D.material("lace"),
        is_a("blouse", "yes"),
        title="Lace Yoke Nursing Blouse",
        category="Nursing Tops",
        color="Ivory",
    ),
    # photo: grey marl leggings worn under a long white tunic that covers the hips, studio, full length.
    # adapter: none
    case(
        "X266-037",
        caption("a woman in a white shirt and grey leggings"),
        D.wearing("a white shirt and grey pants"),
        D.garment_type("top", "contradiction"),
        D.color("white", "other_garment_color"),
        D.details("", "non_answer"),
        is_a("pair of leggings", "yes"),
        title="Plus Size Essential Leggings",
        category="Leggings",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: pregnant model in a plain red ruched maternity one-piece swimsuit, side profile showing the bump, studio.
    # adapter: none
    case(
        "X266-038",
        caption("a pregnant woman in a red swimsuit"),
        D.wearing("a red bathing suit Question: is she pregnant? Answer: yes", "leak"),
        D.garment_type("swimsuit"),
        D.color("red"),
        D.description("a red swimsuit with a white stripe", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Maternity Ruched One Piece Swimsuit",
        category="Maternity Swimwear",
        color="Red",
        gender="Women",
    ),
    # photo: pregnant model in a heather grey short-sleeve t-shirt dress with side ruching, knee length, studio.
    # caption, details, material: adapter
    case(
        "X266-039",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray t-shirt dress"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("grey"),
        D.details(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        title="Maternity Ruched Side T-Shirt Dress",
        category="Maternity Dresses",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: royal blue cold-shoulder short-sleeve top, white jeans, studio, front view.
    # adapter: none
    case(
        "X266-040",
        caption("a woman in a blue top and blue jeans", "contradiction"),
        D.wearing("he is wearing a blue top and white pants", "pronoun"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.details("it has cut out shoulders and a lace trim", "unsupported"),
        is_a("blouse", "yes"),
        title="Plus Size Cold Shoulder Top",
        category="Tops",
        color="Royal Blue",
        gender="Women",
    ),
    # photo: black lace long-sleeve midi dress with a scalloped hem, model seated on a red velvet armchair.
    # details: adapter
    case(
        "X266-041",
        caption("a woman in a black lace dress sitting on a red chair"),
        D.wearing("a black dress"),
        D.color("red", "contradiction"),
        D.material("lace"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The dress is with lace fabric and pure color patterns. It has a round neckline. The dress is with lace "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Plus Size Lace Long Sleeve Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white straight jeans with a frayed hem, navy short-sleeve v-neck blouse tucked in, studio.
    # caption, details: adapter
    case(
        "X266-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The lady wears a short-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue jeans", "contradiction"),
        D.garment_type("jeans"),
        D.color("blue", "other_garment_color"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The lady wears a short-sleeve shirt with "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Plus Size White Straight Leg Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: pregnant model in black maternity leggings and a white crew-neck tee, studio, full length.
    # adapter: none
    case(
        "X266-043",
        caption("a man in a white shirt and black leggings", "pronoun"),
        D.wearing("a white shirt and black leggings"),
        D.garment_type("leggings"),
        D.color("black"),
        is_a("pair of leggings", "yes"),
        D.material("a pair of black leggings", "restated"),
        title="Maternity Seamless Leggings",
        category="Maternity Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: blue chambray sleeveless tiered maxi dress with a smocked bodice, on a beach, no hat or accessories.
    # adapter: none
    case(
        "X266-044",
        caption("a woman in a blue dress on the beach"),
        D.wearing("a blue dress with a straw hat", "unsupported"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.details("the details of the dress", "non_answer"),
        D.material("denim"),
        title="Plus Size Chambray Smocked Tiered Maxi Dress",
        category="Dresses",
        color="Chambray",
        gender="Women",
    ),
    # photo: black and white floral short-sleeve peplum top, black pants, studio, front view.
    # caption: adapter
    case(
        "X266-045",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white floral top and black pants"),
        D.garment_type("blouse"),
        D.pattern("floral"),
        D.color("white", "contradiction"),
        D.description("a black and white floral blouse with a peplum"),
        is_a("dress", "yes", "contradiction"),
        title="Plus Size Floral Peplum Top",
        category="Tops",
        color="Black Floral",
        gender="Women",
    ),
    # photo: navy floral short-sleeve romper with shorts, studio, full length.
    # adapter: none
    case(
        "X266-046",
        caption("a woman in a blue floral romper"),
        D.wearing("a blue floral dress", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("blue"),
        D.pattern("floral"),
        is_a("dress", "yes", "contradiction"),
        D.material("it is made of", "cut"),
        title="Plus Size Floral Short Sleeve Romper",
        category="Jumpsuits & Rompers",
        color="Navy Floral",
    ),
]
