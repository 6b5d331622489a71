"""BLIND_1110 (46 products; Myntra night/lounge/innerwear; base model zero-shot): written blind in the sixtieth session.
Measured blind at b348683 (the session's third rules): 106/135 failures found (78.5%) and 22/196 correct texts flagged
(11.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and women's nightwear, loungewear and innerwear (night suits, nightdresses,
baby dolls, robes and bath robes, lounge pants, shorts and t-shirts, bras, camisoles, shapewear, briefs, trunks,
boxers, innerwear vests). Catalog shots on a white backdrop: mostly a model cropped to the product, often with a
second garment (a t-shirt over lounge pants, jeans under a camisole or a vest, a camisole under a robe); a few
flat-lays of multi-packs with nobody in them. Feed columns: title, category (Myntra article type), color (Myntra
base colour), gender; a few rows lack one (a pack with no color, a row with no category, a row with no gender).

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, with the
`Question: ... Answer:` prompt. Captions and open answers are free generation (50 and 30 new tokens); closed
answers (garment type, color, pattern, sleeve length, the yes/no "Is this a ...?" and the closed color-of
questions) are enrich's `--engine reference` picking one candidate with the base model. The base model's habits:
short lowercase answers that usually stop on the newline; "a woman in ..." captions that sometimes invent a prop, a
bed or a wall color; one color carried over to the wrong garment (the t-shirt's color for the lounge pants); he/she
and man/woman wrong; the odd run-on description that repeats itself until the 30-token limit or lists real details
until it is cut; now and then the prompt format continues into the answer ("... Question: ... Answer: ...").

Labeling conventions and judgement calls:
- other_garment_color: the product's color (closed or open) answered with the color of another garment in the photo
  (the t-shirt worn over the lounge pants, the jeans under the bra, the camisole under the robe). For a night suit
  sold as a set, the color of one piece given for the other piece ("maroon" shorts when the top is maroon and the
  shorts grey) is also other_garment_color.
- contradiction: a color, garment type, pattern, sleeve length or count that the photo, the other texts or the
  seller's columns contradict. A print's color given as the product color (the blue flowers on a white nightdress,
  the red anchors on navy boxers) and a waistband's color given for the trunks are contradiction, not
  other_garment_color, since no other garment is involved. One item described for a pack of two or three is a
  count contradiction. Near shades in the same color family (red for maroon, purple for lavender, grey for
  charcoal, pink for peach, beige for nude) are correct.
- Camisole = tank top, innerwear vest = tank top, trunks = boxer briefs = underwear, night suit = pajama set or
  pajamas, nightdress = nightgown = dress, babydoll = nightdress or lingerie: all correct. Shorts for trunks, bikini
  for a bra, coat for a bath robe, jacket for a robe, t-shirt for a sleeveless vest: contradiction.
- unsupported: a detail the photo does not show (lace, a hood, a bow, a necklace, slippers, a bed, a wall color, a
  prop, misread waistband text, a v-neck on a round-neck vest), and a material the title or the photo rules out
  (cotton for a satin nightdress, silk for a matte jersey camisole, denim, wool, linen). A material that the garment
  kind and its visible texture make plain (cotton for jersey pajamas, satin for a satin set, terry cloth for a
  looped bath robe, waffle knit, flannel for brushed checked pants, spandex for shapewear, lace for a lace bra) is
  correct even when the title does not name it.
- "a man"/"a woman" in a caption against the row's gender is labeled pronoun, like a wrong he/she. The Unisex row
  and the row with no gender carry no pronoun failure.
- loop: the answer repeats a phrase until the token limit; labeled loop with hit_limit=True, never also cut. cut: a
  run-on answer that lists real details and stops mid-phrase at the limit, with no repetition.
- non_answer: an open question answered with nothing, yes/no, or a single word that says nothing about what was
  asked ("black" to "Describe the garment.", "white" to the details, "red" to what the person wears, "they are
  boxers" to the details), and "i don't know". restated: the answer only echoes the question's words ("the details
  of the garment", "the garment is made of a material", "it is a garment").
- leak: the `Question: ... Answer:` format shows in the text, at its start or continued after the answer, even when
  the answer part is right.
- Flat-lays with nobody in the photo: "underwear", "tank tops" to "What is the person wearing?" are correct (they
  name what the photo shows).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# a question this set asks of innerwear: the brand printed on the waistband
waistband = question("waistband", "What is written on the waistband?", "open")

BLIND_1110 = [
    # photo: woman, front view, white backdrop, pink night suit with white polka dots (short-sleeved notch-collar top,
    # long pajama pants), barefoot; no lace anywhere. Base model wrote every text, closed picks by reference engine.
    case(
        "X1110-001",
        caption("a woman in pink polka dot pajamas standing in front of a white wall"),
        Q.wearing("pink pajamas with white polka dots"),
        Q.garment_type("pajama set"),
        Q.color("pink"),
        Q.pattern("polka dot"),
        Q.description("a pink pajama set with white polka dots and a lace collar", "unsupported"),
        Q.material("cotton"),
        title="Sweet Dreams Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man, front view cropped at the neck, white backdrop, grey melange drawstring lounge pants with side
    # pockets, navy blue crew-neck t-shirt. Base model, closed picks by reference engine.
    case(
        "X1110-002",
        caption("a man in a blue t-shirt and grey sweatpants"),
        color_of("pants", "grey"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("pants"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.details("drawstring waist and side pockets"),
        wearing("a blue shirt and grey pants", who="he"),
        Q.material("cotton"),
        title="Jockey Men Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman's torso, front, white backdrop, black lace non-padded bra with matching black lace briefs; no
    # jewellery. Base model; the description loops to the 30-token limit.
    case(
        "X1110-003",
        caption("a woman in a black lace bra and panties with a necklace", "unsupported"),
        Q.garment_type("bra"),
        Q.color("black"),
        B.sleeve_length("sleeveless"),
        Q.description(
            "a black lace bra with a black lace bra and a black lace bra and a black lace bra and a black lace bra"
            " and a black",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        Q.wearing("she is wearing a black bra"),
        title="Triumph Women Black Lace Non-Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man cropped waist to mid-thigh, white backdrop, navy blue trunks with a white waistband reading
    # "JOCKEY" in navy. Base model, closed picks by reference engine.
    case(
        "X1110-004",
        caption("a man in blue underwear standing on a white background"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("navy blue"),
        waistband("jockey"),
        Q.details("white waistband with the jockey logo"),
        wearing("underwear", who="he"),
        Q.material("silk", "unsupported"),
        title="Jockey Men Navy Blue Trunks",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman standing, white backdrop, knee-length lavender satin nightdress, spaghetti straps, v-neck with
    # lace trim at the neckline and a lace hem; no bed, no props. Base model; description cut at the limit.
    case(
        "X1110-005",
        caption("a woman in a purple nightgown sitting on a bed", "unsupported"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        Q.description(
            "a light purple satin nightgown with thin spaghetti straps and a v neckline with lace trim, it falls just"
            " below the knee and has a lace",
            "cut",
            hit_limit=True,
        ),
        color_of("nightgown", "the nightgown is pink", "contradiction", kind="open"),
        Q.details("lace"),
        title="Clovia Women Lavender Satin Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: man cropped chest to knee, white backdrop, blue-and-white checked woven boxers, white ribbed vest on top.
    # Base model; the wearing answer runs on into a made-up next question.
    case(
        "X1110-006",
        caption("a man in a white tank top and plaid boxer shorts"),
        Q.pattern("checked"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "white", "other_garment_color"),
        Q.garment_type("boxers"),
        Q.wearing(
            "a white tank top and blue plaid shorts Question: What is the color of the shorts? Answer: blue", "leak"
        ),
        Q.material("cotton"),
        title="Hanes Men Blue Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front, white backdrop, white thin-strap camisole worn with blue jeans. Base model.
    case(
        "X1110-007",
        caption("a woman wearing a white tank top and jeans"),
        Q.color("white"),
        Q.garment_type("tank top"),
        Q.description("a white tank top with blue jeans"),
        color_of("tank top", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("short", "contradiction"),
        Q.wearing("he is wearing a white tank top and jeans", "pronoun"),
        title="Jockey Women White Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: man cropped at the neck, white backdrop, one white ribbed sleeveless vest (round neck) worn with blue
    # jeans; the pack's second vest is not shown. Base model.
    case(
        "X1110-008",
        caption("a man in a white tank top and jeans standing in front of a white wall"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a white ribbed tank top"),
        Q.details("the details of the garment", "restated"),
        color_of("tank top", "blue", "other_garment_color", kind="open"),
        Q.material("cotton"),
        title="Dixcy Scott Men Pack of 2 White Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman, full length, barefoot, white backdrop, navy night suit with small white star print: long-sleeved
    # button-down top with a collar, long pants. Base model; details loop to the limit.
    case(
        "X1110-009",
        caption("a woman in a blue pajama set with stars on it"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a navy blue pajama set with white stars, long sleeves and a button down top"),
        Q.color("navy blue"),
        Q.wearing("pajamas and slippers", "unsupported"),
        Q.details(
            "the stars are white and the stars are white and the stars are white and the stars are white and the"
            " stars are white and the",
            "loop",
            hit_limit=True,
        ),
        title="Sdl by Sweet Dreams Women Navy Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, full length, white backdrop, night suit: black round-neck t-shirt and red-and-black checked
    # pajama pants with an elastic drawstring waist. Base model; description cut at the limit.
    case(
        "X1110-010",
        caption("a man in a black t-shirt and plaid pajama pants"),
        Q.color("black"),
        color_of("pants", "red"),
        Q.pattern("striped", "contradiction"),
        wearing("he is wearing a black shirt and red plaid pajama pants", who="he"),
        Q.material("i don't know", "non_answer"),
        Q.description(
            "the top is a black t-shirt with a round neck and the bottoms are red and black plaid pajama pants with an"
            " elastic",
            "cut",
            hit_limit=True,
        ),
        title="Hanes Men Black & Red Checked Night Suit",
        category="Night suits",
        color="Black",
        gender="Men",
    ),
    # photo: woman cropped at the shoulders, white backdrop, olive jogger lounge pants with cuffed ankles, plain
    # white t-shirt tucked in. Base model; one answer starts with the prompt format.
    case(
        "X1110-011",
        caption("a woman in a white shirt and green pants"),
        Q.color("green"),
        Q.garment_type("pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.details("elastic cuffs at the ankles"),
        Q.material("linen", "unsupported"),
        B.pattern("solid"),
        wearing("Answer: a white t-shirt and green pants", "leak", who="she"),
        title="Clt.s Women Olive Solid Lounge Pants",
        category="Lounge Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: flat-lay on white, no person: three briefs side by side, black, grey and navy, each with a white
    # waistband reading "JOCKEY". Base model.
    case(
        "X1110-012",
        caption("three pairs of underwear on a white background"),
        Q.garment_type("briefs"),
        Q.color("multicolor"),
        Q.wearing("underwear"),
        Q.description("a pair of black underwear", "contradiction"),
        Q.details("black, grey and blue with a white waistband that says calvin klein", "unsupported"),
        Q.material("cotton"),
        title="Jockey Men Pack of 3 Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: woman, front, white backdrop, white waffle-knit knee-length bath robe, long sleeves, shawl collar, belt
    # tied at the waist, two patch pockets, hands in the pockets; no hood. Base model; description cut.
    case(
        "X1110-013",
        caption("a woman in a white robe with her hands in her pockets"),
        Q.garment_type("coat", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.material("waffle knit cotton"),
        Q.details("she has a belt around her waist and a hood and a pocket", "unsupported"),
        Q.wearing("a white bathrobe"),
        Q.description(
            "a white bathrobe with a belt tied at the waist, long sleeves, two patch pockets on the front and a shawl"
            " collar, it is made of a waffle",
            "cut",
            hit_limit=True,
        ),
        title="Spaces Women White Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Women",
    ),
    # photo: man cropped at the neck, white backdrop, navy-and-white striped lounge shorts, grey melange t-shirt.
    # Base model.
    case(
        "X1110-014",
        caption("a man in a grey t-shirt and blue striped shorts"),
        Q.color("grey", "other_garment_color"),
        color_of("shorts", "blue"),
        Q.pattern("striped"),
        Q.garment_type("pants", "contradiction"),
        details("shorts", "they are short", "non_answer"),
        Q.wearing("a grey t-shirt and blue and white striped shorts"),
        title="U.S. Polo Assn. Men Navy Striped Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front, white backdrop, red satin sleeveless babydoll with black lace cups and a matching red
    # thong. Base model; the description loops to the limit.
    case(
        "X1110-015",
        caption("a woman in a red lingerie set posing for the camera"),
        Q.garment_type("nightdress"),
        Q.color("red"),
        Q.description(
            "a red and black lingerie with a black lace bra and a red lace bra and a red lace bra and a red lace bra"
            " and a red",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        B.sleeve_length("long", "contradiction"),
        wearing("red lingerie", who="she"),
        title="Amante Women Red Babydoll Nightdress",
        category="Baby Dolls",
        color="Red",
        gender="Women",
    ),
    # photo: man cropped at the chin, white backdrop, black scoop-neck sleeveless vest, blue jeans. Base model.
    case(
        "X1110-016",
        caption("a man in a black tank top"),
        Q.color("black"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        Q.description("black", "non_answer"),
        color_of("tank top", "blue", "other_garment_color", kind="open"),
        title="Van Heusen Men Black Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: woman, full length, white backdrop, night suit: grey melange short-sleeved t-shirt with "sleepy head"
    # printed in pink, pink pajama pants. Base model.
    case(
        "X1110-017",
        caption("a woman wearing a grey t-shirt with the words sleepy head on it and pink pants"),
        Q.color("grey"),
        Q.pattern("printed"),
        color_of("pants", "grey", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a grey t-shirt with the words sleepy head on it"),
        Q.details("text on the front that says sweet dreams", "unsupported"),
        wearing("pajamas", who="she"),
        title="Kanvin Women Grey & Pink Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # photo: man, front, white backdrop, navy blue shawl-collar bath robe with belt, bare chest and legs showing.
    # Base model; details loop, the material answer continues the prompt format.
    case(
        "X1110-018",
        caption("a man in a blue robe standing in front of a white background"),
        Q.garment_type("robe"),
        Q.color("navy blue"),
        Q.description("a blue bathrobe with a belt"),
        Q.wearing("she is wearing a blue robe", "pronoun"),
        Q.material("cotton Question: What is the color of the robe? Answer: blue", "leak"),
        Q.details(
            "a shawl collar and a belt with a belt with a belt with a belt with a belt with a belt with a belt with a"
            " belt with",
            "loop",
            hit_limit=True,
        ),
        title="Trident Men Navy Blue Bath Robe",
        category="Bath Robe",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman cropped under the bust to mid-thigh, white backdrop, nude high-waist shaping brief, plain, no lace
    # or bows; a white camisole tucked in above it. Base model.
    case(
        "X1110-019",
        caption("a man in a nude colored underwear", "pronoun"),
        Q.color("beige"),
        Q.garment_type("shorts", "contradiction"),
        Q.description("a high waisted underwear"),
        Q.material("spandex"),
        Q.details("it has a lace trim and a bow on the front", "unsupported"),
        color_of("underwear", "white", "other_garment_color", kind="open"),
        title="Triumph Women Nude Shapewear",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: man, full length, white backdrop, light blue and white checked night suit: collared long-sleeved
    # button-down shirt with a chest pocket, matching pants. Base model; description cut,
    # the wearing answer runs on into a made-up next question.
    case(
        "X1110-020",
        caption("a man in blue plaid pajamas standing in front of a blue wall", "unsupported"),
        Q.pattern("checked"),
        Q.color("green", "contradiction"),
        Q.sleeve_length("long"),
        Q.wearing("he is wearing a blue and white checkered pajama Question: Is this a pajama? Answer: yes", "leak"),
        Q.description(
            "a light blue and white checked pajama set with a collared button down shirt with long sleeves and a"
            " chest pocket and matching pants with an elastic",
            "cut",
            hit_limit=True,
        ),
        Q.details("a button down shirt with a pocket on the chest"),
        title="Mark Taylor Men Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front, white backdrop, mustard short-sleeved lounge t-shirt with one white crescent moon print (no
    # stars), black lounge shorts. Base model.
    case(
        "X1110-021",
        caption("a woman in a yellow shirt with a moon on it"),
        Q.color("yellow"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid", "contradiction"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        Q.material("the garment is made of a material", "restated"),
        Q.description("a yellow t-shirt with a moon and stars on it", "unsupported"),
        title="Sweet Dreams Women Mustard Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man cropped waist to thigh, white backdrop, grey trunks with a black waistband reading "HANES"; a small
    # inset shows the pack's black pair. Seller row has no color. Base model; the wearing answer loops.
    case(
        "X1110-022",
        caption("a man in grey boxer briefs"),
        Q.color("grey"),
        Q.garment_type("trunks"),
        Q.wearing(
            "a pair of grey boxer briefs and a pair of grey boxer briefs and a pair of grey boxer briefs and a pair of"
            " grey boxer",
            "loop",
            hit_limit=True,
        ),
        Q.details("the waistband says hanes"),
        Q.description("grey boxer briefs with a black waistband"),
        title="Hanes Men Pack of 2 Trunks",
        category="Trunk",
        gender="Men",
    ),
    # photo: woman, full length, white backdrop, white calf-length short-sleeved cotton nightdress with a blue floral
    # print. Base model; the description begins with the prompt format, the material answer is empty.
    case(
        "X1110-023",
        caption("a woman in a white dress with blue flowers"),
        Q.garment_type("dress"),
        is_a("nightgown", "yes"),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        Q.description("Question: Describe the garment. Answer: a white dress with blue flowers", "leak"),
        Q.sleeve_length("short"),
        Q.material("", "non_answer"),
        title="Sweet Dreams Women White Floral Print Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: man cropped at the neck, white backdrop, black jersey track-style lounge pants with one white stripe down
    # each side, plain white t-shirt. Base model.
    case(
        "X1110-024",
        caption("a man in a white t-shirt and black pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("pants"),
        Q.pattern("checked", "contradiction"),
        Q.details("white stripes down the side"),
        Q.wearing("she is wearing a white shirt and black pants", "pronoun"),
        Q.material("jersey"),
        title="Puma Men Black Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman cropped at the chin, white backdrop, plain pink padded t-shirt bra (smooth cups, no lace), worn
    # with blue jeans. Base model; the details answer loops to the limit.
    case(
        "X1110-025",
        caption("a woman in a pink bra and jeans"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("bra"),
        Q.pattern("floral", "contradiction"),
        Q.description("a pink bra"),
        Q.details(
            "padded cups and adjustable straps and adjustable straps and adjustable straps and adjustable straps and"
            " adjustable straps and",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace", "unsupported"),
        title="Enamor Women Pink Padded T-shirt Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: man, full length, white backdrop, night suit: maroon round-neck t-shirt and grey-and-black checked
    # shorts with a drawstring; no couch, no furniture. Base model; details cut at the limit.
    case(
        "X1110-026",
        caption("a man in a red shirt and grey shorts sitting on a couch", "unsupported"),
        Q.color("maroon"),
        color_of("shorts", "maroon", "other_garment_color"),
        Q.garment_type("pajama set"),
        Q.details(
            "the t-shirt has a round neck and short sleeves and the shorts are grey and black checked with an elastic"
            " waist and a drawstring and two side",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a red t-shirt and grey checkered shorts"),
        title="Huetrap Men Maroon & Grey Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman cropped waist to knee, white backdrop, peach jersey lounge shorts with white piping on the hem and a
    # drawstring, white t-shirt hem visible. Base model.
    case(
        "X1110-027",
        caption("a woman wearing a white shirt and pink shorts"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "peach"),
        Q.garment_type("shorts"),
        details("shorts", "white piping along the hem and a drawstring waist"),
        describe("shorts", "the shorts", "restated"),
        Q.material("denim", "unsupported"),
        title="Jockey Women Peach Lounge Shorts",
        category="Lounge Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: flat-lay on white, no person: navy woven boxers with a small red anchor print, elastic waistband. Base
    # model.
    case(
        "X1110-028",
        caption("a pair of blue boxer shorts with red anchors on them"),
        Q.wearing("a pair of shorts"),
        Q.pattern("printed"),
        Q.color("red", "contradiction"),
        Q.details("they are boxers", "non_answer"),
        Q.material("cotton"),
        title="Marks & Spencer Men Navy Printed Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, full length, white backdrop, black satin night suit: long-sleeved notch-collar shirt with white
    # piping on collar, cuffs and pocket, black pants; no stripes. Base model.
    case(
        "X1110-029",
        caption("a woman in black silk pajamas with white trim"),
        Q.material("satin"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description("a black and white striped pajama set", "contradiction"),
        Q.wearing("he is wearing black pajamas", "pronoun"),
        Q.details("white piping on the collar, cuffs and pockets"),
        title="Clovia Women Black Satin Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: man cropped at the chin, white backdrop, grey melange round-neck sleeveless vest, blue jeans. Base model.
    case(
        "X1110-030",
        caption("a man in a grey tank top and blue jeans"),
        Q.color("blue", "other_garment_color"),
        color_of("tank top", "grey", kind="open"),
        Q.garment_type("tank top"),
        Q.description("a grey tank top with a v neck", "unsupported"),
        Q.wearing("Answer: a grey tank top and jeans", "leak"),
        Q.details("no", "non_answer"),
        title="Jockey Men Grey Melange Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, front, white backdrop, matte cotton kimono-style robe, pink with white and green flowers, 3/4
    # sleeves, belt, open over a white camisole nightdress. Base model; the caption loops to the 50-token limit.
    case(
        "X1110-031",
        caption(
            "a woman in a pink floral robe and a pink floral robe and a pink floral robe and a pink floral robe and a"
            " pink floral robe and a pink floral robe and a pink floral robe and a pink floral robe and a pink",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        Q.description("a pink floral kimono with a white tank top underneath"),
        Q.material("silk", "unsupported"),
        wearing("a robe", who="she"),
        title="Kanvin Women Pink Floral Print Robe",
        category="Robe",
        color="Pink",
        gender="Women",
    ),
    # photo: man, full length, white backdrop, plain white round-neck short-sleeved lounge t-shirt, navy lounge pants.
    # Base model; the description loops, the caption says "woman".
    case(
        "X1110-032",
        caption("a woman in a white t-shirt and blue pants", "pronoun"),
        Q.color("white"),
        Q.garment_type("t-shirt"),
        Q.description(
            "a white t-shirt and blue pants and a white t-shirt and blue pants and a white t-shirt and blue pants and"
            " a white t-shirt",
            "loop",
            hit_limit=True,
        ),
        Q.details("a round neck and short sleeves"),
        Q.pattern("striped", "contradiction"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.material("cotton"),
        title="Jockey Men White Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay on white, no person: two camisoles with adjustable strap sliders, one black, one nude, matte
    # jersey. Seller row has no color. Base model.
    case(
        "X1110-033",
        caption("two tank tops, one black and one beige"),
        Q.garment_type("tank top"),
        Q.description("a black tank top", "contradiction"),
        Q.wearing("tank tops"),
        Q.details("the straps are adjustable"),
        Q.material("silk", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="Lovable Women Pack of 2 Camisoles",
        category="Camisoles",
        gender="Women",
    ),
    # photo: man cropped waist to thigh, white backdrop, white briefs with a white waistband printed "JOCKEY" in black.
    # Seller row has no gender. Base model.
    case(
        "X1110-034",
        caption("a man in white underwear"),
        Q.color("white"),
        Q.garment_type("briefs"),
        Q.wearing("white underwear Question: What is the color of the underwear? Answer: white", "leak"),
        Q.details("white", "non_answer"),
        Q.description("a pair of white underwear with a blue waistband", "unsupported"),
        B.pattern("solid"),
        Q.material("cotton"),
        title="Jockey Men White Briefs",
        category="Briefs",
        color="White",
    ),
    # photo: woman cropped at the shoulders, white backdrop, pink-and-white striped wide-leg lounge pants with a
    # drawstring, grey round-neck t-shirt. Base model; description cut at the limit.
    case(
        "X1110-035",
        caption("a woman in a grey shirt and pink striped pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        Q.garment_type("pants"),
        Q.description(
            "the pants are pink and white striped with a drawstring at the waist and the shirt is grey with a round"
            " neck and short sleeves and a small",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a grey shirt and pink pants", "pronoun", who="she"),
        title="Sweet Dreams Women Pink Striped Lounge Pants",
        category="Lounge Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: man, full length, white backdrop, night suit: navy long-sleeved henley (three-button placket) and grey
    # jersey joggers. Base model.
    case(
        "X1110-036",
        caption("a man in a green shirt and grey pants", "contradiction"),
        Q.color("navy blue"),
        color_of("pants", "navy blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.details("buttons on the front"),
        Q.wearing("a blue henley shirt and grey sweatpants"),
        Q.material("wool", "unsupported"),
        Q.description("it is a garment", "restated"),
        title="Jockey Men Navy & Grey Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman cropped at the chin, white backdrop, white unpadded lace bralette with matching white lace briefs;
    # bare arms, no tattoo. Base model.
    case(
        "X1110-037",
        caption("a woman in white lace lingerie with a tattoo on her arm", "unsupported"),
        Q.color("white"),
        Q.garment_type("bikini", "contradiction"),
        Q.description("a white lace bra and panties"),
        Q.details("yes", "non_answer"),
        Q.material("lace"),
        title="Amante Women White Lace Bralette",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: man cropped at the chest, white backdrop, olive drawstring lounge shorts with side pockets, black t-shirt,
    # front view only, no zip pocket. Base model; the description runs on into the prompt format.
    case(
        "X1110-038",
        caption("a man in a black t-shirt and green shorts"),
        Q.color("olive"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.garment_type("shorts"),
        Q.details(
            "an elastic waistband with a drawstring and two side pockets and a zip pocket on the back", "unsupported"
        ),
        Q.description("a pair of green shorts Question: What is the color of the shorts? Answer: green", "leak"),
        title="Hanes Men Olive Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, full length, white backdrop, maroon ankle-length long-sleeved nightdress with a front button
    # placket and a yoke printed with small white flowers; no jewellery, no bag. Base model; details cut.
    case(
        "X1110-039",
        caption("a woman in a long red dress holding a purse", "unsupported"),
        Q.color("maroon"),
        Q.garment_type("dress"),
        is_a("nightgown", "no", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a maroon dress with a gold necklace", "unsupported"),
        wearing("a long dress", who="she"),
        Q.details(
            "the dress has a button placket down the front and a printed yoke with small white flowers and the"
            " sleeves are long with a",
            "cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Maroon Printed Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: man cropped waist to thigh, white backdrop, red trunks with a black waistband printed "PLAYBOY" in white.
    # Base model.
    case(
        "X1110-040",
        caption("a man in red underwear with a black waistband"),
        Q.color("black", "contradiction"),
        Q.garment_type("trunks"),
        Q.wearing("red", "non_answer"),
        waistband("playboy"),
        Q.material("cotton"),
        Q.details("the details of the underwear", "restated"),
        title="Playboy Men Red Trunks",
        category="Trunk",
        color="Red",
        gender="Men",
    ),
    # photo: woman, full length, white backdrop, night suit: lavender short-sleeved top with a cartoon cat print,
    # plain grey shorts. Base model; the description loops.
    case(
        "X1110-041",
        caption("a woman in a purple shirt with a cat on it and grey shorts"),
        Q.color("purple"),
        Q.pattern("printed"),
        color_of("shorts", "purple", "other_garment_color"),
        Q.description(
            "a purple shirt with a cat on it and a pair of grey shorts with a cat on it and a pair of grey shorts with"
            " a cat on",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("she is wearing pajamas"),
        Q.material("cotton"),
        Q.details("what are the details of the garment", "restated"),
        title="Clt.s Women Lavender Printed Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, front, white backdrop, grey looped-terry hooded bath robe, knee length, long sleeves, belt, black
    # lounge shorts showing below. Base model.
    case(
        "X1110-042",
        caption("a woman in a grey hooded robe", "pronoun"),
        Q.color("grey"),
        Q.garment_type("jacket", "contradiction"),
        Q.description("a gray bathrobe with a hood and a belt"),
        Q.details("the robe has a hood"),
        Q.material("terry cloth"),
        wearing("he is wearing a robe", who="he"),
        Q.sleeve_length("short", "contradiction"),
        color_of("robe", "black", "other_garment_color", kind="open"),
        title="Spaces Men Grey Hooded Bath Robe",
        category="Bath Robe",
        color="Grey",
        gender="Men",
    ),
    # photo: flat-lay on white, no person: three women's briefs, pink, black and white, none red. Base model; the
    # description loops, the details answer starts with the prompt format.
    case(
        "X1110-043",
        caption("three pairs of panties on a white background"),
        Q.garment_type("briefs"),
        Q.color("red", "contradiction"),
        Q.description(
            "three pairs of underwear, pink, black, white, pink, black, white, pink, black, white, pink, black, white,"
            " pink",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("panties"),
        Q.details("Question: What are the details of the garment? Answer: three pairs of panties", "leak"),
        Q.material("cotton"),
        title="Jockey Women Pack of 3 Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: man cropped at the neck, white backdrop, blue tartan brushed-flannel lounge pants with a button fly and
    # drawstring, white ribbed vest. Seller row has no category. Base model; the wearing answer loops.
    case(
        "X1110-044",
        caption("a man in a white tank top and blue plaid pajama pants"),
        Q.pattern("checked"),
        Q.color("blue"),
        Q.garment_type("pants"),
        Q.wearing(
            "a white tank top and blue plaid pajama pants and a white tank top and blue plaid pajama pants and a white"
            " tank top and",
            "loop",
            hit_limit=True,
        ),
        Q.material("flannel"),
        Q.details("the pants have a drawstring and a button fly"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        title="Marks & Spencer Men Blue Checked Lounge Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front, cropped at the knee, white backdrop, black camisole with lace trim on the neckline, beige
    # trousers; no bows. Base model.
    case(
        "X1110-045",
        caption("a woman in a black tank top and beige pants"),
        Q.color("beige", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.details("lace trim on the neckline"),
        Q.description("a black tank top with lace trim and a bow on the front and a bow on the back", "unsupported"),
        wearing("she is wearing a black camisole and beige pants", who="she"),
        B.sleeve_length("long", "contradiction"),
        title="Zivame Women Black Lace Trim Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: male model, full length, white backdrop, charcoal jersey joggers with elastic cuffs, white t-shirt.
    # Unisex row. Base model.
    case(
        "X1110-046",
        caption("a man in a white t-shirt and grey sweatpants"),
        Q.color("grey"),
        Q.garment_type("jeans", "contradiction"),
        Q.description("a pair of grey sweatpants with elastic cuffs"),
        Q.details("the details", "restated"),
        Q.material("cotton"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        title="Bewakoof Unisex Charcoal Joggers",
        category="Lounge Pants",
        color="Charcoal",
        gender="Unisex",
    ),
]
