"""BLIND_1125 (46 products; Myntra innerwear/nightwear, caption adapter epoch 2): written blind in the sixtieth session.
Measured blind at 5b9d700 (the session's fifth rules): 101/128 failures found (78.9%) and 29/179 correct texts flagged
(16.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of lingerie, innerwear and nightwear for women and men (bras, briefs, trunks, boxers,
innerwear vests, camisoles, shapewear, babydolls, nightdresses, night suits, lounge pants/shorts/T-shirts, thermals,
robes and bath robes). Catalog photos on plain white, grey or beige backdrops, a pink wall in one; most worn by a
model cropped at the neck or waist, a few on a mannequin torso and five pack flat lays with no person. Models often
wear a second garment of another color (a camisole with jeans, boxers with a vest, lounge pants with a T-shirt, a
thermal top with leggings, a lingerie set under an open white shirt).

Who wrote what: captions and every open answer (wearing, describe, details, material, the open color questions) come
from blip2-opt-2.7b (8-bit) with the caption LoRA at its epoch-2 checkpoint, greedy, 50 new tokens for captions and
30 for answers. It was trained on DeepFashion template captions with no end token, so it falls back on the template
("The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric.") for most
prompts, runs to the token limit (loops, cuts), sometimes writes the "Question: ... Answer:" format on, calls men
"the lady", names innerwear with the nearest DeepFashion class, and gives hue words only in the shorter answers where
the base model's knowledge survived. Closed answers (garment_type, color, pattern, sleeve_length, neckline, length,
is_a, the closed color questions) come from enrich --engine reference ranking candidates with the same model: one
candidate each, never looped or cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One label per text, the one a reviewer would name first: a text repeating itself to the limit is loop; one stopping
  mid-phrase at the limit without repeating is cut, even when it also says something doubtful or invents a wearer
  for a flat lay; a text carrying the Question:/Answer: format on is leak whatever else it does.
- hit_limit=True only on texts that ran to their token limit (all loops and cuts, the leaks that run on); texts that
  finished are not marked.
- DeepFashion class names for innerwear are correct when the shape matches: camisole or innerwear vest = tank top,
  trunks, boxers and lounge shorts = short trousers/shorts, nightdress, kaftan and babydoll = dress, lounge and pajama
  pants = pants, thermal top = sweater or T-shirt, thermal bottoms = leggings. They are contradiction when they name
  another garment: a bra called a tank top, briefs or shapewear called short trousers, a robe called a cardigan or a
  bath robe called a coat.
- The template's "cotton fabric" is accepted for knit innerwear and nightwear when the title names no other fabric. A
  fabric the title contradicts or the photo cannot show (chiffon for satin, denim, cotton for net, polyester for a
  cotton title) is unsupported, as are invented parts (hood, pockets, bow, ribbon, front closure, drawstring) and
  invented props or accessories.
- other_garment_color is only used for open answers, as the kind's definition says; a closed answer that picks the
  other garment's color is contradiction. An open color naming only the waistband's, the print's or the wall's hue is
  contradiction (no other garment involved).
- Packs: a closed color or pattern that one item of the pack has is correct ("navy blue" for a Multi pack); a count
  other than the title's is contradiction; a wearer invented for a flat lay is unsupported.
- Pronoun: "the lady", "she", "her" in a Men row, "the gentleman", "he" in a Women row. The Unisex bath robe is worn
  by a woman and "the lady" is correct there.
- A one-word or yes/no reply to an open question, or one that gives back only the garment's name ("they are
  briefs"), is non_answer; a sentence that says the garment is itself, or echoes the question, is restated.
- Colors: Skin/Nude = beige, Grey Melange = grey, Off White = white, Charcoal = grey or dark grey, Olive = olive green.
  Patterns: solid for plain garments with self-colored lace trim, a melange knit or a logo waistband; checked for
  lattice/plaid; printed for camouflage, stars and anchors; "floral" accepted for a floral lace.
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
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the garment?", "closed")
length = question("length", "What is the length of the garment?", "closed")

BLIND_1125 = [
    # photo: woman cropped chin to thigh, black padded T-shirt bra (solid, molded cups, thin straps, no lace) with
    # matching black hipster briefs, white backdrop, front view. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-001",
        caption(
            "The lady wears a bra with pure color patterns. The bra is with cotton fabric and it has suspenders "
            "straps. The lady wears a briefs with pure color patterns."
        ),
        wearing("a black bra and black panties"),
        color_of("bra", "black"),
        describe(
            "bra",
            "The bra is padded with molded cups and thin straps. It has a lace trim along the cups.",
            "unsupported",
        ),
        Q.pattern("solid"),
        Q.garment_type("bra"),
        is_a("tank top", "no"),
        title="Amante Women Black Padded T-shirt Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: headless mannequin torso, skin/nude seamless full-coverage bra with wide straps, no briefs, light grey
    # backdrop, front view. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-002",
        caption(
            "A mannequin wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline.",
            "contradiction",
        ),
        wearing("a beige bra"),
        color_of("bra", "white", "contradiction"),
        Q.color("beige"),
        describe("bra", "The bra is a full coverage bra with wide straps and seamless cups. It is skin colored."),
        Q.material("The bra is with chiffon fabric.", "unsupported"),
        title="Enamor Women Skin Seamless Full Coverage Bra A042",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: woman cropped neck to mid-thigh, light pink floral-lace underwired bra with matching pink lace briefs,
    # no jewellery, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-003",
        caption(
            "The lady wears a bra with floral patterns. The bra is with lace fabric. The lady wears a briefs with "
            "floral patterns. The briefs are with lace fabric. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("bra", "pink"),
        details("bra", "the bra has a floral lace pattern on the cups and an underwire"),
        Q.pattern("floral"),
        is_a("bra", "yes"),
        wearing(
            "The lady wears a pink bra and pink briefs. The lady wears a pink bra and pink briefs. The lady wears a "
            "pink bra and pink",
            "loop",
            hit_limit=True,
        ),
        title="Triumph Women Pink Lace Underwired Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: woman, three-quarter view, grey melange racerback sports bra with a wide underband printed with a white
    # JOCKEY logo, black track pants, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-004",
        caption(
            "The lady wears a sports bra with pure color patterns. The sports bra is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("sports bra", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        describe(
            "sports bra", "a racerback sports bra with a wide elastic band under the bust and the brand name on it"
        ),
        wearing("a grey sports bra and black track pants"),
        Q.sleeve_length("sleeveless"),
        title="Jockey Women Grey Melange Racerback Sports Bra 1376",
        category="Bra",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: flat lay, no person: three hipster briefs (navy blue, pink, grey melange) side by side on white.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-005",
        caption(
            "Three shorts are laid out on a white background. The shorts are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing(
            "The lady wears a short trousers with pure color patterns. The trousers are with cotton fabric.",
            "unsupported",
        ),
        Q.garment_type("briefs"),
        Q.color("navy blue"),
        details("briefs", "they are briefs", "non_answer"),
        Q.pattern("solid"),
        describe("briefs", "two pairs of briefs, one navy blue and one pink", "contradiction"),
        title="Jockey Women Pack of 3 Hipster Briefs 1406",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: woman cropped bust to knees, red lace bikini briefs with a small satin bow at the front, worn with a
    # plain white camisole, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a short trousers with lace patterns.",
            "contradiction",
        ),
        color_of("briefs", "white", "other_garment_color", kind="open"),
        Q.color("red"),
        details("briefs", "The briefs have a lace waistband and a small bow at the front."),
        wearing("She wears a white camisole and red lace panties.", who="she"),
        is_a("bra", "yes", "contradiction"),
        title="Clovia Women Red Lace Bikini Briefs PN0832",
        category="Briefs",
        color="Red",
        gender="Women",
    ),
    # photo: woman, white cotton camisole with spaghetti straps tucked into blue jeans, white backdrop, front view.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long denim pants. The pants are with denim fabric."
        ),
        color_of("camisole", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.garment_type("camisole"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "The camisole is with cotton fabric. The camisole is with cotton fabric. The camisole is with cotton "
            "fabric. The camisole is with",
            "loop",
            hit_limit=True,
        ),
        details("camisole", "the details of the camisole are the camisole details", "restated"),
        title="Jockey Women White Camisole 1487",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: woman, black satin V-neck camisole with black lace trim at the neckline, matching black satin shorts,
    # plain beige wall behind. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a V-shape neckline. The lady wears a short trousers.",
            "unsupported",
        ),
        wearing("a black satin camisole with lace trim and black shorts"),
        color_of("camisole", "black"),
        describe(
            "camisole",
            "Question: Describe the camisole. Answer: The lady wears a sleeveless tank top with pure color "
            "patterns. The tank",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("satin"),
        neckline("v-neck"),
        title="Bwitch Women Black Satin Lace Trim Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: woman full length, purple knee-length short-sleeve round-neck nightdress with a small white flower
    # print, no buttons or pockets, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-009",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length."
        ),
        color_of("nightdress", "purple"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        details("nightdress", "the nightdress has a button placket at the front and two patch pockets", "unsupported"),
        title="Sweet Dreams Women Purple Printed Nightdress",
        category="Nightdress",
        color="Purple",
        gender="Women",
    ),
    # photo: woman standing, pink sleeveless knee-length nightdress with white polka dots, holding a white teddy bear,
    # white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-010",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. She holds a bag in her hand.",
            "unsupported",
        ),
        wearing("a pink polka dot nightgown"),
        Q.color("pink"),
        Q.pattern("polka dot"),
        color_of("nightdress", "white", "contradiction", kind="open"),
        describe("nightdress", "it is a nightdress that the lady wears for the night", "restated"),
        title="Dreamz by Pantaloons Women Pink Polka Dot Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: woman full length, navy notch-collar button-front long-sleeve pajama top with a small white star print
    # and solid navy pajama pants, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-011",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a navy blue pajama set with white stars on the top.", who="she"),
        color_of("pajama pants", "navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        details(
            "top",
            "the top has white stars all over, a notch collar and buttons down the front, and the pants have a "
            "drawstring waist and",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What is the color of the "
            "garment? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        describe("top", "He wears a navy blue shirt with white stars and a notch collar.", "pronoun"),
        title="Sweet Dreams Women Navy Blue Printed Cotton Night suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman, peach short-sleeve crew-neck tee with a cartoon cat graphic and grey-and-white striped shorts,
    # white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short trousers. The trousers are with cotton fabric and striped "
            "patterns."
        ),
        color_of("t-shirt", "grey and white stripes", "other_garment_color", kind="open"),
        Q.color("peach"),
        Q.garment_type("night suit"),
        describe("shorts", "The shorts are grey and white striped with an elastic waist."),
        is_a("romper", "yes", "contradiction"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric.",
            "pronoun",
        ),
        title="Clovia Women Peach & Grey Printed Cotton Night Suit",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: woman, black sheer net babydoll with lace cups, short flared mesh skirt, matching black thong, dark grey
    # backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of short length."
        ),
        wearing("a black lace babydoll"),
        color_of("babydoll", "black"),
        details(
            "babydoll",
            "the babydoll has lace cups, a sheer mesh skirt and a matching thong. the babydoll has lace cups, a "
            "sheer mesh skirt and",
            "loop",
            hit_limit=True,
        ),
        Q.material("The dress is with cotton fabric.", "unsupported"),
        Q.sleeve_length("sleeveless"),
        describe("babydoll", "sleeveless", "non_answer"),
        title="Clovia Women Black Lace & Net Babydoll with Thong",
        category="Baby Dolls",
        color="Black",
        gender="Women",
    ),
    # photo: woman, maroon satin robe with three-quarter kimono sleeves and lace-trimmed cuffs, tie belt knotted, a
    # maroon satin nightdress under it, no hood, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-014",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. It "
            "has a V-shape neckline. There is a belt on her waist.",
            "contradiction",
        ),
        wearing("a maroon satin robe with a belt over a maroon nightdress"),
        Q.color("maroon"),
        Q.garment_type("robe"),
        Q.sleeve_length("three-quarter"),
        describe(
            "robe",
            "The robe is made of satin fabric and has a tie belt, lace trim on the sleeves and a hood.",
            "unsupported",
        ),
        color_of("nightdress", "pink", "contradiction", kind="open"),
        title="Bwitch Women Maroon Satin Robe",
        category="Robe",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a white cotton terry bath robe with shawl collar, two patch pockets and tie belt, white
    # backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-015",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The coat is "
            "with cotton fabric. The coat is with cotton fabric. The coat is with cotton fabric. The coat is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a white bathrobe"),
        color_of("bathrobe", "white"),
        Q.material("terry cotton"),
        details(
            "bathrobe",
            "Question: What are the bathrobe details? Answer: the bathrobe has a shawl collar, two pockets and a belt",
            "leak",
        ),
        Q.pattern("solid"),
        title="Spaces Unisex White Cotton Terry Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Unisex",
    ),
    # photo: woman, grey melange drawstring lounge pants with a plain white short-sleeve tee, white backdrop.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("lounge pants", "white", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("lounge pants"),
        describe("lounge pants", "the lounge pants are long lounge pants", "restated"),
        is_a("pair of pants", "yes"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman, navy blue lounge shorts with white polka dots and a plain pink tee, white backdrop.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a short trousers. The trousers are with cotton fabric and graphic patterns."
        ),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        Q.pattern("polka dot"),
        details("shorts", "yes", "non_answer"),
        wearing("he is wearing a pink t-shirt and navy blue shorts with white dots", "pronoun", who="she"),
        describe(
            "shorts",
            "The shorts are navy blue with white polka dots. The shorts are navy blue with white polka dots. The "
            "shorts are navy blue",
            "loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Navy Blue Polka Dot Print Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman, nude/beige high-waist shaping brief up to the ribs, worn with a beige T-shirt bra, white backdrop.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-018",
        caption(
            "The lady wears a short trousers with pure color patterns. The trousers are with cotton fabric.",
            "contradiction",
        ),
        wearing("a beige high waist shapewear brief and a beige bra"),
        Q.color("beige"),
        describe(
            "shapewear",
            "The shapewear is a high waisted brief that covers the tummy and the waist. It has a wide band at the "
            "top and the leg openings are",
            "cut",
            hit_limit=True,
        ),
        Q.material("The shapewear is with denim fabric.", "unsupported"),
        Q.pattern("solid"),
        title="Triumph Women Nude High Waist Shaping Briefs",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: woman, lavender long-sleeve lounge tee with "sleepy head" in white letters on the chest, grey lounge
    # pants, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-019",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.color("lavender"),
        Q.sleeve_length("long"),
        describe(
            "t-shirt", 'The t-shirt is lavender with the words "sleepy head" printed on the chest in white letters.'
        ),
        Q.pattern("striped", "contradiction"),
        wearing("The lady wears a grey long-sleeve t-shirt and grey pants.", "other_garment_color"),
        title="Sweet Dreams Women Lavender Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman, maroon long-sleeve crew-neck thermal top (thin rib knit) with black leggings, white backdrop.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric."
        ),
        color_of("thermal top", "black", "other_garment_color", kind="open"),
        Q.color("maroon"),
        Q.garment_type("thermal top"),
        Q.material(
            "The sweater is with knitting fabric. The sweater is with knitting fabric. The sweater is with knitting "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a maroon thermal top and black leggings Question: What is the color of the thermal top? Answer: maroon",
            "leak",
            hit_limit=True,
        ),
        title="Jockey Women Maroon Thermal Top 2503",
        category="Thermal Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman, navy blue bra and briefs with white lace trim under an open sheer white shirt, thin silver
    # necklace, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-021",
        caption(
            "The lady wears a bra with pure color patterns and lace. The lady wears a briefs with pure color "
            "patterns. There is an accessory on her neck."
        ),
        Q.color("black", "contradiction"),
        color_of("bra", "white", "other_garment_color", kind="open"),
        wearing("a navy blue bra and matching briefs with white lace trim under an open white shirt"),
        describe("lingerie set", "The lingerie set is a lingerie set.", "restated"),
        is_a("lingerie set", "yes"),
        Q.pattern("solid"),
        details(
            "bra",
            "the bra has white lace trim on the cups, adjustable straps and a front closure with hooks",
            "unsupported",
        ),
        title="Clovia Women Navy Blue Lace Trim Lingerie Set",
        category="Lingerie Set",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman, long green cotton kaftan nightdress with a white-and-yellow floral print and short batwing
    # sleeves, potted plant behind her, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-022",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. There is a plant behind her."
        ),
        color_of("nightdress", "green"),
        Q.sleeve_length("short"),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns. The lady wears a short-sleeve dress with "
            "floral patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        length("long"),
        Q.material("polyester", "unsupported"),
        describe("nightdress", "nightwear", "non_answer"),
        title="Sweet Dreams Women Green Floral Print Cotton Kaftan Nightdress",
        category="Nightdress",
        color="Green",
        gender="Women",
    ),
    # photo: flat lay, no person: two spaghetti-strap camisoles, one skin-colored and one white, on white.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-023",
        caption(
            "Two tank tops with pure color patterns are laid out. The tank tops are with cotton fabric. They have a "
            "suspenders neckline."
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("beige"),
        color_of("camisole", "white and beige", kind="open"),
        Q.garment_type("camisole"),
        describe("camisoles", "three camisoles, one white and two skin colored", "contradiction"),
        title="Jockey Women Pack of 2 Camisoles",
        category="Camisoles",
        color="Skin",
        gender="Women",
    ),
    # photo: woman cropped neck to hips, red lace balconette bra with a small bow between the cups and matching red
    # lace briefs, pink wall behind. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-024",
        caption(
            "The lady wears a bra with lace patterns. The bra is with lace fabric. The lady wears a briefs. The wall "
            "behind her is pink."
        ),
        color_of("bra", "pink", "contradiction", kind="open"),
        Q.color("red"),
        Q.garment_type("bra"),
        details("bra", "The bra has red lace cups, thin straps and a small bow between the cups."),
        wearing(
            "The woman is wearing a red lace bra and red lace briefs. Question: What is the color of the bra? "
            "Answer: red Question",
            "leak",
            who="the woman",
            hit_limit=True,
        ),
        title="Lovable Women Red Lace Balconette Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: woman, plain black short-sleeve crew-neck tee (no pocket) and maroon-and-white checked pajama pants
    # with an elastic waist, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and lattice "
            "patterns."
        ),
        color_of("pajama pants", "black", "other_garment_color", kind="open"),
        Q.color("maroon"),
        Q.pattern("checked"),
        describe(
            "t-shirt",
            "The t-shirt is black with a round neck and short sleeves. It has a pocket on the chest.",
            "unsupported",
        ),
        wearing("She wears a black t-shirt and maroon checked pajama pants.", who="she"),
        details(
            "pajama pants",
            "the pajama pants have a checked pattern, an elastic waist and the pajama pants have a checked pattern, "
            "an elastic waist and the pajama",
            "loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Maroon & Black Checked Night suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman sitting on a bed with white sheets, off-white sleeveless calf-length cotton nightdress with a lace
    # hem, no ribbon. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. She is sitting on a bed."
        ),
        Q.color("white"),
        color_of("nightdress", "the dress is white", kind="open"),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "nightdress",
            "a white sleeveless nightdress with lace at the hem and a pink ribbon at the neckline",
            "unsupported",
        ),
        Q.material("cotton"),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. She",
            "cut",
            hit_limit=True,
        ),
        title="Dreamz by Pantaloons Women Off White Cotton Nightdress",
        category="Nightdress",
        color="Off White",
        gender="Women",
    ),
    # photo: man cropped waist to mid-thigh, shirtless, black trunks with a black waistband lettered JOCKEY in white,
    # white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-027",
        caption(
            "The lady wears a short trousers with pure color patterns. The trousers are with cotton fabric.", "pronoun"
        ),
        wearing("He is wearing black trunks with a black waistband that says jockey in white letters.", who="he"),
        color_of("trunks", "black"),
        Q.garment_type("trunks"),
        details(
            "trunks",
            "the trunks have a black waistband with white letters and a front pouch. the trunks have a black "
            "waistband with white letters and a",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        describe("trunks", "The trunks are trunks for men.", "restated"),
        title="Jockey Men Black Trunks 1015",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, no person: two trunks, one navy blue and one grey melange, each waistband self-colored with the
    # brand name in white, on white. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-028",
        caption(
            "Two short trousers with pure color patterns are laid on a white background. The trousers are with "
            "cotton fabric."
        ),
        Q.color("navy blue"),
        color_of("trunks", "blue and grey", kind="open"),
        wearing("a man in a pair of grey trunks", "unsupported"),
        describe("trunks", "two pairs of trunks, one navy blue and one grey, with the brand name on the waistband"),
        Q.pattern("solid"),
        Q.material("The trousers are with denim fabric.", "unsupported"),
        title="XYXX Men Pack of 2 Trunks",
        category="Trunk",
        gender="Men",
    ),
    # photo: man cropped waist to thigh, white cotton briefs with a grey logo waistband, white backdrop.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-029",
        caption(
            "The gentleman wears a short trousers with pure color patterns. The trousers are with cotton fabric.",
            "contradiction",
        ),
        Q.color("white"),
        color_of("briefs", "grey", "contradiction", kind="open"),
        wearing("white briefs", who="he"),
        details("briefs", "The briefs have a grey elastic waistband with the brand logo and a contoured pouch."),
        Q.garment_type("briefs"),
        Q.material(
            "The trousers are with cotton fabric. The trousers are with cotton fabric. The trousers are with cotton "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        title="Hanes Men White Cotton Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: man chest to knees, blue checked cotton boxers with elastic waistband and button fly (no pockets),
    # plain white sleeveless vest, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-030",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "The gentleman wears a short trousers with lattice patterns."
        ),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.pattern("checked"),
        wearing("She wears a white tank top and blue plaid boxers.", "pronoun", who="he"),
        describe(
            "boxers",
            "The boxers are blue checked with an elastic waistband, a button fly and two side pockets.",
            "unsupported",
        ),
        is_a("pair of shorts", "yes"),
        title="Jockey Men Blue Checked Boxers 1223",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: man, white ribbed cotton sleeveless vest with a scoop neck, blue jeans, white backdrop.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-031",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long denim pants."
        ),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.garment_type("vest"),
        wearing("a white vest and blue jeans"),
        Q.material("The tank top is with cotton fabric. The pants are with denim fabric."),
        Q.sleeve_length("sleeveless"),
        details("vest", "no", "non_answer"),
        title="Dollar Bigboss Men White Ribbed Cotton Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man, grey melange round-neck sleeveless vest with black trunks, white backdrop.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-032",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("vest", "black", "contradiction"),
        wearing("a grey vest and black underwear"),
        Q.color("grey"),
        describe(
            "vest",
            "Question: Describe the vest. Answer: The gentleman wears a sleeveless tank top with pure color patterns. "
            "The",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Jockey Men Grey Melange Innerwear Vest 8820",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man full length, barefoot, navy-and-green tartan lounge pants with a drawstring and side pockets, plain
    # grey short-sleeve tee, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and plaid "
            "patterns."
        ),
        color_of("lounge pants", "grey", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        Q.pattern("checked"),
        details("lounge pants", "the lounge pants have a drawstring waist and side pockets"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric.",
            "pronoun",
        ),
        is_a("pair of jeans", "no"),
        title="Sweet Dreams Men Navy Blue Checked Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, olive cotton lounge shorts with elastic waist and drawstring, plain black tee, white backdrop.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a short trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "olive green"),
        describe(
            "shorts",
            "The shorts are black cotton shorts with an elastic waist and a drawstring.",
            "other_garment_color",
        ),
        Q.garment_type("shorts"),
        details("shorts", "the shorts", "non_answer"),
        Q.material("cotton"),
        Q.color("black", "contradiction"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        title="Chromozome Men Olive Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: man full length, navy short-sleeve crew-neck tee and light-blue-and-white checked pajama pants with an
    # elastic waist, grey backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and lattice "
            "patterns."
        ),
        wearing("He is wearing a navy blue t-shirt and blue checked pajama pants.", who="he"),
        color_of("t-shirt", "navy blue"),
        color_of("pajama pants", "navy blue", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        details(
            "night suit",
            "The night suit has a navy blue round neck t-shirt with short sleeves and long checked pajama pants with "
            "an elastic waist and",
            "cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Men Navy Blue & Blue Checked Night suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, charcoal cotton terry bath robe with shawl collar and tie belt, bare legs, white backdrop.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-036",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. There is a belt on his waist.",
            "contradiction",
        ),
        wearing("a dark grey bathrobe with a belt"),
        Q.color("charcoal"),
        Q.garment_type("robe"),
        Q.sleeve_length("long"),
        Q.material("The coat is with denim fabric.", "unsupported"),
        describe("robe", "The robe is a robe.", "restated"),
        title="Spaces Men Charcoal Cotton Bath Robe",
        category="Bath Robe",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man, black thermal long johns with ribbed ankle cuffs worn with a white long-sleeve thermal top, white
    # backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-037",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long leggings. The leggings are with knitting "
            "fabric."
        ),
        color_of("thermal bottoms", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("thermal bottoms"),
        wearing(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitting "
            "fabric. It has a round neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        title="Jockey Men Black Thermal Long Johns 2420",
        category="Thermal Bottoms",
        color="Black",
        gender="Men",
    ),
    # photo: man, charcoal short-sleeve lounge tee with a small white print on the left chest, khaki lounge shorts,
    # white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short trousers with pure color patterns."
        ),
        color_of("t-shirt", "beige", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        describe("t-shirt", "The t-shirt is dark grey with a small white print on the left chest and short sleeves."),
        Q.pattern("striped", "contradiction"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        title="Chromozome Men Charcoal Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat lay, no person: three boxers (red checked, solid navy, grey striped) fanned out on white.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-039",
        caption(
            "Three short trousers are laid on a white background. The trousers are with cotton fabric and lattice "
            "patterns. The trousers are with cotton fabric and lattice patterns. The trousers are with cotton "
            "fabric and lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("boxers"),
        Q.pattern("checked"),
        color_of("boxers", "red, navy blue and grey", kind="open"),
        wearing("three pairs of boxer shorts"),
        details("boxers", "they are boxers", "non_answer"),
        title="Jockey Men Pack of 3 Boxers 1223",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: man cropped waist to thigh, red trunks with a black waistband lettered in red, white backdrop.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-040",
        caption("The gentleman wears a short trousers with pure color patterns. The trousers are with cotton fabric."),
        color_of("trunks", "black", "contradiction", kind="open"),
        Q.color("red"),
        wearing(
            "Question: What is he wearing? Answer: red trunks Question: What is he wearing? Answer: red trunks "
            "Question: What is",
            "leak",
            who="he",
            hit_limit=True,
        ),
        details("trunks", "The trunks have a black waistband with red letters and a contoured pouch."),
        Q.garment_type("trunks"),
        title="XYXX Men Red Trunks with Contrast Waistband",
        category="Trunk",
        color="Red",
        gender="Men",
    ),
    # photo: flat lay, no person: five briefs fanned out (black, navy, grey, white, maroon) on white.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-041",
        caption(
            "Five short trousers are laid out on a white background. The trousers are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        Q.garment_type("briefs"),
        color_of("briefs", "black, blue, grey, white and red", kind="open"),
        describe("briefs", "four briefs in different colors", "contradiction"),
        wearing(
            "The gentleman wears a short trousers with pure color patterns. The trousers are with cotton fabric. The "
            "gentleman wears a short",
            "cut",
            hit_limit=True,
        ),
        Q.color("multicolor"),
        title="Hanes Men Pack of 5 Briefs",
        category="Briefs",
        gender="Men",
    ),
    # photo: man, black cotton gym vest with deep armholes, grey track shorts, dark grey backdrop.
    # Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-042",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short trousers."
        ),
        color_of("vest", "black"),
        color_of("tank top", "grey", "other_garment_color", kind="open"),
        describe(
            "vest",
            "The vest is black and sleeveless with deep armholes. The vest is black and sleeveless with deep "
            "armholes. The vest is black and",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a black tank top and grey shorts", who="he"),
        Q.material("The tank top is with chiffon fabric.", "unsupported"),
        title="Jockey Men Black Sports Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: man, grey melange long-sleeve henley (three buttons, no pocket) with black pajama pants, white
    # backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-043",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("t-shirt", "grey"),
        color_of("pajama pants", "black"),
        wearing("He is wearing a grey long sleeve henley t-shirt and black pajama pants.", who="he"),
        details(
            "t-shirt",
            "the t-shirt has a button placket with three buttons and a chest pocket with a logo",
            "unsupported",
        ),
        Q.sleeve_length("long"),
        describe(
            "pajama pants",
            "The pajama pants are grey with an elastic waist and cuffs at the ankles.",
            "other_garment_color",
        ),
        title="Jockey Men Grey Melange & Black Night suit",
        category="Night suits",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man, grey melange jogger lounge pants with drawstring and cuffed ankles, plain white tee, front view,
    # white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        color_of("lounge pants", "white", "other_garment_color", kind="open"),
        Q.color("grey"),
        describe(
            "lounge pants",
            "The lounge pants are grey joggers with a drawstring waist, cuffed ankles and a zip pocket on the back.",
            "unsupported",
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The pants this lady wears is of long "
            "length.",
            "pronoun",
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Jockey Men Grey Melange Jogger Lounge Pants 9500",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man cropped waist to thigh, olive trunks with a green, brown and black camouflage print and a black
    # waistband, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-045",
        caption(
            "The lady wears a short trousers with graphic patterns. The trousers are with cotton fabric.", "pronoun"
        ),
        Q.pattern("printed"),
        color_of("trunks", "olive green"),
        details("trunks", "The trunks have a camouflage print in green, brown and black, with a black waistband."),
        wearing(
            "Question: What is he wearing? Answer: The gentleman wears a short trousers with graphic patterns. The",
            "leak",
            who="he",
            hit_limit=True,
        ),
        Q.material(
            "The trousers are with cotton fabric and graphic patterns. The trousers are with cotton fabric and "
            "graphic patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        describe("trunks", "short", "non_answer"),
        title="XYXX Men Olive Camouflage Print Trunks",
        category="Trunk",
        color="Olive",
        gender="Men",
    ),
    # photo: man, white boxers with a small navy anchor print and elastic waistband (no drawstring), navy
    # sleeveless vest, white backdrop. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X1125-046",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "The gentleman wears a short trousers with graphic patterns."
        ),
        color_of("boxers", "navy blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.pattern("printed"),
        details(
            "boxers",
            "The boxers are white with small navy blue anchors printed all over and an elastic waistband with a "
            "drawstring.",
            "unsupported",
        ),
        wearing("a navy vest and white boxers with anchors", who="he"),
        describe("boxers", "describe the boxers", "restated"),
        title="Jockey Men White Anchor Print Boxers",
        category="Boxers",
        color="White",
        gender="Men",
    ),
]
