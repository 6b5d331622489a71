"""BLIND_1465 (45 products; Myntra men's innerwear and lounge, base BLIP-2): written blind in the sixty-fifth session.
Measured blind at 81d2e84 (the session's second rules): 53/62 failures found (85.5%) and 11/215 correct texts flagged
(5.1%). The writer's notes, verbatim:

Scenario: a Myntra men's innerwear / nightwear / lounge feed (innerwear vests, boxers, briefs, trunks, night suits,
pyjamas, lounge pants and shorts, lounge t-shirts, track pants, thermals). Photos are the catalog's usual ones: a male
model on a plain light grey or white backdrop wearing the product with other clothes (a white or black t-shirt over
boxers, track pants under a vest), innerwear shots cropped at the neck so no face shows, flat lays of multi-packs, a
back view, and props now and then (a mug on a bed, a book, a dumbbell, a stool). Catalog columns as the feed has
them: title, category (Myntra article type), color (base colour), gender "Men"; a few rows lack gender or color.
Who wrote what: every text is the untuned base Salesforce/blip2-opt-2.7b, zero-shot, no adapter. The caption is the
unprompted generation (50 new tokens max); every answer comes from a `Question: ... Answer:` prompt with greedy
decoding (30 new tokens max). The base model usually stops at the newline, so answers are short; it rarely loops,
but a "describe" prompt now and then runs on to the limit, and once the caption did.
Labeling conventions and judgement calls: judged against the photo I imagined (in the comment above each case) and
the title. "tank top" for an innerwear vest, "underwear" for briefs and trunks, "sweatpants" or "pants" for track
pants, "pajamas" for a night suit, "red" for maroon, "green" for olive or teal, "white" for off-white: all correct.
"No" to "Is this a vest?" for a tank-style vest (the model reads vest as waistcoat) and "yes" to a wrong garment
are contradiction. Navy read as "black" where the seller says Navy Blue is contradiction. A color question about the
product answered with the color of the t-shirt, shirt or hoodie worn with it is other_garment_color; "white" for a
night suit whose color is only the bedsheet's is contradiction (a bedsheet is no garment). A material the title
contradicts (cotton for modal or rapid-dry polyester, polyester or silk for pure cotton) and details the photo lacks
(stripes, pockets, a zip, a v-neck, a printed cat, a Nike shirt) are unsupported. "They are tight", "it is a tank
top", "no" and an empty string as details are non_answer; "the details of the undershirt are the undershirt" and
"the vest is a vest" are restated. "she" for a neck-cropped male model is pronoun. "a white tank top" for a pack of
three vests, or "a pair of black pants" for a flat lay of two, is contradiction (count against title and photo). An
answer that is true but runs to the token limit and stops mid-phrase is cut; a run that repeats itself to the limit
is loop. Where a multi-pack or a two-piece set is answered with the color of one of its pieces, I counted it right.
A little over two texts in ten are wrong: fewer than with the fine-tuned adapters, since the base answers are
short and mostly right on solid-colour innerwear; the misses cluster on colors with a second garment in the shot,
on yes/no garment questions, on materials, and on invented details.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1465 = [
    # Truth: model front on grey backdrop, white ribbed sleeveless vest, black track pants. Texts: base BLIP-2.
    case(
        "X1465-001",
        caption("a man in a white tank top and black pants"),
        wearing("a white tank top"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("vest", "it is a tank top", "non_answer"),
        gender="Men",
        title="Jockey Men White Solid Cotton Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: flat lay, two folded boxers, navy/grey check and navy/maroon check, white surface. Texts: base BLIP-2.
    case(
        "X1465-002",
        caption("two pairs of boxer shorts on a white background"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.material("polyester", "unsupported"),
        is_a("pair of boxers", "yes"),
        describe("boxers", "two pairs of plaid boxer shorts folded on a white surface"),
        gender="Men",
        title="Van Heusen Men Pack of 2 Checked Pure Cotton Boxers 40011",
        category="Boxers",
        color="Navy Blue",
    ),
    # Truth: model wearing navy boxers with a small white all-over logo print and a white crew-neck t-shirt; the
    # waistband is white with the brand name. Texts: base BLIP-2.
    case(
        "X1465-003",
        caption("a man in a white t-shirt and blue shorts"),
        wearing("a white t-shirt and blue shorts"),
        color_of("boxers", "white", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        details("boxers", "they have a logo on the waistband"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Printed Pure Cotton Boxers I651",
        category="Boxers",
        color="Navy Blue",
    ),
    # Truth: side view, plain black track pants (small reflective logo at the hip), grey t-shirt, white sneakers.
    # Texts: base BLIP-2.
    case(
        "X1465-004",
        caption("a man in black pants and a grey shirt"),
        wearing("black pants and a grey shirt"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.material("cotton", "unsupported"),
        describe("track pants", "black track pants with white stripes on the side", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: model front, navy and white checked pyjama set, long-sleeve notch-collar shirt with buttons.
    # Texts: base BLIP-2.
    case(
        "X1465-005",
        caption("a man in blue and white checkered pajamas"),
        wearing("blue and white plaid pajamas"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        details("pyjama set", "the pajamas have a collar and buttons down the front"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue & White Checked Pure Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Truth: model front, grey melange lounge shorts with drawstring, navy t-shirt. Texts: base BLIP-2.
    case(
        "X1465-006",
        caption("a man in a blue t-shirt and grey shorts"),
        wearing("a blue shirt and grey shorts"),
        color_of("shorts", "blue", "other_garment_color"),
        Q.color("grey"),
        details("shorts", "they are shorts", "non_answer"),
        Q.material("cotton"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Cotton Lounge Shorts SP26",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Truth: flat lay, three folded white vests side by side. Texts: base BLIP-2.
    case(
        "X1465-007",
        caption("three white tank tops on a white background"),
        Q.garment_type("tank top"),
        Q.color("white"),
        is_a("vest", "no", "contradiction"),
        describe("vests", "a white tank top", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 3 White Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: neck-cropped model in olive trunks only, black waistband with white XYXX lettering. Texts: base BLIP-2.
    case(
        "X1465-008",
        caption("a man in green underwear standing in front of a white wall"),
        wearing("green underwear"),
        Q.color("green"),
        Q.garment_type("underwear"),
        Q.material("cotton", "unsupported"),
        details("trunks", "they have a black waistband with white writing on it"),
        gender="Men",
        title="XYXX Men Olive Green Solid IntelliSoft Micro Modal Trunks",
        category="Trunk",
        color="Olive",
    ),
    # Truth: model front, charcoal grey plain crew-neck lounge t-shirt (no pocket), black track pants.
    # Texts: base BLIP-2.
    case(
        "X1465-009",
        caption("a man in a grey t-shirt and black pants"),
        wearing("a grey t-shirt and black pants", who="the man"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        details("t-shirt", "it has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Jockey Men Charcoal Grey Solid Round Neck Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
    ),
    # Truth: model sitting on a bed with white sheets holding a mug; blue night suit with a small white geometric
    # print, collar and chest pocket. Texts: base BLIP-2.
    case(
        "X1465-010",
        caption("a man sitting on a bed with a cup of coffee"),
        wearing("pajamas"),
        Q.color("white", "contradiction"),
        Q.pattern("printed"),
        Q.garment_type("pajamas"),
        is_a("night suit", "yes"),
        describe("night suit", "a blue and white pajama set with a collar and pockets"),
        gender="Men",
        title="Sweet Dreams Men Blue Printed Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Truth: back view, grey melange track pants with one back pocket, black t-shirt. Texts: base BLIP-2.
    case(
        "X1465-011",
        caption("the back of a man in grey sweatpants"),
        wearing("a black shirt and grey sweatpants"),
        Q.color("grey"),
        Q.garment_type("sweatpants"),
        details("track pants", "they have a pocket on the back"),
        Q.material("cotton"),
        is_a("pair of shorts", "no"),
        gender="Men",
        title="Puma Men Grey Melange Solid Cotton Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Truth: model in red and navy checked boxers (elastic waist, no drawstring) and a white sleeveless vest.
    # Texts: base BLIP-2.
    case(
        "X1465-012",
        caption("a man in a white tank top and red plaid shorts"),
        color_of("boxers", "red"),
        wearing("a white tank top and plaid shorts"),
        Q.pattern("plaid"),
        describe(
            "boxers",
            "red plaid boxer shorts with a white tank top with a white tank top with a white tank top with a white"
            " tank top with a white",
            "loop",
            hit_limit=True,
        ),
        details("boxers", "they have a drawstring", "unsupported"),
        gender="Men",
        title="Jockey Men Red & Navy Blue Checked Cotton Boxers 1223",
        category="Boxers",
        color="Red",
    ),
    # Truth: model front, off-white long-sleeve round-neck thermal top, blue jeans. Texts: base BLIP-2.
    case(
        "X1465-013",
        caption("a man wearing a white long sleeve shirt and jeans"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt"),
        Q.material("cotton"),
        is_a("sweater", "yes", "contradiction"),
        details("top", "it has a v-neck", "unsupported"),
        gender="Men",
        title="Lux Cottswool Men Off-White Solid Thermal Top",
        category="Thermal Tops",
        color="Off White",
    ),
    # Truth: flat lay, three black briefs fanned out on white. No gender column. Texts: base BLIP-2.
    case(
        "X1465-014",
        caption("three pairs of black underwear on a white background"),
        Q.garment_type("underwear"),
        Q.color("black"),
        describe("briefs", "black underwear"),
        is_a("pair of boxers", "yes", "contradiction"),
        Q.material("cotton"),
        details("briefs", "no", "non_answer"),
        title="Bodycare Men Pack of 3 Black Solid Cotton Briefs",
        category="Briefs",
        color="Black",
    ),
    # Truth: model front, navy track pants with three white side stripes, white t-shirt. Texts: base BLIP-2.
    case(
        "X1465-015",
        caption("a man in a white t-shirt and blue pants with white stripes"),
        Q.color("white", "other_garment_color"),
        color_of("track pants", "blue"),
        Q.pattern("striped"),
        details("track pants", "they have three white stripes on the side"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Navy Blue Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: grey t-shirt with a sleeping panda and "SLEEP MODE" print, plain grey pyjamas with drawstring.
    # Texts: base BLIP-2.
    case(
        "X1465-016",
        caption("a man in a grey t-shirt and grey pants"),
        wearing("a grey shirt and grey pants"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("pajamas"),
        describe("night suit", "a grey t-shirt with a panda bear on it"),
        details("night suit", "the pajamas are grey and have a drawstring waist"),
        gender="Men",
        title="Sweet Dreams Men Grey Printed Cotton Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Truth: photo cropped at the neck, navy lounge pants with side pockets and drawstring, white t-shirt.
    # Texts: base BLIP-2.
    case(
        "X1465-017",
        caption("a person in a white shirt and blue pants"),
        wearing("she is wearing a white shirt and blue pants", "pronoun"),
        Q.color("black", "contradiction"),
        Q.garment_type("pants"),
        details("lounge pants", "they have pockets on the side and a drawstring waist"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Cotton Lounge Pants 9009",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Truth: model front, black scoop-neck muscle vest, grey shorts. Texts: base BLIP-2.
    case(
        "X1465-018",
        caption("a man in a black tank top and grey shorts"),
        Q.color("black"),
        is_a("vest", "no", "contradiction"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "a black tank top with a round neck"),
        details("vest", "the vest is a vest", "restated"),
        gender="Men",
        title="Jockey Men Black Solid Cotton Innerwear Vest US26",
        category="Innerwear Vests",
        color="Black",
    ),
    # Truth: model in bright yellow boxers with a pizza-slice print and a black t-shirt. Texts: base BLIP-2.
    case(
        "X1465-019",
        caption("a man in a black shirt and yellow shorts"),
        wearing("a black t-shirt and yellow shorts"),
        color_of("boxers", "black", "other_garment_color"),
        Q.color("yellow"),
        Q.pattern("print"),
        describe("boxers", "yellow shorts with pizza on them"),
        details("boxers", "they are yellow Question: what is the color of the shirt? Answer: black", "leak"),
        gender="Men",
        title="Bewakoof Men Yellow Printed Pure Cotton Boxers",
        category="Boxers",
        color="Yellow",
    ),
    # Truth: model in black thermal bottoms (leggings-like), white t-shirt. Texts: base BLIP-2.
    case(
        "X1465-020",
        caption("a man in a white shirt and black leggings"),
        wearing("a white shirt and black tights"),
        Q.garment_type("leggings"),
        Q.color("black"),
        is_a("pair of leggings", "yes"),
        details("thermal bottoms", "they are tight", "non_answer"),
        gender="Men",
        title="Lux Inferno Men Black Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Truth: flat lay, grey melange crew-neck lounge t-shirt on white. No person. Texts: base BLIP-2.
    case(
        "X1465-021",
        caption("a grey t-shirt on a white background"),
        wearing("a grey t-shirt"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt"),
        Q.material("cotton"),
        describe("t-shirt", "a grey t-shirt with a v-neck", "unsupported"),
        gender="Men",
        title="Hanes Men Grey Melange Solid Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Truth: model on a sofa reading a book, navy and white striped pyjama set, long sleeves, white piping on collar
    # and cuffs, one chest pocket. Texts: base BLIP-2.
    case(
        "X1465-022",
        caption("a man in blue pajamas reading a book"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        details("pyjama set", "the pajamas have white piping on the collar and cuffs"),
        describe(
            "pyjama set",
            "a blue and white striped pajama set with a collar and a pocket on the chest and a pocket on the chest and"
            " a pocket on the chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Truth: model front, olive joggers with ribbed ankle cuffs, white t-shirt, white sneakers. Texts: base BLIP-2.
    case(
        "X1465-023",
        caption("a man in a white shirt and green pants"),
        Q.color("green"),
        color_of("joggers", "white", "other_garment_color"),
        Q.garment_type("pants"),
        details("joggers", "they have elastic cuffs at the ankles"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Roadster Men Olive Green Solid Cotton Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Truth: flat lay, one black and one navy trunk. No gender, no color column. Texts: base BLIP-2.
    case(
        "X1465-024",
        caption("two pairs of underwear on a white background"),
        Q.color("black"),
        describe("trunks", "black and blue underwear"),
        is_a("pair of trunks", "no", "contradiction"),
        Q.material("nylon", "unsupported"),
        Q.garment_type("underwear"),
        title="Jockey Men Pack of 2 Assorted Cotton Stretch Trunks 1015",
        category="Trunk",
    ),
    # Truth: model front with arms crossed, white sleeveless vest, blue jeans. Texts: base BLIP-2.
    case(
        "X1465-025",
        caption("a man in a white tank top with his arms crossed"),
        wearing("a white tank top and jeans"),
        Q.color("white"),
        color_of("vest", "blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "a white tank top"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Rupa Frontline Men Pack of 5 White Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: model in blue lounge shorts with a palm-leaf print and a drawstring, white t-shirt. Texts: base BLIP-2.
    case(
        "X1465-026",
        caption("a man in a white t-shirt and blue shorts with palm trees"),
        Q.pattern("floral"),
        Q.color("blue"),
        wearing("he is wearing a white t-shirt and blue shorts"),
        details("shorts", "they have palm trees on them and a drawstring"),
        Q.material("cotton"),
        gender="Men",
        title="Huetrap Men Blue Tropical Printed Pure Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
    ),
    # Truth: model front, maroon track pants with plain side pockets (no zips), black t-shirt. Texts: base BLIP-2.
    case(
        "X1465-027",
        caption("a man in a black t-shirt and maroon sweatpants"),
        Q.color("red"),
        wearing("a black shirt and red pants"),
        details("track pants", "they have a zipper pocket on the side", "unsupported"),
        Q.garment_type("sweatpants"),
        gender="Men",
        title="Joven Men Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Truth: teal crew-neck lounge t-shirt and grey printed shorts worn together, model front. Texts: base BLIP-2.
    case(
        "X1465-028",
        caption("a man in a green shirt and grey shorts"),
        Q.color("green"),
        wearing("he is wearing a green shirt and grey shorts"),
        is_a("night suit", "no", "contradiction"),
        describe(
            "night suit",
            "a green t-shirt and a pair of grey shorts with a green t-shirt and a pair of grey shorts with a green"
            " t-shirt and a pair of",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sweet Dreams Men Teal T-shirt & Grey Printed Shorts Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Truth: model in a gym holding a dumbbell, navy gym vest with a small logo on the chest, black shorts.
    # Texts: base BLIP-2.
    case(
        "X1465-029",
        caption("a man holding a dumbbell in a gym"),
        Q.color("black", "contradiction"),
        wearing("a blue tank top and black shorts"),
        details("vest", "it has a logo on the chest"),
        is_a("vest", "yes"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Cotton Gym Vest 9927",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # Truth: photo from the waist down, grey modal lounge pants with a drawstring, white sneakers. No category column.
    # Texts: base BLIP-2.
    case(
        "X1465-030",
        caption("a person wearing grey pants and white sneakers"),
        wearing("a pair of grey pants"),
        describe("lounge pants", "she is wearing a pair of grey sweatpants with a drawstring waist", "pronoun"),
        Q.material("cotton", "unsupported"),
        Q.color("grey"),
        gender="Men",
        title="Marks & Spencer Men Grey Solid Modal Lounge Pants",
        color="Grey",
    ),
    # Truth: model in black knit boxer shorts with a white logo waistband, white t-shirt. Texts: base BLIP-2.
    case(
        "X1465-031",
        caption("a man in a white t-shirt and black shorts"),
        color_of("boxers", "black"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        details("boxers", "they are black and have a white waistband"),
        describe("boxers", "black boxer briefs"),
        gender="Men",
        title="Levis Men Black Solid Cotton Boxer Shorts",
        category="Boxers",
        color="Black",
    ),
    # Truth: model front, navy night suit, long-sleeve button-up shirt with white piping on collar, pocket and cuffs,
    # matching pyjamas with elastic waist. Texts: base BLIP-2.
    case(
        "X1465-032",
        caption("a man in a blue pajama set"),
        describe(
            "night suit",
            "a navy blue pajama set with a button up shirt with white piping on the collar, pocket, and cuffs, and"
            " matching pants with an elastic waistband and",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        wearing("pajamas"),
        gender="Men",
        title="Van Heusen Men Navy Blue Solid Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Truth: model in grey melange thermal top and bottoms together, round neck. Texts: base BLIP-2.
    case(
        "X1465-033",
        caption("a man in a grey long sleeve shirt and grey leggings"),
        Q.garment_type("long sleeve shirt"),
        Q.color("grey"),
        is_a("sweater", "yes", "contradiction"),
        Q.material("wool", "unsupported"),
        details("thermal set", "it has a round neck and long sleeves"),
        gender="Men",
        title="Dollar Thermo Men Grey Melange Solid Thermal Set",
        category="Thermal Set",
        color="Grey Melange",
    ),
    # Truth: neck-cropped model in blue briefs, waistband printed JOCKEY. No gender column. Texts: base BLIP-2.
    case(
        "X1465-034",
        caption("a man in blue underwear standing in front of a white wall"),
        Q.color("blue"),
        wearing("she is wearing blue underwear", "pronoun"),
        describe("briefs", "a pair of blue briefs"),
        details("briefs", "the waistband has jockey written on it"),
        is_a("pair of boxers", "no"),
        title="Jockey Men Pack of 2 Assorted Cotton Briefs 8035",
        category="Briefs",
        color="Blue",
    ),
    # Truth: model front, black fleece joggers, grey hoodie. Texts: base BLIP-2.
    case(
        "X1465-035",
        caption("a man in a grey hoodie and black pants"),
        Q.color("black"),
        color_of("joggers", "grey", "other_garment_color"),
        Q.garment_type("sweatpants"),
        Q.material("fleece"),
        wearing("Answer: a grey hoodie and black sweatpants", "leak"),
        gender="Men",
        title="Nike Men Black Club Fleece Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Truth: model in red and navy checked pyjama pants with a drawstring, white t-shirt. Texts: base BLIP-2.
    case(
        "X1465-036",
        caption("a man in a white t-shirt and plaid pants"),
        wearing("a white shirt and plaid pants"),
        color_of("pyjamas", "white", "other_garment_color"),
        Q.color("red"),
        Q.pattern("plaid"),
        details("pyjamas", "they are plaid pajama pants with a drawstring waist"),
        is_a("pair of pajama pants", "yes"),
        gender="Men",
        title="Ecentric Men Red & Navy Blue Checked Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Red",
    ),
    # Truth: white half-sleeve round-neck undershirt worn under an open light blue shirt. Texts: base BLIP-2.
    case(
        "X1465-037",
        caption("a man in a white t-shirt and a blue shirt"),
        color_of("undershirt", "blue", "other_garment_color"),
        Q.sleeve_length("short"),
        details("undershirt", "the details of the undershirt are the undershirt", "restated"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        gender="Men",
        title="Jockey Men White Solid Round Neck Cotton Undershirt Vest 2726",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: model front, navy lounge shorts with white drawstrings and side pockets, light blue t-shirt.
    # Texts: base BLIP-2 (the caption ran to 50 tokens).
    case(
        "X1465-038",
        caption(
            "a man in blue shorts and a blue shirt and blue shorts and a blue shirt and blue shorts and a blue shirt"
            " and blue shorts and a blue shirt and blue shorts and a blue shirt and blue shorts",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("shorts", "blue"),
        wearing("blue shorts and a blue shirt"),
        details("shorts", "they have white drawstrings and side pockets"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Truth: flat lay, three vests fanned out: black, grey, navy. Texts: base BLIP-2.
    case(
        "X1465-039",
        caption("three tank tops on a white background"),
        Q.garment_type("tank top"),
        describe("vests", "three tank tops in black, grey and blue"),
        is_a("vest", "no", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="VIP Men Pack of 3 Assorted Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="Assorted",
    ),
    # Truth: side view, red track pants with white side taping, white t-shirt. Texts: base BLIP-2.
    case(
        "X1465-040",
        caption("a man in red pants and a white shirt"),
        Q.color("red"),
        details("track pants", "", "non_answer"),
        Q.garment_type("pants"),
        Q.pattern("striped"),
        wearing("red pants and a white shirt"),
        gender="Men",
        title="Kappa Men Red Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Red",
    ),
    # Truth: black t-shirt with a "GAME OVER" text graphic, grey pyjamas with a small black print. Texts: base BLIP-2.
    case(
        "X1465-041",
        caption("a man in a black t-shirt and grey pants"),
        color_of("t-shirt", "black"),
        color_of("pyjamas", "black", "other_garment_color"),
        wearing("a black shirt and grey pants"),
        Q.pattern("graphic"),
        Q.garment_type("pajamas"),
        describe("night suit", "a black t-shirt with a picture of a cat on it", "unsupported"),
        gender="Men",
        title="Sweet Dreams Men Black & Grey Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Truth: model sitting on a wooden stool, grey melange track pants with drawstring and pockets, plain black
    # t-shirt with no logo. Texts: base BLIP-2.
    case(
        "X1465-042",
        caption("a man sitting on a stool wearing grey sweatpants and a nike shirt", "unsupported"),
        Q.color("grey"),
        wearing("grey sweatpants and a black t-shirt"),
        details("track pants", "they have a drawstring and pockets"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Cotton Track Pants 9500",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Truth: model wearing one of the pack, navy boxers with small white anchors, grey t-shirt. Texts: base BLIP-2.
    case(
        "X1465-043",
        caption("a man in a grey shirt and blue shorts with anchors on them"),
        Q.pattern("printed"),
        color_of("boxers", "grey", "other_garment_color"),
        describe("boxers", "blue shorts with white anchors"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Ajile by Pantaloons Men Pack of 2 Printed Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Truth: model front, navy crew-neck lounge t-shirt with a small Tommy Hilfiger logo, grey lounge pants.
    # Texts: base BLIP-2.
    case(
        "X1465-044",
        caption("a man in a blue shirt and grey pants"),
        Q.color("blue"),
        details("t-shirt", "it has a tommy hilfiger logo on the chest"),
        Q.sleeve_length("short"),
        describe(
            "t-shirt",
            "a navy blue t-shirt with a white logo on the front and a round neckline and short sleeves and a slim"
            " fit with a straight hem and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
    ),
    # Truth: flat lay, two folded lounge pants, one black and one grey, drawstrings and side pockets visible.
    # No gender column. Texts: base BLIP-2.
    case(
        "X1465-045",
        caption("two pairs of sweatpants on a white background"),
        Q.garment_type("pants"),
        describe("lounge pants", "a pair of black pants", "contradiction"),
        is_a("pair of pajama pants", "yes"),
        details("lounge pants", "they have a drawstring waist and pockets on the side"),
        title="Jockey Men Pack of 2 Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Assorted",
    ),
]
