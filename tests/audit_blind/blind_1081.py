"""BLIND_1081 (46 products; Myntra kurtas/kurta sets, VQA per-piece colors): written blind in the fifty-ninth session.
Measured blind at b845312 (the session's eighth rules): 110/133 failures found (82.7%) and 13/189 correct texts flagged
(6.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's kurtas (article type Kurtas) and kurta sets (Kurta Sets: kurta with
palazzos, trousers, churidar, salwar or sharara, with or without a dupatta), one girls' set among them. Studio
catalog photos, mostly on a white backdrop, some on a grey, beige or pale yellow one, a few with a prop (a potted
plant, a bag or clutch, sunglasses). Kurtas-only rows are styled with a bottom that is not for sale (leggings,
churidar, palazzos, jeans); one kurta is layered under an open denim jacket. Some rows lack the color or the
category column, or the gender, as real feeds do.

Who wrote what: the captions are the untuned Salesforce/blip2-opt-2.7b (greedy, 50 new tokens): short, plain
sentences that end properly, sometimes with a wrong color, a color borrowed from another piece or an invented
prop. Every answer is leoreigoto/Data3_V3_BLIP2_VQA (the VQA adapter, one epoch, no end-of-answer token): the
per-piece color questions "What is the color of the kurta / <bottom> / dupatta?", "What is the person wearing?",
"Describe the kurta.", "What are the kurta details?" and the material question are free generation (kind open,
30 new tokens), trimmed by enrich only where the adapter happened to emit a newline; so some answers loop
("yellow yellow yellow ...", the same phrase again), run on into the next "Question: ... Answer:" turn of its
training format, or are cut at the token limit. The adapter's worst habit is one color for every piece: the
kurta's color given for the palazzos, the dupatta's for the kurta. The closed questions (garment type, garment
color, pattern, sleeve length, "Is this a kurta?") come from enrich's --engine reference, which picks one
candidate value, so they are single clean values that are sometimes simply wrong.

Labeling conventions and judgement calls:
- Every text is judged against the photo described in its "# photo:" comment; where the seller's color is off
  (a "Brown" kurta that looks rust) an answer that matches the photo, or the seller's word for it, is correct.
- Shades and synonyms inside one color family are correct: wine for maroon, purple for lavender or mauve, pink for
  peach or magenta, blue for teal or indigo, yellow for mustard, orange for rust, white for cream or off-white,
  grey for charcoal. A color from another family is a failure.
- The bottom question names the bottom the title or the photo has (palazzos, trousers, churidar, leggings, jeans,
  sharara, salwar, pants). On Kurtas rows the bottom is styling, not the product; its color is still asked and
  judged against the photo.
- The dupatta question is asked of every Kurta Sets row. Where the set has no dupatta and none is in the photo,
  a color for it is "unsupported" (an invented piece); "there is no dupatta" is correct.
- other_garment_color: an open answer that gives a piece the color of another piece really in the photo (the
  kurta's color for the palazzos, the dupatta's for the kurta), including captions that put one piece's color on
  two. A wrong color that belongs to no garment (the backdrop's, a prop's, or just wrong) is "contradiction", and
  so is any wrong closed value (closed answers are candidate picks, never "another garment's" answer).
- A closed garment type of dress, shirt or jacket for a kurta, "no" to "Is this a kurta?", a wrong closed pattern
  or sleeve length, and a caption or answer that names a wrong garment are contradictions.
- unsupported: details, props, closures, pockets or a material that the photo does not show and the title does not
  name (a material that contradicts the title's material is also labelled unsupported). A material the title names
  is correct.
- A text that loops is "loop" even where the looped phrase also has a wrong color; a text that runs on into
  "Question: ... Answer:" is "leak" even where it is also cut; a text that simply stops mid-phrase at 30 tokens is
  "cut". Loops, leaks that run to the end and cuts carry hit_limit=True.
- non_answer: a bare "yes", "kurta" or one color word to an open question that asks for a description or what the
  person wears. restated: the question's own words given back as the answer ("the details are the details of the
  kurta").
- pronoun: "he"/"his" for the woman or girl in the photo; the rest of such a text is right for the photo.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def kurta(text, failure=None, hit_limit=False):
    """The VQA adapter's free answer to "What is the color of the kurta?"."""
    return color_of("kurta", text, failure, kind="open", hit_limit=hit_limit)


