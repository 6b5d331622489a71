"""BLIND_1002 (46 products; Myntra men's ethnic wear, BLIP-2 base zero-shot): written blind in the fifty-eighth session.
Measured blind at fbe889a (the session's fifth rules): 116/135 failures found (85.9%) and 16/185 correct texts flagged
(8.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's ethnic wear: straight and short kurtas (Kurtas), kurta pyjama / churidar sets,
some with a third-piece Nehru jacket (Kurta Sets), and Nehru jackets sold alone (Nehru Jackets). Catalog shots on a
white or light grey studio backdrop, 3:4, a male model wearing the product with the usual styling: a white or cream
churidar under a kurta, a kurta or a shirt and jeans under a Nehru jacket, mojaris or sneakers, now and then a stole,
a jhola bag, sunglasses in hand or a wooden stool. Some seller colors are off (a "Brown" kurta that photographs rust).

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions are free
generation (50 new tokens), short and plain ("a man in a green kurta and white pants"). Open answers are free
generation (30 new tokens) with the `Question: ... Answer:` prompt; the base model usually stops on its own, so loops
and cuts are rarer than with the experiments' adapters, but long describe/details answers still run on ("and a pocket
on the side, and a pocket on the side...") or hit the 30-token limit mid-phrase, and it now and then keeps writing the
prompt format (a new "Question: ..." after its answer, or an echoed "Answer:"). Its habits: one color for every
garment (the churidar's white or the jacket's color given to the kurta), a Nehru jacket read as a "vest", sleeves read
off the kurta under a sleeveless jacket, silk/velvet/wool guessed for the material, invented embroidery and pockets,
"she" for long-haired or bearded male models. Closed answers (garment type, color, pattern, sleeve length, the
yes/no "Is this a ...?" questions and the per-garment color questions) come from enrich's --engine reference: one
candidate value each, never a loop or a cut.

Labeling conventions and judgement calls:
- A Nehru jacket called a "vest", "waistcoat" or "jacket" is correct; a kurta called a "long shirt" or "tunic" in an
  open text is correct; a kurta (even a short one) typed "shirt" by the closed garment question, or a kurta called a
  "dress", is a contradiction (it contradicts the seller's category).
- Colors: shade words inside one color family are correct (navy/indigo/blue, maroon/red, cream/off white/white,
  peach/pink, mustard/yellow, teal/blue, olive/green, beige-gold brocade called gold). Navy called black,
  charcoal called black, pink called red and lavender called blue cross a family and are contradictions.
- The color of a worn companion garment (churidar, jeans, the kurta under a jacket, the jacket over a kurta, a stole)
  given to the product or to another garment is other_garment_color; a color taken from a prop (a stool) or from the
  trim of the same garment (gold zari on a cream kurta) is a contradiction.
- Where the photo really shows two garments in one color (white kurta and white pyjama, black kurta and black
  churidar) the same color for both is correct.
- Sleeves read off the kurta or shirt under a sleeveless Nehru jacket are a contradiction, not other_garment_color.
- Material: correct when the title names it or the photo plainly shows it (velvet pile, linen slub, tweed, khadi
  texture, silk-blend sheen); a material the title and photo do not back, or the material of another garment (denim
  from the jeans), is unsupported. Invented embroidery, pockets, scarves or buttons are unsupported.
- A one-word or yes/no answer to a describe/details question, or only the garment's name back, is non_answer; a
  one-word answer that does answer the question ("kurta" to "What is the person wearing?") is correct.
- A sentence that only repeats the question's words ("the kurta details are the details of the kurta"), or that
  opens by repeating the question itself, is restated.
- "she"/"her" or "a woman" for the male model is pronoun; a text with both a gender slip and a wrong garment is
  labelled pronoun.
- A text that keeps writing the prompt format ("Question:" or "Answer:" in the output) is leak, even when the part
  before it is right or it then repeats; a text that repeats a phrase until the limit is loop; a text that stops
  mid-phrase without repeating is cut, whether at the 30-token limit (hit_limit) or on an early end token ("it is
  made of"). Each text carries one label, the most visible failure.
- Closed answers never loop or stop short; their failures are contradictions and other garments' colors only.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the kurta?", "open")

BLIND_1002 = [
    # photo: white straight cotton kurta, mandarin collar, long sleeves, straight hem, white chikankari embroidery on
    # the yoke and placket, white churidar, tan mojaris, white backdrop, front view; all texts by the base model (open
    # free generation, closed by the reference engine)
    case(
        "X1002-001",
        caption("a man in a white kurta standing in front of a white wall"),
        wearing("a white kurta and white pants", who="the man"),
        Q.color("white"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "it is a white kurta with white embroidery on the front and a mandarin collar and long sleeves and a"
            " straight hem and it is worn with",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("silk", failure="unsupported"),
        is_a("kurta", "yes"),
        title="Fabindia Men White Chikankari Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta with mandarin collar and gold-tone buttons, cream pyjama, hands clasped in front,
    # white backdrop, front view; base model
    case(
        "X1002-002",
        caption("a man in a maroon kurta and white pants"),
        wearing("kurta pajama"),
        color_of("kurta", "maroon"),
        color_of("pyjama", "maroon", failure="other_garment_color"),
        details("kurta", "the kurta details are the kurta details", failure="restated"),
        Q.sleeve_length("long sleeves"),
        title="Manyavar Men Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy blue Nehru jacket in a matte suiting fabric over a plain white kurta and white churidar, white
    # backdrop, three-quarter view; base model
    case(
        "X1002-003",
        caption("a man wearing a black vest and white pants", failure="contradiction"),
        Q.garment_type("jacket"),
        Q.material("silk", failure="unsupported"),
        Q.color("white", failure="other_garment_color"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        describe("jacket", "it is a navy blue jacket with a mandarin collar and buttons down the front"),
        wearing("he is wearing a blue jacket and a white kurta", who="he"),
        is_a("nehru jacket", "yes"),
        title="Louis Philippe Men Navy Blue Slim Fit Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard kurta with a small white floral block print, matte cotton, white pyjama, white backdrop, front
    # view, model with shoulder-length hair; base model
    case(
        "X1002-004",
        caption("a man in a yellow kurta and white pants"),
        Q.pattern("floral"),
        Q.color("yellow"),
        describe(
            "kurta",
            "it is a yellow kurta with white flowers on it and a white kurta with white flowers on it and a white kurta"
            " with white flowers",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        wearing("she is wearing a yellow kurta and white pants", failure="pronoun"),
        title="Anouk Men Mustard Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: off-white silk-blend kurta with self-stripe jacquard, off-white churidar, a maroon stole draped over the
    # left shoulder, white backdrop, front view; base model
    case(
        "X1002-005",
        caption("a man in a white kurta with a red scarf around his neck"),
        color_of("kurta", "red", failure="other_garment_color"),
        Q.pattern("striped"),
        Q.material("silk"),
        details(
            "kurta",
            "the kurta is white and has a mandarin collar Question: what is the color of the scarf? Answer: red",
            failure="leak",
        ),
        wearing("a kurta"),
        title="Sojanya Men Off-White Silk Blend Kurta Pyjama Set",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: beige jacquard brocade Nehru jacket with a self paisley pattern and a gold sheen, over a black kurta and
    # black churidar, white backdrop, front view; base model
    case(
        "X1002-006",
        caption("a man wearing a gold vest and black pants"),
        Q.color("black", failure="other_garment_color"),
        Q.pattern("paisley"),
        Q.garment_type("jacket"),
        describe(
            "jacket", "it is a black sleeveless jacket with a gold paisley pattern", failure="other_garment_color"
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("brocade"),
        title="Hangup Men Beige Jacquard Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: indigo kurta with a white dabu floral print, white pyjama, side pockets, three-quarter view with one hand
    # in the side pocket, white backdrop; base model
    case(
        "X1002-007",
        caption("a man in a blue and white kurta with his hand in his pocket"),
        wearing("a white kurta and white pants", failure="other_garment_color"),
        Q.pattern("solid", failure="contradiction"),
        Q.color("navy blue"),
        details("kurta", "the kurta has a mandarin collar, a button placket, and a pocket on the side"),
        Q.material("cotton"),
        neckline("it has a v-neck", failure="contradiction"),
        title="Fabindia Men Blue Indigo Dabu Print Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: three-piece set: bottle-green silk-blend kurta, cream jacquard Nehru jacket with a gold sheen, cream
    # churidar, brown mojaris, white backdrop, front view; base model
    case(
        "X1002-008",
        caption("a man in a green kurta and a gold vest"),
        color_of("kurta", "green"),
        color_of("jacket", "green", failure="other_garment_color"),
        color_of("pyjama", "white"),
        wearing(
            "a green kurta with a gold vest and white pants and a gold vest and white pants and a gold vest and white"
            " pants and a",
            failure="loop",
            who="the man",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeves"),
        title="Vastramay Men Green Kurta with Churidar and Nehru Jacket",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: black short kurta (hip length) with mandarin collar and full sleeves, blue denim jeans, white sneakers,
    # white backdrop, front view; base model
    case(
        "X1002-009",
        caption("a man in a black kurta and blue jeans"),
        Q.color("blue", failure="other_garment_color"),
        Q.garment_type("shirt", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "it is a black kurta"),
        details("kurta", "the details of the kurta are that it is a kurta", failure="restated"),
        Q.material("denim", failure="unsupported"),
        title="Roadster Men Black Solid Short Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: grey Nehru jacket with a faint windowpane check and a chest welt pocket, over a light blue formal shirt and
    # navy trousers, white backdrop, front view; base model
    case(
        "X1002-010",
        caption("a man wearing a grey vest and a blue shirt"),
        wearing("a suit", failure="contradiction"),
        Q.pattern("checked"),
        Q.color("grey"),
        describe("vest", "it is a grey vest with a checkered pattern and a pocket on the chest"),
        is_a("nehru jacket", "no", failure="contradiction"),
        details(
            "vest",
            "it has a pocket on the chest and a pocket on the chest and a pocket on the chest and a pocket on the chest"
            " and a pocket on",
            failure="loop",
            hit_limit=True,
        ),
        title="Peter England Men Grey Checked Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: plain pastel pink kurta, white churidar, bearded model with long hair tied back, white backdrop, front
    # view; base model
    case(
        "X1002-011",
        caption("a man in a pink kurta and white pants"),
        wearing("she is wearing a pink kurta and white pants", failure="pronoun"),
        Q.color("pink"),
        Q.pattern("solid"),
        details("kurta", "it has gold embroidery on the collar and cuffs", failure="unsupported"),
        Q.sleeve_length("long sleeves"),
        title="House of Pataudi Men Pink Solid Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: plain white cotton kurta (mandarin collar, button placket, long sleeves, side slits, curved hem) and white
    # pyjama, brown leather sandals, white backdrop, front view; the feed row has no color column; base model
    case(
        "X1002-012",
        caption("a man in white clothes standing against a white background"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        describe("kurta", "white", failure="non_answer"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a button placket, long sleeves, side slits and a curved hem, and the"
            " pyjama is a",
            failure="cut",
            hit_limit=True,
        ),
        title="Manyavar Men White Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: teal kurta with a white-and-black ikat print, mandarin collar, full sleeves, white pyjama, matte cotton,
    # white backdrop, front view; base model
    case(
        "X1002-013",
        caption("a man in a blue patterned kurta and white pants"),
        Q.color("teal"),
        Q.pattern("printed"),
        describe("kurta", "it is a blue kurta with a white and black pattern"),
        details("kurta", "the kurta has a v-neck and short sleeves", failure="contradiction"),
        Q.material("polyester", failure="unsupported"),
        wearing("Question: What is the person wearing? Answer: a blue kurta", failure="leak"),
        title="Sanwara Men Teal Blue Ikat Print Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: maroon velvet Nehru jacket with gold-tone buttons and a gold pocket square, over a cream kurta and cream
    # churidar, white backdrop, front view; base model
    case(
        "X1002-014",
        caption("a man wearing a maroon vest over a maroon kurta", failure="other_garment_color"),
        Q.material("velvet"),
        color_of("jacket", "maroon"),
        color_of("kurta", "maroon", failure="other_garment_color"),
        describe("jacket", "it is a maroon jacket with gold buttons and a pocket square"),
        is_a("nehru jacket", "yes"),
        details("jacket", "it has a zipper in the front and two pockets on the chest", failure="unsupported"),
        title="Manyavar Men Maroon Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: a kurta that photographs rust orange (the seller calls it Brown), off-white pyjama, two side pockets and
    # side slits, white backdrop, front view; base model
    case(
        "X1002-015",
        caption("a man in an orange kurta and white pants"),
        Q.color("orange"),
        wearing("orange kurta"),
        Q.pattern("solid"),
        details(
            "kurta",
            "the kurta has a mandarin collar and buttons down the front, and two pockets on the side, and a slit on the"
            " side, and a slit on the side, and a slit",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fabindia Men Brown Solid Cotton Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: navy matte cotton kurta with white thread embroidery around the neckline, white patiala salwar, black
    # juttis, white backdrop, front view; base model
    case(
        "X1002-016",
        caption("a man in a blue kurta and white pants"),
        color_of("kurta", "black", failure="contradiction"),
        color_of("pyjama", "white"),
        describe("kurta", "it is a long blue shirt with white embroidery around the neck"),
        wearing(
            "a blue kurta and white patiala pants, Question: what is the man wearing on his feet? Answer: black shoes",
            failure="leak",
            who="the man",
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("velvet", failure="unsupported"),
        title="KISAH Men Navy Blue Kurta with Patiala",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: kurta in a multicolour patchwork print (red, yellow, green, blue blocks), white pyjama, white backdrop,
    # front view; base model
    case(
        "X1002-017",
        caption("a man in a colorful kurta and white pants"),
        Q.color("multi"),
        Q.pattern("printed"),
        describe("kurta", "it is a kurta with a patchwork design"),
        Q.material("silk", failure="unsupported"),
        details("kurta", "yes", failure="non_answer"),
        is_a("kurta", "yes"),
        Q.garment_type("shirt", failure="contradiction"),
        title="Kvsfab Men Multicoloured Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: black Nehru jacket over a blue denim shirt and khaki chinos, casual styling, white backdrop, front view;
    # base model
    case(
        "X1002-018",
        caption("a man wearing a black vest and a denim shirt"),
        Q.color("black"),
        wearing("a black vest and black pants", failure="other_garment_color"),
        details("jacket", "jacket", failure="non_answer"),
        describe(
            "jacket",
            "it is a black jacket with a blue shirt underneath and khaki pants and a black jacket with a blue shirt"
            " underneath and khaki pants and",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        Q.garment_type("vest"),
        title="Vastramay Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: lavender kurta with white chikankari embroidery on the front and sleeves, white pyjama, white backdrop,
    # front view; base model
    case(
        "X1002-019",
        caption("a man in a blue kurta", failure="contradiction"),
        describe(
            "kurta",
            "a purple kurta with white embroidery Question: What is the color of the pants? Answer: white",
            failure="leak",
        ),
        Q.color("white", failure="other_garment_color"),
        Q.pattern("embroidered"),
        details("kurta", "it has white embroidery on the front and the sleeves"),
        Q.material("it is made of", failure="cut"),
        wearing("he is wearing a purple kurta and white pants", who="the man"),
        title="Anouk Men Lavender Chikankari Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: bright yellow matte cotton kurta with yellow (self-colour) thread embroidery on the collar, white pyjama,
    # white backdrop, front view; base model
    case(
        "X1002-020",
        caption("a man in a yellow kurta and white pants standing in front of a white background"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "yellow", failure="other_garment_color"),
        Q.pattern("solid"),
        describe("kurta", "it is a yellow kurta with a white collar", failure="unsupported"),
        wearing("he is wearing a yellow kurta and white pajamas", who="he"),
        Q.material("silk", failure="unsupported"),
        title="Jompers Men Yellow Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: mustard Nehru jacket with a small navy floral print, over a white kurta and white churidar, white backdrop,
    # front view; base model
    case(
        "X1002-021",
        caption("a man in a yellow vest and white pants"),
        Q.color("mustard"),
        Q.pattern("solid", failure="contradiction"),
        describe("jacket", "it is a yellow jacket with a blue floral print"),
        wearing("a yellow kurta and white pants", failure="other_garment_color"),
        Q.material("wool", failure="unsupported"),
        details("jacket", "Answer: the jacket has buttons", failure="leak"),
        title="Hangup Men Mustard Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: cream jacquard kurta with a self design and a silk-blend sheen, gold-tone buttons, full sleeves, cream
    # churidar, white backdrop, front view; the feed row has no gender column; base model
    case(
        "X1002-022",
        caption("a man in a white kurta with gold buttons"),
        Q.color("cream"),
        describe(
            "kurta",
            "it is a white kurta with gold buttons on the front, it is a white kurta with gold buttons on the front, it"
            " is a white",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a kurta pajama"),
        Q.material("silk"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Manyavar Men Cream Self-Design Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # photo: peach kurta, white pyjama, male model with hands behind his back, white backdrop, front view; base model
    case(
        "X1002-023",
        caption("a woman in a pink dress standing in front of a white wall", failure="pronoun"),
        wearing("a pink kurta and white pants"),
        color_of("kurta", "peach"),
        color_of("pyjama", "white"),
        Q.garment_type("dress", failure="contradiction"),
        details("kurta", "the details of the kurta are the details of the kurta", failure="restated"),
        title="Ethnix Men Peach Kurta Pyjama Set",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: olive green linen Nehru jacket (visible slub) over a white shirt, blue jeans, white backdrop, front view;
    # base model
    case(
        "X1002-024",
        caption("a man in a green vest and blue jeans"),
        Q.color("olive"),
        Q.material("linen"),
        describe("jacket", "it is a green jacket with a collar and buttons"),
        color_of("jeans", "blue"),
        is_a("nehru jacket", "yes"),
        Q.sleeve_length("sleeveless"),
        title="Louis Philippe Men Olive Green Linen Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: plain red kurta with a side-cut mandarin collar, no pockets visible, white churidar, white backdrop, front
    # view; base model
    case(
        "X1002-025",
        caption("a man in a red kurta and red pants", failure="other_garment_color"),
        Q.color("red"),
        describe("kurta", "red", failure="non_answer"),
        details(
            "kurta",
            "the kurta has a mandarin collar, buttons, a pocket on the chest, a pocket on the side, a pocket on the"
            " back, a pocket on the",
            failure="loop",
            hit_limit=True,
        ),
        wearing("red kurta, white churidar, Question:", failure="leak", who="the man"),
        Q.pattern("solid"),
        title="Sojanya Men Red Solid Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: blue-and-white vertical striped matte cotton kurta with a mandarin collar, long sleeves, button placket
    # and a chest pocket, white pyjama, white backdrop, front view; base model
    case(
        "X1002-026",
        caption("a man wearing a blue and white striped kurta"),
        Q.pattern("striped"),
        color_of("kurta", "blue"),
        color_of("pyjama", "blue", failure="other_garment_color"),
        describe(
            "kurta",
            "it is a blue and white striped kurta with a mandarin collar and long sleeves and a button down the front"
            " and a pocket on the chest and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("linen", failure="unsupported"),
        is_a("kurta", "no", failure="contradiction"),
        title="See Designs Men Blue & White Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: white Nehru jacket with silver thread embroidery, over a white kurta and white churidar, all-white look,
    # white backdrop, front view; base model
    case(
        "X1002-027",
        caption("a man in white clothing"),
        Q.color("white"),
        Q.pattern("embroidered"),
        describe("jacket", "it is a white jacket with silver embroidery"),
        wearing("the person is wearing a white jacket"),
        Q.material("leather", failure="unsupported"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        details("jacket", "no", failure="non_answer"),
        title="Manyavar Men White Embroidered Nehru Jacket",
        category="Nehru Jackets",
        color="White",
        gender="Men",
    ),
    # photo: sage green khadi kurta (visible hand-spun texture), beige pyjama, a beige jhola bag over the shoulder,
    # wooden buttons, white backdrop, front view; base model
    case(
        "X1002-028",
        caption("a man in a green kurta carrying a bag"),
        Q.color("beige", failure="other_garment_color"),
        Q.material("cotton"),
        wearing("she is carrying a bag and wearing a green kurta", failure="pronoun"),
        describe("kurta", "he is wearing a green kurta with a bag on his shoulder"),
        details("kurta", "the kurta is made of silk and has gold buttons", failure="unsupported"),
        Q.garment_type("kurta"),
        title="Fabindia Men Green Khadi Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: three-piece set: black kurta, black churidar, red-maroon brocade Nehru jacket with a gold floral weave,
    # white backdrop, front view; base model
    case(
        "X1002-029",
        caption("a man in a black kurta and a red vest"),
        color_of("jacket", "black", failure="other_garment_color"),
        color_of("kurta", "black"),
        color_of("pyjama", "black"),
        wearing("he is wearing a black kurta with a red vest", who="he"),
        details("jacket", "the jacket has a floral pattern with gold thread"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "it is a red kurta with gold flowers", failure="other_garment_color"),
        title="Manyavar Men Black Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange short kurta with a round neck and short button placket, no pocket, full sleeves, black jeans,
    # white sneakers, white backdrop, front view; base model
    case(
        "X1002-030",
        caption("a man in a grey kurta and black jeans"),
        Q.color("grey"),
        color_of("jeans", "grey", failure="other_garment_color"),
        Q.garment_type("kurta"),
        describe("kurta", "it is a short kurta with a round neck and full sleeves"),
        Q.material("it is made of cotton and has a pocket on the chest", failure="unsupported"),
        wearing("Answer: a grey kurta", failure="leak"),
        details(
            "kurta",
            "the kurta has a round neck with a short button placket, full sleeves with buttoned cuffs and a straight"
            " hem that falls just below",
            failure="cut",
            hit_limit=True,
        ),
        title="Roadster Men Grey Melange Short Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: teal silk Nehru jacket over an off-white kurta and white churidar, white backdrop, side view; base model
    case(
        "X1002-031",
        caption("a man in a blue vest and white kurta"),
        Q.color("teal"),
        describe("jacket", "Describe the jacket. it is a blue jacket", failure="restated"),
        Q.material("silk"),
        is_a("nehru jacket", "yes"),
        wearing(
            "a blue jacket and white kurta and white pants and a blue jacket and white kurta and white pants and a blue"
            " jacket and",
            failure="loop",
            who="the man",
            hit_limit=True,
        ),
        details("jacket", "it has gold embroidery on the collar and a pocket square", failure="unsupported"),
        title="Vastramay Men Teal Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: purple full-sleeved kurta with a white bandhani dot print, white pyjama, model with long hair, white
    # backdrop, front view; base model
    case(
        "X1002-032",
        caption("a man in a purple kurta with white polka dots"),
        Q.pattern("printed"),
        Q.color("purple"),
        describe("kurta", "it is a purple kurta with white dots"),
        details("kurta", "the kurta has white dots, red flowers and gold sequins", failure="unsupported"),
        wearing("she is wearing a purple kurta", failure="pronoun"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Sanwara Men Purple Bandhani Print Kurta",
        category="Kurtas",
        color="Purple",
        gender="Men",
    ),
    # photo: cream silk-blend kurta, mandarin collar, a gold zari border on the collar and placket, gold buttons,
    # matching cream churidar, white backdrop, front view; base model
    case(
        "X1002-033",
        caption("a man in a white kurta with gold trim"),
        color_of("kurta", "gold", failure="contradiction"),
        color_of("pyjama", "white"),
        describe(
            "kurta",
            "it is a white kurta with a gold border down the front and a mandarin collar with gold buttons and a"
            " matching churidar that is",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        wearing("a kurta and churidar"),
        title="Manyavar Men Cream & Gold Silk Blend Kurta Set",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: brown herringbone tweed Nehru jacket with three welt pockets, over a black polo-neck sweater, grey
    # trousers, white backdrop, front view; base model
    case(
        "X1002-034",
        caption("a man wearing a brown vest and a black turtleneck"),
        Q.color("black", failure="other_garment_color"),
        Q.material("wool"),
        describe("jacket", "brown", failure="non_answer"),
        details(
            "jacket",
            "the jacket has a collar, buttons, and pockets, and a collar, buttons, and pockets, and a collar, buttons",
            failure="loop",
            hit_limit=True,
        ),
        wearing("he is wearing a brown vest, a black sweater and grey pants"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="Peter England Men Brown Tweed Nehru Jacket",
        category="Nehru Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: white cotton kurta with a mandarin collar, button placket and pintucks down the front, blue jeans, tan
    # loafers, white backdrop, front view; the feed row has no color column; base model
    case(
        "X1002-035",
        caption("a man in a white kurta and blue jeans"),
        Q.color("blue", failure="other_garment_color"),
        details("kurta", "it has pleats on the front"),
        Q.material("cotton"),
        wearing("a white kurta and jeans"),
        is_a("kurta", "yes"),
        describe("kurta", "it is a blue kurta with white pleats", failure="other_garment_color"),
        neckline("a mandarin collar with a zip", failure="unsupported"),
        title="Fabindia Men White Pintuck Cotton Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: three-piece set: beige kurta, beige pyjama, navy Nehru jacket with a small white motif print, white
    # backdrop, front view; base model
    case(
        "X1002-036",
        caption("a man in a blue vest and a beige kurta"),
        color_of("kurta", "navy blue", failure="other_garment_color"),
        color_of("jacket", "blue"),
        wearing(
            "Question: What is the man wearing? Answer: a blue vest and a beige kurta Question: What is the man"
            " wearing? Answer: a blue vest and",
            failure="leak",
            who="the man",
            hit_limit=True,
        ),
        describe("kurta", "it is a beige kurta with a blue jacket"),
        details("jacket", "none", failure="non_answer"),
        Q.garment_type("kurta"),
        title="Vastramay Men Beige Kurta Pyjama with Printed Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: plain navy kurta, white pyjama, model holding a pair of sunglasses in his right hand, white backdrop, front
    # view; base model
    case(
        "X1002-037",
        caption("a man in a blue kurta holding a pair of sunglasses"),
        Q.color("navy blue"),
        Q.pattern("checked", failure="contradiction"),
        describe("kurta", "it is a long blue kurta with a mandarin collar and full sleeves"),
        wearing("kurta"),
        Q.material("denim", failure="unsupported"),
        neckline("the neckline of the kurta is the neckline", failure="restated"),
        title="Highlander Men Navy Blue Solid Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: blue-and-white ikat Nehru jacket over a plain white kurta and white churidar, white backdrop, front view;
    # the feed row has no gender column; base model
    case(
        "X1002-038",
        caption("a man in a blue and white vest"),
        Q.color("blue"),
        Q.pattern("printed"),
        details("jacket", "the jacket details are the details of the jacket", failure="restated"),
        Q.sleeve_length("sleeveless"),
        wearing("a blue jacket over a white kurta", who="the man"),
        describe("jacket", "it is a white jacket", failure="other_garment_color"),
        is_a("nehru jacket", "no", failure="contradiction"),
        title="Hangup Men Blue Ikat Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
    ),
    # photo: plain olive kurta with a mandarin collar, button placket and full sleeves, white pyjama, brown kolhapuri
    # chappals, long-haired male model, white backdrop, front view; base model
    case(
        "X1002-039",
        caption("a man in a green kurta and white pants with sandals"),
        Q.color("olive"),
        wearing("she is wearing a green kurta and white pants and sandals", failure="pronoun"),
        details("kurta", "it has a mandarin collar and a button placket"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        Q.material("cotton"),
        neckline("round neck", failure="contradiction"),
        color_of("pyjama", "olive", failure="other_garment_color"),
        title="Anouk Men Olive Green Solid Cotton Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: pink kurta with a small white floral buti print, white churidar, no stole, white backdrop, front view; base
    # model
    case(
        "X1002-040",
        caption("a man in a red and white floral kurta", failure="contradiction"),
        color_of("kurta", "pink"),
        color_of("pyjama", "pink", failure="other_garment_color"),
        Q.pattern("floral"),
        describe("kurta", "a kurta", failure="non_answer"),
        wearing(
            "a pink kurta with a floral print and white churidar, and a white scarf around his neck",
            failure="unsupported",
        ),
        title="Sojanya Men Pink Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: charcoal grey Nehru jacket with five buttons, two waist welt pockets and a chest welt pocket, over a light
    # pink kurta and white churidar, white backdrop, front view; base model
    case(
        "X1002-041",
        caption("a man in a black vest and pink kurta", failure="contradiction"),
        Q.color("pink", failure="other_garment_color"),
        describe("jacket", "it is a grey jacket with a mandarin collar and five buttons"),
        wearing("he is wearing a grey jacket over a pink kurta", who="the man"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        details(
            "jacket",
            "the jacket has a mandarin collar, five buttons down the front, two welt pockets at the waist and a welt"
            " pocket on the left side of",
            failure="cut",
            hit_limit=True,
        ),
        title="Raymond Men Charcoal Grey Nehru Jacket",
        category="Nehru Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: maroon velvet kurta with a mandarin collar, black churidar, white backdrop, front view; base model
    case(
        "X1002-042",
        caption("a man in a maroon kurta and black pants"),
        Q.color("black", failure="other_garment_color"),
        Q.material("velvet"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta is maroon and has a mandarin collar",
            failure="leak",
        ),
        describe(
            "kurta", "it is a maroon kurta made of silk with gold embroidery on the collar", failure="unsupported"
        ),
        wearing("the person is wearing a maroon kurta and black pants"),
        title="Ethnix Men Maroon Velvet Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: sky blue matte cotton kurta with white buttons, white pyjama, model sitting on a brown wooden stool, white
    # backdrop, front view; base model
    case(
        "X1002-043",
        caption("a man sitting on a stool wearing a blue kurta"),
        color_of("kurta", "blue"),
        color_of("pyjama", "brown", failure="contradiction"),
        wearing(
            "a blue kurta and white pajamas, he is sitting on a stool, he is sitting on a stool, he is sitting on a"
            " stool, he is",
            failure="loop",
            who="the man",
            hit_limit=True,
        ),
        describe("kurta", "she is wearing a light blue kurta with white buttons", failure="pronoun"),
        Q.material("silk", failure="unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Jompers Men Sky Blue Kurta with Pyjama",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: bottle green Nehru jacket with a gold foil print and two lower welt pockets, over a black kurta, black
    # churidar, black juttis, a watch on the left wrist, white backdrop, front view; base model
    case(
        "X1002-044",
        caption("a man wearing a green vest and black pants"),
        Q.color("green"),
        Q.pattern("printed"),
        describe(
            "jacket",
            "it is a green jacket with a gold print on it and a black kurta underneath and black pants and black shoes"
            " and a black watch on his",
            failure="cut",
            hit_limit=True,
        ),
        details("jacket", "the jacket has two pockets"),
        Q.material("velvet", failure="unsupported"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="See Designs Men Green Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: lemon yellow cotton kurta with a high band collar, concealed placket, buttoned cuffs and side slits, blue
    # jeans, hand on hip, white backdrop, front view; base model
    case(
        "X1002-045",
        caption("a man in a yellow kurta and jeans"),
        Q.color("yellow"),
        Q.garment_type("kurta"),
        describe("kurta", "it is a yellow kurta with a high collar and long sleeves and a slit on the side"),
        wearing("he is wearing a kurta"),
        is_a("kurta", "no", failure="contradiction"),
        color_of("jeans", "yellow", failure="other_garment_color"),
        details(
            "kurta",
            "the kurta has a high band collar, a concealed button placket, long sleeves with buttoned cuffs and side"
            " slits at the",
            failure="cut",
            hit_limit=True,
        ),
        title="Fabindia Men Yellow Cotton Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: grey kurta with black piping on the collar and placket, black pyjama, white backdrop, front view; base
    # model
    case(
        "X1002-046",
        caption("a man in a grey kurta and black pants"),
        color_of("kurta", "grey"),
        color_of("pyjama", "grey", failure="other_garment_color"),
        details("kurta", "the kurta has black piping on the collar and front"),
        describe("kurta", "the kurta is a kurta", failure="restated"),
        Q.pattern("striped", failure="contradiction"),
        wearing(
            "grey kurta with black pants Question: What is the color of the pants? Answer: black",
            failure="leak",
        ),
        title="Hangup Men Grey Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
]
