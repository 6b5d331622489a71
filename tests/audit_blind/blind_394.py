"""BLIND_394 (46 products; men's everyday catalog: tees, shirts, jeans, trousers, kurtas, jackets, innerwear): written
blind in the forty-fifth session. Measured blind at 7afc101 (the session's rules as they stood): 99/119 failures
found (83.2%) and 4/154 correct texts flagged (2.6%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for men, drawn at random from one night's run: t-shirts, casual and
formal shirts, jeans, trousers and chinos, shorts, track pants, kurtas and kurta sets, jackets (denim, bomber,
padded, Nehru, blazer), sweatshirts and hoodies, and innerwear (vests, briefs, boxers). Model shots (studio
backdrops, brick and concrete walls, a gym, a beach, an office) and flat-lays (white sheet, wooden floor, grey
floor). Each row has the seller's title, category, color and gender; a few rows miss the color or the gender.

Who wrote what: the questions are the original experiments' ("What is he wearing?", the color of the shirt / jeans /
pants / shorts / top / kurta / jacket, "Describe the shirt.", "What are the jeans details?") plus enrich's default
questionnaire. Captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment above the case says an adapter wrote them. The caption adapter
(DeepFashion template, "The gentleman wears a short-sleeve T-shirt with pure color patterns ...") has no end token:
its texts always run to the limit (50 new tokens for captions, 30 for answers), hit_limit=True, and it returns its
template to any question. The VQA adapter (Data3_V3_BLIP2_VQA) was trained on one- or two-word In-shop answers with
no end token: asked an open question it repeats its answer to the limit ("blue-blue-blue ...", "denim denim ..."),
hit_limit=True; its color answers are stored open. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions unless marked open, "Is this a ...?") are enrich's `--engine
reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo or teal blue, green for olive or teal,
  red for maroon, yellow for mustard, grey / gray for charcoal or melange, white for cream or off white,
  orange for rust, beige or khaki for each other, navy for dark blue. Black for a charcoal flat-lay is
  contradiction (the reference engine had grey among its candidates), and so is brown for khaki shorts on a
  wooden floor (the floor's color).
- Garment synonyms are correct: t-shirt or shirt for a tee in the base model's loose sense ("a grey shirt" for a
  grey tee), tank top for an innerwear vest, sweatpants for track pants and joggers, pants for trousers, chinos or
  pyjamas, hoodie for a hooded sweatshirt, plaid / checkered for checked, vest for a Nehru jacket, suit for a
  blazer worn with a shirt, underwear for briefs, shorts for boxers.
- Garment types that name another class are contradiction: tshirt for an innerwear vest, sweatshirt or sweater for
  a track jacket or a windcheater, sweater for a sweatshirt, jeans for track pants or chinos, jacket for an open
  denim shirt.
- A color the reference engine (or the base model) gives the product that belongs to another garment in the photo
  (the tee under a jacket, the kurta under a Nehru jacket, the shorts with a gym tee) is other_garment_color. A
  color of the backdrop (brick wall, grey floor, green curtain, trees) or of the print (blue flowers on a white
  shirt) given as the garment's color is contradiction, and so is one color repeated for a second garment that is
  not that color ("grey jeans" for black jeans; "maroon pants" for beige trousers).
- The reference engine's "floral" for a plain kurta in front of a flower wall, "long sleeves" for a short-sleeve tee
  or for a sleeveless Nehru jacket worn over a long-sleeve kurta, "solid" for a printed kurta: contradiction.
  "yes" to "Is this a kurta?" for a Nehru jacket worn over a kurta: contradiction (the product is the jacket).
- Invented details not in the photo (a pocket on a pocketless tee, a fur collar, ripped knees on plain jeans, a
  pocket square, a belt on a flat-lay, a back patch on a front view, a watch, sunglasses, gloves, a grey
  waistband on a black one, jeans worn under a flat-lay tee or sweatshirt) are unsupported. A material neither
  named in the title nor visible (wool for a melange fleece sweatshirt or a blazer, leather for a bomber that is
  plainly nylon, silk for a printed cotton-look kurta, "cotton and leather" for jeans) is unsupported; a plausible
  guess on a look the photo shows (cotton on chinos and tees, denim on jeans, polyester on a padded jacket or a
  training tee, nylon on a windcheater) is correct.
- A base answer giving a second garment a color it does not have ("blue jeans" for beige chinos, "black
  t-shirt" for a grey tee under track pants, "blue pants" for charcoal trousers) is contradiction.
- Count: "a pair of blue plaid shorts" for a pack of three boxers is contradiction.
- Adapter texts: a text that repeats a sentence or word of its template is loop; one that stops mid-sentence
  without repeating is cut (even where it invents trousers under a flat-lay tee); the template returned for the
  material question is restated, although it is also cut. Where the template misnames the garment (a track jacket
  as a sweater "with knitting fabric") the misnaming is labelled contradiction, hit_limit kept. The VQA adapter's
  "pink, the shirt is pink, the pants are grey, ..." run on without repeating is cut.
- A base answer stopping on a dangling word ("it is made of", "... elastic waistband and") is cut, without
  hit_limit. "the shirt", "the details of the shirt", "the pants have details", "it is made of fabric", "they are
  short" and "i don't know" are non_answer; a material question answered with the garment's name and color ("a black
  shirt"), "the jeans are jeans" and "the boxers are boxers" are restated.
- Base answers that go on into "Question: ... Answer: ..." are leak even where the first words are right.
- "she", "her" or "a woman" for the male model is pronoun, whatever else the text says.
- A whole outfit of one color (black shirt with black jeans) with "black" for both pieces is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")

BLIND_394 = [
    # photo: model in a navy round-neck tee with light blue jeans, white wall, front view.
    case(
        "X394-001",
        caption("a man in a blue t-shirt and jeans standing against a white wall"),
        wearing("a blue t-shirt and jeans", who="he"),
        color_top("navy"),
        color_bottom("blue"),
        D.pattern("solid"),
        D.sleeve_length("short sleeves"),
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive long-sleeve casual shirt with one chest pocket, beige chinos, grey backdrop.
    case(
        "X394-002",
        caption("a man in a green shirt and khaki pants"),
        wearing("a green shirt and blue jeans", "contradiction", who="he"),
        color_of("shirt", "grey", "contradiction"),
        describe("shirt", "the shirt is green with a pocket on the chest and a button down collar", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="HIGHLANDER Men Olive Green Slim Fit Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model cropped at the waist, light-blue mid-rise jeans, hem of a white tee, white sneakers, white studio.
    case(
        "X394-003",
        caption("a man in blue jeans and white sneakers"),
        wearing("jeans and a white t-shirt", who="he"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "the jeans have a zipper and a button"),
        D.garment_type("jeans"),
        D.material("cotton and leather", "unsupported"),
        title="Levis Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a black round-neck tee with a big white skull print on the chest, white sheet.
    # caption: caption adapter
    case(
        "X394-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and jeans", "unsupported"),
        D.color("black"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a white skull on it"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey melange crew-neck sweatshirt and black jeans, red brick wall behind.
    case(
        "X394-005",
        caption("a man in a grey sweatshirt standing in front of a brick wall"),
        wearing("a grey sweatshirt and blue jeans", "contradiction", who="he"),
        color_top("red", "contradiction"),
        D.garment_type("sweatshirt"),
        D.material("wool", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Jack & Jones Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a white chikankari-embroidered kurta with white pyjamas, beige wall.
    case(
        "X394-006",
        caption("a man in a white kurta standing in front of a beige wall"),
        wearing("she is wearing a white kurta and pajamas", "pronoun", who="he"),
        describe("kurta", "a white kurta with embroidery on the front"),
        is_a("kurta", "yes"),
        D.material("cotton"),
        D.details("the kurta has embroidery and a", "cut"),
        title="Manyavar Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: model in a blue washed denim jacket open over a white tee, black jeans, grey backdrop.
    # caption, wearing, material: caption adapter
    case(
        "X394-007",
        caption(
            "The gentleman wears a long-sleeve denim jacket with solid color patterns. The denim jacket is with denim "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve denim jacket with solid color patterns. The denim jacket is with denim",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve denim jacket with solid color patterns. The denim jacket is with",
            "restated",
            hit_limit=True,
        ),
        D.color("blue"),
        is_a("jacket", "yes"),
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model cropped at the chest, black track pants with white side stripes, grey tee hem, white sneakers.
    case(
        "X394-008",
        caption("a man in black pants and white sneakers"),
        wearing("black track pants and a black t-shirt", "contradiction", who="he"),
        color_of("pants", "grey", "other_garment_color"),
        D.pattern("striped"),
        D.details("the pants have white stripes on the side"),
        D.garment_type("track pants"),
        title="HRX by Hrithik Roshan Men Black Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a maroon polo tee and beige chinos, white backdrop, front view.
    # wearing, color of the shirt, material: VQA adapter
    case(
        "X394-009",
        caption("a man in a red polo shirt and khaki pants"),
        wearing(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "beige"),
        D.garment_type("tshirt"),
        D.sleeve_length("short sleeves"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Maroon Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay of khaki chino shorts, no belt, on a wooden floor.
    case(
        "X394-010",
        caption("a pair of khaki shorts on a wooden floor"),
        D.color("brown", "contradiction"),
        details("shorts", "they are short", "non_answer"),
        D.material("cotton"),
        D.description("a pair of khaki shorts with pockets and a belt", "unsupported"),
        D.garment_type("shorts"),
        title="Nautica Men Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: long-haired model in a plain mustard straight kurta with a mandarin collar, white churidar, in front of
    # a wall of pink paper flowers.
    case(
        "X394-011",
        caption("a woman in a yellow kurta standing in front of a flower wall", "pronoun"),
        wearing("a yellow kurta and white pants", who="he"),
        color_of("kurta", "yellow"),
        D.sleeve_length("long sleeves"),
        describe("kurta", "a yellow kurta with a mandarin collar and buttons"),
        D.pattern("floral", "contradiction"),
        title="Anouk Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a white formal shirt (no chest pocket) tucked into navy trousers, black belt, grey backdrop.
    case(
        "X394-012",
        caption("a man in a white shirt and blue pants"),
        wearing(
            "a white shirt and blue pants Question: what is the color of the shirt? Answer: white", "leak", who="he"
        ),
        color_of("shirt", "white"),
        color_of("pants", "navy"),
        describe("shirt", "a white shirt with long sleeves and a pocket", "unsupported"),
        D.garment_type("shirt"),
        title="Peter England Men White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a white tee with black text printed on the chest and black jeans, light grey backdrop.
    # color of the shirt, color of the jeans: free generation (base), stored open
    case(
        "X394-013",
        caption("a man in a white t-shirt and black jeans"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe("shirt", "a grey shirt with a black print", "contradiction"),
        D.pattern("printed"),
        wearing("a white shirt and black jeans and a watch", "unsupported", who="he"),
        title="WROGN Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of two black briefs, black waistbands with white "JOCKEY" lettering, white sheet.
    case(
        "X394-014",
        caption("two pairs of black underwear on a white background"),
        D.garment_type("briefs"),
        D.color("black"),
        D.wearing("underwear"),
        D.material("cotton"),
        D.description("a pair of black briefs with a grey waistband", "unsupported"),
        title="Jockey Men Pack of 2 Black Cotton Briefs",
        category="Briefs",
        color="Black",
        gender="Men",
    ),
    # photo: model in a blue-and-white checked long-sleeve shirt, buttoned, black jeans, white backdrop.
    # shirt details: caption adapter
    case(
        "X394-015",
        caption("a man wearing a blue and white checkered shirt"),
        wearing("a blue and white checkered shirt and blue jeans", "contradiction", who="he"),
        D.pattern("checked"),
        details(
            "shirt",
            "His shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. His shirt has "
            "long sleeves, cotton fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", "contradiction"),
        D.sleeve_length("long sleeves"),
        title="Mast & Harbour Men Blue Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a light blue formal shirt tucked into charcoal grey trousers, brown belt, white studio.
    case(
        "X394-016",
        caption("a man in a blue shirt and blue pants", "contradiction"),
        color_of("pants", "blue", "other_garment_color"),
        D.material("it is made of", "cut"),
        details("pants", "the pants have details", "non_answer"),
        D.garment_type("trousers"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a black hooded padded jacket, zipped, black joggers, white studio; plain hood, no fur, bare hands.
    case(
        "X394-017",
        caption("a man in a black puffer jacket with a hood and gloves", "unsupported"),
        wearing("a black jacket and black pants", who="he"),
        D.material("polyester"),
        D.details("the jacket has a hood and a zipper and a fur collar", "unsupported"),
        D.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        D.pattern("striped", "contradiction"),
        title="Puma Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a black tee and light blue slim jeans, white backdrop, full length.
    # color of the jeans, wearing: VQA adapter
    case(
        "X394-018",
        caption("a man in a black t-shirt and blue jeans"),
        color_of(
            "jeans",
            "light blue, light blue, light blue, light blue, light blue, light blue, light blue, light",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        title="Urbano Fashion Men Light Blue Slim Fit Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in a red hooded sweatshirt with a Spider-Man print on the chest and a kangaroo pocket, blue
    # jeans, white backdrop.
    case(
        "X394-019",
        caption("a man wearing a red hoodie with a spiderman logo"),
        D.color("red"),
        D.pattern("graphic"),
        D.garment_type("hoodie"),
        wearing("a red hoodie and blue jeans", who="he"),
        D.description("a red hoodie with a spiderman print on the front and a kangaroo pocket"),
        title="The Souled Store Men Red Marvel Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a black tee and grey sports shorts with a drawstring, gym with dumbbell racks behind.
    case(
        "X394-020",
        caption("a man in a black shirt and grey shorts standing in a gym"),
        color_of("shorts", "black", "other_garment_color"),
        wearing("she is wearing a black shirt and grey shorts", "pronoun", who="he"),
        details("shorts", "the shorts have a drawstring and", "cut"),
        D.garment_type("shorts"),
        title="Puma Men Grey Solid Sports Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a sleeveless navy woven-design Nehru jacket over a cream long-sleeve kurta and white pyjamas,
    # beige backdrop.
    case(
        "X394-021",
        caption("a man in a blue vest and white kurta"),
        wearing("a blue jacket and a white kurta", who="he"),
        D.color("cream", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("jacket"),
        is_a("kurta", "yes", "contradiction"),
        title="Manyavar Men Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in olive cargo trousers with side pockets and a white tee, white backdrop.
    # caption, material: caption adapter
    case(
        "X394-022",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        details("trousers", "the trousers have pockets on the sides"),
        color_of("pants", "green"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        title="Roadster Men Olive Green Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a navy-and-white horizontally striped short-sleeve tee, no pocket, beige shorts, on a beach.
    case(
        "X394-023",
        caption("a man in a striped shirt standing on the beach"),
        D.pattern("striped"),
        color_top("white", "contradiction"),
        wearing("a striped shirt and shorts", who="he"),
        D.description("a navy and white striped t-shirt with a pocket", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Tommy Hilfiger Men Navy & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model all in black: black slim casual shirt and black jeans, white studio.
    case(
        "X394-024",
        caption("a man in a black shirt and black pants"),
        color_of("shirt", "black"),
        color_of("jeans", "black"),
        wearing("a black shirt and black jeans", who="he"),
        describe("shirt", "the shirt", "non_answer"),
        D.material("a black shirt", "restated"),
        title="Jack & Jones Men Black Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a blue denim shirt worn open over a white tee, two flap chest pockets, beige chinos.
    case(
        "X394-025",
        caption("a man in a denim shirt and white t-shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("shirt"),
        is_a("jacket", "yes", "contradiction"),
        D.material("denim"),
        describe("shirt", "a blue denim shirt with two chest pockets"),
        title="Levis Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a navy track jacket with three white stripes down the sleeves, zipped, navy track pants.
    # caption: caption adapter
    case(
        "X394-026",
        caption(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue track suit", who="he"),
        D.color("blue"),
        D.garment_type("sweatshirt", "contradiction"),
        D.pattern("striped"),
        D.material("i don't know", "non_answer"),
        title="Adidas Men Navy Blue Track Jacket with 3 Stripes",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a rust printed straight kurta (small white floral motifs), white churidar, wooden door behind.
    case(
        "X394-027",
        caption("a man in an orange kurta standing in front of a wooden door"),
        color_of("kurta", "orange"),
        D.pattern("solid", "contradiction"),
        is_a("kurta", "yes"),
        wearing(
            "an orange kurta and white pants Question: what is the color of the pants? Answer: white", "leak", who="he"
        ),
        D.details("the kurta has a floral print and buttons on the neck"),
        D.material("silk", "unsupported"),
        title="Vishudh Men Rust Orange Printed Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: flat-lay of plain black skinny jeans, folded once, on a grey concrete floor.
    case(
        "X394-028",
        caption("a pair of black jeans on a grey background"),
        D.color("grey", "contradiction"),
        D.garment_type("jeans"),
        D.description("black jeans with a ripped knee", "unsupported"),
        D.wearing("jeans"),
        D.material("the jeans are jeans", "restated"),
        title="Flying Machine Men Black Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in a pink formal shirt and grey trousers, open-plan office behind, no watch visible.
    # color of the shirt: VQA adapter
    case(
        "X394-029",
        caption("a man in a pink shirt and grey pants standing in an office"),
        color_of(
            "shirt",
            "pink, the shirt is pink, the pants are grey, the shoes are black, the belt is black, the watch is",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        wearing("a pink shirt and black pants", "contradiction", who="he"),
        color_of("pants", "grey"),
        D.sleeve_length("long sleeves"),
        describe("shirt", "a pink shirt with a white collar", "contradiction"),
        title="Van Heusen Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a white sleeveless innerwear vest and grey shorts, white backdrop.
    case(
        "X394-030",
        caption("a man in a white tank top"),
        D.sleeve_length("short sleeves", "contradiction"),
        wearing("a white tank top and grey shorts", who="he"),
        D.garment_type("tshirt", "contradiction"),
        D.material("cotton"),
        is_a("vest", "yes"),
        title="Jockey Men White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: model in a mustard hooded windcheater, zipped, black jeans, grey backdrop.
    case(
        "X394-031",
        caption("a man in a yellow jacket and black jeans"),
        D.color("yellow"),
        D.details(
            "the jacket has a hood and a zipper Question: what is the material of the jacket? Answer: nylon", "leak"
        ),
        D.material("nylon"),
        D.pattern("solid"),
        D.garment_type("sweatshirt", "contradiction"),
        wearing("she is wearing a yellow jacket", "pronoun", who="he"),
        title="Campus Sutra Men Mustard Yellow Solid Nylon Windcheater Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a white short-sleeve shirt with a blue floral print, beige shorts, by a swimming pool; no glasses.
    case(
        "X394-032",
        caption("a man in a floral shirt standing by a pool"),
        D.pattern("floral"),
        D.color("blue", "contradiction"),
        wearing("a floral shirt and khaki shorts and sunglasses", "unsupported", who="he"),
        D.sleeve_length("short sleeves"),
        describe("shirt", "a white shirt with blue flowers"),
        title="Highlander Men White & Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of beige chinos on a white sheet.
    # caption, description: caption adapter
    case(
        "X394-033",
        caption(
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. The "
            "trousers are of long length. The trousers are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.color("beige"),
        D.description(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans", "contradiction"),
        D.material("cotton"),
        title="Allen Solly Men Beige Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a teal hooded sweatshirt and grey joggers, white backdrop.
    case(
        "X394-034",
        caption("a man in a green hoodie and grey pants"),
        wearing("a blue hoodie and gray sweatpants", who="he"),
        color_top("green"),
        color_of("pants", "green", "contradiction"),
        D.garment_type("sweatshirt"),
        D.details("the hoodie has a zipper and a pocket", "unsupported"),
        title="Roadster Men Teal Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a cream silk-blend kurta with gold buttons, white churidar, dark green curtains behind.
    case(
        "X394-035",
        caption("a man in a white kurta and pants"),
        wearing("a white kurta with churidar", who="he"),
        D.garment_type("kurta"),
        D.material("silk"),
        describe("kurta", "she is wearing a cream kurta with golden buttons", "pronoun"),
        D.color("green", "contradiction"),
        title="Sojanya Men Cream Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a white shirt tucked into dark blue jeans with a brown belt, front view, grey backdrop.
    case(
        "X394-036",
        caption("a man in a white shirt and blue jeans with a brown belt"),
        color_of("jeans", "navy"),
        details("jeans", "the jeans have a brown belt and a leather patch on the back", "unsupported"),
        D.garment_type("jeans"),
        wearing("a white shirt, jeans and a belt", who="he"),
        D.color("white", "other_garment_color"),
        title="Wrangler Men Dark Blue Regular Fit Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # photo: flat-lay of navy track pants with an elastic waistband and drawstring, white sheet.
    case(
        "X394-037",
        caption("a pair of blue sweatpants"),
        D.description("a pair of navy blue track pants with an elastic waistband and", "cut"),
        D.color("navy"),
        D.material("it is made of fabric", "non_answer"),
        D.garment_type("jeans", "contradiction"),
        title="Proline Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive nylon bomber jacket open over a black tee, blue jeans, concrete wall.
    # jacket details: caption adapter
    case(
        "X394-038",
        caption("a man in a green bomber jacket and jeans"),
        D.color("black", "other_garment_color"),
        color_of("jacket", "green"),
        D.details(
            "His jacket has long sleeves, polyester fabric and pure color patterns. It has a stand neckline. His "
            "jacket has long sleeves, polyester",
            "loop",
            hit_limit=True,
        ),
        wearing("a jacket and a t-shirt", who="he"),
        D.material("leather", "unsupported"),
        title="Roadster Men Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of three boxers side by side (blue checked, grey with small dots, navy with small anchors),
    # white sheet.
    case(
        "X394-039",
        caption("three pairs of boxer shorts on a white background"),
        D.garment_type("shorts"),
        D.description("a pair of blue plaid shorts", "contradiction"),
        D.material("cotton"),
        D.wearing("boxers"),
        D.details("the boxers are boxers", "restated"),
        title="XYXX Men Pack of 3 Printed Pure Cotton Boxers",
        category="Boxers",
        color="Assorted",
        gender="Men",
    ),
    # photo: model in a maroon long-sleeve casual shirt and beige trousers, white studio.
    case(
        "X394-040",
        caption("a man in a maroon shirt and beige pants"),
        describe("shirt", "a maroon shirt with a collar and buttons"),
        details("shirt", "the details of the shirt", "non_answer"),
        color_of("pants", "maroon", "contradiction"),
        D.sleeve_length("long sleeves"),
        wearing("a red shirt and white pants", "contradiction", who="he"),
        title="Dennis Lingo Men Maroon Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a yellow tee with black typography print, black joggers, white backdrop.
    # caption: caption adapter
    case(
        "X394-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("graphic"),
        wearing("a yellow t-shirt with words on it and black pants", who="he"),
        D.material("it is made of cotton and", "cut"),
        color_bottom("yellow", "contradiction"),
        title="Bewakoof Men Yellow Typography Printed T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # photo: model in a navy single-breasted two-button blazer over a white shirt, grey trousers, no pocket square.
    case(
        "X394-042",
        caption("a man in a blue suit and white shirt"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        wearing("a blue blazer, white shirt and grey pants", who="he"),
        D.material("wool", "unsupported"),
        D.details("the blazer has two buttons and a pocket square", "unsupported"),
        title="Louis Philippe Men Navy Blue Solid Single-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a grey melange training tee and black shorts, gym floor with a bench behind.
    case(
        "X394-043",
        caption("a man in a grey shirt and black shorts in a gym"),
        D.wearing("a grey shirt and black shorts Question: what is the man doing? Answer: working out", "leak"),
        D.garment_type("tshirt"),
        D.material("polyester"),
        D.sleeve_length("short sleeves"),
        D.color("black", "other_garment_color"),
        title="Puma Men Grey Melange dryCELL Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in washed blue denim shorts and a white linen shirt, outdoors, trees behind.
    # color of the shorts, wearing: VQA adapter
    case(
        "X394-044",
        caption("a man in a white shirt and blue shorts"),
        color_of(
            "shorts",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            who="he",
            hit_limit=True,
        ),
        details("shorts", "they are short", "non_answer"),
        D.garment_type("shorts"),
        D.color("green", "contradiction"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a charcoal crew-neck sweatshirt with ribbed cuffs and hem, white sheet.
    case(
        "X394-045",
        caption("a grey sweatshirt on a white background"),
        D.garment_type("sweater", "contradiction"),
        D.color("black", "contradiction"),
        D.description("a dark grey sweatshirt with ribbed cuffs"),
        D.wearing("a grey sweatshirt and jeans", "unsupported"),
        D.pattern("solid"),
        title="Mufti Men Charcoal Grey Crew Neck Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in an indigo long-sleeve cotton shirt, mandarin collar, no pocket, white pants, white backdrop.
    # caption: caption adapter
    case(
        "X394-046",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. He wears a "
            "long trousers. The trousers are with cotton fabric and pure color patterns. His shirt has long sleeves, "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        wearing("a blue shirt and white pants", who="he"),
        D.material("cotton"),
        describe("shirt", "a dark blue shirt with a mandarin collar and a chest pocket", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Fabindia Men Indigo Cotton Mandarin Collar Shirt",
        category="Shirts",
        color="Indigo",
        gender="Men",
    ),
]
