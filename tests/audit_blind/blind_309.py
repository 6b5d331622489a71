"""BLIND_309 (46 products; women's kurtas, kurtis and kurta sets, model shots): written blind in the forty-third
session. Measured blind at f4df4c4 (the session's rules as they stood): 112/133 failures found (84.2%) and 3/153
correct texts flagged (2.0%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's ethnic wear: straight, A-line and anarkali kurtas, short
kurtis worn with jeans, and kurta sets with palazzos, trousers, churidars and dupattas. Model shots, mostly front
view, on studio backdrops (white, grey, beige, pastel walls), some with props (a wooden door, a brick wall, a sofa,
a stool, a basket, potted plants) or outdoors (a garden, a street). Prints and work are everywhere: foil and block
prints, floral prints, leheriya stripes, ikat, tie-dye, chikankari, zari, gota, mirror work, sequins. Each row has
the seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: three models, each on part of the items, as in the original experiments. The untuned base
`Salesforce/blip2-opt-2.7b` writes short lowercase texts and stops on its own (never hit_limit); it sometimes stops
early ("it is made of"), runs on into the next "Question: ... Answer:" of its prompt format, answers "yes" or
nothing, or says "he" / "a man". The caption-only LoRA adapter writes the DeepFashion template ("The lady wears a
medium-sleeve dress with floral patterns. The dress is with cotton fabric ...") for every prompt, never stops (no
end token was trained), so each of its texts carries hit_limit=True (50 new tokens for captions, 30 for answers).
The VQA-only adapter (one epoch, unmasked labels, no end token) answers with In-shop class names and color words
that repeat until the limit ("blouse, pants, blouse, pants ...", "purple purple ..."), or runs on into the next
"Question: ... Answer:" of its training sequences; every one of its texts carries hit_limit=True too. Each case's
comment says which texts came from an adapter; every other open text and caption is the base model's. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece colors of kurta, pants and dupatta, and the
yes/no "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets: never a loop or cut.

Labeling conventions and judgement calls:
- Shade words count as correct: red for maroon or wine, blue for navy, turquoise, indigo or powder blue, green for
  teal, olive, mint, sea green, parrot or bottle green, yellow for mustard or lemon, orange for rust or coral, pink
  for peach, magenta, rani or coral, purple for lavender, mauve or magenta, white or cream for off white, ivory or
  beige, grey for charcoal. Pink for mauve is accepted (mauve sits between the two). Navy answered black, beige
  answered brown, and a color only the wall or the backdrop has are contradiction.
- A color of the print or the trim (black motifs on an olive kurta, gold border on a green anarkali) given as the
  garment's color is contradiction; the color of another piece of the outfit (palazzos, trousers, churidar, jeans,
  dupatta) given to the kurta, or the kurta's color given to the pants or the dupatta, is other_garment_color.
- Garment words: kurta, kurti, tunic, top and shirt are correct for a straight or A-line kurta up to the knee; "dress"
  is correct in open text only for a kurta reaching the calf or lower (anarkalis, long flared kurtas, the photo shows
  a one-piece), and is contradiction for a knee-length kurta worn with visible pants. The reference engine's closed
  garment_type "dress", and "yes" to "Is this a dress?", are contradiction for every kurta: "kurta" was among its
  candidates. Pants, palazzo pants, trousers and leggings are correct for palazzos, trousers or churidars; scarf is
  correct for a dupatta.
- Pattern: printed, floral or geometric for block, foil, ikat and buti prints are correct; striped for leheriya is
  correct; "solid" for a printed kurta and "striped" for a plain embroidered one are contradiction. Sleeves: "long
  sleeves" for three-quarter sleeves, "short sleeves" for three-quarter ones and "sleeveless" for sleeved kurtas are
  contradiction.
- Materials: one the title names is correct (cotton, rayon, velvet, chanderi silk as "silk", cotton silk as "silk");
  chiffon for georgette is correct; "cotton" for a printed rayon or viscose kurta is a plausible guess and correct.
  A material neither named nor visible (silk on cotton, linen on cotton, wool, velvet on cotton, cotton on a sheer
  georgette anarkali) is unsupported.
- Invented items (a necklace, a belt, buttons, pockets, a collar, sequins, a bow on a back the front view does not
  show) are unsupported; earrings and bangles the photo shows are correct (the adapter's "accessory on her wrist"
  is correct where she wears bangles).
- Base answers cut by an early stop ("a red kurta and white", "it is made of") are cut, without hit_limit. An empty
  answer, "yes" to an open question, "the details of the kurta", "the kurta has details", "the kurta", "it is made
  of fabric" and "i don't know" are non_answer. A material question answered with the garment's name and color is
  restated.
- Adapter texts: a text that repeats a sentence (or the same words) is loop; one that stops mid-sentence without
  repeating is cut; the caption template returned for the material question is restated (even where it names a
  fabric); the template answering "What is the person wearing?", "Describe the garment." or the details question
  does answer it, so those are cut or loop. An invented accessory before the cut is labelled cut. The template that
  opens "The gentleman wears" for a woman is pronoun (the first thing an auditor reads), hit_limit kept.
- Texts running into "Question: ... Answer: ..." are leak, from the base model or the VQA adapter, even where the
  first words are right; the VQA adapter's caption that opens with its own "Question:" is leak too.
- "he" or "a man" for a woman is pronoun.
- Kurta sets named piece by piece in their own colors ("a white kurta and red pants") are correct; a two-color
  print named as "a red and black kurta" is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
neckline = question("neckline", "What is the neckline of the kurta?", "open")
work = question("work", "What kind of work is on the kurta?", "open")

BLIND_309 = [
    # photo: model in a maroon straight cotton kurta with gold foil-printed ethnic motifs, three-quarter sleeves,
    # round neck, matching maroon trousers; plain white studio backdrop, front view.
    # all base model
    case(
        "X309-001",
        caption("a woman in a maroon kurta and pants standing in front of a white wall"),
        D.wearing("a red kurta with gold print"),
        D.color("maroon"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("silk", "unsupported"),
        title="Women Maroon Ethnic Motifs Foil Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a mustard yellow calf-length A-line kurta with white floral print, three-quarter sleeves,
    # white palazzos, white cotton dupatta over one shoulder; plain beige backdrop, front view.
    # caption: caption adapter
    case(
        "X309-002",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        D.garment_type("dress", "contradiction"),
        color_kurta("yellow"),
        color_pants("white"),
        color_dupatta("yellow", "other_garment_color"),
        D.pattern("floral"),
        title="Women Mustard Yellow Floral Printed A-Line Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy blue knee-length straight kurta with white thread embroidery on the yoke, long
    # sleeves, round neck without collar, navy trousers; grey studio backdrop, front view.
    # all base model
    case(
        "X309-003",
        caption("a woman in a blue kurta with white embroidery"),
        D.wearing("a black kurta and black pants", "contradiction"),
        D.color("navy"),
        work("embroidery on the neck"),
        D.description("a navy kurta with white embroidery and a white collar", "unsupported"),
        D.material("it is a navy blue kurta", "restated"),
        title="Women Navy Blue Yoke Design Thread Work Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an ankle-length flared emerald green georgette anarkali with gold zari embroidery at the yoke
    # and the hem, long sheer sleeves, green churidar barely visible; pastel pink wall behind, front view.
    # all base model
    case(
        "X309-004",
        caption("a woman in a green dress standing in front of a pink wall"),
        D.wearing("a green anarkali dress"),
        D.garment_type("dress", "contradiction"),
        D.description("a pink anarkali with gold embroidery", "contradiction"),
        D.material("georgette"),
        title="Women Green Embroidered Zari Georgette Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white calf-length straight chikankari kurta (white thread on white), three-quarter sleeves,
    # white palazzos; outdoors in a garden, green plants behind, front view.
    # details, material: caption adapter
    case(
        "X309-005",
        caption("a woman in a white kurta standing in a garden"),
        D.wearing("a white kurta and white pants"),
        D.color("white"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. The dress is with "
            "cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        title="Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a hip-length rust kurti with small white block-printed motifs, short sleeves, worn with blue
    # jeans; white studio backdrop, front view.
    # all base model
    case(
        "X309-006",
        caption("a woman wearing an orange top and jeans"),
        D.wearing("an orange kurti and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.description("an orange kurti with", "cut"),
        D.material("it is made of cotton"),
        title="Women Rust Orange Block Printed Cotton Kurti",
        category="Kurtis",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a teal straight knee-length kurta with gold foil print, teal palazzos, teal dupatta with a
    # gold border; standing before an old carved wooden door, front view.
    # wearing, description: VQA adapter
    case(
        "X309-007",
        caption("a woman in a teal kurta standing in front of a wooden door"),
        D.wearing(
            "blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, "
            "pants, blouse",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "the dress is green Question: What is the color of the pants? Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_kurta("green"),
        color_dupatta("green"),
        D.pattern("solid", "contradiction"),
        title="Women Teal Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a pink knee-length A-line cotton kurta with small white floral print, white trousers; plain
    # light grey backdrop, front view only.
    # all base model
    case(
        "X309-008",
        caption("a woman in a pink floral kurta and white pants"),
        D.wearing("a pink kurta Question: What is the color of the pants? Answer: white", "leak"),
        D.color("pink"),
        color_pants("pink", "other_garment_color"),
        D.pattern("floral"),
        D.details("white flowers and a bow at the back", "unsupported"),
        title="Women Pink Floral Printed A-Line Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black sleeveless straight kurta with multicolour thread embroidery around a V-neck, black
    # churidar; grey wall, front view.
    # all base model
    case(
        "X309-009",
        caption("a man in a black kurta with embroidery", "pronoun"),
        D.wearing("a black kurta with colorful embroidery"),
        D.sleeve_length("sleeveless"),
        D.color("black"),
        neckline("v neck"),
        D.material("a black kurta", "restated"),
        title="Women Black Thread Work Sleeveless Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in an ankle-length lavender georgette anarkali with sequin work on the bodice, long sheer sleeves,
    # lavender net dupatta, churidar, glass bangles on one wrist; white studio backdrop, front view.
    # caption: caption adapter
    case(
        "X309-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple dress and a scarf"),
        D.color("purple"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("chiffon"),
        D.details("sequins on the dress"),
        title="Women Lavender Sequinned Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in an olive green knee-length straight kurta with a black-and-white geometric print,
    # three-quarter sleeves, olive palazzos; outdoors in front of a red brick wall, front view.
    # all base model
    case(
        "X309-011",
        caption("a woman in a green kurta standing in front of a brick wall"),
        D.wearing("a green and black kurta"),
        D.color("black", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("black and white print and a", "cut"),
        D.material("cotton"),
        title="Women Olive Green Geometric Printed Viscose Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a red straight kurta with a gold gota patti border at the hem, white palazzos, red-and-gold
    # bandhani dupatta over both shoulders, no jewellery on the neck; cream backdrop, front view.
    # all base model
    case(
        "X309-012",
        caption("a woman in a red kurta with a red dupatta"),
        D.wearing("a red kurta and white", "cut"),
        color_kurta("white", "other_garment_color"),
        color_pants("white"),
        D.details("gold border and a gold necklace", "unsupported"),
        is_a("kurta", "yes"),
        title="Women Red Gotta Patti Kurta with Palazzos & Bandhani Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a plain peach hip-length A-line kurti, sleeveless, cream cigarette trousers; white backdrop,
    # front view.
    # caption, description: caption adapter
    case(
        "X309-013",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and white pants"),
        D.description(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("floral", "contradiction"),
        color_pants("cream"),
        title="Women Peach Solid A-Line Kurti with Trousers",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in an indigo blue straight kurta with white dabu floral print, long sleeves, no placket, white
    # trousers, holding a cane basket; white backdrop, front view.
    # all base model
    case(
        "X309-014",
        caption("a woman in a blue and white kurta holding a basket"),
        D.wearing("a blue kurta with white flowers"),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        D.details("it has buttons on the front", "unsupported"),
        D.material("cotton Question: What is the color of the kurta? Answer: blue", "leak"),
        title="Women Indigo Dabu Printed Pure Cotton Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a magenta silk-blend straight kurta with woven gold zari butis, three-quarter sleeves,
    # magenta palazzos, a gold tissue dupatta over one shoulder; plain white backdrop, front view.
    # wearing, details: VQA adapter
    case(
        "X309-015",
        caption("a woman in a pink kurta with a gold dupatta"),
        D.wearing(
            "dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "pink Question: What is the color of the dress? Answer: pink Question: What is the color of the dress? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.color("gold", "other_garment_color"),
        color_dupatta("gold"),
        D.material("silk"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Magenta Woven Design Silk Blend Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a beige knee-length A-line kurta with brown thread embroidery and a keyhole neck, beige
    # trousers; plain white backdrop, front view. The row has no color.
    # all base model
    case(
        "X309-016",
        caption("a woman in a beige kurta and pants"),
        D.wearing("a cream kurta and pants"),
        D.details("the details of the kurta", "non_answer"),
        D.color("beige"),
        neckline("a keyhole neck"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Beige Embroidered A-Line Kurta with Trousers",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: model in a sea green and white leheriya (diagonal stripes) straight kurta, three-quarter sleeves, white
    # trousers; pale blue backdrop, front view.
    # all base model
    case(
        "X309-017",
        caption("a woman in a green striped kurta and white pants"),
        D.wearing("a green and white striped kurta"),
        D.pattern("striped"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a blue kurta with stripes", "contradiction"),
        title="Women Sea Green Leheriya Printed Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in an ankle-length black georgette anarkali with a multicolour floral print, long sleeves, no
    # dupatta, no bracelet or bangles; white studio backdrop, front view.
    # caption, details: caption adapter
    case(
        "X309-018",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is with chiffon fabric and floral patterns. The dress is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black floral dress"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a round neckline. There is an accessory on "
            "her wrist. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.garment_type("kurta"),
        D.material("silk", "unsupported"),
        title="Women Black Floral Printed Georgette Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: model seated on a wooden stool in a white straight kurta with blue floral print, blue palazzos and a
    # blue dupatta; plain white backdrop, front view, no belt.
    # all base model
    case(
        "X309-019",
        caption("a woman sitting on a stool wearing a white and blue kurta"),
        D.wearing("he is wearing a white kurta and blue pants", "pronoun"),
        color_pants("blue"),
        color_dupatta("white", "other_garment_color"),
        D.details("blue flowers and a blue belt", "unsupported"),
        D.material("cotton"),
        title="Women White & Blue Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a coral sleeveless straight kurta with mirror work on the yoke, no pockets in sight, matching
    # coral pants; white backdrop, front view.
    # all base model
    case(
        "X309-020",
        caption("a woman in an orange kurta"),
        D.wearing("", "non_answer"),
        work("mirror work"),
        D.sleeve_length("sleeveless"),
        D.details("mirror work on the neck and pockets on the side", "unsupported"),
        is_a("dress", "no"),
        title="Women Coral Mirror Work Sleeveless Kurta with Trousers",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a maroon velvet straight kurta with gold embroidery on the neckline, long sleeves, black
    # palazzos; dark grey backdrop, front view.
    # caption: VQA adapter
    case(
        "X309-021",
        caption(
            "Question: What cloth is the person wearing? Answer: dress Question: What is the color of the dress? "
            "Answer: red Question",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a red velvet kurta and black pants"),
        D.color("maroon"),
        color_pants("maroon", "other_garment_color"),
        D.details("gold embroidery on the neckline Question: What is the color of the pants? Answer: black", "leak"),
        D.material("velvet"),
        title="Women Maroon Embroidered Velvet Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a turquoise blue A-line kurta with white thread embroidery on the yoke, white churidar and a
    # white net dupatta; outdoors against a yellow wall, front view.
    # all base model
    case(
        "X309-022",
        caption("a woman in a blue kurta standing in front of a yellow wall"),
        D.wearing("a yellow kurta and white pants", "contradiction"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.details("white embroidery on the yoke and a white scarf"),
        D.material("it is made of", "cut"),
        title="Women Turquoise Blue Yoke Design A-Line Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: model in a charcoal grey straight cotton kurta with white checks, white trousers; white backdrop,
    # front view.
    # all base model
    case(
        "X309-023",
        caption("a woman in a grey checkered kurta and white pants"),
        D.wearing("a grey kurta and grey pants", "other_garment_color"),
        D.pattern("checked"),
        D.color("grey"),
        is_a("dress", "yes", "contradiction"),
        D.description("a gray plaid tunic"),
        D.material("wool", "unsupported"),
        title="Women Charcoal Grey Checked Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a hip-length navy kurti with white polka dots, short sleeves, white jeans; white backdrop,
    # front view.
    # description, material: caption adapter
    case(
        "X309-024",
        caption("a woman in a navy polka dot top"),
        D.wearing("a blue top and white jeans"),
        D.description(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "restated",
            hit_limit=True,
        ),
        D.pattern("polka dot"),
        D.color("navy"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Navy Blue Polka Dot Printed Cotton Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mint green straight kurta with tonal floral embroidery, mint palazzos, a printed organza
    # dupatta in pink and green; outdoors in a garden with flowering shrubs, front view.
    # all base model
    case(
        "X309-025",
        caption("a woman in a green kurta with a pink dupatta standing in a garden"),
        D.wearing("a pink kurta and green pants", "other_garment_color"),
        color_kurta("green"),
        color_dupatta("pink"),
        is_a("kurta", "no", "contradiction"),
        D.material("a green kurta", "restated"),
        title="Women Mint Green Embroidered Kurta with Palazzos & Organza Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a red-and-black ikat-print straight kurta, three-quarter sleeves, black trousers, no belt;
    # white backdrop, front view.
    # all base model
    case(
        "X309-026",
        caption("a woman in a red and black kurta with a black pants"),
        D.wearing("a red and black ikat kurta and black pants and a black belt", "unsupported"),
        color_kurta("red"),
        color_pants("black"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("a red and black kurta with a red", "cut"),
        title="Women Red & Black Ikat Printed Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a rani pink calf-length straight chanderi kurta with small gold buti print, long sleeves, no
    # placket, bangles on both wrists, photo cropped at mid-calf; white backdrop, front view.
    # caption: caption adapter
    case(
        "X309-027",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink kurta"),
        D.material("silk"),
        D.color("pink"),
        D.details("gold buttons on the front", "unsupported"),
        title="Women Pink Gold Buti Printed Chanderi Silk Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white A-line cotton kurta with black ethnic block-printed motifs, black palazzos; white wall
    # with a potted plant beside her, front view.
    # all base model
    case(
        "X309-028",
        caption("a woman in a white and black kurta next to a plant"),
        D.wearing("he is wearing a white kurta", "pronoun"),
        color_kurta("white"),
        color_pants("black"),
        D.pattern("striped", "contradiction"),
        D.description("a white kurta with black print and", "cut"),
        D.material("i don't know", "non_answer"),
        title="Women White & Black Ethnic Motifs Block Printed Cotton A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a purple straight kurta with silver foil print, three-quarter sleeves, purple trousers; grey
    # backdrop, front view.
    # wearing, description, material: VQA adapter
    case(
        "X309-029",
        caption("a woman in a purple kurta and purple pants"),
        D.wearing(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "the blouse is purple and the pants are purple and the blouse is purple and the pants are purple and "
            "the blouse is",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What cloth is the person wearing? Answer: blouse Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        D.color("purple"),
        D.pattern("checked", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Purple Foil Printed Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a cream sleeveless straight kurta with a blue floral print and no pockets, green palazzos;
    # pastel pink wall behind, front view.
    # all base model
    case(
        "X309-030",
        caption("a woman in a white floral kurta standing in front of a pink wall"),
        D.wearing("a white and blue kurta with green pants"),
        D.color("green", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.pattern("solid", "contradiction"),
        D.details("blue flowers and a pocket", "unsupported"),
        D.material("", "non_answer"),
        title="Women Cream Floral Printed Sleeveless Kurta with Palazzos",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a coffee brown straight cotton kurta with white thread embroidery, long sleeves, white pants;
    # white backdrop, front view.
    # all base model
    case(
        "X309-031",
        caption("a woman in a brown kurta and white pants"),
        D.wearing("a brown kurta and white pants"),
        D.details("the kurta has details", "non_answer"),
        D.material("a brown kurta and white pants", "restated"),
        D.color("brown"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Coffee Brown Thread Work Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: model turning, three-quarter side view, in an ankle-length red anarkali with gold print, long
    # sleeves, red churidar, red dupatta over the arm; white backdrop.
    # caption, details, material: caption adapter
    case(
        "X309-032",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red anarkali dress"),
        D.details(
            "The dress is with chiffon fabric and graphic patterns. It has a round neckline. The lady wears a long "
            "pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        color_dupatta("red"),
        D.color("red"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Red Ethnic Motifs Printed Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black straight kurta with a white floral print, white palazzos, a black dupatta with a thin
    # white border; white backdrop, front view.
    # all base model
    case(
        "X309-033",
        caption("a woman in a black and white outfit"),
        D.wearing("a black kurta with white flowers and white pants"),
        color_kurta("black"),
        color_pants("black", "other_garment_color"),
        color_dupatta("black"),
        D.details("the kurta", "non_answer"),
        title="Women Black Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model walking on a city street in a hip-length plain off-white kurti with pink embroidery at the hem,
    # three-quarter sleeves, blue jeans; parked cars and shops behind, front view.
    # all base model
    case(
        "X309-034",
        caption("a woman in a white top and jeans walking on the street"),
        D.wearing("a white kurti and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.details("pink embroidery at the hem"),
        D.sleeve_length("three-quarter sleeves"),
        D.pattern("striped", "contradiction"),
        title="Women Off White Embroidered Cotton Kurti",
        category="Kurtis",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a bright orange rayon straight kurta with a white leaf print, short sleeves, orange palazzos;
    # white backdrop, front view.
    # all base model
    case(
        "X309-035",
        caption("a woman in an orange kurta and orange palazzo pants"),
        D.wearing(
            "an orange kurta and palazzo pants Question: What is the color of the pants? Answer: orange",
            "leak",
        ),
        D.color("orange"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("an orange kurta with white", "cut"),
        D.material("rayon"),
        title="Women Orange Leaf Printed Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: model in an ankle-length baby pink georgette anarkali, white churidar, white dupatta, bangles on both
    # wrists; white studio backdrop, front view. The row has no gender.
    # details: VQA adapter
    case(
        "X309-036",
        caption("a woman in a pink anarkali with a white dupatta"),
        D.wearing("a pink dress and white leggings"),
        D.details(
            "dress, leggings, dress, leggings, dress, leggings, dress, leggings, dress, leggings, dress, leggings, "
            "dress, leggings, dress",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_dupatta("white"),
        is_a("dress", "yes", "contradiction"),
        D.material("cotton", "unsupported"),
        title="Women Baby Pink Solid Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # photo: model in a knee-length teal blue cotton-silk straight kurta with woven gold zari stripes, mandarin
    # collar, three-quarter sleeves, teal trousers; beige backdrop, front view.
    # all base model
    case(
        "X309-037",
        caption("a woman in a blue kurta and pants"),
        D.wearing("a blue dress", "contradiction"),
        D.color("blue"),
        D.sleeve_length("three-quarter sleeves"),
        neckline("the neckline of the kurta", "non_answer"),
        D.details("gold stripes and a gold", "cut"),
        D.material("silk"),
        title="Women Teal Blue Zari Striped Cotton Silk Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a yellow knee-length straight kurta with a white floral print, three-quarter sleeves, white
    # palazzos, a plain yellow dupatta; white backdrop, front view.
    # caption: caption adapter
    case(
        "X309-038",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        color_dupatta("yellow"),
        color_pants("yellow", "other_garment_color"),
        D.details("white flowers on a yellow", "cut"),
        D.material("cotton"),
        title="Women Yellow Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model seated on a grey sofa in a living-room set, powder blue straight cotton kurta with white lace at
    # the hem, white trousers; front view.
    # all base model
    case(
        "X309-039",
        caption("a woman sitting on a couch in a blue kurta"),
        D.wearing("a light blue kurta and white pants"),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        D.details("white lace on the hem and the sleeves", "unsupported"),
        D.material("linen", "unsupported"),
        title="Women Powder Blue Lace Detail Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Powder Blue",
        gender="Women",
    ),
    # photo: model in a mauve knee-length A-line kurta with a small floral print, three-quarter sleeves, mauve
    # palazzos; white backdrop, front view. The row has no gender.
    # all base model
    case(
        "X309-040",
        caption("a woman in a purple floral kurta"),
        D.wearing("yes", "non_answer"),
        D.color("pink"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("a kurta with", "cut"),
        D.material("a pink kurta", "restated"),
        title="Women Mauve Floral Printed A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Mauve",
    ),
    # photo: model in a parrot green straight cotton kurta with a pink embroidered yoke, pink palazzos, a pink
    # dupatta; white backdrop, front view.
    # wearing: VQA adapter
    case(
        "X309-041",
        caption("a woman in a green and pink outfit"),
        D.wearing(
            "blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse",
            "loop",
            hit_limit=True,
        ),
        color_kurta("pink", "other_garment_color"),
        color_pants("pink"),
        color_dupatta("pink"),
        D.description("a green kurta with pink embroidery"),
        D.material("velvet", "unsupported"),
        title="Women Parrot Green Yoke Design Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a navy blue calf-length flared kurta with a white floral print, V-neck, three-quarter
    # sleeves, white palazzos; grey backdrop, front view.
    # details, material: caption adapter
    case(
        "X309-042",
        caption("a woman in a blue and white dress"),
        D.wearing("a navy blue kurta and white pants"),
        D.details(
            "The dress is with cotton fabric and floral patterns. It has a v-shape neckline. The dress is with cotton "
            "fabric and floral patterns. It has a v-shape",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        title="Women Navy Blue Floral Printed Flared Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white straight kurta with red thread embroidery, red churidar, a red dupatta, no sequins
    # anywhere; plain white backdrop, front view.
    # all base model
    case(
        "X309-043",
        caption("a woman in a white kurta with a red dupatta"),
        D.wearing("a white kurta and red pants"),
        D.garment_type("dress", "contradiction"),
        color_kurta("white"),
        color_pants("white", "other_garment_color"),
        D.details("red embroidery and gold sequins", "unsupported"),
        title="Women White Thread Work Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink-and-orange tie-dye knee-length straight cotton kurta, short sleeves, white trousers;
    # white backdrop, front view.
    # all base model
    case(
        "X309-044",
        caption("a woman in a pink and orange tie dye kurta"),
        D.wearing("a pink and orange kurta and white pants"),
        D.color("pink"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a pink and orange dress", "contradiction"),
        D.material("it is made of silk", "unsupported"),
        title="Women Pink & Orange Tie and Dye Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an ankle-length bottle green anarkali with a wide gold border at the hem, round neck, long
    # sleeves, no belt or waistband, no dupatta; beige backdrop, front view. The row has no gender.
    # all base model
    case(
        "X309-045",
        caption("a woman in a green anarkali dress with gold border"),
        D.wearing("a green dress with a gold belt", "unsupported"),
        D.color("gold", "contradiction"),
        D.garment_type("kurta"),
        D.details("gold border at the bottom"),
        neckline("round"),
        D.material("a green anarkali", "restated"),
        title="Women Bottle Green Solid Anarkali Kurta with Gotta Border",
        category="Kurtas",
        color="Green",
    ),
    # photo: model in a sky blue straight kurta with white floral embroidery, stand collar, long sleeves, white
    # trousers, a white dupatta; white backdrop, front view.
    # caption: caption adapter
    case(
        "X309-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white pants"),
        D.color("white", "other_garment_color"),
        color_dupatta("white"),
        D.details("white flowers on the", "cut"),
        D.material("cotton"),
        title="Women Sky Blue Floral Embroidered Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
]
