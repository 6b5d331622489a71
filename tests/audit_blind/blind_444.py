"""BLIND_444 (46 products; girls' and women's Indian ethnic sets for a festival sale): written blind in the forty-
seventh session. Measured blind at 496f1cc (the session's rules as they stood): 98/126 failures found (77.8%) and
8/160 correct texts flagged (5.0%). The writer's notes, verbatim:

Scenario: a festival-sale (Diwali, Navratri, wedding season) English catalog feed of Indian ethnic wear for women and
girls: kurta-palazzo and kurta-pant sets, kurti-sharara and gharara sets, anarkali gowns and anarkali kurtas, lehenga
cholis (bridal, printed, girls' ghagras), a few dupattas sold on their own. Most photos are model shots, many in two
or three colors (a mustard kurta over white palazzos with a printed dupatta, a green lehenga with a pink dupatta),
with zari, gota, mirror work and sequins, and festive props (diyas, marigold garlands, swings, rangoli, temple
pillars, flower walls, fairy lights, brass plates). Each row has the seller's title, category, color and gender; a
few miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
yellow kurta ...") unless the comment says the caption adapter wrote them (the DeepFashion template: "The lady wears
a long-sleeve shirt with pure color patterns and a long pants. The pants are with cotton fabric ..."). The adapter
has no end-of-answer token, so its texts run to the limit (hit_limit=True) and either repeat the template (loop) or
stop mid-sentence (cut); it knows no kurta, lehenga, dupatta, silk or velvet, only shirt/dress/skirt/pants and
cotton/chiffon/denim. Asked a question it returns the template. The other open answers (wearing, description,
details, material and the set's own open questions) come from the base model: short, lowercase, they stop on their
own and never have hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors
and "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets; they never loop or cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: yellow for mustard, red for maroon, wine or burgundy, green for
  teal, mint, bottle green or sea green, blue for navy, cobalt, indigo, teal blue or sky blue, pink for peach, coral,
  fuchsia or magenta, purple for lavender, white or cream for off white, ivory or beige, grey for steel grey or
  silver, orange for rust or saffron.
- Garment synonyms are correct: dress or gown for an anarkali gown, kurti/kurta/top for the upper piece of a set,
  pants/trousers for palazzos, churidar, sharara and gharara, leggings for churidar, skirt for a lehenga or ghagra,
  blouse/top for a choli, scarf for a dupatta, vest for a sleeveless ethnic jacket, lamp or candle for a diya.
  "dress" as garment_type for a kurti with sharara (two pieces) is contradiction; for an anarkali gown it is correct.
- Per-piece colors: a piece given the color of another piece of the outfit (the dupatta's pink for a green lehenga,
  the skirt's pink for the green choli) is other_garment_color, whether the open or the closed engine says it. A
  color no piece has (the wall's yellow, the door's blue, the curtain's red) is contradiction, and so is the color of
  the print, the zari or the trim given as the garment's color (gold for a red lehenga with gold work) where no
  piece of the outfit is that color. Where the print color is also the dupatta's, the dupatta's is taken
  (other_garment_color).
- Props and backdrops named as such (a flower wall, marigolds, a swing, a brass plate, a blue door) are correct.
  Jewelry is correct only where the photo comment says the model wears it; an invented necklace, crown, belt,
  flower in the hair, buttons or pockets the photo does not show is unsupported.
- Materials: one named in the title (silk, velvet, organza, georgette, net, rayon, cotton, satin) is correct;
  chiffon for georgette is correct; cotton on a plain printed cotton-look kurta with no fabric in the title is
  correct; silk, lace or satin neither named nor visible is unsupported. "it is made of fabric" is non_answer; the
  garment's name and color given for the material is restated.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without a
  repeat is cut (also where it names an accessory before stopping); the template returned for the material question
  is restated (hit_limit kept); the template answering wearing/description/details does answer, so cut or loop.
  Calling a kurta "shirt" and a sharara or palazzo "long pants" is the adapter's vocabulary, not a contradiction.
- A base answer stopping early mid-phrase ("a pink kurta and white") is cut without hit_limit. "the details of the
  dress", "the details are on the kurta" are non_answer; a detail question answered "she is wearing a yellow dress"
  is restated. Base answers running on into "Question: ... Answer: ..." are leak even where the start is right.
- "he" for a woman or a girl is pronoun. "lady" for a girl (the adapter's word) is not a failure.
- Closed answers: the reference engine's wrong values are contradiction (navy as black, sleeveless for sleeved,
  "no" to "Is this a lehenga?" for a lehenga, "saree" for a lehenga, "striped" for an embroidered or ikat kurta),
  except where the value is the color of another piece in the photo (other_garment_color). "printed" for a solid
  kurta sold with a printed dupatta is contradiction (the pattern question asks of the kurta, the listed garment).
- Flat lays and dupatta-only products: "What is the person wearing?" answered with the garments is correct; the
  product of a dupatta listing is the dupatta, so the kurta's color for the closed color is other_garment_color.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
embroidery = question("embroidery", "What embroidery is on the garment?", "open")
dupatta_border = question("dupatta_border", "What is the border of the dupatta?", "open")
neckline = question("neckline", "What is the neckline of the kurta?", "open")


BLIND_444 = [
    # photo: woman in a mustard yellow straight kurta with small white floral print, matching mustard palazzos, white
    # cotton dupatta over one shoulder; plain white studio backdrop, front view, full length. No jewelry but studs.
    # all texts: base model / reference engine
    case(
        "X444-001",
        caption("a woman in a yellow kurta and a white dupatta"),
        D.wearing("a yellow kurta with white palazzo pants", "other_garment_color"),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        color_dupatta("white"),
        D.material("cotton"),
        title="Women Mustard Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a floor-length maroon georgette anarkali gown, gold zari embroidery on the yoke, long sleeves,
    # matching maroon dupatta on the arm; beige wall with a brass lamp on a side table; front view.
    # caption: adapter
    case(
        "X444-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.details("gold embroidery on the neck and the", "cut"),
        D.material("silk", "unsupported"),
        title="Women Maroon Zari Embroidered Georgette Anarkali Gown with Dupatta",
        category="Ethnic Gowns",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl of about eight in a pink net lehenga skirt with a gold gota border, green sleeveless choli, pink net
    # dupatta across the chest; plain cream studio backdrop, front view.
    # all texts: base model / reference engine
    case(
        "X444-003",
        caption("a little girl in a pink and green lehenga"),
        D.wearing("a pink skirt and a green top"),
        color_skirt("pink"),
        color_top("pink", "other_garment_color"),
        is_a("lehenga", "yes"),
        D.description("he is wearing a pink lehenga with a gold border", "pronoun"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Girls Pink & Green Gota Patti Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in an off-white chikankari kurta, three-quarter sleeves, matching off-white palazzos, no dupatta;
    # standing beside a potted areca palm against a teal painted wall; front view.
    # all texts: base model / reference engine
    case(
        "X444-004",
        caption("a woman in a white kurta standing in front of a blue wall"),
        D.wearing("a white dress with blue pants", "contradiction"),
        D.color("white"),
        D.material("linen", "unsupported"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Off White Chikankari Embroidered Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a navy blue short kurti with silver mirror work, long sleeves, navy sharara, silver-grey organza
    # dupatta; plain grey backdrop; front view.
    # caption and details: adapter
    case(
        "X444-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and grey pants", "other_garment_color"),
        D.color("black", "contradiction"),
        color_dupatta("grey"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("organza"),
        title="Women Navy Blue Mirror Work Kurti with Sharara & Organza Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bride in a red velvet lehenga with heavy gold zari embroidery, red half-sleeve blouse, red net dupatta
    # over her head; she wears a maang tikka and a gold choker necklace; carved wooden door behind; front view.
    # all texts: base model / reference engine
    case(
        "X444-006",
        caption("a bride in a red lehenga standing in front of a wooden door"),
        D.wearing("a red and gold lehenga with a necklace"),
        D.color("gold", "contradiction"),
        D.description("a red lehenga with gold embroidery and a red dupatta"),
        D.sleeve_length("short sleeves"),
        D.material(
            "the lehenga is made of velvet and the dupatta is made of net. Question: what is the color of the blouse? "
            "Answer: red",
            "leak",
        ),
        D.details(
            "the lehenga has a lot of embroidery on it and the dupatta is made of",
            "cut",
        ),
        title="Women Red Embroidered Velvet Bridal Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: girl in a yellow printed short kurti with orange sharara and a white dupatta with pompom trim; backdrop of
    # hanging orange marigold garlands; front view.
    # all texts: base model / reference engine
    case(
        "X444-007",
        caption("a little girl in a yellow and orange outfit standing in front of marigold flowers"),
        D.wearing("he is wearing a yellow kurta", "pronoun"),
        color_pants("orange"),
        D.garment_type("dress", "contradiction"),
        D.pattern("printed"),
        D.color("orange", "other_garment_color"),
        title="Girls Yellow & Orange Printed Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a teal green anarkali kurta with gold foil print, long sleeves, white churidar, teal dupatta;
    # plain white backdrop; front view.
    # caption: adapter
    case(
        "X444-008",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. This lady wears a ring on",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        color_pants("green", "other_garment_color"),
        D.wearing("a green dress and white leggings"),
        D.description("a green anarkali with gold print and a green dupatta with a gold", "cut"),
        D.material("rayon"),
        title="Women Teal Foil Printed Rayon Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a pastel peach organza sharara set: sleeveless kurti with sequin work, peach sharara, peach
    # dupatta; hair open, no flowers in it; backdrop is a wall of pink paper flowers; front view.
    # all texts: base model / reference engine
    case(
        "X444-009",
        caption("a woman in a pink outfit standing in front of a flower wall"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.wearing("a pink dress", "contradiction"),
        D.material("organza"),
        D.details("sequins on the top and a pink flower in her hair", "unsupported"),
        title="Women Peach Sequinned Organza Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a black straight kurta with red floral block print, black straight pants, mustard dupatta with
    # tassels; outdoors, exposed brick wall behind; front view.
    # all texts: base model / reference engine
    case(
        "X444-010",
        caption("a woman in a black kurta with red flowers standing in front of a brick wall"),
        D.wearing("a red kurta and black pants", "contradiction"),
        color_dupatta("red", "contradiction"),
        D.pattern("floral"),
        D.material("cotton"),
        D.description(
            "a black kurta with red flowers and a yellow scarf. Question: what is the color of the pants? Answer: "
            "black",
            "leak",
        ),
        D.color("black"),
        title="Women Black & Red Block Printed Cotton Kurta with Pants & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a lavender net anarkali gown with a silver sequin yoke and sheer full sleeves, on a stage lit with
    # fairy lights; front view.
    # caption: adapter
    case(
        "X444-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.color("purple"),
        D.wearing("a purple dress with a silver belt", "unsupported"),
        D.details("silver sequins on the top"),
        is_a("dress", "yes"),
        D.material("silk", "unsupported"),
        title="Girls Lavender Sequinned Net Anarkali Gown",
        category="Ethnic Gowns",
        color="Lavender",
        gender="Girls",
    ),
    # photo: flat lay of a pink and orange bandhani dupatta with a gold gota border, spread on a white surface; no
    # person. The bandhani dots are white.
    # all texts: base model / reference engine
    case(
        "X444-012",
        caption("a pink and orange scarf on a white background"),
        D.garment_type("saree", "contradiction"),
        D.color("pink"),
        D.wearing("a pink dress", "contradiction"),
        D.details("gold border and small white dots"),
        D.material("silk"),
        title="Women Pink & Orange Bandhani Silk Blend Dupatta",
        category="Dupattas",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a royal blue velvet kurta with gold embroidery at the neckline, long sleeves, cream straight
    # pants, cream dupatta; dark maroon backdrop; front view.
    # all texts: base model / reference engine
    case(
        "X444-013",
        caption("a woman in a blue velvet kurta"),
        D.wearing("a blue kurta and blue pants", "other_garment_color"),
        color_pants("white"),
        D.material("velvet"),
        D.details("the details are on the kurta", "non_answer"),
        color_dupatta("red", "contradiction"),
        title="Women Royal Blue Embroidered Velvet Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a green banarasi silk lehenga with gold zari buttis, green short-sleeve blouse, pink dupatta
    # draped over the shoulder; temple-pillar set behind; front view.
    # caption and material: adapter
    case(
        "X444-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color patterns. The lady wears a short-sleeve shirt with pure color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        color_skirt("green"),
        color_dupatta("green", "other_garment_color"),
        D.wearing("a green lehenga and a pink dupatta"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and pure",
            "restated",
            hit_limit=True,
        ),
        is_a("saree", "no"),
        title="Women Green & Pink Banarasi Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: woman in an indigo blue cotton kurta with white dabu floral print, white palazzos, no dupatta; sitting on
    # a wooden chair in a garden; front view.
    # all texts: base model / reference engine
    case(
        "X444-015",
        caption("a woman sitting on a chair in a garden"),
        D.wearing("a blue and white kurta and pants"),
        D.color("blue"),
        color_pants("white"),
        D.pattern("printed"),
        D.material("cotton"),
        title="Women Indigo Dabu Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Indigo",
        gender="Women",
    ),
    # photo: girl in a red and gold brocade lehenga with red short-sleeve blouse and a gold tissue dupatta, holding a
    # lit diya in both hands; rangoli on the floor in front of her; front view.
    # all texts: base model / reference engine
    case(
        "X444-016",
        caption("a little girl holding a candle"),
        D.wearing("a red lehenga"),
        color_dupatta("gold"),
        D.description("he is wearing a red lehenga and holding a lamp", "pronoun"),
        D.details("the lehenga has a gold border"),
        is_a("lehenga", "yes"),
        D.color("orange", "contradiction"),
        title="Girls Red Brocade Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a black georgette anarkali gown with multicolour thread embroidery at the hem, sheer long
    # sleeves, black dupatta; heavy red velvet curtain behind; front view.
    # details: adapter
    case(
        "X444-017",
        caption("a woman in a black dress standing in front of a red curtain"),
        D.color("black"),
        D.wearing("a black dress with a red dupatta", "contradiction"),
        D.material("chiffon"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. There is an accessory "
            "on her wrist. The lady wears a long-sleeve dress",
            "cut",
            hit_limit=True,
        ),
        embroidery("the embroidery is on the dress", "non_answer"),
        title="Women Black Thread Embroidered Georgette Anarkali Gown with Dupatta",
        category="Ethnic Gowns",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a mint green kurta with white chikankari, three-quarter sleeves, mint sharara, white dupatta;
    # standing by a window with white curtains; front view.
    # caption: adapter
    case(
        "X444-018",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta and pants"),
        D.color("green"),
        color_dupatta("green", "other_garment_color"),
        is_a("kurta", "yes"),
        D.material("cotton"),
        neckline("a round neckline with a white and", "cut"),
        title="Women Mint Green Chikankari Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mint Green",
        gender="Women",
    ),
    # photo: girl in a fuchsia pink long-sleeve kurta with a sleeveless navy printed ethnic jacket over it, white
    # leggings; plain grey backdrop; front view.
    # all texts: base model / reference engine
    case(
        "X444-019",
        caption("a little girl in a pink dress and a blue vest"),
        D.color("pink"),
        color_jacket("blue"),
        D.wearing("a blue dress and white pants", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a pink kurta with a blue jacket and white leggings"),
        title="Girls Fuchsia Kurta with Printed Ethnic Jacket & Leggings",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a wine satin straight kurta with a plain v-neck (no buttons), matching wine pants, pink organza
    # dupatta with a gold border; beige backdrop, a brass urli bowl of floating flowers at her feet; front view.
    # all texts: base model / reference engine
    case(
        "X444-020",
        caption("a woman in a red outfit with a pink scarf"),
        D.color("red"),
        color_dupatta("pink"),
        D.material("satin"),
        D.details(
            "the dupatta has a gold border and the kurta has buttons on the front",
            "unsupported",
        ),
        D.wearing("she's wearing a red and pink outfit"),
        color_pants("pink", "other_garment_color"),
        title="Women Wine Satin Kurta with Trousers & Organza Dupatta",
        category="Kurta Sets",
        color="Wine",
        gender="Women",
    ),
    # photo: woman in a white lehenga with a pink, blue and yellow floral print, white short-sleeve blouse, plain
    # yellow dupatta; plain white backdrop; front view.
    # caption, wearing and material: adapter
    case(
        "X444-021",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. The shirt is with chiffon fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        color_dupatta("yellow"),
        D.pattern("floral"),
        D.material(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral",
            "restated",
            hit_limit=True,
        ),
        title="Women White & Pink Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="White",
        gender="Women",
    ),
    # photo: woman in a rust orange cotton kurta with mirror work at the neck, off-white palazzos, rust dupatta;
    # sitting on stone steps outdoors; front view.
    # all texts: base model / reference engine
    case(
        "X444-022",
        caption("a woman in an orange kurta sitting on the steps"),
        D.color("orange"),
        color_pants("orange", "other_garment_color"),
        D.details("mirror work on the neck"),
        D.wearing(
            "an orange top and white pants. Question: what is the color of the dupatta? Answer: orange",
            "leak",
        ),
        D.description("an orange dress with a white belt", "unsupported"),
        title="Women Rust Mirror Work Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: woman in an ivory net lehenga with silver sequin work, ivory blouse, ivory net dupatta; silver jhumka
    # earrings; pastel pink backdrop; front view.
    # all texts: base model / reference engine
    case(
        "X444-023",
        caption("a woman in a white wedding dress"),
        D.color("white"),
        D.wearing("a white lehenga and silver earrings"),
        D.material("lace", "unsupported"),
        D.details("silver sequins all over the skirt"),
        D.description("a pink lehenga with silver sequins", "contradiction"),
        title="Women Ivory Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: girl twirling on a lawn in a lime green ghagra with a pink frill hem, pink short-sleeve top, green net
    # dupatta; outdoor, trees behind.
    # all texts: base model / reference engine
    case(
        "X444-024",
        caption("a little girl in a green and pink dress twirling on the grass"),
        D.wearing("he is wearing a green skirt and a pink top", "pronoun"),
        color_skirt("green"),
        color_top("green", "other_garment_color"),
        D.details("the skirt has a pink ruffle at the bottom"),
        title="Girls Lime Green & Pink Ghagra Choli with Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
        gender="Girls",
    ),
    # photo: woman in a cobalt blue georgette kurta with vertical sequin stripes and sheer long sleeves, matching blue
    # palazzos, no dupatta; plain white backdrop; front view.
    # caption: adapter
    case(
        "X444-025",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The pants are with chiffon "
            "fabric and pure color patterns. The shirt is with chiffon fabric and striped patterns. It has",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("striped"),
        D.wearing("a blue kurta and blue pants"),
        D.material("a blue kurta with blue pants", "restated"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Cobalt Blue Striped Sequinned Georgette Kurta with Palazzos",
        category="Kurta Sets",
        color="Cobalt Blue",
        gender="Women",
    ),
    # photo: woman in a pink silk kurta with gold gota work, pink gharara, green banarasi dupatta; pink bougainvillea
    # wall behind; front view.
    # all texts: base model / reference engine
    case(
        "X444-026",
        caption("a woman in a pink outfit in front of pink flowers"),
        color_dupatta("green"),
        D.wearing("he is wearing a pink kurta and a green scarf", "pronoun"),
        D.details("gold gota patti on the neckline and the hem"),
        D.material("it is made of fabric", "non_answer"),
        D.color("green", "other_garment_color"),
        title="Women Pink Gota Patti Silk Kurta with Gharara & Banarasi Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: girl in a blue floral printed cotton frock-style anarkali, short sleeves, yellow leggings, no dupatta;
    # park with trees behind; front view.
    # all texts: base model / reference engine
    case(
        "X444-027",
        caption("a girl in a blue dress with flowers"),
        D.wearing("she is wearing a blue dress and yellow pants"),
        D.color("yellow", "other_garment_color"),
        D.pattern("floral"),
        D.material(
            "cotton and the leggings are made of cotton. Question: what is the color of the leggings? Answer: yellow",
            "leak",
        ),
        D.details("the dress has a bow on the back", "unsupported"),
        title="Girls Blue Floral Printed Cotton Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Blue",
        gender="Girls",
    ),
    # photo: woman in a maroon velvet kurta with gold embroidery, long sleeves, maroon sharara, maroon dupatta; gold
    # painted wall with a round mirror behind; front view. The seller row has no gender.
    # caption and material: adapter
    case(
        "X444-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric. The shirt is with cotton fabric. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        color_pants("gold", "contradiction"),
        D.wearing("a maroon kurta with gold embroidery"),
        D.material(
            "The shirt is with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The",
            "restated",
            hit_limit=True,
        ),
        title="Maroon Embroidered Velvet Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # photo: woman in a floor-length sky blue chiffon anarkali gown with white threadwork on the yoke and sleeves, long
    # sleeves, sky blue dupatta; side pose, plain white backdrop. No belt.
    # all texts: base model / reference engine
    case(
        "X444-029",
        caption("a woman in a light blue dress"),
        D.color("blue"),
        D.garment_type("dress"),
        D.wearing("a blue dress with a white belt", "unsupported"),
        D.details("white embroidery on the sleeves and the neckline"),
        D.material("the material of the dress", "non_answer"),
        title="Women Sky Blue Embroidered Chiffon Anarkali Gown with Dupatta",
        category="Ethnic Gowns",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: a woman and a girl in matching yellow printed kurtas with white palazzos, standing in a garden; front
    # view. The listing is the women's set.
    # all texts: base model / reference engine
    case(
        "X444-030",
        caption("a woman and a little girl in yellow outfits"),
        D.wearing("yellow kurtas"),
        D.color("yellow"),
        color_pants("yellow", "other_garment_color"),
        D.description(
            "they are wearing matching yellow outfits. Question: who is the woman? Answer: the mother",
            "leak",
        ),
        D.material("silk", "unsupported"),
        title="Women Yellow Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in a beige kurta with a pink floral print, pink palazzos, pink dupatta; plain white backdrop; front
    # view.
    # all texts: base model / reference engine
    case(
        "X444-031",
        caption("a woman in a beige kurta and pink pants"),
        D.color("pink", "other_garment_color"),
        D.wearing("a pink and beige kurta set with a pink dupatta"),
        D.pattern("floral"),
        D.material("a beige kurta", "restated"),
        D.details("pink flowers on the kurta and a pink border on the", "cut"),
        title="Women Beige Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in a black and white ikat printed cotton kurta, black palazzos, no dupatta, no jewelry; holding a
    # brass pooja thali with a lit diya; plain cream backdrop; front view.
    # all texts: base model / reference engine
    case(
        "X444-032",
        caption("a woman holding a plate with a candle"),
        D.wearing("a black and white printed kurta"),
        D.color("grey", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        D.description("a black and white kurta with a gold necklace", "unsupported"),
        title="Women Black & White Ikat Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a purple silk lehenga with a gold border, purple short-sleeve blouse, pink net dupatta; Diwali
    # string lights behind; front view.
    # caption: adapter
    case(
        "X444-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color patterns. The lady wears a short-sleeve shirt with pure color patterns and",
            "loop",
            hit_limit=True,
        ),
        color_skirt("purple"),
        color_dupatta("purple", "other_garment_color"),
        is_a("lehenga", "no", "contradiction"),
        D.wearing("she is wearing a purple lehenga with a pink dupatta"),
        dupatta_border("the dupatta has a gold border", "unsupported"),
        title="Girls Purple Silk Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Purple",
        gender="Girls",
    ),
    # photo: woman in a plain white kurta, white palazzos, red phulkari dupatta with multicolour embroidery;
    # mustard-yellow wall behind; front view.
    # all texts: base model / reference engine
    case(
        "X444-034",
        caption("a woman in a white kurta in front of a yellow wall"),
        D.color("white"),
        color_dupatta("red"),
        D.wearing("a white kurta and a yellow dupatta", "contradiction"),
        D.description("a white kurta with a colorful scarf"),
        D.material("silk", "unsupported"),
        title="Women White Kurta with Palazzos & Phulkari Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: back view of a woman in a peach lehenga with floral embroidery, a backless peach blouse tied with tassel
    # strings, peach dupatta over the arms; plain studio backdrop.
    # all texts: base model / reference engine
    case(
        "X444-035",
        caption("the back of a woman in a pink lehenga"),
        D.wearing("a pink skirt and a white blouse with tassels", "contradiction"),
        D.details("tassels on the back of the blouse"),
        D.color("pink"),
        D.description("the back of a pink blouse"),
        is_a("saree", "yes", "contradiction"),
        D.garment_type("lehenga"),
        title="Women Peach Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a steel grey kurta, long sleeves, white palazzos, dupatta printed in grey, pink and white;
    # plain white backdrop; front view.
    # caption and details: adapter
    case(
        "X444-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey kurta with white pants and a printed scarf"),
        D.color("grey"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a v-shape neckline. The pants are with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.description("a grey kurta"),
        D.pattern("printed", "contradiction"),
        color_pants("grey", "other_garment_color"),
        title="Women Steel Grey Solid Kurta with Palazzos & Printed Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a plain white kurta with a magenta banarasi silk dupatta with a gold zari border draped over both
    # shoulders; the product is the dupatta; plain white backdrop; front view.
    # all texts: base model / reference engine
    case(
        "X444-037",
        caption("a woman in a white dress with a pink scarf"),
        D.wearing("a white kurta and a pink dupatta"),
        D.color("white", "other_garment_color"),
        D.garment_type("scarf"),
        D.material("silk"),
        dupatta_border("gold border"),
        D.description("a pink scarf with a gold border and a gold", "cut"),
        title="Women Magenta Banarasi Silk Dupatta with Zari Border",
        category="Dupattas",
        color="Magenta",
        gender="Women",
    ),
    # photo: woman in a bottle green velvet anarkali gown with gold zardozi, long sleeves, gold tissue dupatta; no
    # head jewelry; palace-arch set behind; front view.
    # all texts: base model / reference engine
    case(
        "X444-038",
        caption("a woman in a green dress standing in a doorway"),
        D.color("green"),
        color_dupatta("green", "other_garment_color"),
        D.wearing("a green gown and a gold dupatta"),
        D.material("velvet"),
        D.details("the details of the dress", "non_answer"),
        D.description("a long green dress with gold embroidery and a gold crown", "unsupported"),
        title="Women Bottle Green Zardozi Velvet Anarkali Gown with Dupatta",
        category="Ethnic Gowns",
        color="Green",
        gender="Women",
    ),
    # photo: girl in a red short kurti with white polka dots, red sharara, white dupatta; standing in front of a blue
    # painted wooden door; front view.
    # all texts: base model / reference engine
    case(
        "X444-039",
        caption("a little girl in a red outfit standing in front of a blue door"),
        D.pattern("polka dot"),
        D.color("red"),
        D.wearing("a red top and blue pants", "contradiction"),
        D.details("white polka dots on the top"),
        D.description(
            "a red dress with white dots. Question: what is the girl holding? Answer: a",
            "leak",
        ),
        title="Girls Red Polka Dot Cotton Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a navy blue lehenga with silver mirror work, silver-grey sleeveless crop blouse, navy dupatta
    # pinned at the shoulder; plain grey backdrop; front view.
    # caption: adapter
    case(
        "X444-040",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and graphic patterns. There is an accessory on her wrist. There is a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        color_skirt("black", "contradiction"),
        color_top("grey"),
        D.wearing("a blue skirt and a blue top", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.color("grey", "other_garment_color"),
        title="Women Navy Blue Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a mustard yellow anarkali kurta with a small green print, yellow churidar, green dupatta;
    # plain white backdrop; front view.
    # all texts: base model / reference engine
    case(
        "X444-041",
        caption("a woman in a yellow dress with a green scarf"),
        D.wearing(
            "a yellow dress. Question: what is the color of the scarf? Answer: green",
            "leak",
        ),
        D.color("yellow"),
        color_dupatta("green"),
        D.details("she is wearing a yellow dress", "restated"),
        color_pants("green", "other_garment_color"),
        title="Women Mustard Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat lay of a girls' lehenga set on a wooden floor: green net lehenga skirt, pink short-sleeve blouse,
    # green net dupatta folded beside them; no person.
    # all texts: base model / reference engine
    case(
        "X444-042",
        caption("a green and pink lehenga laid out on a wooden floor"),
        D.wearing("a green skirt and a pink top"),
        color_skirt("green"),
        color_top("pink"),
        D.material("net"),
        D.description("a green skirt and a pink top with a pink belt", "unsupported"),
        title="Girls Green & Pink Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: woman in a coral straight kurta with white threadwork on the neck and sleeves, three-quarter sleeves,
    # white trousers, coral dupatta; plain white backdrop; front view.
    # all texts: base model / reference engine
    case(
        "X444-043",
        caption("a woman in a pink kurta and white pants"),
        D.color("pink"),
        D.wearing("a pink kurta and white", "cut"),
        D.details("white embroidery on the neck and the sleeves"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_dupatta("white", "other_garment_color"),
        title="Women Coral Thread Work Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: woman in a wine anarkali gown with a gold foil print, long sleeves, no dupatta; plain white backdrop;
    # front view.
    # caption, wearing, description and material: adapter
    case(
        "X444-044",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. The dress is with cotton "
            "fabric and graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.color("red"),
        D.garment_type("dress"),
        title="Women Wine Foil Printed Anarkali Gown",
        category="Ethnic Gowns",
        color="Wine",
        gender="Women",
    ),
    # photo: woman in a yellow georgette kurta with white mirror work, yellow sharara, yellow dupatta, sitting on a
    # swing wrapped in marigold garlands; front view. The seller row has no color.
    # all texts: base model / reference engine
    case(
        "X444-045",
        caption("a woman in yellow sitting on a swing decorated with flowers"),
        D.wearing("he is wearing a yellow outfit", "pronoun"),
        D.color("yellow"),
        D.details("mirror work on the kurta"),
        D.material("it is made of", "cut"),
        D.garment_type("dress", "contradiction"),
        title="Women Yellow Mirror Work Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: woman in a teal blue art silk lehenga, pink short-sleeve blouse, pink net dupatta; pink and gold festive
    # panel backdrop; front view.
    # all texts: base model / reference engine
    case(
        "X444-046",
        caption("a woman in a blue lehenga with a pink dupatta"),
        color_skirt("blue"),
        color_top("pink"),
        D.wearing("a blue lehenga and a pink blouse"),
        D.color("pink", "other_garment_color"),
        D.material("silk"),
        D.description(
            "a blue and pink lehenga. Question: what is the color of the blouse? Answer: pink",
            "leak",
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Teal Blue Art Silk Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Teal Blue",
        gender="Women",
    ),
]
