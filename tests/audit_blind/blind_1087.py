"""BLIND_1087 (46 products; Myntra lingerie, nightwear and loungewear photos, base BLIP-2 OPT-2.7b zero-shot): written
blind in the fifty-ninth session. Measured blind at caeb924 (the session's final rules): 105/126 failures found (83.3%)
and 14/174 correct texts flagged (8.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of lingerie, nightwear and loungewear: bras (worn with matching briefs, with jeans or
track pants, on a mannequin, packs laid flat), camisoles (alone, under an open shirt, with shorts or leggings), night
suits and nightdresses for women, men and girls, robes and bath robes worn over slips or pyjamas, and a few men's
lounge pants, shorts and tees. Studio shots on white or light grey backdrops, some staged in a bedroom, on a bed or
sofa, by a window, next to a Christmas tree, with props (mug, pillow, towel on the head). Seller columns are title,
category (Myntra article type), color (base colour) and gender; a few rows lack one of them, as real feeds do.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions are
free generation (max 50 new tokens), open answers free generation after "Question: ... Answer:" (max 30 new
tokens), closed answers from enrich's --engine reference, which picks one candidate value. The base model is short
and mostly stops on its own, but greedy decoding still falls into loops on "details" questions, now and then runs a
long list to the token limit, and sometimes carries on with a new "Question: ... Answer:" pair. Its habits: one
color for every garment in the photo, the color of whatever covers most of the frame (jeans, leggings, an open
shirt, the slip under a robe), invented trims and fastenings (bows, lace, front clasps, logos), "silk" for anything
shiny, "he" on women and "she" on men now and then, and "the details of the garment are ..." restatements.

Labeling conventions and judgement calls:
- other_garment_color: the product is given the color of another garment actually in the photo (the jeans under a
  bra, the slip under a robe, the tee over lounge shorts), closed or open. A color found nowhere in the photo, or
  one product part given the other part's color (night suit pants given the top's color), is a contradiction.
- contradiction also covers wrong sleeve length, wrong pattern (including the pattern of another garment worn with
  the product), a wrong garment type, a wrong count for a pack, a color taken from the wall, and the color of a
  print or trim given as the product's color where the seller and the other texts give the base color.
- Synonyms are correct: tank top for a camisole, nightgown for a nightdress, pajamas for a night suit, sweatpants
  for lounge pants, bathrobe for a bath robe; shades within one color family are correct (maroon/red, peach/pink,
  lavender/purple, olive/green, nude/skin/beige, navy/blue).
- unsupported: a detail or material neither the photo nor the title shows (a bow, lace, a front clasp, a logo, a
  hood, slippers, a hat, a person in a flat lay, "silk" for satin or jersey, pockets hidden under a t-shirt). A
  material answer is correct only when the title names it or the photo plainly shows it (lace, terry, fleece); the
  material of another garment in the photo ("denim" for a bra worn with jeans) is unsupported too.
- non_answer: a yes/no, a bare garment word, "i don't know", or an answer about something else (the pose, the
  bed) to an open question. restated: the question's own words handed back as a sentence with nothing added
  ("the details of the garment are shown in the picture", "the garment is made of fabric").
- pronoun: "he"/"man" about a Women or Girls product, "she" about a Men product; one label even when the rest of
  the text is right.
- One label per text: the first thing that goes wrong. A loop is labelled loop even when it reaches the limit; a text
  cut at the limit without repeating is cut; a text that starts a new "Question:" is leak, whatever follows.
  hit_limit=True on every text that ran to its token limit.
- Closed answers never loop or stop short; they fail only by picking a wrong candidate.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, is_a, wearing

BLIND_1087 = [
    # photo: black solid cotton non-padded bra worn with matching black briefs, white backdrop, front view cropped at
    # the hips; no lace, no trim, hook closure at the back (not visible). Base model wrote all texts.
    case(
        "X1087-001",
        caption("a woman in a black bra and panties"),
        Q.garment_type("bra"),
        Q.color("black"),
        Q.pattern("striped", failure="contradiction"),
        Q.description("a black bra with lace trim and a front closure", failure="unsupported"),
        Q.material("cotton"),
        title="Jockey Women Black Cotton Non-Padded Bra 1722",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: nude moulded padded t-shirt bra with nude briefs, smooth cups, white backdrop, front view. Base model.
    case(
        "X1087-002",
        caption("a woman in a beige bra and underwear"),
        Q.garment_type("bra"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.description("a white bra", failure="contradiction"),
        Q.details("the details of the garment are shown in the picture", failure="restated"),
        Q.material("silk", failure="unsupported"),
        title="Triumph Women Nude Padded T-shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: pink floral lace underwired bra with pink lace briefs, light grey backdrop, model turned slightly to the
    # side. Base model wrote all texts.
    case(
        "X1087-003",
        caption("a woman in pink lingerie posing for a photo"),
        wearing("she is wearing a pink lace bra", who="she"),
        color_of("bra", "pink"),
        Q.pattern("floral"),
        Q.details(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace"
            " lace lace lace lace lace lace lace lace lace",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("the material of the garment", failure="restated"),
        title="Enamor Women Pink Lace Underwired Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon padded bra styled with mid-blue jeans, white backdrop, front view from the thighs up. Base model.
    case(
        "X1087-004",
        caption("a woman in a blue bra and blue jeans", failure="other_garment_color"),
        Q.wearing("a red bra and blue jeans"),
        Q.garment_type("bra"),
        Q.color("blue", failure="other_garment_color"),
        describe("bra", "a maroon bra with padded cups"),
        Q.details("it has padded cups and adjustable straps"),
        Q.material("denim", failure="unsupported"),
        title="Amante Women Maroon Padded Bra",
        category="Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: white minimiser bra, full cups, with white briefs, against a white wall, front view. Base model.
    case(
        "X1087-005",
        caption("a woman in white underwear standing in front of a white wall"),
        Q.wearing("he is wearing white underwear", failure="pronoun"),
        Q.color("white"),
        Q.description("a white bra"),
        Q.sleeve_length("sleeveless"),
        Q.details("a white bra with a pink bow in the middle", failure="unsupported"),
        title="Lovable Women White Minimiser Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: women's night suit: navy blue short-sleeved round-neck top with small white stars and full-length navy
    # pyjamas with the same print; model standing barefoot holding a white mug; white backdrop. Base model wrote all
    # texts.
    case(
        "X1087-006",
        caption("a woman in blue pajamas holding a coffee mug"),
        Q.wearing("she is wearing pajamas and slippers", failure="unsupported"),
        Q.garment_type("dress", failure="contradiction"),
        Q.color("navy blue"),
        Q.sleeve_length("short"),
        Q.description("a blue and white pajama set with stars on it"),
        Q.details(
            "the top has a round neck and short sleeves, the pants have an elastic waistband and two side pockets and"
            " the",
            failure="cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: men's grey melange jogger lounge pants with white t-shirt on top, barefoot, white backdrop. Base model.
    case(
        "X1087-007",
        caption("a man in white sweatpants and a white t-shirt", failure="other_garment_color"),
        Q.wearing("she is wearing grey sweatpants and a white shirt", failure="pronoun"),
        Q.garment_type("pants"),
        Q.color("white", failure="other_garment_color"),
        Q.description("a pair of grey sweatpants with an elastic waistband"),
        Q.material("cotton"),
        title="Hanes Men Grey Melange Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: plain black scoop-neck cotton camisole, thin straps, worn with red-and-black checked pyjama shorts, white
    # backdrop, front view. No lace, no v-neck. Base model wrote all texts.
    case(
        "X1087-008",
        caption("a woman in a black tank top and red plaid shorts"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.pattern("checked", failure="contradiction"),
        Q.description("a black camisole with thin spaghetti straps"),
        Q.details("it has a v-neck and lace trim", failure="unsupported"),
        Q.material("cotton"),
        title="Jockey Women Black Cotton Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: red satin long-sleeved knee-length wrap robe with tie belt, worn over a black lace slip nightdress, model
    # standing, white backdrop. Base model wrote all texts.
    case(
        "X1087-009",
        caption("a woman in a red satin robe"),
        Q.wearing("the person is wearing clothes", failure="restated"),
        Q.garment_type("robe"),
        Q.color("black", failure="other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a black robe with a belt", failure="other_garment_color"),
        Q.material("silk", failure="unsupported"),
        title="Kiara Women Red Satin Robe",
        category="Robe",
        color="Red",
        gender="Women",
    ),
    # photo: peach knee-length short-sleeved nightdress printed with a sleeping cartoon cat and the words "sleepy
    # head" on the chest; model sitting on a white bed with pillows. Base model wrote all texts.
    case(
        "X1087-010",
        caption("a woman sitting on a bed in a pink nightgown"),
        Q.wearing("a nightgown"),
        Q.garment_type("t-shirt", failure="contradiction"),
        Q.color("pink"),
        Q.description("a pink nightgown with a cat on it"),
        Q.details(
            "the nightgown has a cat on it and says sleepy head on it and has a cat on it and says sleepy head on it",
            failure="loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Peach Printed Nightdress",
        category="Nightdress",
        color="Peach",
        gender="Women",
    ),
    # photo: men's night suit: blue-and-white checked long-sleeved collared shirt with buttons, solid navy pyjama pants,
    # model standing, white backdrop. Base model wrote all texts.
    case(
        "X1087-011",
        caption("a man in blue plaid pajamas"),
        Q.wearing("a man in a blue checkered shirt and pants"),
        Q.color("blue"),
        Q.pattern("checked"),
        Q.sleeve_length("short", failure="contradiction"),
        Q.description("a blue and white checkered shirt and blue pants"),
        Q.details(
            "Question: what are the details of the garment? Answer: the shirt has buttons Question: what are the",
            failure="leak",
            hit_limit=True,
        ),
        title="Sweet Dreams Men Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: purple underwired bra with lace overlay and purple briefs, model side-on, white backdrop. Base model.
    case(
        "X1087-012",
        caption("a woman in purple lingerie"),
        is_a("bra", "yes"),
        Q.color("blue", failure="contradiction"),
        Q.description("describe the garment", failure="restated"),
        Q.details("yes", failure="non_answer"),
        Q.material("lace"),
        Q.wearing("a purple bra and a purple skirt", failure="unsupported"),
        title="Wacoal Women Purple Lace Underwired Bra",
        category="Bra",
        color="Purple",
        gender="Women",
    ),
    # photo: flat lay, no person: two camisoles side by side on white, one white, one beige, both plain with thin
    # straps. Base model wrote all texts.
    case(
        "X1087-013",
        caption("a white tank top and a beige tank top on a white background"),
        Q.wearing("a woman wearing a white tank top", failure="unsupported"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.description("two camisoles one in white and one in beige"),
        Q.details("the camisoles", failure="non_answer"),
        title="Lady Lyka Women Pack of 2 Camisoles",
        category="Camisoles",
        color="Multi",
        gender="Women",
    ),
    # photo: white terry bath robe with shawl collar, tie belt, patch pockets, long sleeves with turned-up cuffs; model
    # with a white towel wrapped on her head, white backdrop. Base model wrote all texts.
    case(
        "X1087-014",
        caption("a woman in a white bathrobe with a towel on her head"),
        wearing("a white robe and a towel", who="she"),
        Q.garment_type("robe"),
        Q.color("white"),
        Q.pattern("striped", failure="contradiction"),
        Q.details(
            "the robe has a shawl collar, a tie belt at the waist, two patch pockets and long sleeves with turned up"
            " cuffs and the",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Spaces Women White Cotton Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Women",
    ),
    # photo: black sheer chiffon baby doll with a pink satin bow under the bust and lace trim at the hem, matching
    # black thong; model standing in front of a grey wall. Base model wrote all texts.
    case(
        "X1087-015",
        caption("a woman in a black lingerie dress with a pink bow"),
        Q.wearing("she is wearing a black dress"),
        Q.garment_type("nightdress"),
        Q.color("pink", failure="contradiction"),
        Q.description("a black babydoll with a pink bow and lace at the bottom"),
        Q.details("no", failure="non_answer"),
        Q.material("silk", failure="unsupported"),
        title="Secret Wish Women Black Baby Doll",
        category="Baby Dolls",
        color="Black",
        gender="Women",
    ),
    # photo: men's navy cotton robe with white piping on collar and cuffs, tie belt, worn open over a grey t-shirt and
    # grey shorts; model barefoot, white wall. Base model wrote all texts.
    case(
        "X1087-016",
        caption("a man in a blue robe standing in front of a white wall"),
        wearing("he is wearing a blue robe and grey shorts", who="he"),
        Q.garment_type("jacket", failure="contradiction"),
        Q.color("grey", failure="other_garment_color"),
        Q.description("a grey robe with white trim", failure="other_garment_color"),
        Q.details("the details of the robe are the details of the garment", failure="restated"),
        Q.material("cotton"),
        title="Jockey Men Navy Blue Cotton Robe",
        category="Robe",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: women's night suit: grey melange short-sleeved tee with a pink heart print, pink-and-grey striped capri
    # pyjamas; model standing, white backdrop. Base model wrote all texts.
    case(
        "X1087-017",
        caption("a woman in pajamas with a heart on the shirt"),
        Q.wearing("a woman wearing pajamas"),
        Q.color("grey"),
        Q.sleeve_length("long", failure="contradiction"),
        Q.description("a grey t-shirt with a pink heart and pink and grey striped pants"),
        Q.details("the details of the garment are the shirt and the pants", failure="restated"),
        Q.material("it is made of silk", failure="unsupported"),
        title="Hanes Women Grey & Pink Night Suit",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # photo: red non-padded bra with white polka dots and a small red bow at the centre, red briefs, front view, white
    # backdrop. Base model wrote all texts.
    case(
        "X1087-018",
        caption("a woman in a red and white polka dot bra and panties"),
        Q.wearing("he is wearing a red bra", failure="pronoun"),
        Q.color("red"),
        Q.pattern("polka dot"),
        Q.description("a red bra with white polka dots and a bow in the middle"),
        Q.details(
            "red bra red bra red bra red bra red bra red bra red bra red bra red bra red bra red bra red bra red bra",
            failure="loop",
            hit_limit=True,
        ),
        title="Lady Lyka Women Red Polka Dot Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: skin-coloured seamless camisole with wide straps, worn with black leggings, white backdrop, front view.
    # Base model wrote all texts.
    case(
        "X1087-019",
        caption("a woman in a beige tank top and black leggings"),
        Q.garment_type("camisole"),
        Q.color("black", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black tank top", failure="other_garment_color"),
        Q.details("camisole", failure="non_answer"),
        title="Amante Women Skin Seamless Camisole",
        category="Camisoles",
        color="Skin",
        gender="Women",
    ),
    # photo: women's night suit: white long-sleeved top with black polka dots and solid black pyjamas; model hugging
    # a white pillow, white backdrop. Base model wrote all texts.
    case(
        "X1087-020",
        caption("a woman in black and white pajamas holding a pillow"),
        Q.wearing("pajamas\nQuestion: what is she holding? Answer: a pillow", failure="leak"),
        color_of("top", "black", failure="other_garment_color"),
        color_of("pants", "black"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short", failure="contradiction"),
        Q.description("a white shirt with black polka dots and black pants"),
        title="Sweet Dreams Women Black & White Printed Night Suit",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: pink kimono robe with red and yellow flowers, wide three-quarter sleeves, worn open over a white camisole
    # and white shorts; model sitting on a wooden chair, legs crossed, hands on her knees, hair in a bun, white
    # backdrop. Base model wrote all texts.
    case(
        "X1087-021",
        caption(
            "a woman sitting on a chair wearing a pink floral kimono robe over a white tank top and white shorts"
            " with her legs crossed and her hands on her knees and her hair in a",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("robe"),
        Q.color("white", failure="other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        Q.description("a white robe with flowers", failure="other_garment_color"),
        Q.details("the kimono is made of silk and has a lace trim", failure="unsupported"),
        title="Kiara Women Pink Floral Print Kimono Robe",
        category="Robe",
        color="Pink",
        gender="Women",
    ),
    # photo: men's black crew-neck short-sleeved lounge tee with grey lounge shorts, white backdrop. Base model.
    case(
        "X1087-022",
        caption("a man in a black t-shirt and grey shorts"),
        Q.wearing("she is wearing a black shirt and grey shorts", failure="pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.description("a black shirt with a white nike logo", failure="unsupported"),
        Q.details(
            "a black t-shirt with a round neck and short sleeves and a round neck and short sleeves and a round neck"
            " and",
            failure="loop",
            hit_limit=True,
        ),
        title="Jockey Men Black Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white cotton bra with a small blue floral print, white briefs, front view, white backdrop. Base model.
    case(
        "X1087-023",
        caption("a woman in a white bra and panties with blue flowers"),
        Q.color("blue", failure="contradiction"),
        Q.pattern("floral"),
        Q.description("a white bra with blue flowers on it"),
        Q.details("what are the details of the garment", failure="restated"),
        Q.material("cotton"),
        title="Triumph Women White Printed Cotton Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: pink cotton lounge pants with small white hearts, worn with a grey tank top, white backdrop. Base model.
    case(
        "X1087-024",
        caption("a woman in grey pajama pants and a grey tank top", failure="other_garment_color"),
        Q.wearing("a grey tank top and pink pants Question: what color are the pants? Answer: pink", failure="leak"),
        Q.garment_type("pants"),
        Q.color("grey", failure="other_garment_color"),
        Q.description("pink pants with hearts on them"),
        Q.details("they are pants", failure="non_answer"),
        Q.material("cotton"),
        title="Hanes Women Pink Printed Cotton Lounge Pants",
        category="Lounge Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: no person: black floral lace bra on a headless mannequin torso, thin straps, no bow, front view, white
    # backdrop. Base model wrote all texts.
    case(
        "X1087-025",
        caption("a black lace bra on a mannequin"),
        Q.wearing(
            "a black bra and a black bra and a black bra and a black bra and a black bra and a black bra and a",
            failure="loop",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        Q.color("black"),
        Q.description("a black lace bra with a bow", failure="unsupported"),
        Q.details("lace cups and thin straps"),
        Q.material("the garment is made of fabric", failure="restated"),
        title="Amante Women Black Lace Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: girls' night suit: yellow short-sleeved tee with a cartoon teddy bear and yellow-and-white striped shorts;
    # girl of about eight standing, white backdrop. Base model wrote all texts.
    case(
        "X1087-026",
        caption("a little girl in yellow pajamas with a teddy bear on the shirt"),
        Q.wearing("he is wearing a yellow shirt and shorts", failure="pronoun"),
        Q.color("white", failure="contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a yellow shirt with a bear on it and striped shorts"),
        Q.details("the shirt has a teddy bear holding a balloon and the shorts have pockets", failure="unsupported"),
        title="Sweet Dreams Girls Yellow Printed Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Girls",
    ),
    # photo: light pink jersey camisole with a lace neckline, worn with blue denim shorts, white backdrop. Base model.
    case(
        "X1087-027",
        caption("a woman in a pink lace top and denim shorts"),
        color_of("camisole", "blue", failure="other_garment_color"),
        Q.garment_type("camisole"),
        Q.description("a pink camisole with lace"),
        Q.details(
            "the camisole has a lace neckline and adjustable straps and a lace neckline and adjustable straps and a"
            " lace",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("satin", failure="unsupported"),
        title="Lovable Women Pink Lace Camisole",
        category="Camisoles",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon satin knee-length slip nightdress, thin straps, black lace trim at the neckline; model standing by
    # a window with sheer white curtains. Base model wrote all texts.
    case(
        "X1087-028",
        caption("a woman in a red satin nightgown standing by a window"),
        wearing("she is wearing a black nightgown", failure="contradiction", who="she"),
        Q.color("maroon"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a maroon satin nightgown with black lace along the neckline, thin straps and a hem that falls just"
            " above the knee and the",
            failure="cut",
            hit_limit=True,
        ),
        Q.details("nightgown", failure="non_answer"),
        Q.material("satin"),
        title="Kiara Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: men's navy lounge shorts with a white drawstring, worn with a white sleeveless vest, white backdrop. Base.
    case(
        "X1087-029",
        caption("a man in a white tank top and white shorts", failure="other_garment_color"),
        Q.wearing("he is wearing shorts"),
        Q.garment_type("pants", failure="contradiction"),
        Q.color("white", failure="other_garment_color"),
        Q.description("blue shorts with a white drawstring"),
        Q.details("shorts", failure="non_answer"),
        Q.material("cotton"),
        title="Jockey Men Navy Blue Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive racerback sports bra with a logo on the wide band, worn with black track pants, side view, white
    # backdrop. Base model wrote all texts.
    case(
        "X1087-030",
        caption("a woman in a green sports bra and black pants"),
        Q.wearing("he is wearing a sports bra and yoga pants", failure="pronoun"),
        Q.garment_type("bra"),
        Q.color("green"),
        Q.sleeve_length("short", failure="contradiction"),
        Q.description("a green sports bra"),
        Q.details(
            "the sports bra has a racerback, a wide elastic band with a logo on it and the straps are wide and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Enamor Women Olive Sports Bra",
        category="Bra",
        color="Olive",
        gender="Women",
    ),
    # photo: sky-blue satin night suit: long-sleeved collared shirt with white flowers, white piping and a chest
    # pocket, buttons down the front, matching pyjamas; model sitting on a grey sofa. Base model wrote all texts.
    case(
        "X1087-031",
        caption("a woman sitting on a couch in blue pajamas"),
        Q.wearing(
            "a woman in blue pajamas Question: what is she sitting on? Answer: a couch Question: what color is the"
            " couch",
            failure="leak",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("solid", failure="contradiction"),
        Q.description("a blue satin pajama set with white flowers"),
        Q.details(
            "the pajamas have white piping on the collar and the cuffs and the pocket and buttons down the front of"
            " the shirt and the",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="Lady Lyka Women Blue Floral Satin Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: grey hooded fleece robe with pink trim and tie belt, worn over pink pyjamas; model holding a mug, white
    # backdrop. Base model wrote all texts.
    case(
        "X1087-032",
        caption("a woman in a grey robe holding a cup of coffee"),
        Q.wearing("he is wearing a grey bathrobe", failure="pronoun"),
        Q.garment_type("robe"),
        Q.color("pink", failure="other_garment_color"),
        Q.description("a pink robe with a hood", failure="other_garment_color"),
        Q.material("fleece"),
        title="Sweet Dreams Women Grey Fleece Hooded Robe",
        category="Robe",
        color="Grey",
        gender="Women",
    ),
    # photo: white cotton sports bra worn with grey joggers, front view, white backdrop. Base model wrote all texts.
    case(
        "X1087-033",
        caption("a woman in a white sports bra and grey sweatpants"),
        is_a("bra", "yes"),
        color_of("bra", "grey", failure="other_garment_color"),
        Q.description("the sports bra is white"),
        Q.details(
            "Question: what are the details of the garment? Answer: Question: what are the details of the garment?"
            " Answer:",
            failure="leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jockey Women White Cotton Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: black camisole under an open long-sleeved white button-down shirt, blue jeans, white backdrop. Base model.
    case(
        "X1087-034",
        caption("a woman in a white shirt and jeans"),
        Q.wearing("a white shirt, a black top and jeans"),
        Q.garment_type("shirt", failure="contradiction"),
        Q.color("white", failure="other_garment_color"),
        Q.sleeve_length("long", failure="contradiction"),
        Q.description("a white shirt with a black tank top underneath"),
        Q.details("the shirt has buttons and a collar"),
        title="Triumph Women Black Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: long lavender cotton nightdress, short puff sleeves, white lace yoke; model standing barefoot, white
    # backdrop. Base model wrote all texts.
    case(
        "X1087-035",
        caption("a woman in a purple dress"),
        Q.wearing("a purple nightgown and a pair of pink slippers", failure="unsupported"),
        Q.color("purple"),
        Q.description("a long purple nightgown with white lace on the top"),
        Q.details("no", failure="non_answer"),
        Q.material("cotton"),
        title="Sweet Dreams Women Lavender Cotton Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: men's night suit: maroon short-sleeved crew tee with a small chest logo, grey melange pyjama pants, the
    # tee hanging over the waistband (no drawstring visible); model standing, white backdrop. Base model wrote all
    # texts.
    case(
        "X1087-036",
        caption("a man in a red shirt and grey pants"),
        wearing("he is wearing a red shirt and grey pants", who="he"),
        Q.color("maroon"),
        color_of("pants", "maroon", failure="contradiction"),
        Q.sleeve_length("short"),
        Q.description("a maroon t-shirt and grey pajama pants with a drawstring", failure="unsupported"),
        Q.details("the shirt has a logo on the chest"),
        title="Hanes Men Maroon & Grey Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat lay, no person: three plain bras side by side, black, white and skin, white backdrop. Base model.
    case(
        "X1087-037",
        caption(
            "three bras on a white background three bras on a white background three bras on a white background"
            " three bras on a white background three bras on a white background three",
            failure="loop",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        Q.garment_type("bra"),
        Q.description("a black bra a white bra and a beige bra"),
        Q.details("two bras", failure="contradiction"),
        Q.material("cotton"),
        title="Lady Lyka Women Pack of 3 Cotton Bras",
        category="Bra",
        gender="Women",
    ),
    # photo: women's grey melange lounge shorts with a pink tank top, white backdrop, front view. Base model.
    case(
        "X1087-038",
        caption("a woman in a pink tank top and grey shorts"),
        Q.wearing("a pink tank top and grey shorts"),
        Q.garment_type("shorts"),
        Q.color("pink", failure="other_garment_color"),
        Q.description("a pair of pink shorts", failure="other_garment_color"),
        Q.details("they are shorts", failure="non_answer"),
        title="Jockey Women Grey Melange Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy blue bra with white lace trim along the cup edges, navy briefs, front view, white backdrop; no bow,
    # hook closure at the back. Base model wrote all texts.
    case(
        "X1087-039",
        caption("a woman in a black bra and panties", failure="contradiction"),
        wearing("she is wearing a blue bra and panties", who="she"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.description("a navy blue bra with white lace trim"),
        Q.details(
            "the bra has white lace and a bow and a front clasp and a pearl in the center", failure="unsupported"
        ),
        title="Wacoal Women Navy Blue Lace Trim Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mint green night suit: notched-collar shirt with white leaf print, three-quarter sleeves, chest pocket,
    # matching pyjamas; model standing against a beige wall. Base model wrote all texts.
    case(
        "X1087-040",
        caption("a woman in a green pajama set standing in front of a beige wall"),
        Q.wearing("green pajamas and a pair of glasses", failure="unsupported"),
        Q.color("beige", failure="contradiction"),
        Q.sleeve_length("three-quarter"),
        Q.description("a green and white pajama set with leaves"),
        Q.details(
            "the top has a notched collar and buttons down the front and a pocket on the chest and the pants have an"
            " elastic",
            failure="cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Green Printed Night Suit",
        category="Night suits",
        color="Green",
        gender="Women",
    ),
    # photo: short black satin robe with lace-trimmed sleeves, worn open over a matching black camisole and shorts;
    # model sitting on a bed with white sheets. Base model wrote all texts.
    case(
        "X1087-041",
        caption("a woman in a black robe sitting on a bed"),
        wearing("she is sitting on a bed", failure="non_answer", who="she"),
        Q.color("black"),
        Q.description("a short black robe with lace trim on the sleeves"),
        Q.details("lace trim and a matching eye mask", failure="unsupported"),
        Q.material("satin"),
        title="Kiara Women Black Satin Robe",
        category="Robe",
        color="Black",
        gender="Women",
    ),
    # photo: plain white cotton camisole with wide straps, no print, worn with light grey pyjama bottoms, white
    # backdrop. Base model wrote all texts.
    case(
        "X1087-042",
        caption("a woman in a white tank top and grey pants"),
        Q.wearing("he is wearing a white tank top", failure="pronoun"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.description("a white tank top with a logo on the front", failure="unsupported"),
        Q.material("cotton\nQuestion: what is the color of the garment? Answer: white", failure="leak", hit_limit=True),
        title="Jockey Women White Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: men's black-and-red checked flannel pyjama pants, black t-shirt hanging over the waistband (no waistband
    # or pockets visible), white backdrop. Base model wrote all texts.
    case(
        "X1087-043",
        caption("a man in a black t-shirt and plaid pajama pants"),
        Q.wearing("she is wearing plaid pajama pants", failure="pronoun"),
        Q.pattern("checked"),
        Q.description("red and black plaid pajama pants"),
        Q.details("the pants have an elastic waistband and a drawstring and two side pockets", failure="unsupported"),
        Q.material("flannel"),
        title="Hanes Men Black Checked Flannel Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: peach padded t-shirt bra with peach briefs, three-quarter view, white backdrop. Base model.
    case(
        "X1087-044",
        caption("a woman in a peach bra and panties"),
        is_a("bra", "yes"),
        Q.color("white", failure="contradiction"),
        Q.description("a peach bra with padded cups"),
        Q.details(
            "the bra has padded cups and adjustable straps and padded cups and adjustable straps and padded cups and"
            " adjustable straps and",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("i don't know", failure="non_answer"),
        title="Amante Women Peach Padded Bra",
        category="Bra",
        color="Peach",
        gender="Women",
    ),
    # photo: white sleeveless knee-length cotton nightdress with a small blue floral print, model standing, white
    # backdrop. The feed row has no color. Base model wrote all texts.
    case(
        "X1087-045",
        caption("a woman in a white dress with blue flowers"),
        Q.wearing("a white dress Question: what is the color of the dress? Answer: white", failure="leak"),
        Q.garment_type("nightdress"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("short", failure="contradiction"),
        Q.description("a white nightgown with blue flowers and a ribbon at the neck", failure="unsupported"),
        title="Sweet Dreams Women White Floral Print Nightdress",
        category="Nightdress",
        gender="Women",
    ),
    # photo: red women's night suit: long-sleeved top with a white reindeer print, red-and-white checked pyjamas;
    # model standing next to a small decorated Christmas tree, no hat. Base model wrote all texts.
    case(
        "X1087-046",
        caption("a woman in red pajamas standing next to a christmas tree"),
        Q.wearing("she is wearing red pajamas and a santa hat", failure="unsupported"),
        Q.color("red"),
        Q.sleeve_length("long"),
        Q.description("a red pajama set with reindeer on the top and checked pants"),
        Q.details(
            "christmas christmas christmas christmas christmas christmas christmas christmas christmas christmas"
            " christmas christmas christmas christmas",
            failure="loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Red Printed Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
]
