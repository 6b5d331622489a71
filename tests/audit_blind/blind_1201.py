"""BLIND_1201 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-first session. Measured blind at e097e3a (the session's fifth rules): 50/62 failures found (80.6%) and 18/232
correct texts flagged (7.8%). The writer's notes, verbatim:

Scenario: a Myntra men's innerwear / nightwear / loungewear feed (innerwear vests, boxers, briefs, trunks, night suits,
pyjamas, lounge pants, shorts and tees, track pants, thermals, one bath robe). Catalog columns as the feed has them:
title, category (Myntra's article type), color (Myntra's base colour), gender; a few rows lack one of them. Photos are
the usual first image: a model on a plain light backdrop, the product worn with other clothes (vests with jeans or
shorts, pyjamas and boxers with a plain tee), a few flat lays of multipacks, two back views, three props (a dumbbell,
a mug, a bed).
Who wrote what: every text is the untuned base Salesforce/blip2-opt-2.7b (8-bit, greedy): the caption from an empty
prompt, the answers from "Question: ... Answer:" prompts, 50 / 30 new tokens. No adapter, no extractive QA. The job
asks a per-category questionnaire: the experiments' questions (wearing, color of the vest / shorts / briefs / trunks /
shirt / pants / robe, describe, details), the closed garment type / pattern / sleeve / material questions, and a
yes/no "Is this a ...?" with the catalog's own garment word.
Labeling conventions and judgement calls: judged by the imagined photo and the title. The base model answers short
questions well here (colors of a single worn garment, sleeveless, cotton), so most short answers are right; its
failures are the other garment's color (the tee's or the jeans' color given for the product), navy read as black,
"cotton" (or wool, flannel) where the title names another material, invented details (collar, hood, racerback,
logos, zip fly), "no" to "Is this a trunk?" (it reads trunk as something else), "swim trunks" and "t-shirts" for the
wrong kind, ribbing read as stripes, and a few loops, cuts and prompt leaks when it did not emit its newline.
Near colors are accepted (maroon -> red, olive -> green, teal -> green, peach -> pink, mustard -> yellow,
charcoal / grey melange -> grey, off white -> white); olive -> brown and navy -> black are not. For multipacks of
assorted colors a single color that is one of the pack's is left unmarked (incomplete, not wrong). A "details" answer
that is only a true color or a true fit ("they are tight") is thin but unmarked; one that only repeats the garment
word is restated; "they are short", "nothing" (for a flat lay with no person) and "i don't know" are non-answers;
naming the product for a flat lay's "What is the person wearing?" is accepted. "Comfortable" is unsupported. Material
"cotton" is accepted where the title names no material and the photo shows a knit or woven cotton look. A wrong
color given to a garment that is not the product, in a caption, is a contradiction. One failure kind per text: a text
cut at the limit is "cut" even where what it said was true; a loop is "loop", a run-on into "Question:" is "leak".
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1201 = [
    # Truth: model, front, white round-neck sleeveless vest tucked into mid-blue jeans, grey backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-001",
        caption("a man in a white tank top and blue jeans"),
        wearing("a white tank top and jeans"),
        color_of("vest", "white"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        gender="Men",
        title="Jockey Men White Solid Pure Cotton Innerwear Vest 8820-0105",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: flat lay, three white sleeveless vests folded square and stacked, no person; the folds hide the armholes.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-002",
        caption("three white t-shirts folded on top of each other", "contradiction"),
        wearing("nothing", "non_answer"),
        color_of("vest", "white"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        gender="Men",
        title="Rupa Frontline Men Pack of 3 White Solid Pure Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: model, front, grey melange gym vest with deep armholes, black track pants, white backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-003",
        caption("a man in a grey tank top and black pants"),
        wearing("grey tank top and black pants"),
        color_of("vest", "black", "other_garment_color"),
        describe("vest", "a grey tank top"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        gender="Men",
        title="Dollar Bigboss Men Grey Melange Solid Cotton Gym Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Truth: model, front, black round-neck vest (no v-neck) with beige chinos, light grey backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot. The feed row has no gender.
    case(
        "X1201-004",
        caption("a man wearing a black tank top and khaki pants"),
        wearing("black tank top"),
        color_of("vest", "black"),
        describe("vest", "it is a black tank top with a v-neck", "unsupported"),
        Q.material("cotton", "unsupported"),
        is_a("vest", "yes"),
        title="Van Heusen Men Black Solid Micro Modal Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Truth: model, front, navy trunks with a navy waistband printed "JOCKEY" in white, nothing else, white backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-005",
        caption("a man in blue underwear standing in front of a white wall"),
        wearing("underwear"),
        color_of("trunks", "blue"),
        details("trunks", "the waistband has the word jockey on it"),
        Q.pattern("solid"),
        Q.material("cotton"),
        is_a("trunk", "no", "contradiction"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Cotton Elastane Trunks US21",
        category="Trunk",
        color="Navy Blue",
    ),
    # Truth: flat lay, two boxers side by side: one blue-and-white checked, one plain grey melange; elastic waistbands.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-006",
        caption("two pairs of boxer shorts on a white background"),
        wearing("boxer shorts"),
        color_of("shorts", "blue"),
        details("shorts", "they are very comfortable", "unsupported"),
        Q.pattern("plaid"),
        Q.material("cotton"),
        gender="Men",
        title="XYXX Men Pack of 2 Assorted Pure Cotton Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Truth: model cropped neck to knee, plain white tee over blue-and-white checked boxers, white backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-007",
        caption("a man in a white t-shirt and blue plaid shorts"),
        wearing("white t-shirt and plaid shorts"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "plaid"),
        Q.pattern("plaid"),
        Q.material("cotton"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="Marks & Spencer Men Blue Checked Pure Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Truth: flat lay, three black briefs fanned out, black waistbands, no person.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-008",
        caption("black underwear for men"),
        wearing("black underwear"),
        color_of("briefs", "black"),
        details("briefs", "briefs", "restated"),
        Q.material("cotton"),
        is_a("pair of briefs", "yes"),
        gender="Men",
        title="Hanes Men Pack of 3 Black Solid Cotton Briefs",
        category="Briefs",
        color="Black",
    ),
    # Truth: model, front, blue-and-white checked night suit: full-sleeve collared shirt with a chest pocket, matching
    # checked pyjama with elastic waist. All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-009",
        caption("a man in blue and white plaid pajamas"),
        wearing("pajamas"),
        color_of("shirt", "blue"),
        color_of("pants", "blue"),
        describe("shirt", "it is a blue and white plaid shirt with a pocket"),
        details("pants", "pajama pants", "restated"),
        Q.sleeve_length("long"),
        Q.pattern("plaid"),
        gender="Men",
        title="Sweet Dreams Men Blue & White Checked Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Truth: model, front, grey melange half-sleeve round-neck tee with a small chest print, navy pyjama with small
    # white polka dots and a visible drawstring. All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-010",
        caption("a man in a grey t-shirt and blue pants"),
        wearing("a grey t-shirt and blue pajama pants"),
        color_of("shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        describe("shirt", "grey t-shirt with a logo on it"),
        details("pants", "they have a drawstring"),
        Q.sleeve_length("short"),
        Q.pattern("polka dots"),
        gender="Men",
        title="Kryptic Men Grey Melange & Navy Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Truth: model, front, white crew tee, charcoal grey pyjama with a drawstring waist, white backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-011",
        caption("a man in a white shirt and gray pants"),
        wearing("a white t-shirt and gray sweatpants"),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "the pants are made of cotton and have a drawstring waist"),
        Q.garment_type("pants"),
        Q.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Charcoal Grey Solid Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Charcoal",
    ),
    # Truth: model, front, grey tee, black polyester track pants with a white side tape, plain white sneakers.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-012",
        caption("a man in a grey t-shirt and black track pants with nike shoes", "unsupported"),
        wearing("a gray shirt and black pants"),
        color_of("pants", "black"),
        details("pants", "they have white stripes on the side"),
        Q.garment_type("pants"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Polyester Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: model, front, white tee, olive green cuffed joggers with slant side pockets.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-013",
        caption("a man in a white t-shirt and green pants"),
        wearing("a white t-shirt and green joggers"),
        color_of("pants", "brown", "contradiction"),
        details("pants", "they have pockets on the side"),
        Q.garment_type("jeans", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Olive Green Solid Cotton Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Truth: model, front, mustard half-sleeve tee printed with a sleeping sloth and "LAZY DAYS", black lounge shorts.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-014",
        caption("a man wearing a yellow t-shirt with a cartoon on it"),
        wearing("a yellow shirt and black shorts"),
        color_of("shirt", "yellow"),
        describe("shirt", "it has a picture of a cat on it", "unsupported"),
        Q.sleeve_length("short"),
        Q.pattern("printed"),
        gender="Men",
        title="Bewakoof Men Mustard Printed Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mustard",
    ),
    # Truth: model, front, white vest, navy lounge shorts (mid-thigh), white backdrop; the navy reads clearly as navy.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-015",
        caption("a man in a white tank top and blue shorts"),
        wearing("a white tank top and blue shorts"),
        color_of("shorts", "black", "contradiction"),
        details("shorts", "they are short", "non_answer"),
        Q.pattern("solid"),
        Q.material("cotton"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Chromozome Men Navy Blue Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Truth: model, front, off-white ribbed full-sleeve round-neck thermal top with blue jeans.
    # All texts: base BLIP-2 OPT-2.7b zero-shot. The feed row has no gender.
    case(
        "X1201-016",
        caption("a man in a white long sleeved shirt and jeans"),
        wearing("a white long sleeve shirt"),
        color_of("shirt", "white"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long"),
        Q.material("wool", "unsupported"),
        title="Lux Cozi Men Off-White Solid Cotton Thermal Top",
        category="Thermal Tops",
        color="Off White",
    ),
    # Truth: model (man, short beard), front, lavender half-sleeve night suit: shirt with a tiny white dot print, plain
    # lavender pyjama, no stripe. All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-017",
        caption("a woman in purple pajamas standing in front of a white wall", "pronoun"),
        wearing("purple pajamas"),
        color_of("shirt", "purple"),
        color_of("pants", "purple"),
        describe("shirt", "a purple shirt with white dots"),
        details("pants", "they have a purple stripe", "unsupported"),
        Q.sleeve_length("short"),
        Q.pattern("polka dots"),
        gender="Men",
        title="Sweet Dreams Men Lavender Printed Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Truth: model, front, navy tee, red boxers with thin navy stripes.
    # All texts: base BLIP-2 OPT-2.7b zero-shot; the details answer never stopped (30 tokens).
    case(
        "X1201-018",
        caption("a man in a blue t-shirt and red striped shorts"),
        wearing("a blue shirt and red shorts"),
        color_of("shorts", "red"),
        details(
            "shorts",
            "red and blue stripes, red and blue stripes, red and blue stripes, red and blue stripes, red and blue "
            "stripes, red and blue stripes",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Red & Navy Striped Pure Cotton Boxers",
        category="Boxers",
        color="Red",
    ),
    # Truth: model, front, grey melange rib-knit tank vest (fine vertical ribbing, no stripes), navy shorts.
    # All texts: base BLIP-2 OPT-2.7b zero-shot; the vest color answer ran on into a new "Question:" (30 tokens).
    case(
        "X1201-019",
        caption("a man in a gray tank top and blue shorts"),
        wearing("a gray tank top and navy shorts"),
        color_of(
            "vest",
            "grey Question: What is the color of the shorts? Answer: navy blue Question: What is the color of the tank "
            "top? Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        gender="Men",
        title="Tommy Hilfiger Men Grey Melange Solid Ribbed Cotton Tank Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Truth: model, front, white briefs with a wide black "Calvin Klein" waistband, nothing else.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-020",
        caption("a man in white underwear with calvin klein on the waistband"),
        wearing("calvin klein underwear"),
        color_of("briefs", "black", "contradiction"),
        details("briefs", "black waistband with calvin klein logo"),
        Q.material("cotton"),
        is_a("pair of briefs", "yes"),
        gender="Men",
        title="Calvin Klein Underwear Men White Solid Cotton Stretch Briefs",
        category="Briefs",
        color="White",
    ),
    # Truth: flat lay, three trunks in a row: black, navy, grey melange; the navy one looks near-black in the photo.
    # All texts: base BLIP-2 OPT-2.7b zero-shot. The feed row has no gender.
    case(
        "X1201-021",
        caption("two pairs of men's underwear in black and grey", "contradiction"),
        wearing("underwear"),
        color_of("trunks", "black"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        is_a("trunk", "no", "contradiction"),
        title="DAMENSCH Men Pack of 3 Assorted Micro Modal Trunks",
        category="Trunk",
        color="Multi",
    ),
    # Truth: back view, model facing away, black tee, navy track pants; no back pocket, no logo visible from behind.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-022",
        caption("the back of a man in a black t-shirt and blue pants"),
        wearing("a black shirt and blue pants"),
        color_of("pants", "black", "other_garment_color"),
        details("pants", "a white logo on the back pocket", "unsupported"),
        Q.garment_type("pants"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Navy Blue Solid Polyester Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: model, front, maroon full-sleeve collared night suit with white piping on collar, cuffs and one chest
    # pocket; maroon pyjama with white piping. All texts: base BLIP-2 OPT-2.7b zero-shot; the shirt description ran to
    # the 30-token limit.
    case(
        "X1201-023",
        caption("a man in a red pajama set with white trim"),
        wearing("red pajamas"),
        color_of("shirt", "red"),
        color_of("pants", "red"),
        describe(
            "shirt",
            "it is a long sleeved button up shirt with a white trim on the collar and the sleeves and it has a pocket "
            "on the left side of the",
            "cut",
            hit_limit=True,
        ),
        details("pants", "white piping"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        gender="Men",
        title="Sweet Dreams Men Maroon Solid Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Truth: model, front, black regular scoop-back sports vest (front view only), grey shorts, holding a dumbbell.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-024",
        caption("a man in a black tank top holding a dumbbell"),
        wearing("a black tank top"),
        color_of("vest", "black"),
        describe("vest", "black tank top with a racerback", "unsupported"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        gender="Men",
        title="Jockey Men Black Solid Cotton Sports Vest 9930",
        category="Innerwear Vests",
        color="Black",
    ),
    # Truth: model, front, white tee, pink-and-white checked cotton poplin pyjama with a drawstring.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-025",
        caption("a man in a white t-shirt and pink plaid pants"),
        wearing("a white shirt and pink pants"),
        color_of("pants", "pink"),
        details("pants", "pink and white plaid with a drawstring"),
        Q.garment_type("pajamas"),
        Q.material("flannel", "unsupported"),
        gender="Men",
        title="Marks & Spencer Men Pink Checked Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Pink",
    ),
    # Truth: model, three-quarter view, white tee, teal boxers with a small leaf print.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-026",
        caption("a man in a white t-shirt and green shorts"),
        wearing("a white shirt and green shorts"),
        color_of("shorts", "green"),
        details("shorts", "they have a floral print"),
        Q.pattern("floral"),
        Q.material("cotton", "unsupported"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="Bummer Men Teal Printed Micro Modal Boxers",
        category="Boxers",
        color="Teal",
    ),
    # Truth: model with long hair and a beard, front, white tee, black lounge pants with a scattered small white text
    # print ("good vibes"); no stripes. All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-027",
        caption("a man with long hair wearing a white t-shirt and black pants"),
        wearing("a white shirt and black pants"),
        color_of("pants", "black"),
        details("pants", "they have white writing on them"),
        Q.pattern("stripes", "contradiction"),
        Q.garment_type("pants"),
        gender="Men",
        title="Bewakoof Men Black Printed Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # Truth: model sitting on the edge of a bed (white sheets), peach half-sleeve night suit with white contrast collar
    # piping, peach pyjama printed with small white stars. All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-028",
        caption("a man in pink pajamas sitting on a bed"),
        wearing("pajamas"),
        color_of("shirt", "pink"),
        color_of("pants", "pink"),
        describe("shirt", "a pink shirt with a white collar"),
        details("pants", "the pants have a pattern of stars"),
        Q.sleeve_length("short"),
        Q.pattern("stars"),
        gender="Men",
        title="Sweet Dreams Men Peach-Coloured Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Truth: model, front, white vest, grey melange lounge shorts.
    # All texts: base BLIP-2 OPT-2.7b zero-shot; the caption never stopped (50 tokens).
    case(
        "X1201-029",
        caption(
            "a man in a white tank top and grey shorts with a white tank top and grey shorts with a white tank top and "
            "grey shorts with a white tank top and grey shorts with a white tank top and",
            "loop",
            hit_limit=True,
        ),
        wearing("white tank top and gray shorts"),
        color_of("vest", "white"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        gender="Men",
        title="Rupa Jon Men White Solid Pure Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: flat lay, charcoal grey track pants laid straight, drawstring and two zip side pockets visible.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-030",
        caption("a pair of gray sweatpants on a white background"),
        wearing("sweatpants"),
        color_of("pants", "gray"),
        details("pants", "drawstring waist and zipper pockets"),
        Q.garment_type("sweatpants"),
        Q.material("cotton"),
        gender="Men",
        title="Alcis Men Charcoal Grey Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Truth: model, front, navy-and-white horizontally striped round-neck half-sleeve tee (no collar), grey shorts.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-031",
        caption("a man in a blue and white striped shirt and grey shorts"),
        wearing("a striped shirt and shorts"),
        color_of("shirt", "blue and white"),
        describe("shirt", "it is a striped shirt with a collar", "unsupported"),
        Q.sleeve_length("short"),
        Q.pattern("plaid", "contradiction"),
        gender="Men",
        title="Tommy Hilfiger Men Navy & White Striped Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
    ),
    # Truth: model, front, one white vest from the pack worn with blue jeans, no tattoos.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-032",
        caption("a man in a white tank top and jeans"),
        wearing("jeans"),
        color_of("vest", "blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        gender="Men",
        title="Lux Venus Men Pack of 5 White Solid Cotton Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: flat lay, three briefs: red, royal blue, grey. All texts: base BLIP-2 OPT-2.7b zero-shot.
    # The feed row has no category.
    case(
        "X1201-033",
        caption("a group of three underwear"),
        wearing("underwear"),
        color_of("briefs", "red, blue and gray"),
        details("briefs", "i don't know", "non_answer"),
        Q.pattern("solid"),
        Q.material("cotton"),
        is_a("pair of briefs", "yes"),
        gender="Men",
        title="VIP Men Pack of 3 Assorted Solid Cotton Briefs",
        color="Multi",
    ),
    # Truth: model, front, lounge set: navy half-sleeve tee with a small Jockey chest logo, grey melange shorts.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-034",
        caption("a man in a blue t-shirt and gray shorts"),
        wearing("a blue shirt and gray shorts"),
        color_of("shirt", "blue"),
        color_of("shorts", "blue", "other_garment_color"),
        describe("shirt", "a blue t-shirt with a jockey logo"),
        details("shorts", "they are short", "non_answer"),
        Q.sleeve_length("short"),
        gender="Men",
        title="Jockey Men Navy & Grey Melange Solid T-shirt With Shorts Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Truth: model, front, navy tee, beige lounge pants (elastic waist, drawstring, no fly), holding a coffee mug.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-035",
        caption("a man in a blue shirt and khaki pants holding a cup of coffee"),
        wearing("a navy blue shirt and khaki pants"),
        color_of("pants", "beige"),
        details("pants", "the pants have a zipper fly and a button", "unsupported"),
        Q.garment_type("pants"),
        Q.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Beige Solid Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Beige",
    ),
    # Truth: model, front, black fitted inner boxers (trunk-like, short leg), nothing else.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-036",
        caption("a man in black underwear"),
        wearing("black boxer briefs"),
        color_of("shorts", "black"),
        details("shorts", "they are boxers", "restated"),
        Q.pattern("solid"),
        is_a("pair of boxers", "no", "contradiction"),
        gender="Men",
        title="Van Heusen Men Black Solid Inner Boxers",
        category="Boxers",
        color="Black",
    ),
    # Truth: model, front, grey thermal top, black thermal bottoms (fitted, ankle length).
    # All texts: base BLIP-2 OPT-2.7b zero-shot; the details answer ran on into a new "Question:" (30 tokens).
    case(
        "X1201-037",
        caption("a man in a gray shirt and black leggings"),
        wearing("long johns"),
        color_of("pants", "gray", "other_garment_color"),
        details(
            "pants",
            "they are tight Question: What is the color of the pants? Answer: black Question: What is the material of "
            "the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.material("cotton"),
        gender="Men",
        title="Lux Inferno Men Black Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Truth: model, front, grey terry bath robe with a shawl collar and a tie belt, no hood.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-038",
        caption("a man in a gray bathrobe"),
        wearing("a bathrobe"),
        color_of("robe", "gray"),
        describe("robe", "a gray bathrobe with a hood", "unsupported"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        Q.garment_type("robe"),
        gender="Men",
        title="SPACES Men Grey Solid Cotton Terry Bath Robe",
        category="Bath Robe",
        color="Grey",
    ),
    # Truth: model, side view, red trunks with a black waistband, nothing else; plainly underwear, not swimwear.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-039",
        caption("a man in red swim trunks", "contradiction"),
        wearing("red underwear"),
        color_of("trunks", "red"),
        details("trunks", "black waistband"),
        Q.pattern("solid"),
        Q.material("cotton"),
        is_a("trunk", "no", "contradiction"),
        gender="Men",
        title="Jockey Men Red Solid Cotton Trunks US21",
        category="Trunk",
        color="Red",
    ),
    # Truth: model, front, black tee, grey melange fleece joggers with a small white Nike swoosh on the left thigh,
    # drawstring, cuffed ankles. All texts: base BLIP-2 OPT-2.7b zero-shot; the details answer ran to the 30-token
    # limit. The feed row has no color.
    case(
        "X1201-040",
        caption("a man in a black t-shirt and gray sweatpants"),
        wearing("a black t-shirt and gray sweatpants"),
        color_of("pants", "gray"),
        details(
            "pants",
            "the pants are gray and have a nike logo on the left leg and a drawstring at the waist and elastic cuffs "
            "at the ankles and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatpants"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Grey Melange Sportswear Club Fleece Joggers",
        category="Track Pants",
    ),
    # Truth: back view, muscular man with long hair tied in a bun, black gym vest, black shorts.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-041",
        caption("a woman in a black tank top from behind", "pronoun"),
        wearing("a black tank top"),
        color_of("vest", "black"),
        describe("vest", "the back of a black tank top"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        gender="Men",
        title="Bodyx Men Black Solid Slim Fit Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Truth: model, front, black tee, grey camouflage-print lounge shorts (grey, charcoal and black blotches).
    # All texts: base BLIP-2 OPT-2.7b zero-shot; the details answer never stopped (30 tokens).
    case(
        "X1201-042",
        caption("a man in a black t-shirt and camouflage shorts"),
        wearing("a black shirt and camo shorts"),
        color_of("shorts", "camouflage"),
        details(
            "shorts",
            "camouflage camouflage camouflage camouflage camouflage camouflage camouflage camouflage camouflage "
            "camouflage camouflage camouflage camouflage camouflage",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("camouflage"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Bewakoof Men Grey Camouflage Printed Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Grey",
    ),
    # Truth: flat lay, navy-and-white checked lounge pants folded in half, the elastic waistband and drawstring on top.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-043",
        caption("a pair of blue plaid pajama pants"),
        wearing("pajamas"),
        color_of("pants", "blue"),
        details("pants", "elastic waistband with drawstring"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("plaid"),
        gender="Men",
        title="Van Heusen Men Navy Blue Checked Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Truth: flat lay, two navy vests laid flat side by side, no person; the navy is clearly blue.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-044",
        caption("two navy blue tank tops on a white background"),
        wearing("nothing", "non_answer"),
        color_of("vest", "black", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        gender="Men",
        title="Jockey Men Pack of 2 Navy Blue Solid Cotton Vests",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # Truth: model, front, white half-sleeve camp-collar shirt with a small blue leaf print, plain blue pyjama.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1201-045",
        caption("a man in a white shirt and blue pants"),
        wearing("a white shirt and blue pants"),
        color_of("shirt", "white"),
        color_of("pants", "blue"),
        describe("shirt", "it's a shirt", "restated"),
        details("pants", "blue"),
        Q.sleeve_length("short"),
        Q.pattern("solid", "contradiction"),
        gender="Men",
        title="Sweet Dreams Men White & Blue Printed Night Suit",
        category="Night suits",
        color="White",
    ),
]
