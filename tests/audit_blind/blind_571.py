"""BLIND_571 (46 products; Myntra loungewear, nightwear, innerwear night): written blind in the fifty-first session.
Measured blind at 8befd0d (the session's rules as they stood): 94/129 failures found (72.9%) and 12/183 correct texts
flagged (6.6%). The writer's notes, verbatim:

Scenario: one night of a Myntra men's and women's loungewear / nightwear / innerwear feed. Night suits and pyjama
sets (tee + pyjama, shirt + pyjama, tee + shorts), lounge t-shirts, joggers and lounge shorts, nightdresses and
babydolls, robes and bath robes, thermal tops, bottoms and sets, innerwear vests, briefs, trunks, boxers and
camisoles (many in packs of two, three or five), sports bras and training tights. Most photos are studio shots
on a white or light grey backdrop with a model who also wears other clothes (jeans under a thermal top, a
t-shirt over lounge pants, tights under a sports bra, slippers or sneakers); most packs and two thermals are flat-lays.
Catalog columns as the feed has them: title, category (Myntra article type), color (Myntra base colour), gender;
two pack rows lack columns (neither has a color, one has no gender).

Who wrote what: the untuned base blip2-opt-2.7b (greedy, 50 new tokens for captions, 30 for answers) wrote every
caption and every open answer: "What is the person wearing?", "Describe the X.", "What are the X details?", the
open "What is the color of the pyjama / shorts / top / ...?" and the material question. It writes short lower-case
phrases, likes "pajamas", "plaid", "tank top" and "leggings", turns maroon into red and lavender into purple,
collapses packs into one garment, invents pockets, buttons, logos and paddings, and picks up the color of the
nearest other garment. On the longer detail and describe prompts it sometimes lists the same parts over and over
until the 30-token limit, runs out of tokens mid-sentence, or goes on with the next "Question: ... Answer:" turn.
The closed questions (garment type, color, pattern, sleeve length and "Is this a ...?") come from enrich's
--engine reference with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA: each is one candidate value, so they never
loop or stop short, but the adapter picks the wrong garment's color or the wrong type now and then.

Labeling conventions and judgement calls:
- other_garment_color: the product's color given as the color of another garment visible in the photo (the jeans,
  the t-shirt worn over lounge pants, the slippers or sneakers). A wrong color that belongs to no other garment (a
  wall, a print's motif, piping, embroidery, a logo) is a contradiction instead.
- contradiction: a color, type, sleeve length, pattern or count that the photo, the other texts or the seller's
  columns contradict, including a pack of three described as one or two garments, and a closed garment type that
  names outerwear or a different garment (jacket for a robe, shorts for trunks, t-shirt for a vest).
- For multi-color packs (seller color Multi or none) a closed color that names one of the pack's colors is counted
  correct; so is an open color answer that names part of a print (red and black for a red and black check).
- Near shades are correct: red for maroon or burgundy, purple for lavender or mauve, pink for peach or rose, beige
  for skin or nude, blue for navy or teal, grey for charcoal. Charcoal answered as black and mauve as pink are
  counted as contradictions (different colour groups and the other texts say otherwise).
- unsupported: a detail not in the photo and not in the title (pockets, buttons, hoods, zips, padding, a back
  seen from the front, a bed, a bedroom or a water bottle in a studio shot), and a material that the title contradicts
  (satin for a pure cotton set). A material guess that the title does not contradict and the photo allows
  (cotton for a knit tee) is counted correct.
- non_answer: a one-word or near-empty answer to an open describe/details/wearing question ("buttons",
  "underwear", "shorts"), or the question's words back with nothing added ("they are short", "it is a top").
  One-word answers to the color questions are the right form and are counted correct.
- restated: a longer answer that only restates the question ("the details of the tights are the tights",
  "the thermal set is a thermal set").
- loop: the same phrase repeated until the limit (hit_limit=True); cut: a sentence stopped mid-phrase at the
  limit without repeating (hit_limit=True). A loop whose first clause has an invented detail is still a loop.
- leak: the answer goes on into (or is only) another "Question: ... Answer:" turn; labeled leak even when the
  leaked inner answer is right.
- pronoun: he/his for a Women row or she/her for a Men row, in an answer or a caption, labeled pronoun even when
  the garment words are right.
- One failure label per text: where a text has two faults, the one a reader would notice first is used.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

GARMENT_TYPE = BLIND_QUESTIONS.garment_type
COLOR = BLIND_QUESTIONS.color
PATTERN = BLIND_QUESTIONS.pattern
SLEEVES = BLIND_QUESTIONS.sleeve_length
MATERIAL = BLIND_QUESTIONS.material

BLIND_571 = [
    # photo: man in a plain navy blue crew-neck t-shirt and navy-and-white checked pyjama pants, barefoot, white
    # backdrop, front view. Base model: caption and open answers; VQA adapter (reference engine): closed.
    case(
        "X571-001",
        caption("a man in a blue t-shirt and checkered pajama pants"),
        wearing("a navy blue t-shirt and blue and white plaid pajama pants"),
        color_of("pyjama", "blue and white", kind="open"),
        PATTERN("checked"),
        COLOR("white", "contradiction"),
        details(
            "pyjama",
            "the pants have an elastic waistband and a drawstring and the pockets are on the side of the pants and the"
            " pockets are on the side of the pants and the",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        title="Jockey Men Navy Blue Solid T-shirt with Checked Pyjamas Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pink round-neck short-sleeve top (no buttons, no collar) and full-length pink pyjamas, both
    # with small white polka dots; white backdrop, standing, front view. Base model: caption, open; VQA: closed.
    case(
        "X571-002",
        caption("a woman in pink pajamas with white polka dots"),
        wearing("she is wearing a pink pajama set with white polka dots and fluffy slippers", "unsupported"),
        describe("top", "the top is a pink button down shirt with a collar and a pocket on the chest", "unsupported"),
        COLOR("pink"),
        SLEEVES("short sleeves"),
        MATERIAL("satin", "unsupported"),
        title="Sweet Dreams Women Pink Polka Dot Print Pure Cotton Pyjama Set",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a grey melange round-neck lounge t-shirt and black track pants, white backdrop, front view.
    # Base model: caption, open; VQA: closed.
    case(
        "X571-003",
        caption("a man wearing a grey t-shirt and black pants"),
        color_of("top", "black", "other_garment_color", kind="open"),
        COLOR("grey"),
        describe("t-shirt", "a grey t-shirt with a round neck and short sleeves"),
        details(
            "t-shirt",
            "Question: What is the color of the t-shirt? Answer: grey Question: What is the color of the pants? Answer:"
            " black",
            "leak",
            hit_limit=True,
        ),
        GARMENT_TYPE("t-shirt"),
        title="Jockey Men Grey Melange Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a knee-length maroon satin nightdress with spaghetti straps and tone-on-tone maroon lace at the
    # neckline, standing, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-004",
        caption("a woman in a red satin nightgown with lace trim standing in a bedroom", "unsupported"),
        wearing("he is wearing a red nightgown", "pronoun"),
        describe("nightdress", "a short red satin nightie with thin straps and black lace on the top", "unsupported"),
        GARMENT_TYPE("dress"),
        SLEEVES("sleeveless"),
        MATERIAL("satin"),
        title="Clovia Women Maroon Satin Lace Trim Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat-lay on white of a charcoal grey long-sleeve thermal top and matching thermal bottoms with ribbed
    # cuffs; no person. Base model: caption, open; VQA: closed.
    case(
        "X571-005",
        caption("a pair of grey long johns and a grey long sleeve shirt"),
        describe("thermal set", "the thermal set is a thermal set", "restated"),
        SLEEVES("long sleeves"),
        COLOR("black", "contradiction"),
        MATERIAL("cotton and wool"),
        details(
            "thermal set",
            "the top has a button placket at the neck and ribbed cuffs and the bottoms have a drawstring",
            "unsupported",
        ),
        title="Lux Cottswool Men Charcoal Thermal Top and Bottom Set",
        category="Thermal Set",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat-lay on white of three hipster briefs side by side: black, nude and peach. Base model: caption, open;
    # VQA: closed.
    case(
        "X571-006",
        caption("two pairs of women's underwear on a white background", "contradiction"),
        describe("briefs", "three pairs of panties in black, beige and pink"),
        COLOR("black"),
        PATTERN("solid"),
        details("briefs", "the briefs have a lace waistband and a bow at the front", "unsupported"),
        MATERIAL("cotton"),
        title="Jockey Women Pack of 3 Hipster Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: man in an olive green t-shirt with a black "CHILL MODE" print and olive-and-black camouflage lounge
    # shorts with an elastic drawstring waist, barefoot, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-007",
        caption("a man in a green t-shirt and camouflage shorts"),
        wearing("a green t-shirt with a graphic print and camo shorts"),
        color_of("shorts", "green and black camouflage", kind="open"),
        details("shorts", "the shorts have a zipper fly and a button closure with belt loops", "unsupported"),
        PATTERN("printed"),
        SLEEVES("long sleeves", "contradiction"),
        describe("t-shirt", "the t-shirt is a green t-shirt with a black print that says chill mode on the front"),
        title="Huetrap Men Olive Printed T-shirt with Shorts Lounge Set",
        category="Night suits",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a black racerback sports bra with a small pink logo on the band, worn with black full-length
    # tights, front view, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-008",
        caption("a woman in a black sports bra and black leggings"),
        wearing("she is wearing a sports bra and leggings"),
        is_a("bra", "yes"),
        SLEEVES("sleeveless"),
        details("sports bra", "the sports bra has a racerback and a wide elastic band under the bust with a pink logo"),
        color_of("top", "pink", "contradiction", kind="open"),
        MATERIAL("polyester"),
        title="Puma Women Black Solid Racerback Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay on white of two folded white ribbed sleeveless innerwear vests with round necks, no pockets.
    # Base model: caption, open; VQA: closed.
    case(
        "X571-009",
        caption("two white tank tops folded on a white background"),
        describe("vest", "a white tank top with a scoop neck"),
        GARMENT_TYPE("vest"),
        MATERIAL("cotton"),
        details("vest", "the vest is made of cotton and has a v-neck and a pocket on the chest", "unsupported"),
        COLOR("white"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Jockey Men Pack of 2 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in a lavender waffle-knit bath robe with a shawl collar, tied belt and two patch pockets, white
    # slippers, white backdrop, front view. Base model: caption, open; VQA: closed.
    case(
        "X571-010",
        caption("a woman in a purple robe and white slippers"),
        wearing("a purple bathrobe with a belt"),
        color_of("robe", "white", "other_garment_color", kind="open"),
        describe(
            "robe",
            "the robe has a shawl collar and a belt and two pockets, the robe has a shawl collar and a belt and two"
            " pockets, the robe has a",
            "loop",
            hit_limit=True,
        ),
        SLEEVES("long sleeves"),
        GARMENT_TYPE("coat", "contradiction"),
        MATERIAL("cotton"),
        title="Bombay Dyeing Women Lavender Waffle Bath Robe",
        category="Robe",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat-lay on white of three woven boxers: navy-and-white check, plain grey, red-and-navy check, each with
    # an exposed elastic waistband printed with a small logo and a button fly. Base model: caption, open; VQA: closed.
    case(
        "X571-011",
        caption("three pairs of boxer shorts in different colors"),
        describe("boxers", "three pairs of plaid boxers in blue, grey and red with elastic waistbands"),
        PATTERN("checked"),
        COLOR("blue"),
        details(
            "boxers",
            "the boxers have an elastic waistband with a logo, a button fly at the front and a check pattern in navy"
            " blue, grey and red with a small",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        title="U.S. Polo Assn. Men Pack of 3 Checked Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a skin-coloured (beige) long-sleeve round-neck thermal top tucked into mid-blue jeans, white
    # backdrop, front view. Base model: caption, open; VQA: closed.
    case(
        "X571-012",
        caption("a woman wearing a beige long sleeve shirt and jeans"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        COLOR("beige"),
        describe("top", "a beige long sleeved top with a round neck"),
        wearing("he is wearing a beige thermal top and blue jeans", "pronoun"),
        GARMENT_TYPE("top"),
        details("top", "the top has details on the top of the top", "restated"),
        MATERIAL("wool", "unsupported"),
        title="Lux Inferno Women Skin-Coloured Cotton Blend Thermal Top",
        category="Thermal Tops",
        color="Skin",
        gender="Women",
    ),
    # photo: man in a plain white crew-neck t-shirt and black-and-grey checked brushed-cotton pyjama pants with a
    # drawstring and side pockets, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-013",
        caption("a man in a white t-shirt and plaid pajama pants"),
        color_of("pyjama", "white", "other_garment_color", kind="open"),
        details("pyjama", "the pajama pants have a drawstring waist and two side pockets"),
        PATTERN("checked"),
        COLOR("white", "other_garment_color"),
        GARMENT_TYPE("pants"),
        MATERIAL("cotton flannel"),
        describe(
            "pyjama",
            "the pajama pants are plaid pajama pants with plaid pajama pants with plaid pajama pants with plaid pajama"
            " pants with plaid",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and black and grey plaid pajama pants"),
        title="Marks & Spencer Men Black Checked Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a peach chiffon babydoll with ivory lace cups and spaghetti straps, standing, white backdrop.
    # Base model: caption, open; VQA: closed.
    case(
        "X571-014",
        caption("a woman in a pink lingerie with white lace"),
        wearing("a pink babydoll nightie with a matching robe", "unsupported"),
        GARMENT_TYPE("dress"),
        describe("nightdress", "the nightdress is a nightdress", "restated"),
        details("nightdress", "Question: What is the color of the nightdress? Answer: pink", "leak"),
        SLEEVES("long sleeves", "contradiction"),
        title="N-Gal Women Peach Lace Babydoll Nightdress",
        category="Baby Dolls",
        color="Peach",
        gender="Women",
    ),
    # photo: man in plain navy blue joggers with ribbed ankle cuffs, a grey melange t-shirt and white sneakers,
    # white backdrop, front view. Base model: caption, open; VQA: closed.
    case(
        "X571-015",
        caption("a man in a blue t-shirt and grey jogger pants", "other_garment_color"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("joggers", "the joggers have an elastic waistband, a drawstring, side pockets and ribbed cuffs"),
        PATTERN("solid"),
        wearing("she is wearing a grey t-shirt and navy blue joggers", "pronoun"),
        MATERIAL("polyester"),
        title="HRX by Hrithik Roshan Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white t-shirt with a brown teddy bear print and pink-and-white checked shorts with a satin
    # bow at the waist, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-016",
        caption("a woman in a white t-shirt with a teddy bear on it and pink plaid shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        describe("top", "a white t-shirt with a teddy bear print on the front"),
        details(
            "shorts",
            "the shorts are pink and white checked with an elastic waistband and a satin bow at the front and the hem"
            " of the shorts has a",
            "cut",
            hit_limit=True,
        ),
        SLEEVES("short sleeves"),
        wearing("a white shirt with a bear and pink shorts and a pink robe", "unsupported"),
        title="Sweet Dreams Women White & Pink Printed T-shirt with Checked Shorts",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: flat-lay on white of five briefs in a row: black, navy, grey, maroon, teal, each with a wide elastic
    # waistband with the brand name. Base model: caption, open; VQA: closed.
    case(
        "X571-017",
        caption("a set of four men's underwear in different colors", "contradiction"),
        describe("briefs", "four pairs of briefs in black, blue, grey and red", "contradiction"),
        details(
            "briefs",
            "the briefs have a wide elastic waistband with the brand logo, the briefs have a wide elastic waistband"
            " with the brand logo, the briefs have a wide",
            "loop",
            hit_limit=True,
        ),
        COLOR("multicolor"),
        MATERIAL("cotton"),
        is_a("pair of shorts", "no"),
        title="Jockey Men Pack of 5 Solid Briefs 8035",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a black satin camisole with black lace at the neckline and adjustable straps and black satin
    # shorts, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-018",
        caption("a woman in a black satin pajama set"),
        wearing("a black camisole top and shorts with a black robe", "unsupported"),
        MATERIAL("cotton", "unsupported"),
        SLEEVES("sleeveless"),
        describe(
            "top",
            "it is a black camisole with lace trim at the neckline and adjustable spaghetti straps and a lace trim at"
            " the neckline and adjustable spaghetti",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "black", kind="open"),
        title="Clovia Women Black Satin Cami and Shorts Set",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white cotton terry bath robe with a shawl collar, tie belt and two front pockets, barefoot,
    # light grey backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-019",
        caption("a man in a white bathrobe standing in front of a grey wall"),
        color_of("robe", "grey", "contradiction", kind="open"),
        describe("robe", "a white bath robe with a shawl collar, a tie belt at the waist and two front pockets"),
        wearing("she is wearing a white bathrobe", "pronoun"),
        MATERIAL("terry cotton"),
        details("robe", "Question: Describe the robe. Answer: a white bath robe", "leak"),
        GARMENT_TYPE("jacket", "contradiction"),
        title="Spaces Men White Cotton Terry Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Men",
    ),
    # photo: woman in black high-waist training tights with mesh panels at the calves and a white crop t-shirt,
    # side view, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-020",
        caption("a woman in black leggings and a white top"),
        color_of("tights", "white", "other_garment_color", kind="open"),
        GARMENT_TYPE("leggings"),
        details("tights", "they are tights", "non_answer"),
        describe(
            "tights",
            "black full length tights with a high waistband and a mesh panel at the calf and a reflective logo on the"
            " side of the leg and a small",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("polyester and elastane"),
        title="Puma Women Black Solid Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a maroon long-sleeve henley lounge t-shirt with a three-button placket, no pocket, and grey
    # joggers, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-021",
        caption("a man wearing a maroon long sleeve henley and grey sweatpants"),
        SLEEVES("short sleeves", "contradiction"),
        COLOR("maroon"),
        describe("t-shirt", "a maroon henley with a button placket and a chest pocket", "unsupported"),
        details("t-shirt", "the t-shirt has three buttons on the placket, ribbed cuffs and a curved hem"),
        wearing("a maroon shirt and grey pants"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        title="Jockey Men Maroon Solid Henley Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a knee-length navy blue short-sleeve round-neck nightdress with an all-over small white star
    # print, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-022",
        caption("a woman in a blue night gown with white stars"),
        PATTERN("floral", "contradiction"),
        COLOR("navy blue"),
        describe(
            "nightdress",
            "the nightdress is a knee length dress with short sleeves and a round neck in a navy blue color with white"
            " stars printed all over it and",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        wearing("a navy blue nightgown with white stars and a matching eye mask", "unsupported"),
        title="Sweet Dreams Women Navy Blue Star Print Pure Cotton Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a sky blue and white pinstriped pure cotton pyjama set: long-sleeve notch-collar shirt with a
    # chest pocket and white piping, matching pyjama pants, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-023",
        caption("a man in blue and white striped pajamas"),
        wearing("a blue and white striped pajama set"),
        details(
            "shirt",
            "the shirt has a notch collar, a chest pocket, and white piping on the collar and cuffs and the pocket and"
            " the collar and cuffs and the pocket",
            "loop",
            hit_limit=True,
        ),
        color_of("pyjama", "white", "contradiction", kind="open"),
        PATTERN("striped"),
        MATERIAL("silk", "unsupported"),
        SLEEVES("long sleeves"),
        title="Marks & Spencer Men Blue Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black thermal leggings with a white long-sleeve top, white backdrop, front view. Base model:
    # caption, open; VQA: closed.
    case(
        "X571-024",
        caption("a woman in a white shirt and black leggings"),
        COLOR("white", "other_garment_color"),
        GARMENT_TYPE("leggings"),
        describe("leggings", "black leggings with an elastic waist"),
        details(
            "leggings",
            "Question: What are the leggings made of? Answer: cotton Question:",
            "leak",
        ),
        MATERIAL("cotton and wool blend"),
        wearing("he is wearing a white top and black leggings", "pronoun"),
        title="Lux Cottswool Women Black Thermal Leggings",
        category="Thermal Bottoms",
        color="Black",
        gender="Women",
    ),
    # photo: man in a teal sleeveless training vest with a small white printed logo on the chest and black shorts,
    # front view only, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-025",
        caption("a man in a blue tank top and black shorts"),
        color_of("top", "black", "other_garment_color", kind="open"),
        SLEEVES("sleeveless"),
        describe("vest", "vest", "non_answer"),
        GARMENT_TYPE("t-shirt", "contradiction"),
        details("vest", "it has a reflective logo on the chest and mesh panels on the back", "unsupported"),
        MATERIAL("polyester"),
        title="HRX by Hrithik Roshan Men Teal Rapid-Dry Training Vest",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman sitting on a white stool in a sea green long-sleeve notch-collar button-front pyjama shirt and
    # full-length pyjamas, both with a white floral print, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-026",
        caption("a woman in a green floral pajama set sitting on a stool"),
        color_of("top", "green with white flowers", kind="open"),
        color_of("pyjama", "white", "contradiction", kind="open"),
        wearing("a green and white floral print pajama set"),
        describe(
            "top",
            "a long sleeved shirt with a notched collar and buttons down the front and a white floral print on a green"
            " background with a matching pair of",
            "cut",
            hit_limit=True,
        ),
        PATTERN("floral"),
        details("top", "buttons", "non_answer"),
        title="Bombay Dyeing Women Sea Green Floral Print Night Suit",
        category="Night suits",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man wearing grey melange trunks with a navy waistband with white lettering; an inset shows the second
    # trunk of the pack in navy. White backdrop. Base model: caption, open; VQA: closed. The row has no color.
    case(
        "X571-027",
        caption("a man in grey boxer briefs"),
        describe("trunks", "grey boxer briefs with a dark blue waistband and white lettering"),
        GARMENT_TYPE("shorts", "contradiction"),
        wearing("underwear", "non_answer"),
        MATERIAL("cotton and spandex"),
        details(
            "trunks",
            "there are two pairs, one grey and one blue Question: What is the brand of the underwear? Answer: jockey",
            "leak",
            hit_limit=True,
        ),
        title="Jockey Men Pack of 2 Trunks",
        category="Trunk",
        gender="Men",
    ),
    # photo: woman in grey melange cotton joggers with a drawstring, side pockets and cuffed ankles, and a black
    # sweatshirt, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-028",
        caption("a woman in a black sweatshirt and grey sweatpants"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        COLOR("grey"),
        details("pants", "the pants have a drawstring waist, side pockets and cuffed ankles"),
        wearing("a grey sweater and black jogging pants", "other_garment_color"),
        is_a("pair of jeans", "no"),
        describe(
            "pants",
            "grey sweatpants with a drawstring waist, side pockets and ribbed cuffs and a drawstring waist, side"
            " pockets and ribbed cuffs and a drawstring",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Grey Melange Cotton Joggers",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in an off-white long-sleeve crew-neck thermal top and black jeans, white backdrop. Base model:
    # caption, open; VQA: closed.
    case(
        "X571-029",
        caption("a man in a white long sleeve shirt and black pants"),
        COLOR("black", "other_garment_color"),
        describe("top", "a white long sleeve thermal shirt with a crew neck"),
        details("top", "it is a top", "non_answer"),
        SLEEVES("long sleeves"),
        MATERIAL("cotton"),
        wearing("a white thermal shirt with a zipper at the neck and black jeans", "unsupported"),
        title="Jockey Men Off-White Thermal Top",
        category="Thermal Tops",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a red non-padded sports bra with wide straps and a scoop neck, black tights with red side
    # panels, front view, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-030",
        caption("a woman in a red sports bra and black leggings holding a water bottle", "unsupported"),
        color_of("top", "red", kind="open"),
        details(
            "sports bra",
            "the bra is padded with removable cups and a hook and eye closure at the back",
            "unsupported",
        ),
        describe("sports bra", "a red sports bra with wide straps and a scoop neck"),
        wearing("a red bra and black pants"),
        GARMENT_TYPE("bra"),
        COLOR("black", "other_garment_color"),
        MATERIAL("nylon Question: What is the color of the bra? Answer: red", "leak"),
        title="Enamor Women Red Solid Non-Padded Sports Bra",
        category="Sports Bra",
        color="Red",
        gender="Women",
    ),
    # photo: man in navy blue lounge shorts with a white drawstring and side pockets, and a white vest, front view,
    # white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-031",
        caption("a man in a white tank top and blue shorts"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        PATTERN("solid"),
        COLOR("white", "other_garment_color"),
        describe(
            "shorts",
            "navy blue shorts with a white drawstring, two side pockets and a back pocket with a button",
            "unsupported",
        ),
        title="Jockey Men Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mauve satin robe with three-quarter sleeves and lace at the sleeve hems and the robe's hem,
    # worn open over a matching mauve slip nightdress, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-032",
        caption("a woman in a purple silk robe"),
        wearing("a purple satin robe over a purple nightgown"),
        SLEEVES("three-quarter sleeves"),
        MATERIAL("satin"),
        describe(
            "robe",
            "the robe is a long purple satin robe with a belt and lace trim on the sleeves and the bottom of the robe"
            " and a matching nightgown underneath and",
            "cut",
            hit_limit=True,
        ),
        COLOR("pink", "contradiction"),
        title="Secret Wish Women Mauve Satin Robe and Nightdress Set",
        category="Robe",
        color="Mauve",
        gender="Women",
    ),
    # photo: flat-lay on white of two pyjama pants: one red-and-black check, one navy-and-green check, each with a
    # drawstring waistband and side pockets. Base model: caption, open; VQA: closed.
    case(
        "X571-033",
        caption("two pairs of plaid pajama pants on a white background"),
        color_of("pyjama", "red and blue", kind="open"),
        details(
            "pyjama",
            "the pajama pants have an elastic waistband with a drawstring and two side pockets and the red pair has a"
            " black drawstring and the blue pair has a green",
            "cut",
            hit_limit=True,
        ),
        describe("pyjama", "a pair of red plaid pajama pants", "contradiction"),
        PATTERN("checked"),
        MATERIAL("Question: What is the brand of the pants? Answer: hanes", "leak"),
        title="Hanes Men Pack of 2 Checked Lounge Pants",
        category="Lounge Pants",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a full-length white cotton nightdress with blue floral embroidery on the yoke, a keyhole neck,
    # three-quarter sleeves, no buttons or pockets, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-034",
        caption("a woman in a long white dress with blue embroidery"),
        GARMENT_TYPE("dress"),
        describe(
            "nightdress", "a white long nightdress with blue flower embroidery on the yoke and three quarter sleeves"
        ),
        COLOR("blue", "contradiction"),
        wearing("he is wearing a long white dress", "pronoun"),
        details(
            "nightdress",
            "the nightdress has a button placket at the front, two side pockets and a lace hem",
            "unsupported",
        ),
        MATERIAL("cotton"),
        title="Fabindia Women White Embroidered Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay on white of three sleeveless gym vests with round necks and deep armholes: black, grey, navy.
    # Base model: caption, open; VQA: closed.
    case(
        "X571-035",
        caption("three tank tops in black, grey and blue"),
        describe("vests", "three sleeveless vests in black, grey and navy blue with a round neck and deep armholes"),
        COLOR("black"),
        SLEEVES("sleeveless"),
        details(
            "vests",
            "the vests the vests the vests the vests the vests the vests the vests the vests the vests the vests the"
            " vests the vests the vests the vests",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("cotton Question: How many vests are there? Answer: three", "leak"),
        title="Rupa Jon Men Pack of 3 Sleeveless Gym Vests",
        category="Innerwear Vests",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a mustard yellow short-sleeve t-shirt with a white "good vibes" print and a small heart, and
    # mustard-and-white striped pyjamas, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-036",
        caption("a woman in a yellow shirt and striped pants"),
        wearing("a yellow t-shirt that says good vibes and yellow and white striped pants"),
        color_of("pyjama", "yellow and white", kind="open"),
        details(
            "top",
            "the top has a round neck, short sleeves and a print that says good vibes on the front in white letters"
            " with a small heart under the",
            "cut",
            hit_limit=True,
        ),
        PATTERN("striped"),
        COLOR("white", "contradiction"),
        MATERIAL("cotton"),
        SLEEVES("short sleeves"),
        title="Kanvin Women Mustard Printed T-shirt with Striped Pyjamas",
        category="Night suits",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a coffee brown crew-neck sweatshirt and matching brown joggers, white sneakers, white backdrop.
    # Base model: caption, open; VQA: closed.
    case(
        "X571-037",
        caption("a man in a brown sweatshirt and brown sweatpants"),
        COLOR("brown"),
        wearing("a brown sweatsuit"),
        describe("sweatshirt", "a brown hoodie with a kangaroo pocket and ribbed cuffs", "unsupported"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details(
            "pants",
            "Question: What are the pants details? Answer: the pants have an elastic waistband",
            "leak",
        ),
        MATERIAL("cotton fleece"),
        title="Mast & Harbour Men Coffee Brown Solid Lounge Set",
        category="Night suits",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: woman in black training tights with an all-over pink and blue floral print and a plain black sports
    # bra, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-038",
        caption("a woman in a black sports bra and floral leggings"),
        PATTERN("floral"),
        color_of("tights", "black with pink and blue flowers", kind="open"),
        describe(
            "tights",
            "black floral leggings with a high waist and pink and blue flowers all over them and a wide waistband with"
            " a small logo on the",
            "cut",
            hit_limit=True,
        ),
        COLOR("pink", "contradiction"),
        details("tights", "the details of the tights are the tights", "restated"),
        wearing("she is wearing a sports bra and leggings"),
        is_a("pair of leggings", "yes"),
        title="Puma Women Black Printed Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a burgundy short-sleeve camp-collar shirt with a chest pocket and navy-and-burgundy checked
    # shorts, barefoot, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-039",
        caption("a man in a red shirt and plaid shorts"),
        color_of("shorts", "blue and red", kind="open"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe("shirt", "a short sleeve button down shirt with a collar and a chest pocket"),
        wearing("she is wearing a red shirt and shorts", "pronoun"),
        SLEEVES("short sleeves"),
        details("shorts", "shorts", "non_answer"),
        title="Ahalyaa Men Burgundy Shirt with Checked Shorts Night Suit",
        category="Night suits",
        color="Burgundy",
        gender="Men",
    ),
    # photo: flat-lay on white of two camisoles with lace at the neckline and thin adjustable straps, one white and
    # one black. Base model: caption, open; VQA: closed.
    case(
        "X571-040",
        caption("a black and white tank top with lace", "contradiction"),
        describe("camisoles", "two camisoles, one white and one black, with lace trim at the neckline and thin straps"),
        SLEEVES("sleeveless"),
        COLOR("white"),
        MATERIAL("silk", "unsupported"),
        details(
            "camisoles",
            "the camisoles have adjustable straps and a lace trim and the camisoles have adjustable straps and a lace"
            " trim and the camisoles have",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women Pack of 2 Cotton Lace Trim Camisoles",
        category="Camisoles",
        color="Multi",
        gender="Women",
    ),
    # photo: flat-lay on white of one pair of grey melange thermal long johns with a plain elastic waistband, a
    # front fly opening and ribbed ankle cuffs; no logo. Base model: caption, open; VQA: closed.
    case(
        "X571-041",
        caption("a pair of grey long johns on a white background"),
        describe("long johns", "a pair of grey thermal leggings with ribbed cuffs and an elastic waistband"),
        GARMENT_TYPE("leggings"),
        details(
            "long johns",
            "the long johns have a fly opening at the front and ribbed ankle cuffs and a wide waistband with the jockey"
            " logo on it",
            "unsupported",
        ),
        COLOR("grey"),
        MATERIAL(
            "the material is made of cotton and the material is made of cotton and the material is made of cotton and"
            " the material is",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Men Grey Melange Thermal Long Johns",
        category="Thermal Bottoms",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in black pyjama pants with an all-over white cat print, drawstring waist and side pockets, and a
    # plain grey t-shirt, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-042",
        caption("a woman wearing a grey t-shirt and black pajama pants with white cats on them"),
        color_of("pyjama", "grey", "other_garment_color", kind="open"),
        COLOR("black"),
        describe("pyjama", "grey pajama pants with white cats", "other_garment_color"),
        PATTERN("printed"),
        details(
            "pyjama",
            "the pajama pants are black with a white cat print all over, an elastic waistband with a drawstring and a"
            " pair of side pockets and the cuffs are",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a grey t-shirt and black pajamas with cats"),
        title="Sweet Dreams Women Black Cat Print Pyjamas",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a black round-neck innerwear vest and grey trunks, white backdrop, front view. Base model:
    # caption, open; VQA: closed.
    case(
        "X571-043",
        caption("a man in a black tank top and grey underwear"),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        describe("vest", "a black sleeveless vest with a round neck"),
        is_a("t-shirt", "no"),
        details("vest", "the vest details are the details of the vest", "restated"),
        wearing("she is wearing a black tank top and grey shorts", "pronoun"),
        MATERIAL("cotton"),
        title="Van Heusen Men Black Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a rose pink satin pyjama set with black piping: long-sleeve notch-collar button-front shirt
    # with a chest pocket, matching full-length pyjamas, standing, white backdrop. Base model: caption, open; VQA:
    # closed.
    case(
        "X571-044",
        caption("a woman in a pink satin pajama set with black piping sitting on a bed", "unsupported"),
        color_of("pyjama", "black", "contradiction", kind="open"),
        details("shirt", "the shirt has a notch collar, black piping on the collar, cuffs and pocket, and buttons"),
        MATERIAL("satin"),
        describe("pyjama", "the pyjama is a pyjama", "restated"),
        GARMENT_TYPE("pajama set"),
        SLEEVES("long sleeves"),
        title="Ahalyaa Women Rose Satin Shirt and Pyjama Set",
        category="Night suits",
        color="Rose",
        gender="Women",
    ),
    # photo: flat-lay on white of two folded round-neck short-sleeve lounge t-shirts, one navy and one olive, each
    # with a small logo on the chest. Base model: caption, open; VQA: closed. The row has no color.
    case(
        "X571-045",
        caption("two t-shirts, one blue and one green"),
        describe("t-shirts", "a navy blue t-shirt", "contradiction"),
        COLOR("navy blue"),
        SLEEVES("short sleeves"),
        details("t-shirts", "they have a round neck, short sleeves and a chest pocket with a logo", "unsupported"),
        MATERIAL("cotton"),
        PATTERN("solid"),
        title="Jockey Men Pack of 2 Lounge T-shirts",
        category="Lounge Tshirts",
    ),
    # photo: woman in a knee-length grey melange sleep tee dress with a white sloth graphic and "sleepy head" text,
    # short sleeves, round neck, side slits, white backdrop. Base model: caption, open; VQA: closed.
    case(
        "X571-046",
        caption("a woman in a grey t-shirt dress with a sloth on it"),
        GARMENT_TYPE("dress"),
        wearing("a grey nightshirt with a sloth print"),
        describe("nightdress", "it's a nightdress", "non_answer"),
        details(
            "nightdress",
            "the nightdress has a sloth print and the words sleepy head on the front, short sleeves, a round neck and"
            " side slits and a",
            "cut",
            hit_limit=True,
        ),
        COLOR("grey"),
        PATTERN("striped", "contradiction"),
        is_a("dress", "yes"),
        MATERIAL("cotton"),
        title="Kanvin Women Grey Melange Printed Sleep Tee Dress",
        category="Nightdress",
        color="Grey Melange",
        gender="Women",
    ),
]
