"""BLIND_691 (46 products; Myntra anarkalis, gowns, kaftans; VQA colors): written blind in the fifty-fourth session.
Measured blind at 55c810f (the session's fifth rules): 100/130 failures found (76.9%) and 14/187 correct texts flagged
(7.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's (and a few girls') ethnic wear: anarkali kurtas sold alone or as sets with
churidar, trousers, palazzos and dupatta; floor-length ethnic gowns, some with a jacket, cape or belt; kaftans and
kaftan dresses, often worn over pants, leggings or jeans. Catalog shots, mostly on a white or light grey backdrop,
a few against a beige wall, on a lawn or on a stool, front, side and back views; props such as a clutch, a bag,
sunglasses and jewellery. The questionnaire asks the color of the main piece (kurta, anarkali, gown, kaftan, dress)
and of the other pieces the title names or a tagger saw (dupatta, churidar, leggings, pants, palazzos, jeans, jacket,
belt, cape); a "Kurta Sets" row may get a dupatta question from the category template even when the set has none.
Then a subset of the closed pattern, sleeve length, neckline, garment type and yes/no garment questions, and of the
open wearing, describe, details and material questions.

Who wrote what: captions come from the untuned base Salesforce/blip2-opt-2.7b (50 new tokens, it stops on its own):
short "a woman in a ... dress" sentences, good at the main color, sometimes inventing a prop or calling a two-tone
piece by its print color. Every open answer is free generation by the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA
(30 new tokens, trained without an end token): short In-shop style answers when it is lucky, otherwise it keeps
going until the limit, loops on a phrase, echoes the "Question: ... Answer:" format, answers an open question with
one word or "yes", or invents details (slits, pockets, necklaces, fabrics). Closed answers are enrich's
`--engine reference` ranking the candidates with the VQA adapter: one value each, never looped or cut, but it
often gives one piece the color of another (the leggings get the kurta's color, the kurta gets the dupatta's).
A few per-piece color questions were stored open (free generation) and show the same looping.

Labeling conventions and judgement calls:
- other_garment_color: a text (open or closed) that gives a piece the color of another piece visible in the same
  photo (kurta answered with the dupatta's or leggings' color, leggings with the kurta's). A wrong color that no
  other piece has (the print's color, a wall or lawn color, black for navy) is a contradiction.
- A two-tone piece answered with one of its own main colors (gold bodice and pink skirt -> "pink") is correct.
  Shades inside the same family count as correct: teal -> blue, maroon/wine -> red, peach -> pink, cream -> white,
  lime green -> green, mauve -> purple, fuchsia -> pink.
- When the seller's color is visibly wrong (a "Brown" gown that is rust orange), the answer true to the photo is
  correct and the seller-matching answer is not.
- Material answers are correct only when the title names the fabric or the fabric is unmistakable (net, velvet,
  brocade); a fabric named with nothing to support it is unsupported; one that the title contradicts is a
  contradiction.
- A color asked for a piece that is not in the photo (dupatta question on a kaftan set without a dupatta) is
  unsupported, since it asserts a piece that is not there.
- A wrong garment type, a wrong sleeve length or pattern in a closed answer is a contradiction.
- Open answers that run to the 30-token limit are hit_limit=True; they are labeled loop when they repeat a phrase
  and cut when they stop mid-phrase without repeating. An answer with invented details that also ran out is cut.
- A bare color, a garment word alone or "yes" to an open wearing/describe/details question is non_answer; an
  answer that only turns the question's words around ("the kurta details are the details of the kurta") is
  restated.
- Any fragment of the prompt format ("Question:", "Answer:") in an answer is a leak, whatever else it says, even
  when the echo ran on to the token limit (hit_limit=True there too). An empty answer is non_answer.
- "he"/"his" for a woman or a girl is pronoun; "she"/"the girl" are correct.
- The churidar and leggings are treated as interchangeable words; anarkali, kurta and dress are accepted for an
  anarkali kurta in free text; a gown may be called a dress.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")


BLIND_691 = [
    # photo: woman in a maroon anarkali kurta with a small gold-and-pink floral print, three-quarter sleeves, off-white
    # churidar, pink dupatta with gold border over one shoulder, gold jhumkas; white backdrop, front view.
    # caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X691-001",
        caption("a woman in a maroon anarkali dress with a pink dupatta"),
        wearing("a maroon anarkali suit with a pink dupatta and white leggings", who="she"),
        color_of("kurta", "maroon"),
        color_of("dupatta", "pink"),
        color_of("churidar", "maroon", failure="other_garment_color"),
        details(
            "kurta",
            "floral print, three quarter sleeves, flared hem with gold border, flared hem with gold border, flared hem"
            " with gold border, flared hem",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        describe("kurta", "the kurta is pink with gold flowers", failure="other_garment_color"),
        gender="Women",
        title="Libas Women Maroon Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # photo: teal floor-length ethnic gown, gold zari embroidery on the yoke and cuffs, long sleeves, no dupatta; the
    # model holds the flare out; white backdrop, three-quarter view.
    # caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-002",
        caption("a woman in a long blue dress with gold embroidery"),
        wearing(
            "she is wearing a long teal gown with gold embroidery on the yoke and the sleeves, the gown has a flared"
            " skirt and a round neck with a",
            failure="cut",
            hit_limit=True,
        ),
        color_of("gown", "blue"),
        Q.sleeve_length("long sleeves"),
        material("silk", failure="unsupported"),
        is_a("dress", "yes"),
        describe("gown", "yes", failure="non_answer"),
        gender="Women",
        title="Inddus Women Teal Blue Embroidered Ethnic Gown",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # photo: mustard yellow kaftan with a black geometric print, elbow-length batwing sleeves, tie-up at the waist,
    # worn alone; white backdrop, front view, hands in her hair. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-003",
        caption("a woman wearing a yellow kaftan with black print"),
        wearing("he is wearing a yellow and black printed kaftan", failure="pronoun"),
        color_of("kaftan", "yellow"),
        Q.pattern("geometric"),
        describe("kaftan", "a kaftan", failure="non_answer"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        gender="Women",
        title="Ganga Women Mustard Yellow Printed Kaftan Dress",
        category="Kaftans",
        color="Mustard",
    ),
    # photo: navy blue anarkali kurta with off-white block-printed motifs, off-white palazzos showing at the hem, no
    # dupatta; light grey studio backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-004",
        caption("a woman in a black and white printed dress", failure="contradiction"),
        wearing("a blue anarkali kurta with white print and white pants"),
        color_of("kurta", "white", failure="other_garment_color"),
        color_of("palazzos", "white"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta is blue with white print",
            failure="leak",
        ),
        Q.garment_type("kurta"),
        gender="Women",
        title="AURELIA Women Navy Blue & Off-White Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # photo: blush pink georgette floor-length gown, silver sequins on the sleeveless bodice, a sheer dupatta of the
    # same pink over the arms; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-005",
        caption("a woman in a pink gown with a pink dupatta"),
        wearing("a pink dress with a pink dupatta"),
        details(
            "gown",
            "the gown has silver sequin work on the bodice and a round neck, the skirt is flared and floor length and"
            " the dupatta has a silver",
            failure="cut",
            hit_limit=True,
        ),
        color_of("gown", "pink"),
        color_of("dupatta", "pink"),
        material("georgette"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        describe(
            "gown",
            "the gown is pink with silver sequins on the bodice and a flared skirt with a slit on the side",
            failure="unsupported",
        ),
        gender="Women",
        title="Ethnovog Women Pink Sequinned Georgette Gown with Dupatta",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # photo: black chiffon kaftan with a gold foil print, V-neck, wide elbow sleeves, worn over slim black pants, hand
    # on hip, nothing in her hands; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-006",
        caption("a woman in a black and gold kaftan holding a cell phone", failure="unsupported"),
        wearing("a black and gold kaftan and black pants"),
        color_of("kaftan", "black"),
        color_of("pants", "black"),
        details(
            "kaftan",
            "the kaftan has a v neck and gold print on the front and the back and the sleeves and the back and the"
            " sleeves and the back and the sleeves and",
            failure="loop",
            hit_limit=True,
        ),
        material("chiffon"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        gender="Women",
        title="Sugathari Women Black & Gold-Toned Foil Printed Chiffon Kaftan",
        category="Kaftans",
        color="Black",
    ),
    # photo: young girl in a peach anarkali with a mirror-work yoke, peach churidar, cream net dupatta, small stud
    # earrings only; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-007",
        caption("a little girl in a peach dress with a white scarf"),
        wearing("a pink anarkali with a white dupatta", who="the girl"),
        color_of("anarkali", "peach"),
        color_of("dupatta", "peach", failure="other_garment_color"),
        Q.pattern("embroidered"),
        describe(
            "anarkali",
            "she is wearing a peach colored anarkali with a white dupatta and a pair of gold earrings and a gold"
            " necklace and a gold bracelet and",
            failure="cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Peach Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # photo: olive green solid flared gown, sleeveless, under a long cream ethnic jacket with a maroon floral print and
    # three-quarter sleeves; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-008",
        caption("a woman in a green dress with a printed jacket"),
        color_of("gown", "green"),
        color_of("jacket", "green", failure="other_garment_color"),
        wearing("a green dress and a white and red jacket"),
        describe("gown", "the gown is cream with maroon flowers", failure="other_garment_color"),
        Q.pattern("solid"),
        neckline("v-neck", failure="contradiction"),
        gender="Women",
        title="Juniper Women Olive Green Solid Round Neck Gown with Printed Ethnic Jacket",
        category="Ethnic Dresses",
        color="Olive",
    ),
    # photo: knee-length white cotton kaftan dress with blue ikat stripes, round neck with a tassel tie, kimono
    # sleeves, brown flat sandals; white backdrop (white on white), front view.
    # caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-009",
        caption("a woman in a white and blue striped dress"),
        color_of("dress", "blue", failure="contradiction"),
        Q.pattern("striped"),
        material("cotton"),
        details("dress", "tassel tie at the neck and kimono sleeves"),
        wearing("a white dress"),
        describe("dress", "Answer: a white dress with blue stripes", failure="leak"),
        gender="Women",
        title="Cottinfab Women White & Blue Ikat Printed Cotton Kaftan Dress",
        category="Dresses",
        color="White",
    ),
    # photo: bottle green anarkali with a pink floral print, long sleeves, pink leggings, pink dupatta around the
    # neck; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-010",
        caption("a woman in a green and pink floral dress with a pink scarf"),
        color_of("kurta", "pink", failure="other_garment_color"),
        color_of("leggings", "pink"),
        color_of("dupatta", "pink"),
        wearing("green", failure="non_answer"),
        Q.sleeve_length("long sleeves"),
        details(
            "kurta",
            "floral print, round neck, flared hem, gathered waist and a zipper at the back",
            failure="unsupported",
        ),
        gender="Women",
        title="Vishudh Women Green & Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # photo: red velvet gown with a gold gota-patti border at the hem, full sleeves, no belt, no jewellery but small
    # earrings; standing against a beige wall, side view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-011",
        caption("a woman in a red velvet dress standing in front of a wall"),
        color_of("gown", "maroon"),
        material("velvet"),
        describe("gown", "a red gown with gold border at the bottom"),
        wearing("she is wearing a red dress with a gold belt", failure="unsupported", who="she"),
        Q.sleeve_length("long sleeves"),
        is_a("gown", "yes"),
        gender="Women",
        title="Janasya Women Red Velvet Gota Patti Maxi Gown",
        category="Ethnic Dresses",
        color="Red",
    ),
    # photo: lavender-and-white tie-dye longline kaftan with a V-neck and wide sleeves, no slit visible, white wide-leg
    # pants, a potted plant beside her; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-012",
        caption("a woman wearing a purple tie dye kaftan and white pants standing next to a plant"),
        color_of("kaftan", "white", failure="other_garment_color"),
        color_of("pants", "white"),
        Q.pattern("tie-dye"),
        wearing(
            "she is wearing a purple and white tie dye kaftan with white pants, the kaftan has a v neck and wide"
            " sleeves and a side slit on the left and",
            failure="cut",
            hit_limit=True,
        ),
        material("rayon", failure="unsupported"),
        gender="Women",
        title="Rain & Rainbow Women Lavender Tie-Dye Longline Kaftan",
        category="Kaftans",
        color="Lavender",
    ),
    # photo: mustard anarkali with red and green ethnic-motif print, mustard trousers, red dupatta with tassels;
    # white backdrop, front view. caption: base; open: VQA adapter; closed: reference. The feed row has no category.
    case(
        "X691-013",
        caption("a woman in a yellow and red anarkali suit"),
        color_of("kurta", "yellow"),
        color_of("trousers", "red", failure="other_garment_color"),
        color_of("dupatta", "red"),
        Q.pattern("ethnic motifs"),
        details(
            "kurta",
            "printed, flared, printed, flared, printed, flared, printed, flared, printed, flared, printed, flared,"
            " printed",
            failure="loop",
            hit_limit=True,
        ),
        wearing("yellow kurta with red dupatta"),
        Q.garment_type("lehenga", failure="contradiction"),
        gender="Women",
        title="Indo Era Women Mustard Yellow Ethnic Motifs Printed Anarkali Kurta with Trousers & Dupatta",
        color="Mustard",
    ),
    # photo: back view of a navy blue satin maxi gown with a deep back, tie-up dori with tassels, cap sleeves; white
    # backdrop. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-014",
        caption("the back of a woman in a blue gown"),
        color_of("gown", "black", failure="contradiction"),
        details("gown", "tie up at the back with tassels"),
        Q.sleeve_length("short sleeves"),
        wearing(
            "a navy blue gown with a tie up back and tassels hanging from the tie, the gown has cap sleeves and a deep"
            " back and it is floor length and the",
            failure="cut",
            hit_limit=True,
        ),
        material("satin"),
        is_a("dress", "yes"),
        gender="Women",
        title="Myshka Women Navy Blue Solid Satin Maxi Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # photo: rust orange midi kaftan dress, white thread embroidery on the yoke, a self-fabric rust belt, model seated
    # on a brown wooden stool; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-015",
        caption("a woman sitting on a stool wearing an orange dress"),
        wearing("he is wearing an orange kaftan with a white embroidered neck", failure="pronoun"),
        color_of("kaftan", "orange"),
        color_of("belt", "brown", failure="contradiction"),
        details("kaftan", "white embroidery on the yoke and a belt at the waist"),
        Q.pattern("solid"),
        gender="Women",
        title="Pannkh Women Rust Orange Solid Kaftan Dress with Embroidered Yoke & Belt",
        category="Dresses",
        color="Rust",
    ),
    # photo: off-white anarkali with an indigo floral print, long sleeves, indigo churidar, mid-twirl; white backdrop,
    # side view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-016",
        caption("a woman twirling in a white and blue floral dress"),
        color_of("kurta", "white"),
        color_of("churidar", "blue"),
        wearing("she is wearing a white kurta with blue flowers and blue leggings"),
        describe("kurta", "a blue kurta with white flowers", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        material("cotton", failure="unsupported"),
        gender="Women",
        title="W Women Off-White & Blue Floral Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
    ),
    # photo: girl in a purple net party gown, layered tulle skirt, sequinned sleeveless bodice, silver hairband; white
    # backdrop, front view. caption: base; open: VQA adapter (color question stored open); closed: reference.
    case(
        "X691-017",
        caption("a little girl in a purple dress with a tutu"),
        wearing("a purple party dress with a silver hairband", who="the girl"),
        color_of(
            "gown",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple purple purple",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        material("net"),
        describe(
            "gown", "the gown has a sequin bodice and a layered skirt with a bow at the back", failure="unsupported"
        ),
        gender="Girls",
        title="Pink Chick Girls Purple Embellished Net Gown",
        category="Dresses",
        color="Purple",
    ),
    # photo: sea green maxi kaftan with a white floral print, V-neck with tassels, side slits, white pants; white
    # backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-018",
        caption("a woman in a green floral kaftan"),
        Q.garment_type("jumpsuit", failure="contradiction"),
        color_of("dress", "green"),
        color_of("pants", "green", failure="other_garment_color"),
        wearing("a green and white floral kaftan with white pants"),
        material("cotton", failure="unsupported"),
        details(
            "dress",
            "Question: What are the dress details? Answer: v neck, tassels Question: What are the dress details?"
            " Answer:",
            failure="leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Nayo Women Sea Green Floral Printed Kaftan Maxi Dress",
        category="Dresses",
        color="Sea Green",
    ),
    # photo: maroon floor-length anarkali gown with gold foil ethnic motifs on the yoke and hem, full sleeves, matching
    # maroon dupatta with a gold border, no necklace; white backdrop, front view.
    # caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-019",
        caption("a woman in a maroon gown with gold print"),
        color_of("gown", "gold", failure="contradiction"),
        color_of("dupatta", "maroon"),
        Q.pattern("ethnic motifs"),
        describe(
            "gown",
            "the gown is maroon with gold print on the yoke and the hem, it has full sleeves with gold print on the"
            " cuffs and a round neck with a",
            failure="cut",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a red dress with gold print and a red scarf and a gold necklace",
            failure="unsupported",
            who="she",
        ),
        gender="Women",
        title="Kalini Women Maroon & Gold-Toned Ethnic Motifs Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # photo: black kaftan-style kurta with a white geometric print, dolman sleeves, white palazzos with a small black
    # print, holding a tan handbag; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-020",
        caption("a woman in a black and white printed kaftan holding a brown bag"),
        color_of("kaftan", "black"),
        color_of("palazzos", "black", failure="other_garment_color"),
        wearing("black and white", failure="non_answer"),
        material("leather", failure="unsupported"),
        describe(
            "kaftan",
            "the kaftan is black with white geometric print all over it and it has wide sleeves and a round neck and"
            " the palazzos are white with black print and",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("geometric"),
        gender="Women",
        title="Libas Women Black & White Geometric Printed Kaftan Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # photo: emerald green satin gown, sleeveless, with a sheer green organza cape with embroidered edges, floor length,
    # no slit; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-021",
        caption("a woman in a green gown with a cape"),
        color_of("gown", "green"),
        color_of("cape", "green"),
        describe(
            "cape",
            "the cape is green and sheer and the cape is green and sheer and the cape is green and sheer and the cape"
            " is",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        details(
            "gown",
            "the cape has embroidered edges and the gown has a sweetheart neckline and a thigh high slit",
            failure="unsupported",
        ),
        wearing("he is wearing a green dress with a see through cape", failure="pronoun"),
        gender="Women",
        title="Sangria Women Emerald Green Solid Gown with Sheer Cape",
        category="Ethnic Dresses",
        color="Green",
    ),
    # photo: girl in a yellow anarkali with a pink embroidered yoke and elbow sleeves, pink churidar, no dupatta; white
    # backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-022",
        caption("a young girl in a yellow dress with pink leggings"),
        wearing("he is wearing a yellow kurta and pink pants", failure="pronoun"),
        color_of("kurta", "yellow"),
        color_of("churidar", "pink"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        describe(
            "kurta",
            "yellow kurta with pink embroidery on the yoke Question: Describe the kurta. Answer: yellow kurta with"
            " pink",
            failure="leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Aarika Girls Yellow & Pink Yoke Design Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Yellow",
    ),
    # photo: cobalt blue kaftan maxi dress with a white paisley print, V-neck, short kimono sleeves, drawstring waist,
    # barefoot, silver bangles; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-023",
        caption("a woman in a blue and white printed dress"),
        color_of("dress", "blue"),
        Q.pattern("paisley"),
        details("dress", "paisley print, drawstring waist and a v neck"),
        wearing("a blue and white printed maxi dress with silver bangles"),
        material("silk", failure="unsupported"),
        describe("dress", "describe the dress", failure="restated"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        gender="Women",
        title="Sangria Women Blue & White Paisley Printed Kaftan Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # photo: wine anarkali kurta, sleeveless, under a short gold-and-black brocade jacket, black leggings; white
    # backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-024",
        caption("a woman in a red dress and a gold jacket"),
        color_of("kurta", "black", failure="other_garment_color"),
        color_of("jacket", "gold"),
        color_of("leggings", "black"),
        wearing("a red kurta with a gold and black jacket and black leggings"),
        details("jacket", "brocade, short, open front"),
        Q.garment_type("jacket", failure="contradiction"),
        material("", failure="non_answer"),
        gender="Women",
        title="Juniper Women Wine Printed Anarkali Kurta with Brocade Ethnic Jacket",
        category="Kurtas",
        color="Burgundy",
    ),
    # photo: peach chiffon maxi gown with big pink and green flowers, flutter sleeves, V-neck, standing on a lawn with
    # trees behind, outdoor shot, side view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-025",
        caption("a woman in a floral dress standing in a garden"),
        color_of("gown", "green", failure="contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        wearing(
            "a floral dress a floral dress a floral dress a floral dress a floral dress a floral dress a floral"
            " dress a",
            failure="loop",
            hit_limit=True,
        ),
        describe(
            "gown",
            "the dress is pink with green leaves and flowers and a v neck with a v neck with a v neck with a v neck"
            " with a",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Inweave Women Peach Floral Printed Chiffon Maxi Gown",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # photo: teal midi kaftan with an abstract orange-and-cream print, round neck, three-quarter kimono sleeves, nude
    # heels; white backdrop, front view. caption: base; open: VQA adapter; closed: reference. No category in the row.
    case(
        "X691-026",
        caption("a woman in a teal and orange printed kaftan"),
        color_of("kaftan", "orange", failure="contradiction"),
        wearing("Question: What is the person wearing? Answer: a kaftan", failure="leak"),
        Q.pattern("abstract"),
        material("crepe", failure="unsupported"),
        details("kaftan", "the details of the kaftan", failure="restated"),
        is_a("dress", "yes"),
        neckline("round neck"),
        gender="Women",
        title="Mabish Women Teal Abstract Print Kaftan Dress",
        color="Teal",
    ),
    # photo: fuchsia pink anarkali with a gold embroidered yoke, pink palazzos, sheer gold dupatta, no pockets visible;
    # white backdrop, side pose. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-027",
        caption("a woman in a purple dress with a gold scarf", failure="contradiction"),
        color_of("kurta", "pink"),
        color_of("dupatta", "gold"),
        color_of("palazzos", "pink"),
        wearing("she is wearing a pink anarkali suit with a gold dupatta", who="she"),
        details("kurta", "gold yoke embroidery, flared, gathered, with pockets on both sides", failure="unsupported"),
        Q.material(
            "net net net net net net net net net net net net net net net net net net net net net net net net net net"
            " net net net net",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Pink Yoke Design Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # photo: off-white gown with a red and green kalamkari print border at the hem, full sleeves, red dupatta draped
    # across; white backdrop (low contrast), front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-028",
        caption("a woman in a white dress with a red scarf"),
        color_of("gown", "red", failure="other_garment_color"),
        color_of("dupatta", "red"),
        describe("gown", "the gown is white with red and green print at the bottom"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("checked", failure="contradiction"),
        material("cotton", failure="unsupported"),
        gender="Women",
        title="Ahalyaa Women Off-White & Red Kalamkari Printed Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Off White",
    ),
    # photo: mauve kaftan with silver embroidery at the neckline only, three-quarter sleeves, matching mauve straight
    # pants, hair tied up; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-029",
        caption("a woman in a purple kaftan with silver embroidery"),
        wearing("a purple kaftan with pants"),
        color_of("kaftan", "purple"),
        color_of("pants", "purple"),
        details(
            "kaftan",
            "silver embroidery on the neck and on the sleeves and on the hem, it has a keyhole neck with a button"
            " and two side pockets and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        material("silk", failure="unsupported"),
        gender="Women",
        title="Rangriti Women Mauve Embroidered Kaftan Kurta with Trousers",
        category="Kurta Sets",
        color="Mauve",
    ),
    # photo: patchwork anarkali in blue, yellow, orange and green panels, blue leggings; white backdrop, front view.
    # caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-030",
        caption("a woman in a colorful dress and blue leggings"),
        color_of("kurta", "multicolor"),
        color_of("leggings", "blue"),
        wearing("a multicolored kurta with blue leggings"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is blue", failure="other_garment_color"),
        details("kurta", "yellow", failure="non_answer"),
        gender="Women",
        title="Varanga Women Multicoloured Printed Panelled Anarkali Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # photo: black gown with multicolor thread embroidery on the bodice, a gold embroidered waist belt, full sleeves,
    # gold earrings, no necklace; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-031",
        caption("a woman in a black dress with colorful embroidery"),
        color_of("gown", "black"),
        color_of("belt", "black", failure="other_garment_color"),
        wearing(
            "she is wearing a black gown with a gold belt and gold earrings and a gold necklace",
            failure="unsupported",
            who="she",
        ),
        Q.sleeve_length("long sleeves"),
        is_a("gown", "yes"),
        describe("gown", "a description of the gown", failure="restated"),
        gender="Women",
        title="Ethnovog Women Black Embroidered Ethnic Gown with Belt",
        category="Ethnic Dresses",
        color="Black",
    ),
    # photo: green bandhani kaftan with orange dots, knee length, worn over blue jeans; white backdrop, front view.
    # caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-032",
        caption("a woman in a green kaftan and blue jeans"),
        color_of("kaftan", "green"),
        color_of("jeans", "blue"),
        Q.pattern("polka dots"),
        describe("kaftan", "a blue kaftan with orange dots", failure="other_garment_color"),
        details("kaftan", "the kaftan details are the details of the kaftan", failure="restated"),
        wearing(
            "green kaftan and blue jeans and green kaftan and blue jeans and green kaftan and blue jeans and green"
            " kaftan and",
            failure="loop",
            hit_limit=True,
        ),
        material("denim", failure="unsupported"),
        gender="Women",
        title="Gerua Women Green & Orange Bandhani Print Kaftan Tunic",
        category="Kaftans",
        color="Green",
    ),
    # photo: sky blue anarkali with white chikankari embroidery, white churidar, white dupatta over the left shoulder,
    # no jewellery but small studs; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-033",
        caption("a woman in a light blue dress with white embroidery"),
        color_of("kurta", "blue"),
        color_of("dupatta", "white"),
        color_of("churidar", "blue", failure="other_garment_color"),
        Q.pattern("embroidered"),
        details(
            "kurta",
            "white embroidery on the yoke, white embroidery on the sleeves, white embroidery on the yoke, white"
            " embroidery on the sleeves, white",
            failure="loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a light blue anarkali with white chikan embroidery, white churidar and a white dupatta"
            " draped over her left shoulder and a pair of silver",
            failure="cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Biba Women Sky Blue Chikankari Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # photo: girl in a gown with a gold brocade bodice and a pink flared skirt, short sleeves, holding a small pink
    # potli bag; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-034",
        caption("a little girl in a pink and gold dress holding a bag"),
        wearing("his dress is pink and gold", failure="pronoun", who="the child"),
        color_of("gown", "pink"),
        Q.garment_type("gown"),
        Q.sleeve_length("short sleeves"),
        material("brocade"),
        details("gown", "no", failure="non_answer"),
        gender="Girls",
        title="Fashion Dream Girls Gold-Toned & Pink Brocade Ethnic Gown",
        category="Dresses",
        color="Gold",
    ),
    # photo: off-white kaftan with a black line-art print and black tassels at the neckline, black leggings; white
    # backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-035",
        caption("a woman in a white kaftan with black print"),
        color_of("kaftan", "white"),
        color_of("leggings", "black"),
        wearing(
            "a white kaftan and black leggings Question: What is the color of the kaftan? Answer: white",
            failure="leak",
        ),
        details("kaftan", "tassels"),
        Q.pattern("solid", failure="contradiction"),
        describe(
            "kaftan",
            "white kaftan with black print and black tassels and black print and black tassels and black print and"
            " black tassels and",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Moomaya Women Off-White & Black Printed Kaftan",
        category="Kaftans",
        color="Off White",
    ),
    # photo: orange anarkali with a white floral block print, three-quarter sleeves, white palazzos; white backdrop,
    # front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-036",
        caption("a woman in an orange dress with white flowers"),
        color_of("kurta", "orange"),
        color_of("palazzos", "white"),
        describe("kurta", "the kurta is a kurta", failure="restated"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("he is wearing an orange kurta and white palazzo pants", failure="pronoun"),
        material("khadi", failure="unsupported"),
        gender="Women",
        title="Shree Women Orange Floral Printed Anarkali Kurta with Palazzos",
        category="Kurta Sets",
        color="Orange",
    ),
    # photo: mustard solid ethnic gown with a gota border at the hem, green bandhani dupatta over both arms; white
    # backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-037",
        caption("a woman in a yellow gown with a green dupatta"),
        color_of("gown", "green", failure="other_garment_color"),
        color_of("dupatta", "green"),
        wearing("a yellow gown and green dupatta"),
        describe("gown", "a yellow saree with a green border", failure="contradiction"),
        details("gown", "yes", failure="non_answer"),
        Q.pattern("solid"),
        gender="Women",
        title="Tikhi Imli Women Mustard Solid Ethnic Gown with Bandhani Dupatta",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # photo: beige kaftan with gold sequin embroidery at the neckline and sleeve hems, side slits, beige flared pants,
    # holding sunglasses; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-038",
        caption("a woman in a beige kaftan holding sunglasses"),
        wearing("a white shirt and white pants", failure="contradiction"),
        color_of("kaftan", "beige"),
        color_of("pants", "beige"),
        details("kaftan", "gold sequin embroidery on the neck and sleeves, side slits"),
        Q.sleeve_length("three-quarter sleeves"),
        material("Question: What material is the garment made of? Answer: cotton", failure="leak"),
        gender="Women",
        title="Label Ritu Kumar Women Beige Embroidered Kaftan with Pants",
        category="Kurta Sets",
        color="Beige",
    ),
    # photo: indigo anarkali with a white dabu print, long sleeves, white churidar, indigo dupatta, silver jhumkas;
    # white backdrop, front view (back not visible). caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-039",
        caption("a woman in a blue and white printed anarkali with a blue scarf"),
        color_of("kurta", "blue"),
        color_of("dupatta", "white", failure="other_garment_color"),
        color_of("churidar", "white"),
        material("cotton"),
        describe("kurta", "a white anarkali with blue print and a blue dupatta", failure="other_garment_color"),
        details(
            "kurta", "the kurta has a round neck with a button placket at the back and pockets", failure="unsupported"
        ),
        wearing(
            "the woman is wearing a blue anarkali with white churidar and a blue dupatta with white print and a pair"
            " of silver jhumkas and a silver",
            failure="cut",
            who="the woman",
            hit_limit=True,
        ),
        gender="Women",
        title="Jaipur Kurti Women Indigo Blue Dabu Printed Pure Cotton Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # photo: ankle-length red georgette bandhani kaftan with white dots, V-neck, elbow sleeves, worn alone, looking
    # down; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-040",
        caption("a woman wearing a red kaftan"),
        wearing("his kaftan is red with white dots", failure="pronoun"),
        color_of("kaftan", "red"),
        Q.pattern("floral", failure="contradiction"),
        details("kaftan", "v neck, elbow sleeves and white dots all over"),
        material("the garment is made of material", failure="restated"),
        gender="Women",
        title="KAAJH Women Red Bandhani Print Georgette Kaftan",
        category="Kaftans",
        color="Red",
    ),
    # photo: grey anarkali with a pink floral print, grey churidar, pink dupatta over one shoulder; white backdrop,
    # front view. caption: base; open: VQA adapter; closed: reference. The feed row has no color.
    case(
        "X691-041",
        caption("a woman in a grey and pink floral dress"),
        Q.garment_type("saree", failure="contradiction"),
        color_of("kurta", "grey"),
        color_of("dupatta", "grey", failure="other_garment_color"),
        wearing("grey", failure="non_answer"),
        describe("kurta", "Question: Describe the kurta. Answer: grey kurta with pink flowers", failure="leak"),
        gender="Women",
        title="Sangria Women Grey & Pink Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
    ),
    # photo: lime green net gown with silver sequin embroidery, sheer full sleeves, holding a silver clutch; white
    # backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-042",
        caption("a woman in a lime green gown holding a silver clutch"),
        color_of("gown", "green"),
        Q.sleeve_length("long sleeves"),
        material("net"),
        wearing("she is wearing a light green net gown with silver embellishments", who="she"),
        details("gown", "sheer sleeves and sequins"),
        describe(
            "gown",
            "the gown is light green with silver sequin embroidery on the bodice and sheer full sleeves, it is floor"
            " length and flared and it has a",
            failure="cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Zeel Women Lime Green Embroidered Net Gown",
        category="Ethnic Dresses",
        color="Lime Green",
    ),
    # photo: knee-length indigo cotton kaftan with a white shibori pattern, V-neck, wide sleeves, white cotton pants;
    # white backdrop, side view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-043",
        caption("a woman in a blue and white tie dye dress and white pants"),
        color_of("kaftan", "blue"),
        color_of("pants", "blue", failure="other_garment_color"),
        Q.pattern("tie-dye"),
        material("linen", failure="contradiction"),
        wearing(
            "Question: What is the person wearing? Answer: a blue kaftan and white pants Question:", failure="leak"
        ),
        describe(
            "kaftan",
            "the kaftan is blue with white pattern and it has a v neck and wide sleeves and it is loose and it is"
            " knee length and it has a",
            failure="cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Fabindia Women Indigo Shibori Cotton Kaftan",
        category="Kaftans",
        color="Blue",
    ),
    # photo: girl in a green anarkali with a gold print, green churidar, orange dupatta; white backdrop, front view.
    # caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-044",
        caption("a little girl in a green dress with an orange scarf"),
        color_of("kurta", "green"),
        color_of("dupatta", "green", failure="other_garment_color"),
        color_of("churidar", "green"),
        wearing(
            "the girl is wearing the girl is wearing the girl is wearing the girl is wearing the girl is wearing the"
            " girl is",
            failure="loop",
            who="the girl",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        details("kurta", "the kurta has details", failure="restated"),
        gender="Girls",
        title="Biba Girls Green & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # photo: rust orange flared gown (the seller calls it Brown), long sleeves, gold trim only at the neckline;
    # white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-045",
        caption("a woman in an orange gown"),
        color_of("gown", "orange"),
        wearing("he is wearing an orange dress with gold trim around the neck", failure="pronoun"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        describe("gown", "the gown is brown with gold embroidery all over", failure="unsupported"),
        is_a("gown", "yes"),
        gender="Women",
        title="Kalini Women Brown Solid Flared Gown",
        category="Ethnic Dresses",
        color="Brown",
    ),
    # photo: pink kaftan kurta with a white leaf print, round neck, wide sleeves, pink pants, no dupatta in the set or
    # the photo; white backdrop, front view. caption: base; open: VQA adapter; closed: reference.
    case(
        "X691-046",
        caption("a woman in a pink kaftan and pink pants"),
        color_of("kaftan", "pink"),
        color_of("dupatta", "white", failure="unsupported"),
        wearing("a pink kaftan top and pink pants"),
        details(
            "kaftan",
            "leaf print, wide sleeves and a round neck with a round neck with a round neck with a round neck with a"
            " round neck",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        gender="Women",
        title="Indya Women Pink Leaf Printed Kaftan Kurta with Pants",
        category="Kurta Sets",
        color="Pink",
    ),
]
