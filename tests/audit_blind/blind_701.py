"""BLIND_701 (46 products; Myntra women's tops/dresses, caption ep. 1, VQA): written blind in the fifty-fourth session.
Measured blind at 240db6d (the session's eighth rules): 113/127 failures found (89.0%) and 16/184 correct texts flagged
(8.7%). The writer's notes, verbatim:

Scenario: the older Myntra feed (short titles such as "Vero Moda Women Navy Top"), women's Tops and Dresses only.
Studio catalog shots on a white or light grey backdrop. A model wears the product, mostly with other clothes
(jeans, shorts, skirts, leggings, an open jacket or shrug), sometimes with a bag, belt or jewelry. Most shots are
full front views; a few are cropped at the knee or the waist.

Who wrote what: the caption is written by the caption adapter at epoch 1 (Data2_V2 ..._Caption_First_Epoch). It
writes the DeepFashion template ("The lady wears a sleeveless tank top with pure color patterns. The tank top is
with cotton fabric.") with no hue names, and it was trained without an end token, so some captions loop back to
their first sentence or are cut at the 50-token limit. It sometimes says "The gentleman" for a woman and adds an
accessory ("There is an accessory on her wrist.") that is not in the photo. Every answer is written by the VQA
adapter (Data3_V3_BLIP2_VQA). Closed answers come from enrich's reference engine, which ranks the candidates with
that adapter and keeps one, so they are short and never loop; they can still be wrong (another garment's color, a
sleeve length or garment the photo does not show). Open answers (wearing, describe, details, material, and the
color question asked open) are free generation with a 30-token limit: short and often right, but they repeat,
run on into the training format ("Question: ... Answer: ..."), echo the question, or give the jeans' color to the
top.

Labeling conventions and judgement calls:
- One label per text. Where a text has two faults, the one that dominates it is labeled: a prompt echo that
  repeats itself is a leak, not a loop; a repetition that is cut at the limit is a loop.
- A wrong color in a closed answer is labeled contradiction, even when it is the color of another garment in the
  photo; other_garment_color is kept for open answers (and the open color question) that give the product the
  color of the jeans, shorts, skirt, shrug, jacket or leggings worn with it.
- An accessory's color (a belt) given as the product's color is labeled other_garment_color.
- Texts are judged against the photo. Where the seller's color is off (X701-021 "Brown" for a rust tunic), the
  answer that matches the photo ("orange") is correct.
- Fabric: a DeepFashion fabric that fits what the photo shows (cotton for jersey, chiffon for a sheer blouse, lace,
  knitting, denim for a denim dress, "other" for velvet) is correct. A fiber the photo cannot show or that it
  contradicts (silk, denim for cotton twill) is unsupported.
- Details that are only visible from the back (a zip, a bow, a lace back) in a front-view photo, pockets, hoods or
  collars the garment does not have, and accessories or shoes outside the frame or absent are unsupported.
- A one-word color or yes/no answer to an open question (describe, details, wearing) is non_answer; an empty
  material answer is non_answer. A short but right phrase ("a green top") is correct.
- An answer that only echoes the question's words ("the dress details are the details on the dress") is restated.
- "The gentleman", "he" or "his" for a Women row is pronoun. X701-033 has no gender column; it has no pronoun case.
- Caption template words: "pure color" for a solid garment, "lattice" for checks, "graphic" for a logo or print,
  "color block" for blocks are correct; "pure color" for a polka-dot top is contradiction. "shirt", "T-shirt" or
  "tank top" for a top is correct; "sweater" for a sweater dress is contradiction; "long-sleeve" for a puff-sleeve
  top is contradiction.
- A closed "yes" to "Is this a jacket?" for a dress worn under a jacket is contradiction; "no" to "Is this a
  shirt?" for a shirt dress is correct (it is a dress).
- hit_limit is set on every loop and cut, on leaks that ran to the limit, and on one complete caption (X701-040)
  whose last sentence ended exactly at the 50th token.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_701 = [
    # photo: navy blue solid top, short sleeves, round neck, worn with white jeans; white backdrop, full front view.
    # caption: caption adapter epoch 1; answers: VQA adapter (closed via the reference engine).
    case(
        "X701-001",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric."
        ),
        color_of("top", "navy blue"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("striped", "contradiction"),
        wearing("a navy blue top and white jeans", who="she"),
        describe("top", "the top is white with a round neck and short sleeves", "other_garment_color"),
        details("top", "the top has a pocket on the chest and a button placket", "unsupported"),
        is_a("dress", "no"),
        title="Vero Moda Women Navy Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red sleeveless maxi dress with a white floral print, v-neck, barefoot model; white backdrop, full view.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-002",
        caption(
            "The female is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length. The female wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details(
            "dress",
            "the dress has a floral print and a v-neck, the dress has a floral print and a v-neck, the dress has a "
            "floral print and",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a red floral dress", who="she"),
        title="Mango Women Red Printed Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: white cotton top with thin black horizontal stripes, three-quarter sleeves, boat neck, black trousers;
    # white backdrop, front view. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-003",
        caption(
            "This woman is wearing a medium-sleeve T-shirt with striped patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.pattern("striped"),
        color_of("top", "black", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("top", "a white and black striped top with three quarter sleeves"),
        details(
            "top",
            "Question: What are the top details? Answer: striped Question: What is the color of the top? Answer: white",
            "leak",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        wearing("he is wearing a striped top and black pants", "pronoun", who="she"),
        title="Only Women White Striped Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: peach sleeveless chiffon top with a ruffled neckline, worn with blue denim shorts; no jewelry; white
    # backdrop, full front view. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts. The tank top is with chiffon "
            "fabric. The shorts are with denim fabric and pure color patterns. There is a ring on her finger.",
            "unsupported",
        ),
        Q.color("peach"),
        wearing("a peach top and denim shorts"),
        describe("top", "the top is blue", "other_garment_color"),
        material("chiffon"),
        is_a("blouse", "yes"),
        title="Forever New Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: black long-sleeve bodycon dress, knee length, round neck, black heels; white backdrop, front view only.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-005",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "dress is of medium length. It has a round neckline. The lady is wearing a long-sleeve dress with pure "
            "color patterns",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        wearing("he is wearing a black dress", who="she"),
        describe("dress", "a black bodycon dress with long sleeves and a lace back", "unsupported"),
        details("dress", "the dress has long sleeves and a round neck"),
        title="Miss Chase Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow cotton tunic with small white block-printed motifs, mandarin collar with a short button
    # placket, three-quarter sleeves, no pockets; white leggings; white backdrop, full front view.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-006",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a leggings."
        ),
        Q.color("yellow"),
        Q.pattern("printed"),
        color_of("leggings", "white"),
        describe("tunic", "a white tunic with a mandarin collar and three quarter sleeves", "other_garment_color"),
        details("tunic", "the tunic has a mandarin collar, buttons on the front and two side pockets", "unsupported"),
        wearing("a yellow printed tunic and white leggings", who="the woman"),
        title="Global Desi Women Mustard Printed Tunic",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal top with small white polka dots, short flutter sleeves, round neck, blue jeans; white backdrop.
    # caption: caption adapter epoch 1; answers: VQA adapter (the top's color asked open).
    case(
        "X701-007",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon "
            "fabric. It has a round neckline.",
            "contradiction",
        ),
        Q.pattern("polka dot"),
        Q.color("teal"),
        color_of(
            "top",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a teal polka dot top and blue jeans", who="she"),
        title="Tokyo Talkies Women Teal Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white sleeveless cotton top with a crochet lace yoke, worn with a short pink skirt; white backdrop,
    # front view only. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-008",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with lace fabric. It has "
            "a round neckline. This lady wears a short skirt."
        ),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is pink with a lace yoke and a round neck", "other_garment_color"),
        material("lace"),
        details("top", "the top has a crochet lace yoke and a keyhole opening at the back", "unsupported"),
        wearing(
            "a white top and a pink skirt and a white top and a pink skirt and a white top and a pink skirt and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Mineral Women Off White Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: maroon wrap dress, three-quarter sleeves, self tie belt at the waist, knee length, small side slit at
    # the hem; white backdrop, full front view. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-009",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is of medium length. It has a "
            "v-shape neckline. There is a belt around her waist."
        ),
        Q.color("maroon"),
        Q.garment_type("dress"),
        is_a("dress", "yes"),
        wearing("a black wrap dress with a tie belt", "contradiction", who="she"),
        describe("dress", "describe the dress", "restated"),
        details(
            "dress",
            "the dress has a wrap front, a tie belt at the waist and three quarter sleeves with a small slit at the "
            "hem on the left side of the",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Maroon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey melange short-sleeve tee-style top with a black "LOVE" text print, black leggings; white backdrop.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-010",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.pattern("graphic"),
        describe("top", "a black top with a graphic print on the front", "other_garment_color"),
        details("top", "the top has a text print that says love"),
        wearing("a grey t-shirt and black leggings", who="she"),
        material("", "non_answer"),
        title="Jealous 21 Women Grey Printed Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: lavender sleeveless top with pleats at the round neckline, white trousers; white backdrop, front view.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady wears a long trousers."
        ),
        Q.color("lavender"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("trousers", "white"),
        wearing("a white top and white pants", "other_garment_color"),
        describe(
            "top",
            "Question: Describe the top. Answer: Question: Describe the top. Answer: Question: Describe the top. "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("tank top", "yes"),
        title="Elle Women Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: olive cotton twill utility top, long sleeves with roll-up tabs, two flap chest pockets, collar, worn
    # with beige shorts; white backdrop, full front view. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-012",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("jacket", "contradiction"),
        details("top", "the top has two chest pockets with flaps and roll up tabs on the sleeves"),
        describe("top", "a beige shirt with two pockets", "other_garment_color"),
        material("denim", "unsupported"),
        title="Roadster Women Olive Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: yellow A-line dress with a white floral print, cap sleeves, above the knee; the model holds a straw
    # handbag; white backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-013",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of short length. It has a round "
            "neckline. There is an accessory in her hand."
        ),
        Q.pattern("floral"),
        Q.color("white", "contradiction"),
        wearing("a yellow floral dress and a straw bag", who="she"),
        details("dress", "dress", "non_answer"),
        is_a("skirt", "no"),
        material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer:",
            "leak",
        ),
        title="People Women Yellow Printed Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: black sleeveless crop top, square neck, high-waisted blue jeans; white backdrop, full front view.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-014",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a square neckline. The female wears a long trousers. The trousers are with denim fabric."
        ),
        Q.color("black"),
        color_of("jeans", "blue"),
        describe("top", "a blue crop top with a square neck", "other_garment_color"),
        wearing(
            "a black crop top and blue jeans and a black crop top and blue jeans and a black crop top and blue jeans "
            "and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        title="Kraus Women Black Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: coral orange peplum top, short sleeves, round neck, white jeans; front view only (no back visible);
    # white backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.pattern("solid"),
        describe("top", "a peplum top with short sleeves and a zip at the back", "unsupported"),
        wearing("an orange peplum top with white jeans"),
        details(
            "top",
            "Question: What are the top details? Answer: peplum Question: Is this a top? Answer: yes Question: What "
            "is the",
            "leak",
            hit_limit=True,
        ),
        title="Avirate Women Coral Orange Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: blue denim shirt dress, long sleeves rolled to the elbow, button front, collar, brown leather belt,
    # knee length; white backdrop. caption: caption adapter epoch 1; answers: VQA adapter (dress color asked open).
    case(
        "X701-016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. There is a belt around her waist. The dress is of medium length."
        ),
        Q.color("blue"),
        Q.sleeve_length("sleeveless", "contradiction"),
        material("denim"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        details("dress", "the dress has a button front, a collar, rolled up sleeves and a brown belt at the waist"),
        is_a("shirt", "no"),
        wearing("a blue denim dress with a black belt", "contradiction", who="she"),
        title="Only Women Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: white cotton top with white chikan embroidery on the front, v-neck, three-quarter sleeves, blue jeans;
    # white backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-017",
        caption(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The gentleman wears a long trousers.",
            "pronoun",
        ),
        Q.color("white"),
        Q.pattern("embroidered"),
        describe("top", "a white top with embroidery on the front and three quarter sleeves"),
        details("top", "the top details are the details of the top", "restated"),
        wearing("a white top and blue jeans", who="she"),
        title="W Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: magenta knit top, long sleeves, twisted knot at the front hem, black pants; white backdrop, front view.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-018",
        caption(
            "This woman is wearing a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with knitting fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("pink"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("top", "the top has a knot at the front"),
        describe("top", "a black top with long sleeves and a knot at the front", "other_garment_color"),
        wearing("she is wearing a pink top and black pants", who="she"),
        title="Mango Women Magenta Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: navy and white chevron-striped maxi dress, halter neck, no pockets, front view; white backdrop.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-019",
        caption(
            "The female wears a sleeveless dress with striped patterns. The dress is of long length. It has a halter "
            "neckline. The female wears a sleeveless dress with striped patterns. The dress is of long length. It "
            "has a halter",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("navy blue"),
        describe("dress", "a navy blue and white striped maxi dress with a halter neck"),
        details("dress", "the dress has a zip at the back and side pockets", "unsupported"),
        wearing("yes", "non_answer", who="she"),
        title="Remanika Women Navy Blue Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green sleeveless cotton top with cut-out shoulders, blue denim shorts, a watch on her left wrist; light
    # grey backdrop. caption: caption adapter epoch 1; answers: VQA adapter (the top's color asked open).
    case(
        "X701-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts. The tank top is with cotton "
            "fabric. The shorts are with denim fabric and pure color patterns. There is an accessory on her wrist."
        ),
        Q.color("green"),
        Q.garment_type("jumpsuit", "contradiction"),
        color_of("shorts", "blue"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        wearing("Question: What is the person wearing? Answer: a green top and denim shorts", "leak"),
        describe("top", "a green top"),
        title="FNF Women Green Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: rust orange cotton tunic with white embroidery around the v-neck, three-quarter sleeves, white
    # leggings, no jewelry; white backdrop. The seller calls it Brown. caption: caption adapter epoch 1; answers:
    # VQA adapter.
    case(
        "X701-021",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a leggings."
        ),
        Q.color("orange"),
        describe("tunic", "an orange tunic with white embroidery at the neck and three quarter sleeves"),
        color_of("leggings", "white"),
        details(
            "tunic",
            "the tunic has embroidery at the neck, the tunic has embroidery at the neck, the tunic has embroidery at "
            "the neck, the",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange tunic, white leggings and gold earrings and bangles", "unsupported", who="she"),
        title="Global Desi Women Brown Tunic",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: black and white checked shirt-style top, long sleeves, collar, two chest pockets, button placket,
    # black jeans; white backdrop. caption: caption adapter epoch 1; answers: VQA adapter (top color asked open).
    case(
        "X701-022",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        Q.pattern("checked"),
        Q.color("black"),
        color_of("top", "black and white", kind="open"),
        color_of("jeans", "blue", "contradiction"),
        describe(
            "top",
            "a black and white checked shirt with a collar, two chest pockets, a button placket and long sleeves with "
            "buttoned cuffs and a curved hem that is",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a checked shirt and black jeans", "pronoun", who="she"),
        title="Wrangler Women Black Checked Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: cream knit top, long sleeves, round neck, worn with a short brown skirt; white backdrop, full view.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a short skirt."
        ),
        Q.color("cream"),
        Q.garment_type("top"),
        describe("top", "a brown top with long sleeves", "other_garment_color"),
        material("knit"),
        wearing("a cream sweater and a brown skirt", who="she"),
        details(
            "top",
            "the top has long sleeves, the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, "
            "the sleeves",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Cream Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: pink and white horizontally striped short-sleeve top, round neck, no pocket or logo, navy shorts; white
    # backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-024",
        caption(
            "The female wears a short-sleeve T-shirt with striped patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.pattern("striped"),
        Q.color("navy blue", "contradiction"),
        wearing("a pink striped t-shirt and navy shorts", who="she"),
        details("top", "he has a pink striped t-shirt with a round neck", "pronoun"),
        Q.sleeve_length("short sleeves"),
        describe("top", "a pink and white striped t-shirt with a chest pocket and a logo", "unsupported"),
        title="United Colors of Benetton Women Striped Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black spaghetti-strap maxi dress with a large red and yellow floral print, an open blue denim jacket
    # over it; white backdrop, full view. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-025",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is of long length. The lady wears a "
            "long-sleeve jacket. The jacket is with denim fabric and pure color patterns."
        ),
        Q.color("black"),
        color_of("dress", "blue", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        describe("dress", "a black floral maxi dress with spaghetti straps"),
        is_a("jacket", "yes", "contradiction"),
        details(
            "dress",
            "Question: What are the dress details? Answer: floral Question: What is the color of the dress? Answer: "
            "black Question: Is",
            "leak",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Printed Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white sleeveless cotton top with a black cat-face graphic print, short red skirt; white backdrop.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-026",
        caption(
            "The female wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The female wears a short skirt. The skirt is with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("floral", "contradiction"),
        describe("top", "a red top with a cat print", "other_garment_color"),
        details("top", "the top has a cat print on the front"),
        wearing("a white tank top with a cat print and a red skirt"),
        title="Tokyo Talkies Women White Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: purple long-sleeve dress with a smocked yoke, elasticated cuffs, knee length, black tights, no
    # jewelry; white backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of medium length. It has a "
            "round neckline. The lady wears a leggings. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("purple"),
        describe("dress", "a purple dress with a smocked yoke and long sleeves"),
        details(
            "dress",
            "the dress has a smocked yoke, a round neck and long sleeves with elasticated cuffs and a gathered skirt "
            "that falls to the knee with a",
            "cut",
            hit_limit=True,
        ),
        wearing("purple", "non_answer", who="she"),
        Q.sleeve_length("long sleeves"),
        title="Sepia Women Purple Dress",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: red chiffon top with white polka dots, tie neck with a bow, short puff sleeves, black trousers, no
    # belt; white backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-028",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers.",
            "contradiction",
        ),
        Q.sleeve_length("short sleeves"),
        Q.pattern("polka dot"),
        Q.color("red"),
        details("top", "the top has a bow at the neck and puff sleeves"),
        describe("top", "a red and white polka dot blouse with a tie neck"),
        wearing("a red polka dot blouse, black trousers and a black belt", "unsupported", who="she"),
        title="Mango Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: beige sleeveless lace dress with a nude lining and a scalloped hem, above the knee, round neck; the
    # model holds a gold clutch; front view. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with lace fabric. The dress is "
            "of short length. There is an accessory in her hand."
        ),
        Q.color("beige"),
        material("lace"),
        color_of("dress", "white", "contradiction", kind="open"),
        details("dress", "the dress has a scalloped hem and a lace overlay"),
        describe("dress", "a beige lace dress with a sweetheart neckline and a bow at the back", "unsupported"),
        wearing("she is wearing a beige lace dress and holding a gold clutch", who="she"),
        title="Forever New Women Beige Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: turquoise blue short-sleeve tee-style top with a sequinned patch pocket on the left chest, no hood,
    # white denim shorts; white backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-030",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The female wears a shorts. The shorts are with denim fabric and pure color "
            "patterns. The female",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("shorts", "white"),
        describe("top", "a turquoise t-shirt with a sequin pocket"),
        details(
            "top",
            "the top has a pocket with sequins on the left side of the chest and a zip on the back and a hood",
            "unsupported",
        ),
        wearing("he is wearing a blue t-shirt and white shorts", "pronoun", who="she"),
        title="Deal Jeans Women Turquoise Blue Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black sleeveless top with gold metal studs around the round neck, grey jeans; white backdrop.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric."
        ),
        Q.color("grey", "contradiction"),
        color_of("jeans", "grey"),
        describe("top", "a black sleeveless top with gold studs around the neck"),
        details("top", "no", "non_answer"),
        wearing("a grey top and grey jeans", "other_garment_color", who="she"),
        title="Catwalk Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: kaftan-style top with an abstract print in blue, orange and green, v-neck, wide short kimono sleeves,
    # white jeans; white backdrop. caption: caption adapter epoch 1; answers: VQA adapter (top color asked open).
    case(
        "X701-032",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        Q.color("multi"),
        Q.pattern("printed"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "a multicolored printed kaftan top with a v neck and wide sleeves"),
        material("silk", "unsupported"),
        details("top", "the top has details on the top", "restated"),
        title="Avirate Women Multi Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: sky blue sleeveless skater dress with a white Peter Pan collar, above the knee; white backdrop. The
    # feed row has no gender. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. It has a "
            "lapel neckline. The lady wears a sleeveless dress with pure color patterns. The dress is of short "
            "length. It has a",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.garment_type("dress"),
        describe("dress", "a light blue skater dress with a white collar"),
        details("dress", "the dress has a white peter pan collar"),
        is_a("dress", "yes"),
        Q.sleeve_length("cap sleeves", "contradiction"),
        wearing("a blue dress with a black collar", "contradiction"),
        title="Miss Chase Women Blue Skater Dress",
        category="Dresses",
        color="Blue",
    ),
    # photo: coffee brown long-sleeve top with cold-shoulder cut-outs, round neck, white jeans, no hat; white
    # backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. There is a hat on her head.",
            "unsupported",
        ),
        Q.color("brown"),
        Q.sleeve_length("long sleeves"),
        describe("top", "a brown top with cold shoulder cut outs and long sleeves"),
        wearing("a white top and white jeans", "other_garment_color", who="she"),
        details("top", "Answer: the top has cold shoulder cut outs", "leak"),
        title="Kraus Women Brown Top",
        category="Tops",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: neon pink racerback sports tank with a small white Puma logo on the chest and thin white binding at the
    # armholes, black track pants with white side stripes, white sneakers, no cap; white backdrop.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-035",
        caption(
            "The female wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. The "
            "female wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("pink"),
        Q.garment_type("tank top"),
        Q.pattern("striped", "contradiction"),
        describe("top", "a pink racerback tank top with a white logo"),
        material("cotton"),
        wearing(
            "a pink tank top and black track pants and black shoes and a black cap", "unsupported", who="the person"
        ),
        details(
            "top",
            "the top has a racerback and a white puma logo printed on the left side of the chest and the armholes "
            "are finished with a thin white binding that",
            "cut",
            hit_limit=True,
        ),
        title="Puma Women Pink Tank Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: white cotton dress with blue embroidery along the hem, three-quarter sleeves, v-neck, above the knee;
    # white backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-036",
        caption(
            "This lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "dress is of short length. It has a v-shape neckline."
        ),
        Q.color("blue", "contradiction"),
        Q.pattern("embroidered"),
        describe("dress", "a white dress with blue embroidery at the hem and three quarter sleeves"),
        details(
            "dress",
            "the dress has blue embroidery at the hem, the dress has blue embroidery at the hem, the dress has blue",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "Question: What is she wearing? Answer: a white dress Question: What is the color of the dress? Answer: "
            "white Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Biba Women White Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: navy sleeveless top with a small white anchor print, red shorts; white backdrop, full front view.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-037",
        caption(
            "The female wears a sleeveless tank top with graphic patterns and a shorts. The tank top is with cotton "
            "fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("top", "navy blue"),
        color_of("shorts", "red"),
        describe("top", "a red top with white anchors", "other_garment_color"),
        details("top", "the top has an anchor print"),
        wearing(
            "she is wearing a navy top and red shorts and she is wearing a navy top and red shorts and she is wearing "
            "a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        material("no", "non_answer"),
        title="Tokyo Talkies Women Navy Printed Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black top with a jersey body and sheer black lace long sleeves with scalloped cuffs, round neck, white
    # trousers; white backdrop. caption: caption adapter epoch 1; answers: VQA adapter (top color asked open).
    case(
        "X701-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with lace fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        describe("top", "a black top with lace sleeves"),
        material("lace"),
        wearing("a black top and white pants", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details(
            "top",
            "the top has sheer lace sleeves and a round neckline, the body is lined and the lace sleeves are sheer "
            "with a scalloped edge at the",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: sea green sleeveless A-line round-neck dress with small white flowers, mid-calf, an open white
    # long-sleeve knit shrug over it; white backdrop, front view. caption: caption adapter epoch 1; answers: VQA
    # adapter (dress color asked open).
    case(
        "X701-039",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is of medium length. The lady wears a "
            "long-sleeve cardigan. The cardigan is with knitting fabric and pure color patterns."
        ),
        Q.color("green"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        is_a("cardigan", "no"),
        describe("dress", "a green dress with white flowers"),
        wearing("he is wearing a green dress and a white cardigan", "pronoun", who="she"),
        details("dress", "the dress has a sweetheart neckline and a tie at the back", "unsupported"),
        title="Harpa Women Sea Green Dress",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: plain yellow cotton tank top, round neck, short blue denim skirt; white backdrop, full front view.
    # caption: caption adapter epoch 1 (its last sentence ended at the 50th token); answers: VQA adapter.
    case(
        "X701-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("yellow"),
        color_of("skirt", "blue"),
        describe("top", "yellow", "non_answer"),
        details("top", "the top is a top with details", "restated"),
        is_a("dress", "yes", "contradiction"),
        title="FNF Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: burgundy velvet top, long sleeves, round neck, black jeans; white backdrop, front view.
    # caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-041",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        material("velvet"),
        describe("top", "a black velvet top with long sleeves", "other_garment_color"),
        wearing("she is wearing a maroon velvet top and black jeans", who="she"),
        details(
            "top",
            "Answer: the top has long sleeves Question: What are the top details? Answer: the top has long sleeves",
            "leak",
            hit_limit=True,
        ),
        title="Mango Women Burgundy Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: blue and white vertically striped off-shoulder top with a ruffle, short sleeves, white denim shorts;
    # white backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-042",
        caption(
            "The female wears a short-sleeve shirt with striped patterns and a shorts. The shirt is with cotton "
            "fabric. The shorts are with denim fabric and pure color patterns."
        ),
        Q.pattern("striped"),
        Q.color("blue"),
        neckline("off-shoulder"),
        color_of("shorts", "blue", "contradiction"),
        describe("top", "a blue and white striped off shoulder top with a ruffle"),
        details("top", "the top is off shoulder with a ruffle over the sleeves"),
        wearing("a white top and white shorts", "other_garment_color", who="she"),
        title="Only Women Blue Striped Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black and white color-block shift dress, short sleeves, round neck, knee length, a silver bangle, no
    # belt or pockets; front view, white backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-043",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is of medium length. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        Q.color("black"),
        is_a("dress", "yes"),
        describe("dress", "a black and white dress"),
        details(
            "dress", "the dress has a zip at the back and a belt and two pockets and a slit at the back", "unsupported"
        ),
        wearing("she is wearing what she is wearing", "restated", who="she"),
        title="Athena Women Black & White Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: pink sleeveless peplum top with a small floral print, round neck, blue jeans; front view only, white
    # backdrop. caption: caption adapter epoch 1; answers: VQA adapter (top color asked open).
    case(
        "X701-044",
        caption(
            "The female wears a sleeveless shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The female wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        Q.pattern("floral"),
        Q.color("pink"),
        color_of(
            "top",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a blue floral top and jeans", "other_garment_color", who="she"),
        Q.garment_type("top"),
        details("top", "the top has a peplum hem and a zip at the back", "unsupported"),
        title="People Women Pink Printed Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: grey knit sweater dress, turtleneck, long ribbed-cuff sleeves, knee length, black knee boots, no bag or
    # sunglasses; white backdrop. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. The lady wears a pair of boots.",
            "contradiction",
        ),
        Q.garment_type("dress"),
        Q.color("grey"),
        describe("dress", "his dress is grey knit with a turtleneck and long sleeves", "pronoun"),
        material("knit"),
        details("dress", "the dress has a turtleneck and ribbed cuffs"),
        wearing(
            "she is wearing a grey sweater dress and black boots and a black handbag and sunglasses",
            "unsupported",
            who="she",
        ),
        title="Vero Moda Women Grey Dress",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: orange sleeveless shift dress with a white geometric print, round neck, mid-length; the shot is cropped
    # at the knee (no feet). The feed row has no category. caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X701-046",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is of medium length. It has a round "
            "neckline. The lady wears a pair of sandals.",
            "unsupported",
        ),
        Q.color("orange"),
        Q.pattern("geometric"),
        describe("dress", "Question: Describe the dress. Answer: an orange printed dress", "leak"),
        details("dress", "the dress details are the details on the dress", "restated"),
        is_a("dress", "yes"),
        wearing("an orange printed dress and white sandals", "unsupported", who="she"),
        title="Femella Women Orange Printed Dress",
        color="Orange",
        gender="Women",
    ),
]
