"""BLIND_369 (46 products; women's ethnic kurtas, kurtis, anarkalis and kurta sets, model shots): written blind in the
forty-fifth session. Measured blind at 95e858e (the session's rules as they stood): 85/109 failures found (78.0%) and
3/145 correct texts flagged (2.1%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English feed of women's ethnic wear, drawn at random from one night's run: printed
and embroidered straight kurtas, anarkalis, short kurtis and tunics worn with jeans or leggings, and kurta sets
(kurta with palazzos, trousers, churidar or sharara, often with a dupatta, once with a sleeveless ethnic jacket).
Model shots on studio backdrops, coloured walls, curtains, a sofa, a park or a garden, some with props (a brass plate
of marigolds, a potli bag, a wooden chair). Each row has the seller's title, category, color and gender; a few rows
miss one of them (X369-022 has no gender, X369-039 no category, X369-044 no color).

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
yellow kurta and white palazzo pants") unless the comment says the caption adapter wrote them (the DeepFashion
template: "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric ..."). The adapter
has no end token, so all its texts run to the limit (50 new tokens for captions, 30 for answers, hit_limit=True), and
asked a question it returns its template. The open answers (wearing, description, details, material, neckline,
embroidery) come from the base model unless the comment names the adapter; the base model stops on its own, never
hits the limit. The closed answers (garment_type, color, pattern, sleeve_length, the per-piece colors and the yes/no
"Is this a ...?") are enrich's `--engine reference` choices from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: yellow for mustard, red for maroon or burgundy (and maroon for burgundy), blue for navy,
  indigo, cobalt or teal blue, purple for lavender or lilac, pink for peach, rose or magenta, white for off white or
  cream, orange for rust, green for teal, olive, sea green, pista or emerald. Not shades: black for navy, brown for
  olive, blue for sea green, purple for burgundy, blue for teal (the closed engine's pick) are contradiction.
- The color of a wall, curtain, sofa, trees or marigolds given as the garment's color is contradiction; the color of
  the print or trim (white dots on red, gold foil on red, the white print on black) is contradiction; the color of
  another piece of the outfit (dupatta, palazzo, jeans, jacket, trousers) is other_garment_color, in closed and open
  answers alike, and so is one color given to two garments of different colors.
- Garment synonyms: top, shirt or tunic for a kurti or a short kurta; shirt for a shirt-style or collared kurta; dress
  or gown for an anarkali; suit or salwar kameez for a kurta set; scarf for a dupatta; pants for palazzos, trousers,
  churidar or sharara; vest for a sleeveless ethnic jacket. "dress" for a straight kurta worn over visible pants or
  palazzos, "saree" for a kurta set, "tank top" for a sleeveless kurta and "no" to "Is this a kurta?" for an
  anarkali kurta are contradiction.
- Materials: one the title names is correct; chiffon for georgette is correct; net for a net gown is correct; cotton
  as a guess on a matte printed or embroidered fabric is correct; silk, wool, linen, polyester or denim that neither
  the title names nor the photo shows is unsupported; denim for a kurta titled cotton is contradiction (the title
  says otherwise).
- Invented items not in the photo (a necklace, bangles, a belt, a pocket, shoes on a photo cropped above the ankles,
  flowers on a plain fabric) are unsupported. Earrings, bangles or a bag the photo shows are correct.
- Adapter texts: a text that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut; the template given to the material question is restated even where it names a fabric. The
  template misnaming the garment (tank top for a kurta) is contradiction, hit_limit kept. Other adapter errors before
  the cut (an invented ring) are labelled cut. The template for wearing, description or details is cut or loop.
- A base answer that stops early ("a white kurta with blue", "it is made of") is cut, without hit_limit. An empty
  answer, "the details of the kurti", "the details are", "the neckline", "the embroidery is on the kurta" and "it is
  a kurta" for a description are non_answer; the material question answered with the garment's name is restated.
- A base answer running on into "Question: ... Answer: ..." is leak even when its first words are right.
- "he" or "his" for the woman is pronoun.
- garment_type is asked only where one candidate fits (top for kurtis and tunics, shirt for a shirt-style kurta).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_palazzo = question("color_palazzo", "What is the color of the palazzo?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
neckline = question("neckline", "What is the neckline of the kurta?", "open")
embroidery = question("embroidery", "What kind of embroidery is on the kurta?", "open")

BLIND_369 = [
    # photo: model in a mustard straight kurta with white floral block print, three-quarter sleeves, white palazzos,
    # white dupatta over one shoulder; plain white studio backdrop, front view, full length.
    # no adapter texts
    case(
        "X369-001",
        caption("a woman in a yellow kurta and white palazzo pants"),
        D.wearing("a yellow kurta with white pants and a white scarf"),
        color_kurta("yellow"),
        color_palazzo("yellow", "other_garment_color"),
        D.pattern("floral"),
        D.material("silk", "unsupported"),
        title="Women Mustard Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy blue flared anarkali kurta, gold zari embroidery on the yoke and cuffs, long sleeves,
    # navy churidar; beige wall with a potted plant, front view.
    # caption: adapter
    case(
        "X369-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress"),
        D.color("black", "contradiction"),
        D.details("gold embroidery on the neck"),
        D.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Women Navy Blue Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a short pink A-line cotton kurti with a small white leaf print, short sleeves, round neck, blue
    # jeans; red brick wall outdoors, front view.
    # no adapter texts
    case(
        "X369-003",
        caption("a woman in a pink top and jeans standing in front of a brick wall"),
        D.wearing("a pink top and blue jeans"),
        D.color("pink"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has a white print"),
        D.description("a pink kurti with white leaves and a mandarin collar", "unsupported"),
        title="Women Pink Printed A-Line Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a maroon velvet straight kurta with gold embroidery at the neck, maroon trousers, gold-beige net
    # dupatta draped over both arms; grey studio backdrop.
    # no adapter texts
    case(
        "X369-004",
        caption("a woman in a red outfit with a gold scarf"),
        D.wearing("a maroon kurta and a maroon scarf", "other_garment_color"),
        color_kurta("red"),
        color_dupatta("maroon", "other_garment_color"),
        D.material("velvet"),
        D.details("gold embroidery and a gold belt", "unsupported"),
        title="Women Maroon Embroidered Velvet Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white chikankari kurta, white-on-white thread embroidery, long sleeves, white straight pants;
    # bright green painted wall behind her.
    # no adapter texts
    case(
        "X369-005",
        caption("a woman in a white kurta standing in front of a green wall"),
        D.color("green", "contradiction"),
        D.wearing("a white kurta and white pants"),
        D.material("cotton"),
        embroidery("the embroidery is on the kurta", "non_answer"),
        title="Women White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a sleeveless teal kurta with mirror work on the yoke, teal palazzos, no dupatta; white studio.
    # caption and material: adapter
    case(
        "X369-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green outfit"),
        D.color("blue", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("mirror work on the neckline"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a v-shape neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Teal Mirror Work Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black straight kurta with a red and white floral print, long sleeves, black trousers, plain
    # red dupatta over the shoulders; white studio.
    # no adapter texts
    case(
        "X369-007",
        caption("a woman wearing a black floral kurta with a red scarf"),
        D.wearing("a black kurta, black pants and a black dupatta", "other_garment_color"),
        color_kurta("red", "other_garment_color"),
        color_pants("black"),
        D.pattern("floral"),
        D.description("a black kurta with red flowers Question: what color is the dupatta? Answer: red", "leak"),
        title="Women Black Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender straight kurta with tonal thread embroidery, three-quarter sleeves, off-white
    # trousers, lavender organza dupatta; pale pink wall.
    # no adapter texts
    case(
        "X369-008",
        caption("a woman in a purple kurta and white pants"),
        color_kurta("purple"),
        color_dupatta("purple"),
        color_trousers("pink", "contradiction"),
        D.material("cotton"),
        D.wearing("he is wearing a purple kurta", "pronoun"),
        title="Women Lavender Thread Work Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a rust hip-length tunic with a small black print, three-quarter bell sleeves, black leggings;
    # studio, photo cropped at the knees.
    # no adapter texts
    case(
        "X369-009",
        caption("a woman in an orange top and black leggings"),
        D.color("orange"),
        D.garment_type("top"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("bell sleeves"),
        D.description("an orange tunic with black pants and black shoes", "unsupported"),
        title="Women Rust Printed Tunic",
        category="Tunics",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a green and gold bandhani-print flared anarkali kurta, long sleeves, gold border at the hem,
    # green dupatta; garden with flowering bushes behind her.
    # caption: adapter
    case(
        "X369-010",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a long-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("green"),
        D.pattern("floral", "contradiction"),
        D.details("gold border at the bottom"),
        D.material("silk", "unsupported"),
        title="Women Green Bandhani Printed Anarkali Kurta with Dupatta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: model in a cream kurta with a blue hand-block print, three-quarter sleeves, blue palazzos; studio.
    # no adapter texts
    case(
        "X369-011",
        caption("a woman in a white kurta and blue pants"),
        color_kurta("white"),
        color_palazzo("blue"),
        D.wearing("a white and blue outfit"),
        D.material("silk", "unsupported"),
        D.description("a white kurta with blue", "cut"),
        title="Women Off White & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a yellow anarkali with a small multicolour floral print, long sleeves, yellow pants and yellow
    # dupatta, holding a brass plate heaped with orange marigolds; haldi-style set.
    # no adapter texts
    case(
        "X369-012",
        caption("a woman in a yellow dress holding a plate of flowers"),
        D.wearing("a yellow dress"),
        D.color("orange", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Yellow Floral Printed Anarkali Kurta Set",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an indigo dabu-print cotton kurta, small white floral motifs, mandarin collar with a button
    # placket, sleeves rolled to the elbow, white pants; studio.
    # no adapter texts
    case(
        "X369-013",
        caption("a woman in a blue shirt and white pants"),
        D.wearing("a blue shirt Question: what is the color of the pants? Answer: white", "leak"),
        D.color("blue"),
        D.pattern("floral"),
        D.details("a collar and buttons"),
        D.material("denim", "contradiction"),
        title="Women Indigo Dabu Print Cotton Kurta",
        category="Kurtas",
        color="Indigo",
        gender="Women",
    ),
    # photo: model in a peach georgette kurta with sequin work at the neck, long sleeves, peach sharara, peach dupatta;
    # pink studio backdrop.
    # caption and details: adapter
    case(
        "X369-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with chiffon fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink outfit"),
        color_kurta("pink"),
        D.details(
            "The shirt is with chiffon fabric and pure color patterns. It has a round neckline. The shirt is with "
            "chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women Peach Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black straight kurta with a white geometric print, long sleeves, white trousers; studio.
    # details: adapter
    case(
        "X369-015",
        caption("a woman in a black and white kurta"),
        color_kurta("white", "contradiction"),
        color_trousers("white"),
        D.wearing("a black and white outfit"),
        D.material("cotton"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The shirt is with cotton "
            "fabric and graphic patterns.",
            "loop",
            hit_limit=True,
        ),
        title="Women Black & White Geometric Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red rayon kurta with a gold foil print, red palazzos, gold dupatta; she wears earrings, no
    # necklace; studio.
    # no adapter texts
    case(
        "X369-016",
        caption("a woman in a red and gold kurta with a gold dupatta"),
        D.color("gold", "contradiction"),
        D.wearing("a red suit"),
        is_a("kurta", "yes"),
        D.details("gold print all over and a necklace", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Red Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: model sitting on a wooden cafe chair in a short olive green kurti with white embroidery on the yoke,
    # three-quarter sleeves, white jeans.
    # no adapter texts
    case(
        "X369-017",
        caption("a woman in a green top sitting on a chair"),
        D.wearing("she is wearing a green kurti and white jeans"),
        D.color("brown", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("a green kurti with white embroidery on the neck and a pocket", "unsupported"),
        title="Women Olive Green Embroidered Kurti",
        category="Kurtis",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a floor-length pink net anarkali gown with sequins, long sleeves, pink net dupatta, glass
    # bangles on one wrist, no rings visible; white studio.
    # caption: adapter
    case(
        "X369-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.material("net"),
        color_dupatta("pink"),
        D.wearing("a pink gown"),
        D.description("he is wearing a pink dress", "pronoun"),
        title="Women Pink Embellished Net Anarkali Gown with Dupatta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a beige kurta with thin black vertical stripes, long sleeves, brown palazzos; studio.
    # no adapter texts
    case(
        "X369-019",
        caption("a woman in a beige striped kurta and brown pants"),
        D.pattern("striped"),
        color_kurta("brown", "other_garment_color"),
        color_palazzo("brown"),
        D.sleeve_length("long sleeves"),
        D.description("a beige kurta with black stripes and brown", "cut"),
        title="Women Beige Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a navy kurta with a white floral print, three-quarter sleeves, v-neck, navy pants, white dupatta
    # with a navy border; grey studio.
    # caption: adapter
    case(
        "X369-020",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a blue and white suit", "pronoun"),
        color_kurta("blue"),
        color_dupatta("blue", "other_garment_color"),
        D.details("white flowers"),
        title="Women Navy Blue Floral Print Kurta Set with Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a magenta silk-blend straight kurta with a gold zari border, pink trousers, gold tissue dupatta;
    # no bangles or necklace, small studs; studio.
    # no adapter texts
    case(
        "X369-021",
        caption("a woman in a pink and gold saree", "contradiction"),
        D.wearing("a pink kurta with gold border and a gold dupatta and gold bangles", "unsupported"),
        D.color("pink"),
        D.material("silk"),
        is_a("saree", "no"),
        title="Women Magenta Silk Blend Zari Woven Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a short sky blue kurti with white chikan embroidery, short sleeves, white leggings; park with
    # green trees behind her.
    # no adapter texts
    case(
        "X369-022",
        caption("a woman in a blue top standing in a park"),
        D.wearing("a blue shirt and white pants"),
        D.color("green", "contradiction"),
        D.details("the details of the kurti", "non_answer"),
        D.sleeve_length("short sleeves"),
        title="Women Blue Chikankari Short Kurti",
        category="Kurtis",
        color="Blue",
    ),
    # photo: model in a maroon straight kurta with tonal floral embroidery, white churidar, phulkari dupatta
    # embroidered mostly in orange with green and pink; studio.
    # no adapter texts
    case(
        "X369-023",
        caption("a woman in a red kurta with a colorful dupatta"),
        color_kurta("orange", "other_garment_color"),
        color_dupatta("orange"),
        D.wearing("a red and white salwar kameez with a colorful scarf"),
        D.description("it is a kurta", "non_answer"),
        title="Women Maroon Embroidered Kurta with Churidar & Phulkari Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a sleeveless grey kurta with a black ikat print, black palazzos; studio.
    # caption: adapter
    case(
        "X369-024",
        caption(
            "The upper clothing has sleeveless, cotton fabric and graphic patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has sleeveless, cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey and black dress", "contradiction"),
        D.color("grey"),
        D.sleeve_length("sleeveless"),
        color_palazzo("grey", "other_garment_color"),
        title="Women Grey Ikat Printed Sleeveless Kurta with Palazzos",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a sea green straight kurta with tonal floral embroidery, v-neck, long sleeves, white pants;
    # white painted brick wall.
    # no adapter texts
    case(
        "X369-025",
        caption("a woman in a green kurta standing in front of a white brick wall"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.material("cotton"),
        neckline("the neckline", "non_answer"),
        D.wearing("a green kurta"),
        title="Women Sea Green Floral Embroidered Straight Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a white kurta with red thread embroidery, red palazzos, red dupatta with white pompoms; studio.
    # no adapter texts
    case(
        "X369-026",
        caption("a woman in a red and white outfit"),
        color_kurta("red", "other_garment_color"),
        color_palazzo("red"),
        D.wearing("a white kurta and red pants Question: what is the color of the dupatta? Answer:", "leak"),
        is_a("kurta", "no", "contradiction"),
        title="Women White & Red Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: side view of a model in a lilac long-sleeve tunic with white lace trim at the hem, white jeans; plain
    # white wall.
    # caption and material: adapter
    case(
        "X369-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and white jeans"),
        D.color("purple"),
        D.details("lace at the bottom"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.description("the tunic is purple and the jeans are purple", "other_garment_color"),
        title="Women Lilac Lace Detail Tunic",
        category="Tunics",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in an orange kurta with a green paisley print, long sleeves, green palazzos; studio.
    # material: adapter
    case(
        "X369-028",
        caption("a woman in an orange kurta and green pants"),
        color_kurta("orange"),
        color_palazzo("orange", "other_garment_color"),
        D.details("green paisley print on the kurta and green pants"),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        title="Women Orange Printed Kurta with Palazzo",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a black anarkali with gold gota patti at the yoke, cuffs and hem, long sleeves, black churidar,
    # black net dupatta with a gold border; dark red velvet curtain behind her.
    # no adapter texts
    case(
        "X369-029",
        caption("a woman in a black dress in front of a red curtain"),
        D.color("red", "contradiction"),
        D.wearing("a black anarkali dress"),
        D.details("gold embroidery on the neck and the sleeves and the bottom"),
        color_dupatta("gold", "contradiction"),
        title="Women Black Gota Patti Anarkali Kurta Set",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pastel pink straight kurta with mirror work, short sleeves, white palazzos, silver jhumka
    # earrings, no necklace; studio.
    # no adapter texts
    case(
        "X369-030",
        caption("a woman in a pink kurta with a pair of earrings"),
        D.wearing("a pink kurta, white pants and a necklace", "unsupported"),
        color_kurta("pink"),
        color_palazzo("pink", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.description("his kurta is pink with mirrors", "pronoun"),
        title="Women Pink Mirror Work Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a blue and white striped shirt-style cotton kurta with a collar and full button placket, long
    # sleeves, blue jeans; studio.
    # no adapter texts
    case(
        "X369-031",
        caption("a woman in a blue and white striped shirt and jeans"),
        D.pattern("striped"),
        D.garment_type("shirt"),
        D.color("white", "contradiction"),
        D.details("buttons down the front and a collar"),
        D.material("denim", "unsupported"),
        title="Women Blue Striped Shirt Style Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an emerald green silk kurta with gold zari at the neck, green sharara, green organza dupatta;
    # brass diyas on a low table beside her.
    # caption: adapter
    case(
        "X369-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green kurta and green pants"),
        color_dupatta("green"),
        D.material("silk"),
        D.details("gold zari work on the neck"),
        D.description("a green kurta with gold embroidery and a green sharara with a", "cut"),
        title="Women Green Silk Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a short yellow kurti with a white chevron print, short sleeves, blue jeans; studio.
    # no adapter texts
    case(
        "X369-033",
        caption("a woman in a yellow and white top"),
        D.color("yellow"),
        D.wearing("a yellow top and blue jeans"),
        D.description("a yellow kurti with a white", "cut"),
        D.material("it is made of fabric", "non_answer"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Yellow Chevron Printed Kurti",
        category="Kurtis",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a coffee brown kurta with a small cream floral print, long sleeves, cream palazzos, cream
    # dupatta; studio.
    # no adapter texts
    case(
        "X369-034",
        caption("a woman in a brown kurta with a white dupatta"),
        D.wearing("a white kurta and white pants", "other_garment_color"),
        D.color("brown"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        D.details("the details are", "non_answer"),
        title="Women Brown Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a blue printed long-sleeve kurta under a sleeveless off-white ethnic jacket, blue pants; studio.
    # material: adapter
    case(
        "X369-035",
        caption("a woman in a white jacket over a blue kurta"),
        D.wearing("a blue kurta, a white vest and blue pants"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Blue Printed Kurta with Ethnic Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red knee-length kurta with white polka dots, long sleeves, no pockets, white pants; studio.
    # wearing: adapter
    case(
        "X369-036",
        caption("a woman in a red polka dot kurta"),
        D.wearing(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.description("a red kurta with white dots and a pocket", "unsupported"),
        D.material("cotton"),
        title="Women Red Polka Dot Print Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: model in a teal blue straight kurta with small woven gold buttis, cream trousers; studio.
    # no adapter texts
    case(
        "X369-037",
        caption("a woman in a blue kurta with gold dots"),
        D.material("a blue kurta", "restated"),
        color_kurta("blue"),
        color_trousers("blue", "other_garment_color"),
        D.wearing("she is wearing a blue kurta and white pants"),
        title="Women Teal Blue Woven Design Kurta with Trousers",
        category="Kurta Sets",
        color="Teal Blue",
        gender="Women",
    ),
    # photo: model in a sleeveless pista green tiered anarkali kurta, v-neck, pink dupatta, glass bangles on her
    # wrist; pink studio backdrop.
    # caption and details: adapter
    case(
        "X369-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. There is a ring "
            "on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green dress with a pink scarf"),
        D.color("pink", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a v-shape neckline. The dress is of long "
            "length. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Pista Green Tiered Anarkali Kurta with Dupatta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: model sitting on a blue sofa in an off-white kurta with multicolour aari floral embroidery, long sleeves,
    # off-white pants.
    # no adapter texts
    case(
        "X369-039",
        caption("a woman in a white kurta sitting on a blue couch"),
        D.color("blue", "contradiction"),
        D.wearing("a white kurta with colorful embroidery"),
        D.details("colorful flowers on the front"),
        D.material("wool", "unsupported"),
        title="Women Off-White Aari Embroidered Kurta Set",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a short black kurti with mirror embroidery at the neck, three-quarter sleeves, blue jeans;
    # studio.
    # no adapter texts
    case(
        "X369-040",
        caption("a woman in a black top and blue jeans"),
        D.color("blue", "other_garment_color"),
        is_a("kurta", "yes"),
        D.wearing("he is wearing a black shirt and jeans", "pronoun"),
        D.description("a black kurti with mirror work"),
        title="Women Black Embroidered Short Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: model in a rose pink straight kurta with gold embroidery on the yoke, rose pink trousers and a rose pink
    # dupatta; studio, cropped at mid-calf.
    # no adapter texts
    case(
        "X369-041",
        caption("a woman in a pink kurta and pink pants with a pink dupatta"),
        color_trousers("pink"),
        color_dupatta("pink"),
        D.details("gold embroidery on the yoke Question: what is the material of the kurta? Answer: cotton", "leak"),
        D.material("cotton"),
        D.wearing("she is wearing a pink kurta and a pink dupatta and pink pants and pink shoes", "unsupported"),
        title="Women Pink Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a yellow kurta with a green floral print, three-quarter sleeves, green palazzos; studio.
    # caption and description: adapter
    case(
        "X369-042",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        color_kurta("yellow"),
        color_palazzo("green"),
        D.wearing("a yellow kurta and yellow pants", "other_garment_color"),
        title="Women Yellow & Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a burgundy georgette kurta with knife pleats from the yoke, long sleeves, burgundy palazzos;
    # studio.
    # no adapter texts
    case(
        "X369-043",
        caption("a woman in a maroon kurta and maroon palazzo pants"),
        D.pattern("striped", "contradiction"),
        D.material("chiffon"),
        D.wearing("a red outfit"),
        D.color("purple", "contradiction"),
        title="Women Burgundy Pleated Georgette Kurta with Palazzos",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a cobalt blue kurta with a white floral print, long sleeves, white palazzos, cobalt blue
    # dupatta; studio. The feed row has no color.
    # no adapter texts
    case(
        "X369-044",
        caption("a woman in a blue floral dress and white pants", "contradiction"),
        D.wearing("a blue kurta with white palazzos and a blue dupatta"),
        color_palazzo("white"),
        color_dupatta("white", "other_garment_color"),
        D.pattern("floral"),
        title="Cobalt Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: model in a mustard hip-length kurti with black thread embroidery at the neck, three-quarter sleeves,
    # black palazzos; studio.
    # no adapter texts
    case(
        "X369-045",
        caption("a woman in a yellow top and black pants"),
        D.wearing("a yellow kurta and black pants"),
        D.details("black thread embroidery on the neck and the", "cut"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("", "non_answer"),
        title="Women Mustard Embroidered Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a green straight kurta with a white print, long sleeves, white trousers, holding a gold potli
    # bag; no belt; beige wall.
    # no adapter texts
    case(
        "X369-046",
        caption("a woman in a green kurta holding a bag"),
        D.wearing("a green kurta, white pants and a bag"),
        color_trousers("green", "other_garment_color"),
        D.description("a green kurta with white print and a gold belt", "unsupported"),
        is_a("dress", "no"),
        title="Women Green Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
]
