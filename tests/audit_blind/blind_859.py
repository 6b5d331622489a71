"""BLIND_859 (46 products; Myntra kurta sets, VQA adapter, per-piece colors): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 110/140 failures found (78.6%) and 9/183 correct texts flagged
(4.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic sets (article type mostly "Kurta Sets", a few filed as "Kurtas" or
with no category or color): a kurta worn with palazzos, a sharara, a churidar or trousers, most with a dupatta, some
without. Studio catalog photos, mostly on a white backdrop, a few on grey, beige or a pastel wall, one garden set,
with a stool, a potted plant or a bag as props; the model wears jhumkas, bangles, juttis or sneakers. The job asks
the color of each piece separately (kurta closed; the bottom and the dupatta open), plus a few of: what the person is
wearing, describe / details of one piece, pattern, sleeve length, garment type, "Is this a kurta/dress?", material.

Who wrote what: captions come from the untuned base Salesforce/blip2-opt-2.7b (no prompt, 50 new tokens): short
"a woman in a pink kurta and white pants" sentences, sometimes "dress" or "saree" for a set, rarely a loop. Every
question is answered with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA loaded on the same base (greedy, 30 new
tokens). Closed answers are enrich's --engine reference ranking the candidate values with that adapter, so they
are one candidate each and never loop or stop short; they pick the print's color over the ground, call a set a
dress or a top, and say "sleeveless" or "solid" now and then. Open answers are free generation: the adapter was
trained without an end token, so it often stops after a phrase (OPT's newline habit) but otherwise loops or runs to
the 30-token limit, echoes the "Question: ... Answer:" format, answers with the In-shop classes (dress, denim,
pants, leggings), says "he", and gives the bottom or dupatta the kurta's color.

Labeling conventions and judgement calls:
- Each color question is about one piece; the product is the whole set, and the seller's color is the kurta's.
- An open answer or a caption that gives a piece the color of another piece in the set (dupatta "pink" because the
  kurta is pink) is other_garment_color. A closed answer doing the same, or any closed answer with a wrong color,
  pattern, sleeve length or garment, is contradiction (closed answers only pick a candidate).
- A color taken from the backdrop, or a print color given as the garment's color against the seller (a grey kurta
  with pink flowers answered "pink"), is contradiction; "white with blue print", "black with white flowers" are right.
- Shades within a color group are correct: teal or turquoise as blue or teal green, maroon as red, peach or coral as
  pink/peach/coral, cream or off-white as white, mustard as yellow, lavender as purple, sea/lime/olive as green.
  Turquoise called "green", indigo called "purple", peach called "white", rust called "red" are contradictions.
- "dress", "saree", "top" or "skirt" for a kurta, a set or a sharara is contradiction (the seller's category and the
  title say otherwise); "anarkali", "outfit", "suit", "pants", "trousers", "leggings" (for a churidar), "scarf" or
  "shawl" (for a dupatta), "shoes" (for juttis) are correct synonyms.
- Unsupported: a detail the photo does not show (pockets, zips, drawstrings, a lining, mirror work, jewellery or a
  bag that is not there, heels hidden under a sharara), the color of a dupatta that is not in the photo, or a
  material the title contradicts or does not name (silk, satin, georgette, denim, organza for the kurta).
- A one-word or yes/no answer, an empty answer or a bare echo of the question's words to an open question is
  non_answer; a sentence that only says the piece is itself ("the dupatta is a dupatta", "the details of the kurta
  are the kurta details") is restated.
- A text that repeats a phrase until the 30 / 50-token limit is loop (hit_limit=True), even when the repeated phrase
  is also wrong; a text that ends mid-phrase at the limit without repeating is cut (hit_limit=True), even when its
  words so far are right. A text that contains "Question:" or "Answer:" is leak, whatever else it gets wrong.
- "he/his" for a woman model, and one base caption that says "a man", are pronoun failures.
- One label per text: the first failure a reader would name. Correct answers are correct for the photo described
  in the comment, including an incomplete but true answer ("a blue kurta" would be correct).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
garment = BLIND_QUESTIONS.garment_type
material = BLIND_QUESTIONS.material


def open_color(piece: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The per-piece color question for the bottom and the dupatta, answered by free generation."""
    return color_of(piece, text, failure, kind="open", hit_limit=hit_limit)


