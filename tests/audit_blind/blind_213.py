"""BLIND_213 (46 products; women's lingerie, nightwear and loungewear: bras, nighties, pyjama sets, robes): written
blind in the fortieth session. Measured blind at 16cc4c4 (the session's rules as they stood): 75/119 failures found
(63.0%) and 12/150 correct texts flagged (8.0%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's lingerie, nightwear and loungewear: bras (T-shirt, padded,
lace, sports, minimiser, bralettes, a pack of two), camisoles, nightdresses and full-length cotton nighties, satin
slips and babydolls, pyjama and shorts sets (printed, checked, satin, flannel), robes (satin, velvet, waffle knit,
sheer), lounge t-shirts, joggers and shorts, and maternity nightwear. Model shots in bedrooms (beds, headboards,
curtains, mirrors, a Christmas tree, fairy lights, coloured walls) and in the studio; some flat-lays of sets with
props (a cup, a book). Bras are shot with matching briefs or with jeans or joggers; lounge bottoms with a plain tee.
Each row has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
pink bra") unless the comment says "adapter": then the caption-only LoRA adapter of the original experiments wrote
it (the DeepFashion template: "The lady wears a sleeveless tank top with pure color patterns ..."), trained with no
end token, so it runs to its limit (hit_limit=True) and returns the template to any question it is asked. The open
questions (wearing, description, details, material and the set's own: straps, neckline, print, written text, pieces,
padding) come from the base model unless the comment names them as adapter texts; the base model stops on its own
and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, color of the top /
pants / shorts, "Is this a ...?") are enrich's `--engine reference` answers picked from candidate sets: never a loop
or a cut, but often the wrong candidate (the wall, the print, the other garment).

Labeling conventions and judgement calls:
- Shade words count as correct: red for maroon or burgundy, pink for peach, coral or rose, purple for lavender or
  lilac, blue for navy or teal blue, green for teal, olive or mint, beige for nude, cream or white for off white,
  grey for charcoal, orange or brown for rust, orange for coral. Orange for peach is a contradiction; black for
  navy is a contradiction.
- Garment synonyms count as correct: nightgown, nightie, slip or dress for a nightdress; pajamas for a night suit;
  tank top for a camisole; top for a bralette; sweatpants for joggers; shirt for a nightshirt; bathrobe for a robe;
  sweater for a ribbed long-sleeve lounge top. Tank top for a bra (the adapter does it) and jacket for a robe are
  contradictions (the garment itself is misnamed), hit_limit kept.
- Closed answers: the color of the wall, the backdrop, the bedsheet, the armchair, the headboard or the Christmas
  tree is contradiction; the color of the print or trim (white dots, white piping, white lace, yellow lemons, green
  leaves) given as the garment's color is contradiction; the color of another garment worn in the photo (the tee
  with the joggers, the jeans with the bra, the shorts with the camisole) is other_garment_color. Side stripes,
  ribbing or waffle knit answered as striped or checked is contradiction. "yes" to "Is this a jacket?" for a robe
  or "Is this a bra?" for a sheer robe worn over a bra is contradiction.
- A flat-lay with no person: naming the pieces for "What is the person wearing?" is correct; "a man wearing ..." is
  pronoun, as is "he" or "a man" for any of these models (all women).
- Materials: the title's fabric (satin, velvet, flannel, lace, mesh, cotton, modal) is correct; cotton or spandex as
  a plausible guess on a plain knit is correct; silk for satin, linen or wool for cotton, and lace for plain cotton
  bras are unsupported; the material of another garment in the photo (denim for the jeans) is contradiction.
- Invented things not in the photo (a belt, a bow, a hood, a collar, a chest pocket, a slit, a zipper on joggers,
  slippers on a photo cropped at the knees, a Santa hat, an underwire on a non-wired bralette, padding on a
  non-padded bra) are unsupported.
- Non-answers: empty answers, "clothes", "the straps of the bra", "they are shorts", and answers about the person or
  the props instead of the garment ("she is pregnant", "a cup of coffee and a book", "a woman lying on a bed").
  A material question answered with the garment's color ("the shorts are yellow") is restated.
- Adapter texts: a text that repeats a whole sentence of the template is loop; one that stops mid-sentence without
  repeating a sentence is cut; the template answering the material question is restated (hit_limit kept). The
  template answering wearing or details does answer it, so those are cut or loop. A base answer that stops on a
  dangling word ("a zipper on the", "it is made of") is cut without hit_limit.
- Base answers running on into "Question: ... Answer: ..." are leak even when the first words are right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
straps = question("straps", "What are the straps of the bra like?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")
printed = question("print", "What is printed on the garment?", "open")
written = question("written", "What is written on the t-shirt?", "open")
pieces = question("set_pieces", "What pieces are in the set?", "open")
padded = question("padded", "Is the bra padded?", "open")

BLIND_213 = [
    # photo: model in a black lace lightly padded push-up bra with matching black lace briefs, front view cropped at
    # the thighs, plain white studio backdrop.
    # adapter: none
    case(
        "X213-001",
        caption("a woman in a black lace bra and panties"),
        D.wearing("a black bra and panties"),
        D.garment_type("bra"),
        D.color("black"),
        D.material("lace"),
        title="Women Black Lace Lightly Padded Push-Up Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model sitting on a bed with white sheets and grey pillows, in a navy cotton night suit: short-sleeve
    # tee with a white "Sleepy Head" print and navy pyjamas with white polka dots.
    # adapter: caption
    case(
        "X213-002",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and graphic patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        color_top("blue"),
        color_pants("white", "contradiction"),
        written("sleepy head"),
        D.material("cotton Question: what is the color of the pajamas? Answer: blue", "leak"),
        title="Women Navy Blue Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model standing by a window with beige curtains, in a pastel pink satin night suit: long-sleeve
    # button-down shirt with notch collar and white piping, full-length pyjama pants.
    # adapter: none
    case(
        "X213-003",
        caption("a woman in pink pajamas standing next to a window"),
        D.wearing("pink pajamas"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        D.details("buttons Question: what is the color of the pants? Answer: pink", "leak"),
        title="Women Pink Satin Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a full-length maroon cotton maternity nightdress with a small white floral print, short
    # sleeves, front button placket, standing in a bedroom by a wooden wardrobe.
    # adapter: details
    case(
        "X213-004",
        caption("a man in a red nightgown standing in a bedroom", "pronoun"),
        D.wearing("a nightgown and a robe", "unsupported"),
        D.color("maroon"),
        D.pattern("floral"),
        D.details(
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The dress is with cotton "
            "fabric and floral",
            "loop",
            hit_limit=True,
        ),
        D.description("a long red dress with white flowers"),
        title="Women Maroon Floral Printed Maternity Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a nude seamless non-padded T-shirt bra with nude briefs, light grey studio backdrop.
    # adapter: none
    case(
        "X213-005",
        caption("a woman in a beige bra and panties"),
        D.wearing("", "non_answer"),
        D.color("beige"),
        D.material("cotton"),
        padded("yes", "unsupported"),
        D.description("a white bra", "contradiction"),
        title="Women Nude-Coloured Solid Non-Padded T-shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: model seated on a bed in a lavender camisole with lace trim at the neckline and spaghetti straps,
    # worn with white lounge shorts.
    # adapter: caption
    case(
        "X213-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts. The tank top is with chiffon "
            "fabric and it has a suspenders neckline. The shorts are with cotton fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple tank top and white shorts"),
        D.color("white", "other_garment_color"),
        D.garment_type("camisole"),
        D.details("lace trim and a bow", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Women Lavender Solid Camisole with Lace Detail",
        category="Camisoles",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat-lay on a white wooden floor of a grey melange lounge set: plain round-neck short-sleeve t-shirt and
    # joggers with a white drawstring. No person.
    # adapter: none
    case(
        "X213-007",
        caption("a grey t-shirt and sweatpants laid out on a white floor"),
        D.wearing("a man wearing a grey t-shirt and grey sweatpants", "pronoun"),
        D.color("grey"),
        color_pants("grey"),
        D.details("the t-shirt has a pocket on the chest", "unsupported"),
        D.description("a grey t-shirt with a black logo on the chest", "unsupported"),
        title="Women Grey Melange Solid Pure Cotton Lounge Set",
        category="Lounge Sets",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a long black satin robe with wide sleeves and a tie belt, open over a matching black slip
    # nightdress, bedroom with a white bed and a bedside lamp.
    # adapter: caption
    case(
        "X213-008",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and its "
            "neckline is lapel. There is an accessory on her wrist. The lady wears a long-sleeve jacket with pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black robe"),
        D.garment_type("dress", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        is_a("dress", "no"),
        title="Women Black Solid Satin Robe",
        category="Robe",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model, side view showing the bump, in a knee-length teal maternity nightdress with short
    # sleeves and a lighter sea-green nursing panel across the chest, white studio backdrop.
    # adapter: none
    case(
        "X213-009",
        caption("a pregnant woman in a green dress"),
        D.wearing("a green dress"),
        D.color("green"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("a pregnant woman", "non_answer"),
        D.description("he is wearing a green dress", "pronoun"),
        title="Women Teal Maternity Feeding Nightdress",
        category="Nightdress",
        color="Teal",
        gender="Women",
    ),
    # photo: model sitting on a bed with pink pillows, in a white cotton camisole and pink-and-white checked pyjama
    # shorts.
    # adapter: caption
    case(
        "X213-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts. The tank top is with cotton "
            "fabric and its neckline is suspenders. The shorts are with cotton fabric and lattice patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and pink shorts"),
        color_top("pink", "other_garment_color"),
        color_shorts("pink"),
        D.pattern("checked"),
        D.material("cotton Question: what is the pattern of the shorts? Answer: plaid", "leak"),
        is_a("dress", "yes", "contradiction"),
        title="Women White & Pink Checked Cotton Shorts Set",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: model in a red lace non-wired bralette with matching red high-waist briefs, pink studio backdrop.
    # adapter: none
    case(
        "X213-011",
        caption("a woman in a red lingerie set posing in front of a pink wall"),
        D.wearing("red lingerie"),
        D.color("pink", "contradiction"),
        D.material("lace"),
        D.details("underwire", "unsupported"),
        title="Women Red Lace Non-Wired Bralette",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: model in a long-sleeve mustard yellow lounge t-shirt tucked into black joggers, standing in a living room
    # with a grey sofa.
    # adapter: caption, material
    case(
        "X213-012",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a yellow t-shirt"),
        D.material(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its",
            "restated",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: model sitting on the edge of a bed with white sheets, in a short peach satin babydoll with lace cups
    # and spaghetti straps.
    # adapter: details
    case(
        "X213-013",
        caption("a woman in a pink nightie sitting on a bed"),
        D.color("orange", "contradiction"),
        D.garment_type("nightdress"),
        D.material("satin"),
        D.details(
            "The dress is with other fabric and pure color patterns. It has a suspenders neckline. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Peach-Coloured Satin Baby Doll with Lace Detail",
        category="Baby Dolls",
        color="Peach",
        gender="Women",
    ),
    # photo: flat-lay on a light blue background of a pyjama set: white short-sleeve collared button shirt with a
    # blue floral print and matching full-length pants.
    # adapter: none
    case(
        "X213-014",
        caption("a white and blue floral pajama set on a blue background"),
        D.wearing("clothes", "non_answer"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.details("buttons on the shirt and a collar"),
        D.description("a blue shirt and blue pants", "contradiction"),
        title="Women White & Blue Floral Print Pyjama Set",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: model in olive green lounge joggers with side pockets and an elastic waist, with a white cropped
    # t-shirt, plain studio backdrop.
    # adapter: none
    case(
        "X213-015",
        caption("a woman wearing a white t-shirt and green pants"),
        D.wearing("white t-shirt and green sweatpants"),
        D.color("white", "other_garment_color"),
        D.description("green pants"),
        D.details("a zipper on the side", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Olive Green Solid Lounge Joggers",
        category="Lounge Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: model barefoot on a wooden floor by a bed, in a knee-length sky blue cotton button-front nightshirt with
    # white piping, long sleeves rolled to the elbow.
    # adapter: caption
    case(
        "X213-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt Question: what is the color of the shirt? Answer: blue", "leak"),
        D.garment_type("nightdress"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.description("a man in a blue shirt", "pronoun"),
        title="Women Blue Solid Pure Cotton Nightshirt",
        category="Nightdress",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black racerback sports bra with wide straps and grey joggers, studio with a grey floor.
    # adapter: none
    case(
        "X213-017",
        caption("a woman in a black sports bra and grey sweatpants"),
        D.wearing("a black bra and grey pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("bra"),
        D.material("spandex"),
        straps("the straps of the bra", "non_answer"),
        title="Women Black Solid Workout Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in pink pyjama pants with a small red heart print and a plain white t-shirt, bedroom with a white
    # brick wall.
    # adapter: caption
    case(
        "X213-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and graphic patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pink pajama pants and a white shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        printed("hearts"),
        D.description("pink pants with red and white polka dots", "contradiction"),
        title="Women Pink Heart Printed Pyjamas",
        category="Lounge Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a full-length navy blue cotton nighty with a white paisley print and short puff sleeves,
    # standing in front of a bed with a floral bedsheet.
    # adapter: none
    case(
        "X213-019",
        caption("a woman in a blue dress standing in front of a bed"),
        D.wearing("a blue dress"),
        D.color("black", "contradiction"),
        D.pattern("printed"),
        D.description("a long blue dress with a belt", "unsupported"),
        D.material("cotton"),
        title="Women Navy Blue Paisley Printed Maxi Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a burgundy velvet robe with a shawl collar and tie belt over grey pyjamas, cropped at the
    # knees, bedroom with a brown wooden headboard.
    # adapter: none
    case(
        "X213-020",
        caption("a woman in a red robe standing in a bedroom"),
        D.wearing("a red robe and slippers", "unsupported"),
        D.color("grey", "other_garment_color"),
        D.material("velvet"),
        D.details("a belt"),
        is_a("jacket", "yes", "contradiction"),
        title="Women Burgundy Velvet Belted Robe",
        category="Robe",
        color="Burgundy",
        gender="Women",
    ),
    # photo: flat-lay on white of a pack of two plain cotton T-shirt bras, one black and one white. No person. The
    # feed row has no color.
    # adapter: none
    case(
        "X213-021",
        caption("two bras on a white background"),
        D.description("a black bra and a white bra"),
        D.details("two bras", "non_answer"),
        D.material("the bras are made of cotton and spandex and lace", "unsupported"),
        color_top("black and white"),
        title="Women Pack of 2 Cotton T-Shirt Bras",
        category="Bra",
        gender="Women",
    ),
    # photo: model in a sleeveless knee-length white cotton nightdress with a small yellow lemon and green leaf
    # print, standing in a bedroom with a yellow wall.
    # adapter: caption, wearing
    case(
        "X213-022",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow", "contradiction"),
        D.description("a white dress with lemons on it"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        title="Women White Lemon Print Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: model in a long-sleeve black-and-white striped lounge t-shirt with black lounge shorts, white studio.
    # adapter: none
    case(
        "X213-023",
        caption("a woman in a black and white striped shirt and black shorts"),
        D.color("black"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a black shirt with white stripes and black shorts"),
        D.material("the shirt is black and white", "restated"),
        title="Women Black & White Striped Lounge T-Shirt",
        category="Lounge Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in a maternity night suit: lilac button-front nursing top with three-quarter sleeves
    # and lilac-and-grey checked pyjamas; studio with a potted green plant. The feed row has no gender.
    # adapter: caption
    case(
        "X213-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and lattice patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing pajamas Question: is she pregnant? Answer: yes", "leak"),
        color_top("purple"),
        color_pants("green", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("buttons"),
        title="Women Lavender Maternity Nursing Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # photo: model in a rose pink modal camisole with light blue jeans, studio with a white backdrop.
    # adapter: none
    case(
        "X213-025",
        caption("a woman in a pink tank top and blue jeans"),
        D.wearing("a pink tank top and jeans Question: what color are the jeans? Answer: blue", "leak"),
        D.color("pink"),
        D.garment_type("camisole"),
        D.material("denim", "contradiction"),
        title="Women Rose Pink Solid Modal Camisole",
        category="Camisoles",
        color="Pink",
        gender="Women",
    ),
    # photo: model lying on a bed propped on an elbow, white pillows, in a navy satin night suit with white piping:
    # long-sleeve shirt with revere collar and full-length pants.
    # adapter: caption
    case(
        "X213-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        D.wearing("blue pajamas"),
        color_top("blue"),
        color_pants("white", "contradiction"),
        D.material("satin"),
        D.description("a woman lying on a bed", "non_answer"),
        title="Women Navy Blue Satin Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model sitting on a balcony among potted plants, in yellow-and-white tie-dye lounge shorts with a
    # drawstring and a plain white t-shirt.
    # adapter: none
    case(
        "X213-027",
        caption("a woman in a tie dye shirt and shorts sitting on a balcony", "contradiction"),
        D.wearing("a white t-shirt and yellow shorts"),
        D.color("yellow"),
        D.pattern("tie-dye"),
        D.details("drawstring"),
        D.material("the shorts are yellow", "restated"),
        title="Women Yellow Tie-Dye Lounge Shorts",
        category="Lounge Shorts",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a midi black satin slip nightdress with a lace-trimmed V neckline, standing against a dark grey
    # wall beside a gold-framed mirror.
    # adapter: details
    case(
        "X213-028",
        caption("a woman in a black slip dress standing in front of a mirror"),
        D.wearing("a black dress"),
        D.color("black"),
        neckline("v-neck"),
        D.details(
            "The dress is with other fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "other fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Black Satin Slip Nightdress with Lace Trim",
        category="Nightdress",
        color="Black",
        gender="Women",
    ),
    # photo: model on a bed with white sheets in a grey longline sleep t-shirt, short sleeves, mid-thigh, with a
    # white cartoon panda and the words "Do Not Disturb".
    # adapter: caption
    case(
        "X213-029",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady wears a short-sleeve T-shirt with graphic "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt"),
        printed("a panda"),
        D.color("white", "contradiction"),
        written("do not disturb Question: what is the color of the t-shirt? Answer: grey", "leak"),
        D.garment_type("t-shirt"),
        title="Women Grey Graphic Printed Longline Sleep T-shirt",
        category="Lounge Tshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a bottle green underwired lightly padded bra with matching briefs, plain centre gore with no
    # bow, dark studio backdrop.
    # adapter: none
    case(
        "X213-030",
        caption("a woman in a green bra and panties"),
        D.wearing("a bra"),
        D.color("green"),
        D.details("a bow in the middle", "unsupported"),
        straps("the straps are straps", "non_answer"),
        title="Women Green Solid Underwired Lightly Padded Bra",
        category="Bra",
        color="Green",
        gender="Women",
    ),
    # photo: model in a knee-length off white cotton nightdress with an embroidered yoke and three-quarter sleeves,
    # bedroom with a white wall and a wicker chair.
    # adapter: caption
    case(
        "X213-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dress"),
        D.color("cream"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("embroidery on the chest"),
        D.material("linen", "unsupported"),
        D.description("a man in a white nightgown", "pronoun"),
        title="Women Off White Embroidered Cotton Nightdress",
        category="Nightdress",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a white waffle-knit cotton bathrobe, closed and belted, three-quarter sleeves, patch pockets,
    # no hood; white-tiled bathroom with plants.
    # adapter: none
    case(
        "X213-032",
        caption("a woman in a white robe standing in a bathroom"),
        D.wearing("a white bathrobe"),
        D.color("white"),
        D.material("cotton"),
        D.pattern("checked", "contradiction"),
        D.details("a belt and a hood", "unsupported"),
        title="Women White Waffle Knit Cotton Bathrobe",
        category="Robe",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay on a white bedsheet of a coral shorts set (sleeveless top and shorts) with a white daisy
    # print, a cup of coffee and a book beside it. No person.
    # adapter: none
    case(
        "X213-033",
        caption("a coral top and shorts with a cup of coffee"),
        D.color("orange"),
        color_shorts("white", "contradiction"),
        D.pattern("floral"),
        D.details("a cup of coffee and a book", "non_answer"),
        title="Women Coral Floral Printed Shorts Set",
        category="Night suits",
        color="Coral",
        gender="Women",
    ),
    # photo: model on a window seat with white cushions, in a teal blue satin camisole with lace trim and matching
    # full-length pyjama pants.
    # adapter: caption, wearing
    case(
        "X213-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "chiffon fabric and its neckline is suspenders. The trousers are with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "chiffon fabric and it",
            "cut",
            hit_limit=True,
        ),
        color_top("blue"),
        color_pants("blue"),
        D.material("satin"),
        D.sleeve_length("sleeveless"),
        title="Women Teal Blue Satin Camisole & Pyjama Set",
        category="Night suits",
        color="Teal",
        gender="Women",
    ),
    # photo: model sitting on a sofa in a full-length bright pink cotton nighty with a small white-and-green floral
    # print, round neck without collar, front zip.
    # adapter: none
    case(
        "X213-035",
        caption("a woman sitting on a couch wearing a pink dress"),
        D.wearing("a pink dress with flowers"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details("a zipper on the", "cut"),
        D.description("a pink dress with a white collar", "unsupported"),
        title="Women Pink Floral Printed Cotton Maxi Nighty with Zip",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white lace high-neck lightly padded bralette with light blue high-waist jeans, beige wall.
    # adapter: none
    case(
        "X213-036",
        caption("a woman in a white lace top and jeans"),
        D.wearing("a white bra and jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("bra"),
        D.material("denim", "contradiction"),
        D.details("lace Question: what is the color of the jeans? Answer: blue", "leak"),
        title="Women White Lace Lightly Padded Bralette",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: model in charcoal grey lounge joggers with a black side stripe, white t-shirt, hands in pockets, studio.
    # adapter: caption
    case(
        "X213-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("white t-shirt and grey pants"),
        D.color("white", "other_garment_color"),
        D.details("black stripes on the side"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        title="Women Charcoal Grey Solid Lounge Joggers",
        category="Lounge Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a red-and-black buffalo check flannel night suit (long-sleeve shirt and pants), no hat, a
    # decorated Christmas tree behind her.
    # adapter: none
    case(
        "X213-038",
        caption("a woman in red and black plaid pajamas in front of a christmas tree"),
        D.color("red"),
        D.pattern("checked"),
        D.material("flannel"),
        D.description("a red and black plaid shirt and pants with a santa hat", "unsupported"),
        color_pants("green", "contradiction"),
        title="Women Red & Black Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: torso crop of a model in a light pink non-padded full-coverage minimiser bra with wide straps, white
    # backdrop.
    # adapter: wearing
    case(
        "X213-039",
        caption("a woman in a pink bra"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric and its "
            "neckline is suspenders. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.garment_type("bra"),
        straps("wide straps"),
        title="Women Pink Solid Non Padded Full Coverage Minimiser Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: model sitting on a rug with cushions in a rust ribbed cotton lounge set: long-sleeve top and pants.
    # adapter: none
    case(
        "X213-040",
        caption("a woman in an orange sweater sitting on a rug"),
        D.wearing("an orange sweater and orange pants"),
        D.color("brown"),
        D.pattern("striped", "contradiction"),
        D.material("wool", "unsupported"),
        title="Women Rust Ribbed Cotton Lounge Set",
        category="Lounge Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a sheer black mesh kimono robe with lace-trimmed edges, no belt, over a black bra and briefs,
    # sitting in a red velvet armchair in a bedroom.
    # adapter: none
    case(
        "X213-041",
        caption("a woman in black lingerie sitting in a red chair"),
        D.wearing("a black robe"),
        D.color("red", "contradiction"),
        D.material("mesh"),
        D.details("lace trim and a belt", "unsupported"),
        is_a("bra", "yes", "contradiction"),
        title="Women Black Sheer Lace Trim Robe",
        category="Robe",
        color="Black",
        gender="Women",
    ),
    # photo: pregnant model in a knee-length mint green maternity nightdress with white polka dots and short
    # sleeves, no belt, plain studio backdrop.
    # adapter: none
    case(
        "X213-042",
        caption("a pregnant woman in a green polka dot dress"),
        D.wearing("a green and white polka dot dress with a belt", "unsupported"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.details("she is pregnant", "non_answer"),
        D.description("a green dress with white polka dots"),
        title="Women Mint Green Polka Dot Maternity Nightdress",
        category="Nightdress",
        color="Green",
        gender="Women",
    ),
    # photo: model in black lounge shorts with a white short-sleeve t-shirt, studio. The feed row has no gender.
    # adapter: caption, material
    case(
        "X213-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. The T",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black shorts"),
        D.color("black"),
        D.details("they are shorts", "non_answer"),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is",
            "restated",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Women Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # photo: model by a bed with a gold headboard, in a sleeveless emerald green satin nightdress (no slit) with a
    # matching open satin robe.
    # adapter: none
    case(
        "X213-044",
        caption("a woman in a green satin robe"),
        D.wearing("a green robe and a green dress"),
        D.color("gold", "contradiction"),
        D.material("satin"),
        pieces("a nightgown and a robe"),
        D.description("a green dress with a slit", "unsupported"),
        title="Women Green Satin Nightdress with Robe",
        category="Nightdress",
        color="Green",
        gender="Women",
    ),
    # photo: model in a light grey cat-print pyjama set (short-sleeve top and full-length pants), pink studio wall.
    # adapter: caption
    case(
        "X213-045",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and graphic patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing pajamas", "pronoun"),
        color_top("pink", "contradiction"),
        color_pants("grey"),
        printed("cats"),
        D.details("a cat on the shirt and cats on the pants"),
        title="Women Grey Cat Printed Pyjama Set",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # photo: model sitting on a white bed with fairy lights behind, in a black satin cami and shorts set with white
    # lace trim.
    # adapter: details
    case(
        "X213-046",
        caption("a woman in black satin pajamas sitting on a bed with lights"),
        D.wearing("a black tank top and shorts"),
        color_top("black"),
        color_shorts("white", "contradiction"),
        D.material("silk", "unsupported"),
        D.details(
            "The tank top is with other fabric and pure color patterns. The shorts are with other fabric and pure "
            "color patterns. The tank top is with other fabric and pure color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Satin Cami Shorts Set",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
]
