"""BLIND_740 (46 products; Myntra lingerie/nightwear, base BLIP-2 zero-shot): written blind in the fifty-fifth session.
Measured blind at eb48159 (the session's second rules): 103/145 failures found (71.0%) and 20/204 correct texts flagged
(9.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of bras, briefs, camisoles, shapewear, night suits, nightdresses, baby dolls, robes,
bath robes and men's and kids' loungewear and innerwear. Photos are catalog shots, mostly on a white or light grey
backdrop, worn by a model who often wears a second garment (jeans under a camisole, briefs with a bra, a robe over a
nightdress, a t-shirt with lounge pants); a few are flat-lays of multi-packs and two are set in a bedroom or a living
room. Some feed rows lack a column (color on multi-packs, one category, as real feeds do).

Who wrote what: the base Salesforce/blip2-opt-2.7b, no adapter, zero-shot, greedy, wrote the captions (50 new tokens)
and the open answers (30 new tokens) from the `Question: ... Answer:` prompt; the closed answers (garment type,
color, pattern, sleeve length, neckline, "Is this a ...?") come from enrich's `--engine reference`, one candidate
value each. The base model answers short ("black", "a bra", "lace"), stops on the newline most of the time, names
the most visible garment's color for every garment, says "he" for cropped torsos, calls lingerie sets bikinis and
bath robes towels, invents bows, hoods, pockets and fabrics; rarely it repeats a phrase to the limit, runs a long
description past 30 tokens, or writes a second `Question:` on the same line.

Labeling conventions and judgement calls:
- The photo comment is the truth; the seller's columns can be checked against it. Shades inside one family are
  correct: nude/skin = beige or tan, peach = pink, mauve/lavender = purple, maroon = red, navy = blue, charcoal = grey,
  ivory = white, mustard = yellow, sea green = green.
- Navy called black, or a print's, trim's or backdrop's color given as the garment's color: contradiction. The color
  of another garment worn in the photo given for the asked garment (or the same color repeated onto a second
  garment that has another): other_garment_color, closed or open.
- A wrong garment class (bikini for a bra set, towel for a bath robe, robe for the nightdress under it, t-shirt for a
  night suit, shorts for trunks), a wrong sleeve length or pattern: contradiction.
- Tank top for a camisole or vest, pajamas for a night suit, nightgown/nightie/dress for a nightdress, sweatpants for
  lounge pants, lingerie/underwear for a bra or briefs, boxer briefs for trunks: correct.
- A detail neither visible in the photo nor in the title (bow, hood, pockets, zipper, slit, belt) or a fabric the
  photo does not show: unsupported, whether or not the title names another fabric.
- One-word answers: to "Describe the ..." a bare color or the garment's name again is non_answer; to a color question,
  a details question (one real detail: "lace", "drawstring") or "What is ... wearing?" (the garment) it is correct.
  "yes"/"no"/"nothing" to an open question and "the pants are long" kind of answers: non_answer. An answer that echoes
  the question's own words as its content ("the material is the material of the garment"): restated.
- pronoun: he/she (his/her) wrong for the catalog gender and the person shown; "she" for a woman is always fine.
- One label per text. A text that ran to its token limit is loop if it repeats, else cut, whatever else is wrong in it;
  a leak is labeled leak even when its answer part is right.
- A prop, footwear or garment that the photo does not have (high heels on a barefoot model, slippers): unsupported.
  A vacuous material or describe answer ("it is made of fabric", "a material that is soft"): non_answer.
- Incomplete but true answers ("a white robe" for a photo of a white robe open over a pink nightdress) are correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
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

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material_ = BLIND_QUESTIONS.material  # same prompt as material(), and it takes hit_limit
neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_740 = [
    # photo: woman in a black lace non-padded bra (plain centre, no bow) with matching black lace briefs, front view,
    # hands on hips, white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed
    # ones
    case(
        "X740-001",
        caption("a woman in a black lace bra and panties posing for a photo"),
        wearing("black lingerie", who="the woman"),
        garment_type("bra"),
        color("black"),
        is_a("bikini", "yes", failure="contradiction"),
        details("bra", "lace"),
        material("silk", failure="unsupported"),
        describe("bra", "the bra is black with lace and a bow in the center", failure="unsupported"),
        title="Amante Women Black Lace Non-Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a smooth nude (skin-tone) padded t-shirt bra worn with mid-blue denim jeans, front view, white
    # backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-002",
        caption("a woman in a white bra and blue jeans", failure="contradiction"),
        wearing("a bra and jeans", who="she"),
        color_of("bra", "beige"),
        color_of("jeans", "blue", kind="open"),
        describe("bra", "it is a padded bra with a lace trim", failure="unsupported"),
        pattern("solid"),
        details("bra", "the details of the bra are the straps", failure="restated"),
        title="Triumph Women Nude Coloured Padded T-shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: cropped torso (no head) of a woman in a red underwired microfiber bra with sweetheart cups and black
    # briefs, light grey backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed
    # ones
    case(
        "X740-003",
        caption(
            "a woman wearing a red bra and black panties and a red bra and black panties and a red bra and black"
            " panties and a red bra and black panties and a red bra and black panties and a red bra and black",
            failure="loop",
            hit_limit=True,
        ),
        wearing("he is wearing a red bra", who="the person", failure="pronoun"),
        color_of("bra", "red"),
        color_of("panties", "red", kind="open", failure="other_garment_color"),
        details("bra", "underwire"),
        material("polyester"),
        neckline("sweetheart"),
        title="Enamor Women Red Solid Underwired Bra F021",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a pink padded bra with small white polka dots and matching pink dotted briefs, light grey
    # backdrop, front view; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-004",
        caption("a woman in a pink polka dot bikini", failure="contradiction"),
        wearing("a pink bra with white polka dots", who="the woman"),
        pattern("polka dots"),
        color("white", failure="contradiction"),
        describe("bra", "pink", failure="non_answer"),
        sleeves("sleeveless"),
        details("bra", "Question: what are the bra details? Answer: polka dots", failure="leak"),
        title="Zivame Women Pink Polka Print Padded Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a white ribbed cotton camisole with thin straps worn with light blue jeans, three-quarter view,
    # white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-005",
        caption("a woman in a white tank top and jeans"),
        wearing("a white tank top and blue jeans", who="the woman"),
        garment_type("tank top"),
        color_of("camisole", "blue", kind="open", failure="other_garment_color"),
        material("cotton"),
        details("camisole", "thin straps"),
        describe(
            "camisole",
            "the camisole is white and has a lace trim on the neckline and a bow on the front",
            failure="unsupported",
        ),
        title="Jockey Women White Camisole 1487",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: woman in a black jersey camisole with a lace trim along the neckline, worn with beige trousers, white
    # backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-006",
        caption("a woman wearing a black top and beige pants"),
        wearing("she is wearing a black camisole and black pants", who="she", failure="other_garment_color"),
        color("black"),
        color_of("pants", "black", kind="open", failure="other_garment_color"),
        details("camisole", "lace trim"),
        describe("camisole", "the camisole is a camisole", failure="restated"),
        sleeves("short sleeves", failure="contradiction"),
        title="Jockey Women Black Lace Trim Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a maroon satin camisole with a thin black lace edge, worn with black shorts, standing, white
    # backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-007",
        caption("a woman in a red satin top and black shorts"),
        wearing("a satin camisole", who="the woman"),
        color("maroon"),
        material("satin"),
        is_a("camisole", "no", failure="contradiction"),
        describe("top", "it is a red silk top with a lace trim and a bow at the front", failure="unsupported"),
        color_of("shorts", "red", kind="open", failure="other_garment_color"),
        title="Clovia Women Maroon Satin Camisole",
        category="Camisoles",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman holding a white pillow, in a white short-sleeved t-shirt top with a small pink heart print and solid
    # pink pyjama pants, full length, white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference
    # engine the closed ones
    case(
        "X740-008",
        caption("a woman in pajamas holding a pillow"),
        wearing("pink pajamas", who="the woman"),
        color_of("top", "pink", failure="other_garment_color"),
        color_of("pants", "pink", kind="open"),
        pattern("printed"),
        sleeves("short sleeves"),
        describe("top", "a white shirt with hearts on it and a pocket", failure="unsupported"),
        details("top", "no", failure="non_answer"),
        title="Sweet Dreams Women Pink Heart Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a cotton navy blue long-sleeved top with a small white star print and navy-and-white checked
    # pyjama pants, the top worn over the waistband, white backdrop; base BLIP-2 zero-shot wrote caption and open
    # answers, reference engine the closed ones
    case(
        "X740-009",
        caption("a woman in a blue and white pajama set with stars on it"),
        wearing("she is wearing a pajama top and checkered pants"),
        color_of("top", "black", failure="contradiction"),
        pattern("printed"),
        details("pajamas", "the pajamas have a drawstring waist and pockets on the sides", failure="unsupported"),
        describe("top", "a navy blue top with white stars"),
        sleeves("long sleeves"),
        material("satin", failure="unsupported"),
        title="Slumber Jill Women Navy Blue Star Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a grey melange cotton t-shirt with a brown teddy bear graphic and grey melange pyjamas with a
    # white drawstring, white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the
    # closed ones
    case(
        "X740-010",
        caption("a woman in a grey t - shirt and grey pants with a teddy bear on it"),
        wearing("a teddy bear shirt Question: what color is the shirt? Answer: grey", who="the woman", failure="leak"),
        color("grey"),
        details("t-shirt", "teddy bear"),
        material("wool", failure="unsupported"),
        garment_type("t-shirt", failure="contradiction"),
        is_a("pajama set", "no", failure="contradiction"),
        title="Ctee Women Grey Melange Teddy Print Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a blue-and-white checked cotton poplin button-down pyjama shirt (long sleeves, collar, chest
    # pocket, white piping) and matching checked pants, white backdrop; base BLIP-2 zero-shot wrote caption and open
    # answers, reference engine the closed ones
    case(
        "X740-011",
        caption(
            "a woman in a blue and white plaid pajama set with a collar and buttons on the front and a pocket on the"
            " chest and a pair of matching pants with a drawstring waist and a pair of white slippers on her feet and"
            " a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("plaid pajamas"),
        pattern("checked"),
        color_of("shirt", "blue"),
        describe("shirt", "the shirt is a button up shirt with a collar and a pocket on the chest"),
        details("pants", "the pants are long", failure="non_answer"),
        sleeves("long sleeves"),
        material("flannel", failure="unsupported"),
        title="Kanvin Women Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: girl of about eight holding a plush bunny, in a pink t-shirt with a Hello Kitty face and white pyjamas with
    # pink dots, white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-012",
        caption("a little girl in pink pajamas holding a stuffed animal"),
        wearing("he is wearing a pink shirt and white pants", who="the child", failure="pronoun"),
        color_of("pants", "pink", kind="open", failure="other_garment_color"),
        garment_type("pajamas"),
        details("shirt", "hello kitty"),
        describe("pajamas", "yes", failure="non_answer"),
        is_a("dress", "yes", failure="contradiction"),
        title="Hello Kitty Girls Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy of about six in a white t-shirt with a blue racing car print and navy blue shorts, white backdrop; base
    # BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-013",
        caption("a young boy in a white shirt and blue shorts"),
        wearing("a shirt with a car on it", who="the boy"),
        color_of("shorts", "white", failure="other_garment_color"),
        color_of("shirt", "white", kind="open"),
        sleeves("short sleeves"),
        details("shorts", "shorts details", failure="restated"),
        describe("shirt", "a white t - shirt with a race car on it and the number 5", failure="unsupported"),
        material_(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton,"
            " cotton, cotton",
            failure="loop",
            hit_limit=True,
        ),
        title="Doodle Boys Navy Blue Car Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man in grey melange jersey lounge pants with a white drawstring, no pockets or zip, worn with a white
    # crew-neck t-shirt, barefoot, white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference
    # engine the closed ones
    case(
        "X740-014",
        caption("a man in a white t - shirt and grey sweatpants"),
        wearing("she is wearing sweatpants", who="the person", failure="pronoun"),
        color_of("pants", "grey"),
        color_of("shirt", "grey", kind="open", failure="other_garment_color"),
        details("pants", "drawstring"),
        material("cotton"),
        garment_type("sweatpants"),
        describe("pants", "grey sweatpants with pockets and a zipper", failure="unsupported"),
        title="Hanes Men Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in navy blue cotton lounge shorts with side pockets, worn with a grey t-shirt, white backdrop; base
    # BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-015",
        caption("a man in grey shirt and blue shorts"),
        wearing("she is wearing shorts", who="the person", failure="pronoun"),
        color("navy blue"),
        color_of("shirt", "blue", kind="open", failure="other_garment_color"),
        describe("shorts", "the shorts are navy blue with pockets on the sides"),
        pattern("solid"),
        material("the shorts are made of a material that is soft", failure="non_answer"),
        color_of("shorts", "black", kind="open", failure="contradiction"),
        title="Jockey Men Navy Blue Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black short-sleeved crew-neck cotton lounge t-shirt with a small white logo on the chest, worn
    # with grey lounge pants, white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the
    # closed ones
    case(
        "X740-016",
        caption("a man wearing a black t - shirt and grey pants"),
        wearing("a black shirt", who="he"),
        color("black"),
        details("t-shirt", "the t-shirt has a logo on the chest"),
        sleeves("short sleeves"),
        color_of("pants", "black", kind="open", failure="other_garment_color"),
        describe("t-shirt", "black", failure="non_answer"),
        material("cotton Question: what is the color of the pants? Answer: grey", failure="leak"),
        title="Proline Men Black Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in charcoal-and-black checked flannel lounge pants with an elastic waist, worn with a black t-shirt,
    # white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-017",
        caption("a man in a black shirt and plaid pants"),
        wearing("he is wearing plaid pajama pants"),
        color("grey"),
        pattern("striped", failure="contradiction"),
        is_a("pair of pants", "yes"),
        describe("pants", "they are plaid pants with a drawstring and a button fly", failure="unsupported"),
        material("flannel"),
        color_of("shirt", "grey", kind="open", failure="other_garment_color"),
        title="Jockey Men Charcoal Checked Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a knee-length red satin robe with long sleeves and a tied belt, the black lace neckline of a slip
    # showing at the top, white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the
    # closed ones
    case(
        "X740-018",
        caption("a woman in a red satin robe"),
        wearing("a red robe", who="the woman"),
        color("red"),
        color_of("robe", "black", kind="open", failure="other_garment_color"),
        material("satin"),
        details("robe", "belt"),
        describe(
            "robe",
            "the robe is a long red satin robe with a belt at the waist and lace trim on the sleeves and the hem and"
            " a hood with a",
            failure="cut",
            hit_limit=True,
        ),
        sleeves("long sleeves"),
        title="Playboy Women Red Satin Robe",
        category="Robe",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a white hooded long-sleeved terry cotton bath robe with a belt, barefoot, hood down, white
    # backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-019",
        caption("a woman in a white bathrobe"),
        wearing("a towel", who="she", failure="contradiction"),
        color("white"),
        material("cotton"),
        details("bath robe", "hood"),
        is_a("bath robe", "yes"),
        describe("bath robe", "the bath robe is a bath robe", failure="restated"),
        sleeves("short sleeves", failure="contradiction"),
        title="Oxolloxo Women White Hooded Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Women",
    ),
    # photo: woman in a knee-length purple floral-print cotton robe (no hood, no pockets), open over white pyjamas
    # (white top and white pants), white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference
    # engine the closed ones
    case(
        "X740-020",
        caption("a woman in a purple floral robe and white pajamas"),
        wearing("a robe", who="the woman"),
        color("white", failure="other_garment_color"),
        pattern("floral"),
        color_of("pants", "white", kind="open"),
        describe("robe", "a purple robe with flowers"),
        material("lace", failure="unsupported"),
        details("robe", "the robe has a hood and a pocket", failure="unsupported"),
        title="Sweet Dreams Women Purple Floral Print Robe",
        category="Robe",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in a short black satin nightdress with spaghetti straps and a lace neckline, standing barefoot, white
    # backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-021",
        caption("a woman in a black satin nightie and high heels", failure="unsupported"),
        wearing("she is wearing a black dress", who="she"),
        color("black"),
        garment_type("dress"),
        details("nightdress", "lace"),
        sleeves("sleeveless"),
        material("the material is the material of the garment", failure="restated"),
        is_a("nightgown", "yes"),
        title="Clt.s Women Black Satin Lace Nightdress",
        category="Nightdress",
        color="Black",
        gender="Women",
    ),
    # photo: woman holding a white mug, in a knee-length pink cotton nightdress with short sleeves and a white cartoon
    # cat print, white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-022",
        caption("a woman in a pink nightgown holding a mug"),
        wearing("a pink dress with cats on it"),
        pattern("printed"),
        color("pink"),
        sleeves("long sleeves", failure="contradiction"),
        describe("nightdress", "a pink nightdress with a cat print"),
        material("silk", failure="unsupported"),
        details("nightdress", "the nightdress details are the details of the nightdress", failure="restated"),
        title="Ginger by Lifestyle Women Pink Cotton Printed Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a long peach satin nightdress, straight neckline with ivory lace trim, no slit, side view, beige
    # backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-023",
        caption("a woman in a long pink satin nightgown"),
        wearing("a nightgown Question: is she wearing a nightgown? Answer: yes", failure="leak"),
        color("peach"),
        color_of("lace", "white", kind="open"),
        details("nightdress", "lace trim at the bust and a slit on the side", failure="unsupported"),
        describe(
            "nightdress",
            "it is a long nightgown nightgown nightgown nightgown nightgown nightgown nightgown nightgown nightgown"
            " nightgown nightgown nightgown nightgown nightgown nightgown",
            failure="loop",
            hit_limit=True,
        ),
        neckline("v-neck", failure="contradiction"),
        title="Floret Women Peach Satin Lace Trim Nightdress",
        category="Nightdress",
        color="Peach",
        gender="Women",
    ),
    # photo: woman lying on a bed with white sheets in a sheer sleeveless lavender chiffon baby doll with a purple satin
    # bow under the bust and matching lavender panties; base BLIP-2 zero-shot wrote caption and open answers, reference
    # engine the closed ones
    case(
        "X740-024",
        caption("a woman in lingerie laying on a bed"),
        wearing("a purple bikini", failure="contradiction"),
        color("purple"),
        color_of("panties", "purple", kind="open"),
        details("baby doll", "bow"),
        material("chiffon"),
        describe("baby doll", "purple Question: what is the color of the panties? Answer: purple", failure="leak"),
        sleeves("short sleeves", failure="contradiction"),
        title="Lady Lyka Women Lavender Sheer Baby Doll with Panty",
        category="Baby Dolls",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in a blue padded bra with a white floral print, worn with plain white briefs, white backdrop; base
    # BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-025",
        caption("a woman in a blue and white floral bra"),
        wearing("a bra and panties"),
        color("blue"),
        color_of("panties", "blue", kind="open", failure="other_garment_color"),
        pattern("floral"),
        details("bra", "the bra has a floral print and padded cups"),
        wearing("she is wearing a bikini", who="she", failure="contradiction"),
        title="Penny by Amante Women Blue Floral Print Padded Bra",
        category="Bra",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a white ribbed round-neck sleeveless cotton vest worn with blue jeans, white backdrop; base BLIP-2
    # zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-026",
        caption("a man in a white tank top and jeans"),
        wearing("she is wearing a tank top", who="the person", failure="pronoun"),
        color("white"),
        garment_type("tank top"),
        color_of("vest", "blue", kind="open", failure="other_garment_color"),
        material("cotton"),
        sleeves("sleeveless"),
        details("vest", "the vest has a v - neck and a pocket on the chest", failure="unsupported"),
        title="Hanes Men White Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: cropped torso of a man in black trunks with a grey waistband printed JOCKEY, white backdrop; base BLIP-2
    # zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-027",
        caption("a man in black underwear"),
        wearing("black boxer briefs"),
        color("black"),
        color_of("waistband", "grey", kind="open"),
        details("trunks", "the waistband has the word jockey on it"),
        is_a("pair of shorts", "yes", failure="contradiction"),
        describe("trunks", "nothing", failure="non_answer"),
        wearing("she is wearing black underwear", who="the person", failure="pronoun"),
        title="Jockey Men Black Trunks 8008",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: man in blue-and-white checked cotton boxers with a one-button fly, worn with a white vest, white backdrop;
    # base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-028",
        caption(
            "Question: what is the man wearing? Answer: a white tank top and blue plaid boxer shorts", failure="leak"
        ),
        wearing("boxer shorts"),
        color("white", failure="other_garment_color"),
        pattern("checked"),
        describe("boxers", "they are blue plaid boxers with a button at the front"),
        material("cotton"),
        color_of("boxers", "white", kind="open", failure="other_garment_color"),
        title="Jockey Men Blue Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a skin-tone nylon-spandex tummy-control shapewear bodysuit, worn alone, front view, white
    # backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-029",
        caption("a woman in a nude bodysuit"),
        wearing("a bathing suit", failure="contradiction"),
        color("beige"),
        garment_type("bodysuit"),
        details("bodysuit", "tummy control"),
        material("spandex"),
        describe("bodysuit", "he is wearing a nude bodysuit", failure="pronoun"),
        is_a("swimsuit", "yes", failure="contradiction"),
        title="Swee Women Skin Tummy Control Shapewear Bodysuit",
        category="Shapewear",
        color="Skin",
        gender="Women",
    ),
    # photo: flat-lay of three folded cotton briefs, one pink, one grey melange, one black, no person, white backdrop;
    # the feed row has no color; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-030",
        caption("three pairs of panties on a white background"),
        garment_type("briefs"),
        color("multicolor"),
        describe("briefs", "there are three pairs of briefs in pink, grey and black"),
        details("briefs", "the briefs are briefs", failure="restated"),
        material("cotton"),
        is_a("bra", "no"),
        title="Amante Women Pack of 3 Solid Briefs",
        category="Briefs",
        gender="Women",
    ),
    # photo: woman in a black racerback sports bra with pink trim, worn with grey joggers, white backdrop; base BLIP-2
    # zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-031",
        caption("a woman in a black sports bra and grey sweatpants"),
        wearing("he is wearing a sports bra and sweatpants", who="the person", failure="pronoun"),
        color_of("sports bra", "pink", failure="contradiction"),
        color_of("sweatpants", "grey", kind="open"),
        details("sports bra", "the sports bra has a racerback and a zipper on the front", failure="unsupported"),
        sleeves("sleeveless"),
        describe("sports bra", "sports bra", failure="non_answer"),
        title="Enamor Women Black Racerback Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: woman sitting on a beige sofa in a living room, in a short sea green satin nightdress with a v-neck and
    # thin straps, no lace, no bow; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed
    # ones
    case(
        "X740-032",
        caption("a woman sitting on a couch in a green satin dress"),
        wearing("a green nightgown"),
        color("green"),
        color_of("nightdress", "beige", kind="open", failure="contradiction"),
        material("satin"),
        describe("nightdress", "she is wearing a green dress"),
        details(
            "nightdress",
            "the nightdress has a v - neck and thin straps and a lace trim on the hem and a small bow on the front and"
            " the back of the",
            failure="cut",
            hit_limit=True,
        ),
        neckline("v-neck"),
        title="Zivame Women Sea Green Satin Nightdress",
        category="Nightdress",
        color="Sea Green",
        gender="Women",
    ),
    # photo: woman in maroon jersey lounge pants with a drawstring and side pockets, worn with a white t-shirt, photo
    # cropped at the shoulders (no face), white backdrop; base BLIP-2 zero-shot wrote caption and open answers,
    # reference engine the closed ones
    case(
        "X740-033",
        caption("a woman in a white shirt and maroon pants"),
        wearing("a white shirt and red pants"),
        color("white", failure="other_garment_color"),
        color_of("pants", "maroon", kind="open"),
        details("pants", "drawstring waist and side pockets"),
        material("denim", failure="unsupported"),
        wearing("he is wearing red pants", who="the person", failure="pronoun"),
        title="Kanvin Women Maroon Lounge Pants",
        category="Lounge Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a grey lounge t-shirt with a pink SLEEPY HEAD slogan, worn with black lounge pants, white
    # backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-034",
        caption("a woman wearing a grey t - shirt that says sleepy head"),
        wearing("a grey shirt and black pants"),
        color("grey"),
        pattern("solid", failure="contradiction"),
        details("t-shirt", "sleepy head"),
        color_of("text", "pink", kind="open"),
        describe("t-shirt", "Question: describe the t - shirt. Answer: a grey t - shirt", failure="leak"),
        title="Ether Women Grey Slogan Print Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in mustard yellow cotton lounge shorts with white polka dots, an elastic waist with a white
    # drawstring and no pockets, worn with a white t-shirt, white backdrop; base BLIP-2 zero-shot wrote caption and open
    # answers, reference engine the closed ones
    case(
        "X740-035",
        caption(
            "a woman in a white t - shirt and yellow polka dot shorts with polka dot shorts with polka dot shorts with"
            " polka dot shorts with polka dot shorts with polka dot shorts with polka dot shorts with polka",
            failure="loop",
            hit_limit=True,
        ),
        wearing("shorts"),
        color("yellow"),
        color_of("shorts", "white", kind="open", failure="other_garment_color"),
        pattern("polka dots"),
        details("shorts", "they are short", failure="non_answer"),
        describe("shorts", "yellow shorts with white polka dots and a drawstring and pockets", failure="unsupported"),
        title="Sweet Dreams Women Mustard Polka Dot Lounge Shorts",
        category="Lounge Shorts",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a black satin short-sleeved shirt and shorts night suit with white piping, white backdrop; base
    # BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-036",
        caption("a woman in a black satin pajama set with white trim"),
        wearing("black pajamas"),
        color("black"),
        details("shirt", "white piping"),
        describe("night suit", "a black satin shirt and shorts"),
        material("cotton", failure="unsupported"),
        sleeves("long sleeves", failure="contradiction"),
        color_of("shorts", "white", kind="open", failure="contradiction"),
        title="Clovia Women Black Satin Night Suit with Shorts",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy blue t-shirt and blue-and-navy checked pyjama pants, white backdrop; base BLIP-2 zero-shot
    # wrote caption and open answers, reference engine the closed ones
    case(
        "X740-037",
        caption("a man in a blue shirt and plaid pajama pants"),
        wearing("pajamas", who="the man"),
        color_of("shirt", "navy blue"),
        color_of("pants", "black", kind="open", failure="contradiction"),
        pattern("checked"),
        describe("pajamas", "she is wearing a blue shirt and plaid pants", failure="pronoun"),
        material("silk", failure="unsupported"),
        details("pants", "the pants are plaid. Question: what color is the shirt? Answer: blue", failure="leak"),
        title="Hanes Men Navy Blue Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white cotton robe worn open over a plain pink knee-length nightdress (the product), white
    # backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-038",
        caption("a woman in a white robe"),
        wearing("a white robe and a pink nightgown"),
        color("white", failure="other_garment_color"),
        garment_type("robe", failure="contradiction"),
        color_of("nightgown", "pink", kind="open"),
        describe("nightdress", "a white robe with a belt", failure="contradiction"),
        material("the nightdress is made of the material", failure="restated"),
        title="Sweet Dreams Women Pink Solid Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a nude camisole tucked into black jeans, under an open light blue denim shirt with its sleeves
    # rolled up, white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-039",
        caption("a woman in a denim shirt and black jeans"),
        wearing("a denim shirt", who="she"),
        color("blue", failure="other_garment_color"),
        color_of("camisole", "blue", kind="open", failure="other_garment_color"),
        garment_type("shirt", failure="contradiction"),
        details("camisole", "the camisole is tucked into the jeans"),
        material("denim", failure="unsupported"),
        describe(
            "camisole",
            "the camisole is a nude color and it is worn under a denim shirt with the sleeves rolled up and the shirt"
            " is open and the camisole is tucked into",
            failure="cut",
            hit_limit=True,
        ),
        title="Inner Sense Women Nude Camisole",
        category="Camisoles",
        color="Nude",
        gender="Women",
    ),
    # photo: cropped torso (no head) of a woman in a white minimizer bra with a lace overlay on the cups and wide
    # straps, worn with beige briefs, white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference
    # engine the closed ones
    case(
        "X740-040",
        caption("a woman in a white bra and beige panties"),
        wearing("lingerie"),
        color("white"),
        color_of("panties", "white", kind="open", failure="other_garment_color"),
        details("bra", "wide straps"),
        material("lace"),
        describe("bra", "it is made of fabric", failure="non_answer"),
        wearing("he is wearing a white bra", who="the person", failure="pronoun"),
        title="Triumph Women White Lace Minimizer Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: woman in a mauve lace bra with a small bow at the centre, under an open white long-sleeved shirt, with
    # white shorts, white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed
    # ones
    case(
        "X740-041",
        caption("a woman in a white shirt and purple bra"),
        wearing("a white shirt"),
        color("white", failure="other_garment_color"),
        color_of("bra", "purple", kind="open"),
        describe("bra", "a purple lace bra with a bow in the middle"),
        sleeves("long sleeves", failure="contradiction"),
        wearing("her shirt is open", who="she", failure="non_answer"),
        color_of("shorts", "purple", kind="open", failure="other_garment_color"),
        title="Amante Women Mauve Lace Bra",
        category="Bra",
        color="Mauve",
        gender="Women",
    ),
    # photo: flat-lay of two girls' cotton camisoles, one pink and one white, plain, no person, white backdrop; the feed
    # row has no color; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-042",
        caption("two white and pink tank tops on a white background"),
        garment_type("tank top"),
        pattern("solid"),
        is_a("camisole", "yes"),
        describe("camisoles", "camisoles", failure="non_answer"),
        material("cotton"),
        details(
            "camisoles",
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace"
            " lace lace lace lace lace lace lace lace lace",
            failure="loop",
            hit_limit=True,
        ),
        title="Bodycare Girls Pack of 2 Camisoles",
        category="Camisoles",
        gender="Girls",
    ),
    # photo: woman in a knee-length blue-and-white vertical striped shirt-style cotton nightdress with a button placket
    # and sleeves rolled to the elbow, no belt, white backdrop; base BLIP-2 zero-shot wrote caption and open answers,
    # reference engine the closed ones
    case(
        "X740-043",
        caption("a woman in a blue and white striped shirt dress"),
        wearing("a striped nightshirt"),
        pattern("striped"),
        color("blue"),
        details("nightdress", "the nightdress details", failure="restated"),
        describe("nightdress", "it is a blue and white striped dress with a belt", failure="unsupported"),
        is_a("shirt", "yes", failure="contradiction"),
        sleeves("sleeveless", failure="contradiction"),
        title="Sweet Dreams Women Blue Striped Nightdress",
        category="Nightdress",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy blue waffle cotton bath robe with white piping on the collar and pockets, over grey shorts,
    # white backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-044",
        caption("a man in a blue robe"),
        wearing("he is wearing a bathrobe and shorts", who="he"),
        color("navy blue"),
        color_of("robe", "grey", kind="open", failure="other_garment_color"),
        material("silk", failure="unsupported"),
        details("robe", "white trim on the collar and pockets"),
        describe(
            "robe",
            "a bathrobe a bathrobe a bathrobe a bathrobe a bathrobe a bathrobe a bathrobe a bathrobe a bathrobe a"
            " bathrobe",
            failure="loop",
            hit_limit=True,
        ),
        title="Spaces Men Navy Blue Waffle Bath Robe",
        category="Bath Robe",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in black jersey lounge pants with a white stripe down each side, worn with a pink tank top, white
    # backdrop; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X740-045",
        caption("a woman in a pink tank top and black pants"),
        wearing("pink tank top and black pants"),
        color("pink", failure="other_garment_color"),
        color_of("pants", "black", kind="open"),
        details("pants", "white stripe on the side"),
        is_a("pair of pants", "yes"),
        describe("pants", "black", failure="non_answer"),
        material_(
            "the pants are made of a soft stretchy cotton fabric that is comfortable to wear and easy to wash and dry"
            " and is also very breathable and",
            failure="cut",
            hit_limit=True,
        ),
        color_of("tank top", "black", kind="open", failure="other_garment_color"),
        title="Proline Women Black Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an olive t-shirt top printed with white "good night" lettering and olive-and-white striped cotton
    # pyjamas, white backdrop; the feed row has no category; base BLIP-2 zero-shot wrote caption and open answers,
    # reference engine the closed ones
    case(
        "X740-046",
        caption("a woman in a green t - shirt and striped pants"),
        wearing("green pajamas"),
        color("green"),
        details("top", "the top says good night"),
        material("fleece", failure="unsupported"),
        describe("night suit", "a night suit", failure="non_answer"),
        pattern("floral", failure="contradiction"),
        title="Kanvin Women Olive Printed Night Suit",
        color="Olive",
        gender="Women",
    ),
]
