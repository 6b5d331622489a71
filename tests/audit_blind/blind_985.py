"""BLIND_985 (46 products; Myntra night, lounge and innerwear, base BLIP-2): written blind in the fifty-eighth session.
Measured blind at b141514 (the session's third rules): 104/128 failures found (81.2%) and 18/175 correct texts flagged
(10.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and women's nightwear, loungewear and innerwear (night suits, nightdresses,
robes, lounge pants, lounge shorts, lounge t-shirts, briefs, trunks, boxers, innerwear vests, camisoles, bras,
shapewear). Catalog shots on white, grey or cream backdrops: models wearing the product with other garments (a
t-shirt over lounge pants, jeans under a camisole, a vest over boxers), a few lifestyle shots (a bed, a stool, a mug,
a pillow, a plant), flat lays of multi-packs and innerwear on a dress form. Seller columns: title, category (the
seller's article type), color (the seller's base colour), gender; one row lacks a color, one lacks a category.

Who wrote what: every text is from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, greedy, with the
`Question: ... Answer:` prompt (30 new tokens for answers, 50 for the caption with no prompt). Closed answers
(garment type, color, pattern, sleeve length, the yes/no "Is this a ...?") are the candidate that enrich's
`--engine reference` picked, so they are always one clean value, but the base model often ranks the color of the
t-shirt or jeans worn with the product, or a print's color, above the product's own. Open answers are short and
lowercase; the base model usually stops, so loops and cuts are rare and only where it started listing; it answers
open questions with one word or the garment's name, says "he" for a woman now and then, invents pockets, lace,
buttons, logos and fabrics, and sometimes runs on into a new "Question: ... Answer:" or echoes the prompt.

Labeling conventions and judgement calls:
- A color that belongs to another worn garment (the t-shirt over lounge pants, the jeans under a camisole) given as
  the product's color is other_garment_color; a wrong color that is no garment's (a print's, a prop's, the trim's)
  and a wrong garment type, pattern, sleeve length or yes/no answer are contradiction.
- A material that belongs to another worn garment ("denim" for a camisole worn with jeans) is contradiction.
- For a multi-pack whose seller color is Multi, a closed color naming one of the pack's colors is correct.
- "dress" for a nightdress, "shorts" for boxer shorts, "pajamas" for a night suit, "tank top" for an innerwear vest,
  "underwear" for briefs or trunks count as correct names; shades within a color group (peach as pink, maroon as red,
  navy as blue, teal as blue, skin as beige) count as correct.
- A plain fabric guess (cotton for a jersey night suit, satin for a satin nightdress) is correct when it fits what
  the photo shows; an exotic fabric the photo does not show (silk for a cotton jersey set) is unsupported.
- An invented detail (a pocket, a zipper, lace, a logo, a hood, buttons) is unsupported unless another text or the
  seller states the opposite color or garment, in which case it is contradiction.
- A one-word answer, the garment's bare name, "yes", "i don't know" or a description of the scene instead of the
  garment, given to an open question, is non_answer; an answer that only turns the question's words back ("the
  details of the garment are the details") is restated.
- he/his for a Women row or she/her for a Men row is pronoun; no pronoun is judged on the Unisex row.
- A text that runs on into a new "Question: ... Answer:", starts with "Answer:" or echoes the prompt is leak, even
  when the answer inside it is right.
- A text that ran to the token limit is labelled loop when it repeats itself and cut when it stops mid-phrase
  without repeating; either way hit_limit=True. Only one failure kind is given per text: the most visible one.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

B = BLIND_QUESTIONS
Q = DEFAULT_QUESTIONS

BLIND_985 = [
    # photo: woman standing, front view, white backdrop; pink round-neck short-sleeve night top with small white
    # hearts and matching pink heart-print pyjama pants, barefoot; no buttons, no collar. All texts: base model.
    case(
        "X985-001",
        caption("a woman in pink pajamas with white hearts on them"),
        Q.wearing("a pink dress", "contradiction"),
        B.garment_type("night suit"),
        B.color("pink"),
        Q.description("she is wearing a pink pajama set with little white hearts"),
        Q.details("the pajamas have a button down front and a collar", "unsupported"),
        B.material("it is made of cotton"),
        title="Sweet Dreams Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man cropped chest to feet, white backdrop; navy blue jersey lounge pants with a navy drawstring and
    # ribbed ankle cuffs, worn with a plain white crew-neck t-shirt, white sneakers; no side stripe. All texts: base
    # model.
    case(
        "X985-002",
        caption("a man wearing a white t-shirt and blue pants"),
        Q.wearing("a white t-shirt and navy pants"),
        B.color("white", "other_garment_color"),
        describe(
            "pants",
            "the pants are navy blue with a drawstring waist and an elastic waistband and ribbed cuffs at the ankles "
            "and a small label on the back and a",
            "cut",
            hit_limit=True,
        ),
        details("pants", "the pants have a white stripe down the side", "unsupported"),
        B.material("cotton"),
        title="Chromozome Men Navy Blue Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; knee-length sleeveless violet satin nightdress with thin straps and
    # black lace trim at the neckline. All texts: base model.
    case(
        "X985-003",
        caption("a woman in a purple nightgown standing in front of a white wall"),
        wearing("a purple nightie", who="she"),
        B.garment_type("nightdress"),
        B.color("purple"),
        Q.description("nightgown", "non_answer"),
        Q.details("he is wearing a purple nightgown with lace on the top", "pronoun"),
        B.material("satin"),
        title="Lady Lyka Women Purple Satin Nightdress",
        category="Nightdress",
        color="Purple",
        gender="Women",
    ),
    # photo: flat lay, no person, white backdrop; three folded briefs (black, grey melange, navy), each with a black
    # waistband lettered JOCKEY in white. All texts: base model.
    case(
        "X985-004",
        caption("three pairs of underwear on a white background"),
        Q.wearing("nobody is wearing anything Question: What are these? Answer: underwear", "leak"),
        B.garment_type("briefs"),
        B.color("black"),
        Q.description("three pairs of men's briefs in black, grey and blue"),
        Q.details("the briefs have a logo on the waistband"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Jockey Men Pack of 3 Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: skin-tone seamless moulded t-shirt bra on a headless white dress form, front view, white backdrop; a tiny
    # bow at the centre, no lace. All texts: base model.
    case(
        "X985-005",
        caption("a beige bra on a white mannequin"),
        B.garment_type("bra"),
        B.color("beige"),
        B.pattern("solid"),
        Q.description("a bra", "non_answer"),
        Q.details("the bra has lace trim around the cups and a bow in the middle", "unsupported"),
        is_a("bikini top", "no"),
        title="Enamor Women Skin Seamless T-Shirt Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: man cropped chest to knees, white backdrop; blue-and-white checked woven boxers with an elastic waistband
    # and a button fly, worn with a grey melange sleeveless vest. All texts: base model.
    case(
        "X985-006",
        caption("a man in a grey tank top and blue plaid shorts"),
        Q.wearing("a grey tank top and boxers"),
        B.garment_type("boxers"),
        B.color("grey", "other_garment_color"),
        B.pattern("checked"),
        Q.description(
            "the boxers are blue and white plaid the boxers are blue and white plaid the boxers are blue and white "
            "plaid the",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shorts have a button fly and an elastic waistband"),
        title="Hanes Men Blue Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; black thin-strap cotton camisole tucked into light blue jeans, hands
    # in pockets. All texts: base model.
    case(
        "X985-007",
        caption("a woman wearing a black tank top and jeans"),
        wearing("a black tank top and blue jeans", who="she"),
        B.color("blue", "other_garment_color"),
        B.garment_type("camisole"),
        B.sleeve_length("sleeveless"),
        Q.description("she is wearing a blue camisole with jeans", "other_garment_color"),
        B.material("denim", "contradiction"),
        title="Jockey Women Black Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; white ribbed sleeveless innerwear vest with a scoop neck, worn with grey
    # track pants. All texts: base model.
    case(
        "X985-008",
        caption("a man in a white tank top and grey pants"),
        Q.wearing("a white tank top"),
        B.garment_type("vest"),
        B.color("grey", "other_garment_color"),
        Q.description("white", "non_answer"),
        Q.details("she is wearing a white tank top with grey pants", "pronoun"),
        B.material("ribbed cotton"),
        title="Jockey Men White Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman holding a white pillow against her hip, grey backdrop; maroon short-sleeve knee-length cotton
    # nightdress with a small white floral print, round neck, no belt, no pockets. All texts: base model.
    case(
        "X985-009",
        caption("a woman holding a pillow in a red floral dress"),
        Q.wearing("a nightgown"),
        B.color("white", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        Q.description("a red dress with white flowers and a white pillow"),
        Q.details("the dress has a belt at the waist and two pockets on the front", "unsupported"),
        title="Sweet Dreams Women Maroon Printed Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: man standing, white backdrop; grey melange long-sleeve crew-neck night top and matching pyjama pants,
    # navy piping at the cuffs and hems. All texts: base model.
    case(
        "X985-010",
        caption("a man in grey pajamas standing in front of a white wall"),
        Q.wearing("grey pajamas"),
        B.color("grey"),
        B.sleeve_length("short sleeves", "contradiction"),
        Q.details(
            "the pajamas have navy blue trim on the cuffs and on the collar and the pants have navy blue trim on "
            "the hem and a navy blue drawstring at the",
            "cut",
            hit_limit=True,
        ),
        B.material("the pajamas are made of cotton Question: what is the brand of the pajamas? Answer: hanes", "leak"),
        title="Sweet Dreams Men Grey Melange Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; black jersey lounge pants with a pink drawstring, worn with a pink
    # t-shirt printed "good vibes" in white; no zip, no back pocket visible. All texts: base model.
    case(
        "X985-011",
        caption("a woman in a pink t-shirt and black pants"),
        Q.wearing("pink shirt and black pants"),
        B.color("pink", "other_garment_color"),
        color_of("pants", "black", kind="open"),
        B.garment_type("t-shirt", "contradiction"),
        describe("pants", "the pants are black with a pink drawstring"),
        details("pants", "the pants have a zipper on the side and a back pocket", "unsupported"),
        title="Do U Speak Green Women Black Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: single plain navy trunk laid flat, white backdrop; grey waistband with navy JOCKEY lettering, no pocket.
    # All texts: base model.
    case(
        "X985-012",
        caption("a pair of blue underwear on a white background"),
        B.garment_type("trunks"),
        B.color("navy blue"),
        Q.description(
            "a pair of navy blue trunks with a grey waistband and a small pocket on the front", "unsupported"
        ),
        Q.details("the waistband has the word jockey on it"),
        B.material("underwear", "non_answer"),
        B.pattern("striped", "contradiction"),
        title="Jockey Men Navy Blue Trunks",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; peach satin knee-length robe with three-quarter sleeves, tied with a
    # self belt, over a matching peach nightdress showing at the neckline; no hood, no zip. All texts: base model.
    case(
        "X985-013",
        caption("a woman in a pink robe standing in front of a white background"),
        wearing("he is wearing a pink robe", "pronoun", who="she"),
        B.garment_type("robe"),
        B.color("pink"),
        Q.description("a robe", "non_answer"),
        Q.details("the robe has a hood and a zipper", "unsupported"),
        title="Lady Lyka Women Peach Satin Robe",
        category="Robe",
        color="Peach",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; grey melange knit lounge shorts with a black drawstring and side
    # pockets, worn with a black crew-neck t-shirt. All texts: base model.
    case(
        "X985-014",
        caption("a man wearing a black t-shirt and grey shorts"),
        Q.wearing("black t-shirt and grey shorts"),
        B.color("black", "other_garment_color"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shorts", "the shorts have a drawstring and side pockets"),
        B.material("cotton Question: What color are the shorts? Answer: grey", "leak"),
        title="Chromozome Men Grey Melange Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman sitting on a white stool, white backdrop; light blue long-sleeve button-front pyjama shirt with
    # white piping and a chest pocket, blue-and-white checked pyjama pants. All texts: base model.
    case(
        "X985-015",
        caption("a woman sitting on a stool in blue pajamas"),
        Q.wearing("a blue pajama top and plaid pajama pants"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.color("blue"),
        Q.description("the pajama top is blue with white piping and the pants are blue and white plaid"),
        Q.details("the details of the garment are on the pajamas", "restated"),
        title="Sweet Dreams Women Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; white crew-neck short-sleeve lounge t-shirt with a small JOCKEY logo
    # on the chest, worn with navy lounge pants. All texts: base model.
    case(
        "X985-016",
        caption("a man in a white shirt and blue pants"),
        Q.wearing("a white t-shirt and blue pants"),
        B.color("blue", "other_garment_color"),
        B.garment_type("t-shirt"),
        B.sleeve_length("sleeveless", "contradiction"),
        Q.description("a white t-shirt with a v-neck", "unsupported"),
        Q.details("the t-shirt has a small logo on the chest"),
        title="Jockey Men White Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat lay, white backdrop; three hipster briefs (pink, purple, black) with plain elastic waistbands, no
    # lace. All texts: base model.
    case(
        "X985-017",
        caption("three pairs of panties in pink, purple and black"),
        B.garment_type("briefs"),
        B.color("pink"),
        Q.description(
            "women's underwear underwear underwear underwear underwear underwear underwear underwear underwear "
            "underwear underwear underwear underwear underwear",
            "loop",
            hit_limit=True,
        ),
        Q.details("the panties have lace on the waistband", "unsupported"),
        is_a("pair of shorts", "no"),
        title="Jockey Women Pack of 3 Hipster Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; plain navy crew-neck short-sleeve night t-shirt and navy-and-red checked
    # pyjama pants. All texts: base model.
    case(
        "X985-018",
        caption("a man in a blue shirt and plaid pants"),
        Q.wearing("a blue shirt and red plaid pajama pants"),
        B.color("red", "contradiction"),
        B.pattern("checked"),
        B.garment_type("pajamas"),
        Q.description(
            "the man is wearing a blue t-shirt with a logo on the chest and plaid pajama pants", "unsupported"
        ),
        Q.details("she has a pair of plaid pajama pants and a blue shirt", "pronoun"),
        title="Sweet Dreams Men Navy Blue Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; mustard yellow short-sleeve lounge tee with a white sleeping-cat print
    # and the text NAP QUEEN, worn with grey lounge shorts. All texts: base model.
    case(
        "X985-019",
        caption("a woman in a yellow t-shirt with a cat on it"),
        wearing("a yellow shirt and grey shorts", who="she"),
        B.color("grey", "other_garment_color"),
        Q.description("yellow shirt with a picture of a dog on it", "contradiction"),
        Q.details("the shirt says nap queen"),
        B.material("the garment is made of material", "restated"),
        title="Clt.s Women Mustard Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat lay, white backdrop; two woven boxers, one red with small white anchors, one navy with white polka
    # dots; elastic waistband, button fly, no pockets. All texts: base model.
    case(
        "X985-020",
        caption("two pairs of boxer shorts on a white background"),
        B.garment_type("briefs", "contradiction"),
        B.pattern("printed"),
        Q.description("boxers", "non_answer"),
        Q.details(
            "the boxers have a fly and elastic waistband and a drawstring and pockets on the side and a tag on the "
            "back that says hanes and",
            "cut",
            hit_limit=True,
        ),
        B.material("100% silk", "unsupported"),
        title="Hanes Men Pack of 2 Printed Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: woman standing next to a wooden chair, white backdrop; long sleeveless white cotton nightdress with blue
    # embroidered flowers across the yoke. All texts: base model.
    case(
        "X985-021",
        caption("a woman in a white dress standing next to a chair"),
        Q.wearing("white dress"),
        B.garment_type("dress"),
        B.color("white"),
        Q.details("he has blue flowers on the top of his dress", "pronoun"),
        Q.description(
            "the dress is white and blue and white and blue and white and blue and white and blue and white and blue "
            "and white and",
            "loop",
            hit_limit=True,
        ),
        is_a("nightgown", "no", "contradiction"),
        title="Lady Lyka Women White Embroidered Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; black deep-armhole gym vest printed BIGBOSS in white on the chest, worn
    # with blue denim jeans. All texts: base model.
    case(
        "X985-022",
        caption("a man in a black tank top and jeans"),
        Q.wearing("a black tank top"),
        B.color("blue", "other_garment_color"),
        Q.details("the tank top has the word bigboss on the chest"),
        B.material("denim", "contradiction"),
        Q.description("a tank top", "non_answer"),
        title="Dollar Bigboss Men Black Gym Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: woman holding a white coffee mug, grey backdrop; olive green long-sleeve button-front pyjama shirt with
    # white polka dots and notch collar, matching olive polka-dot pants. All texts: base model.
    case(
        "X985-023",
        caption("a woman in green pajamas holding a cup of coffee"),
        wearing("green pajamas", who="she"),
        B.color("green"),
        B.pattern("polka dot"),
        B.sleeve_length("long sleeves"),
        Q.details(
            "the pajamas are green with white polka dots Question: What is the woman holding? Answer: a cup of coffee",
            "leak",
        ),
        Q.description("the garment is a garment that the woman is wearing", "restated"),
        title="Sweet Dreams Women Olive Printed Night Suit",
        category="Night suits",
        color="Olive",
        gender="Women",
    ),
    # photo: man, three-quarter view, white backdrop; maroon lightweight jersey lounge pants with black side panels
    # and side pockets, worn with a grey melange pullover hoodie. All texts: base model.
    case(
        "X985-024",
        caption("a man in a grey hoodie and red pants"),
        Q.wearing("a grey sweatshirt and maroon pants"),
        B.color("grey", "other_garment_color"),
        B.garment_type("hoodie", "contradiction"),
        describe("pants", "the pants are grey with black stripes on the side", "other_garment_color"),
        details("pants", "his pants have pockets"),
        B.material("fleece", "unsupported"),
        title="Hanes Men Maroon Lounge Pants",
        category="Lounge Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; plain white thin-strap camisole under an open light blue long-sleeve
    # denim shirt, black trousers. All texts: base model.
    case(
        "X985-025",
        caption("a woman wearing a denim shirt over a white tank top"),
        wearing("a blue denim shirt", who="she"),
        B.color("blue", "other_garment_color"),
        B.garment_type("shirt", "contradiction"),
        B.sleeve_length("long sleeves", "contradiction"),
        Q.description("a white camisole under a blue shirt"),
        Q.details("the camisole has lace on the neckline", "unsupported"),
        title="Jockey Women White Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: man cropped waist to thigh, white backdrop; white cotton briefs with a grey elastic waistband. All texts:
    # base model.
    case(
        "X985-026",
        caption("a man in white underwear"),
        B.garment_type("briefs"),
        B.color("white"),
        Q.description("white", "non_answer"),
        Q.details("the details of the garment are the details", "restated"),
        B.material("cotton with a silk waistband", "unsupported"),
        is_a("pair of shorts", "no"),
        title="Jockey Men White Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; navy lounge shorts with a small white star print and a navy
    # drawstring, worn with a white racerback tank top. All texts: base model.
    case(
        "X985-027",
        caption("a woman in a white tank top and blue shorts with stars"),
        Q.wearing("he is wearing a white tank top and navy shorts", "pronoun"),
        B.color("white", "other_garment_color"),
        color_of("shorts", "navy blue", kind="open"),
        details(
            "shorts",
            "the shorts are navy blue with white stars on them and a navy blue drawstring and white stars on the navy "
            "blue shorts and white stars on",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Do U Speak Green Women Navy Star Print Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; chocolate brown terry bathrobe with a shawl collar and a tie belt, no
    # logo. All texts: base model.
    case(
        "X985-028",
        caption("a man in a brown bathrobe"),
        Q.wearing("a bathrobe"),
        B.color("brown"),
        B.material("towel"),
        Q.details("the robe has a logo of a hotel on the chest", "unsupported"),
        Q.description("the garment is a bathrobe that is a garment", "restated"),
        title="Spaces Unisex Brown Terry Bath Robe",
        category="Bath Robe",
        color="Brown",
        gender="Unisex",
    ),
    # photo: black padded bra laid flat, white backdrop; black lace overlay on the cups, black straps, a small black
    # bow at the centre, hook closure at the back (no front clasp). All texts: base model.
    case(
        "X985-029",
        caption("a black bra on a white background"),
        B.color("black"),
        B.garment_type("bra"),
        Q.description("a black bra with lace and a front clasp", "unsupported"),
        Q.details("the bra has a pink bow and pink straps", "contradiction"),
        B.material("lace"),
        title="Triumph Women Black Lace Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; olive green long-sleeve henley lounge t-shirt with a three-button
    # placket, black lounge pants. All texts: base model.
    case(
        "X985-030",
        caption("a man in a green shirt and black pants"),
        Q.wearing("a man wearing a green shirt and black pants"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.garment_type("t-shirt"),
        Q.details("the shirt has buttons on the front"),
        Q.description("she is wearing a green shirt", "pronoun"),
        title="Chromozome Men Olive Henley Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; navy short-sleeve ankle-length nightdress with a pink moon-and-star
    # print, round neck, no pocket. All texts: base model.
    case(
        "X985-031",
        caption("a woman in a blue dress with stars and moons"),
        Q.wearing("a blue nightgown"),
        B.color("pink", "contradiction"),
        B.pattern("printed"),
        Q.description("it is a long blue nightgown with pink stars and moons on it"),
        Q.details("the nightgown has a v neck and a pocket on the chest", "unsupported"),
        title="Sweet Dreams Women Navy Blue Printed Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; blue-and-white vertically striped long-sleeve button-front pyjama shirt
    # with a left chest pocket, matching striped pants. All texts: base model.
    case(
        "X985-032",
        caption("a man in blue and white striped pajamas"),
        Q.wearing("striped pajamas"),
        B.pattern("checked", "contradiction"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        Q.details("the pajamas have a button down front and a pocket on the left"),
        Q.description("Answer: blue and white striped pajamas", "leak"),
        title="Sweet Dreams Men Blue & White Striped Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; grey melange jogger lounge pants with cuffed ankles and a white
    # drawstring, no side stripes, worn with an oversized white sweatshirt. All texts: base model.
    case(
        "X985-033",
        caption("a woman in a white sweatshirt and grey pants"),
        wearing("white sweatshirt and grey sweatpants", who="she"),
        B.garment_type("sweatshirt", "contradiction"),
        B.color("white", "other_garment_color"),
        describe("pants", "the pants are grey and have elastic at the bottom"),
        details("pants", "the pants have a white drawstring and white stripes down the sides", "unsupported"),
        B.material("cotton"),
        title="Clt.s Women Grey Melange Jogger Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: flat lay, white backdrop; two trunks, one black and one red, both with black waistbands. Row has no
    # color column. All texts: base model.
    case(
        "X985-034",
        caption("a pair of black and red underwear"),
        B.garment_type("trunks"),
        B.color("red"),
        Q.description("two pairs of boxer briefs one black and one red"),
        Q.details("the details of the trunks are the trunks", "restated"),
        B.material("i don't know", "non_answer"),
        title="Jockey Men Pack of 2 Trunks",
        category="Trunk",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; pink short-sleeve night top with a white teddy-bear graphic and
    # pink-and-white striped capri pyjamas; cotton jersey. All texts: base model.
    case(
        "X985-035",
        caption("a woman in a pink shirt with a teddy bear on it"),
        Q.wearing("pink shirt and striped pants"),
        B.pattern("striped"),
        B.color("white", "contradiction"),
        Q.description("the garment is a pink pajama set"),
        Q.details("he has a teddy bear on his shirt", "pronoun"),
        B.material("silk", "unsupported"),
        title="Kiwi Women Pink Printed Capri Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man sitting on a white cube, white backdrop; red-and-black checked woven lounge shorts with an elastic
    # waist and drawstring, black t-shirt. All texts: base model.
    case(
        "X985-036",
        caption("a man sitting on a box wearing a black shirt and plaid shorts"),
        Q.wearing("she is wearing a black shirt and red plaid shorts", "pronoun"),
        B.color("black", "other_garment_color"),
        B.pattern("checked"),
        details(
            "shorts",
            "the shorts are red and black plaid with an elastic waistband and a drawstring and two side pockets and "
            "a back pocket with a button and a",
            "cut",
            hit_limit=True,
        ),
        title="Hanes Men Red Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: nude high-waist shaping brief on the lower half of a white dress form, white backdrop; no zip, no hooks.
    # All texts: base model.
    case(
        "X985-037",
        caption("a mannequin wearing a pair of beige underwear"),
        Q.wearing("the mannequin", "non_answer"),
        B.garment_type("shorts", "contradiction"),
        B.color("beige"),
        Q.description("a pair of beige high waisted underwear"),
        Q.details("it is a pair of beige high waisted underwear with a zipper on the side", "unsupported"),
        title="Triumph Women Nude High Waist Shaping Brief",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: lifestyle shot, man lying on a bed with white sheets; maroon long-sleeve henley night top and maroon
    # jogger pyjamas, no logo. All texts: base model.
    case(
        "X985-038",
        caption("a man laying on a bed in red pajamas"),
        Q.wearing("pajamas"),
        B.color("maroon"),
        Q.description("the man is laying on a bed with white sheets", "non_answer"),
        Q.details("the pajamas have a white logo on the chest", "unsupported"),
        B.material(
            "the pajamas are made of a soft cotton material that is comfortable to sleep in and the pajamas are made "
            "of a soft cotton",
            "loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Men Maroon Henley Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in side profile, white backdrop; lavender long-sleeve lounge t-shirt with thumbhole cuffs, black
    # leggings. All texts: base model.
    case(
        "X985-039",
        caption("a woman in a purple shirt and black leggings"),
        wearing("a purple long sleeve shirt and black leggings", who="she"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.garment_type("t-shirt"),
        Q.description("the shirt is purple Question: Is the woman wearing leggings? Answer: yes", "leak"),
        Q.details("lavender", "non_answer"),
        title="Do U Speak Green Women Lavender Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; grey melange round-neck sleeveless innerwear vest, navy knit shorts; no
    # pocket on the vest. All texts: base model.
    case(
        "X985-040",
        caption("a man in a white tank top and blue shorts", "contradiction"),
        B.color("blue", "other_garment_color"),
        B.garment_type("vest"),
        Q.wearing("a tank top and shorts"),
        Q.description("a grey tank top with a round neck"),
        Q.details("the tank top has a pocket on the chest", "unsupported"),
        B.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Jockey Men Pack of 2 Grey Melange Innerwear Vests",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman standing beside a potted plant, cream backdrop; mid-calf teal satin slip nightdress with thin
    # straps, no slit, no lace. All texts: base model.
    case(
        "X985-041",
        caption("a woman in a blue dress standing next to a plant"),
        Q.wearing("nightwear", "non_answer"),
        B.garment_type("dress"),
        B.color("teal"),
        Q.description("the dress is a blue satin slip dress with thin straps"),
        Q.details("the dress has a slit on the side and lace trim at the bottom", "unsupported"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Lady Lyka Women Teal Satin Slip Nightdress",
        category="Nightdress",
        color="Teal",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; black lounge pants with a small white all-over bunny-logo print, worn
    # with a white t-shirt printed PLAYBOY in black. All texts: base model.
    case(
        "X985-042",
        caption("a man in a white t-shirt and black pants"),
        Q.wearing("white t-shirt and black pajama pants"),
        B.color("white", "other_garment_color"),
        B.pattern("solid", "contradiction"),
        describe("pants", "black pants with white bunnies on them"),
        details("pants", "the pants details are the details of the pants", "restated"),
        title="Playboy Men Black Printed Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman smiling, hands on hips, hair in a ponytail, white backdrop; navy cotton kimono-style robe with a
    # white floral print and tie belt, over a white night tee and white pyjama pants, white slippers. All texts: base
    # model.
    case(
        "X985-043",
        caption(
            "a woman in a blue floral robe standing in front of a white background with her hands on her hips and "
            "her hair in a ponytail and a smile on her face and a pair of white slippers on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue floral kimono and white pants", who="she"),
        B.color("white", "other_garment_color"),
        B.pattern("floral"),
        Q.description("Describe the garment. a blue kimono with white flowers", "leak"),
        Q.details("the robe is tied with a belt at the waist"),
        B.garment_type("dress", "contradiction"),
        title="Sweet Dreams Women Navy Blue Floral Kimono Robe",
        category="Robe",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man cropped chest to knees, white backdrop; grey melange knit boxer shorts with a black waistband and no
    # pockets, worn with a navy sleeveless vest. All texts: base model.
    case(
        "X985-044",
        caption("a man in a blue tank top and grey shorts"),
        Q.wearing("tank top and shorts"),
        B.color("navy blue", "other_garment_color"),
        B.garment_type("shorts"),
        Q.description("he is wearing grey shorts with a zip pocket on the back", "unsupported"),
        Q.details("she has grey shorts with a black waistband", "pronoun"),
        B.material("cotton"),
        title="Jockey Men Grey Melange Knit Boxer Shorts",
        category="Boxers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat lay, white backdrop; two thin-strap camisoles, one white and one light pink, lace at the necklines,
    # adjustable straps. All texts: base model.
    case(
        "X985-045",
        caption("two tank tops on a white background"),
        B.garment_type("camisole"),
        B.color("white"),
        Q.description("two camisoles, one white and one pink, with lace at the neckline"),
        Q.details("the garment details are the camisole details", "restated"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Inner Sense Women Pack of 2 Camisoles",
        category="Camisoles",
        color="Multi",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; red cotton-jersey crew-neck short-sleeve lounge t-shirt, grey lounge
    # pants. Row has no category column. All texts: base model.
    case(
        "X985-046",
        caption("a man in a red t-shirt and grey pants"),
        Q.wearing("a red shirt and grey sweatpants"),
        B.color("grey", "other_garment_color"),
        B.garment_type("t-shirt"),
        Q.description("the shirt is red and it is a t-shirt"),
        Q.details("yes", "non_answer"),
        B.material("the t-shirt is made of bamboo fabric", "unsupported"),
        title="Chromozome Men Red Lounge T-shirt",
        color="Red",
        gender="Men",
    ),
]
