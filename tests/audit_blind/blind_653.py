"""BLIND_653 (46 products; Myntra women's dresses/tops, caption ep1 + VQA): written blind in the fifty-third session.
Measured blind at 33dcae4 (the session's final rules): 113/126 failures found (89.7%) and 14/184 correct texts
flagged (7.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's Dresses and Tops (gender Women, article_type Dresses or Tops, base_colour,
product_name). Catalog photos on a white or pale grey backdrop; tops are worn with jeans, trousers, shorts or skirts,
dresses sometimes with a denim jacket, a belt, tights, boots or a bag. Five rows have no base_colour, two no
article_type.

Who wrote what: every caption is from the caption adapter at epoch 1 (Data2_V2 ..._Caption_First_Epoch). It writes
the DeepFashion-MultiModal template ("The lady wears a short-sleeve shirt with pure color patterns. The shirt is with
cotton fabric. It has a round neckline.") with pattern words, never hues, and often runs on to the 50-token limit:
cut mid-sentence, or starting the template over. It calls most tops "shirt", "T-shirt" or "tank shirt", adds
accessory sentences ("There is an accessory on her wrist.") and a fabric for everything. Every answer is from the VQA
adapter (Data3_V3_BLIP2_VQA). Closed answers (garment_type, color, pattern, sleeve_length, neckline, is_a and the
closed color_of) come from enrich's --engine reference, which ranks candidate values: they never loop or cut, but
they pick the jeans', trousers' or boots' color, a wrong pattern, a wrong sleeve or "no" to the right garment. Open
answers are free generation, 30 new tokens, no trained end token: short answers are often right; longer ones loop,
get cut, leak "Question: ... Answer:", restate the question, answer "yes"/"no" to an open question, say "he" for the
woman, give the top the color of the jeans worn with it, or invent details (zips, pockets, logos, silk).

Labeling conventions and judgement calls:
- One label per text. I avoided texts with two failures; where a cut caption also has an error before the cut, the
  error is one the photo supports (the accessory or fabric it names is really there), so only the cut is labelled.
- Every caption that ran to 50 tokens has hit_limit=True. Those that end mid-sentence or on a dangling word ("The
  woman wears", "There is an") are "cut"; those that start the template over are "loop". A caption that ran to the
  limit but ended on a full stop is not labelled. Looping answers always have hit_limit=True.
- Closed answers that pick another garment's color (the trousers' black for a white top) are "contradiction", not
  "other_garment_color": I kept other_garment_color for open answers, as its definition says. An open color answer
  that names the color of the print (pink roses on a black dress) rather than of another garment is "contradiction".
- A color in the same family as the seller's (maroon for Burgundy, pink for Peach, purple for Lavender, red for
  Maroon, cream for Off White) is correct; so is "black and white" for a black dress with white stripes.
- The caption adapter's fabric sentence is correct when the photo fits it (cotton for a jersey or poplin top, other
  fabric for satin or velvet); a fabric the photo or title rules out, and any material answer with no support in the
  photo or title (silk for a jersey dress, rayon for a cotton top, denim for the top worn with jeans), is
  "unsupported". So are accessories that are not in the photo (ring, hat, neckwear, wrist accessory) and invented
  construction details (back zip, side pockets, lining not visible, pearl buttons, chest pocket).
- The caption calling a shirt dress "a long-sleeve shirt ... and a short skirt", or the neckline round for an
  off-shoulder top, is "contradiction" (another text or the seller says otherwise). "Shirt", "T-shirt" or "sweater"
  for a top or a sweater dress is the template's wording and not labelled.
- A one-word "yes", "no", "red" or "nothing" to an open question (describe, details, wearing, material), or an empty
  answer, is "non_answer"; a text that only says the question back ("the dress is a dress", "describe the top") is
  "restated". A short answer that does answer ("ruffles", "high neck") is correct.
- "he", "his", "the man", "the gentleman" for a Women row is "pronoun", in captions and answers alike.
- Any "Question:" or "Answer:" in an answer is "leak", even when the leaked answer is right or repeats.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")

W = "Women"

BLIND_653 = [
    # photo: black sleeveless knee-length bodycon dress, round neck, silver bangle on the left wrist, nude heels; white
    # backdrop, front view (the back is not shown). Caption: caption adapter epoch 1; answers: VQA adapter (closed
    # answers via the reference engine).
    case(
        "X653-001",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with knitting fabric. It has a round "
            "neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a pair of sh",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        wearing("a black dress and nude heels", who="she"),
        describe("dress", "a black sleeveless bodycon dress with a round neck"),
        details("dress", "a zip at the back and a slit at the hem", failure="unsupported"),
        title="Athena Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: navy short-sleeve top with small white polka dots, round neck, tucked into white skinny jeans; white
    # backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-002",
        caption(
            "The woman wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The woman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        color_of("top", "white", failure="other_garment_color", kind="open"),
        Q.pattern("polka dot"),
        Q.color("navy blue"),
        details("top", "white polka dots, short sleeves and a button at the back of the neck", failure="unsupported"),
        wearing("she is wearing a navy blue polka dot top and white jeans", who="she"),
        describe("top", "no", failure="non_answer"),
        title="Mango Women Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard midi dress with a small white and rust floral print, flutter sleeves, V-neck, a separate brown
    # belt at the waist, tan sandals; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-003",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The dress is "
            "with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("mustard"),
        Q.pattern("floral"),
        neckline("v-neck"),
        color_of("dress", "brown", failure="other_garment_color", kind="open"),
        details("dress", "a belt at the waist and flutter sleeves"),
        title="DressBerry Women Mustard Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Mustard",
        gender=W,
    ),
    # photo: white sleeveless ribbed tank-style top with a square neck, black high-waist trousers, gold hoop earrings;
    # white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-004",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a square neckline. The "
            "trousers this lady wears are of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is an acces",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("black", failure="contradiction"),
        wearing("she is wearing a white tank top and black pants", who="she"),
        color_of("top", "white", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless"),
        title="Tokyo Talkies Women White Solid Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: red wrap midi dress with a small white floral print, three-quarter sleeves, V-neck, tie at the waist,
    # black block heels; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-005",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length."
        ),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        Q.pattern("floral"),
        wearing("he is wearing a red floral dress", failure="pronoun"),
        describe("dress", "a red wrap dress with a white floral print and a tie at the waist"),
        is_a("dress", "yes"),
        title="Sassafras Women Red Floral Print Wrap Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: olive shirt-style top with a collar, button placket, one chest pocket and roll-up sleeves, over blue
    # skinny jeans; white backdrop, three-quarter front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-006",
        caption(
            "The woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The woman wears a long pants. The pants are with denim fabric and solid color patterns. "
            "The woman",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("olive"),
        color_of("top", "blue", failure="other_garment_color", kind="open"),
        details("top", "a collar, a chest pocket and buttons down the front"),
        Q.garment_type("shirt"),
        material("denim", failure="unsupported"),
        title="HERE&NOW Women Olive Green Solid Shirt Style Top",
        category="Tops",
        color="Olive",
        gender=W,
    ),
    # photo: peach tiered maxi dress with thin straps and a smocked bodice, no hat or accessories; white backdrop, full
    # length. Row has no base_colour. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-007",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a hat.",
            failure="unsupported",
        ),
        Q.color("peach"),
        Q.garment_type("dress"),
        wearing("a long pink dress", who="she"),
        describe("dress", "a long peach dress with thin straps and tiers"),
        details(
            "dress",
            "the dress has a ruffled hem and a ruffled hem and a ruffled hem and a ruffled hem and a ruffled hem and a",
            failure="loop",
            hit_limit=True,
        ),
        title="FabAlley Women Peach-Coloured Tiered Maxi Dress",
        category="Dresses",
        gender=W,
    ),
    # photo: maroon top with short puff sleeves and a round neck, light blue denim shorts; white backdrop, front view
    # (the back is not shown). Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("maroon"),
        color_of("shorts", "blue"),
        Q.sleeve_length("short sleeves"),
        wearing("a red top and blue shorts", who="she"),
        describe("top", "a maroon top with puff sleeves and a zipper at the back", failure="unsupported"),
        color_of("top", "maroon Question: What is the color of the shorts? Answer: blue", failure="leak", kind="open"),
        title="Harpa Women Maroon Solid Top",
        category="Tops",
        color="Maroon",
        gender=W,
    ),
    # photo: black short-sleeve A-line knee-length dress with thin white horizontal stripes, round neck, white
    # sneakers; white backdrop. No pockets. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-009",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length."
        ),
        Q.pattern("solid", failure="contradiction"),
        Q.color("black"),
        color_of("dress", "black and white", kind="open"),
        wearing("a black and white striped dress", who="the woman"),
        details("dress", "white stripes and two side pockets", failure="unsupported"),
        describe("dress", "", failure="non_answer"),
        title="Vero Moda Women Black & White Striped A-Line Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: indigo maxi dress with a white block print, long sleeves, round neck with a tassel tie, silver jhumka
    # earrings; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-010",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a long-sleeve dress with graphic patterns. The "
            "dress is with cotton fabric. It has",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("printed"),
        neckline("round neck"),
        material("cotton"),
        describe("dress", "the dress is a dress", failure="restated"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Global Desi Women Blue Printed Maxi Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: white cotton off-shoulder top with broderie anglaise eyelet embroidery and a ruffle at the neckline, light
    # blue mom jeans; pale grey backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-011",
        caption(
            "The woman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The woman wears a long pants. The pants are with denim fabric and solid color patterns.",
            failure="contradiction",
        ),
        neckline("off-shoulder"),
        Q.color("white"),
        wearing("a white top and blue jeans", who="she"),
        color_of("top", "light blue", failure="other_garment_color", kind="open"),
        details("top", "the top has eyelet embroidery and a ruffle"),
        title="ONLY Women White Broderie Off-Shoulder Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: hot pink one-shoulder stretch-jersey bodycon mini dress, silver clutch in hand, silver heels; white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress is "
            "of short length. There is an accessory in her hand."
        ),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "no", failure="contradiction"),
        describe("dress", "a pink one shoulder dress, she holds a silver clutch"),
        wearing(
            "a pink dress pink dress pink dress pink dress pink dress pink dress pink dress pink dress pink dress pink",
            failure="loop",
            who="she",
            hit_limit=True,
        ),
        material("silk", failure="unsupported"),
        title="Miss Chase Women Pink Solid One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Pink",
        gender=W,
    ),
    # photo: grey melange short-sleeve top with the word "BROOKLYN" in black letters on the chest, black jeans; white
    # backdrop, front view, no logo on the sleeves. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-013",
        caption(
            "The woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The woman wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.pattern("graphic"),
        color_of("top", "black", failure="other_garment_color", kind="open"),
        details("top", "the word brooklyn printed on the front in black letters"),
        wearing("she is wearing a grey t-shirt and black jeans", who="she"),
        Q.garment_type("t-shirt"),
        describe(
            "top", "a grey t-shirt with brooklyn printed in black and a small logo on the sleeve", failure="unsupported"
        ),
        title="Roadster Women Grey Melange Printed Top",
        category="Tops",
        color="Grey Melange",
        gender=W,
    ),
    # photo: rust satin wrap top with long balloon sleeves and a V-neck, tucked into beige trousers; white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("beige", failure="contradiction"),
        color_of("top", "orange", kind="open"),
        neckline("v-neck"),
        material("satin"),
        describe("top", "Answer: a long sleeve top with a v neck", failure="leak"),
        title="Mast & Harbour Women Rust Orange Solid Wrap Top",
        category="Tops",
        color="Rust",
        gender=W,
    ),
    # photo: teal sleeveless knee-length sheath dress with a square neck, black handbag on the arm, black heels; white
    # backdrop, front view only. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-015",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with cotton fabric. It has a square "
            "neckline. The dress is of medium length."
        ),
        Q.color("teal"),
        Q.garment_type("dress"),
        wearing("she is wearing a blue dress and holding a black bag", who="she"),
        details("dress", "the dress has a square neckline and a slit at the back", failure="unsupported"),
        is_a("top", "yes", failure="contradiction"),
        title="AND Women Teal Blue Solid Sheath Dress",
        category="Dresses",
        color="Teal",
        gender=W,
    ),
    # photo: lavender sleeveless chiffon top with a ruffled neckline, white skinny jeans; white backdrop. Caption:
    # caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-016",
        caption(
            "The person wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The person wears a long pants with denim fabric and pure color patterns."
        ),
        Q.color("lavender"),
        color_of("top", "white", failure="other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        wearing("a purple top and white pants"),
        details("top", "ruffles"),
        material("Question: What material is the garment made of? Answer: chiffon", failure="leak"),
        describe("top", "yes", failure="non_answer"),
        title="Kraus Women Lavender Solid Ruffled Top",
        category="Tops",
        color="Lavender",
        gender=W,
    ),
    # photo: lemon yellow maxi dress with a pink and green floral print, three-quarter sleeves, round neck, lace trim
    # at the hem; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-017",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a medium-sleeve dress with floral patterns. "
            "The dress",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("dress", "a yellow floral dress with pink and green flowers and lace at the hem"),
        color_of("dress", "pink", failure="contradiction", kind="open"),
        title="Libas Women Yellow Floral Printed Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender=W,
    ),
    # photo: black sleeveless round-neck top with an all-over white and red tropical leaf print, red mini skirt; white
    # backdrop. Row has no base_colour. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-018",
        caption(
            "The lady wears a tank shirt with floral patterns. The shirt is with chiffon fabric. It has a round "
            "neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        Q.color("black"),
        color_of("top", "red", failure="other_garment_color", kind="open"),
        Q.pattern("floral"),
        wearing("she is wearing a black printed top and a red skirt", who="she"),
        details("top", "the top is black with white and red leaves"),
        material("the garment is made of the material of the garment", failure="restated"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="Street 9 Women Black Printed Top",
        category="Tops",
        gender=W,
    ),
    # photo: off-white lace top with a scalloped hem and short sleeves, olive green trousers; white backdrop, front
    # view (the back is not shown). Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-019",
        caption(
            "The woman wears a short-sleeve shirt with lattice patterns. The shirt is with other fabric. It has a "
            "round neckline. The woman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The woman wears",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("lace"),
        color_of("top", "green", failure="other_garment_color", kind="open"),
        material("lace"),
        wearing("a cream lace top and green pants", who="she"),
        describe("top", "a white lace top with a scalloped hem and pearl buttons at the back", failure="unsupported"),
        title="Zink London Women Off-White Lace Top",
        category="Tops",
        color="Off White",
        gender=W,
    ),
    # photo: navy and white vertical-striped shirt dress, roll-up long sleeves, collar, self-fabric belt, knee length,
    # white sneakers; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-020",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a short skirt.",
            failure="contradiction",
        ),
        Q.garment_type("dress"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        wearing("he is wearing a blue and white striped shirt dress", failure="pronoun", who="she"),
        details("dress", "the dress has a collar, buttons and a belt"),
        material(
            "cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and",
            failure="loop",
        ),
        title="U.S. Polo Assn. Women Navy Blue Striped Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: emerald green georgette long-sleeve blouse with a small white floral print and a tie-neck bow, buttoned
    # cuffs, black trousers; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-021",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. The lady wears "
            "a long trousers with pure color patterns."
        ),
        Q.color("green"),
        neckline("tie-up neck"),
        color_of("top", "black", failure="other_garment_color", kind="open"),
        details("top", "a bow at the neck and buttoned cuffs"),
        wearing("he is wearing a green shirt and black pants", failure="pronoun", who="she"),
        material("polyester", failure="unsupported"),
        title="Trendyol Women Green Floral Printed Top",
        category="Tops",
        color="Green",
        gender=W,
    ),
    # photo: beige linen sleeveless A-line midi dress with front buttons and a round neck, thin brown belt, tan
    # sandals, nothing on the wrists; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-022",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        Q.color("beige"),
        Q.sleeve_length("sleeveless"),
        material("linen"),
        color_of("dress", "brown", failure="other_garment_color", kind="open"),
        describe("dress", "a beige dress with buttons down the front and a brown belt"),
        Q.garment_type("skirt", failure="contradiction"),
        title="W Women Beige Solid A-Line Midi Dress",
        category="Dresses",
        color="Beige",
        gender=W,
    ),
    # photo: red top with a smocked waist, square neck and short puff sleeves, blue denim jeans; white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("red"),
        neckline("square neck"),
        wearing("a red top and jeans", who="she"),
        details("top", "the top details are the details of the top", failure="restated"),
        Q.garment_type("top"),
        color_of("top", "blue", failure="other_garment_color", kind="open"),
        title="Berrylush Women Red Self Design Smocked Top",
        category="Tops",
        color="Red",
        gender=W,
    ),
    # photo: mid-blue denim shirt dress, short sleeves, collar, button front, two flap chest pockets, knee length,
    # silver ring on the right hand, white sneakers; white backdrop. Caption: caption adapter epoch 1; answers: VQA.
    case(
        "X653-024",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. The dress is of medium length. This lady wears a ring on her finger. The lady",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        material("denim"),
        is_a("dress", "yes"),
        wearing("yes", failure="non_answer", who="she"),
        describe(
            "dress",
            "a blue denim shirt dress with a collar, short sleeves and buttons down the front, with two flap pockets "
            "on the chest and a",
            failure="cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: black ribbed crop top with long sleeves and a high neck, high-waist light blue jeans; white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-025",
        caption(
            "The woman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. It "
            "has a stand neckline. The woman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        Q.color("blue", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        color_of("top", "black", kind="open"),
        wearing("a blue crop top and blue jeans", failure="other_garment_color", who="she"),
        details("top", "high neck"),
        describe("top", "describe the top", failure="restated"),
        title="SASSAFRAS Women Black Solid Ribbed Crop Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: white top with a multicolor (orange, blue, green) ethnic block print, three-quarter sleeves, V-neck with
    # tassels, white palazzo pants; white backdrop. Looks like cotton. Caption: caption adapter epoch 1; answers: VQA.
    case(
        "X653-026",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("multi"),
        Q.pattern("striped", failure="contradiction"),
        color_of("top", "white with an orange and blue print", kind="open"),
        describe("top", "a printed top with tassels at the neck"),
        material("rayon", failure="unsupported"),
        wearing(
            "a multicolor top and white pants white pants white pants white pants white pants white pants white pants "
            "white",
            failure="loop",
            who="she",
            hit_limit=True,
        ),
        title="Global Desi Women Multicoloured Printed Top",
        category="Tops",
        color="Multi",
        gender=W,
    ),
    # photo: burgundy velvet long-sleeve bodycon mini dress with a V-neck, opaque black tights, black heels; white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of short length."
        ),
        Q.color("maroon"),
        material("velvet"),
        color_of("dress", "black", failure="other_garment_color", kind="open"),
        Q.garment_type("dress"),
        describe("dress", "she is wearing a burgundy velvet dress with a v neck and long sleeves"),
        details("dress", "Answer: the dress has a v neck and long sleeves", failure="leak"),
        title="Athena Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender=W,
    ),
    # photo: sky-blue camisole top with thin straps and a small yellow floral print, white denim shorts, no hat;
    # white backdrop. Row has no base_colour. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-028",
        caption(
            "The lady wears a tank shirt with floral patterns. The shirt is with chiffon fabric. It has a suspenders "
            "neckline. The lady wears a short pants. The pants are with denim fabric and pure color patterns. There "
            "is an",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        color_of("top", "white", failure="other_garment_color", kind="open"),
        Q.pattern("floral"),
        details("top", "thin straps and a floral print"),
        wearing("she is wearing a blue floral top, white shorts and a white hat", failure="unsupported", who="she"),
        title="Mango Women Floral Print Camisole Top",
        category="Tops",
        gender=W,
    ),
    # photo: peach short-sleeve shift dress above the knee, round neck, gold watch on the left wrist; white backdrop,
    # front view, no pockets. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-029",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of short length. There is an accessory on her wrist."
        ),
        Q.color("peach"),
        Q.garment_type("top", failure="contradiction"),
        wearing("a pink dress and a watch", who="the woman"),
        material("cotton"),
        details(
            "dress",
            "the dress has a round neck and short sleeves and a round neck and short sleeves and a round neck and "
            "short",
            failure="loop",
            hit_limit=True,
        ),
        describe("dress", "a peach shift dress with a back zip and side pockets", failure="unsupported"),
        title="Vero Moda Women Peach-Coloured Solid Shift Dress",
        category="Dresses",
        color="Peach",
        gender=W,
    ),
    # photo: sheer black chiffon top with black flocked polka dots, long plain sleeves, plain round neck, worn over a
    # black camisole, grey jeans; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-030",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The person wears a long pants. The pants are with denim fabric and pure color patterns. "
            "This person",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("polka dot"),
        color_of("top", "grey", failure="other_garment_color", kind="open"),
        material("chiffon"),
        describe("top", "a sheer black top with long sleeves"),
        details("top", "a sheer top with lace cuffs and a ruffled collar", failure="unsupported"),
        title="DressBerry Women Black Sheer Polka Dot Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: white cotton top with blue thread embroidery on the yoke, short flutter sleeves, blue jeans; white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-031",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline."
        ),
        Q.color("blue", failure="contradiction"),
        color_of("top", "white", kind="open"),
        wearing("Question: What is she wearing? Answer: a white top and jeans", failure="leak", who="she"),
        details("top", "blue embroidery on the yoke and flutter sleeves"),
        Q.sleeve_length("short sleeves"),
        title="Harpa Women White Embroidered Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: bottle green satin slip maxi dress with thin straps and a cowl neck, gold sandals; white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-032",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with other fabric. It has a suspenders "
            "neckline. The dress is of long length."
        ),
        Q.color("green"),
        neckline("cowl neck"),
        material("cotton", failure="unsupported"),
        wearing("a green satin slip dress", who="she"),
        is_a("dress", "yes"),
        details("dress", "no", failure="non_answer"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Femella Women Green Satin Slip Maxi Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: mustard ribbed short-sleeve top with a round neck and no pocket, tucked into a black pleated midi skirt;
    # white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-033",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. It "
            "has a round neckline. The woman wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The woman",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("mustard"),
        color_of("skirt", "black"),
        color_of("top", "black", failure="other_garment_color", kind="open"),
        wearing("a yellow t-shirt and a black pleated skirt", who="she"),
        describe("top", "a mustard t-shirt with a round neck and a pocket on the chest", failure="unsupported"),
        title="Roadster Women Mustard Yellow Solid Ribbed Top",
        category="Tops",
        color="Mustard",
        gender=W,
    ),
    # photo: navy fit-and-flare knee-length dress with a white geometric print, cap sleeves, round neck; white
    # backdrop. Looks like cotton poplin. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-034",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a short-sleeve dress with graphic patterns. "
            "The dress is",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.pattern("geometric"),
        color_of("dress", "white", failure="contradiction", kind="open"),
        describe("dress", "a navy blue dress with a white geometric print"),
        wearing("she is wearing a blue printed dress"),
        material("silk", failure="unsupported"),
        title="AND Women Navy Blue Printed Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: grey melange short-sleeve T-shirt dress, knee length, a blue denim jacket worn open over it, white
    # sneakers; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-035",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. This lady also wears an outer clothing, with denim fabric and pure color patterns."
        ),
        Q.color("blue", failure="contradiction"),
        color_of("dress", "blue", failure="other_garment_color", kind="open"),
        wearing("a grey t-shirt dress and a denim jacket", who="she"),
        Q.garment_type("dress"),
        details("dress", "the dress is grey and the jacket is denim"),
        material("what material is the garment made of", failure="restated"),
        title="ONLY Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender=W,
    ),
    # photo: pink and white vertical-striped sleeveless cotton top with ruffled shoulders, V-neck and a tie at the
    # waist, white jeans; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-036",
        caption(
            "The lady wears a sleeveless shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("striped"),
        color_of("top", "pink and white", kind="open"),
        describe("top", "a pink and white striped top with ruffles on the shoulders and a tie at the waist"),
        material("linen", failure="unsupported"),
        wearing("a pink striped dress", failure="contradiction", who="she"),
        title="Sassafras Women Pink Striped Ruffled Top",
        category="Tops",
        color="Pink",
        gender=W,
    ),
    # photo: bright red off-shoulder bodycon midi dress with long sleeves, black heels; white backdrop. Row has no
    # base_colour. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-037",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "dress is of medium length.",
            failure="pronoun",
        ),
        Q.color("red"),
        neckline("off-shoulder"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "red", failure="non_answer"),
        wearing("a red off shoulder dress", who="she"),
        title="Tokyo Talkies Women Solid Off-Shoulder Bodycon Dress",
        category="Dresses",
        gender=W,
    ),
    # photo: black and white gingham shirt-style top, long sleeves, collar, knotted at the front, black trousers; white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-038",
        caption(
            "The woman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The woman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The woman wears",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("black"),
        color_of("top", "black and white", kind="open"),
        details("top", "a collar, long sleeves and a knot at the front"),
        wearing("she is wearing a black and white checked shirt and black pants", who="she"),
        material("cotton"),
        Q.garment_type("dress", failure="contradiction"),
        describe(
            "top",
            "a black and white checked shirt with a collar and a collar and a collar and a collar and a collar and a",
            failure="loop",
            hit_limit=True,
        ),
        title="Kraus Women Black & White Checked Shirt Style Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: royal blue short kurti-style top with a gold foil print, three-quarter sleeves and a mandarin collar,
    # white leggings; white backdrop. Row has no article_type. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-039",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long leggings."
        ),
        Q.garment_type("top"),
        Q.color("white", failure="contradiction"),
        color_of("top", "blue", kind="open"),
        describe("top", "a blue top with a gold print and a mandarin collar"),
        details("top", "what are the top details? the top details are", failure="restated"),
        title="Libas Women Blue Foil Printed Top",
        color="Blue",
        gender=W,
    ),
    # photo: white cotton schiffli fit-and-flare dress with cutwork, sleeveless, knee length, round neck, brown wedge
    # sandals; white backdrop (low contrast), front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-040",
        caption(
            "The lady wears a tank dress with lattice patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length."
        ),
        Q.color("white"),
        Q.pattern("self design"),
        color_of("dress", "white", kind="open"),
        details("dress", "the dress has cutwork embroidery all over and a scalloped hem"),
        describe("dress", "a white dress with a tie at the back and a lining", failure="unsupported"),
        wearing("the man is wearing a white dress", failure="pronoun", who="she"),
        Q.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            failure="leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Women White Schiffli Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: purple satin wrap mini dress with long puff sleeves and a V-neck, gold drop earrings, no rings; white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of short length. The lady wears a ring on her finger.",
            failure="unsupported",
        ),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        wearing("she is wearing a purple dress and earrings", who="she"),
        material("cotton", failure="unsupported"),
        describe(
            "dress",
            "a purple wrap dress with puff sleeves Question: What is the color of the dress? Answer: purple",
            failure="leak",
        ),
        title="Street 9 Women Purple Solid Wrap Dress",
        category="Dresses",
        color="Purple",
        gender=W,
    ),
    # photo: blue and white horizontal Breton-stripe top, long sleeves, boat neck, red trousers; white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-042",
        caption(
            "The woman wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The woman wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("red", failure="contradiction"),
        Q.pattern("striped"),
        color_of("top", "red", failure="other_garment_color", kind="open"),
        neckline("boat neck"),
        wearing("a red striped top and red pants", failure="other_garment_color", who="she"),
        details(
            "top", "the top has stripes Question: What are the top details? Answer: the top has stripes", failure="leak"
        ),
        title="United Colors of Benetton Women Blue Striped Top",
        category="Tops",
        color="Blue",
        gender=W,
    ),
    # photo: black sleeveless halter-neck maxi dress with a large pink and red rose print, no necklace; white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-043",
        caption(
            "Her tank dress has no sleeves, chiffon fabric and floral patterns. The dress is of long length. This "
            "female has neckwear.",
            failure="unsupported",
        ),
        Q.color("black"),
        Q.pattern("floral"),
        neckline("halter neck"),
        color_of("dress", "pink", failure="contradiction", kind="open"),
        describe("dress", "a black maxi dress with a pink and red rose print and a halter neck"),
        title="FabAlley Women Black Floral Print Halter Maxi Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: canary yellow chiffon top with short ruffle sleeves and a V-neck, blue jeans; white backdrop. Row has no
    # base_colour. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        color_of(
            "top",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("he is wearing a yellow top and blue jeans", failure="pronoun", who="she"),
        details("top", "ruffled sleeves and a v neck"),
        title="Berrylush Women Ruffled Top",
        category="Tops",
        gender=W,
    ),
    # photo: olive green knit turtleneck sweater dress, long sleeves with ribbed cuffs, knee length, no belt, brown knee
    # boots; white backdrop. Row has no article_type. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X653-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline."
        ),
        Q.garment_type("dress"),
        Q.color("brown", failure="contradiction"),
        material("wool knit"),
        wearing("she is wearing a green sweater dress and brown boots", who="she"),
        details(
            "dress",
            "the dress has a turtleneck, long sleeves and ribbed cuffs, and the dress has a turtleneck, long sleeves "
            "and ribbed cuffs, and the",
            failure="loop",
            hit_limit=True,
        ),
        describe("dress", "an olive sweater dress with a belt at the waist", failure="unsupported"),
        title="SASSAFRAS Women Olive Green Solid Sweater Dress",
        color="Olive",
        gender=W,
    ),
    # photo: turquoise sleeveless shell top with a keyhole neck, white linen trousers; white backdrop. Caption: caption
    # adapter epoch 1; answers: VQA adapter.
    case(
        "X653-046",
        caption(
            "The person wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The person wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("turquoise blue"),
        color_of("top", "white", failure="other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("top", "a turquoise sleeveless top with a keyhole neck"),
        material("nothing", failure="non_answer"),
        title="Vero Moda Women Turquoise Blue Solid Top",
        category="Tops",
        color="Turquoise Blue",
        gender=W,
    ),
]
