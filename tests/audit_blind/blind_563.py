"""BLIND_563 (46 products; Myntra kids' festive and party wear night): written blind in the fifty-first session.
Measured blind at 5d6943d (the session's rules as they stood): 93/127 failures found (73.2%) and 13/184 correct texts
flagged (7.1%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' festive and party wear feed. Boys: kurta pyjama sets, Nehru jacket sets, dhoti kurtas,
sherwanis, party shirts, blazers and waistcoat sets. Girls: lehenga cholis, party frocks, gowns, anarkalis, sharara
sets, ethnic skirts with tops. Studio photos of children modelling, front view unless said, on plain or decorated
backdrops (curtains, marigold walls, fairy lights, balloons) with festive props (diyas, rangoli, flowers, gift boxes,
lanterns, pooja thalis). The catalog columns are the seller's: title, category (article type), color (base colour),
gender; a few rows lack one of them, and one seller color is wrong for the photo (a rust kurta sold as "Brown").

Who wrote what: the base blip2-opt-2.7b wrote every caption and, on most rows, the open answers (what is the boy /
girl / person wearing, describe, details, color of the jacket / pyjama / dupatta / choli, asked open) and the
material question. The base stops on its newline, so its answers are short; its failures are colors taken from the
backdrop or from another garment, invented details and props, wrong he/she, echoes of the question, bare "yes",
"no", "nothing" or an empty answer, and now and then a greedy loop. On thirteen rows (said in the photo comment) the
VQA adapter Data3_V3_BLIP2_VQA answered the open questions: trained without an end token, it loops, runs on until
it is cut at 30 tokens, or writes the next "Question: ... Answer:" of its training format; it names garments with
the In-shop classes (skirt, blouse, vest, dress, shirt and pants). Closed questions (garment type, color, pattern,
sleeve length, "Is this a ...?") come from enrich's reference engine: one candidate each, never looping or cut,
but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- The photo decides. Where the seller's color is wrong (X563-035, sold "Brown", photo rust orange), "orange" is
  correct and is not labelled.
- Shades within one family are correct: cream or off-white read as white, maroon as red, teal or sea green as green,
  navy as blue, peach as pink, turquoise as blue, "candles" for diyas.
- A color taken from the backdrop (wall, curtain, glitter panel, balloons) is a contradiction, not
  other_garment_color: the backdrop is no garment. A color taken from another worn garment or the stole, sash,
  tie or dupatta is other_garment_color, whether the text is open or closed.
- A closed answer that picks a wrong pattern, sleeve length or "no" for the garment shown is a contradiction.
- Material: when the title names the fabric, another fabric is a contradiction (poly viscose called wool, net
  called cotton); a material answer that agrees with the title is correct. Material is asked only on rows whose
  title names the fabric; an elaborate provenance claim ("hand embroidered zari from banaras") is unsupported.
- Details, props or people that the photo does not show (pockets, zips, brooches, a dupatta that is not there, a
  christmas tree, a birthday cake, a father, a second girl, a swing) are unsupported, also in captions.
- "yes", "no", "nothing", "i don't know", an empty answer or the bare garment word ("an anarkali", "a skirt") to an
  open question is non_answer; a sentence that only says the question back ("the kurta details are on the kurta",
  "the blazer is a blazer", "describe the lehenga") is restated.
- he/she or boy/girl wrong for the catalog's gender is pronoun, in answers and captions alike; the row without a
  gender column has no pronoun label.
- A VQA answer that writes "Question:" or "Answer:" is a leak even when its first words are right; one that repeats
  a word or phrase until the limit is a loop; one that is still fluent and new when the limit stops it is cut.
  Loops, cuts and long leaks ran to the token limit (hit_limit=True). Short VQA answers that are right ("red",
  "yellow") are stored as clean answers without hit_limit.
- A lehenga called a "skirt", a Nehru jacket or waistcoat called a "vest" or "jacket", a dhoti called "white pants"
  and a suit jacket called a "suit" are correct names.
"""

