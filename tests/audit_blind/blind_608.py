"""BLIND_608 (46 products; Myntra women's/girls' ethnic sets, piece colors): written blind in the fifty-second session.
Measured blind at 0748eb3 (the session's twelfth rules): 85/119 failures found (71.4%) and 6/170 correct texts flagged
(3.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of girls' and women's ethnic sets: kurtas with palazzos, sharara, churidar, salwar,
trousers or dhoti pants and a dupatta; lehenga cholis; anarkali gowns and ethnic maxi dresses; three single kurtas
worn over leggings or a churidar that are not sold with them. Three rows lack a column (one category, two colors).
Catalog photos, mostly full length on a white or light grey studio backdrop, one lifestyle shot against a wall;
models wear jhumkas, bangles, juttis. Each product is asked the experiments' per-piece color questions ('What is the
color of the dupatta/palazzos/kurta?'), some as 'What is the dupatta color?', and a few of: what she / the girl is
wearing, describe/details of one piece, material, yes/no garment checks. The per-piece questions are asked whatever
the set holds, so sets without a dupatta still get the dupatta question.

Who wrote what: captions come from the untuned base model (Salesforce/blip2-opt-2.7b, greedy, 50 new tokens):
short, "a woman in a pink kurta and white pants", sometimes a scarf for a dupatta, skirt and top for a lehenga, now
and then an invented backdrop or garment. Open answers come from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA,
greedy, 30 new tokens), trained without an end-of-answer token: most answers are one or two words that happen to
stop, but some repeat the color to the token limit, run on into a list cut mid-phrase, or continue with the next
`Question: ... Answer:` of its training format. It often gives a piece the color of the dominant piece or of the
print, and its gendered words come from In-shop's mixed data. Closed answers (garment type, color, pattern, sleeve
length, yes/no garment checks, some per-piece color questions) come from enrich's `--engine reference`, ranking
the candidates with the same VQA adapter: always one clean candidate, sometimes the wrong one.

Labeling conventions and judgement calls:
- The seller's color is the kurta's / lehenga's / gown's color; the other pieces' colors come from the photo note.
- A piece given the color of another piece in the same photo (palazzos "pink" when the kurta is pink and the
  palazzos white) is other_garment_color; a color that no garment in the photo has, the backdrop's color or the
  color of a print, sequins or border given as the whole piece's color, is contradiction. A closed answer that
  picks another piece's color for the garment (the set's color "pink" for a green kurta set) is contradiction too:
  I kept other_garment_color for open answers.
- A wrong closed pattern ("striped" or "solid" for a printed kurta, "floral" for a solid kurta whose dupatta is
  floral) or garment type ("lehenga" for a kurta set) is contradiction.
- A color (or any answer) for a piece the photo does not show, the dupatta of a set sold without one, is
  unsupported; so are invented trims, pockets, belts, backs not in view, accessories not there, and a material
  that the title contradicts (title "Cotton", answer "silk").
- Shades within the seller's color are correct: peach for a peach set, turquoise / teal for blue-green, mustard for
  yellow, rust for an orange group, cream / off white for white, magenta called pink, maroon called red.
- Scarf for a dupatta, skirt and top / blouse for lehenga and choli, pants for palazzos or trousers, leggings for a
  churidar, dress or gown for an anarkali gown are correct. A saree for a lehenga, shorts for dhoti pants, or
  "no" to "Is this a kurta?" for a kurta set are contradictions.
- A bare word echoed from the question ("the dupatta", "palazzos") or "yes" / a lone color to an open question
  that asks what she wears or for a description is non_answer; an empty answer is non_answer.
- A sentence that only turns the question around ("the kurta color is the color of the kurta"), or that repeats the
  question's words before answering, is restated.
- Any text that carries `Question:` or `Answer:` of the prompt format is leak, even when its first words are right.
- A loop is labeled loop even when it also hits the limit; a text that runs to the limit without repeating and
  stops mid-phrase is cut. Both have hit_limit=True; a leak that runs to the limit has hit_limit=True too.
- he / his / boy for a Women's or Girls' product is pronoun, even when the garment words are right.
- One label per text: the failure a reader would call first.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)


def ask_color(garment, text, failure=None, hit_limit=False):
    """The per-piece color question, free generation by the VQA adapter."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def girl(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the girl", hit_limit=hit_limit)


