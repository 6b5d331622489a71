"""BLIND_141 (44 products; the experiments re-run on a Myntra-style catalog of men's and women's activewear):
written blind in the twenty-first session. Measured blind at 771b230: 129/140 failures found (92.1%) and 9/145
correct texts flagged (6.2%). The writer's notes, verbatim:

Blind corpus 141: BLIP-2 OPT-2.7b on a Myntra-style activewear catalog.

Scenario: the original experiments' untuned base model and their fine-tuned LoRA adapters, re-run on a
marketplace catalog of men's and women's activewear (sports t-shirts, track pants, joggers, shorts, sports bras,
tights, jerseys, tracksuits, windcheaters, sweatshirts). Photos are athletes and models wearing the product with
other garments (gym, track, court, street, beach, studio) and flat packshots or hanger shots with no person.
Questions are enrich's default questionnaire (DEFAULT_QUESTIONS), plus in some products the experiments' own
"Is this a ...?" and "What is the color of the ...?" questions. Seller columns come from the marketplace: gender,
category (article type), color (base colour), title; some products lack one or more of them.

Which system wrote which text (named again in the comment above every case):
- base: untuned Salesforce/blip2-opt-2.7b. Short answers that stop on their own; wrong pronouns, one color for
  every garment, invented details, empty or restated answers.
- cap-e1 / cap-e3: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch and
  leoreigoto/Data2_V2_Blip2_Finetune_Caption.
  DeepFashion-MultiModal template text ("The gentleman wears a short-sleeve T-shirt with pure color patterns...")
  for every prompt, never stopping: cut at 50 tokens (captions) or 30 (answers), or looping on a template sentence.
- vqa: leoreigoto/Data3_V3_BLIP2_VQA. Right first word, then loops ("black-black-black", "yes yes yes") or runs on
  into the training prompt format ("... Question: What is the color of the pants? Answer: ...").
Greedy decoding, 30 new tokens for answers and 50 for captions; hit_limit=True marks a text that used them all.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py
(the Case/Text layout, the makers, TARGETS). I did not read any audit code, other corpus, or documentation, and
ran nothing but an import check of this file. Every photo is imagined and described in the comment above its case.

Label conventions and judgement calls:
- Every text is judged against the imagined photo and the seller columns; failure=None means a correct answer.
- One label per text, the defect it is filed under. A text that loops until the token limit is "loop"
  (hit_limit=True), not "cut". A template answer returned for a question, stopped mid-phrase at 30 tokens, is
  "cut" (hit_limit=True). A template text that also has a wrong pronoun or a leaked prompt is filed under
  "pronoun" or "leak" and keeps hit_limit=True when it ran to the limit.
- "cut" texts stop mid-phrase; most ran to the limit, three were cut before it (hit_limit=False).
- "other_garment_color": the product's color question answered with the color of another garment in the
  photo (the top worn over or with the product). A print color or a wall/background color given as the product's
  color is "contradiction" (the seller's base colour and the other texts say otherwise).
- "contradiction" also covers: a garment type or yes/no answer the seller's category contradicts, a caption or
  open answer that gives the product a color it does not have, and a color given to another garment that it
  does not have (the "grey for everything" failure).
- "unsupported": details the photo does not show (a back number on a front shot, a hidden zip, pads, lining,
  fabric percentages). A single plausible fabric word for the garment (polyester for a running tee, cotton for a
  sweatshirt, spandex for tights, nylon for a windcheater) counts as a correct material answer.
- "non_answer": empty, "unknown", only the garment's name back, or "they are long/short" for the details.
  "restated": a verbose answer that restates the question ("the details of the garment are the details of ...").
- "pronoun": he/man/gentleman for a woman (seller gender Women) or she/lady for a man.
- Near colors are correct: Navy Blue = blue/navy/dark blue, Charcoal = grey, Grey Melange = grey, Maroon =
  burgundy/red, Olive = green, Off White = white, Coral and Peach = pink, Lime Green and Fluorescent Green =
  green, Teal = teal/blue-green, Multi = the colors of the print.
- Near garment names are correct: track pants = pants/sweatpants, joggers = jogger pants/sweatpants, tights =
  leggings, windcheater = jacket/raincoat, sweatshirt = sweater/hoodie when the photo shows one, jersey = shirt,
  sleeveless sports tee = tank top, a sports polo under the seller's "Tshirts".
- A packshot has no person: "What is the person wearing?" answered with the product itself is accepted; a caption
  naming the background ("on a white background", "hanging on a grey wall") is correct.
- Layers: an answer that lists the outer layer and the product is correct. Sleeve length is not asked of bottoms.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_141: list[Case] = [
    # 1. Photo: man running on an asphalt road at dawn in a black short-sleeve tee, grey shorts, white shoes.
    # Texts by model: caption, wearing, color, material: base; description: cap-e3; details: vqa.
    case(
        "MYN-AW-101",
        caption("a man running on a road in a black t-shirt and grey shorts"),
        D.wearing("a black t-shirt and grey shorts"),
        D.color("black"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, "
            "the hem, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running T-shirt",
    ),
    # 2. Photo: woman standing in a grey studio, white cropped tee, navy track pants with a thin white side
    # stripe, white sneakers. Texts by model: caption, wearing, color, details: base; description: cap-e1;
    # material: vqa.
    case(
        "MYN-AW-102",
        caption("a woman in a white top and navy blue pants standing in front of a grey wall"),
        D.wearing("a white t-shirt and blue track pants"),
        D.color("white", "other_garment_color"),
        D.details("white stripes down the sides"),
        D.description(
            "The gentleman wears long trousers with pure color patterns. The trousers are with cotton fabric. The "
            "gentleman wears a short-sleeve T-shirt with",
            "pronoun",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the color of the pants? Answer: blue Question: What is the color of the "
            "shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Track Pants",
        color="Navy Blue",
        title="Puma Women Navy Blue Solid Regular Fit Track Pants",
    ),
    # 3. Packshot: grey melange joggers laid flat on a white background, drawstring waist, ribbed ankle cuffs,
    # small white swoosh on the left thigh. Texts by model: caption, wearing, color, pattern, description: base;
    # details: cap-e3.
    case(
        "MYN-AW-103",
        caption("a pair of grey sweatpants on a white background"),
        D.wearing("grey sweatpants"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.description("a pair of grey jogger pants with a drawstring waist"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Joggers",
        color="Grey Melange",
        title="Nike Men Grey Melange Dri-FIT Training Joggers",
    ),
    # 4. Photo: woman in a gym with mirrors behind her, black racerback sports bra, black high-waist tights.
    # Texts by model: caption, wearing, color, sleeve_length, details: base; description, is_sports_bra: vqa.
    case(
        "MYN-AW-104",
        caption("a woman in a black sports bra and leggings in a gym"),
        D.wearing("a sports bra and leggings"),
        D.color("black"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.details("racerback with a hidden key pocket in the band", "unsupported"),
        is_a(
            "sports bra",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Bra",
        color="Black",
        title="Enamor Women Black Solid Non-Wired High Impact Sports Bra",
    ),
    # 5. Photo: footballer on a grass pitch, front view, red jersey with white vertical stripes and a V-neck,
    # black shorts; no number visible. Texts by model: caption, wearing, garment_type, color, pattern, details:
    # base; description: cap-e3; material: vqa.
    case(
        "MYN-AW-105",
        caption("a soccer player in a red and white striped shirt on a field"),
        D.wearing("a red and white striped jersey and black shorts"),
        D.garment_type("jersey"),
        D.color("red"),
        D.pattern("striped"),
        D.description(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("the number 10 on the back", "unsupported"),
        D.material(
            "polyester Question: What is the pattern of the garment? Answer: striped Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jerseys",
        color="Red",
        title="Nivia Men Red & White Striped Football Jersey",
    ),
    # 6. Photo: woman doing a lunge on a yoga mat, lavender tank top, black tights with a grey-and-white
    # abstract print. Seller color missing. Texts by model: caption, wearing, color, pattern, details, material:
    # base; description: vqa.
    case(
        "MYN-AW-106",
        caption("a woman doing yoga on a mat in a purple top and black leggings"),
        D.wearing("a purple tank top and black leggings"),
        D.color("purple", "other_garment_color"),
        D.pattern("printed"),
        D.description(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        D.details("she is wearing a pair of leggings", "non_answer"),
        D.material("the garment is made of the material of the leggings", "restated"),
        gender="Women",
        category="Tights",
        title="Blissclub Women Black Printed Ultra Stretch Tights",
    ),
    # 7. Photo: man in a grey studio, navy full-zip tracksuit (jacket with three white stripes down the sleeves,
    # matching pants), white sneakers. Texts by model: caption: cap-e3; wearing, color, details, is_tracksuit:
    # base.
    case(
        "MYN-AW-107",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue adidas tracksuit"),
        D.color("blue"),
        D.details("white stripes on the sleeves and a zipper"),
        is_a("tracksuit", "no", "contradiction"),
        gender="Men",
        category="Tracksuits",
        color="Navy Blue",
        title="ADIDAS Men Navy Blue Solid Essentials 3-Stripes Tracksuit",
    ),
    # 8. Photo: man running on a red athletics track, neon-yellow singlet, black running shorts with a small
    # reflective logo. Texts by model: caption, wearing, color, description: base; details: vqa.
    case(
        "MYN-AW-108",
        caption("a man running on a track in a yellow tank top and black shorts"),
        D.wearing("yellow tank top and black shorts"),
        D.color("yellow", "other_garment_color"),
        D.description("black running shorts with a", "cut"),
        D.details("the shorts are short", "non_answer"),
        gender="Men",
        category="Shorts",
        color="Black",
        title="Kalenji By Decathlon Men Black Running Shorts",
    ),
    # 9. Photo: woman sitting on outdoor stone steps, lavender crew-neck sweatshirt with a small white Puma cat
    # logo on the chest, blue jeans. Texts by model: caption, garment_type, color, sleeve_length, description:
    # base; wearing: cap-e1; details: vqa.
    case(
        "MYN-AW-109",
        caption("a woman sitting on steps wearing a purple sweatshirt and jeans"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket", "contradiction"),
        D.color("purple"),
        D.sleeve_length("long"),
        D.description("a purple sweatshirt with the puma logo"),
        D.details(
            "the logo Question: What is the color of the sweater? Answer: purple Question: What is the color of the "
            "jeans? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
        title="Puma Women Lavender Solid Sweatshirt",
    ),
    # 10. Photo: man with a backpack on a rocky mountain trail, olive windcheater with the hood up, black
    # trekking pants. Texts by model: caption, wearing, garment_type, color, details: base; description: cap-e3.
    case(
        "MYN-AW-110",
        caption("a man with a backpack hiking on a mountain trail"),
        D.wearing("a green jacket and black pants"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. The "
            "jacket is with nylon fabric. The jacket is with",
            "loop",
            hit_limit=True,
        ),
        D.details("hood, zipper, pockets, waterproof and breathable with taped seams", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Wildcraft Men Olive Green Hooded Windcheater",
    ),
    # 11. Hanger shot: coral short-sleeve tee on a wooden hanger against a white wall, small white logo on the
    # left chest. Texts by model: caption, garment_type, color, sleeve_length, details: base; description: vqa.
    case(
        "MYN-AW-111",
        caption("a pink t-shirt hanging on a white wall"),
        D.garment_type("t-shirt"),
        D.color("pink"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "t-shirt Question: Describe the t-shirt. Answer: t-shirt Question: Describe the t-shirt. Answer: t-shirt",
            "leak",
            hit_limit=True,
        ),
        D.details("it has a logo on the front"),
        gender="Women",
        category="Tshirts",
        color="Coral",
        title="DIDA Women Coral Solid Round Neck Training T-shirt",
    ),
    # 12. Photo: man on a city street, black track pants with side pockets, plain white tee, white sneakers; no
    # piping or stripes. Seller title missing. Texts by model: caption: cap-e1; wearing, garment_type, color,
    # description, details: base.
    case(
        "MYN-AW-112",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("white t-shirt and black pants"),
        D.garment_type("pants"),
        D.color("black"),
        D.description("black track pants with white piping", "unsupported"),
        D.details("the details of the pants are the details of the track pants", "restated"),
        gender="Men",
        category="Track Pants",
        color="Black",
    ),
    # 13. Photo: woman walking on a sidewalk, olive joggers, white sports bra, open cropped black jacket (three
    # layers). Texts by model: caption, wearing, garment_type, color, details: base; description: cap-e3.
    case(
        "MYN-AW-113",
        caption("a woman in a black jacket and black pants walking down the street", "contradiction"),
        D.wearing("a black jacket, a white top and green pants"),
        D.garment_type("joggers"),
        D.color("black", "other_garment_color"),
        D.description(
            "The lady wears a long pants with pure color patterns. The pants are with cotton fabric. The lady wears "
            "a long-sleeve jacket with pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.details("drawstring waist and cuffed ankles"),
        gender="Women",
        category="Joggers",
        color="Olive",
        title="Kica Women Olive Green Solid Joggers",
    ),
    # 14. Photo: man leaning against a red brick wall, navy crew-neck sweatshirt, beige chinos. Texts by model:
    # caption, wearing, garment_type, color, details, color_shirt: base; description: vqa.
    case(
        "MYN-AW-114",
        caption("a man in a blue sweatshirt leaning against a brick wall"),
        D.wearing(
            "a navy blue sweatshirt with a crew neck and ribbed cuffs, a pair of beige chinos with a brown belt and a "
            "pair of white sneakers with",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color("navy"),
        D.description(
            "sweatshirt-sweatshirt-sweatshirt-sweatshirt-sweatshirt-sweatshirt-sweatshirt-sweatshirt-sweatshirt-"
            "sweatshirt",
            "loop",
            hit_limit=True,
        ),
        D.details("it is a sweatshirt", "non_answer"),
        color_of("shirt", "red", "contradiction", kind="open"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Sweatshirt",
    ),
    # 15. Photo: woman in a white studio, black tracksuit jacket with pink shoulder yoke (color block), black
    # pants. Texts by model: caption, wearing, color, pattern, details: base; description: cap-e1; material:
    # vqa.
    case(
        "MYN-AW-115",
        caption("a woman in a black and pink tracksuit"),
        D.wearing("black and pink jacket and black pants"),
        D.color("black"),
        D.pattern("color block"),
        D.description(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and its "
            "neckline is stand. The man wears a",
            "pronoun",
            hit_limit=True,
        ),
        D.details("pink panel on the shoulders and a zipper"),
        D.material(
            "polyester Question: What is the color of the jacket? Answer: black Question: What is the color of the "
            "pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tracksuits",
        color="Black",
        title="Puma Women Black & Pink Colourblocked Tracksuit",
    ),
    # 16. Photo: man jogging on a beach at sunset, blue short-sleeve tee with "RUN" printed in white on the
    # chest, black shorts. Texts by model: caption, wearing, pattern, details, material: base; color: vqa;
    # description: cap-e3.
    case(
        "MYN-AW-116",
        caption("a man running on the beach in a blue shirt"),
        D.wearing("a blue t-shirt with the word run on it and black shorts"),
        D.color(
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("the word run is written in white on the front"),
        D.material("unknown", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Blue",
        title="Alcis Men Blue Printed Running T-shirt",
    ),
    # 17. Photo: woman holding a racket on a hard tennis court, white tank top, plain pink shorts with a
    # small swoosh. Texts by model: caption, wearing, garment_type, color: base; description: cap-e3; details:
    # vqa.
    case(
        "MYN-AW-117",
        caption("a woman holding a tennis racket on a tennis court"),
        D.wearing("he is wearing a white tank top and pink shorts", "pronoun"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.description(
            "The lady wears a short pants with pure color patterns. The shorts are with cotton fabric. The lady wears "
            "a sleeveless tank top with pure color",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the shorts, the waistband, the hem, the shorts, the waistband, the hem, the shorts, the waistband, the "
            "hem, the shorts",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shorts",
        color="Pink",
        title="Nike Women Pink Dri-FIT Tennis Shorts",
    ),
    # 18. Photo: cricketer in a stadium, front view, yellow jersey with blue sleeve panels, white pants, holding
    # a bat; no number on the front. Texts by model: caption, wearing, color, description, material: base;
    # details: cap-e3.
    case(
        "MYN-AW-118",
        caption("a cricket player in a yellow jersey holding a bat"),
        D.wearing("a yellow jersey and white pants"),
        D.color("yellow"),
        D.description("a yellow jersey with blue sleeves and the number 7 on the back", "unsupported"),
        D.details(
            "The gentleman wears a short-sleeve shirt with color block patterns. The shirt is with cotton fabric and "
            "its neckline is v-shape. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of a material that is used to make jerseys", "restated"),
        gender="Men",
        category="Jerseys",
        color="Yellow",
        title="SG Men Yellow Colourblocked Cricket Jersey",
    ),
    # 19. Packshot: teal sports bra laid flat on white, black elastic underband. Texts by model: caption,
    # wearing, garment_type, description, details: base; color: vqa.
    case(
        "MYN-AW-119",
        caption("a teal sports bra on a white background"),
        D.wearing("a sports bra"),
        D.garment_type("sports bra"),
        D.color(
            "blue Question: What is the color of the bra? Answer: blue Question: What is the color of the bra? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description("a sports bra with a black band"),
        D.details("the details of the garment are the details of the sports bra", "restated"),
        gender="Women",
        category="Bra",
        color="Teal",
        title="Zivame Women Teal Solid Medium Impact Sports Bra",
    ),
    # 20. Photo: man deadlifting in a gym, black tee, grey training shorts with a white swoosh on the leg; the
    # inside of the shorts is not visible. Seller color missing. Texts by model: caption, wearing, color,
    # description, details: base; garment_type: vqa.
    case(
        "MYN-AW-120",
        caption("a man lifting a barbell in a gym"),
        D.wearing("black shirt and grey shorts"),
        D.garment_type(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.description("the garment is a pair of shorts that the man is wearing", "restated"),
        D.details("the shorts have a drawstring waist, zipper pockets and a mesh lining", "unsupported"),
        gender="Men",
        category="Shorts",
        title="Nike Men Grey Dri-FIT Training Shorts",
    ),
    # 21. Photo: woman running in a park, open red windcheater over a plain white tee, black tights; the tee's
    # sleeves are hidden by the jacket. Texts by model: caption, wearing, garment_type, color: base;
    # description: cap-e3; details: vqa.
    case(
        "MYN-AW-121",
        caption("a man in a red jacket running in a park", "pronoun"),
        D.wearing("a red jacket, white shirt and black leggings"),
        D.garment_type("t-shirt"),
        D.color("red", "other_garment_color"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the jacket Question: What is the color of the jacket? Answer: red Question: What is the color of the "
            "shirt? Answer: white",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Van Heusen Women White Solid Training T-shirt",
    ),
    # 22. Photo: man sitting on a park bench, charcoal track pants, black pullover hoodie. Texts by model:
    # caption, wearing, garment_type, color, material: base; description: cap-e3; details: cap-e1.
    case(
        "MYN-AW-122",
        caption("a man sitting on a bench in a black hoodie and grey pants"),
        D.wearing("black hoodie and gray pants"),
        D.garment_type("sweatpants"),
        D.color("black", "other_garment_color"),
        D.description(
            "The gentleman wears a long pants with pure color patterns. The pants are with cotton fabric. The "
            "gentleman wears a long-sleeve sweater with",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester and spandex blend with an anti-pilling finish", "unsupported"),
        gender="Men",
        category="Track Pants",
        color="Charcoal",
        title="Jockey Men Charcoal Solid Track Pants",
    ),
    # 23. Photo: woman on a rainy city street, yellow windcheater with the hood up, black tights. Texts by
    # model: caption: cap-e3; wearing, garment_type, color, description: base; material: vqa.
    case(
        "MYN-AW-123",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric and its "
            "neckline is hooded. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow raincoat and black leggings"),
        D.garment_type("jacket"),
        D.color("yellow"),
        D.description("a jacket", "non_answer"),
        D.material(
            "nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Yellow",
        title="Decathlon Women Yellow Hooded Running Windcheater",
    ),
    # 24. Photo: man doing push-ups on a gym floor, lime-green short-sleeve tee, black shorts. Texts by model:
    # caption, wearing, garment_type, color, description, details, material: base; is_t-shirt: vqa.
    case(
        "MYN-AW-124",
        caption("a man doing push ups in a gym"),
        D.wearing("a green t-shirt and black shorts"),
        D.garment_type("shirt"),
        D.color("green"),
        is_a("t-shirt", "no", "contradiction"),
        D.description("the garment is a t-shirt that the man is wearing in the picture", "restated"),
        D.details("", "non_answer"),
        D.material("100% organic cotton", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Lime Green",
        title="HRX by Hrithik Roshan Men Lime Green Rapid-Dry Training T-shirt",
    ),
    # 25. Packshot: navy high-waist tights folded on a white background. Seller title missing. Texts by model:
    # caption, garment_type, color, pattern, details: base; description: cap-e3.
    case(
        "MYN-AW-125",
        caption("a pair of navy blue leggings on a white background"),
        D.garment_type("leggings"),
        D.color("blue"),
        D.pattern("solid"),
        D.description(
            "The leggings are with cotton fabric and pure color patterns. The leggings are of long length. The "
            "leggings are with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("the leggings have the details of a pair of leggings", "restated"),
        gender="Women",
        category="Tights",
        color="Navy Blue",
    ),
    # 26. Photo: cyclist on a country road, red-and-black color-block windcheater, black cycling tights, helmet;
    # back of the jacket not visible. Texts by model: caption, wearing, pattern, details: base; garment_type,
    # color: vqa; description: cap-e1.
    case(
        "MYN-AW-126",
        caption("a man riding a bike on a road"),
        D.wearing("a red and black jacket and black pants"),
        D.garment_type(
            "jacket Question: Is this a jacket? Answer: yes Question: Is this a jacket? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        D.color(
            "red-black-red-black-red-black-red-black-red-black-red-black-red-black-red",
            "loop",
            hit_limit=True,
        ),
        D.pattern("color block"),
        D.description(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with nylon fabric and "
            "its neckline is stand. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("reflective strips on the back and a hidden hood in the collar", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Red",
        title="Campus Sutra Men Red & Black Colourblocked Windcheater Jacket",
    ),
    # 27. Photo: woman on a couch beside a potted plant, grey melange sweatshirt with "BROOKLYN" printed in
    # pink, black joggers. Texts by model: caption, wearing, garment_type, color, pattern, description, details:
    # base.
    case(
        "MYN-AW-127",
        caption("a woman in a grey sweatshirt sitting on a couch"),
        D.wearing("he is wearing a gray sweatshirt and black pants", "pronoun"),
        D.garment_type("sweatshirt"),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        D.description("a grey sweatshirt with brooklyn written on it in pink"),
        D.details("brooklyn new york 1998 printed on the back", "unsupported"),
        gender="Women",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Women Grey Melange Printed Sweatshirt",
    ),
    # 28. Photo: man standing in front of a colorful graffiti wall, black joggers, olive short-sleeve tee. Texts
    # by model: caption, garment_type, color: base; wearing: cap-e1; description: cap-e3; details: vqa.
    case(
        "MYN-AW-128",
        caption("a man standing in front of a graffiti wall"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans", "contradiction"),
        D.color("black"),
        D.description(
            "The pants are with cotton fabric and solid color patterns. They are of long length. The gentleman "
            "wears a short-sleeve T-shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details("the pants are long", "non_answer"),
        gender="Men",
        category="Joggers",
        color="Black",
        title="Mast & Harbour Men Black Solid Slim Fit Joggers",
    ),
    # 29. Photo: woman standing on a running track, plain maroon track pants (no stripes), black tee. Texts by
    # model: caption, wearing, color, description, details: base; material: vqa.
    case(
        "MYN-AW-129",
        caption("a woman standing on a running track in a black shirt and red pants"),
        D.wearing("a black t-shirt and burgundy pants"),
        D.color("burgundy"),
        D.description("burgundy pants with white stripes on the side", "unsupported"),
        D.details("they are long", "non_answer"),
        D.material(
            "polyester Question: What is the color of the pants? Answer: red Question: What is the color of the "
            "shirt? Answer: black",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Track Pants",
        color="Maroon",
        title="Dressberry Women Maroon Solid Track Pants",
    ),
    # 30. Packshot: grey sports polo (collar, two-button placket) laid flat on white. Texts by model: caption,
    # garment_type, color, sleeve_length, details, material: base; description: cap-e3.
    case(
        "MYN-AW-130",
        caption("a grey polo shirt on a white background"),
        D.garment_type("polo shirt"),
        D.color("grey"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The upper clothing has short sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.details("collar and buttons"),
        D.material("", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Grey",
        title="Proline Active Men Grey Solid Polo Collar Sports T-shirt",
    ),
    # 31. Photo: woman in a yoga studio, black short-sleeve tee with a white geometric print, grey tights.
    # Seller gender missing. Texts by model: caption, wearing, color, pattern, description: base; details:
    # cap-e3.
    case(
        "MYN-AW-131",
        caption("a woman in a grey shirt and grey leggings doing yoga", "contradiction"),
        D.wearing("black shirt and gray leggings"),
        D.color("grey", "other_garment_color"),
        D.pattern("printed"),
        D.description("a black t-shirt with a white geometric print"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears",
            "cut",
            hit_limit=True,
        ),
        category="Tshirts",
        color="Black",
        title="Printed Slim Fit Training T-shirt",
    ),
    # 32. Packshot: grey tracksuit, jacket and pants laid side by side on white, full zip. Texts by model:
    # caption, garment_type, color, sleeve_length, details, is_tracksuit: base; description: vqa.
    case(
        "MYN-AW-132",
        caption("a grey jacket and pants on a white background"),
        D.garment_type("tracksuit"),
        D.color("grey"),
        D.sleeve_length("long"),
        D.description(
            "jacket and pants Question: Describe the pants. Answer: pants Question: Describe the jacket. Answer: "
            "jacket",
            "leak",
            hit_limit=True,
        ),
        D.details("a zipper on the front and two", "cut"),
        is_a("tracksuit", "yes"),
        gender="Men",
        category="Tracksuits",
        color="Grey",
        title="Sports52 Wear Men Grey Solid Tracksuit",
    ),
    # 33. Photo: female footballer kicking a ball on a pitch, white short-sleeve jersey with blue collar trim,
    # blue shorts. Texts by model: caption, wearing, color, description, material: base; details: vqa.
    case(
        "MYN-AW-133",
        caption("a female soccer player kicking a ball"),
        D.wearing("white jersey and blue shorts"),
        D.color("blue", "other_garment_color"),
        D.description("it is a jersey", "non_answer"),
        D.details(
            "the collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the "
            "collar, the",
            "loop",
            hit_limit=True,
        ),
        D.material("100% recycled polyester", "unsupported"),
        gender="Women",
        category="Jerseys",
        color="White",
        title="Vector X Women White Football Jersey",
    ),
    # 34. Photo: man dribbling on an indoor basketball court, white tank top, navy basketball shorts with mesh
    # side panels and a drawstring. Texts by model: caption, description: cap-e3; wearing, color, details,
    # is_shorts: base.
    case(
        "MYN-AW-134",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and "
            "its neckline is round. The gentleman wears a short pants. The shorts are with cotton fabric and pure "
            "color patterns. The shorts",
            "cut",
            hit_limit=True,
        ),
        D.wearing("white tank top and blue shorts"),
        D.color("white", "other_garment_color"),
        D.description(
            "The gentleman wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton "
            "fabric and its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("mesh panels on the side and a drawstring"),
        is_a("shorts", "yes"),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Puma Men Navy Blue Basketball Shorts",
    ),
    # 35. Photo: woman in a matching peach co-ord, peach joggers and a peach sweatshirt, white studio. Texts by
    # model: caption, wearing, garment_type, color, description, material: base; details: cap-e1.
    case(
        "MYN-AW-135",
        caption("a woman in a pink sweatshirt and pink pants"),
        D.wearing("pink sweatshirt and pants"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("pink"),
        D.description("pink sweatpants with a drawstring waist and", "cut"),
        D.details(
            "The pants are with cotton fabric. The pants are with cotton fabric. The pants are with cotton fabric. "
            "The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Joggers",
        color="Peach",
        title="Ether Women Peach Solid Joggers",
    ),
    # 36. Photo: man on a street at night, black pullover hoodie (no zip) with a white skull graphic on the
    # chest, kangaroo pocket. Texts by model: caption, pattern, details: base; wearing, color: vqa; description:
    # cap-e3.
    case(
        "MYN-AW-136",
        caption("a man in a black hoodie standing on a street at night"),
        D.wearing(
            "hoodie Question: What cloth is the person wearing? Answer: hoodie Question: What cloth is the person "
            "wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is hooded. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("a hood, a kangaroo pocket and a zipper on the front", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="The Souled Store Men Black Printed Hooded Sweatshirt",
    ),
    # 37. Photo: woman running a city marathon with a race bib pinned on, fluorescent-green sleeveless sports
    # tee, black shorts. Texts by model: caption, wearing, garment_type, color, sleeve_length, description:
    # base; details: vqa.
    case(
        "MYN-AW-137",
        caption("a woman running a marathon with a number on her shirt"),
        D.wearing("a neon green tank top and black shorts"),
        D.garment_type("tank top"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description("he is running in a green tank top", "pronoun"),
        D.details(
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Fluorescent Green",
        title="Decathlon Women Fluorescent Green Sleeveless Running T-shirt",
    ),
    # 38. Photo: man in a white studio, navy slim track pants, red polo shirt. Seller category and color
    # missing. Texts by model: caption: cap-e3; wearing, color, description, details: base.
    case(
        "MYN-AW-138",
        caption(
            "The gentleman wears a long trousers with pure color patterns. The trousers are with cotton fabric. The "
            "trousers are with cotton fabric. The trousers are with cotton fabric. The trousers are with cotton "
            "fabric. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red shirt and blue pants"),
        D.color("red", "other_garment_color"),
        D.description("the garment is the pants that the man is wearing in the picture", "restated"),
        D.details("pants", "non_answer"),
        gender="Men",
        title="Solid Slim Fit Track Pants",
    ),
    # 39. Photo: woman stretching on a beach, pink-and-blue tie-dye sports bra, white shorts; sea behind her.
    # Texts by model: caption, wearing, garment_type, color, pattern, details, material: base; description:
    # cap-e3.
    case(
        "MYN-AW-139",
        caption("a woman stretching on the beach in a tie dye sports bra"),
        D.wearing("tie dye sports bra and white shorts"),
        D.garment_type("bikini", "contradiction"),
        D.color("pink and blue"),
        D.pattern("tie dye"),
        D.description(
            "The gentleman wears a tank top with mixed patterns. The tank top is with cotton fabric and its "
            "neckline is round. The gentleman wears a",
            "pronoun",
            hit_limit=True,
        ),
        D.details("it has a racerback and removable pads", "unsupported"),
        D.material("the material of the garment is the material of a sports bra", "restated"),
        gender="Women",
        category="Bra",
        color="Multi",
        title="Kica Women Multicoloured Tie-Dye Sports Bra",
    ),
    # 40. Hanger shot: white short-sleeve tee with a black logo on the chest, hanging against a grey wall. Texts
    # by model: caption, garment_type, color, pattern, details: base; description: vqa.
    case(
        "MYN-AW-140",
        caption("a white t-shirt hanging on a grey wall"),
        D.garment_type("t-shirt"),
        D.color("grey", "contradiction"),
        D.pattern("solid"),
        D.description(
            "t-shirt-t-shirt-t-shirt-t-shirt-t-shirt-t-shirt-t-shirt-t-shirt-t-shirt-t-shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("the adidas logo on the chest"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="ADIDAS Men White Brand Logo Training T-shirt",
    ),
    # 41. Photo: woman in a studio, black track pants with a white side stripe, grey crew sweatshirt. Texts by
    # model: caption: cap-e1; wearing, color, description, details: base; garment_type: vqa.
    case(
        "MYN-AW-141",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray sweatshirt and black pants"),
        D.garment_type(
            "pants Question: Is this a pants? Answer: yes Question: Is this a pants? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        D.color("black"),
        D.description("black pants with a white stripe"),
        D.details("the details", "non_answer"),
        gender="Women",
        category="Track Pants",
        color="Black",
        title="Marks & Spencer Women Black Side-Striped Track Pants",
    ),
    # 42. Photo: man standing in a studio, front view, orange short-sleeve jersey with a black sublimated brush-
    # stroke print, black shorts; nothing printed on the front but the print. Texts by model: caption, wearing,
    # garment_type, color, details, material: base; description: cap-e3.
    case(
        "MYN-AW-142",
        caption("a man in an orange and black shirt"),
        D.wearing("she is wearing an orange shirt and black shorts", "pronoun"),
        D.garment_type("shirt"),
        D.color("orange"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is v-shape. The",
            "cut",
            hit_limit=True,
        ),
        D.details("the number 23 and the name on the back", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        gender="Men",
        category="Jerseys",
        color="Orange",
        title="Sports52 Wear Men Orange Printed Sports Jersey",
    ),
    # 43. Photo: woman at a cafe table, off-white crew sweatshirt, blue jeans. Texts by model: caption, wearing,
    # garment_type, color, material, color_sweatshirt, color_jeans: base; description: vqa.
    case(
        "MYN-AW-143",
        caption("a woman sitting at a table in a white sweater"),
        D.wearing("white sweater and jeans"),
        D.garment_type("sweatshirt"),
        D.color("white"),
        D.description(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of the material that it is made of", "restated"),
        color_of("sweatshirt", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        gender="Women",
        category="Sweatshirts",
        color="Off White",
        title="Marks & Spencer Women Off White Solid Sweatshirt",
    ),
    # 44. Packshot: olive training shorts with two side pockets laid flat on white. Texts by model: caption,
    # wearing, garment_type, color, description, material: base; details: cap-e3; is_shorts: vqa.
    case(
        "MYN-AW-144",
        caption("a pair of green shorts on a white background"),
        D.wearing("shorts"),
        D.garment_type("shorts"),
        D.color("olive"),
        D.description("they are shorts", "non_answer"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The shorts are of short length. The shorts "
            "are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton with a quick dry mesh lining", "unsupported"),
        is_a("shorts", "no", "contradiction"),
        gender="Men",
        category="Shorts",
        color="Olive",
        title="Decathlon Men Olive Green Training Shorts",
    ),
]
