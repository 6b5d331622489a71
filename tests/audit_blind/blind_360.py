"""BLIND_360 (46 products; mixed women's, men's and kids' apparel, model shots and flat-lays): written blind in the
forty-fifth session. Measured blind at c223820 (the session's rules as they stood): 123/149 failures found (82.6%)
and 9/187 correct texts flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed drawn at random from one night's run: tops, t-shirts, shirts, jeans,
trousers, dresses, kurtas, kurta sets, sarees, sweatshirts, jackets, track pants, innerwear and nightwear for women,
men, girls and boys. Some photos are model shots (studio backdrops, brick, terracotta, pink and yellow walls, a
bedroom, a park, temple pillars, marigolds), some are flat-lays on a floor or a white sheet. Each row has the seller's
title, category, color and gender; a few rows miss the gender, as real feeds do. Packs use Myntra's "Assorted" or
"Multi" colors.

Who wrote what: every caption comes from the caption adapter of the original experiments (the DeepFashion-MultiModal
template, "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ...").
It was trained with no end-of-answer token, so every caption runs to the 50-token limit and carries hit_limit=True;
it names no hues, only patterns, and calls every person "the lady" or "the gentleman" (children included). The open
questions of the default questionnaire (wearing, description, details, material) come from the untuned base model
`Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their own (never hit_limit), even where they loop or
are cut. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors of sets and night
suits, and the yes/no "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets: never a
loop or a cut, but sometimes the wrong candidate. No adapter answered a question in this set.

Labeling conventions and judgement calls:
- Adapter captions: one that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut (even where it invents "an accessory" or a fabric before the cut). Three captions happen to end on
  a complete sentence exactly at the limit (X360-006, -022, -033): their content is right, so they are correct,
  hit_limit kept.
- Where the adapter's template misnames the garment itself (a saree as a dress or a long skirt, a bra as a tank top,
  a kurta as a dress), the misnaming is the first thing an auditor reads: contradiction, hit_limit kept, even when the
  text then loops. "Shirt" for a kurta, "sweater" for a sweatshirt or hoodie, "vest" for a Nehru jacket, "shorts" for
  trunks in the caption and "long pants" for track pants, jeans or pyjamas are the template's own words, accepted.
- "The gentleman" for a woman is pronoun; "the lady" for a girl and "the gentleman" for a boy are the template's
  words for the right gender, not pronoun failures. The template inventing a wearer for a flat-lay is accepted.
- Shade words count as correct: yellow for mustard, red for maroon, pink for peach, purple for lavender, green for
  teal or olive, blue for navy, white for cream, khaki or brown for khaki, grey for grey melange. Mustard answered
  orange and navy answered black are contradictions.
- Dress for a kurta (a top worn over bottoms) is contradiction; kurta, shirt, top and tunic are correct. Hoodie for a
  hooded sweatshirt, sweatpants or joggers for track pants, pajamas for a night suit, underwear for trunks, vest for a
  Nehru jacket, nightgown for a nightdress are correct. The reference engine's "shorts" for trunks is contradiction.
- The color of another garment in the photo (the tee under a jacket, the shirt over trousers, the kurta for the
  pants, the dupatta for the sharara) given as the product's color is other_garment_color. The color of a print, a
  border or woven motifs given as the garment's color is contradiction; so is a color no piece in the photo has
  (gold for a silver border, white lace on a maroon slip, a gold blouse for a red one).
- Materials: one the title names is correct (faux leather answered "leather", georgette answered "chiffon", since
  the two sheer fabrics look alike); a plausible guess on a fabric the title leaves open (cotton for chinos or a
  sweatshirt, polyester for a puffer, track pants or formal trousers) is correct; a material neither named nor
  visible (silk on a cotton-look kurta, wool on a printed sweatshirt, lace on plain t-shirt bras) is unsupported; a
  material the title contradicts (linen for a pure cotton kurta) is contradiction.
- Invented details the photo does not show (a zipper on a pullover hoodie, a hood on a hoodless jacket, ripped
  knees, a back bow or back patch on a front view, a slit, a belt, a chest pocket, words on a print) are unsupported.
- A base answer that stops early ("it is made of", "it has a zipper and") is cut without hit_limit. An empty answer,
  "the details of the garment" and "the pants" for a description are non_answer; a material answered with the
  garment's name, color or pattern is restated. A base answer that runs on into "Question: ... Answer: ..." is leak,
  even where its first words are right. "cotton, cotton, cotton, cotton" and "the buttons and the collar and the
  buttons and the collar" are loop though they stopped on their own.
- One color for two garments in a wearing answer ("a grey hoodie and grey pants" for black pants, "black pants" for
  khaki cargos under a black tee) is contradiction, whichever garment it gets wrong.
- The reference engine answering the sleeve question for a bottom with the top's sleeves ("short sleeves" for
  jeans) or for a sleeveless Nehru jacket with the kurta's is contradiction; so is "yes" to "Is this a dress?" for a
  saree or to "Is this a tank top?" for bras, and "striped" for smocking or "polka dots" for a heart print.
- Seller colors for packs and two-color pieces: one of the pack's colors (black for a black and nude pair of bras,
  blue for an assorted pack holding a navy pair, white for a pack of a white and a pink tee) is correct.
- "What is the person wearing?" on a flat-lay answered with the garment ("black jeans", "three pairs of underwear")
  is correct; the base model answers with what it sees.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the pyjamas?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")

BLIND_360 = [
    # photo: woman in a mustard sleeveless ruffled top tucked into blue jeans, plain white wall, front view.
    # caption: adapter
    case(
        "X360-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow top and yellow jeans", "contradiction"),
        D.garment_type("top"),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        D.details("ruffles on the neckline"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Ruffled Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay of a navy crew-neck t-shirt with a white "BROOKLYN 1987" chest print, on a grey floor.
    # caption: adapter
    case(
        "X360-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with graphic patterns. The T",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue t-shirt with the word brooklyn on it"),
        D.color("navy"),
        D.pattern("graphic"),
        D.description("a navy blue t-shirt with white letters"),
        D.details("brooklyn 1987 new york", "unsupported"),
        D.material("the t-shirt is made of", "cut"),
        D.sleeve_length("short sleeves"),
        title="Men Navy Blue Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pink straight kurta with a small white floral print, white palazzos, a pink dupatta over one
    # shoulder, beige studio backdrop. caption: adapter
    case(
        "X360-003",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and white pants"),
        color_kurta("pink"),
        color_pants("pink", "other_garment_color"),
        color_dupatta("pink"),
        D.details("it has a floral print and a dupatta"),
        D.material("cotton Question: what is the color of the dupatta? Answer: pink", "leak"),
        title="Women Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: boy in a red polo t-shirt and khaki shorts, white studio backdrop. caption: adapter
    case(
        "X360-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a red shirt and shorts", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("red"),
        D.sleeve_length("short sleeves"),
        D.description("a red polo shirt with a white collar and a logo on the chest", "unsupported"),
        is_a("t-shirt", "yes"),
        D.material("red", "restated"),
        title="Boys Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: woman in a teal green art silk saree with a wide gold zari border, gold blouse, maroon curtain behind.
    # caption: adapter
    case(
        "X360-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with silk fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green saree with a gold border"),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        D.details("the border is gold and the pallu has", "cut"),
        D.material("silk"),
        is_a("saree", "yes"),
        title="Women Teal Green Zari Border Art Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: man in light blue slim jeans with a faded wash, plain white t-shirt tucked in, white sneakers, grey
    # studio backdrop, full length. caption: adapter (ends on a full sentence at the limit)
    case(
        "X360-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description("light blue jeans with a faded wash"),
        D.details("ripped knees", "unsupported"),
        D.material("denim"),
        title="Men Blue Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: girl in a yellow fit-and-flare cotton dress with white polka dots and flutter sleeves, in a garden,
    # front view. caption: adapter
    case(
        "X360-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with white polka dots"),
        D.color("yellow"),
        D.pattern("polka dots"),
        D.description("a yellow dress with white dots and a bow on the back", "unsupported"),
        D.material("polyester", "contradiction"),
        D.details("", "non_answer"),
        title="Girls Yellow Polka Dot Print Cotton Fit & Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: man in a blue and white checked shirt, sleeves rolled to the elbow, one chest pocket, navy chinos, red
    # brick wall behind. caption: adapter
    case(
        "X360-008",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue checkered shirt and blue pants"),
        D.color("blue"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        D.description("a blue checked shirt in front of a brick wall"),
        D.details("the buttons and the collar and the buttons and the collar", "loop"),
        D.material("cotton and linen and", "cut"),
        title="Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of folded black high-rise skinny jeans on a wooden floor. caption: adapter
    case(
        "X360-009",
        caption(
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady wears a "
            "long pants. The pants are with denim fabric and pure color patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black jeans"),
        D.garment_type("jeans"),
        D.color("black"),
        D.description("a pair of black jeans on a wooden floor"),
        D.details("it has a zipper and", "cut"),
        D.material("the jeans are black", "restated"),
        title="Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange pullover hooded sweatshirt with a kangaroo pocket, black track pants, grey
    # backdrop. caption: adapter
    case(
        "X360-010",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and grey pants", "contradiction"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.description("grey hoodie with a hood and a pocket in the front"),
        D.details("a zipper in the front", "unsupported"),
        D.material("cotton"),
        D.pattern("solid"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a black long-sleeve georgette wrap midi dress printed with red and white flowers, white
    # backdrop. caption: adapter
    case(
        "X360-011",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress with flowers on it"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        D.description("a long black dress with red and white flowers"),
        D.material("chiffon"),
        title="Women Black Floral Print Georgette Wrap Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a girls' night suit: lavender short-sleeve top with a unicorn print, lavender pyjamas with
    # small white stars, on a white sheet. caption: adapter
    case(
        "X360-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        color_top("purple"),
        color_bottom("white", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a purple pajama set with a unicorn and stars"),
        D.details("a unicorn on the front"),
        D.material("the pajamas are purple", "restated"),
        title="Girls Lavender Unicorn Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: man in a white chikankari-embroidered cotton kurta and white churidar, carved wooden door behind.
    # caption: adapter
    case(
        "X360-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        D.garment_type("kurta"),
        D.color("white"),
        D.description(
            "a white kurta with embroidery Question: what is the color of the kurta? Answer: white",
            "leak",
        ),
        D.details("embroidery on the front"),
        D.material("linen", "contradiction"),
        is_a("dress", "no"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in navy track pants with white side stripes and a white crop t-shirt showing the drawstring
    # waistband, grey backdrop. caption: adapter
    case(
        "X360-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and stripe "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue sweatpants"),
        D.garment_type("track pants"),
        D.color("navy"),
        D.description("blue pants with white stripes on the sides"),
        D.details("white stripes down the side and a drawstring"),
        D.material("the pants are navy blue", "restated"),
        title="Women Navy Blue Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: boy in a zipped olive padded jacket, no hood, a black t-shirt showing at the neck, blue jeans, white
    # backdrop. caption: adapter
    case(
        "X360-015",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and jeans"),
        D.garment_type("jacket"),
        D.color("green"),
        D.description("a black jacket", "other_garment_color"),
        D.details("it has a hood", "unsupported"),
        D.material("polyester"),
        title="Boys Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Boys",
    ),
    # photo: flat-lay of two plain non-padded t-shirt bras, one black and one nude, on white. caption: adapter
    case(
        "X360-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a sleeveless tank top with pure color patterns. The tank top is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black bra and a beige bra"),
        D.garment_type("bra"),
        D.color("black"),
        D.details("the details of the bra", "non_answer"),
        is_a("tank top", "yes", "contradiction"),
        D.material("lace", "unsupported"),
        title="Pack of 2 Women Solid Non-Padded T-shirt Bras",
        category="Bra",
        color="Black, Nude",
        gender="Women",
    ),
    # photo: man in beige chinos, a light blue shirt tucked in, a brown belt, grey studio backdrop, front view.
    # caption: adapter
    case(
        "X360-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki pants"),
        D.garment_type("trousers"),
        D.color("blue", "other_garment_color"),
        D.description("beige pants with a brown belt"),
        D.material("it is made of cotton and", "cut"),
        D.details("a belt and a pocket on the back", "unsupported"),
        title="Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a mustard A-line kurta with blue block-printed motifs, three-quarter sleeves, blue pants,
    # terracotta wall and a potted plant behind. caption: adapter
    case(
        "X360-018",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow dress and blue pants", "contradiction"),
        D.garment_type("kurta"),
        D.color("orange", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("a yellow kurta with blue flowers"),
        D.material("cotton"),
        title="Women Mustard Yellow Ethnic Motifs Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay of boys' black track pants with neon green piping down the sides and two side pockets.
    # caption: adapter
    case(
        "X360-019",
        caption(
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black sweatpants"),
        D.garment_type("track pants"),
        D.color("black"),
        D.details("stripes on the side Question: what color are the stripes? Answer: green", "leak"),
        D.description("black pants with a white stripe", "contradiction"),
        D.material("", "non_answer"),
        title="Boys Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: woman in a white t-shirt with a pink flower print and the word "bloom", tucked into blue denim shorts,
    # pink wall behind. caption: adapter
    case(
        "X360-020",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a shorts. The shorts are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and denim shorts"),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        D.description("a white t-shirt with the word bloom in pink"),
        D.details("the t-shirt has pink flowers and the word bloom"),
        D.material("white t-shirt", "restated"),
        title="Women White Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of three trunks (navy, grey, black) side by side, logo waistbands. caption: adapter
    case(
        "X360-021",
        caption(
            "The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. The gentleman "
            "wears a shorts. The shorts are with cotton fabric and pure color patterns. The gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("three pairs of underwear"),
        D.garment_type("shorts", "contradiction"),
        D.color("blue"),
        D.details("the waistband says", "cut"),
        D.material("cotton"),
        title="Men Pack of 3 Cotton Trunks",
        category="Trunks",
        color="Assorted",
        gender="Men",
    ),
    # photo: girl in a peach puff-sleeve top with a smocked elastic waist, white jeans, white backdrop.
    # caption: adapter (ends on a full sentence at the limit)
    case(
        "X360-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a pink top and white jeans"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.description("a pink top with puffy sleeves"),
        D.details("it has puff sleeves and a bow at the neck", "unsupported"),
        D.pattern("striped", "contradiction"),
        title="Girls Peach-Coloured Puff Sleeve Smocked Top",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: man in a black faux leather biker jacket worn open over a grey t-shirt, black jeans, dark grey
    # backdrop; the jacket has no belt. caption: adapter
    case(
        "X360-023",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and blue jeans", "contradiction"),
        D.garment_type("jacket"),
        D.color("black"),
        D.description("a black leather jacket with zippers"),
        D.details("zipper pockets and a belt at the waist", "unsupported"),
        D.material("leather"),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a maroon satin slip nightdress with maroon lace at the neckline, bedroom with a bed and white
    # pillows behind. caption: adapter
    case(
        "X360-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with satin",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red nightgown", "pronoun"),
        D.color("red"),
        D.description("a red satin nightgown with lace on the top"),
        D.details("white lace", "contradiction"),
        D.material("satin"),
        title="Women Maroon Satin Nightdress with Lace Detail",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in an olive long-sleeve henley t-shirt with a three-button placket, blue jeans, city street
    # behind. caption: adapter
    case(
        "X360-025",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a green shirt and jeans", "pronoun"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.description("a green t-shirt with a pocket on the chest", "unsupported"),
        D.details("three buttons on the collar"),
        D.material("cotton, cotton, cotton, cotton", "loop"),
        title="Men Olive Green Solid Henley Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of a folded pink georgette saree with a silver sequinned border and the blouse piece on top.
    # caption: adapter
    case(
        "X360-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink saree"),
        D.garment_type("saree"),
        D.color("pink"),
        D.description("a pink saree with a gold border", "contradiction"),
        D.details("silver sequins on the border"),
        D.material("georgette"),
        is_a("dress", "yes", "contradiction"),
        title="Pink Embellished Sequinned Pure Georgette Saree",
        category="Sarees",
        color="Pink",
    ),
    # photo: boy in an open blue denim shirt, sleeves rolled, over a white t-shirt, beige shorts, white backdrop.
    # caption: adapter
    case(
        "X360-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt "
            "is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim shirt and shorts"),
        D.garment_type("shirt"),
        D.color("white", "other_garment_color"),
        D.description("a blue denim shirt with pockets"),
        D.details("two pockets on the chest and buttons"),
        D.material("denim"),
        D.sleeve_length("long sleeves"),
        title="Boys Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in a light blue denim jacket worn open over a black t-shirt dress, white backdrop.
    # caption: adapter
    case(
        "X360-028",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a black dress"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a blue denim jacket with buttons"),
        D.material("", "non_answer"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy self-design kurta with a mandarin collar and cream churidar, a wooden jaali screen
    # behind. caption: adapter
    case(
        "X360-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white pants"),
        color_kurta("black", "contradiction"),
        color_pants("white"),
        D.details("the kurta has a mandarin collar and buttons"),
        D.material("silk", "unsupported"),
        D.description("a blue kurta with gold buttons", "unsupported"),
        is_a("kurta", "yes"),
        title="Men Navy Blue Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: girl in a sleeveless green kurta with gold gota work, a green sharara and a pink dupatta, marigold
    # garlands behind. caption: adapter
    case(
        "X360-030",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green dress and a pink scarf", "contradiction"),
        color_kurta("green"),
        color_pants("pink", "other_garment_color"),
        color_dupatta("pink"),
        D.details("gold embroidery"),
        D.material("silk", "unsupported"),
        title="Girls Green Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: flat-lay of a maroon crew-neck sweatshirt with a white "CALIFORNIA" print, on white. caption: adapter
    case(
        "X360-031",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red sweatshirt"),
        D.color("red"),
        D.pattern("graphic"),
        D.description("a red sweatshirt with the word california on it"),
        D.details("the details of the garment", "non_answer"),
        D.material("wool", "unsupported"),
        title="Men Maroon Printed Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in black pleated wide-leg trousers with a white shirt tucked in, plain white wall, full length.
    # caption: adapter
    case(
        "X360-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.garment_type("trousers"),
        D.color("black"),
        D.description("the pants are", "cut"),
        D.details("a slit at the bottom", "unsupported"),
        D.material("black pants", "restated"),
        title="Women Black Wide Leg High-Rise Pleated Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: boy in a night suit: blue short-sleeve top with a dinosaur print and grey pyjamas, white backdrop.
    # caption: adapter (ends on a full sentence at the limit)
    case(
        "X360-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("blue pajamas with dinosaurs on them"),
        color_top("blue"),
        color_bottom("blue", "other_garment_color"),
        D.description(
            "a blue shirt and grey pants Question: what is the boy wearing? Answer: pajamas",
            "leak",
        ),
        D.details("dinosaurs"),
        D.material("the pajamas are made of", "cut"),
        title="Boys Blue & Grey Dinosaur Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in a black and white striped boat-neck top, three-quarter sleeves, blue jeans, yellow wall
    # behind. caption: adapter
    case(
        "X360-034",
        caption(
            "The lady wears a medium-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt"),
        D.color("black"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a striped top in front of a yellow wall"),
        D.details("the top has black and white stripes and a boat neck"),
        D.material("a striped top", "restated"),
        title="Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay, front view, of dark indigo regular jeans on white; the back waistband is not visible.
    # caption: adapter
    case(
        "X360-035",
        caption(
            "The gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns. The "
            "gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("jeans"),
        D.garment_type("jeans"),
        D.color("black", "contradiction"),
        D.description("dark blue jeans with a black belt", "unsupported"),
        D.details("a black leather patch on the back", "unsupported"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Men Navy Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a lavender oversized sweatshirt with a small embroidered flower on the chest, blue jeans,
    # white backdrop. caption: adapter
    case(
        "X360-036",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a purple sweatshirt and purple pants", "contradiction"),
        D.color("purple"),
        D.sleeve_length("long sleeves"),
        D.description("a light purple sweatshirt with a small logo"),
        D.details("a small embroidered flower on the chest"),
        D.material("it is made of", "cut"),
        title="Women Lavender Solid Oversized Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: girl in light blue jeans with embroidered flowers at the hems and a pink t-shirt, white backdrop.
    # caption: adapter
    case(
        "X360-037",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and floral",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and jeans"),
        D.garment_type("jeans"),
        D.color("pink", "other_garment_color"),
        D.description("blue jeans with flowers"),
        D.details("flowers embroidered on the bottom"),
        D.material("denim"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Girls Blue Floral Embroidered Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: flat-lay of a white linen long-sleeve shirt with a mandarin collar and no pocket, on a grey floor.
    # caption: adapter
    case(
        "X360-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt"),
        D.garment_type("shirt"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.description("a white shirt with a collar Question: is this a linen shirt? Answer: yes", "leak"),
        D.details("a pocket on the chest", "unsupported"),
        D.material("linen"),
        title="Men White Pure Linen Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in an olive long-sleeve shirt dress with a fabric belt and buttons down the front, in a park.
    # caption: adapter
    case(
        "X360-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her waist. The lady wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.garment_type("dress"),
        D.color("green"),
        D.description("he is wearing a green dress with a belt", "pronoun"),
        D.details("a belt and buttons down the front"),
        D.material("green", "restated"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Olive Green Solid Shirt Dress with Belt",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: man in grey melange joggers with elastic ankle cuffs, a black t-shirt, white sneakers, grey concrete
    # wall. caption: adapter
    case(
        "X360-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and black sweatpants", "contradiction"),
        D.garment_type("track pants"),
        D.color("black", "other_garment_color"),
        D.description("grey joggers with cuffs at the ankles"),
        D.details("elastic cuffs and side pockets"),
        D.material("the joggers are grey", "restated"),
        title="Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat-lay of a pack of two girls' t-shirts: a white one with a cat print and a plain pink one.
    # caption: adapter
    case(
        "X360-041",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("two t-shirts"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.description(
            "a white t-shirt with a cat Question: what is the color of the other t-shirt? Answer: pink",
            "leak",
        ),
        D.details("a cat on the front of the white one"),
        D.material("cotton"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Girls Pack of 2 Printed Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: woman in a pink night suit: long-sleeve button-down top printed with small white hearts, one pocket,
    # matching pink pyjamas, white backdrop. caption: adapter
    case(
        "X360-042",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pink pajamas"),
        color_top("pink"),
        color_bottom("pink"),
        D.pattern("polka dots", "contradiction"),
        D.details("buttons down the front and a pocket"),
        D.material("pajamas", "restated"),
        title="Women Pink Heart Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a maroon sleeveless Nehru jacket with two pockets over a white long-sleeve kurta and white
    # pyjama, beige backdrop. caption: adapter
    case(
        "X360-043",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red vest and a white kurta"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("buttons down the front and two pockets"),
        D.description("a red jacket over a white shirt"),
        title="Men Maroon Solid Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: boy in khaki cargo trousers with side pockets and a black t-shirt, white backdrop. caption: adapter
    case(
        "X360-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black pants", "contradiction"),
        D.garment_type("trousers"),
        D.color("brown"),
        D.description("the pants", "non_answer"),
        D.details("pockets on the sides"),
        D.material("denim", "unsupported"),
        title="Boys Khaki Solid Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Boys",
    ),
    # photo: woman in a red banarasi saree with gold woven motifs and a red blouse, temple pillars behind.
    # caption: adapter
    case(
        "X360-045",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with silk fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with silk fabric and graphic patterns. There "
            "is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red saree with a gold border and a necklace", "unsupported"),
        D.color("red"),
        D.description("a red and gold saree with a gold blouse", "contradiction"),
        D.details("gold designs all over"),
        D.material("silk"),
        is_a("saree", "yes"),
        title="Women Red & Gold-Toned Woven Design Banarasi Silk Blend Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: boy in a yellow long-sleeve kurta with a button placket and white pyjamas, diyas on a ledge behind.
    # caption: adapter
    case(
        "X360-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        color_kurta("yellow"),
        color_pants("yellow", "other_garment_color"),
        D.description("she is wearing a yellow kurta", "pronoun"),
        D.details("buttons on the front"),
        D.material("yellow kurta", "restated"),
        title="Boys Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
]
