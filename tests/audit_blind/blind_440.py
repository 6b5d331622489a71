"""BLIND_440 (46 products; men's and women's outdoor and hiking apparel): written blind in the forty-seventh session.
Measured blind at 0e2b89a (the session's rules as they stood): 93/125 failures found (74.4%) and 5/160 correct texts
flagged (3.1%). The writer's notes, verbatim:

Scenario: an outdoor-store catalog feed of men's and women's hiking apparel: rain jackets (plain, colour-blocked,
printed), fleece jackets, pullovers, hoodies and vests, softshell jackets and pants, convertible zip-off hiking pants,
merino and synthetic base layers (crew tops, half-zips, leggings, sets) and down vests. Photos are studio shots on
white or grey, ghost mannequins and flat lays, and lifestyle shots on trails, in snow, rain, woods and against rock,
where the layers under a vest or shell, the pants, a backpack, the sky, trees and walls are in frame. Each product
has the seller's title, category, color and gender; a few rows miss one of them, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man
in a red jacket ...") or the caption-only LoRA adapter (the DeepFashion template, "The gentleman wears a long-sleeve
sweater with pure color patterns. ..."), which was trained without an end-of-answer token, so every adapter text
runs to its limit (hit_limit=True) and, asked a question, returns the template. Open answers come from the base
model unless the comment says the adapter gave them; the base model stops on its own (never hit_limit). Closed
answers (garment_type, color, pattern, sleeve_length, the per-piece colors, hood and "Is this a ...?") are enrich's
`--engine reference` choices from candidate sets: never a loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, royal, sky blue or teal, green for olive, forest or dark green, purple for
  plum or lavender, beige for khaki or sand, grey for charcoal or graphite, white for cream, and black for a
  charcoal softshell that reads near-black in the photo (X440-029).
- Synonyms are correct: raincoat or coat for a rain jacket or a long sherpa fleece, sweater or sweatshirt for a
  fleece pullover, leggings for base-layer bottoms or tights, shirt for a base-layer top.
- The color of another piece in the photo (the tee under a fleece, the shirt under a vest, the jacket worn with the
  pants) given for the product is other_garment_color, and so is an open answer that gives a second garment the
  product's color ("a red shirt and red leggings" over black leggings). A color nothing worn has (the sky, the
  trees, a grey wall, a backpack, the white dots of a print) is contradiction.
- A vest answered "jacket", or "long sleeves" from the base layer under it, a fleece without a hood answered
  "hoodie", a shell over a hoodie answered "hoodie", a quilted vest answered "striped", grid fleece answered "plaid",
  plaid or stripes of the shirt under a vest, color-block answered "solid": contradiction.
- Materials: one the title names, or what the garment plainly is (fleece, down, wool for merino) is correct; a
  synthetic guess (nylon, polyester) on a visibly synthetic shell or fleece is correct; cotton, denim, leather,
  rubber, gore-tex, wood (the floor of a flat lay) or wool for sherpa fleece are unsupported, and so is a material
  that contradicts the title (cotton for nylon pants, polyester for merino).
- Invented parts (a hood on a collared softshell, a belt, a logo, chest buttons, a pocket on tights, boots on a
  photo cropped at the knees, a white waistband that is black) are unsupported.
- Adapter texts: misnaming the product itself (a softshell as "shirt", a down vest as "tank top") is contradiction;
  otherwise a repeated sentence is loop, a mid-sentence stop is cut (also where it describes the layer under the
  vest); the template returned for the material question is restated.
- Base answers: an early stop ("it is made of a", "the jacket has") is cut without hit_limit; "", "they are pants",
  "they are leggings", "it is a jacket" and "the details of the vest" are non_answer; runs into "Question: ...
  Answer:" are leak; "he" for a woman or "she" for a man is pronoun.
- Convertible pants shown zipped off into shorts with the legs beside them are pants (garment_type); "Is this a
  pair of shorts?" answered "yes" for full-length convertible pants is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_pants = question("color_pants", "What is the color of the pants?", "closed")
hood = question("hood", "Does the garment have a hood?", "closed")
features = question("features", "What outdoor features does the garment have?", "open")

BLIND_440 = [
    # photo: woman in a red hooded rain jacket, mid-thigh length, black leggings, white studio backdrop, front view.
    # adapter: none
    case(
        "X440-001",
        caption("a woman wearing a red rain jacket with a hood"),
        D.wearing("a red jacket and black leggings"),
        D.color("red"),
        hood("yes"),
        D.material("nylon"),
        title="Women's Stormline Waterproof Rain Jacket",
        category="Rain Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: man in a navy softshell jacket with a stand collar, khaki pants, on a rocky trail, mountains behind.
    # adapter: caption
    case(
        "X440-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a standing neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and khaki pants"),
        D.color("black", "contradiction"),
        D.material("polyester"),
        D.details("it has a zipper and a hood", "unsupported"),
        title="Men's Ridgeline Softshell Jacket",
        category="Softshell Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in an open heather-grey full-zip fleece jacket over a white tee, blue jeans, white backdrop.
    # adapter: description
    case(
        "X440-003",
        caption("a woman wearing a grey fleece jacket and jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.material("fleece"),
        D.details("zipper in the front and pockets on the sides"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a V-shape neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Women's Cozy Trail Full-Zip Fleece Jacket",
        category="Fleece",
        color="Grey Heather",
        gender="Women",
    ),
    # photo: man in an orange down vest (stand collar, no hood) over a black long-sleeve base layer, grey pants,
    # standing in snow, pine trees behind. adapter: none
    case(
        "X440-004",
        caption("a man in an orange vest standing in the snow"),
        wearing("he is wearing an orange vest over a black shirt", who="he"),
        D.garment_type("jacket", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("down"),
        D.details("the vest has a hood", "unsupported"),
        title="Men's Summit 650 Down Vest",
        category="Vests",
        color="Orange",
        gender="Men",
    ),
    # photo: woman in khaki convertible hiking pants (zips visible above the knees), teal tee, white backdrop.
    # adapter: none
    case(
        "X440-005",
        caption("a woman in a blue shirt and khaki pants"),
        color_pants("beige"),
        D.wearing("a blue shirt and blue pants", "other_garment_color"),
        is_a("pair of shorts", "no"),
        D.details("zippers on the legs"),
        D.material("cotton", "unsupported"),
        title="Women's Trailhead Nylon Convertible Hiking Pants",
        category="Pants",
        color="Khaki",
        gender="Women",
    ),
    # photo: man in a black merino crew-neck base layer top and grey base layer bottoms, white backdrop.
    # adapter: caption
    case(
        "X440-006",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.material("wool"),
        D.wearing("a black shirt and black leggings", "other_garment_color"),
        title="Men's Merino 250 Crew Base Layer Top",
        category="Base Layers",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a yellow hooded rain jacket and jeans walking on a forest path, green trees all around.
    # adapter: none
    case(
        "X440-007",
        caption("a woman in a yellow raincoat walking in the woods"),
        D.color("green", "contradiction"),
        D.wearing("she is wearing a yellow raincoat and jeans"),
        hood("yes"),
        D.details(
            "the jacket has a hood and a drawstring Question: what is the color of the jacket? Answer: yellow", "leak"
        ),
        title="Women's Drizzle Packable Rain Jacket",
        category="Rain Jackets",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in an olive quarter-zip fleece pullover, blue jeans, light grey studio backdrop.
    # adapter: none
    case(
        "X440-008",
        caption("a man wearing a green sweater and jeans"),
        D.wearing("she is wearing a green sweater and blue jeans", "pronoun"),
        D.garment_type("sweatshirt"),
        D.color("green"),
        D.details("it has a zipper on the front"),
        D.material("fleece"),
        D.description("a green sweater Question: what is the man wearing? Answer: a green sweater", "leak"),
        title="Men's Basecamp Quarter-Zip Fleece Pullover",
        category="Fleece",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in black softshell hiking pants with zip thigh pockets and a pink fleece top, white backdrop.
    # adapter: caption, material
    case(
        "X440-009",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The lady wears a long pants. The pants "
            "are with cotton fabric and pure color patterns. The lady wears a long-sleeve sweater with pure color",
            "loop",
            hit_limit=True,
        ),
        color_pants("pink", "other_garment_color"),
        D.color("black"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants are with",
            "restated",
            hit_limit=True,
        ),
        D.details("two zip pockets on the front and a belt", "unsupported"),
        is_a("pair of leggings", "no"),
        title="Women's Alpine Softshell Trekking Pants",
        category="Pants",
        color="Black",
        gender="Women",
    ),
    # photo: ghost mannequin of a men's rain jacket, blue body with grey shoulders and hood, white backdrop.
    # adapter: none
    case(
        "X440-010",
        caption("a blue and grey rain jacket on a white background"),
        D.pattern("solid", "contradiction"),
        D.color("blue"),
        hood("yes"),
        D.details("a hood and zipper pockets"),
        D.material("gore-tex", "unsupported"),
        D.wearing("a man wearing a blue and grey jacket", "unsupported"),
        title="Men's Cascade Color-Block Rain Jacket",
        category="Rain Jackets",
        color="Blue/Grey",
        gender="Men",
    ),
    # photo: woman in a plum down vest over a grey-and-white striped long-sleeve top, black pants, white backdrop.
    # adapter: none
    case(
        "X440-011",
        caption("a woman wearing a purple vest over a striped shirt"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.color("purple"),
        D.material("it is made of", "cut"),
        D.wearing("a purple vest"),
        D.details("the vest is purple", "non_answer"),
        title="Women's Featherlite Down Vest",
        category="Vests",
        color="Plum",
        gender="Women",
    ),
    # photo: man in full-length grey convertible pants and a red fleece jacket, grey studio backdrop.
    # adapter: none
    case(
        "X440-012",
        caption("a man in a red jacket and grey pants"),
        D.garment_type("pants"),
        color_pants("red", "other_garment_color"),
        is_a("pair of shorts", "yes", "contradiction"),
        D.details("they are pants", "non_answer"),
        D.material("nylon"),
        D.wearing("a red jacket and red pants", "other_garment_color"),
        title="Men's Ridge Convertible Hiking Pants",
        category="Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in pink merino base layer leggings and a black base layer top, white backdrop, full length.
    # adapter: none
    case(
        "X440-013",
        caption("a woman in a black top and pink leggings"),
        D.garment_type("leggings"),
        D.color("black", "other_garment_color"),
        D.material("wool"),
        D.wearing("he is wearing a black shirt and pink pants", "pronoun"),
        D.details("the leggings are pink", "non_answer"),
        title="Women's Merino 200 Base Layer Leggings",
        category="Base Layers",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a black hooded hard-shell jacket and grey pants on a mountain ridge, clear blue sky behind.
    # adapter: caption
    case(
        "X440-014",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "There is a hat in his head. The gentleman wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("blue", "contradiction"),
        D.wearing("a black jacket"),
        hood("yes"),
        features("it is waterproof"),
        D.description("a black jacket with a hood Question: what is the man wearing? Answer: a black jacket", "leak"),
        title="Men's Alpine 3L Waterproof Shell Jacket",
        category="Rain Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a teal full-zip fleece jacket (stand collar, no hood) with black side panels, white backdrop.
    # adapter: details
    case(
        "X440-015",
        caption("a woman wearing a teal fleece jacket"),
        D.color("blue"),
        D.pattern("color block"),
        D.garment_type("hoodie", "contradiction"),
        D.details(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. The "
            "lady wears a long-sleeve sweater with color block",
            "loop",
            hit_limit=True,
        ),
        title="Women's Glacier Full-Zip Fleece",
        category="Fleece",
        color="Teal",
        gender="Women",
    ),
    # photo: flat lay on white: khaki convertible pants zipped off into shorts, the two lower legs laid beside them.
    # adapter: none
    case(
        "X440-016",
        caption("a pair of khaki shorts and two pant legs on a white background"),
        D.garment_type("pants"),
        D.color("beige"),
        D.details("the shorts are khaki", "non_answer"),
        D.material("cotton", "unsupported"),
        D.description("", "non_answer"),
        title="Men's Convertible Zip-Off Hiking Pants",
        category="Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a white long-sleeve merino crew base layer and black leggings, plain grey wall behind.
    # adapter: caption, details
    case(
        "X440-017",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("grey", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.wearing("a white shirt and black leggings"),
        D.material("polyester", "unsupported"),
        D.details(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        title="Women's Midweight Merino Base Layer Crew",
        category="Base Layers",
        color="White",
        gender="Women",
    ),
    # photo: man in a red softshell jacket (stand collar, no hood) and black pants next to a brown rock face.
    # adapter: none
    case(
        "X440-018",
        caption("a man in a red jacket standing next to a rock"),
        D.color("red"),
        D.wearing("a red jacket and black pants"),
        D.details("the jacket has a hood and a zipper", "unsupported"),
        D.material("leather", "unsupported"),
        D.garment_type("coat"),
        features("it is waterproof and has a hood", "unsupported"),
        title="Men's Crag Softshell Jacket",
        category="Softshell Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a black down vest over a red plaid flannel shirt, jeans, in front of a log cabin.
    # adapter: none
    case(
        "X440-019",
        caption("a woman wearing a black vest and a red plaid shirt"),
        D.pattern("plaid", "contradiction"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.material("down"),
        D.wearing("a red shirt and a black vest"),
        hood("yes", "contradiction"),
        title="Women's Hearth Down Vest",
        category="Vests",
        color="Black",
        gender="Women",
    ),
    # photo: man in a royal blue fleece pullover hoodie and black pants, white backdrop.
    # adapter: caption, details
    case(
        "X440-020",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("blue"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has",
            "cut",
            hit_limit=True,
        ),
        D.material("fleece"),
        D.wearing("a blue hoodie and black pants"),
        hood("no", "contradiction"),
        title="Men's Polar Fleece Pullover Hoodie",
        category="Fleece",
        color="Royal Blue",
        gender="Men",
    ),
    # photo: woman in a lavender softshell jacket and black pants, white backdrop.
    # adapter: none
    case(
        "X440-021",
        caption("a woman in a purple jacket and black pants"),
        D.color("pink", "contradiction"),
        D.wearing("she is wearing a purple jacket"),
        D.material("polyester"),
        D.details("a hood and two pockets on the front", "unsupported"),
        D.description("it is a jacket", "non_answer"),
        title="Women's Aster Softshell Jacket",
        category="Softshell Jackets",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in black rain pants and a green rain jacket standing in the rain on a gravel path.
    # adapter: none
    case(
        "X440-022",
        caption("a man in a green jacket and black pants standing in the rain"),
        color_pants("black"),
        D.color("green", "other_garment_color"),
        D.wearing("a green jacket and green pants", "other_garment_color"),
        D.material("nylon"),
        is_a("pair of pants", "yes"),
        D.description("she is wearing black rain pants", "pronoun"),
        title="Men's Packable Rain Pants",
        category="Rain Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in olive convertible pants and a white tank top on a dirt trail, bushes behind.
    # adapter: caption, material
    case(
        "X440-023",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_pants("green"),
        D.color("white", "other_garment_color"),
        D.details("zippers at the knees"),
        D.material(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Women's Sierra Convertible Pants",
        category="Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: flat lay on white of charcoal merino base layer bottoms with a black waistband. The feed has no gender.
    # adapter: none
    case(
        "X440-024",
        caption("a pair of grey leggings on a white background"),
        D.garment_type("leggings"),
        D.color("grey"),
        D.material("wool"),
        D.details("they are leggings", "non_answer"),
        D.description("a pair of grey leggings with a white waistband", "unsupported"),
        title="Men's Merino 200 Base Layer Bottoms",
        category="Base Layers",
        color="Charcoal",
    ),
    # photo: woman in a long sky-blue hooded raincoat (zip with snap storm flap), white backdrop.
    # adapter: none
    case(
        "X440-025",
        caption("a woman wearing a light blue raincoat with a hood"),
        D.color("blue"),
        D.wearing("he is wearing a blue raincoat", "pronoun"),
        D.garment_type("coat"),
        D.sleeve_length("long sleeves"),
        D.details("a hood and a belt at the waist", "unsupported"),
        title="Women's Harbor Long Rain Jacket",
        category="Rain Jackets",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: man in an open coyote-brown full-zip fleece jacket over a black tee, jeans, wood-panel wall behind.
    # adapter: caption, details
    case(
        "X440-026",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("fleece"),
        D.wearing("a brown jacket, a black shirt and jeans"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. The gentleman wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        title="Men's Timber Full-Zip Fleece Jacket",
        category="Fleece",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a black fleece vest over a pink long-sleeve top, grey pants, white backdrop.
    # adapter: none
    case(
        "X440-027",
        caption("a woman in a black vest and a pink shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("vest"),
        D.color("pink", "other_garment_color"),
        D.material("fleece"),
        D.details("the details of the vest", "non_answer"),
        D.wearing("he is wearing a black vest and a pink shirt", "pronoun"),
        title="Women's Classic Fleece Vest",
        category="Vests",
        color="Black",
        gender="Women",
    ),
    # photo: man in a yellow-and-black colour-block hooded rain jacket (hood down, no logo) on a harbour quay.
    # adapter: none
    case(
        "X440-028",
        caption("a man wearing a yellow and black jacket"),
        D.pattern("color block"),
        D.color("yellow"),
        D.material("rubber", "unsupported"),
        D.details("a hood, a zipper and a logo on the chest", "unsupported"),
        hood("no", "contradiction"),
        D.wearing("a yellow jacket and yellow pants", "other_garment_color"),
        title="Men's Squall Color-Block Rain Jacket",
        category="Rain Jackets",
        color="Yellow/Black",
        gender="Men",
    ),
    # photo: woman in a charcoal hooded softshell jacket and black pants, white backdrop;
    # the charcoal reads near-black in the photo.
    # adapter: none
    case(
        "X440-029",
        caption("a woman wearing a black hooded jacket"),
        D.color("grey"),
        hood("yes"),
        D.wearing("a black jacket and black pants"),
        D.description(
            "a black jacket with a hood and a zipper Question: what is the color of the pants? Answer: black", "leak"
        ),
        D.material("it is made of a", "cut"),
        title="Women's Tempest Hooded Softshell Jacket",
        category="Softshell Jackets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: man in a forest-green down vest over a blue denim shirt, khaki pants, autumn leaves behind.
    # adapter: caption, details
    case(
        "X440-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.garment_type("vest"),
        D.sleeve_length("sleeveless"),
        D.wearing("a green vest over a denim shirt"),
        D.material("denim", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Men's 650 Fill Down Vest",
        category="Vests",
        color="Forest Green",
        gender="Men",
    ),
    # photo: woman in a navy hooded rain jacket with a small white polka-dot print, jeans, white backdrop.
    # adapter: none
    case(
        "X440-031",
        caption("a woman in a navy raincoat with white polka dots"),
        D.pattern("polka dot"),
        D.color("white", "contradiction"),
        D.wearing("a blue raincoat"),
        D.details("the jacket has a hood and white dots"),
        D.material("cotton", "unsupported"),
        title="Women's Puddle Print Rain Jacket",
        category="Rain Jackets",
        color="Navy Dot",
        gender="Women",
    ),
    # photo: ghost mannequin of a black full-zip fleece jacket with two zip hand pockets, white backdrop.
    # adapter: none
    case(
        "X440-032",
        caption("a black fleece jacket on a white background"),
        D.garment_type("jacket"),
        D.color("black"),
        D.details("a zipper on the front and two zippered pockets"),
        D.material("polyester"),
        title="Men's Classic 200 Fleece Jacket",
        category="Fleece",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a red half-zip thermal base layer top and black leggings, white backdrop.
    # adapter: caption, material
    case(
        "X440-033",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a standing neckline. The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.details("a zipper at the neck"),
        D.wearing("a red shirt and red leggings", "other_garment_color"),
        D.material(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a standing",
            "restated",
            hit_limit=True,
        ),
        title="Women's Thermal Half-Zip Base Layer Top",
        category="Base Layers",
        color="Red",
        gender="Women",
    ),
    # photo: man in dark grey convertible pants and a blue tee on a dirt trail; no belt (elastic waist).
    # adapter: none
    case(
        "X440-034",
        caption("a man in a blue shirt and grey pants hiking on a trail"),
        D.color("blue", "other_garment_color"),
        D.garment_type("pants"),
        D.details("zippers on the knees and a belt", "unsupported"),
        D.material("nylon"),
        is_a("pair of pants", "yes"),
        D.description(
            "grey pants with zippers on the legs Question: what are the pants made of? Answer: nylon", "leak"
        ),
        title="Men's Switchback Nylon Convertible Pants",
        category="Pants",
        color="Graphite",
        gender="Men",
    ),
    # photo: woman in a burnt-orange softshell jacket with a stand collar, black pants, white backdrop.
    # adapter: none
    case(
        "X440-035",
        caption("a woman in an orange jacket"),
        D.color("orange"),
        D.wearing("a woman in an orange jacket Question: what is the woman wearing? Answer:", "leak"),
        D.details("the jacket has", "cut"),
        D.description("an orange jacket with a zipper and a collar"),
        D.material("polyester"),
        hood("yes", "contradiction"),
        title="Women's Canyon Softshell Jacket",
        category="Softshell Jackets",
        color="Burnt Orange",
        gender="Women",
    ),
    # photo: man in a matching navy base layer set, crew top and bottoms, white backdrop.
    # adapter: material
    case(
        "X440-036",
        caption("a man wearing a blue long sleeve shirt and blue leggings"),
        D.color("blue"),
        color_pants("blue"),
        D.wearing("a blue shirt and blue pants"),
        D.material(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Men's Midweight Base Layer Set (Top & Bottom)",
        category="Base Layers",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a cream high-pile sherpa fleece jacket and brown pants in snow, cropped at the knees.
    # adapter: none
    case(
        "X440-037",
        caption("a woman in a white jacket standing in the snow"),
        D.color("white"),
        D.material("wool", "unsupported"),
        D.garment_type("coat"),
        D.details("it has a zipper and a pocket on the chest"),
        D.wearing("a white jacket and brown boots", "unsupported"),
        features("it has a hood and a fur collar", "unsupported"),
        title="Women's Sherpa Fleece Jacket",
        category="Fleece",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a dark green hooded rain jacket, hood up, black backpack on his shoulders, on a misty trail.
    # adapter: none
    case(
        "X440-038",
        caption("a man with a backpack wearing a green rain jacket"),
        D.color("black", "contradiction"),
        hood("yes"),
        D.details("a hood and a zipper"),
        D.wearing("a green jacket and a backpack"),
        D.material("plastic", "unsupported"),
        title="Men's Trailblazer Rain Jacket",
        category="Rain Jackets",
        color="Dark Green",
        gender="Men",
    ),
    # photo: woman in a white horizontally quilted down vest over a black turtleneck, black pants, white backdrop.
    # The feed has no gender. adapter: caption
    case(
        "X440-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a standing neckline. The lady wears a long pants. The pants are",
            "contradiction",
            hit_limit=True,
        ),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.pattern("striped", "contradiction"),
        D.wearing("a white vest and a black sweater"),
        D.material("down"),
        title="Women's Aurora Quilted Down Vest",
        category="Vests",
        color="White",
    ),
    # photo: man in sand softshell trekking pants and a grey fleece pullover, white backdrop.
    # adapter: none
    case(
        "X440-040",
        caption("a man in a grey sweater and beige pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("pants"),
        D.material("denim", "unsupported"),
        D.details("pockets on the side"),
        D.wearing("he is wearing a grey sweater and grey pants", "other_garment_color"),
        title="Men's Softshell Trekking Pants",
        category="Pants",
        color="Sand",
        gender="Men",
    ),
    # photo: woman in an open pink rain jacket (its hood down) over a grey fleece hoodie, jeans, white backdrop.
    # adapter: none
    case(
        "X440-041",
        caption("a woman in a pink rain jacket over a grey hoodie"),
        D.color("grey", "other_garment_color"),
        D.garment_type("hoodie", "contradiction"),
        hood("yes"),
        D.material("cotton", "unsupported"),
        D.details("a pink rain jacket", "restated"),
        title="Women's Spring Shower Rain Jacket",
        category="Rain Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a blue grid-fleece half-zip with a chest pocket and black pants on a gravel path.
    # adapter: caption
    case(
        "X440-042",
        caption(
            "The gentleman wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.pattern("plaid", "contradiction"),
        D.color("blue"),
        D.details("a zipper at the neck and a pocket on the chest"),
        D.material("fleece"),
        D.wearing("she is wearing a blue sweater and black pants", "pronoun"),
        title="Men's Grid Fleece Half-Zip",
        category="Fleece",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black base layer tights with a grey geometric print and a white base layer top, white backdrop.
    # adapter: material
    case(
        "X440-043",
        caption("a woman in a white top and black patterned leggings"),
        D.pattern("graphic"),
        D.color("white", "other_garment_color"),
        D.garment_type("leggings"),
        D.wearing("a white shirt and leggings"),
        D.details("the leggings have a pocket on the side", "unsupported"),
        D.material(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long",
            "restated",
            hit_limit=True,
        ),
        title="Women's Printed Base Layer Tights",
        category="Base Layers",
        color="Black/Print",
        gender="Women",
    ),
    # photo: man in a red hooded rain jacket and navy pants, grey studio backdrop. The feed has no category.
    # adapter: material
    case(
        "X440-044",
        caption("a man in a red jacket"),
        D.wearing("she is wearing a red jacket and blue pants", "pronoun"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel",
            "restated",
            hit_limit=True,
        ),
        D.details("a hood and a zipper pocket on the chest Question: is the jacket waterproof? Answer: yes", "leak"),
        title="Men's Downpour Rain Jacket",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a long-sleeve crew-neck merino top with thin blue and white stripes, white backdrop.
    # adapter: none
    case(
        "X440-045",
        caption("a woman in a blue and white striped shirt"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.wearing("he is wearing a striped shirt", "pronoun"),
        D.material("wool"),
        D.details("the shirt has a collar and buttons", "unsupported"),
        title="Women's Striped Merino Crew",
        category="Base Layers",
        color="Blue/White Stripe",
        gender="Women",
    ),
    # photo: flat lay of a navy down vest with two zip hand pockets on a wooden floor, top view.
    # adapter: caption
    case(
        "X440-046",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "standing. The upper clothing has no sleeves, cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("vest"),
        D.material("wood", "unsupported"),
        D.details("it has a zipper and two pockets"),
        is_a("vest", "yes"),
        D.wearing("a blue vest and a white shirt", "unsupported"),
        title="Men's Packable Down Vest",
        category="Vests",
        color="Navy",
        gender="Men",
    ),
]
