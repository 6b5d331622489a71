"""BLIND_387 (46 products; a night's run over a women's western and ethnic wear catalog, model shots): written blind in
the forty-fifth session. Measured blind at 087b5dd (the session's rules as they stood): 106/122 failures found
(86.9%) and 2/156 correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's wear drawn at random from one night's run: kurtas, kurta
sets (with trousers, palazzos, sharara, dupatta), tops, tshirts, shirts, dresses, jeans, trousers, leggings, sarees,
sweatshirts and jackets. Every photo is a model shot, most on a plain white or grey studio backdrop, some against a
coloured wall, a door, plants, a pool or a beach; the product is often worn with other garments that are not sold
(palazzos under a kurta, jeans under a top, a tee under a jacket, a blouse under a saree). Each row has the seller's
title, category, color and gender; a few rows miss the gender, the color or the category, as real feeds do.

Who wrote what: the base `Salesforce/blip2-opt-2.7b` with the experiments' VQA adapter answered the experiments'
open question ("What is she wearing?") and the default questionnaire's open questions (wearing, description,
details, material): short lowercase texts that stop on their own, never hit_limit. The caption adapter
(DeepFashion template, "The lady wears a ... with pure color patterns. The ... is with cotton fabric. It has a round
neckline.") wrote the caption on some items and answered some open questions on a few; trained with no end
token, it runs to its limit (50 tokens for captions, 30 for answers), so
every adapter text has hit_limit=True, and asked any question it returns its template. The other captions are the
base model's. The closed questions (garment_type, color, pattern, sleeve_length, the yes/no "Is this a ...?", and
the experiments' per-piece colors: top / bottom / kurta / pants / dupatta / jeans) are enrich's
`--engine reference` answers chosen from candidate sets: never a loop or a cut.
Comments before each case name the texts that came from the caption adapter.

Labeling conventions and judgement calls:
- Shade words count as correct: blue for navy, indigo or teal; red for maroon; yellow for mustard; pink for peach;
  purple for lavender; orange for rust; white for off white or cream; grey or gray for charcoal or grey melange;
  khaki for beige; green for olive. The reference engine's answers that cross a shade boundary (navy as black,
  mustard as orange, maroon as brown, off white as grey) are contradiction.
- The color of the print, the border or the zari (gold on a green saree, silver sequins on navy, red flowers on a
  black dress) given as the garment's color is contradiction; so is the color of the wall behind the model. The color
  of another piece in the photo (the palazzos under a kurta, the jeans under a top, the tee under a jacket, the blouse
  or the dupatta) given to the product or to the piece asked about is other_garment_color.
- A colour given to a piece that no piece in the photo has (grey pants for blue trousers) is contradiction.
- Garment words: kurta, kurti, tunic and top for a kurta are correct, and so are sari/saree, palazzo pants or pants
  for palazzos, pants for trousers and leggings, sweater for a sweatshirt, hoodie for a hooded sweatshirt, shirt or
  top for a top, t-shirt for a tee, coat for a jacket. "Dress" for a kurta or a saree is contradiction, and so is the
  adapter template's "dress" for a saree (the misnaming is what the auditor sees first; hit_limit kept). The
  template's "shirt" and "trousers" for a kurta with palazzos are accepted (its vocabulary has no kurta).
  The reference engine's "skirt" for palazzos, "shirt" for a shirt dress and "dress" for a kurta set are contradiction.
- Materials: one the title names, one plainly visible (denim, leather for faux leather, sequins) and "cotton" for a
  plain or printed cotton-look kurta, top, tee, sweatshirt or leggings are correct; chiffon for georgette is correct;
  silk for a Banarasi zari saree is correct. A material neither named nor visible (silk, linen, wool, leather on
  cotton-look garments) is unsupported.
- Invented items not in the photo (a hat, shoes on a photo cropped at the knee, a pocket, a hood, a belt, a tie,
  a fur collar, a logo, a dupatta, ripped knees on clean-look jeans, mirror work where there is none) are
  unsupported.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated. Wrong words inside an adapter text
  that is cut (an accessory, chiffon for cotton) do not change its label: cut.
- A base answer that stops early mid-phrase ("it is made of") is cut, without hit_limit. An empty answer, "the shirt
  details", "they are jeans" and "the sweatshirt" are non_answer; a material question answered with the garment's
  name or its name and color is restated. A base answer that runs on into "Question: ... Answer: ..." is leak, even
  when the first words are right.
- A details question answered with only the garment's color ("the pants are green") is restated. A base answer that
  says the same phrase twice over ("a blue and white striped shirt with a collar and buttons, a blue and white ...")
  is loop, though it stopped on its own.
- "he" or "a man" for a woman is pronoun.
- The sleeves of a tee worn under a sleeveless pinafore, given as the dress's sleeve length, are contradiction.
- "Top" asked of a kurta set means the kurta, "bottom" the trousers, palazzos or sharara; for a top or a shirt with
  jeans, "bottom" is the jeans; for a jacket or a layered shirt, "top" is the product itself.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_387 = [
    # photo: model in a navy straight kurta with small white flowers, three-quarter sleeves, white palazzos, white
    # wall, front view. No adapter text.
    case(
        "X387-001",
        caption("a woman in a blue kurta with white flowers"),
        she("a blue and white dress", "contradiction"),
        color_top("blue"),
        color_bottom("white"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("silk", "unsupported"),
        title="Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a maroon kurta with a gold embroidered yoke, maroon trousers, a pink dupatta over one shoulder,
    # grey studio backdrop. No adapter text.
    case(
        "X387-002",
        caption("a woman in a red and gold kurta with a pink scarf"),
        she("a red kurta and pants with a dupatta"),
        color_top("red"),
        color_bottom("pink", "other_garment_color"),
        D.details("gold embroidery on the neck"),
        is_a("kurta", "no", "contradiction"),
        title="Women Maroon Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a mustard top with short puff sleeves and a square neck, tucked into blue jeans, white
    # backdrop. caption: adapter
    case(
        "X387-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        she("a yellow top and jeans"),
        color_top("yellow"),
        color_bottom("yellow", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.material("a yellow top", "restated"),
        title="Women Mustard Yellow Solid Puff Sleeve Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a white round-neck tee with "good vibes" printed in black across the chest, black joggers, grey
    # backdrop. No adapter text.
    case(
        "X387-004",
        caption("a woman wearing a white t-shirt that says good vibes"),
        D.wearing(
            "a white t-shirt with black letters Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        D.garment_type("t-shirt"),
        D.pattern("solid", "contradiction"),
        D.details("it has a graphic print on the front and a pocket", "unsupported"),
        D.material("cotton"),
        title="Women White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a blue-and-white vertically striped shirt, long sleeves, collar, untucked over white trousers,
    # beige wall behind her. No adapter text.
    case(
        "X387-005",
        caption("a woman in a blue and white striped shirt and white pants"),
        she("a striped shirt"),
        color_bottom("blue", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.details(
            "the shirt has a collar and buttons on the front and a pocket on the chest",
            "unsupported",
        ),
        D.description(
            "a blue and white striped shirt with a collar and buttons, a blue and white striped shirt with a collar "
            "and buttons",
            "loop",
        ),
        title="Women Blue & White Striped Regular Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black A-line midi dress with small red and yellow flowers, short flutter sleeves, V-neck,
    # garden backdrop with greenery. caption, details: adapter
    case(
        "X387-006",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        she("a black dress with flowers"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. There is an accessory "
            "on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Women Black Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in blue high-rise skinny jeans (clean look, no rips) with a white crop tee tucked in, white
    # backdrop, full length. No adapter text.
    case(
        "X387-007",
        caption("a woman in a white shirt and white jeans", "other_garment_color"),
        D.wearing("blue jeans and a white top"),
        color_bottom("blue"),
        color_top("blue", "other_garment_color"),
        D.garment_type("jeans"),
        D.details("the jeans have ripped knees", "unsupported"),
        D.material("denim"),
        title="Women Blue Skinny Fit High-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a green Banarasi saree with a wide gold zari border, green blouse, pallu over the left
    # shoulder, standing before a carved wooden door. No adapter text.
    case(
        "X387-008",
        caption("a woman in a green and gold sari standing in front of a door"),
        she("a green dress", "contradiction"),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        D.material("silk"),
        D.details("gold border"),
        title="Women Green & Gold-Toned Zari Woven Design Banarasi Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings under a long pink printed kurta (not sold), grey backdrop, full
    # length. No adapter text.
    case(
        "X387-009",
        caption("a woman in a pink top and pink leggings", "other_garment_color"),
        she("a pink kurta and black leggings"),
        color_bottom("black"),
        D.color("pink", "other_garment_color"),
        D.garment_type("leggings"),
        D.material("leggings", "restated"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender hooded sweatshirt with a kangaroo pocket, long sleeves, black joggers, white
    # backdrop. wearing, material: adapter
    case(
        "X387-010",
        caption(
            "a woman in a purple hoodie with a white logo and black pants",
            "unsupported",
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded",
            "restated",
            hit_limit=True,
        ),
        D.color("purple"),
        D.sleeve_length("long sleeves"),
        D.details("it has a hood and a pocket on the front"),
        title="Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in an olive green bomber jacket worn open over a white tee, blue jeans, white backdrop. No adapter
    # text.
    case(
        "X387-011",
        caption("a woman in a green jacket and jeans"),
        she("a green jacket, a white shirt and jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("zipper on the front and a fur collar", "unsupported"),
        D.material("leather", "unsupported"),
        title="Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a peach A-line kurta with small blue ethnic motifs, three-quarter sleeves, white leggings,
    # standing before a pink wall. No adapter text.
    case(
        "X387-012",
        caption("a woman in a pink dress standing in front of a pink wall", "contradiction"),
        she("a pink kurta"),
        color_top("pink"),
        color_bottom("pink", "other_garment_color"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Peach-Coloured Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a teal kurta with a small white print, matching teal palazzos, a white dupatta over both arms,
    # white backdrop. caption, material: adapter
    case(
        "X387-013",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she("a blue kurta and palazzo pants with a white dupatta"),
        color_kurta("blue"),
        color_pants("blue"),
        color_dupatta("blue", "other_garment_color"),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Women Teal Blue Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black-and-white gingham checked top with a shirt collar, short sleeves, black trousers, grey
    # backdrop. No adapter text.
    case(
        "X387-014",
        caption("a woman in a black and white checkered shirt"),
        D.wearing("a black and white checkered shirt and black pants"),
        D.pattern("striped", "contradiction"),
        D.color("grey", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details(
            "the shirt has a collar and buttons on the front and a pocket",
            "unsupported",
        ),
        title="Women Black & White Checked Shirt Style Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red sleeveless knee-length bodycon dress, round neck, no slit, white backdrop, hand on hip.
    # No adapter text.
    case(
        "X387-015",
        caption("a woman in a red dress posing for a photo"),
        she("he is wearing a red dress", "pronoun"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has a slit on the side", "unsupported"),
        D.material("the dress is made of", "cut"),
        title="Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy round-neck tee, short sleeves, white shorts, grey backdrop. No adapter text.
    case(
        "X387-016",
        caption("a woman in a black t-shirt and white shorts", "contradiction"),
        D.wearing(
            "a blue t-shirt Question: What is the color of the shorts? Answer: white",
            "leak",
        ),
        D.color("black", "contradiction"),
        D.material("cotton"),
        D.garment_type("t-shirt"),
        D.sleeve_length("short sleeves"),
        title="Women Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in beige high-rise wide-leg pleated trousers with a black fitted top tucked in, white backdrop.
    # No adapter text.
    case(
        "X387-017",
        caption("a woman in a black top and beige pants"),
        she("a black shirt and khaki pants"),
        color_bottom("black", "other_garment_color"),
        color_top("black"),
        D.details("the pants have pleats on the front"),
        D.material("pants", "restated"),
        D.garment_type("pants"),
        title="Women Beige Solid High-Rise Pleated Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a white chikankari embroidered straight kurta, three-quarter sleeves, white palazzos, potted
    # plants behind her. caption, description: adapter
    case(
        "X387-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants the lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        she("a white kurta and white pants with a white dupatta", "unsupported"),
        color_top("white"),
        D.pattern("embroidered"),
        D.material("cotton"),
        title="Women White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink georgette saree with blue flowers, a plain blue blouse, white backdrop. No adapter text.
    case(
        "X387-019",
        caption("a woman in a pink sari with blue flowers"),
        D.wearing("a pink saree and a blue blouse"),
        D.color("blue", "other_garment_color"),
        D.material("chiffon"),
        D.pattern("floral"),
        is_a("dress", "yes", "contradiction"),
        title="Women Pink & Blue Floral Printed Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white long-sleeve formal shirt tucked into black trousers, hands in pockets, grey backdrop.
    # No adapter text.
    case(
        "X387-020",
        caption("a woman in a white shirt and black pants standing with her hands in her pockets"),
        she("a white shirt and a black tie", "unsupported"),
        color_top("white"),
        color_bottom("white", "other_garment_color"),
        D.details("the shirt details", "non_answer"),
        D.sleeve_length("long sleeves"),
        title="Women White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a mustard tiered maxi dress, short puff sleeves, square neck, on a sunlit beach. details,
    # material: adapter
    case(
        "X387-021",
        caption("a woman in a yellow dress standing on the beach"),
        she("a yellow maxi dress"),
        D.color("orange", "contradiction"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. The dress is with cotton fabric and pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline",
            "restated",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in light-wash blue wide-leg jeans with a black crop top, white backdrop, full length. No adapter
    # text.
    case(
        "X387-022",
        caption("a woman in a black top and blue jeans"),
        D.wearing("black crop top and light blue jeans"),
        color_bottom("black", "other_garment_color"),
        D.garment_type("jeans"),
        D.details("they are jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="Women Light Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a grey melange crew-neck sweatshirt with a pink cat graphic, no hood, long sleeves, blue jeans,
    # white backdrop. No adapter text.
    case(
        "X387-023",
        caption("a woman wearing a grey sweatshirt with a cat on it"),
        she("a gray sweatshirt and jeans"),
        D.color("grey"),
        D.pattern("graphic"),
        D.details("the sweatshirt has a cat on the front and a hood", "unsupported"),
        D.material("wool", "unsupported"),
        title="Women Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a short yellow printed kurta with a green sharara and a green dupatta, marigold garlands behind
    # her. No adapter text.
    case(
        "X387-024",
        caption("a woman in a yellow and green outfit posing in front of flowers"),
        she("a yellow top and green pants"),
        color_top("yellow"),
        color_bottom("yellow", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.description(
            "a yellow kurta with a green sharara Question: What is the color of the dupatta? Answer: green",
            "leak",
        ),
        title="Women Yellow & Green Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a white sleeveless top with black polka dots, black trousers, white wall. caption: adapter
    case(
        "X387-025",
        caption(
            "The lady wears a tank top with graphic patterns and a long trousers. The tank top is with chiffon "
            "fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top with black polka dots and black pants"),
        D.pattern("polka dots"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.color("black", "contradiction"),
        is_a("top", "yes"),
        title="Women White & Black Polka Dot Print Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a blue denim shirt dress, button front, long sleeves rolled up, a self-fabric belt at the waist,
    # white backdrop. No adapter text.
    case(
        "X387-026",
        caption("a woman in a denim shirt dress with a belt"),
        she("he is wearing a denim dress", "pronoun"),
        D.material("denim"),
        D.garment_type("shirt", "contradiction"),
        D.details("buttons down the front and a belt"),
        D.color("blue"),
        title="Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black straight formal trousers with a white shirt tucked in, grey backdrop. caption,
    # description: adapter
    case(
        "X387-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        color_bottom("black"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        title="Women Black Solid Straight Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in maroon churidar leggings gathered at the ankles, a cream kurta above them, white backdrop. No
    # adapter text.
    case(
        "X387-028",
        caption("a woman in a white top and red leggings"),
        she("a white shirt and white pants", "other_garment_color"),
        color_bottom("red"),
        D.color("brown", "contradiction"),
        D.details("the leggings are gathered at the ankles"),
        D.material("it is made of cotton and", "cut"),
        title="Women Maroon Solid Churidar Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a buttoned blue washed denim jacket with two chest pockets, a black tee under it, black jeans,
    # white backdrop. No adapter text.
    case(
        "X387-029",
        caption("a woman in a denim jacket and black pants"),
        she("a blue denim jacket"),
        D.color("black", "other_garment_color"),
        D.material("denim"),
        D.details("buttons on the front, two chest pockets and a hood", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a rust kurta with mirror work on the yoke only, three-quarter sleeves, white pants, dark wood
    # panelled backdrop. No adapter text.
    case(
        "X387-030",
        caption("a woman in an orange dress with mirror work", "contradiction"),
        D.wearing("an orange kurta and white pants"),
        D.color("orange"),
        D.details("mirror work on the sleeves and hem", "unsupported"),
        D.pattern("embroidered"),
        D.material("the kurta is made of", "cut"),
        title="Women Rust Orange Solid Kurta with Mirror Work",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: short-haired model in a black oversized drop-shoulder tee, half sleeves, beige cargo pants, grey
    # concrete wall. No adapter text.
    case(
        "X387-031",
        caption("a man in a black t-shirt and khaki pants", "pronoun"),
        she("a black t-shirt and beige pants"),
        color_top("black"),
        color_bottom("black", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.description("a black t-shirt with a white logo on the front", "unsupported"),
        title="Women Black Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a green shirt with a white tropical leaf print, short sleeves, worn open over a white tank
    # top, denim shorts, by a pool. No adapter text.
    case(
        "X387-032",
        caption("a woman in a green and white shirt standing by the pool"),
        D.wearing("a green shirt with white leaves and shorts"),
        D.color("green"),
        D.pattern("printed"),
        D.description("a green shirt with a white", "cut"),
        D.material("linen", "unsupported"),
        color_bottom("green", "other_garment_color"),
        title="Women Green & White Tropical Printed Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: model in a lavender fit-and-flare dress with a smocked bodice and puff sleeves, seated on a white chair
    # against a white wall, cropped at the knees. No adapter text.
    case(
        "X387-033",
        caption("a woman in a purple dress sitting on a chair"),
        she("a purple dress and white shoes", "unsupported"),
        D.color("purple"),
        D.details("", "non_answer"),
        D.sleeve_length("short sleeves"),
        D.description("a purple dress with puff sleeves"),
        title="Women Lavender Smocked Fit & Flare Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in an off-white kurta with a blue block print and blue straight trousers, white backdrop. No
    # adapter text.
    case(
        "X387-034",
        caption("a woman in a white and blue outfit"),
        she("a white kurta and blue pants"),
        color_kurta("grey", "contradiction"),
        color_pants("grey", "contradiction"),
        D.pattern("printed"),
        D.garment_type("kurta"),
        title="Women Off White & Blue Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a black faux leather biker jacket with an asymmetric zip, over a white tee, blue jeans, white
    # backdrop. No adapter text.
    case(
        "X387-035",
        caption("a woman in a black leather jacket and jeans"),
        she(
            "a black leather jacket and a white t-shirt Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.material("leather"),
        D.color("black"),
        D.details("the jacket has a zipper and a belt", "unsupported"),
        is_a("jacket", "yes"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy blue net saree covered in silver sequins, sleeveless navy blouse, dark studio backdrop.
    # caption: adapter
    case(
        "X387-036",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless",
            "contradiction",
            hit_limit=True,
        ),
        she("a blue sari with silver sequins"),
        D.color("silver", "contradiction"),
        D.garment_type("dress", "contradiction"),
        D.material("sequins"),
        title="Women Navy Blue & Silver Sequinned Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink wrap top with a ruffled hem and a side tie, long sleeves, white jeans, white backdrop.
    # No adapter text.
    case(
        "X387-037",
        caption("a woman in a pink top and white jeans"),
        she("he is wearing a pink shirt and white pants", "pronoun"),
        color_top("pink"),
        color_bottom("pink", "other_garment_color"),
        D.details("ruffles on the hem and a tie at the waist"),
        D.sleeve_length("long sleeves"),
        title="Women Pink Ruffled Wrap Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a flared blue anarkali kurta with white bandhani dots, long sleeves, white backdrop. No adapter
    # text.
    case(
        "X387-038",
        caption("a woman in a blue and white anarkali suit"),
        she("a blue kurta"),
        D.material("blue kurta", "restated"),
        D.pattern("polka dots"),
        D.description(
            "a long blue kurta Question: Describe the kurta. Answer: a long blue kurta",
            "leak",
        ),
        is_a("kurta", "yes"),
        title="Women Blue Bandhani Printed Anarkali Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: model in green flared palazzo trousers with a short white top, garden backdrop. No adapter text.
    case(
        "X387-039",
        caption("a woman in a white top and green pants standing in a garden"),
        she("green palazzo pants"),
        color_bottom("green"),
        color_top("green", "other_garment_color"),
        D.garment_type("skirt", "contradiction"),
        D.details("the pants are green", "restated"),
        title="Women Green Flared Palazzo Trousers",
        category="Trousers",
        color="Green",
        gender="Women",
    ),
    # photo: model in a sleeveless brown checked pinafore dress over a white short-sleeve tee, white backdrop. No
    # adapter text.
    case(
        "X387-040",
        caption("a woman in a brown plaid dress over a white shirt"),
        D.wearing("a brown plaid dress and a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes"),
        title="Women Brown Checked Pinafore Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a yellow round-neck tee with a blue floral graphic, short sleeves, blue jeans, white backdrop.
    # caption, wearing, details: adapter
    case(
        "X387-041",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long denim pants. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("graphic"),
        title="Women Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an oversized pink shirt worn open over a white crop top, blue jeans, white backdrop, one chest
    # pocket. No adapter text. The row has no gender.
    case(
        "X387-042",
        caption("a woman in a pink shirt and white jeans", "other_garment_color"),
        she("a pink shirt over a white top and jeans"),
        color_top("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        D.details("buttons and a pocket"),
        title="Oversized Pink Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # photo: model in an indigo straight kurta with a white geometric print, button placket, three-quarter sleeves,
    # white pants, grey backdrop. No adapter text. The row has no color.
    case(
        "X387-043",
        caption("a woman in a blue and white printed kurta"),
        she("a blue dress", "contradiction"),
        color_top("blue"),
        color_bottom("blue", "other_garment_color"),
        D.pattern("geometric"),
        D.details("buttons on the front"),
        title="Women Printed Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: model in black slim-fit distressed jeans with ripped knees, a red tee tucked in, white backdrop.
    # caption, details, material: adapter
    case(
        "X387-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and solid "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        color_jeans("black"),
        D.color("red", "other_garment_color"),
        she("a red t-shirt and black ripped jeans"),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Slim Fit Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a charcoal grey crew-neck sweatshirt with ribbed hem and cuffs, black leggings, white
    # backdrop. No adapter text.
    case(
        "X387-045",
        caption("a woman in a gray sweatshirt and black leggings"),
        D.wearing(
            "sweatshirt Question: What is the color of the sweatshirt? Answer: gray",
            "leak",
        ),
        D.color("grey"),
        D.details("the sweatshirt", "non_answer"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of", "cut"),
        title="Women Charcoal Grey Solid Crew Neck Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a white sleeveless schiffli (eyelet) embroidered A-line dress, holding a straw bag, against a
    # pink wall, cropped at the knees. No adapter text. The row has no category.
    case(
        "X387-046",
        caption("a woman in a white dress holding a straw bag in front of a pink wall"),
        she("a white dress and a straw hat", "unsupported"),
        D.color("pink", "contradiction"),
        D.material("cotton"),
        D.sleeve_length("sleeveless"),
        D.details("eyelet embroidery"),
        title="Women White Schiffli Embroidered A-Line Dress",
        color="White",
        gender="Women",
    ),
]
