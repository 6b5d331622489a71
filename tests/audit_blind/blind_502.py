"""BLIND_502 (46 products; women's ethnic night: sarees, lehenga cholis, kurta sets, anarkalis, dupattas): written blind
in the forty-ninth session. Measured blind at e1d7346 (the session's rules as they stood): 104/128 failures found
(81.2%) and 8/163 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: a Myntra-like English feed for a women's ethnic-wear evening: sarees with blouses (Banarasi, Kanjeevaram,
organza, chiffon, sequinned net, cotton Bengal and Kerala sarees), lehenga cholis (bridal and pastel, with net or
organza dupattas), kurta sets (kurta with palazzos, trousers or sharara and a dupatta), anarkalis and dupattas sold on
their own. Models are photographed in full outfits with jewellery (jhumkas, temple and kundan necklaces, maang tikka,
bangles), many with a contrast blouse or dupatta, in front of studio backdrops, painted walls, doors, flower walls,
pillars, swings and chairs. Each row has the seller's title, category, color and gender; two rows miss the gender,
one the color and one the category, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a red
saree ...") or, where the comment says so, the caption LoRA adapter at epoch 3 (the DeepFashion template: "The lady
wears a sleeveless dress with pure color patterns ..."). The adapter was trained without an end-of-answer token, so
each adapter text runs to its limit (50 new tokens for captions, 30 for answers), carries hit_limit=True, and returns
its template whatever it is asked. A few open answers come from the VQA adapter (In-shop classes, "dress",
"blouse/shirt"; it never stops either: hit_limit=True, it repeats itself or runs on into the next "Question: ...
Answer: ..." of its training format); the comment says which. All other open answers (wearing, description,
details, material, jewellery, border) come from the base model, which stops on its own and never has hit_limit.
Closed answers (garment_type, color, pattern, sleeve_length, the per-piece colors of saree, blouse, dupatta and
lehenga, and the yes/no "Is this a ...?") are enrich's `--engine reference` picks from candidate sets: never a loop
or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct: red for maroon, burgundy or wine; pink for magenta, rani, peach, coral or rose gold;
  yellow for mustard or gold tissue; blue for navy, royal, sky or turquoise; green for teal, bottle, olive, mint or
  sea green; purple for lavender or lilac; white for off white, ivory or cream; orange for rust; silver for grey
  tissue. Synonyms count too: sari for a saree, gown or dress for an anarkali, skirt for a lehenga, scarf, shawl or
  veil for a dupatta, top or choli for a blouse, pants for palazzos, trousers or sharara.
- A base caption that names the kurta of a kurta set "a dress" but names the pants too is correct (a long kurta
  looks like one); the reference engine's garment_type "dress" for a kurta set or a saree is contradiction. An
  anarkali answered "dress" is correct.
- The color of another piece of the outfit (the contrast blouse, the dupatta, the palazzos, the pallu of a
  half-and-half saree, the kurta worn under a dupatta sold alone) given as the asked piece's or the product's color
  is other_garment_color. The color of a border, zari or print given as the garment's color (gold for a green
  Banarasi with gold motifs), or of a wall, door or plants behind the model, is contradiction. A base answer giving
  two pieces one color ("a yellow saree and a yellow blouse" over a maroon blouse) is other_garment_color.
- "bandhani" dots answered "polka dot" and a half-and-half saree answered "color block" are correct. A heavily
  embroidered lehenga answered "solid", a woven zari saree answered "striped" and a geometric print answered
  "floral" are contradiction.
- Invented items (a nose ring, a maang tikka, a watch, a necklace, a belt, a train, sandals on a photo cropped at
  the knees, a dupatta on a kurta worn without one, gold embroidery on a plain cotton saree, mirror work on a plain
  yoke, a print on plain pants) are unsupported, and so is a material neither the title names nor the photo shows
  (silk for georgette, organza or chiffon, wool for a phulkari). A material contradicting the title's (cotton for a
  rayon kurta) is contradiction.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut. The adapter's template calling a saree "a dress" or "a shirt and a long skirt" misnames the
  garment: contradiction, hit_limit kept, unless the text also repeats itself (then loop, which the auditor sees
  first). "Tank top" or "shirt" for a choli and "long skirt" for a lehenga are fine, so those templates are cut or
  loop. The template returned to the material question is restated.
- VQA adapter texts that run on into "Question: ... Answer: ..." are leak; those repeating one phrase are loop.
- A base answer stopped early ("it is made of", "a green anarkali with a") is cut, without hit_limit. "the kurta has
  details", "details of the kurta", "there are no details" and an empty answer are non_answer, and so is a details
  answer that only gives the garment's color. A material question answered with a garment and color, or with a color
  alone, is restated. Base answers that run on into "question: ... answer: ..." are leak.
- "he" or "a man" for the woman model is pronoun.
- A base answer looping on its own list ("bangles, bangles, bangles") is loop without hit_limit.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_saree = question("color_saree", "What is the color of the saree?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_lehenga = question("color_lehenga", "What is the color of the lehenga?", "closed")
jewellery = question("jewellery", "What jewellery is the model wearing?", "open")
border = question("border", "Describe the border of the saree.", "open")

BLIND_502 = [
    # photo: model in a red Banarasi silk saree with a wide gold zari border and gold woven buttis, matching red
    # blouse with elbow sleeves, pallu over the left shoulder; gold temple necklace and jhumkas, no maang tikka;
    # beige studio backdrop.
    # no adapter texts
    case(
        "X502-001",
        caption("a woman in a red saree with gold jewelry"),
        D.wearing("a red and gold saree"),
        color_saree("red"),
        color_blouse("gold", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.material("silk"),
        jewellery("a gold necklace, earrings and a maang tikka", "unsupported"),
        title="Red & Gold-Toned Woven Design Zari Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue georgette saree with a sequinned border, sleeveless silver sequinned blouse, silver
    # bangles on one wrist; plain grey backdrop; front view, full length.
    # caption: caption adapter
    case(
        "X502-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue saree with silver sequins"),
        D.color("blue"),
        color_blouse("silver"),
        D.sleeve_length("sleeveless"),
        D.material("chiffon"),
        D.description("a blue saree with a silver blouse and a silver belt", "unsupported"),
        title="Navy Blue Sequinned Georgette Saree with Blouse Piece",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a magenta lehenga with gold floral embroidery, matching magenta short-sleeve choli, orange net
    # dupatta over one shoulder; wall of pink paper flowers behind her.
    # no adapter texts
    case(
        "X502-003",
        caption("a woman in a pink lehenga posing in front of a flower wall"),
        D.wearing("a pink lehenga with an orange dupatta"),
        color_lehenga("orange", "other_garment_color"),
        color_dupatta("orange"),
        D.details("gold embroidery on the skirt and a net dupatta"),
        D.material("pink", "restated"),
        title="Magenta Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a mustard yellow straight cotton kurta with white block print and three-quarter sleeves, white
    # palazzos, mustard-and-white dupatta on one arm; oxidised silver jhumkas; white wall with a potted plant.
    # wearing: VQA adapter
    case(
        "X502-004",
        caption("a woman in a yellow kurta and white pants standing next to a plant"),
        D.wearing(
            "blouse/shirt Question: What is the color of the blouse/shirt? Answer: yellow Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("printed"),
        D.material("cotton"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("the kurta is yellow and the pants are yellow", "contradiction"),
        title="Women Mustard Yellow Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a bottle green flared georgette anarkali with a gold gota yoke and full sleeves, green
    # churidar, green dupatta over both arms; gold chandbali earrings; pale pink arch backdrop.
    # no adapter texts
    case(
        "X502-005",
        caption("a woman in a green dress standing in front of an arch"),
        D.wearing("he is wearing a green anarkali dress", "pronoun"),
        D.garment_type("dress"),
        D.sleeve_length("long sleeves"),
        D.details("gold embroidery on the neck"),
        D.description("a green anarkali with a", "cut"),
        title="Green Ethnic Motifs Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a peach organza saree with a pink and green floral print and a scalloped border, ivory
    # sleeveless blouse, gold bangles; living-room set with a sofa and a floor lamp.
    # caption, material: caption adapter
    case(
        "X502-006",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The tank top is with chiffon "
            "fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her wrist. She",
            "contradiction",
            hit_limit=True,
        ),
        D.color("pink"),
        color_blouse("white"),
        D.pattern("floral"),
        D.material(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and",
            "restated",
            hit_limit=True,
        ),
        D.description("a peach floral saree with a silk blouse", "unsupported"),
        border("a scalloped border"),
        title="Peach-Coloured Floral Printed Organza Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a royal blue velvet bridal lehenga with heavy silver zardozi embroidery, matching blouse, light
    # blue net dupatta over her head; kundan necklace and maang tikka, no nose ring; dark backdrop with fairy lights.
    # no adapter texts
    case(
        "X502-007",
        caption("a woman in a blue lehenga with a veil"),
        D.wearing("a blue velvet lehenga"),
        color_lehenga("blue"),
        color_dupatta("blue"),
        D.pattern("solid", "contradiction"),
        D.material("velvet"),
        jewellery("a gold necklace, earrings and a nose ring", "unsupported"),
        title="Blue Embroidered Velvet Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: the product is the dupatta: a rani pink bandhani art silk dupatta with a gold gota border draped over
    # both shoulders of a model in a plain white kurta and white pants; plain white backdrop.
    # no adapter texts
    case(
        "X502-008",
        caption("a woman in a white outfit with a pink dupatta"),
        D.wearing("a white kurta and a pink dupatta"),
        D.color("white", "other_garment_color"),
        color_dupatta("pink"),
        D.pattern("polka dot"),
        D.garment_type("scarf"),
        title="Pink & Gold-Toned Bandhani Printed Art Silk Dupatta with Gotta Patti",
        category="Dupatta",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black chiffon saree with a thin sequinned border, sheer black full-sleeve blouse, red
    # lipstick, small diamond studs; grey backdrop.
    # details: caption adapter
    case(
        "X502-009",
        caption("a woman in a black saree posing for a photo"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric. The lady wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        color_blouse("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        title="Black Solid Sequinned Border Chiffon Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white chikankari kurta with white thread embroidery, white sharara, white dupatta; pearl
    # earrings; standing in front of a teal painted wooden door.
    # no adapter texts
    case(
        "X502-010",
        caption("a woman in a white outfit standing in front of a blue door"),
        D.wearing("a white kurta and white pants"),
        D.color("blue", "contradiction"),
        D.details("white embroidery"),
        D.description("a white kurta with blue embroidery", "contradiction"),
        D.material("it is made of", "cut"),
        title="White Chikankari Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a mustard yellow art silk saree with a maroon and gold border, contrast maroon short-sleeve
    # blouse; strings of orange marigolds hanging behind her (haldi set).
    # no adapter texts
    case(
        "X502-011",
        caption("a woman in a yellow saree with orange flowers"),
        D.wearing("a yellow saree and a yellow blouse", "other_garment_color"),
        color_saree("maroon", "other_garment_color"),
        color_blouse("red"),
        D.sleeve_length("short sleeves"),
        D.material("silk"),
        D.details("the saree is yellow", "non_answer"),
        title="Mustard & Maroon Zari Border Kanjeevaram Art Silk Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a pastel lavender lehenga with mirror work, lavender sleeveless choli, lavender net dupatta;
    # outdoor garden with green hedges behind her.
    # caption, details: caption adapter
    case(
        "X502-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with cotton fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple lehenga"),
        D.color("green", "contradiction"),
        color_blouse("purple"),
        D.details(
            "The skirt is with cotton fabric and pure color patterns. The skirt is with cotton fabric and pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        title="Lavender Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a rust orange A-line rayon kurta with gold foil print, three-quarter sleeves, matching rust
    # trousers; photo cropped at the knees; beige backdrop.
    # no adapter texts
    case(
        "X502-013",
        caption("a man in an orange kurta with gold print", "pronoun"),
        D.wearing("an orange kurta and pants with gold sandals", "unsupported"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        D.material("cotton", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        title="Rust Orange Foil Printed Rayon Kurta with Trousers",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a teal green silk-blend saree with a gold temple border, gold brocade blouse, gold necklace and
    # bangles, no watch; a stone pillar beside her and a brass lamp on the floor.
    # wearing: VQA adapter
    case(
        "X502-014",
        caption("a woman in a green saree standing next to a pillar"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_saree("green"),
        color_blouse("green", "other_garment_color"),
        border("a gold border with a temple design"),
        jewellery("a gold necklace, gold bangles and a gold watch", "unsupported"),
        title="Teal Green & Gold-Toned Woven Design Silk Blend Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a maroon velvet anarkali kurta with full sleeves and gold embroidery at the hem, no dupatta;
    # gold earrings; wooden floor, dark curtain behind.
    # no adapter texts
    case(
        "X502-015",
        caption("a woman in a red velvet dress"),
        D.garment_type("kurta"),
        D.color("red"),
        D.description("a maroon velvet dress with a dupatta", "unsupported"),
        D.material("velvet"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("gold embroidery on the", "cut"),
        title="Maroon Embroidered Velvet Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a half-and-half saree: pink pleats, green pallu over the shoulder, pink short-sleeve blouse;
    # white backdrop.
    # no adapter texts
    case(
        "X502-016",
        caption("a woman in a pink and green saree"),
        D.wearing("she is wearing a pink saree and a pink blouse"),
        color_saree("pink"),
        color_blouse("green", "other_garment_color"),
        D.pattern("color block"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Pink & Green Half and Half Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy blue straight kurta with a white floral print and long sleeves, plain white trousers,
    # navy dupatta, silver bangles; red brick wall outdoors.
    # caption, description: caption adapter
    case(
        "X502-017",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton "
            "fabric. The trousers are with cotton fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue floral kurta and white pants"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.details("white flowers on the kurta and the pants", "unsupported"),
        D.description(
            "The lady wears a long-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton "
            "fabric. The trousers are",
            "cut",
            hit_limit=True,
        ),
        title="Navy Blue Floral Print Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bride in a red lehenga with heavy gold zari, red choli, red net dupatta with a gold border over her
    # head; kundan necklace, earrings and nath; mandap with marigold garlands behind.
    # no adapter texts
    case(
        "X502-018",
        caption("a bride in a red lehenga"),
        D.wearing(
            "a red and gold lehenga choli question: what is the color of the dupatta? answer: red",
            "leak",
        ),
        color_lehenga("red"),
        color_dupatta("gold", "contradiction"),
        jewellery("a nose ring, necklace and earrings"),
        D.material("it is made of", "cut"),
        title="Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: model in a grey-silver tissue saree with a sequinned border, sleeveless black blouse; white backdrop.
    # no adapter texts; the feed row has no gender
    case(
        "X502-019",
        caption("a woman in a silver saree and black blouse"),
        D.wearing("he is wearing a silver saree", "pronoun"),
        color_saree("black", "other_garment_color"),
        color_blouse("black"),
        D.sleeve_length("sleeveless"),
        D.description("a silver saree with black blouse and black", "cut"),
        title="Grey Tissue Saree with Sequin Embellished Border",
        category="Sarees",
        color="Grey",
    ),
    # photo: model seated on a wicker chair in an olive green straight cotton kurta with a small embroidered yoke and
    # olive pants, no dupatta; potted plants around.
    # no adapter texts
    case(
        "X502-020",
        caption("a woman in a green kurta sitting on a chair"),
        D.wearing("a green kurta and pants"),
        D.color("green"),
        D.details("the kurta has details", "non_answer"),
        D.material("a green kurta", "restated"),
        title="Olive Green Yoke Design Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a yellow ready-to-wear georgette ruffle saree, yellow sleeveless blouse; pastel blue wall.
    # caption, material: caption adapter
    case(
        "X502-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow ruffle saree"),
        D.color("blue", "contradiction"),
        D.pattern("solid"),
        D.details("ruffles"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        title="Yellow Ruffled Georgette Ready to Wear Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a mint green lehenga with pink floral embroidery, pink sleeveless choli, mint green dupatta;
    # beige backdrop.
    # details: VQA adapter
    case(
        "X502-022",
        caption("a woman in a green and pink lehenga"),
        D.wearing("a green lehenga with a pink blouse"),
        color_lehenga("pink", "other_garment_color"),
        color_blouse("pink"),
        color_dupatta("green"),
        D.details(
            "the skirt is green the skirt is green the skirt is green the skirt is green the skirt is green the skirt",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Sea Green & Pink Floral Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Women",
    ),
    # photo: the product is the dupatta: an orange phulkari dupatta with multicolour thread embroidery around the
    # neck of a model in a plain black kurta and black pants; white wall.
    # no adapter texts
    case(
        "X502-023",
        caption("a woman in a black outfit with an orange shawl"),
        D.wearing("a black kurta with a colorful dupatta"),
        color_dupatta("orange"),
        D.color("black", "other_garment_color"),
        D.description("an orange scarf with flowers embroidered on it"),
        D.material("wool", "unsupported"),
        title="Orange & Multicolour Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a white Bengal cotton saree with a wide red border, red short-sleeve blouse, red and white
    # bangles; plain backdrop. No embroidery anywhere.
    # no adapter texts
    case(
        "X502-024",
        caption("a woman in a white and red saree"),
        D.wearing("a red saree", "contradiction"),
        D.color("red", "other_garment_color"),
        D.material("cotton"),
        border("a red border"),
        D.details("the saree has gold embroidery", "unsupported"),
        jewellery("red and white bangles"),
        title="White & Red Solid Pure Cotton Saree with Border",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink straight kurta with small white motifs and three-quarter sleeves, pink palazzos, white
    # dupatta with a thin pink border; light grey backdrop.
    # no adapter texts; the feed row has no color
    case(
        "X502-025",
        caption("a woman in a pink kurta and palazzo pants"),
        D.wearing("a pink kurta with a white dupatta"),
        color_dupatta("pink", "other_garment_color"),
        D.pattern("printed"),
        D.description("a pink kurta with a", "cut"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Pink Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: model in a burgundy satin saree with a matching puff-sleeve blouse, holding a small gold clutch; no
    # belt; grey backdrop.
    # caption, details: caption adapter
    case(
        "X502-026",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with satin fabric. It has a "
            "round neckline. There is an accessory in her hand. The dress is of long length. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red satin saree"),
        D.color("red"),
        D.sleeve_length("short sleeves"),
        D.material("satin"),
        D.description("a red saree with a gold belt", "unsupported"),
        D.details(
            "The dress is with satin fabric. It has a round neckline. The dress is with satin fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        title="Burgundy Solid Satin Saree with Blouse Piece",
        category="Sarees",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a black lehenga with multicolour thread embroidery, black short-sleeve choli, red net dupatta;
    # carved wooden window frame behind her.
    # no adapter texts
    case(
        "X502-027",
        caption("a woman in a black lehenga and red dupatta"),
        D.wearing("a black lehenga answer: a black lehenga", "leak"),
        color_lehenga("black"),
        color_blouse("red", "other_garment_color"),
        color_dupatta("red"),
        D.details("the details of the lehenga", "non_answer"),
        is_a("saree", "yes", "contradiction"),
        title="Black & Red Thread Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: model seated on a cane chair in a mint green linen saree with a thin silver border, white sleeveless
    # blouse, small studs only (no necklace); plants behind.
    # no adapter texts
    case(
        "X502-028",
        caption("a woman in a green saree sitting on a chair"),
        D.wearing("a green saree with a white blouse and a necklace", "unsupported"),
        color_saree("green"),
        color_blouse("white"),
        D.material("linen"),
        D.details("there are no details", "non_answer"),
        title="Mint Green Solid Linen Blend Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a sky blue long angrakha kurta with long sleeves over white trousers; white backdrop.
    # wearing: VQA adapter
    case(
        "X502-029",
        caption("a woman in a blue dress and white pants"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: white Question: What is the color of the dress? "
            "Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.garment_type("dress", "contradiction"),
        title="Blue Angrakha Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a purple Kanjeevaram silk saree with a contrast green and gold border, green short-sleeve
    # blouse, gold necklace and bangles; plain studio backdrop.
    # caption, description: caption adapter
    case(
        "X502-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with silk "
            "fabric and lattice patterns. There is an accessory on her wrist. There is a ring on her finger. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a purple saree with a green border"),
        color_saree("purple"),
        color_blouse("purple", "other_garment_color"),
        border("green and gold border"),
        D.material("silk"),
        D.description(
            "The skirt is with silk fabric and lattice patterns. The skirt is with silk fabric and lattice patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        title="Purple & Green Zari Woven Kanjeevaram Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: model twirling in a powder pink net anarkali gown with sequins and sheer full sleeves, matching pink net
    # dupatta, small earrings; floor-length, no train; pink curtains behind.
    # wearing: VQA adapter
    case(
        "X502-031",
        caption("a woman in a pink gown twirling"),
        D.wearing(
            "dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        D.color("pink"),
        D.material("net"),
        D.details("sequins all over the gown and a sheer dupatta"),
        D.description("the gown is pink and has a long train", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Pink Embellished Net Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black kurta with gold print and full sleeves, black sharara, gold tissue dupatta; white brick
    # wall.
    # details: caption adapter
    case(
        "X502-032",
        caption("a woman in a black outfit with a gold scarf"),
        D.wearing("he is wearing a black kurta with gold print and a gold dupatta", "pronoun"),
        D.details(
            "The lady wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.color("gold", "other_garment_color"),
        color_dupatta("gold"),
        D.sleeve_length("long sleeves"),
        title="Black & Gold-Toned Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model sitting on a wooden swing in an orange and pink bandhani georgette saree with a gota border, pink
    # short-sleeve blouse.
    # no adapter texts
    case(
        "X502-033",
        caption("a woman in an orange saree sitting on a swing"),
        D.wearing(
            "she is wearing an orange saree and a pink blouse question: what is the color of the blouse? answer: pink",
            "leak",
        ),
        D.color("orange"),
        D.pattern("printed"),
        color_blouse("orange", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.garment_type("dress", "contradiction"),
        title="Orange & Pink Bandhani Printed Georgette Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a gold tissue lehenga, ivory sleeveless choli, ivory net dupatta; white backdrop.
    # caption, material: caption adapter
    case(
        "X502-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color patterns. The lady wears a sleeveless tank top with pure color patterns and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a gold lehenga with a white top"),
        color_lehenga("yellow"),
        color_blouse("gold", "other_garment_color"),
        color_dupatta("white"),
        D.sleeve_length("sleeveless"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with cotton",
            "restated",
            hit_limit=True,
        ),
        title="Gold-Toned & Off White Tissue Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: model in a lilac kurta with white thread embroidery on the neckline and sleeves, lilac trousers, lilac
    # organza dupatta; silver jhumkas only, no necklace; light backdrop.
    # no adapter texts; the feed row has no gender
    case(
        "X502-035",
        caption("a woman in a purple kurta with white embroidery"),
        D.wearing("a purple kurta and purple pants"),
        D.color("purple"),
        color_dupatta("purple"),
        D.details("details of the kurta", "non_answer"),
        jewellery("she is wearing a necklace", "unsupported"),
        title="Lavender Thread Work Kurta with Trousers & Organza Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # photo: model in a multicoloured saree with a blue, yellow and pink geometric print and a navy border, navy
    # blouse; plain backdrop.
    # no adapter texts
    case(
        "X502-036",
        caption("a woman in a colorful saree"),
        D.wearing("a colorful saree and a blue blouse"),
        color_blouse("blue"),
        D.pattern("floral", "contradiction"),
        D.material(
            "it is made of cotton question: what is the pattern of the saree? answer: geometric",
            "leak",
        ),
        D.description("a multicolored saree with a red border", "contradiction"),
        title="Multicoloured Geometric Printed Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a beige kurta with gold gota trim on the neckline and three-quarter sleeves, beige trousers,
    # rust orange dupatta; studio backdrop.
    # wearing: VQA adapter
    case(
        "X502-037",
        caption("a woman in a beige outfit with an orange scarf"),
        D.wearing(
            "the person is wearing a blouse/shirt the person is wearing a blouse/shirt the person is wearing a "
            "blouse/shirt the",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "other_garment_color"),
        color_dupatta("orange"),
        D.details("gold trim on the neck and sleeves"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Beige Gotta Patti Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a rose gold sequinned net saree with a sleeveless matching blouse; black backdrop.
    # no adapter texts
    case(
        "X502-038",
        caption("a woman in a shiny pink saree"),
        D.wearing("he is wearing a pink saree", "pronoun"),
        D.color("pink"),
        D.material("net"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a pink saree with sequins and a pink", "cut"),
        title="Rose Gold Sequinned Net Saree with Blouse Piece",
        category="Sarees",
        color="Rose Gold",
        gender="Women",
    ),
    # photo: model in a yellow floral printed lehenga, yellow short-sleeve choli with green trims, green dupatta; wall
    # of yellow and white flowers behind her (haldi set).
    # caption, details: caption adapter
    case(
        "X502-039",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. There is an accessory on her wrist. The lady wears a short-sleeve shirt "
            "with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a yellow lehenga", "pronoun"),
        color_lehenga("yellow"),
        color_dupatta("yellow", "other_garment_color"),
        D.pattern("floral"),
        D.details(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with chiffon",
            "cut",
            hit_limit=True,
        ),
        title="Yellow & Green Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a coral straight kurta with three-quarter sleeves and a plain round yoke, worn with white pants
    # that are not part of the product; plain backdrop.
    # no adapter texts
    case(
        "X502-040",
        caption("a woman in a pink kurta and white pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("kurta"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("a pink kurta with white pants", "restated"),
        D.details("mirror work on the yoke", "unsupported"),
        title="Coral Solid Straight Kurta",
        category="Kurtas",
        color="Coral",
        gender="Women",
    ),
    # photo: model in an off white Kerala kasavu saree with a gold border, contrast green short-sleeve blouse, gold
    # temple jewellery, jasmine flowers in her hair; beige backdrop.
    # no adapter texts
    case(
        "X502-041",
        caption("a woman in a white saree with flowers in her hair"),
        color_saree("white"),
        color_blouse("white", "other_garment_color"),
        border("a gold border"),
        jewellery("gold jewelry"),
        D.details("the saree has details", "non_answer"),
        title="Off White & Gold-Toned Kasavu Saree with Blouse Piece",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a peach sequinned lehenga, peach choli, peach net dupatta, a few gold bangles; palace courtyard
    # with arches.
    # description: VQA adapter
    case(
        "X502-042",
        caption("a woman in a pink lehenga standing in a courtyard"),
        D.wearing("a pink lehenga"),
        color_lehenga("pink"),
        D.details("sequins"),
        D.material("", "non_answer"),
        is_a("lehenga", "no", "contradiction"),
        jewellery("a necklace, earrings, bangles, bangles, bangles, bangles, bangles", "loop"),
        D.description(
            "the skirt is pink the skirt is pink the skirt is pink the skirt is pink the skirt is pink the skirt is",
            "loop",
            hit_limit=True,
        ),
        title="Peach-Coloured Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: the product is the dupatta: an ivory organza dupatta with a floral embroidered border, draped over a
    # model in a yellow kurta set; white backdrop.
    # no adapter texts
    case(
        "X502-043",
        caption("a woman in a yellow kurta with a white scarf"),
        D.color("yellow", "other_garment_color"),
        color_dupatta("white"),
        D.garment_type("scarf"),
        D.material("organza"),
        D.description("a sheer white scarf with a", "cut"),
        title="Off White Floral Embroidered Organza Dupatta",
        category="Dupatta",
        color="Off White",
        gender="Women",
    ),
    # photo: model in an emerald green Banarasi saree with gold woven motifs, contrast red short-sleeve blouse; plain
    # backdrop.
    # details: caption adapter
    case(
        "X502-044",
        caption("a woman in a green saree and red blouse"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with silk fabric. The lady "
            "wears a short-sleeve shirt with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        color_saree("gold", "contradiction"),
        color_blouse("red"),
        D.wearing(
            "a green saree with a red blouse question: what is the color of the saree? answer: green",
            "leak",
        ),
        D.sleeve_length("short sleeves"),
        title="Green Woven Design Banarasi Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a teal blue kurta with a yoke embroidered in thread, teal trousers, pink dupatta; bright yellow
    # wall behind her.
    # no adapter texts
    case(
        "X502-045",
        caption("a woman in a blue kurta in front of a yellow wall"),
        D.wearing("a blue kurta, blue pants and a pink dupatta"),
        D.color("yellow", "contradiction"),
        color_dupatta("pink"),
        D.details("the kurta is blue", "non_answer"),
        D.material("silk", "unsupported"),
        title="Teal Blue Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a turquoise blue lehenga with silver embroidery, matching sleeveless choli, pink net dupatta;
    # silver choker necklace; studio backdrop.
    # caption, details: caption adapter; the feed row has no category
    case(
        "X502-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with chiffon fabric and pure color patterns. There is a necklace on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue lehenga and a pink dupatta"),
        color_lehenga("blue"),
        color_dupatta("blue", "other_garment_color"),
        jewellery("a choker necklace"),
        D.details(
            "The skirt is with chiffon fabric and pure color patterns. The skirt is with chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Turquoise Blue Embroidered Lehenga Choli with Dupatta",
        color="Turquoise Blue",
        gender="Women",
    ),
]
