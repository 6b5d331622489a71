"""BLIND_289 (46 products; Indian women's ethnic wear: kurta sets, anarkalis, sarees, lehengas, ethnic dresses): written
blind in the forty-third session. Measured blind at d70ba60 (the session's rules as they stood): 103/136 failures
found (75.7%) and 12/172 correct texts flagged (7.0%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English catalog feed of women's ethnic wear: straight and A-line kurtas sold as sets
with palazzos, trousers, churidars or shararas and a dupatta, anarkalis, sarees (silk, cotton, georgette, organza,
satin), lehenga cholis and ethnic dresses. Model shots on plain studio backdrops (white, grey, beige, a curtain) and
outdoors (gardens, courtyards, brick and painted walls, a balcony, temple steps, a river ghat), with props (a swing,
a stool, a brass lamp, potted plants, diyas). Each row has the seller's title, category, color and gender; a few rows
miss the gender, as real feeds do. Sellers' colors are shade names (Mustard, Teal, Rust, Wine, Off White, Lilac...).

Who wrote what: captions and open answers (wearing, description, details, material, the set's own open question)
come from the untuned base `Salesforce/blip2-opt-2.7b` unless the comment before a case names the caption adapter.
The base model writes short lowercase texts and stops on its own (never hit_limit). The caption adapter of the
original experiments writes the DeepFashion template ("The lady wears a long-sleeve shirt with pure color patterns.
The shirt is with cotton fabric. ..."), has no end token and runs to its limit (50 new tokens for captions, 30 for
answers): every adapter text carries hit_limit=True and it returns the template to any question. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors of kurta, bottom and dupatta, "Is this a ...?")
are enrich's `--engine reference` answers, values picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon or wine-red, purple for wine, lavender or lilac,
  yellow for mustard, pink for peach, fuchsia, rani pink or magenta, green for teal, olive, mint or sage, white for
  cream or off white, blue for navy, sky blue or indigo. Peach answered "orange" and navy answered "black" are
  contradictions; maroon answered "brown" too.
- Garment synonyms are correct: dress or gown for an anarkali, skirt for a lehenga, top, shirt or tunic for a kurta
  or kurti, scarf or stole for a dupatta, pants for palazzos, trousers, churidar or sharara, candles for diyas.
  A kurta worn with palazzos called "a dress", a kurta set answered "dress" by the closed garment_type, and a saree
  the adapter calls a dress or "a tank top and a long skirt" are contradictions.
- Colors: the color of another piece in the photo (the dupatta, the palazzos, the blouse of a saree, the jacket over a
  kurta, the jeans under a kurti) given for the product or for a piece is other_garment_color; the color of the
  wall, a curtain, a prop or a border/print only is a contradiction. Where the blouse and the border share a color,
  the blouse (another piece) is what counts: other_garment_color.
- Materials: one the title names is correct (chanderi, linen, velvet, organza, satin, brocade, silk for art silk or
  silk blend), chiffon for georgette is correct, cotton is correct on a printed cotton-look fabric; silk on georgette,
  cotton on a shiny Kanjeevaram silk and denim on indigo cotton are unsupported, and so is a fabric neither named
  nor visible (silk on a printed midi dress or an unnamed sharara set, chiffon on a cotton kurta, denim on a kurti
  worn over jeans).
- Invented items (a belt, a handbag, buttons, mirror work that is not there, a bindi, holding a lamp she stands by)
  are unsupported. Jewellery the model really wears is correct ("gold jewelry" on the temple-jewellery saree shot).
- "Is this a kurta?" answered "no" for an anarkali kurta set and "Is this a pair of jeans?" answered "yes" for a
  kurti shot over jeans are contradictions (the product is the kurta). "striped" for a leheriya saree is correct
  (leheriya is a wave-stripe dye); "striped" for a plain saree with a border is a contradiction.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without a repeat is cut; the
  template returned for the material question is restated (even where it names a fabric); the template that
  misnames the garment (a saree as a dress) is contradiction, hit_limit kept. "shirt" for a kurta in the template is
  a synonym, so those templates are cut or loop. The template answering wearing, description or details does
  answer, so those are cut or loop.
- Base texts: a stop after a few words ("it is made of", "a white shirt with blue") is cut without hit_limit; "the
  details of the kurta" and "it is made of fabric" are non_answer; "the garment is made of a kurta" and "the kurta
  is navy blue" for the material are restated; a base answer running on into "Question: ... Answer: ..." is leak; a
  short repeated phrase ("red flowers, red flowers, ...") is loop; "he" for the woman is pronoun. A caption that
  only names the backdrop and the model ("a woman standing in front of a brick wall") is correct.
- The adapter knows only the DeepFashion fabrics (cotton, chiffon, denim, knitted...): "cotton" in a template for a
  velvet kurta is the template, labelled cut or loop like the others, not unsupported.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom wear?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
border = question("border", "What is the border of the saree?", "open")
neckline = question("neckline", "What is the neckline of the kurta?", "open")

BLIND_289 = [
    # photo: model in a maroon straight rayon kurta with gold foil print, maroon palazzos, maroon dupatta with a gold
    # border over one shoulder; plain white studio backdrop, front view.
    # adapter: none
    case(
        "X289-001",
        caption("a woman in a maroon kurta and palazzo pants with a dupatta"),
        D.wearing("a red kurta with gold print and a dupatta"),
        D.garment_type("kurta set"),
        color_kurta("maroon"),
        color_bottom("maroon"),
        color_dupatta("gold", "contradiction"),
        D.material("silk", "unsupported"),
        title="Women Maroon Foil Printed Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white chikankari cotton kurta with three-quarter sleeves and white straight trousers, no
    # dupatta; light grey wall with a potted plant beside her.
    # adapter: caption, details
    case(
        "X289-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        D.description("a white kurta with white embroidery and a white dupatta", "unsupported"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The pants are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("cotton"),
        title="Women White Chikankari Embroidered Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a red Banarasi silk saree with a gold zari border, red blouse, pallu over the shoulder, small
    # earrings and no necklace; outdoor heritage courtyard with sandstone arches.
    # adapter: none
    case(
        "X289-003",
        caption("a woman in a red saree standing in front of a building"),
        D.wearing("a red and gold saree"),
        D.garment_type("lehenga", "contradiction"),
        D.color("red"),
        D.details("gold border and a gold necklace", "unsupported"),
        is_a("saree", "yes"),
        D.material("silk"),
        title="Woven Design Zari Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue flared anarkali kurta with white floral print, long sleeves, white trousers, navy
    # dupatta over one arm; outdoor garden with hedges.
    # adapter: none
    case(
        "X289-004",
        caption("a woman in a blue dress standing in a garden"),
        D.wearing("a blue floral dress and blue pants", "other_garment_color"),
        color_kurta("blue"),
        color_bottom("blue", "other_garment_color"),
        color_dupatta("navy blue"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        title="Women Navy Blue Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow straight cotton kurta with a small white block print, v-neck, white palazzos,
    # white mulmul dupatta; standing against a pink painted wall, front view.
    # adapter: caption, details, material
    case(
        "X289-005",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve shirt with graphic patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        D.color("yellow"),
        color_bottom("white"),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        color_dupatta("pink", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a v-shape neckline. The pants are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Printed Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: bridal shot: model in a red velvet lehenga with heavy gold zardozi embroidery, red blouse, red net
    # dupatta over the head, maang tikka and earrings; beige studio backdrop. No mirror work anywhere.
    # adapter: caption (the choli as a tank top, the lehenga as a long skirt: synonyms, so cut)
    case(
        "X289-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. "
            "It has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red lehenga choli with gold embroidery"),
        D.garment_type("lehenga"),
        D.color("red"),
        D.material("velvet"),
        color_dupatta("gold", "contradiction"),
        D.details("the lehenga has gold embroidery and mirror work", "unsupported"),
        title="Embroidered Velvet Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: model in a teal kurta with a gold embroidered yoke, three-quarter sleeves, teal straight pants, no
    # dupatta; grey studio backdrop.
    # adapter: none
    case(
        "X289-007",
        caption("a woman in a green kurta and pants"),
        D.wearing("a green kurta and green pants"),
        D.color("green"),
        D.description("a green kurta with a green dupatta", "unsupported"),
        D.details("gold embroidery on the neck"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("it is made of", "cut"),
        title="Women Teal Yoke Design Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a pink and white leheriya (diagonal wave-stripe) cotton saree with no border and a plain white
    # blouse; outdoor rooftop, blue sky.
    # adapter: none
    case(
        "X289-008",
        caption("a woman in a pink saree standing on a roof"),
        D.wearing("a pink and white saree with a pink blouse", "other_garment_color"),
        D.pattern("striped"),
        D.color("white", "other_garment_color"),
        D.material("cotton"),
        D.details("stripes on the saree and a gold border", "unsupported"),
        is_a("saree", "yes"),
        title="Pink Leheriya Printed Pure Cotton Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a floor-length black georgette anarkali gown with silver sequin work, full sleeves, round neck,
    # no dupatta, a few bangles; dark grey studio backdrop.
    # adapter: caption, details
    case(
        "X289-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. There is an accessory on her wrist. The lady also wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black gown"),
        D.garment_type("dress"),
        D.color("black"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Black Embellished Georgette Anarkali Gown",
        category="Anarkali Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: model walking in a park, olive green A-line kurta with a small floral print, olive palazzos, beige
    # printed dupatta around the neck; trees behind. No belt.
    # adapter: caption
    case(
        "X289-010",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green kurta with green pants and a green scarf", "other_garment_color"),
        color_kurta("olive"),
        color_bottom("green"),
        color_dupatta("green", "other_garment_color"),
        D.description("a green kurta with flowers on it and a brown belt", "unsupported"),
        title="Women Olive Green Floral Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a lavender organza saree with an embroidered border and a sleeveless lavender blouse; studio
    # with a white arch prop behind her.
    # adapter: none
    case(
        "X289-011",
        caption("a woman in a purple saree"),
        D.wearing(
            "a purple saree Question: what is the color of the saree? Answer: purple",
            "leak",
        ),
        D.color("purple"),
        D.material("organza"),
        D.sleeve_length("long sleeves", "contradiction"),
        border("the border of the saree", "non_answer"),
        title="Lavender Embroidered Organza Saree with Blouse Piece",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a rust orange kurta with white thread embroidery at the neck and cuffs, white trousers, no
    # dupatta; standing against an exposed red brick wall.
    # adapter: none
    case(
        "X289-012",
        caption("a woman standing in front of a brick wall"),
        D.wearing("an orange kurta and orange pants", "other_garment_color"),
        D.color("orange"),
        color_bottom("red", "contradiction"),
        D.details("white embroidery on the neck and the sleeves"),
        D.description("he is wearing an orange shirt", "pronoun"),
        title="Women Rust Orange Thread Work Kurta with Trousers",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: model seated on a wooden swing in a garden, peach anarkali kurta with gold gota patti lace at the hem,
    # v-neck, peach trousers, peach dupatta with gota border.
    # adapter: caption, wearing
    case(
        "X289-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a v-shape",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        color_dupatta("pink"),
        D.details("gold lace on the dupatta and the hem"),
        is_a("kurta", "no", "contradiction"),
        title="Peach Gotta Patti Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a cream chanderi kurta with small gold butis, cream trousers, bright pink dupatta with tassels
    # draped over both arms, three-quarter sleeves; white studio backdrop.
    # adapter: details
    case(
        "X289-014",
        caption("a woman in a white kurta with a pink dupatta"),
        D.wearing("a white kurta and a pink scarf"),
        D.color("pink", "other_garment_color"),
        color_kurta("white"),
        color_dupatta("pink"),
        D.material("chanderi silk"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "lady wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        title="Women Cream Chanderi Kurta with Trousers & Pink Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a blue and white indigo dabu printed cotton kurta, plain round neck with no placket or buttons,
    # white palazzos; outdoor, in front of a blue wooden door.
    # adapter: caption
    case(
        "X289-015",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta with white pants"),
        D.pattern("printed"),
        D.color("blue"),
        neckline("a v neck", "contradiction"),
        D.material("denim", "unsupported"),
        D.details("the kurta has buttons on the front", "unsupported"),
        title="Women Indigo Dabu Print Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model by a lake in a sage green tiered ethnic maxi dress with mirror work on the yoke, short sleeves,
    # round neck, a thin bracelet; feet not in frame.
    # adapter: caption
    case(
        "X289-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. There is an accessory on her wrist. The lady also wears a pair of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.garment_type("dress"),
        D.material("silk", "unsupported"),
        D.color("green"),
        D.sleeve_length("short sleeves"),
        D.details("mirror work on the neck"),
        D.description("", "non_answer"),
        title="Sage Green Mirror Work Tiered Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Sage Green",
    ),
    # photo: model in a magenta silk saree with a contrast green border with thin gold zari lines, green blouse;
    # studio with a tall brass lamp beside her.
    # adapter: none
    case(
        "X289-017",
        caption("a woman in a pink saree with a green border"),
        D.wearing("a pink saree"),
        D.color("green", "other_garment_color"),
        D.pattern("solid"),
        D.material("silk"),
        D.details(
            "the saree has a green border Question: what is the material of the saree? Answer: silk",
            "leak",
        ),
        title="Magenta Pure Silk Saree with Contrast Border",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a white cotton kurta with a black geometric print, black palazzos, no dupatta;
    # three-quarter sleeves, grey backdrop.
    # adapter: details, material
    case(
        "X289-018",
        caption("a woman in a black and white kurta and black pants"),
        D.wearing("a white kurta with black print and black pants"),
        D.color("black", "other_garment_color"),
        color_bottom("black"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White & Black Geometric Print Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a royal blue georgette lehenga with silver mirror work, matching sleeveless blouse, light blue net
    # dupatta; outdoor palace lawn with a domed building behind.
    # adapter: caption, details
    case(
        "X289-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. "
            "The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue lehenga with a blue blouse and dupatta"),
        D.garment_type("lehenga"),
        D.color("blue"),
        color_dupatta("blue"),
        D.details(
            "The skirt is with chiffon fabric and pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Royal Blue Mirror Work Georgette Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Royal Blue",
        gender="Women",
    ),
    # photo: model in a black kurta with a red floral print, red palazzos, red dupatta; white studio, three-quarter
    # view.
    # adapter: none
    case(
        "X289-020",
        caption("a woman in a black and red dress", "contradiction"),
        D.wearing("a black kurta with red flowers and red pants"),
        color_kurta("red", "other_garment_color"),
        color_bottom("red"),
        color_dupatta("red"),
        D.details("red flowers, red flowers, red flowers, red flowers, red flowers", "loop"),
        title="Women Black Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: layered outfit: model in a beige linen full-sleeve kurta and beige trousers under an open navy printed
    # sleeveless jacket with no buttons (part of the set); white studio.
    # adapter: none
    case(
        "X289-021",
        caption("a woman in a beige kurta and a blue jacket"),
        D.wearing("a blue jacket over a beige kurta"),
        D.color("blue", "other_garment_color"),
        D.garment_type("kurta set"),
        D.sleeve_length("long sleeves"),
        D.material("linen"),
        D.details("the jacket has a print and gold buttons", "unsupported"),
        title="Women Beige Linen Kurta with Trousers & Printed Jacket",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a mint green chikankari georgette anarkali, white churidar, white dupatta; outdoor garden with
    # flower beds.
    # adapter: caption, description
    case(
        "X289-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green anarkali with a white dupatta"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        color_kurta("green"),
        color_bottom("green", "other_garment_color"),
        color_dupatta("white"),
        D.material("the anarkali is made of", "cut"),
        title="Mint Green Chikankari Georgette Anarkali Kurta Set",
        category="Kurta Sets",
        color="Mint Green",
        gender="Women",
    ),
    # photo: model seated on temple steps in a mustard yellow Kanjeevaram silk saree, plain body with a wide pink
    # border, pink blouse, gold temple jewellery (necklace, earrings).
    # adapter: none
    case(
        "X289-023",
        caption("a woman in a yellow saree sitting on the steps of a temple"),
        D.wearing("he is wearing a yellow and pink saree with gold jewelry", "pronoun"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.material("cotton", "unsupported"),
        is_a("lehenga", "no"),
        title="Mustard Yellow Kanjeevaram Silk Saree with Contrast Border",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a grey cotton kurta with thin white vertical stripes, three-quarter sleeves, grey trousers, no
    # dupatta; white backdrop.
    # adapter: caption
    case(
        "X289-024",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey pants"),
        D.pattern("striped"),
        D.color("grey"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("stripes on the kurta and stripes on the pants", "unsupported"),
        D.material("the garment is made of a kurta", "restated"),
        title="Women Grey Striped Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a fuchsia short kurti with gold embroidery, fuchsia flared sharara, fuchsia dupatta; grey studio.
    # adapter: none
    case(
        "X289-025",
        caption("a woman in a pink outfit with a dupatta"),
        D.wearing("a pink kurta and sharara pants"),
        D.color("pink"),
        color_bottom("pink"),
        D.material("silk", "unsupported"),
        D.details(
            "gold embroidery on the kurta Question: what is the color of the dupatta? Answer: pink",
            "leak",
        ),
        D.garment_type("dress", "contradiction"),
        title="Fuchsia Embroidered Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in an off-white kurta with a multicolour floral print, green palazzos, green dupatta; beige studio.
    # Hands empty, no bag.
    # adapter: none
    case(
        "X289-026",
        caption("a woman in a floral print kurta and green pants"),
        D.wearing("a white floral kurta with green pants and a green scarf"),
        D.color("green", "other_garment_color"),
        color_kurta("white"),
        D.pattern("floral"),
        D.material("it is made of cotton and", "cut"),
        D.description("a white kurta with flowers and a matching handbag", "unsupported"),
        title="Women Off White Floral Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a red bandhani-print georgette saree, short-sleeved red blouse, in a street against a yellow wall.
    # adapter: caption
    case(
        "X289-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red saree"),
        D.color("yellow", "contradiction"),
        D.pattern("printed"),
        D.material("chiffon"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Red Bandhani Print Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue straight kurta with gold foil print, long sleeves, navy trousers, no dupatta; white
    # backdrop.
    # adapter: caption
    case(
        "X289-028",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue kurta and pants"),
        D.color("black", "contradiction"),
        D.details("the details of the kurta", "non_answer"),
        D.sleeve_length("long sleeves"),
        D.material("the kurta is navy blue", "restated"),
        neckline("round neck"),
        title="Women Navy Blue Foil Print Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a green art silk lehenga with floral embroidery, pink blouse, pink dupatta; outdoor garden
    # strung with fairy lights.
    # adapter: details
    case(
        "X289-029",
        caption("a woman in a green and pink lehenga"),
        D.wearing("a green skirt and pink top"),
        D.color("pink", "other_garment_color"),
        color_dupatta("pink"),
        D.details(
            "The skirt is with cotton fabric and floral patterns. The lady wears a short-sleeve shirt with pure "
            "color patterns. The shirt",
            "cut",
            hit_limit=True,
        ),
        D.description("he is wearing a green lehenga", "pronoun"),
        D.material("silk"),
        title="Green & Pink Embroidered Art Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: model seated on a wooden stool in a maroon ethnic-motif printed A-line midi dress, tie-up neck with
    # tassels, three-quarter sleeves; beige studio.
    # adapter: none
    case(
        "X289-030",
        caption("a woman in a maroon dress sitting on a stool"),
        D.wearing("a red dress"),
        D.garment_type("dress"),
        D.color("brown", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("tassels on the neck"),
        D.material("silk", "unsupported"),
        title="Maroon Ethnic Motifs Printed A-Line Midi Dress",
        category="Ethnic Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a pastel pink organza kurta with floral embroidery, pink trousers, sheer pink organza dupatta;
    # white studio.
    # adapter: caption, wearing, material
    case(
        "X289-031",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with chiffon fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. The lady "
            "wears a long-sleeve shirt with floral",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The shirt is with chiffon fabric and floral patterns. It has a round neckline. The pants are with chiffon",
            "restated",
            hit_limit=True,
        ),
        D.color("pink"),
        color_dupatta("pink"),
        title="Pink Floral Embroidered Organza Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white and blue ikat printed cotton kurta, blue palazzos, no dupatta; courtyard with a white
    # wall and potted plants.
    # adapter: none
    case(
        "X289-032",
        caption("a woman standing next to a plant in a blue and white outfit"),
        D.wearing("a white top and blue pants"),
        D.pattern("printed"),
        D.color("white"),
        color_bottom("white", "other_garment_color"),
        D.material("cotton"),
        D.details("a white shirt with blue", "cut"),
        title="Women White & Blue Ikat Print Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a purple silk-blend anarkali with a gold zari border, purple churidar, gold tissue dupatta;
    # studio with a dark maroon curtain behind.
    # adapter: none
    case(
        "X289-033",
        caption("a woman in a purple anarkali with a gold dupatta"),
        D.wearing("a purple dress with a gold scarf"),
        D.color("red", "contradiction"),
        color_kurta("purple"),
        color_dupatta("gold"),
        D.garment_type("anarkali"),
        D.details(
            "gold border on the dupatta Question: what is the color of the churidar? Answer: purple",
            "leak",
        ),
        title="Purple Zari Work Silk Blend Anarkali Kurta Set",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a white pure cotton saree with a red border, red blouse, no bindi; outdoor river ghat with steps.
    # adapter: none
    case(
        "X289-034",
        caption("a woman in a white saree with a red border standing by the river"),
        D.wearing("a white and red saree"),
        D.color("red", "other_garment_color"),
        D.material("cotton"),
        D.pattern("solid"),
        D.details("a red border and a red bindi", "unsupported"),
        title="White Pure Cotton Saree with Red Border",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in a wine velvet kurta with gold embroidery at the neck and cuffs, full sleeves, wine velvet
    # palazzos, no dupatta; grey backdrop, front view.
    # adapter: caption, details
    case(
        "X289-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple kurta and pants"),
        D.color("purple"),
        D.material("velvet"),
        color_bottom("black", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Wine Embroidered Velvet Kurta with Palazzos",
        category="Kurta Sets",
        color="Wine",
    ),
    # photo: street shot: model in a yellow cotton short kurti with a blue floral print worn over blue jeans (not sold
    # with it), white sneakers; city street behind.
    # adapter: none
    case(
        "X289-036",
        caption("a woman in a yellow top and jeans"),
        D.wearing("a yellow shirt and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("kurta"),
        D.pattern("floral"),
        D.material("denim", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Yellow Floral Print Cotton Short Kurti",
        category="Kurtis",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a pastel peach sequinned net lehenga, sleeveless peach blouse, peach net dupatta; white studio.
    # adapter: wearing, description, details
    case(
        "X289-037",
        caption("a woman in a pink lehenga"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The "
            "skirt is with chiffon",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The tank top is with chiffon fabric and pure color patterns. It has a v-shape neckline. The skirt is "
            "with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The lady "
            "wears a sleeveless tank top with",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "contradiction"),
        D.garment_type("lehenga"),
        title="Peach Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a sky blue kurta with white chikankari, white trousers, white dupatta; outdoor balcony with a
    # white railing.
    # adapter: caption
    case(
        "X289-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. The lady wears a long pants. The pants are "
            "with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a light blue kurta with white pants and a white dupatta"),
        color_kurta("blue"),
        color_bottom("white"),
        color_dupatta("blue", "other_garment_color"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Sky Blue Chikankari Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a rani pink silk-blend flared ethnic dress with a gold zari border at the hem and cuffs,
    # three-quarter sleeves, bare neck, no jewellery; beige studio.
    # adapter: none
    case(
        "X289-039",
        caption("a woman in a pink dress with a gold border"),
        D.wearing("a pink dress with a gold necklace", "unsupported"),
        D.color("pink"),
        D.garment_type("dress"),
        D.description(
            "a pink dress with gold border Question: what are the details of the garment? Answer: the dress has a "
            "gold border",
            "leak",
        ),
        D.material("silk"),
        title="Rani Pink Zari Border Silk Blend Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an orange kurta with a pink embroidered yoke, pink palazzos, orange and pink dupatta; outdoor
    # with marigold garlands hanging behind. No belt.
    # adapter: none
    case(
        "X289-040",
        caption("a woman in an orange kurta and pink pants"),
        D.wearing(
            "an orange kurta with orange pants and an orange dupatta",
            "other_garment_color",
        ),
        D.color("orange"),
        color_bottom("orange", "other_garment_color"),
        color_dupatta("orange"),
        D.details(
            "pink embroidery on the neck and the sleeves, and a pink belt",
            "unsupported",
        ),
        title="Orange & Pink Yoke Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a plain bottle green satin saree with a sleeveless green blouse; grey studio.
    # adapter: caption
    case(
        "X289-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. "
            "The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green saree"),
        D.color("green"),
        D.material("satin"),
        D.sleeve_length("sleeveless"),
        D.details("", "non_answer"),
        is_a("saree", "yes"),
        title="Bottle Green Solid Satin Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white cotton kurta with a pink floral print, pink trousers; outdoor against a wall covered in
    # pink bougainvillea.
    # adapter: caption
    case(
        "X289-042",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta with pink flowers and pink pants"),
        D.color("pink", "other_garment_color"),
        color_kurta("white"),
        D.pattern("floral"),
        D.details("pink flowers"),
        D.material("chiffon", "unsupported"),
        title="Women White Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue art silk saree with a gold zari border and a gold blouse, standing beside a tall brass
    # lamp (hands at her sides, bare wrists); white studio backdrop.
    # adapter: none
    case(
        "X289-043",
        caption("a woman in a blue saree holding a lamp", "unsupported"),
        D.wearing("a blue saree with a gold border"),
        D.color("gold", "other_garment_color"),
        D.pattern("solid"),
        D.description("a blue saree with a gold border and gold bangles", "unsupported"),
        D.material("silk"),
        border("gold border"),
        title="Navy Blue Zari Border Art Silk Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a lilac ethnic-print kurta, lilac palazzos, plain white dupatta;
    # white studio backdrop.
    # adapter: caption
    case(
        "X289-044",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple kurta and purple pants"),
        color_kurta("purple"),
        color_bottom("purple"),
        color_dupatta("purple", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        title="Lilac Ethnic Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: festive shot: model in a red and gold brocade A-line kurta, gold palazzos, red net dupatta; lit diyas on
    # a low table in front of her.
    # adapter: none
    case(
        "X289-045",
        caption("a woman in a red and gold outfit with candles"),
        D.wearing("a red and gold dress", "contradiction"),
        D.color("red"),
        color_bottom("gold"),
        color_dupatta("gold", "other_garment_color"),
        D.material("brocade"),
        D.details("the kurta has a gold", "cut"),
        title="Red Brocade A-Line Kurta with Palazzos & Net Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # photo: model at dusk in a black cotton-blend anarkali with multicolour floral embroidery, black churidar,
    # maroon dupatta; heritage stone wall behind.
    # adapter: caption, details
    case(
        "X289-046",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black dress with a red scarf"),
        D.color("black"),
        color_dupatta("black", "other_garment_color"),
        D.details(
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The dress is with "
            "cotton fabric and floral",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.description("he is wearing a black anarkali", "pronoun"),
        title="Black Embroidered Cotton Blend Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
]
