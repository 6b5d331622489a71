"""BLIND_105 (44 products; the experiments re-run on a Myntra-style catalog of men's bottomwear and winterwear):
written blind in the nineteenth session. Measured blind at 9a55aae: 134/144 failures found (93.1%) and 10/146
correct texts flagged (6.8%). The writer's notes, verbatim:

Blind corpus 105: men's bottomwear and winterwear from a Myntra-style catalog.

Scenario
--------
The original experiments' untuned base model and their fine-tuned adapters re-run on a Myntra-style catalog of
men's bottomwear and winterwear: jeans, chinos (article type "Trousers"), track pants and joggers, shorts, sweaters
and cardigans, jackets, sweatshirts and thermal wear. Most photos show a male model wearing the product with other
garments (a t-shirt over the jeans, a hoodie under the jacket, chinos under the sweater); some are flat packshots on
a plain background with no person. enrich's default questionnaire (DEFAULT_QUESTIONS: wearing, garment_type, color,
pattern, sleeve_length, description, details, material) plus, on a few products, the experiments' own questions
(is_a "Is this a jacket?", color_of "What is the color of the jeans?"). Seller columns come from the marketplace
export: gender ("Men"), category (Myntra article type), color (base colour) and title; a few are missing.

Which system wrote which text
-----------------------------
- base: `Salesforce/blip2-opt-2.7b`, untuned (8-bit), greedy, 30 new tokens for answers, 50 for captions.
- caption adapter e1 / e3: `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (epoch 1) and
  `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (epoch 3) on the same base: they write the DeepFashion-MultiModal
  caption template ("The gentleman wears a long-sleeve sweater with pure color patterns ...") for every prompt,
  never stop, and either loop the template or are cut at the token limit.
- VQA adapter: `leoreigoto/Data3_V3_BLIP2_VQA`: short In-shop answers ("sweater", "jacket/coat", "yes") that
  never stop and repeat to the token limit.
The comment above each case names the imagined photo and which model wrote which text.

How it was written
------------------
Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No other file of the project,
no audit code, no other corpus. The only thing run was an import check of this module.

Label conventions and judgement calls
-------------------------------------
- Every text is judged against the imagined photo in the comment, not against the seller columns: a seller "Solid"
  on track pants with side stripes does not make "striped" wrong.
- Near-colour synonyms are correct: navy/dark blue/blue, olive/green, khaki/beige, charcoal/dark grey/grey,
  maroon/burgundy/red, cream/off-white/white/beige, rust/orange/brown, grey melange/grey.
- Layers and other garments named in captions and "wearing" answers are correct when they are in the photo
  ("a white t-shirt and blue jeans"); a background colour named as background is correct.
- other_garment_color: an answer about the product (the color question, the product's description) that gives it the
  colour of another garment in the photo (the t-shirt over the jeans, the hoodie under the jacket).
- contradiction: a colour, pattern, garment type or sleeve length that the photo, the other texts or the seller
  contradict, including the colour of a print, a lining or the background given as the garment's colour, the
  pattern of the shirt under a sweater, and the base model's one-colour-for-every-garment answers.
- cut: stopped mid-phrase; hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for captions),
  hit_limit=False for the few stopped early. A caption-adapter template that runs to the limit without repeating
  itself is a cut; one that starts the template over is a loop. Loops run to the limit too (hit_limit=True).
- non_answer: empty, "nothing", "i don't know", the garment's name given back for details ("they are shorts"),
  the caption template given for a closed question it does not answer.
- restated: the question's words turned into a sentence ("the material of the garment is the material of ...").
- unsupported: brands, fibre percentages, fill, care or performance claims and parts the photo does not show.
- pronoun: "she", "woman", "the lady" for the male models of this men's catalog.
- leak: the `Question: ... Answer:` format carried into the answer.
- Closed answers are the reference engine's raw text when it did not map to a candidate, so an adapter's loop or
  template can sit in a closed answer.
- Visual material words (denim, knit, fleece, nylon, suede, leather for a leather-look jacket, cotton for chinos)
  are accepted as correct; exact compositions are not.
- "sweatpants"/"joggers" for track pants, "leggings" for thermal bottoms, "t-shirt" for a long-sleeve thermal top
  and "pants" for chinos are accepted garment types; "sweater" for a thin thermal top is not.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_105: list[Case] = [
    # 1. Model in a plain white t-shirt (untucked) and mid-blue slim jeans, white studio wall.
    # caption, wearing, color, details, material: base; description: caption adapter e3.
    case(
        "MYN105-JN-0101",
        caption("a man in a white t-shirt and blue jeans standing in front of a white wall"),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt"
            " is with cotton fabric. It has a crew neckline. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the jeans have a button, a zipper, a button, a zipper, a button, a zipper, a button, a zipper, a button,",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 2. Packshot: black track pants with two white side stripes, flat on a white background, no person.
    # caption, garment_type, material: base; color: VQA adapter; description: VQA adapter; details: caption e1.
    case(
        "MYN105-TP-0102",
        caption("a pair of black track pants with white stripes on a white background"),
        D.garment_type("track pants"),
        D.color(
            "black Question: What is the pattern of the garment? Answer: solid Question: How long are the",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "black black black black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. It has an"
            " elastic waist and",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
    ),
    # 3. Model in a white formal shirt tucked into olive chinos, brown belt, grey studio backdrop.
    # caption: caption adapter e3; wearing, color, pattern, description, details, material, color_of: base.
    case(
        "MYN105-CH-0103",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
            " There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and green pants"),
        D.color("green"),
        D.description("a pair of olive green chinos with a brown belt"),
        D.details(
            "the pants have belt loops and a button closure and a zip fly and two side pockets and two back pockets"
            " and a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.pattern("striped", "contradiction"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        gender="Men",
        category="Trousers",
        color="Olive",
        title="Highlander Men Olive Green Slim Fit Chinos",
    ),
    # 4. Model in a grey melange crew-neck pullover over a white shirt (collar showing), dark jeans.
    # caption, garment_type, color, description, details: base; wearing: VQA adapter.
    case(
        "MYN105-SW-0104",
        caption("a man wearing a grey sweater and jeans"),
        D.wearing(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater"
            " sweater sweater",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("grey"),
        D.description("a grey crew neck sweater over a white shirt"),
        D.details("the sweater is made by uniqlo", "unsupported"),
        D.material("knit"),
        gender="Men",
        category="Sweaters",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Pullover Sweater",
    ),
    # 5. Model in a navy padded jacket worn open over a light grey hoodie, black joggers, street behind.
    # all base.
    case(
        "MYN105-JK-0105",
        caption("a man in a blue jacket standing on a street"),
        D.wearing("she is wearing a blue jacket and black pants", "pronoun"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long"),
        D.description("a dark blue padded jacket with a zipper"),
        D.details("the jacket is waterproof and has a detachable hood and an inner pocket", "unsupported"),
        D.material("nylon"),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="WROGN Men Navy Blue Solid Padded Jacket",
    ),
    # 6. Model in a navy polo shirt and khaki chinos, white sneakers, light grey backdrop.
    # caption: caption adapter e1; wearing, color, description, details: base.
    case(
        "MYN105-CH-0106",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and it has a lapel neckline. The pants are with cotton fabric and pure color patterns."
            " The gentleman wears a short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki pants"),
        D.color("navy blue", "other_garment_color"),
        D.description("a pair of beige chinos"),
        D.details("they are pants", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Louis Philippe Sport Men Khaki Slim Fit Solid Chinos",
    ),
    # 7. Packshot: light-wash blue denim shorts, rolled hems, white background, no person.
    # caption, wearing, color, details, material: base; description: VQA adapter; garment_type: caption adapter e3.
    case(
        "MYN105-SH-0107",
        caption("a pair of blue denim shorts on a white background"),
        D.wearing("a pair of blue shorts"),
        D.garment_type(
            "The lower clothing is of three-point length. The fabric is denim and it has pure color patterns. The"
            " lower clothing is of",
            "non_answer",
            hit_limit=True,
        ),
        D.description(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        D.details("the shorts are short", "non_answer"),
        D.material("denim"),
        D.color("white", "contradiction"),
        gender="Men",
        category="Shorts",
        color="Blue",
        title="Mast & Harbour Men Blue Washed Denim Shorts",
    ),
    # 8. Model in a maroon cable-knit pullover and light blue jeans, beige wall.
    # all base.
    case(
        "MYN105-SW-0108",
        caption("a man wearing a burgundy sweater and jeans"),
        D.color("maroon"),
        D.pattern("cable knit"),
        D.description("a woman wearing a maroon cable knit sweater", "pronoun"),
        D.details("the sweater has a cable knit pattern on the front and ribbed cuffs"),
        D.material("100% merino wool", "unsupported"),
        D.wearing(
            "he is wearing a maroon cable knit sweater with a round neck and ribbed cuffs and a pair of light blue"
            " jeans with a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Maroon",
        title="Mast & Harbour Men Maroon Cable Knit Pullover",
    ),
    # 9. Model in a black leather-look biker jacket over a white tee, black jeans.
    # caption: caption adapter e3; wearing, color, description, details, material: base.
    case(
        "MYN105-JK-0109",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with"
            " leather fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The"
            " gentleman wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and a white t-shirt"),
        D.color("black"),
        D.description("a black leather jacket with a zipper and", "cut"),
        D.details(
            "the jacket has a zipper, a zipper, a zipper, a zipper, a zipper, a zipper, a zipper, a zipper",
            "loop",
            hit_limit=True,
        ),
        D.material("leather"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Biker Jacket",
    ),
    # 10. Packshot: thin grey waffle-knit thermal top, long sleeves, crew neck, white background. No gender column.
    # caption, garment_type, color, pattern, sleeve_length, details: base; description: VQA adapter.
    case(
        "MYN105-TH-0110",
        caption("a grey long sleeved shirt on a white background"),
        D.garment_type("sweater", "contradiction"),
        D.color("grey"),
        D.sleeve_length("long"),
        D.description(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        D.details("the shirt has ribbed cuffs and a round neck"),
        D.pattern("solid Question: How long are the sleeves? Answer:", "leak"),
        category="Thermal Tops",
        color="Grey Melange",
        title="Jockey Men Grey Melange Thermal Top",
    ),
    # 11. Model in a black tee and light-blue skinny jeans with ripped knees, red brick wall behind.
    # caption, wearing, color, details, material: base; description: caption adapter e1.
    case(
        "MYN105-JN-0111",
        caption("a man in a black t-shirt and ripped jeans standing in front of a brick wall"),
        D.wearing("black t-shirt and ripped jeans"),
        D.color("black", "other_garment_color"),
        D.description(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The gentleman"
            " wears a short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        D.details("the jeans have holes in the knees"),
        D.material("denim Question: What is the pattern of the garment? Answer: solid", "leak"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mildly Distressed Jeans",
    ),
    # 12. Packshot: olive MA-1 bomber, orange lining visible at the open collar, zip pocket on the left sleeve.
    # all base.
    case(
        "MYN105-JK-0112",
        caption("an olive green bomber jacket with an orange lining"),
        D.garment_type("jacket"),
        D.color("orange", "contradiction"),
        D.description("a green jacket"),
        D.details("the jacket has a zipper and a pocket on the sleeve"),
        D.material("nylon, water resistant and windproof", "unsupported"),
        D.pattern("unknown", "non_answer"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Highlander Men Olive Solid Bomber Jacket",
    ),
    # 13. Model in a white tee and plain charcoal joggers (no logo visible), white sneakers.
    # caption, garment_type, color, description, details: base; wearing: caption adapter e3.
    case(
        "MYN105-TP-0113",
        caption("a man wearing a white t-shirt and grey sweatpants"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is"
            " with cotton fabric. It has a round neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweatpants"),
        D.color("white", "other_garment_color"),
        D.description("a pair of dark grey joggers with an elastic waistband"),
        D.details("the pants have a nike logo on the side", "unsupported"),
        gender="Men",
        category="Track Pants",
        color="Charcoal",
        title="Puma Men Charcoal Grey Solid Joggers",
    ),
    # 14. Model in a mustard V-neck button cardigan over a white tee, beige chinos.
    # caption, description: caption adapter e1; color, details, material: base.
    case(
        "MYN105-SW-0114",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It"
            " has a v-shape neckline.",
            "pronoun",
        ),
        D.color("white", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting"
            " fabric. It has a v-shape neckline. The gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        D.details("the cardigan has buttons on the front"),
        D.material("the material of the garment is the material of the cardigan", "restated"),
        gender="Men",
        category="Sweaters",
        color="Mustard",
        title="Roadster Men Mustard Yellow Solid Cardigan",
    ),
    # 15. Packshot: black thermal bottoms (long johns), white background. No title column.
    # caption, garment_type, color, material: base; details: VQA adapter.
    case(
        "MYN105-TB-0115",
        caption("a pair of black leggings on a white background"),
        D.garment_type("leggings"),
        D.color("black"),
        D.details(
            "the waistband, the waistband, the waistband, the waistband, the waistband, the waistband, the waistband",
            "loop",
            hit_limit=True,
        ),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Men",
        category="Thermal Bottoms",
        color="Black",
    ),
    # 16. Packshot: navy chinos laid flat, grey background.
    # caption, garment_type: caption adapter e3; color, pattern, description, details, material: base.
    case(
        "MYN105-CH-0116",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an"
            " accessory in his waist. The trousers are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower"
            " clothing is of long",
            "non_answer",
            hit_limit=True,
        ),
        D.color("dark blue"),
        D.pattern("solid Question: What is the color of the garment? Answer: navy", "leak"),
        D.description("a pair of navy blue pants"),
        D.material("cotton"),
        D.details("the pants are wrinkle free and stain resistant", "unsupported"),
        gender="Men",
        category="Trousers",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue Slim Fit Chinos",
    ),
    # 17. Model in a black tee and olive camouflage cargo shorts, outdoor.
    # all base.
    case(
        "MYN105-SH-0117",
        caption("a man wearing a black t-shirt and camouflage shorts"),
        D.wearing("black shirt and black shorts", "other_garment_color"),
        D.color("green"),
        D.pattern("camouflage"),
        D.description("a pair of camouflage cargo shorts with side pockets"),
        D.details(
            "the shorts have a pocket on the side, a pocket on the side, a pocket on the side, a pocket on the side,"
            " a pocket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Olive",
        title="HRX Men Olive Camouflage Printed Cargo Shorts",
    ),
    # 18. Model in a red-and-black buffalo-check shacket (long sleeves, two flap chest pockets) over a black tee,
    # blue jeans. caption, wearing, color, pattern, sleeve_length, material: base; details: caption adapter e3.
    case(
        "MYN105-JK-0118",
        caption("a man in a red and black plaid jacket"),
        D.color("red and black"),
        D.pattern("checked"),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The pants",
            "cut",
            hit_limit=True,
        ),
        D.material("flannel"),
        D.wearing("she is wearing a red and black plaid shirt and jeans", "pronoun"),
        gender="Men",
        category="Jackets",
        color="Red",
        title="Roadster Men Red & Black Checked Shacket",
    ),
    # 19. Model in a blue washed denim jacket over a white hoodie, black jeans.
    # caption, wearing, color, description, details, is_a: base; pattern: VQA adapter.
    case(
        "MYN105-JK-0119",
        caption("a man wearing a denim jacket over a white hoodie"),
        D.wearing("a denim jacket and a white hoodie and black jeans"),
        D.color("white", "other_garment_color"),
        D.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        D.description("a blue denim jacket with a white hoodie"),
        is_a("jacket", "yes"),
        D.details(
            "it has buttons on the front and two chest pockets with buttons and two side pockets and the sleeves have"
            " buttons at the cuffs and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # 20. Model in a navy V-neck sweater with white tipping at the neckline, over a blue-and-white checked shirt.
    # caption: caption adapter e1; wearing, color, pattern, description, details: base.
    case(
        "MYN105-SW-0120",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It"
            " has a v-shape neckline. The lady wears a long-sleeve shirt with lattice patterns. The shirt is with"
            " cotton fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue sweater and a checkered shirt"),
        D.color("navy"),
        D.pattern("checked", "contradiction"),
        D.description("a navy blue v neck sweater with white stripes on the neckline"),
        D.details("the details of the sweater are the v neck of the sweater", "restated"),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Louis Philippe Men Navy Blue Solid V-Neck Sweater",
    ),
    # 21. Model (torso crop) in an off-white waffle-knit thermal henley with three buttons, nothing over it.
    # caption, color, sleeve_length, description, details, material: base; garment_type: VQA adapter.
    case(
        "MYN105-TH-0121",
        caption("a man wearing a white long sleeve shirt"),
        D.garment_type(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        D.color("cream"),
        D.sleeve_length("long Question: How long are the sleeves? Answer: long", "leak"),
        D.details("three buttons at the neck"),
        D.material("it is made of a blend of 60% cotton and 40% polyester", "unsupported"),
        D.description("a white thermal shirt with three buttons at the", "cut"),
        gender="Men",
        category="Thermal Tops",
        color="Off White",
        title="Jockey Men Off-White Solid Thermal Henley",
    ),
    # 22. Packshot: black slim jeans laid flat, white background.
    # caption, details, color_of: caption adapter e3; color, description, material, garment_type: base.
    case(
        "MYN105-JN-0122",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an"
            " accessory in his waist. The lower clothing is of long length. The fabric is denim and",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.description("black jeans"),
        D.details(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an"
            " accessory in his",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        D.garment_type("leggings", "contradiction"),
        color_of(
            "jeans",
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an"
            " accessory in his waist. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Flying Machine Men Black Slim Tapered Fit Jeans",
    ),
    # 23. Model in a grey-and-white horizontally striped pullover and black chinos.
    # caption, wearing, color, pattern, details: base; description: VQA adapter.
    case(
        "MYN105-SW-0123",
        caption("a man wearing a grey and white striped sweater and black pants"),
        D.wearing("she is wearing a striped sweater and black pants", "pronoun"),
        D.color("grey"),
        D.pattern("striped"),
        D.description(
            "striped striped striped striped striped striped striped striped striped striped striped striped striped",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the sweater", "restated"),
        gender="Men",
        category="Sweaters",
        color="Grey",
        title="Roadster Men Grey & White Striped Pullover",
    ),
    # 24. Model in a black hoodie and beige relaxed cargo trousers with flap side pockets and drawstring hems.
    # all base.
    case(
        "MYN105-CH-0124",
        caption("a man in a black hoodie and beige cargo pants"),
        D.wearing("he is wearing a black hoodie and beige pants"),
        D.color("black", "other_garment_color"),
        D.description("a pair of khaki cargo pants"),
        D.details(
            "the pants have two side pockets with flaps and a drawstring at the ankles and two back pockets with"
            " flaps and a button on the",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of a material", "restated"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Bene Kleed Men Beige Relaxed Fit Cargo Trousers",
    ),
    # 25. Model in a red sleeveless puffer vest (no hood) over a grey sweatshirt, blue jeans.
    # all base.
    case(
        "MYN105-JK-0125",
        caption("a man wearing a red puffer vest"),
        D.wearing("a red vest, a grey sweatshirt and blue jeans"),
        D.garment_type("vest"),
        D.sleeve_length("long", "contradiction"),
        D.description("a red sleeveless puffer jacket with a zipper"),
        D.details("the vest has a hood, two pockets and a zipper", "unsupported"),
        D.material("polyester"),
        D.pattern("pattern", "non_answer"),
        gender="Men",
        category="Jackets",
        color="Red",
        title="Puma Men Red Solid Sleeveless Padded Jacket",
    ),
    # 26. Model mid-stride in a black hoodie and grey melange track pants. No title column.
    # caption: caption adapter e1; color, details, wearing, color_of: base; description: VQA adapter.
    case(
        "MYN105-TP-0126",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with"
            " cotton fabric. It has a hooded neckline. The pants are with cotton fabric and pure color patterns."
            " There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("black hoodie and grey pants"),
        D.color("grey"),
        D.description(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.details("they are pants", "non_answer"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        gender="Men",
        category="Track Pants",
        color="Grey Melange",
    ),
    # 27. Packshot: dark green V-neck sweater with a small embroidered horse-and-rider logo on the chest.
    # caption, color, details, material: base; description: caption adapter e1.
    case(
        "MYN105-SW-0127",
        caption("a dark green sweater with a small logo on the chest"),
        D.color("green"),
        D.pattern("solid"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting"
            " fabric. It has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sweater has a polo player logo on the chest and a ribbed hem and ribbed cuffs and a ribbed neckline"
            " and a",
            "cut",
            hit_limit=True,
        ),
        D.material("cashmere", "unsupported"),
        gender="Men",
        category="Sweaters",
        color="Green",
        title="U.S. Polo Assn. Men Green Solid Sweater",
    ),
    # 28. Model in a grey quilted jacket over a white tee, blue jeans.
    # all base.
    case(
        "MYN105-JK-0128",
        caption("a man in a grey quilted jacket, white t-shirt and blue jeans"),
        D.wearing("a grey jacket, a grey shirt and grey jeans", "contradiction"),
        D.color("grey"),
        D.pattern("quilted"),
        D.description("the garment is a jacket that is worn by a man who is wearing a jacket", "restated"),
        D.details("it has a zipper and two pockets"),
        D.material(
            "polyester with a padded lining and a quilted pattern that is stitched in a diamond shape on the front and"
            " on the back and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Grey",
        title="Fort Collins Men Grey Quilted Jacket",
    ),
    # 29. Model in a cream cable-knit turtleneck and black trousers, dark grey backdrop.
    # caption, color, details, material, wearing: base; pattern: VQA adapter; description: caption adapter e3.
    case(
        "MYN105-SW-0129",
        caption("a man wearing a white turtleneck sweater in front of a dark grey wall"),
        D.wearing("a white sweater and black pants"),
        D.color("beige"),
        D.pattern("pure color"),
        D.details(
            "the sweater has a turtleneck, a turtleneck, a turtleneck, a turtleneck, a turtleneck, a turtleneck, a"
            " turtleneck",
            "loop",
            hit_limit=True,
        ),
        D.material("wool. Question: What is the pattern of the garment? Answer:", "leak"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with"
            " knitting fabric. It has a stand",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Cream",
        title="Marks & Spencer Men Cream-Coloured Turtle Neck Sweater",
    ),
    # 30. Model in a grey checked flannel shirt (untucked, open) over dark navy jeans, brown boots; back patch not
    # visible. caption: caption adapter e3; color, description, details, color_of: base; is_a: VQA adapter.
    case(
        "MYN105-JN-0130",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The"
            " gentleman wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.description("dark blue jeans"),
        D.details("the jeans are levi's 511 and they are made in the usa", "unsupported"),
        is_a(
            "pair of jeans",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        gender="Men",
        category="Jeans",
        color="Navy Blue",
        title="Levis Men Navy Blue 511 Slim Fit Jeans",
    ),
    # 31. Packshot: black fleece joggers with a small white swoosh on the left thigh, elastic cuffs.
    # caption, color, pattern, description, details, wearing, material: base; garment_type: caption adapter e1.
    case(
        "MYN105-TP-0131",
        caption("a pair of black sweatpants on a white background"),
        D.wearing("", "non_answer"),
        D.garment_type(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an"
            " accessory on",
            "non_answer",
            hit_limit=True,
        ),
        D.color("black"),
        D.description("black sweatpants with a white nike logo"),
        D.details("a white nike logo on the left leg, elastic cuffs, drawstring"),
        D.pattern("striped", "contradiction"),
        D.material("the garment is made of the material of the pants", "restated"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Nike Men Black Club Fleece Joggers",
    ),
    # 32. Model in a tan suede trucker jacket over a white tee, black jeans, park with orange autumn leaves behind.
    # all base.
    case(
        "MYN105-JK-0132",
        caption("a man in a brown suede jacket standing in front of trees with orange leaves"),
        D.wearing("she is wearing a brown jacket and black pants", "pronoun"),
        D.color("tan"),
        D.description("a brown suede jacket with a white t-shirt"),
        D.details("the jacket has buttons on the front and two chest pockets with", "cut"),
        D.material("suede"),
        D.pattern("i don't know", "non_answer"),
        gender="Men",
        category="Jackets",
        color="Brown",
        title="Roadster Men Brown Solid Suede Trucker Jacket",
    ),
    # 33. Model in a white tee and navy track pants with three white side stripes; no logo readable.
    # caption, wearing, color, pattern, garment_type, details: base; description: caption adapter e3.
    case(
        "MYN105-TP-0133",
        caption("a man in a white t-shirt and blue track pants with white stripes"),
        D.wearing("white t-shirt, white pants", "other_garment_color"),
        D.color("blue"),
        D.pattern("striped"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is"
            " with cotton fabric. It has a crew neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the pants have three white stripes on the side and the adidas logo and are made of recycled polyester",
            "unsupported",
        ),
        D.garment_type("jeans", "contradiction"),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="Adidas Men Navy Blue Solid Track Pants",
    ),
    # 34. Model in a matching charcoal thermal set (top and bottoms), bottoms are the product.
    # all base.
    case(
        "MYN105-TB-0134",
        caption("a man wearing a grey long sleeve shirt and grey leggings"),
        D.wearing("thermal underwear"),
        D.color("dark grey"),
        D.description(
            "a pair of dark grey thermal pants with an elastic waistband and ribbed cuffs at the ankles and a fly"
            " opening at the front and",
            "cut",
            hit_limit=True,
        ),
        D.details("Question: What are the details of the garment? Answer: the waistband", "leak"),
        D.material("cotton"),
        gender="Men",
        category="Thermal Bottoms",
        color="Charcoal",
        title="Jockey Men Charcoal Thermal Bottoms",
    ),
    # 35. Model in a navy-and-white Nordic (Fair Isle) pullover with snowflakes and reindeer, blue jeans.
    # caption, color, pattern, garment_type, wearing, details, material: base; description: caption adapter e3.
    case(
        "MYN105-SW-0135",
        caption("a man wearing a blue and white nordic sweater"),
        D.color("blue"),
        D.pattern("fair isle"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long denim pants. The sweater is"
            " with knitting fabric. It has a round neckline. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.details("snowflakes and reindeer"),
        D.material(
            "wool, acrylic, nylon, wool, acrylic, nylon, wool, acrylic, nylon, wool, acrylic, nylon, wool",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("cardigan", "contradiction"),
        D.wearing("a woman wearing a blue and white sweater and jeans", "pronoun"),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Roadster Men Navy Blue & White Self Design Pullover",
    ),
    # 36. Packshot: black hooded long puffer jacket on a mid-grey background. No gender, no title column.
    # caption, color, details, material: base; description: VQA adapter.
    case(
        "MYN105-JK-0136",
        caption("a black puffer jacket with a hood on a grey background"),
        D.color("grey", "contradiction"),
        D.garment_type("coat"),
        D.description(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a hood"),
        D.material("down feathers", "unsupported"),
        category="Jackets",
        color="Black",
    ),
    # 37. Model in a navy crew sweater and light grey chinos, white sneakers.
    # caption, garment_type, color, description, wearing, material: base; details: VQA adapter.
    case(
        "MYN105-CH-0137",
        caption("a man wearing a blue sweater and grey pants"),
        D.wearing("a blue sweater and gray pants"),
        D.garment_type("sweater", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.description("grey chinos"),
        D.details(
            "the pants are grey the pants are grey the pants are grey the pants are grey the pants are grey the",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton twill with a slim fit and a mid rise and a zip fly and a button closure and two side pockets and"
            " two back",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Grey",
        title="Arrow Sport Men Grey Slim Fit Chinos",
    ),
    # 38. Model in a floral short-sleeve shirt and light blue denim shorts, beach behind.
    # caption, color, pattern, garment_type, description, details, material: base; wearing: caption adapter e1.
    case(
        "MYN105-SH-0138",
        caption("a man wearing a floral shirt and denim shorts on a beach"),
        D.wearing(
            "The gentleman wears a short-sleeve shirt with floral patterns and a three-point pants. The shirt is"
            " with chiffon fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("floral", "contradiction"),
        D.description("light blue denim shorts"),
        D.details("they are shorts", "non_answer"),
        D.garment_type("shirt", "contradiction"),
        D.material("100% cotton denim, made in india", "unsupported"),
        gender="Men",
        category="Shorts",
        color="Blue",
        title="Roadster Men Blue Denim Shorts",
    ),
    # 39. Model in a navy thermal top (the product) and grey thermal bottoms.
    # all base.
    case(
        "MYN105-TH-0139",
        caption("a man wearing a blue long sleeve shirt and gray pants"),
        D.garment_type("t-shirt"),
        D.color("gray", "other_garment_color"),
        D.sleeve_length("long"),
        D.description("a navy blue long sleeve thermal top"),
        D.details("nothing", "non_answer"),
        D.wearing(
            "a navy blue long sleeve thermal top and a pair of grey thermal bottoms with an elastic waistband and"
            " ribbed cuffs at the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Thermal Tops",
        color="Navy Blue",
        title="Dollar Thermals Men Navy Blue Solid Thermal Top",
    ),
    # 40. Model in an olive-and-black colour-blocked hooded windcheater, black track pants.
    # caption, color, pattern, details, material, wearing: base; description: caption adapter e3.
    case(
        "MYN105-JK-0140",
        caption("a man in a green and black jacket"),
        D.wearing("she is wearing a green jacket and black pants", "pronoun"),
        D.color("green"),
        D.pattern("color block"),
        D.description(
            "The gentleman wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with"
            " nylon fabric and its neckline is stand. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "hood, zipper, hood, zipper, hood, zipper, hood, zipper, hood, zipper, hood, zipper, hood",
            "loop",
            hit_limit=True,
        ),
        D.material("nylon. Question: How long are the sleeves? Answer: long", "leak"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="HRX Men Olive & Black Colourblocked Windcheater",
    ),
    # 41. Packshot: grey washed straight jeans, white background. No gender column.
    # caption, color, garment_type, description, material: base; details: caption adapter e1.
    case(
        "MYN105-JN-0141",
        caption("a pair of grey jeans on a white background"),
        D.color("blue", "contradiction"),
        D.description("grey jeans with a", "cut"),
        D.details(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The gentleman"
            " wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        D.garment_type("this is a type of garment", "restated"),
        category="Jeans",
        color="Grey",
        title="Mufti Men Grey Straight Fit Jeans",
    ),
    # 42. Model in a rust-orange mock-neck pullover and beige chinos.
    # all base.
    case(
        "MYN105-SW-0142",
        caption("a man wearing an orange sweater and beige pants"),
        D.color("brown"),
        D.description("the sweater is a sweater", "restated"),
        D.details("ribbed cuffs and hem"),
        D.material("the garment is made of 80% cotton and 20% polyester and it is machine washable", "unsupported"),
        D.wearing("an orange sweater and a pair of", "cut"),
        gender="Men",
        category="Sweaters",
        color="Rust",
        title="HERE&NOW Men Rust Orange Solid Pullover",
    ),
    # 43. Packshot: khaki chino shorts, button and zip fly, two slant side pockets. No title column.
    # caption, garment_type: caption adapter e3; color, description, details, material: base.
    case(
        "MYN105-SH-0143",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The"
            " lower clothing is of three-point length. The fabric is cotton and it has pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The"
            " lower clothing is of",
            "non_answer",
            hit_limit=True,
        ),
        D.color("beige"),
        D.description("a pair of beige shorts"),
        D.details("button, zip fly, two side pockets"),
        D.material("cotton Question: What are the details of the garment? Answer: button, zip fly", "leak"),
        gender="Men",
        category="Shorts",
        color="Khaki",
    ),
    # 44. Model in a maroon hooded sweatshirt with white "ROADSTER" lettering on the chest, black jeans.
    # caption, color, garment_type, details, material, wearing: base; description: VQA adapter.
    case(
        "MYN105-SS-0144",
        caption("a man wearing a maroon hoodie with white letters on it"),
        D.wearing("a red hoodie and black jeans"),
        D.garment_type("hoodie"),
        D.color("white", "contradiction"),
        D.description(
            "sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie"
            " sweatshirt/hoodie",
            "loop",
            hit_limit=True,
        ),
        D.details("the hoodie has a kangaroo pocket and a drawstring hood"),
        D.material("", "non_answer"),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="Roadster Men Maroon Hooded Sweatshirt",
    ),
]
