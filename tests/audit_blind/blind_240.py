"""BLIND_240 (46 products; women's kurtas, kurta sets, tops, dresses, jeans, trousers, shirts, sweatshirts): written
blind in the forty-first session. Measured blind at 62b08b6 (the session's rules as they stood): 89/113 failures
found (78.8%) and 4/142 correct texts flagged (2.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's wear: straight, A-line and anarkali kurtas, kurta sets (kurta
with trousers or palazzos and a dupatta), tops, dresses, jeans, trousers, shirts and sweatshirts. Nearly every photo
is a model shot with other garments worn (a tee tucked into the jeans, a shirt over the trousers, palazzos under the
kurta, a denim jacket over a dress), on studio backdrops, coloured walls, doors, brick, a garden, a beach or a room
with props. Seller colors are the feed's own words: Teal, Mustard, Off White, Maroon, Navy Blue, Black, White, Blue.
Each row has title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: the original experiments' untuned base model `Salesforce/blip2-opt-2.7b` and their caption-only LoRA
adapter, through enrich's default questionnaire (DEFAULT_QUESTIONS), plus per-piece color questions for the kurta
sets and the VQA data's yes/no "Is this a ...?" for a few items. The base model writes short lowercase texts and stops
on its own (never hit_limit). The caption adapter writes the DeepFashion template ("The lady wears a long-sleeve
shirt with pure color patterns ..."), has no end token, so it runs to its limit (hit_limit=True) and returns its
template to any question it is asked; the comment before each case names the texts it wrote. The closed questions
(garment_type, color, pattern, sleeve_length, color_kurta/pants/dupatta, is_...) are enrich's `--engine reference`
answers, chosen from candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue or green for teal, yellow for mustard, red for maroon, white
  or cream for off white, blue for navy blue. Mustard as orange, maroon as purple or pink, navy as black are
  contradiction. A print, embroidery or trim color given as the garment's color (gold for a maroon kurta with gold
  embroidery, white for a navy dress with white dots) is contradiction; the color of another piece worn in the photo
  (the tucked-in tee, the palazzos under a kurta, the jacket over a dress, the set's other piece) is
  other_garment_color. A wall or backdrop color given to the garment is contradiction.
- Garment synonyms are correct: sweater for a sweatshirt, hoodie for a hooded sweatshirt, pants for trousers or
  palazzos, scarf for a dupatta, suit for a kurta set, shirt dress for a shirt dress, "anarkali dress" for an
  anarkali kurta. "dress" alone for a straight or A-line kurta or a kurta set is contradiction, and so is "saree".
  The adapter's "shirt", "top" or "blouse" for a kurta is tolerated (a kurta is a long tunic shirt, and the template
  knows no kurta); its "dress" for a kurta is contradiction, hit_limit kept, and labelled before the loop or cut.
- Adapter texts are never correct: they hit the limit. One that repeats a sentence of the template is loop; one that
  stops mid-sentence without repeating is cut; the template returned for the material question is restated.
- Base answers cut short by an early stop ("it is made of") are cut, without hit_limit. Base answers that run on into
  "Question: ... Answer: ..." are leak, even where the first words are right.
- Empty answers and "the kurta" / "the pants" for the details are non_answer; a material question answered with the
  garment's name or color is restated.
- Invented details not in the photo (a belt, a slit, rips, a mirror-work border, a necklace, a sleeve pocket) are
  unsupported, and so is a material neither named in the title nor visible (silk on a printed cotton set, wool on a
  sweatshirt or a ribbed knit). Chiffon for georgette, lace for a lace-yoke top, knit for a ribbed knit, cotton for a
  plain cotton-look kurta or sweatshirt are correct.
- "he" for a woman is pronoun.
- One color repeated for every garment ("grey pants" for black jeans under a grey sweatshirt, "yellow jeans" under a
  mustard sweatshirt) is contradiction: no piece in the photo has it. A material that belongs to another garment worn
  (denim for a dress under a denim jacket) is contradiction. Where the adapter invents an accessory before it is cut,
  the cut is labelled.
- The reference engine's wrong sleeve or pattern candidate (long sleeves for a sleeveless dress under a jacket,
  checked for stripes) is contradiction; garment_type "dress" for an anarkali kurta, "kurta" for the trousers worn
  under one and "shirt" for a shirt dress are contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")

BLIND_240 = [
    # photo: model in a teal straight kurta with small white ethnic-motif print, white palazzos, full length, front
    # view, plain white wall. No adapter texts.
    case(
        "X240-001",
        caption("a woman wearing a teal kurta and white palazzo pants"),
        D.wearing("a green kurta and white pants"),
        D.garment_type("kurta"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.material("a teal kurta", "restated"),
        title="Women Teal Ethnic Motifs Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: mustard kurta set: kurta with thread embroidery on the yoke, mustard trousers, mustard dupatta with a gold
    # border over one shoulder; cream studio backdrop. caption: adapter
    case(
        "X240-002",
        caption(
            "The lady wears a long-sleeve top with graphic patterns and a long pants. The top is with cotton fabric "
            "and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta with white pants and a yellow scarf", "contradiction"),
        color_kurta("yellow"),
        color_dupatta("mustard"),
        D.details("embroidery on the neckline"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: off white puff-sleeve top, square neck, worn with mid-blue jeans; beige backdrop, cropped at mid-thigh.
    # adapter: none (base model and reference engine only)
    case(
        "X240-003",
        caption("a woman in a white top and blue jeans"),
        D.wearing("a white shirt and jeans"),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.details("puff sleeves"),
        D.description("a white top with a square neck and a bow", "unsupported"),
        title="Women Off White Solid Puff Sleeve Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: maroon midi A-line dress with a small white floral print, v-neck, three-quarter sleeves; model standing
    # in a garden, green hedge behind. No adapter texts.
    case(
        "X240-004",
        caption("a woman in a red floral dress standing in a garden"),
        D.wearing("a red dress"),
        D.pattern("floral"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a red dress with white flowers and a belt", "unsupported"),
        title="Women Maroon Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue high-rise skinny jeans, white tee tucked in, white sneakers; grey backdrop, full length.
    # caption, material: adapter
    case(
        "X240-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are",
            "restated",
            hit_limit=True,
        ),
        title="Women Navy Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black straight formal trousers with front pleats, pale pink shirt tucked in; grey studio backdrop.
    # caption: adapter
    case(
        "X240-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and black pants"),
        D.color("pink", "other_garment_color"),
        D.garment_type("trousers"),
        D.details("the pants have pleats on the front"),
        D.material("black", "restated"),
        title="Women Black Solid Regular Fit Pleated Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue crew-neck sweatshirt with a white graphic print on the chest, black joggers; white backdrop.
    # caption: adapter
    case(
        "X240-007",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve sweater with graphic patterns. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a blue sweatshirt and black pants", "pronoun"),
        D.garment_type("sweatshirt"),
        D.color("black", "other_garment_color"),
        D.pattern("printed"),
        title="Women Navy Blue Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton button-down shirt with sleeves rolled up, blue jeans; white wall, half body.
    # details, material: adapter
    case(
        "X240-008",
        caption("a woman in a white shirt and jeans"),
        D.wearing("she is wearing a white shirt and jeans"),
        D.description("a white button down shirt with a collar"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. Its neckline is lapel. The shirt is with cotton "
            "fabric and pure color patterns. Its",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is lapel. The lady wears a long-sleeve shirt with pure",
            "restated",
            hit_limit=True,
        ),
        title="Women White Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: teal A-line kurta with gold foil print, matching teal trousers, teal dupatta with gold foil border;
    # wooden door behind.
    # adapter: none (base model and reference engine only)
    case(
        "X240-009",
        caption("a woman in a green and gold dress", "contradiction"),
        D.wearing("a teal kurta and pants with a dupatta"),
        color_kurta("teal"),
        color_pants("gold", "contradiction"),
        D.details("gold print on the kurta and the dupatta"),
        D.material("it is made of", "cut"),
        title="Women Teal Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon top with a lace yoke and short sleeves, black jeans; red brick wall behind.
    # adapter: none (base model and reference engine only)
    case(
        "X240-010",
        caption("a woman in a red top standing in front of a brick wall"),
        D.wearing("a maroon top and black jeans"),
        D.color("maroon"),
        D.details("lace on the shoulders and a bow at the back", "unsupported"),
        D.material("lace"),
        title="Women Maroon Lace Detail Regular Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: off white straight kurta with tonal white thread embroidery, white palazzos; off white backdrop.
    # caption: adapter
    case(
        "X240-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        D.color("white"),
        D.pattern("embroidered"),
        D.description("a white kurta with white embroidery and a red border", "unsupported"),
        D.details("", "non_answer"),
        title="Women Off White Thread Work Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue and white checked shirt dress, knee length, sleeves rolled, self-tie belt; white backdrop.
    # adapter: none (base model and reference engine only)
    case(
        "X240-012",
        caption("a woman in a blue and white checkered dress"),
        D.wearing("a blue plaid shirt dress"),
        D.pattern("checked"),
        D.color("navy blue"),
        D.garment_type("shirt", "contradiction"),
        D.details("buttons on the front and a belt at the waist and a pocket on the", "cut"),
        title="Women Navy Blue & White Checked Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal sleeveless georgette top, white trousers; potted plant beside the model, white wall.
    # adapter: none (base model and reference engine only)
    case(
        "X240-013",
        caption("a woman in a blue top and white pants standing next to a plant"),
        D.wearing("he is wearing a blue shirt and white pants", "pronoun"),
        D.color("teal"),
        D.sleeve_length("sleeveless"),
        D.material("chiffon"),
        title="Women Teal Solid Georgette Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: mustard linen straight trousers, white sleeveless top tucked in; beige backdrop. caption: adapter
    case(
        "X240-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and yellow pants"),
        D.color("yellow"),
        D.details("the details of the pants", "non_answer"),
        D.material("linen"),
        title="Women Mustard Yellow Linen Straight Trousers",
        category="Trousers",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon kurta with small floral print, maroon palazzos, maroon dupatta with a gold border; carved wooden
    # door behind.
    # adapter: none (base model and reference engine only)
    case(
        "X240-015",
        caption("a woman in a red and gold outfit standing in front of a door"),
        D.wearing("a red kurta with a red dupatta and red pants"),
        color_kurta("maroon"),
        color_dupatta("gold", "contradiction"),
        D.details(
            "gold embroidery on the neck and the sleeves Question: what is the color of the dupatta? Answer: red",
            "leak",
        ),
        D.material("silk", "unsupported"),
        title="Women Maroon Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: black mom-fit jeans, grey sweatshirt worn over, white sneakers; light grey backdrop, full length.
    # adapter: none (base model and reference engine only)
    case(
        "X240-016",
        caption("a woman in a grey sweatshirt and black jeans"),
        D.wearing("a grey sweater and grey pants", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jeans"),
        D.description("black jeans with a high waist"),
        title="Women Black Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: off white sweatshirt with a small black slogan print, blue jeans; pink painted wall behind.
    # adapter: none (base model and reference engine only)
    case(
        "X240-017",
        caption("a woman in a white sweatshirt standing in front of a pink wall"),
        D.wearing("a pink sweatshirt and jeans", "contradiction"),
        D.color("off white"),
        D.pattern("printed"),
        D.details("it has a print on the front that says", "cut"),
        title="Women Off White Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue straight kurta with white block-printed motifs, blue jeans; plain white backdrop, knee-length
    # kurta. caption: adapter
    case(
        "X240-018",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and jeans"),
        D.color("navy blue"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("a blue kurta with white flowers Question: what is she wearing? Answer: a blue kurta", "leak"),
        title="Women Navy Blue Block Print Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal solid tiered maxi dress, sleeveless; model on a beach, sea and sky behind.
    # adapter: none (base model and reference engine only)
    case(
        "X240-019",
        caption("a woman in a green dress on the beach"),
        D.wearing("a blue dress"),
        D.description("a long green dress with ruffles and a slit", "unsupported"),
        D.pattern("solid"),
        D.color("teal"),
        D.material("a green dress", "restated"),
        title="Women Teal Solid Tiered Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: white top with black horizontal stripes, short sleeves, black trousers; white backdrop.
    # details: adapter
    case(
        "X240-020",
        caption("a woman in a black and white striped shirt and black pants"),
        D.wearing("a striped shirt and black pants"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        title="Women White & Black Striped Regular Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: mustard oversized shirt with one chest pocket, black jeans; beige curtain behind.
    # caption, material: adapter
    case(
        "X240-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and black jeans"),
        D.color("mustard"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants",
            "restated",
            hit_limit=True,
        ),
        D.details("it has a pocket on the chest"),
        D.description("a yellow shirt with a pocket Question: what is the color of the shirt?", "leak"),
        title="Women Mustard Oversized Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon hooded sweatshirt with kangaroo pocket, grey joggers; white backdrop.
    # adapter: none (base model and reference engine only)
    case(
        "X240-022",
        caption("a woman in a maroon hoodie and grey pants"),
        D.wearing("a red hoodie"),
        D.color("grey", "other_garment_color"),
        D.details("it has a hood and a kangaroo pocket"),
        D.material("wool", "unsupported"),
        D.description("he is wearing a red hoodie", "pronoun"),
        title="Women Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue wide-leg trousers, white shirt tucked in; white backdrop, full length.
    # adapter: none (base model and reference engine only)
    case(
        "X240-023",
        caption("a woman in a white shirt and blue pants"),
        D.wearing("a white shirt and black pants", "contradiction"),
        D.color("navy blue"),
        D.description("blue pants with a white shirt"),
        D.details("the pants are wide", "non_answer"),
        title="Women Navy Blue Wide Leg Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal kurta with white floral print, teal trousers, white dupatta; grey backdrop. caption: adapter
    case(
        "X240-024",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta with a white scarf and a white purse", "unsupported"),
        color_kurta("teal"),
        color_dupatta("teal", "other_garment_color"),
        D.details("the kurta has white flowers on it"),
        title="Women Teal Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: navy blue wrap dress with white polka dots, short sleeves, tie at the waist; white backdrop.
    # details: adapter
    case(
        "X240-025",
        caption("a woman in a blue polka dot dress"),
        D.wearing("a blue and white dress"),
        D.pattern("polka dots"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The dress is with chiffon fabric and graphic patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and graphic patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a blue dress with white polka dots Question: what is the color of the dress? Answer: blue", "leak"
        ),
        title="Women Navy Blue Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off white (ecru) linen wide-leg trousers, black fitted top tucked in; beige backdrop.
    # adapter: none (base model and reference engine only)
    case(
        "X240-026",
        caption("a woman in a black top and white pants"),
        D.wearing("a black shirt and white pants"),
        D.color("black", "other_garment_color"),
        D.material("linen"),
        D.details("the pants", "non_answer"),
        title="Women Off White Linen Wide Leg Trousers",
        category="Trousers",
        color="Off White",
        gender="Women",
    ),
    # photo: maroon satin shirt, long sleeves, black trousers; grey backdrop.
    # adapter: none (base model and reference engine only)
    case(
        "X240-027",
        caption("a woman in a red shirt and black pants"),
        D.wearing("she is wearing a red satin shirt"),
        D.color("black", "other_garment_color"),
        D.material("satin"),
        D.description("a red shirt with black buttons and a black belt", "unsupported"),
        title="Women Maroon Satin Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard sleeveless sundress with white floral print, v-neck, knee length; yellow painted wall outside.
    # wearing: adapter
    case(
        "X240-028",
        caption("a woman in a yellow dress with white flowers"),
        D.wearing(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with floral patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        title="Women Mustard Yellow Floral Print Cotton Sundress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: light blue straight jeans, clean (no rips), black crop top, white sneakers; white backdrop.
    # details: adapter
    case(
        "X240-029",
        caption("a woman in a black top and blue jeans"),
        D.wearing("a black crop top and light blue jeans"),
        D.color("black", "other_garment_color"),
        D.description("blue jeans with rips on the knees", "unsupported"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The lady wears a short-sleeve T-shirt with pure "
            "color patterns. The T-shirt is with cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Women Blue Straight Fit Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: teal crew-neck sweatshirt, white pants; white backdrop, half body.
    # adapter: none (base model and reference engine only)
    case(
        "X240-030",
        caption("a woman in a blue sweatshirt and white pants"),
        D.wearing("a green sweater and white pants"),
        D.color("white", "other_garment_color"),
        D.material("a sweatshirt", "restated"),
        D.details("", "non_answer"),
        title="Women Teal Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: off white A-line kurta with a pink floral print, blue palazzos; white wall with a framed picture.
    # adapter: none (base model and reference engine only)
    case(
        "X240-031",
        caption("a woman in a white and pink floral kurta standing in front of a picture"),
        D.wearing("a white kurta and blue pants"),
        D.color("blue", "other_garment_color"),
        D.pattern("floral"),
        D.description("a white kurta with pink flowers and a mirror work border", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Off White & Pink Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue peplum top with short sleeves, white jeans; grey backdrop. caption, details: adapter
    case(
        "X240-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue top and white jeans"),
        D.color("black", "contradiction"),
        D.garment_type("top"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. Its neckline is round. The shirt is with cotton "
            "fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.description("a blue top with a ruffle at the waist"),
        title="Women Navy Blue Solid Peplum Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon flared anarkali kurta with gold embroidery on the yoke and hem, maroon churidar, jhumka earrings
    # (no necklace); white backdrop.
    # adapter: none (base model and reference engine only)
    case(
        "X240-033",
        caption("a woman in a red anarkali dress"),
        D.wearing("a maroon kurta with gold embroidery and a necklace", "unsupported"),
        D.garment_type("dress", "contradiction"),
        D.color("gold", "contradiction"),
        D.pattern("embroidered"),
        title="Women Maroon Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal solid shirt with long sleeves, white trousers; model seated on a wooden stool, grey backdrop.
    # adapter: none (base model and reference engine only)
    case(
        "X240-034",
        caption("a woman sitting on a stool wearing a green shirt and white pants"),
        D.wearing(
            "she is wearing a green shirt and white pants Question: what is the color of the shirt? Answer: green",
            "leak",
        ),
        D.color("green"),
        D.garment_type("shirt"),
        D.sleeve_length("long sleeves"),
        D.details("he has a pocket on the shirt", "pronoun"),
        title="Women Teal Solid Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Women",
    ),
    # photo: navy blue kurta with white embroidery at the neck, navy palazzos, navy dupatta with white embroidered
    # border; white backdrop. caption: adapter
    case(
        "X240-035",
        caption(
            "The lady wears a long-sleeve top with graphic patterns and a long pants. The top is with cotton fabric. "
            "The lady wears a long-sleeve top with graphic patterns and a long pants. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue kurta with a blue dupatta"),
        color_kurta("navy blue"),
        color_pants("white", "contradiction"),
        D.details("white embroidery on the neck"),
        D.material("the kurta is made of", "cut"),
        title="Women Navy Blue Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off white (ecru) wide-leg jeans, brown knit top; white backdrop, full length.
    # adapter: none (base model and reference engine only)
    case(
        "X240-036",
        caption("a woman in a brown top and white jeans"),
        D.wearing("he is wearing a brown shirt and white pants", "pronoun"),
        D.color("brown", "other_garment_color"),
        D.garment_type("jeans"),
        D.material("denim"),
        title="Women Off White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Off White",
        gender="Women",
    ),
    # photo: mustard straight kurta with gota lace on the yoke, mustard trousers, green dupatta; courtyard with
    # potted plants.
    # adapter: none (base model and reference engine only)
    case(
        "X240-037",
        caption("a woman in a yellow kurta with a green dupatta"),
        D.wearing("a yellow and green saree", "contradiction"),
        color_kurta("yellow"),
        color_dupatta("yellow", "other_garment_color"),
        D.material("cotton"),
        D.details("the kurta has gota work on the yoke"),
        title="Women Mustard Yellow Gotta Patti Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: off white sleeveless schiffli A-line dress with a blue denim jacket worn over it; brick wall outdoors.
    # adapter: none (base model and reference engine only)
    case(
        "X240-038",
        caption("a woman in a white dress and a denim jacket"),
        D.wearing("a white dress and a jean jacket"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a white lace dress"),
        D.material("denim", "contradiction"),
        title="Women Off White Schiffli Sleeveless A-Line Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: mustard sweatshirt with "CALIFORNIA" printed on the chest, blue jeans; street outdoors. caption: adapter
    case(
        "X240-039",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long denim pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow sweatshirt and yellow jeans", "contradiction"),
        D.color("mustard"),
        D.description("a yellow sweatshirt that says california on it"),
        D.material("the sweatshirt is made of", "cut"),
        title="Women Mustard Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # photo: black cigarette trousers, a teal kurta worn over them down to the knee; white backdrop.
    # adapter: none (base model and reference engine only)
    case(
        "X240-040",
        caption("a woman in a green kurta and black pants"),
        D.wearing("a green kurta and black pants"),
        D.color("green", "other_garment_color"),
        D.garment_type("kurta", "contradiction"),
        D.details("the pants are slim fit"),
        D.material("the pants are black", "restated"),
        title="Women Black Slim Fit Cigarette Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: teal ribbed long-sleeve bodycon dress; mirror selfie in a bedroom, white wall. details: adapter
    case(
        "X240-041",
        caption("a woman taking a selfie in a mirror wearing a green dress"),
        D.wearing("a green sweater dress"),
        D.color("teal"),
        D.material("wool", "unsupported"),
        D.details(
            "The dress is with knitting fabric and pure color patterns. It has a round neckline. The dress is with "
            "knitting fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Women Teal Ribbed Bodycon Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: blue and white vertically striped shirt, blue jeans; white backdrop.
    # adapter: none (base model and reference engine only)
    case(
        "X240-042",
        caption("a woman in a blue and white striped shirt"),
        D.wearing(
            "she is wearing a striped shirt and jeans Question: what is the color of the jeans? Answer: blue", "leak"
        ),
        D.pattern("checked", "contradiction"),
        D.color("blue"),
        D.details("buttons down the front and a pocket on the chest"),
        D.description("the shirt is a shirt", "non_answer"),
        title="Women Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon georgette wrap top with long sleeves, blue jeans; model seated on a grey sofa. caption: adapter
    case(
        "X240-043",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns and a long denim pants. The blouse is with "
            "chiffon fabric and its neckline is v-shape. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top and jeans", "contradiction"),
        D.color("maroon"),
        D.material("chiffon"),
        title="Women Maroon Georgette Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard A-line kurta with ethnic-motif print, white leggings; model beside a wooden table with a vase of
    # flowers.
    # adapter: none (base model and reference engine only)
    case(
        "X240-044",
        caption("a woman in a yellow kurta standing next to a table with flowers"),
        D.wearing("a yellow dress and white leggings", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.details("the kurta", "non_answer"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Mustard Yellow Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue denim shirt with two chest pockets, white trousers; white backdrop.
    # adapter: none (base model and reference engine only)
    case(
        "X240-045",
        caption("a woman in a denim shirt and white pants"),
        D.wearing("a blue denim shirt and white pants"),
        D.color("navy blue"),
        D.material("denim"),
        D.description("a blue shirt Question: what is the material of the shirt? Answer: denim", "leak"),
        D.details("the shirt has a button down collar and a pocket on the sleeve", "unsupported"),
        title="Women Navy Blue Denim Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon velvet kurta with gold zari embroidery, maroon trousers, maroon dupatta; festive backdrop with
    # fairy lights. caption, details: adapter
    case(
        "X240-046",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red velvet suit"),
        color_kurta("maroon"),
        D.material("velvet"),
        D.details(
            "The dress is with velvet fabric and pure color patterns. It has a round neckline. There is an accessory "
            "on her wrist. There is a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Maroon Embroidered Velvet Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
]
