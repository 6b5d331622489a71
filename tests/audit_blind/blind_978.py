"""BLIND_978 (46 products; Myntra women's activewear and loungewear, VQA): written blind in the fifty-eighth session.
Measured blind at fba231f (the session's second rules): 121/134 failures found (90.3%) and 5/194 correct texts flagged
(2.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's activewear and loungewear: sports bras, tights and leggings, joggers and
track pants, lounge pants and shorts, sweatshirts and hoodies, training and lounge t-shirts. Photos are catalog shots
on a white or light grey studio backdrop, mostly worn by a model who also wears other garments (black tights under a
sports bra, a white tee over joggers, an open jacket over a sports bra); a few are flat product shots with no person;
a few have props (yoga mat, dumbbell, water bottle, towel, coffee mug, pillow). Seller columns as a real feed has
them: title, category (Myntra's article type, sometimes "Bra" or "Lounge Tshirts"), color (Myntra's base colour,
"Multi" for a camouflage print), gender; a few rows lack a column.

Who wrote what: one adapter for the whole night, leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, for every prompt,
the caption included (empty prompt, 50 new tokens; answers 30 new tokens; greedy). It was trained without an end
token and with the prompt in the loss, so its free answers often run on: they repeat a phrase to the limit, stop
mid-phrase at the limit, or go on to write the next "Question: ... Answer:" of its training format. Its captions are
short and answer-like, and sometimes come out as an answer to no question. It likes one color for the whole outfit,
names the tights "leggings" and lounge pants "pajama pants" or "sweatpants", and now and then says "he" for a
woman. Closed answers (garment_type, color, pattern, sleeve_length, is_a, neckline) come from enrich's
`--engine reference` scoring candidates with the same adapter: one candidate value, never looped or cut, but it
often picks the color of the other garment in the photo or a wrong candidate.

Labeling conventions and judgement calls:
- Synonyms are correct: tights = leggings, joggers ~ sweatpants ~ jogger pants, lounge pants ~ pajama pants ~ track
  pants when the photo does not contradict it, hooded sweatshirt = hoodie, crop top ~ tank top for the other garment.
- A shade word in the seller color's group is correct (maroon or red for Burgundy, pink for Magenta, Rose or Peach,
  purple for Lavender or Mauve, grey for Charcoal or Grey Melange, blue for Teal or Turquoise Blue, green for Sea
  Green or Olive, white for Off White). For a "Multi" camouflage print the dominant hue of the print is correct.
- A closed answer (reference engine) that picks another garment's color, a wrong candidate garment type, pattern or
  sleeve, or yes/no against the photo is labeled contradiction; other_garment_color is kept for free answers (open
  color question, wearing, describe, details, caption) that give the product the color of another worn garment,
  including a caption or answer that puts one color on two garments of different colors.
- A free answer whose color is wrong but is not the color of any other garment in the photo (yellow for a neon
  green bra) is a contradiction.
- A text that runs on into "Question: ... Answer:" (or starts by echoing it) is labeled leak, even when what it says
  before is also wrong or it also ran to the limit; a phrase repeated until the limit is loop even when the phrase
  restates the question; cut is kept for text that stops mid-phrase at the limit without repeating itself.
- unsupported: details that cannot be seen or are not there (zip pockets, reflective piping, a hood, a bag, mesh
  panels, a phone pocket, a person or second garment on a flat product shot, a park or gym behind a studio backdrop)
  and fabric claims with treatments, percentages or technologies that neither the photo nor the title gives. A
  plain fabric word that fits the garment (cotton, polyester, fleece, nylon spandex) is a correct material answer;
  a fabric the title contradicts (wool or satin when the title says Cotton) and padding when the title says
  Non-Padded are contradictions with the seller.
- non_answer: yes/no, "clothes", "made of fabric" to an open question; a one-word caption ("yes") too. A short
  answer that does name the garment and its color is correct. restated: the answer only says the question back
  ("the tights are tights", "the details of the sweatshirt are the details").
- pronoun: "he"/"his"/"a man" for a Women row. On a flat product shot, a wearing answer that names only the product
  ("a maroon pair of leggings") is correct; one that invents a woman and other clothes is unsupported.
- hit_limit=True on every text that ran to its token limit (loops, cuts, leaks that ran on).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

printed = question("print", "What is printed on the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_978 = [
    # photo: black racerback sports bra worn with black full-length tights, white backdrop, front view. All texts by
    # the VQA adapter; closed answers by the reference engine.
    case(
        "X978-001",
        caption("a woman wearing a black sports bra and black leggings standing in a gym", "unsupported"),
        wearing("a black sports bra and black leggings"),
        Q.garment_type("sports bra"),
        Q.color("black"),
        describe("sports bra", "a black racerback sports bra with a wide elastic band under the bust"),
        details(
            "sports bra",
            "the sports bra has a racerback and a logo on the band and a logo on the band and a logo on the band and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester and spandex with anti-odour silver ion treatment and 4-way stretch", "unsupported"),
        title="Enamor Women Black Solid Non-Padded Sports Bra SB06",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue tights with a small grey reflective logo on the left thigh, worn with a white printed crop tee
    # and white sneakers, white backdrop, front view. VQA adapter; closed by the reference engine.
    case(
        "X978-002",
        caption("a woman in a white t-shirt and navy blue leggings"),
        wearing("she is wearing a white t-shirt and blue leggings", who="she"),
        Q.garment_type("leggings"),
        color_of("tights", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details(
            "tights",
            "the tights have a logo on the left thigh and a zip pocket at the back of the waistband",
            "unsupported",
        ),
        Q.pattern("solid"),
        title="HRX by Hrithik Roshan Women Navy Blue Rapid-Dry Training Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt with a small black cat logo on the chest, worn with black track pants,
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-003",
        caption("a man wearing a grey sweatshirt and black pants", "pronoun"),
        wearing("a grey sweatshirt and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("black", "contradiction"),
        describe("sweatshirt", "he is wearing a grey sweatshirt with a black logo on the chest", "pronoun"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        title="Puma Women Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: fuchsia pink crew-neck training tee with a white swoosh, worn with black running shorts, white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X978-004",
        caption("a woman wearing a pink nike t-shirt and black shorts running on a track", "unsupported"),
        wearing(
            "a pink t-shirt and black shorts Question: What is the color of the t-shirt? Answer: pink Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        details("t-shirt", "white nike logo on the chest"),
        Q.material("dri-fit polyester"),
        title="Nike Women Pink Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: navy jogger pants with white drawstrings, side pockets and cuffed ankles, worn with a white tee with a
    # small navy print, white backdrop, three-quarter view. VQA adapter; closed by the reference engine.
    case(
        "X978-005",
        caption("a woman in a white t-shirt and navy blue jogger pants"),
        wearing("a white t-shirt and navy blue jogger pants with white drawstrings"),
        Q.garment_type("joggers"),
        color_of("joggers", "navy"),
        describe("joggers", "the joggers are white with a drawstring waist and cuffed ankles", "other_garment_color"),
        details(
            "joggers",
            "drawstring waist, side pockets, cuffed hem, side pockets, cuffed hem, side pockets, cuffed "
            "hem, side pockets",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "no"),
        title="Jockey Women Navy Blue Solid Joggers 1301",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender scoop-neck padded sports bra with wide straps, worn with black tights, a rolled purple yoga mat
    # under the arm, light grey studio backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-006",
        caption("a woman holding a yoga mat wearing a purple sports bra and black leggings"),
        wearing("clothes", "non_answer"),
        Q.garment_type("sports bra"),
        Q.color("lavender"),
        color_of(
            "sports bra",
            "the sports bra is black and the leggings are black",
            "other_garment_color",
            kind="open",
        ),
        Q.material("nylon with memory foam cups and an anti-bacterial lining", "unsupported"),
        details("sports bra", "the sports bra has a scoop neck and wide straps"),
        title="C9 Airwear Women Lavender Solid Padded Sports Bra",
        category="Sports Bra",
        color="Lavender",
        gender="Women",
    ),
    # photo: black high-rise tights with a phone pocket on each side, worn with a sage green crop tank, white
    # backdrop, side view. VQA adapter; closed by the reference engine.
    case(
        "X978-007",
        caption("a woman in a green tank top and black leggings with a pocket on the side"),
        wearing("a green tank top and green leggings", "other_garment_color"),
        Q.garment_type("leggings"),
        Q.color("black"),
        details("tights", "the tights are green with a pocket on the side", "other_garment_color"),
        describe("tights", "the tights are tights", "restated"),
        Q.pattern("solid"),
        title="Blissclub Women Black High-Rise Tights with Side Pockets",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: olive green joggers with a black drawcord, worn with a black crop top and white sneakers, white
    # backdrop, front view. VQA adapter (caption ran on into its training format); closed by the reference engine.
    case(
        "X978-008",
        caption(
            "a woman wearing a black crop top and olive green jogger pants Question: what is the color of the pants? "
            "Answer: olive green Question: what is the color of the top? Answer: black Question: is this a",
            "leak",
            hit_limit=True,
        ),
        wearing("black crop top and green joggers"),
        Q.garment_type("joggers"),
        Q.color("olive"),
        color_of("joggers", "black", "other_garment_color", kind="open"),
        is_a("pair of leggings", "yes", "contradiction"),
        title="Roadster Women Olive Green Solid Joggers",
        category="Joggers",
        color="Olive",
        gender="Women",
    ),
    # photo: flat product shot of a maroon seamless sports bra with a ribbed under-band, no person, white
    # background. VQA adapter; closed by the reference engine.
    case(
        "X978-009",
        caption("a maroon sports bra on a white background"),
        wearing("a woman wearing a maroon sports bra and black leggings", "unsupported"),
        Q.garment_type("sports bra"),
        Q.color("red"),
        describe("sports bra", "a maroon seamless sports bra with a ribbed band"),
        Q.material("it", "non_answer"),
        details(
            "sports bra",
            "the sports bra has a v-neck and a v-neck and a v-neck and a v-neck and a v-neck and a v",
            "loop",
            hit_limit=True,
        ),
        title="Kica Women Maroon Seamless Sports Bra",
        category="Sports Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: black tights with three white stripes down the sides, worn with a white tee tucked in, white
    # backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-010",
        caption("a woman wearing a white t-shirt and black leggings with white stripes on the side"),
        Q.garment_type("leggings"),
        Q.color("black"),
        details("tights", "three white stripes down the side"),
        color_of("tights", "white", "other_garment_color", kind="open"),
        wearing("a white t-shirt tucked into his black adidas leggings", "pronoun", who="she"),
        is_a("pair of track pants", "no"),
        title="ADIDAS Women Black Essentials 3-Stripes Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: teal v-neck training tee with black raglan sleeves and a small white logo, worn with black tights,
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-011",
        caption("a woman wearing a blue and black t-shirt and black leggings"),
        wearing("a teal t-shirt with black sleeves and black leggings"),
        Q.color("black", "contradiction"),
        Q.pattern("colourblocked"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe(
            "t-shirt",
            "a teal v-neck t-shirt with black raglan sleeves, a small white logo on the left chest and a curved hem at "
            "the back of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Proline Active Women Teal Colourblocked Training T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: peach lounge tee with "SUNDAY MOOD" in white letters, worn with peach-and-white checked lounge pants,
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-012",
        caption("a woman wearing a pink t-shirt with the words sunday mood and checked pajama pants"),
        printed("the words sunday mood in white letters and a picture of a sleeping cat", "unsupported"),
        Q.color("peach"),
        Q.pattern("checked", "contradiction"),
        wearing(
            "a t-shirt and pajamas and a t-shirt and pajamas and a t-shirt and pajamas and a t-shirt and pajamas and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeve"),
        title="Sweet Dreams Women Peach Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: back view of grey melange joggers with one patch pocket on the back, worn with a white tank top, white
    # backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-013",
        caption(
            "the back of a woman wearing a white tank top and grey sweatpants with a pocket on the back, she is "
            "standing with her feet apart and her arms by her sides and her hair in a ponytail that falls down her",
            "cut",
            hit_limit=True,
        ),
        wearing("grey sweatpants and a white tank top"),
        Q.color("grey"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        details(
            "joggers",
            "the joggers have a zip pocket on the back and reflective piping on the sides",
            "unsupported",
        ),
        Q.garment_type("joggers"),
        Q.material("cotton blend fleece"),
        title="HRX by Hrithik Roshan Women Grey Melange Lounge Joggers",
        category="Joggers",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: oversized lavender crew-neck lounge sweatshirt with a small white embroidered heart, no hood, worn with
    # white lounge pants, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-014",
        caption("a woman wearing a purple sweatshirt and white pants"),
        wearing("a lavender sweatshirt and white pants"),
        Q.color("white", "contradiction"),
        describe("sweatshirt", "a purple sweatshirt with a heart on the chest"),
        details("sweatshirt", "the details of the sweatshirt are the details", "restated"),
        Q.sleeve_length("long sleeve"),
        is_a("hoodie", "yes", "contradiction"),
        title="Marks & Spencer Women Lavender Relaxed Lounge Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black tee with a large pink cat logo and PUMA lettering, worn with black joggers, white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X978-015",
        caption("a woman wearing a black t-shirt with a pink puma logo"),
        printed(
            "a pink puma cat logo and the word puma Question: What is the color of the logo? Answer: pink Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("graphic"),
        wearing("he is wearing a black t-shirt and black pants", "pronoun"),
        Q.sleeve_length("short sleeve"),
        Q.material("100% organic supima cotton jersey", "unsupported"),
        title="Puma Women Black Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: mauve high-impact sports bra with a front zip, worn with charcoal grey tights, light grey backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X978-016",
        caption("a woman in a mauve sports bra with a zipper in front and grey leggings"),
        wearing("a grey sports bra and grey leggings", "other_garment_color"),
        Q.garment_type("sports bra"),
        Q.color("grey", "contradiction"),
        details("sports bra", "a front zip closure"),
        describe(
            "sports bra",
            "the sports bra is a high impact sports bra with a zipper in the front and a zipper in the "
            "front and a zipper",
            "loop",
            hit_limit=True,
        ),
        is_a("tank top", "no"),
        title="Enamor Women Mauve High-Impact Front Zip Sports Bra",
        category="Sports Bra",
        color="Mauve",
        gender="Women",
    ),
    # photo: black slim track pants with white side panels and zip pockets, worn with a white tee, white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X978-017",
        caption("a woman in a white t-shirt and black track pants with white stripes on the side"),
        Q.garment_type("track pants"),
        Q.color("black"),
        color_of(
            "track pants",
            "white Question: What is the color of the t-shirt? Answer: white Question: What is",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("track pants", "white side panels and a zip pocket"),
        wearing("yes", "non_answer"),
        describe("track pants", "he is wearing black track pants with white panels on the sides", "pronoun"),
        title="Alcis Women Black Slim Fit Training Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: navy lounge pants with a small pink floral print, elastic waist with drawstring, worn with a navy tee,
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-018",
        caption("a woman wearing a blue t-shirt and blue floral pajama pants sitting on a bed", "unsupported"),
        wearing("a blue shirt and pajamas"),
        Q.pattern("floral"),
        Q.color("navy blue"),
        describe(
            "lounge pants",
            "the lounge pants are navy blue with pink flowers and an elastic waistband with a drawstring and two side "
            "pockets and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("pair of jeans", "no"),
        title="Zivame Women Navy Blue & Pink Floral Print Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white crew-neck sweatshirt with a small black swoosh and ribbed cuffs, worn with black leggings, white
    # backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-019",
        caption("a woman wearing a white nike sweatshirt and black leggings"),
        Q.color("white"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        describe("sweatshirt", "a white sweatshirt with a black nike logo on the chest and ribbed cuffs"),
        Q.material("fleece"),
        wearing("he is wearing a white sweatshirt and black leggings", "pronoun", who="she"),
        Q.garment_type("sweatshirt"),
        details(
            "sweatshirt",
            "ribbed cuffs and hem and ribbed cuffs and hem and ribbed cuffs and hem and ribbed cuffs and "
            "hem and ribbed",
            "loop",
            hit_limit=True,
        ),
        title="Nike Women White Sportswear Essential Fleece Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: pink tights with a black abstract print and a wide waistband, worn with a black sports bra, white
    # backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-020",
        caption("a woman in a black sports bra and pink and black printed leggings"),
        wearing("a black sports bra and leggings"),
        Q.color("black", "contradiction"),
        Q.pattern("printed"),
        details("tights", "pink and black abstract print with a wide waistband"),
        color_of("tights", "the tights are black", "other_garment_color", kind="open"),
        Q.garment_type("sports bra", "contradiction"),
        title="HRX by Hrithik Roshan Women Pink & Black Printed Training Tights",
        category="Tights",
        color="Pink",
        gender="Women",
    ),
    # photo: charcoal crew-neck lounge tee with a chest patch pocket, worn with black lounge shorts, the model holds a
    # white coffee mug, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-021",
        caption("a woman holding a cup of coffee wearing a grey t-shirt and black shorts"),
        wearing("a grey t-shirt and black shorts"),
        Q.color("grey"),
        details(
            "t-shirt",
            "a round neck and short sleeves and a pocket on the chest and a pocket on the chest and a "
            "pocket on the chest",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe(
            "t-shirt",
            "a grey t-shirt with a pocket on the chest, a round neck and short sleeves, loose and comfortable, with a "
            "straight hem that sits at the",
            "cut",
            hit_limit=True,
        ),
        title="Jockey Women Charcoal Solid Lounge T-shirt with Pocket",
        category="Lounge Tshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: front view of a neon green sports bra, black shorts, the model holds a black dumbbell, white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X978-022",
        caption("a woman in a green sports bra and black shorts holding a dumbbell"),
        wearing("a neon green sports bra and black shorts"),
        Q.color("green"),
        color_of("sports bra", "yellow", "contradiction", kind="open"),
        Q.garment_type("sports bra"),
        details("sports bra", "the sports bra is a sports bra", "restated"),
        describe(
            "sports bra",
            "a green sports bra with black straps and laser cut ventilation holes on the back",
            "unsupported",
        ),
        Q.material("polyester"),
        title="Puma Women Fluorescent Green Mid Impact Sports Bra",
        category="Sports Bra",
        color="Fluorescent Green",
        gender="Women",
    ),
    # photo: rose pink joggers with a white drawcord and slant side pockets, worn with a cream cropped sweatshirt,
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-023",
        caption("a woman in a white sweatshirt and white sweatpants", "other_garment_color"),
        wearing("a sweatshirt and sweatpants"),
        Q.color("pink"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        describe(
            "joggers",
            "pink joggers with a drawstring waist and a fleece lining and reflective zip pockets",
            "unsupported",
        ),
        is_a("pair of joggers", "yes"),
        Q.material("the material is the material of the garment", "restated"),
        title="Van Heusen Women Rose Solid Lounge Joggers",
        category="Joggers",
        color="Rose",
        gender="Women",
    ),
    # photo: back view of a black sports bra with criss-cross straps, worn with black tights, white backdrop. VQA
    # adapter; closed by the reference engine.
    case(
        "X978-024",
        caption("the back of a woman wearing a black sports bra with criss cross straps"),
        wearing(
            "a black sports bra with thin straps that cross over the back and black high waisted leggings that go down "
            "to the ankles and black",
            "cut",
            hit_limit=True,
        ),
        describe(
            "sports bra",
            "the sports bra has criss cross straps on the back Question: What are the sports bra details? Answer: the",
            "leak",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("sports bra"),
        details("sports bra", "criss cross straps"),
        title="Nike Women Black Swoosh Medium-Support Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise tights with black mesh panels at the calves, worn with a black tank top and black running
    # shoes, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-025",
        caption("a woman wearing a black tank top and blue leggings with mesh panels"),
        Q.color("blue"),
        describe("tights", "black leggings with mesh", "other_garment_color"),
        details("tights", "the tights have mesh panels on the calves"),
        wearing(
            "a black tank top and blue leggings and black shoes and black socks and black shoes and black "
            "socks and black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.material("nylon spandex"),
        color_of(
            "tights",
            "black black black black black black black black black black black black black black black "
            "black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Kica Women Turquoise Blue Mesh Panel Training Tights",
        category="Tights",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: mustard crew-neck sweatshirt with "BROOKLYN" in white across the chest, worn with black track pants,
    # white backdrop, nothing in the hands. VQA adapter; closed by the reference engine.
    case(
        "X978-026",
        caption("a woman wearing a yellow sweatshirt with the word brooklyn on it"),
        printed("brooklyn"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        wearing("a yellow sweatshirt with the word brooklyn on it and black pants and a black bag", "unsupported"),
        Q.sleeve_length("long sleeve"),
        is_a("sweatshirt", "yes"),
        details("sweatshirt", "the sweatshirt has a hood and a kangaroo pocket", "unsupported"),
        title="Roadster Women Mustard Yellow Printed Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: white cotton non-padded sports bra, worn with grey joggers, hand on hip, white backdrop. VQA adapter;
    # closed by the reference engine. The feed files it under "Bra".
    case(
        "X978-027",
        caption("a woman in a white sports bra and grey sweatpants"),
        Q.color("white"),
        Q.garment_type("sports bra"),
        details("sports bra", "the sports bra has removable padding", "contradiction"),
        wearing("she is wearing a grey sports bra and grey sweatpants", "other_garment_color"),
        Q.material("cotton"),
        is_a("sports bra", "no", "contradiction"),
        title="Enamor Women White Solid Non-Padded Cotton Sports Bra SB08",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: burgundy loose training tee with a grey logo on the chest and a curved hem, worn with black tights and
    # white sneakers, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-028",
        caption("a woman wearing a maroon t-shirt and black leggings"),
        wearing(
            "a maroon t-shirt with a grey logo on the front and black leggings and white shoes and white socks, she is "
            "standing with her hands on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.sleeve_length("short sleeve"),
        describe("t-shirt", "a red t-shirt"),
        details("t-shirt", "a grey reebok logo on the chest and a curved hem"),
        Q.material("recycled polyester made from plastic bottles", "unsupported"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Reebok Women Burgundy Workout Ready Training T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black joggers with a white side stripe and elastic cuffs, worn with a white crop tee, white backdrop.
    # VQA adapter; closed by the reference engine. The row has no category.
    case(
        "X978-029",
        caption("a woman wearing a white crop top and black joggers with a white stripe"),
        wearing("Question: What is the person wearing? Answer: a white crop top and black joggers", "leak"),
        Q.garment_type("joggers"),
        Q.color("white", "contradiction"),
        details("joggers", "white side stripe and elastic cuffs"),
        color_of("joggers", "black", kind="open"),
        describe("joggers", "black joggers with a white stripe and a zipper at the ankles", "unsupported"),
        title="Mast & Harbour Women Black Solid Joggers",
        color="Black",
        gender="Women",
    ),
    # photo: navy pullover hooded sweatshirt with a kangaroo pocket, hands in the pocket, worn with navy joggers,
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-030",
        caption("a woman in a blue hoodie and blue sweatpants with her hands in her pockets"),
        Q.garment_type("hoodie"),
        is_a("hoodie", "yes"),
        Q.color("navy blue"),
        describe("sweatshirt", "a navy blue hooded sweatshirt with a kangaroo pocket and a drawstring hood"),
        details(
            "sweatshirt",
            "hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood "
            "hood hood hood hood hood hood hood hood hood hood hood",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a blue hoodie and blue pants", "pronoun"),
        Q.pattern("striped", "contradiction"),
        title="HRX by Hrithik Roshan Women Navy Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive, brown and black camouflage print sports bra, worn with plain black tights, white backdrop. VQA
    # adapter; closed by the reference engine.
    case(
        "X978-031",
        caption("yes", "non_answer"),
        Q.pattern("camouflage"),
        Q.color("green"),
        color_of("sports bra", "green and brown camouflage", kind="open"),
        wearing("a camouflage sports bra and camouflage leggings", "contradiction"),
        Q.garment_type("sports bra"),
        Q.material("made of fabric", "non_answer"),
        details(
            "sports bra",
            "the sports bra has a camouflage print and a camouflage print and a camouflage print and a "
            "camouflage print",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women Multi Camouflage Print Non-Padded Sports Bra",
        category="Sports Bra",
        color="Multi",
        gender="Women",
    ),
    # photo: heather grey mid-rise leggings with a small white swoosh on the left hip, worn with a black crew
    # sweatshirt, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-032",
        caption("a woman wearing a black sweatshirt and grey leggings"),
        wearing(
            "a black sweatshirt and grey leggings Question: What is the color of the leggings? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("grey"),
        describe("leggings", "the leggings are black with a white nike logo on the hip", "other_garment_color"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Nike Women Grey One Dri-FIT Mid-Rise Leggings",
        category="Tights",
        color="Grey",
        gender="Women",
    ),
    # photo: lavender cotton lounge shorts with white polka dots and a drawstring waist, worn with a white tee, white
    # backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-033",
        caption("a woman wearing a white t-shirt and purple shorts with white polka dots"),
        wearing("the person is wearing what the person is wearing", "restated"),
        Q.pattern("polka dots"),
        Q.color("purple"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details(
            "shorts",
            "the shorts have an elastic waistband with a drawstring and a drawstring and a drawstring and a "
            "drawstring and",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin", "contradiction"),
        title="Zivame Women Lavender Polka Dot Print Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Lavender",
        gender="Women",
    ),
    # photo: white running tee with three black stripes on the shoulders, worn with black shorts, white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X978-034",
        caption("a woman wearing a white adidas t-shirt with black stripes on the shoulders and black shorts"),
        Q.color("white"),
        Q.sleeve_length("short sleeve"),
        wearing(
            "white t-shirt and black shorts Question: What is the color of the shorts? Answer: black Question: What is",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "the t-shirt is black", "other_garment_color"),
        details("t-shirt", "the t-shirt details", "restated"),
        Q.material("polyester"),
        title="ADIDAS Women White Own The Run T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: grey melange straight lounge pants with a navy drawcord, worn with a navy tee, white backdrop. VQA
    # adapter; closed by the reference engine.
    case(
        "X978-035",
        caption("a woman in a blue t-shirt and grey pants"),
        Q.garment_type("track pants"),
        Q.color("navy blue", "contradiction"),
        color_of("pants", "grey", kind="open"),
        describe(
            "pants",
            "grey pants with a drawstring waist, straight legs and zip pockets on both sides",
            "unsupported",
        ),
        wearing(
            "she is wearing a blue t-shirt and grey pants and she is wearing a blue t-shirt and grey pants and she is",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Women Grey Melange Straight Fit Lounge Pants 1323",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: red mid-impact sports bra with a small white logo on the band, worn with grey leggings, a white towel
    # over one shoulder, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-036",
        caption("a woman with a towel over her shoulder wearing a red sports bra and grey leggings"),
        wearing("a red sports bra and grey leggings with a towel"),
        Q.color("red"),
        color_of("sports bra", "grey", "other_garment_color", kind="open"),
        details(
            "sports bra",
            "the sports bra has a puma logo on the band and mesh ventilation panels and a hidden pocket for a phone",
            "unsupported",
        ),
        Q.material("polyester elastane"),
        is_a("sports bra", "yes"),
        Q.garment_type("tank top", "contradiction"),
        title="Puma Women Red 4Keeps Mid Impact Sports Bra",
        category="Sports Bra",
        color="Red",
        gender="Women",
    ),
    # photo: off-white oversized tee with "GOOD VIBES" in black, worn with black biker shorts, white backdrop. VQA
    # adapter; closed by the reference engine.
    case(
        "X978-037",
        caption("a woman in a white t-shirt that says good vibes and black shorts"),
        printed("good vibes"),
        Q.color("white"),
        Q.sleeve_length("short sleeve"),
        wearing("no", "non_answer"),
        describe(
            "t-shirt",
            "a white t-shirt with a black good vibes print that is oversized and has a black good vibes print that is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts", "contradiction"),
        title="Roadster Women Off White Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: charcoal slim joggers with zip side pockets, a black drawcord and elastic cuffs, worn with a pink
    # sports bra under an open black zip jacket, white backdrop. VQA adapter; closed by the reference engine. The
    # row has no gender.
    case(
        "X978-038",
        caption("a woman in a black jacket, pink sports bra and grey joggers"),
        wearing("a jacket, a sports bra and joggers"),
        Q.color("grey"),
        color_of("joggers", "pink", "other_garment_color", kind="open"),
        Q.garment_type("joggers"),
        details("joggers", "zip pockets"),
        describe(
            "joggers",
            "slim grey joggers with zip pockets on both sides, an elastic waistband with a black drawcord, "
            "tapered legs "
            "and elastic cuffs at the",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of joggers", "no", "contradiction"),
        title="Alcis Women Charcoal Grey Slim Fit Joggers",
        category="Joggers",
        color="Charcoal",
    ),
    # photo: navy sports bra with a white geometric print, wide straps and a scoop neck, worn with navy tights,
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-039",
        caption("a woman wearing a blue printed sports bra and blue leggings"),
        Q.pattern("printed"),
        Q.color("navy blue"),
        describe(
            "sports bra",
            "the sports bra is a sports bra that is a sports bra that is a sports bra that is a sports bra that is a",
            "loop",
            hit_limit=True,
        ),
        wearing("navy blue sports bra and leggings", who="she"),
        details("sports bra", "white geometric print, wide straps and a scoop neck"),
        Q.material("polyamide with cooling ice silk technology", "unsupported"),
        title="Enamor Women Navy Blue Printed Non-Padded Sports Bra",
        category="Sports Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sea green crew-neck sweatshirt with ribbed cuffs and hem, worn with white joggers, white backdrop. VQA
    # adapter; closed by the reference engine.
    case(
        "X978-040",
        caption("a woman in a green sweatshirt and white pants"),
        Q.color("green"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        describe("sweatshirt", "a mint green sweatshirt with a round neck and ribbed cuffs and hem"),
        wearing("he is wearing a green sweatshirt and white pants", "pronoun"),
        Q.material("wool", "contradiction"),
        is_a("t-shirt", "yes", "contradiction"),
        title="United Colors of Benetton Women Sea Green Solid Cotton Sweatshirt",
        category="Sweatshirts",
        color="Sea Green",
        gender="Women",
    ),
    # photo: magenta round-neck training tee with a small logo on the chest, worn with black tights, holding a steel
    # water bottle, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-041",
        caption("a woman holding a water bottle wearing a pink t-shirt and black leggings"),
        wearing("a pink t-shirt and black leggings and he is holding a water bottle", "pronoun"),
        Q.color("pink"),
        details(
            "t-shirt",
            "the t-shirt has a hrx logo on the chest and a logo on the sleeve and a logo on the back and a logo on the",
            "loop",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "a pink t-shirt with a round neck and short sleeves made of moisture wicking fabric that keeps you dry and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        title="HRX by Hrithik Roshan Women Magenta Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Magenta",
        gender="Women",
    ),
    # photo: pink and white horizontally striped short-sleeve lounge tee with side slits, worn with white
    # lounge pants, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-042",
        caption("a woman wearing a pink and white striped t-shirt and white pants"),
        Q.pattern("striped"),
        Q.color("pink"),
        color_of("t-shirt", "pink and white", kind="open"),
        wearing("a striped shirt and white pants Question: Is this a t-shirt? Answer: yes", "leak"),
        Q.sleeve_length("long sleeve", "contradiction"),
        details("t-shirt", "horizontal stripes and a round neck"),
        describe(
            "t-shirt",
            "a pink and white striped t-shirt with short sleeves, a round neck and a relaxed fit that falls "
            "just below the "
            "hip with side slits at the",
            "cut",
            hit_limit=True,
        ),
        title="DressBerry Women Pink & White Striped Lounge T-shirt",
        category="Lounge Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: peach v-neck longline sports bra worn with matching peach tights (sold separately), white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X978-043",
        caption(
            "a woman wearing a matching peach sports bra and leggings and a peach sports bra and leggings and a peach "
            "sports bra and leggings and a peach sports bra and leggings and a peach sports bra and",
            "loop",
            hit_limit=True,
        ),
        wearing("a peach sports bra and peach leggings"),
        Q.color("peach"),
        Q.garment_type("sports bra"),
        describe("sports bra", "a peach longline sports bra with a v neck"),
        neckline("v-neck"),
        Q.material("the garment is made of the garment", "restated"),
        title="Kica Women Peach Longline Sports Bra",
        category="Sports Bra",
        color="Peach",
        gender="Women",
    ),
    # photo: black crew-neck sweatshirt with PUMA in large white letters, no hood, worn with black joggers and black
    # sneakers, hands in the jogger pockets, white backdrop. VQA adapter; closed by the reference engine. The row
    # has no color.
    case(
        "X978-044",
        caption("a man wearing a black puma sweatshirt and black pants", "pronoun"),
        printed("the word puma in big white letters"),
        Q.color("black"),
        Q.pattern("printed"),
        wearing(
            "a black sweatshirt with a big white puma print on the front and black jogger pants and black sneakers and "
            "she has her hands in the",
            "cut",
            hit_limit=True,
        ),
        details("sweatshirt", "large puma print on the front and a hood with drawstrings", "unsupported"),
        Q.sleeve_length("long sleeve"),
        title="Puma Women Printed Crew Sweatshirt",
        category="Sweatshirts",
        gender="Women",
    ),
    # photo: flat product shot of maroon full-length tights with an elastic waistband, no person, white background.
    # VQA adapter; closed by the reference engine.
    case(
        "X978-045",
        caption("a pair of maroon leggings on a white background"),
        wearing("a maroon pair of leggings"),
        Q.color("maroon"),
        Q.garment_type("leggings"),
        describe("tights", "a woman wearing maroon leggings and a black sports bra", "unsupported"),
        details("tights", "nothing", "non_answer"),
        is_a("pair of track pants", "yes", "contradiction"),
        title="HRX by Hrithik Roshan Women Maroon Solid Tights",
        category="Tights",
        color="Maroon",
        gender="Women",
    ),
    # photo: light blue lounge pants with a white cloud print, drawstring waist and cuffed ankles, worn with a white
    # tee, the model hugs a white pillow, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X978-046",
        caption("a woman in a white t-shirt and blue pajama pants with clouds on them holding a pillow"),
        wearing(
            "Question: What is the person wearing? Answer: pajamas Question: What is the color of the "
            "pajamas? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        describe(
            "lounge pants",
            "blue pants with white clouds and cuffed ankles and a drawstring waist and cuffed ankles and a drawstring "
            "waist and cuffed",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lounge pants"),
        Q.material("soft cotton"),
        title="Sweet Dreams Women Blue Cloud Print Lounge Pants",
        category="Lounge Pants",
        color="Blue",
        gender="Women",
    ),
]
