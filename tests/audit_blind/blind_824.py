"""BLIND_824 (46 products; old Myntra ethnic wear and tops, base zero-shot): written blind in the fifty-sixth session.
Measured blind at 030e815 (the session's second rules): 112/135 failures found (83.0%) and 16/197 correct texts flagged
(8.1%). The writer's notes, verbatim:

Scenario: the older Myntra feed (short product names such as "Biba Women Pink Kurta"), women's ethnic wear (kurtas,
kurtis, tunics, sarees, churidars, leggings) and western tops and shirts. The photos are the shared photos' kind:
224x224 catalog shots on a white backdrop, the model mostly in full or three-quarter view, wearing the product with
other clothes (churidars, palazzos, jeans, dupattas, an open blazer) and jewellery or a clutch. Catalog columns are
title, category (the seller's article type), color (the seller's base colour) and gender; a few rows lack one.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, with the
`Question: ... Answer:` prompt (30 new tokens for answers, 50 for the caption). Closed answers (garment type, color,
pattern, sleeve length, the yes/no "Is this a ...?") are enrich's `--engine reference` picking one candidate with
the same base model, so they never loop or stop short; their failures are wrong picks, most often the color of the
churidar, palazzo, jeans or dupatta. Captions and open answers are free generation: short and lowercase, the base
model's habits. It mostly stops on the newline, so loops and cuts are rarer than with the old adapters and appear in
long "Describe"/"details" answers; it sometimes goes on with the next `Question: ... Answer:` itself, answers an open
question with one word or "yes", echoes the question, says "he" or "a man" for women, and invents pockets, zips,
belts, dupattas and fabrics.

Labeling conventions and judgement calls:
- One failure per text, the most visible: a loop is "loop" even when what it repeats is also wrong; an answer that
  runs to the limit and stops mid-phrase is "cut" even if it invented a detail before stopping.
- A shade is correct when it falls in the same coarse color group as what the photo shows (navy or sky blue "blue",
  maroon "red", peach "pink", magenta "pink", rust "orange"); a color of another group is a contradiction, and the
  color of another garment in the photo (churidar, palazzo, jeans, dupatta, blouse, blazer) is other_garment_color.
- A text about a second garment that gives it the product's color ("green" jeans under a green kurti) is a
  contradiction, not other_garment_color: the product's color is right, the jeans are wrong.
- Free-text names: a long anarkali or a calf-length kurta called a "dress", a short kurti called a "top", a sari
  spelt "sari", a tunic called a "dress" in a caption are correct. A closed garment_type pick that differs from the
  seller's article type is a contradiction, except "top" for a hip-length kurti (a near synonym).
- Closed picks describing a layered garment instead of the product (the blazer's "long sleeves", "jacket") are
  contradictions.
- Material: correct when the title states it or the photo plainly shows it (denim, satin sheen); any other fabric
  claim ("cotton", "silk", "linen", "wool") is unsupported, even when plausible. A color given as the material is a
  non_answer.
- non_answer: "yes"/"no", "i don't know", the garment's name alone, or a bare color for "Describe the ..."; restated:
  a sentence that only echoes the question ("the details of the kurta are the kurta", the question itself).
- "a man in ..." in a caption of a Women product is labeled pronoun, like "he is wearing ...".
- Leaks are the base model continuing the prompt format (`Question: ... Answer: ...`) after or instead of an answer;
  hit_limit is set where the leak ran on to the token limit.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_824 = [
    # photo: knee-length pink straight kurta with a small white floral print, three-quarter sleeves, white churidar,
    # silver jhumkas; white backdrop, front view. All texts by the base model zero-shot; closed picks by reference.
    case(
        "X824-001",
        caption("a woman in a pink kurta and white leggings"),
        wearing("a pink kurta", who="she"),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "it is a pink kurta with white flowers"),
        details(
            "kurta",
            "the kurta has a round neck with a small slit at the front and three quarter sleeves with a white border"
            " at the cuffs and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Biba Women Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: navy sleeveless top with white polka dots, worn with light blue jeans; white backdrop, front view.
    # Base model zero-shot for the caption and open answers; reference engine for the closed picks.
    case(
        "X824-002",
        caption("a woman wearing a blue top and jeans"),
        wearing("a blue top and jeans"),
        Q.color("light blue", "other_garment_color"),
        Q.pattern("polka dots"),
        Q.sleeve_length("sleeveless"),
        describe("top", "top", "non_answer"),
        details("top", "the top has a zipper on the back", "unsupported"),
        is_a("top", "yes"),
        title="Vero Moda Women Navy Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard A-line kurta with a rust block-printed border at the hem, long sleeves, white palazzo pants;
    # the model holds a small brown clutch; white backdrop. Base model zero-shot; closed picks by reference.
    case(
        "X824-003",
        caption("a woman in a yellow kurta and white pants holding a purse"),
        wearing("a yellow kurta and white palazzo pants"),
        Q.color("white", "other_garment_color"),
        describe("kurta", "the kurta is yellow with a red border at the bottom"),
        details(
            "kurta",
            "the kurta has a red border at the bottom and the sleeves are long and the kurta has a red border at the"
            " bottom and the sleeves are long and the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("linen", "unsupported"),
        title="W Women Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: white peasant top with eyelet embroidery, short puff sleeves, blue jeans; white backdrop, three-quarter
    # view. Base model zero-shot; closed picks by reference.
    case(
        "X824-004",
        caption("a woman wearing a white blouse and blue jeans"),
        wearing("white blouse", who="she"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Only Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: bottle-green knee-length kurta with small white printed buttas, mandarin collar, placket with wooden
    # buttons, long sleeves, off-white straight pants; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-005",
        caption("a woman in a green kurta with white pants"),
        wearing("he is wearing a green kurta", "pronoun", who="she"),
        Q.color("dark green"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("printed"),
        details("kurta", "it has a collar and buttons down the front"),
        Q.material("khadi cotton handwoven in rajasthan", "unsupported"),
        title="Fabindia Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: cobalt-blue peasant top with a white and orange tribal print, tasselled tie at the neck, three-quarter
    # bell sleeves, white jeans; white backdrop, hand on hip. Base model zero-shot; reference closed picks.
    case(
        "X824-006",
        caption("a woman in a blue and white top and white jeans"),
        wearing("a blue top with white pants"),
        Q.color("blue"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("top", "the top is blue with a tassel at the neck and a pocket on the chest", "unsupported"),
        details(
            "top",
            "the top has a tie at the neck with tassels and the sleeves are wide at the bottom and it has an orange"
            " and white print on the front and back and",
            "cut",
            hit_limit=True,
        ),
        title="Global Desi Women Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon ankle-length anarkali kurta with gold zari embroidery on the yoke, full sleeves, maroon churidar,
    # a gold dupatta draped on one shoulder; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-007",
        caption("a woman in a long red dress with a gold scarf"),
        wearing("a red and gold saree", "contradiction"),
        Q.color("gold", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "the kurta is red with gold embroidery on the neck and the kurta is red with gold embroidery on the neck"
            " and the kurta is red with gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        title="Anouk Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: black crepe top with a white geometric print, short flutter sleeves, round neck, blue jeans; white
    # backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-008",
        caption("a woman wearing a black and white top and blue jeans"),
        wearing("black top and jeans", who="she"),
        Q.color("black"),
        Q.pattern("geometric"),
        Q.sleeve_length("short sleeves"),
        details("top", "the details of the top are on the top", "restated"),
        Q.material("chiffon", "unsupported"),
        title="Jealous 21 Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: red georgette saree with a black paisley-printed border, pallu over the left shoulder, black sleeveless
    # blouse; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-009",
        caption("a woman in a red saree"),
        wearing("a red sari"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("saree"),
        Q.pattern("printed"),
        describe("saree", "the saree is red with a black border and a black blouse"),
        details("saree", "Question: What is the color of the blouse? Answer: black", "leak"),
        Q.material("pure chiffon", "unsupported"),
        title="Satya Paul Women Red Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: the product is beige ankle-length leggings, seen below a knee-length teal printed kurta that covers most
    # of the frame; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-010",
        caption("a woman wearing a blue dress and tan leggings"),
        wearing("a blue kurta and leggings"),
        Q.color("teal", "other_garment_color"),
        Q.garment_type("kurta", "contradiction"),
        color_of("leggings", "beige", kind="open"),
        describe("leggings", "yes", "non_answer"),
        Q.material("spandex", "unsupported"),
        title="Go Colors Women Beige Leggings",
        category="Leggings",
        color="Beige",
        gender="Women",
    ),
    # photo: off-white calf-length chikankari kurta (white-on-white embroidery), three-quarter sleeves, off-white
    # palazzos, a pastel pink dupatta over the arms; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-011",
        caption("a woman in a white outfit with a pink scarf"),
        wearing("white kurta and pants with a pink dupatta", who="she"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("embroidered"),
        describe("kurta", "white", "non_answer"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        title="Libas Women Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: white boat-neck top with navy horizontal stripes, long sleeves, navy trousers; white backdrop. The row
    # has no color column. Base model zero-shot; reference closed picks.
    case(
        "X824-012",
        caption("a woman wearing a striped shirt and blue pants"),
        wearing("striped shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        details(
            "top",
            "the top has a boat neck and long sleeves and a striped pattern and a boat neck and long sleeves and a"
            " striped pattern and a boat",
            "loop",
            hit_limit=True,
        ),
        describe("top", "a white and blue striped top with a hood", "unsupported"),
        Q.material("linen", "unsupported"),
        title="Mango Women Striped Top",
        category="Tops",
        gender="Women",
    ),
    # photo: pale peach sleeveless kurta with gold foil print, round neck, side slits, white leggings, gold bangles;
    # white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-013",
        caption("a woman in a peach kurta and white leggings"),
        wearing("peach kurta and leggings", who="she"),
        Q.color("orange", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("printed"),
        describe("kurta", "a peach kurta with gold print and a belt at the waist", "unsupported"),
        Q.material("Question: What material is the garment made of? Answer: cotton Question:", "leak"),
        title="Aurelia Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: red wrap top with a V-neck, long sleeves and a tie at the waist, black trousers; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-014",
        caption("a woman in a red top and black pants"),
        wearing("a red wrap top and black trousers"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details("top", "it has a v neck and a tie at the waist"),
        describe(
            "top",
            "the top is red and it is a wrap top with a v neck and long sleeves and it has a tie on the side of the"
            " waist that you can tie in a",
            "cut",
            hit_limit=True,
        ),
        is_a("top", "yes"),
        title="Vero Moda Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: indigo straight kurta with an all-over white dabu floral print, three-quarter sleeves, white churidar;
    # white backdrop, slightly turned. Base model zero-shot; reference closed picks.
    case(
        "X824-015",
        caption("a man in a blue and white kurta", "pronoun"),
        wearing("blue kurta with white print", who="she"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "the kurta is blue with white flowers on it, the kurta is blue with white flowers on it, the kurta is"
            " blue with white flowers",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Soch Women Blue Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: lemon-yellow camisole with thin straps and lace trim at the neckline, light denim shorts; white
    # backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-016",
        caption("a woman in a yellow tank top and denim shorts"),
        wearing("tank top"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("top", "the top details are on the top", "restated"),
        describe("top", "a yellow top with lace trim at the neck"),
        Q.material("silk satin", "unsupported"),
        is_a("top", "yes"),
        title="Forever 21 Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: hip-length olive kurti with mirror work on the yoke, three-quarter sleeves, blue jeans; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-017",
        caption("a woman wearing a green top and jeans"),
        wearing("she is wearing a green top", who="she"),
        Q.color("olive"),
        color_of("jeans", "green", "contradiction", kind="open"),
        Q.pattern("embroidered"),
        describe("kurti", "the kurti is green with mirror work on the neck and a pocket on the side", "unsupported"),
        Q.garment_type("top"),
        Q.material("cotton Answer: cotton", "leak"),
        title="Biba Women Green Kurti",
        category="Kurtis",
        color="Olive",
        gender="Women",
    ),
    # photo: purple knit top with a white "PARIS" graphic, short sleeves, black jeans; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-018",
        caption("a woman wearing a purple t - shirt with the word paris on it"),
        wearing("purple shirt"),
        Q.color("purple"),
        Q.pattern("graphic"),
        Q.garment_type("top"),
        details("top", "the top has writing on it that says paris"),
        describe("top", "describe the top", "restated"),
        Q.material("purple", "non_answer"),
        title="Mineral Women Purple Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: orange A-line kurta with a pink contrast yoke and pink piping, three-quarter sleeves, pink churidar;
    # white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-019",
        caption("a woman in an orange and pink dress"),
        wearing("an orange kurta and pink pants"),
        Q.color("pink", "other_garment_color"),
        color_of("pants", "orange", "contradiction", kind="open"),
        describe(
            "kurta",
            "orange kurta with pink yoke and three quarter sleeves. Question: What is the color of the pants? Answer:"
            " pink",
            "leak",
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton silk blend", "unsupported"),
        title="Rangriti Women Orange Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: white formal shirt, long sleeves, tucked into a navy pencil skirt; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-020",
        caption("a woman wearing a white shirt and a blue skirt"),
        wearing("he is wearing a white shirt and a blue skirt", "pronoun", who="she"),
        Q.color("white"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.garment_type("shirt"),
        details("shirt", "the shirt has buttons down the front and a collar"),
        Q.material("cotton", "unsupported"),
        title="Taurus Women White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: navy straight kurta with a white and red floral print, three-quarter sleeves, white palazzo; white
    # backdrop. The row has no gender column. Base model zero-shot; reference closed picks.
    case(
        "X824-021",
        caption("a woman wearing a blue floral dress and white pants"),
        wearing("a kurta"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        details(
            "kurta",
            "the kurta is floral print with a round neck and three quarter sleeves and a round neck and three quarter"
            " sleeves and a round neck and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Shree Women Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # photo: black peplum top with white lace panels over the shoulders, cap sleeves, dark blue jeans; white
    # backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-022",
        caption("a woman in a black top and jeans"),
        wearing("black and white top with blue jeans"),
        Q.color("dark blue", "other_garment_color"),
        Q.sleeve_length("cap sleeves"),
        describe("top", "the top is black with white lace on the shoulders and a flared bottom"),
        details(
            "top",
            "the top has white lace on the shoulders and a peplum at the waist, it has a zip at the back and the"
            " sleeves are short and the lace is",
            "cut",
            hit_limit=True,
        ),
        Q.material("i don't know", "non_answer"),
        title="Harpa Women Black Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: long multicolor patchwork-print kurta (red, blue, yellow and green blocks), three-quarter sleeves, red
    # churidar; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-023",
        caption("a woman in a colorful dress and red pants"),
        wearing("a multicolored kurta", who="she"),
        Q.color("multi"),
        Q.pattern("printed"),
        describe("kurta", "it is a kurta", "non_answer"),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Biba Women Multi Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: baby-pink chiffon top with a pleated front, short sleeves, white trousers; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-024",
        caption("a woman in a pink blouse and white pants"),
        wearing("he is wearing a pink blouse", "pronoun", who="she"),
        Q.color("white", "other_garment_color"),
        describe("top", "the top is pink"),
        details("top", "the top has pleats at the front"),
        Q.material("chiffon"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Chemistry Women Pink Chiffon Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: rust kurta with white and black running-stitch embroidery along the neckline, long sleeves, black
    # leggings; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-025",
        caption("a woman in an orange kurta and black leggings"),
        wearing("orange kurta and black leggings", who="she"),
        Q.color("black", "other_garment_color"),
        color_of("leggings", "black", kind="open"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "the kurta is orange with black and white stitching at the neck and it is made of pure silk",
            "unsupported",
        ),
        Q.material("Question: What is the color of the leggings? Answer: black", "leak"),
        title="Fabindia Women Rust Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: grey melange jersey top with cold-shoulder cut-outs, long sleeves, black skinny jeans; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-026",
        caption("a woman wearing a grey top and black pants"),
        wearing("grey shirt and black jeans"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details("top", "the top has cut outs on the shoulders"),
        describe("top", "grey", "non_answer"),
        Q.material("jersey Question: What is the color of the pants? Answer: black", "leak"),
        is_a("top", "yes"),
        title="Only Women Grey Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: sea-green sleeveless tunic with white crochet lace at the hem, round neck, white leggings; white
    # backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-027",
        caption("a woman in a green dress with white lace at the bottom"),
        wearing("green tunic", who="she"),
        Q.color("sea green"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details(
            "tunic", "the tunic has lace at the bottom and a pocket on the front and a zip on the back", "unsupported"
        ),
        title="Global Desi Women Green Tunic",
        category="Tunics",
        color="Sea Green",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold block print, three-quarter sleeves, beige palazzos, a mustard dupatta
    # around the neck; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-028",
        caption("a woman in a red kurta and a yellow scarf"),
        wearing("red kurta, yellow dupatta and beige pants"),
        Q.color("mustard", "other_garment_color"),
        color_of("dupatta", "maroon", "contradiction", kind="open"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "the kurta is red with gold print and a red with gold print and a red with gold print and a red with gold"
            " print and a red",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        title="Sangria Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: lavender formal shirt with roll-up tab sleeves buttoned at the elbow and one chest pocket, charcoal
    # trousers; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-029",
        caption("a woman in a blue shirt and grey pants", "contradiction"),
        wearing("a purple shirt"),
        Q.color("lavender"),
        details("shirt", "the shirt has roll up sleeves with tabs and a pocket on the chest"),
        describe(
            "shirt",
            "the shirt is purple and it has a collar and buttons on the front and the sleeves are rolled up and held"
            " with a tab and a button and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin", "unsupported"),
        is_a("shirt", "yes"),
        title="Arrow Women Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: turquoise sleeveless kurta with silver gota trim at the neckline and hem, white churidar, silver
    # jhumkas; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-030",
        caption("a woman in a blue dress with silver earrings"),
        wearing("she is wearing a blue kurta", who="she"),
        Q.color("turquoise"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("kurta", "the kurta is white", "other_garment_color"),
        details("kurta", "the details of the kurta are the kurta", "restated"),
        is_a("kurta", "yes"),
        title="W Women Blue Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: olive utility-style top with two flap chest pockets and roll-up sleeves, beige chinos; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-031",
        caption("a woman wearing a green shirt and khaki pants"),
        wearing("a green shirt"),
        Q.color("beige", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        details("top", "it has two pockets on the front"),
        Q.material("it is made of material", "restated"),
        title="Vero Moda Women Olive Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta straight kurta with gold foil motifs, three-quarter sleeves, white palazzo, no dupatta; white
    # backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-032",
        caption("a woman in a pink and gold kurta with white pants"),
        wearing("a pink kurta and white palazzo pants with a dupatta", "unsupported", who="she"),
        Q.color("magenta"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is pink with gold print"),
        Q.material("Question: What material is the garment made of? Answer: Cotton.", "leak"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Anouk Women Pink Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: sleeveless chambray (denim-blue) button-front top without pockets, white jeans; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-033",
        caption("a woman wearing a denim shirt and white jeans"),
        wearing("denim shirt"),
        Q.color("blue"),
        Q.material("denim"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("top", "the top has buttons on the front and two pockets on the chest", "unsupported"),
        describe("top", "blue", "non_answer"),
        is_a("top", "no", "contradiction"),
        title="Jealous 21 Women Blue Denim Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald art-silk saree with a gold zari border, pallu over the shoulder, gold brocade blouse, gold
    # necklace; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-034",
        caption("a woman in a green sari with gold border"),
        wearing("green saree", who="she"),
        Q.color("gold", "other_garment_color"),
        Q.garment_type("dress", "contradiction"),
        describe("saree", "a green saree with a gold border and a gold blouse"),
        Q.material("silk"),
        details(
            "saree",
            "the saree has a gold border and a gold blouse and a gold necklace and a gold necklace and a gold necklace"
            " and a gold necklace and",
            "loop",
            hit_limit=True,
        ),
        title="Mitera Women Green Art Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: white t-shirt with a black "GIRL POWER" slogan print, short sleeves, black jeans; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-035",
        caption("a woman wearing a white t - shirt with the words girl power"),
        wearing("a white t-shirt and black jeans", who="she"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("t-shirt", "it says girl power"),
        Q.material("the t-shirt is made of the material of the t-shirt", "restated"),
        title="Roadster Women White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: yellow sleeveless anarkali with a pink and green floral print, flared, green churidar; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-036",
        caption("a man in a yellow and green dress", "pronoun"),
        wearing("yellow kurta and green leggings"),
        Q.color("green", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        describe(
            "kurta",
            "the kurta is yellow with pink and green flowers all over it, it is long and flared at the bottom and has"
            " a round neck with a small keyhole and",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Yellow Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal satin camisole with thin straps and lace trim at the hem, under an open black blazer, black
    # trousers; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-037",
        caption("a woman wearing a black blazer and a blue top"),
        wearing("black blazer, blue top and black pants"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("top", "the top is teal with lace at the bottom"),
        details("top", "the top has adjustable straps and a hidden zip at the side", "unsupported"),
        Q.material("satin"),
        title="Femella Women Teal Satin Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: the product is a red churidar, gathered at the ankles, under a white kurta with a red print; white
    # backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-038",
        caption("a woman in a white kurta and red pants"),
        wearing("white kurta with red print and red churidar", who="she"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("kurta", "contradiction"),
        color_of("churidar", "red", kind="open"),
        describe(
            "churidar",
            "the churidar is red and it has a red and it has a red and it has a red and it has a red and it has a red",
            "loop",
            hit_limit=True,
        ),
        is_a("churidar", "yes"),
        title="Biba Women Red Churidar",
        category="Churidar",
        color="Red",
        gender="Women",
    ),
    # photo: beige ribbed crop top, short sleeves, high-waisted black flared trousers; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-039",
        caption("a woman wearing a tan top and black pants"),
        wearing("beige top and black pants"),
        Q.color("beige"),
        Q.pattern("striped", "contradiction"),
        details("top", "the top is ribbed and cropped"),
        describe("top", "no", "non_answer"),
        Q.material("wool", "unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Kraus Women Beige Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: white kurta with a blue ikat print, mandarin collar, three-quarter sleeves, blue palazzos; white
    # backdrop. The row has no color column. Base model zero-shot; reference closed picks.
    case(
        "X824-040",
        caption("a man in a blue and white kurta", "pronoun"),
        wearing("a white kurta with blue print and blue pants", who="she"),
        Q.color("white"),
        Q.pattern("printed"),
        describe("kurta", "a kurta with a collar"),
        details("kurta", "the kurta details", "restated"),
        Q.material("polyester", "unsupported"),
        Q.garment_type("kurta"),
        title="Rain & Rainbow Women Printed Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: black sheer georgette shirt with white polka dots, buttoned, over a black camisole, white trousers;
    # white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-041",
        caption("a woman wearing a black and white polka dot blouse and white pants"),
        wearing("polka dot shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("polka dots"),
        details("shirt", "Question: What are the shirt details? Answer: polka dots", "leak"),
        Q.material("georgette"),
        title="Vero Moda Women Black Georgette Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: sky-blue kurta with white thread embroidery at the neck, long sleeves, white churidar; the model holds a
    # white dupatta over one arm; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-042",
        caption("a woman in a blue kurta holding a white scarf"),
        wearing("he is wearing a blue kurta and white pants", "pronoun", who="she"),
        Q.color("light blue"),
        describe(
            "kurta",
            "the kurta is blue with white embroidery on the neck and sleeves, it has a pocket and buttons on the front,"
            " the kurta is knee length and the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "what are the kurta details?", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Biba Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: peach sleeveless top with a knot at the front, white jeans; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-043",
        caption("a woman wearing a pink top and white jeans"),
        wearing("a pink shirt and white jeans"),
        Q.color("peach"),
        Q.sleeve_length("sleeveless"),
        details("top", "it has a knot at the front"),
        describe("top", "yes", "non_answer"),
        Q.material("cotton", "unsupported"),
        title="Chemistry Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: navy kurta with thin vertical white stripes, round neck without buttons, three-quarter sleeves, grey
    # churidar; white backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-044",
        caption("a woman in a blue and white striped kurta"),
        wearing("blue striped kurta", who="she"),
        Q.color("navy blue"),
        Q.pattern("checked", "contradiction"),
        describe(
            "kurta",
            "the kurta is blue and white striped with a mandarin collar and wooden buttons",
            "unsupported",
        ),
        Q.material("the material of the garment is the garment", "restated"),
        is_a("kurta", "yes"),
        title="Fabindia Women Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lime-green sleeveless top with ruffles down the front, white skirt; white backdrop.
    # Base model zero-shot; reference closed picks.
    case(
        "X824-045",
        caption("a woman in a green top and white skirt"),
        wearing("green top with ruffles and a white skirt", who="she"),
        Q.color("green"),
        details("top", "the top has ruffles on the front"),
        describe(
            "top",
            "the top is green and has ruffles. Question: What is the color of the skirt? Answer: white. Question:"
            " What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("top", "no", "contradiction"),
        title="Mango Women Green Top",
        category="Tops",
        color="Lime Green",
        gender="Women",
    ),
    # photo: black kurta with a white geometric print and an asymmetric hem, long sleeves, white leggings; white
    # backdrop. Base model zero-shot; reference closed picks.
    case(
        "X824-046",
        caption("a woman in a black and white dress and white leggings"),
        wearing("black kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("geometric"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("kurta", "the kurta is black and white with a geometric print and an asymmetric hem"),
        details(
            "kurta",
            "the kurta has a geometric print in white and the hem is longer on one side than the other and the"
            " sleeves are long with a white",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        title="Anouk Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
]
