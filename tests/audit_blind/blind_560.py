"""BLIND_560 (46 products; Myntra women's ethnic wear, VQA adapter night): written blind in the fifty-first session.
Measured blind at bf43bb1 (the session's rules as they stood): 119/142 failures found (83.8%) and 9/188 correct texts
flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's and girls' ethnic wear (kurtas, kurtis, kurta sets, anarkalis, tunics,
sarees, lehenga cholis, a salwar-and-dupatta row, a dupatta row, ethnic dresses). Catalog photos: mostly a model on
a white studio backdrop, a few on grey or beige studio paper and one outdoors by a pillar; front views mostly, some
side or back views, twirls and walking poses; the model usually wears other pieces (palazzos, churidars, leggings,
jeans, blouses, dupattas) that the row does not sell. Seller columns: title, category (Myntra article type), color
(Myntra base colour), gender; a few rows lack one column, as real feeds do.

Who wrote what: captions are the base Salesforce/blip2-opt-2.7b (short, lowercase, "a woman in a ... ", calls an
anarkali or a kurta a "dress" or "top" now and then, hallucinates settings and props, misreads shades). Open
answers (What is the woman/girl wearing? Describe the X. What are the X details? What is the color of the
dupatta/blouse/bottom? What material is the garment made of?) are the experiments' VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, max 30 new tokens, trained without an end token: it loops, runs to the
limit mid-phrase, replays the "Question: ... Answer:" format, echoes the question, and gives one garment's color to
another. Closed answers (garment type, color, pattern, sleeve length, Is this a X?) come from enrich's reference
engine, which picks one candidate: they never loop or stop short, but can pick the wrong candidate.

Labeling conventions and judgement calls:
- One label per text, the most visible failure: a loop that also names a wrong color is "loop"; a leak whose
  first answer is right is still "leak"; a cut text whose words are right is "cut".
- hit_limit=True on every loop and cut, and on leaks that ran on to the 30-token limit; a short leak that stopped
  (the format echoed in front of an answer) has hit_limit False.
- "other_garment_color" only for open answers (wearing, describe, details, open color questions) that give the
  product, or the asked garment, the color of another worn piece (palazzo, blouse, dupatta, jeans, border garment).
  A closed color answer that picks another piece's color is labelled "contradiction" (the seller column and the
  other texts contradict it).
- Seller-level errors are "contradiction": closed garment_type naming the worn kurta for a salwar or dupatta row,
  a closed color against the seller color, a wrong closed pattern or sleeve length, a wrong yes to "Is this a X?".
- Captions that misread a shade across color groups (lavender read as pink, maroon as purple) are "contradiction";
  shades inside one group (magenta as pink, rust as orange, teal or navy as blue, peach as pink) are correct.
- "an anarkali dress", "a dress with gold trim" for a floor-length anarkali kurta is correct (common usage); a
  knee-length straight or A-line kurta captioned "dress", or a kurta called a "shirt", is "contradiction".
  A short kurti or a tunic called a "top" is correct.
- Material: correct when the title names it or the photo plainly shows it (net, organza, velvet, sheer chiffon);
  a material the title contradicts, or one the photo cannot show and the title does not name, is "unsupported".
- Captions that invent a setting or prop (a garden, a wedding, a cup of tea) are "unsupported"; so are invented
  pockets, zips, belts, mirror work, borders or tassels in open answers.
- "non_answer": a yes/no, a bare pronoun or color, a bare garment noun to Describe, an empty string, or the
  question's own words trailing off ("the saree is made of"). "restated": the question repeated back as the
  answer, with or without a real answer behind it.
- "pronoun": he/his for a Women or Girls row. The gender-less row has no pronoun label.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

gtype = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material


def woman(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


def girl(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the girl", hit_limit=hit_limit)


def open_color(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_560 = [
    # photo: pink straight kurta, small white floral print, round neck, 3/4 sleeves, white palazzos; white backdrop,
    # front view. Caption base model; open answers VQA adapter; closed reference engine.
    case(
        "X560-001",
        caption("a woman in a pink kurta and white palazzo pants"),
        woman("a pink floral kurta with white palazzo pants"),
        describe("kurta", "the kurta is pink with a small white floral print, a round neck and three quarter sleeves"),
        details("kurta", "the kurta has two pockets on the side and a button placket on the front", "unsupported"),
        open_color("palazzo", "pink", "other_garment_color"),
        gtype("kurta"),
        pattern("floral"),
        mat("cotton"),
        title="Libas Women Pink Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: red art silk saree, gold zari border and small gold buttis, pallu over left shoulder, red blouse, gold
    # jhumkas; white backdrop, front view. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-002",
        caption("a woman in a red saree with gold border"),
        woman("she is wearing a red saree with a gold border and a red blouse"),
        describe(
            "saree",
            "the saree is red with a gold zari border and small gold motifs all over, the pallu is draped over the"
            " left shoulder and the border is",
            "cut",
            hit_limit=True,
        ),
        open_color("blouse", "gold", "other_garment_color"),
        mat("silk"),
        is_a("saree", "yes"),
        col("red"),
        pattern("striped", "contradiction"),
        title="Mitera Red & Gold-Toned Art Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: maroon lehenga with gold zari embroidery, maroon embroidered short-sleeve blouse, pink net dupatta held
    # open over one shoulder; white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-003",
        caption("a woman in a maroon and gold lehenga"),
        woman("a maroon lehenga choli with a pink dupatta"),
        describe("lehenga", "the lehenga is pink with gold embroidery", "other_garment_color"),
        open_color("dupatta", "pink"),
        details(
            "lehenga",
            "gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery,"
            " gold",
            "loop",
            hit_limit=True,
        ),
        gtype("lehenga"),
        col("pink", "contradiction"),
        sleeve("short sleeves"),
        title="Inddus Maroon & Pink Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue flared anarkali kurta, gold foil print on yoke and hem band, 3/4 sleeves, white churidar;
    # white backdrop, model twirling. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-004",
        caption("a woman in a blue anarkali dress twirling"),
        woman("he is wearing a navy blue anarkali kurta with white churidar", "pronoun"),
        describe(
            "kurta", "the kurta is navy blue with gold print on the yoke and the hem, flared, three quarter sleeves"
        ),
        open_color("churidar", "white"),
        col("navy blue"),
        pattern("printed"),
        mat("the kurta is made of velvet", "unsupported"),
        title="Biba Women Navy Blue Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow straight kurta with white block print, mustard trousers, plain white dupatta with lace
    # border; white backdrop, hand on hip. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-005",
        caption("a woman in a yellow kurta with white dupatta standing in a garden", "unsupported"),
        woman("a mustard kurta, mustard pants and a white dupatta"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: the kurta is yellow with white print Question: Describe the kurta."
            " Answer: the kurta",
            "leak",
            hit_limit=True,
        ),
        open_color("dupatta", "yellow", "other_garment_color"),
        open_color("bottom", "mustard yellow"),
        gtype("kurta"),
        is_a("saree", "no"),
        title="Anouk Women Mustard Yellow & White Block Print Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: the row sells the white cotton salwar and the white dupatta with green border; the model also wears a
    # bottle-green kurta (not sold); white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-006",
        caption("a woman in a green kurta and white salwar"),
        woman("a green kurta with white salwar and white dupatta"),
        open_color("salwar", "green", "other_garment_color"),
        describe("dupatta", "the dupatta is white with a green border"),
        col("green", "contradiction"),
        gtype("kurta", "contradiction"),
        mat("cotton"),
        title="Fabindia Women White Cotton Salwar with Dupatta",
        category="Salwar and Dupatta",
        color="White",
        gender="Women",
    ),
    # photo: teal maxi ethnic dress, printed yoke with white and pink motifs, 3/4 sleeves, flared; white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-007",
        caption("a woman in a teal dress"),
        woman("what is the woman wearing the woman is wearing", "restated"),
        describe(
            "dress",
            "the dress is a teal maxi dress with a printed yoke in white and pink, three quarter sleeves, a flared hem"
            " and a round neck with",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the dress has pockets on both sides and a zipper at the back", "unsupported"),
        col("blue"),
        sleeve("three-quarter sleeves"),
        pattern("printed"),
        title="Global Desi Women Teal Printed Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: navy blue chiffon saree with small white flowers, black blouse; white backdrop, side view. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X560-008",
        caption("a woman in a blue floral saree"),
        woman("a navy blue saree with white flowers and a black blouse"),
        open_color("blouse", "navy blue", "other_garment_color"),
        describe(
            "saree",
            "the saree is navy blue with white flowers, the saree is navy blue with white flowers, the saree is navy"
            " blue with",
            "loop",
            hit_limit=True,
        ),
        mat("chiffon"),
        pattern("floral"),
        is_a("saree", "yes"),
        title="Saree mall Navy Blue Floral Print Poly Chiffon Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green solid knee-length kurta, mandarin collar, button placket, long sleeves, beige trousers;
    # grey studio backdrop, side view. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-009",
        caption("a woman in a green shirt and beige pants", "contradiction"),
        woman("Answer: an olive kurta and beige trousers", "leak"),
        describe("kurta", "the kurta is olive green with a mandarin collar and buttons down the front"),
        details("kurta", "mandarin collar, button placket, long sleeves, side slits"),
        open_color("trousers", "olive green", "other_garment_color"),
        sleeve("long sleeves"),
        col("green"),
        title="W Women Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: black short kurti with white geometric print, 3/4 sleeves, round neck, blue jeans, white sneakers;
    # white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-010",
        caption("a woman in a black and white top and blue jeans"),
        woman("she is wearing a black printed kurti with blue jeans and white shoes"),
        describe("kurti", "the kurti is blue with white print", "other_garment_color"),
        details("kurti", "geometric print, round neck, short sleeves", "contradiction"),
        sleeve("three-quarter sleeves"),
        pattern("geometric"),
        col("black"),
        title="Jaipur Kurti Women Black & White Printed Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: peach lehenga with silver sequins, sleeveless peach blouse, off-white net dupatta; white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-011",
        caption("a woman in a pink lehenga"),
        woman("a peach lehenga with a sleeveless blouse and a white dupatta"),
        describe(
            "lehenga",
            "Answer: the lehenga is peach with silver sequins Question: What is the color of the dupatta? Answer:"
            " white Question:",
            "leak",
            hit_limit=True,
        ),
        open_color("dupatta", "peach", "other_garment_color"),
        details("lehenga", "the lehenga has mirror work and a gota patti border", "unsupported"),
        is_a("lehenga", "yes"),
        sleeve("sleeveless"),
        col("white", "contradiction"),
        title="Fabcartz Women Peach Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: green banarasi silk-blend saree, gold woven motifs, gold zari border, gold brocade blouse; white
    # backdrop, pallu spread out. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-012",
        caption("a woman in a green and gold saree"),
        woman("he is wearing a green banarasi saree with a gold blouse", "pronoun"),
        open_color("blouse", "gold"),
        describe(
            "saree",
            "the saree is green with gold woven motifs all over and a wide gold zari border, the pallu has gold"
            " stripes and",
            "cut",
            hit_limit=True,
        ),
        mat("cotton", "unsupported"),
        col("gold", "contradiction"),
        pattern("woven design"),
        title="Varanga Green & Gold-Toned Banarasi Silk Blend Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: off-white chikankari kurta, white thread embroidery all over, scalloped hem, 3/4 sleeves, off-white
    # palazzos; white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-013",
        caption("a woman in a white kurta and white pants holding a cup of tea", "unsupported"),
        woman("white", "non_answer"),
        describe(
            "kurta",
            "the kurta is off white with white chikan embroidery all over, round neck and three quarter sleeves",
        ),
        details(
            "kurta",
            "chikankari embroidery, scalloped hem Question: What are the palazzo details? Answer: the palazzo is"
            " white with",
            "leak",
            hit_limit=True,
        ),
        col("white"),
        mat("cotton"),
        sleeve("three-quarter sleeves"),
        title="Ada Women Off-White Chikankari Embroidered Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta floor-length anarkali with gold gota border, full sleeves, magenta churidar, magenta dupatta
    # with gold border; white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-014",
        caption("a woman in a pink gown"),
        woman(
            "a magenta anarkali kurta with a matching churidar and a magenta dupatta with a gold gota border draped"
            " over the left shoulder and the",
            "cut",
            hit_limit=True,
        ),
        describe(
            "anarkali",
            "the anarkali is magenta with gold gota border, full sleeves, round neck, full sleeves, round neck, full"
            " sleeves, round neck, full",
            "loop",
            hit_limit=True,
        ),
        open_color("dupatta", "magenta with gold border"),
        details(
            "anarkali", "the anarkali has a back zip and a tie up at the back and a detachable cancan", "unsupported"
        ),
        col("purple", "contradiction"),
        sleeve("long sleeves"),
        is_a("saree", "no"),
        title="Ishin Women Magenta Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: indigo blue A-line kurta with white dabu floral print, 3/4 sleeves, white leggings; white backdrop,
    # front view. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-015",
        caption("a woman in a blue and white printed kurta"),
        woman("blue kurta white leggings"),
        describe("kurta", "the kurta is white with a round neck and three quarter sleeves", "other_garment_color"),
        open_color("leggings", "white"),
        pattern("floral"),
        sleeve("sleeveless", "contradiction"),
        mat(
            "the kurta is made of cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton,"
            " cotton, cotton",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Indigo Blue Printed A-Line Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: a little girl in a pink lehenga with gold border, pink blouse with sequinned yoke, short sleeves, pink
    # dupatta; white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-016",
        caption("a little girl in a pink lehenga"),
        girl("he is wearing a pink lehenga", "pronoun"),
        describe("lehenga", "the lehenga is pink with a gold border and a matching pink blouse"),
        open_color(
            "dupatta",
            "pink Question: What is the color of the blouse? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("lehenga", "sequins on the blouse, gold border on the skirt"),
        gtype("lehenga"),
        sleeve("short sleeves"),
        title="Aarika Girls Pink & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: yellow cotton saree with pink border, pink blouse, model holding the pallu; white backdrop. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X560-017",
        caption("a woman in a yellow sari with pink border"),
        woman("a yellow saree with a pink border and pink blouse"),
        open_color("blouse", "yellow", "other_garment_color"),
        describe("saree", "saree", "non_answer"),
        mat("silk", "unsupported"),
        col("yellow"),
        is_a("lehenga", "yes", "contradiction"),
        title="Mitera Yellow Pure Cotton Saree with Pink Border",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: rust straight kurta with black and white ethnic motif print, 3/4 sleeves, black palazzos; white
    # backdrop, walking pose. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-018",
        caption("a woman in an orange kurta and black pants"),
        woman("she is wearing a rust printed kurta with black palazzos and a silver necklace", "unsupported"),
        describe("kurta", "the kurta is black, straight fit with three quarter sleeves", "other_garment_color"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        col("orange"),
        pattern("printed"),
        sleeve("three-quarter sleeves"),
        title="Sangria Women Rust Printed Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: white tunic with blue thread embroidery on a keyhole neckline with tie-up, long sleeves, blue skinny
    # jeans; white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-019",
        caption("a woman wearing a white top and blue jeans with a brown handbag", "unsupported"),
        woman("a white tunic with blue embroidery and blue jeans"),
        describe("tunic", "the tunic is blue with white embroidery", "contradiction"),
        details("tunic", "blue embroidery on the neckline, keyhole neck with tie up, long sleeves"),
        open_color("jeans", "blue"),
        sleeve("long sleeves"),
        gtype("top"),
        mat("", "non_answer"),
        title="Global Desi Women White Embroidered Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: maroon floral kaftan-style midi dress, V-neck, flared 3/4 sleeves, no belt; white backdrop. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X560-020",
        caption("a woman wearing a purple floral dress", "contradiction"),
        woman("a maroon floral kaftan dress"),
        describe(
            "dress",
            "the dress is maroon with floral print, v neck, flared sleeves and a relaxed fit that falls below the knee"
            " with a",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the dress has a belt at the waist", "unsupported"),
        pattern("floral"),
        sleeve("three-quarter sleeves"),
        mat(
            "Question: What material is the dress made of? Answer: rayon Question: What material is the dress made"
            " of? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Libas Women Maroon Floral Printed Kaftan Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey georgette saree with black embroidered border, black sleeveless blouse; white backdrop, back and
    # side view showing the pallu. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-021",
        caption("a woman in a grey sari from the back"),
        woman("a black saree", "other_garment_color"),
        open_color("blouse", "black"),
        describe("saree", "the saree is grey with a black border and the blouse is black sleeveless"),
        details("saree", "the border has mirror work and tassels on the pallu", "unsupported"),
        mat("georgette"),
        col("grey"),
        is_a("lehenga", "no"),
        title="Satya Paul Grey Georgette Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: lavender kurta with white thread-embroidered yoke, 3/4 sleeves, lavender trousers; white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-022",
        caption("a woman in a pink kurta and pants", "contradiction"),
        woman("a lavender kurta and trousers"),
        describe("kurta", "the kurta is lavender with white embroidery on the yoke"),
        details(
            "kurta",
            "round neck, three quarter sleeves, embroidered yoke, round neck, three quarter sleeves, embroidered yoke,"
            " round neck, three",
            "loop",
            hit_limit=True,
        ),
        open_color("trousers", "lavender"),
        col("pink", "contradiction"),
        sleeve("short sleeves", "contradiction"),
        title="Aurelia Women Lavender Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: sea green sleeveless knee-length kurta with white floral print, white trousers; white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-023",
        caption("a woman in a green and white sleeveless dress", "contradiction"),
        woman("she is wearing a sea green kurta with white trousers"),
        describe("kurta", "the kurta is sea green with white flowers, sleeveless, round neck, straight hem"),
        open_color("trousers", "green", "other_garment_color"),
        details("kurta", "yes", "non_answer"),
        sleeve("sleeveless"),
        pattern("floral"),
        title="Libas Women Sea Green Floral Printed Sleeveless Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: royal blue lehenga with pink and yellow floral embroidery, pink blouse, yellow dupatta; beige studio
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-024",
        caption("a woman in a blue and pink lehenga with a yellow dupatta"),
        woman("a blue lehenga, pink blouse and yellow dupatta"),
        open_color("blouse", "blue", "other_garment_color"),
        open_color("dupatta", "yellow"),
        describe(
            "lehenga",
            "the lehenga is royal blue with floral embroidery in pink and yellow thread all over the flare and a wide"
            " border of",
            "cut",
            hit_limit=True,
        ),
        details("lehenga", "lehenga", "non_answer"),
        col("blue"),
        pattern("embroidered"),
        title="Mimosa Women Blue & Pink Embroidered Lehenga Choli with Yellow Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: multicoloured patola-print saree (red, green, yellow geometric), red blouse; white backdrop. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X560-025",
        caption("a woman wearing a colorful saree"),
        woman("a multicolor patola print saree with a red blouse"),
        describe(
            "saree",
            "the saree has red, green and yellow geometric patola print all over with a red border and the pallu has"
            " bands of",
            "cut",
            hit_limit=True,
        ),
        pattern("geometric"),
        mat(
            "the saree is made of silk, it is a silk saree, it is a silk saree, it is a silk saree, it is a silk saree",
            "loop",
            hit_limit=True,
        ),
        open_color("blouse", "red"),
        is_a("saree", "yes"),
        title="Mitera Multicoloured Patola Print Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: beige cotton kurta with brown block print, mandarin collar, 3/4 sleeves, no pockets, brown straight
    # pants; white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-026",
        caption("a woman in a beige kurta with brown print"),
        woman("what is the woman wearing? beige kurta and brown pants", "restated"),
        describe("kurta", "the kurta is brown", "other_garment_color"),
        details("kurta", "block print, mandarin collar, three quarter sleeves, side pockets", "unsupported"),
        col("beige"),
        mat("cotton"),
        pattern("printed"),
        title="Fabindia Women Beige & Brown Block Print Cotton Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: black floor-length anarkali with gold border at the hem, full sleeves, sheer black dupatta with gold
    # edge, black leggings; white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-027",
        caption("a woman in a black dress with gold trim"),
        woman("he is wearing a black anarkali kurta with a black dupatta", "pronoun"),
        describe("kurta", "the kurta is black with a gold border at the hem and full sleeves"),
        details(
            "kurta",
            "Answer: gold border at the hem Answer: gold border at the hem Answer: gold border at the hem Answer:",
            "leak",
            hit_limit=True,
        ),
        open_color("leggings", "black"),
        col("black"),
        sleeve("long sleeves"),
        pattern("floral", "contradiction"),
        title="Biba Women Black Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: orange kurta, white salwar with small orange print, orange dupatta with white print; white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-028",
        caption("a woman in an orange kurta and white pants"),
        woman("an orange kurta with white salwar and an orange dupatta with mirror work", "unsupported"),
        open_color("salwar", "white with orange print"),
        describe(
            "kurta",
            "the kurta is orange and the salwar is orange and the dupatta is orange and the salwar is orange and the"
            " dupatta is orange and",
            "loop",
            hit_limit=True,
        ),
        gtype("kurta"),
        col("white", "contradiction"),
        is_a("kurta", "yes"),
        title="Rangmanch Women Orange Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: maroon short kurti with gold foil print, mandarin collar, 3/4 sleeves, blue jeans, no sequins; white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-029",
        caption("a woman in a purple top and jeans", "contradiction"),
        woman("Question: What is the woman wearing? Answer: a maroon kurti with blue jeans", "leak"),
        describe("kurti", "the kurti is maroon with gold print, mandarin collar and three quarter sleeves"),
        open_color("jeans", "maroon", "other_garment_color"),
        details("kurti", "the kurti has gold sequins and beads on the neckline", "unsupported"),
        col("maroon"),
        pattern("printed"),
        title="Shree Women Maroon Foil Printed Kurti",
        category="Kurtis",
        color="Maroon",
        gender="Women",
    ),
    # photo: plain pink organza saree with silver zari border, pink sleeveless blouse; white backdrop. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X560-030",
        caption("a woman in a pink saree at a wedding", "unsupported"),
        woman("she", "non_answer"),
        describe("saree", "the saree is pink and sheer with a silver border"),
        open_color("blouse", "pink"),
        mat("organza"),
        sleeve("sleeveless"),
        pattern("floral", "contradiction"),
        title="Kalini Pink Organza Saree with Silver Border",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: turquoise blue kurta with small round mirrors and thread work on the yoke, 3/4 sleeves, white
    # churidar; white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-031",
        caption("a woman in a blue kurta with mirror work"),
        woman("a turquoise kurta with white churidar"),
        describe(
            "kurta",
            "the kurta is turquoise blue with small round mirrors and thread work on the yoke, three quarter sleeves"
            " and a straight",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "mirror work mirror work mirror work mirror work mirror work mirror work mirror work mirror work mirror",
            "loop",
            hit_limit=True,
        ),
        open_color("churidar", "turquoise", "other_garment_color"),
        col("blue"),
        gtype("kurta"),
        title="Biba Women Turquoise Blue Mirror Work Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: mustard A-line ethnic midi dress, white embroidery at the hem, tie-up neck with tassels, short flared
    # sleeves; white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-032",
        caption("a woman in a yellow dress"),
        woman("a mustard yellow dress"),
        describe(
            "dress",
            "the dress is mustard with white embroidery at the hem, a tie up neck with tassels and short sleeves",
        ),
        details("dress", "what are the dress details the dress details are", "restated"),
        sleeve("short sleeves"),
        pattern("striped", "contradiction"),
        mat("denim", "unsupported"),
        title="Sassafras Women Mustard Embroidered A-Line Ethnic Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: a young girl in a yellow kurta with small white flower print, round neck, short sleeves, white pants;
    # white backdrop, smiling. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-033",
        caption("a young girl in a yellow kurta and white pants"),
        girl(
            "a yellow kurta and white pants and a yellow kurta and white pants and a yellow kurta and white pants and"
            " a yellow",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is yellow with small white flowers and mirror work on the neck", "unsupported"),
        open_color("pants", "yellow", "other_garment_color"),
        details("kurta", "his kurta has a round neck and short sleeves", "pronoun"),
        gtype("kurta"),
        title="Biba Girls Yellow Printed Kurta with Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: red bridal lehenga with heavy gold zardozi embroidery, red blouse, red net dupatta with gold border
    # over the head; white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-034",
        caption("a bride in a red and gold lehenga"),
        woman("a red bridal lehenga with gold embroidery and a red dupatta on the head"),
        describe(
            "lehenga",
            "the lehenga is red with heavy gold embroidery all over the lehenga is red with heavy gold embroidery all"
            " over the lehenga is red",
            "loop",
            hit_limit=True,
        ),
        open_color("dupatta", "red with gold border"),
        mat("the lehenga is made of velvet and the dupatta is made of net", "unsupported"),
        col("red"),
        pattern("embroidered"),
        is_a("saree", "yes", "contradiction"),
        title="Inddus Red & Gold-Toned Embroidered Bridal Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: white cotton kurta with red thread embroidery at the neckline, 3/4 sleeves, red palazzos; white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-035",
        caption("a woman in a white kurta and red pants"),
        woman("a white kurta with red palazzo"),
        describe("kurta", "the kurta is red", "other_garment_color"),
        details(
            "kurta",
            "red embroidery on the neck, three quarter sleeves, a straight hem and side slits, the embroidery is in"
            " red thread with small",
            "cut",
            hit_limit=True,
        ),
        col("red", "contradiction"),
        mat("cotton"),
        pattern("embroidered"),
        title="Anouk Women White Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: purple art silk kanjeevaram saree with wide gold border, gold blouse; white backdrop. Caption base;
    # open VQA adapter; closed reference engine.
    case(
        "X560-036",
        caption("a woman in a purple saree with gold border"),
        woman("a purple and gold saree"),
        open_color("blouse", "purple", "other_garment_color"),
        describe("saree", "Describe the saree. the saree is purple with gold border", "restated"),
        mat(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        col("purple"),
        is_a("saree", "yes"),
        title="Mimosa Purple Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: green straight kurta with gold gota patti on the yoke, round neck, 3/4 sleeves, no pockets, green
    # palazzos, green dupatta with gota border; white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X560-037",
        caption("a woman in a green kurta and green pants"),
        woman("she is wearing a green kurta set with palazzo and dupatta"),
        describe(
            "kurta",
            "the kurta is green with gold gota patti on the yoke, the kurta is green with gold gota patti on the"
            " yoke, the",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a v neck, three quarter sleeves and pockets on the side with gold buttons",
            "unsupported",
        ),
        open_color("dupatta", "green"),
        sleeve("three-quarter sleeves"),
        col("green"),
        title="Libas Women Green Gotta Patti Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: cream kurta with pink floral print, V-neck, cream trousers, plain pink dupatta; white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-038",
        caption("a woman in a white floral kurta with a pink dupatta"),
        woman("a cream kurta with pink flowers, cream pants and a pink dupatta"),
        describe("kurta", "the kurta is pink", "other_garment_color"),
        open_color("dupatta", "pink"),
        details("kurta", "no", "non_answer"),
        col("pink", "contradiction"),
        pattern("floral"),
        title="Anouk Women Cream & Pink Floral Print Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: navy blue tunic with white polka dots, keyhole round neck, short sleeves, curved hem, white leggings;
    # white backdrop. Row has no gender column. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-039",
        caption("a woman in a blue polka dot top"),
        woman("a navy tunic with white polka dots and white leggings"),
        describe(
            "tunic",
            "the tunic is navy blue with white polka dots, a round neck with a keyhole, short sleeves, a curved hem"
            " and two",
            "cut",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        open_color("leggings", "navy blue", "other_garment_color"),
        sleeve("short sleeves"),
        title="People Women Navy Blue Polka Dot Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # photo: black net saree with silver sequins, black blouse; white backdrop, front view. Caption base; open VQA
    # adapter; closed reference engine.
    case(
        "X560-040",
        caption("a woman in a black sari on the red carpet", "unsupported"),
        woman("a black sequin saree"),
        describe(
            "saree",
            "Answer: the saree is black net with silver sequins Question: Describe the blouse. Answer: the blouse is"
            " black Question",
            "leak",
            hit_limit=True,
        ),
        mat("net"),
        open_color("blouse", "black"),
        col("silver", "contradiction"),
        is_a("saree", "yes"),
        title="Saree mall Black Sequinned Net Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: peach angrakha kurta with overlap and side tie-up, 3/4 sleeves, white pants; white backdrop. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X560-041",
        caption("a woman in a peach top and white pants"),
        woman("he is wearing a peach kurta and white pants", "pronoun"),
        describe("kurta", "the kurta is an angrakha style with an overlap and a tie up on the side"),
        details(
            "kurta",
            "angrakha, angrakha, angrakha, angrakha, angrakha, angrakha, angrakha, angrakha, angrakha, angrakha",
            "loop",
            hit_limit=True,
        ),
        open_color("pants", "peach", "other_garment_color"),
        col("peach"),
        gtype("dress", "contradiction"),
        title="W Women Peach Angrakha Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: the row sells a phulkari dupatta (orange ground, pink, green and yellow embroidery, tassels at the
    # ends) worn over a white kurta and white churidar; white backdrop. Caption base; open VQA; closed reference.
    case(
        "X560-042",
        caption("a woman in a white kurta with a colorful scarf"),
        woman("yes", "non_answer"),
        describe("dupatta", "the dupatta is white", "other_garment_color"),
        open_color("dupatta", "orange with pink green and yellow embroidery"),
        details("dupatta", "phulkari embroidery all over, tassels at the ends"),
        gtype("kurta", "contradiction"),
        col("white", "contradiction"),
        title="Fabindia Women Multicoloured Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Multi",
        gender="Women",
    ),
    # photo: grey chambray kurta with white embroidery along hem and cuffs, mandarin collar, button placket, 3/4
    # sleeves, white palazzos; outdoors by a stone pillar. Row has no color column. Caption base; open VQA; closed
    # reference engine.
    case(
        "X560-043",
        caption("a woman in a grey kurta standing next to a pillar"),
        woman("a grey kurta and white palazzo"),
        describe(
            "kurta",
            "the kurta is grey chambray with white embroidery along the hem and the cuffs and a mandarin collar with a"
            " button placket that",
            "cut",
            hit_limit=True,
        ),
        open_color("palazzo", "grey", "other_garment_color"),
        mat(
            "chambray Question: What is the color of the palazzo? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        col("grey"),
        sleeve("long sleeves", "contradiction"),
        title="Fabindia Women Grey Embroidered Chambray Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: mint green lehenga with pink floral print, no border, white sleeveless blouse, mint dupatta; white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X560-044",
        caption("a woman in a green floral skirt and white top"),
        woman("the woman is wearing what the woman is wearing", "restated"),
        open_color("blouse", "green", "other_garment_color"),
        describe("lehenga", "the lehenga is green with pink flowers and a gold border", "unsupported"),
        details(
            "lehenga",
            "Question: What are the lehenga details? Answer: floral print Question: What are the lehenga details?"
            " Answer: floral",
            "leak",
            hit_limit=True,
        ),
        pattern("floral"),
        gtype("lehenga"),
        title="Ethnovog Women Sea Green Floral Printed Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Women",
    ),
    # photo: half-and-half saree, orange upper drape and pallu, pink pleats, pink blouse; white backdrop. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X560-045",
        caption("a woman in an orange and pink saree"),
        woman("an orange and pink saree with a pink blouse"),
        describe("saree", "he has draped an orange and pink saree with the pleats in pink", "pronoun"),
        open_color("blouse", "orange", "other_garment_color"),
        mat("the saree is made of", "non_answer"),
        col("orange"),
        pattern("colour blocked"),
        title="Mitera Orange & Pink Half and Half Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: maroon velvet floor-length anarkali with gold zari embroidery on the yoke, full sleeves, maroon
    # churidar; beige studio backdrop. Row has no category column. Caption base; open VQA; closed reference engine.
    case(
        "X560-046",
        caption("a woman in a maroon velvet dress with gold embroidery"),
        woman("a maroon anarkali kurta with maroon churidar"),
        describe(
            "kurta",
            "the kurta is maroon velvet with gold zari embroidery on the yoke, full sleeves and a flared panelled hem"
            " that falls to the",
            "cut",
            hit_limit=True,
        ),
        mat("velvet"),
        details(
            "kurta",
            "the kurta has gold embroidery on the yoke and the sleeves and the hem and the yoke and the sleeves and"
            " the hem and the yoke and",
            "loop",
            hit_limit=True,
        ),
        col("maroon"),
        is_a("kurta", "no", "contradiction"),
        title="Ishin Women Maroon Velvet Embroidered Anarkali Kurta",
        color="Maroon",
        gender="Women",
    ),
]
