"""BLIND_1028 (46 products; Myntra kurta sets, caption adapter epoch 1): written blind in the fifty-eighth session.
Measured blind at 955f328 (the session's final rules): 81/120 failures found (67.5%) and 2/163 correct texts flagged
(1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's kurta sets (article type "Kurta Sets"): a kurta with palazzos or a sharara
and a dupatta, sold as one product. Photos are catalog shots, mostly full-length front views on a white or light
grey studio backdrop, some lifestyle shots (garden, terrace, courtyard, wooden door, pink or beige wall, a hall with
a chandelier, marigold garlands), one back view. Models wear jhumkas, bangles, juttis or heels, sometimes hold a
potli bag; the dupatta is draped on the shoulders, over one arm or held out. The seller's color is the kurta's
color (or Multi); a few rows lack the color, category or gender column. The job asks a caption and per-piece
color questions ("What is the color of the kurta / palazzos / sharara / dupatta?"), some of them closed and some
open, plus a few wearing, describe, details, pattern, sleeve, material and yes/no questions.

Who wrote what: captions and every open answer come from the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on Salesforce/blip2-opt-2.7b, 8-bit, greedy, 50 new tokens
for captions, 30 for answers). At epoch 1 it is half way between the base model and the DeepFashion template: some
captions are base-style one-liners ("a woman in a maroon kurta and sharara..."), most are the template ("The lady
wears a ... kurta with floral patterns. The kurta is with cotton fabric. The lady wears a long pants."), which runs
to the 50-token limit and is cut or starts repeating a sentence. It still knows hue names, still stops on its own
for short answers about half of the time, calls the kurta a shirt, dress or kurta, the palazzos or sharara "long
pants" or "trousers", the dupatta a "scarf", three-quarter sleeves "medium-sleeve", and slips into the template's
"gentleman"/"his" now and then. It invents a fabric for nearly every template caption and accessories it has seen
in DeepFashion (an accessory on the wrist, a ring). It often gives every piece the kurta's color, and it sometimes
replays the "Question: ... Answer:" format. Closed answers come from enrich's --engine reference ranking the
candidate values with the same model: always one clean value, never looped or cut, but sometimes another piece's
color, the backdrop's color, or a wrong sleeve, pattern or garment value.

Labeling conventions and judgement calls:
- One label per text, the first that applies in this order: leak, loop, contradiction or other_garment_color,
  unsupported, pronoun, non_answer or restated, cut. hit_limit is set independently wherever a text ran to its limit
  (a loop or a leak that ran on, a template caption of 50 tokens, a cut answer).
- A closed per-piece color answer that gives another piece's color is labeled contradiction; other_garment_color
  is kept for free texts (open answers and captions), including a caption giving the bottoms the kurta's color.
- A piece's color is its base color. Accepted shades and synonyms: maroon/burgundy as red, rust/coral as orange,
  cream/off white as white, lavender/mauve/purple, magenta/pink, navy/turquoise/teal as blue where the shade is
  right, olive/sea green/lime green as green, mustard as yellow, "gold" for a gold tissue or zari dupatta,
  "multicolor" for a phulkari dupatta. Naming a print's color as the piece's color (the kurta "red with off white
  print" for an off-white kurta with red print) is other_garment_color when another piece has that color.
- The backdrop's or a door's color given as a piece's color is a contradiction.
- Vocabulary the model lacks is not a failure in free text: "shirt", "dress" (when the text also names the
  bottoms), "long pants"/"trousers" for palazzos and sharara, "scarf" for the dupatta, "pure color patterns" for a
  solid piece with an embroidered or printed yoke, "graphic patterns" for foil or geometric prints. A closed
  garment_type "dress" and "no" to "Is this a kurta?" are contradictions.
- "medium-sleeve" equals three-quarter sleeves; "long-sleeve" is only used where the sleeves are full length.
- A fabric named in a text is right only when the seller's title names it; otherwise it is unsupported, however
  plausible ("cotton" on an untitled rayon-looking set). Features that are hidden (a waistband or pockets under the
  kurta) or absent from the photo (tassels, a bag, a ring, a watch, wrist accessories) are unsupported.
- The caption template returned for a question is a non_answer even when it runs to the limit; so are an empty
  answer, "yes"/"no" or a bare noun ("kurta") to an open question, and "the palazzos are long and wide" for their
  details. Echoing the question or "the X details" back is restated.
- A text that ran to its limit and stops mid-phrase is cut only if what it said before the cut is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
fabric = BLIND_QUESTIONS.material
garment = BLIND_QUESTIONS.garment_type
W = "the woman"

BLIND_1028 = [
    # photo: pink straight kurta with a small white floral print, three-quarter sleeves, round neck; plain white
    # palazzos; pink dupatta with white floral print and a plain narrow border on both shoulders; white backdrop,
    # front full-length, silver jhumkas. Caption and open answers: caption adapter e1; closed: reference engine.
    case(
        "X1028-001",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long white palazzo pants. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("palazzos", "white"),
        color_of("dupatta", "pink"),
        wearing("a pink kurta with pink palazzo pants and a dupatta", "other_garment_color", who=W),
        details("dupatta", "the dupatta has floral patterns and tassels at the ends", "unsupported"),
        title="Libas Women Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow short A-line kurta with maroon ethnic motif print, three-quarter sleeves; plain mustard
    # sharara with a narrow gold lace at the hem; maroon dupatta with gota border held in one hand; beige wall and a
    # wooden chair beside her. Caption and open answers: caption adapter e1.
    case(
        "X1028-002",
        caption("a woman in a yellow kurta and sharara standing next to a wooden chair"),
        color_of("kurta", "yellow", kind="open"),
        color_of("sharara", "maroon", "other_garment_color", kind="open"),
        color_of(
            "dupatta",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("kurta", "The kurta is yellow with maroon ethnic motifs and three-quarter sleeves."),
        fabric("silk", "unsupported"),
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue straight kurta with a gold foil printed yoke, full sleeves, V neck; navy blue palazzos; white
    # chiffon dupatta with a thin navy border over the left arm; white backdrop, gold juttis. Caption and open:
    # caption adapter e1 (the describe answer came back empty); closed: reference engine.
    case(
        "X1028-003",
        caption("a woman wearing a navy blue kurta with gold print and matching palazzo pants"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue"),
        color_of("dupatta", "navy blue", "contradiction"),
        wearing("he is wearing a navy blue kurta and palazzo pants", "pronoun", who=W),
        is_a("kurta", "yes"),
        describe("dupatta", "", "non_answer"),
        title="Sangria Women Navy Blue Yoke Design Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle green angrakha-style kurta with a large pink and white floral print, three-quarter sleeves; plain
    # pink palazzos; green dupatta with a small pink print on her shoulders; lifestyle shot in a garden with potted
    # plants. Caption and open answers: caption adapter e1; closed: reference engine.
    case(
        "X1028-004",
        caption(
            "The lady wears a green three-quarter sleeve kurta with floral patterns and a pink long pants. There is a "
            "scarf on her shoulders. She is standing in a garden."
        ),
        color_of("kurta", "green with pink flowers", kind="open"),
        color_of("palazzos", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "green"),
        pattern("floral"),
        details("palazzos", "the palazzos are long and wide", "non_answer"),
        title="GERUA Women Green Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: teal straight kurta, solid, with gold zari embroidery on the yoke, full sleeves; teal sharara; teal net
    # dupatta with a gold border; white backdrop; jhumkas, a gold potli bag in her hand. Caption and the material
    # answer: caption adapter e1; closed: reference engine.
    case(
        "X1028-005",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta has embroidery on the neckline. "
            "The lady wears a long sharara pants. There is an accessory on her ears and a bag in her hand. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "teal"),
        color_of("sharara", "teal"),
        color_of("dupatta", "gold", "contradiction"),
        sleeves("long sleeves"),
        fabric(
            "The kurta is with chiffon fabric and its neckline is round. The sharara is with chiffon fabric. The "
            "dupatta is",
            "unsupported",
            hit_limit=True,
        ),
        title="Varanga Women Teal Embroidered Chanderi Silk Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white straight kurta with a red block print, three-quarter sleeves, round neck; red palazzos; red
    # dupatta with off-white print; white backdrop, front full-length. Caption and open: caption adapter e1.
    case(
        "X1028-006",
        caption("a woman in a white and red printed kurta with red palazzo pants and a red dupatta"),
        color_of("kurta", "white"),
        color_of("palazzos", "red"),
        color_of("dupatta", "red", kind="open"),
        wearing("kurta", "non_answer", who=W),
        describe(
            "kurta",
            "The kurta is red with off white block print, a round neck and three-quarter sleeves",
            "other_garment_color",
        ),
        title="Jaipur Kurti Women Off White & Red Block Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: lavender straight kurta with white thread embroidery on the yoke, full sleeves; lavender palazzos; white
    # dupatta with lavender polka dots; white backdrop. Caption and open: caption adapter e1; closed: reference.
    case(
        "X1028-007",
        caption(
            "The lady wears a purple long-sleeve kurta and a purple long pants. The kurta is with pure color patterns. "
            "There is a scarf around her neck. The lady wears a purple long pants. The lady wears a purple long "
            "pants. The",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "purple"),
        color_of("palazzos", "lavender"),
        color_of("dupatta", "lavender", "contradiction"),
        pattern("solid"),
        details("dupatta", "The dupatta has polka dots"),
        title="W Women Lavender Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: maroon velvet kurta with gold sequin embroidery, full sleeves; maroon sharara; gold organza dupatta over
    # one shoulder; grey studio wall, heels. Caption and open answers: caption adapter e1.
    case(
        "X1028-008",
        caption("a woman in a maroon kurta and sharara with a gold dupatta"),
        color_of("kurta", "maroon", kind="open"),
        color_of("sharara", "gold", "other_garment_color", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: The kurta is maroon with gold embroidery. Question: Describe the "
            "dupatta. Answer:",
            "leak",
            hit_limit=True,
        ),
        fabric("velvet"),
        title="Indo Era Women Maroon Embroidered Velvet Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: black straight kurta with a white geometric print, three-quarter sleeves, round neck; black palazzos;
    # white dupatta with a black print; white backdrop, hand on hip, oxidised silver earrings. Caption and open:
    # caption adapter e1; closed: reference engine.
    case(
        "X1028-009",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric and "
            "its neckline is round. The lady wears a long black pants. The pants are with cotton fabric. There is a "
            "scarf",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        color_of("palazzos", "white", "contradiction"),
        color_of("dupatta", "white"),
        wearing("a black and white kurta, black palazzos and a white dupatta with pom poms", "unsupported", who=W),
        pattern("geometric"),
        sleeves("three-quarter sleeves"),
        title="AHIKA Women Black & White Geometric Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: peach sleeveless anarkali kurta with a gold floral print and a flared hem; off-white palazzos; peach
    # dupatta; lifestyle shot in front of a white arched doorway with potted plants, glass bangles. Caption and open:
    # caption adapter e1; closed: reference engine.
    case(
        "X1028-010",
        caption(
            "The gentleman wears a sleeveless kurta with floral patterns and a long pants. His pants are with pure "
            "color patterns. There is an accessory on his wrist.",
            "pronoun",
        ),
        color_of("kurta", "peach", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "the color of the dupatta", "restated", kind="open"),
        sleeves("sleeveless"),
        details(
            "kurta",
            "The kurta has floral print, a flared hem and gold print at the yoke, with gold print at the yoke, with "
            "gold print at the yoke, with gold",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Peach-Coloured Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: royal blue straight kurta with a white ethnic motif print, three-quarter sleeves; white palazzos; blue
    # dupatta with white print; white backdrop, nothing in her hands. Caption and open: caption adapter e1.
    case(
        "X1028-011",
        caption("a woman in a blue and white kurta and white pants holding a handbag", "unsupported"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue", "contradiction"),
        color_of("dupatta", "blue"),
        is_a("kurta", "yes"),
        describe("dupatta", "the dupatta is a dupatta", "restated"),
        title="Khushal K Women Blue Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: sea green kurta with pink floral print, elbow-length short sleeves; sea green sharara with the same
    # print; plain off-white dupatta; pink wall behind her. Caption and open: caption adapter e1 (the wearing answer
    # starts with a stray "Answer:"); closed: reference engine.
    case(
        "X1028-012",
        caption(
            "The lady wears a green short-sleeve kurta with floral patterns and a green long pants. She has a white "
            "scarf on her shoulders. She is standing in front of a pink wall."
        ),
        color_of("kurta", "sea green"),
        color_of("sharara", "sea green"),
        color_of("dupatta", "pink", "contradiction", kind="open"),
        wearing(
            "Answer: The woman is wearing a green kurta with floral print, green sharara pants and a white dupatta",
            "leak",
            who=W,
        ),
        fabric(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Kalini Women Sea Green Floral Print Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: rust orange straight kurta with a black and white ethnic print, three-quarter sleeves; black palazzos;
    # rust dupatta with tassels at the corners around her neck; white backdrop. Caption and open: caption adapter e1.
    case(
        "X1028-013",
        caption(
            "The lady wears a three-quarter sleeve shirt with graphic patterns. The shirt is with cotton fabric. The "
            "lady wears a long black trousers. There is a scarf on her neck. The scarf is with",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        color_of("palazzos", "black"),
        color_of("dupatta", "orange"),
        details("dupatta", "The dupatta is black with tassels on the edges", "other_garment_color"),
        pattern("solid", "contradiction"),
        title="Janasya Women Rust Orange Ethnic Motifs Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: red straight kurta with a gold printed yoke, full sleeves; red palazzos; red dupatta with gold print,
    # both hands holding the dupatta ends, no rings; white backdrop, juttis. Caption and open: caption adapter e1.
    case(
        "X1028-014",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is a ring on her "
            "finger.",
            "unsupported",
            hit_limit=True,
        ),
        color_of("kurta", "red"),
        color_of("palazzos", "gold", "contradiction"),
        color_of("dupatta", "red and gold", kind="open"),
        sleeves("long sleeves"),
        garment("kurta"),
        title="Libas Women Red Yoke Design Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue kurta with a white floral print, full sleeves, V neck; white sharara with a navy print; navy
    # dupatta; white backdrop, three-quarter turn. Caption and open: caption adapter e1; closed: reference.
    case(
        "X1028-015",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and its neckline "
            "is v-shape. The lady wears a long pants. The pants are with cotton fabric and floral patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "blue", kind="open"),
        color_of("sharara", "blue", "other_garment_color", kind="open"),
        color_of(
            "dupatta",
            "navy blue Question: What is the color of the sharara? Answer: white Question: What is the color",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("She is wearing a navy blue kurta with white floral print, white sharara and a navy dupatta", who=W),
        pattern("floral"),
        title="Anubhutee Women Navy Blue & White Floral Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green straight kurta with gold foil print, mandarin collar with a button placket, three-quarter
    # sleeves; cream palazzos; olive dupatta with cream print; white backdrop. Caption and open: caption adapter e1.
    case(
        "X1028-016",
        caption("a woman in a green kurta and white pants"),
        color_of("kurta", "olive"),
        color_of("palazzos", "cream"),
        color_of("dupatta", "olive"),
        describe(
            "kurta",
            "The kurta is cream with gold print, has three-quarter sleeves and a mandarin collar with buttons",
            "other_garment_color",
        ),
        details("palazzos", "The palazzos have pockets on both sides and an elasticated waistband", "unsupported"),
        title="Vishudh Women Olive Green Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta kurta with gold embroidery, full sleeves; magenta sharara; gold tissue dupatta; lifestyle shot in
    # front of a carved brown wooden door; gold jhumkas. Caption and open: caption adapter e1; closed: reference.
    case(
        "X1028-017",
        caption("a woman in a pink kurta and sharara standing in front of a wooden door"),
        color_of("kurta", "pink"),
        color_of("sharara", "pink"),
        color_of("dupatta", "brown", "contradiction"),
        wearing(
            "The woman is wearing a pink kurta with gold embroidery, pink sharara and a gold dupatta. She is wearing "
            "gold jhumkas and a",
            "cut",
            who=W,
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="House of Pataudi Women Magenta Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: yellow straight kurta with a white floral print, three-quarter sleeves; white palazzos; yellow dupatta;
    # white backdrop. Caption and open: caption adapter e1 (the describe answer is a bare "yes").
    case(
        "X1028-018",
        caption(
            "The lady wears a yellow three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric. "
            "The lady wears a yellow long pants. The pants are with cotton fabric and pure color patterns.",
            "other_garment_color",
        ),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        describe("dupatta", "yes", "non_answer"),
        fabric("cotton"),
        title="Inddus Women Yellow Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal kurta with an orange and white geometric print, three-quarter sleeves, round neck; teal palazzos
    # with the same print; plain orange dupatta; white backdrop, juttis. Caption: caption adapter e1; closed:
    # reference engine.
    case(
        "X1028-019",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "teal"),
        color_of("palazzos", "orange", "contradiction"),
        color_of("dupatta", "orange"),
        pattern("printed"),
        sleeves("short sleeves", "contradiction"),
        title="Rain & Rainbow Women Teal Printed Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white chikankari kurta with white embroidery all over, three-quarter sleeves, round neck, no mirror work;
    # white palazzos; white dupatta; light grey backdrop, silver jhumkas. An all-white set: every piece is white.
    # Caption and open: caption adapter e1; closed: reference engine.
    case(
        "X1028-020",
        caption(
            "The lady wears a white three-quarter sleeve kurta with pure color patterns. The kurta is with cotton "
            "fabric. The lady wears a white long pants. There is an accessory on her ears. The lady wears a white "
            "long pants. The lady wears",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white"),
        details(
            "kurta",
            "The kurta has chikankari embroidery all over, three-quarter sleeves, a round neck and mirror work on the "
            "sleeves",
            "unsupported",
        ),
        wearing(
            "Question: What is the woman wearing? Answer: a white kurta with white embroidery, white palazzos and a "
            "white dupatta",
            "leak",
            who=W,
            hit_limit=True,
        ),
        title="Ishin Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: black kurta with multicolor thread embroidery on the yoke and sleeves, full sleeves; black sharara;
    # phulkari dupatta, mostly red and orange with green and yellow; white backdrop. Open: caption adapter e1.
    case(
        "X1028-021",
        caption("a woman in a black kurta and sharara holding a colorful dupatta"),
        color_of("kurta", "black", kind="open"),
        color_of(
            "sharara",
            "black black black black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "The kurta is black with multicolored thread embroidery on the yoke and sleeves. It is made of silk",
            "unsupported",
        ),
        sleeves("long sleeves"),
        title="SCAKHI Women Black Embroidered Kurta with Sharara & Phulkari Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: grey straight kurta with a pink floral print, three-quarter sleeves; pink palazzos; grey dupatta with a
    # pink border on her shoulders; white backdrop, no watch or bracelet. Caption and open: caption adapter e1.
    case(
        "X1028-022",
        caption(
            "The lady wears a grey three-quarter sleeve kurta with floral patterns and a pink long pants. There is a "
            "grey scarf on her shoulders. She is wearing a watch.",
            "unsupported",
        ),
        color_of("kurta", "grey"),
        color_of("palazzos", "grey", "contradiction"),
        color_of("dupatta", "grey"),
        wearing("what is the woman wearing?", "restated", who=W),
        pattern("floral"),
        title="Stylum Women Grey & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: beige straight kurta with a green leaf print, three-quarter sleeves; green palazzos; plain beige dupatta;
    # lifestyle shot on a sunlit terrace. Caption and open: caption adapter e1.
    case(
        "X1028-023",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. The lady wears a long green pants. She "
            "is standing on a terrace."
        ),
        color_of("kurta", "beige", kind="open"),
        color_of("palazzos", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has a leaf print, the kurta has a leaf print, the kurta has a leaf print, the kurta has a",
            "loop",
            hit_limit=True,
        ),
        fabric("cotton"),
        title="Nayo Women Beige & Green Leaf Printed Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: deep purple anarkali kurta with silver mirror work on the yoke and sleeves, full sleeves, round neck
    # with a keyhole opening; purple sharara; silver-grey net dupatta; white backdrop. The feed has no gender for
    # this row. Caption and open: caption adapter e1; closed: reference engine.
    case(
        "X1028-024",
        caption(
            "The lady wears a purple long-sleeve kurta with pure color patterns and a purple long pants. There is a "
            "scarf on her shoulders. There is a scarf on her shoulders. There is a scarf on her shoulders. There",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "purple"),
        color_of("sharara", "purple"),
        color_of("dupatta", "grey"),
        details(
            "kurta",
            "The kurta has silver mirror work on the yoke and the sleeves, a round neckline with a keyhole opening at "
            "the front and a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Ahalyaa Women Purple Mirror Work Anarkali Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # photo: bottle green solid straight kurta, full sleeves, V neck; green palazzos; green dupatta with a small gold
    # print; white backdrop. Caption and open: caption adapter e1; closed: reference engine.
    case(
        "X1028-025",
        caption(
            "The lady wears a green long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and "
            "its neckline is v-shape. The lady wears a green long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("palazzos", "green"),
        color_of("dupatta", "green"),
        wearing("She is wearing a green kurta, green palazzo pants and a green dupatta with gold print", who=W),
        fabric("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Aurelia Women Green Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: pink kurta with a blue and green floral print, three-quarter sleeves, V neck, plain hem; blue sharara;
    # pink dupatta; white backdrop. Seller color Multi. Caption and open: caption adapter e1; closed: reference.
    case(
        "X1028-026",
        caption("a woman in a pink floral kurta with pink pants and a pink dupatta", "other_garment_color"),
        color_of("kurta", "pink"),
        color_of("sharara", "blue"),
        color_of("dupatta", "pink"),
        describe(
            "kurta",
            "The kurta is pink with blue and green flowers. It has a v-neck and three-quarter sleeves with lace trim "
            "at the hem",
            "unsupported",
        ),
        pattern("striped", "contradiction"),
        title="Sangria Women Multicoloured Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: off-white straight kurta with a blue floral print, three-quarter sleeves; blue palazzos; plain off-white
    # dupatta around her neck; light grey backdrop. The feed has no color for this row. Caption and open: caption
    # adapter e1; closed: reference engine.
    case(
        "X1028-027",
        caption(
            "The lady wears a white three-quarter sleeve kurta with floral patterns and a blue long pants. The kurta "
            "is with silk fabric. There is a white scarf around her neck.",
            "unsupported",
        ),
        color_of("kurta", "white", kind="open"),
        color_of("palazzos", "the palazzos are blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        wearing("He is wearing a white kurta and blue palazzos", "pronoun", who=W),
        sleeves("three-quarter sleeves"),
        title="Kalini Women Off White & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: orange kurta with a pink floral print, short sleeves; orange sharara; pink dupatta with a printed border
    # and no lace; white backdrop, glass bangles, mojaris. Caption and open: caption adapter e1; closed: reference.
    case(
        "X1028-028",
        caption(
            "The lady wears a orange short-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        color_of("sharara", "orange"),
        color_of("dupatta", "orange", "contradiction"),
        details(
            "dupatta",
            "The dupatta has a printed border and lace on the edges and lace on the edges and lace on the edges and "
            "lace on",
            "loop",
            hit_limit=True,
        ),
        sleeves("short sleeves"),
        title="Mitera Women Orange Floral Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: lime green straight kurta with a small white print, three-quarter sleeves; plain white ankle-length
    # palazzos without visible pockets; lime green dupatta; white backdrop. Caption and open: caption adapter e1;
    # closed: reference engine.
    case(
        "X1028-029",
        caption("a woman in a green kurta and white palazzo pants"),
        color_of("kurta", "lime green", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        describe("palazzos", "The palazzos are white, wide-legged and ankle length with side pockets", "unsupported"),
        fabric("the material of the garment", "restated"),
        is_a("kurta", "no", "contradiction"),
        title="Libas Women Lime Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: burgundy straight kurta with gold foil print, full sleeves; burgundy palazzos; plain pink dupatta on her
    # shoulders; white backdrop. Caption and open: caption adapter e1; closed: reference engine.
    case(
        "X1028-030",
        caption(
            "The lady wears a red long-sleeve kurta with graphic patterns and a red long pants. There is a pink scarf "
            "on her shoulders."
        ),
        color_of("kurta", "maroon"),
        color_of("palazzos", "maroon"),
        color_of("dupatta", "pink"),
        wearing("The gentleman is wearing a kurta, pants and a scarf.", "pronoun", who=W),
        garment("dress", "contradiction"),
        title="Biba Women Burgundy Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: turquoise blue straight kurta with a white floral print, three-quarter sleeves, round neck; white
    # palazzos; turquoise dupatta with white print held out to the side; white backdrop. Caption and open: caption
    # adapter e1; closed: reference engine.
    case(
        "X1028-031",
        caption(
            "The lady wears a blue three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric "
            "and its neckline is round. The lady wears a white long pants. The pants are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "turquoise blue"),
        color_of("palazzos", "white"),
        color_of("dupatta", "turquoise blue"),
        details(
            "dupatta",
            "Question: What are the dupatta details? Answer: the dupatta is turquoise with white print",
            "leak",
        ),
        pattern("floral"),
        title="Jaipur Kurti Women Turquoise Blue Floral Printed Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: red bandhani kurta with white dots and a gold gota lace at the neckline and sleeve hems, full sleeves;
    # plain red sharara; mustard yellow bandhani dupatta; lifestyle shot in a courtyard with arches. Caption and
    # open: caption adapter e1; closed: reference engine.
    case(
        "X1028-032",
        caption("a woman in a red bandhani kurta and sharara with a yellow dupatta"),
        color_of("kurta", "red", kind="open"),
        color_of("sharara", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        describe(
            "kurta",
            "The kurta is red with white bandhani dots and a gota lace at the neckline and sleeves. It is made of "
            "pure silk and",
            "unsupported",
            hit_limit=True,
        ),
        pattern("printed"),
        title="Anouk Women Red Bandhani Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: cream straight kurta with pink thread embroidery on the yoke, full sleeves, V neck; pink palazzos; cream
    # dupatta with a pink border; white backdrop. Caption and open: caption adapter e1; closed: reference engine.
    case(
        "X1028-033",
        caption(
            "The lady wears a white long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a pink long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "cream"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "cream"),
        wearing(
            "a pink kurta with pink embroidery, pink palazzo pants and a cream dupatta",
            "other_garment_color",
            who=W,
        ),
        sleeves("long sleeves"),
        is_a("kurta", "no", "contradiction"),
        title="Ahalyaa Women Cream-Coloured Embroidered Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: powder blue kurta with a pink floral print, full sleeves; powder blue sharara; pink dupatta with a small
    # floral print and a scalloped border; beige wall. The feed has no category for this row. Caption and open:
    # caption adapter e1; closed: reference engine.
    case(
        "X1028-034",
        caption(
            "The lady wears a blue long-sleeve kurta with floral patterns and a blue long pants. The lady wears a blue "
            "long pants. The lady wears a blue long pants. The lady wears a blue long pants. The lady wears",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("sharara", "blue"),
        color_of("dupatta", "blue", "contradiction"),
        describe("dupatta", "The dupatta is pink with small floral print and a scalloped border"),
        fabric("rayon", "unsupported"),
        title="SCAKHI Women Blue Floral Printed Kurta with Sharara & Dupatta",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta straight kurta with gold foil print on the yoke and sleeves, three-quarter sleeves, round neck;
    # magenta palazzos; magenta dupatta; white backdrop. Every piece is magenta. Caption and open: caption adapter e1.
    case(
        "X1028-035",
        caption(
            "The lady wears a pink medium-sleeve kurta with pure color patterns. The kurta is with cotton fabric and "
            "its neckline is round. The lady wears a pink long pants. There is a pink scarf on her shoulders.",
            "unsupported",
        ),
        color_of("kurta", "pink", kind="open"),
        color_of("palazzos", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        details(
            "kurta",
            "The kurta has gold foil print on the yoke and the sleeves, a round neckline, three-quarter sleeves and a "
            "straight hem with a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "She is wearing a pink kurta set with a dupatta and a dupatta and a dupatta and a dupatta and a dupatta "
            "and a",
            "loop",
            who=W,
            hit_limit=True,
        ),
        title="Varanga Women Magenta Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: green kurta with gold embroidery, three-quarter sleeves; green sharara; gold dupatta; festive backdrop
    # hung with yellow and orange marigold garlands; she wears a bindi and gold earrings. Caption and open: caption
    # adapter e1; closed: reference engine.
    case(
        "X1028-036",
        caption("a woman in a green and gold outfit standing in front of a wall with flowers"),
        color_of("kurta", "green"),
        color_of("sharara", "yellow", "contradiction"),
        color_of("dupatta", "gold"),
        wearing(
            "The woman is wearing a green kurta with a green sharara and a gold dupatta. She has a bindi on her "
            "forehead and a pair of gold",
            "cut",
            who=W,
            hit_limit=True,
        ),
        sleeves("three-quarter sleeves"),
        fabric("silk", "unsupported"),
        title="Indo Era Women Green & Gold Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: black kurta with gold foil print, three-quarter sleeves; black palazzos with a gold printed hem border;
    # black dupatta with gold print; white backdrop, bare wrists. Caption and open: caption adapter e1.
    case(
        "X1028-037",
        caption(
            "The lady wears a black medium-sleeve kurta with graphic patterns and a black long pants. There is a black "
            "scarf on her shoulders. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black"),
        details("palazzos", "the palazzos details", "restated"),
        pattern("printed"),
        title="Khushal K Women Black Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: peach kurta with a green floral print, three-quarter sleeves; plain green sharara; peach dupatta; white
    # backdrop. Caption and open: caption adapter e1; closed: reference engine.
    case(
        "X1028-038",
        caption(
            "The lady wears a peach medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "peach scarf. She is",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "peach", kind="open"),
        color_of("sharara", "peach", "other_garment_color", kind="open"),
        color_of("dupatta", "peach", kind="open"),
        wearing("The woman is wearing a peach kurta with green sharara pants and a peach dupatta", who=W),
        is_a("kurta", "yes"),
        title="GERUA Women Peach-Coloured Floral Printed Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: yellow kurta with a pink floral print, three-quarter sleeves, round neck; pink palazzos; yellow dupatta
    # with a pink border; white backdrop, gold hoops. Caption and open: caption adapter e1; closed: reference.
    case(
        "X1028-039",
        caption(
            "The gentleman wears a yellow medium-sleeve shirt with floral patterns. His shirt is with cotton fabric. "
            "The gentleman wears a pink long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "pronoun",
            hit_limit=True,
        ),
        color_of("kurta", "yellow"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "pink", "contradiction"),
        describe("kurta", "The kurta is yellow with pink floral print, a round neck, three-quarter sleeves"),
        sleeves("three-quarter sleeves"),
        title="Anouk Women Yellow & Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: mauve chanderi kurta with silver thread embroidery, three-quarter sleeves; mauve palazzos; mauve
    # dupatta; white backdrop. Every piece is mauve. Caption and open: caption adapter e1.
    case(
        "X1028-040",
        caption("a woman in a purple kurta and matching pants with a purple dupatta"),
        color_of("kurta", "purple", kind="open"),
        color_of("palazzos", "purple", kind="open"),
        color_of(
            "dupatta",
            "purple Question: What is the color of the palazzos? Answer: purple Question: What is the color of the "
            "kurta? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("kurta", "yes", "non_answer"),
        fabric("silk"),
        title="Sangria Women Mauve Embroidered Chanderi Silk Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: back view: navy blue kurta with a pink floral print, three-quarter sleeves; pink palazzos; plain navy
    # dupatta without tassels over her left arm; white backdrop. Caption and open: caption adapter e1; closed:
    # reference engine.
    case(
        "X1028-041",
        caption("the back of a woman in a blue floral kurta and pink pants"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "pink", "contradiction"),
        wearing(
            "The woman is wearing a navy blue kurta with pink flowers, pink palazzo pants and a navy blue dupatta "
            "with tassels",
            "unsupported",
            who=W,
        ),
        sleeves("three-quarter sleeves"),
        details("kurta", "no", "non_answer"),
        title="Janasya Women Navy Blue & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: coffee brown kurta with a cream print, three-quarter sleeves; cream sharara with a brown printed hem
    # border; brown dupatta; white backdrop. Caption and open: caption adapter e1 (the dupatta details answer is the
    # caption template again); closed: reference engine.
    case(
        "X1028-042",
        caption(
            "The lady wears a brown medium-sleeve kurta with graphic patterns. The lady wears a brown long pants. The "
            "pants are with pure color patterns. There is a brown scarf on her shoulders.",
            "other_garment_color",
        ),
        color_of("kurta", "brown"),
        color_of("sharara", "cream"),
        color_of("dupatta", "brown"),
        describe("sharara", "The sharara is cream and flared, ankle length, with a brown printed border at the hem"),
        details(
            "dupatta",
            "The lady wears a medium-sleeve kurta with graphic patterns. The kurta is with cotton fabric. The lady "
            "wears a long",
            "non_answer",
            hit_limit=True,
        ),
        title="Vishudh Women Brown & Cream-Coloured Printed Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: white kurta with blue vertical stripes, three-quarter sleeves, mandarin collar with wooden buttons and no
    # pocket; plain blue palazzos; white dupatta with blue stripes; white backdrop. Caption and open: caption
    # adapter e1; closed: reference engine.
    case(
        "X1028-043",
        caption(
            "The lady wears a medium-sleeve kurta with striped patterns. The kurta is with cotton fabric. The lady "
            "wears a blue long pants. There is a white scarf on her shoulders."
        ),
        color_of("kurta", "white and blue stripes", kind="open"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        pattern("floral", "contradiction"),
        sleeves("three-quarter sleeves"),
        details(
            "kurta",
            "The kurta has blue stripes, a mandarin collar with wooden buttons and a patch pocket on the chest",
            "unsupported",
        ),
        title="Rain & Rainbow Women White & Blue Striped Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: baby pink chanderi kurta with gota lace, full sleeves; pink sharara; sheer pink organza dupatta; lifestyle
    # shot in a hall with a chandelier. Caption and open: caption adapter e1; closed: reference engine.
    case(
        "X1028-044",
        caption(
            "The lady wears a pink long-sleeve kurta with pure color patterns and a pink long pants. There is a pink "
            "scarf on her shoulders. She is standing in a room with a chandelier and a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("sharara", "pink"),
        color_of("dupatta", "gold", "contradiction"),
        wearing(
            "she is wearing a pink kurta pink kurta pink kurta pink kurta pink kurta pink kurta pink kurta pink kurta",
            "loop",
            who=W,
            hit_limit=True,
        ),
        fabric("chanderi silk"),
        title="Inddus Women Pink Gotta Patti Chanderi Silk Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: coral straight kurta with a white floral print, three-quarter sleeves; white palazzos; coral dupatta;
    # white backdrop. The feed has no color for this row. Caption and open: caption adapter e1.
    case(
        "X1028-045",
        caption(
            "The lady wears a orange medium-sleeve kurta with floral patterns and a white long pants. There is an "
            "orange scarf on her shoulders."
        ),
        color_of("kurta", "orange", kind="open"),
        color_of("palazzos", "orange", "other_garment_color", kind="open"),
        color_of("dupatta", "coral", kind="open"),
        describe("kurta", "kurta", "non_answer"),
        wearing("He is wearing an orange kurta with white pants and an orange scarf", "pronoun", who=W),
        title="Aurelia Women Coral Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: mustard yellow kurta with green and red ethnic motifs, three-quarter sleeves; plain green sharara whose
    # waist is covered by the kurta; mustard dupatta held in one hand; white backdrop. Caption and open: caption
    # adapter e1; closed: reference engine.
    case(
        "X1028-046",
        caption(
            "The lady wears a yellow three-quarter sleeve kurta with graphic patterns. The kurta is with cotton "
            "fabric. The lady wears a green long pants. The pants are with cotton fabric and pure color patterns. She "
            "wears a yellow scarf",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "mustard"),
        color_of("sharara", "green"),
        color_of("dupatta", "mustard"),
        details(
            "sharara",
            "The sharara has a gota lace border at the hem and an elastic waistband with a drawstring",
            "unsupported",
        ),
        pattern("printed"),
        title="Stylum Women Mustard Yellow Ethnic Motifs Printed Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
]
