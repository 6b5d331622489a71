"""BLIND_389 (46 products; DeepFashion In-shop style women's and men's clothes on white backdrops): written blind in the
forty-fifth session. Measured blind at 087b5dd (the session's rules as they stood): 122/137 failures found (89.1%)
and 7/172 correct texts flagged (4.1%). The writer's notes, verbatim:

Scenario: a DeepFashion In-shop style catalog feed of women's and men's clothes photographed on white studio
backdrops (a few with a light wall or a chair as a prop; front views, one back view): tees and tanks, graphic tees,
blouses and shirts, polos, sweaters, cardigans, hoodies, jackets, coats and vests, dresses, rompers and jumpsuits,
skirts, shorts, pants, jeans and leggings. The models wear each product in an outfit (a tee tucked into jeans, a
jacket open over a tee), so most photos show two or three garments. The feed has the seller's title, an In-shop
category (Tees_Tanks, Blouses_Shirts, Denim ...), a free-form vendor color (Navy, Oatmeal, Heather grey, Light wash,
Black-white ...) and the gender; three rows miss a column (a color, a category, a gender), as real feeds do.

Who wrote what: every caption comes from the experiments' caption adapter (DeepFashion-MultiModal template: "The
lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."). It was trained
with no end token, so every caption runs to the 50-token limit (hit_limit=True): it is cut mid-sentence or loops
back to its first sentence (short one-garment templates, i.e. dresses, loop). Its patterns are the template's
(pure color, striped, floral, lattice, graphic, color block), never hue names. The open questions (wearing,
description, details, material and the set's own neckline and fit questions) come from the untuned base model:
short, lowercase, stopping on its own, never hit_limit. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece "What is the color of the ...?" and "Is this a ...?") are enrich's `--engine reference`
answers chosen from candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Every adapter caption is a failure, since it hits the limit: loop where it repeats a sentence, cut otherwise.
  Where the template misnames the garment (a romper as a dress, a jumpsuit as a tank top and trousers) or gives the
  wrong pattern ("pure color" for a striped or a dotted shirt), the contradiction is what the auditor sees first:
  contradiction, hit_limit kept. An accessory or ring the template invents before it is cut stays cut. A template
  that describes only the inner garment (the tee under a bomber) is cut, not contradiction.
- Shade words are correct: red for burgundy, blue for navy, indigo or light blue, green for olive or mint-green,
  pink for coral or blush, yellow for mustard, beige for oatmeal or khaki, brown for tan, grey for heather grey or
  charcoal, white for ivory or cream. Navy answered "black", heather grey answered "white", mint answered "blue" and
  mustard answered "orange" are contradiction.
- One color of a two-color vendor color ("blue" for Navy-white, "red" for Red-black) is correct. The color of the
  print or the trim (pink roses on a black dress, navy tipping on a white polo, black lettering on a white tee,
  green palms on blue shorts, blue flowers on a cream blouse) given as the garment's color is contradiction. The
  color of another garment in the photo (the tucked-in tee, the jeans, the pants under a sweater) given for the
  product is other_garment_color. One color given to two garments of different colors is contradiction.
- Garment synonyms are correct: sweater for a cardigan, jacket for a blazer, coat for a trench coat, lace for
  eyelet, plaid for buffalo check and for houndstooth (the nearest candidate), floral for a palm-leaf print. A
  puffer vest answered "jacket" is contradiction (the category is a vest and the photo shows no sleeves); a v-neck
  tee answered "yes" to "Is this a polo shirt?" is contradiction; a romper or jumpsuit called a dress too.
- Materials: one the title names (linen, merino as wool, nylon, flannel, fleece, velvet, faux leather as leather,
  poplin as cotton, denim) is correct; a plausible guess on a plain cotton-look knit or woven (cotton, knit, spandex
  for leggings, chiffon for a sheer blouse) is correct; a material that the title contradicts (cotton for linen or
  merino, leather for a nylon bomber) or that nothing suggests (silk on jersey, on a crepe jumpsuit or on a
  cotton-look shirt, wool for a houndstooth skirt whose title names none) is unsupported.
- Invented items not in the photo (a belt, a tie, a hat, a fur collar, a chain, a pocket square, a second jacket, a
  scarf, a zipper on a pullover hoodie, a back zipper or a back button on a front view, a front tie on a back view,
  a side zipper on jeans, diamonds on a printed skull, another word on a lettered tee) are unsupported.
- Base answers: an answer stopped short ("it is made of", "the shorts are", "buttons and") is cut without hit_limit;
  an empty answer, "fabric", "pants", "they are shorts", "the jacket is a jacket" and "the details of the sweater"
  are non_answer; a material question, or the fit question, answered with the garment's name and color or the
  question's own words ("the fit of the pants") is restated; a run-on into "Question: ... Answer: ..." is leak even
  where its first words are right; a phrase repeated three times is a loop even though the base stopped on its own;
  "she" for a man and "he" for a woman are pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

neckline = question("neckline", "What is the neckline of the shirt?", "open")
fit = question("fit", "What is the fit of the pants?", "open")

BLIND_389 = [
    # photo: woman in a white round-neck short-sleeve tee tucked into light blue jeans, white backdrop, front view.
    # caption: adapter
    case(
        "X389-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.description("a white t-shirt and blue jeans with a brown belt", "unsupported"),
        D.material("cotton"),
        title="Classic Crew Neck Tee",
        category="Tees_Tanks",
        color="White",
        gender="Women",
    ),
    # photo: woman in a sheer coral sleeveless blouse with a keyhole neckline, black skinny pants, white backdrop,
    # front view (the keyhole's button sits at the back and does not show).
    # caption: adapter
    case(
        "X389-002",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and black pants"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("a button at the back of the neck", "unsupported"),
        D.material("chiffon"),
        title="Sheer Keyhole Shell Blouse",
        category="Blouses_Shirts",
        color="Coral",
        gender="Women",
    ),
    # photo: man in a light blue long-sleeve oxford button-down shirt, khaki chinos, white backdrop, front view.
    # caption: adapter
    case(
        "X389-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki pants"),
        D.garment_type("shirt"),
        D.color("blue"),
        D.details("buttons down the front and a collar"),
        D.description("he is wearing a blue shirt"),
        color_of("pants", "blue", "other_garment_color"),
        title="Oxford Button-Down Shirt",
        category="Shirts_Polos",
        color="Light blue",
        gender="Men",
    ),
    # photo: woman in a navy-and-white horizontally striped jersey t-shirt dress, short sleeves, knee length, white
    # backdrop, front view.
    # caption: adapter
    case(
        "X389-004",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with striped patterns. The dress is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt", "contradiction"),
        D.pattern("striped"),
        D.color("blue"),
        D.details("the dress has stripes"),
        D.material("silk", "unsupported"),
        title="Striped Jersey T-Shirt Dress",
        category="Dresses",
        color="Navy-white",
        gender="Women",
    ),
    # photo: man in a black short-sleeve tee with a large white skull print, grey jersey shorts, white backdrop,
    # front view.
    # caption: adapter
    case(
        "X389-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with a skull on it"),
        D.color("black"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a white skull"),
        D.details("the skull is made of diamonds", "unsupported"),
        color_of("shorts", "black", "other_garment_color"),
        title="Skull Graphic Tee",
        category="Graphic_Tees",
        color="Black-white",
        gender="Men",
    ),
    # photo: woman in an oatmeal (light beige) chunky cable-knit crew-neck pullover, long sleeves, black leggings,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X389-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a sweater and black leggings"),
        D.color("beige"),
        D.pattern("solid"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("knit"),
        D.details("the details of the sweater", "non_answer"),
        D.description("a beige sweater with a cable knit pattern"),
        title="Cable Knit Pullover",
        category="Sweaters",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: man in an olive nylon bomber jacket worn open over a white crew tee, black jeans, white backdrop,
    # front view.
    # caption: adapter (describes the tee underneath)
    case(
        "X389-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a white shirt"),
        D.garment_type("jacket"),
        D.color("green"),
        D.material("leather", "unsupported"),
        D.details("a zipper and pockets"),
        D.description("a green jacket with a white shirt and a black tie", "unsupported"),
        title="Nylon Bomber Jacket",
        category="Jackets_Vests",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a red knife-pleated midi skirt with a black tank tucked in, white backdrop, front view.
    # caption: adapter
    case(
        "X389-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and a red skirt"),
        D.color("black", "other_garment_color"),
        is_a("skirt", "yes"),
        D.pattern("striped", "contradiction"),
        D.details("pleats"),
        title="Pleated Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: man in khaki flat-front chino shorts and a navy short-sleeve polo, white backdrop, front view cropped at
    # the knees.
    # caption: adapter
    case(
        "X389-009",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki shorts"),
        D.color("beige"),
        color_of("shorts", "blue", "other_garment_color"),
        D.details("they are shorts", "non_answer"),
        D.material("khaki shorts", "restated"),
        title="Flat Front Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in dark-wash mid-rise skinny jeans with a white long-sleeve v-neck blouse tucked in, white
    # backdrop, front view.
    # caption: adapter
    case(
        "X389-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description("the jeans are dark blue and skinny"),
        D.details("the jeans have a zipper on the side", "unsupported"),
        D.material("denim"),
        title="Mid-Rise Skinny Jeans",
        category="Denim",
        color="Dark wash",
        gender="Women",
    ),
    # photo: woman in a black long-sleeve wrap dress printed with pink roses, tie at the waist, white backdrop,
    # front view.
    # caption: adapter
    case(
        "X389-011",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a black floral dress Question: what is the pattern of the dress? Answer: floral",
            "leak",
        ),
        D.pattern("floral"),
        D.color("pink", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("a tie at the waist"),
        title="Floral Wrap Dress",
        category="Dresses",
        color="Black-pink",
        gender="Women",
    ),
    # photo: man in a heather grey merino crew-neck sweater and dark jeans, white backdrop, front view.
    # caption: adapter
    case(
        "X389-012",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and jeans"),
        D.color("grey"),
        D.material("cotton", "unsupported"),
        D.description("she is wearing a grey sweater", "pronoun"),
        D.details("ribbed cuffs and hem"),
        title="Crew Neck Merino Sweater",
        category="Sweaters",
        color="Heather grey",
        gender="Men",
    ),
    # photo: woman in light-wash denim cutoff shorts with frayed hems and a white tank top, white backdrop, front view,
    # no jewellery.
    # caption: adapter
    case(
        "X389-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a shorts. The shorts are with denim fabric and pure color patterns. "
            "There is a ring",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and denim shorts"),
        D.garment_type("shorts"),
        color_of("shorts", "blue"),
        D.details("frayed hem"),
        D.material("denim"),
        D.description("a white tank top and a pair of denim shorts with a belt", "unsupported"),
        title="Frayed Denim Cutoff Shorts",
        category="Shorts",
        color="Light wash",
        gender="Women",
    ),
    # photo: man in black slim chino pants, a white crew tee and white sneakers, full body, white backdrop, front
    # view.
    # caption: adapter
    case(
        "X389-014",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black pants"),
        D.color("white", "other_garment_color"),
        color_of("pants", "black"),
        D.details("pants", "non_answer"),
        D.material("cotton"),
        fit("the fit of the pants", "restated"),
        title="Slim Fit Chino Pants",
        category="Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black faux-leather moto jacket worn open over a grey tee, black jeans, white backdrop, front
    # view.
    # caption: adapter
    case(
        "X389-015",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket"),
        D.garment_type("jacket"),
        D.color("black"),
        D.material("leather"),
        D.details("zippers"),
        D.description(
            "a black leather jacket Question: what is the color of the jacket? Answer: black",
            "leak",
        ),
        title="Faux Leather Moto Jacket",
        category="Jackets_Coats",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a mint green sleeveless v-neck romper with a tie waist, white backdrop, front view.
    # caption: adapter (calls the romper a dress)
    case(
        "X389-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green romper"),
        D.garment_type("dress", "contradiction"),
        D.color("blue", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("a tie at the waist"),
        title="Tie-Waist Romper",
        category="Rompers_Jumpsuits",
        color="Mint",
        gender="Women",
    ),
    # photo: man in a red fleece pullover hoodie with a kangaroo pocket, black joggers, white backdrop, front view.
    # caption: adapter
    case(
        "X389-017",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red hoodie and black pants"),
        D.color("red"),
        D.garment_type("hoodie"),
        D.details("a hood and a pocket and a zipper", "unsupported"),
        D.material("fleece"),
        color_of("pants", "red", "other_garment_color"),
        title="Fleece Pullover Hoodie",
        category="Sweatshirts_Hoodies",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a blue-and-white vertically striped poplin button-down shirt, sleeves rolled to the elbow,
    # white jeans, white backdrop, front view.
    # caption: adapter ("pure color" for the stripes)
    case(
        "X389-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and white jeans"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.details(
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons",
            "loop",
        ),
        D.material("cotton"),
        D.color("white"),
        title="Striped Poplin Shirt",
        category="Blouses_Shirts",
        color="Blue-white",
        gender="Women",
    ),
    # photo: man in medium-wash straight-leg jeans and a black crew sweatshirt, white backdrop, front view. The feed
    # row has no color.
    # caption: adapter
    case(
        "X389-019",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sweatshirt and blue jeans"),
        color_of("jeans", "blue"),
        D.color("black", "other_garment_color"),
        D.description("blue jeans with a straight leg"),
        D.details("they are jeans", "non_answer"),
        D.material("it is made of", "cut"),
        title="Straight Leg Jeans",
        category="Denim",
        gender="Men",
    ),
    # photo: woman in a burgundy velvet slip dress with spaghetti straps, midi length, standing by a wooden chair in
    # front of a white wall, front view.
    # caption: adapter
    case(
        "X389-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with other",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red dress", "pronoun"),
        D.color("red"),
        D.material("velvet"),
        D.description("a red velvet dress next to a wooden chair"),
        D.details("spaghetti straps"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Velvet Slip Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a white pique polo with navy tipping on the collar and cuffs, khaki shorts, white backdrop, front
    # view.
    # caption: adapter
    case(
        "X389-021",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white shorts", "contradiction"),
        D.garment_type("polo shirt"),
        D.color("blue", "contradiction"),
        D.details("a collar with blue stripes"),
        D.material("cotton"),
        title="Tipped Pique Polo",
        category="Shirts_Polos",
        color="White",
        gender="Men",
    ),
    # photo: woman in a mustard button-front v-neck cardigan, buttoned, over a white tee, blue jeans, white backdrop,
    # front view.
    # caption: adapter
    case(
        "X389-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow cardigan and jeans"),
        D.color("orange", "contradiction"),
        D.garment_type("sweater"),
        D.details("buttons down the front"),
        D.description("he is wearing a yellow sweater", "pronoun"),
        D.material("the cardigan is yellow", "restated"),
        title="Button-Front Cardigan",
        category="Cardigans",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a navy quilted puffer vest over a grey long-sleeve henley, dark jeans, white backdrop, front view.
    # caption: adapter (describes the henley underneath)
    case(
        "X389-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue vest and a grey shirt"),
        D.garment_type("jacket", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("quilted"),
        title="Quilted Puffer Vest",
        category="Jackets_Vests",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in white wide-leg linen pants and a black sleeveless bodysuit, plain waistband, white backdrop,
    # front view.
    # caption: adapter
    case(
        "X389-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and white pants"),
        color_of("pants", "white"),
        color_of("top", "black"),
        D.material("cotton", "unsupported"),
        D.description("white pants with a wide leg"),
        D.details("a drawstring waist", "unsupported"),
        title="Wide-Leg Linen Pants",
        category="Pants",
        color="White",
        gender="Women",
    ),
    # photo: woman in a heather grey racerback tank and black running shorts, white backdrop, front view.
    # caption: adapter
    case(
        "X389-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey tank top and black shorts"),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        D.color("white", "contradiction"),
        D.description("a grey tank top with black shorts"),
        D.details("", "non_answer"),
        title="Racerback Tank",
        category="Tees_Tanks",
        color="Heather grey",
        gender="Women",
    ),
    # photo: man in a navy v-neck short-sleeve cotton tee and light jeans, white backdrop, front view.
    # caption: adapter
    case(
        "X389-026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a v-shape neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and jeans"),
        D.color("black", "contradiction"),
        neckline("v-neck"),
        D.description("a navy blue t-shirt"),
        D.material("cotton"),
        is_a("polo shirt", "yes", "contradiction"),
        title="V-Neck Cotton Tee",
        category="Tees_Tanks",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a black-and-white houndstooth mini skirt with a white long-sleeve blouse, white backdrop,
    # front view.
    # caption: adapter (lattice for the houndstooth)
    case(
        "X389-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black and white skirt"),
        D.pattern("plaid"),
        color_of("skirt", "black"),
        D.details("a zipper on the back", "unsupported"),
        D.material("wool", "unsupported"),
        is_a("skirt", "yes"),
        title="Houndstooth Mini Skirt",
        category="Skirts",
        color="Black-white",
        gender="Women",
    ),
    # photo: man in a red-and-black buffalo check flannel shirt worn open over a black tee, blue jeans, white
    # backdrop, front view.
    # caption: adapter
    case(
        "X389-028",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt"),
        D.pattern("plaid"),
        D.color("red"),
        D.material("flannel"),
        D.description("a red and black plaid shirt with a black t-shirt underneath"),
        D.details("red and black red and black red and black", "loop"),
        title="Buffalo Check Flannel Shirt",
        category="Shirts_Polos",
        color="Red-black",
        gender="Men",
    ),
    # photo: woman in a black sleeveless halter wide-leg crepe jumpsuit, white backdrop, front view.
    # caption: adapter (splits the jumpsuit into a tank top and trousers)
    case(
        "X389-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black dress", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details("a halter neck"),
        D.material("silk", "unsupported"),
        title="Halter Wide-Leg Jumpsuit",
        category="Rompers_Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: man in a tan double-breasted belted trench coat over a white shirt, grey trousers, bareheaded, white
    # backdrop, front view.
    # caption: adapter
    case(
        "X389-030",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tan trench coat and a blue scarf", "unsupported"),
        D.color("brown"),
        D.garment_type("coat"),
        D.details("a belt and buttons"),
        D.description("a man in a trench coat and a hat", "unsupported"),
        D.material("", "non_answer"),
        title="Double-Breasted Trench Coat",
        category="Jackets_Coats",
        color="Tan",
        gender="Men",
    ),
    # photo: woman in a white tee printed "PARIS" in black letters, tucked into a denim mini skirt, white backdrop,
    # front view.
    # caption: adapter
    case(
        "X389-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and a denim skirt"),
        D.pattern("graphic"),
        D.color("black", "contradiction"),
        D.details("the word paris on the front"),
        D.description("a white t-shirt with the word london on it", "unsupported"),
        title="Paris Graphic Tee",
        category="Graphic_Tees",
        color="White",
        gender="Women",
    ),
    # photo: man in a grey crew-neck sweatshirt with a small embroidered chest logo, black pants, white backdrop,
    # front view.
    # caption: adapter
    case(
        "X389-032",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and black pants"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.details("a logo on the chest"),
        D.material("the sweatshirt is grey", "restated"),
        color_of("pants", "grey", "other_garment_color"),
        title="Logo Crew Sweatshirt",
        category="Sweatshirts_Hoodies",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a white sleeveless knee-length eyelet cotton sundress and brown sandals, no belt, white
    # backdrop, front view.
    # caption: adapter
    case(
        "X389-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress and sandals"),
        D.color("white"),
        D.material("cotton"),
        D.details("lace"),
        D.description("a white dress with a red belt", "unsupported"),
        is_a("dress", "yes"),
        title="Eyelet Cotton Sundress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in charcoal wool dress trousers with a light blue shirt tucked in and a brown belt, white backdrop,
    # front view.
    # caption: adapter
    case(
        "X389-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and grey pants"),
        color_of("pants", "grey"),
        D.color("blue", "other_garment_color"),
        D.material("wool"),
        D.details("a belt"),
        D.description(
            "grey pants Question: what is the man wearing? Answer: a blue shirt and grey pants",
            "leak",
        ),
        title="Tailored Wool Trousers",
        category="Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in black leggings with mesh panels at the calves and a grey sports tank, white backdrop, front
    # view.
    # caption: adapter
    case(
        "X389-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and black leggings", "contradiction"),
        D.garment_type("leggings"),
        D.color("black"),
        D.details("mesh on the legs"),
        D.material("the leggings are black", "restated"),
        title="Mesh Panel Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive long-sleeve henley with a three-button placket, khaki pants, white backdrop, front view.
    # caption: adapter
    case(
        "X389-036",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a green shirt and khaki pants", "pronoun"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.details("buttons at the neck"),
        D.material("cotton"),
        color_of("pants", "green", "other_garment_color"),
        title="Long Sleeve Henley",
        category="Tees_Tanks",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in an ivory linen-blend single-button blazer over a black tee, black pants, white backdrop, front
    # view, no pocket square.
    # caption: adapter
    case(
        "X389-037",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blazer and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.description("a white blazer over a black shirt"),
        D.details("the blazer has two buttons and a pocket square", "unsupported"),
        title="Linen-Blend Blazer",
        category="Jackets_Coats",
        color="Ivory",
        gender="Women",
    ),
    # photo: man in blue board shorts with a green palm-leaf print and a tie front, white tank top, white backdrop,
    # front view. The feed row has no category.
    # caption: adapter
    case(
        "X389-038",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman wears a shorts. The shorts are with other fabric and floral "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a white shirt and blue shorts Question: what color are the shorts? Answer: blue",
            "leak",
        ),
        D.pattern("floral"),
        color_of("shorts", "green", "contradiction"),
        D.description("blue shorts with palm trees"),
        D.details("a drawstring"),
        title="Palm Print Board Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black-and-white Breton striped boat-neck sweater with three-quarter sleeves, red pants, white
    # backdrop, front view.
    # caption: adapter
    case(
        "X389-039",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped sweater and red pants"),
        D.pattern("striped"),
        D.sleeve_length("three-quarter sleeves"),
        D.color("red", "other_garment_color"),
        D.details("the sweater has stripes and a zipper on the back", "unsupported"),
        D.material("it is made of a", "cut"),
        title="Breton Stripe Sweater",
        category="Sweaters",
        color="Black-white",
        gender="Women",
    ),
    # photo: man in a black wool peacoat, buttoned, a white shirt collar showing, dark pants, plain notched collar,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X389-040",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black coat"),
        D.color("black"),
        D.garment_type("coat"),
        D.details("buttons and", "cut"),
        D.material("wool"),
        D.description("a black coat with a fur collar", "unsupported"),
        title="Wool Peacoat",
        category="Jackets_Coats",
        color="Black",
        gender="Men",
    ),
    # photo: woman in blush pink high-waisted paperbag shorts with a self-tie belt and a white tee, white backdrop,
    # front view.
    # caption: adapter
    case(
        "X389-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and pink shorts"),
        color_of("shorts", "pink"),
        D.details("a bow at the waist"),
        D.description("the shorts are", "cut"),
        D.color("white", "other_garment_color"),
        title="Paperbag Waist Shorts",
        category="Shorts",
        color="Blush",
        gender="Women",
    ),
    # photo: man in black distressed skinny jeans with ripped knees and a grey crew tee, white backdrop, front view.
    # caption: adapter
    case(
        "X389-042",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and black jeans"),
        color_of("jeans", "black"),
        D.details("ripped knees"),
        D.color("grey", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        D.material("denim"),
        D.description("black jeans with a chain on the pocket", "unsupported"),
        title="Distressed Skinny Jeans",
        category="Denim",
        color="Black",
        gender="Men",
    ),
    # photo: back view of a woman in a cream peasant blouse with small blue flowers, three-quarter sleeves, blue
    # jeans, white backdrop (the front and its neck tie do not show).
    # caption: adapter
    case(
        "X389-043",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a floral shirt and jeans"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.details("a tie at the neck in the front", "unsupported"),
        D.description("a white floral blouse"),
        title="Floral Peasant Blouse",
        category="Blouses_Shirts",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a medium-wash denim trucker jacket open over a white hoodie, black jeans, white backdrop, front
    # view.
    # caption: adapter
    case(
        "X389-044",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and blue jeans", "contradiction"),
        D.color("blue"),
        D.garment_type("jacket"),
        D.material("denim"),
        D.details("the jacket is a jacket", "non_answer"),
        D.description("a denim jacket with a white hoodie and black jeans"),
        title="Denim Trucker Jacket",
        category="Jackets_Vests",
        color="Indigo",
        gender="Men",
    ),
    # photo: woman in a sleeveless knee-length colorblock bodycon dress (black side panels, white centre panel), no
    # jacket, white backdrop, front view.
    # caption: adapter
    case(
        "X389-045",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with color block patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white dress"),
        D.pattern("color block"),
        D.sleeve_length("sleeveless"),
        D.description("a black and white dress with a black jacket", "unsupported"),
        D.material("fabric", "non_answer"),
        title="Colorblock Bodycon Dress",
        category="Dresses",
        color="Black-white",
        gender="Women",
    ),
    # photo: man in a navy short-sleeve camp-collar shirt with a small white polka-dot print and one chest pocket,
    # white jeans, white backdrop, front view. The feed row has no gender.
    # caption: adapter ("pure color" for the dots)
    case(
        "X389-046",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue shirt with white dots and white pants"),
        D.pattern("polka dot"),
        D.sleeve_length("short sleeves"),
        D.color("blue"),
        D.details(
            "a pocket on the chest and a pocket on the chest and a pocket on the chest",
            "loop",
        ),
        D.material("silk", "unsupported"),
        D.description("he is wearing a blue shirt with white polka dots"),
        title="Dot Print Short-Sleeve Shirt",
        category="Shirts_Polos",
        color="Navy",
    ),
]
