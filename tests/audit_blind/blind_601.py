"""BLIND_601 (46 products; Myntra kids' wear and packs, caption ep.3 + VQA): written blind in the fifty-second session.
Measured blind at 7104e1f (the session's tenth rules): 106/125 failures found (84.8%) and 6/178 correct texts flagged
(3.4%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' catalog (Boys and Girls): t-shirts, polos, shirts, jeans, shorts, track pants, dresses,
tops, sweatshirts and jackets, some sold as packs of 2 or 3. Single items are worn by a child on a white studio
backdrop, front view, with the rest of an outfit (jeans, shorts, leggings, a tee under a jacket). Packs are flat-lays
on white with no child, except one pack shown on two boys side by side.

Who wrote what: every caption is the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption), which
writes the DeepFashion-MultiModal template ("The gentleman wears a short-sleeve T-shirt with graphic patterns. The
T-shirt is with cotton fabric.") with patterns and fabrics but no hue names, calls boys "gentleman" and girls "lady",
assumes one worn garment, and, having no end token, often loops or runs to the 50-token limit. Every answer is the
VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): open answers are free generation (30 tokens, greedy), short and
lower-case when they stop, otherwise looping, cut, or running on into a new `Question: ... Answer:` turn; closed
answers are enrich's reference engine picking one candidate, so they never loop or stop short.

Labeling conventions and judgement calls:
- Captions calling a boy "gentleman" or a girl "lady" are correct (the template's words); a wrong-sex word or pronoun
  ("lady", "her" for a boy; "his", "he" for a girl) is a pronoun failure.
- A caption or answer that describes a pack of 2 or 3 as one garment, or counts it wrong, is a contradiction (the
  title says the count). A caption's "the person/lady wears" on a flat-lay is not labeled on its own.
- For a pack, a closed color or pattern that fits one of the pack's pieces is correct, even where the seller says
  Multi or names another piece's color; for a striped garment either stripe color would be correct.
- A wrong color that belongs to another visible garment (the shorts given the tee's color) is other_garment_color
  when an open answer or caption says it; a wrong color that nothing in the photo has is a contradiction. Wrong
  closed answers (type, sleeve, pattern, color, count) are contradictions.
- A fabric the photo cannot show or that plainly does not fit (leather puffer, silk polo, denim tee) is unsupported;
  a garment's usual fabric (cotton tee, denim jeans, fleece sweatshirt, nylon rain jacket) is correct. Invented
  parts (hood, belt, zip pockets, a print on the back in a front view, a bag) are unsupported.
- A text that repeats a phrase until the limit is a loop, even where its first part is also wrong; a text that stops
  mid-phrase at the limit is a cut. Both have hit_limit=True. A leak that ran on into a new question to the limit
  also has hit_limit=True and is labeled leak.
- A one-word or yes/no answer to an open describe/details question is a non_answer; "the girl is wearing clothes"
  is a non_answer; giving the question's own words back ("the shorts details", "describe the sweatshirt") is
  restated.
- Seller colors are taken at group level: Maroon answered red, Lavender purple, Peach pink, Olive green, Teal blue,
  Grey Melange grey, Mustard yellow, Off White white, Beige/Khaki the same are all correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

gt = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
slv = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material
pieces = question("pieces", "How many pieces are in the pack?", "open")

BLIND_601 = [
    # photo: boy in a navy t-shirt with a green dinosaur and "ROAR" print, khaki shorts, white backdrop, front view;
    # caption adapter ep.3 wrote the caption, VQA adapter the answers
    case(
        "X601-001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a navy blue t-shirt with a dinosaur print and khaki shorts", who="the boy"),
        color_of("t-shirt", "navy blue"),
        color_of("shorts", "navy blue", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "a dinosaur print on the front, a round neck and short sleeves, a zip pocket on the chest",
            "unsupported",
        ),
        gt("t-shirt"),
        pat("printed"),
        title="Gini and Jony Boys Printed Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless pink fit-and-flare dress with small white and yellow flowers, a thin silver bracelet,
    # white sandals, white backdrop, front view; no belt, no bow, back not visible; caption ep.3, VQA answers
    case(
        "X601-002",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on his wrist.",
            "pronoun",
        ),
        wearing("a pink floral dress and white sandals", who="the girl"),
        col("pink"),
        slv("long", "contradiction"),
        describe(
            "dress",
            "a pink dress with a floral print and a flared skirt, the skirt is flared and the skirt is "
            "flared and the skirt is flared and the skirt is",
            "loop",
            hit_limit=True,
        ),
        details("dress", "a bow at the waist and a zipper at the back", "unsupported"),
        is_a("dress", "yes"),
        title="YK Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay of three plain crew-neck t-shirts, grey melange, navy and red, on white, no child;
    # caption ep.3, VQA answers
    case(
        "X601-003",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline.",
            "contradiction",
        ),
        pieces("three"),
        col("grey"),
        describe("t-shirts", "three plain t-shirts in grey, navy blue and red with round necks and short sleeves"),
        details("t-shirts", "the t-shirt details", "restated"),
        pat("solid"),
        mat("cotton"),
        title="HELLCAT Boys Pack of 3 Solid T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a plain yellow top with ruffled short sleeves and blue denim shorts, white backdrop, front view;
    # caption ep.3, VQA answers
    case(
        "X601-004",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a denim shorts. The shorts are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow top and denim shorts", who="the girl"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        col("yellow"),
        details("top", "ruffled short sleeves and a round neck"),
        gt("shirt", "contradiction"),
        title="Cherry Crumble Girls Yellow Solid Top",
        category="Tops",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in mid-wash blue slim five-pocket jeans with light whiskering and a button fly, plain white t-shirt
    # worn untucked, white sneakers, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "solid color patterns."
        ),
        color_of("jeans", "blue"),
        color_of("t-shirt", "white"),
        color_of("t-shirt", "grey", "contradiction", kind="open"),
        describe("jeans", "blue slim fit jeans with a drawstring waist and cargo pockets", "unsupported"),
        details(
            "jeans",
            "whiskering on the thighs, a button fly, and a white t-shirt with a white t-shirt with a "
            "white t-shirt with a white t-shirt with a white",
            "loop",
            hit_limit=True,
        ),
        wearing("white t-shirt and blue jeans", who="the boy"),
        mat("denim"),
        title="Palm Tree Boys Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in black track pants with two white side stripes and a grey melange t-shirt, white backdrop, front;
    # caption ep.3, VQA answers
    case(
        "X601-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants the lady wears is of long length. The pants are with cotton fabric and "
            "striped patterns."
        ),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        col("black"),
        details("pants", "white stripes down the sides and an elastic waistband"),
        is_a("track pants", "yes", article="a pair of"),
        wearing(
            "a grey t-shirt and black track pants Question: What is the color of the pants? Answer: black "
            "Question: What is the color",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Nike Girls Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a red and navy checked full-sleeve shirt, buttoned, one plain patch pocket without flap, blue
    # jeans, no watch or band, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-007",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("shirt", "red"),
        describe("shirt", "a red and blue plaid shirt with a collar and buttons down the front"),
        slv("short", "contradiction"),
        details(
            "shirt",
            "a chest pocket with a flap, a button-down collar, and a chest pocket with a flap, a "
            "button-down collar, and a chest pocket with a flap, a",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        pat("checked"),
        title="UTH by Roadster Boys Red & Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a lavender crew-neck sweatshirt with a white unicorn print, no hood, white leggings, white
    # backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-008",
        caption(
            "The lady is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        col("purple"),
        wearing("a purple sweatshirt with a unicorn on it and white leggings", who="the girl"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        describe(
            "sweatshirt", "a lavender sweatshirt with a unicorn print, a hood and a kangaroo pocket", "unsupported"
        ),
        mat("cotton fleece"),
        title="Kids Ville Girls Lavender Unicorn Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in olive cargo shorts with flap side pockets and a black t-shirt with a small white print, white
    # backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        col("olive"),
        details("shorts", "the shorts details", "restated"),
        describe("shorts", "olive green cargo shorts with flap pockets on the sides"),
        wearing("black t-shirt and green shorts", who="the boy"),
        gt("shorts"),
        title="Allen Solly Junior Boys Olive Green Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in an open light-blue denim jacket with two buttoned chest pockets over a white printed t-shirt and
    # black leggings, white backdrop, front view; no hood; caption ep.3, VQA answers
    case(
        "X601-010",
        caption(
            "This lady is wearing a long-sleeve shirt with graphic patterns and an outer clothing with denim fabric. "
            "The outer clothing is with pure color patterns. The lady wears a long leggings."
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        col("blue"),
        describe("jacket", "a light blue denim jacket with buttons and two chest pockets"),
        details("jacket", "a fur-lined hood and a zip front", "unsupported"),
        wearing("he is wearing a denim jacket over a white t-shirt with black leggings", "pronoun", who="she"),
        slv("long"),
        title="Pepe Jeans Girls Blue Denim Jacket",
        category="Jackets",
        gender="Girls",
    ),
    # photo: flat-lay of two track pants, black and navy, elastic waist with drawcord, ribbed ankle cuffs, on white,
    # no child; caption ep.3, VQA answers; the feed row has no color
    case(
        "X601-011",
        caption(
            "The pants the person wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The person wears a long pants. The pants are with cotton fabric and pure color patterns. The person "
            "wears a long pants. The pants",
            "loop",
            hit_limit=True,
        ),
        pieces("2"),
        col("black"),
        describe("track pants", "a pair of black track pants with an elastic waist", "contradiction"),
        details("track pants", "elastic waist with drawstring and ribbed cuffs at the ankles"),
        is_a("jeans", "no", article="a pair of"),
        title="Jockey Boys Pack of 2 Track Pants",
        category="Track Pants",
        gender="Boys",
    ),
    # photo: girl in a sleeveless white top with a red strawberry print and red cotton shorts, white backdrop, front;
    # caption ep.3, VQA answers
    case(
        "X601-012",
        caption(
            "The lady wears a tank top with graphic patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a shorts."
        ),
        color_of("top", "red", "other_garment_color", kind="open"),
        col("white"),
        pat("printed"),
        wearing("a white sleeveless top with strawberries and red shorts", who="the girl"),
        describe("top", "white", "non_answer"),
        slv("sleeveless"),
        title="Mothercare Girls White Printed Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy with shoulder-length hair in a grey melange full-zip hoodie with two side pockets and black joggers,
    # white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-013",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        col("grey"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        details("sweatshirt", "a hood with drawstrings, a full zip and two side pockets"),
        wearing("he is wearing a grey hoodie and black joggers", who="the boy"),
        mat("leather", "unsupported"),
        title="Mast & Harbour Boys Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in washed blue denim shorts with frayed hems and a pink t-shirt with a small print, white backdrop,
    # front view; caption ep.3, VQA answers
    case(
        "X601-014",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a denim shorts. The shorts are with denim fabric and solid color patterns."
        ),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        color_of("t-shirt", "pink"),
        details("shorts", "frayed hem and faded wash, with a button and zip fly"),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: blue denim shorts with frayed hem Question: "
            "Describe the shorts. Answer: blue denim",
            "leak",
            hit_limit=True,
        ),
        gt("skirt", "contradiction"),
        title="Allen Solly Junior Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a white full-sleeve formal shirt, buttoned and tucked, navy trousers, no watch, white backdrop,
    # front view; caption ep.3, VQA answers
    case(
        "X601-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("shirt", "a white button-down shirt with long sleeves and a pointed collar"),
        details("shirt", "buttons", "non_answer"),
        slv("long"),
        title="Jack & Jones Junior Boys White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of two short-sleeve girls' tops, one mint green and white striped, one plain coral, on white,
    # no trims or bows; caption ep.3, VQA answers
    case(
        "X601-016",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline.",
            "contradiction",
        ),
        pieces("2"),
        col("green"),
        pat("striped"),
        describe("tops", "two short-sleeve tops, one with green and white stripes and one in plain coral"),
        details(
            "tops",
            "the tops have lace trims on the sleeves and a bow on the neckline and a bow on the neckline "
            "and a bow on the neckline and a bow on the",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Girls Pack of 2 Tops",
        category="Tops",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a maroon pique polo t-shirt with white collar tipping and a two-button placket, beige chino shorts,
    # white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-017",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a three-point shorts."
        ),
        col("red"),
        color_of("shorts", "beige"),
        color_of("t-shirt", "brown", "contradiction", kind="open"),
        details("t-shirt", "a polo collar with white tipping and a two-button placket"),
        is_a("polo shirt", "no", "contradiction"),
        mat("pique cotton"),
        wearing(
            "a maroon polo t-shirt and beige shorts Question: What is the boy wearing? Answer: a maroon polo "
            "t-shirt and beige",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Kids Boys Maroon Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a navy A-line dress with white polka dots, short puff sleeves, no belt, white shoes, white
    # backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-018",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton "
            "fabric. It has a round neckline. The lady",
            "loop",
            hit_limit=True,
        ),
        col("navy blue"),
        pat("printed"),
        describe("dress", "a navy dress with white polka dots, short puff sleeves and a belt", "unsupported"),
        wearing("a blue polka dot dress and white shoes", who="the girl"),
        details("dress", "white polka dots all over, a round neck and puff sleeves"),
        mat("velvet", "unsupported"),
        title="Nauti Nati Girls Navy Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in black slim jeans with ripped knees and a yellow t-shirt with a small chest print, white backdrop,
    # front view; caption ep.3, VQA answers
    case(
        "X601-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long denim pants. The pants are with denim fabric and pure "
            "color patterns."
        ),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        col("black"),
        details("jeans", "ripped knees and a slim fit"),
        describe(
            "jeans",
            "black jeans with ripped knees, a black jeans with ripped knees, a black jeans with ripped "
            "knees, a black jeans with ripped knees, a",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow t-shirt and black jeans", "pronoun", who="he"),
        gt("jeans"),
        title="Mango Kids Boys Black Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a shiny red quilted puffer jacket, zipped, hood without fur, high collar, two zip pockets, blue
    # jeans, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-020",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with leather fabric. The lady "
            "wears a long denim pants.",
            "unsupported",
        ),
        col("red"),
        describe("jacket", "a red puffer jacket with a hood and a zip front"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        details(
            "jacket",
            "quilted panels, a zip front with a high collar and two zip pockets at the sides of the "
            "jacket and a hood that is attached to the",
            "cut",
            hit_limit=True,
        ),
        wearing("a red jacket and blue jeans", who="she"),
        title="Okane Girls Red Solid Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of three plain shorts, grey, navy and olive, elastic waist with drawcord, no logos, on white;
    # caption ep.3, VQA answers
    case(
        "X601-021",
        caption(
            "The shorts are with cotton fabric and pure color patterns. The person wears a three-point shorts. The "
            "shorts are with cotton fabric and pure color patterns. The person wears a three-point shorts. The shorts "
            "are with cotton",
            "loop",
            hit_limit=True,
        ),
        pieces("3"),
        describe("shorts", "three pairs of plain shorts in grey, navy and green with elastic waistbands"),
        col("blue"),
        details("shorts", "an embroidered logo on the left leg and a drawstring waist", "unsupported"),
        gt("shorts"),
        mat("wool", "unsupported"),
        title="Marks & Spencer Boys Pack of 3 Shorts",
        category="Shorts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a peach round-neck t-shirt with "Dream Big" in silver glitter letters, blue jeggings, white
    # backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-022",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        col("pink"),
        color_of("t-shirt", "light pink", kind="open"),
        details(
            "t-shirt", "glitter text that says dream big Question: What is the color of the pants? Answer: blue", "leak"
        ),
        wearing("a peach t-shirt with dream big written on it and blue jeans", who="the girl"),
        slv("short"),
        describe("t-shirt", "a peach t-shirt with dream big printed in glitter letters and a v-neck", "contradiction"),
        title="Cherokee Girls Peach Printed T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a blue denim full-sleeve shirt, buttoned, two flap chest pockets with snaps, black jeans, white
    # backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        details("shirt", "two flap pockets on the chest and snap buttons"),
        mat("denim"),
        describe(
            "shirt",
            "a blue denim shirt with a collar and buttons and a blue denim shirt with a collar and "
            "buttons and a blue denim shirt with a collar and",
            "loop",
            hit_limit=True,
        ),
        title="Gini and Jony Boys Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: short-haired girl in a mustard yellow sweatshirt with "hello" embroidered in white, black jeans, white
    # backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-024",
        caption(
            "This gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long denim pants.",
            "pronoun",
        ),
        col("yellow"),
        color_of("sweatshirt", "yellow", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        details("sweatshirt", "yes", "non_answer"),
        wearing("a yellow sweatshirt with hello on it and black jeans", who="the girl"),
        title="Pantaloons Junior Girls Mustard Yellow Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in navy track pants with white side piping and a small Puma logo on the thigh, plain elastic hems,
    # red t-shirt, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("pants", "navy blue"),
        color_of("t-shirt", "red"),
        describe("pants", "navy blue track pants with white piping down the sides and a puma logo on the thigh"),
        details("pants", "an elastic waistband with drawstring, zipped pockets and zipped ankle cuffs", "unsupported"),
        wearing(
            "a red t-shirt and navy track pants Question: What is the color of the t-shirt? Answer: red "
            "Question: What is",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        gt("track pants"),
        title="Puma Boys Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a blue and white striped long-sleeve shirt with sleeves rolled up and buttoned tabs, white
    # shorts, white sneakers, hair in a ponytail, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-026",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        pat("checked", "contradiction"),
        col("blue"),
        color_of("shorts", "blue and white striped", "other_garment_color", kind="open"),
        details("shirt", "rolled-up sleeves with button tabs and a chest pocket"),
        describe(
            "shirt",
            "a blue and white striped shirt with a collar and rolled-up sleeves, she is wearing white "
            "shorts and white sneakers with her hair in a",
            "cut",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Girls Blue & White Striped Shirt",
        category="Shirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat-lay of two polo t-shirts, one white and one navy, two-button placket, on white; caption ep.3, VQA
    # answers; the feed row has no color
    case(
        "X601-027",
        caption(
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt is with "
            "cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt is with cotton fabric and "
            "pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        pieces("2"),
        col("white"),
        describe(
            "t-shirts",
            "a white polo shirt and a navy blue polo shirt, both with short sleeves and a two-button placket",
        ),
        details("t-shirts", "the details of the t-shirts", "restated"),
        is_a("polo shirt", "yes"),
        mat("silk", "unsupported"),
        title="Max Boys Pack of 2 Polo T-shirts",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: girl in a teal fit-and-flare party dress, lace bodice with cap sleeves, layered net skirt, a satin bow at
    # the waist, white backdrop, front view (back not visible); caption ep.3, VQA answers
    case(
        "X601-028",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline.",
            "contradiction",
        ),
        slv("short"),
        col("blue"),
        color_of("dress", "turquoise", kind="open"),
        describe("dress", "a teal dress with a lace bodice and a flared net skirt"),
        details(
            "dress",
            "lace on the top, a satin bow at the waist and a zip at the back and a zip at the back and a "
            "zip at the back and a zip at",
            "loop",
            hit_limit=True,
        ),
        title="Peppermint Girls Teal Lace Fit and Flare Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in an orange t-shirt with a Chhota Bheem cartoon and yellow lettering, blue denim shorts, white
    # backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-029",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a denim shorts. The shorts are with denim fabric and solid "
            "color patterns."
        ),
        col("orange"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        describe("t-shirt", "an orange t-shirt with a cartoon of a boy on the front"),
        pat("solid", "contradiction"),
        wearing("an orange t-shirt", who="he"),
        details(
            "t-shirt",
            "a cartoon print of chhota bheem on the front with the words chhota bheem written in "
            "yellow letters above it and a round neck with ribbed trim and",
            "cut",
            hit_limit=True,
        ),
        title="Chhota Bheem Kids Boys Orange Printed T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in grey melange joggers with pink side panels and cuffed ankles, a plain pink t-shirt, white
    # backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants the lady wears is of long length. The pants are with cotton fabric and color "
            "block patterns."
        ),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        col("grey"),
        details("pants", "pink stripes on the sides, an elastic waist and cuffed ankles"),
        wearing("the girl is wearing clothes", "non_answer", who="the girl"),
        is_a("track pants", "yes", article="a pair of"),
        gt("jeans", "contradiction"),
        title="Kids Ville Girls Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Girls",
    ),
    # photo: boy in an open olive bomber jacket with ribbed collar, cuffs and hem, orange lining, a zip pocket on the
    # left sleeve, over a white t-shirt, blue jeans, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-031",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The "
            "gentleman wears a short-sleeve T-shirt inside. The gentleman wears a long denim pants. The pants are with "
            "denim fabric and pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        col("green"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        describe("jacket", "an olive bomber jacket with ribbed cuffs and hem, a zip front and orange lining"),
        details("jacket", "a sleeve pocket with zip on the left arm and ribbed collar"),
        wearing("a green jacket, a white t-shirt and jeans", who="the boy"),
        is_a("jacket", "no", "contradiction"),
        mat("polyester"),
        title="Nautinati Boys Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Boys",
    ),
    # photo: flat-lay of three girls' t-shirts, white with a heart, pink with a butterfly, yellow with a rainbow, on
    # white; caption ep.3, VQA answers
    case(
        "X601-032",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline.",
            "contradiction",
        ),
        pieces("three"),
        describe("t-shirts", "three printed t-shirts in white, pink and yellow with short sleeves"),
        col("pink"),
        pat("printed"),
        details(
            "t-shirts",
            "heart print, butterfly print and rainbow print on the front, and heart print, butterfly "
            "print and rainbow print on the front, and heart",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        title="Marks & Spencer Girls Pack of 3 Printed T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a red crew-neck sweatshirt with a white "NYC 87" print, ribbed cuffs and hem, no hood, black track
    # pants, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-033",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        col("red"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        details("sweatshirt", "nyc 87 print on the front, ribbed cuffs and hem"),
        describe("sweatshirt", "a red sweatshirt with a hood", "unsupported"),
        gt("sweater", "contradiction"),
        title="Pepe Jeans Boys Red Printed Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in blue skinny jeans with small flower embroidery on the front pockets and left thigh, a white
    # long-sleeve top, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and floral patterns."
        ),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        col("blue"),
        details("jeans", "flower embroidery on the front pockets and on the thigh"),
        wearing("he is wearing a white top and blue jeans", "pronoun", who="she"),
        describe("jeans", "blue skinny jeans with embroidered flowers"),
        title="Allen Solly Junior Girls Blue Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in navy shorts with an all-over small white anchor print, drawcord waist, side pockets, and a plain
    # white t-shirt, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "graphic patterns."
        ),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        color_of("t-shirt", "white"),
        pat("printed"),
        details(
            "shorts", "anchor print, an elastic waist with a drawstring, and a zip fly with a button", "unsupported"
        ),
        describe(
            "shorts",
            "the shorts are navy blue shorts with a white anchor print and the shorts are navy blue "
            "shorts with a white anchor print and the shorts are",
            "loop",
            hit_limit=True,
        ),
        title="Gini and Jony Boys Navy Blue Printed Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink hooded sweatshirt with cat ears on the hood and a kangaroo pocket, grey leggings, pink
    # shoes, no bag, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-036",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        col("pink"),
        details("sweatshirt", "a hood with cat ears and a kangaroo pocket"),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        wearing(
            "a pink hoodie with cat ears, grey leggings and pink shoes and a pink bag", "unsupported", who="the girl"
        ),
        mat("fleece"),
        describe("sweatshirt", "describe the sweatshirt", "restated"),
        title="Hopscotch Girls Pink Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a black t-shirt with "GAME ON" printed in neon green and a small Puma logo on the chest, grey
    # shorts, white backdrop, front view (back not visible); caption ep.3, VQA answers
    case(
        "X601-037",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        color_of("t-shirt", "black"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "a black t-shirt with game on printed in neon green"),
        details(
            "t-shirt",
            "game on print on the front and a puma logo on the sleeve and a puma logo on the back",
            "unsupported",
        ),
        wearing("black t-shirt and grey shorts", who="the boy"),
        title="Puma Boys Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in an off-white cotton top with white thread embroidery on the yoke, three-quarter sleeves, no
    # sequins, blue jeans, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-038",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        col("white"),
        slv("three-quarter"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details("top", "embroidery on the yoke and sequins around the neckline", "unsupported"),
        describe("top", "an off-white top with white embroidery on the chest and three-quarter sleeves"),
        title="Biba Girls Off-White Embroidered Top",
        category="Tops",
        color="Off White",
        gender="Girls",
    ),
    # photo: two boys side by side, one in a green and white striped t-shirt, one in a plain white t-shirt, both in
    # blue jeans, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long denim pants.",
            "contradiction",
        ),
        wearing("one boy in a green striped t-shirt and one in a white t-shirt, both in jeans", who="the boys"),
        col("green"),
        pat("striped"),
        color_of("t-shirts", "blue", "other_garment_color", kind="open"),
        details(
            "t-shirts",
            "the t-shirts details are the t-shirts details are the t-shirts details are the t-shirts "
            "details are the t-shirts details are the",
            "loop",
            hit_limit=True,
        ),
        title="Jack & Jones Junior Boys Pack of 2 T-shirts",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a black short-sleeve top with a red sequinned heart, round neck, plain short sleeves, a white
    # skirt, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-040",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        col("black"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        details("top", "a sequin heart on the front"),
        describe(
            "top",
            "a black top with a red sequined heart on the front, a peter pan collar and puff sleeves",
            "unsupported",
        ),
        wearing("Answer: a black top and a white skirt", "leak", who="the girl"),
        gt("top"),
        title="Lilpicks Girls Black Embellished Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in beige chino shorts with turn-up hems and a brown belt with a silver buckle, a blue and white
    # checked short-sleeve shirt, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-041",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        col("beige"),
        color_of("shorts", "khaki", kind="open"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        details("shorts", "a brown belt with a silver buckle and turn-up hems"),
        describe("shorts", "shorts", "non_answer"),
        title="Palm Tree Boys Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in light blue mom-fit jeans with rolled hems and a plain high waist (no tie belt), a yellow and white
    # striped t-shirt, white sneakers, hands in her pockets, white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-042",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        col("blue"),
        color_of("t-shirt", "yellow and white striped", kind="open"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        details("jeans", "rolled-up hems, a high waist and a paper-bag waist with a tie belt", "unsupported"),
        wearing(
            "the girl is wearing a yellow striped t-shirt and light blue jeans with rolled up hems and white "
            "sneakers and she has her hands in the pockets of the",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        title="Mango Kids Girls Light Blue Mom Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a navy hooded rain jacket, zipped, reflective strips on the arms, grey pants, white backdrop,
    # front view; caption ep.3, VQA answers
    case(
        "X601-043",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with other fabric. The "
            "gentleman wears a long pants."
        ),
        col("navy blue"),
        describe("jacket", "a navy blue rain jacket with a hood and reflective strips on the arms"),
        details(
            "jacket",
            "a full zip front with a storm flap and velcro tabs, a hood with a drawcord toggle, "
            "reflective strips on the arms and two zip pockets at the",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        wearing("she is wearing a blue raincoat with a hood and grey pants", "pronoun", who="the boy"),
        mat("nylon"),
        title="Wildcraft Kids Boys Navy Blue Hooded Rain Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of two girls' track pants, one pink and one navy, elastic waistbands, cuffed ankles, on white;
    # caption ep.3, VQA answers
    case(
        "X601-044",
        caption(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "long pants. The pants are with cotton fabric and pure color patterns. The lady wears a long pants. The "
            "pants",
            "loop",
            hit_limit=True,
        ),
        pieces("one", "contradiction"),
        col("pink"),
        describe(
            "track pants",
            "two pairs of track pants, one pink and one navy blue, with elastic waistbands and cuffed ankles",
        ),
        details(
            "track pants",
            "Answer: elastic waistband and cuffed ankles Question: What are the track pants "
            "details? Answer: elastic waistband and cuffed ankles Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("track pants", "yes", article="a pair of"),
        title="YK Girls Pack of 2 Solid Track Pants",
        category="Track Pants",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a green and white checked short-sleeve shirt with a chest pocket and curved hem, khaki shorts,
    # white backdrop, front view; caption ep.3, VQA answers
    case(
        "X601-045",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        col("green"),
        slv("long", "contradiction"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        describe("shirt", "a green and white checked shirt with short sleeves and a button-down collar"),
        details("shirt", "a chest pocket and a curved hem"),
        wearing("what is the boy wearing", "restated", who="the boy"),
        title="Gini and Jony Boys Green Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a white t-shirt with a sequinned rainbow and a cloud, pink cotton shorts, white backdrop, front
    # view; caption ep.3, VQA answers; the feed row has no category
    case(
        "X601-046",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "white"),
        color_of("shorts", "pink"),
        describe("t-shirt", "a white t-shirt with a rainbow made of sequins and a cloud under it"),
        details("t-shirt", "no", "non_answer"),
        mat("denim", "unsupported"),
        pat("striped", "contradiction"),
        title="Hopscotch Girls White Sequinned T-shirt",
        color="White",
        gender="Girls",
    ),
]
