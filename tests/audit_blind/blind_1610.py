"""BLIND_1610 (45 products; Myntra kids' sleepwear, base zero-shot, pronoun questions): written blind in the sixty-sixth
session. Measured blind at 5d4d43a (the session's fifth rules): 48/76 failures found (63.2%) and 64/239 correct texts
flagged (26.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of unisex and kids' sleepwear: night suits (top + pyjama bottoms, long or shorts sets),
rompers and sleepsuits for infants, nightdresses, pyjama bottoms and lounge shorts sold alone. Catalog shots: a child
on a plain white or pastel backdrop wearing the product (often with a plain tee that is not part of the product when
only the bottoms are sold), now and then a flat lay, a back view, a baby lying on a blanket, a prop (plush toy, book,
toy shield, gift box). Columns as the feed has them: title, category (Myntra article type), color (base colour) and
gender (Boys, Girls, Unisex); a few rows lack one of them.
Who wrote what: every text comes from Salesforce/blip2-opt-2.7b zero-shot, no adapter (8-bit, greedy, batch size 1).
The caption comes from the image with no text prompt (50 new tokens); the answers from `Question: ... Answer:` (30 new
tokens). Generation stops on the newline, so most answers are a few words; the few that run on are loops or ramblings
that reach the limit, or answers that carry on into the prompt format on the same line. The job picks the pronoun of
the wearing question from the gender column: Girls -> "What is she wearing?", Boys -> "What is he wearing?", Unisex or
blank -> "she" (its default). Flat lays get the same question. The four closed questions are the blind set's
(garment type, color, pattern, sleeve length) plus the open material question; the experiments' "What is the color
of the pants / shirt / top?" is free generation, stored open.
Labeling conventions and judgement calls: a pronoun or gendered noun (he/she, boy/girl) that does not match the child
in the photo is `pronoun`, whatever the gender column says; for Unisex rows the photo decides, and babies whose sex the
photo does not show are never marked; "young man" for a teenage boy is accepted. Near color names are correct: purple
for lavender, blue for navy or teal, yellow for mustard, pink for peach, gray for grey melange, green for sea green.
For a two-color set or a multi pack, naming one of its colors for "the garment" is correct; the top's color given for
the pants, or the plain tee's color given when only the bottoms are sold, is `other_garment_color`. Garment type:
pajamas, onesie, nightgown, romper, and "dress" for a nightdress are correct; "shirt" / "t - shirt" for a night suit
set and "dress" for a romper contradict the product. Material is judged against the fabric the product really is
(written in the comment): a claim the title contradicts is `contradiction`, an invented one `unsupported`. For a flat
lay, naming the garment to "What is she wearing?" is correct; "nothing" is `non_answer`. One label per text: a loop
that reaches the limit is `loop` (with hit_limit), `cut` is kept for text that ends mid-phrase without looping.
BLIP's tokenizer spacing ("t - shirt") is kept as the model writes it. The untuned base gets most short closed
questions right (type, pattern, plain colors), so fewer than four texts in ten are wrong here; its failures sit in the
colors of two-piece sets and of the plain tee worn with bottoms, in navy read as black, in the pronoun the job forces
on Unisex rows, and in invented details and materials.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1610 = [
    # Photo: boy (~6) on a white backdrop, navy half-sleeve tee (no pocket) with a grey car print, grey pyjamas with
    # navy cuffs. Cotton jersey. All texts: base zero-shot (caption image-only, answers Question/Answer).
    case(
        "X1610-001",
        caption("a young boy in a blue shirt and grey pants standing in front of a white wall"),
        wearing("pajamas", who="he"),
        Q.garment_type("pajamas"),
        Q.color("black", "contradiction"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.pattern("cars"),
        details("night suit", "the shirt has a pocket on the front", "unsupported"),
        gender="Boys",
        title="Bodycare Kids Boys Navy Blue & Grey Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: girl (~7) sitting cross-legged, pink full-sleeve top with a unicorn print, white pyjamas with pink stars.
    # Pure cotton (title). All texts: base zero-shot.
    case(
        "X1610-002",
        caption("a little girl in pink pajamas sitting on the floor"),
        wearing("she is wearing a pink pajama top with a unicorn on it", who="she"),
        Q.garment_type("pajamas"),
        Q.color("pink"),
        Q.pattern("unicorn"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.sleeve_length("long"),
        Q.material("silk", "contradiction"),
        gender="Girls",
        title="YK Girls Pink & White Unicorn Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: flat lay of a white short-sleeve romper with small blue elephants, snaps at the crotch, no hood, no zip.
    # All texts: base zero-shot.
    case(
        "X1610-003",
        caption("a white baby onesie with blue elephants on it"),
        wearing("a onesie", who="she"),
        Q.garment_type("onesie"),
        Q.color("white"),
        Q.pattern("elephants"),
        describe("romper", "it has a hood and a zipper", "unsupported"),
        Q.material("cotton"),
        gender="Unisex",
        title="Babyhug Unisex Infant Kids White Printed Pure Cotton Romper",
        category="Rompers",
        color="White",
    ),
    # Photo: baby (~9 months, sex not visible) lying on a grey blanket in a grey melange footed sleepsuit, zip front,
    # small bear appliqué on the chest. Cotton. All texts: base zero-shot.
    case(
        "X1610-004",
        caption("a baby laying on a blanket in a grey onesie"),
        wearing("a onesie", who="she"),
        Q.garment_type("onesie"),
        Q.color("white", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="mothercare Unisex Kids Grey Melange Sleepsuit with Bear Applique",
        category="Sleepsuit",
        color="Grey Melange",
    ),
    # Photo: boy (~4, short hair) standing, blue tee with green dinosaurs, green pyjamas. Unisex row, so the job asked
    # "she". All texts: base zero-shot.
    case(
        "X1610-005",
        caption("a little boy in a dinosaur pajama set"),
        wearing("she is wearing a dinosaur pajama set", "pronoun", who="she"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.pattern("dinosaurs"),
        gender="Unisex",
        title="Hopscotch Unisex Kids Blue & Green Dinosaur Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl (~8) in a lavender knee-length short-sleeve nightdress (no pocket) with white moons and stars,
    # holding a plush bunny. Cotton jersey. All texts: base zero-shot.
    case(
        "X1610-006",
        caption("a little girl in a purple nightgown holding a stuffed bunny"),
        wearing("a nightgown", who="she"),
        Q.garment_type("dress"),
        Q.color("purple"),
        Q.pattern("stars"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        details("nightdress", "it has a pocket on the front", "unsupported"),
        gender="Girls",
        title="Sweet Dreams Girls Lavender Printed Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Photo: boy (~9) in a grey melange tee with red horizontal stripes and solid red pyjamas. All texts: base
    # zero-shot.
    case(
        "X1610-007",
        caption("a young boy in a striped shirt and red pants"),
        wearing("he is wearing a striped shirt and red pants", who="he"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("grey"),
        Q.pattern("stripes"),
        color_of("pants", "red", kind="open"),
        is_a("romper", "yes", "contradiction"),
        gender="Boys",
        title="Bodycare Kids Boys Grey Melange & Red Striped Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: toddler girl (~2, pigtails with a hair clip) standing, yellow sleeveless sleep romper with ducks, shorts
    # legs. All texts: base zero-shot.
    case(
        "X1610-008",
        caption("a little girl in a yellow romper standing in front of a white wall"),
        wearing("a yellow romper", who="she"),
        Q.garment_type("romper"),
        Q.color("yellow"),
        Q.pattern("ducks"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        gender="Unisex",
        title="Moms Love Unisex Kids Yellow Printed Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Photo: girl (~6) in a white tee with a pink cat face and pink shorts with white polka dots (shorts set).
    # All texts: base zero-shot.
    case(
        "X1610-009",
        caption("a little girl wearing a white shirt with a cat on it and pink shorts"),
        wearing("a white shirt and pink shorts", who="she"),
        Q.garment_type("pajamas"),
        Q.color("pink"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        Q.pattern("polka dots"),
        details("shorts", "the shorts are shorts", "restated"),
        gender="Girls",
        title="H&M Girls Pink Printed Pyjama Shorts Set",
        category="Night suits",
        color="Pink",
    ),
    # Photo: boy (~8) in a plain white tee (not sold) and navy/green tartan check pyjama pants; woven cotton poplin.
    # All texts: base zero-shot.
    case(
        "X1610-010",
        caption("a young boy in a white shirt and plaid pants"),
        wearing("he is wearing a white shirt and plaid pants", who="he"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        Q.material("flannel", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction", article="a"),
        gender="Boys",
        title="Marks & Spencer Boys Navy Blue Checked Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: back view of a girl in a peach sleeveless nightdress with a ruffled hem and a tie bow at the back.
    # All texts: base zero-shot.
    case(
        "X1610-011",
        caption("the back of a little girl in a pink dress"),
        wearing("a dress", who="she"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.sleeve_length("short", "contradiction"),
        describe("nightdress", "it is a nightdress", "restated"),
        gender="Girls",
        title="Gini and Jony Girls Peach-Coloured Solid Nightdress",
        category="Nightdress",
        color="Peach",
    ),
    # Photo: girl (~7, long ponytail) in a yellow tee with a Minions print and blue pyjamas. All texts: base zero-shot.
    case(
        "X1610-012",
        caption("a young boy in a yellow shirt with minions on it", "pronoun"),
        wearing("a yellow shirt and blue pants", who="she"),
        Q.garment_type("pajamas"),
        Q.color("yellow"),
        Q.pattern("minions"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        gender="Unisex",
        title="Kids Ville Unisex Kids Yellow & Blue Minions Printed Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: boy (~6) posing, red full-sleeve top and red pyjamas, both with a Spider-Man web print. Polyester jersey.
    # All texts: base zero-shot.
    case(
        "X1610-013",
        caption("a young boy in a spiderman pajama set"),
        wearing("spiderman pajamas", who="he"),
        Q.garment_type("pajamas"),
        Q.color("red"),
        Q.pattern(
            "spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman "
            "spiderman spiderman spiderman spiderman",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.material("spandex", "unsupported"),
        gender="Boys",
        title="Toonyport Boys Red Spider-Man Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: flat lay of a pink and white striped short-sleeve infant romper with a frilled collar. Cotton.
    # All texts: base zero-shot.
    case(
        "X1610-014",
        caption("a pink and white striped baby onesie on a white background"),
        wearing("nothing", "non_answer", who="she"),
        Q.garment_type("onesie"),
        Q.color("pink and white"),
        Q.pattern("stripes"),
        is_a("dress", "no"),
        Q.material("cotton"),
        gender="Girls",
        title="Miniklub Girls Infant Pink Striped Romper",
        category="Rompers",
        color="Pink",
    ),
    # Photo: boy (~10, short hair) standing with hands in pockets, olive camouflage half-sleeve tee and olive
    # camouflage jogger pyjamas, no hood. Cotton. All texts: base zero-shot.
    case(
        "X1610-015",
        caption("a young boy in camouflage pajamas standing with his hands in his pockets"),
        wearing("camouflage", who="he"),
        Q.garment_type("pajamas"),
        Q.color("green"),
        Q.pattern("camouflage"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        details("night suit", "it has a hood", "unsupported"),
        gender="Boys",
        title="Nauti Nati Boys Olive Green Camouflage Printed Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: girl (~5, bob haircut) on a stool, white tee with navy horizontal stripes, solid navy pyjamas. The row has
    # no gender, so the job asked "she". All texts: base zero-shot.
    case(
        "X1610-016",
        caption("a little girl in a striped shirt and blue pants sitting on a stool"),
        wearing("a striped shirt and blue pants", who="she"),
        Q.garment_type("pajamas"),
        Q.color("white"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("pants", "blue", kind="open"),
        Q.pattern("stripes"),
        is_a("dress", "no"),
        title="Cub McPaws Unisex Kids White & Navy Blue Striped Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: girl (~6) in a mint green short-sleeve tee with an avocado print and long mint pyjamas (elastic waist)
    # with small avocados. Cotton.
    # All texts: base zero-shot.
    case(
        "X1610-017",
        caption("a little girl in green pajamas with avocados on them"),
        wearing("green pajamas", who="she"),
        Q.garment_type("pajamas Question: What is the color of the pajamas? Answer: green", "leak"),
        Q.color("blue", "contradiction"),
        Q.pattern("avocado"),
        Q.material("cotton"),
        details(
            "pajamas",
            "the pajamas are green with avocados on them and the top has short sleeves and the pants are long and "
            "have an elastic waistband and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Zeyo Girls Sea Green Avocado Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Sea Green",
    ),
    # Photo: baby boy (~8 months) sitting, holding a rattle, light blue footed sleepsuit with rockets, snaps down the
    # front (no zip). All texts: base zero-shot.
    case(
        "X1610-018",
        caption("a baby sitting on the floor holding a toy"),
        wearing("a blue onesie", who="he"),
        Q.garment_type("onesie"),
        Q.color("blue"),
        Q.pattern("airplanes", "contradiction"),
        details(
            "sleepsuit",
            "the sleepsuit has a zipper on the front and a zipper on the back and a zipper on the side and a zipper "
            "on the front and a zipper",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Babyhug Infant Boys Blue Rocket Printed Sleepsuit",
        category="Sleepsuit",
        color="Blue",
    ),
    # Photo: boy (~6, short hair) in a hooded panda onesie (white body, black arms and legs, ears on the hood), hood
    # up. Fleece. All texts: base zero-shot.
    case(
        "X1610-019",
        caption("a young boy in a panda costume"),
        wearing("she is wearing a panda costume", "pronoun", who="she"),
        Q.garment_type("onesie"),
        Q.color("white"),
        Q.pattern("panda"),
        is_a("pair of pajamas", "yes"),
        Q.material("cotton", "contradiction"),
        gender="Unisex",
        title="Kids Ville Unisex Kids White & Black Panda Hooded Fleece Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Photo: girl (~8) in a navy long-sleeve round-neck top (no bow) with a pink heart print and pink pyjamas with
    # navy hearts.
    # All texts: base zero-shot.
    case(
        "X1610-020",
        caption("a little girl in a blue and pink pajama set"),
        wearing("pink pajamas", who="she"),
        Q.garment_type("pajamas"),
        Q.color("pink"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        color_of("pants", "pink", kind="open"),
        Q.pattern("hearts"),
        describe("pajama set", "a pink pajama set with a bow on the collar", "unsupported"),
        gender="Girls",
        title="Marks & Spencer Girls Navy Blue & Pink Heart Print Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: boy (~9) in a white printed tee (not sold) and charcoal drawstring lounge shorts. All texts: base
    # zero-shot.
    case(
        "X1610-021",
        caption("a young boy in a white t - shirt and grey shorts"),
        wearing("a white t - shirt and grey shorts", who="he"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        details("shorts", "drawstring"),
        is_a("pair of shorts", "yes"),
        gender="Boys",
        title="Allen Solly Junior Boys Charcoal Grey Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Charcoal",
    ),
    # Photo: boy (~5) in an orange half-sleeve tee with a tiger face and navy full-length pyjamas with orange cuffs.
    # Unisex row: "she". All texts: base zero-shot.
    case(
        "X1610-022",
        caption("a young boy in an orange shirt with a tiger on it"),
        wearing("she is wearing a tiger shirt and blue pants", "pronoun", who="she"),
        Q.garment_type("pajamas"),
        Q.color("orange"),
        Q.pattern("tiger"),
        Q.sleeve_length("short Question: What is the sleeve length of the pants? Answer: long", "leak"),
        color_of("pants", "orange", "other_garment_color", kind="open"),
        gender="Unisex",
        title="YK Unisex Kids Orange & Navy Blue Tiger Printed Night Suit",
        category="Night suits",
        color="Orange",
    ),
    # Photo: girl (~9) in a white full-sleeve ankle-length nightdress with small pink roses, lace at the neckline and
    # a ruffled hem (no bow). All texts: base zero-shot.
    case(
        "X1610-023",
        caption("a little girl in a white nightgown with pink flowers"),
        wearing("a white nightgown", who="she"),
        Q.garment_type("nightgown"),
        Q.color("white"),
        Q.pattern("floral"),
        describe(
            "nightdress",
            "the nightdress is white with pink flowers and lace on the neckline and the sleeves are long and the hem "
            "is ruffled and there is a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Sini Mini Girls White Floral Printed Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Photo: boy (~7) in a dark bottle-green tee with a black dinosaur skeleton print and black pyjamas.
    # All texts: base zero-shot.
    case(
        "X1610-024",
        caption("a young boy in a black shirt with a dinosaur on it", "contradiction"),
        wearing("a dinosaur shirt", who="he"),
        Q.garment_type("pajamas"),
        Q.color("green"),
        color_of("pants", "black", kind="open"),
        Q.pattern("dinosaur"),
        details("night suit", "the shirt has a dinosaur on it"),
        gender="Boys",
        title="Bodycare Kids Boys Green & Black Printed Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Photo: flat lay of three infant rompers side by side: white with grey stars, plain grey, navy with moons.
    # All texts: base zero-shot. The row has no category.
    case(
        "X1610-025",
        caption("three baby onesies on a white background"),
        wearing("onesies", who="she"),
        Q.garment_type("onesie"),
        Q.color("white"),
        Q.pattern("stars"),
        describe("rompers", "a baby onesie with stars on it", "contradiction"),
        gender="Unisex",
        title="Moms Love Unisex Infants Pack of 3 Printed Rompers",
        color="Multi",
    ),
    # Photo: girl (~6, very short pixie cut, small stud earrings) in a light blue tee with a rainbow print and blue
    # pyjamas with white clouds. Cotton. All texts: base zero-shot.
    case(
        "X1610-026",
        caption("a young boy in blue pajamas with a rainbow on the shirt", "pronoun"),
        wearing("blue pajamas", who="she"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("rainbow"),
        Q.material("polyester", "unsupported"),
        gender="Girls",
        title="Gini and Jony Girls Blue Rainbow Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: boy (~7) in a white tee with a blue astronaut print and blue pyjamas with planets.
    # All texts: base zero-shot.
    case(
        "X1610-027",
        caption("a young boy in a white shirt and blue pants with planets on them"),
        wearing("a white shirt and blue pants Answer: a white shirt and blue pants", "leak", who="he"),
        Q.garment_type("pajamas"),
        Q.color("white"),
        Q.pattern("space"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "blue", kind="open"),
        is_a("pair of pajamas", "yes"),
        gender="Boys",
        title="Hopscotch Boys White & Blue Space Printed Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: flat lay of two footed sleepsuits: grey melange with white stars, white with grey stripes. Cotton.
    # All texts: base zero-shot.
    case(
        "X1610-028",
        caption("two baby onesies laying on a white surface"),
        wearing("pajamas", who="she"),
        Q.garment_type("onesie"),
        Q.color("gray"),
        Q.pattern("stars and stripes"),
        Q.sleeve_length("yes", "non_answer"),
        Q.material("cotton"),
        gender="Unisex",
        title="mothercare Unisex Infants Pack of 2 Cotton Sleepsuits",
        category="Sleepsuit",
        color="Grey Melange",
    ),
    # Photo: girl (~3) barefoot, light pink ribbed short-sleeve shorts romper with a plain round neck and a snap
    # placket. All texts: base zero-shot.
    case(
        "X1610-029",
        caption("a little girl in a pink dress standing on a white background", "contradiction"),
        wearing("a pink romper", who="she"),
        Q.garment_type("romper"),
        Q.color("pink"),
        Q.pattern("solid"),
        details("romper", "it has a ruffle collar and a bow on the front", "unsupported"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="H&M Kids Girls Pink Solid Ribbed Romper",
        category="Rompers",
        color="Pink",
    ),
    # Photo: boy (~6) in a blue and white striped full-sleeve pullover top (no buttons) and matching striped
    # pyjamas. All texts: base zero-shot.
    case(
        "X1610-030",
        caption(
            "a young boy in a blue and white striped pajama set with a blue and white striped pajama set with a blue "
            "and white striped pajama set with a blue and white striped pajama set with a blue and",
            "loop",
            hit_limit=True,
        ),
        wearing("striped pajamas", who="he"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("stripes"),
        Q.sleeve_length("long"),
        details("night suit", "buttons down the front", "unsupported"),
        gender="Boys",
        title="Little Kangaroos Boys Blue & White Striped Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: a boy and a girl side by side in matching red-and-black buffalo check night suits, a gift box at their
    # feet. Cotton. Unisex row: "she". All texts: base zero-shot.
    case(
        "X1610-031",
        caption("two children in matching red plaid pajamas"),
        wearing("red plaid pajamas", who="she"),
        Q.garment_type("pajamas"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.material("wool", "unsupported"),
        is_a("pair of pajamas", "yes Question: Is this a pair of pajamas? Answer: yes", "leak"),
        gender="Unisex",
        title="Cub McPaws Unisex Kids Red Checked Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: boy (~8) sitting on a chair, mustard henley top (three buttons) and mustard pyjamas, both solid.
    # All texts: base zero-shot.
    case(
        "X1610-032",
        caption("a young boy in a yellow pajama set sitting on a chair"),
        wearing("yellow pajamas", who="he"),
        Q.garment_type("pajamas"),
        Q.color("yellow"),
        Q.pattern("no pattern"),
        details("night suit", "buttons"),
        color_of("pants", "brown", "contradiction", kind="open"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Doodle Boys Mustard Solid Night Suit",
        category="Night suits",
        color="Mustard",
    ),
    # Photo: girl (~5) in a red sleeveless A-line nightdress printed with white Minnie Mouse faces (no dots anywhere).
    # All texts: base zero-shot. The row has no color.
    case(
        "X1610-033",
        caption("a little girl in a red minnie mouse dress"),
        wearing("a minnie mouse dress", who="she"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("polka dots", "contradiction"),
        Q.sleeve_length("short", "contradiction"),
        gender="Girls",
        title="Sweet Dreams Girls Minnie Mouse Printed Nightdress",
        category="Nightdress",
    ),
    # Photo: boy (~7, short hair) in a navy tee (not sold) and grey melange jogger pyjamas with ribbed cuffs. Cotton.
    # Unisex row: "she". All texts: base zero-shot.
    case(
        "X1610-034",
        caption("a young boy in a blue shirt and grey sweatpants"),
        wearing("she is wearing a blue shirt and grey pants", "pronoun", who="she"),
        Q.garment_type("pants"),
        Q.color("blue", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        Q.material("cotton"),
        is_a("pair of jeans", "no"),
        gender="Unisex",
        title="Marks & Spencer Unisex Kids Grey Melange Jogger Pyjamas",
        category="Pyjamas",
        color="Grey Melange",
    ),
    # Photo: boy (~9) in a navy tee with white piping and navy shorts (summer night suit). All texts: base zero-shot.
    case(
        "X1610-035",
        caption("a young boy in a blue t - shirt and shorts"),
        wearing("he is wearing a blue shirt and shorts", who="he"),
        Q.garment_type("pajamas"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        describe("night suit", "a night suit for boys", "restated"),
        gender="Boys",
        title="Nauti Nati Boys Navy Blue Solid Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: flat lay of a lavender top with a bunny print and lavender pyjamas with white dots, folded side by side.
    # All texts: base zero-shot.
    case(
        "X1610-036",
        caption("a purple pajama set with a bunny on it"),
        wearing("pajamas", who="she"),
        Q.garment_type("pajamas"),
        Q.color("purple"),
        Q.pattern("bunny"),
        color_of("pants", "purple", kind="open"),
        details("pajamas", "the pajamas have a bunny on the top and polka dots on the bottom"),
        is_a("dress", "yes", "contradiction"),
        gender="Girls",
        title="YK Girls Lavender Bunny Printed Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: teenage boy (~13) in a black tee with a game-controller graphic and grey jogger pyjamas. Cotton.
    # All texts: base zero-shot.
    case(
        "X1610-037",
        caption("a young man in a black t - shirt and grey pants"),
        wearing("a black t - shirt and grey pants", who="he"),
        Q.garment_type("t - shirt", "contradiction"),
        Q.color("black"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Boys",
        title="Bodycare Kids Boys Black & Grey Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: flat lay of a sage green sleeveless infant romper with a leaf print. Cotton. All texts: base zero-shot.
    # The row has no category.
    case(
        "X1610-038",
        caption("a green baby romper with leaves on it"),
        wearing("a green romper", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        Q.pattern("leaves"),
        Q.sleeve_length("sleeveless"),
        Q.material("i don't know", "non_answer"),
        gender="Unisex",
        title="Babyhug Unisex Infants Green Leaf Printed Romper",
        color="Green",
    ),
    # Photo: girl (~6) in a pink top with a grey koala print and grey pyjamas with small pink koalas.
    # All texts: base zero-shot.
    case(
        "X1610-039",
        caption("a little girl in pink pajamas with koalas on them"),
        wearing("koala pajamas", who="she"),
        Q.garment_type("pajamas"),
        Q.color("pink"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        details(
            "pajamas",
            "koala bears on the top and koala bears on the bottom and koala bears on the top and koala bears on the "
            "bottom and koala bears on",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("koala"),
        gender="Girls",
        title="Hopscotch Girls Pink & Grey Koala Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: boy (~5, shoulder-length curly hair) in a teal tee with a shark print and teal-and-grey striped pyjamas.
    # All texts: base zero-shot. The row has no color.
    case(
        "X1610-040",
        caption("a little girl in a blue shirt with sharks on it", "pronoun"),
        wearing("she is wearing a shark shirt", "pronoun", who="he"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("sharks"),
        color_of("pants", "gray", kind="open"),
        describe("night suit", "a night suit", "restated"),
        gender="Boys",
        title="Gini and Jony Boys Teal Shark Printed Night Suit",
        category="Night suits",
    ),
    # Photo: flat lay of a white short-sleeve tee with a panda print and black pyjamas with white dots.
    # All texts: base zero-shot.
    case(
        "X1610-041",
        caption("a white t - shirt with a panda on it and black pants"),
        wearing("panda pajamas", who="she"),
        Q.garment_type("pajamas"),
        Q.color("white"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.pattern("panda"),
        Q.sleeve_length("short"),
        gender="Unisex",
        title="Kids Ville Unisex Kids White & Black Panda Printed Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: baby girl (~6 months, pink bow headband, no hat) lying on a pink blanket in a white footed sleepsuit
    # with small pink flowers. All texts: base zero-shot.
    case(
        "X1610-042",
        caption("a baby girl laying on a pink blanket"),
        wearing("a white onesie with pink flowers", who="she"),
        Q.garment_type("onesie"),
        Q.color("white"),
        Q.pattern("floral"),
        describe("sleepsuit", "a white sleepsuit with pink flowers and a matching hat", "unsupported"),
        is_a("romper", "yes"),
        gender="Girls",
        title="Miniklub Infant Girls White & Pink Floral Printed Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Photo: boy (~6) in a blue full-sleeve tee with Avengers logos and blue printed pyjamas, holding a toy Captain
    # America shield. All texts: base zero-shot.
    case(
        "X1610-043",
        caption("a young boy in a blue shirt holding a captain america shield"),
        wearing(
            "he is wearing a blue shirt with the avengers on it and blue pants with the avengers on them and he is "
            "holding a captain america",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("superhero"),
        Q.sleeve_length("long"),
        color_of("shirt", "blue", kind="open"),
        gender="Boys",
        title="Toonyport Boys Blue Avengers Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl (~4) in a yellow tee with a bee print and white pyjamas with small yellow bees. Cotton. The row has
    # no gender, so the job asked "she". All texts: base zero-shot.
    case(
        "X1610-044",
        caption("a little girl in a yellow shirt and white pants with bees on them"),
        wearing("a yellow shirt and white pants", who="she"),
        Q.garment_type("pajamas"),
        Q.color("yellow"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        Q.pattern("bees"),
        Q.material("cotton"),
        describe("night suit", "a yellow shirt with bees on it"),
        title="Cub McPaws Kids Yellow Bee Printed Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: girl (~7) sitting on a bed against pillows, reading a book, sky-blue short-sleeve nightdress with a
    # unicorn print. All texts: base zero-shot.
    case(
        "X1610-045",
        caption("a little girl sitting on a bed reading a book"),
        wearing("a dress", who="she"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("horse", "contradiction"),
        Q.sleeve_length("short"),
        Q.material("blue", "non_answer"),
        gender="Girls",
        title="Sini Mini Girls Blue Unicorn Printed Nightdress",
        category="Nightdress",
        color="Blue",
    ),
]
