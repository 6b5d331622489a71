"""BLIND_1105 (46 products; Myntra girls' dresses, frocks, skirts; VQA adapter): written blind in the sixtieth session.
Measured blind at afb9012 (the session's second rules): 112/133 failures found (84.2%) and 8/196 correct texts flagged
(4.1%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' feed, gender Girls: party frocks, everyday cotton dresses, ethnic flared dresses and
skirts (tutu, skater, pleated, denim, tiered maxi). Mostly worn by a girl of four to ten on a white studio backdrop,
often with other clothes (a t-shirt or top with every skirt, tights, leggings, a cardigan or shrug, a denim jacket),
shoes, headbands, a bag or a teddy bear; a few are flat lays or packshots with no child at all. Catalog columns are
title, category (Myntra article type, one row says "Frocks"), color (Myntra base colour) and gender; some rows lack
color or gender, as real feeds do. A few seller colors are off (a "Brown" dress that is plainly rust-orange).

Who wrote what: every text comes from BLIP-2 OPT-2.7b with leoreigoto/Data3_V3_BLIP2_VQA (one epoch, VQA pairs only,
no end token trained). The caption is that adapter with the empty prompt: it has lost captioning, so captions are
short "a girl in a ... dress" lines, now and then a one-word answer or a whole `Question: ... Answer:` pair
it makes up for itself. Open answers (what is the girl / person wearing, what cloth, describe, details, material,
some open color questions) run on: they loop, they are cut at the 30-token limit, or they go on into a new
"Question:" line; the color habit of the base model survives (the top's or tights' color given to the skirt).
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine,
one candidate each, so they never loop or stop short; their failures are the wrong candidate.

Labeling conventions and judgement calls:
- Every failing text gets one label, the one a reader would name first; a loop that also reaches the limit is a loop,
  a made-up "Question: ... Answer:" continuation is a leak even when it is cut or repeats itself.
- Shades within one family are correct: peach or magenta answered "pink", navy "blue", cream "white", burgundy
  "red", sea green "green", mustard "yellow"; "yellow" for a gold shimmer dress is counted correct (nearest
  candidate). Magenta answered "purple" and peach answered "orange" are contradictions.
- Where the seller's color is wrong (X1105-012 "Brown" for a rust-orange dress), the photo decides: "orange" is
  correct, and so is "brown" in an open answer that echoes the seller.
- other_garment_color: the product (dress or skirt) given the color of a separate garment or accessory in the photo:
  the top, tights, leggings, cardigan, shrug, jacket, belt, bag, sandals, boots, headband. A shrug sold with the dress
  still counts as another garment. A color that belongs to the product's own print (cherries, lemons, anchors) is
  labelled contradiction, not other_garment_color.
- The other garment wrongly given the product's color ("a pink top and a pink skirt" when the top is white) is a
  contradiction.
- A pattern, sleeve length or material that belongs to another garment in the photo (the striped t-shirt under a
  pinafore, the denim jacket over a skirt) is a contradiction.
- unsupported: details nobody can see in the photo and the title does not give (belts, bows, pockets, mirror work,
  a girl invented for a flat lay), and fiber claims (silk, wool, cotton) the title does not name and the fabric does
  not show. A fiber the title names, or one the photo plainly shows (denim, velvet, lace, net, sequins, knit), is
  correct.
- "denim" for a chambray dress whose title says chambray is a contradiction of the catalog.
- non_answer: empty, "yes"/"no", a bare color or material word for a details question, "pure color" (the
  DeepFashion color label) for an open color question, a one-word caption.
- restated: a sentence that only turns the question around ("the details of the skirt are the skirt details", "the
  dress is a dress").
- pronoun: "he"/"his" for a Girls product, and the one caption that calls the girl "a little boy".
- For a flat lay, an answer to "What is the person wearing?" that invents a girl or other clothes is unsupported.
- hit_limit=True marks every text that ran to the 30-token answer limit (50 for captions): loops, cuts and
  leaks; one correct long description (X1105-026) also ran to the limit but ended on a full phrase.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_1105 = [
    # photo: girl about six, front view, white backdrop; pink sleeveless fit-and-flare dress with white polka dots,
    # white sneakers, no other clothes. All texts by the VQA adapter; closed answers by the reference engine.
    case(
        "X1105-001",
        caption("a little girl wearing a pink polka dot dress and white shoes"),
        wearing("a pink dress with white polka dots", who="the girl"),
        Q.color("pink"),
        Q.pattern("polka dots"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress has white polka dots all over, a round neckline, a fitted bodice and a flared skirt that falls"
            " just above the knees with a",
            failure="cut",
            hit_limit=True,
        ),
        describe(
            "dress",
            "a pink dress with white polka dots and a white bow at the waist and a white petticoat underneath",
            failure="unsupported",
        ),
        title="Peppermint Girls Pink Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl standing, front view, white backdrop; navy blue short-sleeved A-line dress with a white Peter Pan
    # collar and three white buttons on the bodice, white tights, black shoes. VQA adapter; closed by reference.
    case(
        "X1105-002",
        caption("a young girl in a navy blue dress with a white collar standing on a white background"),
        color_of("dress", "white", failure="other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "a navy blue dress with a white peter pan collar, short sleeves and white buttons"),
        Q.material("cotton"),
        wearing(
            "a blue dress with white tights and black shoes black shoes black shoes black shoes black shoes black"
            " shoes black shoes black",
            failure="loop",
            hit_limit=True,
        ),
        title="Gini and Jony Girls Navy Blue Solid Cotton A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; yellow three-tier skirt with small white and pink flowers, white
    # crew-neck t-shirt tucked in, white sandals. VQA adapter; closed by reference.
    case(
        "X1105-003",
        caption("a girl wearing a white t-shirt and a yellow floral skirt"),
        color_of("skirt", "white", failure="other_garment_color"),
        Q.garment_type("skirt"),
        Q.pattern("floral"),
        describe("skirt", "a yellow skirt with small white and pink flowers and three tiers with an elastic waistband"),
        wearing("a white shirt and a yellow skirt"),
        details(
            "skirt",
            "the skirt has three tiers and a pocket on each side and a drawstring with tassels",
            failure="unsupported",
        ),
        title="YK Girls Yellow Floral Print Tiered Skirt",
        category="Skirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl, three-quarter view, white backdrop, small Christmas tree prop at the side; red velvet long-sleeved
    # party frock with a white lace collar, black shoes. VQA adapter; the caption is a made-up question and answer.
    case(
        "X1105-004",
        caption(
            "Question: What is the color of the dress? Answer: red Question: What is the color of the dress? Answer:"
            " red Question: What is the color of the dress? Answer: red",
            failure="leak",
            hit_limit=True,
        ),
        wearing("a red velvet dress with long sleeves and a white lace collar"),
        Q.material("velvet"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        is_a("skirt", "no"),
        details(
            "dress",
            "the dress has a white lace collar and long sleeves Question: What is the material of the dress? Answer:"
            " velvet",
            failure="leak",
            hit_limit=True,
        ),
        title="Cutecumber Girls Red Velvet Party Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; peach sleeveless party dress, sequinned bodice, layered tulle net
    # skirt, silver ballet flats. VQA adapter; closed by reference.
    case(
        "X1105-005",
        caption("a girl in a pink dress with a tutu skirt"),
        Q.color("pink"),
        Q.material("cotton", failure="unsupported"),
        details("dress", "the dress has sequins on the bodice and a layered net skirt"),
        describe(
            "dress",
            "a peach dress with sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin"
            " sequin sequin sequin sequin sequin sequin sequin sequin sequin",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Cutecumber Girls Peach-Coloured Embellished Fit and Flare Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; mid-blue denim pinafore dress with a front patch pocket and two
    # buttons on the straps, over a long-sleeved white-and-navy striped t-shirt; red sneakers. VQA adapter.
    case(
        "X1105-006",
        caption("a girl wearing a denim dress over a striped shirt"),
        wearing("a blue denim pinafore with a white and blue striped t-shirt underneath"),
        Q.pattern("striped", failure="contradiction"),
        color_of("dress", "blue"),
        Q.material("denim"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        describe("dress", "a blue denim dress with a pocket at the front and buttons on the straps"),
        details("dress", "denim", failure="non_answer"),
        title="Allen Solly Junior Girls Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; black-and-white gingham check A-line skirt, black short-sleeved top
    # tucked in, black sandals. VQA adapter; closed by reference.
    case(
        "X1105-007",
        caption("a girl in a black top and a checkered skirt"),
        color_of("skirt", "black"),
        Q.pattern("checked"),
        wearing("he is wearing a black top and a checked skirt", failure="pronoun", who="the child"),
        describe(
            "skirt",
            "a black and white checked skirt with a a a a a a a a a a a a a a a a a a a a a a a",
            failure="loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        details("skirt", "yes", failure="non_answer"),
        title="Tiny Girl Girls Black & White Checked A-Line Skirt",
        category="Skirts",
        color="Black",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; ankle-length green flared ethnic dress with a pink and gold block
    # print border at the hem, three-quarter sleeves, pink dupatta over one shoulder, gold juttis. VQA adapter.
    case(
        "X1105-008",
        caption("a young girl wearing a green and pink dress with a dupatta"),
        Q.color("pink", failure="other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.pattern("printed"),
        describe("dress", "a long green anarkali dress with a gold print border at the hem and a pink scarf"),
        details(
            "dress",
            "the dress has a gold zari border at the hem and a mirror work yoke with tassels on the sleeves",
            failure="unsupported",
        ),
        Q.material("silk", failure="unsupported"),
        title="Biba Girls Green & Pink Printed Ethnic Flared Dress with Dupatta",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; white sleeveless cotton sundress with eyelet (schiffli) embroidery and
    # thin straps, holding a straw hat in one hand, bare feet. VQA adapter; closed by reference.
    case(
        "X1105-009",
        caption("a little girl in a white dress holding a straw hat"),
        wearing("a white dress"),
        color_of("dress", "white"),
        details("dress", "the dress has eyelet embroidery all over and thin shoulder straps"),
        Q.material("cotton"),
        is_a("dress", "no", failure="contradiction"),
        describe(
            "dress",
            "a white dress with a straw hat Question: What is the girl holding? Answer: a straw hat Question:",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Marks & Spencer Girls White Schiffli Cotton Sundress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; maroon skater skirt, grey melange sweatshirt, black tights, black
    # boots. VQA adapter; closed by reference.
    case(
        "X1105-010",
        caption("a girl wearing a grey sweatshirt, a red skirt and black tights"),
        color_of("skirt", "grey", failure="other_garment_color"),
        Q.garment_type("skirt"),
        wearing("a grey sweater and a maroon skirt with black leggings"),
        describe("skirt", "the skirt is the skirt she is wearing", failure="restated"),
        cloth("a grey sweatshirt and a black skirt", failure="other_garment_color"),
        details("skirt", "the skirt has a zip at the side and a bow on the waistband", failure="unsupported"),
        title="H&M Girls Maroon Solid Skater Skirt",
        category="Skirts",
        color="Maroon",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; lavender ankle-length three-tier maxi dress with short ruffled
    # sleeves, silver sandals. VQA adapter; closed by reference.
    case(
        "X1105-011",
        caption("a girl in a purple dress with ruffled sleeves"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "a long purple dress with three tiers and ruffles on the sleeves"),
        details("dress", "purple", failure="non_answer"),
        wearing("a pink dress", failure="contradiction"),
        Q.pattern("floral", failure="contradiction"),
        title="Hopscotch Girls Lavender Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: girl holding a brown teddy bear, front view, white backdrop; rust-orange A-line dress with small white
    # flowers, short puff sleeves, white sneakers. Seller says Brown. VQA adapter; closed by reference.
    case(
        "X1105-012",
        caption("a girl in an orange floral dress holding a teddy bear"),
        Q.color("orange"),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        describe("dress", "a brown dress with white flowers and puff sleeves"),
        details(
            "dress",
            "the dress has puff sleeves and a round neck and a bow at the waist and a bow at the waist and a bow at the"
            " waist and a bow",
            failure="loop",
            hit_limit=True,
        ),
        wearing("an orange dress with white flowers and white shoes"),
        title="Naughty Ninos Girls Brown Floral Printed A-Line Dress",
        category="Dresses",
        color="Brown",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; black sleeveless party dress, black sequinned bodice, black tulle
    # skirt, silver glitter headband, black shoes. VQA adapter; closed by reference.
    case(
        "X1105-013",
        caption("a little girl wearing a black sparkly dress and a silver headband"),
        Q.color("black"),
        wearing("a black dress with a silver headband"),
        Q.material("sequins and net"),
        details("dress", "the dress is made of silver sequins and has a silver belt", failure="other_garment_color"),
        describe(
            "dress",
            "the girl is wearing a black dress with a black Question: Describe the dress. Answer: the girl is wearing a"
            " black dress with",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Toy Balloon Kids Girls Black Embellished Sequinned Party Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; light blue denim A-line skirt with two front pockets, belt loops
    # and a button and zip fly, white t-shirt tucked in, white sneakers, no belt. VQA adapter; closed by reference.
    case(
        "X1105-014",
        caption("a girl in a white t-shirt and a blue jean skirt"),
        color_of("skirt", "blue"),
        Q.garment_type("shorts", failure="contradiction"),
        Q.material("denim"),
        wearing("a white t-shirt and a blue denim skirt with a white belt", failure="unsupported"),
        details("skirt", "the skirt has two pockets at the front and a button and zip closure"),
        describe(
            "skirt",
            "a blue denim skirt with two pockets at the front and a button and zip closure and belt loops and a",
            failure="cut",
            hit_limit=True,
        ),
        title="612 league Girls Blue Solid Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; white cotton frock with a red cherry print, short puff sleeves, frill
    # hem, red headband, red shoes; no sash or belt. VQA adapter; closed by reference.
    case(
        "X1105-015",
        caption("a girl in a white dress with red cherries"),
        Q.color("red", failure="contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        wearing("a white dress with cherries on it and a red headband"),
        describe(
            "dress",
            "a white frock with red cherry print, short puffed sleeves and a frill hem with a red ribbon belt",
            failure="unsupported",
        ),
        Q.garment_type("dress"),
        title="Budding Bees Girls White Cherry Print Cotton Frock",
        category="Frocks",
        color="White",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; olive green long-sleeved shirt dress with collar, button front, two
    # chest pockets, tan belt, brown ankle boots. VQA adapter; closed by reference.
    case(
        "X1105-016",
        caption("a girl wearing a green shirt dress with a belt and brown boots"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("shirt", failure="contradiction"),
        details("dress", "the dress has a collar, buttons down the front, a brown belt and two chest pockets"),
        wearing("a brown dress", failure="other_garment_color"),
        describe(
            "dress",
            "an olive green shirt dress with long sleeves, a collar, buttons down the front, a brown belt tied at the"
            " waist and two",
            failure="cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Kids Girls Olive Solid Shirt Dress with Belt",
        category="Dresses",
        color="Olive",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; pink layered tulle tutu skirt, grey t-shirt with a unicorn print,
    # pink ballet flats. VQA adapter; closed by reference.
    case(
        "X1105-017",
        caption("a girl wearing a grey t-shirt with a unicorn and a pink tutu"),
        Q.color("pink"),
        describe("skirt", "a pink tutu skirt with layers of tulle and an elastic waistband"),
        Q.pattern("graphic", failure="contradiction"),
        wearing("a grey shirt with a unicorn on it and a pink skirt"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt has a satin waistband with a bow and sequins on the tulle", failure="unsupported"),
        title="Hopscotch Girls Pink Tulle Tutu Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; turquoise sleeveless A-line dress with a yellow flower applique on
    # the chest, yellow sandals. VQA adapter; closed by reference.
    case(
        "X1105-018",
        caption("a little girl in a turquoise dress with a yellow flower on the front"),
        wearing("he is wearing a blue dress with a yellow flower", failure="pronoun"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        details("dress", "yellow", failure="non_answer"),
        color_of("dress", "yellow", failure="other_garment_color", kind="open"),
        describe(
            "dress",
            "a turquoise dress with a yellow flower on the chest Question: What is the color of the flower? Answer:"
            " yellow",
            failure="leak",
            hit_limit=True,
        ),
        title="Nauti Nati Girls Turquoise Blue Solid A-Line Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; red-and-white horizontally striped knit sweater dress with long
    # sleeves, white tights, red shoes. VQA adapter; closed by reference.
    case(
        "X1105-019",
        caption("a girl in a red and white striped sweater dress and white tights"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "a red and white striped dress with long sleeves and a round neck with a red and white striped dress with"
            " long sleeves and a round",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("wool", failure="unsupported"),
        wearing("the girl is wearing what the girl is wearing", failure="restated", who="the girl"),
        is_a("dress", "no", failure="contradiction"),
        title="Mini Klub Girls Red & White Striped Sweater Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; grey melange short-sleeved t-shirt dress with a pink glitter cat
    # print on the front, pink shoes. VQA adapter; closed by reference.
    case(
        "X1105-020",
        caption("a girl wearing a grey t-shirt dress with a pink cat print"),
        Q.garment_type("t-shirt", failure="contradiction"),
        Q.color("grey"),
        Q.pattern("graphic"),
        wearing("a grey dress with a pink cat on it and pink shoes"),
        describe(
            "dress",
            "a grey dress with a pink glitter cat print on the front and short sleeves Question: What is the",
            failure="leak",
            hit_limit=True,
        ),
        details(
            "dress",
            "the dress has a pink cat on the front and a pink cat on the front and a pink cat on the front and a",
            failure="loop",
            hit_limit=True,
        ),
        cloth("the person is wearing a cloth", failure="restated"),
        title="Kids Ville Girls Grey Melange Printed T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; off-white ankle-length flared skirt with a pink floral print and a
    # gold border at the hem, worn with a short pink kurti top, gold juttis. VQA adapter; closed by reference.
    case(
        "X1105-021",
        caption("a girl wearing a pink top and a white skirt with pink flowers"),
        color_of("skirt", "pink", failure="other_garment_color"),
        wearing("a pink top and a white skirt"),
        describe("skirt", "the skirt is long and flared with pink floral print and a gold border at the hem"),
        details("skirt", "the details of the skirt are the skirt details", failure="restated"),
        Q.material("silk", failure="unsupported"),
        cloth("a pink kurta and a pink skirt", failure="other_garment_color"),
        title="Bitiya by Bhama Girls Off-White & Pink Printed Flared Skirt",
        category="Skirts",
        color="Off White",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; navy blue knee-length box-pleated skirt with a navy button at the
    # waistband, white short-sleeved blouse tucked in, white socks, black shoes. VQA adapter; closed by reference.
    case(
        "X1105-022",
        caption("a girl in a white shirt and a navy blue pleated skirt"),
        color_of("skirt", "navy blue"),
        wearing("a white shirt and a white skirt", failure="other_garment_color"),
        Q.pattern("solid"),
        describe("skirt", "a navy blue pleated skirt that falls to the knees with a blue button at the waist"),
        is_a("skirt", "yes"),
        Q.material("polyester", failure="unsupported"),
        cloth(
            "a white shirt and a navy skirt Question: What is the color of the shirt? Answer: white Question: What",
            failure="leak",
            hit_limit=True,
        ),
        title="Allen Solly Junior Girls Navy Blue Solid Pleated Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; magenta satin floor-length party gown with short flutter sleeves and
    # a sequinned bodice, silver shoes barely visible. VQA adapter; closed by reference.
    case(
        "X1105-023",
        caption("a girl in a purple dress with sequins", failure="contradiction"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        describe("dress", "a long pink gown with sequins on the bodice and a flowing skirt"),
        Q.material("satin"),
        details(
            "dress",
            "the dress has embellished sequins on the bodice on the bodice on the bodice on the bodice on the bodice on"
            " the bodice on the",
            failure="loop",
            hit_limit=True,
        ),
        title="A Little Fable Girls Magenta Embellished Satin Maxi Dress",
        category="Dresses",
        color="Magenta",
        gender="Girls",
    ),
    # photo: flat lay, no person, white backdrop; yellow cotton sundress with white lace trim at the hem and thin
    # tie-up shoulder straps. VQA adapter; closed by reference.
    case(
        "X1105-024",
        caption("a yellow dress with white lace trim on a white background"),
        wearing("the girl is wearing a yellow dress with white lace and white sandals", failure="unsupported"),
        Q.color("yellow"),
        details("dress", "the dress has white lace trim at the hem and thin straps that tie at the shoulders"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "a yellow dress with white lace trim at the hem and thin straps Question: Is this a dress? Answer: yes",
            failure="leak",
            hit_limit=True,
        ),
        color_of("dress", "pure color", failure="non_answer", kind="open"),
        title="Mothercare Girls Yellow Solid Cotton Sundress",
        category="Dresses",
        color="Yellow",
    ),
    # photo: girl, side view, white backdrop; green ankle-length skirt with a multicolour paisley print and a
    # tasselled drawstring waist, white tank top, brown sandals. VQA adapter; closed by reference.
    case(
        "X1105-025",
        caption("green", failure="non_answer"),
        color_of("skirt", "green"),
        Q.pattern("printed"),
        wearing("a white tank top and a long green skirt with a paisley print"),
        details(
            "skirt",
            "the skirt is a long skirt with a paisley print and a drawstring at the waist with tassels on the ends",
        ),
        cloth("a white top and a white skirt", failure="other_garment_color"),
        describe(
            "skirt",
            "a long green skirt with a paisley print Question: What is the girl wearing? Answer: a white top",
            failure="leak",
            hit_limit=True,
        ),
        title="Tiny Girl Girls Green Paisley Print Maxi Skirt",
        category="Skirts",
        color="Green",
        gender="Girls",
    ),
    # photo: girl holding a small red handbag, front view, white backdrop; light blue chambray short-sleeved dress
    # with a smocked bodice, puff sleeves and a ruffle hem, white sandals. VQA adapter; closed by reference.
    case(
        "X1105-026",
        caption("a little girl in a blue dress holding a red bag"),
        wearing("a red dress", failure="other_garment_color"),
        Q.color("blue"),
        Q.material("denim", failure="contradiction"),
        details("dress", "the dress has smocking on the chest and short puff sleeves and a ruffle hem"),
        describe(
            "dress",
            "a light blue dress with a smocked bodice, short puff sleeves, a round neck and a ruffled hem that falls"
            " just below the knees",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="Lilliput Girls Blue Chambray Smocked Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; black long-sleeved jersey dress with a small pink and white floral
    # print, worn under an open pink cardigan, black tights, pink shoes. VQA adapter; closed by reference.
    case(
        "X1105-027",
        caption("a girl wearing a pink cardigan over a black dress with flowers"),
        Q.color("pink", failure="other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("floral"),
        describe("dress", "a black floral dress with long sleeves and a pink cardigan"),
        wearing("a pink sweater and a black dress", who="the girl"),
        Q.material("cotton", failure="unsupported"),
        title="H&M Girls Black Floral Print Jersey Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; red-and-white checked short-sleeved A-line dress with a plain white
    # round collar, no buttons or lace, white shoes. VQA adapter; closed by reference.
    case(
        "X1105-028",
        caption("a little boy wearing a red checked dress with a white collar", failure="pronoun"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.garment_type("dress"),
        details(
            "dress",
            "the dress has a white collar and short sleeves with a white lace trim and two buttons on the front",
            failure="unsupported",
        ),
        wearing("a red and white checkered dress and white shoes", who="the girl"),
        describe(
            "dress",
            "a red and white checked dress with a white round collar, short sleeves and an a-line skirt that ends just"
            " above the knee and",
            failure="cut",
            hit_limit=True,
        ),
        title="Naughty Ninos Girls Red Checked A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # photo: girl, front view, white backdrop; sea green sleeveless georgette dress with layered ruffle skirt and a
    # fabric flower at the waist, white sandals. VQA adapter; closed by reference.
    case(
        "X1105-029",
        caption("a girl in a green layered dress with a flower at the waist"),
        wearing("a green dress with layers"),
        Q.color("green"),
        Q.material("georgette"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "a sea green dress with layers of ruffles and a flower on the waist and a flower on the waist and a flower"
            " on the waist and a flower on",
            failure="loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "the dress has a flower on the waist and a zip at the back and a lining inside",
            failure="unsupported",
        ),
        title="Cutecumber Girls Sea Green Layered Georgette Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; pink A-line skirt with a scalloped hem and a small pink bow on the
    # waistband, white t-shirt with a pink heart print, white shoes. VQA adapter; the caption leaks.
    case(
        "X1105-030",
        caption(
            "a girl wearing a white t-shirt with a pink heart and a pink skirt Question: What is the color of the"
            " skirt? Answer: pink Question: What is the",
            failure="leak",
            hit_limit=True,
        ),
        color_of("skirt", "pink"),
        is_a("skirt", "yes"),
        wearing("a white shirt with a heart on it and a pink skirt"),
        details("skirt", "the skirt has a flared hem with a scalloped edge and a pink bow on the waistband"),
        Q.garment_type("skirt"),
        cloth("a pink top and a pink skirt", failure="contradiction"),
        title="Gini and Jony Girls Pink Solid A-Line Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; royal blue sleeveless fit-and-flare dress with a white butterfly
    # print, round neck, gathered waist, white sandals. VQA adapter; closed by reference.
    case(
        "X1105-031",
        caption("a girl in a blue dress with white butterflies on it"),
        describe(
            "dress",
            "the dress is a blue sleeveless dress with a white butterfly print, a round neck, a gathered waist, a"
            " flared skirt and a",
            failure="cut",
            hit_limit=True,
        ),
        details(
            "dress",
            "the dress has a round neck, a gathered waist and a flared skirt with white butterflies printed all over"
            " the",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        wearing("a blue dress and white sandals and a white bag", failure="unsupported"),
        title="Fame Forever by Lifestyle Girls Blue Butterfly Print Fit and Flare Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; mustard yellow skater skirt with a wide waistband, black t-shirt
    # tucked in, black tights, black shoes. VQA adapter; closed by reference.
    case(
        "X1105-032",
        caption("a girl in a black t-shirt and a yellow skirt with black tights"),
        color_of("skirt", "black", failure="other_garment_color"),
        wearing("a black shirt and a mustard skirt and black leggings"),
        describe(
            "skirt",
            "a mustard yellow skater skirt with a wide waistband that is a skirt that is a skirt that is a skirt that"
            " is a",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        details("skirt", "the skirt has a zipper at the back and two side pockets", failure="unsupported"),
        title="StyleStone Kids Girls Mustard Yellow Solid Skater Skirt",
        category="Skirts",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; white lace short-sleeved party dress with a pink satin sash and a bow
    # at the left side of the waist, white shoes. VQA adapter; closed by reference.
    case(
        "X1105-033",
        caption("a girl in a white lace dress with a pink bow"),
        Q.color("white"),
        wearing("a white dress with a pink sash", who="the girl"),
        details("dress", "the dress has lace all over with a pink satin sash at the waist and a bow at the side"),
        Q.sleeve_length("short sleeves"),
        Q.material("lace"),
        describe(
            "dress",
            "the dress is made of white lace and has a pink ribbon around the waist and a pink ribbon around the waist"
            " and a pink ribbon around",
            failure="loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes", failure="contradiction"),
        title="Pspeaches Girls White Lace Party Dress with Sash",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; sleeveless fit-and-flare dress in horizontal rainbow stripes (red,
    # orange, yellow, green, blue, purple), white sneakers. VQA adapter; closed by reference.
    case(
        "X1105-034",
        caption("a girl wearing a rainbow striped dress"),
        Q.color("multicolor"),
        Q.pattern("striped"),
        wearing("a dress with stripes of red, yellow, green, blue and purple"),
        describe(
            "dress",
            "a rainbow striped dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes",
            failure="leak",
            hit_limit=True,
        ),
        details("dress", "", failure="non_answer"),
        cloth(
            "a sleeveless dress with rainbow stripes in red, orange, yellow, green, blue and purple and white"
            " sneakers with",
            failure="cut",
            hit_limit=True,
        ),
        title="YK Girls Multicoloured Striped Fit and Flare Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: girl sitting on a white wooden stool, white backdrop; burgundy corduroy A-line skirt with buttons down
    # the front, cream turtleneck sweater, brown boots. VQA adapter; closed by reference.
    case(
        "X1105-035",
        caption("a girl sitting on a stool wearing a white sweater and a maroon skirt"),
        color_of("skirt", "red"),
        Q.material("corduroy"),
        wearing("she is wearing a white sweater and a maroon skirt"),
        Q.garment_type("skirt"),
        describe("skirt", "a brown corduroy skirt with buttons down the front", failure="other_garment_color"),
        details("skirt", "maroon", failure="non_answer"),
        cloth("a white sweater and a white skirt", failure="other_garment_color"),
        title="Marks & Spencer Girls Burgundy Cord Button-Through Skirt",
        category="Skirts",
        color="Burgundy",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; gold shimmer sleeveless party dress with a thin black belt tied in a
    # bow, black shoes. Seller colour Gold. VQA adapter; closed by reference.
    case(
        "X1105-036",
        caption("a little girl in a gold dress with a black belt"),
        Q.color("yellow"),
        color_of("dress", "black", failure="other_garment_color", kind="open"),
        details("dress", "the dress has a black belt with a bow and a shimmer finish"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "a gold dress with a black belt and black shoes and a black bag and a black bag and a black bag and a"
            " black bag and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("striped", failure="contradiction"),
        title="Toy Balloon Kids Girls Gold-Toned Shimmer Party Dress",
        category="Dresses",
        color="Gold",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; navy blue sleeveless knee-length dress with a small white and pink
    # floral print, worn with a short white crochet shrug sold with it, white sandals. VQA adapter.
    case(
        "X1105-037",
        caption("a girl wearing a white shrug and a blue floral dress"),
        Q.color("white", failure="other_garment_color"),
        wearing("a white jacket and a blue dress with flowers"),
        Q.pattern("floral"),
        describe("dress", "a navy blue floral dress with a white shrug, the dress has a round neck and is knee length"),
        details(
            "dress",
            "the dress has a white shrug with a white shrug with a white shrug with a white shrug with a white shrug"
            " with a white",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Hopscotch Girls Navy Blue Floral Print Dress with Shrug",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; peach cotton frock with a white lace yoke and short flutter sleeves,
    # white sandals. VQA adapter; closed by reference.
    case(
        "X1105-038",
        caption("a young girl wearing a peach frock with a lace yoke"),
        wearing("a peach dress with a lace yoke and flutter sleeves"),
        describe("dress", "his dress is peach with lace on the top", failure="pronoun"),
        Q.color("orange", failure="contradiction"),
        is_a("dress", "yes"),
        Q.material("cotton"),
        details(
            "dress",
            "the dress has a lace yoke and a lace yoke and a lace yoke and a lace yoke and a lace yoke and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="Kids Ville Girls Peach Solid Cotton Frock with Lace Yoke",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: flat lay of the front, no person, white backdrop; black denim mini skirt with a button, zip fly, belt
    # loops and two front slant pockets. VQA adapter; closed by reference.
    case(
        "X1105-039",
        caption("a black denim skirt with a button on a white background"),
        Q.garment_type("skirt"),
        Q.color("black"),
        wearing("a black skirt with a white t-shirt", failure="unsupported"),
        Q.material("denim"),
        details("skirt", "the skirt has a button and a zipper in the front and two pockets"),
        describe(
            "skirt",
            "a black denim mini skirt with a button and a zip fly, two slanted pockets at the front, belt loops and a",
            failure="cut",
            hit_limit=True,
        ),
        title="Cherry Crumble Girls Black Denim Mini Skirt",
        category="Skirts",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; teal blue long-sleeved cable-knit sweater dress with ribbed cuffs and
    # hem, grey leggings, brown ankle boots. VQA adapter; closed by reference.
    case(
        "X1105-040",
        caption("a girl wearing a teal sweater dress, grey leggings and brown boots"),
        Q.color("grey", failure="other_garment_color"),
        Q.material("knit"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "a teal blue sweater dress with a cable knit pattern on the front and ribbed cuffs and a ribbed hem and a"
            " round neck and it is",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a blue sweater dress and grey leggings"),
        details(
            "dress",
            "the dress has cable knit on the front, ribbed cuffs and a pocket on the chest",
            failure="unsupported",
        ),
        cloth(
            "a blue dress with grey leggings and brown boots and brown boots and brown boots and brown boots and brown",
            failure="loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Kids Girls Teal Blue Cable Knit Sweater Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; lime green knee-length skirt printed with yellow lemons and green
    # leaves, elastic waist, white t-shirt tucked in, white sneakers. VQA adapter; closed by reference.
    case(
        "X1105-041",
        caption("a girl wearing a white top and a green skirt with lemons on it"),
        color_of("skirt", "yellow", failure="contradiction"),
        Q.pattern("printed"),
        wearing("a white t-shirt and a green skirt"),
        details("skirt", "the skirt has lemons and leaves printed on it and an elastic waist"),
        describe(
            "skirt",
            "a green skirt with yellow lemons and green leaves printed on it, it has an elastic waist"
            " band and it falls to the",
            failure="cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", failure="contradiction"),
        title="Naughty Ninos Girls Lime Green Lemon Print A-Line Skirt",
        category="Skirts",
        color="Lime Green",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; purple cotton frock with a small white star print and short puff
    # sleeves, white sandals. VQA adapter; closed by reference.
    case(
        "X1105-042",
        caption("a girl in a purple dress with white stars"),
        wearing("he is wearing a purple dress with stars", failure="pronoun"),
        Q.color("purple"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        details(
            "dress",
            "the dress has a white star print and short puffed sleeves with a white collar and a white",
            failure="cut",
            hit_limit=True,
        ),
        describe(
            "dress",
            "a purple frock with white stars and puff sleeves and a purple frock with white stars and puff sleeves"
            " and a purple",
            failure="loop",
            hit_limit=True,
        ),
        title="Peppermint Girls Purple Star Print Cotton Frock",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; off-white tiered cotton maxi skirt with lace trim at the hem, white
    # top, light blue denim jacket, brown sandals. VQA adapter; closed by reference.
    case(
        "X1105-043",
        caption("a girl wearing a denim jacket and a long white skirt"),
        color_of("skirt", "blue", failure="other_garment_color"),
        wearing("a denim jacket with a white shirt and a white skirt"),
        describe("skirt", "a long off white skirt with tiers and a lace trim at the bottom"),
        Q.material("denim", failure="contradiction"),
        Q.garment_type("jacket", failure="contradiction"),
        details("skirt", "what are the skirt details", failure="restated"),
        title="Gini and Jony Girls Off-White Tiered Cotton Maxi Skirt",
        category="Skirts",
        color="Off White",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; pink reversible sequin skirt with a heart brushed to silver in the
    # middle, white sweatshirt, white sneakers. VQA adapter; closed by reference.
    case(
        "X1105-044",
        caption("a girl in a white sweatshirt and a pink sequin skirt"),
        details("skirt", "pink sequins with a silver heart in the middle"),
        wearing(
            "a white sweatshirt and a pink skirt Question: What is the color of the skirt? Answer: pink Question:"
            " What is the color",
            failure="leak",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.material("sequins"),
        color_of("skirt", "white", failure="other_garment_color", kind="open"),
        title="A Little Fable Girls Pink Reversible Sequinned A-Line Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; cream crochet lace short-sleeved dress with a scalloped hem, brown
    # sandals. VQA adapter; closed by reference.
    case(
        "X1105-045",
        caption("a girl in a cream lace dress and brown sandals"),
        Q.color("white"),
        color_of("dress", "brown", failure="other_garment_color", kind="open"),
        details("dress", "the dress is made of crochet lace and has a scalloped hem and short sleeves"),
        describe("dress", "the dress is a dress", failure="restated"),
        Q.material("lace"),
        wearing("he is wearing a cream lace dress and brown sandals", failure="pronoun"),
        title="Lilliput Girls Cream Crochet Lace Dress",
        category="Dresses",
        color="Cream",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; navy blue sleeveless sailor dress with a red anchor print, white
    # sailor collar, red bow at the neck, white socks, red shoes. VQA adapter; closed by reference.
    case(
        "X1105-046",
        caption("a girl in a navy blue dress with red anchors and a white collar"),
        Q.color("red", failure="contradiction"),
        Q.pattern("printed"),
        is_a("skirt", "yes", failure="contradiction"),
        describe(
            "dress", "the dress is navy blue with a white sailor collar and a red bow and red anchors all over it"
        ),
        details("dress", "no", failure="non_answer"),
        wearing("a sailor dress, white socks and red shoes"),
        cloth(
            "a blue dress with red anchors Question: What is the color of the anchors? Answer: red",
            failure="leak",
            hit_limit=True,
        ),
        title="Budding Bees Girls Navy & Red Anchor Print Sailor Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
]
