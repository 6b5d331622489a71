"""BLIND_562 (46 products; Myntra women's western and fusion wear night): written blind in the fifty-first session.
Measured blind at 5d6943d (the session's rules as they stood): 115/133 failures found (86.5%) and 18/194 correct texts
flagged (9.3%). The writer's notes, verbatim:

Scenario: one night's enrichment of a Myntra women's western and fusion feed: tops, tunics, shirts, t-shirts, dresses,
jumpsuits, co-ord sets, jeans, trousers, palazzos, skirts, shrugs and jackets. Catalog photos, mostly on a white or
grey studio backdrop (a few on pink, beige or a garden), front view, the model wearing other clothes with the product
(a tee under a jacket, jeans under a tunic, a top over palazzos). Seller columns: title, category (article type),
color (base colour), gender; a couple of rows lack a column, as real feeds do.

Who wrote what: the captions come from the caption-only LoRA adapter at epoch 1
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch). It opens with a hue word or two ("mustard yellow", "navy blue and
white") and then falls into the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure
color patterns. The T-shirt is with cotton fabric..."), which knows no hues, calls jumpsuits a top plus pants, calls
jackets and shrugs "outer clothing", and never stops: every caption runs to its 50-token limit, so all carry
hit_limit=True; most stop mid-sentence, some start repeating a sentence. The open questions (What is the woman
wearing? Describe the <garment>. What are the <garment> details? What is the color of the <garment>? What material
is it made of?) are answered by the untuned base blip2-opt-2.7b: short lowercase phrases, "t - shirt" spacing, the
odd "he", one color borrowed from the garment next to the product, invented pockets, zippers and slits, now and
then a one-word answer, a restated question, a "Question: ... Answer:" continuation, or a loop that runs to the
30-token limit. The closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") come from
enrich's reference engine, which picks one candidate value: they never loop or stop short, but they can pick the
wrong value or the color of the other garment.

Labeling conventions and judgement calls:
- One label per text. A caption that both runs out mid-sentence and says something wrong is labeled with the
  content failure (contradiction, other_garment_color), with hit_limit=True; a caption that only runs out is "cut".
- A caption that hit the 50-token limit exactly at the end of a sentence, with everything in it right for the
  photo, is labeled correct (hit_limit=True): nothing it says is wrong or unfinished.
- A caption that repeats a sentence of the template (the same sentence twice or more) before running out is "loop".
- A caption that gets a sleeve length or a bottom's length wrong (a sleeveless tank top for a short-sleeve tee, long
  pants for denim shorts) is a contradiction; one that adds an accessory the photo lacks ("an accessory on her
  neck" with no jewellery) is unsupported.
- The template's "pure color patterns" is correct for a solid garment and a contradiction for a printed, striped or
  checked one. "lattice" for a crochet top or a checked shirt is accepted. "outer clothing" for a jacket or shrug is
  accepted. A caption describing a jumpsuit as a top plus pants contradicts the seller's category: contradiction.
- A caption that only describes the clothes worn under or with the product (a tank top and jeans under a shrug),
  all correctly, is not a failure for the omission; it is labeled by how it ends (here, cut).
- Close shades are correct: maroon as "red", teal as "blue", peach as "pink", beige as "tan" or "khaki", olive as
  "green", off-white as "white", charcoal as "grey". A shade in another color family than the seller's and the
  other texts (rust as "brown", magenta as "purple", sea green as "blue", beige as "white", navy trousers as
  "black") is a contradiction. So is a closed color that names the backdrop (beige for a green dress on a beige
  wall), and a "wearing" answer that gives the product and the garment worn with it one color ("a black top and black
  pants" for beige trousers under a black top).
- other_garment_color: the product given the color of a garment visibly worn with it (the tee under a jacket, the
  top over jeans), in an open or closed answer. The color of the product's own print (red roses on a black skirt,
  pink flowers on a white tee) is a contradiction, not another garment's color.
- Synonyms are correct: kurta for a tunic, cardigan or jacket for a shrug in the open "wearing" answer, plaid or
  checkered for checks, leaf print read as floral, blazer for a jacket. A closed garment_type that names another
  category than the seller's (jacket for a shrug, shirt for a tunic) is a contradiction; so is a closed "no" to
  "Is this a <seller category>?" when the photo shows it.
- unsupported: a detail the photo cannot show or does not show (a back zipper or bow on a front view, a hood on a
  collared jacket, a chest pocket that is not there, a slit that is not there, a v-neck on a round-neck top) or a
  material the photo argues against (leather for a satin bomber, denim for a cotton twill jumpsuit, silk for a
  matte cotton, rayon or jersey garment). A plausible
  material for what the fabric looks like (cotton for a matte tee, satin for a sheen, flannel for a brushed check)
  is correct.
- non_answer: a bare color word, a yes/no or "nothing" for an open question ("Describe ...", "What are ...
  details?", "What material ...?"), or an answer that only names the garment back ("they are jeans", "it's a
  dress"). restated: the answer rephrases the question as its answer ("the tunic is the tunic", "the details of the
  t - shirt"). A one-word color that is also the wrong garment's color is labeled other_garment_color.
- pronoun: "he" for a model the seller lists as Women. "she" is correct; no pronoun failures on the row without a
  gender column.
- leak: the base model goes on past its answer with "Question: ... Answer: ...", whether or not the first part was
  right. A base answer that rambles to its 30-token limit and stops mid-phrase is "cut", hit_limit=True; one that
  repeats a phrase to the limit is "loop", hit_limit=True.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

Q = BLIND_QUESTIONS
material = question("material", "What material is it made of?", "open")
W = "the woman"

BLIND_562 = [
    # photo: mustard yellow peplum top in matte cotton, short flutter sleeves, round neck, solid; white skinny jeans;
    # white backdrop; front view. Caption by the epoch-1 caption adapter; open answers by base blip2-opt-2.7b; closed by
    # reference.
    case(
        "X562-001",
        caption(
            "mustard yellow the lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric "
            "and it has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow top and white jeans", who=W),
        describe("top", "it is a yellow peplum top with short sleeves"),
        details("top", "ruffles at the waist"),
        material("silk", "unsupported"),
        Q.color("mustard"),
        Q.garment_type("top"),
        title="Harpa Women Mustard Solid Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black top with a pink and white floral print, three-quarter sleeves, v-neck; mid-blue jeans; light grey
    # backdrop. Caption by the epoch-1 adapter; open answers by base BLIP-2; closed by reference.
    case(
        "X562-002",
        caption(
            "black the woman is wearing a long-sleeve top with pure color patterns. The top is with chiffon fabric "
            "and it has a v-shape neckline. The woman wears a long pants. The pants are with denim fabric and solid "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black floral top and jeans", who=W),
        describe("top", "he is wearing a black top with pink flowers", "pronoun"),
        details("top", "the top has a v neck and three quarter sleeves"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        title="Vero Moda Women Black Floral Print Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: teal tunic with a white ethnic block print, mandarin collar, three-quarter sleeves, side slits, knee
    # length; white leggings; off-white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by
    # reference.
    case(
        "X562-003",
        caption(
            "teal blue the lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric "
            "and it has a stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue and white tunic and white leggings", who=W),
        describe("tunic", "the tunic is a teal color with a white print"),
        details("tunic", "the tunic has a mandarin collar and slits on the sides"),
        material("cotton"),
        Q.garment_type("tunic"),
        Q.color("white", "other_garment_color"),
        is_a("tunic", "yes"),
        title="Biba Women Teal Printed Straight Tunic",
        category="Tunics",
        color="Teal",
        gender="Women",
    ),
    # photo: plain white cotton shirt, long sleeves rolled to the elbow, collar, button front, a single chest pocket;
    # black straight trousers; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-004",
        caption(
            "white the lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who=W),
        describe("shirt", "a white button down shirt"),
        details("shirt", "the shirt has two pockets on the chest and rolled up sleeves", "unsupported"),
        material("cotton"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        title="Roadster Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: grey melange t-shirt, short plain sleeves, crew neck, black "BROOKLYN" lettering on the chest; mid-blue
    # jeans; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-005",
        caption(
            "grey the lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The lady wears a long pants. The pants are with denim fabric. The lady "
            "wears a long pants. The pants are with denim fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey t - shirt and blue jeans", who=W),
        describe("t-shirt", "a grey t - shirt with the word brooklyn on it"),
        details("t-shirt", "the t - shirt has a small logo on the sleeve", "unsupported"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        title="HRX by Hrithik Roshan Women Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy blue fit-and-flare dress with white polka dots, short sleeves, round neck, knee length, thin white
    # belt; white sneakers; pale pink backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by
    # reference.
    case(
        "X562-006",
        caption(
            "navy blue the lady wears a short-sleeve dress with other patterns. The dress is with chiffon fabric and "
            "it has a round neckline. The dress is of medium length. There is an accessory on her waist. The lady "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue dress with white polka dots", who=W),
        describe(
            "dress",
            "it is a navy blue polka dot dress with a white belt Question: what are the dress details? Answer: polka",
            "leak",
        ),
        details("dress", "polka dots and a belt"),
        Q.color("navy blue"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long", "contradiction"),
        is_a("dress", "yes"),
        title="Sassafras Women Navy Blue Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green utility jumpsuit, short sleeves, shirt collar, button front, two chest flap pockets, tie belt,
    # full length, matte cotton twill; white sneakers; white backdrop. Caption by the epoch-1 adapter; open by base
    # BLIP-2; closed by reference.
    case(
        "X562-007",
        caption(
            "olive green the lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and its neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green jumpsuit", who=W),
        describe("jumpsuit", "a green jumpsuit with a belt"),
        details("jumpsuit", "the jumpsuit has pockets on the chest and a belt at the waist"),
        material("denim", "unsupported"),
        Q.garment_type("jumpsuit"),
        Q.color("green"),
        title="Roadster Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: pink co-ord set: crop top with puff sleeves and a square neck, matching pink A-line mini skirt; nude heels;
    # white backdrop; front view. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-008",
        caption(
            "pink the lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric and it "
            "has a square neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a pink top and a pink skirt", who=W),
        describe("top", "a pink crop top with puff sleeves"),
        details("top", "the top has puffed sleeves, a square neckline and a zipper on the back", "unsupported"),
        Q.color("pink"),
        is_a("co-ord set", "no", "contradiction"),
        title="SASSAFRAS Women Pink Solid Crop Top with Skirt Co-Ords",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-wash blue skinny jeans with light whiskering; white t-shirt tucked in; brown belt; white backdrop.
    # Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-009",
        caption(
            "white the lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and it has a round neckline. The lady wears a long pants. The pants are with denim fabric and "
            "pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t - shirt and blue jeans", who=W),
        describe("jeans", "blue skinny jeans with a brown belt"),
        details("jeans", "they are jeans", "non_answer"),
        color_of("jeans", "blue", kind="open"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: beige high-waist tapered trousers with front pleats; black sleeveless top tucked in; black heels; grey
    # backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-010",
        caption(
            "black the lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric and it has a round neckline. The lady wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and black pants", "contradiction", who=W),
        describe("trousers", "the trousers are the trousers she is wearing", "restated"),
        details("trousers", "pleats at the front"),
        color_of("trousers", "black", "other_garment_color", kind="open"),
        Q.color("beige"),
        Q.garment_type("trousers"),
        title="Marks & Spencer Women Beige Solid Tapered Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon flared palazzos in matte rayon with a small gold foil print; white short kurti top with three-
    # quarter sleeves, v-neck; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-011",
        caption(
            "maroon the lady wears a medium-sleeve top with pure color patterns. The top is with cotton fabric and "
            "it has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white top and red pants", who=W),
        describe("palazzos", "red pants with a gold print"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        material("silk", "unsupported"),
        Q.pattern("printed"),
        is_a("palazzos", "yes", article="a pair of"),
        title="W Women Maroon Foil Printed Flared Palazzos",
        category="Palazzos",
        color="Maroon",
        gender="Women",
    ),
    # photo: red accordion-pleated midi skirt with a satin sheen; black short-sleeve t-shirt tucked in; black heels;
    # white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-012",
        caption(
            "red the lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long skirt. The "
            "skirt is with chiffon fabric and pure color patterns. The skirt is with chiffon fabric and pure color "
            "patterns. The skirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a black shirt and a red skirt", "pronoun", who=W),
        describe("skirt", "a red pleated skirt"),
        details("skirt", "pleats"),
        material("satin"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        Q.color("red"),
        title="Mango Women Red Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: white crochet-lace shrug, open front, elbow sleeves; black tank top and blue jeans under it; white
    # backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-013",
        caption(
            "black the lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric and it has a round neckline. The lady wears a long pants. The pants are with denim fabric and "
            "pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a white lace cardigan, a black top and jeans", who=W),
        describe("shrug", "a black shrug", "other_garment_color"),
        details("shrug", "lace"),
        material("lace"),
        Q.garment_type("shrug"),
        Q.color("white"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Vero Moda Women White Lace Open Front Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue washed denim jacket, button front, two chest flap pockets, point collar, long sleeves; white
    # t-shirt and black jeans; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-014",
        caption(
            "blue the lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "denim fabric and its neckline is lapel. The lady wears a short-sleeve T-shirt with pure color patterns. "
            "The lady wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim jacket and black jeans", who=W),
        describe(
            "jacket",
            "a blue denim jacket with a white shirt underneath Question: what is the color of the jacket? Answer: blue",
            "leak",
        ),
        details("jacket", "the jacket has a hood and a zipper", "unsupported"),
        color_of("jacket", "blue", kind="open"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender off-shoulder (bardot) top, ruffled neckline, short puff sleeves; white denim shorts; silver
    # bracelet; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-015",
        caption(
            "purple the lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric. The "
            "lady wears a short shorts. The shorts are with denim fabric and pure color patterns. There is an "
            "accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple top and white shorts", who=W),
        describe(
            "top",
            "the top is a light purple off the shoulder top with ruffles on the neckline and short sleeves, she is "
            "wearing it with white shorts and a",
            "cut",
            hit_limit=True,
        ),
        details("top", "ruffles"),
        material("cotton"),
        Q.color("lavender"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Tokyo Talkies Women Lavender Solid Bardot Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: off-white tunic with white chikankari embroidery on the yoke and sleeves, long sleeves, round neck with a
    # keyhole, knee length; blue jeans; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by
    # reference.
    case(
        "X562-016",
        caption(
            "white the lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and jeans", who=W),
        describe("tunic", "the tunic is white with embroidery"),
        details(
            "tunic",
            "the tunic has embroidery on the front and sleeves, embroidery on the front and sleeves, embroidery on "
            "the front and",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("tunic"),
        Q.pattern("embroidered"),
        title="Ada Women Off-White Chikankari Embroidered Tunic",
        category="Tunics",
        color="Off White",
        gender="Women",
    ),
    # photo: oversized blue-and-white vertical striped shirt, long sleeves, collar, button front; white jeans; white
    # backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-017",
        caption(
            "blue and white the lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton "
            "fabric and its neckline is lapel. The lady wears a long pants. The pants are with denim fabric and "
            "pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and white pants", who=W),
        describe("shirt", "a blue and white striped shirt"),
        details("shirt", "the shirt has a collar and buttons down the front"),
        material("cotton Question: what is the color of the shirt? Answer: blue and white", "leak"),
        Q.pattern("solid", "contradiction"),
        Q.color("blue"),
        title="Mast & Harbour Women Blue & White Striped Oversized Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: red round-neck t-shirt, short sleeves, white "LOVE" slogan print on the chest, no pocket; blue jeans; white
    # backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-018",
        caption(
            "red the lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and "
            "it has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("she is wearing a red t - shirt and jeans", who=W),
        describe("t-shirt", "he is wearing a red t - shirt with the word love on it", "pronoun"),
        details("t-shirt", "the t - shirt has a pocket on the left side", "unsupported"),
        color_of("t-shirt", "red", kind="open"),
        Q.pattern("printed"),
        title="Kook N Keech Women Red Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: emerald green solid wrap maxi dress, long sleeves, v-neck, tie at the waist, no slit visible, slight sheen;
    # gold earrings; beige backdrop with a potted plant. Caption by the epoch-1 adapter; open by base BLIP-2; closed by
    # reference.
    case(
        "X562-019",
        caption(
            "green the lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "it has a v-shape neckline. The dress is of long length. There is an accessory on her ear. The lady "
            "wears a long dress. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green dress", who=W),
        describe("dress", "a long green dress with a v neck and a tie at the waist"),
        details("dress", "the dress has a slit", "unsupported"),
        material("polyester"),
        Q.color("beige", "contradiction"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        title="Athena Women Green Solid Wrap Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black sleeveless halter-neck jumpsuit, wide legs, belt with a gold buckle; white backdrop. Caption by the
    # epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-020",
        caption(
            "black the lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. The lady wears a long pants. The pants are with chiffon fabric and pure color patterns. There "
            "is an accessory on her waist. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("he is wearing a black jumpsuit", "pronoun", who=W),
        describe("jumpsuit", "black", "non_answer"),
        details("jumpsuit", "the jumpsuit has a belt with a gold buckle"),
        Q.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        title="Forever New Women Black Solid Halter Neck Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue co-ord set: short-sleeve resort shirt (camp collar, no pocket) and matching straight trousers,
    # both with a white leaf print; white sneakers; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2;
    # closed by reference.
    case(
        "X562-021",
        caption(
            "navy blue the lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and floral "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue shirt and black pants", "contradiction", who=W),
        describe("shirt", "a navy blue shirt with white leaves"),
        details("shirt", "the shirt has a pocket on the chest and a collar", "unsupported"),
        color_of("trousers", "blue", kind="open"),
        Q.color("black", "contradiction"),
        Q.pattern("floral"),
        Q.garment_type("co-ord set"),
        title="Mast & Harbour Women Navy Blue Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black high-rise skinny jeans; grey melange t-shirt, half tucked; white backdrop. Caption by the epoch-1
    # adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-022",
        caption(
            "grey the lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey shirt and black jeans", who=W),
        describe("jeans", "skinny black jeans"),
        details("jeans", "the jeans details", "restated"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Women Black 721 High-Rise Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: olive cargo trousers with side flap pockets and drawstring cuffs; white short-sleeve crop top; white
    # sneakers; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-023",
        caption(
            "olive green the lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and it has a round neckline. The lady wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a white crop top and green cargo pants", who=W),
        describe("trousers", "green cargo pants with pockets on the sides"),
        details("trousers", "the details of the trousers are the trousers details", "restated"),
        material("cotton"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("trousers"),
        title="Roadster Women Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: black solid wide-leg palazzos with an elastic waist; mustard yellow sleeveless top; white backdrop. Caption
    # by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-024",
        caption(
            "yellow the lady wears a sleeveless top with pure color patterns. The top is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with chiffon fabric and pure color "
            "patterns. The pants are with chiffon fabric and pure color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow top and black pants", who=W),
        describe("palazzos", "black wide leg pants"),
        details("palazzos", "nothing", "non_answer"),
        color_of("palazzos", "black", kind="open"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("solid"),
        title="Go Colors Women Black Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: light blue denim mini A-line skirt, button front, frayed hem; white t-shirt tucked in; no jewellery; white
    # backdrop; front view. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-025",
        caption(
            "blue the lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The lady wears a short skirt. The skirt is with denim fabric. There is an "
            "accessory on her neck. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a white shirt and a denim skirt", who=W),
        describe("skirt", "a denim skirt with buttons"),
        details("skirt", "the skirt has buttons down the front and a frayed hem"),
        material("denim"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        is_a("skirt", "yes"),
        title="Tokyo Talkies Women Blue Solid Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: peach sheer georgette longline shrug, open front, three-quarter sleeves; white camisole and blue jeans
    # under it; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-026",
        caption(
            "peach the lady wears a medium-sleeve outer clothing with pure color patterns. The outer clothing is "
            "with chiffon fabric. The lady wears a sleeveless tank top. The lady wears a long pants. The pants are "
            "with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and a pink jacket", who=W),
        describe("shrug", "a long peach shrug"),
        details("shrug", "it is sheer"),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("three-quarter"),
        title="Global Desi Women Peach Solid Longline Shrug",
        category="Shrug",
        color="Peach",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket, asymmetric zip, silver hardware; grey t-shirt and blue jeans; white
    # backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-027",
        caption(
            "black the lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "leather fabric and its neckline is lapel. The lady wears a short-sleeve T-shirt with pure color "
            "patterns. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black leather jacket, a grey shirt and jeans", who=W),
        describe(
            "jacket",
            "a black leather jacket with a zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, "
            "zipper",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "zippers"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        material("leather"),
        title="Only Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: off-white sleeveless crochet top, round neck, scalloped hem, lined; light blue flared jeans; white
    # backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-028",
        caption(
            "white the lady wears a sleeveless tank top with lattice patterns. The tank top is with knitting fabric "
            "and it has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a white top and jeans", who=W),
        describe("top", "it is a white crochet top"),
        details("top", "the top is crocheted and has a v neck", "unsupported"),
        material("cotton"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        title="Berrylush Women Off-White Crochet Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: rust orange satin wrap top, long balloon sleeves, v-neck, tie at the side; black jeans; white backdrop.
    # Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-029",
        caption(
            "orange the lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric "
            "and it has a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange top and black pants", who=W),
        describe("top", "a brown wrap top with long sleeves", "contradiction"),
        details("top", "the top has a tie on the side and balloon sleeves"),
        material("satin"),
        Q.color("rust"),
        Q.sleeve_length("long"),
        title="Sassafras Women Rust Solid Satin Wrap Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: light blue chambray tunic, shirt collar, button placket, long sleeves rolled up, brown belt at the waist;
    # black leggings; white backdrop. The feed row has no gender column. Caption by the epoch-1 adapter; open by base
    # BLIP-2; closed by reference.
    case(
        "X562-030",
        caption(
            "blue the lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her waist",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and black leggings", who=W),
        describe("tunic", "the tunic is the tunic", "restated"),
        details("tunic", "a belt and rolled up sleeves"),
        material("cotton"),
        Q.color("blue"),
        Q.garment_type("shirt", "contradiction"),
        title="Roadster Blue Chambray Longline Tunic",
        category="Tunics",
        color="Blue",
    ),
    # photo: red and black buffalo check flannel shirt, long sleeves, two chest flap pockets, buttoned; black skinny
    # jeans; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-031",
        caption(
            "red and black the lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and black plaid shirt and black jeans", who=W),
        describe("shirt", "a red and black checkered shirt"),
        details("shirt", "the shirt has two pockets on the chest"),
        material("flannel Question: what is the pattern of the shirt? Answer: plaid", "leak"),
        Q.pattern("checked"),
        Q.color("red"),
        Q.sleeve_length("short", "contradiction"),
        title="Roadster Women Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: white t-shirt with a multicolor floral graphic (pink, yellow, green) on the chest, short sleeves; light
    # blue denim shorts; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-032",
        caption(
            "white the lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The lady wears a short shorts. The shorts are with denim fabric and pure "
            "color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white shirt and shorts", who=W),
        describe("t-shirt", "a pink t - shirt with flowers", "contradiction"),
        details("t-shirt", "a flower print on the front"),
        material("cotton"),
        Q.color("white"),
        Q.pattern("graphic"),
        title="Tokyo Talkies Women White Floral Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: yellow tiered midi sundress in matte cotton with a small white floral print, sleeveless, square neck;
    # holding a straw hat; outdoor garden backdrop; front view. Caption by the epoch-1 adapter; open by base BLIP-2;
    # closed by reference.
    case(
        "X562-033",
        caption(
            "yellow the lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and it "
            "has a square neckline. The dress is of long length. There is a hat in her hand. The lady wears a pair "
            "of",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow dress and a straw hat", who=W),
        describe("dress", "it's a dress", "non_answer"),
        details("dress", "the dress has a floral print and a bow on the back", "unsupported"),
        material("silk", "unsupported"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        title="Berrylush Women Yellow Floral Print Tiered Midi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: mid-blue sleeveless denim jumpsuit, collar, button front, belted, ankle length; white sneakers; white
    # backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-034",
        caption(
            "blue the lady wears a sleeveless romper with pure color patterns. The romper is with denim fabric and "
            "its neckline is lapel. There is an accessory on her waist. There is an accessory on her waist. There "
            "is an accessory on her waist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a denim jumpsuit", who=W),
        describe("jumpsuit", "a blue denim jumpsuit with buttons"),
        details("jumpsuit", "the jumpsuit has long sleeves and pockets", "contradiction"),
        material("denim"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        title="Roadster Women Blue Denim Sleeveless Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: beige linen co-ord set: short-sleeve button-up shirt and matching shorts, natural slub texture; brown
    # sandals; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-035",
        caption(
            "beige the lady wears a short-sleeve shirt with pure color patterns. The shirt is with linen fabric and "
            "its neckline is lapel. The lady wears a short shorts. The shorts are with linen fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a tan shirt and shorts", who=W),
        describe("shirt", "a beige shirt with buttons"),
        details(
            "shirt",
            "the shirt has a collar, buttons, and a collar, buttons, and a collar, buttons, and a collar, buttons "
            "and a",
            "loop",
            hit_limit=True,
        ),
        material("linen"),
        Q.color("white", "contradiction"),
        Q.garment_type("co-ord set"),
        title="FabAlley Women Beige Linen Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: light blue boyfriend jeans, ripped knees, rolled hems; pink short-sleeve top; white backdrop. Caption by
    # the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-036",
        caption(
            "pink the lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a pink shirt and ripped jeans Question: what is the color of the jeans? Answer: light blue", "leak", who=W
        ),
        describe("jeans", "the jeans are distressed and rolled up at the bottom"),
        details("jeans", "rips on the knees"),
        color_of("jeans", "light blue", kind="open"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("jeans"),
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey slim formal trousers with a front crease, belt loops, slanted pockets; white shirt tucked in;
    # black heels; grey office backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-037",
        caption(
            "white the lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The lady wears a pair",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and grey pants", who=W),
        describe("trousers", "grey", "non_answer"),
        details("trousers", "the trousers have a crease down the front and belt loops"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        material("polyester"),
        Q.color("grey"),
        title="Van Heusen Woman Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: white flared palazzos with an indigo blue floral block print, no pockets, waist hidden under a solid
    # mustard short kurti top; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-038",
        caption(
            "yellow the lady wears a medium-sleeve top with pure color patterns. The top is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and floral "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow top and white pants with blue flowers", who=W),
        describe("palazzos", "white palazzo pants with a blue floral print"),
        details("palazzos", "the palazzos have pockets and a drawstring", "unsupported"),
        color_of("palazzos", "white with blue flowers", kind="open"),
        material("cotton"),
        Q.color("mustard", "other_garment_color"),
        Q.pattern("floral"),
        title="Jaipur Kurti Women White & Blue Floral Printed Flared Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: black flowy maxi skirt with a red and pink rose print, elastic waist, no slit; white t-shirt tucked in;
    # white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-039",
        caption(
            "black the lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and it has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and "
            "floral patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a long black skirt with flowers", who=W),
        describe("skirt", "a long flowy black skirt with red roses"),
        details("skirt", "the skirt has a slit on the side", "unsupported"),
        color_of("skirt", "red", "contradiction", kind="open"),
        Q.pattern("floral"),
        title="Athena Women Black Floral Printed Flared Maxi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: olive satin bomber jacket, zip front, ribbed black-and-olive collar, cuffs and hem; black t-shirt and blue
    # jeans; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-040",
        caption(
            "green the lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric and it has a stand neckline. The lady wears a short-sleeve T-shirt with pure color "
            "patterns. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket and jeans", who=W),
        describe("jacket", "a black jacket", "other_garment_color"),
        details("jacket", "ribbed cuffs and a zipper"),
        color_of("jacket", "green", kind="open"),
        material("leather", "unsupported"),
        Q.garment_type("jacket"),
        title="Roadster Women Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta sleeveless high-neck top in matte jersey with ruching down the front; white jeans; white backdrop.
    # Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-041",
        caption(
            "pink the lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and it has a stand neckline. The lady wears a long pants. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("she is wearing a pink top and white jeans", who=W),
        describe("top", "a purple top with a high neck", "contradiction"),
        details("top", "ruching on the front"),
        material("silk", "unsupported"),
        Q.color("magenta"),
        Q.sleeve_length("sleeveless"),
        title="Tokyo Talkies Women Magenta Solid Ruched High Neck Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: navy and white horizontal striped (breton) t-shirt, long sleeves, boat neck; beige chinos; white backdrop.
    # Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-042",
        caption(
            "navy blue and white the lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with "
            "cotton fabric and it has a round neckline. The lady wears a long trousers. The trousers are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and khaki pants", who=W),
        describe("t-shirt", "a blue and white striped shirt"),
        details("t-shirt", "the details of the t - shirt", "restated"),
        color_of("t-shirt", "beige", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("short", "contradiction"),
        title="Mango Women Navy Blue & White Breton Striped T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black kimono shrug with a multicolor floral print (pink and green), wide short sleeves, open front, tassel
    # hem; white tank top and blue jeans; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by
    # reference.
    case(
        "X562-043",
        caption(
            "black the lady wears a short-sleeve outer clothing with floral patterns. The outer clothing is with "
            "chiffon fabric. The lady wears a sleeveless tank top with pure color patterns. The lady wears a long "
            "pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a black floral kimono, a white tank top and jeans", who=W),
        describe("shrug", "a white shrug", "other_garment_color"),
        details("shrug", "tassels"),
        Q.color("black"),
        Q.pattern("floral"),
        is_a("shrug", "no", "contradiction"),
        title="Mishka Women Black Floral Printed Kimono Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: maroon ribbed-knit bodycon dress, long sleeves, round neck, knee length, front view only; black heels;
    # white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by reference.
    case(
        "X562-044",
        caption(
            "maroon the lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric "
            "and it has a round neckline. The dress is of medium length. The lady wears a pair of heels. The lady "
            "wears a pair of heels. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress", who=W),
        describe("dress", "he is wearing a tight maroon dress with long sleeves", "pronoun"),
        details("dress", "the dress has a zipper on the back and a slit in the front", "unsupported"),
        material("yes", "non_answer"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        title="Dressberry Women Maroon Solid Ribbed Bodycon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: sea green tie-up front top knotted at the waist, short sleeves, v-neck; blue denim shorts; white backdrop;
    # three-quarter view. The feed row has no color column. Caption by the epoch-1 adapter; open by base BLIP-2; closed
    # by reference.
    case(
        "X562-045",
        caption(
            "green the lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric and it "
            "has a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green top and jean shorts", who=W),
        describe("top", "a blue top that ties in the front", "contradiction"),
        details("top", "a knot in the front"),
        material("cotton Question: what is the color of the top? Answer: green", "leak"),
        Q.color("green"),
        Q.garment_type("top"),
        title="Harpa Women Sea Green Solid Tie-Up Top",
        category="Tops",
        gender="Women",
    ),
    # photo: pink single-button blazer, notch lapels, long sleeves, two flap pockets at the hips (no chest pocket);
    # white top and white trousers; white backdrop. Caption by the epoch-1 adapter; open by base BLIP-2; closed by
    # reference.
    case(
        "X562-046",
        caption(
            "pink the lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric and its neckline is lapel. The lady wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("he is wearing a pink blazer and white pants", "pronoun", who=W),
        describe("jacket", "a pink blazer with one button"),
        details(
            "jacket",
            "the jacket has a pocket on the chest and a pocket on the chest and a pocket on the chest and a pocket on "
            "the",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        title="Mango Women Pink Solid Single-Breasted Blazer",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
]
