"""BLIND_177 (44 products; women's ethnic wear, Myntra-style): written blind in the thirty-sixth session. Measured blind
at d14349e: 117/140 failures found (83.6%) and 13/145 correct texts flagged (9.0%). The writer's notes, verbatim:

Blind set 177: women's ethnic wear from a Myntra-style catalog.

Scenario: 44 products of a Myntra-style catalog of women's ethnic wear: kurtas, kurta sets with trousers, palazzos,
salwar or sharara and a dupatta, sarees with blouses, lehenga cholis, anarkalis, a salwar-and-dupatta pack,
dupattas and palazzos sold alone. Most are photographed on a model (dupatta over a shoulder, contrasting bottoms,
jhumkas, bangles); a few are flat packshots with no person. Catalog columns are Myntra's: gender, category (the
article type), color (the Myntra base colour) and the product title; a few products lack one or more of them.
The comment above each product describes the imagined photo; it is the ground truth the labels are judged against.

Which system wrote which text (noted after each text):
- base: untuned BLIP-2 OPT-2.7b. Short answers, mostly right on simple questions; its failures are one color for
  every garment, invented details (belts, crowns, beaches), "he"/"man" for a woman, the question said back.
- cap-e1 / cap-e3: the caption LoRA adapters (epoch 1 / epoch 3). They return the DeepFashion-MultiModal template
  ("The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric...") whatever the
  prompt, and never stop: cut at the limit (50 new tokens for captions, 30 for answers) or looping.
- vqa: the VQA adapter. One-word In-shop class answers ("dress", "blouse", "pants") that run on, repeat, or continue
  the `Question: ... Answer:` format.
- ref: the reference engine answering closed questions by ranking candidates. Never loops or runs on; its failures
  are a wrong candidate, most often the color of another garment in the photo (dupatta, bottoms, blouse).
hit_limit=True marks every text that reached its token limit (loops and cut template texts).

Label conventions and judgement calls:
- Near-color synonyms counted correct: maroon ~ red / burgundy; mustard ~ yellow; off white ~ white / cream;
  magenta ~ pink; rust ~ orange; teal ~ green / teal; olive ~ green; lavender ~ purple; coral ~ orange;
  navy blue ~ blue; mint ~ green. Peach is only counted correct as "peach".
- A color that belongs to another garment in the photo (dupatta, palazzos, blouse, a kurta not sold) given for the
  product is `other_garment_color`; a color or garment found nowhere in the photo, a wrong pattern, sleeve length
  or garment class, and one color given to every garment against the photo, are `contradiction`.
- "dress" for an anarkali or a long kurta, "shirt"/"top" for a kurta in a free answer, "sari" for saree, "scarf" for
  a dupatta, "pants" for palazzos/salwar/trousers, "skirt" for a lehenga, "wedding dress" for a bridal lehenga
  are accepted in open answers and captions. The closed garment_type question is held to the catalog article type:
  "shirt" for a kurta there is a contradiction.
- A packshot with no person: naming the garment answers "What is the person wearing?"; inventing a woman is
  `unsupported`. Invented accessories, trims, pockets, backdrops and materials the photo does not show are
  `unsupported`.
- A cut template text is labelled `cut` (not `contradiction`, though it says "dress"/"shirt" for a kurta or saree)
  when it ends at the limit mid-sentence without repeating; a text that repeats its own sentence or phrase is `loop`.
- Saying the question back ("the details of the garment are the details", "the person is wearing a garment",
  "a description of the garment") is `restated`; saying nothing useful ("", "none", "unknown", "i don't know",
  "clothing", "it is made of fabric", "it is a dupatta" for its color, a one-word garment class for a details
  question) is `non_answer`.
- The VQA adapter's one-word "skirt" for "What is the person wearing?" on a lehenga is counted correct; its "blouse"
  for a kurta set and "dress" loops for a saree are failures. A closed "no" to "Is this a kurta?" for a kurta, or
  "yes" for a lehenga, is `contradiction`.
- A free answer that loops on the right color ("pink-pink-pink...") is `loop`; a one-color answer that gives every
  garment the product's color ("a maroon kurta with maroon pants and a maroon scarf" under a mustard dupatta) is
  `contradiction`.
- "he"/"his"/"a man" for a woman model is `pronoun`, even where the rest of the text is right.
- Any text that carries on into `Question:` / `Answer:` is `leak`, whatever its first word.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_177 = [
    # 01. Model in a maroon straight kurta with a small gold ethnic-motif print, three-quarter sleeves, matching
    # maroon palazzos, a mustard dupatta over the left shoulder, gold jhumkas; plain white studio backdrop.
    case(
        "b177-01",
        caption("a woman in a maroon kurta and palazzo pants with a yellow dupatta"),  # base
        D.wearing("a maroon kurta with maroon pants and a maroon scarf", failure="contradiction"),  # base: one color
        D.color("mustard", failure="other_garment_color"),  # ref: the dupatta's color
        D.pattern("printed"),  # ref
        D.sleeve_length("three-quarter sleeves"),  # ref
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. "
            "The lady wears a long-sleeve dress with graphic",
            failure="loop",
            hit_limit=True,
        ),  # cap-e3
        color_of("dupatta", "yellow"),  # ref
        gender="Women",
        category="Kurta Sets",
        color="Maroon",
        title="Anouk Women Maroon Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
    ),
    # 02. Model in a mustard straight kurta with gota-patti work on the yoke, three-quarter sleeves, off-white straight
    # trousers, no dupatta, small studs; white backdrop. No buttons, no pockets.
    case(
        "b177-02",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and long trousers. The shirt is with "
            "cotton fabric and its neckline is v-shape. The trousers are with cotton fabric and pure color "
            "patterns. The lady also wears an",
            failure="cut",
            hit_limit=True,
        ),  # cap-e1
        D.wearing("a yellow kurta and white pants"),  # base
        D.color("yellow"),  # ref
        D.sleeve_length("sleeveless", failure="contradiction"),  # ref: three-quarter sleeves
        D.details("the kurta has gold buttons down the front and two pockets", failure="unsupported"),  # base
        D.material("cotton"),  # base; the title says pure cotton
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Libas Women Mustard Yoke Design Pure Cotton Kurta with Trousers",
    ),
    # 03. Model draped in a magenta silk saree with a broad gold zari border, pallu over the left shoulder, matching
    # magenta blouse with elbow sleeves, gold necklace; grey backdrop.
    case(
        "b177-03",
        caption("a woman in a pink saree with a gold border"),  # base
        D.wearing("dress Question: What is the color of the dress? Answer: pink", failure="leak"),  # vqa
        D.color("pink"),  # ref
        D.pattern("printed", failure="contradiction"),  # ref: zari is woven
        D.description(
            "the saree is pink with a gold border and a gold border and a gold border and a gold border and a",
            failure="loop",
            hit_limit=True,
        ),  # base
        D.material("silk"),  # base
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with silk "
            "fabric and its neckline",
            failure="cut",
            hit_limit=True,
        ),  # cap-e1
        gender="Women",
        category="Sarees",
        color="Magenta",
        title="Mitera Magenta & Gold-Toned Woven Design Silk Blend Saree",
    ),
    # 04. Model in a flared teal anarkali kurta with a small white-and-pink floral print, full sleeves, white churidar,
    # no dupatta, silver earrings; beige studio backdrop.
    case(
        "b177-04",
        caption("a woman in a green floral dress and white leggings"),  # base
        D.wearing("he is wearing a green dress", failure="pronoun"),  # base
        D.color("teal"),  # ref
        D.sleeve_length("long sleeves"),  # ref
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady also",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        is_a("kurta", "yes"),  # ref
        D.pattern("floral"),  # ref
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="W Women Teal Floral Printed Anarkali Kurta",
    ),
    # 05. Flat packshot on white: a peach straight kurta with white thread embroidery round the neckline, three-quarter
    # sleeves, matching peach palazzos folded beside it. No person.
    case(
        "b177-05",
        caption("a peach dress and pants on a white background"),  # base
        D.wearing("a woman is wearing a peach kurta and pants", failure="unsupported"),  # base: no person
        D.color("peach"),  # ref
        D.description(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            failure="loop",
            hit_limit=True,
        ),  # vqa
        D.material("the material of the garment", failure="restated"),  # base
        color_of("palazzos", "peach"),  # ref
        gender="Women",
        category="Kurta Sets",
        color="Peach",
        title="Sangria Women Peach-Coloured Embroidered Kurta with Palazzos",
    ),
    # 06. Bridal shoot: model in a red flared lehenga with heavy gold embroidery, red short-sleeve choli, sheer red net
    # dupatta with gold border over the head, maang tikka, necklace, bangles; ornate carved-wood backdrop. No train.
    case(
        "b177-06",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and graphic patterns. There is an "
            "accessory on her wrist. The",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        D.wearing("a red wedding dress"),  # base
        D.color("red"),  # ref
        D.sleeve_length("short sleeves"),  # ref
        D.details("the dress has a long train and a veil", failure="unsupported"),  # base: no train
        D.material("cotton Question: What is the color of the skirt? Answer: red", failure="leak"),  # vqa
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Kalini Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
    ),
    # 07. Model in an off-white anarkali with a small beige floral print, long sleeves, off-white churidar, a solid
    # pink dupatta over both arms; white backdrop. No pink anywhere but the dupatta.
    case(
        "b177-07",
        caption("a woman in a white floral dress holding a pink scarf"),  # base
        D.wearing("i don't know", failure="non_answer"),  # base
        D.color("pink", failure="other_garment_color"),  # ref: the dupatta's color
        D.pattern("floral"),  # ref
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The lady "
            "wears a long-sleeve dress with floral",
            failure="loop",
            hit_limit=True,
        ),  # cap-e3
        color_of("dupatta", "pink"),  # ref
        gender="Women",
        category="Kurta Sets",
        color="Off White",
        title="Biba Women Off White Floral Printed Anarkali Kurta with Churidar & Pink Dupatta",
    ),
    # 08. Model in a rust-orange solid straight kurta with a mandarin collar, three-quarter sleeves rolled up, side
    # slits, worn with white trousers (not sold), oxidised silver earrings; grey backdrop.
    case(
        "b177-08",
        caption("a woman wearing an orange shirt and white pants"),  # base
        D.wearing("he is wearing an orange shirt and white pants", failure="pronoun"),  # base
        D.color("white", failure="other_garment_color"),  # ref: the trousers' color
        D.pattern("solid"),  # ref
        D.details("a collar and rolled up sleeves"),  # base
        D.material("cotton Question: What is the color of the pants? Answer: white", failure="leak"),  # vqa
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Anouk Women Rust Orange Solid Pure Cotton Straight Kurta",
    ),
    # 09. Packshot on white: a folded olive-green art silk saree with gold printed motifs, the pallu fanned out, the
    # unstitched blouse piece beside it. No person, no belt.
    case(
        "b177-09",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            failure="cut",
            hit_limit=True,
        ),  # cap-e1
        D.wearing("it is a folded saree, no one is wearing it"),  # base
        D.garment_type("dress", failure="contradiction"),  # ref: a saree
        D.color("green"),  # ref
        D.description(
            "a green and gold saree with a gold border and a gold blouse with a gold belt", failure="unsupported"
        ),  # base: no belt
        D.material("silk"),  # base; art silk per the title
        gender="Women",
        category="Sarees",
        color="Olive",
        title="Saree mall Olive Green & Gold-Toned Ethnic Motifs Printed Art Silk Saree",
    ),
    # 10. Model in a navy-blue kurta with white thread embroidery on the yoke, three-quarter sleeves, white salwar,
    # a white dupatta with a navy border across both shoulders; white backdrop.
    case(
        "b177-10",
        caption("a woman in a blue and white salwar suit"),  # base
        D.wearing("blouse", failure="contradiction"),  # vqa: a kurta set, not a blouse
        D.color("navy blue"),  # ref
        D.sleeve_length("three-quarter sleeves"),  # ref
        color_of("dupatta", "navy blue", failure="other_garment_color"),  # ref: the kurta's color
        D.details(
            "white embroidery on the neck and white embroidery on the neck and white embroidery on the neck and "
            "white embroidery on the",
            failure="loop",
            hit_limit=True,
        ),  # base
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Indo Era Women Navy Blue Yoke Design Embroidered Kurta with Salwar & Dupatta",
    ),
    # 11. Model in black flared rayon palazzos (the product) with a white short kurta with a black print (not sold),
    # frame cropped at the shoulders; white backdrop.
    case(
        "b177-11",
        caption("a woman in black wide leg pants and a white top"),  # base
        D.wearing("clothing", failure="non_answer"),  # base
        D.color("white", failure="other_garment_color"),  # ref: the kurta's color
        D.description(
            "The lady wears a short-sleeve shirt with graphic patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        color_of("palazzos", "black"),  # ref
        D.material("rayon"),  # base
        gender="Women",
        category="Palazzos",
        color="Black",
        title="Libas Women Black Solid Flared Rayon Palazzos",
    ),
    # 12. Model in a plain white kurta (not sold) draping the product: a pink bandhani-print dupatta with a gold
    # gotta-patti border, round both shoulders; white backdrop.
    case(
        "b177-12",
        caption("a woman in a white dress with a pink scarf"),  # base
        D.wearing("a white dress and a pink scarf"),  # base
        D.garment_type("dupatta"),  # ref
        D.color("white", failure="other_garment_color"),  # ref: the kurta's color
        D.details(
            "scarf Question: What are the details of the scarf? Answer: scarf Question: What are the details of "
            "the scarf? Answer:",
            failure="leak",
            hit_limit=True,
        ),  # vqa
        D.material("the material is made of the material", failure="restated"),  # base
        gender="Women",
        category="Dupatta",
        color="Pink",
        title="Dupatta Bazaar Women Pink & Gold-Toned Bandhani Printed Dupatta with Gotta Patti",
    ),
    # 13. Model in a green straight kurta with a white geometric print, three-quarter sleeves, white palazzos, no
    # dupatta; white backdrop. The catalog row has no category and no color.
    case(
        "b177-13",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric. The shirt is with cotton fabric. The pants are with cotton "
            "fabric. The shirt is with",
            failure="loop",
            hit_limit=True,
        ),  # cap-e3
        D.wearing("a green shirt and white pants"),  # base
        D.color("green"),  # ref
        D.sleeve_length("short sleeves", failure="contradiction"),  # ref: three-quarter sleeves
        D.details("white geometric print all over"),  # base
        is_a("kurta", "no", failure="contradiction"),  # ref
        D.pattern("geometric"),  # ref
        gender="Women",
        title="AURELIA Women Green Geometric Printed Straight Kurta",
    ),
    # 14. Model in a teal georgette saree with a silver sequinned border, pallu over the shoulder, teal sleeveless
    # blouse, small diamond studs only (no necklace, nothing on the head); dark grey backdrop.
    case(
        "b177-14",
        caption("a woman in a teal sari with silver sequins"),  # base
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            failure="loop",
            hit_limit=True,
        ),  # vqa
        D.color("teal"),  # ref
        D.sleeve_length("sleeveless"),  # ref
        D.description(
            "a teal saree with a silver border, she is wearing a silver necklace and a silver crown",
            failure="unsupported",
        ),  # base
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a sleeveless",
            failure="cut",
            hit_limit=True,
        ),  # cap-e1
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Mitera Teal & Silver-Toned Sequinned Georgette Saree",
    ),
    # 15. Model in a magenta A-line kurta with a white floral print, short sleeves, worn with blue jeans and white
    # sneakers; white backdrop.
    case(
        "b177-15",
        caption("a man in a pink shirt and blue jeans", failure="pronoun"),  # base
        D.wearing("a pink top and blue jeans"),  # base
        D.color("blue", failure="other_garment_color"),  # ref: the jeans' color
        D.pattern("floral"),  # ref
        D.sleeve_length("short sleeves"),  # ref
        D.description("his shirt is pink with white flowers", failure="pronoun"),  # base
        D.garment_type("kurta"),  # ref
        gender="Women",
        category="Kurtas",
        color="Magenta",
        title="Sangria Women Magenta Floral Printed A-Line Kurta",
    ),
    # 16. Model standing in a mustard kurta with mirror work and thread embroidery at the neckline, long sleeves,
    # mustard palazzos, a green dupatta with a mustard border over one shoulder, jhumkas; studio, no furniture.
    case(
        "b177-16",
        caption("a woman in a yellow outfit with a green scarf sitting on a chair", failure="unsupported"),  # base
        D.wearing(
            "pants Question: What is the color of the pants? Answer: yellow Question: What is the color of the",
            failure="leak",
            hit_limit=True,
        ),  # vqa
        D.color("yellow"),  # ref
        color_of(
            "dupatta",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),  # base
        color_of("palazzos", "yellow"),  # ref
        D.details("mirror work on the neck"),  # base
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Varanga Women Mustard Yellow Embroidered Mirror Work Kurta with Palazzos & Dupatta",
    ),
    # 17. Model in a maroon flared anarkali with gold zari embroidery on the yoke, full sleeves, maroon churidar, no
    # dupatta, kundan earrings; beige backdrop. Matte cotton-silk look. The catalog row has no gender.
    case(
        "b177-17",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is long. There is an accessory on her wrist. There is a ring on her "
            "finger. The lady",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        D.wearing("a red dress"),  # base
        D.color("maroon"),  # ref
        D.pattern("striped", failure="contradiction"),  # ref: solid body, embroidered yoke
        D.description("a maroon dress with gold embroidery"),  # base
        D.material("unknown", failure="non_answer"),  # base
        category="Kurtas",
        color="Maroon",
        title="Ishin Women Maroon Yoke Design Embroidered Anarkali Kurta",
    ),
    # 18. Model in a peach lehenga with silver sequin embroidery, peach sleeveless blouse, a pale mint-green net
    # dupatta across the body, silver jewellery; outdoor palace courtyard.
    case(
        "b177-18",
        caption("a woman in a white dress standing in front of a palace", failure="contradiction"),  # base
        D.wearing("a lehenga"),  # base
        D.color("green", failure="other_garment_color"),  # ref: the dupatta's color
        D.sleeve_length("sleeveless"),  # ref
        D.details(
            "the lehenga has a lot of sequins and sequins and sequins and sequins and sequins and sequins and "
            "sequins and",
            failure="loop",
            hit_limit=True,
        ),  # base
        color_of("dupatta", "green"),  # ref
        D.material(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt. The tank top is with "
            "chiffon fabric and its",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        gender="Women",
        category="Lehenga Choli",
        color="Peach",
        title="Kalini Peach-Coloured Embroidered Sequinned Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 19. Ghost-mannequin packshot on grey: an off-white pure cotton kurta with white chikankari embroidery,
    # three-quarter sleeves, round neck. No person.
    case(
        "b177-19",
        caption("a white shirt with embroidery on a grey background"),  # base
        D.wearing("a woman wearing a white shirt", failure="unsupported"),  # base: no person
        D.garment_type("kurta"),  # ref
        D.color("white"),  # ref
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "lady wears a long-sleeve shirt with pure color",
            failure="loop",
            hit_limit=True,
        ),  # cap-e3
        D.material(
            "cotton Question: What is the color of the shirt? Answer: white Question: What is the color of the "
            "shirt? Answer:",
            failure="leak",
            hit_limit=True,
        ),  # vqa
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="W Women Off White Chikankari Embroidered Pure Cotton Straight Kurta",
    ),
    # 20. Model in an olive-green sleeveless kurta with a white block print, matching olive printed palazzos, silver
    # jhumkas, no dupatta; white backdrop. Matte, cotton-like fabric; no lining visible.
    case(
        "b177-20",
        caption("a woman wearing a green sleeveless top and pants"),  # base
        D.color("green"),  # ref
        D.sleeve_length("long sleeves", failure="contradiction"),  # ref: sleeveless
        D.description("the garment is the garment of the person", failure="restated"),  # base
        color_of("palazzos", "green"),  # ref
        D.material("silk and satin with a lining", failure="unsupported"),  # base
        D.details("his kurta has a white print", failure="pronoun"),  # base
        D.pattern("printed"),  # ref
        gender="Women",
        category="Kurta Sets",
        color="Olive",
        title="Anouk Women Olive Green Printed Kurta with Palazzos",
    ),
    # 21. Model in a mustard saree with red bandhani dots and a red border, a solid maroon short-sleeve blouse, glass
    # bangles; white backdrop. The saree itself has no maroon.
    case(
        "b177-21",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with cotton "
            "fabric. The skirt is with cotton fabric. The skirt is with cotton fabric. The skirt is with cotton "
            "fabric. The skirt",
            failure="loop",
            hit_limit=True,
        ),  # cap-e1
        D.wearing("a yellow and red sari"),  # base
        D.color("maroon", failure="other_garment_color"),  # ref: the blouse's color
        D.description("a yellow sari with red dots"),  # base
        D.sleeve_length("short sleeves"),  # ref
        D.material("", failure="non_answer"),  # base
        gender="Women",
        category="Sarees",
        color="Mustard",
        title="Saree mall Mustard & Red Bandhani Printed Saree",
    ),
    # 22. Model in a teal kurta with a gold foil-printed yoke, three-quarter sleeves, teal trousers, no dupatta;
    # white backdrop.
    case(
        "b177-22",
        caption("a woman in a green outfit"),  # base
        D.wearing("his kurta and pants are green", failure="pronoun"),  # base
        D.color("teal"),  # ref
        D.sleeve_length("three-quarter sleeves"),  # ref
        D.details("pants Question: What are the pants details? Answer: pants", failure="leak"),  # vqa
        is_a("kurta", "no", failure="contradiction"),  # ref
        gender="Women",
        category="Kurta Sets",
        color="Teal",
        title="Libas Women Teal Yoke Design Kurta with Trousers",
    ),
    # 23. Salwar-and-dupatta pack: model in a plain pink kurta (not sold), a white patiala salwar and a white chiffon
    # dupatta (the product) over one shoulder; white backdrop.
    case(
        "b177-23",
        caption("a woman in a pink top and white pants"),  # base
        D.wearing("a pink kurta, white pants and a white scarf"),  # base
        D.garment_type("palazzos", failure="contradiction"),  # ref: a patiala salwar
        D.color("pink", failure="other_garment_color"),  # ref: the kurta's color
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        color_of("dupatta", "white"),  # ref
        gender="Women",
        category="Salwar and Dupatta",
        color="White",
        title="Dupatta Bazaar Women White Solid Patiala Salwar with Chiffon Dupatta",
    ),
    # 24. Model in a magenta short kurta with gold foil print, three-quarter sleeves, magenta sharara, a magenta
    # dupatta with gold border over both arms; pink studio backdrop. Feet hidden under the sharara; no belt.
    case(
        "b177-24",
        caption("a woman in a pink outfit with gold print"),  # base
        D.wearing(
            "a pink kurta, a pink dupatta, a pink kurta, a pink dupatta, a pink kurta, a pink dupatta, a pink kurta, a",
            failure="loop",
            hit_limit=True,
        ),  # base
        D.color("magenta"),  # ref
        D.pattern("foil print"),  # ref
        D.description(
            "a pink kurta with gold print, a pink dupatta and pink pants with a pink belt and pink shoes",
            failure="unsupported",
        ),  # base
        D.material("it is made of fabric", failure="non_answer"),  # base
        gender="Women",
        category="Kurta Sets",
        color="Magenta",
        title="Indo Era Women Magenta Foil Printed Kurta with Sharara & Dupatta",
    ),
    # 25. Model in an off-white pure cotton kasavu saree with a gold zari border, a solid red silk blouse with elbow
    # sleeves, jasmine in her hair, no necklace, nothing on the head; temple courtyard backdrop.
    case(
        "b177-25",
        caption("a woman in a white sari standing in front of a temple"),  # base
        D.wearing(
            "dress Question: What is the color of the dress? Answer: white Question: What is the color of the "
            "dress? Answer: white",
            failure="leak",
            hit_limit=True,
        ),  # vqa
        D.garment_type("saree"),  # ref
        D.color("red", failure="other_garment_color"),  # ref: the blouse's color
        D.description(
            "a white sari with a gold border and a gold necklace and a gold crown", failure="unsupported"
        ),  # base: no necklace, no crown
        D.material("cotton"),  # base
        gender="Women",
        category="Sarees",
        color="Off White",
        title="Mitera Off White & Gold-Toned Zari Kasavu Pure Cotton Saree",
    ),
    # 26. Model in an indigo-blue kurta with a white floral block print, three-quarter sleeves, plain white palazzos,
    # no dupatta; white backdrop.
    case(
        "b177-26",
        caption("a woman in a blue and white outfit"),  # base
        D.wearing("a blue kurta and blue pants", failure="contradiction"),  # base: the palazzos are white
        D.color("blue"),  # ref
        D.pattern("floral"),  # ref
        color_of("palazzos", "blue", failure="other_garment_color", kind="open"),  # base: the kurta's color
        D.details(
            "The lady wears a long-sleeve shirt with floral patterns and long pants. The pants are with cotton "
            "fabric. The pants are with cotton fabric.",
            failure="loop",
            hit_limit=True,
        ),  # cap-e3
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is round. The",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        D.sleeve_length("three-quarter sleeves"),  # ref
        gender="Women",
        category="Kurta Sets",
        color="Blue",
        title="W Women Blue Floral Printed Kurta with Palazzos",
    ),
    # 27. Model in a bottle-green lehenga with gold embroidery, a pink choli with gold embroidery and elbow sleeves,
    # a pink dupatta over the head, bangles; deep red backdrop. No pink on the lehenga itself.
    case(
        "b177-27",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and graphic patterns. There is an "
            "accessory on her wrist. There is",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        D.wearing("a green and pink lehenga"),  # base
        D.color("pink", failure="other_garment_color"),  # ref: the choli's and dupatta's color
        D.sleeve_length("sleeveless", failure="contradiction"),  # ref: elbow sleeves
        D.details("the skirt has gold embroidery and the top has gold embroidery"),  # base
        color_of("dupatta", "pink"),  # ref
        D.material(
            "silk Question: What is the color of the skirt? Answer: green Question: What is the color of the",
            failure="leak",
            hit_limit=True,
        ),  # vqa
        gender="Women",
        category="Lehenga Choli",
        color="Green",
        title="Varanga Green & Pink Embroidered Lehenga Choli with Dupatta",
    ),
    # 28. Model in a navy kurta with thin white vertical stripes, long sleeves, a shirt collar, white trousers;
    # white backdrop. No pockets, no belt.
    case(
        "b177-28",
        caption("a woman in a blue and white striped shirt"),  # base
        D.wearing(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            failure="loop",
            hit_limit=True,
        ),  # vqa
        D.garment_type("shirt", failure="contradiction"),  # ref: a kurta
        D.color("navy blue"),  # ref
        D.pattern("striped"),  # ref
        D.material("cotton Question: What is the pattern of the garment? Answer: striped", failure="leak"),  # vqa
        D.details("the shirt has a zip pocket and a belt", failure="unsupported"),  # base
        D.sleeve_length("long sleeves"),  # ref
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="HERE&NOW Women Navy Blue & White Striped Kurta",
    ),
    # 29. Model in a pink anarkali with a gold ethnic-motif print, three-quarter sleeves, pink trousers, an
    # off-white dupatta with a gold print, jhumkas; studio.
    case(
        "b177-29",
        caption("a woman in a pink dress with a gold print"),  # base
        D.wearing("she's wearing a pink dress and a white scarf"),  # base
        D.color("off white", failure="other_garment_color"),  # ref: the dupatta's color
        D.pattern("ethnic motifs"),  # ref
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady "
            "wears a long-sleeve dress with graphic",
            failure="loop",
            hit_limit=True,
        ),  # cap-e3
        color_of("dupatta", "the color of the dupatta is the color", failure="restated", kind="open"),  # base
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Biba Women Pink Ethnic Motifs Printed Anarkali Kurta with Trousers & Dupatta",
    ),
    # 30. Model in a bottle-green solid straight kurta, sleeveless, round neck, lace trim at the hem, white palazzos,
    # a silver bracelet; beige backdrop.
    case(
        "b177-30",
        caption("a woman in a green sleeveless dress"),  # base
        D.wearing("he is wearing a green dress and white pants", failure="pronoun"),  # base
        D.color("green"),  # ref
        D.details("the dress has a lace trim at the bottom"),  # base
        D.description(
            "the dress is green and the pants are green and the bracelet is green", failure="contradiction"
        ),  # base: white palazzos, silver bracelet
        D.material("What is the garment made of? cotton", failure="restated"),  # base
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Sangria Women Green Solid Straight Kurta with Lace Detail",
    ),
    # 31. Model in a red Banarasi silk saree with gold woven buttis and a wide gold border, a red short-sleeve blouse,
    # gold jewellery, pallu over the shoulder (not over the head); white backdrop. Hands empty.
    case(
        "b177-31",
        caption("a woman in a red and gold sari"),  # base
        D.wearing("skirt Question: What is the color of the skirt? Answer: red", failure="leak"),  # vqa
        D.color("red"),  # ref
        D.description(
            "a red sari with a gold border and a gold embroidered veil, she is holding a bouquet of flowers",
            failure="unsupported",
        ),  # base
        D.details("skirt", failure="non_answer"),  # vqa
        D.material("silk"),  # base
        D.sleeve_length("long sleeves", failure="contradiction"),  # ref: short blouse sleeves
        D.pattern("woven design"),  # ref
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Woven Design Banarasi Silk Saree",
    ),
    # 32. Model in a peach kurta with pink and green floral thread embroidery, three-quarter sleeves, peach trousers,
    # a peach dupatta with a lace border; white backdrop.
    case(
        "b177-32",
        caption("a man in a peach outfit", failure="pronoun"),  # base
        D.wearing("clothes", failure="non_answer"),  # base
        D.color("peach"),  # ref
        D.sleeve_length("three-quarter sleeves"),  # ref
        D.details(
            "The lady wears a long-sleeve shirt with floral patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is round. The",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        color_of("dupatta", "peach"),  # ref
        gender="Women",
        category="Kurta Sets",
        color="Peach",
        title="Anouk Women Peach-Coloured Floral Embroidered Kurta with Trousers & Dupatta",
    ),
    # 33. Model in a maroon velvet lehenga with gold zardozi embroidery, a maroon long-sleeve choli, a beige net
    # dupatta, kundan choker; dark backdrop.
    case(
        "b177-33",
        caption("a woman in a red and gold wedding dress"),  # base
        D.wearing("skirt"),  # vqa: the lehenga is a skirt
        D.color("beige", failure="other_garment_color"),  # ref: the dupatta's color
        D.material("velvet"),  # base
        D.details(
            "the lehenga has gold embroidery on the bottom and gold embroidery on the top and gold embroidery "
            "on the sleeves and gold",
            failure="cut",
            hit_limit=True,
        ),  # base
        color_of("dupatta", "it is a dupatta", failure="non_answer", kind="open"),  # base
        gender="Women",
        category="Lehenga Choli",
        color="Maroon",
        title="Kalini Maroon & Gold-Toned Embroidered Velvet Lehenga Choli with Dupatta",
    ),
    # 34. Model in off-white palazzos with a small grey floral print (the product), worn with a solid blue short kurta
    # (not sold); white backdrop.
    case(
        "b177-34",
        caption("a woman in a blue top and white pants"),  # base
        D.wearing("he is wearing a blue shirt and white pants", failure="pronoun"),  # base
        D.color("white"),  # ref
        D.pattern("floral"),  # ref
        D.description(
            "pants Question: Describe the pants. Answer: pants Question: Describe the pants. Answer: pants "
            "Question: Describe the",
            failure="leak",
            hit_limit=True,
        ),  # vqa
        color_of("palazzos", "blue", failure="other_garment_color"),  # ref: the kurta's color
        gender="Women",
        category="Palazzos",
        color="Off White",
        title="W Women Off White Floral Printed Straight Palazzos",
    ),
    # 35. Model in a yellow cotton kurta with a white floral print, short sleeves, round neck, white leggings;
    # white backdrop; no pockets, no zipper. The catalog row has only the gender.
    case(
        "b177-35",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady also wears leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        D.wearing("a yellow dress with white flowers"),  # base
        D.color("yellow"),  # ref
        D.sleeve_length("short sleeves"),  # ref
        D.details("the dress has a round neck, a zipper at the back and two pockets", failure="unsupported"),  # base
        D.material("the material of the garment is the material", failure="restated"),  # base
        gender="Women",
    ),
    # 36. Model in a purple poly-chiffon saree with a small white floral print and a purple border, a solid green
    # short-sleeve blouse; white backdrop. No green on the saree.
    case(
        "b177-36",
        caption("a woman in a purple sari with white flowers"),  # base
        D.wearing("the person is wearing a garment", failure="restated"),  # base
        D.color("green", failure="other_garment_color"),  # ref: the blouse's color
        D.description(
            "a purple sari with white flowers and a green blouse, purple and green, purple and green, purple and "
            "green, purple and",
            failure="loop",
            hit_limit=True,
        ),  # base
        D.sleeve_length("short sleeves"),  # ref
        D.material("chiffon"),  # base
        D.details(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral",
            failure="cut",
            hit_limit=True,
        ),  # cap-e1
        gender="Women",
        category="Sarees",
        color="Purple",
        title="Saree mall Purple Floral Printed Poly Chiffon Saree",
    ),
    # 37. Model in a black kurta with a gold and white floral print, three-quarter sleeves, black palazzos, a red
    # dupatta with a gold print over one shoulder, bare-headed; studio. No red on the kurta.
    case(
        "b177-37",
        caption("a woman in a black dress with a red scarf and a red hat", failure="unsupported"),  # base
        D.wearing("a black dress and a red scarf"),  # base
        D.color("red", failure="other_garment_color"),  # ref: the dupatta's color
        color_of("dupatta", "red"),  # ref
        color_of("palazzos", "black"),  # ref
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady also wears a",
            failure="cut",
            hit_limit=True,
        ),  # cap-e1
        gender="Women",
        category="Kurta Sets",
        color="Black",
        title="Libas Women Black Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 38. Model in a lavender straight kurta with a white ethnic-motif print, three-quarter sleeves, white trousers;
    # white backdrop.
    case(
        "b177-38",
        caption("a woman in a purple kurta and white pants"),  # base
        D.wearing("a purple shirt and white pants"),  # base
        D.color("lavender"),  # ref
        D.description("shirt Question: Describe the shirt. Answer: shirt", failure="leak"),  # vqa
        D.details("the details of the garment are the details", failure="restated"),  # base
        is_a("kurta", "no", failure="contradiction"),  # ref
        gender="Women",
        category="Kurtas",
        color="Lavender",
        title="Indo Era Women Lavender Ethnic Motifs Printed Straight Kurta",
    ),
    # 39. Flat packshot on white: a mustard-yellow phulkari dupatta with red and orange embroidery and tassels at the
    # ends. No person. Plain cotton base, no pocket, no zipper.
    case(
        "b177-39",
        caption("a yellow scarf with red embroidery"),  # base
        D.wearing("a woman wearing a yellow scarf", failure="unsupported"),  # base: no person
        D.garment_type("dupatta"),  # ref
        D.color("yellow"),  # ref
        D.details(
            "red embroidery and tassels and red embroidery and tassels and red embroidery and tassels and red "
            "embroidery and",
            failure="loop",
            hit_limit=True,
        ),  # base
        D.material("the scarf is made of silk and has a zipper pocket", failure="unsupported"),  # base
        D.pattern("embroidered"),  # ref
        gender="Women",
        category="Dupatta",
        color="Mustard",
        title="Dupatta Bazaar Mustard Yellow & Red Phulkari Embroidered Cotton Dupatta",
    ),
    # 40. Model in a rust kurta with a gold floral print, three-quarter sleeves, a plain cream salwar, a rust dupatta
    # with a gold print over both shoulders; white backdrop. No cream on the kurta.
    case(
        "b177-40",
        caption("a woman in an orange and white outfit"),  # base
        D.wearing(
            "The lady wears a long-sleeve shirt with floral patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        D.color("cream", failure="other_garment_color"),  # ref: the salwar's color
        D.sleeve_length("three-quarter sleeves"),  # ref
        color_of("dupatta", "orange"),  # ref
        D.description("a description of the garment", failure="restated"),  # base
        gender="Women",
        category="Kurta Sets",
        color="Rust",
        title="Biba Women Rust Floral Printed Kurta with Salwar & Dupatta",
    ),
    # 41. Model in a navy-blue net lehenga with silver sequins, a navy sleeveless choli, a navy dupatta draped over
    # one arm, silver earrings; blue backdrop. No belt, nothing on the head.
    case(
        "b177-41",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt. The skirt is long. The "
            "skirt is long. The skirt is long. The skirt is long. The skirt is long. The skirt is long. The skirt",
            failure="loop",
            hit_limit=True,
        ),  # cap-e1
        D.wearing("a blue lehenga with silver sequins"),  # base
        D.color("navy blue"),  # ref
        D.sleeve_length("sleeveless"),  # ref
        is_a("kurta", "yes", failure="contradiction"),  # ref: a lehenga choli
        D.details("the lehenga has a silver belt and a silver crown", failure="unsupported"),  # base
        D.material("cotton Question: What is the color of the skirt? Answer: blue", failure="leak"),  # vqa
        D.pattern("sequinned"),  # ref
        gender="Women",
        category="Lehenga Choli",
        color="Navy Blue",
        title="Varanga Navy Blue & Silver-Toned Sequinned Net Lehenga Choli with Dupatta",
    ),
    # 42. Model in an off-white straight kurta with a red floral print, three-quarter sleeves, red palazzos, no
    # dupatta; white backdrop.
    case(
        "b177-42",
        caption("a woman in a white and red kurta"),  # base
        D.wearing("a white top and red pants"),  # base
        D.color("off white"),  # ref
        D.description(
            "Answer: a white kurta with red flowers Question: What is the color of the pants? Answer: red",
            failure="leak",
        ),  # base
        D.details("none", failure="non_answer"),  # base
        color_of("palazzos", "red"),  # ref
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is",
            failure="cut",
            hit_limit=True,
        ),  # cap-e3
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="AURELIA Women Off White & Red Floral Printed Straight Kurta",
    ),
    # 43. Model in a grey kurta with a pink floral print, short sleeves, pink trousers, a pink dupatta over one
    # shoulder; white backdrop.
    case(
        "b177-43",
        caption("a man wearing a grey shirt and pink pants", failure="pronoun"),  # base
        D.wearing("a grey top with pink flowers and pink pants"),  # base
        D.color("grey"),  # ref
        D.sleeve_length("short sleeves"),  # ref
        color_of(
            "dupatta",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),  # base
        D.material("What material is the garment made of? The garment is made of", failure="restated"),  # base
        gender="Women",
        category="Kurta Sets",
        color="Grey",
        title="Anouk Women Grey & Pink Floral Printed Kurta with Trousers & Dupatta",
    ),
    # 44. Model in a coral solid A-line kurta with a keyhole neckline, long sleeves, white churidar; plain white studio
    # backdrop. The catalog row has no title.
    case(
        "b177-44",
        caption("a woman in an orange dress standing on a beach", failure="unsupported"),  # base: studio
        D.wearing("an orange dress"),  # base
        D.color("coral"),  # ref
        D.sleeve_length("short sleeves", failure="contradiction"),  # ref: long sleeves
        D.details("a keyhole neckline"),  # base
        D.description(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            failure="loop",
            hit_limit=True,
        ),  # vqa
        D.garment_type("kurta"),  # ref
        gender="Women",
        category="Kurtas",
        color="Coral",
    ),
]
