"""BLIND_886 (46 products; Myntra kurta sets, VQA adapter, piece colors): written blind in the fifty-seventh session.
Measured blind at 61894b1 (the session's first rules): 110/141 failures found (78.0%) and 9/202 correct texts flagged
(4.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's (and a few girls') ethnic sets: kurta with palazzos, sharara, trousers or
churidar, most with a dupatta, some without. Catalog photos on white, grey, cream or pastel studio backdrops (a
wooden door, a curtain, a wicker chair, a stool or a potted plant now and then), mostly front views, some side or
back views, the model wearing juttis, jhumkas, bangles, a clutch or a bag, once a denim jacket over the kurta.

Who wrote what: the job's adapter map sent the caption to the untuned Salesforce/blip2-opt-2.7b (short captions,
often "outfit", "suit" or "dress" for the set, sometimes a wrong color or an invented trim) and every question to
the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA. The adapter was trained without an end token, so its free answers
run on: they loop on a phrase or a color, stop at the 30-token limit mid-phrase, or go on into the next
"Question: ... Answer:" of its training format. It never learned "kurta", "dupatta" or "sharara" as classes, so it
says "dress", "pants" or "scarf" at times, and it repeats one color for every piece. Closed answers (per-piece
colors, pattern, sleeve length, garment type, "Is this a ...?") come from enrich's reference engine, one candidate.

Labeling conventions and judgement calls:
- Every text is judged against the photo in its comment line, not against the seller: where the seller's color is
  wrong (a "Brown" set whose kurta is maroon), the model's "maroon" is correct.
- Shades within one color group count as right (peach for pink, cream or off white for white, mustard for yellow,
  rust for orange, sea green or olive for green, indigo for navy blue, turquoise for blue, lavender for purple);
  a color outside the piece's group is a failure.
- A wrong color for one piece that is the color of another piece worn in the photo is other_garment_color when the
  answer is open (free generation) and contradiction when it is closed (the reference engine's pick). A wrong color
  that no worn piece has, or that belongs to a bag, a wall or the print of the same piece, is contradiction.
- A color answered for a dupatta that the photo and the title do not have is unsupported (the engine must pick a
  candidate, so the closed answers do this too); so is a trim, pocket, belt, jacket or zip that the photo lacks.
- A material the title contradicts (silk for a "Cotton" title) is unsupported; material is asked only of rows whose
  title names a material, and an answer that matches the title is correct.
- Calling the kurta set a "dress" or a "lehenga" (caption or answer) or answering yes to "Is this a dress /
  lehenga?" is a contradiction of the seller's category; "outfit", "suit", "salwar suit", "top and pants" and
  "leggings" for churidar are vague but true and count as correct; "scarf" for the dupatta is correct.
- A run-on that repeats a phrase three or more times is loop (hit_limit); one that stops mid-phrase without
  repeating is cut (hit_limit), also where it invents a trim on the way; a run-on that carries on into "Question:"
  or echoes the prompt is leak, whatever it also does. One answer ("the dupatta has a") ends mid-phrase well short
  of the limit, where the adapter happened to emit a newline: cut, without hit_limit.
- "yes", "no", "none", "the", an empty string or the garment's bare name to an open describe / details / wearing
  question is non_answer; a sentence that only turns the question back ("the dupatta details are the dupatta", "it
  is a dupatta", "what are the dupatta details") is restated. A bare "kurta" to "What is the woman wearing?" names
  the garment and counts as correct.
- A leaf print answered "floral" is correct; a kurta with a print on it answered "printed" is correct.
- Describe and details are asked per piece (question ids description_<piece>, details_<piece>), so one product can
  ask them of the kurta and the dupatta.
- "he" for the woman or girl in the photo is pronoun, also where the rest of the answer is right, and also in an
  answer to the neutral "What cloth is the person wearing?".
- One label per text: the first failure a reader would notice, in the order leak, loop, cut, pronoun, then the rest.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, question, wearing

cloth = question("wearing", "What cloth is the person wearing?", "open")
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type
material = BLIND_QUESTIONS.material


def describe_piece(garment, text, failure=None, hit_limit=False):
    """ "Describe the dupatta.": one question per piece, so a product may ask it of two pieces."""
    return question(f"description_{garment}", f"Describe the {garment}.", "open")(text, failure, hit_limit)


def details_of(garment, text, failure=None, hit_limit=False):
    return question(f"details_{garment}", f"What are the {garment} details?", "open")(text, failure, hit_limit)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def woman(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


BLIND_886 = [
    # photo: straight pink cotton kurta with small white floral print, 3/4 sleeves, white palazzos, pink-and-white
    # printed dupatta over one shoulder, silver jhumkas; white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-001",
        caption("a woman in a pink kurta and white palazzo pants"),
        cloth("kurta and palazzo"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink", "contradiction"),
        color_of("dupatta", "pink and white", kind="open"),
        describe_piece("kurta", "a pink kurta with white flowers and gold zari work on the neckline", "unsupported"),
        pattern("floral"),
        material("cotton"),
        title="Libas Women Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard kurta with gota-patti yoke, mustard sharara, green organza dupatta with gold border, gold
    # earrings; grey backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-002",
        caption("a woman in a yellow outfit with a green scarf"),
        woman("a yellow kurta and sharara with a green dupatta"),
        color_of("kurta", "mustard"),
        color_of("sharara", "yellow", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        describe_piece(
            "dupatta",
            "a green dupatta with a gold border and gold border and gold border and gold border and gold border"
            " and gold",
            "loop",
            hit_limit=True,
        ),
        sleeves("three-quarter"),
        title="Biba Women Mustard Yellow Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy kurta with white geometric print, keyhole neck, 3/4 sleeves, solid navy palazzos, no dupatta, tan
    # kolhapuri sandals; white backdrop, side view. Caption base, answers VQA adapter.
    case(
        "X886-003",
        caption("a woman wearing a blue printed kurta and blue pants"),
        cloth("top and pants"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "white", "contradiction", kind="open"),
        color_of("dupatta", "navy blue", "unsupported"),
        pattern("geometric"),
        details_of(
            "kurta",
            "the kurta has a keyhole neck and three quarter sleeves with a white printed hem and a white printed"
            " hem and a white printed",
            "loop",
            hit_limit=True,
        ),
        title="W Women Navy Blue & White Geometric Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon anarkali kurta with gold thread embroidery on the yoke, maroon churidar, maroon net dupatta with a
    # wide gold border held out in one hand; beige backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-004",
        caption("a woman in a red anarkali with gold embroidery"),
        she("he is wearing a red dress and a red dupatta", "pronoun"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon"),
        color_of("dupatta", "maroon and gold", kind="open"),
        is_a("kurta", "yes"),
        material("silk", "unsupported"),
        title="Anouk Women Maroon Embroidered Cotton Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: bottle green kurta with gold foil print, cream palazzos, cream dupatta with green border, gold juttis;
    # white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-005",
        caption("a woman in a green and gold kurta with white pants"),
        cloth("dress", "contradiction"),
        color_of("kurta", "green"),
        color_of("palazzos", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "cream"),
        details_of(
            "dupatta", "cream with green border Question: What is the color of the palazzos? Answer: green", "leak"
        ),
        describe_piece(
            "palazzos",
            "cream palazzos with a gold border at the hem and a drawstring waist with tassels",
            "unsupported",
        ),
        sleeves("three-quarter"),
        title="Sangria Women Green Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: peach A-line kurta with blue floral block print, round neck, blue palazzos, no dupatta, a jute tote bag;
    # white studio backdrop with a potted plant, front view. Caption base, answers VQA adapter.
    case(
        "X886-006",
        caption("a woman in a peach top and blue pants holding a bag next to a plant"),
        woman("a peach kurta and blue palazzo pants"),
        color_of("kurta", "peach"),
        color_of("palazzos", "blue", kind="open"),
        color_of("dupatta", "peach", "unsupported"),
        describe_piece(
            "kurta",
            "a peach kurta with blue floral print and a mandarin collar with a button placket and a pocket on the side",
            "unsupported",
        ),
        pattern("floral"),
        title="Global Desi Women Peach-Coloured & Blue Floral Printed A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: black kurta with silver mirror work on the yoke and sleeves, black sharara with silver lace, pink and
    # green bandhani dupatta, oxidised silver jewellery; grey backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-007",
        caption("a woman in a black outfit with a pink scarf"),
        cloth(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        color_of("sharara", "black"),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        details_of("kurta", "mirror work on the yoke and sleeves"),
        details_of("dupatta", "", "non_answer"),
        title="Jaipur Kurti Women Black Mirror Work Kurta with Sharara & Bandhani Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo, back view: turquoise kurta with white chikankari-style embroidery, white palazzos, white dupatta over the
    # arms, the model's head turned; white backdrop. Caption base, answers VQA adapter.
    case(
        "X886-008",
        caption("the back of a woman wearing a blue kurta and white pants"),
        she("a blue kurta with white pants and a white dupatta"),
        color_of("kurta", "turquoise blue"),
        color_of("palazzos", "white"),
        color_of("dupatta", "blue", "contradiction"),
        describe_piece("kurta", "the kurta is a kurta", "restated"),
        details_of("dupatta", "the dupatta has details", "restated"),
        sleeves("three-quarter"),
        title="Vishudh Women Turquoise Blue Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: lemon yellow kurta with pink floral print, solid yellow palazzos, pink dupatta with tassels, the model
    # smiling; white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-009",
        caption("a woman in a yellow dress with pink flowers and a pink scarf", "contradiction"),
        cloth("kurta palazzo dupatta"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow", kind="open"),
        color_of("dupatta", "pink"),
        details_of("dupatta", "pink with tassels at the ends and gold mirror work and a lace border", "unsupported"),
        pattern("floral"),
        title="Indo Era Women Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: red kurta with gold ethnic-motif print, red sharara with gold print, red net dupatta with gold border
    # held out wide; white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-010",
        caption("a woman in a red and gold outfit"),
        woman(
            "a red kurta and sharara set with a red dupatta with a gold border and gold buttis on the kurta and the"
            " sharara has a gold",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "red"),
        color_of("sharara", "red", kind="open"),
        color_of("dupatta", "red"),
        details_of("sharara", "the sharara details are the sharara", "restated"),
        is_a("lehenga", "yes", "contradiction"),
        title="Ahalyaa Women Red Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: lavender straight kurta with silver thread embroidery on the neckline, lavender trousers, plain lavender
    # organza dupatta with an embroidered border; light grey backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-011",
        caption("a woman in a purple salwar suit"),
        cloth("salwar kameez"),
        color_of("kurta", "lavender"),
        color_of("trousers", "lavender"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        describe_piece(
            "dupatta", "a sheer purple dupatta with silver sequins all over and tassels on the edges", "unsupported"
        ),
        details_of(
            "kurta",
            "silver embroidery on the neckline\nQuestion: What are the dupatta details? Answer: silver",
            "leak",
        ),
        pattern("embroidered"),
        title="Anubhutee Women Lavender Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: teal kurta with gold yoke embroidery, gold-beige churidar, teal chiffon dupatta, a potli bag in hand;
    # brown wooden door behind, front view. Caption base, answers VQA adapter.
    case(
        "X886-012",
        caption(
            "a woman in a blue and gold suit with a gold necklace standing in front of a wooden door", "unsupported"
        ),
        she("she is wearing a teal kurta with churidar and a dupatta"),
        color_of("kurta", "teal"),
        color_of("churidar", "teal", "other_garment_color", kind="open"),
        color_of("dupatta", "teal"),
        details_of(
            "kurta",
            "gold embroidery on the neckline and the sleeves have gold embroidery on the sleeves and the sleeves have"
            " gold embroidery on the",
            "loop",
            hit_limit=True,
        ),
        garment_type("kurta"),
        title="Soch Women Teal Blue Yoke Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white cotton kurta with indigo block print, 3/4 sleeves, indigo palazzos, indigo dupatta with white
    # print; white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-013",
        caption("a woman in a white and blue printed kurta"),
        cloth(
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "off white"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "navy blue"),
        describe_piece("kurta", "a white kurta with blue print and three quarter sleeves"),
        sleeves("long", "contradiction"),
        material("cotton"),
        title="Fabindia Women Off White & Indigo Block Print Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: pink and orange leheriya-striped kurta, pink sharara, no dupatta, the model's hand on her hip; white
    # backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-014",
        caption("a woman wearing a pink and orange striped kurta and pink pants"),
        woman("a pink kurta with a sharara"),
        color_of("kurta", "pink"),
        color_of("sharara", "orange", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", "unsupported"),
        pattern("striped"),
        describe_piece("sharara", "sharara", "non_answer"),
        details_of("kurta", "Question: What are the kurta details? Answer: the kurta has", "leak"),
        title="Nayo Women Pink & Orange Leheriya Striped Kurta with Sharara",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: beige kurta with maroon floral embroidery at the neck, 3/4 sleeves, side slits, beige palazzos, maroon
    # dupatta, a gold clutch; cream backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-015",
        caption("a woman in a beige kurta and a red scarf holding a purse"),
        cloth("kurta and pants"),
        color_of("kurta", "beige"),
        color_of("palazzos", "beige"),
        color_of("dupatta", "beige", "contradiction"),
        describe_piece("dupatta", "yes", "non_answer"),
        details_of("kurta", "maroon flowers embroidered on the neck"),
        describe_piece(
            "kurta",
            "a beige kurta with maroon flowers embroidered on the neck and three quarter sleeves and a straight hem"
            " and side slits and a",
            "cut",
            hit_limit=True,
        ),
        title="Kalini Women Beige Floral Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo, side view: olive green kurta with white floral print, white palazzos, olive dupatta, white juttis; white
    # backdrop. Caption base, answers VQA adapter.
    case(
        "X886-016",
        caption("a woman in a green and white floral print kurta with white pants"),
        she("she is wearing a green kurta with white palazzo and a green dupatta"),
        color_of("kurta", "olive"),
        color_of("palazzos", "green", "contradiction"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        pattern("floral"),
        material("polyester", "unsupported"),
        title="Rangmanch by Pantaloons Women Olive Green Floral Print Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: a girl in a light pink short-sleeved kurta with gold gota lace at the neck and hem, pink sharara, pink
    # net dupatta; white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-017",
        caption("a little girl in a pink lehenga with gold trim", "contradiction"),
        she("he is wearing a pink kurta and a pink sharara", "pronoun"),
        color_of("kurta", "pink"),
        color_of("sharara", "pink"),
        color_of("dupatta", "pink", kind="open"),
        details_of("kurta", "gold gota lace on the neckline and hem"),
        details_of("dupatta", "no", "non_answer"),
        sleeves("sleeveless", "contradiction"),
        title="Biba Girls Pink Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: navy kurta with pink floral print, pink trousers, navy dupatta with pink print; white backdrop, front
    # view. Caption base, answers VQA adapter.
    case(
        "X886-018",
        caption("a woman in a blue floral print kurta with pink pants"),
        cloth("blue floral print kurta and pink trousers with a blue dupatta"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue", "other_garment_color", kind="open"),
        color_of("dupatta", "blue"),
        describe_piece(
            "kurta",
            "navy blue with pink flowers\nQuestion: What is the color of the pants? Answer: pink\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        pattern("floral"),
        title="GoSriKi Women Navy Blue & Pink Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton kurta with white schiffli embroidery, white palazzos with a scalloped embroidered hem, no
    # dupatta, brown leather sling bag, tan sandals; pale pink backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-019",
        caption("a woman in a white outfit with a brown bag standing in front of a pink wall"),
        woman("a white kurta and white pants"),
        color_of("kurta", "white"),
        color_of("palazzos", "brown", "contradiction", kind="open"),
        color_of("dupatta", "white", "unsupported"),
        details_of("kurta", "white embroidery all over"),
        describe_piece(
            "palazzos",
            "white palazzo pants with a wide leg and an elasticated waist and a white embroidered hem with a scalloped"
            " edge and a",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Sera Women White Schiffli Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: rust kurta with gold foil print, V neck, 3/4 sleeves, side slits, rust palazzos, cream dupatta; white
    # backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-020",
        caption("a woman in an orange kurta and orange pants with a white scarf"),
        she(
            "she is wearing a she is wearing a she is wearing a she is wearing a she is wearing a she is wearing a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "rust"),
        color_of("palazzos", "rust"),
        color_of("dupatta", "rust", "other_garment_color", kind="open"),
        describe_piece(
            "kurta",
            "an orange kurta with gold print and a v neck and three quarter sleeves and a slit on the side and a gold",
            "cut",
            hit_limit=True,
        ),
        details_of("dupatta", "cream dupatta with a gold foil border and mirror work", "unsupported"),
        is_a("kurta", "yes"),
        title="Aurelia Women Rust Orange Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: deep purple kurta with silver zari bands, purple sharara, silver tissue dupatta with zari border, the
    # model seated on a black stool; dark grey backdrop. Caption base, answers VQA adapter.
    case(
        "X886-021",
        caption("a woman sitting on a stool in a purple outfit"),
        cloth("purple dress", "contradiction"),
        color_of("kurta", "purple"),
        color_of("sharara", "purple"),
        color_of("dupatta", "purple", "contradiction"),
        details_of("dupatta", "silver tissue with a zari border"),
        details_of(
            "kurta",
            "Question: What are the kurta details? Answer: silver zari Question: What are the kurta details? Answer:",
            "leak",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        title="Varanga Women Purple Zari Woven Silk Blend Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: mustard kurta with white bandhani dots, white palazzos, mustard bandhani dupatta; white backdrop, front
    # view. Caption base, answers VQA adapter.
    case(
        "X886-022",
        caption("a woman in a yellow and white polka dot kurta with white pants"),
        woman("kurta"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "mustard"),
        describe_piece("kurta", "kurta", "non_answer"),
        details_of("dupatta", "white dupatta with yellow dots", "other_garment_color"),
        pattern("printed"),
        title="Khushal K Women Mustard Yellow Bandhani Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo, three-quarter back view: emerald green kurta with gold buttis and a gold hem border, white churidar,
    # green dupatta with gold edge; white backdrop. Caption base, answers VQA adapter.
    case(
        "X886-023",
        caption("a woman in a green and gold dress", "contradiction"),
        she("a green kurta with white churidar"),
        color_of("kurta", "green"),
        color_of("churidar", "green", "contradiction"),
        color_of("dupatta", "green", kind="open"),
        details_of("kurta", "the kurta has gold buttis all over and a gold border at the hem"),
        details_of("dupatta", "the dupatta has a", "cut", hit_limit=False),
        title="Inddus Women Green Woven Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: powder blue kurta with white thread embroidery, white palazzos, plain blue dupatta, silver juttis; white
    # backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-024",
        caption("a woman in a light blue kurta with white pants and a blue scarf"),
        cloth("blue kurta with white palazzo and white dupatta", "other_garment_color"),
        color_of("kurta", "blue"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "white", "contradiction"),
        describe_piece(
            "dupatta",
            "a blue dupatta with white embroidery and sequins on the border with a gold lace and tassels at the end"
            " and",
            "cut",
            hit_limit=True,
        ),
        details_of("kurta", "white thread embroidery on the yoke and a mirror work border", "unsupported"),
        pattern("embroidered"),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Libas Women Blue Embroidered Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon kurta with white geometric print, 3/4 sleeves, solid white palazzos, no dupatta, a black handbag
    # on the arm; white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-025",
        caption("a woman in a red and white outfit holding a black purse"),
        she("she is wearing a maroon kurta and white palazzo pants and a black jacket", "unsupported"),
        color_of("kurta", "maroon"),
        color_of("palazzos", "maroon", "contradiction"),
        color_of("dupatta", "black", "unsupported", kind="open"),
        describe_piece("palazzos", "maroon palazzo pants", "other_garment_color"),
        pattern("geometric"),
        sleeves("three-quarter"),
        title="W Women Maroon & White Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: peach kurta with mirror work on the yoke, 3/4 sleeves, peach sharara, peach dupatta with lace edge;
    # white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-026",
        caption("a woman in a peach outfit with a peach scarf and gold bangles", "unsupported"),
        cloth("peach kurta sharara set with dupatta"),
        color_of("kurta", "peach"),
        color_of("sharara", "pink", kind="open"),
        color_of("dupatta", "peach"),
        details_of(
            "kurta",
            "mirror work mirror work mirror work mirror work mirror work mirror work mirror work mirror work mirror"
            " work mirror",
            "loop",
            hit_limit=True,
        ),
        sleeves("three-quarter"),
        title="Sangria Women Peach-Coloured Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: black kurta with red and gold floral print, black palazzos, red dupatta; white backdrop, front view.
    # Caption base, answers VQA adapter.
    case(
        "X886-027",
        caption("a woman wearing a black kurta with red flowers and a red dupatta"),
        woman("a black kurta with black palazzo and a black dupatta", "other_garment_color"),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        color_of("dupatta", "red", kind="open"),
        describe_piece(
            "dupatta",
            "the dupatta is red and the dupatta is red and the dupatta is red and the dupatta is red and the",
            "loop",
            hit_limit=True,
        ),
        describe_piece("palazzos", "red palazzos with a gold border", "other_garment_color"),
        pattern("floral"),
        title="Indo Era Women Black & Red Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: mustard kurta with red ethnic motifs, red churidar, red dupatta; white backdrop, front view. Caption base,
    # answers VQA adapter.
    case(
        "X886-028",
        caption("a woman in a yellow kurta and red leggings with a red dupatta"),
        she("she is wearing a yellow kurta and yellow pants", "other_garment_color"),
        color_of("kurta", "mustard"),
        color_of("churidar", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "red"),
        details_of("dupatta", "the dupatta details are the dupatta", "restated"),
        material("cotton"),
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: white kurta with black thread embroidery, 3/4 sleeves, black palazzos, white dupatta with black border;
    # grey backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-029",
        caption("a woman in a white top and black pants"),
        she("he is wearing a white kurta and black pants", "pronoun"),
        color_of("kurta", "white"),
        color_of("palazzos", "white", "contradiction"),
        color_of("dupatta", "black and white", kind="open"),
        describe_piece(
            "kurta", "a white kurta with black embroidery on the neck and a black belt at the waist", "unsupported"
        ),
        details_of("dupatta", "what are the dupatta details", "restated"),
        sleeves("three-quarter"),
        title="Ishin Women White & Black Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: rose pink kurta with a silver sequin yoke, rose pink sharara, rose pink dupatta, silver earrings; white
    # backdrop, front view. Caption base, answers VQA adapter. The feed has no color for this row.
    case(
        "X886-030",
        caption("a woman in a pink outfit with silver sequins"),
        woman(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("sharara", "pink"),
        color_of("dupatta", "pink", kind="open"),
        details_of("kurta", "silver sequin work on the yoke with a zip at the back and a hidden pocket", "unsupported"),
        title="Mokshi Women Pink Sequinned Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: red kurta with white floral print, 3/4 sleeves, solid white palazzos, red dupatta; white backdrop, front
    # view. Caption base, answers VQA adapter.
    case(
        "X886-031",
        caption("a woman in a red floral print kurta with white palazzo pants"),
        cloth(
            "red kurta and white palazzo and red dupatta and red kurta and white palazzo and red dupatta and red",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "red"),
        color_of("palazzos", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "white", "contradiction"),
        pattern("floral"),
        sleeves("three-quarter"),
        title="Soch Women Red & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: grey kurta with black print, a mandarin collar and button placket, black palazzos, no dupatta, a blue
    # denim jacket worn open over the kurta; white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-032",
        caption("a woman wearing a denim jacket over a grey kurta"),
        woman("a denim jacket, a grey kurta and black pants"),
        color_of("kurta", "blue", "contradiction"),
        color_of("palazzos", "black", kind="open"),
        describe_piece("kurta", "the kurta is grey with a black print and a mandarin collar"),
        describe_piece("palazzos", "blue palazzos", "other_garment_color"),
        details_of(
            "kurta",
            "the kurta has a mandarin collar with a button placket and a black printed yoke and a black printed hem and"
            " a straight",
            "cut",
            hit_limit=True,
        ),
        material("denim", "unsupported"),
        title="Global Desi Women Grey & Black Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: orange kurta with pink block print, round neck with keyhole, pink palazzos, orange dupatta with pink
    # border; white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-033",
        caption("a woman in an orange kurta and pink pants with a scarf"),
        she(
            "she is wearing an orange kurta with a pink palazzo and a matching dupatta and a pink palazzo and a"
            " matching dupatta and a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        color_of("palazzos", "orange", "other_garment_color", kind="open"),
        color_of("dupatta", "orange"),
        details_of(
            "kurta",
            "the kurta has a round neck with a keyhole opening and three quarter sleeves with a printed border at the"
            " hem and the",
            "cut",
            hit_limit=True,
        ),
        describe_piece("dupatta", "it is a dupatta", "restated"),
        title="Biba Women Orange & Pink Block Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: royal blue kurta with gold embroidery, royal blue sharara, pink dupatta with gold border; studio with a
    # cream curtain behind, front view. Caption base, answers VQA adapter.
    case(
        "X886-034",
        caption("a woman in a blue outfit with a pink scarf in front of a curtain"),
        cloth("blue kurta and blue sharara with pink dupatta"),
        color_of("kurta", "blue"),
        color_of("sharara", "pink", "contradiction"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        is_a("dress", "yes", "contradiction"),
        details_of("dupatta", "pink with gold border"),
        title="Varanga Women Blue Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: lime green kurta with white chikan embroidery, white palazzos, white dupatta; white backdrop, front view.
    # Caption base, answers VQA adapter.
    case(
        "X886-035",
        caption("a woman in a green kurta and white palazzos"),
        she(
            "Question: What is she wearing? Answer: a green kurta and white palazzo Question: What is",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "lime green"),
        color_of("palazzos", "white"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        details_of("kurta", "white chikan embroidery all over the front and the sleeves"),
        describe_piece("dupatta", "none", "non_answer"),
        pattern("embroidered"),
        title="Libas Women Lime Green Chikankari Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: navy anarkali kurta with gold print and full sleeves, navy churidar, navy dupatta with gold print, the
    # model twirling; white backdrop. Caption base, answers VQA adapter.
    case(
        "X886-036",
        caption("a woman in a blue dress twirling", "contradiction"),
        cloth("anarkali kurta with churidar"),
        color_of("kurta", "navy blue"),
        color_of("churidar", "navy blue"),
        color_of("dupatta", "navy blue and gold", kind="open"),
        sleeves("long"),
        describe_piece(
            "kurta",
            "a long blue anarkali kurta with gold print and full sleeves and a flared hem with a gold border at the"
            " bottom and a round",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Navy Blue Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream kurta with green floral print, green palazzos, cream dupatta with a green printed border; white
    # backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-037",
        caption("a woman in a white and green floral print kurta with green pants"),
        woman("a cream kurta with green palazzo and a cream dupatta"),
        color_of("kurta", "yellow", "contradiction"),
        color_of("palazzos", "green"),
        color_of("dupatta", "cream", kind="open"),
        describe_piece("dupatta", "a cream dupatta with mirror work and pom poms", "unsupported"),
        material("cotton"),
        title="Anubhutee Women Cream-Coloured & Green Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo, side view: pink kurta with white print, white churidar, no dupatta; white backdrop. Caption base, answers
    # VQA adapter. The feed has no gender for this row.
    case(
        "X886-038",
        caption("a woman in a pink and white kurta"),
        she("yes", "non_answer"),
        color_of("kurta", "pink"),
        color_of("churidar", "white"),
        color_of("dupatta", "pink", "unsupported", kind="open"),
        describe_piece("churidar", "pink churidar", "other_garment_color"),
        pattern("printed"),
        title="W Women Pink & White Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
    ),
    # photo: sea green kurta with gold gota patti on the neck and hem, sea green sharara, pink dupatta with a gold
    # border, gold earrings;
    # white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-039",
        caption("a woman in a green outfit with a pink scarf and gold earrings"),
        cloth("he is wearing a green kurta and green sharara", "pronoun"),
        color_of("kurta", "sea green"),
        color_of("sharara", "green", kind="open"),
        color_of("dupatta", "green", "contradiction"),
        details_of(
            "kurta",
            "gold gota patti work on the neck and the hem with a gold gota patti work on the neck and the hem with a"
            " gold",
            "loop",
            hit_limit=True,
        ),
        describe_piece("dupatta", "a pink dupatta with a gold border and pom poms on all four corners", "unsupported"),
        title="Ahalyaa Women Sea Green Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: magenta kurta, magenta palazzos, yellow-green-magenta phulkari dupatta held behind the back; white
    # backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-040",
        caption("a woman in a pink kurta and pants with a colorful dupatta"),
        she("she is wearing a pink kurta with pink palazzo and a multicolored dupatta"),
        color_of("kurta", "magenta"),
        color_of("palazzos", "magenta"),
        color_of("dupatta", "multi"),
        describe_piece("dupatta", "a phulkari dupatta with embroidery in yellow green and pink"),
        material("silk", "unsupported"),
        title="Kalini Women Magenta Pure Cotton Kurta with Palazzos & Phulkari Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: maroon flared kurta (the seller calls it Brown) with off-white floral print, V neck, 3/4 sleeves, off-white
    # palazzos, maroon dupatta with an off-white printed border; white backdrop, front view. Caption base, answers
    # VQA adapter.
    case(
        "X886-041",
        caption("a woman in a maroon kurta and white pants"),
        cloth("maroon kurta white palazzo"),
        color_of("kurta", "maroon"),
        color_of("palazzos", "off white"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        details_of(
            "dupatta",
            "maroon dupatta with a white printed border\nQuestion: What is the color of the kurta? Answer: maroon",
            "leak",
        ),
        pattern("floral"),
        describe_piece(
            "kurta",
            "a maroon kurta with white floral print and a v neck and three quarter sleeves and a flared hem and a"
            " maroon",
            "cut",
            hit_limit=True,
        ),
        title="Nayo Women Brown Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: yellow kurta with green leaf print, green sharara, no dupatta; white backdrop, front view. Caption base,
    # answers VQA adapter.
    case(
        "X886-042",
        caption("a woman in a yellow and green outfit"),
        woman("a yellow kurta and green sharara"),
        color_of("kurta", "green", "contradiction"),
        color_of("sharara", "green", kind="open"),
        pattern("floral"),
        details_of("sharara", "the sharara has a green sharara", "restated"),
        color_of("dupatta", "yellow", "unsupported", kind="open"),
        is_a("kurta", "no", "contradiction"),
        title="Vishudh Women Yellow & Green Leaf Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: sky blue kurta with white floral print, sky blue palazzos, white dupatta, sunglasses pushed up on the
    # head; white backdrop, front view. Caption base, answers VQA adapter.
    case(
        "X886-043",
        caption("a woman wearing sunglasses in a blue floral kurta"),
        she("he is wearing a blue kurta and blue pants", "pronoun"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        details_of(
            "dupatta",
            "white Question: What is the color of the kurta? Answer: blue Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        pattern("floral"),
        title="Indo Era Women Blue & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: a girl in a red short-sleeved kurta with gold print, gold sharara, red dupatta; white backdrop, front view.
    # Caption base, answers VQA adapter.
    case(
        "X886-044",
        caption("a little girl in a red and gold dress", "contradiction"),
        cloth("red kurta and golden sharara"),
        color_of("kurta", "red"),
        color_of("sharara", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red"),
        describe_piece(
            "kurta",
            "the kurta is red and has a gold print and a gold print and a gold print and a gold print and a gold print"
            " and",
            "loop",
            hit_limit=True,
        ),
        sleeves("short"),
        title="Aks Kids Girls Red & Gold Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Girls",
    ),
    # photo: black georgette kurta with white chikankari, white palazzos, sheer black dupatta with white embroidered
    # border; white backdrop, front view. Caption base, answers VQA adapter. The feed has no category for this row.
    case(
        "X886-045",
        caption("a woman in a black and white outfit"),
        woman("a black kurta and black palazzo and black dupatta", "other_garment_color"),
        color_of("kurta", "black"),
        color_of("palazzos", "black", "contradiction"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        material("georgette"),
        describe_piece(
            "dupatta",
            "a black sheer dupatta with white embroidery on the border and a white embroidered border and a white"
            " embroidered border and",
            "loop",
            hit_limit=True,
        ),
        title="Sera Women Black Chikankari Embroidered Georgette Kurta with Palazzos & Dupatta",
        color="Black",
        gender="Women",
    ),
    # photo: pink kurta with green and blue floral print, square neck, green palazzos, pink dupatta; studio with a
    # wicker chair, front view. Caption base, answers VQA adapter.
    case(
        "X886-046",
        caption("a woman standing next to a wicker chair in a pink floral kurta and green pants"),
        cloth("pink kurta green palazzo pink dupatta"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "green", "contradiction"),
        describe_piece(
            "kurta",
            "pink kurta with green floral print and a square neck with lace and pintucks and a back zip and a",
            "cut",
            hit_limit=True,
        ),
        details_of("palazzos", "the", "non_answer"),
        pattern("floral"),
        title="Libas Women Pink & Green Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
]
