"""BLIND_719 (46 products; Myntra kurtas, kurta sets, dupattas; VQA adapter): written blind in the fifty-fourth session.
Measured blind at dc30159 (the session's tenth rules): 108/122 failures found (88.5%) and 13/164 correct texts flagged
(7.9%). The writer's notes, verbatim:

Scenario: Myntra's older catalog feed of women's ethnic wear: 25 kurtas and a kurti, 10 kurta sets and 10 dupattas,
with short product names ("Biba Women Red Anarkali Kurta"). Photos are the shared photos' kind: 224x224 studio
shots on a white backdrop, front view, a model wearing the product with other garments (leggings, churidar, jeans,
palazzos under a kurta; a kurta under a dupatta), sometimes a prop (bag, clutch, sunglasses, watch, earrings).
A few rows lack a column (gender, category or color), as old feed rows do.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA, one epoch, no end-of-answer token trained). Open answers and captions are greedy
free generation (30 new tokens for answers, 50 for captions): they often run on into loops or stop at the limit
mid-phrase, sometimes go on in the `Question: ... Answer:` format they were trained on, and the adapter, trained
on In-shop classes, likes "dress", "shirt", "top" for kurtas and gives one color to every garment in view.
Captions from this adapter are weak (VQA-only training broke captioning): mostly a short sentence, sometimes a
bare word or a question-answer pair. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?")
come from enrich's --engine reference, which picks one candidate, so they never loop or stop short, but they
often pick the color of the leggings, palazzo or the kurta under the dupatta.

Labeling conventions and judgement calls:
- One label per text. A loop, cut or leak is labeled as such even when its content is also wrong (the run-on is
  the root failure); otherwise the most salient failure wins.
- other_garment_color: the product gets the color of another garment in the photo (leggings, palazzo, the kurta
  under a dupatta, the dupatta of a set). contradiction: a color seen nowhere on the product, the product named as
  another garment ("dress", "shirt", "tank top", "lehenga", "kurta" for a dupatta), a wrong pattern or sleeve
  length, "no" to "Is this a dupatta/kurta?", or the product's color given to another garment (the white palazzo
  called black, the white pants called olive).
- A kurta set's color is its kurta's color (the seller's base colour); the set's palazzo or dupatta color for the
  set is other_garment_color.
- Synonyms and shades counted correct: tunic/kurti, scarf for a dupatta, red for maroon, pink for peach or magenta,
  grey for silver, yellow for mustard, dark blue for navy, orange or rust for a rust kurta, off white / white /
  cream. "a yellow top and blue jeans" for a hip-length kurti is counted correct.
- One seller color is wrong (X719-020: "Brown" on a kurta that is plainly rust orange); answers that follow the
  photo are counted correct.
- Material: correct when the title names it or the photo plainly shows it (velvet sheen, sheer net, organza);
  a fabric the title does not give and the photo cannot show (silk, linen, rayon, georgette, denim for chambray),
  or provenance claims (handwoven, hand spun, natural dyes) are unsupported. So are details that the front-view
  photo does not show (pockets, belts, tassels, mirror work, lace, tie-ups at the back).
- non_answer: empty, "yes"/"no"/"nothing" to an open question, a bare "dupatta" caption, or only the question's
  words ("the kurta"). restated: a sentence that restates the question with no content ("the details are the
  details of the kurta set", "she is wearing").
- pronoun: he/his for the female models; rows without a gender column have no pronoun failures.
- hit_limit=True on every loop and cut, and on leaks that ran on to the token limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text, failure=None, hit_limit=False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_719 = [
    # photo: navy straight kurta with small white floral print, round neck, 3/4 sleeves, white leggings, white
    # backdrop, front view. All texts VQA adapter (closed via reference engine).
    case(
        "X719-001",
        caption("a woman wearing a navy blue printed kurta and white leggings"),
        she("a blue kurta with white leggings"),
        color_of("kurta", "navy blue"),
        Q.pattern("floral"),
        details("kurta", "white flowers printed all over, round neck and three quarter sleeves"),
        Q.material("silk", "unsupported"),
        title="Biba Women Navy Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard solid kurta with a gold-tone embroidered yoke, 3/4 sleeves, white churidar, white backdrop.
    # VQA adapter.
    case(
        "X719-002",
        caption("a woman in a yellow kurta and white pants standing in front of a white wall"),
        she("a yellow dress and white pants", "contradiction"),
        color_of("kurta", "white", "other_garment_color"),
        describe(
            "kurta",
            "a yellow kurta with embroidery on the neck and a yellow kurta with embroidery on the neck and a yellow"
            " kurta with",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery on the yoke with mirror work and a hidden side pocket", "unsupported"),
        Q.sleeve_length("three-quarter"),
        is_a("kurta", "yes"),
        title="W Women Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: magenta sheer dupatta with a gold border, draped over one shoulder of a cream kurta worn with cream
    # leggings; white backdrop. VQA adapter.
    case(
        "X719-003",
        caption("a woman wearing a cream kurta with a pink dupatta over her shoulder"),
        color_of("dupatta", "cream", "other_garment_color"),
        describe("dupatta", "a pink dupatta with a golden border"),
        Q.garment_type("dupatta"),
        details("dupatta", "the dupatta is a dupatta", "restated"),
        Q.material("chiffon"),
        title="Shree Women Magenta Dupatta",
        category="Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: maroon kurta set: mandarin-collar kurta and dupatta with gold foil print, plain maroon palazzo; white
    # backdrop. VQA adapter.
    case(
        "X719-004",
        caption("a woman wearing a red kurta and palazzo pants with a matching dupatta"),
        she("a maroon kurta, maroon palazzos and a dupatta"),
        Q.color("maroon"),
        Q.garment_type("kurta set"),
        details(
            "kurta set",
            "gold foil print on the kurta and dupatta, the palazzo is plain, the kurta has a mandarin collar",
        ),
        is_a("dress", "yes", "contradiction"),
        Q.material("rayon with gold zari embroidery and mirror work", "unsupported"),
        title="Libas Women Maroon Kurta Set",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: white chikankari kurta (white-on-white embroidery), blue jeans, white backdrop, front view. VQA adapter.
    case(
        "X719-005",
        caption("a woman in a white kurta and blue jeans"),
        she("she is wearing a white kurta with blue jeans"),
        color_of("kurta", "blue", "other_garment_color"),
        describe("kurta", "white kurta with white embroidery all over"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        details(
            "kurta",
            "the white kurta has a white kurta has a white kurta has a white kurta has a white kurta has a",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women White Cotton Chikan Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: teal A-line kurta with small white polka dots, keyhole round neck, 3/4 sleeves, beige trousers, model
    # holding a tan handbag; white backdrop. VQA adapter.
    case(
        "X719-006",
        caption("a woman holding a brown bag wearing a green dress", "contradiction"),
        she("he is wearing a teal kurta and beige pants", "pronoun"),
        color_of("kurta", "teal"),
        Q.pattern("polka dots"),
        describe(
            "kurta",
            "a teal a-line kurta with small white polka dots, round neck with a keyhole opening, three quarter sleeves"
            " and a flared hem that falls to the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Global Desi Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: black straight kurta with a multicolor geometric print, full sleeves, black leggings; white backdrop.
    # VQA adapter.
    case(
        "X719-007",
        caption("a woman wearing a black printed kurta with black leggings on a white background"),
        she("a black kurta"),
        color_of("kurta", "black"),
        Q.pattern("geometric"),
        details(
            "kurta",
            "Question: What is the color of the kurta? Answer: black Question: What is the color of the leggings?"
            " Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="W Women Black Printed Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: peach kurta set: peach kurta, white palazzo, white dupatta with a peach border; white backdrop.
    # VQA adapter.
    case(
        "X719-008",
        caption("a woman in a pink kurta and white palazzo pants with a white scarf"),
        she("she is wearing a peach kurta with white palazzos and a white dupatta"),
        Q.color("white", "other_garment_color"),
        color_of(
            "kurta",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("kurta set"),
        describe("kurta set", "a kurta set", "non_answer"),
        title="Aurelia Women Peach Kurta Set",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: off-white dupatta with red, yellow and green phulkari embroidery, around the neck of a model in a
    # plain navy kurta and white churidar; white backdrop. VQA adapter.
    case(
        "X719-009",
        caption("a woman wearing a blue kurta with a white embroidered dupatta around her neck"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        Q.pattern("embroidered"),
        describe("dupatta", "an off white dupatta with colorful embroidery in red, yellow and green"),
        details(
            "dupatta",
            "the dupatta has tassels on the ends and a tassels on the ends and a tassels on the ends and a tassels on",
            "loop",
            hit_limit=True,
        ),
        Q.material("georgette", "unsupported"),
        is_a("dupatta", "no", "contradiction"),
        title="Fabindia Women Off White Dupatta",
        category="Dupatta",
        color="Off White",
        gender="Women",
    ),
    # photo: olive solid straight kurta, mandarin collar, button placket, full sleeves, side slits, white slim
    # trousers; white backdrop. VQA adapter.
    case(
        "X719-010",
        caption("a woman wearing an olive green kurta and white pants"),
        she("a green shirt and white pants", "contradiction"),
        color_of("kurta", "olive"),
        color_of("pants", "olive", "contradiction"),
        Q.pattern("solid"),
        describe("kurta", "the kurta is a kurta that is worn by the woman", "restated"),
        details(
            "kurta",
            "mandarin collar, a button placket down the front, full sleeves with buttoned cuffs and side slits at the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Fabindia Women Olive Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: red anarkali kurta with gold block print, flared from the waist, red churidar, model with hands on
    # hips; white backdrop. VQA adapter.
    case(
        "X719-011",
        caption("a woman in a red anarkali with gold print, red churidar, white background"),
        she("a red and gold kurta with red leggings"),
        Q.garment_type("dress", "contradiction"),
        color_of("kurta", "red"),
        describe(
            "kurta", "red anarkali kurta with gold print, flared from the waist, with his hands on the hips", "pronoun"
        ),
        Q.material("georgette with a satin lining", "unsupported"),
        title="Biba Women Red Anarkali Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: blue kurta with small white motifs and matching blue printed trousers, 3/4 sleeves, no dupatta; white
    # backdrop. VQA adapter.
    case(
        "X719-012",
        caption("a woman wearing a blue kurta and blue printed trousers"),
        she(
            "Question: What is she wearing? Answer: a blue kurta Question: What is she wearing? Answer: a blue kurta"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("printed"),
        details("kurta set", "the kurta set details are the details of the kurta and the trousers", "restated"),
        Q.sleeve_length("three-quarter"),
        Q.material("rayon", "unsupported"),
        title="Jaipur Kurti Women Blue Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: grey kurta with thin white vertical stripes, round neck with a button, black leggings; white backdrop.
    # Row has no gender column. VQA adapter.
    case(
        "X719-013",
        caption("a woman wearing a grey striped kurta and black leggings"),
        Q.pattern("striped"),
        color_of("kurta", "black", "other_garment_color"),
        describe("kurta", "a grey kurta with white stripes"),
        details(
            "kurta",
            "the kurta has a round neck with a button and the kurta has a round neck with a button and the kurta has",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Span Women Grey Striped Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # photo: plain yellow bandhani dupatta with red tie-dye dots, no border, over a white kurta and white palazzo;
    # white backdrop. VQA adapter.
    case(
        "X719-014",
        caption("dupatta", "non_answer"),
        color_of("dupatta", "yellow"),
        Q.pattern("tie-dye"),
        describe("dupatta", "a white dupatta with red dots", "other_garment_color"),
        Q.garment_type("kurta", "contradiction"),
        details("dupatta", "red dots all over and a red border with gold zari tassels", "unsupported"),
        title="Rangriti Women Yellow Dupatta",
        category="Dupatta",
        color="Yellow",
        gender="Women",
    ),
    # photo: pink short-sleeved kurta with white floral print and a short front slit, blue jeans, sunglasses pushed
    # up on the model's head; white backdrop. VQA adapter.
    case(
        "X719-015",
        caption("a woman with sunglasses on her head wearing a pink floral kurta and blue jeans"),
        she("a pink kurta and jeans"),
        color_of("kurta", "the kurta is blue with white flowers", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        describe("kurta", "pink kurta with white flowers, a round neck and a short slit"),
        title="W Women Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: sea green kurta with tonal yoke embroidery, matching straight trousers, dupatta printed with pink
    # flowers on green; white backdrop. VQA adapter.
    case(
        "X719-016",
        caption("a woman in a green kurta set with a pink and green dupatta"),
        Q.color("pink", "other_garment_color"),
        she("his kurta is green and his dupatta is pink and green", "pronoun"),
        Q.garment_type("kurta set"),
        details(
            "kurta set",
            "green kurta with yoke embroidery, straight trousers and a printed dupatta with pink flowers and a border"
            " of",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Libas Women Sea Green Kurta Set",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: white calf-length straight kurta with indigo block-printed flowers, indigo palazzo; white backdrop.
    # VQA adapter.
    case(
        "X719-017",
        caption("a woman wearing a blue and white printed kurta with blue palazzo pants"),
        she("a white kurta with blue print and indigo pants"),
        Q.color("white"),
        color_of("palazzo", "blue"),
        describe("kurta", "white kurta with blue flowers block printed, straight cut, calf length"),
        details(
            "kurta",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fabindia Women White Printed Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: black net dupatta with scattered silver sequins over a red kurta; white backdrop. VQA adapter.
    case(
        "X719-018",
        caption("a woman wearing a red kurta and a black dupatta"),
        Q.color("red", "other_garment_color"),
        describe("dupatta", "a black net dupatta with silver sequins scattered all over"),
        Q.material("net"),
        details("dupatta", "nothing", "non_answer"),
        is_a("dupatta", "yes"),
        title="Sringar Women Black Dupatta",
        category="Dupatta",
        color="Black",
        gender="Women",
    ),
    # photo: lavender sleeveless solid kurta with white thread embroidery round the neckline, white leggings; white
    # backdrop. VQA adapter.
    case(
        "X719-019",
        caption("a woman in a purple sleeveless kurta with white leggings standing against a white wall"),
        Q.sleeve_length("full", "contradiction"),
        color_of("kurta", "lavender"),
        she("she is wearing a purple tank top and white leggings", "contradiction"),
        details("kurta", "white embroidery around the neckline"),
        Q.material("silk", "unsupported"),
        title="Aurelia Women Lavender Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust orange kurta with a small black print (the seller says Brown), black churidar; white backdrop.
    # VQA adapter.
    case(
        "X719-020",
        caption("a woman wearing an orange printed kurta and black pants"),
        color_of("kurta", "rust"),
        she("she is wearing a rust kurta and black leggings"),
        describe("kurta", "a black kurta with orange print", "contradiction"),
        Q.pattern("printed"),
        details("kurta", "block printed by hand in jaipur with natural dyes", "unsupported"),
        title="Biba Women Brown Printed Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: navy kurta with gold print, round neck, 3/4 sleeves, side slits, navy palazzo, model holding a gold
    # clutch; white backdrop. Row has no category column. VQA adapter.
    case(
        "X719-021",
        caption("a woman in a dark blue kurta and palazzo holding a golden clutch"),
        Q.garment_type("kurta set"),
        Q.color("gold", "contradiction"),
        describe(
            "kurta",
            "navy blue with gold print, round neck, three quarter sleeves, side slits and a gold clutch bag with a",
            "cut",
            hit_limit=True,
        ),
        she("a navy kurta and navy palazzo pants"),
        details(
            "kurta set",
            "the kurta set has a kurta and a palazzo and the kurta set has a kurta and a palazzo and the kurta set has",
            "loop",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Navy Kurta Set",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: dupatta in red, orange, yellow, green and blue stripes over a white kurta and white leggings; white
    # backdrop. VQA adapter.
    case(
        "X719-022",
        caption("a woman wearing a white kurta with a colorful striped dupatta"),
        Q.pattern("striped"),
        color_of("dupatta", "white", "other_garment_color"),
        describe("dupatta", "a striped dupatta in red, orange, yellow, green and blue"),
        Q.garment_type("dupatta"),
        details(
            "dupatta",
            "Question: What is the color of the dupatta? Answer: multi Question: What is the pattern of the dupatta?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Shree Women Multi Dupatta",
        category="Dupatta",
        color="Multi",
        gender="Women",
    ),
    # photo: cream straight kurta with small gold foil motifs, V-neck, red palazzo; white backdrop. VQA adapter.
    case(
        "X719-023",
        caption("a woman in a cream kurta with gold print and red palazzo pants"),
        Q.color("red", "other_garment_color"),
        she("he is wearing a white kurta and red pants", "pronoun"),
        color_of("kurta", "off white"),
        describe("kurta", "a cream kurta with small gold motifs printed all over and a v neck"),
        Q.material("cotton silk blend with handwoven gold zari", "unsupported"),
        title="W Women Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: hip-length yellow kurti with white floral print, short sleeves, blue jeans; white backdrop.
    # VQA adapter.
    case(
        "X719-024",
        caption("yes", "non_answer"),
        she("a yellow top and blue jeans"),
        color_of("kurti", "yellow"),
        Q.pattern("floral"),
        describe(
            "kurti",
            "yellow kurti with white flowers printed and a white flower printed and a white flower printed and a white"
            " flower",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Span Women Yellow Kurti",
        category="Kurtis",
        color="Yellow",
        gender="Women",
    ),
    # photo: plain white kurta and white palazzo with a pink and orange leheriya dupatta over the shoulder, hands by
    # the sides; white backdrop. VQA adapter.
    case(
        "X719-025",
        caption(
            "a woman wearing a white kurta and white palazzo pants with a pink and orange dupatta draped over her"
            " shoulder, she is standing against a white background with her hands by her sides and her",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink", "other_garment_color"),
        she("white kurta, white palazzo pants and a pink dupatta"),
        Q.garment_type("kurta set"),
        details(
            "kurta set", "lace trim on the palazzo hem, pintucks on the yoke and mother of pearl buttons", "unsupported"
        ),
        is_a("kurta set", "yes"),
        title="Rangriti Women White Kurta Set",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: black asymmetric-hem kurta with red embroidery on the yoke and sleeves, red leggings; white backdrop.
    # VQA adapter.
    case(
        "X719-026",
        caption("a woman in a black asymmetric kurta with red embroidery and red leggings"),
        color_of("kurta", "red", "other_garment_color"),
        she("a black dress and red leggings", "contradiction"),
        details("kurta", "asymmetric hem, red embroidery on the yoke and the sleeves"),
        Q.pattern("embroidered"),
        describe("kurta", "the kurta", "non_answer"),
        title="Global Desi Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: opaque lime green dupatta with pink pom-poms along the edges, over a pink kurta; white backdrop.
    # VQA adapter.
    case(
        "X719-027",
        caption("a woman in a pink kurta with a green scarf"),
        color_of("dupatta", "pink", "other_garment_color"),
        describe("dupatta", "a light green dupatta with pink pom poms along the edges"),
        details(
            "dupatta",
            "pom pom border on both ends and a gota patti border on the sides and mirror work all over the",
            "cut",
            hit_limit=True,
        ),
        is_a("dupatta", "yes"),
        Q.material("cotton", "unsupported"),
        title="Shree Women Green Dupatta",
        category="Dupatta",
        color="Lime Green",
        gender="Women",
    ),
    # photo: magenta straight kurta with silver gota trim at the neck, 3/4 sleeves, white palazzo; white backdrop.
    # VQA adapter.
    case(
        "X719-028",
        caption("a woman wearing a purple kurta and white palazzo pants", "contradiction"),
        Q.color("white", "other_garment_color"),
        she("magenta kurta with white palazzo"),
        describe("kurta", "pink kurta with silver trim at the neck"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: silver trim Question: What are the kurta details? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        title="Biba Women Magenta Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: light blue chambray shirt-style kurta with a collar, full button placket and a chest pocket, white
    # trousers; white backdrop. VQA adapter.
    case(
        "X719-029",
        caption("a woman wearing a blue shirt and white pants", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        color_of("kurta", "light blue"),
        Q.material("denim", "unsupported"),
        details("kurta", "collar, full button placket and a chest pocket"),
        is_a("kurta", "no", "contradiction"),
        title="W Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: solid mustard kurta with plain yoke, mustard trousers, green dupatta with a printed border over the
    # shoulders; white backdrop. VQA adapter.
    case(
        "X719-030",
        caption("a woman in a yellow kurta and yellow pants with a green dupatta draped over her shoulders"),
        color_of("kurta", "green", "other_garment_color"),
        she(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        details("kurta set", "the details are the details of the kurta set", "restated"),
        Q.garment_type("kurta set"),
        title="Libas Women Mustard Kurta Set",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach kurta with white floral embroidery along the hem, white churidar; white backdrop. VQA adapter.
    case(
        "X719-031",
        caption("a woman in a peach kurta with embroidered hem and white churidar"),
        she("she is wearing a pink kurta and white leggings"),
        Q.color("peach"),
        describe("kurta", "a peach kurta with white floral embroidery along the hem"),
        details("kurta", "it is a kurta with details", "restated"),
        Q.material("linen", "unsupported"),
        title="Aurelia Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: maroon velvet kurta with gold embroidery at the neck and cuffs, no belt, beige leggings; white
    # backdrop. VQA adapter.
    case(
        "X719-032",
        caption("a woman wearing a maroon velvet kurta with gold embroidery at the neck and beige leggings"),
        Q.material("velvet"),
        color_of("kurta", "maroon"),
        wearing(
            "the woman is wearing a red kurta and the woman is wearing a red kurta and the woman is wearing a red"
            " kurta",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        details("kurta", "gold embroidery on the neck and sleeves with a belt at the waist", "unsupported"),
        title="Biba Women Maroon Velvet Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: red banarasi dupatta with gold woven border and small gold buttis, worn over the head, white kurta;
    # white backdrop. VQA adapter.
    case(
        "X719-033",
        caption("a woman with a red dupatta on her head and a white kurta"),
        Q.color("white", "other_garment_color"),
        describe("dupatta", "red with gold woven border and small gold buttis"),
        Q.material("silk"),
        details("dupatta", "he has the dupatta on his head with a gold border", "pronoun"),
        is_a("dupatta", "yes"),
        title="Sringar Women Red Banarasi Silk Dupatta",
        category="Dupatta",
        color="Red",
        gender="Women",
    ),
    # photo: turquoise kurta with a white ikat pattern, 3/4 sleeves, white pants; white backdrop. VQA adapter.
    case(
        "X719-034",
        caption("a woman wearing a turquoise kurta with white ikat pattern and white pants"),
        color_of("kurta", "turquoise blue"),
        Q.pattern("geometric"),
        she(
            "Question: What is she wearing? Answer: a turquoise kurta and white pants Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "a kurta is a garment", "restated"),
        Q.sleeve_length("three-quarter"),
        title="Fabindia Women Turquoise Ikat Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: pink kurta with silver embroidery at the neck, pink sharara with silver embroidered hem, silver
    # shimmer dupatta; white backdrop. Row has no color column. VQA adapter.
    case(
        "X719-035",
        caption("a woman in a pink kurta and sharara with a silver dupatta"),
        Q.color("pink"),
        she("a pink kurta, pink sharara pants and a grey dupatta"),
        Q.garment_type("lehenga", "contradiction"),
        details(
            "kurta set",
            "the kurta has silver embroidery on the neck, the sharara has silver embroidery on the hem, the dupatta"
            " has silver embroidery on the",
            "cut",
            hit_limit=True,
        ),
        describe("dupatta", "pink", "other_garment_color"),
        title="Libas Women Pink Kurta with Sharara and Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: white kurta with thin black stripes, shirt collar, roll-up sleeve tabs, black pants; white backdrop.
    # VQA adapter.
    case(
        "X719-036",
        caption("a woman in a black and white striped kurta and black pants standing in front of a white background"),
        Q.color("black", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        she("a white striped kurta with black trousers"),
        details("kurta", "thin black stripes, a collar and roll up sleeves with tabs"),
        describe("kurta", "a description of the kurta", "restated"),
        Q.material("linen", "unsupported"),
        title="Span Women White Striped Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: navy dupatta with white polka dots and a thin white border over a white kurta; white backdrop.
    # VQA adapter.
    case(
        "X719-037",
        caption("a woman wearing a white kurta with a blue polka dot dupatta"),
        color_of("dupatta", "navy blue"),
        describe("dupatta", "dark blue dupatta with white dots and a thin white border"),
        details(
            "dupatta",
            "white white white white white white white white white white white white white white white white white"
            " white white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dupatta"),
        she("a white kurta and a blue dupatta"),
        title="Rangriti Women Navy Dupatta",
        category="Dupatta",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green kurta with gold leaf print, mandarin collar, front slit, white churidar, gold earrings; white
    # backdrop. VQA adapter.
    case(
        "X719-038",
        caption("a woman wearing a green kurta with gold print, white churidar and gold earrings"),
        she("his kurta is green with golden print", "pronoun"),
        color_of("kurta", "green"),
        details(
            "kurta",
            "gold leaf print all over, mandarin collar, front slit, three quarter sleeves with gold print on the cuffs"
            " and the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.material("chanderi silk", "unsupported"),
        title="W Women Green Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: red kurta with small white checks, V-neck, short sleeves, white leggings; white backdrop. VQA adapter.
    case(
        "X719-039",
        caption(
            "Question: What is the woman wearing? Answer: a red and white checked kurta and white leggings", "leak"
        ),
        Q.pattern("checked"),
        color_of("kurta", "white", "other_garment_color"),
        describe("kurta", "red check kurta, with a v neck and short sleeves"),
        details("kurta", "yes", "non_answer"),
        is_a("kurta", "yes"),
        title="Global Desi Women Red Checked Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: black kurta with white print, 3/4 sleeves, white palazzo; white backdrop. VQA adapter.
    case(
        "X719-040",
        caption("a woman wearing a black kurta with white print and white palazzos"),
        color_of("palazzo", "black", "contradiction"),
        color_of("kurta", "black"),
        she(
            "a black kurta with white print and white palazzo, and a black kurta with white print and white palazzo,"
            " and a black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta set"),
        Q.sleeve_length("three-quarter"),
        title="Jaipur Kurti Women Black Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: mustard dupatta with a green border on both long sides, over a green kurta; white backdrop. Row has no
    # gender column. VQA adapter.
    case(
        "X719-041",
        caption("a woman wearing a green kurta with a yellow dupatta with a green border"),
        color_of("dupatta", "green", "other_garment_color"),
        describe("dupatta", "a mustard yellow dupatta with a green border on both sides"),
        details("dupatta", "Question: What are the dupatta details? Answer:", "leak"),
        Q.garment_type("dupatta"),
        she("no", "non_answer"),
        title="Shree Mustard Dupatta",
        category="Dupatta",
        color="Mustard",
    ),
    # photo: coffee brown kurta with a cream leaf print, keyhole round neck, cream trousers, a watch on the wrist;
    # white backdrop. VQA adapter.
    case(
        "X719-042",
        caption("a woman in a brown printed kurta and cream pants wearing a watch"),
        color_of("kurta", "beige", "other_garment_color"),
        she("brown kurta and cream trousers"),
        describe(
            "kurta",
            "a brown kurta with cream leaf print and a round neck with a keyhole and it has a round neck with a"
            " keyhole and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.material("khadi cotton, hand spun", "unsupported"),
        title="Fabindia Women Brown Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: light blue kurta with white yoke embroidery, white straight pants, sheer blue dupatta; white backdrop.
    # VQA adapter.
    case(
        "X719-043",
        caption("a woman in a light blue kurta and white pants with a blue dupatta"),
        she("he is wearing a blue kurta set", "pronoun"),
        Q.color("blue"),
        details("kurta set", "white embroidery on the yoke, straight pants and a sheer dupatta"),
        describe(
            "kurta set",
            "a blue kurta set with white embroidery and white pants and a blue dupatta with white embroidery and a"
            " blue border that has",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        title="Aurelia Women Blue Kurta Set",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: orange solid kurta with a pink border at the hem and short sleeves, round neck, pink palazzo; white
    # backdrop. VQA adapter.
    case(
        "X719-044",
        caption("an orange kurta with a pink border and pink palazzo pants worn by a woman"),
        color_of("kurta", "pink", "other_garment_color"),
        she("she is wearing", "restated"),
        Q.pattern("solid"),
        describe("kurta", "orange kurta with a pink border at the hem and sleeves, round neck"),
        details("kurta", "pink border with pom pom tassels and tie-up strings at the neck", "unsupported"),
        Q.sleeve_length("short"),
        title="Biba Women Orange Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: white kurta with a red floral print, red leggings, front view only; white backdrop. VQA adapter.
    case(
        "X719-045",
        caption("a woman in a white kurta with red flowers and red leggings on a white background"),
        Q.color("red", "other_garment_color"),
        she("a white kurta with red flowers and red leggings"),
        describe(
            "kurta",
            "a white kurta with a red floral print and a pleated front with a tie-up belt at the back",
            "unsupported",
        ),
        details("kurta", "", "non_answer"),
        Q.pattern("floral"),
        title="W Women White Floral Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: lavender organza dupatta with a silver border over a white kurta and white palazzo; white backdrop.
    # VQA adapter.
    case(
        "X719-046",
        caption("a woman in white clothes with a purple sheer dupatta with a silver border"),
        color_of("dupatta", "lavender"),
        describe("dupatta", "white", "other_garment_color"),
        Q.material("organza"),
        details(
            "dupatta",
            "silver border and silver border and silver border and silver border and silver border and silver border"
            " and",
            "loop",
            hit_limit=True,
        ),
        is_a("dupatta", "no", "contradiction"),
        title="Sringar Women Lavender Organza Dupatta",
        category="Dupatta",
        color="Lavender",
        gender="Women",
    ),
]
