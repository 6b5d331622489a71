"""BLIND_332 (46 products; budget marketplace, seller-shot t-shirts, shirts, leggings, kurtis, nightwear): written blind
in the forty-fourth session. Measured blind at 451376c (the session's rules as they stood): 97/117 failures found
(82.9%) and 9/152 correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario: a Meesho-like budget marketplace feed whose photos the sellers shot themselves with a phone: garments laid
flat on beds (checked, floral or plain bedsheets), on tiled, marble or wooden floors, on hangers hooked on doors,
wardrobes and walls, on shop mannequins and leg forms, and worn by the seller or a family member in a bedroom, on a
terrace or in a mirror selfie. Products are men's and women's t-shirts (solid, striped, graphic, packs of three),
formal and casual shirts, leggings (single and combo packs), kurtis (straight, anarkali, chikankari, tunic tops),
nightwear (night suits with top and pyjama or shorts, nighties) and track pants. The titles are keyword-stuffed
("Trendy Men Cotton Solid Round Neck Tshirt Black Pack Of 1", "|| kurti for women"), the colors are the seller's
words (Maroon, Bottle Green, Navy Blue, Rust, Off White, Multicolor, Black & White). A few rows miss the color or the
gender, as real feeds do.

Who wrote what: the captions and the open answers (wearing, description, details, material and the set's own open
questions) come from the untuned base `Salesforce/blip2-opt-2.7b` with the default questionnaire: short lowercase
texts that stop on their own (never hit_limit). On some items the caption adapter of the original experiments
(`Data2_V2_Blip2_Finetune_Caption`) wrote the caption and sometimes one or two open answers, as each case's comment
says: the DeepFashion template ("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with
cotton fabric. ..."), trained with no end token, so it runs to its limit (50 new tokens for captions, 30 for
answers), carries hit_limit=True and returns its template whatever the question. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions and the yes/no "Is this a ...?") are
enrich's `--engine reference` answers, chosen from candidate sets: never a loop nor a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon or wine, blue for navy, royal blue or sky blue,
  green for olive, teal or bottle green, yellow for mustard, orange for rust, white for off white, pink for light
  pink. Mustard answered "orange", navy "black", olive "brown" and wine "pink" are contradiction.
- The color of the backdrop or a prop (the bedsheet, the blanket, the door, the wall, a car) given as the garment's
  color is contradiction; so is the color of the print or trim given as the garment's color (the black side
  stripes of grey track pants, the green leaves of a white shirt, the blue stripes of a shirt the seller calls White,
  the white stars of navy pyjamas). For a garment the seller calls "Black & White", either color is correct.
- The color of another garment worn in the photo (the white kurti over leggings, the inner tee under an open shirt,
  the t-shirt worn with the track pants, the tie, the sneakers) given as the product's color is other_garment_color.
- Packs and combos (seller color Multicolor): a closed color that is one of the pieces' colors is correct; an open
  answer describing the pack as one garment ("a black t-shirt" for a pack of three) is contradiction.
- Garment synonyms are correct: kurta, top, tunic or shirt for a kurti; sweatpants, joggers or pants for track pants;
  pants for leggings; shirt or tee for a t-shirt; pajamas for a night suit; dress or nightgown for a nighty; hoodie
  for a hooded t-shirt; plaid for checked. A kurti called a "dress" (base or adapter) is contradiction, and so are
  leggings or track pants called "jeans" and a shirt called a "sweater". Where the product is the leggings, the kurti
  worn over them named loosely ("a red dress") is not counted: the text is right about the product.
- Materials: one the title names (cotton for cotton blend or cotton lycra, spandex for lycra, satin, denim) is
  correct; a different one the photo cannot show (silk or chiffon on a rayon kurti, linen on rayon, denim, nylon or
  polyester on cotton track pants, silk or wool on a cotton shirt) is unsupported. A material question answered
  with the garment's name and color, or with the adapter's template, is restated; "it is made of a material" and
  empty answers are non_answer; "it is made of" stopped short by the base model is cut (no hit_limit).
- Invented details not in the photo (buttons on a foil print, a pocket on leggings, a slit on a front view, a hood, a
  zipper, a bow, a collar on a collarless kurti, a necklace, a balloon in a print, a tie with a shirt on a hanger, a
  scarf, a skirt on a photo cropped at the waist) are unsupported. Props placed on a flat lay
  (sunglasses, a phone) given as the garment's details are contradiction (an accessory answered as the garment).
- The reference engine's wrong sleeve answers (short sleeves for a sleeveless kurti, long sleeves for three-quarter
  sleeves) are contradiction; so is one color for both pieces of a set whose pieces differ.
- Adapter texts: a text that repeats a sentence (or most of one) of its template is loop; one that stops mid-sentence
  without repeating is cut, even where it invented an accessory first; the template returned for the material
  question is restated; a template that misnames the product (a kurti as a dress) is contradiction; "The lady ...
  her wrist" on a men's t-shirt is pronoun. All keep hit_limit=True.
- Base answers that run on into "Question: ... Answer: ..." are leak, even when the first words are right.
- "he" or "she", "a man" or "a girl" against the catalog's gender (a woman, a boy) is pronoun; "she" for a woman and
  "the person" are correct.
- "the details of the kurta", "they are leggings" and "the shirt has details" say nothing: non_answer. "nothing" to
  "What is the person wearing?" on a flat lay is non_answer.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
text_print = question("text_print", "What is written on the t-shirt?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_332 = [
    # photo: men's black round-neck half-sleeve t-shirt laid flat on a bed with a white-and-blue checked bedsheet,
    # shot from above. All base / reference.
    case(
        "X332-001",
        caption("a black t-shirt laying on a bed"),
        D.wearing("a black t-shirt"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Trendy Men Cotton Solid Round Neck Tshirt Black Pack Of 1",
        category="T-shirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon rayon straight kurti with a gold foil print, on a dress-form mannequin in a small shop, shelves of
    # folded clothes behind. All base / reference.
    case(
        "X332-002",
        caption("a maroon kurta on a mannequin"),
        D.color("red"),
        D.garment_type("dress", "contradiction"),
        D.description("a maroon kurta with gold print"),
        D.details("gold buttons on the front", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Rayon Foil Print Straight Kurti Maroon || kurti for women latest design",
        category="Kurtis",
        color="Maroon",
        gender="Women",
    ),
    # photo: black ankle-length leggings on a woman, cropped from the waist down, the hem of a white kurti at the top
    # of the frame, standing on a beige tiled floor. All base / reference.
    case(
        "X332-003",
        caption("a woman in black leggings standing on a tile floor"),
        D.wearing("black jeans and a white top", "contradiction"),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        D.details("the leggings have a pocket on the side", "unsupported"),
        D.material("spandex"),
        title="Women's Super Stretchable Lycra Ankle Length Leggings Black Free Size",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: men's navy polo t-shirt with white tipping on the collar and cuffs, on a plastic hanger against a cream
    # wall. caption: adapter.
    case(
        "X332-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men Polo Tshirt Cotton Blend Navy Blue Collar Tipping Regular Fit",
        category="T-shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: women's night suit laid flat on a bed: pink short-sleeve top with a cartoon teddy bear print and
    # pink-and-white checked pyjama pants. All base / reference.
    case(
        "X332-005",
        caption("a pink pajama set on a bed"),
        color_top("pink"),
        color_pants("pink"),
        D.pattern("printed"),
        D.details("a teddy bear holding a heart and a balloon", "unsupported"),
        D.description(
            "a pink shirt and pants with a bear Question: what is the color of the pants? Answer: pink",
            "leak",
        ),
        title="Women Cotton Night Suit Set Top And Pyjama Pink Teddy Print Nightwear",
        category="Night Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: men's grey melange track pants with a black stripe down each side, laid flat on a wooden floor.
    # All base / reference.
    case(
        "X332-006",
        caption("a pair of grey jeans on a wooden floor", "contradiction"),
        D.wearing("grey sweatpants"),
        D.garment_type("pants"),
        D.color("black", "contradiction"),
        D.details("black stripes on the side"),
        D.material("denim", "unsupported"),
        title="Men Solid Grey Trackpants Joggers Cotton Blend With Side Stripe Lower",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a white cotton kurti with a blue floral block print, three-quarter sleeves, worn with blue
    # jeans, in a bedroom against a yellow wall. details: adapter.
    case(
        "X332-007",
        caption("a woman in a white and blue kurta standing in front of a yellow wall"),
        D.wearing("a white kurta and jeans"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a round neckline. The shirt is with cotton "
            "fabric and floral patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="Jaipuri Cotton Kurti For Women Printed Straight 3/4 Sleeve White Blue",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: men's white formal shirt, full sleeves, one chest pocket, on a hanger hooked on a blue-painted door.
    # All base / reference.
    case(
        "X332-008",
        caption("a white shirt hanging on a blue door"),
        D.wearing("a white shirt and a blue tie", "unsupported"),
        D.color("blue", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has details", "non_answer"),
        D.material("cotton"),
        title="Mens Formal Shirt Cotton Full Sleeve Plain White Office Wear Slim Fit",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: girls' night suit, yellow short-sleeve top with a unicorn print and plain yellow shorts, laid flat on a
    # bed with a purple blanket. caption: adapter.
    case(
        "X332-009",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and shorts"),
        color_top("yellow"),
        color_shorts("purple", "contradiction"),
        D.pattern("graphic"),
        D.details("a unicorn with a rainbow and a necklace", "unsupported"),
        title="Girls Unicorn Printed Night Suit Top and Shorts Set Yellow Kids Nightwear",
        category="Night Suits",
        color="Yellow",
        gender="Girls",
    ),
    # photo: mirror selfie of a woman in a black oversized t-shirt with white "GOOD VIBES ONLY" lettering and blue
    # jeans, phone covering her face, bedroom behind. All base / reference.
    case(
        "X332-010",
        caption("a woman taking a selfie in a mirror wearing a black t-shirt"),
        D.wearing("a black shirt and jeans"),
        D.color("black"),
        D.material(
            "cotton Question: what is written on the t-shirt? Answer: good vibes",
            "leak",
        ),
        text_print("good vibes only"),
        D.description("he is wearing a black t-shirt with white letters", "pronoun"),
        title="Women Printed Typography Cotton Tshirt Black Good Vibes Only Oversized",
        category="T-shirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in olive jogger track pants with two zipped side pockets and cuffed ankles, white sneakers, shot from
    # the waist down on a grey tiled floor. All base / reference.
    case(
        "X332-011",
        caption("a man wearing green pants and white sneakers"),
        D.wearing("green pants"),
        D.garment_type("jeans", "contradiction"),
        D.color("white", "other_garment_color"),
        D.details("zippered pockets"),
        D.material("nylon", "unsupported"),
        title="Men Olive Cotton Lycra Jogger Trackpants With Zip Pockets Slim Fit",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: wine satin sleeveless nighty with thin straps and lace at the neckline, front view, on a hanger against
    # a white wall. All base / reference.
    case(
        "X332-012",
        caption("a red nightgown hanging on a wall"),
        D.garment_type("dress"),
        D.color("pink", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("lace on the top"),
        D.description("a red dress with a slit on the side", "unsupported"),
        D.material("satin"),
        title="Women Satin Nighty Night Dress Sleeveless Lace Wine Sexy Nightwear Free Size",
        category="Night Dress",
        color="Wine",
        gender="Women",
    ),
    # photo: man in a red-and-black buffalo check full-sleeve shirt worn open over a white t-shirt, plain white wall.
    # details: adapter.
    case(
        "X332-013",
        caption("a man wearing a red and black plaid shirt"),
        D.wearing("a plaid shirt and a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.details(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Men Casual Checked Shirt Red Black Full Sleeve Cotton Regular Fit",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: mustard leggings pulled onto a white plastic leg form standing on a shop counter. All base / reference.
    case(
        "X332-014",
        caption("a pair of yellow leggings on a mannequin"),
        D.wearing("yellow pants"),
        D.garment_type("leggings"),
        D.color("orange", "contradiction"),
        D.details("", "non_answer"),
        D.material("the leggings are yellow", "restated"),
        title="Mustard Leggings For Women Cotton Lycra Churidar Leggings",
        category="Leggings",
        color="Mustard",
        gender="Women",
    ),
    # photo: boy in a royal blue half-sleeve t-shirt with a green dinosaur print and the words "DINO SQUAD", standing
    # in front of a flowered curtain. All base / reference.
    case(
        "X332-015",
        caption("a young boy wearing a blue shirt with a dinosaur on it"),
        D.wearing("a blue t-shirt"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        D.description("she is wearing a blue shirt with a dinosaur", "pronoun"),
        D.details("a dinosaur and the word dino"),
        title="Boys Cotton Dinosaur Printed Half Sleeve Tshirt Royal Blue Kids",
        category="T-shirts",
        color="Royal Blue",
        gender="Boys",
    ),
    # photo: women's black-and-white horizontal striped t-shirt laid flat on a bed, a phone and sunglasses placed on
    # it as props. caption: adapter.
    case(
        "X332-016",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt"),
        D.color("black"),
        D.pattern("striped"),
        D.details("sunglasses and a phone", "contradiction"),
        D.material(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Striped Round Neck Tshirt Black White Cotton Half Sleeve Top",
        category="T-shirts",
        color="Black & White",
        gender="Women",
    ),
    # photo: man sitting on a sofa in a navy full-sleeve night suit (button top and pyjama) with white piping on the
    # collar, cuffs and chest pocket. All base / reference.
    case(
        "X332-017",
        caption("a man sitting on a couch in blue pajamas"),
        D.wearing("pajamas"),
        color_top("blue"),
        color_pants("black", "contradiction"),
        D.details("white trim on the sleeves and pocket"),
        D.material("it is made of", "cut"),
        title="Men Night Suit Pyjama Set Navy Full Sleeve Cotton Nightwear Piping",
        category="Night Suits",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a teal flared anarkali kurti, full sleeves, gold embroidery on the yoke, white leggings, in a
    # living room with a sofa behind. All base / reference.
    case(
        "X332-018",
        caption("a woman in a blue dress standing in a living room", "contradiction"),
        D.wearing("a blue kurta and white pants"),
        D.color("green"),
        D.details("gold embroidery on the neck and a necklace", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("chiffon", "unsupported"),
        title="Women Anarkali Kurti Rayon Embroidered Teal Flared Long Kurta",
        category="Kurtis",
        color="Teal",
        gender="Women",
    ),
    # photo: pack of three men's solid round-neck t-shirts (black, white, grey) fanned out on a bed. All base /
    # reference.
    case(
        "X332-019",
        caption("three t-shirts laying on a bed"),
        D.wearing("t-shirts"),
        D.color("black"),
        D.description("a black t-shirt", "contradiction"),
        D.material("cotton Question: what is the color of the t-shirt? Answer: black", "leak"),
        title="Pack Of 3 Men Solid Round Neck Cotton Tshirt Combo Black White Grey",
        category="T-shirts",
        color="Multicolor",
        gender="Men",
    ),
    # photo: women's pink cotton pyjama pants with white polka dots and a drawstring, laid flat on a white marble
    # floor. All base / reference.
    case(
        "X332-020",
        caption("a pair of pink pants with white polka dots on a marble floor"),
        D.garment_type("pants"),
        D.color("pink"),
        D.pattern("polka dots"),
        D.details("drawstring waist and two pockets", "unsupported"),
        D.material("the pants are pink with white polka dots", "restated"),
        title="Women Cotton Pyjama Pink Polka Dot Lounge Pants Night Wear Bottom",
        category="Night Pyjamas",
        color="Pink",
        gender="Women",
    ),
    # photo: men's light blue denim shirt, full sleeves, on a torso mannequin in a shop, a rack of shirts behind.
    # caption and description: adapter.
    case(
        "X332-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. There is an accessory on his wrist. The gentleman is wearing a",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim "
            "fabric and pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("blue"),
        D.material("denim"),
        title="Men Denim Shirt Light Blue Full Sleeve Casual Regular Fit Cotton",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: women's sleeveless black crepe kurti with a white geometric print, on a hanger hooked on a brown wooden
    # wardrobe door. All base / reference.
    case(
        "X332-022",
        caption("a black and white dress hanging on a door", "contradiction"),
        D.garment_type("kurta"),
        D.color("black"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("white print and a pocket on the chest", "unsupported"),
        title="Sleeveless Kurti Black Printed Crepe Straight Kurta Women Summer",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: man on a terrace in black track pants with three white side stripes and a red t-shirt, water tanks
    # behind. All base / reference.
    case(
        "X332-023",
        caption("a man in a red shirt and black pants standing on a roof"),
        D.wearing("a red shirt and black pants"),
        D.color("red", "other_garment_color"),
        D.details("three white stripes down the side"),
        D.description(
            "black pants with white stripes Question: what is the material of the pants? Answer: polyester",
            "leak",
        ),
        title="Men Track Pant Black 3 Stripe Polyester Lower Sports Gym Running",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an off-white chikankari cotton kurti (white-on-white embroidery), three-quarter sleeves, in a
    # garden with potted plants. caption: adapter.
    case(
        "X332-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white kurta"),
        D.color("white"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("embroidery on the front and a white scarf", "unsupported"),
        D.material("cotton"),
        title="Lucknowi Chikankari Kurti Off White Cotton Embroidered Straight Women",
        category="Kurtis",
        color="Off White",
        gender="Women",
    ),
    # photo: men's white rayon half-sleeve shirt with a green tropical leaf print, on a hanger in front of a window
    # with beige curtains. All base / reference.
    case(
        "X332-025",
        caption("a white shirt with green leaves on it hanging in front of a window"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the shirt has a collar and buttons down the front"),
        D.material("linen", "unsupported"),
        title="Men Rayon Printed Half Sleeve Shirt Tropical Leaf Casual White Green",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in grey melange joggers with a pink drawstring and a black t-shirt, standing next to a bed.
    # All base / reference.
    case(
        "X332-026",
        caption("a man in grey sweatpants and a black shirt", "pronoun"),
        D.wearing("she is wearing a black shirt and grey pants"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.details("pink drawstring"),
        D.material("cotton"),
        title="Women Joggers Track Pants Grey Melange Cotton Blend Lounge Pants",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a white round-neck t-shirt with a small black logo print on the chest, against a white wall.
    # All base / reference.
    case(
        "X332-027",
        caption("a man in a white t-shirt standing against a white wall"),
        D.wearing("a white t-shirt"),
        D.color("white"),
        D.description(
            "a white t-shirt with a logo on the chest Question: what is the logo? Answer: nike",
            "leak",
        ),
        D.details("the logo is", "cut"),
        D.material("100% cotton"),
        title="Men Round Neck 100% Cotton Tshirt White Logo Print Regular Fit",
        category="T-shirts",
        color="White",
        gender="Men",
    ),
    # photo: women's long blue cotton nighty with a white floral print, half sleeves, round neck with a front button
    # placket, laid flat on a bed. caption: adapter.
    case(
        "X332-028",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. The lady wears a short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white dress"),
        D.garment_type("dress"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.details(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        title="Women Cotton Nighty Maxi Floral Print Blue Nightgown Half Sleeve Feeding",
        category="Night Dress",
        color="Blue",
        gender="Women",
    ),
    # photo: men's maroon full-sleeve henley t-shirt with three buttons at the neck, on a torso mannequin in a shop.
    # All base / reference.
    case(
        "X332-029",
        caption("a red shirt on a mannequin"),
        D.garment_type("t-shirt"),
        D.color("red"),
        D.details("three buttons on the collar"),
        D.description("a red shirt with a hood", "unsupported"),
        D.material("a red shirt", "restated"),
        title="Men Henley Neck Full Sleeve Tshirt Maroon Cotton Casual Button",
        category="T-shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: girl in a yellow collarless cotton kurti with white leggings, standing in a doorway. All base /
    # reference.
    case(
        "X332-030",
        caption("a little girl in a yellow top and white pants"),
        D.wearing("a yellow dress", "contradiction"),
        color_top("yellow"),
        color_pants("yellow", "contradiction"),
        D.details("she has a yellow shirt with a white collar", "unsupported"),
        is_a("kurti", "yes"),
        title="Girls Kurti Legging Set Yellow Cotton Kids Ethnic Wear Kurta Pyjama",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: men's sky blue formal shirt folded with its card insert, on a bed, a price tag hanging from the collar.
    # All base / reference.
    case(
        "X332-031",
        caption("a blue shirt folded on a bed"),
        D.wearing("a blue sweater", "contradiction"),
        D.color("blue"),
        D.details("a price tag on the collar"),
        D.material(
            "the shirt is made of cotton Question: what color is the shirt? Answer: blue",
            "leak",
        ),
        title="Mens Formal Shirt Sky Blue Full Sleeve Slim Fit Poly Cotton",
        category="Shirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: women's white t-shirt with a red rose print, on a hanger against a green painted wall. caption, details
    # and material: adapter.
    case(
        "X332-032",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details(
            "The T-shirt is with cotton fabric and floral patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and floral",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White Rose Print Tshirt Round Neck Half Sleeve Casual Top",
        category="T-shirts",
        color="White",
        gender="Women",
    ),
    # photo: boy in navy track pants with side pockets and a grey t-shirt, standing in front of a wooden door.
    # All base / reference.
    case(
        "X332-033",
        caption("a young girl standing in front of a door", "pronoun"),
        D.wearing("a grey shirt and blue pants"),
        D.garment_type("pants"),
        D.color("grey", "other_garment_color"),
        D.details("he has a pocket on the side"),
        D.material("polyester", "unsupported"),
        title="Boys Track Pants Navy Blue Cotton Kids Joggers Pack Of 1",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: woman in a bottle green rayon straight kurti with a gold print, three-quarter sleeves, white palazzos,
    # standing in front of a pink wall. All base / reference.
    case(
        "X332-034",
        caption("a woman in a green top standing in front of a pink wall"),
        D.wearing("a green kurta and white pants"),
        D.color("pink", "contradiction"),
        D.pattern("solid", "contradiction"),
        D.description("green with gold print"),
        D.details("the details of the kurta", "non_answer"),
        title="Women Rayon Gold Printed Kurti Bottle Green Straight Long Kurta",
        category="Kurtis",
        color="Bottle Green",
        gender="Women",
    ),
    # photo: men's olive v-neck half-sleeve t-shirt laid flat on a grey tiled floor. caption and wearing: adapter.
    case(
        "X332-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a V-shape neckline. There is an accessory on her wrist. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "The T-shirt is with cotton fabric and pure color patterns. It has a V-shape neckline. The T-shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("brown", "contradiction"),
        neckline("v-neck"),
        title="Men V Neck Tshirt Olive Green Cotton Half Sleeve Solid Plain",
        category="T-shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: women's night suit on one hanger on a bathroom door: black t-shirt top with "SLEEPY" in white and red-
    # and-black checked pyjama pants. All base / reference.
    case(
        "X332-036",
        caption("a black shirt and plaid pants on a hanger"),
        color_top("black"),
        color_pants("red"),
        D.pattern("striped", "contradiction"),
        D.description("a black shirt with the word sleepy and red and black plaid pants"),
        D.details("a bow on the pants", "unsupported"),
        title="Women Night Suit Black Top Red Check Pyjama Sleepy Print Cotton",
        category="Night Suits",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light pink full-sleeve formal shirt with a navy tie, in an office corridor. All base /
    # reference.
    case(
        "X332-037",
        caption("a man wearing a pink shirt and a blue tie"),
        D.wearing("a pink shirt and tie"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a pink shirt with a", "cut"),
        D.material("silk", "unsupported"),
        title="Men Formal Shirt Light Pink Cotton Full Sleeve Office Regular Fit",
        category="Shirts",
        color="Light Pink",
        gender="Men",
    ),
    # photo: combo of four women's leggings (black, white, red, navy) rolled side by side on a bed. All base /
    # reference.
    case(
        "X332-038",
        caption("four pairs of leggings on a bed"),
        D.wearing("black leggings", "contradiction"),
        D.garment_type("leggings"),
        D.color("red"),
        D.details("they are leggings", "non_answer"),
        D.material("cotton"),
        title="Combo Pack Of 4 Women Leggings Cotton Lycra Ankle Length Stretchable",
        category="Leggings",
        color="Multicolor",
        gender="Women",
    ),
    # photo: man in a black half-sleeve t-shirt with a white skull graphic and blue jeans, against a grey wall.
    # caption and wearing: adapter.
    case(
        "X332-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("graphic"),
        is_a("t-shirt", "yes"),
        title="Men Skull Graphic Printed Black Tshirt Round Neck Cotton Biker",
        category="T-shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white shirt with blue vertical stripes, full sleeves rolled to the elbow, in front of a
    # bookshelf, cropped at the waist. All base / reference.
    case(
        "X332-040",
        caption("a woman in a white and blue striped shirt standing in front of a bookshelf"),
        D.wearing("a striped shirt and a black skirt", "unsupported"),
        D.color("blue", "contradiction"),
        D.pattern("striped"),
        D.description("he is wearing a striped shirt", "pronoun"),
        title="Women Striped Shirt White Blue Cotton Full Sleeve Formal Casual",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: men's lounge set, grey t-shirt and grey checked shorts, laid flat on a bed. The row has no gender.
    # All base / reference.
    case(
        "X332-041",
        caption("a grey shirt and shorts on a bed"),
        D.wearing("nothing", "non_answer"),
        color_top("grey"),
        color_shorts("grey"),
        D.details("", "non_answer"),
        D.material("it is made of a material", "non_answer"),
        title="Night Suit Mens Tshirt Shorts Set Grey Check Cotton Lounge Wear",
        category="Night Suits",
        color="Grey",
    ),
    # photo: woman in a rust cotton tunic top with mirror work on the yoke, three-quarter sleeves, worn with blue
    # jeans, on a balcony. details: adapter.
    case(
        "X332-042",
        caption("a woman in an orange top and jeans"),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Cotton Tunic Top Rust Mirror Work Short Kurti 3/4 Sleeve",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: women's navy full-sleeve night suit with a small white star print, top and pyjama, on a full mannequin
    # outside a shop. caption: adapter.
    case(
        "X332-043",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        color_top("blue"),
        color_pants("white", "contradiction"),
        D.pattern("printed"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The shirt is with cotton "
            "fabric and graphic patterns",
            "loop",
            hit_limit=True,
        ),
        title="Women Night Suit Navy Star Print Full Sleeve Top Pyjama Set",
        category="Night Suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: men's black full-sleeve hooded t-shirt (no zip, no pocket) laid flat on a bed. The row has no color.
    # All base / reference.
    case(
        "X332-044",
        caption("a black hoodie laying on a bed"),
        D.garment_type("hoodie"),
        D.color("black"),
        D.details("a hood and a zipper", "unsupported"),
        D.material("it is made of a", "cut"),
        title="Men Hooded Tshirt Full Sleeve Cotton Solid Hoodie Tee Casual",
        category="T-shirts",
        gender="Men",
    ),
    # photo: woman in white churidar leggings under a red knee-length kurti, full length, standing on a marble floor.
    # caption: adapter.
    case(
        "X332-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress and white leggings"),
        D.garment_type("leggings"),
        D.color("red", "other_garment_color"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Churidar Leggings White Cotton Lycra Full Length Free Size",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: man in a blue half-sleeve cotton shirt with a small white ditsy print and dark jeans, standing on a
    # street next to a red car. All base / reference.
    case(
        "X332-046",
        caption("a man standing next to a red car"),
        D.wearing("a blue shirt and jeans"),
        D.color("red", "contradiction"),
        D.pattern("printed"),
        D.details("white dots on the shirt"),
        D.material("cotton Question: what is the pattern of the shirt? Answer: printed", "leak"),
        title="Men Printed Casual Shirt Blue Half Sleeve Cotton Ditsy Print",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
]
