"""BLIND_627 (46 products; Myntra lingerie and nightwear, base zero-shot): written blind in the fifty-third session.
Measured blind at 8710343 (the session's sixth rules): 100/131 failures found (76.3%) and 33/193 correct texts flagged
(17.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's lingerie and nightwear: bras (T-shirt, padded, sports, strapless, lace
bralettes, minimisers), briefs and packs of briefs, camisoles, babydolls, nightdresses, night suits (pyjama sets,
cami-and-shorts sets) and robes. About half are model shots on a white or grey studio backdrop, where the model often
wears a second garment (matching or contrasting briefs, jeans, lounge pants, a robe over a slip, a denim jacket over a
bra); the rest are flat lays on white, grey, wood, marble, satin sheets or a pink card, sometimes with props (flowers,
rose petals, a teddy bear, a mug, a hanger). Seller columns: title (product_name), category (article_type), color
(base_colour), gender; a few rows lack the category or the color, as real feeds do.

Who wrote what: every caption and every open answer is the untuned base model Salesforce/blip2-opt-2.7b, zero-shot,
greedy, prompt `Question: <q> Answer:`, 30 new tokens for answers and 50 for captions. The base model mostly stops
on its own with short lowercase answers; its failures are the colors of backdrops, props and other worn garments,
invented details (underwire, pockets, bows, front closures, lace that is not there), fibers it cannot see, "he" for
a woman now and then, yes/no or one-word answers to open questions, and, less often, a run-on that loops on a phrase
or is cut at the token limit, or that continues into a new `Question: ... Answer:` turn. Closed answers (garment
type, color, pattern, sleeve length, the yes/no "Is this a ...?" and two local closed questions) come from enrich's
`--engine reference`, which picks one candidate value: they never loop or stop short, but they can pick the
backdrop's color, another garment's color or type, or "no" for the very garment shown.

Labeling conventions and judgement calls:
- One failure label per text, the most specific one: a text cut at the token limit is "cut" and a text that repeats
  a phrase until the limit is "loop" (both with hit_limit=True), and I wrote their content otherwise true to the
  photo; a run-on that opens a new `Question: ... Answer:` turn (or starts with "Answer:") is "leak".
- "other_garment_color": the product is given the color of another garment (or of the other worn piece: the briefs
  under a bra sold alone, the slip under a robe, jeans, a cardigan, a denim jacket). The color of a backdrop, a prop,
  bed sheets, curtains, a chair or jewelry given to the product is "contradiction", not "other_garment_color".
- "contradiction": a color, garment type, pattern, sleeve length or count that the photo and the seller contradict;
  the closed garment type naming the other worn garment ("jacket", "robe") is a contradiction; "no" to "Is this a
  bra?" for a bra and "yes" to "Is this a bikini?" for a lingerie set are contradictions. Colors are judged by the
  coarse color groups (maroon/burgundy/red alike, peach is pink, nude/skin/beige alike, teal is blue so "green" for
  a teal robe is a contradiction); navy read as "black" is a contradiction.
- Two-color products: for even two-color stripes or a buffalo check either color is right; for a small print on a
  ground color (white dots on black, hearts on pink) only the ground color is right. For a two-piece set sold as one
  product (night suit, cami-and-shorts set, bra-and-briefs set) a color, pattern or type of either piece is right.
- Garment names: "panties", "underwear" and "briefs" are the same product; "tank top"/"top" for a camisole,
  "nightie"/"nightgown"/"dress" for a nightdress or babydoll, "pajamas" for a night suit and "bathrobe" for a robe
  are right. "shorts" for boyshorts and "t-shirt" for a t-shirt nightdress are contradictions (another kind of
  garment); a bare "bra" named for a bra-and-briefs set is right.
- "unsupported": a detail the photo does not show and the title does not state (underwire or padding on a non-wired
  or non-padded bra, pockets, buttons, bows, lace, a hat, a person in a flat lay), and a fiber that the title
  contradicts or that cannot be seen (silk for a satin robe, cotton for a seamless nylon bra, spandex, nylon). A
  fiber the title names, or lace, mesh, satin sheen, ribbing or fleece that the photo plainly shows, is right.
- "non_answer": a yes/no, "nothing", "i don't know", a bare color, or only the question's garment back ("it is a
  bralette") to an open question. A single correct garment noun to "What is the person wearing?" ("underwear",
  "a robe") is right, also for a flat lay. "restated": the question turned into a sentence that says nothing new
  ("the night suit details are the night suit", "the garment is made of material").
- "pronoun": "he"/"his" for the woman model; a flat lay answered with "a woman is wearing" is "unsupported".
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
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

padded = question("padded", "Is the bra padded?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_627 = [
    # photo: model shot, front view, white backdrop: black lace non-padded bra with matching black lace briefs.
    # Base model wrote the caption and the open answers; reference engine the closed ones.
    case(
        "X627-001",
        caption("a woman in a black lace bra and panties"),
        B.garment_type("bra"),
        B.color("black"),
        describe("bra", "black lace bra with thin straps"),
        B.material("lace"),
        details("bra", "the bra has a padded cup and a front closure", "unsupported"),
        padded("yes", "contradiction"),
        title="Enamor Women Black Lace Non-Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay on a white backdrop, nude seamless moulded T-shirt bra, cups facing up, no props.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-002",
        caption("a beige bra on a white surface"),
        B.color("white", "contradiction"),
        is_a("bra", "yes"),
        wearing("a woman is wearing a beige bra", "unsupported"),
        B.material("cotton", "unsupported"),
        B.pattern("solid"),
        title="Amante Women Nude Seamless Padded T-shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: flat lay on white, three bikini briefs fanned out: navy, grey melange and pink, each with an elastic
    # waistband. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-003",
        caption("three pairs of underwear on a white background"),
        B.garment_type("briefs"),
        B.pattern("striped", "contradiction"),
        describe("briefs", "two pairs of panties, one grey and one pink", "contradiction"),
        details("briefs", "the briefs have an elastic waistband"),
        B.material("cotton"),
        title="Jockey Women Pack of 3 Assorted Cotton Bikini Briefs",
        category="Briefs",
        color="Assorted",
        gender="Women",
    ),
    # photo: model shot, white backdrop: red padded underwired bra worn with black high-waist briefs.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-004",
        caption("a woman in a red bra and black panties"),
        color_of("bra", "black", "other_garment_color"),
        B.garment_type("bra"),
        wearing("a red bra and black underwear", who="the woman"),
        describe("bra", "the bra is a bra", "restated"),
        B.sleeve_length("sleeveless"),
        padded("yes"),
        title="Clovia Women Red Padded Underwired Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: model shot, white backdrop: navy short-sleeve tee and navy pyjama pants, both with a small white star
    # print. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-005",
        caption("a woman in blue pajamas with white stars"),
        B.garment_type("night suit"),
        B.color("black", "contradiction"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves"),
        wearing("he is wearing a pajama set", "pronoun"),
        B.material("polyester", "unsupported"),
        describe(
            "night suit",
            "a navy blue t-shirt with white stars all over it and a pair of navy blue pajama pants with white stars"
            " and an elastic waist with a",
            "cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Navy Blue Printed Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model shot, white backdrop: white ribbed camisole with thin straps and a scoop neck, tucked into
    # mid-blue denim jeans. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-006",
        caption("a woman in a white tank top and jeans"),
        B.garment_type("camisole"),
        B.color("blue", "other_garment_color"),
        details("camisole", "thin straps and a scoop neck"),
        describe("camisole", "a blue tank top", "other_garment_color"),
        is_a("camisole", "yes"),
        B.material("ribbed cotton"),
        title="Hanes Women White Ribbed Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model shot, white backdrop: maroon satin robe, three-quarter sleeves, belt tied, no pockets; a pink lace
    # slip shows at the neckline. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-007",
        caption("a woman in a red robe"),
        B.color("pink", "other_garment_color"),
        B.garment_type("robe"),
        B.sleeve_length("three-quarter sleeves"),
        B.material("silk", "unsupported"),
        details("robe", "the robe has a belt and a pocket on the chest", "unsupported"),
        describe("robe", "a pink satin robe with a belt", "other_garment_color"),
        title="Kanvin Women Maroon Satin Robe",
        category="Robe",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat lay on white: beige full-coverage minimiser bra with a lace overlay on the cups and wide straps.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-008",
        caption("a beige bra with lace on a white background"),
        B.color("beige"),
        B.pattern("solid"),
        describe("bra", "a beige bra with lace and wide straps"),
        details("bra", "lace Question: What are the bra details? Answer: lace", "leak"),
        is_a("bra", "yes"),
        title="Triumph Women Beige Minimizer Bra",
        category="Bra",
        color="Beige",
        gender="Women",
    ),
    # photo: model shot on a light grey backdrop: purple babydoll, floral-print lace bodice, sheer purple mesh skirt
    # with lace trim, matching thong; she hugs a white pillow. Base model open texts; reference engine closed ones.
    case(
        "X627-009",
        caption("a woman in a purple lingerie holding a pillow"),
        B.garment_type("babydoll"),
        B.color("purple"),
        wearing("a purple nightie", who="she"),
        details("babydoll", "sheer skirt with lace trim"),
        B.material("satin", "unsupported"),
        B.pattern("floral"),
        describe("babydoll", "the babydoll is purple and white", "contradiction"),
        title="Zivame Women Purple Printed Mesh Baby Doll",
        category="Baby Dolls",
        color="Purple",
        gender="Women",
    ),
    # photo: model shot, white backdrop: pink padded bra with grey jersey lounge shorts.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-010",
        caption("a woman in a pink bra and grey shorts"),
        color_of("bra", "grey", "other_garment_color"),
        B.garment_type("bra"),
        is_a("bra", "no", "contradiction"),
        describe(
            "bra",
            "a pink bra with a pink strap and a pink strap and a pink strap and a pink strap and a pink strap and a"
            " pink",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        wearing("he is wearing a pink bra and grey shorts", "pronoun"),
        title="Lovable Women Pink Padded Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: flat lay on a light wooden table: black camisole, V neck, adjustable straps; a sprig of eucalyptus
    # beside it. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-011",
        caption("a black tank top on a wooden table"),
        B.garment_type("top"),
        B.color("brown", "contradiction"),
        wearing("a brown tank top", "contradiction"),
        details("camisole", "adjustable straps and a v neck"),
        neckline("v-neck"),
        B.material("cotton", "unsupported"),
        title="Amante Women Black Solid Modal Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: model shot, white backdrop: grey melange short-sleeve crew-neck tee with "SLEEP MODE" in pink letters,
    # pink and white striped shorts. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-012",
        caption("a woman in a grey t-shirt and pink shorts"),
        B.garment_type("night suit"),
        B.color("grey"),
        B.pattern("striped"),
        wearing("a grey shirt with the words sleep mode and pink shorts"),
        details("night suit", "the shirt has a pocket and buttons down the front", "unsupported"),
        describe("night suit", "it's a night suit", "non_answer"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Jockey Women Grey Melange & Pink Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model shot, three-quarter view, white backdrop: teal racerback sports bra with black leggings.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-013",
        caption("a woman in a blue sports bra and black leggings"),
        B.color("black", "other_garment_color"),
        B.garment_type("bra"),
        describe("bra", "it's a sports bra with a racer back"),
        wearing("he is wearing a sports bra and black leggings", "pronoun"),
        B.material("spandex", "unsupported"),
        details("bra", "the bra has details", "restated"),
        title="Enamor Women Teal Blue Cotton Racerback Sports Bra",
        category="Bra",
        color="Teal",
        gender="Women",
    ),
    # photo: model seated on a red velvet armchair, grey studio: black sheer lace babydoll with a small satin bow at
    # the bust, matching black thong. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-014",
        caption("a woman in black lingerie sitting on a red chair"),
        B.color("red", "contradiction"),
        B.garment_type("babydoll"),
        describe("babydoll", "a black lace nightie with a sheer skirt"),
        wearing("she is wearing a black lace nightgown", who="she"),
        details(
            "babydoll",
            "the babydoll has a lace trim and a bow on the front and a lace trim on the back and a lace trim on the"
            " back and a lace trim on the",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women Black Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay on white: pink long-sleeve pyjama top (notched collar, white buttons, chest pocket) and
    # matching pants, white heart print, a brown teddy bear beside them.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-015",
        caption("a pink pajama set with a teddy bear"),
        B.garment_type("night suit"),
        B.pattern("polka dot", "contradiction"),
        B.sleeve_length("long sleeves"),
        wearing("nothing", "non_answer"),
        describe("night suit", "pink pajamas with white hearts and a button front"),
        B.material("satin", "unsupported"),
        details(
            "night suit",
            "the top has a notched collar and white buttons down the front and a pocket on the chest and the pants"
            " have an elastic waist and white hearts all over the",
            "cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Pink Printed Cotton Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model shot, white backdrop: navy non-wired bra with wide plain straps, worn with white lounge pants.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-016",
        caption("a woman in a blue bra and white pants"),
        color_of("bra", "white", "other_garment_color", kind="open"),
        B.color("navy blue"),
        details("bra", "underwire cups and a lace band", "unsupported"),
        describe("bra", "a dark blue bra with wide straps"),
        is_a("bra", "yes"),
        B.material("the material of the garment is the fabric", "restated"),
        title="Triumph Women Navy Blue Non-Wired Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cropped model shot, white backdrop: peach seamless hipster briefs under a white cropped t-shirt.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-017",
        caption("a woman in a white t-shirt and peach underwear"),
        B.color("white", "other_garment_color"),
        B.garment_type("briefs"),
        describe("briefs", "they are briefs", "non_answer"),
        details("briefs", "seamless with no visible elastic"),
        B.material("nylon", "unsupported"),
        wearing("a white shirt and white underwear", "other_garment_color"),
        title="Zivame Women Peach Seamless Briefs",
        category="Briefs",
        color="Peach",
        gender="Women",
    ),
    # photo: model shot, white backdrop: white sleeveless knee-length cotton nightdress with a small pink floral
    # print, an open navy cardigan over it. Base model wrote caption and open answers; reference engine the closed.
    case(
        "X627-018",
        caption("a woman in a white dress with pink flowers and a blue cardigan"),
        B.garment_type("dress"),
        B.color("navy blue", "other_garment_color"),
        B.pattern("floral"),
        wearing("a white nightgown with flowers and a blue sweater"),
        details(
            "nightdress",
            "white with flowers Question: What are the nightdress details? Answer: The nightdress is white with a"
            " floral",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        describe("nightdress", "a navy blue dress with flowers", "other_garment_color"),
        title="Kanvin Women White Floral Print Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: flat lay on a black satin sheet with scattered rose petals: red lace padded bra and matching red lace
    # briefs with a small satin bow. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-019",
        caption("a red bra and panties on a black sheet with rose petals"),
        B.color("black", "contradiction"),
        B.garment_type("bra"),
        describe("lingerie set", "a red lace bra and matching panties"),
        is_a("bikini", "yes", "contradiction"),
        B.material("lace"),
        details(
            "lingerie set",
            "the bra has a red lace overlay with a scalloped edge and the panties have a matching lace waistband with a"
            " small satin bow in the",
            "cut",
            hit_limit=True,
        ),
        title="Amante Women Red Lace Padded Bra and Briefs Set",
        category="Lingerie Set",
        color="Red",
        gender="Women",
    ),
    # photo: flat lay on white: two identical black camisoles with thin straps side by side.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-020",
        caption("two black tank tops on a white background"),
        B.garment_type("camisole"),
        B.color("black"),
        details(
            "camisoles",
            "a black tank top with thin straps and a black tank top with thin straps and a black tank top with thin"
            " straps and a black",
            "loop",
            hit_limit=True,
        ),
        wearing("a black tank top"),
        describe("camisoles", "three black tank tops", "contradiction"),
        B.material("the garment is made of material", "restated"),
        title="Hanes Women Black Pack of 2 Camisoles",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: model shot by a window with white curtains: lavender satin slip nightdress, thin straps, knee length.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-021",
        caption("a woman in a purple satin dress standing by a window"),
        B.color("white", "contradiction"),
        B.garment_type("nightdress"),
        B.material("silk", "unsupported"),
        wearing("he is wearing a purple nightgown", "pronoun"),
        B.sleeve_length("sleeveless"),
        describe("nightdress", "yes", "non_answer"),
        title="Sweet Dreams Women Lavender Solid Satin Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: model shot, white backdrop: olive padded T-shirt bra (olive straps) worn with mid-blue high-waist jeans.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-022",
        caption("a woman in a green bra and jeans"),
        color_of("bra", "olive"),
        B.color("blue", "other_garment_color"),
        describe("bra", "a green bra with padded cups"),
        details("bra", "blue straps and padded cups", "other_garment_color"),
        is_a("bra", "yes"),
        wearing("a green bra and blue jeans Question: What is the color of the bra? Answer: green", "leak"),
        title="Enamor Women Olive Padded T-shirt Bra",
        category="Bra",
        color="Olive",
        gender="Women",
    ),
    # photo: model shot, white backdrop: long-sleeve top with even black and white horizontal stripes, solid black
    # pyjama pants, no headwear. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-023",
        caption("a woman in a black and white striped shirt and black pants"),
        B.pattern("striped"),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        describe("night suit", "a striped shirt with black pants and a striped hat", "unsupported"),
        details("night suit", "the night suit details are the night suit", "restated"),
        B.garment_type("night suit"),
        title="Kanvin Women Black & White Striped Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay on white marble with a coffee mug: burgundy satin camisole with lace trim at the neckline and
    # matching satin shorts. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-024",
        caption("a red satin top and shorts on a marble table with a cup of coffee"),
        B.garment_type("night suit"),
        B.color("maroon"),
        wearing("a woman is wearing a red top and shorts", "unsupported"),
        B.material("satin"),
        describe("set", "a burgundy satin camisole and shorts with lace trim"),
        details("set", "the shorts have pockets and a drawstring waist", "unsupported"),
        title="Clovia Women Wine Satin Cami and Shorts Night Suit",
        category="Night suits",
        color="Burgundy",
        gender="Women",
    ),
    # photo: cropped model shot, front view, white backdrop: skin-tone hipster briefs worn with a black bra.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-025",
        caption("a woman in a black bra and beige underwear"),
        B.color("black", "other_garment_color"),
        B.garment_type("briefs"),
        describe("briefs", "a pair of black panties", "other_garment_color"),
        details("briefs", "a wide waistband and full coverage at the back", "unsupported"),
        is_a("pair of shorts", "no"),
        title="Jockey Women Skin Hipster Briefs",
        category="Briefs",
        color="Skin",
        gender="Women",
    ),
    # photo: flat lay on a pink card backdrop with pink peonies beside it: white floral lace bralette, thin straps,
    # unpadded. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-026",
        caption("a white lace bra and pink flowers on a pink background"),
        B.color("pink", "contradiction"),
        B.pattern("floral"),
        details("bralette", "it has lace and thin straps"),
        B.material("lace"),
        wearing("a pink bra", "contradiction"),
        describe("bralette", "it is a bralette", "non_answer"),
        padded("yes", "contradiction"),
        title="Lovable Women White Floral Lace Non-Padded Bralette",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: model shot, white backdrop: mustard satin calf-length robe with full sleeves, worn open over a black bra
    # and black briefs. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-027",
        caption("a woman in a yellow robe and black lingerie"),
        B.color("black", "other_garment_color"),
        B.garment_type("robe"),
        wearing("she is wearing a yellow robe and black underwear", who="she"),
        describe("robe", "a long yellow robe with wide sleeves"),
        B.sleeve_length("long sleeves"),
        B.material("cotton", "unsupported"),
        details("robe", "a belt Question: Is the robe long? Answer: yes", "leak"),
        title="Fashionista Women Mustard Satin Robe",
        category="Robe",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat lay on white: plain black strapless bra, its detachable straps laid beside it, no lace, no bow.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-028",
        caption("a black strapless bra on a white background"),
        B.garment_type("bra"),
        B.sleeve_length("sleeveless"),
        describe("bra", "a black bra with a bow in the center and lace cups", "unsupported"),
        details("bra", "the bra has the details of a bra", "restated"),
        wearing("a black bra"),
        is_a("bra", "yes"),
        title="Triumph Women Black Strapless Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model sitting on a bed with white sheets: light blue tee with a white cloud print and navy shorts with a
    # drawstring. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-029",
        caption("a woman sitting on a bed in blue pajamas"),
        B.color("white", "contradiction"),
        B.garment_type("night suit"),
        B.sleeve_length("short sleeves"),
        wearing("he is wearing a blue t-shirt with clouds and blue shorts", "pronoun"),
        details(
            "night suit",
            "cloud print on the top and a drawstring on the shorts and a drawstring on the shorts and a drawstring on"
            " the shorts and",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Zivame Women Blue Printed Cotton Shorts Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: model shot, white backdrop: pink satin camisole, lace at the neckline and hem, a tiny bow at the centre,
    # adjustable straps, worn with grey lounge pants. Base model open texts; reference engine the closed ones.
    case(
        "X627-030",
        caption("a woman in a pink camisole and grey pants"),
        B.color("grey", "other_garment_color"),
        describe("camisole", "a pink satin top with lace on the neckline"),
        details(
            "camisole",
            "the camisole has lace on the neckline and adjustable straps and a lace hem at the bottom and a small bow"
            " in the middle of the",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a pink top and grey pants", "pronoun"),
        B.garment_type("camisole"),
        title="Amante Women Pink Satin Lace Camisole",
        category="Camisoles",
        color="Pink",
        gender="Women",
    ),
    # photo: model shot, white backdrop: black padded bra with small white polka dots and a tiny bow at the centre,
    # matching briefs. Seller row has no color. Base model open texts; reference engine the closed ones.
    case(
        "X627-031",
        caption("a woman in a black and white polka dot bra and panties"),
        B.pattern("polka dot"),
        B.color("white", "contradiction"),
        describe("bra", "a polka dot bra with a bow in the middle"),
        is_a("bra", "yes"),
        B.material("i don't know", "non_answer"),
        details("bra", "underwire cups with a front hook closure", "unsupported"),
        title="Clovia Women Black Printed Padded Bra",
        category="Bra",
        gender="Women",
    ),
    # photo: flat lay on white: sea-green short-sleeve knee-length t-shirt nightdress with a white sleeping-cat
    # graphic and "I need my beauty sleep" under it. Base model open texts; reference engine the closed ones.
    case(
        "X627-032",
        caption("a green t-shirt dress with a cat on it"),
        B.garment_type("t-shirt", "contradiction"),
        B.color("green"),
        B.pattern("graphic"),
        B.sleeve_length("short sleeves"),
        describe(
            "nightdress",
            "a green nightdress with a white cat on the front and the words i need my beauty sleep written in white"
            " letters under the cat and a",
            "cut",
            hit_limit=True,
        ),
        wearing("green", "non_answer"),
        title="Kanvin Women Sea Green Graphic Print Nightdress",
        category="Nightdress",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model shot, white backdrop: grey melange hooded fleece robe with a belt and two patch pockets, over white
    # pyjamas. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-033",
        caption("a woman in a grey bathrobe"),
        B.garment_type("robe"),
        B.color("white", "other_garment_color"),
        details("robe", "a hood, a belt and two pockets"),
        B.material("fleece"),
        wearing("a grey robe with a hood", who="she"),
        describe("robe", "a white robe with a hood", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        is_a("jacket", "yes", "contradiction"),
        title="Sweet Dreams Women Grey Melange Hooded Fleece Robe",
        category="Robe",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model shot against a black studio backdrop: maroon full-coverage minimiser bra, wide straps, matching
    # maroon briefs. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-034",
        caption("a woman in a maroon bra and panties against a black background"),
        B.color("black", "contradiction"),
        color_of("bra", "burgundy"),
        describe("bra", "a dark red bra with wide straps and full cups"),
        details("bra", "Answer: the bra has wide straps", "leak"),
        is_a("bra", "yes"),
        title="Triumph Women Maroon Minimizer Bra",
        category="Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat lay on white: two plain-edged boyshorts, one leopard print, one solid black.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-035",
        caption("two pairs of underwear, one leopard print and one black"),
        B.pattern("animal print"),
        B.garment_type("shorts", "contradiction"),
        describe("briefs", "leopard print panties and black panties"),
        wearing("underwear"),
        B.material("cotton and spandex", "unsupported"),
        details("briefs", "the leopard print ones have a lace trim on the legs", "unsupported"),
        title="Hanes Women Pack of 2 Printed Boyshorts",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: model shot, white backdrop: white padded bra under an open light-blue denim jacket, with blue jeans.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-036",
        caption("a woman in a white bra and a denim jacket"),
        B.color("blue", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        describe("bra", "a white bra with padded cups"),
        wearing("a white bra, a denim jacket and jeans"),
        is_a("bra", "yes"),
        details("bra", "the bra details are the details of the bra", "restated"),
        title="Lady Lyka Women White Padded Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: peach satin babydoll with lace cups on a wooden hanger against a white wall, no person.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-037",
        caption("a peach nightie hanging on a hanger"),
        B.color("pink"),
        B.garment_type("babydoll"),
        describe("babydoll", "a peach satin nightie with lace cups"),
        B.material("silk", "unsupported"),
        details("babydoll", "lace cups Question: What is the color of the babydoll? Answer: peach", "leak"),
        is_a("dress", "yes"),
        title="Zivame Women Peach Satin Baby Doll",
        category="Baby Dolls",
        color="Peach",
        gender="Women",
    ),
    # photo: model holding a white mug, white backdrop: sleeveless navy tank top and navy pyjama pants, both with a
    # white floral print, elastic waist, no pockets in view. Base model open texts; reference engine the closed ones.
    case(
        "X627-038",
        caption("a woman in a blue floral pajama set holding a cup"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("navy blue"),
        wearing("he is wearing a pajama set with flowers", "pronoun"),
        details("night suit", "the pants have a drawstring waist and pockets on the sides", "unsupported"),
        describe("night suit", "a blue tank top and blue pants with white flowers"),
        title="Enamor Women Navy Blue Floral Print Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model shot, white backdrop: black longline bra with plain straps and a wide band, a red satin robe worn
    # open over it. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-039",
        caption("a woman in a black bra and a red robe"),
        B.color("red", "other_garment_color"),
        B.garment_type("robe", "contradiction"),
        color_of("bra", "black"),
        describe("bra", "a black bra with a long band and lace straps", "unsupported"),
        details("bra", "a wide band under the cups"),
        wearing("he is wearing a black bra and a red robe", "pronoun"),
        title="Amante Women Black Solid Longline Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay on a dark grey backdrop: nude seamless camisole with wide straps and a round neck, no lace.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-040",
        caption("a beige tank top on a grey background"),
        B.color("grey", "contradiction"),
        B.garment_type("camisole"),
        wearing("a tank top"),
        describe("camisole", "a beige camisole with wide straps and a round neck"),
        neckline("v-neck", "contradiction"),
        details(
            "camisole",
            "the camisole has a lace trim on the neckline and the hem and a lace trim on the neckline and the hem and"
            " a lace trim",
            "loop",
            hit_limit=True,
        ),
        title="Zivame Women Nude Seamless Camisole",
        category="Camisoles",
        color="Nude",
        gender="Women",
    ),
    # photo: model shot, white backdrop: red and black buffalo-check flannel night suit, collared button-front
    # long-sleeve top and matching pants, black fuzzy slippers, bare head. Base model open; reference engine closed.
    case(
        "X627-041",
        caption("a woman in red and black plaid pajamas"),
        B.pattern("checked"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        describe("night suit", "a red plaid shirt with buttons and a collar and red plaid pants"),
        wearing("a red plaid shirt and black slippers and a red plaid hat", "unsupported"),
        B.material("flannel"),
        title="Sweet Dreams Women Red & Black Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: flat lay on white: lavender minimiser bra, lace trim along the cup edge, small bow at the centre, wide
    # side wings. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-042",
        caption("a purple bra on a white background"),
        B.color("white", "contradiction"),
        B.garment_type("bra"),
        describe("bra", "purple", "non_answer"),
        details(
            "bra",
            "the bra has wide straps and full coverage cups with a lace trim along the top edge and a small bow in the"
            " center and wide side wings with a",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple bra"),
        title="Lovable Women Lavender Minimiser Bra",
        category="Bra",
        color="Lavender",
        gender="Women",
    ),
    # photo: model shot on a grey backdrop: black sheer mesh robe with lace trim on the sleeves and hem, long
    # sleeves, over a black satin babydoll. Base model wrote caption and open answers; reference engine closed ones.
    case(
        "X627-043",
        caption("a woman in a black lace robe"),
        B.garment_type("robe"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        wearing("he is wearing a black robe", "pronoun"),
        details("robe", "lace trim on the sleeves and the hem"),
        B.material("satin", "unsupported"),
        describe("robe", "no", "non_answer"),
        title="Clovia Women Black Sheer Mesh Robe",
        category="Robe",
        color="Black",
        gender="Women",
    ),
    # photo: cropped model shot, white backdrop: pink bikini briefs with small red hearts, a lace waistband and a
    # tiny front bow, worn with a grey tank top. Base model wrote caption and open answers; reference engine closed.
    case(
        "X627-044",
        caption("a woman in pink panties with hearts and a grey tank top"),
        B.color("grey", "other_garment_color"),
        B.pattern("printed"),
        describe("briefs", "pink panties with red hearts"),
        details("briefs", "the briefs have a lace waistband and a bow in the front"),
        is_a("bra", "yes", "contradiction"),
        B.material("silk", "unsupported"),
        wearing("she's wearing pink panties with hearts and a grey tank top", who="she"),
        title="Enamor Women Pink Printed Bikini Briefs",
        category="Briefs",
        color="Pink",
        gender="Women",
    ),
    # photo: flat lay on white: teal satin robe laid open with its belt, wide sleeves, no pockets.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X627-045",
        caption("a blue satin robe on a white background"),
        B.color("green", "contradiction"),
        B.garment_type("robe"),
        B.material("satin"),
        wearing("a robe"),
        details("robe", "a belt and two pockets", "unsupported"),
        describe("robe", "a teal robe Question: What is the material of the robe? Answer: satin", "leak"),
        title="Fashionista Women Teal Satin Robe",
        category="Robe",
        color="Teal",
        gender="Women",
    ),
    # photo: model shot, white backdrop: royal-blue lace plunge bra with matching blue lace briefs, a thin gold
    # necklace. Seller row has no category. Base model wrote caption and open answers; reference engine closed ones.
    case(
        "X627-046",
        caption("a woman in a blue lace bra and panties with a gold necklace"),
        B.color("gold", "contradiction"),
        B.garment_type("bra"),
        describe("bra", "a blue lace bra with a plunging neckline"),
        details(
            "bra",
            "the bra is blue and the bra is blue and the bra is blue and the bra is blue and the bra is blue and the",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue bra and blue panties", who="the woman"),
        title="Amante Women Blue Lace Plunge Bra",
        color="Blue",
        gender="Women",
    ),
]
