"""BLIND_808 (46 products; Myntra men's and women's nightwear, loungewear and innerwear, base BLIP-2 zero-shot): written
blind in the fifty-fifth session. Measured blind at 7bf5cc7 (the session's final rules): 114/135 failures found (84.4%)
and 17/192 correct texts flagged (8.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and women's nightwear, loungewear and innerwear: night suits, nightdresses,
baby dolls, robes and bath robes, lounge pants, lounge shorts and lounge t-shirts, camisoles, bras, briefs, trunks,
boxers, innerwear vests and shapewear. Catalog shots on a white backdrop: full-length models, headless torso crops
for innerwear, a few flat lays of multi-packs; props are rare (a mug, a pillow, a stool, a chair, a white cube).
The seller columns follow Myntra's styles.csv (article_type as category, base_colour as color, product_name as
title); a few rows lack a column (no color for one pack, no gender or no category for others).

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions and
open answers are greedy free generation (50 / 30 new tokens); closed answers (garment type, color, pattern, sleeve
length, yes/no "Is this a ...?", and color questions stored closed) come from enrich's --engine reference, which
picks one candidate, so they never loop, leak or stop short. The base model's habits: short, lowercase answers that
usually stop on the newline; one color carried from the other visible garment (the t-shirt's white for the lounge
pants, the jeans' blue for the bra); print colors given as the garment color; details invented from a generic
pyjama or lingerie picture (bows, hoods, pockets, zips, front clasps, eye masks); a default "cotton" or "silk"
for material; "she" for a man in a robe, "he" for a woman in pyjamas; one-word or yes/no answers to "Describe"
and "details" prompts; now and then the question format continued ("Question: ... Answer:"); rarely a long
description that repeats itself or runs to the 30-token limit.

Labeling conventions and judgement calls:
- One label per text, the most salient failure; a looping text is "loop" even if the repeated phrase is wrong, and
  a text that ran to the token limit mid-phrase is "cut" (hit_limit=True) when its content is otherwise right.
- other_garment_color: the product (or the garment asked about) is given the color of another garment visible in
  the photo (tee, jeans, leggings, vest, bra, hoodie). A color taken from a print, a trim, a waistband or a prop is
  "contradiction", not "other_garment_color".
- contradiction: a color, garment type, count, pattern or sleeve length that the photo and the seller's columns
  contradict. Seller shades count as their color group: maroon answered "red", peach "pink", teal "blue", nude or
  skin "beige", navy "blue", charcoal "grey" are correct. A closed garment type that names the other visible
  garment (t-shirt for lounge pants, bra for shapewear, shorts for a camisole, hoodie) is "contradiction".
- unsupported: a detail or material the photo does not show (bows, hoods, pockets, zips, clasps, slits, lace on a
  plain bra, matching accessories) or a material that the title or the visible fabric contradicts (silk for a
  cotton tee, cotton for a satin baby doll). A material named in the title, or plainly visible (satin sheen,
  terry loops, ribbed knit), is correct.
- non_answer: an answer that carries nothing: yes/no or a lone color to an open prompt, "fabric", "they are
  shorts" (only the question's noun back). restated: the question turned into a sentence that says nothing ("the
  lounge pants details are the details of the lounge pants", "the garment is made of a material").
- pronoun: he/she (or man/woman for the wearer) wrong for the catalog gender; "she" for a women's product is right.
- Flat lays: "What is the person wearing?" answered with the product ("underwear", "boxers") is accepted as right;
  a pack's caption must get the count and colors right to be correct.
- Night suits: the set is the product; the color of the pants or shorts that differs from the seller's color is
  right when it is the bottom's real color (navy pants of a "Blue" striped set).
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_808 = [
    # photo: woman, full length, front, white backdrop: pink cotton night suit, short-sleeve round-neck top and
    # full-length pyjama pants with a small white star print, barefoot; base BLIP-2 zero-shot wrote every text.
    case(
        "X808-001",
        caption("a woman in pink pajamas with white stars on them"),
        wearing("pink pajamas"),
        BQ.color("pink"),
        BQ.pattern("printed"),
        BQ.sleeve_length("short sleeves"),
        is_a("dress", "yes", "contradiction"),
        details("pajamas", "the pajamas have a bow on the front and lace on the sleeves", "unsupported"),
        BQ.material("silk", "unsupported"),
        title="Sweet Dreams Women Pink Star Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man, full length, front, white backdrop: navy knit lounge pants with a white drawstring, no pockets,
    # worn with a plain white crew-neck t-shirt, barefoot; base BLIP-2 zero-shot wrote every text.
    case(
        "X808-002",
        caption("a man in a white t-shirt and blue pants standing in front of a white wall"),
        wearing("a white t-shirt and navy blue pants"),
        color_of("lounge pants", "white", "other_garment_color"),
        BQ.garment_type("pants"),
        BQ.pattern("striped", "contradiction"),
        describe(
            "lounge pants", "navy blue pants with a drawstring waist and two side pockets with zippers", "unsupported"
        ),
        BQ.material("cotton"),
        title="Jockey Men Navy Blue Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: headless torso crop, chin to hips, white backdrop: black lace padded bra with a small bow at the centre
    # and matching black lace briefs, back hook closure not visible, no front clasp; base BLIP-2 zero-shot.
    case(
        "X808-003",
        caption("a woman in a black lace bra and panties"),
        wearing("she is wearing a black bra and underwear", who="she"),
        BQ.color("black"),
        BQ.garment_type("bra"),
        describe("bra", "no", "non_answer"),
        details("bra", "the bra has padded cups and a front clasp", "unsupported"),
        BQ.material("lace"),
        title="Enamor Women Black Lace Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay, no person, white backdrop: three folded briefs, black, grey melange and navy, each with a white
    # waistband printed with the brand name in black; base BLIP-2 zero-shot. The feed row has no color.
    case(
        "X808-004",
        caption(
            "three pairs of men's underwear in black, grey and blue, three pairs of men's underwear in black,"
            " grey and blue, three pairs of men's underwear in black, grey and blue, three pairs of",
            "loop",
            hit_limit=True,
        ),
        wearing("underwear"),
        describe("briefs", "a pack of four briefs", "contradiction"),
        details("briefs", "the briefs have a white waistband with black writing on it"),
        BQ.material("cotton"),
        is_a("pair of boxers", "no"),
        title="Hanes Men Pack of 3 Assorted Cotton Briefs",
        category="Briefs",
        gender="Men",
    ),
    # photo: woman, full length, front, white backdrop: knee-length sleeveless blue nightdress with spaghetti straps
    # and a white-and-light-blue floral print, holding a white mug; base BLIP-2 zero-shot.
    case(
        "X808-005",
        caption("a woman in a blue nightgown holding a white coffee mug"),
        wearing("a white nightgown", "contradiction"),
        BQ.color("blue"),
        BQ.pattern("floral"),
        details("nightdress", "the details of the nightdress are the nightdress details", "restated"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        describe("nightdress", "a blue and white floral nightdress with spaghetti straps"),
        BQ.material("cotton"),
        title="Kanvin Women Blue Floral Print Cotton Nightdress",
        category="Nightdress",
        color="Blue",
        gender="Women",
    ),
    # photo: man, neck to knees, front, white backdrop: red-and-navy checked woven boxers with an elastic waistband and
    # a two-button fly, no pockets, worn with a grey melange sleeveless vest; base BLIP-2 zero-shot.
    case(
        "X808-006",
        caption("a man in a grey tank top and red plaid shorts"),
        wearing("a grey tank top and grey shorts", "other_garment_color"),
        color_of("boxers", "grey", "other_garment_color"),
        BQ.pattern("checked"),
        details("boxers", "the boxers have side pockets and a zipper", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Jockey Men Red Checked Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: woman, full length, front, white backdrop: long maroon satin robe with a tie belt and long sleeves, no
    # hood, a matching maroon satin nightdress showing at the neckline; base BLIP-2 zero-shot.
    case(
        "X808-007",
        caption("a woman in a red satin robe"),
        wearing("a robe"),
        BQ.color("maroon"),
        BQ.garment_type("dress", "contradiction"),
        BQ.material("satin"),
        describe("robe", "a long red robe with a belt and a hood", "unsupported"),
        BQ.sleeve_length("long sleeves"),
        title="Amante Women Maroon Satin Robe",
        category="Robe",
        color="Maroon",
        gender="Women",
    ),
    # photo: man, full length, front, white backdrop: night suit, long-sleeve button-front top with blue and white
    # vertical stripes, notch collar, chest pocket, solid navy pyjama pants; base BLIP-2 zero-shot.
    case(
        "X808-008",
        caption("a man in a blue and white striped pajama shirt and blue pants"),
        wearing("she is wearing pajamas", "pronoun"),
        color_of("pants", "blue"),
        BQ.pattern("striped"),
        describe(
            "night suit",
            "a blue and white striped long sleeve pajama shirt with a collar and buttons down the front, a pocket"
            " on the left side of the chest and navy blue pajama pants with an elastic",
            "cut",
            hit_limit=True,
        ),
        BQ.sleeve_length("short sleeves", "contradiction"),
        details("pajamas", "the pajamas have a collar, buttons down the front and a pocket on the chest"),
        BQ.material("fabric", "non_answer"),
        title="Van Heusen Men Blue Striped Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, head to knees, front, white backdrop: white cotton camisole with adjustable strap sliders and a
    # narrow lace trim at the neckline, worn with mid-blue jeans; base BLIP-2 zero-shot.
    case(
        "X808-009",
        caption("a woman in a white tank top and jeans"),
        wearing("a white camisole and blue jeans"),
        BQ.color("blue", "other_garment_color"),
        BQ.garment_type("camisole"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("the camisole is made of the material of the camisole", "restated"),
        describe("camisole", "a white camisole with adjustable straps"),
        details(
            "camisole",
            "the camisole has a lace trim on the neckline and a lace trim on the neckline and a lace trim on the"
            " neckline and a lace",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Women White Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: man, full length, front, white backdrop: white ribbed cotton sleeveless vest with a scoop neck, worn with
    # grey track pants; base BLIP-2 zero-shot.
    case(
        "X808-010",
        caption("a man in a white tank top and grey sweatpants"),
        wearing("he is wearing a white vest and grey pants", who="he"),
        color_of("vest", "white"),
        BQ.color("grey", "other_garment_color"),
        BQ.pattern("striped", "contradiction"),
        BQ.sleeve_length("sleeveless"),
        details("vest", "the vest is ribbed and has a round neck"),
        BQ.material("wool", "unsupported"),
        title="Rupa Men White Ribbed Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman sitting on a wooden stool, full length, white backdrop: grey melange jogger lounge pants with
    # ribbed ankle cuffs and a drawstring, worn with a white t-shirt; base BLIP-2 zero-shot. No gender column.
    case(
        "X808-011",
        caption("a woman sitting on a stool wearing grey sweatpants and a white t-shirt"),
        wearing("white sweatpants", "other_garment_color"),
        color_of("lounge pants", "grey"),
        BQ.color("white", "other_garment_color"),
        BQ.garment_type("t-shirt", "contradiction"),
        describe("lounge pants", "grey jogger pants with cuffs at the ankles and a drawstring"),
        BQ.material("cotton"),
        title="Hanes Women Grey Melange Cotton Blend Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # photo: headless torso crop, navel to mid-thigh, white backdrop: grey trunk with a black waistband lettered in
    # white; base BLIP-2 zero-shot.
    case(
        "X808-012",
        caption("a man in grey underwear"),
        wearing("she is wearing grey underwear", "pronoun"),
        BQ.color("black", "contradiction"),
        is_a("pair of trunks", "yes"),
        details("trunk", "the trunk has a black waistband with white letters"),
        BQ.material("cotton"),
        title="Jockey Men Grey Cotton Stretch Trunk",
        category="Trunk",
        color="Grey",
        gender="Men",
    ),
    # photo: woman kneeling, hands on her knees, head tilted, white backdrop: red satin baby doll with black lace
    # trim at the bust and hem, a front split below the bust, and a matching red thong; base BLIP-2 zero-shot.
    case(
        "X808-013",
        caption(
            "a woman in a red satin babydoll with black lace trim on the top and the bottom and a matching red"
            " thong kneeling on a white background with her hands on her knees and her head tilted to the side"
            " and her hair",
            "cut",
            hit_limit=True,
        ),
        wearing("lingerie"),
        BQ.color("red"),
        BQ.material("cotton", "unsupported"),
        describe("baby doll", "a red babydoll with black lace and a matching thong"),
        details("baby doll", "Question: What are the baby doll details? Answer: lace", "leak"),
        title="Clovia Women Red Satin Baby Doll with Thong",
        category="Baby Dolls",
        color="Red",
        gender="Women",
    ),
    # photo: man, full length, front, white backdrop: olive cotton lounge shorts with a drawstring, black crew-neck
    # t-shirt, black flip-flops; base BLIP-2 zero-shot.
    case(
        "X808-014",
        caption("a man in a black t-shirt and green shorts"),
        wearing("shorts"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        BQ.garment_type("shorts"),
        describe("shorts", "olive green shorts with a drawstring and a zipper fly", "unsupported"),
        details("shorts", "they are shorts", "non_answer"),
        BQ.material("cotton"),
        title="U.S. Polo Assn. Men Olive Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, full length, front, white backdrop: capri night suit, teal short-sleeve t-shirt with a white
    # panda print, teal-and-white checked capri pants without visible pockets; base BLIP-2 zero-shot.
    case(
        "X808-015",
        caption("a woman in a blue t-shirt with a panda on it and plaid pants"),
        wearing("pajamas Question: What is the color of the pajamas? Answer: blue", "leak"),
        BQ.color("teal"),
        BQ.pattern("printed"),
        color_of("pants", "teal and white", kind="open"),
        describe("night suit", "a blue pajama set with a panda on the shirt and pockets on the pants", "unsupported"),
        BQ.sleeve_length("short sleeves"),
        title="Sweet Dreams Women Teal Panda Print Capri Set",
        category="Night suits",
        color="Teal",
        gender="Women",
    ),
    # photo: man, knees up, front, white backdrop: white cotton terry bath robe, shawl collar, tie belt, chest pocket
    # with a small embroidered logo; base BLIP-2 zero-shot.
    case(
        "X808-016",
        caption("a man in a white bathrobe"),
        wearing("she is wearing a white bathrobe", "pronoun"),
        BQ.color("white"),
        BQ.garment_type("robe"),
        is_a("jacket", "yes", "contradiction"),
        describe("robe", "a bathrobe", "non_answer"),
        BQ.material("terry cloth"),
        details("robe", "the robe has a shawl collar, a belt and a pocket on the chest with a logo"),
        title="Marks & Spencer Men White Cotton Terry Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Men",
    ),
    # photo: flat lay, no person, white backdrop: five hipster briefs fanned out, pink, purple, peach, black and
    # white; base BLIP-2 zero-shot. The feed row has no gender.
    case(
        "X808-017",
        caption("five women's panties in different colors on a white background"),
        wearing("panties"),
        describe("briefs", "five pairs of briefs in pink, purple, peach, black and white"),
        details(
            "briefs",
            "the panties are pink, purple, pink, purple, pink, purple, pink, purple, pink, purple, pink, purple,"
            " pink, purple",
            "loop",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        is_a("bra", "yes", "contradiction"),
        title="Zivame Women Pack of 5 Assorted Cotton Hipster Briefs",
        category="Briefs",
        color="Multi",
    ),
    # photo: man, full length, front, white backdrop: charcoal crew-neck lounge t-shirt with a small chest logo, worn
    # with black lounge shorts; base BLIP-2 zero-shot.
    case(
        "X808-018",
        caption("a man in a grey t-shirt and black shorts"),
        wearing("she is wearing a t-shirt and shorts", "pronoun"),
        BQ.color("black", "other_garment_color"),
        BQ.sleeve_length("short sleeves"),
        describe("t-shirt", "a dark grey t-shirt with a small logo on the chest"),
        details(
            "t-shirt",
            "the t-shirt has a round neck, short sleeves, a small logo on the left side of the chest and a straight"
            " hem, and it is worn with black shorts that have a",
            "cut",
            hit_limit=True,
        ),
        BQ.material("polyester", "unsupported"),
        title="Jockey Men Charcoal Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: headless torso crop, chest to mid-thigh, white backdrop: nude high-waist thigh-shaper shorts worn with a
    # nude t-shirt bra; two separate pieces; base BLIP-2 zero-shot.
    case(
        "X808-019",
        caption("a woman in a beige bodysuit", "contradiction"),
        wearing("she is wearing beige underwear", who="she"),
        BQ.color("beige"),
        BQ.garment_type("bra", "contradiction"),
        describe("shapewear", "beige shapewear Question: what is the color of the bra? Answer: beige", "leak"),
        details("shapewear", "the shapewear has a high waist and goes down to the thighs"),
        BQ.material("nylon"),
        title="Triumph Women Nude Nylon High Waist Thigh Shaper",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: woman, full length, standing beside a white chair with one hand on its back, white backdrop: long
    # lavender satin nightdress, spaghetti straps, lace at the neckline, no slit, no robe; base BLIP-2 zero-shot.
    case(
        "X808-020",
        caption("a woman in a purple nightgown standing next to a white chair"),
        wearing("a long purple nightgown with a matching robe", "unsupported"),
        BQ.color("lavender"),
        color_of("nightdress", "white", "contradiction", kind="open"),
        details("nightdress", "the details of the nightdress are the details on the nightdress", "restated"),
        BQ.sleeve_length("sleeveless"),
        describe("nightdress", "a long satin nightdress with lace on the chest and a slit on the side", "unsupported"),
        BQ.material("satin"),
        title="Amante Women Lavender Satin Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, full length, front, white backdrop: night suit, maroon t-shirt printed "SLEEP MODE ON" in white, grey
    # melange shorts; base BLIP-2 zero-shot.
    case(
        "X808-021",
        caption("a man in a red t-shirt that says sleep mode on and grey shorts"),
        wearing("a red shirt and grey shorts"),
        BQ.color("grey", "other_garment_color"),
        BQ.pattern("graphic"),
        color_of("shorts", "grey"),
        details("t-shirt", "the t-shirt says sleep mode on"),
        describe("night suit", "Question: Describe the night suit. Answer: a red t-shirt and grey shorts", "leak"),
        title="Huetrap Men Maroon Sleep Mode On Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, three-quarter front view, full length, white backdrop: pink non-padded sports bra with racerback
    # straps and a wide underband, worn with black leggings; base BLIP-2 zero-shot.
    case(
        "X808-022",
        caption("a woman in a pink sports bra and black leggings"),
        wearing("a sports bra and leggings"),
        BQ.color("black", "other_garment_color"),
        BQ.garment_type("bra"),
        color_of("bra", "black", "other_garment_color", kind="open"),
        describe("bra", "a sports bra", "non_answer"),
        details("bra", "the bra has a racerback and a wide band under the chest"),
        BQ.material("cotton"),
        title="Jockey Women Pink Non-Padded Cotton Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: flat lay, no person, white backdrop: two folded woven boxers side by side, one navy with thin white
    # piping at the hem, one grey, both with branded elastic waistbands and a button fly; base BLIP-2 zero-shot.
    case(
        "X808-023",
        caption("three pairs of boxer shorts on a white background", "contradiction"),
        wearing("a pair of boxers"),
        describe("boxers", "two pairs of boxers, one navy blue and one grey"),
        details(
            "boxers",
            "the boxers have an elastic waistband with the brand name printed on it in white letters, a button fly"
            " at the front and the navy pair has a thin white stripe along the",
            "cut",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        is_a("pair of boxers", "yes"),
        title="Fruit of the Loom Men Pack of 2 Cotton Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: woman, full length, front, white backdrop: yellow lounge t-shirt printed "WEEKEND MODE" in black, worn
    # with light blue lounge shorts; base BLIP-2 zero-shot.
    case(
        "X808-024",
        caption("a woman in a yellow t-shirt and blue shorts"),
        wearing("a yellow t-shirt"),
        color_of("t-shirt", "yellow"),
        BQ.color("blue", "other_garment_color"),
        BQ.pattern("striped", "contradiction"),
        describe("t-shirt", "a yellow t-shirt with the words weekend mode on the front in black letters"),
        BQ.material("cotton"),
        details("t-shirt", "the t-shirt has a pocket on the chest and a zipper", "unsupported"),
        title="Chemistry Women Yellow Printed Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: man, head to knees, front, white backdrop: black sleeveless cotton vest, worn with mid-blue jeans; base
    # BLIP-2 zero-shot.
    case(
        "X808-025",
        caption("a man in a black tank top and jeans"),
        wearing("he is wearing a black tank top and blue jeans", who="he"),
        color_of("vest", "blue", "other_garment_color"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("the garment is made of a material", "restated"),
        details("vest", "black", "non_answer"),
        title="Macroman Men Black Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, no person, white backdrop: two plain cotton camisoles with thin straps, no lace, one black,
    # one white; base BLIP-2 zero-shot. The feed row has no category.
    case(
        "X808-026",
        caption("two tank tops, one black and one white"),
        wearing("a tank top"),
        BQ.garment_type("camisole"),
        describe("camisole", "two camisoles with thin straps and lace trim", "unsupported"),
        details("camisole", "the camisole details are the camisole's details", "restated"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("silk", "unsupported"),
        title="Lovable Women Pack of 2 Cotton Camisoles",
        color="Multi",
        gender="Women",
    ),
    # photo: woman, full length, front, white backdrop: short navy kimono robe with a pink and white floral print and
    # a tie belt, no hood or pockets, over a white nightdress; base BLIP-2 zero-shot.
    case(
        "X808-027",
        caption("a woman in a blue floral robe over a white nightgown"),
        wearing("a kimono"),
        BQ.color("white", "other_garment_color"),
        BQ.pattern("floral"),
        BQ.material("polyester Answer: polyester", "leak"),
        describe("robe", "a short navy robe with pink and white flowers and a belt at the waist"),
        details("robe", "the robe has a hood and two pockets", "unsupported"),
        title="Sweet Dreams Women Navy Blue Floral Print Kimono Robe",
        category="Robe",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, full length, front, holding a white mug, white backdrop: red and black buffalo-check flannel lounge
    # pants with an elastic waist and drawstring, worn with a black t-shirt; base BLIP-2 zero-shot.
    case(
        "X808-028",
        caption("a man in a black t-shirt and red plaid pajama pants holding a mug"),
        wearing("plaid pants and a black shirt"),
        BQ.color("red"),
        BQ.pattern("checked"),
        describe(
            "lounge pants",
            "red and black checked flannel pajama pants with an elastic waistband, a black drawstring tied in a"
            " bow at the front and straight legs that go all the way down to the",
            "cut",
            hit_limit=True,
        ),
        BQ.material("flannel"),
        details("lounge pants", "the lounge pants details are the details of the lounge pants", "restated"),
        title="Marks & Spencer Men Red Checked Flannel Lounge Pants",
        category="Lounge Pants",
        color="Red",
        gender="Men",
    ),
    # photo: woman, full length, front, white backdrop: peach satin night suit, long-sleeve button-down shirt with
    # notch collar, chest pocket and white piping, full-length pants; base BLIP-2 zero-shot.
    case(
        "X808-029",
        caption("a woman in a peach satin pajama set"),
        wearing("pajamas"),
        BQ.color("pink"),
        BQ.sleeve_length("long sleeves"),
        BQ.pattern("floral", "contradiction"),
        describe(
            "night suit",
            "a peach satin pajama set with a shirt and pants, and a peach satin pajama set with a shirt and pants,"
            " and a peach satin",
            "loop",
            hit_limit=True,
        ),
        details("pajamas", "the pajamas have white piping on the collar, the cuffs and the pocket"),
        BQ.material("cotton", "unsupported"),
        title="Amante Women Peach Satin Button Down Night Suit",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: headless torso crop, navel to upper thigh, white backdrop: turquoise blue briefs with a wide turquoise
    # waistband bearing the logo and a contoured front pouch; base BLIP-2 zero-shot.
    case(
        "X808-030",
        caption("a woman in blue underwear", "pronoun"),
        wearing("a pair of blue briefs"),
        BQ.color("green", "contradiction"),
        is_a("pair of briefs", "yes"),
        details("briefs", "the briefs have a wide waistband with the logo and a front pouch"),
        BQ.material("Answer: cotton", "leak"),
        title="Calvin Klein Men Turquoise Blue Briefs",
        category="Briefs",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: woman, full length, front, white backdrop: green cotton lounge shorts with a white daisy print and a
    # drawstring, worn with a white tank top; base BLIP-2 zero-shot.
    case(
        "X808-031",
        caption("a woman in a white tank top and green floral shorts"),
        wearing("a white tank top and white shorts", "other_garment_color"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        BQ.pattern("floral"),
        details("shorts", "yes", "non_answer"),
        describe("shorts", "green shorts with white flowers and a drawstring"),
        BQ.material("denim", "unsupported"),
        title="Chemistry Women Green Floral Print Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Green",
        gender="Women",
    ),
    # photo: man, full length, front, white backdrop: night suit, grey melange long-sleeve henley with three buttons
    # and no pocket, grey and black checked pyjama pants with a drawstring; base BLIP-2 zero-shot.
    case(
        "X808-032",
        caption("a man in a grey long sleeve shirt and plaid pants"),
        wearing("he is wearing a grey shirt and plaid pants", who="he"),
        BQ.color("grey"),
        BQ.sleeve_length("long sleeves"),
        BQ.pattern("striped", "contradiction"),
        details("shirt", "the shirt has three buttons at the neck and a pocket on the chest", "unsupported"),
        BQ.material("silk", "unsupported"),
        describe("night suit", "a grey henley shirt and grey and black checked pants with a drawstring"),
        title="Jockey Men Grey Henley Night Suit",
        category="Night suits",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, full length, hugging a white pillow, white backdrop: black short-sleeve knee-length cotton sleep
    # shirt printed "GOOD NIGHT" in white with a crescent moon; base BLIP-2 zero-shot.
    case(
        "X808-033",
        caption("a woman in a black t-shirt dress holding a pillow"),
        wearing("he is wearing a black nightshirt", "pronoun"),
        BQ.color("white", "contradiction"),
        BQ.garment_type("dress"),
        describe("nightdress", "describe the nightdress: it is a nightdress", "restated"),
        details("nightdress", "the nightdress says good night with a moon"),
        BQ.sleeve_length("short sleeves"),
        BQ.material("cotton"),
        title="Sweet Dreams Women Black Good Night Print Cotton Nightdress",
        category="Nightdress",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay, no person, white backdrop: one pair of white woven boxers with blue polka dots, elastic
    # waistband and a single-button fly; base BLIP-2 zero-shot.
    case(
        "X808-034",
        caption("a pair of white boxer shorts with blue polka dots"),
        wearing("boxers"),
        BQ.color("blue", "contradiction"),
        BQ.pattern("polka dot"),
        details("boxers", "the boxers have an elastic waistband and a button"),
        BQ.material("cotton"),
        describe("boxers", "yes", "non_answer"),
        title="Jockey Men White Polka Dot Woven Cotton Boxers",
        category="Boxers",
        color="White",
        gender="Men",
    ),
    # photo: woman, head to thighs, front, white backdrop: skin-colored seamless padded t-shirt bra, plain, no lace or
    # bow, worn with mid-blue jeans; base BLIP-2 zero-shot.
    case(
        "X808-035",
        caption("a woman in a beige bra and jeans"),
        wearing("a bra and jeans"),
        BQ.color("blue", "other_garment_color"),
        BQ.garment_type("bra"),
        details("bra", "the bra has lace on the straps and a bow", "unsupported"),
        BQ.material("nylon Question: What is the color of the bra? Answer: beige", "leak"),
        title="Enamor Women Skin Padded Nylon T-shirt Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: man sitting on a white cube, full length, white backdrop: plain white round-neck cotton lounge t-shirt,
    # worn with navy pyjama pants; base BLIP-2 zero-shot.
    case(
        "X808-036",
        caption("a man sitting on a white box wearing a white t-shirt and blue pants"),
        wearing(
            "a white shirt and blue pajama pants Question: What is the man wearing? Answer: a white shirt and"
            " blue pajama pants",
            "leak",
        ),
        BQ.color("blue", "other_garment_color"),
        BQ.sleeve_length("short sleeves"),
        describe("t-shirt", "a plain white t-shirt with a round neck"),
        details("t-shirt", "the t-shirt has a logo on the chest and a pocket", "unsupported"),
        BQ.material("cotton"),
        title="Van Heusen Men White Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman, full length, front, white backdrop: lavender shorts set with white polka dots, sleeveless top and
    # shorts, no accessories; base BLIP-2 zero-shot.
    case(
        "X808-037",
        caption("a woman in purple pajamas with white polka dots"),
        wearing("he is wearing purple pajamas", "pronoun"),
        BQ.color("purple"),
        BQ.pattern("polka dot"),
        BQ.sleeve_length("sleeveless"),
        details("night suit", "", "non_answer"),
        describe("night suit", "a sleeveless top and shorts with polka dots and a matching eye mask", "unsupported"),
        title="Clovia Women Lavender Polka Dot Shorts Set",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, full length, front, white backdrop: navy waffle-knit cotton bath robe, tie belt, two hip patch
    # pockets, no hood, white t-shirt at the neck and grey lounge pants below; base BLIP-2 zero-shot.
    case(
        "X808-038",
        caption("a man in a blue robe and grey pants"),
        wearing("a bathrobe"),
        color_of("robe", "grey", "other_garment_color"),
        BQ.garment_type("robe"),
        details("robe", "the robe has a belt, two pockets and a hood", "unsupported"),
        BQ.material("waffle cotton"),
        describe(
            "robe",
            "a navy blue robe with a belt and a navy blue robe with a belt and a navy blue robe with a belt and a"
            " navy blue robe",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Men Navy Blue Waffle Knit Cotton Bath Robe",
        category="Bath Robe",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: headless torso crop, chest to thighs, white backdrop: black high-waist cotton briefs, worn with a white
    # bra; base BLIP-2 zero-shot.
    case(
        "X808-039",
        caption("a woman in a white bra and black panties"),
        wearing("she is wearing a white bra and black underwear", who="she"),
        BQ.color("white", "other_garment_color"),
        is_a("pair of briefs", "yes"),
        details("briefs", "the briefs have a high waist"),
        describe("briefs", "black briefs with a high waist and lace on the sides", "unsupported"),
        BQ.material("cotton"),
        title="Jockey Women Black High Waist Cotton Briefs",
        category="Briefs",
        color="Black",
        gender="Women",
    ),
    # photo: woman, full length, front, white backdrop: black wide-leg knit lounge pants with a white stripe down each
    # side and a black drawstring, worn with a pink cropped t-shirt; base BLIP-2 zero-shot.
    case(
        "X808-040",
        caption("a woman in a pink crop top and black pants with a white stripe"),
        wearing("a pink top and pink pants", "other_garment_color"),
        color_of("lounge pants", "pink", "other_garment_color"),
        BQ.garment_type("pants"),
        describe("lounge pants", "black wide leg pants with a white stripe down the side"),
        BQ.material("silk", "unsupported"),
        details(
            "lounge pants",
            "the pants have a white stripe down each side and an elastic waistband with a black drawstring and the"
            " legs are wide and loose at the bottom so they",
            "cut",
            hit_limit=True,
        ),
        title="Chemistry Women Black Side Stripe Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man, head to knees, front, white backdrop: grey melange cotton gym vest with deep armholes and a small
    # chest logo, worn with black shorts; base BLIP-2 zero-shot.
    case(
        "X808-041",
        caption("a man in a grey tank top and black shorts"),
        wearing("she is wearing a grey tank top and black shorts", "pronoun"),
        BQ.color("grey"),
        color_of("vest", "black", "other_garment_color", kind="open"),
        describe("vest", "grey", "non_answer"),
        BQ.sleeve_length("short sleeves", "contradiction"),
        BQ.material("cotton"),
        details("vest", "the vest has a small logo on the chest"),
        title="Jockey Men Grey Melange Cotton Gym Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, head to thighs, front, white backdrop: pink satin camisole with adjustable straps and lace at the
    # neckline, worn with matching pink satin shorts (sold separately); base BLIP-2 zero-shot.
    case(
        "X808-042",
        caption("a woman in a pink satin camisole and shorts"),
        wearing("a white satin top and pink shorts", "contradiction"),
        BQ.color("pink"),
        BQ.garment_type("shorts", "contradiction"),
        BQ.material("satin"),
        describe("camisole", "pink", "non_answer"),
        details("camisole", "the camisole has adjustable straps and lace on the top"),
        title="Amante Women Pink Satin Lace Trim Camisole",
        category="Camisoles",
        color="Pink",
        gender="Women",
    ),
    # photo: man, full length, front, white backdrop: navy night suit, long-sleeve t-shirt and pants, both with a
    # yellow crescent-moon and star print, no zip or buttons; base BLIP-2 zero-shot.
    case(
        "X808-043",
        caption(
            "a man in blue pajamas with yellow moons and stars and moons and stars and moons and stars and moons"
            " and stars and moons and stars and moons and stars and moons and stars and moons and",
            "loop",
            hit_limit=True,
        ),
        wearing("pajamas"),
        BQ.color("yellow", "contradiction"),
        BQ.pattern("printed"),
        BQ.sleeve_length("long sleeves"),
        BQ.material("the garment is made of the material it is made of", "restated"),
        details("pajamas", "the pajamas have moons and stars and a zipper on the front", "unsupported"),
        title="Sweet Dreams Men Navy Blue Moon Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, knees up, front, white backdrop: short white waffle-knit robe with a tie belt and a patch pocket
    # on each hip; base BLIP-2 zero-shot.
    case(
        "X808-044",
        caption("a woman in a white bathrobe"),
        wearing("he is wearing a white robe", "pronoun"),
        BQ.color("white"),
        BQ.garment_type("coat", "contradiction"),
        BQ.material("silk", "unsupported"),
        details("robe", "the robe has a belt and a pocket on each side"),
        title="Kanvin Women White Waffle Knit Short Robe",
        category="Robe",
        color="White",
        gender="Women",
    ),
    # photo: man, full length, front, white backdrop: beige linen-blend drawstring lounge pants, worn with a navy
    # hoodie; base BLIP-2 zero-shot.
    case(
        "X808-045",
        caption("a man in a blue hoodie and khaki pants"),
        wearing("a hoodie and pants"),
        color_of("lounge pants", "navy", "other_garment_color", kind="open"),
        BQ.garment_type("hoodie", "contradiction"),
        BQ.color("blue", "other_garment_color"),
        describe("lounge pants", "beige pants with a drawstring"),
        BQ.material("linen"),
        details("lounge pants", "pants", "non_answer"),
        title="Marks & Spencer Men Beige Linen Blend Lounge Pants",
        category="Lounge Pants",
        color="Beige",
        gender="Men",
    ),
    # photo: woman, full length, front, white backdrop: navy baby doll with white polka dots and a small bow at the
    # bust, matching navy polka-dot shorts; base BLIP-2 zero-shot.
    case(
        "X808-046",
        caption("a woman in a blue and white polka dot nightie and shorts"),
        wearing("a nightgown"),
        BQ.color("white", "contradiction"),
        BQ.pattern("polka dot"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        details(
            "baby doll",
            "the baby doll has a bow on the front and a bow on the front and a bow on the front and a bow on the"
            " front and a bow on the front and a",
            "loop",
            hit_limit=True,
        ),
        describe("baby doll", "a navy blue babydoll with white polka dots and a bow on the front"),
        BQ.material("cotton"),
        title="Clovia Women Navy Blue Polka Dot Cotton Baby Doll with Shorts",
        category="Baby Dolls",
        color="Navy Blue",
        gender="Women",
    ),
]
