"""BLIND_1249 (45 products; Myntra men's innerwear and lounge, base BLIP-2): written blind in the sixty-second session.
Measured blind at bdc3a30 (the session's fourth rules): 61/79 failures found (77.2%) and 15/234 correct texts flagged
(6.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's innerwear, nightwear and lounge wear (innerwear vests, boxers, briefs, trunks, night
suits, pyjamas, lounge pants and shorts, track pants, one lounge t-shirt). Catalog shots: a model on a plain grey or
white backdrop wearing the product with other clothes (jeans, a tee over boxers, a vest over trunks), a few back
views, three flat lays of multi-packs, props now and then (a dumbbell, a stool, a mug, a bed). Catalog columns are
the feed's own: title, category (Myntra article type), color (base colour, "Multi" for assorted packs), gender
("Men"); a few rows leave one column out.
Who wrote what: every text is the untuned Salesforce/blip2-opt-2.7b, no adapter, greedy, prompt "Question: ...
Answer:", 50 new tokens for the caption and 30 for answers, no newline stopping. Open questions (wearing, describe,
details, the color of a named garment, material) are free generation; the closed questions (garment type, color,
pattern, sleeve length, "Is this a ...?") are stored as the model's raw text.
Labeling conventions and judgement calls: judged by the imagined photo and the title. Near shades count as right
(navy -> "blue", charcoal -> "black", maroon -> "red", teal -> "green"). For an assorted pack, one color of the pack
counts as right. A color that belongs to the other garment in the shot (the tee over the boxers, the jeans under the
vest) is other_garment_color; the product's color given to the other garment too (a navy sweatshirt called grey
like the grey pants) is contradiction. A garment type, yes/no, pattern or sleeve answer the photo or title refutes
is contradiction, as is a material the title refutes (cotton for micro modal). A material the title does not name:
a plain generic guess ("cotton" for a knit vest) is left unmarked, a specific or implausible one ("100% cotton",
"nylon", cotton for rapid-dry running pants) is unsupported, as are features that are not in the photo (a chest
logo, a button fly in a back view, a side stripe). Answers that only hand back the garment's name ("they are
boxers", "underwear" for the trunks' details) are non_answer; those that repeat the question's words as a sentence
("the vest is a vest", "a pajama set" for describing the pyjama set) are restated. A color instead of a pattern is
non_answer. "she"/"woman" for a male model is pronoun, also where the prompt itself said "she". "Question: ..."
continuing after an answer is leak. A text that repeats a phrase to the token limit is loop; one that runs to the
limit and stops mid-sentence without repeating is cut, even when part of it is also invented. "nothing" for the
person in a flat lay is non_answer. "tank top" for an innerwear vest and "t-shirt" for a short-sleeved undershirt
are right. Sleeve length was asked only for tops and sets, mostly. About a quarter of the texts are wrong, fewer than
the usual four in ten: plain solid innerwear on plain backdrops is easy for the base model, whose errors here are
mostly a color or type taken from the other garment in the shot, materials against the title, and invented details.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def col(garment, text, failure=None, hit_limit=False):
    """The color of a named garment, free generation (base zero-shot)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1249 = [
    # Front shot: model in a white sleeveless round-neck vest and dark blue jeans, grey backdrop. All texts: base
    # BLIP-2 zero-shot. The details answer only names the garment.
    case(
        "X1249-001",
        caption("a man in a white tank top and jeans"),
        wearing("a white tank top", who="the man"),
        col("vest", "white"),
        Q.pattern("solid"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        details("vest", "it is a vest", "non_answer"),
        gender="Men",
        title="Jockey Men White Solid Cotton Innerwear Vest 8820-0105",
        category="Innerwear Vests",
        color="White",
    ),
    # Front shot: white ribbed vest (one of the pack) worn with grey track pants. Base BLIP-2 zero-shot. The vest's
    # color taken from the track pants; "short" sleeves for a sleeveless vest.
    case(
        "X1249-002",
        caption("a man in a white tank top and grey sweatpants"),
        wearing("a white tank top and grey sweatpants"),
        col("vest", "grey", "other_garment_color"),
        describe("vest", "a white tank top"),
        details("vest", "the vest is made of cotton and has a ribbed texture"),
        Q.garment_type("tank top"),
        Q.sleeve_length("short", "contradiction"),
        gender="Men",
        title="Rupa Frontline Men Pack of 3 White Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in navy boxers and a plain white crew-neck tee, cropped at the chest. Base BLIP-2 zero-shot. Boxers'
    # color and the garment type both taken from the tee; details says nothing.
    case(
        "X1249-003",
        caption("a man in a white t - shirt and blue shorts"),
        wearing("a white t-shirt and blue shorts"),
        col("boxers", "white", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        is_a("pair of boxers", "yes"),
        details("boxers", "they are boxers", "non_answer"),
        describe("boxers", "blue boxers"),
        gender="Men",
        title="Dollar Bigboss Men Navy Blue Solid Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Torso crop: model in grey melange trunks only, "XYXX" printed on the black waistband, white backdrop. Base
    # BLIP-2 zero-shot. Material guessed as cotton against the title's micro modal.
    case(
        "X1249-004",
        caption("a man in grey underwear standing in front of a white background"),
        wearing("underwear"),
        col("trunks", "grey"),
        details("trunks", "the waistband has the brand name on it"),
        Q.material("cotton", "contradiction"),
        Q.pattern("solid"),
        describe("trunks", "grey underwear"),
        gender="Men",
        title="XYXX Men Grey Melange Solid IntelliSoft Antimicrobial Micro Modal Trunks",
        category="Trunk",
        color="Grey Melange",
    ),
    # Model in a navy tee with a small white chest print and navy-and-grey checked pyjama pants. Base BLIP-2
    # zero-shot. Invented chest pocket; the description only restates "pajama set".
    case(
        "X1249-005",
        caption("a man in a blue t - shirt and plaid pajama pants"),
        wearing("pajamas"),
        col("pants", "blue"),
        col("shirt", "blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("short"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        describe("pyjama set", "a pajama set", "restated"),
        gender="Men",
        title="Sweet Dreams Men Navy Blue Printed T-shirt & Checked Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Flat lay: two folded vests, one white and one grey, on white. Base BLIP-2 zero-shot. The caption calls both
    # white; "nothing" for the person; sleeves called short on two sleeveless vests.
    case(
        "X1249-006",
        caption("two white tank tops folded on a white background", "contradiction"),
        wearing("nothing", "non_answer"),
        Q.color("white"),
        Q.garment_type("tank top"),
        is_a("vest", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        gender="Men",
        title="Lux Cozi Men Pack of 2 White & Grey Solid Cotton Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # Model in black slim joggers with drawstring and side pockets, light grey tee, white sneakers. Base BLIP-2
    # zero-shot. Pants' color from the tee; details runs to the limit; polyester against a cotton title.
    case(
        "X1249-007",
        caption("a man in a grey t - shirt and black sweatpants"),
        wearing("a grey t-shirt and black pants", who="the man"),
        col("pants", "grey", "other_garment_color"),
        describe("pants", "black jogger pants with a drawstring waist"),
        details(
            "pants",
            "the pants have pockets on the side and a drawstring on the waist and the bottom of the pants is elastic "
            "and the pants are made of cotton and",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester", "contradiction"),
        Q.pattern("solid"),
        gender="Men",
        title="Jockey Men Black Solid Slim Fit Cotton Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Back view: navy boxers with a small white anchor print, grey tee. Base BLIP-2 zero-shot. The print is plain
    # in the photo but the pattern answer says solid, and the yes/no denies the boxers.
    case(
        "X1249-008",
        caption("the back of a man wearing blue shorts and a grey t - shirt"),
        wearing("shorts"),
        col("boxers", "blue"),
        Q.pattern("solid", "contradiction"),
        is_a("pair of boxers", "no", "contradiction"),
        Q.garment_type("shorts"),
        details("boxers", "the boxers have a white anchor print"),
        gender="Men",
        title="U.S. Polo Assn. Innerwear Men Navy Blue Printed Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Model sitting on a wooden stool in a maroon long-sleeved henley top and grey pyjama bottoms. Base BLIP-2
    # zero-shot. The pants get the top's color; "no" to the night suit.
    case(
        "X1249-009",
        caption("a man in a red shirt and grey pants sitting on a stool"),
        wearing("a red shirt and grey pants", who="he"),
        col("shirt", "red"),
        col("pants", "red", "other_garment_color"),
        Q.sleeve_length("long"),
        details("shirt", "it has buttons on the front"),
        Q.material("cotton"),
        is_a("night suit", "no", "contradiction"),
        gender="Men",
        title="Van Heusen Men Maroon & Grey Solid Cotton Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Side view: olive drawstring lounge shorts, black tee. Base BLIP-2 zero-shot. Details only names the garment;
    # linen against a cotton title.
    case(
        "X1249-010",
        caption("a man in a black shirt and green shorts"),
        wearing("a black t-shirt and green shorts"),
        col("shorts", "green"),
        details("shorts", "shorts", "non_answer"),
        describe("shorts", "green shorts with a drawstring"),
        Q.garment_type("shorts"),
        Q.material("linen", "contradiction"),
        gender="Men",
        title="Damensch Men Olive Green Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # Full body: black hoodie, grey melange joggers, hands in the hoodie pocket. Base BLIP-2 zero-shot. Pants'
    # color from the hoodie; details names the garment only.
    case(
        "X1249-011",
        caption("a man in a black hoodie and grey sweatpants with his hands in his pockets"),
        wearing("a black hoodie and grey sweatpants"),
        col("pants", "black", "other_garment_color"),
        Q.color("grey"),
        Q.pattern("solid"),
        describe("joggers", "a pair of grey sweatpants"),
        is_a("pair of track pants", "yes"),
        details("joggers", "they are joggers", "non_answer"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Torso crop: model in a navy brief (the pack also has grey and black), white "Chromozome" on the waistband.
    # Base BLIP-2 zero-shot. "100% cotton" is nowhere in the title; "no" to the brief.
    case(
        "X1249-012",
        caption("a man in blue underwear"),
        wearing("underwear"),
        col("briefs", "blue"),
        Q.garment_type("underwear"),
        details("briefs", "the briefs have a logo on the waistband"),
        Q.material("100% cotton", "unsupported"),
        is_a("brief", "no", "contradiction"),
        gender="Men",
        title="Chromozome Men Pack of 3 Assorted Solid Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Model in a plain white short-sleeved crew-neck undershirt and navy chinos; no logo anywhere on the chest.
    # Base BLIP-2 zero-shot. The chest logo is invented.
    case(
        "X1249-013",
        caption("a man in a white t - shirt and blue pants"),
        wearing("a white t-shirt"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        col("t-shirt", "white"),
        details("t-shirt", "it has a tommy hilfiger logo on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Cotton Crew Neck Undershirt",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in blue trunks printed all over with small yellow bananas, trunks only. Base BLIP-2 zero-shot. "floral"
    # for a banana print; cotton against micro modal; details only "underwear".
    case(
        "X1249-014",
        caption("a man in blue underwear with bananas on it"),
        wearing("a pair of underwear with bananas on it"),
        Q.pattern("floral", "contradiction"),
        col("trunks", "blue"),
        Q.material("cotton", "contradiction"),
        describe("trunks", "blue underwear with bananas"),
        details("trunks", "underwear", "non_answer"),
        gender="Men",
        title="Bummer Men Blue Printed Micro Modal Trunks",
        category="Trunk",
        color="Blue",
    ),
    # Model barefoot in a white tee and charcoal drawstring lounge pants. Base BLIP-2 zero-shot (charcoal read as
    # black, accepted). The closed color answer gives the tee's white; denim against a cotton title. No gender.
    case(
        "X1249-015",
        caption("a man in a white shirt and black pants"),
        wearing("a white shirt and black pants"),
        col("pants", "black"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("pants"),
        details("pants", "the pants have a drawstring waist"),
        Q.material("denim", "contradiction"),
        title="Roadster Men Charcoal Grey Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
    ),
    # Model in a black gym vest with deep armholes and grey shorts, holding a dumbbell. Base BLIP-2 zero-shot.
    # Details loops (there is one small chest logo, none on the back); "no" to the vest.
    case(
        "X1249-016",
        caption("a man in a black tank top holding a dumbbell"),
        wearing("a black tank top and grey shorts", who="the man"),
        col("vest", "black"),
        describe("vest", "a black tank top"),
        details(
            "vest",
            "the vest has a logo on the chest and a logo on the back and a logo on the chest and a logo on the back "
            "and a logo on the chest and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "no", "contradiction"),
        gender="Men",
        title="Macroman M-Series Men Black Solid Cotton Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Model in a white tee and navy straight pyjamas, front. Base BLIP-2 zero-shot. "she" for the male model; the
    # pants' color from the tee; silk against a cotton title.
    case(
        "X1249-017",
        caption("a man in a white t - shirt and blue pajama pants"),
        wearing("she is wearing a white shirt and blue pants", "pronoun", who="he"),
        col("pants", "white", "other_garment_color"),
        Q.garment_type("pajamas"),
        Q.pattern("solid"),
        Q.material("silk", "contradiction"),
        gender="Men",
        title="Jockey Men Navy Blue Cotton Straight Fit Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Flat lay: two folded woven boxers, one red-and-white check, one navy-and-green check. Base BLIP-2 zero-shot.
    # Polyester against a cotton title; the rest right.
    case(
        "X1249-018",
        caption("two pairs of plaid boxer shorts"),
        Q.color("red"),
        Q.pattern("plaid"),
        is_a("pair of boxers", "yes"),
        describe("boxers", "two pairs of boxers, one is red and white plaid and the other is blue and green plaid"),
        Q.material("polyester", "contradiction"),
        gender="Men",
        title="Dixcy Scott Men Pack of 2 Checked Cotton Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Model in a white ribbed vest and khaki shorts. Base BLIP-2 zero-shot. The rib read as stripes by the closed
    # pattern answer; the vest is plain white.
    case(
        "X1249-019",
        caption("a man wearing a white tank top and khaki shorts"),
        wearing("a tank top"),
        col("vest", "white"),
        details("vest", "ribbed"),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        title="Hanes Men White Solid Pure Cotton Ribbed Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Model standing in a green-and-navy checked long-sleeved collared pyjama shirt (one chest pocket, left) and
    # matching pants. Base BLIP-2 zero-shot. Details runs to the limit and adds a second pocket.
    case(
        "X1249-020",
        caption("a man in a green plaid shirt and pants"),
        wearing("a plaid shirt and plaid pants"),
        col("shirt", "green"),
        col("pants", "green"),
        Q.pattern("plaid"),
        Q.sleeve_length("long sleeves"),
        details(
            "shirt",
            "the shirt has a collar and buttons down the front and a pocket on the left side of the chest and a "
            "pocket on the right side of the chest and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Zeyo Men Green & Navy Checked Cotton Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Model in a white polo and navy track pants with a white stripe down each side. Base BLIP-2 zero-shot. A side
    # zip is invented; the closed color answer gives the polo's white.
    case(
        "X1249-021",
        caption("a man in a white polo shirt and blue track pants"),
        wearing("a white polo shirt and blue pants"),
        col("pants", "blue"),
        describe("track pants", "navy blue track pants with white stripes down the side"),
        details("track pants", "the pants have a zipper on the side", "unsupported"),
        Q.material("polyester"),
        is_a("pair of track pants", "yes"),
        Q.color("white", "other_garment_color"),
        gender="Men",
        title="Proline Active Men Navy Blue Solid Polyester Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Model in a white vest and black trousers. Base BLIP-2 zero-shot. The color answer goes on with the next
    # question of the prompt format.
    case(
        "X1249-022",
        caption("a man in a white tank top"),
        wearing("a white tank top and black pants"),
        col("vest", "white Question: what is the color of the pants? Answer: black", "leak"),
        Q.garment_type("tank top"),
        is_a("vest", "yes"),
        Q.pattern("solid"),
        gender="Men",
        title="VIP Frenchie Men Pack of 5 White Solid Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in black trunks only, wide waistband with white lettering. Base BLIP-2 zero-shot. "nylon" is not in
    # the title (no material there at all).
    case(
        "X1249-023",
        caption("a man in black underwear posing for a picture"),
        wearing("black underwear"),
        col("trunks", "black"),
        details("trunks", "the trunks have a wide waistband with white letters"),
        Q.material("nylon", "unsupported"),
        Q.garment_type("underwear"),
        describe("trunks", "black underwear"),
        gender="Men",
        title="Damensch Men Black Solid Deo-Soft Trunks",
        category="Trunk",
        color="Black",
    ),
    # Model in a white tee and light blue lounge shorts with a small white palm-leaf print. Base BLIP-2 zero-shot
    # ("floral" for the tropical print accepted). The shorts' color from the tee; details restates.
    case(
        "X1249-024",
        caption("a man in a white t - shirt and blue shorts"),
        wearing("a white t-shirt and blue shorts", who="the man"),
        col("shorts", "white", "other_garment_color"),
        Q.pattern("floral"),
        describe("shorts", "blue shorts"),
        details("shorts", "the shorts are shorts", "restated"),
        Q.garment_type("shorts"),
        gender="Men",
        title="Sweet Dreams Men Blue Printed Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
    ),
    # Model with shoulder-length hair in a blue-and-white striped button-down pyjama set, holding a mug. Base
    # BLIP-2 zero-shot. The caption calls him a woman.
    case(
        "X1249-025",
        caption("a woman in blue and white striped pajamas holding a cup of coffee", "pronoun"),
        wearing("pajamas"),
        col("shirt", "blue"),
        col("pants", "blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        details("shirt", "the shirt has a collar and buttons"),
        gender="Men",
        title="Marks & Spencer Men Blue & White Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Side view: navy crew sweatshirt, grey melange track pants with a small logo on the left thigh. Base BLIP-2
    # zero-shot. Caption and wearing give the sweatshirt the pants' grey.
    case(
        "X1249-026",
        caption("a man in a grey sweatshirt and grey sweatpants", "contradiction"),
        wearing("a grey sweatshirt and grey pants", "contradiction"),
        col("pants", "grey"),
        Q.garment_type("sweatpants"),
        details("pants", "the pants have a logo on the left leg"),
        Q.material("cotton"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange Solid Cotton Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Flat lay: three trunks fanned out (navy, grey, black), printed waistbands. Base BLIP-2 zero-shot. Details
    # only names the garment; a color for the pattern.
    case(
        "X1249-027",
        caption("three pairs of underwear on a white background"),
        Q.color("blue"),
        Q.garment_type("underwear"),
        is_a("trunk", "yes"),
        details("trunks", "they are underwear", "non_answer"),
        Q.pattern("black", "non_answer"),
        gender="Men",
        title="VIP Men Pack of 3 Solid Trunks",
        category="Trunk",
        color="Multi",
    ),
    # Model in a grey melange tee and navy shorts (a lounge set). Base BLIP-2 zero-shot. The shorts get the tee's
    # grey; "no" to the set; the garment type goes on with the next question.
    case(
        "X1249-028",
        caption("a man in a grey t - shirt and blue shorts"),
        wearing("a grey shirt and blue shorts", who="the man"),
        col("shirt", "grey"),
        col("shorts", "grey", "other_garment_color"),
        describe("outfit", "a grey t-shirt and navy shorts"),
        Q.sleeve_length("short sleeves"),
        is_a("pajama set", "no", "contradiction"),
        Q.garment_type("t-shirt and shorts Question: What is the color of the t-shirt? Answer: grey", "leak"),
        gender="Men",
        title="Jockey Men Grey Melange & Navy Cotton Lounge Set",
        category="Night suits",
        color="Grey Melange",
    ),
    # Back view: black racerback gym vest, black shorts. Base BLIP-2 zero-shot. Details says only "the back".
    case(
        "X1249-029",
        caption("the back of a man in a black tank top"),
        wearing("a black tank top"),
        col("vest", "black"),
        Q.sleeve_length("sleeveless"),
        details("vest", "the back of the vest", "non_answer"),
        Q.material("cotton"),
        Q.garment_type("tank top"),
        gender="Men",
        title="Dollar Bigboss Men Black Solid Cotton Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Model in yellow boxers with a small black smiley print and a black tee. Base BLIP-2 zero-shot. "polka dot"
    # for the smileys; the closed color answer gives the tee's black.
    case(
        "X1249-030",
        caption("a man in a black t - shirt and yellow shorts"),
        wearing("a black shirt and yellow shorts"),
        col("boxers", "yellow"),
        Q.pattern("polka dot", "contradiction"),
        Q.garment_type("shorts"),
        describe("boxers", "yellow boxers with a black smiley face print"),
        details("boxers", "the boxers have a smiley face on them"),
        Q.color("black", "other_garment_color"),
        gender="Men",
        title="Bewakoof Men Yellow Printed Pure Cotton Boxers",
        category="Boxers",
        color="Yellow",
    ),
    # Model in a navy tee and matching navy lounge pants (drawstring, two side pockets): one color for both is
    # right here. Base BLIP-2 zero-shot. All correct.
    case(
        "X1249-031",
        caption("a man in a blue t - shirt and blue pants"),
        wearing("a blue shirt and blue pants"),
        col("pants", "blue"),
        col("shirt", "blue"),
        Q.garment_type("pajamas"),
        details("pants", "the pants have a drawstring and two pockets on the side"),
        gender="Men",
        title="Van Heusen Men Navy Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Model in a white vest and blue jeans. Base BLIP-2 zero-shot. The caption loops to the limit; the answers
    # are right.
    case(
        "X1249-032",
        caption(
            "a man in a white tank top and blue jeans with a white tank top and blue jeans with a white tank top and "
            "blue jeans with a white tank top and blue jeans with a white tank top and blue jeans with a white",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top and blue jeans"),
        col("vest", "white"),
        Q.garment_type("tank top"),
        is_a("vest", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Lux Venus Men Pack of 4 White Solid Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in a grey tee printed "LAZY DAYS" in big letters and grey pyjama pants with a small all-over star
    # print. Base BLIP-2 zero-shot. The pants' description copies the tee's text onto them.
    case(
        "X1249-033",
        caption("a man in a grey t - shirt that says lazy days"),
        wearing("pajamas"),
        Q.pattern("graphic"),
        col("shirt", "grey"),
        col("pants", "grey"),
        details("shirt", "the shirt says lazy days"),
        describe("pants", "grey pants with a lazy days print", "unsupported"),
        Q.sleeve_length("short"),
        gender="Men",
        title="Sweet Dreams Men Grey Printed Cotton Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Model in a white vest and red-and-navy checked woven boxers with a one-button fly. Base BLIP-2 zero-shot.
    # The closed color answer gives the vest's white; details loops on the button.
    case(
        "X1249-034",
        caption("a man in a white tank top and plaid shorts"),
        wearing("he is wearing a white tank top and plaid shorts", who="he"),
        col("boxers", "red"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        Q.material("cotton"),
        details(
            "boxers",
            "the boxers have a button on the front and a button on the front and a button on the front and a "
            "button on the front and a button on",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Tommy Hilfiger Men Red & Navy Checked Pure Cotton Woven Boxers",
        category="Boxers",
        color="Red",
    ),
    # Model mid-stride in a white tee, black running track pants with zip pockets and a reflective logo, running
    # shoes. Base BLIP-2 zero-shot. "cotton" for rapid-dry fabric; details repeats itself to the limit.
    case(
        "X1249-035",
        caption("a man in a white t - shirt and black pants running"),
        wearing("a white shirt and black pants"),
        col("pants", "black"),
        Q.material("cotton", "unsupported"),
        describe("track pants", "black pants"),
        details(
            "track pants",
            "the pants have zip pockets on the sides and a reflective logo on the leg and zip pockets on the sides "
            "and a reflective logo on",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Model in a grey melange muscle vest and black jeans. Base BLIP-2 zero-shot. The vest's color from the jeans;
    # the description only repeats "vest".
    case(
        "X1249-036",
        caption("a man in a grey tank top and black jeans"),
        wearing("a grey tank top"),
        col("vest", "black", "other_garment_color"),
        Q.color("grey"),
        Q.garment_type("tank top"),
        details("vest", "a round neck"),
        describe("vest", "a vest", "restated"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Muscle Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Front: black tee, black-and-white checked pyjama bottoms with elastic waist; no back pocket can be seen.
    # Base BLIP-2 zero-shot. A back pocket is invented.
    case(
        "X1249-037",
        caption("a man in a black t - shirt and black and white plaid pants"),
        wearing("a black shirt and plaid pants"),
        col("pants", "black and white"),
        Q.pattern("checkered"),
        is_a("pair of pajamas", "yes"),
        Q.material("cotton"),
        details("pants", "the pants have a pocket on the back", "unsupported"),
        gender="Men",
        title="Ecentric Men Black & White Checked Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Black",
    ),
    # Crop from waist to thigh, no face: blue boxers with a white pineapple-and-watermelon print. Base BLIP-2
    # zero-shot. "unknown" for the garment type.
    case(
        "X1249-038",
        caption("a person wearing a pair of blue and white shorts"),
        wearing("shorts"),
        col("boxers", "blue"),
        Q.pattern("printed"),
        Q.garment_type("unknown", "non_answer"),
        is_a("pair of boxers", "yes"),
        details("boxers", "the boxers have pineapples on them"),
        gender="Men",
        title="XYXX Men Pack of 2 Printed Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Model in a white short-sleeved (sleeved) vest, grey wall behind. Base BLIP-2 zero-shot. Details restates.
    case(
        "X1249-039",
        caption("a man in a white t - shirt standing in front of a grey wall"),
        wearing("white t-shirt"),
        Q.sleeve_length("short sleeve"),
        is_a("vest", "yes"),
        details("vest", "the vest is a vest", "restated"),
        col("vest", "white"),
        gender="Men",
        title="Dixcy Scott Men White Solid Cotton Sleeved Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in a teal tee with a small chest print and navy shorts. Base BLIP-2 zero-shot, asked "What is she
    # wearing?" (the experiments' prompt); the answer keeps "she". Polyester against a cotton title.
    case(
        "X1249-040",
        caption("a man in a green t - shirt and blue shorts"),
        wearing("she is wearing a green shirt and blue shorts", "pronoun", who="she"),
        col("shirt", "green"),
        col("shorts", "blue"),
        Q.sleeve_length("short"),
        Q.material("polyester", "contradiction"),
        gender="Men",
        title="Sweet Dreams Men Teal & Navy Printed Cotton Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Model in a white vest over black trunks with a grey waistband. Base BLIP-2 zero-shot. The vest fills the
    # frame: the trunks' color and the garment type are the vest's.
    case(
        "X1249-041",
        caption("a man in a white tank top and black underwear"),
        wearing("a white tank top and black underwear"),
        col("trunks", "white", "other_garment_color"),
        Q.garment_type("tank top", "contradiction"),
        is_a("trunk", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Black Solid Super Combed Cotton Elastane Stretch Trunks",
        category="Trunk",
        color="Black",
    ),
    # Model in a light grey tee and plain navy slim track pants (no stripes, no trim). Base BLIP-2 zero-shot. The
    # wearing answer goes on with the next question; a side stripe is invented. No category column.
    case(
        "X1249-042",
        caption("a man in a grey shirt and blue pants"),
        wearing("a grey t-shirt and blue pants Question: What is the color of the shirt? Answer: grey", "leak"),
        col("pants", "blue"),
        describe("track pants", "blue track pants"),
        Q.pattern("solid"),
        Q.material("polyester"),
        details("track pants", "the pants have a stripe down the side", "unsupported"),
        gender="Men",
        title="Alcis Men Navy Blue Solid Slim Fit Track Pants",
        color="Navy Blue",
    ),
    # Model seated on a bed in a navy long-sleeved button-down pyjama set with a small white moon-and-star print.
    # Base BLIP-2 zero-shot. The description loops to the limit.
    case(
        "X1249-043",
        caption("a man in blue pajamas sitting on a bed"),
        wearing("pajamas"),
        describe(
            "pajamas",
            "blue pajamas with stars and moons on them, stars and moons on them, stars and moons on them, stars and "
            "moons on them, stars",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "blue"),
        col("pants", "blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        is_a("pajama set", "yes"),
        gender="Men",
        title="Sweet Dreams Men Navy Blue Printed Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Model in a black lounge tee with a small chest logo and grey shorts. Base BLIP-2 zero-shot. Details runs to
    # the limit; the shorts get the tee's black; cotton against micro modal.
    case(
        "X1249-044",
        caption("a man in a black t - shirt and grey shorts"),
        wearing("a black t-shirt"),
        col("t-shirt", "black"),
        col("shorts", "black", "contradiction"),
        Q.sleeve_length("short"),
        details(
            "t-shirt",
            "the t-shirt has a round neck, short sleeves and a small logo on the chest. It is made of a soft and "
            "breathable fabric that keeps you cool and",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Bummer Men Black Solid Micro Modal Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # Back view on a plain light blue backdrop: grey vest, blue checked boxer shorts. Base BLIP-2 zero-shot. The
    # caption invents a beach; a button fly cannot be seen from the back.
    case(
        "X1249-045",
        caption("a man in a grey tank top and blue plaid shorts standing on the beach", "unsupported"),
        wearing("a grey tank top and blue plaid shorts", who="the man"),
        col("boxers", "blue"),
        Q.garment_type("shorts"),
        Q.pattern("plaid"),
        details("boxers", "the boxers have a button fly", "unsupported"),
        gender="Men",
        title="Jockey Men Blue Checked Cotton Boxer Shorts",
        category="Boxers",
        color="Blue",
    ),
]
