"""BLIND_843 (46 products; Myntra kurtas and sets, VQA adapter, piece colors): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 104/129 failures found (80.6%) and 3/180 correct texts flagged
(1.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's kurtas (category "Kurtas") and kurta sets ("Kurta Sets": kurta with palazzos,
trousers, churidar, salwar, sharara or skirt, some with a dupatta). Catalog studio photos, mostly a white backdrop, one
maroon studio wall, a grey one; the model is standing, front or three-quarter view, often with styling pieces the
product does not include (leggings or jeans under a lone kurta, a stole, a clutch, a tote, earrings, sandals).

Who wrote what: every text was written by the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, prompt
`Question: ... Answer:`, greedy, 30 new tokens for answers, 50 for the caption (empty prompt). The adapter was trained
without an end token: a short answer usually ends on a newline as the base model's habit survives, but when it does
not, the text loops or is cut at the limit, and now and then it starts a new `Question: ... Answer:` turn. Its
captions are short and base-like, sometimes broken into an answer ("yes") or a question turn. Its garment words come
from the In-shop classes, so a kurta often becomes "a dress", "a shirt" or "a top". The per-piece color questions
(kurta, the bottom piece, dupatta) and the yes/no and pattern questions are closed: enrich's `--engine reference`
ranked the candidate values with the same adapter, so they are single candidate words that never loop or stop short;
their failures are a wrong hue or another piece's hue (the adapter likes to give one color to every piece).

Labeling conventions and judgement calls:
- The bottom question names the piece as the set's title names it (palazzos, trousers, churidar, salwar, sharara,
  skirt); for a lone kurta the job asks about "pants", and the answer is judged against whatever bottom she wears in
  the photo (leggings, churidar, jeans, palazzos), even though it is not part of the product.
- The dupatta question is asked only where the title sells a dupatta; a stole worn for styling is "another garment".
- A color that belongs to another piece in the photo (bottom, dupatta, stole, jeans, the kurta's own print motifs
  when the ground is another color) is other_garment_color; a color nobody wears in the photo (the backdrop's, or a
  plain wrong hue such as black for navy, pink for red) is contradiction. One color for every piece in an open
  answer is other_garment_color.
- Shades and near names count as right: maroon as red, indigo as navy blue, teal as blue, off white or cream as white,
  lavender as purple, rust as orange, mustard as yellow, magenta as pink. For a "Multi" kurta the dominant ground
  color is right (orange for the patchwork one, black for the black-ground kaftan).
- Calling the kurta "a dress" or "a shirt" is contradiction (the seller's category says kurta, and the garment is
  worn over a bottom); "top", "tunic", "kaftan", "anarkali" are accepted.
- A yes/no "no" to "Is this a kurta?" is contradiction; a wrong closed pattern (solid for a block print, striped for
  ikat, checked for a geometric print) is contradiction.
- Material: a fabric the title names is right; one the title contradicts is contradiction; a fabric claimed where
  the title names none is unsupported, even a likely guess like "cotton", since the photo cannot show fiber.
- Invented trims, buttons, pockets, belts, tassels, mirror work, scarves, a chair she sits on: unsupported. Moving
  the dupatta's embroidery onto the kurta is unsupported too.
- A text with two faults carries the one that decides it: a loop that also gives one color to every piece is loop; a
  text cut at the limit after an invented detail is cut; a `Question: ... Answer:` turn repeated to the limit is leak.
- A bare color, a bare "a kurta", "yes", or an empty string to an open question is non_answer; a one-word answer that
  carries the asked information ("stripes" for the details, "a peach kurta" for what she wears) is correct. Echoing
  the question back ("the kurta details are the kurta details", "describe the kurta") is restated.
- "he"/"a man" for a Women row is pronoun; rows without a gender column carry no pronoun failure.
- hit_limit=True marks every text that ran to its token limit; one correct description (X843-045) ran to the limit
  and happens to end on a complete phrase, and is labeled correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

pattern = BLIND_QUESTIONS.pattern


def kurta(text, failure=None):
    return color_of("kurta", text, failure)


def dupatta(text, failure=None):
    return color_of("dupatta", text, failure)


BLIND_843 = [
    # photo: pink straight kurta with small white floral block print, white palazzos, pink-and-white dupatta over the
    # left shoulder, white backdrop, front view, standing. All texts: VQA adapter (closed ones via reference engine).
    case(
        "X843-001",
        caption("a woman wearing a pink kurta with white palazzo pants and a dupatta"),
        wearing("a pink kurta and white pants"),
        kurta("pink"),
        color_of("palazzos", "pink", "other_garment_color"),
        dupatta("pink"),
        describe("kurta", "the kurta is pink with white flowers printed all over it and has three quarter sleeves"),
        details("kurta", "the kurta has a mandarin collar, gold buttons and a pocket on the chest", "unsupported"),
        title="Libas Women Pink Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue solid straight kurta with a round neck and side slits, matching navy blue trousers, no dupatta,
    # brown flat sandals, white backdrop, front view. VQA adapter.
    case(
        "X843-002",
        caption("a woman in a navy blue kurta and navy blue pants"),
        wearing("he is wearing a navy blue kurta and matching pants", "pronoun"),
        kurta("black", "contradiction"),
        color_of("trousers", "navy blue"),
        describe("kurta", "navy blue kurta with a mandarin collar, silver buttons and a matching belt", "unsupported"),
        details(
            "kurta",
            "round neck, three quarter sleeves, side slits, straight hem, round neck, three quarter sleeves, side "
            "slits, straight hem, round neck, three",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Anouk Women Navy Blue Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sea green solid calf-length kurta with a mandarin collar and three quarter sleeves, white leggings, white
    # backdrop, one hand on the hip. VQA adapter.
    case(
        "X843-003",
        caption("a woman wearing a green kurta and white leggings"),
        wearing("a green dress", "contradiction"),
        kurta("sea green"),
        color_of("pants", "white"),
        describe("kurta", "a long green kurta with a mandarin collar and three quarter sleeves"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        title="W Women Solid Sea Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: mustard straight kurta with a small maroon floral block print and a printed hem border, maroon churidar,
    # gold jhumkas, off-white backdrop, front view; no scarf or dupatta anywhere. VQA adapter.
    case(
        "X843-004",
        caption("a woman wearing a yellow and red kurta with a red scarf", "unsupported"),
        wearing("a yellow kurta and red pants"),
        kurta("mustard"),
        color_of("pants", "mustard", "other_garment_color"),
        pattern("floral"),
        describe(
            "kurta",
            "the kurta is yellow with small red flowers printed on it and it has a round neck and three quarter "
            "sleeves with a printed border at the hem and",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Mustard Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: black A-line kurta with a white geometric print, round neck, three quarter sleeves, white palazzos with a
    # black printed band at the hem, silver oxidised earrings, white backdrop, three-quarter view. VQA adapter.
    case(
        "X843-005",
        caption("a woman in a black and white kurta and white palazzos"),
        wearing("black kurta with white print and white palazzo pants"),
        kurta("black"),
        color_of("palazzos", "white"),
        pattern("floral", "contradiction"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta has a round neck and three quarter sleeves",
            "leak",
        ),
        describe("kurta", "black", "non_answer"),
        title="Aurelia Women Black Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold thread embroidery on the yoke, beige churidar, beige dupatta with a gold
    # border draped on both arms, white backdrop, front view. VQA adapter.
    case(
        "X843-006",
        caption("a woman in a maroon kurta with gold embroidery and a beige dupatta"),
        wearing("kurta, churidar and dupatta"),
        kurta("maroon"),
        color_of("churidar", "maroon", "other_garment_color"),
        dupatta("maroon", "other_garment_color"),
        details("kurta", "gold embroidery on the neckline and yoke"),
        is_a("kurta", "yes"),
        title="Sangria Women Maroon Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white kurta with self-colour thread embroidery down the front and on the sleeves, pale pink leggings,
    # white backdrop, front view. VQA adapter.
    case(
        "X843-007",
        caption("a woman wearing a white kurta with embroidery and pink leggings"),
        wearing("a white shirt and pink pants", "contradiction"),
        kurta("white"),
        color_of("pants", "grey", "contradiction"),
        describe(
            "kurta",
            "the kurta is white with white embroidery on the front and the sleeves, the embroidery is white and the "
            "kurta is white and the embroidery is white and the",
            "loop",
            hit_limit=True,
        ),
        material("georgette", "unsupported"),
        title="W Women Thread Work Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: indigo kurta with a white floral print, V neck, three quarter sleeves, matching indigo palazzos with the
    # same print, no dupatta, white backdrop, front view. VQA adapter.
    case(
        "X843-008",
        caption("a woman in a blue and white floral print kurta and matching pants"),
        wearing("blue kurta and blue palazzo pants"),
        kurta("blue"),
        color_of("palazzos", "navy blue"),
        pattern("floral"),
        details("kurta", "white floral print, v neck, three quarter sleeves"),
        describe(
            "kurta",
            "the kurta is blue with white flowers and a v neck, the sleeves are three quarter and the hem is straight "
            "with a slit on each side of the",
            "cut",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        title="Libas Women Blue & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon kurta with a cream paisley print, three quarter sleeves, worn over blue denim jeans, white
    # sneakers, sunglasses held in one hand, white backdrop, front view. VQA adapter.
    case(
        "X843-009",
        caption("a woman in a red top and blue jeans holding sunglasses"),
        wearing("Answer: a maroon kurta and blue jeans", "leak"),
        kurta("blue", "other_garment_color"),
        color_of("pants", "blue"),
        describe(
            "kurta",
            "a maroon kurta with cream paisley print, a mandarin collar and roll up sleeves with buttons on the "
            "placket",
            "unsupported",
        ),
        is_a("kurta", "no", "contradiction"),
        title="Vishudh Women Maroon Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: patchwork kurta on an orange ground with green, blue and pink patches, white leggings, silver earrings,
    # grey backdrop, front view, hands by her sides. VQA adapter.
    case(
        "X843-010",
        caption(
            "a woman wearing a multicolored patchwork kurta with orange, green, blue and pink patches, white leggings "
            "and silver earrings, standing against a grey background with her hands by her sides and her feet",
            "cut",
            hit_limit=True,
        ),
        wearing("a multicolored kurta and white leggings"),
        kurta("orange"),
        color_of("pants", "white"),
        details(
            "kurta",
            "patchwork print with tassels on the neckline, tassels on the sleeves, tassels on the hem, tassels on the "
            "neckline, tassels on the",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is a kurta", "restated"),
        title="Aneri Women Multi Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: bottle green short kurta with gold foil print, green sharara with a gold border, pink dupatta with gold
    # gota border, gold clutch in hand, white backdrop, front view. VQA adapter.
    case(
        "X843-011",
        caption("a woman in a green kurta and sharara with a pink dupatta holding a gold clutch"),
        wearing("a green kurta, green pants and a pink scarf"),
        kurta("green"),
        color_of("sharara", "green"),
        dupatta("green", "other_garment_color"),
        describe("kurta", "he is wearing a green kurta with gold print and a pink dupatta", "pronoun"),
        details("kurta", "gold foil print on the kurta and a gold border on the sharara hem"),
        title="Varanga Women Green Foil Print Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: indigo straight kurta with white dabu print, white palazzos, white backdrop, three-quarter view. VQA
    # adapter.
    case(
        "X843-012",
        caption("a woman in a blue kurta and white pants"),
        wearing("Question: What is the person wearing? Answer: a blue kurta and white pants", "leak"),
        kurta("white", "other_garment_color"),
        color_of("palazzos", "white"),
        material("cotton"),
        describe("kurta", "blue kurta with white print and a white lace dupatta", "unsupported"),
        title="Jaipur Kurti Women Indigo Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey kurta with a small black-and-white geometric print, round neck, three quarter sleeves, curved hem,
    # black leggings, white backdrop, front view. VQA adapter.
    case(
        "X843-013",
        caption("a woman wearing a grey kurta with black leggings"),
        wearing("grey", "non_answer"),
        kurta("grey"),
        color_of("pants", "grey", "other_garment_color"),
        pattern("checked", "contradiction"),
        details("kurta", "the kurta has a round neck, three quarter sleeves, side slits and a curved hem"),
        title="W Women Printed Grey Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: peach flared anarkali kurta with silver sequin embroidery on the yoke and panels, white churidar, sheer
    # peach net dupatta, pale grey backdrop, front view. VQA adapter.
    case(
        "X843-014",
        caption("a woman in a peach anarkali kurta with white leggings and a peach dupatta"),
        wearing(
            "peach kurta, white churidar and a peach dupatta with silver embroidery on the yoke and the flared "
            "panels of the kurta and the sleeves and the",
            "cut",
            hit_limit=True,
        ),
        kurta("peach"),
        color_of("churidar", "white"),
        dupatta("white", "other_garment_color"),
        details("kurta", "silver embroidery and sequins on the yoke and the flared panels"),
        describe(
            "kurta", "the kurta is peach and the churidar is peach and the dupatta is peach", "other_garment_color"
        ),
        title="Anouk Women Peach Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: red straight kurta with white contrast piping, keyhole neck with a tasselled tie, white palazzos, white
    # backdrop, front view. VQA adapter. The feed row has no gender column.
    case(
        "X843-015",
        caption("a woman in a pink kurta and white pants", "contradiction"),
        wearing("a red kurta and white palazzos"),
        kurta("red"),
        color_of("pants", "white"),
        describe("kurta", "the kurta is red with white piping and a keyhole neck with a tie up that has tassels"),
        details(
            "kurta",
            "white piping on the neckline, sleeves and hem, white piping on the neckline, sleeves and hem, white "
            "piping on the neckline, sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Sangria Women Red Solid Kurta",
        category="Kurtas",
        color="Red",
    ),
    # photo: yellow kurta with a green leaf print and a plain round neck, green palazzos, green dupatta with yellow
    # leheriya stripes over one shoulder, white backdrop, front view. VQA adapter.
    case(
        "X843-016",
        caption(
            "a woman wearing a yellow kurta with green pants and a dupatta Question: What is the color of the "
            "dupatta? Answer: green",
            "leak",
        ),
        wearing(
            "she is wearing a yellow kurta with green palazzo pants and a yellow and green dupatta draped over her "
            "shoulder and a pair of",
            "cut",
            hit_limit=True,
        ),
        kurta("yellow"),
        color_of("palazzos", "yellow", "other_garment_color"),
        dupatta("green"),
        pattern("printed"),
        details("kurta", "green leaf print all over, a round neck with gota trim and green tassels", "unsupported"),
        title="Libas Women Yellow & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy blue solid kurta, white churidar, a wrist watch, white backdrop, front view. VQA adapter.
    case(
        "X843-017",
        caption("a woman wearing a blue dress", "contradiction"),
        wearing("a navy blue kurta and white leggings"),
        kurta("navy blue"),
        color_of("pants", "white"),
        describe("kurta", "navy blue", "non_answer"),
        details(
            "kurta",
            "the kurta details are the kurta details are the kurta details are the kurta details are the kurta "
            "details are the kurta details are",
            "loop",
            hit_limit=True,
        ),
        title="W Women Solid Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal A-line kurta with a pink and white floral print, round neck, three quarter sleeves, pink leggings,
    # brown leather shoulder bag, white backdrop, front view. VQA adapter.
    case(
        "X843-018",
        caption("a woman in a blue floral kurta and pink leggings with a brown bag"),
        wearing("a blue floral top, pink leggings and a brown bag"),
        kurta("pink", "other_garment_color"),
        color_of("pants", "pink"),
        pattern("floral"),
        describe(
            "kurta",
            "the kurta is teal with pink and white flowers printed on it, it is a line with a round neck and three "
            "quarter sleeves and it has a",
            "cut",
            hit_limit=True,
        ),
        material("rayon", "unsupported"),
        title="Global Desi Women Teal Printed A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: mustard kurta with white bandhani dots, white palazzos, mustard bandhani dupatta, white backdrop, front
    # view; no mirror work or gota. VQA adapter.
    case(
        "X843-019",
        caption("Question: What is the color of the kurta? Answer: yellow", "leak"),
        wearing("he is wearing a yellow kurta, white pants and a yellow dupatta", "pronoun"),
        kurta("mustard"),
        color_of("palazzos", "mustard", "other_garment_color"),
        dupatta("mustard"),
        details("kurta", "bandhani print with mirror work and a gota patti border on the sleeves", "unsupported"),
        is_a("kurta", "yes"),
        title="Anouk Women Mustard Bandhani Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: lavender kurta with white chikankari embroidery, round neck, full sleeves, white trousers, silver
    # sandals, white backdrop, front view. VQA adapter.
    case(
        "X843-020",
        caption("a woman in a purple kurta and white pants"),
        wearing(
            "she is wearing a lavender kurta with white chikankari embroidery on the front and the sleeves and white "
            "trousers with a pair of silver sandals and a",
            "cut",
            hit_limit=True,
        ),
        kurta("lavender"),
        color_of("trousers", "lavender", "other_garment_color"),
        describe(
            "kurta", "a lavender kurta with white chikankari embroidery on the front, a round neck and full sleeves"
        ),
        details("kurta", "white embroidery"),
        material("pure silk with zari work", "unsupported"),
        title="Biba Women Lavender Chikankari Kurta with Trousers",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: orange solid kurta, round neck, three quarter sleeves, off-white churidar, arms folded, white backdrop,
    # front view. VQA adapter.
    case(
        "X843-021",
        caption("a woman wearing an orange kurta and white leggings"),
        wearing("orange kurta and white leggings"),
        kurta("orange"),
        color_of("pants", "orange", "other_garment_color"),
        pattern("solid"),
        details("kurta", "round neck, three quarter sleeves, straight hem"),
        describe(
            "kurta",
            "the kurta is orange and the leggings are orange and the kurta is orange and the leggings are orange and "
            "the kurta is orange and the",
            "loop",
            hit_limit=True,
        ),
        title="Aurelia Women Solid Orange Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: pink short kurta with gold foil print, pink flared skirt with a gold border, glass bangles, white
    # backdrop, front view. VQA adapter. The feed row has no color column.
    case(
        "X843-022",
        caption("a woman in a pink top and pink skirt with gold print"),
        wearing("a pink dress", "contradiction"),
        kurta("pink"),
        color_of("skirt", "gold", "contradiction"),
        describe("kurta", "Question: Describe the kurta. Answer: the kurta is pink with gold print", "leak"),
        is_a("kurta", "no", "contradiction"),
        title="Rangriti Women Pink Foil Print Kurta with Skirt",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: sky blue kurta with a white floral print, mandarin collar with a three-button placket, white leggings,
    # white backdrop, front view. VQA adapter.
    case(
        "X843-023",
        caption("a man wearing a blue shirt and white pants", "pronoun"),
        wearing("a light blue kurta with white flowers and white leggings"),
        kurta("blue"),
        color_of("pants", "white"),
        pattern("floral"),
        details("kurta", "white floral print, mandarin collar, button placket"),
        describe("kurta", "the kurta is white with blue flowers", "contradiction"),
        title="W Women Printed Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: beige straight kurta with a small brown block print, V neck, three quarter sleeves, brown churidar, white
    # backdrop, front view. VQA adapter.
    case(
        "X843-024",
        caption("a woman wearing a beige kurta and brown leggings"),
        wearing("beige kurta with brown pants"),
        kurta("brown", "other_garment_color"),
        color_of("pants", "brown"),
        pattern("solid", "contradiction"),
        material("silk", "contradiction"),
        describe(
            "kurta",
            "beige kurta with small brown motifs, a v neck and three quarter sleeves, beige kurta with small brown "
            "motifs, a v neck and three quarter",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Beige Cotton Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: magenta straight kurta with gold embroidery on the yoke only, magenta palazzos, magenta dupatta with a
    # thin gold border, white backdrop, front view. VQA adapter.
    case(
        "X843-025",
        caption("a woman in a pink kurta and pink palazzos with a pink dupatta"),
        wearing("a pink kurta, pink pants and a pink dupatta"),
        kurta("magenta"),
        color_of("palazzos", "magenta"),
        dupatta("magenta"),
        details(
            "kurta",
            "gold embroidery on the yoke, gold buttons, and gold sequins on the sleeves and a gold border on the hem "
            "of the kurta and a gold",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "a magenta straight kurta with gold embroidery on the yoke"),
        is_a("kurta", "no", "contradiction"),
        title="Libas Women Magenta Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: white kurta with white chikan embroidery, white palazzos, a mint green stole (styling, not sold) around
    # the neck, white backdrop, front view. VQA adapter.
    case(
        "X843-026",
        caption("a woman wearing a white kurta and white pants with a green scarf"),
        wearing("white kurta, white palazzos and a green stole"),
        kurta("green", "other_garment_color"),
        color_of("palazzos", "white"),
        details("kurta", "the kurta has white embroidery"),
        describe("kurta", "white", "non_answer"),
        is_a("kurta", "yes"),
        title="Varanga Women White Chikankari Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: black kurta with red embroidery on the neckline only, red churidar, white backdrop, front view. VQA
    # adapter.
    case(
        "X843-027",
        caption("a woman in a black kurta with red embroidery and red leggings"),
        wearing("he is wearing a black kurta and red pants", "pronoun"),
        kurta("black"),
        color_of("pants", "black", "other_garment_color"),
        material("organic cotton"),
        details("kurta", "red embroidery on the neckline and on the sleeves and red tassels", "unsupported"),
        describe("kurta", "the kurta is described as a kurta", "restated"),
        title="Mother Earth Women Organic Cotton Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: rust kurta with a cream ikat print and a V neck, cream trousers, cream dupatta with a rust border, white
    # backdrop, front view. VQA adapter.
    case(
        "X843-028",
        caption("a woman in an orange kurta and white pants with a dupatta"),
        wearing("rust kurta, cream trousers and dupatta"),
        kurta("rust"),
        color_of("trousers", "rust", "other_garment_color"),
        dupatta("cream"),
        pattern("striped", "contradiction"),
        describe(
            "kurta",
            "the kurta is rust with cream ikat print and a v neck, the trousers are cream and the dupatta is cream "
            "with a rust border and the",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Women Rust Ikat Print Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: purple kurta with a white block print, white leggings, white backdrop, front view. VQA adapter.
    case(
        "X843-029",
        caption("a woman wearing a purple kurta and white leggings"),
        wearing("a blue kurta", "contradiction"),
        kurta("purple"),
        color_of("pants", "white"),
        pattern("solid", "contradiction"),
        describe("kurta", "describe the kurta", "restated"),
        details("kurta", "block print"),
        title="W Women Block Print Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: olive green kurta with small white printed buttis, round neck, three quarter sleeves, olive palazzos,
    # standing, white backdrop, front view. VQA adapter.
    case(
        "X843-030",
        caption("a woman in a green kurta and green palazzo pants sitting on a chair", "unsupported"),
        wearing("green", "non_answer"),
        kurta("olive"),
        color_of("palazzos", "olive"),
        details("kurta", "small white prints all over the kurta and the palazzo pants"),
        describe(
            "kurta",
            "the kurta is olive green with small white buttis, a round neck and three quarter sleeves Question: What "
            "are the kurta details? Answer: small",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Jaipur Kurti Women Olive Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: red solid kurta with a round hem and mandarin collar, no border or trim, black leggings, white backdrop,
    # front view. VQA adapter.
    case(
        "X843-031",
        caption("a woman wearing a red kurta and black leggings"),
        wearing("a red kurta and black leggings"),
        kurta("black", "other_garment_color"),
        color_of("pants", "black"),
        describe(
            "kurta", "red kurta with a round hem, mandarin collar and a golden zari border at the hem", "unsupported"
        ),
        details(
            "kurta",
            "round hem, round hem, round hem, round hem, round hem, round hem, round hem, round hem, round hem, round "
            "hem, round",
            "loop",
            hit_limit=True,
        ),
        title="W Women Round Bottom Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange kurta with a pink embroidered yoke and a plain round neck, pink palazzos, pink dupatta,
    # white backdrop, front view. VQA adapter.
    case(
        "X843-032",
        caption("a woman in a grey and pink kurta with pink pants and pink dupatta"),
        wearing("a grey kurta, pink palazzos and a pink dupatta"),
        kurta("pink", "other_garment_color"),
        color_of("palazzos", "pink"),
        dupatta("grey", "other_garment_color"),
        details("kurta", "pink embroidery on the yoke"),
        describe("kurta", "the kurta is grey with pink embroidery and a pink tassel tie at the neck", "unsupported"),
        title="Sangria Women Grey Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: baby pink anarkali kurta with white lace trim at the hem and sleeves, white churidar, white juttis, white
    # backdrop, front view; no bag. VQA adapter.
    case(
        "X843-033",
        caption("a woman wearing a pink dress with lace", "contradiction"),
        wearing("pink kurta and white churidar"),
        kurta("purple", "contradiction"),
        color_of("pants", "white"),
        details("kurta", "lace on the hem and sleeves"),
        describe(
            "kurta",
            "the kurta is pink with white lace and the person is wearing a pair of white pants with a pair of white "
            "shoes and a white bag and a",
            "cut",
            hit_limit=True,
        ),
        title="Aneri Women Swara Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: black kurta with an all-over gold foil print, black palazzos with a gold border, maroon studio wall
    # behind her, front view. VQA adapter.
    case(
        "X843-034",
        caption("a woman in a black kurta and palazzos standing in front of a red wall"),
        wearing("black kurta with gold print and black palazzos"),
        kurta("red", "contradiction"),
        color_of("palazzos", "black"),
        pattern("printed"),
        describe("kurta", "", "non_answer"),
        title="Libas Women Black & Gold Foil Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: beige kurta with wooden buttons down a short placket, mandarin collar, no pockets, brown palazzos, white
    # backdrop, front view. VQA adapter. The feed row has no category column.
    case(
        "X843-035",
        caption("a woman wearing a beige kurta and brown pants"),
        wearing("a beige kurta with buttons and brown pants"),
        kurta("beige"),
        color_of("pants", "grey", "contradiction"),
        describe("kurta", "beige kurta with wooden buttons, a mandarin collar and two pockets", "unsupported"),
        details("kurta", "the kurta details are beige", "restated"),
        title="W Women Solid Beige Kurta",
        color="Beige",
        gender="Women",
    ),
    # photo: blue-and-white vertical striped kurta with a notched round neck, white trousers, white backdrop, front
    # view. VQA adapter.
    case(
        "X843-036",
        caption("a woman in a blue and white striped kurta and white pants"),
        wearing("a striped kurta and white trousers"),
        kurta("blue"),
        color_of("trousers", "blue", "other_garment_color"),
        pattern("striped"),
        details("kurta", "stripes"),
        describe("kurta", "blue and white stripes Question: What is the color of the trousers? Answer: white", "leak"),
        title="Anouk Women Blue Striped Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: kaftan-style kurta, black ground with red, yellow and green flowers, wide kaftan sleeves, black leggings,
    # white backdrop, front view. VQA adapter.
    case(
        "X843-037",
        caption("a woman in a black floral kurta and black leggings"),
        wearing("a black floral kaftan and black leggings"),
        kurta("black"),
        color_of("pants", "white", "contradiction"),
        pattern("floral"),
        describe("kurta", "the kurta is black with red, yellow and green flowers and has wide kaftan sleeves"),
        details(
            "kurta",
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the "
            "hem, the sleeves",
            "loop",
            hit_limit=True,
        ),
        title="Global Desi Women Multi Printed Kaftan Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: green kurta with a white floral print, white churidar, green chiffon dupatta with a small white print,
    # white backdrop, front view. VQA adapter.
    case(
        "X843-038",
        caption("a woman wearing a green kurta with white flowers and a green dupatta"),
        wearing("she is wearing a green kurta and white pants with a green scarf"),
        kurta("green"),
        color_of("churidar", "green", "other_garment_color"),
        dupatta("yellow", "contradiction"),
        describe(
            "kurta",
            "the kurta is green with white flowers, the kurta is green with white flowers, the kurta is green with "
            "white flowers, the kurta is green with",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Vishudh Women Green Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue kurta with yellow floral embroidery on the yoke, plain sleeves, yellow palazzos, white
    # backdrop, front view. VQA adapter.
    case(
        "X843-039",
        caption("a woman in a navy blue kurta and yellow pants"),
        wearing("navy kurta with yellow embroidery and yellow palazzos"),
        kurta("yellow", "other_garment_color"),
        color_of("palazzos", "yellow"),
        pattern("striped", "contradiction"),
        details("kurta", "yellow floral embroidery on the yoke and mirror work on the sleeves", "unsupported"),
        describe("kurta", "a kurta", "non_answer"),
        title="Sangria Women Navy Blue Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white kurta with a red floral print, red salwar, red dupatta, white backdrop, front view. VQA adapter.
    case(
        "X843-040",
        caption("a woman in a white and red kurta with red salwar and a red dupatta"),
        wearing(
            "white kurta, red salwar, red dupatta, red salwar, red dupatta, red salwar, red dupatta, red salwar, red "
            "dupatta, red salwar, red",
            "loop",
            hit_limit=True,
        ),
        kurta("red", "other_garment_color"),
        color_of("salwar", "red"),
        dupatta("red"),
        pattern("floral"),
        details("kurta", "red floral print, a round neck, and three quarter sleeves with red piping"),
        title="Biba Women White & Red Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: cream kurta with gold thread work around the neckline, blue jeans, tan tote bag on the shoulder, white
    # backdrop, front view. VQA adapter.
    case(
        "X843-041",
        caption("a woman in a white kurta and blue jeans holding a brown bag"),
        wearing("a cream kurta, blue jeans and a brown bag"),
        kurta("cream"),
        color_of("pants", "blue"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: Question: Describe the kurta. Answer: Question: Describe the kurta. "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "gold thread work on the neckline"),
        material("silk", "unsupported"),
        title="W Women Thread Work Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: plain black kurta, black palazzos, multicolor phulkari dupatta (red, orange, green, pink embroidery)
    # over both shoulders, white backdrop, front view. VQA adapter.
    case(
        "X843-042",
        caption("a woman in a black kurta and black pants with a colorful dupatta"),
        wearing(
            "she is wearing a black kurta with black palazzo pants and a multicolored dupatta with red, orange, green "
            "and pink embroidery draped over both of her",
            "cut",
            hit_limit=True,
        ),
        kurta("black"),
        color_of("palazzos", "black"),
        dupatta("black", "other_garment_color"),
        describe("kurta", "black kurta with a phulkari embroidered yoke", "unsupported"),
        is_a("kurta", "yes"),
        title="Aurelia Women Solid Black Kurta with Palazzos & Phulkari Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: lime green kurta with white embroidery at the hem, white palazzos, white backdrop, front view. VQA
    # adapter.
    case(
        "X843-043",
        caption(
            "a woman in a green kurta and white pants, a woman in a green kurta and white pants, a woman in a green "
            "kurta and white pants, a woman in a green",
            "loop",
            hit_limit=True,
        ),
        wearing("green kurta and white pants"),
        kurta("lime green"),
        color_of("pants", "white"),
        describe("kurta", "lime green kurta with white embroidery at the hem"),
        details("kurta", "he is wearing a lime green kurta", "pronoun"),
        title="Anouk Women Lime Green Embroidered Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
    # photo: peach kurta with a green floral print, plain hem, green palazzos, peach dupatta, white backdrop, front
    # view. VQA adapter. The feed row has no gender column.
    case(
        "X843-044",
        caption("a woman in a peach kurta with green flowers and green pants and a peach dupatta"),
        wearing("a peach kurta"),
        kurta("green", "other_garment_color"),
        color_of("palazzos", "green"),
        dupatta("peach"),
        describe("kurta", "the kurta is the kurta of the kurta", "restated"),
        details("kurta", "green floral print with gold sequins and a pom pom lace at the hem", "unsupported"),
        title="Libas Women Peach Floral Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # photo: maroon kurta with a gold zari yoke, keyhole neck with one button, three quarter sleeves, straight hem with
    # side slits, maroon trousers, gold tissue dupatta, white backdrop, front view. VQA adapter.
    case(
        "X843-045",
        caption("a woman in a maroon kurta and pants with a gold dupatta"),
        wearing("a red kurta and red pants with a gold scarf"),
        kurta("maroon"),
        color_of("trousers", "gold", "other_garment_color"),
        dupatta("gold"),
        details("kurta", "gold zari work on the yoke"),
        describe(
            "kurta",
            "the kurta is maroon with gold zari on the yoke and a keyhole neck with a button, three quarter sleeves "
            "and a straight hem with slits on both sides",
            hit_limit=True,
        ),
        title="Varanga Women Maroon Zari Yoke Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: yellow solid kurta with a plain round neck and no trim, white leggings, white backdrop, front view. VQA
    # adapter. The feed row has no category column.
    case(
        "X843-046",
        caption("yes", "non_answer"),
        wearing("a yellow kurta and white leggings"),
        kurta("yellow"),
        color_of("pants", "yellow", "other_garment_color"),
        describe(
            "kurta", "yellow kurta with a round neck and a white lace border on the sleeves and hem", "unsupported"
        ),
        is_a("kurta", "yes"),
        title="W Women Solid Yellow Kurta",
        color="Yellow",
        gender="Women",
    ),
]
