"""BLIND_1585 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 57/69 failures found (82.6%) and 15/238
correct texts flagged (6.3%). The writer's notes, verbatim:

Scenario: a Myntra men's innerwear / nightwear / lounge feed (innerwear vests, boxers, night suits, pyjamas, lounge
shorts, lounge pants, lounge t-shirts, track pants). Catalog columns as the feed has them: title, category (Myntra's
article type), color (Myntra's base colour), gender; the gender column is missing on two rows and the colour column
on one, as happens in real feeds. Photos are the usual Myntra set: a model on a plain light backdrop wearing the
product with other clothes (a vest with jeans, boxers with a t-shirt, track pants with a tee or hoodie), torso crops
without a face for much of the innerwear, a few back views, a few flat lays (one pack photographed in its box), and
props now and then (a mug, a stool, a phone, a basketball).
Who wrote what: every text is base Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions are unprompted
generation (greedy, max 50 new tokens); answers use the `Question: ... Answer:` prompt (greedy, max 30 new tokens),
one generate per prompt. The operator asked the blind questionnaire's closed questions (type, colour, pattern,
sleeve length, material) plus "What is the person wearing?", a colour question naming the product's garment, a
describe or details question and sometimes a yes/no garment question; the set varies a little by category. The
base model mostly stops after a short answer; when it does not, it loops, runs on into another `Question:` or is
cut at the 30-token limit.
Labeling conventions and judgement calls:
- Truth is the photo I imagined (written above each case) together with the title. A text is wrong if a shopper
  reading it would be misled about the product.
- Colours: near names count as right (Maroon -> red, Navy Blue -> blue, Grey Melange -> grey, Olive -> green, Teal
  -> blue or teal, Peach -> pink or orange, Charcoal -> black or grey). Navy called "black" and maroon called
  "purple" are wrong and marked contradiction (the seller's colour says otherwise). A colour that belongs to the
  other garment in the photo (the tee worn over the boxers, the jeans under the vest) is other_garment_color, also
  when it is the answer to "What is the color of the garment?".
- A single colour given for an assorted / multi-colour pack is marked contradiction (the seller says Multi).
- garment_type naming only the top of a night suit ("t-shirt") or the layered garment ("hoodie", "shirt") instead of
  the product is contradiction; "shorts" for boxers, "sweatpants" for track pants or jersey pyjamas, "tank top" for
  an innerwear vest and "pajamas" for a night suit are right.
- A wrong pattern that the title contradicts ("solid" for a Printed title) is contradiction; a wrong pattern the
  title does not settle ("floral" for an anchor print) is unsupported. Invented details (a chest pocket, a logo that
  is not there) and a material the title rules out are unsupported.
- Short true answers ("buttons", "drawstring", "elastic waistband") are right, not non-answers. "nothing" for what
  the person is wearing on a flat lay is a non_answer (it tells nothing about the product); naming the product on a
  flat lay is right. "yes", "no" or an empty string to an open question, and "they are short" for the shorts' details,
  are non_answer, and so is a colour given to the pattern question ("grey", "red"); an answer that only gives back
  the question's words ("a vest", "it is a night suit", "pants") is restated.
- Material: "cotton" is right where the title or the photo agrees (jersey, fleece, ribbed vests); it is unsupported
  where the title names another fibre (micro modal) or the photo shows shiny polyester tricot / quick-dry knit.
- About a fifth of the texts are wrong, fewer than the usual four in ten: clean studio shots of one or two plain
  garments, and the base model mostly answers in a few words; its errors sit in the colour of the second garment,
  in garment type and in the open questions.
- "woman" / "she" for a male model (torso crops without a face, one long-haired model) is pronoun.
- hit_limit marks the texts that ran to the token limit; a loop or leak that ran to the limit keeps its own kind,
  and cut is used only for a text that is otherwise sensible but stops mid-phrase.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_1585 = [
    # Photo: model (face visible) in a white ribbed round-neck sleeveless vest tucked into blue jeans, grey backdrop.
    # All texts: base BLIP-2 zero-shot. All correct.
    case(
        "X1585-001",
        caption("a man wearing a white tank top and jeans"),
        wearing("a white tank top and jeans"),
        Q.garment_type("tank top"),
        Q.color("white"),
        color_of("vest", "white"),
        details("vest", "it is a white tank top with a round neck"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Pure Cotton Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: torso crop, no face: black sleeveless vest with deep armholes over black track pants. Pack of 2 in the
    # title, one vest shown. Base BLIP-2; the caption calls the model a woman.
    case(
        "X1585-002",
        caption("a woman wearing a black tank top", "pronoun"),
        wearing("a black tank top and black pants"),
        Q.garment_type("tank top"),
        Q.color("black"),
        describe("vest", "a black tank top"),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "yes"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 2 Black Innerwear Vests",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: model in navy blue checked cotton boxers and a white crew-neck t-shirt, front view. Base BLIP-2; the
    # closed colour answer takes the tee's white.
    case(
        "X1585-003",
        caption("a man in a white t - shirt and plaid shorts"),
        wearing("a white t-shirt and blue plaid shorts"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "blue"),
        Q.pattern("plaid"),
        details("shorts", "they are plaid"),
        Q.garment_type("shorts"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Checked Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: model in grey melange joggers (black drawstring, side pockets, cuffed hems), black t-shirt, white
    # sneakers. Base BLIP-2; the closed colour answer takes the tee's black.
    case(
        "X1585-004",
        caption("a man in a black t - shirt and grey sweatpants"),
        wearing("a black t-shirt and grey sweatpants"),
        Q.garment_type("sweatpants"),
        Q.color("black", "other_garment_color"),
        color_of("pants", "grey"),
        describe("pants", "grey sweatpants with a drawstring waist"),
        Q.pattern("grey", "non_answer"),
        is_a("pair of shorts", "no"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: model in a maroon and navy checked flannel pyjama set: long-sleeve collared button-front shirt and
    # matching pants. Base BLIP-2; the description loops until the limit.
    case(
        "X1585-005",
        caption("a man in a plaid pajama set standing in front of a white wall"),
        wearing("plaid pajamas"),
        Q.garment_type("pajamas"),
        Q.color("red"),
        Q.pattern("plaid"),
        describe(
            "pyjama set",
            "a plaid pajama set with a plaid shirt and plaid pants and a plaid shirt and plaid pants and a plaid "
            "shirt and plaid pants and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Men",
        title="Marks & Spencer Men Maroon & Navy Checked Pure Cotton Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: flat lay on white: navy boxers with a small white anchor print, elastic waistband. Base BLIP-2; no person
    # in the photo, the wearing answer says "nothing"; the pattern answer invents a floral print.
    case(
        "X1585-006",
        caption("a pair of blue shorts with white anchors on them"),
        wearing("nothing", "non_answer"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("floral", "unsupported"),
        details("shorts", "elastic waistband"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Printed Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: back view: model in a plain white sleeveless vest and blue jeans. Base BLIP-2; says yes to "t-shirt".
    case(
        "X1585-007",
        caption("the back of a man in a white tank top"),
        wearing("a white tank top"),
        Q.color("white"),
        color_of("vest", "white"),
        describe("vest", "a white sleeveless vest"),
        Q.garment_type("tank top"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        title="Rupa Frontline Men White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in slim navy track pants with white side piping, white t-shirt, holding a phone. Base BLIP-2; the
    # closed colour takes the tee, the open colour calls navy black, material says cotton for shiny polyester tricot.
    case(
        "X1585-008",
        caption("a man in a white shirt and blue pants holding a cell phone"),
        wearing("a white t-shirt and blue pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "black", "contradiction"),
        details("pants", "white stripes on the side"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Navy Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in olive green knit lounge shorts and a black t-shirt. Base BLIP-2; the shorts get the tee's black.
    case(
        "X1585-009",
        caption("a man wearing a black t - shirt and green shorts"),
        wearing("a black shirt and green shorts"),
        Q.color("green"),
        color_of("shorts", "black", "other_garment_color"),
        describe("shorts", "green shorts"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Roadster Men Olive Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # Photo: model sitting on a wooden stool in blue and white striped lounge pants and a grey t-shirt. Base BLIP-2;
    # closed colour takes the tee's grey; the details answer loops over both garments.
    case(
        "X1585-010",
        caption("a man sitting on a stool wearing striped pajama pants"),
        wearing("a grey t-shirt and striped pants"),
        Q.garment_type("pajamas"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        details(
            "pants",
            "the pants are striped and the shirt is grey and the pants are striped and the shirt is grey and the "
            "pants are striped and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Blue & White Striped Cotton Lounge Pants",
        category="Lounge Pants",
        color="Blue",
    ),
    # Photo: model in a charcoal grey sleeveless vest with "BROOKLYN" printed across the chest, black shorts. Base
    # BLIP-2; gives the vest short sleeves and says it is not a vest.
    case(
        "X1585-011",
        caption("a man in a grey tank top with the word brooklyn on it"),
        wearing("a grey tank top and black shorts"),
        Q.color("grey"),
        Q.pattern("printed"),
        describe("vest", "a grey tank top that says brooklyn"),
        Q.sleeve_length("short", "contradiction"),
        is_a("vest", "no", "contradiction"),
        gender="Men",
        title="Huetrap Men Charcoal Grey Printed Innerwear Vest",
        category="Innerwear Vests",
        color="Charcoal",
    ),
    # Photo: flat lay of three boxers fanned out: black, grey, navy. Base BLIP-2; the closed colour names only black.
    case(
        "X1585-012",
        caption("three pairs of shorts on a white background"),
        wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "contradiction"),
        describe("shorts", "three pairs of shorts in different colors"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="Jockey Men Pack of 3 Assorted Solid Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Photo: model in a shorts night suit: light blue short-sleeve tee with a small white star print, navy shorts.
    # Base BLIP-2; type names the top only, the description restates, pattern says solid for a printed tee.
    case(
        "X1585-013",
        caption("a man in a blue shirt and shorts standing in front of a white wall"),
        wearing("a blue t-shirt and blue shorts"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("blue"),
        color_of("shorts", "blue"),
        describe("night suit", "it is a night suit", "restated"),
        Q.pattern("solid", "contradiction"),
        gender="Men",
        title="Sweet Dreams Men Blue Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: back view: model in black track pants with red side stripes and a white t-shirt. Base BLIP-2; calls the
    # shiny polyester leather.
    case(
        "X1585-014",
        caption("the back of a man in black pants and a white shirt"),
        wearing("black pants and a white shirt"),
        Q.color("black"),
        color_of("pants", "black"),
        details("pants", "red stripes on the side"),
        Q.garment_type("pants"),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Sports52 Wear Men Black Striped Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: two folded white vests in their open retail box, white surface. Feed has no gender column here. Base
    # BLIP-2; the description gives back the question's word.
    case(
        "X1585-015",
        caption("two white tank tops in a box"),
        wearing("a white tank top"),
        Q.garment_type("tank top"),
        Q.color("white"),
        describe("vest", "a vest", "restated"),
        is_a("vest", "yes"),
        title="VIP Men Pack of 2 White Solid Cotton Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a navy long-sleeve henley lounge t-shirt (three-button placket) and grey lounge pants. Base
    # BLIP-2. All correct.
    case(
        "X1585-016",
        caption("a man wearing a blue long sleeve shirt and grey pants"),
        wearing("a blue shirt and grey pants"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        describe("shirt", "a blue shirt with buttons"),
        details("shirt", "buttons"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Solid Henley Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
    ),
    # Photo: torso crop, no face: red and white gingham boxers with a navy vest. Base BLIP-2; caption and description
    # call the model a woman; says no to boxers.
    case(
        "X1585-017",
        caption("a woman in a blue tank top and red and white checkered shorts", "pronoun"),
        wearing("a blue tank top and red and white checkered shorts"),
        Q.color("red"),
        color_of("shorts", "red and white"),
        Q.pattern("checkered"),
        describe("shorts", "she is wearing red and white checkered shorts", "pronoun"),
        is_a("pair of boxers", "no", "contradiction"),
        gender="Men",
        title="Jockey Men Red & White Checked Boxers",
        category="Boxers",
        color="Red",
    ),
    # Photo: flat lay: black pyjama pants with a small grey-white dot print and a drawstring. Base BLIP-2; material
    # "denim" against an organic cotton title.
    case(
        "X1585-018",
        caption("a pair of black pants with white dots on them"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("polka dot"),
        Q.material("denim", "unsupported"),
        details("pants", "drawstring"),
        gender="Men",
        title="Ecoline Men Black Printed Organic Cotton Pyjamas",
        category="Pyjamas",
        color="Black",
    ),
    # Photo: model in olive cargo track pants (flap pockets on the thighs), white t-shirt, white sneakers. Base BLIP-2.
    # All correct.
    case(
        "X1585-019",
        caption("a man in a white shirt and green cargo pants"),
        wearing("a white t-shirt and olive green pants"),
        Q.color("green"),
        color_of("pants", "green"),
        describe("pants", "green cargo pants with pockets on the side"),
        Q.garment_type("cargo pants"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Roadster Men Olive Green Solid Cargo Track Pants",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: model in a grey melange scoop-neck vest and navy jeans. Base BLIP-2; the open colour takes the jeans, the
    # sleeves are given as short.
    case(
        "X1585-020",
        caption("a man wearing a grey tank top and jeans"),
        wearing("a grey tank top and blue jeans"),
        Q.color("grey"),
        color_of("vest", "blue", "other_garment_color"),
        Q.garment_type("tank top"),
        describe("vest", "a grey tank top with a scoop neck"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Innerwear Vest US27",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Photo: model in a night suit: grey melange long-sleeve round-neck tee and black and red checked pyjama pants.
    # Base BLIP-2; the pants get the tee's grey.
    case(
        "X1585-021",
        caption("a man in a grey shirt and plaid pants"),
        wearing("a grey shirt and plaid pajama pants"),
        Q.color("grey"),
        color_of("shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        Q.pattern("plaid"),
        describe("night suit", "a grey shirt and plaid pajama pants"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Van Heusen Men Grey & Red Checked Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: model in green boxers with a palm-leaf print and a white vest. Base BLIP-2; closed colour takes the vest,
    # material says cotton against a micro modal title.
    case(
        "X1585-022",
        caption("a man in a white tank top and green shorts with palm leaves"),
        wearing("a white tank top and green shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("cotton", "unsupported"),
        describe("shorts", "green shorts with palm leaves on them"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="Bummer Men Green Tropical Printed Micro Modal Boxers",
        category="Boxers",
        color="Green",
    ),
    # Photo: model holding a coffee mug, navy pyjama set with white piping on collar, pocket and cuffs, long-sleeve
    # button-front shirt and pants. Base BLIP-2; the shirt details loop.
    case(
        "X1585-023",
        caption("a man in blue pajamas holding a cup of coffee"),
        wearing("pajamas"),
        Q.color("blue"),
        describe("pyjama set", "a blue pajama set with white trim"),
        details(
            "shirt",
            "white piping on the collar and pockets and on the sleeves and on the pants and on the collar and on "
            "the pockets and on the sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pajamas"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Solid Pyjama Set with Piping",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: torso crop: plain black vest (no print) with grey trunks, the brand only on the trunks' waistband. Feed
    # row has no colour column. Base BLIP-2; closed colour takes the trunks; description invents a chest logo.
    case(
        "X1585-024",
        caption("a man in a black tank top and grey underwear"),
        wearing("a black tank top and grey boxer briefs"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("tank top"),
        color_of("vest", "black"),
        describe("vest", "a black tank top with the levi's logo on the chest", "unsupported"),
        is_a("vest", "yes"),
        gender="Men",
        title="Levis Men Black Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
    ),
    # Photo: model in peach solid lounge shorts with side pockets and a white t-shirt. Base BLIP-2; the type answer
    # calls lounge shorts underwear (pink and orange are both near names for peach).
    case(
        "X1585-025",
        caption("a man in a white shirt and pink shorts"),
        wearing("a white shirt and pink shorts"),
        Q.color("pink"),
        color_of("shorts", "orange"),
        details("shorts", "the shorts have pockets"),
        Q.pattern("solid"),
        Q.garment_type("underwear", "contradiction"),
        gender="Men",
        title="Mast & Harbour Men Peach-Coloured Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Peach",
    ),
    # Photo: flat lay: maroon cotton-blend fleece track pants with a drawstring. Base BLIP-2; closed colour says purple;
    # "no" to the details question.
    case(
        "X1585-026",
        caption("a pair of maroon sweatpants on a white background"),
        wearing("sweatpants"),
        Q.garment_type("sweatpants"),
        Q.color("purple", "contradiction"),
        describe("pants", "a pair of maroon sweatpants with a drawstring waist"),
        details("pants", "no", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Alcis Men Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Photo: model in a white vest and khaki chinos, brown shoes. Base BLIP-2; the open colour answer runs on into
    # new Question/Answer turns until the limit.
    case(
        "X1585-027",
        caption("a man wearing a white tank top and khaki pants"),
        wearing("a white tank top and khaki pants"),
        Q.color("white"),
        color_of(
            "vest",
            "white Question: What is the color of the pants? Answer: khaki Question: What is the color of the "
            "shoes? Answer: brown",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        is_a("vest", "yes"),
        gender="Men",
        title="Dixcy Scott Men White Solid Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: flat lay: blue and white striped short-sleeve camp-collar shirt with matching shorts. Base BLIP-2; the type
    # names only the shirt (the wearing answer names only the shirt too, but is still true).
    case(
        "X1585-028",
        caption("a blue and white striped shirt and shorts on a white background"),
        wearing("a blue and white striped shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("striped"),
        Q.color("blue"),
        describe("shorts", "blue and white striped shorts"),
        Q.sleeve_length("short"),
        gender="Men",
        title="Chromozome Men Blue & White Striped Shorts Set",
        category="Night suits",
        color="Blue",
    ),
    # Photo: back view: model in teal track pants with a zip pocket on the back right, black t-shirt. Base BLIP-2; the
    # description comes back empty.
    case(
        "X1585-029",
        caption("the back of a man wearing blue pants"),
        wearing("blue pants and a black shirt"),
        Q.color("blue"),
        color_of("pants", "teal"),
        details("pants", "the pants have a zipper on the back pocket"),
        Q.garment_type("pants"),
        describe("pants", "", "non_answer"),
        gender="Men",
        title="Proline Active Men Teal Blue Solid Track Pants",
        category="Track Pants",
        color="Teal",
    ),
    # Photo: model with arms crossed in a navy sports vest with a thin white trim at the neckline, jeans. Base BLIP-2;
    # closed colour calls navy black.
    case(
        "X1585-030",
        caption("a man with his arms crossed wearing a blue tank top"),
        wearing("a blue tank top"),
        Q.color("black", "contradiction"),
        color_of("vest", "blue"),
        details("vest", "the vest has a white stripe on the neck"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Sports Vest",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # Photo: back view: model in bottle green boxers with a tiny white print and a grey t-shirt. Base BLIP-2; grey for
    # both colour questions, solid for a printed pair.
    case(
        "X1585-031",
        caption("the back of a man wearing green shorts and a grey t - shirt"),
        wearing("a grey shirt and green shorts"),
        Q.color("grey", "other_garment_color"),
        color_of("shorts", "grey", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Almo Wear Men Bottle Green Printed Boxers",
        category="Boxers",
        color="Green",
    ),
    # Photo: model in a night suit: black long-sleeve round-neck tee and olive camouflage pyjama pants. Base BLIP-2;
    # the pants get the tee's black.
    case(
        "X1585-032",
        caption("a man in a black shirt and camouflage pants"),
        wearing("a black shirt and camo pants"),
        Q.color("black"),
        Q.pattern("camouflage"),
        color_of("pants", "black", "other_garment_color"),
        describe("pants", "camouflage pajama pants with a drawstring"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Hubberholme Men Black & Olive Camouflage Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: flat lay on white: light beige pure cotton lounge pants with a drawstring. Base BLIP-2; closed colour says
    # white; details restates; material says linen against a pure cotton title.
    case(
        "X1585-033",
        caption("a pair of beige pants laying on a white surface"),
        wearing("pants"),
        Q.color("white", "contradiction"),
        Q.garment_type("pants"),
        details("pants", "pants", "restated"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Marks & Spencer Men Beige Solid Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Beige",
    ),
    # Photo: model in a white vest, with an inset of the pack's second vest (black, folded) in the corner. Base
    # BLIP-2; the caption loops to the 50-token limit; the closed colour names only white for a Multi pack.
    case(
        "X1585-034",
        caption(
            "a man in a white tank top and a black tank top and a white tank top and a black tank top and a white "
            "tank top and a black tank top and a white tank top and a black tank top and a white tank top and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top"),
        Q.color("white", "contradiction"),
        is_a("vest", "yes"),
        Q.garment_type("tank top"),
        describe("vest", "a white tank top and a black tank top"),
        gender="Men",
        title="Jockey Men Pack of 2 Black & White Solid Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # Photo: model mid-stride in grey melange quick-dry polyester running joggers and a navy hoodie. Base BLIP-2; the
    # type answer names the hoodie; material says cotton.
    case(
        "X1585-035",
        caption("a man in a blue hoodie and grey sweatpants walking"),
        wearing("a blue hoodie and grey sweatpants"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("grey"),
        color_of("pants", "grey"),
        details("pants", "the pants have a drawstring and pockets"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Rapid-Dry Running Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: model in charcoal knit lounge shorts and a white sleeveless vest. Base BLIP-2; closed colour takes the
    # vest; details says only that shorts are short.
    case(
        "X1585-036",
        caption("a man in a white tank top and black shorts"),
        wearing("a white tank top and grey shorts"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "black"),
        details("shorts", "they are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Jockey Men Charcoal Solid Lounge Shorts 9426",
        category="Lounge Shorts",
        color="Charcoal",
    ),
    # Photo: long-haired bearded male model in navy and green checked flannel pyjama pants and a grey t-shirt. Base
    # BLIP-2; the caption calls him a woman; closed colour takes the tee.
    case(
        "X1585-037",
        caption("a woman with long hair wearing a grey t - shirt and plaid pajama pants", "pronoun"),
        wearing("a grey shirt and plaid pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("plaid"),
        color_of("pants", "blue and green"),
        Q.material("flannel"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue & Green Checked Flannel Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: model in a skin-coloured vest worn under an open white button-down shirt. Base BLIP-2; the closed colour,
    # the type and the description all take the shirt.
    case(
        "X1585-038",
        caption("a man in a white shirt with his shirt open"),
        wearing("a white shirt and a tan tank top"),
        Q.color("white", "other_garment_color"),
        color_of("vest", "tan"),
        Q.garment_type("shirt", "contradiction"),
        describe("vest", "a white button up shirt", "other_garment_color"),
        gender="Men",
        title="Jockey Men Skin-Coloured Solid Vest",
        category="Innerwear Vests",
        color="Beige",
    ),
    # Photo: flat lay: black fleece joggers with a small white Nike swoosh on the left thigh. No gender column. Base
    # BLIP-2. All correct.
    case(
        "X1585-039",
        caption("a pair of black sweatpants with a nike logo"),
        Q.garment_type("sweatpants"),
        Q.color("black"),
        describe("pants", "black sweatpants with a white nike logo on the left leg"),
        details("pants", "nike logo"),
        Q.material("fleece"),
        title="Nike Men Black Club Fleece Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a shorts night suit: grey tee printed "SLEEP MODE ON", black shorts. Base BLIP-2; the shorts get
    # the tee's grey; the type names the top.
    case(
        "X1585-040",
        caption("a man wearing a grey t - shirt that says sleep mode on"),
        wearing("a grey t-shirt and black shorts"),
        Q.color("grey"),
        Q.pattern("graphic"),
        color_of("shorts", "grey", "other_garment_color"),
        describe("t-shirt", "a grey t-shirt that says sleep mode on"),
        Q.garment_type("t-shirt", "contradiction"),
        gender="Men",
        title="Bewakoof Men Grey & Black Printed Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Photo: torso crop, side view: white boxers with thin blue stripes, button fly, elastic waistband, with a navy
    # t-shirt. Base BLIP-2; closed colour takes the tee; details loops on the button fly.
    case(
        "X1585-041",
        caption("a man in a blue shirt and white striped shorts"),
        wearing("a blue shirt and white shorts"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("striped"),
        details(
            "shorts",
            "the shorts have buttons on the front and buttons on the front and buttons on the front and buttons on "
            "the front and buttons on the",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of boxers", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men White & Blue Striped Boxers",
        category="Boxers",
        color="White",
    ),
    # Photo: model in a light blue pyjama set: long-sleeve collared button-front shirt with a chest pocket, pants
    # with an elastic waistband. Base BLIP-2; the description is cut at the 30-token limit.
    case(
        "X1585-042",
        caption("a man in blue pajamas standing in front of a white wall"),
        wearing("blue pajamas"),
        Q.color("blue"),
        describe(
            "pyjama set",
            "the pajama set is light blue and has a collar and a pocket on the front of the shirt and the pants "
            "have an elastic waistband with a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Men Blue Solid Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model in a grey hoodie holding a basketball, navy track pants with zip side pockets. Base BLIP-2; closed
    # colour takes the hoodie; the description loops on "drawstring".
    case(
        "X1585-043",
        caption("a man in a grey hoodie holding a basketball"),
        wearing("a grey hoodie and blue pants"),
        Q.color("grey", "other_garment_color"),
        color_of("pants", "blue"),
        Q.garment_type("pants"),
        describe(
            "pants",
            "a pair of blue pants with a drawstring and a drawstring and a drawstring and a drawstring and a "
            "drawstring and a drawstring and a",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Campus Sutra Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in a plain maroon round-neck short-sleeve lounge t-shirt (no pocket) and black lounge pants. Base
    # BLIP-2; the pattern answer gives a colour; details invents a chest pocket.
    case(
        "X1585-044",
        caption("a man in a red t - shirt and black pants"),
        wearing("a red t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.sleeve_length("short"),
        Q.pattern("red", "non_answer"),
        describe("t-shirt", "a plain t-shirt"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Jockey Men Maroon Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
    ),
    # Photo: back view: model in grey melange jersey pyjamas and a white t-shirt. Base BLIP-2; "yes" to the details
    # question.
    case(
        "X1585-045",
        caption("the back of a man in a white t - shirt and grey pants"),
        wearing("a white t-shirt and grey sweatpants"),
        Q.color("grey"),
        color_of("pants", "grey"),
        details("pants", "yes", "non_answer"),
        Q.garment_type("sweatpants"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Pyjamas",
        category="Pyjamas",
        color="Grey Melange",
    ),
]
