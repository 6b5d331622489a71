"""BLIND_244 (46 products; Middle Eastern modest fashion: abayas, kaftans, maxi dresses, tunics, trousers, hijabs):
written blind in the forty-first session. Measured blind at f3d03b5 (the session's rules as they stood): 89/111
failures found (80.2%) and 3/139 correct texts flagged (2.2%). The writer's notes, verbatim:

Scenario: an English catalog feed of a Middle Eastern modest-fashion retailer: abayas (closed, open-front, kimono,
belted, embroidered, beaded), kaftans, maxi dresses, long tunics, wide-leg trousers, hijabs and cardigans, shot on
models against plain studio backdrops (white, grey, beige) and outdoors (desert dunes, palm trees, white and stone
walls, arches, beaches, gardens, a pool). Nearly every photo is layered: a hijab over an abaya, an open abaya over a
dress, a long tunic over trousers, a cardigan over a maxi dress. Each row has the seller's title, category, color and
gender; a few rows miss one of them (a kids' dress with no color, trousers with no gender or no category).

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
black abaya ...") unless the comment says the caption adapter wrote them; the caption adapter of the original
experiments writes the DeepFashion template ("The lady wears a long-sleeve dress with pure color patterns. The dress
is with chiffon fabric ..."), has no end token, so every adapter text runs to its limit (50 new tokens for captions,
30 for answers) and carries hit_limit=True; asked a question it returns its template. The open questions (wearing,
description, details, material, "What is on her head?", "Where is the embroidery?") come from the base model unless
the comment names the adapter; the base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: black for black; blue for navy and teal; green for olive, sage,
  mint and emerald; brown for camel, mocha and taupe; beige or tan for sand, stone and khaki; white for cream and
  off white; red or maroon for burgundy; orange for rust; yellow for mustard; pink for blush and dusty pink; purple
  for lilac; grey for charcoal and grey melange. Navy as black, mustard as orange, lilac as pink and sand as white
  are contradiction.
- Garment synonyms are correct: dress, robe or kaftan for a kaftan; dress, robe, coat (for an open or belted one)
  for an abaya; shirt, top or tunic for a long tunic; pants, trousers or palazzos for wide-leg trousers; scarf,
  headscarf or hijab for a hijab; sweater or cardigan for a cardigan. Wide-leg trousers called a skirt, a tunic worn
  over trousers called a dress, a hijab called a hat, an abaya named "a shirt and trousers" by the adapter, and a
  knit cardigan called a jacket are contradiction; garment_type "cardigan" or "dress" for a piece worn with the
  product (not the product) is contradiction too (it is a garment, not a color).
- The color of another piece in the photo (the dress under an open abaya, the hijab, the tunic over the trousers)
  given as the product's color is other_garment_color; a color of the print, the embroidery or the dots given as the
  garment's color is contradiction, and so is a color that no piece in the photo has.
- A wall, flowers, a pool, a sofa, a handbag the model holds, all named in a caption, are correct when the photo has
  them. Bougainvillea on the wall read as the abaya's print is contradiction for the reference pattern answer and
  unsupported for the base model's "the abaya has pink flowers" (an invented detail).
- Materials: one the title names is correct; "cotton" or "knitted fabric" as a plausible guess on a plain
  cotton-look or knit fabric the title does not name is correct; silk on a crepe abaya or on a sequin-neck kaftan
  (neither named nor visible) is unsupported, and so is cotton for a hijab whose title says modal. A material
  question answered with the garment's name or color is restated; "it is made of" is cut (early stop, no hit_limit).
- Invented things not in the photo (a belt, a bag, a necklace, a hood, a zipper, gold buttons, a drawstring waist
  hidden by the tunic, a white collar) are unsupported.
- Reference engine closed answers that are wrong are contradiction (navy as black, sleeveless for long sleeves,
  striped for piping or tie dye, "no" to "Is this a kaftan?" for a kaftan), except where the color is that of
  another piece in the photo (other_garment_color).
- Adapter texts: one that repeats a sentence of its template (or the start of one, "The lady wears a long-sleeve"
  twice) is loop; one that stops mid-sentence without repeating is cut. The template describing the garment does
  answer wearing, description and details (so cut or loop); returned for the material question it is restated,
  even where it names a fabric. Where the template misnames the garment (a skirt for trousers, a shirt and
  trousers for an abaya), contradiction, hit_limit kept. An invented wrist accessory before the cut is labelled cut.
- Base answers that run on into "Question: ... Answer: ..." are leak even when the first words are right.
- "he" or "a man" for a woman or a girl is pronoun. An empty answer, "the details of the garment", "the garment
  has details" and "her head" for "What is on her head?" are non_answer, and so is "the girl is wearing a dress"
  for "Describe the garment."; "the dress is grey" for the details and "it is khaki" for the material are restated.
- One color given to every piece ("a green shirt and green pants" for a mint tunic over white trousers) is
  contradiction, as in the experiments' "grey shirt, grey jeans" outfit. A base answer that stops after a color or
  a preposition ("a green", "a green dress with gold") is cut, without hit_limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

head = question("head", "What is on her head?", "open")
embroidery = question("embroidery", "Where is the embroidery?", "open")

BLIND_244 = [
    # photo: model in a plain black crepe abaya, closed front, long sleeves, black hijab; white studio wall, front.
    # adapter: none
    case(
        "X244-001",
        caption("a woman in a black abaya and hijab standing in front of a white wall"),
        D.wearing("a black abaya"),
        B.color("black"),
        is_a("abaya", "yes"),
        D.description("he is wearing a long black robe", "pronoun"),
        B.material("it is made of silk", "unsupported"),
        title="Classic Black Crepe Abaya",
        category="Abayas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a dusty pink kaftan, gold embroidery round the neckline, wide long batwing sleeves, beige
    # hijab; desert dunes at dusk, full length. adapter: caption
    case(
        "X244-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress with a gold necklace", "unsupported"),
        B.color("pink"),
        D.details("gold embroidery on the neckline"),
        B.pattern("solid"),
        is_a("kaftan", "yes"),
        title="Dusty Pink Embroidered Neckline Kaftan",
        category="Kaftans",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: model in an open-front sand abaya over a white maxi dress, sand hijab; palm trees behind, full length.
    # adapter: none
    case(
        "X244-003",
        caption("a woman wearing a beige abaya and a white dress"),
        D.wearing("a long beige coat over a white dress"),
        color_of("abaya", "white", "other_garment_color"),
        B.color("beige"),
        D.description("a long beige abaya with a white dress underneath"),
        title="Sand Open Front Abaya",
        category="Abayas",
        color="Sand",
        gender="Women",
    ),
    # photo: model in a white long tunic (to mid-thigh) over navy wide-leg trousers; grey studio, full length.
    # adapter: none
    case(
        "X244-004",
        caption("a woman in a white shirt and blue pants"),
        D.wearing("a white shirt and black pants", "contradiction"),
        color_of("trousers", "white", "other_garment_color"),
        B.garment_type("pants"),
        B.material(
            "it is made of cotton Question: What is the color of the pants? Answer: blue",
            "leak",
        ),
        title="Navy Wide Leg Trousers",
        category="Trousers",
        color="Navy",
        gender="Women",
    ),
    # photo: close-up, head and shoulders, model in a sage green chiffon hijab and a white top; beige backdrop.
    # adapter: none
    case(
        "X244-005",
        caption("a woman wearing a green scarf on her head"),
        head("a green hijab"),
        B.color("green"),
        B.material("the hijab is green", "restated"),
        D.wearing(
            "a white shirt and a green scarf Question: What is the color of the scarf? Answer: green",
            "leak",
        ),
        is_a("hijab", "yes"),
        title="Sage Green Chiffon Hijab",
        category="Hijabs",
        color="Sage Green",
        gender="Women",
    ),
    # photo: model in a black abaya with gold embroidered cuffs, black hijab; white studio, front, full length.
    # adapter: details, material
    case(
        "X244-006",
        caption("a woman in a black abaya with gold embroidery"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. The dress is with "
            "chiffon fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The female is wearing a long-sleeve dress with solid color patterns. The dress is made of chiffon "
            "fabric. The neckline of the dress is",
            "restated",
            hit_limit=True,
        ),
        B.color("black"),
        embroidery("on the sleeves"),
        title="Black Abaya with Gold Embroidered Cuffs",
        category="Abayas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a cream long tunic over olive linen wide-leg trousers (the tunic covers the waist), beige
    # hijab; rough stone wall outdoors, full length. adapter: none
    case(
        "X244-007",
        caption("a woman in a white top and green pants standing in front of a stone wall"),
        D.wearing("a white shirt and green pants"),
        B.color("white", "other_garment_color"),
        B.garment_type("skirt", "contradiction"),
        B.material("it is made of linen"),
        D.details("a drawstring waist", "unsupported"),
        title="Olive Linen Wide Leg Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: girl of about eight in a navy abaya with pink floral embroidery down the front and on the cuffs, round
    # neck, no collar; garden with hedges, full length. adapter: none
    case(
        "X244-008",
        caption("a little girl in a blue dress with flowers on it"),
        wearing("a blue dress with pink flowers", who="the girl"),
        B.color("blue"),
        B.pattern("floral"),
        D.description("a blue dress with pink flowers and a white collar", "unsupported"),
        D.details("he has flowers on his dress", "pronoun"),
        title="Girls Navy Floral Embroidered Abaya",
        category="Kids Abayas",
        color="Navy",
        gender="Girls",
    ),
    # photo: model in an emerald satin maxi dress, long sleeves, self-tie belt, v-neck, emerald hijab; white marble
    # steps, full length. adapter: caption
    case(
        "X244-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape neckline. The lady wears a belt. There is an accessory on her wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green", "cut"),
        B.color("green"),
        B.material("satin"),
        D.details("a belt at the waist"),
        title="Emerald Satin Belted Maxi Dress",
        category="Maxi Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: model in a camel knit longline open cardigan (to the calf) over a black maxi dress, black hijab; beige
    # studio wall, full length. adapter: none
    case(
        "X244-010",
        caption("a woman wearing a brown cardigan and a black dress"),
        color_of("cardigan", "black", "other_garment_color"),
        B.garment_type("cardigan"),
        B.material("knitted fabric"),
        D.description("a long brown jacket", "contradiction"),
        title="Camel Knit Longline Cardigan",
        category="Cardigans",
        color="Camel",
        gender="Women",
    ),
    # photo: model in a lilac kaftan with a white floral print, long bell sleeves, white hijab; beach with the sea
    # behind, full length. adapter: none
    case(
        "X244-011",
        caption("a woman in a purple dress standing on the beach"),
        D.wearing(
            "a purple dress Question: What is the color of the dress? Answer: purple",
            "leak",
        ),
        B.color("white", "contradiction"),
        B.pattern("floral"),
        D.details("flowers"),
        B.sleeve_length("long sleeves"),
        title="Lilac Floral Print Beach Kaftan",
        category="Kaftans",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a black and white vertical-striped long tunic over black wide-leg trousers, black hijab; white
    # wall, full length. adapter: description
    case(
        "X244-012",
        caption("a woman in a black and white striped shirt and black pants"),
        D.description(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("black"),
        color_of("trousers", "black"),
        D.wearing("a striped shirt and a skirt", "contradiction"),
        title="Black White Striped Longline Tunic",
        category="Tunics",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a rust tiered maxi dress, long sleeves, no belt, empty hands, beige hijab; walking on desert
    # dunes, full length. adapter: none
    case(
        "X244-013",
        caption("a woman in an orange dress walking in the desert"),
        D.wearing("she is wearing an orange dress"),
        B.color("orange"),
        D.details("the dress has ruffles"),
        D.description("an orange dress with a brown belt and a brown bag", "unsupported"),
        title="Rust Tiered Maxi Dress",
        category="Maxi Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a charcoal grey closed abaya with two side pockets, grey hijab, white sneakers; city street,
    # full length. adapter: caption
    case(
        "X244-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a grey coat and a grey hat", "contradiction"),
        B.color("grey"),
        color_of("hijab", "black", "contradiction"),
        D.details("pockets on the sides"),
        title="Charcoal Abaya with Side Pockets",
        category="Abayas",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a beige long tunic over white linen palazzo trousers, beige hijab; beach, full length.
    # adapter: description
    case(
        "X244-015",
        caption("a woman in a beige top and white pants on the beach"),
        D.wearing("a tan shirt and white pants"),
        color_of("trousers", "white"),
        B.material("linen"),
        D.details("", "non_answer"),
        D.description(
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a long trousers. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        title="White Linen Palazzo Trousers",
        category="Trousers",
        color="White",
    ),
    # photo: close-up, model in a mustard jersey hijab and a black top; grey backdrop, head and shoulders.
    # adapter: none
    case(
        "X244-016",
        caption("a woman wearing a yellow hijab"),
        head("a yellow scarf"),
        B.color("orange", "contradiction"),
        B.material("it is made of", "cut"),
        D.wearing("a yellow shirt and a yellow hijab", "contradiction"),
        title="Mustard Jersey Hijab",
        category="Hijabs",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black kimono-style open abaya with thin white piping on the front edges and cuffs, over a
    # black dress, black hijab; white studio, full length. adapter: wearing
    case(
        "X244-017",
        caption("a woman in a black and white robe"),
        D.wearing(
            "The lady wears a long-sleeve dress with color block patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("striped", "contradiction"),
        D.details("white piping on the sleeves and front and a white belt", "unsupported"),
        title="Black Kimono Abaya with Contrast Piping",
        category="Abayas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a burgundy velvet maxi dress, long sleeves with gold trim at the cuffs, no buttons, burgundy
    # hijab; stone archway, full length. adapter: none
    case(
        "X244-018",
        caption("a woman in a red velvet dress standing in front of an archway"),
        D.wearing(
            "a red dress and a red hijab Question: What is she holding? Answer: nothing",
            "leak",
        ),
        B.color("red"),
        B.material("velvet"),
        D.details("gold buttons down the front", "unsupported"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Burgundy Velvet Maxi Dress with Gold Trim",
        category="Maxi Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a mint long tunic with side slits over white wide trousers, white hijab; garden, full length.
    # adapter: none
    case(
        "X244-019",
        caption("a man in a green shirt and white pants standing in a garden", "pronoun"),
        D.wearing("a green shirt and green pants", "contradiction"),
        color_of("tunic", "green"),
        color_of("trousers", "white"),
        D.details("slits on the sides"),
        title="Mint Longline Tunic with Side Slits",
        category="Tunics",
        color="Mint",
        gender="Women",
    ),
    # photo: model in a black kaftan with a gold geometric print, long sleeves, v-neck, black hijab; dark grey studio,
    # full length. adapter: caption, description
    case(
        "X244-020",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        B.color("gold", "contradiction"),
        B.pattern("printed"),
        title="Black Gold Geometric Print Kaftan",
        category="Kaftans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a grey ribbed hip-length button cardigan over a white long tunic and grey wide trousers, grey
    # hijab; white studio, full length. adapter: description
    case(
        "X244-021",
        caption("a woman in a grey sweater and white shirt"),
        B.garment_type("cardigan"),
        B.color("grey"),
        D.details("buttons down the front"),
        D.wearing(
            "a grey sweater and a white shirt Question: What is the color of the sweater? Answer: grey",
            "leak",
        ),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The sweater",
            "cut",
            hit_limit=True,
        ),
        title="Grey Ribbed Button Cardigan",
        category="Cardigans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a navy pleated maxi dress with small white polka dots, long sleeves, navy hijab; white wall,
    # full length. adapter: none
    case(
        "X244-022",
        caption("a woman in a blue and white polka dot dress"),
        B.pattern("polka dot"),
        B.color("white", "contradiction"),
        D.wearing("a blue dress with white dots"),
        D.details("pleats"),
        B.material("the dress is blue", "restated"),
        title="Navy Polka Dot Pleated Maxi Dress",
        category="Maxi Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a taupe abaya with sheer lace sleeves, taupe hijab; city pavement, full length.
    # adapter: details
    case(
        "X244-023",
        caption("a woman in a brown abaya and hijab"),
        D.details(
            "The dress is with lace fabric and pure color patterns. It has a round neckline. The dress is with lace "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.color("brown"),
        head("a brown hijab"),
        B.material("lace"),
        wearing("he is wearing a brown dress", "pronoun", who="she"),
        title="Taupe Abaya with Lace Sleeves",
        category="Abayas",
        color="Taupe",
        gender="Women",
    ),
    # photo: girl in a white kaftan-style maxi dress with blue embroidery on the chest, short sleeves, no hijab;
    # garden, full length. adapter: material
    case(
        "X244-024",
        caption("a little girl in a white dress with blue embroidery"),
        wearing("a white dress and white pants", "unsupported", who="the girl"),
        B.color("blue", "contradiction"),
        D.details("embroidery on the chest"),
        B.sleeve_length("short sleeves"),
        B.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Girls White Embroidered Kaftan Dress",
        category="Kids Dresses",
        gender="Girls",
    ),
    # photo: model in a black long tunic over stone pleated wide-leg trousers, black hijab; grey studio, full length.
    # adapter: caption
    case(
        "X244-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and beige pants"),
        color_of("trousers", "black", "other_garment_color"),
        B.garment_type("skirt", "contradiction"),
        D.details("pleats in the front"),
        B.material("beige pants", "restated"),
        title="Stone Pleated Wide Leg Trousers",
        category="Trousers",
        color="Stone",
        gender="Women",
    ),
    # photo: model in an open black chiffon abaya with ruffled sleeves over a black dress, black hijab; palm tree at
    # sunset, full length. adapter: none
    case(
        "X244-026",
        caption("a woman in a black abaya standing next to a palm tree"),
        D.wearing("a black dress with ruffled sleeves"),
        B.material("chiffon"),
        D.description("a black dress with ruffles on the", "cut"),
        title="Black Chiffon Ruffle Sleeve Abaya",
        category="Abayas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sand kaftan with tone-on-tone embroidery down the front, sand hijab; desert dunes (beige on
    # beige), full length. adapter: description
    case(
        "X244-027",
        caption("a woman in a white dress standing in the desert", "contradiction"),
        D.wearing("a beige dress and a beige hijab"),
        B.color("beige"),
        D.details("embroidery on the front"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        title="Sand Embroidered Front Kaftan",
        category="Kaftans",
        color="Sand",
        gender="Women",
    ),
    # photo: close-up, model in a navy modal hijab and a white shirt; light grey backdrop, head and shoulders.
    # adapter: none
    case(
        "X244-028",
        caption("a woman wearing a blue headscarf"),
        B.color("black", "contradiction"),
        head("a hat", "contradiction"),
        B.material("it is made of cotton", "unsupported"),
        D.wearing("a white shirt and a blue scarf"),
        title="Navy Modal Hijab",
        category="Hijabs",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a white cotton broderie anglaise maxi dress, long sleeves with eyelet lace, white hijab; green
    # garden, full length. adapter: caption, wearing
    case(
        "X244-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        D.details("lace on the sleeves"),
        B.material("cotton"),
        title="White Cotton Broderie Maxi Dress",
        category="Maxi Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a grey open cardigan over a white top tucked into black wide trousers with an elastic waist,
    # grey hijab; white studio, full length. adapter: none
    case(
        "X244-030",
        caption("a woman wearing a grey cardigan, a white shirt and black pants"),
        D.wearing("a grey sweater and grey pants", "contradiction"),
        color_of("pants", "grey", "other_garment_color"),
        B.garment_type("cardigan", "contradiction"),
        D.details("an elastic waistband"),
        B.material("they are black", "restated"),
        title="Black Elastic Waist Wide Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive belted utility abaya with two chest pockets, closed, olive hijab; grey concrete wall,
    # full length. adapter: material
    case(
        "X244-031",
        caption("a woman in a green coat standing in front of a concrete wall"),
        B.material(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        B.color("green"),
        D.details("a belt and two pockets"),
        head("her head", "non_answer"),
        title="Olive Belted Utility Abaya",
        category="Abayas",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a blush pleated chiffon maxi dress, long sleeves, white hijab, no jewellery; seated on a white
    # sofa in a living room. adapter: none
    case(
        "X244-032",
        caption("a woman in a pink dress sitting on a white couch"),
        D.wearing("a pink dress and a white hijab"),
        B.color("white", "other_garment_color"),
        B.material("chiffon"),
        D.details("pleated skirt"),
        D.description("a long pink dress with a pearl necklace", "unsupported"),
        title="Blush Pleated Chiffon Maxi Dress",
        category="Maxi Dresses",
        color="Blush",
        gender="Women",
    ),
    # photo: model in a cream chunky-knit longline open cardigan with two patch pockets over a black maxi dress,
    # black hijab; park with autumn trees, full length. adapter: caption
    case(
        "X244-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sweater and a black dress"),
        color_of("cardigan", "white"),
        B.garment_type("dress", "contradiction"),
        D.details("the garment has details", "non_answer"),
        title="Cream Chunky Knit Longline Cardigan",
        category="Cardigans",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a navy closed abaya with white striped cuffs, snap buttons hidden, no zipper, navy hijab; white
    # studio, full length. adapter: none
    case(
        "X244-034",
        caption("a woman in a navy blue abaya with white stripes on the sleeves"),
        D.wearing(
            "a blue abaya Question: What is the color of the hijab? Answer: blue",
            "leak",
        ),
        B.color("blue"),
        D.details("white stripes on the sleeves and a zipper on the front", "unsupported"),
        title="Navy Abaya with Striped Cuffs",
        category="Abayas",
        color="Navy",
        gender="Women",
    ),
    # photo: model in an emerald kaftan with gold sequins round the neckline, long sleeves, emerald hijab; cream
    # studio, full length. adapter: none
    case(
        "X244-035",
        caption("a woman in a green kaftan with gold sequins"),
        D.details("the details of the garment", "non_answer"),
        B.color("green"),
        B.sleeve_length("long sleeves"),
        B.material("silk", "unsupported"),
        D.wearing("a green dress with gold", "cut"),
        title="Emerald Sequin Neck Kaftan",
        category="Kaftans",
        color="Emerald",
        gender="Women",
    ),
    # photo: model in a khaki cotton long tunic with a shirt collar and button placket over white trousers, white
    # hijab; park, full length. adapter: none
    case(
        "X244-036",
        caption("a woman in a khaki shirt and white pants"),
        D.wearing("a brown dress and white pants", "contradiction"),
        color_of("tunic", "beige"),
        B.garment_type("shirt"),
        D.details("buttons on the front and a collar"),
        B.material("it is khaki", "restated"),
        title="Khaki Cotton Button Tunic",
        category="Tunics",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a black kaftan abaya with silver beading on the sleeves near the wrists, black hijab; dark
    # studio, full length. adapter: caption, wearing, details
    case(
        "X244-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is a ring on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "There is an accessory on her wrist. The dress is with chiffon fabric and pure color patterns. There "
            "is an accessory on her wrist",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        title="Black Beaded Sleeve Kaftan Abaya",
        category="Abayas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a burgundy lightweight open cardigan (no hood) over a white maxi dress, white hijab; beige
    # studio, full length. adapter: caption, description
    case(
        "X244-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        color_of("cardigan", "white", "other_garment_color"),
        D.wearing("she is wearing a maroon cardigan and a white dress"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        D.details("it has a hood", "unsupported"),
        title="Burgundy Lightweight Open Cardigan",
        category="Cardigans",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a grey melange jersey long-sleeve maxi dress, grey hijab; walking on a beach, full length.
    # adapter: description
    case(
        "X244-039",
        caption("a woman in a grey dress walking on the beach"),
        D.wearing("a grey dress Question: Is she walking? Answer: yes", "leak"),
        D.details("the dress is grey", "restated"),
        B.material("jersey"),
        B.color("grey"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Grey Jersey Long Sleeve Maxi Dress",
        category="Maxi Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a black abaya with pink floral embroidery on the sleeves, pink hijab; white studio, full length.
    # adapter: none
    case(
        "X244-040",
        caption("a woman in a black abaya and a pink hijab"),
        color_of("abaya", "pink", "other_garment_color"),
        B.pattern("floral"),
        D.details("pink flowers on the sleeves"),
        wearing("a black dress and a pink scarf", who="the woman"),
        head("a pink hat", "contradiction"),
        title="Black Abaya with Floral Embroidered Sleeves",
        category="Abayas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a cream long tunic over mocha satin wide-leg trousers, cream hijab; white studio, full length.
    # adapter: caption
    case(
        "X244-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with satin fabric and pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white shirt and brown pants"),
        color_of("trousers", "white", "other_garment_color"),
        B.material("satin"),
        D.details("", "non_answer"),
        title="Mocha Satin Wide Leg Trousers",
        category="Trousers",
        color="Mocha",
        gender="Women",
    ),
    # photo: model in a plain white linen open abaya over a beige dress, white hijab; whitewashed wall with pink
    # bougainvillea, full length. adapter: none
    case(
        "X244-042",
        caption("a woman in a white abaya standing in front of a white wall with pink flowers"),
        D.wearing("a white robe and a beige dress"),
        B.color("white"),
        B.material("linen"),
        D.details("the abaya has pink flowers", "unsupported"),
        B.pattern("floral", "contradiction"),
        title="White Linen Open Abaya",
        category="Abayas",
        color="White",
        gender="Women",
    ),
    # photo: close-up, model in a black chiffon hijab and a beige (tan) abaya; white backdrop, head and shoulders.
    # adapter: none
    case(
        "X244-043",
        caption("a woman wearing a black hijab and a beige abaya"),
        B.color("beige", "other_garment_color"),
        B.material("chiffon"),
        D.wearing("a black hijab and a tan coat"),
        D.description("he is wearing a black hijab", "pronoun"),
        title="Black Chiffon Hijab",
        category="Hijabs",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a lilac long-sleeve maxi dress with a ruffled hem and a white hijab; park lawn, full length.
    # adapter: none
    case(
        "X244-044",
        caption("a little girl in a purple dress and a white hijab"),
        wearing("a purple dress and a white scarf", who="the girl"),
        B.color("pink", "contradiction"),
        D.details("ruffles at the bottom"),
        D.description("the girl is wearing a dress", "non_answer"),
        title="Girls Lilac Ruffle Hem Maxi Dress",
        category="Kids Dresses",
        color="Lilac",
        gender="Girls",
    ),
    # photo: model in a white long tunic over black crepe wide-leg trousers, holding a tan handbag, black hijab;
    # grey studio, full length. adapter: none
    case(
        "X244-045",
        caption("a woman in a white tunic and black pants holding a handbag"),
        D.wearing("a white shirt, black pants and a brown bag"),
        color_of("pants", "black"),
        B.garment_type("pants"),
        D.details(
            "black pants Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Black Crepe Wide Leg Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in a teal and white tie-dye kaftan with wide elbow-length sleeves, a white turban-style hijab;
    # beside a hotel pool, full length. adapter: description
    case(
        "X244-046",
        caption("a woman in a blue and white dress standing by a pool"),
        D.description(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("striped", "contradiction"),
        D.wearing(
            "a blue and white dress and a white turban Question: Where is she? Answer: by the pool",
            "leak",
        ),
        is_a("kaftan", "no", "contradiction"),
        title="Teal Tie Dye Kaftan",
        category="Kaftans",
        color="Teal",
        gender="Women",
    ),
]
