"""BLIND_1115 (46 products; Myntra women's tops, shirts, co-ords, VQA adapter): written blind in the sixtieth session.
Measured blind at b348683 (the session's third rules): 124/137 failures found (90.5%) and 12/195 correct texts flagged
(6.2%). The writer's notes, verbatim:

Scenario: a Myntra-like women's feed of tops, shirts, a few T-shirts and co-ord sets (a top or shirt with matching
trousers, palazzos, shorts, skirt or joggers). Studio photos, mostly on a white backdrop, worn by a model who also
wears other clothes (jeans, trousers, a camisole under a blazer, a tank under an open shirt), a few with a bag, a belt
or a plant in frame. Catalog columns as such a feed has them: title, category (Tops, Shirts, Tshirts, Co-Ords), color
(Myntra base colour: Mustard, Off White, Coral, Grey Melange, Multi...), gender; two rows lack color, one lacks
category.

Who wrote what: every caption and open answer is greedy generation by Salesforce/blip2-opt-2.7b with the LoRA adapter
leoreigoto/Data3_V3_BLIP2_VQA (one epoch of In-shop VQA pairs, labels unmasked, no end token trained), max 50 new
tokens for captions and 30 for answers. Its habits: captions come out short and answer-like because VQA-only training
broke captioning; answers do not stop, so many run to the limit and either loop on a word or phrase, are cut
mid-phrase, or go on in the training format ("... Question: What is the color of the pants? Answer: ..."); it often
answers with the color of the jeans or trousers instead of the top, gives two garments one color, invents details
(pockets, zips, fabric blends) and says "he" for the women models. Closed answers (garment_type, color, pattern,
sleeve_length, is_*) come from enrich's --engine reference, which ranks the candidate values with the same adapter:
one clean candidate each, never looped or cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- other_garment_color only for free-generated texts (caption or open answer) that give the labelled product the color
  of another visible garment (jeans, trousers, camisole, tank top); a closed answer that picks another garment's color
  is labelled contradiction, because the reference engine simply ranked a wrong candidate.
- An open answer that gives another garment (the jeans, trousers, shorts) the product's color, so two garments share
  one color, is labelled contradiction; so is a color taken from a prop or the print (the plant, a bag, the leaf print).
- For a co-ord SKU the garment is the set: a closed garment_type naming one piece (t-shirt) or a wrong kind (sweater)
  contradicts the title/category; "co-ord set" and, for the blazer-and-trouser set, "yes" to "Is this a suit?" count
  as right. A shirt-style top answered "shirt" is right; a longline top answered "kurta" contradicts the seller.
- Shade synonyms count as right: purple for lavender, pink for peach, coral or magenta, blue for teal or sky blue,
  yellow for mustard, green for sea green or emerald, grey for charcoal, white for off white or cream; brown for coffee.
- Material: right when the title names it or it is plain in the photo (denim, satin sheen, ribbed or cable knit,
  sheer georgette); a material or blend the title does not name and the photo cannot show is unsupported; a material
  other than the one the title names is a contradiction (material vs catalog).
- Invented details the photo does not show (pockets, back zips, linings, logos, drawstrings hidden under a top, fabric
  percentages, washing claims, the wrong slogan on a T-shirt, a mandarin collar on a regular collar) are unsupported.
- Rolled-up sleeves on a long-sleeved shirt are still long sleeves; flutter and puff sleeves above the elbow are short.
- A loop that ran to the limit is loop (hit_limit), a format continuation ("Question: ... Answer:") is leak even when
  it also ran to the limit, and only a text stopped mid-phrase at the limit without looping or leaking is cut.
- non_answer: a one-word or yes/no reply to an open question, or "fabric"/"clothes". restated: the answer only says the
  question's words back as a sentence ("the top details are the top details").
- pronoun: "he" for a model in a Women row; "she" where right is not a failure.
- A vague but true answer ("a shirt and pants", "black shirt") is correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS


def wearing_w(text, failure=None, hit_limit=False):
    """The questionnaire's wearing question as this job asked it for women's rows."""
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


# the VQA adapter's own training prompt, asked as an open question
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_1115 = [
    # photo: mustard yellow short-sleeve round-neck top tucked into light blue jeans, white backdrop, front view.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-001",
        caption("a woman wearing a yellow top and blue jeans"),
        wearing("a yellow top and jeans"),
        Q.color("mustard"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe(
            "top",
            "a mustard yellow top with short sleeves and a round neck, tucked into a pair of light blue jeans with a",
            "cut",
            hit_limit=True,
        ),
        details("top", "round neck, short sleeves, tucked in"),
        title="Roadster Women Mustard Yellow Solid Regular Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white long-sleeve cotton shirt, buttoned, worn untucked with black straight trousers, white backdrop.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-002",
        caption("a woman in a white shirt and black pants"),
        wearing_w(
            "white shirt black pants white shirt black pants white shirt black pants white shirt black pants white "
            "shirt black pants white shirt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "a black shirt with a collar and buttons down the front", "other_garment_color"),
        details("shirt", "yes", "non_answer"),
        Q.material("cotton"),
        title="HERE&NOW Women White Regular Fit Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: co-ord set, black-and-white gingham short-sleeve shirt with matching straight trousers, white sneakers,
    # white backdrop, full length. caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X1115-003",
        caption("a woman in a black and white checkered shirt and pants"),
        Q.garment_type("co-ord set"),
        Q.pattern("checked"),
        Q.color("black"),
        wearing(
            "a checkered shirt and checkered pants Question: What is the color of the shirt? Answer: black and white "
            "Question: What is",
            "leak",
            hit_limit=True,
        ),
        describe("co-ord set", "a black and white plaid shirt and matching pants with white sneakers"),
        color_of("trousers", "black and white", kind="open"),
        Q.material("polyester", "unsupported"),
        title="SASSAFRAS Women Black & White Checked Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: pink top with a small white floral print, short puff sleeves, square neck, worn with white jeans, white
    # backdrop. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-004",
        caption("a woman wearing a pink floral top and white jeans"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.color("white", "contradiction"),
        details("top", "puff sleeves, square neck, floral print"),
        wearing("she is wearing a pink top and white jeans"),
        describe("top", "a white top with pink flowers and puff sleeves", "other_garment_color"),
        title="Tokyo Talkies Women Pink Floral Print Puff Sleeve Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black satin long-sleeve shirt, no pockets, worn over beige trousers with a thin black belt and black
    # pumps, white backdrop. caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X1115-005",
        caption("a woman wearing a black shirt and beige pants"),
        Q.material("satin"),
        describe(
            "shirt",
            "a black satin shirt with long sleeves and a pocket on the chest and a pocket on the sleeve",
            "unsupported",
        ),
        Q.color("black"),
        Q.garment_type("shirt"),
        wearing(
            "a black satin shirt with long sleeves and beige trousers with a black belt and a pair of black shoes "
            "and a black",
            "cut",
            hit_limit=True,
        ),
        cloth("beige shirt and black pants", "other_garment_color"),
        title="Vero Moda Women Black Satin Solid Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: lavender ribbed sleeveless fitted top with a high neck, worn with white wide-leg trousers, white
    # backdrop. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-006",
        caption("a woman wearing a purple top and white pants"),
        Q.sleeve_length("sleeveless"),
        Q.color("lavender"),
        wearing("he is wearing a purple tank top and white pants", "pronoun"),
        details(
            "top",
            "ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed "
            "ribbed ribbed ribbed ribbed ribbed ribbed ribbed",
            "loop",
            hit_limit=True,
        ),
        Q.material("ribbed knit"),
        title="DressBerry Women Lavender Solid Ribbed Fitted Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust wrap top, V-neck, three-quarter sleeves, tie at the waist, worn with black jeans, white backdrop.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-007",
        caption("a woman in a black top and orange pants", "other_garment_color"),
        Q.color("rust"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.garment_type("top"),
        Q.pattern("floral", "contradiction"),
        describe("top", "a wrap top with a v-neck and a tie at the waist"),
        is_a("dress", "no"),
        title="Harpa Women Rust Orange Solid Wrap Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: co-ord set, beige sleeveless round-neck top and matching wide-leg trousers, linen-look weave, brown
    # sandals, white backdrop. caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X1115-008",
        caption("a woman wearing a beige top and pants"),
        wearing(
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige "
            "beige beige beige beige beige beige beige beige beige beige beige beige beige",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("co-ord set"),
        Q.material("100% organic linen, made in india", "unsupported"),
        color_of("trousers", "beige", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("top", "Question: Describe the top. Answer: a beige sleeveless top with a round neck", "leak"),
        title="Berrylush Women Beige Solid Top with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: navy-and-white vertical striped long-sleeve shirt, sleeves rolled to the elbow, worn with white shorts,
    # white backdrop. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-009",
        caption("a woman in a blue and white striped shirt and white shorts"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        color_of("shorts", "blue", "contradiction", kind="open"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        Q.sleeve_length("long sleeves"),
        describe(
            "shirt",
            "a navy and white striped shirt made of organic cotton with mother of pearl buttons",
            "unsupported",
        ),
        title="ONLY Women Navy Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red short-sleeve round-neck cotton crop top with high-waisted blue denim shorts, white sneakers, hands on
    # hips, hair in a ponytail, white backdrop. caption and open answers by the VQA adapter, closed by the reference.
    case(
        "X1115-010",
        caption(
            "a woman wearing a red crop top and blue denim shorts standing in front of a white wall with her hands on "
            "her hips and her hair in a ponytail and a pair of white sneakers on her feet and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a red crop top and blue denim shorts"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("red"),
        describe("crop top", "a red crop top with short sleeves and a round neck"),
        Q.material("cotton"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details(
            "crop top",
            "the neckline, the sleeves, the hem, the neckline, the sleeves, the hem, the neckline, the sleeves, the "
            "hem, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        title="StyleStone Women Red Solid Cotton Crop Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: olive green long-sleeve shirt-style top, collar, button placket, buttoned cuffs, worn untucked over
    # black leggings, white backdrop. caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X1115-011",
        caption("a woman in a green shirt and black leggings"),
        Q.color("olive"),
        Q.garment_type("shirt"),
        wearing("a black shirt and green leggings", "other_garment_color"),
        details("top", "collar, button placket, long sleeves with buttoned cuffs"),
        Q.pattern("solid"),
        Q.material("rayon", "unsupported"),
        title="Trendyol Women Olive Green Solid Shirt Style Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: co-ord set, white resort shirt with a blue and yellow floral print, short sleeves, camp collar, and
    # matching shorts; beige studio wall with a potted green plant. VQA adapter texts, reference engine closed.
    case(
        "X1115-012",
        caption("a woman in a floral shirt and shorts standing next to a plant"),
        Q.pattern("floral"),
        Q.color("multi"),
        wearing(
            "a floral print shirt and matching shorts, a floral print shirt and matching shorts, a floral print shirt "
            "and matching shorts, a",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a white shirt with blue and yellow flowers, short sleeves and a camp collar"),
        color_of("shorts", "green", "contradiction", kind="open"),
        is_a("co-ord set", "yes"),
        details("shirt", "the details of the shirt are the details of the shirt", "restated"),
        title="Sera Women Multicoloured Floral Printed Shirt & Shorts Co-Ords",
        category="Co-Ords",
        color="Multi",
        gender="Women",
    ),
    # photo: black sleeveless round-neck peplum top worn with blue jeans, front view only, white backdrop.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-013",
        caption("a woman wearing a black peplum top and blue jeans"),
        color_of("top", "black", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("top", "a black top with a peplum hem and a zipper on the back", "unsupported"),
        details("top", "top", "non_answer"),
        Q.garment_type("top"),
        wearing("a blue top and black jeans", "other_garment_color"),
        Q.pattern("polka dots", "contradiction"),
        title="Kassually Women Black Solid Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: pale pink long-sleeve formal shirt tucked into grey trousers, white backdrop.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-014",
        caption(
            "a woman in a pink shirt and grey pants Question: what is she wearing? Answer: a pink shirt and grey "
            "pants Question: what is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a pink shirt tucked into grey trousers"),
        Q.color("grey", "contradiction"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton blend, wrinkle free, machine washable", "unsupported"),
        title="Allen Solly Woman Pink Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: co-ord set, indigo blue top with white block-print motifs, three-quarter sleeves, round neck, matching
    # palazzos, silver jhumkas, white backdrop. VQA adapter texts, reference engine closed answers.
    case(
        "X1115-015",
        caption("a woman in a blue printed top and pants"),
        Q.pattern("printed"),
        Q.material("cotton"),
        color_of("palazzos", "blue with white print", kind="open"),
        wearing_w("she is wearing a blue top with white prints and matching palazzo pants and earrings"),
        details(
            "top",
            "the top has three quarter sleeves, a round neck and a printed design all over with a slit on the",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Women Indigo Blue Printed Pure Cotton Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon long-sleeve V-neck top worn with black jeans, white backdrop.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-016",
        caption("a woman wearing a maroon top and black jeans"),
        Q.color("maroon"),
        wearing("a maroon top"),
        color_of("jeans", "maroon", "contradiction", kind="open"),
        Q.sleeve_length("long sleeves"),
        describe("top", "the top is a top", "restated"),
        details("top", "v neck, long sleeves, slim fit, stretchable fabric", "unsupported"),
        title="Mast & Harbour Women Maroon Solid Regular Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: sea green longline top with a small pink floral print, mandarin collar, three-quarter sleeves, side
    # slits, white leggings, white backdrop. VQA adapter texts, reference engine closed answers.
    case(
        "X1115-017",
        caption("a woman in a green floral top and white leggings"),
        Q.garment_type("kurta", "contradiction"),
        Q.pattern("floral"),
        Q.color("green"),
        details("top", "mandarin collar, three quarter sleeves, side slits"),
        describe("top", "green", "non_answer"),
        wearing(
            "a green top and white leggings Question: What is the color of the leggings? Answer: white Question: "
            "Is this a",
            "leak",
            hit_limit=True,
        ),
        title="W Women Sea Green Floral Printed Longline Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: mid-blue denim shirt, long sleeves, two flap chest pockets, spread collar, worn with white jeans, white
    # backdrop. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-018",
        caption("a woman wearing a denim shirt and white pants"),
        Q.material("denim"),
        details("shirt", "two flap pockets on the chest and long sleeves"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.garment_type("shirt"),
        is_a("jacket", "yes", "contradiction"),
        wearing("he wears a denim shirt and white jeans", "pronoun"),
        describe("shirt", "a blue denim shirt with snap buttons and embroidered patches on the sleeves", "unsupported"),
        title="U.S. Polo Assn. Women Blue Solid Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow off-shoulder top with short ruffle sleeves and a ruffled neckline, worn with blue jeans, white
    # backdrop. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-019",
        caption("a woman in a yellow off the shoulder top and jeans"),
        wearing("yellow", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.color("yellow"),
        describe("top", "a yellow off-shoulder top with ruffles along the neckline"),
        details(
            "top",
            "off shoulder, off shoulder, off shoulder, off shoulder, off shoulder, off shoulder, off shoulder, off "
            "shoulder, off shoulder, off",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton lycra blend", "unsupported"),
        title="Tokyo Talkies Women Yellow Solid Off-Shoulder Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: co-ord set, peach short-sleeve crop top and matching plain A-line midi skirt, white sneakers, white
    # backdrop, front view. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-020",
        caption("a woman wearing a pink crop top and skirt"),
        Q.garment_type("co-ord set"),
        color_of("skirt", "peach", kind="open"),
        wearing("a peach crop top and a matching skirt with white shoes"),
        describe(
            "skirt", "a peach midi skirt with pleats and a slit at the back and a belt at the waist", "unsupported"
        ),
        is_a("dress", "yes", "contradiction"),
        details(
            "crop top",
            "crop top, crop top, crop top, crop top, crop top, crop top, crop top, crop top, crop top, crop top, crop",
            "loop",
            hit_limit=True,
        ),
        title="FabAlley Women Peach Solid Crop Top with Skirt Co-Ords",
        category="Co-Ords",
        color="Peach",
        gender="Women",
    ),
    # photo: white cotton top with broderie anglaise eyelet embroidery, short flutter sleeves, round neck, worn with
    # light blue jeans with frayed hems, front view only, white backdrop. VQA adapter texts, reference engine closed.
    case(
        "X1115-021",
        caption("a woman in a white lace top and blue jeans"),
        Q.color("white"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.material("cotton"),
        details(
            "top", "eyelet embroidery, flutter sleeves, round neck and a button closure at the back", "unsupported"
        ),
        wearing(
            "a white top with eyelet embroidery and flutter sleeves and a pair of light blue jeans with a frayed hem "
            "and",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Women White Pure Cotton Broderie Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black-and-white houndstooth long-sleeve shirt, no pocket, visible front buttons, worn with black
    # trousers, white backdrop. caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X1115-022",
        caption("a woman wearing a black and white checkered shirt and black pants"),
        Q.pattern("checked"),
        color_of("pants", "black", kind="open"),
        wearing("he is wearing a black and white shirt and black pants", "pronoun"),
        describe("shirt", "a black and white shirt"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("shirt", "houndstooth print, long sleeves, a chest pocket and a hidden button placket", "unsupported"),
        title="Van Heusen Woman Black & White Houndstooth Checked Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: mid charcoal grey long-sleeve henley top, three-button placket, no pocket, worn with black jeans, white
    # backdrop.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-023",
        caption("a woman in a grey long sleeve shirt and black jeans"),
        Q.color("charcoal"),
        Q.garment_type("top"),
        details("top", "button placket at the neck, long sleeves and a chest pocket", "unsupported"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.material("wool", "unsupported"),
        title="Roadster Women Charcoal Grey Solid Henley Top",
        category="Tops",
        color="Charcoal",
        gender="Women",
    ),
    # photo: co-ord set, black top with white polka dots, short puff sleeves, matching straight trousers, the model
    # holds a small tan handbag, white backdrop. VQA adapter texts, reference engine closed answers.
    case(
        "X1115-024",
        caption("a woman in a black and white polka dot outfit holding a brown bag"),
        Q.pattern("polka dots"),
        Q.color("black"),
        wearing("a black and white polka dot top and pants and a brown purse"),
        color_of("top", "brown", "contradiction", kind="open"),
        details(
            "trousers",
            "the trousers are black with white polka dots and a straight leg and an elastic waist and a drawstring",
            "unsupported",
        ),
        Q.sleeve_length("short sleeves"),
        describe("co-ord set", "clothes", "non_answer"),
        title="Athena Women Black & White Polka Dot Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: teal sleeveless satin top with a cowl neck, slight sheen, worn with white trousers, white backdrop.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-025",
        caption("a woman wearing a blue top and white pants"),
        Q.color("teal"),
        describe("top", "a teal top with a cowl neck and no sleeves"),
        wearing("Question: What is the person wearing? Answer: a blue top and white pants", "leak"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details("top", "the top details are on the top", "restated"),
        title="Style Quotient Women Teal Blue Solid Satin Cowl Neck Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: purple short-sleeve T-shirt with the white word "DREAMER" across the chest, blue jeans, white sneakers,
    # hands in the jeans pockets, hair tied back, white backdrop. VQA adapter texts, reference engine closed.
    case(
        "X1115-026",
        caption("a woman wearing a purple t-shirt with the word dreamer on it"),
        Q.garment_type("t-shirt"),
        Q.pattern("graphic"),
        details("t-shirt", "the word love printed on the front", "unsupported"),
        color_of("t-shirt", "purple", kind="open"),
        wearing(
            "a purple t-shirt, blue jeans and white sneakers, with her hair tied back and her hands in the pockets "
            "of her",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "contradiction"),
        title="HERE&NOW Women Purple Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: co-ord set, olive green short-sleeve camp-collar shirt with a plain chest pocket and matching shorts,
    # white sneakers, white backdrop. VQA adapter texts, reference engine closed answers.
    case(
        "X1115-027",
        caption(
            "olive green shirt and shorts olive green shirt and shorts olive green shirt and shorts olive green shirt "
            "and shorts olive green shirt and shorts olive green shirt and",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        Q.color("olive"),
        Q.garment_type("co-ord set"),
        color_of("shorts", "olive green", kind="open"),
        describe(
            "shirt",
            "an olive green shirt with a camp collar, short sleeves and a chest pocket with a logo embroidered on it",
            "unsupported",
        ),
        Q.material("fabric", "non_answer"),
        title="SASSAFRAS Women Olive Green Solid Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: off-white top with a small dotted dobby texture, short sleeves, round neck with a keyhole tie, worn with
    # black trousers, white backdrop. VQA adapter texts, reference engine closed answers.
    case(
        "X1115-028",
        caption("a woman in a white blouse and black pants"),
        Q.color("off white"),
        wearing_w("a black blouse and black pants", "other_garment_color"),
        details("top", "keyhole neckline with a tie, short sleeves, textured fabric"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short sleeves"),
        describe(
            "top",
            "an off white top with a keyhole neck and a tie at the neck and a tie at the neck and a tie at the neck "
            "and a tie",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Off-White Self Design Keyhole Neck Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: coral pink sleeveless top with a ruffled neckline and ruffled hem, worn with white jeans, white backdrop.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-029",
        caption("a woman in a pink ruffled top and white jeans"),
        Q.color("pink"),
        describe("top", "a coral top with ruffles at the neck and hem, sleeveless"),
        color_of("top", "white", "other_garment_color", kind="open"),
        wearing(
            "she she she she she she she she she she she she she she she she she she she she she she she she she she "
            "she she she she",
            "loop",
            hit_limit=True,
        ),
        is_a("top", "yes"),
        Q.pattern("floral", "contradiction"),
        title="Popnetic Women Coral Solid Ruffled Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: navy blue long-sleeve shirt with a small white and red floral print, regular point collar, worn with
    # white trousers, white backdrop. VQA adapter texts, reference engine closed answers.
    case(
        "X1115-030",
        caption("a woman in a white floral shirt and white pants", "other_garment_color"),
        Q.pattern("floral"),
        Q.color("navy blue"),
        details(
            "shirt",
            "the shirt has long sleeves, a collar and buttons down the front and a floral print all over with red "
            "and white flowers on a navy",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "navy blue", "contradiction", kind="open"),
        wearing("shirt", "non_answer"),
        describe("shirt", "a navy blue floral shirt with a mandarin collar", "unsupported"),
        title="Harpa Women Navy Blue Floral Print Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: co-ord set, lavender-and-white tie-dye long-sleeve crop sweatshirt and matching joggers with ribbed ankle
    # cuffs, white sneakers, white backdrop. VQA adapter texts, reference engine closed answers.
    case(
        "X1115-031",
        caption(
            "a woman wearing a purple tie dye sweatshirt and pants and white sneakers and a purple tie dye sweatshirt "
            "and pants and white sneakers and a purple tie dye sweatshirt and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("lavender"),
        wearing(
            "a sweatshirt and sweatpants Question: What is the color of the sweatshirt? Answer: purple Question: "
            "What is the color of the pants? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton fleece"),
        Q.sleeve_length("long sleeves"),
        describe("joggers", "purple joggers with elastic cuffs at the ankle"),
        Q.garment_type("sweater", "contradiction"),
        title="Kassually Women Lavender Tie-Dye Cotton Fleece Sweatshirt & Joggers Co-Ords",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: emerald green top, smocked bodice, square neck, long puff sleeves, worn with black trousers, white
    # backdrop. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-032",
        caption("a woman wearing a green top with puffy sleeves"),
        Q.sleeve_length("long sleeves"),
        Q.color("green"),
        describe("top", "a green top with a square neckline, smocked bodice and puff sleeves"),
        details("top", "the top has puff sleeves, a square neck and a hidden side zip", "unsupported"),
        wearing("a green top and green pants", "contradiction"),
        color_of("top", "black", "other_garment_color", kind="open"),
        title="AND Women Emerald Green Solid Smocked Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: sky blue long-sleeve formal shirt tucked into navy trousers, white backdrop.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-033",
        caption("a woman in a light blue shirt and navy pants"),
        color_of("shirt", "light blue", kind="open"),
        Q.color("navy blue", "contradiction"),
        Q.garment_type("shirt"),
        describe("shirt", "a light blue button up shirt with long sleeves tucked into the trousers"),
        Q.material("cotton"),
        details(
            "shirt",
            "the shirt has a classic collar, long sleeves with buttoned cuffs, a button placket and a curved hem that "
            "is tucked into the",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a light blue shirt and navy blue pants Question: What is the color of the pants? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        title="Park Avenue Woman Sky Blue Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: orange top with a white leaf print, tie-up neck, three-quarter bell sleeves, worn with white jeans,
    # white backdrop. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-034",
        caption("a woman in an orange and white printed top and white pants"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("he is wearing an orange shirt and white pants", "pronoun"),
        details("top", "tie up neck and bell sleeves"),
        Q.color("orange"),
        describe(
            "top", "an orange top with white leaves, bell sleeves, a tie-up neck and a lining inside", "unsupported"
        ),
        title="Sera Women Orange & White Leaf Print Tie-Up Neck Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: co-ord set, red single-breasted blazer with notch lapels and matching straight trousers, a black
    # camisole under the blazer, black heels, white backdrop. VQA adapter texts, reference engine closed answers.
    case(
        "X1115-035",
        caption("a woman in a red suit with a black top"),
        Q.garment_type("co-ord set"),
        Q.color("red"),
        color_of("blazer", "black", "other_garment_color", kind="open"),
        wearing("a red blazer and red trousers over a black top"),
        describe(
            "blazer",
            "a red blazer with notch lapels and a single button, and a black top underneath it, and a black top "
            "underneath it, and a black top underneath",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        details("blazer", "no", "non_answer"),
        title="Athena Women Red Solid Blazer & Trousers Co-Ords",
        category="Co-Ords",
        color="Red",
        gender="Women",
    ),
    # photo: blue and white ikat print top, three-quarter sleeves, round neck with tassel ties, worn with beige
    # trousers, white backdrop. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-036",
        caption(
            "a woman in a blue and white top and beige pants a woman in a blue and white top and beige pants a woman "
            "in a blue and white top and beige pants a woman in",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        wearing("a blue top"),
        details("top", "the top has a round neck with tassels"),
        Q.material("rayon", "contradiction"),
        color_of("pants", "blue", "contradiction", kind="open"),
        describe("top", "a beige top with a round neck and tassels", "other_garment_color"),
        title="Global Desi Women Blue Ikat Printed Cotton Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black sleeveless square-neck fitted crop top worn with light grey wide-leg trousers, white backdrop.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-037",
        caption("a woman wearing a black crop top and grey pants"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        describe(
            "top",
            "the crop top is black and has a square neck and is made of 95% polyester and 5% spandex",
            "unsupported",
        ),
        wearing("black", "non_answer"),
        Q.color("black"),
        color_of("top", "grey", "other_garment_color", kind="open"),
        title="Tokyo Talkies Women Black Solid Fitted Square Neck Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: coffee brown long-sleeve knitted turtleneck top worn with cream wide-leg high-waisted trousers, white
    # backdrop. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-038",
        caption("a woman in a brown turtle neck sweater and cream pants Answer: a brown sweater", "leak"),
        Q.garment_type("top"),
        Q.color("brown"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details("top", "turtle neck, long sleeves, knitted"),
        Q.material("knit"),
        wearing(
            "a brown turtleneck top with long sleeves and cream trousers with a high waist and wide legs and a pair of",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Coffee Brown Solid Knitted Turtle Neck Top",
        category="Tops",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: co-ord set, pink sleeveless top and matching palazzos with a green leaf and floral print, gold earrings,
    # white backdrop. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-039",
        caption("a woman in a pink floral outfit with matching pants"),
        Q.pattern("floral"),
        Q.color("green", "contradiction"),
        wearing("a pink floral top and palazzo pants with gold earrings and a gold necklace", "unsupported"),
        Q.sleeve_length("sleeveless"),
        details("palazzos", "the palazzos are the palazzos", "restated"),
        color_of("palazzos", "pink", kind="open"),
        title="Miaz Women Pink & Green Floral Printed Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: blue and white checked flannel shirt, long sleeves, worn open over a white tank top and black jeans, white
    # sneakers, a silver watch, white backdrop. caption and open answers by the VQA adapter, closed answers by the
    # reference engine.
    case(
        "X1115-040",
        caption("a woman wearing a blue and white plaid shirt over a white tank top"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        wearing_w("a plaid shirt, a white tank top and black jeans"),
        describe(
            "shirt",
            "a blue plaid shirt with long sleeves, worn open over a white tank top and black jeans with a pair of "
            "white sneakers and a silver",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "long sleeves, long sleeves, long sleeves, long sleeves, long sleeves, long sleeves, long sleeves, long "
            "sleeves, long sleeves, long sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.material("flannel"),
        title="Roadster Women Blue & White Checked Flannel Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white sheer georgette long-sleeve shirt over a white camisole, worn with blue jeans, white backdrop.
    # caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-041",
        caption("a woman in a white sheer shirt and blue jeans"),
        Q.material("georgette"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("shirt", "what are the shirt details? the shirt details are", "restated"),
        Q.garment_type("shirt"),
        wearing(
            "a white shirt and blue jeans Question: Is this a shirt? Answer: yes Question: What is the color of the "
            "jeans? Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Women White Sheer Georgette Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: co-ord set, grey melange short-sleeve T-shirt worn untucked over matching joggers (waistband hidden),
    # white sneakers, white backdrop; the feed row has no category. VQA adapter texts, reference engine closed.
    case(
        "X1115-042",
        caption("a woman in a grey t-shirt and grey sweatpants"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey"),
        cloth("grey t shirt and grey joggers and white shoes"),
        describe("joggers", "grey joggers with a drawstring waist and cuffed ankles", "unsupported"),
        Q.sleeve_length("short sleeves"),
        Q.material("100% cotton, bio-washed", "unsupported"),
        title="Street 9 Women Grey Melange Solid T-shirt & Joggers Co-Ords",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black top with a gold foil geometric print, short flared sleeves, round neck, worn with black jeans and
    # black ankle boots, white backdrop; the feed row has no color. VQA adapter texts, reference engine closed.
    case(
        "X1115-043",
        caption("a woman in a black and gold top and black jeans"),
        Q.color("black"),
        Q.pattern("printed"),
        color_of("top", "black and gold", kind="open"),
        describe(
            "top",
            "a black top with a gold geometric print, short flared sleeves and a round neckline, paired with black "
            "jeans and a pair of black",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a black shirt with gold designs", "pronoun"),
        details(
            "top",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Black & Gold-Toned Printed Top",
        category="Tops",
        gender="Women",
    ),
    # photo: beige linen long-sleeve relaxed shirt with dropped shoulders and a curved hem, tucked into white
    # trousers with a brown belt, white backdrop. VQA adapter texts, reference engine closed answers.
    case(
        "X1115-044",
        caption("a woman in a beige shirt and white pants with a brown belt"),
        Q.material("linen"),
        Q.color("beige"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a relaxed fit, dropped shoulders and a curved hem"),
        wearing("he is wearing a beige shirt and white pants", "pronoun"),
        Q.sleeve_length("long sleeves"),
        describe(
            "shirt",
            "a beige linen shirt with long sleeves, a relaxed fit and a curved hem, worn tucked into white trousers "
            "with a brown",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        title="SHAYE Women Beige Relaxed Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: magenta short-sleeve shirt-style top with a collar and a front tie-up knot at the waist, worn with white
    # jeans, white backdrop. caption and open answers by the VQA adapter, closed answers by the reference engine.
    case(
        "X1115-045",
        caption(
            "a woman wearing a pink top and white jeans Question: what is the color of the top? Answer: pink "
            "Question: what is the color of the jeans? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("magenta"),
        Q.garment_type("shirt"),
        describe("top", "a pink shirt tied at the waist"),
        details("top", "front tie-up knot, collar, short sleeves"),
        color_of("jeans", "pink", "contradiction", kind="open"),
        wearing("a white shirt and white jeans", "other_garment_color"),
        title="Berrylush Women Magenta Solid Tie-Up Shirt Style Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: co-ord set, white long-sleeve shirt with thin black vertical stripes and matching wide trousers, black
    # sandals, white backdrop; the feed row has no color. VQA adapter texts, reference engine closed answers.
    case(
        "X1115-046",
        caption("a woman in a black and white striped shirt and pants"),
        Q.pattern("striped"),
        Q.color("white"),
        wearing(
            "a striped shirt and pants, striped shirt and pants, striped shirt and pants, striped shirt and pants, "
            "striped shirt and pants, striped",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("trousers", "white trousers with black stripes and a wide leg"),
        color_of("shirt", "black", "contradiction", kind="open"),
        Q.material("linen", "unsupported"),
        title="Style Quotient Women White & Black Striped Shirt with Trousers Co-Ords",
        category="Co-Ords",
        gender="Women",
    ),
]
