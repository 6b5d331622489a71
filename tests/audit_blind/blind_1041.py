"""BLIND_1041 (46 products; women's activewear/loungewear, VQA adapter): written blind in the fifty-ninth session.
Measured blind at c12f507 (the session's second rules): 108/124 failures found (87.1%) and 7/178 correct texts flagged
(3.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's activewear and loungewear (sports bras, tights, capris, track pants,
joggers, lounge pants and shorts, sweatshirts, hoodies, t-shirts, a tank top). Catalog photos on a white backdrop,
mostly front views of a model who also wears other garments (a tee over the joggers, a sports bra with the tights,
an open jacket or zip-up over a bra or tee); a few hold a prop (yoga mat, water bottle). Seller columns as the feed
has them: title, category (Myntra article type), color (Myntra base colour), gender; some rows lack category or
color, one row is Unisex, and one seller color is wrong for the photo (black for navy track pants, X1041-020).

Who wrote what: captions of X1041-001 to -038 come from the untuned base model (Salesforce/blip2-opt-2.7b): short
"a woman in a ... and ..." sentences that end by themselves, sometimes with the wrong hue or the wrong garment's
hue. Captions of X1041-039 to -046 were written by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) after a shard
fell back to it: it answers an imagined question, leaks the Question/Answer format, loops to the 50-token limit or
gives one word. All open answers (wearing, describe, details, open color, material) come from the VQA adapter:
In-shop vocabulary ("tee", "pants", "leggings" for tights), short answers when it emits a newline, otherwise it
runs on to the 30-token limit, looping one color or phrase over every garment or stopping mid-phrase; it gives
the other worn garment's color, invents details it cannot see (back pockets, fibres), sometimes answers "yes"/"no"
or one word to an open question, echoes the question, and says "he". Closed answers (garment_type, color, pattern,
sleeve_length, is_a) come from enrich's --engine reference over the VQA adapter: one candidate value each, never
looping or cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Every text is labeled against the photo described in its "# photo:" line, not against the seller's columns: on
  X1041-020 (seller says Black, photo shows dark navy) "navy blue" answers are correct.
- An open answer or caption that gives the product the color of another garment worn in the photo is
  other_garment_color; a closed answer that picks that color is contradiction (the reference engine picked a wrong
  candidate). A wrong hue that no garment in the photo has, a wrong garment type, pattern or sleeve length, and a
  wrong yes/no to "Is this a ...?" are contradiction.
- Near hues are correct: maroon or burgundy as "red", off white as "white", teal or turquoise as "blue", peach or
  coral as "pink"/"orange", charcoal as "dark grey", lavender or mauve as "purple". Red called "orange" is wrong.
- Tights called "leggings", a hoodie answered "yes" to "Is this a sweatshirt?", and a zip-up sweatshirt called a
  "zip up jacket" in the caption are correct; a closed garment_type of "jacket" for a sports bra is not.
- A loop is a loop even when it also repeats a wrong color; the loop label wins. A run-on that stops mid-phrase
  without repeating itself is cut. Both have hit_limit=True.
- A text that contains "Question:" or "Answer:" is leak, whatever else is right or wrong in it.
- Material: a fibre or fabric named in the title (Cotton, Club Fleece, Tech Fleece, Dri-FIT) supports the answer;
  a specific fibre, blend or technical claim with nothing in the title to support it is unsupported.
- Invented details the photo cannot show (back zip pocket in a front view, hook closure, inner lining, a hood on
  a crew neck, reflective strips, a belt) are unsupported.
- A one-word answer, "yes"/"no", or an empty answer to an open question, and "they are shorts" for the shorts'
  details, are non_answer; an answer that only echoes the question's words ("the details of the t-shirt are the
  details of the t-shirt", "describe the joggers") is restated.
- A one-word caption from the VQA adapter ("grey") is non_answer. A VQA-style caption that is right for the photo
  ("the person is wearing a striped tee and pants") is correct.
- "he"/"his" for a Women product is pronoun; no pronoun failure is labeled on the Unisex row.
- A short but right answer ("blue tee", "tank top, shorts") is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length

BLIND_1041 = [
    # photo: black racerback sports bra with a small white swoosh on the chest, black high-waist tights, white
    # backdrop, front view. Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X1041-001",
        caption("a woman in a black sports bra and black leggings posing for a photo"),
        wearing("sports bra and leggings"),
        color_of("sports bra", "black"),
        garment_type("sports bra"),
        color("navy blue", "contradiction"),
        details("sports bra", "racerback straps with a small white logo on the chest"),
        describe(
            "sports bra",
            "black sports bra with a racerback and a white nike logo on the chest, and black leggings with a high "
            "waist and a wide waistband and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        material("cotton and spandex with a moisture-wicking lining", "unsupported"),
        title="Nike Women Black Swoosh Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: navy track pants with a white stripe down each side and a drawstring, plain white t-shirt, white
    # sneakers, white backdrop, front view. Caption: base model; open: VQA adapter; closed: reference engine.
    case(
        "X1041-002",
        caption("a woman wearing a white t-shirt and navy blue track pants"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        color("navy blue"),
        details("track pants", "white stripe down the side, elastic waistband, drawstring"),
        is_a("pair of track pants", "yes"),
        wearing("he is wearing a white tee and navy pants", "pronoun"),
        material("polyester with a soft brushed inside", "unsupported"),
        title="Puma Women Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt with pink "REEBOK" lettering across the chest, ribbed cuffs, black
    # leggings, grey socks and shoes, white backdrop, front view. Caption: base; open: VQA adapter; closed: reference.
    case(
        "X1041-003",
        caption("a woman wearing a grey sweatshirt with pink lettering and black leggings"),
        garment_type("sweatshirt"),
        color_of("sweatshirt", "grey"),
        describe(
            "sweatshirt", "grey crew neck sweatshirt with pink reebok logo on the front, long sleeves and ribbed cuffs"
        ),
        details(
            "sweatshirt",
            "the sweatshirt is grey and the leggings are grey and the shoes are grey and the socks are grey and the",
            "loop",
            hit_limit=True,
        ),
        pattern("graphic"),
        sleeve_length("short sleeves", "contradiction"),
        title="Reebok Women Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy lounge pants with a white pin-dot print, elastic waist with drawstring, worn with a plain white
    # tee, barefoot, white backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-004",
        caption("a woman in a white t-shirt and blue polka dot pajama pants"),
        garment_type("lounge pants"),
        pattern("polka dot"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details(
            "pants",
            "elastic waist with drawstring and two side pockets, the pants are made of cotton and the pants are "
            "made of cotton and the pants are made of",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Jockey Women Navy Blue Printed Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black full-length tights with three white stripes down the side, worn with a pink sports bra, white
    # backdrop, three-quarter front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-005",
        caption("a woman in a pink sports bra and black leggings with white stripes"),
        color_of("tights", "pink", "other_garment_color", kind="open"),
        color("black"),
        is_a("pair of leggings", "yes"),
        describe("tights", "black full length tights with three white stripes on the side and a wide waistband"),
        wearing("a sports bra and tights Question: What is the color of the tights? Answer: pink", "leak", who="she"),
        title="ADIDAS Women Black 3-Stripes Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: pink short-sleeve crew-neck tee with a small white swoosh on the chest, black running shorts, white
    # backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-006",
        caption("a woman wearing a pink nike t-shirt and black shorts"),
        sleeve_length("short sleeves"),
        garment_type("t-shirt"),
        describe("t-shirt", "pink tee with short sleeves and round neck"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        material("dri-fit polyester"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        title="Nike Women Pink Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon joggers with ribbed ankle cuffs, drawstring and side pockets, black tank top, white sneakers,
    # white backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-007",
        caption("a woman in a black tank top and red jogger pants"),
        color("maroon"),
        garment_type("leggings", "contradiction"),
        wearing("tank top and joggers"),
        details(
            "joggers",
            "ribbed cuffs at the ankles, elastic waistband with drawstring, two side pockets and a zip pocket at the "
            "back",
            "unsupported",
        ),
        color_of("joggers", "maroon", kind="open"),
        describe(
            "joggers",
            "maroon joggers with ribbed cuffs Question: What is the color of the tank top? Answer: black",
            "leak",
        ),
        title="Proline Active Women Maroon Solid Joggers",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: lavender scoop-neck sports bra with wide straps and a wide white band printed "ENAMOR" under the bust,
    # grey melange leggings, white backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-008",
        caption("a woman in a purple sports bra and gray leggings"),
        color_of("sports bra", "grey", "other_garment_color", kind="open"),
        color("lavender"),
        is_a("sports bra", "yes"),
        describe(
            "sports bra",
            "lavender sports bra with a wide white printed band under the bust, scoop neck and wide straps, and a "
            "pair of grey leggings with a high waist and a pocket on the side of the",
            "cut",
            hit_limit=True,
        ),
        material("nylon", "unsupported"),
        title="Enamor Women Lavender Padded Sports Bra",
        category="Bra",
        color="Lavender",
        gender="Women",
    ),
    # photo: black crew-neck tee with a large gold PUMA cat logo print, short sleeves, grey joggers, white backdrop,
    # front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-009",
        caption("a woman wearing a black puma t-shirt with a gold logo and grey pants"),
        pattern("solid", "contradiction"),
        color_of("tee", "black"),
        wearing("she is wearing a black tee and grey pants", who="she"),
        details("tee", "gold puma print on the front, short sleeves, crew neck"),
        sleeve_length("sleeveless", "contradiction"),
        material("100% cotton", "unsupported"),
        title="Puma Women Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: teal full-length tights with black mesh panels at the calves, high waist, black cropped tank top,
    # white backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-010",
        caption("a woman in a black top and blue leggings"),
        color_of("tights", "teal"),
        color_of(
            "tights",
            "black and the top is black and the shoes are black and the top is black and the shoes are black and "
            "the top",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("tights", "mesh panels at the calves, high waist"),
        material("polyester and elastane with a reflective logo", "unsupported"),
        wearing("a black crop top and teal tights"),
        is_a("pair of track pants", "yes", "contradiction"),
        title="Reebok Women Teal Mesh Panel Tights",
        category="Tights",
        color="Teal",
        gender="Women",
    ),
    # photo: grey melange pullover hoodie with kangaroo pocket, drawstring hood and a white swoosh, black leggings,
    # white backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-011",
        caption("a woman wearing a grey hoodie and black leggings"),
        garment_type("hoodie"),
        is_a("sweatshirt", "yes"),
        describe("hoodie", "grey hoodie with a kangaroo pocket, drawstring hood and a white nike logo"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        material("fleece"),
        wearing("he is wearing a grey hoodie and black pants", "pronoun"),
        details(
            "hoodie",
            "kangaroo pocket at the front, drawstring hood, white nike logo on the chest, ribbed cuffs and hem, and "
            "the leggings are black with a high",
            "cut",
            hit_limit=True,
        ),
        title="Nike Women Grey Melange Club Fleece Hoodie",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black longline short-sleeve round-neck tee, worn with grey-and-white checked pajama pants, white
    # backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-012",
        caption("a woman in a black t-shirt and grey plaid pajama pants"),
        sleeve_length("short sleeves"),
        color("black"),
        details("t-shirt", "", "non_answer"),
        describe(
            "t-shirt",
            "black t-shirt with a round neck and short sleeves, and grey and white checked pajama pants with an "
            "elastic waist and a drawstring and a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "dark blue", "contradiction", kind="open"),
        title="Jockey Women Black Relaxed Fit Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: off-white crew-neck sweatshirt with a black linear "adidas" logo on the chest, ribbed cuffs and hem,
    # black track pants with three white stripes, white backdrop, front view. Caption: base; open: VQA; closed: ref.
    case(
        "X1041-013",
        caption("a woman in a white sweatshirt and black pants"),
        color_of("sweatshirt", "white"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        garment_type("sweatshirt"),
        details("sweatshirt", "black adidas logo on the chest, ribbed cuffs and hem"),
        pattern("striped", "contradiction"),
        describe(
            "sweatshirt", "off white sweatshirt with black adidas logo, a hood and a kangaroo pocket", "unsupported"
        ),
        title="ADIDAS Women Off White Essentials Linear Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: red sports bra with a black elastic underband, black shorts, white backdrop, front view. Caption: base
    # model; open: VQA adapter; closed: reference engine.
    case(
        "X1041-014",
        caption("a woman in an orange sports bra and black shorts", "contradiction"),
        wearing("Answer: a red sports bra and black shorts", "leak"),
        color("red"),
        is_a("t-shirt", "no"),
        details(
            "sports bra",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        describe("sports bra", "red sports bra with a black band"),
        title="FILA Women Red Solid Sports Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: olive joggers with a small white puma logo on the left thigh, elastic cuffs, drawstring waist, white
    # crop tee, white sneakers, white backdrop, front view. Caption: base; open: VQA adapter; closed: reference.
    case(
        "X1041-015",
        caption("a woman in a white crop top and green pants"),
        color_of("joggers", "olive"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        details("joggers", "white puma logo on the thigh, elastic cuffs, drawstring waist"),
        garment_type("joggers"),
        wearing("she is wearing a white crop top and olive joggers with a black belt", "unsupported", who="she"),
        describe("joggers", "describe the joggers", "restated"),
        title="Puma Women Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: royal blue short-sleeve tee with a white "RUN" text print on the chest, black capri tights, white
    # backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-016",
        caption("a woman wearing a blue t-shirt with the word run on it"),
        pattern("printed"),
        sleeve_length("short sleeves"),
        describe("t-shirt", "blue tee"),
        details("t-shirt", "Question: What are the t-shirt details? Answer: the t-shirt has a print", "leak"),
        color_of("t-shirt", "blue"),
        material("cotton"),
        garment_type("sweatshirt", "contradiction"),
        title="Proline Women Blue Printed Cotton T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black 3/4-length capri tights with pink piping along the sides, pink racerback tank top, white
    # backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-017",
        caption("a woman in a pink tank top and black capri pants"),
        garment_type("capris"),
        color_of("capris", "pink", "other_garment_color", kind="open"),
        details("capris", "pink piping along the sides, 3/4 length"),
        wearing("a pink tank top and black capris"),
        is_a("pair of shorts", "yes", "contradiction"),
        describe(
            "capris",
            "black capris with pink piping on the sides and a wide waistband, the tank top is pink with a racerback "
            "and a scoop neck and the",
            "cut",
            hit_limit=True,
        ),
        title="Reebok Women Black Training Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: white sports bra with a black swoosh, black tights, the model holds a rolled blue yoga mat, white
    # backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-018",
        caption("a woman in a white sports bra holding a yoga mat"),
        color("black", "contradiction"),
        color_of("sports bra", "white", kind="open"),
        describe("sports bra", "white sports bra with a black nike logo, and she is holding a blue yoga mat"),
        details(
            "sports bra",
            "the sports bra is white and the sports bra is white and the sports bra is white and the sports bra is "
            "white and",
            "loop",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        wearing("yes", "non_answer"),
        title="Nike Women White Swoosh Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: grey melange lounge shorts with navy piping and an elastic waist, navy tank top, white backdrop, front
    # view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-019",
        caption("a woman in a blue tank top and grey shorts"),
        garment_type("shorts"),
        color_of("shorts", "grey"),
        details("shorts", "they are shorts", "non_answer"),
        wearing("a navy tank top and grey shorts with navy piping"),
        describe(
            "shorts",
            "grey shorts with blue piping and side pockets, with a zipper and a button at the front",
            "unsupported",
        ),
        color("navy blue", "contradiction"),
        title="Jockey Women Grey Melange Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: very dark navy track pants (the seller calls them black) with three white stripes, zip pockets and
    # tapered ankles, white tee, white backdrop, front view. Caption: base; open: VQA adapter; closed: reference.
    case(
        "X1041-020",
        caption("a woman in a white t-shirt and navy blue track pants"),
        color("navy blue"),
        color_of("track pants", "dark blue with white stripes", kind="open"),
        is_a("pair of jeans", "no"),
        details("track pants", "three white stripes on the sides, zip pockets, tapered ankles"),
        wearing("he is wearing a white t-shirt and blue track pants", "pronoun"),
        material("nylon", "unsupported"),
        title="ADIDAS Women Black Tiro Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: peach crew-neck sweatshirt with a white puma cat logo on the chest, long sleeves, ribbed hem, white
    # joggers, white backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-021",
        caption("a woman in a pink sweatshirt and white pants"),
        color("peach"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        garment_type("hoodie", "contradiction"),
        describe("sweatshirt", "peach sweatshirt with a white puma logo on the chest, long sleeves and a ribbed hem"),
        title="Puma Women Peach Solid Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: black tights with an all-over grey camouflage print, black sports bra, white backdrop, front view.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-022",
        caption("a woman in a black sports bra and camouflage leggings"),
        pattern("camouflage"),
        color("black"),
        color_of("tights", "black", kind="open"),
        details(
            "tights",
            "camouflage print, high waist band, the leggings are black, the sports bra is black, the leggings are "
            "black, the sports bra is black, the leggings",
            "loop",
            hit_limit=True,
        ),
        wearing("black", "non_answer"),
        title="Nike Women Black Printed Power Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: mustard-yellow v-neck short-sleeve tee with a small white reebok logo on the left chest, navy shorts,
    # white backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-023",
        caption("a woman in a yellow t-shirt and blue shorts"),
        sleeve_length("long sleeves", "contradiction"),
        color_of("t-shirt", "mustard yellow", kind="open"),
        describe(
            "t-shirt",
            "yellow v neck t-shirt with short sleeves and a small white reebok logo on the left side of the chest, "
            "the t-shirt is paired with navy blue shorts with white",
            "cut",
            hit_limit=True,
        ),
        garment_type("t-shirt"),
        title="Reebok Women Mustard V-Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy full-zip sweatshirt with a stand collar and a white fila logo on the chest, worn open over a white
    # tee, black leggings, white backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-024",
        caption("a woman wearing a navy blue zip up jacket over a white t-shirt"),
        garment_type("sweatshirt"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        color("navy blue"),
        details("sweatshirt", "full zip front, stand collar, white fila logo on the chest"),
        wearing("she is wearing a navy jacket over a white t-shirt and black leggings", who="she"),
        describe("sweatshirt", "the sweatshirt is a sweatshirt", "restated"),
        material("fleece", "unsupported"),
        title="FILA Women Navy Blue Zip Up Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: coral scoop-neck sports bra with wide straps, navy leggings, white backdrop, front view. The row has no
    # color column. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-025",
        caption("a woman in an orange sports bra and blue leggings"),
        color_of("sports bra", "coral"),
        wearing(
            "sports bra and leggings, sports bra and leggings, sports bra and leggings, sports bra and leggings, "
            "sports bra and",
            "loop",
            hit_limit=True,
        ),
        details("sports bra", "wide straps and a scoop neck"),
        is_a("tank top", "yes", "contradiction"),
        material("nylon and spandex, the non padded cups are removable", "unsupported"),
        title="Enamor Women Coral Non-Padded Sports Bra",
        category="Bra",
        gender="Women",
    ),
    # photo: charcoal joggers with a zip pocket on the right thigh, ribbed cuffs, drawstring, light grey hoodie,
    # white backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-026",
        caption("a woman in a grey hoodie and dark grey jogger pants"),
        color("charcoal"),
        color_of("joggers", "light grey", "other_garment_color", kind="open"),
        details("joggers", "zip pocket on the thigh, ribbed cuffs, drawstring"),
        material("tech fleece"),
        garment_type("joggers"),
        describe(
            "joggers",
            "dark grey joggers with a zip pocket on the right thigh and ribbed cuffs, the hoodie is light grey with "
            "a kangaroo pocket and a hood with a",
            "cut",
            hit_limit=True,
        ),
        title="Nike Women Charcoal Grey Tech Fleece Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: green racerback tank top with a white palm-leaf print, black shorts, white backdrop, front view.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-027",
        caption("a woman in a blue tank top with white leaves and black shorts", "contradiction"),
        sleeve_length("sleeveless"),
        pattern("printed"),
        color_of("tank top", "green and white", kind="open"),
        details(
            "tank top", "racerback, white palm leaf print, a pocket on the chest and a zip at the back", "unsupported"
        ),
        wearing("tank top, shorts"),
        title="Puma Women Green Printed Tank Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy sports bra under an open black windbreaker jacket, black tights, white backdrop, front view.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-028",
        caption("a woman in a black jacket and a red sports bra"),
        color_of("sports bra", "black", "other_garment_color", kind="open"),
        color("burgundy"),
        wearing("a black jacket, a sports bra and black leggings"),
        garment_type("jacket", "contradiction"),
        details("sports bra", "The details are the details of the sports bra.", "restated"),
        title="ADIDAS Women Burgundy Training Sports Bra",
        category="Bra",
        color="Burgundy",
        gender="Women",
    ),
    # photo: purple-and-white checked pajama pants with an elastic drawstring waist, side pockets and a small
    # jockey label, white tee, white backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-029",
        caption("a woman in a white t-shirt and purple plaid pajama pants"),
        pattern("checked"),
        color_of("pants", "purple and white checks", kind="open"),
        describe("pants", "purple checked pants"),
        details(
            "pants",
            "elastic waistband with a drawstring and a small jockey label, side pockets, the pants are made of "
            "cotton and the pants are made of cotton and the pants are made",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        wearing("no", "non_answer"),
        title="Jockey Women Purple Checked Cotton Lounge Pants",
        category="Lounge Pants",
        color="Purple",
        gender="Women",
    ),
    # photo: turquoise crew-neck sweatshirt with white raglan sleeves (color block), black leggings, white backdrop,
    # front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-030",
        caption("a woman in a blue and white sweatshirt and black leggings"),
        pattern("colorblock"),
        color_of("sweatshirt", "turquoise blue"),
        color_of("sweatshirt", "blue with white sleeves", kind="open"),
        describe(
            "sweatshirt",
            "The sweatshirt is blue. Question: Describe the leggings. Answer: The leggings are black.",
            "leak",
        ),
        garment_type("t-shirt", "contradiction"),
        wearing(
            "a blue sweatshirt with white sleeves and a round neck and ribbed cuffs and black leggings with a high "
            "waist and white shoes with a white",
            "cut",
            hit_limit=True,
        ),
        title="Reebok Women Turquoise Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black running shorts with white side splits, neon-green short-sleeve tee, white backdrop, front view.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-031",
        caption("a woman in a green t-shirt and black shorts"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        color("black"),
        details("shorts", "side slits, elastic waistband, inner brief lining and a pocket for keys", "unsupported"),
        garment_type("shorts"),
        wearing("he is wearing a bright green tee and black running shorts", "pronoun"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Proline Active Women Black Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: white short-sleeve tee with a black "JUST DO IT" print, black leggings, the model holds a clear water
    # bottle, white backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-032",
        caption("a woman in a white t-shirt holding a water bottle"),
        color("white"),
        pattern("solid", "contradiction"),
        describe("t-shirt", "white t-shirt with black just do it print and short sleeves"),
        details(
            "t-shirt",
            "short sleeves, round neck, print on the front, short sleeves, round neck, print on the front, short "
            "sleeves, round neck",
            "loop",
            hit_limit=True,
        ),
        wearing("tee", "non_answer"),
        title="Nike Women White Just Do It Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: black cropped sweatshirt with long sleeves and a small white puma logo, high-waist black leggings,
    # grey sneakers, white backdrop, front view. The row has no category. Caption: base; open: VQA; closed: ref.
    case(
        "X1041-033",
        caption("a woman in a black cropped sweatshirt and black leggings"),
        garment_type("sweatshirt"),
        color_of("sweatshirt", "black", kind="open"),
        details("sweatshirt", "cropped hem, long sleeves, a small white puma logo"),
        material("polyester", "unsupported"),
        is_a("hoodie", "no"),
        title="Puma Women Black Cropped Sweatshirt",
        color="Black",
        gender="Women",
    ),
    # photo: mid-grey tights with black side panels and a high waist, black tee with a white adidas logo, white
    # backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-034",
        caption("a woman in a black t-shirt and grey leggings"),
        color_of("tights", "black", "other_garment_color", kind="open"),
        color("grey"),
        details("tights", "yes", "non_answer"),
        describe(
            "tights",
            "grey tights with black panels on the sides and a high waist, the t-shirt is black with a white adidas "
            "logo on the chest and short sleeves and the",
            "cut",
            hit_limit=True,
        ),
        garment_type("leggings"),
        title="ADIDAS Women Grey Believe This Tights",
        category="Tights",
        color="Grey",
        gender="Women",
    ),
    # photo: light pink short-sleeve round-neck tee with a small white star print, grey pajama shorts, white
    # backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-035",
        caption("a woman in a pink t-shirt with white stars and grey shorts"),
        pattern("printed"),
        sleeve_length("short sleeves"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        details("t-shirt", "Answer: star print, round neck", "leak"),
        wearing("she is wearing a pink t-shirt and grey shorts", who="she"),
        color("grey", "contradiction"),
        title="Jockey Women Pink Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: sea-green track pants with white piping down the sides and an elastic waist, white sweatshirt, white
    # backdrop, front view. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-036",
        caption("a woman in a white sweatshirt and green track pants"),
        color("sea green"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        garment_type("track pants"),
        details(
            "track pants",
            "white piping on the sides, elastic waist, the track pants are green and white and the track pants are "
            "green and white and the track pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white sweatshirt and green pants", "pronoun"),
        title="FILA Women Sea Green Track Pants",
        category="Track Pants",
        color="Sea Green",
        gender="Women",
    ),
    # photo: navy sports bra with a white underband and wide straps, pink shorts, white backdrop, front view.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X1041-037",
        caption("a woman in a blue sports bra and pink shorts"),
        color("navy blue"),
        is_a("sports bra", "no", "contradiction"),
        describe("sports bra", "navy blue sports bra with a white band and wide straps"),
        wearing("sports bra and shorts"),
        details(
            "sports bra",
            "white band under the bust with a nike logo, wide straps, scoop neck, and the shorts are pink with a "
            "white drawstring and a",
            "cut",
            hit_limit=True,
        ),
        title="Nike Women Navy Blue Swoosh Sports Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white joggers with a drawstring, cuffed ankles and a small black reebok logo on the thigh, black
    # cropped hoodie, white sneakers, white backdrop, front view. Caption: base; open: VQA adapter; closed: reference.
    case(
        "X1041-038",
        caption("a woman in a black hoodie and white pants"),
        color_of("joggers", "black", "other_garment_color", kind="open"),
        color("white"),
        details(
            "joggers",
            "drawstring, cuffed ankles, a black reebok logo on the thigh and reflective strips on the back",
            "unsupported",
        ),
        garment_type("joggers"),
        describe(
            "joggers",
            "she is wearing white joggers and a black hoodie and white sneakers and she is standing on a white "
            "background and she is wearing white joggers and a",
            "loop",
            hit_limit=True,
        ),
        title="Reebok Women White Joggers",
        category="Track Pants",
        color="White",
        gender="Women",
    ),
    # photo: black full-length tights with a pink puma logo on the left thigh, pink cropped tank top, white
    # backdrop, front view. Caption: VQA adapter (fallback); open: VQA adapter; closed: reference engine.
    case(
        "X1041-039",
        caption("Question: What cloth is the person wearing? Answer: tee, leggings", "leak"),
        color("black"),
        color_of("tights", "black", kind="open"),
        wearing("tank top and leggings"),
        details(
            "tights",
            "pink logo on the thigh, and the tank top is pink and the leggings are pink and the tank top is pink and",
            "loop",
            hit_limit=True,
        ),
        garment_type("track pants", "contradiction"),
        title="Puma Women Black Logo Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: cobalt-blue crew-neck sweatshirt with a white swoosh on the chest, long sleeves, grey joggers, white
    # backdrop, front view. Caption: VQA adapter (fallback); open: VQA adapter; closed: reference engine.
    case(
        "X1041-040",
        caption(
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt "
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt "
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt",
            "loop",
            hit_limit=True,
        ),
        color("blue"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        describe("sweatshirt", "blue crew neck sweatshirt with a white nike logo"),
        sleeve_length("long sleeves"),
        material("cotton and polyester blend with a brushed fleece inside", "unsupported"),
        is_a("hoodie", "yes", "contradiction"),
        title="Nike Women Blue Crew Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange short-sleeve tee with a black "PROLINE" print on the chest, black joggers, white
    # backdrop, front view. Caption: VQA adapter (fallback); open: VQA adapter; closed: reference engine.
    case(
        "X1041-041",
        caption("grey", "non_answer"),
        color("grey melange"),
        color_of("t-shirt", "grey", kind="open"),
        wearing("tee and pants"),
        pattern("printed"),
        details("t-shirt", "black proline print on the chest, round neck and the sleeves are rolled up", "unsupported"),
        title="Proline Women Grey Melange Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: plain navy lounge joggers with an elastic waist, white tee with thin navy horizontal stripes, white
    # backdrop, front view. The row has no color column. Caption: VQA adapter (fallback); open: VQA; closed: reference.
    case(
        "X1041-042",
        caption("the person is wearing a striped tee and pants"),
        color("navy blue"),
        pattern("striped", "contradiction"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        details("joggers", "the joggers details are joggers", "restated"),
        garment_type("joggers"),
        title="Jockey Women Navy Blue Solid Lounge Joggers",
        category="Lounge Pants",
        gender="Women",
    ),
    # photo: lime-green sports bra with a black adidas logo, black leggings, white backdrop, side view (the back is
    # not visible). Caption: VQA adapter (fallback); open: VQA adapter; closed: reference engine.
    case(
        "X1041-043",
        caption("Question: What is the color of the tee? Answer: green", "leak"),
        color("lime green"),
        is_a("sports bra", "yes"),
        wearing("she is wearing a green sports bra and black leggings", who="she"),
        describe(
            "sports bra",
            "green sports bra with black adidas logo, the back has a keyhole cut out and a hook closure",
            "unsupported",
        ),
        color_of("sports bra", "black", "other_garment_color", kind="open"),
        title="ADIDAS Women Lime Green Sports Bra",
        category="Bra",
        color="Lime Green",
        gender="Women",
    ),
    # photo: red long-sleeve crew-neck tee with thumbholes at the cuffs and a white reebok delta logo on the chest,
    # black tights, white backdrop, front view. Caption: VQA adapter (fallback); open: VQA adapter; closed: reference.
    case(
        "X1041-044",
        caption(
            "tee, leggings, tee, leggings, tee, leggings, tee, leggings, tee, leggings, tee, leggings, tee, "
            "leggings, tee, leggings, tee, leggings, tee, leggings, tee, leggings, tee,",
            "loop",
            hit_limit=True,
        ),
        sleeve_length("long sleeves"),
        color("red"),
        color_of("t-shirt", "red", kind="open"),
        details("t-shirt", "thumbholes at the cuffs, crew neck, and the reebok delta logo on the chest in white"),
        wearing("he is wearing a red tee and black leggings", "pronoun"),
        garment_type("sweatshirt", "contradiction"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        title="Reebok Women Red Long Sleeve T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: a woman in black joggers with zip side pockets, a white puma logo on the left leg and drawstring, and
    # a white hoodie, white backdrop, front view; the row is Unisex. Caption: VQA adapter (fallback); open: VQA;
    # closed: reference engine.
    case(
        "X1041-045",
        caption("a woman wearing a white hoodie and black pants"),
        color("black"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        wearing("white hoodie and black joggers"),
        details(
            "joggers",
            "zip pockets on both sides and a white puma logo on the left leg and a drawstring and cuffs and the "
            "hoodie has a kangaroo pocket and a hood and a",
            "cut",
            hit_limit=True,
        ),
        garment_type("track pants"),
        title="Puma Unisex Black Essential Joggers",
        category="Track Pants",
        color="Black",
        gender="Unisex",
    ),
    # photo: mauve crew-neck sweatshirt with a white "HRX" print on the chest, lilac joggers, white backdrop, front
    # view. Caption: VQA adapter (fallback); open: VQA adapter; closed: reference engine.
    case(
        "X1041-046",
        caption(
            "the color of the sweatshirt is purple Question: What is the color of the pants? Answer: purple", "leak"
        ),
        color("mauve"),
        color_of("sweatshirt", "purple", kind="open"),
        describe("sweatshirt", "purple sweatshirt with a white hrx print"),
        garment_type("sweatshirt"),
        material("organic cotton", "unsupported"),
        title="HRX by Hrithik Roshan Women Mauve Printed Sweatshirt",
        category="Sweatshirts",
        color="Mauve",
        gender="Women",
    ),
]
