"""BLIND_1529 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-sixth
session. Measured blind at 71dbb3c (the session's first rules): 60/77 failures found (77.9%) and 8/174 correct texts
flagged (4.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of children's ethnic wear (boys' kurta pyjama sets, kurta sets with a Nehru jacket,
sherwanis, dhoti sets; girls' lehenga cholis, kurta sets with palazzos or a sharara, anarkalis, one pattu pavadai).
Photos are the catalog's usual shots: a child on a plain white or grey backdrop wearing the set, now and then a flat
lay (012, 017, 039), a back view (008, 032), a prop (a diya, a kite, a marigold garland, a stool, a chair, a pooja
thali, sunglasses, a flower basket), or the product worn with other clothes (jeans under a kurta, a white kurta set
under a Nehru jacket sold alone). Catalog columns as Myntra exports them: title with the brand first where the feed
has one, category as the article type (Kurta Sets, Lehenga Choli, Sherwani, Kurtas, Ethnic Dresses, Nehru Jackets),
color as the base colour of the main piece, gender as Boys/Girls; a few rows miss a column (gender in 008, 024, 041,
category in 037, color in 012).
Who wrote what: every text is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b),
greedy, prompt "Question: ... Answer:", 30 new tokens at most. There is no caption: the VQA-only adapter broke
captioning, so this run asks questions only. The questionnaire: what the person is wearing, the color of each piece
named in the title (kurta, pyjama, churidar, dupatta, lehenga, blouse/choli, jacket, stole, safa...), asked as free
generation (stored open), plus some of: "Is this a <main piece>?", the pattern, the sleeve length, the material,
and the details of the main piece. 5 to 7 questions per product.
Labeling conventions and judgement calls:
- A near hue counts as right: mustard -> yellow, maroon -> red, peach -> pink, off-white/cream/ivory -> white,
  teal/sea green/lime -> green, navy -> blue, rust -> orange, lavender -> purple, beige -> taupe, magenta -> pink.
  Navy answered "black" is wrong (contradiction).
- The same color for two pieces is right when the photo shows them the same (003, 011, 017, 042 are matching
  sets); it is other_garment_color when the second piece has another color and the answer is the first piece's
  (a jacket's navy given to the white kurta under it, the kurta's white given to a Nehru jacket sold alone).
- A wrong color that belongs to no garment in the photo (a prop's, the embroidery thread's, an invented one) is
  contradiction, as are a wrong "no" to "Is this a lehenga/sherwani/kurta?", a wrong pattern or sleeve length, and a
  material the title contradicts ("denim" for a pure cotton kurta worn with jeans).
- VQA-vocabulary garment words are accepted: a kurta as "shirt", pyjama/churidar/dhoti/palazzo as "pants", a Nehru
  jacket as "vest" or "jacket", a sherwani as "jacket" or "suit", a lehenga set or an anarkali as "dress".
- An answer that repeats the same phrase until the token limit is loop even when the repeated words are true; an
  answer that lists true things and stops mid-phrase at the limit is cut; a run-on that starts a new
  "Question: ... Answer:" is leak. All three carry hit_limit=True.
- "she"/"a girl" for a boy, "he" for a girl: pronoun. A flat lay described with a child in it, a belt, a zipper,
  a necklace or velvet that the photo does not show: unsupported.
- Empty text, "yes" to a color question, or the piece's name back ("the pyjama"): non_answer. "the lehenga is a
  lehenga", "the details of the skirt": restated.
- About three texts in ten are wrong: the short color answers of the main piece are mostly right; the failures are
  mostly secondary pieces given the main piece's color and the open questions running to the limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import case, color_of, details, is_a, wearing


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The color of one piece, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1529 = [
    # Photo: boy of about six, white backdrop, front; mustard yellow cotton kurta (mandarin collar, white buttons),
    # white pyjama, brown sandals. All texts: VQA adapter.
    case(
        "X1529-001",
        wearing(
            "a yellow kurta and white pyjamas and brown sandals and a yellow kurta and white pyjamas and brown sandals "
            "and a yellow kurta and white",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "mustard"),
        col("pyjama", "white"),
        is_a("kurta", "yes"),
        Q.pattern("solid"),
        gender="Boys",
        title="VASTRAMAY Boys Mustard Yellow & White Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy holding a lit brass diya; navy blue kurta with a small white geometric print, white pyjama.
    # All texts: VQA adapter.
    case(
        "X1529-002",
        wearing("a blue shirt and white pants"),
        col("kurta", "navy"),
        col("pyjama", "navy", "other_garment_color"),
        details(
            "kurta",
            "white print on the front and white print on the sleeves and white print on the front and white print on "
            "the sleeves and white print",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Navy Blue & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl on a grey backdrop; pink lehenga with a gold gota border at the hem, pink choli, pink net dupatta
    # over one shoulder (a matching set: all three pieces pink). All texts: VQA adapter.
    case(
        "X1529-003",
        wearing("a pink dress"),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        details("lehenga", "gold border on the hem"),
        gender="Girls",
        title="Aarika Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy, front; cream sherwani with a maroon embroidered collar, cream churidar, maroon stole over the
    # left shoulder. All texts: VQA adapter.
    case(
        "X1529-004",
        wearing("a white suit with a red scarf"),
        col("sherwani", "cream"),
        col("churidar", "cream"),
        col("stole", "cream", "other_garment_color"),
        is_a("sherwani", "no", "contradiction"),
        details(
            "sherwani",
            "embroidery on the collar and the buttons and the sleeves and the collar and the buttons and the sleeves "
            "and the collar and the buttons",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Cream-Coloured & Maroon Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: girl, white backdrop; mustard kurta with a white floral block print, white palazzos, mustard dupatta
    # with tassels, gold juttis. All texts: VQA adapter.
    case(
        "X1529-005",
        wearing(
            "she is wearing a yellow kurta with white palazzo pants and a yellow dupatta with tassels on the ends and "
            "a pair of gold",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "yellow"),
        col("palazzo", "white"),
        col(
            "dupatta",
            "yellow Question: What is the color of the dupatta? Answer: yellow Question: What is the color of the "
            "dupatta? Answer: yellow",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Girls",
        title="Biba Girls Mustard Yellow Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy; white kurta and white pyjama under a navy Nehru jacket with a small white print, a chest pocket
    # on the left and two welt pockets. All texts: VQA adapter.
    case(
        "X1529-006",
        wearing("a blue vest and white pants"),
        col("kurta", "navy", "other_garment_color"),
        col("jacket", "navy"),
        col(
            "pyjama",
            "white pyjamas with a white kurta and a blue jacket and white pyjamas with a white kurta and a blue jacket "
            "and white pyjamas",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        details(
            "jacket",
            "the jacket has a printed design and buttons on the front and a pocket on the left side and a pocket on "
            "the right side and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Hangup Boys White Kurta with Pyjamas & Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl twirling; teal anarkali maxi dress with a gold foil print, three-quarter sleeves.
    # All texts: VQA adapter.
    case(
        "X1529-007",
        wearing("a green dress"),
        col("dress", "teal"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress has a gold print and a gold print and a gold print and a gold print and a gold print and a gold "
            "print and a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pspeaches Girls Teal Green Ethnic Motifs Printed Anarkali Maxi Dress",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: back view of a boy; maroon self-design silk kurta, cream pyjama. The feed has no gender for this row.
    # All texts: VQA adapter.
    case(
        "X1529-008",
        wearing("a girl in a red shirt and white pants", "pronoun"),
        col("kurta", "maroon"),
        col("pyjama", "white"),
        details("kurta", "", "non_answer"),
        is_a("kurta", "yes"),
        title="Boys Maroon & Cream-Coloured Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: girl holding an orange marigold garland; yellow lehenga with multicolour mirror work, green choli,
    # yellow net dupatta. All texts: VQA adapter.
    case(
        "X1529-009",
        wearing(
            "a yellow lehenga with mirror work and a green blouse and a yellow dupatta and a garland of orange flowers "
            "in her hands and a",
            "cut",
            hit_limit=True,
        ),
        col("lehenga", "yellow"),
        col("blouse", "yellow", "other_garment_color"),
        col("dupatta", "orange", "contradiction"),
        details("lehenga", "mirror work"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Pspeaches Girls Yellow & Green Embroidered Mirror Work Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: boy, white backdrop; orange kurta, cream dhoti pants. All texts: VQA adapter.
    case(
        "X1529-010",
        wearing("a orange shirt and white pants"),
        col("kurta", "orange"),
        col("dhoti", " ".join(["orange"] * 30), "loop", hit_limit=True),
        is_a("kurta", "yes"),
        details("kurta", "the kurta", "non_answer"),
        gender="Boys",
        title="Aj DEZInES Boys Orange & Cream-Coloured Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: girl; peach kurta with gota patti at the yoke, peach sharara, peach dupatta (all one colour).
    # All texts: VQA adapter.
    case(
        "X1529-011",
        wearing("a pink top and pink pants"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "peach"),
        details(
            "kurta",
            "she is wearing a pink kurta with a pink sharara and a pink dupatta she is wearing a pink kurta with a "
            "pink sharara and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Peach-Coloured Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: flat lay on white; gold-toned brocade sherwani with paisley motifs and a row of buttons, white churidar
    # folded beside it. No color column in the feed. All texts: VQA adapter.
    case(
        "X1529-012",
        wearing("a gold jacket and white pants"),
        col("sherwani", "gold"),
        col("churidar", "white"),
        is_a("sherwani", "yes"),
        details("sherwani", "buttons on the front"),
        Q.pattern("paisley"),
        gender="Boys",
        title="Boys Gold-Toned Woven Design Sherwani with Churidar",
        category="Sherwani",
    ),
    # Photo: girl, hands on hips; red lehenga with a gold print, red choli, off-white net dupatta with a gold border.
    # All texts: VQA adapter.
    case(
        "X1529-013",
        wearing("a red and gold dress"),
        col("lehenga", "red"),
        col("choli", "red"),
        col("dupatta", "red", "other_garment_color"),
        is_a(
            "lehenga",
            "yes Question: Is this a lehenga? Answer: yes Question: Is this a lehenga? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        gender="Girls",
        title="Girls Red & Gold-Toned Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy seated on a wooden stool; bottle green silk blend kurta with a mandarin collar, white churidar.
    # All texts: VQA adapter.
    case(
        "X1529-014",
        wearing("a green shirt and white pants"),
        col("kurta", "green"),
        col("churidar", "green", "other_garment_color"),
        Q.material("silk"),
        is_a("kurta", "yes"),
        details("kurta", "mandarin collar"),
        gender="Boys",
        title="Boys Green Solid Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: girl; lavender straight kurta with white thread embroidery at the yoke, lavender trousers.
    # All texts: VQA adapter.
    case(
        "X1529-015",
        wearing("a purple shirt and purple pants"),
        col("kurta", "purple"),
        col("trousers", "white", "contradiction"),
        details("kurta", "white embroidery on the neck"),
        is_a("kurta", "no", "contradiction"),
        gender="Girls",
        title="Girls Lavender Thread Work Kurta with Trousers",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: boy; off-white kurta and pyjama, maroon velvet Nehru jacket with gold embroidery.
    # All texts: VQA adapter.
    case(
        "X1529-016",
        wearing(
            "a white kurta and white pyjamas with a red jacket Question: What is the color of the kurta? Answer: white "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "white"),
        col("pyjama", "white"),
        col("jacket", "white", "other_garment_color"),
        is_a("kurta", "yes"),
        details("jacket", "gold embroidery"),
        gender="Boys",
        title="Boys Off-White & Maroon Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: flat lay, no model; blue lehenga with silver sequins, blue blouse, blue dupatta laid out on white.
    # All texts: VQA adapter.
    case(
        "X1529-017",
        wearing("a little girl in a blue lehenga and a blue blouse", "unsupported"),
        col("lehenga", "blue"),
        col("blouse", "blue"),
        col("dupatta", "blue"),
        details("lehenga", "the lehenga is a lehenga", "restated"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Blue Sequinned Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: boy with shoulder-length hair; white chikankari cotton kurta, white pyjama. All texts: VQA adapter.
    case(
        "X1529-018",
        wearing("she is wearing a white kurta and white pants", "pronoun"),
        col("kurta", "white"),
        col("pyjama", " ".join(["white"] * 30), "loop", hit_limit=True),
        details("kurta", "embroidered"),
        Q.pattern("embroidered"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl; magenta anarkali kurta with gold zari at the yoke, sleeves and hem, magenta churidar, gold tissue
    # dupatta. All texts: VQA adapter.
    case(
        "X1529-019",
        wearing("a pink dress"),
        col("kurta", "pink"),
        col("churidar", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        details(
            "kurta",
            "gold embroidery on the yoke and the sleeves and the hem and the yoke and the sleeves and the hem and the "
            "yoke and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Magenta Ethnic Motifs Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Photo: boy; navy blue sherwani (matte jacquard) with gold buttons, white churidar. All texts: VQA adapter.
    case(
        "X1529-020",
        wearing("a blue jacket and white pants"),
        col("sherwani", "blue"),
        col("churidar", "yes", "non_answer"),
        is_a("sherwani", "yes"),
        details("sherwani", "gold buttons"),
        Q.material("velvet", "unsupported"),
        gender="Boys",
        title="Boys Navy Blue Solid Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: girl; green kurta with a pink floral print and short sleeves, pink palazzos. All texts: VQA adapter.
    case(
        "X1529-021",
        wearing("a green shirt and pink pants"),
        col("kurta", "green"),
        col("palazzo", "green", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Girls",
        title="Girls Green & Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy holding a blue paper kite; rust orange kurta, off-white pyjama. All texts: VQA adapter.
    case(
        "X1529-022",
        wearing("a orange shirt and white pants holding a kite"),
        col("kurta", "blue", "contradiction"),
        col("pyjama", "white"),
        is_a(
            "kurta",
            "yes Question: Is this a dress? Answer: no Question: Is this a shirt? Answer: no Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Boys",
        title="Boys Rust Orange Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: girl wearing gold bangles; mint green lehenga with pink floral embroidery, pink choli, mint dupatta with
    # a pink border. All texts: VQA adapter.
    case(
        "X1529-023",
        wearing(
            "a green lehenga with pink flowers on it and a pink blouse and a green dupatta with a pink border and gold "
            "bangles on her wrists and a",
            "cut",
            hit_limit=True,
        ),
        col("lehenga", "green"),
        col("choli", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        details("lehenga", "floral embroidery"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Sea Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: boy; peach kurta, white pyjama, beige Nehru jacket with a small print. No gender in the feed.
    # All texts: VQA adapter.
    case(
        "X1529-024",
        wearing(
            "a pink kurta with a beige jacket and white pyjamas and a pink kurta with a beige jacket and white pyjamas "
            "and a pink",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "peach"),
        col("pyjama", "white"),
        col("jacket", "beige"),
        details(
            "jacket",
            "the jacket has a print and the jacket has a print and the jacket has a print and the jacket has a",
            "loop",
            hit_limit=True,
        ),
        title="Boys Peach-Coloured Kurta & Pyjamas with Beige Printed Nehru Jacket",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: girl; pattu pavadai: purple silk skirt with a broad gold zari border, green silk blouse.
    # All texts: VQA adapter.
    case(
        "X1529-025",
        wearing("a purple skirt and a green blouse"),
        col("skirt", "purple"),
        col("blouse", "purple", "other_garment_color"),
        Q.material("silk"),
        is_a("skirt", "yes"),
        details("skirt", "the details of the skirt", "restated"),
        gender="Girls",
        title="Girls Purple & Green Woven Design Pattu Pavadai",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Photo: boy; black kurta with a gold print, white pyjama. All texts: VQA adapter.
    case(
        "X1529-026",
        wearing("a black kurta and white pyjamas"),
        col("kurta", "black"),
        col("pyjama", "white"),
        details("kurta", "gold print"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Black & Gold-Toned Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: girl; indigo kurta with a white dabu print, round neck, three-quarter sleeves, straight hem; white
    # trousers; indigo dupatta with a white print. All texts: VQA adapter.
    case(
        "X1529-027",
        wearing("a blue and white dress"),
        col("kurta", "blue"),
        col("trousers", "blue", "other_garment_color"),
        col("dupatta", "blue and white"),
        Q.pattern("printed"),
        Q.material("cotton"),
        details(
            "kurta",
            "the kurta is blue with white print and it has a round neck and three quarter sleeves and a straight hem "
            "and it is",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Blue & White Dabu Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: boy; ivory sherwani with gold embroidery, ivory churidar, maroon safa (turban), gold bead mala.
    # All texts: VQA adapter.
    case(
        "X1529-028",
        wearing("a white sherwani and a red turban"),
        col("sherwani", "white"),
        col("churidar", "white"),
        col("safa", "white", "other_garment_color"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "gold embroidery and a necklace and a turban and a necklace and a turban and a necklace and a turban and a "
            "necklace and a turban",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Off-White & Gold-Toned Embroidered Sherwani Set with Safa",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: girl; multicoloured bandhani (tie-dye dots) lehenga, yellow choli, red dupatta.
    # All texts: VQA adapter.
    case(
        "X1529-029",
        wearing("a colorful skirt and a yellow top"),
        col("lehenga", "multicolor"),
        col("blouse", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Multicoloured Bandhani Printed Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: boy; sky blue cotton kurta with a mandarin collar, button placket, long sleeves, worn over blue jeans
    # (the jeans are not the product). All texts: VQA adapter.
    case(
        "X1529-030",
        wearing("a blue shirt and jeans"),
        col("kurta", "blue"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim", "contradiction"),
        details("kurta", "the kurta has a mandarin collar and a button placket"),
        gender="Boys",
        title="Boys Blue Solid Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: girl; white kurta with multicolour thread embroidery at the neck, white sharara, pink dupatta with a
    # gold border, gold juttis. All texts: VQA adapter.
    case(
        "X1529-031",
        wearing(
            "a white kurta with colorful embroidery on the neck and a white sharara and a pink dupatta with a gold "
            "border and a pair of gold",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "white"),
        col("sharara", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        details(
            "kurta",
            "embroidery Question: What are the sharara details? Answer: embroidery Question: What are the dupatta "
            "details? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls White Embroidered Kurta with Sharara & Pink Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: back view of a boy; grey Nehru jacket over a pink kurta (the kurta shows below the jacket and at the
    # sleeves), white pyjama. All texts: VQA adapter.
    case(
        "X1529-032",
        wearing(
            "a grey jacket and white pants Question: What is the color of the kurta? Answer: grey Question: What is "
            "the",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "grey", "other_garment_color"),
        col("pyjama", "white"),
        col("jacket", "grey"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Pink Kurta with White Pyjamas & Grey Nehru Jacket",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: girl; maroon velvet lehenga with gold zari, gold choli, maroon dupatta with a gold border; no belt.
    # All texts: VQA adapter.
    case(
        "X1529-033",
        wearing("a red dress with gold"),
        col("lehenga", "maroon"),
        col("choli", "gold"),
        col(
            "dupatta",
            "maroon and gold and maroon and gold and maroon and gold and maroon and gold and maroon and gold and "
            "maroon and gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet"),
        is_a("lehenga", "no", "contradiction"),
        details("lehenga", "the lehenga has a belt with a buckle", "unsupported"),
        gender="Girls",
        title="Girls Maroon & Gold-Toned Velvet Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: boy; beige self-design kurta with a band collar, brown pyjama. All texts: VQA adapter.
    case(
        "X1529-034",
        wearing("she is wearing a beige kurta and brown pants", "pronoun"),
        col("kurta", "taupe"),
        col("pyjama", "taupe", "other_garment_color"),
        details("kurta", "the kurta has a collar"),
        Q.pattern("solid"),
        gender="Boys",
        title="Boys Beige & Brown Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: girl holding a brass pooja thali; yellow chikankari anarkali dress, long sleeves; no jewellery.
    # All texts: VQA adapter.
    case(
        "X1529-035",
        wearing("a yellow dress and a gold necklace", "unsupported"),
        col("dress", "yellow"),
        Q.sleeve_length("long sleeves"),
        details(
            "dress",
            "a yellow dress with a yellow dress with a yellow dress with a yellow dress with a yellow dress with a "
            "yellow dress with",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Girls",
        title="Girls Yellow Chikankari Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # Photo: boy; red kurta with a gold woven booti all over (front, sleeves, collar), white pyjama.
    # All texts: VQA adapter.
    case(
        "X1529-036",
        wearing("he is wearing a red kurta and white pyjamas"),
        col("kurta", "red"),
        col("pyjama", "red", "other_garment_color"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has a gold woven design on the front and the back and the sleeves and the collar and the cuffs "
            "and the hem and the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Red & White Woven Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: girl; orange kurta with gold gota lace at the neckline, sleeves and hem, green palazzos, green dupatta.
    # The feed has no category for this row. All texts: VQA adapter.
    case(
        "X1529-037",
        wearing("a orange top and green pants"),
        col("kurta", "orange"),
        col("palazzo", "green"),
        col("dupatta", "orange", "other_garment_color"),
        details(
            "kurta",
            "gold lace on the neckline and gold lace on the sleeves and gold lace on the hem and the kurta is orange "
            "and the palazzo is green and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Orange & Green Gotta Patti Kurta with Palazzos & Dupatta",
        color="Orange",
    ),
    # Photo: boy; white kurta, white kasavu dhoti with a gold border, white angavastram with a gold border over the
    # shoulder. All texts: VQA adapter.
    case(
        "X1529-038",
        wearing("a white shirt and white pants"),
        col("kurta", "white"),
        col("dhoti", "cream-gold"),
        col("angavastram", "white with gold border"),
        is_a("dhoti", "yes"),
        gender="Boys",
        title="Boys White & Gold-Toned Kurta with Dhoti & Angavastram",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: flat lay; lime green lehenga with a pink print, lime green blouse, pink dupatta. All texts: VQA adapter.
    case(
        "X1529-039",
        wearing("a green skirt"),
        col(
            "lehenga",
            "green and pink and green and pink and green and pink and green and pink and green and pink and green and "
            "pink and green",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "green"),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        details("lehenga", "pink print"),
        gender="Girls",
        title="Girls Lime Green & Pink Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Photo: boy; mustard Nehru jacket with an ethnic print and buttons (the product) over a white kurta and white
    # pyjama that are not sold with it. All texts: VQA adapter.
    case(
        "X1529-040",
        wearing("a white shirt and a yellow vest"),
        col("jacket", "white", "other_garment_color"),
        is_a("jacket", "yes"),
        Q.pattern("printed"),
        details("jacket", "the jacket has a zipper on the front and two pockets", "unsupported"),
        gender="Boys",
        title="Boys Mustard Yellow Ethnic Motifs Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: girl with a short bob; navy blue kurta with a gold foil print, navy sharara. No gender in the feed.
    # All texts: VQA adapter.
    case(
        "X1529-041",
        wearing("he is wearing a blue kurta and blue pants", "pronoun"),
        col("kurta", "blue"),
        col("sharara", "black", "contradiction"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        title="Girls Navy Blue & Gold-Toned Foil Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: boy seated on an ornate carved chair; peach sherwani with pearl work on the front and collar, peach
    # churidar. All texts: VQA adapter.
    case(
        "X1529-042",
        wearing("a pink jacket and pink pants"),
        col("sherwani", "pink"),
        col("churidar", "pink"),
        is_a("sherwani", "yes"),
        details("sherwani", "pearls on the front and the collar"),
        gender="Boys",
        title="Boys Peach-Coloured Embellished Sherwani Set",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: girl; pink and white leheriya (diagonal stripes) kurta, round neck, three-quarter sleeves; white
    # palazzos. All texts: VQA adapter.
    case(
        "X1529-043",
        wearing("a pink and white striped dress and white pants"),
        col("kurta", "pink and white"),
        col("palazzo", "pink and white", "other_garment_color"),
        Q.pattern("striped"),
        details("kurta", "the kurta has a pink and white striped pattern and a round neck and three-quarter sleeves"),
        Q.sleeve_length("short sleeves", "contradiction"),
        gender="Girls",
        title="Girls Pink & White Leheriya Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: boy wearing sunglasses as a prop; sea green kurta, white pyjama. All texts: VQA adapter.
    case(
        "X1529-044",
        wearing("a green shirt and white pants and sunglasses"),
        col("kurta", "green"),
        col("pyjama", "the pyjama", "non_answer"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "a green kurta with a white pyjama and a pair of sunglasses and a green kurta with a white pyjama and a "
            "pair of",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: girl holding a flower basket; white lehenga with a multicolour floral print, pink choli, pink dupatta.
    # All texts: VQA adapter.
    case(
        "X1529-045",
        wearing("a white dress with pink flowers"),
        col("lehenga", "white"),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        Q.pattern("floral"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls White & Pink Floral Printed Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="White",
    ),
]
