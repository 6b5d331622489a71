"""BLIND_778 (46 products; Myntra girls' dresses, frocks, skirts; VQA): written blind in the fifty-fifth session.
Measured blind at d6ee66b (the session's seventh rules): 98/117 failures found (83.8%) and 7/158 correct texts flagged
(4.4%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed, gender Girls, article types Dresses and Skirts (frocks are filed under Dresses). The
photos are catalog shots: a girl of about 4-10 standing on a white, light grey or pastel studio backdrop, front view
mostly, a few side or three-quarter views, one flat lay of a two-pack. Skirts are always worn with a top (t-shirt,
blouse, sweater, sweatshirt), dresses often with leggings, tights, a cardigan, a jacket or a dupatta. Some props: a
teddy bear, a purse, a basket, a tiara. Rows follow the feed: title, category (article_type), color (base_colour),
gender; a few rows lack a column.

Who wrote what: every question was answered by the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b (8-bit, greedy, 30 new tokens). Closed questions (garment type, color, pattern, sleeve
length, "Is this a ...?", and color_of stored closed) went through enrich's --engine reference, which only ranks
candidates, so they are single candidate values. Open answers are free generation: the adapter learned no end token,
so it either stops on the base model's newline after a short answer or runs on into loops, a new "Question: ...
Answer:" turn, or a cut at 30 tokens. It likes bare one-word answers (its training answers were "dress", "skirt",
"yes"), reaches for the color of whatever is biggest or brightest (the top over a skirt, tights, a jacket, the print
or the backdrop), and invents fabrics (cotton, silk, linen) and hidden details (zips, pockets, bows at the back).
Captions of products 001-040 come from the untuned base model (the job used no adapter for the caption step): short
lower-case sentences, "t - shirt" spacing, sometimes an invented scene. Products 041-046 were a batch where the
caption step also ran through the VQA adapter; those captions are broken in the ways VQA-only training breaks them.

Labeling conventions and judgement calls:
- The photo is the truth. Where the seller's color is off (041: "Pink" for a visibly coral dress) the answer that
  matches the photo is correct.
- Shades and group names count as correct: maroon as red, navy as blue or dark blue, teal as blue, magenta and peach
  as pink, cream and off white as white, mustard as yellow, olive as green, lavender as purple.
- A color that belongs to another worn garment (top over a skirt, tights, cardigan, jacket, dupatta, shoes) is
  other_garment_color, closed or open, and in a caption too. A color taken from the print, an accessory or the
  backdrop is contradiction.
- A wrong garment name (skirt for a dress, top for a t-shirt dress, jacket, kurta, shirt), a wrong pattern, wrong
  sleeves, a wrong yes/no to "Is this a ...?" are contradiction. Sleeves asked of a skirt and answered with the top's
  sleeves are contradiction.
- Fabric: correct when the title names it or it is plainly visible (denim, velvet, sequins, tulle/net, lace,
  corduroy). A fiber the title does not give and a photo cannot show (cotton, silk, linen, polyester, chiffon, wool)
  is unsupported, as are hidden details (zip or bow at the back, pockets not in view) and invented scenes or props.
- A bare one-word answer to an open question ("dress", "black", "yes"), a color for the material, or an answer that
  only says what the garment is ("it is a skirt") is non_answer. Echoing the question's own words as the answer ("the
  dress details are the details of the dress") is restated.
- A loop that runs to the limit is loop (hit_limit=True), even when its first words are also wrong; a text cut
  mid-phrase at the limit is cut. A new "Question: ... Answer:" turn is leak whatever else the text says; hit_limit
  is set where it ran to 30 (answers) or 50 (captions) tokens.
- "he"/"his" for a Girls row is pronoun. Where the row lacks gender (039) no pronoun is labelled.
- One label per text: the failure a reader would name first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# the VQA adapter's own training question, asked as an open question by this job
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_778 = [
    # photo: girl on white backdrop, front view, pink sleeveless A-line dress with small white and yellow flowers,
    # white sandals. Caption: base model; answers: VQA adapter.
    case(
        "X778-001",
        caption("a little girl in a pink dress with flowers on it"),
        wearing("a pink floral dress and white sandals"),
        Q.color("pink"),
        Q.pattern("floral"),
        describe(
            "dress",
            "the dress is pink with white flowers and a round neck and a big bow on the back",
            "unsupported",
        ),
        Q.material("cotton", "unsupported"),
        title="Gini and Jony Girls Pink Floral Print A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl on light grey backdrop, navy short-sleeved fit and flare dress with a white peter pan collar, white
    # socks, black shoes. Caption: base model; answers: VQA adapter.
    case(
        "X778-002",
        caption("a young girl wearing a blue dress with a white collar"),
        cloth("dress Question: What is the color of the dress? Answer: navy blue", "leak"),
        color_of("dress", "navy blue"),
        Q.sleeve_length("short sleeves"),
        details(
            "dress",
            "white collar, white collar, white collar, white collar, white collar, white collar, white collar, white",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "no"),
        title="Doodle Girls Navy Blue Solid Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl on white backdrop, red knee-length pleated skirt, white t-shirt tucked in, white sneakers.
    # Caption: base model; answers: VQA adapter.
    case(
        "X778-003",
        caption("a little girl wearing a white shirt and red skirt"),
        wearing("a white t-shirt and a red pleated skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details(
            "skirt",
            "the skirt has box pleats all around and it falls just above the knee and the waistband is hidden"
            " under the",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Kids Girls Red Pleated Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: girl on white backdrop, yellow frock with a small orange butterfly print and short puff sleeves, white
    # leggings, white shoes. Caption: base model; answers: VQA adapter.
    case(
        "X778-004",
        caption("a little girl in a yellow dress and white leggings"),
        wearing("he is wearing a yellow dress and white leggings", "pronoun"),
        Q.color("yellow"),
        color_of("leggings", "white"),
        describe("frock", "a yellow frock with little orange butterflies and puffy sleeves"),
        Q.material("the dress is made of cotton", "unsupported"),
        title="Little Miss Girls Yellow Printed Frock",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl on white backdrop holding a small silver purse, pink sleeveless party dress with a sequinned bodice
    # and a layered tulle skirt, silver shoes, front view. Caption: base model; answers: VQA adapter.
    case(
        "X778-005",
        caption("a little girl in a pink tutu dress holding a purse"),
        wearing("a pink dress with sequins and a tulle skirt"),
        Q.color("silver", "contradiction"),
        Q.material("tulle and sequins"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "the bodice is covered in pink sequins and the skirt is layers of tulle with a zip at the back",
            "unsupported",
        ),
        title="Barbie Girls Pink Sequinned Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl on white backdrop, blue denim pinafore dress over a red-and-white striped long-sleeved t-shirt, red
    # sneakers. Caption: base model; answers: VQA adapter.
    case(
        "X778-006",
        caption("a little girl wearing a denim dress and a striped shirt"),
        wearing("a blue denim dress over a red and white striped shirt"),
        color_of("dress", "red and white striped", "other_garment_color", kind="open"),
        Q.pattern("striped", "contradiction"),
        Q.material("denim"),
        details("dress", "the dress details are", "restated"),
        title="Nauti Nati Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl on grey backdrop, maroon velvet long-sleeved dress with a gathered waist, black tights, black shoes.
    # Caption: base model; answers: VQA adapter.
    case(
        "X778-007",
        caption("a little girl wearing a red velvet dress and black tights"),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress"
            " dress dress"
            " dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("velvet"),
        describe("dress", "a maroon velvet dress with long sleeves and a gathered skirt"),
        title="Peppermint Girls Maroon Velvet Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: girl on pale blue backdrop, white cotton broderie anglaise dress with flutter sleeves, straw hat, white
    # sandals. Caption: base model; answers: VQA adapter.
    case(
        "X778-008",
        caption("a little girl wearing a white dress and a straw hat"),
        wearing("she is wearing a white dress and a hat"),
        Q.pattern("embroidered"),
        details("dress", "cut out flowers all over, frilled sleeves and buttons down the back", "unsupported"),
        Q.material("cotton"),
        is_a("skirt", "yes", "contradiction"),
        title="Hopscotch Girls White Cotton Broderie Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: girl on white backdrop, black-and-white gingham A-line skirt, pink t-shirt worn untucked over the waist,
    # pink hairband, white shoes. Caption: base model; answers: VQA adapter.
    case(
        "X778-009",
        caption("a girl wearing a pink shirt and a checkered skirt"),
        wearing("she is wearing a pink t-shirt and a black and white checked skirt"),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        Q.garment_type("top", "contradiction"),
        details(
            "skirt",
            "black and white checks, an a-line shape and a hem just above the knees, the pink t-shirt hangs over the",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Junior Girls Black & White Checked A-Line Skirt",
        category="Skirts",
        color="Black",
        gender="Girls",
    ),
    # photo: girl on white backdrop, purple satin party dress with a net overlay, beaded neckline, cap sleeves,
    # silver shoes, nothing in her hair. Caption: base model; answers: VQA adapter.
    case(
        "X778-010",
        caption("a little girl in a purple dress with a flower in her hair", "unsupported"),
        wearing("purple", "non_answer"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        describe(
            "dress",
            "a purple dress with beads on the neck Question: what is the color of the shoes? Answer: silver",
            "leak",
        ),
        title="Tiny Girl Girls Purple Embellished Party Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: girl on white backdrop, slight side view, barefoot, long green tiered dress with a tiny white floral
    # print and ruffled straps. Caption: base model; answers: VQA adapter.
    case(
        "X778-011",
        caption("a little girl in a green dress standing in a field of flowers", "unsupported"),
        wearing("a long green dress with small white flowers"),
        Q.garment_type("dress"),
        Q.pattern("polka dot", "contradiction"),
        details("dress", "three tiers and ruffled straps"),
        Q.material("green", "non_answer"),
        title="Cherry Crumble Girls Green Printed Tiered Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: girl on white backdrop standing, blue denim mini skirt with a button placket and two front pockets,
    # yellow printed t-shirt tucked in, white sneakers; no furniture. Caption: base model; answers: VQA adapter.
    case(
        "X778-012",
        caption("a little girl in a yellow shirt and a blue denim skirt sitting on a chair", "unsupported"),
        wearing("a yellow t shirt and a yellow skirt", "other_garment_color"),
        color_of("skirt", "yellow", "other_garment_color"),
        Q.material("denim"),
        details("skirt", "buttons down the front and two pockets"),
        is_a("skirt", "yes"),
        title="Pepe Jeans Kids Girls Blue Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl on white backdrop, peach short-sleeved dress with a lace yoke, white shoes.
    # Caption: base model; answers: VQA adapter.
    case(
        "X778-013",
        caption("a little girl wearing a peach dress with lace"),
        cloth("a light pink dress"),
        Q.color("peach"),
        describe(
            "dress",
            "the dress is peach with a lace yoke and short sleeves and a lace yoke and short sleeves and a lace"
            " yoke and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton and lace"),
        title="Gini and Jony Girls Peach Cotton Dress with Lace Yoke",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl on white backdrop, A-line dress with horizontal rainbow stripes (red, orange, yellow, green, blue),
    # short sleeves, white sneakers. Caption: base model; answers: VQA adapter.
    case(
        "X778-014",
        caption("a little girl in a rainbow striped dress"),
        Q.color("multi"),
        Q.pattern("striped"),
        color_of(
            "dress",
            "red red red red red red red red red red red red red red red red red red red red red red red red red"
            " red red"
            " red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("Question: What is the person wearing? Answer: a striped dress", "leak"),
        Q.sleeve_length("short sleeves"),
        title="Doodle Girls Multicoloured Striped A-Line Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: girl on white backdrop holding a brown teddy bear, red dress with white polka dots, white collar, puff
    # sleeves, red shoes. Caption: base model; answers: VQA adapter.
    case(
        "X778-015",
        caption("a little girl in a red and white polka dot dress holding a teddy bear"),
        wearing("a red dress with white dots"),
        Q.pattern("polka dot"),
        Q.color("white", "contradiction"),
        describe("dress", "he is wearing a red dress with white polka dots and a white collar", "pronoun"),
        is_a("dress", "yes"),
        title="YK Girls Red Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl on white backdrop, pink layered tulle tutu skirt, white t-shirt with a unicorn print tucked in,
    # silver ballet flats. Caption: base model; answers: VQA adapter.
    case(
        "X778-016",
        caption("a little girl wearing a pink tutu and a white t - shirt with a unicorn"),
        color_of("skirt", "pink"),
        wearing("a white t-shirt and a white skirt", "other_garment_color"),
        Q.material("tulle"),
        details("skirt", "it is a skirt", "non_answer"),
        Q.garment_type("skirt"),
        title="Lilliput Girls Pink Layered Tutu Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl on white backdrop, grey melange short-sleeved t-shirt dress with a large Hello Kitty face on the
    # front, pink leggings, white shoes. Caption: base model; answers: VQA adapter.
    case(
        "X778-017",
        caption("a little girl wearing a pink dress with a hello kitty on it", "other_garment_color"),
        wearing("a grey t shirt dress and pink leggings"),
        Q.garment_type("top", "contradiction"),
        Q.pattern("graphic"),
        color_of("dress", "grey", kind="open"),
        title="Hello Kitty Girls Grey Melange Printed T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Girls",
    ),
    # photo: girl on white backdrop, light blue Frozen dress, Elsa and Anna printed on the bodice, tulle skirt with
    # silver glitter snowflakes, short sleeves, silver shoes; no cape. Caption: base model; answers: VQA adapter.
    case(
        "X778-018",
        caption("a little girl in a blue frozen dress"),
        cloth("dress", "non_answer"),
        Q.color("blue"),
        Q.pattern("printed"),
        describe(
            "dress",
            "a light blue dress with elsa and anna printed on the bodice and silver snowflakes on the tulle"
            " skirt, short"
            " sleeves and a round neck with a",
            "cut",
            hit_limit=True,
        ),
        details("dress", "it has a cape", "unsupported"),
        title="Disney Kids Girls Blue Frozen Printed Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl on white backdrop, olive shirt dress with a collar, button front, sleeves rolled above the elbow,
    # tie belt, brown sandals. Caption: base model; answers: VQA adapter.
    case(
        "X778-019",
        caption("a girl wearing a green shirt dress with a belt"),
        wearing("a dark green shirt and brown shoes", "contradiction"),
        Q.color("olive"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        details("dress", "a collar, buttons down the front, rolled up sleeves and a tie belt"),
        Q.material("linen", "unsupported"),
        title="Palm Tree Girls Olive Green Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Girls",
    ),
    # photo: girl on white backdrop, navy-and-white horizontally striped jersey skater skirt, red sleeveless top
    # tucked in, red sandals. Caption: base model; answers: VQA adapter.
    case(
        "X778-020",
        caption("a young girl wearing a red top and a blue and white striped skirt"),
        color_of("skirt", "red", "other_garment_color"),
        Q.pattern("striped"),
        wearing("a red tank top and a striped skirt Question: What is the color of the top? Answer: red", "leak"),
        describe("skirt", "the skirt is a skirt", "restated"),
        is_a("skirt", "yes"),
        title="Nauti Nati Girls Navy Blue & White Striped Skater Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl on white backdrop, mustard ankle-length flared ethnic dress with a red and green block-printed
    # border, three-quarter sleeves, red dupatta over one shoulder, gold juttis. Caption: base model; answers: VQA.
    case(
        "X778-021",
        caption("a little girl in a yellow and red indian dress"),
        wearing("a yellow dress and a red scarf"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("kurta", "contradiction"),
        details(
            "dress",
            "a red and green printed border at the hem and on the sleeves and a round neck with a gold border and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Biba Girls Mustard Printed Flared Ethnic Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl on grey backdrop, teal jersey skater dress with long sleeves, white tights, black ankle boots.
    # Caption: base model; answers: VQA adapter.
    case(
        "X778-022",
        caption("a little girl in a blue dress and white tights"),
        cloth("he is wearing a teal dress with long sleeves and white tights", "pronoun"),
        Q.color("white", "other_garment_color"),
        color_of("tights", "white"),
        describe(
            "dress",
            "the dress is made of cotton and has a zipper on the back and pockets on the side",
            "unsupported",
        ),
        Q.sleeve_length("long sleeves"),
        title="United Colors of Benetton Kids Girls Teal Solid Skater Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: flat lay on white, no person: two dresses side by side, a pink sleeveless floral dress and a white dress
    # with pink dots. Caption: base model; answers: VQA adapter.
    case(
        "X778-023",
        caption("two dresses laid out on a white surface"),
        wearing("she is wearing a pink dress with flowers", "unsupported"),
        Q.garment_type("dress"),
        Q.color("pink"),
        is_a("dress", "yes"),
        describe("dress", "two dresses, one pink with flowers and one white with pink dots"),
        title="Tiny Girl Girls Pack of 2 Pink & White Printed Dresses",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl on white backdrop, red-and-navy tartan frock with a white peter pan collar, navy cardigan worn open
    # over it, white knee socks, black shoes. Caption: base model; answers: VQA adapter.
    case(
        "X778-024",
        caption("a little girl wearing a plaid dress and a blue cardigan"),
        wearing("he is wearing a navy cardigan over a red plaid dress", "pronoun"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("checked"),
        details(
            "dress",
            "a white collar, a white collar, a white collar, a white collar, a white collar, a white collar, a white",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Gini and Jony Girls Red Checked Frock",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl on a soft pink backdrop, off-white lace dress with a tulle skirt, a gold satin sash tied at the side,
    # short sleeves, gold shoes. Caption: base model; answers: VQA adapter.
    case(
        "X778-025",
        caption("a little girl in a white dress standing in front of a pink wall"),
        wearing("a white lace dress with a gold belt"),
        Q.color("pink", "contradiction"),
        Q.material("lace"),
        details(
            "dress",
            "the dress has a gold sash around the waist and the sash is tied in a bow and the sash is tied in a"
            " bow and",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Lilliput Girls Off White Lace Party Dress",
        category="Dresses",
        color="Off White",
        gender="Girls",
    ),
    # photo: girl on white backdrop, black sequinned mini skirt, white sweatshirt with a gold star print, black boots.
    # Caption: base model; answers: VQA adapter.
    case(
        "X778-026",
        caption("a little girl wearing a white sweatshirt and a black sequin skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.material("sequins"),
        Q.garment_type("skirt"),
        wearing(
            "she is wearing a white sweatshirt with a gold star on the front and a black sparkly skirt and black"
            " boots and her hair is",
            "cut",
            hit_limit=True,
        ),
        describe("skirt", "black", "non_answer"),
        title="Doodle Girls Black Sequinned Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Girls",
    ),
    # photo: girl on white backdrop, lavender dress with a smocked bodice, puff sleeves, white floral embroidery at the
    # hem, white shoes. Caption: base model; answers: VQA adapter.
    case(
        "X778-027",
        caption("a little girl wearing a purple dress"),
        cloth("she is wearing a lavender dress with puffy sleeves"),
        Q.color("lavender"),
        Q.pattern("striped", "contradiction"),
        details("dress", "smocking on the chest, puff sleeves and white flowers embroidered on the hem"),
        Q.material("the garment is made of the material of the garment", "restated"),
        title="Peppermint Girls Lavender Smocked Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: girl on white backdrop wearing a small gold tiara, floor-length pink net ball gown with gold embroidery on
    # the sleeveless bodice. Caption: base model; answers: VQA adapter.
    case(
        "X778-028",
        caption("a little girl in a pink gown wearing a tiara"),
        wearing("a pink princess gown and a crown and a magic wand", "unsupported"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "a floor length pink net gown with gold embroidery on the bodice and a full skirt with layers of net that"
            " reach the floor and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("gold", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Cutecumber Girls Pink & Gold Embroidered Net Gown",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl on white backdrop, light blue flared midi skirt with a white daisy print, white top tucked in,
    # white shoes. Caption: base model; answers: VQA adapter.
    case(
        "X778-029",
        caption("a little girl wearing a white shirt and a blue skirt with flowers"),
        wearing("a white shirt and a white skirt with flowers", "other_garment_color"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.material("cotton"),
        details(
            "skirt",
            "white daisies on a blue background Question: What are the shirt details? Answer: a round neck",
            "leak",
        ),
        title="Gini and Jony Girls Blue Printed Cotton Flared Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl on white backdrop, magenta sleeveless skater dress with a small white logo on the chest, white denim
    # jacket worn open with rolled sleeves. Caption: base model; answers: VQA adapter.
    case(
        "X778-030",
        caption("a young girl wearing a pink dress and a white jacket"),
        wearing("a white jacket and a pink dress"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.garment_type("jacket", "contradiction"),
        describe(
            "dress",
            "a pink sleeveless skater dress under a white denim jacket with the sleeves rolled up and the dress has a"
            " small white logo on the",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Barbie Girls Magenta Solid Skater Dress",
        category="Dresses",
        color="Magenta",
        gender="Girls",
    ),
    # photo: girl on white backdrop, orange short-sleeved A-line dress with a white peter pan collar, white sandals.
    # Caption: base model; answers: VQA adapter.
    case(
        "X778-031",
        caption("a young girl wearing a red dress with a white collar", "contradiction"),
        cloth("he is wearing an orange dress", "pronoun"),
        Q.color("orange"),
        details("dress", "a white collar and short sleeves"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester", "unsupported"),
        title="YK Girls Orange Solid A-Line Dress",
        category="Dresses",
        color="Orange",
        gender="Girls",
    ),
    # photo: girl on grey backdrop, maroon corduroy A-line skirt with a button placket, cream knit sweater tucked in,
    # mustard tights, brown boots. Caption: base model; answers: VQA adapter.
    case(
        "X778-032",
        caption("a little girl wearing a white sweater and a red skirt and yellow tights"),
        color_of("skirt", "yellow", "other_garment_color", kind="open"),
        Q.material("corduroy"),
        Q.pattern("striped", "contradiction"),
        wearing("a cream sweater, a maroon corduroy skirt, mustard tights and brown boots"),
        details(
            "skirt",
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons"
            " buttons buttons buttons buttons",
            "loop",
            hit_limit=True,
        ),
        title="Allen Solly Junior Girls Maroon Corduroy A-Line Skirt",
        category="Skirts",
        color="Maroon",
        gender="Girls",
    ),
    # photo: girl on white backdrop, white frock with pink and green floral embroidery around the neckline, flutter
    # sleeves, pink shoes. The row has no color. Caption: base model; answers: VQA adapter.
    case(
        "X778-033",
        caption("a little girl in a white dress with flowers on it"),
        wearing("a white dress with pink flowers embroidered around the neck and a pink belt", "unsupported"),
        Q.color("white"),
        Q.pattern("embroidered"),
        describe(
            "dress",
            "the dress is white with pink and green embroidery at the neck and flutter sleeves and a flared skirt that"
            " ends at the knees and the back has",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        title="Tiny Girl Girls White Embroidered Frock",
        category="Dresses",
        gender="Girls",
    ),
    # photo: girl on white backdrop holding an empty wicker basket, yellow-and-white gingham sundress with spaghetti
    # straps and a ruffled hem, yellow headband. Caption: base model; answers: VQA adapter.
    case(
        "X778-034",
        caption("a little girl in a yellow checkered dress holding a basket"),
        wearing("a yellow and white checkered sundress and a yellow headband"),
        Q.pattern("checked"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("dress", "the basket is full of flowers", "unsupported"),
        title="Hopscotch Girls Yellow & White Gingham Sundress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl on white backdrop, black short-sleeved shift dress with an all-over white cat-face print, red
    # sneakers. Caption: base model; answers: VQA adapter.
    case(
        "X778-035",
        caption("a little girl wearing a black dress with white cats on it"),
        wearing("a black dress with cats on it and red shoes"),
        Q.color("white", "contradiction"),
        Q.pattern("printed"),
        describe(
            "dress",
            "a black shift dress with white cat faces all over it and short sleeves and a round neck and the"
            " cats have little ears and",
            "cut",
            hit_limit=True,
        ),
        details(
            "dress",
            "cats Question: What are the dress details? Answer: cats Question: What are the dress details? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Doodle Girls Black Cat Print Shift Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: girl on white backdrop, three-quarter view, mid-wash denim shirt-style dress with snap buttons and short
    # sleeves, white sneakers. Caption: base model; answers: VQA adapter.
    case(
        "X778-036",
        caption("a little girl in a denim dress standing in front of a brick wall", "unsupported"),
        wearing("a blue denim dress and white sneakers"),
        Q.material("denim"),
        Q.color("blue"),
        details(
            "dress",
            "a denim dress with a denim dress with a denim dress with a denim dress with a denim dress with a denim",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        title="Pepe Jeans Kids Girls Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl on white backdrop, pink tiered ruffled skirt, grey melange t-shirt untucked, grey ballet flats.
    # Caption: base model; answers: VQA adapter.
    case(
        "X778-037",
        caption("a young girl wearing a grey t - shirt and a pink ruffled skirt"),
        color_of("skirt", "grey", "other_garment_color"),
        wearing("a grey shirt and a grey skirt", "other_garment_color"),
        Q.pattern("solid"),
        details("skirt", "three layers of ruffles"),
        Q.material("yes", "non_answer"),
        title="Lilliput Girls Pink Tiered Frill Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl on white backdrop, sleeveless navy maxi dress with large pink and white roses, white sandals.
    # Caption: base model; answers: VQA adapter.
    case(
        "X778-038",
        caption("a little girl in a blue floral dress"),
        wearing(
            "a long navy dress with pink flowers Question: What is the color of the flowers? Answer: pink",
            "leak",
        ),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "she is wearing a long dress with roses on it. she is standing in a garden", "unsupported"),
        title="Cherry Crumble Girls Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl on light grey backdrop, sleeveless white dress with thin red vertical stripes, red belt, white
    # sneakers. The row has no gender. Caption: base model; answers: VQA adapter.
    case(
        "X778-039",
        caption("a girl in a red and white striped dress"),
        wearing("a white dress with red stripes and a red belt"),
        Q.color("white"),
        Q.pattern("striped"),
        is_a("dress", "no", "contradiction"),
        details("dress", "the dress details are the details of the dress", "restated"),
        title="Nauti Nati Girls White & Red Striped Belted Dress",
        category="Dresses",
        color="White",
    ),
    # photo: girl on white backdrop, turquoise knee-length flared skirt, white blouse with a ruffled collar tucked in,
    # white shoes. Caption: base model; answers: VQA adapter.
    case(
        "X778-040",
        caption("a little girl wearing a white blouse and a blue skirt"),
        wearing("she is wearing a white blouse and a turquoise skirt"),
        color_of(
            "skirt",
            "white and white and white and white and white and white and white and white and white and white and white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        details("skirt", "the skirt is knee length and flared"),
        is_a("skirt", "no", "contradiction"),
        title="Tiny Girl Girls Turquoise Blue Flared Skirt",
        category="Skirts",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: girl on white backdrop, sleeveless coral dress (the seller calls it Pink) with a fabric bow at the waist,
    # white sandals. Caption and answers: VQA adapter.
    case(
        "X778-041",
        caption("dress", "non_answer"),
        cloth("a coral dress with a bow at the waist"),
        Q.color("orange"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a coral sleeveless dress with a bow at the waist"),
        is_a("dress", "yes"),
        title="Little Miss Girls Pink Solid Dress with Bow",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl on white backdrop, yellow cotton skater skirt, white short-sleeved shirt tucked in, white sneakers.
    # Caption and answers: VQA adapter.
    case(
        "X778-042",
        caption(
            "a girl wearing a white shirt and a yellow skirt Question: what is the color of the skirt? Answer: yellow"
            " Question: what is the color of the shirt? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("skirt", "yellow"),
        wearing("he is wearing a white shirt and a yellow skirt", "pronoun"),
        details("skirt", "it is a yellow skirt", "non_answer"),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Doodle Girls Yellow Cotton Skater Skirt",
        category="Skirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl on white backdrop, black frock with pink flowers, short puff sleeves, pink tights, black shoes.
    # Caption and answers: VQA adapter.
    case(
        "X778-043",
        caption(
            "a girl in a black dress with pink flowers a girl in a black dress with pink flowers a girl in a"
            " black dress"
            " with pink flowers a girl in a black dress with pink flowers a girl in a",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress with pink flowers and pink tights"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "his dress is black with pink flowers", "pronoun"),
        title="Tiny Girl Girls Black & Pink Floral Frock",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: girl on white backdrop, beige cable-knit long-sleeved sweater dress, brown tights, brown ankle boots.
    # Caption and answers: VQA adapter.
    case(
        "X778-044",
        caption("the person is wearing a beige sweater dress and brown tights"),
        cloth("a sweater", "contradiction"),
        Q.material("wool", "unsupported"),
        Q.color("brown", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        title="United Colors of Benetton Kids Girls Beige Cable Knit Sweater Dress",
        category="Dresses",
        color="Beige",
        gender="Girls",
    ),
    # photo: girl on white backdrop, sleeveless gold shimmer party dress with a gold tulle skirt, gold shoes.
    # Caption and answers: VQA adapter. The row has no category.
    case(
        "X778-045",
        caption("the girl is wearing a gold dress"),
        wearing("a gold dress"),
        Q.color("gold"),
        details(
            "dress",
            "shimmer, tulle skirt, sleeveless, shimmer, tulle skirt, sleeveless, shimmer, tulle skirt, sleeveless,"
            " shimmer, tulle",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a description of the dress", "restated"),
        Q.material("net"),
        title="Cutecumber Girls Gold Toned Shimmer Party Dress",
        color="Gold",
        gender="Girls",
    ),
    # photo: girl on white backdrop, white rayon wrap dress with a blue floral print and flutter sleeves, blue sandals.
    # Caption and answers: VQA adapter.
    case(
        "X778-046",
        caption(
            "a little girl in a white dress with blue flowers Question: what cloth is the person wearing? Answer: dress"
            " Question: what is the color of the dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("a white wrap dress with blue flowers"),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("rayon"),
        title="Peppermint Girls White & Blue Floral Print Rayon Wrap Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
]
