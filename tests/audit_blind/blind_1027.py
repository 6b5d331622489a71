"""BLIND_1027 (46 products; Myntra women's winterwear, layers, VQA adapter): written blind in the fifty-eighth session.
Measured blind at 955f328 (the session's final rules): 97/117 failures found (82.9%) and 10/172 correct texts flagged
(5.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's winterwear and layering pieces (pullovers, cardigans, shrugs, jackets,
coats, blazers, hoodies and sweatshirts). Photos are catalog shots on a white backdrop, mostly worn by a model who
also wears a top, jeans, trousers, leggings or a dress under or with the product; a few show props (a handbag).

Who wrote what: every text comes from the VQA adapter (Data3_V3_BLIP2_VQA on blip2-opt-2.7b). Captions are its
free generation with an empty prompt; open answers are its free generation on `Question: ... Answer:`; closed
answers come from enrich's `--engine reference` over the same adapter, which picks one candidate value, so closed
texts never loop or stop short. The adapter learned the In-shop answer style (one word: "sweater", "grey", "yes"),
was trained without an end token, so it often runs on into loops, gets cut at the 30-token (answers) or 50-token
(captions) limit, or keeps writing the `Question: ... Answer:` format it saw in its labels. Like the base model it
gives the product the color of the top or jeans worn with it, and invents hoods, belts, zips, fibers.

Labeling conventions and judgement calls:
- Every text is judged against the photo described in its `# photo:` comment; when the seller's color disagrees
  with the photo (X1027-023, a "Brown" sweater that is rust orange), an answer that matches the photo is correct.
- A closed answer that names a wrong color, pattern, type or sleeve length is a contradiction, even when that
  value belongs to another garment in the photo; other_garment_color is kept for open answers and captions that
  give the product the color of a garment worn with it (a tee read as a white collar or lining counts).
- A caption that gives one color to two garments of different colors, or the wrong hue to the product, is a
  contradiction; so is an open answer that gives the jeans worn with the product the product's color.
- Material: a visible or catalog-stated material (knit, denim, faux fur, fleece, wool blend in the title) is
  correct; a specific fiber the photo cannot show and the title does not state (cotton, mohair, tweed, down) is
  unsupported; "leather" for a title that says faux leather is unsupported.
- One-word answers: a garment name to "What is ... wearing?" or a visible feature to "What are the details?" is a
  real answer and correct; the bare garment name to describe/details, a bare color to "wearing", or yes/no to an
  open question is non_answer.
- restated: the answer only gives back the question's words ("the sweater details", "she is wearing").
- leak: any text that contains the `Question:`/`Answer:` scaffolding, whether or not an answer precedes it.
- A text that ran to its token limit is hit_limit=True: loops always, cuts always, leaks only where they ran on.
- Cut texts end mid-phrase at the limit; a text that ran on into a loop is labelled loop, not cut.
- Each text carries one label; where a text has two faults the most visible one is used (a loop that also repeats
  an invented detail is a loop).
- pronoun: he/his for a Women row; "the woman is wearing ..." repeating the question but answering is correct.
- A cardigan answered "yes" to "Is this a sweater?" and a parka typed "coat" are correct (Myntra files cardigans
  under Sweaters); a shacket typed "jacket" is correct.
- Multi-colour garments: a closed color that is one of the garment's colors is correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_1027 = [
    # photo: navy crew-neck pullover, light-blue jeans, white backdrop, front view; all texts VQA adapter
    case(
        "X1027-001",
        caption("a woman wearing a navy blue sweater and jeans"),
        wearing("sweater and jeans", who="the woman"),
        color_of("sweater", "navy"),
        color_of("jeans", "navy", failure="contradiction", kind="open"),
        Q.garment_type("cardigan", failure="contradiction"),
        describe("sweater", "a navy blue sweater with a round neck and long sleeves"),
        details(
            "sweater",
            "the sweater has a round neck and long sleeves and a ribbed hem and ribbed cuffs and ribbed cuffs and"
            " ribbed cuffs and ribbed",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("knit"),
        title="Roadster Women Navy Blue Solid Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange longline open-front cardigan (no buttons, no pockets) over a white tee, black skinny
    # jeans, white backdrop; VQA adapter
    case(
        "X1027-002",
        caption("a woman wearing a grey cardigan over a white t-shirt and black jeans"),
        color_of("cardigan", "white", failure="other_garment_color", kind="open"),
        is_a("cardigan", "yes"),
        describe("cardigan", "a long grey open front cardigan with long sleeves"),
        details("cardigan", "the cardigan has buttons down the front", failure="unsupported"),
        Q.sleeve_length("long"),
        title="ONLY Women Grey Melange Longline Open Front Cardigan",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: maroon pullover hoodie with kangaroo pocket and white drawstrings, black track pants, white backdrop;
    # VQA adapter
    case(
        "X1027-003",
        caption("a woman wearing a maroon hoodie and black pants"),
        color_of("sweatshirt", "black", failure="contradiction"),
        wearing("hoodie"),
        details("sweatshirt", "hood, drawstrings and a front pocket"),
        describe(
            "sweatshirt",
            "Question: Describe the sweatshirt. Answer: a maroon hoodie Question: Describe the sweatshirt. Answer:",
            failure="leak",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        title="Fort Collins Women Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket, asymmetric silver zip, notched collar, no belt, over a grey tee and
    # blue jeans, white backdrop; VQA adapter
    case(
        "X1027-004",
        caption("a woman in a black leather jacket and blue jeans"),
        color_of("jacket", "black", kind="open"),
        wearing("black jacket and blue jeans"),
        details("jacket", "the jacket has a zipper and a belt at the waist", failure="unsupported"),
        describe(
            "jacket",
            "a black biker jacket with silver zippers and a notched collar and a notched collar and a notched collar"
            " and a notched",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("leather", failure="unsupported"),
        title="Vero Moda Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: cream cable-knit crew-neck sweater, tan trousers, white backdrop; VQA adapter
    case(
        "X1027-005",
        caption("a woman wearing a white sweater and beige pants"),
        color_of("sweater", "off white"),
        describe("sweater", "a cream sweater with a cable knit pattern and a round neck"),
        wearing("she is wearing a cream sweater and brown pants", who="she"),
        details("sweater", "the sweater details", failure="restated"),
        title="United Colors of Benetton Women Cream Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: peach open crochet-knit shrug with three-quarter sleeves over a black tank top, white trousers, white
    # backdrop; VQA adapter
    case(
        "X1027-006",
        caption("a woman wearing a black top with a pink shrug"),
        color_of("shrug", "black", failure="other_garment_color", kind="open"),
        is_a("shrug", "no", failure="contradiction"),
        Q.sleeve_length("three-quarter"),
        describe("shrug", "a peach open knit shrug with three quarter sleeves"),
        details(
            "shrug",
            "the shrug has an open front with a crochet border along the edges and a scalloped trim on the sleeves"
            " and along the",
            failure="cut",
            hit_limit=True,
        ),
        title="Madame Women Peach Crochet Shrug",
        category="Shrug",
        color="Peach",
        gender="Women",
    ),
    # photo: olive quilted puffer jacket with hood (no fur trim) and zip, black leggings, white backdrop; VQA adapter
    case(
        "X1027-007",
        caption("a woman wearing a green puffer jacket with a hood"),
        color_of("jacket", "olive"),
        wearing("he is wearing a green jacket and black pants", failure="pronoun", who="the woman"),
        details("jacket", "hood, zipper, quilted"),
        Q.material("down feathers", failure="unsupported"),
        describe(
            "jacket", "an olive green quilted jacket with a hood and a fur trim on the hood", failure="unsupported"
        ),
        title="Duke Women Olive Solid Padded Hooded Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: light pink hoodie with a white Puma cat logo on the chest, kangaroo pocket, grey joggers, white wall
    # behind; VQA adapter
    case(
        "X1027-008",
        caption(
            "a woman in a pink hoodie with a white puma logo on the front and grey sweatpants standing in front of a"
            " white wall with her hands in the",
            failure="cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "grey", failure="other_garment_color", kind="open"),
        Q.pattern("graphic"),
        wearing("pink hoodie and grey sweatpants"),
        describe(
            "sweatshirt",
            "a pink hooded sweatshirt with a white puma logo on the front and a kangaroo pocket on the front and a"
            " kangaroo pocket on",
            failure="loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "yes"),
        title="Puma Women Pink Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard turtleneck sweater, long sleeves, black knee-length skirt, black tights, white backdrop;
    # VQA adapter
    case(
        "X1027-009",
        caption("a woman wearing a yellow turtleneck sweater and a black skirt"),
        color_of("sweater", "yellow"),
        describe("sweater", "a mustard turtleneck sweater with long sleeves"),
        details("sweater", "what are the sweater details", failure="restated"),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.sleeve_length("short", failure="contradiction"),
        title="Harpa Women Mustard Solid Turtleneck Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: mid-blue denim trucker jacket, button front, chest flap pockets, over a white printed tee, black
    # jeans, white backdrop; VQA adapter
    case(
        "X1027-010",
        caption("a woman wearing a denim jacket and a white t-shirt with a print"),
        color_of("jacket", "white", failure="contradiction"),
        details("jacket", "buttons, chest pockets, collar"),
        describe("jacket", "a blue denim jacket with a collar and buttons"),
        Q.material("denim"),
        is_a("jacket", "yes"),
        wearing(
            "a denim jacket a white t shirt and black jeans a white t shirt and black jeans a white t shirt and black"
            " jeans",
            failure="loop",
            hit_limit=True,
        ),
        title="Wrangler Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: black-and-white horizontal breton-stripe boat-neck pullover, long sleeves, dark blue jeans, white
    # backdrop; VQA adapter
    case(
        "X1027-011",
        caption("a woman wearing a black and white striped sweater"),
        Q.pattern("striped"),
        color_of("sweater", "black and white", kind="open"),
        describe("sweater", "a black sweater with white polka dots", failure="contradiction"),
        wearing("striped sweater and jeans"),
        details("sweater", "no", failure="non_answer"),
        Q.sleeve_length("long"),
        title="Sassafras Women Black & White Striped Pullover",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: beige double-breasted trench coat with belt, over a black turtleneck and black trousers, white
    # backdrop; VQA adapter
    case(
        "X1027-012",
        caption("a woman wearing a beige trench coat with a belt"),
        color_of("coat", "black", failure="contradiction"),
        wearing("a trench coat"),
        details("coat", "double breasted buttons, belt at the waist and a collar"),
        describe("coat", "coat", failure="non_answer"),
        is_a("jacket", "yes"),
        Q.material("cotton", failure="unsupported"),
        title="Mango Women Beige Solid Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: lavender cropped crew-neck sweatshirt, high-waist blue mom jeans, white sneakers, white backdrop;
    # VQA adapter
    case(
        "X1027-013",
        caption("a woman wearing a purple sweatshirt and blue jeans"),
        color_of("sweatshirt", "blue", failure="other_garment_color", kind="open"),
        wearing("a cropped purple sweatshirt and jeans"),
        details("sweatshirt", "cropped hem, ribbed cuffs"),
        Q.garment_type("sweatshirt"),
        describe(
            "sweatshirt",
            "a lavender cropped sweatshirt with a round neck and long sleeves and a ribbed hem at the bottom of the",
            failure="cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Lavender Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: burgundy single-button blazer with notch lapels over a white shirt (collar and cuffs show), black
    # trousers, white backdrop; VQA adapter
    case(
        "X1027-014",
        caption("a woman wearing a red blazer and white shirt"),
        color_of("blazer", "maroon"),
        is_a("jacket", "yes"),
        describe("blazer", "a burgundy blazer with notch lapels and a single button"),
        details("blazer", "the blazer has a white collar and white cuffs", failure="other_garment_color"),
        wearing(
            "Question: What is she wearing? Answer: a red blazer and black pants Question: What is she wearing?"
            " Answer: a red",
            failure="leak",
            who="she",
            hit_limit=True,
        ),
        title="Allen Solly Woman Burgundy Single-Breasted Blazer",
        category="Blazers",
        color="Burgundy",
        gender="Women",
    ),
    # photo: red V-neck button cardigan with a diamond self-design knit and gold buttons, over a black top, grey
    # jeans, white backdrop; VQA adapter
    case(
        "X1027-015",
        caption("a woman wearing a red cardigan with gold buttons"),
        color_of("cardigan", "red"),
        Q.pattern("striped", failure="contradiction"),
        describe("cardigan", "a red cardigan with a v neck and gold buttons"),
        details(
            "cardigan",
            "gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold",
            failure="loop",
            hit_limit=True,
        ),
        wearing("red sweater and grey jeans"),
        title="Monte Carlo Women Red Self Design Cardigan",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: teal front-zip track-style sweatshirt with black side panels, no hood, black leggings, white backdrop;
    # caption and answers by the VQA adapter
    case(
        "X1027-016",
        caption("Question: What cloth is the person wearing? Answer: jacket", failure="leak"),
        color_of("jacket", "teal", kind="open"),
        details("jacket", "full zip, side pockets, black panels on the sides"),
        describe("jacket", "a teal jacket with a hood", failure="unsupported"),
        is_a("sweatshirt", "no", failure="contradiction"),
        wearing("the woman is wearing a teal jacket and black leggings", who="the woman"),
        title="HRX by Hrithik Roshan Women Teal Solid Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white loose open-knit shrug with long sleeves over a navy sleeveless dress, white backdrop;
    # VQA adapter
    case(
        "X1027-017",
        caption("a woman wearing a blue dress and a white shrug"),
        color_of("shrug", "navy", failure="contradiction"),
        describe("shrug", "a white knit shrug"),
        Q.sleeve_length("long"),
        wearing("dress"),
        details("shrug", "shrug", failure="non_answer"),
        title="Chemistry Women Off White Open Knit Shrug",
        category="Shrug",
        color="Off White",
        gender="Women",
    ),
    # photo: charcoal wool-blend longline overcoat with notched lapels, button front, no hood, over a light grey
    # sweater, black trousers, black handbag on the arm, white backdrop; VQA adapter; the feed row has no colour
    case(
        "X1027-018",
        caption("a woman in a grey coat holding a black handbag"),
        color_of("coat", "grey"),
        Q.material("wool blend"),
        describe("coat", "a long charcoal coat with notched lapels and a black handbag"),
        details("coat", "the coat has a hood and a zipper", failure="unsupported"),
        wearing(
            "a grey coat, a grey sweater, black pants and a black handbag and a black handbag and a black handbag and",
            failure="loop",
            who="the woman",
            hit_limit=True,
        ),
        title="Van Heusen Woman Charcoal Wool Blend Longline Coat",
        category="Jackets",
        gender="Women",
    ),
    # photo: olive cotton utility jacket with four flap pockets and drawstring waist, over a black tee, light blue
    # jeans, white backdrop; VQA adapter
    case(
        "X1027-019",
        caption("a woman wearing a green jacket and a green shirt and green jeans", failure="contradiction"),
        color_of("jacket", "black", failure="other_garment_color", kind="open"),
        details("jacket", "four flap pockets, drawstring waist, button and zip front"),
        wearing("jacket"),
        describe("jacket", "a green military jacket with pockets"),
        Q.garment_type("jacket"),
        title="Roadster Women Olive Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: dusty rose faux-fur teddy jacket with snap buttons and side pockets, over a white turtleneck (its
    # collar shows), grey trousers, white backdrop; VQA adapter
    case(
        "X1027-020",
        caption("a woman wearing a pink fur jacket"),
        color_of("jacket", "pink"),
        Q.material("faux fur"),
        describe("jacket", "a pink teddy jacket with a white collar", failure="other_garment_color"),
        details(
            "jacket",
            "the jacket has snap buttons on the front and two side pockets with a soft teddy texture all over and a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("she is wearing a pink jacket and gray pants", who="she"),
        title="Kazo Women Rose Solid Faux Fur Teddy Jacket",
        category="Jackets",
        color="Rose",
        gender="Women",
    ),
    # photo: black sheer longline shrug with short sleeves over a white dress with red flowers, white backdrop;
    # VQA adapter
    case(
        "X1027-021",
        caption("a woman wearing a white floral dress and a black shrug"),
        color_of("shrug", "white with red flowers", failure="other_garment_color", kind="open"),
        Q.pattern("floral", failure="contradiction"),
        describe("shrug", "a black sheer long shrug with short sleeves"),
        Q.sleeve_length("short"),
        wearing("Question: What is the person wearing? Answer: dress", failure="leak"),
        title="DressBerry Women Black Solid Sheer Longline Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange fleece pullover hoodie with a small white Nike swoosh, hood down, black leggings, white
    # backdrop; VQA adapter
    case(
        "X1027-022",
        caption("a woman wearing a gray hoodie and black leggings"),
        color_of("hoodie", "grey"),
        describe("hoodie", "he has a grey hoodie on with the hood down", failure="pronoun"),
        details("hoodie", "hood with drawstrings, kangaroo pocket, nike logo"),
        Q.pattern("solid"),
        Q.material("fleece"),
        is_a("jacket", "yes", failure="contradiction"),
        title="Nike Women Grey Melange Sportswear Fleece Hoodie",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: rust-orange chunky-knit round-neck sweater (seller says Brown), blue jeans, white backdrop; VQA adapter
    case(
        "X1027-023",
        caption("a woman wearing an orange sweater and blue jeans"),
        color_of("sweater", "orange"),
        describe("sweater", "a rust colored chunky knit sweater"),
        details(
            "sweater",
            "chunky knit, round neck, dropped shoulders and long sleeves with ribbed cuffs and a ribbed hem that",
            failure="cut",
            hit_limit=True,
        ),
        wearing("blue", failure="non_answer"),
        title="Harpa Women Brown Chunky Knit Sweater",
        category="Sweaters",
        color="Brown",
        gender="Women",
    ),
    # photo: navy quilted bomber jacket with ribbed collar and cuffs, open over a mustard top, black jeans, white
    # backdrop; VQA adapter
    case(
        "X1027-024",
        caption("a woman wearing a navy blue bomber jacket and a yellow top"),
        color_of("jacket", "yellow", failure="other_garment_color", kind="open"),
        Q.color("navy"),
        details("jacket", "the jacket details are the details of the jacket", failure="restated"),
        describe("jacket", "a navy quilted bomber jacket with ribbed collar and cuffs"),
        is_a("jacket", "yes"),
        title="109F Women Navy Blue Quilted Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: magenta fine-knit V-neck sweater, plain (no embellishment), long sleeves, white trousers, white
    # backdrop; VQA adapter
    case(
        "X1027-025",
        caption("a woman wearing a red sweater and white pants", failure="contradiction"),
        color_of("sweater", "pink"),
        describe("sweater", "a magenta v neck sweater with sequin embellishments on the front", failure="unsupported"),
        wearing("he is wearing a pink sweater and white pants", failure="pronoun", who="the woman"),
        Q.sleeve_length("long"),
        title="Sera Women Magenta Solid V-Neck Sweater",
        category="Sweaters",
        color="Magenta",
        gender="Women",
    ),
    # photo: red-and-black buffalo-check flannel shacket (no hood), open over a black tee, black skinny jeans with
    # a black belt with a silver buckle, white backdrop; VQA adapter
    case(
        "X1027-026",
        caption("a woman wearing a red and black plaid shirt"),
        Q.pattern("checked"),
        color_of("jacket", "red and black", kind="open"),
        details("jacket", "chest pockets, button front, curved hem"),
        describe("jacket", "a red and black checkered jacket with a fur lined hood", failure="unsupported"),
        Q.garment_type("jacket"),
        wearing(
            "a red and black checked shirt jacket open over a black t-shirt, black skinny jeans and a thin black"
            " belt with a silver",
            failure="cut",
            hit_limit=True,
        ),
        title="Pepe Jeans Women Red & Black Checked Shacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: black glossy hooded puffer jacket over a white turtleneck (its collar shows at the neck), black
    # jeans, white backdrop; VQA adapter
    case(
        "X1027-027",
        caption("a woman wearing a black puffer jacket with a hood"),
        color_of("jacket", "black"),
        wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            failure="loop",
            hit_limit=True,
        ),
        details("jacket", "the jacket has a white lining", failure="other_garment_color"),
        is_a("coat", "no"),
        describe(
            "jacket",
            "a black hooded puffer jacket with a high collar and a zip front and quilted panels and two zip pockets"
            " at the sides and a",
            failure="cut",
            hit_limit=True,
        ),
        title="Campus Sutra Women Black Solid Padded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: khaki ribbed button cardigan worn buttoned up as a top, black trousers, white backdrop; VQA adapter
    case(
        "X1027-028",
        caption("a woman wearing a beige cardigan and black pants"),
        color_of("cardigan", "beige"),
        describe("cardigan", "a cardigan", failure="non_answer"),
        details(
            "cardigan",
            "ribbed knit and buttons on the front and buttons on the front and buttons on the front and buttons on"
            " the front",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        wearing(
            "beige cardigan Question: what is the color of the cardigan? Answer: beige Question: what",
            failure="leak",
            who="she",
            hit_limit=True,
        ),
        title="Vero Moda Women Khaki Ribbed Cardigan",
        category="Sweaters",
        color="Khaki",
        gender="Women",
    ),
    # photo: coffee brown crew sweatshirt with a white "BROOKLYN" text print (no other words), cream joggers,
    # white backdrop; VQA adapter
    case(
        "X1027-029",
        caption("a woman wearing a brown sweatshirt with the word brooklyn on it"),
        Q.pattern("printed"),
        color_of("sweatshirt", "cream", failure="other_garment_color", kind="open"),
        describe("sweatshirt", "a brown sweatshirt with white text that says brooklyn new york", failure="unsupported"),
        details(
            "sweatshirt",
            "the sweatshirt has a round neck with a ribbed collar and ribbed cuffs and a print of the word brooklyn"
            " in white letters across the",
            failure="cut",
            hit_limit=True,
        ),
        wearing("sweatshirt and pants"),
        Q.garment_type("sweatshirt"),
        title="Mast & Harbour Women Coffee Brown Typography Print Sweatshirt",
        category="Sweatshirts",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: mauve wrap cardigan with shawl collar and tie belt, grey trousers, white backdrop; VQA adapter
    case(
        "X1027-030",
        caption(
            "a woman wearing a purple cardigan with a belt and a purple cardigan with a belt and a purple cardigan"
            " with a belt and a purple cardigan with a belt and a purple",
            failure="loop",
            hit_limit=True,
        ),
        color_of("cardigan", "grey", failure="other_garment_color", kind="open"),
        details("cardigan", "tie belt at the waist, shawl collar"),
        describe(
            "cardigan",
            "a mauve wrap cardigan with a tie belt at the waist and a shawl collar and long sleeves with ribbed cuffs"
            " and a",
            failure="cut",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        title="AND Women Mauve Solid Wrap Cardigan",
        category="Sweaters",
        color="Mauve",
        gender="Women",
    ),
    # photo: kimono-style shrug, black base with pink and green floral print, elbow-length wide sleeves, no belt,
    # open over a white top and blue jeans, white backdrop; VQA adapter
    case(
        "X1027-031",
        caption("a woman wearing a floral kimono over a white top and jeans"),
        color_of("shrug", "black with pink and green flowers", kind="open"),
        Q.pattern("floral"),
        describe("shrug", "a black floral kimono with wide sleeves and a belt", failure="unsupported"),
        wearing("white", failure="non_answer", who="the woman"),
        Q.sleeve_length("three-quarter"),
        Q.garment_type("dress", failure="contradiction"),
        title="Sassafras Women Black Floral Print Kimono Shrug",
        category="Shrug",
        color="Multi",
        gender="Women",
    ),
    # photo: black track jacket with white stripes down the sleeves, stand collar, full zip, black leggings, white
    # sneakers, white backdrop; VQA adapter
    case(
        "X1027-032",
        caption("a woman in a black and white track jacket and black leggings"),
        color_of("jacket", "white", failure="contradiction"),
        details("jacket", "white stripes on the sleeves, full zip and a stand collar"),
        wearing("tracksuit"),
        describe(
            "jacket",
            "a black jacket with white stripes on the sleeves, white stripes on the sleeves, white stripes on the"
            " sleeves, white",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Puma Women Black T7 Track Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: white fuzzy knit crew-neck sweater, light blue jeans, white backdrop (white on white); VQA adapter
    case(
        "X1027-033",
        caption("a woman wearing a white sweater and white jeans", failure="contradiction"),
        color_of("sweater", "blue", failure="other_garment_color", kind="open"),
        Q.material("mohair", failure="unsupported"),
        describe("sweater", "a fluffy white sweater with a round neck"),
        wearing("she is wearing", failure="restated", who="she"),
        title="Tokyo Talkies Women White Fuzzy Knit Sweater",
        category="Sweaters",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue denim trucker jacket with cream sherpa collar and lining, buttons, chest pockets, over a grey
    # sweater, black jeans, cropped above the knees (no shoes in frame), white backdrop; VQA adapter
    case(
        "X1027-034",
        caption("a woman wearing a denim jacket with a fur collar"),
        color_of("jacket", "blue"),
        details("jacket", "sherpa collar and lining, buttons, chest pockets"),
        describe("jacket", "a white fur jacket", failure="contradiction"),
        Q.material("denim and sherpa"),
        wearing(
            "a blue jean jacket, grey sweater, black jeans and white sneakers", failure="unsupported", who="the woman"
        ),
        title="Levis Women Blue Denim Sherpa Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: bright yellow sweatshirt with a Tom & Jerry cartoon graphic, black joggers, white backdrop; VQA adapter
    case(
        "X1027-035",
        caption("a woman wearing a yellow sweatshirt with a cartoon on it"),
        color_of("sweatshirt", "yellow"),
        Q.pattern("graphic"),
        describe("sweatshirt", "a yellow sweatshirt with a cartoon print of mickey mouse", failure="unsupported"),
        wearing(
            "yellow sweatshirt yellow sweatshirt yellow sweatshirt yellow sweatshirt yellow sweatshirt yellow"
            " sweatshirt yellow sweatshirt",
            failure="loop",
            hit_limit=True,
        ),
        details("sweatshirt", "cartoon graphic on the front, ribbed cuffs and hem"),
        color_of("sweatshirt", "black", failure="other_garment_color", kind="open"),
        title="Kook N Keech Women Yellow Tom & Jerry Printed Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: bottle green sleeveless quilted Nehru jacket with mandarin collar over a long-sleeved white kurta and
    # white palazzos, white backdrop; VQA adapter
    case(
        "X1027-036",
        caption("a woman wearing a green vest over a white dress"),
        Q.sleeve_length("sleeveless"),
        color_of("jacket", "white", failure="other_garment_color", kind="open"),
        is_a("vest", "yes"),
        describe("jacket", "a green sleeveless quilted jacket with a mandarin collar"),
        details("jacket", "the jacket has long sleeves with embroidered cuffs", failure="contradiction"),
        wearing("what the woman is wearing", failure="restated", who="the woman"),
        title="W Women Green Quilted Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Women",
    ),
    # photo: light grey V-neck sweater over a white collared shirt (collar shows), black jeans, hands in pockets,
    # white backdrop; VQA adapter; the feed row has no gender
    case(
        "X1027-037",
        caption(
            "a woman wearing a light grey v neck sweater over a white collared shirt and black jeans standing with"
            " her hands in her pockets against a white background with the collar of the",
            failure="cut",
            hit_limit=True,
        ),
        color_of("sweater", "grey"),
        wearing("sweater and shirt"),
        describe("sweater", "a white collared sweater", failure="other_garment_color"),
        details("sweater", "v neck, ribbed hem and cuffs"),
        is_a("sweater", "yes"),
        Q.material("cashmere", failure="unsupported"),
        title="Hubberholme Women Grey V-Neck Sweater",
        category="Sweaters",
        color="Grey",
    ),
    # photo: colour-blocked sweater, cream top, grey middle, navy bottom band, round neck, no zip, black jeans,
    # white backdrop; VQA adapter
    case(
        "X1027-038",
        caption("a woman wearing a color block sweater with white, grey and navy"),
        Q.pattern("color block"),
        Q.color("grey"),
        describe("sweater", "a cream grey and navy colorblock sweater with a round neck"),
        details("sweater", "the sweater has a zip at the neck", failure="unsupported"),
        wearing("the woman is wearing a sweater", who="the woman"),
        color_of("sweater", "black", failure="other_garment_color", kind="open"),
        title="Roadster Women Multicoloured Colourblocked Sweater",
        category="Sweaters",
        color="Multi",
        gender="Women",
    ),
    # photo: khaki parka with faux-fur-trimmed hood, drawstring waist, flap pockets, over a black sweater, blue
    # jeans, brown ankle boots, nothing in the hands, white backdrop; VQA adapter
    case(
        "X1027-039",
        caption("a woman wearing a khaki parka with a fur hood holding a cup of coffee", failure="unsupported"),
        color_of("parka", "black", failure="contradiction"),
        details("parka", "fur trimmed hood, drawstring waist, flap pockets"),
        describe(
            "parka",
            "a khaki parka with a faux fur trimmed hood and a drawstring waist and flap pockets on the front and a"
            " zip and button",
            failure="cut",
            hit_limit=True,
        ),
        wearing("he is wearing a parka jacket and jeans", failure="pronoun"),
        Q.garment_type("coat"),
        title="ONLY Women Khaki Parka Jacket with Faux Fur Trim Hood",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: sea green ribbed crew-neck sweater tucked into white jeans, white backdrop; VQA adapter
    case(
        "X1027-040",
        caption("a woman wearing a green sweater and white jeans"),
        color_of("sweater", "green"),
        describe("sweater", "a sea green ribbed knit sweater tucked into white jeans"),
        details("sweater", "ribbed"),
        color_of("jeans", "white", kind="open"),
        wearing(
            "Question: What is the person wearing? Answer: sweater Question: What is the color of the sweater?"
            " Answer: green Question:",
            failure="leak",
            hit_limit=True,
        ),
        title="Kraus Women Sea Green Ribbed Sweater",
        category="Sweaters",
        color="Sea Green",
        gender="Women",
    ),
    # photo: grey-and-white Prince of Wales check blazer, two buttons, flap pockets, notched lapels, over a black
    # turtleneck, black trousers, white backdrop; VQA adapter
    case(
        "X1027-041",
        caption("a woman wearing a grey checked blazer and a black turtleneck"),
        Q.pattern("checked"),
        color_of("blazer", "black", failure="other_garment_color", kind="open"),
        describe("blazer", "a grey plaid blazer with two buttons and flap pockets"),
        details("blazer", "two buttons, flap pockets, notched lapel"),
        Q.material("tweed", failure="unsupported"),
        is_a("blazer", "no", failure="contradiction"),
        wearing("a grey blazer Question: What is the color of the blazer? Answer: grey", failure="leak"),
        title="Fort Collins Women Grey Checked Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
        gender="Women",
    ),
    # photo: red zip-front hoodie with long sleeves, worn open over a white tank top, black joggers, white
    # backdrop; VQA adapter
    case(
        "X1027-042",
        caption("a woman in a red hoodie over a white tank top"),
        color_of("hoodie", "red"),
        wearing("she is wearing a red hoodie with a white tank top and black pants", who="she"),
        details("hoodie", "details of the hoodie", failure="restated"),
        describe("hoodie", "a red and white hoodie", failure="other_garment_color"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Puma Women Red Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Women",
    ),
    # photo: baby pink cropped V-neck cardigan with pearl buttons and plain long sleeves (not puffed), white midi
    # skirt, white backdrop; VQA adapter
    case(
        "X1027-043",
        caption("a woman wearing a pink cardigan with pearl buttons"),
        color_of("cardigan", "pink"),
        is_a("sweater", "yes"),
        describe(
            "cardigan", "a light pink cropped cardigan with pearl buttons and puff sleeves", failure="unsupported"
        ),
        details(
            "cardigan",
            "pearl buttons down the front, cropped length, a v neck and ribbed trims at the cuffs, hem and neckline"
            " and the buttons are",
            failure="cut",
            hit_limit=True,
        ),
        wearing("he is wearing a pink cardigan and a white skirt", failure="pronoun", who="she"),
        title="H&M Women Light Pink Cropped Cardigan",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: black oversized sweatshirt with a grey "NEW YORK" print, dropped shoulders, blue jeans, white
    # backdrop; VQA adapter; the feed row has no category
    case(
        "X1027-044",
        caption("a woman wearing a grey sweatshirt with the words new york and blue jeans", failure="contradiction"),
        color_of("sweatshirt", "blue", failure="other_garment_color", kind="open"),
        Q.garment_type("sweatshirt"),
        describe("sweatshirt", "yes", failure="non_answer"),
        details("sweatshirt", "oversized fit, dropped shoulders and grey new york print"),
        wearing("Answer: a black sweatshirt and blue jeans", failure="leak", who="the woman"),
        title="Faballey Women Black Printed Oversized Sweatshirt",
        color="Black",
        gender="Women",
    ),
    # photo: red double-breasted wool-blend coat, notch lapels, welt pockets, black tights, black ankle boots,
    # white backdrop; VQA adapter
    case(
        "X1027-045",
        caption("a woman wearing a red coat and black boots"),
        color_of("coat", "red"),
        Q.material("wool blend"),
        details("coat", "double breasted buttons, notch lapels, welt pockets"),
        describe(
            "coat",
            "a red coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat",
            failure="loop",
            hit_limit=True,
        ),
        wearing("the woman is wearing a red coat and black boots and black stockings", who="the woman"),
        color_of("coat", "black", failure="other_garment_color", kind="open"),
        Q.pattern("solid"),
        title="Vero Moda Women Red Wool Blend Double-Breasted Coat",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: raglan sweatshirt, grey melange body with navy long raglan sleeves, no hood, black leggings, white
    # backdrop; VQA adapter
    case(
        "X1027-046",
        caption("a woman wearing a grey sweatshirt with blue sleeves"),
        Q.sleeve_length("long"),
        color_of("sweatshirt", "grey"),
        describe("sweatshirt", "a gray and navy blue raglan sweatshirt with a hood", failure="unsupported"),
        details("sweatshirt", "raglan sleeves in navy, ribbed cuffs"),
        wearing("Question: What is the person wearing? Answer: a grey and blue sweatshirt and black", failure="leak"),
        title="Roadster Women Grey Melange & Navy Blue Raglan Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
]