def bottom(garment, text, failure=None, hit_limit=False):
    """The VQA adapter's free answer to "What is the color of the <bottom>?"."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def dupatta(text, failure=None, hit_limit=False):
    """The VQA adapter's free answer to "What is the color of the dupatta?"."""
    return color_of("dupatta", text, failure, kind="open", hit_limit=hit_limit)


BLIND_1081 = [
    # photo: navy blue kurta with a white-and-pink floral print, matching navy printed palazzos, white chiffon dupatta
    # with a navy border over both shoulders, silver jhumkas, white backdrop, full front view. Caption: base model; open
    # answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-001",
        caption("a woman wearing a navy blue floral kurta with matching pants and a white scarf"),
        kurta("navy blue"),
        bottom("palazzos", "navy blue"),
        dupatta("navy blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        wearing(
            "a navy blue kurta with white and pink flowers, navy blue palazzos with the same print and a white dupatta "
            "with a navy blue border on her",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Navy Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow straight kurta with small white block-print motifs, white churidar leggings, tan juttis, no
    # bag, white backdrop, front view, one hand on the hip. Caption: base model; open answers: VQA adapter; closed
    # answers: reference engine.
    case(
        "X1081-002",
        caption("a woman in a yellow kurta and white leggings standing with her hand on her hip"),
        kurta("yellow"),
        bottom("leggings", " ".join(["yellow"] * 30), "loop", hit_limit=True),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "the kurta is mustard yellow with small white prints all over it, it has a round neck, three quarter "
            "sleeves and side slits at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.color("yellow"),
        wearing("she is wearing a yellow kurta and white leggings and brown sandals and a brown bag", "unsupported"),
        title="Biba Women Mustard Yellow Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: bottle green solid A-line kurta with a mandarin collar, gold buttons on the placket, full sleeves, cream
    # palazzos, white backdrop, three-quarter turned view. Caption: base model; open answers: VQA adapter; closed
    # answers: reference engine.
    case(
        "X1081-003",
        caption("a woman in a green kurta and green pants", "other_garment_color"),
        kurta("dark green"),
        bottom("palazzos", "green", "other_garment_color"),
        details("kurta", "mandarin collar, button placket and long sleeves"),
        Q.sleeve_length("long"),
        wearing("a green kurta with white palazzo pants", who="she"),
        describe(
            "kurta",
            "the kurta is green with gold buttons and a collar Question: What is the color of the palazzos? "
            "Answer: green",
            "leak",
            hit_limit=True,
        ),
        title="W Women Green Solid A-Line Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: maroon kurta with gold foil ethnic motifs, maroon trousers, maroon dupatta with a gold border, beige
    # backdrop, front view. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-004",
        caption("a woman in a maroon and gold outfit with a matching scarf"),
        kurta("maroon"),
        bottom("trousers", "gold", "contradiction"),
        dupatta("the dupatta is maroon with a gold border"),
        Q.garment_type("kurta"),
        Q.material("silk", "unsupported"),
        details(
            "kurta",
            "gold print, round neck, three quarter sleeves, gold print, round neck, three quarter sleeves, gold "
            "print, round neck, three quarter",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Maroon & Gold-Toned Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white straight kurta with thin vertical blue stripes, round neck, no collar, no pockets, worn over blue
    # denim jeans, white sneakers, white backdrop, front view. Caption: base model; open answers: VQA adapter; closed
    # answers: reference engine.
    case(
        "X1081-005",
        caption("a woman wearing a white striped tunic and blue jeans"),
        kurta("white with blue stripes"),
        bottom("jeans", "blue"),
        Q.pattern("striped"),
        is_a("kurta", "no", "contradiction"),
        wearing("he is wearing a white striped kurta and blue jeans", "pronoun"),
        describe(
            "kurta", "the kurta is white with blue stripes and it has a collar and a pocket on the chest", "unsupported"
        ),
        title="Sangria Women Off-White & Blue Striped Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: pink flared anarkali kurta with a white floral print, white churidar, light grey studio backdrop, front
    # view. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-006",
        caption("a woman in a long pink floral kurta standing in front of a grey wall"),
        kurta("grey", "contradiction"),
        bottom("churidar", "white"),
        describe(
            "kurta",
            "the kurta is pink with white flowers and a flared hem. Question: What is the color of the churidar? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        Q.pattern("solid", "contradiction"),
        wearing("a pink kurta with white flowers and white churidar"),
        title="Vishudh Women Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: teal solid straight kurta with a small silver-embroidered yoke, white cigarette pants, white backdrop,
    # front view; no pockets, no zip. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-007",
        caption("a woman in a blue kurta and white pants holding a handbag", "unsupported"),
        kurta("teal"),
        bottom("pants", "teal", "other_garment_color"),
        details("kurta", "it has a zipper on the back and two pockets on the sides", "unsupported"),
        Q.pattern("solid"),
        Q.material("the garment is made of the material", "restated"),
        title="Aurelia Women Teal Blue Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: lavender kurta with white thread embroidery at the neck, three-quarter sleeves, lavender palazzos, white
    # net dupatta with a lavender embroidered border, white backdrop, front view. Caption: base model; open answers: VQA
    # adapter; closed answers: reference engine.
    case(
        "X1081-008",
        caption("a woman wearing a purple kurta, purple pants and a white scarf"),
        kurta("purple"),
        bottom("palazzos", "white", "other_garment_color"),
        dupatta("white"),
        wearing("a purple kurta with white embroidery and purple pants"),
        describe("kurta", "kurta", "non_answer"),
        Q.sleeve_length("long", "contradiction"),
        title="Indo Era Women Lavender Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: indigo cotton kurta with a white dabu print, round neck, three-quarter sleeves, white palazzos with a small
    # indigo print, no dupatta in the set or the photo, white backdrop. Caption: base model; open answers: VQA adapter;
    # closed answers: reference engine.
    case(
        "X1081-009",
        caption("a woman in a blue and white printed outfit"),
        kurta("blue"),
        bottom("palazzos", "white with blue print"),
        dupatta("blue", "unsupported"),
        Q.material("cotton"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "the kurta is blue with white prints, it has a round neck and three quarter sleeves and the palazzos "
            "are white with blue prints and the",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Indigo Blue & White Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: red straight kurta with gold lace at the hem and cuffs, black leggings, the model holds a small gold
    # clutch, white backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-010",
        caption("a woman in a red kurta holding a gold purse"),
        kurta(" ".join(["red"] * 30), "loop", hit_limit=True),
        bottom("leggings", "red", "other_garment_color"),
        details("kurta", "gold lace on the hem and the sleeves"),
        is_a("kurta", "yes"),
        wearing(
            "she is wearing a red kurta with black leggings and she is holding a gold clutch in her hand and she is "
            "wearing a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.pattern("floral", "contradiction"),
        title="Rangriti Women Red Solid Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: rust orange A-line kurta with a black geometric print, tie-up neck with tassels, three-quarter sleeves,
    # black palazzos, white backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-011",
        caption("a woman in an orange kurta and black pants"),
        kurta("orange"),
        bottom("palazzos", "black"),
        describe("kurta", "the kurta is orange with black prints, it has a tie up neck with tassels"),
        Q.pattern("geometric"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("kurta", "the kurta details", "restated"),
        title="Global Desi Women Rust Printed A-Line Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: beige chanderi kurta with green thread embroidery on the yoke, green trousers, green dupatta, white
    # backdrop, front view. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-012",
        caption("a woman in a beige kurta with green pants and a green scarf"),
        kurta("green", "other_garment_color"),
        bottom("trousers", "green"),
        dupatta("green"),
        Q.material("chanderi"),
        details(
            "kurta",
            "the embroidery on the neck is green and the embroidery on the neck is green and the embroidery on the "
            "neck is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        title="Soch Women Beige & Green Embroidered Chanderi Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: black kurta with a pink and yellow floral print, black sharara, solid pink dupatta over one shoulder, white
    # backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-013",
        caption("a woman in a black floral print kurta and black flared pants with a pink dupatta"),
        kurta("black"),
        bottom("sharara", "pink", "other_garment_color"),
        dupatta("pink"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "black with pink and yellow flowers Question: What is the color of the sharara? Answer: black Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        wearing("black", "non_answer"),
        title="Libas Women Black Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: white kurta with white chikankari embroidery all over, round neck, three-quarter sleeves, white palazzos,
    # white backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-014",
        caption("a woman in a white kurta and white pants"),
        kurta("white"),
        bottom("palazzos", "white"),
        details("kurta", "white embroidery all over, round neck and three quarter sleeves"),
        Q.pattern("embroidered"),
        Q.material("silk", "unsupported"),
        wearing(
            "a white kurta and white palazzos with white flowers on the kurta and white flowers on the palazzos and "
            "white flowers on the kurta and white flowers on the",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: peach kurta with a gold gota yoke, peach trousers, peach dupatta with a gold gota border held in one hand,
    # white backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-015",
        caption("a woman in a pink kurta with gold embroidery and a matching dupatta"),
        kurta("peach"),
        bottom("trousers", "peach"),
        dupatta("the color of the dupatta", "restated"),
        wearing("she is wearing a peach kurta set with a dupatta", who="she"),
        is_a("kurta", "yes"),
        describe(
            "kurta", "the kurta is peach with gold gota work on the yoke and a matching dupatta with a gold border"
        ),
        Q.material("cotton", "unsupported"),
        title="KALINI Women Peach-Coloured Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: navy kurta with a red and white ikat pattern, round neck, no pockets, red leggings, canvas tote bag on the
    # shoulder, white backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-016",
        caption("a woman in a blue and red kurta carrying a bag"),
        kurta("blue"),
        bottom("leggings", "blue", "other_garment_color"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "the kurta is blue with red and white print, it has a round neck and a pocket on the side",
            "unsupported",
        ),
        Q.color("navy blue"),
        wearing("a blue kurta with red leggings and a bag"),
        title="Sangria Women Navy Blue & Red Ikat Print Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green solid cotton straight kurta with side slits, beige trousers, pale yellow wall backdrop, side
    # pose. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-017",
        caption("a woman in a green kurta standing in front of a yellow wall"),
        kurta("yellow", "contradiction"),
        bottom("trousers", "beige"),
        Q.sleeve_length("three-quarter"),
        Q.material("cotton"),
        details("kurta", "side slits"),
        describe("kurta", "his kurta is olive green with slits on the sides", "pronoun"),
        wearing(
            "Question: What is the person wearing? Answer: she is wearing a green kurta and beige trousers Question: "
            "What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="W Women Olive Green Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: multicoloured floral kurta (pink, orange and green flowers on cream), green salwar, orange dupatta, white
    # backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-018",
        caption("a woman in a colorful floral kurta with green pants and an orange scarf"),
        kurta("pink orange and green"),
        bottom("salwar", "orange", "other_garment_color"),
        dupatta("orange"),
        Q.color("multi"),
        describe(
            "kurta",
            "floral print, round neck, three quarter sleeves, floral print, round neck, three quarter sleeves, floral "
            "print, round neck",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Biba Women Multicoloured Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: yellow kurta with gota patti on the yoke and hem, white palazzos, yellow dupatta, white backdrop. Caption:
    # base model; open answers: VQA adapter.
    case(
        "X1081-019",
        caption("a woman wearing a yellow kurta, white palazzos and a yellow dupatta"),
        kurta("yellow"),
        bottom("palazzos", "yellow", "other_garment_color"),
        dupatta("yellow"),
        wearing("yellow", "non_answer", who="she"),
        details("kurta", "gota patti on the yoke and the hem and mirror work on the sleeves", "unsupported"),
        Q.material("Question: What material is the garment made of? Answer: georgette", "leak"),
        title="Varanga Women Yellow Gota Patti Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon kurta with a gold-printed yoke, keyhole neck, three-quarter sleeves, cream churidar, white backdrop.
    # Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-020",
        caption("a woman in a maroon kurta with a gold yoke and cream leggings"),
        kurta("wine"),
        bottom("churidar", "maroon", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.sleeve_length("three-quarter"),
        describe(
            "kurta",
            "the kurta is maroon with a gold printed yoke, a round neck with a keyhole, three quarter sleeves and a "
            "straight hem with side",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon kurta and white churidar and a maroon dupatta", "unsupported"),
        title="Shree Women Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: sea green kurta with white ethnic motifs, white trousers, no dupatta, the model holds a white potli bag,
    # white backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-021",
        caption("a woman in a green and white kurta holding a white bag"),
        kurta("green"),
        bottom("trousers", "white"),
        dupatta("white", "unsupported"),
        Q.pattern("ethnic motifs"),
        describe("kurta", "green", "non_answer"),
        Q.sleeve_length("three-quarter"),
        wearing(
            "a sea green kurta with white motifs and white trousers and a white bag in her hand and a white bag in "
            "her hand and a white bag in",
            "loop",
            hit_limit=True,
        ),
        title="Ahalyaa Women Sea Green Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: mauve straight kurta with silver zari embroidery at the neck, sleeves and hem, matching mauve trousers,
    # white backdrop. The feed row has no color column. Caption: base model; open answers: VQA adapter; closed answers:
    # reference engine.
    case(
        "X1081-022",
        caption("a woman in a purple kurta with silver embroidery"),
        kurta("mauve"),
        bottom("trousers", "purple"),
        details(
            "kurta",
            "silver embroidery on the neck and the sleeves and the hem and the neck and the sleeves and the hem and "
            "the neck and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.material("it is made of material", "restated"),
        describe("kurta", "the kurta is purple with silver embroidery"),
        Q.color("purple"),
        title="Indo Era Women Mauve Embroidered Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: black kurta with white vertical stripes, v-neck, side slits, white palazzos, grey studio backdrop, front
    # view. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-023",
        caption("a woman in a black and white striped kurta and white pants"),
        kurta("black and white"),
        bottom("palazzos", "black", "other_garment_color"),
        Q.pattern("striped"),
        Q.color("grey", "contradiction"),
        wearing("he is wearing a black and white striped kurta with white pants", "pronoun"),
        describe(
            "kurta",
            "the kurta is black and white striped with a v neck and the palazzos are white and wide and the kurta "
            "has side slits and the palazzos",
            "cut",
            hit_limit=True,
        ),
        title="Aurelia Women Black & White Striped Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: pink kurta with a green leaf print, plain round neck without buttons, three-quarter sleeves, pink palazzos,
    # green dupatta, white backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-024",
        caption("a woman in a pink kurta with green leaves and a green dupatta"),
        kurta("pink"),
        bottom("palazzos", "pink"),
        dupatta("pink", "other_garment_color"),
        describe("kurta", "pink with green leaves, it has a round neck with gold buttons", "unsupported"),
        Q.sleeve_length("short", "contradiction"),
        wearing("a pink kurta, pink palazzos and a pink dupatta", "other_garment_color"),
        title="Libas Women Pink Leaf Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: royal blue flared kurta with a white and gold floral print, white churidar, beige studio backdrop with a
    # potted plant beside the model. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-025",
        caption("a woman in a blue floral kurta holding a flower pot", "unsupported"),
        kurta("blue"),
        bottom("churidar", "green", "contradiction"),
        describe("kurta", "the kurta is blue with white and gold flowers and it is flared at the bottom"),
        is_a("kurta", "yes"),
        Q.pattern("floral"),
        Q.color("green", "contradiction"),
        title="Varanga Women Blue Floral Printed Flared Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: orange cotton kurta, solid, with small red embroidery at the neck, blue jeans, no belt, white backdrop.
    # Caption: base model; open answers: VQA adapter.
    case(
        "X1081-026",
        caption("a woman in a red kurta and jeans", "contradiction"),
        kurta("orange"),
        bottom("jeans", "blue"),
        Q.material("cotton"),
        details("kurta", "the details are the details of the kurta", "restated"),
        wearing("she is wearing an orange top and blue jeans with a black belt", "unsupported", who="she"),
        title="Fabindia Women Orange Solid Cotton Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: green kurta with white bandhani dots, pink palazzos, green-and-pink bandhani dupatta, white backdrop.
    # Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-027",
        caption("a woman wearing a green kurta, pink pants and a green and pink scarf"),
        kurta("pink", "other_garment_color"),
        bottom("palazzos", "pink"),
        dupatta("green and pink"),
        Q.pattern("printed"),
        wearing("Question: What is the person wearing? Answer: a green kurta", "leak"),
        describe(
            "kurta",
            "the kurta is green with white dots Question: What is the color of the palazzos? Answer: pink "
            "Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        title="Anouk Women Green & Pink Bandhani Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue solid kurta with white lace at the hem and cuffs, white trousers, no dupatta in the set or the
    # photo, white backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-028",
        caption("a woman in a black kurta with white lace trim and white pants", "contradiction"),
        kurta("black", "contradiction"),
        bottom("trousers", "white"),
        dupatta("navy blue", "unsupported"),
        Q.sleeve_length("three-quarter"),
        details(
            "kurta",
            "white lace on the hem, a round neck with a small slit, three quarter sleeves with white lace and two side "
            "slits on the",
            "cut",
            hit_limit=True,
        ),
        title="W Women Navy Blue Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey kurta with a pink floral print and a mandarin collar, pink leggings, white backdrop. Caption: base
    # model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-029",
        caption("a woman in a grey kurta with pink flowers and pink leggings"),
        kurta("grey"),
        bottom("leggings", "grey", "other_garment_color"),
        describe("kurta", "grey with pink flowers and a mandarin collar"),
        wearing("he is wearing a grey kurta with pink flowers and pink leggings", "pronoun"),
        Q.color("pink", "contradiction"),
        details("kurta", "it has a collar and a zip at the front", "unsupported"),
        title="Sangria Women Grey & Pink Floral Printed Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: mustard kurta with a green floral print, round neck, three-quarter sleeves, side slits, straight hem, green
    # trousers, mustard dupatta with a green print, white backdrop. Caption: base model; open answers: VQA adapter;
    # closed answers: reference engine.
    case(
        "X1081-030",
        caption("a woman wearing a yellow kurta with green flowers, green pants and a yellow scarf"),
        kurta("mustard"),
        bottom("trousers", " ".join(["green"] * 30), "loop", hit_limit=True),
        dupatta("green", "other_garment_color"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        wearing("she is wearing a mustard kurta with green flowers, green trousers and a mustard dupatta"),
        describe(
            "kurta",
            "the kurta is yellow with green flowers, round neck, three quarter sleeves, side slits and a straight "
            "hem, the trousers are green and the",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Mustard & Green Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white anarkali kurta with a gold print, gold-beige churidar, white backdrop; the feed row has no
    # gender. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-031",
        caption("a woman in a white anarkali with gold print"),
        kurta("white"),
        bottom("churidar", "white", "other_garment_color"),
        Q.garment_type("dress", "contradiction"),
        describe(
            "kurta",
            "it is a long white kurta with gold prints and a flared skirt, it has a round neck and three quarter "
            "sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        wearing("kurta", "non_answer"),
        title="Biba Women Off-White & Gold Printed Anarkali Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # photo: red full-sleeved kurta with gold embroidery and sequins on the yoke, red churidar, red net dupatta with a
    # gold border, gold jhumkas and bangles, no zip visible, white backdrop. Caption: base model; open answers: VQA
    # adapter; closed answers: reference engine.
    case(
        "X1081-032",
        caption("a woman in a red and gold indian outfit with a red dupatta and gold earrings"),
        kurta("red"),
        bottom("churidar", "red"),
        dupatta("red with gold border"),
        Q.material("silk"),
        details("kurta", "gold embroidery on the yoke, sequins on the neck, a gold zip at the back", "unsupported"),
        wearing(
            "a red kurta, red churidar, a red dupatta and gold jhumkas, a red kurta, red churidar, a red dupatta and "
            "gold jhumkas",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Soch Women Red & Gold-Toned Embroidered Silk Blend Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: teal kurta with a mustard block print, mustard palazzos, no dupatta in the set or the photo, white
    # backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-033",
        caption("a woman in a teal kurta and yellow pants"),
        kurta("yellow", "other_garment_color"),
        bottom("palazzos", "mustard"),
        dupatta("there is no dupatta"),
        Q.pattern("printed"),
        describe("kurta", "yes", "non_answer"),
        wearing("a teal kurta with yellow palazzos"),
        title="GERUA Women Teal & Mustard Block Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: lime green sleeveless kurta, white leggings, the model holds sunglasses in her right hand, white backdrop.
    # Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-034",
        caption("a woman in a yellow kurta and white leggings holding sunglasses", "contradiction"),
        kurta("light green"),
        bottom("leggings", "white"),
        Q.sleeve_length("sleeveless"),
        wearing("a green sleeveless kurta with white leggings and a pair of sunglasses on her head", "unsupported"),
        is_a("kurta", "yes"),
        title="KALINI Women Lime Green Solid Sleeveless Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
    # photo: magenta kurta with a white floral print, v-neck, three-quarter sleeves, white palazzos with a magenta
    # print, magenta dupatta, white backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference
    # engine.
    case(
        "X1081-035",
        caption("a woman in a pink floral kurta with white pants and a pink scarf"),
        kurta("magenta"),
        bottom("palazzos", "white"),
        dupatta(
            "the color of the dupatta is pink and the color of the dupatta is pink and the color of the dupatta is "
            "pink",
            "loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "the kurta is pink with white flowers, it has a v neck and three quarter sleeves Question: Describe the "
            "palazzos. Answer",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        Q.color("white", "contradiction"),
        title="Libas Women Magenta Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: kurta the seller calls Brown that looks rust/terracotta, keyhole neck with one button, cream palazzos,
    # white backdrop. Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-036",
        caption("a woman in an orange kurta and white pants"),
        kurta("orange"),
        bottom("palazzos", "orange", "other_garment_color"),
        Q.color("brown"),
        details("kurta", "a keyhole neck with a button"),
        wearing("the person is wearing", "restated"),
        title="Aurelia Women Brown Solid Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: black solid kurta, black palazzos, multicoloured (red, yellow, blue) printed dupatta over the left
    # shoulder, right hand on the hip, white backdrop. Caption: base model; open answers: VQA adapter; closed answers:
    # reference engine.
    case(
        "X1081-037",
        caption("a woman in a black kurta and black pants with a colorful scarf"),
        kurta("black"),
        bottom("palazzos", "black"),
        dupatta("black", "other_garment_color"),
        wearing(
            "a black kurta and black palazzos with a multicolored dupatta draped over her left shoulder and her right "
            "hand on her",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        Q.pattern("printed", "contradiction"),
        title="Vishudh Women Black Solid Kurta with Palazzos & Printed Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: light pink kurta with pintucks on the yoke, long sleeves, pink trousers, white backdrop. Caption: base
    # model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-038",
        caption("a woman in a light pink kurta and pink pants wearing a necklace", "unsupported"),
        kurta("light pink"),
        bottom("pants", "pink"),
        details("kurta", "pintucks on the yoke"),
        describe("kurta", "Question: Describe the kurta. Answer: pink", "leak"),
        Q.sleeve_length("long"),
        wearing("a light pink kurta with pink trousers"),
        title="Indo Era Women Pink Solid Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: blue and white checked kurta with a shirt collar and a button placket, white leggings, white backdrop.
    # Caption: base model; open answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-039",
        caption("a woman in a blue and white checked kurta and white leggings"),
        kurta("blue and white"),
        bottom("leggings", "blue", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        wearing("she is wearing a blue and white checked kurta with white leggings"),
        describe("kurta", "the kurta is blue and white checked with a collar and buttons"),
        title="Global Desi Women Blue & White Checked Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: a young girl in a pink kurta with a gold print, round neck, short sleeves and a gold border at the hem,
    # pink sharara and a gold tissue dupatta, white backdrop. Caption: base model; open answers: VQA adapter; closed
    # answers: reference engine.
    case(
        "X1081-040",
        caption("a little girl in a pink and gold outfit"),
        kurta("pink"),
        bottom("sharara", "pink"),
        dupatta("pink", "other_garment_color"),
        wearing("he is wearing a pink kurta and a pink sharara", "pronoun"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "the kurta is pink with a gold print and it has a round neck and short sleeves and a gold border at the "
            "hem and the sharara is pink",
            "cut",
            hit_limit=True,
        ),
        title="Biba Girls Pink & Gold-Toned Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: charcoal grey solid kurta, charcoal trousers, grey-and-white striped dupatta, round neck, white backdrop.
    # Caption: base model; open answers: VQA adapter.
    case(
        "X1081-041",
        caption("a woman in a dark grey kurta and pants with a grey and white striped scarf"),
        kurta("grey"),
        bottom("trousers", "blue", "contradiction"),
        dupatta("grey and white"),
        Q.material("wool", "unsupported"),
        details("kurta", "round neck"),
        wearing("she is wearing a grey kurta, grey pants and a striped dupatta"),
        title="Anouk Women Charcoal Grey Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: cream kurta with a red floral print, red palazzos, white backdrop. Caption: base model; open answers: VQA
    # adapter; closed answers: reference engine.
    case(
        "X1081-042",
        caption("a woman in a cream kurta with red flowers and red pants"),
        kurta("red", "other_garment_color"),
        bottom("palazzos", "red"),
        Q.pattern("floral"),
        describe(
            "kurta",
            "the kurta is cream with red flowers and a round neck and red tassels on the sleeves",
            "unsupported",
        ),
        wearing(
            "a cream kurta with red flowers and red palazzos Question: What is the color of the palazzos? Answer: red",
            "leak",
            hit_limit=True,
        ),
        title="Sangria Women Cream & Red Floral Printed Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: powder blue kurta with white embroidery at the neck worn under an open denim jacket, white trousers, white
    # backdrop; the feed row has no category. Caption: base model; open answers: VQA adapter; closed answers: reference
    # engine.
    case(
        "X1081-043",
        caption("a woman in a light blue kurta with a denim jacket and white pants"),
        kurta("light blue"),
        bottom("pants", "blue", "other_garment_color"),
        wearing("a denim jacket over a light blue kurta and white pants"),
        Q.garment_type("jacket", "contradiction"),
        details("kurta", "white embroidery on the neck"),
        Q.color("blue"),
        title="W Women Powder Blue Embroidered Straight Kurta",
        color="Blue",
        gender="Women",
    ),
    # photo: purple rayon kurta with a white floral print, v-neck, white palazzos, purple dupatta without tassels, white
    # backdrop. Caption: base model; open answers: VQA adapter.
    case(
        "X1081-044",
        caption("a woman in a purple kurta and purple pants with a purple dupatta", "other_garment_color"),
        kurta("purple"),
        bottom("palazzos", "white"),
        dupatta("white", "other_garment_color"),
        describe(
            "kurta",
            "purple with white flowers and a v neck and a purple dupatta with tassels and a purple dupatta with "
            "tassels and a purple dupatta with",
            "loop",
            hit_limit=True,
        ),
        Q.material("rayon"),
        title="Libas Women Purple Floral Printed Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: emerald green kurta with gold embroidery on the yoke and cuffs, green sharara, no dupatta in the set or the
    # photo, the model holds a small gold potli, white backdrop. Caption: base model; open answers: VQA adapter.
    case(
        "X1081-045",
        caption("a woman in a green kurta and sharara with a green dupatta", "unsupported"),
        kurta("green"),
        bottom("sharara", "green"),
        dupatta("gold", "unsupported"),
        details("kurta", "gold embroidery on the yoke and the sleeves"),
        wearing("a green kurta and a green sharara"),
        title="Shree Women Green Embroidered Kurta with Sharara",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: peach straight kurta with a blue floral print, blue palazzos, white backdrop. Caption: base model; open
    # answers: VQA adapter; closed answers: reference engine.
    case(
        "X1081-046",
        caption("a woman in a peach kurta with blue flowers and blue pants"),
        kurta("blue", "other_garment_color"),
        bottom("palazzos", "blue"),
        is_a("kurta", "yes"),
        wearing("his kurta is peach with blue flowers and he is wearing blue palazzos", "pronoun"),
        describe("kurta", "describe the kurta", "restated"),
        Q.sleeve_length("three-quarter"),
        Q.color("blue", "contradiction"),
        title="Biba Women Peach-Coloured & Blue Floral Print Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
]
