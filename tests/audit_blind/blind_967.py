"""BLIND_967 (46 products; Myntra women's dresses/jumpsuits, base zero-shot): written blind in the fifty-eighth session.
Measured blind at 041ab2e (the session's first rules): 103/141 failures found (73.0%) and 5/206 correct texts flagged
(2.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's dresses and jumpsuits (maxi, midi, bodycon, wrap, shirt, sweater, pinafore,
kaftan dresses; culotte, utility, halter, printed and denim jumpsuits). Mostly studio shots on a white backdrop, some
on grey, pink or beige backdrops, some outdoors (garden, brick wall, beach, field), one back view, one seated, one
flat lay with no model. Many outfits are layered: a denim or leather jacket, a blazer, a cardigan or shrug, a tee
under dungarees, a shirt under a pinafore, tights or leggings, belts, bags and hats.

Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. Captions and open
answers are free generation (50 / 30 new tokens); closed answers (garment type, color, pattern, sleeve length,
"Is this a ...?", the color of a named garment) come from enrich's reference engine, which picks one candidate.
The base model answers short and usually stops; it sometimes runs on into another "Question: ... Answer:" turn,
echoes the question, answers an open question with one word or "yes", says "he" for women, gives the dress the
color of the jacket, belt, bag or backdrop, calls a shirt dress "a shirt" and a jumpsuit "a dress", and invents
zippers, pockets, collars, slits and fabrics. Loops and cuts at the token limit are rarer than with the adapters.

Labeling conventions and judgement calls:
- Colors are judged by the coarse groups of the real-photos README: maroon for red, navy or teal for blue, peach for
  pink, khaki for beige, mustard for yellow are correct; charcoal read as black is a contradiction.
- A print on a ground: the ground color is the garment's color; naming a motif's color (the red roses on a black
  dress) is a contradiction. Two colors in equal share (stripes, tie-dye) or a "Multi" print: either main color is
  correct.
- A color that belongs to another worn item (jacket, cardigan, shrug, tee, shirt, tights, leggings, boots, belt,
  bag, hat) given to the product, or the product's color given to that item, is other_garment_color. The color of a
  backdrop (brick wall, plants, grass, grey or pink studio paper) or of the product's own trim is a contradiction.
- A sleeve length that belongs to the layer worn over or under the product (sleeveless dress under a jacket or
  cardigan) is a contradiction. "Shirt", "sweater" or "dress" for a shirt dress, sweater dress or jumpsuit is a
  contradiction of the seller's category; "romper" or "overalls" for a jumpsuit/dungaree jumpsuit is accepted.
- Material: a fabric named in the title, or plainly visible (denim, velvet, lace, sequins, corduroy, ribbed knit),
  is correct; a fiber the photo cannot show and the title does not name (cotton, polyester, spandex, wool) is
  unsupported; a fabric that contradicts the title (silk for satin) is a contradiction; another layer's material
  (leather of the jacket, crochet of the shrug) given to the product is unsupported.
- Details that the view cannot show (a back zipper in a front shot, the front neckline in a back view) or that are
  not there (collar, belt, pockets, hat) are unsupported.
- A one-word answer, "yes", or only the garment's name, to an open question is a non_answer; an answer that echoes
  the question (with or without a vague tail) is restated. An answer that also answers correctly after echoing the
  question is still restated.
- A run-on into a new "Question: ... Answer:" turn is a leak even when the first words are right. A text that runs
  to the token limit repeating a phrase is a loop; one that stops mid-phrase at the limit without repeating is cut.
- "he" / "his" for these women's products is a pronoun failure; a flat lay with no person answered as a dress is
  accepted.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

gt = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
slv = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material

BLIND_967 = [
    # photo: black sleeveless bodycon midi dress, black strappy heels, white backdrop, front view; all texts base model
    case(
        "X967-001",
        caption("a woman in a black dress standing in front of a white wall"),
        wearing("a black dress Question: what color are her shoes? Answer: black", "leak"),
        gt("dress"),
        col("black"),
        slv("long sleeves", "contradiction"),
        describe("dress", "it is a tight black dress with a zipper on the back", "unsupported"),
        mat("cotton", "unsupported"),
        details("dress", "black", "non_answer"),
        title="Berrylush Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy maxi dress with white and pink flowers, V-neck, short flutter sleeves, tan sandals, white backdrop;
    # all texts base model
    case(
        "X967-002",
        caption("a woman wearing a purple floral dress and sandals", "contradiction"),
        wearing("a long floral dress"),
        col("blue"),
        pat("floral"),
        slv("short sleeves"),
        color_of("dress", "blue Question: what is the pattern of the dress? Answer: floral", "leak", kind="open"),
        details("dress", "the dress has a v neck and a flower print"),
        describe("dress", "a long blue dress with pink flowers and a white collar", "unsupported"),
        title="SASSAFRAS Women Navy Blue Floral Printed Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: emerald green satin wrap midi dress, long sleeves, tie at the waist, white backdrop; all texts base model
    case(
        "X967-003",
        caption("a woman in a green dress with a belt"),
        wearing("what is the person wearing? she is wearing a green wrap dress", "restated"),
        col("green"),
        mat("satin"),
        slv("long sleeves"),
        describe("dress", "a green dress", "non_answer"),
        details("dress", "he is wearing a green dress with a tie at the waist", "pronoun"),
        is_a("jumpsuit", "no"),
        title="Tokyo Talkies Women Green Satin Wrap Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: olive green cotton shirt dress, long sleeves rolled to the elbow, self-fabric belt, two flap chest
    # pockets, knee length, white sneakers, white backdrop; all texts base model
    case(
        "X967-004",
        caption("a woman in a green shirt dress and white sneakers"),
        wearing("a green shirt and white shoes", "contradiction"),
        gt("shirt", "contradiction"),
        col("green"),
        slv("long sleeves"),
        color_of("belt", "green"),
        details("dress", "the dress has buttons down the front, a collar and two pockets on the chest"),
        mat("cotton"),
        title="Roadster Women Olive Green Solid Cotton Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon sleeveless wide-leg jumpsuit with a tie belt, nude heels, white backdrop; all texts base model
    case(
        "X967-005",
        caption("a woman in a red jumpsuit posing for a picture"),
        gt("jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        col("maroon"),
        wearing("a maroon dress", "contradiction"),
        describe(
            "jumpsuit",
            "a maroon jumpsuit with wide legs and a belt that ties at the waist and a pair of nude heels on her",
            "cut",
            hit_limit=True,
        ),
        pat("solid"),
        mat("polyester", "unsupported"),
        title="Harpa Women Maroon Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: white strappy A-line midi dress with small yellow flowers, light blue denim jacket worn open over it,
    # white backdrop, front view; all texts base model
    case(
        "X967-006",
        caption("a woman wearing a denim jacket and a white dress"),
        col("blue", "other_garment_color"),
        color_of("jacket", "blue"),
        pat("floral"),
        wearing("a white dress and a blue jacket"),
        slv("long sleeves", "contradiction"),
        details("dress", "the dress has a sweetheart neckline and a slit at the back", "unsupported"),
        title="HERE&NOW Women White Floral Print A-Line Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: red sequinned one-shoulder sleeveless bodycon mini dress, grey backdrop; all texts base model
    case(
        "X967-007",
        caption("a woman in a red sequin dress on a grey background"),
        wearing("a red dress"),
        col("red"),
        slv("sleeveless"),
        describe(
            "dress",
            "a red dress with a red dress with a red dress with a red dress with a red dress with a red dress with a",
            "loop",
            hit_limit=True,
        ),
        mat("sequins"),
        is_a("jumpsuit", "yes", "contradiction"),
        details("dress", "Question: What are the dress details? Answer: the dress is red", "leak"),
        title="Berrylush Women Red Sequinned Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: blue and white vertical striped shirt dress, long sleeves, tie belt, no pockets, knee length, white
    # backdrop; all texts base model
    case(
        "X967-008",
        caption("a woman in a blue and white striped shirt dress"),
        pat("striped"),
        col("blue"),
        gt("dress"),
        wearing("a blue and white striped shirt", "contradiction"),
        details(
            "dress",
            "the dress has a collar and buttons Question: What is the color of the dress? Answer: blue and white",
            "leak",
        ),
        describe(
            "dress", "it is a blue and white striped dress with long sleeves and a pocket on the chest", "unsupported"
        ),
        is_a("jumpsuit", "no"),
        title="Mast & Harbour Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: light blue denim dungaree jumpsuit (sleeveless, bib with straps, two front pockets) over a white
    # short-sleeved t-shirt, white backdrop; all texts base model
    case(
        "X967-009",
        caption("a woman in overalls and a white t-shirt"),
        wearing("he is wearing overalls", "pronoun"),
        col("white", "other_garment_color"),
        color_of("t-shirt", "blue", "other_garment_color"),
        mat("denim"),
        gt("jumpsuit"),
        slv("short sleeves", "contradiction"),
        details("jumpsuit", "the jumpsuit has two pockets on the front and straps"),
        title="Roadster Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard yellow tiered maxi dress, smocked bodice, short puff sleeves, no pockets, outdoors in a garden
    # with green plants behind; all texts base model
    case(
        "X967-010",
        caption("a woman in a yellow dress standing in a garden"),
        col("yellow"),
        color_of("dress", "green", "contradiction", kind="open"),
        wearing("a yellow dress"),
        slv("short sleeves"),
        mat("rayon", "unsupported"),
        describe("dress", "a long yellow dress with ruffles"),
        details(
            "dress",
            "the dress has a ruffled hem, puff sleeves and a smocked bodice with a pocket on each side of the"
            " skirt and",
            "cut",
            hit_limit=True,
        ),
        title="KASSUALLY Women Mustard Yellow Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink ruched long-sleeved bodycon midi dress, white backdrop; all texts base model
    case(
        "X967-011",
        caption("a woman in a pink dress posing"),
        wearing("he is wearing a pink dress", "pronoun"),
        col("pink"),
        slv("long sleeves"),
        pat("solid"),
        details("dress", "the dress has long sleeves, ruching on the sides and a slit in the front", "unsupported"),
        describe("dress", "pink", "non_answer"),
        mat("spandex", "unsupported"),
        title="Trend Arrest Women Pink Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: rust orange kaftan maxi dress with black ethnic block print, batwing sleeves, tassel tie at the neck,
    # no hat, beige backdrop; all texts base model
    case(
        "X967-012",
        caption("a woman in an orange dress with a pattern"),
        col("orange"),
        pat("printed"),
        gt("dress"),
        describe("dress", "an orange dress with black designs and a tassel tie at the neck"),
        details("dress", "the dress details are the details of the dress", "restated"),
        wearing("a long orange dress and a brown hat", "unsupported"),
        is_a("kaftan", "yes"),
        title="Ishin Women Rust Orange Ethnic Motifs Printed Kaftan Maxi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: black wrap midi dress with white polka dots, short sleeves, model holding a red handbag, white backdrop;
    # all texts base model
    case(
        "X967-013",
        caption("a woman in a black and white polka dot dress holding a red purse"),
        col("red", "other_garment_color"),
        pat("polka dot"),
        slv("short sleeves"),
        mat("crepe", "unsupported"),
        wearing("a red and black polka dot dress", "other_garment_color"),
        describe("dress", "the dress is a wrap dress with polka dots"),
        details("dress", "black and white Question: what is the woman holding? Answer: a red purse", "leak"),
        title="Dressberry Women Black & White Polka Dot Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white linen wide-leg jumpsuit, short sleeves, tan leather belt, white backdrop; all texts base model
    case(
        "X967-014",
        caption("a woman in a white jumpsuit with a brown belt"),
        col("white"),
        color_of("jumpsuit", "brown", "other_garment_color", kind="open"),
        mat("linen"),
        slv("short sleeves"),
        gt("jumpsuit"),
        wearing("a white shirt and white pants", "contradiction"),
        describe("jumpsuit", "white", "non_answer"),
        title="AND Women White Solid Linen Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: lavender satin slip midi dress with spaghetti straps, white cropped cardigan worn open over it, white
    # backdrop; all texts base model
    case(
        "X967-015",
        caption("a woman in a purple dress and white cardigan"),
        col("white", "other_garment_color"),
        color_of("cardigan", "white"),
        wearing("a purple dress and a white sweater"),
        slv("long sleeves", "contradiction"),
        mat("satin"),
        describe("dress", "he is wearing a purple slip dress under a white cardigan", "pronoun"),
        details("dress", "the dress has a v-neck and spaghetti straps"),
        title="Vero Moda Women Lavender Satin Slip Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: back view of a red backless maxi dress with criss-cross straps, white backdrop; all texts base model
    case(
        "X967-016",
        caption("the back of a woman in a red dress"),
        wearing("a red dress Question: is the dress long? Answer: yes", "leak"),
        col("red"),
        describe(
            "dress",
            "a long red dress with a low back and a low back and a low back and a low back and a low back and a",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress has a v neck and a slit on the side", "unsupported"),
        is_a("dress", "yes"),
        slv("sleeveless"),
        title="Athena Women Red Solid Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black and white horizontal striped short-sleeved bodycon t-shirt dress, white sneakers, white backdrop;
    # all texts base model
    case(
        "X967-017",
        caption("a woman in a black and white striped dress"),
        pat("striped"),
        col("white"),
        wearing("a striped shirt and white sneakers", "contradiction"),
        gt("dress"),
        describe(
            "dress",
            "a striped dress a striped dress a striped dress a striped dress a striped dress a striped dress a",
            "loop",
            hit_limit=True,
        ),
        slv("short sleeves"),
        title="Roadster Women Black & White Striped Bodycon T-shirt Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: teal fit and flare dress with a white floral print, three-quarter sleeves, round neck, knee length,
    # white backdrop; all texts base model
    case(
        "X967-018",
        caption("a woman in a blue floral dress"),
        col("blue"),
        slv("three-quarter sleeves"),
        pat("striped", "contradiction"),
        wearing("a blue and white flowered dress"),
        describe("dress", "the dress is made of chiffon and has a lining", "unsupported"),
        details("dress", "what are the dress details?", "restated"),
        title="Sera Women Teal Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: black jumpsuit with a white abstract geometric print, V-neck, long sleeves, tapered legs, no zipper
    # visible, grey backdrop; all texts base model
    case(
        "X967-019",
        caption("a woman in a black and white jumpsuit standing on a gray background"),
        gt("jumpsuit"),
        pat("printed"),
        col("grey", "contradiction"),
        wearing("what is the person wearing? a black and white printed jumpsuit", "restated"),
        slv("long sleeves"),
        details("jumpsuit", "the jumpsuit has a v neck, long sleeves and a belt", "unsupported"),
        describe("jumpsuit", "it is a black jumpsuit with white leaves on it and a zipper on the side", "unsupported"),
        title="StyleStone Women Black & White Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: dark navy denim shirt dress, short sleeves, snap buttons, brown belt, outdoors before a red brick wall;
    # all texts base model
    case(
        "X967-020",
        caption("a woman in a denim dress standing in front of a brick wall"),
        col("navy blue"),
        color_of("dress", "red", "contradiction", kind="open"),
        mat("denim"),
        slv("long sleeves", "contradiction"),
        gt("dress"),
        wearing("she is wearing a denim shirt dress and a brown belt"),
        details(
            "dress",
            "the dress has buttons, a collar and short sleeves, and the belt is made of leather",
            "unsupported",
        ),
        title="Tokyo Talkies Women Navy Blue Denim Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white halter maxi dress with blue tie-dye, sunglasses pushed up on the head, no belt, on a beach with
    # sand and sea; all texts base model
    case(
        "X967-021",
        caption("a woman in a white and blue dress on the beach"),
        col("blue"),
        pat("printed"),
        wearing("a black dress and sunglasses", "other_garment_color"),
        slv("sleeveless"),
        describe("dress", "a dress", "non_answer"),
        details("dress", "the dress has a halter neck and a belt around the waist", "unsupported"),
        is_a("dress", "yes"),
        title="FabAlley Women White & Blue Tie-Dye Halter Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: olive utility jumpsuit, long sleeves, button front, drawstring waist, patch pockets, black ankle boots,
    # white backdrop; all texts base model
    case(
        "X967-022",
        caption("a woman in a green jumpsuit and black boots"),
        col("black", "other_garment_color"),
        gt("jumpsuit"),
        color_of("boots", "green", "other_garment_color"),
        wearing("a green jumpsuit"),
        describe(
            "jumpsuit", "the jumpsuit is green with pockets and buttons on the front and a drawstring at the waist"
        ),
        details("jumpsuit", "he has a green jumpsuit with pockets", "pronoun"),
        slv("long sleeves"),
        title="Roadster Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: burgundy velvet sheath dress, long sleeves, square neck, model seated on a wooden chair, white backdrop;
    # all texts base model
    case(
        "X967-023",
        caption("a woman in a red velvet dress sitting on a chair"),
        col("burgundy"),
        mat("velvet"),
        slv("long sleeves"),
        wearing("a dress"),
        describe("dress", "a long-sleeved dress with a square neckline"),
        details("dress", "yes", "non_answer"),
        is_a("jumpsuit", "yes", "contradiction"),
        title="Zima Leto Women Burgundy Velvet Sheath Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white strapless bodycon mini dress with a black blazer draped over the shoulders, white backdrop; all
    # texts base model
    case(
        "X967-024",
        caption("a woman in a white dress and a black blazer"),
        col("black", "other_garment_color"),
        color_of("blazer", "white", "other_garment_color"),
        wearing("a black jacket and a white dress"),
        slv("long sleeves", "contradiction"),
        gt("dress"),
        pat("solid"),
        title="Berrylush Women White Solid Bodycon Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: peach georgette wrap maxi dress with a green leaf and pink flower print, short ruffled sleeves, slit on
    # the left leg, white backdrop; all texts base model
    case(
        "X967-025",
        caption("a woman in a pink floral dress"),
        col("green", "contradiction"),
        pat("floral"),
        slv("long sleeves", "contradiction"),
        wearing("a long dress with flowers on it"),
        describe("dress", "Question: Describe the dress. Answer: a long pink dress with flowers", "leak"),
        details("dress", "the dress has a wrap front, short ruffled sleeves and a slit on the left leg"),
        mat("georgette"),
        title="Anouk Women Peach-Coloured Floral Print Georgette Wrap Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: mustard sleeveless culotte jumpsuit, square neck, white sneakers, white backdrop; the feed row has no
    # color; all texts base model
    case(
        "X967-026",
        caption("a woman in a yellow jumpsuit and white sneakers"),
        col("yellow"),
        wearing("a yellow romper"),
        gt("jumpsuit"),
        describe(
            "jumpsuit",
            "a yellow jumpsuit with a yellow jumpsuit with a yellow jumpsuit with a yellow jumpsuit with a yellow",
            "loop",
            hit_limit=True,
        ),
        slv("short sleeves", "contradiction"),
        mat("cotton", "unsupported"),
        title="Mast & Harbour Women Mustard Yellow Solid Culotte Jumpsuit",
        category="Jumpsuit",
        gender="Women",
    ),
    # photo: red and black buffalo check shirt dress, long sleeves, two chest pockets, no belt, worn over black
    # leggings, white backdrop; all texts base model
    case(
        "X967-027",
        caption("a woman in a red and black plaid shirt and black leggings", "contradiction"),
        col("red"),
        pat("checked"),
        color_of("leggings", "red", "other_garment_color"),
        wearing("a plaid dress and black leggings"),
        details("dress", "the dress has a collar, buttons, two pockets and a belt", "unsupported"),
        slv("long sleeves"),
        title="Roadster Women Red & Black Checked Shirt Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: flat lay, no model: blue A-line sundress with small white daisies and spaghetti straps on a white
    # background; all texts base model
    case(
        "X967-028",
        caption("a blue dress with white flowers on a white background"),
        wearing("a blue dress"),
        col("blue"),
        pat("floral"),
        describe(
            "dress", "the dress is blue with small white flowers, thin straps and pockets on the sides", "unsupported"
        ),
        details("dress", "blue", "non_answer"),
        slv("sleeveless"),
        title="SASSAFRAS Women Blue Floral Printed A-Line Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: sea green pleated A-line midi dress, half sleeves, self-fabric belt without buckle, model holding a white
    # clutch, white backdrop, front view; all texts base model
    case(
        "X967-029",
        caption("a woman in a light green dress holding a white purse"),
        col("white", "other_garment_color"),
        wearing("a green dress with a belt"),
        pat("striped", "contradiction"),
        slv("short sleeves"),
        describe("dress", "a green pleated dress"),
        details(
            "dress", "the dress has pleats and a belt with a gold buckle and pearl buttons on the back", "unsupported"
        ),
        title="Dressberry Women Sea Green Solid Pleated A-Line Midi Dress",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: royal blue off-shoulder bodycon midi dress with long sleeves, white backdrop; all texts base model
    case(
        "X967-030",
        caption("a woman in a blue off the shoulder dress"),
        wearing("a blue dress"),
        col("blue"),
        slv("sleeveless", "contradiction"),
        describe("dress", "it is a blue dress"),
        details(
            "dress",
            "the dress is off the shoulder and the sleeves are long and the dress is tight and it goes down to the",
            "cut",
            hit_limit=True,
        ),
        mat("polyester", "unsupported"),
        title="U&F Women Blue Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black halter-neck wide-leg jumpsuit, gold earrings, grey backdrop; all texts base model
    case(
        "X967-031",
        caption("a woman in a black jumpsuit with gold earrings"),
        col("black"),
        gt("dress", "contradiction"),
        wearing("a black dress", "contradiction"),
        slv("sleeveless"),
        mat("crepe", "unsupported"),
        details("jumpsuit", "the jumpsuit has a halter neck and wide legs"),
        is_a("jumpsuit", "yes"),
        title="Harpa Women Black Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: white pure cotton shirt dress, knee length, long sleeves, black belt, black ankle boots, white backdrop;
    # all texts base model
    case(
        "X967-032",
        caption("a woman in a white shirt dress and black boots"),
        col("white"),
        color_of("belt", "white", "other_garment_color"),
        wearing("she is wearing a white dress with a black belt"),
        details("dress", "his dress has buttons and a collar", "pronoun"),
        describe(
            "dress",
            "the dress is white with long sleeves Question: what is the color of the belt? Answer: black",
            "leak",
        ),
        mat("cotton"),
        title="Mast & Harbour Women White Solid Pure Cotton Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: grey melange turtleneck knit sweater dress, long sleeves, black tights and black boots, white backdrop;
    # all texts base model
    case(
        "X967-033",
        caption("a woman in a grey sweater dress and black tights"),
        gt("sweater", "contradiction"),
        col("grey"),
        color_of("tights", "grey", "other_garment_color"),
        mat("wool", "unsupported"),
        slv("long sleeves"),
        wearing("a gray turtleneck dress with black tights and black boots"),
        title="Vero Moda Women Grey Melange Self Design Jumper Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black maxi dress with a red rose print, long sleeves, V-neck, white backdrop; all texts base model
    case(
        "X967-034",
        caption("a woman in a black dress with red flowers"),
        col("red", "contradiction"),
        pat("floral"),
        wearing("he is wearing a black floral dress", "pronoun"),
        describe("dress", "a long black dress with red roses and long sleeves"),
        details("dress", "Question: What are the dress details? Answer: the dress has a v neck Question: what", "leak"),
        slv("long sleeves"),
        title="Athena Women Black Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: bright yellow ribbed knit bodycon midi dress, short sleeves, pink studio backdrop; all texts base model
    case(
        "X967-035",
        caption("a woman in a yellow dress on a pink background"),
        color_of("dress", "pink", "contradiction", kind="open"),
        col("yellow"),
        slv("sleeveless", "contradiction"),
        wearing("a yellow dress"),
        details("dress", "the dress has ribbed fabric and short sleeves"),
        describe("dress", "tight", "non_answer"),
        mat("knit"),
        title="Tokyo Talkies Women Yellow Ribbed Bodycon Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: white jumpsuit with a pink and green floral print, short sleeves, tie belt, white backdrop; all texts
    # base model
    case(
        "X967-036",
        caption("a woman in a white floral jumpsuit"),
        col("pink", "contradiction"),
        pat("floral"),
        gt("jumpsuit"),
        mat("cotton", "unsupported"),
        wearing("a floral romper Question: what is the color of the romper? Answer: white", "leak"),
        describe("jumpsuit", "the jumpsuit is white with pink flowers, short sleeves and a tie belt at the waist"),
        details("jumpsuit", "what are the jumpsuit details", "restated"),
        title="SASSAFRAS Women White & Pink Floral Print Basic Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: black corduroy pinafore dress (sleeveless) over a white long-sleeved shirt, white backdrop; all texts
    # base model
    case(
        "X967-037",
        caption("a woman in a black pinafore dress and a white shirt"),
        col("white", "other_garment_color"),
        color_of("shirt", "white"),
        wearing("a black overall dress over a white shirt"),
        slv("long sleeves", "contradiction"),
        mat("corduroy"),
        details("dress", "the dress is black and white", "other_garment_color"),
        title="Berrylush Women Black Solid Corduroy Pinafore Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red and white gingham check wrap midi dress, short puff sleeves, V-neck, no collar, white sneakers,
    # straw bag, white backdrop; all texts base model
    case(
        "X967-038",
        caption("a woman in a pink and white checkered dress with a straw bag", "contradiction"),
        pat("checked"),
        col("red"),
        wearing("a red and white checkered dress"),
        describe("dress", "a red and white dress with a white collar and a zipper", "unsupported"),
        slv("short sleeves"),
        mat("cotton", "unsupported"),
        details("dress", "the dress has a wrap front and a tie on the side"),
        title="Sera Women Red & White Checked Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: teal satin sleeveless jumpsuit, cowl neck, thin gold chain belt, gold heels, white backdrop; all texts
    # base model
    case(
        "X967-039",
        caption("a woman in a green jumpsuit with a gold belt", "contradiction"),
        col("teal"),
        wearing("she is wearing a blue jumpsuit"),
        color_of("jumpsuit", "gold", "other_garment_color", kind="open"),
        mat("silk", "contradiction"),
        details("jumpsuit", "the jumpsuit has a cowl neck and a belt"),
        slv("sleeveless"),
        title="Tokyo Talkies Women Teal Solid Satin Jumpsuit",
        category="Jumpsuit",
        color="Teal",
        gender="Women",
    ),
    # photo: white lace maxi dress with long lace sleeves, front view, outdoors in a field of golden grass; all texts
    # base model
    case(
        "X967-040",
        caption("a woman in a white dress standing in a field"),
        col("white"),
        mat("lace"),
        wearing("a white lace dress"),
        describe("dress", "a long white dress with lace sleeves and a lace up back", "unsupported"),
        details(
            "dress",
            "the dress has lace on the sleeves and the skirt and the sleeves and the skirt and the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "yellow", "contradiction", kind="open"),
        title="Mast & Harbour Women White Lace Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: green sleeveless bodycon dress with side cut-outs under an open black leather jacket, white backdrop;
    # all texts base model
    case(
        "X967-041",
        caption("a woman in a black leather jacket and a green dress"),
        wearing("a black jacket and a green dress"),
        col("black", "other_garment_color"),
        color_of("jacket", "black"),
        mat("leather", "unsupported"),
        describe("dress", "a green dress with cut outs on the sides"),
        slv("long sleeves", "contradiction"),
        title="Trend Arrest Women Green Solid Cut-Out Bodycon Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: beige linen shirt dress, short sleeves, tie belt, model holding a brown straw hat, white backdrop; all
    # texts base model
    case(
        "X967-042",
        caption("a woman in a beige dress holding a hat"),
        col("brown", "other_garment_color"),
        mat("linen"),
        gt("dress"),
        wearing("he is wearing a khaki dress and holding a hat", "pronoun"),
        details("dress", "the dress has a collar, short sleeves and a tie belt"),
        describe("dress", "Describe the dress. The dress is a beige shirt dress with a belt", "restated"),
        title="AND Women Beige Solid Linen Shirt Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: multicoloured paisley tiered maxi dress, mostly blue with orange and white, V-neck, short sleeves, white
    # backdrop; all texts base model
    case(
        "X967-043",
        caption("a woman in a colorful dress with a paisley print"),
        col("blue"),
        pat("printed"),
        wearing("a long multicolored dress"),
        describe("dress", "he is wearing a long dress with a print", "pronoun"),
        details(
            "dress",
            "the dress has a v neck, short sleeves, tiers and a pocket on each side and a zipper at the back of the",
            "cut",
            hit_limit=True,
        ),
        slv("short sleeves"),
        mat("viscose rayon", "unsupported"),
        title="Anouk Women Multicoloured Paisley Print Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: charcoal grey ribbed lounge jumpsuit, long sleeves, no zipper or buttons, white sneakers, white backdrop;
    # all texts base model
    case(
        "X967-044",
        caption("a woman in a grey jumpsuit"),
        col("black", "contradiction"),
        gt("jumpsuit"),
        wearing("a gray jumpsuit and white sneakers"),
        details("jumpsuit", "jumpsuit", "non_answer"),
        describe("jumpsuit", "the jumpsuit is grey with long sleeves and a zipper in the front", "unsupported"),
        slv("long sleeves"),
        title="HERE&NOW Women Charcoal Grey Solid Ribbed Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
        gender="Women",
    ),
    # photo: navy blue A-line dress with a white Peter Pan collar, short puff sleeves, white backdrop; all texts base
    # model
    case(
        "X967-045",
        caption("a woman in a navy blue dress with a white collar"),
        col("white", "contradiction"),
        wearing("a blue dress with a white collar"),
        describe("dress", "describe the dress", "restated"),
        details("dress", "the details are on the collar", "non_answer"),
        slv("short sleeves"),
        is_a("dress", "yes"),
        title="Dressberry Women Navy Blue Solid A-Line Dress with Contrast Collar",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: coral sleeveless maxi dress under a white short-sleeved crochet shrug, white backdrop; all texts base
    # model
    case(
        "X967-046",
        caption("a woman in a pink dress and a white sweater"),
        col("white", "other_garment_color"),
        color_of("shrug", "white"),
        wearing("a long orange dress and a white cardigan"),
        slv("short sleeves", "contradiction"),
        details("dress", "the dress is long and flowy and has a white crochet cardigan over it"),
        mat("crochet", "unsupported"),
        title="Sera Women Coral Solid Maxi Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
]
