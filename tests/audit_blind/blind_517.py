"""BLIND_517 (46 products; Myntra men's topwear and bottomwear, adapter captions with extractive QA over them): written
blind in the fiftieth session. Measured blind at ba377c1 (the session's rules as they stood): 113/131 failures found
(86.3%) and 4/174 correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: the original experiments' third setup re-run on a Myntra-like English feed of men's wear: casual and
formal shirts (solid, checked, striped, floral, denim, linen, oxford), t-shirts and polos (plain, graphic, striped,
henley, tipped collar), kurtas (solid, chikankari, embroidered, with pyjamas) and a Nehru jacket, jeans, chinos,
formal trousers, joggers, shorts (cotton, cargo, denim), jackets (biker, bomber, denim, suede trucker, puffer,
overshirt) and sweatshirts and hoodies. Most photos show a full outfit (a shirt worn with jeans, a jacket over a
tee), some on props or backdrops (a yellow wall, a brick wall, a beach, a golf course, a wooden door, a plant).
Each product has the seller's title, category, color and gender; two rows miss the gender and one the color.

Who wrote what: every caption comes from the caption adapter at epoch 1
(`leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch`): the DeepFashion template ("The gentleman wears a
long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel neckline ..."), with no
hue names, no end token, so it runs to its 50-token limit (hit_limit=True) and is cut or loops. The default
questionnaire's open questions (What is the person wearing? Describe the garment. What are the details of the
garment? What material is the garment made of?) and the set's own open questions (neckline, accessories) are
answered by the extractive QA model (`timpal0l/mdeberta-v3-base-squad2`) copying a span of that caption: a span, or
an empty string when it finds none; never hit_limit. Beside them, the untuned base `Salesforce/blip2-opt-2.7b`
answers the experiments' questionnaire (What is he wearing? What is the color of the shirt / t-shirt / jeans?
Describe the shirt. What are the shirt details? / What are the jeans details?): short lowercase texts that stop on
their own (never hit_limit). The comment before each case says which open texts are QA spans; the rest of the open
texts are the base model's. Closed answers (garment_type, color, pattern, sleeve_length, fit, "Is this a ...?") come
from enrich's `--engine reference`, values from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Adapter captions: a caption that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut, even where it also invents an accessory ("an accessory on his wrist" with no watch) or a fabric
  (denim chinos, cotton linen), since the auditor sees the cut first. "The lady wears" for a man is pronoun. A
  caption that misnames the product itself (a kurta as "a long-sleeve dress", cargo shorts as "a long pants") is
  contradiction; the kurta caption that says "The lady wears a long-sleeve dress" is labelled contradiction, not
  pronoun, because the garment is what is wrong about the product. Four captions end exactly on a full stop at the
  limit and say nothing false: they are correct, hit_limit=True kept (the limit was reached, nothing was lost).
- The template's garment words count as correct: "shirt" for a kurta (a long collarless shirt), "vest" for a Nehru
  jacket, "sweater" for a sweatshirt or hoodie, "jacket" for an overshirt, "three-point shorts" for shorts, "long
  trousers"/"long pants" for trousers, "lattice" for checks, "stand" for a mandarin collar, "lapel" for a shirt or
  polo collar. "pure color patterns" for a solid garment is correct.
- QA spans: a span copied from the cut end of a caption ("cotton fabric and pure") is cut; an empty span, or a span
  that is only the subject ("This man"), is non_answer; the garment's name given for the material question
  ("long-sleeve shirt") is restated; the fabric of another garment of the caption given as the product's ("denim"
  for khaki cotton chinos, "cotton" for black jeans) is contradiction, and so is the template's wrong fabric where the
  title names the real one ("cotton" for a pure linen shirt); "cotton" for a nylon puffer whose title names no fabric
  is unsupported. An accessory span for an accessory the photo does not have is unsupported. A QA span that names
  only the other garment of the outfit for "What is the person wearing?" (the tucked-in shirt over the trousers for
  sale) is correct: it is true of the photo.
- Shade words are correct: blue for navy or teal, green for olive or teal, red for maroon, yellow for mustard,
  orange for rust, purple for lavender, grey for charcoal or grey melange, white for cream or off white, khaki for
  khaki chinos. Wrong shades are contradiction: grey for olive, orange for mustard, pink for lavender, black for navy.
- Colors: a backdrop's color (yellow wall, red brick) given as the garment's is contradiction; a trim, print or
  button color given as the garment's (green tipping on a white polo, white flowers on a black shirt, gold buttons
  on a black kurta, red embroidery on a cream kurta) is contradiction. A per-piece color question answered with that
  piece's real color is correct even when the piece is not the product (the white tee under a biker jacket). The
  color of another piece of the outfit given to the product (white for the jeans under a white shirt, the tee's
  color for the shorts, the jeans' color for a kurta) is other_garment_color; the product's color given to another
  piece (the jeans called white like the white shirt, the inner tee called brown like the suede jacket) is
  contradiction (one color for two garments).
- "What is the color of the jeans?" asked of denim shorts and answered "blue" is correct; "yes" to "Is this a pair of
  jeans?" for denim shorts is contradiction.
- Base invented details (a logo, a chest pocket the shirt has not, a pocket seen on a back view, a belt hidden by
  the untucked shirt, a tie, a necklace, a scarf, a skull print on a typography hoodie) are unsupported.
- Base answers: "she"/"her"/"a woman" for the man is pronoun; any answer that runs on into "Question: ... Answer:"
  (or a bare "Answer: ...") is leak even where the first words are right; an answer that ends on "a", "and a" or
  "the" (an early stop) is cut, without hit_limit; an empty answer, "a shirt" for "Describe the shirt.", "the details
  of the hoodie", "the shirt has details", "they are blue" and "the shorts are short" for the details are
  non_answer; "the shirt details are the details of the shirt" and "the jeans are jeans" are restated.
- Reference closed answers: a wrong class (hoodie for a hoodless sweatshirt, jeans for joggers, "long sleeves" for
  a sleeveless Nehru jacket worn over a full-sleeve kurta, "striped" for pleats or buffalo checks, "no" to "Is this a
  pair of shorts?" for cargo shorts) is contradiction; the color of the inner or upper piece chosen for the product
  (white for a biker jacket over a white tee, white for navy shorts under a white tee) is other_garment_color.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "open")
accessories = question("accessories", "What accessories is he wearing?", "open")
fit = question("fit", "What is the fit of the garment?", "closed")


def he(text, failure=None):
    """The base model's answer to the experiments' "What is he wearing?"."""
    return wearing(text, failure, who="he")


def base_color(garment, text, failure=None):
    """The base model's free answer to "What is the color of the <garment>?"."""
    return color_of(garment, text, failure, kind="open")