BLIND_859 = [
    # photo: pink straight kurta with a small white floral print, round neck, three-quarter sleeves; white palazzos;
    # white dupatta with a pink border over one shoulder; silver jhumkas; white backdrop, front, full length.
    # Caption: base model; answers: VQA adapter (kurta color, sleeves closed).
    case(
        "X859-001",
        caption("a woman in a pink kurta and white palazzo pants"),
        color_of("kurta", "pink"),
        open_color("palazzos", "pink", "other_garment_color"),
        open_color("dupatta", "white with a pink border"),
        pattern("floral"),
        sleeves("three-quarter sleeves"),
        wearing("a pink kurta with white pants and a white scarf"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves and a pink and white floral print with a pink and "
            "white floral print with a pink and",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue kurta with gold foil ethnic motifs, round neck, three-quarter sleeves; navy sharara with a
    # gold foil border; sheer gold-beige organza dupatta over both arms; gold jhumkas only; grey studio backdrop,
    # three-quarter view. Fabric is a matte rayon. Caption: base; answers: VQA adapter.
    case(
        "X859-002",
        caption("a woman in a navy blue kurta with gold print standing in front of a grey wall"),
        color_of("kurta", "navy blue"),
        open_color("sharara", "navy blue with a gold border"),
        open_color("dupatta", "navy blue", "other_garment_color"),
        details("kurta", "the kurta has a round neck, three quarter sleeves and gold foil print all over"),
        material("silk", "unsupported"),
        is_a("kurta", "yes"),
        wearing(
            "a navy blue kurta set with gold print and a gold dupatta, she is also wearing gold bangles and a maang "
            "tikka",
            "unsupported",
        ),
        title="Anouk Women Navy Blue Ethnic Motifs Printed Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard flared anarkali kurta, solid, full sleeves, thin gold gota lace at the hem; mustard churidar;
    # green-and-pink bandhani print dupatta; gold juttis; white backdrop, front. Caption: base; answers: VQA adapter.
    case(
        "X859-003",
        caption("a woman in a yellow anarkali kurta with a green dupatta"),
        color_of("kurta", "yellow"),
        open_color("churidar", "green", "other_garment_color"),
        open_color("dupatta", "green and pink"),
        wearing(
            "the person is wearing a yellow long dress and a yellow long dress and a yellow long dress and a yellow "
            "long dress and a",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a yellow kurta with a flared hem and gold lace trim"),
        sleeves("long sleeves"),
        material("the kurta is made of georgette with a silk lining", "unsupported"),
        title="Biba Women Mustard Yellow Solid Cotton Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal straight kurta with a white geometric block print; white palazzos with a small teal print; NO
    # dupatta; no bag, no props; white backdrop, side pose. Caption: base; answers: VQA adapter.
    case(
        "X859-004",
        caption("a woman wearing a green and white printed kurta and white pants"),
        color_of("kurta", "teal"),
        open_color("palazzos", "white with green print"),
        open_color("dupatta", "white", "unsupported"),
        pattern("geometric"),
        details("palazzos", "the palazzos have an elastic waistband and side pockets", "unsupported"),
        wearing("he is wearing a teal kurta with white print and white palazzo pants", "pronoun"),
        title="W Women Teal Green Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon straight kurta, V-neck, three-quarter sleeves, gold thread embroidery on the yoke; maroon
    # trousers; maroon-and-gold chanderi dupatta with a gota border, the model holds one end; no bag; beige backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X859-005",
        caption("a woman in a red kurta with gold embroidery"),
        color_of("kurta", "maroon"),
        open_color("trousers", "maroon"),
        open_color(
            "dupatta",
            "Question: What is the color of the dupatta? Answer: maroon Question: What is the color of the dupatta? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        pattern("embroidered"),
        details("kurta", "the kurta has a v neck and gold embroidery on the yoke"),
        material("the material is the material of the kurta", "restated"),
        wearing(
            "a maroon kurta with gold embroidery, maroon pants and a maroon dupatta with a gold border, she is also "
            "holding a gold clutch",
            "unsupported",
        ),
        title="Sangria Women Maroon Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white kurta with an indigo floral block print; solid indigo palazzos; off-white dupatta with an
    # indigo print; brown kolhapuri sandals; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-006",
        caption("a woman in a white and blue floral print kurta and blue pants"),
        color_of("kurta", "blue", "contradiction"),
        open_color("palazzos", "blue"),
        open_color("dupatta", "white and blue"),
        wearing("he is wearing a white kurta with blue pants", "pronoun"),
        is_a("dress", "no"),
        pattern("solid", "contradiction"),
        title="Janasya Women Off-White & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: lime green straight kurta, solid, mandarin collar, three-quarter sleeves, white lace at the hem; white
    # palazzos; no dupatta; the model stands beside a wooden stool; white backdrop. Caption: base; answers: VQA.
    case(
        "X859-007",
        caption("a woman in a green kurta standing next to a wooden stool"),
        color_of("kurta", "green"),
        open_color("palazzos", "green", "other_garment_color"),
        describe("kurta", "green", "non_answer"),
        details(
            "kurta",
            "the kurta has a mandarin collar, three quarter sleeves and white lace at the hem and the kurta has a "
            "mandarin collar, three quarter",
            "loop",
            hit_limit=True,
        ),
        title="Aurelia Women Lime Green Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: rust kurta with gold foil print; rust sharara with a gold foil border at the hem; mustard dupatta with a
    # gold border; gold juttis; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-008",
        caption("a woman in an orange outfit with a yellow scarf"),
        color_of("kurta", "orange"),
        open_color("sharara", "orange"),
        open_color("dupatta", "orange", "other_garment_color"),
        wearing("a dress", "contradiction"),
        details("sharara", "the sharara has a flared hem with a gold foil print border"),
        material("the garment is made of silk", "unsupported"),
        title="Libas Women Rust Foil Printed Rayon Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: black kurta with a white and red floral print, round neck with a keyhole opening, three-quarter sleeves,
    # side slits; black palazzos with a white floral print; no dupatta; silver oxidised earrings; white backdrop.
    # The seller filed the set as Kurtas. Caption: base; answers: VQA adapter.
    case(
        "X859-009",
        caption("a woman in a black floral kurta and black pants"),
        color_of("kurta", "black"),
        open_color("palazzos", "black with white flowers"),
        pattern("floral"),
        wearing("a black floral print kurta with matching pants and silver earrings"),
        details(
            "kurta",
            "the kurta has a round neck with a keyhole opening, three quarter sleeves, side slits and a floral print "
            "in red and white, and it is paired with",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Global Desi Women Black Floral Printed Kurta with Palazzos",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: peach kurta with white thread chikankari-style embroidery on the front; peach palazzos; white net
    # dupatta over the left shoulder; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-010",
        caption("a woman in a white kurta with white embroidery and a white dupatta", "contradiction"),
        color_of("kurta", "peach"),
        open_color("palazzos", "white", "other_garment_color"),
        open_color("dupatta", "white"),
        is_a("kurta", "yes"),
        describe("dupatta", "the dupatta is a dupatta", "restated"),
        wearing(
            "the person is wearing a peach kurta with white embroidery on the front, peach palazzos and a white net "
            "dupatta draped over her left shoulder and the",
            "cut",
            hit_limit=True,
        ),
        title="Varanga Women Peach-Coloured Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: bottle green kurta with a pink floral print; green trousers; pink dupatta with a small green print, no
    # lace; photographed outdoors against a garden wall with plants, the model looks sideways. Caption: base; VQA.
    case(
        "X859-011",
        caption("a woman in a green floral kurta standing in a garden"),
        color_of("kurta", "green"),
        open_color("trousers", "pink", "other_garment_color"),
        open_color("dupatta", "pink"),
        wearing("he is wearing a green kurta with pink flowers, green pants and a pink dupatta", "pronoun"),
        details("trousers", "pants", "non_answer"),
        describe(
            "dupatta", "the dupatta is pink with green flowers and a lace border on all four sides", "unsupported"
        ),
        title="Indo Era Women Green Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: powder blue kurta with a white floral print; white palazzos; blue dupatta with white polka dots; the
    # model carries a beige potli bag; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-012",
        caption("a woman in a purple kurta holding a bag", "contradiction"),
        color_of("kurta", "blue"),
        open_color("palazzos", "white"),
        open_color("dupatta", "blue with white dots"),
        wearing(
            "a blue kurta with white pants and a blue scarf and a blue scarf and a blue scarf and a blue scarf and a "
            "blue scarf and",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        material("the kurta is made of pure cotton with a soft lining", "unsupported"),
        title="GoSriKi Women Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta kurta with white bandhani dots; magenta sharara with a gota border at the hem, waist hidden by
    # the kurta; magenta-and-orange bandhani dupatta with a gota border; gold bangles; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X859-013",
        caption("a woman in a pink and orange saree", "contradiction"),
        color_of("kurta", "red", "contradiction"),
        open_color("sharara", "pink"),
        open_color("dupatta", "pink and orange"),
        pattern("printed"),
        details(
            "sharara", "the sharara has a gota border at the hem and a drawstring waist with tassels", "unsupported"
        ),
        wearing(
            "a pink kurta with white dots, a pink sharara with a gold border and a pink and orange dupatta with a "
            "gold border and gold bangles on her",
            "cut",
            hit_limit=True,
        ),
        title="Khushal K Women Magenta Bandhani Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: lavender straight kurta, matte crepe, silver sequin yoke; lavender palazzos; lavender organza dupatta
    # with a sequin border; light grey backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-014",
        caption("a woman in a purple kurta and purple pants"),
        color_of("kurta", "purple"),
        open_color("palazzos", "purple"),
        open_color(
            "dupatta",
            "the dupatta is light purple with silver sequins on the border and the dupatta is light purple with "
            "silver sequins on the border and the",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a lavender kurta with a silver sequinned yoke, lavender palazzos and a lavender dupatta"
        ),
        is_a("dress", "yes", "contradiction"),
        material("the kurta is made of organza", "unsupported"),
        title="Anubhutee Women Lavender Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: red kurta with a gold foil block print, three-quarter sleeves, a plain placket with no buttons, no
    # pockets; red palazzos with a gold print border; no dupatta; white backdrop. Caption: base; answers: VQA.
    case(
        "X859-015",
        caption("a woman in a red kurta and red pants with gold print"),
        color_of("kurta", "red"),
        open_color("palazzos", "red with gold print at the bottom"),
        wearing(
            "Answer: the person is wearing a red kurta and red palazzos. Question: What is the person wearing? "
            "Answer: the person is",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "the kurta has gold buttons down the front and two pockets", "unsupported"),
        describe("palazzos", "the palazzos are wide legged and red with a gold print border"),
        sleeves("sleeveless", "contradiction"),
        title="Jaipur Kurti Women Red & Gold-Toned Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: grey kurta with a pink floral print, round neck, three-quarter sleeves, pink piping at the neck and
    # cuffs; pink palazzos; grey dupatta with a pink border; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-016",
        caption("a woman in a grey and pink floral kurta and pink pants"),
        color_of("kurta", "pink", "contradiction"),
        open_color("palazzos", "pink"),
        open_color("dupatta", "grey with a pink border"),
        wearing("a grey kurta and grey pants", "other_garment_color"),
        describe("kurta", "the kurta is grey with pink flowers on it. it has a round neck and three quarter sleeves"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves, side slits and a straight hem with a pink floral "
            "print all over and pink piping at the neckline and the sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="AKS Women Grey & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: beige straight kurta, full sleeves, small gold buttons on the placket; white churidar; maroon dupatta
    # with a beige print; maroon juttis; no bag; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-017",
        caption("a woman wearing a beige kurta and a red scarf"),
        color_of("kurta", "beige"),
        open_color("churidar", "beige", "other_garment_color"),
        open_color("dupatta", "maroon Question: What is the color of the churidar? Answer: white", "leak"),
        wearing("a beige kurta with white leggings and a maroon dupatta and a maroon handbag", "unsupported"),
        details("kurta", "the details of the kurta are the kurta details", "restated"),
        sleeves("long sleeves"),
        title="W Women Beige Solid Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: navy kurta with thin white vertical stripes, three-quarter sleeves; white palazzos with navy stripes at
    # the hem; no dupatta; both hands at the sides, no pockets visible; white backdrop. Caption: base; answers: VQA.
    case(
        "X859-018",
        caption("a woman in a blue and white striped kurta and white pants"),
        color_of("kurta", "navy blue"),
        open_color("palazzos", "navy blue", "other_garment_color"),
        pattern("striped"),
        wearing(
            "the woman is wearing a blue striped kurta with white palazzos, she has her hand in her pocket",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        garment("kurta"),
        title="Nayo Women Navy Blue & White Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lemon yellow kurta with a pink and green floral print; yellow sharara; white dupatta with a yellow
    # printed border; the model twirls slightly; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-019",
        caption("a woman in a yellow floral outfit"),
        color_of("kurta", "yellow"),
        open_color("sharara", "yellow"),
        open_color("dupatta", "yellow", "other_garment_color"),
        wearing("a yellow floral kurta with a yellow skirt", "contradiction"),
        details("sharara", "the sharara is a sharara", "restated"),
        pattern("floral"),
        title="Libas Women Yellow Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: sea green kurta with white ethnic motifs, round neck, three-quarter sleeves, straight hem, side slits;
    # sea green palazzos; off-white dupatta; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-020",
        caption("a woman in a blue kurta with a white scarf, standing against a white wall", "contradiction"),
        color_of("kurta", "green"),
        open_color("palazzos", "green"),
        open_color("dupatta", "white"),
        wearing("he is wearing a green kurta and green pants with a white dupatta", "pronoun"),
        material(
            "the kurta is made of a soft cotton fabric with a cotton lining and the kurta is made of a soft cotton "
            "fabric with a cotton lining",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "the kurta is sea green with a white ethnic motif print, it has a round neck, three quarter sleeves, a "
            "straight hem and two side slits and the",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Sea Green Ethnic Motifs Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black kurta with a gold foil print, round neck, long sleeves; black sharara with a gold foil border that
    # covers the feet; black net dupatta with a gold border; grey backdrop. The feed row has no category.
    # Caption: base; answers: VQA adapter.
    case(
        "X859-021",
        caption("a woman in a black and gold outfit"),
        color_of("kurta", "black"),
        open_color("sharara", "gold", "contradiction"),
        open_color("dupatta", "black with a gold border"),
        wearing(
            "a black kurta with gold print and black sharara pants and a black net dupatta with gold trim and black "
            "heels",
            "unsupported",
        ),
        describe("kurta", "the kurta is black with gold foil print, it has a round neck and long sleeves"),
        details("sharara", "the sharara has a gold foil border at the hem"),
        is_a("kurta", "no", "contradiction"),
        title="Ahalyaa Women Black & Gold-Toned Foil Printed Kurta with Sharara & Dupatta",
        color="Black",
        gender="Women",
    ),
    # photo: coral kurta with white thread embroidery around the neckline and on the sleeves, round neck,
    # three-quarter sleeves, side slits; white palazzos; coral-to-white ombre dupatta; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X859-022",
        caption("a woman in an orange kurta and white pants"),
        color_of("kurta", "coral"),
        open_color("palazzos", "coral", "other_garment_color"),
        open_color("dupatta", "coral and white"),
        wearing("Question: What is the person wearing? Answer: a pink kurta with white pants", "leak"),
        details(
            "kurta",
            "the kurta has white thread embroidery around the neckline and on the sleeves, a round neck, three quarter "
            "sleeves, straight hem with side slits and",
            "cut",
            hit_limit=True,
        ),
        title="Mokshi Women Coral Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: indigo dabu-print cotton kurta, round neck with a short placket and wooden buttons; white churidar;
    # indigo dupatta; silver bangles; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-023",
        caption("a woman in a blue printed kurta and white leggings"),
        color_of("kurta", "purple", "contradiction"),
        open_color("churidar", "white"),
        open_color("dupatta", "blue"),
        material("cotton"),
        is_a("kurta", "yes"),
        wearing("yes", "non_answer"),
        title="Fabindia Women Indigo Dabu Printed Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: olive kurta with a mustard geometric print; mustard wide-leg palazzos, ankle length; no dupatta; a brown
    # sling bag across the body; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-024",
        caption("a woman in a green kurta and yellow pants carrying a brown bag"),
        color_of("kurta", "olive"),
        open_color("palazzos", "green", "other_garment_color"),
        wearing(
            "the person is wearing a green kurta and yellow palazzos and a brown bag and a brown bag and a brown bag "
            "and a brown bag",
            "loop",
            hit_limit=True,
        ),
        pattern("geometric"),
        details("palazzos", "the palazzos are mustard yellow, wide legged and ankle length"),
        garment("top", "contradiction"),
        title="Vishudh Women Olive Green & Mustard Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Olive",
        # no gender column in this row
    ),
    # photo: red kurta with a white floral print; solid white palazzos; red dupatta with white tassels at the ends;
    # white backdrop. The row has no gender. Caption: base; answers: VQA adapter.
    case(
        "X859-025",
        caption("a woman in a red and white kurta with a red dupatta"),
        color_of("kurta", "orange", "contradiction"),
        open_color("palazzos", "red", "other_garment_color"),
        open_color("dupatta", "red"),
        details("dupatta", "the dupatta has tassels on the ends"),
        describe("kurta", "a kurta", "non_answer"),
        wearing(
            "a red kurta with white pants and a red dupatta with white tassels and a red dupatta with white tassels "
            "and a red dupatta with white",
            "loop",
            hit_limit=True,
        ),
        title="Juniper Women Red Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # photo: pink kurta with a green chevron print, V-neck, short sleeves, no pockets; solid green palazzos; NO
    # dupatta; a potted plant beside the model; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-026",
        caption("a woman in a pink and green zigzag print kurta standing next to a potted plant"),
        color_of("kurta", "pink"),
        open_color("palazzos", "green"),
        pattern("chevron"),
        wearing("a pink kurta and green pants. she is also wearing a green dupatta", "unsupported"),
        is_a("kurta", "yes"),
        sleeves("short sleeves"),
        details("kurta", "the kurta has a v neck and short sleeves and two side pockets", "unsupported"),
        title="Rain & Rainbow Women Pink & Green Chevron Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: cream kurta with gold zari embroidery on the neckline and sleeves; cream sharara; pink dupatta with a
    # gold border; gold jhumkas; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-027",
        caption("a woman in a white and gold dress with a pink scarf", "contradiction"),
        color_of("kurta", "white"),
        open_color("sharara", "white"),
        open_color("dupatta", "white", "other_garment_color"),
        details("kurta", "the kurta has gold embroidery on the neckline and sleeves"),
        material("silk", "unsupported"),
        title="Inddus Women Cream-Coloured & Gold Embroidered Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: maroon flared kalidar kurta with green piping; green palazzos; maroon-and-green dupatta draped over the
    # shoulders and arms; white backdrop, profile view showing the flare. Caption: base; answers: VQA adapter.
    case(
        "X859-028",
        caption("a woman in a red kurta and green pants"),
        color_of("kurta", "maroon"),
        open_color("palazzos", "maroon", "other_garment_color"),
        open_color("dupatta", "maroon and green"),
        wearing(
            "a maroon kurta with green piping, green palazzo pants and a maroon and green dupatta draped over her "
            "shoulders and arms and she is",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Anouk Women Maroon & Green Kalidar Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: white kurta with white chikankari embroidery all over, round neck, three-quarter sleeves; white
    # palazzos; white mulmul dupatta; pastel pink backdrop wall. Caption: base; answers: VQA adapter.
    case(
        "X859-029",
        caption("a woman in a white kurta standing in front of a pink wall"),
        color_of("kurta", "white"),
        open_color("palazzos", "white"),
        open_color("dupatta", "pink", "contradiction"),
        describe(
            "kurta", "the kurta is white with white embroidery all over, it has a round neck and three quarter sleeves"
        ),
        pattern("embroidered"),
        wearing(
            "a white kurta, white pants, white dupatta, white, white, white, white, white, white, white, white, white, "
            "white, white, white",
            "loop",
            hit_limit=True,
        ),
        material("georgette", "unsupported"),
        title="Libas Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: mustard kurta with red leheriya diagonal stripes; red sharara with a gota lace border, no zip visible;
    # mustard-and-red leheriya dupatta; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-030",
        caption("a woman in a yellow and red striped outfit"),
        color_of("kurta", "red", "contradiction"),
        open_color("sharara", "red"),
        open_color("dupatta", "yellow and red"),
        wearing("he is wearing a yellow kurta with red stripes and red pants", "pronoun"),
        pattern("striped"),
        details("sharara", "the sharara is red with a gota lace border and a side zip", "unsupported"),
        title="Varanga Women Mustard & Red Leheriya Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy straight cotton kurta, solid, white cross-stitch at the round neck, three-quarter sleeves; white
    # trousers; no dupatta; white sneakers; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-031",
        caption("a woman in a blue kurta and white pants and white sneakers"),
        color_of("kurta", "navy blue"),
        open_color("trousers", "navy blue", "other_garment_color"),
        wearing("a black kurta and white pants", "contradiction"),
        details("kurta", "the kurta has a round neck with white embroidery and three quarter sleeves"),
        is_a("kurta", "yes"),
        material("denim", "unsupported"),
        title="W Women Navy Blue Solid Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach kurta with a blue floral print; plain blue palazzos, no lace; peach dupatta; white backdrop.
    # Caption: base (it looped); answers: VQA adapter.
    case(
        "X859-032",
        caption(
            "a woman in a peach kurta with blue flowers and blue pants and a peach dupatta and blue pants and a peach "
            "dupatta and blue pants and a peach dupatta and blue",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "peach"),
        open_color("palazzos", "blue"),
        open_color("dupatta", "blue", "other_garment_color"),
        wearing("a peach floral kurta with blue palazzos and a peach dupatta"),
        pattern("floral"),
        details("palazzos", "the palazzos are blue with a peach lace border", "unsupported"),
        title="Global Desi Women Peach-Coloured & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: green kurta with a pink embroidered yoke; green churidar; pink dupatta with a thin gold lace border;
    # white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-033",
        caption("a woman in a green and pink kurta"),
        color_of("kurta", "green"),
        open_color("churidar", "pink", "other_garment_color"),
        open_color("dupatta", "pink"),
        describe("dupatta", "the dupatta is pink with a gold border"),
        wearing("Answer: a green kurta", "leak"),
        material("material", "non_answer"),
        title="Sangria Women Green & Pink Yoke Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: royal blue straight kurta, solid, three-quarter sleeves with gold lace at the cuffs and hem; royal blue
    # palazzos; no dupatta; no jewellery; white backdrop. The row has no color. Caption: base; answers: VQA adapter.
    case(
        "X859-034",
        caption("a woman in a blue kurta and blue pants"),
        color_of("kurta", "blue"),
        open_color("palazzos", "blue"),
        describe("kurta", "the kurta is blue with gold lace at the sleeves and the hem"),
        wearing("a blue kurta with blue pants and a gold necklace", "unsupported"),
        pattern("solid"),
        sleeves("sleeveless", "contradiction"),
        title="Aurelia Women Blue Solid Kurta with Palazzos",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: black kurta with a white geometric print, round neck, no buttons; white palazzos with a small black
    # print; black-and-white dupatta with tassels; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-035",
        caption("a woman in a black and white kurta"),
        color_of("kurta", "black"),
        open_color("palazzos", "black", "other_garment_color"),
        open_color("dupatta", "black and white"),
        wearing(
            "the woman is wearing a black and white printed kurta with white palazzos and a black and white dupatta "
            "with tassels on the ends of the dupatta and the dupatta",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mandarin collar with gold buttons", "unsupported"),
        title="Ishin Women Black & White Geometric Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: purple kurta with a silver foil print; purple sharara; sheer silver-grey dupatta with silver foil dots;
    # white backdrop. Fabric not named by the seller (matte). Caption: base; answers: VQA adapter.
    case(
        "X859-036",
        caption("a woman in a purple kurta and purple sharara pants with a silver dupatta"),
        color_of("kurta", "purple"),
        open_color(
            "sharara",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple",
            "loop",
            hit_limit=True,
        ),
        open_color("dupatta", "silver"),
        wearing("he is wearing a purple kurta and a purple sharara", "pronoun"),
        describe("dupatta", "the dupatta is silver grey and sheer with silver foil dots"),
        material("satin", "unsupported"),
        title="Libas Women Purple Foil Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: turquoise kurta with a white floral print, round neck, short sleeves, straight hem, side slits; white
    # palazzos; no dupatta; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-037",
        caption("a woman wearing a turquoise kurta and white palazzo pants"),
        color_of("kurta", "green", "contradiction"),
        open_color("palazzos", "white"),
        wearing("a blue kurta and blue pants", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a round neck, short sleeves and a white floral print all over and the hem is straight with "
            "side slits and the sleeves have a",
            "cut",
            hit_limit=True,
        ),
        describe("palazzos", "white", "non_answer"),
        is_a("kurta", "yes"),
        material("the garment is made of cotton"),
        title="Shree Women Turquoise Blue Floral Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: mustard kurta with green thread embroidery on the neckline and sleeves, three-quarter sleeves, front
    # view only; green palazzos; green dupatta with a mustard border; white backdrop. Caption: base; answers: VQA.
    case(
        "X859-038",
        caption("a woman in a yellow kurta with green pants and a green dupatta"),
        color_of("kurta", "yellow"),
        open_color("palazzos", "yellow", "other_garment_color"),
        open_color("dupatta", "green"),
        wearing(
            "Question: What is the person wearing? Answer: the person is wearing a yellow kurta and green pants. "
            "Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has green embroidery on the neckline and the sleeves and a tie-up at the back",
            "unsupported",
        ),
        sleeves("three-quarter sleeves"),
        title="Anouk Women Mustard Yellow & Green Thread Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink floor-length anarkali with a gold print, round neck, full sleeves, gold border at the hem; pink
    # churidar barely visible; pink net dupatta with a gold border; white backdrop. Caption: base; answers: VQA.
    case(
        "X859-039",
        caption("a woman in a long pink anarkali with gold print"),
        color_of("kurta", "pink"),
        open_color("churidar", "pink"),
        open_color("dupatta", "Answer: pink", "leak"),
        garment("dress", "contradiction"),
        describe(
            "kurta",
            "the kurta is a floor length anarkali with a flared hem and gold print. it has a round neck and full "
            "sleeves and a gold border at the hem and",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Pink Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: red kurta with black ethnic motifs; black palazzos; no dupatta; plain black flats; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X859-040",
        caption("a woman in an orange kurta and black pants", "contradiction"),
        color_of("kurta", "red"),
        open_color("palazzos", "red", "other_garment_color"),
        wearing("a red kurta with black pants and black juttis with gold embroidery", "unsupported"),
        pattern("printed"),
        details("palazzos", "the palazzo details are the palazzos", "restated"),
        title="Janasya Women Red & Black Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: lime green kurta with a pink floral print, round neck; pink sharara; lime green dupatta with a pink
    # print; small gold earrings, no bangles; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-041",
        caption("a woman in a green and pink kurta with green pants", "other_garment_color"),
        color_of("kurta", "pink", "contradiction"),
        open_color("sharara", "pink"),
        open_color("dupatta", "green"),
        wearing("a green kurta, pink sharara pants, a green dupatta, green bangles and green earrings", "unsupported"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a round neck and a pink floral print"),
        title="Nayo Women Lime Green & Pink Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: teal kurta with gold embroidery on the yoke and sleeves only (no mirror work, no sequins); teal
    # trousers; gold-beige dupatta; white backdrop, front. Caption: base; answers: VQA adapter.
    case(
        "X859-042",
        caption("a woman in a green kurta with gold embroidery"),
        color_of("kurta", "teal"),
        open_color("trousers", "teal green"),
        open_color("dupatta", "teal", "other_garment_color"),
        wearing("a teal kurta, teal trousers and a beige dupatta"),
        details(
            "kurta",
            "the kurta has gold embroidery on the yoke and sleeves, it also has mirror work and sequins all over the "
            "kurta",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        describe("trousers", "the trousers are teal trousers", "restated"),
        title="Indo Era Women Teal Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white kurta with a blue floral print; blue palazzos; blue dupatta; blue juttis; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X859-043",
        caption("a man in a white kurta and blue pants", "pronoun"),
        color_of("kurta", "white"),
        open_color("palazzos", "blue"),
        open_color("dupatta", "white", "other_garment_color"),
        wearing("a white and blue floral kurta with blue palazzos and blue shoes"),
        describe("kurta", "Answer: the kurta is white with blue flowers", "leak"),
        title="Khushal K Women White & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: rust-brown kurta with a cream floral print, V-neck, three-quarter sleeves; cream palazzos; no dupatta;
    # white backdrop. The seller says Brown though it looks rust. Caption: base; answers: VQA adapter.
    case(
        "X859-044",
        caption("a woman in a brown kurta and white pants"),
        color_of("kurta", "brown"),
        open_color("palazzos", "cream"),
        wearing(
            "the person is wearing a brown kurta and cream pants and the person is wearing a brown kurta and cream "
            "pants and the person is",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a brown kurta with a cream floral print, a v neck and three quarter sleeves"),
        material("Question: What material is the garment made of? Answer: rayon", "leak"),
        pattern("solid", "contradiction"),
        title="AKS Women Brown Floral Printed Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: baby pink kurta with grey thread embroidery on the front and the sleeves; grey palazzos; pink-and-grey
    # dupatta; white backdrop. Caption: base; answers: VQA adapter (the wearing answer came back empty).
    case(
        "X859-045",
        caption("a woman in a white kurta and grey pants", "contradiction"),
        color_of("kurta", "pink"),
        open_color("palazzos", "pink", "other_garment_color"),
        open_color("dupatta", "pink and grey"),
        details("kurta", "the kurta has grey thread embroidery on the front and the sleeves"),
        is_a("dress", "no"),
        wearing("", "non_answer"),
        title="Mokshi Women Pink & Grey Thread Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: charcoal grey kurta with a yellow block print, round neck, long sleeves, straight hem, side slits;
    # yellow churidar; yellow dupatta; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X859-046",
        caption("a woman in a grey kurta with yellow leggings and a yellow scarf"),
        color_of("kurta", "grey"),
        open_color("churidar", "grey", "other_garment_color"),
        open_color("dupatta", "yellow"),
        wearing(
            "the person is wearing a grey kurta with yellow print and yellow churidar and a yellow dupatta with a "
            "yellow dupatta with a yellow dupatta with a",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        describe(
            "kurta",
            "the kurta is charcoal grey with a yellow block print, a round neck, long sleeves, a straight hem and side "
            "slits and it is paired with a yellow",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Women Charcoal Grey & Yellow Block Printed Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
]
