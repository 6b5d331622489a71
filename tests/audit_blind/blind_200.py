"""BLIND_200 (46 products; women's activewear and loungewear, English): written blind in the
thirty-ninth session. Measured blind at 95d38e0 (the rules at the session's start): 67/90 failures found (74.4%) and
9/123 correct texts flagged (7.3%). The writer's notes, verbatim:

Scenario: a Myntra-like women's activewear and loungewear feed in English: sports bras, leggings and tights, track
pants and joggers, tank tops and racerback tees, zip-up and pullover hoodies, lounge co-ord sets, night suits,
nightdresses and shorts sets. Most photos are model shots in a white studio or a gym (mirror, treadmill, mat); a few
are flat lays and packs of two. The catalog columns are the seller's title, category (Myntra-style article type)
and color, with gender "Women" on most rows and missing on a few, as real feeds do.

Who wrote what: captions and open answers come from three generators, marked at the end of each line. "base" is the
untuned Salesforce/blip2-opt-2.7b: short answers that stop on their own, with its usual faults (a color taken from
the styling piece or one color for every garment, "a man" for a woman with short hair, an invented logo, print or
neckline, an answer that only names the garment back). "pad" is the LoRA adapter trained with the prompt and the
padding in the loss and no end-of-answer token: it never stops, so every text it wrote hit the token limit
(hit_limit=True): loops, answers cut mid-phrase, the "Question: ... Answer:" format run on, and, when it learned to
emit padding, an empty answer. "cap" is the caption-only adapter (DeepFashion-MultiModal templates, which name
patterns, never hues, and always name a fabric): its captions end normally, and it returns its caption template to
every prompt. The closed questions (garment_type, color, pattern, sleeve_length) come from the reference engine
("ref"), which ranks a closed set of candidates and never hits a limit.

Labeling conventions and judgement calls: a shade word for the seller's color is correct (coral as pink, mauve as
pink, off white as cream, rust as orange, olive and sage as green, maroon as burgundy, teal answered "teal", navy
as dark blue); a lime-green bra called yellow is counted a contradiction, since the seller and the color answer say
green. Garment synonyms are correct (tights/leggings, joggers/sweatpants/pants, night suit/pajamas, nightdress/
nightgown/nightie/dress, hoodie/sweatshirt, racerback tee/tank top). A set named piece by piece in each piece's own
color is correct even where the seller gives one color; a pack of two answered with one of its two colors in the
closed color question is correct (the engine must pick one candidate). An open answer that gives the product the
styling piece's color is other_garment_color; a color of the product's own print (white dots on a navy night suit)
is a plain contradiction. The caption template given to a question it does answer (what she is wearing, describe,
details) is correct when its content is right; given to a question it does not answer (color, closure, or a
specific question) it is "restated". The template calling a sports bra a tank top is a contradiction; the template
inventing a wearer for a flat lay is unsupported. A material is supported only when the title names it (cotton,
flannel, satin, ribbed knit); a material the title does not name ("spandex", "lycra", "cotton" for a plain tank) is
unsupported, as are invented prints, logos and necklines. A loop that is also cut at the limit is a loop; a loop
that repeats the prompt format is a leak; an empty answer from the padding adapter is a non_answer. "They are
shorts" for the details is a non_answer.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

color_top = question("color_top", "What is the color of the top?", "open")
color_bottom = question("color_bottom", "What is the color of the pants?", "open")
color_shorts = question("color_shorts", "What is the color of the shorts?", "open")
fit = question("fit", "How does the garment fit?", "open")
closure = question("closure", "How does the hoodie close?", "open")
waistband = question("waistband", "What is the waistband like?", "open")
pieces = question("pieces", "How many pieces are in the pack?", "open")
printed = question("print", "What is printed on the garment?", "open")
pockets = question("pockets", "Does the garment have pockets?", "open")
straps = question("straps", "What are the straps like?", "open")
length = question("length", "How long is the garment?", "open")

W = "Women"

BLIND_200 = [
    # studio, model in a plain black scoop-neck sports bra, hands on hips
    case(
        "X200-001",
        caption("a woman in a black sports bra posing for a photo"),  # base
        D.color("black"),  # ref
        D.details(
            "the straps are adjustable and the straps are adjustable and the straps are adjustable and the straps are",
            "loop",
            hit_limit=True,
        ),  # pad
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric.",
            "contradiction",
        ),  # cap
        gender=W,
        title="Kinetiq Women Black Solid Medium-Support Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # gym, model lunging in navy high-rise tights with a white tank top (styling)
    case(
        "X200-002",
        caption("a woman in a dark blue leggings and a white top doing a lunge in a gym"),  # base
        D.garment_type("leggings"),  # ref
        D.color("blue"),  # ref
        D.wearing("a white tank top and blue leggings"),  # base
        D.details(
            "high waist band with a hidden pocket in the back and flatlock seams on the sides and a gusset in the",
            "cut",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="StrideOn Women Navy Blue High-Rise Training Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # studio, grey melange joggers with cuffed ankles, white short-sleeve tee (styling)
    case(
        "X200-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),  # cap
        D.color("grey"),  # ref
        D.pattern("solid"),  # ref
        D.details(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns.",
            "restated",
        ),  # cap
        D.wearing("a grey sweatshirt and grey pants", "contradiction"),  # base
        gender=W,
        title="Hustle Club Women Grey Melange Cotton Blend Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # gym, coral racerback tank top with black running shorts (styling)
    case(
        "X200-004",
        caption("a woman in a pink tank top and black shorts"),  # base
        D.sleeve_length("sleeveless"),  # ref
        D.color("black", "other_garment_color"),  # ref
        D.wearing(
            "a pink tank top and black shorts and a pink tank top and black shorts and a pink tank top and black",
            "loop",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="Kinetiq Women Coral Racerback Training Tank Top",
        category="Tops",
        color="Coral",
    ),
    # studio, olive zip-front hoodie half open over a black crop top, black leggings; two side pockets
    case(
        "X200-005",
        caption("a woman wearing a green hoodie and black leggings"),  # base
        D.garment_type("sweatshirt"),  # ref
        D.details("it has a zipper and two pockets"),  # base
        closure(
            "zipper Question: How does the hoodie close? Answer: zipper Question: How does the hoodie close? Answer:",
            "leak",
            hit_limit=True,
        ),  # pad
        D.color("black", "other_garment_color"),  # ref
        gender=W,
        title="Northpeak Women Olive Green Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # studio, short-haired woman in an oversized charcoal pullover hoodie, hands in the kangaroo pocket
    case(
        "X200-006",
        caption("a man in a grey hoodie with his hands in his pockets", "pronoun"),  # base
        D.color("grey"),  # ref
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline."
        ),  # cap
        D.wearing(
            "a grey hoodie and black leggings and white sneakers and a grey hoodie and black leggings and white "
            "sneakers and",
            "loop",
            hit_limit=True,
        ),  # pad
        title="Northpeak Charcoal Grey Cotton Fleece Oversized Pullover Hoodie",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # studio, lavender pajama set (collared shirt, long pants) with a small moon-and-star print
    case(
        "X200-007",
        caption("a woman in purple pajamas standing in front of a white wall"),  # base
        D.material("cotton"),  # base
        D.pattern("printed"),  # ref
        D.details(
            "the top has a collar and the pants have a drawstring and the top has a collar and the pants have a "
            "drawstring and",
            "loop",
            hit_limit=True,
        ),  # pad
        D.sleeve_length("short", "contradiction"),  # ref
        gender=W,
        title="Dreamloom Women Lavender Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # studio, maroon satin slip nightdress with thin straps, knee length
    case(
        "X200-008",
        caption("a woman in a burgundy satin nightgown"),  # base
        D.garment_type("dress"),  # ref
        D.color("burgundy"),  # ref
        D.sleeve_length("short", "contradiction"),  # ref
        D.material("silk", "unsupported"),  # base
        gender=W,
        title="Lullwear Women Maroon Satin Sleeveless Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # bedroom set, model cross-legged on a bed holding a mug: plain peach tee, peach-and-white striped shorts
    case(
        "X200-009",
        caption(
            "a woman in a peach t-shirt and peach and white striped shorts sitting on a bed with a white pillow and "
            "a cup of coffee in her hand and a book on the bed next to her and a",
            "cut",
            hit_limit=True,
        ),  # pad
        D.wearing("a t-shirt and shorts"),  # base
        D.pattern("striped"),  # ref
        color_shorts("peach and white"),  # base
        D.details(
            "striped shorts and a peach t-shirt and striped shorts and a peach t-shirt and striped shorts and a peach",
            "loop",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="Dreamloom Women Peach & White Striped Cotton Shorts Set",
        category="Night suits",
        color="Peach",
    ),
    # flat lay, pack of two plain sports bras, one black and one grey melange
    case(
        "X200-010",
        caption("two sports bras, one black and one grey, on a white background"),  # base
        D.color("black"),  # ref
        pieces("two"),  # base
        D.wearing(
            "a black sports bra and a grey sports bra and a black sports bra and a grey sports bra and a black sports",
            "loop",
            hit_limit=True,
        ),  # pad
        D.details("it has a logo on the band", "unsupported"),  # base
        gender=W,
        title="Kinetiq Women Pack of 2 Non-Padded Sports Bras",
        category="Sports Bra",
        color="Multi",
    ),
    # studio, black ankle-length leggings with a wide elastic waistband, grey tank top (styling)
    case(
        "X200-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),  # cap
        D.color(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric.",
            "restated",
        ),  # cap (stored raw: no candidate in it)
        waistband("elastic"),  # base
        D.details(
            "wide waistband Question: What are the details of the garment? Answer: wide waistband Question: What",
            "leak",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="StrideOn Women Black Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # studio, navy track pants with white side taping, white tee (styling), white sneakers
    case(
        "X200-012",
        caption("a woman in a white t-shirt and blue track pants with white stripes"),  # base
        D.color("white", "other_garment_color"),  # ref
        D.pattern("solid"),  # ref
        D.details(
            "white stripes on the side of the pants and white stripes on the side of the pants and white stripes on "
            "the side of",
            "loop",
            hit_limit=True,
        ),  # pad
        D.wearing("a white shirt and white pants", "other_garment_color"),  # base
        gender=W,
        title="Hustle Club Women Navy Blue Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Navy Blue",
    ),
    # gym mirror selfie, plain white sleeveless racerback tee, black leggings
    case(
        "X200-013",
        caption("a woman in a white tank top and black leggings taking a selfie in the gym mirror"),  # base
        D.garment_type("t-shirt"),  # ref
        D.sleeve_length("sleeveless"),  # ref
        D.description("a white t-shirt with a black logo on the front", "unsupported"),  # base
        D.wearing(
            "a white tank top and black leggings and white sneakers and a black watch on her left wrist and a phone "
            "in her",
            "cut",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="Kinetiq Women White Racerback Cotton Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # living-room set, model on an armchair in a sage green sweatshirt and matching joggers
    case(
        "X200-014",
        caption("a woman in a green sweatshirt and green sweatpants sitting on a chair"),  # base
        D.wearing("a sweatshirt and sweatpants"),  # base
        D.color("green"),  # ref
        D.details(
            "the sweatshirt has a round neck and the joggers have elastic cuffs at the ankles and a drawstring at the "
            "waist and the sweatshirt has",
            "cut",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="Lullwear Women Sage Green Sweatshirt & Joggers Co-Ord Set",
        category="Co-Ords",
        color="Green",
    ),
    # studio, co-ord set: white cropped tee and black flared track pants
    case(
        "X200-015",
        caption("a woman in a white crop top and black flared pants"),  # base
        color_top("white"),  # base
        color_bottom("white", "other_garment_color"),  # base
        D.color("white"),  # ref
        D.details(
            "the top is cropped and the pants are flared at the bottom with a slit on the side and a",
            "cut",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="Hustle Club Women White & Black Crop Top with Flared Track Pants Co-Ord Set",
        category="Co-Ords",
        color="White",
    ),
    # studio, navy short-sleeve cotton nightdress with a small white-and-pink floral print, round neck
    case(
        "X200-016",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),  # cap
        D.color(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric.", "restated"
        ),  # cap
        D.pattern("floral"),  # ref
        D.material("cotton"),  # base
        D.details(
            "floral print and a round neck and short sleeves and a floral print and a round neck and short sleeves "
            "and a",
            "loop",
            hit_limit=True,
        ),  # pad
        title="Lullwear Navy Blue Floral Print Cotton Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # gym, teal padded sports bra with black leggings, mid push-up
    case(
        "X200-017",
        caption("a woman in a blue sports bra and black leggings doing push ups"),  # base
        D.color("teal"),  # ref
        D.details("padded"),  # base
        D.wearing("a bra and leggings"),  # base
        D.description(
            "a blue sports bra with a racer back and a black band under the bust and a small logo on the",
            "cut",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="StrideOn Women Teal High-Support Padded Sports Bra",
        category="Sports Bra",
        color="Teal",
    ),
    # yoga studio, model on a mat in burgundy tights with a tonal geometric print and a matching burgundy bra
    case(
        "X200-018",
        caption(
            "a woman in a maroon sports bra and maroon leggings doing yoga on a mat a woman in a maroon sports bra "
            "and maroon leggings doing yoga on",
            "loop",
            hit_limit=True,
        ),  # pad
        D.pattern("solid", "contradiction"),  # ref
        D.garment_type("leggings"),  # ref
        gender=W,
        title="Kinetiq Women Burgundy Printed Yoga Tights",
        category="Tights",
        color="Burgundy",
    ),
    # flat lay, pack of two cotton joggers folded side by side, one black, one grey melange
    case(
        "X200-019",
        caption("two pairs of sweatpants, one black and one grey"),  # base
        D.color("grey"),  # ref
        D.description("black and grey sweatpants"),  # base
        D.wearing(
            "The lady wears a long pants with pure color patterns. The pants are with cotton fabric.", "unsupported"
        ),  # cap
        D.details("they are sweatpants", "non_answer"),  # base
        gender=W,
        title="Hustle Club Women Pack of 2 Cotton Joggers",
        category="Track Pants",
        color="Black & Grey",
    ),
    # studio, mustard tank top with a round neck, white wide-leg pants (styling)
    case(
        "X200-020",
        caption("a woman in a yellow tank top and white pants"),  # base
        D.sleeve_length("sleeveless"),  # ref
        D.details(
            "the tank top has a round neck and a round neck and a round neck and a round neck and a round neck and a",
            "loop",
            hit_limit=True,
        ),  # pad
        D.material("cotton", "unsupported"),  # base
        D.color("yellow"),  # ref
        gender=W,
        title="Northpeak Women Mustard Yellow Solid Tank Top",
        category="Tops",
        color="Mustard",
    ),
    # studio, pink pullover hoodie with a white cloud graphic and "STAY COZY" lettering on the chest
    case(
        "X200-021",
        caption("a woman wearing a pink hoodie with a graphic on it"),  # base
        printed("a picture of a cat", "unsupported"),  # base
        D.pattern("graphic"),  # ref
        D.garment_type("sweatshirt"),  # ref
        D.color("white", "contradiction"),  # ref
        gender=W,
        title="Northpeak Women Pink Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
    ),
    # studio, blue-and-white striped button-down pajama shirt with notch collar and matching long pants
    case(
        "X200-022",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and striped patterns."
        ),  # cap
        D.wearing(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel."
        ),  # cap
        D.color("blue"),  # ref
        D.pattern("striped"),  # ref
        D.details("it is a shirt", "non_answer"),  # base
        D.sleeve_length("long"),  # ref
        gender=W,
        title="Dreamloom Women Blue & White Striped Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # gym, model on a treadmill in black running shorts and a white sports bra
    case(
        "X200-023",
        caption("a woman in black shorts running on a treadmill"),  # base
        D.details("they are shorts", "non_answer"),  # base
        D.garment_type("shorts"),  # ref
        D.color(
            "The lady wears a pair of shorts with pure color patterns. The shorts are with cotton fabric.", "restated"
        ),  # cap
        title="StrideOn Black Solid Running Shorts with Inner Brief",
        category="Shorts",
        color="Black",
    ),
    # studio, back view: lavender sports bra with criss-cross straps, lavender leggings
    case(
        "X200-024",
        caption(
            "a woman in a purple sports bra and purple leggings with a purple sports bra and purple leggings with a "
            "purple sports bra and purple",
            "loop",
            hit_limit=True,
        ),  # pad
        straps("criss cross"),  # base
        D.color("purple"),  # ref
        D.wearing("he is wearing a purple bra", "pronoun"),  # base
        D.details(
            "criss cross straps on the back and a removable pad and a wide elastic band under the bust and a small",
            "cut",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="Kinetiq Women Lavender Strappy-Back Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # studio, olive cargo joggers with flap side pockets, black crop top (styling)
    case(
        "X200-025",
        caption("a woman in a black crop top and green cargo pants"),  # base
        D.color("black", "other_garment_color"),  # ref
        pockets("yes"),  # base
        D.details(
            "cargo pockets Question: What are the details of the garment? Answer: cargo pockets Question: What are",
            "leak",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="Hustle Club Women Olive Cargo Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # studio, rust ribbed-knit long-sleeve top and matching wide-leg pants
    case(
        "X200-026",
        caption("a woman in an orange top and pants"),  # base
        D.pattern("striped", "contradiction"),  # ref
        D.material("knit"),  # base
        D.description(
            "a rust colored top and pants set with a round neck and long sleeves and wide leg pants with an elastic "
            "waist and a",
            "cut",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="Lullwear Women Rust Ribbed Top & Wide-Leg Pants Lounge Set",
        category="Co-Ords",
        color="Rust",
    ),
    # studio, pink satin nightdress with lace trim at neckline and hem, knee length
    case(
        "X200-027",
        caption("a woman in a pink nightie with lace trim"),  # base
        D.details("lace"),  # base
        length("knee length"),  # base
        D.wearing(
            "a pink nightgown with lace trim and a pink robe with lace trim and a pink nightgown with lace trim and a "
            "pink",
            "loop",
            hit_limit=True,
        ),  # pad
        D.color(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric.", "restated"
        ),  # cap
        gender=W,
        title="Lullwear Women Pink Lace-Trim Satin Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # gym, grey melange high-waist leggings with a phone pocket on the thigh, black sports bra (styling)
    case(
        "X200-028",
        caption("a woman in grey leggings and a black sports bra"),  # base
        pockets("yes, there is a pocket on the side"),  # base
        D.color("black", "other_garment_color"),  # ref
        D.material("spandex", "unsupported"),  # base
        title="StrideOn Grey Melange High-Waist Leggings with Side Pocket",
        category="Leggings",
        color="Grey Melange",
    ),
    # studio, off-white cropped zip-up hoodie, black leggings
    case(
        "X200-029",
        caption("a woman in a cream colored hoodie and black leggings"),  # base
        D.color("white"),  # ref
        D.sleeve_length("long"),  # ref
        closure(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline.",
            "restated",
        ),  # cap
        D.details("it has a zipper and a hood with a logo on the chest", "unsupported"),  # base
        gender=W,
        title="Northpeak Women Off White Cropped Zip-Up Hoodie",
        category="Sweatshirts",
        color="Off White",
    ),
    # studio, pack of two: two models side by side in racerback tank tops, one black, one white
    case(
        "X200-030",
        caption("two women in tank tops, one in black and one in white"),  # base
        D.wearing("tank tops"),  # base
        D.color("black"),  # ref
        pieces(
            "2 pack of tank tops 2 pack of tank tops 2 pack of tank tops 2 pack of tank tops 2 pack of",
            "loop",
            hit_limit=True,
        ),  # pad
        D.sleeve_length("short", "contradiction"),  # ref
        gender=W,
        title="Kinetiq Women Pack of 2 Racerback Tank Tops",
        category="Tops",
        color="Multi",
    ),
    # studio, red-and-black checked flannel pajama set, shirt with a chest pocket
    case(
        "X200-031",
        caption("a woman in red and black plaid pajamas"),  # base
        D.pattern("checked"),  # ref
        D.material("flannel"),  # base
        D.description("a red and black checkered shirt and pants with a pocket on the chest"),  # base
        D.wearing(
            "red and black plaid pajamas with a button down shirt and long pants with an elastic waistband and a "
            "pocket on the",
            "cut",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="Dreamloom Women Red & Black Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
    ),
    # studio, navy slim joggers, white tee and white sneakers (styling), hands in pockets
    case(
        "X200-032",
        caption(
            "a woman in a navy blue joggers and a white t-shirt and white sneakers standing in front of a white wall "
            "with her hands in her pockets and looking at the",
            "cut",
            hit_limit=True,
        ),  # pad
        D.garment_type("pants"),  # ref
        D.color("black", "contradiction"),  # ref
        fit("slim"),  # base
        gender=W,
        title="Hustle Club Women Navy Solid Slim-Fit Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # gym, neon lime sports bra, black leggings, squatting with a kettlebell
    case(
        "X200-033",
        caption("a woman in a yellow sports bra doing squats in a gym", "contradiction"),  # base
        D.color("green"),  # ref
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline.",
            "restated",
        ),  # cap
        D.wearing(
            "a green sports bra and black leggings and a green sports bra and black leggings and a green sports bra "
            "and black",
            "loop",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="StrideOn Women Neon Green Medium-Support Sports Bra",
        category="Sports Bra",
        color="Lime Green",
    ),
    # studio, yellow shorts set (camp-collar short-sleeve shirt and shorts) with an all-over lemon print
    case(
        "X200-034",
        caption("a woman in a yellow shirt and shorts with lemons on them"),  # base
        printed("lemons"),  # base
        D.pattern("floral", "contradiction"),  # ref
        D.wearing("pajamas"),  # base
        D.color("yellow"),  # ref
        D.details(
            "lemon print Question: What are the details of the garment? Answer: lemon print Question: What are the "
            "details",
            "leak",
            hit_limit=True,
        ),  # pad
        title="Dreamloom Yellow Conversational Print Cotton Shorts Set",
        category="Night suits",
        color="Yellow",
    ),
    # flat lay, black seamless leggings on white
    case(
        "X200-035",
        caption("a pair of black leggings on a white background"),  # base
        D.wearing("black leggings"),  # base
        D.material(
            "nylon spandex nylon spandex nylon spandex nylon spandex nylon spandex nylon spandex nylon spandex",
            "loop",
            hit_limit=True,
        ),  # pad
        D.details("seamless"),  # base
        D.description(
            "The lady wears a long leggings with pure color patterns. The leggings are with cotton fabric.",
            "unsupported",
        ),  # cap
        gender=W,
        title="Kinetiq Women Black Solid Seamless Leggings",
        category="Leggings",
        color="Black",
    ),
    # gym, white ribbed cotton tank top with a scoop neck, black leggings
    case(
        "X200-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric and it has a round neckline."
        ),  # cap
        D.pattern("solid"),  # ref
        D.description("a white tank top with a v-neck", "unsupported"),  # base
        D.wearing("he is wearing a white tank top", "pronoun"),  # base
        gender=W,
        title="Northpeak Women White Ribbed Cotton Tank Top",
        category="Tops",
        color="White",
    ),
    # studio, black hooded running jacket zipped up, thumbholes in the cuffs, black leggings
    case(
        "X200-037",
        caption("a woman in a black jacket and black leggings"),  # base
        D.garment_type("jacket"),  # ref
        D.details("thumb holes"),  # base
        D.description(
            "a black jacket with a hood and a zipper Question: Describe the garment. Answer: a black jacket with a "
            "hood and",
            "leak",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="StrideOn Women Black Hooded Zip-Up Running Jacket",
        category="Sweatshirts",
        color="Black",
    ),
    # studio, short-haired model in a mint green tee and matching pyjama pants
    case(
        "X200-038",
        caption("a man in a green t-shirt and green pants", "pronoun"),  # base
        D.color("green"),  # ref
        D.wearing("pajamas"),  # base
        D.material("", "non_answer", hit_limit=True),  # pad (padding tokens only)
        gender=W,
        title="Dreamloom Women Mint Green Solid Night Suit",
        category="Night suits",
        color="Green",
    ),
    # studio, dusty pink racerback sports bra and matching high-waist leggings
    case(
        "X200-039",
        caption("a woman in a pink sports bra and leggings"),  # base
        D.color("pink"),  # ref
        D.details(
            "the sports bra has a racer back and the leggings have a high waist and the sports bra has a racer back "
            "and the leggings have",
            "loop",
            hit_limit=True,
        ),  # pad
        D.material("lycra", "unsupported"),  # base
        gender=W,
        title="Kinetiq Women Dusty Pink Sports Bra & Leggings Co-Ord Set",
        category="Co-Ords",
        color="Mauve",
    ),
    # studio, grey flared track pants, white crop top and white sneakers (styling), hand on hip
    case(
        "X200-040",
        caption(
            "a woman in a grey flared pants and a white crop top and white sneakers posing in a studio with her hand "
            "on her hip and the other hand on",
            "cut",
            hit_limit=True,
        ),  # pad
        D.garment_type("leggings", "contradiction"),  # ref
        D.color("grey"),  # ref
        D.details("", "non_answer", hit_limit=True),  # pad (padding tokens only)
        D.wearing("a white top and white pants", "other_garment_color"),  # base
        gender=W,
        title="Hustle Club Women Grey Flared Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # studio, black satin robe worn open over a matching sleeveless nightdress
    case(
        "X200-041",
        caption("a woman in a black robe and nightgown"),  # base
        D.garment_type("dress"),  # ref
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric.",
            "contradiction",
        ),  # cap
        D.details("the details of the garment", "non_answer"),  # base
        gender=W,
        title="Lullwear Women Black Satin Nightdress with Robe",
        category="Nightdress",
        color="Black",
    ),
    # studio, black sleeveless racerback tee with "RUN THE DAY" printed in white
    case(
        "X200-042",
        caption("a woman in a black tank top with the word run on it"),  # base
        D.pattern("graphic"),  # ref
        D.sleeve_length("short", "contradiction"),  # ref
        printed(
            "run the day run the day run the day run the day run the day run the day run the day run the",
            "loop",
            hit_limit=True,
        ),  # pad
        title="Northpeak Black Graphic Print Racerback T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # living-room set, beige pullover hoodie and matching shorts, on a couch
    case(
        "X200-043",
        caption("a woman in a beige hoodie and shorts sitting on a couch"),  # base
        D.wearing("a hoodie and shorts"),  # base
        D.color("white", "contradiction"),  # ref
        D.details("the hoodie has a drawstring"),  # base
        gender=W,
        title="Lullwear Women Beige Hooded Sweatshirt & Shorts Co-Ord Set",
        category="Co-Ords",
        color="Beige",
    ),
    # gym, olive-and-black camouflage leggings, black sports bra and black sneakers (styling)
    case(
        "X200-044",
        caption("a woman in camouflage leggings and a black sports bra"),  # base
        D.pattern("camouflage"),  # ref
        D.color("green"),  # ref
        D.wearing(
            "camouflage leggings and a black sports bra and black sneakers and a black sports bra and black sneakers "
            "and a black sports bra and",
            "loop",
            hit_limit=True,
        ),  # pad
        D.details("the leggings have a camouflage print and a pocket on the side", "unsupported"),  # base
        gender=W,
        title="StrideOn Women Olive & Black Camouflage Print Leggings",
        category="Leggings",
        color="Olive",
    ),
    # studio, navy cotton pajama set with white polka dots, long-sleeve shirt and long pants
    case(
        "X200-045",
        caption("a woman in blue pajamas with white polka dots"),  # base
        D.pattern("polka dot"),  # ref
        D.color("white", "contradiction"),  # ref
        D.details(
            "The lady wears a long-sleeve shirt with dot patterns and a long pants. The shirt is with cotton fabric."
        ),  # cap
        D.wearing(
            "blue pajamas with white polka dots and blue pajamas with white polka dots and blue pajamas with white "
            "polka dots",
            "loop",
            hit_limit=True,
        ),  # pad
        gender=W,
        title="Dreamloom Women Navy Blue Polka Dot Print Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # studio, white longline sports bra with a wide under-band, grey joggers (styling)
    case(
        "X200-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and it "
            "has a round neckline.",
            "contradiction",
        ),  # cap
        D.color("white"),  # ref
        D.garment_type("bra"),  # ref
        D.description("a white sports bra"),  # base
        D.details("", "non_answer", hit_limit=True),  # pad (padding tokens only)
        D.wearing("a white bra and grey pants"),  # base
        gender=W,
        title="Kinetiq Women White Longline Sports Bra",
        category="Sports Bra",
        color="White",
    ),
]
