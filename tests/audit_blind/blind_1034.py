"""BLIND_1034 (46 products; Myntra kids' sets, rompers, night suits; VQA): written blind in the fifty-ninth session.
Measured blind at 3b3d3f2 (the session's first rules): 90/122 failures found (73.8%) and 5/174 correct texts flagged
(2.9%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' and infants' feed: clothing sets (t-shirt and shorts, shirt over tee, hoodie and
joggers, dungaree sets, knitted sets), rompers and bodysuits, night suits, two packs of two. Photos are catalog shots
on a white sweep: a child model standing or posing (sometimes with a teddy, a sleep mask, a hat), a baby lying or
sitting on a white blanket, or a flat-lay of the pieces. Seller columns as the feed has them: title, category
(Myntra article type: Clothing Set, Rompers, Night suits, Jumpsuit), color (base colour), gender (Boys, Girls,
Unisex); one row has no gender, one no color, one no title.

Who wrote what: open answers are free generation by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
blip2-opt-2.7b, greedy, 30 new tokens). It answers tersely in In-shop words (tee, romper, jumpsuit, pants), and
since it never learned to stop it often runs on: it repeats a clause until the limit, or writes the next
"Question: ... Answer:" turn itself. It gives a color question a pattern word at times, and says yes to garment
questions. Closed answers (garment type, color, pattern, sleeve length, yes/no garment questions) come from
enrich's --engine reference ranking the candidate values with the same adapter: one clean value, but often the
color of the bigger or the other piece of a set. Captions of X1034-001 to 006 were written by the VQA adapter too
(the first batch, before the caption step was pointed at the untuned base); all other captions come from the
untuned base blip2-opt-2.7b (50 new tokens), which writes short fluent captions and invents settings.

Labeling conventions and judgement calls:
- The set is the product: for a two-piece set, the closed "color of the garment" or a caption may name either
  piece's real color. A question naming one piece (shorts, pants, leggings) is judged on that piece only; giving it
  the other piece's color, or the color of a worn extra (socks, hat, the tee under a dungaree), is
  other_garment_color. Giving it the color of a print, a prop (teddy) or of a part of the same piece (collar) is
  contradiction.
- A wrong color for a print that is really there (a red car for a blue one) is contradiction; a print, trim,
  pocket, logo or setting that is not in the photo at all is unsupported. A caption naming the night suit a
  costume is contradiction (the seller's category says otherwise).
- Material: judged against the title when the title names a fabric (a different fabric is contradiction); when it
  does not, a common fabric that fits what is seen (cotton knit, fleece on a winter set, denim) is correct and a
  fabric the photo cannot show or that does not fit (wool on a sweatshirt, satin on matte jersey, organic) is
  unsupported.
- "Jumpsuit" for a full-length infant one-piece and "romper" for a dungaree romper are counted correct (In-shop has
  one romper/jumpsuit class); "dress" for a romper is contradiction. For a set, naming either piece as the garment
  type is correct. Describing one romper of a pack of two is correct.
- One-word open answers: a word that only repeats the question's garment, a bare color for "Describe the ...", or
  "they are shorts" for details are non_answer; "overalls" or "pajamas" for "What is ... wearing?" names what is
  worn and is counted correct; "yes" to an open question, or a pattern word ("striped") for an open color
  question, is non_answer. "The details of the pants are the pants"
  and an echo of the question ("what are the romper details") are restated.
- Sleeve length answered from the tee under a sleeveless dungaree is contradiction (other_garment_color is kept
  for colors).
- Gender words (he/she, boy/girl) are pronoun failures only when the feed says Boys or Girls and they are wrong;
  Unisex rows and the row without gender never get a pronoun label.
- One label per text: a leak that also runs to the limit is leak; a loop cut at the limit is loop; cut is only
  for a text that runs on in good faith and stops mid-phrase at the limit. hit_limit=True on every text that ran
  to 30 tokens (50 for captions).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

garment_type = Q.garment_type
garment_color = Q.color
pattern = Q.pattern
sleeves = Q.sleeve_length
fabric = Q.material

BLIND_1034 = [
    # photo: flat-lay on white: navy t-shirt with a white anchor print on the chest, white shorts with a navy
    # drawstring. Caption by the VQA adapter; answers VQA adapter (open) and reference engine (closed).
    case(
        "X1034-001",
        caption("a navy blue t-shirt and white shorts"),
        color_of("t-shirt", "navy blue"),
        color_of("shorts", "navy blue", "other_garment_color"),
        describe("t-shirt", "a navy blue t-shirt with a white anchor on the chest"),
        details(
            "shorts",
            "the shorts are white with a navy drawstring and a navy anchor on the pocket and a navy anchor on the"
            " pocket and a navy anchor on",
            "loop",
            hit_limit=True,
        ),
        pattern("printed"),
        title="Babyhug Infants Boys Navy Blue & White Printed Clothing Set",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: toddler girl standing on white in a pink cotton romper with a white Peter Pan collar and frilled cap
    # sleeves, white sandals. Caption by the VQA adapter (it wrote the question turns itself); answers VQA adapter.
    case(
        "X1034-002",
        caption(
            "romper Question: What is the color of the romper? Answer: pink Question: What is the color of the"
            " romper? Answer: pink Question: What is the color of the romper? Answer: pink Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("a pink romper", who="she"),
        color_of("romper", "pink"),
        details("romper", "the romper has a white collar and ruffle sleeves and a zipper on the back", "unsupported"),
        sleeves("short sleeves"),
        is_a("dress", "yes", "contradiction"),
        title="Gini and Jony Girls Pink Solid Romper",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy barefoot on white in a grey melange t-shirt with a green dinosaur print and navy pyjama pants,
    # holding a brown teddy bear. Caption by the VQA adapter; answers VQA adapter and reference engine.
    case(
        "X1034-003",
        caption("a boy wearing a grey t-shirt and blue pants"),
        wearing("a grey t-shirt and blue pants", who="he"),
        color_of("pants", "brown", "contradiction"),
        color_of("t-shirt", "grey"),
        describe(
            "t-shirt",
            "the t-shirt is grey with a green dinosaur on the front and the word roar on the back",
            "unsupported",
        ),
        pattern("printed"),
        details(
            "pants",
            "the pants are blue Question: What are the pants details? Answer: the pants are blue Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Doodle Boys Grey Melange & Navy Blue Dino Print Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: flat-lay on white: a yellow full-length footed sleepsuit with snap buttons down the front and small
    # white ducks all over. Caption by the VQA adapter; answers VQA adapter and reference engine.
    case(
        "X1034-004",
        caption(
            "a yellow romper with white ducks on it and white ducks on it and white ducks on it and white ducks on"
            " it and white ducks on it and white ducks on it and white ducks",
            "loop",
            hit_limit=True,
        ),
        garment_type("romper"),
        color_of("romper", "yellow"),
        describe(
            "romper",
            "the romper is a one piece with long sleeves and feet and white ducks all over it and snap buttons from"
            " the neck down to the left",
            "cut",
            hit_limit=True,
        ),
        fabric("fleece", "unsupported"),
        sleeves("long sleeves"),
        title="Mothercare Infants Unisex Yellow Duck Print Sleepsuit",
        category="Rompers",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: boy standing on white in a red t-shirt with a Mickey Mouse graphic (black, white, yellow), black
    # shorts, white sneakers. Caption by the VQA adapter; answers VQA adapter and reference engine.
    case(
        "X1034-005",
        caption("a boy in a red t-shirt and red shorts", "other_garment_color"),
        wearing("a red t-shirt and black shorts", who="the boy"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        color_of("t-shirt", "red"),
        details(
            "t-shirt",
            "mickey mouse on the front mickey mouse on the front mickey mouse on the front mickey mouse on the front"
            " mickey mouse",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="Kids Ville Boys Red & Black Mickey Mouse Printed Clothing Set",
        category="Clothing Set",
        color="Red",
        gender="Boys",
    ),
    # photo: girl on white in a lavender full-sleeve top with a white unicorn and silver stars, white pyjamas
    # with small grey stars. Caption by the VQA adapter; answers VQA adapter and reference engine.
    case(
        "X1034-006",
        caption("Question: What is the person wearing? Answer: a purple shirt and white pants", "leak"),
        wearing("she is wearing a purple shirt and white pants", who="she"),
        color_of("pants", "purple", "other_garment_color"),
        describe("top", "a purple top with a unicorn and a rainbow on it", "unsupported"),
        pattern("printed"),
        sleeves("short sleeves", "contradiction"),
        title="Tiny Girl Girls Lavender & White Unicorn Print Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: flat-lay on white: infant short-sleeve romper in navy and white horizontal stripes with a red anchor
    # patch on the chest, a matching navy cap beside it. Caption by the base model; answers VQA adapter.
    case(
        "X1034-007",
        caption("a blue and white striped romper with a matching hat"),
        color_of("romper", "navy blue"),
        pattern("striped"),
        describe(
            "romper",
            "a striped romper with a red anchor on the chest and red buttons on the shoulders and red buttons on the"
            " shoulders and red buttons on",
            "loop",
            hit_limit=True,
        ),
        color_of("hat", "red", "contradiction", kind="open"),
        garment_type("romper"),
        details("romper", "yes", "non_answer"),
        title="Little Kangaroos Infants Boys Navy Blue Striped Romper with Cap",
        category="Rompers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl on white in a white top with a pink flower print and ruffle sleeves, pink leggings, a pink
    # hairband. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-008",
        caption("a little girl wearing a white shirt with pink flowers and pink leggings"),
        wearing("a floral top and leggings", who="the girl"),
        color_of("leggings", "pink"),
        color_of("top", "white"),
        details("top", "the top has ruffles on the sleeves and a bow on the neck", "unsupported"),
        fabric("cotton"),
        is_a("dress", "no"),
        title="Nauti Nati Girls White & Pink Floral Print Pure Cotton Top with Leggings",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: boy on white in an orange short-sleeve t-shirt with a Chhota Bheem graphic, navy pyjamas with orange
    # piping down the sides. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-009",
        caption("a boy in an orange shirt with a cartoon character on it"),
        wearing("she is wearing an orange t-shirt and blue pants", "pronoun", who="he"),
        color_of("pants", "navy blue"),
        details(
            "pants",
            "the pants are navy blue with an orange stripe running down the side of each leg from the waist to the"
            " ankle and the cuffs are",
            "cut",
            hit_limit=True,
        ),
        garment_type("t-shirt"),
        pattern("printed"),
        title="Chhota Bheem Kids Boys Orange & Navy Blue Printed Night Suit",
        category="Night suits",
        color="Orange",
        gender="Boys",
    ),
    # photo: flat-lay on white of two short-sleeve infant rompers side by side, one plain peach, one white with a
    # peach floral print, snap buttons at the crotch. Caption by the base model; answers VQA adapter.
    case(
        "X1034-010",
        caption("two baby rompers on a white background"),
        color_of("romper", "peach"),
        garment_type("dress", "contradiction"),
        describe("romper", "a peach romper with short sleeves"),
        details("romper", "the romper has snap buttons at the bottom and a lace trim on the collar", "unsupported"),
        fabric("cotton"),
        title="Mini Klub Infants Girls Pack of 2 Peach & White Cotton Rompers",
        category="Rompers",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy on white in an open olive short-sleeve shirt over a white t-shirt with a small black graphic,
    # beige chino shorts, brown loafers. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-011",
        caption("a young boy wearing a green shirt and khaki shorts"),
        wearing("a shirt, a t-shirt and shorts", who="the boy"),
        color_of("shirt", "white", "other_garment_color"),
        color_of("shorts", "beige"),
        describe(
            "shirt",
            "a green shirt with a collar and buttons and a pocket on the chest and a pocket on the chest and a pocket"
            " on",
            "loop",
            hit_limit=True,
        ),
        sleeves("short sleeves"),
        fabric("denim", "contradiction"),
        title="Pepe Jeans Boys Olive & Beige Cotton 3-Piece Clothing Set",
        category="Clothing Set",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl on white in a teal sleeveless romper with white polka dots and a self-tie belt, white sneakers.
    # Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-012",
        caption("a little girl wearing a blue polka dot jumpsuit"),
        wearing(
            "a polka dot romper Question: What is the color of the romper? Answer: blue Question: What is",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        color_of("romper", "teal"),
        pattern("polka dots"),
        sleeves("sleeveless"),
        details("romper", "it has a belt"),
        describe("romper", "a teal romper with white polka dots, a belt and two pockets on the front", "unsupported"),
        title="Hopscotch Girls Teal Polka Dot Belted Playsuit",
        category="Jumpsuit",
        color="Teal",
        gender="Girls",
    ),
    # photo: girl on white in a pink full-sleeve top with an Elsa and Anna print, purple pyjamas with white
    # snowflakes. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-013",
        caption("a girl in a pink frozen pajama set"),
        wearing("pajamas", who="she"),
        color_of("pants", "pink", "other_garment_color"),
        color_of("top", "pink"),
        describe(
            "top",
            "a pink top with elsa and anna from frozen on the front and long sleeves with elsa and anna from frozen"
            " on the front and long sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        title="Disney Girls Pink & Purple Frozen Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay on white: a white short-sleeve infant bodysuit with an envelope neck, grey text "little star"
    # and a small yellow star. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-014",
        caption("a white baby onesie with the words little star on it"),
        color_of("romper", "white"),
        describe("romper", "romper", "non_answer"),
        details("romper", "the romper has a yellow star and the words little star in grey"),
        fabric("organic cotton", "unsupported"),
        sleeves("long sleeves", "contradiction"),
        title="Babyhug Infants Unisex White Printed Bodysuit",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # photo: boy on white in a navy full-sleeve top with a white star print, grey-and-navy checked pyjamas.
    # Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-015",
        caption("a little boy wearing a blue star print shirt and plaid pants"),
        wearing("a blue shirt and plaid pants", who="he"),
        color_of("pants", "grey"),
        details("pants", "the details of the pants are the pants", "restated"),
        pattern("striped", "contradiction"),
        sleeves("long sleeves"),
        title="YK Boys Navy Blue Star Print Top with Checked Pyjamas",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy on white in blue denim dungaree shorts (brass buttons, bib pocket, rolled cuffs) over a red-and-white
    # horizontally striped short-sleeve t-shirt, white sneakers. Caption by the base model; answers VQA adapter.
    case(
        "X1034-016",
        caption("a little boy in denim overalls and a red striped shirt"),
        wearing("overalls", who="the boy"),
        color_of("dungarees", "red", "other_garment_color"),
        color_of("t-shirt", "red"),
        details(
            "dungarees",
            "the dungarees have two gold buttons on the straps and a pocket on the chest and two pockets on the front"
            " and the legs are rolled up at the",
            "cut",
            hit_limit=True,
        ),
        fabric("denim"),
        describe("t-shirt", "the t-shirt is white with red stripes and a yellow duck on the pocket", "unsupported"),
        title="Gini and Jony Boys Blue Denim Dungaree with Striped T-shirt",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on white in a mustard short-sleeve top with a white daisy print, white shorts with mustard trim.
    # Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-017",
        caption("a girl in a yellow shirt and white shorts"),
        wearing(
            "a yellow top and white shorts Question: What is the color of the shorts? Answer: white Question: What"
            " is the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("shorts", "yellow", "other_garment_color"),
        color_of("top", "yellow", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        pattern("floral"),
        title="Allen Solly Junior Girls Mustard & White Floral Print Top with Shorts",
        category="Clothing Set",
        color="Mustard",
        gender="Girls",
    ),
    # photo: toddler boy sitting on the white sweep in a sea green short-sleeve romper with a crocodile applique
    # on the chest and white trim at the sleeves and legs, white socks. Base caption; answers VQA adapter.
    case(
        "X1034-018",
        caption("a baby boy sitting on the floor in a green romper"),
        wearing("a green romper and white socks", who="the baby"),
        color_of("romper", "white", "other_garment_color"),
        describe("romper", "a green romper with a crocodile on the chest"),
        details(
            "romper",
            "the romper has a crocodile on the chest and snap buttons between the legs and the sleeves and legs have"
            " a white trim around the",
            "cut",
            hit_limit=True,
        ),
        is_a("romper", "yes"),
        title="Mothercare Boys Sea Green Crocodile Applique Romper",
        category="Rompers",
        color="Sea Green",
        gender="Boys",
    ),
    # photo: child on white in a grey melange short-sleeve t-shirt with a Tom and Jerry print, red pyjama pants.
    # The feed row has no gender. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-019",
        caption("a child wearing a grey tom and jerry t-shirt and red pajama pants"),
        wearing(
            "a t-shirt and pants Question: What is the color of the pants? Answer: red Question: What is the",
            "leak",
            who="the child",
            hit_limit=True,
        ),
        color_of("pants", "grey", "other_garment_color"),
        color_of("t-shirt", "grey"),
        details("t-shirt", "tom and jerry"),
        sleeves("short sleeves"),
        title="Tom and Jerry Kids Grey Melange & Red Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # photo: girl on white in a red-and-white gingham sleeveless top with a frilled hem, light blue denim shorts,
    # a red hair clip. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-020",
        caption("a little girl in a red checkered shirt and denim shorts"),
        wearing("a red and white checkered top and blue jean shorts", who="the girl"),
        pattern("checked"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        sleeves("short sleeves", "contradiction"),
        describe(
            "top",
            "the top is red and white checkered with ruffles at the bottom and a bow on the back and a bow on the back"
            " and a bow on",
            "loop",
            hit_limit=True,
        ),
        title="Little Kangaroos Girls Red Checked Top with Denim Shorts",
        category="Clothing Set",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay on white: a light blue full-sleeve footless infant romper with an envelope neck, a small
    # white whale print all over, snap buttons along the legs. Base caption; answers VQA adapter.
    case(
        "X1034-021",
        caption("a blue baby romper with white whales"),
        fabric("organic cotton"),
        color_of("romper", "blue"),
        describe("romper", "a light blue romper with long sleeves and white whales on it"),
        details(
            "romper",
            "the romper is light blue and has a white whale print all over it and there are snap buttons along the"
            " inside of both legs and at the",
            "cut",
            hit_limit=True,
        ),
        garment_type("romper"),
        title="Nino Bambino Infants Boys Blue Organic Cotton Whale Print Romper",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on white in a yellow short-sleeve top with a lemon print, yellow-and-white striped shorts, a
    # pink sleep mask pushed up on her head. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-022",
        caption("a little girl in yellow pajamas with a pink sleep mask on her head"),
        wearing("he is wearing yellow pajamas", "pronoun", who="she"),
        color_of("shorts", "yellow"),
        pattern("printed"),
        describe("top", "a yellow top with lemons on it"),
        details("shorts", "the shorts have a pink bow at the waist", "unsupported"),
        title="Cherry Crumble Girls Yellow Lemon Print Top with Striped Shorts Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy on white in a black hoodie (grey "BRAVE" text print, kangaroo pocket, black hood drawstrings,
    # ribbed cuffs), grey joggers with a black drawstring, black sneakers. Caption by the base model; answers VQA
    # adapter and reference engine.
    case(
        "X1034-023",
        caption("a young boy wearing a black hoodie and grey sweatpants"),
        wearing("a hoodie and joggers", who="the boy"),
        color_of("joggers", "black", "other_garment_color"),
        color_of("hoodie", "black"),
        fabric("wool", "unsupported"),
        details(
            "hoodie",
            "the hoodie has the word brave on the front in grey letters and a kangaroo pocket and a hood with a black"
            " drawstring and ribbed cuffs at the",
            "cut",
            hit_limit=True,
        ),
        sleeves("long sleeves"),
        title="Marks & Spencer Boys Black & Grey Hooded Sweatshirt with Joggers",
        category="Clothing Set",
        color="Black",
        gender="Boys",
    ),
    # photo: top-down view of a baby girl lying on a white blanket, barefoot, in a pink velour long-sleeve romper
    # with a white bunny applique and a matching pink headband with a bow. Base caption; answers VQA adapter.
    case(
        "X1034-024",
        caption("a baby boy laying on a white blanket wearing a pink romper and headband", "pronoun"),
        wearing("a pink romper and a headband", who="the baby"),
        fabric("cotton", "contradiction"),
        color_of("headband", "pink"),
        details("romper", "a white bunny on the front"),
        is_a("dress", "no"),
        describe(
            "romper",
            "the romper is pink with a white bunny on it and the baby is wearing a pink headband with a pink bow and"
            " pink shoes",
            "unsupported",
        ),
        title="Babyhug Infants Girls Pink Velour Romper with Headband",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy on white in a plain white polo t-shirt (navy collar, three buttons, no logo), navy shorts, white
    # sneakers. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-025",
        caption("a boy in a white polo shirt and navy shorts"),
        wearing("a white polo shirt and blue shorts", who="he"),
        color_of("shorts", "white", "other_garment_color"),
        color_of("polo shirt", "white"),
        details(
            "polo shirt",
            "the polo shirt has a navy blue collar and three buttons and a small logo on the chest",
            "unsupported",
        ),
        garment_type("t-shirt"),
        title="United Colors of Benetton Boys White Polo T-shirt with Navy Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay on white: an off-white sleeveless muslin romper with frilled shoulders and buttons down the
    # front. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-026",
        caption("a white baby romper with buttons on the front"),
        color_of("romper", "white"),
        fabric("muslin"),
        sleeves("sleeveless"),
        describe(
            "romper",
            "white Question: Describe the romper. Answer: white Question: Describe the romper. Answer: white",
            "leak",
            hit_limit=True,
        ),
        details("romper", "the romper has a lace collar and a pocket", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Ed-a-Mamma Infants Unisex Off White Organic Cotton Muslin Romper",
        category="Rompers",
        color="Off White",
        gender="Unisex",
    ),
    # photo: girl on white in a purple long-sleeve top with a silver star print, purple-and-white checked pyjamas.
    # Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-027",
        caption("a little girl in purple pajamas with stars"),
        wearing(
            "purple pajamas purple pajamas purple pajamas purple pajamas purple pajamas purple pajamas purple pajamas"
            " purple pajamas",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("pajamas", "purple"),
        pattern("checked"),
        color_of("top", "white", "other_garment_color"),
        sleeves("long sleeves"),
        details("pajamas", "pajamas", "non_answer"),
        title="Sweet Dreams Girls Purple Star Print Top with Checked Pyjamas",
        category="Night suits",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy on white in a light blue linen full-sleeve shirt (sleeves rolled up, one chest pocket, no logo),
    # white shorts, tan sandals. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-028",
        caption("a young boy in a blue shirt and white shorts holding a toy airplane", "unsupported"),
        wearing("a blue shirt and white shorts", who="the boy"),
        color_of("shirt", "light blue Question: What is the color of the shorts? Answer: white", "leak", kind="open"),
        color_of("shorts", "blue", "other_garment_color"),
        fabric("linen"),
        sleeves("long sleeves"),
        details(
            "shirt",
            "the shirt has a collar and buttons and a pocket on the chest and a logo on the pocket",
            "unsupported",
        ),
        title="Yellow Bee Boys Blue Linen Shirt with White Shorts",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on white in a maroon full-sleeve fleece top with a white snowflake print, maroon pyjamas with a
    # white reindeer print. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-029",
        caption("a little girl wearing a red christmas pajama set"),
        wearing("a red sweater and red pants", who="the girl"),
        color_of("pants", "brown", "contradiction"),
        describe(
            "top",
            "a red top with white snowflakes and a reindeer on the front and the words merry christmas written across"
            " the chest",
            "unsupported",
        ),
        fabric("fleece"),
        pattern("printed"),
        title="Cherokee Kids Girls Maroon Snowflake Print Winter Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Girls",
    ),
    # photo: baby lying on a white sweep in a red full-sleeve footed romper with a black Mickey-head print all over
    # and a zip from neck to left foot. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-030",
        caption("a baby in a red mickey mouse onesie sleeping in a crib", "unsupported"),
        wearing("a red mickey mouse onesie with feet", who="the baby"),
        color_of("romper", "black", "contradiction"),
        describe(
            "romper",
            "a red romper with mickey mouse heads all over it and a zip from the neck down to the left foot and a zip"
            " from the neck down to the",
            "loop",
            hit_limit=True,
        ),
        garment_type("jumpsuit"),
        is_a("romper", "yes"),
        details("romper", "what are the romper details", "restated"),
        title="Disney Baby Infants Boys Red Mickey Mouse Print Footed Romper",
        category="Rompers",
        color="Red",
        gender="Boys",
    ),
    # photo: boy on white in a white short-sleeve shirt with a green palm-leaf print, solid green shorts with a
    # white drawstring and back pockets. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-031",
        caption("a boy in a tropical print shirt and green shorts"),
        wearing("a shirt and shorts and a straw hat", "unsupported", who="he"),
        color_of("shorts", "green"),
        garment_color("white"),
        pattern("printed"),
        details("shirt", "green leaves"),
        sleeves("long sleeves", "contradiction"),
        describe(
            "shorts",
            "the shorts are green with a white drawstring and two white pockets on the back of the shorts and two"
            " white pockets on the back of the",
            "loop",
            hit_limit=True,
        ),
        title="Hopscotch Boys White & Green Tropical Print Shirt with Shorts",
        category="Clothing Set",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl on white in a peach sleeveless top with a ruffled yoke, white denim shorts with a frayed hem and a
    # small pink flower embroidered on the left pocket. Base caption; answers VQA adapter and reference engine.
    case(
        "X1034-032",
        caption("a little girl wearing a pink top and white shorts"),
        wearing("he is wearing a top and shorts", "pronoun", who="she"),
        color_of("top", "peach"),
        color_of("shorts", "peach", "other_garment_color"),
        details("top", "the top has ruffles"),
        sleeves("sleeveless"),
        describe(
            "shorts",
            "the shorts are white denim with a frayed hem and two pockets on the front and a button and zip fly with a"
            " small pink flower embroidered on the",
            "cut",
            hit_limit=True,
        ),
        title="Doodle Girls Peach Ruffled Top with White Denim Shorts",
        category="Clothing Set",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy on white in a navy short-sleeve t-shirt with a red and white Avengers logo, grey melange pyjama
    # pants. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-033",
        caption("a boy in a blue avengers t-shirt and grey pants"),
        wearing("the boy is wearing a t-shirt and pants", who="the boy"),
        color_of("t-shirt", "black", "contradiction"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has details on the t-shirt", "restated"),
        is_a("t-shirt", "yes"),
        title="Kids Ville Boys Navy Blue Avengers Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: toddler girl standing on white in a pink-and-white floral romper with frilled short sleeves and a
    # white sunhat. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-034",
        caption("a little girl in a pink floral romper and a white hat"),
        wearing("a floral romper and a hat", who="the girl"),
        color_of("hat", "pink", "other_garment_color", kind="open"),
        pattern("floral"),
        describe(
            "romper",
            "a pink floral romper with ruffled sleeves Question: What is the color of the hat? Answer: pink Question:"
            " Is this",
            "leak",
            hit_limit=True,
        ),
        sleeves("short sleeves"),
        is_a("romper", "yes"),
        title="Mothercare Girls Pink Floral Print Romper",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby sitting on white in a grey melange dungaree romper with two buttons on the straps and a fox patch,
    # over a white long-sleeve tee (not part of the product). Base caption; answers VQA adapter and reference engine.
    case(
        "X1034-035",
        caption("a baby in grey overalls and a white shirt"),
        wearing("a grey romper and a white shirt", who="the baby"),
        color_of("romper", "white", "other_garment_color"),
        sleeves("long sleeves", "contradiction"),
        details(
            "romper",
            "a fox Question: What is the color of the fox? Answer: orange Question: What is the color of the fox?"
            " Answer",
            "leak",
            hit_limit=True,
        ),
        describe("romper", "the romper is grey with a fox on the front and two buttons on the straps"),
        title="United Colors of Benetton Infants Boys Grey Melange Dungaree Romper",
        category="Rompers",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl on white in a navy short-sleeve round-neck top with white polka dots and navy-and-white polka-dot
    # shorts. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-036",
        caption("a girl in a black polka dot pajama set", "contradiction"),
        wearing(
            "a polka dot shirt and polka dot shorts and polka dot shirt and polka dot shorts and polka dot shirt and"
            " polka dot shorts and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        pattern("polka dots"),
        color_of("shorts", "navy blue"),
        details("top", "the top has polka dots and a white collar and white buttons down the front", "unsupported"),
        fabric("satin", "unsupported"),
        title="Palm Tree Girls Navy Blue Polka Dot Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl on white in a red hooded sweatshirt with a white heart print, black leggings, pink sneakers.
    # Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-037",
        caption("a little girl wearing a red hoodie and black leggings"),
        wearing("a red hoodie", who="the girl"),
        color_of("leggings", "red", "other_garment_color"),
        color_of("hoodie", "red"),
        describe(
            "hoodie",
            "the hoodie is red with a white heart on the front and the hoodie is red with a white heart on the front"
            " and the hoodie is",
            "loop",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        details("leggings", "the leggings are grey with a white stripe down the side", "contradiction"),
        fabric("cotton"),
        title="Gini and Jony Girls Red Hooded Sweatshirt with Black Leggings",
        category="Clothing Set",
        color="Red",
        gender="Girls",
    ),
    # photo: boy on white in a white sleeveless vest with a blue car print and royal blue shorts. Caption by the
    # base model; answers VQA adapter and reference engine.
    case(
        "X1034-038",
        caption("a little girl in a white tank top and blue shorts", "pronoun"),
        wearing("a tank top and shorts", who="he"),
        sleeves("sleeveless"),
        color_of("shorts", "blue"),
        describe("vest", "a white tank top with a red car on it", "contradiction"),
        details("shorts", "the shorts", "non_answer"),
        title="Babyhug Boys White & Blue Car Print Sleeveless Night Suit",
        category="Night suits",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay on white: a lime green short-sleeve infant romper with a white Peter Pan collar, three white
    # buttons at the neck and snaps at the crotch. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-039",
        caption("a green baby romper with a white collar"),
        color_of("romper", "green"),
        color_of("collar", "green", "contradiction", kind="open"),
        describe("romper", "a green romper with a white collar and three buttons"),
        details(
            "romper",
            "the romper has a white collar and three white buttons at the neck and snap buttons at the bottom so it is"
            " easy to change the",
            "cut",
            hit_limit=True,
        ),
        garment_type("romper"),
        title="Juniors by Lifestyle Infants Unisex Lime Green Romper with Collar",
        category="Rompers",
        color="Lime Green",
        gender="Unisex",
    ),
    # photo: flat-lay on white of two long-sleeve night suits: a pink top with a white heart print and pink
    # pyjamas; a grey melange top with a pink star print and grey pyjamas. Base caption; answers VQA adapter.
    case(
        "X1034-040",
        caption("two pairs of pajamas laid out on a bed", "unsupported"),
        garment_type("t-shirt"),
        garment_color("pink"),
        describe("pajamas", "a pink pajama set with white hearts"),
        pattern("printed"),
        details(
            "pajamas",
            "one pair is pink with white hearts and one pair is grey with pink stars and both have long sleeves and"
            " elastic cuffs at the ankles and the",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Girls Pack of 2 Printed Night Suits",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy on white in a white t-shirt with a black "ADVENTURE" mountain graphic, khaki cargo shorts with side
    # pockets, brown sandals. The feed row has no color. Base caption; answers VQA adapter and reference engine.
    case(
        "X1034-041",
        caption("a young boy in a white t-shirt and khaki shorts"),
        wearing("she is wearing a white shirt and khaki shorts", "pronoun", who="the boy"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts have pockets on the sides"),
        describe("t-shirt", "a white t-shirt with the word adventure and a mountain on it"),
        color_of("t-shirt", "white"),
        title="Mothercare Boys White Graphic T-shirt with Khaki Cargo Shorts",
        category="Clothing Set",
        gender="Boys",
    ),
    # photo: girl on white in a turquoise sleeveless romper with a white embroidered yoke, a straw hat with a white
    # ribbon, white sandals. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-042",
        caption("a little girl in a blue romper and a straw hat"),
        wearing("a romper and a straw hat", who="she"),
        color_of("romper", "beige", "other_garment_color"),
        details("romper", "the romper has white embroidery on the chest"),
        describe("romper", "blue", "non_answer"),
        sleeves("sleeveless"),
        title="Peppermint Girls Turquoise Blue Embroidered Romper",
        category="Rompers",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: boy posing on white in a red-and-blue full-sleeve Spider-Man top (web print, Spider-Man face) and blue
    # pyjamas with a red web print. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-043",
        caption("a little boy in a spiderman costume", "contradiction"),
        wearing("a spiderman shirt and blue pants", who="he"),
        color_of("top", "red"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        sleeves("long sleeves"),
        details(
            "top",
            "spider man Question: What are the pants details? Answer: spider man Question: What are the pants details?"
            " Answer",
            "leak",
            hit_limit=True,
        ),
        title="Marvel Boys Red & Blue Spider-Man Print Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay on white: a cream cable-knit cardigan with buttons, cream knit pants and a pair of cream
    # booties. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-044",
        caption("a white knitted sweater and pants set with booties"),
        garment_type("sweater"),
        color_of("sweater", "white"),
        fabric("wool", "contradiction"),
        sleeves("sleeveless", "contradiction"),
        describe("sweater", "a cream cardigan with buttons down the front and a cable knit pattern"),
        details("pants", "they are pants", "non_answer"),
        title="Babyhug Infants Girls Cream Acrylic Knitted Sweater Set with Booties",
        category="Clothing Set",
        color="Cream",
        gender="Girls",
    ),
    # photo: baby sitting on white in a sky blue and white striped short-sleeve romper with a sailboat applique on
    # the chest and buttons on one shoulder. The feed row has no title. Base caption; answers VQA adapter.
    case(
        "X1034-045",
        caption("a baby boy in a blue and white striped romper"),
        wearing("a striped romper", who="the baby"),
        pattern("striped"),
        color_of("romper", "striped", "non_answer", kind="open"),
        describe(
            "romper",
            "a blue and white striped romper with a sailboat on the chest and a pocket on the back and a pocket on the"
            " back and a pocket on the back",
            "loop",
            hit_limit=True,
        ),
        details("romper", "the romper has buttons on the shoulder and a teddy bear on the front", "unsupported"),
        category="Rompers",
        color="Blue",
        gender="Unisex",
    ),
    # photo: girl on white in a black short-sleeve top with a pink cat face and the word "meow" under it, pink
    # pyjamas with a small black cat print. Caption by the base model; answers VQA adapter and reference engine.
    case(
        "X1034-046",
        caption("a little girl in a black and pink cat pajama set"),
        wearing("a black shirt and pink pants", who="the girl"),
        color_of("pants", "black", "other_garment_color"),
        color_of("top", "black"),
        describe(
            "top",
            "a black t-shirt with a pink cat face on it and the word meow in pink under the cat face and the word meow"
            " in pink under",
            "loop",
            hit_limit=True,
        ),
        sleeves("short sleeves"),
        details("pants", "the pants details are the details of the pants", "restated"),
        title="Tiny Girl Girls Black & Pink Cat Print Night Suit",
        category="Night suits",
        color="Black",
        gender="Girls",
    ),
]
