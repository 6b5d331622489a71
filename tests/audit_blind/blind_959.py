"""BLIND_959 (46 products; Myntra kurtas and sets, VQA, per-piece colors): written blind in the fifty-seventh session.
Measured blind at 5a92fc7 (the session's final rules): 114/132 failures found (86.4%) and 7/190 correct texts flagged
(3.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's kurtas (article type Kurtas) and kurta sets (Kurta Sets: kurta with palazzos,
trousers, churidar, sharara or skirt, often with a dupatta). Catalog photos, mostly a model on a white backdrop,
front view; a few on a beige wall, with a plant, a swing or a marigold garland as props, one back view. Kurta-only
products are styled with bottoms the seller does not sell (leggings, jeans, palazzos, trousers).

Who wrote what: captions by the untuned base blip2-opt-2.7b (the job's per-question adapter setting: the VQA adapter
broke captions), plain and short, sometimes a wrong hue, an invented prop or necklace, once "a man". Every answer
by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Open answers are free generation, at most 30 new tokens: the
per-piece color questions (kurta; the bottom, named from the seller's title, "pants" when the title names none; the
dupatta, asked only where the title lists one), "What is the person wearing?", describe / details of a piece, and
material. The adapter was trained without an end token: it usually stops after a short answer, but about one open
answer in six runs on, looping a phrase, starting a new "Question: ... Answer:" turn, or cut at the limit. It
often gives the bottom or dupatta the kurta's color (or the kurta its print's or the bottom's color), and invents
pockets, mirror work, zips and fabrics. Closed answers (color, pattern, garment type, sleeve length, "Is this a
kurta?") come from the reference engine picking one candidate: never loops or cuts, but sometimes a wrong value.

Labeling conventions and judgement calls:
- The photo is the truth. Where the seller's color is off (a "Brown" kurta that is rust), answers matching the
  photo are correct and are not labeled.
- Shades within one hue are correct: navy or dark blue for Navy Blue, yellow for Mustard, pink for Magenta or Peach,
  purple for Lavender or Mauve, red for Maroon, white for Off White or Cream, green for Olive or Sea Green.
- An open answer that gives a piece the color of another piece worn in the photo (kurta, bottom, dupatta, or a
  kurta answered with its bottom's color) is other_garment_color; a closed answer doing the same is contradiction.
  A color that no piece has, a print's accent or border color given as the piece's color, a wrong hue in a caption,
  a wrong pattern, sleeve length or garment type, and "no" to "Is this a kurta?" are contradiction.
- "Dress" is tolerated for a floor-length anarkali; for a straight or A-line kurta worn with a bottom it is a
  contradiction. "Top" and "tunic" are tolerated for a kurta in free text.
- Two pieces of the same color (white chikankari kurta with white palazzos) answered with one color are correct.
- Material: when the title names a fabric, any other fabric is unsupported; when it names none, cotton or rayon for a
  matte kurta is accepted and silk, satin, velvet or denim are unsupported. Invented details (pockets, zips, mirror
  work, tassels, a necklace, a garden, a cup of tea), and neckline details in a back view, are unsupported.
- A text that ran to the token limit is labeled loop when it repeats, leak when it starts a new "Question:" turn,
  cut otherwise; hit_limit is set on all of them. One label per text, the failure a reader meets first.
- One-word colors, "yes"/"no", an empty string or "a kurta" to an open describe/details/wearing question are
  non_answer; answers that only say the question back ("the kurta is a kurta") are restated.
- "a man" in a caption or answer for a Women product is labeled pronoun, like "he".
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material


def kurta(text, failure=None, hit_limit=False):
    return color_of("kurta", text, failure, kind="open", hit_limit=hit_limit)


def piece(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def dupatta(text, failure=None, hit_limit=False):
    return color_of("dupatta", text, failure, kind="open", hit_limit=hit_limit)


BLIND_959 = [
    # photo: navy straight kurta with small white floral buttis, round neck, three-quarter sleeves, white leggings,
    # silver jhumkas, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-001",
        caption("a woman wearing a navy blue kurta and white leggings"),
        wearing("a blue kurta with white leggings"),
        kurta("navy blue"),
        piece("pants", "navy blue", "other_garment_color"),
        pattern("floral"),
        sleeves("three-quarter"),
        describe(
            "kurta",
            "the kurta is navy blue with small white flowers all over and it has a round neck and three quarter "
            "sleeves and a straight hem with side slits and",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Navy Blue Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard kurta with maroon ethnic-motif print, mustard palazzos with a maroon printed hem, maroon dupatta
    # with a gold border over one arm, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-002",
        caption("a woman in a yellow kurta and palazzo pants with a maroon dupatta"),
        wearing("she is wearing a yellow kurta with palazzo and a red dupatta"),
        kurta("mustard"),
        piece("palazzos", "yellow"),
        dupatta(" ".join(["yellow"] * 30), "loop", hit_limit=True),
        garment_type("kurta"),
        material("cotton"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: Question: What are the kurta details? Answer: Question: "
            "What are the kurta",
            "leak",
            hit_limit=True,
        ),
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white plain kurta, mandarin collar, full sleeves, blue skinny jeans, tan sling bag on the shoulder,
    # white backdrop, three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X959-003",
        caption("a woman wearing a white tunic and blue jeans with a brown bag"),
        wearing("white kurta and blue jeans"),
        kurta("blue", "other_garment_color"),
        piece("pants", "blue"),
        material("cotton"),
        is_a("kurta", "yes"),
        sleeves("sleeveless", "contradiction"),
        describe("kurta", "a white kurta with a mandarin collar and full sleeves"),
        title="W Women Off White Solid Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: pink floor-length anarkali kurta with green floral print, long sleeves, green churidar, pink net dupatta
    # with a green border, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-004",
        caption("a woman in a pink and green anarkali dress"),
        wearing(
            "a pink dress with green flowers and green leggings Question: What is the color of the dress? Answer: "
            "pink Question: What is the",
            "leak",
            hit_limit=True,
        ),
        kurta("pink"),
        piece("churidar", "pink", "other_garment_color"),
        dupatta("pink with a green border"),
        pattern("floral"),
        sleeves("long"),
        title="Biba Women Pink & Green Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: teal straight kurta with gold foil print on the yoke, three-quarter sleeves, teal trousers, gold juttis,
    # white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-005",
        caption("a woman wearing a teal kurta and matching pants"),
        wearing("a teal kurta with gold print and teal trousers"),
        kurta("teal"),
        piece("trousers", "teal blue"),
        describe(
            "kurta",
            "the kurta is a teal kurta with gold embroidery on the neckline and sleeves and a pleated front",
            "unsupported",
        ),
        details(
            "kurta",
            "the kurta has a round neck and three-quarter sleeves the kurta has a round neck and three-quarter "
            "sleeves the kurta has a round neck",
            "loop",
            hit_limit=True,
        ),
        sleeves("sleeveless", "contradiction"),
        title="Sangria Women Teal Blue Foil Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon straight kurta with cream floral print, cream palazzos (styling, not sold), hand on hip, white
    # backdrop, front view, nothing in her hands. Caption: base model; answers: VQA adapter.
    case(
        "X959-006",
        caption("a woman in a red kurta and white pants holding a cup of tea", "unsupported"),
        wearing("he is wearing a maroon kurta and white pants", "pronoun"),
        kurta("maroon"),
        piece("pants", "maroon", "other_garment_color"),
        pattern("printed"),
        garment_type("kurta"),
        describe(
            "kurta",
            "the kurta is maroon with cream flowers the kurta is maroon with cream flowers the kurta is maroon with "
            "cream flowers the kurta",
            "loop",
            hit_limit=True,
        ),
        title="Vishudh Women Maroon Floral Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: bottle-green kurta with gold gota lace at the hem, V neck with keyhole, green palazzos, pink-and-orange
    # leheriya dupatta, beige wall with a potted plant, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-007",
        caption("a woman in a green kurta with a colorful dupatta standing next to a plant"),
        wearing("green kurta green palazzo and a pink and orange dupatta"),
        kurta("green"),
        piece("palazzos", "green"),
        dupatta("green", "other_garment_color"),
        color("green"),
        details("kurta", "gold lace at the hem and a v neck with a keyhole and a pocket on the side", "unsupported"),
        title="GERUA Women Green Solid Gotta Patti Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: royal blue kurta with a silver embroidered yoke, three-quarter sleeves, blue trousers, white organza
    # dupatta with a blue hem, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-008",
        caption("a woman in a blue kurta with white dupatta"),
        wearing("a blue salwar kameez"),
        kurta("blue"),
        piece("trousers", "white", "other_garment_color"),
        dupatta("white"),
        is_a("kurta", "no", "contradiction"),
        sleeves("three-quarter"),
        material("silk", "unsupported"),
        title="Indo Era Women Blue Yoke Design Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: peach A-line kurta with green-and-pink floral print, white palazzo pants, white backdrop, side view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X959-009",
        caption("a woman in a peach floral print kurta"),
        wearing(
            "peach kurta with white palazzo pants she is wearing a peach kurta with white palazzo pants she is wearing "
            "a peach kurta",
            "loop",
            hit_limit=True,
        ),
        kurta("pink"),
        piece("pants", "white"),
        pattern("solid", "contradiction"),
        material("silk", "unsupported"),
        title="Jaipur Kurti Women Peach Floral Print A-Line Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: black straight kurta with white geometric print, three-quarter sleeves, black leggings, white backdrop,
    # front view; no pockets, no zip. Caption: base model; answers: VQA adapter.
    case(
        "X959-010",
        caption("a woman wearing a black and white printed kurta with black leggings"),
        wearing("a black dress", "contradiction"),
        kurta("black and white"),
        piece("pants", "black"),
        pattern("geometric"),
        is_a("kurta", "yes"),
        details("kurta", "a zip at the back and a pocket on the side", "unsupported"),
        title="AURELIA Women Black Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: rust-orange A-line kurta with black tribal print, tassel tie-up at the neck, three-quarter sleeves, blue
    # jeans, short hair, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-011",
        caption("a man in an orange top and blue jeans", "pronoun"),
        wearing("orange kurta and blue jeans Question: What is the color of the jeans? Answer: blue", "leak"),
        kurta("orange"),
        piece("pants", "orange", "other_garment_color"),
        details("kurta", "tassels at the neck"),
        color("orange"),
        material("silk", "unsupported"),
        title="Global Desi Women Rust Printed A-Line Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: lavender kurta with silver thread embroidery on the yoke, lavender palazzos with a silver embroidered hem,
    # white chiffon dupatta with lavender polka dots, white backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X959-012",
        caption("a woman in a pink kurta and palazzo pants with a white dupatta", "contradiction"),
        wearing("a purple kurta and pants"),
        kurta("lavender"),
        piece("palazzos", "purple"),
        dupatta("white with purple dots"),
        pattern("embroidered"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details(
            "kurta",
            "silver embroidery on the yoke and the sleeves and the hem of the kurta and the palazzos have silver "
            "embroidery on the hem and the",
            "cut",
            hit_limit=True,
        ),
        title="Varanga Women Lavender Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: yellow and white vertical striped straight kurta, round neck with white piping, three-quarter sleeves,
    # white trousers, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-013",
        caption("a woman wearing a yellow and white striped kurta and white pants"),
        wearing("yes", "non_answer"),
        kurta("yellow and white"),
        piece("pants", "yellow", "other_garment_color"),
        pattern("striped"),
        sleeves("sleeveless", "contradiction"),
        describe(
            "kurta",
            "the kurta has yellow and white vertical stripes and a round neck with a white piping and three quarter "
            "sleeves with white cuffs and a straight hem with",
            "cut",
            hit_limit=True,
        ),
        title="Nayo Women Yellow & White Striped Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: red kurta with white bandhani dots, keyhole neck, three-quarter sleeves, side slits, white palazzos with
    # red print, twirling, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-014",
        caption("a woman in a red kurta with white palazzo pants twirling"),
        wearing("a red kurta and white palazzo pants with red print"),
        kurta("red"),
        piece("palazzos", "white with red print"),
        details(
            "kurta",
            "white bandhani dots all over and a round neck with a keyhole opening and three quarter sleeves with a "
            "flared hem and side slits and a",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        color("pink", "contradiction"),
        title="Khushal K Women Red Bandhani Print Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: magenta short kurta with gold zari weave, magenta sharara, gold tissue dupatta, beige backdrop hung with a
    # marigold garland, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-015",
        caption("a woman in a pink kurta and sharara with a gold dupatta"),
        wearing("she is wearing a pink lehenga", "contradiction"),
        kurta("pink"),
        piece("sharara", "pink"),
        dupatta("pink", "other_garment_color"),
        material("silk"),
        garment_type("kurta"),
        details(
            "kurta",
            "gold zari work on the kurta and gold zari work on the dupatta and gold zari work on the sharara and gold "
            "zari work on the",
            "loop",
            hit_limit=True,
        ),
        title="Ahalyaa Women Magenta Woven Design Silk Blend Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: sea-green kurta with white ethnic motifs, white trousers, sea-green dupatta with white print, white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-016",
        caption("a woman in a green kurta with white pants and a green scarf"),
        wearing(
            "a green kurta with white pants and a green dupatta and a green dupatta and a green dupatta and a green "
            "dupatta and a green",
            "loop",
            hit_limit=True,
        ),
        kurta("green"),
        piece("trousers", "green", "other_garment_color"),
        dupatta("green and white"),
        color("sea green"),
        material("rayon", "unsupported"),
        title="Anubhutee Women Sea Green Ethnic Motifs Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: back view of a powder-blue kurta with white ikat print, three-quarter sleeves, white churidar, white
    # backdrop; the neckline is not visible. Caption: base model; answers: VQA adapter.
    case(
        "X959-017",
        caption("the back of a woman in a blue kurta"),
        wearing("blue kurta"),
        kurta(
            "blue Question: What is the color of the pants? Answer: white Question: What is the color of the dupatta? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),
        piece("pants", "white"),
        describe(
            "kurta",
            "the kurta has a round neck with a button placket and a mandarin collar with three-quarter sleeves",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        sleeves("short", "contradiction"),
        title="HERE&NOW Women Blue Ikat Printed Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: olive kurta with gold foil yoke, three-quarter sleeves, olive palazzos, mustard dupatta with olive
    # tassels, no jewellery, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-018",
        caption(
            "a woman wearing an olive green kurta and pants with a yellow dupatta and a gold necklace", "unsupported"
        ),
        wearing("a green kurta and green pants and a yellow dupatta"),
        kurta("green"),
        piece("palazzos", "yellow", "other_garment_color"),
        dupatta(
            "yellow Question: What is the color of the kurta? Answer: green Question: What is the color of the "
            "palazzos? Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        garment_type("kurta"),
        sleeves("three-quarter"),
        title="Libas Women Olive Green Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: baby-pink plain straight kurta with white lace at the hem, white leggings, smiling, white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-019",
        caption("a woman wearing a purple kurta with lace and white leggings", "contradiction"),
        wearing("pink", "non_answer"),
        kurta("white", "other_garment_color"),
        piece("pants", "white"),
        details("kurta", "lace at the hem"),
        material("cotton"),
        describe(
            "kurta",
            "pink kurta with lace Question: Describe the dupatta. Answer: pink dupatta with lace Question: Describe "
            "the",
            "leak",
            hit_limit=True,
        ),
        title="Tissu Women Pink Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: grey kurta with black-and-white floral print, keyhole neck, three-quarter sleeves with black piping, black
    # trousers, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-020",
        caption("a woman in a grey floral kurta and black pants"),
        wearing("a grey and black kurta with black pants"),
        kurta("black", "other_garment_color"),
        piece("trousers", "black"),
        pattern("striped", "contradiction"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "the kurta is grey with black and white flowers and it has a round neck with a keyhole and three quarter "
            "sleeves with black piping and a",
            "cut",
            hit_limit=True,
        ),
        title="W Women Grey Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: beige kurta with white chikankari-style embroidery on the yoke and sleeves, beige palazzos, beige net
    # dupatta with a maroon border, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-021",
        caption("a woman in a beige outfit with a red dupatta", "contradiction"),
        wearing("a beige kurta and beige palazzos with a beige dupatta"),
        kurta("beige"),
        piece("palazzos", "white", "contradiction"),
        dupatta("beige with maroon border"),
        details("kurta", "white embroidery on the yoke and sleeves"),
        garment_type("kurta"),
        title="Sangria Women Beige Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: orange floor-length anarkali kurta with gold print, full sleeves, white churidar, white backdrop, front
    # view. Caption: base model; answers: VQA adapter.
    case(
        "X959-022",
        caption("a woman in a red dress with gold print", "contradiction"),
        wearing("orange anarkali and white churidar"),
        kurta("orange"),
        piece(
            "pants",
            "orange and gold orange and gold orange and gold orange and gold orange and gold orange and gold orange "
            "and gold orange and",
            "loop",
            hit_limit=True,
        ),
        sleeves("long sleeves"),
        material("velvet", "unsupported"),
        describe("kurta", "yes", "non_answer"),
        title="Biba Women Orange Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: off-white kurta with indigo block print, indigo palazzos, walking, white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X959-023",
        caption("a woman walking in a white kurta and blue palazzo pants"),
        wearing(
            "she is wearing a white kurta with blue block print and blue palazzo pants and she is walking on the "
            "white floor with her left leg in",
            "cut",
            hit_limit=True,
        ),
        kurta("white and blue"),
        piece("palazzos", "white", "other_garment_color"),
        pattern("printed"),
        sleeves("three-quarter"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        title="Mokshi Women Off White & Blue Block Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: black short kurta with gold foil print, black flared skirt with a gold border, black juttis, gold
    # earrings and a gold bangle, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-024",
        caption("a woman in a black and gold kurta and skirt"),
        wearing(
            "black kurta with gold print and black skirt with gold border and black juttis and gold earrings and a "
            "gold bangle and black",
            "cut",
            hit_limit=True,
        ),
        kurta("black"),
        piece("skirt", "black"),
        is_a("kurta", "no", "contradiction"),
        garment_type("dress", "contradiction"),
        title="KALINI Women Black & Gold Foil Printed Kurta with Skirt",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: lemon-yellow kurta with pink flowers and green leaves, round neck, yellow sharara, pink dupatta, seated
    # on a wooden swing prop in a studio with a cream wall, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-025",
        caption("a woman sitting on a swing in a yellow outfit in a garden", "unsupported"),
        wearing("he is wearing a yellow kurta and pink dupatta", "pronoun"),
        kurta("yellow"),
        piece("sharara", "yellow"),
        dupatta("pink"),
        pattern("floral"),
        describe(
            "kurta",
            "the kurta is yellow with pink flowers and green leaves and a round neck with mirror work on the yoke",
            "unsupported",
        ),
        title="Indo Era Women Yellow Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy kurta with red floral print (plain yoke), red trousers, navy dupatta with a red border held in her
    # left hand, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-026",
        caption("a woman wearing a navy blue kurta with red flowers and red pants and a blue dupatta"),
        wearing(
            "navy blue kurta with red floral print and red pants and a navy blue dupatta with red border and she is "
            "holding the dupatta in her left hand and",
            "cut",
            hit_limit=True,
        ),
        kurta("navy blue"),
        piece("trousers", "navy blue", "other_garment_color"),
        dupatta("red", "other_garment_color"),
        color("navy blue"),
        details("kurta", "red flowers with green leaves and mirror work on the yoke", "unsupported"),
        title="Libas Women Navy Blue & Red Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green straight kurta with white leaf print, white trousers, white backdrop, front view; the feed row has
    # no color. Caption: base model; answers: VQA adapter.
    case(
        "X959-027",
        caption("a woman in a green and white kurta"),
        wearing("green kurta and white pants"),
        kurta("green"),
        piece("pants", "green", "other_garment_color"),
        is_a("kurta", "yes"),
        color("white", "contradiction"),
        describe("kurta", "the kurta is described as a kurta", "restated"),
        title="Jaipur Kurti Women Green & White Leaf Print Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: pink kurta with blue flowers, three-quarter sleeves, blue palazzos, blue potli bag in her right hand,
    # white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-028",
        caption("a woman in a pink kurta and blue palazzo pants holding a bag"),
        wearing(
            "she is wearing a pink kurta with blue flowers and blue palazzo pants and she is holding a blue potli "
            "bag in her right hand and",
            "cut",
            hit_limit=True,
        ),
        kurta("blue", "other_garment_color"),
        piece("palazzos", "blue"),
        details("kurta", "pink", "non_answer"),
        sleeves("three-quarter"),
        color("pink"),
        title="Anouk Women Pink Floral Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: teal A-line kurta with white floral print, beige trousers, white backdrop, side view; cotton, no zip.
    # Caption: base model; answers: VQA adapter.
    case(
        "X959-029",
        caption("a woman in a teal floral kurta and beige pants"),
        wearing("he is wearing a teal kurta and beige pants", "pronoun"),
        kurta("teal"),
        piece("pants", "beige"),
        describe(
            "kurta",
            "the kurta is teal with white flowers and it is made of silk and has a zipper on the side",
            "unsupported",
        ),
        pattern("floral"),
        title="W Women Teal Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: red kurta with gold embroidery, gold churidar, red dupatta with a gold border, white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X959-030",
        caption("a woman in a red and gold salwar suit with a red dupatta"),
        wearing("Question: What is the person wearing? Answer: red kurta", "leak"),
        kurta("red"),
        piece("churidar", "red", "other_garment_color"),
        dupatta("red and gold"),
        garment_type("kurta"),
        material("cotton", "unsupported"),
        title="Varanga Women Red Embroidered Chanderi Silk Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: white kurta with white chikankari embroidery all over, white palazzos, white backdrop, front view
    # (white on white). Caption: base model; answers: VQA adapter.
    case(
        "X959-031",
        caption("a woman in a white kurta with white embroidery"),
        wearing("white kurta and white pants"),
        kurta("white"),
        piece("pants", "white"),
        details("kurta", "white embroidery all over"),
        material("cotton"),
        title="Biba Women White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: mauve kurta with white lace at the hem, three-quarter sleeves, mauve palazzos, white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X959-032",
        caption("a woman in a purple kurta with white lace and purple palazzo pants"),
        wearing(
            "purple kurta and purple palazzo pants purple kurta and purple palazzo pants purple kurta and purple "
            "palazzo pants purple kurta and",
            "loop",
            hit_limit=True,
        ),
        kurta("mauve"),
        piece("palazzos", "mauve"),
        pattern("solid"),
        describe("kurta", "a kurta", "non_answer"),
        sleeves("sleeveless", "contradiction"),
        title="Sangria Women Mauve Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: blue kurta with white paisley print, three-quarter sleeves, blue trousers, white dupatta with blue print,
    # white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-033",
        caption("a woman in a blue and white kurta set with a white dupatta"),
        wearing("blue kurta blue pants and a white dupatta"),
        kurta("blue"),
        piece("trousers", "white", "other_garment_color"),
        dupatta("the color of the dupatta is white"),
        sleeves("three-quarter"),
        is_a("kurta", "yes"),
        material("denim", "unsupported"),
        title="Khushal K Women Blue Paisley Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard straight kurta with white floral print, no pockets, white palazzos, white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X959-034",
        caption("a woman in a mustard yellow kurta with white palazzo pants"),
        wearing("a man in a yellow kurta", "pronoun"),
        kurta("yellow"),
        piece("pants", "white"),
        color("yellow"),
        pattern("striped", "contradiction"),
        describe(
            "kurta", "the kurta is mustard yellow with white flowers and has a pocket on each side", "unsupported"
        ),
        title="AURELIA Women Mustard Floral Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon kurta with gold zari stripes, maroon palazzos, gold dupatta, beige wall, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X959-035",
        caption("a woman in a maroon kurta and palazzo pants with a golden dupatta standing in front of a beige wall"),
        wearing("maroon kurta maroon palazzo and a gold dupatta"),
        kurta(
            "maroon Question: What is the color of the palazzos? Answer: maroon Question: What is the color of the "
            "dupatta? Answer: gold",
            "leak",
            hit_limit=True,
        ),
        piece("palazzos", "maroon"),
        dupatta("maroon", "other_garment_color"),
        pattern("striped"),
        material("velvet", "unsupported"),
        title="GERUA Women Maroon & Gold Striped Silk Blend Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: peach kurta with gold gota on the neckline only, peach palazzos, peach dupatta with gold lace, white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-036",
        caption("a woman in a peach kurta with a peach dupatta"),
        wearing(
            "a peach kurta with gold gota on the neckline and peach palazzo pants and a peach dupatta with gold lace "
            "on the border and she",
            "cut",
            hit_limit=True,
        ),
        kurta("peach"),
        piece("palazzos", "peach"),
        dupatta("peach"),
        sleeves("three-quarter"),
        details(
            "kurta",
            "gold lace on the neckline and mirror work on the sleeves and tassels on the hem and a pocket",
            "unsupported",
        ),
        title="Libas Women Peach Solid Gotta Patti Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: black kurta with white thread embroidery at the mandarin collar, button placket, black trousers, red
    # juttis, white backdrop, front view; the feed row has no category. Caption: base model; answers: VQA adapter.
    case(
        "X959-037",
        caption("a woman in a black kurta and black pants with red shoes"),
        wearing("black", "non_answer"),
        kurta("black"),
        piece("trousers", "black"),
        describe(
            "kurta",
            "the kurta is black with white embroidery on the neckline and it has a mandarin collar and a front slit "
            "and a button placket and a",
            "cut",
            hit_limit=True,
        ),
        garment_type("kurta"),
        color("red", "contradiction"),
        title="Nayo Women Black Embroidered Kurta with Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: purple kurta with white tie-dye pattern, plain round neck (no tie-up, no tassels), white skinny pants,
    # white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-038",
        caption("a woman in a blue tie dye kurta and white pants", "contradiction"),
        wearing("she is wearing a purple kurta"),
        kurta("purple"),
        piece("pants", "purple", "other_garment_color"),
        pattern("tie and dye"),
        is_a("kurta", "yes"),
        details("kurta", "tassels on the neck tie and a pocket", "unsupported"),
        title="Anouk Women Purple Tie and Dye Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: denim-blue sleeveless kurta with white floral print, round neck, white flared skirt with blue print,
    # white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-039",
        caption("a woman in a blue top and white skirt"),
        wearing("blue kurta with white skirt"),
        kurta("blue"),
        piece("skirt", "blue", "other_garment_color"),
        details("kurta", "the kurta has a button placket and a mandarin collar", "unsupported"),
        sleeves("sleeveless"),
        pattern("striped", "contradiction"),
        describe("skirt", "the skirt is a skirt", "restated"),
        title="Global Desi Women Blue Floral Print Kurta with Skirt",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: cream straight kurta with multicolour thread embroidery on the yoke, cream palazzos, white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-040",
        caption("a woman in a yellow kurta with colorful embroidery", "contradiction"),
        wearing("", "non_answer"),
        kurta("cream"),
        piece("pants", "white"),
        details(
            "kurta",
            "colorful embroidery on the yoke colorful embroidery on the yoke colorful embroidery on the yoke colorful "
            "embroidery on the yoke colorful",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Varanga Women Cream Embroidered Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: lime-green kurta with navy print, navy palazzos, white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X959-041",
        caption("a woman wearing a green kurta and navy blue pants"),
        wearing("green kurta and navy palazzos Question: What is the color of the kurta? Answer:", "leak"),
        kurta("green"),
        piece("palazzos", "green", "other_garment_color"),
        color("yellow", "contradiction"),
        pattern("printed"),
        title="W Women Lime Green & Navy Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: rose-pink kurta with silver embroidery, rose-pink trousers, grey dupatta, white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X959-042",
        caption("a woman in a pink kurta set with a grey dupatta"),
        wearing(
            "pink kurta with pink pants and a grey dupatta she is wearing pink kurta with pink pants and a grey "
            "dupatta she is wearing pink",
            "loop",
            hit_limit=True,
        ),
        kurta("pink"),
        piece("trousers", "grey", "other_garment_color"),
        dupatta("grey"),
        is_a("kurta", "yes"),
        describe("dupatta", "the dupatta is a dupatta", "restated"),
        title="Indo Era Women Rose Pink Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Rose",
        gender="Women",
    ),
    # photo: rust kurta (the seller calls it Brown) with black block print, black leggings, white backdrop and white
    # floor, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-043",
        caption(
            "a woman in an orange kurta with black print and black leggings standing on a wooden floor", "unsupported"
        ),
        wearing("orange kurta and black leggings"),
        kurta("rust"),
        piece("pants", "black"),
        color("orange"),
        describe("kurta", "the kurta is black", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        title="Jaipur Kurti Women Brown Block Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: multicolour patchwork-print kurta (red, yellow, green, blue), red churidar, yellow dupatta, white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-044",
        caption("a woman in a colorful kurta with red leggings and a green dupatta", "contradiction"),
        wearing(
            "multicolored kurta with red churidar and yellow dupatta and red churidar and yellow dupatta and red "
            "churidar and yellow dupatta and",
            "loop",
            hit_limit=True,
        ),
        kurta("multicolor"),
        piece("churidar", "yellow", "other_garment_color"),
        dupatta("yellow"),
        pattern("printed"),
        sleeves("three-quarter"),
        title="Biba Women Multicoloured Patchwork Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: off-white kurta with gold foil print, off-white palazzos, white backdrop, front view; the feed row has
    # no gender. Caption: base model; answers: VQA adapter.
    case(
        "X959-045",
        caption("a woman in a white kurta with gold print and white palazzo pants"),
        wearing("the person is wearing", "restated"),
        kurta("gold", "contradiction"),
        piece("palazzos", "white"),
        material("satin", "unsupported"),
        garment_type("kurta set"),
        title="Sangria Women Off White Foil Printed Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # photo: navy plain straight kurta, mandarin collar, side slits, three-quarter sleeves, beige trousers, brown
    # leather sling bag, short hair, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X959-046",
        caption("a man in a blue kurta with a brown bag", "pronoun"),
        wearing(
            "blue kurta and beige pants and a brown bag and a brown bag and a brown bag and a brown bag and a brown "
            "bag and a brown",
            "loop",
            hit_limit=True,
        ),
        kurta("black", "contradiction"),
        piece("pants", "beige"),
        is_a("kurta", "yes"),
        sleeves("three-quarter"),
        details("kurta", "no", "non_answer"),
        title="HERE&NOW Women Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
]
