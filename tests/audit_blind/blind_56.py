"""BLIND_56 (44 products; the experiments re-run on Myntra-style women's western casual wear): written blind in the
seventeenth session. Measured blind at e93d6fb: 123/142 and 10/146. The writer's notes, verbatim:

Blind corpus 56: women's western casual wear, Myntra-style catalog, enrich's default questionnaire.

Scenario
    The original experiments' models re-run on a Myntra-style catalog of women's western casual wear: tops, shirts,
    t-shirts, jeans, jeggings, skirts, shorts, dresses, jumpsuits, shrugs and sweaters; many printed, striped and
    checked, many worn layered (a shrug over a top, a denim jacket over a dress or a top, a checked shirt worn open
    over a tee). On-model studio shots on white, plus three product shots without a person (a flat lay of jeans, a
    ghost-mannequin shrug, a sweater laid flat). Questions: enrich's default questionnaire (DEFAULT_QUESTIONS), a
    subset per product, with a few is_a / color_of probes (layers, garments easily taken for another). Seller
columns from the marketplace: gender, category (article type),
    color (base colour), title; some products lack title or colour, one lacks all but gender.

Which system wrote which text (named again in the comment above each case)
    - base: the untuned Salesforce/blip2-opt-2.7b. Short answers that stop; its failures are one color for every
      garment, the wrong pronoun, invented details, answering for the layer, restating the question, and
      occasional runs to the limit on open questions (details, description), and now and then a stop mid-phrase.
    - cap-e1 / cap-e3: the caption adapters (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      Data2_V2_Blip2_Finetune_Caption, epoch 3). DeepFashion template prose ("The lady wears a short-sleeve T-shirt
      with pure color patterns..."), returned for questions too; never learned to stop, so they loop or are cut at
      the limit, invent accessories ("There is an accessory on her wrist") and sometimes say "The gentleman".
    - vqa: the VQA adapter (Data3_V3_BLIP2_VQA). In-shop class names (tee, blouse, romper, denim, graphic tee),
      DeepFashion pattern words given as colors ("pure color", "striped"), and, with no terminator, repeats of its
      answer or runs into new "Question: ... Answer:" pairs.
    Limits: 30 new tokens for answers, 50 for captions; hit_limit=True marks a text that ran to the limit.

How it was written
    Blind: only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py were read (the Case/Text layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). No audit code, no other corpus, no docs. Each product is an
    imagined photo described in the comment above its case; every label was judged against that photo alone.

Label conventions and judgement calls
    - One label per text, the failure a reader notices first. A text that runs into the prompt format ("Question:",
      "Answer:") is a leak even when it also repeats or is cut at the limit. A phrase repeated until the limit is a
      loop (hit_limit=True), not a cut. Template prose cut at the limit without repeating is a cut.
    - cut: stopped mid-phrase. Most at the limit (hit_limit=True); a few stopped early mid-phrase (hit_limit=False),
      as when a stray newline ends generation.
    - The caption template returned for a closed question without giving the asked value (a color question answered
      with the sweater's template text) is a non_answer even though it is also cut at the limit.
    - A pattern word given for the color question ("striped", "pure color", "graphic") is a non_answer; so are
      "none", an empty answer, "fabric" or "shirt" for the material, the garment's bare name or type for details
      ("the jeans", "it is a sweater", "it is a cardigan"), and "the shorts are short".
    - restated: the question's words back as if an answer ("the details of the garment are the details of the
      garment", "the dress is made of the dress material").
    - other_garment_color: the product given the color of a garment worn with it (the shrug given the cami's white,
      the jeans given the top's white, the skirt given the top's red), in a closed or an open answer.
    - contradiction: a color that is no garment's in the photo (grey for a white shirt), inverted print colors, a
      garment type or sleeve length that belongs to the layer (jacket for the top under it, "long" sleeves of the
      jacket over a short-sleeve dress), a type the seller's category contradicts (blouse for a shirt dress), a
      yes to "Is this a jacket?" for the top under a jacket, a garment taken for another (dress for a culotte
      jumpsuit or a tiered maxi skirt, skirt for wide-leg shorts, yes to "cardigan" for a pullover), a misread hue
      (brown for olive), an accessory given as the garment type (belt), and the product's color given to the other
      garment (white jeans under a white top whose jeans are blue).
    - unsupported: details not in the photo (slit, zipper, hood, fringe, rips, chest pocket, buttons on an open
      shrug), accessories the template invents, and a wearer invented for a product shot without a person;
      a material against the look (leather jeggings).
    - pronoun: "he", "a man", "The gentleman" for a woman (gender "Women" in every case).
    - Correct, near-color synonyms: maroon for Burgundy, green for Olive / Teal / Sea Green, grey for Charcoal and
      Grey Melange, orange for Rust, purple for Lavender, yellow for Mustard, white for Off White, white or beige for
      Cream, khaki for Beige, blue for Navy Blue, blue or "blue and white polka dot" for a navy dotted dress.
    - Correct, garment-type synonyms: blouse or top for Tops, cardigan or kimono for Shrug, leggings or jeans for
      Jeggings, denim for Jeans, graphic tee for Tshirts, maxi dress for Dresses.
    - Correct: captions that name the background ("on a white background"), that name only the layer and the
      bottoms, and that say "pure color patterns" for a solid garment (DeepFashion's wording); answers that describe
      the whole outfit with every color right; "jeans" for what a person wears in a flat lay of jeans.
    - Material: a material plausible from the look (cotton, denim, knit, wool, lace, linen) is correct.
    - The sleeve question is not asked for bottoms (jeans, jeggings, skirts, shorts).
    - An adapter text that ends on a complete sentence short of the limit is taken as stopped and judged on content.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

W = "Women"

BLIND_56: list[Case] = [
    # 1. White solid crew-neck tee, short sleeves, tucked into mid-blue skinny jeans; bare wrists; white studio.
    # caption, closed answers: base; description, details: cap-e3.
    case(
        "MYN-S17-0001",
        caption("a woman in a white t-shirt and blue jeans standing in front of a white background"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. There is an accessory on her wrist. This "
            "lady wears a ring.",
            "unsupported",
        ),
        gender=W,
        category="Tshirts",
        color="White",
        title="Roadster Women White Solid Round Neck T-shirt",
    ),
    # 2. Navy-and-white horizontal stripes, boat neck, three-quarter sleeves, with white jeans; white studio.
    # caption: cap-e3; garment_type, color, details: vqa; pattern, sleeve_length, wearing: base.
    case(
        "MYN-S17-0002",
        caption(
            "The lady wears a three-point sleeve shirt with striped patterns. The shirt is with cotton fabric. The "
            "neckline of it is round. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("blouse"),
        D.color("striped", "non_answer"),
        D.pattern("striped"),
        D.sleeve_length("three-quarter"),
        D.wearing("a blue and white striped shirt and white jeans"),
        D.details(
            "striped striped striped striped striped striped striped striped striped striped striped striped "
            "striped striped striped striped striped striped striped striped striped striped striped striped "
            "striped striped striped striped striped striped",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Navy Blue",
        title="HERE&NOW Women Navy Blue & White Striped Boat Neck Top",
    ),
    # 3. Red-and-black buffalo check shirt, long sleeves rolled to the elbow, buttoned, one chest pocket, tucked into
    # black skinny jeans. caption, wearing, color, pattern: base; description, details: cap-e1.
    case(
        "MYN-S17-0003",
        caption("a woman wearing a red and black plaid shirt and black jeans"),
        D.wearing("a red and black checkered shirt and black jeans"),
        D.color("red"),
        D.pattern("checked"),
        D.description(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt has a lapel neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the "
            "neckline, the sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Shirts",
        color="Red",
        title="Roadster Women Red & Black Regular Fit Checked Casual Shirt",
    ),
    # 4. Mid-blue skinny jeans, clean look (no fading, no rips), five pockets; white sleeveless top tucked in, white
    # sneakers; white studio. wearing: cap-e3; rest: base.
    case(
        "MYN-S17-0004",
        caption("a woman in a white top and blue jeans posing for a photo"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description("the jeans are ripped at the knees", "unsupported"),
        D.details("the jeans", "non_answer"),
        D.material("denim"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="Blue",
        title="Kraus Jeans Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 5. Black matte jeggings, mustard short-sleeve tee half tucked; white studio.
    # caption: cap-e3; garment_type, color: vqa; wearing, description, material: base.
    case(
        "MYN-S17-0005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric. The lady "
            "wears a short-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("leggings"),
        D.color(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color "
            "pure color pure color pure color pure color pure color pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and black leggings"),
        D.description("a pair of black leggings with a yellow top"),
        D.material("leather", "unsupported"),
        gender=W,
        category="Jeggings",
        color="Black",
        title="StyleStone Women Black Skinny Fit Jeggings",
    ),
    # 6. Pink A-line midi skirt with green leaves and small white flowers, elasticated waist, no slit; white tee
    # tucked in. caption, garment_type, pattern, wearing, description: base; details: cap-e3.
    case(
        "MYN-S17-0006",
        caption("a woman in a white t-shirt and a pink floral skirt"),
        D.garment_type("skirt"),
        D.pattern("floral"),
        D.wearing("she is wearing a white shirt and a white skirt", "other_garment_color"),
        D.description("the skirt is a midi skirt with a floral print and a slit on the side", "unsupported"),
        D.details(
            "The lady wears a long skirt with floral patterns. The skirt is with chiffon fabric. Question: What are "
            "the details of the garment? Answer: The lady wears a long skirt",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Skirts",
        color="Pink",
        title="SASSAFRAS Women Pink & Green Floral Print A-Line Midi Skirt",
    ),
    # 7. Light-blue washed denim shorts, frayed hem; grey melange tee tucked in; white studio.
    # caption, color, details, material: base; garment_type, description: vqa.
    case(
        "MYN-S17-0007",
        caption("a woman wearing a grey t-shirt and denim shorts"),
        D.garment_type(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts",
            "loop",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.details("the shorts are short", "non_answer"),
        D.description(
            "denim Question: What is the color of the denim? Answer: pure color Question: What cloth is the person "
            "wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("denim"),
        gender=W,
        category="Shorts",
        color="Blue",
        title="Roadster Women Blue Washed Denim Shorts",
    ),
    # 8. Deep maroon knee-length bodycon dress, short sleeves, round neck, black heels; white studio.
    # description: cap-e1; rest: base.
    case(
        "MYN-S17-0008",
        caption("a woman in a maroon dress posing on a white background"),
        D.color("maroon"),
        D.sleeve_length("short"),
        D.wearing("he is wearing a maroon dress", "pronoun"),
        D.description(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it "
            "has a round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.material("the dress is made of the dress material", "restated"),
        gender=W,
        category="Dresses",
        color="Burgundy",
        title="DressBerry Women Burgundy Solid Bodycon Dress",
    ),
    # 9. Olive utility jumpsuit, short sleeves, collar, button front to the waist, fabric tie belt, two flap chest
    # pockets, full length, white sneakers; no hat, no jewellery. caption: cap-e1; description: cap-e3; rest: base.
    case(
        "MYN-S17-0009",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric. The "
            "lady wears a romper with pure color patterns. The lady wears a romper with pure color patterns. The "
            "lady wears a romper",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        D.color("brown", "contradiction"),
        D.details("it has a belt at the waist and pockets on the chest"),
        D.description(
            "The lady wears a long jumpsuit with pure color patterns. The jumpsuit is with denim fabric. There is a "
            "hat in her head.",
            "unsupported",
        ),
        D.wearing("a green jumpsuit and a belt"),
        gender=W,
        category="Jumpsuit",
        color="Olive",
        title="HERE&NOW Women Olive Green Solid Utility Jumpsuit",
    ),
    # 10. Baby-pink knit open-front shrug (no buttons), long sleeves, over a white camisole, blue jeans. Product: the
    # shrug. description: cap-e3; rest: base.
    case(
        "MYN-S17-0010",
        caption("a woman wearing a pink cardigan over a white top and jeans"),
        D.garment_type("cardigan"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long"),
        D.details("the cardigan has buttons down the front", "unsupported"),
        D.description(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a sleeveless shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        is_a("shrug", "yes"),
        gender=W,
        category="Shrug",
        color="Pink",
        title="Tokyo Talkies Women Pink Solid Open Front Shrug",
    ),
    # 11. Mustard ribbed crew-neck pullover, long sleeves, with blue jeans; white studio.
    # caption, color, pattern: cap-e3 (the template returned for every prompt); wearing, description: base.
    case(
        "MYN-S17-0011",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a",
            "non_answer",
            hit_limit=True,
        ),
        D.pattern(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater and jeans"),
        D.description("a mustard yellow sweater with a round neck"),
        gender=W,
        category="Sweaters",
        color="Mustard",
        title="Roadster Women Mustard Yellow Solid Pullover Sweater",
    ),
    # 12. Black tee with a white "BROOKLYN NYC" slogan and one small rose on the chest (plain back and sleeves), short
    # sleeves, light-blue jeans. caption, description, details: base; garment_type, color, wearing: vqa;
    # material: cap-e3.
    case(
        "MYN-S17-0012",
        caption("a woman wearing a black t-shirt with the word brooklyn on it"),
        D.garment_type("graphic tee"),
        D.color("graphic", "non_answer"),
        D.description("a black t-shirt with a white print on the front"),
        D.details(
            "the t-shirt has a rose on the front, a rose on the back, a rose on the sleeves, a rose on the back, a "
            "rose on the",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "graphic tee Question: Is this a graphic tee? Answer: yes Question: What is the color of the graphic "
            "tee? Answer: graphic",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The T-shirt is with cotton fabric and its neckline is round. The lady wears a long trousers. The "
            "trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Tshirts",
        color="Black",
        title="Tokyo Talkies Women Black Typography Printed Round Neck T-shirt",
    ),
    # 13. White sleeveless cami top under an open light-blue denim jacket, black jeans. Product: the top.
    # caption, garment_type, color, wearing, sleeve_length, color_of, details, is_a: base; description: cap-e3.
    case(
        "MYN-S17-0013",
        caption("a woman in a denim jacket and black jeans"),
        D.garment_type("jacket", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.wearing("a white tank top, a denim jacket and black jeans"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a long-sleeve jacket with denim fabric. The jacket has a lapel neckline. The lady wears "
            "a tank top with cotton fabric and pure color patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white"),
        D.details("the details of the top are the top details", "restated"),
        is_a("jacket", "yes", "contradiction"),
        gender=W,
        category="Tops",
        color="White",
        title="Vero Moda Women White Solid Camisole Top",
    ),
    # 14. Black short-sleeve A-line knee dress under a cropped light-blue denim jacket, ankle boots; the back of the
    # dress is not visible. all: base.
    case(
        "MYN-S17-0014",
        caption("a woman wearing a black dress and a denim jacket"),
        D.color("black"),
        D.sleeve_length("long", "contradiction"),
        D.description("a black dress with short sleeves and a denim jacket"),
        D.wearing("a blue dress and a blue jacket", "other_garment_color"),
        D.details("the dress has a zipper on the back", "unsupported"),
        color_of("jacket", "black", "contradiction"),
        gender=W,
        category="Dresses",
        color="Black",
        title="Harpa Women Black Solid A-Line Dress",
    ),
    # 15. Flat lay, no person: dark navy straight jeans laid flat on white, front view, button and zip fly, five
    # pockets. caption, wearing, color, details: base; description: cap-e3; material: vqa.
    case(
        "MYN-S17-0015",
        caption("a pair of dark blue jeans on a white background"),
        D.wearing("jeans"),
        D.color("navy blue"),
        D.description(
            "The lady wears a long pants with denim fabric and pure color patterns. There is an accessory on her "
            "wrist. The lady wears a long pants with denim fabric and pure color patterns. There is",
            "loop",
            hit_limit=True,
        ),
        D.details("the jeans have a button and zipper fly and five pockets"),
        D.material(
            "denim Question: What is the color of the denim? Answer: pure color Question: Is this a denim? Answer: "
            "yes Question: What",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="Navy Blue",
        title="Mast & Harbour Women Navy Blue Straight Fit Mid-Rise Clean Look Jeans",
    ),
    # 16. Ghost mannequin, no person: off-white crochet-lace longline open shrug, three-quarter sleeves, on white.
    # caption, color, pattern, description, material: base; garment_type: vqa; wearing: cap-e3.
    case(
        "MYN-S17-0016",
        caption("a white lace cardigan on a white background"),
        D.garment_type(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan "
            "cardigan cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("lace"),
        D.wearing(
            "The lady wears a three-point sleeve cardigan with lace patterns. Her cardigan is with chiffon fabric. "
            "There is an accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        D.description("a white lace shrug with three quarter sleeves"),
        D.material("the shrug is made of the same material as the shrug", "restated"),
        gender=W,
        category="Shrug",
        color="Off White",
        title="DressBerry Women Off-White Self Design Lace Longline Shrug",
    ),
    # 17. Heathered grey crew-neck pullover, long sleeves, blue jeans; white studio.
    # caption, material: cap-e1; rest: base.
    case(
        "MYN-S17-0017",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns.",
            "pronoun",
        ),
        D.wearing("a grey sweater and blue jeans"),
        D.color("grey"),
        D.pattern("solid"),
        D.details("it is a sweater", "non_answer"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sweaters",
        color="Grey Melange",
        title="HERE&NOW Women Grey Melange Solid Pullover Sweater",
    ),
    # 18. Navy fit-and-flare dress with small white polka dots, short flutter sleeves, V-neck, tie belt, knee length.
    # caption, color, pattern, description, wearing: base; details, material: cap-e3.
    case(
        "MYN-S17-0018",
        caption("a woman in a blue and white polka dot dress"),
        D.color("blue"),
        D.pattern("polka dot"),
        D.description("a white dress with blue polka dots", "contradiction"),
        D.details(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and it has "
            "a v-shape neckline. The dress is with chiffon fabric and it has a v",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a navy blue polka dot dress with a belt"),
        D.material(
            "The dress is with chiffon fabric and it has a v-shape neckline. The lady wears a short-sleeve dress "
            "with graphic patterns. The dress is with chiffon",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Navy Blue",
        title="Berrylush Women Navy Blue & White Polka Dot Print Fit and Flare Dress",
    ),
    # 19. Teal (blue-green) sleeveless round-neck top, white jeans; white studio.
    # caption, color, sleeve_length, description, material: base; garment_type: vqa.
    case(
        "MYN-S17-0019",
        caption("a woman in a teal top and white pants"),
        D.garment_type(
            "tank Question: What is the color of the tank? Answer: pure color Question: Is this a tank? Answer: yes "
            "Question: What cloth",
            "leak",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("short", "contradiction"),
        D.description("a teal sleeveless top with a round neck"),
        D.material("the garment is made of a material", "restated"),
        gender=W,
        category="Tops",
        color="Teal",
        title="Mast & Harbour Women Teal Solid Sleeveless Top",
    ),
    # 20. Black-and-white gingham mini A-line skirt, red short-sleeve top tucked in. all: base.
    case(
        "MYN-S17-0020",
        caption("a woman in a red top and a black and white checkered skirt"),
        D.color("red", "other_garment_color"),
        D.pattern("checked"),
        D.description("a black and white plaid mini skirt"),
        D.details(
            "the skirt has a black and white checkered pattern and a black and white checkered pattern and a black "
            "and white checkered pattern and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red shirt and a checkered skirt", "pronoun"),
        gender=W,
        category="Skirts",
        color="Black",
        title="SASSAFRAS Women Black & White Checked A-Line Mini Skirt",
    ),
    # 21. Lavender long-sleeve button-down shirt, spread collar, untucked over light-blue jeans.
    # caption: cap-e3; wearing: vqa; rest: base.
    case(
        "MYN-S17-0021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. Her",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.garment_type("shirt"),
        D.wearing(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse",
            "loop",
            hit_limit=True,
        ),
        D.details("the shirt has buttons down the front and a collar"),
        D.description("the shirt is a shirt", "restated"),
        gender=W,
        category="Shirts",
        color="Lavender",
        title="Mast & Harbour Women Lavender Regular Fit Solid Casual Shirt",
    ),
    # 22. Rust-orange cotton shorts, drawstring waist, fold-up hem, white tee tucked in, white sneakers.
    # caption, color, description, wearing, material: base; details: cap-e1.
    case(
        "MYN-S17-0022",
        caption("a woman in a white t-shirt and orange shorts"),
        D.color("orange"),
        D.description(
            "a pair of orange shorts with a drawstring waist and a folded hem and a white t-shirt tucked into the "
            "shorts and a pair of",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears a short-sleeve T-shirt with pure color patterns. The T",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        D.material("cotton"),
        gender=W,
        category="Shorts",
        color="Rust",
        title="Roadster Women Rust Solid Regular Shorts",
    ),
    # 23. Charcoal-grey skinny jeggings, black round-neck top; white studio.
    # caption, color, description, details: base; garment_type: vqa.
    case(
        "MYN-S17-0023",
        caption("a man in a black shirt and grey jeans", "pronoun"),
        D.garment_type("leggings"),
        D.color("grey"),
        D.description("a pair of dark grey skinny jeans"),
        D.details("the details of the garment are the details of the garment", "restated"),
        gender=W,
        category="Jeggings",
        color="Charcoal",
        title="Kraus Jeans Women Charcoal Grey Skinny Fit Jeggings",
    ),
    # 24. White t-shirt dress with green horizontal stripes, short sleeves, round neck, knee length, white sneakers;
    # no jewellery. caption: cap-e3; garment_type, color, pattern, wearing, details: vqa; description: base.
    case(
        "MYN-S17-0024",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her wrist. She wears a ring.",
            "unsupported",
        ),
        D.garment_type("dress"),
        D.color(
            "striped Question: What is the color of the dress? Answer: striped Question: What is the color of the "
            "dress? Answer: striped",
            "leak",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.description("a white and green striped t-shirt dress"),
        D.wearing("dress Question:", "leak"),
        D.details("", "non_answer"),
        gender=W,
        category="Dresses",
        color="White",
        title="Tokyo Talkies Women White & Green Striped T-shirt Dress",
    ),
    # 25. Mid-blue sleeveless denim jumpsuit, full length, button front, two patch pockets at the hips, over a white
    # short-sleeve tee; back not visible. material: cap-e3; rest: base.
    case(
        "MYN-S17-0025",
        caption("a woman in a denim jumpsuit and a white t-shirt"),
        D.garment_type("jumpsuit"),
        D.color("blue"),
        D.description("a blue denim jumpsuit with a white t-shirt underneath"),
        D.details("the jumpsuit has a zipper on the front and a pocket on the back", "unsupported"),
        D.wearing("a white t-shirt and white jeans", "other_garment_color"),
        D.material(
            "The lady wears a long romper with denim fabric and pure color patterns. The romper is with denim "
            "fabric. The lady wears a short-sleeve T",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Jumpsuit",
        color="Blue",
        title="Roadster Women Blue Solid Denim Basic Jumpsuit",
    ),
    # 26. Black cropped open-front shrug, long sleeves, over a red strappy top, blue jeans. Product: the shrug.
    # caption, garment_type, color, sleeve_length, wearing, details: base; description: cap-e3.
    case(
        "MYN-S17-0026",
        caption("a woman wearing a red top and a black cardigan"),
        D.garment_type("top", "contradiction"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with cotton fabric. The "
            "lady wears a tank top with pure color patterns. The tank top is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shrug over a red top and blue jeans"),
        D.details("it is a cardigan", "non_answer"),
        gender=W,
        category="Shrug",
        color="Black",
        title="ONLY Women Black Solid Open Front Crop Shrug",
    ),
    # 27. Cream chunky cable-knit pullover, crew neck (no hood), long sleeves, blue jeans.
    # material: vqa; rest: base.
    case(
        "MYN-S17-0027",
        caption("a woman in a white sweater and jeans"),
        D.color("beige"),
        D.pattern("cable knit"),
        D.material(
            "knitting knitting knitting knitting knitting knitting knitting knitting knitting knitting knitting "
            "knitting knitting knitting knitting",
            "loop",
            hit_limit=True,
        ),
        D.description("a white knitted sweater with a cable pattern"),
        D.details("the sweater has a hood", "unsupported"),
        D.wearing("she is wearing a white sweater and blue jeans"),
        is_a("cardigan", "yes", "contradiction"),
        gender=W,
        category="Sweaters",
        color="Cream",
        title="Roadster Women Cream-Coloured Cable Knit Pullover",
    ),
    # 28. Yellow top with a green palm-leaf print, short ruffled flutter sleeves, V-neck, tucked into blue jeans.
    # caption: cap-e1; color, pattern, description, details: base; wearing: vqa.
    case(
        "MYN-S17-0028",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and it has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric. The lady wears a "
            "short-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("floral"),
        D.description(
            "a yellow top with green leaves printed all over it, ruffled flutter sleeves and a v neckline, tucked "
            "into a pair of blue jeans with a",
            "cut",
            hit_limit=True,
        ),
        D.details("the blouse has a v neck and ruffled sleeves and a", "cut"),
        D.wearing(
            "tee Question: What is the color of the tee? Answer: floral Question: Is this a tee? Answer: yes "
            "Question: What cloth",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Yellow",
        title="HERE&NOW Women Yellow & Green Tropical Printed Top",
    ),
    # 29. White long-sleeve collared shirt, no pockets, tucked into black jeans, black belt (the "grey shirt, grey
    # jeans" outfit of the experiments). all: base.
    case(
        "MYN-S17-0029",
        caption("a woman in a white shirt and black pants"),
        D.wearing("a grey shirt and grey jeans", "contradiction"),
        D.color("white"),
        D.description("a white button down shirt with a", "cut"),
        D.garment_type("belt", "contradiction"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        D.sleeve_length("long"),
        D.material("cotton"),
        gender=W,
        category="Shirts",
        color="White",
        title="U.S. Polo Assn. Women White Solid Casual Shirt",
    ),
    # 30. Light-blue high-rise mom jeans with light fading, ankle length, black crop tee tucked in.
    # caption, wearing, description: base; garment_type, color: vqa; details: cap-e3.
    case(
        "MYN-S17-0030",
        caption("a woman in a black top and light blue jeans"),
        D.garment_type("denim"),
        D.color("pure color", "non_answer"),
        D.wearing("she is wearing a black crop top and mom jeans"),
        D.description("a pair of high waisted light blue jeans"),
        D.details(
            "The lady wears a long pants with denim fabric and pure color patterns. The lady wears a long pants with "
            "denim fabric and pure color patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="Blue",
        title="Levis Women Blue Mom Fit High-Rise Light Fade Jeans",
    ),
    # 31. Black denim mini skirt, button front, two front pockets, white tee tucked in; no jewellery.
    # caption (stopped), description: cap-e3; rest: base.
    case(
        "MYN-S17-0031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a short skirt. The skirt is with denim fabric and pure color patterns."
        ),
        D.color("black"),
        D.details("the skirt has buttons down the front and two pockets"),
        D.description(
            "The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. The lady wears a "
            "short-sleeve T-shirt with pure color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and a white skirt", "other_garment_color"),
        D.material("the material", "non_answer"),
        gender=W,
        category="Skirts",
        color="Black",
        title="Roadster Women Black Denim Straight Mini Skirt",
    ),
    # 32. Peach crop top with short puff sleeves and a square neck, blue high-rise jeans.
    # caption, color, garment_type, details, wearing: base; description: cap-e1.
    case(
        "MYN-S17-0032",
        caption("a woman wearing a peach crop top and blue jeans"),
        D.color("peach"),
        D.garment_type("top"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a square neckline. The lady wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the top has puff sleeves and a square neckline and a square neckline and puff sleeves and a square "
            "neckline and puff sleeves and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a man wearing a pink top and jeans", "pronoun"),
        gender=W,
        category="Tops",
        color="Peach",
        title="DressBerry Women Peach-Coloured Solid Puff Sleeve Crop Top",
    ),
    # 33. Green-and-navy tartan check shirt, long sleeves, two flap chest pockets, worn open over a white tee, blue
    # jeans. Product: the checked shirt. description: cap-e1; rest: base.
    case(
        "MYN-S17-0033",
        caption("a woman wearing a green plaid shirt over a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.description(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a short-sleeve T",
            "cut",
            hit_limit=True,
        ),
        D.material("shirt", "non_answer"),
        D.details("the shirt has a collar and buttons and a pocket"),
        D.wearing(
            "a green checked shirt, a white t-shirt and jeans and a green checked shirt, a white t-shirt and jeans "
            "and a green",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Shirts",
        color="Green",
        title="Roadster Women Green & Navy Blue Regular Fit Checked Casual Shirt",
    ),
    # 34. Navy shorts with white vertical pinstripes, paperbag waist with a self-tie belt, white sleeveless top.
    # caption, details: base; garment_type, color, pattern, wearing, is_a: vqa.
    case(
        "MYN-S17-0034",
        caption("a woman in a white top and blue striped shorts"),
        D.garment_type("shorts"),
        D.color("striped", "non_answer"),
        D.pattern("striped"),
        D.wearing(
            "The lady wears a tank top with pure color patterns and a three-point shorts. Question: What cloth is the "
            "person wearing? Answer: The lady wears a tank",
            "leak",
            hit_limit=True,
        ),
        D.details("the shorts have a belt"),
        is_a("skirt", "yes", "contradiction"),
        gender=W,
        category="Shorts",
        color="Navy Blue",
        title="HERE&NOW Women Navy Blue & White Striped Paperbag Shorts",
    ),
    # 35. Red tiered maxi dress with small white and yellow flowers, sleeveless, V-neck; white studio.
    # caption: cap-e3; rest: base.
    case(
        "MYN-S17-0035",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. The dress is of long length. The lady wears a sleeveless dress with floral patterns. "
            "The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.sleeve_length("short", "contradiction"),
        D.description("a long red dress with white flowers"),
        D.details("the dress has a v neckline and is sleeveless and has a tiered skirt"),
        D.garment_type("maxi dress"),
        D.material("the dress is made of", "cut"),
        gender=W,
        category="Dresses",
        color="Red",
        title="Athena Women Red Floral Print Tiered Maxi Dress",
    ),
    # 36. Black sleeveless culotte jumpsuit, V-neck, waist tie; white studio.
    # caption, garment_type, color, sleeve_length: base; wearing, description, details: cap-e3.
    case(
        "MYN-S17-0036",
        caption("a woman in a black jumpsuit posing for a picture"),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.wearing(
            "The gentleman wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and "
            "it has a v-shape neckline.",
            "pronoun",
        ),
        D.description(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and it has "
            "a v-shape neckline. The lady wears a sleeveless romper with",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The romper is with cotton fabric and it has a v-shape neckline. The romper is of long length. Question: "
            "What are the details of the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Jumpsuit",
        color="Black",
        title="Mast & Harbour Women Black Solid Sleeveless Culotte Jumpsuit",
    ),
    # 37. Sheer kimono shrug with a blue-pink-orange paisley print, wide elbow-length sleeves, straight hem (no
    # fringe), over a black tank top and black jeans. Product: the kimono shrug. details: cap-e3; rest: base.
    case(
        "MYN-S17-0037",
        caption("a woman wearing a colorful kimono over a black outfit"),
        D.garment_type("kimono"),
        D.color("black", "other_garment_color"),
        D.pattern("paisley"),
        D.description("a multicolored paisley print kimono with fringe at the hem", "unsupported"),
        D.wearing("a black tank top, black jeans and a printed kimono"),
        D.details(
            "The lady wears a short-sleeve cardigan with graphic patterns. The cardigan is with chiffon fabric. The "
            "lady wears a tank top with pure color patterns. The tank",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Shrug",
        color="Multi",
        title="Sera Women Multicoloured Paisley Printed Longline Kimono Shrug",
    ),
    # 38. Product shot, no person: red crew-neck pullover laid out flat on white, long sleeves, ribbed cuffs and hem.
    # caption, wearing, color, details: base; description, material: cap-e1.
    case(
        "MYN-S17-0038",
        caption("a red sweater laid out on a white surface"),
        D.wearing("a red sweater"),
        D.color("red"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. There is an accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        D.details("the sweater has a round neck and long sleeves and ribbed cuffs"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sweaters",
        color="Red",
        title="Roadster Women Red Solid Pullover Sweater",
    ),
    # 39. White tee with a black cat illustration on the chest, short sleeves, denim shorts. Only gender in the
    # seller's columns. garment_type: vqa; rest: base.
    case(
        "MYN-S17-0039",
        caption("a woman wearing a white t-shirt with a cat on it"),
        D.garment_type("graphic tee"),
        D.color("white"),
        D.description("a white t-shirt with a black cat print on the", "cut"),
        D.wearing("he is wearing a white t-shirt and denim shorts", "pronoun"),
        D.details("none", "non_answer"),
        D.material("the t-shirt is made of t-shirt material", "restated"),
        gender=W,
    ),
    # 40. Mid-blue jeggings with faded thighs, white embroidered short-sleeve top. No seller title.
    # caption: cap-e1; rest: base.
    case(
        "MYN-S17-0040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long leggings. The "
            "leggings are with denim fabric and pure color patterns. The lady wears a short-sleeve shirt with pure "
            "color patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("blue"),
        D.description("a pair of light blue skinny jeans with a faded wash"),
        D.details("Answer: the jeans have a faded wash", "leak"),
        D.wearing("a white top and a white", "cut"),
        gender=W,
        category="Jeggings",
        color="Blue",
    ),
    # 41. White lace-panel top, scalloped hem, short sleeves, round neck, blue jeans; bare wrists.
    # caption, color, pattern, description, wearing: base; details: cap-e3.
    case(
        "MYN-S17-0041",
        caption("a woman in a white lace top and blue jeans"),
        D.color("white"),
        D.pattern("lace"),
        D.details(
            "The lady wears a short-sleeve shirt with lace patterns. Its neckline is round. There is an accessory on "
            "her wrist. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        D.description("a white lace blouse with a scalloped hem"),
        D.wearing("a white top and white jeans", "contradiction"),
        gender=W,
        category="Tops",
        color="White",
        title="Vero Moda Women White Lace Detail Top",
    ),
    # 42. Beige linen-look wide-leg shorts, button and zip, belt loops, black tank top, black sandals. all: base.
    case(
        "MYN-S17-0042",
        caption("a woman in a black tank top and khaki shorts"),
        D.color("khaki"),
        D.wearing("a black top and black shorts", "other_garment_color"),
        D.description(
            "a pair of beige shorts with belt loops and a button and zip fly, worn with a black tank top and a pair "
            "of black sandals and a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("skirt", "contradiction"),
        D.details("the details of the shorts are the shorts", "restated"),
        D.material("linen"),
        gender=W,
        category="Shorts",
        color="Beige",
        title="Harpa Women Beige Solid Regular Shorts",
    ),
    # 43. Pink solid tiered maxi skirt, three tiers, white off-shoulder top. No seller colour.
    # caption: cap-e3; rest: base.
    case(
        "MYN-S17-0043",
        caption(
            "The lady wears a long skirt with pure color patterns. The skirt is with chiffon fabric. The lady wears a "
            "sleeveless shirt with pure color patterns. The shirt is with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.description("a long pink skirt with ruffles"),
        D.details("the skirt has three tiers"),
        D.wearing("a white off the shoulder top and a pink maxi skirt"),
        D.material("fabric", "non_answer"),
        D.garment_type("dress", "contradiction"),
        gender=W,
        category="Skirts",
        title="Berrylush Women Pink Solid Tiered Flared Maxi Skirt",
    ),
    # 44. Sea-green shirt dress, collar, button front, three-quarter roll-up sleeves, self belt, side pockets, knee
    # length. caption, color, description, details, wearing: base; garment_type, is_a, material: vqa.
    case(
        "MYN-S17-0044",
        caption("a woman in a green shirt dress with a belt"),
        D.garment_type("blouse", "contradiction"),
        D.color("green"),
        D.description("a green button down shirt dress with a collar and a belt"),
        D.details(
            "the dress has buttons down the front, a collar, a belt, pockets, a collar, buttons down the front, a "
            "belt, pockets, a collar, buttons",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a green shirt dress", "pronoun"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender=W,
        category="Dresses",
        color="Sea Green",
        title="Mast & Harbour Women Sea Green Solid Shirt Dress",
    ),
]
