"""BLIND_1536 (45 products; Myntra men's tees, polos and shirts, base BLIP-2 zero-shot): written blind in the sixty-
sixth session. Measured blind at 71dbb3c (the session's first rules): 55/75 failures found (73.3%) and 15/247 correct
texts flagged (6.1%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Shirts; polos are Tshirts with "Polo Collar" in the
title, as Myntra files them). Catalog columns as the feed has them: title, category (the article type), color (the
base colour: Navy Blue, Grey Melange, Off White, Rust, Multi...), gender; a few rows lack one of them. Photos are the
usual studio shots on a plain light-grey backdrop: a model wearing the product with jeans, chinos or shorts, a few
layered looks, two flat lays, one back view, props now and then (skateboard, backpack).
Who wrote what: every text is the base Salesforce/blip2-opt-2.7b, no adapter, zero-shot. The caption is the
unprompted caption (max 50 new tokens); the answers are the enrich default questionnaire (wearing, garment_type,
color, pattern, sleeve_length, description, details, material) with the `Question: ... Answer:` prompt, greedy free
generation, max 30 new tokens, stopped at the newline; the closed questions were also free-generated, so they are
stored closed but their text is whatever the model wrote. Not every question is kept for every product.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Loose but true wording is correct: "shirt" for a t-shirt or polo, "polo" for a polo t-shirt, "green" for olive
or teal, "purple" for lavender, "red" for maroon, "plaid"/"checkered" for checks, "solid" for a melange or for a tee
with only a small chest logo, "button down" for any button-front shirt, "white" for off-white. A tee with a large
chest print or an all-over print is printed, so "solid" there is a contradiction. Wrong pattern, sleeve length or
garment kind is `contradiction`; rolled-up long sleeves answered "short" count as wrong (the garment is long-sleeved).
The color of the pants, jacket or trim given as the product's color is `other_garment_color`; one color given to two
garments in the wearing answer is `contradiction`; an answer about a prop is `contradiction` (accessory answered as
garment). Material: judged against the title when it names the fabric or a synthetic line (Rapid-Dry, Dri-FIT);
when the title is silent, a common fabric the photo looks like ("cotton" for a jersey tee) is left unmarked, while a
specific fabric the photo does not show (linen, silk, wool for a cotton knit) is `unsupported`; the material of a
layered jacket is `unsupported` too. Invented pockets, neck styles, sunglasses, a misread print ("wrong" for WROGN)
are `unsupported`. On flat lays, "What is the person wearing?" answered with the product is left unmarked. A caption
that ignores the garment but is true ("a man with his hands in his pockets") is unmarked. "none"/"unknown"/"i don't
know" and a bare "clothing" are `non_answer`; a sentence that only turns the question around is `restated`. A text
that echoes `Question:`/`Answer:` is `leak` even when its first words are right. A text that repeats a phrase to the
limit is `loop`; one that stops mid-phrase at the limit without repeating is `cut`; both have hit_limit.
About a quarter of the texts are wrong, fewer than the usual four in ten: the untuned base on clean studio shots gets
most short closed answers right; its errors gather in details, descriptions, material and the wearing answer.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1536 = [
    # Photo: model in a plain navy crew-neck tee, light-blue jeans, white sneakers, grey backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot. All correct.
    case(
        "X1536-001",
        caption("a man in a navy blue t-shirt and jeans"),
        Q.wearing("a blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue t-shirt with a round neck"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: black slim running tee with a small silver reflective HRX logo on the chest, black track pants, mid-stride.
    # All texts: base BLIP-2 zero-shot. The HRX logo read as Nike; "cotton" for a Rapid-Dry (polyester) tee.
    case(
        "X1536-002",
        caption("a man in a black t-shirt and black pants running"),
        Q.wearing("a black t-shirt and black pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a white nike logo on the chest", "unsupported"),
        Q.details("the t-shirt has a logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Solid Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white pique polo, small navy embroidered logo on the left chest, no pocket, navy chinos.
    # All texts: base BLIP-2 zero-shot. The pocket is invented.
    case(
        "X1536-003",
        caption("a man wearing a white polo shirt and blue pants"),
        Q.wearing("a white polo shirt and blue pants"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.sleeve_length("short"),
        Q.details("the shirt has a pocket on the left side", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: olive long-sleeved casual shirt with a spread collar, sleeves rolled up to the elbows, beige chinos.
    # All texts: base BLIP-2 zero-shot. The rolled sleeves read as short sleeves twice.
    case(
        "X1536-004",
        caption("a man in a green shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a green shirt with a button down collar and short sleeves", "contradiction"),
        Q.details("the sleeves are rolled up"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: black tee with a large white "WROGN" wordmark across the chest, grey ripped jeans.
    # All texts: base BLIP-2 zero-shot. The caption misreads the print; grey jeans made black; "solid" for a big print.
    case(
        "X1536-005",
        caption("a man wearing a black t-shirt with the word wrong on it", "unsupported"),
        Q.wearing("a black t-shirt and black jeans", "contradiction"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.description("black t-shirt with white lettering"),
        Q.details("the t-shirt has a print on the front"),
        gender="Men",
        title="WROGN Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: navy and white horizontal Breton stripes, crew neck, beige shorts.
    # All texts: base BLIP-2 zero-shot. All correct.
    case(
        "X1536-006",
        caption("a man in a striped shirt and shorts"),
        Q.wearing("a striped shirt and shorts"),
        Q.garment_type("shirt"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.details("the stripes are blue and white"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: maroon polo with a small embroidered logo, no pocket, dark indigo jeans, brown belt.
    # All texts: base BLIP-2 zero-shot. Color answer is the jeans'; pocket invented.
    case(
        "X1536-007",
        caption("a man in a red polo shirt"),
        Q.garment_type("polo"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a red polo shirt with a collar"),
        Q.details("the shirt has a small logo on the chest and a pocket", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Sport Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: white formal shirt with one chest pocket, long sleeves, tucked into charcoal trousers, black belt, no tie.
    # All texts: base BLIP-2 zero-shot. The caption adds a tie; details cut at the limit.
    case(
        "X1536-008",
        caption("a man in a white shirt and tie", "unsupported"),
        Q.wearing("a white shirt and gray pants"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white dress shirt"),
        Q.details(
            "the shirt has a spread collar, a single chest pocket, and long sleeves with buttoned cuffs. it is tucked "
            "into a pair of grey",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: mustard crew-neck tee, black joggers, model holding a skateboard at his side.
    # All texts: base BLIP-2 zero-shot. The material answer runs on into a new question.
    case(
        "X1536-009",
        caption("a man in a yellow shirt holding a skateboard"),
        Q.wearing("a yellow shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.description("a yellow t-shirt"),
        Q.details("it has a round neck and short sleeves"),
        Q.material("cotton Question: What is the pattern of the garment? Answer: solid", "leak"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: small blue-and-white gingham check shirt, long sleeves, spread collar, no pocket, untucked over white
    # chinos. All texts: base BLIP-2 zero-shot. Button-down collar and pocket invented in the details.
    case(
        "X1536-010",
        caption("a man in a blue and white checkered shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a blue and white gingham shirt"),
        Q.details("the shirt has a button down collar and a pocket on the left side", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Blue & White Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: male model with shoulder-length hair tied back, lavender crew-neck tee, white jeans.
    # All texts: base BLIP-2 zero-shot. Caption and wearing answer call him a woman.
    case(
        "X1536-011",
        caption("a woman in a purple t-shirt and white jeans", "pronoun"),
        Q.wearing("she is wearing a purple shirt and white pants", "pronoun"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: flat lay on white, black tee with "STAY WEIRD" printed in yellow across the chest.
    # All texts: base BLIP-2 zero-shot. All correct (no person: naming the product is accepted).
    case(
        "X1536-012",
        caption("a black t-shirt with yellow text on it"),
        Q.wearing("a black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("text"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with the words stay weird in yellow"),
        Q.details("stay weird"),
        gender="Men",
        title="Bewakoof Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: grey formal shirt with a faint white check, long sleeves, tucked into black trousers.
    # All texts: base BLIP-2 zero-shot. The caption greys the trousers too; the details answer loops to the limit.
    case(
        "X1536-013",
        caption("a man in a gray shirt and gray pants", "contradiction"),
        Q.color("gray"),
        Q.pattern("checkered"),
        Q.sleeve_length("long"),
        Q.description("a gray dress shirt with a white checkered pattern"),
        Q.details(
            "the shirt has a collar, buttons, cuffs, collar, buttons, cuffs, collar, buttons, cuffs, collar, "
            "buttons, cuffs, collar, buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Grey Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: royal-blue tee with a large white Puma cat logo and wordmark on the chest, black shorts.
    # All texts: base BLIP-2 zero-shot. The pattern answer continues with the next question.
    case(
        "X1536-014",
        caption("a man wearing a blue puma t-shirt"),
        Q.wearing("a blue puma shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("logo Question: What is the material of the garment? Answer: cotton", "leak"),
        Q.sleeve_length("short"),
        Q.description("a blue t-shirt with a white puma logo"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Blue Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: white crew-neck tee worn under an open black denim jacket (styling), black jeans; the tee shows only in
    # the opening. All texts: base BLIP-2 zero-shot. Type, color, sleeves and material all follow the jacket.
    case(
        "X1536-015",
        caption("a man in a black jacket and white t-shirt"),
        Q.wearing("a black jacket, white shirt and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="Jack & Jones Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: khaki utility shirt with two flap chest pockets, long sleeves, dark jeans.
    # All texts: base BLIP-2 zero-shot. Color answer is the jeans'; the description runs to the limit mid-sentence.
    case(
        "X1536-016",
        caption("a man wearing a khaki shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description(
            "a khaki shirt with two pockets on the front and a button down collar. the shirt is made of cotton "
            "and has a slim fit. the",
            "cut",
            hit_limit=True,
        ),
        Q.details("two chest pockets with flaps"),
        Q.material("cotton"),
        gender="Men",
        title="Mufti Men Khaki Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: teal oversized drop-shoulder tee, beige cargo pants.
    # All texts: base BLIP-2 zero-shot. No details given.
    case(
        "X1536-017",
        caption("a man in a green t-shirt and khaki pants"),
        Q.wearing("a t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a green t-shirt"),
        Q.details("i don't know", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Difference of Opinion Men Teal Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: back view, black oversized tee with a large colour graphic of a samurai on the back, black jeans.
    # All texts: base BLIP-2 zero-shot. The description puts the print on the front.
    case(
        "X1536-018",
        caption("the back of a man wearing a black t-shirt with a picture of a samurai"),
        Q.wearing("a black t-shirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.description("black t-shirt with a japanese print on the front", "unsupported"),
        Q.details("a man with a sword"),
        Q.material("cotton"),
        gender="Men",
        title="The Souled Store Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: navy polo with white tipping on the collar and sleeve hems, white chinos.
    # All texts: base BLIP-2 zero-shot. Color answer gives the trim/chinos' white.
    case(
        "X1536-019",
        caption("a man in a navy polo shirt and white pants"),
        Q.garment_type("polo shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue polo shirt with white trim"),
        Q.details("white stripes on the collar and sleeves"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: heather-grey training tee with a black swoosh on the chest, black shorts.
    # All texts: base BLIP-2 zero-shot. The shorts turn grey in the wearing answer; "cotton" for a Dri-FIT tee.
    case(
        "X1536-020",
        caption("a man in a gray nike t-shirt and black shorts"),
        Q.wearing("a gray shirt and gray shorts", "contradiction"),
        Q.color("gray"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a gray t-shirt with a black nike logo"),
        Q.details("nike logo"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Grey Melange Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: colour-blocked tee, white body with black sleeves and a black chest panel, black jeans.
    # All texts: base BLIP-2 zero-shot. Caption loops; the color block read as stripes.
    case(
        "X1536-021",
        caption(
            "a man wearing a black and white t-shirt with black sleeves and a black and white t-shirt with black "
            "sleeves and a black and white t-shirt with black sleeves and a black and white",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a black and white shirt and black pants"),
        Q.color("black and white"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Men",
        title="Urbano Fashion Men White & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: light-blue formal shirt, long sleeves, tucked into navy trousers, brown belt, no tie.
    # All texts: base BLIP-2 zero-shot. A tie invented; the details answer turns the question around.
    case(
        "X1536-022",
        caption("a man in a light blue shirt and blue pants"),
        Q.wearing("a blue shirt and tie", "unsupported"),
        Q.garment_type("dress shirt"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        Q.description("a blue dress shirt with a collar"),
        Q.details("the details of the garment are the details of the shirt", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Arrow Men Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: red tee with a mid-size white batwing logo on the chest, blue jeans.
    # All texts: base BLIP-2 zero-shot. All correct ("solid" accepted for a chest logo).
    case(
        "X1536-023",
        caption("a man in a red levi's t-shirt and jeans"),
        Q.wearing("a red shirt and blue jeans"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Men",
        title="Levis Men Red Brand Logo Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: clean-shaven male model, longish swept-back hair, pink long-sleeved shirt, white chinos, no sunglasses.
    # All texts: base BLIP-2 zero-shot. Sunglasses and linen invented; "she" in the wearing answer.
    case(
        "X1536-024",
        caption("a man in a pink shirt and white pants with sunglasses", "unsupported"),
        Q.wearing("she is wearing a pink shirt and white pants", "pronoun"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a pink button down shirt"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Dennis Lingo Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: charcoal full-sleeve henley with a three-button placket, blue jeans.
    # All texts: base BLIP-2 zero-shot. Wearing answer calls it a sweater; details start with the prompt's "Answer:".
    case(
        "X1536-025",
        caption("a man in a gray henley shirt and jeans"),
        Q.wearing("a gray sweater and jeans", "contradiction"),
        Q.garment_type("a long sleeve shirt"),
        Q.color("gray"),
        Q.sleeve_length("long"),
        Q.description("a dark gray henley with three buttons"),
        Q.details("Answer: buttons on the front", "leak"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: off-white waffle-knit long-sleeved crew tee, olive chinos.
    # All texts: base BLIP-2 zero-shot. The waffle knit reads as a wool sweater.
    case(
        "X1536-026",
        caption("a man wearing a white sweater and green pants", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Kook N Keech Men Off White Waffle Knit Pure Cotton Full Sleeve T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Photo: bottle-green polo, beige chinos. No gender column in this row.
    # All texts: base BLIP-2 zero-shot. All correct.
    case(
        "X1536-027",
        caption("a man in a green polo shirt and khaki pants"),
        Q.wearing("a green polo shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        title="Harvard Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: white mandarin-collar shirt, long sleeves, no pocket, black jeans.
    # All texts: base BLIP-2 zero-shot. The wearing answer makes the jeans white too; pocket invented.
    case(
        "X1536-028",
        caption("a man in a white shirt and black jeans"),
        Q.wearing("white shirt and white pants", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white shirt with a mandarin collar"),
        Q.details("the shirt has a mandarin collar and a pocket", "unsupported"),
        gender="Men",
        title="Highlander Men White Mandarin Collar Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: navy tee with an all-over white tropical leaf print, white shorts.
    # All texts: base BLIP-2 zero-shot. The tee described as a hawaiian shirt; the details answer loops.
    case(
        "X1536-029",
        caption("a man in a blue shirt with white leaves on it"),
        Q.wearing("a shirt with leaves"),
        Q.color("blue and white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a blue hawaiian shirt with white leaves", "contradiction"),
        Q.details(
            "white leaves on a blue background, white leaves on a blue background, white leaves on a blue "
            "background, white leaves on a blue",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Moda Rapido Men Navy Blue Tropical Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: matte black formal shirt, long sleeves, black trousers, no jacket.
    # All texts: base BLIP-2 zero-shot. "suit" and "silk" invented.
    case(
        "X1536-030",
        caption("a man in a black shirt and black pants"),
        Q.wearing("a black suit", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.details("black buttons"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Raymond Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: yellow polo, grey jeans. No category column in this row.
    # All texts: base BLIP-2 zero-shot. Color answer is the jeans'; the sleeve answer invents a measurement.
    case(
        "X1536-031",
        caption("a man in a yellow polo shirt"),
        Q.garment_type("polo"),
        Q.color("gray", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("about 2 inches", "unsupported"),
        Q.description("a yellow polo shirt with a collar and buttons"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="WROGN Men Yellow Solid Polo Collar T-shirt",
        color="Yellow",
    ),
    # Photo: navy-and-white horizontally striped polo, no pocket, blue jeans, black backpack over one shoulder.
    # All texts: base BLIP-2 zero-shot. A pocket invented; the details answer is about the backpack.
    case(
        "X1536-032",
        caption("a man in a striped polo shirt holding a backpack"),
        Q.wearing("a striped shirt, jeans and a backpack"),
        Q.color("blue"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a blue and white striped polo shirt with a pocket", "unsupported"),
        Q.details("the backpack is black", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="United Colors of Benetton Men Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: male model with long curly hair, plain white crew tee, beige trousers. No gender column.
    # All texts: base BLIP-2 zero-shot. The wearing answer says "she"; the details answer loops.
    case(
        "X1536-033",
        caption("a person wearing a white t-shirt and beige pants"),
        Q.wearing("she is wearing a white t-shirt and khaki pants", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.details(
            "the t-shirt is white and the pants are khaki and the t-shirt is white and the pants are khaki and the "
            "t-shirt is white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="H&M Men White Regular Fit Round-neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: navy shirt with a tiny white ditsy floral print, spread collar, curved hem, long sleeves, beige chinos.
    # All texts: base BLIP-2 zero-shot. The tiny flowers read as polka dots; details cut at the limit.
    case(
        "X1536-034",
        caption("a man in a blue shirt and khaki pants"),
        Q.wearing("a blue shirt with white polka dots", "contradiction"),
        Q.color("blue"),
        Q.pattern("polka dot", "contradiction"),
        Q.sleeve_length("long"),
        Q.details(
            "the shirt has a small white floral print all over it, a spread collar, and a curved hem. it is a "
            "slim fit shirt with",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Indian Terrain Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: flat lay of two plain crew tees side by side, one black, one olive.
    # All texts: base BLIP-2 zero-shot. All correct.
    case(
        "X1536-035",
        caption("two t-shirts on a white background"),
        Q.wearing("t-shirts"),
        Q.garment_type("t-shirt"),
        Q.color("black and green"),
        Q.pattern("solid"),
        Q.description("a black t-shirt and a green t-shirt"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Pack of 2 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: beige formal shirt with a faint self-design dobby, long sleeves, tucked into brown trousers.
    # All texts: base BLIP-2 zero-shot. Color answer is the trousers'; details and material say nothing.
    case(
        "X1536-036",
        caption("a man in a beige shirt and brown pants"),
        Q.garment_type("shirt"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("none", "non_answer"),
        Q.material("unknown", "non_answer"),
        gender="Men",
        title="Park Avenue Men Beige Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: rust-orange crew-neck tee, black jeans.
    # All texts: base BLIP-2 zero-shot. Wearing answer gives the jeans orange too; v-neck invented.
    case(
        "X1536-037",
        caption("a man wearing an orange t-shirt and black jeans"),
        Q.wearing("an orange shirt and orange pants", "contradiction"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.description("an orange t-shirt with a v-neck", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Spykar Men Rust Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # Photo: mid-blue denim shirt, two flap chest pockets, long sleeves, buttoned, black jeans.
    # All texts: base BLIP-2 zero-shot. Called a denim jacket.
    case(
        "X1536-038",
        caption("a man in a denim shirt and black jeans"),
        Q.garment_type("denim jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a denim shirt with two pockets"),
        Q.details("two pockets on the chest"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: red-and-black buffalo-check flannel shirt worn open over a black tee, blue jeans.
    # All texts: base BLIP-2 zero-shot. Description loops.
    case(
        "X1536-039",
        caption("a man in a red and black plaid shirt"),
        Q.wearing("a plaid shirt, black t-shirt and jeans"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description(
            "a red and black plaid shirt with a red and black plaid shirt with a red and black plaid shirt with "
            "a red and black",
            "loop",
            hit_limit=True,
        ),
        Q.material("flannel"),
        gender="Men",
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: black sleeveless training tank with a small HRX logo on the chest, grey shorts.
    # All texts: base BLIP-2 zero-shot. The shorts made black; "short" for a sleeveless top.
    case(
        "X1536-040",
        caption("a man in a black tank top"),
        Q.wearing("a black tank top and black shorts", "contradiction"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("the tank top has a logo on the chest"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Solid Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: plain burgundy crew-neck tee without a pocket, light-grey chinos.
    # All texts: base BLIP-2 zero-shot. Bare "clothing" for the type; description restates; pocket invented.
    case(
        "X1536-041",
        caption("a man in a maroon t-shirt and gray pants"),
        Q.garment_type("clothing", "non_answer"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the garment is a t-shirt that is worn by a man", "restated"),
        Q.details("a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Celio Men Burgundy Solid Round Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
    ),
    # Photo: white casual shirt, long sleeves, untucked, blue jeans, brown loafers.
    # All texts: base BLIP-2 zero-shot. The wearing answer keeps writing the prompt format to the limit.
    case(
        "X1536-042",
        caption("a man in a white shirt and blue jeans"),
        Q.wearing(
            "a white shirt and blue jeans Question: What is the color of the shirt? Answer: white Question: What "
            "is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Blackberrys Men White Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: plain grey crew-neck tee, black jeans, hands in pockets.
    # All texts: base BLIP-2 zero-shot. All correct.
    case(
        "X1536-043",
        caption("a man with his hands in his pockets"),
        Q.wearing("a gray t-shirt and black jeans"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("a plain gray t-shirt with a crew neck"),
        Q.material("cotton"),
        gender="Men",
        title="GAP Men Grey Solid Crew Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: sea-green mandarin-collar shirt, sleeves rolled to the elbows, white jeans.
    # All texts: base BLIP-2 zero-shot. Color answer is the jeans' white.
    case(
        "X1536-044",
        caption("a man in a green shirt and white jeans"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("rolled up"),
        Q.description("a green shirt with a mandarin collar"),
        Q.material("linen"),
        gender="Men",
        title="Mast & Harbour Men Sea Green Solid Mandarin Collar Linen Cotton Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: short-sleeved camp-collar shirt, black with an abstract beige brushstroke print, beige shorts.
    # All texts: base BLIP-2 zero-shot. Shorts made black; abstract print read as floral; description cut.
    case(
        "X1536-045",
        caption("a man in a black and white shirt and shorts"),
        Q.wearing("a black shirt and black shorts", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short"),
        Q.description(
            "a black and beige short sleeve shirt with a camp collar and a print of abstract shapes. the shirt is "
            "loose fitting and can be worn with",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men Black & Beige Abstract Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
]
