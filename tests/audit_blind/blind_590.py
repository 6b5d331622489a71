"""BLIND_590 (46 products; Myntra kids' party and festive wear): written blind in the fifty-second session. Measured
blind at 2c3debe (the session's fourth rules): 93/125 failures found (74.4%) and 18/180 correct texts flagged (10.0%).
The writer's notes, verbatim:

Scenario: a Myntra kids' party and festive wear feed (Girls' party dresses, gowns and ethnic dresses, lehenga
cholis, sharara sets; Boys' kurta sets with and without Nehru jackets, sherwanis, shirts with waistcoats, blazers
and suits). Most photos are a child model on a white or light studio backdrop, front view, with the other pieces
of the set worn (churidar, pyjama, dupatta, stole, bow tie, tights); a few are flat lays, one is a ghost mannequin,
one is a back view, one a side view, and a few have props or a festive backdrop (balloons, marigold garlands, a
brass urli with flowers, a Christmas tree, a garden, a stool).

Who wrote what: every caption is the untuned base model (Salesforce/blip2-opt-2.7b): short, generic, stops on its
own, calls a kurta a "shirt" and a lehenga a "dress", names maroon "red" and lavender "purple", and now and then
invents a prop or reads velvet maroon as purple. Open answers are the VQA adapter (Data3_V3_BLIP2_VQA) with greedy
decoding and 30 new tokens: it was trained without an end token, so part of its answers run on into loops, stop
mid-phrase at the limit, or go on into the next "Question: ... Answer:" turn; it also gives the asked garment the
color of the garment next to it, guesses he/she, and pads descriptions with invented details. Closed answers are
enrich's --engine reference, one candidate value each (garment type, color, pattern, sleeve length, yes/no).

Labeling conventions and judgement calls:
- other_garment_color: an open answer that gives the asked garment the color of another garment visible in the
  photo (the jacket's maroon for the kurta, the kurta's yellow for the pyjama, the bow tie's pink for the shorts),
  whether or not the asked garment is the seller's product.
- contradiction: every wrong closed answer (including a closed color that is another garment's color, and a closed
  set color that differs from the seller's color), a wrong color that comes from no garment (the backdrop's pink
  or green, the garlands' yellow), a wrong garment type, and a caption that swaps or misnames colors.
- Near shades are not failures: maroon called red, lavender called purple, peach called pink, teal called blue,
  cream or off-white called white, mustard called yellow; a kurta called a shirt or a lehenga called a skirt or
  dress in a base caption is the base model's vocabulary, not a failure. A Nehru jacket answered "vest" is correct.
- unsupported: a detail, prop, person or fabric the photo does not show (pockets, zips and keyhole openings on the
  unseen back, a potli bag, a sword, a magic wand, a person in a flat lay or mannequin shot), and a material that the
  seller's title contradicts ("cotton" for a silk-blend or velvet title). A plausible material the photo shows and
  the title does not name (satin, tulle, velvet, brocade) is correct.
- A text that runs on in a loop is labeled loop even when it also ran to the limit (hit_limit=True set too); a text
  that goes on into a new "Question: ... Answer:" turn is labeled leak, even when the leaked turn repeats; cut is
  kept for answers that stop mid-phrase at the limit without repeating or leaking.
- non_answer: a one-word or yes/no reply to an open describe/details question, or only the garment's name back;
  restated: a reply that only turns the question around ("the jacket details are the details of the jacket").
- pronoun: "he"/"she" in an open answer that is wrong for the row's gender; a caption's "girl"/"boy" is not counted.
- Where a text has two faults, the label is the one a reader would notice first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_590 = [
    # photo: girl, front view, white backdrop, peach sleeveless fit-and-flare party dress with a sequinned bodice and a
    # three-layer tulle skirt to the knee; silver hairband, silver ballerinas. Caption: base OPT-2.7b; open answers:
    # VQA adapter; closed answers: reference engine.
    case(
        "X590-001",
        caption("a little girl in a peach dress standing in front of a white background"),
        wearing("a peach party dress with a sequined top and a tulle skirt"),
        color_of("dress", "peach"),
        B.pattern("embellished"),
        B.sleeve_length("sleeveless"),
        details(
            "dress",
            "sequined bodice, layered tulle skirt, layered tulle skirt, layered tulle skirt, layered tulle skirt, "
            "layered tulle skirt, layered",
            "loop",
            hit_limit=True,
        ),
        title="YK Girls Peach-Coloured Embellished Fit and Flare Party Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop, magenta lehenga skirt with a gold gota border, mustard yellow short-
    # sleeved choli with mirror work, magenta net dupatta over one shoulder; she holds the dupatta's end, no bag.
    # Caption: base model; open: VQA adapter; closed: reference engine.
    case(
        "X590-002",
        caption("a young girl in a pink and yellow lehenga"),
        wearing("she is wearing a pink lehenga with a yellow blouse and a pink dupatta", who="the girl"),
        color_of("lehenga", "yellow", "other_garment_color", kind="open"),
        B.color("pink"),
        describe(
            "lehenga",
            "a pink lehenga with a gold border and mirror work on the blouse, paired with a matching potli bag",
            "unsupported",
        ),
        details("lehenga", "lehenga", "non_answer"),
        is_a("lehenga", "yes"),
        title="Biba Kids Girls Magenta & Mustard Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, cream silk-blend kurta with a mandarin collar, white churidar, maroon
    # floral-printed Nehru jacket worn open over the kurta, brown mojaris. Caption: base; open: VQA; closed: reference.
    case(
        "X590-003",
        caption("a young boy wearing a maroon jacket and white pants"),
        wearing("a cream kurta with a maroon nehru jacket and white churidar", who="the boy"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        B.color("cream"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket, the jacket has a floral print. Question: What is "
            "the color of the churidar? Answer: white",
            "leak",
            hit_limit=True,
        ),
        B.material("cotton", "unsupported"),
        title="Jashvi Boys Cream-Coloured Silk Blend Kurta with Churidar & Maroon Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: boy, front view, light grey studio backdrop, off-white knee-length sherwani with gold embroidery on the
    # collar and placket, gold buttons, beige churidar, red stole over the left shoulder, gold mojaris. Caption: base;
    # open: VQA adapter; closed: reference engine.
    case(
        "X590-004",
        caption("a young boy in a white sherwani with a red scarf"),
        wearing("he is wearing a white sherwani with a red dupatta"),
        color_of("sherwani", "red", "contradiction"),
        describe(
            "sherwani",
            "the sherwani is off white with gold embroidery on the collar and down the front, gold buttons, and a red "
            "dupatta draped over the left shoulder with a gold",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        is_a("dress", "yes", "contradiction"),
        title="Manyavar Boys Off-White Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Boys",
    ),
    # photo: flat lay on white, no model: navy blue velvet bodice with short puff sleeves, navy tulle skirt printed
    # with small silver stars, a navy satin bow at the waist. Caption: base; open: VQA adapter; closed: reference.
    case(
        "X590-005",
        caption("a blue dress with stars on it"),
        wearing("navy blue dress with silver stars"),
        color_of("dress", "black", "contradiction"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves"),
        details("dress", "velvet bodice, puff sleeves, tulle skirt with silver stars and a bow at the waist"),
        describe("dress", "the dress is a dress", "restated"),
        title="Hopscotch Girls Navy Blue Velvet Star Print Party Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, hands in pockets: white full-sleeved shirt, grey checked four-button
    # waistcoat, black bow tie, black trousers, black shoes. Caption: base; open: VQA adapter; closed: reference.
    case(
        "X590-006",
        caption("a young boy in a grey vest and bow tie"),
        wearing("a white shirt, a grey checked waistcoat, a black bow tie and black pants"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        color_of("waistcoat", "grey"),
        is_a("vest", "yes"),
        details(
            "shirt",
            "the shirt has a spread collar and full sleeves with buttoned cuffs, it is worn under a grey checked "
            "waistcoat with four buttons and a black bow tie at the",
            "cut",
            hit_limit=True,
        ),
        title="Hopscotch Boys White Shirt with Grey Checked Waistcoat & Black Trousers Set",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, turquoise blue georgette lehenga with multicolour thread embroidery,
    # matching turquoise choli with cap sleeves, peach dupatta with a gold lace border. Caption: base; open: VQA
    # adapter; closed: reference engine.
    case(
        "X590-007",
        caption("a little girl wearing a blue lehenga and a pink dupatta"),
        wearing("he is wearing a blue lehenga choli with a peach dupatta", "pronoun"),
        B.color("blue"),
        color_of("dupatta", "peach"),
        describe(
            "lehenga",
            "blue lehenga with colorful thread embroidery, a blue blouse with cap sleeves and a peach dupatta with a "
            "gold lace border on the edges and a",
            "cut",
            hit_limit=True,
        ),
        B.pattern("embroidered"),
        B.material("velvet", "unsupported"),
        title="Aks Kids Girls Turquoise Blue Thread Work Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, navy blue single-breasted two-button blazer with notch lapels and flap
    # pockets, worn open over a white crew-neck t-shirt, light blue jeans, white sneakers. Caption: base; open: VQA
    # adapter; closed: reference engine.
    case(
        "X590-008",
        caption("a young boy wearing a blue jacket and jeans"),
        wearing("he is wearing a navy blue blazer over a white t-shirt and jeans", who="the boy"),
        color_of("blazer", "white", "other_garment_color", kind="open"),
        B.garment_type("blazer"),
        details("blazer", "notch lapels, two buttons and flap pockets"),
        describe("blazer", "blazer", "non_answer"),
        B.material("denim", "unsupported"),
        title="Allen Solly Junior Boys Navy Blue Solid Single-Breasted Party Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, floor-length maroon Anarkali gown with gold foil print all over, full
    # sleeves, gold juttis; no dupatta. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-009",
        caption("a girl in a red dress"),
        wearing("a maroon anarkali dress with gold print and a matching dupatta", "unsupported"),
        color_of("dress", "maroon"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe(
            "dress",
            "maroon gown with golden foil print all over and full sleeves. Question: What is the color of the dress? "
            "Answer: maroon. Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="Bitiya by Bhama Girls Maroon Foil Printed Anarkali Ethnic Gown",
        category="Ethnic Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, yellow cotton kurta with a small white floral print, white pyjama, brown
    # sandals; empty hands, nothing held. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-010",
        caption("a little boy in a yellow shirt and white pants holding a kite", "unsupported"),
        wearing("yellow kurta and white pyjama"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "yellow", "other_garment_color", kind="open"),
        B.pattern("floral"),
        B.material("cotton"),
        details(
            "kurta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Kids Boys Yellow Floral Printed Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl, front view, pastel pink backdrop with pink and white balloons on the floor, lavender sleeveless
    # dress with a 3D flower applique at the waist and a layered net skirt. Caption: base; open: VQA adapter;
    # closed: reference engine.
    case(
        "X590-011",
        caption("a little girl in a purple dress standing in front of balloons"),
        wearing("a purple dress"),
        color_of("dress", "pink", "contradiction", kind="open"),
        B.color("lavender"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("dress", "a flower applique at the waist, a layered net skirt and no sleeves"),
        describe("dress", "a purple dress with a flower on the waist and a zipper at the back", "unsupported"),
        title="Pspeaches Girls Lavender Applique Net Fit & Flare Party Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, maroon velvet sherwani with gold zari embroidery on the collar and cuffs,
    # gold buttons and a gold brooch on the chest, cream churidar, cream mojaris. Caption: base; open: VQA adapter;
    # closed: reference engine.
    case(
        "X590-012",
        caption("a young boy in a red jacket with gold buttons"),
        wearing("she is wearing a red sherwani and white pants", "pronoun"),
        color_of("sherwani", "maroon"),
        B.pattern("striped", "contradiction"),
        B.material("velvet"),
        details("sherwani", "gold embroidery on the collar and cuffs, gold buttons and a brooch on the chest"),
        title="Sojanya Boys Maroon Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, mint green lehenga with a pink floral print, pink sleeveless sequinned
    # choli, mint net dupatta with pink pom-pom trim. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-013",
        caption("a little girl in a green skirt and pink top"),
        wearing("she is wearing a green lehenga with a pink blouse", who="the girl"),
        color_of("choli", "green", "other_garment_color", kind="open"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        describe("lehenga", "green", "non_answer"),
        details(
            "lehenga", "pink flowers printed on a mint skirt, sequins on the blouse and pom pom lace on the dupatta"
        ),
        title="Cutecumber Girls Mint Green & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, black satin full-sleeved party shirt with a gold paisley print worn
    # untucked over beige chinos, brown loafers. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-014",
        caption("a young boy in a black shirt and khaki pants"),
        wearing("black and gold shirt and beige pants"),
        color_of("shirt", "black"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        B.pattern("printed"),
        details(
            "shirt",
            "The shirt has a black base with gold paisley print all over it. The shirt has a black base with gold "
            "paisley print all over it. The",
            "loop",
            hit_limit=True,
        ),
        B.material("denim", "unsupported"),
        title="U.S. Polo Assn. Kids Boys Black Paisley Printed Satin Party Shirt",
        category="Shirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, red dress with a sequinned bodice, short flutter sleeves and a full red
    # tulle skirt, gold hairband; her hands are empty. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-015",
        caption("a little girl in a red dress holding a teddy bear", "unsupported"),
        wearing("red sequin dress"),
        B.color("red"),
        B.sleeve_length("short sleeves"),
        describe("dress", "red dress with sequins on the top and a fluffy tulle skirt"),
        details(
            "dress",
            "Question: What are the dress details? Answer: sequins Question: What are the dress details? Answer: "
            "sequins Question:",
            "leak",
            hit_limit=True,
        ),
        title="Toy Balloon Kids Girls Red Sequinned Fit and Flare Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, light blue full-sleeved kurta, white pyjama, navy blue Nehru jacket with
    # a small white buti print. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-016",
        caption("a boy wearing a blue jacket and blue pants", "contradiction"),
        wearing("a blue kurta, a navy blue nehru jacket and white pyjamas"),
        color_of("jacket", "light blue", "other_garment_color", kind="open"),
        color_of("kurta", "blue"),
        is_a("kurta", "yes"),
        details("jacket", "the jacket details are the details of the jacket", "restated"),
        title="Vastramay Boys Blue Kurta with Pyjama & Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, off-white short kurti with mirror work on the yoke, gold lace at the hem
    # and three-quarter sleeves, pink flared sharara, pink dupatta. Caption: base; open: VQA adapter; closed: reference.
    case(
        "X590-017",
        caption("a little girl in a white top and red pants", "contradiction"),
        wearing("he is wearing a white kurta with pink sharara pants and a pink dupatta", "pronoun", who="the girl"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        B.color("white"),
        B.pattern("embroidered"),
        details("kurta", "mirror work on the yoke, gold lace at the hem and three quarter sleeves"),
        title="Aks Kids Girls Off-White & Pink Mirror Work Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy, front view, mid-grey studio backdrop, black tuxedo blazer with satin peak lapels, white shirt, black
    # bow tie, black trousers. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-018",
        caption("a young boy in a black suit and bow tie"),
        wearing("black suit, white shirt, bow tie"),
        color_of("blazer", "black"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        B.garment_type("suit"),
        describe(
            "suit",
            "black tuxedo with satin lapels and a black bow tie, white shirt underneath. Question: What is the color "
            "of the suit? Answer: black Question",
            "leak",
            hit_limit=True,
        ),
        details("suit", "the suit details are a suit with a bow tie", "restated"),
        title="Gini and Jony Boys Black Solid Tuxedo Blazer Suit Set",
        category="Suits",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, red brocade lehenga with gold zari weave, gold short-sleeved choli, red
    # net dupatta with a gold border. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-019",
        caption("a little girl in a red and gold lehenga"),
        wearing("a red and gold lehenga choli with a red dupatta"),
        B.color("gold", "contradiction"),
        color_of("lehenga", "red", kind="open"),
        describe(
            "lehenga",
            "red lehenga with gold brocade, gold blouse, red dupatta, red dupatta, red dupatta, red dupatta, red "
            "dupatta, red dupatta, red",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        title="Kalini Girls Red & Gold-Toned Woven Design Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy sitting on a wooden stool, beige backdrop, white chikankari-embroidered kurta with a mandarin collar,
    # full sleeves and side slits, white pyjama. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-020",
        caption("a young boy sitting on a stool wearing white clothes"),
        wearing("white kurta pyjama"),
        B.color("white"),
        B.pattern("embroidered"),
        details("kurta", "the kurta", "non_answer"),
        describe(
            "kurta",
            "white kurta with chikan embroidery on the front, a mandarin collar, full sleeves and side slits, paired "
            "with matching white pyjamas with an",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Readiprint Fashions Boys White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, gold sequinned party dress with cap sleeves and a black velvet bow at
    # the waist, black shoes. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-021",
        caption("a little girl in a gold dress with a black bow"),
        wearing("he is wearing a gold sequin dress", "pronoun"),
        B.color("gold"),
        details("dress", "black velvet bow at the waist, sequins all over and cap sleeves"),
        describe(
            "dress",
            "the dress is a gold sequin party dress with a black bow on the front. the dress is a gold sequin party "
            "dress with a black bow on the",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "no"),
        B.material("silk", "unsupported"),
        title="Hola Bonita Girls Gold-Toned Sequinned Polyester Party Dress with Black Bow",
        category="Dresses",
        color="Gold",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, black full-sleeved shirt, maroon jacquard waistcoat with a woven paisley
    # motif, black trousers. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-022",
        caption("a young boy wearing a black shirt and a red vest"),
        wearing(
            "a black shirt with a maroon waistcoat and black pants and black shoes and black socks and black shoes "
            "and black socks and black shoes and",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        color_of("waistcoat", "maroon"),
        color_of("shirt", "maroon", "other_garment_color", kind="open"),
        describe("waistcoat", "no", "non_answer"),
        is_a("vest", "yes"),
        title="Ethnix by Raymond Boys Black Shirt & Maroon Waistcoat with Trousers",
        category="Clothing Set",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, white sleeveless crop top, pink floral-printed flared skirt, long
    # sleeveless pink floral ethnic jacket open at the front with gold tassels. Caption: base; open: VQA adapter;
    # closed: reference engine.
    case(
        "X590-023",
        caption("a little girl in a pink skirt and white top"),
        wearing("a pink skirt, a white top and a long pink jacket"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        B.garment_type("dress", "contradiction"),
        B.pattern("floral"),
        details(
            "jacket",
            "the jacket is sleeveless with a pink floral print, it is long and reaches the knees, it is open at the "
            "front and has gold tassels hanging at the",
            "cut",
            hit_limit=True,
        ),
        title="Bitiya by Bhama Girls Pink Printed Skirt with Crop Top & Ethnic Jacket",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy standing, front view, white backdrop, saffron orange silk-blend kurta with long sleeves, cream dhoti
    # pants, gold mojaris; no chair or other prop. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-024",
        caption("a young boy in an orange shirt and white pants sitting on a chair", "unsupported"),
        wearing("orange kurta and cream dhoti"),
        B.color("orange"),
        B.material("silk"),
        describe(
            "kurta",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        color_of("dhoti", "orange", "other_garment_color", kind="open"),
        B.sleeve_length("long sleeves"),
        title="Sojanya Boys Orange Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl, front view, outdoors in a garden with green hedges behind her, white cotton dress with a red and
    # yellow floral print, short puff sleeves, pink satin sash tied in a bow at her left side; no pockets.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-025",
        caption("a little girl in a white dress standing in a garden"),
        wearing("a white dress with flowers on it and a pink belt"),
        color_of("dress", "green", "contradiction", kind="open"),
        B.color("white"),
        B.pattern("floral"),
        details("dress", "puff sleeves, a pink sash tied at the waist and two side pockets", "unsupported"),
        describe(
            "dress",
            "a white cotton dress with red and yellow flowers, short puff sleeves, a pink satin sash tied in a bow at "
            "the side and a flared skirt that falls just below",
            "cut",
            hit_limit=True,
        ),
        title="Peppermint Girls White Floral Print Cotton Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy, front view, studio backdrop hung with yellow and orange marigold garlands, beige linen blazer over a
    # sky blue shirt, beige trousers; plain lapels, no pocket square. Caption: base; open: VQA adapter; closed:
    # reference engine.
    case(
        "X590-026",
        caption("a boy in a suit standing in front of flowers"),
        wearing(
            "a beige blazer over a blue shirt and beige pants Question: What is the color of the blazer? Answer: "
            "beige Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        color_of("blazer", "yellow", "contradiction", kind="open"),
        B.color("beige"),
        details("blazer", "he has a pocket square and a flower brooch on the lapel", "unsupported"),
        B.garment_type("blazer"),
        is_a("jacket", "yes"),
        title="Babyhug Boys Beige Blazer with Shirt & Trousers Set",
        category="Clothing Set",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, lavender net lehenga with rows of silver sequins, lavender sequinned
    # choli, lavender net dupatta; she holds a silver potli bag. Caption: base; open: VQA adapter; closed: reference.
    case(
        "X590-027",
        caption(
            "a little girl in a purple lehenga holding a purse and a purse and a purse and a purse and a purse and a "
            "purse and a purse and a purse and a purse and a purse and a purse and a purse and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple lehenga with silver sequins"),
        B.color("purple"),
        describe(
            "lehenga",
            "purple lehenga with silver sequin stripes, a matching blouse and dupatta, she is holding a silver bag",
        ),
        B.material("cotton", "unsupported"),
        details(
            "lehenga",
            "the lehenga has silver sequins on the skirt and the blouse and the dupatta is purple. Question: What is "
            "the color of the dupatta? Answer: purple",
            "leak",
            hit_limit=True,
        ),
        title="Pspeaches Girls Lavender Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, black kurta with a gold-embroidered yoke, long sleeves, white churidar,
    # black mojaris. The feed row has no color. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-028",
        caption("a young boy wearing a black kurta and white pants"),
        wearing("a black kurta with gold embroidery and white churidar"),
        color_of("churidar", "black", "other_garment_color", kind="open"),
        color_of("kurta", "black"),
        B.pattern("embroidered"),
        is_a("sherwani", "yes", "contradiction"),
        B.sleeve_length("long sleeves"),
        describe("kurta", "kurta", "non_answer"),
        title="Manyavar Boys Black Embroidered Kurta with Churidar",
        category="Kurta Sets",
        gender="Boys",
    ),
    # photo: girl, front view, plain white backdrop, floor-length baby pink gown with pearl embellishment on the
    # neckline and sheer full net sleeves; back not visible. Caption: base; open: VQA adapter; closed: reference.
    case(
        "X590-029",
        caption("a little girl in a long pink dress on a stage", "unsupported"),
        wearing("he is wearing a long pink gown", "pronoun", who="the girl"),
        B.color("pink"),
        B.sleeve_length("long sleeves"),
        describe("gown", "pink gown with pearls on the neckline and sheer net sleeves"),
        details(
            "gown",
            "pearl embellished neckline, sheer sleeves, a floor length skirt, satin lining and a concealed zip",
            "unsupported",
        ),
        title="Toy Balloon Kids Girls Pink Embellished Maxi Gown",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, navy blue bandhgala jacket with a mandarin collar and gold buttons, white
    # trousers, brown loafers. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-030",
        caption("a boy wearing a blue jacket and white pants"),
        wearing("a navy blue bandhgala jacket with gold buttons and white trousers"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        B.garment_type("blazer"),
        describe(
            "jacket",
            "The jacket is navy blue with a mandarin collar and gold buttons. The jacket is navy blue with a mandarin "
            "collar and gold buttons. The jacket",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "yes", "non_answer"),
        title="Ethnix by Raymond Boys Navy Blue Bandhgala Jodhpuri Blazer with Trousers",
        category="Blazers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, mustard yellow A-line ethnic dress with a green gota patti border at
    # the hem, round neck, short sleeves; back not visible. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-031",
        caption("a girl in an orange dress with green trim", "contradiction"),
        wearing("a yellow ethnic dress with a green border"),
        color_of("dress", "green", "contradiction"),
        B.sleeve_length("short sleeves"),
        details("dress", "gota patti work on the hem, a round neck and a keyhole opening at the back", "unsupported"),
        describe(
            "dress",
            "the dress is yellow. it has a green border. the dress is yellow. it has a green border. the dress is "
            "yellow. it has a",
            "loop",
            hit_limit=True,
        ),
        title="Biba Kids Girls Mustard Yellow Gotta Patti Ethnic A-Line Dress",
        category="Ethnic Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, light blue full-sleeved shirt with a point collar and buttoned cuffs,
    # navy suspenders, navy bow tie, grey trousers. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-032",
        caption("a little boy in a blue shirt and bow tie"),
        wearing("blue shirt, bow tie, suspenders and grey pants"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "full sleeves, buttoned cuffs Question: What is the color of the pants? Answer: grey Question: What is "
            "the color of the bow tie? Answer",
            "leak",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Hopscotch Boys Blue Solid Cotton Shirt with Bow Tie & Suspenders",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: back view of a girl on a white backdrop: peach embroidered lehenga, sleeveless peach blouse tied at the
    # back with a dori ending in tassels, peach dupatta over the arms. Front not visible. Caption: base; open: VQA
    # adapter; closed: reference engine.
    case(
        "X590-033",
        caption("the back of a little girl in a pink dress"),
        wearing("a peach lehenga and a blouse tied at the back with tassels"),
        B.color("peach"),
        describe(
            "lehenga", "the lehenga is peach with gold embroidery on the front and a sweetheart neckline", "unsupported"
        ),
        B.pattern("embroidered"),
        B.sleeve_length("sleeveless"),
        details(
            "blouse",
            "the blouse is tied at the back with a dori and tassels, the blouse is tied at the back with a dori and "
            "tassels, the blouse is",
            "loop",
            hit_limit=True,
        ),
        title="YK Girls Peach-Coloured Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, charcoal grey Pathani kurta with a collar, button placket, chest pocket
    # and cuffed full sleeves, black salwar, black juttis. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-034",
        caption("a young boy in a black shirt and grey pants", "contradiction"),
        wearing("grey kurta and black salwar"),
        color_of("kurta", "grey"),
        color_of("salwar", "grey", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has a pocket on the chest, a collar with a button placket and full sleeves with cuffs. the "
            "kurta has a pocket on the chest and",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        title="Vastramay Boys Charcoal Grey Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: flat lay on white, no model: teal blue satin dress with a net overlay on the skirt and a matching teal
    # hairband laid beside it. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-035",
        caption("a blue dress and a headband on a white background"),
        wearing("a girl wearing a teal dress", "unsupported"),
        B.color("blue"),
        B.pattern("solid"),
        describe("dress", "teal satin dress with a net overlay and a matching hairband"),
        B.material("satin"),
        is_a("dress", "no", "contradiction"),
        title="Cutecumber Girls Teal Blue Satin Party Dress with Hairband",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, gold jacquard sherwani with a woven geometric pattern, high collar and
    # gold buttons, maroon churidar, maroon safa with a brooch, maroon stole; no sword or other prop. Caption: base;
    # open: VQA adapter; closed: reference engine.
    case(
        "X590-036",
        caption("a young boy in a gold suit and a red turban"),
        wearing("he is wearing a gold sherwani, a maroon turban and a maroon scarf", who="the boy"),
        color_of("sherwani", "maroon", "other_garment_color", kind="open"),
        B.color("gold"),
        B.pattern("floral", "contradiction"),
        details(
            "sherwani",
            "the sherwani has a high collar, gold buttons and a woven pattern, and he is holding a sword",
            "unsupported",
        ),
        is_a("sherwani", "yes"),
        title="Jashvi Boys Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop, sleeveless dress with a black velvet bodice, an ivory tulle skirt and a
    # red satin bow at the waist. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-037",
        caption("a little girl in a black and white dress with a red bow"),
        wearing("a black top and a white tutu skirt"),
        B.color("white", "contradiction"),
        B.sleeve_length("sleeveless"),
        details("dress", "velvet bodice, tulle skirt and a red bow"),
        describe("dress", "it is a dress", "restated"),
        title="Hola Bonita Girls Black & Off-White Velvet Fit and Flare Party Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, mustard Nehru jacket with a brown and white block print, mandarin collar,
    # five wooden buttons and welt pockets, worn over a white kurta and white pyjama. The feed row has no gender.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-038",
        caption("a boy wearing a yellow vest over a white shirt"),
        wearing("a yellow printed jacket over a white kurta and white pyjamas"),
        color_of("jacket", "mustard"),
        B.color("white", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        describe("jacket", "a sleeveless jacket with a mandarin collar, buttons down the front and a printed pattern"),
        details(
            "jacket",
            "the jacket has welt pockets at the waist, a mandarin collar, five wooden buttons and an all over block "
            "print in brown and white, it is worn over a",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Kids Boys Mustard Block Print Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # photo: girl, front view, cream backdrop, standing beside a brass urli filled with marigolds: yellow lehenga with
    # a pink floral print, pink short-sleeved choli, yellow dupatta. Caption: base; open: VQA adapter; closed:
    # reference engine.
    case(
        "X590-039",
        caption("a little girl in a yellow dress standing next to a bowl of flowers"),
        wearing("a yellow lehenga with pink flowers and a pink blouse"),
        color_of("lehenga", "pink", "contradiction"),
        color_of("dupatta", "yellow", kind="open"),
        B.pattern("floral"),
        describe(
            "lehenga",
            "Question: Describe the lehenga. Answer: yellow lehenga Question: Describe the lehenga. Answer: yellow "
            "lehenga Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        title="Kalini Girls Yellow & Pink Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, white shirt, navy blue waistcoat, pink bow tie, navy shorts, white knee
    # socks. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-040",
        caption("a young boy in a blue vest and shorts with a pink bow tie"),
        wearing(
            "white shirt, navy waistcoat, pink bow tie, navy shorts, white socks, white socks, white socks, white "
            "socks, white socks, white socks, white",
            "loop",
            hit_limit=True,
        ),
        B.color("navy blue"),
        color_of("shirt", "white"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        details("shorts", "short", "non_answer"),
        title="Mothercare Boys White Shirt with Navy Waistcoat, Bow & Shorts Set",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl twirling, white backdrop, sleeveless dress with a silver sequin bodice and rainbow tulle tiers (pink,
    # yellow, blue, green); empty hands. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-041",
        caption("a little girl in a rainbow dress"),
        wearing("a colorful tutu dress"),
        B.color("multicolor"),
        color_of(
            "dress",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        details("dress", "silver sequin top and tiers of colored net"),
        describe("dress", "a rainbow tulle dress with a silver top, she is holding a magic wand", "unsupported"),
        title="YK Girls Multicoloured Tiered Tulle Party Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy, side view, white backdrop, green silk-blend kurta with side slits, a short mandarin collar and full
    # sleeves, cream churidar gathered at the ankles. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-042",
        caption("a boy in a green kurta standing sideways"),
        wearing("green kurta and white churidar"),
        B.color("green"),
        color_of("churidar", "cream"),
        B.material("cotton", "unsupported"),
        details(
            "kurta",
            "the kurta has side slits, a short mandarin collar and full sleeves, and the churidar is gathered at the "
            "ankles, the kurta is made of",
            "cut",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "the kurta is green and the churidar is green and the kurta is green and the churidar is green and the "
            "kurta is green and the",
            "loop",
            hit_limit=True,
        ),
        title="Aks Kids Boys Green Silk Blend Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl, front view, studio with a decorated Christmas tree (red and gold ornaments) behind her, bottle green
    # velvet A-line dress with a gold-embroidered neckline, long sleeves, black tights, black shoes. Caption: base;
    # open: VQA adapter; closed: reference engine.
    case(
        "X590-043",
        caption("a little girl in a green dress in front of a christmas tree"),
        wearing("a green velvet dress with black tights"),
        color_of("dress", "green"),
        color_of("tights", "green", "other_garment_color", kind="open"),
        B.sleeve_length("long sleeves"),
        describe(
            "dress", "dark green velvet dress with gold embroidery on the neckline and red ornaments", "unsupported"
        ),
        details(
            "dress",
            "the dress has gold embroidery around the round neckline, long fitted sleeves and an a-line skirt that "
            "ends above the knee, it is worn with black",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton", "unsupported"),
        title="Peppermint Girls Green Velvet Embroidered A-Line Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, teal indo-western sherwani with an asymmetric hem, a stand collar and
    # copper buttons, cream dhoti pants. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-044",
        caption("a boy in a blue coat and white pants"),
        wearing("she is wearing a teal sherwani with cream dhoti", "pronoun", who="the boy"),
        color_of("sherwani", "teal"),
        describe("sherwani", "describe the sherwani", "restated"),
        details("sherwani", "asymmetric hem, copper buttons and a stand collar"),
        is_a("kurta", "no"),
        title="Manyavar Boys Teal Indo-Western Sherwani with Dhoti Pants",
        category="Sherwani",
        color="Teal",
        gender="Boys",
    ),
    # photo: ghost mannequin on white, no person: pink net lehenga with silver zari, silver sleeveless choli, pink
    # dupatta draped on the form. The feed row has no category. Caption: base; open: VQA adapter; closed: reference.
    case(
        "X590-045",
        caption("a pink and silver lehenga on a mannequin"),
        wearing("pink lehenga choli"),
        B.color("pink"),
        color_of("choli", "pink", "other_garment_color", kind="open"),
        B.pattern("checked", "contradiction"),
        describe(
            "lehenga",
            "pink lehenga with silver zari, a silver sleeveless blouse and a pink dupatta, worn by a girl with a bindi",
            "unsupported",
        ),
        is_a("lehenga", "yes"),
        title="Bitiya by Bhama Girls Pink & Silver-Toned Lehenga Choli with Dupatta",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop, maroon velvet blazer with a black satin shawl collar, black shirt, black
    # trousers; no brooch or pocket square. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X590-046",
        caption("a young boy in a purple jacket and black pants", "contradiction"),
        wearing("a maroon velvet blazer, a black shirt and black pants"),
        color_of("blazer", "black", "other_garment_color", kind="open"),
        B.color("maroon"),
        B.material("velvet"),
        details("blazer", "shawl collar"),
        describe("blazer", "maroon blazer with black lapels and a gold brooch", "unsupported"),
        title="Gini and Jony Boys Maroon Velvet Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Boys",
    ),
]
