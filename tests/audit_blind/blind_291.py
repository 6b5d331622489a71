"""BLIND_291 (46 products; men's casual, formal and ethnic wear, model shots on white): written blind in the forty-third
session. Measured blind at 3e625d7 (the session's rules as they stood): 119/133 failures found (89.5%) and 6/175
correct texts flagged (3.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's wear: t-shirts and polos, casual and formal shirts, jeans,
chinos and formal trousers, track pants and joggers, shorts, sweatshirts and hoodies, jackets (bomber, denim,
puffer, biker, windcheater, Nehru) and kurtas. Model shots on a white or very light grey studio backdrop, mostly
front view, a few back views, with the other half of the outfit visible (a tee under the jacket, jeans under the
shirt, a tucked-in shirt over the trousers), sometimes a belt, shoes, a watch or a prop. Each product has the
seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions and open answers (wearing, description, details, material and the set's own open
questions) come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a blue shirt and
jeans", often "t - shirt" as the tokenizer spells it back), which stops on its own and never has hit_limit, unless
the comment before the case names the VQA adapter of the original experiments (`leoreigoto/Data3_V3_BLIP2_VQA`).
That adapter was trained with the prompt and padding in the loss and no end-of-answer token, so each of its texts runs
to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True: it repeats the In-shop answer
("navy-navy-navy...", "tee, shorts, tee, shorts..."), runs into a new "Question: ... Answer:" of its training
format, or is cut mid-sentence; asked for a caption it returns one of those answers, never a sentence. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece color questions stored closed and the yes/no
"Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets; they never loop or hit a limit.
A per-piece color question marked open is the VQA adapter's free generation.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy or teal, green for olive or teal, red for
  maroon, grey for charcoal or grey melange, white for off white, beige or brown for khaki, brown for rust, yellow
  for mustard, purple for lavender. Orange for mustard, pink for lavender and grey for a white-and-black striped polo
  are contradictions. A print or lining color given as the garment's color (white letters on a navy sweatshirt, the
  black print on a white tee, the red lining of a black windcheater) is contradiction.
- The color of another garment in the photo (the tee under a jacket, the shirt over the jeans, the churidar under a
  kurta) given for the product or for a piece it does not belong to is other_garment_color, whether the reference
  engine or the base model says it; where the base model names the whole outfit in that one color ("a black shirt
  and black jeans" for blue jeans) it is also other_garment_color.
- Garment synonyms count as correct: shirt for a polo, sweater for a sweatshirt, vest for a Nehru jacket, jogger pants
  or sweatpants for track pants, trousers or pants for chinos, hawaiian shirt for a tropical print shirt, plaid or
  checkered for checked. The reference engine's "jeans" for a denim shirt, "shirt" for a kurta, "hoodie: yes" for a
  padded jacket with a hood, "no" to "Is this a sweatshirt?" for a sweatshirt, "kurta: yes" for a Nehru jacket worn
  over a kurta and "shirt" for jeans (the shirt worn over them) are contradictions, and so are "jacket" or "hoodie"
  for a hoodless sweatshirt, "dress" for a kurta, "jeans" for chinos, "yes" to "Is this a polo shirt?" for a
  round-neck tee, to "Is this a shirt?" for jeans and to "Is this a jacket?" for a checked shirt worn open. The base
  model's "jeans" for denim shorts and "a denim shirt" for the white tee under a denim jacket are contradictions.
- Pattern: "solid" for track pants with side stripes is correct (the seller's own word); "striped" for a checked shirt,
  for a solid polo with a tipped collar or for a plain white formal shirt and "checked" for a solid shirt are
  contradictions. "floral" for a tropical leaf print is correct, and so is "green" for a multicoloured tropical print
  that is mostly green leaves. Sleeves: "sleeveless" for a short-sleeved tee and "long sleeves" for a half-sleeved
  shirt are contradictions.
- Materials: cotton on a plain tee, kurta or sweatshirt, denim on jeans and denim jackets, polyester on track pants
  and sports tees, nylon on a puffer or windcheater, leather on a leather-look biker jacket (the model cannot tell PU
  from leather), flannel on a checked shirt with a visibly brushed fabric: correct. Wool on a cotton sweatshirt, silk
  on a pure cotton kurta or a matte Nehru jacket, leather on a nylon bomber, cotton on a shiny nylon windcheater and
  linen on a pure cotton shirt are unsupported. A material
  answer that only names the garment and its color ("a maroon polo shirt") is restated; an empty answer is non_answer.
- Invented things not in the photo (a tie, a cap, a belt hidden under an untucked shirt, a zipper on a pullover
  hoodie, a hood on a bomber, a pocket on a pocketless tee or polo, a logo, a backpack, a necklace, a watch on bare
  wrists, a drawstring on chino shorts, embroidery on a plain kurta, a tiger or parrots in a print) are unsupported.
  Things the photo does show (a belt on a tucked-in shirt, sneakers, a watch, the white wall, the hood's red lining,
  snap studs, the skull print) are correct.
- "a woman" in a caption of a long-haired male model and "she is wearing" are pronoun, even where the garment is also
  misnamed (the pronoun is what the auditor sees first).
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first words are right; a base
  answer that stops mid-phrase ("with a button down collar and a") is cut, without hit_limit. "they are short", "it is
  a shirt", "the details of the jeans", "the collar of the shirt" and "the fit of the shorts" are non_answer; a
  details or material question answered with only the garment's color and name ("grey jeans") is restated.
- VQA adapter texts: one that repeats a word or phrase is loop; one that runs into a new "Question:" is leak even
  where it then repeats; one that stops mid-sentence without repeating is cut. A color loop of the right color is
  still loop.
- A pack of two tees (black and white) answered "black" for the color and described as the black one the model wears
  is correct.
- Proportions: loops, leaks and cuts come almost only from the VQA adapter; the base model's failures are mostly colors
  (another piece's, a hallucinated shade, a print's), invented details and a few leaks, non-answers and pronouns.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

collar = question("collar", "What kind of collar does the shirt have?", "open")
fit = question("fit", "What is the fit of the garment?", "open")

BLIND_291 = [
    # photo: model in a plain navy blue round-neck cotton t-shirt (no pocket), light grey jeans, white backdrop.
    # adapter: none
    case(
        "X291-001",
        caption("a man wearing a black t - shirt and grey jeans", "contradiction"),
        wearing("a blue t - shirt and jeans", who="he"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.details("it has a pocket on the chest", "unsupported"),
        color_of("pants", "blue", "other_garment_color"),
        title="Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white polo with thin black horizontal stripes, no pocket, black chinos, white backdrop.
    # adapter: none
    case(
        "X291-002",
        caption("a man in a striped polo shirt standing against a white background"),
        wearing("a black and white striped shirt", who="he"),
        D.pattern("striped"),
        color_of("shirt", "grey", "contradiction"),
        color_of("pants", "black"),
        D.details(
            "it has a collar and buttons on the front and a pocket on the chest",
            "unsupported",
        ),
        title="Men White & Black Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a blue-and-white checked long-sleeved casual shirt, one chest pocket, buttoned, beige chinos.
    # adapter (VQA): color_shirt
    case(
        "X291-003",
        caption("a man wearing a green plaid shirt and khaki pants", "contradiction"),
        wearing("a blue and white checkered shirt", who="he"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        color_of(
            "shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "the shirt is a blue and white plaid shirt with a pocket on the chest",
        ),
        title="Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in black slim jeans and a plain white t-shirt, white sneakers, white backdrop, front view.
    # adapter: none
    case(
        "X291-004",
        caption("a man in a white t - shirt and black jeans"),
        wearing(
            "a white t - shirt and black jeans Question: What is the color of the jeans? Answer: black",
            "leak",
            who="he",
        ),
        color_of("jeans", "white", "other_garment_color"),
        D.garment_type("jeans"),
        D.details("the details of the jeans", "non_answer"),
        D.material("denim"),
        title="Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in olive green chinos, white shirt tucked in, brown belt visible, white backdrop, front view.
    # adapter: none
    case(
        "X291-005",
        caption("a man in a white shirt and brown pants", "contradiction"),
        color_of("pants", "green"),
        color_of("shirt", "white"),
        D.color("white", "other_garment_color"),
        D.material("cotton"),
        wearing("a white shirt and green pants with a brown belt", who="he"),
        title="Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a grey melange crew-neck sweatshirt, blue jeans, white backdrop, front view.
    # adapter (VQA): caption
    case(
        "X291-006",
        caption(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt and blue jeans", who="he"),
        D.garment_type("jacket", "contradiction"),
        D.color("grey"),
        D.material("wool", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a black nylon bomber jacket, zipped half open over a white t-shirt, black jeans; zip front, two
    # side welt pockets, ribbed collar, no hood. White backdrop, front view.
    # adapter: none
    case(
        "X291-007",
        caption("a man wearing a black jacket and a white t - shirt"),
        wearing("a black jacket", who="he"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.details("it has a zipper and two pockets on the front and a hood", "unsupported"),
        D.material("leather", "unsupported"),
        is_a("hoodie", "no"),
        title="Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: long-haired bearded male model in a long white straight kurta with a mandarin collar and a button
    # placket, white pyjamas, white backdrop, front view.
    # adapter: none
    case(
        "X291-008",
        caption(
            "a woman in a white dress standing in front of a white background",
            "pronoun",
        ),
        wearing("a white kurta", who="he"),
        D.garment_type("kurta"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        describe("kurta", "a white kurta with a mandarin collar and buttons down the", "cut"),
        is_a("kurta", "yes"),
        title="Men White Solid Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: model in navy track pants with a white stripe down each side, elastic cuffs, grey t-shirt, white
    # backdrop, front view.
    # adapter (VQA): details
    case(
        "X291-009",
        caption("a man in a grey t - shirt and blue track pants"),
        color_of("pants", "grey", "other_garment_color"),
        D.pattern("solid"),
        details(
            "pants",
            "the pants, the waistband, the pockets, the pants, the waistband, the pockets, the pants, the",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        wearing("she is wearing a grey shirt and blue pants", "pronoun", who="he"),
        title="Men Navy Blue Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in beige chino shorts with belt loops and slant pockets, light blue t-shirt, white sneakers,
    # full length, white backdrop.
    # adapter: none
    case(
        "X291-010",
        caption("a man wearing blue shirt and beige shorts"),
        color_of("shorts", "blue", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        D.garment_type("shorts"),
        wearing("a blue shirt and khaki shorts with white sneakers", who="he"),
        describe("shorts", "beige shorts with pockets and a drawstring", "unsupported"),
        title="Men Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a plain maroon polo t-shirt (no logo), navy chinos, white backdrop, front view.
    # adapter: none
    case(
        "X291-011",
        caption("a man in a red polo shirt and blue pants"),
        D.color("red"),
        color_of("shirt", "red"),
        color_of("pants", "red", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        describe("shirt", "a red polo shirt with a white logo on the chest", "unsupported"),
        D.material("a maroon polo shirt", "restated"),
        title="Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a plain white slim-fit formal shirt, no tie, top button open, black trousers, white backdrop.
    # adapter (VQA): caption
    case(
        "X291-012",
        caption(
            "Question: What cloth is the person wearing? Answer: blouse/shirt Question: What is the color of the "
            "blouse/shirt? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("a white shirt and a black tie", "unsupported", who="he"),
        D.garment_type("shirt"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        collar("the collar of the shirt", "non_answer"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in light-fade blue skinny jeans, a black crew-neck t-shirt, white backdrop, front view.
    # adapter (VQA): color_jeans
    case(
        "X291-013",
        caption("a man in a black shirt and blue jeans posing for a photo"),
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a black shirt and black jeans", "other_garment_color", who="he"),
        D.garment_type("jeans"),
        D.details("the jeans have a faded wash and a zipper fly"),
        D.material("denim"),
        title="Men Blue Skinny Fit Light Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a mustard yellow round-neck t-shirt with "BROOKLYN" printed in white on the chest, blue jeans,
    # white backdrop, front view. No other print.
    # adapter: none
    case(
        "X291-014",
        caption("a man wearing a yellow t - shirt with the word brooklyn on it"),
        D.color("yellow"),
        D.pattern("printed"),
        color_of("shirt", "orange", "contradiction"),
        describe(
            "t-shirt",
            "a yellow t - shirt with a picture of a tiger on it",
            "unsupported",
        ),
        wearing("a yellow shirt and jeans", who="he"),
        title="Men Mustard Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a black-and-white checked brushed flannel-look shirt worn open over a black t-shirt, blue
    # jeans, white backdrop, front view.
    # adapter (VQA): details
    case(
        "X291-015",
        caption("a man in a plaid shirt and jeans"),
        wearing("a black t - shirt under a plaid shirt", who="he"),
        color_of("shirt", "black"),
        D.pattern("checked"),
        D.material("flannel"),
        details(
            "shirt",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        title="Men Black & White Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in an olive green padded puffer jacket with a hood, zipped up, black jeans, no bag, white backdrop.
    # adapter: none
    case(
        "X291-016",
        caption("a man in a green jacket with a hood"),
        D.garment_type("jacket"),
        D.color("green"),
        D.material("nylon"),
        D.details(
            "the jacket has a hood and a zipper Question: What is the color of the jacket? Answer: green",
            "leak",
        ),
        wearing(
            "a green jacket and black pants and a black backpack",
            "unsupported",
            who="he",
        ),
        color_of("pants", "green", "other_garment_color"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Olive Green Solid Padded Hooded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a light blue long-sleeved formal shirt with a button-down collar, grey trousers, white
    # backdrop, front view. The feed row has no gender.
    # adapter: none
    case(
        "X291-017",
        caption("a man in a light blue shirt and grey pants"),
        wearing(
            "a blue shirt and grey pants Question: What is the color of the shirt? Answer: blue",
            "leak",
            who="he",
        ),
        color_of("shirt", "grey", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        describe("shirt", "a light blue dress shirt with a button down collar and a", "cut"),
        D.material("cotton"),
        title="Men Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: model in black joggers with elastic ankle cuffs and side pockets, white t-shirt, no cap, white backdrop.
    # adapter (VQA): color_shirt
    case(
        "X291-018",
        caption("a man wearing a white t - shirt and black jogger pants"),
        color_of("pants", "black"),
        D.color("black"),
        color_of(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("track pants"),
        D.details("elastic cuffs at the ankles and two side pockets"),
        D.material("cotton and", "cut"),
        wearing("a white shirt and black pants and a black hat", "unsupported", who="he"),
        title="Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a mid-blue washed denim jacket with two buttoned flap chest pockets, open over a white t-shirt,
    # black jeans, white backdrop.
    # adapter (VQA): caption
    case(
        "X291-019",
        caption(
            "denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, "
            "denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim,",
            "loop",
            hit_limit=True,
        ),
        wearing("a denim jacket and a denim shirt", "contradiction", who="he"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.material("denim"),
        color_of("jacket", "white", "other_garment_color"),
        D.details("the jacket has two chest pockets with buttons and a collar"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: short-haired model in a navy blue straight kurta with small white floral ethnic motifs, white churidar,
    # white backdrop, front view. Matte cotton fabric.
    # adapter: none
    case(
        "X291-020",
        caption("a man in a blue kurta with white pants"),
        D.garment_type("shirt", "contradiction"),
        D.pattern("printed"),
        D.color("blue"),
        color_of("pants", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta with white flowers on it"),
        D.material("silk", "unsupported"),
        title="Men Navy Blue Ethnic Motifs Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a charcoal grey pullover hoodie with a kangaroo pocket (no zip), black track pants, white
    # backdrop, front view.
    # adapter (VQA): wearing
    case(
        "X291-021",
        caption("a man in a grey hoodie and black pants"),
        D.color("grey"),
        D.garment_type("hoodie"),
        wearing(
            "sweatshirt/hoodie, pants, sweatshirt/hoodie, pants, sweatshirt/hoodie, pants, sweatshirt/hoodie",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.details("it has a hood and a kangaroo pocket and a zipper", "unsupported"),
        color_of("pants", "grey", "other_garment_color"),
        title="Men Charcoal Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: back view of a model in mid-blue washed denim shorts with two back pockets, white t-shirt, white backdrop.
    # adapter (VQA): wearing
    case(
        "X291-022",
        caption("the back of a man in jeans and a white t - shirt", "contradiction"),
        color_of("shorts", "blue"),
        color_of("shirt", "white"),
        details("shorts", "the shorts have two back pockets"),
        D.material("denim"),
        wearing(
            "denim, tee, denim, tee, denim, tee, denim, tee, denim, tee, denim, tee, denim, tee, denim,",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in black slim formal trousers with a pressed front crease, light pink shirt tucked in, black
    # formal shoes, white backdrop, full length. The trousers have side adjusters and no belt loops; no belt.
    # adapter (VQA): color_shirt
    case(
        "X291-023",
        caption("a man in a pink shirt and black pants"),
        D.color("pink", "other_garment_color"),
        color_of("pants", "black"),
        color_of(
            "shirt",
            "Question: What is the color of the pants? Answer: black Question: What is the color of the shirt? "
            "Answer: pink Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.details("the pants have a crease"),
        wearing("a pink shirt, black pants and a black belt", "unsupported", who="he"),
        D.material("polyester"),
        title="Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white polo with green tipping on the collar and sleeve hems, beige chinos, white backdrop.
    # adapter (VQA): caption
    case(
        "X291-024",
        caption(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-"
            "white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        wearing("a white polo shirt with green stripes on the collar", who="he"),
        D.pattern("striped", "contradiction"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        color_of("pants", "white", "other_garment_color"),
        title="Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a teal blue short-sleeved slim sports t-shirt, black training shorts, white backdrop.
    # adapter: none
    case(
        "X291-025",
        caption("a man in a green shirt and black shorts"),
        D.color("blue"),
        D.material("polyester"),
        wearing(
            "a teal shirt and black shorts Question: What is the color of the shorts? Answer: black",
            "leak",
            who="he",
        ),
        color_of("shorts", "black"),
        D.garment_type("t-shirt"),
        is_a("polo shirt", "yes", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Men Teal Blue Solid Slim Fit Sports T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in khaki slim chinos, black polo worn untucked over the waistband (no belt visible), white backdrop.
    # adapter (VQA): details
    case(
        "X291-026",
        caption("a man in a black shirt and khaki pants"),
        color_of("pants", "brown"),
        D.color("beige"),
        D.garment_type("jeans", "contradiction"),
        describe("pants", "khaki pants with a black belt", "unsupported"),
        details(
            "pants",
            "the pants are with pockets and the pants are with a zipper and the pants are with pockets and the "
            "pants are with a",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a black top and khaki pants", "pronoun", who="he"),
        title="Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a white round-neck t-shirt with a large black skull graphic on the chest, black jeans, white
    # backdrop, front view.
    # adapter: none
    case(
        "X291-027",
        caption("a man wearing a white t - shirt with a black and white graphic"),
        D.color("black", "contradiction"),
        D.pattern("printed"),
        describe("t-shirt", "a white t - shirt with a skull on it"),
        D.material("a white t - shirt", "restated"),
        color_of("jeans", "black"),
        wearing("she is wearing a white t - shirt and black jeans", "pronoun", who="he"),
        title="Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a blue-and-white vertically striped half-sleeved casual shirt, white shorts, white backdrop.
    # adapter (VQA): caption
    case(
        "X291-028",
        caption(
            "blouse/shirt, shorts, blouse/shirt, shorts, blouse/shirt, shorts, blouse/shirt, shorts, blouse/shirt, "
            "shorts, blouse/shirt, shorts, blouse/shirt, shorts, blouse",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        D.pattern("striped"),
        color_of("shirt", "blue"),
        color_of("shorts", "white"),
        describe("shirt", "it is a shirt", "non_answer"),
        wearing("a blue and white striped shirt and white shorts", who="he"),
        title="Men Blue & White Striped Short Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black leather-look biker jacket with an asymmetric silver zip and silver snap studs on the
    # lapels, over a grey t-shirt, no jewellery, standing in front of a plain white wall.
    # adapter: none
    case(
        "X291-029",
        caption("a man in a black leather jacket standing in front of a white wall"),
        D.material("leather"),
        D.color("grey", "other_garment_color"),
        D.details("the jacket has a zipper and silver buttons"),
        wearing(
            "a black jacket, a grey shirt and a silver necklace",
            "unsupported",
            who="he",
        ),
        is_a("jacket", "yes"),
        title="Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy blue sweatshirt with "CALIFORNIA" printed across the chest in white letters, blue jeans,
    # white backdrop, front view.
    # adapter (VQA): wearing
    case(
        "X291-030",
        caption("a man wearing a blue sweatshirt that says california"),
        D.color("white", "contradiction"),
        D.garment_type("hoodie", "contradiction"),
        wearing(
            "sweatshirt/hoodie and denim pants with a white logo on the front and the sleeves of the "
            "sweatshirt/hoodie are long and the",
            "cut",
            who="he",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        describe(
            "sweatshirt",
            "a navy blue sweatshirt with california written on it in white letters",
        ),
        D.material("cotton"),
        title="Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in grey melange knit shorts with a drawstring waist and side pockets, black t-shirt, white backdrop.
    # adapter (VQA): description
    case(
        "X291-031",
        caption("a man in a black shirt and grey shorts"),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "drawstring waist and side pockets"),
        D.garment_type("shorts"),
        describe(
            "shorts",
            "shorts, shorts, shorts, shorts, shorts, shorts, shorts, shorts, shorts, shorts, shorts, shorts, "
            "shorts, shorts, shorts",
            "loop",
            hit_limit=True,
        ),
        wearing("a black t - shirt and gray shorts", who="he"),
        D.material("grey shorts", "restated"),
        title="Men Grey Melange Solid Regular Fit Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a plain yellow straight kurta (no embroidery) with white pyjamas, white backdrop, front view.
    # adapter (VQA): wearing
    case(
        "X291-032",
        caption("a man in a yellow kurta and white pants"),
        D.garment_type("dress", "contradiction"),
        color_of("pants", "yellow", "other_garment_color"),
        D.color("yellow"),
        describe("kurta", "a yellow kurta with gold embroidery on the collar", "unsupported"),
        D.sleeve_length("long sleeves"),
        wearing(
            "blouse/shirt, pants, blouse/shirt, pants, blouse/shirt, pants, blouse/shirt, pants, blouse/shirt,",
            "loop",
            who="he",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Men Yellow Solid Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in a rust orange long-sleeved cotton casual shirt, blue jeans, a steel watch on the left wrist,
    # white backdrop, front view.
    # adapter (VQA): color_shirt
    case(
        "X291-033",
        caption("a man in an orange shirt and jeans"),
        D.color("brown"),
        color_of(
            "shirt",
            "rust-rust-rust-rust-rust-rust-rust-rust-rust-rust-rust-rust-rust-rust-rust",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.material("linen", "unsupported"),
        wearing("an orange shirt and blue jeans and a watch", who="he"),
        D.pattern("checked", "contradiction"),
        title="Men Rust Orange Pure Cotton Solid Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: pack of two plain round-neck tees: the model wears the black one, the white one is shown folded in an
    # inset at the bottom right. No pockets. White backdrop.
    # adapter: none
    case(
        "X291-034",
        caption("a black t - shirt and a white t - shirt"),
        wearing("a black t - shirt", who="he"),
        D.color("black"),
        D.garment_type("t-shirt"),
        D.description(
            "a plain black t - shirt with a round neck and a pocket on the chest",
            "unsupported",
        ),
        D.material("cotton"),
        D.details("the details of the t - shirt", "non_answer"),
        title="Men Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Black & White",
        gender="Men",
    ),
    # photo: model in blue regular-fit jeans with a red-and-black checked shirt worn untucked, white backdrop.
    # adapter: none
    case(
        "X291-035",
        caption("a man in a red plaid shirt and jeans"),
        color_of("jeans", "red", "other_garment_color"),
        color_of("shirt", "red"),
        D.garment_type("shirt", "contradiction"),
        D.details(
            "five pockets and a zip fly Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        wearing("a red and black plaid shirt and blue jeans", who="he"),
        title="Men Blue Regular Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a lavender polo t-shirt, no logo, white shorts, white backdrop, front view.
    # adapter (VQA): description
    case(
        "X291-036",
        caption("a man in a purple polo shirt and white shorts"),
        D.color("pink", "contradiction"),
        wearing("a purple shirt and white shorts", who="he"),
        color_of("shirt", "purple"),
        D.sleeve_length("short sleeves"),
        describe(
            "shirt",
            "polo shirt with a collar and short sleeves and the color of the polo shirt is lavender and the polo "
            "shirt has",
            "cut",
            hit_limit=True,
        ),
        D.material("a purple polo", "restated"),
        title="Men Lavender Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in a black shiny nylon windcheater with the hood up, the hood's red lining showing, zipped, black
    # track pants, white backdrop.
    # adapter (VQA): caption
    case(
        "X291-037",
        caption(
            "Question: What is the color of the jacket? Answer: black-black-black-black-black-black-black-black-"
            "black-black-black",
            "leak",
            hit_limit=True,
        ),
        wearing("a black jacket with a hood", who="he"),
        D.color("black"),
        D.details("the jacket has a red lining on the inside of the hood"),
        color_of("jacket", "red", "contradiction"),
        D.material("cotton", "unsupported"),
        title="Men Black Solid Lightweight Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: long-haired male model in an off-white short cotton kurta with a mandarin collar and a three-button
    # placket, blue jeans, white backdrop, front view.
    # adapter: none
    case(
        "X291-038",
        caption("a woman in a white shirt and jeans", "pronoun"),
        wearing("a white kurta and blue jeans", who="he"),
        D.color("white"),
        D.garment_type("kurta"),
        D.material("cotton"),
        describe("kurta", "a white kurta with a mandarin collar and three buttons"),
        title="Men Off White Solid Short Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: model in a red crew-neck sweatshirt with ribbed cuffs and hem, black joggers, white backdrop.
    # adapter (VQA): description
    case(
        "X291-039",
        caption("a man in a red sweatshirt and black sweatpants"),
        wearing("red sweater and black pants", who="he"),
        D.color("orange", "contradiction"),
        color_of("pants", "red", "other_garment_color"),
        D.details("ribbed cuffs and hem"),
        D.description(
            "sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie "
            "sweatshirt/hoodie sweatshirt/hoodie",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "no", "contradiction"),
        title="Men Red Solid Round Neck Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in black cargo shorts with flap side pockets, olive green t-shirt, white backdrop.
    # adapter (VQA): wearing
    case(
        "X291-040",
        caption("a man in a green shirt and black shorts"),
        D.color("green", "other_garment_color"),
        details("shorts", "the shorts have cargo pockets on the sides"),
        color_of("shorts", "black"),
        wearing(
            "tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee,",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        title="Men Black Solid Cargo Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a light blue denim long-sleeved shirt with two flap chest pockets, white chinos, bare wrists,
    # white backdrop.
    # adapter (VQA): color_shirt
    case(
        "X291-041",
        caption("a man wearing a denim shirt and white pants"),
        D.garment_type("jeans", "contradiction"),
        D.material("denim"),
        color_of(
            "shirt",
            "light blue, light blue, light blue, light blue, light blue, light blue, light blue, light blue,",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "blue", "other_garment_color"),
        describe("shirt", "a light blue denim shirt with two pockets on the chest"),
        wearing("a blue shirt and white pants and a watch", "unsupported", who="he"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a pink long-sleeved slim formal shirt with one chest pocket on the left, navy trousers, white
    # backdrop. The feed row has no color.
    # adapter (VQA): wearing
    case(
        "X291-042",
        caption("a man in a pink shirt and blue pants"),
        color_of("shirt", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("it has a pocket on the left side and a", "cut"),
        wearing(
            "blouse/shirt, pants, blouse/shirt and pants and the color of the blouse/shirt is pink and the color of "
            "the pants is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: model in a short-sleeved tropical print shirt (green palm leaves and a few orange hibiscus flowers on
    # white, no birds), white shorts, white backdrop.
    # adapter: none
    case(
        "X291-043",
        caption("a man in a hawaiian shirt with palm trees on it"),
        D.color("green"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        describe("shirt", "a colorful shirt with palm trees and parrots", "unsupported"),
        color_of("shorts", "white"),
        wearing(
            "a hawaiian shirt and white shorts Question: What is the color of the shorts? Answer: white",
            "leak",
            who="he",
        ),
        title="Men Multicoloured Tropical Printed Casual Shirt",
        category="Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a brown matte cotton-look sleeveless Nehru jacket buttoned over a long white kurta, white
    # pyjamas, white backdrop.
    # adapter: none
    case(
        "X291-044",
        caption("a man in a white kurta and a brown vest"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        wearing("a brown jacket over a white kurta", who="he"),
        is_a("kurta", "yes", "contradiction"),
        title="Men Brown Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: model in grey slim jeans, white shirt tucked in, black belt, white backdrop, front view.
    # adapter: none
    case(
        "X291-045",
        caption("a man in a white shirt and grey jeans"),
        color_of("shirt", "grey", "other_garment_color"),
        color_of("jeans", "grey"),
        D.color("black", "contradiction"),
        wearing("a white shirt and grey jeans with a black belt", who="he"),
        D.material("denim"),
        is_a("shirt", "yes", "contradiction"),
        D.details("grey jeans", "restated"),
        title="Men Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: model in navy shorts with a green check, white t-shirt, white backdrop, front view.
    # adapter (VQA): details
    case(
        "X291-046",
        caption("a man in a white shirt and plaid shorts"),
        D.pattern("checked"),
        color_of("shorts", "white", "other_garment_color"),
        details(
            "shorts",
            "the shorts are navy, the shorts are navy, the shorts are navy, the shorts are navy, the",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white t-shirt and shorts.", who="he"),
        D.material("cotton"),
        fit("the fit of the shorts", "non_answer"),
        title="Men Navy Blue & Green Checked Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
]
