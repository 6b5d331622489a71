"""BLIND_384 (46 products; mixed women's, men's and kids' catalog night run, model shots and flat-lays): written blind
in the forty-fifth session. Measured blind at 0b4fdbe (the session's rules as they stood): 120/138 failures found
(87.0%) and 6/172 correct texts flagged (3.5%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed drawn at random from one night's run: women, men, boys and girls, every
category (tops, shirts and t-shirts, jeans, trousers and shorts, dresses, kurtas, kurta sets, sarees and lehengas,
bras, briefs, trunks and vests, night suits and nightdresses, training tights, track pants and tracksuits, sweaters,
sweatshirts, jackets and coats). Model shots in studios, on streets, in bedrooms, in front of brick and graffiti walls,
and flat-lays on floors, hangers and coloured backdrops with props. Each product has the seller's title, category,
color and gender; one row misses the gender and one the color, and packs carry the seller color "Assorted".

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (the DeepFashion
template: "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ...").
It was trained with no end-of-answer token, so every caption runs to the 50-token limit and carries hit_limit=True.
The open questions (wearing, description, details, material and this set's own: what is printed, how many pieces)
come from the untuned base model: short lowercase texts that stop on their own and never have hit_limit. The closed
questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Adapter captions: a caption that repeats a template sentence is loop; one that stops mid-sentence is cut. Three
  captions happen to end on a full stop at the 50th token with a right description (007, 021, 037): those are
  labelled correct, hit_limit kept. An accessory or a wrong fabric (cotton for a padded or dri-fit garment, a hat
  that is not there) before the cut does not change the label: cut. Where the template misnames the garment itself
  (a tank top for a bra, a dress for a saree or for a straight kurta, knee-length "three-point shorts" for briefs),
  the misnaming is labelled contradiction. Tolerated template names: shirt for a kurta, vest for a Nehru jacket,
  jacket for a coat or a track jacket, sweater for a cardigan or shrug, shorts for trunks, skirt for a lehenga.
- "The lady" in the adapter's template for a men's flat-lay is pronoun (002), ahead of the cut.
- Shade words are correct: yellow for mustard, red for maroon, blue for navy or teal, purple for lavender or lilac,
  green for olive or fluorescent green, brown for camel, beige for khaki, white for cream or off white, pink for a
  peach piece of an assorted pack, grey for grey melange, "multicolor" for an assorted pack.
- A closed color that is the color of another piece in the photo (the tucked tee, the camisole under a sheer shirt,
  the sports bra over the tights, the kurta under the Nehru jacket) is other_garment_color. A print, trim or
  backdrop color given as the garment's color (green for the dinosaur print, gold for the foil print, pink for the
  backdrop, orange for mustard next to marigolds) and navy as black are contradiction.
- A per-piece color that gives that piece the product's (or another piece's) color while the photo shows another
  (yellow pyjamas under a yellow top when they are blue, black jeans when they are blue) is contradiction; so is a
  description giving two garments one color ("a red sweater and red pants").
- Closed answers: "shorts" for trunks, "t-shirt" for an innerwear vest, "striped" for solid track pants with one
  side stripe or for a ribbed solid top, "long sleeves" for a sleeveless garment or for three-quarter sleeves, "yes"
  to "Is this a kurta?" for a Nehru jacket are contradiction. Brown for beige trousers shown with a brown belt is
  other_garment_color (the belt is a piece in the photo).
- "padded cups and an underwire" for a bra the title calls non-padded and non-wired is contradiction (the seller
  says otherwise), not unsupported.
- Materials: one the title names or plainly visible (linen, satin, lace, crochet, fleece on a hoodie, wool on a
  cable knit or an overcoat, polyester on dri-fit wear, spandex on tights, cotton on a cotton-look tee or night
  suit) is correct; silk, velvet, denim or wool where neither named nor visible is unsupported. A material question
  answered with the garment's name or its colors is restated; an empty answer is non_answer; "it is made of" is cut.
- Invented items or places not in the photo (a chest pocket, a bow on the back of a front view, fur on a plain hood,
  a handbag, ripped knees, a beach, a slit, lace on a plain waistband, a running track in a studio) are unsupported.
  Props and walls really in the photo (a plant, a brick or graffiti wall, pillows, glasses and a coffee cup) are
  correct.
- Invented accessories on a base answer (a tie, a scarf, a necklace, a gold chain, a dog, a rainbow next to the
  printed unicorn, a zipper on a pullover hoodie) are unsupported.
- "he is wearing ..." for a man (041) is correct; the pronoun is only a failure where it does not fit the gender.
- "they are shorts", "they have a lot of details" for details are non_answer; details answered with only the
  garment's name and color are restated.
- Base answers that run on into "Question: ... Answer: ..." are leak; a base answer repeating one phrase until it
  stops is loop; "he" for a woman or girl, "a woman" for a man are pronoun.
- Count: "two" for a pack of three is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_pyjamas = question("color_pyjamas", "What is the color of the pyjamas?", "closed")
printed = question("print", "What is printed on the garment?", "open")
count = question("count", "How many pieces are in the pack?", "open")

BLIND_384 = [
    # photo: woman in a mustard yellow ribbed round-neck short-sleeve top tucked into blue jeans, white wall, front.
    # caption: adapter
    case(
        "X384-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and yellow pants", "contradiction"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the top has a pocket on the chest", "unsupported"),
        D.material("cotton"),
        title="Women Mustard Yellow Ribbed Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay of a navy and white checked long-sleeve shirt, button-down collar, on a wooden floor.
    # caption: adapter
    case(
        "X384-002",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The lady wears a long trousers. The trousers are "
            "with",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt and a black tie", "unsupported"),
        D.color("blue"),
        D.pattern("checked"),
        D.description("a blue and white plaid shirt on a wooden floor"),
        D.material("denim", "unsupported"),
        title="Men Navy Blue & White Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: girl in a knee-length pink floral print fit-and-flare frock, flutter sleeves, white shoes, garden
    # backdrop, front view.
    # caption: adapter
    case(
        "X384-003",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a pink dress with flowers Question: What color is the dress? Answer: pink",
            "leak",
        ),
        D.color("pink"),
        D.pattern("floral"),
        D.details("the dress has a bow on the back", "unsupported"),
        is_a("dress", "yes"),
        title="Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in a white chikankari-embroidered straight kurta and white churidar pyjamas, beige wall, front.
    # caption: adapter
    case(
        "X384-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        D.garment_type("kurta"),
        D.color("white"),
        D.details("white embroidery on the front"),
        D.material("silk", "unsupported"),
        D.description("a woman in a white kurta standing in front of a wall", "pronoun"),
        title="Men White Chikankari Embroidered Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a black lace non-padded non-wired bra on a white backdrop.
    # caption: adapter
    case(
        "X384-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a sleeveless tank top with pure color patterns. The tank top is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black bra"),
        D.garment_type("bra"),
        D.color("black"),
        D.material("lace"),
        D.details("padded cups and an underwire", "contradiction"),
        title="Women Black Lace Non-Padded Non-Wired Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man in a fluorescent green rapid-dry round-neck running tee and black shorts, grey studio backdrop,
    # mid-stride pose.
    # caption: adapter
    case(
        "X384-006",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and green shorts", "contradiction"),
        D.color("green"),
        D.sleeve_length("short sleeves"),
        D.material("polyester"),
        D.description("a man in a green shirt and black shorts running on a track", "unsupported"),
        title="Men Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
        gender="Men",
    ),
    # photo: woman in a maroon cable-knit crew-neck pullover, long sleeves, over blue jeans, white wall, front.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X384-007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a red sweater and jeans and a scarf", "unsupported"),
        D.color("red"),
        D.details("cable knit on the front"),
        D.material("wool"),
        D.description("a woman in a red sweater and red pants", "contradiction"),
        title="Women Maroon Cable Knit Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: boy in a white short-sleeve tee with a big green dinosaur print, denim shorts, plain blue backdrop.
    # caption: adapter
    case(
        "X384-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt with a dinosaur on it"),
        D.color("green", "contradiction"),
        printed("a dinosaur"),
        D.pattern("graphic"),
        D.material("a white t-shirt", "restated"),
        is_a("t-shirt", "yes"),
        title="Boys White Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: woman in a teal blue anarkali kurta with gold foil ethnic print, matching palazzos, teal dupatta over
    # one shoulder, three-quarter sleeves, studio.
    # caption: adapter
    case(
        "X384-009",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with graphic "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress with gold print"),
        D.color("gold", "contradiction"),
        color_dupatta("blue"),
        D.description(
            "a woman in a blue and gold dress with a scarf and a necklace",
            "unsupported",
        ),
        D.material("silk", "unsupported"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Teal Blue Ethnic Motifs Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: lower half of a man in light blue slim jeans, hem of an untucked white tee visible, white sneakers,
    # grey backdrop.
    # caption: adapter
    case(
        "X384-010",
        caption(
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("blue jeans and white shoes"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.garment_type("jeans"),
        D.details("they have a lot of details", "non_answer"),
        D.material("denim"),
        title="Men Light Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman sitting on a bed in a lavender printed cotton night suit (notch-collar shirt, full pyjamas),
    # white sheets, bedside lamp.
    # caption: adapter
    case(
        "X384-011",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing purple pajamas", "pronoun"),
        D.color("purple"),
        color_pants("purple"),
        D.pattern("printed"),
        D.description("a woman in purple pajamas sitting on a bed next to a lamp"),
        D.material("it is made of", "cut"),
        is_a("pajama set", "yes"),
        title="Women Lavender Printed Pure Cotton Night Suit",
        category="Night Suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat-lay of three trunks side by side (black, grey, navy), logo elastic waistbands, white backdrop.
    # caption: adapter
    case(
        "X384-012",
        caption(
            "The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on his waist. The gentleman wears a three-point shorts. The shorts are with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "three pairs of underwear Question: How many pairs of underwear are there? Answer: three",
            "leak",
        ),
        D.garment_type("shorts", "contradiction"),
        D.color("multicolor"),
        D.description("black, grey and blue boxer shorts"),
        D.details("elastic waistband with a logo"),
        count("two", "contradiction"),
        title="Men Pack of 3 Solid Trunks",
        category="Trunks",
        color="Assorted",
        gender="Men",
    ),
    # photo: woman in a black wrap midi dress with white polka dots, short sleeves, self-fabric waist tie, beige
    # studio, front.
    # caption: adapter
    case(
        "X384-013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with graphic "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.sleeve_length("short sleeves"),
        D.details("a wrap front and a tie at the waist"),
        D.description("he is wearing a black and white dress", "pronoun"),
        title="Women Black & White Polka Dot Wrap Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive green padded hooded jacket, zipped up, plain hood, black track pants, grey backdrop.
    # caption: adapter
    case(
        "X384-014",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a hooded neckline. The pants this man wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black pants"),
        D.color("green"),
        color_pants("green", "contradiction"),
        D.details("a hood and a zipper"),
        D.material("polyester"),
        D.description("a man in a green jacket with fur on the hood", "unsupported"),
        title="Men Olive Green Solid Padded Hooded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of a girls' night suit: yellow short-sleeve tee with a unicorn print, plain blue pyjamas,
    # white backdrop.
    # caption: adapter
    case(
        "X384-015",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and blue pants"),
        color_top("yellow"),
        color_pyjamas("yellow", "contradiction"),
        printed("a unicorn and a rainbow", "unsupported"),
        D.material("cotton"),
        title="Girls Yellow & Blue Unicorn Printed Night Suit",
        category="Night Suits",
        color="Yellow",
        gender="Girls",
    ),
    # photo: man in a red polo tee with white tipping on the collar, navy chinos, white wall with a potted plant.
    # caption: adapter
    case(
        "X384-016",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red polo shirt and red pants", "contradiction"),
        D.color("red"),
        color_pants("blue"),
        D.description("a man in a red polo shirt standing next to a plant"),
        D.details("white stripes on the collar"),
        D.material("a red polo shirt", "restated"),
        title="Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in black high-rise training tights with pink side panels and a pink sports bra, standing on a
    # yoga mat, studio.
    # caption: adapter
    case(
        "X384-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and "
            "color block patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink sports bra and black leggings"),
        D.color("pink", "other_garment_color"),
        color_leggings("black"),
        D.details(
            "pink stripes down the side Question: What is the color of the leggings? Answer: black",
            "leak",
        ),
        D.description("a woman in pink and black workout clothes standing on a yoga mat"),
        D.material("spandex"),
        title="Women Black Solid High-Rise Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a cream woven silk-blend Nehru jacket with gold buttons over a maroon kurta and white pyjamas,
    # beige studio.
    # caption: adapter
    case(
        "X384-018",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a maroon kurta and a white jacket"),
        D.color("red", "other_garment_color"),
        D.garment_type("jacket"),
        is_a("kurta", "yes", "contradiction"),
        D.details("gold buttons and a mandarin collar"),
        D.material("silk"),
        title="Men Cream-Coloured Woven Design Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
    # photo: flat-lay of beige wide-leg linen trousers with front pleats and a brown belt, on a beige textured
    # backdrop with dried flowers.
    # caption: adapter
    case(
        "X384-019",
        caption(
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is a "
            "belt. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of beige pants"),
        D.color("brown", "other_garment_color"),
        D.pattern("solid"),
        D.details("the details of the pants", "non_answer"),
        D.material("linen"),
        title="Women Beige Solid Wide Leg Linen Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: boy in a mustard yellow kurta and white pyjamas, festive backdrop hung with orange marigold garlands.
    # caption: adapter
    case(
        "X384-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        D.color("orange", "contradiction"),
        color_pyjamas("white"),
        D.description("a young boy in a yellow kurta standing in front of a", "cut"),
        D.material("a yellow kurta", "restated"),
        title="Boys Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: woman in a sheer white long-sleeve shirt over a black camisole, black trousers, grey studio.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X384-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.color("black", "other_garment_color"),
        color_shirt("white"),
        D.material("chiffon"),
        D.details("buttons down the front and a collar"),
        D.description(
            "a woman wearing a white shirt and black pants Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Women White Solid Sheer Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of grey melange slim track pants with one black side stripe and a drawstring, concrete floor.
    # caption: adapter
    case(
        "X384-022",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The pants this gentleman wears is of long length. The pants are with cotton fabric and pure "
            "color patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("grey sweatpants"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.details("the pants are grey", "restated"),
        is_a("pair of track pants", "yes"),
        title="Men Grey Melange Solid Slim-Fit Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: woman in a red Banarasi silk saree with a wide gold zari border, red short-sleeve blouse, gold necklace
    # and earrings, carved pillar behind.
    # caption: adapter
    case(
        "X384-023",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her neck. There is an accessory on her wrist. The lady "
            "wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red saree"),
        D.garment_type("saree"),
        D.color("red"),
        D.details("gold border and a necklace"),
        D.material("silk"),
        D.description(
            "she is wearing a red and gold saree and a gold necklace and earrings and a gold necklace and earrings",
            "loop",
        ),
        title="Red & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: man in a black oversized tee with white "NO LIMITS" typography, ripped blue jeans, colourful graffiti
    # wall behind.
    # caption: adapter
    case(
        "X384-024",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and ripped jeans"),
        D.color("black"),
        printed("no limits no limits no limits no limits", "loop"),
        D.description("a man in a black t-shirt with a colorful wall behind him"),
        color_jeans("black", "contradiction"),
        is_a("graphic tee", "yes"),
        title="Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: girl in a red and black tartan pleated A-line skirt, white tee tucked in, white socks, studio.
    # caption: adapter
    case(
        "X384-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a red plaid skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.details("pleats"),
        D.description("he is wearing a red skirt", "pronoun"),
        title="Girls Red & Black Checked Pleated A-Line Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a dusty pink satin slip nightdress, thin straps, lace trim at the neckline, bedroom window with
    # white curtains.
    # caption: adapter
    case(
        "X384-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a pink nightgown Question: What is the color of the nightgown? Answer: pink",
            "leak",
        ),
        D.color("pink"),
        D.material("satin"),
        D.details("lace on the neckline and thin straps"),
        D.description("a woman in a pink dress standing by a window with white curtains"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Pink Solid Satin Nightdress with Lace Detail",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: man in khaki cargo shorts with side pockets, navy tee, white sneakers, white studio.
    # caption: adapter
    case(
        "X384-027",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki shorts"),
        color_shorts("beige"),
        D.color("blue", "other_garment_color"),
        D.details("they are shorts", "non_answer"),
        D.material("cotton"),
        D.description("a man in a blue shirt and shorts on the beach", "unsupported"),
        title="Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman walking on a street in a camel double-breasted belted longline overcoat over a black turtleneck
    # and black trousers, hands empty.
    # caption: adapter
    case(
        "X384-028",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat and black pants"),
        D.color("brown"),
        D.details("double breasted, double breasted, double breasted", "loop"),
        D.material("wool"),
        D.description(
            "a woman in a brown coat walking down the street with a handbag",
            "unsupported",
        ),
        is_a("jacket", "yes"),
        title="Women Camel Brown Solid Double-Breasted Longline Overcoat",
        category="Coats",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: boy in a blue and black colour-blocked tracksuit (zip track jacket, black joggers), grey studio.
    # caption: adapter
    case(
        "X384-029",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and blue pants", "contradiction"),
        D.color("blue"),
        color_pants("black"),
        is_a("tracksuit", "yes"),
        D.material("a blue and black tracksuit", "restated"),
        title="Boys Blue & Black Colourblocked Tracksuit",
        category="Tracksuits",
        color="Blue",
        gender="Boys",
    ),
    # photo: a sleeveless green maxi dress with a small white floral print on a hanger against a white brick wall,
    # full front, no slit.
    # caption: adapter
    case(
        "X384-030",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with floral "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("green"),
        D.description("a green dress with white flowers hanging on a brick wall"),
        D.sleeve_length("sleeveless"),
        D.pattern("floral"),
        D.details("a slit on the side", "unsupported"),
        title="Women Green Floral Printed Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: torso of a man in a white ribbed sleeveless innerwear vest, grey backdrop.
    # caption: adapter
    case(
        "X384-031",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. His tank "
            "top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. His tank top",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white tank top and a gold chain", "unsupported"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        D.description("a woman in a white tank top", "pronoun"),
        title="Men Pack of 2 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in navy high-rise skinny jeans (plain knees), white crop top, open light blue denim jacket, studio.
    # caption: adapter
    case(
        "X384-032",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a denim jacket, white top and jeans", "pronoun"),
        color_jeans("blue"),
        D.color("white", "other_garment_color"),
        color_jacket("blue"),
        D.details("ripped knees", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Women Navy Blue Skinny Fit High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a maroon kurta, cream dhoti pants, beige dupatta over one shoulder, studio.
    # caption: adapter
    case(
        "X384-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. There is an accessory on his neck. The pants this gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a maroon kurta and white dhoti"),
        D.color("red"),
        color_dupatta("beige"),
        color_pants("red", "contradiction"),
        D.material("velvet", "unsupported"),
        D.description(
            "a man wearing a red kurta Question: What is the man wearing? Answer: a red kurta",
            "leak",
        ),
        title="Men Maroon Kurta with Dhoti Pants & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay of a lilac ruffled top with puff sleeves and a smocked waist on a pink backdrop.
    # caption: adapter
    case(
        "X384-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple top"),
        D.color("pink", "contradiction"),
        D.details("ruffles and puffy sleeves"),
        D.sleeve_length("short sleeves"),
        D.material("", "non_answer"),
        title="Girls Lavender Solid Ruffled Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: man in a grey melange hoodie with a kangaroo pocket, hood down, black joggers, red brick wall behind.
    # caption: adapter
    case(
        "X384-035",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. There is a hat in his head. The pants this man wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("hoodie"),
        D.details("a hood and a zipper", "unsupported"),
        D.description("a man in a grey hoodie and black pants standing in front of a red brick wall"),
        D.material("fleece"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a knee-length orange straight kurta with a white floral print, three-quarter sleeves, white
    # leggings, studio.
    # caption: adapter
    case(
        "X384-036",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("an orange kurta and white leggings"),
        D.color("orange"),
        color_leggings("orange", "contradiction"),
        D.garment_type("kurta"),
        D.pattern("floral"),
        D.material("cotton"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Orange & White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: man in a white formal shirt with a navy tie, charcoal trousers, no chest pocket, grey studio.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X384-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The pants this gentleman wears is of long "
            "length.",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a blue tie"),
        D.color("white"),
        D.details("buttoned cuffs and a pocket", "unsupported"),
        D.description(
            "a man in a white shirt and tie Question: What color is the tie? Answer: blue",
            "leak",
        ),
        D.material("cotton"),
        is_a("shirt", "yes"),
        title="Men White Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman jogging in a park in a light blue dri-fit tee with a small reflective chest logo, black shorts,
    # trees behind.
    # caption: adapter
    case(
        "X384-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and black shorts"),
        D.color("blue"),
        D.description("a woman running in a park with a dog", "unsupported"),
        D.material("polyester"),
        D.details("a logo on the chest"),
        color_shorts("blue", "contradiction"),
        title="Women Blue Solid Slim Fit Running T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: flat-lay of boys' navy chinos with a brown belt through the loops, on a wooden floor.
    # caption: adapter
    case(
        "X384-039",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. There is a belt. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("blue pants Question: What is the color of the pants? Answer: blue", "leak"),
        D.color("black", "contradiction"),
        D.garment_type("trousers"),
        D.details("two pockets and a button"),
        D.material("blue", "restated"),
        title="Boys Navy Blue Solid Regular Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: woman on a sofa with cushions in a black tee printed "SLEEPY" in white and black-and-white striped
    # shorts.
    # caption: adapter
    case(
        "X384-040",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short shorts. The shorts are with cotton fabric and striped "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and striped shorts"),
        D.color("black"),
        color_shorts("black and white"),
        printed("sleepy"),
        D.pattern("striped"),
        D.description("a woman sitting on a couch with pillows"),
        D.material("black and white", "restated"),
        title="Women Black & White Striped Pure Cotton Shorts Set",
        category="Night Suits",
        color="Black",
        gender="Women",
    ),
    # photo: man in red and navy checked flannel lounge pants with a drawstring, plain grey tee, bedroom.
    # caption: adapter
    case(
        "X384-041",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "lattice",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a grey shirt and plaid pajama pants"),
        D.color("grey", "other_garment_color"),
        color_pants("red"),
        D.pattern("checked"),
        D.description("a man in a grey t-shirt and red plaid pants"),
        D.details("a drawstring and", "cut"),
        title="Men Red & Navy Checked Lounge Pants",
        category="Lounge Pants",
        color="Red",
        gender="Men",
    ),
    # photo: girl in a pink puffer jacket with a faux fur trimmed hood, blue jeans, white backdrop with paper
    # snowflakes.
    # caption: adapter
    case(
        "X384-042",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It has a "
            "hooded neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink jacket and jeans"),
        D.color("pink"),
        D.details("the jacket has details", "non_answer"),
        D.description("a little girl in a pink coat in front of white snowflakes"),
        D.material("wool", "unsupported"),
        is_a("jacket", "yes"),
        title="Girls Pink Solid Hooded Puffer Jacket with Faux Fur Trim",
        category="Jackets",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in an off-white open-front crochet shrug over a brown camisole and blue jeans, studio.
    # caption: adapter
    case(
        "X384-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white cardigan and blue jeans"),
        D.color("brown", "other_garment_color"),
        D.garment_type("cardigan"),
        D.material("crochet"),
        D.details("a white cardigan", "restated"),
        title="Women Off White Self Design Open Front Crochet Shrug",
        category="Shrug",
        color="Off White",
        gender="Women",
    ),
    # photo: flat-lay of a mustard sleeveless V-neck sweater vest with ribbed hems on a grey backdrop, beside a pair
    # of glasses and a coffee cup.
    # caption: adapter
    case(
        "X384-044",
        caption(
            "His sweater has no sleeves, knitting fabric and pure color patterns. It has a v-shape neckline. There "
            "is an accessory in his face. His sweater has no sleeves, knitting fabric and pure color patterns. It "
            "has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater"),
        D.color("yellow"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a yellow sweater with a pair of glasses and a cup of coffee"),
        D.details("a v neck and ribbed hem"),
        D.garment_type("sweater"),
        title="Men Mustard Yellow Solid Sleeveless Sweater Vest",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: flat-lay of two plain cotton hipster briefs (one peach, one light grey) with plain waistbands, white
    # backdrop.
    # caption: adapter
    case(
        "X384-045",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("two pairs of underwear"),
        count("two"),
        D.color("pink"),
        D.material("cotton"),
        D.details("lace on the waistband", "unsupported"),
        title="Women Pack of 2 Solid Hipster Briefs",
        category="Briefs",
        color="Assorted",
        gender="Women",
    ),
    # photo: girl in a yellow mirror-work lehenga, pink short-sleeve choli, pink dupatta over the shoulders, studio.
    # caption: adapter
    case(
        "X384-046",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow skirt and pink top"),
        D.color("pink", "other_garment_color"),
        color_skirt("yellow"),
        color_dupatta("yellow", "contradiction"),
        D.details("mirror work and embroidery"),
        D.description("a little girl in a yellow and pink lehenga"),
        title="Girls Yellow & Pink Embroidered Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
]
