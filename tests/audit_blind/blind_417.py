"""BLIND_417 (46 products; a night's women's catalog: kurtas, sets, co-ords, western wear, sarees, tracksuits): written
blind in the forty-sixth session. Measured blind at dbf17b7 (the session's rules as they stood): 109/130 failures
found (83.8%) and 2/162 correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like women's catalog drawn at random from one night's run: kurtas and kurta sets (with trousers,
palazzos, dupattas), co-ord sets, tops, tshirts, dresses, jeans, trousers, skirts, sarees, jackets and tracksuits.
Every photo is a model shot, mostly on plain studio backdrops (white, grey, beige, pastel walls), a few with props
(a stool, a potted plant, a brick wall, a red door, a straw hat, a garden). Most products are worn with pieces the
seller does not sell (jeans under a tee, a tee under a jacket, palazzos under a kurta). Each row has the seller's
title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short and lowercase, "a woman in
a blue kurta ...") unless the comment says the caption adapter wrote them (the DeepFashion template, "The lady wears
a short-sleeve T-shirt with pure color patterns ..."). The adapter was trained with no end-of-answer token, so each
of its texts runs to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked a
question, it returns its caption template. Open questions (wearing, description, details, material and the set's own
open questions) are answered by the base model unless the comment names the adapter; the base model stops on its
own and never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors of
the top, the bottom, the dupatta, and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, values
chosen from candidate sets: never a loop or a cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo or teal blue; green for olive, sage, teal,
  emerald or lime; yellow for mustard; pink for peach or fuchsia; purple for lavender; red for maroon; white or cream
  for off white; khaki or beige for beige; orange or brown for rust; grey or gray for grey melange.
- Synonyms are correct: sari for saree, scarf for dupatta, pants for trousers, palazzo or leggings for the bottom the
  photo shows, sweatshirt for a hoodie, sweatsuit for a tracksuit, blouse for a top, plaid for checked, shirt for a
  t-shirt in the wearing answer. A kurta called "dress" (the long anarkali) and palazzos called "skirt" are
  contradiction: the auditor sees another garment than the seller's. The reference engine's garment_type "jeans" for
  cargo trousers, "trousers" for flared jeans and "jacket" for a hooded tracksuit are contradiction, and so is "a
  plaid dress" for a checked crop top and skirt.
- Colors: the color of another piece worn in the photo (the tee under the jacket, the top over the jeans, the
  dupatta for the trousers, the blouse of a saree) given to the product, in a closed or an open text, is
  other_garment_color. The color of the print or border (gold foil on a black kurta, white dabu motifs, the sunset
  print on a black tee, blue stripes on a white shirt dress) or of the backdrop given as the garment's color is
  contradiction, and so is a color no piece has, or the product's own color given to a piece worn with it (a
  yellow blouse under a mustard saree with a red blouse). "top" in a tracksuit's color_top means its jacket.
- Open answers naming the pieces of a set or an outfit in their own colors are correct, and so are walls, props and
  the backdrop named in a caption when they are in the photo.
- Invented details (a necklace, a belt, ripped knees, a hood, a slit, a collar on a boat neck, pockets on a plain
  kurta, a dupatta on a two-piece set) are unsupported; a material the title contradicts (silk for a cotton or
  georgette piece, leather for a cotton jacket, cotton for a crepe dress) is unsupported. A plausible material the
  title does not name (cotton on a printed kurta, knitted fabric on a ribbed co-ord, linen for a linen blend) is
  correct; chiffon for georgette is correct.
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating
  is cut, even where it invents an accessory or a fabric before the cut. Its template returned for the material
  question is restated. Where the template names another garment (a dress for a saree or a kurta, a shirt for a
  kurta), that misnaming is what the auditor sees first: contradiction, hit_limit kept. The template answering the
  wearing, description or details question does answer it, so those are cut or loop.
- Base answers: one cut by an early stop ("it is made of", "and the words") is cut without hit_limit; a short answer
  that repeats its own phrase ("the sleeves, the neckline, the sleeves ...") is loop without hit_limit; one that runs
  on into "Question: ... Answer: ..." is leak even where its first words are right. Empty answers, "the details of
  the garment", "it is made of fabric" and "they are jeans" for the details are non_answer; the material question
  answered with the garment's name or color is restated; "he" or "a man" for a woman is pronoun.
- Three-quarter sleeves answered "long sleeves", sleeveless answered "short sleeves", pleats answered "striped" and a
  checked or printed piece answered "solid" are contradiction; the reference engine's color for a dupatta a
  two-piece set does not have is unsupported.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_417 = [
    # photo: model in a navy blue straight kurta with a small white floral print, three-quarter sleeves, round neck,
    # worn with white palazzos; plain white backdrop, front view, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-001",
        caption("a woman in a blue floral kurta and white pants"),
        D.wearing(
            "a blue kurta with white flowers Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        D.garment_type("kurta"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the kurta has three quarter sleeves and a round neck"),
        D.material("silk", "unsupported"),
        title="Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow kurta with an embroidered yoke, mustard trousers and a green dupatta over one
    # shoulder; beige backdrop with a potted plant at the left, front view.
    # all texts from the base model and the reference engine
    case(
        "X417-002",
        caption("a woman in a yellow kurta with a green dupatta standing next to a plant"),
        D.wearing("a yellow kurta and a green scarf"),
        color_top("orange", "contradiction"),
        color_bottom("green", "other_garment_color"),
        color_dupatta("green"),
        D.details("embroidery on the neck and gold bangles", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Yoke Design Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a white crew-neck tee with a black typography print, short sleeves, tucked into blue jeans;
    # light grey backdrop, front view, cropped at the knees.
    # caption: adapter
    case(
        "X417-003",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a crew neckline. The pants are with denim fabric and solid color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("black", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        D.description("a white t-shirt with black writing on it that says", "cut"),
        title="Women White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in light blue high-rise straight jeans, a black crop top and white sneakers; white backdrop, full
    # length, front view. The jeans are clean, no rips.
    # all texts from the base model and the reference engine
    case(
        "X417-004",
        caption("a woman in a black top and blue jeans"),
        D.wearing("black top and jeans"),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        D.details("the jeans have a ripped knee", "unsupported"),
        D.material("blue jeans", "restated"),
        title="Women Light Blue Straight Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a maroon art silk saree with a broad gold zari border, maroon blouse, pallu over the left
    # shoulder; beige wall, no jewellery, front view.
    # all texts from the base model and the reference engine
    case(
        "X417-005",
        caption("a woman in a red saree with gold border"),
        D.wearing("he is wearing a red sari", "pronoun"),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        D.material("silk"),
        D.details("gold border and a gold necklace", "unsupported"),
        title="Women Maroon & Gold-Toned Zari Art Silk Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a black A-line midi dress with white polka dots, short puff sleeves, V neck; white backdrop,
    # full length.
    # caption and details: adapter
    case(
        "X417-006",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress with a white collar", "unsupported"),
        D.color("black"),
        D.pattern("polka dots"),
        D.details(
            "The dress is with chiffon fabric and graphic patterns. It has a V-shape neckline. The dress is with "
            "chiffon fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women Black Polka Dot Georgette A-Line Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sage green linen-blend shirt (long sleeves rolled to the elbow) and matching straight
    # trousers, tan sandals; white backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-007",
        caption("a woman in a green shirt and white pants", "contradiction"),
        D.wearing("a green shirt and pants"),
        color_top("green"),
        color_bottom("white", "contradiction"),
        D.material("linen"),
        D.details("the shirt has buttons and a pocket on the chest and a belt", "unsupported"),
        title="Women Sage Green Linen Blend Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: model in a sleeveless peach top with ruffles over the shoulders, white trousers; pink wall behind,
    # front view, cropped at the knees.
    # all texts from the base model and the reference engine
    case(
        "X417-008",
        caption("a woman in a pink top standing in front of a pink wall"),
        D.wearing("he is wearing a pink top and white pants", "pronoun"),
        D.color("pink"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("ruffles on the shoulders"),
        D.description("a pink top with ruffles and a bow", "unsupported"),
        title="Women Peach-Coloured Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in an olive green cotton utility jacket (flap chest pockets) open over a white tee, black jeans;
    # grey backdrop, front view.
    # all texts from the base model and the reference engine
    case(
        "X417-009",
        caption("a woman wearing a green jacket over a white shirt"),
        D.wearing("a green jacket, white t-shirt and black jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.details("the jacket has pockets on the chest and a hood", "unsupported"),
        D.material("leather", "unsupported"),
        title="Women Olive Green Solid Pure Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a navy blue tracksuit (zip-up jacket and joggers, white stripes down the sides), white
    # sneakers; white backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-010",
        caption("a woman in a blue tracksuit with white stripes"),
        D.wearing(
            "a blue jacket and blue pants Question: what is the color of the shoes? Answer: white",
            "leak",
        ),
        color_top("blue"),
        color_bottom("white", "contradiction"),
        D.material("polyester"),
        D.description("a blue and white track suit with a hood", "unsupported"),
        title="Women Navy Blue Solid Polyester Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black accordion-pleated midi skirt with a beige knit top tucked in; white backdrop, full
    # length.
    # caption: adapter
    case(
        "X417-011",
        caption(
            "Her sweater has long sleeves, knitting fabric and pure color patterns. It has a round neckline. The skirt "
            "this lady wears is of long length. The skirt is with chiffon fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige sweater and a black skirt"),
        D.garment_type("skirt"),
        D.color("beige", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.details("pleats"),
        title="Women Black Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model sitting on a wooden stool in white wide-leg trousers and a navy-and-white striped shirt; white
    # backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-012",
        caption("a woman in a striped shirt and white pants sitting on a stool"),
        D.wearing("a blue and white striped shirt and blue pants", "other_garment_color"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.garment_type("trousers"),
        D.details("the pants have a wide leg"),
        D.material("white pants", "restated"),
        title="Women White Wide Leg High-Rise Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: model in a long pink flared anarkali kurta with a gold ethnic print and gota trim at the hem and the
    # cuffs, long sleeves; white backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-013",
        caption("a woman in a long pink dress", "contradiction"),
        D.wearing("a pink anarkali"),
        D.garment_type("kurta"),
        D.color("gold", "contradiction"),
        D.details("gold trim on the hem and the sleeves"),
        D.material("silk", "unsupported"),
        title="Women Pink Ethnic Motifs Printed Pure Cotton Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white schiffli-embroidered cotton top with short puff sleeves, blue jeans; white backdrop,
    # cropped at the thighs.
    # description: adapter
    case(
        "X417-014",
        caption("a woman in a white top and jeans"),
        D.wearing("a white blouse"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.material("cotton"),
        D.details("lace on the sleeves and the front"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women White Schiffli Embroidered Pure Cotton Puff Sleeves Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a red floral-print crepe wrap dress, three-quarter sleeves, tie at the waist, knee length;
    # white backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-015",
        caption("a man in a red floral dress", "pronoun"),
        D.wearing("a red floral dress with a black belt", "unsupported"),
        D.color("red"),
        D.pattern("floral"),
        D.details("it has a tie at the waist"),
        D.material("cotton", "unsupported"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Red Floral Print Crepe Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in black skinny jeans and a grey hoodie, white sneakers; white backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-016",
        caption("a woman in a grey hoodie and black jeans"),
        D.wearing("a grey sweatshirt and black jeans"),
        D.color("grey", "other_garment_color"),
        D.details(
            "the jeans are black and the jeans are black and the jeans are black",
            "loop",
        ),
        is_a("pair of jeans", "yes"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white chikankari-embroidered cotton kurta and white palazzos, no dupatta; beige backdrop,
    # full length.
    # all texts from the base model and the reference engine
    case(
        "X417-017",
        caption("a woman in a white kurta and white pants"),
        D.wearing(
            "white kurta and palazzo Question: what is the color of the dupatta? Answer: white",
            "leak",
        ),
        color_top("white"),
        color_bottom("white"),
        color_dupatta("white", "unsupported"),
        D.details("embroidered flowers on the kurta"),
        title="Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in an oversized lavender drop-shoulder tee and black cycling shorts; lilac wall, front view.
    # caption and wearing: adapter
    case(
        "X417-018",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The shorts",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.garment_type("t-shirt"),
        D.sleeve_length("short sleeves"),
        D.material(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This",
            "restated",
            hit_limit=True,
        ),
        title="Women Lavender Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a green georgette saree with small white flowers, worn with a pink blouse; white backdrop,
    # full length.
    # all texts from the base model and the reference engine
    case(
        "X417-019",
        caption("a woman in a green sari"),
        D.wearing("a green saree with a pink blouse"),
        D.color("pink", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        D.material("silk", "unsupported"),
        D.description("the saree is green with white flowers and the blouse is pink"),
        color_blouse("pink"),
        title="Women Green Floral Printed Georgette Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black-and-white checked sleeveless crop top with front buttons and a matching mini skirt;
    # white backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-020",
        caption("a woman in a black and white checkered top and skirt"),
        D.wearing("a black and white plaid dress", "contradiction"),
        color_top("black"),
        color_bottom("black"),
        D.pattern("solid", "contradiction"),
        D.details("buttons on the top and a belt", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Women Black & White Checked Crop Top with Skirt Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard yellow ribbed sleeveless bodycon midi dress; beige backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-021",
        caption("a woman in a yellow dress"),
        D.wearing(
            "a yellow dress Question: what is the color of the dress? Answer: yellow",
            "leak",
        ),
        D.color("orange", "contradiction"),
        D.description("a yellow bodycon dress"),
        D.material("it is made of", "cut"),
        D.sleeve_length("sleeveless"),
        title="Women Mustard Yellow Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in beige pleated formal trousers with a white shirt tucked in and a thin black belt; white
    # backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-022",
        caption("a woman in a white shirt and beige pants"),
        D.wearing("a white shirt and khaki pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("trousers"),
        D.details("a belt and pleats"),
        D.pattern("striped", "contradiction"),
        D.material("the trousers are beige", "restated"),
        title="Women Beige Pleated Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a teal straight kurta with mirror work at the neckline, three-quarter sleeves, white leggings;
    # plain peach wall, front view.
    # all texts from the base model and the reference engine
    case(
        "X417-023",
        caption("a woman in a green kurta in front of a orange wall"),
        D.wearing("green kurta and white leggings"),
        D.color("blue"),
        D.details("mirror work on the neckline"),
        D.material("the kurta is made of a fabric", "non_answer"),
        neckline("round neck with mirrors and a pocket", "unsupported"),
        title="Women Teal Blue Mirror Work Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black faux-leather (PU) biker jacket with zips, over a white tee, blue jeans; white backdrop,
    # cropped at the knees.
    # caption and material: adapter
    case(
        "X417-024",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and jeans"),
        D.color("black"),
        D.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details("zippers on the jacket"),
        is_a("jacket", "yes"),
        title="Women Black Solid PU Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red-and-white striped boat-neck top with long sleeves, black trousers; red brick wall
    # behind, cropped at the thighs.
    # all texts from the base model and the reference engine
    case(
        "X417-025",
        caption("a woman in a red and white striped shirt standing in front of a brick wall"),
        D.wearing(
            "a striped top and black pants Question: what is the color of the top? Answer: red",
            "leak",
        ),
        D.color("red"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.description("a red striped top with a collar", "unsupported"),
        title="Women Red & White Striped Boat Neck Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black kurta with a gold foil ethnic print, black trousers and a red dupatta with a gold
    # border; beige backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-026",
        caption("a woman in a black kurta with a red dupatta"),
        D.wearing("a black and gold kurta with red scarf and gold earrings", "unsupported"),
        color_top("gold", "contradiction"),
        color_bottom("red", "other_garment_color"),
        color_dupatta("red"),
        D.details("gold print on the kurta and a gold border on the dupatta"),
        title="Women Black Ethnic Motifs Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white long-sleeve shirt dress with thin blue stripes, a self-tie belt and a chest pocket;
    # white backdrop, full length.
    # caption: adapter
    case(
        "X417-027",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric. It has a lapel "
            "neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with striped patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped dress"),
        D.color("blue", "contradiction"),
        D.pattern("striped"),
        D.details("a belt at the waist and a pocket"),
        D.garment_type("dress"),
        D.material(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric. It has a lapel "
            "neckline. There is",
            "restated",
            hit_limit=True,
        ),
        title="Women White & Blue Striped Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in blue mom-fit jeans and a yellow top tucked in; white wall, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-028",
        caption("a woman in a yellow shirt and blue jeans"),
        D.wearing("she is wearing a yellow top and jeans"),
        D.color("yellow", "other_garment_color"),
        D.description("a pair of yellow jeans", "other_garment_color"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        title="Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white tiered cotton maxi skirt with a pink floral print, white top tucked in; outdoors in a
    # garden, greenery behind, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-029",
        caption("a woman in a white top and floral skirt standing in a garden"),
        D.wearing("a white shirt and a long skirt"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details("the skirt has tiers and a slit", "unsupported"),
        D.material("cotton"),
        title="Women White Floral Printed Tiered Pure Cotton Maxi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a grey melange hooded sweatshirt and matching joggers; white backdrop, full length.
    # details: adapter
    case(
        "X417-030",
        caption("a woman in a grey hoodie and sweatpants"),
        D.wearing("a gray sweatsuit"),
        color_top("grey"),
        color_bottom("black", "contradiction"),
        D.details(
            "Her sweatshirt has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. The "
            "pants this lady wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket", "contradiction"),
        title="Women Grey Melange Solid Hooded Tracksuit",
        category="Tracksuits",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in an indigo blue A-line cotton kurta with a white dabu print, white pants; white backdrop, full
    # length.
    # all texts from the base model and the reference engine
    case(
        "X417-031",
        caption("a woman in a blue and white kurta"),
        D.wearing("a blue kurta"),
        D.pattern("printed"),
        D.color("white", "contradiction"),
        D.details("", "non_answer"),
        D.material("cotton"),
        title="Women Indigo Blue Dabu Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Blue",
        # no gender in the feed row
    ),
    # photo: model in a black long-sleeve off-shoulder top with a smocked neckline, blue jeans; white backdrop,
    # cropped at the hips.
    # all texts from the base model and the reference engine
    case(
        "X417-032",
        caption("a woman in a black off the shoulder top"),
        D.wearing("a black top and blue jeans"),
        D.description("he is wearing a black off shoulder top", "pronoun"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.color("black"),
        D.details("the top is off the shoulder with a necklace", "unsupported"),
        title="Women Black Off-Shoulder Smocked Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in an emerald green satin cowl-neck slip dress, thin straps, midi; dark grey backdrop, full
    # length.
    # all texts from the base model and the reference engine
    case(
        "X417-033",
        caption("a woman in a green satin dress"),
        D.wearing("a black dress", "contradiction"),
        D.color("green"),
        D.material("satin"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("thin straps and a cowl neck and a slit on the side", "unsupported"),
        title="Women Emerald Green Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a mustard-and-red bandhani georgette saree with a red border, red blouse; white backdrop, full
    # length.
    # caption: adapter
    case(
        "X417-034",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow and red saree"),
        D.garment_type("saree"),
        D.pattern("printed"),
        D.material("silk", "unsupported"),
        D.details("small dots all over and a red border"),
        color_blouse("yellow", "contradiction"),
        title="Women Mustard & Red Bandhani Printed Georgette Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in white flared jeans and a pink crop top; light pink backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-035",
        caption("a woman in pink top and white pants in front of a pink wall"),
        D.wearing("a pink top and pink jeans", "other_garment_color"),
        D.color("white"),
        D.garment_type("trousers", "contradiction"),
        D.details("flared legs"),
        D.material("the jeans are white", "restated"),
        title="White Flared High-Rise Jeans",
        category="Jeans",
        color="White",
        # no gender in the feed row
    ),
    # photo: model in a rust ribbed knit co-ord: long-sleeve round-neck top and wide-leg trousers; beige backdrop,
    # full length.
    # description: adapter
    case(
        "X417-036",
        caption("a woman in an orange sweater and pants"),
        D.wearing("he is wearing an orange sweater and pants", "pronoun"),
        color_top("brown"),
        color_bottom("orange"),
        D.description(
            "Her sweater has long sleeves, knitting fabric and pure color patterns. It has a round neckline. The "
            "pants this lady wears is of long length. The pants are with knitting",
            "cut",
            hit_limit=True,
        ),
        D.material("knitted fabric"),
        D.details("the top and the pants are the same color and the same color", "loop"),
        title="Women Rust Ribbed Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a sleeveless lime green straight kurta with floral embroidery down the front, white trousers;
    # white backdrop, full length. No pockets.
    # all texts from the base model and the reference engine
    case(
        "X417-037",
        caption("a woman in a green kurta with white pants"),
        D.wearing("a green kurta and white trousers"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("green"),
        D.details("flowers embroidered on the front and a pocket", "unsupported"),
        D.material("the kurta is green", "restated"),
        title="Women Lime Green Floral Embroidered Sleeveless Straight Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
    # photo: model in a black tee with a large orange-and-pink sunset graphic and lettering, short sleeves, blue
    # jeans; grey backdrop, cropped at the thighs.
    # all texts from the base model and the reference engine
    case(
        "X417-038",
        caption("a woman in a black t-shirt with an orange sunset on it"),
        D.wearing("a black shirt and jeans"),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a picture of a sunset and the words", "cut"),
        D.sleeve_length("short sleeves"),
        D.details("a sunset and a palm tree on the front", "unsupported"),
        title="Women Black Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in navy blue cargo trousers with side flap pockets and a white crop tee; white backdrop, full
    # length.
    # caption: adapter
    case(
        "X417-039",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and it has a round neckline. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white crop top and blue cargo pants"),
        D.color("blue"),
        D.details("pockets on the sides"),
        D.garment_type("jeans", "contradiction"),
        D.material("cotton"),
        D.description("a pair of white pants", "other_garment_color"),
        title="Women Navy Blue Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a zipped pink puffer jacket with a stand collar (no hood), black leggings; light grey
    # backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-040",
        caption("a woman in a pink puffer jacket"),
        D.wearing(
            "a pink jacket and black pants Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        D.color("pink"),
        D.details("a hood and a fur collar", "unsupported"),
        D.material("polyester"),
        D.sleeve_length("long sleeves"),
        title="Women Pink Solid Padded Puffer Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a solid pink kurta with yoke embroidery and wide white palazzos with a small pink print;
    # white backdrop, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-041",
        caption("a woman in a pink kurta and white pants"),
        D.wearing("a pink kurta and a white skirt", "contradiction"),
        color_top("pink"),
        color_bottom("pink", "other_garment_color"),
        D.details(
            "embroidery on the yoke Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        D.material("cotton"),
        title="Women Pink Yoke Design Kurta with Printed Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a blue denim mini skirt with a white tee tucked in, white sneakers; white backdrop, full
    # length.
    # details: adapter
    case(
        "X417-042",
        caption("a woman in a white t-shirt and a denim skirt"),
        D.wearing("he is wearing a white shirt and a blue denim skirt", "pronoun"),
        D.color("blue"),
        D.details(
            "The skirt is with denim fabric and pure color patterns. The skirt is with denim fabric and pure color "
            "patterns. The skirt is with denim",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        is_a("skirt", "no", "contradiction"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a navy blue tiered maxi dress with a white floral print and flutter sleeves, holding a straw
    # hat; white backdrop, full length. No belt.
    # all texts from the base model and the reference engine
    case(
        "X417-043",
        caption("a woman in a long blue floral dress holding a hat"),
        D.wearing("a blue dress and a hat"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.details("the dress has a belt and a slit", "unsupported"),
        D.material("rayon"),
        title="Women Navy Blue Floral Printed Viscose Rayon Tiered Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an olive green ribbed tank top and beige trousers; white backdrop, cropped at the knees.
    # all texts from the base model and the reference engine
    case(
        "X417-044",
        caption("a woman in a green tank top and beige pants"),
        D.wearing(
            "a green tank top and beige pants Question: what is the color of the top? Answer: green",
            "leak",
        ),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description("a green top"),
        D.details("the details of the garment", "non_answer"),
        title="Women Olive Green Solid Ribbed Tank Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a black tracksuit (zip-up jacket open over a white tee, joggers) with pink piping down the
    # sleeves and the legs; white backdrop, full length.
    # caption: adapter
    case(
        "X417-045",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and pants with a white shirt"),
        color_top("white", "other_garment_color"),
        color_bottom("black"),
        D.details("pink stripes on the sleeves and the pants"),
        D.garment_type("tracksuit"),
        D.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Solid Tracksuit with Contrast Piping",
        category="Tracksuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in an off-white long-sleeve straight kurta with a red floral print, white pants; standing beside
    # a red wooden door, full length.
    # all texts from the base model and the reference engine
    case(
        "X417-046",
        caption("a woman in a white kurta with red flowers standing in front of a red door"),
        D.wearing("a white and red kurta"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.details("the sleeves, the neckline, the sleeves, the neckline, the sleeves", "loop"),
        D.material("cotton"),
        title="Women Off White & Red Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        # no color in the feed row
        gender="Women",
    ),
]
