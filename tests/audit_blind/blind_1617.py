"""BLIND_1617 (45 products; Myntra women's winterwear, layered, base model zero-shot): written blind in the sixty-sixth
session. Measured blind at 5d4d43a (the session's fifth rules): 62/77 failures found (80.5%) and 15/207 correct texts
flagged (7.2%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (Sweaters, Cardigan, Shrug, Coats, Jackets as article types) where the
product is almost always worn over something else: a tee, a collared shirt, a turtleneck, a hoodie, a dress, plus
jeans, trousers, leggings or a skirt. Usual catalog shots on a plain backdrop; one flat lay (020), one back view (026),
props now and then (a handbag in 021, a coffee cup in 035, a stool in 040). Catalog columns are title, category
(Myntra article type), color (base colour) and gender; a few rows lack one of them, as feeds do.

Who wrote what: every text is Salesforce/blip2-opt-2.7b, untuned, loaded 8-bit, greedy decoding, batch size 1. The
caption is the base model with no text prompt (50 new tokens at most); the answers use the experiments'
questionnaire in the `Question: ... Answer:` format (30 new tokens at most), with the garment word taken from the
article type: What is she wearing? What is the color of the <garment>? What is the <garment> color? (on some rows)
Describe the <garment>. What are the <garment> details? and the color of the jeans/pants (and of the shirt where one
shows). The pipeline does not stop on the newline, so an answer the model carries on past its own line leaks the next
made-up "Question: ... Answer:" turn. The color questions are free generation (stored open). Most answers are short,
as the base model's are; the long ones are the describe/details answers that loop or run to the limit.

Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near hues count as right: navy -> blue, teal -> green or blue, camel -> brown, off-white/cream -> white,
mauve/peach -> pink, maroon/burgundy -> maroon, khaki -> tan/brown, grey melange -> grey. Navy called "black" counts
wrong (the photo shows it plainly navy). A product given the color of the layer under it, or a bottom given the
product's color, is other_garment_color; a wrong color or garment that is nobody's in the photo, or a text that
disagrees with the title/seller (a striped sweater called a shirt, lavender called pink next to "purple"), is
contradiction. "What is she wearing?" answered with only the inner layer ("a black dress") is true of the photo and
left unmarked; answered with a color only, it is non_answer. Details the photo does not show (pockets on a back
view, a hood that belongs to the hoodie underneath, a prop bag, jeans in a flat lay, "wool" where the title names no
fibre) are unsupported; "wool" where the title says wool or wool blend is left unmarked. A dictionary-style answer
for "shrug" that is wrong about this shrug is unsupported. Loops and cut answers that reached the limit carry
hit_limit=True; a loop is labeled loop even when it is also cut, a leak is labeled leak even when it also hit the
limit. One label per text, the most salient one.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing


def garment_color(garment: str):
    """The experiments' second color phrasing: "What is the shirt color?"."""
    return question(f"{garment}_color", f"What is the {garment} color?", "open")


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1617 = [
    # Photo: mustard open-front cardigan, no pockets, over a white tee, blue jeans, white backdrop.
    # All texts: base model zero-shot (caption unprompted, answers with the questionnaire).
    case(
        "X1617-001",
        caption("a woman wearing a yellow cardigan and jeans"),
        she("a yellow cardigan"),
        col("cardigan", "yellow"),
        describe("cardigan", "it is a yellow cardigan"),
        details("cardigan", "it has pockets", "unsupported"),
        col("jeans", "blue"),
        gender="Women",
        title="Roadster Women Mustard Yellow Solid Open-Front Cardigan",
        category="Cardigan",
        color="Mustard",
    ),
    # Photo: grey melange cable-knit pullover, black skinny trousers, studio.
    # All texts: base model zero-shot; the grey is repeated for the trousers.
    case(
        "X1617-002",
        caption("a woman in a grey sweater and black pants"),
        she("a grey sweater and grey pants", "other_garment_color"),
        col("sweater", "grey"),
        describe("sweater", "the sweater is a knitted sweater"),
        details("sweater", "the sweater has a cable knit pattern"),
        col("pants", "grey", "other_garment_color"),
        gender="Women",
        title="HERE&NOW Women Grey Melange Self Design Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: black sheer longline shrug, open, over a white sleeveless top and blue jeans.
    # All texts: base model zero-shot; the describe answer is a definition of "shrug", not this one.
    case(
        "X1617-003",
        caption("a woman wearing a black cardigan and white top"),
        she("a white shirt"),
        col("shrug", "white", "other_garment_color"),
        garment_color("shrug")("black"),
        describe("shrug", "a shrug is a short jacket worn over a dress", "unsupported"),
        details("shrug", "the shrug is a shrug", "restated"),
        col("jeans", "blue"),
        gender="Women",
        title="DressBerry Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: knee-length camel overcoat, notched lapels, self belt, over a black turtleneck, black trousers, boots.
    # All texts: base model zero-shot.
    case(
        "X1617-004",
        caption("a woman wearing a camel coat and black boots"),
        she("a coat"),
        col("coat", "brown"),
        describe("coat", "the coat is a coat", "restated"),
        details("coat", "the coat is made of wool", "unsupported"),
        col("pants", "black"),
        gender="Women",
        title="Harpa Women Camel Brown Solid Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Photo: maroon quilted puffer with hood and zip, over a black top, black leggings.
    # All texts: base model zero-shot; details loops to the limit.
    case(
        "X1617-005",
        caption("a woman in a maroon puffer jacket"),
        she("a puffer jacket"),
        col("jacket", "maroon"),
        describe("jacket", "it is a puffer jacket with a hood"),
        details(
            "jacket",
            "the jacket has a hood and a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and a"
            " zipper and a zipper and a",
            "loop",
            hit_limit=True,
        ),
        col("pants", "maroon", "other_garment_color"),
        gender="Women",
        title="Madame Women Maroon Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Photo: navy-and-white Breton-striped crew-neck pullover over a white collared shirt (collar out), blue jeans.
    # All texts: base model zero-shot; the shirt collar is read as the sweater's.
    case(
        "X1617-006",
        caption("a woman wearing a striped sweater and jeans"),
        she("a striped shirt", "contradiction"),
        col("sweater", "blue and white"),
        describe("sweater", "the sweater is striped"),
        details("sweater", "the sweater has a collar", "unsupported"),
        col("jeans", "blue"),
        gender="Women",
        title="ONLY Women Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: off-white chunky cable-knit sweater, beige wide-leg trousers, flat grey backdrop.
    # All texts: base model zero-shot.
    case(
        "X1617-007",
        caption("a woman wearing a white cable knit sweater"),
        she("a white sweater"),
        col("sweater", "white"),
        describe("sweater", "the sweater is made of wool", "unsupported"),
        details("sweater", "cable knit"),
        col("pants", "white", "other_garment_color"),
        gender="Women",
        title="Vero Moda Women Off-White Cable Knit Sweater",
        category="Sweaters",
        color="Off White",
    ),
    # Photo: olive bomber jacket, ribbed cuffs, zip pockets, over a white graphic tee, black jeans.
    # All texts: base model zero-shot.
    case(
        "X1617-008",
        caption("a woman wearing a green jacket and black jeans"),
        she("a green jacket and a white t - shirt"),
        col("jacket", "green"),
        garment_color("jacket")("olive"),
        describe("jacket", "it is a bomber jacket"),
        details("jacket", "the jacket has a zipper and pockets"),
        col("jeans", "green", "other_garment_color"),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: pink ribbed cropped cardigan, buttoned, over a white cami, high-waisted blue jeans.
    # All texts: base model zero-shot.
    case(
        "X1617-009",
        caption("a woman wearing a pink sweater and jeans"),
        she("a pink sweater"),
        col("cardigan", "pink"),
        describe(
            "cardigan",
            "it is a pink cardigan with buttons and a pink cardigan with buttons and a pink cardigan with buttons and"
            " a pink",
            "loop",
            hit_limit=True,
        ),
        details("cardigan", "the cardigan is cropped"),
        col("jeans", "pink", "other_garment_color"),
        gender="Women",
        title="Kassually Women Pink Ribbed Crop Cardigan",
        category="Cardigan",
        color="Pink",
    ),
    # Photo: black hooded puffer (hood down) over a grey sweatshirt, grey joggers; model with a short crop.
    # All texts: base model zero-shot; it takes the model for a man.
    case(
        "X1617-010",
        caption("a man wearing a black puffer jacket", "pronoun"),
        she("a black jacket"),
        col("jacket", "black"),
        describe("jacket", "he is wearing a black puffer jacket", "pronoun"),
        details("jacket", "the jacket has a hood"),
        col("pants", "black", "other_garment_color"),
        gender="Women",
        title="Campus Sutra Women Black Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: beige open-front longline knit shrug over a black bodycon dress.
    # All texts: base model zero-shot; details came back empty (the model emitted a newline at once).
    case(
        "X1617-011",
        caption("a woman wearing a black dress and a beige cardigan"),
        she("a black dress"),
        col("shrug", "black", "other_garment_color"),
        garment_color("shrug")("beige"),
        describe("shrug", "it is a long cardigan"),
        details("shrug", "", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women Beige Open Front Longline Shrug",
        category="Shrug",
        color="Beige",
    ),
    # Photo: mid-blue washed denim jacket over a white tee, black jeans.
    # All texts: base model zero-shot; the jeans get the jacket's blue.
    case(
        "X1617-012",
        caption("a woman wearing a denim jacket and black pants"),
        she("a denim jacket and a white shirt"),
        col("jacket", "blue"),
        garment_color("jacket")("blue"),
        describe("jacket", "the jacket is a denim jacket"),
        details("jacket", "the jacket has buttons on the front and pockets on the chest"),
        col("jeans", "blue", "other_garment_color"),
        gender="Women",
        title="Pepe Jeans Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: brown corduroy trucker jacket with cream sherpa collar, over a cream turtleneck, blue jeans.
    # All texts: base model zero-shot; corduroy read as suede.
    case(
        "X1617-013",
        caption("a woman wearing a brown jacket with a fur collar"),
        she("a jacket"),
        col("jacket", "brown"),
        describe("jacket", "the jacket is made of suede", "unsupported"),
        details("jacket", "fur collar"),
        col("jeans", "brown", "other_garment_color"),
        gender="Women",
        title="Levis Women Brown Sherpa Collar Corduroy Trucker Jacket",
        category="Jackets",
        color="Brown",
    ),
    # Photo: teal double-breasted belted trench over a white shirt and white trousers.
    # All texts: base model zero-shot; details loops to the limit.
    case(
        "X1617-014",
        caption("a woman in a green trench coat"),
        she("a trench coat"),
        col("coat", "blue"),
        garment_color("coat")("green"),
        describe("coat", "a long coat with a belt"),
        details(
            "coat",
            "the coat has a belt, buttons, and a collar, and the sleeves are long, and the coat is long, and the coat"
            " is long, and the coat is",
            "loop",
            hit_limit=True,
        ),
        col("pants", "green", "other_garment_color"),
        gender="Women",
        title="Sera Women Teal Solid Longline Trench Coat",
        category="Coats",
        color="Teal",
    ),
    # Photo: lavender fuzzy button cardigan over a black slip dress.
    # All texts: base model zero-shot; the second color question says pink against "purple" everywhere else.
    case(
        "X1617-015",
        caption("a woman wearing a purple cardigan and a black dress"),
        she("a purple sweater and a black dress"),
        col("cardigan", "purple"),
        garment_color("cardigan")("pink", "contradiction"),
        describe("cardigan", "it is a fluffy cardigan"),
        details("cardigan", "buttons"),
        gender="Women",
        title="FOREVER 21 Women Lavender Fuzzy Cardigan",
        category="Cardigan",
        color="Lavender",
    ),
    # Photo: rust pointelle mock-neck sweater, black trousers. Feed row has no gender.
    # All texts: base model zero-shot; describe loops.
    case(
        "X1617-016",
        caption("a woman wearing an orange sweater and black pants"),
        she("sweater"),
        col("sweater", "orange"),
        describe(
            "sweater",
            "the sweater is a knit sweater with a knit pattern and a knit pattern and a knit pattern and a knit"
            " pattern and a knit pattern and a",
            "loop",
            hit_limit=True,
        ),
        details("sweater", "the sweater has a turtle neck"),
        col("pants", "black"),
        title="Monte Carlo Women Rust Self Design Sweater",
        category="Sweaters",
        color="Rust",
    ),
    # Photo: olive cable pullover over a white collared shirt (collar and cuffs out), grey trousers.
    # All texts: base model zero-shot; describe runs to the limit mid-sentence.
    case(
        "X1617-017",
        caption("a woman wearing a green sweater and a white shirt"),
        she("a sweater and a white shirt"),
        col("sweater", "green"),
        describe(
            "sweater",
            "the sweater is made of wool and has a cable knit pattern on the front and the sleeves. the collar of the"
            " shirt is white and the cuffs of the",
            "cut",
            hit_limit=True,
        ),
        details("sweater", "the sweater has a white collar", "other_garment_color"),
        col("shirt", "white"),
        col("pants", "grey"),
        gender="Women",
        title="Cayman Women Olive Green Self Design Pure Wool Pullover",
        category="Sweaters",
        color="Olive",
    ),
    # Photo: beige teddy faux-fur zip jacket over a black top, black jeans.
    # All texts: base model zero-shot; the caption calls it a costume.
    case(
        "X1617-018",
        caption("a woman wearing a teddy bear costume", "contradiction"),
        she("a teddy bear jacket"),
        col("jacket", "beige"),
        describe("jacket", "it is a jacket", "non_answer"),
        details("jacket", "the jacket has a zipper"),
        col("jeans", "black"),
        gender="Women",
        title="Qurvii Women Beige Solid Teddy Faux Fur Jacket",
        category="Jackets",
        color="Beige",
    ),
    # Photo: charcoal longline cardigan with side pockets over a white tee, blue jeans.
    # All texts: base model zero-shot.
    case(
        "X1617-019",
        caption("a woman wearing a long grey cardigan"),
        she("a grey cardigan and jeans"),
        col("cardigan", "grey"),
        garment_color("cardigan")("white", "other_garment_color"),
        describe("cardigan", "the cardigan is long and has pockets"),
        details(
            "cardigan",
            "the cardigan has a pocket on the side and a pocket on the side and a pocket on the side and a pocket on"
            " the side and a",
            "loop",
            hit_limit=True,
        ),
        col("jeans", "blue"),
        gender="Women",
        title="Roadster Women Charcoal Grey Solid Longline Cardigan",
        category="Cardigan",
        color="Charcoal",
    ),
    # Photo: flat lay, cream ribbed button cardigan on a white surface, no person, nothing else in the shot.
    # All texts: base model zero-shot; the questionnaire still asks about jeans.
    case(
        "X1617-020",
        caption("a white cardigan on a white background"),
        she("a white sweater"),
        col("cardigan", "white"),
        describe("cardigan", "a white cardigan with buttons"),
        details("cardigan", "buttons"),
        col("jeans", "blue", "unsupported"),
        gender="Women",
        title="Mango Women Cream-Coloured Ribbed Cardigan",
        category="Cardigan",
        color="Cream",
    ),
    # Photo: red belted wrap coat over a black turtleneck, black tights, model holding a black handbag (prop).
    # All texts: base model zero-shot.
    case(
        "X1617-021",
        caption("a woman in a red coat holding a black purse"),
        she("a red coat"),
        col("coat", "red"),
        describe("coat", "the coat is red"),
        details("coat", "the coat has a belt and a bag", "unsupported"),
        col("pants", "red", "other_garment_color"),
        gender="Women",
        title="DressBerry Women Red Solid Wrap Coat",
        category="Coats",
        color="Red",
    ),
    # Photo: white cropped puffer with a high stand collar, no hood, over a black top, black trousers.
    # All texts: base model zero-shot.
    case(
        "X1617-022",
        caption("a woman wearing a white puffer jacket"),
        she("a white jacket"),
        col("jacket", "white"),
        describe("jacket", "it is a white jacket with a hood", "unsupported"),
        details("jacket", "the jacket is made of nylon", "unsupported"),
        col("pants", "white", "other_garment_color"),
        gender="Women",
        title="Tokyo Talkies Women White Solid Cropped Puffer Jacket",
        category="Jackets",
        color="White",
    ),
    # Photo: black faux-leather biker jacket over a white tee, blue ripped jeans.
    # All texts: base model zero-shot.
    case(
        "X1617-023",
        caption("a woman wearing a black leather jacket and ripped jeans"),
        she("a leather jacket"),
        col("jacket", "black"),
        garment_color("jacket")("black"),
        describe("jacket", "he is wearing a black leather jacket", "pronoun"),
        details("jacket", "zipper"),
        col("jeans", "blue"),
        gender="Women",
        title="Vero Moda Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: navy double-breasted pea coat with gold buttons over a grey sweater, light blue jeans.
    # All texts: base model zero-shot; describe carries on into a made-up next turn.
    case(
        "X1617-024",
        caption("a woman in a navy coat with gold buttons"),
        she("a coat"),
        col("coat", "black", "contradiction"),
        describe(
            "coat",
            "the coat is a double breasted coat\nQuestion: What are the coat details? Answer: the coat has gold"
            " buttons",
            "leak",
            hit_limit=True,
        ),
        details("coat", "the coat", "non_answer"),
        col("jeans", "blue"),
        gender="Women",
        title="Harpa Women Navy Blue Solid Double-Breasted Pea Coat",
        category="Coats",
        color="Navy Blue",
    ),
    # Photo: grey-and-black checked overcoat over a black sweater, black trousers.
    # All texts: base model zero-shot; details loops.
    case(
        "X1617-025",
        caption("a woman wearing a plaid coat and black pants"),
        she("a plaid coat and black pants"),
        col("coat", "grey"),
        describe("coat", "a plaid coat"),
        details(
            "coat",
            "the coat has a plaid pattern and a plaid pattern and a plaid pattern and a plaid pattern and a plaid"
            " pattern and a plaid pattern and a",
            "loop",
            hit_limit=True,
        ),
        col("pants", "black"),
        gender="Women",
        title="ONLY Women Grey Checked Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Photo: back view only, beige parka with a faux-fur-trimmed hood, blue jeans.
    # All texts: base model zero-shot; the front is never seen.
    case(
        "X1617-026",
        caption("the back of a woman wearing a beige jacket"),
        she("a jacket"),
        col("jacket", "beige"),
        describe("jacket", "the jacket has a fur hood"),
        details("jacket", "the jacket has two pockets on the front", "unsupported"),
        col("jeans", "blue"),
        gender="Women",
        title="Mast & Harbour Women Beige Solid Parka Jacket",
        category="Jackets",
        color="Beige",
    ),
    # Photo: colourblocked cardigan, black body and white sleeves, over a black top, white trousers.
    # Feed row has no category. All texts: base model zero-shot.
    case(
        "X1617-027",
        caption("a woman wearing a black and white cardigan"),
        she("black and white", "non_answer"),
        col("cardigan", "black and white"),
        describe("cardigan", "a black and white cardigan"),
        details("cardigan", "the sleeves are white"),
        col("pants", "white"),
        gender="Women",
        title="Kassually Women Black & White Colourblocked Cardigan",
        color="Black",
    ),
    # Photo: burgundy cable turtleneck tucked into a black midi skirt.
    # All texts: base model zero-shot; the pants question answers for the skirt.
    case(
        "X1617-028",
        caption("a woman in a burgundy turtleneck sweater and a black skirt"),
        she("a turtleneck"),
        col("sweater", "maroon"),
        describe("sweater", "turtleneck"),
        details("sweater", "the sweater is tucked into the skirt"),
        col("pants", "black"),
        gender="Women",
        title="HERE&NOW Women Burgundy Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Burgundy",
    ),
    # Photo: peach crochet open-front shrug with 3/4 sleeves over a white sleeveless dress.
    # All texts: base model zero-shot.
    case(
        "X1617-029",
        caption("a woman wearing a white dress and a pink shrug"),
        she("a white dress"),
        col("shrug", "white", "other_garment_color"),
        garment_color("shrug")("peach"),
        describe("shrug", "it is a crochet shrug"),
        details("shrug", "lace"),
        gender="Women",
        title="SASSAFRAS Women Peach-Coloured Self Design Crochet Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Photo: bottle-green quilted stand-collar jacket over a black hoodie (hood out), black jeans.
    # All texts: base model zero-shot; the hoodie's hood and color are given to the jacket.
    case(
        "X1617-030",
        caption("a woman wearing a green jacket and a black hoodie"),
        she("a hoodie"),
        col("jacket", "black", "other_garment_color"),
        describe("jacket", "it is a green jacket with a hood", "unsupported"),
        details("jacket", "the jacket is quilted"),
        col("jeans", "black"),
        gender="Women",
        title="Roadster Women Green Solid Quilted Jacket",
        category="Jackets",
        color="Green",
    ),
    # Photo: pink pullover with red intarsia hearts over a white collared shirt, blue jeans.
    # All texts: base model zero-shot; the caption loops to the 50-token limit.
    case(
        "X1617-031",
        caption(
            "a woman wearing a pink sweater with hearts on it and a white shirt with hearts on it and a white shirt"
            " with hearts on it and a white shirt with hearts on it and a white shirt with hearts on it and a white"
            " shirt",
            "loop",
            hit_limit=True,
        ),
        she("a pink sweater"),
        col("sweater", "pink"),
        describe("sweater", "a pink sweater with hearts"),
        details("sweater", "hearts"),
        col("shirt", "white"),
        col("jeans", "blue"),
        gender="Women",
        title="Roadster Women Pink Self Design Heart Pullover",
        category="Sweaters",
        color="Pink",
    ),
    # Photo: black wool-blend longline coat, open, over a white sweater, blue jeans, white sneakers.
    # All texts: base model zero-shot; the second color question leaks made-up turns.
    case(
        "X1617-032",
        caption("a woman wearing a black coat and white sneakers"),
        she("a black coat and white sweater"),
        col("coat", "black"),
        garment_color("coat")(
            "black\nQuestion: What is the color of the shoes? Answer: white\nQuestion: What is the color of the bag?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("coat", "the coat is long and black"),
        details("coat", "the coat is made of wool"),
        col("jeans", "white", "other_garment_color"),
        gender="Women",
        title="Vero Moda Women Black Solid Wool Blend Longline Coat",
        category="Coats",
        color="Black",
    ),
    # Photo: navy bomber with red sleeves over a white tee, black joggers; model with short hair.
    # All texts: base model zero-shot.
    case(
        "X1617-033",
        caption("a woman wearing a blue and red jacket"),
        she("he is wearing a jacket", "pronoun"),
        col("jacket", "blue and red"),
        garment_color("jacket")("blue"),
        describe("jacket", "a jacket", "non_answer"),
        details("jacket", "the sleeves are red"),
        col("pants", "black"),
        gender="Women",
        title="Campus Sutra Women Navy Blue & Red Colourblocked Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: dark brown longline parka, fur-trimmed hood, drawstring waist, zip and two flap pockets, over a cream
    # sweater, black jeans. All texts: base model zero-shot; describe is cut at the limit.
    case(
        "X1617-034",
        caption("a woman wearing a brown coat with a fur hood"),
        she("a brown coat"),
        col("coat", "brown"),
        describe(
            "coat",
            "the coat is a long brown coat with a fur hood and a drawstring waist. it has two pockets on the front"
            " and a zipper down the front. the",
            "cut",
            hit_limit=True,
        ),
        details("coat", "fur hood"),
        col("jeans", "black"),
        gender="Women",
        title="Madame Women Brown Faux Fur Trim Hooded Longline Parka",
        category="Coats",
        color="Brown",
    ),
    # Photo: white sweater with a navy-and-red fair-isle snowflake yoke, blue jeans, model holding a coffee cup.
    # Feed row has no gender. All texts: base model zero-shot; the second color question gives the yoke's blue.
    case(
        "X1617-035",
        caption("a woman holding a cup of coffee wearing a white sweater"),
        she("a sweater"),
        col("sweater", "white"),
        garment_color("sweater")("blue", "contradiction"),
        describe("sweater", "it is a christmas sweater"),
        details("sweater", "none", "non_answer"),
        col("jeans", "blue"),
        title="FOREVER 21 Women White Fair Isle Pullover",
        category="Sweaters",
        color="White",
    ),
    # Photo: yellow short-sleeved knit shrug over a black sleeveless top, black jeans.
    # All texts: base model zero-shot.
    case(
        "X1617-036",
        caption("a woman wearing a yellow shrug and black pants"),
        she("a yellow top"),
        col("shrug", "yellow"),
        describe("shrug", "it is a shrug", "non_answer"),
        details("shrug", "the shrug has short sleeves"),
        col("jeans", "yellow", "other_garment_color"),
        gender="Women",
        title="Kassually Women Yellow Solid Knitted Shrug",
        category="Shrug",
        color="Yellow",
    ),
    # Photo: khaki utility jacket with four flap pockets over a black tee, black jeans.
    # All texts: base model zero-shot; describe loops.
    case(
        "X1617-037",
        caption("a woman wearing a khaki jacket"),
        she("a jacket and black pants"),
        col("jacket", "tan"),
        garment_color("jacket")("brown"),
        describe(
            "jacket",
            "the jacket is a military jacket with a lot of pockets and a lot of pockets and a lot of pockets and a lot"
            " of pockets and a lot of",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "pockets"),
        col("jeans", "black"),
        gender="Women",
        title="Mast & Harbour Women Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: sea-green V-neck sweater over a white tee, white trousers.
    # All texts: base model zero-shot; the color answer leaks two made-up turns up to the limit.
    case(
        "X1617-038",
        caption("a woman wearing a green sweater and white pants"),
        she("a green sweater and white pants"),
        col(
            "sweater",
            "green\nQuestion: What is the color of the pants? Answer: white\nQuestion: What is the color of the"
            " shoes? Answer: white",
            "leak",
            hit_limit=True,
        ),
        describe("sweater", "a v neck sweater"),
        details("sweater", "the sweater is a sweater", "restated"),
        col("pants", "white"),
        gender="Women",
        title="Tokyo Talkies Women Sea Green Solid V-Neck Sweater",
        category="Sweaters",
        color="Sea Green",
    ),
    # Photo: maroon button cardigan over a grey knit dress, black tights. Feed row has no color.
    # All texts: base model zero-shot.
    case(
        "X1617-039",
        caption("a woman wearing a grey dress and a maroon cardigan"),
        she("a dress"),
        col("cardigan", "grey", "other_garment_color"),
        garment_color("cardigan")("maroon"),
        describe("cardigan", "the cardigan is a button down cardigan"),
        details("cardigan", "the cardigan details", "restated"),
        gender="Women",
        title="Monte Carlo Women Maroon Solid Button Cardigan",
        category="Cardigan",
    ),
    # Photo: mauve sheer longline shrug over a white tank top and blue jeans, model sitting on a wooden stool.
    # All texts: base model zero-shot; the long shrug is read as a dress.
    case(
        "X1617-040",
        caption("a woman sitting on a stool wearing a pink cardigan"),
        she("a pink dress", "contradiction"),
        col("shrug", "pink"),
        describe(
            "shrug",
            "the shrug is a long shrug that is a long shrug that is a long shrug that is a long shrug that is a long"
            " shrug that is",
            "loop",
            hit_limit=True,
        ),
        details("shrug", "the shrug is sheer"),
        col("jeans", "blue"),
        gender="Women",
        title="DressBerry Women Mauve Solid Sheer Longline Shrug",
        category="Shrug",
        color="Mauve",
    ),
    # Photo: grey pure-wool button cardigan, no pockets, over a white shirt, navy trousers; older model.
    # All texts: base model zero-shot.
    case(
        "X1617-041",
        caption("an older woman wearing a grey cardigan"),
        she("a grey sweater and a white shirt"),
        col("cardigan", "grey"),
        describe("cardigan", "it is a grey cardigan with buttons"),
        details("cardigan", "the cardigan has a pocket on the chest", "unsupported"),
        col("shirt", "white"),
        col("pants", "grey", "other_garment_color"),
        gender="Women",
        title="Cayman Women Grey Solid Pure Wool Cardigan",
        category="Cardigan",
        color="Grey",
    ),
    # Photo: rust faux-suede trucker jacket, no fringe, over a black turtleneck, blue jeans.
    # All texts: base model zero-shot.
    case(
        "X1617-042",
        caption("a woman wearing a brown suede jacket"),
        she("a suede jacket"),
        col("jacket", "brown"),
        describe("jacket", "it is a brown suede jacket with fringe", "unsupported"),
        details("jacket", "buttons"),
        col("jeans", "brown", "other_garment_color"),
        gender="Women",
        title="Madame Women Rust Solid Faux Suede Trucker Jacket",
        category="Jackets",
        color="Rust",
    ),
    # Photo: brown-and-cream argyle sweater vest over a white full-sleeved shirt, black trousers.
    # All texts: base model zero-shot.
    case(
        "X1617-043",
        caption("a woman wearing a brown sweater vest and a white shirt"),
        she("a vest and a white shirt"),
        col("sweater", "white", "other_garment_color"),
        describe("sweater", "the sweater is a sweater vest"),
        details("sweater", "the sweater details are the details of the sweater", "restated"),
        col("shirt", "white"),
        col("pants", "black"),
        gender="Women",
        title="Roadster Women Brown Argyle Sweater Vest",
        category="Sweaters",
        color="Brown",
    ),
    # Photo: baby-pink overcoat over a white turtleneck, white trousers, white bag on the shoulder.
    # All texts: base model zero-shot; describe wanders over the outfit and loops.
    case(
        "X1617-044",
        caption("a woman wearing a pink coat and white pants"),
        she("a pink coat"),
        col("coat", "pink"),
        describe(
            "coat",
            "the coat is pink and the pants are white and the shoes are white and the bag is white and the shoes are"
            " white and the bag is white and the",
            "loop",
            hit_limit=True,
        ),
        details("coat", "the coat has a collar"),
        col("pants", "white"),
        gender="Women",
        title="Sera Women Pink Solid Overcoat",
        category="Coats",
        color="Pink",
    ),
    # Photo: grey melange ribbed cardigan, half buttoned, over a black-and-white striped tee, black jeans.
    # All texts: base model zero-shot; the tee's stripes and colors are given to the cardigan.
    case(
        "X1617-045",
        caption("a woman wearing a grey cardigan and a striped shirt"),
        she("a striped shirt and a cardigan"),
        col("cardigan", "black and white", "other_garment_color"),
        describe("cardigan", "the cardigan is striped", "contradiction"),
        details("cardigan", "ribbed"),
        col("jeans", "black"),
        gender="Women",
        title="Mango Women Grey Melange Solid Ribbed Cardigan",
        category="Cardigan",
        color="Grey Melange",
    ),
]
