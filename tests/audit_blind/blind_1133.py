"""BLIND_1133 (46 products; Myntra kurta sets, anarkalis, sarees; BLIP-2 base): written blind in the sixtieth session.
Measured blind at d18a88b (the session's sixth rules): 98/143 failures found (68.5%) and 13/192 correct texts flagged
(6.8%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic-wear feed: kurta sets (kurta with palazzos, trousers, sharara or churidar,
often a dupatta), anarkali kurtas (alone, worn over leggings, or as sets with churidar and dupatta) and sarees (the
blouse styled with them). Catalog photos: a model on a white, grey, beige or pastel studio backdrop (a brick wall, a
garden and a pink wall now and then), front or three-quarter view, with jewellery, juttis or heels, sometimes a
clutch, a potli, a pooja thali, a stool or a potted plant. The seller's columns are title, category (Myntra's
article type: Kurta Sets, Kurtas, Sarees), color (Myntra's base colour) and gender; a few rows lack one of them.

Who wrote what: every text is from the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot, greedy, 50 new
tokens for the caption and 30 for answers, prompt `Question: ... Answer:`. The job asks, per product, a caption,
"What is she wearing?" ("the person" where the feed has no gender), one color question per visible piece (kurta or
anarkali or saree; palazzos, trousers, churidar, sharara or leggings; dupatta; blouse; a saree's border), and two
to four of: describe, details, material, pattern, garment type, "Is this a ...?". The main piece's color question,
pattern, garment type and the yes/no question are closed (enrich's --engine reference picks one candidate value);
the other pieces' color questions, wearing, describe, details and material are free generation (open). The base
model's habits: short lowercase answers, "sari"/"saree", "dress", "gown", "suit", "pants" and "scarf" for the
Indian names, one color spread over every piece (the kurta's or the saree's color given to the dupatta, bottoms or
blouse), gold zari and borders taken for the piece's color, invented collars, pockets, dupattas and fabrics, a
rare "he", an occasional loop or a long answer cut at 30 tokens, and now and then it carries on with the next
"Question: ... Answer:" of the format.

Labeling conventions and judgement calls:
- Texts are judged against the photo as described in each `# photo:` comment, not against the seller's columns;
  where the seller's color is a coarse or shaded name (Teal, Burgundy, Off White) the photo decides.
- A shade in the same family is correct: red or maroon for maroon or burgundy-red, pink for peach or magenta, blue
  or navy for indigo, white for cream or off-white, purple for lavender, yellow for mustard, orange for rust, teal
  answered as blue or green. A different family is a failure.
- other_garment_color: a free-generation text (caption included) that gives one piece the color of another piece
  in the photo (the kurta's pink to the dupatta, the saree's gold zari to the blouse). A closed answer that gives
  the main piece another piece's color is labelled contradiction, since the reference engine only picked a wrong
  candidate; so is any color no piece has (a backdrop's color, a trim's color for the whole piece).
- contradiction also covers a wrong garment (lehenga for an anarkali set, "no" to "Is this a kurta?" for a kurta,
  "yes" to "Is this a lehenga?" for a saree) and a wrong pattern. A closed garment type "dress" for a row the seller
  files as Kurtas or Kurta Sets is a contradiction (the candidate "kurta" was there); in free text "dress", "gown"
  or "anarkali dress" for an anarkali is an acceptable description, and "suit" for a kurta set too.
- unsupported: an invented detail nothing in the photo or title backs (a collar, pockets, a dupatta, a belt,
  sequins), or a fabric the title contradicts (silk for a pure cotton title, chiffon for georgette). A fabric guess
  with no fabric in the title is correct only when the photo plainly shows it (velvet, net, kasavu cotton).
- non_answer: a reply that says nothing about the question: yes or no to an open question, one color word to
  "What is she wearing?" or to a details question, the bare garment noun back ("a kurta" to "Describe the kurta.").
- restated: a sentence that only turns the question around ("the saree details", "the saree is a saree").
- leak: the text carries a "Question:" or "Answer:" of the prompt format, whatever else it says.
- loop: the same phrase repeated until the token limit (hit_limit=True); cut: a long answer stopped mid-phrase at
  the limit (hit_limit=True). A loop that is also cut is labelled loop.
- pronoun: "he"/"his" for these women models. One failure label per text: the most salient one.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern


def she(text, failure=None, hit_limit=False):
    """The job's wearing question for a row whose gender is Women."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def piece(garment, text, failure=None, hit_limit=False):
    """A secondary piece's color question (bottoms, dupatta, blouse, border): free generation."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1133 = [
    # photo: rani pink straight cotton kurta with small white floral print, round neck, three-quarter sleeves; white
    # palazzos; white chiffon dupatta with a pink border over the left shoulder; silver jhumkas, tan juttis; white
    # backdrop; front view. Base model, all texts.
    case(
        "X1133-001",
        caption("a woman wearing a pink kurta with pink palazzo pants and a white dupatta", "other_garment_color"),
        she("a pink and white floral print kurta"),
        color_of("kurta", "pink"),
        piece("palazzos", "white"),
        piece("dupatta", "pink", "other_garment_color"),
        describe("kurta", "a pink kurta with white flowers and a round neck"),
        details("kurta", "the kurta has a collar and buttons down the front", "unsupported"),
        material("cotton"),
        title="Libas Women Pink & White Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon georgette anarkali kurta, floor-length flare, full sleeves, gold zari embroidery on the yoke and
    # the sleeve hems; matching maroon churidar; no dupatta; gold jhumkas; light grey backdrop; front view, one hand
    # holding out the flare. Base model, all texts.
    case(
        "X1133-002",
        caption("a woman in a red anarkali dress with gold embroidery"),
        she("a maroon dress"),
        color_of("anarkali", "maroon"),
        piece("churidar", "maroon"),
        details("anarkali", "gold embroidery on the neck and sleeves and a gold belt at the waist", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        material("silk", "unsupported"),
        title="Sangria Women Maroon Embroidered Georgette Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal Banarasi saree with small gold zari buttis and a broad gold border, pallu over the left shoulder;
    # teal blouse with a gold band at the sleeve; gold jhumkas; off-white backdrop; front view. Base model.
    case(
        "X1133-003",
        caption("a woman in a blue saree with a gold border"),
        she("a sari"),
        color_of("saree", "teal"),
        piece("blouse", "gold", "other_garment_color"),
        describe(
            "saree",
            "a blue silk saree with gold zari work and a gold border, the pallu is draped over her left shoulder and "
            "she is wearing gold earrings and a",
            "cut",
            hit_limit=True,
        ),
        details(
            "saree",
            "the saree has a gold border and the pallu has a gold border and the pallu has a gold border and the pallu",
            "loop",
            hit_limit=True,
        ),
        material("silk"),
        title="Mitera Teal & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: mustard yellow straight kurta with a white ethnic-motif print, round neck with a gotta-trimmed yoke,
    # three-quarter sleeves, no pockets; white trousers; no dupatta; white juttis; a potted plant on the left; white
    # backdrop; front view. Base model.
    case(
        "X1133-004",
        caption("a woman in a yellow kurta and white pants standing next to a plant"),
        she("yellow kurta and white pants"),
        color_of("kurta", "white", "contradiction"),
        piece("trousers", "white"),
        describe("kurta", "a yellow kurta with a white print"),
        pattern("striped", "contradiction"),
        details("kurta", "the kurta has a v-neck and a pocket on the side", "unsupported"),
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: black georgette saree with all-over silver sequins and a thin silver border; black sleeveless blouse; a
    # silver clutch in her hand; grey backdrop; three-quarter view. Base model.
    case(
        "X1133-005",
        caption("a woman in a black saree holding a silver purse"),
        she("she is wearing a black sari with silver sequins"),
        color_of("saree", "black"),
        piece("blouse", "black"),
        describe("saree", "a black saree with silver sequins on it"),
        details("saree", "the saree has a red border", "contradiction"),
        material("chiffon", "unsupported"),
        is_a("saree", "yes"),
        title="KALINI Black Embellished Sequinned Pure Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue A-line kurta with white floral block print; solid navy palazzos; white cotton dupatta with
    # navy tassels; oxidised silver jhumkas; white backdrop; front view. The feed row has no gender. Base model.
    case(
        "X1133-006",
        caption(
            "a woman in a blue and white printed kurta with palazzo pants and a white scarf and a white handbag",
            "unsupported",
        ),
        wearing("a blue kurta with white flowers"),
        color_of("kurta", "navy blue"),
        piece("palazzos", "white", "other_garment_color"),
        piece("dupatta", "white"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        material("cotton"),
        title="Jaipur Kurti Women Navy Blue & White Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # photo: peach anarkali kurta with silver gota and mirror work on the yoke; peach churidar; peach organza dupatta
    # with a silver gota border over both arms; silver jhumkas; pale pink backdrop; front view. Base model.
    case(
        "X1133-007",
        caption("a woman in a pink anarkali suit with a dupatta"),
        she("a peach colored anarkali"),
        color_of("anarkali", "peach"),
        piece("churidar", "light pink"),
        piece("dupatta", "white", "contradiction"),
        describe(
            "anarkali",
            "a long peach dress with silver embroidery on the top and silver sequins all over the skirt",
            "unsupported",
        ),
        details(
            "anarkali",
            "mirror work, mirror work, mirror work, mirror work, mirror work, mirror work, mirror work, mirror work,",
            "loop",
            hit_limit=True,
        ),
        title="Indo Era Women Peach-Coloured Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: red Kanjeevaram silk saree with gold zari checks, a wide gold border and a gold pallu; contrast green
    # blouse with a gold border; temple-jewellery necklace and earrings; white backdrop; front view. Base model.
    case(
        "X1133-008",
        caption("a woman in a red and gold saree with a red blouse", "other_garment_color"),
        she("a red sari"),
        color_of("saree", "red"),
        piece("blouse", "red", "other_garment_color"),
        piece("border", "gold"),
        describe(
            "saree",
            "a red silk saree with a gold border and a gold pallu, the saree is worn with a green blouse and a gold "
            "necklace and gold earrings and a gold",
            "cut",
            hit_limit=True,
        ),
        material("silk"),
        title="Pothys Red & Green Zari Woven Pure Silk Kanjeevaram Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: olive green straight kurta with white thread embroidery at the neck and hem; cream trousers; cream
    # dupatta; model in a side pose; white backdrop. Base model.
    case(
        "X1133-009",
        caption("a woman in a green kurta and white pants"),
        she("he is wearing a green kurta and white pants", "pronoun"),
        color_of("kurta", "olive"),
        piece("trousers", "green", "other_garment_color"),
        piece("dupatta", "cream"),
        describe("kurta", "a green kurta with white embroidery"),
        details("kurta", "the kurta has a belt at the waist", "unsupported"),
        title="W Women Olive Green Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender organza saree with a floral embroidered border in pink and silver; lavender sleeveless blouse;
    # pearl earrings; white backdrop; she holds the pallu out with one hand. Base model.
    case(
        "X1133-010",
        caption("a woman in a purple saree"),
        she("purple sari"),
        color_of("saree", "pink", "contradiction"),
        piece("blouse", "lavender"),
        describe("saree", "a light purple saree with flowers on the border"),
        details("saree", "flowers on the border Question: what is the color of the blouse? Answer: purple", "leak"),
        material("net", "unsupported"),
        title="Satrani Lavender Floral Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: white cotton anarkali kurta with a blue floral print, flared, three-quarter sleeves; worn over white
    # leggings (not part of the product); no dupatta; blue juttis; white backdrop; front view. Base model.
    case(
        "X1133-011",
        caption("a woman in a white and blue floral dress"),
        she("a white and blue floral print dress with blue leggings", "other_garment_color"),
        garment_type("dress", "contradiction"),
        color_of("kurta", "white"),
        piece("leggings", "blue", "other_garment_color"),
        pattern("floral"),
        details("kurta", "the kurta has a flared hem and three quarter sleeves"),
        title="Biba Women White & Blue Floral Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow cotton saree with a maroon border and small maroon buttis; maroon blouse; a red bindi;
    # light grey backdrop; she stands next to a wooden stool. Base model.
    case(
        "X1133-012",
        caption("a woman in a yellow and red saree standing next to a stool"),
        she("a yellow saree with a red border"),
        color_of("saree", "maroon", "contradiction"),
        piece("blouse", "maroon"),
        describe(
            "saree",
            "a yellow saree with a red border and small red motifs all over, the blouse is red and she is standing "
            "next to a wooden stool with her",
            "cut",
            hit_limit=True,
        ),
        details("saree", "the saree is yellow and the blouse is yellow", "other_garment_color"),
        material("silk", "unsupported"),
        is_a("saree", "yes"),
        title="Saree mall Mustard & Maroon Woven Design Cotton Blend Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: black straight rayon kurta with a gold foil print, round neck; black palazzos with a gold foil band at
    # the hem; no dupatta; a small gold potli bag in her hand; grey backdrop; front view. Base model.
    case(
        "X1133-013",
        caption("a woman in a black and gold kurta holding a purse"),
        she("black", "non_answer"),
        color_of("kurta", "gold", "contradiction"),
        piece("palazzos", "black"),
        describe("kurta", "a black kurta with gold print and a mandarin collar", "unsupported"),
        pattern("solid", "contradiction"),
        details("kurta", "gold print on the kurta and the palazzos"),
        title="GoSriKi Women Black & Gold-Toned Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: magenta chiffon saree dyed ombre into orange towards the pallu, thin gold border; orange blouse; white
    # backdrop; three-quarter view with her back half turned to show the pallu. Base model.
    case(
        "X1133-014",
        caption("a woman in a pink and orange saree"),
        she("a pink sari"),
        color_of("saree", "magenta"),
        piece("blouse", "pink", "other_garment_color"),
        describe("saree", "a pink saree with an orange blouse and a pink border", "contradiction"),
        details(
            "saree",
            "the saree is pink and orange and pink and orange and pink and orange and pink and orange and pink and",
            "loop",
            hit_limit=True,
        ),
        material("chiffon"),
        title="Mimosa Magenta & Orange Ombre Dyed Chiffon Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: bottle green velvet anarkali, full sleeves, gold zari embroidery at the neckline and hem; green churidar;
    # gold net dupatta with a gold border; gold heels, a maang tikka; beige backdrop; front view. Base model.
    case(
        "X1133-015",
        caption("a woman in a green and gold lehenga", "contradiction"),
        she("a green velvet dress with gold embroidery"),
        color_of("anarkali", "green"),
        piece("churidar", "green"),
        piece("dupatta", "green", "other_garment_color"),
        describe("anarkali", "the anarkali", "restated"),
        material("velvet"),
        details(
            "anarkali",
            "gold embroidery on the neckline and the hem, the sleeves are full length and the dupatta is gold with a "
            "gold border on the",
            "cut",
            hit_limit=True,
        ),
        title="Aurelia Women Green Embroidered Velvet Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: rust orange straight kurta with mirror embroidery on the yoke, otherwise solid; rust palazzos; mustard
    # bandhani dupatta with red and white dots; kolhapuri chappals; white backdrop; front view. Base model.
    case(
        "X1133-016",
        caption("a woman in an orange kurta with a yellow dupatta"),
        she("she is wearing an orange kurta and a yellow dupatta"),
        color_of("kurta", "rust"),
        piece("palazzos", "yellow", "other_garment_color"),
        piece("dupatta", "yellow and red"),
        describe("kurta", "an orange kurta with mirror work"),
        pattern("floral", "contradiction"),
        details("dupatta", "the dupatta is the dupatta", "restated"),
        title="Varanga Women Rust Embroidered Kurta with Palazzos & Bandhani Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: navy blue silk-blend saree with a silver zari border and small silver woven motifs; navy blouse with a
    # silver border; white backdrop; front view. Base model.
    case(
        "X1133-017",
        caption("a woman in a blue saree with a silver border"),
        she("he is wearing a blue sari", "pronoun"),
        color_of("saree", "navy blue"),
        piece("blouse", "navy"),
        describe("saree", "a navy blue saree with a silver zari border and silver motifs"),
        material("cotton", "unsupported"),
        details("saree", "Question: What are the saree details? Answer: silver border", "leak"),
        title="Kalamandir Navy Blue & Silver-Toned Zari Silk Blend Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white cotton kurta with a red floral print, round neck; solid red palazzos; no dupatta; white brick
    # wall behind her; front view. Base model.
    case(
        "X1133-018",
        caption("a woman standing in front of a white brick wall"),
        she("a white kurta with red flowers and red pants"),
        color_of("kurta", "red", "contradiction"),
        piece("palazzos", "red"),
        describe("kurta", "a white kurta with red flowers and a white collar", "unsupported"),
        material("cotton"),
        details("kurta", "white", "non_answer"),
        is_a("kurta", "yes"),
        title="Janasya Women Off White & Red Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: lemon yellow georgette anarkali, floor-length, sheer full sleeves, white thread embroidery on the yoke;
    # no dupatta; gold heels; white backdrop; front view, mid-twirl. Base model.
    case(
        "X1133-019",
        caption("a woman in a yellow gown twirling"),
        she("a yellow dress"),
        garment_type("dress", "contradiction"),
        color_of("anarkali", "yellow"),
        describe(
            "anarkali",
            "a long yellow dress with white embroidery on the top and long sheer sleeves, she is wearing gold heels "
            "and gold earrings and her hair is",
            "cut",
            hit_limit=True,
        ),
        details("anarkali", "she is wearing a yellow anarkali with a red dupatta", "unsupported"),
        material("cotton", "unsupported"),
        title="Ishin Women Yellow Embroidered Georgette Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey crepe saree with a pink geometric print and a pink border; pink blouse; white backdrop; front
    # view. Base model.
    case(
        "X1133-020",
        caption("a woman in a grey and pink saree"),
        she("a saree"),
        color_of("saree", "grey"),
        piece("blouse", "grey", "other_garment_color"),
        describe(
            "saree",
            "a grey saree with a pink geometric print and a pink border, the blouse is pink and the pallu is draped "
            "over her shoulder and the saree is",
            "cut",
            hit_limit=True,
        ),
        pattern("geometric"),
        details(
            "saree",
            "pink border, pink blouse, pink border, pink blouse, pink border, pink blouse, pink border, pink blouse,",
            "loop",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Anouk Grey & Pink Geometric Printed Crepe Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: lavender straight kurta with white floral thread embroidery; lavender trousers; lavender organza dupatta
    # with white embroidered buttis; white backdrop; front view. The feed row has no color. Base model.
    case(
        "X1133-021",
        caption("a woman in a purple kurta"),
        she("purple", "non_answer"),
        color_of("kurta", "lavender"),
        piece("trousers", "white", "contradiction"),
        piece("dupatta", "purple"),
        describe("kurta", "a purple kurta with white embroidery"),
        details("kurta", "a purple kurta with white embroidery and a white dupatta", "contradiction"),
        title="Kasee Women Lavender Floral Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: off-white Kerala kasavu cotton saree with a gold border; contrast green blouse; jasmine flowers in her
    # hair; white backdrop; front view. Base model.
    case(
        "X1133-022",
        caption("a woman in a white saree with a gold border and a green blouse"),
        she("he is wearing a white and gold sari", "pronoun"),
        color_of("saree", "gold", "contradiction"),
        piece("blouse", "white", "other_garment_color"),
        describe("saree", "a traditional kerala saree"),
        details("saree", "the saree details", "restated"),
        material("cotton"),
        title="Ethnovog Off White & Gold-Toned Kasavu Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue anarkali with a white and orange ethnic-motif print; navy churidar; solid orange dupatta held
    # in one hand; white backdrop; front view. Base model.
    case(
        "X1133-023",
        caption("a woman in a blue dress with an orange scarf"),
        she("she is wearing a blue anarkali suit with an orange dupatta"),
        color_of("anarkali", "orange", "contradiction"),
        piece("churidar", "orange", "other_garment_color"),
        piece("dupatta", "orange"),
        describe("anarkali", "a blue dress with orange flowers"),
        is_a("anarkali", "no", "contradiction", article="an"),
        title="AHIKA Women Navy Blue & Orange Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle green net saree with sequin embroidery; green blouse; green glass bangles; a dusty pink wall
    # behind her; front view. Base model.
    case(
        "X1133-024",
        caption("a woman in a green saree standing in front of a pink wall"),
        she("a green saree and a pink blouse", "contradiction"),
        color_of("saree", "green"),
        piece("blouse", "green"),
        describe("saree", "a green saree with a pink border", "contradiction"),
        material("net"),
        details(
            "saree",
            "sequins all over the saree and the blouse, the pallu is draped over her left shoulder and she is wearing "
            "green bangles and a green",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Green Embellished Net Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: blue and white vertically striped cotton kurta with side pockets, round neck; white palazzos; no dupatta;
    # white juttis; white backdrop; front view, one hand in a pocket. Base model.
    case(
        "X1133-025",
        caption("a woman in a blue and white striped kurta with her hand in her pocket"),
        she("a striped kurta and white pants"),
        color_of("kurta", "blue"),
        piece("palazzos", "blue", "other_garment_color"),
        pattern("striped"),
        describe("kurta", "a blue and white striped kurta with pockets"),
        details(
            "kurta",
            "the kurta has pockets on the side and a round neck and the palazzos are white and the palazzos are white "
            "and the palazzos are",
            "loop",
            hit_limit=True,
        ),
        material("denim", "unsupported"),
        title="Anouk Women Blue & White Striped Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon Banarasi saree with gold zari weave and a gold border; maroon blouse; a gold choker; she holds a
    # brass pooja thali with marigolds and a diya; white backdrop; front view. Base model.
    case(
        "X1133-026",
        caption("a woman in a red saree holding a plate of flowers"),
        she("a red saree and gold jewelry"),
        color_of("saree", "maroon"),
        piece("blouse", "gold", "other_garment_color"),
        describe("saree", "a red saree with a gold border Question: what is she holding? Answer: a plate", "leak"),
        material("silk"),
        details("saree", "gold", "non_answer"),
        title="Varkala Silk Sarees Maroon & Gold-Toned Woven Design Zari Banarasi Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: black anarkali kurta with a multicolour floral print (pink and green); black leggings (not part of the
    # product); no dupatta; barefoot; white backdrop; front view. Base model.
    case(
        "X1133-027",
        caption("a woman in a black floral dress and black boots", "unsupported"),
        she("a black dress with pink flowers"),
        color_of("kurta", "black"),
        piece("leggings", "black"),
        pattern("floral"),
        describe("kurta", "a black kurta with pink flowers on it and a pink dupatta", "unsupported"),
        garment_type("kurta"),
        details(
            "kurta",
            "she's wearing a black dress with pink and green flowers on it. she's wearing black leggings. she's "
            "wearing black",
            "loop",
            hit_limit=True,
        ),
        title="Tikhi Imli Women Black Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: baby pink kurta with gold gota patti on the V neck and hem, three-quarter sleeves; pink sharara; pink
    # dupatta with a gold border; white backdrop; front view. Base model.
    case(
        "X1133-028",
        caption("a woman in a pink kurta with a pink dupatta"),
        she("a pink outfit"),
        color_of("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "white", "contradiction"),
        describe(
            "kurta",
            "a pink kurta with gold embroidery and a pink dupatta and a pink sharara with gold embroidery and a pink "
            "dupatta with",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a collar and buttons", "unsupported"),
        title="Libas Women Pink Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: white poly-georgette saree with a black abstract print; black blouse; white backdrop; front view. Base
    # model.
    case(
        "X1133-029",
        caption("a woman in a black and white saree"),
        she("he is wearing a black and white sari", "pronoun"),
        color_of("saree", "black", "contradiction"),
        piece("blouse", "black"),
        describe("saree", "a black saree with a white print", "contradiction"),
        pattern("abstract"),
        material("georgette"),
        details("saree", "black print all over and a black blouse"),
        title="Mitera White & Black Abstract Printed Poly Georgette Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: teal straight kurta with gold yoke embroidery; teal trousers; gold-beige dupatta; white backdrop; front
    # view. Base model.
    case(
        "X1133-030",
        caption("a woman wearing a green kurta with a gold dupatta and gold pants", "other_garment_color"),
        she("a teal kurta"),
        color_of("kurta", "teal"),
        piece("trousers", "gold", "other_garment_color"),
        piece("dupatta", "beige"),
        describe("kurta", "a kurta", "non_answer"),
        details("kurta", "gold embroidery on the neck"),
        title="Biba Women Teal Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: wine-red (burgundy) georgette anarkali with all-over sequins; burgundy churidar; burgundy net dupatta; a
    # maang tikka; white backdrop; front view. Base model.
    case(
        "X1133-031",
        caption("a woman in a purple dress with sequins", "contradiction"),
        she("a red anarkali suit"),
        color_of("anarkali", "burgundy"),
        piece("churidar", "red"),
        piece("dupatta", "red"),
        describe("anarkali", "a red anarkali with sequins all over"),
        material("velvet", "unsupported"),
        details(
            "anarkali",
            "Question: What are the anarkali details? Answer: Question: What are the anarkali details? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Anouk Women Burgundy Sequinned Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: peach organza saree with a hand-painted floral print; peach blouse with puff sleeves; outdoor garden
    # backdrop with greenery; front view. Base model.
    case(
        "X1133-032",
        caption("a woman in a peach saree standing in a garden"),
        she("a peach saree with flowers"),
        color_of("saree", "green", "contradiction"),
        piece("blouse", "peach"),
        describe("saree", "a pink floral saree"),
        details(
            "saree", "the blouse has puff sleeves Question: what is the color of the blouse? Answer: peach", "leak"
        ),
        material("cotton", "unsupported"),
        title="Tikhi Imli Peach-Coloured Floral Printed Organza Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: cherry red kurta with a white bandhani dot print; white churidar; red and white bandhani dupatta; white
    # backdrop; front view. The feed row has no category. Base model.
    case(
        "X1133-033",
        caption("a woman in a red and white outfit"),
        she("a red kurta"),
        color_of("kurta", "red"),
        piece("churidar", "red", "other_garment_color"),
        piece("dupatta", "red and white"),
        pattern("printed"),
        describe("kurta", "red", "non_answer"),
        details(
            "kurta",
            "she is wearing a red kurta with white dots and a red and white dupatta. she is wearing a red kurta with "
            "white",
            "loop",
            hit_limit=True,
        ),
        title="Rangmayee Women Red Bandhani Printed Kurta with Churidar & Dupatta",
        color="Red",
        gender="Women",
    ),
    # photo: royal blue patola-print silk-blend saree with pink ethnic geometric motifs; pink blouse; white backdrop;
    # front view. Base model.
    case(
        "X1133-034",
        caption("a woman in a blue saree with a blue blouse", "other_garment_color"),
        she("she is wearing a saree"),
        color_of("saree", "pink", "contradiction"),
        piece("blouse", "blue", "other_garment_color"),
        describe("saree", "a blue and pink saree with a geometric pattern"),
        details("saree", "the saree is a saree", "restated"),
        material("silk"),
        title="Saree mall Blue & Pink Ethnic Motifs Printed Patola Silk Blend Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: white pure cotton kurta with white chikankari floral embroidery; white palazzos; no dupatta; beige
    # backdrop; front view. Base model; every text right.
    case(
        "X1133-035",
        caption("a woman in a white kurta and white pants"),
        she("a white kurta and white palazzo pants"),
        color_of("kurta", "white"),
        piece("palazzos", "white"),
        describe("kurta", "a white kurta with white embroidery"),
        details("kurta", "floral embroidery"),
        material("cotton"),
        is_a("saree", "no"),
        title="Ada Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: sky blue anarkali kurta with white thread embroidery; white churidar; white dupatta with a sky blue
    # border; white backdrop; front view. Base model.
    case(
        "X1133-036",
        caption("a woman in a blue and white anarkali with a dupatta"),
        she("he is wearing a blue anarkali and white churidar", "pronoun"),
        color_of("anarkali", "white", "contradiction"),
        piece("churidar", "white"),
        piece("dupatta", "blue", "other_garment_color"),
        describe("anarkali", "a light blue kurta with white embroidery"),
        details("anarkali", "the dupatta has a blue border and the churidar is white"),
        title="W Women Blue Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: gold tissue saree with a maroon border; maroon blouse; white backdrop; front view. Base model.
    case(
        "X1133-037",
        caption("a woman in a gold saree"),
        she("gold", "non_answer"),
        color_of("saree", "gold"),
        piece("blouse", "gold", "other_garment_color"),
        describe("saree", "a gold saree with a red border"),
        details("saree", "Answer: gold zari", "leak"),
        title="Kalini Gold-Toned & Maroon Zari Tissue Saree",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: peach kurta with a green floral print; solid green palazzos; no dupatta; small gold studs; light blue
    # backdrop; front view. Base model.
    case(
        "X1133-038",
        caption("a woman in a peach and green outfit standing against a blue wall"),
        she("she is wearing a peach kurta and green pants"),
        color_of("kurta", "green", "contradiction"),
        piece("palazzos", "green"),
        describe("kurta", "a peach kurta with green flowers and a green collar", "unsupported"),
        details(
            "kurta",
            "a peach kurta with green flowers and green pants. she is also wearing a green dupatta",
            "unsupported",
        ),
        pattern("floral"),
        title="Sangria Women Peach & Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: purple Paithani silk saree: purple body, green border and green pallu with woven peacock motifs; green
    # blouse; white backdrop; front view. Base model.
    case(
        "X1133-039",
        caption("a woman in a purple and green saree with a peacock design"),
        she("a purple sari with a purple blouse", "other_garment_color"),
        color_of("saree", "purple"),
        piece("blouse", "purple", "other_garment_color"),
        piece("border", "green"),
        describe(
            "saree", "a purple saree with a green border and a green pallu with peacocks on it, and a green blouse"
        ),
        details("saree", "peacocks"),
        material("silk"),
        title="Pothys Purple & Green Paithani Woven Design Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: grey straight kurta with pink floral embroidery at the neck; grey trousers; pink dupatta; white
    # backdrop; front view. The feed row has no gender. Base model.
    case(
        "X1133-040",
        caption("a woman in a grey kurta with a pink scarf and pink pants", "other_garment_color"),
        wearing("a grey kurta and pants with a pink scarf"),
        color_of("kurta", "grey"),
        piece("trousers", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        describe(
            "kurta",
            "grey kurta grey kurta grey kurta grey kurta grey kurta grey kurta grey kurta grey kurta grey kurta",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta details are on the kurta", "restated"),
        title="Aurelia Grey Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Grey",
    ),
    # photo: red pure cotton anarkali kurta with an all-over gold print, round neck, three-quarter sleeves; worn over
    # red leggings (not part of the product); no dupatta; gold juttis; white backdrop; front view. Base model.
    case(
        "X1133-041",
        caption("a woman in a red and gold anarkali dress"),
        she("a red dress with gold print and she is wearing a red dupatta", "unsupported"),
        garment_type("kurta"),
        color_of("kurta", "red"),
        piece("leggings", "red"),
        describe(
            "kurta",
            "a long red kurta with a gold print all over and a flared skirt, the sleeves are three quarter and the "
            "neck is round with a gold",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Janasya Women Red & Gold-Toned Printed Pure Cotton Anarkali Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: mint (sea green) solid chiffon saree with a silver border; mint blouse; a silver clutch in her hand;
    # white backdrop; front view. Base model.
    case(
        "X1133-042",
        caption("a woman in a light green saree with a silver border holding a clutch"),
        she("yes", "non_answer"),
        color_of("saree", "silver", "contradiction"),
        piece("blouse", "green"),
        describe(
            "saree",
            "the saree is light green in color and has a silver border and the blouse is light green in color and has "
            "a silver border and",
            "loop",
            hit_limit=True,
        ),
        details("saree", "the saree details", "restated"),
        title="Mimosa Sea Green Solid Chiffon Saree with Silver Border",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: maroon velvet kurta with gold embroidery on the yoke; maroon palazzos; gold-beige net dupatta; white
    # backdrop; front view. Base model.
    case(
        "X1133-043",
        caption("a woman in a maroon kurta with a gold dupatta"),
        she(
            "she is wearing a maroon velvet kurta Question: What is the color of the dupatta? Answer: gold",
            "leak",
        ),
        color_of("kurta", "maroon"),
        piece("palazzos", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        describe("kurta", "a maroon velvet kurta with gold embroidery"),
        material("velvet"),
        details("kurta", "the kurta is maroon and the dupatta is maroon", "other_garment_color"),
        title="Biba Women Maroon Embroidered Velvet Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: half-and-half saree: black body, red pallu; red blouse; white backdrop; front view. Base model.
    case(
        "X1133-044",
        caption("a woman in a black and red saree"),
        she("he is wearing a black and red sari", "pronoun"),
        color_of("saree", "black"),
        piece("blouse", "black", "other_garment_color"),
        describe("saree", "Describe the saree. a black and red saree", "restated"),
        details("saree", "the pallu is red"),
        is_a("lehenga", "yes", "contradiction"),
        title="Satrani Black & Red Half and Half Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: indigo pure cotton kurta with a white dabu print, round neck, three-quarter sleeves; white palazzos with
    # a small indigo print; no dupatta; oxidised silver necklace; white backdrop; front view. The feed row has no
    # color. Base model.
    case(
        "X1133-045",
        caption("a woman in a blue and white printed kurta"),
        she("she is wearing a blue kurta and white pants and a silver necklace"),
        color_of("kurta", "white", "contradiction"),
        piece("palazzos", "white"),
        describe(
            "kurta",
            "a blue kurta with a white print, a round neck and three quarter sleeves, the kurta is paired with white "
            "palazzos with a blue print and",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        details("kurta", "yes", "non_answer"),
        title="Vishudh Women Indigo Dabu Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: mustard anarkali with a maroon and green floral print; mustard churidar; solid maroon dupatta spread out
    # behind her with both hands; white backdrop; front view. Base model.
    case(
        "X1133-046",
        caption("a woman in a yellow anarkali holding a red dupatta"),
        she("she is wearing a yellow dress with a yellow dupatta", "other_garment_color"),
        color_of("anarkali", "mustard"),
        piece("churidar", "maroon", "other_garment_color"),
        piece("dupatta", "maroon"),
        describe("anarkali", "a mustard yellow anarkali with a floral print"),
        details("anarkali", "Question: What are the anarkali details? Answer: floral print", "leak"),
        title="Indo Era Women Mustard Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
]
