"""BLIND_1128 (46 products; Myntra men's/boys' innerwear and nightwear, VQA): written blind in the sixtieth session.
Measured blind at d18a88b (the session's sixth rules): 96/122 failures found (78.7%) and 15/170 correct texts flagged
(8.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and boys' innerwear, nightwear and loungewear (innerwear vests, briefs, trunks,
boxers, thermals, night suits, pyjamas, lounge pants, shorts and t-shirts, bath robes). Most photos are on a white
backdrop with a model cropped to the product (bare torso for briefs and trunks, a t-shirt or vest over the lounge
bottoms, a plain bottom under the lounge tops); a few are flat lays of multipacks or folded sets with no person.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). The
caption is its free generation from the empty prompt (50 new tokens); open answers are free generation from
"Question: ... Answer:" (30 new tokens); closed answers are enrich's --engine reference ranking the candidates with
the same adapter, so they are always one clean candidate value. The adapter was trained without an end token on the
In-shop VQA pairs: it knows tee/tank, shorts, pants, jacket/coat and little else, so it calls briefs and trunks
"shorts" and robes "coats"; it runs on into "Question: ... Answer:" turns or repeats itself until the token limit,
gives the t-shirt's color to the lounge bottoms, and sometimes says "she" for the male models or "girl" for boys.

Labeling conventions and judgement calls:
- Briefs and trunks called "shorts" (or "a pair of shorts" said yes to) are contradictions; boxers called shorts or
  boxer shorts, innerwear vests called tank tops or undershirts, trunks called boxer briefs, lounge pants called
  pajama pants, sweatpants or joggers, and night suits called pajamas are correct.
- A robe called a coat or jacket, a vest called a t-shirt, lounge pants called jeans: contradiction.
- A wrong color in an open text (caption included) that is exactly another visible garment's color is
  other_garment_color; a wrong color in a closed answer is a contradiction whatever its source, because the
  reference engine only picks a candidate; a wrong color found nowhere else in the photo, or the color of a part of
  the product itself (a waistband), is a contradiction.
- For a multipack whose seller color is Multi, a closed single color is a contradiction; where the seller names one
  color of the pack, that color is correct. Describing a pack as one garment contradicts the title's count.
- Photos with no person: naming the shown garment in answer to "What cloth is the person wearing?" is correct;
  inventing a person or clothes not shown is unsupported.
- Invented parts (button fly, hood, pockets, logos, slogans, prints, props) are unsupported; a material that
  conflicts with the title's material is a contradiction; an exotic material with nothing in the title or photo to
  support it is unsupported; plain "cotton" for knit innerwear or loungewear, and terry or waffle cotton for a robe
  whose weave is visible, are accepted as correct.
- A text that repeats itself until the token limit is a loop (hit_limit=True), even when what it repeats is true;
  a "Question: ... Answer:" continuation is a leak, even when the leaked answers are right; a text that stops
  mid-phrase at the limit with nothing wrong before the break is a cut.
- "yes", "a boy", or the garment's own name back as the whole answer to an open question is a non_answer; a
  sentence that only rephrases the question ("the night suit is the night suit") is restated.
- "she", "woman" or "girl" for a Men or Boys model is a pronoun failure, also in the caption.
- Charcoal called grey, maroon called red and navy called blue are correct shades, not contradictions.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as BQ,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

# the VQA training data's own phrasing of the garment question
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_1128 = [
    # photo: man, front view cropped at mid-thigh, white ribbed sleeveless round-neck vest with no visible logo, navy
    # track pants, white backdrop. VQA adapter: caption and open answers generated, closed ones by --engine reference.
    case(
        "X1128-001",
        caption("a man wearing a white tank top and blue pants"),
        wearing("a white tank top", who="the man"),
        color_of("vest", "white"),
        BQ.garment_type("t-shirt", "contradiction"),
        describe("vest", "the vest is white with a round neck and a small red logo on the chest", "unsupported"),
        BQ.sleeve_length("sleeveless"),
        title="Jockey Men White Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: flat lay of three folded briefs, black, grey melange and navy, each with a white waistband lettered in
    # black, no person, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-002",
        caption("three pairs of underwear on a white background"),
        cloth("a pair of shorts", "contradiction"),
        BQ.garment_type("briefs"),
        BQ.color("multicolor"),
        describe("briefs", "three briefs in black, grey and navy blue with white waistbands"),
        details(
            "briefs",
            "the briefs are briefs with a waistband, the briefs are briefs with a waistband, the briefs are briefs"
            " with a",
            "loop",
            hit_limit=True,
        ),
        is_a("pack of briefs", "yes"),
        title="Hanes Men Pack of 3 Briefs",
        category="Briefs",
        gender="Men",
    ),
    # photo: man with bare torso, cropped chest to mid-thigh, black trunks with a grey waistband lettered in black, no
    # fly, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-003",
        caption("a man in black underwear with a grey waistband"),
        wearing("black boxer briefs", who="the man"),
        color_of("trunks", "black"),
        describe("trunks", "the trunks are black with a grey waistband and a button fly at the front", "unsupported"),
        BQ.material("cotton"),
        BQ.pattern("solid"),
        cloth("she is wearing black underwear", "pronoun"),
        title="Van Heusen Men Black Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white crew-neck t-shirt and blue-and-navy checked woven boxers with an elastic waistband and a
    # single button at the fly, cropped at the knees, white backdrop. VQA adapter wrote all; closed by reference.
    case(
        "X1128-004",
        caption("a man wearing a white t-shirt and blue plaid shorts"),
        wearing(
            "Question: What is the man wearing? Answer: a white shirt and blue shorts Question: What is the color of"
            " the shorts? Answer: blue",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        color_of("boxers", "blue"),
        describe(
            "boxers", "the boxers are white with a checkered pattern and an elastic waistband", "other_garment_color"
        ),
        BQ.pattern("checked"),
        details("boxers", "checkered pattern, elastic waistband, button fly"),
        is_a("pair of shorts", "yes"),
        title="U.S. Polo Assn. Men Blue Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black crew-neck t-shirt and grey melange lounge pants with a drawstring and two side pockets,
    # full length, barefoot, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-005",
        caption("a man in a black t-shirt and grey pants"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        BQ.color("grey"),
        describe("pants", "grey melange lounge pants with a drawstring waist and two side pockets"),
        details(
            "pants",
            "drawstring, pockets, drawstring, pockets, drawstring, pockets, drawstring, pockets, drawstring, pockets,"
            " drawstring",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("lounge pants"),
        BQ.material("cotton"),
        title="Chromozome Men Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a grey melange t-shirt and navy knit lounge shorts above the knee with a white drawstring, cropped
    # at the shins, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-006",
        caption("a man wearing a grey t-shirt and navy shorts"),
        wearing("a grey shirt and grey shorts", "other_garment_color", who="the man"),
        color_of("shorts", "navy blue"),
        BQ.garment_type("shorts"),
        details("shorts", "the shorts are short", "non_answer"),
        is_a("pair of jeans", "no"),
        title="Jockey Men Navy Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a long-sleeve blue-and-white gingham night shirt with a notch collar, chest pocket and buttons,
    # solid navy pyjama pants with an elastic waist and no fly, barefoot, full length, white backdrop. VQA adapter.
    case(
        "X1128-007",
        caption("a man in a blue and white checkered shirt and blue pajama pants"),
        cloth(
            "pajamas Question: What is the color of the shirt? Answer: blue and white Question: What is the color of"
            " the pants? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        color_of("pants", "blue"),
        describe(
            "shirt",
            "the shirt is a blue and white checkered shirt with long sleeves, a collar, a pocket on the chest and"
            " buttons down the front. the",
            "cut",
            hit_limit=True,
        ),
        BQ.sleeve_length("long sleeves"),
        details("pants", "the pants have a zipper fly and belt loops", "unsupported"),
        title="Hanes Men Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: boy of about six in a yellow short-sleeve t-shirt with a cartoon rocket print and navy pyjama pants with
    # small white stars, barefoot, full length, white backdrop. VQA adapter: caption and open; closed by reference.
    case(
        "X1128-008",
        caption("a little boy in a yellow shirt and blue pants"),
        wearing("she is wearing a yellow t-shirt and blue pajama pants", "pronoun", who="the child"),
        color_of("t-shirt", "yellow"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        BQ.pattern("printed"),
        describe("t-shirt", "the t-shirt has a rocket on it and the words happy birthday", "unsupported"),
        is_a("night suit", "yes"),
        title="Gini & Jony Boys Yellow Printed Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Boys",
    ),
    # photo: two white sleeveless round-neck kids' vests laid flat side by side, a small blue label inside each neck,
    # no person, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-009",
        caption(
            "two white tank tops laid out side by side on a white background with a small blue label on the inside of"
            " the neck of each tank top and a white",
            "cut",
            hit_limit=True,
        ),
        cloth("a white tank top"),
        BQ.garment_type("vest"),
        BQ.color("white"),
        describe(
            "vests",
            "white white white white white white white white white white white white white white white white white"
            " white",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("sleeveless"),
        BQ.material("silk", "contradiction"),
        title="Jockey Boys Pack of 2 Cotton White Vests",
        category="Innerwear Vests",
        color="White",
        gender="Boys",
    ),
    # photo: one pair of kids' briefs, light blue with a small orange dinosaur print and an orange waistband, laid
    # flat, no person, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-010",
        caption("a pair of blue underwear with dinosaurs on it"),
        color_of("briefs", "orange", "contradiction"),
        BQ.pattern("printed"),
        describe("briefs", "blue briefs with dinosaurs on them and an orange waistband"),
        details(
            "briefs",
            "Question: What are the briefs details? Answer: dinosaur print Question: What is the color of the briefs?"
            " Answer: blue Question",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Macroman Boys Printed Briefs",
        category="Briefs",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in an olive green crew-neck short-sleeve lounge t-shirt and black lounge shorts, hands in pockets,
    # cropped at the knees, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-011",
        caption("a man in a black t-shirt and black shorts", "other_garment_color"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        BQ.color("olive"),
        BQ.sleeve_length("short sleeves"),
        describe(
            "t-shirt",
            "a green t-shirt with a round neck and short sleeves. it is a green t-shirt with a round neck and short"
            " sleeves. it is a",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a green t-shirt and black shorts", who="the man"),
        title="Jockey Men Olive Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a knee-length navy terry bathrobe with a shawl collar, two patch pockets and a tied belt, no
    # hood, bare legs, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-012",
        caption("a man in a blue robe"),
        cloth("a coat", "contradiction"),
        BQ.garment_type("bathrobe"),
        color_of("robe", "navy blue"),
        details("robe", "the robe has a hood and two pockets", "unsupported"),
        BQ.material("terry cotton"),
        is_a("jacket", "no"),
        title="Spaces Men Navy Blue Bath Robe",
        category="Bath Robe",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white crew-neck t-shirt and red-and-navy tartan pyjama pants with a drawstring, full length,
    # barefoot, light grey backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-013",
        caption(
            "a man in a white t-shirt and plaid pajama pants standing in front of a grey wall, a man in a white t-shirt"
            " and plaid pajama pants standing in front of a grey wall, a man",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "white", "contradiction"),
        describe("pants", "red and blue plaid pajama pants with a drawstring waist"),
        BQ.pattern("checked"),
        wearing(
            "white t-shirt and red plaid pajama pants, white t-shirt and red plaid pajama pants, white t-shirt and red"
            " plaid",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        title="Marks & Spencer Men Red Checked Cotton Pyjamas",
        category="Pyjamas",
        color="Red",
        gender="Men",
    ),
    # photo: man in a fitted charcoal long-sleeve crew-neck thermal top (no zip, no thumb holes) with matching
    # charcoal thermal bottoms, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-014",
        caption("a man in a grey long sleeve shirt and grey pants"),
        wearing("she is wearing a grey sweater and grey leggings", "pronoun"),
        BQ.garment_type("thermal top"),
        BQ.sleeve_length("long sleeves"),
        color_of("top", "grey"),
        describe("top", "the top is a long sleeve crew neck with a zipper at the neck and thumb holes", "unsupported"),
        title="Lux Cozi Men Charcoal Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a black sleeveless scoop-neck vest and blue jeans, cropped at the thighs, white backdrop.
    # VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-015",
        caption("a man wearing a black tank top and blue jeans"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        BQ.color("black"),
        is_a("tank top", "yes"),
        details("vest", "the vest details are the details of the vest", "restated"),
        cloth("a blue tank top and blue jeans", "other_garment_color"),
        title="Dollar Bigboss Men Black Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: man in a plain white crew-neck t-shirt and navy lounge pants with thin white vertical pinstripes, a
    # drawstring and straight open hems, full length, white backdrop. VQA adapter; closed by --engine reference.
    case(
        "X1128-016",
        caption("a man in a white shirt and blue striped pants"),
        BQ.pattern("striped"),
        color_of("pants", "navy blue"),
        describe("pants", "white pants with a drawstring waist", "other_garment_color"),
        details("pants", "stripes, drawstring waist, elastic cuffs at the ankles", "unsupported"),
        wearing(
            "a white t-shirt with a round neck and short sleeves and navy blue pajama pants with thin white stripes and"
            " a drawstring at the waist and",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        title="Ed Hardy Men Navy Striped Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a grey melange t-shirt and red woven boxers with a small white bunny-logo print all over and an
    # elastic waistband, cropped at the knees, white backdrop. VQA adapter; closed by --engine reference.
    case(
        "X1128-017",
        caption("a man in a grey t-shirt and grey shorts", "other_garment_color"),
        color_of("boxers", "grey", "other_garment_color", kind="open"),
        BQ.pattern("printed"),
        describe("boxers", "red boxer shorts with a small white print all over"),
        is_a("pair of shorts", "yes"),
        details(
            "boxers",
            "the boxers are red with a white print and an elastic waistband Question: What is the color of the t-shirt?"
            " Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        title="Playboy Men Red Printed Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: two trunks, one black and one charcoal, both with a black waistband lettered JOCKEY in white, folded in
    # a clear plastic pack, no person, white backdrop. VQA adapter; closed by --engine reference.
    case(
        "X1128-018",
        caption("two pairs of black and grey underwear in a package"),
        BQ.garment_type("trunks"),
        BQ.color("black"),
        describe("trunks", "a pair of black shorts", "contradiction"),
        details("trunks", "two trunks in black and grey with a jockey logo on the waistband"),
        is_a("pack of trunks", "yes"),
        cloth("the person is wearing the cloth the person is wearing", "restated"),
        title="Jockey Men Pack of 2 Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck t-shirt printed "sleep mode" in blue on the chest and shorts with blue
    # and grey vertical stripes, cropped at the knees, white backdrop. VQA adapter; closed by --engine reference.
    case(
        "X1128-019",
        caption("a man in a grey t-shirt and striped shorts"),
        wearing("clothes", "non_answer", who="the man"),
        BQ.color("grey"),
        color_of("shorts", "grey"),
        details("t-shirt", "the t-shirt says good night and has a moon on it", "unsupported"),
        describe(
            "shorts",
            "the shorts are striped and the shorts are striped and the shorts are striped and the shorts are striped"
            " and the",
            "loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Men Grey Melange Striped Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: boy in a white t-shirt with a small blue car on the chest and red-and-white gingham pyjama pants with an
    # elastic waist, no fly, full length, white backdrop. VQA adapter; closed by --engine reference.
    case(
        "X1128-020",
        caption("a young girl wearing a white shirt and red checkered pants", "pronoun"),
        color_of("pants", "red"),
        wearing("a boy in a white shirt and red plaid pants", who="the boy"),
        describe("pants", "red and white checkered pajama pants with an elastic waistband"),
        BQ.pattern("striped", "contradiction"),
        is_a("pair of jeans", "no"),
        details("pants", "the pants have a zipper and a button at the waist", "unsupported"),
        title="YK Boys Red Checked Pyjamas",
        category="Pyjamas",
        color="Red",
        gender="Boys",
    ),
    # photo: boy in an orange t-shirt with a white tiger graphic, navy knit shorts with a white drawstring, no pockets,
    # cropped at the shins, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-021",
        caption("a little boy wearing an orange shirt and blue shorts"),
        color_of("shorts", "orange", "other_garment_color", kind="open"),
        BQ.color("navy blue"),
        wearing(
            "he is wearing an orange t-shirt with a white tiger on the front and navy blue shorts with a white"
            " drawstring, the t-shirt has short",
            "cut",
            who="the boy",
            hit_limit=True,
        ),
        details("shorts", "white drawstring, elastic waist, two side pockets and a back pocket", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Mothercare Boys Navy Blue Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man in a charcoal long-sleeve henley lounge t-shirt with a three-button placket and light grey lounge
    # pants, cropped at the thighs, white backdrop. VQA adapter: caption and open answers; closed by reference.
    case(
        "X1128-022",
        caption("a man in a dark grey henley shirt"),
        BQ.sleeve_length("long sleeves"),
        color_of("t-shirt", "grey"),
        describe("t-shirt", "t-shirt", "non_answer"),
        details(
            "t-shirt",
            "the t-shirt has long sleeves, a button placket with three buttons and a round neck, it is dark grey and"
            " fits the body with a",
            "cut",
            hit_limit=True,
        ),
        BQ.garment_type("sweater", "contradiction"),
        wearing("he is wearing a grey shirt and grey pants", who="the man"),
        title="Hanes Men Charcoal Henley Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a grey melange round-neck sleeveless vest and black track pants, cropped at the thighs, white
    # backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-023",
        caption("a man wearing a grey tank top and black pants"),
        color_of("vest", "black", "contradiction"),
        BQ.garment_type("vest"),
        describe("vest", "the vest is grey and has a v-neck", "unsupported"),
        is_a("t-shirt", "no"),
        cloth(
            "Question: What cloth is the person wearing? Answer: tank top Question: What cloth is the person wearing?"
            " Answer: tank top",
            "leak",
            hit_limit=True,
        ),
        title="Rupa Men Grey Melange Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man with bare torso, cropped chest to upper thigh, red briefs with a black waistband lettered "Calvin
    # Klein" in white, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-024",
        caption("a man in red underwear"),
        color_of("briefs", "red"),
        describe("briefs", "the briefs are black with white letters on the waistband", "contradiction"),
        details("briefs", "calvin klein logo on the waistband"),
        cloth("she is wearing red underwear", "pronoun"),
        BQ.material("cotton"),
        title="Calvin Klein Men Red Briefs",
        category="Briefs",
        color="Red",
        gender="Men",
    ),
    # photo: man with bare torso, navy trunks with a light grey waistband lettered "Levi's" in navy and a small red
    # tab on the left leg, cropped at mid-thigh, white backdrop. VQA adapter; closed by --engine reference.
    case(
        "X1128-025",
        caption("a man in blue boxer briefs"),
        wearing("blue shorts", "contradiction", who="the man"),
        color_of("trunks", "navy blue"),
        BQ.pattern("striped", "contradiction"),
        details(
            "trunks",
            "grey waistband, red tab on the leg, grey waistband, red tab on the leg, grey waistband, red tab on the"
            " leg, grey",
            "loop",
            hit_limit=True,
        ),
        describe("trunks", "navy blue trunks with a grey waistband"),
        title="Levis Men Navy Blue Trunks",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man barefoot in a maroon long-sleeve night shirt with a notch collar, white buttons and white piping on the
    # collar, pocket and cuffs, matching maroon pyjama pants, barefoot, full length, white backdrop. VQA adapter.
    case(
        "X1128-026",
        caption("a man in red pajamas"),
        wearing(
            "a red pajama shirt and red pajama pants with white trim and matching slippers",
            "unsupported",
            who="the man",
        ),
        BQ.color("maroon"),
        describe("night suit", "the night suit is the night suit", "restated"),
        details(
            "shirt",
            "white piping on the collar, the pocket and the cuffs, white buttons down the front, a long sleeve shirt"
            " with a notched collar and a",
            "cut",
            hit_limit=True,
        ),
        BQ.sleeve_length("long sleeves"),
        title="Hanes Men Maroon Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a navy crew-neck t-shirt and green-and-black checked lounge pants with a drawstring, full length,
    # white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-027",
        caption(
            "a man in a blue shirt and green plaid pants Question: What is the man wearing? Answer: a blue shirt and"
            " green plaid pants Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "navy blue", "contradiction"),
        BQ.pattern("checked"),
        describe("pants", "green and black plaid lounge pants with a drawstring"),
        wearing("a navy t-shirt and green checked pants", who="the man"),
        BQ.material("wool and cashmere", "unsupported"),
        title="U.S. Polo Assn. Men Green Checked Lounge Pants",
        category="Lounge Pants",
        color="Green",
        gender="Men",
    ),
    # photo: man in a white t-shirt and black lounge joggers with ribbed ankle cuffs and a drawstring, white
    # sneakers, full length, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-028",
        caption("a man in a white t-shirt and white sweatpants", "other_garment_color"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        BQ.garment_type("joggers"),
        details("joggers", "elastic cuffs at the ankle and a drawstring waist"),
        is_a("pair of jeans", "yes", "contradiction"),
        wearing(
            "white white white white white white white white white white white white white white white",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        title="Jockey Men Black Lounge Joggers",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: boy in a navy long-sleeve top and navy pants, both with a small white and yellow star print and white
    # ribbed cuffs, no graphic, full length, white backdrop. VQA adapter: caption and open; closed by reference.
    case(
        "X1128-029",
        caption("a little boy in blue pajamas with stars"),
        wearing("a boy", "non_answer", who="the boy"),
        BQ.pattern("printed"),
        color_of("pajamas", "navy blue"),
        describe("pajamas", "blue pajamas with white stars and a cartoon bear on the front", "unsupported"),
        BQ.sleeve_length("long sleeves"),
        title="Gini & Jony Boys Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: three kids' trunks fanned out flat, red, navy and grey melange, each with a white waistband, no person,
    # white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-030",
        caption("three pairs of boys underwear in red blue and grey"),
        BQ.color("red", "contradiction"),
        BQ.garment_type("trunks"),
        describe("trunks", "three trunks in red, navy and grey with white waistbands"),
        cloth("shorts", "contradiction"),
        details(
            "trunks",
            "the trunks have white elastic waistbands and come in three colors, red, navy blue and grey, they are laid"
            " flat on a white surface with",
            "cut",
            hit_limit=True,
        ),
        title="Bodycare Boys Pack of 3 Trunks",
        category="Trunk",
        color="Multi",
        gender="Boys",
    ),
    # photo: folded pyjama set, blue-and-white striped shirt with white piping laid on the matching striped pants,
    # no person, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-031",
        caption("a blue and white striped shirt folded on top of pants"),
        cloth("a blue and white striped shirt"),
        BQ.pattern("striped"),
        color_of("shirt", "blue"),
        describe(
            "pyjama set",
            "blue striped pajamas with a matching shirt and pants, blue striped pajamas with a matching shirt and"
            " pants, blue",
            "loop",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        BQ.material("satin", "contradiction"),
        title="Marks & Spencer Men Blue Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a white sleeveless vest and grey melange knit boxer shorts with a navy waistband, cropped at the
    # knees, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-032",
        caption("a man in a white tank top and grey shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        BQ.garment_type("boxers"),
        wearing("white vest and grey boxers", who="the man"),
        details("shorts", "shorts", "non_answer"),
        BQ.color("grey"),
        title="Jockey Men Grey Boxer Shorts",
        category="Boxers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in an off-white long-sleeve thermal top and matching off-white full-length thermal bottoms with
    # ribbed ankle cuffs, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-033",
        caption("a man in white long underwear"),
        BQ.garment_type("leggings"),
        color_of("bottoms", "white"),
        describe(
            "bottoms",
            "white long johns with ribbed cuffs at the ankles and an elastic waistband, they are fitted close to the"
            " legs and reach down to the",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and white pants", who="the man"),
        details("bottoms", "the details of the bottoms are the bottoms details", "restated"),
        title="Lux Cozi Men Off White Thermal Bottoms",
        category="Thermal Bottoms",
        color="Off White",
        gender="Men",
    ),
    # photo: man seen from the side in a white knee-length waffle-weave bathrobe with a shawl collar and a tied belt,
    # no hood, no embroidery, bare legs, white backdrop. VQA adapter; closed by --engine reference.
    case(
        "X1128-034",
        caption("a man in a white bathrobe"),
        wearing("a woman in a white robe", "pronoun"),
        BQ.garment_type("coat", "contradiction"),
        BQ.material("waffle cotton"),
        details(
            "robe",
            "shawl collar, belt, shawl collar, belt, shawl collar, belt, shawl collar, belt, shawl collar, belt, shawl"
            " collar",
            "loop",
            hit_limit=True,
        ),
        describe("robe", "white bathrobe with a hood and the name of a hotel embroidered on the chest", "unsupported"),
        title="Bombay Dyeing Men White Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy-and-white horizontal striped crew-neck short-sleeve lounge t-shirt and navy lounge shorts,
    # cropped at the knees, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-035",
        caption("a man wearing a navy and white striped t-shirt and navy shorts"),
        BQ.pattern("striped"),
        color_of("t-shirt", "navy blue"),
        BQ.sleeve_length("short sleeves"),
        describe("t-shirt", "a striped shirt with long sleeves and a collar", "contradiction"),
        wearing("Question: What is the man wearing? Answer: striped shirt", "leak", who="the man"),
        title="Jockey Men Navy & White Striped Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: boy of about eight in a white sleeveless round-neck vest and grey knit shorts, front view, white
    # backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-036",
        caption("a boy in a white tank top and grey shorts"),
        wearing(
            "white vest and grey shorts Question: What is the color of the vest? Answer: white Question: What is the"
            " color of",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        BQ.sleeve_length("sleeveless"),
        describe("vest", "she is wearing a white tank top", "pronoun"),
        is_a("tank top", "yes"),
        title="Jockey Boys White Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Boys",
    ),
    # photo: man in a white crew-neck t-shirt and royal blue lounge shorts with a white palm tree print and a
    # drawstring, no back or zip pockets, cropped at the knees, white backdrop. VQA adapter; closed by reference.
    case(
        "X1128-037",
        caption("a man in a white shirt and blue shorts with palm trees"),
        color_of("shorts", "blue"),
        BQ.pattern("printed"),
        describe(
            "shorts",
            "blue shorts with a white palm tree print all over, an elastic waistband with a white drawstring and a"
            " loose fit that ends above the",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "the shorts have a zip pocket at the back and a logo patch", "unsupported"),
        wearing("yes", "non_answer", who="the man"),
        title="Hanes Men Blue Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black t-shirt and camouflage lounge pants in olive, khaki and brown with a drawstring and side
    # seam pockets only, full length, white backdrop. VQA adapter: caption and open answers; closed by reference.
    case(
        "X1128-038",
        caption("a man in a black t-shirt and camouflage pants"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        BQ.pattern("camouflage"),
        BQ.color("olive"),
        describe(
            "pants",
            "camouflage pants in green and brown with a drawstring and pockets on the sides and on the legs",
            "unsupported",
        ),
        is_a("pair of jeans", "no"),
        wearing(
            "a t-shirt and a pair of pants and a t-shirt and a pair of pants and a t-shirt and a pair of pants and a",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        title="Roadster Men Olive Camouflage Lounge Pants",
        category="Lounge Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: man cropped navel to knee in black long-leg trunks reaching mid-thigh, black waistband lettered in
    # white, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-039",
        caption("a man in black boxer briefs"),
        BQ.garment_type("trunks"),
        color_of("trunks", "black"),
        describe("trunks", "the trunks are the trunks that the man is wearing", "restated"),
        details(
            "trunks",
            "Question: What are the trunks details? Answer: Question: What are the trunks details? Answer: Question:"
            " What are",
            "leak",
            hit_limit=True,
        ),
        cloth("a pair of shorts", "contradiction"),
        title="Jockey Men Black Long Leg Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: three sleeveless muscle vests fanned out flat, white, grey and black, no person, white backdrop.
    # VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-040",
        caption("three tank tops in white, grey and black"),
        BQ.garment_type("vest"),
        BQ.color("multicolor"),
        describe("vests", "a white tank top", "contradiction"),
        cloth("a man wearing a black tank top and black shorts", "unsupported"),
        BQ.sleeve_length("sleeveless"),
        title="Chromozome Men Pack of 3 Innerwear Vests",
        category="Innerwear Vests",
        gender="Men",
    ),
    # photo: boy in a green short-sleeve t-shirt with a large grey dinosaur graphic and green pyjama pants with a small
    # grey dinosaur print, full length, white backdrop. VQA adapter: caption and open; closed by --engine reference.
    case(
        "X1128-041",
        caption("a young boy in a green t-shirt with a dinosaur on it"),
        wearing(
            "a green t-shirt with a big grey dinosaur on the front and green pajama pants with small grey dinosaurs all"
            " over them, the t-shirt has short",
            "cut",
            who="the boy",
            hit_limit=True,
        ),
        color_of("t-shirt", "green"),
        details(
            "t-shirt",
            "dinosaur, dinosaur, dinosaur, dinosaur, dinosaur, dinosaur, dinosaur, dinosaur, dinosaur, dinosaur,"
            " dinosaur",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "the pants are blue with dinosaurs", "contradiction"),
        is_a("night suit", "yes"),
        BQ.sleeve_length("short sleeves"),
        title="Babyhug Boys Green Printed Night Suit",
        category="Night suits",
        color="Green",
        gender="Boys",
    ),
    # photo: man in a black crew-neck t-shirt and red-and-black buffalo check shorts with an elastic waist, no
    # pockets visible, cropped at the knees, white backdrop, no props. VQA adapter; closed by --engine reference.
    case(
        "X1128-042",
        caption("a man in a black shirt and red plaid shorts holding a cup of coffee", "unsupported"),
        color_of("shorts", "red"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        BQ.pattern("checked"),
        details("shorts", "the shorts have two back pockets with flaps and a button", "unsupported"),
        describe(
            "t-shirt",
            "the t-shirt is a black t-shirt with a round neck and short sleeves, the t-shirt is a black t-shirt with a"
            " round",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a black t-shirt and red checked shorts", who="the man"),
        title="Sweet Dreams Men Black & Red Night Suit",
        category="Night suits",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey melange t-shirt tucked in at the front and black jersey lounge pants with a wide black
    # waistband lettered "Calvin Klein" in white, full length, white backdrop. VQA adapter; closed by reference.
    case(
        "X1128-043",
        caption("a man in a grey t-shirt and black pants"),
        color_of("pants", "black"),
        describe("pants", "grey pants with a black waistband", "other_garment_color"),
        details("pants", "the waistband says calvin klein"),
        wearing("grey t-shirt tucked into black pants", who="the man"),
        BQ.material("leather", "unsupported"),
        title="Calvin Klein Men Black Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man with bare torso, cropped chest to mid-thigh, white briefs with a contoured pouch, high-cut legs and
    # a white waistband lettered in grey, white backdrop. VQA adapter: caption and open; closed by reference.
    case(
        "X1128-044",
        caption("a man in white underwear standing in front of a white wall"),
        color_of("briefs", "white"),
        describe("briefs", "briefs", "non_answer"),
        details(
            "briefs",
            "the briefs have a white elastic waistband with grey lettering, a contoured pouch at the front and high cut"
            " legs for a comfortable fit that stays in",
            "cut",
            hit_limit=True,
        ),
        cloth("white underwear"),
        BQ.material("nylon", "contradiction"),
        title="Jockey Men White Cotton Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: man in a beige short-sleeve henley with a two-button placket and beige joggers with ribbed cuffs and
    # side pockets, barefoot, full length, white backdrop. VQA adapter; closed by --engine reference.
    case(
        "X1128-045",
        caption("a man in a beige t-shirt and beige sweatpants"),
        BQ.color("beige"),
        wearing(
            "a beige shirt and beige pants Question: Is this a night suit? Answer: yes Question: What is the color of"
            " the shirt? Answer: beige",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        describe("t-shirt", "the t-shirt is white with two buttons at the neck", "contradiction"),
        BQ.sleeve_length("short sleeves"),
        details("joggers", "ribbed cuffs at the ankles, drawstring waist, side pockets"),
        title="Bene Kleed Men Beige Henley Lounge Set",
        color="Beige",
        gender="Men",
    ),
    # photo: boy in a white t-shirt and light blue knit boxer shorts with a small navy anchor print, cropped at the
    # knees, white backdrop. VQA adapter: caption and open answers; closed by --engine reference.
    case(
        "X1128-046",
        caption("a little boy in a white shirt and blue shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        BQ.pattern("printed"),
        describe("shorts", "light blue shorts with a small anchor print"),
        details("shorts", "the shorts details are shorts details", "restated"),
        wearing("a white t-shirt and blue boxer shorts with anchors", who="the boy"),
        is_a("pair of shorts", "yes"),
        title="Jockey Boys Blue Printed Boxer Shorts",
        category="Boxers",
        color="Blue",
        gender="Boys",
    ),
]
