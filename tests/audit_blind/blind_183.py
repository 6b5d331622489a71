"""BLIND_183 (46 products; the original experiments re-run on an Indian marketplace's men's wear): written blind in the
thirty-seventh session. Measured blind at e7082eb: 118/144 failures found (81.9%) and 13/140 correct texts flagged
(9.3%); 9 of those 13 were the findings of another text of the product that the corpus scored under the same
question id (two `details` questions: the measure now gives each its own, tests/audit_corpus.py), so 4/140 (2.9%) with
the measure fixed and the rules unchanged. The writer's notes, verbatim:

Scenario: the experiments' own questionnaire re-run on a Myntra-like catalogue in English (shirts, t-shirts, jeans,
trousers, shorts, kurtas, nehru jackets, sherwanis, blazers, track pants). Photos are male models on white
backdrops wearing the product with other clothes, plus a few flat-lays. Catalog extras follow the marketplace's
columns: title, category (its article type), color (its base colour), gender ("Men"); six listings have no gender,
one no category (24), one no color (39).

Which system wrote which text (the comment after each text says which):
- base: untuned Salesforce/blip2-opt-2.7b; short lowercase texts, OPT's "t - shirt" spacing, ends on its own. Gives
  one color to every garment, wrong pronouns ("she", "a woman") for male models, invents pockets and hats.
- cap1 / cap3: the caption adapters (epoch 1 / epoch 3). The DeepFashion-MultiModal template for every open prompt
  ("The gentleman is wearing a long-sleeve shirt with pure color patterns..."), no hue names, no end token:
  always hit_limit=True (50 new tokens for the caption, 30 for answers), so cut mid-sentence or looping.
- vqa: the VQA adapter; a one-word answer that runs on, repeating itself or continuing "Question: ... Answer:",
  always hit_limit=True.
- ref: the reference engine for closed answers (color_of stored closed, is_a); picks from candidates, never loops,
  never hits the limit; its failures are another garment's color, a color nobody wears, or the wrong garment.
  Some is_a answers come from the vqa adapter instead (the experiments' own yes/no question), stored closed.
- xqa: the third experiment, extractive QA over the caption adapter's caption (a span of that caption): fine for
  details, a non-answer for colors ("pure color").

Labeling conventions and judgement calls:
- One label per failure, the one an auditor sees first. A text that is cut AND plainly wrong in content gets the
  content label (pronoun "The lady", invented tie/ring, leak); a text that repeats a clause gets loop even though
  it is also cut at the limit.
- The caption template given to a COLOR question (no hue at all) is non_answer, even though it also runs to the
  limit; the template given to a details or wearing question is on topic, so it is cut (or loop).
- The caption adapter calling a kurta or sherwani a "shirt" (DeepFashion has no kurta class) is not labeled by
  itself; those texts are labeled for what else is wrong (cut, loop).
- "What is the color of the shirt?" on a trousers / blazer / nehru jacket product is about the shirt (or kurta, or
  t-shirt) actually worn: the correct answer differs from the seller's color. The pants question on a shirt
  product likewise. Near-synonyms of the seller color are correct (Maroon: "red"; Off White: "cream"/"white";
  Charcoal: "dark grey"; Olive: "green"; Lavender: "purple"; Mustard: "yellow"; Teal: "green").
- A color that belongs to another visible garment (or to the print / stripes of the product) given for the asked
  garment is other_garment_color; a color nobody wears (navy track pants called "black") is contradiction.
- "yes" to "Is this a kurta?" on a nehru jacket over a kurta, on a sherwani, or on a mandarin-collar shirt is
  contradiction (the product is not a kurta); "no" there is correct, and "no" on a kurta is contradiction.
- restated: only the question's words back, or the garment's own name ("they are short", "they are pants", "it is
  a shirt", "jeans" for the jeans' details, "they are trousers"). non_answer: empty, "nothing", "none", "unknown",
  "no details", "i don't know", or no hue for a color question (caption template, "pure color").
- A flat-lay answered with a wearer ("a man wearing a white shirt and black pants") is unsupported; a flat-lay's
  wearing answer that names the laid-out clothes ("a pair of pants") is correct, and "there is no shirt" for the
  shirt's color on a jeans flat-lay is correct.
- Shirt and pants details share question_id "details" (the maker's); the prompts tell them apart.
- unsupported: a person, hat, pocket, tie, embroidery or accessory the photo does not show.
- One hard case: the epoch-3 caption of product 17 reached the 50-token limit exactly at a full stop and is
  accurate (the model wears a watch): hit_limit=True, no failure.
- Totals: 46 products, 284 texts: 144 failures (cut 22, other_garment_color 22, loop 21, leak 16,
  contradiction 16, unsupported 14, non_answer 12, pronoun 11, restated 10) and 140 correct texts.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_183 = [
    # 1. Male model, white backdrop: navy and white checked full-sleeve shirt, sleeves rolled to the elbow,
    # untucked, over light blue jeans, tan shoes.
    case(
        "MYN-11872034",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),  # cap3
        color_of("shirt", "navy blue"),  # ref
        color_of("pants", "light blue"),  # ref
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with",
            "loop",
            hit_limit=True,
        ),  # cap3
        wearing("a man wearing a checked shirt, jeans and a watch", "unsupported"),  # base: bare wrists
        is_a("kurta", "no"),  # ref
        title="Roadster Men Navy Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # 2. Male model: white half-sleeve shirt tucked into olive green chinos, brown belt, white sneakers.
    case(
        "MYN-13466110",
        caption("a man in a white shirt and green pants"),  # base
        color_of("shirt", "white", kind="open"),  # base
        color_of("pants", "white", "other_garment_color"),  # ref
        details(
            "pants",
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The pants this man wears is of long",
            "loop",
            hit_limit=True,
        ),  # cap1
        details(
            "shirt",
            "cotton Question: What are the pants details? Answer: cotton Question: What are the shirt details? "
            "Answer: cotton",
            "leak",
            hit_limit=True,
        ),  # vqa
        wearing("a white shirt and olive chinos"),  # base
        title="HIGHLANDER Men Olive Solid Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # 3. Male model: plain black crew-neck short-sleeve t-shirt, mid blue jeans, white sneakers.
    case(
        "MYN-10592301",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),  # cap3
        color_of("shirt", "black", kind="open"),  # base
        color_of("pants", "black", "other_garment_color", kind="open"),  # base: one color for both
        wearing(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew",
            "cut",
            hit_limit=True,
        ),  # cap3
        details("shirt", "it has a round neck and short sleeves"),  # base
        is_a(
            "kurta",
            "no Question: Is this a t-shirt? Answer: yes Question: Is this a t-shirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),  # vqa
        title="HRX by Hrithik Roshan Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # 4. Male model: white full-sleeve shirt worn untucked, charcoal grey slim jeans, black loafers.
    case(
        "MYN-12200457",
        caption("a man in a white shirt and grey jeans"),  # base
        color_of(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),  # vqa
        color_of("shirt", "white"),  # ref
        details("pants", "they are jeans", "restated"),  # base
        wearing("she is wearing a white shirt and grey jeans", "pronoun"),  # base
        is_a("kurta", "no"),  # ref
        title="Mufti Men Charcoal Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # 5. Male model: plain maroon art-silk knee-length kurta with mandarin collar, no border or embroidery, white
    # churidar, gold mojaris.
    case(
        "MYN-9981245",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. "
            "It has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The pants are",
            "cut",
            hit_limit=True,
        ),  # cap3
        is_a("kurta", "yes"),  # ref
        color_of("shirt", "maroon"),  # ref
        color_of("pants", "maroon", "other_garment_color"),  # ref
        wearing("a man in a red kurta and white pants"),  # base
        details("pants", "the pants", "restated"),  # base
        details("shirt", "it has a gold zari border on the sleeves", "unsupported"),  # base
        title="Manyavar Men Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # 6. Male model: off-white ankle-length cotton kurta, off-white pyjama, brown sandals.
    case(
        "MYN-8834519",
        caption("a man in a white kurta and white pants"),  # base
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes",
            "leak",
            hit_limit=True,
        ),  # vqa
        color_of("shirt", "cream", kind="open"),  # base
        color_of("pants", "white", kind="open"),  # base
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),  # cap3
        wearing("a white kurta pajama"),  # base
        title="Fabindia Men Off White Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # 7. Male model: mustard self-design sleeveless nehru jacket, buttoned, over a white full-sleeve kurta and white
    # churidar.
    case(
        "MYN-14020388",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with cotton",
            "pronoun",
            hit_limit=True,
        ),  # cap1
        is_a("kurta", "yes", "contradiction"),  # ref: the product is the jacket
        wearing("a man in a yellow vest and white kurta"),  # base
        describe("jacket", "a mustard nehru jacket with a mandarin collar and buttons"),  # base
        details(
            "shirt",
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),  # vqa
        color_of(
            "pants",
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),  # cap1: no hue
        title="Manyavar Men Mustard Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # 8. Male model: cream knee-length sherwani with gold thread embroidery on chest and cuffs, cream churidar,
    # maroon stole over one shoulder, mojaris.
    case(
        "MYN-15300072",
        caption("a man in a white sherwani with a red scarf"),  # base
        is_a("kurta", "no"),  # ref
        color_of("shirt", "maroon", "other_garment_color"),  # ref: the stole's color
        color_of(
            "pants",
            "cream Question: What is the color of the shirt? Answer: cream Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),  # vqa
        details(
            "shirt",
            "The gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),  # cap3
        wearing("a sherwani and a turban", "unsupported"),  # base
        title="Manyavar Men Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # 9. Male model: navy single-breasted blazer, open, over a white shirt with no tie, grey trousers, black shoes.
    case(
        "MYN-10127763",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There is a tie on his neck.",
            "unsupported",
            hit_limit=True,
        ),  # cap3: no tie
        color_of("shirt", "white"),  # ref
        color_of("pants", "grey", kind="open"),  # base
        wearing("a man in a navy blazer and grey pants"),  # base
        details("shirt", "it has a pocket and a tie", "unsupported"),  # base
        details("pants", "they are trousers", "restated"),  # base
        title="Louis Philippe Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # 10. Male model: grey melange t-shirt, black track pants with a single white stripe down each side, running
    # shoes.
    case(
        "MYN-11590026",
        caption("a man in a grey t - shirt and black pants"),  # base
        color_of("shirt", "grey", kind="open"),  # base
        color_of("pants", "grey", "other_garment_color", kind="open"),  # base
        details("pants", "white stripes on the side"),  # base
        wearing(
            "pants Question: What is the color of the pants? Answer: black Question: What are the pants details? "
            "Answer: pants Question:",
            "leak",
            hit_limit=True,
        ),  # vqa
        is_a("kurta", "no"),  # ref
        title="HRX by Hrithik Roshan Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # 11. Male model: navy polo t-shirt, khaki chino shorts ending above the knee, white sneakers.
    case(
        "MYN-12981437",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The shorts this man wears is of three-point length. The shorts are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),  # cap3
        color_of("shirt", "navy blue"),  # ref
        color_of("shorts", "khaki"),  # ref
        details("shorts", "they are short", "restated"),  # base
        wearing("a man wearing a blue polo shirt and khaki shorts"),  # base
        is_a("kurta", "yes", "contradiction"),  # ref
        title="Roadster Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # 12. Flat-lay, no person: a white full-sleeve formal shirt, buttoned and folded, spread collar, on white.
    case(
        "MYN-7745120",
        caption("a white shirt on a white background"),  # base
        wearing("a man wearing a white shirt and black pants", "unsupported"),  # base: nobody, no pants
        color_of("shirt", "white"),  # ref
        color_of(
            "pants",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),  # vqa
        details("shirt", "it has short sleeves", "contradiction"),  # base: full sleeves
        is_a("kurta", "no"),  # ref
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 13. Male model: white formal shirt without a chest pocket, tucked into black trousers, black belt.
    case(
        "MYN-9023318",
        caption("a man in a white shirt and black pants"),  # base
        color_of("shirt", "black", "other_garment_color", kind="open"),  # base
        color_of("pants", "black", kind="open"),  # base
        details("shirt", "it has a pocket on the chest", "unsupported"),  # base
        wearing(
            "The person is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The person",
            "cut",
            hit_limit=True,
        ),  # cap1
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # 14. Male model: light blue formal shirt tucked into grey formal trousers, brown belt, brown shoes.
    case(
        "MYN-10764092",
        caption(
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. The neckline of it is "
            "lapel. The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The "
            "upper clothing has long sleeves",
            "loop",
            hit_limit=True,
        ),  # cap3
        color_of("shirt", "light blue"),  # ref
        color_of("pants", "grey"),  # ref
        details("pants", "cotton and it has solid color patterns"),  # xqa: a span of the caption
        wearing("a man in a blue shirt and grey pants"),  # base
        is_a("kurta", "no"),  # ref
        details("shirt", "it is tucked in"),  # base
        title="Louis Philippe Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # 15. Male model: mustard t-shirt with a large black text graphic on the chest, black jeans, white sneakers.
    case(
        "MYN-13877501",
        caption("a man wearing a yellow t - shirt with black writing on it"),  # base
        color_of(
            "shirt",
            "yellow Question: What is the color of the pants? Answer: black Question: What is the color of the "
            "shirt? Answer: yellow",
            "leak",
            kind="open",
            hit_limit=True,
        ),  # vqa
        color_of("pants", "yellow", "other_garment_color", kind="open"),  # base
        details(
            "shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It has a",
            "loop",
            hit_limit=True,
        ),  # cap3
        wearing("he is wearing a yellow shirt and black jeans"),  # base
        is_a("kurta", "no"),  # ref
        title="WROGN Men Mustard Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # 16. Male model: white short-sleeve shirt with an all-over blue floral print, beige chinos, loafers.
    case(
        "MYN-12450966",
        caption("a man in a white and blue floral shirt"),  # base
        color_of("shirt", "white"),  # ref
        describe("shirt", "white with blue flowers"),  # base
        color_of("pants", "blue", "other_garment_color"),  # ref: the print's color
        details(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and floral patterns. It has a",
            "loop",
            hit_limit=True,
        ),  # cap3
        wearing(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady",
            "pronoun",
            hit_limit=True,
        ),  # cap1
        is_a("kurta", "no"),  # ref
        title="HERE&NOW Men White & Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # 17. Male model: white formal shirt with thin navy vertical stripes, navy trousers, steel wristwatch.
    case(
        "MYN-11305548",
        caption(
            "The gentleman is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),  # cap3: reached the limit at a full stop, accurate
        color_of("shirt", "white and blue stripes", kind="open"),  # base
        color_of("pants", "navy blue"),  # ref
        details("shirt", "stripes"),  # base
        wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),  # vqa
        is_a("kurta", "yes", "contradiction"),  # ref
        title="Allen Solly Men White & Navy Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # 18. Male model: black crew-neck t-shirt, mid blue slim jeans, white sneakers.
    case(
        "MYN-6790214",
        caption("a man in a black shirt and blue jeans"),  # base
        color_of("shirt", "blue", "other_garment_color"),  # ref
        color_of("pants", "blue"),  # ref
        details("pants", "they are slim fit"),  # base
        details(
            "shirt",
            "black Question: What are the pants details? Answer: denim Question: What are the shirt details? Answer: "
            "black Question:",
            "leak",
            hit_limit=True,
        ),  # vqa
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The pants",
            "pronoun",
            hit_limit=True,
        ),  # cap3
        title="Levi's Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # 19. Male model: black t-shirt with a small white logo on the chest, grey melange joggers with drawstring and
    # elasticated ankle cuffs.
    case(
        "MYN-13002871",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. This man wears",
            "cut",
            hit_limit=True,
        ),  # cap1
        color_of("shirt", "pure color", "non_answer", kind="open"),  # xqa: no hue
        color_of("pants", "grey", kind="open"),  # base
        details("pants", "they are track pants", "restated"),  # base
        wearing("a man in a black t - shirt and grey sweatpants"),  # base
        is_a(
            "kurta",
            "no Question: Is this a kurta? Answer: no Question: Is this a kurta? Answer: no",
            "leak",
            hit_limit=True,
        ),  # vqa
        details("shirt", "nothing", "non_answer"),  # base
        title="Puma Men Grey Melange Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # 20. Male model: white crew t-shirt, olive cargo shorts with flap pockets on the sides, no hat, sneakers.
    case(
        "MYN-14455300",
        caption("a man in a white t - shirt and green shorts"),  # base
        color_of(
            "shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),  # vqa
        color_of("shorts", "olive"),  # ref
        details("shorts", "unknown", "non_answer"),  # base
        wearing("a man wearing a white shirt and green shorts and a hat", "unsupported"),  # base
        title="Jack & Jones Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # 21. Male model: maroon polo t-shirt with a small embroidered logo, beige chinos, brown loafers.
    case(
        "MYN-8120477",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),  # cap3
        color_of("shirt", "maroon"),  # ref
        color_of("pants", "black", "contradiction"),  # ref: they are beige
        details("shirt", "it has a collar and a logo"),  # base
        wearing("a red polo shirt and khaki pants"),  # base
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # 22. Male model: blue straight kurta with small white block-print motifs all over, white pyjama.
    case(
        "MYN-10038861",
        caption("a man in a blue kurta with white print"),  # base
        is_a("kurta", "no", "contradiction"),  # ref
        color_of("shirt", "blue and white", kind="open"),  # base
        color_of("pants", "blue", "other_garment_color", kind="open"),  # base
        details(
            "shirt",
            "The shirt is with cotton fabric and graphic patterns. It has a stand neckline. The shirt has long "
            "sleeves, cotton fabric and",
            "cut",
            hit_limit=True,
        ),  # cap3
        wearing("a woman in a blue kurta", "pronoun"),  # base
        title="Anouk Men Blue Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # 23. Flat-lay, no person: black skinny jeans folded on white, nothing else in the frame.
    case(
        "MYN-9561203",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has pure color patterns. The lower clothing is",
            "loop",
            hit_limit=True,
        ),  # cap3
        color_of("pants", "black"),  # ref
        wearing("a pair of black jeans"),  # base
        details("pants", "jeans", "restated"),  # base
        is_a("kurta", "no"),  # ref
        color_of("shirt", "there is no shirt", kind="open"),  # base
        title="Roadster Men Black Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # 24. Male model: navy nehru jacket over a white full-sleeve shirt, blue jeans, brown loafers (indo-western).
    case(
        "MYN-12677930",
        caption("a man in a blue vest and jeans"),  # base
        is_a("kurta", "no"),  # ref
        color_of("shirt", "navy blue", "other_garment_color"),  # ref: the jacket's color
        color_of("pants", "blue", kind="open"),  # base
        details("shirt", "none", "non_answer"),  # base
        wearing("a man wearing a nehru jacket over a white shirt and jeans"),  # base
        title="House of Pataudi Men Navy Blue Solid Slim Fit Nehru Jacket",
        color="Navy Blue",
        gender="Men",
    ),
    # 25. Male model: beige unstructured linen blazer, open, over a black crew t-shirt, blue jeans, white sneakers.
    case(
        "MYN-13940215",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and "
            "pure color patterns. He wears",
            "cut",
            hit_limit=True,
        ),  # cap3
        color_of("shirt", "black"),  # ref
        color_of("pants", "beige", "other_garment_color"),  # ref
        wearing("a man in a beige jacket and jeans with sunglasses", "unsupported"),  # base
        details("shirt", "a black t - shirt under a jacket"),  # base
        is_a(
            "kurta",
            "no Question: What is the color of the shirt? Answer: black Question: What is the color of the pants? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),  # vqa
        title="Mast & Harbour Men Beige Solid Linen Casual Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # 26. Male model: maroon sherwani with gold woven motifs, off-white churidar, gold mojaris.
    case(
        "MYN-15118824",
        caption("a man in a red and gold sherwani"),  # base
        is_a("kurta", "yes", "contradiction"),  # ref
        color_of("shirt", "red", kind="open"),  # base
        color_of("pants", "red", "other_garment_color", kind="open"),  # base
        details(
            "shirt",
            "The shirt is with silk fabric and graphic patterns. It has a stand neckline. The shirt is with silk "
            "fabric and graphic patterns. It has a",
            "loop",
            hit_limit=True,
        ),  # cap3
        details("pants", "white churidar"),  # base
        wearing("a red dress", "contradiction"),  # base
        title="Manyavar Men Maroon & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # 27. Male model: green full-sleeve casual shirt with a button-down collar, beige chinos, white sneakers.
    case(
        "MYN-11456620",
        caption("a man in a green shirt and khaki pants"),  # base
        color_of(
            "shirt",
            "green Question: What is the color of the pants? Answer: green Question: What is the color of the "
            "shirt? Answer: green Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),  # vqa
        color_of("pants", "beige"),  # ref
        details("shirt", "no details", "non_answer"),  # base
        wearing(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman",
            "cut",
            hit_limit=True,
        ),  # cap3
        title="Dennis Lingo Men Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # 28. Male model: black full-sleeve shirt with a mandarin collar, khaki chinos, brown shoes.
    case(
        "MYN-12390518",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman wears a long pants.",
            "loop",
            hit_limit=True,
        ),  # cap1
        color_of("shirt", "black"),  # ref
        color_of("pants", "black", "other_garment_color"),  # ref
        details("shirt", "it has a mandarin collar"),  # base
        wearing("a black shirt and khaki pants"),  # base
        is_a("kurta", "yes", "contradiction"),  # ref
        title="Highlander Men Black Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # 29. Male model: light blue denim shirt with two flap pockets on the chest, black jeans, white sneakers.
    case(
        "MYN-7002361",
        caption("a man in a denim shirt and black jeans"),  # base
        color_of("shirt", "blue", kind="open"),  # base
        color_of("pants", "blue", "other_garment_color", kind="open"),  # base
        details("shirt", "two pockets on the chest"),  # base
        wearing("a woman in a denim shirt and black jeans", "pronoun"),  # base
        is_a("kurta", "no"),  # ref
        details(
            "pants",
            "The pants this man wears is of long length. The pants are with denim fabric and pure color patterns. "
            "This man wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),  # cap3
        title="Flying Machine Men Light Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # 30. Male model: white t-shirt with a small logo, navy blue tapered track pants with zip pockets, no jewellery.
    case(
        "MYN-14801193",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The pants this man wears is of long length. There is a ring on his finger.",
            "unsupported",
            hit_limit=True,
        ),  # cap3: no ring
        color_of(
            "shirt",
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),  # cap3: no hue
        color_of("pants", "black", "contradiction", kind="open"),  # base: they are navy
        details(
            "pants",
            "zip Question: What are the pants details? Answer: zip Question: What are the pants details? Answer:",
            "leak",
            hit_limit=True,
        ),  # vqa
        wearing("a man wearing a white shirt and blue track pants"),  # base
        is_a("kurta", "no"),  # ref
        title="Nike Men Navy Blue Dri-FIT Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 31. Male model: navy formal shirt tucked into beige pleated formal trousers, brown belt.
    case(
        "MYN-9877004",
        caption("a man in a blue shirt and black pants", "contradiction"),  # base
        color_of("shirt", "navy blue"),  # ref
        color_of("pants", "navy blue", "other_garment_color"),  # ref
        details("pants", "they have pleats in front"),  # base
        details(
            "shirt",
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is",
            "cut",
            hit_limit=True,
        ),  # cap3
        wearing("he is wearing a shirt and pants"),  # base
        is_a("kurta", "no"),  # ref
        title="Arrow Men Beige Regular Fit Pleated Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # 32. Male model: mustard-yellow hip-length short kurta, mandarin collar, blue jeans, kolhapuris.
    case(
        "MYN-13350427",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with denim",
            "pronoun",
            hit_limit=True,
        ),  # cap1
        is_a(
            "kurta",
            "no Question: Is this a shirt? Answer: yes Question: Is this a pants? Answer: no Question:",
            "leak",
            hit_limit=True,
        ),  # vqa
        color_of("shirt", "yellow"),  # ref
        color_of("pants", "blue"),  # ref
        wearing("a man in a yellow kurta and jeans"),  # base
        details("shirt", "it is a shirt", "restated"),  # base
        title="Sojanya Men Yellow Solid Short Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # 33. Male model: plain white crew-neck t-shirt, olive slim chinos with rolled hems, white sneakers.
    case(
        "MYN-10811956",
        caption("a man in a white shirt and green pants"),  # base
        color_of("shirt", "green", "other_garment_color", kind="open"),  # base
        color_of("pants", "green", kind="open"),  # base
        details("shirt", "", "non_answer"),  # base: stopped at once
        details("pants", "slim fit with rolled up hems"),  # base
        wearing("she is wearing a white t - shirt and green pants", "pronoun"),  # base
        title="Maniac Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # 34. Male model: pink half-sleeve shirt with a floral print and no pocket, blue washed denim shorts, sneakers.
    case(
        "MYN-14299158",
        caption("a man in a pink shirt and blue shorts"),  # base
        color_of("shirt", "pink with flowers", kind="open"),  # base
        color_of(
            "shorts",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),  # vqa
        details(
            "shorts",
            "The shorts this man wears is of three-point length. The shorts are with denim fabric and pure color "
            "patterns. The shorts",
            "cut",
            hit_limit=True,
        ),  # cap3
        wearing("a man wearing a floral shirt and shorts"),  # base
        is_a("kurta", "no"),  # ref
        details("shirt", "a flower print with a pocket", "unsupported"),  # base
        title="Roadster Men Blue Washed Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # 35. Flat-lay, no person: a pink cotton kurta laid out with a white pyjama beside it.
    case(
        "MYN-11620045",
        caption("a pink kurta and white pants on a white background"),  # base
        is_a("kurta", "yes"),  # ref
        color_of("shirt", "pink"),  # ref
        color_of("pants", "pink", "other_garment_color"),  # ref
        wearing("a pink kurta and white pyjamas"),  # base
        details(
            "shirt",
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),  # vqa
        details(
            "pants",
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The pants",
            "cut",
            hit_limit=True,
        ),  # cap3
        title="VASTRAMAY Men Pink & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # 36. Male model: charcoal single-breasted blazer with matching charcoal trousers, white shirt, navy tie.
    case(
        "MYN-8660712",
        caption("a man in a suit and tie"),  # base
        color_of("shirt", "grey", "other_garment_color", kind="open"),  # base
        color_of("pants", "dark grey", kind="open"),  # base
        wearing(
            "suit Question: What is the color of the suit? Answer: grey Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),  # vqa
        details("shirt", "a white shirt with cufflinks", "unsupported"),  # base: cuffs hidden by the sleeves
        title="Raymond Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # 37. Male model: mustard crew t-shirt, blue slim jeans with rips at both knees, white sneakers.
    case(
        "MYN-12008369",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),  # cap3
        color_of("shirt", "mustard"),  # ref
        color_of("pants", "blue"),  # ref
        details("pants", "ripped jeans"),  # base
        wearing("he is wearing a yellow shirt and ripped jeans"),  # base
        details("shirt", "i don't know", "non_answer"),  # base
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),  # vqa
        title="Mast & Harbour Men Blue Slim Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # 38. Male model: red and black buffalo-check flannel shirt, black jeans, boots.
    case(
        "MYN-10290834",
        caption("a man in a red and black plaid shirt"),  # base
        color_of("shirt", "red"),  # ref
        color_of("pants", "blue", "contradiction"),  # ref: they are black
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has a",
            "loop",
            hit_limit=True,
        ),  # cap3
        wearing("a woman in a red plaid shirt and black jeans", "pronoun"),  # base
        details("pants", "pants", "restated"),  # base
        is_a("kurta", "no"),  # ref
        title="Roadster Men Red & Black Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # 39. Male model: white t-shirt with a black graphic print, olive joggers with ribbed ankle cuffs, sneakers.
    case(
        "MYN-13711406",
        caption("a man in a white t - shirt and green pants"),  # base
        color_of("shirt", "white and black", kind="open"),  # base
        color_of("pants", "white", "other_garment_color", kind="open"),  # base
        details("pants", "joggers with elastic cuffs"),  # base
        details(
            "shirt",
            "graphic Question: What are the pants details? Answer: cotton Question: What are the shirt details? "
            "Answer: graphic Question:",
            "leak",
            hit_limit=True,
        ),  # vqa
        wearing(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The",
            "cut",
            hit_limit=True,
        ),  # cap3
        is_a("kurta", "no"),  # ref
        title="HRX by Hrithik Roshan Men Olive Green Solid Joggers",
        category="Track Pants",
        gender="Men",
    ),
    # 40. Male model: plain rust-orange cotton kurta with a mandarin collar, no embroidery, white pyjama, sandals.
    case(
        "MYN-9412087",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),  # cap3
        is_a("kurta", "yes"),  # ref
        color_of(
            "shirt",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),  # vqa
        color_of("pants", "white"),  # ref
        wearing("a woman in an orange kurta", "pronoun"),  # base
        details("shirt", "it has embroidery on the collar", "unsupported"),  # base
        title="Fabindia Men Rust Orange Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # 41. Flat-lay, no person: navy blue chinos folded on white.
    case(
        "MYN-7318845",
        caption("a pair of blue pants on a white background"),  # base
        color_of("pants", "navy blue"),  # ref
        color_of(
            "shirt",
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing has",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),  # cap3: no hue
        wearing("a pair of pants"),  # base
        details("pants", "they are pants", "restated"),  # base
        is_a("kurta", "no"),  # ref
        title="HIGHLANDER Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # 42. Male model: lavender formal shirt tucked into grey trousers, black belt.
    case(
        "MYN-10558192",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),  # cap1
        color_of("shirt", "purple", kind="open"),  # base
        color_of("pants", "blue", "contradiction", kind="open"),  # base: they are grey
        wearing("a man in a purple shirt and grey pants"),  # base
        details(
            "shirt",
            "long sleeve Question: What is the color of the shirt? Answer: purple Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),  # vqa
        title="Van Heusen Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # 43. Male model: navy and white horizontally striped crew t-shirt, beige chino shorts, white sneakers.
    case(
        "MYN-12745580",
        caption("a man in a striped shirt and shorts"),  # base
        color_of("shirt", "navy blue"),  # ref
        color_of("shorts", "white", "other_garment_color"),  # ref: the stripes' color
        details("shirt", "horizontal stripes"),  # base
        wearing(
            "This man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The shorts",
            "cut",
            hit_limit=True,
        ),  # cap3
        details("shorts", "shorts", "restated"),  # base
        is_a("kurta", "no"),  # ref
        title="Tommy Hilfiger Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # 44. Male model: black self-design jacquard nehru jacket with black fabric buttons over a maroon kurta, white
    # churidar.
    case(
        "MYN-14566031",
        caption(
            "The gentleman is wearing a sleeveless jacket with graphic patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a short-sleeve shirt with pure color patterns. The shirt "
            "is with cotton fabric and its",
            "contradiction",
            hit_limit=True,
        ),  # cap3: the kurta's sleeves are full length
        is_a("kurta", "no"),  # ref
        color_of("shirt", "maroon"),  # ref: the kurta under the jacket
        color_of("pants", "black", "other_garment_color"),  # ref
        wearing("a man in a black vest and red kurta"),  # base
        details("shirt", "it has gold buttons", "unsupported"),  # base
        title="Manyavar Men Black Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # 45. Male model: olive full-sleeve shirt with one chest pocket, grey slim jeans, brown boots.
    case(
        "MYN-11033974",
        caption("a man in a green shirt and grey jeans"),  # base
        color_of("shirt", "brown", "contradiction"),  # ref
        color_of(
            "pants",
            "grey Question: What is the color of the pants? Answer: grey Question: What is the color of the pants? "
            "Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),  # vqa
        details(
            "pants",
            "The pants this man wears is of long length. The pants are with denim fabric and pure color patterns. "
            "The pants this man wears is of long length. The",
            "loop",
            hit_limit=True,
        ),  # cap3
        wearing("i don't know", "non_answer"),  # base
        details("shirt", "it has a pocket"),  # base
        is_a("kurta", "no"),  # ref
        title="Killer Men Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # 46. Male model: teal full-sleeve shirt with a mandarin collar, off-white trousers, tan loafers.
    case(
        "MYN-13520769",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),  # cap3
        color_of("shirt", "green", kind="open"),  # base
        color_of("pants", "pure color patterns", "non_answer", kind="open"),  # xqa: no hue
        is_a("kurta", "yes", "contradiction"),  # ref
        wearing("she is wearing a green shirt and white pants", "pronoun"),  # base
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),  # cap3
        title="Mr Button Men Teal Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
]
