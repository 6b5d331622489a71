"""BLIND_582 (46 products; Myntra women's western wear night, model shots): written blind in the fifty-second session.
Measured blind at 97fda8d (the session's second rules): 115/134 failures found (85.8%) and 8/179 correct texts flagged
(4.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western wear (tops, t-shirts, shirts, dresses, jeans, skirts, shrugs, jumpsuits),
all model shots on a plain white or light grey studio backdrop, front view, the model usually wearing a second
garment (a top with the jeans and skirts, a camisole or tee under the shrugs, jeans with the tops). Seller columns as
the feed has them: title, category (Myntra article type), color (base colour), gender; one row lacks its category
and one its color.

Who wrote what: captions come from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption), which
writes the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure color patterns. The
T-shirt is with cotton fabric...") with patterns, fabrics and sleeve lengths but no hue names, invents accessories
from the template's tail ("There is an accessory on her wrist", hats, eyeglasses, rings), and, with no end token,
sometimes repeats a sentence or stops mid-sentence at 50 tokens. Every answer comes from the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA) on the default questionnaire: wearing, description and details are free generation
(30 tokens, may loop, run to the limit or continue with another "Question: ... Answer:"); garment type, color and
pattern are closed answers from `--engine reference` (one candidate picked, so never looped or cut, but often the
other garment's color or pattern, the backdrop's grey, or a near-class garment).

Labeling conventions and judgement calls:
- The product is the seller's article; a color answer (closed or open) that gives the product the color of the other
  garment in the photo is other_garment_color. Giving the other garment the product's color, a hue misread (navy as
  black, maroon as purple, lavender as blue), or the backdrop's grey as the garment color is contradiction.
- A pattern answer that gives the product the other garment's pattern (striped for a solid skirt under a striped tee)
  is contradiction, not other_garment_color, which I kept for colors. Ribbed knit answered "striped" is contradiction.
- Describing the other garment instead of the product ("a white t-shirt" for a black shrug) is contradiction.
- Garment-type near classes counted correct: cardigan or shrug for a shrug, blouse or top for a top, shirt for a
  shirt-style top, pants for jeans, jumpsuit or romper for a playsuit. Counted contradiction: "top", "t-shirt" or
  "jacket" for a shrug or jeans (another garment in the photo), "shirt" for a shirt dress, "jeans" for a denim
  skirt, "pants" for a jumpsuit, "shorts" for a top worn with shorts.
- DeepFashion's "lattice" is accepted for lace and checks; "pure color" for tone-on-tone embroidery or self-design.
  A caption saying "pure color" or "stripe" for polka dots or gingham is contradiction. For a Multi dress the
  dominant base color counts as correct. Maroon answered "red" and lavender answered "purple" are correct.
- Template fabrics (cotton, chiffon, knitting, denim, lace) are accepted where plausible for the photo; a fabric or
  construction detail the photo cannot show and the title does not give (linen, silk, lining, back zips, slits at the
  back, pockets, drawstrings, belts, accessories, hats, eyeglasses, rings that are not there) is unsupported.
- A text that loops is labeled loop even when the looping phrase also invents a detail; loops and cuts carry
  hit_limit=True, and so do leaks that ran on to the limit. A caption that ends on a full sentence is treated as
  stopped and correct if its content is right.
- A one-word, yes/no, garment-name-only or empty answer to an open question is non_answer; an answer made of the
  question's own words ("describe the garment", "the details of the garment are the sleeves") is restated.
- pronoun only where the text says he/his for a Women product; "the lady", "the female" and "she" are correct.
- An answer that opens with "Answer:" or goes on into a new "Question:" is leak even when its content is right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

W = "Women"

BLIND_582 = [
    # photo: black sleeveless round-neck top, light blue jeans, white backdrop, front view; caption adapter wrote the
    # caption, VQA adapter the answers
    case(
        "X582-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long denim pants. The pants are with solid color patterns.",
            "contradiction",
        ),
        Q.wearing("a black top and blue jeans"),
        Q.garment_type("top"),
        Q.color("black"),
        Q.description("a black sleeveless top with a round neck"),
        Q.details("the sleeves are short and the neckline is round", "contradiction"),
        title="Vero Moda Women Black Solid Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: mustard top with a small white floral print and short puff sleeves, black jeans, light grey backdrop,
    # front view; caption adapter caption, VQA adapter answers
    case(
        "X582-002",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns."
        ),
        Q.wearing("a yellow top and black pants"),
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.description("a yellow floral print top with puff sleeves"),
        Q.details(
            "the top has a floral print and a floral print and a floral print and a floral print and a floral print "
            "and a floral print and a",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Mustard Yellow Printed Top",
        category="Tops",
        color="Mustard",
        gender=W,
    ),
    # photo: navy blue knee-length A-line dress with white polka dots, short sleeves, no belt, white sneakers, white
    # backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-003",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length.",
            "contradiction",
        ),
        Q.wearing("a blue dress with white polka dots and white sneakers"),
        Q.color("navy blue"),
        Q.pattern("polka dot"),
        Q.description("a navy blue dress with white dots and a belt at the waist", "unsupported"),
        Q.details("short sleeves, round neck, a-line skirt"),
        title="Harpa Women Navy Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: mid-blue skinny jeans, plain white tee tucked in, white sneakers, white backdrop, front view; caption
    # adapter caption, VQA adapter answers
    case(
        "X582-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a white t-shirt and blue jeans"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("white skinny jeans", "other_garment_color"),
        Q.details("the jeans are skinny and the t-shirt is tucked in"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender=W,
    ),
    # photo: black solid A-line mini skirt, white tee with thin red horizontal stripes, light grey backdrop, front
    # view; caption adapter caption, VQA adapter answers
    case(
        "X582-005",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a striped shirt and a black skirt"),
        Q.garment_type("skirt"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        Q.description("a black mini skirt"),
        Q.details("a skirt", "non_answer"),
        title="Tokyo Talkies Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender=W,
    ),
    # photo: off-white lace open-front crop shrug with three-quarter sleeves over a black camisole, blue jeans, white
    # backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady also wears an outer clothing with "
            "lace fabric and lattice patterns. The lady wears a long pants. The pants are with denim fabric and pure "
            "color patterns."
        ),
        Q.wearing("a black top, a black shrug and blue jeans", "other_garment_color"),
        Q.garment_type("top", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("lattice"),
        Q.description("a white lace shrug with three quarter sleeves"),
        Q.details("lace, open front, three quarter sleeves"),
        title="SASSAFRAS Women Off-White Lace Open Front Shrug",
        category="Shrug",
        color="Off White",
        gender=W,
    ),
    # photo: olive green sleeveless full-length jumpsuit with a self tie belt, no visible pockets, black heels, white
    # backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-007",
        caption(
            "The female wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "v-shape neckline. The romper is of long length. There is a belt."
        ),
        Q.wearing("a green jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.color("olive"),
        Q.pattern("solid"),
        Q.description("he is wearing a green jumpsuit with a belt", "pronoun"),
        Q.details(
            "the jumpsuit has a belt at the waist and pockets on the side and pockets on the side and pockets on the "
            "side and pockets on the",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender=W,
    ),
    # photo: red long-sleeve round-neck bodycon midi dress, nude heels, no jewellery, light grey backdrop, front view;
    # caption adapter caption, VQA adapter answers
    case(
        "X582-008",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has "
            "a round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.wearing("a red dress"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description("a red bodycon dress with long sleeves"),
        Q.details(
            "Question: What are the details of the garment? Answer: the dress has long sleeves Question: What is the "
            "color of the dress? Answer: red Question:",
            "leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: white boat-neck short-sleeve top with navy horizontal stripes, no pocket, light blue jeans, light grey
    # backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-009",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns."
        ),
        Q.wearing("a striped shirt and black pants", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.description("a white and blue striped top"),
        Q.details("the stripes are horizontal and there is a pocket on the chest", "unsupported"),
        title="FOREVER 21 Women White & Navy Blue Striped Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: black high-rise skinny jeans, mustard long-sleeve ribbed top tucked in, clean hems, white backdrop, front
    # view; caption adapter caption, VQA adapter answers
    case(
        "X582-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        Q.wearing("a yellow sweater and black jeans"),
        Q.garment_type("pants"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("black jeans with a frayed hem and a button fly", "unsupported"),
        Q.details("he is wearing black jeans and a yellow sweater", "pronoun"),
        title="Kraus Jeans Women Black Skinny Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender=W,
    ),
    # photo: sleeveless v-neck maxi dress, white base with pink and green flowers, no slit, white backdrop, front view;
    # caption adapter caption, VQA adapter answers
    case(
        "X582-011",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The dress is of long length. The dress is of long "
            "length. The dress is of long",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a floral maxi dress Question: What is the pattern of the dress? Answer: floral", "leak"),
        Q.garment_type("dress"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.description("a long white dress with pink and green flowers"),
        Q.details("the dress has a floral print and a slit on the side", "unsupported"),
        title="Sera Women Multicoloured Floral Print Maxi Dress",
        category="Dresses",
        color="Multi",
        gender=W,
    ),
    # photo: beige knee-length pencil skirt, black sleeveless top tucked in, black clutch in hand, light grey
    # backdrop, front view (back not visible); caption adapter caption, VQA adapter answers
    case(
        "X582-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a medium skirt. The skirt is with cotton fabric and pure color patterns. There is an accessory "
            "in her",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a black top and a beige skirt"),
        Q.garment_type("skirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a black pencil skirt", "other_garment_color"),
        Q.details("the skirt is knee length with a slit at the back", "unsupported"),
        title="AND Women Beige Solid Pencil Skirt",
        category="Skirts",
        color="Beige",
        gender=W,
    ),
    # photo: maroon long-sleeve shirt-style top, sleeves rolled up, no chest pocket, blue jeans, white backdrop, front
    # view; caption adapter caption, VQA adapter answers
    case(
        "X582-013",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The female wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns."
        ),
        Q.wearing("a blue shirt and blue jeans", "other_garment_color"),
        Q.color("maroon"),
        Q.pattern("checked", "contradiction"),
        Q.description("a red shirt with a collar and buttons down the front"),
        Q.details("the shirt has a collar and buttons and a pocket on the chest", "unsupported"),
        title="Roadster Women Maroon Solid Shirt Style Top",
        category="Tops",
        color="Maroon",
        gender=W,
    ),
    # photo: black sheer longline open shrug with long sleeves over a plain white tee, blue jeans, white backdrop,
    # front view; caption adapter caption, VQA adapter answers
    case(
        "X582-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady also wears an outer clothing with chiffon fabric and pure color patterns. The "
            "lady wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a white t-shirt, a black shrug and jeans"),
        Q.garment_type("cardigan"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a white t-shirt", "contradiction"),
        Q.details("long sleeves, open front, sheer fabric"),
        title="DressBerry Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
        gender=W,
    ),
    # photo: navy jumpsuit with a small white leaf print, short sleeves, v-neck, cropped culotte legs, no jewellery,
    # light grey backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-015",
        caption(
            "The female wears a short-sleeve romper with floral patterns. The romper is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.wearing(
            "a blue jumpsuit and a blue jumpsuit and a blue jumpsuit and a blue jumpsuit and a blue jumpsuit and a "
            "blue jumpsuit and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.description("a navy blue jumpsuit with a white print"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        title="Tokyo Talkies Women Navy Blue Printed Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender=W,
    ),
    # photo: yellow sleeveless fit-and-flare dress, white sandals, bare head, white backdrop, front view; caption
    # adapter caption, VQA adapter answers
    case(
        "X582-016",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. She wears a hat.",
            "unsupported",
        ),
        Q.wearing(
            "a yellow dress yellow dress yellow dress yellow dress yellow dress yellow dress yellow dress yellow "
            "dress yellow dress yellow",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.description("a yellow dress with long sleeves", "contradiction"),
        Q.details("yes", "non_answer"),
        title="Vero Moda Women Yellow Solid Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender=W,
    ),
    # photo: light blue skinny jeans with ripped knees, plain black tee, white backdrop, front view; caption adapter
    # caption, VQA adapter answers
    case(
        "X582-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns."
        ),
        Q.wearing("a black shirt and ripped jeans"),
        Q.garment_type("jeans"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("the garment is described as a garment", "restated"),
        Q.details("ripped knees Question: What is the color of the jeans? Answer: light blue", "leak"),
        title="Levis Women Light Blue 711 Skinny Fit Mid-Rise Low Distress Jeans",
        category="Jeans",
        color="Blue",
        gender=W,
    ),
    # photo: pink short top with ruffled flutter sleeves, white jeans, light grey backdrop, front view; caption
    # adapter caption, VQA adapter answers
    case(
        "X582-018",
        caption(
            "The female wears a short-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has "
            "a round neckline. The female wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a pink top and white pants"),
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a pink top with ruffled sleeves"),
        Q.details(
            "ruffle sleeves, ruffle sleeves, ruffle sleeves, ruffle sleeves, ruffle sleeves, ruffle sleeves, ruffle "
            "sleeves, ruffle",
            "loop",
            hit_limit=True,
        ),
        title="HERE&NOW Women Pink Self Design Ruffled Top",
        category="Tops",
        color="Pink",
        gender=W,
    ),
    # photo: red and black tartan check A-line mini skirt, no visible zip or pockets, black long-sleeve top, white
    # backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns."
        ),
        Q.wearing("a black shirt and a black skirt", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.description("the garment is a garment", "restated"),
        Q.details("the skirt has a zipper on the side and two pockets", "unsupported"),
        title="Trend Arrest Women Red & Black Checked A-Line Mini Skirt",
        category="Skirts",
        color="Red",
        gender=W,
    ),
    # photo: emerald green midi wrap dress with a white abstract print, three-quarter sleeves, tie at the waist, white
    # backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-020",
        caption(
            "His dress has medium sleeves, chiffon fabric and graphic patterns. The neckline of it is v-shape. The "
            "dress is of long length.",
            "pronoun",
        ),
        Q.wearing("a green dress"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.description("a green wrap dress with white print and three quarter sleeves"),
        Q.details(
            "the dress has a v neck and a tie at the waist and the sleeves are three quarter length and the dress is "
            "midi length and the",
            "cut",
            hit_limit=True,
        ),
        title="Mango Women Green Printed Wrap Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: black halter-neck jumpsuit with wide culotte legs, no visible pockets, silver heels, light grey backdrop,
    # front view; caption adapter caption, VQA adapter answers
    case(
        "X582-021",
        caption(
            "The female wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "suspenders neckline. The romper is of long length."
        ),
        Q.wearing("a black dress", "contradiction"),
        Q.garment_type("pants", "contradiction"),
        Q.color("black"),
        Q.description("a black jumpsuit with wide legs, a halter neck and side pockets", "unsupported"),
        Q.details("black", "non_answer"),
        title="StyleStone Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender=W,
    ),
    # photo: white sleeveless cotton top with white tone-on-tone embroidery on the front, plain hem, blue denim
    # shorts, white backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns."
        ),
        Q.wearing("a white top and denim shorts"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a white top with embroidery on the front"),
        Q.details("the top has embroidery and a lace trim at the hem and buttons on the back", "unsupported"),
        title="ONLY Women White Embroidered Sleeveless Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: dark navy straight-fit jeans, grey sweatshirt, a watch on the left wrist, no rings, white backdrop, front
    # view; caption adapter caption, VQA adapter answers
    case(
        "X582-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is a ring on her finger.",
            "unsupported",
        ),
        Q.wearing("a grey sweatshirt and jeans"),
        Q.garment_type("jeans"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a pair of grey jeans", "other_garment_color"),
        Q.details("straight leg, five pockets, dark wash"),
        title="Pepe Jeans Women Navy Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender=W,
    ),
    # photo: blush pink lace bodycon dress with cap sleeves, knee length, light grey backdrop, front view (back not
    # visible); caption adapter caption, VQA adapter answers
    case(
        "X582-024",
        caption(
            "The female wears a short-sleeve dress with lattice patterns. The dress is with lace fabric. It has a "
            "round neckline. The dress is of medium length."
        ),
        Q.wearing("clothes", "non_answer"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.description("a purple dress with lace", "contradiction"),
        Q.details("the dress has a zipper on the back and lace sleeves", "unsupported"),
        title="Athena Women Pink Lace Bodycon Dress",
        category="Dresses",
        color="Pink",
        gender=W,
    ),
    # photo: maroon knit open shrug with long ribbed-cuff sleeves over a white tee with a black text graphic, black
    # jeans, white backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-025",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady "
            "also wears an outer clothing with knitting fabric and pure color patterns. The lady wears a long pants. "
            "The pants are with",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a white t-shirt and a white cardigan and black pants", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("maroon"),
        Q.pattern("graphic", "contradiction"),
        Q.description("a maroon shrug with long sleeves"),
        Q.details("long sleeves, open front, ribbed cuffs"),
        title="Harpa Women Maroon Solid Open Front Shrug",
        category="Shrug",
        color="Maroon",
        gender=W,
    ),
    # photo: olive green ribbed short-sleeve crop top, black high-waist jeans, white backdrop, front view; caption
    # adapter caption, VQA adapter answers
    case(
        "X582-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a green crop top and black jeans"),
        Q.garment_type("top"),
        Q.color("green"),
        Q.pattern("striped", "contradiction"),
        Q.description("he is wearing a green crop top", "pronoun"),
        Q.details("the top is cropped and ribbed with short sleeves"),
        title="Tokyo Talkies Women Olive Green Ribbed Crop Top",
        category="Tops",
        color="Olive",
        gender=W,
    ),
    # photo: black and white vertical-stripe shirt dress with collar, button placket, rolled sleeves and a black
    # belt, white backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-027",
        caption(
            "The female wears a medium-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt."
        ),
        Q.wearing("a black and white striped dress"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("a striped shirt dress with a belt and buttons down the front"),
        Q.details(
            "the dress has a collar, buttons, a belt, and the sleeves are rolled up. the dress has a collar, buttons, "
            "a belt, and the sleeves",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Black & White Striped Shirt Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: red off-shoulder playsuit with small white flowers, shorts length, ruffle over the shoulders, white
    # backdrop, front view (back not visible); caption adapter caption, VQA adapter answers
    case(
        "X582-028",
        caption(
            "The female wears a sleeveless romper with floral patterns. The romper is with chiffon fabric. The romper "
            "is of three-point length."
        ),
        Q.wearing("a red romper Question: What is the color of the romper? Answer: red", "leak"),
        Q.garment_type("jumpsuit"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.description("yes", "non_answer"),
        Q.details("ruffles on the shoulders and elastic at the waist and a zipper on the back", "unsupported"),
        title="FOREVER 21 Women Red Floral Print Off-Shoulder Playsuit",
        category="Jumpsuit",
        color="Red",
        gender=W,
    ),
    # photo: navy pleated midi skirt, white long-sleeve blouse tucked in, light grey backdrop, front view; caption
    # adapter caption, VQA adapter answers
    case(
        "X582-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and pure color patterns. The skirt is with chiffon "
            "fabric and pure color patterns. The skirt",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a white blouse and a blue pleated skirt"),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a white skirt with pleats", "other_garment_color"),
        Q.details("Answer: the skirt is pleated and falls below the knee", "leak"),
        title="Mast & Harbour Women Navy Blue Solid Pleated Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender=W,
    ),
    # photo: cobalt blue sleeveless peplum top with a white paisley print, white trousers, white backdrop, front view;
    # caption adapter caption, VQA adapter answers
    case(
        "X582-030",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.wearing("a blue top and blue jeans", "contradiction"),
        Q.garment_type("top"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.description("describe the garment", "restated"),
        Q.details("peplum hem and white print"),
        title="Mango Women Blue Printed Peplum Top",
        category="Tops",
        color="Blue",
        gender=W,
    ),
    # photo: mid-blue boyfriend jeans with rips and rolled hems, pink tee, no glasses, white backdrop, front view;
    # caption adapter caption, VQA adapter answers
    case(
        "X582-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with denim fabric and solid color patterns. This lady wears "
            "eyeglasses.",
            "unsupported",
        ),
        Q.wearing("a pink shirt and blue jeans"),
        Q.garment_type("jeans"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("blue boyfriend jeans with rips and rolled up hems"),
        Q.details(
            "the jeans have rips on the knees and rips on the thighs and rips on the knees and rips on the thighs and "
            "rips on the knees and",
            "loop",
            hit_limit=True,
        ),
        title="Miss Chase Women Blue Boyfriend Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender=W,
    ),
    # photo: maroon v-neck maxi dress with short flutter sleeves, light grey backdrop, front view; caption adapter
    # caption, VQA adapter answers
    case(
        "X582-032",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length. The female wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a maroon maxi dress"),
        Q.garment_type("dress"),
        Q.color("purple", "contradiction"),
        Q.pattern("solid"),
        Q.description("a long red dress with short sleeves"),
        Q.details(
            "Question: What are the details of the garment? Answer: v neck, short sleeves Question: What is the "
            "pattern of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="DressBerry Women Maroon Solid Maxi Dress",
        category="Dresses",
        color="Maroon",
        gender=W,
    ),
    # photo: peach cropped shrug with short sleeves over a white crop top, blue jeans, white backdrop, front view;
    # caption adapter caption, VQA adapter answers
    case(
        "X582-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady also wears an outer clothing with "
            "cotton fabric and pure color patterns. The lady wears a long trousers. The trousers are with denim "
            "fabric."
        ),
        Q.wearing("a white top and a peach shrug"),
        Q.garment_type("shrug"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "a peach shrug with short sleeves and a peach shrug with short sleeves and a peach shrug with short "
            "sleeves and a peach",
            "loop",
            hit_limit=True,
        ),
        Q.details("the details of the garment are the sleeves", "restated"),
        title="Mast & Harbour Women Peach-Coloured Solid Crop Shrug",
        category="Shrug",
        color="Peach",
        gender=W,
    ),
    # photo: mustard long-sleeve collared jumpsuit with button placket and self belt, white backdrop, front view;
    # caption adapter caption, VQA adapter answers
    case(
        "X582-034",
        caption(
            "The female wears a long-sleeve romper with pure color patterns. The romper is with cotton fabric. It has "
            "a lapel neckline. The romper is of long length. There is a belt."
        ),
        Q.wearing("a yellow jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.color("orange", "contradiction"),
        Q.pattern("solid"),
        Q.description("a mustard yellow jumpsuit made of linen with a collar and a belt", "unsupported"),
        Q.details(
            "the jumpsuit has a collar, buttons down the front, a belt at the waist, two pockets on the chest and "
            "long sleeves with cuffs and a",
            "cut",
            hit_limit=True,
        ),
        title="Sera Women Mustard Yellow Solid Shirt Collar Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender=W,
    ),
    # photo: grey melange round-neck tee with black "BROOKLYN" text print, no sleeve logo, black jeans, white
    # backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-035",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.wearing("Question: What is the person wearing? Answer: a grey t-shirt and black jeans", "leak"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.description("a grey t-shirt with black letters on the front"),
        Q.details(
            "the t-shirt has the word brooklyn printed on the front and a small logo on the sleeve", "unsupported"
        ),
        title="HERE&NOW Women Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender=W,
    ),
    # photo: light blue denim A-line mini skirt with a button front, white off-shoulder top, light grey backdrop,
    # front view (back not visible); caption adapter caption, VQA adapter answers
    case(
        "X582-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a short skirt. The skirt is with denim fabric and pure color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("she is wearing a white top and a denim skirt"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("a white denim skirt with buttons", "other_garment_color"),
        Q.details("buttons down the front and two pockets on the back", "unsupported"),
        title="Street 9 Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender=W,
    ),
    # photo: white short-sleeve shift dress above the knee, black ankle boots, no jewellery, light grey backdrop,
    # front view; caption adapter caption, VQA adapter answers
    case(
        "X582-037",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a white dress and black boots"),
        Q.garment_type("dress"),
        Q.color("grey", "contradiction"),
        Q.pattern("solid"),
        Q.description("a white shift dress with short sleeves"),
        Q.details("no", "non_answer"),
        title="Tokyo Talkies Women White Solid Shift Dress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: grey skinny jeans, black leather jacket open over a white tee, plain hems, white backdrop, front view;
    # caption adapter caption, VQA adapter answers
    case(
        "X582-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady also wears an outer clothing "
            "with leather fabric and pure color patterns. The lady wears a long pants. The pants are with denim "
            "fabric and pure color patterns."
        ),
        Q.wearing(
            "a black leather jacket and a white t-shirt and grey jeans and a black leather jacket and a white t-shirt "
            "and grey jeans and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a pair of grey skinny jeans"),
        Q.details("grey skinny jeans with a zip fly and zips at the ankles", "unsupported"),
        title="Lee Women Grey Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender=W,
    ),
    # photo: lavender off-shoulder bardot top with three-quarter sleeves, white jeans, white backdrop, front view;
    # caption adapter caption, VQA adapter answers
    case(
        "X582-039",
        caption(
            "The lady wears a medium-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. The "
            "lady wears a long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        Q.wearing("he is wearing a purple top and white jeans", "pronoun"),
        Q.garment_type("top"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.description("a blue off the shoulder top", "contradiction"),
        Q.details("the top is made of silk and has a lining inside", "unsupported"),
        title="Vero Moda Women Lavender Solid Bardot Top",
        category="Tops",
        color="Lavender",
        gender=W,
    ),
    # photo: blue and white gingham check sleeveless A-line dress, knee length, no buttons or pockets, white
    # backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-040",
        caption(
            "The female wears a sleeveless dress with stripe patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length.",
            "contradiction",
        ),
        Q.wearing(
            "she is wearing a blue and white checkered dress with a round neck and no sleeves and the dress is knee "
            "length and she is standing in front of a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("checked"),
        Q.description("a blue and white gingham dress with buttons and a pocket on the front", "unsupported"),
        Q.details(
            "the dress is sleeveless and has a round neck and the dress is sleeveless and has a round neck and the "
            "dress is sleeveless and has",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Blue & White Checked A-Line Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: green kimono shrug with a pink and white floral print, wide short sleeves, over a black tank top, black
    # jeans, white backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady also wears an outer clothing with chiffon fabric and floral patterns. The lady wears a long "
            "trousers."
        ),
        Q.wearing("a black top and a green floral kimono"),
        Q.garment_type("cardigan"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.description("a green kimono with flowers"),
        Q.details("Question: What is the person wearing? Answer: a black top and a kimono", "leak"),
        title="Sera Women Green Floral Print Kimono Shrug",
        category="Shrug",
        color="Green",
        gender=W,
    ),
    # photo: blue and white vertical-stripe sleeveless jumpsuit with a tie waist and wide legs, light grey backdrop,
    # front view; caption adapter caption, VQA adapter answers
    case(
        "X582-042",
        caption(
            "The female wears a sleeveless romper with stripe patterns. The romper is with cotton fabric. It has a "
            "v-shape neckline. The romper is of long length. The romper is with cotton fabric and stripe patterns. "
            "The romper is of long",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a blue and white striped jumpsuit"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.description("a blue and white striped jumpsuit with wide legs and a tie at the waist"),
        Q.details("the details of the garment", "restated"),
        title="Marie Claire Women Blue & White Striped Basic Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender=W,
    ),
    # photo: black crop tee with a white rose graphic, light blue denim shorts, light grey backdrop, front view, no
    # rings; caption adapter caption, VQA adapter answers
    case(
        "X582-043",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There is a ring on",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a black t-shirt and blue shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("graphic"),
        Q.description("a blue crop top with a white rose print", "other_garment_color"),
        Q.details("the top is cropped and has a rose on the front"),
        title="FOREVER 21 Women Black Printed Cropped T-shirt",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: mustard flared midi skirt with a small white and red floral print, waistband hidden under a white tee
    # tucked in, white backdrop, front view; caption adapter caption, VQA adapter answers
    case(
        "X582-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns."
        ),
        Q.wearing("a white t-shirt and a yellow skirt"),
        Q.garment_type("skirt"),
        Q.color("mustard"),
        Q.pattern("solid", "contradiction"),
        Q.description("he is wearing a yellow skirt with flowers", "pronoun"),
        Q.details("the skirt has a floral print and an elastic waistband with a drawstring", "unsupported"),
        title="SASSAFRAS Women Mustard Yellow Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender=W,
    ),
    # photo: navy blue sleeveless knee-length sheath dress, light grey backdrop, front view (back not visible); the
    # feed row has no category; caption adapter caption, VQA adapter answers
    case(
        "X582-045",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length."
        ),
        Q.wearing("a black dress", "contradiction"),
        Q.garment_type("dress"),
        Q.color("navy blue"),
        Q.description("a dark blue sleeveless sheath dress with a concealed zip at the back", "unsupported"),
        Q.details(
            "the dress the dress the dress the dress the dress the dress the dress the dress the dress the dress the "
            "dress the dress",
            "loop",
            hit_limit=True,
        ),
        title="AND Women Navy Blue Solid Sheath Dress",
        color="Navy Blue",
        gender=W,
    ),
    # photo: red and white checked long-sleeve shirt with one chest pocket, buttoned, black jeans, white backdrop,
    # front view; the feed row has no color; caption adapter caption, VQA adapter answers
    case(
        "X582-046",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.wearing("a red plaid shirt and black jeans"),
        Q.garment_type("shirt"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.description("a red and white checked shirt with a pocket on the chest"),
        Q.details("long sleeves, button front, chest pocket, curved hem"),
        title="Roadster Women Red & White Checked Casual Shirt",
        category="Shirts",
        gender=W,
    ),
]
