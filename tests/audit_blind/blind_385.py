"""BLIND_385 (46 products; women's nightwear, loungewear and innerwear from an Indian marketplace): written blind in the
forty-fifth session. Measured blind at 0b4fdbe (the session's rules as they stood): 95/123 failures found (77.2%) and
12/153 correct texts flagged (7.8%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English feed of women's nightwear, loungewear and innerwear: printed cotton night
suits and pyjama sets (shirt or tee with pyjamas, shorts or capris), nightdresses, nighties and kaftans, satin robes,
lounge pants, joggers and shorts, camisoles, bras (t-shirt, lace, push-up, sports), briefs in packs, shapewear and
thermal sets. Model shots (bedrooms, sofas, walls, curtains, plants, mugs, pillows, mirrors) and flat-lays on white,
wood or bedsheets. Each row has the seller's title, category, color and gender; a few miss one column.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in blue
pajamas ...") or from the caption-only LoRA adapter of the original experiments (the DeepFashion template: "The lady
wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric ..."). The adapter never learned
to stop, so each of its texts runs to its limit (50 new tokens for captions, 30 for answers) and carries
hit_limit=True; asked a question it returns its template. Open answers (wearing, description, details, material and
the set's own open questions) come from the base model, which stops on its own (never hit_limit), unless the comment
before the case names the adapter. Closed answers (garment_type, color, pattern, sleeve_length, the per-piece colors
and "Is this a ...?") are enrich's `--engine reference` picks from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, sky blue or teal; red for maroon, wine or burgundy;
  purple for lavender or mauve; pink for peach; orange for coral; yellow for lemon; cream or white for off white;
  beige or nude for skin-coloured; grey for grey melange. Mustard answered "orange" and navy answered "black" are
  contradictions. The color of a wall, curtain, backdrop or pillow given as the garment's color is a contradiction,
  and so is the color of a print, piping, embroidery or trim (white dots on navy, black lace on leopard print).
- The color of another worn piece (the tee over lounge pants, the jeans under a bra, the other half of a set) given as
  the product's or a piece's color is other_garment_color, and so is an open answer describing that other piece
  instead of the product.
- Garment synonyms are correct: pajamas / pyjamas / night suit / pajama set; nightgown, nighty, dress or nightdress
  for a nightdress; lingerie / underwear / panties for bras and briefs; sweatpants or joggers for lounge pants;
  tank top for a camisole; leggings for thermal bottoms; kaftan or dress for a kaftan. A bra called a tank top (the
  adapter's template) or a bikini, lingerie or a cami set called a bikini, shapewear called a swimsuit or plain
  "shorts", boxer shorts called pants, a robe called a cardigan and a thermal top answered "yes" to "Is this a
  sweater?" are contradictions. "Is this a bikini?" answered yes for bikini briefs is
  correct (the style's own name).
- Multi-colour packs (seller color Assorted or missing): any one piece's color is correct for the closed color
  question; a wrong count in an open pack question is a contradiction.
- Materials: the one the title names (cotton, satin, lace, fleece, velour as "velvet", mesh, lycra) is correct; a
  plausible "cotton" on an unnamed cotton-look knit is correct; silk for satin or mesh, wool or linen for cotton,
  polyester for a cotton nightdress and cotton for a lace bra are unsupported. A material question answered with the
  garment's name or color is restated; "it is made of" is cut.
- Invented details or items not in the photo (a zipper, a bow, a pocket, a slit, a white collar, socks, slippers, a
  cardigan, a thong, panties beside a lone bra) are unsupported.
- Adapter texts: a repeated template sentence is a loop, a template stopping mid-sentence without repeating is cut
  (even where it names a wrong fabric first), a template returned for the material question is restated; a template
  that misnames the product itself (a bra as a tank top, a robe as a cardigan) is contradiction. The template
  answering "wearing" or "Describe" is cut or loop, not restated.
- Base answers that run on into "Question: ... Answer: ..." are leak. "he" for a woman is pronoun. "the details of
  the pants", "the pants have details", "they are shorts", "it is made of fabric", an empty answer or a bare garment
  name for a description are non_answer.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_bra = question("color_bra", "What is the color of the bra?", "closed")
color_briefs = question("color_briefs", "What is the color of the briefs?", "closed")
color_robe = question("color_robe", "What is the color of the robe?", "closed")
print_q = question("print", "What is printed on the garment?", "open")
straps = question("straps", "What kind of straps does the garment have?", "open")
pack_count = question("pack_count", "How many pieces are in the pack?", "open")

BLIND_385 = [
    # photo: model standing in a bedroom in a navy blue cotton night suit, full-sleeve notch-collar shirt with white
    # piping and small white star print, matching pyjamas; bed and lamp behind.
    # adapter: none
    case(
        "X385-001",
        caption("a woman in blue pajamas standing in a bedroom"),
        D.wearing("he is wearing blue pajamas", "pronoun"),
        D.garment_type("pajamas"),
        D.color("black", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Women Navy Blue Printed Cotton Night Suit",
        category="Night Suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model sitting on a bed with white sheets in a peach satin sleeveless knee-length nightdress, lace trim at
    # the v-neckline.
    # caption, material: adapter
    case(
        "X385-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of knee length. The lady wears a sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink nightgown"),
        D.color("pink"),
        D.details("lace on the neckline and a slit on the side", "unsupported"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Peach Satin Lace Trim Nightdress",
        category="Nightdresses",
        color="Peach",
        gender="Women",
    ),
    # photo: flat-lay on white of a black lace bralette and matching brief, a small satin bow at the centre of the bra.
    # adapter: none
    case(
        "X385-003",
        caption("a black lace bra and panties on a white background"),
        D.garment_type("bikini", "contradiction"),
        color_bra("black"),
        D.details("lace with a small bow in the middle"),
        D.material("cotton", "unsupported"),
        title="Women Black Lace Non-Padded Bralette with Brief",
        category="Lingerie Set",
        color="Black",
        gender="Women",
    ),
    # photo: model in maroon jogger-style lounge pants with an elastic drawstring waist, a white tee tucked in, plain
    # grey backdrop.
    # adapter: none
    case(
        "X385-004",
        caption("a woman in a white t-shirt and red pants"),
        D.wearing("a white shirt and maroon pants"),
        D.color("white", "other_garment_color"),
        color_pants("red"),
        D.description("a white t-shirt", "other_garment_color"),
        D.details("elastic waist with a drawstring and", "cut"),
        D.material("cotton"),
        title="Women Maroon Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a skin-coloured seamless padded t-shirt bra worn with blue jeans, white backdrop, cropped at the
    # hips.
    # caption: adapter
    case(
        "X385-005",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The neckline of "
            "it is suspenders. The lady wears a long trousers. The trousers are with denim fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a bra and jeans"),
        D.color("beige"),
        color_bra("blue", "other_garment_color"),
        D.details(
            "padded cups Question: What is the color of the straps? Answer: beige",
            "leak",
        ),
        title="Women Skin-Coloured Solid Padded Non-Wired T-shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: flat-lay on white of three cotton hipster briefs, pink, grey and navy, side by side.
    # adapter: none
    case(
        "X385-006",
        caption("three pairs of underwear on a white background"),
        D.color("pink"),
        pack_count("3"),
        D.description("underwear", "non_answer"),
        D.details("they have an elastic waistband and lace on the", "cut"),
        D.material("cotton"),
        title="Women Pack of 3 Solid Cotton Hipster Briefs",
        category="Briefs",
        color="Assorted",
        gender="Women",
    ),
    # photo: model standing against a pink painted wall in a lavender short-sleeve knee-length cotton nightdress with
    # a small teddy-bear print; round neck, no bow.
    # adapter: none
    case(
        "X385-007",
        caption("a woman in a purple nightgown standing in front of a pink wall"),
        D.wearing("she is wearing a pink dress with bears on it", "contradiction"),
        D.color("pink", "contradiction"),
        D.sleeve_length("short sleeves"),
        print_q("teddy bears"),
        D.details("a teddy bear on the front and a bow on the neck", "unsupported"),
        title="Women Lavender Teddy Print Cotton Nightdress",
        category="Nightdresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in black high-waist tummy-control shaping brief under a white tank top, torso cropped, white
    # backdrop.
    # adapter: none
    case(
        "X385-008",
        caption("a woman in a white tank top and black underwear"),
        D.wearing("black shorts", "contradiction"),
        D.garment_type("shapewear"),
        D.color("white", "other_garment_color"),
        D.details("high waist with tummy control"),
        D.material("black", "restated"),
        title="Women Black Lycra Blend High-Waist Tummy Control Shapewear Brief",
        category="Shapewear",
        color="Black",
        gender="Women",
    ),
    # photo: model standing on a wooden floor next to a potted plant in a grey melange full-sleeve thermal top and
    # matching thermal leggings.
    # caption, details: adapter
    case(
        "X385-009",
        caption(
            "The person is wearing a long-sleeve sweater with solid color patterns. The sweater is with knitting "
            "fabric. The person wears a long leggings. The leggings are with knitting fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey leggings and grey socks", "unsupported"),
        D.color("grey"),
        D.details(
            "The leggings are with knitting fabric and solid color patterns. The leggings are with knitting fabric "
            "and solid",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        is_a("sweater", "no"),
        title="Women Grey Melange Cotton Thermal Top and Bottom Set",
        category="Thermal Set",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model standing by a window in a burgundy long-sleeve satin wrap robe with a tie belt, over a matching
    # slip; sheer white curtain.
    # adapter: none
    case(
        "X385-010",
        caption("a woman in a red robe standing by a window"),
        D.wearing("a red satin robe"),
        D.color("red"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        D.details(
            "a belt at the waist Question: What is she standing next to? Answer: a window",
            "leak",
        ),
        title="Women Burgundy Satin Robe with Belt",
        category="Robes",
        color="Burgundy",
        gender="Women",
    ),
    # photo: flat-lay on a beige bedsheet of a white cotton camisole, spaghetti straps, lace trim at the hem.
    # details, material: adapter
    case(
        "X385-011",
        caption("a white tank top laying on a bed"),
        D.color("white"),
        D.details(
            "The tank top is with cotton fabric and pure color patterns. It has a suspenders neckline. The tank top "
            "is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        straps("spaghetti straps"),
        D.description(
            "a white tank top with lace Question: What is the color of the lace? Answer: white",
            "leak",
        ),
        D.material(
            "The tank top is with cotton fabric and pure color patterns. It has a suspenders neckline. The lady "
            "wears a",
            "restated",
            hit_limit=True,
        ),
        title="Women White Cotton Lace Trim Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model sitting on a grey sofa in a pink short-sleeve tee with a cat print and pink-and-white striped
    # shorts.
    # adapter: none
    case(
        "X385-012",
        caption("a woman sitting on a couch wearing pink pajamas"),
        D.wearing(
            "a pink t-shirt and striped shorts Question: What is on the t-shirt? Answer: a cat",
            "leak",
        ),
        color_top("pink"),
        color_shorts("pink"),
        D.material("pajamas", "restated"),
        print_q("a cat"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Pink Cat Print Cotton Shorts Set",
        category="Pyjama Set",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black underwired lace bra and matching black lace brief, grey backdrop.
    # adapter: none
    case(
        "X385-013",
        caption("a woman in black lingerie posing for a photo"),
        D.wearing("he is wearing black lingerie", "pronoun"),
        D.color("black"),
        is_a("bikini", "yes", "contradiction"),
        D.details("underwire and lace with a", "cut"),
        D.material("lace"),
        title="Women Black Lace Underwired Non-Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in blue cotton pyjama pants with a white floral print, a yellow tee, in front of a white brick wall.
    # adapter: none
    case(
        "X385-014",
        caption("a woman in a yellow shirt and blue pants standing in front of a brick wall"),
        D.wearing("yellow shirt and blue floral pants"),
        D.color("yellow", "other_garment_color"),
        D.pattern("floral"),
        color_pants("blue"),
        D.description("a pair of blue pants with white flowers and a white", "cut"),
        D.material("silk", "unsupported"),
        title="Women Blue Floral Print Cotton Pyjama Pants",
        category="Pyjamas",
        color="Blue",
        gender="Women",
    ),
    # photo: model on a beige backdrop in an olive green ribbed knit co-ord: sleeveless round-neck tank top and
    # wide-leg lounge pants.
    # caption, details: adapter
    case(
        "X385-015",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green tank top and green pants"),
        D.color("green"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("the tank top is green", "restated"),
        title="Women Olive Green Ribbed Tank Top with Lounge Pants Co-ord Set",
        category="Lounge Set",
        color="Olive",
        gender="Women",
    ),
    # photo: model sitting on a bed with a grey headboard in a red-and-black checked flannel pyjama set, full-sleeve
    # collared shirt with buttons and a chest pocket.
    # caption: adapter
    case(
        "X385-016",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The lady wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        D.wearing("red and black plaid pajamas and slippers", "unsupported"),
        D.color("red"),
        color_pants("red"),
        D.material("flannel"),
        D.details("buttons on the front and a pocket on the chest"),
        D.description(
            "a red plaid pajama shirt with a collar and buttons Question: What is the color of the pants? Answer: red",
            "leak",
        ),
        title="Women Red & Black Checked Flannel Pyjama Set",
        category="Night Suits",
        color="Red",
        gender="Women",
    ),
    # photo: model in a beige seamless shaping bodysuit with thin straps, white backdrop; no zipper.
    # adapter: none
    case(
        "X385-017",
        caption("a woman in a beige swimsuit", "contradiction"),
        D.wearing("a nude bodysuit"),
        D.garment_type("bodysuit"),
        D.color("beige"),
        D.details("thin straps and a zipper on the front", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Beige Seamless Shaping Bodysuit",
        category="Shapewear",
        color="Beige",
        gender="Women",
    ),
    # photo: model standing by a white door in a white ankle-length short-sleeve cotton nightdress with a blue floral
    # print and lace trim at the round neck; no pockets.
    # material: adapter
    case(
        "X385-018",
        caption("a woman in a white dress with blue flowers"),
        D.wearing("a white dress and a blue cardigan", "unsupported"),
        D.color("white"),
        D.details("blue flowers and lace on the neck and a pocket", "unsupported"),
        D.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        is_a("nightdress", "yes"),
        title="Women White Floral Print Cotton Maxi Nightdress",
        category="Nightdresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink racerback sports bra and black leggings, white backdrop.
    # caption: adapter
    case(
        "X385-019",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The neckline of "
            "it is round. The lady wears a long leggings. The leggings are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink sports bra and black leggings"),
        D.color("black", "other_garment_color"),
        color_bra("pink"),
        straps("racerback"),
        D.material("the bra is pink", "restated"),
        title="Women Pink Solid Non-Padded Racerback Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: flat-lay on white of teal blue cotton joggers with a white side stripe and drawstring.
    # adapter: none
    case(
        "X385-020",
        caption("a pair of blue sweatpants with white stripes"),
        D.garment_type("joggers"),
        D.color("blue"),
        D.details("the details of the pants", "non_answer"),
        D.description(
            "blue sweatpants with a white stripe down the side Question: What are they made of? Answer: cotton",
            "leak",
        ),
        D.material("it is made of fabric", "non_answer"),
        title="Women Teal Blue Solid Cotton Joggers with Side Tape",
        category="Lounge Pants",
        color="Teal",
        gender="Women",
    ),
    # photo: model in front of a pink curtain in a maroon floral maxi nighty, short sleeves, button placket.
    # adapter: none
    case(
        "X385-021",
        caption("a woman in a red floral dress standing in front of a pink curtain"),
        D.wearing("a red dress with flowers"),
        D.color("pink", "contradiction"),
        is_a("nightdress", "no", "contradiction"),
        D.details("buttons down the front"),
        D.description("he is wearing a long red dress with flowers", "pronoun"),
        title="Women Maroon Floral Print Cotton Maxi Nightdress",
        category="Nightdresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model lying on a bed in a brown leopard-print satin cami with black lace trim at the neckline, matching
    # shorts.
    # adapter: none
    case(
        "X385-022",
        caption("a woman in a leopard print pajama set laying on a bed"),
        D.wearing("a leopard print bikini", "contradiction"),
        D.color("brown"),
        D.material("satin"),
        D.description("a leopard print cami top with matching shorts and black lace trim"),
        color_shorts("black", "contradiction"),
        title="Women Brown Animal Print Satin Cami Shorts Set",
        category="Night Suits",
        color="Brown",
        gender="Women",
    ),
    # photo: model in black thermal leggings with a white thermal top, white backdrop.
    # adapter: none
    case(
        "X385-023",
        caption("a woman in a white shirt and black leggings"),
        D.wearing("black leggings"),
        D.color("white", "other_garment_color"),
        D.garment_type("leggings"),
        D.material("it is made of", "cut"),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Black Solid Thermal Bottom",
        category="Thermal Bottoms",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red sheer lace-and-mesh babydoll with lace cups, white backdrop, shot to mid-thigh.
    # caption: adapter
    case(
        "X385-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of short length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing red lingerie", "pronoun"),
        D.color("red"),
        D.material("lace and mesh"),
        D.details("lace cups and a sheer skirt and a matching thong", "unsupported"),
        is_a("babydoll", "yes"),
        title="Women Red Lace and Mesh Babydoll",
        category="Babydolls",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white short-sleeve tee printed "good night" in navy and navy pyjamas with thin white stripes,
    # white wall behind.
    # adapter: none
    case(
        "X385-025",
        caption("a woman in a white t-shirt and blue striped pants"),
        D.wearing("a white shirt and striped pajama pants"),
        color_top("white"),
        color_pants("white", "other_garment_color"),
        print_q("good night"),
        D.details("good night on the shirt and", "cut"),
        title="Women White & Navy Striped Cotton Pyjama Set",
        category="Pyjama Set",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in grey melange drawstring lounge shorts and a black tank top, cropped at the neck, white backdrop.
    # adapter: none
    case(
        "X385-026",
        caption("a woman in a black tank top and grey shorts"),
        D.wearing("a black top and grey shorts"),
        D.color("black", "other_garment_color"),
        D.description("a pair of grey cotton shorts with a drawstring"),
        D.details("they are shorts", "non_answer"),
        D.material("grey shorts", "restated"),
        title="Women Grey Melange Cotton Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a pink floral-lace non-padded bra and matching panty, hand in hair, white wall with a plant.
    # adapter: none
    case(
        "X385-027",
        caption("a woman in pink lingerie posing in front of a white wall"),
        D.wearing("pink bra and panties"),
        D.color("white", "contradiction"),
        color_briefs("pink"),
        D.details("floral lace with a scalloped edge"),
        D.material("the bra is made of", "cut"),
        title="Women Pink Floral Lace Non-Padded Bra with Panty",
        category="Lingerie Set",
        color="Pink",
        gender="Women",
    ),
    # photo: model on a balcony in a white loose cotton kaftan with wide elbow-length sleeves and blue embroidery
    # around the neck.
    # material: adapter
    case(
        "X385-028",
        caption("a woman in a white kaftan standing on a balcony"),
        D.wearing("a white dress with blue embroidery"),
        D.garment_type("kaftan"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("blue", "contradiction"),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details("embroidery around the neck"),
        title="Women White Embroidered Cotton Night Kaftan",
        category="Nightdresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a bedroom in a mauve velour night suit: full-sleeve round-neck top and long pants.
    # caption, description: adapter
    case(
        "X385-029",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with knitting fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a purple pajama set", "pronoun"),
        D.color("purple"),
        D.material("velvet"),
        D.description(
            "The sweater is with knitting fabric. It has a round neckline. The sweater is with knitting fabric. It "
            "has a round",
            "loop",
            hit_limit=True,
        ),
        title="Women Mauve Solid Velour Night Suit",
        category="Night Suits",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a black cotton camisole under an open white button-up shirt, blue jeans, white backdrop.
    # adapter: none
    case(
        "X385-030",
        caption("a woman in a white shirt and black tank top"),
        D.wearing("a white shirt over a black tank top and jeans"),
        D.color("black"),
        is_a("shirt", "no"),
        D.description("a white button-up shirt", "other_garment_color"),
        D.material("cotton Question: What is the color of the shirt? Answer: white", "leak"),
        title="Women Black Solid Cotton Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay on a wooden floor of a yellow short-sleeve top and white shorts, both with a lemon print.
    # adapter: none
    case(
        "X385-031",
        caption("a yellow pajama set with lemons on it"),
        color_top("yellow"),
        color_shorts("yellow", "other_garment_color"),
        print_q("lemons"),
        D.material("linen", "unsupported"),
        D.description("a pajama set", "non_answer"),
        title="Women Yellow & White Lemon Print Cotton Shorts Set",
        category="Night Suits",
        color="Yellow",
        gender="Women",
    ),
    # photo: pregnant model in a navy blue maternity nightdress with white polka dots and two vertical feeding zips on
    # the chest, plain backdrop.
    # adapter: none
    case(
        "X385-032",
        caption("a pregnant woman in a blue polka dot dress"),
        D.wearing("a blue dress with white polka dots"),
        D.color("white", "contradiction"),
        D.details("zippers on the chest for breastfeeding"),
        D.material("the dress is blue", "restated"),
        is_a("nightdress", "yes"),
        title="Women Navy Blue Polka Dot Maternity Feeding Nightdress",
        category="Nightdresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: flat-lay on white of beige seamless high-waist thigh-shaper shorts.
    # caption, details: adapter
    case(
        "X385-033",
        caption(
            "The shorts are with cotton fabric and pure color patterns. The lady wears a three-point shorts. The "
            "shorts are with cotton fabric and pure color patterns. The lady wears a three-",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shapewear"),
        D.color("white", "contradiction"),
        D.material("nylon and spandex"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The lady wears a three-point shorts. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Women Beige Nylon Spandex High-Waist Thigh Shaper Shorts",
        category="Shapewear",
        color="Beige",
        gender="Women",
    ),
    # photo: model sitting on the floor holding a coffee mug in a blue-and-white tie-dye hoodie and joggers; hoodie
    # has a drawstring hood and a kangaroo pocket, no zipper.
    # adapter: none
    case(
        "X385-034",
        caption("a woman sitting on the floor with a cup of coffee"),
        D.wearing("a blue tie dye sweatsuit"),
        D.pattern("tie-dye"),
        D.color("blue"),
        D.details("a hood with drawstrings, a kangaroo pocket and a zipper", "unsupported"),
        D.material("", "non_answer"),
        title="Women Blue Tie-Dye Hoodie and Joggers Lounge Set",
        category="Lounge Set",
        color="Blue",
        gender="Women",
    ),
    # photo: model at a mirror in a black sheer mesh robe with lace trim on the sleeves, over a black slip dress.
    # adapter: none
    case(
        "X385-035",
        caption("a woman in a black robe looking in a mirror"),
        D.wearing("a black robe and a black slip dress"),
        color_robe("black"),
        D.material("silk", "unsupported"),
        D.details("lace trim on the sleeves"),
        D.description(
            "a sheer black robe with lace Question: what is the material of the robe? Answer: lace",
            "leak",
        ),
        title="Women Black Sheer Mesh Robe with Lace Trim",
        category="Robes",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay on white of two cotton bikini briefs, one white, one black.
    # adapter: none; the seller's color column is empty
    case(
        "X385-036",
        caption("two pairs of panties, one white and one black"),
        D.color("white"),
        is_a("bikini", "yes"),
        pack_count("two"),
        D.material("cotton"),
        D.description(
            "a white and a black underwear Question: How many are there? Answer: two",
            "leak",
        ),
        title="Women Pack of 2 Cotton Bikini Briefs",
        category="Briefs",
        gender="Women",
    ),
    # photo: model with a hand on her hip against a plain blue backdrop in a coral short-sleeve top with a leaf print
    # and matching capri pyjamas.
    # adapter: none
    case(
        "X385-037",
        caption("a woman in an orange pajama set posing for a photo"),
        D.wearing("she is wearing an orange top and capri pants"),
        D.color("blue", "contradiction"),
        D.details("the top has a print of leaves and the pants are", "cut"),
        D.description("he is wearing orange pajamas", "pronoun"),
        D.sleeve_length("short sleeves"),
        title="Women Coral Leaf Print Cotton Top with Capri Set",
        category="Night Suits",
        color="Coral",
        gender="Women",
    ),
    # photo: flat-lay on white marble of a black satin padded push-up bra.
    # details: adapter
    case(
        "X385-038",
        caption("a black bra and panties on a white marble surface", "unsupported"),
        D.color("black"),
        D.garment_type("bra"),
        D.details(
            "The tank top is with cotton fabric and pure color patterns. The neckline of it is suspenders. The tank "
            "top is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.material("satin"),
        title="Women Black Solid Satin Padded Push-Up Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay, folded, of pink fleece pyjama pants with a small red heart print, a pink mug beside them.
    # adapter: none
    case(
        "X385-039",
        caption("a pair of pink pajama pants with hearts on them"),
        D.color("pink"),
        D.pattern("polka dots", "contradiction"),
        D.description("pink pants with red hearts"),
        D.material("fleece"),
        D.details("the pants have details", "non_answer"),
        title="Women Pink Heart Print Fleece Pyjama Pants",
        category="Pyjamas",
        color="Pink",
        gender="Women",
    ),
    # photo: model lying on a bed with white pillows in a sky blue satin button-down pyjama set with white piping,
    # full sleeves.
    # caption, details: adapter
    case(
        "X385-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with silk fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue satin pajama set"),
        D.color("white", "contradiction"),
        D.details(
            "The shirt is with silk fabric. It has a lapel neckline. The shirt is with silk fabric. It has a lapel "
            "neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.material("satin"),
        color_pants("blue"),
        title="Women Sky Blue Satin Pyjama Set with Piping",
        category="Night Suits",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: model holding a pillow in a mustard yellow night suit: short-sleeve top with a small floral print and
    # long solid pyjamas.
    # adapter: none
    case(
        "X385-041",
        caption("a woman holding a pillow in a yellow pajama set"),
        D.wearing("yellow pajamas"),
        D.color("orange", "contradiction"),
        color_pants("yellow"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("cotton"),
        D.details(
            "floral print on the top Question: What is the color of the top? Answer: yellow",
            "leak",
        ),
        title="Women Mustard Yellow Printed Cotton Night Suit",
        category="Night Suits",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay on white, fanned out, of three high-rise full-coverage briefs: black, navy and maroon.
    # adapter: none
    case(
        "X385-042",
        caption("three pairs of underwear in black, blue and red"),
        pack_count("4", "contradiction"),
        D.color("black"),
        D.garment_type("briefs"),
        D.material("cotton Question: What is the color of the underwear? Answer: black", "leak"),
        D.description("a pack of three panties"),
        title="Women Pack of 3 High-Rise Full Coverage Cotton Briefs",
        category="Briefs",
        color="Assorted",
        gender="Women",
    ),
    # photo: model next to a potted plant in a green floral sleeveless cotton nightdress with two front patch pockets.
    # wearing: adapter
    case(
        "X385-043",
        caption("a woman in a green floral dress standing next to a plant"),
        D.wearing(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. The lady wears a "
            "sleeveless dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("two pockets on the front"),
        D.color("green"),
        D.material("polyester", "unsupported"),
        D.description("a green and white floral print dress with pockets and a", "cut"),
        title="Women Green Floral Print Sleeveless Cotton Nightdress with Pockets",
        category="Nightdresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a red full-sleeve thermal top worn with blue jeans, white backdrop.
    # adapter: none
    case(
        "X385-044",
        caption("a woman in a red long sleeve shirt and jeans"),
        D.wearing("a red shirt and blue jeans"),
        D.color("red"),
        D.material("the shirt is red", "restated"),
        is_a("sweater", "yes", "contradiction"),
        D.details("a red shirt with a white collar", "unsupported"),
        title="Women Red Solid Thermal Top",
        category="Thermal Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in an off-white slip nightdress with a pink floral print under a matching long-sleeve open robe,
    # lace trim on the robe's cuffs; bedroom backdrop.
    # caption: adapter
    case(
        "X385-045",
        caption(
            "The lady wears a long-sleeve cardigan with floral patterns. The cardigan is with chiffon fabric. The "
            "lady wears a long dress. The dress is with chiffon fabric and floral patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white dress and a robe with flowers"),
        D.color("pink", "contradiction"),
        D.details("floral print and lace trim"),
        is_a("robe", "yes"),
        D.description("he is wearing a white floral nightgown", "pronoun"),
        title="Women Off-White Floral Print Nightdress with Robe",
        category="Nightdresses",
        color="Off White",
        gender="Women",
    ),
    # photo: model sitting on concrete steps in navy-and-white striped cotton boxer shorts and a white tee.
    # adapter: none; the seller's gender column is empty
    case(
        "X385-046",
        caption("a woman in a white t-shirt and blue striped shorts sitting on steps"),
        D.wearing("a white t-shirt and blue shorts"),
        D.color("white", "other_garment_color"),
        color_shorts("blue"),
        D.garment_type("pants", "contradiction"),
        D.description("blue and white striped shorts with a", "cut"),
        title="Women Navy & White Striped Cotton Boxer Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
]
