"""BLIND_900 (46 products; old Myntra feed, women's western, caption+QA): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 93/122 failures found (76.2%) and 9/173 correct texts flagged
(5.2%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed (short seller titles such as "Vero Moda Women Black Top"), women's western
wear only: tops, t-shirts, shirts, dresses, skirts, jeans, trousers, shorts, jackets, sweaters and sweatshirts. The
photos are the shared photos' kind: a model on a white studio backdrop, front view unless said, wearing the product
with other clothes (jeans under a top, a tee under an open jacket), a few cropped at the waist, one back view. Feed
columns: title, category (the seller's article type), color (the seller's base colour) and gender; one row lacks the
color, one the gender, one the category, as real feeds do. One seller color is wrong (a "Brown" top that is maroon).

Who wrote what: the caption comes first, from the epoch-1 caption adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch) on blip2-opt-2.7b, 50 new tokens, greedy. It mixes the base model's hue
words into the DeepFashion template ("the lady wears a short-sleeve t-shirt with pure color patterns ... the t-shirt
is with cotton fabric"), stops on its own about half the time, and otherwise runs to the limit and is cut or loops;
it invents wrist accessories, rings, pockets and fabrics, and now and then runs on into an invented
"Question: ... Answer: ..." turn. Six products (004, 012, 018, 025, 035, 043) came from a shard where the adapter
failed to load and the untuned base captioned instead: short, lowercase, stops on the newline. The open answers
(wearing, describe, details, material, and the color question where marked open) are spans the extractive QA model
(mdeberta-v3-base-squad2) took from that caption: they copy the caption verbatim, inherit its loops, cuts, leaks and
inventions, and are empty when it found no span. Closed answers (garment type, color, pattern, sleeve length, the
yes/no "Is this a ...?" and the color question where marked closed) come from enrich's --engine reference: one
candidate value each, so they never loop or stop short, but often pick the other garment's color.

Labeling conventions and judgement calls:
- Correctness is judged against the photo, not the seller: "maroon" for the seller's "Brown" top (035) is correct.
- A coarser or neighbouring name for the same hue is correct: red for maroon, white for cream, purple for lavender,
  pink for magenta, orange for rust, green for teal. Orange for mustard and black for charcoal are contradictions.
- other_garment_color: a color answer that belongs to another thing in the photo (the jeans, the inner tee, the
  belt, the shoes, a handbag) given as the product's color. A color taken from the product's own print (the red logo
  on a white tee, the yellow graphic on a black tee) is a contradiction, not another garment's color.
- contradiction: a wrong hue, pattern, sleeve length or garment type, a wrong yes to "Is this a ...?", or another
  garment's material or pattern given for the product.
- unsupported: a detail the photo does not show (a bracelet, a ring, sunglasses, a hat, pockets, a drawstring,
  buttons on the front of a back view, a zipper at the back of a front view) or a fabric the photo contradicts
  (chiffon for a matte poplin dress, silk for a jersey wrap top), when no other text or catalog column says otherwise.
- An extractive span copied from a failing part of the caption carries that part's kind on its own (a details span
  that names an invented accessory is unsupported; a span that ends where the cut caption ends is cut).
- One label per text, the most visible: leak over loop over cut over pronoun over the content kinds. A caption that
  loops or is cut is labeled loop or cut even when it also says something wrong.
- non_answer: an empty span, a span that is only "a woman", or a span that is not of the kind asked (a pattern or a
  color given for the color or material question: "floral patterns", "denim patterns", "pink").
- restated: a describe or details answer that is only the garment with at most its color ("blue jeans", "white
  pants", "a maroon top"); one that adds material, print or cut ("a blue denim skirt") is correct.
- pronoun: "man", "he" or "his" for a Women's product; "sweater" for a sweatshirt and "pants" for trousers are fine.
- A true but partial answer (the jacket and the tee but not the jeans) is correct.
- hit_limit is set on captions that ran to 50 tokens; extractive spans never carry it, even when cut.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_900 = [
    # photo: woman in a black sleeveless round-neck top and blue skinny jeans, white backdrop, front view; adapter
    # caption (stopped), extractive QA spans, reference closed answers
    case(
        "X900-001",
        caption("the woman is wearing a black sleeveless top with a round neckline and a pair of blue jeans."),
        wearing("a black sleeveless top with a round neckline and a pair of blue jeans", who="she"),
        color_of("top", "black", kind="open"),
        Q.garment_type("top"),
        Q.sleeve_length("short", "contradiction"),
        material("", "non_answer"),
        Q.color("blue", "other_garment_color"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white crew-neck short-sleeve tee with a red and navy Fila logo on the chest, grey melange track pants,
    # white backdrop, front view; adapter caption (ran to the limit, loops), extractive spans, reference closed
    case(
        "X900-002",
        caption(
            "the lady wears a short-sleeve t-shirt with graphic patterns and a long pants. the t-shirt is with cotton"
            " fabric and its neckline is crew. the pants are with cotton fabric and pure color patterns. the pants"
            " are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "a short-sleeve t-shirt with graphic patterns"),
        material("cotton"),
        color_of("t-shirt", "red", "contradiction"),
        Q.pattern("graphic"),
        details("t-shirt", "its neckline is crew"),
        title="Fila Women White Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: navy blue knee-length A-line dress with a small white floral print, short sleeves, round neck, matte
    # cotton poplin, tan sandals, no jewellery, white backdrop; adapter caption (cut at the limit), extractive spans
    case(
        "X900-003",
        caption(
            "the female is wearing a short-sleeve dress with floral patterns. the dress is of knee length. it is with"
            " chiffon fabric and it has a v-shape neckline. there is an accessory on her wrist. the lady wears a"
            " pair of",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "a short-sleeve dress with floral patterns"),
        Q.color("navy blue"),
        color_of("dress", "floral patterns", "non_answer", kind="open"),
        details("dress", "there is an accessory on her wrist", "unsupported"),
        material("chiffon", "unsupported"),
        Q.pattern("floral"),
        title="Mango Women Printed Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans, white tee tucked in, white sneakers, cropped at the shoulders, white backdrop;
    # untuned base caption (stopped on the newline), extractive spans, reference closed answers
    case(
        "X900-004",
        caption("a woman wearing a white t - shirt and blue jeans"),
        wearing("a white t - shirt and blue jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details("jeans", "blue jeans", "restated"),
        title="Levis Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black flared skater skirt above the knee (no pockets), blush-pink sleeveless top tucked in, white
    # backdrop, front view; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-005",
        caption(
            "the woman is wearing a pink sleeveless top and a black skirt. the skirt is with pure color patterns and"
            " it has two pockets on the side.",
            "unsupported",
        ),
        details("skirt", "two pockets on the side", "unsupported"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("skirt"),
        color_of("skirt", "black", kind="open"),
        Q.pattern("solid"),
        title="Only Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white shirt with thin blue vertical stripes, long sleeves rolled once, point collar, navy trousers,
    # white backdrop, front view; adapter caption (cut at the limit), extractive spans, reference closed answers
    case(
        "X900-006",
        caption(
            "the lady wears a long-sleeve shirt with stripe patterns and a long trousers. the shirt is with cotton"
            " fabric and it has a lapel collar. the trousers are with cotton fabric and pure color patterns. the"
            " lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("navy blue", "other_garment_color"),
        describe("shirt", "a long-sleeve shirt with stripe patterns"),
        details("shirt", "it has a lapel collar"),
        material("cotton"),
        color_of("shirt", "blue", "contradiction"),
        title="Arrow Woman Striped Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: peach georgette top, three-quarter sleeves, round neck with a keyhole, white trousers, white backdrop,
    # front view; adapter caption (ran to the limit, loops), extractive spans, reference closed answers
    case(
        "X900-007",
        caption(
            "the woman is wearing a peach top with three-quarter sleeves and white pants. the top has a round"
            " neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves,"
            " the neckline, the sleeves",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "peach", kind="open"),
        Q.sleeve_length("three-quarter"),
        details("top", "a round neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves", "loop"),
        wearing("a peach top with three-quarter sleeves and white pants", who="she"),
        Q.garment_type("top"),
        title="Remanika Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: olive cotton utility jacket worn open over a white crew tee, black skinny jeans, no belt, white
    # backdrop, front view; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-008",
        caption(
            "the lady wears a long-sleeve jacket with pure color patterns and a long pants. the jacket is with cotton"
            " fabric and it has a lapel collar. there is a white t-shirt inside and a belt on her waist.",
            "unsupported",
        ),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "olive"),
        Q.garment_type("jacket"),
        describe("jacket", "a long-sleeve jacket with pure color patterns"),
        details("jacket", "there is a white t-shirt inside"),
        title="Roadster Women Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon cable-knit crew-neck pullover, long sleeves, blue jeans, white backdrop, front view; adapter
    # caption (stopped), extractive spans, reference closed answers
    case(
        "X900-009",
        caption("the woman is wearing a red long-sleeve sweater with a cable knit pattern and blue jeans."),
        color_of("sweater", "red", kind="open"),
        Q.color("maroon"),
        Q.pattern("solid"),
        details("sweater", "a cable knit pattern"),
        wearing("a red long-sleeve sweater"),
        title="United Colors of Benetton Women Maroon Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: light-wash blue denim shorts with a frayed hem, black tank top tucked in, cropped at the neck (no face),
    # white backdrop; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-010",
        caption(
            "the man is wearing a black tank top and a pair of blue denim shorts. his shorts are with denim fabric"
            " and the hem is frayed.",
            "pronoun",
        ),
        wearing("a black tank top and a pair of blue denim shorts"),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "the hem is frayed"),
        material("denim"),
        describe("shorts", "his shorts are with denim fabric", "pronoun"),
        Q.garment_type("shorts"),
        title="Roadster Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange V-neck short-sleeve tee, black track pants with a white side stripe, white backdrop,
    # front view; adapter caption (cut at the limit), extractive spans, reference closed answers
    case(
        "X900-011",
        caption(
            "the lady wears a short-sleeve t-shirt with pure color patterns and a long pants. the t-shirt is with"
            " cotton fabric and its neckline is v-shape. the pants are with cotton fabric and stripe patterns. there"
            " is an",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        details("t-shirt", "its neckline is v-shape"),
        color_of("t-shirt", "black", "other_garment_color"),
        material("cotton"),
        title="Proline Women Grey Melange Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: loose short-sleeve top in an orange, cobalt blue and white ikat print, white jeans, white backdrop,
    # front view; untuned base caption (stopped), extractive spans, reference closed answers
    case(
        "X900-012",
        caption("a woman wearing a colorful top and white pants"),
        color_of("top", "colorful", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        describe("top", "a colorful top"),
        Q.sleeve_length("long", "contradiction"),
        details("top", "", "non_answer"),
        title="Mango Women Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: beige straight-leg formal trousers, white shirt tucked in, thin black belt, white backdrop, front view
    # (no back pockets visible); adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-013",
        caption(
            "the woman is wearing a white shirt and beige pants. the pants are long and have pockets on the back.",
            "unsupported",
        ),
        wearing("a white shirt and beige pants", who="she"),
        color_of("pants", "beige", kind="open"),
        details("pants", "long and have pockets on the back", "unsupported"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "no"),
        title="Wills Lifestyle Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: red sleeveless knee-length bodycon dress, nude heels, white backdrop, front view; adapter caption (ran
    # on into an invented question turn to the limit), extractive spans, reference closed answers
    case(
        "X900-014",
        caption(
            "the lady is wearing a red sleeveless dress. Question: what is the color of the dress? Answer: red."
            " Question: what is the color of the shoes? Answer: nude",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "red", kind="open"),
        describe("dress", "a red sleeveless dress"),
        Q.sleeve_length("sleeveless"),
        details("dress", "what is the color of the shoes? Answer: nude", "leak"),
        Q.pattern("solid"),
        title="Forever New Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: cream top with a lace yoke, cap sleeves, round neck, black pencil skirt, white backdrop, front view
    # (the back is not seen); adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-015",
        caption(
            "the woman is wearing a white lace top and a black skirt. the top has short sleeves and a round neckline"
            " and a zipper at the back.",
            "unsupported",
        ),
        Q.color("black", "other_garment_color"),
        color_of("top", "white", kind="open"),
        details("top", "short sleeves and a round neckline"),
        material("lace"),
        Q.garment_type("skirt", "contradiction"),
        title="Vero Moda Women Cream Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: hot pink Nike training tee with a white swoosh, black running shorts, white backdrop, front view;
    # adapter caption (ran to the limit, loops), extractive spans, reference closed answers
    case(
        "X900-016",
        caption(
            "the woman is wearing a pink nike t-shirt and black shorts. the t-shirt is"
            " pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "pink", kind="open"),
        wearing("a pink nike t-shirt and black shorts", who="she"),
        Q.color("pink"),
        describe("t-shirt", "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink", "loop"),
        material("", "non_answer"),
        title="Nike Women Pink Tshirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: grey hooded sweatshirt, hood down, kangaroo pocket, white Puma print on the chest, black leggings, no
    # hat, white backdrop, front view; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-017",
        caption(
            "the lady wears a long-sleeve sweater with graphic patterns and a long leggings. the sweater is with"
            " cotton fabric. there is a hat on her head.",
            "unsupported",
        ),
        describe("sweatshirt", "a long-sleeve sweater with graphic patterns"),
        details("sweatshirt", "there is a hat on her head", "unsupported"),
        Q.garment_type("hoodie"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        title="Puma Women Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: blue and white gingham check shirt, long sleeves, buttoned, blue jeans, white backdrop, front view;
    # untuned base caption (stopped), extractive spans, reference closed answers
    case(
        "X900-018",
        caption("a woman in a blue and white checkered shirt and jeans"),
        wearing("a blue and white checkered shirt and jeans", who="the woman"),
        Q.pattern("checked"),
        color_of("shirt", "blue and white", kind="open"),
        Q.sleeve_length("short", "contradiction"),
        details("shirt", "a woman", "non_answer"),
        title="Wrangler Women Check Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: ankle-length flared maxi skirt in a mustard, teal and rust floral block print, white sleeveless top
    # tucked in, a thin ring on one finger, white backdrop; adapter caption (cut at the limit), extractive spans
    case(
        "X900-019",
        caption(
            "the female is wearing a sleeveless tank top with pure color patterns and a long skirt with floral"
            " patterns. the tank top is with cotton fabric. the skirt is with cotton fabric and it has a flared hem."
            " she wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        describe("skirt", "a long skirt with floral patterns"),
        details("skirt", "it has a flared hem"),
        Q.garment_type("skirt"),
        color_of("skirt", "pure color patterns", "contradiction", kind="open"),
        wearing("a ring on her", "cut", who="she"),
        title="Global Desi Women Printed Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: black skinny jeans, red short-sleeve top untucked, black ankle boots, white backdrop, front view;
    # adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-020",
        caption("the woman is wearing a red top and black jeans."),
        color_of("jeans", "red", "other_garment_color"),
        wearing("a red top and black jeans", who="she"),
        Q.garment_type("jeans"),
        is_a("skirt", "no"),
        details("jeans", "", "non_answer"),
        describe("jeans", "black jeans", "restated"),
        title="Jealous 21 Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: teal (blue-green) short-sleeve knit top with a short button placket, blue jeans, white backdrop, front
    # view; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-021",
        caption("the woman is wearing a green top and blue jeans. the top has short sleeves and buttons on the front."),
        color_of("top", "green", kind="open"),
        Q.color("teal"),
        details("top", "short sleeves and buttons on the front"),
        Q.sleeve_length("short"),
        Q.pattern("striped", "contradiction"),
        title="Lee Women Teal Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with silver zips, open over a grey marl tee, blue jeans, white
    # backdrop, front view; adapter caption (ran to the limit, loops), extractive spans, reference closed answers
    case(
        "X900-022",
        caption(
            "the woman is wearing a black leather jacket with a grey t-shirt and blue jeans. the jacket has a zipper,"
            " the collar, the pockets, the zipper, the collar, the pockets, the zipper, the collar, the pockets, the"
            " zipper",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "black", kind="open"),
        material("leather"),
        details("jacket", "a zipper, the collar, the pockets, the zipper, the collar, the pockets, the zipper", "loop"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("jacket"),
        wearing("a black leather jacket with a grey t-shirt and blue jeans"),
        title="Fort Collins Women Black Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow short-sleeve woven top with a ruffle hem, white denim shorts, white backdrop, front
    # view; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-023",
        caption(
            "the lady is wearing an orange top and white shorts. the top is with cotton fabric and has ruffles at the"
            " hem.",
            "contradiction",
        ),
        color_of("top", "orange", "contradiction", kind="open"),
        Q.color("mustard"),
        details("top", "ruffles at the hem"),
        material("cotton"),
        Q.garment_type("top"),
        title="Rare Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy tee with white horizontal breton stripes, crew neck, three-quarter sleeves, white trousers, white
    # backdrop, front view; adapter caption (cut at the limit), extractive spans, reference closed answers
    case(
        "X900-024",
        caption(
            "the lady wears a three-quarter-sleeve t-shirt with stripe patterns and a long trousers. the t-shirt is"
            " with cotton fabric and its neckline is boat. the trousers are with white color and pure color patterns."
            " she wears",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("navy blue"),
        color_of("t-shirt", "white color", "other_garment_color", kind="open"),
        Q.sleeve_length("three-quarter"),
        describe("t-shirt", "a three-quarter-sleeve t-shirt with stripe patterns"),
        details("t-shirt", "its neckline is boat", "unsupported"),
        title="Tommy Hilfiger Women Navy Blue Striped Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black midi dress with small white polka dots, short sleeves, V neck, holding a red clutch, white
    # backdrop, front view; untuned base caption (stopped), extractive spans, reference closed answers
    case(
        "X900-025",
        caption("a woman in a black and white polka dot dress holding a red purse"),
        color_of("dress", "red", "other_garment_color"),
        Q.pattern("polka dot"),
        describe("dress", "a black and white polka dot dress"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a black and white polka dot dress", who="she"),
        title="Vero Moda Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: khaki chino shorts with turned-up cuffs and slant side pockets, brown belt through the loops (no
    # drawstring), white crew tee tucked in, cropped at the chin, white backdrop; adapter caption, extractive spans
    case(
        "X900-026",
        caption(
            "the woman is wearing a white t-shirt and khaki shorts with a brown belt. the shorts have two pockets on"
            " the side and a drawstring at the waist.",
            "unsupported",
        ),
        details("shorts", "two pockets on the side and a drawstring at the waist", "unsupported"),
        color_of("shorts", "khaki", kind="open"),
        Q.color("brown", "other_garment_color"),
        Q.garment_type("shorts"),
        describe("shorts", "khaki shorts with a brown belt"),
        title="Basics Women Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: back view: lavender long-sleeve blouse with cold-shoulder cutouts, white jeans, hair in a bun, white
    # backdrop; the front is not seen; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-027",
        caption(
            "the back of a woman wearing a purple top and white jeans. the top has a v-neck and buttons on the front.",
            "unsupported",
        ),
        color_of("top", "purple", kind="open"),
        details("top", "a v-neck and buttons on the front", "unsupported"),
        Q.sleeve_length("long"),
        Q.color("lavender"),
        wearing("a purple top and white jeans", who="she"),
        title="Mango Women Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black formal straight trousers with a pressed crease, light blue shirt tucked in, black pumps, white
    # backdrop, front view; adapter caption (ran on into a question turn to the limit), extractive spans
    case(
        "X900-028",
        caption(
            "a woman wearing a blue shirt and black pants. Answer: a woman wearing a blue shirt and black pants."
            " Question: what is the woman wearing? Answer: a blue shirt and",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        Q.color("blue", "other_garment_color"),
        wearing("a blue shirt and black pants", who="the woman"),
        Q.garment_type("trousers"),
        describe("pants", "Answer: a woman wearing a blue shirt and black pants", "leak"),
        title="Van Heusen Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: charcoal grey long open-front cardigan without pockets, long sleeves, over a white tee, blue jeans,
    # white backdrop, front view; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-029",
        caption(
            "the lady wears a long-sleeve cardigan with pure color patterns. the cardigan is with knitting fabric and"
            " it has two pockets. the lady wears a short-sleeve t-shirt inside and a long denim pants.",
            "unsupported",
        ),
        Q.color("black", "contradiction"),
        material("knitting fabric"),
        describe("cardigan", "a long-sleeve cardigan with pure color patterns"),
        Q.garment_type("cardigan"),
        color_of("cardigan", "white", "other_garment_color"),
        Q.sleeve_length("long"),
        title="Vero Moda Women Charcoal Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Women",
    ),
    # photo: white off-shoulder top with a ruffled neckline and short puff sleeves, light blue denim shorts, white
    # backdrop, front view; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-030",
        caption(
            "the woman is wearing a white off the shoulder top and blue denim shorts. the top is with cotton fabric"
            " and has ruffles on the neckline."
        ),
        details("top", "ruffles on the neckline"),
        color_of("top", "white", kind="open"),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("top"),
        is_a("dress", "yes", "contradiction"),
        title="Only Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black crew-neck short-sleeve tee with a white and yellow cassette-tape graphic, blue jeans, long hair,
    # white backdrop, front view; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-031",
        caption("the man is wearing a black t-shirt with a yellow and white graphic print and blue jeans.", "pronoun"),
        color_of("t-shirt", "black", kind="open"),
        Q.color("yellow", "contradiction"),
        Q.pattern("graphic"),
        describe("t-shirt", "a black t-shirt with a yellow and white graphic print"),
        Q.sleeve_length("short"),
        is_a("shirt", "yes", "contradiction"),
        title="Tantra Women Printed Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim shirt, long sleeves rolled to the elbow, two flap chest pockets, white jeans, white
    # backdrop, front view; adapter caption (cut at the limit), extractive spans, reference closed answers
    case(
        "X900-032",
        caption(
            "the lady wears a long-sleeve shirt with denim patterns and a long pants. the shirt is with denim fabric"
            " and it has a lapel collar. the shirt has two pockets on the chest. the pants are with cotton fabric"
            " and pure",
            "cut",
            hit_limit=True,
        ),
        material("denim fabric"),
        details("shirt", "two pockets on the chest"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shirt"),
        color_of("shirt", "denim patterns", "non_answer", kind="open"),
        title="Levis Women Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: mid-blue denim A-line mini skirt with a button front and two patch pockets, white and navy striped tee
    # tucked in, white backdrop, front view; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-033",
        caption(
            "the woman is wearing a striped t-shirt and a blue denim skirt. the skirt has buttons on the front and"
            " two pockets."
        ),
        describe("skirt", "a blue denim skirt"),
        details("skirt", "buttons on the front and two pockets"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        material("denim"),
        title="Roadster Women Blue Denim Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: red zipped track jacket with white stripes down the sleeves, stand collar, black track pants, white
    # backdrop, front view; adapter caption (ran to the limit, loops), extractive spans, reference closed answers
    case(
        "X900-034",
        caption(
            "the woman is wearing a red jacket with white stripes on the sleeves and black pants. the jacket has a"
            " zipper and a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and a",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "a zipper and a zipper and a zipper and a zipper and a zipper", "loop"),
        color_of("jacket", "red", kind="open"),
        Q.color("red"),
        Q.garment_type("sweatshirt", "contradiction"),
        describe("jacket", "a red jacket with white stripes on the sleeves"),
        title="Puma Women Red Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: wine/maroon sleeveless top with a tie neck (the seller calls it Brown), black jeans, white backdrop,
    # front view; untuned base caption (stopped), extractive spans, reference closed answers
    case(
        "X900-035",
        caption("a woman wearing a maroon top and black jeans"),
        color_of("top", "maroon", kind="open"),
        Q.color("maroon"),
        Q.sleeve_length("sleeveless"),
        wearing("a maroon top and black jeans", who="she"),
        details("top", "", "non_answer"),
        describe("top", "a maroon top", "restated"),
        title="Deal Jeans Women Brown Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: olive cotton shirt dress to the knee, roll-up long sleeves, self-tie waist belt, white sneakers, no
    # jewellery or sunglasses, white backdrop; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-036",
        caption(
            "the lady wears a long-sleeve dress with pure color patterns. the dress is with cotton fabric and it has"
            " a lapel collar. there is an accessory on her wrist. she wears a pair of sunglasses.",
            "unsupported",
        ),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        Q.color("olive"),
        details("dress", "there is an accessory on her wrist", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        material("cotton fabric"),
        color_of("dress", "white", "other_garment_color"),
        title="Mango Women Green Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: purple Adidas training tee with three white stripes on the shoulders, black capri tights, hands on
    # hips, white backdrop, front view; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-037",
        caption(
            "a woman wearing a purple adidas t-shirt and black leggings. he is standing with his hands on his hips.",
            "pronoun",
        ),
        color_of("t-shirt", "purple", kind="open"),
        wearing("a purple adidas t-shirt and black leggings", who="she"),
        Q.pattern("solid"),
        Q.color("black", "other_garment_color"),
        details("t-shirt", "he is standing with his hands on his hips", "pronoun"),
        title="Adidas Women Purple Tshirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: rust-orange peasant top with a smocked (not embroidered) neckline and long balloon sleeves, white
    # jeans, white backdrop, front view; adapter caption (cut at the limit), extractive spans, reference closed
    case(
        "X900-038",
        caption(
            "the woman is wearing an orange top with long sleeves and white jeans. the top has embroidery on the"
            " neckline and the sleeves are puffed. the top is with cotton fabric and it has a round neckline and the",
            "cut",
            hit_limit=True,
        ),
        details("top", "embroidery on the neckline", "unsupported"),
        color_of("top", "orange", kind="open"),
        Q.sleeve_length("long"),
        Q.color("rust"),
        wearing("an orange top with long sleeves and white jeans"),
        title="People Women Rust Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: light blue distressed skinny jeans ripped at both knees, black crop top, white backdrop, front view;
    # adapter caption (ran to the limit, loops), extractive spans, reference closed answers
    case(
        "X900-039",
        caption(
            "the woman is wearing a black top and light blue ripped jeans. the jeans are ripped at the knees and the"
            " jeans are ripped at the knees and the jeans are ripped at the knees and the jeans are ripped",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "light blue", kind="open"),
        details("jeans", "ripped at the knees"),
        Q.color("black", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        describe(
            "jeans",
            "the jeans are ripped at the knees and the jeans are ripped at the knees and the jeans are ripped",
            "loop",
        ),
        title="Kraus Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy crew-neck sweatshirt with a white "BROOKLYN 1987" text print, grey melange joggers, white
    # backdrop, front view; adapter caption (cut at the limit), extractive spans, reference closed answers
    case(
        "X900-040",
        caption(
            "the lady wears a long-sleeve sweater with letter patterns and a long pants. the sweater is with cotton"
            " fabric and its neckline is round. the pants are with cotton fabric and pure color patterns. the lady"
            " wears",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        Q.pattern("printed"),
        describe("sweatshirt", "a long-sleeve sweater with letter patterns"),
        material("cotton fabric"),
        color_of("sweatshirt", "", "non_answer", kind="open"),
        Q.garment_type("sweatshirt"),
        title="Roadster Women Navy Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: baby pink long-sleeve button-down shirt without chest pockets, white jeans, white backdrop, front view;
    # adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-041",
        caption(
            "the woman is wearing a pink shirt and white pants. the shirt has long sleeves and a collar and a pocket"
            " on the chest.",
            "unsupported",
        ),
        Q.color("white", "other_garment_color"),
        color_of("shirt", "pink", kind="open"),
        details("shirt", "long sleeves and a collar and a pocket on the chest", "unsupported"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        material("pink", "non_answer"),
        title="United Colors of Benetton Women Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: red and white horizontal striped short-sleeve top, round neck, blue jeans, white backdrop, front view;
    # feed row has no color; adapter caption (cut at the limit), extractive spans, reference closed answers
    case(
        "X900-042",
        caption(
            "the lady wears a short-sleeve top with stripe patterns and a long denim pants. the top is with cotton"
            " fabric and its neckline is round. the denim pants are with denim fabric and solid color patterns."
            " there is",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.pattern("striped"),
        describe("top", "a short-sleeve top with stripe patterns"),
        color_of("top", "blue", "other_garment_color"),
        details("top", "its neckline is round"),
        material("denim fabric", "contradiction"),
        title="Tokyo Talkies Women Striped Top",
        category="Tops",
        gender="Women",
    ),
    # photo: white wide-leg trousers, black sleeveless top tucked in, tan belt, white backdrop, front view;
    # untuned base caption (stopped), extractive spans, reference closed answers
    case(
        "X900-043",
        caption("a woman in a black top and white pants"),
        describe("trousers", "white pants", "restated"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("trousers"),
        color_of("trousers", "white", kind="open"),
        details("trousers", "a woman", "non_answer"),
        title="Mango Women White Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: bright yellow short-sleeve cotton tee with a small black Puma cat logo on the chest, black shorts, white
    # backdrop, front view; feed row has no gender; adapter caption (ran on into a question turn to the limit)
    case(
        "X900-044",
        caption(
            "the woman is wearing a yellow t-shirt and black shorts. the t-shirt is with cotton fabric and has a puma"
            " logo on the chest. Question: what is the color of the shorts? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        Q.color("yellow"),
        details("t-shirt", "a puma logo on the chest"),
        material("cotton fabric"),
        Q.garment_type("shorts", "contradiction"),
        is_a("t-shirt", "no", "contradiction"),
        title="Puma Women Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
    ),
    # photo: mid-blue denim jacket with metal buttons, worn open over a black slip dress, white backdrop, front
    # view; adapter caption (ran on into an invented question turn, then stopped), extractive spans, reference closed
    case(
        "X900-045",
        caption(
            "the woman is wearing a blue denim jacket over a black dress. Question: what is the color of the jacket?"
            " Answer: black",
            "leak",
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        describe("jacket", "a blue denim jacket over a black dress"),
        Q.color("blue"),
        Q.garment_type("dress", "contradiction"),
        material("denim"),
        title="Roadster Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta jersey wrap top with three-quarter sleeves and a V neck, black trousers, white backdrop, front
    # view; feed row has no category; adapter caption (stopped), extractive spans, reference closed answers
    case(
        "X900-046",
        caption(
            "the lady is wearing a pink wrap top and black pants. the top has three-quarter sleeves and a v-neckline."
            " the top is made of silk.",
            "unsupported",
        ),
        color_of("top", "pink", kind="open"),
        material("silk", "unsupported"),
        details("top", "three-quarter sleeves and a v-neckline"),
        Q.color("magenta"),
        Q.sleeve_length("three-quarter"),
        title="Vero Moda Women Magenta Top",
        color="Magenta",
        gender="Women",
    ),
]
