"""BLIND_1210 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-first
session. Measured blind at 1ef79ed (the session's sixth rules): 52/61 failures found (85.2%) and 5/193 correct texts
flagged (2.6%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, dresses, kurta sets, a few jackets,
sweatshirts, dungarees and a romper), columns as the feed exports them: title (brand first where the feed has one),
category as Myntra's article type (Tshirts, Shorts, Dresses, Kurta Sets, Clothing Set...), color as the base colour,
gender as Boys / Girls / Unisex; now and then a column is missing. Photos are the usual catalog shots: a child on a
white or pastel backdrop wearing the product with other clothes, a few flat lays, one back view, one with a prop.
Who wrote what: every text, caption included, comes from blip2-opt-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, free generation for every question (the closed questions are stored closed
but the run did not rank candidates, so a closed answer can loop or leak), 30 new tokens for answers, 50 for the
caption (empty prompt). The adapter learnt the "Question: ... Answer:" frame and no end token, so a few captions
come out as a made-up question-and-answer exchange and some answers run on into the next question. Short answers
("yes", "navy blue") are mostly fine; the adapter does not know "frock" or "kurta" well and calls long ethnic tops
dresses.
Labeling conventions and judgement calls: the yes/no questions are about the product in the title, not about whatever
else the child wears: "yes" to "Is this a t-shirt?" on a shorts listing is a contradiction even though a t-shirt is in
the photo. A kurta, kurta set, anarkali or lehenga answered "yes" to "Is this a dress?", or called a dress in the
caption or the wearing answer, is a contradiction; a dungaree dress or a frock answered "yes" to "Is this a dress?" is
right; a night suit (t-shirt and pyjama) answered "yes" to "Is this a t-shirt?" is right. A color answer that gives
another garment's color (the t-shirt's color for the shorts) is other_garment_color; a color taken from a print or a bow
on the product itself, or a pattern taken from the t-shirt under a dungaree, is contradiction. Near hues are accepted:
teal as green, cream and off white as white, lavender as purple, maroon as red, coral and peach as orange or pink,
mustard as yellow, khaki as beige or tan. A material the title names or the photo plainly shows (denim, velvet) is
right; one neither shows (wool, silk, polyester on a padded jacket) is unsupported. "nothing" for what the person wears
in a flat lay says nothing of the garment: non_answer. A caption of one word ("pants", "yes") is non_answer. For a
2-pack, one of the two colors is left unmarked (half the truth, not wrong). Loops, leaks and cut texts carry
hit_limit=True.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1210 = [
    # Photo: boy on a white backdrop, navy round-neck t-shirt with a white dinosaur print, grey shorts, white sneakers.
    # All texts: blip2-opt-2.7b + VQA adapter.
    case(
        "X1210-001",
        caption("a young boy wearing a navy blue t-shirt with a dinosaur on it"),
        wearing("a t-shirt and shorts"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        BQ.color("navy blue"),
        BQ.sleeve_length("short sleeve"),
        gender="Boys",
        title="YK Boys Navy Blue Dinosaur Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl in a pink sleeveless fit-and-flare dress with a small white floral print, pink hair clip.
    # All texts: VQA adapter.
    case(
        "X1210-002",
        caption("a little girl in a pink dress with flowers on it"),
        wearing("a pink dress"),
        is_a("dress", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        BQ.color("pink"),
        BQ.pattern("floral"),
        gender="Girls",
        title="Peppermint Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy in a plain white t-shirt and the product, grey melange knit shorts with a drawstring.
    # All texts: VQA adapter.
    case(
        "X1210-003",
        caption("a boy wearing a white t-shirt and grey shorts"),
        wearing("a white t-shirt and grey shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes", "contradiction"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        BQ.color("white", "other_garment_color"),
        gender="Boys",
        title="Boys Grey Melange Solid Regular Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: girl in a yellow cotton frock with a round collar and short puff sleeves, brown sandals.
    # All texts: VQA adapter.
    case(
        "X1210-004",
        caption("a little girl wearing a yellow dress and sandals"),
        is_a("dress", "yes"),
        is_a("frock", "no", "contradiction"),
        BQ.color("yellow"),
        BQ.sleeve_length("short sleeve"),
        BQ.material("cotton"),
        gender="Girls",
        title="Girls Yellow Solid Pure Cotton Frock",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: boy in a white knee-length kurta with navy piping and navy blue pyjamas, brown juttis.
    # All texts: VQA adapter.
    case(
        "X1210-005",
        caption("a young boy in a white kurta and blue pants"),
        wearing("a kurta"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("kurta", "white", kind="open"),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        gender="Boys",
        title="Boys White & Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl in a lavender puff-sleeve top with matching lavender shorts (a set), white sneakers.
    # All texts: VQA adapter.
    case(
        "X1210-006",
        caption("a girl in a purple top and shorts"),
        wearing("a purple shirt and shorts"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        BQ.color("purple"),
        BQ.sleeve_length("short sleeve"),
        gender="Girls",
        title="Girls Lavender Solid Top with Shorts",
        category="Clothing Set",
        color="Lavender",
    ),
    # Photo: boy in a teal polo t-shirt, beige chinos, hands on hips.
    # All texts: VQA adapter. The caption loops.
    case(
        "X1210-007",
        caption(
            "a boy wearing a green polo shirt and a green polo shirt and a green polo shirt and a green polo shirt "
            "and a green polo shirt and a green polo shirt and a green polo shirt and a green",
            "loop",
            hit_limit=True,
        ),
        wearing("a polo shirt"),
        is_a("polo shirt", "yes"),
        BQ.color("green"),
        BQ.sleeve_length("short sleeve"),
        gender="Boys",
        title="US Polo Assn Kids Boys Teal Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: flat lay, red t-shirt with the Avengers logo and characters on the front, no person.
    # All texts: VQA adapter.
    case(
        "X1210-008",
        caption("a red t-shirt with the avengers logo on it"),
        wearing("nothing", "non_answer"),
        is_a("t-shirt", "yes"),
        BQ.color("red"),
        BQ.pattern("graphic"),
        details("t-shirt", "the avengers logo on the front"),
        gender="Boys",
        title="Marvel by Wear Your Mind Boys Red Avengers Printed T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: girl in a pink long-sleeve top and the product, black ankle-length leggings, pink shoes.
    # All texts: VQA adapter.
    case(
        "X1210-009",
        caption("a little girl wearing a pink top and black leggings"),
        wearing("a pink shirt and black pants"),
        is_a("leggings", "yes", article="a pair of"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        BQ.color("pink", "other_garment_color"),
        color_of("leggings", "black", kind="open"),
        gender="Girls",
        title="Girls Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: boy in a white t-shirt and olive cargo shorts with flap pockets on both sides.
    # All texts: VQA adapter.
    case(
        "X1210-010",
        caption("a young boy wearing a white shirt and green shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("pants", "no", article="a pair of"),
        color_of("shorts", "green", kind="open"),
        details("shorts", "the shorts have pockets on the sides"),
        describe("shorts", "the shorts are shorts", "restated"),
        gender="Boys",
        title="Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: girl in a red lehenga (flared skirt) with gold zari border, red choli, sheer gold dupatta over a shoulder.
    # All texts: VQA adapter.
    case(
        "X1210-011",
        caption("a little girl in a red and gold dress", "contradiction"),
        wearing("a red dress", "contradiction"),
        is_a("skirt", "no", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        BQ.color("red"),
        gender="Girls",
        title="Girls Red & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy in a black crew-neck t-shirt and the product, mid-blue slim jeans, white sneakers.
    # All texts: VQA adapter. The caption comes out as a made-up question-and-answer exchange.
    case(
        "X1210-012",
        caption(
            "Question: What is the color of the shirt? Answer: black Question: What is the color of the jeans? "
            "Answer: blue Question: What is the person wearing? Answer: a black t-shirt and",
            "leak",
            hit_limit=True,
        ),
        wearing("a black t-shirt and blue jeans"),
        is_a("jeans", "yes", article="a pair of"),
        BQ.color("black", "other_garment_color"),
        BQ.material("denim"),
        details("jeans", "jeans", "non_answer"),
        gender="Boys",
        title="Boys Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: girl in a peach A-line kurta with white thread embroidery at the yoke, white palazzos.
    # All texts: VQA adapter.
    case(
        "X1210-013",
        caption("a little girl in a pink dress and white pants", "contradiction"),
        wearing("a pink dress and white pants", "contradiction"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        BQ.color("pink"),
        gender="Girls",
        title="Girls Peach-Coloured Embroidered A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: boy in a grey t-shirt and black track pants with two white stripes down the side, black sneakers.
    # All texts: VQA adapter. All right.
    case(
        "X1210-014",
        caption("a young boy wearing a grey t-shirt and black track pants"),
        wearing("sweatpants"),
        is_a("pants", "yes", article="a pair of"),
        is_a("shorts", "no", article="a pair of"),
        BQ.color("black"),
        details("track pants", "white stripes on the side"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: girl in a white t-shirt with a pink-and-purple unicorn print, blue denim shorts.
    # All texts: VQA adapter.
    case(
        "X1210-015",
        caption("a little girl wearing a white shirt with a unicorn on it"),
        wearing("a white shirt and blue shorts"),
        is_a("t-shirt", "yes"),
        BQ.color("white"),
        BQ.pattern("graphic"),
        color_of("shirt", "pink", "contradiction", kind="open"),
        gender="Girls",
        title="Girls White Unicorn Printed Round Neck Top",
        category="Tops",
        color="White",
    ),
    # Photo: boy in a mustard hooded sweatshirt with a kangaroo pocket, blue jeans.
    # All texts: VQA adapter.
    case(
        "X1210-016",
        caption("a boy wearing a yellow hoodie and blue jeans"),
        is_a("hoodie", "yes"),
        is_a("t-shirt", "no"),
        BQ.color("yellow"),
        BQ.sleeve_length("long sleeve"),
        BQ.material("wool", "unsupported"),
        gender="Boys",
        title="Boys Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: girl in a navy dungaree dress with white polka dots over a plain white t-shirt, white shoes.
    # All texts: VQA adapter.
    case(
        "X1210-017",
        caption("a little girl wearing a blue and white polka dot dress"),
        wearing("a dress"),
        is_a("dress", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        BQ.color("white", "other_garment_color"),
        BQ.pattern("polka dot"),
        gender="Girls",
        title="Girls Navy Blue Polka Dot Print Dungaree Dress",
        category="Dungarees",
        color="Navy Blue",
    ),
    # Photo: boy in a green half-sleeve shirt with a leaf print, white shorts, hands in pockets.
    # All texts: VQA adapter. The caption runs to the limit.
    case(
        "X1210-018",
        caption(
            "a young boy wearing a green shirt with a tropical print and white shorts, standing in front of a white "
            "background with his hands in his pockets and looking at the camera with a smile on his",
            "cut",
            hit_limit=True,
        ),
        wearing("shirt"),
        is_a("shirt", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        BQ.color("green"),
        BQ.sleeve_length("short sleeve"),
        gender="Boys",
        title="Boys Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: girl in a plain white top and a coral tiered midi skirt.
    # All texts: VQA adapter.
    case(
        "X1210-019",
        caption("a little girl in a white top and an orange skirt"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        BQ.color("white", "other_garment_color"),
        color_of("skirt", "orange", kind="open"),
        gender="Girls",
        title="Girls Coral Solid Tiered Flared Skirt",
        category="Skirts",
        color="Coral",
    ),
    # Photo: child in a grey sweatshirt and grey melange joggers with cuffed hems. No gender column in this row.
    # All texts: VQA adapter.
    case(
        "X1210-020",
        caption("a boy in a grey sweatshirt and grey sweatpants"),
        wearing("a grey sweatshirt and grey pants"),
        is_a("pants", "yes", article="a pair of"),
        BQ.color("grey"),
        describe(
            "joggers",
            "the joggers are grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        title="Kids Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: boy in a black night suit, t-shirt and pyjamas printed with planets and rockets, holding a plush toy.
    # All texts: VQA adapter.
    case(
        "X1210-021",
        caption("a boy in black pajamas with planets on them"),
        wearing("pajamas"),
        is_a("t-shirt", "yes"),
        is_a("pants", "yes", article="a pair of"),
        BQ.color("black"),
        BQ.pattern("floral", "contradiction"),
        gender="Boys",
        title="Boys Black Space Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: girl in a maroon velvet party dress, full sleeves, a satin bow at the waist, ruffled hem.
    # All texts: VQA adapter.
    case(
        "X1210-022",
        caption("a little girl in a red velvet dress"),
        is_a("dress", "yes"),
        BQ.color("red"),
        BQ.material("velvet"),
        BQ.sleeve_length("long sleeve"),
        details(
            "dress",
            "a bow at the waist and a ruffle at the hem and a bow at the waist and a ruffle at the hem and a bow",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Maroon Solid Velvet Fit and Flare Party Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: back view, boy in a white polo t-shirt and blue shorts; collar visible from behind.
    # All texts: VQA adapter.
    case(
        "X1210-023",
        caption("the back of a boy wearing a white shirt and blue shorts"),
        is_a("polo shirt", "yes"),
        is_a("t-shirt", "yes"),
        BQ.color("white"),
        describe("t-shirt", "a white polo shirt with a collar"),
        gender="Boys",
        title="Boys White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a short-sleeve shirt and shorts set, multicolor print (blue, yellow, pink fruit motifs).
    # All texts: VQA adapter. All right.
    case(
        "X1210-024",
        caption("a girl wearing a colorful shirt and shorts"),
        wearing("a shirt and shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "no"),
        BQ.color("multicolor"),
        gender="Girls",
        title="Girls Multicoloured Printed Shirt with Shorts",
        category="Clothing Set",
        color="Multi",
    ),
    # Photo: boy with shoulder-length hair, navy t-shirt printed "LITTLE BOSS" in white, black shorts.
    # All texts: VQA adapter. The caption takes him for a girl.
    case(
        "X1210-025",
        caption("a little girl wearing a blue shirt that says little boss", "pronoun"),
        wearing("a blue t-shirt"),
        is_a("t-shirt", "yes"),
        BQ.color("blue"),
        details("t-shirt", "the t-shirt says little boss"),
        gender="Boys",
        title="Boys Navy Blue Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl in a white t-shirt and pink cotton shorts with an elastic waistband.
    # All texts: VQA adapter.
    case(
        "X1210-026",
        caption("a little girl in a white t-shirt and pink shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("skirt", "no"),
        BQ.color("white", "other_garment_color"),
        color_of("shorts", "pink", kind="open"),
        details("shorts", "elastic waistband"),
        gender="Girls",
        title="Girls Pink Solid Pure Cotton Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: boy in a cream straight kurta, long sleeves, mandarin collar, white pyjamas.
    # All texts: VQA adapter.
    case(
        "X1210-027",
        caption("a young boy in a white kurta and white pants"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        BQ.color("white"),
        BQ.sleeve_length("long sleeve"),
        BQ.material("silk", "unsupported"),
        gender="Boys",
        title="Boys Cream-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: girl in blue denim dungarees over a red-and-white striped t-shirt.
    # All texts: VQA adapter.
    case(
        "X1210-028",
        caption("a little girl wearing a striped shirt and blue overalls"),
        wearing("overalls"),
        is_a("jumpsuit", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        BQ.color("blue"),
        BQ.pattern("striped", "contradiction"),
        gender="Girls",
        title="Girls Blue Solid Denim Dungarees",
        category="Dungarees",
        color="Blue",
    ),
    # Photo: boy in an orange-and-navy colourblocked t-shirt, black shorts.
    # All texts: VQA adapter. The wearing answer runs on into the next question.
    case(
        "X1210-029",
        caption("a boy wearing an orange and blue t-shirt and black shorts"),
        wearing(
            "a t-shirt Question: What is the color of the t-shirt? Answer: orange Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        BQ.color("orange"),
        BQ.pattern("color block"),
        gender="Boys",
        title="Boys Orange & Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Photo: girl in a mustard kurta with a white floral block print, three-quarter sleeves, matching sharara.
    # All texts: VQA adapter.
    case(
        "X1210-030",
        caption("a little girl in a yellow dress and yellow pants", "contradiction"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        BQ.color("yellow"),
        BQ.pattern("floral"),
        describe(
            "kurta",
            "the kurta is a yellow kurta with a white floral print and a round neckline with a small slit in the "
            "front and three quarter sleeves with a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Mustard Yellow Floral Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy in a white shirt tucked into khaki chinos, brown belt.
    # All texts: VQA adapter. The caption is one word.
    case(
        "X1210-031",
        caption("pants", "non_answer"),
        is_a("pants", "yes", article="a pair of"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        BQ.color("beige"),
        color_of("pants", "tan", kind="open"),
        gender="Boys",
        title="Boys Khaki Solid Regular Fit Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: girl in a white lace frock with a pink satin bow at the waist, white shoes.
    # All texts: VQA adapter.
    case(
        "X1210-032",
        caption("a little girl in a white dress with a pink bow"),
        wearing("she is wearing a white dress"),
        is_a("dress", "yes"),
        is_a("frock", "yes"),
        BQ.color("pink", "contradiction"),
        gender="Girls",
        title="Girls White Lace Frock with Bow Detail",
        category="Dresses",
        color="White",
    ),
    # Photo: boy in a blue-and-white striped full-sleeve shirt, dark jeans.
    # All texts: VQA adapter.
    case(
        "X1210-033",
        caption("a young boy wearing a blue and white striped shirt and jeans"),
        wearing("she is wearing a striped shirt", "pronoun"),
        is_a("shirt", "yes"),
        BQ.color("blue"),
        BQ.pattern("striped"),
        BQ.sleeve_length("long sleeve"),
        gender="Boys",
        title="Boys Blue & White Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: boy in a navy quilted padded jacket with a hood, zipped up, jeans, white sneakers.
    # All texts: VQA adapter.
    case(
        "X1210-034",
        caption("a boy in a blue jacket"),
        is_a("jacket", "yes"),
        is_a("hoodie", "no"),
        BQ.color("blue"),
        BQ.material("polyester", "unsupported"),
        gender="Boys",
        title="Boys Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: flat lay of two t-shirts side by side, one pink, one white, no person.
    # All texts: VQA adapter.
    case(
        "X1210-035",
        caption("two t-shirts, one pink and one white"),
        wearing("a pink t-shirt and a white t-shirt"),
        is_a("t-shirt", "yes"),
        BQ.color("pink"),
        BQ.sleeve_length("short sleeve"),
        gender="Girls",
        title="Girls Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: boy in a yellow t-shirt and charcoal grey denim shorts with rolled hems.
    # All texts: VQA adapter. The caption is a bare "yes".
    case(
        "X1210-036",
        caption("yes", "non_answer"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("jeans", "no", article="a pair of"),
        BQ.color("yellow", "other_garment_color"),
        BQ.material("denim"),
        details("shorts", "they are short", "non_answer"),
        gender="Boys",
        title="Boys Charcoal Grey Solid Denim Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # Photo: girl in a sleeveless sea green jumpsuit with a fabric tie belt.
    # All texts: VQA adapter.
    case(
        "X1210-037",
        caption("a little girl in a green jumpsuit"),
        is_a("jumpsuit", "yes"),
        is_a("dress", "no"),
        BQ.color("green"),
        BQ.sleeve_length("sleeveless"),
        describe(
            "jumpsuit",
            "the jumpsuit is green and has a belt and a belt and a belt and a belt and a belt and a belt and a belt",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Sea Green Solid Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Sea Green",
    ),
    # Photo: boy in a red-and-black checked shirt worn open over a black t-shirt, jeans.
    # All texts: VQA adapter.
    case(
        "X1210-038",
        caption("a young boy wearing a red and black plaid shirt over a black t-shirt"),
        is_a("shirt", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        BQ.color("red"),
        BQ.pattern("lattice"),
        BQ.sleeve_length("long sleeve"),
        gender="Boys",
        title="Boys Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: girl in a pink sweatshirt with a cat face on the front, blue jeans.
    # All texts: VQA adapter. All right.
    case(
        "X1210-039",
        caption("a little girl wearing a pink sweatshirt with a cat on it"),
        wearing("a pink sweater and jeans"),
        is_a("sweatshirt", "yes"),
        BQ.color("pink"),
        details("sweatshirt", "a cat on the front"),
        gender="Girls",
        title="Girls Pink Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="Pink",
    ),
    # Photo: boy in a white kurta and white pyjamas under a maroon Nehru jacket.
    # All texts: VQA adapter.
    case(
        "X1210-040",
        caption("a young boy in a white kurta and a red vest"),
        is_a("kurta", "yes"),
        is_a("vest", "yes"),
        BQ.color("white"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        gender="Boys",
        title="Boys White & Maroon Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl in an off white peplum top with white chikankari-style embroidery, blue jeans.
    # All texts: VQA adapter. The details answer runs on into the next question.
    case(
        "X1210-041",
        caption("a little girl wearing a white top and blue jeans"),
        is_a("blouse", "yes"),
        BQ.color("blue", "other_garment_color"),
        BQ.sleeve_length("short sleeve"),
        details(
            "top",
            "embroidered Question: What is the sleeve length of the garment? Answer: short sleeve Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Off White Embroidered Peplum Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: baby on a pastel backdrop in a blue-and-white striped romper with snap buttons.
    # All texts: VQA adapter. All right.
    case(
        "X1210-042",
        caption("a baby wearing a blue and white striped romper"),
        wearing("a striped onesie"),
        is_a("romper", "yes"),
        is_a("t-shirt", "no"),
        BQ.color("blue"),
        BQ.pattern("striped"),
        gender="Unisex",
        title="Kids White & Blue Striped Pure Cotton Romper",
        category="Rompers",
        color="Blue",
    ),
    # Photo: girl in a white t-shirt tucked into blue washed denim shorts with frayed hems. No color column here.
    # All texts: VQA adapter.
    case(
        "X1210-043",
        caption("a little girl wearing a white t-shirt tucked into blue denim shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("skirt", "yes", "contradiction"),
        BQ.color("blue"),
        describe("shorts", "the shorts are blue denim with a frayed hem"),
        BQ.material("denim"),
        gender="Girls",
        title="Girls Blue Washed Denim Shorts",
        category="Shorts",
    ),
    # Photo: boy in a green sleeveless t-shirt with a basketball print, black shorts, white sneakers, ball at his feet.
    # All texts: VQA adapter.
    case(
        "X1210-044",
        caption("a boy wearing a green tank top with a basketball on it"),
        wearing(
            "a green tank top and black shorts and white sneakers and a green tank top and black shorts and white "
            "sneakers and a",
            "loop",
            hit_limit=True,
        ),
        is_a("tank top", "yes"),
        is_a("t-shirt", "yes"),
        BQ.color("green"),
        BQ.sleeve_length("sleeveless"),
        gender="Boys",
        title="Boys Green Printed Sleeveless T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: girl in a red anarkali kurta with a gold ethnic-motif print, three-quarter sleeves, red leggings.
    # No category column in this row. All texts: VQA adapter.
    case(
        "X1210-045",
        caption("a little girl in a red dress with gold print", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        BQ.color("red"),
        BQ.sleeve_length("three-quarter sleeve"),
        BQ.material("cotton"),
        gender="Girls",
        title="Girls Red Ethnic Motifs Printed Pure Cotton Anarkali Kurta",
        color="Red",
    ),
]
