"""BLIND_887 (46 products; Myntra women's kurtas, kurtis and tunics, base BLIP-2 zero-shot, per-piece colors): written
blind in the fifty-seventh session. Measured blind at c1acb3c (the session's second rules): 98/117 failures found
(83.8%) and 11/165 correct texts flagged (6.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic wear: straight, A-line and anarkali kurtas, short kurtis, western
tunics and a few kurta sets, each shot on a model against the white Myntra backdrop (a beige wall once or twice),
mostly front view, with the bottoms the seller styled them with (leggings, churidars, palazzos, salwars, jeans,
trousers), sometimes a dupatta, a denim jacket, a belt, a clutch, a tote, a phone, earrings. The catalog columns are
title, category (Kurtas, Kurtis, Tunics, Kurta Sets), color (the seller's base colour) and gender; two rows have no
color and one has no gender, as real feeds do. One seller color is wrong (a "Brown" kurta that is plainly rust
orange).

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, no adapter. The
caption is unprompted (50 new tokens); the questions use the `Question: ... Answer:` prompt (30 new tokens). The
per-piece color questions ("What is the color of the kurta / leggings / dupatta / palazzo pants?") and the
pattern, sleeve, garment-type and "Is this a kurta?" questions are closed, answered by enrich's reference engine
(one candidate value, lowercase); wearing, describe, details and material are free generation. The base model's
habits: short lowercase answers that stop on their own, one color given to every piece of the outfit (the kurta's
color for the leggings, the dupatta's for the kurta), a kurta called a dress or a saree, navy read as black,
details invented (pockets, zips, hoods, sequins, tassels), shiny fabrics guessed for matte cotton, now and then a
follow-up "Question: ..." generated after the answer, an empty or one-word answer, the question echoed back, "he"
or "a man" for the model, and on the longer describe/details prompts a phrase repeated until the token limit or a
list of details cut at the limit.

Labeling conventions and judgement calls:
- A text is judged against the photo as described in its `# photo:` comment. Where the seller's color is wrong
  (X887-021, "Brown" for a rust orange kurta), the answer that is right for the photo is correct.
- A color from the same family is correct: maroon/burgundy as red, magenta/peach as pink, cream as white, olive or
  sea green as green, teal as green or blue, mustard as yellow, tan as beige. A different family is a contradiction
  (magenta as purple, peach as yellow, navy as black, sea green as blue, lavender as pink, pink as red).
- A color that belongs to another visible piece (the leggings, palazzos, dupatta, jacket, belt, bag or clutch) given
  to the asked piece is other_garment_color, even when it is also a family error; a wrong color that belongs to
  nothing in the photo is contradiction. For a printed kurta the dominant ground color is the kurta's color; a
  print color that only appears in thin lines is not (X887-015).
- A kurta, kurti or tunic called a "dress" or a "saree" (or garment type "dress"/"shirt") is a contradiction of the
  seller's category. "Top" for a kurti or tunic, "salwar kameez"/"salwar suit"/"anarkali" for a kurta with salwar
  or churidar, and "shirt" for a shirt-collared button-front tunic (X887-010) are counted correct.
- A wrong pattern or sleeve length from a closed question is a contradiction (of the title or of the photo).
- Details, pieces, fabrics or scene claims not in the photo (pockets, zip, hood, sequins, a dupatta that is not
  there, sitting when she stands, silk/velvet/denim/wool for matte cotton or chanderi) are unsupported. A material
  that the title names, or a plausible one for what is visible when the title names none, is correct.
- An empty answer, "yes"/"no", a bare garment word for describe/details, or a color alone for "What is she
  wearing?" is non_answer; a bare garment phrase ("a kurta") for the wearing question is a poor but correct answer.
- The question echoed back or stated as its own answer ("the kurta is a kurta") is restated.
- "he"/"his" or "a man" for a model in a row whose gender is Women is pronoun.
- A generated "Question:"/"Answer:" after or before the answer is leak, even when the answer before it is right.
- A text that ran to its token limit is marked hit_limit; repeated phrases are loop, a list stopped mid-phrase is
  cut. Only the one failure the text most plainly shows is labelled.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_887 = [
    # photo: woman in a navy blue straight cotton kurta with a white floral print all over, white palazzo pants, white
    # backdrop, front view, arms at her sides. Base BLIP-2 zero-shot wrote every text.
    case(
        "X887-001",
        caption("a woman in a blue and white floral print kurta and white pants"),
        wearing("a navy blue kurta with white palazzos", who="she"),
        color_of("kurta", "navy blue"),
        color_of("palazzo pants", "navy blue", "other_garment_color"),
        describe("kurta", "a long blue kurta with white flowers printed all over it"),
        Q.material("silk", "unsupported"),
        title="Libas Women Navy Blue Floral Print Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow A-line kurta with small white printed motifs, round neck with a keyhole, three-quarter
    # sleeves, white leggings, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-002",
        caption("a woman wearing a yellow kurta and white leggings standing in front of a white wall"),
        wearing("Answer: a yellow kurta", "leak", who="the woman"),
        color_of("kurta", "mustard"),
        color_of("leggings", "white"),
        details("kurta", "the kurta has a mandarin collar and a button placket", "unsupported"),
        Q.pattern("solid", "contradiction"),
        title="Anouk Women Mustard Yellow Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon floor-length anarkali kurta with gold foil print on the yoke and hem, maroon churidar, a gold
    # dupatta over both arms, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-003",
        caption("a woman in a red dress with gold trim", "contradiction"),
        wearing("an anarkali suit with a gold dupatta", who="she"),
        color_of("kurta", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        color_of("churidar", "maroon"),
        Q.garment_type("dress", "contradiction"),
        title="Biba Women Maroon Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: white straight kurta with white-on-white chikankari embroidery on the front and sleeves, light blue
    # jeans, no dupatta, white backdrop, three-quarter side view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-004",
        caption("a woman in a white kurta and blue jeans"),
        wearing("a white kurta and jeans", who="she"),
        color_of("kurta", "white"),
        color_of("jeans", "blue"),
        describe("kurta", "a white kurta with white embroidery and a matching white dupatta", "unsupported"),
        Q.material("cotton"),
        Q.pattern("embroidered"),
        title="Ada Women White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: teal hip-length kurti with a small white geometric print, round neck, short sleeves, black leggings,
    # white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-005",
        caption("a woman in a green top and black leggings"),
        wearing("he is wearing a teal kurti with black leggings", "pronoun", who="the person"),
        color_of("kurti", "teal"),
        color_of("leggings", "teal", "other_garment_color"),
        details("kurti", "the details of the kurti are the details", "restated"),
        is_a("kurta", "yes"),
        title="Global Desi Women Teal Printed Kurti",
        category="Kurtis",
        color="Teal",
        gender="Women",
    ),
    # photo: sleeveless peach tunic with a band of white lace at the hem, white skinny jeans, white backdrop, front
    # view, one hand on the hip. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-006",
        caption("a woman wearing a peach tunic and white jeans"),
        wearing("a peach top Question: what is the color of the jeans? Answer: white", "leak", who="she"),
        color_of("tunic", "peach"),
        color_of("jeans", "peach", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("tunic", "a peach tunic with lace at the bottom"),
        title="Vero Moda Women Peach Solid Tunic",
        category="Tunics",
        color="Peach",
        gender="Women",
    ),
    # photo: olive green straight kurta in matte cotton with gold thread embroidery on the neckline and sleeve hems,
    # cream trousers, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-007",
        caption("a woman in an olive green kurta with gold embroidery"),
        wearing("a green kurta and white pants", who="she"),
        color_of("kurta", "olive"),
        color_of("trousers", "cream"),
        details(
            "kurta",
            "the kurta has gold embroidery on the neck and the sleeves and the neck and the sleeves and the neck"
            " and the sleeves and the neck and",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        title="W Women Olive Green Embroidered Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: black kurta with multicolor thread embroidery around the neckline only, black palazzo pants, a red
    # dupatta over one shoulder, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-008",
        caption("a woman wearing a black kurta and a red scarf"),
        wearing("a black salwar suit with a red dupatta", who="she"),
        color_of("kurta", "black"),
        color_of("dupatta", "black", "other_garment_color"),
        color_of("palazzo pants", "black"),
        details("kurta", "it has colorful embroidery around the neck and sequins all over the kurta", "unsupported"),
        title="Sangria Women Black Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: pink straight cotton kurta with small white bandhani dots, white salwar, white backdrop, front view.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X887-009",
        caption("a woman in a pink kurta with white dots"),
        wearing("a pink and white kurta", who="the woman"),
        color_of("kurta", "red", "contradiction"),
        color_of("salwar", "white"),
        Q.material("silk", "unsupported"),
        describe("kurta", "yes", "non_answer"),
        title="Rangriti Women Pink Bandhani Print Cotton Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: blue tunic with thin white vertical stripes, shirt collar, button front, long sleeves worn down, blue
    # jeans, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-010",
        caption("a woman in a blue and white striped shirt and jeans"),
        wearing("a blue striped tunic and jeans", who="she"),
        color_of("tunic", "blue"),
        color_of("jeans", "blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details(
            "tunic",
            "it has a collar, long sleeves and buttons down the front and buttons down the front and buttons down"
            " the front and buttons down the",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Blue Striped Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: red straight kurta with a gold block print all over, round neck with a keyhole, three-quarter sleeves,
    # side slits, beige palazzo pants, holding a gold clutch, no jewellery, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X887-011",
        caption("a woman in a red kurta holding a gold clutch and wearing a gold necklace", "unsupported"),
        wearing("a red kurta with gold print and beige palazzo pants", who="she"),
        color_of("kurta", "red"),
        color_of("palazzo pants", "gold", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a round neck with a keyhole opening, three quarter sleeves, gold block print all over"
            " and a straight hem with side",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        title="Jaipur Kurti Women Red Block Print Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: lavender hip-length kurti with white chikan embroidery on the yoke, white cigarette pants, no dupatta,
    # white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-012",
        caption("a woman in a purple kurti and white pants"),
        wearing("lavender", "non_answer", who="the woman"),
        color_of("kurti", "pink", "contradiction"),
        color_of("pants", "white"),
        describe("kurti", "the kurti is a kurti", "restated"),
        is_a("kurta", "yes"),
        title="Span Women Lavender Embroidered Kurti",
        category="Kurtis",
        color="Lavender",
        gender="Women",
    ),
    # photo: charcoal grey knee-length tunic with an asymmetric hem and long sleeves, no hood, black leggings, white
    # backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-013",
        caption("a woman wearing a grey tunic and black leggings"),
        wearing("a grey dress and black leggings", "contradiction", who="she"),
        color_of("tunic", "grey"),
        color_of("leggings", "grey", "other_garment_color"),
        Q.garment_type("tunic"),
        details("tunic", "the tunic has an asymmetric hem, long sleeves and a hood", "unsupported"),
        title="AND Women Charcoal Grey Asymmetric Tunic",
        category="Tunics",
        color="Charcoal",
        gender="Women",
    ),
    # photo: full-length anarkali kurta, yellow ground with a green and pink floral print and a green border, full
    # sleeves, green churidar, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-014",
        caption("a woman in a yellow floral anarkali kurta"),
        wearing("a yellow saree", "contradiction", who="she"),
        color_of("kurta", "yellow"),
        color_of("churidar", "green"),
        Q.pattern("floral"),
        describe(
            "kurta",
            "a yellow kurta with a green and pink floral print and a green border Question: describe the",
            "leak",
            hit_limit=True,
        ),
        title="Aks Women Multicoloured Printed Anarkali Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: off-white straight cotton kurta with a sparse black ikat print in thin lines, black palazzo pants, white
    # backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-015",
        caption("a woman wearing a black and white kurta and black pants"),
        wearing("she is wearing a black and white kurta with black pants", who="she"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("palazzo pants", "black"),
        Q.material("cotton"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        title="Fabindia Women Off-White & Black Ikat Print Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta solid straight kurta with a narrow gold border at the hem, no pockets, cream churidar, gold
    # jhumka earrings, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-016",
        caption("a woman in a pink kurta and earrings"),
        wearing("a pink kurta and white leggings", who="she"),
        color_of("kurta", "purple", "contradiction"),
        color_of("churidar", "cream"),
        details("kurta", "it has a gold border at the bottom and a pocket on the right side", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Vishudh Women Magenta Solid Straight Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: turquoise blue kurti with mirror work on the yoke, plain three-quarter sleeves, dark blue jeans, hand on
    # hip, white backdrop. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-017",
        caption("a woman in a blue top with mirrors on the neckline and jeans"),
        wearing(
            "a blue top and jeans and a blue top and jeans and a blue top and jeans and a blue top and jeans and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("kurti", "turquoise"),
        color_of("jeans", "blue"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurti", "a blue kurti with mirror work on the yoke and sequins on the sleeves", "unsupported"),
        title="Shree Women Turquoise Blue Embellished Kurti",
        category="Kurtis",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: beige A-line kurta with a maroon floral print, cream trousers, a maroon dupatta with tassels over one
    # shoulder, standing, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-018",
        caption("a woman in a beige kurta with red flowers and a red scarf sitting on a stool", "unsupported"),
        wearing("a kurta with a dupatta", who="she"),
        color_of("kurta", "beige"),
        color_of("dupatta", "maroon"),
        color_of("trousers", "maroon", "other_garment_color"),
        details("kurta", "kurta", "non_answer"),
        title="Biba Women Beige & Maroon Floral Print Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: woman with short hair in a yellow solid cotton kurta, mandarin collar, button placket, sleeves rolled to
    # the elbows, side slits, white leggings, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-019",
        caption("a man in a yellow kurta and white pants", "pronoun"),
        wearing("a yellow kurta and white pants", who="the person"),
        color_of("kurta", "yellow"),
        color_of("leggings", "yellow", "other_garment_color"),
        Q.pattern("solid"),
        details(
            "kurta",
            "it has a mandarin collar and buttons on the front and the sleeves are rolled up to the elbows and"
            " there is a slit on the side of",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Women Yellow Solid Cotton Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: black and white checked tunic, long sleeves, black leggings, white backdrop, front view; the row has no
    # color. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-020",
        caption("a woman wearing a red and black checkered top and black leggings", "contradiction"),
        wearing("a checkered tunic", who="she"),
        Q.pattern("checked"),
        color_of("leggings", "black"),
        describe("tunic", "it's a tunic", "non_answer"),
        Q.sleeve_length("long sleeves"),
        title="Femella Women Black & White Checked Tunic",
        category="Tunics",
        gender="Women",
    ),
    # photo: rust orange straight matte cotton kurta with a white floral hand-block print, white palazzo pants, white
    # backdrop, front view; the seller's color says Brown. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-021",
        caption("a woman in an orange kurta and white pants"),
        wearing("an orange kurta", who="she"),
        color_of("kurta", "orange"),
        color_of("palazzo pants", "white"),
        details(
            "kurta",
            "orange kurta with white flowers Question: What is the color of the palazzo pants? Answer: white",
            "leak",
        ),
        is_a("kurta", "yes"),
        Q.material("silk", "unsupported"),
        title="Global Desi Women Brown Printed Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: green straight kurta in a shiny silk blend with thin gold vertical stripes, white churidar, a green
    # dupatta with a gold border over her left shoulder, white backdrop. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-022",
        caption("a woman in a green and gold striped kurta with a green dupatta"),
        wearing(
            "a green kurta with gold stripes, a green dupatta with a gold border draped over her left shoulder and"
            " white churidar pants with a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("dupatta", "green"),
        color_of("churidar", "green", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        Q.material("silk"),
        title="Libas Women Green Striped Straight Kurta with Dupatta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: white short-sleeved kurti with blue thread embroidery at the neckline and hem, no tassels, blue jeans,
    # sunglasses pushed up on her head, white backdrop. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-023",
        caption("a woman in a white top and jeans with sunglasses on her head"),
        wearing("he is wearing a white kurti and blue jeans", "pronoun", who="the person"),
        color_of("kurti", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        describe(
            "kurti",
            "a white kurti with blue embroidery on the neckline and the hem, with a blue tassel tie",
            "unsupported",
        ),
        Q.sleeve_length("short sleeves"),
        title="Aurelia Women White Embroidered Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: burgundy straight kurta with a gold foil print on the back and hem, black leggings, back view, the model
    # looking over her shoulder, white backdrop. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-024",
        caption("a woman in a red kurta and black leggings looking over her shoulder"),
        wearing("the woman is wearing a kurta", who="she"),
        color_of("kurta", "red"),
        color_of("leggings", "black"),
        details(
            "kurta",
            "the back of the kurta has a gold print on the back and a gold print on the back and a gold print on"
            " the back and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        title="W Women Burgundy Printed Kurta",
        category="Kurtas",
        color="Burgundy",
        gender="Women",
    ),
    # photo: powder blue A-line kurta with white lace only at the hem, plain sleeves, white pants, a brown leather tote
    # on her arm, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-025",
        caption("a woman in a light blue kurta holding a brown bag"),
        wearing("he is wearing a blue kurta and white pants", "pronoun", who="the person"),
        color_of("kurta", "blue"),
        color_of("pants", "brown", "other_garment_color"),
        describe("kurta", "a light blue kurta with lace at the bottom and on the sleeves", "unsupported"),
        Q.garment_type("kurta"),
        title="Anouk Women Blue Solid A-Line Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: peach hip-length cotton kurti with white schiffli embroidery on the yoke, white jeggings, white sandals
    # with a small heel, a silver bracelet, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-026",
        caption("a woman in a pink top and white jeans"),
        wearing(
            "a peach kurti with white embroidery on the yoke and white jeggings and a pair of white sandals with a"
            " small heel and a silver",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurti", "yellow", "contradiction"),
        color_of("jeggings", "white"),
        details("kurti", "no", "non_answer"),
        Q.material("cotton"),
        title="Jaipur Kurti Women Peach Embroidered Cotton Kurti",
        category="Kurtis",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue straight kurta with thin white pinstripes, shirt collar, button front, navy blue trousers,
    # white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-027",
        caption("a woman in a navy blue striped kurta and navy pants"),
        wearing("blue", "non_answer", who="she"),
        color_of("kurta", "black", "contradiction"),
        color_of("pants", "navy blue"),
        Q.pattern("striped"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        title="Aurelia Women Navy Blue Striped Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black kurti with gold foil motifs, three-quarter sleeves, red palazzo pants, white backdrop, front view.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X887-028",
        caption("a woman in a black and gold top and red pants"),
        wearing("a black kurti and red palazzo pants", who="the woman"),
        color_of("kurti", "red", "other_garment_color"),
        color_of("palazzo pants", "red"),
        describe(
            "kurti",
            "the kurti is black with gold and the pants are red and the kurti is black with gold and the pants"
            " are red and the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        title="Shree Women Black Foil Print Kurti with Palazzos",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: mint green semi-sheer georgette tunic with a tie at the waist, plain sleeves without buttons, white
    # pants, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-029",
        caption("a woman in a mint green tunic and white pants"),
        wearing("a green top Question: What is the woman wearing? Answer: a green top", "leak", who="the woman"),
        color_of("tunic", "blue", "contradiction"),
        color_of("pants", "white"),
        Q.material("chiffon"),
        describe("tunic", "a green tunic with a tie at the waist and buttons on the sleeves", "unsupported"),
        title="Vero Moda Women Sea Green Tunic",
        category="Tunics",
        color="Sea Green",
        gender="Women",
    ),
    # photo: rust orange solid straight kurta with a little self-color thread work at the neck, beige trousers, white
    # backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-030",
        caption("a woman in an orange kurta and beige pants"),
        wearing("she is wearing a kurta and pants", who="she"),
        color_of("kurta", "rust"),
        color_of("trousers", "beige"),
        details("kurta", "what are the kurta details", "restated"),
        Q.pattern("printed", "contradiction"),
        title="Libas Women Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: purple straight kurta with white embroidery on the neckline, white churidar, a white dupatta over both
    # shoulders, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-031",
        caption("a woman in a purple kurta with a white scarf"),
        wearing("a purple salwar kameez with a white dupatta", who="she"),
        color_of("kurta", "purple"),
        color_of("dupatta", "purple", "other_garment_color"),
        color_of("churidar", "purple", "other_garment_color"),
        describe(
            "kurta",
            "a purple kurta with white embroidery on the neck and white embroidery on the sleeves and white"
            " embroidery on the neck and white embroidery on the",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Purple Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: tunic with horizontal grey and white stripes, round neck, long sleeves with ribbed cuffs, curved hem,
    # navy leggings, feet cropped out of the frame, white backdrop; the row has no gender. Base BLIP-2 zero-shot.
    case(
        "X887-032",
        caption("a woman in a grey striped top and blue leggings"),
        wearing("a striped tunic and leggings and white sneakers", "unsupported", who="the person"),
        color_of("tunic", "grey"),
        color_of("leggings", "grey", "other_garment_color"),
        Q.pattern("striped"),
        details(
            "tunic",
            "the tunic has horizontal grey and white stripes, a round neck, long sleeves with ribbed cuffs and a"
            " curved hem that is longer at the",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Grey Striped Tunic",
        category="Tunics",
        color="Grey",
    ),
    # photo: white straight kurta with red thread embroidery on the yoke, red churidar, silver earrings, a red bindi,
    # white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-033",
        caption("a woman in a white kurta with red embroidery and red pants"),
        wearing(
            "a white kurta with red embroidery on the neck and sleeves, red churidar pants and a pair of silver"
            " earrings and a red bindi on her",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("churidar", "white", "other_garment_color"),
        describe("kurta", "a white kurta with red embroidery on his chest", "pronoun"),
        is_a("kurta", "yes"),
        title="Fabindia Women White Embroidered Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: cobalt blue solid matte kurta, v neck, three-quarter sleeves, white palazzo pants, talking on a phone,
    # white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-034",
        caption("a woman in a blue kurta and white pants talking on a cell phone"),
        wearing("a blue saree", "contradiction", who="the woman"),
        color_of("kurta", "blue"),
        color_of("palazzo pants", "white"),
        Q.material("denim", "unsupported"),
        details("kurta", "the kurta has a v neck and three quarter sleeves"),
        title="Vishudh Women Blue Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: patchwork kurti of red, yellow and blue printed panels, black leggings, white backdrop, front view.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X887-035",
        caption("a woman wearing a colorful top and black leggings"),
        wearing(
            "a multicolored kurti and black leggings Question: what is the color of the kurti? Answer: multicolor",
            "leak",
            who="she",
        ),
        color_of("kurti", "multicolor"),
        color_of("leggings", "black"),
        Q.pattern("solid", "contradiction"),
        describe("kurti", "a kurti", "non_answer"),
        title="Sangria Women Multicoloured Patchwork Kurti",
        category="Kurtis",
        color="Multi",
        gender="Women",
    ),
    # photo: cream tunic with black polka dots, no belt, black skinny jeans, white backdrop, front view. Base BLIP-2
    # zero-shot, all texts.
    case(
        "X887-036",
        caption("a woman in a white polka dot dress and black pants", "contradiction"),
        wearing("a white top with black dots and black jeans and a black belt", "unsupported", who="she"),
        color_of("tunic", "cream"),
        color_of("jeans", "white", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("tunic"),
        title="Harpa Women Cream Polka Dot Tunic",
        category="Tunics",
        color="Cream",
        gender="Women",
    ),
    # photo: red solid cotton kurti worn under an open light blue denim jacket, white leggings, white backdrop,
    # front view; the kurti itself has no collar or pockets. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-037",
        caption("a woman in a red top and a denim jacket"),
        wearing("a red kurti with a denim jacket and white leggings", who="she"),
        color_of("kurti", "blue", "other_garment_color"),
        color_of("jacket", "blue"),
        color_of("leggings", "white"),
        details("kurti", "the kurti is made of denim and has two chest pockets", "unsupported"),
        title="Sassafras Women Red Solid Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: hot pink anarkali kurta with sheer full sleeves, pink churidar, a gold dupatta, white backdrop, front
    # view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-038",
        caption("a woman in a pink anarkali with a gold dupatta"),
        wearing("what is she wearing", "restated", who="she"),
        color_of("kurta", "pink"),
        color_of("dupatta", "gold"),
        color_of("churidar", "gold", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="Aks Women Pink Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: grey straight kurta with a black leaf print, round neck, no zip, black palazzo pants, white backdrop,
    # front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-039",
        caption("a woman in a grey kurta with black print and black pants"),
        wearing("a blue kurta and black pants", "contradiction", who="she"),
        color_of("kurta", "grey"),
        color_of("palazzo pants", "black"),
        details("kurta", "it has a black leaf print, a round neck and a zip on the back", "unsupported"),
        is_a("kurta", "yes"),
        title="W Women Grey Printed Straight Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: mustard kurti with a small green print, green palazzo pants, holding a green dupatta in both hands,
    # white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-040",
        caption("a woman in a yellow top and green pants holding a scarf"),
        wearing("a yellow kurta and green pants Question:", "leak", who="she"),
        color_of("kurti", "green", "other_garment_color"),
        color_of("palazzo pants", "green"),
        color_of("dupatta", "green"),
        details("kurti", "he has a yellow kurti with a green print", "pronoun"),
        title="Span Women Mustard Printed Kurti with Green Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: sea green chanderi kurta with small gold woven buttis all over, white churidar, white backdrop, front
    # view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-041",
        caption("a woman in a blue kurta with gold dots", "contradiction"),
        wearing("a green kurta", who="the woman"),
        color_of("kurta", "sea green"),
        color_of("churidar", "white"),
        Q.material("wool", "unsupported"),
        describe("kurta", "green", "non_answer"),
        title="Fabindia Women Sea Green Chanderi Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black short-sleeved crepe tunic with a white lace yoke over the shoulders, black leggings, white
    # backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-042",
        caption("a woman in a black tunic with white lace"),
        wearing("he is wearing a black top and black leggings", "pronoun", who="the person"),
        color_of("tunic", "black"),
        color_of("leggings", "black"),
        details("tunic", "", "non_answer"),
        Q.sleeve_length("short sleeves"),
        title="Mango Women Black Lace Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: indigo cotton kurta with a white dabu floral print, indigo palazzo pants, white backdrop, front view; the
    # row has no color. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-043",
        caption("a woman in a blue and white kurta and blue pants"),
        wearing("a blue kurta with white flowers", who="she"),
        color_of("kurta", "blue"),
        color_of("palazzo pants", "blue"),
        details(
            "kurta", "the kurta has a print Question: What are the palazzo pants details? Answer: they are blue", "leak"
        ),
        Q.material("cotton"),
        Q.garment_type("shirt", "contradiction"),
        title="Fabindia Women Indigo Dabu Print Cotton Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: teal floor-length anarkali kurta with gold embroidery on the yoke, gold churidar, white backdrop, front
    # view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-044",
        caption(
            "a woman in a teal anarkali with gold embroidery and gold embroidery and gold embroidery and gold"
            " embroidery and gold embroidery and gold embroidery and gold embroidery and gold embroidery and gold",
            "loop",
            hit_limit=True,
        ),
        wearing("a teal kurta and gold leggings", who="she"),
        color_of("kurta", "teal"),
        color_of("churidar", "teal", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.garment_type("dress", "contradiction"),
        title="Biba Women Teal Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: beige linen tunic with roll-up sleeve tabs, no pockets, a brown belt at the waist, white jeans, holding
    # a straw hat, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-045",
        caption("a woman in a beige tunic with a brown belt holding a straw hat"),
        wearing("he is wearing a tan top with a belt and white jeans", "pronoun", who="the person"),
        color_of("tunic", "brown", "other_garment_color"),
        color_of("jeans", "white"),
        Q.material("linen"),
        details(
            "tunic", "the tunic has a brown belt and roll up sleeves with buttons and a chest pocket", "unsupported"
        ),
        title="Mango Women Beige Linen Tunic",
        category="Tunics",
        color="Beige",
        gender="Women",
    ),
    # photo: orange A-line kurta with a pink floral print, round neck, short sleeves, pink leggings, gold sandals, a
    # gold bangle on the right wrist, white backdrop, front view. Base BLIP-2 zero-shot, all texts.
    case(
        "X887-046",
        caption("a woman in an orange kurta with pink flowers"),
        wearing(
            "an orange kurta with a pink floral print, pink leggings and a pair of gold sandals and a gold bangle on"
            " her right wrist and a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        color_of("leggings", "pink"),
        Q.pattern("floral"),
        describe("kurta", "describe the kurta", "restated"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Global Desi Women Orange Printed A-Line Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
]