# the experiments' other wording of the color question ("What is the shirt color?"), per piece
dupatta_color = question("dupatta_color", "What is the dupatta color?", "open")
kurta_color = question("kurta_color", "What is the kurta color?", "open")
palazzos_color = question("palazzos_color", "What is the palazzos color?", "open")

Q = BLIND_QUESTIONS

BLIND_608 = [
    # photo: pink straight kurta with small white floral block print, white palazzos, white chiffon dupatta with pink
    # tassels over both shoulders, silver jhumkas, white backdrop, front, full length. Caption base; open VQA adapter;
    # closed reference engine.
    case(
        "X608-001",
        caption("a woman in a pink kurta and white palazzo pants"),
        ask_color("kurta", "pink"),
        ask_color("palazzos", "pink", "other_garment_color"),
        ask_color(
            "dupatta",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.pattern("floral"),
        title="Libas Women Pink & White Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue flared anarkali kurta with a gold gota border at the hem, navy churidar, gold-and-navy organza
    # dupatta on one shoulder, white backdrop, full length. Caption base; open VQA adapter.
    case(
        "X608-002",
        caption("a woman wearing a navy blue anarkali with a gold border"),
        ask_color("kurta", "navy blue"),
        ask_color(
            "churidar",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        ask_color("dupatta", "gold"),
        she("a blue dress with a gold border and a red dupatta", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Anouk Women Navy Blue Cotton Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl about six in a yellow lehenga skirt with a pink embroidered hem band, pink sleeveless choli with
    # mirror work, yellow net dupatta over one shoulder, white backdrop, front. Caption base; open VQA adapter; closed
    # reference engine.
    case(
        "X608-003",
        caption("a little girl in a yellow and pink lehenga"),
        ask_color("lehenga", "yellow"),
        ask_color("choli", "yellow", "other_garment_color"),
        ask_color(
            "dupatta",
            "yellow Question: What is the color of the choli? Answer: pink Question: What is the color of the "
            "lehenga? Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        girl("he is wearing a yellow lehenga with a pink blouse", "pronoun"),
        is_a("lehenga", "yes"),
        title="Biba Girls Yellow & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: mustard kurta with white bandhani dots and a keyhole round neck, three-quarter sleeves, mustard sharara in
    # the same print, maroon dupatta with a gota edge, one end held in her hand, white backdrop. Caption base; open VQA
    # adapter; closed reference engine.
    case(
        "X608-004",
        caption("a woman in a yellow outfit holding a red scarf"),
        ask_color("kurta", "mustard"),
        ask_color("sharara", "mustard yellow"),
        ask_color("dupatta", "maroon"),
        Q.pattern("printed"),
        details(
            "kurta",
            "the kurta has a mandarin collar, three quarter sleeves, a front slit, two side pockets and a zip at the "
            "back",
            "unsupported",
        ),
        title="Sangria Women Mustard Yellow Bandhani Print Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: bottle green straight kurta with off-white leaf print, three-quarter sleeves, off-white palazzos with a
    # green printed hem, no dupatta, hand on hip, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X608-005",
        caption("a woman wearing a green and white printed kurta and white pants"),
        ask_color("kurta", "green"),
        ask_color("palazzos", "green", "other_garment_color"),
        ask_color("dupatta", "white", "unsupported"),
        kurta_color("the kurta color is the color of the kurta", "restated"),
        Q.sleeve_length("three-quarter sleeves"),
        title="W Women Green & Off-White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: maroon velvet lehenga with heavy gold zari embroidery, maroon choli with gold sleeves, pink net dupatta
    # draped over her head, bridal jewellery, full length, light grey studio backdrop. Caption base; open VQA adapter;
    # closed reference engine.
    case(
        "X608-006",
        caption("a woman in a red and gold bridal lehenga"),
        ask_color("lehenga", "maroon"),
        ask_color("dupatta", "maroon", "other_garment_color"),
        color_of("choli", "maroon"),
        she("a red saree", "contradiction"),
        is_a("saree", "yes", "contradiction"),
        Q.garment_type("lehenga"),
        title="Mitera Maroon & Gold-Toned Embroidered Semi-Stitched Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl about ten in a white cotton chikankari kurta with white embroidery on the front and sleeves, light
    # blue churidar, no dupatta, white backdrop. Caption base; open VQA adapter.
    case(
        "X608-007",
        caption("a young girl in a white kurta and blue leggings"),
        ask_color(
            "kurta",
            "white Question: What is the color of the churidar? Answer: white Question: What is the color of the "
            "dupatta? Answer: white",
            "leak",
            hit_limit=True,
        ),
        ask_color(
            "churidar",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        girl("a white kurta with blue churidar"),
        describe("kurta", "a white cotton kurta with white chikan embroidery on the front and sleeves"),
        Q.material("cotton"),
        title="Biba Girls White Chikankari Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="White",
        gender="Girls",
    ),
    # photo: teal kurta with a gold foil-printed yoke, teal straight trousers, beige dupatta with a teal print over her
    # left arm, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-008",
        caption("a woman in a teal kurta with gold print on the neck"),
        color_of("kurta", "blue"),
        ask_color("trousers", "teal"),
        ask_color("dupatta", "teal", "other_garment_color"),
        she("a teal kurta with matching pants and a beige dupatta"),
        details(
            "kurta",
            "the kurta has a gold print on the yoke and the sleeves, the yoke and the sleeves, the yoke and the "
            "sleeves, the yoke and the",
            "loop",
            hit_limit=True,
        ),
        title="AKS Women Teal Blue Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: peach floor-length flared anarkali gown, silver embroidery at the yoke, sheer full sleeves, no dupatta,
    # twirling, three-quarter side view, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-009",
        caption("a woman in a long pink dress twirling"),
        ask_color("dress", "peach"),
        color_of("dupatta", "peach", "unsupported"),
        she("a long peach gown with silver embroidery"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "the dress is a dress", "restated"),
        title="Inddus Women Peach-Coloured Embroidered Anarkali Maxi Dress",
        category="Ethnic Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: black kurta with red floral print, black palazzos, red dupatta with a black printed border, white backdrop,
    # front. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-010",
        caption("a woman in a black kurta with red flowers and a red scarf"),
        ask_color("kurta", "black"),
        ask_color("palazzos", "red", "other_garment_color"),
        ask_color("dupatta", "red"),
        dupatta_color(
            "red Question: What is the color of the palazzos? Answer: black Question: What is the color of the kurta? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        Q.color("red", "contradiction"),
        title="Libas Women Black & Red Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: girl about four in a pink layered net lehenga with sequins, pink choli, pink dupatta, holding a small gold
    # potli bag, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-011",
        caption("a little girl in a pink lehenga holding a purse"),
        ask_color("lehenga", "pink"),
        ask_color("choli", "pink"),
        ask_color("dupatta", "pink"),
        girl("a pink lehenga choli with a dupatta"),
        is_a("lehenga", "no", "contradiction"),
        Q.material("cotton", "unsupported"),
        title="Aarika Girls Pink Embellished Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: red straight kurta with white geometric print, worn over white leggings not sold with it, no dupatta, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-012",
        caption("a woman wearing a red kurta and white leggings"),
        ask_color("kurta", "red"),
        kurta_color("white", "other_garment_color"),
        ask_color("dupatta", "red", "unsupported"),
        Q.pattern("geometric"),
        Q.garment_type("kurta"),
        title="Anouk Women Red Printed Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: lavender kurta with white thread embroidery, lavender flared sharara with the same embroidery at the hem,
    # white organza dupatta, model seated on a wooden stool, white backdrop. Caption base; open VQA adapter.
    case(
        "X608-013",
        caption("a woman in a purple outfit sitting on a stool"),
        ask_color("kurta", "lavender"),
        ask_color("sharara", "the color of the sharara is the sharara color", "restated"),
        ask_color(
            "dupatta",
            "white and purple and white and purple and white and purple and white and purple and white and purple and "
            "white and",
            "loop",
            hit_limit=True,
        ),
        she("she is wearing a light purple kurta with a sharara and a white dupatta"),
        details(
            "sharara",
            "the sharara is lavender and flared with white thread embroidery at the bottom, the same as on the kurta, "
            "and it is worn with the kurta and the",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Lavender Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: bottle green lehenga with pink floral print, pink short-sleeved choli, pink dupatta with a green border,
    # side pose, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-014",
        caption("a woman in a green and pink lehenga"),
        color_of("lehenga", "green"),
        ask_color("choli", "green", "other_garment_color"),
        ask_color("dupatta", "dupatta", "non_answer"),
        she("a green skirt and a pink top"),
        describe(
            "lehenga",
            "a green lehenga with pink flowers and a pink border, a pink blouse and a pink dupatta with a green "
            "border, a pink blouse and a pink dupatta with a",
            "loop",
            hit_limit=True,
        ),
        title="panchhi Women Green & Pink Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: off-white kurta with small indigo block-printed flowers, notched round neck, three-quarter sleeves with a
    # printed hem, straight hem, indigo palazzos, no dupatta, white backdrop. Caption base; open VQA adapter; closed
    # reference engine.
    case(
        "X608-015",
        caption("a woman in a white and blue kurta"),
        ask_color("kurta", "off white"),
        ask_color("palazzos", "white", "other_garment_color"),
        Q.color("white"),
        she("yes", "non_answer"),
        Q.pattern("printed"),
        details(
            "kurta",
            "the kurta has an indigo block print of small flowers all over, a round neck with a notch, three quarter "
            "sleeves with a printed hem and a straight hem with",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Women Off-White & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: girl about eight in an orange kurta with gold gota lace at the hem, green sharara, green-and-orange
    # leheriya dupatta, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-016",
        caption("a little girl wearing an orange kurta and green pants"),
        ask_color("kurta", "orange"),
        ask_color("sharara", "orange", "other_garment_color"),
        ask_color("dupatta", "", "non_answer"),
        girl(
            "she is wearing a orange kurta with green sharara and a matching dupatta with green and orange stripes on "
            "it and gold lace at the bottom of the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Cutiekins Girls Orange & Green Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Girls",
    ),
    # photo: royal blue kurta with white floral print, round neck, three-quarter sleeves, white trousers, blue-and-
    # white printed dupatta in one hand, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-017",
        caption("a woman in a blue floral kurta and white pants holding a dupatta"),
        color_of("kurta", "blue"),
        ask_color("trousers", "white"),
        ask_color("dupatta", "blue and white"),
        describe("kurta", "a blue kurta with white flowers, a v neck and long sleeves", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        she("Question: What is she wearing? Answer: a blue kurta", "leak"),
        title="Indo Era Women Blue Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: navy blue georgette lehenga with silver sequins, navy choli with silver sequins, baby pink net dupatta,
    # front view only, light grey backdrop. Caption base; open VQA adapter.
    case(
        "X608-018",
        caption("a woman in a blue sequin lehenga"),
        ask_color("lehenga", "navy blue"),
        ask_color("choli", "navy"),
        ask_color("dupatta", "navy blue", "other_garment_color"),
        she("a blue lehenga with a pink dupatta"),
        Q.material("georgette"),
        details("choli", "the choli has silver sequins and a deep back with tie up dori and tassels", "unsupported"),
        title="Zeel Clothing Women Navy Blue & Pink Sequinned Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust kurta with cream ethnic motif print, cream palazzos, rust dupatta with cream print, tan juttis, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-019",
        caption("a woman in an orange kurta and white pants"),
        ask_color("kurta", "brown", "contradiction"),
        ask_color("palazzos", "cream"),
        ask_color("dupatta", "rust"),
        palazzos_color("palazzos", "non_answer"),
        is_a("saree", "no"),
        title="Anouk Women Rust Orange Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: girl about seven in a sleeveless magenta flared gown with a gold brocade bodice, no dupatta, framed from
    # the knees up (feet cropped), white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-020",
        caption("a little girl in a pink dress with gold"),
        ask_color("dress", "magenta"),
        color_of("gown", "pink"),
        girl("a pink dress and pink shoes", "unsupported"),
        Q.sleeve_length("sleeveless"),
        describe(
            "gown",
            "the gown is pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        title="Bitiya by Bhama Girls Magenta Ethnic Gown",
        category="Ethnic Dresses",
        color="Magenta",
        gender="Girls",
    ),
    # photo: white cotton kurta with white chikankari, plain white palazzos with a plain hem, no dupatta, a tan clutch
    # in her hand, lifestyle shot against a light pink wall. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-021",
        caption("a woman in a white outfit standing in front of a pink wall"),
        ask_color("kurta", "white"),
        ask_color("palazzos", "pink", "contradiction"),
        Q.color("white"),
        Q.material("cotton"),
        she("a white kurta and white palazzos"),
        details("palazzos", "the palazzos have a lace hem and two side pockets", "unsupported"),
        title="House of Pataudi Women White Chikankari Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: red lehenga with gold embroidery, red choli, red dupatta with a gold border over her head, bridal
    # jewellery, hands folded in front, full length, white backdrop. Caption base; open VQA adapter; closed reference
    # engine.
    case(
        "X608-022",
        caption(
            "a bride in a red and gold lehenga with a red dupatta over her head and gold jewellery, standing in front "
            "of a white background with her hands folded in front of her and a red and gold",
            "cut",
            hit_limit=True,
        ),
        ask_color("lehenga", "red"),
        ask_color("choli", "red"),
        ask_color("dupatta", "red"),
        she("he is wearing a red lehenga with gold embroidery", "pronoun"),
        details(
            "lehenga",
            "the lehenga has gold embroidery, the lehenga has gold embroidery, the lehenga has gold embroidery, the "
            "lehenga has gold",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lehenga"),
        title="Fabcartz Women Red & Gold Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: lemon yellow solid kurta, yellow palazzos, multicolor printed dupatta (pink and green flowers on a yellow
    # base, tassels at the ends) across both shoulders, white backdrop. Caption base; open VQA adapter; closed ref.
    case(
        "X608-023",
        caption("a woman in a yellow kurta with a colorful dupatta"),
        ask_color("kurta", "yellow"),
        ask_color("palazzos", "yellow"),
        ask_color("dupatta", "yellow", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        describe(
            "dupatta", "the dupatta is printed with pink and green flowers on a yellow base with tassels at the ends"
        ),
        title="Libas Women Yellow Solid Kurta with Palazzos & Printed Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon kurta with gold neck embroidery, maroon churidar, gold tissue dupatta, white backdrop. Caption base;
    # open VQA adapter; closed reference engine.
    case(
        "X608-024",
        caption("a woman wearing a maroon kurta and a gold scarf"),
        ask_color("kurta", "maroon"),
        ask_color("churidar", "gold", "other_garment_color"),
        color_of("dupatta", "gold"),
        she("maroon", "non_answer"),
        is_a("kurta", "yes"),
        Q.material("velvet", "unsupported"),
        title="Varanga Women Maroon Embroidered Cotton Blend Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl about twelve in a parrot green kurta with pink piping, pink palazzos, pink dupatta, white backdrop.
    # Caption base; open VQA adapter.
    case(
        "X608-025",
        caption("a girl wearing a green top and pink pants"),
        ask_color("kurta", "green"),
        ask_color(
            "palazzos",
            "pink Question: What is the color of the dupatta? Answer: pink Question: What is the color of the kurta? "
            "Answer: green",
            "leak",
            hit_limit=True,
        ),
        ask_color("dupatta", "pink"),
        girl("a boy in a green kurta", "pronoun"),
        Q.color("pink", "contradiction"),
        title="Fashion Dream Girls Green Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: black anarkali kurta with gold foil print, three-quarter sleeves, worn with a gold churidar not sold with
    # it, no dupatta, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-026",
        caption("a woman in a black and gold anarkali"),
        color_of("kurta", "black"),
        ask_color("churidar", "black", "other_garment_color"),
        ask_color("dupatta", "gold", "unsupported"),
        describe(
            "kurta",
            "the kurta is black with a gold print and it is flared from the waist and it is black with a gold print "
            "and it is flared from the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        title="Biba Women Black Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: sea green kurta with white floral print, white trousers, sea green dupatta, white backdrop. Caption base;
    # open VQA adapter; closed reference engine.
    case(
        "X608-027",
        caption("a woman in a green printed kurta and white trousers"),
        ask_color("kurta", "sea green"),
        ask_color("trousers", "white"),
        ask_color("dupatta", "mint green"),
        she(
            "what is she wearing she is wearing a green kurta with white flowers and white pants and a green dupatta",
            "restated",
        ),
        Q.color("blue", "contradiction"),
        title="Ahalyaa Women Sea Green Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: peach lehenga, mint green choli, peach dupatta, gold jhumkas, bangles and a maang tikka, light grey
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-028",
        caption("a woman in a peach lehenga with a green blouse"),
        ask_color("lehenga", "peach"),
        ask_color("choli", "peach", "other_garment_color"),
        ask_color(
            "dupatta",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        she(
            "a peach lehenga and a green choli with a peach dupatta and gold jhumkas and bangles and a maang tikka and "
            "a",
            "cut",
            hit_limit=True,
        ),
        title="Inddus Women Peach & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: purple kurta with white leaf print, white palazzos, no dupatta, white backdrop; the feed row has no
    # category. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-029",
        caption("a woman wearing a purple kurta with white leaves and white palazzos"),
        ask_color("kurta", "purple"),
        ask_color("palazzos", "purple", "other_garment_color"),
        color_of("dupatta", "white", "unsupported"),
        describe("kurta", "purple", "non_answer"),
        Q.pattern("solid", "contradiction"),
        title="Aurelia Women Purple Printed Kurta with Palazzos",
        color="Purple",
        gender="Women",
    ),
    # photo: girl about five in a turquoise lehenga with gold motif print, gold choli, turquoise dupatta, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-030",
        caption("a little girl in a blue and gold saree", "contradiction"),
        ask_color("lehenga", "turquoise"),
        ask_color("choli", "gold"),
        ask_color("dupatta", "blue"),
        girl("a blue skirt"),
        Q.pattern("striped", "contradiction"),
        title="Kid1 Girls Turquoise Blue & Gold Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: pink kurta with a silver mirror-work yoke, pink sharara, pink dupatta with a silver border held up behind
    # her with both hands, white backdrop. Caption base; open VQA adapter.
    case(
        "X608-031",
        caption("a woman in a pink outfit holding a scarf"),
        ask_color("kurta", "pink"),
        ask_color("sharara", "pink"),
        ask_color("dupatta", "the dupatta", "non_answer"),
        she(
            "she is wearing a pink kurta with a pink sharara and a pink dupatta with a silver border and mirror work "
            "on the yoke of the kurta and the",
            "cut",
            hit_limit=True,
        ),
        describe("sharara", "the sharara is pink"),
        title="Sangria Women Pink Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green solid straight kurta with a mandarin collar and side slits, worn over black leggings not sold
    # with it, sunglasses pushed up on her head, no bag, white backdrop. Caption base; open VQA adapter; closed
    # reference engine.
    case(
        "X608-032",
        caption("a woman in an olive green kurta and black leggings"),
        ask_color("kurta", "black", "other_garment_color"),
        Q.color("green"),
        ask_color("leggings", "black"),
        Q.garment_type("kurta"),
        details("kurta", "the kurta has a mandarin collar and side slits"),
        she("a green kurta and black leggings with a brown handbag", "unsupported"),
        title="Anouk Women Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: grey kurta with pink floral embroidery, grey palazzos, pink dupatta, white backdrop. Caption base; open VQA
    # adapter; closed reference engine.
    case(
        "X608-033",
        caption("a woman in a grey kurta with pink flowers and a pink dupatta"),
        ask_color("kurta", "pink", "other_garment_color"),
        ask_color("palazzos", "grey"),
        color_of("dupatta", "pink"),
        she(
            "Answer: a grey kurta and grey pants Question: What is the color of the kurta? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="Indo Era Women Grey Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: girl about nine in a red kurta with gold print, white patiala salwar, red dupatta, white backdrop. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X608-034",
        caption("a young girl in a red kurta and white salwar"),
        ask_color("kurta", "red"),
        ask_color("salwar", "red", "other_garment_color"),
        ask_color(
            "dupatta",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        girl("he is wearing a red kurta and white salwar", "pronoun"),
        is_a("salwar kameez", "yes"),
        title="Ethnicity Girls Red Printed Kurta with Patiala Salwar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Girls",
    ),
    # photo: beige lehenga with gold sequin embroidery and a plain beige hem, beige choli, maroon velvet dupatta, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-035",
        caption("a woman in a beige and gold lehenga with a maroon dupatta"),
        color_of("lehenga", "gold", "contradiction"),
        ask_color("choli", "maroon", "other_garment_color"),
        ask_color("dupatta", "maroon"),
        dupatta_color("the dupatta is the color of the dupatta", "restated"),
        describe(
            "lehenga",
            "a beige lehenga with gold sequins all over and a maroon border at the hem and a cancan underneath",
            "unsupported",
        ),
        title="Shubhkala Women Beige & Gold Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Beige",
        gender="Women",
    ),
    # photo: collarless round-neck kurta, no belt, with a multicolor patchwork print (blue, orange, yellow), blue
    # palazzos, no dupatta, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-036",
        caption("a woman in a colorful printed kurta and blue pants"),
        ask_color("kurta", "multi colored"),
        ask_color("palazzos", "blue"),
        Q.pattern("printed"),
        she("a colorful kurta and blue palazzos"),
        describe(
            "kurta",
            "a kurta with blue orange and yellow patches, a blue collar and a blue belt at the waist",
            "unsupported",
        ),
        is_a("kurta", "no", "contradiction"),
        title="Gerua Women Multicoloured Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: teal short-sleeved round-neck ankle-length flared maxi ethnic dress with gold print and side pockets, one
    # hand in a pocket, no belt, no dupatta, white backdrop; the feed row has no color. Caption base; open VQA adapter;
    # closed reference engine.
    case(
        "X608-037",
        caption("a woman in a long teal dress with her hand in her pocket"),
        ask_color("dress", "teal"),
        describe(
            "dress",
            "a teal maxi dress with a gold print all over, short sleeves, a round neck, two side pockets and a flared "
            "hem that falls to the ankles with a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        she("a teal dress with a gold belt", "unsupported"),
        Q.garment_type("saree", "contradiction"),
        title="AKS Women Teal Green Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        gender="Women",
    ),
    # photo: cream kurta with red thread embroidery at the round neck and the straight hem, three-quarter sleeves, side
    # slits, cream palazzos, red dupatta, white backdrop. Caption base; open VQA adapter.
    case(
        "X608-038",
        caption("a woman in a white kurta with a red dupatta"),
        ask_color("kurta", "red", "other_garment_color"),
        ask_color("palazzos", "cream"),
        ask_color("dupatta", "red"),
        she("she is wearing a cream colored kurta and matching palazzos with red embroidery and a red dupatta"),
        details(
            "kurta",
            "the kurta has a round neck with red thread embroidery, three quarter sleeves, and a straight hem with red "
            "embroidery along the bottom and side slits with",
            "cut",
            hit_limit=True,
        ),
        title="Soch Women Cream-Coloured & Red Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: girl about three in a plain purple lehenga with a pink border, pink choli, plain purple dupatta, white
    # backdrop. Caption base; open VQA adapter.
    case(
        "X608-039",
        caption("a baby girl in a purple lehenga"),
        ask_color("lehenga", "purple"),
        ask_color("choli", "purple", "other_garment_color"),
        ask_color(
            "dupatta",
            "purple Question: What is the color of the choli? Answer: pink Question: What is the color of the lehenga? "
            "Answer: purple Question:",
            "leak",
            hit_limit=True,
        ),
        girl("his lehenga is purple", "pronoun"),
        describe(
            "lehenga",
            "a purple lehenga with a pink border and gold sequins and a matching purple dupatta with gold tassels",
            "unsupported",
        ),
        title="Bitiya by Bhama Girls Purple & Pink Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Purple",
        gender="Girls",
    ),
    # photo: coffee brown kurta with beige print, three-quarter sleeves, beige palazzos, no dupatta, white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-040",
        caption("a woman in a brown kurta and beige pants"),
        color_of("kurta", "brown"),
        ask_color("palazzos", "beige"),
        palazzos_color("brown", "other_garment_color"),
        kurta_color("maroon", "contradiction"),
        she("yes", "non_answer"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Libas Women Brown Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: mustard cotton lehenga with a wide green border, green choli, green dupatta, dancing pose, white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-041",
        caption("a woman in a yellow and green lehenga dancing"),
        ask_color("lehenga", "mustard"),
        ask_color("choli", "blue", "contradiction"),
        ask_color("dupatta", "yellow", "other_garment_color"),
        describe("lehenga", "a flared mustard lehenga with a wide green border"),
        Q.material("silk", "unsupported"),
        is_a("lehenga", "yes"),
        title="Kvsfab Women Mustard & Green Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach kurta with green floral print, green palazzos, no dupatta, white backdrop; the feed row has no color.
    # Caption base; open VQA adapter.
    case(
        "X608-042",
        caption("a woman in a peach floral kurta with green palazzos"),
        ask_color("kurta", "green", "other_garment_color"),
        ask_color("palazzos", "green"),
        kurta_color("peach"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        she("a peach kurta with a green dupatta", "unsupported"),
        title="Jaipur Kurti Women Peach-Coloured Floral Print Kurta with Palazzos",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: girl about six in a navy blue kurta with small white print, white dhoti pants, no dupatta, white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X608-043",
        caption("a little girl wearing a blue kurta and white pants"),
        ask_color("kurta", "navy blue"),
        ask_color("dhoti pants", "white"),
        girl("a blue shirt and white shorts", "contradiction"),
        is_a("dress", "no"),
        Q.color("white", "contradiction"),
        title="Ethnix Girls Navy Blue Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: magenta kurta with gold print, magenta churidar, orange dupatta with a gold border, white backdrop. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X608-044",
        caption("a woman in a pink kurta and an orange scarf"),
        ask_color("kurta", "magenta"),
        ask_color("churidar", "orange", "other_garment_color"),
        ask_color(
            "dupatta",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lehenga", "contradiction"),
        she("he is wearing a pink kurta and pink churidar", "pronoun"),
        title="Biba Women Magenta & Orange Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: black lehenga with silver sequins, black short-sleeved choli with silver sequins and a sweetheart neckline,
    # black net dupatta, front view, high heels, light grey backdrop. Caption base; open VQA adapter; closed reference
    # engine.
    case(
        "X608-045",
        caption("a woman in a black sequined lehenga"),
        ask_color("lehenga", "black"),
        color_of("choli", "black"),
        ask_color("dupatta", "silver", "contradiction"),
        describe(
            "choli",
            "the choli is black with silver sequins all over, a sweetheart neckline and short sleeves, and it is worn "
            "with a black lehenga with silver sequins and a black net",
            "cut",
            hit_limit=True,
        ),
        she("a black lehenga with silver sequins"),
        title="Zeel Clothing Women Black & Silver Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise kurta with pink print, turquoise palazzos, pink dupatta, white backdrop. Caption base; open VQA
    # adapter; closed reference engine.
    case(
        "X608-046",
        caption("a woman in a turquoise outfit with a pink scarf"),
        ask_color("kurta", "turquoise"),
        ask_color("palazzos", "pink", "other_garment_color"),
        ask_color("dupatta", "pink"),
        dupatta_color("Question: What is the dupatta color? Answer: pink", "leak"),
        Q.color("blue"),
        title="Anouk Women Turquoise Blue Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
]
