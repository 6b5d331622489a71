"""BLIND_600 (46 products; Myntra kurtis/tunics/tops, base BLIP-2 zero-shot): written blind in the fifty-second session.
Measured blind at 7104e1f (the session's tenth rules): 107/134 failures found (79.9%) and 16/189 correct texts flagged
(8.5%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic and fusion feed: kurtas, kurtis, kurta sets, tunics and a few western tops,
all on model shots. The model wears the product with palazzos, leggings or wide trousers, sometimes with a dupatta;
most shots are front views on a white or grey studio backdrop, a few are side or back views, crops at the chin, a
pink wall, a garden, a stool, a chair, a potted plant, a straw hat, a tote bag. Catalog columns are the feed's
title, category (Kurtas, Kurtis, Kurta Sets, Tunics, Tops), color (the seller's base colour) and gender; one row
lacks gender and one lacks category, as real feeds do.

Who wrote what: everything was written by the untuned Salesforce/blip2-opt-2.7b, zero-shot, with the
'Question: ... Answer:' prompt and max_new_tokens 30, greedy. Captions are the base model's short one-line captions.
Closed answers (garment type, color, pattern, sleeve length, the color-of questions unless marked open, the yes/no
"Is this a ...?" questions) come from enrich's --engine reference, which picks one candidate, so they never loop or
stop short; their failures are wrong picks (the palazzos' color, the backdrop's color, "dress" for a kurta). Open
answers (wearing, describe, details, material, open color-of) are free generation. The base model mostly stops
early and answers short, so loops and cuts are rarer than with the adapters; when it does not stop it repeats a
clause or keeps listing details until the limit, and now and then it goes on with a new 'Question: ... Answer:'
pair or starts with 'Answer:'. It says "a man" / "he" on crops without a face, calls kurtas dresses or shirts, and
gives the kurta the palazzos' or dupatta's color.

Labeling conventions and judgement calls:
- One label per text, the most salient failure: a loop that also invents a detail is a loop; a leak whose leaked
  pair also names a color is a leak; a text cut at the limit after an invented detail is a cut.
- other_garment_color: the product (kurta, kurti, tunic, top) is given the color of another thing worn in the
  photo (palazzos, leggings, trousers, dupatta). A color given to the palazzos/leggings that is really the kurta's,
  or a color taken from the backdrop (wall, garden) or a pattern taken from the palazzos, is a contradiction.
- contradiction also covers a wrong garment kind against the seller's category ("dress" or "shirt" for a kurta,
  "jeans" for palazzos, "no" to "Is this a kurta?" on a kurta), a wrong pattern or sleeve length for the photo.
- A tunic answered "yes" to "Is this a kurta?" is correct (an Indian tunic is a kurti); "top" or "shirt" for a
  western top is correct; "pants" for palazzos or leggings is correct.
- Shades: navy/indigo/teal/turquoise answered blue, maroon answered red, peach/coral/magenta answered pink,
  lavender/mauve answered purple, mustard answered yellow, rust answered orange, charcoal answered grey, cream or
  off-white answered white are all correct. Peach answered "orange" is labelled a contradiction (the seller's
  peach and the pale tone in the photo are pink, not orange).
- A printed garment's color is its ground color; the print color alone is not counted as the garment's color when
  the palazzos or leggings are solid in that same color (labelled other_garment_color).
- unsupported: a detail not in the photo (pockets, buttons, zip, dupatta, belt, lace, mirror work, a v-neck on a
  back view) or a material that contradicts the title's stated fabric. Viscose answered "rayon" is correct. Material
  is only asked where the title names the fabric.
- non_answer: a one-word color or garment name, "yes", "none", "clothes", or a bare "it is a kurta" / "a kurta"
  for describe, details or wearing.
  restated: the question's words given back ("the details of the kurta", "what is she wearing").
- pronoun: "a man" or "he" for a Women row, in a caption or an answer; none are set on the row without gender.
- hit_limit=True marks every text that ran to the 30-token limit (loops, cuts, one long leak).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_600 = [
    # photo: pink straight kurta with small white floral block print, 3/4 sleeves, round neck, white palazzos,
    # white backdrop, front view; all texts by base blip2-opt-2.7b (closed ones via --engine reference)
    case(
        "X600-001",
        caption("a woman in a pink kurta and white palazzo pants"),
        wearing("a white kurta with white pants", "other_garment_color", who="she"),
        Q.color("pink"),
        Q.pattern("floral"),
        details("kurta", "the kurta has a white floral print and pockets on the side", "unsupported"),
        Q.material("cotton"),
        title="Libas Women Pink Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue sleeveless A-line kurta with gold foil print, cream leggings, grey backdrop, front view;
    # base blip2-opt-2.7b wrote all texts
    case(
        "X600-002",
        caption("a woman wearing a blue dress and white leggings", "contradiction"),
        Q.color("blue"),
        color_of("leggings", "white"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        describe("kurta", "a navy blue kurta with gold print"),
        Q.material("silk", "unsupported"),
        title="W Women Navy Blue Printed Cotton A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow top with flutter short sleeves, black leggings, side pose cropped at the knee, white
    # backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-003",
        caption("a woman in a yellow top and black leggings"),
        Q.garment_type("top"),
        Q.color("black", "other_garment_color"),
        wearing("a yellow top and black leggings"),
        Q.sleeve_length("short"),
        details(
            "top",
            "the top has ruffles on the sleeves and ruffles on the sleeves and ruffles on the sleeves and ruffles on "
            "the sleeves and ruffles",
            "loop",
            hit_limit=True,
        ),
        describe("top", "yellow", "non_answer"),
        title="Harpa Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: green kurta with gold foil print and matching green palazzos with gold print at the hem, no dupatta,
    # white backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-004",
        caption("a woman in a green kurta and green pants"),
        color_of("kurta", "green"),
        color_of("palazzos", "green"),
        details("kurta", "gold print on the kurta and on the palazzos"),
        Q.material("the material is a material", "restated"),
        wearing("Question: What is the person wearing? Answer: a green kurta", "leak"),
        title="Biba Women Green & Gold-Toned Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: off-white kurti with blue indigo block print and a blue border at the hem, 3/4 sleeves, solid blue
    # palazzos, white backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-005",
        caption("a woman wearing a white and blue kurta with blue pants"),
        Q.color("blue", "other_garment_color"),
        color_of("palazzos", "blue"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        describe("kurti", "a white kurti with a blue print and a blue border at the bottom"),
        wearing(
            "she is wearing a white kurta and blue palazzo pants and a white kurta and blue palazzo pants and a "
            "white kurta and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Anouk Women Off-White & Blue Printed Kurti with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: maroon straight kurta, 3/4 sleeves, slit neck with gold embroidery on neck and yoke, beige leggings,
    # cropped at the chin (no face), front view, white backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-006",
        caption("a man in a red kurta", "pronoun"),
        Q.garment_type("kurta"),
        Q.color("red"),
        color_of("leggings", "red", "contradiction"),
        Q.pattern("solid"),
        details(
            "kurta",
            "gold embroidery around the neck and on the yoke, a slit at the front of the neck, three quarter "
            "sleeves and a straight hem with side",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="Aurelia Women Maroon Solid Rayon Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: yellow A-line kurta with white floral print, 3/4 sleeves, white palazzos, grey backdrop, front view;
    # base blip2-opt-2.7b wrote all texts
    case(
        "X600-007",
        caption("a woman wearing a yellow floral kurta and white palazzos"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short", "contradiction"),
        describe("kurta", "the kurta is yellow with a white floral print"),
        details("kurta", "the details of the kurta are", "restated"),
        wearing("she is wearing a yellow kurta with white palazzos"),
        title="Rain & Rainbow Women Yellow Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal sleeveless top with a tie-knot at the front, white wide-leg palazzos, grey studio backdrop, front
    # view only; base blip2-opt-2.7b wrote all texts
    case(
        "X600-008",
        caption("a woman in a blue top and white pants"),
        Q.garment_type("top"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        details("top", "a knot at the front"),
        describe("top", "it is a teal top with a knot at the front and a zip at the back", "unsupported"),
        wearing("clothes", "non_answer"),
        title="Vero Moda Women Teal Blue Solid Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: multicoloured ikat-print tunic (blue, orange, white), long sleeves with tie cuffs, navy leggings, white
    # backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-009",
        caption("a woman in a colorful tunic and blue leggings"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        wearing("a multicolored tunic and blue leggings"),
        details(
            "tunic",
            "the tunic has a tie at the waist and a tie at the waist and a tie at the waist and a tie at the waist and",
            "loop",
            hit_limit=True,
        ),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Global Desi Women Multicoloured Ikat Printed Cotton Tunic",
        category="Tunics",
        color="Multi",
        gender="Women",
    ),
    # photo: peach kurta with white thread embroidery on the yoke, white palazzos, white backdrop, front view;
    # base blip2-opt-2.7b wrote all texts
    case(
        "X600-010",
        caption("a woman wearing an orange kurta and white pants", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("embroidered"),
        details("kurta", "white embroidery on the yoke"),
        describe("kurta", "a peach kurta with white embroidery and mirror work on the sleeves", "unsupported"),
        is_a("kurta", "yes"),
        wearing("he is wearing a peach kurta and white pants", "pronoun", who="she"),
        title="Sangria Women Peach Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: mustard kurta with rust paisley print, round neck, solid rust palazzos, white backdrop, front view;
    # base blip2-opt-2.7b wrote all texts
    case(
        "X600-011",
        caption("a woman in an orange kurta and orange pants", "other_garment_color"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow", "contradiction"),
        Q.pattern("paisley"),
        wearing("a yellow and orange outfit"),
        Q.material("silk"),
        details("kurta", "it is a yellow kurta with a paisley print and a v-neck", "unsupported"),
        title="Soch Women Mustard Yellow & Rust Paisley Printed Chanderi Silk Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: indigo kurta with white dabu print, no pockets, white churidar leggings, model holding a beige jute
    # tote, white backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-012",
        caption("a woman in a blue kurta holding a bag"),
        Q.color("blue"),
        Q.pattern("printed"),
        color_of("leggings", "white"),
        details("kurta", "the kurta has a white print and a pocket", "unsupported"),
        describe("kurta", "blue", "non_answer"),
        Q.material("cotton"),
        is_a("dress", "yes", "contradiction"),
        title="Fabindia Women Indigo Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red top with small white floral print, puff short sleeves, black leggings, model seated on a white
    # stool, 3/4 view, white backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-013",
        caption("a woman sitting on a stool wearing a red floral top and black leggings"),
        Q.garment_type("top"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        wearing("a red dress and black leggings", "contradiction"),
        describe("top", "red", "non_answer"),
        details("top", "puff sleeves Question: What is the pattern of the top? Answer: floral", "leak"),
        title="Tokyo Talkies Women Red Floral Printed Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: blue and white vertical striped kurta with notched neck, 3/4 sleeves, solid blue palazzos, white
    # backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-014",
        caption("a woman wearing a blue and white striped kurta and blue pants"),
        Q.pattern("checked", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("three-quarter"),
        wearing("a striped shirt and blue jeans", "contradiction"),
        details("kurta", "the kurta has vertical stripes and a notched neck"),
        Q.material("the garment is made of the material", "restated"),
        title="Jaipur Kurti Women Blue & White Striped Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta kurta with gold zari embroidery, off-white palazzos, gold-toned dupatta over one shoulder,
    # white backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-015",
        caption("a woman in a pink kurta and a gold scarf"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("embroidered"),
        color_of("dupatta", "gold", kind="open"),
        describe(
            "kurta",
            "a pink kurta with gold embroidery on the neck and the sleeves and the hem and the neck and the "
            "sleeves and the hem and the",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink kurta, white pants and a gold dupatta", who="she"),
        title="Varanga Women Magenta Zari Embroidered Silk Blend Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: white top with crochet lace at the neck, long sleeves, navy leggings, pale pink wall behind, front
    # view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-016",
        caption("a woman in a white top standing in front of a pink wall"),
        Q.color("pink", "contradiction"),
        Q.garment_type("top"),
        Q.sleeve_length("long"),
        details("top", "the top details", "restated"),
        wearing("a white top and blue leggings"),
        describe("top", "Answer: a white top with lace", "leak"),
        title="Roadster Women White Solid Top with Lace Detail",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black kurta with red and white bandhani dot print, 3/4 sleeves, solid red palazzos, white backdrop,
    # front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-017",
        caption("a woman in a black and red kurta and red pants"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("palazzos", "red"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        details("kurta", "kurta", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        wearing("black kurta with red palazzo Question: What is the color of the kurta? Answer: black", "leak"),
        title="Khushal K Women Black & Red Bandhani Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: sea green straight kurta with white floral print, 3/4 sleeves, round neck, side slits, white
    # leggings, white backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-018",
        caption("a woman wearing a green kurta with white flowers"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe(
            "kurta",
            "a green kurta with white flowers, a round neck, three quarter sleeves, side slits, a straight hem and a "
            "pair of white leggings with a white",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "side slits and a round neck with a button placket at the front", "unsupported"),
        Q.material("rayon"),
        wearing("she is wearing a white kurta and white leggings", "other_garment_color", who="she"),
        title="AKS Women Sea Green Floral Printed Rayon Straight Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: rust kurta with gold gota lace at the hem, 3/4 sleeves, matching rust palazzos, no dupatta, white
    # backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-019",
        caption("a woman in an orange kurta and orange pants"),
        Q.color("orange"),
        color_of("palazzos", "orange"),
        Q.pattern("solid"),
        details("kurta", "gold lace at the hem"),
        describe("kurta", "it is a kurta", "non_answer"),
        wearing("a orange kurta with orange palazzos and a orange dupatta", "unsupported"),
        Q.sleeve_length("long", "contradiction"),
        title="Anouk Women Rust Orange Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: lavender tunic with white chikan-look print, mandarin collar, button placket, white leggings, cropped
    # at the chin, front view, white backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-020",
        caption("a person wearing a purple dress and white leggings", "contradiction"),
        Q.garment_type("tunic"),
        Q.color("purple"),
        wearing("he is wearing a purple shirt and white pants", "pronoun"),
        details("tunic", "a mandarin collar and a button placket"),
        is_a("kurta", "yes"),
        describe("tunic", "a purple tunic with a white print"),
        title="Juniper Women Lavender Printed Tunic",
        category="Tunics",
        color="Lavender",
        gender="Women",
    ),
    # photo: grey melange kurta with black thread embroidery at the neck, black palazzos, white backdrop, front
    # view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-021",
        caption("a woman in a gray kurta and black pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        color_of("palazzos", "black"),
        describe("kurta", "a grey kurta with black embroidery on the neckline"),
        Q.material("cotton Question: What is the color of the kurta? Answer: grey", "leak"),
        details("kurta", "the details", "non_answer"),
        title="Melange by Lifestyle Women Grey Melange Solid Cotton Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy top with pink and white floral print, short ruffled sleeves, white wide-leg trousers, model
    # holding a beige straw hat in one hand (not worn), white backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-022",
        caption("a woman holding a straw hat wearing a blue floral top and white pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        wearing("she is wearing a blue and white floral top with white pants and a white hat", "unsupported"),
        details("top", "the top details are the details of the top", "restated"),
        describe("top", "a navy blue top with pink and white flowers and ruffled sleeves"),
        title="Dorothy Perkins Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: turquoise anarkali kurta with small white print, flared, white churidar leggings, BACK view showing a
    # tie-up with tassels at the back neck, white backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-023",
        caption("a woman in a blue kurta seen from the back"),
        Q.garment_type("dress", "contradiction"),
        Q.color("blue"),
        Q.pattern("printed"),
        describe("kurta", "a blue kurta with a flared hem and a deep v-neck", "unsupported"),
        details("kurta", "a tie-up at the back with tassels"),
        wearing("a blue kurta and white leggings"),
        title="Biba Women Turquoise Blue Printed Anarkali Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: olive green kurta with pin-tuck yoke and v-neck, olive palazzos, pink and olive printed dupatta,
    # white backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-024",
        caption("a woman in a green kurta with a pink scarf"),
        color_of("kurta", "green"),
        color_of("dupatta", "pink", kind="open"),
        Q.color("pink", "other_garment_color"),
        wearing("a kurta", "non_answer"),
        details(
            "kurta",
            "the kurta has a v-neck and a pleated yoke with pin tucks and a v-neck and a pleated yoke with pin "
            "tucks and",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Libas Women Olive Green Solid Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: white chikankari kurta (white-on-white embroidery), 3/4 sleeves, white palazzos, potted plant beside
    # the model, beige backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-025",
        caption("a woman in a white outfit standing next to a plant"),
        Q.color("white"),
        Q.pattern("embroidered"),
        color_of("palazzos", "white"),
        describe(
            "kurta",
            "a white kurta with white chikankari embroidery all over the front, a scalloped hem and three quarter "
            "sleeves with embroidered cuffs and a white lace border at the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta is white with green leaves", "unsupported"),
        title="Shree Women White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: black kurta with white and red floral print, 3/4 sleeves, white leggings, cropped at the chin, white
    # backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-026",
        caption("a man wearing a black shirt with flowers", "pronoun"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.garment_type("shirt", "contradiction"),
        wearing("a black kurta with white leggings"),
        describe("kurta", "he is wearing a black kurta with a floral print", "pronoun"),
        Q.sleeve_length("three-quarter"),
        title="W Women Black Floral Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: hot pink tunic, long sleeves with roll-up button tabs, no pockets, grey leggings, white backdrop,
    # front view; the feed row has no gender; base blip2-opt-2.7b wrote all texts
    case(
        "X600-027",
        caption(
            "a woman wearing a pink tunic and gray leggings and a pink tunic and gray leggings and a pink tunic and "
            "gray leggings and a pink",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tunic"),
        Q.color("pink"),
        color_of("leggings", "pink", "contradiction"),
        Q.sleeve_length("long"),
        details("tunic", "roll up sleeves with buttons"),
        describe("tunic", "pink tunic with pockets", "unsupported"),
        title="Harpa Women Pink Solid Tunic",
        category="Tunics",
        color="Pink",
    ),
    # photo: navy blue kurta with green leaf print, short sleeves, solid green palazzos, white backdrop, front
    # view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-028",
        caption("a woman in a blue and green kurta and green palazzos"),
        Q.color("green", "other_garment_color"),
        Q.pattern("printed"),
        wearing("a blue kurta with green pants"),
        describe("kurta", "a blue kurta"),
        details("kurta", "Question: What are the kurta details? Answer: the kurta has a green print", "leak"),
        Q.sleeve_length("short"),
        title="Vishudh Women Navy Blue & Green Leaf Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon sleeveless top, textured dobby dots, smocked waist, no belt, black leggings, side view, white
    # backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-029",
        caption("a woman in a red top and black leggings"),
        Q.garment_type("top"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped", "contradiction"),
        wearing("the person is wearing", "restated"),
        details("top", "smocking at the waist"),
        describe("top", "a red top with a black belt", "unsupported"),
        title="Athena Women Maroon Self-Design Smocked Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: cream kurta with red floral block print and a red border at the neck, solid red palazzos, white
    # backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-030",
        caption("a woman in a white and red kurta and red pants"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("palazzos", "red"),
        Q.pattern("floral"),
        wearing("a cream kurta and red palazzo pants", who="she"),
        details("kurta", "red flowers on a cream background with a red border at the neck"),
        Q.material("Answer: cotton Question: What is the color of the palazzos? Answer: red", "leak"),
        describe("kurta", "kurta", "non_answer"),
        title="Ahalyaa Women Cream-Coloured & Red Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: purple kurta with silver foil print, 3/4 sleeves, white leggings, outdoor shot in a garden with green
    # foliage behind; base blip2-opt-2.7b wrote all texts
    case(
        "X600-031",
        caption("a woman standing in a garden wearing a purple kurta"),
        Q.color("green", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        wearing(
            "a purple kurta and white leggings and a purple kurta and white leggings and a purple kurta and white "
            "leggings and a purple",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a purple kurta with a silver print and sequins on the yoke", "unsupported"),
        title="Rangmanch by Pantaloons Women Purple Foil Printed Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: beige linen sleeveless top with tie neck, no buttons or pockets, white wide-leg palazzo trousers,
    # white backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-032",
        caption("a woman wearing a beige top and white pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        Q.material("linen"),
        details("top", "none", "non_answer"),
        describe("top", "a beige top with a tie at the neck and buttons down the front and two pockets", "unsupported"),
        title="Mango Women Beige Solid Linen Blend Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: red kurta with gold embroidery on the yoke, 3/4 sleeves, cream palazzos, red dupatta with gold border,
    # white backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-033",
        caption("a woman in a red kurta and white pants with a red scarf"),
        Q.color("red"),
        Q.pattern("embroidered"),
        wearing("a white kurta and white pants and a red dupatta", "other_garment_color"),
        details("kurta", "Answer: gold embroidery on the yoke", "leak"),
        Q.sleeve_length("three-quarter"),
        color_of("palazzos", "red", "contradiction"),
        title="Indo Era Women Red Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: green A-line kurta with pink floral print, 3/4 sleeves, solid pink palazzos, white backdrop, front
    # view with the face visible; base blip2-opt-2.7b wrote all texts
    case(
        "X600-034",
        caption("a woman in a green kurta with pink flowers"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("floral"),
        wearing("a man in a green kurta and pink pants", "pronoun"),
        details(
            "kurta",
            "it has flowers on it and it has flowers on it and it has flowers on it and it has flowers on it and it",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        Q.material("the garment is made of a material", "restated"),
        title="Nayo Women Green & Pink Floral Printed Rayon A-Line Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: black peplum top, short sleeves, black and white striped palazzos, white backdrop, front view; base
    # blip2-opt-2.7b wrote all texts
    case(
        "X600-035",
        caption("a woman in a black top and black and white striped pants"),
        Q.garment_type("top"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        details("top", "peplum hem with a zip at the back", "unsupported"),
        describe("top", "black", "non_answer"),
        title="Fusion Beats Women Black Solid Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: teal kurti with gold geometric print and a mandarin collar, white leggings, white backdrop, front
    # view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-036",
        caption("a woman in a teal blue kurta and white leggings"),
        Q.color("blue"),
        Q.pattern("geometric"),
        describe(
            "kurti",
            "a blue kurti with a gold print. Question: What are the kurti details? Answer: the kurti has a gold "
            "print and a mandarin collar with",
            "leak",
            hit_limit=True,
        ),
        details("kurti", "gold print and a mandarin collar"),
        wearing("she is wearing a white kurta and white pants", "other_garment_color", who="she"),
        Q.material("cotton", "unsupported"),
        title="Janasya Women Teal Blue Geometric Printed Crepe Kurti",
        category="Kurtis",
        color="Teal",
        gender="Women",
    ),
    # photo: white top with black horizontal stripes, boat neck, long sleeves, black palazzos, white backdrop,
    # front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-037",
        caption("a woman in a black and white striped shirt and black pants"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("short", "contradiction"),
        wearing("a striped top and black pants"),
        details("top", "black stripes on white with a boat neck"),
        describe("top", "a top", "non_answer"),
        title="Sassafras Women White & Black Striped Boat Neck Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: coral pink straight kurta with gold print, 3/4 sleeves, plain side slits, white palazzos, silver
    # jhumkas, hands on hips, white backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-038",
        caption("a woman in a pink kurta and white pants with earrings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "a pink kurta with a gold print, three quarter sleeves and a gold border at the hem and cuffs with "
            "gold tassels on the side slits and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink kurta and white palazzos"),
        is_a("kurta", "yes"),
        Q.material(
            "it is made of cotton and it is made of cotton and it is made of cotton and it is made of cotton and it is",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Coral Pink Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: lemon yellow kurta with white lace at the hem, 3/4 sleeves, white leggings, cropped at the chin, white
    # backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-039",
        caption("a woman in a white kurta", "other_garment_color"),
        Q.color("yellow"),
        color_of("leggings", "white"),
        details("kurta", "white lace at the hem"),
        describe("kurta", "he is wearing a yellow kurta with white lace", "pronoun"),
        wearing("what is she wearing", "restated", who="she"),
        Q.sleeve_length("three-quarter"),
        title="Aurelia Women Yellow Solid Straight Kurta with Lace Detail",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: brown tunic with cream geometric print, no buttons, cream leggings, model seated on a wooden chair,
    # white backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-040",
        caption("a woman sitting on a wooden chair in a brown tunic"),
        Q.garment_type("tunic"),
        Q.color("brown"),
        Q.pattern("floral", "contradiction"),
        wearing("a brown and white dress", "contradiction"),
        details("tunic", "wooden buttons on the placket", "unsupported"),
        Q.material("rayon"),
        title="Span Women Brown Geometric Printed Viscose Tunic",
        category="Tunics",
        color="Brown",
        gender="Women",
    ),
    # photo: navy kurta with pink and white floral print, navy palazzos in the same print, no dupatta, white
    # backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-041",
        caption("a woman in a blue floral kurta and matching pants"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue"),
        Q.pattern("floral"),
        describe("kurta", "describe the kurta", "restated"),
        details(
            "kurta",
            "pink and white flowers all over the kurta and the palazzos, a round neck, three quarter sleeves, a "
            "straight hem and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue kurta and palazzo set with a white dupatta", "unsupported", who="she"),
        title="Libas Women Navy Blue Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white kurta with green hand block print, keyhole neck with tassel tie, green churidar leggings,
    # tan sandals, white backdrop; the feed row has no category; base blip2-opt-2.7b wrote all texts
    case(
        "X600-042",
        caption("a woman in a white kurta with green print and green leggings"),
        Q.color("green", "other_garment_color"),
        Q.pattern("printed"),
        color_of("leggings", "green"),
        Q.material("cotton"),
        details("kurta", "the kurta has details", "restated"),
        describe("kurta", "a white kurta with green print. she is wearing green pants and green shoes", "unsupported"),
        title="Taavi Women Off-White & Green Hand Block Printed Pure Cotton Kurta",
        color="Off White",
        gender="Women",
    ),
    # photo: charcoal grey top with white leaf print, 3/4 sleeves, round neck, back keyhole, black leggings, cropped
    # at the chin, front view, white backdrop; base blip2-opt-2.7b wrote all texts
    case(
        "X600-043",
        caption("a woman wearing a gray top with white leaves and black leggings"),
        Q.color("grey"),
        Q.garment_type("top"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        wearing("he is wearing a grey top and black pants", "pronoun"),
        describe(
            "top",
            "a grey top with white leaves, a round neck, three quarter sleeves and a keyhole opening with a "
            "button at the back of the neck and a",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Charcoal Grey Leaf Printed Top",
        category="Tops",
        color="Charcoal",
        gender="Women",
    ),
    # photo: sky blue kurta with white floral print, no lace, white palazzos, cropped at the chin, white backdrop,
    # front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-044",
        caption("a man wearing a blue and white shirt", "pronoun"),
        Q.color("blue"),
        color_of("palazzos", "white"),
        wearing("Question: What is the person wearing? Answer: a blue shirt", "leak"),
        describe("kurta", "a blue kurta with white flowers and a lace border", "unsupported"),
        details("kurta", "the details of the kurta", "restated"),
        title="Sangria Women Blue Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: orange tunic with navy print, keyhole round neck, fabric tie-up belt, 3/4 sleeves, navy leggings, white
    # backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-045",
        caption("a woman in an orange tunic and blue leggings"),
        Q.garment_type("dress", "contradiction"),
        Q.color("blue", "other_garment_color"),
        color_of("leggings", "blue"),
        Q.sleeve_length("three-quarter"),
        describe(
            "tunic",
            "an orange tunic with a blue print, three quarter sleeves, a round neck with a keyhole and a tie-up belt "
            "at the waist with two",
            "cut",
            hit_limit=True,
        ),
        details("tunic", "yes", "non_answer"),
        title="Global Desi Women Orange Printed Tunic with Belt",
        category="Tunics",
        color="Orange",
        gender="Women",
    ),
    # photo: mauve straight kurta with white lace inserts on the sleeves, white palazzos, model holding a tan
    # leather tote, white backdrop, front view; base blip2-opt-2.7b wrote all texts
    case(
        "X600-046",
        caption("a woman in a purple kurta holding a bag"),
        Q.color("purple"),
        Q.pattern("solid"),
        wearing("she is wearing a white kurta", "other_garment_color", who="she"),
        details("kurta", "white lace on the sleeves"),
        describe("kurta", "a purple kurta with white lace and a matching purple bag", "unsupported"),
        is_a("top", "no"),
        title="W Women Mauve Solid Straight Kurta with Lace Inserts",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
]
