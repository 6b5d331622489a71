"""BLIND_1369 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-fourth session. Measured blind at d381b30 (the session's first rules): 46/57 failures found (80.7%) and 18/204
correct texts flagged (8.8%). The writer's notes, verbatim:

Scenario: a Myntra men's innerwear / nightwear / lounge feed (innerwear vests, briefs, trunks, boxers, night suits,
pyjamas, lounge pants, lounge shorts, lounge t-shirts, thermals, track pants). Catalog photos as Myntra shoots them:
a model on a plain white or light grey backdrop, often a headless torso crop for briefs, trunks and vests, the
product worn with other clothes (a tee over boxers or track pants, a vest over pyjamas), now and then a flat lay for
multi-packs, a back view, or a prop (a towel, a mug, a phone, a bed). Catalog columns as the feed has them: title,
category (Myntra article type), color (Myntra base colour) and gender; the feed leaves the colour out of one
multi-pack and the gender out of a few rows.
Who wrote what: every text is Salesforce/blip2-opt-2.7b, untuned, zero-shot, greedy, 50 new tokens for the caption
(unconditional, no prompt) and 30 for answers, prompt `Question: ... Answer:`. Open questions (what the person is
wearing, "What is the color of the <garment>?", describe, details, material) are free generation; the closed
questions (garment type, color, pattern, sleeve length, "Is this a ...?") are the raw generated text as the reference
engine keeps it. The base model mostly stops on its own after a few words, so loops and answers cut at the limit are
rare here; its typical mistakes are answering about the other garment in the photo (the tee over the boxers or track
pants), one colour for two garments, a yes to any garment it is asked about, "woman" on headless torso crops, and
invented details and fabrics. BLIP-2's "t - shirt" spacing and its "arafed" artifact are kept as it writes them.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A colour or garment type that belongs to the other garment the model wears, not the product, is
other_garment_color (colour) or contradiction (type, or yes to the wrong garment). A fabric the title does not state
is unsupported (the photo cannot show fibre); a fabric that the title contradicts is contradiction. Details that the
photo does not show (a pocket, a collar, a black waistband that is grey) are unsupported. An answer that only gives a
colour or repeats the question's garment ("they are shorts", "the pants are blue" for details) is non_answer; one
that restates the question's own words is restated. For a multi-pack, one of the pack's colours or patterns is left
unmarked (it is true of a garment in the photo); a single garment for a pack of four is contradiction. For a night
suit, naming its top ("shirt", "t - shirt") as the garment type is left unmarked (the top is part of the product).
"blue" for navy, "green" for olive or teal, "red" for maroon, "white" for cream and "grey" for charcoal or melange
are correct. Caption noise like "arafed" is left unmarked when the garments are right. A loop or a cut answer that
also says something wrong is labelled loop or cut; a leak that also gives a wrong colour is labelled leak.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

BLIND_1369 = [
    # Model, head in frame, grey backdrop: white round-neck cotton vest, navy track pants. All base BLIP-2.
    case(
        "X1369-001",
        caption("a man in a white tank top and blue pants standing in front of a grey wall"),
        wearing("a white tank top and blue pants"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        material("cotton"),
        gender="Men",
        title="Men White Solid Pure Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Headless crop chest to knee: plain white crew tee over grey melange knit boxers, self waistband with a
    # drawstring. All base BLIP-2; the closed color answer is the tee's.
    case(
        "X1369-002",
        caption("a man in a white t - shirt and grey shorts"),
        wearing("a white t - shirt and grey shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        details("shorts", "the shorts have a drawstring"),
        gender="Men",
        title="Men Grey Melange Solid Knitted Boxers",
        category="Boxers",
        color="Grey Melange",
    ),
    # Model, face in frame: black tee, navy-and-white checked woven boxers. All base BLIP-2.
    case(
        "X1369-003",
        caption("a man in a black t - shirt and plaid shorts"),
        color_of("shorts", "blue and white", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.pattern("plaid"),
        describe("shorts", "they are plaid"),
        material("cotton"),
        gender="Men",
        title="Men Navy Blue & White Checked Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Full length, barefoot: navy night suit with white polka dots, short-sleeve notch-collar shirt with buttons and
    # no pocket, long pyjama pants. All base BLIP-2; the pocket is invented.
    case(
        "X1369-004",
        caption("a man in blue pajamas with white polka dots"),
        wearing("pajamas"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        D.details("the shirt has buttons and a pocket", "unsupported"),
        gender="Men",
        title="Men Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Model, three-quarter: plain grey tee, black track pants with white side taping, white sneakers. All base BLIP-2;
    # "grey" given to both garments in the wearing answer, and the closed color is the tee's.
    case(
        "X1369-005",
        caption("a man in a grey t - shirt and black pants"),
        wearing("a grey t - shirt and grey pants", "other_garment_color"),
        color_of("pants", "black", kind="open"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("pants"),
        details("pants", "white stripes on the side"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Men Black Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
    ),
    # Flat lay on white: three folded trunks, black, navy and grey, printed logo waistbands. No person. The feed has
    # no colour for this pack. All base BLIP-2; "black" is one of the three, left unmarked.
    case(
        "X1369-006",
        caption("three pairs of men's underwear on a white background"),
        wearing("underwear"),
        Q.garment_type("underwear"),
        Q.color("black"),
        Q.pattern("solid"),
        D.details("the waistband has a logo"),
        gender="Men",
        title="Men Pack of 3 Solid Trunks",
        category="Trunk",
    ),
    # Headless torso crop, navel to thigh: black cotton stretch briefs only. All base BLIP-2: "woman" on the
    # headless crop, and a yes to "bikini".
    case(
        "X1369-007",
        caption("a woman in black underwear", "pronoun"),
        wearing("black underwear"),
        Q.color("black"),
        Q.garment_type("underwear"),
        is_a("bikini", "yes", "contradiction"),
        material("cotton"),
        gender="Men",
        title="Men Black Solid Cotton Stretch Briefs",
        category="Briefs",
        color="Black",
    ),
    # Model, face in frame: olive round-neck short-sleeve lounge tee, black lounge shorts. All base BLIP-2; the title
    # states no fabric.
    case(
        "X1369-008",
        caption("a man in a green t - shirt and black shorts"),
        wearing("a green t - shirt and black shorts"),
        Q.color("green"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Men Olive Green Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
    ),
    # Model: grey melange long-sleeve thermal top (thin, close-fitting), blue jeans. All base BLIP-2.
    case(
        "X1369-009",
        caption("a man in a grey long sleeve shirt and jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long"),
        Q.color("grey"),
        material("wool", "unsupported"),
        describe("shirt", "a grey long sleeve shirt"),
        gender="Men",
        title="Men Grey Melange Solid Thermal Top",
        category="Thermal Tops",
        color="Grey Melange",
    ),
    # Model, full length: red-and-navy checked flannel night suit, long-sleeve collared shirt with a chest pocket,
    # matching pants. All base BLIP-2; the describe answer loops to the limit.
    case(
        "X1369-010",
        caption("a man in a red plaid shirt and plaid pants"),
        wearing("pajamas"),
        Q.pattern("plaid"),
        Q.color("red"),
        describe(
            "shirt",
            "red plaid shirt with a red plaid shirt with a red plaid shirt with a red plaid shirt with a red plaid"
            " shirt with a",
            "loop",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket on the chest"),
        gender="Men",
        title="Men Red & Navy Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Model, face in frame: one of the pack's white ribbed vests, light blue jeans. All base BLIP-2: yes to "t-shirt"
    # for a sleeveless vest, and the rib knit read as stripes.
    case(
        "X1369-011",
        caption("a man in a white tank top and jeans"),
        wearing("a tank top"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped", "contradiction"),
        Q.color("white"),
        gender="Men",
        title="Men Pack of 2 White Ribbed Pure Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Model: white tee, navy lounge shorts with a small white palm-leaf print. All base BLIP-2.
    case(
        "X1369-012",
        caption("a man wearing a white shirt and blue shorts with palm trees on them"),
        color_of("shorts", "blue", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        details("shorts", "they are shorts", "non_answer"),
        gender="Men",
        title="Men Navy Blue Tropical Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Model, face in frame: black hoodie, grey melange joggers with ribbed ankle cuffs. All base BLIP-2; the closed
    # type and color are the hoodie's.
    case(
        "X1369-013",
        caption("a man in a black hoodie and grey sweatpants"),
        wearing("a black hoodie and grey sweatpants"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("black", "other_garment_color"),
        is_a("pair of pants", "yes"),
        details("pants", "elastic cuffs at the ankles"),
        gender="Men",
        title="Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Model: white vest, charcoal pyjamas with thin white vertical stripes, elastic waist, no pockets. All base BLIP-2;
    # the pocket is invented.
    case(
        "X1369-014",
        caption("a man in a white tank top and striped pants"),
        wearing("a white tank top and striped pajama pants"),
        color_of("pants", "grey", kind="open"),
        Q.pattern("striped"),
        describe("pants", "striped pajama pants"),
        D.details("the pants have a pocket on the side", "unsupported"),
        material("cotton"),
        gender="Men",
        title="Men Charcoal Grey Striped Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Charcoal",
    ),
    # Model, face in frame: navy briefs with a navy waistband printed with the brand in white. All base BLIP-2; the
    # details answer runs on into a new question (and the waistband is not black).
    case(
        "X1369-015",
        caption("a man in blue underwear posing for a picture"),
        Q.color("blue"),
        is_a("pair of shorts", "no"),
        D.details("the waistband is black Question: what is the color of the underwear? Answer: blue", "leak"),
        Q.garment_type("underwear"),
        gender="Men",
        title="Men Navy Blue Solid Briefs",
        category="Briefs",
        color="Navy Blue",
    ),
    # Headless torso crop: black cotton vest, grey trunks. All base BLIP-2; "she" on the headless crop.
    case(
        "X1369-016",
        caption("a black tank top and grey underwear"),
        wearing("she is wearing a black tank top", "pronoun"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("tank top"),
        gender="Men",
        title="Men Black Pure Cotton Sleeveless Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Flat lay: three boxers, navy check, grey with a small print, maroon stripes. No person. All base BLIP-2;
    # "plaid" is true of one of the three, left unmarked.
    case(
        "X1369-017",
        caption("three pairs of boxer shorts with different patterns"),
        Q.garment_type("shorts"),
        Q.pattern("plaid"),
        wearing("boxer shorts"),
        D.description("three pairs of boxer shorts"),
        gender="Men",
        title="Men Pack of 3 Printed Pure Cotton Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Model, white backdrop: white tee, black cotton lounge pants with drawstring and two side pockets. All base
    # BLIP-2; the title says cotton.
    case(
        "X1369-018",
        caption("a man in a white t - shirt and black pants standing in front of a white wall"),
        color_of("pants", "black", kind="open"),
        Q.color("black"),
        details("pants", "the pants have a drawstring waist and two pockets"),
        material("polyester", "contradiction"),
        gender="Men",
        title="Men Black Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # Model: maroon crew-neck short-sleeve tee (no collar), maroon pyjamas with a small print. All base BLIP-2; the
    # collar is invented.
    case(
        "X1369-019",
        caption("a man in a red shirt and red pants"),
        wearing("a red t - shirt and red pants"),
        Q.color("red"),
        Q.sleeve_length("short"),
        Q.garment_type("pajamas"),
        D.description("a red t - shirt and pants with a pattern on them"),
        D.details("the shirt has a collar", "unsupported"),
        gender="Men",
        title="Men Maroon Printed T-shirt & Pyjama Set",
        category="Night suits",
        color="Maroon",
    ),
    # Model, full length: black thermal bottoms worn with the matching black thermal top. All base BLIP-2; the type
    # answer is the top's, and the title states no fabric.
    case(
        "X1369-020",
        caption("a man in a black long sleeve shirt and black leggings"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        is_a("pair of leggings", "yes"),
        material("spandex", "unsupported"),
        gender="Men",
        title="Men Black Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Headless crop: grey melange trunks, grey waistband with the brand in black. All base BLIP-2; the waistband
    # colours are invented.
    case(
        "X1369-021",
        caption("a man in grey underwear"),
        Q.color("grey"),
        Q.pattern("solid"),
        D.details("the underwear has a black waistband with white letters", "unsupported"),
        wearing("grey underwear"),
        gender="Men",
        title="Men Grey Melange Solid Trunks",
        category="Trunk",
        color="Grey",
    ),
    # Model: red tee, navy polyester track pants. All base BLIP-2; the closed color is the tee's, and the title says
    # polyester.
    case(
        "X1369-022",
        caption("a man in a red t - shirt and blue pants"),
        wearing("a red shirt and blue pants"),
        color_of("pants", "blue", kind="open"),
        Q.color("red", "other_garment_color"),
        material("cotton", "contradiction"),
        Q.garment_type("pants"),
        gender="Men",
        title="Men Navy Blue Solid Polyester Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Model sitting on a bed holding a mug: sky blue cotton night suit, long-sleeve collared button-front shirt with
    # navy piping, matching pants. All base BLIP-2; the title says cotton.
    case(
        "X1369-023",
        caption("a man sitting on a bed in blue pajamas holding a cup of coffee"),
        wearing("pajamas"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        D.details("the pajamas have a collar and buttons on the front"),
        Q.pattern("solid"),
        material("silk", "contradiction"),
        gender="Men",
        title="Men Blue Solid Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Back view, short hair: navy tee, grey melange lounge shorts with one back patch pocket. All base BLIP-2.
    case(
        "X1369-024",
        caption("the back of a man in a blue t - shirt and grey shorts"),
        color_of("shorts", "grey", kind="open"),
        Q.color("blue", "other_garment_color"),
        details("shorts", "the shorts have a pocket on the back"),
        wearing("she is wearing a blue t - shirt and grey shorts", "pronoun"),
        gender="Men",
        title="Men Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Headless crop: white cotton vest, black trunks. The feed has no gender on this row. All base BLIP-2.
    case(
        "X1369-025",
        caption("a man wearing a white tank top and black underwear"),
        Q.color("white"),
        Q.garment_type("tank top"),
        describe("tank top", "it is a tank top", "non_answer"),
        Q.sleeve_length("sleeveless"),
        title="Pack of 2 Men White Solid Cotton Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Model: black tee, teal lounge pants with a small white geometric print (tiny squares). All base BLIP-2; the
    # closed color is the tee's, and the print is not paisley.
    case(
        "X1369-026",
        caption("a man in a black t - shirt and green pants"),
        color_of("pants", "green", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.pattern("paisley", "contradiction"),
        describe("pants", "green pants with a pattern"),
        gender="Men",
        title="Men Teal Printed Lounge Pants",
        category="Lounge Pants",
        color="Teal",
    ),
    # Model: navy lounge tee with "CHILL MODE" printed in white on the chest, grey joggers. All base BLIP-2; the title
    # states no fabric.
    case(
        "X1369-027",
        caption("a man in a blue t - shirt that says chill mode"),
        wearing("a blue t - shirt and grey pants"),
        Q.pattern("text"),
        Q.color("blue"),
        details("shirt", "it says chill mode on it"),
        D.description("blue t - shirt with white letters on it"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Men Navy Blue Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
    ),
    # Model, full length: maroon thermal set, long-sleeve top and long bottoms. All base BLIP-2.
    case(
        "X1369-028",
        caption("a man in a red long sleeve shirt and red pants"),
        Q.garment_type("long underwear"),
        Q.color("red"),
        Q.sleeve_length("long"),
        is_a("sweater", "no"),
        gender="Men",
        title="Men Maroon Solid Thermal Set",
        category="Thermal Set",
        color="Maroon",
    ),
    # Flat lay: four briefs in black, white, navy and grey, in a fan. No person. All base BLIP-2; the description
    # names one garment for a pack of four.
    case(
        "X1369-029",
        caption("a set of four men's underwear"),
        wearing("underwear"),
        Q.garment_type("underwear"),
        Q.color("black and white"),
        D.description("a pair of black underwear", "contradiction"),
        gender="Men",
        title="Men Pack of 4 Assorted Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Model, side view: white tee, olive joggers with side cargo pockets and a drawstring. All base BLIP-2; "white"
    # given to both garments, and the closed color is the tee's.
    case(
        "X1369-030",
        caption("a man in a white shirt and green pants"),
        wearing("a white t - shirt and white pants", "other_garment_color"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "green", kind="open"),
        Q.garment_type("pants"),
        details("pants", "the pants have pockets on the side and a drawstring"),
        is_a("pair of shorts", "no"),
        gender="Men",
        title="Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Model: navy tee, white pyjamas with a navy check, elastic waist with drawstring, two side pockets. All base
    # BLIP-2; the closed color is the tee's, and the details answer is cut at the limit.
    case(
        "X1369-031",
        caption("a man in a blue shirt and checkered pants"),
        color_of("pants", "blue and white", kind="open"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("checkered"),
        describe("pants", "white and blue checkered pajama pants"),
        D.details(
            "the pants have an elastic waistband with a drawstring and two side pockets and the fabric is soft and"
            " comfortable to wear at home and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Men White & Navy Checked Pyjamas",
        category="Pyjamas",
        color="White",
    ),
    # Model, face in frame, a towel over one shoulder: grey melange cotton vest, black track pants. All base BLIP-2;
    # the "arafed" artifact, garments right.
    case(
        "X1369-032",
        caption("arafed man in a grey tank top with a towel around his neck"),
        wearing("a grey tank top"),
        Q.color("grey"),
        Q.garment_type("tank top"),
        material("cotton"),
        gender="Men",
        title="Men Grey Melange Solid Pure Cotton Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Model: white vest, royal blue knitted boxers. The feed has no gender on this row. All base BLIP-2; the open
    # shorts color and the closed type are the vest's.
    case(
        "X1369-033",
        caption("a man in a white tank top and blue shorts"),
        wearing("a white tank top and blue shorts", who="the man"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.garment_type("tank top", "contradiction"),
        D.description("blue shorts with a white tank top"),
        title="Men Blue Solid Knitted Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Model: grey melange crew tee, black shorts with a small grey print, sold as a set. All base BLIP-2; "t - shirt"
    # names the set's top, left unmarked.
    case(
        "X1369-034",
        caption("a man in a grey t - shirt and black shorts"),
        wearing("a grey t - shirt and black shorts"),
        Q.color("grey"),
        Q.garment_type("t - shirt"),
        Q.sleeve_length("short"),
        D.details("the shorts have a pattern on them"),
        gender="Men",
        title="Men Grey & Black Printed T-shirt with Shorts Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Headless crop on white: white briefs only. All base BLIP-2; "woman" on the headless crop, and the details answer
    # only gives the colour.
    case(
        "X1369-035",
        caption("a woman in white underwear on a white background", "pronoun"),
        wearing("white underwear"),
        Q.color("white"),
        is_a("thong", "no"),
        D.details("the underwear is white", "non_answer"),
        gender="Men",
        title="Men White Solid Briefs",
        category="Briefs",
        color="White",
    ),
    # Model holding a phone: white sweatshirt, navy cotton lounge pants with drawstring. All base BLIP-2; the closed
    # type is the sweatshirt's.
    case(
        "X1369-036",
        caption("a man in a white sweatshirt and blue pants holding a cell phone"),
        color_of("pants", "blue", kind="open"),
        Q.color("blue"),
        Q.garment_type("sweatshirt", "contradiction"),
        details("pants", "the pants are blue", "non_answer"),
        material("cotton"),
        gender="Men",
        title="Men Navy Blue Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Back view: black tee, black slim track pants, black sneakers, all black. All base BLIP-2; the wearing answer is a
    # bare colour.
    case(
        "X1369-037",
        caption("the back of a man in black clothes"),
        wearing("black", "non_answer"),
        color_of("pants", "black", kind="open"),
        Q.color("black"),
        Q.garment_type("pants"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Model: white lounge tee with navy horizontal stripes, navy lounge shorts. All base BLIP-2; the describe answer
    # loops to the limit.
    case(
        "X1369-038",
        caption("a man in a striped shirt and blue shorts"),
        Q.pattern("striped"),
        Q.color("blue and white"),
        Q.sleeve_length("short"),
        wearing("he is wearing a striped shirt and blue shorts"),
        describe(
            "shirt",
            "a striped shirt with a striped shirt with a striped shirt with a striped shirt with a striped shirt"
            " with a striped shirt with a striped",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Men White & Navy Striped Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Flat lay on white: navy long-sleeve thermal top. No person. All base BLIP-2; the title states no fabric.
    case(
        "X1369-039",
        caption("a blue long sleeve shirt on a white background"),
        wearing("a blue shirt"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        material("polyester", "unsupported"),
        Q.color("blue"),
        gender="Men",
        title="Men Navy Blue Solid Thermal Top",
        category="Thermal Tops",
        color="Navy Blue",
    ),
    # Model sitting on a bed: white tee, green-and-black checked boxers. All base BLIP-2; the closed color is the
    # tee's.
    case(
        "X1369-040",
        caption("a man sitting on a bed wearing plaid shorts"),
        wearing("a white shirt and green plaid shorts"),
        color_of("shorts", "green", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Men Green & Black Checked Boxers",
        category="Boxers",
        color="Green",
    ),
    # Model, side: white vest, grey cotton pyjamas with drawstring. All base BLIP-2; the description runs to the limit
    # and is cut.
    case(
        "X1369-041",
        caption("a man in a white tank top and grey pants"),
        color_of("pants", "grey", kind="open"),
        D.description(
            "the pants are grey and have a drawstring at the waist and the tank top is white and has a round neck and"
            " the pants are loose and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        material("cotton"),
        gender="Men",
        title="Men Grey Solid Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Grey",
    ),
    # Model, face in frame: black round-neck modal vest, black trunks. All base BLIP-2; the title says modal, and the
    # details answer starts with the prompt's "Answer:".
    case(
        "X1369-042",
        caption("a man in a black tank top and black underwear"),
        Q.color("black"),
        Q.garment_type("tank top"),
        material("cotton", "contradiction"),
        D.details("Answer: the tank top has a round neck", "leak"),
        gender="Men",
        title="Men Black Solid Modal Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Headless crop: maroon tee, black lounge shorts with drawstring. All base BLIP-2; the open shorts color is the
    # tee's.
    case(
        "X1369-043",
        caption("a man in a red shirt and black shorts"),
        wearing("a red t - shirt and black shorts"),
        color_of("shorts", "red", kind="open", failure="other_garment_color"),
        Q.color("black"),
        details("shorts", "the shorts have a drawstring"),
        gender="Men",
        title="Men Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Model: cream long-sleeve night-suit shirt with a small brown leaf print, brown pants. All base BLIP-2; "shirt"
    # names the set's top, left unmarked; the title says cotton.
    case(
        "X1369-044",
        caption("a man in a white shirt and brown pants"),
        wearing("a white shirt and brown pants"),
        Q.color("white"),
        Q.garment_type("shirt"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        D.description("a white shirt with a pattern and brown pants"),
        material("silk", "contradiction"),
        gender="Men",
        title="Men Cream-Coloured & Brown Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Cream",
    ),
    # Model: white tee, grey track pants with wide black colourblocked side panels. All base BLIP-2; the closed color
    # is the tee's, the panels are missed, and the details answer restates the question.
    case(
        "X1369-045",
        caption("a man in a white t - shirt and grey pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        D.details("the details of the garment are the details of the pants", "restated"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Men Grey & Black Colourblocked Track Pants",
        category="Track Pants",
        color="Grey",
    ),
]
