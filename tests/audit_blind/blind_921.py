"""BLIND_921 (46 products; Myntra night/lounge/innerwear, base zero-shot): written blind in the fifty-seventh session.
Measured blind at e30524e (the session's fifth rules): 104/131 failures found (79.4%) and 23/188 correct texts flagged
(12.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of nightwear, loungewear and innerwear for men and women (night suits, nightdresses,
baby dolls, robes, lounge pants/shorts/t-shirts, bras, camisoles, shapewear, briefs, trunks, boxers, vests). Photos
are catalog shots on a white studio backdrop: mostly a model cropped at the neck or thighs, often wearing a second
garment that is not the product (jeans under a bra, a t-shirt over lounge shorts); a few flat lays of multipacks,
one mannequin, a few props (a pillow, a teddy bear, a bed, a stool).

Who wrote what: every text is from the untuned base Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions
(max 50 tokens) and open answers (max 30) are greedy free generation; closed answers (garment_type, color, pattern,
sleeve_length, is_* and closed color_of) come from `--engine reference` and are one candidate value each. The base
model is short and lowercase, usually stops on its own, names colors loosely (maroon as red, peach as pink, nude as
tan or beige), gives one color to every garment in the photo, invents small details (logos, bows, hoods, pockets),
guesses materials, sometimes continues the `Question: ... Answer:` format, and now and then falls into a loop that
runs to the token limit.

Labeling conventions and judgement calls:
- A close shade is not a failure: maroon called red, peach called pink, nude called tan or beige, lavender called
  purple, charcoal called grey. A different hue group is.
- The color of another garment in the photo given for the product (jeans under a bra, the t-shirt over lounge
  shorts) is other_garment_color, closed or open. The color of a trim or waistband of the product itself given as
  the product's color is a contradiction (the seller and the caption say otherwise).
- A wrong garment type, wrong pattern, wrong sleeve length, one item named for a multipack, and "yes" to a wrong
  is_* question are contradictions.
- Details absent from the photo (a hood, a bow, a pocket, a logo, words, a slit, a person in a flat lay, a bedroom
  or a couch behind a studio shot) are unsupported; so is a material the title contradicts (silk or cotton for
  satin, silk or wool for cotton, lace for a cotton bra) or that the photo rules out (denim underwear, latex
  shapewear). A short material answer that agrees with the title or the photo is a correct answer.
- In a "wearing" answer, the product given another garment's color ("white shorts" under a white t-shirt) is
  other_garment_color; the other garment given the product's color ("grey shorts" under a grey t-shirt) or both
  given one wrong color is a contradiction. A caption naming another kind of thing (towels) is a contradiction.
- An open answer that is only a color, only the garment's name, one word, or "they are pants" is a non_answer; one
  that only echoes the question's words ("the details of the garment are shown in the picture") is restated. A short
  "wearing" answer that names the garments is a correct answer; a color plus garment name is accepted as a
  description, and a short phrase naming a real detail ("they have anchors") as details.
- he/she/his/her that does not match the person in the photo is pronoun, also where the feed lacks gender and where
  the prompt itself said the right pronoun; a right "she" for a woman is a correct answer.
- A loop or a cut always ran to the limit (hit_limit=True); a leak that ran on to the limit is labeled leak and
  marked hit_limit. A right answer followed by a leaked next question is still a leak. Each text carries one label,
  the one a reader would name first.
- A prop's color (the teddy bear) given as the garment's color is a contradiction: the prop is no garment.
- Multipack rows (seller color Multi): "multi" or the list of colors is right; a single color is a contradiction.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_921 = [
    # photo: woman in a pink short-sleeve top and full-length pyjama set with a small white heart print, barefoot,
    # white backdrop, full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-001",
        caption("a woman in a pink pajama set standing in a bedroom", "unsupported"),
        wearing("pink pajamas with white hearts"),
        Q.garment_type("pajama set"),
        Q.color("pink"),
        Q.pattern("printed"),
        D.description("a pink pajama set with white hearts on it and a bow on the collar", "unsupported"),
        Q.material("silk", "unsupported"),
        title="Sweet Dreams Women Pink Printed Cotton Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man cropped chest to thigh, bare chest, black trunk with a grey waistband lettered JOCKEY in white,
    # white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-002",
        caption("a man in black underwear with a grey waistband"),
        wearing("he is wearing black boxer briefs", who="he"),
        Q.garment_type("trunks"),
        Q.color("grey", "contradiction"),
        D.details("the waistband says jockey"),
        D.description(
            "the underwear is black and the underwear is black and the underwear is black and the underwear is black"
            " and the",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Men Black Trunk 1015",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: woman cropped at the neck, nude (skin-tone) moulded T-shirt bra with plain cups and adjustable straps,
    # worn with mid-blue jeans, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-003",
        caption("a woman in a bra and jeans"),
        wearing("a beige bra and blue jeans"),
        Q.garment_type("bra"),
        Q.color("blue", "other_garment_color"),
        D.description("a padded bra with lace on the cups", "unsupported"),
        D.details("adjustable straps Question: What is the color of the bra? Answer: beige", "leak"),
        is_a("bra", "yes"),
        title="Enamor Women Nude Coloured Padded T-shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: man in a navy long-sleeve collared button-front pyjama shirt and navy-and-white checked pyjama pants,
    # white backdrop, full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-004",
        caption("a man in blue pajamas standing in front of a white wall"),
        wearing("a blue shirt and plaid pants"),
        Q.pattern("checked"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("long sleeves"),
        D.description("she is wearing a navy blue pajama set with a checkered pattern", "pronoun"),
        D.details("the shirt has a collar and buttons down the front"),
        color_of("pants", "navy blue and white", kind="open"),
        title="Sweet Dreams Men Navy Blue Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a maroon satin sleeveless knee-length slip nightdress with black lace at the neckline, no slit,
    # white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-005",
        caption("a woman in a red satin nightgown"),
        wearing("Question: What is the person wearing? Answer: a red nightgown", "leak"),
        Q.garment_type("nightdress"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("sleeveless"),
        D.details("lace trim on the neckline and a slit on the side", "unsupported"),
        Q.material("satin"),
        title="Clt.s Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat lay of three folded briefs (navy, grey melange, red), no person, white backdrop, top view.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X921-006",
        caption("three pairs of underwear on a white background"),
        wearing("a man wearing a pair of blue underwear", "unsupported"),
        Q.color("multi"),
        Q.garment_type("boxers", "contradiction"),
        D.description("three pairs of briefs in blue, grey and red"),
        D.details("the waistband", "non_answer"),
        title="Fruit of the Loom Men Pack of 3 Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a white cotton camisole with thin straps and a little lace at the neckline, dark blue jeans,
    # white backdrop, front view cropped at the hips. All texts: base BLIP-2 zero-shot.
    case(
        "X921-007",
        caption("a woman in a white tank top and jeans"),
        wearing(
            "a white tank top and a white tank top and a white tank top and a white tank top and a white tank top and a"
            " white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("camisole"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        describe("camisole", "the camisole is a camisole", "restated"),
        Q.material("cotton"),
        title="Lovable Women White Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: man in grey melange joggers (drawstring, cuffed ankles) and a plain black t-shirt, white sneakers,
    # white backdrop, full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-008",
        caption("a man in a black t-shirt and grey sweatpants"),
        wearing("a black shirt and grey pants", who="he"),
        Q.garment_type("pants"),
        Q.color("black", "other_garment_color"),
        D.details("drawstring waist and elastic cuffs at the bottom"),
        D.description("the pants are grey and have a zipper pocket on the back", "unsupported"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        title="Jockey Men Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a short sheer black baby doll with lace cups and a matching black thong, white backdrop,
    # front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-009",
        caption("a woman in black lingerie posing for a picture"),
        wearing("black lingerie"),
        Q.garment_type("nightdress"),
        Q.color("black"),
        D.description(
            "a black lace baby doll with a sheer mesh skirt, lace cups, thin straps and a matching black thong that"
            " sits low on the hips and",
            "cut",
            hit_limit=True,
        ),
        Q.material("lace"),
        D.details("lace", "non_answer"),
        title="Kiwi Women Black Lace Baby Doll with Thong",
        category="Baby Dolls",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white ribbed sleeveless scoop-neck vest and blue jeans, white backdrop, front view cropped at
    # the thighs. All texts: base BLIP-2 zero-shot.
    case(
        "X921-010",
        caption("a man wearing a white tank top and jeans"),
        wearing("a white tank top"),
        Q.garment_type("vest"),
        Q.sleeve_length("sleeveless"),
        Q.color("white"),
        D.description("it is a white vest with a v-neck", "unsupported"),
        Q.material("cotton"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Hanes Men White Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: black lace non-padded bra on a headless white mannequin torso, white backdrop, front view. All texts:
    # base BLIP-2 zero-shot.
    case(
        "X921-011",
        caption("a black lace bra on a mannequin"),
        wearing("a black lace bra", who="she"),
        Q.color("black"),
        Q.garment_type("bra"),
        describe("bra", "the bra", "non_answer"),
        D.details(
            "the bra has a lot of lace and a lot of lace and a lot of lace and a lot of lace and a lot of lace and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        title="Triumph Women Black Lace Non-Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man cropped chest to knee in blue-and-white checked woven boxers with a button fly and a plain white
    # crew-neck t-shirt, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-012",
        caption("a man in a white t-shirt and blue plaid shorts"),
        wearing("Question: What is the person wearing? Answer: a white t-shirt and blue shorts", "leak"),
        Q.garment_type("boxers"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        D.details("the shorts have an elastic waistband and a button fly"),
        D.description(
            "the boxers are blue and white plaid and the boxers are blue and white plaid and the boxers are blue and"
            " white",
            "loop",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Blue Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a peach satin knee-length robe with long sleeves, belt tied, over a matching peach slip,
    # white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-013",
        caption("a woman in a pink robe standing on a white background"),
        wearing("a peach robe", who="she"),
        Q.garment_type("robe"),
        Q.sleeve_length("long sleeves"),
        D.description("he is wearing a pink satin robe with a belt", "pronoun"),
        Q.material("cotton", "unsupported"),
        D.details("the robe", "non_answer"),
        title="Vaishma Women Peach Satin Robe",
        category="Robe",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a plain maroon short-sleeve round-neck t-shirt and maroon-and-navy checked pyjama pants with a
    # drawstring, white backdrop, full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-014",
        caption("a man in a red shirt and plaid pants"),
        wearing("a red plaid shirt and red plaid pants", "contradiction"),
        Q.color("navy blue", "contradiction"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves"),
        D.description("a maroon t-shirt with a plain front and checked pajama pants"),
        D.details("Question: What are the details of the garment? Answer: the pants have a drawstring", "leak"),
        title="Hanes Men Maroon Checked Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in navy lounge pants with a small white star print and two side pockets, a plain white t-shirt
    # untucked, white backdrop, full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-015",
        caption("a woman wearing a white t-shirt and blue pants with stars"),
        wearing("a white shirt and blue pajama pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "navy blue"),
        Q.pattern("printed"),
        describe("pants", "the pants are navy blue with white stars and a zipper on the side", "unsupported"),
        D.details("they are pants", "non_answer"),
        title="Dollar Missy Women Navy Blue Printed Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: flat lay of two trunks side by side, one navy, one charcoal grey, no person, white backdrop, top view.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X921-016",
        caption("two pairs of boxer briefs on a white background"),
        Q.garment_type("trunks"),
        color_of("trunks", "blue and grey", kind="open"),
        D.description("a pair of blue boxer briefs", "contradiction"),
        is_a("pair of shorts", "yes", "contradiction"),
        D.details("they have a wide elastic waistband"),
        title="Jockey Men Pack of 2 Trunks",
        category="Trunk",
        color="Multi",
        gender="Men",
    ),
    # photo: woman cropped at the neck in a red padded bra with red lace edging and a small centre bow, matching red
    # lace panty, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-017",
        caption("a woman in a red bra and panties"),
        Q.color("red"),
        Q.garment_type("bra"),
        wearing("she is wearing a red bra and a red panty", who="she"),
        D.details(
            "the bra has padded cups with red lace on the edges, thin straps, a small bow in the center and a matching"
            " red lace panty with a",
            "cut",
            hit_limit=True,
        ),
        is_a("bikini", "no"),
        describe("bra", "the bra is red", "non_answer"),
        title="Amante Women Red Padded Underwired Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: man in olive green cotton drawstring shorts with side pockets and a plain white t-shirt, barefoot,
    # white backdrop, full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-018",
        caption("a man in a white shirt and green shorts"),
        Q.color("white", "other_garment_color"),
        wearing("a white t-shirt and white shorts", "other_garment_color"),
        D.details("the shorts have a drawstring and two pockets"),
        D.description("green", "non_answer"),
        Q.garment_type("shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        title="Jack & Jones Men Olive Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a light blue long-sleeve button-front pyjama top with white piping and a white cloud print,
    # matching pyjama pants, holding a white pillow, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-019",
        caption("a woman in blue pajamas holding a pillow"),
        wearing("he is wearing blue pajamas with clouds on them", "pronoun"),
        Q.sleeve_length("short sleeves", "contradiction"),
        D.description("a long sleeve pajama set in light blue with a white cloud print"),
        Q.pattern("printed"),
        Q.material("cotton"),
        D.details("the top has buttons down the front and a collar, the pants have a drawstring"),
        title="Sweet Dreams Women Blue Printed Cotton Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: man cropped chest to thigh in navy briefs with a white waistband lettered VAN HEUSEN, bare chest, one
    # hand on the hip, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-020",
        caption("a man in blue underwear with a white waistband"),
        Q.color("white", "contradiction"),
        wearing("she is wearing blue briefs", "pronoun", who="he"),
        D.description("the briefs are navy blue with a white elastic waistband that says van heusen"),
        is_a("pair of briefs", "yes", article="a"),
        Q.garment_type("trunks", "contradiction"),
        title="Van Heusen Men Navy Blue Briefs",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman standing in a knee-length purple short-sleeve cotton nightdress with a white cartoon cat print on
    # the front, no lettering, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-021",
        caption("a woman in a purple night gown with a cat on it sitting on a couch", "unsupported"),
        Q.color("purple"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        wearing("purple", "non_answer"),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.description("it is a purple nightgown with a picture of a cat and the words good night", "unsupported"),
        title="Sweet Dreams Women Purple Printed Nightdress",
        category="Nightdress",
        color="Purple",
        gender="Women",
    ),
    # photo: man in a plain charcoal crew-neck short-sleeve t-shirt without a pocket and black lounge shorts, white
    # backdrop, full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-022",
        caption("a man in a grey t-shirt and black shorts"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeves"),
        wearing("a grey shirt and grey shorts", "contradiction"),
        D.description("a grey t-shirt with a pocket on the chest", "unsupported"),
        D.details("crew neck, short sleeves Question: What is the color of the garment? Answer: grey", "leak"),
        title="Jockey Men Charcoal Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in nude high-waist shaping shorts and a plain black tank top, white backdrop, front view cropped
    # at the knees. All texts: base BLIP-2 zero-shot.
    case(
        "X921-023",
        caption("a woman in a black tank top and tan shorts"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("shapewear"),
        wearing("a black top and beige shapewear"),
        D.description("the shapewear", "non_answer"),
        Q.material("latex", "unsupported"),
        title="Swee Women Nude High Waist Shaping Shorts",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: man in black lounge pants with a small white Puma cat logo on the left thigh and a plain red t-shirt,
    # white backdrop, full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-024",
        caption("a man in a red shirt and black pants"),
        Q.color("red", "other_garment_color"),
        wearing("a red t-shirt and red pants", "contradiction", who="he"),
        describe("pants", "black pants with a puma logo on the left leg"),
        D.details(
            "the pants have an elastic waist and the pants have an elastic waist and the pants have an elastic waist"
            " and the pants have",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        title="Puma Men Black Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black cotton camisole with adjustable straps and grey lounge pants, white backdrop, front
    # view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-025",
        caption("a woman in a black top and grey pants"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("camisole"),
        wearing("he is wearing a black tank top and grey sweatpants", "pronoun", who="she"),
        D.description("a black camisole"),
        D.details("the details of the garment are shown in the picture", "restated"),
        Q.material("cotton"),
        title="Enamor Women Black Cotton Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white terry bathrobe with a shawl collar (no hood), belt tied, grey slippers, white backdrop,
    # full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-026",
        caption("a man in a white bathrobe"),
        Q.garment_type("robe"),
        Q.color("white"),
        wearing("a white robe and grey slippers"),
        Q.material("terry cloth"),
        D.description("the robe is white and it has a hood", "unsupported"),
        D.details("white", "non_answer"),
        is_a("coat", "yes", "contradiction"),
        title="Spaces Men White Cotton Terry Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Men",
    ),
    # photo: woman in a pink racerback sports bra with a wide elastic underband printed JOCKEY, black leggings,
    # hands on hips, hair in a ponytail, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-027",
        caption(
            "a woman in a pink sports bra and black leggings standing in front of a white background with her hands on"
            " her hips and her hair in a ponytail, wearing a pink sports bra and black leggings and",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        wearing("a pink sports bra and black leggings"),
        Q.garment_type("bra"),
        D.description("she is wearing a pink sports bra"),
        D.details("the bra has a racerback and a wide elastic band with the jockey logo"),
        is_a("t-shirt", "no"),
        color_of("bra", "black", "other_garment_color", kind="open"),
        title="Jockey Women Pink Racerback Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: man in navy-and-white checked woven lounge shorts with an elastic waistband and a grey melange t-shirt,
    # one hand in a pocket, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-028",
        caption("a man in a gray shirt and plaid shorts"),
        Q.pattern("solid", "contradiction"),
        Q.color("grey", "other_garment_color"),
        wearing("a grey t-shirt and blue plaid shorts"),
        D.details(
            "Question: What are the details of the garment? Answer: the shorts are plaid Question: What are the"
            " details of the",
            "leak",
            hit_limit=True,
        ),
        D.description("the shorts are blue and white checkered with an elastic waistband"),
        title="Hanes Men Navy Blue Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman seated on a white stool in a lavender short-sleeve top with a ruffle hem and lavender-and-white
    # striped shorts, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-029",
        caption("a woman in a purple pajama set sitting on a stool"),
        Q.color("lavender"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("shorts", "contradiction"),
        wearing("a purple top and striped shorts", who="she"),
        D.description(
            "a purple pajama set with a purple pajama set with a purple pajama set with a purple pajama set with a"
            " purple",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Sweet Dreams Women Lavender Cotton Shorts Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: man cropped chest to thigh in a red trunk with a black waistband lettered LEVI'S in white, bare chest,
    # white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-030",
        caption("a man in red underwear"),
        Q.color("red"),
        wearing("she is wearing red underwear", "pronoun"),
        D.description("the underwear is red with a black waistband and the levi's logo on the front"),
        D.details("a black waistband"),
        Q.material("denim", "unsupported"),
        is_a("swimsuit", "yes", "contradiction"),
        title="Levis Men Red Trunk",
        category="Trunk",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a mustard short-sleeve lounge t-shirt printed SLEEPY HEAD in white letters (no other motif)
    # and navy lounge pants, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-031",
        caption("a woman wearing a yellow shirt that says sleepy head"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("printed"),
        wearing("a yellow t-shirt and blue pants"),
        D.description(
            "the shirt is yellow with white letters that say sleepy head and a cartoon of a sleeping bear",
            "unsupported",
        ),
        D.details("it has short sleeves"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Dollar Missy Women Mustard Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a grey melange long-sleeve henley pyjama top and grey pyjama pants with black side piping,
    # barefoot, white backdrop, full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-032",
        caption("a man in gray pajamas standing in front of a white wall"),
        wearing("gray pajamas", who="he"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        D.details("the shirt has buttons on the collar and the pants have a black stripe down the side"),
        Q.material("wool", "unsupported"),
        D.description(
            "the shirt is a grey henley with three buttons at the neck, long sleeves with ribbed cuffs, and it is"
            " paired with matching grey pants that have black piping along the",
            "cut",
            hit_limit=True,
        ),
        title="Hanes Men Grey Melange Cotton Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat lay of three folded hipster briefs (pink, black, white), no person, white backdrop, top view.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X921-033",
        caption("a stack of towels on a white background", "contradiction"),
        D.description("a pink panty", "contradiction"),
        Q.garment_type("briefs"),
        Q.color("pink", "contradiction"),
        is_a("bra", "no"),
        D.details("they are panties", "non_answer"),
        title="Jockey Women Pack of 3 Hipster Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: man in olive green boxers with a small white anchor print and a white ribbed vest, white backdrop,
    # front view cropped at the knees. All texts: base BLIP-2 zero-shot.
    case(
        "X921-034",
        caption("a man in a white tank top and green shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        wearing(
            "Question: What is the person wearing? Answer: a white tank top and green shorts Question: What is the"
            " color of the",
            "leak",
            hit_limit=True,
        ),
        D.description("the boxers are green with white anchors all over them"),
        D.details("they have anchors"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        title="Jockey Men Green Printed Boxers",
        category="Boxers",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a navy satin slip nightdress under an open matching navy satin robe with white lace cuffs and a
    # loose belt, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-035",
        caption("a woman in a blue satin robe"),
        wearing("a navy blue robe over a navy blue nightgown"),
        Q.garment_type("nightdress"),
        Q.color("white", "contradiction"),
        Q.material("satin"),
        D.description("he is wearing a blue silk robe", "pronoun"),
        D.details("the robe has lace on the sleeves and a belt"),
        title="Clt.s Women Navy Blue Satin Nightdress with Robe",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in navy tartan flannel pyjama pants (red and white lines) and a plain white t-shirt worn over the
    # waistband, barefoot, white backdrop, full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-036",
        caption("a man in a white shirt and plaid pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        color_of("pants", "navy blue and red plaid", kind="open"),
        wearing("he is wearing a white t-shirt and white pants", "other_garment_color", who="he"),
        Q.material("flannel"),
        describe("pants", "plaid Question: What is the material of the pants? Answer: flannel", "leak"),
        D.details("the pants have a button fly and an elastic waist", "unsupported"),
        title="Marks & Spencer Men Navy Checked Flannel Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman cropped at the neck in a white full-coverage non-padded cotton bra and light grey lounge pants,
    # white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-037",
        caption("a woman in a white bra and gray pants"),
        Q.color("white"),
        is_a("bra", "yes"),
        wearing("a white bra and gray sweatpants"),
        D.description(
            "a white bra with a white bra with a white bra with a white bra with a white bra with a white bra",
            "loop",
            hit_limit=True,
        ),
        D.details("the garment has details", "restated"),
        Q.material("lace", "unsupported"),
        title="Enamor Women White Non-Padded Full Coverage Cotton Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: man in a grey melange sleeveless vest and navy trunks, white backdrop, front view cropped at the thighs.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X921-038",
        caption("a man in a gray tank top and blue underwear"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("vest"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("a gray tank top and blue boxer briefs"),
        D.description("she is wearing a grey tank top", "pronoun"),
        title="Jockey Men Grey Melange Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in pink-and-white striped cotton lounge shorts with a small bow on the waistband and a white tank
    # top, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-039",
        caption("a woman in a white tank top and pink striped shorts"),
        Q.pattern("striped"),
        Q.color("pink"),
        wearing("she is wearing a white tank top and pink shorts", who="she"),
        details("shorts", "the shorts have a bow on the waistband"),
        color_of("shorts", "pink Question: What is the pattern of the shorts? Answer: striped", "leak", kind="open"),
        D.description("the shorts are pink and white stripes and are made of silk", "unsupported"),
        title="Ginger by Lifestyle Women Pink Striped Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a blue short-sleeve t-shirt printed CHILL in white and navy pyjama pants, white backdrop,
    # full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-040",
        caption("a man in a blue t-shirt and blue pants"),
        Q.color("blue"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a blue t-shirt that says chill and blue pajama pants"),
        D.description("the shirt says relax", "contradiction"),
        D.details("Question: What are the details of the garment? Answer: the shirt has the word chill on it", "leak"),
        Q.material("cotton"),
        title="Sweet Dreams Men Blue Printed Cotton Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a calf-length pink-and-white striped button-front nightshirt dress with three-quarter sleeves
    # and a chest pocket, holding a brown teddy bear, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-041",
        caption("a woman in a pink striped nightgown holding a teddy bear"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("brown", "contradiction"),
        wearing("a pink and white striped nightgown", who="she"),
        D.description("the nightgown is pink and white striped, with buttons down the front"),
        D.details(
            "the nightgown has buttons down the front, a small pocket on the chest, three quarter sleeves with white"
            " cuffs, a round collar and the hem of the",
            "cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Pink Striped Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: man cropped chest to thigh in white briefs with a thin blue stripe on the white waistband, no logo,
    # white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-042",
        caption("a man in white underwear"),
        Q.color("white"),
        Q.garment_type("briefs"),
        wearing("she is wearing white underwear", "pronoun"),
        D.description("white underwear with a blue waistband and a red logo", "unsupported"),
        D.details("briefs", "non_answer"),
        title="Dixcy Scott Men White Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: woman in grey melange cuffed joggers with side pockets and a pink long-sleeve t-shirt, white sneakers,
    # white backdrop, full-length front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-043",
        caption("a woman in a pink shirt and gray sweatpants"),
        Q.color("pink", "other_garment_color"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        wearing("a pink top and grey jogger pants"),
        D.description("the pants are grey with elastic cuffs and pockets on the sides"),
        D.details("what are the details of the garment", "restated"),
        Q.material("cotton"),
        title="Jockey Women Grey Melange Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a navy round-neck short-sleeve lounge t-shirt with a small logo on the chest and grey lounge
    # shorts, white backdrop, front view; the feed row has no color. All texts: base BLIP-2 zero-shot.
    case(
        "X921-044",
        caption("a man in a blue shirt and gray shorts"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("t-shirt"),
        wearing("he is wearing a blue t-shirt and gray shorts", who="he"),
        D.description("a navy t-shirt with a small logo on the chest and u.s. polo assn. on the back", "unsupported"),
        D.details(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Navy Blue Lounge T-shirt",
        category="Lounge Tshirts",
        gender="Men",
    ),
    # photo: woman sitting on the edge of a white bed in a short red satin sleeveless baby doll with a black lace
    # hem, white backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X921-045",
        caption("a woman in a red nightie sitting on a bed"),
        Q.color("red"),
        Q.garment_type("nightdress"),
        Q.sleeve_length("sleeveless"),
        wearing("she is wearing a red dress"),
        D.description("red", "non_answer"),
        D.details(
            "the nightie has black lace at the bottom and a black lace at the bottom and a black lace at the bottom"
            " and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="Kiwi Women Red Satin Baby Doll",
        category="Baby Dolls",
        color="Red",
        gender="Women",
    ),
    # photo: man in grey lounge shorts with a yellow cartoon-minion print and a plain black t-shirt, white backdrop,
    # front view cropped at the knees; the feed row has no gender. All texts: base BLIP-2 zero-shot.
    case(
        "X921-046",
        caption("a man in a black shirt and gray shorts with yellow cartoon characters"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("pants", "contradiction"),
        wearing("a black t-shirt and gray shorts"),
        D.description("the shorts are gray with yellow minions on them"),
        D.details("she is wearing gray shorts with minions", "pronoun"),
        title="Bewakoof Grey Minions Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Grey",
    ),
]
