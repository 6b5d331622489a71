"""BLIND_945 (46 products; Myntra kurta sets, zero-shot per-piece colors): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 104/137 failures found (75.9%) and 15/179 correct texts flagged
(8.4%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic-wear feed: kurta sets (kurta with salwar, churidar, palazzos, trousers or
patiala, most with a dupatta), two "Salwar and Dupatta" rows sold without the kurta the model wears, and one "Kurtas"
row styled with a churidar and dupatta that are not part of the product. Catalog photos: a model, front view, mostly
on a white or light grey studio backdrop, a few lifestyle shots (a plant, a stool); jhumkas, bangles, juttis, a bag.
The seller's color is the kurta's (or, for salwar rows, the salwar's); some rows lack a column.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions (50
tokens) and open answers (30 tokens) are greedy free generation with the `Question: ... Answer:` prompt; closed
answers (per-piece colors, garment type, the garment's color, pattern, sleeve length, "Is this a kurta?") are
enrich's `--engine reference`, which ranks the candidate values with the same base model and keeps one. A few rows
also asked a piece's color as an open question ("What color is the dupatta?", free generation). Habits of the base
model: short lowercase answers, "scarf" or "shawl" for the dupatta, "leggings" or "pants" for churidar and salwar,
"top", "shirt", "tunic" or "suit" for a kurta, one color spread over every piece, the print's color taken for the
ground color, invented fabrics, closures and trims, the occasional "he" or "a man", and now and then it runs on into
another `Question:`, echoes the question, or repeats a phrase until the token limit (rarer than with the
unterminated adapters, but the untuned model does it too on long descriptions).

Labeling conventions and judgement calls:
- A closed answer that picks a wrong value is a contradiction, even when the value is another piece's color; the
  kind other_garment_color is kept for free text (captions, open answers, open color questions) that gives a piece
  the color of another piece in the same photo (including "green kurta and green pants" when only the kurta is).
- A color given as the shade family is correct: "pink" for peach or magenta, "red" for maroon or burgundy, "blue"
  for teal, turquoise or navy, "purple" for lavender or mauve, "orange" for rust or coral, "white" for cream or off
  white. "purple" for a magenta kurta (seller Magenta, Pink group) is labelled a contradiction.
- The ground color is the garment's color: "red" for an off-white kurta with a red print is a contradiction. A
  dupatta answered with its narrow border's color is a contradiction too.
- "dress" or "gown" for a flared floor-length anarkali is correct; "dress" for a straight kurta worn with a bottom
  is labelled a contradiction. "top", "tunic", "shirt" and "suit" for a kurta, "scarf"/"shawl" for a dupatta,
  "pants"/"leggings" for salwar or churidar are correct.
- For the "Salwar and Dupatta" rows, "the garment" is the seller's product (the salwar): the kurta's color or type
  given for it is a contradiction.
- An accessory given as the answer to "What is the person wearing?" is a contradiction.
- A one-word color, "yes", "nothing" or a bare noun ("a dupatta", "it is a kurta") to an open question (wearing,
  describe, details) is a non_answer. A sentence that only turns the question back ("the details of the kurta are
  the details of the kurta", "describe the dupatta") is restated.
- A fabric the title contradicts, or a closure, lining, pocket, trim or print the front-view photo does not show, is
  unsupported, even when the rest of the sentence is right.
- "he", "his" or "a man" for these women's products is a pronoun failure, in captions as well as answers.
- An answer that runs into "Question:" or "Answer:" is a leak even when the part before it is right; a phrase
  repeated to the token limit is a loop (hit_limit); a sentence stopped mid-phrase at the limit, but otherwise
  right, is a cut (hit_limit).
- "leheriya" answered "striped" by the closed pattern question is accepted as correct; an ikat print answered
  "striped" is a contradiction (the open description calls it ikat).
- One label per text: where a text fails two ways the more visible failure is kept (the leak over the color).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    question,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length


def open_color(garment, text, failure=None, hit_limit=False):
    """A piece's color asked as an open question (free generation), in the rows that asked it twice."""
    return question(f"{garment}_color_open", f"What color is the {garment}?", "open")(text, failure, hit_limit)


