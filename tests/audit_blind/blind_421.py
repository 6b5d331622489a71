"""BLIND_421 (46 products; women's maternity and plus-size tops, tunics, dresses, jeggings, leggings, cardigans):
written blind in the forty-sixth session. Measured blind at 0917e5c (the session's rules as they stood): 113/133
failures found (85.0%) and 7/167 correct texts flagged (4.2%). The writer's notes, verbatim:

Scenario: an online retailer's English catalog feed of maternity and plus-size womenswear: maternity and nursing
tops (wrap-over layers, zips, drop-down straps), tunics, maxi, wrap, skater and bodycon dresses, jeggings and
leggings with over-bump panels, cardigans and jumpsuits. Model shots (pregnant models, often a hand on the bump, and
plus-size models) on white, grey, beige or cream backdrops, a few with a coloured wall, a plant or a chair. The
product is often worn with other pieces that are not for sale (a tunic over the jeggings, a tee under the cardigan).
Each row has the seller's title, category, color and gender; one row misses the gender and one the category.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a pregnant
woman in a blue top and jeans") or, where the comment says so, from the caption-only LoRA adapter of the original
experiments (DeepFashion template: "The lady wears a long-sleeve dress with pure color patterns. The dress is with
cotton fabric ..."). The adapter has no end-of-answer token, so every adapter text runs to its limit (50 new tokens
for captions, 30 for answers), carries hit_limit=True and ends mid-sentence; asked any question it returns its
template. The open questions (wearing, description, details, material, and this set's neckline, nursing and
waistband questions) come from the base model unless the comment names the adapter; the base model stops on its own
and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, fit, the per-piece color
questions and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets:
never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, teal or light blue; green for olive, teal, sage
  or bottle green; red for burgundy or maroon; pink for blush, fuchsia or coral (coral also orange); purple for
  mauve, lavender or lilac; orange for rust; brown for camel; white for off white, cream or ivory; grey for
  charcoal or grey melange. Maroon as brown and a dark green velvet as black are contradiction.
- The color of the print (white dots on black, yellow flowers on navy, black letters on a white tee) given as the
  garment's color is contradiction; so is the color of the wall behind the model. The color of another piece the
  model wears (the tunic over the jeggings, the tee under the cardigan, the trousers under a top) given to the
  product, or the product's color given to another piece, is other_garment_color. One color given to two pieces
  where neither has it for the second piece ("a blue shirt and blue jeans" for grey jeans) is contradiction.
- Garment synonyms are correct: shirt or top for a tunic, top or blouse, sweater for a cardigan (the base model says
  sweater; the reference engine's "sweater" for a buttoned cardigan is kept as correct), overalls for dungarees
  (category Jumpsuit), jeans or pants for jeggings, t-shirt dress for a tee-shaped dress. A jumpsuit called a dress,
  a dungaree called "a T-shirt and long pants" by the adapter, a sweater dress answered "sweater" by the engine, a
  cardigan answered "coat", and the other worn piece's type answered for the product (dress, jacket) are
  contradiction. A striped tee's pattern answered for the plain dungarees, gingham answered "striped" and "no" to
  "Is this a pair of leggings?" for the leggings are contradiction.
- Materials: one the title names (cotton, linen, velvet, denim) is correct; "knit" for a knit is correct; a fabric
  neither named nor visible (silk on a jersey wrap top, leather on a crepe jumpsuit) is unsupported. "It is made of
  fabric" and an empty answer are non_answer; a material question answered with the garment's name or color, and a
  nursing question answered "it is a nursing top", are restated.
- Invented things not in the photo (a slit, a belt, a hood, red shoes or boots on a photo cut above the feet, a
  purse, a zip on a wrap-over nursing top, a bow, a pocket, a back pocket or back zip on a front view, a slogan the
  tee does not say) are unsupported. Things that are in the photo (earrings, boots, the wall, the plant, the chair)
  are correct.
- "The leggings are black" or "they are jeggings" for the details question, "the details of the garment" and
  "the jumpsuit" for details are non_answer.
- Base answers that stop mid-phrase ("the cardigan is made of", "a black floral top with") are cut, without
  hit_limit. A short base answer repeating its last phrase ("and a collar and a collar and a collar") is loop,
  without hit_limit.
- Adapter texts: a repeated template sentence is loop; otherwise the cut at the limit is the label, even where the
  template invents an accessory or says "pure color" for a print. Where the template misnames the garment itself (a
  jumpsuit as "a tank top and a long trousers") that is what the auditor sees first: contradiction, hit_limit kept.
  A template returned for the material or waistband question is restated (the question is not answered), though it
  is also cut. A template answering wearing, description or details does answer it: cut or loop.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" for a woman is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

fit = question("fit", "What is the fit of the garment?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
nursing = question("nursing", "How does the top open for nursing?", "open")
waistband = question("waistband", "What kind of waistband does it have?", "open")

BLIND_421 = [
    # photo: pregnant model in a navy blue round-neck short-sleeve maternity top with ruched sides, light blue jeans,
    # white backdrop, front view.
    # adapter: none
    case(
        "X421-001",
        caption("a pregnant woman in a blue top and jeans"),
        D.wearing("a blue shirt and jeans"),
        B.color("navy"),
        B.sleeve_length("short sleeves"),
        D.description("a navy blue maternity top with short sleeves"),
        D.details("ruched sides"),
        D.material("cotton"),
        title="Women Navy Blue Solid Cotton Maternity Top",
        category="Maternity Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: plus-size model in black jeggings with a long white tunic (not for sale) over them, grey backdrop,
    # front view, full length.
    # adapter: none
    case(
        "X421-002",
        caption("a woman in a white shirt and black leggings"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        color_of("jeggings", "black"),
        B.color("white", "other_garment_color"),
        waistband("elastic"),
        D.details("pockets on the back", "unsupported"),
        D.material("denim"),
        title="Plus Size Women Black Solid Mid-Rise Stretchable Denim Jeggings",
        category="Jeggings",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in a maroon wrap maternity dress, three-quarter sleeves, tie at the waist, knee length,
    # beige backdrop.
    # adapter: caption, material
    case(
        "X421-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The dress is of knee length. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        B.color("brown", "contradiction"),
        B.sleeve_length("three-quarter sleeves"),
        is_a("wrap dress", "yes"),
        D.details("a tie at the waist"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape",
            "restated",
            hit_limit=True,
        ),
        title="Women Maroon Solid Maternity Wrap Dress",
        category="Maternity Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: pregnant model in a grey and white horizontally striped nursing top with a crossover layered front,
    # black leggings, white backdrop, front view.
    # adapter: none
    case(
        "X421-004",
        caption("a pregnant woman wearing a striped shirt and black leggings"),
        D.wearing("he is wearing a striped shirt", "pronoun"),
        B.pattern("striped"),
        B.color("grey"),
        color_of("leggings", "grey", "other_garment_color"),
        nursing("it has a zipper on the side", "unsupported"),
        D.details("the top has a layered front"),
        title="Women Grey & White Striped Maternity Nursing Top",
        category="Nursing Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: plus-size model in an olive green sleeveless wide-leg jumpsuit with a drawstring waist, white sneakers,
    # light beige backdrop, full length.
    # adapter: caption, material
    case(
        "X421-005",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jumpsuit and white sneakers"),
        B.garment_type("jumpsuit"),
        B.color("green"),
        B.sleeve_length("sleeveless"),
        D.description("a green jumpsuit with a drawstring waist and", "cut"),
        D.material(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. The "
            "trousers are",
            "restated",
            hit_limit=True,
        ),
        title="Plus Size Women Olive Green Solid Cotton Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: pregnant model in black maternity leggings with an over-belly panel and a pink tank top (not for sale),
    # side view showing the bump, white backdrop.
    # adapter: none
    case(
        "X421-006",
        caption("a pregnant woman in a pink tank top and black leggings"),
        D.wearing("a pink shirt and pink leggings", "other_garment_color"),
        color_of("leggings", "black"),
        B.color("pink", "other_garment_color"),
        waistband("it has a high waistband that goes over the belly"),
        D.details("the leggings are black", "non_answer"),
        title="Women Black Solid Maternity Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: plus-size model in a white tunic with a blue floral print, long sleeves, blue jeggings, white
    # backdrop.
    # adapter: none
    case(
        "X421-007",
        caption("a woman in a floral print top and blue jeans"),
        D.wearing("a white floral shirt and jeans"),
        B.color("blue", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves"),
        D.details("the top has buttons on the sleeves", "unsupported"),
        D.material("cotton Question: what is the color of the garment? Answer: white", "leak"),
        title="Plus Size Women White & Blue Floral Print Cotton Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: pregnant model in a blush pink maternity maxi dress, short flutter sleeves, round neck, hand on the
    # bump, cream wall with a potted plant beside her.
    # adapter: none
    case(
        "X421-008",
        caption("a pregnant woman in a white dress standing next to a plant", "contradiction"),
        D.wearing("a pink dress"),
        B.garment_type("dress"),
        B.color("pink"),
        D.description("a long pink dress with short sleeves"),
        D.details("it has a slit on the side", "unsupported"),
        D.material("pink dress", "restated"),
        title="Women Pink Solid Maternity Maxi Dress",
        category="Maternity Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: plus-size model in a mustard yellow open-front cardigan, long sleeves, over a white tee and black
    # jeggings (not for sale), white backdrop.
    # adapter: caption, details
    case(
        "X421-009",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater, white shirt and black pants"),
        B.garment_type("cardigan"),
        B.color("white", "other_garment_color"),
        color_of("cardigan", "yellow"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The sweater is "
            "with knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("knit"),
        title="Plus Size Women Mustard Yellow Solid Open Front Cardigan",
        category="Cardigans",
        color="Mustard",
        gender="Women",
    ),
    # photo: pregnant model in a teal blue short-sleeve nursing top with two vertical zips on the front, grey
    # jeans, white backdrop.
    # adapter: details
    case(
        "X421-010",
        caption("a pregnant woman in a blue shirt with zippers"),
        D.wearing("a blue shirt and blue jeans", "contradiction"),
        B.color("green"),
        nursing("it has zippers on the front"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt has short "
            "sleeves. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material("a blue maternity top", "restated"),
        title="Women Teal Blue Solid Maternity Nursing Top with Zip Detail",
        category="Nursing Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: plus-size model in a black A-line dress with white polka dots, short sleeves, photo cut at the knees,
    # red lipstick, white backdrop.
    # adapter: none
    case(
        "X421-011",
        caption("a woman in a black and white polka dot dress"),
        D.wearing("a black polka dot dress and red shoes", "unsupported"),
        B.color("white", "contradiction"),
        B.pattern("polka dot"),
        B.sleeve_length("short sleeves"),
        D.description("a black and white polka dot dress with", "cut"),
        title="Plus Size Women Black Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in blue maternity jeggings with an over-bump panel, a white tee (not for sale), white
    # sneakers, white backdrop, full length front view.
    # adapter: waistband
    case(
        "X421-012",
        caption("a pregnant woman in a white shirt and blue jeans"),
        D.wearing("a white shirt and blue jeans Question: what is the color of the jeans? Answer: blue", "leak"),
        B.garment_type("pants"),
        color_of("jeggings", "blue"),
        waistband(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and",
            "restated",
            hit_limit=True,
        ),
        D.details("the jeans have a white stripe on the side", "unsupported"),
        D.material("denim"),
        title="Women Blue Denim Maternity Jeggings with Belly Panel",
        category="Maternity Jeggings",
        color="Blue",
        gender="Women",
    ),
    # photo: plus-size model in a burgundy long-sleeve jersey wrap top, black trousers (not for sale), grey
    # backdrop.
    # adapter: details
    case(
        "X421-013",
        caption("a woman in a red top and black pants"),
        D.wearing("she is wearing a red top and black pants"),
        B.color("black", "other_garment_color"),
        neckline("v-neck"),
        D.description("a red wrap top with long sleeves and a v-neck"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a v-shape neckline. The shirt has long "
            "sleeves. The",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Plus Size Women Burgundy Solid Wrap Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: pregnant model in a white schiffli-embroidered cotton tunic, short sleeves, light blue jeggings,
    # white backdrop.
    # adapter: caption
    case(
        "X421-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns. It has",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "contradiction"),
        B.color("white"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("lace"),
        D.material("cotton"),
        title="Women White Schiffli Embroidered Cotton Maternity Tunic",
        category="Maternity Tops",
        color="White",
        gender="Women",
    ),
    # photo: plus-size model in a charcoal grey longline waterfall cardigan over a black tank and black leggings,
    # white backdrop.
    # adapter: none
    case(
        "X421-015",
        caption("a woman in a grey cardigan and black leggings"),
        D.wearing("a grey shirt and grey leggings", "contradiction"),
        B.garment_type("cardigan"),
        B.color("black", "other_garment_color"),
        color_of("cardigan", "grey"),
        D.details("it has a hood", "unsupported"),
        D.material("the cardigan is made of", "cut"),
        title="Plus Size Women Charcoal Grey Longline Waterfall Cardigan",
        category="Cardigans",
        color="Charcoal",
        gender="Women",
    ),
    # photo: pregnant model in a royal blue sleeveless bodycon maternity dress, hand on the bump, white backdrop.
    # adapter: none
    case(
        "X421-016",
        caption("a pregnant woman in a blue dress posing for a photo"),
        D.wearing("a blue dress"),
        fit("bodycon"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description("a blue dress with a belt", "unsupported"),
        D.details("the dress is blue", "non_answer"),
        title="Women Blue Solid Bodycon Maternity Dress",
        category="Maternity Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: plus-size model in a black and white horizontally striped long-sleeve top, black jeggings (not for
    # sale), white backdrop.
    # adapter: details
    case(
        "X421-017",
        caption("a woman in a black and white striped shirt and black pants"),
        D.wearing("a black and white striped shirt and black and white striped pants", "contradiction"),
        B.pattern("striped"),
        B.color("black"),
        color_of("jeggings", "white", "other_garment_color"),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a round neckline. The shirt is with cotton "
            "fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Plus Size Women Black & White Striped Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in a coral nursing top with a wrap-over layer, blue jeans, hand on the bump, white
    # backdrop.
    # adapter: none
    case(
        "X421-018",
        caption("a pregnant woman in an orange shirt and jeans"),
        D.wearing("he is wearing an orange shirt and blue jeans", "pronoun"),
        B.color("pink"),
        color_of("jeans", "orange", "other_garment_color"),
        nursing("it opens at the front"),
        D.details("Question: what are the details of the garment? Answer: the top has a", "leak"),
        title="Women Coral Solid Maternity Nursing Top",
        category="Nursing Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: plus-size model in a navy blue jumpsuit with white polka dots, short sleeves, self-tie fabric belt,
    # white backdrop.
    # adapter: none
    case(
        "X421-019",
        caption("a woman in a blue and white polka dot jumpsuit"),
        D.wearing("a blue polka dot dress", "contradiction"),
        B.garment_type("dress", "contradiction"),
        B.color("blue"),
        B.pattern("polka dot"),
        D.details("a belt at the waist"),
        D.material("a blue jumpsuit", "restated"),
        title="Plus Size Women Navy Blue Polka Dot Printed Jumpsuit with Belt",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pregnant model in a blush pink ribbed nursing tank with clip-down straps, grey lounge pants (not for
    # sale), white backdrop.
    # adapter: caption, material
    case(
        "X421-020",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        nursing("the straps clip down"),
        D.material(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        title="Women Pink Ribbed Nursing Tank Top",
        category="Nursing Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: plus-size model in a bottle green velvet wrap midi dress, long sleeves, photo cut at mid-calf, beige
    # wall.
    # adapter: none
    case(
        "X421-021",
        caption("a woman in a green dress standing in front of a beige wall"),
        D.wearing("a green dress and black boots", "unsupported"),
        B.color("black", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("the dress has a wrap front and a tie and a zipper on the back", "unsupported"),
        D.material("velvet"),
        title="Plus Size Women Green Velvet Wrap Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: pregnant model in a black short-sleeve maternity skater dress with a white peter pan collar, white
    # backdrop.
    # adapter: none
    case(
        "X421-022",
        caption("a pregnant woman in a black dress with a white collar"),
        D.wearing("a black dress with a white collar"),
        B.color("white", "contradiction"),
        neckline("a white collar"),
        D.description("a black dress with a white collar and a bow", "unsupported"),
        D.material("black dress", "restated"),
        title="Women Black Solid Maternity Skater Dress with Contrast Collar",
        category="Maternity Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: plus-size model in light blue skinny jeggings, a navy tee (not for sale), white backdrop, full length.
    # adapter: none
    case(
        "X421-023",
        caption("a woman in a blue shirt and jeans"),
        D.wearing("he is wearing a blue shirt and jeans", "pronoun"),
        color_of("jeggings", "blue"),
        B.color("navy", "other_garment_color"),
        fit("skinny"),
        D.details("they are jeggings", "non_answer"),
        title="Plus Size Women Light Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Light Blue",
        gender="Women",
    ),
    # photo: pregnant model in a navy blue maternity maxi dress with a yellow floral print, sleeveless, v-neck,
    # white backdrop.
    # adapter: caption, material
    case(
        "X421-024",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow floral dress"),
        B.color("yellow", "contradiction"),
        B.pattern("floral"),
        is_a("maxi dress", "yes"),
        D.details("the dress has a floral print and a v neck"),
        D.material(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline",
            "restated",
            hit_limit=True,
        ),
        title="Women Navy Blue Floral Print Maternity Maxi Dress",
        category="Maternity Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: plus-size model in a white linen shirt-style tunic, buttons down the front, roll-up sleeves shown
    # rolled, beige trousers (not for sale), white wall behind her.
    # adapter: none
    case(
        "X421-025",
        caption("a woman in a white shirt and beige pants standing against a white wall"),
        D.wearing("a white shirt and khaki pants"),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        D.details("buttons down the front and rolled up sleeves"),
        D.material("linen"),
        title="Plus Size Women White Solid Linen Tunic with Roll-Up Sleeves",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: pregnant model in an unbuttoned grey melange maternity cardigan over a black jersey dress (not for
    # sale), white backdrop.
    # adapter: none
    case(
        "X421-026",
        caption("a pregnant woman in a black dress and grey cardigan"),
        D.wearing("she is wearing a grey sweater over a black dress"),
        B.garment_type("dress", "contradiction"),
        B.color("black", "other_garment_color"),
        color_of("cardigan", "grey"),
        D.details("buttons and a pocket", "unsupported"),
        D.material("cotton"),
        title="Women Grey Melange Cotton Maternity Cardigan",
        category="Maternity Cardigans",
        color="Grey",
        gender="Women",
    ),
    # photo: plus-size model in a fuchsia short-sleeve peplum top with a flared hem, black trousers (not for sale),
    # white backdrop.
    # adapter: caption
    case(
        "X421-027",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. The shirt",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and black pants. Question: what is the color of the shirt? Answer: pink", "leak"),
        B.color("pink"),
        D.description("a pink shirt with ruffles"),
        D.details("ruffles on the bottom"),
        D.material("the top is pink", "restated"),
        title="Plus Size Women Fuchsia Solid Peplum Top",
        category="Tops",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: pregnant model in blue denim maternity dungarees over a white tee with navy stripes (not for sale),
    # white backdrop, full length.
    # adapter: details
    case(
        "X421-028",
        caption("a pregnant woman in overalls and a striped shirt"),
        D.wearing("he is wearing overalls and a striped shirt", "pronoun"),
        B.garment_type("jumpsuit"),
        B.color("blue"),
        B.pattern("striped", "contradiction"),
        D.details(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric. The pants",
            "contradiction",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Women Blue Denim Maternity Dungarees",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: plus-size model in plain black ankle-length leggings under a long red tunic (not for sale), side view,
    # white backdrop.
    # adapter: none
    case(
        "X421-029",
        caption("a woman in a red top and black leggings"),
        D.wearing("a red shirt and black leggings"),
        is_a("pair of leggings", "no", "contradiction"),
        color_of("leggings", "red", "other_garment_color"),
        D.description("black leggings with a red shirt"),
        D.details("they have a pocket on the side", "unsupported"),
        D.material("cotton"),
        title="Plus Size Women Black Solid Cotton Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in an off white ribbed turtleneck maternity sweater dress, long sleeves, brown ankle
    # boots, grey backdrop, full length.
    # adapter: caption, details
    case(
        "X421-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a turtle neckline. The lady wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sweater dress and brown boots"),
        B.garment_type("sweater", "contradiction"),
        B.color("white"),
        neckline("turtleneck"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a turtle neckline. The sweater is "
            "of long",
            "cut",
            hit_limit=True,
        ),
        D.material("knit"),
        title="Women Off White Ribbed Maternity Sweater Dress",
        category="Maternity Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: plus-size model in a sky blue off-shoulder bardot top with a ruffle, three-quarter sleeves, white jeans
    # (not for sale), white backdrop.
    # adapter: none
    case(
        "X421-031",
        caption("a woman in a blue off the shoulder top and white jeans"),
        D.wearing("he is wearing a blue shirt and white pants", "pronoun"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("three-quarter sleeves"),
        neckline("off the shoulder"),
        D.details("a ruffle and a bow on the shoulder", "unsupported"),
        title="Plus Size Women Blue Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: pregnant model in a beige leopard print maternity nursing dress (brown and black spots), short
    # sleeves, v-neck wrap overlay for nursing, white backdrop.
    # adapter: none
    case(
        "X421-032",
        caption("a pregnant woman in a leopard print dress"),
        D.wearing("a leopard print dress"),
        B.color("black", "contradiction"),
        B.pattern("animal"),
        nursing("a zipper", "unsupported"),
        D.description("a leopard print dress with short sleeves and a v neck"),
        D.material("the dress is made of cotton and", "cut"),
        title="Women Beige Animal Print Maternity Nursing Dress",
        category="Nursing Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: plus-size model in a mauve long-sleeve tunic with a keyhole neck, black leggings (not for sale), white
    # backdrop.
    # adapter: caption
    case(
        "X421-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and purple leggings", "contradiction"),
        B.garment_type("top"),
        B.color("purple"),
        neckline("a keyhole"),
        D.details("the details of the garment", "non_answer"),
        title="Plus Size Women Mauve Solid Keyhole Neck Tunic",
        category="Tunics",
        color="Mauve",
        gender="Women",
    ),
    # photo: pregnant model in charcoal grey maternity jeggings with a stretch belly panel, a light pink sweater
    # lifted to show the panel (not for sale), white backdrop.
    # adapter: none
    case(
        "X421-034",
        caption("a pregnant woman in a pink sweater and grey pants"),
        D.wearing("a pink sweater and grey jeans"),
        color_of("jeggings", "pink", "other_garment_color"),
        waistband(
            "it has a stretchy panel over the belly Question: what is the color of the pants? Answer: grey", "leak"
        ),
        D.details("the pants have a drawstring", "unsupported"),
        D.material("denim"),
        title="Women Charcoal Grey Denim Maternity Jeggings",
        category="Maternity Jeggings",
        color="Charcoal",
        gender="Women",
    ),
    # photo: plus-size model in a sleeveless maxi dress with an orange, navy and white geometric print, white
    # backdrop.
    # adapter: details, material
    case(
        "X421-035",
        caption("a woman in a colorful dress posing for a photo"),
        D.wearing("he is wearing a colorful maxi dress", "pronoun"),
        B.color("multicolor"),
        B.pattern("geometric"),
        B.sleeve_length("sleeveless"),
        D.details(
            "The dress is with chiffon fabric and graphic patterns. It has a v-shape neckline. The dress is of long "
            "length. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline",
            "restated",
            hit_limit=True,
        ),
        title="Plus Size Women Multicoloured Geometric Printed Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: pregnant model in a white maternity tee printed "BUMP AHEAD" in black letters, blue jeans (not for
    # sale), white backdrop.
    # adapter: none
    case(
        "X421-036",
        caption("a pregnant woman wearing a white t-shirt that says bump ahead"),
        D.wearing("a white t-shirt and blue jeans"),
        B.color("black", "contradiction"),
        B.pattern("graphic"),
        D.description(
            "a white t-shirt with black letters Question: what does the t-shirt say? Answer: bump ahead", "leak"
        ),
        D.details("the shirt says baby on board", "unsupported"),
        D.material("cotton"),
        title="Women White Typography Printed Cotton Maternity T-shirt",
        category="Maternity Tops",
        color="White",
        gender="Women",
    ),
    # photo: plus-size model in a camel brown longline cardigan with patch pockets over a black top and blue jeans
    # (not for sale), white backdrop.
    # adapter: caption
    case(
        "X421-037",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "It has a v-shape neckline. The lady wears a long-sleeve cardigan with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown sweater, black shirt and jeans"),
        B.garment_type("coat", "contradiction"),
        B.color("brown"),
        color_of("cardigan", "black", "other_garment_color"),
        D.details("pockets"),
        title="Plus Size Women Camel Brown Longline Cardigan with Pockets",
        category="Cardigans",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: pregnant model in a red and white gingham maternity shirt dress, short sleeves, button front, collar,
    # photo cut at the knees, white backdrop.
    # adapter: none
    case(
        "X421-038",
        caption("a pregnant woman in a red and white checkered dress"),
        D.wearing("a red plaid dress and white sneakers", "unsupported"),
        B.color("red"),
        B.pattern("striped", "contradiction"),
        D.description("a red and white plaid dress with short sleeves"),
        D.details("buttons down the front and a collar and a collar and a collar", "loop"),
        title="Women Red Checked Maternity Shirt Dress",
        category="Maternity Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: plus-size model in a black crepe halter-neck wide-leg jumpsuit, sleeveless, gold hoop earrings, white
    # backdrop.
    # adapter: none
    case(
        "X421-039",
        caption("a woman in a black jumpsuit with gold earrings"),
        D.wearing("a black dress", "contradiction"),
        B.garment_type("jumpsuit"),
        B.sleeve_length("sleeveless"),
        neckline("halter"),
        D.details("the jumpsuit", "non_answer"),
        D.material("leather", "unsupported"),
        title="Plus Size Women Black Solid Crepe Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in a lavender long-sleeve maternity tunic with a smocked yoke, white leggings (not for
    # sale), white backdrop.
    # adapter: caption, material
    case(
        "X421-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric. It has a round neckline. The shirt is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple top and white leggings"),
        B.color("purple"),
        color_of("leggings", "purple", "other_garment_color"),
        D.details("smocking on the chest"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric",
            "restated",
            hit_limit=True,
        ),
        title="Women Lavender Smocked Maternity Tunic",
        category="Maternity Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: plus-size model in olive green jeggings with side pockets, a white tee and a blue denim jacket (not for
    # sale), white backdrop, full length.
    # adapter: none
    case(
        "X421-041",
        caption("a woman in a denim jacket and green pants"),
        D.wearing("a jean jacket, white shirt and green pants"),
        B.garment_type("jacket", "contradiction"),
        color_of("jeggings", "blue", "other_garment_color"),
        D.details("pockets on the side Question: what is the color of the pants? Answer: green", "leak"),
        D.material("cotton"),
        title="Plus Size Women Olive Green Cotton Jeggings",
        category="Jeggings",
        color="Olive",
        gender="Women",
    ),
    # photo: pregnant model in a black maternity wrap top with a white floral print, three-quarter sleeves, black
    # leggings (not for sale), white backdrop.
    # adapter: none
    case(
        "X421-042",
        caption("a pregnant woman in a black and white floral top"),
        D.wearing("a black and white flowered shirt and black pants"),
        B.color("white", "contradiction"),
        B.pattern("floral"),
        D.description("a black floral top with", "cut"),
        nursing("it is a nursing top", "restated"),
        title="Women Black Floral Print Maternity Wrap Top",
        category="Maternity Tops",
        color="Black",
        gender="Women",
    ),
    # photo: plus-size model in a rust orange button-up knit cardigan, no pockets, beige trousers (not for sale),
    # sitting on a wooden chair, white backdrop.
    # adapter: none
    case(
        "X421-043",
        caption("a woman in an orange sweater sitting on a wooden chair"),
        D.wearing("an orange sweater and beige pants and a brown purse", "unsupported"),
        B.garment_type("sweater"),
        B.color("orange"),
        color_of("pants", "orange", "other_garment_color"),
        D.description("an orange cardigan with buttons down the front and two pockets", "unsupported"),
        D.details("buttons on the front"),
        title="Plus Size Women Rust Orange Button-Up Cardigan",
        category="Cardigans",
        color="Rust",
        gender="Women",
    ),
    # photo: pregnant model in a white maternity camisole with lace trim, denim shorts (not for sale), white
    # backdrop. The feed row has no gender.
    # adapter: none
    case(
        "X421-044",
        caption("a pregnant woman in a white tank top and denim shorts"),
        D.wearing("a white tank top and jean shorts"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        D.details("lace on the top"),
        D.description("a white tank top with lace trim and a pink bow", "unsupported"),
        D.material("", "non_answer"),
        title="Women White Lace Trim Maternity Camisole",
        category="Maternity Tops",
        color="White",
    ),
    # photo: plus-size model in a teal short-sleeve knee-length t-shirt dress, white sneakers, light grey backdrop,
    # full length. The feed row has no category.
    # adapter: caption
    case(
        "X421-045",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of knee length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress and white shoes"),
        B.garment_type("dress"),
        B.color("blue"),
        D.description("a blue t-shirt dress with short sleeves"),
        D.details("the dress has a pocket on the chest", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Plus Size Women Teal Solid T-shirt Dress",
        color="Teal",
        gender="Women",
    ),
    # photo: pregnant model in a sage green sleeveless maternity jumpsuit with a v-neck, standing in front of a
    # pink wall, full length.
    # adapter: none
    case(
        "X421-046",
        caption("a pregnant woman in a green jumpsuit standing in front of a pink wall"),
        D.wearing("she is wearing a green jumpsuit"),
        B.garment_type("jumpsuit"),
        B.color("pink", "contradiction"),
        B.sleeve_length("sleeveless"),
        D.description("a green jumpsuit with a v neck and", "cut"),
        D.details("Question: what are the details of the garment? Answer: it has a v-neck and pockets", "leak"),
        title="Women Sage Green Solid Maternity Jumpsuit",
        category="Maternity Jumpsuits",
        color="Sage Green",
        gender="Women",
    ),
]
