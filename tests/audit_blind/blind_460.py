"""BLIND_460 (46 products; Myntra women's tops, dresses, kurtas, jeans, leggings and skirts worn in full outfits):
written blind in the forty-eighth session. Measured blind at a5e3815 (the session's rules as they stood): 92/107
failures found (86.0%) and 2/133 correct texts flagged (1.5%). The writer's notes, verbatim:

Scenario: one night of a Myntra-like English catalog feed of women's wear: tops, dresses, kurtas, jeans, leggings
and skirts, each photographed on a model who wears the rest of an outfit (a top with jeans, a kurta with leggings
and a dupatta, a tee tucked into a skirt, a denim jacket over a dress), on studio backdrops, painted walls, a
wooden door, a brick wall, a hedge or a garden. The product is often the lower or the hidden half of the outfit
(jeans under a hoodie, churidar leggings under a kurta). Each row has the seller's title, category, color and
gender; two rows miss the gender, one the color and one the category, as real feeds do.

Who wrote what: enrich's default questionnaire. The open questions (wearing, description, details, material and
the set's own fit question) come from the untuned base `Salesforce/blip2-opt-2.7b`: short lowercase
texts that stop on their own (never hit_limit). Most captions come from the base model too; the comment before a
case says where the caption-only LoRA adapter wrote the caption or an answer instead (the DeepFashion template,
"The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."): trained
without an end token, it always runs to its limit (hit_limit=True) and returns its template to any question. The
closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors of the jeans, leggings,
dupatta and skirt, and the yes/no "Is this a ...?") are the VQA adapter's answers through `--engine reference`,
chosen from candidate sets: never a loop, never cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: purple for lavender, yellow for mustard, red for maroon, green
  for olive or teal, blue for teal or navy, pink or peach for peach, orange for rust, white for cream or off
  white, grey for grey melange, light blue for a pale wash of Blue.
- A color that belongs to another piece the model wears (the tee over the jeans, the kurta over the leggings, the
  dupatta, the denim jacket over the dress, the skirt under the top) given to the product is other_garment_color,
  in a closed answer, an open answer or the caption. A color from the backdrop (pink wall, green hedge, wooden
  door) or from the print (gold foil on maroon, pink flowers on a blue skirt) given as the garment's color is
  contradiction, and so is a plain wrong shade (maroon as pink, navy as black, mustard as orange).
- "a black top and black jeans" where the product (the top) is right and the other piece gets its color is
  contradiction (one color for two garments); where the product gets the other piece's color it is
  other_garment_color.
- Layered outfits named piece by piece are correct, even when the answer spends most words on the other piece
  ("a white t-shirt tucked into a black pleated skirt"). "Describe the garment." answered with the other piece
  only ("a yellow top" for the jeans) is contradiction, and so is garment_type "kurta" for leggings worn under a
  kurta (the engine named the garment it saw, not the product).
- Garment synonyms are correct: shirt, t-shirt, tank top or blouse for a top, pants or "long denim pants" for
  jeans, pants for leggings, sweater or sweatshirt for a hoodie, scarf for a dupatta, plaid or checked for gingham,
  "anarkali suit" for an anarkali kurta with churidar and dupatta. The adapter's template calling a kurta a
  "dress" is contradiction (the feed says Kurtas), even where the text also loops or is cut.
- Patterns: "striped" for leggings with one white side stripe, "graphic" for a tee with a text print, "printed"
  for a foil print, "geometric" for a geometric block print are correct; "striped" for an ikat print or for
  pleats is contradiction. Sleeves: three-quarter sleeves answered "long sleeves" or "short sleeves" is
  contradiction; "long sleeves" for a sleeveless dress under a denim jacket is contradiction.
- Materials: denim for jeans and denim skirts, satin where the title says satin, chiffon for georgette, cotton for
  cotton-look tees and kurtas, polyester for activewear leggings are correct. Silk on satin or cotton, wool on a
  cotton check shirt, linen on a cotton skirt, and the material of another piece (denim of the jacket for the
  dress, leather of the jacket for the jeans) are unsupported.
- Invented things the photo does not show (buttons, a slit, a handbag, a belt, a necklace, gold buttons, a logo,
  side pockets, back pockets on a front view, ripped knees on clean-look jeans, text the tee does not say) are
  unsupported.
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated. Where the template invents a
  pattern or a fabric (graphic patterns and chiffon for a polka-dot skirt) before it is cut, the cut is labelled.
  The template answering "Describe the garment." or the details question does answer it: cut or loop.
- A base answer stopped early mid-phrase ("it is made of", "with a mandarin collar and") is cut, without
  hit_limit. Empty answers, "the details of the kurta", "it is made of material", "the garment is made of fabric"
  and "it is a skirt" are non_answer; the material question answered with the garment's name and color, or the
  details question answered with the garment's name or its own words, is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" or "a man" for a woman is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
fit = question("fit", "What is the fit of the jeans?", "open")

BLIND_460 = [
    # photo: model in a white short-sleeve round-neck cotton tee, worn with blue jeans; light grey studio backdrop,
    # front view to the knees.
    # caption adapter: none
    case(
        "X460-001",
        caption("a woman in a white top and blue jeans"),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("top"),
        D.color("white"),
        D.material("cotton"),
        title="Women White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black sleeveless ribbed tank top tucked into light blue mom jeans; plain white wall behind,
    # front view to mid-thigh.
    # caption adapter: none
    case(
        "X460-002",
        caption("a woman in a black tank top and jeans standing against a white wall"),
        D.wearing("a black top and black jeans", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("it is ribbed"),
        D.material("cotton"),
        title="Women Black Ribbed Fitted Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard peplum top with a small white floral print and short flutter sleeves, no buttons,
    # worn with white skinny jeans; beige backdrop, front view.
    # caption adapter: the caption
    case(
        "X460-003",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow top and yellow jeans", "contradiction"),
        D.color("yellow"),
        D.description("a yellow floral top with ruffles"),
        D.details("ruffled hem and buttons down the front", "unsupported"),
        title="Women Mustard Yellow Floral Print Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy-and-white breton striped long-sleeve boat-neck top with black skinny jeans; grey
    # backdrop, front view.
    # caption adapter: none
    case(
        "X460-004",
        caption("a woman in a striped shirt and black pants"),
        D.wearing("a blue and white striped shirt and black jeans"),
        D.color("black", "other_garment_color"),
        D.pattern("striped"),
        D.description(
            "a striped shirt with a boat neck Question: What is the person wearing? Answer: a striped shirt and black",
            "leak",
        ),
        title="Women Navy Blue & White Striped Boat Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an olive green satin wrap top with three-quarter sleeves and a waist tie, tucked into blue
    # jeans; she stands in front of a brown wooden door.
    # caption adapter: none
    case(
        "X460-005",
        caption("a woman in a green shirt and jeans standing in front of a wooden door"),
        D.wearing("a brown shirt and jeans", "contradiction"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("a wrap front with a tie at the waist"),
        D.material("silk", "unsupported"),
        title="Women Olive Green Satin Wrap Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a red cotton crop top with short puff sleeves and white wide-leg jeans; bright pink wall.
    # caption adapter: none
    case(
        "X460-006",
        caption("a woman in a red top and white pants posing in front of a pink wall"),
        D.wearing("he is wearing a red top and white pants", "pronoun"),
        D.color("pink", "contradiction"),
        is_a("crop top", "yes"),
        D.description("a red crop top with puff sleeves"),
        title="Women Red Puff Sleeve Crop Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a grey melange short-sleeve tee with "BROOKLYN" printed in black across the chest, black
    # jeans; white backdrop, front view.
    # caption adapter: the caption
    case(
        "X460-007",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The T-shirt is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and black jeans"),
        D.color("grey"),
        D.pattern("graphic"),
        D.details("the t-shirt says new york", "unsupported"),
        title="Women Grey Melange Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a lavender sleeveless georgette top with a ruffled neckline, white straight jeans; white
    # studio backdrop.
    # caption adapter: none
    case(
        "X460-008",
        caption("a woman wearing a purple top and white jeans"),
        D.wearing("a white top and white jeans", "other_garment_color"),
        D.color("white", "other_garment_color"),
        D.details("ruffles on the neckline"),
        D.material("chiffon"),
        title="Women Lavender Georgette Ruffled Sleeveless Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black-and-white checked long-sleeve cotton shirt worn open over a white tank top, blue
    # jeans; grey backdrop.
    # caption adapter: none
    case(
        "X460-009",
        caption("a woman in a black and white checkered shirt"),
        D.wearing("a plaid shirt, a white tank top and jeans"),
        D.color("black"),
        D.pattern("checked"),
        D.description(
            "a black and white checked shirt with a collar Question: what is the color of the shirt? Answer: black "
            "and white",
            "leak",
        ),
        D.material("wool", "unsupported"),
        title="Women Black & White Checked Cotton Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon floral-print wrap midi dress with short sleeves and a waist tie (the wrap closed, no
    # slit showing), white sneakers, no belt; white backdrop.
    # caption adapter: none
    case(
        "X460-010",
        caption("a woman in a red floral dress and white sneakers"),
        D.wearing("a red floral dress with a black belt", "unsupported"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.details(
            "the dress has a v neck and a tie at the waist Question: what is the color of the dress? Answer: red",
            "leak",
        ),
        title="Women Maroon Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a black sleeveless bodycon mini dress with a blue denim jacket over her shoulders, sleeves
    # on; grey backdrop.
    # caption adapter: none
    case(
        "X460-011",
        caption("a woman in a black dress and a denim jacket"),
        D.wearing("a black dress and a blue jean jacket"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("denim", "unsupported"),
        title="Women Black Solid Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white cotton tiered maxi dress with short sleeves and blue embroidery round the neck,
    # holding a straw hat in one hand; beige backdrop.
    # caption adapter: the caption and the material answer
    case(
        "X460-012",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a hat in her hand. The dress is with cotton fabric and pure color patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress and a straw hat"),
        D.color("white"),
        D.details("blue embroidery on the neckline"),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White Embroidered Tiered Cotton Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a teal shirt dress with a collar, button placket, long sleeves and a self belt; grey
    # backdrop.
    # caption adapter: none
    case(
        "X460-013",
        caption("a woman in a blue shirt dress with a belt"),
        D.wearing("a blue dress"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.description("a blue shirt dress with buttons down the front and a belt"),
        title="Women Teal Blue Solid Shirt Dress with Belt",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a yellow sleeveless sundress with white polka dots, white sneakers; outdoors in front of a
    # green hedge.
    # caption adapter: none
    case(
        "X460-014",
        caption("a woman in a yellow polka dot dress standing in front of a green hedge"),
        D.wearing("a yellow dress"),
        D.color("green", "contradiction"),
        is_a("skirt", "yes", "contradiction"),
        D.details("", "non_answer"),
        title="Women Yellow Polka Dot Print Sleeveless Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a peach georgette maxi dress with a small floral print, flutter sleeves and a v-neck; white
    # backdrop.
    # caption adapter: the description and details answers
    case(
        "X460-015",
        caption("a woman in a pink floral dress"),
        D.color("peach"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and floral",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women Peach Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black-and-white gingham fit-and-flare dress with puff sleeves and a square neck; hands at
    # her sides, no bag; white backdrop.
    # caption adapter: none
    case(
        "X460-016",
        caption(
            "a woman in a black and white checkered dress holding a handbag",
            "unsupported",
        ),
        D.wearing("he is wearing a black and white dress", "pronoun"),
        D.color("black"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves"),
        title="Women Black & White Gingham Checked Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue straight cotton kurta with a white block print and three-quarter sleeves, white
    # leggings and a plain white dupatta over one shoulder; white backdrop.
    # caption adapter: none
    case(
        "X460-017",
        caption("a woman wearing a blue and white kurta and white leggings"),
        D.wearing("a blue kurta with white leggings and a white scarf"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves"),
        color_dupatta("blue", "other_garment_color"),
        title="Women Blue & White Block Printed Straight Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a green cotton anarkali kurta with gold embroidery at the yoke and cuffs, long sleeves,
    # green churidar and a green dupatta; wood-panelled backdrop.
    # caption adapter: the caption
    case(
        "X460-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green anarkali suit with a dupatta"),
        D.color("green"),
        D.details("gold embroidery on the neckline and sleeves"),
        D.material("silk", "unsupported"),
        title="Women Green Embroidered Cotton Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: model in a plain mustard straight kurta with a mandarin collar and three-quarter sleeves, white
    # leggings and a multicolor printed dupatta; grey backdrop.
    # caption adapter: none
    case(
        "X460-019",
        caption("a woman in a yellow kurta and white leggings with a colorful scarf"),
        D.wearing("a yellow kurta"),
        D.color("orange", "contradiction"),
        D.pattern("solid"),
        color_leggings("yellow", "other_garment_color"),
        D.description("a yellow kurta with a mandarin collar and", "cut"),
        title="Women Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in an off-white chikankari kurta (white-on-white embroidery), three-quarter sleeves, worn with
    # blue jeans; pale pink wall.
    # caption adapter: none
    case(
        "X460-020",
        caption("a woman wearing a white embroidered kurta and jeans in front of a pink wall"),
        D.wearing("a white kurta and blue jeans"),
        D.color("pink", "contradiction"),
        D.details("the details of the kurta", "non_answer"),
        D.material("a white kurta", "restated"),
        title="Women Off White Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a maroon A-line kurta with a gold foil print and three-quarter sleeves, black leggings, no
    # jewellery; white backdrop.
    # caption adapter: none
    case(
        "X460-021",
        caption("a woman in a red and gold kurta with black leggings"),
        D.wearing("she is wearing a red kurta with gold print and black leggings"),
        D.color("gold", "contradiction"),
        color_leggings("black"),
        D.details("gold print on the kurta and a gold necklace", "unsupported"),
        title="Women Maroon & Gold Foil Printed A-Line Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a pink cotton kurta with a small white floral print and three-quarter sleeves, pink leggings
    # and a pink dupatta with tassels; white wall.
    # caption adapter: none
    case(
        "X460-022",
        caption("a woman in a pink kurta with a pink dupatta and pink leggings standing in front of a white wall"),
        D.wearing("a pink kurta and pink leggings with a dupatta"),
        D.color("pink"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("it is made of material", "non_answer"),
        title="Women Pink Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # photo: model in a black straight kurta with a white geometric block print and long sleeves, white leggings;
    # three-quarter side view, white backdrop.
    # caption adapter: none
    case(
        "X460-023",
        caption("a man in a black and white shirt", "pronoun"),
        D.wearing("a black kurta with white print and white leggings"),
        D.color("black"),
        D.pattern("geometric"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        title="Women Black & White Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a teal sleeveless kurta with mirror work on the yoke (no buttons), off-white leggings and an
    # orange printed dupatta; white backdrop.
    # caption adapter: none
    case(
        "X460-024",
        caption("a woman in a blue kurta with an orange dupatta"),
        D.wearing("a blue kurta and an orange dupatta"),
        D.color("orange", "other_garment_color"),
        D.details("mirror work on the yoke and gold buttons", "unsupported"),
        D.material("the garment is made of fabric", "non_answer"),
        title="Women Teal Mirror Work Sleeveless Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a rust kurta with a black-and-white ikat print, three-quarter sleeves, cream leggings; red
    # brick wall behind.
    # caption adapter: none
    case(
        "X460-025",
        caption("a woman in an orange kurta standing in front of a brick wall"),
        D.wearing("an orange kurta and white leggings"),
        D.color("orange"),
        D.pattern("striped", "contradiction"),
        D.description(
            "an orange kurta with a black and white print Question: what is the color of the kurta? Answer: orange",
            "leak",
        ),
        title="Women Rust Ikat Printed Cotton Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: model in blue skinny mid-rise jeans (clean look, no rips) with a white tee tucked in and white
    # sneakers; grey backdrop, full-length front view.
    # caption adapter: the caption
    case(
        "X460-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure "
            "color patterns. The lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.details("the jeans have ripped knees", "unsupported"),
        title="Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black high-rise mom jeans with a mustard crop top tucked in; white backdrop.
    # caption adapter: none
    case(
        "X460-027",
        caption("a woman wearing a yellow top and black jeans"),
        D.wearing("a yellow shirt and yellow pants", "other_garment_color"),
        D.color("black"),
        D.description("a yellow top", "contradiction"),
        D.material("denim"),
        title="Women Black Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue wide-leg jeans with a black cropped tank top; street with shop fronts behind.
    # caption adapter: the caption
    case(
        "X460-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long denim pants. The pants are with denim fabric. The tank top "
            "is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black top and light blue jeans"),
        D.color("blue"),
        color_jeans("black", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        title="Women Light Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in dark navy straight jeans with a white shirt half tucked in; white backdrop.
    # caption adapter: the caption
    case(
        "X460-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and jeans"),
        D.color("black", "contradiction"),
        D.details("the details of the jeans", "non_answer"),
        D.material("denim"),
        title="Women Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in grey skinny jeans ripped at the knees with a pink hoodie; front view only, white backdrop.
    # caption adapter: none
    case(
        "X460-030",
        caption("a woman in a pink hoodie and grey ripped jeans"),
        D.wearing("a pink sweatshirt and grey jeans"),
        D.color("pink", "other_garment_color"),
        D.details("ripped knees and a pocket on the back", "unsupported"),
        D.material("grey jeans", "restated"),
        title="Women Grey Skinny Fit Distressed Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in blue bootcut jeans with a red checked flannel-look shirt; side view, brown backdrop.
    # caption adapter: the caption and the details answer
    case(
        "X460-031",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red plaid shirt and blue jeans"),
        D.color("blue"),
        color_jeans("red", "other_garment_color"),
        D.details(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        fit("flared"),
        title="Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model in white straight jeans with a navy-and-white striped top; white backdrop.
    # caption adapter: none
    case(
        "X460-032",
        caption("a woman in a blue striped shirt and blue jeans", "other_garment_color"),
        D.wearing(
            "she is wearing a blue and white striped top and white jeans Question: what is the color of the jeans? "
            "Answer: white",
            "leak",
        ),
        D.color("blue", "other_garment_color"),
        color_jeans("white"),
        D.material("denim"),
        title="Women White Straight Fit High-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: model in black skinny jeans with a white tee and an open black leather jacket; grey backdrop.
    # caption adapter: none
    case(
        "X460-033",
        caption("a woman in a black leather jacket and black jeans"),
        D.wearing("he is wearing a black jacket, a white shirt and black jeans", "pronoun"),
        D.color("black"),
        D.details("black jeans", "restated"),
        D.material("leather", "unsupported"),
        title="Women Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in white churidar leggings worn under a blue printed knee-length kurta; white backdrop.
    # caption adapter: none
    case(
        "X460-034",
        caption("a woman in a blue kurta and white leggings"),
        D.wearing("a blue kurta and white pants"),
        D.garment_type("kurta", "contradiction"),
        D.color("blue", "other_garment_color"),
        color_leggings("white"),
        title="Women White Solid Churidar-Length Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings (plain waistband, no pockets) with an oversized grey sweatshirt
    # to the hips; white backdrop.
    # caption adapter: none
    case(
        "X460-035",
        caption("a man in a grey sweatshirt and black leggings", "pronoun"),
        D.wearing("a grey sweater and grey leggings", "other_garment_color"),
        D.color("black"),
        is_a("pair of leggings", "yes"),
        D.details("a pocket on the side and a logo on the waistband", "unsupported"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in maroon churidar leggings under a cream kurta with maroon embroidery and a maroon dupatta;
    # beige backdrop.
    # caption adapter: none
    case(
        "X460-036",
        caption("a woman in a white kurta with red embroidery and a red dupatta"),
        D.wearing("a white kurta, red leggings and a red dupatta"),
        D.color("white", "other_garment_color"),
        color_leggings("red"),
        D.material("silk", "unsupported"),
        title="Women Maroon Solid Cotton Lycra Churidar Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in navy blue leggings under a pink floral-printed long-sleeve kurta; white backdrop.
    # caption adapter: the description answer
    case(
        "X460-037",
        caption("a woman in a pink kurta and blue leggings"),
        D.wearing("a pink kurta and navy blue leggings"),
        D.color("pink", "other_garment_color"),
        color_leggings("black", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "contradiction",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Navy Blue Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in mustard leggings under a green straight kurta; white backdrop.
    # caption adapter: none
    case(
        "X460-038",
        caption("a woman in a green kurta and yellow leggings"),
        D.wearing("a green kurta and yellow pants"),
        D.color("green", "other_garment_color"),
        color_leggings("yellow"),
        is_a("pair of leggings", "no", "contradiction"),
        D.details("what are the details of the garment?", "restated"),
        title="Women Mustard Solid Churidar Leggings",
        category="Leggings",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in grey melange ankle leggings with one white stripe down each side and a black crop top; light
    # grey backdrop, side-angle view.
    # caption adapter: none
    case(
        "X460-039",
        caption("a woman in a black top and grey leggings with a white stripe"),
        D.wearing("a black crop top and grey leggings"),
        D.color("grey"),
        D.pattern("striped"),
        D.description("grey leggings with white stripes down the side"),
        title="Women Grey Melange Side Stripe Active Leggings",
        category="Leggings",
        gender="Women",
    ),
    # photo: model in a black pleated midi skirt with a white tee tucked in; white backdrop.
    # caption adapter: none
    case(
        "X460-040",
        caption("a woman in a white shirt and black skirt"),
        D.wearing("a white t-shirt tucked into a black pleated skirt"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        title="Women Black Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue wrap mini skirt with a pink flower print and a side tie, white crop top; outdoors in a
    # garden.
    # caption adapter: none
    case(
        "X460-041",
        caption("a woman in a white top and a floral skirt standing in a garden"),
        D.wearing("a white top and a blue floral skirt"),
        D.color("blue"),
        color_skirt("pink", "contradiction"),
        D.material("the skirt is made of", "cut"),
        title="Women Blue & Pink Floral Print Wrap Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a blue denim A-line mini skirt with front buttons and a pink-and-white striped long-sleeve
    # shirt; pink backdrop.
    # caption adapter: the caption and the details answer
    case(
        "X460-042",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink striped shirt and a denim skirt"),
        D.color("pink", "other_garment_color"),
        color_skirt("blue"),
        D.material("denim"),
        D.details(
            "The skirt is with denim fabric and pure color patterns. The skirt is with denim fabric and pure color "
            "patterns. The skirt",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a maroon satin slip midi skirt with a black tee; white wall with a potted plant beside her.
    # caption adapter: none
    case(
        "X460-043",
        caption("a woman in a black t-shirt and a red satin skirt standing next to a plant"),
        D.wearing("a black shirt and a red skirt"),
        D.color("red"),
        color_skirt("black", "other_garment_color"),
        D.description(
            "a red satin skirt Question: describe the shirt. Answer: a black t-shirt",
            "leak",
        ),
        title="Women Maroon Satin Slip Midi Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white tiered cotton maxi skirt with lace at the hem and a tan crop top, no belt; beige
    # backdrop.
    # caption adapter: none
    case(
        "X460-044",
        caption("a woman in a brown top and a long white skirt"),
        D.wearing("she is wearing a brown top, a white skirt and a brown belt", "unsupported"),
        D.color("white"),
        D.material("linen", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Women White Tiered Cotton Maxi Skirt with Lace Detail",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a green-and-white checked knee-length pencil skirt, white blouse tucked in, black heels; grey
    # backdrop.
    # caption adapter: none
    case(
        "X460-045",
        caption("a woman in a white blouse and a green plaid skirt"),
        D.wearing("a white shirt, a green skirt and black shoes"),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.description("it is a skirt", "non_answer"),
        D.material("a green and white skirt", "restated"),
        title="Women Green & White Checked Pencil Skirt",
        color="Green",
        gender="Women",
    ),
    # photo: model in a navy blue flared midi skirt with white polka dots and a white sleeveless top tucked in;
    # white backdrop.
    # caption adapter: the caption
    case(
        "X460-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and a blue polka dot skirt"),
        D.color("blue"),
        D.pattern("polka dots"),
        color_skirt("white", "other_garment_color"),
        D.description("he is wearing a blue skirt with white polka dots", "pronoun"),
        title="Women Navy Blue Polka Dot Flared Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
]
