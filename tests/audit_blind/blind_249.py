"""BLIND_249 (46 products; women's topwear and dresses: tops, tees, shirts, kurtis, dresses, shrugs): written blind in
the forty-second session. Measured blind at 10522bb (the session's rules as they stood): 125/129 failures found
(96.9%) and 3/166 correct texts flagged (1.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's topwear and dresses: tops, t-shirts, shirts, kurtis, dresses
and shrugs, shot on models against light studio backdrops (white, off-white, light grey, beige, a pale pink or light
blue wall, once a potted plant beside the model). Topwear is worn with other garments (jeans, trousers, skirts,
shorts, leggings, palazzos) and shrugs over a camisole, a tee or a dress, so most photos hold two or three colors.
Each product has the seller's title, category, color and gender; a few rows miss the gender, the color or the
category, as real feeds do. The default questionnaire is asked, with per-piece color questions, a neckline question
and the yes/no "Is this a ...?" question on some products.

Who wrote what: about a third of the texts come from the caption-only LoRA adapter of the original experiments (the
DeepFashion template: "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton
fabric. It has a round neckline."). It was trained with no end-of-answer token, so each of its texts runs to its
limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked any question it returns the
template, which names no hues, only patterns and fabrics. The run used it for the caption of some products and for
some open questions (details above all, sometimes wearing, description or material); the comment over each case
says which. Every other open text comes from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a
woman in a pink floral top"), which stops on its own and never has hit_limit. The closed questions (garment_type,
color, pattern, sleeve_length, the per-piece colors, "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets; they never loop or hit a limit, but can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: red for maroon, blue for navy or cobalt, yellow for mustard
  or lemon, green for olive, teal, emerald or mint, purple for lavender or mauve, pink for fuchsia, peach or baby
  pink, orange for rust, white for off white, grey for grey melange, "multicolor" for Multi.
- The color of another piece in the photo given as the product's color (the jeans, trousers, skirt or leggings,
  the camisole or tee under a shrug) is other_garment_color; one color repeated for top and bottom ("a white shirt
  and white pants" for a pink shirt) too. The color of the print given as the garment's color (white for navy with
  white dots, yellow for a black tee with a yellow smiley, gold for a red kurta with gold print) is contradiction.
  Where the print and another piece share the color, I gave the print another color so the kind stays clear.
- Garment synonyms count as correct: kurta for kurti, shirt for t-shirt, blouse for a chiffon top, cardigan for a
  knitted, crochet or jersey shrug, jacket for a cropped denim shrug, sundress for a strappy dress, turtleneck for a
  turtle-neck top. Calling a kurti a dress (the base model and the adapter both do) is contradiction, and so is the
  reference engine's "shirt" for a shirt dress, "t-shirt" for a t-shirt dress, "jacket" for an open utility shirt,
  and "no" to "Is this a shrug?" for a shrug.
- Closed answers: wrong sleeve lengths (sleeveless for cap sleeves, short sleeves for a sleeveless maxi, long
  sleeves for a short-sleeve tee) are contradiction. "printed" for tie-dye and "embroidered" for
  schiffli are correct; the candidate set has nothing closer.
- Materials: one the title names (linen, satin, rayon, lycra, chiffon, crepe, denim, lace) is correct; chiffon for a
  sheer georgette is correct; cotton or knitted as a plausible guess on a jersey, ribbed or knit fabric is correct;
  silk for georgette, cotton or satin, polyester for a pure cotton shirt and leather for a cotton shirt are
  unsupported. "lace on the front" for schiffli (eyelet) embroidery is correct; the two look alike.
- Invented things not in the photo (a slit, a chest pocket, a black belt, white flowers on a solid dress) are
  unsupported; things that are in the photo (a purse or sunglasses in hand, a straw hat, earrings, a plant, a pink
  wall, a self-tie belt) are correct.
- Adapter texts: a text that repeats a sentence or phrase of the template is loop; one that stops mid-sentence
  without repeating is cut, even where it invents an accessory ("There is an accessory on her wrist") or names the
  wrong fabric before it is cut (one kind per text, the cut is what the auditor sees first). A template returned for
  the material question is restated. Where the template names a kurti a dress, the misnaming is labelled
  contradiction (hit_limit kept), except for the material question, which stays restated. The template answering
  wearing, description or details does answer them, so those are cut or loop, not restated.
- Base texts: "it is made of" and "it has a" (stopped early) are cut without hit_limit; an empty answer and "the
  details of the dress" are non_answer; "the top is black" to the details question and "the top is pink" to the
  material question are restated. Base answers that run on into "Question: ... Answer: ..." are leak, even where
  their first words are right. "a man" or "he" for a woman is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_shrug = question("color_shrug", "What is the color of the shrug?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_249 = [
    # photo: model in a white round-neck cotton t-shirt with a small black "PARIS" print on the chest, tucked into
    # blue jeans, plain white backdrop, front view.
    # caption, details, material: adapter
    case(
        "X249-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t - shirt and blue jeans"),
        D.color("white"),
        D.pattern("graphic"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue t-shirt with white horizontal stripes, short sleeves, black trousers, light grey
    # backdrop, front view.
    # no adapter text
    case(
        "X249-002",
        caption("a woman in a blue and white striped shirt"),
        D.wearing("a striped t - shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves"),
        D.details("white stripes"),
        color_pants("black"),
        title="Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow ribbed sleeveless crop top with a square neck, white wide-leg trousers, beige
    # backdrop, front view.
    # description, details: adapter
    case(
        "X249-003",
        caption("a woman in a yellow top and white pants"),
        D.wearing("a yellow crop top and white pants"),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with knitting fabric. It has a "
            "square neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "Her tank top has no sleeves, knitting fabric and pure color patterns. It has a square neckline. The lady "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        neckline("square neck"),
        D.material("cotton"),
        title="Women Mustard Yellow Ribbed Cotton Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a maroon georgette A-line midi dress, short flutter sleeves, V-neck, self-tie belt at the
    # waist, off-white backdrop, front view.
    # caption, details, material: adapter
    case(
        "X249-004",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.color("maroon"),
        D.garment_type("dress"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a V-shape neckline. There is a belt "
            "around her",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape",
            "restated",
            hit_limit=True,
        ),
        title="Women Maroon Solid Georgette A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a light blue washed denim shirt, long sleeves rolled to the elbow, two chest pockets, tucked
    # into black jeans, white wall behind her, front view.
    # caption, details: adapter
    case(
        "X249-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue denim shirt"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        color_pants("black"),
        title="Women Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white straight cotton kurti with a blue floral block print, three-quarter sleeves, white
    # palazzos, pale grey backdrop, front view.
    # caption, details: adapter
    case(
        "X249-006",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white and blue floral kurta and white pants"),
        D.garment_type("kurta"),
        D.color("white"),
        D.pattern("floral"),
        D.details(
            "It has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women White & Blue Floral Printed Straight Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: model in a black sheer georgette open-front shrug with long sleeves, over a white camisole, blue jeans,
    # white backdrop, front view.
    # caption, description: adapter
    case(
        "X249-007",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. The "
            "lady wears a tank top. The tank top is with cotton fabric. It has a suspenders neckline. The lady wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top, a black shrug and jeans"),
        D.color("white", "other_garment_color"),
        color_shrug("black"),
        is_a("shrug", "yes"),
        D.description(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. It "
            "has a V-shape neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women Black Sheer Georgette Open Front Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink floral printed top with short ruffled sleeves and a round neck, white jeans, standing
    # against a pale pink wall, front view.
    # wearing, details: adapter
    case(
        "X249-008",
        caption("a woman in a pink floral top standing in front of a pink wall"),
        D.wearing(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("floral"),
        D.details(
            "The shirt is with chiffon fabric and floral patterns. It has a round neckline. The shirt is with chiffon "
            "fabric and floral patterns.",
            "loop",
            hit_limit=True,
        ),
        D.material("the top is pink", "restated"),
        title="Women Pink Floral Print Ruffle Sleeve Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an olive green cotton shirt dress, knee length, long sleeves, buttons down the front, a
    # self-fabric tie belt at the waist, white backdrop, front view.
    # caption, material: adapter
    case(
        "X249-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt around her waist. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt dress"),
        D.garment_type("shirt", "contradiction"),
        D.color("green"),
        D.details("buttons down the front and a belt"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Olive Green Solid Cotton Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: short-haired model in a grey melange V-neck t-shirt, short sleeves, black track pants, white backdrop,
    # three-quarter view.
    # no adapter text
    case(
        "X249-010",
        caption("a man in a grey t - shirt and black pants", "pronoun"),
        D.wearing("a grey v - neck t - shirt"),
        D.color("grey"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Women Grey Melange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a red and black checked flannel shirt with two chest flap pockets, worn open over a black tank
    # top, black jeans, light grey backdrop, front view.
    # caption, description, details: adapter
    case(
        "X249-011",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red plaid shirt and black jeans"),
        D.color("red"),
        D.pattern("checked"),
        D.description(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The lady wears a tank top "
            "with pure",
            "cut",
            hit_limit=True,
        ),
        title="Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in a lavender smocked top with short puff sleeves and a square neck, blue denim shorts, white
    # backdrop, front view.
    # caption, details: adapter
    case(
        "X249-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a square neckline. The lady wears a three-point shorts. The shorts are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top and blue shorts Question: what is the color of the top? Answer: purple", "leak"),
        D.color("purple"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a square neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Lavender Puff Sleeve Smocked Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black long-sleeve bodycon mini dress with a round neck, holding a small silver clutch, white
    # backdrop, front view.
    # wearing, description: adapter
    case(
        "X249-013",
        caption("a woman in a black dress holding a purse"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a slit on the side", "unsupported"),
        D.material("lycra"),
        title="Women Black Solid Lycra Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a peach A-line cotton kurti with a gold foil print, three-quarter sleeves, white leggings,
    # off-white backdrop, front view.
    # caption, details: adapter
    case(
        "X249-014",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and white leggings"),
        D.color("pink"),
        D.pattern("printed"),
        D.details(
            "It has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric. It has a "
            "round neckline. The lady",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        title="Women Peach-Coloured Foil Printed A-Line Kurti",
        category="Kurtis",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a white sleeveless cotton top with schiffli (eyelet) embroidery all over, blue jeans, white
    # wall with a potted plant beside her, front view.
    # description, material: adapter
    case(
        "X249-015",
        caption("a woman in a white top standing next to a plant"),
        D.color("white"),
        D.pattern("embroidered"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("lace on the front"),
        D.material(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lady "
            "wears a long",
            "restated",
            hit_limit=True,
        ),
        title="Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue wrap midi dress with small white polka dots, short sleeves, V-neck, light grey
    # backdrop, front view.
    # caption, details: adapter
    case(
        "X249-016",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.description("a navy blue wrap dress with white polka dots"),
        D.details(
            "The dress is with chiffon fabric and graphic patterns. It has a V-shape neckline. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        neckline("v - neck"),
        title="Women Navy Blue & White Polka Dot Print Wrap Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an oversized black t-shirt with a large yellow smiley face print, dropped shoulders, black
    # cycling shorts, white backdrop, front view. The feed row has no gender.
    # wearing, material: adapter
    case(
        "X249-017",
        caption("a woman in a black t - shirt with a yellow smiley face"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow", "contradiction"),
        D.pattern("graphic"),
        D.details("a yellow smiley face on the front"),
        D.material(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The lady wears a "
            "three-point shorts. The",
            "restated",
            hit_limit=True,
        ),
        title="Black Graphic Printed Oversized Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: model in a teal straight cotton kurti with white thread embroidery at the neck and cuffs, long sleeves,
    # white churidar, white backdrop, front view.
    # wearing, details, material: adapter
    case(
        "X249-018",
        caption("a woman in a green kurta and white pants"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("dress", "contradiction"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Teal Embroidered Pure Cotton Straight Kurti",
        category="Kurtis",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a beige linen oversized shirt with long sleeves, half-tucked into black trousers, beige
    # backdrop, front view.
    # caption, details: adapter
    case(
        "X249-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("linen"),
        color_pants("black"),
        title="Women Beige Solid Linen Oversized Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a rust orange sleeveless tiered maxi dress with a small white floral print, wearing a straw
    # hat, white backdrop, front view.
    # caption, details: adapter
    case(
        "X249-020",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a hat. The lady wears a sleeveless dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("an orange floral dress and a straw hat"),
        D.color("orange"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a V-shape neckline. The lady wears a hat. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        title="Women Rust Orange Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: model in an off-white ribbed cropped shrug with long sleeves, over a black strappy slip dress, light
    # grey backdrop, front view.
    # wearing, material: adapter
    case(
        "X249-021",
        caption("a woman in a black dress and a white cardigan"),
        D.wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a long-sleeve cardigan with",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.garment_type("cardigan"),
        is_a("shrug", "yes"),
        D.material(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a V-shape",
            "restated",
            hit_limit=True,
        ),
        title="Women Off White Ribbed Cropped Shrug",
        category="Shrug",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a black rayon top with a small yellow and white floral print, short sleeves, V-neck, blue
    # jeans, white backdrop, front view.
    # caption, details: adapter
    case(
        "X249-022",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue jeans", "other_garment_color"),
        D.color("black"),
        D.pattern("floral"),
        D.details(
            "The shirt is with chiffon fabric and floral patterns. It has a V-shape neckline. The shirt is with "
            "chiffon fabric and floral",
            "loop",
            hit_limit=True,
        ),
        D.material("rayon"),
        title="Women Black Floral Printed Rayon Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a plain red crew-neck cotton t-shirt, short sleeves, no pocket, white denim shorts, white
    # backdrop, front view.
    # caption, material: adapter
    case(
        "X249-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.description("a red t - shirt"),
        D.color("red"),
        D.sleeve_length("short sleeves"),
        D.details("it has a pocket on the chest", "unsupported"),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        title="Women Red Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in a sleeveless mauve straight cotton kurti with mirror work on the yoke, off-white palazzos,
    # light grey backdrop, front view. The feed row has no color.
    # description, details: adapter
    case(
        "X249-024",
        caption("a woman in a purple kurta and white pants"),
        D.wearing("a purple kurti with mirror work"),
        D.color("purple"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "There is an accessory on her wrist. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. It",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Mauve Mirror Work Pure Cotton Straight Kurti",
        category="Kurtas",
        gender="Women",
    ),
    # photo: model in a black off-shoulder bardot top with long balloon sleeves, white jeans, white backdrop, front
    # view.
    # wearing: adapter
    case(
        "X249-025",
        caption("a woman in a black off the shoulder top"),
        D.wearing(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.details("the top is black", "restated"),
        D.material("", "non_answer"),
        title="Women Black Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white pure cotton formal shirt with thin blue vertical stripes, long sleeves, tucked into a
    # navy pencil skirt, white backdrop, front view.
    # caption, description, details, material: adapter
    case(
        "X249-026",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and a skirt"),
        D.color("white"),
        D.pattern("striped"),
        D.description(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with striped",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The lady wears a medium "
            "short skirt. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White & Blue Striped Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a lemon yellow solid strappy midi dress with a smocked bodice, barefoot, white backdrop, front
    # view.
    # caption, details: adapter
    case(
        "X249-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow sundress"),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a suspenders neckline. The lady wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        D.description("a yellow sundress with white flowers", "unsupported"),
        title="Women Yellow Solid Smocked Strappy Midi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a light blue cropped denim shrug with short sleeves, over a white t-shirt, white jeans, white
    # backdrop, front view.
    # wearing: adapter
    case(
        "X249-028",
        caption("a woman in a denim jacket and white pants"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        color_top("white"),
        is_a("shrug", "no", "contradiction"),
        D.material("denim"),
        title="Women Blue Cropped Denim Shrug",
        category="Shrug",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an oversized green and white tie-dye cotton t-shirt with short sleeves, black joggers, white
    # backdrop, front view. The feed row has no category.
    # no adapter text
    case(
        "X249-029",
        caption("a woman wearing a green tie dye t - shirt"),
        D.wearing("a tie dye shirt and black pants"),
        D.color("green"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        title="Women Green & White Tie-Dye Oversized Cotton T-shirt",
        color="Green",
        gender="Women",
    ),
    # photo: model in a fuchsia satin wrap top with long sleeves and a self-fabric tie at the side, black trousers,
    # white backdrop, front view.
    # caption, details: adapter
    case(
        "X249-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink satin top and black pants"),
        D.color("pink"),
        D.description("a pink top with a black belt", "unsupported"),
        D.details(
            "The shirt is with other fabric and pure color patterns. It has a V-shape neckline. The shirt is with "
            "other fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("satin"),
        title="Women Fuchsia Solid Satin Wrap Top",
        category="Tops",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a navy blue A-line kurti with a white floral print, three-quarter sleeves, navy palazzos,
    # white backdrop, front view.
    # details, material: adapter
    case(
        "X249-031",
        caption("a woman in a blue and white floral dress", "contradiction"),
        D.wearing("a blue kurta and blue pants"),
        D.color("blue"),
        D.garment_type("kurta"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Navy Blue Floral Printed A-Line Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white t-shirt with "LOVE" printed in red and black letters, tucked into a black mini skirt,
    # white backdrop, front view.
    # caption, wearing: adapter
    case(
        "X249-032",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady "
            "wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.description(
            "a white t - shirt with the word love on it Question: what does the shirt say? Answer: love", "leak"
        ),
        D.details("the word love on the front"),
        D.material("cotton"),
        title="Women White Typography Print Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a grey longline waterfall shrug with long sleeves, open over a black t-shirt, blue jeans,
    # white backdrop, front view.
    # description, details: adapter
    case(
        "X249-033",
        caption("a woman in a grey cardigan and jeans"),
        D.wearing("a black shirt, a grey cardigan and blue jeans"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "There is an accessory on her wrist. The lady wears a long trousers. There is an accessory on her wrist. "
            "The lady wears a",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Grey Solid Longline Waterfall Shrug",
        category="Shrug",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a baby pink cotton shirt with a mandarin collar and long sleeves, white trousers, white
    # backdrop, front view.
    # caption, material: adapter
    case(
        "X249-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The lady wears a long trousers. The lady wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.details("a collar and buttons"),
        D.material(
            "The shirt is with cotton fabric and pure color patterns. It has a standing neckline. The lady wears a "
            "long trousers. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Pink Mandarin Collar Pure Cotton Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an emerald green satin slip midi dress, sleeveless, cowl neck, thin straps, white backdrop,
    # front view. The feed row has no gender.
    # caption, details: adapter
    case(
        "X249-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green satin dress"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The dress is with other fabric and pure color patterns. It has a suspenders neckline. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        neckline("cowl neck"),
        title="Emerald Green Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # photo: model in a mustard yellow calf-length kurti with a maroon ikat print, long sleeves, black leggings,
    # white backdrop, front view.
    # description: adapter
    case(
        "X249-036",
        caption("a woman in a yellow kurta and black leggings"),
        D.wearing("a yellow kurta with red print and black pants"),
        D.color("black", "other_garment_color"),
        is_a("kurta", "yes"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.details("it has a", "cut"),
        title="Women Mustard Yellow Ikat Printed Calf Length Kurti",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a white sheer chiffon top with a tie-up bow at the neck and long sleeves, tucked into black
    # trousers, light grey backdrop, front view.
    # wearing, details: adapter
    case(
        "X249-037",
        caption("a woman in a white blouse and black pants"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.description("he is wearing a white shirt with a bow", "pronoun"),
        D.details(
            "The shirt is with chiffon fabric and pure color patterns. The shirt is with chiffon fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women White Sheer Chiffon Tie-Up Neck Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a t-shirt colour-blocked in pink, white and blue horizontal panels, short sleeves, white
    # jeans, white backdrop, front view.
    # caption, wearing, material: adapter
    case(
        "X249-038",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with color block patterns. The lady wears a short-sleeve T-shirt "
            "with color block patterns.",
            "loop",
            hit_limit=True,
        ),
        D.color("multicolor"),
        D.pattern("color block"),
        D.details("it has three colors"),
        D.material(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        title="Women Multicoloured Colourblocked Cotton T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a black lace top with a scalloped hem, short sleeves, lined, tucked into a red midi skirt,
    # white backdrop, front view.
    # caption, material: adapter
    case(
        "X249-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black lace top and a red skirt"),
        D.color("red", "other_garment_color"),
        color_skirt("red"),
        D.sleeve_length("short sleeves"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Lace Scalloped Hem Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white cotton fit-and-flare mini dress with a blue floral print and cap sleeves, holding
    # sunglasses in one hand, light beige backdrop, front view.
    # caption, details: adapter
    case(
        "X249-040",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory in her hand. The lady wears a pair of shoes. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white floral dress and sunglasses"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The dress is with cotton "
            "fabric and floral patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women White & Blue Floral Print Cotton Fit & Flare Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in an olive green cotton utility shirt with two chest flap pockets and long sleeves, worn open
    # over a white tank top, black jeans, white backdrop, front view.
    # wearing, details: adapter
    case(
        "X249-041",
        caption("a woman in a green shirt and black jeans"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket", "contradiction"),
        D.color("green"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. The lady wears a tank top. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        title="Women Olive Green Solid Cotton Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a red straight kurta with a golden print, three-quarter sleeves, white palazzos, gold jhumka
    # earrings, white backdrop, front view.
    # details, material: adapter
    case(
        "X249-042",
        caption("a woman in a red kurta with gold earrings"),
        D.wearing("a red kurta and white pants"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        D.details(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is",
            "restated",
            hit_limit=True,
        ),
        title="Women Red & Golden Printed Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: model in a chocolate brown ribbed turtle-neck fitted top with long sleeves, beige trousers, white
    # backdrop, front view.
    # caption, details: adapter
    case(
        "X249-043",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. It "
            "has a standing neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a brown turtleneck and beige pants", "pronoun"),
        D.color("brown"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The T-shirt is with knitting fabric and pure color patterns. It has a standing neckline. The lady wears "
            "a long",
            "cut",
            hit_limit=True,
        ),
        neckline("turtle neck"),
        D.material("cotton"),
        title="Women Brown Ribbed Turtle Neck Fitted Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a mint green crochet shrug with short sleeves, over a white camisole and white shorts, white
    # backdrop, front view.
    # details, material: adapter
    case(
        "X249-044",
        caption("a woman in a white top and a green crochet cardigan"),
        D.wearing("a green cardigan"),
        D.color("green"),
        is_a("cardigan", "yes"),
        D.description(
            "a green crochet cardigan with a white top underneath Question: what color is the top? Answer: white",
            "leak",
        ),
        D.details(
            "The lady wears a short-sleeve cardigan with lattice patterns. The cardigan is with knitting fabric. It "
            "has a suspenders",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve cardigan with lattice patterns. The cardigan is with knitting fabric. The "
            "lady wears a tank",
            "restated",
            hit_limit=True,
        ),
        title="Women Mint Green Crochet Shrug",
        category="Shrug",
        color="Mint Green",
        gender="Women",
    ),
    # photo: model in a grey and black horizontally striped t-shirt dress, short sleeves, knee length, white
    # sneakers, white backdrop, front view.
    # caption, wearing: adapter
    case(
        "X249-045",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a pair of shoes. The dress is of medium length. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. The lady "
            "wears a short-sleeve dress with striped",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt", "contradiction"),
        D.color("grey"),
        D.pattern("striped"),
        D.details("the details of the dress", "non_answer"),
        title="Women Grey & Black Striped T-shirt Dress",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a cobalt blue crepe peplum top with short sleeves and a round neck, white jeans, standing
    # against a light blue wall, front view.
    # caption, details: adapter
    case(
        "X249-046",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue top and white jeans"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.description("a blue peplum top"),
        D.details(
            "The shirt is with other fabric and pure color patterns. It has a round neckline. The lady wears a long "
            "trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.material("crepe"),
        title="Women Cobalt Blue Solid Crepe Peplum Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
]
