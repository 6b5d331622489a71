"""BLIND_1025 (46 products; Myntra kurta sets, VQA adapter, piece colors): written blind in the fifty-eighth session.
Measured blind at 955f328 (the session's final rules): 105/132 failures found (79.5%) and 9/189 correct texts flagged
(4.8%). The writer's notes, verbatim:

Scenario: a night's enrichment of Myntra women's ethnic wear: 25 kurta sets (kurta with palazzos, trousers,
churidar, salwar, sharara or a skirt, most with a dupatta) and 21 single kurtas and kurtis. Catalog photos as Myntra
shoots them: a model on a white (a few grey) backdrop, mostly full length from the front, some three-quarter, one
back view and two crops that end at the hips or knees; a few props (stool, bench, chair, potted plant, bags, a straw
hat). Single kurtas are worn over bottoms that are not sold (leggings, churidar, palazzos, jeans); one is worn under
an open denim jacket. The feed gives title, category (Kurtas, Kurta Sets, Kurtis), color (the kurta's base colour)
and gender; two rows lack a column and one seller color is off (a rust kurta sold as Brown).

Who wrote what: every free text is greedy generation by blip2-opt-2.7b (8-bit) with the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA, 50 new tokens for the caption, 30 for answers. The caption is asked with no prompt;
the adapter still writes a plain "a woman in ..." caption most of the time, but it learned the prompt format with
the answers (the loss covered the prompt), so it sometimes writes "Question: ... Answer: ..." itself, in captions
and answers. It never learned an end token either: short answers usually stop (it learned to emit padding, which the
job treats as the end), longer ones loop or run to the limit. It has no kurta class (In-shop classes only), so it
calls kurtas dresses, tops or tunics, and it smears one piece's color onto the next piece. Per-piece questions: the
kurta's color is closed (enrich --engine reference ranks a color list with the adapter and keeps one value); the
bottom's and the dupatta's color are open (the piece names vary by product), asked only for pieces in the photo; the
dupatta is asked only where the title sells one or the model wears one. Other questions per product vary: wearing,
describe/details of a piece, material (open), "Is this a kurta?", pattern and sleeve length (closed).

Labeling conventions and judgement calls:
- Kurta called a dress, tunic, top or kurti in a free text is correct (the adapter has no kurta class and an anarkali
  or a long kurta looks like a dress); a sharara called a skirt, palazzos or salwar called pants, churidar called
  leggings are correct. A piece named as a garment it clearly is not (jumpsuit, shorts, jacket, jeans for churidar)
  is a contradiction.
- Closed garment answers are held to the catalog: the candidate list has kurta, so "dress", "saree" or "jumpsuit"
  picked for a kurta, and "no" to "Is this a kurta?", are contradictions ("no" to "Is this a dress?" is correct).
- Shade words are correct when they fit the photo: off-white/cream as white, maroon as red, magenta/fuchsia as pink,
  teal as teal or blue, coral/rust as orange, indigo as blue, lavender as purple. The rust kurta sold as "Brown" is
  answered "rust": correct, the seller is wrong.
- other_garment_color: an open answer that gives a piece the color of another garment or piece in the same photo
  (the palazzos get the kurta's color, the dupatta gets the kurta's, the kurta gets the jacket's). A closed color
  that picks another piece's color is labeled contradiction (the kind is defined for open answers). A wrong color
  that belongs to no garment (the backdrop, an embroidery thread, a plain wrong hue) is a contradiction.
- unsupported: a detail, accessory or extra garment the photo does not show and the title does not name (sequins,
  pockets, a belt, jewelry, a jacket), a claim about what a crop or back view hides, and a material the title does
  not state or states otherwise. Material answers that repeat the title's material are correct.
- One label per text, by what a reader meets first: the prompt template in the text is a leak even when it also
  loops or is cut; a repeated phrase is a loop even when it also carries a wrong color; a text stopped mid-phrase at
  the limit without repeating is a cut. Loops, cuts and the long leaks ran to the token limit (hit_limit=True);
  short leaks ("Answer: ...") did not.
- non_answer: yes/no, a lone color or a bare garment word to a describe/details question, an empty-meaning "none".
  A one-word garment to "What is she wearing?" answers it and is correct. restated: the question's words back as a
  sentence ("the details of the kurta are the kurta's details").
- pronoun: he/his for these women's products, whether or not the rest of the text is right.
- A partial but true answer (only the jacket named for "What is she wearing?") is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
garment_type = BLIND_QUESTIONS.garment_type

BLIND_1025 = [
    # photo: navy straight kurta with white floral block print, white palazzos with a navy print band at the hem,
    # plain white chiffon dupatta with a lace edge over both shoulders; white backdrop, full length, front.
    # VQA adapter wrote all free texts; kurta color closed (reference engine).
    case(
        "X1025-001",
        caption("a woman in a blue kurta and white pants with a white scarf"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "navy blue", "other_garment_color", kind="open"),
        wearing("she is wearing a blue kurta with white palazzo pants and a dupatta", who="she"),
        details("kurta", "the kurta has a floral print and three-quarter sleeves"),
        pattern("checked", "contradiction"),
        title="Libas Women Navy Blue Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard solid straight kurta, mandarin collar, button placket, side pockets; white churidar (not sold);
    # white backdrop, front, hands in the pockets. VQA adapter; kurta color and yes/no closed.
    case(
        "X1025-002",
        caption("a woman wearing a yellow kurta and white leggings standing in front of a white wall"),
        color_of("kurta", "mustard"),
        color_of("leggings", "yellow", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        describe("kurta", "the kurta is a long mustard yellow tunic with a mandarin collar and a button placket"),
        details(
            "kurta",
            "the kurta has a button placket, a mandarin collar, side slits, side pockets, a mandarin collar, side "
            "slits, side pockets, a mandarin",
            "loop",
            hit_limit=True,
        ),
        material("the kurta is made of silk", "unsupported"),
        title="W Women Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon anarkali kurta with gold foil print on yoke and hem, three-quarter sleeves; maroon churidar;
    # beige-gold net dupatta; three-quarter view, white backdrop. VQA adapter; kurta color, pattern closed.
    case(
        "X1025-003",
        caption("a woman in a red dress with a gold scarf"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        wearing("a dress", who="she"),
        describe(
            "kurta",
            "the kurta is a flared anarkali with a gold printed yoke, gold print at the hem and three quarter sleeves",
        ),
        pattern("printed"),
        sleeves("sleeveless", "contradiction"),
        title="Biba Women Maroon & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: bottle-green straight kurta with off-white ethnic motif print, keyhole neck, three-quarter sleeves;
    # off-white palazzos (not sold), brown juttis; white backdrop, front. VQA adapter; closed kurta color, sleeves.
    case(
        "X1025-004",
        caption("a woman in a green and white printed kurta and white palazzo pants"),
        color_of("kurta", "white", "contradiction"),
        color_of("palazzos", "off white", kind="open"),
        wearing(
            "she is wearing a green kurta and white pants and white pants and white pants and white pants and white "
            "pants and white pants and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details(
            "kurta", "the kurta has a round neck with a keyhole, three-quarter sleeves and a printed border at the hem"
        ),
        sleeves("three-quarter sleeves"),
        title="Anouk Women Green & Off-White Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: pastel pink rayon kurta with white thread embroidery on the yoke, matching pink palazzos, no dupatta;
    # model holds a small beige clutch; grey backdrop, front. VQA adapter; kurta color and "Is this a dress?" closed.
    case(
        "X1025-005",
        caption("a woman in a pink outfit holding a purse against a grey background"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink", kind="open"),
        describe(
            "kurta",
            "the kurta is pink with white embroidery on the yoke and gold sequins on the sleeves and hem",
            "unsupported",
        ),
        details("palazzos", "the palazzos details are the palazzos", "restated"),
        material("rayon"),
        is_a("dress", "no"),
        pattern("striped", "contradiction"),
        title="Sangria Women Pink Yoke Design Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: BACK VIEW: teal sleeveless A-line kurta with small white and orange floral print, white leggings (not
    # sold); white backdrop; the neckline's front is not visible. VQA adapter; color and sleeves closed.
    case(
        "X1025-006",
        caption("the back of a woman in a blue sleeveless dress"),
        color_of("kurta", "teal"),
        sleeves("short sleeves", "contradiction"),
        color_of("leggings", "white", kind="open"),
        describe("kurta", "a teal kurta with a floral print, a deep v neck and a tie-up at the front", "unsupported"),
        wearing("he is wearing a blue dress and white leggings", "pronoun"),
        title="Global Desi Women Teal Floral Print A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white cotton kurta with white chikankari embroidery all over, long sleeves; light blue jeans rolled
    # at the ankle (not sold), silver jhumkas; white backdrop, front. VQA adapter; color and pattern closed.
    case(
        "X1025-007",
        caption("a woman in a white kurta and black jeans", "contradiction"),
        color_of("kurta", "white"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("kurta", "the kurta has white embroidery all over, a round neck and long sleeves"),
        material("cotton"),
        pattern("embroidered"),
        wearing("a white kurta with blue jeans and earrings", who="she"),
        title="Fabindia Women Off-White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: rust-orange kurta with gold block print, cream straight trousers, rust dupatta with gold tassels; white
    # backdrop, front. The seller's color says Brown; the kurta is plainly rust. VQA adapter; kurta color closed.
    case(
        "X1025-008",
        caption("a woman in an orange kurta, white pants and an orange scarf"),
        color_of("kurta", "rust"),
        color_of("trousers", "orange", "other_garment_color", kind="open"),
        color_of("dupatta", "orange with gold tassels", kind="open"),
        wearing(
            "Question: What is she wearing? Answer: a kurta Question: What is the color of the kurta? Answer: orange "
            "Question: What is the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        details("dupatta", "the dupatta has tassels at the ends"),
        title="Aurelia Women Rust Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: CROP to the hips: black kurta with red, yellow and green thread embroidery on the neckline; only a strip
    # of the black churidar shows at the bottom edge; grey backdrop. VQA adapter; color and yes/no closed.
    case(
        "X1025-009",
        caption("a close up of a woman wearing a black top with colorful embroidery around the neck"),
        color_of("kurta", "black"),
        color_of("churidar", "white", "contradiction", kind="open"),
        describe("kurta", "yes", "non_answer"),
        details("kurta", "the embroidery is red, yellow and green thread work around the neckline"),
        is_a("kurta", "yes"),
        wearing(
            "she is wearing a black kurta with embroidery and black churidar with silver anklets",
            "unsupported",
            who="she",
        ),
        title="Soch Women Black Embroidered Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: yellow kurta with thin white vertical stripes, v-neck, three-quarter sleeves; white palazzos with yellow
    # stripes at the hem, no dupatta; white backdrop, front. VQA adapter; color and pattern closed.
    case(
        "X1025-010",
        caption("a woman in a yellow striped kurta and white palazzos standing on a white background"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "white", kind="open"),
        pattern("solid", "contradiction"),
        describe(
            "kurta",
            "the kurta is yellow with white stripes and a v-neck with lace trim, three-quarter sleeves and side slits "
            "at the hem and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow and white striped kurta and pants", who="she"),
        material("the kurta is made of linen", "unsupported"),
        title="Libas Women Yellow & White Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: magenta short kurta with gold gota trim at the neckline and hem, magenta sharara, pink-and-gold dupatta;
    # model stands beside a wooden stool; white backdrop. VQA adapter; kurta color closed.
    case(
        "X1025-011",
        caption("a woman in a pink kurta and sharara standing next to a wooden stool"),
        color_of("kurta", "magenta"),
        color_of("sharara", "pink", kind="open"),
        color_of(
            "dupatta",
            "magenta magenta magenta magenta magenta magenta magenta magenta magenta magenta magenta magenta magenta "
            "magenta magenta",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("she is wearing a pink skirt and top with a dupatta", who="she"),
        material("the kurta is made of silk and has gold zari work", "unsupported"),
        details("kurta", "gold trim on the neckline and the hem"),
        title="Varanga Women Magenta Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: indigo cotton kurta with white dabu floral print, round neck with a slit; white cotton pants (not sold);
    # brown leather tote on the shoulder; white backdrop, front. VQA adapter; kurta color closed.
    case(
        "X1025-012",
        caption("a woman in a blue and white printed kurta with white pants and a brown bag"),
        color_of("kurta", "blue"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is the kurta that she is wearing", "restated"),
        details(
            "kurta", "the kurta has a white floral print, a round neck with a small slit and three-quarter sleeves"
        ),
        wearing(
            "she is wearing a blue kurta with a white floral print, white pants, and she is carrying a brown leather "
            "bag on her shoulder and she is looking at the",
            "cut",
            who="she",
            hit_limit=True,
        ),
        material("cotton"),
        sleeves("long sleeves", "contradiction"),
        title="Jaipur Kurti Women Indigo Dabu Print Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: peach kurta with gold foil print on the yoke, peach palazzos, multicolor printed dupatta (blue and green
    # florals on peach, peach border); white backdrop, side view. VQA adapter; kurta color closed.
    case(
        "X1025-013",
        caption("a woman in a peach kurta and palazzos with a printed dupatta"),
        color_of("kurta", "peach"),
        color_of("dupatta", "peach", "other_garment_color", kind="open"),
        color_of("palazzos", "peach", kind="open"),
        details("dupatta", "the dupatta has a blue and green floral print with a peach border"),
        wearing("he is wearing a peach kurta, peach pants and a printed dupatta", "pronoun"),
        garment_type("jumpsuit", "contradiction"),
        title="Anouk Women Peach Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: grey melange kurta with black geometric print, three-quarter sleeves; black leggings (not sold), black
    # sling bag across the body; white backdrop, front. VQA adapter; color and pattern closed.
    case(
        "X1025-014",
        caption("a woman in a grey kurta and black leggings with a black bag"),
        color_of("kurta", "black", "contradiction"),
        color_of("leggings", "black", kind="open"),
        pattern("geometric"),
        describe("kurta", "a grey kurta with a black print, a v neck and long sleeves", "contradiction"),
        details(
            "kurta",
            "the kurta has a round neck, a round neck, a round neck, a round neck, a round neck, a round neck, a round",
            "loop",
            hit_limit=True,
        ),
        title="W Women Grey Melange Geometric Print Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: red anarkali kurta with white and gold floral print, long sleeves; white churidar (not sold); model
    # mid-twirl, white backdrop. VQA adapter; color, yes/no and sleeves closed.
    case(
        "X1025-015",
        caption("a woman in a red dress twirling in front of a white background"),
        color_of("kurta", "red"),
        is_a("kurta", "no", "contradiction"),
        color_of("churidar", "red", "other_garment_color", kind="open"),
        wearing("a red dress with white flowers", who="she"),
        sleeves("long sleeves"),
        describe(
            "kurta", "the kurta is a red anarkali with a white and gold floral print and a velvet yoke", "unsupported"
        ),
        title="Biba Women Red Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: olive kurta with mandarin collar and button placket, olive trousers, white sneakers; white backdrop,
    # front. VQA adapter; kurta color closed.
    case(
        "X1025-016",
        caption("a woman in a green shirt dress and green pants wearing white sneakers"),
        color_of("kurta", "olive"),
        color_of("trousers", "green", kind="open"),
        describe(
            "kurta",
            "the kurta is olive green with a mandarin collar and buttons down the front and has embroidered cuffs and "
            "a belt at the waist",
            "unsupported",
        ),
        details("trousers", "the trousers are trousers", "restated"),
        wearing("a green romper and white shoes", "contradiction", who="the woman"),
        title="Vishudh Women Olive Green Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: powder blue kurta with pink floral embroidery on yoke and sleeves, pink flared skirt, pink dupatta;
    # white backdrop, front. VQA adapter (the caption leaked the question format); kurta color closed.
    case(
        "X1025-017",
        caption(
            "Question: what is the color of the dress? Answer: blue Question: what is the color of the skirt? Answer: "
            "pink Question: what is the color of the scarf? Answer: pink Question: what",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "light blue"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        wearing(
            "she is wearing a light blue kurta with a pink flared skirt and a pink dupatta draped over her left "
            "shoulder and her right arm with the",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("kurta", "the kurta has pink floral embroidery on the yoke and sleeves"),
        title="Indo Era Women Blue & Pink Embroidered Kurta with Skirt & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: black kurta with white floral print, three-quarter sleeves, plain white palazzos; white backdrop, front.
    # VQA adapter; color, pattern, sleeves closed.
    case(
        "X1025-018",
        caption("a woman in a black and white floral kurta and palazzo pants"),
        color_of("kurta", "black"),
        color_of("palazzos", "black", "other_garment_color", kind="open"),
        pattern("floral"),
        describe("kurta", "black", "non_answer"),
        sleeves("three-quarter sleeves"),
        wearing(
            "she is wearing a black and white kurta and white pants. she is wearing a black and white kurta and white "
            "pants. she is",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Khushal K Women Black & White Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: cream handloom cotton kurta with red woven border at the hem and sleeves, v-neck; red palazzos (not
    # sold); potted plant at the left; white backdrop. VQA adapter; color and yes/no closed.
    case(
        "X1025-019",
        caption("a woman in a white kurta with red trim and red pants next to a plant"),
        color_of("kurta", "cream"),
        color_of("palazzos", "red", kind="open"),
        details("kurta", "the kurta has a red border at the hem and the sleeves, and a v-neck"),
        material("handloom cotton"),
        is_a("kurta", "yes"),
        wearing("the person is wearing a white top and red pants"),
        title="Taavi Women Cream Handloom Cotton Kurta with Woven Border",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: purple kurta with silver foil print, keyhole neck, three-quarter sleeves; purple palazzos; lavender
    # organza dupatta; white backdrop. VQA adapter; kurta color closed.
    case(
        "X1025-020",
        caption("a woman in a purple outfit with a purple scarf standing in front of a white wall"),
        color_of("kurta", "purple"),
        color_of("palazzos", "purple", kind="open"),
        color_of("dupatta", "lavender", kind="open"),
        details(
            "kurta",
            "the kurta has a silver print and a round neck with a keyhole and three-quarter sleeves with a silver "
            "print and a round neck with a",
            "loop",
            hit_limit=True,
        ),
        material("the dupatta is made of organza"),
        wearing(
            "a purple kurta with a silver print, purple palazzos and a lavender dupatta draped over both shoulders and "
            "she is standing in front of a white",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Ahalyaa Women Purple Foil Print Kurta with Palazzos & Organza Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: beige straight kurta with wooden buttons, worn under an open light blue denim jacket; brown trousers
    # (not sold); white backdrop, front. VQA adapter; kurta color closed.
    case(
        "X1025-021",
        caption("a woman in a denim jacket over a beige kurta and brown pants"),
        color_of("kurta", "blue", "contradiction"),
        color_of("trousers", "brown", kind="open"),
        wearing("she is wearing a blue jacket", who="she"),
        describe("kurta", "a beige kurta with wooden buttons on the front, worn under a denim jacket"),
        details("kurta", "the kurta has a denim collar and blue cuffs", "other_garment_color"),
        title="Nayo Women Beige Solid Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: coral kurta with white floral print, round neck, short sleeves; white leggings (not sold); grey
    # backdrop, front. The row has no color column. VQA adapter; color and pattern closed.
    case(
        "X1025-022",
        caption("a woman in an orange and white floral dress"),
        color_of("kurta", "coral"),
        color_of("leggings", "coral", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is coral with white flowers, a round neck, and short sleeves"),
        pattern("floral"),
        wearing("Answer: a kurta and leggings", "leak", who="the woman"),
        material("the kurta is made of cotton and is fully lined", "unsupported"),
        title="Sangria Women Coral Floral Printed Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: sea green kurta with v-neck, three-quarter sleeves; white trousers; pink and yellow leheriya dupatta
    # held over one arm; white backdrop, front. VQA adapter; kurta color closed.
    case(
        "X1025-023",
        caption("a woman in a blue kurta and white pants holding a colorful dupatta", "contradiction"),
        color_of("kurta", "sea green"),
        color_of("trousers", "white", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        details("dupatta", "the dupatta has a wave print in pink and yellow"),
        wearing("he is wearing a green kurta with white pants and a dupatta", "pronoun"),
        describe(
            "kurta",
            "the kurta is green with a v neck, three-quarter sleeves, and side pockets with gold buttons",
            "unsupported",
        ),
        title="Libas Women Sea Green Solid Kurta with Trousers & Leheriya Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: maroon kurta with white bandhani dot print, mandarin collar, button placket, three-quarter sleeves;
    # beige palazzos (not sold); white backdrop, front. VQA adapter; color, pattern, sleeves closed.
    case(
        "X1025-024",
        caption("a woman wearing a maroon kurta with white dots and beige pants"),
        color_of("kurta", "maroon"),
        color_of("palazzos", "maroon", "other_garment_color", kind="open"),
        pattern("printed"),
        details(
            "kurta",
            "the kurta has white dots, a mandarin collar, a button placket with wooden buttons, a curved hem and side "
            "slits at the hem and a",
            "cut",
            hit_limit=True,
        ),
        sleeves("three-quarter sleeves"),
        wearing("a red jumpsuit", "contradiction", who="she"),
        title="AKS Women Maroon Bandhani Print Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: lime green kurta with pink piping, pink churidar, lime dupatta with a wide pink border; white backdrop,
    # front. VQA adapter; kurta color closed.
    case(
        "X1025-025",
        caption("a woman in a green and pink outfit with a dupatta"),
        color_of("kurta", "green"),
        color_of("churidar", "pink", kind="open"),
        color_of("dupatta", "the color of the dupatta is the dupatta", "restated", kind="open"),
        wearing("yes", "non_answer", who="she"),
        details("kurta", "the kurta has pink piping along the neckline and the side slits"),
        describe("churidar", "the churidar is white and fitted", "contradiction"),
        title="Biba Women Lime Green & Pink Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: white cotton kurta with small black and red floral print, round neck, three-quarter sleeves; black
    # palazzos (not sold), red bangles; white backdrop, front. VQA adapter; color and yes/no closed.
    case(
        "X1025-026",
        caption("a woman in a white floral top and black pants"),
        color_of("kurta", "white"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "the kurta is white with small red and black flowers, a round neck, three quarter sleeves, a straight hem "
            "and she wears black palazzos and red",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a lace trim and a tassel tie at the neck", "unsupported"),
        is_a("kurta", "yes"),
        material("polyester", "unsupported"),
        title="W Women White Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: mustard kurta with three-quarter sleeves, maroon palazzos, maroon-and-mustard bandhani dupatta; white
    # backdrop, front. VQA adapter (caption looped); kurta color, sleeves closed.
    case(
        "X1025-027",
        caption(
            "a woman wearing a yellow kurta with maroon palazzos and a dupatta and a yellow kurta with maroon "
            "palazzos and a dupatta and a yellow kurta with maroon palazzos and a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "mustard"),
        color_of("palazzos", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "maroon and yellow", kind="open"),
        sleeves("sleeveless", "contradiction"),
        wearing("she is wearing a yellow kurta and maroon pants and a dupatta", who="she"),
        describe("kurta", "his kurta is mustard yellow with three quarter sleeves and a round neck", "pronoun"),
        title="GERUA Women Mustard & Maroon Kurta with Palazzos & Bandhani Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy kurta with gold paisley and floral ethnic-motif print, round neck, straight hem with side slits;
    # white leggings (not sold); white backdrop, front. VQA adapter; color and pattern closed.
    case(
        "X1025-028",
        caption("a woman in a blue and gold kurta with white leggings"),
        color_of("kurta", "navy blue"),
        color_of("leggings", "blue", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "the kurta is dark blue with a gold print of paisleys and flowers, a round neck and a straight hem with "
            "side slits and a",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the details of the kurta are the kurta's details", "restated"),
        wearing(
            "Question: What is the woman wearing? Answer: a blue kurta and white leggings", "leak", who="the woman"
        ),
        pattern("ethnic motifs"),
        title="Anubhutee Women Navy Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: fuchsia silk kurta with gold zari border at neckline and hem; gold churidar (not sold); no jewelry;
    # model stands next to a white chair; white backdrop. VQA adapter; kurta color closed.
    case(
        "X1025-029",
        caption("a woman in a pink kurta and gold pants standing next to a white chair"),
        color_of("kurta", "pink"),
        color_of("churidar", "gold", kind="open"),
        material("silk"),
        details(
            "kurta",
            "the kurta has a gold zari border at the neckline and at the hem, a straight cut with side slits, and the "
            "churidar is gold and gathered at the",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a pink kurta with gold pants, a gold necklace and gold earrings and a gold bracelet",
            "unsupported",
            who="she",
        ),
        garment_type("kurta"),
        title="Fabindia Women Fuchsia Pink Silk Kurta with Zari Border",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: teal kurta with white thread embroidery, white palazzos, teal dupatta with white polka dots; white
    # backdrop, front. VQA adapter; kurta color closed.
    case(
        "X1025-030",
        caption("a woman in a teal kurta and white pants"),
        color_of("kurta", "teal"),
        color_of("palazzos", "teal", "other_garment_color", kind="open"),
        color_of("dupatta", "teal with white dots", kind="open"),
        describe(
            "dupatta",
            "teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal "
            "teal teal teal teal teal teal teal teal teal",
            "loop",
            hit_limit=True,
        ),
        wearing("a teal kurta with white palazzos and a teal dupatta with polka dots", who="she"),
        title="Soch Women Teal Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: short orange kurti with small blue floral print, short sleeves; blue jeans (not sold); white backdrop,
    # front. VQA adapter; color and yes/no closed.
    case(
        "X1025-031",
        caption("a woman in an orange top and blue jeans"),
        color_of("kurta", "orange"),
        color_of(
            "jeans",
            "blue Question: What is the color of the kurta? Answer: orange Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "the kurta is a orange shirt with blue flowers on it and it is a shirt with blue flowers on it and it is "
            "a shirt with blue",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange top and jeans"),
        material("the kurti is made of chiffon with a satin lining", "unsupported"),
        sleeves("long sleeves", "contradiction"),
        title="Global Desi Women Orange Floral Printed Kurti",
        category="Kurtis",
        color="Orange",
        gender="Women",
    ),
    # photo: white kurta with blue floral print, blue salwar, plain white dupatta; white backdrop, front.
    # VQA adapter; kurta color closed.
    case(
        "X1025-032",
        caption("a woman in a blue and white salwar suit with a dupatta"),
        color_of("kurta", "blue", "contradiction"),
        color_of("salwar", "blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        wearing("she is wearing a salwar kameez", who="she"),
        details("salwar", "salwar", "non_answer"),
        title="Aurelia Women White & Blue Floral Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: black kurta with all-over gold print, v-neck; plain black palazzos; the model holds a red potli bag;
    # white backdrop, front. VQA adapter; color and pattern closed.
    case(
        "X1025-033",
        caption("a woman in black with a red purse"),
        color_of("kurta", "black"),
        color_of("palazzos", "black", kind="open"),
        details(
            "palazzos", "the palazzos have a gold print at the hem and a drawstring waist with tassels", "unsupported"
        ),
        describe("kurta", "the kurta is black with a gold print all over and a v neck"),
        wearing("his outfit is a black kurta and black pants", "pronoun"),
        pattern("printed"),
        material("the kurta is made of velvet", "unsupported"),
        title="Varanga Women Black Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: red kurta with green bandhani side panels, v-neck, long sleeves; green churidar (not sold); green dupatta
    # draped (not sold); grey backdrop, front. VQA adapter; color and sleeves closed.
    case(
        "X1025-034",
        caption("a woman in a red and green kurta with a green dupatta"),
        color_of("kurta", "red"),
        color_of("churidar", "red", "other_garment_color", kind="open"),
        sleeves("long sleeves"),
        details("kurta", "the kurta has green tie-dye panels and a v neck"),
        describe(
            "kurta",
            "red and green kurta red and green kurta red and green kurta red and green kurta red and green kurta red "
            "and green",
            "loop",
            hit_limit=True,
        ),
        color_of("dupatta", "red", "other_garment_color", kind="open"),
        title="Anouk Women Red & Green Bandhani Panelled Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: off-white kurta with pink floral print, pink palazzos, pink dupatta with a plain pink border; model seated
    # on a wooden bench; white backdrop. VQA adapter; kurta color closed.
    case(
        "X1025-035",
        caption("a woman sitting on a bench in a white kurta and pink pants with a pink scarf"),
        color_of("kurta", "pink", "contradiction"),
        color_of("palazzos", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing("she is wearing a white and pink outfit", who="she"),
        describe(
            "kurta",
            "the kurta is off white with pink flowers and has pink piping and a pink tassel at the neck and pink pom "
            "poms at the hem",
            "unsupported",
        ),
        details(
            "dupatta",
            "the dupatta is pink and has a pink border and a pink tassels and a pink border and a pink tassels and a "
            "pink border",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Off-White & Pink Floral Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: royal blue kurta with white hand-block print, round neck, three-quarter sleeves; white palazzos with a
    # blue print; model holds a straw hat; white backdrop. The row has no gender column. VQA adapter; color closed.
    case(
        "X1025-036",
        caption("a woman in a blue kurta holding a straw hat"),
        color_of("kurta", "blue"),
        color_of("palazzos", "white", kind="open"),
        describe(
            "kurta",
            "the kurta is blue with white print, a round neck and three quarter sleeves, and she is holding a hat",
        ),
        details(
            "palazzos",
            "the palazzos have a blue print Question: What is the color of the palazzos? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "a blue kurta and white palazzo pants and a hat and a blue kurta and white palazzo pants and a hat and a "
            "blue kurta and white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        garment_type("dress", "contradiction"),
        title="Jaipur Kurti Women Blue Hand Block Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # photo: lavender solid kurta, round neck, three-quarter sleeves; white palazzos (not sold); grey backdrop,
    # three-quarter view. VQA adapter; kurta color closed.
    case(
        "X1025-037",
        caption("a woman in a purple kurta and white pants standing in front of a grey wall"),
        color_of("kurta", "lavender"),
        color_of("palazzos", "purple", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is a simple lavender kurta with a round neck and three quarter sleeves"),
        details(
            "kurta",
            "the kurta has a round neck with a small slit and a hook at the back, a straight hem with side slits and "
            "a curved hem with",
            "cut",
            hit_limit=True,
        ),
        wearing("a lavender kurta with white pants and black heels", "unsupported", who="she"),
        title="W Women Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: coffee brown kurta with beige print, beige trousers, beige dupatta with a brown border; white backdrop,
    # front. VQA adapter; kurta color closed.
    case(
        "X1025-038",
        caption("a woman in a brown and beige kurta set with a beige scarf"),
        color_of("kurta", "brown"),
        color_of("trousers", "beige", kind="open"),
        color_of("dupatta", "brown", "other_garment_color", kind="open"),
        material("cotton blend"),
        pattern("solid", "contradiction"),
        describe(
            "dupatta",
            "the dupatta is beige with a brown border and a brown border and a brown border and a brown border and a "
            "brown border and a",
            "loop",
            hit_limit=True,
        ),
        wearing("Question: What is she wearing? Answer:", "leak", who="she"),
        title="Sangria Women Coffee Brown Printed Cotton Blend Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: bottle green A-line kurta with pink flowers, notched round neck; pink palazzos (not sold); white backdrop,
    # front. VQA adapter; color and pattern closed.
    case(
        "X1025-039",
        caption("a woman in a green floral kurta and pink pants"),
        color_of("kurta", "pink", "contradiction"),
        color_of("palazzos", "pink", kind="open"),
        pattern("floral"),
        describe("kurta", "the kurta", "non_answer"),
        details("kurta", "the kurta is an a-line with pink flowers and a notched round neck"),
        wearing("she is wearing a pink dress and pink pants", "other_garment_color", who="she"),
        title="Libas Women Green Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: beige chanderi kurta with small gold buttis, beige palazzos, plain gold tissue dupatta; white backdrop,
    # front. VQA adapter; kurta color closed.
    case(
        "X1025-040",
        caption("a woman in a beige kurta and pants with a gold dupatta"),
        color_of("kurta", "beige"),
        color_of("palazzos", "gold", "other_garment_color", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        material("chanderi silk"),
        garment_type("saree", "contradiction"),
        describe("dupatta", "no", "non_answer"),
        details("kurta", "the kurta has small gold motifs all over"),
        wearing(
            "she is wearing a beige kurta, beige palazzos and a gold dupatta with a red embroidered border and "
            "mirror work",
            "unsupported",
            who="she",
        ),
        title="Soch Women Beige & Gold Chanderi Silk Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: pink kurta with blue vertical stripes; blue jeans (not sold); no jacket; white backdrop, front.
    # VQA adapter; color and pattern closed.
    case(
        "X1025-041",
        caption("a woman in a pink striped kurta and blue jeans"),
        color_of("kurta", "pink"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        pattern("striped"),
        sleeves("sleeveless", "contradiction"),
        describe(
            "kurta",
            "the kurta is pink and blue and it is pink and blue and it is pink and blue and it is pink and blue and "
            "it is",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a pink dress and a jacket", "unsupported", who="she"),
        title="Nayo Women Pink & Blue Striped Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: CROP to the knees: indigo kurta with white shibori tie-dye, mandarin collar, roll-up sleeves; indigo
    # palazzos just visible below the hem; white backdrop. VQA adapter; color, yes/no closed.
    case(
        "X1025-042",
        caption("a woman in a blue tie dye kurta"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "blue", kind="open"),
        describe("kurta", "the kurta is indigo with a white tie dye pattern, a mandarin collar and roll up sleeves"),
        details("kurta", "the kurta has a mandarin collar"),
        is_a("kurta", "yes"),
        material("the material of the garment is the garment material", "restated"),
        wearing("she is wearing a blue kurta, blue palazzos and brown kolhapuri sandals", "unsupported", who="she"),
        title="Taavi Women Indigo Shibori Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lemon yellow short kurta with mirror work on the yoke, yellow sharara, white dupatta with yellow pom poms;
    # white backdrop, front. VQA adapter; kurta color closed.
    case(
        "X1025-043",
        caption("a woman in a yellow kurta and sharara with a white dupatta"),
        color_of("kurta", "yellow"),
        color_of("sharara", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        details("dupatta", "the dupatta has yellow pom poms along the edge"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: the kurta is yellow with mirror work Question: Describe the "
            "sharara. Answer: the sharara is",
            "leak",
            hit_limit=True,
        ),
        title="Biba Women Yellow Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: charcoal grey kurta with pink thread embroidery on the yoke, three-quarter sleeves; grey cigarette
    # trousers (not sold); white backdrop, front. VQA adapter; color and sleeves closed.
    case(
        "X1025-044",
        caption("a woman in a grey kurta and grey pants"),
        color_of("kurta", "grey"),
        color_of("trousers", "pink", "contradiction", kind="open"),
        details("kurta", "pink embroidery on the yoke"),
        wearing("he is wearing a grey kurta with pink embroidery", "pronoun"),
        is_a("kurta", "no", "contradiction"),
        sleeves("three-quarter sleeves"),
        title="Anouk Women Charcoal Grey Yoke Design Straight Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: rust kurta with pleated yoke and v-neck, bottle green palazzos, green dupatta with a rust border; white
    # backdrop, front. VQA adapter; kurta color closed.
    case(
        "X1025-045",
        caption("a woman in an orange kurta and green pants with a green scarf"),
        color_of("kurta", "rust"),
        color_of("palazzos", "green", kind="open"),
        color_of("dupatta", "orange", "other_garment_color", kind="open"),
        wearing("a rust kurta, green palazzos and a green dupatta with an orange border", who="she"),
        details(
            "dupatta", "the dupatta has gold sequins scattered all over and a tassel at each corner", "unsupported"
        ),
        describe(
            "kurta",
            "the kurta is rust with a v neck and pleats at the yoke and the palazzos are green and the dupatta is "
            "green with an orange",
            "cut",
            hit_limit=True,
        ),
        title="GERUA Women Rust & Green Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: all-white cotton kurta with lace at the hem, sleeves and a lace yoke panel; white palazzos; white lace-
    # edged dupatta; white backdrop (white on white), front. VQA adapter; kurta color closed.
    case(
        "X1025-046",
        caption("a woman in an all white kurta set with a white lace dupatta on a white background"),
        color_of("kurta", "white"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "white", kind="open"),
        details("kurta", "the kurta has lace at the hem and the sleeves and a lace panel on the yoke"),
        material("georgette", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        wearing("what is she wearing", "restated", who="she"),
        title="Libas Women White Cotton Lace Detail Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
]
