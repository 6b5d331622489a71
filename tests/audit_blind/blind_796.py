"""BLIND_796 (46 products; kids' sets, rompers, night suits; VQA adapter): written blind in the fifty-fifth session.
Measured blind at 48d5375 (the session's tenth rules): 99/127 failures found (78.0%) and 4/177 correct texts flagged
(2.3%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' and infants' feed: clothing sets (a top with shorts, leggings, joggers, a skirt or
trousers), rompers, dungaree rompers and bodysuit packs, and night suits (top and pyjamas or shorts). Catalog shots
on a white backdrop: kids standing on the backdrop, babies sitting or lying on a white rug, and flat lays of infant
wear with the matching cap, headband or a soft toy beside it. Seller columns: title, category (Clothing Set,
Rompers, Night suits), color (the seller's base colour, usually the top's color for a set, Multi for packs) and
gender (Boys, Girls, Unisex); two rows lack the color column and one lacks gender, as real feeds do.

Who wrote what: every text comes from leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b. Captions are
its free generation with no question: short base-model-like phrases most of the time, but VQA-only training left
it prone to answering in the Question/Answer format it was trained on, and to looping. Open answers are free
generation (max 30 new tokens): short noun phrases when it stops, otherwise loops and answers cut at the limit,
since the adapter was trained without an end token; it also likes to use one color for both garments of a set and
to bolt invented trims onto descriptions. Closed answers (garment type, color, pattern, sleeve length, color of a
named garment, "Is this a ...?") come from enrich's --engine reference, which ranks a candidate list with the
adapter, so they are single candidate values that never loop or stop short; their failures are wrong picks.

Labeling conventions and judgement calls:
- other_garment_color: the color belongs to another item the child wears or that is sold in the set (the tee of a
  set, the shorts, a cap, headband, bib or hat worn in the photo). A color taken from a print, a trim or piping, or
  a prop that is not worn (a soft toy, a pillow) is labeled contradiction instead. When the wrong color is both
  another worn garment's color and a print or stripe color on the product itself (white for a white-striped top's
  solid blue pants, pink for a pink-dotted white top with pink pants), other_garment_color wins.
- contradiction: a wrong garment type, sleeve length, color or material against the photo or the seller's title
  (satin called cotton, "yes" to "Is this a dress?" for a romper, a hoodie for a crew sweatshirt).
- unsupported: details, props or materials nobody could see in the photo and the title does not state (a belt,
  a cape, zip pockets, a teddy bear); a material is labeled unsupported only when it is clearly unlike the knit
  in the photo (denim, silk, wool, polyester sheen on a cotton jersey); "cotton" for cotton jersey kids' wear and
  "flannel" for a visibly brushed check are counted correct.
- pronoun: he/she/his/her against the seller's Boys/Girls. For Unisex rows or rows without gender, no pronoun is
  labeled, whichever one the model used.
- non_answer: yes/no to an open question, or a bare one-word echo of the garment asked about ("t-shirt" to
  "Describe the t-shirt."), or "they are shorts". restated: a sentence that turns the question back into the
  answer ("the shorts details are the shorts", "the garment is made of material").
- A text that is both a leak and cut at the limit is labeled leak; a loop always runs to the limit (hit_limit).
  A cut answer is labeled cut even when its first part is right.
- Color shades: navy, sky blue, turquoise and teal all answered for the right garment are correct; olive answered
  "green", maroon "red", cream "white", lavender "purple" and peach "pink" are correct.
- A pack of two rompers in two colors: "pink and green" is correct, one color alone for the pack is not asked.
- Garment synonyms are correct when they fit the photo: onesie, overalls, dungarees, pajamas for a footed romper or a
  night suit, hoodie for a hooded sweatshirt. A caption that turns a romper into a dress is a contradiction even when
  its color (pink for peach) is right. "yes" to "Is this a pair of shorts?" for a night suit with shorts is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_796 = [
    # photo: boy on white backdrop, front view, navy t-shirt with a white dinosaur graphic, grey melange shorts with a
    # white drawstring, white sneakers. All texts by the VQA adapter; closed answers by the reference engine.
    case(
        "X796-001",
        caption("a young boy wearing a navy blue t-shirt and grey shorts"),
        wearing("a navy blue t-shirt with a dinosaur print and grey shorts", who="the boy"),
        color_of("t-shirt", "navy blue"),
        color_of("shorts", "navy blue", "other_garment_color"),
        details(
            "shorts",
            "the shorts are grey melange with an elasticated waist and a white drawstring and two side pockets with a",
            "cut",
            hit_limit=True,
        ),
        title="YK Boys Navy Blue & Grey Melange Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat lay, no baby: pink short-sleeve romper with white polka dots, frilled sleeves, snap buttons at the
    # crotch, a matching pink headband laid beside it, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X796-002",
        caption("a pink romper with white polka dots and a headband"),
        Q.garment_type("romper"),
        Q.color("pink"),
        is_a("dress", "yes", "contradiction"),
        details("romper", "the details of the romper are the romper details", "restated"),
        Q.material("cotton"),
        describe(
            "romper",
            "the romper is pink with white polka dots and has a lace collar and a bow at the front",
            "unsupported",
        ),
        title="Babyhug Infant Girls Pink Polka Dot Print Cotton Romper",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy barefoot on white backdrop in a long-sleeve blue-and-white striped top and solid blue pyjama pants.
    # VQA adapter: the caption came out in its training format; closed answers by the reference engine.
    case(
        "X796-003",
        caption(
            "Question: what is the boy wearing? Answer: pajamas Question: what is the boy wearing? Answer: pajamas "
            "Question: what is the boy wearing? Answer: pajamas Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue and white striped top and blue pajama pants", who="the boy"),
        color_of("pants", "white", "other_garment_color"),
        Q.sleeve_length("long"),
        details("top", "she is wearing a striped top with a round neck and full sleeves", "pronoun"),
        title="Gini and Jony Boys Blue & White Striped Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on white backdrop in a yellow sleeveless top with a ruffle hem and white shorts with a small
    # yellow-and-pink floral print, pink hair clip. VQA adapter; closed by the reference engine.
    case(
        "X796-004",
        caption("a little girl wearing a yellow top and white shorts with flowers"),
        color_of("top", "yellow"),
        color_of(
            "shorts",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        describe("top", "yellow sleeveless top with ruffles at the bottom"),
        Q.material("denim", "unsupported"),
        title="Hopscotch Girls Yellow & White Top with Floral Print Shorts",
        category="Clothing Set",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat lay of an olive long-sleeve hooded romper with a full-length front zip, bear ears on the hood and
    # ribbed cuffs, white backdrop, no baby. VQA adapter; closed by the reference engine.
    case(
        "X796-005",
        caption("a green baby onesie with a hood and bear ears"),
        Q.garment_type("romper"),
        Q.color("green"),
        is_a("jacket", "no"),
        details("romper", "hood with ears, front zip, long sleeves, ribbed cuffs"),
        wearing("a green hoodie", "contradiction", who="the baby"),
        describe(
            "romper",
            "the romper is green with a hood and a zipper on the front and the romper is green with a hood and a "
            "zipper on the front and the",
            "loop",
            hit_limit=True,
        ),
        title="Mothercare Infant Boys Olive Green Solid Hooded Romper",
        category="Rompers",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl on white backdrop in a lavender short-sleeve tee with a white unicorn print and lavender pyjama
    # pants with small white stars, holding a plush unicorn. VQA adapter; closed by the reference engine.
    case(
        "X796-006",
        caption("a girl in purple pajamas holding a stuffed unicorn"),
        wearing("a purple t-shirt with a unicorn and purple pajama pants with stars", who="the girl"),
        color_of("t-shirt", "purple"),
        details("pajamas", "he is wearing pajamas with white stars and an elastic waist", "pronoun"),
        Q.material("silk", "unsupported"),
        Q.pattern("printed"),
        is_a("romper", "yes", "contradiction"),
        title="Bodycare Kids Girls Lavender Unicorn Print Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy on white backdrop in a white polo t-shirt with navy collar tipping and a small chest logo, navy chino
    # shorts, white sneakers. VQA adapter; closed by the reference engine.
    case(
        "X796-007",
        caption("a boy wearing a white polo shirt and blue shorts"),
        color_of("shirt", "white"),
        color_of("shorts", "white", "other_garment_color"),
        details("shirt", "white polo shirt with a navy blue collar and a logo on the chest"),
        describe(
            "shorts",
            "the shorts are navy blue chino shorts with belt loops and two pockets on the front and two pockets on "
            "the back and a button",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        title="U.S. Polo Assn. Kids Boys White Polo T-shirt with Navy Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: baby sitting on a white rug in a peach sleeveless romper with a small white-and-green floral print,
    # frills at the shoulders, white socks. VQA adapter; closed by the reference engine.
    case(
        "X796-008",
        caption("a baby girl sitting on the floor wearing a pink dress", "contradiction"),
        Q.color("peach"),
        Q.pattern("floral"),
        wearing("a peach romper with flowers and white socks", who="the baby"),
        details("romper", "sleeveless with frills on the shoulders and a floral print"),
        Q.material("the romper is made of romper", "restated"),
        title="Little Kangaroos Infant Girls Peach Floral Print Romper",
        category="Rompers",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy on white backdrop in a grey melange tee with a red-and-black Mickey Mouse print and black jogger
    # pyjamas with grey cuffs. VQA adapter; closed by the reference engine.
    case(
        "X796-009",
        caption("a young boy in a black mickey mouse t-shirt and black pants", "other_garment_color"),
        color_of("t-shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        wearing("a grey t-shirt with mickey mouse on it and black pants", who="the boy"),
        details("t-shirt", "mickey mouse print, round neck, short sleeves"),
        describe("pants", "black pants with grey cuffs and a red stripe down the side and a zip pocket", "unsupported"),
        Q.material("cotton"),
        title="Kids Ville Boys Grey Melange Mickey Mouse Print Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl on white backdrop in a red-and-white gingham short puff-sleeve top and blue denim shorts with
    # rolled hems, white sandals. VQA adapter; closed by the reference engine.
    case(
        "X796-010",
        caption("a girl wearing a red and white checkered shirt and blue jean shorts"),
        color_of("top", "red"),
        color_of(
            "shorts",
            "blue denim Question: What is the color of the top? Answer: red Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        details("shorts", "the shorts details are the shorts", "restated"),
        Q.sleeve_length("long", "contradiction"),
        is_a("dress", "no"),
        title="Nauti Nati Girls Red Checked Top with Blue Denim Shorts",
        category="Clothing Set",
        color="Red",
        gender="Girls",
    ),
    # photo: flat lay of a blue-and-white horizontally striped short-sleeve romper with a red anchor patch on the
    # chest and shoulder snaps, a matching red cap beside it, white backdrop. VQA adapter; closed by reference engine.
    case(
        "X796-011",
        caption("a blue and white striped romper with a red anchor and a red hat"),
        color_of("romper", "red", "other_garment_color"),
        Q.pattern("striped"),
        Q.material("cotton"),
        details(
            "romper",
            "short sleeves, anchor patch, stripes, snap buttons on the shoulder and a name tag sewn on the pocket",
            "unsupported",
        ),
        cloth(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper "
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper",
            "loop",
            hit_limit=True,
        ),
        title="Babyhug Infant Boys Blue Striped Cotton Romper with Cap",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on white backdrop in a pink full-sleeve top with a grey cat-face print and grey pyjamas with pink
    # hearts, pink slippers. VQA adapter; closed by the reference engine.
    case(
        "X796-012",
        caption("a little girl in pink pajamas with a cat on the shirt"),
        wearing(
            "pink top with a cat print and grey pajamas with hearts Question: What is the girl wearing? Answer: "
            "pink top with a cat print",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        color_of("pants", "pink", "other_garment_color"),
        color_of("top", "pink"),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "top",
            "the top is pink with a grey cat and it has a pocket on the chest and buttons down the front",
            "unsupported",
        ),
        Q.material("cotton"),
        title="YK Girls Pink & Grey Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy on white backdrop in an open olive short-sleeve button-down shirt over a white tee, beige chino shorts
    # with rolled hems, brown loafers. VQA adapter; closed by the reference engine.
    case(
        "X796-013",
        caption("a young boy wearing a green shirt and khaki shorts"),
        color_of("shirt", "white", "other_garment_color"),
        color_of("shorts", "beige"),
        wearing(
            "an open olive green shirt with short sleeves over a plain white t-shirt and beige chino shorts rolled "
            "up at the hem and brown",
            "cut",
            who="the boy",
            hit_limit=True,
        ),
        details("shirt", "short sleeves, button front, a chest pocket, a collar"),
        is_a("jacket", "yes", "contradiction"),
        describe("shorts", "khaki shorts with a brown leather belt and cargo pockets on the sides", "unsupported"),
        title="612 league Boys Olive Green Solid Shirt with Beige Shorts",
        category="Clothing Set",
        color="Olive",
        gender="Boys",
    ),
    # photo: baby lying on a white blanket on a bed in a yellow long-sleeve footed romper with small orange ducks,
    # snaps down the front, a white bib. VQA adapter; closed by the reference engine.
    case(
        "X796-014",
        caption("a baby laying on a bed wearing a yellow onesie"),
        Q.color("yellow"),
        wearing("yellow pajamas with ducks and a white bib", who="the baby"),
        is_a("romper", "yes"),
        details("romper", "long sleeves, closed feet, duck print all over, snaps down the front"),
        Q.sleeve_length("short", "contradiction"),
        describe("romper", "white", "other_garment_color"),
        title="Mothercare Infants Unisex Yellow Duck Print Footed Romper",
        category="Rompers",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: girl on white backdrop in a navy full-sleeve button-front pyjama shirt with a white star print, white
    # piping on the collar, cuffs and chest pocket, matching navy star pyjamas. VQA adapter; closed by reference engine.
    case(
        "X796-015",
        caption("a girl in blue pajamas with white stars"),
        color_of("shirt", "navy blue"),
        color_of("pants", "navy blue"),
        details(
            "shirt",
            "notched collar with white piping, a chest pocket, white buttons down the front and full sleeves with "
            "white piping on the",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        wearing("he is wearing blue pajamas", "pronoun", who="the girl"),
        title="Gini and Jony Girls Navy Blue Star Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl on white backdrop in a rainbow-striped (red, orange, yellow, green, blue) long-sleeve top and solid
    # black leggings, pink sneakers. VQA adapter; closed by the reference engine.
    case(
        "X796-016",
        caption("a little girl wearing a colorful striped shirt and black leggings"),
        color_of("leggings", "black"),
        color_of(
            "top",
            "red orange yellow green blue red orange yellow green blue red orange yellow green blue red orange yellow "
            "green blue red orange yellow green blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        describe("leggings", "black leggings"),
        details("leggings", "the leggings are leggings", "restated"),
        title="Hopscotch Girls Multicoloured Striped Top with Leggings",
        category="Clothing Set",
        color="Multi",
        gender="Girls",
    ),
    # photo: baby boy standing, held under the arms, in a grey denim dungaree romper with short legs and two buttons
    # on the straps, over a red-and-white striped short-sleeve tee, red socks, white backdrop. VQA adapter.
    case(
        "X796-017",
        caption("a baby wearing overalls and a striped shirt"),
        color_of("romper", "red", "other_garment_color"),
        wearing("grey overalls over a red and white striped t-shirt", who="the baby"),
        details("romper", "she is wearing grey dungarees with buttons on the straps", "pronoun"),
        Q.material("denim"),
        Q.garment_type("jacket", "contradiction"),
        title="Hopscotch Infant Boys Grey Denim Dungaree Romper with T-shirt",
        category="Rompers",
        color="Grey",
        gender="Boys",
    ),
    # photo: boy on white backdrop in a red-and-black buffalo-check brushed flannel full-sleeve button-front shirt and
    # matching pyjamas with an elastic waist and drawstring. VQA adapter; closed by the reference engine.
    case(
        "X796-018",
        caption("a boy in red and black plaid pajamas"),
        color_of("shirt", "red"),
        Q.pattern("checked"),
        details(
            "pajamas",
            "elastic waist, checked, red and black, and a drawstring and two pockets on the side and a button fly "
            "and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        wearing("red and black checked pajamas", who="the boy"),
        describe("shirt", "yes", "non_answer"),
        title="Bodycare Kids Boys Red & Black Checked Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # photo: boy on white backdrop in a black pullover hooded sweatshirt with a white-and-orange PEPE print, grey
    # joggers, white sneakers. VQA adapter; closed by the reference engine.
    case(
        "X796-019",
        caption("a boy wearing a black hoodie and grey sweatpants"),
        color_of("hoodie", "black"),
        color_of("joggers", "black", "other_garment_color", kind="open"),
        Q.garment_type("sweatshirt"),
        details("hoodie", "kangaroo pocket, drawstring hood, print on the chest, ribbed cuffs"),
        Q.sleeve_length("long"),
        is_a("jacket", "yes", "contradiction"),
        title="Pepe Jeans Kids Boys Black Printed Hooded Sweatshirt with Joggers",
        category="Clothing Set",
        color="Black",
        gender="Boys",
    ),
    # photo: flat lay of a white short-sleeve romper with pink floral embroidery on the chest, a Peter Pan collar and
    # crotch snaps, a pink plush bunny beside it, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X796-020",
        caption("a white baby romper with pink flowers next to a pink stuffed bunny"),
        Q.color("white"),
        color_of("romper", "pink", "contradiction", kind="open"),
        details("romper", "peter pan collar, floral embroidery, short sleeves, snap buttons"),
        wearing(
            "Question: What is the baby wearing? Answer: Question: What is the baby wearing? Answer: Question: What "
            "is the",
            "leak",
            who="the baby",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Babyhug Infant Girls White Embroidered Cotton Romper",
        category="Rompers",
        color="White",
        gender="Girls",
    ),
    # photo: girl on white backdrop in a maroon satin short-sleeve button top with white piping and maroon satin
    # shorts with white piping. VQA adapter; closed by the reference engine.
    case(
        "X796-021",
        caption("a young girl in a red satin pajama set"),
        color_of("top", "maroon"),
        Q.material("cotton", "contradiction"),
        describe("shorts", "maroon satin shorts with white piping"),
        wearing("a maroon satin top and shorts with a matching eye mask and slippers", "unsupported", who="the girl"),
        Q.sleeve_length("short"),
        details(
            "top",
            "the top has white piping on the collar and the sleeves and the pocket and the hem and the collar and the "
            "sleeves and the pocket and",
            "loop",
            hit_limit=True,
        ),
        title="Nauti Nati Girls Maroon Satin Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Girls",
    ),
    # photo: girl on white backdrop in an open light-blue denim jacket with two chest pockets and silver buttons over
    # a pink sleeveless knee-length dress with white polka dots, white sneakers. VQA adapter; closed by reference.
    case(
        "X796-022",
        caption("a girl wearing a jean jacket and a pink dress"),
        color_of("jacket", "blue"),
        color_of("dress", "blue", "other_garment_color"),
        wearing("a denim jacket over a pink polka dot dress", who="the girl"),
        details("dress", "pink with white polka dots, a flared skirt and a belt", "unsupported"),
        describe(
            "jacket",
            "light blue denim jacket with two chest pockets, silver buttons, full sleeves folded at the cuffs and a "
            "pointed collar and a",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Junior Girls Blue Denim Jacket with Pink Polka Dot Dress",
        category="Clothing Set",
        color="Blue",
        gender="Girls",
    ),
    # photo: baby boy sitting on a white rug in a navy short-sleeve romper with a small white whale print and an
    # attached red bow tie at the collar. VQA adapter; closed by the reference engine.
    case(
        "X796-023",
        caption("a baby boy wearing a blue romper with a red bow tie"),
        color_of("romper", "navy blue"),
        Q.pattern("printed"),
        details("romper", "whale print, bow tie, collar, short sleeves"),
        cloth("romper and bow tie"),
        is_a("shirt", "yes", "contradiction"),
        describe(
            "romper",
            "the romper is navy blue with whales and a red bow tie and he is holding a teddy bear",
            "unsupported",
        ),
        title="Gini and Jony Infant Boys Navy Blue Whale Print Romper with Bow Tie",
        category="Rompers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy on white backdrop in a green short-sleeve tee with a navy dinosaur print and navy shorts with small
    # green dinosaurs. VQA adapter; closed by the reference engine.
    case(
        "X796-024",
        caption("a young boy in a green dinosaur shirt and blue shorts"),
        color_of("t-shirt", "green"),
        color_of("shorts", "green", "other_garment_color"),
        wearing(
            "a green t-shirt with a dinosaur and navy shorts with dinosaurs and dinosaurs and dinosaurs and "
            "dinosaurs and dinosaurs and dinosaurs and dinosaurs",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        describe("shorts", "the shorts are the shorts of the night suit", "restated"),
        Q.material("polyester", "unsupported"),
        Q.sleeve_length("long", "contradiction"),
        title="YK Boys Green & Navy Dinosaur Print Night Suit",
        category="Night suits",
        color="Green",
        gender="Boys",
    ),
    # photo: girl on white backdrop, three-quarter view, in a white t-shirt with a pink glitter heart and a pink
    # layered tulle tutu skirt with a satin waistband. VQA adapter; closed by the reference engine.
    case(
        "X796-025",
        caption("a little girl in a white shirt and pink tutu"),
        color_of("skirt", "pink"),
        color_of("t-shirt", "pink", "other_garment_color"),
        Q.garment_type("skirt"),
        details("skirt", "layered tulle with sequins and a bow at the waist", "unsupported"),
        wearing(
            "a white t-shirt with a pink glitter heart and a pink tutu skirt with layers of tulle and a satin "
            "waistband with a",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Little Kangaroos Girls Pink Tutu Skirt & Printed T-shirt Set",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat lay of a lavender long-sleeve romper with a grey elephant print, an envelope neckline and crotch
    # snaps, white backdrop, nothing else in the shot. VQA adapter; closed by the reference engine. The feed has
    # no color column.
    case(
        "X796-026",
        caption(
            "Question: what is the color of the romper? Answer: purple Question: what is the color of the romper? "
            "Answer: purple Question: what is the",
            "leak",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.pattern("printed"),
        details("romper", "elephant print, long sleeves, envelope neck, snap buttons"),
        describe("romper", "a lavender romper with grey elephants and a matching hat and mittens", "unsupported"),
        is_a("romper", "yes"),
        Q.material("cotton"),
        Q.sleeve_length("short", "contradiction"),
        title="Mothercare Infant Girls Printed Cotton Romper",
        category="Rompers",
        gender="Girls",
    ),
    # photo: a child on white backdrop in a yellow short-sleeve tee with a Minion print and blue denim-look pyjama
    # shorts with a small Minion print. VQA adapter; closed by the reference engine. Unisex row.
    case(
        "X796-027",
        caption("a child wearing a yellow minion t-shirt and blue shorts"),
        color_of("t-shirt", "yellow"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        wearing("she is wearing a yellow shirt and blue shorts", who="the child"),
        details("t-shirt", "minion print with goggles that glow in the dark, short sleeves", "unsupported"),
        is_a("shorts", "yes", article="a pair of"),
        Q.material("the garment is made of material", "restated"),
        title="Kids Ville Unisex Kids Yellow Minions Print Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: boy on white backdrop in an orange tee with a navy tiger graphic and the word ROAR, navy shorts with an
    # orange drawstring, white sneakers. VQA adapter (the caption looped); closed by the reference engine.
    case(
        "X796-028",
        caption(
            "a boy wearing an orange t-shirt and blue shorts and an orange t-shirt and blue shorts and an orange "
            "t-shirt and blue shorts and an orange t-shirt and blue shorts and an orange t-shirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "orange"),
        color_of("shorts", "orange", "other_garment_color"),
        details("t-shirt", "tiger graphic with the word roar, round neck, short sleeves"),
        describe("shorts", "navy shorts with an orange drawstring"),
        wearing("no", "non_answer", who="the boy"),
        title="Doodle Boys Orange & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Orange",
        gender="Boys",
    ),
    # photo: flat lay of a red velour long-sleeve Santa romper with white faux-fur trim at the cuffs and ankles, a
    # printed black belt with a gold buckle, a red Santa cap with white trim beside it, white backdrop. VQA adapter.
    case(
        "X796-029",
        caption("a red santa baby outfit with a hat"),
        Q.color("red"),
        is_a("jacket", "no"),
        details("romper", "white fur trim, black belt print, long sleeves"),
        wearing("yes", "non_answer", who="the baby"),
        Q.material("wool", "unsupported"),
        describe(
            "romper",
            "red velour romper with white fur trim at the cuffs and the ankles and a black belt print with a gold "
            "buckle print in",
            "cut",
            hit_limit=True,
        ),
        title="Babyhug Infant Boys Red Santa Print Romper with Cap",
        category="Rompers",
        color="Red",
        gender="Boys",
    ),
    # photo: girl on white backdrop holding a white pillow, in a peach full-sleeve top with a grey bunny print and
    # peach-and-white striped pyjamas. VQA adapter; closed by the reference engine.
    case(
        "X796-030",
        caption("a little girl in peach pajamas holding a pillow"),
        color_of("top", "peach"),
        color_of("pants", "peach"),
        details("top", "bunny print with a 3d cotton tail, full sleeves", "unsupported"),
        wearing("peach pajamas with a bunny on the top and striped pants", who="the girl"),
        describe("pants", "grey", "contradiction"),
        Q.sleeve_length("long"),
        title="Gini and Jony Girls Peach Bunny Print Night Suit",
        category="Night suits",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl on white backdrop in a sea green cotton kurta with a gold block print, three-quarter sleeves and
    # side slits, white leggings, gold juttis. VQA adapter (the wearing answer leaked); closed by reference engine.
    case(
        "X796-031",
        caption("a little girl wearing a green kurta and white leggings"),
        color_of("kurta", "green"),
        color_of("leggings", "green", "other_garment_color"),
        details("kurta", "gold print, three quarter sleeves, round neck with a slit, side slits"),
        Q.material("silk", "contradiction"),
        wearing(
            "Question: What is the girl wearing? Answer: a green kurta and white leggings Question: What is the color "
            "of the",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        title="YK Girls Sea Green Printed Pure Cotton Kurta with Leggings",
        category="Clothing Set",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: flat lay of two short-sleeve rompers side by side: pink with white bunnies and mint green with white
    # clouds, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X796-032",
        caption("two baby rompers, one pink and one green"),
        Q.garment_type("romper"),
        cloth("two rompers"),
        color_of("romper", "pink and green", kind="open"),
        describe("romper", "a pink romper with bunnies"),
        details(
            "romper",
            "the romper has short sleeves, white bunnies, a pink collar, and the romper has short sleeves, white "
            "bunnies, a pink collar, and the",
            "loop",
            hit_limit=True,
        ),
        is_a("romper", "yes"),
        Q.pattern("striped", "contradiction"),
        title="Hopscotch Infant Girls Pack of 2 Printed Rompers",
        category="Rompers",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy on white backdrop in a navy full-sleeve tee with a red Spiderman print and red pyjamas with a navy
    # web print. VQA adapter; closed by the reference engine.
    case(
        "X796-033",
        caption("a boy in a spiderman shirt and red pants"),
        color_of("t-shirt", "red", "other_garment_color"),
        color_of("pants", "red"),
        wearing("a navy blue spiderman t-shirt and red pajama pants", who="the boy"),
        details("t-shirt", "spiderman print, full sleeves, ribbed cuffs"),
        Q.material("cotton"),
        describe("t-shirt", "she is wearing a blue shirt with spiderman", "pronoun"),
        title="Bodycare Kids Boys Navy Blue Spiderman Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy on white backdrop in a beige waistcoat over a white full-sleeve shirt with a brown bow tie, beige
    # trousers, brown loafers. VQA adapter; closed by the reference engine.
    case(
        "X796-034",
        caption("a young boy in a beige vest and a white shirt with a bow tie"),
        color_of("vest", "beige"),
        color_of("shirt", "beige", "other_garment_color"),
        details("vest", "four buttons, two welt pockets, v neck"),
        wearing("a beige waistcoat, white shirt, bow tie and beige trousers", who="the boy"),
        describe(
            "shirt", "the shirt is white with a bow tie and a tie clip and cufflinks and a pocket square", "unsupported"
        ),
        title="Allen Solly Junior Boys Beige Waistcoat, Shirt & Trousers Set",
        category="Clothing Set",
        color="Beige",
        gender="Boys",
    ),
    # photo: baby girl sitting on a white rug in a mustard sleeveless romper with an orange daisy print and ruffled
    # shoulder straps, a white headband. VQA adapter; closed by the reference engine.
    case(
        "X796-035",
        caption("a baby girl in a yellow romper and a white headband"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        wearing("he is wearing a yellow romper with flowers", "pronoun", who="the baby"),
        color_of("romper", "white", "other_garment_color", kind="open"),
        details(
            "romper",
            "ruffle straps, daisy print, ruffle straps, daisy print, ruffle straps, daisy print, ruffle straps, "
            "daisy print, ruffle straps,",
            "loop",
            hit_limit=True,
        ),
        title="Nauti Nati Infant Girls Mustard Yellow Sleeveless Romper",
        category="Rompers",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl on white backdrop in a turquoise short-sleeve tee with a purple mermaid print and turquoise capri
    # pyjamas with a purple scale print. VQA adapter; closed by the reference engine.
    case(
        "X796-036",
        caption("a girl wearing a blue mermaid t-shirt and blue pants"),
        color_of("t-shirt", "turquoise blue"),
        color_of("pants", "purple", "contradiction"),
        details("pants", "pants", "non_answer"),
        wearing("a turquoise t-shirt with a mermaid and matching capri pajamas", who="the girl"),
        describe(
            "t-shirt",
            "the t-shirt is a turquoise blue t-shirt with a purple mermaid print on the front and the t-shirt is a "
            "turquoise blue t-shirt with",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="YK Girls Turquoise Blue Mermaid Print Night Suit",
        category="Night suits",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: boy on white backdrop in a grey melange crew-neck sweatshirt with a navy NYC print and navy joggers with
    # white side stripes. VQA adapter; closed by the reference engine.
    case(
        "X796-037",
        caption("a young boy wearing a grey sweatshirt and blue track pants"),
        color_of("sweatshirt", "grey"),
        color_of("joggers", "navy blue with white stripes on the side", kind="open"),
        details("sweatshirt", "the sweatshirt details", "restated"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        is_a("hoodie", "yes", "contradiction"),
        title="Hopscotch Boys Grey Melange Sweatshirt with Navy Joggers",
        category="Clothing Set",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: three white short-sleeve envelope-neck bodysuits folded in a stack on a light grey backdrop, no baby.
    # VQA adapter; closed by the reference engine.
    case(
        "X796-038",
        caption("a stack of white baby clothes"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white"),
        cloth("onesies"),
        details(
            "romper",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Mothercare Infants Unisex Pack of 3 White Bodysuits",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # photo: boy on white backdrop in a sky-blue short-sleeve tee with a white rocket-and-planets print and navy
    # shorts with a small rocket print. VQA adapter; closed by the reference engine. The feed has no color column.
    case(
        "X796-039",
        caption("a boy in blue pajamas with rockets"),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        color_of("shorts", "navy blue"),
        wearing(
            "a light blue t-shirt with a white rocket and planets on the front and navy blue shorts with a small "
            "rocket print and a",
            "cut",
            who="the boy",
            hit_limit=True,
        ),
        details("shorts", "they are shorts", "non_answer"),
        describe("t-shirt", "light blue t-shirt with a rocket print and a glow in the dark moon", "unsupported"),
        title="Gini and Jony Boys Printed Night Suit",
        category="Night suits",
        gender="Boys",
    ),
    # photo: girl on white backdrop in a purple hoodie with a white logo and matching plain purple joggers, white
    # sneakers. VQA adapter (the wearing answer leaked); closed by the reference engine.
    case(
        "X796-040",
        caption("a little girl wearing a purple hoodie and purple sweatpants"),
        color_of("hoodie", "purple"),
        color_of("joggers", "purple"),
        details("hoodie", "drawstring hood, front pocket, logo print"),
        Q.garment_type("jacket", "contradiction"),
        wearing(
            "a purple hoodie and purple joggers Question: What is the color of the hoodie? Answer: purple Question:",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        describe("joggers", "the joggers are purple with white stripes down the side and zip pockets", "unsupported"),
        title="Pepe Jeans Kids Girls Purple Hoodie with Joggers",
        category="Clothing Set",
        color="Purple",
        gender="Girls",
    ),
    # photo: flat lay of a brown corduroy dungaree with a beige bear patch on the bib, metal buttons on the straps
    # and snaps at the legs, paired with a cream long-sleeve tee, white backdrop. VQA adapter; closed by reference.
    case(
        "X796-041",
        caption("a brown corduroy baby overall and a white shirt"),
        color_of("dungaree", "brown"),
        color_of("t-shirt", "brown", "other_garment_color"),
        Q.material("corduroy"),
        details(
            "dungaree",
            "bear patch on the bib, adjustable straps with metal buttons, snap buttons at the legs and the t-shirt "
            "has long sleeves and a",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        describe("t-shirt", "t-shirt", "non_answer"),
        title="Babyhug Infant Boys Brown Corduroy Dungaree Romper with T-shirt",
        category="Rompers",
        color="Brown",
        gender="Boys",
    ),
    # photo: girl on white backdrop in a white full-sleeve top with pink polka dots, a pink bow at the neck and
    # ruffle cuffs, pink pyjamas with white polka dots. VQA adapter; closed by the reference engine.
    case(
        "X796-042",
        caption("a girl in white and pink polka dot pajamas"),
        color_of("top", "pink", "other_garment_color"),
        color_of("pants", "pink"),
        Q.pattern("solid", "contradiction"),
        details("top", "pink bow, polka dots, full sleeves, ruffle cuffs"),
        wearing("he is wearing white and pink pajamas", "pronoun", who="the girl"),
        is_a("dress", "no"),
        title="Nauti Nati Girls White & Pink Polka Dot Night Suit",
        category="Night suits",
        color="White",
        gender="Girls",
    ),
    # photo: boy on white backdrop in a teal short-sleeve camp-collar shirt with a white palm-leaf print, no pocket,
    # white shorts, sunglasses pushed up on his head. VQA adapter; closed by the reference engine.
    case(
        "X796-043",
        caption("a boy wearing a teal shirt with leaves and white shorts and sunglasses"),
        color_of("shirt", "teal"),
        color_of("shorts", "teal", "other_garment_color"),
        Q.pattern("printed"),
        wearing("a teal shirt with white leaves, white shorts and sunglasses", who="the boy"),
        details(
            "shirt",
            "leaf print, short sleeves, buttons, a collar and a pocket on the chest and a pocket on the back",
            "unsupported",
        ),
        title="612 league Boys Teal Printed Shirt with Shorts",
        category="Clothing Set",
        color="Teal",
        gender="Boys",
    ),
    # photo: baby lying on its back on a white rug in a pink full-sleeve footed romper with white stars and a front
    # zip, a white knit hat with a pink pompom. VQA adapter; closed by the reference engine. The feed has no gender.
    case(
        "X796-044",
        caption("a baby wearing a pink onesie and a white hat lying in a crib with a blanket", "unsupported"),
        Q.color("white", "other_garment_color"),
        wearing("she is wearing a pink romper with stars and a white hat", who="the baby"),
        details("romper", "footed, star print, long sleeves, zipper"),
        Q.sleeve_length("long"),
        is_a("romper", "yes"),
        title="Little Kangaroos Infant Printed Romper",
        category="Rompers",
        color="Pink",
    ),
    # photo: boy on white backdrop in a black short-sleeve tee with a yellow Batman logo and grey melange pyjama
    # shorts with small black Batman logos. VQA adapter; closed by the reference engine.
    case(
        "X796-045",
        caption("a young boy in a superman t-shirt and grey shorts", "contradiction"),
        color_of("t-shirt", "black"),
        color_of("shorts", "black", "other_garment_color"),
        details("t-shirt", "batman logo in yellow on the chest"),
        describe("shorts", "grey shorts with batman logos and a cape attached at the back", "unsupported"),
        wearing("Question: what is the boy wearing? Answer: a batman shirt", "leak", who="the boy"),
        Q.material("cotton"),
        title="Kids Ville Boys Black Batman Print Night Suit",
        category="Night suits",
        color="Black",
        gender="Boys",
    ),
    # photo: girl on white backdrop in a navy-and-white Breton-striped tee and a red A-line skirt with two patch
    # pockets, a red hairband. VQA adapter; closed by the reference engine.
    case(
        "X796-046",
        caption("a little girl wearing a striped shirt and a red skirt"),
        color_of("t-shirt", "navy blue"),
        color_of("skirt", "navy blue", "other_garment_color"),
        Q.pattern("striped"),
        wearing(
            "a navy blue and white striped t-shirt with short sleeves and a round neck and a red a-line skirt with "
            "two patch pockets and a",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        details("skirt", "red a-line skirt with two patch pockets and a bow at the back", "unsupported"),
        describe("t-shirt", "yes", "non_answer"),
        title="U.S. Polo Assn. Kids Girls Navy Blue Striped T-shirt & Red Skirt",
        category="Clothing Set",
        color="Navy Blue",
        gender="Girls",
    ),
]
