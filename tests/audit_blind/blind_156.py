"""BLIND_156 (44 products; the experiments re-run on a Myntra-style catalog of men's and women's winter wear, with
is_a and color_of questions): written blind in the twenty-second session. Measured blind at 25c5439: 117/140
failures found (83.6%) and 8/143 correct texts flagged (5.6%). The writer's notes, verbatim:

Blind corpus 156: BLIP-2 OPT-2.7b on a Myntra-style winter-wear catalog.

Scenario: the original experiments' untuned base model (Salesforce/blip2-opt-2.7b) and their fine-tuned LoRA
adapters re-run on a marketplace catalog of men's and women's winter wear: sweaters, cardigans, sweatshirts,
hoodies, jackets, puffer jackets, coats, blazers, shawls, mufflers and thermal tops. Photos are of three kinds:
models wearing the product over (or under) other garments, products on hangers, and flat packshots without a
person. Each product was asked enrich's default questionnaire (DEFAULT_QUESTIONS) or the closed questions of
BLIND_QUESTIONS, plus a few "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions.
The seller's catalog columns (gender, article type as category, base colour as color, product title as title) are
passed where the marketplace has them; a few products lack some of them.

Which system wrote which text (named again in the comment above each case):
- base: the untuned Salesforce/blip2-opt-2.7b. Short, mostly sensible answers; it stops on its own, but it
  sometimes loops, restates the question, leaks the "Question: ... Answer:" format, gets the pronoun wrong,
  gives one color for every garment, takes the color of an inner layer or of the background, invents details.
- cap-ep1 / cap-ep3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
  leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). They answer every prompt with the DeepFashion-MultiModal
  caption template ("The lady is wearing a long-sleeve sweater with pure color patterns. ..."), which has no
  hue names, defaults to "the lady", never stops (no end token trained) and so is cut at the 50-token (caption)
  or 30-token (answer) limit or loops on one of its sentences.
- vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Answers with In-shop class names ("jacket/coat",
  "sweatshirt/hoodie", "long-sleeve"), never stops: loops ("yes yes yes ..."), or continues with a new
  "Question: ... Answer:" pair (a leak); says "yes" to most yes/no questions; has no class for accessories.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py
(the Case/Text layout and the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a(), color_of(), question(), case(),
TARGETS). No other file of the project, no audit code, no other corpus. Nothing of the project was run but an
import check of this module (labels were counted with grep on this file alone). The photos are imagined; the comment
above each case describes the photo the labels are judged against.

Label conventions and judgement calls:
- One failure kind per text, the dominant one; every text without a failure is a correct answer.
- hit_limit=True whenever the text ran to the token limit (50 new tokens for captions, 30 for answers). All
  adapter texts that never stopped have it, whatever their label: a cut text is labelled "cut", a text that
  repeats itself until the limit is labelled "loop", a text that continues with a new "Question: ... Answer:" is
  labelled "leak", and a caption template whose main fault is "the lady" on a men's product is labelled
  "pronoun" even though it is also cut. A "cut" with hit_limit=False is an answer the model stopped mid-phrase.
- "loop": the same phrase (word, sentence or list item) repeated at least three times, or a template sentence
  coming back a second and third time.
- "non_answer": empty text, "i don't know", "yes" to an open question, or a caption template with no hue to a
  color question / a full caption to a yes-no question (nothing that answers what was asked).
- "restated": the question's own words given back ("the material of the garment is the material of the garment").
- "contradiction": a color, garment type, pattern or sleeve answer that the photo and the other texts or the
  seller columns contradict (background color given as the product's color; "yes" to "Is this a sweater?" for a
  jacket; "long-sleeve" for a muffler; one color repeated for a garment that another text gives another color).
- "other_garment_color": the product given the color (or a colored part) of a garment worn with it: the inner
  tee, the shirt collar, the trousers, the coat over a muffler.
- "unsupported": details not in the photo (fur trim, belt, reindeer, gold buttons, "100% cotton", down fill, a
  person and trousers in a flat packshot).
- "pronoun": "she"/"the lady" for a men's product, "he"/"the gentleman" for a women's product.
- "leak": the prompt format ("Question: ... Answer:") in the text.
- Correct: near-color synonyms (maroon/burgundy/red, camel/tan/brown, cream/off white/white, grey melange/grey,
  olive/khaki/green, teal/blue, rust/orange/brown, mustard/yellow, lavender/purple, nude/beige), the background
  or a worn-with garment named in a caption or wearing answer next to the product, patterned products described
  with their several colors, shawl/muffler called "scarf", a flat packshot answered by naming the garment, a
  thermal top called "shirt"/"t-shirt", and plain material answers that the photo shows (knit, wool for a
  knitted or tweed garment, denim, leather, suede, velvet, fleece, cotton for a sweatshirt or thermal).
- The DeepFashion template's "pure color"/"lattice"/"graphic" pattern words are patterns, not colors; a
  template that calls a sweatshirt "sweater" or a blazer "shirt" is the template's vocabulary, not a failure by
  itself.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_156: list[Case] = [
    # 1. Men's navy cable-knit crew-neck pullover on a model; the white collar of a shirt shows at the neck; khaki
    # chinos; plain grey studio wall. All texts: base.
    case(
        "MYN-WW-156-001",
        caption("a man wearing a navy blue sweater and khaki pants standing in front of a grey wall"),
        D.wearing("a blue sweater and khaki pants"),
        D.garment_type("sweater"),
        D.color("white", "other_garment_color"),
        D.description("she is wearing a blue sweater with a cable knit design", "pronoun"),
        D.details(
            "the sweater has a crew neck and a crew neck and a crew neck and a crew neck and a crew neck and a crew",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Sweaters",
        color="Navy Blue",
        title="Roadster Men Navy Blue Cable Knit Pullover",
    ),
    # 2. Women's mustard open-front cardigan over a white tee, light blue jeans, on a model, white background.
    # caption and wearing: cap-ep3; closed questions, is_a and color_of: vqa.
    case(
        "MYN-WW-156-002",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitted "
            "fabric. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitted "
            "fabric. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("cardigan"),
        B.color("white", "other_garment_color"),
        B.pattern("solid"),
        is_a("cardigan", "yes"),
        color_of("cardigan", "yellow"),
        B.material(
            "knit, the cardigan is open at the front and has long sleeves and the t-shirt under it is white and "
            "the jeans are",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        category="Sweaters",
        color="Mustard",
        title="Vero Moda Women Mustard Yellow Open Front Cardigan",
    ),
    # 3. Men's black hooded puffer jacket, flat packshot on white, no person; matte black zip, shiny nylon shell.
    # All texts: base.
    case(
        "MYN-WW-156-003",
        caption("a black puffer jacket with a hood on a white background"),
        D.wearing("a black jacket"),
        D.color("black"),
        D.description("a black down jacket with a hood"),
        D.details(
            "the jacket has a hood and a zipper Question: What is the material of the jacket? Answer: nylon", "leak"
        ),
        D.material("leather", "unsupported"),
        gender="men",
        category="Jackets",
        color="Black",
        title="HRX Men Black Solid Hooded Puffer Jacket",
    ),
    # 4. Women's grey melange pullover hoodie with "BROOKLYN" printed in black across the chest, kangaroo pocket,
    # black leggings, on a model, white background. caption: base; all the rest: vqa.
    case(
        "MYN-WW-156-004",
        caption("a woman in a grey hoodie with the word brooklyn on it"),
        B.garment_type(
            "sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie "
            "sweatshirt/hoodie",
            "loop",
            hit_limit=True,
        ),
        B.color("grey"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        is_a(
            "hoodie",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.pattern("graphic"),
        B.material("cotton Question: What is the color of the leggings? Answer: black", "leak", hit_limit=True),
        gender="women",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Women Grey Melange Printed Hooded Sweatshirt",
    ),
    # 5. Men's camel longline wool overcoat on a model over a black turtleneck, grey trousers, red brick wall
    # behind. caption: cap-ep1; answers: base.
    case(
        "MYN-WW-156-005",
        caption(
            "The gentleman is wearing a long-sleeve coat with pure color patterns. The coat is with wool fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long pants. The pants",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a tan coat and a black turtleneck"),
        D.color("tan"),
        D.description(
            "The gentleman is wearing a long-sleeve coat with pure color patterns. The coat is with wool fabric. "
            "It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("the coat has a black collar", "other_garment_color"),
        D.material("wool"),
        gender="men",
        category="Coats",
        color="Camel Brown",
        title="Mast & Harbour Men Camel Brown Solid Longline Overcoat",
    ),
    # 6. Women's maroon woven woollen shawl with a beige-gold paisley border, folded flat on white, no person.
    # All texts: base.
    case(
        "MYN-WW-156-006",
        caption("a red scarf with a paisley pattern"),
        D.wearing("the person is wearing", "restated"),
        D.color("burgundy"),
        D.pattern("paisley"),
        D.description("a red and gold paisley scarf"),
        D.details("", "non_answer"),
        D.material("silk", "unsupported"),
        gender="women",
        category="Shawls",
        color="Maroon",
        title="Pashmoda Women Maroon Paisley Woven Design Shawl",
    ),
    # 7. Men's olive bomber jacket with a ribbed stand collar over a white tee, blue jeans, on a model. caption:
    # cap-ep3; is_a, color_of and closed questions: vqa.
    case(
        "MYN-WW-156-007",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand collar. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        is_a("sweater", "yes", "contradiction"),
        color_of("jacket", "green"),
        color_of("jeans", "green", "contradiction"),
        B.color("olive green"),
        B.sleeve_length(
            "long-sleeve, the jacket has a zipper on the front and two pockets on the sides and the cuffs are "
            "ribbed and the",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 8. Women's black long hooded puffer coat on a hanger hooked over a white door; no fur anywhere. Seller title
    # missing. All texts: base.
    case(
        "MYN-WW-156-008",
        caption("a black coat hanging on a white door"),
        D.wearing("a black coat"),
        D.color("white", "contradiction"),
        D.garment_type("coat"),
        D.description("a long black puffer coat with a hood"),
        D.details("the hood has fur trim", "unsupported"),
        D.sleeve_length(
            "the sleeves are long and the sleeves are long and the sleeves are long and the sleeves are long and the",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Jackets",
        color="Black",
    ),
    # 9. Men's charcoal plain crew-neck sweatshirt, black joggers, on a model, white background. Everything but the
    # sleeve question: cap-ep3 (the caption for every prompt); sleeve_length: base.
    case(
        "MYN-WW-156-009",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        D.garment_type(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton "
            "fabric. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "sweatshirt",
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline",
            "non_answer",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        gender="men",
        category="Sweatshirts",
        color="Charcoal",
        title="HRX Men Charcoal Solid Sweatshirt",
    ),
    # 10. Women's cream chunky turtleneck pullover tucked at the front into light blue jeans, on a model, white
    # background. All texts: base. (hard correct: cream called white / off white, layers, tuck)
    case(
        "MYN-WW-156-010",
        caption("a woman wearing a white sweater and jeans"),
        D.wearing("a white turtleneck sweater and blue jeans"),
        D.color("off white"),
        D.description("she is wearing a white sweater tucked into her jeans"),
        D.details("the sweater has a turtleneck and ribbed cuffs"),
        D.material("knit"),
        gender="women",
        category="Sweaters",
        color="Cream",
        title="Mango Women Cream-Coloured Turtle Neck Pullover",
    ),
    # 11. Men's teal zip-through hoodie with a small white Puma logo, on a hanger, white background, no person.
    # caption: base; the rest: vqa.
    case(
        "MYN-WW-156-011",
        caption("a blue hoodie hanging on a hanger"),
        B.garment_type("sweatshirt/hoodie"),
        B.color("blue Question: What is the color of the pants? Answer: black", "leak", hit_limit=True),
        B.pattern(
            "solid, the hoodie has a zipper and a hood and a logo on the chest and the hood has a drawstring and the",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        B.material("cotton Question: Is this a sweatshirt? Answer: yes Question: Is this a", "leak", hit_limit=True),
        gender="men",
        category="Sweatshirts",
        color="Teal",
        title="Puma Men Teal Blue Solid Hooded Sweatshirt",
    ),
    # 12. Women's black single-breasted blazer, open, over a white tee with a red graphic print, black trousers,
    # on a model. caption: cap-ep3; answers: base.
    case(
        "MYN-WW-156-012",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black blazer and a white t-shirt"),
        D.garment_type("blazer"),
        D.color("black"),
        D.pattern("solid"),
        D.details("the blazer has a red design on the front", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        category="Blazers",
        color="Black",
        title="Tokyo Talkies Women Black Solid Single-Breasted Blazer",
    ),
    # 13. Men's white waffle-knit thermal top, flat packshot on white, no person. caption and wearing: cap-ep1;
    # closed questions and details: base; material: vqa.
    case(
        "MYN-WW-156-013",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of "
            "it is round. The upper",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("top"),
        D.color("white"),
        D.details("the shirt has a waffle pattern"),
        D.sleeve_length("none", "non_answer"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Thermal Tops",
        color="White",
        title="Jockey Men White Solid Thermal Top",
    ),
    # 14. Women's red pullover with white Fair Isle bands (snowflakes and zigzags, no animals), black skirt, on a
    # model, beige backdrop. All texts: base.
    case(
        "MYN-WW-156-014",
        caption("a woman wearing a red and white christmas sweater"),
        D.wearing("a red sweater and a black skirt Question: What is the color of the skirt? Answer: black", "leak"),
        D.pattern("fair isle"),
        D.description("a red and white sweater with reindeer on it", "unsupported"),
        D.details(
            "a red and white sweater with a red and white sweater with a red and white sweater with a red and "
            "white sweater with a",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Sweaters",
        color="Red",
        title="DressBerry Women Red & White Self Design Pullover",
    ),
    # 15. Men's grey woollen muffler with black stripes, flat on white, no person. caption: base; the rest: vqa.
    case(
        "MYN-WW-156-015",
        caption("a grey and black striped scarf on a white background"),
        B.garment_type("scarf"),
        B.color("grey"),
        is_a("muffler", "no", "contradiction"),
        B.sleeve_length("long-sleeve", "contradiction"),
        B.material("wool"),
        gender="men",
        category="Mufflers",
        color="Grey",
        title="Tossido Men Grey & Black Striped Muffler",
    ),
    # 16. Pink fleece zip hoodie over a grey tee, on a female model, white background. Seller gender and title
    # missing. caption: base; the rest: vqa.
    case(
        "MYN-WW-156-016",
        caption("a woman wearing a pink hoodie and grey t-shirt"),
        B.garment_type("sweatshirt/hoodie"),
        B.color("grey", "other_garment_color"),
        color_of("hoodie", "pink"),
        B.pattern(
            "pure color, the hoodie has a zipper and a hood and the t-shirt under it is grey and the hoodie has two",
            "cut",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        B.material(
            "fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece",
            "loop",
            hit_limit=True,
        ),
        category="Sweatshirts",
        color="Pink",
    ),
    # 17. Men's navy blazer with a faint windowpane check over a light blue shirt, grey trousers, on a model.
    # caption and details: cap-ep3; the rest: base.
    case(
        "MYN-WW-156-017",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blazer and a blue shirt"),
        D.color("light blue", "other_garment_color"),
        D.pattern("plaid"),
        D.garment_type("blazer"),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. This man wears a long pants. The pants "
            "are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The shirt is with cotton fabric. It has a lapel neckline. This man wears a long pants. The pants are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Blazers",
        color="Navy Blue",
        title="Park Avenue Men Navy Blue Checked Slim Fit Formal Blazer",
    ),
    # 18. Women's beige belted trench coat, on a model walking in a street with trees, blue jeans, white sneakers.
    # All texts: base.
    case(
        "MYN-WW-156-018",
        caption("a woman in a trench coat walking down the street"),
        D.wearing("he is wearing a trench coat and jeans", "pronoun"),
        D.color("khaki"),
        D.pattern("plaid", "contradiction"),
        D.description("a beige trench coat with a belt"),
        D.details("the details of the garment are the belt", "restated"),
        gender="women",
        category="Coats",
        color="Beige",
        title="SASSAFRAS Women Beige Solid Trench Coat",
    ),
    # 19. Men's black leather biker jacket over a grey tee, black jeans, on a model. caption: cap-ep1; the rest:
    # vqa.
    case(
        "MYN-WW-156-019",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather "
            "fabric. It has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric "
            "and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        color_of("jacket", "black"),
        color_of("shirt", "black", "contradiction"),
        B.color("black"),
        B.material(
            "leather Question: Is this a jacket? Answer: yes Question: Is this a coat? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="men",
        category="Jackets",
        color="Black",
        title="Leather Retail Men Black Solid Biker Jacket",
    ),
    # 20. Women's olive longline open-front cardigan with two patch pockets, flat packshot on white, no person.
    # caption and details: cap-ep3; the rest: base.
    case(
        "MYN-WW-156-020",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitted "
            "fabric. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        D.color("green"),
        D.sleeve_length("the sleeves are as long as the sleeves", "restated"),
        D.description("a green cardigan with two pockets"),
        D.details(
            "The sweater is with knitted fabric. The sweater is with knitted fabric. The sweater is with knitted "
            "fabric. The sweater is",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Sweaters",
        color="Olive",
        title="Kassually Women Olive Green Longline Open Front Cardigan",
    ),
    # 21. Men's rust half-zip sweater with a small embroidered logo on the chest, blue jeans, on a model, white
    # background. All texts: base.
    case(
        "MYN-WW-156-021",
        caption("a man wearing an orange sweater and jeans"),
        D.wearing("i'm not sure", "non_answer"),
        D.color("brown"),
        D.details("the sweater has a zipper on the front"),
        D.description("a orange sweater with a zipper and a logo on the chest"),
        D.material("it is made of 100% cotton", "unsupported"),
        D.sleeve_length("how long are the sleeves", "restated"),
        gender="men",
        category="Sweaters",
        color="Rust",
        title="U.S. Polo Assn. Men Rust Solid Half Zip Sweater",
    ),
    # 22. Women's white puffer jacket over a black turtleneck, black jeans, on a model outdoors in snow. caption:
    # base; the rest: vqa.
    case(
        "MYN-WW-156-022",
        caption("a woman in a white puffer jacket standing in the snow"),
        B.garment_type(
            "jacket/coat, the jacket has a hood and a zipper on the front and the sleeves are long and the jacket is",
            "cut",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        color_of("jacket", "white"),
        is_a("jacket", "yes"),
        B.pattern(
            "pure color Question: What is the color of the jacket? Answer: white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.material(
            "nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Jackets",
        color="White",
        title="ONLY Women White Solid Puffer Jacket",
    ),
    # 23. Men's grey melange pullover hoodie with a small black HRX logo, black joggers, on a model, white
    # background. caption, color, garment_type: base; wearing, description, details: cap-ep3.
    case(
        "MYN-WW-156-023",
        caption("a man wearing a grey hoodie and black pants"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The lady wears a long pants",
            "pronoun",
            hit_limit=True,
        ),
        D.description(
            "The sweater is with cotton fabric and pure color patterns. The sweater is with cotton fabric and "
            "pure color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "It has a hooded neckline. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("gray"),
        D.garment_type("hoodie"),
        D.material("merino wool", "unsupported"),
        gender="men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Hooded Sweatshirt",
    ),
    # 24. Women's black-and-white houndstooth overcoat, buttoned, no belt, on a hanger against a white wall. All
    # texts: base. (hard correct: patterned garment, two colors)
    case(
        "MYN-WW-156-024",
        caption("a black and white coat hanging on a wall"),
        D.color("black and white"),
        D.pattern("houndstooth"),
        D.material("unknown", "non_answer"),
        D.description("a black and white checkered coat"),
        D.details("the coat has buttons on the front and a belt", "unsupported"),
        D.wearing("a black and white coat"),
        gender="women",
        category="Coats",
        color="Black",
        title="Marks & Spencer Women Black & White Houndstooth Overcoat",
    ),
    # 25. Men's maroon V-neck sweater over a white collared shirt, navy chinos, on a model. caption: cap-ep3; the
    # rest: vqa.
    case(
        "MYN-WW-156-025",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitted "
            "fabric. It has a V-shape neckline. The lady wears a long trousers. The trousers are with cotton "
            "fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        color_of("sweater", "red"),
        color_of("pants", "red", "contradiction"),
        is_a("sweater", "yes"),
        B.garment_type("sweater"),
        B.material(
            "knit, the sweater has a v-neck and ribbed cuffs and a ribbed hem and the shirt under it has a collar "
            "and the",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Sweaters",
        color="Maroon",
        title="Louis Philippe Men Maroon Solid V-Neck Sweater",
    ),
    # 26. Women's beige Kashmiri shawl with pink and green floral embroidery, draped over a model's shoulders over
    # a black kurta. All texts: base.
    case(
        "MYN-WW-156-026",
        caption("a woman wearing a black dress and a beige shawl"),
        D.wearing("a black dress with a shawl"),
        D.color("black", "other_garment_color"),
        D.pattern("floral"),
        D.description("a beige shawl with pink flowers on it"),
        D.material("it is made of fabric", "non_answer"),
        gender="women",
        category="Shawls",
        color="Beige",
        title="WEAVERS VILLA Women Beige & Pink Embroidered Shawl",
    ),
    # 27. Men's mid-blue denim jacket with a cream sherpa collar over a white hoodie (hood out over the collar),
    # black jeans, on a model. caption: cap-ep1; the rest: base.
    case(
        "MYN-WW-156-027",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with denim "
            "fabric. It has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric "
            "and pure color patterns. The gentle",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a denim jacket and a white hoodie", "pronoun"),
        D.color("blue"),
        D.details("the jacket has a fur collar"),
        D.material("denim"),
        D.description("a blue denim jacket with a white hood", "other_garment_color"),
        gender="men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Denim Jacket with Sherpa Collar",
    ),
    # 28. Women's lavender sweatshirt with "NEW YORK" printed in white, blue jeans, on a model, white background.
    # caption: base; the rest: vqa.
    case(
        "MYN-WW-156-028",
        caption("a woman in a purple sweatshirt that says new york"),
        B.color("purple"),
        B.pattern("graphic Question: What is the color of the sweatshirt? Answer: purple", "leak", hit_limit=True),
        B.garment_type("graphic tee", "contradiction"),
        is_a("sweatshirt", "yes"),
        color_of("jeans", "purple", "contradiction"),
        B.material("yes", "non_answer"),
        gender="women",
        category="Sweatshirts",
        color="Lavender",
        title="Kook N Keech Women Lavender Printed Sweatshirt",
    ),
    # 29. Men's black thermal top with grey trackpants, on a model, white background. All texts: base.
    case(
        "MYN-WW-156-029",
        caption("a man wearing a black long sleeve shirt"),
        D.wearing("a black shirt and grey pants"),
        D.color("black"),
        D.description(
            "a black long sleeve shirt with a black long sleeve shirt with a black long sleeve shirt with a black "
            "long sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details("Question: What is the material of the shirt? Answer: cotton", "leak"),
        D.material("i don't know", "non_answer"),
        gender="men",
        category="Thermal Tops",
        color="Black",
        title="Dollar Thermals Men Black Solid Thermal Top",
    ),
    # 30. Women's dusty pink wool coat over a grey crew-neck sweater, on a model, white background. Seller title
    # missing. caption: cap-ep3; the rest: vqa.
    case(
        "MYN-WW-156-030",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with wool fabric. It "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("grey", "other_garment_color"),
        color_of("coat", "pink"),
        is_a("coat", "yes"),
        B.pattern(
            "pure color, the coat has a lapel collar and two buttons on the front and two pockets on the sides and the",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool "
            "wool wool wool wool wool wool wool wool wool wool",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        category="Coats",
        color="Pink",
    ),
    # 31. Men's off-white cable-knit cardigan with brown buttons, on a wooden hanger on a rail, no person. All
    # texts: base. (hard correct: off white called white / cream, pattern cable knit)
    case(
        "MYN-WW-156-031",
        caption("a white cardigan hanging on a wooden hanger"),
        D.color("cream"),
        D.pattern("cable knit"),
        D.details("brown buttons"),
        D.description("a white cardigan with brown buttons"),
        D.sleeve_length(
            "it has long sleeves, it has long sleeves, it has long sleeves, it has long sleeves, it has long sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Sweaters",
        color="Off White",
        title="Marks & Spencer Men Off-White Cable Knit Cardigan",
    ),
    # 32. Women's red quilted jacket with a stand collar, black leggings, on a model, white background. caption
    # and the closed questions: cap-ep3 (the caption for every prompt); wearing and details: base.
    case(
        "MYN-WW-156-032",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand collar. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand",
            "non_answer",
            hit_limit=True,
        ),
        D.sleeve_length(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand",
            "cut",
            hit_limit=True,
        ),
        D.pattern(
            "The jacket is with pure color patterns. The jacket is with pure color patterns. The jacket is with "
            "pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red jacket"),
        D.details("quilted"),
        gender="women",
        category="Jackets",
        color="Red",
        title="Madame Women Red Solid Quilted Jacket",
    ),
    # 33. Men's brown suede bomber jacket with a front zip and two side pockets over a white tee, blue jeans, on a
    # model against a white wall. All texts: base.
    case(
        "MYN-WW-156-033",
        caption("a man in a brown jacket and jeans standing against a white wall"),
        D.wearing("a brown leather jacket"),
        D.description("she is wearing a brown suede jacket with a zipper", "pronoun"),
        D.details("the jacket has a zipper and two pockets on the", "cut"),
        D.material("suede"),
        gender="men",
        category="Jackets",
        color="Brown",
        title="Bareskin Men Brown Suede Bomber Jacket",
    ),
    # 34. Women's grey knitted muffler worn over a black wool coat, on a model, white background. caption: base;
    # the rest: vqa.
    case(
        "MYN-WW-156-034",
        caption("a woman wearing a black coat and a grey scarf"),
        B.garment_type("jacket/coat", "contradiction"),
        B.color("black", "other_garment_color"),
        is_a("scarf", "yes"),
        color_of("scarf", "grey"),
        B.sleeve_length("long-sleeve", "contradiction"),
        gender="women",
        category="Mufflers",
        color="Grey",
        title="Bharatasya Women Grey Knitted Muffler",
    ),
    # 35. Men's black zip-up fleece hoodie, hood down, open over a grey tee, blue jeans, on a model. caption:
    # cap-ep1; the rest: base.
    case(
        "MYN-WW-156-035",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a hooded neckline. The gentleman wears a long pants. The pants are with denim fabric "
            "and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black hoodie and jeans", "pronoun"),
        D.color("black"),
        D.garment_type("hoodie"),
        D.details("the hoodie has a zipper and a hood"),
        D.description(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a hooded",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Sweatshirts",
        color="Black",
        title="Wrogn Men Black Solid Hooded Zip Sweatshirt",
    ),
    # 36. Women's emerald green velvet blazer with black buttons over a black top, black trousers, on a model in
    # front of a pink wall. All texts: base.
    case(
        "MYN-WW-156-036",
        caption("a woman in a green blazer standing in front of a pink wall"),
        D.garment_type("", "non_answer"),
        D.color("pink", "contradiction"),
        D.material("velvet"),
        D.description("a green velvet blazer with gold buttons", "unsupported"),
        D.details("the details of the garment are the details of the garment", "restated"),
        gender="women",
        category="Blazers",
        color="Green",
        title="Athena Women Green Velvet Single-Breasted Blazer",
    ),
    # 37. Men's khaki-olive parka with a fur-trimmed hood over a navy sweater, on a model, white background.
    # caption: base; the rest: vqa.
    case(
        "MYN-WW-156-037",
        caption("a man wearing a green parka with a fur hood"),
        B.garment_type("jacket/coat"),
        B.color("navy blue", "other_garment_color"),
        color_of("jacket", "green"),
        B.pattern(
            "pure color, the jacket has a hood with fur and a zipper and buttons on the front and pockets on the",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "cotton Question: What is the color of the jacket? Answer: green Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="men",
        category="Jackets",
        color="Khaki",
        title="Campus Sutra Men Khaki Solid Parka Jacket",
    ),
    # 38. Women's nude (skin-beige) thermal top, round neck, flat packshot on white, no person. caption and
    # wearing: cap-ep3; the rest: base.
    case(
        "MYN-WW-156-038",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a round",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("beige"),
        D.description("a beige long sleeve shirt"),
        D.material("it is a shirt", "non_answer"),
        gender="women",
        category="Thermal Tops",
        color="Nude",
        title="Lux Inferno Women Nude-Coloured Solid Thermal Top",
    ),
    # 39. Men's blue-and-white Nordic-pattern shawl-collar cardigan with buttons over a white tee, dark jeans, on
    # a model. All texts: base. (hard correct: two-color pattern)
    case(
        "MYN-WW-156-039",
        caption("a man wearing a blue and white sweater"),
        D.wearing("a cardigan"),
        D.details("buttons on the front and a shawl", "cut"),
        D.pattern("geometric"),
        D.description("this garment is a garment", "restated"),
        D.material("the material of the garment is the material of the garment", "restated"),
        gender="men",
        category="Sweaters",
        color="Blue",
        title="Roadster Men Blue & White Self Design Cardigan",
    ),
    # 40. Women's oversized beige sweatshirt with "COZY" printed in brown, on a hanger against white tiles, no
    # person. Seller colour and title missing. caption: base; the rest: vqa.
    case(
        "MYN-WW-156-040",
        caption("a beige sweatshirt hanging on a hanger"),
        B.garment_type("sweatshirt/hoodie"),
        B.color(
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige",
            "loop",
            hit_limit=True,
        ),
        B.pattern("graphic"),
        color_of("sweatshirt", "brown", "contradiction"),
        B.material("no", "non_answer"),
        gender="women",
        category="Sweatshirts",
    ),
    # 41. Men's grey tweed blazer over a black turtleneck, charcoal trousers, on a model, dark studio. caption:
    # cap-ep3; the rest: base.
    case(
        "MYN-WW-156-041",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The pants are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey blazer and black turtleneck"),
        D.color("grey"),
        D.description("a black blazer", "other_garment_color"),
        D.pattern("tweed"),
        D.material("wool"),
        D.details("the details of the blazer are the details", "restated"),
        gender="men",
        category="Blazers",
        color="Grey",
        title="Blackberrys Men Grey Self Design Slim Fit Blazer",
    ),
    # 42. Women's burgundy hooded padded jacket, black jeans, on a model, white background. caption: base; the
    # rest: vqa.
    case(
        "MYN-WW-156-042",
        caption("a woman wearing a maroon puffer jacket and black jeans"),
        B.color(
            "red Question: What is the color of the jeans? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("jacket/coat"),
        color_of("jacket", "red"),
        is_a("sweater", "no"),
        B.sleeve_length("yes", "non_answer"),
        B.material("polyester filled with duck down and feathers for extra warmth", "unsupported"),
        gender="women",
        category="Jackets",
        color="Burgundy",
        title="Roadster Women Burgundy Solid Padded Jacket",
    ),
    # 43. Men's mustard pullover hoodie with a black graphic print on the chest, black pants, on a model. caption:
    # cap-ep1; the rest: vqa.
    case(
        "MYN-WW-156-043",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        B.color("yellow"),
        B.pattern("graphic"),
        B.garment_type(
            "sweatshirt/hoodie with a print on the front and a hood with drawstrings and a kangaroo pocket and "
            "ribbed cuffs and",
            "cut",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        color_of("pants", "yellow", "contradiction"),
        B.material("", "non_answer"),
        gender="men",
        category="Sweatshirts",
        color="Mustard",
        title="The Souled Store Men Mustard Yellow Printed Hooded Sweatshirt",
    ),
    # 44. Women's black longline wool coat, no belt, over a red sweater, with a red-and-black tartan scarf (not
    # the product), on a model. wearing: cap-ep3; the rest: base.
    case(
        "MYN-WW-156-044",
        caption("a woman wearing a black coat and a red plaid scarf"),
        D.wearing(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with wool fabric. It "
            "has a lapel",
            "cut",
            hit_limit=True,
        ),
        D.color("red", "other_garment_color"),
        D.pattern("plaid", "contradiction"),
        D.description("a long black coat"),
        D.details("the coat has a belt", "unsupported"),
        gender="women",
        category="Coats",
        color="Black",
        title="Mango Women Black Solid Longline Wool Coat",
    ),
]
