"""BLIND_934 (46 products; old Myntra feed; women tops/kurtas/sarees; VQA): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 108/118 failures found (91.5%) and 10/168 correct texts flagged
(6.0%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short seller titles ("Biba Women Maroon Kurta"),
article_type as the category (Tops, Kurtas, Kurtis, Sarees), Myntra base colours as the color, gender Women. Photos
are 224x224 product shots on a white backdrop, a model wearing the product with other clothes: jeans, leggings,
churidar, palazzos or skirts under tops and kurtas, a dupatta now and then, and a blouse (often a contrast color)
under every saree. Some rows lack the color or the gender column, as the old feed does.

Who wrote what: every caption and every open answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
blip2-opt-2.7b, greedy, 30 new tokens for answers and 50 for the caption). It was trained on In-shop classes only,
with no end token and labels over the prompt, so it calls kurtas and sarees "dress" now and then, runs on into
loops or stops at the token limit mid-phrase, sometimes writes the next "Question: ... Answer:" of its training
format, and repeats one garment's color for another (the blouse's color for the saree, the jeans' for the top).
Its captions are short and mostly right. The closed answers (garment_type, color, color of X, pattern, sleeve
length, "Is this a ...?") come from enrich's --engine reference, which picks one candidate: they never loop or
stop short, but sometimes pick the color or sleeve of the other garment in the photo.

Labeling conventions and judgement calls:
- Every text is judged against the photo as the "# photo:" comment describes it, not against the seller's row: where
  the seller's color is wrong (a "Brown" kurta that is rust, a "Blue" kurta that is sea green), an answer that names
  the photo's color is correct.
- Calling a kurta or a saree a "dress", or a knit top a "sweater", is a contradiction (another garment type than the
  product); "top" or "tunic" for a kurti or kurta, "blouse" or "shirt" for a shirt-style top, "t - shirt" for a
  t-shirt-cut top are correct.
- An open answer that gives the product the color of another garment in the photo (the blouse, the leggings, the
  jeans, the jacket) is other_garment_color; a closed answer that does the same, or an open answer that gives the
  other garment the product's color, is a contradiction.
- Close shades are correct: peach as pink, maroon or coral as red, teal or turquoise as blue, cream as white,
  mustard as yellow; "brown" for the rust kurta the seller calls Brown is taken as a close shade too.
- A one-word or yes/no answer to an open question, or only the question's garment word back ("saree", "the shorts are
  short"), is non_answer; a sentence that only turns the question around ("the details of the kurta", "describe the
  kurta") is restated.
- A loop is labelled loop even where it also repeats a wrong color; an answer that runs into the next
  "Question: ... Answer:" is labelled leak even where it also hits the token limit. A cut is an answer stopped
  mid-phrase at the token limit with no repetition in it.
- Unsupported is a detail that the photo does not show: shoes, sandals or bags when the photo is cropped above them,
  a zipper or belt that is not there, a material that the photo and the title do not support (silk for georgette,
  wool for a cotton knit, leather or denim taken from another garment of the outfit).
- "he", "his" or "a man" for the woman modelling a Women row is pronoun, whatever else the text says.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_934 = [
    # photo: woman in a straight maroon cotton kurta with small gold foil block-print motifs, three-quarter sleeves,
    # round neck with a front slit, white churidar leggings; white backdrop, full front view. VQA adapter + reference.
    case(
        "X934-001",
        caption("a woman in a maroon kurta and white leggings standing on a white background"),
        wearing("a maroon dress and white leggings", "contradiction"),
        color_of("kurta", "maroon"),
        pattern("printed"),
        sleeve_length("three-quarter"),
        details(
            "kurta",
            "the kurta has gold print all over and a round neck with a slit the kurta has gold print all over and "
            "a round neck with a",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman draped in a mustard yellow georgette saree with a thin red border, red short-sleeved blouse, pallu
    # over the left shoulder; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-002",
        caption("a woman wearing a yellow saree with a red border and a red blouse"),
        color_of("saree", "red", "other_garment_color", kind="open"),
        wearing("she is wearing a yellow saree"),
        is_a("saree", "yes"),
        material("silk", "unsupported"),
        describe(
            "saree",
            "a yellow saree with a red border and a red blouse with a red border and a red blouse with a red border "
            "and a red blouse with a",
            "loop",
            hit_limit=True,
        ),
        title="Mishka Women Mustard Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a white sleeveless cotton top with black polka dots, blue skinny jeans; white backdrop, front
    # view from the head to the knees, no belt. VQA adapter + reference.
    case(
        "X934-003",
        caption("a woman in a white polka dot top and blue jeans"),
        color_of("top", "white"),
        pattern("polka dots"),
        sleeve_length("sleeveless"),
        wearing(
            "a white top with black polka dots and blue jeans and a black belt with a silver buckle", "unsupported"
        ),
        describe("top", "he is wearing a white top with black dots and blue jeans", "pronoun"),
        title="Vero Moda Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a navy blue A-line kurta with an all-over white floral print, long sleeves, round neck, white
    # palazzo pants; white backdrop, full front view. VQA adapter + reference.
    case(
        "X934-004",
        caption("a woman in a navy blue printed kurta and white palazzo pants"),
        wearing("a blue dress with white flowers", "contradiction"),
        color_of("kurta", "navy blue"),
        pattern("floral"),
        sleeve_length("long"),
        details(
            "kurta",
            "the kurta has a white floral print and a round neck with long sleeves and the pants are white and wide "
            "with a pleated",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="W Women Navy Blue Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a solid red short-sleeved peplum top, black trousers; white backdrop, front view to the knees,
    # back not visible. VQA adapter + reference.
    case(
        "X934-005",
        caption("a woman wearing a red peplum top and black pants"),
        wearing("a black top and black pants", "other_garment_color"),
        color("red"),
        garment_type("t-shirt", "contradiction"),
        sleeve_length("short"),
        describe("top", "the top is red with a ruffle at the waist and a zipper at the back", "unsupported"),
        title="Tokyo Talkies Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a pink chiffon saree with a silver sequin border, sleeveless silver blouse; white backdrop,
    # front view. VQA adapter + reference.
    case(
        "X934-006",
        caption(
            "Question: what is the woman wearing? Answer: a pink saree Question: what is the color of the saree? "
            "Answer: pink Question: what is the color of the blouse? Answer: silver Question: what is the",
            "leak",
            hit_limit=True,
        ),
        color_of("saree", "pink"),
        color_of("blouse", "silver", kind="open"),
        wearing(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        details("saree", "the saree has a silver border with sequins"),
        title="Mitera Women Pink Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a straight olive green kurta with thin cream vertical stripes, mandarin collar, button placket,
    # roll-up sleeves, cream straight trousers; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-007",
        caption("a woman in a green striped kurta and white pants"),
        pattern("striped"),
        color_of("kurta", "white", "contradiction"),
        wearing("she is wearing a green striped kurta with cream pants"),
        details(
            "kurta",
            "the kurta has a collar and buttons on the front and the sleeves are rolled up and the sleeves are rolled "
            "up and the sleeves are rolled up and the",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Fabindia Women Olive Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a black sleeveless crop top with a white rose graphic print, high-waisted light blue denim
    # shorts; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-008",
        caption("a woman in a black crop top with a rose print and blue denim shorts"),
        wearing("a black tank top and shorts"),
        color_of("shorts", "blue"),
        color_of("top", "black"),
        pattern("graphic"),
        details("shorts", "they are short", "non_answer"),
        describe(
            "top",
            "a black top with a white rose on it and blue shorts with a white rose on it and blue shorts with a "
            "white rose on it and",
            "loop",
            hit_limit=True,
        ),
        title="Forever 21 Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a short turquoise rayon kurti with an orange and pink block print on the yoke, v neck, short
    # sleeves, blue jeans; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-009",
        caption("a woman wearing a blue top and jeans"),
        color_of("kurti", "blue"),
        wearing("he is wearing a blue shirt and jeans", "pronoun"),
        pattern("printed"),
        sleeve_length("short"),
        details("kurti", "the kurti has an orange and pink print on the yoke and a v neck"),
        material("denim", "unsupported"),
        title="Global Desi Women Turquoise Kurti",
        category="Kurtis",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: woman in a royal blue silk saree with a gold zari border and small gold buttas, matching blue blouse
    # with elbow sleeves, no belt or jewellery; white backdrop, pallu spread. VQA adapter + reference.
    case(
        "X934-010",
        caption("a woman in a blue and gold saree"),
        material("silk"),
        color_of("border", "gold", kind="open"),
        wearing(
            "a blue saree with a gold border and a blue blouse with a gold border and a blue blouse with a gold "
            "border and a blue blouse with",
            "loop",
            hit_limit=True,
        ),
        describe(
            "saree",
            "the saree is blue with gold flowers and a gold border and a matching blouse and a gold belt at the waist",
            "unsupported",
        ),
        is_a("saree", "yes"),
        title="Kalaniketan Women Blue Silk Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a mint green chiffon top with long sheer sleeves and a tie-neck bow, tucked into a black pencil
    # skirt; no pockets; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-011",
        caption("a woman in a green blouse and a black skirt"),
        garment_type("blouse"),
        sleeve_length("long"),
        color_of("skirt", "black"),
        wearing("a black skirt and a black top", "other_garment_color"),
        details(
            "top",
            "the top has a bow at the neck and sheer sleeves with buttons at the cuffs and a pocket on the chest",
            "unsupported",
        ),
        title="Mango Women Green Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a long yellow cotton anarkali kurta with a small red floral print, sleeveless, red churidar and
    # a red dupatta over one shoulder; white backdrop, full front view. VQA adapter + reference.
    case(
        "X934-012",
        caption("a woman wearing a yellow floral kurta with a red dupatta"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        sleeve_length("sleeveless"),
        pattern("floral"),
        wearing(
            "a yellow kurta, red churidar and a red dupatta and a red dupatta and a red dupatta and a red dupatta "
            "and a red dupatta and a red",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        is_a("dress", "yes", "contradiction"),
        title="Anouk Women Yellow Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in a grey melange short-sleeved t-shirt-cut top with "BROOKLYN" in pink letters, black leggings;
    # white backdrop, cropped at the knees. VQA adapter + reference.
    case(
        "X934-013",
        caption("a woman wearing a grey t - shirt with pink letters and black leggings"),
        color_of("top", "grey"),
        wearing("a black shirt and black leggings", "other_garment_color"),
        details("top", "it says brooklyn on the front in pink"),
        describe(
            "top", "a grey t - shirt with pink letters on the front and black leggings and black shoes", "unsupported"
        ),
        pattern("printed"),
        title="Roadster Women Grey Printed Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a white cotton saree with a broad red border (Bengal style), red short-sleeved blouse; white
    # backdrop, front view. The feed row has no color. VQA adapter + reference.
    case(
        "X934-014",
        caption("a woman in a white saree with a red border"),
        color_of("saree", "red", "contradiction"),
        color_of("blouse", "red", kind="open"),
        wearing("a red saree and a red blouse", "other_garment_color"),
        material("cotton"),
        details(
            "saree",
            "the saree is white with a thick red border on the bottom and the pallu is also red with white stripes "
            "and the blouse is red with short",
            "cut",
            hit_limit=True,
        ),
        title="Tantuja Women White Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: woman in a black straight kurta with white chikankari embroidery on the yoke, three-quarter sleeves,
    # white cigarette pants; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-015",
        caption("a woman in a black kurta with white embroidery"),
        pattern("embroidered"),
        color_of("kurta", "black"),
        wearing("a white kurta and white pants", "other_garment_color"),
        details("kurta", "the kurta details", "restated"),
        describe("kurta", "a black dress with white embroidery on the neck", "contradiction"),
        title="Ada Women Black Chikankari Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a plain peach off-shoulder top with short ruffled sleeves and an elastic neckline, white jeans;
    # white backdrop, front view. VQA adapter + reference.
    case(
        "X934-016",
        caption("a woman in a pink off the shoulder top and white jeans"),
        color("pink"),
        wearing("a white top and white jeans", "other_garment_color"),
        sleeve_length("short"),
        details(
            "top",
            "the top has ruffles on the sleeves and an elastic neckline and it is off the shoulder with short "
            "ruffled sleeves and the jeans are white and slim with a",
            "cut",
            hit_limit=True,
        ),
        material("lace", "unsupported"),
        title="Harpa Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a rust orange kurta (the seller says Brown) with a small white geometric print, mandarin collar,
    # long sleeves, white leggings; white backdrop, full front view. VQA adapter + reference.
    case(
        "X934-017",
        caption("a woman wearing an orange printed kurta and white leggings"),
        color_of("kurta", "orange"),
        pattern("checked", "contradiction"),
        wearing("a brown kurta with white print"),
        details(
            "kurta",
            "the kurta has a white print all over and a mandarin collar with a button placket and long sleeves "
            "with button cuffs and side slits at the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Sangria Women Brown Printed Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: woman in a half-and-half georgette saree, green pleats and a blue pallu, thin gold border, no sequins,
    # green blouse; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-018",
        caption("a woman in a green and blue saree"),
        color_of("saree", "green"),
        color_of("pallu", "blue", kind="open"),
        wearing("Question: What is the person wearing? Answer: a green saree", "leak"),
        describe(
            "saree",
            "the saree is green and blue with a gold border and gold sequins all over and a green blouse",
            "unsupported",
        ),
        details("saree", "a gold border"),
        title="Saree mall Women Green Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a navy and white horizontally striped long-sleeved boat-neck top, untucked, red trousers;
    # white backdrop, front view. VQA adapter + reference.
    case(
        "X934-019",
        caption("a woman wearing a blue and white striped shirt and red pants"),
        pattern("striped"),
        color_of("top", "red", "other_garment_color", kind="open"),
        sleeve_length("long"),
        wearing(
            "a striped top and red pants Question: What is the color of the top? Answer: blue and white Question: "
            "What is the color of the pants",
            "leak",
            hit_limit=True,
        ),
        details("top", "the top has stripes"),
        describe(
            "top",
            "she is wearing a navy and white striped top with a boat neck and long sleeves and red pants with a belt",
            "unsupported",
        ),
        title="United Colors of Benetton Women Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a long pink straight kurta with a gold foil print border at the hem, three-quarter sleeves,
    # gold-toned palazzos and a sheer pink dupatta, hands empty; white backdrop, full front view.
    # VQA adapter + reference.
    case(
        "X934-020",
        caption(
            "a woman in a pink kurta with a gold border and gold pants and a pink scarf holding a clutch purse",
            "unsupported",
        ),
        wearing("he is wearing a pink kurta and gold pants", "pronoun"),
        color_of("kurta", "pink"),
        color_of("pants", "gold", kind="open"),
        details(
            "kurta",
            "the kurta has a gold border at the bottom and gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        sleeve_length("three-quarter"),
        title="Libas Women Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a white cotton peasant top with blue thread embroidery at the neckline, tasselled neck ties,
    # three-quarter sleeves with elastic cuffs, no print, blue jeans; white backdrop, front view.
    # VQA adapter + reference.
    case(
        "X934-021",
        caption("a woman in a white top with blue embroidery and blue jeans"),
        color_of("top", "blue", "contradiction"),
        pattern("embroidered"),
        wearing("a white blouse and blue jeans"),
        describe("top", "a white top with blue flowers printed all over", "unsupported"),
        details(
            "top",
            "the top has blue embroidery around the neck and tassels on the ties and the sleeves are three quarter "
            "length with elastic at the",
            "cut",
            hit_limit=True,
        ),
        title="People Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a black net saree with silver sequin work, sleeveless black blouse; white backdrop, front view.
    # The feed row has no gender. VQA adapter + reference.
    case(
        "X934-022",
        caption("a woman in a black sequined saree"),
        color_of("saree", "black"),
        wearing("a black dress", "contradiction"),
        is_a("saree", "no", "contradiction"),
        material("net"),
        describe("saree", "black", "non_answer"),
        title="Inddus Women Black Saree",
        category="Sarees",
        color="Black",
    ),
    # photo: woman in a straight teal kurta with an all-over white ikat print, long sleeves, white salwar and a white
    # dupatta; white backdrop, full front view. VQA adapter + reference.
    case(
        "X934-023",
        caption("a woman in a blue and white kurta with a white scarf"),
        color_of("kurta", "teal"),
        pattern("striped", "contradiction"),
        wearing(
            "a blue kurta with white print and white pants and a white dupatta Question: What is the color of the "
            "kurta? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a white ikat print"),
        material("cotton"),
        title="Fabindia Women Teal Ikat Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a mustard sleeveless tank top with lace trim at the neckline, an open grey long-sleeved cardigan
    # over it, black jeans; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-024",
        caption("a woman in a yellow top and a grey cardigan"),
        color_of("top", "grey", "other_garment_color", kind="open"),
        wearing("a yellow tank top, a grey cardigan and black jeans"),
        color("yellow"),
        sleeve_length("long", "contradiction"),
        details("top", "the top details are on the top", "restated"),
        title="Only Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a white cotton kurta with red and blue floral embroidery at the neckline, long sleeves, blue
    # jeans; white backdrop, cropped at the shins (no shoes in the frame). VQA adapter + reference.
    case(
        "X934-025",
        caption("a woman in a white kurta and jeans"),
        wearing("a white kurta with blue jeans and white shoes", "unsupported"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        pattern("embroidered"),
        details("kurta", "the kurta has flowers embroidered on the neck in red and blue"),
        describe("kurta", "describe the kurta", "restated"),
        title="Biba Women White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: woman in a maroon banarasi silk saree with gold zari paisley motifs and a wide gold border, gold blouse,
    # pallu with gold stripes and tassels, no jewellery; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-026",
        caption("a woman in a red and gold saree with a gold blouse"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon", "other_garment_color", kind="open"),
        wearing("a red saree"),
        material("silk"),
        details(
            "saree",
            "the saree has gold paisleys woven all over and a wide gold border at the bottom and the pallu "
            "has gold stripes and gold tassels at the",
            "cut",
            hit_limit=True,
        ),
        describe(
            "saree",
            "a maroon saree with gold paisleys and a gold blouse, with a gold necklace and earrings",
            "unsupported",
        ),
        title="Varanga Women Maroon Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a lavender short-sleeved crepe top with a keyhole neckline, white trousers; white backdrop,
    # front view. VQA adapter + reference.
    case(
        "X934-027",
        caption("a woman in a purple top and white pants"),
        color_of("top", "white", "contradiction"),
        sleeve_length("short"),
        wearing("she's wearing a light purple top"),
        details("top", "a keyhole at the neck"),
        describe(
            "top",
            "a purple top with short sleeves and a keyhole neck and white pants and white pants and white pants and "
            "white pants and white pants",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in a red sleeveless kurta with an all-over white bandhani dot print, v neck with a tasselled tie,
    # side slits, white churidar; white backdrop, full front view. VQA adapter + reference.
    case(
        "X934-028",
        caption("a woman in a red and white polka dot dress", "contradiction"),
        pattern("printed"),
        color_of("kurta", "red"),
        wearing("a red kurta with white dots and white churidar"),
        sleeve_length("sleeveless"),
        details(
            "kurta",
            "the kurta has small white dots all over and a v neck with a tassel tie and side slits and the "
            "churidar is white and fitted with",
            "cut",
            hit_limit=True,
        ),
        title="Rangmanch Women Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a peach chiffon saree with a printed grey floral pattern, grey half-sleeved blouse; white
    # backdrop, front view. VQA adapter + reference.
    case(
        "X934-029",
        caption("a woman in a pink floral saree with a grey blouse"),
        color_of("saree", "grey", "other_garment_color", kind="open"),
        pattern("floral"),
        wearing(
            "a woman in a pink saree and a grey blouse Question: What is the color of the saree? Answer: pink "
            "Question: What is the color of the blouse? Answer:",
            "leak",
            hit_limit=True,
        ),
        material("chiffon"),
        details("saree", "saree", "non_answer"),
        title="Ishin Women Peach Printed Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a black and white gingham shirt-style top with a collar and rolled-up sleeves, knotted at the
    # waist, blue denim shorts; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-030",
        caption("a woman in a black and white checkered shirt and denim shorts"),
        pattern("checked"),
        garment_type("shirt"),
        wearing("a black and white plaid shirt and blue shorts"),
        color_of("shorts", "black", "contradiction", kind="open"),
        details("shorts", "the shorts are short", "non_answer"),
        is_a("shirt", "yes"),
        title="Kraus Women Checked Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a purple straight kurta with silver gota patti trim at the neckline, cuffs and hem, three-quarter
    # sleeves, matching purple palazzos with silver trim; white backdrop, full front view. VQA adapter + reference.
    case(
        "X934-031",
        caption("a woman in a purple kurta and palazzo pants"),
        color_of("kurta", "purple"),
        wearing("a purple dress", "contradiction"),
        details(
            "kurta",
            "the kurta has silver trim on the neck and hem and the sleeves are three quarter with silver trim and the "
            "palazzo pants are purple with silver trim and",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        pattern("solid"),
        title="Jaipur Kurti Women Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in a solid olive green short-sleeved cotton top with a front knot, black jeans; white backdrop,
    # front view. VQA adapter + reference.
    case(
        "X934-032",
        caption("a woman in a green top and black jeans"),
        color_of("top", "green"),
        wearing("a black top and black jeans", "other_garment_color", who="the woman"),
        describe("top", "the top is green with a knot in the front and short sleeves"),
        details("top", "yes", "non_answer"),
        material("cotton"),
        title="Roadster Women Olive Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a cream tissue saree with a gold border, contrast maroon blouse with elbow sleeves; white
    # backdrop, three-quarter side view. VQA adapter + reference.
    case(
        "X934-033",
        caption("a woman in a white and gold saree with a red blouse"),
        color_of("saree", "maroon", "other_garment_color", kind="open"),
        color_of("blouse", "maroon"),
        wearing("she is wearing a white saree with gold border"),
        describe(
            "saree",
            "the saree is cream with a gold border and a maroon blouse and a maroon blouse and a maroon blouse and a "
            "maroon blouse and a maroon blouse and",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Mimosa Women Cream Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in a grey A-line kurta with a black embroidered yoke, keyhole neck with a hook, long sleeves, black
    # leggings, no zip or pockets; white backdrop, full front view. VQA adapter + reference.
    case(
        "X934-034",
        caption("a man in a grey kurta and black pants", "pronoun"),
        color_of("kurta", "black", "contradiction"),
        pattern("embroidered"),
        wearing("a grey kurta with black embroidery and black leggings"),
        sleeve_length("long"),
        details(
            "kurta", "the kurta has black embroidery on the yoke and a zip on the side and two pockets", "unsupported"
        ),
        title="Aurelia Women Grey Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a coral sleeveless georgette top with a white and navy floral print, white skirt; white
    # backdrop, cropped above the knees. VQA adapter + reference.
    case(
        "X934-035",
        caption("a woman in a red floral top and a white skirt"),
        color_of("top", "white", "other_garment_color", kind="open"),
        pattern("floral"),
        sleeve_length("sleeveless"),
        wearing(
            "a red top with flowers and a white skirt with a slit on the side and a pair of white sandals",
            "unsupported",
        ),
        details("top", "Answer: the top has a floral print", "leak"),
        title="Dorothy Perkins Women Coral Printed Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: woman in a sea green kurta (the seller says Blue) with a white floral print, round neck, three-quarter
    # sleeves, plain white palazzos; white backdrop, full front view. VQA adapter + reference.
    case(
        "X934-036",
        caption("a woman in a green floral kurta and white pants"),
        color_of("kurta", "green"),
        wearing(
            "Question: What is the person wearing? Answer: a green kurta with white flowers and white pants "
            "Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "the kurta is green with white flowers and has a round neck and three quarter sleeves and white palazzo "
            "pants with a green floral print at the hem",
            "unsupported",
        ),
        pattern("floral"),
        title="Vishudh Women Blue Printed Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a red georgette saree with black diagonal leheriya stripes, black blouse; white backdrop, front
    # view. VQA adapter + reference.
    case(
        "X934-037",
        caption("a woman wearing a red and black striped saree"),
        pattern("striped"),
        color_of("saree", "black", "contradiction"),
        color_of("blouse", "black", kind="open"),
        wearing(
            "a red saree and a black blouse and a red saree and a black blouse and a red saree and a black blouse and "
            "a red saree and",
            "loop",
            hit_limit=True,
        ),
        details("saree", "the saree has black stripes"),
        title="Sourbh Women Red Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a white sleeveless top with a navy tropical leaf print, navy palazzo pants; white backdrop,
    # front view. VQA adapter + reference.
    case(
        "X934-038",
        caption("a woman in a white top with blue leaves and blue pants"),
        color_of("top", "navy blue", "contradiction"),
        wearing("a white top with blue leaf print and blue pants"),
        describe("top", "he is wearing a white top with blue leaves on it", "pronoun"),
        sleeve_length("sleeveless"),
        material("the material of the garment", "restated"),
        title="AND Women White Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a beige kurta with a brown block print, wooden buttons, roll-up sleeves with tabs, two patch
    # pockets, brown trousers; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-039",
        caption("a woman in a beige printed kurta and brown pants"),
        color_of("kurta", "brown", "other_garment_color", kind="open"),
        color("beige"),
        wearing("a brown kurta and brown trousers", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a brown block print and wooden buttons on the front and the sleeves are rolled up with a "
            "tab and there are two pockets on",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Fabindia Women Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in a bottle green silk saree with a contrast magenta border and magenta blouse; white backdrop,
    # front view. VQA adapter + reference.
    case(
        "X934-040",
        caption("a woman in a green saree with a pink border and a pink blouse"),
        color_of("saree", "green"),
        wearing("a pink saree with a green border", "other_garment_color"),
        material("silk"),
        describe("saree", "Question: Describe the saree. Answer: a green silk saree with a pink border", "leak"),
        details("saree", "pink", "non_answer"),
        title="Pothys Women Green Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a navy long-sleeved high-neck ribbed cotton-knit top, grey trousers; white backdrop, front view.
    # VQA adapter + reference.
    case(
        "X934-041",
        caption("a woman in a navy blue top and grey pants"),
        garment_type("sweater", "contradiction"),
        color_of("top", "navy blue"),
        sleeve_length("long"),
        wearing("a blue turtleneck and grey trousers"),
        material("wool", "unsupported"),
        details(
            "top",
            "the top has a high neck and ribbed texture with long sleeves and the pants are grey and the pants are "
            "grey and the pants are grey and the",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Navy Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a mustard straight cotton kurta with a white lace panel at the hem and lace at the cuffs, round
    # neck with a small slit, three-quarter sleeves, white leggings; white backdrop. The row has no color.
    # VQA adapter + reference.
    case(
        "X934-042",
        caption("a woman in a yellow kurta with white lace at the bottom and white leggings"),
        color_of("kurta", "yellow"),
        wearing("a yellow dress and white leggings", "contradiction"),
        describe("kurta", "a yellow kurta with white lace"),
        details(
            "kurta",
            "the kurta has white lace at the hem and a round neck with a small slit and three quarter sleeves with "
            "lace at the cuffs and side slits with",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        sleeve_length("short", "contradiction"),
        title="W Women Mustard Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: woman in a navy crepe saree with a white polka dot print, white blouse; white backdrop, front view.
    # VQA adapter + reference.
    case(
        "X934-043",
        caption("a woman in a blue saree with white polka dots and a white blouse"),
        color_of("saree", "white", "other_garment_color", kind="open"),
        pattern("polka dots"),
        wearing("yes", "non_answer"),
        color_of("blouse", "white"),
        details(
            "saree",
            "the saree is blue with white polka dots and a white blouse with a white blouse with a white blouse with "
            "a white blouse with a white blouse",
            "loop",
            hit_limit=True,
        ),
        title="Shaily Women Navy Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a pink satin camisole top with thin straps and lace trim at the neckline, an open black leather
    # jacket over it, black jeans; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-044",
        caption("a woman in a black leather jacket and a pink top"),
        color_of("top", "black", "other_garment_color", kind="open"),
        garment_type("jacket", "contradiction"),
        wearing("a black jacket, a pink top and black jeans"),
        sleeve_length("sleeveless"),
        material("leather", "unsupported"),
        details("top", "the top has details", "restated"),
        title="Miss Chase Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in an orange cotton kurta with white thread embroidery at the neckline, white palazzos; white
    # backdrop, full front view. VQA adapter + reference.
    case(
        "X934-045",
        caption("Question: what is the woman wearing? Answer: an orange kurta and white pants", "leak"),
        color_of("kurta", "orange"),
        wearing("he is wearing an orange kurta with white embroidery and white palazzos", "pronoun"),
        pattern("embroidered"),
        details("kurta", "the details of the kurta", "restated"),
        is_a("kurta", "yes"),
        material("cotton"),
        title="Biba Women Orange Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: woman in a sheer white long-sleeved shirt-style top with buttons down the front over a black camisole,
    # black trousers; no bag, belt or shoes in the frame; white backdrop, front view. VQA adapter + reference.
    case(
        "X934-046",
        caption("a woman in a white shirt and black pants"),
        color_of("top", "black", "contradiction"),
        wearing("a white sheer shirt over a black top and black pants"),
        describe(
            "top",
            "a white shirt with a black top underneath and a pair of black pants and black shoes and a black belt "
            "and a black bag",
            "unsupported",
        ),
        sleeve_length("long"),
        details("top", "she is wearing a sheer white top with buttons down the front"),
        title="Vero Moda Women White Sheer Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
]
