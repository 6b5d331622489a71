"""BLIND_1382 (46 products; Myntra women's western bottoms with tops, VQA adapter, each garment's color): written blind
in the sixty-fourth session. Measured blind at bfeca02 (the session's second rules): 64/74 failures found (86.5%) and
22/155 correct texts flagged (14.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Jeggings, Skirts, Palazzos, Leggings, Shorts), the usual
catalog shots: a model on a plain studio backdrop wearing the product with a top (now and then a jacket, blazer or
coat over it), a few back and side views, two flat lays with no person and no top, props (a straw hat, a sling bag,
sunglasses). The feed's columns are title, category (Myntra's article type), color (its base colour) and gender; a
few rows lack one of them, and one row's base colour is wrong (X1382-030 says Navy Blue for black shorts; the title
and the photo say black).
Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b),
greedy, 30 new tokens, the `Question: ... Answer:` prompt, stopping on newline or eos. The job has no caption pass (the
VQA adapter broke captions), so there is no caption. Every product was asked what the person is wearing, the color of
the bottom (the word taken from the title: jeans, skirt, palazzos, culottes...), the color of "the top", and whether
it is that bottom; some were also asked the bottom's details, its pattern or its material, and where the studio's
shot sheet listed a layer, that layer's color (jacket, coat). The adapter was trained on exactly the color and
"Is this a ...?" forms, so most of its color answers are one or two words and right; it learned no terminator, so
about one answer in eight runs on to the 30-token limit (word loops, the next "Question: ... Answer:" turn, lists of
accessories cut mid-phrase). Its classic misses here: the top's color given to the bottom (or the reverse), the
layer's color given to the top, "no" to garments the In-shop classes never had (palazzos, culottes, jeggings,
cycling shorts), the top's stripes or checks given as the bottom's pattern, a long tunic called a dress.
Labeling conventions and judgement calls: a color that belongs to another visible garment (top, jacket, skirt) is
other_garment_color; a wrong color that belongs to nothing in the photo, a wrong garment class or a wrong yes/no is
contradiction; the top's pattern answered for the bottom is contradiction. Near shades count as right: olive or teal
read "green", maroon "red", rust "orange", mustard "yellow", peach "pink", cream "white", navy "blue". A printed
bottom answered with its print's color is right when the title names that color too (X1382-023, white and blue
palazzos, "blue"). An open layer (a flannel shirt worn open over a tee) counts as "the top". An answer that names only
the top to "What is the person wearing?" is true of the photo and left unmarked. A color for a top in a flat lay with
no top is unsupported, and so are invented details (ripped knees on clean-look jeans, a drawstring that is not there)
and a material the title denies (leather for faux leather, silk for satin). A run-on that repeats is loop, one that
starts the next "Question:" turn is leak (both ran to the limit), a list that stops mid-phrase at the limit is cut,
whatever else it gets wrong. "They are long", "shorts" or "" for the details is non_answer; "the leggings are
leggings" is restated. "He is wearing..." for a woman is pronoun. A yes/no question answered with a class name
("pants") is non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, material, wearing

_W = "Women"
pattern = BLIND_QUESTIONS.pattern

BLIND_1382 = [
    # Front, grey backdrop: white ribbed crop tee tucked into mid-blue skinny jeans, white sneakers. VQA adapter, all.
    case(
        "X1382-001",
        wearing("denim"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        gender=_W,
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front, white backdrop: black A-line mini skirt, mustard yellow slogan tee tucked in, black ankle boots.
    # VQA adapter; the top's answer takes the skirt's black.
    case(
        "X1382-002",
        wearing("a skirt"),
        color_of("skirt", "black", kind="open"),
        color_of("top", "black", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        pattern("pure color"),
        gender=_W,
        title="SASSAFRAS Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Front, beige backdrop: olive green wide-leg palazzos, white sleeveless top, tan sandals. VQA adapter; "no" to
    # palazzos (not an In-shop class), "they are long" for the details.
    case(
        "X1382-003",
        wearing("pants"),
        color_of("palazzos", "green", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("palazzos", "no", "contradiction", article="a pair of"),
        details("palazzos", "they are long", "non_answer"),
        gender=_W,
        title="Tokyo Talkies Women Olive Green Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Olive",
    ),
    # Front: teal ankle-length leggings under a long white printed tunic top (mid-thigh). VQA adapter; the tunic is
    # called a dress.
    case(
        "X1382-004",
        wearing("dress", "contradiction"),
        color_of("leggings", "green", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("leggings", "yes", article="a pair of"),
        gender=_W,
        title="Go Colors Women Teal Solid Ankle-Length Leggings",
        category="Leggings",
        color="Teal",
    ),
    # Front, white backdrop: dark navy washed denim shorts with frayed hem, light pink tee knotted at the waist.
    # VQA adapter; the pale pink tee read as white; the details loop.
    case(
        "X1382-005",
        wearing("shorts"),
        color_of("shorts", "blue", kind="open"),
        color_of("top", "white", "contradiction", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        details(
            "shorts",
            "frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed",
            "loop",
            hit_limit=True,
        ),
        gender=_W,
        title="HERE&NOW Women Navy Blue Washed Denim Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Front, white backdrop: black skinny jeans, grey marl sweatshirt, white sneakers. VQA adapter; grey for
    # everything.
    case(
        "X1382-006",
        wearing("a grey sweatshirt and grey jeans", "other_garment_color"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        color_of("top", "grey", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        gender=_W,
        title="Levis Women Black 711 Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front, white backdrop: beige pleated satin midi skirt, black fitted bodysuit, nude heels. VQA adapter; the
    # pleats read as stripes; the details loop.
    case(
        "X1382-007",
        wearing("skirt"),
        color_of("skirt", "beige", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("skirt", "yes"),
        pattern("striped", "contradiction"),
        details(
            "skirt",
            "pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats",
            "loop",
            hit_limit=True,
        ),
        gender=_W,
        title="DressBerry Women Beige Solid Pleated Midi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Front: light blue wide-leg clean-look jeans, white shirt tucked in with sleeves rolled, brown belt. VQA adapter;
    # the top's answer runs into the next turn; the details invent ripped knees.
    case(
        "X1382-008",
        wearing("a white shirt and blue jeans"),
        color_of("jeans", "light blue", kind="open"),
        color_of(
            "top",
            "white Question: What is the color of the jeans? Answer: blue Question: What is the color of the belt? "
            "Answer: brown Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "wide leg, high waist, ripped knees", "unsupported"),
        gender=_W,
        title="Mast & Harbour Women Blue Wide Leg High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: red midi skirt with small white and yellow flowers, white tee tucked in, straw bag in hand. VQA adapter.
    case(
        "X1382-009",
        wearing("a white tee and a red floral skirt"),
        color_of("skirt", "red", kind="open"),
        color_of("top", "white", kind="open"),
        pattern("floral"),
        is_a("skirt", "yes"),
        gender=_W,
        title="Vero Moda Women Red Floral Print A-Line Midi Skirt",
        category="Skirts",
        color="Red",
    ),
    # Flat lay on white: folded black leggings, no person, no top. VQA adapter; it gives the absent top the
    # backdrop's white.
    case(
        "X1382-010",
        wearing("leggings"),
        color_of("leggings", "black", kind="open"),
        color_of("top", "white", "unsupported", kind="open"),
        is_a("leggings", "yes", article="a pair of"),
        gender=_W,
        title="Lyra Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Front, beige backdrop: mustard linen-blend shorts with a self tie belt, white cami. VQA adapter; details loop.
    case(
        "X1382-011",
        wearing("a white top and yellow shorts"),
        color_of("shorts", "yellow", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        details(
            "shorts",
            "a tie at the waist, a tie at the waist, a tie at the waist, a tie at the waist, a tie at the waist,",
            "loop",
            hit_limit=True,
        ),
        gender=_W,
        title="ONLY Women Mustard Yellow Solid Linen Blend Shorts",
        category="Shorts",
        color="Mustard",
    ),
    # Front: mid-blue straight jeans with heavy rips at knees and thighs, black tank top. VQA adapter; the jeans'
    # color loops.
    case(
        "X1382-012",
        wearing("denim"),
        color_of(
            "jeans",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "black", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "ripped"),
        gender=_W,
        title="Kraus Jeans Women Blue Straight Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: maroon straight palazzos, plain cream short top, no bag, no jewellery. VQA adapter; the wearing answer
    # lists invented accessories to the limit; the top gets the palazzos' maroon.
    case(
        "X1382-013",
        wearing(
            "a cream top and maroon pants with a pair of brown sandals and a brown bag and a pair of gold earrings "
            "and a gold necklace and a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("palazzos", "red", kind="open"),
        color_of("top", "maroon", "other_garment_color", kind="open"),
        is_a("palazzos", "yes", article="a pair of"),
        gender=_W,
        title="De Moza Women Maroon Solid Straight Palazzos",
        category="Palazzos",
        color="Maroon",
    ),
    # Back view: woman with long hair, dark navy slim jeans (back pockets), white tee. VQA adapter; "he", the navy
    # read as black, the top's answer runs into the next turn.
    case(
        "X1382-014",
        wearing("he is wearing jeans", "pronoun"),
        color_of("jeans", "black", "contradiction", kind="open"),
        color_of(
            "top",
            "white Question: What is the color of the jeans? Answer: black Question: What is the color of the shoes? "
            "Answer: white Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "back pockets"),
        gender=_W,
        title="Pepe Jeans Women Navy Blue Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Front, white backdrop: white denim shorts, blue-and-white striped shirt knotted at the front, barefoot. VQA
    # adapter; the wearing list is cut (and invents footwear); the shirt's stripes given as the shorts' pattern.
    case(
        "X1382-015",
        wearing(
            "a blue and white striped shirt tied at the waist and a pair of white denim shorts with a frayed hem "
            "and a pair of white",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "white", kind="open"),
        color_of("top", "blue and white", kind="open"),
        pattern("striped", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        gender=_W,
        title="FOREVER 21 Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Front, office-style backdrop with a potted plant: black-and-white checked pencil skirt, black turtleneck.
    # VQA adapter; "no" to skirt; the details loop (and the zipper is not visible from the front).
    case(
        "X1382-016",
        wearing("skirt"),
        color_of("skirt", "black and white", kind="open"),
        color_of("top", "black", kind="open"),
        pattern("lattice"),
        is_a("skirt", "no", "contradiction"),
        details(
            "skirt",
            "the skirt is a pencil skirt with a slit at the back and a zipper at the back and a slit at the back and "
            "a zipper at the back",
            "loop",
            hit_limit=True,
        ),
        gender=_W,
        title="AND Women Black & White Checked Pencil Skirt",
        category="Skirts",
        color="Black",
    ),
    # Front: grey flared palazzos, black crop top, white sneakers. VQA adapter; the top gets the palazzos' grey; the
    # yes/no question answered with a class.
    case(
        "X1382-017",
        wearing("pants"),
        color_of("palazzos", "grey", kind="open"),
        color_of("top", "grey", "other_garment_color", kind="open"),
        is_a("palazzos", "pants", "non_answer", article="a pair of"),
        gender=_W,
        title="Cation Women Grey Solid Flared Palazzos",
        category="Palazzos",
        color="Grey",
    ),
    # Front: mid-blue mom jeans, white tank top, oversized beige blazer, white sneakers (no bag, no sunglasses).
    # VQA adapter; jacket asked (shot sheet lists the blazer). The top gets the blazer's beige.
    case(
        "X1382-018",
        wearing(
            "a white tank top, a beige blazer, blue jeans, a pair of white sneakers, a brown bag, a pair of "
            "sunglasses and a",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "beige", "other_garment_color", kind="open"),
        color_of("jacket", "beige", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "jeans", "non_answer"),
        gender=_W,
        title="H&M Women Blue Mom High Ankle Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: black maxi skirt with a side slit, white off-shoulder top, black heels, no clutch. VQA adapter; category
    # column empty in the feed. The wearing list runs to the limit.
    case(
        "X1382-019",
        wearing(
            "a white off shoulder top and a black maxi skirt with a slit on the side and a pair of black heels and "
            "a black clutch bag with a gold",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "slit"),
        gender=_W,
        title="Harpa Women Black Solid A-Line Maxi Skirt",
        color="Black",
    ),
    # Front: navy leggings, oversized white tee (well lit). VQA adapter; the tee called grey; yes loops.
    case(
        "X1382-020",
        wearing("leggings"),
        color_of("leggings", "navy", kind="open"),
        color_of("top", "grey", "contradiction", kind="open"),
        is_a(
            "leggings",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
            article="a pair of",
        ),
        pattern("pure color"),
        gender=_W,
        title="Marks & Spencer Women Navy Blue Solid Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Front, light pink backdrop: pink tiered mini skirt, white puff-sleeve top. VQA adapter; the skirt called shorts,
    # the top gets the skirt's pink.
    case(
        "X1382-021",
        wearing("a white top and pink shorts", "contradiction"),
        color_of("skirt", "pink", kind="open"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        pattern("pure color"),
        gender=_W,
        title="Berrylush Women Pink Solid Tiered Mini Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Front: black jeggings, red checked flannel shirt worn open over a black tee. VQA adapter; "no" to jeggings, the
    # shirt's checks given as the jeggings' pattern. "red" for the top is the open shirt (counted right).
    case(
        "X1382-022",
        wearing("a red plaid shirt and black jeans"),
        color_of("jeggings", "black", kind="open"),
        color_of("top", "red", kind="open"),
        is_a("jeggings", "no", "contradiction", article="a pair of"),
        pattern("lattice", "contradiction"),
        gender=_W,
        title="Roadster Women Black Skinny Fit High-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Front: white wide-leg palazzos with a blue leaf print, solid blue camisole. VQA adapter; "blue" for the printed
    # palazzos counted right (the title says White & Blue); the details only restate the question.
    case(
        "X1382-023",
        wearing("pants"),
        color_of("palazzos", "blue", kind="open"),
        color_of("top", "blue", kind="open"),
        pattern("floral"),
        is_a("palazzos", "yes", article="a pair of"),
        details("palazzos", "the details of the palazzos are the palazzos", "restated"),
        gender=_W,
        title="Tokyo Talkies Women White & Blue Printed Wide Leg Palazzos",
        category="Palazzos",
        color="White",
    ),
    # Flat lay on white: blue denim shorts with rolled hems, black sunglasses beside them, no person, no top.
    # VQA adapter; a black top from the sunglasses; the yes/no runs into the next turns.
    case(
        "X1382-024",
        wearing("shorts"),
        color_of("shorts", "blue", kind="open"),
        color_of("top", "black", "unsupported", kind="open"),
        is_a(
            "shorts",
            "yes Question: What are the shorts details? Answer: rolled hem Question: What is the color of the shorts? "
            "Answer: blue Question: What is",
            "leak",
            hit_limit=True,
            article="a pair of",
        ),
        details("shorts", "rolled hem"),
        gender=_W,
        title="Levis Women Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Front: black faux leather mini skirt, cream knitted sweater half tucked. VQA adapter; skirt color loops;
    # "leather" for faux leather.
    case(
        "X1382-025",
        wearing("a white sweater and a black leather skirt"),
        color_of(
            "skirt",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "white", kind="open"),
        material("leather", "unsupported"),
        is_a("skirt", "yes"),
        gender=_W,
        title="Mango Women Black Solid Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Front, white backdrop: rust wide-leg palazzos, black-and-white striped tee. VQA adapter; the top's colors loop.
    case(
        "X1382-026",
        wearing("a striped shirt and orange pants"),
        color_of("palazzos", "orange", kind="open"),
        color_of(
            "top",
            "black and white and black and white and black and white and black and white and black and white and "
            "black and white and black and white and black and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("palazzos", "yes", article="a pair of"),
        details("palazzos", "pleated front"),
        gender=_W,
        title="StyleStone Women Rust Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Rust",
    ),
    # Front: grey super skinny jeans, white tee, black leather jacket, no boots (white sneakers), no belt. VQA adapter;
    # jacket asked. The wearing list is cut; the jeans get the jacket's black.
    case(
        "X1382-027",
        wearing(
            "a black leather jacket, a white t-shirt, grey jeans and a pair of black boots and a black belt with a "
            "silver buckle and a",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        color_of("jacket", "black", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        gender=_W,
        title="Spykar Women Grey Super Skinny Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Front: maroon leggings, grey oversized sweatshirt. VQA adapter; the feed row has no gender. "no" to leggings,
    # the top's color loops, the details restate.
    case(
        "X1382-028",
        wearing("leggings"),
        color_of("leggings", "red", kind="open"),
        color_of(
            "top",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("leggings", "no", "contradiction", article="a pair of"),
        details("leggings", "the leggings are leggings", "restated"),
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Front: light blue button-front denim mini skirt, white ruffled sleeveless blouse, brown sling bag. VQA adapter;
    # details loop.
    case(
        "X1382-029",
        wearing("a white blouse and a blue denim skirt"),
        color_of("skirt", "light blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "button front, button front, button front, button front, button front, button front, button front, "
            "button front, button front, button front,",
            "loop",
            hit_limit=True,
        ),
        gender=_W,
        title="Marie Claire Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Front: black paperbag-waist shorts with a self belt, white shirt tucked in. The feed's colour says Navy Blue;
    # the title and the photo say black. VQA adapter, all right.
    case(
        "X1382-030",
        wearing("shorts"),
        color_of("shorts", "black", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "paper bag waist with a tie belt"),
        gender=_W,
        title="Trendyol Women Black Paperbag-Waist Solid Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Front: short-haired woman, loose white shirt, blue boyfriend jeans with rolled hems, white sneakers.
    # VQA adapter; "he".
    case(
        "X1382-031",
        wearing("he is wearing a white shirt and jeans", "pronoun"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "rolled up"),
        gender=_W,
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: khaki shorts, black tank top, blue denim jacket over it. VQA adapter; jacket asked. The shorts get the
    # jacket's blue; the details say only "shorts".
    case(
        "X1382-032",
        wearing("a denim jacket, black top and khaki shorts"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        color_of("jacket", "blue", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        pattern("pure color"),
        details("shorts", "shorts", "non_answer"),
        gender=_W,
        title="Vero Moda Women Khaki Solid Regular Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Front: off-white flared culottes, black cropped top, black mules. VQA adapter; "no" to culottes, empty details
    # (the adapter emitted only padding).
    case(
        "X1382-033",
        wearing("a black top and white pants"),
        color_of("culottes", "white", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("culottes", "no", "contradiction", article="a pair of"),
        details("culottes", "", "non_answer"),
        gender=_W,
        title="SASSAFRAS Women Off-White Solid Flared Culottes",
        category="Palazzos",
        color="Off White",
    ),
    # Front: navy flared midi skirt, light blue shirt with thin white stripes tucked in. VQA adapter; "blue" for both
    # garments is true of both.
    case(
        "X1382-034",
        wearing("a blue striped shirt and a blue skirt"),
        color_of("skirt", "blue", kind="open"),
        color_of("top", "blue", kind="open"),
        is_a("skirt", "yes"),
        pattern("pure color"),
        gender=_W,
        title="Allen Solly Woman Navy Blue Solid Flared Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Front: washed black mom jeans with slashed knees, red cropped graphic tee. VQA adapter; the jeans' answer runs
    # into the next turns; the details list is cut (a back-pocket patch cannot be seen from the front).
    case(
        "X1382-035",
        wearing("a red t-shirt and black jeans"),
        color_of(
            "jeans",
            "black Question: What is the color of the top? Answer: red Question: Is this a pair of jeans? Answer: yes "
            "Question: What is",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "red", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        details(
            "jeans",
            "ripped knees, a high waist, a button fly, a zip fly, five pockets, a belt loop and a small patch on the "
            "back pocket and",
            "cut",
            hit_limit=True,
        ),
        gender=_W,
        title="Jealous 21 Women Black Mom Fit High-Rise Slash Knee Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front: navy palazzos with white polka dots, white crop top, holding a straw hat. VQA adapter; "no" to palazzos;
    # the top's answer runs into a turn about the hat.
    case(
        "X1382-036",
        wearing("pants"),
        color_of("palazzos", "navy blue and white", kind="open"),
        color_of(
            "top",
            "white Question: What is the color of the hat? Answer: beige Question: What is the pattern of the "
            "palazzos? Answer: polka",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        pattern("polka dot"),
        is_a("palazzos", "no", "contradiction", article="a pair of"),
        gender=_W,
        title="Athena Women Navy Blue & White Polka Dot Printed Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # Front: ecru beige straight jeans, brown ribbed crop top. VQA adapter; the jeans get the top's brown, and "no"
    # to jeans (the pale denim reads as trousers).
    case(
        "X1382-037",
        wearing("a brown top and beige pants"),
        color_of("jeans", "brown", "other_garment_color", kind="open"),
        color_of("top", "brown", kind="open"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        pattern("pure color"),
        gender=_W,
        title="Kotty Women Beige Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Beige",
    ),
    # Back view: black leggings, hot pink tank top. The feed row has no base colour. VQA adapter, all right.
    case(
        "X1382-038",
        wearing("leggings"),
        color_of("leggings", "black", kind="open"),
        color_of("top", "pink", kind="open"),
        is_a("leggings", "yes", article="a pair of"),
        gender=_W,
        title="Lyra Women Black Solid Ankle-Length Leggings",
        category="Leggings",
    ),
    # Front: peach shorts with side pockets and a plain elastic waist (no drawstring), white printed tee. VQA adapter;
    # the yes/no runs into the next turns; the drawstring is invented.
    case(
        "X1382-039",
        wearing("shorts"),
        color_of("shorts", "pink", kind="open"),
        color_of("top", "white", kind="open"),
        is_a(
            "shorts",
            "yes Question: What is the color of the shorts? Answer: pink Question: What is the color of the top? "
            "Answer: white Question: What",
            "leak",
            hit_limit=True,
            article="a pair of",
        ),
        details("shorts", "pockets and a drawstring", "unsupported"),
        gender=_W,
        title="DressBerry Women Peach-Coloured Solid Regular Shorts",
        category="Shorts",
        color="Peach",
    ),
    # Front: dark blue flared jeans, mustard yellow knit top, brown platform heels, no jewellery. VQA adapter; the
    # wearing list is cut; the jeans get the top's yellow.
    case(
        "X1382-040",
        wearing(
            "a yellow knit top, blue flared jeans, a pair of brown platform heels, a gold necklace, gold hoop "
            "earrings and a brown leather",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        color_of("top", "yellow", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "flared"),
        gender=_W,
        title="ONLY Women Blue Flared High-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: emerald green satin midi skirt, black tee, white sneakers. VQA adapter; the top's color loops; "silk"
    # for satin.
    case(
        "X1382-041",
        wearing("skirt"),
        color_of("skirt", "green", kind="open"),
        color_of(
            "top",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        is_a("skirt", "yes"),
        gender=_W,
        title="Mast & Harbour Women Green Solid Satin A-Line Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Front: black cycling shorts mostly hidden under an oversized white shirt, white sneakers. VQA adapter; naming
    # only the shirt is true; the shorts get the shirt's white, "no" to shorts, the details say nothing.
    case(
        "X1382-042",
        wearing("a white shirt"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("shorts", "no", "contradiction", article="a pair of"),
        details("shorts", "the shorts are short", "non_answer"),
        gender=_W,
        title="HERE&NOW Women Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front, white backdrop: black wrap mini skirt with small white flowers, plain white tee. VQA adapter; the tee
    # gets the skirt's black and white.
    case(
        "X1382-043",
        wearing("a white t-shirt and a black floral skirt"),
        color_of("skirt", "black", kind="open"),
        color_of("top", "black and white", "other_garment_color", kind="open"),
        pattern("floral"),
        is_a("skirt", "yes"),
        gender=_W,
        title="Tokyo Talkies Women Black & White Floral Print Wrap Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Cropped shot, waist down: white cotton leggings under the hem of a red tunic top. VQA adapter; the feed row has
    # no gender; the pattern loops.
    case(
        "X1382-044",
        wearing("a red top and white leggings"),
        color_of("leggings", "white", kind="open"),
        color_of("top", "red", kind="open"),
        is_a("leggings", "yes", article="a pair of"),
        material("cotton"),
        pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
            "color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        title="De Moza Women White Solid Cotton Ankle-Length Leggings",
        category="Leggings",
        color="White",
    ),
    # Side view: dark blue skinny jeans, black bodysuit, camel coat worn open. VQA adapter; coat asked. The top gets
    # the coat's brown.
    case(
        "X1382-045",
        wearing("a brown coat, black top and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "brown", "other_garment_color", kind="open"),
        color_of("coat", "brown", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        gender=_W,
        title="Levis Women Blue 721 High-Rise Skinny Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: black regular shorts, white linen shirt tucked in. VQA adapter; runs on from the first question: the
    # wearing answer and the shorts' color loop, the top gets the shorts' black.
    case(
        "X1382-046",
        wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "black", "other_garment_color", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        gender=_W,
        title="Roadster Women Black Solid Regular Shorts",
        category="Shorts",
        color="Black",
    ),
]
