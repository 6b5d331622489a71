"""BLIND_399 (46 products; men's casual, formal and ethnic wear from one night's run, model shots and flat-lays):
written blind in the forty-sixth session. Measured blind at 5963d24 (the session's rules as they stood): 104/121
failures found (86.0%) and 2/154 correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's wear drawn at random from a night's run: t-shirts (polos,
graphic and striped tees, a pack of three), shirts (formal, denim, checked flannel, oxford, linen), jeans, trousers
(chinos, formal, cargo, corduroy), shorts, track pants and joggers, kurtas and kurta sets, jackets (bomber, denim,
utility, biker, puffer), sweatshirts and hoodies, sweaters. Most are model shots in a full outfit (a tee under a
jacket, a shirt tucked into chinos, a shirt collar under a sweater), a few are flat-lays on a white sheet or a wooden
floor or table; backdrops include white and grey studio walls, a red brick wall, a blue wall, a red wall, a garden, a
gold curtain and a gym. Each product has the seller's title, category, color and gender; a few rows miss the gender.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short and lowercase, "a man
in a blue polo shirt and khaki pants") or the caption-only LoRA adapter of the original experiments (the DeepFashion
template, "The upper clothing has long sleeves, cotton fabric and pure color patterns. ..."). The adapter was trained
with no end-of-answer token, so each of its texts runs to the limit (50 new tokens for captions, 30 for answers) and
carries hit_limit=True; asked a question, it returns its caption template. The open questions (the wearing question,
description, details, material, and the set's own "What is the fit of the jeans?" and "What is printed on the ...?")
come from the base model unless the comment before the case says the adapter answered them; the base model stops on
its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece
color questions and the yes/no "Is this a kurta?") are enrich's `--engine reference` answers, chosen from candidate
sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, grey for charcoal or grey melange, red for maroon,
  yellow for mustard, green for olive or teal, blue for teal too, brown or beige for khaki, orange or brown for rust,
  purple or light purple for lavender, white or cream for off white, white for a cream sweater, black or white for a
  pack of three in black, white and grey (seller color Multi).
- Garment synonyms are correct: hoodie for a hooded sweatshirt, sweater for a sweatshirt, joggers or pants for track
  pants, chinos or pants for trousers, tee for t-shirt, polo shirt for a polo t-shirt, pajamas for pyjamas, camo for
  camouflage. The adapter's "long-sleeve shirt" for a straight kurta is taken as a loose synonym (a kurta is a long
  shirt), so that text is labelled cut; its "long-sleeve dress" for a kurta is contradiction, hit_limit kept.
  The reference engine's "shirt" for a short kurta is contradiction; "jeans" for corduroy trousers too.
- Colors: another piece's color given to the product (the tee's white for the jacket over it, the shirt's for the
  jeans, in a closed answer, a caption or the wearing answer) is other_garment_color; the product's color, or any
  wrong color, given to a piece that is not the product (black pants called white under a white shirt, red jeans
  under a red polo, grey sweatpants under a grey hoodie, white for beige chinos under a green and white shirt) is
  contradiction.
  A color of the print or the trim (black letters on a mustard tee, gold embroidery on a black kurta) or of the
  backdrop (red brick, gold curtain, wooden floor) given as the garment's color is contradiction. Two garments
  really of one color (navy tee with navy track pants, black puffer with black jeans) are correct.
- Materials: one the title names (or a plain look-alike of it: leather for faux leather, wool for a wool-blend
  knit, polyester for track pants whose title names no fabric, wool for an acrylic knit) is correct; a material the
  title contradicts or that nothing shows (silk for cotton, linen for cotton, leather on a nylon bomber, down in a
  polyester-padded puffer, wool for poly-viscose trousers, cotton for polyester track pants) is unsupported.
- Invented items (a hat, a watch, sunglasses, a scarf, a hood on a utility or bomber jacket, a zipper on a pullover,
  a chest pocket or logo the photo does not show, embroidery on plain sleeves or on a plain kurta) are unsupported,
  even where the rest of the answer is right.
- "she" for a man is pronoun. Base answers that run on into "Question: ... Answer: ..." are leak even where the
  first words are right. A base answer stopped early ("it is made of a") is cut, without hit_limit.
- An empty answer, "the details of the garment", "the jeans have details", "the shorts are short", "the text" for
  the print are non_answer; the question echoed back, or a material question answered with the garment's name and
  color, is restated.
- Adapter texts: one that repeats a sentence of the template (or starts it again) is loop; one that stops mid-way
  without repeating is cut; the template returned for the material question is restated, even though it names a
  fabric and is cut. The template answering "Describe the garment." or the details question answers it, so those
  are cut or loop. Where the adapter misnames the garment, the misnaming is labelled.
- For a flat-lay, the wearing question answered with the garment itself is correct; "a man wearing ..." invents a
  person the photo does not show (unsupported); "a black t-shirt" for a pack of three is contradiction (the count of
  the title). The pack's color "black" (seller color Multi) is correct.
- Reference-engine misses are contradiction: "striped" for a plain ribbed sweater or a polo with a tipped collar,
  "solid" for a palm print or for horizontal stripes, "graphic" for a plain tee, "long sleeves" for a half-sleeve
  shirt, "no" to "Is this a sweatshirt?" for a sweatshirt. A material question answered with the pattern
  ("camouflage") is non_answer.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_sweater = question("color_sweater", "What is the color of the sweater?", "closed")
fit = question("fit", "What is the fit of the jeans?", "open")
print_tshirt = question("print", "What is printed on the t-shirt?", "open")
print_sweatshirt = question("print", "What is printed on the sweatshirt?", "open")

BLIND_399 = [
    # photo: model in a navy polo t-shirt with white tipping on the collar, beige chinos, plain white wall, front view.
    # adapter: none
    case(
        "X399-001",
        caption("a man in a blue polo shirt and khaki pants standing against a white wall"),
        D.wearing("a blue polo shirt and khaki pants"),
        D.color("navy"),
        D.sleeve_length("short sleeves"),
        D.details(
            "a collar with white stripes, two buttons and a pocket on the chest",
            "unsupported",
        ),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        title="Men Navy Blue Solid Polo Collar Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white formal shirt tucked into black trousers, grey studio backdrop, front view.
    # adapter: caption, details
    case(
        "X399-002",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. This gentleman wears a "
            "long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="the man"),
        color_shirt("white"),
        color_pants("white", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester", "unsupported"),
        title="Men White Slim Fit Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in mid-blue slim jeans with light whiskering, white crew-neck tee, white sneakers, white studio.
    # adapter: none
    case(
        "X399-003",
        caption("a man in jeans and a white t-shirt"),
        wearing("a white t-shirt and blue jeans", who="the man"),
        color_jeans("white", "other_garment_color"),
        D.garment_type("jeans"),
        fit("slim fit Question: What is the color of the jeans? Answer: blue", "leak"),
        D.details("the jeans have details", "non_answer"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in olive cargo shorts with flap pockets, black crew-neck tee, grey backdrop, front view.
    # adapter: details
    case(
        "X399-004",
        caption("a man in a black t-shirt and black shorts", "other_garment_color"),
        D.wearing("she is wearing a black shirt and green shorts", "pronoun"),
        color_shorts("black", "other_garment_color"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. There are pockets on the shorts. The shorts "
            "are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in black track pants with a white stripe down each side, grey tee, white sneakers, studio.
    # adapter: none
    case(
        "X399-005",
        caption("a man wearing black track pants with white stripes and a grey t-shirt"),
        D.wearing("a grey t-shirt and grey pants", "other_garment_color"),
        color_pants("black"),
        D.details("white stripes on the side and an elastic waistband"),
        D.material("cotton", "unsupported"),
        title="Men Black Solid Slim Fit Polyester Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a long white cotton kurta with a mandarin collar and white pyjamas, beige wall, front view.
    # adapter: caption
    case(
        "X399-006",
        caption(
            "This person wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The dress is of long length. There is an accessory on his wrist. This person",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pajamas"),
        D.garment_type("kurta"),
        D.color("white"),
        D.details("a mandarin collar and embroidery on the front", "unsupported"),
        D.material("linen", "unsupported"),
        title="Men White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: model in a black nylon bomber jacket, open over a white tee, blue jeans, grey studio, front view.
    # adapter: none
    case(
        "X399-007",
        caption("a man in a black jacket and jeans"),
        D.wearing("a black jacket, a white t-shirt and blue jeans"),
        color_jacket("white", "other_garment_color"),
        D.details("a zipper, ribbed cuffs and a hood", "unsupported"),
        D.material("leather", "unsupported"),
        title="Men Black Solid Lightweight Nylon Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey melange hooded sweatshirt with a kangaroo pocket, black joggers, white backdrop.
    # adapter: details
    case(
        "X399-008",
        caption("a man in a grey hoodie and black pants"),
        D.wearing("a grey hoodie and grey sweatpants", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men Grey Melange Solid Hooded Cotton Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a maroon crew-neck sweater, a white shirt collar showing at the neck, khaki chinos, studio.
    # adapter: none
    case(
        "X399-009",
        caption("a man wearing a red sweater over a white shirt"),
        D.wearing("a red sweater and khaki pants"),
        color_sweater("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.details("a round neck and ribbed hem and cuffs"),
        D.material("wool"),
        title="Men Maroon Solid Acrylic Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay of a red and black checked flannel shirt, buttoned, sleeves folded, on a wooden floor.
    # adapter: caption
    case(
        "X399-010",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The upper",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a man wearing a red and black plaid shirt", "unsupported"),
        D.pattern("checked"),
        D.color("red"),
        color_shirt("brown", "contradiction"),
        D.material("flannel"),
        title="Men Red & Black Checked Cotton Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a mustard tee printed "STAY WILD" in black letters on the chest, blue jeans, white studio.
    # adapter: none
    case(
        "X399-011",
        caption("a man in a yellow t-shirt with the words stay wild"),
        D.wearing("a yellow t-shirt and jeans"),
        D.color("black", "contradiction"),
        D.pattern("graphic"),
        print_tshirt("the words stay wild"),
        D.details(
            "a black print on the front Question: What is the color of the print? Answer: black",
            "leak",
        ),
        D.material("it is made of cotton with a", "cut"),
        title="Men Mustard Yellow Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a light blue denim shirt, sleeves rolled to the elbow, black jeans, studio, front view.
    # adapter: details
    case(
        "X399-012",
        caption("a man in a blue denim shirt and black jeans"),
        color_shirt("blue"),
        color_jeans("blue", "contradiction"),
        D.details(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        D.wearing("a blue shirt and blue jeans", "contradiction"),
        title="Men Light Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in beige chinos, a navy shirt tucked in, brown belt, brown loafers, studio, front view.
    # adapter: none
    case(
        "X399-013",
        caption("a man in a blue shirt and blue pants", "other_garment_color"),
        D.wearing("a navy blue shirt tucked into beige chinos"),
        color_pants("blue", "other_garment_color"),
        D.details("a belt and pockets"),
        D.material("it is made of", "cut"),
        title="Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: flat-lay of navy shorts with a white palm-leaf print, drawstring waist, on a white sheet.
    # adapter: none
    case(
        "X399-014",
        caption("a pair of blue shorts with palm trees on them"),
        D.color("navy"),
        D.pattern("solid", "contradiction"),
        D.wearing("a pair of shorts"),
        D.details("the shorts are short", "non_answer"),
        D.description("blue shorts with white palm leaves and a white drawstring"),
        title="Men Navy Blue Tropical Printed Cotton Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in charcoal formal trousers, a white shirt tucked in, black belt, grey backdrop, front view.
    # adapter: description
    case(
        "X399-015",
        caption("a man in a white shirt and grey pants"),
        color_pants("grey"),
        D.garment_type("trousers"),
        D.description(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        title="Men Charcoal Grey Slim Fit Poly Viscose Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a teal straight kurta with a mandarin collar, white churidar, carved wooden door behind.
    # adapter: caption
    case(
        "X399-016",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The pants this gentleman wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and white pants and a scarf", "unsupported"),
        D.color("blue"),
        color_pants("white"),
        D.details("a mandarin collar and buttons on the front"),
        D.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Men Teal Solid Straight Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: model in an olive cotton utility jacket with four flap pockets, open over a black tee, grey jeans.
    # adapter: none
    case(
        "X399-017",
        caption("a man wearing a green jacket and grey jeans"),
        D.wearing("a green jacket and a black t-shirt"),
        color_jacket("green"),
        D.details("a hood and zippered pockets", "unsupported"),
        D.material("cotton"),
        D.garment_type("jacket"),
        D.description(
            "it is a green jacket with a black t-shirt under it Question: What is the man wearing?",
            "leak",
        ),
        title="Men Olive Green Solid Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of a plain black round-neck tee on a white background.
    # adapter: caption, material
    case(
        "X399-018",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.garment_type("t-shirt"),
        D.material(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The upper clothing has",
            "restated",
            hit_limit=True,
        ),
        D.description("a black t-shirt with a round neck and a pocket", "unsupported"),
        D.pattern("graphic", "contradiction"),
        title="Men Black Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy and white horizontally striped tee, white shorts, pale blue-grey studio backdrop.
    # adapter: none
    case(
        "X399-019",
        caption("a man in a blue and white striped shirt and white shorts"),
        D.wearing("a striped t-shirt and white shorts"),
        D.color("navy"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details(
            "navy blue and white stripes Question: What is the color of the shorts? Answer: white",
            "leak",
        ),
        D.material("it is made of cotton and the", "cut"),
        title="Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in black skinny jeans ripped at both knees, a white shirt untucked, white sneakers, studio.
    # adapter: none
    case(
        "X399-020",
        caption("a man in black ripped jeans and a white shirt"),
        color_jeans("white", "other_garment_color"),
        D.details("rips on the knees"),
        wearing(
            "he is wearing black jeans and a white shirt and a black hat",
            who="the man",
            failure="unsupported",
        ),
        fit("skinny fit"),
        title="Men Black Skinny Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in navy track pants with a white drawstring and zip pockets, a navy tee, grey backdrop.
    # adapter: none
    case(
        "X399-021",
        caption("a man in a navy blue t-shirt and navy blue pants"),
        color_pants("navy"),
        color_tshirt("navy"),
        D.description("she is wearing navy blue track pants", "pronoun"),
        D.details("white drawstring and zip pockets"),
        D.material("polyester"),
        D.wearing("a blue t-shirt and blue pants and a white hat", "unsupported"),
        title="Men Navy Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a rust crew-neck fleece sweatshirt, blue jeans, plain white wall, front view.
    # adapter: none
    case(
        "X399-022",
        caption("a man in an orange sweatshirt and jeans"),
        D.wearing("a brown sweater and blue jeans"),
        D.color("rust"),
        D.description("an orange sweatshirt with a round neck and a", "cut"),
        D.details("the details of the garment", "non_answer"),
        D.material("fleece"),
        title="Men Rust Solid Fleece Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: model in a blue washed denim jacket over a grey hoodie, black jeans, grey concrete wall, front view.
    # adapter: caption, wearing
    case(
        "X399-023",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "This gentleman also wears an outer clothing, with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "This gentleman also wears",
            "cut",
            hit_limit=True,
        ),
        color_jacket("grey", "other_garment_color"),
        D.details("button front and chest pockets"),
        D.material("denim"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a light pink oxford shirt with a button-down collar, navy chinos, white studio.
    # adapter: none
    case(
        "X399-024",
        caption("a man wearing a pink shirt and blue pants"),
        color_shirt("pink"),
        color_pants("pink", "contradiction"),
        D.description("a pink shirt with a collar and a pocket on the chest"),
        D.material("silk", "unsupported"),
        D.wearing("a pink shirt and pink pants", "contradiction"),
        title="Men Pink Regular Fit Oxford Cotton Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in khaki cargo trousers with side pockets, an olive tee, white sneakers, studio.
    # adapter: details
    case(
        "X399-025",
        caption("a man in a green t-shirt and green cargo pants", "other_garment_color"),
        D.wearing("a green shirt and brown pants"),
        color_pants("green", "other_garment_color"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There are "
            "pockets on the pants. The lower clothing is",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        title="Men Khaki Solid Cotton Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a yellow short kurta with a small white floral print, white pyjamas, garden behind, outdoors.
    # adapter: none
    case(
        "X399-026",
        caption("a man in a yellow kurta standing in a garden"),
        D.wearing("she is wearing a yellow kurta and white pants", "pronoun"),
        D.color("yellow"),
        D.pattern("floral"),
        D.details("a floral print, a mandarin collar and a pocket on the chest", "unsupported"),
        D.garment_type("shirt", "contradiction"),
        title="Men Yellow Floral Printed Short Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: flat-lay of a grey cable-knit crew-neck pullover on a wooden table, a coffee mug beside it.
    # adapter: caption
    case(
        "X399-027",
        caption(
            "The upper clothing has long sleeves, knitted fabric and pure color patterns. The neckline of it is "
            "round. The upper clothing has long sleeves, knitted fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        D.pattern("solid"),
        D.description("a grey sweater next to a cup of coffee"),
        D.material("wool"),
        D.details("a cable knit pattern and a zipper", "unsupported"),
        title="Cable Knit Wool Blend Pullover Sweater",
        category="Sweaters",
        color="Grey",
    ),
    # photo: model in a white tee with a black slogan print across the chest, black shorts, studio.
    # adapter: none
    case(
        "X399-028",
        caption("a man in a white t-shirt with black writing on it"),
        D.color("white"),
        color_shorts("white", "contradiction"),
        print_tshirt("the text", "non_answer"),
        D.wearing(
            "a white t-shirt and black shorts Question: What is the color of the t-shirt? Answer: white",
            "leak",
        ),
        D.pattern("graphic"),
        title="Men White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a black faux-leather biker jacket with an asymmetric zip, white tee, blue jeans, hands in
    # pockets (no wrists visible), grey studio.
    # adapter: description
    case(
        "X399-029",
        caption("a man in a black leather jacket and blue jeans"),
        D.material("leather"),
        color_jacket("black"),
        D.details("an asymmetric zipper and snap buttons on the collar"),
        D.wearing("a black jacket and a white shirt and blue jeans and a watch", "unsupported"),
        D.description(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. This gentleman also wears an outer "
            "clothing, with leather fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a green and white checked button-down shirt, beige chinos, red brick wall behind.
    # adapter: caption
    case(
        "X399-030",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green plaid shirt and khaki pants"),
        D.color("red", "contradiction"),
        D.pattern("checked"),
        color_pants("white", "contradiction"),
        D.details("the shirt has a pocket on the chest and buttons on the collar"),
        title="Men Green & White Checked Button-Down Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: model in navy washed denim shorts, a white polo, white sneakers, studio, front view.
    # adapter: none
    case(
        "X399-031",
        caption("a man wearing a white polo shirt and denim shorts"),
        color_shorts("blue"),
        D.color("white", "other_garment_color"),
        D.details("faded wash and rolled up hems"),
        D.material("denim"),
        D.wearing(
            "a white shirt and blue shorts and white shoes and sunglasses",
            "unsupported",
        ),
        title="Men Navy Blue Washed Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in maroon joggers with white side piping, a black tee, holding a water bottle, gym behind.
    # adapter: none
    case(
        "X399-032",
        caption("a man in black t-shirt and red track pants holding a water bottle"),
        D.wearing("black t-shirt and maroon joggers"),
        color_pants("black", "other_garment_color"),
        D.color("maroon"),
        D.details("white piping on the sides and a drawstring waist"),
        D.material("it is made of a", "cut"),
        title="Men Maroon Solid Joggers Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a lavender linen half-sleeve shirt, beige shorts, white studio, front view.
    # adapter: material
    case(
        "X399-033",
        caption("a man in a purple shirt and beige shorts"),
        color_shirt("purple"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.wearing("he wears a light purple shirt and beige shorts"),
        D.description("a purple shirt", "non_answer"),
        title="Men Lavender Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in a black quilted hooded puffer jacket, zipped, grey sweatshirt hem below, black jeans, studio.
    # adapter: none
    case(
        "X399-034",
        caption("a man in a black puffer jacket and a black hat", "unsupported"),
        D.wearing("a black jacket and black pants"),
        color_jacket("black"),
        color_jeans("black"),
        D.details("quilted with a zipper and a hood"),
        D.material("down", "unsupported"),
        title="Men Black Solid Polyester Padded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in an off-white self-textured kurta with a mandarin collar, gold sequinned curtain behind.
    # adapter: caption
    case(
        "X399-035",
        caption(
            "This person wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a stand neckline. This person wears a long-sleeve dress with pure color patterns. The dress",
            "contradiction",
            hit_limit=True,
        ),
        D.color("gold", "contradiction"),
        D.wearing("a white kurta"),
        D.garment_type("kurta"),
        D.details("self-textured fabric and a mandarin collar"),
        D.material("she is wearing a cotton kurta", "pronoun"),
        title="Men Off White Self Design Textured Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: model in light grey slim jeans with a light fade, a black shirt, black boots, studio.
    # adapter: none
    case(
        "X399-036",
        caption("a man in a black shirt and grey jeans"),
        color_jeans("grey"),
        D.wearing("a black shirt and black jeans", "other_garment_color"),
        fit("slim fit"),
        D.details("What are the details of the garment?", "restated"),
        D.material("denim"),
        title="Men Grey Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a mustard zip-up hooded sweatshirt, open a little at the neck, black track pants, studio.
    # adapter: description
    case(
        "X399-037",
        caption("a man in a yellow hoodie and black pants"),
        D.color("yellow"),
        D.garment_type("sweatshirt"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is cotton and it has pure",
            "cut",
            hit_limit=True,
        ),
        D.details("a zipper on the front and two pockets"),
        D.wearing("she is wearing a yellow jacket", "pronoun"),
        title="Men Mustard Solid Hooded Zip-Up Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a blue and white striped long-sleeve formal shirt, grey trousers, blue painted wall behind.
    # adapter: none
    case(
        "X399-038",
        caption("a man in a blue striped shirt standing in front of a blue wall"),
        D.wearing("a blue and white striped shirt and blue pants", "contradiction"),
        color_shirt("blue"),
        D.pattern("striped"),
        D.details(
            "a collar and buttons Question: What is the material of the shirt? Answer: cotton",
            "leak",
        ),
        D.material("cotton"),
        title="Men Blue & White Striped Slim Fit Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in olive camouflage-print cargo shorts, a white tee, white studio, front view.
    # adapter: caption
    case(
        "X399-039",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The shorts are with cotton fabric and graphic patterns. This gentleman wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        D.pattern("printed"),
        color_shorts("white", "other_garment_color"),
        D.wearing("a white t-shirt and camo shorts"),
        D.material("camouflage", "non_answer"),
        title="Men Olive Green Camouflage Printed Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a navy v-neck sweater over a white collared shirt, grey trousers, studio, front view.
    # adapter: none
    case(
        "X399-040",
        caption("a man in a white sweater and a white shirt", "other_garment_color"),
        D.wearing("a navy sweater over a white collared shirt and grey trousers"),
        color_sweater("navy"),
        D.details("a v neck and a white shirt collar"),
        D.material("cotton"),
        D.description("a white sweater with a v neck", "other_garment_color"),
        title="Men Navy Blue V-Neck Cotton Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a red polo t-shirt, black jeans, a red painted wall behind, front view.
    # adapter: none
    case(
        "X399-041",
        caption("a man in a red polo shirt standing in front of a red wall"),
        D.color("red"),
        D.garment_type("t-shirt"),
        color_jeans("red", "contradiction"),
        D.details("a polo collar with three buttons and a logo on the chest", "unsupported"),
        D.wearing("a red polo shirt and black jeans"),
        title="Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in coffee brown corduroy trousers, a cream knit sweater, brown boots, studio.
    # adapter: details
    case(
        "X399-042",
        caption("a man in a white sweater and brown pants"),
        color_pants("brown"),
        D.garment_type("jeans", "contradiction"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        D.material("corduroy"),
        D.wearing("a white sweater and white pants", "other_garment_color"),
        title="Men Coffee Brown Corduroy Regular Fit Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: model in a black art-silk kurta with gold embroidery round the neckline only, white pyjamas, studio.
    # adapter: none
    case(
        "X399-043",
        caption("a man in a black kurta with gold embroidery"),
        D.color("gold", "contradiction"),
        color_pants("white"),
        D.details("gold embroidery on the neckline and sleeves", "unsupported"),
        D.wearing("a black and gold kurta and white pajamas"),
        D.material("silk"),
        title="Men Black Embroidered Art Silk Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of three folded round-neck tees (black, white, grey) side by side on a white sheet.
    # adapter: none
    case(
        "X399-044",
        caption("three t-shirts laid out on a white background"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.wearing("a black t-shirt", "contradiction"),
        D.description("three t-shirts in black, white and grey"),
        D.material("cotton"),
        D.details("", "non_answer"),
        title="Men Pack of 3 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: model in olive joggers with cuffed ankles, a white pullover hoodie, white sneakers, studio.
    # adapter: none
    case(
        "X399-045",
        caption("a man in a white hoodie and green jogger pants"),
        D.wearing("a white hoodie and green pants"),
        color_pants("white", "other_garment_color"),
        D.details("cuffed ankles and a drawstring waist"),
        D.material("", "non_answer"),
        D.description("white hoodie and green pants Question: What", "leak"),
        title="Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a white sweatshirt with a printed mountain-and-sun graphic, blue jeans, white studio.
    # adapter: caption
    case(
        "X399-046",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweatshirt with a mountain on it and jeans"),
        D.color("white"),
        D.pattern("graphic"),
        print_sweatshirt("a mountain and the sun"),
        D.material("white sweatshirt", "restated"),
        is_a("sweatshirt", "no", "contradiction"),
        title="Men White Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
]
