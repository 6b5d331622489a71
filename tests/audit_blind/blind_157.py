"""BLIND_157 (44 products; the experiments re-run on a Myntra-style catalog of kids' wear, with is_a and color_of
questions): written blind in the twenty-second session. Measured blind at 25c5439: 128/142 failures found (90.1%)
and 6/147 correct texts flagged (4.1%). The writer's notes, verbatim:

Blind corpus 157: BLIP-2 OPT-2.7b on a Myntra-style kids' wear catalog.

Scenario: the original experiments' untuned base model and their fine-tuned LoRA adapters are re-run on a
Myntra-style catalog of kids' wear (boys and girls, infants to teens): t-shirts, shirts, frocks and dresses, jeans,
shorts, ethnic sets (kurta sets, lehenga choli, anarkali), jackets, sweaters and cardigans, nightwear, rompers and
two-piece sets, photographed on child models (studio, garden, street, bedroom), on hangers and as flat packshots.
Each product was asked enrich's default questionnaire (DEFAULT_QUESTIONS), or the closed questions of
BLIND_QUESTIONS together with the experiments' own questions ("What is she/he wearing?", "What is the color of the
shirt?", "Describe the shirt.", "What are the shirt details?") and a few "Is this a ...?" questions. The seller's
marketplace columns are passed where the seller filled them: gender (Boys, Girls, Unisex Kids), category (Myntra
article type), color (base colour) and title; a few products lack some of them.

Which system wrote which text (named again in the comment above each case):
- base: the untuned `Salesforce/blip2-opt-2.7b`: short captions ("a little girl in a pink dress"), short answers
  that stop on the newline; its failures are one color for every garment, the wrong pronoun, background colors,
  invented details, and bare non-answers ("it's a dress", "they are short").
- cap1 / cap3: the caption adapters `Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (epoch 1) and
  `Data2_V2_Blip2_Finetune_Caption` (epoch 3): DeepFashion-MultiModal template captions ("The lady wears a
  short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a round neckline. ..."),
  patterns instead of hues, never an end token: cut at 50 (caption) or 30 (answer) new tokens, or looping; they
  return the caption template for every question.
- vqa: the VQA adapter `Data3_V3_BLIP2_VQA`: loops ("pink pink pink ...", "a dress with a dress with ..."), echoes of
  the `Question: ... Answer:` prompt, "yes" to garment questions, a broken caption.
- closed answers (garment_type, color, pattern, sleeve_length, is_a) were ranked from the candidate set by the base
  model unless the comment says otherwise.

How it was written: blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case
layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, TARGETS); nothing else of the project, and no audit
code. Photos are imagined; each is described in the comment above its case and every label is judged against it.

Label conventions and judgement calls:
- One label per text: the failure a reader would notice first. A template answer cut at the token limit is "cut"
  even when the template also says "shirt" for a kurta; a loop that runs into the limit is "loop" (hit_limit=True).
- cut: stops mid-phrase. hit_limit=True when it ran to 50 new tokens (caption) or 30 (answer); a few are cut before
  the limit (hit_limit=False). Every correct text ends cleanly and has hit_limit=False.
- Near-color synonyms are correct: navy/royal/teal -> blue, maroon -> red, mustard -> yellow, lavender/magenta ->
  purple/pink, peach -> pink, cream/off-white -> white, charcoal/grey melange -> gray, olive -> green. Multi-colored
  products (tie-dye, "Blue & Grey") accept any of their listed colors and "multicolor".
- other_garment_color: an open answer that gives the product (the seller's article) the color of another garment in
  the photo (the jeans' blue for the jacket). contradiction: any other color or garment that the photo, the other
  texts or the seller contradict: a companion garment given the product's color ("grey" jeans under a grey polo), a
  closed color that belongs to another garment, background or wall colors, "yes" to "Is this a pair of jeans?" for
  joggers, an ethnic kurta set called a "dress" (the seller's category is a kurta set; an anarkali listed as an
  ethnic dress is a dress).
- Backgrounds, walls, hangers, gardens and beds named in a caption are correct when they are in the photo.
- unsupported: a detail not in the photo (a hood on a bomber, a logo on a plain tee, a zipper, a tie, a bow on a back
  that is not visible) and materials neither visible nor in the title (silk, flannel). Visible materials (denim,
  velvet, satin, knit) and materials named in the title (pure cotton) are correct.
- non_answer: nothing said, or only the question's words back ("it's a shirt", "they are jeans", empty). restated:
  a longer sentence that only turns the question around ("the details of the garment are the details on the
  garment").
- pronoun: a person word or pronoun of the other sex than the seller's gender and the photo ("she" for a Boys
  product). The DeepFashion "lady"/"gentleman" for a girl/boy is the right sex and not a pronoun failure. Unisex Kids
  products carry no pronoun failures.
- leak: any echo of the `Question: ... Answer:` format in the output, whether or not it also loops.
- Materials the base model guesses against the photo are unsupported: "cotton" for a shiny PVC raincoat, "lace" for a
  plain smocked frock, "silk" for a matte cotton-look dress. A lehenga choli, like a kurta set, called a "dress" is a
  contradiction.
- A caption-adapter template given for a question (CONTEXT, failure 2) is labelled by how it ends: cut or loop.
- Patterns: cable knit, washed denim and a plain garment in a flowered garden are "solid"; a sequin heart and a text
  print are "graphic"; bandhani dots are "printed".
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_157: list[Case] = [
    # 1. Boy (~7) in a navy t-shirt with a white dinosaur print on the chest and grey shorts, white studio background.
    # caption: cap3; description: vqa; details: cap3 (caption template returned); the rest: base.
    case(
        "KW-TS-001",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The person wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a little girl in a blue t-shirt with a dinosaur on it and grey shorts", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.description(
            "t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt", "loop", hit_limit=True
        ),
        D.details(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="Boys Navy Blue Printed Round Neck Pure Cotton T-shirt",
    ),
    # 2. Girl (~6) in a pink sleeveless tiered frock with small white and yellow flowers, white sandals, plain grey
    # studio wall; no bow, no bag. caption, wearing, color_of, closed: base; describe: vqa; details: cap1.
    case(
        "KW-FR-002",
        caption("a little girl in a pink dress standing in front of a gray wall"),
        wearing("a pink dress with a white bow and a pink handbag", "unsupported", who="she"),
        color_of("dress", "pink", kind="open"),
        is_a("frock", "yes"),
        describe(
            "dress",
            "the dress is a dress with a dress with a dress with a dress with a dress with a dress with a dress with a",
            "loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "The lady wears a tank dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Girls Pink Floral Print Cotton Fit and Flare Dress",
    ),
    # 3. Flat packshot, no person: mid-blue slim jeans laid flat on white. caption, closed, details: base;
    # color_of: vqa; describe: cap3 (template, looping).
    case(
        "KW-JN-003",
        caption("a pair of blue jeans on a white background"),
        B.garment_type("jeans"),
        B.color("blue"),
        color_of(
            "jeans",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jeans", "they are jeans", "non_answer"),
        is_a("jeans", "yes", article="a pair of"),
        describe(
            "jeans",
            "The person wears a long denim pants. The pants are with denim fabric and pure color patterns. The person "
            "wears a long denim pants. The",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jeans",
        color="Blue",
        title="Boys Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 4. Boy (~10) in a green-and-white checked full-sleeve shirt with one chest pocket, buttoned, over khaki chinos,
    # outdoors with blurred trees. All base except details (vqa).
    case(
        "KW-SH-004",
        caption("a young boy standing in front of some trees"),
        wearing("a plaid shirt and khaki", "cut", who="he"),
        color_of("shirt", "green and white", kind="open"),
        color_of("pants", "green", "contradiction", kind="open"),
        B.pattern("checked"),
        details(
            "shirt",
            "the shirt has a collar and buttons on the front and a pocket on the chest and a pocket on the chest and a "
            "pocket on the chest",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shirts",
        color="Green",
        title="Boys Green & White Checked Casual Shirt",
    ),
    # 5. Boy (~8) in a mustard kurta with a small ethnic motif print, mandarin collar, three white buttons, and white
    # pyjamas, white backdrop. caption: cap3; description: vqa; the rest: base.
    case(
        "KW-ET-005",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.description(
            "a yellow shirt with a white shirt with a white shirt with a white shirt with a white shirt with a white",
            "loop",
            hit_limit=True,
        ),
        D.details("the kurta has a zipper on the back", "unsupported"),
        D.material("silk", "unsupported"),
        gender="Boys",
        category="Kurta Sets",
        color="Mustard",
        title="Boys Mustard Yellow Ethnic Motifs Printed Kurta with Pyjamas",
    ),
    # 6. Girl (~9) in a red hooded puffer jacket, zipped, over blue jeans and black boots, white background.
    # wearing: vqa; the rest: base.
    case(
        "KW-JK-006",
        caption("a little girl wearing a red jacket and blue jeans"),
        wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        is_a("jacket", "yes"),
        describe("jacket", "a red puffer jacket with a hood"),
        details("jacket", "it is a jacket", "non_answer"),
        gender="Girls",
        category="Jackets",
        color="Red",
        title="Girls Red Solid Padded Jacket with Hood",
    ),
    # 7. Flat packshot, no person: lavender full-sleeve top with white unicorn prints and matching pyjama, folded side
    # by side on white. details: vqa; describe: cap1 (template, no person); the rest: base.
    case(
        "KW-NS-007",
        caption("a purple pajama set with unicorns on it"),
        B.garment_type("pajamas"),
        B.color("purple"),
        details("top", "Question: What are the top details? Answer: the top details are the top details", "leak"),
        B.material("cotton"),
        describe(
            "top",
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Night suits",
        color="Lavender",
        title="Girls Lavender & White Unicorn Printed Pure Cotton Night Suit",
    ),
    # 8. Boy (~6) in olive cargo shorts with side pockets, a plain white t-shirt and sneakers, white background.
    # describe: cap3; the rest: base.
    case(
        "KW-SR-008",
        caption("a boy in a white t-shirt and green shorts"),
        wearing("a white shirt and green shorts", who="he"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("shorts", "they are short", "non_answer"),
        is_a("shorts", "yes", article="a pair of"),
        describe(
            "shorts",
            "The person wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "person wears a three-point shorts. The shorts",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="Boys Olive Green Solid Cotton Shorts",
    ),
    # 9. Hanger shot: cream cable-knit pullover with ribbed hems on a wooden hanger against a pale blue wall.
    # describe: vqa (stopped early); the rest: base.
    case(
        "KW-SW-009",
        caption("a white sweater hanging on a hanger against a blue wall"),
        B.color("white"),
        B.pattern("solid"),
        color_of("sweater", "blue", "contradiction", kind="open"),
        describe("sweater", "the sweater is knitted and has a ribbed", "cut"),
        B.material("knit"),
        details("sweater", "the sweater is a sweater that you wear when it is cold", "restated"),
        gender="Girls",
        category="Sweaters",
        color="Cream",
        title="Girls Cream-Coloured Cable Knit Pullover Sweater",
    ),
    # 10. Girl (~8) in a yellow t-shirt with black "SUNSHINE" text print and a short denim skirt, white background.
    # caption: cap1; details, material: vqa; the rest: base.
    case(
        "KW-TS-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short denim skirt. The skirt is with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt that says sunshine and a denim skirt"),
        D.color("yellow"),
        D.description("a blue t-shirt with the word sunshine on it", "other_garment_color"),
        D.details(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton\nQuestion: What is the pattern of the garment? Answer: graphic\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tshirts",
        color="Yellow",
        title="Girls Yellow Typography Printed Pure Cotton T-shirt",
    ),
    # 11. Girl (~7) in a navy-and-white horizontally striped sleeveless A-line dress, white sneakers, light pink
    # studio background. details: vqa; the rest: base.
    case(
        "KW-DR-011",
        caption("a little girl in a blue and white striped dress"),
        wearing("he is wearing a blue and white striped dress", "pronoun"),
        color_of("dress", "blue and white", kind="open"),
        B.pattern("striped"),
        describe("dress", "it's a dress", "non_answer"),
        details(
            "dress",
            "Answer: the dress has stripes Question: What are the dress details? Answer: the dress has stripes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Girls",
        category="Dresses",
        color="Navy Blue",
        title="Girls Navy Blue & White Striped A-Line Dress",
    ),
    # 12. Boy (~11) in a white full-sleeve formal shirt tucked into black trousers with a black belt, grey studio
    # background, no tie. wearing: vqa; description: cap3; the rest: base.
    case(
        "KW-SH-012",
        caption("a young boy wearing a white shirt and black pants"),
        D.wearing(
            "white shirt and black pants and a black belt and a black belt and a black belt and a black belt and a "
            "black belt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("grey", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel collar. The",
            "cut",
            hit_limit=True,
        ),
        D.details("a black tie", "unsupported"),
        D.material("cotton"),
        gender="Boys",
        category="Shirts",
        color="White",
        title="Boys White Solid Pure Cotton Formal Shirt",
    ),
    # 13. Girl (~5) in a magenta flared lehenga with a wide gold embroidered border, a matching short-sleeve blouse
    # and a sheer pink dupatta over one shoulder, white background. description: vqa; the rest: base.
    case(
        "KW-LH-013",
        caption("a little girl wearing a pink and gold indian outfit"),
        D.wearing("a pink skirt and top with a scarf"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.pattern("embroidered"),
        D.description(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the skirt has a gold border at the bottom and the top has a gold border at the neck and the sleeves and "
            "the dupatta has a",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the garment is the material that it is made of", "restated"),
        gender="Girls",
        category="Lehenga Choli",
        color="Magenta",
        title="Girls Magenta & Gold-Toned Embroidered Ready to Wear Lehenga Choli with Dupatta",
    ),
    # 14. Flat packshot, no person: infant's peach short-sleeve romper with snap buttons down the front, on white.
    # describe: vqa; the rest: base.
    case(
        "KW-RP-014",
        caption("a baby's onesie on a white background"),
        B.garment_type("romper"),
        B.color("pink"),
        color_of("romper", "white", "contradiction", kind="open"),
        describe(
            "romper",
            "a baby romper with a baby romper with a baby romper with a baby romper with a baby romper with a baby",
            "loop",
            hit_limit=True,
        ),
        details("romper", "snap buttons on the front"),
        gender="Unisex Kids",
        category="Rompers",
        color="Peach",
        title="Infant Kids Peach-Coloured Solid Pure Cotton Romper",
    ),
    # 15. Boy (~12) in a grey melange polo with a two-button placket and navy collar tipping, blue jeans, white
    # background. caption: cap3; the rest: base.
    case(
        "KW-TS-015",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel collar. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a grey polo shirt and blue jeans", "pronoun"),
        color_of("shirt", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        B.garment_type("polo shirt"),
        details("shirt", "it has a collar and two buttons"),
        describe("shirt", "a shirt", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Grey Melange",
        title="Boys Grey Melange Solid Polo T-shirt",
    ),
    # 16. Girl (~6) in a black long-sleeve velvet party dress with a red rose print and a red hairband, front view
    # only, white background. description: vqa; the rest: base.
    case(
        "KW-DR-016",
        caption("a little girl in a black dress with red flowers"),
        D.wearing("a black dress with red roses and a red", "cut"),
        D.color("black"),
        D.description(
            "a black dress with red flowers on it and a red flower on it and a red flower on it and a red flower on it",
            "loop",
            hit_limit=True,
        ),
        D.details("the dress has a bow on the back", "unsupported"),
        D.material("velvet"),
        gender="Girls",
        category="Dresses",
        color="Black",
        title="Girls Black & Red Floral Print Velvet Party Dress",
    ),
    # 17. Girl (~10) in light-blue distressed skinny jeans with knee rips and a white top with a small pink heart,
    # white background. wearing: vqa; the rest: base.
    case(
        "KW-JN-017",
        caption("a girl in a white shirt and ripped jeans"),
        wearing(
            "Question: What is she wearing? Answer: jeans Question: What is she wearing? Answer: jeans Question: What "
            "is",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("jeans", "they have holes in the knees"),
        describe(
            "jeans",
            "they are light blue skinny jeans with rips on the knees and a button and zip fly and two pockets at the",
            "cut",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        gender="Girls",
        category="Jeans",
        color="Blue",
        title="Girls Blue Skinny Fit Mid-Rise Distressed Jeans",
    ),
    # 18. Girl (~9) in a green knee-length kurta with a white floral print, three-quarter sleeves, matching flared
    # sharara and a white dupatta, white background. caption, material: cap3; details: vqa; the rest: base.
    case(
        "KW-ET-018",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green dress with white flowers", "contradiction"),
        D.garment_type("kurta"),
        D.color("green"),
        D.description("a green and white floral kurta set"),
        D.details(
            "flowers, flowers, flowers, flowers, flowers, flowers, flowers, flowers, flowers, flowers, flowers, "
            "flowers, flowers, flowers, flowers",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Green",
        title="Girls Green Floral Printed Pure Cotton Kurta with Sharara & Dupatta",
    ),
    # 19. Boy (~11) in a navy hooded sweatshirt with an orange "NYC 23" print and a kangaroo pocket, black joggers,
    # white background; a pullover with no zipper. description: cap1; material: base (empty); the rest: base.
    case(
        "KW-SW-019",
        caption("a boy wearing a blue hoodie with the number 23 on it"),
        D.wearing("a girl in a hoodie and black pants", "pronoun"),
        D.color("blue"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a zipper on the front", "unsupported"),
        D.material("", "non_answer"),
        gender="Boys",
        category="Sweatshirts",
        color="Navy Blue",
        title="Boys Navy Blue Printed Cotton Hooded Sweatshirt",
    ),
    # 20. Girl (~8) in a pink-and-white gingham short-sleeve shirt and white shorts, white background; the seller
    # left category and base colour empty. caption: vqa (broken captions); the rest: base.
    case(
        "KW-SH-020",
        caption(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink and white checkered shirt and white shorts", who="she"),
        color_of("shirt", "pink and white", kind="open"),
        color_of("shorts", "pink", "contradiction", kind="open"),
        describe("shirt", "it's a shirt", "non_answer"),
        B.pattern("checked"),
        details("shirt", "the details of the shirt are the details of the shirt", "restated"),
        gender="Girls",
        title="Girls Pink Checked Casual Shirt",
    ),
    # 21. Hanger shot: yellow smocked frock with puff sleeves on a pink wooden hanger against a white tiled wall, no
    # person; plain cotton, no lace anywhere. describe: vqa; details: cap3; the rest: base.
    case(
        "KW-FR-021",
        caption("a yellow dress hanging on a pink hanger"),
        B.garment_type("dress"),
        B.color("yellow"),
        is_a("frock", "yes"),
        describe(
            "dress",
            "yellow dress with puff sleeves and a ruffled hem and a ruffled hem and a ruffled hem and a ruffled hem "
            "and a",
            "loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("lace", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="Yellow",
        title="Girls Yellow Self-Design Smocked Fit & Flare Dress",
    ),
    # 22. Girl (~10) in light-blue washed denim shorts with a frayed hem and a white sleeveless top with floral
    # embroidery tucked in, white background. caption: cap1; description: vqa; the rest: base.
    case(
        "KW-SR-022",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and denim shorts"),
        D.garment_type("shorts"),
        D.color("white", "contradiction"),
        D.details("they are frayed at the bottom"),
        D.description(
            "Answer: blue denim shorts\nQuestion: Describe the garment. Answer: blue denim shorts\nQuestion: Describe",
            "leak",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Girls",
        category="Shorts",
        color="Blue",
        title="Girls Blue Washed Denim Shorts",
    ),
    # 23. Boy (~12) in an olive bomber jacket with a ribbed collar (no hood), worn open over a white t-shirt with a
    # small black print, black jeans, white background. describe: cap3; the rest: base.
    case(
        "KW-JK-023",
        caption("a boy wearing a green jacket and black pants"),
        wearing("a green jacket over a white t-shirt", who="he"),
        color_of("jacket", "green", kind="open"),
        color_of("shirt", "green", "contradiction", kind="open"),
        describe(
            "jacket",
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand collar. This man wears a long",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "it has a hood", "unsupported"),
        is_a("jacket", "yes"),
        gender="Boys",
        category="Jackets",
        color="Olive",
        title="Boys Olive Green Solid Bomber Jacket",
    ),
    # 24. Boy (~4) in a sky-blue t-shirt printed with grey cars and grey pyjama pants with blue cuffs, white
    # background. wearing, description: vqa; details: cap1; the rest: base.
    case(
        "KW-NS-024",
        caption("a little boy wearing pajamas with cars on them"),
        D.wearing("pajamas Question: What is the color of the garment? Answer: blue", "leak"),
        D.color("grey"),
        D.description(
            "pajamas pajamas pajamas pajamas pajamas pajamas pajamas pajamas pajamas pajamas pajamas pajamas",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        D.material("flannel", "unsupported"),
        gender="Boys",
        category="Night suits",
        color="Blue",
        title="Boys Blue & Grey Printed Night Suit",
    ),
    # 25. Flat packshot, no person: plain red crew-neck short-sleeve t-shirt, no print or logo, on white.
    # color_of: vqa; describe: cap3; the rest: base.
    case(
        "KW-TS-025",
        caption("a red t-shirt on a white background"),
        B.garment_type("t-shirt"),
        B.color("red"),
        color_of(
            "shirt",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "a logo on the chest", "unsupported"),
        describe(
            "shirt",
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Unisex Kids",
        category="Tshirts",
        color="Red",
        title="Kids Red Solid Round Neck T-shirt",
    ),
    # 26. Girl (~12) in a teal sleeveless maxi dress with a gathered waist, standing in a garden among pink flowers.
    # describe: vqa; the rest: base.
    case(
        "KW-DR-026",
        caption("a young girl in a blue dress standing in a garden with pink flowers"),
        wearing("a long blue dress", who="she"),
        color_of("dress", "pink", "contradiction", kind="open"),
        B.pattern("solid"),
        describe(
            "dress",
            "a long dress with a long dress with a long dress with a long dress with a long dress with a long dress",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress is the dress that the girl is wearing in the garden", "restated"),
        gender="Girls",
        category="Dresses",
        color="Teal",
        title="Girls Teal Blue Solid Sleeveless Maxi Dress",
    ),
    # 27. Boy (~9) in a maroon full-sleeve shirt with a self maroon mandarin collar, untucked over beige chinos, white
    # background.
    # caption: cap3 (stopped on its own at a full stop); the rest: base.
    case(
        "KW-SH-027",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. This gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        wearing("a red shirt and khaki pants", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red", "contradiction", kind="open"),
        details("shirt", "it has a mandarin collar and buttons down the front"),
        is_a("shirt", "yes"),
        describe("shirt", "a red shirt with a white collar", "unsupported"),
        gender="Boys",
        category="Shirts",
        color="Maroon",
        title="Boys Maroon Solid Mandarin Collar Casual Shirt",
    ),
    # 28. Boy (~7) in a white kurta and white pyjamas under a navy Nehru jacket (layered), white background.
    # details, material: vqa; the rest: base.
    case(
        "KW-ET-028",
        caption("a young boy in a white outfit with a blue vest"),
        D.wearing("a white kurta and a blue vest"),
        D.color("white"),
        D.description("a white kurta with a blue nehru", "cut"),
        D.details(
            "the vest the vest the vest the vest the vest the vest the vest the vest the vest the vest the vest",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: solid Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="White",
        title="Boys White Pure Cotton Kurta with Pyjamas & Navy Blue Nehru Jacket",
    ),
    # 29. Boy (~10) in black joggers with white side stripes and ribbed cuffs, a plain grey t-shirt, white sneakers,
    # white background. caption, is_a: vqa; the rest: base.
    case(
        "KW-JG-029",
        caption(
            "a boy a boy a boy a boy a boy a boy a boy a boy a boy a boy a boy a boy a boy a boy a boy a boy a boy",
            "loop",
            hit_limit=True,
        ),
        wearing("a gray shirt and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        color_of("shirt", "black", "contradiction", kind="open"),
        details("pants", "they are gray with white stripes on the side", "other_garment_color"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        gender="Boys",
        category="Track Pants",
        color="Black",
        title="Boys Black Solid Joggers",
    ),
    # 30. Girl (~7) in a white sleeveless top with a layered ruffle front and a pink floral skirt, white background.
    # caption: cap1; the rest: base.
    case(
        "KW-TP-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and floral patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and a pink skirt"),
        D.color("pink", "contradiction"),
        D.description("a pink top with ruffles", "other_garment_color"),
        D.details("ruffles on the front"),
        D.material("cotton"),
        gender="Girls",
        category="Tops",
        color="White",
        title="Girls White Ruffled Pure Cotton Top",
    ),
    # 31. Boy (~13) in a charcoal V-neck sweater over a white collared shirt (collar showing), navy trousers, white
    # background. wearing: vqa; details: cap3; the rest: base.
    case(
        "KW-SW-031",
        caption("a boy in a gray sweater and a white shirt"),
        wearing(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        color_of("sweater", "gray", kind="open"),
        color_of("shirt", "gray", "contradiction", kind="open"),
        describe("sweater", "a white v-neck sweater", "other_garment_color"),
        details(
            "sweater",
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. This gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Sweaters",
        color="Charcoal",
        title="Boys Charcoal Grey Self Design V-Neck Sweater",
    ),
    # 32. Flat packshot, no person: short-sleeve tie-dye shirt dress (pink, blue and yellow swirls) with a collar and
    # a button front, matte cotton look, on white. color_of: vqa; the rest: base.
    case(
        "KW-DR-032",
        caption("a tie dye shirt dress on a white background"),
        B.color("multicolor"),
        B.pattern("tie-dye"),
        color_of(
            "dress",
            "pink and blue and yellow and pink and blue and yellow and pink and blue and yellow and pink and blue and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("dress", "a dress", "non_answer"),
        details("dress", "buttons down the front and a collar"),
        B.material("silk", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="Multi",
        title="Girls Multicoloured Tie-Dye Shirt Dress",
    ),
    # 33. Boy (~12) in black regular jeans, a red-and-black checked flannel shirt worn open over a black t-shirt,
    # white background. caption: cap3; details: vqa; the rest: base.
    case(
        "KW-JN-033",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel collar. This gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a red plaid shirt and black jeans", who="he"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        color_of("shirt", "red and black", kind="open"),
        details(
            "jeans",
            "the jeans are black and the jeans are black and the jeans are black and the jeans are black and",
            "loop",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        describe("jeans", "black jeans with five pockets and a", "cut"),
        gender="Boys",
        category="Jeans",
        color="Black",
        title="Boys Black Regular Fit Mid-Rise Jeans",
    ),
    # 34. Girl (~8) in an orange anarkali with bandhani dots, three-quarter sleeves and a gold gota border at the hem,
    # no dupatta or belt, white background. wearing: vqa; material: cap3; the rest: base.
    case(
        "KW-ED-034",
        caption("a little girl in an orange dress"),
        D.wearing("Question: What is the person wearing? Answer: a dress", "leak"),
        D.garment_type("dress"),
        D.color("orange"),
        D.description("an orange dress with gold trim at the bottom"),
        D.details("it has a belt and a matching scarf", "unsupported"),
        D.material(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Ethnic Dresses",
        color="Orange",
        title="Girls Orange & Gold Bandhani Print Anarkali Ethnic Dress",
    ),
    # 35. Boy (~6) in a green-and-navy horizontally striped t-shirt and khaki shorts, white background; the seller
    # gave no title or base colour. description: vqa; the rest: base.
    case(
        "KW-TS-035",
        caption("a young boy in a striped shirt and shorts"),
        D.wearing("she is wearing a striped shirt and shorts", "pronoun"),
        D.color("green"),
        D.pattern("striped"),
        D.description(
            "a green and blue striped shirt with a green and blue striped shirt with a green and blue striped shirt "
            "with a",
            "loop",
            hit_limit=True,
        ),
        D.details("it's a t-shirt", "non_answer"),
        gender="Boys",
        category="Tshirts",
    ),
    # 36. Child (~5) on a grey street on an overcast day in a yellow hooded raincoat with snap buttons and blue rain
    # boots; a shiny PVC shell. description: vqa; the rest: base.
    case(
        "KW-JK-036",
        caption("a child in a yellow raincoat standing on a street"),
        D.wearing("a blue raincoat and blue boots", "other_garment_color"),
        D.garment_type("jacket"),
        D.color("yellow"),
        D.description(
            "yellow raincoat with a hood and a hood and a hood and a hood and a hood and a hood and a hood",
            "loop",
            hit_limit=True,
        ),
        D.details("a hood and buttons"),
        D.material("cotton", "unsupported"),
        gender="Unisex Kids",
        category="Jackets",
        color="Yellow",
        title="Kids Yellow Hooded Raincoat",
    ),
    # 37. Flat packshot, no person: navy shorts with a small white anchor print and a drawstring waist, on white.
    # caption: cap1 (looping template); the rest: base.
    case(
        "KW-SR-037",
        caption(
            "The person wears a three-point shorts. The shorts are with cotton fabric and graphic patterns. The person "
            "wears a three-point shorts. The shorts are with cotton fabric and graphic patterns. The person",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        B.color("blue"),
        B.pattern("printed"),
        color_of("shorts", "white", "contradiction", kind="open"),
        details("shorts", "anchors and a drawstring"),
        describe("shorts", "the shorts are shorts that are short", "restated"),
        gender="Boys",
        category="Shorts",
        color="Navy Blue",
        title="Boys Navy Blue Printed Regular Shorts",
    ),
    # 38. Girl (~5) in a red dress with white polka dots, a white Peter Pan collar, short puff sleeves and white
    # buttons at the bodice, white shoes, white background. wearing, details: vqa; the rest: base.
    case(
        "KW-FR-038",
        caption("a little girl in a red and white polka dot dress"),
        wearing(
            "a red dress\nQuestion: What is the color of the dress? Answer: red\nQuestion: What",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "red and white", kind="open"),
        describe("dress", "a red dress with white polka dots and a white collar"),
        details(
            "dress",
            "a white collar and white buttons and white buttons and white buttons and white buttons and white buttons "
            "and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Red",
        title="Girls Red & White Polka Dot Print A-Line Dress",
    ),
    # 39. Girl (~9) in a lavender t-shirt with a flip-sequin heart on the chest and white jeans, white background.
    # wearing: cap1; the rest: base.
    case(
        "KW-TS-039",
        caption("a girl wearing a purple shirt with a heart on it"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.description("a white t-shirt with a sequin heart", "other_garment_color"),
        D.details("the details of the garment are the details on the garment", "restated"),
        gender="Girls",
        category="Tshirts",
        color="Lavender",
        title="Girls Lavender Sequinned Round Neck T-shirt",
    ),
    # 40. Boy (~9) in a royal-blue kurta with a small white paisley print and a white churidar, white background.
    # caption: cap3; details: vqa; the rest: base.
    case(
        "KW-ET-040",
        caption(
            "This gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand collar. This gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a blue kurta and white pants", who="the boy"),
        color_of("kurta", "blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        is_a("kurta", "yes"),
        describe("kurta", "a white kurta with blue flowers", "other_garment_color"),
        B.pattern("paisley"),
        details(
            "kurta",
            "Answer: the kurta has a collar Answer: the kurta has a collar Answer: the kurta has a collar Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Blue",
        title="Boys Blue Printed Kurta with Churidar",
    ),
    # 41. Girl (~10) in a pink-and-white striped button cardigan worn open over a white t-shirt, blue jeans, white
    # background. description: vqa; material: cap3; the rest: base.
    case(
        "KW-SW-041",
        caption("a girl wearing a pink and white striped sweater and blue jeans"),
        D.wearing("he is wearing a pink sweater and jeans", "pronoun"),
        D.color("pink"),
        D.description(
            "a pink and white striped cardigan with buttons on the front and buttons on the front and buttons on the "
            "front and",
            "loop",
            hit_limit=True,
        ),
        D.details("buttons on the front"),
        D.material(
            "The lady wears a long-sleeve sweater with stripe patterns. The sweater is with knitting fabric. It has a "
            "V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Sweaters",
        color="Pink",
        title="Girls Pink & White Striped Cardigan",
    ),
    # 42. Girl (~7) sitting on a bed with white pillows in a peach satin pyjama set: long-sleeve shirt with white
    # piping and matching pants; no title. details: cap3; the rest: base.
    case(
        "KW-NS-042",
        caption("a little boy sitting on a bed in his pajamas", "pronoun"),
        wearing("pink pajamas", who="she"),
        color_of("pajamas", "white", "contradiction", kind="open"),
        describe("pajamas", "satin pajamas with white trim"),
        details(
            "pajamas",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel collar. The",
            "cut",
            hit_limit=True,
        ),
        B.material("satin"),
        gender="Girls",
        category="Night suits",
        color="Peach",
    ),
    # 43. Hanger shot: light-wash denim shirt with two flap chest pockets and metal snaps on a black hanger against a
    # white brick wall, no person. details, is_a: vqa; wearing: cap3 (template for a person who is not there);
    # the rest: base.
    case(
        "KW-SH-043",
        caption("a denim shirt hanging on a brick wall"),
        B.color("blue"),
        B.material("denim"),
        describe("shirt", "a blue denim shirt with two pockets"),
        details(
            "shirt",
            "the pockets on the front, the buttons on the front, the pockets on the front, the buttons on the front, "
            "the pockets",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "no", "contradiction"),
        wearing(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel collar. This",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Boys Blue Denim Casual Shirt",
    ),
    # 44. Toddler boy (~3) in a red t-shirt with a black Mickey Mouse graphic and black shorts, white background.
    # caption: cap1; details: vqa; the rest: base.
    case(
        "KW-ST-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and black shorts", who="the boy"),
        color_of("shirt", "red", kind="open"),
        color_of("shorts", "red", "contradiction", kind="open"),
        describe("shirt", "a red t-shirt with mickey mouse on it"),
        details("shorts", "", "non_answer"),
        B.pattern("graphic"),
        gender="Boys",
        category="Clothing Set",
        color="Red",
        title="Boys Red & Black T-shirt with Shorts Set",
    ),
]