BLIND_945 = [
    # photo: pink straight kurta with small white floral print, plain hem, white palazzos, pink chiffon dupatta with
    # gota border over both shoulders; gold juttis; white backdrop, front view. Base model (free text), reference
    # engine (closed answers).
    case(
        "X945-001",
        caption("a woman in a pink kurta and white pants with a pink scarf"),
        wearing("a pink kurta and pink palazzo pants", "other_garment_color"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink", "contradiction"),
        color_of("dupatta", "pink"),
        describe("kurta", "a pink kurta with white flowers and lace trim on the hem", "unsupported"),
        title="Libas Women Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue kurta with gold foil buttis and mandarin collar, navy churidar, navy dupatta with gold foil
    # print and gold border; mojaris; white backdrop, front view, no pockets visible. Base model + reference engine.
    case(
        "X945-002",
        caption("a woman in a blue salwar kameez standing in front of a white wall"),
        wearing("she is wearing a blue and gold kurta"),
        color_of("kurta", "navy blue"),
        color_of("churidar", "navy blue"),
        color_of("dupatta", "black", "contradiction"),
        details("kurta", "gold print, a mandarin collar and pockets on the side", "unsupported"),
        material("silk", "unsupported"),
        describe("dupatta", "describe the dupatta", "restated"),
        title="Anouk Women Navy Blue & Gold-Toned Printed Pure Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: solid green straight knee-length kurta, V-neck, three-quarter sleeves, off-white churidar, no dupatta;
    # silver jhumkas, hand on hip; white backdrop. Base model + reference engine.
    case(
        "X945-003",
        caption("a woman wearing a green kurta and white leggings"),
        wearing("a green dress", "contradiction"),
        color_of("kurta", "green"),
        color_of("churidar", "white"),
        sleeve("three-quarter"),
        material("silk", "unsupported"),
        describe("kurta", "a green kurta with long sleeves", "contradiction"),
        title="W Women Green Solid Cotton Straight Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: mustard yellow kurta with white block print, white salwar, mustard dupatta with white print and tassels;
    # white backdrop, front view. Base model + reference engine.
    case(
        "X945-004",
        caption("a woman in a yellow and white salwar suit"),
        wearing("yellow kurta and white salwar Question: What is the color of the dupatta? Answer: yellow", "leak"),
        color_of("kurta", "yellow"),
        color_of("salwar", "white"),
        color_of("dupatta", "yellow"),
        details("dupatta", "tassels on the ends"),
        describe("kurta", "yellow", "non_answer"),
        title="Biba Women Mustard Yellow & White Block Print Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon flared floor-length anarkali with gold zari yoke, maroon salwar barely visible, gold-beige net
    # dupatta with a maroon border over one shoulder; light grey backdrop. Base model + reference engine.
    case(
        "X945-005",
        caption("a woman in a red dress with a gold scarf"),
        wearing("a red anarkali suit"),
        color_of("kurta", "maroon"),
        color_of("salwar", "maroon"),
        color_of("dupatta", "maroon", "contradiction"),
        describe("dupatta", "a red dupatta with a gold border", "other_garment_color"),
        material("velvet", "unsupported"),
        title="Soch Women Maroon Yoke Design Anarkali Kurta with Salwar & Net Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: short teal kurta with white thread embroidery on yoke and sleeve hems, no tie-ups, white palazzos, no
    # dupatta; white backdrop, model smiling. Base model + reference engine.
    case(
        "X945-006",
        caption("a woman in a blue top and white pants posing for a photo"),
        wearing("a blue tunic and white palazzo pants"),
        color_of("kurta", "teal"),
        color_of("palazzos", "white"),
        describe("kurta", "the kurta is a kurta", "non_answer"),
        details("kurta", "white embroidery on the yoke and sleeves and a tie-up at the back", "unsupported"),
        title="Varanga Women Teal Blue Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: peach kurta with multicolor floral print, peach trousers, plain peach organza dupatta (no border) held
    # out in one hand; white backdrop. Base model + reference engine.
    case(
        "X945-007",
        caption("a woman in a pink floral kurta holding a scarf"),
        wearing("he is wearing a pink kurta and pink pants", "pronoun"),
        color_of("kurta", "peach"),
        color_of("trousers", "peach"),
        color_of("dupatta", "peach"),
        describe("dupatta", "a sheer peach dupatta with a gold zari border", "unsupported"),
        title="Sangria Women Peach-Coloured Floral Printed Kurta with Trousers & Organza Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: black kurta with red bandhani-style dot print, red palazzos, red dupatta with black print draped on the
    # left shoulder; white backdrop. Base model + reference engine.
    case(
        "X945-008",
        caption("a woman in a black and red outfit with a red scarf"),
        wearing("a black kurta with red palazzos Question: What is the color of the kurta? Answer: black", "leak"),
        color_of("kurta", "black"),
        color_of("palazzos", "black", "contradiction"),
        color_of("dupatta", "red"),
        describe("dupatta", "a black dupatta with red print", "other_garment_color"),
        title="AKS Women Black & Red Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: lime green straight kurta with white neckline embroidery, lime trousers, white dupatta with a thin lime
    # border; lifestyle shot, beige wall with a potted plant. Base model + reference engine.
    case(
        "X945-009",
        caption("a woman standing in front of a plant wearing a green outfit"),
        wearing("a green kurta, green pants and a green dupatta", "other_garment_color"),
        color_of("kurta", "green"),
        color_of("trousers", "green"),
        color_of("dupatta", "green", "contradiction"),
        describe(
            "kurta",
            "a green kurta with white embroidery on the neck, it is a kurta with a green color and a green color and"
            " a green color and a green color",
            "loop",
            hit_limit=True,
        ),
        title="Indo Era Women Lime Green Embroidered Straight Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: indigo blue kurta with white dabu print, white palazzos with a small blue print, no dupatta; white
    # backdrop, front view. Base model + reference engine.
    case(
        "X945-010",
        caption("a woman wearing a blue and white printed kurta and pants"),
        wearing("he is wearing a blue and white kurta", "pronoun"),
        color_of("kurta", "blue"),
        color_of("palazzos", "white"),
        describe("palazzos", "blue palazzo pants", "other_garment_color"),
        details("kurta", "blue", "non_answer"),
        material("cotton"),
        title="Jaipur Kurti Women Blue & White Dabu Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white kurta with red floral print, long sleeves, red churidar, red dupatta with off-white print;
    # white backdrop. Base model + reference engine.
    case(
        "X945-011",
        caption("a woman in a white kurta with red flowers and a red dupatta"),
        wearing("a white kurta and red leggings"),
        color_of("kurta", "red", "contradiction"),
        color_of("churidar", "red"),
        color_of("dupatta", "red"),
        details("kurta", "red flowers on a white background"),
        describe("dupatta", "the dupatta is a dupatta that is described as red and white", "restated"),
        title="Rangriti Women Off-White & Red Floral Print Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: olive green kurta with small white print and mandarin collar, olive trousers, no dupatta; model holds a
    # brown tote bag; white backdrop. Base model + reference engine.
    case(
        "X945-012",
        caption("a woman in a green kurta holding a brown bag"),
        wearing("a brown bag", "contradiction"),
        color_of("kurta", "olive"),
        color_of("trousers", "olive"),
        describe("kurta", "a green kurta with a white print and a mandarin collar"),
        open_color("trousers", "brown", "other_garment_color"),
        details("kurta", "what are the kurta details? the kurta details", "restated"),
        title="Global Desi Women Olive Green Printed Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: pink flared floor-length anarkali with gold print at the yoke, pink palazzos, pink dupatta; model
    # twirling; white backdrop. Base model + reference engine.
    case(
        "X945-013",
        caption("a woman in a pink gown twirling"),
        wearing("a pink anarkali dress and a pink dupatta"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "pink"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        is_a("kurta", "no", "contradiction"),
        material("satin", "unsupported"),
        title="Khushal K Women Pink & Gold-Toned Printed Cotton Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: yellow kurta with green leheriya (diagonal stripe) print, yellow salwar, solid green dupatta with gota
    # edge; white backdrop. Base model + reference engine.
    case(
        "X945-014",
        caption("a woman in a yellow salwar kameez with a yellow dupatta", "other_garment_color"),
        wearing("yellow", "non_answer"),
        color_of("kurta", "yellow"),
        color_of("salwar", "yellow"),
        color_of("dupatta", "green"),
        describe("dupatta", "a yellow dupatta with green stripes", "other_garment_color"),
        pattern("striped"),
        title="Ahalyaa Women Yellow & Green Leheriya Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: the product is a white cotton salwar and a white dupatta with a narrow blue printed border; the model
    # also wears a plain blue kurta that is not sold with it; white backdrop. Base model + reference engine.
    case(
        "X945-015",
        caption("a woman in a blue kurta and white pants"),
        wearing("a blue shirt and white pants with a white scarf"),
        color_of("salwar", "white"),
        color_of("dupatta", "blue", "contradiction"),
        color("blue", "contradiction"),
        garment_type("kurta", "contradiction"),
        title="Fabindia Women White Solid Cotton Salwar with Dupatta",
        category="Salwar and Dupatta",
        color="White",
        gender="Women",
    ),
    # photo: solid magenta kurta with thin gota lace at the neckline, white churidar, multicolor printed dupatta;
    # white backdrop. Base model + reference engine.
    case(
        "X945-016",
        caption("a woman in a purple kurta and white pants", "contradiction"),
        wearing("a pink kurta with white leggings and a colorful scarf"),
        color_of("kurta", "magenta"),
        color_of("churidar", "white"),
        color_of("dupatta", "multicolor"),
        describe("kurta", "a pink kurta with gold embroidery and sequins all over", "unsupported"),
        details("dupatta", "the dupatta details are the details on the dupatta", "restated"),
        title="Nayo Women Magenta Solid Kurta with Churidar & Printed Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: all off-white: chikankari kurta (floral and leaf thread work on yoke, sleeves and hem, no zip visible),
    # palazzos and dupatta; silver jhumkas; white backdrop, front view. Base model + reference engine.
    case(
        "X945-017",
        caption("a woman in a white outfit standing in front of a white wall"),
        wearing("a white kurta and white pants"),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white"),
        details("kurta", "white thread embroidery all over and a hidden zip on the side", "unsupported"),
        describe(
            "kurta",
            "a white chikankari kurta with white thread embroidery of flowers and leaves on the yoke, the sleeves"
            " and the hem, worn with white palazzo pants and a white",
            "cut",
            hit_limit=True,
        ),
        title="Gerua Women Off-White Chikankari Embroidered Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: red kurta with gold foil print, no zip, beige churidar, red dupatta over one shoulder; white backdrop,
    # front view. Base model + reference engine.
    case(
        "X945-018",
        caption("a man in a red kurta and beige pants", "pronoun"),
        wearing("she is wearing a red kurta and a red scarf"),
        color_of("kurta", "red"),
        color_of("churidar", "red", "contradiction"),
        color_of("dupatta", "red"),
        details("kurta", "gold print and a gold zip at the back", "unsupported"),
        describe("churidar", "red leggings", "other_garment_color"),
        title="Mitera Women Red & Gold-Toned Foil Print Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: navy kurta with white geometric print, short sleeves, white trousers, no dupatta; white backdrop.
    # Base model + reference engine.
    case(
        "X945-019",
        caption("a woman wearing a navy blue and white top with white pants"),
        wearing("a navy blue kurta and navy blue pants", "other_garment_color"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue", "contradiction"),
        describe(
            "trousers",
            "white pants with white pants with white pants with white pants with white pants with white pants with"
            " white pants with",
            "loop",
            hit_limit=True,
        ),
        pattern("geometric"),
        material("the garment is made of a material", "restated"),
        title="Vishudh Women Navy Blue & White Geometric Print Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: solid rust kurta with round neck and button placket, no belt, rust palazzos, beige dupatta; gold
    # earrings, arms by her sides; white backdrop. Base model + reference engine.
    case(
        "X945-020",
        caption(
            "a woman in an orange kurta and orange pants with a beige dupatta standing in front of a white background"
            " with her hands by her sides, she is wearing a pair of gold earrings and a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("orange kurta, orange pants, orange dupatta", "other_garment_color"),
        color_of("kurta", "rust"),
        color_of("palazzos", "rust"),
        color_of("dupatta", "beige"),
        describe("kurta", "an orange kurta with a round neck and button placket and a brown belt", "unsupported"),
        material("rayon", "unsupported"),
        details("dupatta", "nothing", "non_answer"),
        title="Janasya Women Rust Solid Crepe Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: sea green kurta with white print, white salwar, sea green dupatta; white backdrop. Base model +
    # reference engine.
    case(
        "X945-021",
        caption("a woman in a green and white kurta with a green dupatta"),
        wearing("a green kurta and white salwar Answer: a green kurta and white salwar", "leak"),
        color_of("kurta", "green"),
        color_of("salwar", "white"),
        color_of("dupatta", "white", "contradiction"),
        open_color("dupatta", "white", "other_garment_color"),
        title="Stylum Women Sea Green Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: solid purple straight kurta with round neck, pleated yoke and side pockets (one hand in a pocket),
    # purple churidar, no dupatta; white backdrop. Base model + reference engine.
    case(
        "X945-022",
        caption("a woman wearing a purple kurta with her hand in her pocket"),
        wearing("Answer: a purple kurta and purple leggings", "leak"),
        color_of("kurta", "purple"),
        color_of("churidar", "purple"),
        describe("kurta", "purple", "non_answer"),
        details("kurta", "pockets, a round neck and a pleated yoke"),
        material("linen", "unsupported"),
        title="Aurelia Women Purple Solid Pure Cotton Straight Kurta with Churidar",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: white kurta with blue floral print, solid blue palazzos, solid blue dupatta; white backdrop.
    # Base model + reference engine.
    case(
        "X945-023",
        caption("a man in a blue and white floral print outfit", "pronoun"),
        wearing("a white kurta with blue flowers and blue pants and a blue dupatta"),
        color_of("kurta", "blue", "contradiction"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "blue"),
        describe("palazzos", "blue palazzos with white flowers", "unsupported"),
        open_color("kurta", "blue", "other_garment_color"),
        title="Ishin Women White & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: charcoal grey kurta with pink floral thread embroidery on the yoke, grey palazzos, pink dupatta;
    # white backdrop. Base model + reference engine.
    case(
        "X945-024",
        caption("a woman in a gray kurta with a pink dupatta"),
        wearing("a grey kurta with pink embroidery, pink pants and a pink dupatta", "other_garment_color"),
        color_of("kurta", "grey"),
        color_of("palazzos", "pink", "contradiction"),
        color_of("dupatta", "pink"),
        details("kurta", "pink flowers embroidered on the yoke"),
        material("chanderi silk", "unsupported"),
        title="Yufta Women Charcoal Grey Embroidered Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: bottle green kurta with mirror work on the neckline, green salwar, red-yellow-green bandhani dupatta;
    # white backdrop. Base model + reference engine.
    case(
        "X945-025",
        caption("a woman in a green salwar suit with a colorful dupatta"),
        wearing("he is wearing a green kurta with mirrors on it", "pronoun"),
        color_of("kurta", "green"),
        color_of("salwar", "green"),
        color_of("dupatta", "multicolor"),
        describe("dupatta", "a red, yellow and green tie-dye dupatta"),
        details(
            "kurta",
            "mirror work on the neckline and the neckline and the neckline and the neckline and the neckline and the"
            " neckline and the",
            "loop",
            hit_limit=True,
        ),
        title="Bhama Couture Women Green Mirror Work Kurta with Salwar & Bandhani Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: black straight kurta with silver sequin embroidery at neckline and hem, black churidar, sheer black net
    # dupatta with a black border and scattered silver sequins, draped over the left shoulder to the knee; dark grey
    # backdrop. Base model + reference engine.
    case(
        "X945-026",
        caption("a woman in a black outfit with a sheer black scarf"),
        wearing("black", "non_answer"),
        color_of("kurta", "black"),
        color_of("churidar", "black"),
        color_of("dupatta", "black"),
        details("kurta", "silver sequins on the neckline and the hem"),
        material("velvet", "unsupported"),
        describe(
            "dupatta",
            "a sheer black net dupatta with a black border and small silver sequins scattered across the whole"
            " dupatta, draped over the left shoulder and falling down to the",
            "cut",
            hit_limit=True,
        ),
        title="Kalini Women Black Sequinned Georgette Kurta with Churidar & Net Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: lavender kurta with white lucknowi embroidery, three-quarter sleeves, white palazzos, no dupatta; white
    # backdrop. Base model + reference engine.
    case(
        "X945-027",
        caption("a woman in a purple kurta and white pants, she is standing in front of a white background"),
        wearing(
            "she is wearing a purple kurta and white pants Question: What is the color of the kurta? Answer: purple"
            " Question: What is",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "lavender"),
        color_of("palazzos", "white"),
        describe("kurta", "a lavender kurta with white embroidery"),
        sleeve("sleeveless", "contradiction"),
        title="Poshak Hub Women Lavender Lucknowi Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: cream kurta with gold zari at the neckline, cream churidar, maroon dupatta with a plain gold border (no
    # tassels) over both arms; white backdrop. Base model + reference engine.
    case(
        "X945-028",
        caption("a woman in a white kurta with a red dupatta"),
        wearing(
            "a cream colored kurta and a maroon dupatta. Question: What is the color of the churidar? Answer: cream",
            "leak",
        ),
        color_of("kurta", "cream"),
        color_of("churidar", "cream"),
        color_of("dupatta", "maroon"),
        describe("kurta", "a maroon kurta with gold embroidery", "other_garment_color"),
        details("dupatta", "gold border with pearl tassels", "unsupported"),
        title="House of Pataudi Women Cream Zari Work Kurta with Churidar & Maroon Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: turquoise kurta with white floral print, round neck, three-quarter sleeves, white palazzos, turquoise
    # dupatta; white backdrop. Base model + reference engine.
    case(
        "X945-029",
        caption("a woman in a turquoise kurta and white palazzos with a matching dupatta"),
        wearing("a blue kurta and blue palazzos", "other_garment_color"),
        color_of("kurta", "turquoise"),
        color_of("palazzos", "turquoise", "contradiction"),
        color_of("dupatta", "turquoise"),
        describe(
            "kurta",
            "a blue kurta with a round neck and three quarter sleeves and a white print of flowers and leaves all"
            " over it, paired with white palazzo pants and a matching blue",
            "cut",
            hit_limit=True,
        ),
        title="Inddus Women Turquoise Blue Floral Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: solid mustard kurta, maroon palazzos with mustard print, solid maroon dupatta with small gold tassels;
    # white backdrop. The row has no color column. Base model + reference engine.
    case(
        "X945-030",
        caption("a woman in a yellow kurta and red pants"),
        wearing("a yellow kurta, red pants and a red scarf"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "maroon"),
        color_of("dupatta", "maroon"),
        describe("dupatta", "a yellow scarf", "other_garment_color"),
        details("palazzos", "the palazzos details are the details of the palazzos", "restated"),
        title="Divena Women Mustard Solid Kurta with Maroon Printed Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: pink kurta with green embroidery at the neckline and a wide green hem border, tassels at the side slits,
    # green patiala salwar, pink dupatta with green border; white backdrop. Base model + reference engine.
    case(
        "X945-031",
        caption("a woman in a pink and green punjabi suit"),
        wearing("a pink kurta with green patiala and a pink dupatta"),
        color_of("kurta", "pink"),
        color_of("salwar", "green"),
        color_of("dupatta", "pink"),
        describe("salwar", "pink pleated pants", "other_garment_color"),
        details(
            "kurta",
            "the kurta has green embroidery on the neckline and a wide green border at the hem, with small tassels"
            " hanging from the",
            "cut",
            hit_limit=True,
        ),
        title="Mokshi Women Pink & Green Embroidered Kurta with Patiala & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: white shirt-style kurta with black pinstripes, a collar and no pocket, black palazzos, no dupatta; white
    # backdrop. Base model + reference engine.
    case(
        "X945-032",
        caption("a woman in a white and black striped shirt and black pants"),
        wearing("he is wearing a white striped kurta with black pants", "pronoun"),
        color_of("kurta", "white"),
        color_of("palazzos", "black"),
        pattern("striped"),
        describe("kurta", "a white kurta with black stripes, a collar and a chest pocket", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Rain & Rainbow Women White & Black Striped Shirt-Style Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: royal blue kurta with embroidered yoke, white churidar, solid pink dupatta with gota border; white
    # backdrop. Base model + reference engine.
    case(
        "X945-033",
        caption("a woman in a blue kurta with a pink scarf"),
        wearing("a blue kurta and a pink scarf Question: Is this a kurta? Answer: yes", "leak"),
        color_of("kurta", "blue"),
        color_of("churidar", "white"),
        open_color("dupatta", "blue", "other_garment_color"),
        describe("dupatta", "a pink dupatta with white polka dots", "unsupported"),
        details("kurta", "the kurta details are on the kurta", "restated"),
        title="Libas Women Blue Yoke Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: beige kurta with brown block print and a plain slit neck (no buttons), brown trousers, beige dupatta
    # with brown print; white backdrop. Base model + reference engine.
    case(
        "X945-034",
        caption("a woman wearing a beige and brown printed kurta with brown pants"),
        wearing("a brown kurta and brown pants", "other_garment_color"),
        color_of("kurta", "beige"),
        color_of("trousers", "brown"),
        color_of("dupatta", "brown", "contradiction"),
        details("kurta", "brown block print and wooden buttons", "unsupported"),
        describe("trousers", "his pants are brown", "pronoun"),
        title="Sangria Women Beige & Brown Block Printed Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: sleeveless orange kurta with small white print and a plain round neck, navy palazzos, no dupatta; white
    # backdrop. Base model + reference engine.
    case(
        "X945-035",
        caption("a woman in an orange top and blue pants"),
        wearing("an orange kurta and navy blue palazzo pants"),
        color_of("kurta", "orange"),
        color_of("palazzos", "orange", "contradiction"),
        open_color("palazzos", "orange", "other_garment_color"),
        sleeve("sleeveless"),
        details("kurta", "yes", "non_answer"),
        describe("kurta", "an orange kurta with white print and mirror work on the neck", "unsupported"),
        title="AKS Women Orange Printed Sleeveless Kurta with Navy Palazzos",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: the product is a coral straight kurta with gold print; the model also wears a white churidar and a
    # white dupatta that are not sold with it; white backdrop. Base model + reference engine.
    case(
        "X945-036",
        caption("a woman in an orange kurta and orange pants", "other_garment_color"),
        wearing("a coral kurta with white leggings and a white dupatta"),
        color_of("kurta", "orange"),
        color_of("churidar", "white"),
        garment_type("kurta"),
        describe(
            "kurta",
            "she is wearing a coral kurta with gold print, the kurta is a coral kurta with gold print, the kurta is a"
            " coral kurta with gold print, the kurta is a",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Coral Printed Straight Kurta",
        category="Kurtas",
        color="Coral",
        gender="Women",
    ),
    # photo: burgundy velvet floor-length anarkali with gold embroidery at the yoke, burgundy churidar, burgundy net
    # dupatta; front view only; white backdrop. Base model + reference engine.
    case(
        "X945-037",
        caption("a woman in a burgundy velvet dress"),
        wearing("a red gown"),
        color_of("kurta", "maroon"),
        color_of("dupatta", "maroon"),
        details("kurta", "gold embroidery and a zipper on the back", "unsupported"),
        describe("dupatta", "a dupatta", "non_answer"),
        open_color("dupatta", "maroon Question: What is the color of the churidar? Answer: maroon", "leak"),
        title="Indo Era Women Burgundy Embroidered Velvet Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: yellow kurta, white salwar, yellow dupatta with white print; model seated on a wooden stool, hands on
    # her lap, gold earrings; studio. Base model + reference engine.
    case(
        "X945-038",
        caption("a woman sitting on a stool in a yellow outfit"),
        wearing("a yellow kurta and yellow pants and she is sitting on a chair", "other_garment_color"),
        color_of("kurta", "yellow"),
        color_of("salwar", "yellow", "contradiction"),
        color_of("dupatta", "yellow"),
        describe(
            "kurta",
            "a yellow kurta with white salwar and a yellow dupatta, she is sitting on a stool with her hands on her"
            " lap, she is wearing gold earrings and",
            "cut",
            hit_limit=True,
        ),
        title="Varanga Women Yellow & White Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: mauve kurta, grey churidar, mauve dupatta with a lace border; white backdrop. Base model + reference
    # engine.
    case(
        "X945-039",
        caption("a woman in a purple kurta and grey leggings"),
        wearing("a purple kurta, purple leggings and a purple dupatta", "other_garment_color"),
        color_of("kurta", "mauve"),
        color_of("churidar", "grey"),
        color_of("dupatta", "grey", "contradiction"),
        details("dupatta", "the dupatta has a lace border"),
        describe("kurta", "it is a kurta", "non_answer"),
        title="Jaipur Kurti Women Mauve Solid Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: multicolored ikat-print kurta (mustard, pink, green), solid pink trousers, plain solid green dupatta;
    # white backdrop. Base model + reference engine.
    case(
        "X945-040",
        caption("a woman in a colorful kurta with a green scarf"),
        wearing("a multicolored kurta, pink pants and a green dupatta"),
        color_of("kurta", "multicolor"),
        color_of("dupatta", "green"),
        describe("kurta", "a multicolored ikat print kurta"),
        pattern("striped", "contradiction"),
        details("dupatta", "the dupatta has sequins on it", "unsupported"),
        open_color("kurta", "the color of the kurta is the color of the kurta", "restated"),
        title="Anouk Women Multicoloured Ikat Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: solid parrot green kurta, pink churidar, pink dupatta with gold border held out to the side; white
    # backdrop. Base model + reference engine.
    case(
        "X945-041",
        caption("a woman in a green kurta and green pants with a pink dupatta", "other_garment_color"),
        wearing("What is the person wearing? Answer: a green kurta", "leak"),
        color_of("kurta", "green"),
        color_of("churidar", "pink"),
        color_of("dupatta", "green", "contradiction"),
        describe("dupatta", "a pink dupatta with gold border"),
        title="Soch Women Green Solid Kurta with Churidar & Pink Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue kurta with pink floral print, navy palazzos, pink dupatta; white backdrop. Base model +
    # reference engine.
    case(
        "X945-042",
        caption("a woman wearing a blue floral kurta and a pink dupatta"),
        wearing("she is wearing a blue kurta with pink flowers"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue"),
        color_of("dupatta", "pink"),
        describe("kurta", "a pink kurta with blue flowers", "other_garment_color"),
        details("kurta", "the kurta is made of silk and has a silk lining", "unsupported"),
        title="Ishin Women Navy Blue & Pink Floral Printed Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white kurta with black thread embroidery at the neck, black churidar, black dupatta with white polka
    # dots; white backdrop. Base model + reference engine.
    case(
        "X945-043",
        caption("a woman in a white kurta and white pants", "other_garment_color"),
        wearing("a white kurta, black leggings and a black scarf with white polka dots"),
        color_of("kurta", "white"),
        color_of("churidar", "black"),
        color_of("dupatta", "black"),
        describe("dupatta", "a black dupatta with white dots"),
        details(
            "kurta",
            "black embroidery on the neck, black embroidery on the neck, black embroidery on the neck, black"
            " embroidery on the neck, black",
            "loop",
            hit_limit=True,
        ),
        title="Nayo Women White & Black Embroidered Kurta with Churidar & Polka Dot Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: the product is a solid pink salwar and a pink dupatta with zari border; the model also wears a plain
    # white kurta that is not sold with it; white backdrop. Base model + reference engine.
    case(
        "X945-044",
        caption("a woman in a white kurta and pink pants with a pink scarf"),
        wearing("a white top and pink pants Answer: a white top and pink pants Answer:", "leak"),
        color_of("salwar", "pink"),
        color_of("dupatta", "pink"),
        color("white", "contradiction"),
        details("dupatta", "the dupatta has a gold border"),
        describe("salwar", "he is wearing pink salwar pants", "pronoun"),
        title="Sangria Women Pink Solid Salwar with Dupatta",
        category="Salwar and Dupatta",
        color="Pink",
        gender="Women",
    ),
    # photo: dark green kurta with beige print, beige palazzos, green dupatta; white backdrop. The row has no
    # category column. Base model + reference engine.
    case(
        "X945-045",
        caption("a woman in a green and beige kurta set"),
        wearing("a green kurta with green palazzos and a green dupatta", "other_garment_color"),
        color_of("kurta", "green"),
        color_of("palazzos", "green", "contradiction"),
        color_of("dupatta", "green"),
        describe("palazzos", "beige", "non_answer"),
        details(
            "kurta",
            "beige print, beige print, beige print, beige print, beige print, beige print, beige print, beige print,"
            " beige",
            "loop",
            hit_limit=True,
        ),
        title="Vishudh Women Green & Beige Printed Kurta with Palazzos & Dupatta",
        color="Green",
        gender="Women",
    ),
    # photo: peach kurta with gold embroidery on the yoke, peach salwar, green dupatta; white backdrop.
    # Base model + reference engine.
    case(
        "X945-046",
        caption(
            "a woman in a peach kurta with a green dupatta and a peach salwar, she is wearing a peach kurta with a"
            " green dupatta and a peach salwar, she is wearing a peach",
            "loop",
            hit_limit=True,
        ),
        wearing("a peach suit with a peach dupatta", "other_garment_color"),
        color_of("kurta", "peach"),
        color_of("salwar", "peach"),
        color_of("dupatta", "peach", "contradiction"),
        details("kurta", "gold embroidery on the yoke"),
        describe("dupatta", "the dupatta is described as a dupatta", "restated"),
        title="Indo Era Women Peach Embroidered Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
]
