"""BLIND_1178 (45 products; Myntra unisex kids' sleepwear, rompers and night suits, base model zero-shot, pronoun
questions): written blind in the sixty-first session. Measured blind at dcde687 (the session's third rules): 38/65
failures found (58.5%) and 39/214 correct texts flagged (18.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear (article types Night suits, Rompers, Sleepsuit, Bodysuit, Nightdress,
Lounge Pants, Lounge Shorts, Lounge Tshirts), genders Boys, Girls and Unisex, run through the untuned
Salesforce/blip2-opt-2.7b with no adapter. Photos are the usual catalog shots: a child (often a toddler or a baby) on a
plain white or pastel backdrop, wearing the product, sometimes styled with a plain tee or joggers that are not the
product; flat lays for multi-packs of rompers and bodysuits; a few back views; props (plush toys, a pillow, a toy car,
a stool, a Christmas tree). The pipeline picks the pronoun of the wearing question from the gender column: Boys get
"What is he wearing?", Girls get "What is she wearing?", and Unisex or blank rows fall through to "she", so boys in
unisex products are asked about "she".
Who wrote what: every text is the base model, zero-shot, greedy. The caption is the base model with no prompt; the
answers are `Question: ... Answer:` prompts (the wearing question with its pronoun, the experiments' color, describe
and details questions about the shirt / pants / shorts, and the short closed questions: type, color, pattern, sleeve
length, material, "Is this a romper?"). Generation stops at a newline, so most answers are short; the long ones are
the describe/details answers that run on to the 30-token limit (loops, or lists cut mid-phrase), and a few answers
where the model kept writing the prompt format on the same line.
Labeling conventions and judgement calls: I judged against the photo I imagined and the title. Near hues are right
(pink for peach, purple for lavender or mauve, blue or black for navy and charcoal, green or blue for teal, orange for
coral, yellow for mustard, white for off white); a distinct hue is wrong. A color that belongs to the styling tee, the
other piece of a two-piece set or the backdrop is other_garment_color. For multi-packs I accepted an answer that names
the colors or prints of some of the pieces. "Onesie" and "jumpsuit" are right for rompers, sleepsuits and bodysuits;
"dress" for a romper is a contradiction even when the romper has frills, as is "hoodie", "costume" or a t-shirt for a
product listed as shorts. "Pajamas" or "nightgown" for the product is right. A wrong sleeve length, pattern or material
is contradiction when the title or another text of the same product says otherwise (sleeveless in the title, "tank
top" in the caption, bamboo or cotton in the title), and unsupported when nothing but the photo contradicts it
(striped for a ribbed thermal, wool for a cotton thermal, an invented pocket, Superman for a generic hero, lion for a
tiger, a Santa suit). Gendered words (boy, girl, he, she) that are wrong for the child in the photo are pronoun
failures, also in captions and also for babies; answering "he" to "What is she wearing?" for a boy in a unisex product
is right. "Nothing" or an empty answer for a flat lay is non_answer, and so are "they are shorts" / "they are pants" /
"they are long" to a details question; a bare "it is a shirt" / "pajama pants" / "shorts" to describe or details
questions is restated. Answers that only name part of the outfit ("shorts" for a tee-and-shorts set) I left
unmarked. "Sailor outfit" for an anchor-print romper I left unmarked as a loose style word, and "velvet" for velour.
Fewer texts are wrong here (about one in four) than the four in ten typical: the untuned model with a newline stop
answers the short questions of a simple, mostly one-colour catalog well; its errors gather in two-piece sets, styling
layers, pronouns, yes to "romper" and the long describe/details answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

GT = BLIND_QUESTIONS.garment_type
COLOR = BLIND_QUESTIONS.color
PATTERN = BLIND_QUESTIONS.pattern
SLEEVES = BLIND_QUESTIONS.sleeve_length
MATERIAL = BLIND_QUESTIONS.material

BLIND_1178 = [
    # Photo: a boy of about six on a white backdrop, navy full-sleeve top and navy pyjamas, both with small white
    # rockets. Unisex row, so the pipeline asked "she". All texts: base OPT-2.7b zero-shot (caption with no prompt).
    case(
        "X1178-001",
        caption("a young boy in blue pajamas with rockets on them"),
        wearing("pajamas", who="she"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        PATTERN("rockets"),
        SLEEVES("long"),
        is_a("romper", "no"),
        gender="Unisex",
        title="YK Unisex Kids Printed Pure Cotton Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: a girl holding a plush bunny, pink-and-white striped short-sleeve top, solid pink shorts.
    # All texts: base model zero-shot. The shorts details answer only names the garment.
    case(
        "X1178-002",
        caption("a little girl in pink pajamas holding a stuffed bunny"),
        wearing("pajamas", who="she"),
        color_of("shirt", "pink and white", kind="open"),
        color_of("shorts", "pink", kind="open"),
        PATTERN("striped"),
        details("shorts", "they are shorts", "non_answer"),
        gender="Girls",
        title="Hopscotch Girls Striped Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: flat lay of a light blue and white striped footed sleepsuit, snap buttons down the front, a small
    # embroidered whale on the chest. Asked "he" (Boys). All texts: base model zero-shot; "short" against the title.
    case(
        "X1178-003",
        caption("a baby's onesie with blue and white stripes"),
        wearing("a onesie", who="he"),
        GT("onesie"),
        COLOR("blue"),
        SLEEVES("short", "contradiction"),
        MATERIAL("cotton"),
        PATTERN("striped"),
        gender="Boys",
        title="Babyhug Infant Boys Full Sleeves Striped Cotton Sleepsuit",
        category="Sleepsuit",
        color="Blue",
    ),
    # Photo: a boy in a grey melange half-sleeve tee with a dinosaur print and navy shorts (the set's base colour is
    # the top's). All texts: base model zero-shot; the shorts get the top's grey; the set is not a romper.
    case(
        "X1178-004",
        caption("a little boy wearing a grey t-shirt and blue shorts"),
        wearing("a t-shirt and shorts", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        describe("shirt", "a grey t-shirt with a dinosaur on it"),
        details("shorts", "navy blue"),
        is_a("romper", "yes", "contradiction"),
        gender="Boys",
        title="Sweet Dreams Boys Dinosaur Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: a girl in a lavender knee-length sleeveless nightdress with small white flowers, white backdrop.
    # All texts: base model zero-shot; the sleeve answer is wrong, and the title says sleeveless.
    case(
        "X1178-005",
        caption("a little girl in a purple nightgown standing in front of a white wall"),
        wearing("a nightgown", who="she"),
        COLOR("purple"),
        PATTERN("floral"),
        SLEEVES("short", "contradiction"),
        MATERIAL("cotton"),
        is_a("romper", "no"),
        gender="Girls",
        title="Mothercare Girls Floral Print Pure Cotton Sleeveless Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Photo: flat lay of two short-sleeve rompers, one yellow with ducks, one white with grey stars.
    # All texts: base model zero-shot. "yellow" names one of the two pieces (accepted for packs).
    case(
        "X1178-006",
        caption("two baby onesies with ducks and stars on them"),
        wearing("onesie", who="she"),
        COLOR("yellow"),
        GT("onesie"),
        is_a("romper", "yes"),
        SLEEVES("short"),
        gender="Unisex",
        title="max Unisex Kids Pack of 2 Printed Rompers",
        category="Rompers",
        color="Multi",
    ),
    # Photo: a girl sitting on a wooden stool, sea green full-sleeve top and pyjamas with white clouds.
    # All texts: base model zero-shot. Pattern answer contradicts the caption; material contradicts the title.
    case(
        "X1178-007",
        caption("a little girl in green pajamas with clouds on them sitting on a stool"),
        wearing("pajamas", who="she"),
        color_of("shirt", "green", kind="open"),
        PATTERN("polka dots", "contradiction"),
        MATERIAL("cotton", "contradiction"),
        SLEEVES("long"),
        gender="Unisex",
        title="Kidbea Unisex Kids Bamboo Printed Night Suit",
        category="Night suits",
        color="Sea Green",
    ),
    # Photo: flat lay of two pyjama bottoms, one dark grey with small skateboards, one plain light blue.
    # No colour column in this row. All texts: base model zero-shot; the details answer only repeats "pants", and
    # neither bottom is striped.
    case(
        "X1178-008",
        caption("two pairs of pajama pants on a white background"),
        wearing("pajamas", who="he"),
        color_of("pants", "grey and blue", kind="open"),
        GT("pants"),
        details("pants", "pajama pants", "restated"),
        PATTERN("striped", "unsupported"),
        gender="Boys",
        title="H&M Boys Pack of 2 Cotton Pyjama Bottoms",
        category="Lounge Pants",
    ),
    # Photo: a baby girl on a white blanket in a pink fleece full-zip footed sleepsuit with white hearts.
    # All texts: base model zero-shot; the caption calls her a boy, and "cotton" contradicts the fleece in the title.
    case(
        "X1178-009",
        caption("a baby boy in a pink onesie laying on a bed", "pronoun"),
        wearing("a onesie", who="she"),
        COLOR("pink"),
        PATTERN("hearts"),
        MATERIAL("cotton", "contradiction"),
        SLEEVES("long"),
        gender="Girls",
        title="Carter's Baby Girls Fleece Footed Sleepsuit",
        category="Sleepsuit",
        color="Pink",
    ),
    # Photo: a boy in an olive half-sleeve tee printed "DREAM BIG" and olive-and-black checked shorts.
    # All texts: base model zero-shot. "shorts" names only part of the set (right); the details answer restates.
    case(
        "X1178-010",
        caption("a young boy in a green t-shirt and plaid shorts"),
        wearing("shorts", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("shorts", "black and green", kind="open"),
        describe("shirt", "it says dream big"),
        details("shorts", "shorts", "restated"),
        gender="Boys",
        title="YK Boys Typography Printed Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: a baby boy (blue socks, short hair) sitting next to a wooden stacking toy, off-white sleeveless romper
    # with a small frilled collar. All texts: base model zero-shot; the frill made him a girl and the romper a dress.
    case(
        "X1178-011",
        caption("a baby girl in a white romper sitting next to a wooden toy", "pronoun"),
        wearing("a white dress", "contradiction", who="she"),
        GT("romper"),
        COLOR("white"),
        MATERIAL("cotton"),
        SLEEVES("sleeveless"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Nino Bambino Unisex Kids Organic Cotton Sleeveless Romper",
        category="Rompers",
        color="Off White",
    ),
    # Photo: a boy posing with fists up, red short-sleeve tee with a generic masked-hero print, navy shorts with red
    # piping. All texts: base model zero-shot. No Superman anywhere; it is a night suit, not a costume.
    case(
        "X1178-012",
        caption("a little boy in a red superman shirt", "unsupported"),
        wearing("a superhero costume", "contradiction", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        describe("shirt", "a red shirt with a superhero on it"),
        gender="Boys",
        title="Hopscotch Boys Superhero Print Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: flat lay of three short-sleeve bodysuits: peach, white with a small floral print, mint.
    # All texts: base model zero-shot; the wearing prompt got a newline straight away (empty answer).
    case(
        "X1178-013",
        caption("three baby onesies on a white background"),
        wearing("", "non_answer", who="she"),
        COLOR("pink, white and green"),
        PATTERN("floral"),
        GT("onesie"),
        SLEEVES("short"),
        gender="Girls",
        title="Babyhug Infant Girls Pack of 3 Cotton Bodysuits",
        category="Bodysuit",
        color="Multi",
    ),
    # Photo: a girl in a lavender long-sleeve top with a big unicorn (rainbow mane) and lavender pants with small
    # stars. Gender column empty, so "she". All texts: base model zero-shot; the describe answer loops to the limit,
    # and the long sleeves come back "short".
    case(
        "X1178-014",
        caption("a little girl in purple pajamas with a unicorn on it"),
        wearing("unicorn pajamas", who="she"),
        color_of("shirt", "purple", kind="open"),
        describe(
            "shirt",
            "it has a unicorn on it and it has a rainbow on it and it has a "
            "unicorn on it and it has a rainbow on it and",
            "loop",
            hit_limit=True,
        ),
        details("pants", "stars"),
        SLEEVES("short", "unsupported"),
        title="Marks & Spencer Girls Unicorn Print Pyjama Set",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: back view of a boy in a grey ribbed thermal full-sleeve top and bottoms. Unisex, asked "she".
    # All texts: base model zero-shot. The wearing answer echoes "she" for the boy; the ribs read as stripes; the
    # thermal is cotton-poly, not wool.
    case(
        "X1178-015",
        caption("the back of a young boy in grey pajamas"),
        wearing("she is wearing grey pajamas", "pronoun", who="she"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", kind="open"),
        MATERIAL("wool", "unsupported"),
        PATTERN("striped", "unsupported"),
        gender="Unisex",
        title="Moms Love Unisex Kids Full Sleeve Thermal Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Photo: a baby girl (pink headband) lying on a white sheet in a white footed sleepsuit with a grey elephant print,
    # snap front. All texts: base model zero-shot; the caption calls her a boy, the rest is right.
    case(
        "X1178-016",
        caption("a baby boy laying on a bed in a white onesie", "pronoun"),
        wearing("a onesie with elephants", who="she"),
        COLOR("white"),
        PATTERN("elephants"),
        is_a("romper", "no"),
        MATERIAL("cotton"),
        gender="Unisex",
        title="Superminis Unisex Kids Pack of 2 Cotton Sleepsuits",
        category="Sleepsuit",
        color="White",
    ),
    # Photo: a boy in a mustard half-sleeve tee with a tiger face and black pyjama pants with small mustard tigers.
    # All texts: base model zero-shot. The pants get the top's yellow; the tiger becomes a lion.
    case(
        "X1178-017",
        caption("a boy in a yellow shirt and black pants"),
        wearing("a yellow shirt and black pants", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        describe("shirt", "a yellow t-shirt with a lion on it", "unsupported"),
        details("pants", "black pants with yellow tigers on them"),
        SLEEVES("short"),
        gender="Boys",
        title="BUMZEE Boys Half Sleeves Printed Cotton Night Suit",
        category="Night suits",
        color="Mustard",
    ),
    # Photo: a girl in a peach satin short-sleeve button-front shirt with white piping and peach shorts.
    # All texts: base model zero-shot. The title says satin (polyester); "silk" contradicts it.
    case(
        "X1178-018",
        caption("a little girl in a pink satin pajama set"),
        wearing("pajamas", who="she"),
        color_of("shirt", "pink", kind="open"),
        describe("shirt", "a pink satin shirt with white trim"),
        MATERIAL("silk", "contradiction"),
        details("shorts", "they are pink with white trim"),
        gender="Girls",
        title="Sweet Angel Girls Solid Satin Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: a toddler boy in a beige long-sleeve hooded romper with bear ears on the hood (hood down).
    # Unisex, asked "she". All texts: base model zero-shot; "a hoodie" names another garment, and the beige
    # (light, sandy) comes back "brown", which the seller's colour contradicts.
    case(
        "X1178-019",
        caption("a little boy wearing a bear onesie"),
        wearing("a hoodie", "contradiction", who="she"),
        COLOR("brown", "contradiction"),
        GT("jumpsuit"),
        is_a("romper", "yes"),
        SLEEVES("long"),
        gender="Unisex",
        title="Googo Gaga Unisex Kids Hooded Bear Romper",
        category="Rompers",
        color="Beige",
    ),
    # Photo: a baby boy standing, holding a low table, navy sleeveless romper with white anchors, shorts-length legs.
    # All texts: base model zero-shot. Sleeveless in the title; "sailor outfit" left as a loose style word.
    case(
        "X1178-020",
        caption("a baby in a blue outfit standing next to a table"),
        wearing("a sailor outfit", who="he"),
        COLOR("blue"),
        PATTERN("anchors"),
        SLEEVES("short", "contradiction"),
        GT("romper"),
        gender="Boys",
        title="Chicco Infant Boys Sleeveless Anchor Print Romper",
        category="Rompers",
        color="Navy Blue",
    ),
    # Photo: a girl hugging a pillow, yellow long-sleeve top with a sunflower, white pants with small yellow flowers.
    # All texts: base model zero-shot; the pants are white, the yellow is the top's; the details answer says nothing.
    case(
        "X1178-021",
        caption("a little girl in yellow pajamas holding a pillow"),
        wearing("yellow pajamas", who="she"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        details("pants", "they are pants", "non_answer"),
        describe("shirt", "a yellow shirt with a sunflower on it"),
        gender="Girls",
        title="Little Kangaroos Girls Sunflower Printed Cotton Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: a boy in navy checked lounge shorts, styled with a plain white tee (not the product).
    # All texts: base model zero-shot; the garment color and type both go to the styling tee.
    case(
        "X1178-022",
        caption("a young boy wearing a white t-shirt and blue shorts"),
        wearing("shorts", who="he"),
        COLOR("white", "other_garment_color"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "plaid"),
        GT("t-shirt", "contradiction"),
        MATERIAL("cotton"),
        gender="Boys",
        title="Pine Kids Boys Checked Pure Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: flat lay of two short-sleeve rompers: blue printed "little explorer", grey with small cars.
    # No colour column. All texts: base model zero-shot; "nothing" for the flat lay says nothing.
    case(
        "X1178-023",
        caption("two baby rompers with cars on them"),
        wearing("nothing", "non_answer", who="she"),
        COLOR("blue and grey"),
        is_a("romper", "yes"),
        GT("onesie"),
        gender="Unisex",
        title="Toffyhouse Unisex Infant Pack of 2 Cotton Rompers",
        category="Rompers",
    ),
    # Photo: a boy in a black tee with the Batman logo and grey melange pyjama pants with small bat logos.
    # All texts: base model zero-shot; the pants get the tee's black, a two-piece set is not a romper, and
    # "polyester" contradicts the cotton in the title.
    case(
        "X1178-024",
        caption("a young boy wearing a batman shirt and grey pants"),
        wearing("batman pajamas", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe("shirt", "a black shirt with a batman logo on it"),
        is_a("romper", "yes", "contradiction"),
        details("pants", "batman logo"),
        MATERIAL("polyester", "contradiction"),
        gender="Boys",
        title="Kids Ville Boys Batman Printed Cotton Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: a girl in an ankle-length pink cap-sleeve nightdress with white polka dots (the pack's second piece is not
    # shown). All texts: base model zero-shot; all right ("dress" for a nightdress accepted).
    case(
        "X1178-025",
        caption("a little girl in a pink nightgown with polka dots"),
        wearing("a pink dress", who="she"),
        PATTERN("polka dot"),
        SLEEVES("short"),
        COLOR("pink"),
        is_a("romper", "no"),
        gender="Girls",
        title="mackly Girls Pack of 2 Printed Nightdresses",
        category="Nightdress",
        color="Pink",
    ),
    # Photo: a boy in a light blue half-sleeve tee with Mickey Mouse and blue checked shorts. Gender column empty, so
    # "she". All texts: base model zero-shot; the wearing answer echoes "she", the describe answer restates.
    case(
        "X1178-026",
        caption("a boy wearing a mickey mouse t-shirt and plaid shorts"),
        wearing("she is wearing a mickey mouse t-shirt", "pronoun", who="she"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "it is a shirt", "restated"),
        details("shorts", "plaid"),
        color_of("shorts", "blue", kind="open"),
        title="Wear Your Mind Boys Mickey Mouse Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: a baby lying on a white fur rug in a red velour hooded sleepsuit with a reindeer applique.
    # All texts: base model zero-shot. No Santa anywhere: caption and wearing answer both invent the suit.
    case(
        "X1178-027",
        caption("a baby in a santa suit laying on a white rug", "unsupported"),
        wearing("a santa suit", "unsupported", who="she"),
        COLOR("red"),
        MATERIAL("velvet"),
        PATTERN("reindeer"),
        SLEEVES("long"),
        gender="Unisex",
        title="Babyhug Unisex Infant Full Sleeves Hooded Velour Sleepsuit",
        category="Sleepsuit",
        color="Red",
    ),
    # Photo: a girl in a turquoise long-sleeve top with a mermaid and the words "MERMAID VIBES", pink pants with a
    # scale print. All texts: base model zero-shot; the pants get the top's blue, the rest is right.
    case(
        "X1178-028",
        caption("a little girl in a blue and pink pajama set with a mermaid on it"),
        wearing("pajamas", who="she"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("shirt", "a blue shirt with a mermaid on it and the words'mermaid vibes'"),
        details("pants", "they are pink with fish scales"),
        gender="Girls",
        title="YK Girls Mermaid Print Pure Cotton Night Suit",
        category="Night suits",
        color="Turquoise Blue",
    ),
    # Photo: a boy in a grey melange full-sleeve lounge tee, styled with navy joggers (not the product).
    # All texts: base model zero-shot. Color from the joggers; the tee is not a sweatshirt.
    case(
        "X1178-029",
        caption("a boy in a grey shirt and blue pants"),
        wearing("a grey shirt and blue pants", who="he"),
        COLOR("blue", "other_garment_color"),
        GT("sweatshirt", "contradiction"),
        SLEEVES("long"),
        PATTERN("solid"),
        gender="Boys",
        title="Sweet Dreams Boys Solid Full Sleeves Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Photo: a toddler girl on a rug, coral sleeveless romper with shoulder frills and a small white flower print.
    # All texts: base model zero-shot; the frills make the wearing answer a dress.
    case(
        "X1178-030",
        caption("a little girl in an orange romper standing on a rug"),
        wearing("a dress", "contradiction", who="she"),
        GT("romper"),
        COLOR("orange"),
        PATTERN("floral"),
        SLEEVES("sleeveless"),
        gender="Girls",
        title="Hopscotch Girls Printed Cotton Frill Romper",
        category="Rompers",
        color="Coral",
    ),
    # Photo: a boy sitting cross-legged, white long-sleeve top with green stripes and solid green pants.
    # All texts: base model zero-shot; the pants get the top's white.
    case(
        "X1178-031",
        caption("a young boy sitting on the floor in white and green striped pajamas"),
        wearing("pajamas", who="he"),
        color_of("shirt", "white and green", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        PATTERN("striped"),
        MATERIAL("cotton"),
        gender="Boys",
        title="Nino Bambino Boys Striped Organic Cotton Pyjama Set",
        category="Night suits",
        color="White",
    ),
    # Photo: flat lay of two pyjama sets (four pieces): blue with trucks, grey with bears.
    # All texts: base model zero-shot; the describe answer loops to the limit.
    case(
        "X1178-032",
        caption("a set of four baby pajamas on a white background"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        PATTERN("trucks"),
        GT("pajamas"),
        describe(
            "shirt",
            "a blue shirt with a truck on it and a blue shirt with a truck on it "
            "and a blue shirt with a truck on it and a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Carter's Infant Boys Pack of 2 Printed Pyjama Sets",
        category="Night suits",
        color="Multi",
    ),
    # Photo: back view of a girl in a mauve long-sleeve nightdress with a lace hem; no bow anywhere.
    # Gender column empty, so "she". All texts: base model zero-shot; the describe answer loops on an invented bow.
    case(
        "X1178-033",
        caption("the back of a girl in a purple dress"),
        wearing("a purple dress", who="she"),
        COLOR("purple"),
        SLEEVES("long"),
        MATERIAL("cotton"),
        describe(
            "dress",
            "it's a purple dress with a lace trim at the bottom and a bow at the "
            "back and a bow at the back and a bow at the",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Girls Cotton Modal Nightdress",
        category="Nightdress",
        color="Mauve",
    ),
    # Photo: a boy in an olive camouflage half-sleeve tee and matching camouflage shorts.
    # All texts: base model zero-shot; all right.
    case(
        "X1178-034",
        caption("a little boy in a camouflage outfit"),
        wearing("camouflage", who="he"),
        color_of("shirt", "green", kind="open"),
        PATTERN("camouflage"),
        MATERIAL("cotton"),
        is_a("romper", "no"),
        gender="Boys",
        title="max Boys Camouflage Print Cotton Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: a baby girl on a white bedsheet next to a plush elephant, teal short-sleeve zip-front romper.
    # All texts: base model zero-shot; "cotton" contradicts the bamboo in the title.
    case(
        "X1178-035",
        caption("a baby girl in a blue onesie sitting on a bed with a stuffed animal"),
        wearing("a onesie", who="she"),
        COLOR("green"),
        MATERIAL("cotton", "contradiction"),
        SLEEVES("short"),
        GT("onesie"),
        gender="Unisex",
        title="Kidbea Unisex Kids Bamboo Zipper Romper",
        category="Rompers",
        color="Teal",
    ),
    # Photo: a girl in a light pink long-sleeve top printed "sweet dreams" and grey pants with pink hearts.
    # All texts: base model zero-shot; the wearing answer loops to the limit, the shirt color is the lettering's
    # white, and the two-piece set gets "yes" for a romper.
    case(
        "X1178-036",
        caption("a little girl in pink and grey pajamas"),
        wearing(
            "she is wearing pink pajamas and grey pants and she is wearing pink "
            "pajamas and grey pants and she is wearing pink pajamas and grey pants and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("shirt", "white", "contradiction", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("shirt", "it says sweet dreams"),
        is_a("romper", "yes", "contradiction"),
        details("pants", "hearts"),
        gender="Girls",
        title="H&M Girls Printed Jersey Pyjamas",
        category="Night suits",
        color="Pink",
    ),
    # Photo: a short-haired boy holding a toy car, green half-sleeve tee with a car print and matching green shorts
    # with cars. All texts: base model zero-shot; the caption calls him a girl.
    case(
        "X1178-037",
        caption("a little girl in a green shirt holding a toy car", "pronoun"),
        wearing("a green shirt and shorts", who="he"),
        color_of("shirt", "green", kind="open"),
        describe("shirt", "a green shirt with a car on it"),
        details("shorts", "they have cars on them"),
        gender="Boys",
        title="Babyhug Boys Half Sleeves Car Printed Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Photo: flat lay of three sleeveless rompers, white with small pink prints.
    # All texts: base model zero-shot; the wearing answer turns the flat lay into a dress.
    case(
        "X1178-038",
        caption("three baby rompers on a white background"),
        wearing("she is wearing a white dress", "contradiction", who="she"),
        COLOR("white"),
        SLEEVES("sleeveless"),
        GT("onesie"),
        gender="Girls",
        title="Moms Love Infant Girls Pack of 3 Sleeveless Cotton Rompers",
        category="Rompers",
        color="White",
    ),
    # Photo: a boy in a charcoal long-sleeve top with an astronaut and planets, charcoal pants with stars.
    # All texts: base model zero-shot; the describe answer is a list that runs to the limit (and adds things).
    case(
        "X1178-039",
        caption("a young boy in a black pajama set with planets on it"),
        wearing("space pajamas", who="he"),
        color_of("shirt", "black", kind="open"),
        describe(
            "shirt",
            "a black shirt with an astronaut, planets, stars, a rocket ship, a "
            "moon, a space shuttle, a satellite, and a",
            "cut",
            hit_limit=True,
        ),
        PATTERN("space"),
        MATERIAL("cotton"),
        details("pants", "they are long", "non_answer"),
        gender="Boys",
        title="YK Boys Space Print Pure Cotton Night Suit",
        category="Night suits",
        color="Charcoal",
    ),
    # Photo: a girl in grey melange joggers with a white drawstring, styled with a pink tee (not the product).
    # Unisex, asked "she". All texts: base model zero-shot; the garment color goes to the styling tee.
    case(
        "X1178-040",
        caption("a girl in a pink shirt and grey pants"),
        wearing("pink shirt and grey sweatpants", who="she"),
        COLOR("pink", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        details("pants", "drawstring"),
        GT("sweatpants"),
        gender="Unisex",
        title="Superminis Unisex Kids Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: a baby lying on a white sheet, navy and white horizontal striped footless sleepsuit, long sleeves.
    # All texts: base model zero-shot; the wearing answer goes on into a question of its own.
    case(
        "X1178-041",
        caption("a baby laying on a bed wearing a striped onesie"),
        wearing(
            "a striped onesie Question: What is the color of the onesie? Answer: blue and white",
            "leak",
            who="she",
        ),
        COLOR("blue and white"),
        PATTERN("stripes"),
        GT("onesie"),
        MATERIAL("cotton"),
        gender="Unisex",
        title="Chicco Unisex Infant Striped Cotton Sleepsuit",
        category="Sleepsuit",
        color="Navy Blue",
    ),
    # Photo: a girl in red-and-navy tartan flannel button-down pyjamas (full sleeves), a Christmas tree behind her.
    # All texts: base model zero-shot. The shirt has no pocket; the two-piece set is not a romper.
    case(
        "X1178-042",
        caption("a little girl in plaid pajamas standing in front of a christmas tree"),
        wearing("plaid pajamas", who="she"),
        color_of("shirt", "red", kind="open"),
        PATTERN("plaid"),
        MATERIAL("flannel"),
        is_a("romper", "yes", "contradiction"),
        describe(
            "shirt",
            "it's a plaid shirt with a collar and buttons down the front and a pocket on the front",
            "unsupported",
        ),
        gender="Girls",
        title="Sweet Dreams Girls Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: a girl in a white long-sleeve top with watermelon slices and solid red pants. Unisex, asked "she".
    # All texts: base model zero-shot; the pants details answer goes on with the next prompt; the sleeves are long.
    case(
        "X1178-043",
        caption("a little girl in a white shirt with watermelons on it"),
        wearing("pajamas", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "red", kind="open"),
        describe("shirt", "watermelon"),
        SLEEVES("short", "unsupported"),
        details("pants", "red Question: What are the shirt details? Answer: watermelon", "leak"),
        gender="Unisex",
        title="Little Kangaroos Unisex Kids Fruit Print Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: a boy in a blue sleeveless vest with a whale print and blue-and-white striped shorts.
    # All texts: base model zero-shot; the sleeve answer contradicts the caption's tank top.
    case(
        "X1178-044",
        caption("a little boy in a blue tank top and striped shorts"),
        wearing("a tank top and shorts", who="he"),
        SLEEVES("short", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        details("shorts", "striped"),
        MATERIAL("cotton"),
        gender="Boys",
        title="Toffyhouse Boys Pure Cotton Printed Sleeveless Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: back view of a girl in a pink long-sleeve top with a white pom-pom bunny tail on the back, pink pants.
    # Plain white backdrop. All texts: base model zero-shot; the caption invents the bedroom.
    case(
        "X1178-045",
        caption("the back of a little girl in pink pajamas standing in a bedroom", "unsupported"),
        wearing("pink pajamas", who="she"),
        color_of("shirt", "pink", kind="open"),
        describe("shirt", "a pink shirt with a bunny tail"),
        details("pants", "pink"),
        SLEEVES("long"),
        gender="Girls",
        title="Mothercare Girls Bunny Print Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
]
