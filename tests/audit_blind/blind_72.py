"""BLIND_72 (44 products; winterwear, the default questionnaire with is_a and color_of questions): written blind in
the eighteenth session. Measured blind at 3814d6c: 129 / 146 failures found (88.4%) and 12 / 147 correct texts
flagged (8.2%). The writer's notes, verbatim:

Blind corpus 72: BLIP-2 OPT-2.7b outputs on a Myntra-style winterwear catalog, labelled text by text.

Scenario
    The original experiments' models re-run on imagined catalog photos of winterwear for men, women and kids:
    puffer, denim, bomber and leather-look jackets, sweaters, cardigans, sweatshirts and hoodies, coats, shrugs,
    thermal tops and shawls, usually layered over a t-shirt, shirt, turtleneck, kurta or dress, plus a few product
    shots with no person (flat lays, hangers, ghost mannequins). Each product was asked enrich's default
    questionnaire (DEFAULT_QUESTIONS), or the closed questions of BLIND_QUESTIONS, or the experiments' own
    questions (What is he/she wearing? What is the color of the jacket / shirt / jeans? Describe the jacket. What are
    the jacket details?), with a few "Is this a ...?" (is_a) and color_of questions. Seller columns (gender, category,
    color, title) are the marketplace's own words; two products lack some of them.

Which system wrote which text (named again in the comment above every case)
    - base: the untuned `Salesforce/blip2-opt-2.7b`; short answers that stop, the best short answers, but one color
      for several garments, wrong pronouns, invented details, yes-bias, echoes of the question.
    - cap1 / cap3: the caption adapters `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (epoch 1) and
      `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (epoch 3); they return the DeepFashion-MultiModal caption
      template ("The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting
      fabric...") for every prompt, with no hue names, and never stop: cut at the token limit or looping.
    - vqa: the VQA adapter `leoreigoto/Data3_V3_BLIP2_VQA`; a right first word, then no end-of-answer token, so it
      repeats the word ("wool wool wool ...") or runs on into the `Question: ... Answer:` format (a prompt leak).
    - closed answers (garment_type, color, pattern, sleeve_length, is_a, color_of) are the reference engine's pick
      among candidates ranked by the base model; an unmapped color is kept raw.

How it was written
    Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the layout, the makers and
    TARGETS). No audit code, no other corpus, no docs. Every photo is imagined and described in the comment above
    its case; every label is judged against that description and the seller columns.

Label conventions and judgement calls
    - One label per text. When failures overlap, the label is the most visible one: a loop that runs to the token
      limit is `loop` (hit_limit=True); a caption-template answer on topic but stopped mid-sentence at the limit is
      `cut`; a run-on into "Question: ... Answer:" is `leak` even when it also hits the limit.
    - `cut`: 30 new tokens for answers, 50 for captions, hit_limit=True; two answers are cut before the limit
      (hit_limit=False), ending on "with a" / "made of".
    - `other_garment_color`: a text gives a garment the color of another garment in the photo (the inner t-shirt's
      white for the jacket, the jacket's green for the jeans, the leggings' pink for the sweatshirt); another text
      or the seller column has the right color.
    - `contradiction`: a wrong garment type (the inner t-shirt, dress or kurta named instead of the product), a
      pattern or sleeve length that belongs to the layer underneath (the shirt's long sleeves for a sleeveless
      sweater), a background or lining color given as the garment's color, a wrong "yes"/"no" to is_a.
    - `non_answer`: empty, "i don't know", "nothing", "no", "i'm not sure", or just the garment's name back ("it's
      a jacket" for the details, "jeans" for the jeans' color). `restated`: the question turned into a sentence
      ("the garment is made of material", "what is the material of the coat").
    - `unsupported`: a detail not in the photo or against the title (a hood on a hoodless jacket, buttons on an
      open-front cardigan, genuine lambskin or real fox fur for PU / faux fur, pashmina, duck down, fleece lining).
    - `pronoun`: he/his for a woman or girl, she for a boy (Women / Girls / Boys column).
    - Correct, judged on purpose: near-color synonyms (navy -> dark blue, maroon -> burgundy / red, mustard ->
      yellow, teal -> green / blue, camel -> brown, off white -> cream, charcoal -> grey, lavender -> purple, rust
      -> brown, peach -> pink, olive -> green); a caption that names the backdrop (brick wall, pink wall, bookshelf,
      snow) or the layer underneath; a cardigan called a sweater; a shrug called a cardigan; a shacket called a
      plaid shirt; a padded gilet called a vest; a faux-leather jacket called a leather jacket in a caption;
      "faux leather" / "cotton" / "wool" / "polyester" as a plausible material; "a hoodie" as what "the person" wears
      in a product shot with no person; "yes" to "Is this a sweater?" for a cardigan.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

CUT, NON, CON, OGC, LOOP, LEAK, UNS, RES, PRO = (
    "cut",
    "non_answer",
    "contradiction",
    "other_garment_color",
    "loop",
    "leak",
    "unsupported",
    "restated",
    "pronoun",
)

BLIND_72: list[Case] = [
    # 1. Woman in a black quilted hooded puffer jacket, open over a white crew-neck t-shirt, blue jeans, grey studio
    # backdrop. caption, wearing, material: base; closed: reference engine; description: cap3; details: vqa.
    case(
        "WW-PUF-1001",
        caption("a woman wearing a black puffer jacket over a white t-shirt and blue jeans"),
        D.wearing("a black puffer jacket"),
        D.color("white", OGC),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. It has a hooded neckline and a zipper "
            "closure. The lady also wears a long denim",
            CUT,
            hit_limit=True,
        ),
        D.details(
            "hood, zipper, pockets, hood, zipper, pockets, hood, zipper, pockets, hood, zipper, pockets, hood",
            LOOP,
            hit_limit=True,
        ),
        D.material(
            "nylon Question: What is the color of the jacket? Answer: black Question: What is the", LEAK, hit_limit=True
        ),
        gender="Women",
        category="Jackets",
        color="Black",
        title="Northfold Women Black Solid Hooded Puffer Jacket",
    ),
    # 2. Product shot, no person: navy blue puffer jacket with a high stand collar and no hood, on a white background.
    # caption, wearing, description, material: base; details: vqa; closed: reference engine.
    case(
        "MW-PUF-1002",
        caption("a navy blue puffer jacket on a white background"),
        D.wearing("a puffer jacket"),
        D.color("dark blue"),
        D.description("a navy blue puffer jacket with a hood and fur trim", UNS),
        D.details(
            "zipper Question: What are the details of the garment? Answer: zipper Question: What are the details of",
            LEAK,
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="Kaarva Men Navy Blue Solid Padded Jacket",
    ),
    # 3. Man in an olive green bomber jacket, open over a white crew-neck t-shirt, black jeans, in front of a red
    # brick wall. caption, wearing, color_of: base (one color for the shirt too); describe: cap3; details: vqa.
    case(
        "MW-BMB-1003",
        caption("a man standing in front of a brick wall wearing a green bomber jacket"),
        wearing("a green jacket and a white shirt", who="he"),
        color_of("jacket", "green"),
        color_of("shirt", "green", OGC),
        color_of("jeans", "jeans", NON),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand-up collar. The gentleman wears",
            CUT,
            hit_limit=True,
        ),
        details(
            "jacket",
            "ribbed cuffs, ribbed cuffs, ribbed cuffs, ribbed cuffs, ribbed cuffs, ribbed cuffs, ribbed cuffs, ribbed",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Tusk & Pine Men Olive Green Solid Bomber Jacket",
    ),
    # 4. Woman in a light-wash blue denim jacket, open over a black-and-white striped t-shirt, white jeans, park
    # with blurred trees. All open answers: base; closed: reference engine (the pattern is the t-shirt's).
    case(
        "WW-DNM-1004",
        caption("a woman wearing a denim jacket and a striped shirt standing in a park"),
        D.wearing("she is wearing a denim jacket"),
        D.color("blue"),
        D.pattern("striped", CON),
        D.description("a blue denim jacket with a black and white striped shirt"),
        D.details("it's a denim jacket", NON),
        D.material("denim"),
        gender="Women",
        category="Jackets",
        color="Blue",
        title="Lurex Lane Women Blue Washed Denim Jacket",
    ),
    # 5. Man in a black leather-look biker jacket with an asymmetric silver zip, over a grey t-shirt, blue jeans, white
    # studio. caption: cap1; material: base; closed: reference engine; is_a t-shirt: vqa (raw, unmapped).
    case(
        "MW-BKR-1005",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and",
            CUT,
            hit_limit=True,
        ),
        B.color("black"),
        B.sleeve_length("long-sleeve"),
        B.material("faux leather"),
        is_a("jacket", "yes"),
        is_a("t-shirt", "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes", LOOP, hit_limit=True),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Rogue Street Men Black Solid PU Biker Jacket",
    ),
    # 6. Woman in a maroon cable-knit crew-neck pullover, long sleeves, black jeans, holding a coffee cup in a cafe.
    # caption, wearing, details: base; description: vqa; material: cap3; closed: reference engine.
    case(
        "WW-SWT-1006",
        caption("a woman in a red sweater holding a cup of coffee"),
        D.wearing("his sweater is maroon and he is wearing black jeans", PRO),
        D.color("burgundy"),
        D.description(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater",
            LOOP,
            hit_limit=True,
        ),
        D.details("the sweater has a cable knit pattern and a turtleneck", UNS),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long",
            CUT,
            hit_limit=True,
        ),
        gender="Women",
        category="Sweaters",
        color="Maroon",
        title="Vellora Women Maroon Cable Knit Pullover",
    ),
    # 7. Man in a charcoal grey V-neck sweater over a white collared shirt (collar and cuffs show), beige chinos,
    # office backdrop. caption, color_of: base; closed: reference engine; material: vqa.
    case(
        "MW-VNK-1007",
        caption("a man wearing a grey sweater over a white shirt"),
        B.garment_type("shirt", CON),
        B.color("grey"),
        color_of("shirt", "grey", OGC),
        color_of("pants", "beige"),
        B.material(
            "wool Question: What is the color of the sweater? Answer: grey Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Charcoal",
        title="Hallstead Men Charcoal Grey Solid V-Neck Sweater",
    ),
    # 8. Woman in a mustard open-front chunky cardigan (no buttons, hip length) over a white t-shirt, blue jeans,
    # white sneakers, plain beige wall. caption: cap3; wearing, description, material: base; details: vqa.
    case(
        "WW-CRD-1008",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a short-sleeve T-shirt. The T-shirt is with cotton fabric and pure color patterns. The "
            "lady wears a long",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a yellow cardigan, a white t-shirt and jeans"),
        D.garment_type("cardigan"),
        D.color("yellow"),
        D.description("a yellow cardigan with buttons down the front", UNS),
        D.details(
            "the cardigan has a v-neck, the cardigan has a v-neck, the cardigan has a v-neck, the cardigan",
            LOOP,
            hit_limit=True,
        ),
        D.material("the garment is made of fabric", RES),
        gender="Women",
        category="Cardigan",
        color="Mustard",
        title="Vellora Women Mustard Solid Open Front Cardigan",
    ),
    # 9. Boy of about eight in a red pullover hoodie with a white dinosaur print on the chest, grey joggers, white
    # background. caption, wearing, description, material: base; details: cap1.
    case(
        "BK-HOD-1009",
        caption("a young boy wearing a red hoodie with a dinosaur on it"),
        D.wearing("she is wearing a red hoodie", PRO),
        D.color("red"),
        D.pattern("graphic"),
        D.description("a red hoodie with a picture of a dinosaur on the front"),
        D.details(
            "The person is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The pants the person",
            CUT,
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Boys",
        category="Sweatshirts",
        color="Red",
        title="Little Tusk Boys Red Graphic Printed Hooded Sweatshirt",
    ),
    # 10. Girl of about six in a pink puffer jacket, zipped, hood trimmed with white faux fur, blue jeans, snowy
    # outdoors. caption, wearing, color_of, details: base; describe: cap3 (repeats its sentence); material: vqa.
    case(
        "GK-PUF-1010",
        caption("a little girl in a pink jacket standing in the snow"),
        wearing("a pink coat with a fur hood", who="she"),
        color_of("jacket", "pink"),
        color_of("jeans", "pink", OGC),
        describe(
            "jacket",
            "The person wears a long-sleeve jacket with pure color patterns. It has a hooded neckline. The person "
            "wears a long-sleeve jacket with pure color patterns. It",
            LOOP,
            hit_limit=True,
        ),
        details("jacket", "it has a fur-lined hood and a zipper"),
        D.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester",
            LOOP,
            hit_limit=True,
        ),
        gender="Girls",
        category="Jackets",
        color="Pink",
        title="Little Tusk Girls Pink Solid Hooded Puffer Jacket",
    ),
    # 11. Flat lay, no person: grey melange crew-neck sweatshirt with ribbed cuffs and hem on a light wooden floor.
    # caption, material, is_a: base; closed: reference engine (yes-bias on "hoodie": there is no hood).
    case(
        "MW-SWS-1011",
        caption("a grey sweatshirt laying on a wooden floor"),
        B.color("grey"),
        B.material("cotton"),
        is_a("hoodie", "yes", CON),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Hallstead Men Grey Melange Solid Sweatshirt",
    ),
    # 12. Woman in a camel, belted, knee-length wool-blend overcoat with notched lapels, over a black turtleneck,
    # black trousers, city street. caption: cap1; wearing, description, material: base; details: vqa.
    case(
        "WW-COT-1012",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has "
            "a lapel neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric",
            CUT,
            hit_limit=True,
        ),
        D.wearing("he is wearing a brown coat and a black turtleneck", PRO),
        D.color("black", OGC),
        D.description("a long camel coat with a belt at the waist"),
        D.details(
            "belt Question: What is the color of the belt? Answer: brown Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        D.material("wool"),
        gender="Women",
        category="Coats",
        color="Camel Brown",
        title="Aurelle Women Camel Brown Solid Belted Longline Overcoat",
    ),
    # 13. Woman in a black cropped knit shrug with three-quarter sleeves over a red sleeveless bodycon dress, white
    # studio. caption, material, is_a: base; closed: reference engine (dress and its red picked).
    case(
        "WW-SHR-1013",
        caption("a woman in a red dress and a black cardigan"),
        B.garment_type("dress", CON),
        B.color("red", OGC),
        B.sleeve_length("three-quarter"),
        B.material("i don't know", NON),
        is_a("shrug", "no", CON),
        gender="Women",
        category="Shrug",
        color="Black",
        title="Lurex Lane Women Black Solid Cropped Shrug",
    ),
    # 14. Man in a white waffle-knit thermal top, round neck, long sleeves, fitted, with black thermal bottoms, white
    # studio. caption, details, material: base; wearing: vqa; description: cap3.
    case(
        "MW-THR-1014",
        caption("a man in a white long sleeve shirt and black pants"),
        D.wearing(
            "white shirt, black pants, white shirt, black pants, white shirt, black pants, white shirt, black pants,"
            " white",
            LOOP,
            hit_limit=True,
        ),
        D.garment_type("thermal top"),
        D.color("white"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long",
            CUT,
            hit_limit=True,
        ),
        D.details("the shirt has a waffle texture"),
        D.material("the garment is made of material", RES),
        gender="Men",
        category="Thermal Tops",
        color="White",
        title="Warmline Men White Solid Thermal Top",
    ),
    # 15. Woman with a multicolour paisley woven wool shawl (maroon, mustard and green on a cream ground) draped over
    # both shoulders, over a plain cream long-sleeved kurta, white background. caption, wearing, description,
    # material: base; details: cap3; closed: reference engine (the kurta's long sleeves ranked for a shawl).
    case(
        "WW-SHW-1015",
        caption("a woman wearing a colorful shawl over a white dress"),
        D.wearing("a shawl"),
        D.garment_type("shawl"),
        D.color("multicolor"),
        D.pattern("paisley"),
        D.sleeve_length("long", CON),
        D.description("a shawl with a paisley pattern in red, yellow and green"),
        D.details(
            "The lady wears a long-sleeve sweater with floral patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a long",
            CUT,
            hit_limit=True,
        ),
        D.material("pashmina", UNS),
        gender="Women",
        category="Shawls",
        color="Multi",
        title="Kashmiri Looms Women Multicoloured Paisley Woven Shawl",
    ),
    # 16. Man in a navy fair isle crew-neck pullover with a white and red snowflake yoke, blue jeans, indoors by a
    # snowy window. No elbow patches. caption, wearing, details: base; description, material: vqa.
    case(
        "MW-FIS-1016",
        caption("a man wearing a blue sweater with a snowflake pattern"),
        D.wearing("he is wearing a sweater"),
        D.color("navy"),
        D.pattern("fair isle"),
        D.description(
            "navy blue sweater Question: Describe the garment. Answer: navy blue sweater Question: Describe the "
            "garment",
            LEAK,
            hit_limit=True,
        ),
        D.details("the sweater has a red and white snowflake pattern around the neck and elbow patches", UNS),
        D.material(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Hallstead Men Navy Blue Fair Isle Self Design Pullover",
    ),
    # 17. Product shot, no person: off-white ribbed turtleneck sweater on a wooden hanger against a light brown
    # wooden-plank wall. caption, material, is_a, color_of: base (the wall's brown for the sweater).
    case(
        "WW-TNK-1017",
        caption("a white sweater hanging on a wooden wall"),
        B.color("cream"),
        B.material("the sweater is made of a material", RES),
        is_a("sweater", "yes"),
        color_of("sweater", "brown", CON),
        gender="Women",
        category="Sweaters",
        color="Off White",
        title="Aurelle Women Off White Ribbed Turtleneck Sweater",
    ),
    # 18. Man in a black zip-up hoodie, half unzipped over a heather grey t-shirt, white drawstrings, black joggers,
    # gym. caption, description, details: base; wearing: cap1; material: vqa; color: the t-shirt's grey.
    case(
        "MW-ZHD-1018",
        caption("a man in a black hoodie standing in a gym"),
        D.wearing(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a hooded",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("grey", OGC),
        D.description("a black hoodie with a white drawstring and a zipper"),
        D.details("no", NON),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: solid Question: What is the",
            LEAK,
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="Stridex Men Black Solid Hooded Zip-Up Sweatshirt",
    ),
    # 19. Woman in a teal lightweight diamond-quilted jacket with a stand collar and snap buttons, long sleeves,
    # black leggings, white background. caption, wearing, color_of, describe, is_a: base; details: vqa.
    case(
        "WW-QLT-1019",
        caption("a woman wearing a green quilted jacket and black leggings"),
        wearing("a jacket", who="she"),
        color_of("jacket", "blue"),
        color_of("pants", "black"),
        describe("jacket", "it is a jacket", NON),
        details(
            "jacket",
            "snap buttons, snap buttons, snap buttons, snap buttons, snap buttons, snap buttons, snap buttons, snap",
            LOOP,
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender="Women",
        category="Jackets",
        color="Teal",
        title="Northfold Women Teal Quilted Jacket",
    ),
    # 20. Boy of about ten in a navy sleeveless V-neck sweater over a white full-sleeve shirt, grey trousers, white
    # backdrop. No logo. caption, wearing, details, material: base; description: cap3; sleeve: the shirt's.
    case(
        "BK-SLV-1020",
        caption("a young boy in a blue sweater vest and white shirt"),
        D.wearing("he is wearing a blue sweater vest over a white shirt"),
        D.garment_type("vest"),
        D.color("navy blue"),
        D.sleeve_length("long", CON),
        D.description(
            "The person wears a sweater with sleeves cut off. The sweater is with knitting fabric and pure color "
            "patterns. It has a V-shape neckline. The person wears a long",
            CUT,
            hit_limit=True,
        ),
        D.details("it has a v-neck and the school logo on the chest", UNS),
        D.material("no", NON),
        gender="Boys",
        category="Sweaters",
        color="Navy Blue",
        title="Little Tusk Boys Navy Blue Solid Sleeveless Sweater",
    ),
    # 21. Man in a brown suede-look trucker jacket, button front, two chest flap pockets, over a black t-shirt, dark
    # jeans, grey concrete wall. caption: cap3; wearing, details, material: base; description: vqa.
    case(
        "MW-TRK-1021",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with suede fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a brown jacket and black pants"),
        D.color("black", OGC),
        D.description(
            "brown jacket brown jacket brown jacket brown jacket brown jacket brown jacket brown jacket brown jacket"
            " brown",
            LOOP,
            hit_limit=True,
        ),
        D.details("the jacket has two chest pockets"),
        D.material("suede"),
        gender="Men",
        category="Jackets",
        color="Brown",
        title="Rogue Street Men Brown Solid Suede Trucker Jacket",
    ),
    # 22. Woman in a red and black buffalo-check shacket, buttoned, over a black t-shirt, black jeans, autumn leaves
    # behind. caption, wearing, material: base; description: vqa; details: cap1.
    case(
        "WW-CHK-1022",
        caption("a woman wearing a red and black plaid jacket in the fall"),
        D.wearing("a red and black plaid shirt"),
        D.color("red"),
        D.pattern("checked"),
        D.description(
            "checked Question: What is the color of the jacket? Answer: red Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        D.details(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The",
            CUT,
            hit_limit=True,
        ),
        D.material("the garment is made of fabric", RES),
        gender="Women",
        category="Jackets",
        color="Red",
        title="Lurex Lane Women Red & Black Checked Shacket",
    ),
    # 23. Girl of about five in a yellow button-front cardigan with small white flowers embroidered on the chest, over
    # a white cotton frock, white background. No bow. caption, wearing, details: base; description: cap3.
    case(
        "GK-CRD-1023",
        caption("a little girl in a yellow sweater and white dress"),
        D.wearing("he is wearing a yellow sweater", PRO),
        D.garment_type("dress", CON),
        D.color("yellow"),
        D.pattern("floral"),
        D.description(
            "The person wears a long-sleeve sweater with floral patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The person wears a",
            CUT,
            hit_limit=True,
        ),
        D.details("the cardigan has pearl buttons and a bow at the neck", UNS),
        gender="Girls",
        category="Cardigan",
        color="Yellow",
        title="Little Tusk Girls Yellow Floral Embroidered Cardigan",
    ),
    # 24. Man in an olive knee-length hooded parka with a drawstring waist and four flap pockets, over a grey
    # sweater, black trousers, street. caption: vqa (captions broken by VQA training); wearing, color_of, details:
    # base (the parka's green for everything); describe: cap3.
    case(
        "MW-PRK-1024",
        caption(
            "green Question: What is the color of the jacket? Answer: green Question: What is the color of the "
            "jacket? Answer: green Question",
            LEAK,
            hit_limit=True,
        ),
        wearing("a green parka", who="he"),
        color_of("jacket", "green"),
        color_of("shirt", "green", OGC),
        color_of("pants", "green", OGC),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a hooded neckline. The gentleman",
            CUT,
            hit_limit=True,
        ),
        details("jacket", "jacket", NON),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Tusk & Pine Men Olive Green Hooded Parka Jacket",
    ),
    # 25. Woman in a grey knee-length open-front knit cardigan with two patch pockets, over a black t-shirt, black
    # pants, ankle boots, white studio. caption, is_a sweater: base; material: cap1; is_a cardigan: vqa.
    case(
        "WW-LCD-1025",
        caption("a woman wearing a long grey cardigan and black pants"),
        B.garment_type("coat", CON),
        B.color("grey"),
        B.material(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a",
            CUT,
            hit_limit=True,
        ),
        is_a(
            "cardigan",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes",
            LOOP,
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        gender="Women",
        category="Cardigan",
        color="Grey",
        title="Vellora Women Grey Solid Longline Open-Front Cardigan",
    ),
    # 26. Man in a colourblocked crew-neck sweatshirt (navy body, white chest panel, red band below it), no hood, no
    # pocket, blue jeans, grey backdrop. caption, details, material: base; wearing: cap1; description: vqa.
    case(
        "MW-CLB-1026",
        caption("a man wearing a blue, white and red sweatshirt"),
        D.wearing(
            "The gentleman is wearing a long-sleeve sweater with color block patterns. The sweater is with cotton "
            "fabric. It has a round",
            CUT,
            hit_limit=True,
        ),
        D.color("navy blue"),
        D.pattern("color block"),
        D.description(
            "blue Question: Describe the garment. Answer: blue Question: Describe the garment. Answer: blue Question:",
            LEAK,
            hit_limit=True,
        ),
        D.details("it has a hood and a kangaroo pocket", UNS),
        D.material("cotton blend"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Stridex Men Navy Blue Colourblocked Sweatshirt",
    ),
    # 27. Woman in an oversized lavender sweatshirt with "BROOKLYN" printed in white on the chest, light blue jeans,
    # in front of a pink wall. caption, wearing, details, material: base; description: cap3; color: the wall's.
    case(
        "WW-SWS-1027",
        caption("a woman standing in front of a pink wall wearing a purple sweatshirt that says brooklyn"),
        D.wearing("a purple sweatshirt and jeans"),
        D.color("pink", CON),
        D.pattern("graphic"),
        D.description(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears",
            CUT,
            hit_limit=True,
        ),
        D.details("the sweatshirt has the word brooklyn on the front"),
        D.material("the sweatshirt is made of", CUT),
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
        title="Lurex Lane Women Lavender Typography Printed Sweatshirt",
    ),
    # 28. Man in a black fitted round-neck thermal top, long sleeves, with matching black thermal bottoms, grey
    # studio. Nothing shows inside. caption: cap1; wearing: vqa; description, details, material: base.
    case(
        "MW-THB-1028",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "black shirt black shirt black shirt black shirt black shirt black shirt black shirt black shirt black",
            LOOP,
            hit_limit=True,
        ),
        D.garment_type("thermal top"),
        D.color("black"),
        D.description("a black long sleeve shirt"),
        D.details("the details of the garment are the details of the garment", RES),
        D.material("polyester and spandex blend with a fleece lining inside", UNS),
        gender="Men",
        category="Thermal Tops",
        color="Black",
        title="Warmline Men Black Solid Thermal Top",
    ),
    # 29. Woman in a beige double-breasted belted trench coat over a white shirt, blue jeans, street. caption,
    # wearing, color_of, material: base (the coat's beige for the shirt); describe: vqa; details: cap3.
    case(
        "WW-TRN-1029",
        caption("a woman in a trench coat walking down the street"),
        wearing("a trench coat", who="she"),
        color_of("coat", "tan"),
        color_of("shirt", "beige", OGC),
        color_of("jeans", "blue"),
        describe(
            "coat",
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige",
            LOOP,
            hit_limit=True,
        ),
        details(
            "coat",
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long",
            CUT,
            hit_limit=True,
        ),
        B.material("it is made of cotton"),
        gender="Women",
        category="Coats",
        color="Beige",
        title="Aurelle Women Beige Solid Double-Breasted Trench Coat",
    ),
    # 30. Boy of about twelve in a grey bomber jacket with an orange lining showing at the open front, over a black
    # t-shirt, black jeans, white background. caption, wearing, details, material: base; description: vqa; color:
    # the lining's orange.
    case(
        "BK-BMB-1030",
        caption("a boy wearing a grey jacket with an orange lining"),
        D.wearing("she is wearing a grey jacket and black jeans", PRO),
        D.color("orange", CON),
        D.description(
            "grey jacket Question: What is the color of the lining? Answer: orange Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        D.details("it has a zipper and ribbed cuffs"),
        D.material("the jacket is made of jacket material", RES),
        gender="Boys",
        category="Jackets",
        color="Grey",
        title="Little Tusk Boys Grey Solid Bomber Jacket",
    ),
    # 31. Woman in a peach ribbed cropped pullover, round neck, long sleeves, with high-waist white wide-leg trousers,
    # cream background. caption: cap3; material: vqa; pattern: the ribs read as stripes.
    case(
        "WW-CRP-1031",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The trousers the lady wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. The",
            CUT,
            hit_limit=True,
        ),
        B.garment_type("sweater"),
        B.color("pink"),
        B.pattern("striped", CON),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            LOOP,
            hit_limit=True,
        ),
        gender="Women",
        category="Sweaters",
        color="Peach",
        title="Vellora Women Peach Ribbed Crop Pullover",
    ),
    # 32. Man in a burgundy shawl-collar button cardigan over a white t-shirt, grey trousers, seated before a
    # bookshelf. caption, wearing, description, material: base (description stopped early); details: vqa.
    case(
        "MW-SCC-1032",
        caption("a man sitting in front of a bookshelf wearing a red cardigan"),
        D.wearing("a red sweater and a white t-shirt"),
        D.garment_type("t-shirt", CON),
        D.color("white", OGC),
        D.description("a burgundy cardigan with a shawl collar and", CUT),
        D.details(
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons",
            LOOP,
            hit_limit=True,
        ),
        D.material("i'm not sure", NON),
        gender="Men",
        category="Cardigan",
        color="Burgundy",
        title="Hallstead Men Burgundy Shawl Collar Cardigan",
    ),
    # 33. Woman in a white faux-fur cropped shrug over a black sleeveless evening dress, dark backdrop. caption,
    # material, is_a shrug: base; closed: reference engine (the dress); is_a dress: vqa.
    case(
        "WW-FUR-1033",
        caption("a woman in a black dress with a white fur shawl"),
        B.garment_type("dress", CON),
        B.color("black", OGC),
        B.material("real fox fur", UNS),
        is_a("shrug", "yes"),
        is_a("dress", "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes", LOOP, hit_limit=True),
        gender="Women",
        category="Shrug",
        color="White",
        title="Lurex Lane Women White Faux Fur Shrug",
    ),
    # 34. Man in a mid-blue washed denim jacket with a cream sherpa collar, open over a grey pullover hoodie with the
    # hood out, black jeans, city street. caption, description, details: base; wearing: cap1; material: vqa.
    case(
        "MW-SHP-1034",
        caption("a man wearing a denim jacket over a grey hoodie"),
        D.wearing(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with denim "
            "fabric. It has a",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("hoodie", CON),
        D.color("blue"),
        D.description("a blue denim jacket with a white collar"),
        D.details("the jacket has a fur collar"),
        D.material(
            "denim Question: What is the color of the hoodie? Answer: grey Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Rogue Street Men Blue Washed Denim Jacket with Sherpa Collar",
    ),
    # 35. Woman in a black leather-look cropped biker jacket (no belt) over a white crop top, high-waist blue jeans,
    # white background. caption, wearing, details, material: base; description: cap3.
    case(
        "WW-BKR-1035",
        caption("a woman in a black leather jacket and jeans"),
        D.wearing("he is wearing a leather jacket", PRO),
        D.color("white", OGC),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The lady wears a",
            CUT,
            hit_limit=True,
        ),
        D.details("it has a belt with a gold buckle", UNS),
        D.material("genuine lambskin leather", UNS),
        gender="Women",
        category="Jackets",
        color="Black",
        title="Lurex Lane Women Black Solid PU Cropped Biker Jacket",
    ),
    # 36. Man with a plain brown woollen shawl draped over one shoulder, over a white kurta pyjama, beige background.
    # caption, wearing, details, material: base; description: vqa; closed: reference engine (the kurta).
    case(
        "MW-SHW-1036",
        caption("a man in a white kurta with a brown shawl"),
        D.wearing("a white kurta and a brown shawl"),
        D.garment_type("kurta", CON),
        D.color("white", OGC),
        D.description(
            "shawl shawl shawl shawl shawl shawl shawl shawl shawl shawl shawl shawl shawl shawl shawl shawl shawl",
            LOOP,
            hit_limit=True,
        ),
        D.details("nothing", NON),
        D.material("wool"),
        gender="Men",
        category="Shawls",
        color="Brown",
        title="Kashmiri Looms Men Brown Solid Woollen Shawl",
    ),
    # 37. Boy of about nine in an olive sleeveless padded gilet over a black pullover hoodie, blue jeans, white
    # background. caption, material, is_a: base; closed: reference engine (the hoodie's black and long sleeves).
    case(
        "BK-GLT-1037",
        caption("a young boy wearing a green vest and a black hoodie"),
        B.garment_type("vest"),
        B.color("black", OGC),
        B.sleeve_length("long", CON),
        B.material("duck down", UNS),
        is_a("vest", "yes"),
        gender="Boys",
        category="Jackets",
        color="Olive",
        title="Little Tusk Boys Olive Sleeveless Padded Jacket",
    ),
    # 38. Woman in a navy double-breasted pea coat with gold buttons over a grey turtleneck, blue jeans, snowy street.
    # caption: cap1 (repeats its first sentences); wearing, description, material: base; details: vqa.
    case(
        "WW-PEA-1038",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has "
            "a lapel neckline. The lady is wearing a long-sleeve coat with pure color patterns. The coat is with",
            LOOP,
            hit_limit=True,
        ),
        D.wearing("a navy coat with gold buttons"),
        D.garment_type("coat"),
        D.color("black", CON),
        D.description("a blue coat with gold buttons and a grey sweater"),
        D.details(
            "buttons Question: What is the color of the buttons? Answer: gold Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        D.material("what is the material of the coat", RES),
        gender="Women",
        category="Coats",
        color="Navy Blue",
        title="Aurelle Women Navy Blue Double-Breasted Pea Coat",
    ),
    # 39. Ghost-mannequin product shot, no person: white pullover hoodie with a kangaroo pocket and white drawstrings
    # on a light grey background. caption, wearing, details: base; description: cap3; material: vqa.
    case(
        "MW-HOD-1039",
        caption("a white hoodie on a grey background"),
        D.wearing("a white hoodie"),
        D.garment_type("hoodie"),
        D.color("grey", CON),
        D.sleeve_length("long"),
        D.description(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The person wears a long",
            CUT,
            hit_limit=True,
        ),
        D.details("the hoodie has a front pocket and a drawstring"),
        D.material(
            "cotton Question: What is the color of the hoodie? Answer: white Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="White",
        title="Stridex Men White Solid Hooded Sweatshirt",
    ),
    # 40. Woman in a rust orange chunky V-neck sweater with balloon sleeves, tucked into blue jeans, field at golden
    # hour. caption, wearing, description, material: base (material empty); details: cap1.
    case(
        "WW-RST-1040",
        caption("a woman standing in a field wearing an orange sweater"),
        D.wearing("an orange sweater and blue jeans"),
        D.color("brown"),
        D.description("the garment is a garment worn by the woman", RES),
        D.details(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a V-shape neckline. The",
            CUT,
            hit_limit=True,
        ),
        D.material("", NON),
        gender="Women",
        category="Sweaters",
        color="Rust",
        title="Vellora Women Rust Solid Balloon Sleeve Pullover",
    ),
    # 41. Girl of about seven in a purple sweatshirt with a glittery unicorn print, pink leggings, white background.
    # caption, wearing, details, material: base; description: cap3; color: the leggings' pink.
    case(
        "GK-SWS-1041",
        caption("a little girl wearing a purple shirt with a unicorn on it"),
        D.wearing("his sweatshirt is purple", PRO),
        D.garment_type("sweatshirt"),
        D.color("pink", OGC),
        D.pattern("graphic"),
        D.description(
            "The person wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The person wears",
            CUT,
            hit_limit=True,
        ),
        D.details("a unicorn"),
        D.material("i don't know", NON),
        gender="Girls",
        category="Sweatshirts",
        color="Purple",
        title="Little Tusk Girls Purple Unicorn Printed Sweatshirt",
    ),
    # 42. No seller columns. Man in a grey quilted jacket, zipped halfway over a light blue shirt, dark trousers,
    # office corridor. caption, wearing, material: base; description: vqa; details: cap3; color: the shirt's blue.
    case(
        "XX-QLT-1042",
        caption("a man in a grey jacket standing in a hallway"),
        D.wearing("a jacket"),
        D.garment_type("jacket"),
        D.color("blue", OGC),
        D.description(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey",
            LOOP,
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand-up collar. The gentleman wears a long",
            CUT,
            hit_limit=True,
        ),
        D.material("the jacket is made of the material", RES),
    ),
    # 43. Flat lay, no person: bottle-green cable-knit button-front cardigan on a white surface; no title column.
    # caption, color_of: base (the surface's white for the cardigan); material: vqa.
    case(
        "WW-CBL-1043",
        caption("a green sweater laying on a white surface"),
        B.garment_type("cardigan"),
        B.color("dark green"),
        B.material(
            "wool Question: What is the sleeve length of the garment? Answer: long Question: What is the",
            LEAK,
            hit_limit=True,
        ),
        color_of("cardigan", "white", CON),
        gender="Women",
        category="Cardigan",
        color="Green",
    ),
    # 44. Man in a navy and white horizontal-striped crew-neck pullover, khaki chinos, on a boardwalk by the sea.
    # caption, wearing, material: base; description: cap3; details: vqa; pattern: reference engine.
    case(
        "MW-STR-1044",
        caption("a man on a boardwalk wearing a navy and white striped sweater"),
        D.wearing("a striped sweater and khaki pants"),
        D.color("navy blue and white"),
        D.pattern("solid", CON),
        D.sleeve_length("long"),
        D.description(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long",
            CUT,
            hit_limit=True,
        ),
        D.details(
            "stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, "
            "stripes",
            LOOP,
            hit_limit=True,
        ),
        D.material("sweater", NON),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Hallstead Men Navy Blue & White Striped Pullover",
    ),
]