from tests.audit_corpus import BLIND_QUESTIONS as G
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_563 = [
    # photo: boy in a plain mustard yellow kurta with self-colour buttons, no embroidery, white pyjama, brass diya
    # stand beside him, beige backdrop, front view. Base model wrote caption and open answers; closed by reference.
    case(
        "X563-001",
        caption("a young boy in a yellow kurta and white pants standing next to a lamp"),
        wearing("a yellow kurta and white pajamas", who="the boy"),
        color_of("pyjama", "yellow", "other_garment_color", kind="open"),
        details("kurta", "the kurta has golden buttons and embroidery on the collar", "unsupported"),
        G.garment_type("kurta"),
        G.pattern("solid"),
        material("cotton"),
        title="Jashvi Boys Mustard Yellow Solid Cotton Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a pink lehenga with a gold gota border and plain body, pink short-sleeved choli, cream net
    # dupatta over one shoulder, white backdrop with marigold garlands. Base model wrote all free texts.
    case(
        "X563-002",
        caption("a little girl in a pink lehenga with a gold border"),
        wearing("a pink lehenga choli with a dupatta", who="the girl"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        describe("lehenga", "the lehenga is a lehenga choli", "restated"),
        details("lehenga", "the lehenga has a gold border and sequin work all over", "unsupported"),
        G.sleeve_length("short sleeve"),
        G.color("pink"),
        title="Aarika Girls Pink Gotta Patti Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a navy blue paisley-printed Nehru jacket over a cream long-sleeved kurta and cream churidar,
    # grey backdrop, gift boxes on the floor. Caption by the base model; open answers by the VQA adapter.
    case(
        "X563-003",
        caption("a boy wearing a blue vest and white pants"),
        wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        color_of(
            "jacket",
            "blue Question: What is the color of the pants? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "the kurta is a long sleeve cream kurta with a mandarin collar and a button placket at the front and a",
            "cut",
            hit_limit=True,
        ),
        G.pattern("printed"),
        is_a("kurta", "yes"),
        title="YK Boys Cream-Coloured Kurta with Churidar & Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless red velvet party frock with a flared tulle skirt and a small white bow at the waist,
    # white tights, holding a gift box, fairy lights on a white backdrop. Base model wrote the free texts.
    case(
        "X563-004",
        caption("a little girl in a red dress holding a gift box in front of a christmas tree", "unsupported"),
        wearing("a red dress", who="the girl"),
        describe("frock", "it is a red frock with a white bow at the waist"),
        details("frock", "a red dress with white polka dots", "unsupported"),
        G.pattern("solid"),
        G.sleeve_length("sleeveless"),
        material("velvet"),
        title="Hopscotch Girls Red Velvet Fit and Flare Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy sitting cross-legged in an off-white kurta with gold-toned embroidery at the neckline and a
    # gold-toned dhoti, pastel blue backdrop, brass urli with floating flowers. Base model wrote the free texts.
    case(
        "X563-005",
        caption("a little boy in a white kurta and gold dhoti sitting on the floor"),
        wearing("she is wearing a white and gold outfit", "pronoun", who="the boy"),
        color_of("dhoti", "gold", kind="open"),
        describe("kurta", "a white kurta with gold embroidery on the neck"),
        details("kurta", "the kurta details are on the kurta", "restated"),
        G.garment_type("kurta"),
        is_a("dhoti", "yes"),
        material("silk"),
        title="Vastramay Boys Off-White & Gold-Toned Silk Blend Dhoti Kurta",
        category="Kurta Sets",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved teal anarkali with gold foil print on the yoke and hem, teal churidar, gold
    # dupatta, in front of a maroon curtain hung with marigolds. Base model wrote the free texts.
    case(
        "X563-006",
        caption("a girl in a green dress standing in front of a red curtain"),
        wearing("a red anarkali dress", "contradiction", who="the girl"),
        color_of("dupatta", "gold", kind="open"),
        color_of("churidar", "gold", "other_garment_color", kind="open"),
        details("anarkali", "gold print on the yoke and the hem"),
        G.sleeve_length("long sleeve"),
        G.color("green"),
        title="Biba Girls Teal Foil Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a long-sleeved black party shirt with a tiny gold dot print, tucked into khaki chinos, white
    # backdrop, diyas on a low table. Caption by the base model; open answers by the VQA adapter.
    case(
        "X563-007",
        caption("a young boy in a black shirt and khaki pants standing next to a birthday cake", "unsupported"),
        wearing(
            "shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        describe(
            "shirt",
            "the shirt is a black shirt with gold print and a collar and buttons on the front and long sleeves and the",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "collar and buttons Question: What is the color of the shirt? Answer: black Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        G.pattern("printed"),
        G.sleeve_length("long sleeve"),
        title="Gini and Jony Boys Black Printed Party Shirt",
        category="Shirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a short mustard kurta with mirror work, mustard flared sharara, pink dupatta with tassels, cream
    # backdrop with brass diyas. Base model wrote the free texts.
    case(
        "X563-008",
        caption("a little girl wearing a yellow outfit with a pink scarf"),
        wearing("a yellow kurta and sharara with a pink dupatta", who="the girl"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        describe("kurta", "a short yellow kurta with mirror work"),
        details("sharara", "the sharara has pockets on both sides and an elastic waist", "unsupported"),
        is_a("sharara", "no", "contradiction"),
        material("cotton"),
        title="Sangria Girls Mustard Mirror Work Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a navy blue blazer with a red pocket square, white shirt, red bow tie, grey trousers, dark grey
    # backdrop, gift boxes. Base model wrote the free texts.
    case(
        "X563-009",
        caption("a young boy in a suit and bow tie"),
        wearing("a blue blazer, white shirt and a red bow tie", who="the boy"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        color_of("pants", "grey", kind="open"),
        details("blazer", "two buttons, a notch lapel and a red pocket square"),
        describe("blazer", "a blue blazer with gold buttons and a crest on the pocket", "unsupported"),
        G.garment_type("blazer"),
        material("wool", "contradiction"),
        title="Babyhug Boys Navy Blue Poly Viscose Blazer with Shirt, Trousers & Bow Tie",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a floor-length lavender net gown with a silver sequinned bodice and sheer full sleeves, holding a
    # lit candle diya, fairy lights on white. Caption, description by the base; wearing, details by the VQA adapter.
    case(
        "X563-010",
        caption("a little girl in a purple dress holding a candle"),
        wearing(
            "dress Question: What is the color of the dress? Answer: purple Question: What is the color of the dress?",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        describe("gown", "a long purple gown with silver sequins on the top"),
        details(
            "gown",
            "the gown has a sequin bodice and a net skirt with a net skirt with a net skirt with a net skirt with"
            " a net",
            "loop",
            hit_limit=True,
        ),
        G.color("purple"),
        G.sleeve_length("sleeveless", "contradiction"),
        title="Toy Balloon Kids Girls Lavender Embellished Net Maxi Gown",
        category="Dresses",
        color="Lavender",
    ),
    # photo: boy in a plain maroon satin waistcoat over a white shirt, black trousers, beige backdrop with flower
    # pots. Base model wrote the free texts.
    case(
        "X563-011",
        caption("a boy in a red vest and black pants"),
        wearing("she is wearing a red vest and black pants", "pronoun"),
        color_of("waistcoat", "maroon", kind="open"),
        details("waistcoat", "nothing", "non_answer"),
        G.pattern("solid"),
        G.garment_type("vest"),
        material("satin"),
        title="Ethnix by Raymond Boys Maroon Satin Waistcoat with Shirt & Trousers",
        category="Clothing Set",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in an off-white short-sleeved top and a long orange skirt with a floral print and a plain hem,
    # yellow wall with marigold strings behind. Base model wrote the free texts.
    case(
        "X563-012",
        caption("a little girl in an orange skirt and white top standing in front of a yellow wall"),
        wearing("a white top and an orange floral skirt", who="the girl"),
        color_of("top", "yellow", "contradiction", kind="open"),
        describe("skirt", "a long orange skirt with a floral print"),
        details("skirt", "the skirt has a gold zari border and a tie-up drawstring with tassels", "unsupported"),
        G.pattern("floral"),
        G.color("orange"),
        title="Bitiya by Bhama Girls Off-White & Orange Floral Printed Top with Skirt",
        category="Clothing Set",
        color="Orange",
        gender="Girls",
    ),
    # photo: boy seated on a red velvet chair in a long-sleeved cream sherwani with gold embroidery, cream churidar, a
    # red stole over one shoulder. Caption by the base model; open answers by the VQA adapter.
    case(
        "X563-013",
        caption("a young boy in a white sherwani sitting on a red chair"),
        wearing(
            "sherwani and sherwani and sherwani and sherwani and sherwani and sherwani and sherwani and",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        color_of("dupatta", "red", kind="open"),
        describe(
            "sherwani",
            "the sherwani is a long sleeve sherwani with a mandarin collar and gold embroidery on the front and the"
            " sleeves and",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        G.color("red", "other_garment_color"),
        G.sleeve_length("sleeveless", "contradiction"),
        title="Jashvi Boys Cream-Coloured Embroidered Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a sleeveless peach tiered tulle frock with 3D flower appliques on the bodice, white backdrop
    # with balloons. Base model wrote the free texts.
    case(
        "X563-014",
        caption("a little girl in a pink dress with flowers on it"),
        wearing("a pink dress", who="the girl"),
        describe("frock", "yes", "non_answer"),
        details("frock", "flowers on the top and layers of tulle"),
        G.sleeve_length("sleeveless"),
        material("cotton", "contradiction"),
        title="Pink Chick Girls Peach-Coloured Tiered Net Party Dress with Applique",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy standing next to a rangoli in a long-sleeved bottle green silk kurta with gold buttons and a white
    # churidar, orange backdrop. Base model wrote the free texts.
    case(
        "X563-015",
        caption("a little boy in a green kurta standing next to a rangoli"),
        wearing("a green kurta and white pants", who="the boy"),
        color_of("pyjama", "green", "other_garment_color", kind="open"),
        describe("kurta", "a green silk kurta with gold buttons"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        G.color("green"),
        G.sleeve_length("short sleeve", "contradiction"),
        is_a("kurta", "yes"),
        title="Sanwara Boys Green Solid Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a navy blue velvet lehenga with gold embroidery, a mustard yellow short-sleeved choli and a
    # mustard dupatta, pink backdrop with paper lanterns. Caption, material by the base; the rest by the VQA adapter.
    case(
        "X563-016",
        caption("a little girl in a blue and yellow lehenga"),
        wearing(
            "skirt, blouse, skirt, blouse, skirt, blouse, skirt, blouse, skirt, blouse, skirt, blouse, skirt, blouse",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        color_of(
            "choli",
            "yellow Answer: yellow Answer: yellow Answer: yellow Answer: yellow Answer: yellow",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "lehenga",
            "the lehenga is a blue velvet skirt with gold embroidery on the border and the blouse is yellow with short",
            "cut",
            hit_limit=True,
        ),
        G.pattern("embroidered"),
        material("velvet"),
        title="Fashion Dream Girls Navy Blue & Mustard Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a short-sleeved white shirt with a blue floral print, no pocket, navy shorts, light blue
    # backdrop, a gift box at his feet. Base model wrote the free texts.
    case(
        "X563-017",
        caption("a boy in a white shirt with blue flowers and red shorts", "contradiction"),
        wearing("a white shirt and blue shorts"),
        describe("shirt", "a white shirt with a blue floral print and short sleeves"),
        details("shirt", "a pocket on the chest and a button down collar", "unsupported"),
        G.sleeve_length("long sleeve", "contradiction"),
        G.pattern("floral"),
        title="U.S. Polo Assn. Kids Boys White & Blue Floral Print Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a rani pink anarkali with gold gota patti and three-quarter sleeves, pink churidar, pink dupatta
    # with a gold border, holding a pooja thali with diyas, white backdrop. Base model wrote the free texts.
    case(
        "X563-018",
        caption("a little girl in a pink dress holding a plate of candles"),
        wearing("he is wearing a pink anarkali", "pronoun", who="the girl"),
        color_of("dupatta", "pink with gold border", kind="open"),
        describe("anarkali", "an anarkali", "non_answer"),
        G.color("pink"),
        G.sleeve_length("three-quarter sleeve"),
        title="Kisah Girls Pink Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy alone in a mustard yellow self-design Nehru jacket with buttons and a welt pocket, over a white
    # kurta and white pyjama, teal backdrop, marigold garland. Caption by the base; open answers by the VQA adapter.
    case(
        "X563-019",
        caption("a young boy in a yellow vest and white kurta with his father", "unsupported"),
        wearing(
            "vest Question: What is the color of the vest? Answer: yellow Question: Is this a vest? Answer: yes",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        color_of("jacket", "yellow", kind="open"),
        color_of(
            "pyjama",
            "white white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "jacket",
            "the jacket is a yellow sleeveless jacket with a mandarin collar and buttons on the front and a pocket"
            " on the",
            "cut",
            hit_limit=True,
        ),
        G.garment_type("jacket"),
        is_a("kurta", "yes"),
        title="YK Boys White Kurta with Pyjamas & Mustard Yellow Self Design Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
    ),
    # photo: girl in a navy blue party frock with a navy sequinned bodice, short puff sleeves and a layered blue and
    # white tulle skirt, front view, silver glitter backdrop, gift boxes. Base model wrote the free texts.
    case(
        "X563-020",
        caption("a little girl in a blue dress with sequins"),
        wearing("a dress with a sparkly top", who="the girl"),
        describe("frock", "a silver dress with sequins on the top", "contradiction"),
        details("frock", "the frock has a zip at the back and a satin sash with a brooch", "unsupported"),
        G.sleeve_length("short sleeve"),
        G.color("blue"),
        title="Cutecumber Girls Navy Blue Sequinned Fit & Flare Party Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy with shoulder-length hair in a sky blue kurta with small white printed motifs and a cream dhoti,
    # holding a diya, white backdrop. Base model wrote the free texts.
    case(
        "X563-021",
        caption("a little girl in a blue shirt and white pants holding a candle", "pronoun"),
        wearing("a blue kurta and a white dhoti", who="the boy"),
        color_of("dhoti", "blue", "other_garment_color", kind="open"),
        describe("kurta", "a blue kurta with white print"),
        details("kurta", "the kurta has details", "restated"),
        G.pattern("printed"),
        is_a("dhoti", "yes"),
        title="Aj Dezines Boys Blue & Cream-Coloured Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a lime green kurta with a gold floral print, round neck and three-quarter sleeves, lime green
    # sharara, white organza dupatta, grey backdrop with potted plants. Caption by the base; open by the VQA adapter.
    case(
        "X563-022",
        caption("a little girl in a green outfit"),
        wearing(
            "green kurta and green pants and green kurta and green pants and green kurta and green pants and",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "the kurta is a green kurta with gold floral print and a round neck and the sleeves are three quarter"
            " sleeves and the",
            "cut",
            hit_limit=True,
        ),
        G.sleeve_length("three-quarter sleeve"),
        G.color("green"),
        G.pattern("solid", "contradiction"),
        title="Readiprint Fashions Girls Lime Green Floral Print Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Girls",
    ),
    # photo: boy in a maroon velvet blazer with a shawl collar and one button, no badge, over a black shirt and
    # black trousers, black backdrop with fairy lights. Base model wrote the free texts.
    case(
        "X563-023",
        caption("a young boy in a red velvet jacket"),
        wearing("a black suit", "other_garment_color", who="the boy"),
        color_of("jacket", "maroon", kind="open"),
        describe("blazer", "a velvet blazer with a shawl collar and one button"),
        details("blazer", "a velvet blazer with gold buttons and a name badge on the pocket", "unsupported"),
        G.color("maroon"),
        material("velvet"),
        title="Van Heusen Boys Maroon Velvet Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl sitting beside floor diyas in a red lehenga with a green and gold bandhani print and gold border,
    # green short-sleeved choli, red dupatta, white backdrop. Base model wrote the free texts (the caption looped).
    case(
        "X563-024",
        caption(
            "a little girl in a red and green lehenga with a red and green lehenga with a red and green lehenga with a"
            " red and green lehenga with a red and green lehenga with a red and green lehenga with a",
            "loop",
            hit_limit=True,
        ),
        wearing("a red lehenga and a green blouse", who="the girl"),
        color_of("choli", "red", "other_garment_color", kind="open"),
        details("lehenga", "bandhani print with gold border"),
        G.pattern("printed"),
        G.sleeve_length("short sleeve"),
        material("silk"),
        title="Global Desi Girl Red & Green Bandhani Print Art Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy with longish hair in a white chikankari kurta with white thread embroidery all over and a white
    # pyjama, brass lamp beside him, blue wall behind. Base model wrote the free texts.
    case(
        "X563-025",
        caption("a little boy in a white kurta standing in front of a blue wall"),
        wearing("she is wearing a white kurta pajama", "pronoun"),
        describe("kurta", "a blue kurta with white embroidery", "contradiction"),
        details("kurta", "white thread embroidery all over"),
        G.color("white"),
        is_a("kurta", "no", "contradiction"),
        material("cotton"),
        title="Little Bansi Boys White Chikankari Embroidered Pure Cotton Kurta Pyjama",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved, full-length red satin gown with a gold embroidered yoke, flared from the waist,
    # holding a gift box, gold curtain behind. Caption, material by the base; open answers by the VQA adapter.
    case(
        "X563-026",
        caption("a little girl in a red gown holding a present"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        describe(
            "gown",
            "Answer: red gown with gold embroidery Question: Describe the gown. Answer: red gown with gold embroidery"
            " Question",
            "leak",
            hit_limit=True,
        ),
        details(
            "gown",
            "gold embroidery on the neck and on the waist of the gown and the gown is flared from the waist and it",
            "cut",
            hit_limit=True,
        ),
        G.color("red"),
        G.sleeve_length("long sleeve"),
        material("satin"),
        title="Fashion Dream Girls Red Embroidered Satin Gown",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a grey checked four-button waistcoat over a white shirt, blue tie, grey trousers, white backdrop.
    # Base model wrote the free texts.
    case(
        "X563-027",
        caption("a young boy in a grey vest and tie"),
        wearing("a grey vest, white shirt and a blue tie", who="the boy"),
        color_of("waistcoat", "blue", "other_garment_color", kind="open"),
        describe("waistcoat", "a grey checked waistcoat with four buttons"),
        details("waistcoat", "no", "non_answer"),
        G.pattern("solid", "contradiction"),
        G.garment_type("vest"),
        title="Mark & Mia Boys Grey Checked Waistcoat with Shirt, Tie & Trousers",
        category="Clothing Set",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a yellow floral-printed cotton frock with a smocked bodice and flutter sleeves, white sandals,
    # holding a basket of flowers, pastel pink backdrop. Base model wrote the free texts.
    case(
        "X563-028",
        caption("a little girl in a yellow dress holding a basket of flowers"),
        wearing("a yellow floral dress", who="the girl"),
        describe("frock", "a pink dress with flowers", "contradiction"),
        details("frock", "the details", "non_answer"),
        is_a("dress", "no", "contradiction"),
        G.pattern("floral"),
        material("cotton"),
        title="Mothercare Girls Yellow Floral Print Smocked Cotton Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a black kurta with silver embroidery on the neck, placket and cuffs, white pyjama, holding a paper
    # lantern, beige backdrop. Caption by the base model; open answers by the VQA adapter.
    case(
        "X563-029",
        caption("a boy in a black kurta holding a lantern"),
        wearing(
            "black kurta and white pyjama and black kurta and white pyjama and black kurta and white pyjama and",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        color_of("pyjama", "black", "other_garment_color", kind="open"),
        details(
            "kurta",
            "silver embroidery on the neck and the placket and the cuffs and the kurta is black with a straight"
            " hem and",
            "cut",
            hit_limit=True,
        ),
        G.color("black"),
        G.pattern("striped", "contradiction"),
        is_a("kurta", "yes"),
        title="Sanwara Boys Black Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl standing among brass diyas in a long-sleeved maroon velvet top with gold embroidery at the neck and
    # a gold-toned brocade skirt, cream backdrop. Base model wrote the free texts.
    case(
        "X563-030",
        caption("a little girl in a maroon top and gold skirt sitting on a swing", "unsupported"),
        wearing("he is wearing a maroon top and gold skirt", "pronoun"),
        color_of("skirt", "maroon", "other_garment_color", kind="open"),
        describe("top", "a velvet top with gold embroidery on the neck"),
        G.sleeve_length("long sleeve"),
        material("velvet"),
        title="Bitiya by Bhama Girls Maroon Velvet Embroidered Top with Gold-Toned Brocade Skirt",
        category="Clothing Set",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a long-sleeved blue and white checked cotton shirt with rolled cuffs, blue jeans, brown wooden
    # backdrop, a gift box. Base model wrote the free texts (its details answer looped).
    case(
        "X563-031",
        caption("a young boy in a plaid shirt and jeans"),
        wearing("a blue shirt and jeans", who="the boy"),
        describe("shirt", "a blue and white checked shirt with long sleeves"),
        details(
            "shirt",
            "a checked shirt with a checked shirt with a checked shirt with a checked shirt with a checked shirt",
            "loop",
            hit_limit=True,
        ),
        G.pattern("checked"),
        G.color("blue"),
        material("denim", "contradiction"),
        title="Allen Solly Junior Boys Blue & White Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a cream lehenga with multicolour floral embroidery, cream choli, pink net dupatta, in front of a
    # green foliage wall. Caption by the base model; open answers by the VQA adapter.
    case(
        "X563-032",
        caption("a little girl in a white dress standing in front of a green wall"),
        wearing(
            "Question: What is the girl wearing? Answer: skirt Question: What is the girl wearing? Answer: skirt"
            " Question",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        color_of("dupatta", "pink", kind="open"),
        details(
            "lehenga",
            "floral embroidery on the skirt and the blouse and the blouse and the blouse and the blouse and the blouse",
            "loop",
            hit_limit=True,
        ),
        G.color("green", "contradiction"),
        G.garment_type("skirt"),
        title="Aarika Girls Cream-Coloured Embroidered Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Cream",
        gender="Girls",
    ),
    # photo: boy in a peach kurta, off-white pyjama and a beige floral-printed Nehru jacket with a mandarin collar
    # and buttons, white backdrop with marigold garlands. Base model wrote the free texts.
    case(
        "X563-033",
        caption("a little boy in a peach kurta and beige vest"),
        wearing("a kurta, a jacket and a pajama", who="the boy"),
        color_of("jacket", "peach", "other_garment_color", kind="open"),
        describe("jacket", "a beige jacket with a floral print and a mandarin collar"),
        details("jacket", "the jacket has a floral print and a zipper at the front", "unsupported"),
        G.pattern("floral"),
        title="Vastramay Boys Peach-Coloured Kurta with Pyjamas & Beige Printed Nehru Jacket",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl in a white tulle frock with silver embroidered flowers, sheer long sleeves and a pink satin sash
    # tied in a bow, pink balloons on a white backdrop. Base model wrote the free texts.
    case(
        "X563-034",
        caption("a little girl in a white dress with a pink bow"),
        wearing("a white party dress with a pink belt", who="the girl"),
        describe("frock", "the frock is a frock", "restated"),
        color_of("belt", "pink", kind="open"),
        G.sleeve_length("long sleeve"),
        G.color("pink", "other_garment_color"),
        title="Peppermint Girls White Embroidered Tulle Party Dress with Sash",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy holding a diya in a rust orange cotton kurta with thread embroidery on the collar and a cream
    # pyjama, white backdrop; the seller's "Brown" is wrong for the photo. Base model wrote the free texts.
    case(
        "X563-035",
        caption("a young boy in an orange kurta and white pants holding a candle"),
        wearing("an orange kurta with white pyjama", who="the boy"),
        color_of("pyjama", "orange", "other_garment_color", kind="open"),
        describe("kurta", "an orange kurta with embroidery on the collar"),
        details("kurta", "i don't know", "non_answer"),
        G.color("orange"),
        material("linen", "contradiction"),
        title="Kinder Kids Boys Brown Embroidered Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Brown",
        gender="Boys",
    ),
    # photo: girl holding a pooja thali in a white kurta with red thread embroidery at the neck, sleeves and hem, red
    # sharara, red dupatta, beige backdrop. Caption by the base model; open answers by the VQA adapter.
    case(
        "X563-036",
        caption("a little girl in a white and red outfit holding a plate"),
        wearing(
            "kurta Question: What is the color of the kurta? Answer: white Question: What is the color of the sharara",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        color_of(
            "dupatta",
            "red red red red red red red red red red red red red red red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "the kurta is white with red embroidery on the neck and the sleeves and the hem and it has a",
            "cut",
            hit_limit=True,
        ),
        G.color("white"),
        is_a("sharara", "yes"),
        title="Sangria Girls White & Red Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a royal blue woven-design waistcoat over a cream kurta and cream pyjama, no pocket square or
    # brooch, white backdrop strewn with flower petals. Base model wrote the free texts.
    case(
        "X563-037",
        caption("a young boy in a blue vest and white kurta"),
        wearing("she is wearing a blue vest and white kurta", "pronoun"),
        color_of("waistcoat", "blue", kind="open"),
        describe(
            "waistcoat",
            "a blue waistcoat with a blue waistcoat with a blue waistcoat with a blue waistcoat with a blue waistcoat",
            "loop",
            hit_limit=True,
        ),
        details("waistcoat", "the waistcoat has a pocket square and a brooch on the left side", "unsupported"),
        G.garment_type("vest"),
        G.sleeve_length("sleeveless"),
        title="Ethnix by Raymond Boys Cream Kurta Pyjama with Royal Blue Woven Design Waistcoat",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved black anarkali with a gold floral print and a gold border at the hem, no
    # dupatta, white backdrop with diyas. Base model wrote the free texts.
    case(
        "X563-038",
        caption("a girl in a black and gold dress"),
        wearing("a black anarkali dress with gold print", who="the girl"),
        describe("anarkali", "a long black dress with gold flowers and a gold border at the bottom"),
        details(
            "anarkali",
            "gold print on the whole dress with a gold lace at the hem and a matching dupatta",
            "unsupported",
        ),
        G.pattern("printed"),
        G.sleeve_length("short sleeve", "contradiction"),
        title="Kisah Girls Black & Gold-Toned Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeved shirt with black suspenders, a black bow tie and black trousers, red
    # backdrop with gold stars, gift boxes. Base model wrote the free texts.
    case(
        "X563-039",
        caption("a little boy in a white shirt and bow tie"),
        wearing("a white shirt, black pants, suspenders and a bow tie", who="the boy"),
        describe("shirt", "a black shirt with a bow tie", "other_garment_color"),
        details("shirt", "suspenders and a bow tie"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        G.color("red", "contradiction"),
        G.garment_type("shirt"),
        title="Babyhug Boys White Shirt with Suspender Trousers & Bow Tie Party Set",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a purple lehenga with silver mirror work and silver lace at the hem, purple short-sleeved choli,
    # silver dupatta, blue backdrop. Caption, material by the base; open answers by the VQA adapter.
    case(
        "X563-040",
        caption("a little girl in a purple lehenga choli"),
        wearing(
            "skirt and blouse and skirt and blouse and skirt and blouse and skirt and blouse and skirt and blouse",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        color_of("dupatta", "purple", "other_garment_color", kind="open"),
        describe(
            "lehenga",
            "purple skirt with mirror work and silver lace at the hem and a purple blouse with short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        G.pattern("embellished"),
        material("silk", "contradiction"),
        title="Fashion Dream Girls Purple Mirror Work Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a plain sea green kurta with a mandarin collar and buttons, white pyjama, diyas on the floor,
    # white backdrop; the feed row has no gender column. Base model wrote the free texts.
    case(
        "X563-041",
        caption("a young boy in a green kurta standing next to some candles"),
        wearing("a green kurta and white pajamas", who="the boy"),
        color_of("pyjama", "white", kind="open"),
        describe("kurta", "a green kurta with a mandarin collar and buttons"),
        details("kurta", "the kurta is made of pure silk with hand embroidered zari work from banaras", "unsupported"),
        G.color("green"),
        title="Aj Dezines Boys Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # photo: one girl in a sleeveless party frock with a black velvet bodice and a gold glitter tulle skirt, no bow,
    # gift boxes on a white backdrop; the feed row has no color column. Base model wrote the free texts.
    case(
        "X563-042",
        caption("two little girls in black and gold dresses", "unsupported"),
        wearing("a black velvet dress with a gold skirt", who="the girl"),
        describe("frock", "a black dress with a gold skirt"),
        details("frock", "gold glitter on the skirt and a black bow at the waist", "unsupported"),
        G.sleeve_length("sleeveless"),
        G.color("gold"),
        title="Hopscotch Girls Black & Gold-Toned Velvet Glitter Party Dress",
        category="Dresses",
        gender="Girls",
    ),
    # photo: boy in a maroon kurta with a gold border at the neck and gold buttons, gold-toned dhoti, gold stole,
    # yellow marigold wall behind. Caption by the base model; open answers by the VQA adapter.
    case(
        "X563-043",
        caption("a little boy in a red kurta and gold dhoti"),
        wearing(
            "Question: What is the boy wearing? Answer: shirt and pants Question: What is the boy wearing? Answer:"
            " shirt and",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        color_of("dhoti", "maroon", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "the kurta is a maroon kurta with a gold border on the neck and a gold button on the front and the kurta",
            "cut",
            hit_limit=True,
        ),
        G.garment_type("kurta"),
        is_a("dhoti", "yes"),
        title="Jashvi Boys Maroon & Gold-Toned Kurta with Dhoti Pants & Stole",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl sitting by a rangoli with diyas in a green crop top with mirror work on the neck and a long pink
    # floral-printed cotton skirt, no dupatta, white backdrop. Base model wrote the free texts.
    case(
        "X563-044",
        caption("a little girl in a pink skirt and green top sitting near a rangoli"),
        wearing("a green top and a pink skirt", who="the girl"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        describe("skirt", "a skirt", "non_answer"),
        details("top", "mirror work on the neck and the sleeves and a matching dupatta", "unsupported"),
        G.pattern("floral"),
        material("cotton"),
        title="Toy Balloon Kids Girls Green & Pink Mirror Work Top with Floral Printed Cotton Skirt",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy seated on a stool, three-quarter view, in a beige single-breasted blazer over a light blue shirt,
    # beige trousers, white backdrop. Base model wrote the free texts.
    case(
        "X563-045",
        caption("a little boy in a suit sitting on a chair"),
        wearing("a beige suit and a blue shirt", who="the boy"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        describe("blazer", "the blazer is a blazer", "restated"),
        details("blazer", "", "non_answer"),
        G.garment_type("blazer"),
        G.color("beige"),
        is_a("blazer", "yes"),
        title="Mini Ming Boys Beige Solid Single-Breasted Blazer Set",
        category="Blazers",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in a turquoise lehenga with silver sequins, sleeveless turquoise choli, pink dupatta, fairy lights
    # behind; the feed row has no category column. Base model wrote the free texts.
    case(
        "X563-046",
        caption("a little girl in a blue lehenga with a pink dupatta"),
        wearing("he is wearing a blue dress", "pronoun"),
        color_of("dupatta", "pink", kind="open"),
        describe("lehenga", "describe the lehenga", "restated"),
        details("lehenga", "the lehenga has silver sequins"),
        G.color("blue"),
        G.pattern("striped", "contradiction"),
        G.sleeve_length("sleeveless"),
        title="Aarika Girls Turquoise Blue Sequinned Lehenga Choli with Pink Dupatta",
        color="Turquoise Blue",
        gender="Girls",
    ),
]
