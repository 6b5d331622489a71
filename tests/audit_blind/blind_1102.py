"""BLIND_1102 (46 products; older Myntra feed, men's and women's, VQA adapter): written blind in the sixtieth session.
Measured blind at 7cfc313 (the session's first rules): 107/123 failures found (87.0%) and 11/163 correct texts flagged
(6.7%). The writer's notes, verbatim:

Scenario: an older Myntra feed of the shared photos' kind: 224x224 product shots on a white backdrop, mostly worn by a
model who also wears other clothes (a tee under an open jacket, leggings under a kurta, jeans under a shirt). Short
titles ("Lee Men Blue Jeans"), the seller's article_type as category and base_colour as color. Men's and women's
rows mixed; two rows lack the gender column and one lacks the color column, as old feeds do. Some seller colors are
wrong (a "Brown" shirt that is maroon on the photo).

Who wrote what: every text comes from blip2-opt-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), one
adapter for the whole run. Captions: free generation from the empty prompt, 50 new tokens; the adapter kept much of
the base model's short one-line captions, but it learned the `Question: ... Answer:` format (its labels covered the
prompt) and sometimes writes a question-answer dialogue instead of a caption, or loops. Open answers: free
generation, 30 new tokens, greedy; the adapter was trained on In-shop answers ("tee", "blouse", "denim"), so its
answers are often one or two words, and with no end token trained they sometimes run on: repeat themselves, open a
new "Question: ..." or stop at the token limit mid-phrase. It gives one color to every garment in the photo, answers
colors of garments that are not there, invents pockets, logos, hoods and fabrics, and uses he/she loosely. Closed
answers (color, garment_type, pattern, sleeve_length, "Is this a ...?") come from enrich's `--engine reference`,
which ranks candidate values with the same adapter and keeps one: never looped or cut, but sometimes the wrong
candidate (the color of the shirt under a sweater, "striped" for shorts worn with a striped top, "dress" for a kurta).

Labeling conventions and judgement calls:
- A text is judged against the photo described in its `# photo:` comment, not against the seller's columns: where
  the seller's color is wrong (X1102-005, seller "Brown", photo maroon) the answer that gives the photo's color is
  correct.
- Questions name garments the experiments' questionnaire named (shirt, jeans, pants, shorts). A question about a
  garment that is in the photo but is not the product (the jeans under a shirt, the shirt under a sweater) is judged
  for that garment: "blue" for the light blue shirt under a charcoal sweater is correct. "shirt" is read as the top
  the person wears (a tee, top, kurta or sweatshirt); "pants" as whatever covers the legs (trousers, leggings,
  churidar, track pants).
- An answer about a garment that is not in the photo at all ("blue" for the jeans of a woman in a dress) is
  unsupported, as are invented details: pockets, logos, hoods, belts that are not there, anything on the back of a
  front view, and fabrics not visible and not in the title (wool, linen, silk, polyester, "100% cotton"). A fabric
  the photo shows plainly or the title names (denim, a visible knit, "Cotton Kurta") is correct.
- other_garment_color: a free text (open answer or caption) that gives a garment a color that belongs to another
  garment or to an accessory in the photo (the jeans given the shirt's white, the dress given the bag's brown, the
  pants given the white of the top's stripes).
- contradiction: a wrong color, garment, pattern or sleeve length that is not another garment's color, and every
  wrong closed answer, including a closed color that picked another garment's color (the closed engine picks among
  candidates; I kept other_garment_color for free text). "dress" for a kurta is a contradiction (the seller says
  Kurtas), in a caption as in a closed answer.
- Shades are not contradictions: olive for green, khaki or beige for khaki, navy blue or blue for navy, mustard or
  yellow for mustard, gray/grey.
- non_answer: yes/no, a bare garment name or an empty-of-content word to "Describe ..." or "What are the ...
  details?", a one-word caption, and "pure color" (the DeepFashion pattern label) to a color question. To "What is
  the person wearing?" a bare garment name that is right ("dress", "tee", "denim") is a correct, if terse, answer;
  to a details question a one-word detail that is right ("ruffles") is correct.
- restated: the question's own words given back as the answer ("the shirt details are", "the person is wearing").
- pronoun: he/she/his/her or man/woman wrong for the row's gender; rows without gender have no pronoun failure.
- A text with two failures carries one label: runaway generation first (a "Question:" in the text is a leak even
  when it then repeats; a text that repeats a phrase three times or more is a loop; a text stopped at the limit
  mid-phrase without repeating is a cut), then the content failure. hit_limit=True on every text that ran to its 30
  (answers) or 50 (captions) new tokens; no correct text hit the limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

gt = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
slv = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material

BLIND_1102 = [
    # photo: man in a plain navy crew-neck short-sleeve tee, beige chinos, hands in pockets, white backdrop, front
    # view. VQA adapter wrote all texts; closed answers by the reference engine.
    case(
        "X1102-001",
        caption("a man in a navy blue t-shirt and beige pants standing with his hands in his pockets"),
        wearing("a navy blue t-shirt and khaki pants"),
        color_of("shirt", "navy blue"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        describe("shirt", "a navy blue t-shirt with a round neck and short sleeves"),
        details("shirt", "the shirt has a pocket on the chest and a logo on the sleeve", "unsupported"),
        title="Proline Men Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white sleeveless top with lace trim at the neckline, tucked into light blue denim shorts,
    # white backdrop, front view. VQA adapter; the caption fell into its question-answer format.
    case(
        "X1102-002",
        caption("Question: what is the person wearing? Answer: blouse", "leak"),
        wearing("a white tank top and denim shorts"),
        color_of("shirt", "white"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details(
            "shirt",
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace "
            "lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        slv("sleeveless"),
        title="Jealous 21 Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in faded medium-blue jeans with whiskering at the hips, a plain grey crew-neck tee worn untucked (no
    # belt shows), white sneakers, white backdrop, full-length front view. VQA adapter.
    case(
        "X1102-003",
        caption("a man wearing a grey t-shirt and blue jeans with a black belt", "unsupported"),
        wearing("denim"),
        color_of("jeans", "blue"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details(
            "jeans",
            "the jeans have a button fly and a zipper and a button fly and a zipper and a button fly and a zipper "
            "and a button fly and a",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Lee Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a maroon straight kurta with small gold block-print motifs, three-quarter sleeves, round neck,
    # white churidar leggings, white backdrop, front view. VQA adapter; closed answers by the reference engine.
    case(
        "X1102-004",
        caption("a woman wearing a maroon kurta with gold print and white leggings"),
        gt("dress", "contradiction"),
        col("maroon"),
        pat("printed"),
        slv("three-quarter"),
        color_of(
            "pants",
            "white Question: What is the color of the kurta? Answer: maroon Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "a maroon kurta with a golden print and a round neck and three quarter sleeves and a slit on the side and "
            "golden buttons on the",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a solid long-sleeve shirt that is clearly maroon/burgundy (the seller says Brown), one chest pocket,
    # no logo, worn untucked over dark blue jeans, white backdrop. VQA adapter.
    case(
        "X1102-005",
        caption("a man in a maroon shirt and blue jeans"),
        col("maroon"),
        wearing("he is wearing a maroon shirt and jeans", who="he"),
        color_of("jeans", "maroon", "other_garment_color", kind="open"),
        slv("long"),
        details(
            "shirt", "the shirt has a collar and buttons down the front and a pocket with a logo on it", "unsupported"
        ),
        title="Genesis Men Brown Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a black sleeveless knee-length shift dress with white polka dots, no belt, black heels, white
    # backdrop, front view. VQA adapter.
    case(
        "X1102-006",
        caption("a woman in a black and white polka dot dress"),
        wearing("dress"),
        col("black"),
        pat("striped", "contradiction"),
        color_of("jeans", "blue", "unsupported", kind="open"),
        describe("dress", "she is wearing a black dress with white polka dots and a black belt", "unsupported"),
        slv("sleeveless"),
        title="Mango Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt with a large black Puma cat-and-wordmark print on the chest,
    # black track pants, white backdrop. VQA adapter.
    case(
        "X1102-007",
        caption("a man wearing a grey sweatshirt with a black puma logo and black pants"),
        gt("sweatshirt"),
        col("grey"),
        pat("graphic"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        wearing("she is wearing a grey sweatshirt and black pants", "pronoun"),
        title="Puma Men Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in black skinny jeans, a loose white crew-neck tee half tucked in, white sneakers, white backdrop.
    # VQA adapter.
    case(
        "X1102-008",
        caption("a woman in a white t-shirt and black jeans"),
        color_of("jeans", "black"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        details("jeans", "the jeans details are the details of the jeans", "restated"),
        wearing("a white t-shirt and black skinny jeans"),
        is_a("pair of jeans", "yes"),
        title="Jealous 21 Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in navy track pants with two white stripes down each side, plain white tee, white sneakers, white
    # backdrop, full length. VQA adapter; the caption became a question-answer dialogue and ran to the limit.
    case(
        "X1102-009",
        caption(
            "Question: what is the color of the pants? Answer: blue Question: what is the color of the shirt? Answer: "
            "white Question: what is the person wearing? Answer: pants Question: what is",
            "leak",
            hit_limit=True,
        ),
        wearing("pants and a white t-shirt"),
        color_of("pants", "black", "contradiction"),
        details("pants", "white stripes on the side"),
        color_of("shirt", "white", kind="open"),
        gt("track pants"),
        mat("polyester", "unsupported"),
        title="Nike Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pink pleated midi skirt and a fitted black short-sleeve top tucked in, empty hands, no bag,
    # white backdrop. VQA adapter.
    case(
        "X1102-010",
        caption("a woman in a black top and pink pleated skirt with a black handbag", "unsupported"),
        col("pink"),
        color_of("shirt", "black", kind="open"),
        wearing("he is wearing a pink skirt and a black top", "pronoun"),
        gt("skirt"),
        describe(
            "skirt",
            "pleated skirt pleated skirt pleated skirt pleated skirt pleated skirt pleated skirt pleated skirt "
            "pleated skirt pleated skirt pleated skirt",
            "loop",
            hit_limit=True,
        ),
        pat("solid"),
        title="Femella Women Pink Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white shirt with thin blue checks, long sleeves rolled to the elbow, one chest pocket, dark
    # indigo jeans, white backdrop. VQA adapter.
    case(
        "X1102-011",
        caption("a man wearing a white and blue checkered shirt and dark jeans"),
        col("white"),
        pat("checked"),
        color_of("shirt", "white with blue checks", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "a white shirt with blue checks and a collar and buttons down the front and rolled up sleeves and a "
            "pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        slv("long"),
        title="Wrangler Men Check White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a mustard-yellow crew-neck tee with a small white Puma logo, no pocket, black leggings, hands on
    # hips, white backdrop. VQA adapter; the caption swapped the two colors.
    case(
        "X1102-012",
        caption(
            "a woman in a black t-shirt and yellow leggings posing with her hands on her hips", "other_garment_color"
        ),
        wearing("tee"),
        color_of("shirt", "yellow"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a v-neck and a pocket on the chest", "unsupported"),
        gt("t-shirt"),
        title="Puma Women Yellow T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a black biker jacket with a leather look and a plain notched collar, worn open with zipped
    # pockets, over a plain white tee, solid blue jeans, white backdrop. VQA adapter.
    case(
        "X1102-013",
        caption("a man in a black leather jacket over a white t-shirt and blue jeans"),
        wearing("jacket"),
        col("black"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("jeans", "pure color", "non_answer", kind="open"),
        details("jacket", "the jacket has a zipper on the front and a fur collar", "unsupported"),
        gt("jacket"),
        title="Roadster Men Black Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a green kurta with an all-over small white floral print, long sleeves, white palazzo pants,
    # white backdrop. VQA adapter.
    case(
        "X1102-014",
        caption("a woman wearing a green floral kurta and white pants"),
        gt("kurta"),
        pat("floral"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        wearing("a green and white floral print tunic with white pants"),
        mat("cotton"),
        slv("short", "contradiction"),
        title="Fabindia Women Green Cotton Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: man in khaki chino shorts above the knee, a navy polo tee, white sneakers, white backdrop. VQA adapter.
    case(
        "X1102-015",
        caption("a man in a blue polo shirt and khaki shorts"),
        color_of("shorts", "beige"),
        color_of("shirt", "green", "contradiction", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Proline Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a purple cable-knit crew-neck pullover, long sleeves, blue jeans, hands in front pockets,
    # white backdrop. VQA adapter.
    case(
        "X1102-016",
        caption("a woman in a purple sweater and blue jeans with her hands in her pockets"),
        gt("sweatshirt", "contradiction"),
        col("purple"),
        describe("sweater", "a purple sweater with a cable knit pattern on the front"),
        color_of("jeans", "purple", "other_garment_color", kind="open"),
        mat("wool", "unsupported"),
        title="United Colors of Benetton Women Purple Sweater",
        category="Sweaters",
        color="Purple",
        gender="Women",
    ),
    # photo: man in a white knee-length kurta with a mandarin collar, button placket, full sleeves, side slits,
    # white churidar, white backdrop. VQA adapter; the caption ran into its question-answer format.
    case(
        "X1102-017",
        caption(
            "Question: what is the person wearing? Answer: a white kurta and white pants Question: what is the color "
            "of the kurta? Answer: white Question: what is the color of the pants? Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        gt("shirt", "contradiction"),
        col("white"),
        wearing("he is wearing a white kurta", who="he"),
        details("shirt", "the kurta has a mandarin collar and buttons on the front and slits on the sides"),
        color_of("pants", "white", kind="open"),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in a light blue denim shirt, long sleeves with roll-up tabs, two flap pockets on the chest, worn
    # with white jeans, white backdrop. VQA adapter.
    case(
        "X1102-018",
        caption("a woman wearing a blue denim shirt and white jeans"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        mat("denim"),
        details("shirt", "two pockets on the chest"),
        wearing(
            "a blue denim shirt with two pockets on the chest and the sleeves rolled up and a pair of white jeans "
            "and white shoes and a white",
            "cut",
            hit_limit=True,
        ),
        title="Wrangler Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a red polo tee with white horizontal stripes, short sleeves, white collar, blue jeans, white
    # backdrop. VQA adapter.
    case(
        "X1102-019",
        caption("a man in a red and white striped polo shirt and jeans"),
        pat("solid", "contradiction"),
        col("red"),
        describe("shirt", "polo", "non_answer"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        slv("short"),
        title="United Colors of Benetton Men Stripes Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in beige high-waisted wide-leg trousers, no belt, a black sleeveless top tucked in, white
    # backdrop, front view. VQA adapter.
    case(
        "X1102-020",
        caption("a woman in a black tank top and beige wide leg pants"),
        color_of("pants", "beige"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        details("pants", "the pants have a belt and a zipper on the side and pockets on the back", "unsupported"),
        gt("trousers"),
        wearing("she is wearing a black top and beige pants", who="she"),
        title="Vero Moda Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: man in plain black slim jeans and a heather grey crew-neck tee, black shoes, white backdrop, front view
    # only. VQA adapter; the caption looped.
    case(
        "X1102-021",
        caption(
            "a man wearing a gray t-shirt and black jeans and a gray t-shirt and black jeans and a gray t-shirt and "
            "black jeans and a gray t-shirt and black jeans and a gray t-shirt and black",
            "loop",
            hit_limit=True,
        ),
        wearing("gray t-shirt and black jeans"),
        color_of("jeans", "black"),
        color_of(
            "shirt",
            "gray Question: what is the color of the jeans? Answer: black Question: what is the color of the "
            "shoes? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jeans",
            "the jeans have a button and zipper and front pockets and a leather patch on the back",
            "unsupported",
        ),
        pat("solid"),
        title="Spykar Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a multicolor ethnic-print top (orange, pink and teal motifs) with a tie-up neck and three-quarter
    # sleeves, blue jeans, white backdrop. VQA adapter.
    case(
        "X1102-022",
        caption("a woman wearing a colorful printed top and blue jeans"),
        col("multi"),
        pat("printed"),
        color_of("jeans", "blue", kind="open"),
        details("shirt", "the shirt has a tie-up neck and a print"),
        wearing("he is wearing a printed top and jeans", "pronoun"),
        slv("three-quarter"),
        title="Global Desi Women Multi Top",
        category="Tops",
        gender="Women",
    ),
    # photo: man in a charcoal V-neck sweater over a light blue collared shirt (collar and cuffs show), dark jeans,
    # white backdrop. VQA adapter; the reference engine's color picked the shirt under the sweater.
    case(
        "X1102-023",
        caption("a man in a gray sweater over a blue shirt and jeans"),
        col("blue", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        describe("sweater", "a grey sweater with a v-neck and long sleeves"),
        gt("sweater"),
        wearing(
            "a gray sweater and a blue shirt and jeans and a blue shirt and jeans and a blue shirt and jeans and a "
            "blue shirt and",
            "loop",
            hit_limit=True,
        ),
        title="Indigo Nation Men Charcoal Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a royal blue A-line knee-length dress with small white and pink flowers, short sleeves, holding
    # a tan leather handbag, white backdrop. VQA adapter.
    case(
        "X1102-024",
        caption("a woman in a blue floral dress holding a brown purse"),
        gt("dress"),
        pat("floral"),
        color_of("shirt", "brown", "other_garment_color", kind="open"),
        describe("dress", "the dress is a dress", "restated"),
        slv("sleeveless", "contradiction"),
        is_a("dress", "yes"),
        title="Avirate Women Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a pale pink formal shirt with a chest pocket, long sleeves, tucked into charcoal trousers with a
    # black belt, white backdrop. VQA adapter.
    case(
        "X1102-025",
        caption("a man wearing a pink shirt and grey pants with a black belt"),
        col("pink"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        wearing("she is wearing a pink shirt and gray pants", "pronoun"),
        details("shirt", "the shirt has a collar and buttons and a pocket"),
        slv("long"),
        mat("linen", "unsupported"),
        title="Reid & Taylor Men Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: woman in an olive utility jacket with two chest flap pockets and a zip, worn open, no hood, over a white
    # tee, black jeans, white backdrop. VQA adapter.
    case(
        "X1102-026",
        caption("a woman in an olive green jacket over a white shirt and black pants"),
        col("green"),
        color_of("shirt", "olive green", "other_garment_color", kind="open"),
        details("jacket", "the jacket has pockets on the chest and a hood", "unsupported"),
        color_of("jeans", "black", kind="open"),
        gt("jacket"),
        wearing(
            "jacket Question: What is the color of the jacket? Answer: green Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a white crew-neck tee with a large black-and-red print of a motorcycle and lettering, blue jeans,
    # empty hands, white backdrop. VQA adapter; the caption added a helmet.
    case(
        "X1102-027",
        caption("a man in a white t-shirt with a motorcycle print and blue jeans holding a helmet", "unsupported"),
        pat("graphic"),
        col("white"),
        color_of("shirt", "red", "contradiction", kind="open"),
        describe(
            "shirt",
            "a white t-shirt with a black and red print of a motorcycle on the front and the words written in red "
            "above the motorcycle and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white graphic tee and jeans"),
        title="Flying Machine Men Printed White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in light-wash blue denim shorts with frayed hems and a black-and-white striped tee tucked in, white
    # backdrop. VQA adapter; the reference engine's pattern took the top's stripes.
    case(
        "X1102-028",
        caption("a woman in a black and white striped shirt and denim shorts"),
        color_of("shorts", "blue"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("shorts", "the shorts have frayed edges and pockets"),
        pat("striped", "contradiction"),
        wearing("a striped shirt and shorts"),
        title="Roadster Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in grey flat-front formal trousers, a white shirt tucked in, brown belt, brown shoes, white
    # backdrop. VQA adapter.
    case(
        "X1102-029",
        caption("a man in a white shirt and grey pants with a brown belt"),
        color_of("pants", "grey"),
        color_of("shirt", "white", kind="open"),
        details(
            "pants",
            "the pants have a crease down the front and pockets on the side and belt loops and a button and a "
            "zipper and a hook and a",
            "cut",
            hit_limit=True,
        ),
        wearing("the person is wearing a white shirt and blue pants", "contradiction"),
        color_of("jeans", "blue", "unsupported", kind="open"),
        title="Peter England Men Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a pink V-neck tee with a white Nike swoosh on the chest, grey knit shorts, white backdrop,
    # front view. VQA adapter; the caption kept only the answer half of its format.
    case(
        "X1102-030",
        caption("Answer: a pink t-shirt", "leak"),
        col("pink"),
        color_of(
            "shorts",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "a pink t-shirt with a white nike logo on the front and a big nike logo on the back",
            "unsupported",
        ),
        wearing("t-shirt and shorts"),
        slv("short"),
        title="Nike Women Pink T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a medium blue denim trucker jacket with button chest pockets, worn open over a black tee, black
    # jeans, white backdrop. VQA adapter.
    case(
        "X1102-031",
        caption("a man in a blue denim jacket and black pants"),
        col("blue"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "the color of the jeans", "restated", kind="open"),
        mat("denim"),
        details(
            "jacket",
            "the jacket has buttons on the front and pockets on the chest and the jacket has buttons on the front "
            "and pockets on the chest and the jacket",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black A-line mini skirt, a white blouse tucked in, black heels, white backdrop. VQA adapter.
    case(
        "X1102-032",
        caption("a woman in a white blouse and a black skirt"),
        gt("shorts", "contradiction"),
        col("black"),
        color_of("shirt", "white", kind="open"),
        details("skirt", "skirt", "non_answer"),
        wearing("he is wearing a white shirt and a black skirt", "pronoun"),
        title="Vero Moda Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy kurta with a woven self pattern and a slight sheen, white churidar, tan mojris, white
    # backdrop, studio shot. VQA adapter; the caption invented a wedding.
    case(
        "X1102-033",
        caption("a man in a blue kurta and white pants at a wedding", "unsupported"),
        gt("kurta"),
        col("navy blue"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        mat("silk", "unsupported"),
        wearing("question: what is the person wearing? answer: kurta", "leak"),
        title="Manyavar Men Navy Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a light grey hooded sweatshirt with white drawstrings and a pink Puma print on the chest,
    # black leggings, white backdrop. VQA adapter.
    case(
        "X1102-034",
        caption("a man in a gray hoodie and black leggings", "pronoun"),
        gt("sweatshirt"),
        color_of("shirt", "grey"),
        details("shirt", "the hoodie has a hood and drawstrings and a pink logo on the front"),
        color_of("pants", "black", kind="open"),
        is_a("hoodie", "yes"),
        title="Puma Women Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a white shirt with thin blue stripes (reads light blue), long sleeves, beige chinos, white
    # backdrop. VQA adapter.
    case(
        "X1102-035",
        caption("a man in a blue striped shirt and khaki pants"),
        pat("checked", "contradiction"),
        col("blue"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "a blue and white striped shirt with a collar and buttons down the front and long sleeves and a pocket "
            "on the left side of the",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and khaki pants"),
        title="Arrow Men Stripes Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a mustard yellow sleeveless A-line kurta with white thread embroidery around the neckline,
    # white leggings, white backdrop. VQA adapter.
    case(
        "X1102-036",
        caption("a woman in a yellow dress with white embroidery on the neckline", "contradiction"),
        gt("kurta"),
        col("yellow"),
        slv("long", "contradiction"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        details("dress", "embroidery on the neck"),
        title="W Women Yellow Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in an olive green henley tee with a three-button placket, short sleeves, black jeans, hands in
    # pockets, black shoes, white backdrop. VQA adapter; the caption ran to its limit.
    case(
        "X1102-037",
        caption(
            "the man is wearing a green t-shirt and black jeans and he is standing in front of a white wall with his "
            "hands in his pockets and his feet apart and he is wearing a pair of black shoes and a",
            "cut",
            hit_limit=True,
        ),
        col("olive"),
        color_of("jeans", "black", kind="open"),
        details("shirt", "Answer: the shirt has three buttons at the neck", "leak"),
        wearing("he is wearing a green t-shirt and black jeans", who="he"),
        mat("100% cotton", "unsupported"),
        title="Mr. Men Men Green T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in dark indigo bootcut jeans with a button at the waist, a red sleeveless top, white backdrop.
    # VQA adapter.
    case(
        "X1102-038",
        caption("a woman in a red top and blue jeans standing with her hands on her hips"),
        color_of("jeans", "blue"),
        color_of("shirt", "no", "non_answer", kind="open"),
        details("jeans", "the jeans are flared at the bottom and have a button at the waist"),
        wearing(
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans "
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Lee Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy crew-neck sweatshirt with "NIKE" in white letters across the chest, long sleeves, grey
    # joggers, white backdrop. VQA adapter.
    case(
        "X1102-039",
        caption("a man in a navy blue sweatshirt with the word nike on it and gray pants"),
        col("navy blue"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        slv("short", "contradiction"),
        details("shirt", "the shirt details are", "restated"),
        wearing("hoodie", "contradiction"),
        title="Nike Men Navy Blue Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black off-shoulder top with a ruffle across the neckline, white jeans, white backdrop. VQA
    # adapter.
    case(
        "X1102-040",
        caption("a woman in a black off the shoulder top and white jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        col("black"),
        details("shirt", "ruffles"),
        wearing(
            "she is wearing a black top and white jeans Question: what is the color of the top? Answer: black "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        pat("solid"),
        title="Forever 21 Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in blue denim shorts and a white tee with a black text print, white sneakers, white backdrop. VQA
    # adapter; the caption stopped after one word.
    case(
        "X1102-041",
        caption("shorts", "non_answer"),
        color_of("shorts", "blue"),
        details("shorts", "yes", "non_answer"),
        color_of(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a white t-shirt and denim shorts and white sneakers"),
        gt("jeans", "contradiction"),
        title="Spykar Men Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a navy-and-white Breton-striped boat-neck tee, three-quarter sleeves, red trousers, white
    # backdrop. VQA adapter.
    case(
        "X1102-042",
        caption("a woman in a blue and white striped shirt and red pants"),
        col("white", "contradiction"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        pat("striped"),
        describe(
            "shirt",
            "a striped shirt with a striped shirt with a striped shirt with a striped shirt with a striped shirt "
            "with a striped shirt with a",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped top and red trousers"),
        title="United Colors of Benetton Women Striped Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a tan-brown zipped bomber jacket with a suede look, ribbed collar, cuffs and hem, dark jeans,
    # white backdrop. VQA adapter; the caption got the jacket's color wrong.
    case(
        "X1102-043",
        caption("a man wearing a black jacket and jeans", "contradiction"),
        col("brown"),
        color_of("jeans", "brown", "other_garment_color", kind="open"),
        mat("leather", "unsupported"),
        details("jacket", "the jacket has a zipper and ribbed cuffs and a collar"),
        gt("sweater", "contradiction"),
        title="Woodland Men Brown Jacket",
        category="Jackets",
        color="Brown",
    ),
    # photo: woman in black cigarette trousers, a white shirt tucked in, black pumps, white backdrop; the row has no
    # gender. VQA adapter.
    case(
        "X1102-044",
        caption("a woman in a white shirt and black pants"),
        color_of("pants", "navy blue", "contradiction"),
        color_of("shirt", "white", kind="open"),
        wearing("pants"),
        details(
            "pants",
            "the pants are slim fit and ankle length with a zipper on the front and a button at the waist and "
            "pockets on the sides and the",
            "cut",
            hit_limit=True,
        ),
        title="Jealous 21 Black Trousers",
        category="Trousers",
        color="Black",
    ),
    # photo: man in a black crew-neck tee with a small white print on the left chest, olive cargo pants, white
    # backdrop. VQA adapter.
    case(
        "X1102-045",
        caption("a man in a black t-shirt and olive green cargo pants"),
        color_of("shirt", "black"),
        color_of("pants", "olive green", kind="open"),
        details("shirt", "the shirt has a small white print on the chest"),
        wearing("the person is wearing", "restated"),
        slv("long", "contradiction"),
        title="Roadster Men Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a long red wrap maxi dress with a V-neck, tie waist and long sleeves, looking over her
    # shoulder (three-quarter side view), white backdrop. VQA adapter.
    case(
        "X1102-046",
        caption("a woman in a long red dress with long sleeves"),
        gt("dress"),
        col("red"),
        describe(
            "dress",
            "a long red dress with a v-neck and long sleeves and a tie at the waist and a slit on the side and the "
            "dress is made of a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "pink", "contradiction", kind="open"),
        wearing("he is wearing a red dress", "pronoun"),
        title="Mango Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
]
