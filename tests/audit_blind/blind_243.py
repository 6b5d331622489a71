"""BLIND_243 (46 products; VQA adapter and base model on a general marketplace feed, model shots and flat-lays): written
blind in the forty-first session. Measured blind at f3d03b5 (the session's rules as they stood): 100/125 failures
found (80.0%) and 7/160 correct texts flagged (4.4%). The writer's notes, verbatim:

Scenario: one random night of a general marketplace feed (Myntra-like, English): men's, women's and kids' tops,
t-shirts, shirts, bottoms (jeans, trousers, joggers, shorts, skirts, palazzos, leggings), dresses, ethnic wear
(kurtas, kurta sets, sarees, lehenga, nehru jacket) and outerwear (bomber, puffer, denim jacket, trench, blazer,
hoodies). About a fifth of the photos are flat-lays on a white, wooden or grey backdrop; the rest are model shots,
many with other garments worn (a tee under a jacket, a shirt tucked into trousers) and some with a coloured wall,
brick wall or door behind. Each row carries the seller's title, category, color and gender; one row misses the
color (a multicolour striped polo) and one misses the gender (it is in the title).

Who wrote what: enrich ran the original experiments' VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, trained after the
caption fine-tuning) on some questions and the untuned base `Salesforce/blip2-opt-2.7b` on the rest; the comment
before each case names the texts the adapter wrote. The adapter never learned an end-of-answer token, so each of
its texts runs to the limit (50 new tokens for a caption, 30 for an answer) and has hit_limit=True: it repeats a
short answer ("black-black-black...", "shorts shorts shorts..."), runs on into the "Question: ... Answer: ..."
format it was trained on (its labels covered the prompt), or falls back on the DeepFashion caption template of the
caption fine-tuning it started from. Asked for a caption, it mostly answers as if asked a question. The base model
writes short lowercase texts and stops on its own (never hit_limit). The closed questions (garment_type, color,
pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's `--engine reference`
answers, picked from candidate sets: they never loop or hit a limit, but they pick the wrong candidate (a wall, the
worn tee, the print) as often as BLIP-2 does.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon or burgundy (in a free answer), blue for navy or teal blue, purple for
  lavender, yellow for mustard, pink for peach, white for cream, tan for beige, grey for charcoal (in free text),
  green for olive or teal, beige for khaki. The reference engine's shade swaps across hue families are
  contradiction: mustard as orange, burgundy as purple, charcoal as black, navy as black (also in a caption).
- A colour taken from the wall, the backdrop, the print, the dots, the border or the stripes and given as the
  garment's colour is contradiction; a colour of another worn garment (the tee under the jacket, the top over the
  palazzos, the kurta over the pyjamas, the dupatta) given to the product is other_garment_color, also when the
  question names the piece (color_pants answered with the kurta's green).
- garment_type or a sleeve/pattern answer that describes another worn garment (the shirt for trousers, the hoodie
  for joggers, the kurta under a nehru jacket, long sleeves for a sleeveless nehru jacket or short sleeves for a
  pinafore over a tee, "striped" for a denim pinafore over a striped tee, "a white tank top" for the details of
  denim shorts) is contradiction: the auditor sees the wrong garment, not a colour. Sleeve answers that
  contradict the photo (sleeveless for a three-quarter-sleeve kurta, long sleeves for a saree's short-sleeve
  blouse, short sleeves for a long-sleeve kurta or a track jacket) are contradiction too.
- Synonyms are correct: jacket for a blazer, vest for a nehru jacket, overall for a pinafore, trousers for palazzos,
  sweatpants for joggers, shirt for a boy's kurta or a t-shirt, indian dress for an anarkali in a caption. But the
  reference engine's "dress" for an anarkali kurta is contradiction (the seller says kurta), as is "yes" to "Is
  this a jacket?" for a pullover hoodie and "yes" to "Is this a dress?" for a tee-and-shorts set.
- Materials: one the title names (silk blend, denim for jeans or denim jackets, georgette answered as chiffon) is
  correct; cotton for plain cotton-look tees, shirts, kurtas and leggings is a plausible guess and correct; wool
  for a visibly knitted sweater is correct. A material neither named nor visible (silk on printed rayon-look
  palazzos, a print skirt, a polka-dot dress, an anarkali or a nehru jacket; leather on a nylon track jacket or
  bomber; wool on a printed sweatshirt; velvet on a fleece hoodie; denim on cotton cargo shorts; down in a padded
  jacket) is unsupported.
- Invented items not in the photo (a hood on a bomber, a chest pocket, a logo, a back zipper or slit on a
  front-view photo, a tie, a necklace, a belt on a flat-lay, a rip on clean-look jeans, a zipper on a pullover,
  a dupatta that is not there, gold buttons on a kurta with self-colour buttons) are unsupported.
- "he" for a woman or girl and "she" for a man or boy are pronoun; so is "a girl" in the caption of a boy.
- Non-answers: "they are shorts", "the shorts are short", "there are no details", "the kurta has details",
  "they are leggings" for a description, "the jeans are black" for details, "made of a purple fabric". A material
  question answered with the garment's name ("a red t shirt", "grey sweatpants") is restated.
- Base answers that stop early in mid-phrase ("it's made of", "a silver border with") are cut, without hit_limit.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- Adapter texts: a repeated word or sentence is loop; a run into the Question/Answer format is leak (also for a
  caption and where it starts with a right answer); a template that stops mid-sentence without repeating is cut;
  a template returned for the material question is restated. Where the adapter's template names a different
  garment for the product itself (a sweater for a zip hoodie), that is what the auditor sees first: contradiction,
  hit_limit kept. A template that describes the other garment (the hoodie over the joggers) is still cut.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_243 = [
    # photo: man in a navy blue short-sleeve polo t-shirt, plain chest, beige chinos, grey studio backdrop, front.
    # adapter: none
    case(
        "X243-001",
        caption("a man wearing a navy blue polo shirt and khaki pants"),
        D.wearing("a blue polo shirt"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.details("a white logo on the chest", "unsupported"),
        D.material("cotton"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard yellow A-line kurta with small white flowers, v-neck, three-quarter sleeves, white
    # palazzos, white backdrop, front.
    # adapter: cloth, material
    case(
        "X243-002",
        caption("a woman in a yellow kurta and white pants"),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "contradiction"),
        D.pattern("floral"),
        D.details("it has a floral print and a v neck"),
        D.material(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay of a red boys' round-neck t-shirt with a green cartoon dinosaur print, white backdrop; no pocket.
    # adapter: none
    case(
        "X243-003",
        caption("a red t - shirt with a dinosaur on it"),
        D.wearing("a red t shirt"),
        D.color("red"),
        D.pattern("graphic"),
        D.details("a dinosaur print and a pocket on the chest", "unsupported"),
        D.material("it is a red t shirt", "restated"),
        title="Boys Red Graphic Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: woman in black skinny jeans with a white tee tucked in, white sneakers, grey backdrop, full length.
    # adapter: none
    case(
        "X243-004",
        caption("a woman in a white shirt and black jeans"),
        D.wearing("a white t shirt and black jeans"),
        D.color("white", "other_garment_color"),
        color_jeans("black"),
        D.details("the jeans are black", "non_answer"),
        D.material("denim"),
        title="Women Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive green bomber jacket (ribbed collar, no hood) open over a white tee, black jeans,
    # studio, front.
    # adapter: details
    case(
        "X243-005",
        caption("a man wearing a green jacket and black pants"),
        D.wearing("he is wearing a green jacket with a hood", "unsupported"),
        D.garment_type("jacket"),
        D.color("green"),
        D.details(
            "the sleeves, the collar, the pockets, the sleeves, the collar, the pockets, the sleeves, the collar, the",
            "loop",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of a girls' sleeveless pink-and-white striped cotton dress on a light wooden floor.
    # adapter: wearing
    case(
        "X243-006",
        caption("a pink and white striped dress on a wooden floor"),
        D.wearing(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes"),
        D.material("it's made of", "cut"),
        title="Girls Pink & White Striped A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in a white long-sleeve formal shirt (no pocket, no tie), grey trousers, light blue wall behind.
    # adapter: wearing
    case(
        "X243-007",
        caption("a man in a white shirt and grey pants standing in front of a blue wall"),
        D.wearing(
            "shirt Question: What is the color of the shirt? Answer: white-white Question: Is this a shirt? Answer: "
            "yes Question:",
            "leak",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.description("a white shirt with a collar"),
        D.details("a pocket on the chest and a black tie", "unsupported"),
        D.material("cotton"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a maroon silk-blend saree with a wide gold zari border, maroon short-sleeve blouse, gold
    # earrings, no necklace, beige backdrop.
    # adapter: none
    case(
        "X243-008",
        caption("a woman in a red saree with gold border"),
        D.wearing("she is wearing a red saree"),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("a gold border and a gold necklace", "unsupported"),
        D.material("silk"),
        title="Women Maroon & Gold-Toned Zari Silk Blend Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in blue washed denim shorts and a black tee, cropped from the chest to the feet, white backdrop.
    # adapter: caption
    case(
        "X243-009",
        caption(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-"
            "black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("blue"),
        D.details("they are shorts", "non_answer"),
        D.material("denim"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black wrap dress with white polka dots, short sleeves, black sandals, white studio.
    # adapter: description
    case(
        "X243-010",
        caption("a woman in a black and white polka dot dress"),
        D.wearing("a black and white dress"),
        D.pattern("polka dots"),
        D.color("white", "contradiction"),
        D.description(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Black Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a kids' grey melange pullover hoodie with a kangaroo pocket, no zip, white backdrop.
    # adapter: none
    case(
        "X243-011",
        caption("a grey hoodie with a pocket on the front"),
        D.garment_type("hoodie"),
        D.color("grey"),
        is_a("jacket", "yes", "contradiction"),
        D.details("a hood and a pocket on the front and a zipper", "unsupported"),
        D.material("cotton"),
        title="Kids Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: woman in a white chikankari straight kurta, three-quarter sleeves, white trousers, light blue wall.
    # adapter: wearing
    case(
        "X243-012",
        caption("a woman in a white kurta standing in front of a blue wall"),
        D.wearing(
            "white-white Question: What is the color of the pants? Answer: white-white Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.color("blue", "contradiction"),
        D.pattern("embroidered"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("white embroidery on the front"),
        D.material("cotton"),
        title="Women White Chikankari Embroidered Straight Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: man in charcoal grey flat-front slim trousers, light blue shirt tucked in (no belt), black shoes,
    # white backdrop.
    # adapter: none
    case(
        "X243-013",
        caption("a man in a blue shirt and grey pants"),
        D.wearing("a blue shirt and grey pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("grey"),
        color_pants("black", "contradiction"),
        D.details("pleats and a black belt", "unsupported"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a blue maxi skirt with pink flowers and a white tucked-in top, studio, full length.
    # adapter: details
    case(
        "X243-014",
        caption("a woman in a white top and a blue floral skirt"),
        D.wearing("she is wearing a white top and a floral skirt"),
        color_skirt("white", "other_garment_color"),
        D.pattern("floral"),
        D.details(
            "the skirt is a skirt with a skirt with a skirt with a skirt with a skirt with a skirt with a skirt with",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Blue & Pink Floral Print Flared Maxi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: flat-lay of a black short-sleeve round-neck tee with "BROOKLYN NYC" in white letters, grey backdrop.
    # adapter: none
    case(
        "X243-015",
        caption("a black t - shirt with the word brooklyn on it"),
        D.color("black"),
        D.pattern("graphic"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the text brooklyn nyc in white"),
        D.material("a black t shirt", "restated"),
        title="Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: girl in a yellow lehenga with gold embroidery, yellow choli, green dupatta over one shoulder, white
    # backdrop.
    # adapter: none
    case(
        "X243-016",
        caption("a little girl in a yellow and green lehenga"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        D.garment_type("lehenga choli"),
        D.color("green", "other_garment_color"),
        color_dupatta("green"),
        D.details("gold embroidery on the skirt and a green dupatta"),
        D.material("it's made of", "cut"),
        title="Girls Yellow & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a light blue washed denim jacket (no hood) over a black top, blue jeans, studio.
    # adapter: material
    case(
        "X243-017",
        caption("a woman wearing a denim jacket and jeans"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description("a blue denim jacket with buttons"),
        D.details("a hood", "unsupported"),
        D.material(
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a sleeveless maroon nehru jacket with gold buttons over a cream long-sleeve kurta, white
    # churidar, beige backdrop.
    # adapter: none
    case(
        "X243-018",
        caption("a man in a maroon vest and white kurta"),
        D.wearing("a kurta and a vest"),
        D.garment_type("kurta", "contradiction"),
        D.color("red"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("gold buttons and a mandarin collar"),
        D.material("silk", "unsupported"),
        title="Men Maroon Solid Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in black ankle-length leggings under a long grey top, cropped from the waist down, white backdrop.
    # adapter: none
    case(
        "X243-019",
        caption("a woman in a grey top and grey leggings", "other_garment_color"),
        D.garment_type("leggings"),
        D.color("black"),
        D.description("they are leggings", "non_answer"),
        D.material("cotton"),
        D.details(
            "The lady wears long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Solid Ankle Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: boy in a navy-and-white checked short-sleeve shirt with a chest pocket, beige shorts, white backdrop.
    # adapter: caption
    case(
        "X243-020",
        caption(
            "Question: What is the color of the shirt? Answer: navy-white Question: What is the color of the shorts? "
            "Answer: beige Question: Is this a shirt? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue and white checkered shirt", "pronoun"),
        D.pattern("checked"),
        D.color("blue"),
        D.details("there is a pocket"),
        D.material("a checked shirt", "restated"),
        title="Boys Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: woman in a red sleeveless bodycon midi dress, front view, no slit visible, pink wall behind.
    # adapter: wearing
    case(
        "X243-021",
        caption("a woman in a red dress posing in front of a pink wall"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: red-red Question: Is this a dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.description("a red bodycon dress"),
        D.details("a slit on the side and a zipper on the back", "unsupported"),
        D.material("the dress is made of", "cut"),
        title="Women Red Solid Bodycon Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in grey melange joggers and a black pullover hoodie, white sneakers, studio, full length.
    # adapter: details
    case(
        "X243-022",
        caption("a man in a black hoodie and grey sweatpants"),
        D.wearing("a black hoodie and grey sweatpants"),
        D.garment_type("hoodie", "contradiction"),
        D.color("grey"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.material("grey sweatpants", "restated"),
        title="Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a flared teal green anarkali kurta with gold ethnic print, three-quarter sleeves, no dupatta,
    # white backdrop.
    # adapter: none
    case(
        "X243-023",
        caption("a woman in a green and gold indian dress"),
        D.wearing("she is wearing a green and gold dress with a matching scarf", "unsupported"),
        D.garment_type("dress", "contradiction"),
        D.color("green"),
        D.material("silk", "unsupported"),
        title="Women Teal Green Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: flat-lay of light blue clean-look slim jeans, folded at one knee, white backdrop, no belt.
    # adapter: none
    case(
        "X243-024",
        caption("a pair of light blue jeans on a white background"),
        D.color("blue"),
        D.description("blue jeans with a black belt", "unsupported"),
        D.details("the jeans have a rip on the knee", "unsupported"),
        D.material("denim"),
        title="Men Light Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a beige double-breasted belted trench coat over a black turtleneck and black trousers, grey
    # backdrop.
    # adapter: caption
    case(
        "X243-025",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a trench coat and black pants"),
        D.color("black", "other_garment_color"),
        D.description("a tan trench coat"),
        D.details("a belt and buttons"),
        D.material(
            "The coat is with cotton fabric and pure color patterns. It has a lapel neckline. The lady wears a "
            "long-sleeve coat with",
            "restated",
            hit_limit=True,
        ),
        title="Women Beige Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a cream long-sleeve kurta with a mandarin collar and self-colour buttons, white pyjamas, in front
    # of a brown wooden door.
    # adapter: material
    case(
        "X243-026",
        caption("a man in a white kurta standing in front of a wooden door"),
        D.wearing("a white kurta and pajamas"),
        D.garment_type("kurta"),
        D.color("white"),
        D.description("a white kurta with gold buttons", "unsupported"),
        D.details("the kurta has details", "non_answer"),
        D.material(
            "cotton Question: What is the color of the kurta? Answer: cream-cream Question: Is this a kurta? Answer",
            "leak",
            hit_limit=True,
        ),
        title="Men Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a lavender square-neck crop top with short puff sleeves and blue jeans, white backdrop.
    # adapter: details
    case(
        "X243-027",
        caption("a woman in a purple crop top and jeans"),
        D.wearing("she is wearing a purple top and blue jeans"),
        D.color("purple"),
        D.description("a purple crop top with a square neck"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline,",
            "loop",
            hit_limit=True,
        ),
        D.material("the top is made of a purple fabric", "non_answer"),
        title="Women Lavender Solid Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: girl in a sleeveless blue denim pinafore dress over a white-and-red striped short-sleeve tee, white
    # backdrop.
    # adapter: none
    case(
        "X243-028",
        caption("a little girl in a denim dress and striped shirt"),
        D.wearing("a denim overall"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("denim"),
        title="Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: man in a navy blue hooded quilted puffer jacket, zipped, over blue jeans, grey backdrop.
    # adapter: wearing
    case(
        "X243-029",
        caption("a man wearing a black puffer jacket and jeans", "contradiction"),
        D.wearing(
            "jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.description("a navy blue puffer jacket with a hood"),
        D.material("down feathers", "unsupported"),
        title="Men Navy Blue Solid Padded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white shirt with thin blue vertical stripes, long sleeves, black trousers, white backdrop.
    # adapter: wearing
    case(
        "X243-030",
        caption("a woman in a blue and white striped shirt and black pants"),
        D.wearing(
            "white-blue white-blue white-blue white-blue white-blue white-blue white-blue white-blue white-blue "
            "white-blue",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("white"),
        D.description(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("he is wearing a striped shirt", "pronoun"),
        D.material("cotton"),
        title="Women White & Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of a black zip-up track jacket with two white stripes down each sleeve, white backdrop.
    # adapter: none
    case(
        "X243-031",
        caption("a black jacket with white stripes on the sleeves"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("a zipper and white stripes on the sleeves"),
        is_a("hoodie", "no"),
        D.material("leather", "unsupported"),
        title="Men Black Solid Sporty Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in orange palazzos with a white block print and a plain white short kurti, white backdrop.
    # adapter: description
    case(
        "X243-032",
        caption("a woman in a white top and orange pants"),
        D.wearing("she is wearing orange pants and a white shirt"),
        D.color("white", "other_garment_color"),
        color_pants("orange"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants. The pants are with cotton "
            "fabric. The lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Orange & White Printed Palazzos",
        category="Palazzos",
        color="Orange",
        gender="Women",
    ),
    # photo: boy in a plain green long-sleeve kurta with white pyjamas, studio, full length.
    # adapter: none
    case(
        "X243-033",
        caption("a young boy in a green kurta and white pants"),
        D.wearing("a green shirt and white pants"),
        D.color("green"),
        color_pants("green", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("there are no details", "non_answer"),
        D.material("cotton"),
        title="Boys Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: woman in a blue shirt dress with small white flowers, short sleeves, fabric belt, buttons down the
    # front, white backdrop. Catalog row has no gender.
    # adapter: material
    case(
        "X243-034",
        caption("a woman in a blue floral dress with a belt"),
        D.wearing("he is wearing a blue floral dress", "pronoun"),
        D.pattern("floral"),
        D.color("white", "contradiction"),
        D.details("a belt and buttons down the front"),
        D.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a shirt "
            "collar neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Blue Floral Print Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
    ),
    # photo: flat-lay of khaki cotton twill cargo shorts with side flap pockets, white backdrop.
    # adapter: details
    case(
        "X243-035",
        caption("a pair of khaki shorts with pockets"),
        D.garment_type("shorts"),
        D.color("beige"),
        D.description("a pair of khaki shorts with two", "cut"),
        D.details(
            "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets "
            "pockets pockets",
            "loop",
            hit_limit=True,
        ),
        D.material("denim", "unsupported"),
        title="Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a pink crew-neck sweatshirt (no hood) with "LOVE" printed in white on the chest, blue jeans,
    # white backdrop.
    # adapter: caption
    case(
        "X243-036",
        caption(
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-"
            "pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink sweatshirt and jeans"),
        D.color("pink"),
        is_a("hoodie", "yes", "contradiction"),
        D.details("the word love in white letters"),
        D.material("wool", "unsupported"),
        title="Women Pink Printed Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a blue short-sleeve shirt with yellow and green palm leaves, chest pocket, white shorts, studio.
    # adapter: wearing
    case(
        "X243-037",
        caption("a man wearing a blue hawaiian shirt and white shorts"),
        D.wearing(
            "shirt Question: What is the color of the shirt? Answer: blue-blue Question: What is the color of the "
            "shorts? Answer",
            "leak",
            hit_limit=True,
        ),
        D.pattern("printed"),
        D.color("yellow", "contradiction"),
        D.description("a blue shirt with palm leaves"),
        D.details("a pocket on the chest and buttons"),
        D.material("it's made of a", "cut"),
        title="Men Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a grey checked single-breasted blazer with black buttons over a white top, black trousers,
    # grey backdrop.
    # adapter: none
    case(
        "X243-038",
        caption("a woman in a grey plaid blazer and black pants"),
        D.wearing("he is wearing a grey blazer and black pants", "pronoun"),
        D.garment_type("jacket"),
        D.color("grey"),
        D.description("a grey blazer with black buttons"),
        D.details("two buttons and pockets Question: What is the color of the blazer? Answer: grey", "leak"),
        title="Women Grey Checked Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
        gender="Women",
    ),
    # photo: flat-lay of a girls' set: white short-sleeve tee with a red cherry print and red shorts, white backdrop.
    # adapter: none
    case(
        "X243-039",
        caption("a white t - shirt and red shorts with cherries on them"),
        D.wearing("a white shirt and red shorts"),
        D.pattern("printed"),
        color_top("white"),
        color_shorts("white", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        D.details("cherries"),
        D.material("it's a t shirt and shorts", "restated"),
        title="Girls White & Red Printed T-shirt with Shorts",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: man in a mustard yellow long-sleeve henley tee with a three-button placket, no pocket, dark jeans,
    # red brick wall behind.
    # adapter: none
    case(
        "X243-040",
        caption("a man in a yellow shirt standing in front of a brick wall"),
        D.wearing("she is wearing a yellow shirt and jeans", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("orange", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("three buttons on the collar and a pocket", "unsupported"),
        title="Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: flat-lay of a black A-line mini skirt with a side zip, white backdrop.
    # adapter: description
    case(
        "X243-041",
        caption("a black skirt on a white background"),
        D.garment_type("skirt"),
        D.color("black"),
        D.description(
            "skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        D.material("cotton Question: What is the color of the skirt? Answer: black", "leak"),
        title="Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey knitted v-neck sweater over a white collared shirt, blue jeans, white backdrop.
    # adapter: description
    case(
        "X243-042",
        caption("a man in a grey sweater and white shirt"),
        D.wearing("a grey sweater, a white shirt and jeans"),
        D.color("white", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The gentleman wears a long-sleeve "
            "sweater with pure color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.details("a v neck and a collar"),
        D.material("wool"),
        title="Men Grey Solid V-Neck Pullover Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a peach georgette saree with a silver stone border, peach short-sleeve blouse, white backdrop.
    # adapter: caption
    case(
        "X243-043",
        caption(
            "Question: What cloth is the person wearing? Answer: dress Question: What is the color of the dress? "
            "Answer: pink-pink Question: Is this a dress? Answer",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a pink saree"),
        D.garment_type("saree"),
        D.color("pink"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("a silver border with", "cut"),
        D.material("chiffon"),
        title="Women Peach-Coloured Solid Georgette Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a burgundy zip-front fleece hoodie, black joggers, grey backdrop.
    # adapter: details
    case(
        "X243-044",
        caption("a man in a maroon hoodie and black pants"),
        D.wearing("a red hoodie"),
        D.garment_type("hoodie"),
        D.color("purple", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The pants are",
            "contradiction",
            hit_limit=True,
        ),
        D.material("velvet", "unsupported"),
        title="Men Burgundy Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in blue high-rise denim shorts and a white tank top, grey backdrop, cropped at the knees.
    # adapter: wearing
    case(
        "X243-045",
        caption("a woman in a white tank top and denim shorts"),
        D.wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.description("the shorts are short", "non_answer"),
        D.material("denim"),
        D.details("a white tank top", "contradiction"),
        title="Women Blue High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: boy in a red, white and navy horizontally striped short-sleeve polo (plain, no logo), blue jeans, white
    # backdrop. Catalog row has no color.
    # adapter: none
    case(
        "X243-046",
        caption("a girl in a red white and blue striped polo shirt", "pronoun"),
        D.wearing("a striped shirt and blue jeans"),
        D.pattern("striped"),
        D.color("red"),
        D.details("a collar and a white logo on the chest", "unsupported"),
        is_a("polo shirt", "yes"),
        D.material("a striped shirt", "restated"),
        title="Boys Multicolour Striped Polo T-shirt",
        category="Tshirts",
        gender="Boys",
    ),
]
