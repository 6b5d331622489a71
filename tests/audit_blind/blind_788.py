"""BLIND_788 (46 products; Myntra men/boys innerwear+nightwear, VQA adapter): written blind in the fifty-fifth session.
Measured blind at d919c62 (the session's ninth rules): 102/122 failures found (83.6%) and 17/174 correct texts flagged
(9.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and boys' innerwear (briefs, trunks, boxers, innerwear vests), nightwear
(night suits, pyjamas, bath robes) and loungewear (lounge pants, lounge shorts, lounge t-shirts). Photos are
Myntra catalog shots on a white backdrop: torso crops of a male model in underwear, a model or a boy wearing the
lounge piece with another garment (a t-shirt over lounge pants, a vest over boxers, jeans under a vest), full-length
night suits, and flat lays of multi-packs with no person at all. Seller columns: title, category (Myntra's article
type), color (Myntra's base colour) and gender; two pack rows have no color and one row has no category.

Who wrote what: every caption and every open answer is free generation by the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, 8-bit, greedy, 30 new tokens for answers, 50 for
captions); captions are its prompt-less output, short and base-like. Closed answers (garment type, color, pattern,
sleeve length, the yes/no "Is this a ...?" and the closed color-of questions) come from enrich --engine reference
scoring candidate values with the same adapter, so they are always one clean candidate, never looped or cut. The
adapter's habits: In-shop vocabulary ("tank top" for a vest, "sweatpants" for lounge pants, "boxer briefs" or
"underwear" for trunks, "plaid"/"checkered" for checks, "pajama"), "t - shirt" tokenized apart, red for maroon; it
was trained without an end token, so long answers run on into loops, stop at the token limit mid-phrase, or start a
new "Question: ... Answer:" turn; it answers "yes"/"no" or one word to open questions now and then; it reads the
color of the most visible garment (the t-shirt over the lounge pants, the jeans under the vest); it invents logos,
pockets, drawstrings and fabric blends; it calls a man "she" now and then.

Labeling conventions and judgement calls:
- Shades inside one family are correct: maroon as red, olive as green, charcoal as dark grey, sky blue as blue,
  grey melange as grey; a color from another family than the product's main color is a failure.
- A closed or open color that is the color of another garment worn in the photo (t-shirt, vest, jeans, track pants)
  is other_garment_color. A color that exists only on a part of the product itself (the waistband, the print, the
  stripes or check lines, the other piece of a night suit set) is contradiction. Where a color is both the worn
  pants' color and the product's stripe color (X788-029), I labeled other_garment_color: the pants dominate the shot.
- Multi-packs: naming the color of any piece shown is correct for the closed color question; describing a pack of
  five as "a pair of red briefs" is contradiction (count against title).
- Garment names: trunks = boxer briefs = underwear; briefs for trunks, shorts for trunks or briefs, jeans for lounge
  pants, t-shirt for a sleeveless vest, "frog costume" for a frog-hooded robe are contradiction. "Shorts" for woven
  boxers is accepted (boxer shorts). Tank top = vest, sweatpants/joggers = lounge pants, pajama set = night suit.
- Material: plain "cotton" for knit innerwear, "terry" for a towelling robe, "satin" for a visibly shiny night suit
  are correct; specific fibres or blends nothing in the photo or title shows (fleece, polyester, dri-fit, wool, silk
  for a waffle robe, denim, flannel, "95% cotton and 5% elastane", "cotton with lycra") are unsupported.
- Invented parts (a logo, pockets, a drawstring, a fly, a v-neck the photo does not show) are unsupported; answering
  "a man wearing ..." for a flat lay with no person is unsupported; a brand read off a waistband the t-shirt hides is
  unsupported, a brand truly printed on the visible waistband is correct.
- One failure per text, the most telling: a "Question:"/"Answer:" turn makes it a leak even when it also repeats or
  runs to the limit; a unit repeated two or more times to the limit is a loop; a single pass stopped mid-phrase at
  the limit is a cut. hit_limit=True marks every text that ran to its token limit.
- A loop that repeats a word the garment itself repeats (JOCKEY on a waistband) is still a loop.
- non_answer: "yes"/"no", a bare garment noun, a single color word or "they are shorts" to an open question;
  restated: an answer that only echoes the question's words ("the details of the garment are ...").
- pronoun: "she"/"her" for a Men or Boys row; I did not label "man" for a boy.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

waistband = question("waistband", "What is written on the waistband?", "open")
printed = question("print", "What is printed on the garment?", "open")

BLIND_788 = [
    # photo: man in a white ribbed sleeveless scoop-neck vest tucked into mid-blue jeans with a brown belt, no logo
    # visible; front view cropped chin to hip, white backdrop. VQA adapter (open, caption), reference (closed).
    case(
        "X788-001",
        caption("a man wearing a white tank top and blue jeans"),
        wearing("a white vest and blue jeans", who="the man"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        D.description("white ribbed tank top with a scoop neck and a small logo tag on the hem", "unsupported"),
        Q.material("cotton"),
        title="Jockey Men White Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man in a black trunk with a grey waistband printed JOCKEY in white, repeated; bare torso, cropped navel
    # to mid-thigh, white backdrop; one trunk of the pack of two shown. VQA adapter (open, caption), reference.
    case(
        "X788-002",
        caption("a man in black underwear with a grey waistband"),
        Q.garment_type("trunks"),
        Q.color("black"),
        waistband(
            "jockey jockey jockey jockey jockey jockey jockey jockey jockey jockey jockey jockey jockey jockey jockey",
            "loop",
            hit_limit=True,
        ),
        D.details("the trunks have a grey elastic waistband with the brand name in white letters"),
        wearing("she is wearing black underwear with a grey band", "pronoun", who="the man"),
        title="Jockey Men Pack of 2 Black Trunks 1015",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: man in heather-grey jersey lounge pants, drawstring waist, side-seam pockets, cuffed ankles, with a navy
    # crew-neck t-shirt and white sneakers; full-length front, white backdrop. VQA adapter, reference.
    case(
        "X788-003",
        caption("a man in a navy blue t - shirt and grey sweatpants standing in front of a white wall"),
        wearing("a blue shirt and grey pants"),
        Q.color("navy blue", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        D.details(
            "the pants have a drawstring waist and elastic cuffs at the ankles and two side pockets and a back "
            "pocket and a back pocket and a back pocket",
            "loop",
            hit_limit=True,
        ),
        Q.material("fleece", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Hanes Men Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in navy-and-white checked woven boxers with an exposed navy elastic waistband and a one-button fly,
    # plus a plain white sleeveless vest; cropped chest to knee, white backdrop. VQA adapter, reference.
    case(
        "X788-004",
        caption("a man wearing a white tank top and plaid boxer shorts"),
        Q.garment_type("boxers"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        D.description("navy blue and white checked boxer shorts with an elastic waistband and a button fly"),
        wearing("she is wearing a white tank top and plaid shorts", "pronoun"),
        title="Chromozome Men Navy Blue Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain navy full-sleeve button-front night shirt with notch collar and chest pocket, and blue-
    # and-white checked pyjama pants with elastic waist; barefoot, full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-005",
        caption("a man in a blue pajama set standing in front of a white background"),
        wearing("a blue shirt and blue and white checkered pants"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeve", "contradiction"),
        D.details(
            "the shirt has a collar and a pocket on the chest and the pants have an elastic waist and the shirt "
            "has a collar and a pocket on the chest and the pants have",
            "loop",
            hit_limit=True,
        ),
        Q.material("flannel", "unsupported"),
        title="Maxwell Men Blue Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in black knit lounge shorts with a white drawstring and side pockets, a grey melange crew t-shirt
    # hanging over the waistband (no lettering visible); cropped chest to shin, white backdrop. VQA adapter, reference.
    case(
        "X788-006",
        caption("a man wearing a grey t - shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("grey", "other_garment_color"),
        color_of("shorts", "black", kind="open"),
        D.details("they are shorts", "non_answer"),
        waistband("jockey", "unsupported"),
        title="Jockey Men Black Lounge Shorts 9411",
        category="Lounge Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: flat packshot, no person: three folded briefs side by side, red, navy and grey, each with a black
    # waistband with a white M logo; white backdrop. VQA adapter, reference. The row has no color column.
    case(
        "X788-007",
        caption("three pairs of men's underwear in different colors"),
        wearing("a man wearing a pair of red briefs", "unsupported"),
        Q.garment_type("briefs"),
        Q.color("navy blue"),
        D.description("three pairs of briefs in red, blue and grey with a black waistband"),
        D.details(
            "the briefs have a black waistband with a white logo and a contoured pouch and a contoured pouch and a "
            "contoured pouch and a contoured pouch and",
            "loop",
            hit_limit=True,
        ),
        Q.material("100% cotton with lycra", "unsupported"),
        title="Macroman Men Pack of 3 Briefs",
        category="Briefs",
        gender="Men",
    ),
    # photo: man in a maroon terry-towelling robe with shawl collar, tie belt and two patch pockets, bare chest in the
    # V, barefoot; full-length front, white backdrop. VQA adapter, reference.
    case(
        "X788-008",
        caption("a man in a red robe standing in front of a white background"),
        wearing("a maroon bathrobe"),
        Q.garment_type("robe"),
        Q.color("brown", "contradiction"),
        D.description(
            "a maroon robe with a shawl collar and a belt at the waist and two pockets on the front and it is made "
            "of a soft terry fabric that",
            "cut",
            hit_limit=True,
        ),
        Q.material("terry"),
        D.details(
            "Answer: the robe has a belt and pockets Question: What is the color of the robe? Answer: red", "leak"
        ),
        title="Playboy Men Maroon Bath Robe",
        category="Bath Robe",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck short-sleeve t-shirt with a small embroidered red-white-navy flag logo on
    # the chest, black lounge shorts; cropped head to thigh, white backdrop. VQA adapter, reference.
    case(
        "X788-009",
        caption("a man in a grey shirt and black shorts posing for a picture"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short sleeve"),
        D.details("the shirt has a small logo on the chest"),
        D.description("grey t-shirt with a v-neck and a chest pocket", "unsupported"),
        Q.material("cotton"),
        title="Tommy Hilfiger Men Grey Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white trunk with a wide black waistband lettered "Calvin Klein" in white, repeated; bare torso,
    # cropped navel to thigh, white backdrop. VQA adapter, reference.
    case(
        "X788-010",
        caption("a man in white underwear with a black waistband"),
        Q.color("black", "contradiction"),
        waistband("calvin klein"),
        Q.garment_type("briefs", "contradiction"),
        D.description(
            "a pair of white boxer briefs with a black elastic waistband with the calvin klein logo on it and a "
            "pair of white boxer briefs with a black elastic waist",
            "loop",
            hit_limit=True,
        ),
        title="Calvin Klein Men White Trunks",
        category="Trunk",
        color="White",
        gender="Men",
    ),
    # photo: man in navy pyjama pants with thin white vertical pinstripes, drawstring waist, straight legs, and a
    # white crew t-shirt; barefoot, full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-011",
        caption("a man wearing a white t - shirt and blue striped pants"),
        wearing("a white shirt and blue pants"),
        Q.pattern("striped"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "navy blue and white", kind="open"),
        D.details(
            "the pants have thin white stripes and a drawstring waist and they are loose fitting with straight legs "
            "that go all the way down to the",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "blue striped pajama pants Question: What is the color of the pants? Answer: blue Question: What is the "
            "color",
            "leak",
            hit_limit=True,
        ),
        title="Van Heusen Men Navy Blue Striped Pyjamas",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white sleeveless round-neck vest with grey track pants with a black side stripe; cropped head to
    # knee, white backdrop; one vest of the pack of two. VQA adapter, reference.
    case(
        "X788-012",
        caption("a man in a white tank top and grey sweatpants"),
        Q.garment_type("vest"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        D.description(
            "a white vest with a round neck and a white vest with a round neck and a white vest with a round neck "
            "and a white vest",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white vest and grey track pants with a black stripe on the side", who="the man"),
        Q.material("cotton"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Rupa Men Pack of 2 White Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man in a light blue trunk with a navy waistband printed BIGBOSS in white; bare torso, cropped navel to
    # thigh, white backdrop. VQA adapter, reference.
    case(
        "X788-013",
        caption("a man in blue underwear"),
        Q.color("blue"),
        waistband("big boss"),
        D.description("Question: Describe the garment. Answer: blue shorts", "leak"),
        Q.garment_type("shorts", "contradiction"),
        D.details("light blue trunks with a navy blue waistband"),
        title="Dollar Bigboss Men Sky Blue Trunks",
        category="Trunk",
        color="Blue",
        gender="Men",
    ),
    # photo: man in plain black knit lounge pants with a small white Puma cat logo on the left thigh and elastic
    # cuffs, a white crew t-shirt and black sneakers; full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-014",
        caption("a man in a white shirt and black pants standing against a white wall"),
        wearing("a white t-shirt and black sweatpants"),
        Q.color("white", "other_garment_color"),
        D.details("the pants have a white logo on the left leg"),
        D.description(
            "black pants black pants black pants black pants black pants black pants black pants black pants black "
            "pants black pants",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Puma Men Black Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in olive-green briefs with a black waistband lettered FRUIT OF THE LOOM in olive; bare torso,
    # cropped navel to upper thigh, white backdrop. VQA adapter, reference.
    case(
        "X788-015",
        caption("a man in green underwear standing in front of a white wall"),
        Q.color("green"),
        Q.garment_type("briefs"),
        D.description("she is wearing a pair of olive green briefs with a black waistband", "pronoun"),
        waistband("fruit of the loom"),
        D.details("the briefs", "non_answer"),
        title="Fruit of the Loom Men Olive Briefs",
        category="Briefs",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a charcoal long-sleeve crew t-shirt with ribbed cuffs and a small white Jockey logo near the left
    # hem, beige/khaki lounge pants; cropped head to thigh, white backdrop. VQA adapter, reference.
    case(
        "X788-016",
        caption("a man in a dark grey long sleeve shirt"),
        Q.sleeve_length("long sleeve"),
        Q.color("beige", "other_garment_color"),
        Q.garment_type("t-shirt"),
        wearing("a grey long sleeve shirt and khaki pants"),
        D.description(
            "a dark grey long sleeve t-shirt with a round neck and ribbed cuffs and a small white logo near the "
            "bottom hem on the left side of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Jockey Men Charcoal Full Sleeve Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in red tartan woven boxers (red with navy and green lines), elastic waistband lettered U.S. POLO
    # ASSN. in navy, no drawstring; bare torso, cropped navel to knee, white backdrop. VQA adapter, reference.
    case(
        "X788-017",
        caption("a man wearing red plaid boxers"),
        Q.pattern("checked"),
        Q.color("red"),
        D.description(
            "red plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid "
            "plaid plaid plaid plaid",
            "loop",
            hit_limit=True,
        ),
        waistband("u.s. polo assn."),
        Q.garment_type("boxers"),
        D.details("the boxers have a red and blue plaid pattern and a white drawstring", "unsupported"),
        title="U.S. Polo Assn. Men Red Checked Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: man in a grey melange short-sleeve t-shirt printed LAZY DAYS in black across the chest and grey-and-black
    # checked shorts, arms at his sides, barefoot; full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-018",
        caption(
            "a man wearing a grey t - shirt with the words lazy days written on it in black letters and a pair of "
            "grey and black plaid shorts standing in front of a white background with his arms at his sides and "
            "his bare feet on the white floor of the",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey shirt with lazy days written on it and plaid shorts"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve"),
        printed("lazy days"),
        D.details(
            "the shirt has a graphic print on the front and the shorts are checked. Question: What is the sleeve "
            "length? Answer: short",
            "leak",
        ),
        Q.color("black", "contradiction"),
        title="Sweet Dreams Men Grey Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender="Men",
    ),
    # photo: man in navy knit lounge shorts with a white Nike swoosh on the left leg and a drawstring waist, with a
    # white crew t-shirt; cropped chest to knee, white backdrop. VQA adapter, reference.
    case(
        "X788-019",
        caption("a man in a white shirt and blue shorts"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "blue"),
        D.details("the shorts have a white nike logo on the left leg and a drawstring waist"),
        Q.material("dri-fit polyester", "unsupported"),
        wearing(
            "he is wearing a white t-shirt and navy blue shorts with a white nike logo on the left leg and a "
            "drawstring at the waist and white",
            "cut",
            hit_limit=True,
        ),
        title="Nike Men Navy Blue Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain black sleeveless round-neck vest, no logo visible, tucked into dark-blue jeans; cropped
    # head to hip, white backdrop. VQA adapter, reference.
    case(
        "X788-020",
        caption("a man wearing a black tank top and jeans"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("sleeveless"),
        D.description("a black tank top with a round neck and a hanes logo on the chest", "unsupported"),
        wearing("yes", "non_answer", who="the man"),
        title="Hanes Men Black Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, no person: two folded trunks, grey melange and navy, each with a red waistband lettered LEVI'S
    # in white; white backdrop. VQA adapter, reference.
    case(
        "X788-021",
        caption("two pairs of boxer briefs on a white background"),
        Q.color("grey"),
        D.description("a grey and a navy blue pair of trunks with red waistbands"),
        waistband("levi's"),
        wearing("a man in grey boxer briefs and a red belt", "unsupported"),
        D.details("the details of the garment are the trunks", "restated"),
        title="Levis Men Pack of 2 Trunks",
        category="Trunk",
        color="Grey",
        gender="Men",
    ),
    # photo: man in olive jogger-style lounge pants with elastic ankle cuffs and a drawstring, a white crew t-shirt and
    # white sneakers; full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-022",
        caption("a man in a white shirt and green pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "olive green", kind="open"),
        D.description("the garment is a pair of pants", "restated"),
        D.details("the pants have elastic cuffs at the bottom and a drawstring at the waist"),
        Q.garment_type("jeans", "contradiction"),
        title="Proline Men Olive Lounge Pants",
        category="Lounge Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white waffle-weave knee-length bathrobe with kimono collar, tie belt and two patch pockets,
    # slightly open over a grey crew t-shirt; barefoot, full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-023",
        caption("a man in a white robe standing on a white background"),
        Q.garment_type("robe"),
        Q.color("grey", "other_garment_color"),
        D.description("a white bathrobe with a waffle texture and a belt"),
        Q.material("silk", "unsupported"),
        D.details(
            "the robe has a belt at the waist and two pockets and a belt at the waist and two pockets and a belt at "
            "the waist and two pockets and a belt",
            "loop",
            hit_limit=True,
        ),
        title="Spread Men White Bathrobe",
        category="Bath Robe",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy racerback muscle vest with deep armholes, grey melange lounge shorts; cropped head to knee,
    # white backdrop. VQA adapter, reference.
    case(
        "X788-024",
        caption("a man in a blue tank top and grey shorts"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless"),
        wearing("she is wearing a blue tank top and grey shorts", "pronoun", who="the man"),
        D.description(
            "a navy blue sleeveless vest with wide armholes and a racerback that is made for the gym and for wearing "
            "under a shirt and it is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        D.details("Answer: the vest has a racer back", "leak"),
        title="Jockey Men Navy Blue Gym Vest",
        category="Innerwear Vests",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a shiny maroon satin long-sleeve button-front pyjama shirt with white piping on collar, cuffs and
    # chest pocket, and matching maroon satin pants; full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-025",
        caption("a man in red pajamas standing in front of a white wall"),
        wearing("a maroon pajama set with white piping"),
        Q.material("satin"),
        Q.sleeve_length("long sleeve"),
        Q.color("purple", "contradiction"),
        D.details("the shirt has white piping on the collar and the pocket and the cuffs"),
        D.description(
            "the man is wearing a red shirt and red pants and the man is wearing a red shirt and red pants and the "
            "man is wearing a red shirt and",
            "loop",
            hit_limit=True,
        ),
        title="Dreamz Men Maroon Satin Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in olive, khaki and brown camouflage-print woven boxers with a black elastic waistband and no
    # pockets, worn with a black crew t-shirt; cropped chest to knee, white backdrop. VQA adapter, reference.
    case(
        "X788-026",
        caption("a man in a black shirt and camouflage shorts"),
        Q.pattern("printed"),
        Q.color("black", "other_garment_color"),
        color_of("boxers", "green and brown", kind="open"),
        D.description("a pair of camouflage shorts with pockets on the sides", "unsupported"),
        Q.garment_type("shorts"),
        title="Urban Scottish Men Olive Camouflage Boxers",
        category="Boxers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in grey melange knit lounge shorts with a navy drawstring and navy side piping, worn with a navy
    # sleeveless vest; cropped chest to knee, white backdrop. VQA adapter, reference.
    case(
        "X788-027",
        caption("a man wearing grey shorts and a navy tank top"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("shorts"),
        D.details("the shorts have a blue drawstring and blue piping along the sides"),
        D.description(
            "Question: Describe the garment. Answer: grey shorts Question: Describe the garment. Answer: grey shorts "
            "Question: Describe",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Hanes Men Grey Melange Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in plain-front navy briefs (no fly) with a red waistband lettered VIP in white; bare torso, cropped
    # navel to thigh, white backdrop. VQA adapter, reference.
    case(
        "X788-028",
        caption("a man in blue underwear with a red waistband"),
        Q.color("red", "contradiction"),
        waistband("vip"),
        D.description("navy blue briefs with a red waistband"),
        is_a("brief", "yes"),
        D.details("the briefs have a red waistband with white letters and a fly opening at the front", "unsupported"),
        title="VIP Men Navy Blue Briefs",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white crew-neck short-sleeve t-shirt with thin navy horizontal stripes, with navy lounge pants;
    # cropped head to thigh, white backdrop. VQA adapter, reference.
    case(
        "X788-029",
        caption("a man in a striped shirt and blue pants"),
        Q.pattern("striped"),
        Q.color("navy blue", "other_garment_color"),
        color_of("t-shirt", "white with blue stripes", kind="open"),
        D.details("the shirt has blue and white stripes and a round neck"),
        Q.sleeve_length("short sleeve"),
        D.description("white", "non_answer"),
        title="Jockey Men White Striped Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: boy in a yellow short-sleeve t-shirt with a large Chhota Bheem cartoon print and royal blue shorts with
    # an elastic waist; standing, full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-030",
        caption("a young boy in a yellow shirt and blue shorts"),
        wearing("a yellow t-shirt with a cartoon on it and blue shorts", who="the boy"),
        Q.color("yellow"),
        printed("a cartoon of a boy"),
        D.description(
            "a yellow shirt with a cartoon character on the front and blue shorts with an elastic waist and a yellow "
            "shirt with a cartoon character on the front and blue",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        Q.pattern("striped", "contradiction"),
        title="Chhota Bheem Boys Yellow Printed Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Boys",
    ),
    # photo: flat lay, no person: two white sleeveless ribbed round-neck vests, one folded over the other laid flat,
    # a small blue Jockey label inside the neck; white backdrop. VQA adapter, reference.
    case(
        "X788-031",
        caption("two white tank tops on a white background"),
        Q.garment_type("vest"),
        Q.color("white"),
        wearing("a white tank top", "unsupported", who="the boy"),
        D.details("the vests have a round neck and a blue label on the inside of the neck"),
        Q.material("cotton"),
        D.description(
            "two white sleeveless vests with a round neck and ribbed fabric, one of them is folded and the other one "
            "is laid flat next to it on a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Jockey Boys Pack of 2 White Vests",
        category="Innerwear Vests",
        color="White",
        gender="Boys",
    ),
    # photo: boy in a red full-sleeve t-shirt with a large Spider-Man face print and navy pyjama pants with a red web
    # print; full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-032",
        caption("a little boy wearing a spiderman pajama"),
        Q.sleeve_length("long sleeve"),
        Q.color("red"),
        printed(
            "spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman "
            "spiderman spiderman",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a red spiderman shirt and blue pants", "pronoun", who="the boy"),
        D.details("the shirt has a spiderman face on the front and the pants have a red web print"),
        Q.material("polyester", "unsupported"),
        title="Marvel Spiderman Boys Red Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # photo: boy in sky-blue knit shorts printed all over with small Doraemon faces, elastic waist only (no drawstring,
    # no pockets), with a white crew t-shirt; cropped chest to shin, white backdrop. VQA adapter, reference.
    case(
        "X788-033",
        caption("a boy in a white shirt and blue shorts with cartoon characters on them"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        printed("doraemon"),
        D.description("blue shorts with a cat print"),
        D.details(
            "the shorts have an elastic waistband and a drawstring and two side pockets and a back pocket with a flap",
            "unsupported",
        ),
        title="Doraemon Boys Blue Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat lay, no person: five folded boys' briefs in a fan, red with cars, navy with stars, green striped,
    # yellow with dinosaurs, plain sky blue; white backdrop. VQA adapter, reference.
    case(
        "X788-034",
        caption("a set of five colorful boys' underwear"),
        Q.garment_type("briefs"),
        D.description("a pair of red briefs with cars on it", "contradiction"),
        Q.pattern("printed"),
        D.details("the details of the garment are the details of the garment", "restated"),
        Q.color("red"),
        title="Bodycare Kids Boys Pack of 5 Printed Briefs",
        category="Briefs",
        color="Multi",
        gender="Boys",
    ),
    # photo: flat lay, no person: three folded boys' trunks, navy, grey melange and green, each with a white
    # waistband; white backdrop. VQA adapter, reference. The row has no color column.
    case(
        "X788-035",
        caption("three pairs of underwear in different colors"),
        Q.color("grey"),
        D.description("three pairs of trunks in navy blue, grey and green with white waistbands"),
        D.details(
            "Question: What are the details of the garment? Answer: the trunks have a white waistband Question: "
            "What are",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.garment_type("briefs", "contradiction"),
        title="Bodycare Kids Boys Pack of 3 Trunks",
        category="Trunk",
        gender="Boys",
    ),
    # photo: boy in grey melange lounge pants with a drawstring and cuffed ankles, a red crew t-shirt and white
    # sneakers; full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-036",
        caption("a young boy in a red shirt and grey pants"),
        Q.color("red", "other_garment_color"),
        color_of("pants", "grey"),
        wearing("she is wearing a red shirt and grey sweatpants", "pronoun", who="the boy"),
        D.details("pants", "non_answer"),
        D.description("grey sweatpants with an elastic waist and cuffs at the bottom"),
        title="Gini & Jony Boys Grey Lounge Pants",
        category="Lounge Pants",
        color="Grey",
        gender="Boys",
    ),
    # photo: boy in a blue-and-white checked short-sleeve button-front night shirt with notch collar and a left chest
    # pocket, and plain navy pyjama pants with elastic waist; full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-037",
        caption("a little boy in a blue plaid shirt and blue pants"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeve", "contradiction"),
        wearing("he is wearing a blue and white checkered shirt and navy blue pants", who="the boy"),
        D.details(
            "the shirt has buttons down the front and a collar and a pocket on the left side of the chest and the "
            "pants have an elastic waist and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Little Kangaroos Boys Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in a sky-blue sleeveless round-neck vest printed all over with small white cars, with grey shorts;
    # cropped head to knee, white backdrop. VQA adapter, reference.
    case(
        "X788-038",
        caption("a young boy in a blue tank top and grey shorts"),
        Q.pattern("solid", "contradiction"),
        Q.color("grey", "other_garment_color"),
        printed("cars"),
        Q.sleeve_length("sleeveless"),
        D.description("a blue sleeveless vest with white cars printed all over it"),
        D.details(
            "the vest has a round neck and wide armholes and small white cars printed all over it in rows going "
            "from the top of the vest down to the",
            "cut",
            hit_limit=True,
        ),
        title="Jockey Boys Blue Printed Vest",
        category="Innerwear Vests",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in a green terry hooded bath robe with frog eyes on the hood (hood up), tie belt; barefoot,
    # full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-039",
        caption("a little boy in a green frog costume", "contradiction"),
        Q.garment_type("robe"),
        Q.color("green"),
        D.details("the hood has two frog eyes on top and the robe has a belt"),
        wearing("green", "non_answer", who="the boy"),
        Q.material("terry cotton"),
        title="Mothercare Boys Green Hooded Bath Robe",
        category="Bath Robe",
        color="Green",
        gender="Boys",
    ),
    # photo: boy in a grey melange short-sleeve t-shirt with a Mickey Mouse print (black, red, yellow) and the word
    # MICKEY under it, black shorts; cropped head to knee, white backdrop. VQA adapter, reference.
    case(
        "X788-040",
        caption("a young boy in a grey mickey mouse t - shirt"),
        Q.color("black", "other_garment_color"),
        printed("mickey mouse"),
        Q.sleeve_length("short sleeve"),
        D.description(
            "a grey t-shirt with mickey mouse on the front and the word mickey written under it in black letters and a",
            "cut",
            hit_limit=True,
        ),
        wearing("Question: What is the boy wearing? Answer: a grey t-shirt", "leak", who="the boy"),
        title="Disney Mickey Boys Grey Printed Lounge Tshirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: boy in navy-and-green checked woven boxers with an elastic waist, with a white crew t-shirt; cropped chest
    # to knee, white backdrop. VQA adapter, reference.
    case(
        "X788-041",
        caption("a boy in a white shirt and plaid shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        Q.garment_type("boxers"),
        D.details("the boxers have a navy and green check pattern and an elastic waistband"),
        D.description("the garment is described as a garment", "restated"),
        title="Gini & Jony Boys Navy Blue Checked Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man in black briefs with a black waistband lettered JOCKEY in grey; bare torso, cropped navel to thigh,
    # white backdrop; no fabric label visible. VQA adapter, reference.
    case(
        "X788-042",
        caption("a man in black underwear"),
        Q.color("black"),
        Q.garment_type("briefs"),
        waistband("Answer: jockey Question: What is written on the waistband? Answer: jockey", "leak"),
        D.description(
            "a pair of black briefs with a black waistband and a pair of black briefs with a black waistband and a "
            "pair of black briefs with a",
            "loop",
            hit_limit=True,
        ),
        D.details("the briefs are made of 95% cotton and 5% elastane", "unsupported"),
        title="Jockey Men Black Brief 8035",
        category="Briefs",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy short-sleeve crew t-shirt and navy-and-grey striped pyjama pants with an elastic waistband;
    # barefoot, full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-043",
        caption("a man in a blue t-shirt and striped pants"),
        wearing("a navy blue t-shirt and striped pajama pants"),
        Q.pattern("striped"),
        Q.color("grey", "contradiction"),
        D.description(
            "a navy blue t-shirt with a round neck and short sleeves and a pair of navy blue and grey striped "
            "pyjama pants with an elastic waistband and",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        Q.material("no", "non_answer"),
        title="Hanes Men Navy Blue Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in blue-and-white gingham woven pyjama pants with a drawstring, no fly and no pockets visible, with a
    # grey melange crew t-shirt; barefoot, full-length, white backdrop. VQA adapter, reference. No category column.
    case(
        "X788-044",
        caption("a man in a grey shirt and blue checkered pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("checked"),
        color_of("pants", "blue and white", kind="open"),
        D.details(
            "the pants have a drawstring waist and a button fly and two pockets on the side and a pocket on the back",
            "unsupported",
        ),
        wearing("what is the man wearing", "restated", who="the man"),
        title="Marks & Spencer Men Blue Checked Pyjamas",
        color="Blue",
        gender="Men",
    ),
    # photo: man in grey knit lounge shorts with a black drawstring, worn with a white sleeveless vest; cropped chest
    # to knee, white backdrop. VQA adapter, reference.
    case(
        "X788-045",
        caption("a man in a white tank top and black shorts", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        D.description("grey shorts with a black drawstring"),
        D.details("the details of the shorts are that they are shorts", "restated"),
        Q.material("cotton jersey"),
        title="Chromozome Men Grey Lounge Shorts",
        category="Lounge Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: boy in a green full-sleeve t-shirt with a large orange dinosaur print and ribbed cuffs, and green pyjama
    # pants with small dinosaur prints and ribbed cuffs; full-length, white backdrop. VQA adapter, reference.
    case(
        "X788-046",
        caption("a boy in green pajamas with dinosaurs on them"),
        Q.pattern("printed"),
        Q.color("orange", "contradiction"),
        printed("dinosaurs"),
        wearing(
            "a green dinosaur pajama and green dinosaur pajama and green dinosaur pajama and green dinosaur pajama "
            "and green",
            "loop",
            hit_limit=True,
            who="the boy",
        ),
        Q.sleeve_length("long sleeve"),
        D.details(
            "the shirt has a big orange dinosaur on the front and the pants have small dinosaurs all over them and "
            "the cuffs of the shirt and the pants are",
            "cut",
            hit_limit=True,
        ),
        title="Babyhug Boys Green Printed Night Suit",
        category="Night suits",
        color="Green",
        gender="Boys",
    ),
]
