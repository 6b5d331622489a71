"""BLIND_1029 (46 products; Myntra lingerie and nightwear, base zero-shot): written blind in the fifty-eighth session.
Measured blind at 955f328 (the session's final rules): 116/135 failures found (85.9%) and 24/187 correct texts flagged
(12.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of lingerie, nightwear and loungewear (bras, camisoles, lingerie sets, briefs, shapewear,
night suits, nightdresses, baby dolls, robes and bath robes, lounge pants, shorts and t-shirts, men's rows and one
girls' row). Catalog photos: mostly a model on a white or grey backdrop wearing the product with other garments
(briefs under a bra, jeans under a camisole, a t-shirt over lounge shorts, pyjamas under a robe), some back views,
a few lifestyle shots (bed, armchair, window, bathroom tiles), one flat-lay pack shot and two pack-of-two insets.

Who wrote what: every text is from the base Salesforce/blip2-opt-2.7b zero-shot, no adapter. Captions and open
answers are greedy free generation (50 / 30 new tokens); closed answers come from enrich's reference engine, which
picks one candidate value. The base mostly stops on its newline, answers short and lowercase ("a bra", "pink"),
calls lingerie "a bikini" or "lingerie", calls satin "silk", names a prop or the wall as the garment's color, gives
the product the color of the garment worn with it, invents hoods, zippers and lace, says "he" for women now and then,
and sometimes runs on into a new "Question: ... Answer:" turn; it loops or is cut at the limit less often than the
adapters, mostly on long details answers.

Labeling conventions and judgement calls:
- Synonyms count as correct: tank top for a camisole, pajamas / sleepwear for a night suit, nightgown or dress for a
  nightdress, bathrobe for a bath robe, sweatpants for lounge pants, underwear / lingerie for a bra worn with briefs,
  shorts for lounge boxers, undershirt / tank top for an innerwear vest.
- Bikini or swimsuit for lingerie, shirt or cardigan for a camisole worn under one, t-shirt for a night suit, jacket
  for a robe, dress for a night suit: contradiction (another kind of garment).
- Shades count as the seller's color: maroon/red, nude/beige/skin, lavender/light purple, navy/dark blue, grey/gray,
  sea green/green, peach/light orange. For a "Multi" row any color prominent in the product is correct.
- A wrong color that is the color of another garment worn in the photo is other_garment_color, even when a trim of
  the product shares it; a wrong color taken from the backdrop, a prop or a print motif is contradiction.
- A wrong closed sleeve length or pattern pick is contradiction.
- Material: a material the title names or the photo plainly shows (lace, terry, fleece, satin sheen, mesh) is
  correct; "silk" for a satin product, and any material the title contradicts or nothing shows (linen, wool,
  denim, rayon, polyester, flannel) is unsupported. Invented features (hood, zipper, front closure, slit, tattoo,
  straps on a strapless bra, a person in a flat-lay) are unsupported.
- non_answer: yes/no, "nothing", a single word, or a tautology ("it is a camisole", "they are short") to an open
  question. A one-noun answer to "What is she wearing?" ("pajamas", "a robe") answers it and is correct, and a short
  noun phrase with a color or feature ("a strapless bra") is a correct description.
- restated: the answer echoes the question itself ("the details of the bra", "describe the bra", "the night suit").
- leak: the answer runs on into "Question: ... Answer:", labeled leak even when the part before it is right and
  even when it then repeats; hit_limit only where it ran to the limit.
- loop: a phrase repeated until the limit (hit_limit=True); cut: stopped mid-phrase at the limit without a loop
  (hit_limit=True), labeled cut even when it also invents a detail.
- pronoun: he/she in the text wrong for the row's gender (Unisex rows take either).
- One failure kind per text: the one a reviewer would name first.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    question,
    wearing,
)

straps = question("straps", "What type of straps does the bra have?", "open")
padded = question("padded", "Is the bra padded?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "closed")
print_of = question("print", "What is printed on the garment?", "open")

BLIND_1029 = [
    # photo: model in a black floral-lace underwired bra and matching black lace briefs, white backdrop, front view;
    #   all texts from the base model zero-shot
    case(
        "X1029-001",
        caption("a woman in a black lace bra and panties"),
        wearing("a black bra and panties", who="she"),
        garment_type("bra"),
        color("black"),
        describe("bra", "a black lace bra with thin straps"),
        material("lace"),
        is_a("swimsuit", "yes", "contradiction"),
        title="Enamor Women Black Lace Non-Padded Underwired Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in a seamless skin-tone moulded t-shirt bra (back hook closure) and nude briefs, light grey
    #   backdrop, front view; base model
    case(
        "X1029-002",
        caption("a woman in a nude bra and panties standing in front of a gray wall"),
        color("white", "contradiction"),
        DEFAULT_QUESTIONS.pattern("solid"),
        describe("bra", "a padded bra with adjustable straps and a front closure", "unsupported"),
        wearing("he is wearing a bra", "pronoun", who="she"),
        details("bra", "it has molded cups and wide straps"),
        padded("yes"),
        title="Amante Women Skin-Coloured Padded T-Shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: model in a white ribbed cotton camisole tucked into light blue jeans, white backdrop, front view;
    #   base model
    case(
        "X1029-003",
        caption("a woman in a white tank top and jeans"),
        garment_type("t-shirt", "contradiction"),
        color_of("camisole", "blue", "other_garment_color"),
        DEFAULT_QUESTIONS.sleeve_length("sleeveless"),
        describe("camisole", "a white tank top with thin straps"),
        material("cotton"),
        wearing("a white tank top and blue jeans"),
        title="Jockey Women White Ribbed Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: pink short-sleeve pyjama top with a grey teddy-bear print, grey melange pyjama pants with pink cuffs,
    #   model holding a white mug, white backdrop; base model
    case(
        "X1029-004",
        caption("a woman in pink pajamas holding a cup of coffee"),
        wearing("pink pajamas", who="she"),
        color_of("pants", "pink", "other_garment_color"),
        color_of("top", "pink"),
        DEFAULT_QUESTIONS.pattern("printed"),
        details(
            "night suit",
            "the top has a teddy bear print on the front and the pants are grey with pink cuffs and a drawstring waist"
            " and pockets on the side and",
            "cut",
            hit_limit=True,
        ),
        DEFAULT_QUESTIONS.material("silk", "unsupported"),
        title="Sweet Dreams Women Pink & Grey Printed Cotton Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a knee-length maroon satin wrap robe with long sleeves and a sash, matching maroon slip under
    #   it, white backdrop, side view; base model
    case(
        "X1029-005",
        caption("a woman in a red satin robe"),
        garment_type("robe"),
        color("maroon"),
        material("silk", "unsupported"),
        describe("robe", "a long robe with a hood", "unsupported"),
        DEFAULT_QUESTIONS.sleeve_length("long sleeves"),
        wearing("a red robe", who="she"),
        title="Kanvin Women Maroon Satin Wrap Robe",
        category="Robe",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in navy blue jersey lounge pants with a drawstring and a plain white crew-neck t-shirt, barefoot,
    #   white backdrop, front view; base model
    case(
        "X1029-006",
        caption("a man in a white t - shirt and blue pants"),
        wearing("a white shirt and blue pants", who="he"),
        color_of("pants", "white", "other_garment_color"),
        garment_type("lounge pants"),
        describe("pants", "navy blue sweatpants with a drawstring"),
        BLIND_QUESTIONS.pattern("solid"),
        details("pants", "pants", "non_answer"),
        title="Jockey Men Navy Blue Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: knee-length lavender cotton nightdress with a small white floral print and short sleeves, model standing
    #   beside a bed with white sheets; base model
    case(
        "X1029-007",
        caption("a woman in a purple nightgown standing next to a bed"),
        garment_type("nightdress"),
        color("purple"),
        BLIND_QUESTIONS.pattern("floral"),
        BLIND_QUESTIONS.sleeve_length("sleeveless", "contradiction"),
        describe(
            "nightdress",
            "a purple nightgown with white flowers on it, short sleeves, a round neck and a gathered waist, the woman"
            " is standing next to a bed with",
            "cut",
            hit_limit=True,
        ),
        wearing("a nightgown Question: What is the color of the nightgown? Answer: purple", "leak", who="she"),
        title="Clt.s Women Lavender Floral Print Cotton Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: back view, plain red microfibre push-up bra with a two-hook closure, matching red briefs, hair swept to
    #   one side, white backdrop; base model
    case(
        "X1029-008",
        caption("the back of a woman in a red bra"),
        color_of("bra", "red"),
        is_a("bra", "yes"),
        details("bra", "the bra has a hook and eye closure in the back"),
        describe(
            "bra",
            "a red bra with a red bra with a red bra with a red bra with a red bra with a red bra with a red",
            "loop",
            hit_limit=True,
        ),
        material("lace", "unsupported"),
        straps("he has thin straps", "pronoun"),
        title="Lady Lyka Women Red Push-Up Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: black lace bra and briefs with small pink satin bows, model sitting on a white stool, white backdrop;
    #   base model
    case(
        "X1029-009",
        caption("a woman in black lingerie sitting on a white stool"),
        wearing("lingerie", who="she"),
        garment_type("lingerie set"),
        color("pink", "contradiction"),
        describe(
            "lingerie set",
            "a black lace bra and panties with pink bows and pink bows and pink bows and pink bows and pink bows and"
            " pink",
            "loop",
            hit_limit=True,
        ),
        is_a("swimsuit", "yes", "contradiction"),
        material("lace"),
        title="Clovia Women Black Lace Bra & Panty Set",
        category="Lingerie Set",
        color="Black",
        gender="Women",
    ),
    # photo: man in a blue-and-white checked long-sleeve button-front pyjama shirt with a chest pocket and matching
    #   checked pyjama pants, light woven cotton, white backdrop; base model
    case(
        "X1029-010",
        caption("a man in blue and white plaid pajamas"),
        wearing("she is wearing pajamas", "pronoun", who="he"),
        BLIND_QUESTIONS.pattern("checked"),
        BLIND_QUESTIONS.sleeve_length("long sleeves"),
        color("blue"),
        describe(
            "night suit",
            "plaid pajamas with buttons down the front Question: Describe the pants. Answer: plaid pajama pants",
            "leak",
        ),
        material("flannel", "unsupported"),
        title="Hanes Men Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a skin-coloured camisole, white backdrop, with an inset of the pack's second camisole (black)
    #   folded at the right; base model
    case(
        "X1029-011",
        caption("a woman in a beige tank top"),
        garment_type("camisole"),
        color("black", "contradiction"),
        details("camisole", "it is a camisole", "non_answer"),
        describe("camisole", "two camisoles, one beige and one black"),
        DEFAULT_QUESTIONS.sleeve_length("sleeveless"),
        title="Jockey Women Pack of 2 Camisoles",
        category="Camisoles",
        color="Skin",
        gender="Women",
    ),
    # photo: woman in a white terry bath robe with a shawl collar, belt and patch pockets, a white towel wrapped on
    #   her head, blue bathroom tiles behind; base model
    case(
        "X1029-012",
        caption("a woman in a white bathrobe with a towel on her head"),
        wearing("a bathrobe"),
        color("blue", "contradiction"),
        garment_type("jacket", "contradiction"),
        material("terry cloth"),
        describe("bath robe", "a white bathrobe with a belt and pockets"),
        details("bath robe", "white", "non_answer"),
        title="Spaces Unisex White Cotton Terry Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Unisex",
    ),
    # photo: navy blue sleeveless pyjama top with a small white star print and solid red shorts, white backdrop,
    #   front view; base model
    case(
        "X1029-013",
        caption("a woman in a navy blue top and red shorts"),
        color_of("shorts", "red"),
        color_of("top", "red", "other_garment_color"),
        DEFAULT_QUESTIONS.pattern("striped", "contradiction"),
        wearing("a blue top and red shorts", who="she"),
        details("shorts", "they are shorts", "non_answer"),
        describe("top", "a blue top with white stars on it Question: Describe the shorts. Answer: red shorts", "leak"),
        title="Secret Wish Women Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white full-coverage minimizer bra with a lace overlay on the cups and white high-waist briefs, white
    #   backdrop, no props, front view; base model
    case(
        "X1029-014",
        caption("a woman in a white bra and panties holding a red rose", "unsupported"),
        color("white"),
        garment_type("bra"),
        describe("bra", "a white bra with lace"),
        details("bra", "the details of the bra", "restated"),
        material("lace"),
        straps("wide straps"),
        title="Triumph Women White Lace Minimizer Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: short black satin slip nightdress, spaghetti straps, lace trim at the neckline, no slit; model standing
    #   by a window with beige curtains; base model
    case(
        "X1029-015",
        caption("a woman in a black nightgown standing in front of a window"),
        color("beige", "contradiction"),
        material("satin"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        describe("nightdress", "a black dress with lace trim"),
        details("nightdress", "the nightdress is made of silk and has a slit on the side", "unsupported"),
        wearing("nothing", "non_answer", who="she"),
        title="Kanvin Women Black Satin Lace Trim Nightdress",
        category="Nightdress",
        color="Black",
        gender="Women",
    ),
    # photo: man in grey melange knit lounge shorts with a drawstring and side pockets and a plain black t-shirt,
    #   white backdrop, side view; base model
    case(
        "X1029-016",
        caption("a man in a black t - shirt and grey shorts"),
        color_of("shorts", "black", "other_garment_color"),
        garment_type("shorts"),
        details("shorts", "black shorts with a drawstring waist and pockets", "other_garment_color"),
        describe(
            "shorts",
            "grey shorts with a drawstring and a drawstring and a drawstring and a drawstring and a drawstring and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a black shirt and grey shorts", who="he"),
        material("cotton"),
        title="Jockey Men Grey Melange Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: sheer pink mesh baby doll with pink lace cups and a matching thong, white backdrop, front view; base model
    case(
        "X1029-017",
        caption("a woman in pink lingerie"),
        garment_type("nightdress"),
        color("pink"),
        material("lace and mesh"),
        describe("baby doll", "pink", "non_answer"),
        wearing("a pink bikini", "contradiction", who="she"),
        is_a("nightdress", "yes"),
        title="Playboy Women Pink Baby Doll with Thong",
        category="Baby Dolls",
        color="Pink",
        gender="Women",
    ),
    # photo: girl in a yellow t-shirt with a unicorn print and yellow-and-white striped pyjama pants, holding a grey
    #   plush elephant, white backdrop; base model
    case(
        "X1029-018",
        caption("a little girl in yellow pajamas holding a stuffed animal"),
        wearing("pajamas", who="she"),
        color_of("top", "yellow"),
        color_of("pants", "grey", "contradiction"),
        BLIND_QUESTIONS.pattern("printed"),
        describe("night suit", "a yellow shirt with a unicorn on it and striped pants"),
        details(
            "night suit",
            "the girl is wearing a yellow shirt with a picture of a horse on the front and yellow and white striped"
            " pants with a pink bow on the",
            "cut",
            hit_limit=True,
        ),
        material("wool", "unsupported"),
        title="Sweet Dreams Girls Yellow Unicorn Print Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Girls",
    ),
    # photo: purple racerback sports bra and black leggings, white backdrop, three-quarter front view; base model
    case(
        "X1029-019",
        caption("a woman in a purple sports bra and black leggings"),
        color("black", "other_garment_color"),
        garment_type("bra"),
        describe("bra", "a black sports bra", "other_garment_color"),
        details("bra", "racerback straps and a wide elastic band"),
        wearing("she is wearing a purple sports bra and black leggings", who="she"),
        straps("racerback straps that cross in the back and a zipper in the front", "unsupported"),
        title="Enamor Women Purple Racerback Sports Bra",
        category="Bra",
        color="Purple",
        gender="Women",
    ),
    # photo: white kimono robe with a large pink and green floral print and short wide sleeves, worn open over a white
    #   camisole and white shorts, white backdrop; base model
    case(
        "X1029-020",
        caption("a woman in a floral kimono"),
        color("white"),
        BLIND_QUESTIONS.pattern("floral"),
        describe("robe", "a white robe with pink and green flowers"),
        is_a("jacket", "yes", "contradiction"),
        wearing("a floral kimono and white shorts", who="she"),
        BLIND_QUESTIONS.sleeve_length("long sleeves", "contradiction"),
        details(
            "robe",
            "the robe has a belt and the robe has a belt and the robe has a belt and the robe has a belt and the",
            "loop",
            hit_limit=True,
        ),
        title="Clt.s Women Multicoloured Floral Print Kimono Robe",
        category="Robe",
        color="Multi",
        gender="Women",
    ),
    # photo: grey lounge pants with a white star print, elastic waist and drawstring, model in a white tank top,
    #   white backdrop; base model
    case(
        "X1029-021",
        caption("a woman in a white tank top and grey pajama pants"),
        color("white", "other_garment_color"),
        garment_type("lounge pants"),
        describe("pants", "grey pants with white stars"),
        details("pants", "the pants have an elastic waist and a drawstring and a zipper fly", "unsupported"),
        wearing("he is wearing grey pajama pants", "pronoun", who="she"),
        print_of("stars"),
        title="Hanes Women Grey Star Print Lounge Pants",
        category="Lounge Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: high-waist skin-coloured shaper shorts from under the bust to mid-thigh, model wearing a black bra, white
    #   backdrop; base model
    case(
        "X1029-022",
        caption("a woman in a black bra and nude shorts"),
        garment_type("shapewear"),
        color("black", "other_garment_color"),
        describe("shapewear", "a nude high waisted shaper"),
        details("shapewear", "it is a shapewear", "non_answer"),
        is_a("bra", "yes", "contradiction"),
        material("latex", "unsupported"),
        title="Zivame Women Nude High-Waist Tummy Shaper Shorts",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: man in a navy blue waffle-knit shawl-collar robe with a belt, no hood or zipper, grey pyjama pants visible
    #   below, white backdrop; base model
    case(
        "X1029-023",
        caption("a man wearing a blue bathrobe"),
        wearing("a robe", who="he"),
        color_of("robe", "grey", "other_garment_color"),
        material("the material of the garment", "restated"),
        describe("robe", "a grey robe with a belt and a shawl collar", "other_garment_color"),
        details("robe", "the robe has a hood and a zipper", "unsupported"),
        title="Hanes Men Navy Blue Waffle Knit Robe",
        category="Robe",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black satin camisole with lace trim at the neckline, worn with light grey lounge shorts, white backdrop;
    #   base model
    case(
        "X1029-024",
        caption("a woman in a black camisole and grey shorts"),
        color("black"),
        describe("camisole", "a grey top with lace", "other_garment_color"),
        material("satin"),
        DEFAULT_QUESTIONS.sleeve_length("short sleeves", "contradiction"),
        wearing(
            "a black top and shorts Question: What is the color of the shorts? Answer: gray Question: What is the"
            " color of",
            "leak",
            who="she",
            hit_limit=True,
        ),
        neckline("v-neck"),
        title="Amante Women Black Satin Lace Trim Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: maroon button-front pyjama shirt with white piping on the collar and pocket, maroon pyjama pants, model
    #   holding a white pillow, white backdrop; base model
    case(
        "X1029-025",
        caption("a woman in red pajamas holding a pillow"),
        color("maroon"),
        BLIND_QUESTIONS.pattern("striped", "contradiction"),
        details(
            "night suit",
            "white piping on the collar and pockets and white piping on the collar and pockets and white piping on the"
            " collar and",
            "loop",
            hit_limit=True,
        ),
        describe("night suit", "a pajama set"),
        color_of("pyjamas", "white", "contradiction"),
        wearing("red pajamas", who="she"),
        material("velvet", "unsupported"),
        title="Sweet Dreams Women Maroon Solid Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: baby pink cotton non-padded bra with small white polka dots and matching pink briefs, no bow, white
    #   backdrop; base model
    case(
        "X1029-026",
        caption("a woman in a pink polka dot bra and panties"),
        color("pink"),
        BLIND_QUESTIONS.pattern("polka dots"),
        material("cotton"),
        describe("bra", "a pink bra with white dots and a bow in the middle", "unsupported"),
        details("bra", "what are the bra details", "restated"),
        padded("yes", "contradiction"),
        title="Clovia Women Pink Polka Dot Cotton Non-Padded Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: long peach cotton nightdress with short sleeves and a lace yoke, buttons at the placket, model standing in
    #   front of a light blue wall; base model
    case(
        "X1029-027",
        caption("a woman in a long peach dress standing in front of a blue wall"),
        color("blue", "contradiction"),
        garment_type("nightdress"),
        describe("nightdress", "a long dress with a lace collar"),
        material("silk", "unsupported"),
        wearing("a dress", who="she"),
        details(
            "nightdress",
            "the nightdress is a long dress with short sleeves and a lace collar and buttons on the front and a bow on"
            " the",
            "cut",
            hit_limit=True,
        ),
        title="Biara Women Peach Cotton Nightdress",
        category="Nightdress",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a white ribbed sleeveless innerwear vest and blue jeans, white backdrop; base model
    case(
        "X1029-028",
        caption("a man in a white tank top and jeans"),
        garment_type("vest"),
        color_of("vest", "blue", "other_garment_color"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        wearing("she is wearing a white tank top and jeans", "pronoun", who="he"),
        describe("vest", "a blue undershirt", "other_garment_color"),
        details("vest", "ribbed", "non_answer"),
        title="Jockey Men White Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: navy blue lace plunge bra and navy briefs, model wearing an open white button-down shirt over them,
    #   white backdrop; base model
    case(
        "X1029-029",
        caption("a woman in a white shirt and a blue bra"),
        color_of("bra", "white", "other_garment_color"),
        wearing("a white shirt and a blue bra", who="she"),
        garment_type("shirt", "contradiction"),
        describe("bra", "lace", "non_answer"),
        details("bra", "the bra is made of silk", "unsupported"),
        is_a("bra", "yes"),
        title="Wacoal Women Navy Blue Lace Plunge Underwired Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green crew-neck lounge t-shirt with small white "SUNDAY" lettering on the chest, worn with black
    #   joggers, white backdrop; base model
    case(
        "X1029-030",
        caption("a woman in a green t - shirt with the word sunday on it"),
        color("green"),
        DEFAULT_QUESTIONS.sleeve_length("short sleeves"),
        color_of("t-shirt", "black", "other_garment_color"),
        describe("t-shirt", "a green t - shirt with white writing"),
        material("polyester", "unsupported"),
        wearing("a t - shirt and pants", who="she"),
        details(
            "t-shirt",
            "t - shirt Question: What is the color of the t - shirt? Answer: green Question: What is the color of the"
            " t - shirt? Answer",
            "leak",
            hit_limit=True,
        ),
        title="Hanes Women Olive Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white pyjama top with a multicoloured cupcake print and pink capri pyjamas, white backdrop; base model
    case(
        "X1029-031",
        caption("a woman in a white shirt with cupcakes and pink pants"),
        color("pink"),
        BLIND_QUESTIONS.pattern("printed"),
        wearing("pajamas", who="she"),
        describe("night suit", "she is wearing a white shirt and pink pants"),
        details("night suit", "cupcakes", "non_answer"),
        is_a("dress", "yes", "contradiction"),
        print_of("cupcakes and hearts", "unsupported"),
        title="Secret Wish Women Multicoloured Cupcake Print Night Suit",
        category="Night suits",
        color="Multi",
        gender="Women",
    ),
    # photo: beige strapless bandeau bra with a silicone grip edge, no straps, beige briefs, white backdrop; base model
    case(
        "X1029-032",
        caption("a woman in a beige strapless bra"),
        color("white", "contradiction"),
        details("bra", "adjustable straps and a lace trim", "unsupported"),
        describe("bra", "a strapless bra Question: What is the color of the bra? Answer: beige", "leak"),
        wearing(
            "a bra and panties and a bra and panties and a bra and panties and a bra and panties and a bra and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        garment_type("bra"),
        straps("the bra has no straps"),
        title="Triumph Women Beige Strapless Bra",
        category="Bra",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a grey crew-neck t-shirt and black pyjama pants, white backdrop; base model
    case(
        "X1029-033",
        caption("a man in a grey t - shirt and black pants"),
        color_of("t-shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        wearing("a grey shirt and black pants", who="he"),
        garment_type("t-shirt", "contradiction"),
        describe("night suit", "a gray t - shirt and black sweatpants"),
        material("cotton"),
        title="Jockey Men Grey & Black Cotton Night Suit",
        category="Night suits",
        color="Grey",
        gender="Men",
    ),
    # photo: red satin camisole with black lace trim, worn with black satin shorts, no tattoo, white backdrop;
    #   base model
    case(
        "X1029-034",
        caption("a woman in a red and black lingerie set"),
        color("red"),
        color_of("camisole", "black", "other_garment_color"),
        describe("camisole", "a red silk top with black lace", "unsupported"),
        wearing("what is she wearing", "restated", who="she"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        details("camisole", "she has a tattoo on her arm", "unsupported"),
        title="Zivame Women Red Satin Camisole with Lace",
        category="Camisoles",
        color="Red",
        gender="Women",
    ),
    # photo: long dusty-pink fleece robe with a hood, belt and pockets, no zipper, over grey pyjamas, model holding a
    #   mug, white backdrop; base model
    case(
        "X1029-035",
        caption("a woman in a pink robe holding a cup"),
        color("pink"),
        material("fleece"),
        describe("robe", "a pink hooded robe"),
        color_of("robe", "grey", "other_garment_color"),
        wearing("a pink robe and grey pants Question: What is she holding? Answer: a cup of coffee", "leak", who="she"),
        details(
            "robe",
            "the robe has a hood, pockets, a belt, and a zipper on the front and a zipper on the front and a zipper"
            " on the front and",
            "loop",
            hit_limit=True,
        ),
        title="Bombay Dyeing Women Pink Hooded Fleece Robe",
        category="Robe",
        color="Pink",
        gender="Women",
    ),
    # photo: flat-lay pack shot, three folded hipster briefs (black, grey, pink) on a white backdrop, no model;
    #   base model
    case(
        "X1029-036",
        caption("three pairs of underwear on a white background"),
        wearing("a bra and panties", "unsupported"),
        garment_type("briefs"),
        color("black"),
        describe("briefs", "three pairs of panties in black, grey and pink"),
        material("cotton"),
        title="Jockey Women Pack of 3 Cotton Hipster Briefs",
        category="Briefs",
        gender="Women",
    ),
    # photo: blue-and-white striped short-sleeve button-front pyjama shirt with a notch collar and matching striped
    #   shorts, white backdrop; base model
    case(
        "X1029-037",
        caption("a woman in blue and white striped pajamas"),
        BLIND_QUESTIONS.pattern("striped"),
        color("blue"),
        wearing("she's wearing a blue and white striped shirt and shorts", who="she"),
        details("night suit", "buttons", "non_answer"),
        describe("night suit", "a striped pajama set"),
        BLIND_QUESTIONS.sleeve_length("long sleeves", "contradiction"),
        material("linen", "unsupported"),
        title="Clt.s Women Blue Striped Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: man in red-and-navy checked woven lounge boxers with a one-button fly and a navy t-shirt, white backdrop,
    #   front view; base model
    case(
        "X1029-038",
        caption("a man in a blue shirt and red plaid shorts"),
        color_of("boxers", "navy blue", "other_garment_color"),
        garment_type("shorts"),
        BLIND_QUESTIONS.pattern("checked"),
        wearing("he is wearing a blue shirt and red plaid shorts", who="he"),
        describe(
            "boxers",
            "red and blue plaid boxer shorts with an elastic waistband and a button fly, the man is standing with his"
            " hands at his sides and his",
            "cut",
            hit_limit=True,
        ),
        details("boxers", "the boxers have a button fly and a pocket on the back", "unsupported"),
        title="U.S. Polo Assn. Men Red Checked Woven Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: black padded wire-free t-shirt bra worn with mid-blue jeans, white backdrop, front view; base model
    case(
        "X1029-039",
        caption("a woman in a black bra and blue jeans"),
        color("black"),
        garment_type("bra"),
        color_of("bra", "blue", "other_garment_color"),
        wearing("he is wearing a black bra and jeans", "pronoun", who="she"),
        describe("bra", "describe the bra", "restated"),
        details("bra", "padded cups and no underwire"),
        title="Enamor Women Black Padded Wirefree T-Shirt Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: sleeveless mid-calf sea-green nightdress with a white paisley print, model sitting in a brown leather
    #   armchair reading a book; base model
    case(
        "X1029-040",
        caption("a woman in a green dress sitting on a chair reading a book"),
        color("green"),
        color_of("nightdress", "brown", "contradiction"),
        BLIND_QUESTIONS.pattern("printed"),
        describe("nightdress", "a long green dress with white paisley print"),
        wearing("a green dress Question: What is she reading? Answer: a book", "leak", who="she"),
        material("rayon", "unsupported"),
        title="Biara Women Sea Green Paisley Print Nightdress",
        category="Nightdress",
        color="Sea Green",
        gender="Women",
    ),
    # photo: pink lounge shorts with a small white heart print and a drawstring, worn with a plain white t-shirt,
    #   model barefoot, white backdrop; base model
    case(
        "X1029-041",
        caption("a woman in a white t - shirt and pink shorts"),
        color_of("shorts", "pink"),
        color("white", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "pink shorts with white hearts"),
        wearing(
            "a white t - shirt and pink shorts with white hearts and a drawstring at the waist, her hair is tied back"
            " and she is barefoot and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Hanes Women Pink Heart Print Lounge Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a grey cotton terry bath robe with a shawl collar and belt, no hood, barefoot, white backdrop;
    #   base model
    case(
        "X1029-042",
        caption("a man in a white bathrobe", "contradiction"),
        wearing("a robe", who="he"),
        color("grey"),
        material("terry cloth"),
        describe("bath robe", "she is wearing a gray robe with a belt", "pronoun"),
        details("bath robe", "it has a hood and the hood is lined with fur", "unsupported"),
        title="Spaces Men Grey Cotton Terry Bath Robe",
        category="Bath Robe",
        color="Grey",
        gender="Men",
    ),
    # photo: lavender camisole worn under an open white cardigan with blue jeans, white backdrop; base model
    case(
        "X1029-043",
        caption("a woman in a white cardigan and jeans"),
        color("white", "other_garment_color"),
        garment_type("cardigan", "contradiction"),
        color_of("camisole", "purple"),
        describe("camisole", "a light purple tank top"),
        wearing("a white sweater, a purple top and jeans", who="she"),
        DEFAULT_QUESTIONS.sleeve_length("long sleeves", "contradiction"),
        title="Jockey Women Lavender Camisole",
        category="Camisoles",
        color="Lavender",
        gender="Women",
    ),
    # photo: black satin button-front pyjama shirt with white piping on collar, cuffs and pocket, black satin trousers,
    #   white backdrop; base model
    case(
        "X1029-044",
        caption("a woman in black silk pajamas", "unsupported"),
        color("black"),
        material("satin"),
        details(
            "night suit",
            "white piping on the collar, cuffs and pockets, the shirt has long sleeves and buttons down the front and"
            " the pants have an elastic waist and",
            "cut",
            hit_limit=True,
        ),
        wearing("pajamas", who="she"),
        describe("night suit", "the night suit", "restated"),
        title="Sweet Dreams Women Black Satin Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a plain red bra, inset of the pack's second bra (black) at the right, white backdrop; base model
    case(
        "X1029-045",
        caption("a woman in a red bra"),
        color("red"),
        garment_type("bra"),
        describe("bra", "a red bra and a black bra"),
        is_a("bra", "yes"),
        details("bra", "the bra is a bra", "non_answer"),
        wearing("what is she wearing? a red bra", "restated", who="she"),
        title="Clovia Women Pack of 2 Bras",
        category="Bra",
        color="Multi",
        gender="Women",
    ),
    # photo: man in black lounge pants with a white side stripe and elastic waist, grey hoodie, white backdrop;
    #   base model
    case(
        "X1029-046",
        caption("a man in a grey hoodie and black pants"),
        color_of("pants", "grey", "other_garment_color"),
        garment_type("lounge pants"),
        details("pants", "white stripes down the side and an elastic waist"),
        describe("pants", "grey sweatpants with a white stripe", "other_garment_color"),
        wearing("she is wearing a gray hoodie and black pants", "pronoun", who="he"),
        material("denim", "unsupported"),
        title="Puma Men Black Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
]
