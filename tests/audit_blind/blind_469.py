"""BLIND_469 (46 products; women's ethnic night: kurta sets, sarees, lehengas, dupattas, salwar suits): written blind in
the forty-eighth session. Measured blind at d3750fe (the session's rules as they stood): 86/123 failures found
(69.9%) and 8/154 correct texts flagged (5.2%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for a women's ethnic-wear night: kurta sets (kurta with trousers,
palazzos, sharara or churidar, often with a dupatta), standalone kurtas, sarees (silk, organza, georgette, cotton,
linen, tissue) with their blouses, lehenga cholis with blouse and dupatta, dupattas sold alone (photographed draped
over a plain kurta, or flat), salwar suits and one unstitched dress material. Most photos are full-length front
views on a studio backdrop; some are styled shoots in front of a brick wall, a wooden door, marigold garlands, diyas,
fairy lights, a chandelier or a swing. Many outfits are two or three pieces in different colors (a white kurta with a
pink patiala salwar, an olive lehenga with a pink blouse and dupatta), which is where the per-piece color questions
bite. Each product carries the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
red sari ...") unless the comment says the caption adapter wrote them (the DeepFashion template, "The lady wears a
long-sleeve shirt with pure color patterns ..."). The caption adapter has no end token: every text of it runs to its
limit (50 new tokens for captions, 30 for answers), carries hit_limit=True, and answers any question with its
template. The VQA adapter (trained on "What is the color of the X?", "What cloth is the person wearing?" and "Is
this a X?" with the prompt in the labels and no end token) answered a few open questions where the comment says so:
it repeats one word to the limit ("dress dress dress ...") or runs on into new "Question: ... Answer: ..." pairs,
always with hit_limit=True. Every other open answer (wearing, description, details, material, the border and work
questions) comes from the base model, which stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors of the dupatta, bottom and blouse, and "Is this a
...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, burgundy or wine; pink for fuchsia, magenta or
  peach; purple for lavender or lilac; yellow for mustard or for gold tissue; blue for navy, indigo or teal; green
  for teal, sea green, bottle green or olive; orange for rust; cream or white for off white or ivory; grey for silver;
  cream for beige. Navy or indigo answered black, maroon answered brown, peach answered yellow
  (the marigold backdrop's color) and "red" for a multicoloured patchwork lehenga are contradiction; so is a
  print's colors swapped with the ground's ("a black kurta with an orange print" for a rust kurta with black motifs).
- A color that belongs to another piece in the photo (the dupatta's color for the kurta, the blouse's for the saree,
  the kurta's for the palazzos, the model's own kurta for a dupatta sold alone) is other_garment_color. The color of
  a border or print given as the whole garment's color is contradiction; a color no piece in the photo has is
  contradiction. Asked the color of a dupatta the photo does not show, an answer that is the blouse's color is
  other_garment_color.
- Garment synonyms are correct: sari for saree, skirt for lehenga, scarf, shawl or stole for dupatta, tunic or top
  for a kurta, suit for a salwar suit, gown or dress for an anarkali or a gown, shirt for a kurta with a shirt collar.
  "dress" for a two-piece (a kurta with sharara, a lehenga choli, a saree) is contradiction, and so is "saree" for a
  dupatta or for unstitched dress material.
- Materials: one the title names (silk, organza, velvet, net, linen, cotton), or its look-alike (chiffon for
  georgette), is correct; silk for a Kanjeevaram, Banarasi or Chanderi weave is correct. A material neither named nor
  visible (silk on a printed cotton-look kurta, wool on a phulkari dupatta) is unsupported. "it is made of fabric" is
  non_answer; the garment's name and color given back to the material question is restated.
- Invented items the photo does not show (a necklace on a model who wears only earrings, buttons on a placket-less
  kurta, tassels, mirror work on a plain sharara, a gold border on a pearl-edged dupatta, a bindi) are unsupported.
  Jewellery the photo does show (maang tikka, jhumkas, bangles) is correct when named.
- Caption adapter texts: a text that repeats a sentence (or the start of one) of its template is loop; one that stops
  mid-sentence without repeating is cut. Where the template misnames the garment itself (a saree as "a sleeveless
  dress" or as "a shirt and a long skirt"), the misnaming is what the auditor sees first: contradiction, hit_limit
  kept. A kurta as "a long-sleeve shirt" and a choli as "a short-sleeve shirt" or "tank top" with "a long skirt" are
  accepted namings, so those texts are cut or loop. The template returned for the material question is restated;
  returned for the wearing, description or details questions it does answer them, so it is cut or loop.
- VQA adapter texts: one word repeated to the limit is loop; a run-on into "Question: ... Answer: ..." is leak.
- Base answers that run on into "Question: ... Answer: ..." are leak even where their first words are right; a base
  answer that stops on a dangling word ("white embroidery on the") is cut, without hit_limit. "he", "his" or "a man"
  for the women of this catalog is pronoun. "the details of the kurta", "the saree has a border" and an empty answer
  are non_answer; an answer that only turns the question back ("the work on the garment is work") is restated.
- A flat-lay photo with no model: naming the product in answer to "What is the person wearing?" is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
border = question("border", "What is the border of the saree?", "open")
work = question("work", "What work is on the garment?", "open")

BLIND_469 = [
    # photo: model in a maroon straight kurta with small gold foil-printed motifs, round neck, three-quarter
    # sleeves, matching maroon trousers, a maroon chanderi dupatta with a gold border over one shoulder; plain
    # off-white studio backdrop, full-length front view. No adapter texts.
    case(
        "X469-001",
        caption("a woman in a red kurta and pants with a dupatta"),
        D.wearing("a red kurta with gold print"),
        D.garment_type("kurta"),
        D.color("brown", "contradiction"),
        color_dupatta("maroon"),
        D.details("the kurta has a mandarin collar and gold buttons", "unsupported"),
        title="Rangrez Women Maroon Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow floor-length anarkali kurta with a white floral print, full sleeves, white churidar,
    # white organza dupatta with a mustard border; beige wall with a potted plant, front view.
    # caption: caption adapter
    case(
        "X469-002",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with white flowers and a yellow scarf", "other_garment_color"),
        D.color("yellow"),
        color_dupatta("white"),
        color_bottom("yellow", "other_garment_color"),
        D.material("it is made of", "cut"),
        title="Nayika Women Mustard Floral Print Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal blue Kanjeevaram silk saree with a broad gold zari border, pallu over the left shoulder, matching
    # teal blouse with elbow sleeves; the model stands in front of a carved wooden door. No adapter texts.
    case(
        "X469-003",
        caption("a woman in a blue sari standing in front of a wooden door"),
        D.wearing("a blue saree with gold border"),
        D.color("gold", "contradiction"),
        D.material("silk"),
        border("gold"),
        color_blouse("brown", "contradiction"),
        title="Vastra Vine Teal Zari Woven Kanjeevaram Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: red lehenga with heavy gold zari embroidery, red short-sleeve blouse, pink net dupatta over both
    # shoulders; the model wears a maang tikka and jhumkas; plain grey backdrop, front view. No adapter texts.
    case(
        "X469-004",
        caption("a woman in a red and gold lehenga"),
        D.wearing("a red lehenga and a pink dupatta"),
        color_dupatta("red", "other_garment_color"),
        D.details("the lehenga has gold embroidery and a mirror work border", "unsupported"),
        is_a("lehenga", "yes"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: the product is a magenta bandhani dupatta with a gotta patti border, draped over a plain white kurta
    # and white pants that the model wears; white wall, front view. No adapter texts.
    case(
        "X469-005",
        caption("a woman in a white outfit with a pink scarf"),
        D.wearing("a white kurta and a white dupatta", "other_garment_color"),
        D.garment_type("dupatta"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.material("it is made of", "cut"),
        title="Women Magenta Bandhani Printed Dupatta with Gotta Patti",
        category="Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: navy blue kurta with white chikankari embroidery at the neck and sleeves, full sleeves, white salwar,
    # navy dupatta with white embroidered dots; plain light blue backdrop, front view.
    # caption: caption adapter
    case(
        "X469-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue salwar suit"),
        D.color("navy blue"),
        color_bottom("white"),
        color_dupatta("white", "other_garment_color"),
        D.details("white embroidery on the neck and sleeves"),
        D.material("georgette", "unsupported"),
        title="Women Navy Blue Chikankari Embroidered Kurta with Salwar & Dupatta",
        category="Salwar Suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender organza saree with a pastel floral print, sleeveless lavender blouse; outdoor garden with
    # green hedges behind, front view. No adapter texts.
    case(
        "X469-007",
        caption("a woman in a purple sari standing in a garden"),
        D.wearing("he is wearing a purple saree", "pronoun"),
        D.color("purple"),
        D.pattern("floral"),
        D.material("organza"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Lavender Floral Printed Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: peach net lehenga covered in tonal sequins, peach sequinned blouse, peach net dupatta; backdrop of
    # hanging orange and yellow marigold garlands, front view. No adapter texts.
    case(
        "X469-008",
        caption("a woman in a pink lehenga standing in front of orange flowers"),
        D.wearing("a pink lehenga"),
        D.color("yellow", "contradiction"),
        D.details("sequins on the skirt and blouse"),
        D.material("net"),
        D.description(
            "a pink lehenga with a pink blouse and a pink dupatta. Question: What is the color of the", "leak"
        ),
        title="Women Peach-Coloured Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: sea green straight kurta with a white floral print, three-quarter sleeves, white trousers, no dupatta;
    # plain white backdrop, front view.
    # wearing: VQA adapter
    case(
        "X469-009",
        caption("a woman in a green kurta and white pants"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: green Question: What is the color of the "
            "pants? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        D.color("green"),
        color_bottom("white"),
        D.pattern("floral"),
        D.material("silk", "unsupported"),
        title="Women Sea Green Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black georgette saree with a silver sequin border, black sleeveless blouse; dark studio with a warm
    # spotlight, front view.
    # caption: caption adapter
    case(
        "X469-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black sari"),
        D.garment_type("dress", "contradiction"),
        D.material("chiffon"),
        border("gold", "contradiction"),
        title="Women Black Embellished Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: rust orange A-line kurta with a black ethnic-motif print, round neck, three-quarter sleeves, worn with
    # black leggings (not part of the product); red brick wall behind, front view. No adapter texts.
    case(
        "X469-011",
        caption("a woman in an orange kurta standing in front of a brick wall"),
        D.wearing("an orange kurta and black leggings"),
        D.color("black", "other_garment_color"),
        D.pattern("printed"),
        D.details("the kurta has a round neck and three quarter sleeves"),
        D.description("a black kurta with an orange print", "contradiction"),
        title="Women Rust Orange Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: mustard printed lehenga skirt, plain green short-sleeve blouse, green dupatta with a mustard border;
    # white backdrop, front view. No adapter texts.
    case(
        "X469-012",
        caption("a woman in a yellow skirt and green top"),
        D.wearing("a yellow lehenga and a yellow blouse", "other_garment_color"),
        color_blouse("yellow", "other_garment_color"),
        color_dupatta("green"),
        D.material("a yellow lehenga", "restated"),
        title="Women Mustard & Green Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: fuchsia Banarasi silk saree with small gold buttis and a gold border, contrast gold brocade blouse;
    # the model stands beside a carved stone pillar, front view. No adapter texts.
    case(
        "X469-013",
        caption("a woman in a pink sari posing next to a pillar"),
        D.wearing("a pink saree with gold blouse"),
        D.color("pink"),
        color_blouse("pink", "other_garment_color"),
        D.material("silk"),
        D.details(
            "gold buttis all over the saree and a gold border Question: What is the color of the blouse? Answer: gold",
            "leak",
        ),
        title="Women Fuchsia Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: the product is an off-white Chanderi dupatta with thin gold zari stripes, draped over a pink kurta the
    # model wears; beige backdrop, front view. No adapter texts.
    case(
        "X469-014",
        caption("a woman in a pink kurta with a white dupatta"),
        D.color("pink", "other_garment_color"),
        D.pattern("striped"),
        D.material("silk"),
        is_a("dupatta", "no", "contradiction"),
        D.description("a white scarf with gold lines"),
        title="Women Off White & Gold-Toned Striped Chanderi Dupatta",
        category="Dupatta",
        color="Off White",
        gender="Women",
    ),
    # photo: bottle green kurta with gold embroidery on the yoke, green salwar, green dupatta with gold border; the
    # model sits on a low stool with lit diyas on the floor in front of her, festive shoot. No adapter texts.
    case(
        "X469-015",
        caption("a woman in a green suit sitting next to diyas"),
        D.wearing("a green salwar suit with gold embroidery"),
        D.details("gold embroidery on the neckline"),
        D.color("green"),
        D.material("it is made of fabric", "non_answer"),
        D.description("a green kurta with a red bindi", "unsupported"),
        title="Women Green Yoke Design Kurta with Salwar & Dupatta",
        category="Salwar Suits",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue velvet lehenga with gold zardozi embroidery, navy short-sleeve blouse, pink net dupatta;
    # white backdrop, front view.
    # caption, wearing: caption adapter
    case(
        "X469-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The lady wears a "
            "short-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.material("velvet"),
        color_dupatta("pink"),
        color_blouse("pink", "other_garment_color"),
        title="Women Navy Blue Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: haldi yellow cotton saree with a white floral print, white short-sleeve blouse; outdoors under a tree,
    # front view.
    # wearing: VQA adapter
    case(
        "X469-017",
        caption("a woman in a yellow sari standing under a tree"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_blouse("yellow", "other_garment_color"),
        D.color("yellow"),
        D.material("cotton"),
        D.details("white flowers", "non_answer"),
        title="Women Yellow Floral Print Pure Cotton Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: off-white straight kurta with full sleeves, off-white trousers, and an open sleeveless maroon jacket
    # with gold embroidery over the kurta (no collar, no buttons); plain grey backdrop. No adapter texts.
    case(
        "X469-018",
        caption("a woman in a white outfit with a red jacket"),
        D.wearing("a red jacket over a white kurta"),
        D.color("red", "other_garment_color"),
        D.garment_type("kurta"),
        D.sleeve_length("long sleeves"),
        D.details("the jacket has a collar and gold buttons", "unsupported"),
        title="Women Off White Kurta with Trousers & Maroon Embroidered Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: green Paithani silk saree with a pink and gold border and pallu, pink blouse; the model sits on a
    # wooden swing, front view. No adapter texts.
    case(
        "X469-019",
        caption("a man in a green and pink sari sitting on a swing", "pronoun"),
        D.wearing("a green sari with a pink border and a red bindi", "unsupported"),
        D.color("green"),
        color_blouse("green", "other_garment_color"),
        border("pink and gold"),
        is_a("saree", "yes"),
        title="Women Green & Pink Woven Design Paithani Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy floor-length anarkali gown with a sequinned bodice, full sheer sleeves, gold tissue dupatta;
    # studio, front view.
    # caption, details: caption adapter
    case(
        "X469-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a V-shape neckline. The dress is with "
            "chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red gown"),
        color_dupatta("gold"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Burgundy Embellished Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: the product is an orange phulkari dupatta with pink, yellow and green floral embroidery, draped over
    # a plain black kurta the model wears; white backdrop, front view. No adapter texts.
    case(
        "X469-021",
        caption("a woman in black with an orange embroidered shawl"),
        D.wearing("a black kurta and an orange dupatta"),
        D.color("orange"),
        D.details("the dupatta has colorful flowers embroidered on it"),
        D.material("wool", "unsupported"),
        color_dupatta("black", "other_garment_color"),
        title="Women Orange & Pink Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Orange",
        gender="Women",
    ),
    # photo: powder blue lehenga with silver mirror work, matching blouse, white net dupatta; the backdrop is a
    # wall of small round mirrors, front view.
    # description: VQA adapter
    case(
        "X469-022",
        caption("a woman in a blue lehenga"),
        D.color("blue"),
        D.wearing("she is wearing a blue lehenga and a silver necklace", "unsupported"),
        color_dupatta("white"),
        D.description(
            "skirt Question: Is this a skirt? Answer: yes Question: What is the color of the skirt? Answer: blue "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("mirror work on the blouse and skirt"),
        D.material("silk", "unsupported"),
        title="Women Blue Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: black straight kurta with a red and gold floral print, black palazzos, red dupatta; the model stands
    # against a red painted wall, front view. No adapter texts.
    case(
        "X469-023",
        caption("a woman in a black kurta standing against a red wall"),
        D.wearing("a black kurta with a red dupatta"),
        D.color("black"),
        color_dupatta("red"),
        color_bottom("red", "other_garment_color"),
        D.details("", "non_answer"),
        title="Women Black Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: silver tissue saree with a thin zari border, silver short-sleeve blouse; plain white backdrop.
    # caption: caption adapter
    case(
        "X469-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with chiffon fabric. The lady wears a long-sleeve shirt with pure color patterns "
            "and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a silver sari"),
        D.color("grey"),
        D.material("it is a silver saree", "restated"),
        D.sleeve_length("short sleeves"),
        D.details("a silver border on the", "cut"),
        title="Women Silver-Toned Tissue Saree with Blouse Piece",
        category="Sarees",
        color="Silver",
        gender="Women",
    ),
    # photo: peach straight kurta with white thread embroidery on the yoke, peach salwar, white dupatta; cream
    # backdrop, front view. No adapter texts. Gender column missing.
    case(
        "X469-025",
        caption("a woman in a peach colored salwar suit"),
        D.wearing("he is wearing a pink kurta and white dupatta", "pronoun"),
        D.color("peach"),
        color_dupatta("white"),
        D.details("white embroidery on the", "cut"),
        color_bottom("white", "other_garment_color"),
        title="Peach-Coloured Thread Work Kurta with Salwar & Dupatta",
        category="Salwar Suits",
        color="Peach",
    ),
    # photo: multicoloured patchwork lehenga skirt (printed panels in red, blue, yellow, green), plain black
    # sleeveless blouse, no dupatta in the photo; white backdrop. No adapter texts.
    case(
        "X469-026",
        caption("a woman in a colorful skirt and a black top"),
        D.wearing("a multicolored lehenga"),
        D.color("red", "contradiction"),
        color_blouse("black"),
        D.pattern("solid", "contradiction"),
        color_dupatta("black", "other_garment_color"),
        D.details("the lehenga is a lehenga", "restated"),
        title="Women Multicoloured Printed Patchwork Lehenga Choli",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: navy blue ikat cotton saree with a red border and red pallu, red blouse; a bookshelf behind, front
    # view. No adapter texts.
    case(
        "X469-027",
        caption("a woman in a blue and red sari"),
        D.wearing("a blue saree with red border Question: What is the color of the blouse? Answer: red", "leak"),
        D.color("red", "other_garment_color"),
        D.material("cotton"),
        color_blouse("red"),
        border("the saree has a red border and a gold tassel", "unsupported"),
        title="Women Navy Blue & Red Ikat Woven Pure Cotton Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink cotton kurta with white chikankari embroidery, V neck, full sleeves, white palazzos; plain white
    # backdrop, front view.
    # caption, material: caption adapter
    case(
        "X469-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is V-shape. The trousers are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and white pants"),
        color_bottom("pink", "other_garment_color"),
        D.color("pink"),
        title="Women Pink Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: the product is a red Banarasi silk dupatta with gold woven flowers, ends tucked in (no tassels in
    # view), draped over a cream kurta; the model stands by a carved wooden jharokha window. No adapter texts.
    case(
        "X469-029",
        caption("a woman with a red and gold dupatta standing by a window"),
        D.wearing("a red and gold dupatta over a white kurta"),
        D.color("red"),
        D.material("silk"),
        D.details("gold woven flowers and tassels at the end", "unsupported"),
        D.garment_type("saree", "contradiction"),
        title="Women Red & Gold-Toned Woven Design Banarasi Silk Dupatta",
        category="Dupatta",
        color="Red",
        gender="Women",
    ),
    # photo: olive green lehenga with pink thread embroidery, pink short-sleeve blouse, pink dupatta; studio,
    # front view. No adapter texts.
    case(
        "X469-030",
        caption("a woman in a green lehenga with a pink top"),
        D.wearing("a green lehenga with a pink blouse and a pink dupatta"),
        color_blouse("pink"),
        color_dupatta("green", "other_garment_color"),
        D.color("green"),
        D.material("silk", "unsupported"),
        D.description(
            "a green lehenga with embroidery Question: What is the color of the blouse? Answer: pink Question: What "
            "is the color of the dupatta?",
            "leak",
        ),
        title="Women Olive Green Embroidered Lehenga with Pink Blouse & Dupatta",
        category="Lehenga Choli",
        color="Olive",
        gender="Women",
    ),
    # photo: white kurta with mirror work on the yoke only, white plain sharara, multicoloured leheriya dupatta;
    # night shoot outdoors with fairy lights behind. No adapter texts.
    case(
        "X469-031",
        caption("a woman in a white outfit standing in front of lights"),
        D.wearing("a white kurta and sharara"),
        D.garment_type("dress", "contradiction"),
        color_dupatta("multicolor"),
        D.details("mirror work on the kurta and the sharara", "unsupported"),
        work("the work on the garment is work", "restated"),
        title="Women White Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: orange georgette saree with a gold zari border, orange sleeveless blouse; studio, front view.
    # description: VQA adapter
    case(
        "X469-032",
        caption("a woman in an orange sari"),
        D.description(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange",
            "loop",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.material("chiffon"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a yellow saree", "contradiction"),
        title="Women Orange Solid Georgette Saree with Zari Border",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: lavender straight kurta with silver gotta patti on the neckline and hem, lavender trousers, lavender
    # dupatta; studio, front view. No adapter texts.
    case(
        "X469-033",
        caption("a woman in a purple kurta with a dupatta"),
        D.wearing("he is wearing a purple kurta set", "pronoun"),
        D.details("the details of the kurta", "non_answer"),
        D.color("lavender"),
        color_bottom("white", "contradiction"),
        work("silver gota on the neck and the bottom"),
        title="Women Lavender Gotta Patti Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: pink floral-printed lehenga, pink short-sleeve printed blouse, pink sheer dupatta; studio, front view.
    # description: caption adapter
    case(
        "X469-034",
        caption("a woman in a pink floral skirt and top"),
        D.description(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink lehenga with flowers"),
        D.pattern("floral"),
        color_dupatta("white", "contradiction"),
        title="Women Pink Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: beige linen saree with thin black woven stripes, black sleeveless blouse; plain white backdrop.
    # No adapter texts.
    case(
        "X469-035",
        caption("a woman in a beige striped sari"),
        D.wearing("a cream saree with black stripes"),
        D.color("black", "other_garment_color"),
        D.material("linen"),
        color_blouse("black"),
        D.description("a white and black saree with a black blouse and a black belt", "unsupported"),
        title="Women Beige & Black Striped Linen Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: lemon yellow kurta with white lace trim on the hem and sleeves, white palazzos, yellow dupatta; white
    # wall with a framed painting behind, front view. No adapter texts. Color column missing.
    case(
        "X469-036",
        caption("a woman in a yellow kurta standing in front of a painting"),
        D.wearing(
            "yellow kurta with white pants and a yellow dupatta Question: What is the color of the kurta? Answer: "
            "yellow",
            "leak",
        ),
        D.color("yellow"),
        color_bottom("white"),
        D.details("white lace on the hem and", "cut"),
        color_dupatta("white", "other_garment_color"),
        title="Women Yellow Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: maroon net saree with sequin embroidery, maroon sleeveless blouse; grey studio, front view.
    # caption: caption adapter; wearing: VQA adapter
    case(
        "X469-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "dress Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: red "
            "Question",
            "leak",
            hit_limit=True,
        ),
        D.color("red"),
        D.material("net"),
        is_a("saree", "yes"),
        D.details("the saree has sequins on the", "cut"),
        title="Women Maroon Embroidered Net Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: short white kurta with pink thread embroidery, pink patiala salwar, pink phulkari dupatta; studio,
    # front view. No adapter texts.
    case(
        "X469-038",
        caption("a woman in a white top and pink pants"),
        D.wearing("a white kurta and pink salwar with bangles", "unsupported"),
        D.color("pink", "other_garment_color"),
        color_dupatta("pink"),
        D.details("the salwar has pleats"),
        D.material("cotton"),
        title="Women White & Pink Kurta with Patiala Salwar & Phulkari Dupatta",
        category="Salwar Suits",
        color="White",
        gender="Women",
    ),
    # photo: gold tissue lehenga with sequins, gold sleeveless blouse, ivory net dupatta; a crystal chandelier above
    # in a banquet-hall set, front view. No adapter texts.
    case(
        "X469-039",
        caption("a woman in a gold dress standing under a chandelier", "contradiction"),
        D.wearing("a gold lehenga and a white dupatta"),
        D.color("yellow"),
        color_dupatta("gold", "other_garment_color"),
        D.material("sequins"),
        title="Women Gold-Toned Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: indigo blue cotton kurta with a white block print, shirt collar and button placket, full sleeves,
    # worn with white pants; white backdrop, front view.
    # caption: caption adapter
    case(
        "X469-040",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and white pants"),
        D.color("black", "contradiction"),
        D.pattern("printed"),
        D.details("the kurta has a collar and buttons"),
        D.material("denim", "unsupported"),
        title="Women Indigo Blue Block Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: flat lay, no model: a peach net dupatta with a scalloped lace edge studded with pearls, on a white
    # background. No adapter texts.
    case(
        "X469-041",
        caption("a pink scarf with pearls on a white background"),
        D.wearing("a pink scarf"),
        D.color("pink"),
        D.material("net"),
        D.garment_type("saree", "contradiction"),
        D.details("pearls and a gold border", "unsupported"),
        title="Peach-Coloured Embellished Net Dupatta",
        category="Dupatta",
        color="Peach",
        gender="Women",
    ),
    # photo: purple Kanjeevaram silk saree with a wide mustard zari border, mustard blouse; the model wears gold
    # jhumkas; studio, front view. No adapter texts.
    case(
        "X469-042",
        caption("a woman in a purple and gold sari"),
        D.wearing("he is wearing a purple sari", "pronoun"),
        border("the saree has a border", "non_answer"),
        D.color("purple"),
        color_blouse("purple", "other_garment_color"),
        D.material("silk"),
        D.details("gold earrings and a gold border"),
        title="Women Purple & Mustard Zari Woven Kanjeevaram Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: teal lehenga with gold thread embroidery, teal short-sleeve blouse, peach net dupatta; the model wears
    # only stud earrings; studio, front view.
    # wearing: VQA adapter
    case(
        "X469-043",
        caption("a woman in a green lehenga with a peach dupatta"),
        D.wearing(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        color_dupatta("green", "other_garment_color"),
        color_blouse("teal"),
        D.details("gold embroidery on the skirt and a matching necklace", "unsupported"),
        title="Women Teal Embroidered Semi-Stitched Lehenga & Blouse with Peach Dupatta",
        category="Lehenga Choli",
        color="Teal",
        gender="Women",
    ),
    # photo: white straight kurta with a blue floral print, three-quarter sleeves, solid blue trousers; studio,
    # front view.
    # wearing: VQA adapter
    case(
        "X469-044",
        caption("a woman in a white and blue floral kurta"),
        D.wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.pattern("floral"),
        color_bottom("blue"),
        D.material("the kurta is white with blue flowers", "restated"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women White & Blue Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: flat lay, no model: unstitched dress material folded in three stacks, pink kurta fabric with a woven
    # border, plain green bottom fabric, pink and green dupatta; white background. No adapter texts.
    case(
        "X469-045",
        caption("a pile of pink and green fabrics"),
        D.wearing("a pink and green saree", "contradiction"),
        D.color("pink"),
        color_bottom("green"),
        color_dupatta("pink"),
        D.description("pink and green", "non_answer"),
        title="Women Pink & Green Unstitched Dress Material",
        category="Dress Material",
        color="Pink",
        gender="Women",
    ),
    # photo: black lehenga with multicoloured thread embroidery, black sleeveless blouse, black net dupatta with a
    # colourful border; studio, front view. Gender column missing.
    # caption, material, details: caption adapter
    case(
        "X469-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with cotton fabric and floral patterns. The lady wears a sleeveless",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black lehenga with colorful embroidery"),
        D.color("black"),
        D.pattern("embroidered"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.details(
            "The skirt is with cotton fabric and floral patterns. The tank top is with cotton fabric. The skirt is "
            "with cotton fabric and floral",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Thread Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
]
