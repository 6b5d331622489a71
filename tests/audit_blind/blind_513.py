"""BLIND_513 (46 products; women's ethnic wear: kurta sets, anarkalis, sarees, lehengas, ethnic skirts, suits): written
blind in the fiftieth session. Measured blind at 2d8ef52 (the session's rules as they stood): 91/111 failures found
(82.0%) and 6/145 correct texts flagged (4.1%). The writer's notes, verbatim:

Scenario: a Myntra English catalog feed for a women's ethnic-wear night: straight and A-line kurtas with palazzos,
trousers, sharara or dhoti pants and dupattas, anarkali kurtas and gowns, sarees with blouses (Banarasi, georgette,
organza, cotton, patola, tissue), lehenga cholis with net or organza dupattas, ethnic skirts worn with plain tops, and
salwar suits. Models stand in full outfits, mostly on studio backdrops, some in front of coloured walls, doors, plants,
marigold decor, fairy lights or a brick wall. Each row has the seller's title, category, color and gender; a few rows
miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
pink kurta ...") unless the comment says the caption adapter (epoch 3) wrote them; that adapter writes the
DeepFashion template ("The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton
fabric ..."), has no end token, runs to its limit (50 new tokens for captions, 30 for answers) and returns its
template to any question, so every adapter text has hit_limit=True. Open questions (wearing, description, details,
material, the kurta's neckline) come from the base model unless the comment names the adapter; the base model stops
on its own and never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, the per-piece
colors of kurta, dupatta and bottoms, "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, burgundy or coral, pink for magenta, fuchsia,
  rani pink or peach, purple for lavender or mauve, yellow for mustard, blue for navy, indigo, teal or turquoise,
  green for teal, turquoise, olive, lime or sea green, white for off white, ivory or cream, grey for silver, orange
  for coral. A wrong hue (black for navy, brown for burgundy) is contradiction.
- A closed color that is the color of another piece in the photo (the dupatta, the palazzos, the blouse of a saree,
  a jacket worn over the kurta, the top worn with a skirt) is other_garment_color; the color of the print, the
  border, the wall or the decor given as the garment's color is contradiction.
- Garment synonyms are correct: dress for an anarkali, skirt for a lehenga, shirt or top for a kurta, suit or salwar
  kameez for a salwar suit, scarf for a dupatta, leggings for a churidar, "traditional indian" wear for any of
  them. "dress" for a straight kurta worn with palazzos or trousers, and "dress" for a saree, is contradiction.
- The adapter has no saree or lehenga class: describing the blouse as a shirt or tank top and the saree drape or
  the lehenga as a long skirt is accepted piece by piece; such a text is labelled by its cut or loop. Where its
  first sentence names a kurta set or a saree "dress", the misnaming is what the auditor sees first: contradiction.
- A template that repeats a sentence is loop; one that stops mid-sentence without repeating is cut; the template
  given to the material question is restated. The template given to details is cut or loop, not restated (it does
  describe the garment).
- Materials named in the title, or visible (velvet, net, organza, sequins), are correct; chiffon for georgette is
  correct. Silk on a rayon or georgette kurta or saree, velvet on a silk lehenga, denim on a cotton kurta are
  unsupported.
- Jewellery, belts or buttons the photo does not show are unsupported; ones it shows (necklace of a bride, a potli
  bag in her hand, buttons on a jacket) are correct.
- A base answer that stops early mid-phrase ("it is made of") is cut, without hit_limit. An empty answer, "the
  details of the garment", "it is a garment", "fabric", or a bare "a saree" to "Describe the garment." is
  non_answer; the material question answered with the garment's color and name, or a sentence that only turns
  the question around, is restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first part is right.
- "he", "his" or "a man" for a woman is pronoun.
- An anarkali kurta is a kurta: "no" to "Is this a kurta?" is contradiction. Bandhani dots answered "floral",
  and "sleeveless" for a long-sleeve kurta under a sleeveless jacket (the layer's sleeves), are contradiction.
- Props and walls named in a caption (a plant, a stool, a door, diyas, a brick wall) are correct when in the photo.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_bottoms = question("color_bottoms", "What is the color of the bottoms?", "closed")
neckline = question("neckline", "What is the neckline of the kurta?", "open")

BLIND_513 = [
    # photo: model in a pink floral-print straight cotton kurta, three-quarter sleeves, white palazzos, pink-and-white
    # dupatta over one shoulder; plain white backdrop, full front view.
    # adapter: none
    case(
        "X513-001",
        caption("a woman in a pink kurta and white palazzo pants"),
        D.wearing("a pink kurta with white pants and a dupatta"),
        D.color("pink"),
        color_bottoms("white"),
        D.material("cotton"),
        title="Women Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue flared anarkali kurta with gold foil ethnic motifs, long sleeves, navy churidar, gold jhumkas,
    # no belt; grey studio backdrop, front view.
    # caption: adapter
    case(
        "X513-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("black", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("gold print on the dress and a gold belt", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Women Navy Blue Ethnic Motifs Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red Banarasi art silk saree with a wide gold zari border, red blouse with elbow sleeves, pallu over the
    # left shoulder; beige wall with a potted plant beside her, front view.
    # adapter: none
    case(
        "X513-003",
        caption("a woman in a red saree standing next to a plant"),
        D.wearing("a red and gold saree"),
        D.color("gold", "contradiction"),
        D.material("silk"),
        D.description("it is a traditional indian saree with a gold border"),
        title="Red & Gold-Toned Woven Design Zari Art Silk Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: green embroidered art silk lehenga, green short-sleeve choli, pink net dupatta draped over both arms;
    # small stud earrings, no necklace; outdoor garden with trees, front view.
    # adapter: none
    case(
        "X513-004",
        caption("a woman in a green lehenga and a pink dupatta in a garden"),
        D.wearing("a pink lehenga", "other_garment_color"),
        color_dupatta("pink"),
        D.color("green"),
        D.details("embroidery on the skirt and a gold necklace", "unsupported"),
        D.material("a green lehenga", "restated"),
        title="Green Embroidered Art Silk Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: mustard yellow straight kurta with white thread embroidery, v-neck, three-quarter sleeves, white
    # trousers, no dupatta; plain white backdrop.
    # caption: adapter
    case(
        "X513-005",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        color_kurta("yellow"),
        color_bottoms("yellow", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("white embroidery on the neck Question: what is the color of the pants? Answer: white", "leak"),
        title="Women Mustard Yellow Embroidered Thread Work Kurta with Trousers",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon velvet anarkali with gold embroidery on the yoke and the sleeve cuffs, full sleeves, maroon
    # dupatta, no belt; dark studio backdrop.
    # adapter: none
    case(
        "X513-006",
        caption("a woman in a maroon dress with gold embroidery"),
        D.wearing("a maroon anarkali dress"),
        D.color("red"),
        D.details("gold embroidery on the neck and sleeves and a gold belt at the waist", "unsupported"),
        D.description("he is wearing a long maroon dress", "pronoun"),
        title="Maroon Embroidered Velvet Anarkali Kurta With Dupatta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: white cotton kurta with blue floral block print, blue palazzos, white dupatta with small blue buttis;
    # she stands in front of a blue wooden door.
    # adapter: none
    case(
        "X513-007",
        caption("a woman in a white and blue floral dress standing in front of a blue door", "contradiction"),
        D.wearing("a white kurta with blue flowers and blue pants"),
        D.color("white"),
        color_bottoms("blue"),
        D.pattern("floral"),
        color_dupatta("blue", "other_garment_color"),
        title="Women White & Blue Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: teal georgette saree with a sequinned border, teal sleeveless blouse, she holds the pallu; grey backdrop.
    # caption: adapter
    case(
        "X513-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. She wears a ring. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a teal saree"),
        D.color("blue"),
        D.material("chiffon"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("sequins on the border of the saree"),
        title="Teal Sequinned Pure Georgette Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: black rayon straight kurta with white geometric print, long sleeves, black trousers; matte fabric; white
    # backdrop.
    # adapter: none
    case(
        "X513-009",
        caption("a woman wearing a black and white dress", "contradiction"),
        D.wearing("a black and white printed kurta and black pants"),
        D.pattern("geometric"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Women Black & White Geometric Printed Rayon Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: peach anarkali kurta with gota patti, long sleeves, off-white palazzos, peach dupatta with a gota border;
    # pale pink wall.
    # caption: adapter
    case(
        "X513-010",
        caption(
            "This lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of it is round. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress and white pants"),
        color_dupatta("pink"),
        color_bottoms("pink", "other_garment_color"),
        D.details("gold lace on the dupatta"),
        D.material("it is made of", "cut"),
        title="Women Peach-Coloured Gotta Patti Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: royal blue lehenga with gold zari woven motifs, blue blouse with elbow sleeves, gold tissue dupatta;
    # beige studio backdrop.
    # adapter: none
    case(
        "X513-011",
        caption("a woman in a blue and gold lehenga"),
        D.wearing("a blue lehenga choli with a gold dupatta"),
        D.color("blue"),
        color_dupatta("blue", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.description(
            "a blue lehenga with gold embroidery and a matching blouse Question: what is the color of the dupatta? "
            "Answer: gold",
            "leak",
        ),
        title="Royal Blue & Gold-Toned Woven Design Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green cotton kurta, short sleeves, mandarin collar, olive trousers; she sits on a wooden stool;
    # white backdrop.
    # adapter: none
    case(
        "X513-012",
        caption("a woman sitting on a stool wearing a green shirt and pants"),
        D.wearing("a green kurta"),
        D.sleeve_length("short sleeves"),
        neckline("v neck", "contradiction"),
        D.details("the details of the garment", "non_answer"),
        title="Women Olive Green Solid Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta bandhani-print georgette saree with a gold border, magenta short-sleeve blouse; she holds a small
    # gold potli bag; grey backdrop.
    # caption: adapter
    case(
        "X513-013",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink saree"),
        D.color("pink"),
        D.pattern("floral", "contradiction"),
        D.details("a gold bag in her hand"),
        D.material("silk", "unsupported"),
        title="Magenta Bandhani Printed Pure Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: lime green kurta with an all-over white floral print, white straight trousers, lime dupatta; a wall of
    # hanging plants behind her.
    # adapter: none
    case(
        "X513-014",
        caption("a woman in a green kurta and white pants standing in front of plants"),
        D.wearing("a green and white floral kurta with white pants"),
        D.color("white", "other_garment_color"),
        color_kurta("green"),
        color_dupatta("white", "other_garment_color"),
        D.description("he is wearing a green kurta with white flowers", "pronoun"),
        title="Women Lime Green Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: off-white sheer georgette chikankari kurta, white-on-white thread embroidery, long sleeves, white slip
    # and white palazzos; pastel blue backdrop.
    # caption: adapter
    case(
        "X513-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants Question: what is the color of the dupatta? Answer: white", "leak"),
        D.color("white"),
        D.pattern("embroidered"),
        D.description("a white kurta with red embroidery", "contradiction"),
        D.material("chiffon"),
        title="Women Off White Chikankari Embroidered Georgette Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: rust orange tiered cotton maxi ethnic skirt with mirror work, worn with a plain black crop top; white
    # backdrop, full view. (row without gender)
    # adapter: none
    case(
        "X513-016",
        caption("a woman in an orange skirt and a black top"),
        D.wearing("a black top and an orange skirt Question: what is the color of the skirt? Answer: orange", "leak"),
        D.color("black", "other_garment_color"),
        D.details("mirror work on the skirt"),
        D.material("cotton"),
        title="Women Rust Orange Mirror Work Tiered Cotton Ethnic Maxi Skirt",
        category="Skirts",
        color="Rust",
    ),
    # photo: sea green knee-length kurta with gold yoke embroidery, long sleeves, sea green sharara, sea green organza
    # dupatta; gold jhumkas and bangles; front view, white backdrop.
    # caption: adapter
    case(
        "X513-017",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. "
            "The neckline of it is v-shape. There is an accessory on her wrist. The female is wearing a long-sleeve",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green kurta with sharara pants"),
        color_bottoms("green"),
        color_dupatta("green"),
        D.details("gold embroidery on the neck"),
        D.material("fabric", "non_answer"),
        title="Women Sea Green Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: lavender straight kurta with white thread embroidery at the neck, three-quarter sleeves, lavender salwar,
    # white dupatta; white backdrop.
    # adapter: none
    case(
        "X513-018",
        caption("a woman in a purple salwar kameez"),
        D.wearing("a purple suit with a white scarf"),
        D.color("purple"),
        color_dupatta("purple", "other_garment_color"),
        D.description("a long purple kurta with white pants", "other_garment_color"),
        D.material("it is made of cotton Question: what is the color of the dupatta? Answer: white", "leak"),
        title="Women Lavender Embroidered Salwar Suit with Dupatta",
        category="Salwar Suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: black georgette anarkali with a red and yellow floral print, long sleeves, black churidar; she stands
    # in front of a red brick wall.
    # adapter: none
    case(
        "X513-019",
        caption("a woman in a black floral dress standing in front of a brick wall"),
        D.wearing("a black dress with red flowers"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.material("silk", "unsupported"),
        title="Black Floral Printed Georgette Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: cream and gold Kanjeevaram-style saree with a maroon border, maroon short-sleeve blouse, temple jewellery
    # (necklace, jhumkas, maang tikka); backdrop of carved stone pillars.
    # caption: adapter
    case(
        "X513-020",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a round "
            "neckline. There is an accessory on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white and gold saree"),
        D.color("red", "other_garment_color"),
        D.details("a red border and a gold necklace"),
        D.material("he is wearing a silk saree", "pronoun"),
        title="Cream-Coloured & Maroon Zari Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: light blue straight cotton kurta with white schiffli embroidery, three-quarter sleeves, white palazzos,
    # no dupatta; white backdrop.
    # adapter: none
    case(
        "X513-021",
        caption("a woman in a light blue kurta and white palazzos"),
        D.wearing("a blue kurta and white pants"),
        color_kurta("white", "other_garment_color"),
        color_bottoms("blue", "other_garment_color"),
        D.details("the details of the garment are the details of the kurta", "restated"),
        title="Women Blue Schiffli Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: dark green velvet lehenga with silver sequins, green sleeveless blouse, silver net dupatta, no belt; dark
    # backdrop with fairy lights.
    # caption: adapter
    case(
        "X513-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a v-shape neckline. The lady wears a long skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green lehenga"),
        D.color("green"),
        color_dupatta("grey"),
        D.material("it is made of fabric", "non_answer"),
        D.details("silver sequins and a silver belt", "unsupported"),
        title="Green Embellished Sequinned Velvet Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: white kurta with red thread embroidery at the round neck, red palazzos, red dupatta with white polka
    # dots; white backdrop.
    # adapter: none
    case(
        "X513-023",
        caption("a woman in a white and red outfit"),
        D.wearing("a white kurta and red pants with a red scarf"),
        D.color("red", "other_garment_color"),
        D.material("the garment is made of the material of the garment", "restated"),
        color_dupatta("red"),
        D.description("she is wearing a white kurta with red embroidery on the neck"),
        title="Women White & Red Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: grey chanderi straight kurta with silver foil print, long sleeves, round neck, grey trousers; plain white
    # backdrop.
    # caption, material: adapter
    case(
        "X513-024",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey kurta"),
        D.color("white", "contradiction"),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        title="Women Grey Foil Printed Chanderi Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: orange and pink leheriya (diagonal wave stripes) chiffon saree, orange blouse; sunny terrace, white wall.
    # adapter: none
    case(
        "X513-025",
        caption("a woman in an orange saree standing on a terrace"),
        D.wearing("an orange and pink saree"),
        D.color("orange"),
        D.pattern("striped"),
        D.material("it is made of chiffon and", "cut"),
        D.description("a saree", "non_answer"),
        title="Orange & Pink Leheriya Printed Chiffon Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: indigo cotton kurta with white dabu print, long sleeves, under a sleeveless white printed Nehru jacket
    # with front buttons; indigo palazzos; white backdrop.
    # adapter: none
    case(
        "X513-026",
        caption("a woman in a blue dress and white vest", "contradiction"),
        D.wearing("a blue kurta with a white jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        color_bottoms("blue"),
        D.details("the jacket has buttons on the front"),
        title="Women Indigo Printed Kurta with Palazzos & Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow sleeveless kurta with mirror work, v-neck, yellow sharara, yellow dupatta; orange marigold garlands
    # hung behind her.
    # caption: adapter
    case(
        "X513-027",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless shirt with pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta"),
        D.color("orange", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("mirror work on the kurta"),
        D.material("he is wearing a cotton kurta", "pronoun"),
        title="Women Yellow Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: pastel pink organza saree with floral embroidery, pink sleeveless blouse, no necklace; white backdrop.
    # adapter: none
    case(
        "X513-028",
        caption("a woman in a pink saree"),
        D.wearing("a pink saree with a pink blouse"),
        D.garment_type("dress", "contradiction"),
        D.material("organza"),
        D.details("floral embroidery on the saree and a pearl necklace", "unsupported"),
        title="Pink Floral Embroidered Organza Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: blue and white vertically striped cotton straight kurta with a shirt collar, three-quarter sleeves, white
    # trousers; white backdrop.
    # adapter: none
    case(
        "X513-029",
        caption("a woman in a blue and white striped dress", "contradiction"),
        D.wearing("a blue striped shirt and white pants"),
        D.pattern("striped"),
        D.color("blue"),
        D.details("the kurta has stripes and a collar and", "cut"),
        D.material("denim", "unsupported"),
        title="Women Blue & White Striped Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: fuchsia silk-blend anarkali with a gold border at the hem, full sleeves, no dupatta; she twirls in a
    # palace courtyard.
    # caption, description: adapter
    case(
        "X513-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Fuchsia Ethnic Anarkali Silk Blend Kurta",
        category="Kurtas",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: beige linen kurta with brown embroidery, beige trousers, brown dupatta; she sits on a cane chair in front
    # of a white wall.
    # adapter: none
    case(
        "X513-031",
        caption("a woman sitting on a chair in a beige kurta"),
        D.wearing("a beige kurta with a brown scarf"),
        D.color("brown", "other_garment_color"),
        D.material("linen"),
        D.details("", "non_answer"),
        title="Women Beige Embroidered Linen Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: red bridal silk lehenga with heavy gold zardozi, red short-sleeve blouse, red dupatta over the head,
    # bridal necklace and bangles; red drapes behind her.
    # adapter: none
    case(
        "X513-032",
        caption("a bride in a red lehenga"),
        D.wearing("a red and gold bridal lehenga"),
        D.color("red"),
        D.details(
            "heavy gold embroidery all over the lehenga and the dupatta Question: what is the color of the lehenga? "
            "Answer: red",
            "leak",
        ),
        D.material("velvet", "unsupported"),
        title="Red & Gold-Toned Embroidered Bridal Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: plain mauve A-line kurta, v-neck with no buttons, three-quarter sleeves, mauve palazzos; she holds a
    # silver clutch; grey wall.
    # caption: adapter
    case(
        "X513-033",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple kurta and purple pants"),
        D.color("purple"),
        D.garment_type("dress", "contradiction"),
        D.details("v neck and buttons", "unsupported"),
        title="Women Mauve Solid A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: multicolour patola-print silk-blend saree (red, green and yellow geometric motifs) with a green border,
    # red blouse; beige backdrop.
    # adapter: none
    case(
        "X513-034",
        caption("a woman in a colorful saree"),
        D.wearing("a red and green saree"),
        D.color("multicolor"),
        D.pattern("geometric"),
        D.material("silk"),
        D.description("it is a saree with a red blouse and a green border"),
        title="Multicoloured Patola Printed Silk Blend Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: dusty pink straight kurta with gold foil print, three-quarter sleeves, pink palazzos; the model has short
    # cropped hair; white backdrop.
    # adapter: none
    case(
        "X513-035",
        caption("a man in a pink kurta", "pronoun"),
        D.wearing("a pink kurta and pink palazzo pants"),
        D.color("pink"),
        color_bottoms("pink"),
        D.description("he is wearing a pink kurta with gold print", "pronoun"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Dusty Pink Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon flared ethnic skirt with gold block print, worn with a cream short-sleeve crop blouse; white
    # backdrop. (row without gender)
    # caption: adapter
    case(
        "X513-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and a red skirt"),
        D.garment_type("skirt"),
        D.color("red"),
        D.material("a red skirt", "restated"),
        title="Women Maroon Block Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # photo: dark green straight kurta with small gold woven buttis, long sleeves, gold brocade dhoti pants, no
    # dupatta; white backdrop.
    # adapter: none
    case(
        "X513-037",
        caption("a woman in a green kurta and gold pants"),
        D.wearing("a green top and gold dhoti pants"),
        color_kurta("green"),
        color_bottoms("green", "other_garment_color"),
        D.details("small gold dots on the", "cut"),
        title="Women Green Woven Design Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: ivory georgette kurta with pastel thread embroidery, ivory sharara, ivory dupatta with a scalloped
    # embroidered edge; pastel pink wall.
    # adapter: none
    case(
        "X513-038",
        caption("a woman in a white outfit in front of a pink wall"),
        D.wearing("a white kurta and sharara"),
        D.color("pink", "contradiction"),
        color_dupatta("white"),
        D.material("silk", "unsupported"),
        D.details("embroidery on the neck and the hem of the dupatta"),
        title="Women Ivory Embroidered Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue mulmul cotton saree with white floral motifs, navy short-sleeve blouse; white backdrop.
    # caption: adapter
    case(
        "X513-039",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a short-sleeve shirt with floral patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue saree"),
        D.color("black", "contradiction"),
        D.material("cotton"),
        D.description(
            "a blue saree with white flowers Question: what is the pattern of the garment? Answer: floral", "leak"
        ),
        title="Navy Blue & White Floral Printed Pure Cotton Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: burgundy velvet straight kurta with gold zari embroidery at the neckline, long sleeves, burgundy velvet
    # palazzos, no dupatta; lit diyas and fairy lights behind her. (row without color)
    # adapter: none
    case(
        "X513-040",
        caption("a woman in a maroon kurta with diyas"),
        D.wearing("a burgundy velvet suit"),
        D.color("brown", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("velvet"),
        D.details("gold embroidery on the neckline and", "cut"),
        title="Women Burgundy Embroidered Velvet Kurta with Palazzos",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: pink cotton kurta with a green floral print, three-quarter sleeves, green salwar, green dupatta; white
    # backdrop.
    # caption: adapter
    case(
        "X513-041",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green salwar suit", "other_garment_color"),
        color_kurta("pink"),
        color_bottoms("green"),
        color_dupatta("pink", "other_garment_color"),
        D.pattern("floral"),
        title="Women Pink & Green Floral Printed Salwar Suit with Dupatta",
        category="Salwar Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: black net lehenga with silver sequins, black sleeveless blouse, black net dupatta; grey backdrop.
    # adapter: none
    case(
        "X513-042",
        caption("a woman in a black lehenga with silver sequins"),
        D.wearing("a black lehenga choli"),
        D.color("black"),
        D.material("net"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "a black lehenga with silver sequins Question: what is the color of the blouse? Answer: black", "leak"
        ),
        title="Black Embellished Sequinned Net Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: coral A-line rayon kurta with a white floral print, short sleeves, white palazzos; she stands by a window
    # with white curtains.
    # adapter: none
    case(
        "X513-043",
        caption("a woman in a red kurta standing by a window"),
        D.wearing("a red and white kurta"),
        D.color("orange"),
        color_bottoms("white"),
        D.details("white flowers on the kurta and the sleeves are short"),
        D.material("silk", "unsupported"),
        title="Women Coral Red Floral Printed Rayon A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: gold tissue saree with a pink border, pink short-sleeve blouse, bangles on both wrists; she holds a brass
    # pooja thali; festive backdrop with hanging lamps.
    # caption: adapter
    case(
        "X513-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a gold saree with a pink border"),
        D.color("gold"),
        D.material("the material of the garment is", "cut"),
        is_a("saree", "yes"),
        title="Gold-Toned & Pink Tissue Saree",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: turquoise blue kurta with white thread embroidery, long sleeves, white churidar, turquoise dupatta; no
    # jewellery; white backdrop.
    # adapter: none
    case(
        "X513-045",
        caption("a woman in a turquoise kurta and white pants"),
        D.wearing("a blue kurta with a blue scarf and white leggings"),
        D.color("green"),
        color_dupatta("white", "other_garment_color"),
        D.description("a blue kurta with a blue scarf and white leggings and a gold necklace", "unsupported"),
        title="Women Turquoise Blue Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: rani pink silk lehenga with gold zari, rani pink blouse with three-quarter sleeves, orange dupatta; a
    # carved haveli doorway behind her.
    # caption, details: adapter
    case(
        "X513-046",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange and pink lehenga"),
        D.color("orange", "other_garment_color"),
        color_dupatta("orange"),
        D.sleeve_length("three-quarter sleeves"),
        D.details(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Rani Pink & Gold-Toned Woven Design Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
]
