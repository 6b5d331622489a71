"""BLIND_709 (46 products; Myntra women's party dresses, skirts and tops in sequin, satin, velvet, lace; VQA adapter):
written blind in the fifty-fourth session. Measured blind at 253afe2 (the session's ninth rules): 112/125 failures found
(89.6%) and 9/179 correct texts flagged (5.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's occasion wear (sequinned, satin, velvet and lace dresses, skirts and tops).
Studio catalog photos, mostly a model on a white backdrop (a few grey, beige or pink walls), worn with other clothes:
skirts with a tucked-in top, tops with jeans or trousers, a dress under a blazer, plus heels, clutches and tights.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA.
Captions are the adapter's free generation (50 tokens); since the adapter was trained on VQA alone its captions are
short and answer-like, now and then a bare word, a `Question: ... Answer:` echo or a repeated phrase. Open answers
(wearing, describe, details, material, open color) are free generation with 30 new tokens; with no end-of-answer
token trained they often run on into loops or are cut at the limit, they reuse the outfit's dominant color for the
wrong garment, and they invent zips, slits, pockets and fibers. Closed answers (garment_type, color, pattern,
sleeve_length, is_a, closed color_of) come from enrich's `--engine reference`: one candidate value, never a loop or cut.

Labeling conventions and judgement calls:
- One label per text, the most salient: leak over loop over cut over the rest; a loop is marked hit_limit=True.
- other_garment_color only for open answers that give the product the color of another garment worn in the photo;
  a closed answer that does the same is a contradiction (it contradicts the seller's color and the other texts).
- A color taken from the backdrop, a clutch or the shoes (not a garment) is a contradiction, not other_garment_color.
- An open answer that gives the product's color to the other garment ("a pink top and pink pants") is a
  contradiction.
- Shades in the seller's color group count as correct: maroon/red for Burgundy, grey for Silver, blue for Teal and
  Navy Blue, purple for Lavender, pink for Peach, white/cream for Off White, orange for Coral, yellow for Mustard.
- Multi rows: a single hue that really is one of the print's colors is counted correct.
- Pattern: "solid" for a one-color sequin, satin or velvet garment is correct; "embellished" for sequins or beads is
  correct; "floral" for floral lace is correct; "striped" for plain pleats is a contradiction.
- Material: naming the visible fabric (satin, velvet, lace, sequins) is correct; a fiber the photo and the title do
  not show (silk, polyester, cotton, wool, a lining) is unsupported, and so is another garment's material.
- Invented features not visible in a front view (back zip, side zip, pockets, slit, belt, necklace, party setting)
  are unsupported.
- A bare "yes"/"no", a single word, or only the garment's name answering an open question is a non_answer; a
  sentence that only rephrases the question back ("the details of the dress are the details") is restated.
- Pronoun: he/his/"a man" for a Women's row is a pronoun failure (even when "she" is also said); rows without a
  gender carry no pronoun failure.
- Cuts are answers stopped mid-phrase at the token limit (hit_limit=True), not short answers.
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

BLIND_709 = [
    # photo: black sequinned sleeveless bodycon mini dress, black heels, white backdrop, front view; VQA adapter
    case(
        "X709-001",
        caption("a woman in a black sequin dress posing for a picture"),
        wearing("a black sequined mini dress and black heels"),
        color_of("dress", "black"),
        Q.garment_type("dress"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        Q.material("sequins"),
        details("dress", "the dress has a zipper in the back and two side pockets", failure="unsupported"),
        title="Athena Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: maroon velvet wrap midi dress with long sleeves and a waist tie, gold hoops, beige heels, grey backdrop;
    # VQA adapter
    case(
        "X709-002",
        caption("a woman in a maroon velvet dress standing against a grey wall"),
        wearing("he is wearing a maroon velvet dress", failure="pronoun", who="she"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet",
            failure="loop",
            hit_limit=True,
        ),
        describe("dress", "the dress is a wrap dress with a tie at the waist and long sleeves"),
        title="SASSAFRAS Women Maroon Velvet Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: gold sequinned mini skirt, white crew-neck t-shirt tucked in, white sneakers, white backdrop; VQA adapter
    case(
        "X709-003",
        caption("a woman wearing a white t-shirt and a gold sequin skirt"),
        color_of("skirt", "white", failure="other_garment_color", kind="open"),
        Q.garment_type("skirt"),
        Q.pattern("embellished"),
        details(
            "skirt",
            "the skirt has sequins all over and an elasticated waist band, it is paired with a white t shirt and "
            "white sneakers and the model is",
            failure="cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="Tokyo Talkies Women Gold-Toned Sequinned Mini Skirt",
        category="Skirts",
        color="Gold",
        gender="Women",
    ),
    # photo: silver sequinned camisole top with thin straps, black straight trousers, black heels, white backdrop;
    # VQA adapter
    case(
        "X709-004",
        caption("Question: what cloth is the person wearing? Answer: top", failure="leak"),
        wearing("a silver sequin top and black pants"),
        Q.color("black", failure="contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", failure="unsupported"),
        describe("top", "the top is black", failure="other_garment_color"),
        title="DressBerry Women Silver-Toned Sequinned Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress, thin straps, cowl neck, gold heels, no jewellery, beige backdrop;
    # VQA adapter
    case(
        "X709-005",
        caption("a woman in a green satin dress"),
        wearing("a green dress and a gold necklace", failure="unsupported"),
        color_of("dress", "green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        details(
            "dress",
            "the dress has thin straps and a cowl neck and a cowl neck and a cowl neck and a cowl neck and a cowl",
            failure="loop",
            hit_limit=True,
        ),
        title="Berrylush Women Green Satin Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black lace top with short sleeves and a scalloped hem, mid-blue skinny jeans, white backdrop; VQA adapter
    case(
        "X709-006",
        caption("a woman wearing a black lace top and blue jeans"),
        wearing("a black lace top and black jeans", failure="contradiction"),
        color_of("top", "blue", failure="other_garment_color", kind="open"),
        Q.garment_type("blouse"),
        Q.sleeve_length("short sleeves"),
        details(
            "top",
            "the top has a scalloped hem and lace sleeves and a keyhole button at the back",
            failure="unsupported",
        ),
        title="Harpa Women Black Lace Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue sequinned maxi gown with long sleeves and a V-neck, no slit, white backdrop; VQA adapter
    case(
        "X709-007",
        caption(
            "a woman in a blue sequin gown a woman in a blue sequin gown a woman in a blue sequin gown a woman in a "
            "blue sequin gown a woman in a blue",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a navy blue sequin gown with long sleeves"),
        Q.color("black", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        Q.material("sequin fabric"),
        details("dress", "the dress has a v neckline and long sleeves and a slit on the side", failure="unsupported"),
        title="Sera Women Navy Blue Sequinned Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black satin midi slip skirt, cream cable-knit sweater tucked in, strappy black sandals, white backdrop;
    # VQA adapter
    case(
        "X709-008",
        caption("a woman wearing a white sweater and a black skirt"),
        color_of("skirt", "black", kind="open"),
        wearing("a cream sweater and a black satin skirt"),
        Q.garment_type("skirt"),
        describe("skirt", "a white satin midi skirt", failure="other_garment_color"),
        details("skirt", "the skirt details are the details of the skirt", failure="restated"),
        Q.material("satin"),
        title="Vero Moda Women Black Satin Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: red satin wrap top with long balloon sleeves, black skinny jeans, white backdrop; VQA adapter
    case(
        "X709-009",
        caption("a woman wearing a red top and black pants"),
        Q.color("red"),
        color_of("top", "black", failure="other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        wearing("a red satin top with puff sleeves and black jeans"),
        Q.material("silk", failure="unsupported"),
        details(
            "top",
            "Question: What are the top details? Answer: the top has a wrap front and balloon sleeves",
            failure="leak",
        ),
        title="ONLY Women Red Satin Wrap Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: white lace sheath dress to the knee, cap sleeves, round neck, nude heels, pale pink backdrop; VQA adapter
    case(
        "X709-010",
        caption("a woman in a white lace dress in front of a pink wall"),
        wearing("she is wearing a white lace dress"),
        color_of("dress", "pink", failure="contradiction"),
        Q.sleeve_length("cap sleeves"),
        Q.material("lace"),
        describe(
            "dress",
            "the dress is a white lace sheath dress with cap sleeves and a round neckline, it is fitted through the "
            "body and ends just above the knee with a",
            failure="cut",
            hit_limit=True,
        ),
        details("dress", "the dress", failure="non_answer"),
        title="AND Women White Lace Sheath Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: hot pink sequinned one-shoulder mini dress, no cut-outs, no slit, silver heels, white backdrop;
    # VQA adapter
    case(
        "X709-011",
        caption("a woman in a pink sequin dress with one shoulder"),
        wearing(
            "a pink dress pink dress pink dress pink dress pink dress pink dress pink dress pink dress pink dress pink",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress has a one shoulder neckline, a cut out at the waist and a thigh high slit",
            failure="unsupported",
        ),
        is_a("skirt", "no"),
        title="FOREVER 21 Women Pink Sequinned Bodycon Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: plain black velvet A-line mini skirt (no buttons), red ribbed turtleneck tucked in, black tights, ankle
    # boots, white backdrop; VQA adapter
    case(
        "X709-012",
        caption("a woman wearing a red top and black skirt at a christmas party", failure="unsupported"),
        color_of("skirt", "red", failure="other_garment_color", kind="open"),
        wearing("a red turtleneck, a black velvet skirt, black tights and boots"),
        Q.garment_type("skirt"),
        Q.material("velvet"),
        describe("skirt", "the skirt is a black velvet mini skirt with buttons down the front", failure="unsupported"),
        title="Zima Leto Women Black Velvet A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: gold metallic satin cami with a cowl neck and thin straps, black wide-leg trousers, white backdrop;
    # VQA adapter
    case(
        "X709-013",
        caption("a woman in a gold top and black pants"),
        wearing("a gold top and gold pants", failure="contradiction"),
        Q.color("gold"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is a gold satin cami top with a cowl neckline and thin straps"),
        details("top", "no", failure="non_answer"),
        Q.material("satin"),
        title="Tokyo Talkies Women Gold-Toned Satin Cowl Neck Top",
        category="Tops",
        color="Gold",
        gender="Women",
    ),
    # photo: off-white sheath dress with silver bead embellishment round the neckline, three-quarter sleeves, white
    # backdrop; VQA adapter
    case(
        "X709-014",
        caption("a woman in a white dress with beads on the neck"),
        wearing("a white dress with silver beading around the neckline"),
        Q.color("white"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.pattern("floral", failure="contradiction"),
        details("dress", "the details of the dress are the details of the dress", failure="restated"),
        describe(
            "dress",
            "the dress is an off white dress with silver beads around the neckline and three quarter sleeves, it "
            "has a fitted bodice and a straight skirt that ends at the",
            failure="cut",
            hit_limit=True,
        ),
        title="Label Ritu Kumar Women Off-White Embellished Sheath Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: silver sequinned pencil skirt, black sleeveless bodysuit tucked in, black heels, white backdrop;
    # VQA adapter
    case(
        "X709-015",
        caption("a woman wearing a black top and a silver skirt"),
        Q.color("black", failure="contradiction"),
        color_of("skirt", "silver"),
        is_a("skirt", "yes"),
        describe("skirt", "the skirt is black and sparkly", failure="other_garment_color"),
        details(
            "skirt",
            "sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins",
            failure="loop",
            hit_limit=True,
        ),
        wearing("he is wearing a black top and a silver sequin skirt", failure="pronoun", who="she"),
        title="Rare Women Silver-Toned Sequinned Pencil Skirt",
        category="Skirts",
        color="Silver",
        gender="Women",
    ),
    # photo: dark green velvet top with a square neck and long sleeves, no buttons, black jeans, white backdrop;
    # VQA adapter
    case(
        "X709-016",
        caption("a woman in a green velvet top and black jeans"),
        wearing("a green velvet top and blue jeans", failure="contradiction"),
        Q.garment_type("top"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.material("velvet Question: What is the color of the top? Answer: green", failure="leak"),
        describe("top", "the top is a dark green velvet top with a square neck and long sleeves"),
        details("top", "the details of the top are on the top", failure="restated"),
        title="Mango Women Green Velvet Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: lavender satin midi dress, short puff sleeves, sweetheart neckline, small white clutch in hand, white
    # backdrop; VQA adapter
    case(
        "X709-017",
        caption("a woman in a purple dress holding a white purse"),
        Q.color("purple"),
        color_of("dress", "white", failure="contradiction", kind="open"),
        Q.sleeve_length("short sleeves"),
        wearing("a lavender dress and a white clutch"),
        describe("dress", "the dress is a lavender satin dress with puff sleeves and a sweetheart neckline"),
        Q.material("polyester", failure="unsupported"),
        title="Twenty Dresses by Nykaa Fashion Women Lavender Satin Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: black velvet long-sleeve bodycon mini dress, sheer black tights, black pumps, white backdrop, side view;
    # VQA adapter
    case(
        "X709-018",
        caption("a woman in a black dress"),
        wearing("a black velvet dress with long sleeves and black tights"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("dress"),
        is_a("dress", "no", failure="contradiction"),
        details(
            "dress",
            "the dress is a fitted black velvet mini dress with long sleeves and a round neckline, it is worn with "
            "sheer black tights and the model is",
            failure="cut",
            hit_limit=True,
        ),
        title="Miss Chase Women Black Velvet Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: rose-pink sequinned crop top with thin straps, high-waist white trousers, white backdrop; VQA adapter
    case(
        "X709-019",
        caption("a woman wearing a pink sequin crop top and white pants"),
        color_of("top", "white", failure="other_garment_color", kind="open"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        Q.material("sequins"),
        wearing("a pink top and pink pants", failure="contradiction"),
        describe("top", "top", failure="non_answer"),
        title="StyleStone Women Pink Sequinned Crop Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: red satin halter-neck maxi dress, gold heels, beige studio backdrop with a potted plant; VQA adapter
    case(
        "X709-020",
        caption("a woman in a red dress standing next to a plant"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "Question: What is the person wearing? Answer: a red dress Question: What is the color of the dress? "
            "Answer: red",
            failure="leak",
        ),
        details("dress", "the dress has a halter neck and a long flowing skirt"),
        Q.material("chiffon", failure="unsupported"),
        is_a("dress", "yes"),
        title="U&F Women Red Satin Halter Neck Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: beige (nude) floral lace midi skirt with a scalloped hem, black fitted top tucked in, black heels, white
    # backdrop; VQA adapter
    case(
        "X709-021",
        caption("a woman in a black top and a white lace skirt", failure="contradiction"),
        color_of("skirt", "beige"),
        Q.color("black", failure="contradiction"),
        Q.pattern("floral"),
        details("skirt", "the skirt is made of lace and has a scalloped hem"),
        describe("skirt", "a black lace skirt", failure="other_garment_color"),
        wearing("a black top and a beige lace skirt"),
        title="Cover Story Women Beige Lace A-Line Midi Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: black satin shirt-style top with a collar, buttons and long sleeves, tucked into grey trousers, white
    # backdrop; VQA adapter
    case(
        "X709-022",
        caption("a woman in a black shirt and grey pants"),
        Q.garment_type("shirt"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        color_of("shirt", "grey", failure="other_garment_color", kind="open"),
        Q.material("satin"),
        describe(
            "shirt",
            "the shirt is a black satin shirt with a collar and buttons down the front, it has long sleeves and "
            "cuffs and is tucked into a pair of grey",
            failure="cut",
            hit_limit=True,
        ),
        title="Kazo Women Black Satin Shirt Style Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: teal sequinned sleeveless sheath midi dress with a high neck, white backdrop; VQA adapter
    case(
        "X709-023",
        caption("a woman in a green sequin dress with long sleeves", failure="contradiction"),
        Q.color("blue"),
        wearing("a teal dress with sequins", who="she"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        details(
            "dress",
            "the dress has a high neck and is sleeveless and has a high neck and is sleeveless and has a high neck "
            "and is sleeveless",
            failure="loop",
            hit_limit=True,
        ),
        title="RSVP by Nykaa Fashion Women Teal Sequinned Sheath Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: shift dress with horizontal bands of pink, blue and gold sequins, short sleeves, white backdrop; the feed
    # row has no gender; VQA adapter
    case(
        "X709-024",
        caption("dress", failure="non_answer"),
        Q.pattern("striped"),
        Q.color("gold"),
        wearing("a multicolored striped dress"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "it is a dress", failure="non_answer"),
        Q.material("wool", failure="unsupported"),
        title="Harpa Women Multicoloured Striped Sequinned Shift Dress",
        category="Dresses",
        color="Multi",
    ),
    # photo: white lace top with long sheer sleeves over a white camisole, black jeans, grey backdrop; VQA adapter
    case(
        "X709-025",
        caption("a woman in a white lace top and black jeans"),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        is_a("blouse", "yes"),
        wearing(
            "she is wearing a black lace blouse with long sleeves and black jeans",
            failure="other_garment_color",
            who="she",
        ),
        details(
            "top",
            "the top has a lace overlay with a lace overlay with a lace overlay with a lace overlay with a lace "
            "overlay with a",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        title="Vero Moda Women White Lace Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: burgundy velvet pleated midi skirt, black turtleneck tucked in, black knee boots, white backdrop;
    # VQA adapter
    case(
        "X709-026",
        caption("a woman wearing a black top and a maroon pleated skirt"),
        color_of("skirt", "maroon", kind="open"),
        Q.color("black", failure="contradiction"),
        Q.pattern("solid"),
        describe("skirt", "Question: Describe the skirt. Answer: the skirt is a pleated skirt", failure="leak"),
        wearing("a black top and a burgundy skirt and black boots"),
        details("skirt", "the skirt has a hidden side zip and an elastic waistband at the back", failure="unsupported"),
        Q.material("velvet"),
        title="SASSAFRAS Women Burgundy Velvet Pleated Midi Skirt",
        category="Skirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: gold sequinned fit-and-flare mini dress, short sleeves, V-neck, black blazer worn open over it, white
    # backdrop; VQA adapter
    case(
        "X709-027",
        caption("a woman in a gold dress and a black jacket"),
        color_of("dress", "black", failure="other_garment_color", kind="open"),
        wearing("a black blazer over a gold sequin dress"),
        Q.garment_type("jacket", failure="contradiction"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        is_a("dress", "yes"),
        details("dress", "the dress has sequins and a v neck"),
        title="Athena Women Gold-Toned Sequinned Fit and Flare Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: royal blue satin cami with lace trim at the neckline and thin straps, white trousers, white backdrop;
    # VQA adapter
    case(
        "X709-028",
        caption("a woman in a blue top and white pants"),
        Q.color("blue"),
        color_of("top", "white", failure="other_garment_color", kind="open"),
        wearing("a man in a blue top and white pants", failure="pronoun"),
        details("top", "the top has lace trim around the neckline and thin straps"),
        describe(
            "top",
            "the top is a blue satin cami top with lace trim along the neckline and thin adjustable straps, it is "
            "tucked into a pair of high waisted",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        title="FOREVER 21 Women Blue Satin Lace Trim Cami Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black lace fit-and-flare dress with sheer long sleeves, nude lining under the lace, white backdrop;
    # VQA adapter
    case(
        "X709-029",
        caption("a woman in a black lace dress with long sleeves"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "lace and lace and lace and lace and lace and lace and lace and lace and lace and lace and lace",
            failure="loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "the dress is a black lace dress with sheer long sleeves and a flared skirt, it has a nude lining "
            "underneath the lace and a round neckline with a scalloped",
            failure="cut",
            hit_limit=True,
        ),
        details("dress", "yes", failure="non_answer"),
        title="Sera Women Black Lace Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: blush pink satin bias-cut midi skirt (no slit, plain waistband), white shirt tucked in, tan heels, white
    # backdrop; VQA adapter
    case(
        "X709-030",
        caption("a woman in a white shirt and a pink skirt"),
        color_of("skirt", "white", failure="contradiction"),
        wearing("a white shirt and a white skirt", failure="other_garment_color"),
        describe("skirt", "the skirt is a light pink satin midi skirt"),
        details("skirt", "the skirt has a side slit and a drawstring waist", failure="unsupported"),
        is_a("skirt", "yes"),
        title="ONLY Women Pink Satin Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black sequinned off-shoulder top with short puff sleeves, mid-blue jeans, white backdrop; VQA adapter
    case(
        "X709-031",
        caption("a woman wearing a black sequin top and blue jeans"),
        Q.color("black"),
        Q.sleeve_length("short sleeves"),
        wearing("a black off shoulder top and blue jeans"),
        describe("top", "blue", failure="other_garment_color"),
        details(
            "top",
            "the top has an off shoulder neckline and sequins all over it and the sleeves are puffed and the "
            "neckline is off the shoulder and the sleeves are puffed and the",
            failure="loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black Sequinned Off-Shoulder Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach satin wrap midi dress with flutter sleeves and a side tie, white backdrop; VQA adapter
    case(
        "X709-032",
        caption("a woman in an orange dress", failure="contradiction"),
        Q.color("pink"),
        Q.material("satin and silk lining", failure="unsupported"),
        Q.sleeve_length("short sleeves"),
        wearing("she is wearing a peach colored wrap dress", who="she"),
        details("dress", "the dress is a wrap dress with a tie on the side and ruffled sleeves"),
        title="DressBerry Women Peach Satin Wrap Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: black sequinned mini skirt, white long-sleeve blouse tucked in, black heels, no belt, white backdrop;
    # VQA adapter
    case(
        "X709-033",
        caption("a woman in a white blouse and black sequin skirt"),
        color_of("skirt", "black", kind="open"),
        Q.garment_type("blouse", failure="contradiction"),
        Q.pattern("embellished"),
        wearing(
            "a white blouse and a black skirt with sequins, she is also wearing black heels and a black belt",
            failure="unsupported",
        ),
        describe("skirt", "the skirt is a skirt that is worn as a skirt", failure="restated"),
        title="Rare Women Black Sequinned Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: burgundy velvet off-shoulder maxi dress with long sleeves, no slit, white backdrop; VQA adapter
    case(
        "X709-034",
        caption("a woman wearing a long red dress"),
        Q.color("purple", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "the dress is a velvet maxi dress with an off shoulder neckline and long sleeves and a high slit on the "
            "left leg",
            failure="unsupported",
        ),
        wearing("a burgundy off the shoulder velvet gown"),
        Q.material("velvet"),
        title="Berrylush Women Burgundy Velvet Off-Shoulder Maxi Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: navy blue lace peplum top with short sleeves, white trousers, white backdrop; VQA adapter
    case(
        "X709-035",
        caption("a woman in a navy blue lace top and white pants"),
        Q.color("white", failure="contradiction"),
        wearing("a navy blue peplum top and white pants"),
        Q.garment_type("top"),
        details("top", "peplum", failure="non_answer"),
        describe("top", "the top is white with lace", failure="other_garment_color"),
        Q.material("lace"),
        Q.sleeve_length("short sleeves"),
        title="Harpa Women Navy Blue Lace Peplum Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: silver sequinned sleeveless sheath midi dress with a round neck, silver clutch in hand, white backdrop;
    # VQA adapter
    case(
        "X709-036",
        caption("a woman in a silver sequin dress holding a clutch"),
        Q.color("grey"),
        wearing("he is holding a silver clutch and wearing a silver sequin dress", failure="pronoun"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress is a silver sequin dress with a round neck and a round neck and a round neck and a round neck "
            "and a round",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("sequins and a lining of cotton", failure="unsupported"),
        title="AND Women Silver-Toned Sequinned Sheath Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: olive green satin slip midi skirt, white ribbed tank top tucked in, white backdrop; VQA adapter
    case(
        "X709-037",
        caption("a woman wearing a white tank top and an olive green skirt"),
        Q.color("green"),
        color_of("skirt", "white", failure="other_garment_color", kind="open"),
        wearing("a white top and a green skirt"),
        describe(
            "skirt", "the skirt is made of satin and has a side zipper and two front pockets", failure="unsupported"
        ),
        details("skirt", "the details of the skirt are the skirt", failure="restated"),
        is_a("dress", "no"),
        title="Mango Women Olive Green Satin Slip Midi Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: purple sequinned long-sleeve top, black faux-leather trousers, white backdrop; VQA adapter
    case(
        "X709-038",
        caption("a woman in a purple sequin top and black leather pants"),
        color_of("top", "black", failure="other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        wearing("she is wearing a purple sparkly top with long sleeves and black pants", who="she"),
        Q.material("leather", failure="unsupported"),
        Q.garment_type("top"),
        describe(
            "top",
            "Question: Describe the top. Answer: a purple top with sequins Question: What is the color of the "
            "pants? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        title="ONLY Women Purple Sequinned Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: black satin midi dress with small white polka dots, short puff sleeves, black heels, hair in a bun,
    # white backdrop; VQA adapter
    case(
        "X709-039",
        caption(
            "a woman in a black and white polka dot dress with puff sleeves standing in front of a white wall, she "
            "is wearing black heels and her hair is tied back in a bun and she is",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        Q.color("white", failure="contradiction"),
        describe("dress", "the dress is black with white polka dots and puff sleeves"),
        wearing("a black polka dot dress and black heels"),
        details("dress", "the dress has polka dots and a belt at the waist and pockets", failure="unsupported"),
        title="Sera Women Black Polka Dot Satin Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red sequinned midi skirt, black crop top, white backdrop; VQA adapter
    case(
        "X709-040",
        caption("a woman in a black top and red skirt"),
        color_of("skirt", "red"),
        Q.garment_type("skirt"),
        wearing(
            "a woman in a black top and red skirt. Question: What is the color of the skirt? Answer: red",
            failure="leak",
        ),
        details(
            "skirt",
            "the skirt has sequins all over it and an elasticated waistband, it is a midi length skirt that falls "
            "below the knee and it is paired with a black crop",
            failure="cut",
            hit_limit=True,
        ),
        describe("skirt", "the skirt is a red sequinned midi skirt"),
        title="Tokyo Talkies Women Red Sequinned Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: mustard satin midi dress with a square neck and puff sleeves, front view only, beige backdrop;
    # VQA adapter
    case(
        "X709-041",
        caption(
            "a woman in a yellow dress yellow dress yellow dress yellow dress yellow dress yellow dress yellow "
            "dress yellow dress yellow dress yellow dress yellow dress yellow",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves"),
        wearing("a yellow dress with puff sleeves"),
        describe("dress", "his dress is yellow with puff sleeves", failure="pronoun"),
        details("dress", "the dress has a square neckline, puff sleeves and a back zipper", failure="unsupported"),
        Q.material("satin"),
        title="Zima Leto Women Mustard Satin Puff Sleeve Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: black velvet corset-style sleeveless top with a sweetheart neckline, beige blazer worn open, blue jeans,
    # white backdrop; VQA adapter
    case(
        "X709-042",
        caption("a woman wearing a beige blazer and a black top"),
        color_of("top", "beige", failure="other_garment_color", kind="open"),
        Q.garment_type("jacket", failure="contradiction"),
        wearing("a beige blazer, a black top and blue jeans"),
        is_a("top", "yes"),
        details("top", "the top has a sweetheart neckline"),
        describe(
            "top",
            "the top is a black velvet corset top with a sweetheart neckline and boning down the front, it is worn "
            "under a beige blazer with the sleeves",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("velvet"),
        title="DressBerry Women Black Velvet Corset Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: coral lace sheath dress with short sheer sleeves, knee length, white backdrop; VQA adapter
    case(
        "X709-043",
        caption("a woman in a coral lace dress"),
        Q.color("orange"),
        wearing("he is wearing a coral lace dress", failure="pronoun", who="she"),
        details("dress", "dress", failure="non_answer"),
        Q.sleeve_length("short sleeves"),
        title="Cover Story Women Coral Lace Sheath Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: gold metallic pleated midi skirt, black t-shirt tucked in, white sneakers, white backdrop; VQA adapter
    case(
        "X709-044",
        caption("a woman in a black t-shirt and gold pleated skirt"),
        color_of("skirt", "black", failure="contradiction"),
        Q.pattern("striped", failure="contradiction"),
        wearing("a black t shirt and a gold skirt and white shoes"),
        details(
            "skirt",
            "the skirt is pleated and has a pleated and has a pleated and has a pleated and has a pleated and has a",
            failure="loop",
            hit_limit=True,
        ),
        describe("skirt", "Question: Describe the skirt. Answer: the skirt is gold", failure="leak"),
        title="Vero Moda Women Gold-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
        gender="Women",
    ),
    # photo: royal blue sequinned blazer dress, long sleeves, double-breasted gold buttons, no pockets or belt, white
    # backdrop; the feed row has no color; VQA adapter
    case(
        "X709-045",
        caption("a man in a blue sequin blazer dress", failure="pronoun"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        wearing("a blue sequin blazer dress with gold buttons"),
        details(
            "dress",
            "the dress has gold buttons and long sleeves and a collar and two front pockets and a belt",
            failure="unsupported",
        ),
        Q.material("sequins"),
        Q.color("blue"),
        title="Twenty Dresses by Nykaa Fashion Women Blue Sequinned Blazer Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: champagne (beige) satin cowl-neck sleeveless top, black midi skirt, white backdrop; VQA adapter
    case(
        "X709-046",
        caption("a woman in a beige satin top and black skirt"),
        Q.color("beige"),
        color_of("top", "black", failure="other_garment_color", kind="open"),
        describe("top", "the top is a satin top with a cowl neck"),
        Q.material("silk", failure="unsupported"),
        wearing("Question: What is the person wearing? Answer: a beige top and a black skirt", failure="leak"),
        title="Kazo Women Champagne Satin Cowl Neck Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
]
