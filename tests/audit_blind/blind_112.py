"""BLIND_112 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the twentieth session. Measured blind at 494a355: 126/140 failures found
(90.0%) and 10/147 correct texts flagged (6.8%). The writer's notes, verbatim:

Blind corpus 112: BLIP-2 OPT-2.7b outputs on 44 imagined products of a Myntra-style marketplace.

Scenario: the original experiments' untuned base model (Salesforce/blip2-opt-2.7b) and their LoRA adapters
(caption epoch 1 "Data2_V2_BLIP2_Finetune_Caption_First_Epoch", caption epoch 3 "Data2_V2_Blip2_Finetune_Caption",
VQA "Data3_V3_BLIP2_VQA") re-run on a random sample of 44 products of a Myntra-style catalog (men's, women's and
kids' clothing, western and ethnic, weighted as the catalog is: many women's kurtas, kurta sets, tops and dresses,
men's t-shirts, shirts and jeans, a few sarees, jackets and kids' items), one product per item. enrich's default
questionnaire (a sampled subset of its questions is kept per product) plus a few "Is this a ...?" and "What is the
color of the ...?" questions. Seller columns from the marketplace (gender, article type as category, base colour
as color, product title), a few of them missing.

Who wrote which text: the comment above every case names the model of each text. Captions come from the base model
or from a caption adapter (epoch 1 or epoch 3, which write the DeepFashion template: "The lady wears a short-sleeve
T-shirt with pure color patterns..."). Open answers come from the base model, the VQA adapter, or a caption adapter
(which returns its caption template to every prompt). Closed answers are what the run stored: the candidate
ranked first by the reference engine (over the base model or the VQA adapter, as the comment says), or the raw
generation where it did not map to a candidate.

How it was written: blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (Text/Case
layout, makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). I did not read any audit code, any other corpus, nor
any other file of the project; the only code run was an import check of this module.

Label conventions and judgement calls:
- Every label is judged against the imagined photo described in the comment above the case. One label per text:
  the failure that matters most. A template or answer that runs into a loop is labelled loop (hit_limit=True when
  the loop runs to the token limit); a text that stops mid-phrase without looping is labelled cut.
- cut: hit_limit=True when it stops at the token limit (30 new tokens for answers, 50 for captions); a few texts
  stop mid-phrase before the limit (hit_limit=False). Correct texts always stopped on their own (hit_limit=False).
- Near-color synonyms are correct: navy blue -> blue, mustard -> yellow, maroon -> burgundy, lavender -> purple,
  olive -> green, off-white -> cream or white, cream -> white, beige -> khaki, teal -> teal/blue, peach -> peach.
- Backgrounds named in a caption ("in front of a red wall") are correct. A background color (wall, plants) given
  as the garment's color is a contradiction; so is an accessory's color (a belt) given as the garment's color.
- Layers: a color that belongs to another worn garment (the jeans, the coat, the palazzos) given as the product's
  or as a third garment's color is other_garment_color; the product's own color asked of it is correct.
- Patterned garments: "white" for a white top with a blue floral print is correct (ground color); "multicolor"
  for a multicolor floral is correct; "polka dot" for bandhani dots and "floral" for a leaf print are correct.
- Wrong garment names for the product (kurta called dress / shirt / top, lehenga set called dress, chinos called
  jeans, the worn tee given as the garment type of jeans or leggings) are contradictions, as are wrong pattern or
  sleeve answers that the caption or the seller title contradict.
- Product shots without a person: "What is the person wearing?" answered by naming the product is correct.
- Rolled-up long sleeves count as long sleeve; puff and flutter sleeves as short sleeve.
- Material: a material visible in the photo (denim, tulle) or a plausible one named in the seller's title is
  correct; compositions ("100% cotton", "2% elastane"), certifications, linings, performance claims, logos and
  accessories that are not in the photo are unsupported. The caption template's "cotton fabric" is accepted when
  the garment looks like cotton; its invented accessories ("She wears a hat", "an accessory on his wrist") are not.
- pronoun: "she"/"lady" for a men's or boys' product, "he" for a women's or girls' product. "This man" in the
  template for a boy is not counted as a pronoun failure.
- non_answer: empty text, "no", "i don't know", "clothes", "fabric", only a color or only the garment's name for a
  details question, "they are short", the background for a details question. restated: the question's words
  given back as the answer ("the details of the garment are the details of the dress"). "the details of the
  garment are the ruffles" answers, and is correct.
- leak: any text carrying the prompt format ("Question: ... Answer:"), or starting with "Answer:".
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, details, is_a, wearing

BLIND_112: list[Case] = [
    # 1. Photo: man in a navy blue crew-neck tee and light-blue jeans, plain white studio wall.
    # caption: base. wearing: VQA adapter. closed: reference engine over base. description: caption adapter ep3
    # (template returned to the question). material: VQA adapter.
    case(
        "MYN-10234871",
        caption("a man in a navy blue t-shirt and jeans standing in front of a white wall"),
        D.wearing("a blue t-shirt and jeans Question: What color is the t-shirt? Answer: blue", "leak"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.pattern("solid"),
        D.sleeve_length("short sleeve"),
        D.description(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is"
            " with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.material("fabric", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Photo: man in a white tee with a large black graphic print on the chest, black track pants, grey wall;
    # no watch, no bracelet. caption: caption adapter ep1. wearing, color_of pants: base. closed: reference engine
    # over base. details: VQA adapter.
    case(
        "MYN-11873302",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is"
            " with cotton fabric and it has a round neckline. There is an accessory on his wrist.",
            "unsupported",
        ),
        D.wearing("a white t-shirt with a black print and black pants"),
        D.color("white"),
        D.pattern("graphic"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.details(
            "the print on the front, the print on the front, the print on the front, the print on the front, the"
            " print on the front",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
    ),
    # 3. Photo: man in an olive green polo tee (three buttons, no logo) and khaki chinos, white background.
    # caption, description: base. closed: reference engine over base. details: caption adapter ep3. wearing: VQA.
    case(
        "MYN-12450917",
        caption("a man wearing an olive green polo shirt and khaki pants"),
        D.garment_type("polo shirt"),
        D.color("green"),
        D.sleeve_length("short sleeve"),
        D.description(
            "a green polo shirt with a collar, three buttons and a crocodile logo on the chest", "unsupported"
        ),
        D.details(
            "The polo shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The"
            " polo shirt has short sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a green polo shirt", "pronoun"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Mast & Harbour Men Olive Green Solid Polo Collar T-shirt",
    ),
    # 4. Photo: product shot, no person: a black tee laid flat, front only, with a red-and-white Spider-Man graphic,
    # white background. caption, wearing, details: base. closed: reference engine over base. description: caption
    # adapter ep1. material: VQA adapter.
    case(
        "MYN-13098456",
        caption("a black t-shirt with a spider-man on it"),
        D.wearing("a black t-shirt"),
        D.color("black"),
        D.pattern("solid", "contradiction"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100%",
            "loop",
            hit_limit=True,
        ),
        D.details("the back of the t-shirt has a small spider-man logo", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Kook N Keech Marvel Men Black Spider-Man Printed T-shirt",
    ),
    # 5. Photo: man in a grey melange tee with white "STAY WILD" lettering, blue jeans, white background.
    # Seller colour missing. caption, wearing, color_of jeans, color_of shirt: base. closed: reference engine over
    # base. details: VQA adapter.
    case(
        "MYN-13562280",
        caption("a man wearing a grey t-shirt that says stay wild"),
        D.color("grey"),
        D.pattern("graphic"),
        D.wearing("he is wearing a grey t-shirt and blue jeans"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        color_of("shirt", "The color of the shirt is the shirt's color.", "restated", kind="open"),
        D.details(
            "stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay"
            " wild stay wild stay wild stay wild stay",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        title="Difference of Opinion Men Grey Melange Typography Printed T-shirt",
    ),
    # 6. Photo: man in a navy-and-white checked shirt, sleeves rolled to the forearm, dark blue jeans, brown belt,
    # white sneakers. caption: caption adapter ep3. closed: reference engine over base. wearing, description: VQA.
    case(
        "MYN-14007763",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns."
            " This gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("navy blue"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("long sleeve"),
        D.wearing(
            "a blue and white checkered shirt with the sleeves rolled up and a pair of dark blue jeans with a brown"
            " belt and white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "Answer: a blue plaid shirt with a collar Question: What is the color of the shirt? Answer: blue", "leak"
        ),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 7. Photo: man in a plain white shirt (spread collar, no chest pocket) and beige chinos, tan wall.
    # caption, details, color_of shirt, material: base. closed: reference engine over base. wearing: VQA adapter.
    case(
        "MYN-14519034",
        caption("a man in a white shirt and beige pants standing against a tan wall"),
        D.color("white"),
        D.sleeve_length("long sleeve"),
        D.details("the shirt has a button-down collar and a pocket on the chest", "unsupported"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        D.material("the shirt is made of 100% cotton", "unsupported"),
        D.wearing("she is wearing a white shirt and beige pants", "pronoun"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Highlander Men White Slim Fit Solid Casual Shirt",
    ),
    # 8. Photo: man in a plain maroon full-sleeve shirt and black jeans, grey background.
    # caption, color_of shirt: base. closed: reference engine over base (garment_type raw, unmapped generation).
    # description: caption adapter ep3.
    case(
        "MYN-15236618",
        caption("a man wearing a maroon shirt and black jeans"),
        D.color("burgundy"),
        D.pattern("solid"),
        D.garment_type("shirt Question: What is the color of the shirt? Answer: maroon", "leak"),
        D.description(
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The shirt"
            " has long sleeves, cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="Mast & Harbour Men Maroon Solid Casual Shirt",
    ),
    # 9. Photo: man in a short-sleeve light-blue shirt with a tiny white floral print and white chinos.
    # caption: caption adapter ep1. closed: reference engine over VQA adapter. wearing, details: base.
    case(
        "MYN-15780042",
        caption(
            "This gentleman is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with"
            " cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.sleeve_length("long sleeve", "contradiction"),
        D.color("light blue"),
        D.wearing("a blue floral shirt and white pants"),
        D.details("", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="WROGN Men Blue Slim Fit Floral Printed Casual Shirt",
    ),
    # 10. Photo: man in blue skinny jeans and a white tee, white sneakers; the product is the jeans.
    # caption, color_of jeans, jeans details, material: base. closed: reference engine over base.
    case(
        "MYN-16122795",
        caption("a man wearing a white t-shirt and blue jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        details("jeans", "they are jeans", "non_answer"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 11. Photo: man in black tapered jeans and a plain grey sweatshirt, white background.
    # caption, color_of shirt: base. color_of jeans, description, jeans details: VQA adapter. closed: reference
    # engine over base.
    case(
        "MYN-16390471",
        caption("a man in a grey sweatshirt and black jeans"),
        color_of(
            "jeans",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        D.color("black"),
        D.description(
            "the jeans are black and the sweatshirt is grey and the jeans are black and the sweatshirt is grey and"
            " the jeans are black and the",
            "loop",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The jeans are black with a zip fly and five pockets. They are made of stretchable denim with 2% elastane.",
            "unsupported",
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="HIGHLANDER Men Black Tapered Fit Mid-Rise Jeans",
    ),
    # 12. Photo: man in beige chinos with a brown belt and a navy polo tucked in; the product is the chinos.
    # caption, description, color_of pants: base. closed: reference engine over base. material: caption adapter ep3.
    case(
        "MYN-17044530",
        caption("a man wearing a navy polo shirt and beige pants with a brown belt"),
        D.garment_type("jeans", "contradiction"),
        D.color("khaki"),
        color_of("pants", "navy", "other_garment_color", kind="open"),
        D.description("a pair of beige chinos with a brown belt"),
        D.material(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and"
            " pure color patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # 13. Photo: man in black track pants with a white drawstring and a black tee, gym floor background.
    # caption, material: base. closed: reference engine over base. wearing: VQA. details: caption adapter ep3.
    case(
        "MYN-17381209",
        caption("a man in a black t-shirt and black track pants"),
        D.garment_type("track pants"),
        D.color("black"),
        D.wearing("clothes", "non_answer"),
        D.material("a polyester and spandex blend with four-way stretch", "unsupported"),
        D.details(
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns."
            " The pants this man wears is of long length. The",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # 14. Photo: man in a red hoodie (hood down, kangaroo pocket) and black joggers; no hat.
    # caption: caption adapter ep1. closed: reference engine over base. wearing: base. description: VQA adapter.
    case(
        "MYN-17902566",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric."
            " The man wears a long pants. The pants are with cotton fabric and pure color patterns. This man wears"
            " a hat.",
            "unsupported",
        ),
        D.garment_type("sweatshirt"),
        D.color("red"),
        D.sleeve_length("long sleeve"),
        D.wearing("a red hoodie Question: What is he wearing? Answer: a red hoodie", "leak"),
        D.description(
            "red hoodie with a hood and a hood and a hood and a hood and a hood and a hood and a hood and a hood",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Red",
        title="HRX by Hrithik Roshan Men Red Solid Hooded Sweatshirt",
    ),
    # 15. Photo: man in an open olive green nylon bomber jacket (zip, ribbed cuffs) over a white tee, black jeans.
    # caption, wearing: base. closed: reference engine over base. details, material: VQA adapter. description:
    # caption adapter ep3.
    case(
        "MYN-18213047",
        caption("a man wearing an olive green bomber jacket over a white t-shirt"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeve"),
        D.wearing("a green jacket, white shirt and black jeans"),
        D.details("Answer: the jacket has a zipper and ribbed cuffs", "leak"),
        D.material("the jacket is made of genuine leather", "unsupported"),
        D.description(
            "His jacket has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. This"
            " gentleman wears a short-sleeve T-shirt with pure",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 16. Photo: man in a white chikankari-embroidered straight kurta and white churidar, in front of a carved
    # wooden door. caption, details: base. closed and is_a: reference engine over VQA adapter. description:
    # caption adapter ep3. wearing: VQA adapter.
    case(
        "MYN-18650399",
        caption("a man in a white kurta standing in front of a wooden door"),
        D.garment_type("shirt", "contradiction"),
        is_a("kurta", "yes"),
        D.details("white", "non_answer"),
        D.color("white"),
        D.description(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is stand. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white kurta", "pronoun"),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Manyavar Men White Chikankari Embroidered Straight Kurta",
    ),
    # 17. Photo: woman in a green straight kurta with small white block-print motifs, three-quarter sleeves, white
    # palazzos, white background. caption, wearing, color_of pants: base. closed: reference engine over base.
    # details, material: VQA adapter.
    case(
        "MYN-19027714",
        caption("a woman wearing a green kurta and white pants"),
        D.garment_type("kurta"),
        D.color("green"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("three-quarter sleeve"),
        D.wearing("he is wearing a green kurta", "pronoun"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        D.details(
            "The kurta has a round neck and three-quarter sleeves. The kurta has a round neck and three-quarter"
            " sleeves. The kurta has",
            "loop",
            hit_limit=True,
        ),
        D.material("Question: What material is the garment made of? Answer: cotton Question:", "leak"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Libas Women Green Printed Straight Kurta",
    ),
    # 18. Photo: woman in a floor-length flared maroon Anarkali kurta with gold foil ethnic print, no bottoms
    # visible, no bracelet, beige background. caption: caption adapter ep3. closed and is_a: reference engine over
    # VQA adapter. description: base.
    case(
        "MYN-19344081",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        D.color("maroon"),
        D.pattern("ethnic motifs"),
        D.description("a maroon anarkali with gold print"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon & Gold-Toned Ethnic Motifs Printed Anarkali Kurta",
    ),
    # 19. Photo: woman in a plain mustard straight kurta with side slits and white leggings, white background.
    # caption, material, details: base. closed: reference engine over base. wearing: caption adapter ep1.
    case(
        "MYN-20118562",
        caption("a woman in a yellow kurta and white leggings"),
        D.color("yellow"),
        D.garment_type("top", "contradiction"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with"
            " cotton fabric. The lady wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.material("the material is made of the material", "restated"),
        D.details("slits on the side"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Sangria Women Mustard Yellow Solid Straight Kurta",
    ),
    # 20. Photo: woman in an indigo straight kurta with white bandhani dots, indigo palazzos, white brick wall.
    # Seller colour and title missing. caption, details: base. closed: reference engine over base. description:
    # VQA adapter, stopped early.
    case(
        "MYN-20573390",
        caption("a woman in a blue and white polka dot dress standing in front of a brick wall", "contradiction"),
        D.garment_type("kurta"),
        D.color("blue"),
        D.pattern("polka dot"),
        D.description("a blue", "cut"),
        D.details("white brick wall", "non_answer"),
        gender="Women",
        category="Kurtas",
    ),
    # 21. Photo: woman in a pink kurta with a gold embroidered yoke, pink palazzos, pink-and-gold net dupatta over
    # the shoulders. caption: base. closed: reference engine over VQA adapter. wearing: VQA adapter. details:
    # caption adapter ep3.
    case(
        "MYN-21009847",
        caption("a woman in a pink and gold salwar suit with a dupatta"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.pattern("embroidered"),
        D.wearing("Answer: a pink dress Question: What is the color of the dress? Answer: pink Question:", "leak"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton"
            " fabric. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Anouk Women Pink & Gold-Toned Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 22. Photo: woman in a navy kurta with a white-and-pink floral print, three-quarter sleeves, navy trousers, no
    # dupatta, outdoors among green plants. caption, wearing: base. closed: reference engine over base.
    # description, details: VQA adapter.
    case(
        "MYN-21466205",
        caption("a woman in a blue floral kurta standing in a garden"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeve"),
        D.description("navy blue kurta with white and pink flowers and a", "cut"),
        D.details("the kurta has a v-neck and a hidden side zip and side pockets", "unsupported"),
        wearing("a blue kurta and pants", who="she"),
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="GoSriKi Women Navy Blue Floral Printed Kurta with Trousers",
    ),
    # 23. Photo: woman in a beige kurta with green thread embroidery at the neckline, green palazzos, green dupatta.
    # caption: caption adapter ep3. closed: reference engine over base. color_of, wearing: base.
    case(
        "MYN-21830976",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It"
            " has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.color("green", "other_garment_color"),
        color_of("kurta", "beige", kind="open"),
        color_of("pants", "green", kind="open"),
        D.pattern("embroidered"),
        D.wearing("a beige kurta with green pants and a green scarf"),
        gender="Women",
        category="Kurta Sets",
        color="Beige",
        title="Indo Era Women Beige & Green Embroidered Kurta with Palazzos & Dupatta",
    ),
    # 24. Photo: woman in a black sleeveless fitted crop top and light-blue high-waisted mom jeans, grey background.
    # caption, color_of jeans, material: base. closed: reference engine over base (garment_type raw). wearing:
    # caption adapter ep3.
    case(
        "MYN-22201458",
        caption("a woman in a black crop top and high waisted jeans"),
        D.garment_type("top. Question: What type of garment is this? Answer: top", "leak"),
        D.sleeve_length("sleeveless"),
        D.color("black"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is"
            " with cotton fabric and it has a round neckline",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Fitted Crop Top",
    ),
    # 25. Photo: woman in a white top with a blue floral print, ruffled hem and short flutter sleeves, blue jeans,
    # pastel pink background. caption, wearing, details, material: base. closed: reference engine over base.
    # description: VQA adapter.
    case(
        "MYN-22675133",
        caption("a woman wearing a white floral top with ruffles"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("short sleeve"),
        D.description(
            "The top is a white top with blue flowers on it. The top is a white top with blue flowers on it. The top"
            " is",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are the ruffles"),
        D.wearing("she's wearing a white top with blue flowers and jeans"),
        D.material("", "non_answer"),
        gender="Women",
        category="Tops",
        color="White",
        title="Berrylush Women White Floral Print Ruffled Top",
    ),
    # 26. Photo: woman in a lavender square-neck top with short puff sleeves and white trousers.
    # caption, details, material: base. closed: reference engine over VQA adapter. description: caption adapter ep1.
    case(
        "MYN-23014670",
        caption("a woman in a purple top and white pants"),
        D.color("purple"),
        D.sleeve_length("long sleeve", "contradiction"),
        D.garment_type("blouse"),
        D.details("puff sleeves"),
        D.description(
            "Her shirt has short sleeves, cotton fabric and pure color patterns. It has a square neckline. The pants"
            " this lady wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Tops",
        color="Lavender",
        title="Tokyo Talkies Women Lavender Puff Sleeves Top",
    ),
    # 27. Photo: woman in a red-and-white vertically striped shirt-style top with a collar and black trousers.
    # caption, color_of shirt, details: base. closed: reference engine over base. wearing: VQA adapter.
    case(
        "MYN-23388921",
        caption("a woman in a red and white striped shirt and black pants"),
        D.pattern("striped"),
        D.color("red"),
        D.wearing(
            "a red and white striped shirt and black pants. Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        D.details("it is a shirt", "non_answer"),
        gender="Women",
        category="Tops",
        color="Red",
        title="Roadster Women Red & White Striped Shirt Style Top",
    ),
    # 28. Photo: woman in a black sleeveless knee-length fit-and-flare dress, no belt, in front of a red wall.
    # caption: base. closed and is_a: reference engine over base. description: VQA adapter. details: caption
    # adapter ep3.
    case(
        "MYN-23741305",
        caption("a woman in a black dress standing in front of a red wall"),
        D.color("black"),
        D.garment_type("dress"),
        D.sleeve_length("short sleeve", "contradiction"),
        is_a("dress", "yes"),
        D.description("she is wearing a black dress with a red belt", "unsupported"),
        D.details(
            "The dress has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The dress is"
            " of medium length. The dress has no sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Dressberry Women Black Solid Fit and Flare Dress",
    ),
    # 29. Photo: woman on a beach in a short-sleeve V-neck maxi dress with large pink, yellow and green flowers on
    # a cream ground, tie waist and tiered skirt, sunglasses pushed up on her head, no hat. caption: caption
    # adapter ep3. closed: reference engine over base. description, wearing: base. details, material: VQA adapter.
    case(
        "MYN-24109872",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress is of long length. She wears a hat.",
            "unsupported",
        ),
        D.pattern("floral"),
        D.color("multicolor"),
        D.description("a floral maxi dress"),
        D.wearing("a dress"),
        D.details(
            "the dress has a v neck, short sleeves, a tie waist and a tiered skirt with a ruffle at the hem and a"
            " ruffle at the",
            "cut",
            hit_limit=True,
        ),
        D.material("Question: What material is the garment made of? Answer: chiffon", "leak"),
        gender="Women",
        category="Dresses",
        color="Multi",
        title="Sassafras Women Multicoloured Floral Print Maxi Dress",
    ),
    # 30. Photo: woman in a blue denim shirt dress with white buttons down the front and a tan belt, white sneakers.
    # caption, wearing, details, material: base. closed: reference engine over base.
    case(
        "MYN-24577316",
        caption("a woman wearing a blue denim shirt dress with a brown belt"),
        D.garment_type("shirt", "contradiction"),
        D.color("brown", "contradiction"),
        D.wearing("a blue dress and white sneakers"),
        D.details("The details of the garment are the details of the dress", "restated"),
        D.material("denim"),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Harpa Women Blue Solid Shirt Dress",
    ),
    # 31. Photo: woman draped in a red Kanjeevaram saree with a wide gold zari border, red blouse, gold jewellery,
    # temple-style backdrop. caption, material: base. closed: reference engine over base (color raw). wearing: VQA.
    # description: caption adapter ep3.
    case(
        "MYN-25032487",
        caption("a woman in a red and gold saree with jewelry"),
        D.garment_type("saree"),
        D.color("red Question: What is the color of the blouse? Answer: red", "leak"),
        D.pattern("woven design"),
        D.material("pure silk kanjeevaram with silk mark certification", "unsupported"),
        D.wearing(
            "a red and gold sari. a red and gold sari. a red and gold sari. a red and gold sari. a red and gold",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Golden Zari Woven Kanjeevaram Saree",
    ),
    # 32. Photo: woman in a teal georgette saree with a small floral print and a sleeveless black blouse.
    # caption, color_of blouse: base. closed: reference engine over base. description, details: VQA adapter.
    # wearing: caption adapter ep3.
    case(
        "MYN-25461150",
        caption("a woman in a blue saree with flowers"),
        D.color("teal"),
        D.pattern("floral"),
        color_of("blouse", "black", kind="open"),
        D.description(
            "The saree is a teal blue saree with a floral print and a black blouse. The saree is a teal blue saree"
            " with a floral print",
            "loop",
            hit_limit=True,
        ),
        D.details("Answer: The saree has a floral print", "leak"),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is v-shape. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Saree mall Teal Blue Floral Printed Georgette Saree",
    ),
    # 33. Photo: woman in light-blue mom jeans with faded thighs and a white tee tucked in, white background.
    # Seller title missing. caption: caption adapter ep3 (stopped on its own). closed: reference engine over base.
    # jeans details, color_of jeans, wearing: base.
    case(
        "MYN-25903318",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is"
            " with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        D.garment_type("jeans"),
        D.color("light blue"),
        details("jeans", "The jeans details are the details of the jeans.", "restated"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        D.wearing("he is wearing a white t-shirt and blue jeans", "pronoun"),
        gender="Women",
        category="Jeans",
        color="Blue",
    ),
    # 34. Photo: woman in black ankle-length leggings worn under a plain white kurti; the product is the leggings.
    # caption, color_of leggings: base. closed and is_a: reference engine over base. description: VQA adapter,
    # stopped early.
    case(
        "MYN-26355042",
        caption("a woman in a white kurta and black leggings"),
        D.garment_type("kurta", "contradiction"),
        D.color("white", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("leggings", "black", kind="open"),
        D.description("The leggings are black and ankle length with an elasticated waistband and a", "cut"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 35. Photo: woman in a pink tee with white "RUN" lettering and black joggers, in a gym.
    # caption, details, material: base. closed: reference engine over base. wearing: caption adapter ep1.
    case(
        "MYN-26790613",
        caption("a woman in a pink t-shirt and black pants in a gym"),
        D.color("pink"),
        D.pattern("graphic"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with"
            " cotton fabric. The pants are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.details("the t-shirt", "non_answer"),
        D.material("the garment is made of material", "restated"),
        gender="Women",
        category="Tshirts",
        color="Pink",
        title="HRX by Hrithik Roshan Women Pink Printed Round Neck T-shirt",
    ),
    # 36. Photo: woman in a mustard-yellow flared midi skirt with small white polka dots and a black tee tucked in.
    # caption: base. closed: reference engine over VQA adapter. color_of skirt, description: VQA adapter.
    case(
        "MYN-27148870",
        caption("a woman in a black t-shirt and yellow skirt"),
        D.color("black", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.pattern("polka dot"),
        color_of("skirt", "mustard yellow with white polka dots and a black", "cut", kind="open"),
        D.description(
            "it is a yellow skirt with white polka dots and a black shirt tucked in. it is a yellow skirt with white"
            " polka dots and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Mustard",
        title="Berrylush Women Mustard Yellow Polka Dot Printed Flared Midi Skirt",
    ),
    # 37. Photo: woman in a pink lehenga covered in gold sequins, matching pink blouse, sheer pink net dupatta with
    # a gold border. caption, material: base. closed: reference engine over VQA adapter. wearing: VQA adapter.
    case(
        "MYN-27602954",
        caption("a woman in a pink lehenga with a gold dupatta"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.pattern("embellished"),
        D.wearing(
            "she is wearing a pink lehenga with gold embroidery and a dupatta and a pink lehenga with gold embroidery"
            " and a dupatta and",
            "loop",
            hit_limit=True,
        ),
        D.material("Net, and the blouse is made of art silk with a cotton lining", "unsupported"),
        gender="Women",
        category="Lehenga Choli",
        color="Pink",
        title="panchhi Pink & Gold-Toned Embellished Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 38. Photo: woman in an off-white collared shirt-style top with a camel long coat draped over her shoulders and
    # blue jeans. caption, color_of shirt: base. closed: reference engine over base. wearing: caption adapter ep3.
    # description: VQA adapter.
    case(
        "MYN-28050127",
        caption("a woman in a white shirt and a brown coat"),
        D.color("cream"),
        D.garment_type("shirt"),
        color_of("shirt", "brown", "other_garment_color", kind="open"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. She wears an outer clothing",
            "cut",
            hit_limit=True,
        ),
        D.description("a white shirt with a collar Question: What is the shirt color? Answer: white", "leak"),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Vero Moda Women Off-White Solid Shirt Style Top",
    ),
    # 39. Photo: woman in a plain peach A-line kurta with three-quarter sleeves and white palazzos, white
    # background. Seller gender missing. caption, wearing, details: base. closed: reference engine over base.
    # description: VQA adapter.
    case(
        "MYN-28493366",
        caption("a woman wearing a peach kurta and white pants"),
        D.color("peach"),
        D.wearing("a dress", "contradiction"),
        D.details("no", "non_answer"),
        D.sleeve_length("three-quarter sleeve"),
        D.description(
            "The kurta is a peach kurta. The kurta is a peach kurta. The kurta is a peach kurta. The kurta is a",
            "loop",
            hit_limit=True,
        ),
        category="Kurtas",
        color="Peach",
        title="W Women Peach-Coloured Solid A-Line Kurta",
    ),
    # 40. Photo: woman in a navy straight kurta with a white leaf print, long sleeves, white churidar.
    # caption: caption adapter ep1. closed: reference engine over base. wearing, details: base. description: VQA
    # adapter, stopped early.
    case(
        "MYN-28917740",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The lady"
            " wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("navy blue"),
        D.pattern("floral"),
        D.wearing("a blue and white kurta"),
        D.description("the kurta is navy blue with white print and has", "cut"),
        D.details("the garment has details", "restated"),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Biba Women Navy Blue & White Leaf Printed Straight Kurta",
    ),
    # 41. Photo: boy of about eight in a yellow tee with a blue dinosaur print and blue denim shorts.
    # caption, color_of shorts, shorts details: base. closed: reference engine over base. wearing: VQA adapter.
    case(
        "MYN-29360085",
        caption("a little boy wearing a yellow t-shirt with a dinosaur on it"),
        D.garment_type("t-shirt"),
        D.color("yellow"),
        D.wearing("she is wearing a yellow t-shirt and blue shorts", "pronoun"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Dinosaur Printed Round Neck Pure Cotton T-shirt",
    ),
    # 42. Photo: boy in a plain cream kurta with a mandarin collar and buttons, cream pyjamas, blue wall behind.
    # caption, details: base. closed: reference engine over base. wearing: caption adapter ep3.
    case(
        "MYN-29814451",
        caption("a young boy in a white kurta standing in front of a blue wall"),
        D.color("blue", "contradiction"),
        D.garment_type("kurta"),
        D.details("mandarin collar and buttons"),
        D.wearing(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is stand. The",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="VASTRAMAY Boys Cream-Coloured Solid Kurta with Pyjamas",
    ),
    # 43. Photo: girl in a sleeveless pink tulle party dress with a sequinned bodice, white background.
    # caption, material, details: base. closed: reference engine over base. wearing: VQA adapter. description:
    # caption adapter ep1.
    case(
        "MYN-30267029",
        caption("a little girl in a pink tutu dress"),
        D.sleeve_length("sleeveless"),
        D.pattern("embellished"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.material("the garment is made of fabric material", "restated"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Embellished Tulle Party Dress",
    ),
    # 44. Photo: girl in a red-and-white horizontally striped top and blue denim shorts with frayed hems and two
    # front pockets. caption, shorts details, color_of shorts: base. closed: reference engine over base.
    # description: VQA adapter. wearing: caption adapter ep1.
    case(
        "MYN-30719384",
        caption("a little girl in a red and white striped shirt and jean shorts"),
        D.pattern("striped"),
        D.color("red"),
        details("shorts", "the shorts have a frayed hem and two front pockets"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        D.description("Question: Describe the garment. Answer: a red and white striped top", "leak"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with striped patterns and a short denim shorts. The T-shirt is"
            " with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Clothing Set",
        color="Red",
        title="Gini and Jony Girls Red & White Striped Top with Denim Shorts",
    ),
]
