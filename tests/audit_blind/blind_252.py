"""BLIND_252 (46 products; women's ethnic wear: kurtas, kurta sets, sarees, lehengas, salwar suits, ethnic dresses):
written blind in the forty-second session. Measured blind at f70100e (the session's rules as they stood): 93/132
failures found (70.5%) and 8/165 correct texts flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's ethnic wear: straight, A-line and anarkali kurtas (alone,
over jeans, palazzos, leggings or trousers), kurta sets with trousers or palazzos and a dupatta, salwar suits with
churidars, patiala salwars or shararas, sarees (silk, georgette, organza, chiffon, cotton, sequinned) worn with a
blouse, lehenga cholis with a dupatta, and ethnic dresses (anarkali, kaftan, fit-and-flare, tiered maxi). Model
shots: gold, silver, pearl and temple jewellery, bindis, props (clutches, a thali with diyas, books, a tote bag, a
scooter, a swing, a straw hat, cushions) and backdrops (brick, beige, yellow and pink walls, wooden doors, temple
pillars, marigold garlands, gardens, a chandelier). Each product has the seller's title, category, color and gender;
a few rows miss the gender or the color, as real feeds do. The default questionnaire, plus per-piece color
questions (kurta, pants, dupatta, blouse, top), a saree border question, a jewellery question and the yes/no
"Is this a ...?" garment question.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman
in a red saree ...") or the caption-only LoRA adapter (the DeepFashion template: "The lady wears a long-sleeve dress
with pure color patterns. The dress is with cotton fabric ..." or "The upper clothing has long sleeves, cotton fabric
and solid color patterns ..."). The adapter has no end token: every adapter text runs to its limit (50 new tokens
for captions, 30 for answers) and carries hit_limit=True; asked a question it returns its template. Open answers
(wearing, description, details, material, border, jewellery) come from the base model unless the comment names the
adapter; the base model stops on its own and never has hit_limit. Closed answers (garment_type, color, pattern,
sleeve_length, the per-piece colors, "Is this a ...?") are enrich's `--engine reference` answers chosen from
candidate sets: never a loop or a cut, but wrong choices happen.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon or wine, blue for navy, cobalt, indigo or sky blue,
  green for teal, olive or sea green, purple for lavender or lilac, yellow for mustard, pink for peach or rose,
  orange for rust, cream or white for off white, grey for charcoal, gold for copper zari. Lavender called pink and
  olive called brown are contradictions; navy called black is a contradiction.
- The color of a trim, border, print or embroidery (gold zari, gold print, a silver border, pink flowers on white)
  given as a piece's color is contradiction; the color of another piece of the outfit (the palazzos, the blouse,
  the dupatta, the choli) given as the product's or a piece's color is other_garment_color. A wall or backdrop color
  given as the garment's color is contradiction. Where a saree's border and blouse share a color, a closed answer
  with that color is other_garment_color (the blouse is a piece of its own).
- Garment words from the base model: kurta, kurti, tunic and top for a kurta; suit or salwar suit for a salwar
  suit; sari or saree; skirt, lehenga or "lehenga choli" for a lehenga; scarf, veil or shawl for a dupatta; pants,
  leggings, palazzos for bottoms; dress for an ethnic dress, an anarkali or a kaftan; candles for diyas; purse or bag
  for a clutch. "dress" for a straight kurta, a kurta set, a salwar suit, a saree or a lehenga is contradiction, and
  so is "shirt" for a kurta. A yes/no answer that denies the garment, or accepts another one, is contradiction.
- Adapter texts name kurtas "dress", "shirt" or "upper clothing" and lehengas "skirt" because the DeepFashion
  template has no ethnic classes; that vocabulary is not labelled on its own. For adapter texts: a repeated sentence
  is loop; otherwise a text that stops mid-sentence is cut; the template returned for the material question is
  restated (even when it names a fabric). One kind per text, in that order.
- Materials: one the title names is correct (silk for art silk or Banarasi silk, cotton, georgette, velvet, organza,
  net, satin, sequins), chiffon for georgette is correct, cotton is correct as a guess on a plainly printed
  cotton-look kurta with no fabric in the title. A fabric neither named nor visible (silk on a georgette anarkali,
  velvet on a silk lehenga, polyester for a cotton suit, denim for a cotton kurti) is unsupported.
- Invented items not in the photo (a necklace on a model wearing only earrings, a belt, a zipper, pockets, tassels on
  a pallu the photo does not show, a purse she does not hold, a tie at the back of a front view) are unsupported.
  Jewellery, props and backdrops that are in the photo (a gold necklace, a clutch, a chandelier, a brick wall, a
  scooter) are correct.
- Sleeves: three-quarter sleeves answered "long sleeves" are taken as correct (the closed set's nearest choice where
  no other text says three-quarter); sleeveless answered "long sleeves" or three-quarter answered "sleeveless" is
  contradiction. A saree's sleeves are its blouse's.
- A base answer that stops early mid-phrase ("it is made of") is cut without hit_limit. An empty answer, "the
  details of the kurta", "the suit has details", "the garment is made of material" are non_answer; the material
  question answered with the garment's name and color is restated.
- Base answers running on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" or "a man" for the woman in the photo is pronoun.
- Pattern: ethnic motifs, block prints and foil prints as "graphic" or "floral" are correct, bandhani dots as
  "striped" is contradiction, a plain kurta with embroidery as "solid" is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
border = question("border", "What is on the border of the saree?", "open")
jewellery = question("jewellery", "What jewelry is she wearing?", "open")

BLIND_252 = [
    # photo: model in a navy blue straight kurta with small white floral print, three-quarter sleeves, worn with white
    # palazzos, silver jhumkas, plain white wall, front view, full length.
    # no adapter text
    case(
        "X252-001",
        caption("a woman in a blue floral dress and white pants", "contradiction"),
        D.wearing("a blue kurta with white flowers and white palazzo pants"),
        D.color("blue"),
        D.pattern("floral"),
        color_kurta("white", "other_garment_color"),
        D.details("white flowers and a gold necklace", "unsupported"),
        D.material("cotton"),
        title="Women Navy Blue Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink kurta with gold yoke embroidery, matching pink trousers, pink dupatta with a gold gota
    # border over one shoulder, gold earrings, beige wall with a potted plant, front view.
    # caption: adapter
    case(
        "X252-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink kurta with a dupatta"),
        D.color("pink"),
        color_dupatta("gold", "contradiction"),
        D.details("gold embroidery on the neckline"),
        D.material("it is made of silk and has gold embroidery", "unsupported"),
        title="Women Pink Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a red Banarasi silk saree with a wide gold zari border, red blouse, gold necklace and bangles,
    # carved wooden door behind her, front view.
    # no adapter text
    case(
        "X252-003",
        caption("a woman in a red and gold saree standing in front of a wooden door"),
        D.wearing("a red saree with gold jewelry"),
        D.color("red"),
        border("gold"),
        D.material("silk"),
        is_a("saree", "yes"),
        D.description("a red saree with a green border", "contradiction"),
        title="Women Red Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a green lehenga with floral embroidery, sleeveless green choli, pink net dupatta over the
    # shoulder, maang tikka, plain grey studio backdrop, front view.
    # details: adapter
    case(
        "X252-004",
        caption("a woman in a green lehenga with a pink dupatta"),
        D.wearing("a pink dress", "other_garment_color"),
        D.color("green"),
        color_dupatta("pink"),
        D.details(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        D.material("velvet", "unsupported"),
        title="Green Embroidered Silk Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Green",
        gender="Women",
    ),
    # photo: model in a mustard yellow kurta with white chikan embroidery at the neck, white churidar, white dupatta,
    # standing in a garden with trees behind, front view.
    # no adapter text
    case(
        "X252-005",
        caption("a woman in a yellow dress standing in front of trees", "contradiction"),
        D.wearing("a yellow kurta and white pants"),
        D.color("orange", "contradiction"),
        color_pants("white"),
        color_dupatta("white"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("blue embroidery on the neck", "contradiction"),
        title="Women Mustard Yellow Embroidered Kurta with Churidar & Dupatta",
        category="Salwar Suits",
        color="Mustard",
        gender="Women",
    ),
    # photo: model twirling in a floor-length maroon anarkali ethnic dress with gold ethnic motif print, long
    # sleeves, round neck, pink studio backdrop, front view.
    # caption: adapter
    case(
        "X252-006",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.garment_type("dress"),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        D.description("a long red dress with gold print and a slit on the side", "unsupported"),
        D.details("gold buttons on the front", "unsupported"),
        title="Maroon Ethnic Motifs Printed Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white Lucknowi chikankari cotton kurta, three-quarter sleeves, worn with blue jeans, red brick
    # wall behind, front view.
    # no adapter text
    case(
        "X252-007",
        caption("a woman in a white kurta and jeans standing against a brick wall"),
        D.wearing("a white kurta with blue jeans"),
        D.color("white"),
        D.pattern("floral"),
        D.details("white embroidery on the front and a tassel tie at the neck", "unsupported"),
        D.description("a white kurta with red embroidery", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        D.material("cotton"),
        title="Women White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a black kurta with silver foil print, black palazzos, sheer black dupatta with a silver border,
    # white studio backdrop, front view.
    # wearing, material: adapter
    case(
        "X252-008",
        caption("a woman in a black outfit with a black scarf"),
        D.wearing(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        color_dupatta("white", "contradiction"),
        D.pattern("graphic"),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue georgette saree with a pink and white floral print, sleeveless blue blouse, holding a
    # gold clutch, beige backdrop, front view.
    # no adapter text
    case(
        "X252-009",
        caption("a woman in a blue floral saree holding a purse"),
        D.wearing("a blue saree Question: what is the color of the saree? Answer: blue", "leak"),
        D.color("blue"),
        D.pattern("floral"),
        D.material("chiffon"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a blue saree with a red border", "contradiction"),
        title="Blue Floral Printed Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink net lehenga with silver sequins, short-sleeved pink choli, pink dupatta, flower props on
    # the floor, studio, front view.
    # caption: adapter
    case(
        "X252-010",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with chiffon fabric. The skirt is with chiffon fabric. The skirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink lehenga with silver sequins"),
        D.color("silver", "contradiction"),
        is_a("lehenga", "yes"),
        D.material("silk", "unsupported"),
        D.details("sequins and a pink dupatta"),
        title="Pink Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a solid green straight kurta with mandarin collar and button placket, beige trousers, standing
    # beside a wooden chair, front view.
    # no adapter text
    case(
        "X252-011",
        caption("a woman in a green kurta standing next to a chair"),
        D.wearing("he is wearing a green kurta and beige pants", "pronoun"),
        D.color("green"),
        color_pants("green", "other_garment_color"),
        D.pattern("solid"),
        D.details("a mandarin collar and buttons"),
        D.material("silk", "unsupported"),
        title="Women Green Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: model seated on a stool in a teal blue A-line ethnic dress with mirror work on the yoke, three-quarter
    # sleeves, blue backdrop, front view.
    # details: adapter
    case(
        "X252-012",
        caption("a woman in a blue dress sitting on a stool"),
        D.wearing("a green top and blue pants", "contradiction"),
        D.color("green"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. The dress is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.description("a blue dress with mirror work on the neck"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("a blue dress", "restated"),
        title="Teal Blue Mirror Work Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal Blue",
        gender="Women",
    ),
    # photo: model sitting on outdoor stone steps in a mustard yellow cotton saree with a black printed border, black
    # blouse, front view.
    # no adapter text
    case(
        "X252-013",
        caption("a woman in a yellow saree sitting on steps"),
        D.wearing("a yellow saree and a black blouse"),
        D.color("black", "other_garment_color"),
        color_blouse("black"),
        border("black and white print"),
        D.material("a yellow saree", "restated"),
        D.details("a black border and a matching black", "cut"),
        title="Mustard Yellow Printed Border Pure Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in an off-white kurta with a pink floral print, pink palazzos, no dupatta, white studio backdrop,
    # front view.
    # description: adapter
    case(
        "X252-014",
        caption("a woman in a white kurta and pink pants"),
        D.wearing(
            "a white kurta and pink palazzo pants Question: what is the color of the kurta? Answer: white",
            "leak",
        ),
        D.color("cream"),
        color_pants("pink"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.details("pink flowers and lace on the sleeves", "unsupported"),
        title="Women Off White Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: bride in a red lehenga with heavy gold embroidery, red dupatta over her head, gold necklace, earrings
    # and nose ring, marigold garlands behind, front view.
    # no adapter text
    case(
        "X252-015",
        caption("a bride in a red and gold lehenga"),
        D.wearing("a red lehenga with gold jewelry"),
        D.color("gold", "contradiction"),
        D.details("gold embroidery and a red veil"),
        jewellery("a gold necklace, earrings and a nose ring"),
        D.material("velvet", "unsupported"),
        is_a("saree", "yes", "contradiction"),
        title="Red Embroidered Silk Blend Bridal Lehenga Choli",
        category="Lehenga Cholis",
        color="Red",
        gender="Women",
    ),
    # photo: model in a short blue and white indigo block-printed cotton kurti, short sleeves, v-neck, white jeans,
    # sunglasses pushed up on her head, plain light grey backdrop, front view.
    # caption: adapter
    case(
        "X252-016",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white top and white jeans"),
        D.color("blue"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.details("a v-neck and a pocket", "unsupported"),
        D.material("denim", "unsupported"),
        title="Women Blue & White Indigo Block Print Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a lavender chikankari kurta with a sharara and a lavender dupatta held open behind her, white
    # thread embroidery, three-quarter sleeves, pink wall, front view.
    # no adapter text
    case(
        "X252-017",
        caption("a woman in a purple dress with a scarf", "contradiction"),
        D.wearing("she is wearing a purple kurta and sharara with a dupatta"),
        D.color("purple"),
        color_pants("white", "contradiction"),
        D.material("georgette"),
        D.details("white embroidery all over"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Lavender Chikankari Georgette Kurta with Sharara & Dupatta",
        category="Salwar Suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black sequinned party saree, sleeveless black blouse, hotel lobby with a chandelier behind,
    # front view.
    # wearing: adapter
    case(
        "X252-018",
        caption("a woman in a black dress standing in a room with a chandelier", "contradiction"),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.material("sequins"),
        D.description("a black saree with silver sequins and a silver belt", "unsupported"),
        title="Black Sequinned Georgette Party Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard yellow kurta with a white ethnic motif print, white pants, standing by a window with
    # curtains, front view. The feed row has no gender.
    # no adapter text
    case(
        "X252-019",
        caption("a woman in a yellow top and white pants holding a cup of tea by a window", "unsupported"),
        D.wearing("a yellow and white dress", "contradiction"),
        D.color("yellow"),
        D.pattern("graphic"),
        D.material("it is made of", "cut"),
        D.details("the details of the kurta", "non_answer"),
        title="Mustard Yellow Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # photo: model in a navy blue velvet lehenga with silver embroidery, sleeveless navy blouse, light blue net
    # dupatta, dark studio backdrop, front view.
    # caption, details: adapter
    case(
        "X252-020",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color patterns. The lady wears a sleeveless shirt with pure color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue lehenga with silver embroidery"),
        D.color("black", "contradiction"),
        color_dupatta("blue"),
        D.material("velvet"),
        D.details(
            "The upper clothing has no sleeves, cotton fabric and solid color patterns. The neckline of it is "
            "v-shape. The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        title="Navy Blue Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white tiered maxi ethnic dress with a green floral print, short puff sleeves, in a garden
    # with flowering shrubs, front view.
    # no adapter text
    case(
        "X252-021",
        caption("a woman in a white floral dress standing in a garden"),
        D.color("white"),
        D.pattern("floral"),
        D.wearing("a green dress with flowers", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("ruffles on the skirt and a tie at the back", "unsupported"),
        title="White Floral Printed Tiered Cotton Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a peach kurta with gold print, matching peach pants, peach dupatta with gold print held in one
    # hand, gold jhumkas, cream wall, front view.
    # material: adapter
    case(
        "X252-022",
        caption("a woman in a pink kurta with gold earrings"),
        D.wearing("she is wearing a pink kurta and pink pants and a pink dupatta with", "cut"),
        D.color("pink"),
        D.material(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        color_dupatta("gold", "contradiction"),
        is_a("kurta", "yes"),
        jewellery("gold earrings and a gold necklace", "unsupported"),
        title="Women Peach Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a green Kanjeevaram silk saree with a pink and gold border, pink blouse, temple jewellery, stone
    # temple pillar behind, front view.
    # no adapter text
    case(
        "X252-023",
        caption("a woman in a green and pink saree standing next to a pillar"),
        D.color("pink", "other_garment_color"),
        border("pink with gold"),
        color_blouse("pink"),
        D.material("silk"),
        D.wearing("a green saree with gold jewellery he is standing next to a pillar", "pronoun"),
        D.details("gold flowers on the pink border and a peacock on the pallu", "unsupported"),
        title="Green & Pink Zari Woven Kanjeevaram Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model on a wooden swing decorated with marigolds, in a yellow lehenga with mirror work, sleeveless
    # yellow choli, green dupatta, front view.
    # caption: adapter
    case(
        "X252-024",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow lehenga with a green dupatta"),
        D.color("yellow"),
        color_dupatta("yellow", "other_garment_color"),
        D.details("mirror work on the skirt"),
        D.description("a yellow skirt and top with a green scarf and flowers in her hair", "unsupported"),
        title="Yellow Mirror Work Lehenga Choli with Green Dupatta",
        category="Lehenga Cholis",
        color="Yellow",
        gender="Women",
    ),
    # photo: model with short hair and a bindi in a maroon solid kurta with gold gota lace at the hem, white
    # leggings, plain light grey backdrop, front view.
    # no adapter text
    case(
        "X252-025",
        caption("a man in a red kurta and white leggings", "pronoun"),
        D.wearing("a red kurta and white leggings"),
        D.color("red"),
        color_pants("white"),
        D.details("gold lace on the bottom"),
        D.pattern("striped", "contradiction"),
        D.material("it is made of", "cut"),
        title="Women Maroon Solid Kurta with Gotta Patti Detail",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a cobalt blue printed cotton kurta with three-quarter sleeves, blue patiala salwar, white dupatta
    # with a blue print, standing on a street with shop fronts behind, front view.
    # details: adapter
    case(
        "X252-026",
        caption("a woman in a blue salwar suit standing on a street"),
        D.wearing("a blue kurta and blue pants"),
        D.color("blue"),
        D.details(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        color_dupatta("blue", "contradiction"),
        D.material("polyester", "unsupported"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Cobalt Blue Printed Pure Cotton Patiala Suit with Dupatta",
        category="Salwar Suits",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black satin kaftan-style ethnic dress with a gold print, wide elbow-length sleeves, beige
    # studio backdrop, front view.
    # no adapter text
    case(
        "X252-027",
        caption("a woman in a black and gold kaftan"),
        D.garment_type("dress"),
        D.color("black"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("gold print on the neck and sleeves"),
        D.material("satin"),
        title="Black Printed Satin Kaftan Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive green kurta with floral thread embroidery, olive trousers, beige dupatta draped over
    # both shoulders, plain white backdrop, front view.
    # caption, details: adapter
    case(
        "X252-028",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. The neckline of it is round. The "
            "lower clothing is of long length. The upper clothing has long sleeves, cotton fabric and floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown kurta and brown pants", "contradiction"),
        D.color("green"),
        color_dupatta("beige"),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Women Olive Green Floral Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a lavender organza saree with a small floral print, lavender blouse, pearl choker, standing
    # before a large mirror that reflects her back, front view.
    # no adapter text
    case(
        "X252-029",
        caption("a woman in a purple saree with a pearl necklace"),
        D.wearing("a pink saree", "contradiction"),
        D.color("pink", "contradiction"),
        D.material("organza"),
        D.pattern("floral"),
        D.description(
            "a light purple saree with flowers and she is holding a purse",
            "unsupported",
        ),
        title="Lavender Floral Printed Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model walking in a maroon velvet lehenga with gold zari work, short-sleeved maroon blouse, gold net
    # dupatta, red stage curtains behind, front view.
    # no adapter text
    case(
        "X252-030",
        caption("a woman in a red and gold lehenga"),
        D.wearing("a red lehenga choli with a gold dupatta"),
        D.color("maroon"),
        color_dupatta("gold"),
        D.material("velvet and net"),
        D.sleeve_length("short sleeves"),
        title="Maroon Zari Work Velvet Lehenga Choli with Gold Net Dupatta",
        category="Lehenga Cholis",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white A-line kurta with black vertical stripes, shirt collar and button placket, black pants,
    # holding a book, library shelves behind, front view.
    # no adapter text
    case(
        "X252-031",
        caption("a woman in a striped shirt holding a book", "contradiction"),
        D.wearing("a black and white striped kurta and black pants"),
        D.color("black", "other_garment_color"),
        D.pattern("striped"),
        color_pants("black"),
        D.details("a collar, buttons and two pockets", "unsupported"),
        title="Women White & Black Striped A-Line Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a floor-length pink anarkali kurta with gota patti on the sleeves, pink churidar, pink dupatta
    # with a gold gota border, holding a brass thali with lit diyas, front view.
    # no adapter text
    case(
        "X252-032",
        caption("a woman holding a plate of candles in a pink dress"),
        D.wearing("a pink anarkali with a dupatta and gold bangles", "unsupported"),
        D.color("pink"),
        color_pants("gold", "contradiction"),
        D.details("gold lace on the dupatta and the sleeves"),
        D.material("silk", "unsupported"),
        title="Pink Gotta Patti Anarkali Suit with Churidar & Dupatta",
        category="Salwar Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model seated on the floor among cushions in a sleeveless rust orange kurta with mirror work and white
    # thread embroidery, off-white palazzos, front view.
    # description: adapter
    case(
        "X252-033",
        caption("a woman sitting on the floor in an orange top"),
        D.wearing("an orange kurta and white pants"),
        D.color("orange"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The upper clothing has no sleeves, cotton fabric and solid color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        D.details("mirrors and white thread work on the", "cut"),
        D.material("an orange kurta", "restated"),
        title="Women Rust Orange Mirror Work Sleeveless Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a red bandhani saree with small white tie-dye dots, red blouse, large potted plant beside her,
    # front view.
    # no adapter text
    case(
        "X252-034",
        caption("a woman in a red polka dot saree"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.wearing(
            "she is wearing a red saree with white dots Question: what is the color of the blouse? Answer: red",
            "leak",
        ),
        D.material("cotton", "unsupported"),
        is_a("saree", "yes"),
        title="Red Bandhani Printed Art Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a lilac lehenga with a sequinned sleeveless lilac blouse and sheer lilac dupatta, garden at dusk
    # with fairy lights behind, front view.
    # caption: adapter
    case(
        "X252-035",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and pure color patterns. The shirt is with chiffon fabric. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple lehenga with a sequin top"),
        D.color("purple"),
        D.description("", "non_answer"),
        color_top("purple"),
        is_a("lehenga", "no", "contradiction"),
        title="Lilac Sequinned Georgette Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a blue kurta with a white floral print, white pants, canvas tote bag on her shoulder, plain
    # white backdrop, front view.
    # no adapter text
    case(
        "X252-036",
        caption("a woman in a blue and white printed kurta holding a bag"),
        D.wearing("he is wearing a blue kurta and white pants", "pronoun"),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        D.pattern("floral"),
        D.material("cotton"),
        D.details("blue flowers and a white", "cut"),
        title="Women Blue Floral Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a sea green fit-and-flare ethnic dress with a gold embroidered yoke, long sleeves, standing in
    # front of a bright yellow wall, front view.
    # no adapter text
    case(
        "X252-037",
        caption("a woman in a green dress standing in front of a yellow wall"),
        D.color("yellow", "contradiction"),
        D.garment_type("dress"),
        D.details("gold embroidery on the neck and a belt", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Sea Green Embroidered Yoke Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Sea Green",
    ),
    # photo: model in a pink chiffon saree with a sequinned border, sleeveless silver sequinned blouse, holding a
    # bouquet of roses, white studio backdrop, front view.
    # wearing, material: adapter
    case(
        "X252-038",
        caption("a woman in a pink saree with a silver blouse"),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a sleeveless dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        color_blouse("pink", "other_garment_color"),
        D.material(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The dress is",
            "restated",
            hit_limit=True,
        ),
        title="Pink Sequinned Border Chiffon Saree with Silver Blouse Piece",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a charcoal grey straight kurta with white thread embroidery on the yoke, charcoal pants, plain
    # white backdrop, front view.
    # no adapter text
    case(
        "X252-039",
        caption("a woman in a grey kurta and pants"),
        D.wearing("a grey kurta and grey pants with a grey scarf", "unsupported"),
        D.color("grey"),
        D.details("white embroidery on the yoke and", "cut"),
        D.material("cotton Question: what is the pattern of the kurta? Answer: solid", "leak"),
        D.pattern("solid"),
        title="Women Charcoal Grey Yoke Embroidered Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in an orange lehenga skirt with a pink sleeveless blouse and pink dupatta (color-blocked), standing
    # under a sandstone palace arch, front view.
    # no adapter text
    case(
        "X252-040",
        caption("a woman in an orange and pink lehenga"),
        D.wearing("a pink dress with an orange scarf", "contradiction"),
        D.color("orange"),
        color_top("pink"),
        color_dupatta("orange", "other_garment_color"),
        D.pattern("color block"),
        is_a("saree", "yes", "contradiction"),
        title="Orange & Pink Colourblocked Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a sea green kurta with a white ethnic motif print and long bell sleeves, white pants, gold
    # choker, plain beige backdrop, front view.
    # caption: adapter
    case(
        "X252-041",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta with white pants and a gold necklace"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("bell sleeves and a round neck"),
        D.description("a green kurta with pink flowers", "contradiction"),
        title="Women Sea Green Ethnic Motifs Printed Kurta with Bell Sleeves",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a beige kurta, maroon salwar and maroon dupatta, standing beside a red scooter on a street,
    # front view.
    # no adapter text
    case(
        "X252-042",
        caption("a woman in a beige dress standing next to a scooter", "contradiction"),
        D.wearing("a beige kurta and red pants with a red scarf"),
        D.color("red", "other_garment_color"),
        color_pants("red"),
        color_dupatta("red"),
        D.details("the suit has details", "non_answer"),
        title="Women Beige & Maroon Solid Kurta with Salwar & Dupatta",
        category="Salwar Suits",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a sleeveless mustard tiered ethnic dress with tassels at the neck tie, holding a straw hat in
    # one hand, whitewashed wall, front view. The feed row has no color.
    # no adapter text
    case(
        "X252-043",
        caption("a woman in a yellow dress holding a hat"),
        D.wearing("a yellow dress, a straw hat and sunglasses", "unsupported"),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        D.details("tassels on the neck and a zipper on the side", "unsupported"),
        D.material("the garment is made of material", "non_answer"),
        title="Mustard Tiered Ethnic Dress with Tassels",
        category="Ethnic Dresses",
        gender="Women",
    ),
    # photo: model in a sky blue kurta, white palazzos and a white dupatta with a blue print, plain white backdrop,
    # front view.
    # wearing, description: adapter
    case(
        "X252-044",
        caption("a woman in a blue kurta and white pants with a scarf"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        color_dupatta("blue", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Women Sky Blue Kurta with Palazzos & Printed Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a teal saree with a copper zari border, teal blouse, standing by a sunlit window, front view,
    # the pallu over her shoulder falls behind her.
    # no adapter text
    case(
        "X252-045",
        caption("a woman in a green saree standing by a window"),
        D.wearing("a blue saree with a gold border"),
        D.color("blue"),
        border("gold"),
        D.material("silk"),
        D.description("he is wearing a blue saree with a gold border", "pronoun"),
        D.details("a gold border and tassels on the pallu", "unsupported"),
        title="Teal Zari Woven Art Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model on a lawn in a white lehenga with a pink floral print, short-sleeved pink blouse, white dupatta,
    # front view.
    # caption: adapter
    case(
        "X252-046",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with cotton "
            "fabric and floral patterns. The skirt is with cotton fabric and floral patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white skirt with pink flowers and a pink top"),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        color_top("pink"),
        D.material("it is made of cotton and", "cut"),
        title="White & Pink Floral Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="White",
        gender="Women",
    ),
]
