"""BLIND_1067 (46 products; Myntra kurta sets, base zero-shot, piece colors): written blind in the fifty-ninth session.
Measured blind at 247287f (the session's seventh rules): 88/117 failures found (75.2%) and 11/166 correct texts flagged
(6.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's kurta sets and salwar suits (kurta, salwar or churidar, dupatta). Product
shots, mostly a model standing on a white or light studio backdrop in front view; a few side, seated or back views,
a few props (a stool, a chair, a potted plant, a potli bag). The seller's color is the kurta's color; a few rows
lack a column (title, color, category or gender), as real feeds do.

Who wrote what: every caption and open answer is the untuned base Salesforce/blip2-opt-2.7b, zero-shot, greedy,
prompted `Question: ... Answer:` (30 new tokens for answers, 50 for captions). It usually answers short and
lowercase ("pink", "a pink kurta"), calls the salwar "pants" or "leggings" and the dupatta a "scarf"; its habits
are one color for every piece, a neighbour piece's color for the piece asked, now and then running on past the
answer (a new `Question:` or `Answer:`, a list that repeats, a sentence cut at the limit), and once in a while
"he" or "a man" for a woman. The per-piece color questions ("What is the color of the kurta / salwar / churidar /
dupatta?") are free generation (open). Closed answers (garment type, color, pattern, "Is this a kurta?") come
from enrich's `--engine reference`, which picks one candidate, so they never loop or stop short.

Labeling conventions and judgement calls:
- other_garment_color: an open answer or caption that gives a piece the color of another piece of the same set
  (the dupatta's color for the kurta, the kurta's color for the churidar). A closed answer doing the same, or a
  color that belongs to no piece (the wall's, the chair's, just wrong) is a contradiction.
- A kurta with a print answered with its print color, when that color is also another piece's color and the
  kurta's ground is another color, is other_garment_color (white kurta with blue flowers, blue churidar: "blue").
- Shades count as the same color: maroon/red/burgundy, peach/coral/pink, teal/turquoise/navy/blue, mustard/yellow,
  cream/off white/ivory/white, rust/orange, olive/mint/emerald/green, lavender/purple, magenta/fuchsia/pink.
  "Scarf", "pants", "leggings" for dupatta, salwar, churidar are correct; "salwar suit", "salwar kameez", "anarkali"
  for the set are correct; "dress", "top", "saree" for the set, in a caption or a closed garment type, are
  contradictions ("anarkali dress" is kept correct: it names the kurta's cut).
- The seller's colors here all match the photos; a caption's colors for the backdrop, a stool, a chair or a bag
  are judged against the photo line like any other color.
- non_answer: a yes/no or a bare word that answers nothing asked by an open question ("black" to "Describe the
  kurta." counts, since a color alone is no description; "kurta", "clothes", "yes").
- restated: the question's words handed back ("the color of the churidar", "the kurta is a kurta").
- unsupported: a detail or fabric not in the photo or contradicted by the title's fabric (mirror work, buttons,
  silk on a rayon kurta). Material answers appear only where the title names a fabric.
- leak: any text that runs on into `Question:` or `Answer:`, even when its first words are right.
- loop: a phrase repeated until the token limit (hit_limit=True); cut: stopped mid-phrase at the limit without
  repeating (hit_limit=True). A loop that started from a correct answer is still a loop.
- pronoun: "he", "his" or "a man" for a Women row. One row has no gender and no pronoun failure.
- One label per text: where a text has two faults the one that dominates it is named.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

Q = BLIND_QUESTIONS
W = "Women"
KS = "Kurta Sets"


def kurta(text, failure=None, hit_limit=False):
    return color_of("kurta", text, failure, kind="open", hit_limit=hit_limit)


def salwar(text, failure=None, hit_limit=False):
    return color_of("salwar", text, failure, kind="open", hit_limit=hit_limit)


def churidar(text, failure=None, hit_limit=False):
    return color_of("churidar", text, failure, kind="open", hit_limit=hit_limit)


def dupatta(text, failure=None, hit_limit=False):
    return color_of("dupatta", text, failure, kind="open", hit_limit=hit_limit)


BLIND_1067 = [
    # photo: pink straight kurta, white churidar, white dupatta with a pink border, silver juttis; white backdrop, front
    # view. All texts base model zero-shot (closed one from the reference engine).
    case(
        "X1067-001",
        caption("a woman in a pink kurta and white pants standing on a white background"),
        kurta("pink"),
        churidar("pink", "other_garment_color"),
        dupatta("white"),
        wearing("a pink salwar suit with a pink handbag", "unsupported", who="she"),
        is_a("kurta", "yes"),
        title="Biba Women Pink & White Solid Kurta with Churidar & Dupatta",
        category=KS,
        color="Pink",
        gender=W,
    ),
    # photo: navy blue A-line kurta with a gold foil print, navy salwar, mustard yellow dupatta; white backdrop, front
    # view. Base model zero-shot.
    case(
        "X1067-002",
        caption("a woman wearing a blue and yellow salwar kameez"),
        kurta("blue"),
        salwar("blue"),
        dupatta("yellow"),
        describe("kurta", "the kurta is blue with gold print and a yellow dupatta"),
        details("kurta", "gold print on the kurta"),
        material("silk", "unsupported"),
        title="Libas Women Navy Blue Foil Print Cotton Kurta with Salwar & Dupatta",
        category=KS,
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard kurta with a small white floral print, white salwar, mustard dupatta with white motifs; white
    # backdrop, front view, model in tan kolhapuris. Base model zero-shot; closed color from the reference engine.
    case(
        "X1067-003",
        caption("a woman in a yellow and white outfit"),
        kurta("mustard"),
        salwar("yellow", "other_garment_color"),
        dupatta("yellow and white"),
        Q.color("yellow"),
        wearing(
            "she is wearing a yellow kurta and white salwar Question: what is the color of the dupatta? Answer: yellow",
            "leak",
        ),
        title="Anouk Women Mustard Yellow Printed Kurta with Salwar & Dupatta",
        category=KS,
        color="Mustard",
        gender=W,
    ),
    # photo: maroon kurta with a gold embroidered yoke and gold embroidered cuffs, plain hem; maroon
    # churidar; maroon net dupatta with a gold border; no jewellery; white backdrop, front view. Base model zero-shot.
    case(
        "X1067-004",
        caption("a woman in a red and gold salwar suit with a red dupatta and a gold necklace", "unsupported"),
        kurta("red"),
        churidar("red"),
        dupatta("red with gold border"),
        details(
            "kurta",
            "the kurta has a gold embroidered neckline and the sleeves are embroidered with gold and the hem is "
            "embroidered with gold and the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        title="Soch Women Maroon Embroidered Kurta with Churidar & Dupatta",
        category=KS,
        color="Maroon",
        gender=W,
    ),
    # photo: sea green calf-length kurta with a lace hem, white churidar, sea green chiffon dupatta; plain grey studio
    # wall behind, front view. Base model zero-shot; is_a from the reference engine.
    case(
        "X1067-005",
        caption("a woman in a green dress standing in front of a grey wall", "contradiction"),
        kurta("green"),
        churidar("white"),
        dupatta("green"),
        wearing("clothing", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        title="Global Desi Women Sea Green Kurta with Churidar & Dupatta",
        category=KS,
        color="Sea Green",
        gender=W,
    ),
    # photo: black kurta with white chikankari embroidery, white salwar, black dupatta with white polka dots; white
    # backdrop, front view. Base model zero-shot; pattern from the reference engine.
    case(
        "X1067-006",
        caption("a woman wearing a black and white salwar suit with a black dupatta"),
        kurta("black and white"),
        salwar("black", "other_garment_color"),
        dupatta("black"),
        describe("kurta", "black", "non_answer"),
        Q.pattern("polka dots", "contradiction"),
        title="House of Pataudi Women Black Chikankari Embroidered Kurta with Salwar & Dupatta",
        category=KS,
        color="Black",
        gender=W,
    ),
    # photo: off-white kurta with a pink floral print, pink salwar, pink dupatta; white backdrop, front view. Base model
    # zero-shot; closed color from the reference engine.
    case(
        "X1067-007",
        caption("a woman in a white and pink floral kurta with pink pants and a pink scarf"),
        kurta("white"),
        salwar("pink"),
        dupatta("white", "other_garment_color"),
        wearing("he is wearing a white kurta", "pronoun", who="she"),
        Q.color("pink", "contradiction"),
        title="W Women Off-White & Pink Printed Kurta with Salwar & Dupatta",
        category=KS,
        color="Off White",
        gender=W,
    ),
    # photo: teal anarkali kurta with a gold print, teal churidar, teal dupatta with a gold gota border; white backdrop,
    # front view. Base model zero-shot.
    case(
        "X1067-008",
        caption("a woman in a blue anarkali dress with a gold border"),
        kurta("teal"),
        churidar("blue"),
        dupatta("blue and gold"),
        details(
            "kurta",
            "the kurta has a gold print on the front and the back and the sleeves and the neckline and the sleeves "
            "and the neckline and the sleeves",
            "loop",
            hit_limit=True,
        ),
        title="Ahalyaa Women Teal Printed Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Teal",
        gender=W,
    ),
    # photo: red bandhani-print kurta with gold dots, red churidar, red and gold bandhani dupatta, gold jhumkas; white
    # backdrop, front view; no mirror work anywhere. Base model zero-shot; pattern from the reference engine.
    case(
        "X1067-009",
        caption("a woman in a pink and gold salwar suit with gold earrings", "contradiction"),
        kurta("red"),
        churidar("red"),
        dupatta("red"),
        Q.pattern("printed"),
        wearing(
            "a red kurta with gold earrings and a red dupatta and a red churidar and gold earrings and a red dupatta "
            "and a red",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mirror work neckline", "unsupported"),
        title="Sangria Women Red Bandhani Print Kurta with Churidar & Dupatta",
        category=KS,
        color="Red",
        gender=W,
    ),
    # photo: lavender kurta with white thread embroidery on the yoke, white salwar, lavender organza dupatta; white
    # backdrop, front view. Base model zero-shot; is_a from the reference engine.
    case(
        "X1067-010",
        caption("a woman wearing a purple kurta and white pants"),
        kurta("purple"),
        salwar("white"),
        dupatta("purple"),
        describe("kurta", "the kurta is a kurta", "restated"),
        is_a("kurta", "yes"),
        title="Sojanya Women Lavender Embroidered Kurta with Salwar & Dupatta",
        category=KS,
        color="Lavender",
        gender=W,
    ),
    # photo: yellow kurta with a green ikat print, green salwar, yellow dupatta; white backdrop, front view. Base model
    # zero-shot; garment type from the reference engine.
    case(
        "X1067-011",
        caption("a woman in a yellow and green kurta with green pants"),
        kurta("yellow"),
        salwar("yellow", "other_garment_color"),
        dupatta("green", "other_garment_color"),
        Q.garment_type("kurta"),
        wearing("she is wearing a kurta with mirror work", "unsupported", who="she"),
        title="Rangriti Women Yellow & Green Ikat Print Kurta with Salwar & Dupatta",
        category=KS,
        color="Yellow",
        gender=W,
    ),
    # photo: peach kurta with gota patti on the yoke, peach churidar, off-white dupatta with a peach border; white
    # backdrop, side view, model turned to her left. Base model zero-shot; closed color from the reference.
    case(
        "X1067-012",
        caption("a woman in a pink kurta and a white dupatta"),
        kurta("pink"),
        churidar("the color of the churidar", "restated"),
        dupatta("white"),
        details("kurta", "no", "non_answer"),
        Q.color("peach"),
        title="Jaipur Kurti Women Peach Gotta Patti Kurta with Churidar & Dupatta",
        category=KS,
        color="Peach",
        gender=W,
    ),
    # photo: indigo kurta with a white block print, indigo salwar, white dupatta with an indigo print; white backdrop,
    # front view. Base model zero-shot.
    case(
        "X1067-013",
        caption("a woman wearing a blue and white printed kurta"),
        kurta("blue and white"),
        salwar("black", "contradiction"),
        dupatta("white with blue print"),
        material("cotton"),
        wearing(
            "a blue kurta and blue pants and a blue dupatta and a blue kurta and blue pants and a blue dupatta and a "
            "blue",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Indigo Blue Cotton Printed Kurta with Salwar & Dupatta",
        category=KS,
        color="Blue",
        gender=W,
    ),
    # photo: olive green solid kurta (no pockets) with a mandarin collar and three-quarter sleeves, beige churidar,
    # olive dupatta with beige tassels; white backdrop, front view. Base model zero-shot. The row has no title.
    case(
        "X1067-014",
        caption("a woman in a green kurta with a beige dupatta", "other_garment_color"),
        kurta("green"),
        churidar("beige"),
        dupatta("olive green"),
        describe("kurta", "a green kurta with a mandarin collar and a front pocket", "unsupported"),
        category=KS,
        color="Olive",
        gender=W,
    ),
    # photo: white chikankari kurta, white churidar, white chiffon dupatta, all white; the studio wall behind is pale
    # pink; front view. Base model zero-shot.
    case(
        "X1067-015",
        caption("a woman in a white outfit standing in front of a pink wall"),
        kurta("white"),
        churidar("white"),
        dupatta("pink", "contradiction"),
        details("kurta", "chikankari embroidery all over"),
        material("cotton Question: what is the color of the kurta? Answer: white", "leak"),
        title="Ada Women White Chikankari Cotton Kurta with Churidar & Dupatta",
        category=KS,
        color="White",
        gender=W,
    ),
    # photo: magenta kurta with a gold foil print, magenta churidar, gold tissue dupatta, gold jhumkas, hair in a bun;
    # white backdrop, front view. Base model zero-shot; pattern from the reference engine.
    case(
        "X1067-016",
        caption("a woman in a pink kurta with a gold dupatta"),
        kurta("pink"),
        churidar("gold", "other_garment_color"),
        dupatta("gold"),
        wearing(
            "she is wearing a pink kurta with a gold dupatta and a pair of gold earrings and her hair is tied in a "
            "bun and she is standing in",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        title="Indo Era Women Magenta Foil Print Kurta with Churidar & Dupatta",
        category=KS,
        color="Magenta",
        gender=W,
    ),
    # photo: rust orange kurta with a black print, black salwar, rust dupatta; white backdrop, front view. Base model
    # zero-shot; is_a and garment type from the reference engine.
    case(
        "X1067-017",
        caption("a woman in an orange and black kurta with black pants"),
        kurta("yellow", "contradiction"),
        salwar("black"),
        dupatta("black", "other_garment_color"),
        is_a("kurta", "yes"),
        wearing("she is wearing an orange kurta", who="she"),
        Q.garment_type("dress", "contradiction"),
        title="Vishudh Women Rust Printed Kurta with Salwar & Dupatta",
        category=KS,
        color="Rust",
        gender=W,
    ),
    # photo: charcoal grey kurta with pink floral embroidery, pink churidar, grey dupatta with pink pompoms; white
    # backdrop, front view. Base model zero-shot.
    case(
        "X1067-018",
        caption("a woman in a grey dress with pink leggings and a grey scarf", "contradiction"),
        kurta("grey"),
        churidar("grey", "other_garment_color"),
        dupatta("grey and pink"),
        details("kurta", "pink flowers embroidered on the yoke"),
        describe("kurta", "the kurta", "restated"),
        title="Vishudh Women Grey & Pink Embroidered Kurta with Churidar & Dupatta",
        category=KS,
        color="Grey",
        gender=W,
    ),
    # photo: cream kurta with gold zari stripes, cream churidar, red dupatta with a gold border; white backdrop, front
    # view, left hand on her hip, right hand holding the dupatta's edge. Base model zero-shot; pattern from the
    # reference engine.
    case(
        "X1067-019",
        caption(
            "a woman in a cream kurta with gold stripes and white churidar and a red dupatta with a gold border "
            "draped over her shoulders standing against a white background with her left hand on her hip and her "
            "right hand holding the edge of the",
            "cut",
            hit_limit=True,
        ),
        kurta("red", "other_garment_color"),
        churidar("white"),
        dupatta("red"),
        Q.pattern("striped"),
        wearing("a white salwar suit with a red dupatta Answer: red", "leak", who="she"),
        title="Kalini Women Cream Striped Kurta with Churidar & Dupatta",
        category=KS,
        color="Cream",
        gender=W,
    ),
    # photo: royal blue kurta with a silver foil print, blue salwar, blue dupatta with a thin silver border; model
    # seated on a light wooden stool, white backdrop. Base model zero-shot.
    case(
        "X1067-020",
        caption("a woman sitting on a wooden stool wearing a blue salwar kameez"),
        kurta("black", "contradiction"),
        salwar("blue"),
        dupatta("silver", "contradiction"),
        details("kurta", "the details of the kurta", "restated"),
        wearing("a man in a blue kurta", "pronoun"),
        title="GoSriKi Women Blue Foil Print Kurta with Salwar & Dupatta",
        category=KS,
        color="Blue",
        gender=W,
    ),
    # photo: coral kurta with white embroidery on the front, V neck, three-quarter sleeves, straight hem with side
    # slits; white salwar; coral and white leheriya dupatta; white backdrop, front view. Base model zero-shot.
    case(
        "X1067-021",
        caption("a woman in an orange kurta and white pants"),
        kurta("orange"),
        salwar("white"),
        dupatta("orange and white"),
        describe(
            "kurta",
            "it has a v neck and three quarter sleeves and white embroidery on the front and a straight hem with two "
            "side slits and it is",
            "cut",
            hit_limit=True,
        ),
        is_a("salwar suit", "no", "contradiction"),
        title="Anubhutee Women Coral Embroidered Kurta with Salwar & Dupatta",
        category=KS,
        color="Coral",
        gender=W,
    ),
    # photo: black kurta with a red floral print, red churidar, red dupatta; the model holds a small red potli bag;
    # white backdrop, front view. Base model zero-shot; closed color from the reference engine.
    case(
        "X1067-022",
        caption("a woman in a black and red kurta holding a red bag"),
        kurta("red", "other_garment_color"),
        churidar("red"),
        dupatta("red"),
        wearing("a black kurta with red flowers and red pants"),
        Q.color("black"),
        material("georgette", "unsupported"),
        title="Varanga Women Black & Red Floral Print Cotton Kurta with Churidar & Dupatta",
        category=KS,
        color="Black",
        gender=W,
    ),
    # photo: yellow kurta with white chikan embroidery, white churidar, yellow dupatta; white backdrop, model turned
    # three-quarter to the right. Base model zero-shot.
    case(
        "X1067-023",
        caption("a woman in a yellow kurta and white leggings"),
        kurta("yellow"),
        churidar("yellow", "other_garment_color"),
        dupatta("yellow"),
        details("kurta", "yes", "non_answer"),
        wearing("yellow kurta Question: what is the color of the churidar? Answer: white", "leak", who="she"),
        title="Ada Women Yellow Chikankari Kurta with Churidar & Dupatta",
        category=KS,
        color="Yellow",
        gender=W,
    ),
    # photo: purple kurta with silver mukaish dots, purple salwar, purple dupatta, all one purple; white backdrop, front
    # view. Base model zero-shot.
    case(
        "X1067-024",
        caption(
            "a woman in a purple salwar suit with a purple dupatta and a purple dupatta and a purple dupatta and a "
            "purple dupatta and a purple dupatta and a purple",
            "loop",
            hit_limit=True,
        ),
        kurta("purple"),
        salwar("purple"),
        dupatta("pink", "contradiction"),
        describe("kurta", "a long purple kurta with pearl embroidery", "unsupported"),
        title="Kalini Women Purple Mukaish Work Kurta with Salwar & Dupatta",
        category=KS,
        color="Purple",
        gender=W,
    ),
    # photo: bottle green kurta with a pink gota yoke, pink churidar, pink dupatta draped across the chest and over both
    # shoulders; white backdrop, front view. Base model zero-shot; closed color and is_a from the reference engine.
    case(
        "X1067-025",
        caption("a woman in a green and pink salwar suit"),
        kurta("pink", "other_garment_color"),
        churidar("pink"),
        dupatta("green", "other_garment_color"),
        Q.color("green"),
        is_a("kurta", "yes"),
        wearing(
            "a green kurta with a pink yoke and pink churidar and a pink dupatta draped across her chest and over "
            "both shoulders and she is standing with",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Green & Pink Yoke Design Kurta with Churidar & Dupatta",
        category=KS,
        color="Green",
        gender=W,
    ),
    # photo: beige kurta with a brown block print and a round neck, brown salwar, beige dupatta with a brown print;
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1067-026",
        caption("a woman in a beige and brown printed kurta set"),
        kurta("white", "contradiction"),
        salwar("brown"),
        dupatta("beige"),
        details(
            "kurta",
            "the kurta has a brown block print and a round neck and the kurta has a brown block print and a round "
            "neck and the kurta",
            "loop",
            hit_limit=True,
        ),
        material("linen", "unsupported"),
        title="Fabindia Women Beige Block Print Cotton Kurta with Salwar & Dupatta",
        category=KS,
        color="Beige",
        gender=W,
    ),
    # photo: red kurta, white churidar, mustard phulkari dupatta with pink, orange and green embroidery; white backdrop,
    # front view. Base model zero-shot.
    case(
        "X1067-027",
        caption("a woman in a red kurta and white pants with a colorful scarf"),
        kurta("red"),
        churidar("red", "other_garment_color"),
        dupatta("red", "other_garment_color"),
        details("dupatta", "phulkari embroidery"),
        wearing("she is wearing a red kurta with white churidar and a phulkari dupatta", who="she"),
        title="Biba Women Red Solid Kurta with Churidar & Phulkari Dupatta",
        category=KS,
        color="Red",
        gender=W,
    ),
    # photo: navy kurta with white polka dots and a shirt collar, white salwar, navy dupatta; white backdrop, front
    # view. Base model zero-shot; pattern from the reference engine.
    case(
        "X1067-028",
        caption("a woman in a blue polka dot kurta and white pants"),
        kurta("navy blue"),
        salwar("blue", "other_garment_color"),
        dupatta("blue"),
        Q.pattern("polka dots"),
        describe(
            "kurta",
            "navy blue with white polka dots and a collar Question: describe the salwar. Answer: white",
            "leak",
        ),
        title="Anouk Women Navy Blue Polka Dot Print Kurta with Salwar & Dupatta",
        category=KS,
        color="Navy Blue",
        gender=W,
    ),
    # photo: mint green kurta with white embroidery, mint churidar, white dupatta; white backdrop, front view, feet
    # cropped out of frame. Base model zero-shot; garment type from the reference engine. The row has no color.
    case(
        "X1067-029",
        caption("a woman in a light green kurta with a white dupatta"),
        kurta("green"),
        churidar("white", "other_garment_color"),
        dupatta("white"),
        Q.garment_type("kurta"),
        wearing("a light green salwar kameez with silver heels", "unsupported"),
        title="Aurelia Women Mint Green Embroidered Kurta with Churidar & Dupatta",
        category=KS,
        gender=W,
    ),
    # photo: fuchsia kurta, fuchsia salwar, dupatta with fuchsia, orange and yellow stripes; white backdrop, front view.
    # Base model zero-shot; is_a from the reference engine.
    case(
        "X1067-030",
        caption("a woman wearing a pink kurta with a striped scarf"),
        kurta("red", "contradiction"),
        salwar("pink"),
        dupatta("the dupatta is the dupatta", "restated"),
        details("dupatta", "stripes"),
        is_a("kurta", "yes"),
        title="Sangria Women Fuchsia Solid Kurta with Salwar & Striped Dupatta",
        category=KS,
        color="Fuchsia",
        gender=W,
    ),
    # photo: white kurta with a blue floral print, blue churidar, blue dupatta; white backdrop, front view, nothing in
    # her hands. Base model zero-shot; closed color from the reference engine.
    case(
        "X1067-031",
        caption("a woman in a white and blue floral kurta holding a blue umbrella", "unsupported"),
        kurta("blue", "other_garment_color"),
        churidar("blue"),
        dupatta("white", "other_garment_color"),
        wearing("a white kurta and blue pants", who="she"),
        Q.color("white"),
        title="Indo Era Women White & Blue Floral Print Kurta with Churidar & Dupatta",
        category=KS,
        color="White",
        gender=W,
    ),
    # photo: maroon velvet kurta, long sleeves, round neck, gold embroidery at the neck and sleeves and a gold hem
    # border; maroon churidar; gold net dupatta; white backdrop, front view. Base model zero-shot.
    case(
        "X1067-032",
        caption("a woman in a maroon velvet kurta with a gold dupatta"),
        kurta("maroon"),
        churidar("maroon"),
        dupatta("gold"),
        material("velvet"),
        describe(
            "kurta",
            "a long kurta with long sleeves and a round neck and gold embroidery on the neck and the sleeves and a "
            "gold border at the hem and it is worn with a",
            "cut",
            hit_limit=True,
        ),
        title="Soch Women Maroon Embroidered Velvet Kurta with Churidar & Dupatta",
        category=KS,
        color="Maroon",
        gender=W,
    ),
    # photo: orange kurta with a pink yoke, pink salwar, pink and orange dupatta; white backdrop, front view. Base model
    # zero-shot; garment type from the reference engine.
    case(
        "X1067-033",
        caption("a man wearing an orange and pink kurta", "pronoun"),
        kurta("orange"),
        salwar("orange", "other_garment_color"),
        dupatta("pink and orange"),
        wearing("orange kurta with pink salwar Question: what is the color of the dupatta? Answer: pink", "leak"),
        Q.garment_type("dress", "contradiction"),
        title="Rangmanch Women Orange & Pink Yoke Design Kurta with Salwar & Dupatta",
        category=KS,
        color="Orange",
        gender=W,
    ),
    # photo: turquoise blue kurta, white churidar, turquoise dupatta with a small white print; white backdrop, front
    # view. Base model zero-shot; is_a from the reference engine.
    case(
        "X1067-034",
        caption("a woman in a blue kurta with white leggings and a blue scarf"),
        kurta("blue"),
        churidar("white"),
        dupatta("the color of the dupatta is the color of the dupatta", "restated"),
        is_a("kurta", "no", "contradiction"),
        details(
            "kurta",
            "she is wearing a blue kurta with white leggings and a blue dupatta and she is wearing a blue kurta with "
            "white leggings and a blue",
            "loop",
            hit_limit=True,
        ),
        title="Aks Women Turquoise Blue Solid Kurta with Churidar & Dupatta",
        category=KS,
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: light pink kurta with a floral print of pink flowers and green leaves, green churidar, pink dupatta; white
    # backdrop with a potted plant at the left edge; front view. Base model zero-shot; pattern from reference.
    case(
        "X1067-035",
        caption("a woman in a pink floral kurta standing next to a plant"),
        kurta("green", "other_garment_color"),
        churidar("green"),
        dupatta("pink"),
        wearing("he is wearing a pink kurta and green pants", "pronoun", who="she"),
        Q.pattern("floral"),
        title="Janasya Women Pink & Green Floral Print Kurta with Churidar & Dupatta",
        category=KS,
        color="Pink",
        gender=W,
    ),
    # photo: black kurta with a gold foil print, black salwar, black dupatta with a gold border; white backdrop, front
    # view. Base model zero-shot.
    case(
        "X1067-036",
        caption("a woman in a black salwar suit with gold print"),
        kurta("black"),
        salwar("blue", "contradiction"),
        dupatta("black and gold"),
        details("kurta", "the kurta has a gold print and the dupatta has a gold border"),
        material("silk", "unsupported"),
        describe("kurta", "kurta", "non_answer"),
        title="Jaipur Kurti Women Black Foil Print Rayon Kurta with Salwar & Dupatta",
        category=KS,
        color="Black",
        gender=W,
    ),
    # photo: sky blue solid kurta, white churidar, white dupatta; silver earrings, a silver bracelet on the right wrist;
    # white backdrop, side view. Base model zero-shot; closed color from the reference engine.
    case(
        "X1067-037",
        caption("a woman in a light blue kurta with white pants and a white dupatta"),
        kurta("white", "other_garment_color"),
        churidar("white"),
        dupatta("blue", "other_garment_color"),
        wearing(
            "a blue kurta and white churidar and a white dupatta over her shoulder and a pair of silver earrings "
            "and a silver bracelet on her right wrist and",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        title="Women Blue Solid Kurta with Churidar & Dupatta",
        category=KS,
        color="Blue",
        gender=W,
    ),
    # photo: short pink kurta, orange patiala salwar, pink and orange dupatta; white backdrop, front view. Base model
    # zero-shot; garment type from the reference engine.
    case(
        "X1067-038",
        caption("a woman in a pink kurta and orange pants"),
        kurta("pink"),
        salwar("orange"),
        dupatta("orange"),
        Q.garment_type("top", "contradiction"),
        describe("kurta", "the kurta is pink"),
        wearing("clothes", "non_answer", who="she"),
        title="Women Pink & Orange Kurta with Patiala & Dupatta",
        category=KS,
        color="Pink",
        gender=W,
    ),
    # photo: off-white kurta with multicolour thread embroidery at the neck and hem, off-white churidar, multicolour
    # dupatta; a brown wooden chair beside the model; white backdrop. Base model zero-shot; closed color reference.
    case(
        "X1067-039",
        caption("a woman in a white kurta standing next to a brown chair"),
        kurta("white"),
        churidar("brown", "contradiction"),
        dupatta("multicolored"),
        details("kurta", "none", "non_answer"),
        Q.color("brown", "contradiction"),
        title="Biba Women Off-White Embroidered Kurta with Churidar & Dupatta",
        category=KS,
        color="Off White",
        gender=W,
    ),
    # photo: burgundy kurta with a concealed placket (no buttons), burgundy churidar, pink dupatta; white backdrop,
    # front view. Base model zero-shot; is_a from the reference engine. The row has no gender.
    case(
        "X1067-040",
        caption("a woman in a maroon kurta and a pink dupatta"),
        kurta("maroon"),
        churidar("pink", "other_garment_color"),
        dupatta("pink"),
        details("kurta", "the kurta has pearl buttons on the placket", "unsupported"),
        is_a("kurta", "yes"),
        title="Sangria Burgundy Solid Kurta with Churidar & Dupatta",
        category=KS,
        color="Burgundy",
    ),
    # photo: mustard and white striped kurta, white salwar, mustard dupatta; white backdrop, front view. Base model
    # zero-shot; pattern from the reference engine.
    case(
        "X1067-041",
        caption("a woman in a yellow and white striped kurta and white pants"),
        kurta("yellow and white"),
        salwar("white Answer: white", "leak"),
        dupatta("white", "other_garment_color"),
        Q.pattern("striped"),
        wearing("a striped kurta", who="she"),
        describe(
            "kurta",
            "the kurta is a striped kurta with a striped kurta and a striped kurta and a striped kurta and a striped "
            "kurta and a striped",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Mustard & White Striped Kurta with Salwar & Dupatta",
        category=KS,
        color="Mustard",
        gender=W,
    ),
    # photo: pink cotton kurta with a plain weave (no zari), green churidar, green dupatta with a pink border draped
    # over the left shoulder, hair open; white backdrop, front view. Base model zero-shot.
    case(
        "X1067-042",
        caption("a woman in a pink and green salwar suit"),
        kurta("pink"),
        churidar("green"),
        dupatta("pink", "other_garment_color"),
        describe("kurta", "the kurta is made of pure silk with zari weaving", "unsupported"),
        wearing(
            "a pink kurta with green churidar and a green dupatta with a pink border draped over her left shoulder "
            "and her hair is open and she is",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Pink & Green Cotton Kurta with Churidar & Dupatta",
        category=KS,
        color="Pink",
        gender=W,
    ),
    # photo: back view: blue kurta with a white leheriya print and a deep back neck tied with tasselled dori, white
    # churidar, blue dupatta over one arm; white backdrop. Base model zero-shot.
    case(
        "X1067-043",
        caption("the back of a woman wearing a blue and white kurta"),
        kurta("blue and white"),
        churidar("blue", "other_garment_color"),
        dupatta("white", "other_garment_color"),
        details("kurta", "leheriya print and a deep back neck with tassels"),
        describe("kurta", "describe the kurta", "restated"),
        title="Aasi Women Blue Leheriya Print Kurta with Churidar & Dupatta",
        category=KS,
        color="Blue",
        gender=W,
    ),
    # photo: coffee brown kurta, beige salwar, brown and beige dupatta; white backdrop, front view. Base model zero-
    # shot; closed color from the reference engine.
    case(
        "X1067-044",
        caption("a woman in a brown kurta and beige pants"),
        kurta("brown"),
        salwar("brown", "other_garment_color"),
        dupatta("brown and beige"),
        wearing("his kurta is brown", "pronoun", who="she"),
        Q.color("beige", "contradiction"),
        material("cotton"),
        title="Vishudh Women Coffee Brown Cotton Kurta with Salwar & Dupatta",
        category=KS,
        color="Coffee Brown",
        gender=W,
    ),
    # photo: lemon yellow kurta with white lace embroidery on the yoke (no buttons), yellow churidar, white and yellow
    # dupatta; white backdrop, front view. Base model zero-shot. The row has no category.
    case(
        "X1067-045",
        caption(
            "a woman in a yellow kurta with a yellow dupatta and yellow churidar and a yellow dupatta and yellow "
            "churidar and a yellow dupatta and yellow churidar and a yellow",
            "loop",
            hit_limit=True,
        ),
        kurta("yellow"),
        churidar("yellow"),
        dupatta("white and yellow"),
        details("kurta", "white lace embroidery on the yoke and gold buttons", "unsupported"),
        describe("kurta", "yes", "non_answer"),
        title="Women Lemon Yellow Embroidered Kurta with Churidar & Dupatta",
        color="Yellow",
        gender=W,
    ),
    # photo: emerald green kurta with gold embroidery, emerald churidar, gold tissue dupatta held in the model's hand;
    # white backdrop, front view. Base model zero-shot; is_a and garment type from the reference engine.
    case(
        "X1067-046",
        caption("a man in a green salwar suit holding a gold scarf", "pronoun"),
        kurta("gold", "other_garment_color"),
        churidar("green"),
        dupatta("gold"),
        wearing(
            "a green kurta and a green churidar and a gold dupatta Question: what is the color of the kurta? Answer:",
            "leak",
        ),
        is_a("kurta", "yes"),
        Q.garment_type("saree", "contradiction"),
        title="Kalini Women Green Embroidered Kurta with Churidar & Dupatta",
        category=KS,
        color="Green",
        gender=W,
    ),
]