BLIND_517 = [
    # photo: man in a white solid slim-fit shirt, full sleeves, worn untucked over blue jeans; plain grey studio
    # backdrop, front view, no accessories.
    # caption: adapter; material, details: QA spans
    case(
        "X517-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and blue jeans"),
        base_color("shirt", "white"),
        base_color("jeans", "white", "contradiction"),
        D.material("cotton"),
        D.details("lapel neckline"),
        B.sleeve_length("long sleeves"),
        title="Men Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy and white checked full-sleeve shirt with one patch pocket on the chest, tucked into beige chinos;
    # steel watch on the left wrist; white backdrop, front view.
    # caption: adapter; accessories: QA span
    case(
        "X517-002",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist. The upper clothing has long",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "a blue and white checkered shirt Question: what are the shirt details? Answer: the shirt has a pocket",
            "leak",
        ),
        details("shirt", "the shirt has a pocket on the chest and buttons down the", "cut"),
        accessories("an accessory on his wrist"),
        B.pattern("checked"),
        B.color("blue"),
        title="Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black round-neck t-shirt with a white "BROOKLYN" typography print on the chest, grey joggers; white
    # backdrop, front view. No pocket on the tee.
    # caption: adapter; neckline: QA span
    case(
        "X517-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a black t-shirt with the word brooklyn on it"),
        base_color("t-shirt", "grey", "other_garment_color"),
        details("shirt", "the shirt has a white print on the front and a pocket", "unsupported"),
        neckline("round"),
        B.pattern("graphic"),
        B.garment_type("t-shirt"),
        title="Men Black Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive green solid polo t-shirt with ribbed collar and two-button placket, khaki chinos; light grey
    # backdrop, front view.
    # caption: adapter; material: QA span
    case(
        "X517-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        he("a green polo shirt and khaki pants"),
        base_color("shirt", "grey", "contradiction"),
        B.garment_type("polo shirt"),
        is_a("polo shirt", "yes"),
        D.material("short-sleeve T-shirt", "restated"),
        title="Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: waist-down shot of mid-blue slim-fit jeans with light whiskering, button and zip fly visible, white
    # sneakers; white backdrop.
    # caption: adapter; material: QA span
    case(
        "X517-005",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has pure color patterns. The lower clothing is of",
            "loop",
            hit_limit=True,
        ),
        base_color("jeans", "blue"),
        describe("jeans", "the jeans are jeans", "restated"),
        details("jeans", "the jeans have a zipper and a", "cut"),
        fit("slim"),
        B.color("blue"),
        D.material("denim"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon solid straight kurta with a mandarin collar and short button placket, white pyjamas; beige
    # backdrop, front view.
    # caption: adapter; neckline, material: QA spans
    case(
        "X517-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he("a red kurta and white pants Question: what is the color of the kurta? Answer: red", "leak"),
        base_color("shirt", "red"),
        B.garment_type("kurta"),
        neckline("stand"),
        B.color("maroon"),
        D.material("cotton fabric and pure", "cut"),
        title="Men Maroon Solid Mandarin Collar Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie with kangaroo pocket and white drawstrings, black joggers; white
    # backdrop, front view.
    # caption: adapter; material: QA span
    case(
        "X517-007",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("she is wearing a grey hoodie and black pants", "pronoun"),
        base_color("shirt", "grey"),
        details("shirt", "the hoodie has a hood and a", "cut"),
        D.material("cotton"),
        is_a("hoodie", "yes"),
        B.pattern("solid"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket worn open over a white crew-neck t-shirt, blue jeans; white-painted
    # brick wall behind, front view.
    # caption: adapter; material, details: QA spans
    case(
        "X517-008",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a black leather jacket, a white shirt and jeans"),
        base_color("shirt", "white"),
        B.color("white", "other_garment_color"),
        D.material("leather"),
        B.garment_type("jacket"),
        D.details("It has a lapel neckline"),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: light blue denim shirt, full sleeves, two flap pockets on the chest, no logo, beige chinos; bare wrists;
    # white backdrop, front view.
    # caption: adapter; accessories, material: QA spans
    case(
        "X517-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. There is an accessory on his wrist. The gentleman wears a long-sleeve shirt with "
            "pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        base_color("shirt", "blue"),
        describe("shirt", "a light blue denim shirt with two pockets"),
        details("shirt", "the shirt has a pocket on the left side and a logo on the right side", "unsupported"),
        accessories("an accessory on his wrist", "unsupported"),
        D.material("denim"),
        title="Men Light Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki slim-fit cotton chinos worn with a navy blue crew-neck t-shirt, white sneakers; white backdrop,
    # full-length front view.
    # caption: adapter; wearing, material, description: QA spans
    case(
        "X517-010",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns and a long trousers"),
        D.material("denim", "contradiction"),
        D.description("This man", "non_answer"),
        base_color("shirt", "khaki", "contradiction"),
        B.color("khaki"),
        B.garment_type("trousers"),
        fit("slim"),
        title="Men Khaki Slim Fit Cotton Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: white t-shirt with a red and blue vintage car graphic on the chest; man standing against a bright
    # yellow painted wall, front view.
    # caption: adapter
    case(
        "X517-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        he("a white t-shirt with a car on it"),
        base_color("t-shirt", "yellow", "contradiction"),
        describe("shirt", "a white t-shirt with a red car printed on the front"),
        B.color("white"),
        B.pattern("graphic"),
        title="Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy blue cotton bomber jacket with ribbed stand collar, zipped halfway over a grey t-shirt, black
    # jeans; white backdrop, front view.
    # caption: adapter (ends on a full stop at the limit); material: QA span
    case(
        "X517-012",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        he("a blue jacket and black jeans"),
        base_color("shirt", "black", "contradiction"),
        B.color("navy"),
        is_a("jacket", "yes"),
        B.sleeve_length("long sleeves"),
        D.material("long-sleeve jacket", "restated"),
        title="Men Navy Blue Solid Cotton Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black skinny jeans with mild distressing (rips) at both knees, worn with a white full-sleeve shirt;
    # white backdrop, full-length front view.
    # caption: adapter; material: QA span
    case(
        "X517-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a woman in a white shirt and black jeans", "pronoun"),
        base_color("jeans", "white", "other_garment_color"),
        details("jeans", "the jeans have rips on the knees"),
        B.color("black"),
        is_a("pair of jeans", "yes"),
        fit("skinny"),
        D.material("cotton", "contradiction"),
        title="Men Black Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow solid V-neck t-shirt, blue jeans; light grey backdrop, front view.
    # caption: adapter; neckline: QA span
    case(
        "X517-014",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a V-shape neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        he("a yellow t-shirt and jeans"),
        base_color("t-shirt", "orange", "contradiction"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        neckline("V-shape"),
        B.color("mustard"),
        B.sleeve_length("short sleeves"),
        title="Men Mustard Yellow Solid V-Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: beige pure linen full-sleeve shirt, slightly open at the neck, white trousers; on a beach with the sea
    # behind, front view.
    # caption: adapter; material: QA span
    case(
        "X517-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        he("a beige shirt and white pants on the beach"),
        base_color("shirt", "white", "other_garment_color"),
        describe("shirt", "a beige shirt with a collar and buttons"),
        D.material("cotton", "contradiction"),
        B.color("beige"),
        title="Men Beige Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: red and black buffalo-check flannel shirt worn open over a black t-shirt, black jeans; two chest
    # pockets; white backdrop, front view.
    # caption: adapter; material: QA span
    case(
        "X517-016",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a red and black plaid shirt over a black t-shirt"),
        base_color("shirt", "red and black"),
        details(
            "shirt",
            "the shirt is unbuttoned and has two pockets Question: what are the jeans details? Answer: the jeans are "
            "black",
            "leak",
        ),
        B.pattern("striped", "contradiction"),
        B.color("red"),
        D.material("denim", "contradiction"),
        title="Men Red & Black Buffalo Checked Cotton Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy blue solid cotton shorts, knee length, with a white crew-neck t-shirt; white backdrop, front view.
    # caption: adapter; material: QA span
    case(
        "X517-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        he("a white t-shirt and blue shorts"),
        base_color("shirt", "white"),
        B.color("white", "other_garment_color"),
        B.garment_type("shorts"),
        D.material("cotton fabric and pure", "cut"),
        title="Men Navy Blue Solid Regular Fit Cotton Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey slim-fit formal trousers, light blue formal shirt tucked in, brown leather belt; office
    # corridor backdrop, full-length front view.
    # caption: adapter (ends on a full stop at the limit); wearing: QA span
    case(
        "X517-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        base_color("shirt", "blue"),
        B.color("grey"),
        B.pattern("solid"),
        B.garment_type("trousers"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # photo: navy t-shirt with white horizontal stripes, round neck; white backdrop, front view; no jewellery.
    # caption: adapter
    case(
        "X517-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is "
            "with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        he("a blue and white striped shirt and a necklace", "unsupported"),
        base_color("t-shirt", "blue and white"),
        describe("shirt", "a shirt", "non_answer"),
        B.pattern("striped"),
        B.color("navy"),
        is_a("t-shirt", "yes"),
        title="Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white chikankari-embroidered long kurta (round neck, buttoned placket, no pockets), white pyjamas; man
    # standing before a carved wooden door, front view.
    # caption: adapter; material: QA span
    case(
        "X517-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        he("a white kurta and white pants"),
        describe("shirt", "a white shirt with embroidery standing in front of a wooden door"),
        details("shirt", "the shirt has embroidery on the front and a pocket", "unsupported"),
        B.garment_type("kurta"),
        D.material("cotton"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: olive green cargo shorts with flap side pockets, above the knee, black t-shirt; white backdrop, front
    # view.
    # caption: adapter; description, material: QA spans
    case(
        "X517-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        he("a black t-shirt and green shorts"),
        base_color("shirt", "black"),
        B.color("olive"),
        B.garment_type("shorts"),
        is_a("pair of shorts", "no", "contradiction"),
        D.description("a long pants", "contradiction"),
        D.material("cotton fabric and pure color", "cut"),
        title="Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue straight-fit jeans, black polo t-shirt worn untucked over the waistband (no belt visible),
    # white sneakers; white backdrop, full-length front view.
    # caption: adapter; material: QA span
    case(
        "X517-022",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a black shirt and blue jeans"),
        base_color("jeans", "black", "other_garment_color"),
        details("jeans", "the jeans have a belt", "unsupported"),
        B.color("light blue"),
        fit("straight"),
        D.material("denim"),
        title="Men Light Blue Straight Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: teal blue full-sleeve henley t-shirt with a three-button placket, blue jeans; white backdrop.
    # caption: adapter
    case(
        "X517-023",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        he("a blue shirt and jeans Question: what is the color of the shirt? Answer: blue", "leak"),
        base_color("t-shirt", "green"),
        details("shirt", "the shirt has buttons on the collar"),
        B.sleeve_length("long sleeves"),
        B.color("teal"),
        title="Men Teal Blue Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: back view of a black hoodie with a large white "STAY WILD" typography print across the back; white
    # backdrop.
    # caption: adapter
    case(
        "X517-024",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is "
            "with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        he("a black hoodie with a white design on the back"),
        base_color("shirt", "black"),
        describe("shirt", "a black hoodie with a skull on the back", "unsupported"),
        details("shirt", "the details of the hoodie", "non_answer"),
        is_a("hoodie", "yes"),
        B.pattern("graphic"),
        title="Men Black Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: rust orange solid short cotton kurta with mandarin collar, worn with blue jeans; white backdrop.
    # caption: adapter; material: QA span
    case(
        "X517-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("an orange shirt and jeans"),
        base_color("shirt", "blue", "other_garment_color"),
        describe("shirt", "a woman in an orange kurta", "pronoun"),
        B.color("rust"),
        B.garment_type("kurta"),
        D.material("cotton"),
        title="Men Rust Orange Solid Cotton Short Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: grey solid crew-neck sweatshirt (no hood), blue jeans; potted plant beside him, white backdrop.
    # caption: adapter; material: QA span
    case(
        "X517-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        he("she is wearing a grey sweater and jeans", "pronoun"),
        base_color("shirt", "grey"),
        describe("shirt", "a grey sweatshirt with a plant in the background"),
        B.garment_type("hoodie", "contradiction"),
        D.material("cotton"),
        title="Men Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: white polo t-shirt with green contrast tipping on the collar and sleeve hems, navy chinos, black watch;
    # golf course behind, front view.
    # caption: adapter; accessories: QA span
    case(
        "X517-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. There is an accessory on his wrist. There is an accessory on his wrist. There "
            "is an accessory on his",
            "loop",
            hit_limit=True,
        ),
        he("a white polo shirt and blue pants on a golf course"),
        base_color("shirt", "green", "contradiction"),
        details("shirt", "the shirt has green stripes on the collar and sleeves"),
        B.color("white"),
        accessories("an accessory on his wrist"),
        title="Men White Polo Collar T-shirt with Contrast Tipping",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy blue sleeveless Nehru jacket over a white full-sleeve kurta and white pyjamas; beige backdrop.
    # caption: adapter
    case(
        "X517-028",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        he("a blue vest and a white shirt"),
        base_color("shirt", "blue", "contradiction"),
        B.garment_type("jacket"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("navy"),
        title="Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-blue washed denim jacket with two buttoned chest pockets, over a white hoodie, black jeans; white
    # backdrop, front view. (The feed row has no color.)
    # caption: adapter; material: QA span
    case(
        "X517-029",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a denim jacket and a white hoodie"),
        base_color("shirt", "white"),
        details("shirt", "her jacket has buttons and two pockets on the chest", "pronoun"),
        D.material("denim"),
        B.color("blue"),
        is_a("jacket", "yes"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        gender="Men",
    ),
    # photo: pink oxford button-down shirt tucked into grey trousers; red brick wall behind, front view.
    # caption: adapter (ends on a full stop at the limit); material: QA span
    case(
        "X517-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        he("a pink shirt and grey pants"),
        base_color("shirt", "red", "contradiction"),
        describe("shirt", "a pink shirt in front of a brick wall"),
        D.material("cotton"),
        B.color("pink"),
        title="Men Pink Solid Oxford Button-Down Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: plain white crew-neck t-shirt, black jeans; light grey backdrop, front view. (No gender in the row.)
    # caption: adapter; material: QA span
    case(
        "X517-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        he("a white t-shirt Question: what is the color of the t-shirt? Answer: white", "leak"),
        base_color("t-shirt", "white"),
        describe("shirt", "a white t-shirt"),
        details("shirt", "", "non_answer"),
        B.color("white"),
        D.material("cotton"),
        title="Men White Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: brown suede trucker jacket with two chest pockets, over a black t-shirt, beige chinos; white backdrop.
    # caption: adapter; material: QA span
    case(
        "X517-032",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a brown jacket and a black shirt"),
        base_color("shirt", "brown", "contradiction"),
        details("shirt", "the jacket has two pockets on the chest and a", "cut"),
        D.material("leather"),
        B.color("brown"),
        B.garment_type("jacket"),
        title="Men Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: blue and white vertical-striped short-sleeve shirt, no pocket, white shorts; beach backdrop.
    # caption: adapter
    case(
        "X517-033",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a striped shirt and white shorts"),
        base_color("shirt", "blue"),
        describe("shirt", "a blue and white striped shirt Question: what are the shirt details? Answer: the", "leak"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves"),
        title="Men Blue & White Striped Short Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black solid straight kurta with golden buttons on the placket, white churidar; beige backdrop.
    # caption: adapter
    case(
        "X517-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        he("he is wearing a black kurta and a white", "cut"),
        base_color("shirt", "gold", "contradiction"),
        details("shirt", "the shirt has gold buttons"),
        B.garment_type("kurta"),
        B.color("black"),
        title="Men Black Solid Straight Kurta with Golden Buttons",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange cotton joggers with elastic cuffs, white t-shirt; white backdrop, full-length front view.
    # caption: adapter; wearing, material: QA spans
    case(
        "X517-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns"),
        D.material("", "non_answer"),
        base_color("shirt", "white"),
        B.color("grey"),
        B.garment_type("jeans", "contradiction"),
        title="Men Grey Melange Solid Cotton Joggers",
        category="Trousers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: bottle green solid shirt with mandarin collar, full sleeves, white jeans; white backdrop.
    # caption: adapter; neckline: QA span
    case(
        "X517-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        he("a green shirt and white jeans"),
        base_color("jeans", "green", "contradiction"),
        describe("shirt", "a woman wearing a green shirt with a mandarin collar", "pronoun"),
        neckline("stand"),
        B.color("green"),
        title="Men Green Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: navy blue shiny nylon puffer jacket with hood and zip, over a grey t-shirt, black jeans; snowy street.
    # caption: adapter; material: QA span
    case(
        "X517-037",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he("a blue jacket"),
        base_color("shirt", "blue", "contradiction"),
        details("shirt", "the jacket has a hood and a zipper"),
        D.material("cotton", "unsupported"),
        B.pattern("solid"),
        B.sleeve_length("long sleeves"),
        B.color("navy"),
        title="Men Navy Blue Padded Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with a white floral print, no pocket, black trousers; white backdrop.
    # caption: adapter
    case(
        "X517-038",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        he("a black and white floral shirt"),
        base_color("shirt", "white", "contradiction"),
        describe("shirt", "a black shirt with white flowers on it"),
        details("shirt", "the shirt has a pocket and buttons", "unsupported"),
        B.pattern("floral"),
        B.color("black"),
        title="Men Black & White Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy dark-wash tapered jeans, grey crew-neck sweatshirt; white backdrop, full-length front view.
    # caption: adapter; material: QA span
    case(
        "X517-039",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he("a grey sweatshirt and blue jeans"),
        base_color("jeans", "grey", "other_garment_color"),
        details("jeans", "they are blue", "non_answer"),
        D.material("denim fabric and pure", "cut"),
        fit("tapered"),
        title="Men Navy Blue Tapered Fit Dark Wash Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: lavender solid polo t-shirt without any logo, white trousers; white backdrop.
    # caption: adapter
    case(
        "X517-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a purple polo shirt and white pants"),
        base_color("shirt", "pink", "contradiction"),
        describe("shirt", "a purple polo shirt with a white logo", "unsupported"),
        B.garment_type("polo shirt"),
        B.color("lavender"),
        title="Men Lavender Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: beige relaxed-fit pleated cotton trousers, black t-shirt tucked in; white backdrop, full-length view.
    # caption: adapter; description, material: QA spans
    case(
        "X517-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        D.description("long pants"),
        base_color("shirt", "black"),
        B.color("beige"),
        B.pattern("striped", "contradiction"),
        D.material("cotton"),
        title="Men Beige Relaxed Fit Pleated Cotton Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: cream kurta with maroon thread embroidery around the round neck, cream pyjamas; no scarf or dupatta;
    # beige backdrop.
    # caption: adapter; material: QA span
    case(
        "X517-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a white kurta and white pants and a red scarf", "unsupported"),
        base_color("shirt", "red", "contradiction"),
        describe("shirt", "a white shirt with red embroidery on the neck"),
        B.color("cream"),
        is_a("kurta", "yes"),
        D.material("long-sleeve shirt", "restated"),
        title="Men Cream-Coloured Embroidered Thread Work Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: back view of a red solid round-neck t-shirt (no pocket on the back), blue jeans; white backdrop.
    # caption: adapter
    case(
        "X517-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt is",
            "loop",
            hit_limit=True,
        ),
        he("she is wearing a red shirt", "pronoun"),
        base_color("t-shirt", "red"),
        details("shirt", "the shirt has a pocket on the front", "unsupported"),
        B.color("red"),
        B.sleeve_length("short sleeves"),
        title="Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive green cotton utility overshirt (shacket) worn open over a white t-shirt, black jeans; white
    # backdrop.
    # caption: adapter; material: QA span
    case(
        "X517-044",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        he("a green jacket and a white t-shirt"),
        base_color("shirt", "white", "other_garment_color"),
        details("shirt", "the shirt has details", "non_answer"),
        B.garment_type("shirt"),
        B.color("olive"),
        D.material("cotton"),
        title="Men Olive Green Solid Cotton Utility Overshirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: blue washed denim shorts, white crew-neck t-shirt; weathered wooden fence behind, front view.
    # caption: adapter (ends on a full stop at the limit); material: QA span
    case(
        "X517-045",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        he("a white t-shirt and blue shorts"),
        base_color("jeans", "blue Answer: blue", "leak"),
        details("jeans", "the shorts are short", "non_answer"),
        B.garment_type("shorts"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.material("denim"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy blue solid slim-fit formal shirt, no tie, collar buttoned, grey trousers; office backdrop.
    # caption: adapter; accessories: QA span
    case(
        "X517-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        he("a blue shirt and grey pants"),
        base_color("shirt", "black", "contradiction"),
        details("shirt", "the shirt has a tie", "unsupported"),
        accessories("an accessory on his neck", "unsupported"),
        B.color("navy"),
        title="Men Navy Blue Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
]
