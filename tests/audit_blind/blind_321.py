"""BLIND_321 (46 products; women's festive ethnic wear: anarkalis, kurta sets, sarees, lehengas, palazzos, jackets):
written blind in the forty-fourth session. Measured blind at 37997af (the session's rules as they stood): 96/124
failures found (77.4%) and 13/156 correct texts flagged (8.3%). The writer's notes, verbatim:

Scenario: an English marketplace feed of women's ethnic wear: anarkali kurtas and gowns, straight and A-line kurtas,
kurta sets with palazzos, salwars, shararas or churidars and dupattas, sarees with blouses, lehenga cholis,
palazzos sold alone and ethnic jackets. The photos are festive model shots: decorated rooms (chandeliers, drapes,
mirror walls, diyas, fairy lights, marigold garlands), courtyards, gardens, balconies, painted walls and doors,
full length, front or three-quarter view. Many outfits have several pieces in different colors (a mustard lehenga
with a green blouse, a cream kurta with a bandhani dupatta, a jacket over a kurta), and many carry prints, zari,
gota, sequins or mirror work in a second color. Each row has the seller's title, category, color and gender; a few
rows miss the gender, as real feeds do.

Who wrote what: captions come either from the untuned base `Salesforce/blip2-opt-2.7b` (short and lowercase, "a
woman in a red saree standing ...") or from the caption-only LoRA adapter (the DeepFashion template, "The lady wears
a long-sleeve dress with floral patterns. The dress is with cotton fabric ..."). The adapter has no end token: every
adapter text runs to its limit (50 new tokens for captions, 30 for answers), carries hit_limit=True, and asked a
question it returns its caption template. The open questions (wearing, description, details, material, embroidery)
come from the base model unless the comment before the case says the adapter answered them; the base model stops on
its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece
colors of kurta, bottom, blouse and dupatta, "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets: never a loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon or wine, maroon for wine, pink for peach, rani pink
  or magenta, purple for lavender or lilac, yellow for mustard, green for teal, mint, sage, lime or bottle green,
  blue for navy, indigo, royal blue or teal blue, white or cream for off white, ivory or beige-cream, orange for rust,
  silver or grey for a silver net dupatta, multicolor for a patchwork or bandhani piece.
- Garment synonyms are correct: sari for saree, dress or gown for an anarkali (flared, calf to floor length), suit or
  outfit for a salwar suit or kurta set, scarf for a dupatta, pants for palazzos, churidar, trousers or salwar,
  leggings for a churidar, skirt for a lehenga and for wide flared palazzos, top for a choli or short kurti, vest for
  a sleeveless Nehru jacket, shirt for a straight kurta in open answers. "dress" for a saree or a straight kurta
  worn with pants is contradiction; garment_type "dress" for a straight kurta set and "shirt" for a kurta (the
  candidates hold kurta) are contradiction.
- The adapter's DeepFashion template names a kurta "shirt" or "dress" and a lehenga "long skirt"; I let those
  stand as the template's words. Where it calls a saree a "long-sleeve dress" the misnaming is what the auditor sees
  first: contradiction, hit_limit kept. Otherwise an adapter text that repeats a sentence is loop, one that stops
  mid-sentence without repeating is cut (even where it invented an accessory or a fabric before being cut), and a
  template returned for the material question is restated.
- A closed color that is the color of another piece in the photo (the blouse, the bottom, the dupatta, the kurta
  under a jacket, the kurti worn with sold palazzos) is other_garment_color; a closed color that is the color of a
  print, border, zari, sequins, embroidery thread, the wall, a door or the flowers in the photo is contradiction, and
  so is navy answered black. An open answer that names the wrong color for the product in the same way is labelled
  likewise.
- Wrong yes/no answers to "Is this a ...?" and wrong sleeve lengths (short for sleeveless, sleeveless for long sheer
  sleeves, long for three-quarter) are contradiction.
- Materials: a fabric the title names is correct; chiffon for georgette is correct; cotton for a cotton-look print
  or a mirror-work lehenga the title does not name is a plausible guess and correct; "sequins" for a sequinned saree is
  correct; silk or velvet where the title names another fabric or none and the photo does not show it is unsupported.
- Invented pieces or details not in the photo (a dupatta with a palazzo set sold without one, a belt, lace, pockets,
  a necklace or earrings on a model wearing none, a floral print on a plain saree) are unsupported. Jewelry actually
  worn (the bridal banarasi shot) is correct.
- A base answer that stops early ("it is made of", "a white skirt and a") is cut without hit_limit. An empty answer,
  "the details of the kurta", "the material of the garment", or a bare color for the details question is non_answer;
  a material or details question answered with the garment's name and color, or the question read back, is
  restated. Base answers running on into "Question: ... Answer: ..." are leak even where the first words are right.
- "he" for a woman is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
embroidery = question("embroidery", "What is the embroidery on the garment?", "open")

BLIND_321 = [
    # photo: model in a maroon georgette anarkali kurta, flared to mid-calf, gold zari embroidery on the yoke,
    # three-quarter sleeves, maroon churidar; ornate living room with a chandelier; front view, full length.
    # no adapter text
    case(
        "X321-001",
        caption("a woman in a red anarkali dress standing in a living room"),
        D.wearing("a red anarkali"),
        D.details("gold embroidery on the neck and a gold belt", "unsupported"),
        D.color("maroon"),
        B.sleeve_length("three-quarter sleeves"),
        D.material("silk", "unsupported"),
        title="Women Maroon Embroidered Georgette Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow straight cotton kurta, three-quarter sleeves, white palazzos, white dupatta with a
    # mustard border; outdoor garden; front view.
    # caption: adapter
    case(
        "X321-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. Her pants are with cotton fabric and solid color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants Question: What is the color of the dupatta? Answer: white", "leak"),
        color_kurta("yellow"),
        color_bottom("yellow", "other_garment_color"),
        color_dupatta("white"),
        D.material("cotton"),
        title="Women Mustard Solid Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal blue kanjeevaram silk saree with a wide gold zari border, contrast pink blouse, pallu over the left
    # shoulder; model standing by a carved wooden door; front view. No jewelry but small studs.
    # no adapter text
    case(
        "X321-003",
        caption("a woman in a blue saree standing in front of a wooden door"),
        D.wearing("a sari"),
        D.color("green"),
        color_blouse("green", "other_garment_color"),
        D.description("a blue saree with a pink blouse and a gold necklace", "unsupported"),
        D.material("silk"),
        title="Teal Blue Zari Woven Kanjeevaram Silk Saree with Blouse Piece",
        category="Sarees",
        color="Teal Blue",
        gender="Women",
    ),
    # photo: red velvet lehenga with heavy gold embroidery, short-sleeve red choli, red net dupatta with a gold
    # border over one shoulder; mandap decorated with marigold garlands; front view, full length.
    # caption: adapter
    case(
        "X321-004",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with cotton "
            "fabric and graphic patterns. The skirt is with cotton fabric and graphic patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red lehenga"),
        D.color("red"),
        color_dupatta("gold", "contradiction"),
        D.details(
            "the lehenga has gold embroidery and a red dupatta Question: What is the color of the lehenga? Answer: red",
            "leak",
        ),
        D.material("velvet"),
        title="Red Embroidered Velvet Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: white cotton palazzos with a black geometric block print, worn with a plain black short kurti (not
    # sold); model sitting on a stone bench outdoors; front view.
    # no adapter text
    case(
        "X321-005",
        caption("a woman sitting on a bench wearing a black top and white pants"),
        D.wearing("a black shirt and white pants"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        is_a("palazzo", "no", "contradiction"),
        D.material("a pair of white pants", "restated"),
        title="Women White & Black Block Printed Cotton Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: peach cotton kurta with white chikankari on the neckline and sleeves, white salwar, peach dupatta;
    # haveli room with a mirror-inlaid wall; front view.
    # no adapter text
    case(
        "X321-006",
        caption("a woman in a pink kurta with white embroidery standing in front of a mirror wall"),
        D.wearing("he is wearing a pink kurta", "pronoun"),
        color_kurta("peach"),
        color_bottom("white"),
        color_dupatta("white", "other_garment_color"),
        D.details("white embroidery on the neck and sleeves"),
        D.material("cotton"),
        title="Women Peach Chikankari Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue sleeveless longline ethnic jacket with a gold floral print, worn open over a plain white kurta
    # and white pants; red brick wall outdoors; front view.
    # caption: adapter
    case(
        "X321-007",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. Her pants are with cotton fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and white pants"),
        D.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        is_a("jacket", "yes"),
        D.details("gold flowers on the jacket and a belt", "unsupported"),
        title="Women Navy Blue Printed Longline Ethnic Jacket",
        category="Ethnic Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pastel lavender organza saree with a silver sequin border, sleeveless lavender blouse; balcony with
    # potted plants; three-quarter view.
    # no adapter text
    case(
        "X321-008",
        caption("a woman in a purple saree standing on a balcony"),
        D.wearing("a white dress", "contradiction"),
        D.color("purple"),
        color_blouse("silver", "contradiction"),
        D.details("silver sequins on the border"),
        D.material("it is made of", "cut"),
        title="Lavender Embellished Organza Saree with Blouse",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: bottle green velvet anarkali, floor length, gold embroidery at the yoke and hem, full sleeves, green
    # churidar, gold tissue dupatta; palace hall with arches; front view.
    # caption and material: adapter
    case(
        "X321-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        color_kurta("gold", "other_garment_color"),
        color_dupatta("gold"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Women Green Embroidered Velvet Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: off-white straight cotton kurta with a blue floral block print all over, mandarin collar, three-quarter
    # sleeves, worn with blue jeans (not sold); plain beige wall; front view.
    # no adapter text
    case(
        "X321-010",
        caption("a woman wearing a white kurta with blue flowers"),
        D.wearing("a white shirt and jeans"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.description("a white kurta with blue floral print and a collar"),
        title="Women Off White & Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: rani pink kurta with gold gota patti on the neckline and hem, pink sharara, pink organza dupatta; model
    # seated on a floor cushion among lit diyas and marigolds; front view.
    # no adapter text
    case(
        "X321-011",
        caption("a woman in a pink outfit sitting on the floor with candles"),
        D.wearing("a pink kurta with a", "cut"),
        D.garment_type("dress", "contradiction"),
        color_bottom("pink"),
        color_dupatta("pink"),
        D.details(
            "the kurta has gold lace on the neckline and hem Question: What is the color of the dupatta? Answer: pink",
            "leak",
        ),
        title="Women Pink Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard lehenga with multicolor mirror work, short-sleeve green blouse, mustard dupatta; courtyard swing
    # decorated with flowers; model seated; front view.
    # no adapter text
    case(
        "X321-012",
        caption("a woman in a yellow lehenga sitting on a swing"),
        D.wearing("a yellow skirt and a green top"),
        D.color("yellow"),
        color_blouse("yellow", "other_garment_color"),
        color_dupatta("green", "other_garment_color"),
        D.details("mirror work and a red belt", "unsupported"),
        is_a("lehenga", "yes"),
        title="Mustard Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: black georgette saree with a red floral print, short-sleeve black blouse; model walking in a street,
    # pallu flowing; three-quarter view.
    # caption: adapter
    case(
        "X321-013",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. There is an accessory on her wrist. The dress is with chiffon",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black and red sari"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.material("chiffon"),
        color_blouse("black"),
        title="Black & Red Floral Print Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: sky blue cotton kurta with white thread embroidery, matching sky blue palazzos, no dupatta; plain white
    # studio backdrop; front view.
    # no adapter text
    case(
        "X321-014",
        caption("a woman in a blue kurta and pants"),
        D.wearing("a blue dress", "contradiction"),
        color_kurta("blue"),
        color_bottom("white", "contradiction"),
        D.details("the kurta has a dupatta with white embroidery", "unsupported"),
        is_a("kurta", "yes"),
        D.material("cotton"),
        title="Women Blue Embroidered Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: dark green kurta with a pink floral print, pink salwar, pink dupatta with a green border; field of
    # yellow mustard flowers outdoors; front view.
    # no adapter text
    case(
        "X321-015",
        caption("a woman in a green and pink outfit standing in a field of yellow flowers"),
        D.wearing("a green suit"),
        color_kurta("green"),
        color_bottom("green", "other_garment_color"),
        color_dupatta("pink"),
        D.description("a yellow dress", "contradiction"),
        title="Women Green & Pink Printed Salwar Suit with Dupatta",
        category="Salwar Suits",
        color="Green",
        gender="Women",
    ),
    # photo: white anarkali kurta with a multicolor floral print, long sleeves, white churidar; model twirling in
    # front of a pink painted wall with an arched door; front view.
    # no adapter text
    case(
        "X321-016",
        caption("a woman in a white dress standing in front of a pink wall"),
        D.wearing("a white dress with flowers"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        B.sleeve_length("long sleeves"),
        D.material("a white dress", "restated"),
        title="Women White Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: red banarasi silk saree with gold brocade, red blouse with a gold border; bridal look with a gold
    # necklace and bangles; red and gold drapes behind; front view.
    # no adapter text
    case(
        "X321-017",
        caption("a woman in a red saree with gold jewelry"),
        D.wearing("a red and gold sari"),
        D.color("red"),
        D.description("a red sari with gold border Question: Is this a saree? Answer: yes", "leak"),
        color_blouse("gold", "contradiction"),
        D.material("silk"),
        title="Red Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: short maroon velvet jacket with gold embroidery, full sleeves, over a cream kurta and cream palazzos;
    # plain cream studio backdrop; front view.
    # caption: adapter
    case(
        "X321-018",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. Her pants "
            "are with cotton fabric and pure color patterns. The lady wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red jacket and white pants"),
        D.color("cream", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.material("a red jacket", "restated"),
        is_a("jacket", "yes"),
        title="Women Maroon Embroidered Velvet Ethnic Jacket",
        category="Ethnic Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: lime green kurta with a white geometric print, round neck, three-quarter sleeves, white trousers;
    # rooftop with the city behind; front view.
    # no adapter text
    case(
        "X321-019",
        caption("a woman standing on a rooftop in a green kurta"),
        D.wearing("a green and white kurta"),
        D.pattern("checked", "contradiction"),
        color_kurta("green"),
        color_bottom("green", "other_garment_color"),
        D.description("the kurta has lace on the hem and a pocket", "unsupported"),
        title="Women Lime Green Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: yellow cotton saree with small white polka dots, white short-sleeve blouse; model holding a brass lota
    # on temple steps; front view.
    # no adapter text
    case(
        "X321-020",
        caption("a woman in a yellow saree holding a pot"),
        D.wearing("he is wearing a yellow sari", "pronoun"),
        D.color("white", "other_garment_color"),
        D.pattern("polka dots"),
        D.material("cotton"),
        is_a("saree", "yes"),
        title="Yellow Polka Dot Cotton Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: pastel pink net lehenga with silver sequin work, short-sleeve pink blouse, pink net dupatta with silver
    # sequins; banquet hall with chandeliers; front view, full length.
    # caption: adapter
    case(
        "X321-021",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is a ring on her finger. The dress is with chiffon fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink lehenga"),
        D.color("pink"),
        D.details("sequins and a net dupatta and a silver purse", "unsupported"),
        D.material("net"),
        color_dupatta("silver", "contradiction"),
        title="Pink Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: black straight kurta with a gold foil print, side slits, full sleeves, black leggings; plain grey
    # studio backdrop; front view.
    # no adapter text
    case(
        "X321-022",
        caption("a woman in a black dress with gold flowers", "contradiction"),
        D.wearing("a black top and black leggings"),
        D.color("gold", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.pattern("printed"),
        D.material("", "non_answer"),
        title="Women Black Foil Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue kurta with white chikan embroidery, white churidar, white dupatta; model seated on a carved
    # wooden jhoola indoors; front view.
    # no adapter text; the feed row has no gender
    case(
        "X321-023",
        caption("a woman in a blue outfit sitting on a swing"),
        D.wearing("a white kurta and white leggings", "other_garment_color"),
        color_kurta("black", "contradiction"),
        color_bottom("white"),
        color_dupatta("white"),
        D.details("the details of the kurta", "non_answer"),
        title="Navy Blue Embroidered Kurta Set with Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # photo: wine satin saree, plain, sleeveless wine blouse; model by a window with sheer curtains, evening light;
    # three-quarter view.
    # no adapter text
    case(
        "X321-024",
        caption("a woman in a red saree standing by a window"),
        D.wearing("a red dress", "contradiction"),
        D.color("maroon"),
        D.pattern("solid"),
        D.material("silk", "unsupported"),
        D.description("a red saree with a black belt", "unsupported"),
        title="Wine Solid Satin Saree with Blouse",
        category="Sarees",
        color="Wine",
        gender="Women",
    ),
    # photo: mint green anarkali kurta, sleeveless, v neck, pink floral embroidery on the yoke; garden with a
    # fountain; front view. No bracelet.
    # caption: adapter
    case(
        "X321-025",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("green"),
        B.sleeve_length("short sleeves", "contradiction"),
        embroidery("pink flowers"),
        is_a("kurta", "no", "contradiction"),
        title="Women Mint Green Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: rust flared palazzos with a gold border at the hem, worn with a cream crop kurti (not sold); model
    # beside a stack of brass pots and a rangoli; front view.
    # no adapter text
    case(
        "X321-026",
        caption("a woman in orange pants standing next to brass pots"),
        D.wearing("he is wearing an orange skirt and a white top", "pronoun"),
        D.garment_type("pants"),
        D.color("orange"),
        is_a("palazzo", "no", "contradiction"),
        D.material("silk", "unsupported"),
        title="Women Rust Solid Flared Palazzos",
        category="Palazzos",
        color="Rust",
        gender="Women",
    ),
    # photo: cream kurta with multicolor thread embroidery, cream trousers, red/yellow/green bandhani dupatta;
    # outdoor terrace with string lights; front view.
    # no adapter text
    case(
        "X321-027",
        caption("a woman in a white outfit with a colorful scarf"),
        D.wearing("a red kurta and a white dupatta", "other_garment_color"),
        color_kurta("cream"),
        color_dupatta("multicolor"),
        color_bottom("red", "other_garment_color"),
        D.details(
            "colorful embroidery on the neckline Question: What is the material of the dupatta? Answer: silk", "leak"
        ),
        title="Women Cream Embroidered Kurta with Trousers & Bandhani Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: half-and-half chiffon saree, plain grey body and pink pallu, short-sleeve pink blouse; wall with a
    # floral wallpaper behind; front view.
    # no adapter text
    case(
        "X321-028",
        caption("a woman in a pink and grey saree"),
        D.wearing("a grey sari"),
        D.color("grey"),
        color_blouse("grey", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.description("a sari with a floral print", "unsupported"),
        title="Grey & Pink Half and Half Chiffon Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: royal blue lehenga with silver zari, short-sleeve blue blouse, silver net dupatta; pastel yellow wall
    # with hanging lanterns; front view.
    # caption and wearing: adapter
    case(
        "X321-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow", "contradiction"),
        color_dupatta("silver"),
        is_a("lehenga", "yes"),
        title="Royal Blue Zari Work Lehenga Set with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: orange cotton kurta with white leheriya (diagonal) stripes, three-quarter sleeves, white pants; sandstone
    # fort wall outdoors; front view.
    # no adapter text
    case(
        "X321-030",
        caption("a woman in an orange and white striped kurta in front of a stone wall"),
        D.wearing("an orange kurta and white pants and a white dupatta", "unsupported"),
        D.pattern("striped"),
        D.color("orange"),
        B.sleeve_length("three-quarter sleeves"),
        D.material("it is made of cotton"),
        D.description("he is wearing an orange kurta with white stripes", "pronoun"),
        title="Women Orange Leheriya Printed Cotton Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: lilac georgette anarkali gown, floor length, silver sequin yoke, long sheer sleeves, no dupatta;
    # staircase decorated with fairy lights; front view.
    # no adapter text
    case(
        "X321-031",
        caption("a woman in a purple gown standing on stairs"),
        D.wearing("a purple dress and a dupatta", "unsupported"),
        D.color("purple"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.material("chiffon"),
        is_a("gown", "yes"),
        title="Lilac Embellished Georgette Anarkali Gown",
        category="Ethnic Gowns",
        color="Lavender",
        gender="Women",
    ),
    # photo: bottle green silk saree with a gold zari border, short-sleeve mustard blouse; model seated on stone
    # steps by a lotus pond; front view.
    # caption and material: adapter
    case(
        "X321-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "round neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green sari and a yellow blouse"),
        D.color("yellow", "other_garment_color"),
        color_blouse("yellow"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Green Zari Border Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: beige kurta with a brown block print, brown palazzos, beige dupatta with tassels; model leaning on a
    # wooden pillar in a courtyard; front view.
    # no adapter text
    case(
        "X321-033",
        caption("a woman in a brown and white outfit leaning against a pillar"),
        D.wearing("a brown kurta", "other_garment_color"),
        color_kurta("beige"),
        color_bottom("brown"),
        color_dupatta("brown", "other_garment_color"),
        D.details("tassels on the dupatta"),
        title="Women Beige Block Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: patchwork lehenga in red, green and yellow panels with mirror work, short-sleeve black blouse, red
    # dupatta; model dancing in a desert with a camel behind; front view.
    # no adapter text
    case(
        "X321-034",
        caption("a woman in a colorful dress dancing in the desert with a camel"),
        D.wearing("a colorful skirt and a black top"),
        D.color("multicolor"),
        color_blouse("red", "other_garment_color"),
        color_dupatta("red"),
        D.details("mirrors"),
        is_a("lehenga", "no", "contradiction"),
        title="Multicoloured Mirror Work Navratri Lehenga Choli",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: white chikankari cotton kurta, long sleeves, white palazzos, no jewelry; all-white room with a white
    # sofa; model seated; front view.
    # no adapter text
    case(
        "X321-035",
        caption("a woman in a white kurta sitting on a couch"),
        D.wearing("a white kurta and white pants"),
        D.color("white"),
        D.garment_type("shirt", "contradiction"),
        D.details("white", "non_answer"),
        D.description("a white kurta with white embroidery on it and a pair of gold earrings", "unsupported"),
        title="Women White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: peach net saree with floral thread embroidery, peach blouse with sheer sleeves; arch of pink and white
    # flowers at an outdoor wedding venue; front view.
    # caption: adapter
    case(
        "X321-036",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with floral patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink sari"),
        D.color("pink"),
        color_blouse("white", "contradiction"),
        D.material("silk", "unsupported"),
        D.description("a pink saree with white flowers in the background"),
        title="Peach Embroidered Net Saree with Blouse",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: yellow kurta, green patiala salwar, green bandhani dupatta; model holding a plate of sweets in a festive
    # living room; front view.
    # no adapter text
    case(
        "X321-037",
        caption("a woman in a yellow suit holding a plate of sweets"),
        D.wearing("a yellow kurta and green salwar"),
        color_kurta("yellow"),
        color_bottom("yellow", "other_garment_color"),
        color_dupatta("yellow", "other_garment_color"),
        D.description(
            "a yellow kurta with green patiala and a green dupatta Question: Describe the kurta. Answer: yellow",
            "leak",
        ),
        title="Women Yellow Kurta with Patiala Salwar & Dupatta",
        category="Salwar Suits",
        color="Yellow",
        gender="Women",
    ),
    # photo: mustard sleeveless Nehru jacket with multicolor embroidery, over a black kurta and black pants; blue
    # painted wooden door behind; front view.
    # no adapter text
    case(
        "X321-038",
        caption("a woman in a yellow vest standing in front of a blue door"),
        D.wearing("a yellow jacket over a black kurta"),
        D.color("blue", "contradiction"),
        B.sleeve_length("sleeveless"),
        is_a("jacket", "yes"),
        D.material("velvet", "unsupported"),
        title="Women Mustard Embroidered Nehru Jacket",
        category="Ethnic Jackets",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal kurta with a gold foil print, teal pants, gold tissue dupatta; room lit with Diwali lights; front
    # view.
    # no adapter text; the feed row has no gender
    case(
        "X321-039",
        caption("a woman in a green kurta with a gold dupatta"),
        D.wearing("a gold dress", "other_garment_color"),
        color_kurta("blue"),
        color_bottom("teal"),
        color_dupatta("teal", "other_garment_color"),
        D.description("a blue kurta with gold print"),
        D.material("the material of the garment", "non_answer"),
        title="Teal Foil Print Kurta Set with Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # photo: ivory lehenga with a pastel floral print, sleeveless ivory blouse, pink dupatta; garden with rose
    # bushes; front view.
    # caption: adapter
    case(
        "X321-040",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The tank top is with cotton "
            "fabric. The skirt is with cotton fabric and floral patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white skirt and a", "cut"),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        is_a("lehenga", "yes"),
        D.material("", "non_answer"),
        title="Ivory Floral Print Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta georgette bandhani saree with small white dots and a gold border, magenta blouse, no jewelry;
    # carved marble jharokha behind; side view.
    # no adapter text
    case(
        "X321-041",
        caption("a woman in a pink saree"),
        D.wearing("a pink saree with a gold necklace", "unsupported"),
        D.color("pink"),
        D.pattern("polka dots"),
        D.details("small white dots and a gold border and a", "cut"),
        D.material("silk", "unsupported"),
        title="Magenta Bandhani Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: black georgette palazzos with a gold border at the hem, worn with a white kurta (not sold); plain white
    # wall; front view, full length.
    # no adapter text
    case(
        "X321-042",
        caption("a woman in a white dress standing against a white wall", "contradiction"),
        D.wearing("a white shirt and black pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.details("they are black pants", "restated"),
        D.material("chiffon"),
        title="Women Black Solid Georgette Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: indigo cotton kurta with a white dabu print, long sleeves, white pants; model standing beside a bicycle
    # in a lane; front view.
    # details: adapter
    case(
        "X321-043",
        caption("a woman in a blue dress standing next to a bicycle", "contradiction"),
        D.wearing("she is wearing a blue kurta"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.material("cotton"),
        D.details(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. Her pants",
            "cut",
            hit_limit=True,
        ),
        title="Women Indigo Dabu Print Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: navy sequinned georgette party saree, sleeveless navy blouse; party room with balloons and string
    # lights; front view.
    # no adapter text
    case(
        "X321-044",
        caption("a woman in a blue saree at a party"),
        D.wearing("a blue dress", "contradiction"),
        D.color("black", "contradiction"),
        color_blouse("navy"),
        D.material("sequins"),
        D.description("a shiny blue saree with a sleeveless blouse"),
        title="Navy Blue Sequinned Party Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sage green A-line kurta with a pink floral print, long sleeves, pink trousers, no dupatta; model seated
    # in a wicker chair among potted plants; front view.
    # caption: adapter
    case(
        "X321-045",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve dress with floral patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green kurta and pink pants"),
        color_kurta("pink", "other_garment_color"),
        color_bottom("pink"),
        D.pattern("floral"),
        D.description("a green kurta with a pink dupatta", "unsupported"),
        title="Women Sage Green Floral A-Line Kurta with Trousers",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: black anarkali with red and gold embroidery, black churidar, red dupatta; red stage curtain behind;
    # front view, full length.
    # no adapter text
    case(
        "X321-046",
        caption("a woman in a black dress standing in front of a red curtain"),
        D.wearing("a black anarkali and a red dupatta"),
        color_kurta("red", "other_garment_color"),
        color_dupatta("red"),
        color_bottom("red", "other_garment_color"),
        D.details("what are the details of the garment", "restated"),
        title="Black Embroidered Anarkali Kurta Set with Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
]
