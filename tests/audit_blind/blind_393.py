"""BLIND_393 (46 products; women's everyday and ethnic wear, model shots, caption adapter captions): written blind in
the forty-fifth session. Measured blind at 7afc101 (the session's rules as they stood): 114/138 failures found
(82.6%) and 6/172 correct texts flagged (3.5%). The writer's notes, verbatim:

Scenario: a Myntra-like women's catalog drawn at random from one night's run: kurtas and kurtis, kurta sets (with
palazzos, trousers, sharara and dupatta), tops, tshirts, dresses, jeans, trousers, leggings, sarees, sweatshirts,
jackets and nightwear. Every photo is a model shot, mostly on plain studio backdrops, a few with a coloured wall, a
brick wall, plants, a chair, a bed or festive decor. Bottom-wear is shot with a top, kurtas with their bottoms, jackets
over other clothes, so most photos hold two or three garments of different colors. Each row has the seller's title,
category, color and gender; two rows miss the color and one the gender, as real feeds do.

Who wrote what: every caption comes from the caption-only LoRA adapter (DeepFashion-MultiModal template: "The lady
wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric ..."). It has no end token, so every
caption runs to the 50-token limit and carries hit_limit=True: most stop mid-sentence, some begin the template over
again, a few happen to end on a full stop. The template has no hue names and no kurta, saree or jacket words. The open
questions (wearing, description, details, material) come from the untuned base Salesforce/blip2-opt-2.7b: short,
lowercase, stopping on its own (never hit_limit). The closed questions (garment_type, color, pattern, sleeve_length,
the per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate
sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Adapter captions: one that repeats a sentence of the template (or its opening words, five or more) is loop; one
  that stops mid-sentence is cut, even where it invents an accessory or a fabric before the cut (chiffon for satin).
  A caption that ends on a full stop at the limit and says nothing wrong is correct, hit_limit kept.
- The template's "shirt" for a kurta or kurti is tolerated (a kurta is a long collarless shirt and the template has
  no better word), so is "sweater" for a sweatshirt and "leggings" or "pants" for churidar and palazzos. "dress" for
  a kurta (anarkali included), "dress" or "skirt" for a saree, "skirt" for a sharara and "shirt" for a denim jacket
  misname the product: contradiction, which the auditor sees before the cut. A misnamed second garment (the kurti
  shot over leggings called a dress) does not change the label of the caption.
- Shade words are correct: red for maroon, blue for navy, indigo or teal, green for olive or teal, yellow for
  mustard, pink for peach or fuchsia, purple for lavender or mauve, orange for rust, white or cream for off white,
  grey for charcoal or grey melange. Navy as black is a contradiction.
- Colour of another garment in the photo (the palazzos, the tucked-in tee, the blouse, the jacket on the top) given
  as the product's is other_garment_color, also where the print shares that color. A print, embroidery, border, wall
  or decor color no other garment has, given as the garment's color, is contradiction. A color no piece has, given to
  a piece ("green pants" for off-white trousers with green embroidery on the kurta) is contradiction.
- A two-color pattern garment (black and white stripes, seller color Black) answered with its other color is correct.
- Garment synonyms are correct: top for a kurti, scarf for a dupatta, hoodie for a hooded sweatshirt, pajamas for a
  night suit, nightgown for a nightdress, pants for trousers, leggings or palazzos.
- Materials: one the title names or that shows (leather look, denim, satin, velvet) is correct, chiffon for georgette
  too; cotton for a printed or plain cotton-look kurta, polyester for formal trousers or a bodycon dress are plausible
  guesses, correct. Silk, velvet, linen, wool, leather on garments that show none of them are unsupported. A material
  question answered with the garment's name or color, or with the question itself, is restated.
- Invented things not in the photo (a necklace, a belt, a hood, a slit, a zip on an unseen back, boots below the
  crop) are unsupported. 3/4 sleeves answered long, pleats answered striped, solid-vs-print errors are contradiction.
- An empty answer, "the details of the garment", "it is a top" and "they are jeans" for describe/details are
  non_answer. A base answer stopped mid-phrase ("it is made of") is cut without hit_limit. A base answer that repeats
  a phrase three times and then stops is loop. Base answers running on into "Question: ... Answer:" are leak. "he"
  for a woman is pronoun.
- garment_type for bottom-wear answered with the top's type (t-shirt for jeans, kurta for leggings) is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")

BLIND_393 = [
    # photo: model in a navy blue straight kurta with white floral block print, 3/4 sleeves, over white palazzos;
    # plain white studio backdrop, front view.
    # caption: adapter
    case(
        "X393-001",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta with white flowers and white pants"),
        D.garment_type("kurta"),
        D.color("white", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("cotton"),
        title="Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow A-line kurta, short sleeves, gold foil motifs on the yoke, white leggings;
    # green wall of leafy plants behind her, front view.
    # caption: adapter
    case(
        "X393-002",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with graphic "
            "patterns. The dress is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow dress and white leggings", "contradiction"),
        D.color("yellow"),
        D.description("a yellow kurta with gold print"),
        D.details("gold print on the neckline"),
        D.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Women Mustard Yellow Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a maroon straight kurta with gold zari embroidery at neck and sleeves, matching maroon
    # trousers, beige dupatta with gold border over one shoulder; plain grey backdrop.
    # caption: adapter
    case(
        "X393-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red kurta with gold embroidery and a dupatta"),
        D.color("red"),
        color_pants("red"),
        color_dupatta("red", "other_garment_color"),
        D.description("a red and gold kurta set with a scarf"),
        D.details("the kurta has gold embroidery on the neck and sleeves"),
        D.material("velvet", "unsupported"),
        title="Women Maroon Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white cotton top with small blue flowers, short puff sleeves, square neck, tucked into blue
    # jeans; white wall, front view cropped at the thighs.
    # caption: adapter
    case(
        "X393-004",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top with blue flowers and white jeans", "other_garment_color"),
        D.color("blue", "other_garment_color"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details("puff sleeves and a square neck"),
        D.material("linen", "unsupported"),
        title="Women White & Blue Floral Print Puff Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a black round-neck tee with "BROOKLYN" in white letters, grey joggers; grey backdrop.
    # caption: adapter
    case(
        "X393-005",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The female wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. This female wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and black pants", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.pattern("printed"),
        D.details("the shirt says brooklyn in white letters"),
        color_pants("black", "other_garment_color"),
        title="Women Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive green solid wrap midi dress, long sleeves, self-tie sash at the waist, no slit showing;
    # beige studio backdrop, full-length front view.
    # caption: adapter
    case(
        "X393-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is a belt. The lady wears a long-sleeve dress with pure color patterns. The dress "
            "is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown dress", "contradiction"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.description("a long green dress with a belt"),
        D.details("the dress has a tie at the waist and a slit", "unsupported"),
        is_a("dress", "yes"),
        title="Women Olive Green Solid Wrap Midi Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: model in light blue high-rise skinny jeans and a white crop tee; grey backdrop, cropped at the ankles.
    # caption: adapter
    case(
        "X393-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("the jeans have rips on the knees", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Women Light Blue Skinny Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a peach straight kurta with white chikankari embroidery, long sleeves, white palazzos; cream
    # wall with a potted plant beside her.
    # caption: adapter
    case(
        "X393-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and white pants"),
        D.color("pink"),
        color_pants("white"),
        D.description("a pink kurta with white palazzo pants and a pink dupatta", "unsupported"),
        D.details("white embroidery all over the kurta"),
        D.material("cotton"),
        title="Women Peach-Coloured Chikankari Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a red Banarasi saree with a wide gold zari border, red blouse, gold earrings, no necklace;
    # festive backdrop with a brass lamp on a stand.
    # caption: adapter
    case(
        "X393-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a sleeveless "
            "dress with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red saree"),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        D.details("gold border and a gold necklace", "unsupported"),
        D.material("silk"),
        is_a("saree", "yes"),
        title="Red & Gold-Toned Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in black straight formal trousers with slant pockets, a white shirt tucked in, no belt; grey
    # backdrop, full-length front view.
    # caption: adapter
    case(
        "X393-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a belt",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        D.details("the pants have pockets and a belt", "unsupported"),
        D.material("silk", "unsupported"),
        is_a("pair of trousers", "yes"),
        title="Women Black Solid Straight Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in charcoal grey ankle-length leggings under a pink floral kurti; white backdrop.
    # caption: adapter
    case(
        "X393-011",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and grey leggings"),
        D.garment_type("leggings"),
        D.color("pink", "other_garment_color"),
        D.description("the leggings are grey"),
        D.material("leggings", "restated"),
        title="Women Charcoal Grey Solid Ankle-Length Leggings",
        category="Leggings",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a lavender crew-neck sweatshirt (no hood) with a small white embroidered word on the chest,
    # black joggers; white backdrop.
    # caption: adapter
    case(
        "X393-012",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is round. The person wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. The person",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a purple sweatshirt and black pants", "pronoun"),
        D.color("purple"),
        D.sleeve_length("long sleeves"),
        D.details("it has a hood", "unsupported"),
        D.material("the sweatshirt is purple", "restated"),
        is_a("sweatshirt", "yes"),
        title="Women Lavender Solid Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black faux-leather biker jacket with silver zips, open over a white tee and blue jeans;
    # grey backdrop.
    # caption: adapter
    case(
        "X393-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is an outer clothing",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket over a white t-shirt and blue jeans"),
        D.garment_type("jacket"),
        D.color("black"),
        D.description("a black jacket with a fur collar", "unsupported"),
        D.details("silver zippers on the front and sleeves"),
        D.material("leather"),
        title="Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink night suit, short-sleeve top and long pyjamas with small white hearts; bedroom set with
    # a bed and pillows behind her.
    # caption: adapter
    case(
        "X393-014",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pink pajamas"),
        D.garment_type("night suit"),
        D.pattern("printed"),
        color_top("pink"),
        color_pants("white", "contradiction"),
        D.description(
            "a pink pajama set with hearts Question: what is the color of the hearts? Answer: white",
            "leak",
        ),
        title="Women Pink Printed Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a teal blue flared anarkali kurta, long sleeves, gold printed border at the hem, teal churidar;
    # white backdrop, full length.
    # caption: adapter
    case(
        "X393-015",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a teal blue kurta"),
        D.color("green"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves"),
        D.details("gold print on the bottom and a gold belt", "unsupported"),
        is_a("dress", "no"),
        title="Women Teal Blue Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a rust ribbed sleeveless tank top tucked into beige trousers; red brick wall behind her.
    # caption: adapter
    case(
        "X393-016",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange tank top and khaki pants"),
        D.color("orange"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a tank top with a red brick wall behind her"),
        D.details("it is a top", "non_answer"),
        D.material("cotton"),
        title="Women Rust Solid Ribbed Tank Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a white cotton tee with a small pink embroidered flower on the chest, blue denim shorts;
    # white backdrop.
    # caption: adapter
    case(
        "X393-017",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The female wears a three-point shorts. The shorts are with denim fabric and solid "
            "color patterns. The female wears a short-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and white shorts", "other_garment_color"),
        D.color("white"),
        D.description(
            "a white t-shirt Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.details("a pink flower on the chest"),
        D.material("cotton"),
        title="Women White Solid Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black fit-and-flare dress with white polka dots, short sleeves, no belt; white backdrop.
    # caption: adapter
    case(
        "X393-018",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.details("the dress has white polka dots and a black belt", "unsupported"),
        is_a("dress", "yes"),
        title="Women Black & White Polka Dot Print Fit & Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white cotton kurta with a black geometric print, long sleeves, black palazzos; grey backdrop.
    # caption: adapter
    case(
        "X393-019",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white and black kurta and black pants"),
        D.color("black", "other_garment_color"),
        color_pants("black"),
        D.pattern("geometric"),
        D.details("the kurta has black and white patterns"),
        D.material("it is made of", "cut"),
        title="Women White & Black Geometric Printed Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a green kurta with yellow flowers, yellow trousers, yellow dupatta; painted floral mural wall.
    # caption: adapter
    case(
        "X393-020",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a scarf",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green and yellow dress", "contradiction"),
        D.color("green"),
        color_pants("green", "other_garment_color"),
        color_dupatta("yellow"),
        D.description("a green kurta with yellow flowers"),
        D.material("the garment is green", "restated"),
        title="Women Green Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a navy blue poly georgette saree with pink flowers, navy short-sleeve blouse; white backdrop.
    # caption: adapter
    case(
        "X393-021",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lower clothing is of long length. The fabric is chiffon and it has floral patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue saree with pink flowers and a pink blouse", "contradiction"),
        D.color("black", "contradiction"),
        D.pattern("floral"),
        D.details("", "non_answer"),
        D.material("chiffon"),
        is_a("saree", "yes"),
        title="Navy Blue & Pink Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in black mom-fit jeans ripped at the knees, a light pink shirt tucked in; grey backdrop.
    # caption: adapter
    case(
        "X393-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and pink jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("black"),
        D.description("they are jeans", "non_answer"),
        D.details("the jeans are ripped at the knees"),
        title="Women Black Mom Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon velvet wrap top, long sleeves, tie at the side, black trousers, no jewellery; white
    # backdrop.
    # caption: adapter
    case(
        "X393-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a ring",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red top and black pants"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a red velvet top with a gold necklace", "unsupported"),
        D.details("the top has a wrap front and a tie at the side"),
        D.material("velvet"),
        title="Women Maroon Velvet Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a yellow oversized tee with a black-outlined sunflower print, blue jeans; white backdrop.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X393-024",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The female wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a yellow t-shirt and jeans"),
        D.color("yellow"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.details("a picture of a sunflower on the front"),
        title="Women Yellow Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # photo: model in a fuchsia straight kurta with a mirror-work yoke, 3/4 sleeves, white churidar; white wall with
    # a wooden chair beside her.
    # caption: adapter
    case(
        "X393-025",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and pink leggings", "other_garment_color"),
        D.color("pink"),
        D.description("a pink kurta with mirror work"),
        D.details("mirror work on the neck"),
        D.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        title="Women Fuchsia Yoke Design Mirror Work Kurta",
        category="Kurtas",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a white sleeveless tiered maxi dress with red flowers and green leaves; outdoor garden, green
    # hedges behind her.
    # caption: adapter
    case(
        "X393-026",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a sleeveless "
            "dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white floral dress and a straw hat", "unsupported"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has flowers on it and ruffles"),
        D.material(
            "cotton Question: what is the pattern of the garment? Answer: floral",
            "leak",
        ),
        title="Women White & Red Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in beige pleated wide-leg trousers and a black tee tucked in; grey backdrop, full length.
    # caption: adapter
    case(
        "X393-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and beige pants"),
        D.garment_type("trousers"),
        D.color("black", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.details("the pants are wide and have pleats"),
        D.material("cotton Question: what is the color of the shirt? Answer: black", "leak"),
        title="Women Beige Pleated Wide Leg Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in an indigo cotton kurta and matching trousers, both with a white block print, silver bangle on
    # her wrist; white backdrop.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X393-028",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a blue and white kurta and pants"),
        D.color("blue"),
        D.description("the garment is a kurta set with a kurta and pants"),
        D.details(
            "the kurta has a white print and the pants have a white print and the kurta has a white print",
            "loop",
        ),
        D.material("cotton"),
        is_a("kurta", "yes"),
        title="Women Indigo Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a grey melange hooded sweatshirt with a black "NYC" print and a kangaroo pocket, hood down,
    # black leggings; white backdrop.
    # caption: adapter
    case(
        "X393-029",
        caption(
            "This woman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "woman wears a long leggings. The leggings are with cotton fabric and pure color patterns. The woman wears "
            "a hat. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black leggings"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        color_pants("grey", "other_garment_color"),
        D.details("a pocket on the front and a hood"),
        D.material("wool", "unsupported"),
        title="Women Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a black and white striped boat-neck top with 3/4 sleeves, blue jeans; white backdrop.
    # caption: adapter
    case(
        "X393-030",
        caption(
            "The lady wears a medium-sleeve T-shirt with striped patterns. The T-shirt is with knitted fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and jeans"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a black and white striped shirt"),
        D.material("it is a shirt", "restated"),
        title="Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a bottle green straight kurta with gold embroidery at the neck, 3/4 sleeves, white palazzos;
    # grey backdrop.
    # caption: adapter
    case(
        "X393-031",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("he is wearing a green kurta", "pronoun"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("gold embroidery on the neck"),
        D.material("the kurta is green", "restated"),
        title="Women Green Embroidered Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings under a white kurta with a red floral print; white backdrop.
    # caption: adapter
    case(
        "X393-032",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a long-sleeve shirt with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white kurta and black leggings", "pronoun"),
        D.garment_type("kurta", "contradiction"),
        D.color("black"),
        D.description("black leggings with a white kurta with red flowers"),
        is_a("pair of leggings", "yes"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard cotton saree with a red border and a red blouse; light blue wall behind her.
    # caption: adapter
    case(
        "X393-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow saree with a red border"),
        D.color("red", "other_garment_color"),
        color_blouse("red"),
        D.details("a red border on the", "cut"),
        D.material("cotton"),
        title="Mustard & Red Pure Cotton Saree with Blouse Piece",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a light blue washed denim jacket with chest pockets, open over a white top, black jeans; grey
    # backdrop.
    # caption: adapter
    case(
        "X393-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue denim jacket and black jeans"),
        D.garment_type("jacket"),
        D.color("blue"),
        color_top("blue", "other_garment_color"),
        D.details("the jacket has buttons, pockets and a hood", "unsupported"),
        D.material("denim"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red sleeveless square-neck bodycon midi dress, front view only; white wall with a framed
    # print beside her.
    # caption: adapter
    case(
        "X393-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton "
            "fabric. It has a square",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.color("red"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the dress has a zipper on the back", "unsupported"),
        D.material("polyester"),
        title="Women Red Solid Bodycon Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in an off-white straight kurta with pastel green thread embroidery, long sleeves, off-white
    # trousers, a watch on her wrist; beige backdrop.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X393-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a cream kurta and white pants"),
        D.color("white"),
        D.description("a white kurta with green flowers and green pants", "contradiction"),
        D.details("green embroidery on the front"),
        D.material("cotton"),
        title="Women Off White Thread Work Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a navy polo-collar tee with white stripes, white trousers; white backdrop.
    # caption: adapter
    case(
        "X393-037",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and white pants"),
        D.garment_type("t-shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped"),
        D.details("a collar and buttons"),
        D.material("what material is the garment made of", "restated"),
        title="Women Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model sitting on the edge of a bed in a lavender satin sleeveless nightdress with lace at the neckline.
    # caption: adapter
    case(
        "X393-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. There is an accessory on her "
            "wrist. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple nightgown"),
        D.color("white", "contradiction"),
        D.description(
            "a purple satin nightgown with lace Question: what is the color of the lace? Answer: purple",
            "leak",
        ),
        D.details("lace on the neck"),
        D.material("satin"),
        title="Women Lavender Satin Nightdress with Lace Detail",
        category="Nightdresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a yellow embroidered kurta and yellow sharara, pink dupatta; festive backdrop hung with orange
    # marigold garlands.
    # caption: adapter
    case(
        "X393-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and a pink scarf"),
        D.color("orange", "contradiction"),
        color_dupatta("pink"),
        D.description("a yellow kurta with sharara pants"),
        D.details("the details of the garment", "non_answer"),
        title="Women Yellow Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a teal solid peplum top with short flutter sleeves, white jeans; white backdrop.
    # caption: adapter
    case(
        "X393-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue top and white jeans"),
        D.color("blue"),
        D.pattern("solid"),
        D.sleeve_length("short sleeves"),
        D.description("a blue peplum top"),
        D.details("the top has a bow at the back", "unsupported"),
        title="Women Teal Green Solid Peplum Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: model in blue bootcut jeans and a black sleeveless crop top, no belt; grey backdrop, cropped at the
    # ankles.
    # caption: adapter
    case(
        "X393-041",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The lady wears a long trousers. The "
            "trousers are with denim fabric and solid color patterns. There is an accessory on her wrist. Her tank top "
            "has no sleeves,",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black top and blue jeans"),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        D.details("the jeans have a black belt and brown boots", "unsupported"),
        D.material("blue jeans", "restated"),
        title="Women Blue Bootcut Stretchable Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: model in a short mauve kurti with a small floral print, 3/4 sleeves, over blue jeans; white backdrop.
    # caption: adapter
    case(
        "X393-042",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top and jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        D.details("the kurta has a", "cut"),
        D.material("cotton"),
        is_a("kurta", "yes"),
        title="Women Mauve Printed Kurti",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a black straight kurta with red thread embroidery at the neckline, long sleeves, black pants;
    # red wall behind her.
    # caption: adapter
    case(
        "X393-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black kurta with red embroidery in front of a red wall"),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("black kurta with red flowers on the neckline"),
        D.details("the neck and sleeves, the neck and sleeves, the neck and sleeves", "loop"),
        D.material("", "non_answer"),
        title="Women Black Thread Work Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink printed kurta, white palazzos and a white dupatta; white backdrop, front view.
    # caption: adapter
    case(
        "X393-044",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink kurta with white pants and a white scarf"),
        D.color("pink"),
        color_pants("white"),
        color_dupatta("pink", "other_garment_color"),
        D.description(
            "a woman in a pink kurta and white palazzo Question: what is the color of the dupatta? Answer: white",
            "leak",
        ),
        title="Women Pink Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: model in olive green cargo trousers with side pockets, a white tank top; grey backdrop.
    # caption: adapter
    case(
        "X393-045",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white tank top and green cargo pants", "pronoun"),
        D.garment_type("trousers"),
        D.color("green"),
        D.pattern("solid"),
        D.details("pockets on the sides"),
        D.material("leather", "unsupported"),
        title="Women Olive Green Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a navy and white checked night suit, long-sleeve button-down top with a chest pocket and
    # matching pyjamas, a watch on her wrist; white wall with a table lamp.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X393-046",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and lattice patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("blue and white checked pajamas"),
        D.color("blue"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves", "contradiction"),
        color_top("blue"),
        color_pants("black", "contradiction"),
        D.details("the shirt has buttons and a pocket"),
        title="Women Navy Blue & White Checked Night Suit",
        category="Night Suits",
        color="Navy Blue",
        gender="Women",
    ),
]
