"""BLIND_578 (46 products; Myntra kids' ethnic & western wear, ages 2-14): written blind in the fifty-first session.
Measured blind at 3d5f19d (the session's rules as they stood): 96/121 failures found (79.3%) and 13/170 correct texts
flagged (7.6%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed of ethnic and western wear for boys and girls aged 2-14: kurta pyjama sets, Nehru
jacket sets, sherwanis, lehenga cholis, kurta and sharara/palazzo sets, frocks and party dresses, dungarees, t-shirt
and shorts sets, jeans, hoodies and sweatshirts. Child models in the studio (mostly white backdrop, one beige, one
grey, one with a marigold garland backdrop) and a few flat-lays on white. The seller columns are title, category
(article type), color (base colour), gender, and a fabric column on the rows whose feed carries one.

Who wrote what: the untuned blip2-opt-2.7b wrote most captions and the open answers (wearing, describe, details,
open color questions, material): short, lower-case, "t - shirt" tokenisation, often one color for every garment
(the product's color given to the pyjama, the t-shirt's to the shorts), he/she now and then wrong, jewellery and
zippers invented, now and then the prompt's "Question:"/"Answer:" echoed around its answer.
The caption adapter (Data2_V2 epoch 3) wrote a few captions and a few answers in the
DeepFashion template ("The girl wears a short-sleeve shirt with pure color patterns..."), which never stops and is
cut at the token limit or loops on a sentence; the epoch-1 adapter wrote three plain captions. The VQA adapter
(Data3_V3) answered a few open questions: it loops one word to the 30-token limit or runs on into the next
"Question: ... Answer:" of its training format. The job sends describe/details (and a few wearing questions) of
part of the night to the caption adapter for richer details; its plain-sentence answers never stop either, so they
loop on a phrase or are cut mid-phrase at 30 tokens (every hit_limit text is an adapter's). Closed questions (garment
type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine: one candidate each,
never cut or looped, sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A caption-template answer cut mid-sentence at the limit is "cut"
  even when it also fails to answer; one that repeats a sentence to the limit is "loop".
- "other_garment_color": a color answer (open or closed) that gives the asked garment the color of another worn
  garment or accessory in the photo (the jeans' blue for the sweatshirt, red shoes for the dress).
- "contradiction": a wrong color that belongs to nothing else worn (the backdrop's orange, the print's red for a
  white dress), a wrong garment type or yes/no, and a closed pattern or sleeve length taken from the inner/other
  garment (striped for plain dungarees over a striped tee, long sleeves for a sleeveless pinafore).
- "unsupported": invented details not in the photo (zippers on pullovers, jewellery, a carrot, embroidery on a
  self-design sherwani) and a material that the seller's fabric column contradicts (silk for a cotton kurta).
- "non_answer": a one-word color ("white" for the kurta's details, "gold" for the lehenga's) or a "yes" to an
  open describe/details question, or only the garment named back ("the hoodie", "they are shorts").
- "restated": the question echoed as a sentence ("describe the kurta", "the jeans details are the details of the
  jeans"), also when an answer follows the echoed question.
- A closed color picked from the print (white for a yellow frock with white daisies) or a misread hue (olive as
  brown, navy as black, royal blue as purple) is a "contradiction"; from another worn garment, "other_garment_color".
- "pronoun": he/she/his/her wrong for the row's gender. "lady" for a 14-year-old girl is not a failure.
- "leak": any "Question:"/"Answer:" of the prompt format in the output, even with a right answer around it.
- Correct by convention: cream called white, maroon called red, a Nehru jacket called a vest, a sherwani called a
  suit, a lehenga called a dress or skirt, dungarees called overalls, dark blue jeans called navy blue, lime green
  called green, a flat-lay's "What is the child wearing?" answered with the garments shown.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

gt = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length

BLIND_578 = [
    # photo: boy ~6, mustard yellow cotton kurta with self-woven stripes, mandarin collar, full sleeves, white
    # churidar pyjama, brown kolhapuri sandals, white backdrop, front view. Base model: caption and open answers.
    case(
        "X578-001",
        caption("a young boy in a yellow kurta and white pajamas standing in front of a white background"),
        wearing("a yellow kurta and white pants", who="the boy"),
        color_of("pyjama", "yellow", "other_garment_color", kind="open"),
        gt("kurta"),
        col("mustard"),
        material("silk", "unsupported"),
        title="Jashvi Boys Mustard Yellow Woven Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        fabric="Cotton",
        gender="Boys",
    ),
    # photo: girl ~8, pink lehenga with gold gota border at the hem, pink choli with mirror work, green dupatta
    # draped over one shoulder, white backdrop. Caption adapter (epoch 3) wrote the caption; base the open answers.
    case(
        "X578-002",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and pure color patterns. The top is with cotton fabric and it has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink lehenga with a green dupatta", who="the girl"),
        describe("lehenga", "it is a pink lehenga with a gold border"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        gt("lehenga"),
        pat("embroidered"),
        title="Kid Kupboard Girls Pink & Gold-Toned Gotta Patti Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy ~10, navy blue Nehru jacket with a small all-over paisley print and brass buttons over an off-white
    # kurta and off-white pyjama, grey backdrop, front view. Base model wrote all open texts.
    case(
        "X578-003",
        caption("a boy wearing a black vest and white kurta posing for a photo", "contradiction"),
        wearing("he is wearing a navy jacket over a white kurta", who="the boy"),
        color_of("jacket", "navy blue", kind="open"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        details("jacket", "the jacket has a paisley print and a mandarin collar with gold buttons"),
        pat("solid", "contradiction"),
        title="VASTRAMAY Boys Off-White Kurta with Pyjamas & Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl ~4, red cotton frock with white polka dots, puff sleeves, white peter pan collar, red bow at the
    # waist, white backdrop, front view (the back is not visible), hair loose, no headband. Base model.
    case(
        "X578-004",
        caption("a little girl in a red and white polka dot dress with a matching headband", "unsupported"),
        wearing("a red dress with white polka dots", who="the girl"),
        describe("dress", "she is wearing a red dress with white polka dots and a bow"),
        details("dress", "the dress has a white collar and puffed sleeves and a zipper at the back", "unsupported"),
        sleeve("short sleeves"),
        material("cotton"),
        title="Hola Bonita Girls Red & White Polka Dot Print Peter Pan Collar Fit and Flare Dress",
        category="Dresses",
        color="Red",
        fabric="Cotton",
        gender="Girls",
    ),
    # photo: boy ~3, plain mid-blue denim dungaree shorts over a white-and-red striped t-shirt, white sneakers, white
    # backdrop. Base model caption and dungaree color; the VQA adapter answered the wearing and t-shirt questions.
    case(
        "X578-005",
        caption("a little boy wearing overalls and a striped shirt"),
        wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("dungarees", "blue", kind="open"),
        gt("dungarees"),
        pat("striped", "contradiction"),
        title="Little Kangaroos Boys Blue Solid Denim Dungarees with T-shirt",
        category="Dungarees",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat-lay on white: lavender t-shirt with a unicorn graphic print and lavender-and-white striped shorts,
    # no child. Base model.
    case(
        "X578-006",
        caption("a purple t - shirt and shorts with a unicorn on it"),
        wearing("a t - shirt and shorts", who="the child"),
        color_of("shorts", "purple and white", kind="open"),
        describe("t-shirt", "purple", "non_answer"),
        gt("pyjamas", "contradiction"),
        pat("graphic"),
        sleeve("short sleeves"),
        title="Toothless Girls Lavender Unicorn Printed T-shirt with Striped Shorts",
        category="Clothing Set",
        color="Lavender",
        fabric="Cotton",
        gender="Girls",
    ),
    # photo: boy ~7, cream silk sherwani with gold zari embroidery on the collar and placket, gold churidar, maroon
    # stole over one shoulder, gold mojaris, beige backdrop. Caption adapter (epoch 1) caption; caption adapter
    # (epoch 3) the looping details; base the other open answers.
    case(
        "X578-007",
        caption("a young boy dressed in a white sherwani with a red scarf"),
        wearing("a sherwani", who="the boy"),
        color_of("stole", "red", kind="open"),
        color_of("churidar", "white", "other_garment_color", kind="open"),
        details(
            "sherwani",
            "gold embroidery on the collar and the front, gold buttons, the sleeves, the collar, the sleeves, the "
            "collar, the sleeves, the collar",
            "loop",
            hit_limit=True,
        ),
        col("cream"),
        material("silk"),
        title="Aj DEZInES Boys Cream-Coloured & Gold-Toned Embroidered Sherwani Set with Stole",
        category="Sherwanis",
        color="Cream",
        fabric="Silk Blend",
        gender="Boys",
    ),
    # photo: girl ~11, light blue distressed skinny jeans with rips at the knees and frayed hems, white crop t-shirt
    # with "SUNSHINE" text, white sneakers, white backdrop, full body. Base model; caption adapter (epoch 3) the
    # details, cut at the limit.
    case(
        "X578-008",
        caption("a girl in a white t - shirt and ripped jeans"),
        wearing("jeans and a white t-shirt", who="the girl"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details(
            "jeans",
            "the jeans are ripped at the knees and have a frayed hem, a button and zip fly, two front pockets and two "
            "back pockets with a small",
            "cut",
            hit_limit=True,
        ),
        gt("jeans"),
        col("blue"),
        material("denim"),
        title="Gini and Jony Girls Blue Skinny Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy ~9, olive green pullover hoodie with a kangaroo pocket and black drawstrings, no logo, hood down,
    # black joggers, white backdrop. Base model.
    case(
        "X578-009",
        caption("a young boy wearing a green hoodie and black pants"),
        wearing("a hoodie", who="the boy"),
        describe("hoodie", "she is wearing a green hoodie with a pocket in the front", "pronoun"),
        color_of("hoodie", "green", kind="open"),
        details("hoodie", "the hoodie has a zipper and a logo on the chest", "unsupported"),
        col("brown", "contradiction"),
        title="HRX by Hrithik Roshan Boys Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl ~6, peach full-sleeve kurta with a small floral print and round neck, peach sharara with a lace
    # hem, cream net dupatta, white backdrop. Caption adapter (epoch 3) wrote the caption and answered the dupatta
    # color with its template; base model the wearing answer.
    case(
        "X578-010",
        caption(
            "The girl is wearing a long-sleeve top with floral patterns. The top is with cotton fabric. It has a "
            "round neckline. The girl wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a peach kurta and sharara with a dupatta", who="the girl"),
        color_of(
            "dupatta",
            "The girl is wearing a long-sleeve top with floral patterns. The top is with cotton fabric. It has a "
            "round neckline. The girl wears a long",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        gt("kurta"),
        pat("floral"),
        is_a("kurta", "no", "contradiction"),
        title="Biba Girls Peach-Coloured Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        fabric="Cotton",
        gender="Girls",
    ),
    # photo: boy ~5, red t-shirt with a green dinosaur graphic, navy shorts with a red drawstring, white backdrop.
    # Base model.
    case(
        "X578-011",
        caption("a little boy wearing a red shirt with a dinosaur on it and blue shorts"),
        wearing("she is wearing a red t-shirt and shorts", "pronoun", who="the boy"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        gt("t-shirt"),
        pat("graphic"),
        title="Babyhug Boys Red & Navy Blue Dinosaur Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Red",
        gender="Boys",
    ),
    # photo: girl ~12, mustard yellow cotton lehenga with red and green bandhani print and a gold gota hem, plain red
    # choli, red dupatta with a gold border, glass bangles, white backdrop. Base model; caption adapter (epoch 3)
    # the describe (cut) and details answers.
    case(
        "X578-012",
        caption("a girl in a yellow and red lehenga with a red dupatta"),
        wearing("she is wearing a yellow and red dress", who="the girl"),
        color_of("choli", "yellow", "other_garment_color", kind="open"),
        describe(
            "lehenga",
            "the lehenga is yellow with red and green print and a gold border at the bottom and the dupatta is red "
            "with a gold border and the",
            "cut",
            hit_limit=True,
        ),
        details(
            "lehenga",
            "the lehenga has a tie and dye print and gold border and is made of silk with mirror work and sequins",
            "unsupported",
        ),
        col("mustard"),
        title="Bitiya by Bhama Girls Mustard & Red Bandhani Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        fabric="Cotton",
        gender="Girls",
    ),
    # photo: boy ~12, dark blue slim jeans, plain black t-shirt worn untucked (no belt visible), hands in pockets,
    # white backdrop. Base model.
    case(
        "X578-013",
        caption("a young boy in a black shirt and jeans with a brown belt", "unsupported"),
        wearing("black t-shirt and blue jeans", who="the boy"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "Question: What are the jeans details? Answer: The jeans are slim fit", "leak"),
        gt("jeans"),
        col("navy blue"),
        title="Flying Machine Boys Navy Blue Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl ~3, sleeveless yellow cotton frock with a white daisy print and a tiered skirt, holding a brown
    # teddy bear, white backdrop. Base model caption/describe/color; the VQA adapter answered the wearing question.
    case(
        "X578-014",
        caption("a little girl in a yellow dress holding a teddy bear"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        describe("dress", "a yellow dress with white flowers and ruffles"),
        color_of("dress", "yellow", kind="open"),
        sleeve("short sleeves", "contradiction"),
        pat("floral"),
        col("white", "contradiction"),
        title="Hopscotch Girls Yellow Floral Print Tiered Cotton A-Line Dress",
        category="Dresses",
        color="Yellow",
        fabric="Cotton",
        gender="Girls",
    ),
    # photo: boy ~8, plain maroon silk-blend kurta, mandarin collar, placket with three gold buttons, full sleeves
    # with buttoned cuffs, side slits; cream pyjama; white backdrop. Caption adapter (epoch 3) caption and the cut
    # details; base model the other answers.
    case(
        "X578-015",
        caption(
            "The boy is wearing a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has "
            "a stand collar. The boy wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a maroon kurta and white pajamas", who="the boy"),
        color_of("pyjama", "maroon", "other_garment_color", kind="open"),
        describe("kurta", "he is wearing a maroon kurta with a mandarin collar and long sleeves"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a button placket with three gold buttons, long sleeves with buttoned "
            "cuffs and side slits at the hem and a",
            "cut",
            hit_limit=True,
        ),
        col("brown", "contradiction"),
        title="Manyavar Boys Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        fabric="Silk Blend",
        gender="Boys",
    ),
    # photo: girl ~5, sleeveless pink corduroy pinafore dress with a heart-shaped patch pocket, over a white
    # long-sleeve top with a frill collar (not part of the product), white tights, white backdrop. Base model;
    # caption adapter (epoch 3) the looping details.
    case(
        "X578-016",
        caption("a little girl wearing a pink overall dress and white shirt"),
        wearing("pink dress", who="the girl"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        details(
            "dress",
            "the dress has a heart on the pocket and a heart on the pocket and a heart on the pocket and a heart on "
            "the pocket and a heart on the",
            "loop",
            hit_limit=True,
        ),
        gt("dungarees"),
        sleeve("long sleeves", "contradiction"),
        material("corduroy"),
        title="Mothercare Girls Pink Solid Corduroy Pinafore Dress",
        category="Dungarees",
        color="Pink",
        fabric="Corduroy",
        gender="Girls",
    ),
    # photo: flat-lay on white: mustard jacquard Nehru jacket, white kurta and white pyjama laid out together.
    # Base model; caption adapter (epoch 3) the looping jacket description. The feed row has no color column.
    case(
        "X578-017",
        caption("a yellow vest and white shirt and pants on a white background"),
        wearing("a yellow vest", who="the child"),
        color_of("kurta", "white", kind="open"),
        color_of("jacket", "yellow", kind="open"),
        describe(
            "jacket",
            "a yellow vest with a white shirt and white pants on a white background, a yellow vest with a white "
            "shirt and white pants on a",
            "loop",
            hit_limit=True,
        ),
        pat("self design"),
        title="SOJANYA Boys Mustard Jacquard Nehru Jacket with White Kurta & Pyjama",
        category="Kurta Sets",
        gender="Boys",
    ),
    # photo: girl ~10, grey melange zip-up hoodie worn open over a pink t-shirt, black leggings, white backdrop.
    # Base model.
    case(
        "X578-018",
        caption("a young girl in a gray hoodie and black leggings"),
        wearing("grey hoodie and pink shirt", who="the girl"),
        describe("hoodie", "the hoodie is grey with a zipper and a hood"),
        color_of("hoodie", "pink", "other_garment_color", kind="open"),
        col("grey"),
        material("wool", "unsupported"),
        sleeve("long sleeves"),
        title="Kids Only Girls Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        fabric="Cotton",
        gender="Girls",
    ),
    # photo: boy ~4, sky blue cotton kurta with white chikankari embroidery on the front, white pyjama, white
    # backdrop. Base model.
    case(
        "X578-019",
        caption("a little boy wearing a blue kurta with white embroidery and white pants"),
        wearing("he is wearing a white kurta", "contradiction", who="the boy"),
        describe("kurta", "blue kurta"),
        details("kurta", "white", "non_answer"),
        color_of("pyjama", "white", kind="open"),
        pat("embroidered"),
        material("linen", "unsupported"),
        title="Fabindia Boys Blue Chikankari Embroidered Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        fabric="Cotton",
        gender="Boys",
    ),
    # photo: girl ~9, light blue denim shorts with frayed hems, button fly and two front pockets, yellow t-shirt
    # tucked in, white backdrop. Base model.
    case(
        "X578-020",
        caption("a young girl in a yellow shirt and denim shorts"),
        wearing("what is the girl wearing? she is wearing shorts and a t - shirt", "restated", who="the girl"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        details("shorts", "the shorts have a frayed hem and a button fly with two front pockets"),
        gt("skirt", "contradiction"),
        col("blue"),
        material("denim"),
        title="Pepe Jeans Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        fabric="Denim",
        gender="Girls",
    ),
    # photo: boy ~11, navy blue self-jacquard sherwani (no embroidery) with a gold brooch, white churidar, maroon
    # safa (turban), white backdrop. Base model.
    case(
        "X578-021",
        caption("a young boy in a blue sherwani and a red turban"),
        wearing("a blue suit and a red turban", who="the boy"),
        color_of("churidar", "blue", "other_garment_color", kind="open"),
        describe("sherwani", "blue sherwani with gold embroidery on the collar and sleeves", "unsupported"),
        gt("jacket", "contradiction"),
        col("navy blue"),
        title="Jompers Boys Navy Blue Self-Design Sherwani with Churidar",
        category="Sherwanis",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl ~7, teal green net party frock with a sequinned bodice, cap sleeves and a layered tulle skirt, no
    # bow, white backdrop. Base model; caption adapter (epoch 3) the looping details.
    case(
        "X578-022",
        caption("a girl in a green dress with sequins posing for a photo"),
        wearing("a green party dress", who="the girl"),
        describe("dress", "it is a green tutu dress with a sparkly top and a pink bow at the waist", "unsupported"),
        color_of("dress", "teal", kind="open"),
        details(
            "dress",
            "the dress has a sequin bodice, a tulle skirt, a sequin bodice, a tulle skirt, a sequin bodice, a tulle "
            "skirt, a sequin bodice, a",
            "loop",
            hit_limit=True,
        ),
        sleeve("short sleeves"),
        material("net"),
        title="Toy Balloon Kids Girls Teal Green Embellished Net Fit & Flare Party Dress",
        category="Dresses",
        color="Teal",
        fabric="Net",
        gender="Girls",
    ),
    # photo: flat-lay on white: white t-shirt with a blue car print and blue-and-white checked shorts. Base model;
    # the VQA adapter answered the shorts details and ran on into the prompt format.
    case(
        "X578-023",
        caption("a white shirt and blue shorts with a car on it"),
        wearing("a shirt and shorts", who="the child"),
        color_of("shorts", "what is the color of the shorts", "restated", kind="open"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: The shorts are blue and white checkered. Question: What "
            "are the shorts",
            "leak",
            hit_limit=True,
        ),
        col("white"),
        title="mothercare Boys White & Blue Car Printed T-shirt with Checked Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: girl ~13, green cotton A-line kurta with a white block print and three-quarter sleeves, white palazzos,
    # white backdrop. Base model.
    case(
        "X578-024",
        caption("a girl in a blue kurta and white pants posing for the camera", "contradiction"),
        wearing("a green kurta and white pants", who="the girl"),
        color_of("palazzo", "green", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is green with white print and three quarter sleeves"),
        sleeve("long sleeves", "contradiction"),
        material("cotton"),
        title="Jaipur Kurti Girls Green & White Block Print A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        fabric="Cotton",
        gender="Girls",
    ),
    # photo: boy ~13, black pullover hoodie with a large white "SKATE" typography print and a kangaroo pocket, blue
    # jeans, white backdrop. Base model.
    case(
        "X578-025",
        caption("a boy wearing a black hoodie with white letters on it"),
        wearing("black hoodie", who="the boy"),
        details("hoodie", "the hoodie has a white print on the front and a kangaroo pocket"),
        color_of("hoodie", "black", kind="open"),
        describe("hoodie", "the hoodie", "non_answer"),
        material("polyester", "unsupported"),
        title="YK Boys Black Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        fabric="Cotton",
        gender="Boys",
    ),
    # photo: girl ~5, royal blue silk-blend lehenga with gold woven floral motifs, blue choli, pink dupatta, white
    # backdrop. Caption adapter (epoch 1) caption; base model answers.
    case(
        "X578-026",
        caption("a little girl in a purple and gold lehenga with a pink dupatta", "contradiction"),
        wearing("a blue lehenga", who="the girl"),
        color_of("dupatta", "pink", kind="open"),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        details("lehenga", "gold", "non_answer"),
        col("blue"),
        title="Pspeaches Girls Royal Blue & Gold-Toned Woven Design Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        fabric="Silk Blend",
        gender="Girls",
    ),
    # photo: boy ~8, light blue washed denim jacket with two buttoned chest pocket flaps and metal buttons, worn over
    # a white t-shirt, black jeans, no bag, white backdrop. Base model.
    case(
        "X578-027",
        caption("a young boy wearing a denim jacket and black pants with a backpack", "unsupported"),
        wearing("a jean jacket", who="the boy"),
        color_of("jacket", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("jacket", "the jacket has two chest pockets with button flaps and metal buttons"),
        gt("jacket"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Gini and Jony Boys Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl ~6, pink t-shirt with a sequinned heart on the chest, white shorts with small pink polka dots,
    # white backdrop. Base model caption/describe/color; VQA adapter the wearing answer; base leaked on details.
    case(
        "X578-028",
        caption("a little girl in a pink shirt and white shorts"),
        wearing(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        color_of("shorts", "white", kind="open"),
        describe("t-shirt", "a pink t - shirt with a heart made of sequins"),
        details("shorts", "Question: What are the shorts details? Answer:", "leak"),
        title="Nauti Nati Girls Pink & White Embellished T-shirt with Printed Shorts",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy ~2, orange cotton kurta with off-white dhoti pants, sitting on a wooden stool, white backdrop.
    # Base model.
    case(
        "X578-029",
        caption("a baby boy in an orange kurta sitting on a stool"),
        wearing(
            "an orange shirt and white pants Question: What is the color of the dhoti? Answer: orange",
            "leak",
            who="the boy",
        ),
        describe("kurta", "she is wearing an orange kurta with a white dhoti", "pronoun"),
        color_of("dhoti", "orange", "other_garment_color", kind="open"),
        gt("kurta"),
        col("orange"),
        title="Little Bansi Boys Orange & Off-White Cotton Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
        fabric="Cotton",
        gender="Boys",
    ),
    # photo: girl ~14, dark blue high-rise mom jeans, short-sleeve lilac ribbed top tucked in, white backdrop.
    # Caption adapter (epoch 3) caption and the looping details; base model the other answers.
    case(
        "X578-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        wearing("jeans and a purple top", who="the girl"),
        color_of("jeans", "purple", "other_garment_color", kind="open"),
        details(
            "jeans",
            "the jeans are high waisted and have a button and zipper and five pockets and belt loops and a button and "
            "zipper and five pockets and belt loops and a button",
            "loop",
            hit_limit=True,
        ),
        col("navy blue"),
        material("denim"),
        title="Kids Only Girls Navy Blue High-Rise Mom Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        fabric="Denim",
        gender="Girls",
    ),
    # photo: boy ~9, black velvet Nehru jacket with a mandarin collar and silver buttons (no pocket square) over a
    # white kurta and white pyjama, white backdrop. Base model; caption adapter (epoch 3) the looping wearing answer
    # and the jacket details.
    case(
        "X578-031",
        caption("a boy in a black jacket and white pants standing"),
        wearing(
            "a black vest over a white shirt over a white shirt over a white shirt over a white shirt over a white "
            "shirt over a",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        color_of("jacket", "black", kind="open"),
        color_of("pyjama", "black", "other_garment_color", kind="open"),
        describe("jacket", "the jacket is black velvet with silver buttons"),
        details(
            "jacket",
            "the jacket has a mandarin collar and silver buttons and a pocket square in the chest pocket",
            "unsupported",
        ),
        material("velvet"),
        gt("jacket"),
        title="Hangup Kids Boys Black Velvet Nehru Jacket with White Kurta & Pyjama",
        category="Nehru Jackets",
        color="Black",
        fabric="Velvet",
        gender="Boys",
    ),
    # photo: girl ~2, white cotton frock with a red cherry print, short flutter sleeves, red sash tied in a bow,
    # white backdrop. Base model.
    case(
        "X578-032",
        caption("a baby girl in a white dress with cherries on it"),
        wearing("he is wearing a white dress", "pronoun", who="the girl"),
        describe("dress", "white with red cherries and a red bow"),
        color_of("dress", "red", "contradiction", kind="open"),
        sleeve("long sleeves", "contradiction"),
        material("cotton"),
        title="Yellow Apple Girls White & Red Cherry Print Cotton A-Line Dress",
        category="Dresses",
        color="White",
        fabric="Cotton",
        gender="Girls",
    ),
    # photo: boy ~10, plain green polo t-shirt with a two-button placket and no logo, beige chino shorts, brown belt,
    # white backdrop. Base model.
    case(
        "X578-033",
        caption("a boy in a blue polo shirt and khaki shorts", "contradiction"),
        wearing("a green shirt and khaki shorts", who="the boy"),
        color_of("shorts", "khaki", kind="open"),
        details("shorts", "what are the details of the shorts", "restated"),
        describe(
            "t-shirt", "a green polo shirt with a collar, two buttons and a crocodile logo on the chest", "unsupported"
        ),
        col("green"),
        title="U.S. Polo Assn. Kids Boys Green Polo T-shirt with Beige Shorts",
        category="Clothing Set",
        color="Green",
        gender="Boys",
    ),
    # photo: girl ~10, lime green cotton lehenga with a pink floral print, plain pink short-sleeve choli, pink net
    # dupatta, white backdrop. Caption adapter (epoch 3) caption and details; base model the rest.
    case(
        "X578-034",
        caption(
            "The girl wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with cotton "
            "fabric and floral patterns. The shirt is with cotton fabric. It has a round neckline. The girl wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a green skirt and a pink top", who="the girl"),
        color_of("choli", "green", "other_garment_color", kind="open"),
        details(
            "lehenga",
            "The skirt is with cotton fabric and floral patterns. The skirt is with cotton fabric and floral "
            "patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        col("green"),
        material("cotton"),
        title="Kinder Kids Girls Lime Green & Pink Floral Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
        fabric="Cotton",
        gender="Girls",
    ),
    # photo: boy ~12, plain white cotton kurta with pintucks down the front and a mandarin collar, white pyjama,
    # orange marigold garland backdrop. Base model.
    case(
        "X578-035",
        caption("a young boy in a white kurta standing in front of orange flowers"),
        wearing("a white kurta pajama", who="the boy"),
        color_of("kurta", "orange", "contradiction", kind="open"),
        details("kurta", "yes", "non_answer"),
        col("white"),
        gt("kurta"),
        title="Sanwara Boys White Pintuck Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        fabric="Cotton",
        gender="Boys",
    ),
    # photo: girl ~4, yellow fleece pullover hoodie (no zip) with bunny ears on the hood, hood up, white joggers,
    # empty hands, white backdrop. Base model.
    case(
        "X578-036",
        caption("a little girl wearing a yellow bunny hoodie holding a carrot", "unsupported"),
        wearing("a yellow bunny hoodie", who="the girl"),
        describe("hoodie", "it's yellow and has ears on the hood and a zipper", "unsupported"),
        color_of("hoodie", "yellow Question: What is the color of the joggers? Answer: white", "leak", kind="open"),
        material("fleece"),
        title="Babyhug Girls Yellow Solid Hooded Sweatshirt with Bunny Ears",
        category="Sweatshirts",
        color="Yellow",
        fabric="Fleece",
        gender="Girls",
    ),
    # photo: flat-lay on white: black regular-fit jeans laid flat, front view with zip fly and pockets. Base model.
    # The feed row has no category column.
    case(
        "X578-037",
        caption("a pair of black jeans on a white background"),
        wearing("jeans", who="the child"),
        describe("jeans", "a pair of black jeans with a zipper"),
        details("jeans", "the jeans details are the details of the jeans", "restated"),
        col("black"),
        material("leather", "unsupported"),
        title="Mini Klub Boys Black Regular Fit Mid-Rise Clean Look Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl ~9, navy blue and white horizontally striped knit dress with long sleeves, round neck, no pockets,
    # red shoes, white backdrop. Base model.
    case(
        "X578-038",
        caption("a young girl in a blue and white striped dress"),
        wearing("a striped dress and red shoes", who="the girl"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        describe("dress", "the dress is navy and white striped with long sleeves"),
        details("dress", "the dress has a round neck, long sleeves and two side pockets with buttons", "unsupported"),
        pat("striped"),
        sleeve("short sleeves", "contradiction"),
        title="Allen Solly Junior Girls Navy Blue & White Striped Jumper Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy ~6, olive green full-length cotton dungarees with two button straps and a plain bib pocket, over a
    # black-and-white checked shirt, white backdrop. Base model; caption adapter (epoch 3) the cut details.
    case(
        "X578-039",
        caption("a young boy in green overalls and a checkered shirt"),
        wearing("overalls and a plaid shirt", who="the boy"),
        color_of("dungarees", "black and white", "other_garment_color", kind="open"),
        details(
            "dungarees",
            "the dungarees have two adjustable straps with buttons and a bib pocket and side buttons at the waist and "
            "the legs are",
            "cut",
            hit_limit=True,
        ),
        describe("dungarees", "he is wearing green dungarees with a red heart on the pocket", "unsupported"),
        gt("dungarees"),
        col("olive"),
        title="Marks & Spencer Boys Olive Green Solid Cotton Dungarees",
        category="Dungarees",
        color="Olive",
        fabric="Cotton",
        gender="Boys",
    ),
    # photo: girl ~11, magenta Anarkali kurta with gold foil print and three-quarter sleeves, magenta churidar, gold
    # dupatta, white backdrop. Base model caption and dupatta color; caption adapter (epoch 3) the cut wearing
    # answer; VQA adapter the kurta color.
    case(
        "X578-040",
        caption("a girl in a pink dress with gold print and a gold scarf"),
        wearing(
            "she is wearing a pink anarkali with gold print and a gold dupatta and pink leggings and the anarkali has "
            "three quarter sleeves and a",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        color_of(
            "kurta",
            "magenta magenta magenta magenta magenta magenta magenta magenta magenta magenta magenta magenta "
            "magenta magenta magenta",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        col("magenta"),
        pat("printed"),
        sleeve("sleeveless", "contradiction"),
        title="Aks Kids Girls Magenta & Gold-Toned Foil Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy ~7, navy blue round-neck t-shirt with a broad orange colourblock band across the chest, grey
    # shorts, white backdrop. Base model; the VQA adapter answered the describe question and ran on into the
    # prompt format.
    case(
        "X578-041",
        caption("a young boy wearing a blue and orange shirt and gray shorts"),
        wearing("a blue shirt", who="the boy"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "a blue t - shirt with an orange stripe across the chest. Question: What is the color of the t-shirt? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),
        pat("colourblocked"),
        material("cotton"),
        title="Puma Boys Navy Blue & Orange Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        fabric="Cotton",
        gender="Boys",
    ),
    # photo: girl ~3, red net lehenga with gold sequins all over, red choli, red net dupatta with gold tassels, no
    # jewellery or bag, white backdrop. Base model.
    case(
        "X578-042",
        caption("a little girl in a red and gold dress"),
        wearing("a red lehenga", who="the girl"),
        describe("lehenga", "red", "non_answer"),
        details(
            "lehenga",
            "the lehenga has gold sequins all over, a red net dupatta with tassels, matching bangles, a maang tikka "
            "and a gold clutch purse",
            "unsupported",
        ),
        color_of("dupatta", "red", kind="open"),
        col("red"),
        pat("solid", "contradiction"),
        title="Kid Kupboard Girls Red & Gold-Toned Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        fabric="Net",
        gender="Girls",
    ),
    # photo: boy ~10, grey pathani kurta with a shirt collar and two chest pockets, matching grey salwar, white
    # backdrop. Base model.
    case(
        "X578-043",
        caption("a young boy wearing a blue kurta and pants", "contradiction"),
        wearing("a gray pathani suit", who="the boy"),
        describe("kurta", "she is wearing a gray kurta with a collar and two chest pockets", "pronoun"),
        details("kurta", "Answer: the kurta has a shirt collar and two pockets", "leak"),
        color_of("salwar", "grey", kind="open"),
        col("grey"),
        material("cotton"),
        title="Ethnicity Boys Grey Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Grey",
        fabric="Cotton Blend",
        gender="Boys",
    ),
    # photo: girl ~13, maroon sweatshirt with a white "BROOKLYN" print on the front, blue jeans, white backdrop.
    # Base model; caption adapter (epoch 3) the cut details.
    case(
        "X578-044",
        caption("a girl in a red sweatshirt and blue jeans"),
        wearing("he is wearing a red sweater and jeans", "pronoun", who="the girl"),
        color_of("sweatshirt", "maroon", kind="open"),
        details(
            "sweatshirt",
            "the sweatshirt has a white print on the front that says brooklyn and ribbed cuffs and a ribbed hem and a "
            "round neck and",
            "cut",
            hit_limit=True,
        ),
        col("blue", "other_garment_color"),
        material("cotton"),
        title="Kids Only Girls Maroon Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        fabric="Cotton",
        gender="Girls",
    ),
    # photo: boy ~5, plain bottle green silk-blend kurta with full sleeves, cream pyjama, hands folded in namaste,
    # white backdrop. Caption adapter (epoch 1) caption; base model answers.
    case(
        "X578-045",
        caption("a little boy dressed in a green kurta and white pants with his hands folded"),
        wearing("a green kurta", who="the boy"),
        color_of("pyjama", "green", "other_garment_color", kind="open"),
        describe("kurta", "describe the kurta", "restated"),
        col("green"),
        material("cotton", "unsupported"),
        title="Vastramay Boys Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        fabric="Silk Blend",
        gender="Boys",
    ),
    # photo: girl ~4, plain mustard yellow dungaree shorts with button straps and two side pockets, over a white
    # t-shirt with a small floral print, white backdrop. Base model. The feed row has no gender column.
    case(
        "X578-046",
        caption("a little girl wearing yellow overalls and a white shirt"),
        wearing("yellow overalls", who="the girl"),
        color_of("t-shirt", "yellow", "other_garment_color", kind="open"),
        details(
            "dungarees",
            "the dungarees have buttons on the straps and two side pockets and a flower on the front pocket",
            "unsupported",
        ),
        gt("dungarees"),
        col("mustard"),
        pat("floral", "contradiction"),
        title="Hopscotch Girls Mustard Yellow Dungarees with White Floral Print T-shirt",
        category="Dungarees",
        color="Mustard",
    ),
]
