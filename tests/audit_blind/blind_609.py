"""BLIND_609 (46 products; old Myntra feed, caption then extractive QA): written blind in the fifty-second session.
Measured blind at d3eed92 (the session's thirteenth rules): 93/117 failures found (79.5%) and 5/171 correct texts
flagged (2.9%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed of the shared photos' kind: short seller titles ("Puma Men
Black T-shirt", "Jealous 21 Women Blue Jeans"), article_type as the category, base_colour as the color, gender Men,
Women, Boys or Girls. Product shots on a white backdrop, almost always worn by a model who also wears other clothes
(a tee under an open jacket, leggings under a kurta, jeans under a shirt). Men's, women's and kids' apparel. A few
rows lack the color, category or gender column, as the real feed does.

Who wrote what: the caption comes from BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens. After one epoch it still mixes
the untuned base's habits (short web-style captions: "a man wearing a grey polo shirt and blue jeans", "what to
wear with grey sweatpants men") with the DeepFashion template ("The lady wears a long denim pants with pure color
patterns. The t-shirt is with cotton fabric."). About a third of captions never emit the newline and run to the
50-token limit: they end cut mid-phrase, fall into a loop, or wander into OPT's "Question: ... Answer: ..." format.
Open answers (wearing, describe, details, the open color question, material) are spans extracted from that caption
by timpal0l/mdeberta-v3-base-squad2, so every open answer is a substring of its caption or empty (no answer);
they inherit the caption's loops, cuts, leaks and wrong colors, and the QA model also picks the wrong span (the
jeans' color for the t-shirt, "pure color" for a color question, "The man is wearing" for what he wears). Closed
answers (garment_type, color, pattern, sleeve length, neckline, "Is this a ...?") are enrich's --engine reference
picking one candidate value from the image and prompt: never loops or cuts, but picks the other garment's color, the
print's color, or the wrong type/pattern/sleeve.

Labeling conventions and judgement calls:
- The photo line is the truth. Where the seller's column is wrong (a "Brown" tee that is maroon in the photo) an
  answer matching the photo is correct.
- Color shades count as the same color when they fall in the same coarse group (navy answered "blue", teal answered
  "blue" or "green" as the title says, cream answered "white", maroon answered "red").
- A product given the color of another worn garment is other_garment_color (caption or answer). A non-product
  garment given the product's color ("red" for the black pants under a red tee), a print's color given as the
  garment color, a wrong type, pattern or sleeve length are contradiction.
- A single side stripe or piping on track pants does not make them striped; pattern questions on those are avoided.
- Fabric: "cotton" for a jersey tee or plain shirt, "denim" for jeans, "leather" for a leather-look jacket, "knitting"
  for a knit sweater are accepted. A fabric the photo contradicts (denim for chinos, silk for a matte cotton kurta,
  chiffon for a heavy pleated skirt) and details not in the photo (pocket, hood, ring, ball, backpack, ripped knees,
  a watch) are unsupported.
- One label per text: a caption that ran to the limit and ends mid-phrase is cut; one that repeats is loop even
  though it was also cut; one that wandered into "Question: ... Answer:" is leak.
- hit_limit=True only on captions that ran to 50 tokens; an extracted span ending at the caption's cut is labeled
  cut without hit_limit (the QA model did not run out of tokens).
- Empty spans, "pure color"/"solid color" for a color question, the garment's own name for describe/details, or a
  span about something else ("posing for a photo") are non_answer. An informative one-word span ("cotton", "khaki")
  is a correct answer.
- A span that only repeats the question's frame ("The gentleman is wearing", "what to wear with denim shorts") is
  restated, even if it names the garment.
- Pronoun: "he"/"she" (also "He wears") wrong for the row's gender and the person in the photo. A wrong pronoun in
  the caption is labeled pronoun on the caption; spans that do not carry the pronoun are judged on their own.
- A two-color stripe: naming either stripe color would be correct; the wrong ones here name another garment.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_609 = [
    # photo: man in a black crew-neck t-shirt with a white Puma cat logo on the chest, mid-blue jeans, white backdrop,
    # front view. Caption: epoch-1 caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X609-001",
        caption(
            "The man is wearing a short-sleeve black t-shirt with graphic patterns and a crew neckline. He wears "
            "long denim pants. The t-shirt is made of cotton."
        ),
        wearing("a short-sleeve black t-shirt with graphic patterns", who="he"),
        color_of("t-shirt", "black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        title="Puma Men Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in mid-blue skinny jeans, a white sleeveless top tucked in, white sneakers, white backdrop, full
    # length front. Caption adapter looped to the limit; open: extractive QA; closed: reference engine.
    case(
        "X609-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long denim pants with pure color patterns. The lady wears a long denim pants with pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", who="she"),
        color_of("jeans", "white", "other_garment_color"),
        Q.garment_type("jeans"),
        details(
            "jeans",
            "a long denim pants with pure color patterns. The lady wears a long denim pants with pure color patterns",
            "loop",
        ),
        is_a("jeans", "yes", article="a pair of"),
        title="Jealous 21 Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: boy in a navy blue t-shirt with yellow "CHAMPION" lettering across the chest, khaki shorts, white
    # backdrop, front view. Caption: base-style short caption from the adapter; QA extractive; closed reference.
    case(
        "X609-003",
        caption("a young boy wearing a navy blue t-shirt with yellow lettering and khaki shorts"),
        wearing("a navy blue t-shirt with yellow lettering and khaki shorts"),
        Q.color("yellow", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.material("", "non_answer"),
        title="Ant Kids Boys Navy Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man in an olive green long-sleeve casual shirt, sleeves rolled to the elbow, two flap chest pockets,
    # beige chinos, white backdrop, front. Caption adapter ran to the limit and was cut; QA extractive.
    case(
        "X609-004",
        caption(
            "The man is wearing a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and "
            "has a lapel collar. The man wears long trousers with pure color patterns. The shirt has two pockets on "
            "the chest. The shirt",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "solid color", "non_answer", kind="open"),
        Q.color("olive"),
        describe("shirt", "a long-sleeve shirt with solid color patterns"),
        details("shirt", "two pockets on the chest"),
        Q.sleeve_length("long"),
        Q.garment_type("jacket", "contradiction"),
        title="Roadster Men Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a red sleeveless knee-length A-line dress, black heels, white backdrop, full length front.
    # Caption: base-style short caption; QA extractive picked an unrelated span for the details.
    case(
        "X609-005",
        caption("a woman in a red sleeveless dress posing for a photo"),
        wearing("a red sleeveless dress", who="she"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        details("dress", "posing for a photo", "non_answer"),
        Q.pattern("floral", "contradiction"),
        title="Vero Moda Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in dark indigo straight-fit jeans (clean, no rips), a grey melange crew-neck tee, brown leather belt,
    # white backdrop, full front. Caption adapter invented ripped knees; QA took the tee's color for the jeans.
    case(
        "X609-006",
        caption(
            "The man is wearing a short-sleeve grey t-shirt with pure color patterns. The man wears long denim pants "
            "with ripped knees. There is a belt at his waist.",
            "unsupported",
        ),
        wearing("a short-sleeve grey t-shirt with pure color patterns", who="he"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("jeans", "ripped knees", "unsupported"),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a green straight cotton kurta with small white block-printed motifs, three-quarter sleeves,
    # white leggings, white backdrop, front. Caption adapter looped on the leggings; closed answers reference engine.
    case(
        "X609-007",
        caption(
            "The lady is wearing a green kurta with floral print and three-quarter sleeves. She is also wearing white "
            "leggings. She is also wearing white leggings. She is also wearing white leggings. She is also",
            "loop",
            hit_limit=True,
        ),
        wearing("a green kurta with floral print and three-quarter sleeves", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        color_of("kurta", "white", "other_garment_color"),
        title="Fabindia Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: man in grey track pants with a thin white side stripe, a black Nike tee with white swoosh, white
    # backdrop, full front. Caption: base web-style phrase; QA returned that phrase for what he wears.
    case(
        "X609-008",
        caption("what to wear with grey sweatpants men"),
        wearing("what to wear with grey sweatpants", "restated"),
        color_of("pants", "black", "other_garment_color"),
        describe("pants", "grey sweatpants"),
        is_a("track pants", "yes", article="a pair of"),
        Q.garment_type("track pants"),
        title="Nike Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a pink round-neck short-sleeve top with small white polka dots, blue denim shorts, white
    # backdrop, front. Caption adapter stopped on its own but said "He"; the QA gave the shorts the top's color.
    case(
        "X609-009",
        caption(
            "The lady is wearing a short-sleeve pink top with dotted patterns and a round neckline. The top is with "
            "cotton fabric. He wears blue denim shorts.",
            "pronoun",
        ),
        wearing("a short-sleeve pink top with dotted patterns", who="she"),
        Q.pattern("polka dot"),
        Q.color("pink"),
        details("top", "a round neckline"),
        color_of("shorts", "pink", "contradiction", kind="open"),
        title="United Colors of Benetton Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a red-and-navy checked long-sleeve shirt, buttoned, dark blue jeans, white backdrop, front.
    # Caption: DeepFashion template ("lattice" = checks), stopped on its own; closed pattern picked stripes.
    case(
        "X609-010",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel collar. The man wears long denim pants."
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        Q.color("red"),
        Q.pattern("striped", "contradiction"),
        color_of("jeans", "red", "contradiction"),
        Q.garment_type("shirt"),
        Q.material("cotton fabric"),
        title="Wrangler Men Red Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: girl in a white t-shirt with a colorful cartoon cat print, pink cotton shorts, white backdrop, front.
    # Caption adapter repeated its first sentence to the limit; closed color took the shorts' pink.
    case(
        "X609-011",
        caption(
            "A little girl wearing a white t-shirt with a cat print on it and pink shorts. The girl is wearing a "
            "white t-shirt with a cat print on it and pink shorts. The girl is wearing a white",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt with a cat print on it and pink shorts"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("graphic"),
        is_a("t-shirt", "yes"),
        title="Tantra Kids Girls White Printed Tshirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: man in a plain white formal long-sleeve shirt with no pocket, black trousers, black belt, white
    # backdrop, front. Caption invented a chest pocket; QA span for "wearing" is only the frame.
    case(
        "X609-012",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel collar and a pocket on the chest. The gentleman wears long trousers.",
            "unsupported",
        ),
        wearing("The gentleman is wearing", "restated", who="he"),
        Q.color("white"),
        color_of("pants", "white", "contradiction"),
        details("shirt", "a lapel collar and a pocket on the chest", "unsupported"),
        Q.sleeve_length("long"),
        title="Peter England Men White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black knee-length pleated skirt of heavy opaque fabric, a white long-sleeve blouse tucked in,
    # white backdrop, front. Caption template called the skirt chiffon.
    case(
        "X609-013",
        caption(
            "The lady is wearing a long-sleeve blouse with pure color patterns. The lady wears a medium-length skirt. "
            "The skirt is with chiffon fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a long-sleeve blouse with pure color patterns", who="she"),
        Q.garment_type("skirt"),
        Q.color("black"),
        Q.material("chiffon", "unsupported"),
        describe("skirt", "a medium-length skirt"),
        Q.pattern("striped", "contradiction"),
        title="Jealous 21 Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy crew-neck sweatshirt with a small white Puma logo, grey jogger pants, white backdrop, front.
    # Caption: short base-style; closed engine picked the joggers' grey and "sweater".
    case(
        "X609-014",
        caption("a man wearing a blue sweatshirt and grey pants"),
        wearing("a blue sweatshirt and grey pants", who="he"),
        color_of("sweatshirt", "grey", "other_garment_color"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long"),
        describe("sweatshirt", "sweatshirt", "non_answer"),
        title="Puma Men Navy Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a rust-orange straight matte cotton kurta with gold foil print on the yoke, three-quarter
    # sleeves, cream palazzo pants, white backdrop, front. Caption called it silk.
    case(
        "X609-015",
        caption("a woman wearing an orange silk kurta with gold print and white pants", "unsupported"),
        wearing("an orange silk kurta with gold print and white pants", "unsupported", who="she"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("kurta", "gold print"),
        Q.material("silk", "unsupported"),
        title="Biba Women Orange Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: man in charcoal grey slim cotton chinos, a light blue shirt tucked in, brown belt and shoes, white
    # backdrop, front. Caption called the chinos denim; the closed engine said jeans and gave them the shirt's blue.
    case(
        "X609-016",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and long pants. The pants are with denim "
            "fabric and pure color patterns. There is a belt at his waist.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with pure color patterns and long pants", who="he"),
        Q.garment_type("jeans", "contradiction"),
        color_of("pants", "blue", "other_garment_color"),
        Q.material("denim fabric", "unsupported"),
        title="Spykar Men Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a fitted lavender short-sleeve sports tee with a small white swoosh, black leggings, white
    # backdrop, front. Caption adapter wrote "He" for the woman.
    case(
        "X609-017",
        caption(
            "The person is wearing a short-sleeve purple t-shirt with pure color patterns. He wears black leggings.",
            "pronoun",
        ),
        wearing("a short-sleeve purple t-shirt with pure color patterns", who="she"),
        Q.color("purple"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        title="Nike Women Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in light-wash faded blue jeans with whiskering, a white round-neck tee, white backdrop, front.
    # Caption adapter ran into the Question/Answer format and answered "white"; QA extracted from that.
    case(
        "X609-018",
        caption(
            "The man is wearing a short-sleeve t-shirt with pure color patterns. The man wears long denim pants. "
            "Question: What is the color of the jeans? Answer: white. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve t-shirt with pure color patterns", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "Question: What is the color of the jeans? Answer: white", "leak"),
        Q.color("light blue"),
        is_a("jeans", "yes", article="a pair of"),
        title="Flying Machine Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: boy in khaki cotton cargo shorts with side pockets, a white-and-blue horizontally striped tee, white
    # backdrop, front. Closed pattern took the tee's stripes; QA details span is the garment's name.
    case(
        "X609-019",
        caption("a young boy wearing a striped shirt and khaki shorts"),
        wearing("a striped shirt and khaki shorts"),
        color_of("shorts", "khaki", kind="open"),
        Q.pattern("striped", "contradiction"),
        details("shorts", "shorts", "non_answer"),
        Q.garment_type("shorts"),
        title="Gini and Jony Boys Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: woman in an open black faux-leather biker jacket with silver zips, a white tee under it, blue jeans,
    # white backdrop, front. Closed color picked the white tee.
    case(
        "X609-020",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "The lady wears a short-sleeve t-shirt inside. The lady wears a long denim pants."
        ),
        wearing("a long-sleeve jacket with pure color patterns", who="she"),
        color_of("jacket", "white", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.material("leather fabric"),
        describe("jacket", "a long-sleeve jacket with pure color patterns"),
        title="Roadster Women Black Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a lavender formal long-sleeve shirt, navy trousers, white backdrop, front, no tie.
    # Caption adapter looped on the collar to the limit; QA details took the loop.
    case(
        "X609-021",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "shirt has a lapel collar. The shirt has a lapel collar. The shirt has a lapel collar. The shirt has a",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue", "other_garment_color"),
        details("shirt", "a lapel collar. The shirt has a lapel collar. The shirt has a lapel collar", "loop"),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        Q.sleeve_length("long"),
        title="Arrow Men Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: woman in light blue denim shorts with frayed hems, a black crop top, white backdrop, front.
    # Caption: base web-style phrase; closed color took the crop top.
    case(
        "X609-022",
        caption("what to wear with denim shorts"),
        wearing("what to wear with denim shorts", "restated", who="she"),
        Q.color("black", "other_garment_color"),
        details("shorts", "denim shorts"),
        Q.garment_type("shorts"),
        is_a("shorts", "yes", article="a pair of"),
        title="Only Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a maroon V-neck cable-knit sweater over a white collared shirt, beige trousers, white backdrop,
    # front. Caption adapter ran to the limit and was cut; QA took "pure color" for the color.
    case(
        "X609-023",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a v-shape neckline. The man wears long trousers with pure color patterns. The sweater has long "
            "sleeves and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", who="he"),
        Q.color("maroon"),
        color_of("sweater", "pure color", "non_answer", kind="open"),
        Q.material("knitting fabric"),
        neckline("v-neck"),
        Q.pattern("striped", "contradiction"),
        title="Monte Carlo Men Maroon Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: boy in an orange t-shirt with a Chhota Bheem cartoon print, blue denim shorts, white backdrop, front.
    # Caption adapter wrote "She" for the boy.
    case(
        "X609-024",
        caption("A kid wearing an orange t-shirt with a cartoon print. She is wearing blue shorts.", "pronoun"),
        wearing("an orange t-shirt with a cartoon print"),
        Q.color("orange"),
        Q.pattern("graphic"),
        describe("t-shirt", "an orange t-shirt with a cartoon print"),
        Q.sleeve_length("short"),
        color_of("shorts", "orange", "contradiction", kind="open"),
        title="Chhota Bheem Kids Boys Orange Tshirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: man in a plain cream long cotton kurta with a mandarin collar and wooden buttons, white churidar, white
    # backdrop, front. Caption adapter wrote "She" for the man; closed pattern said embroidered.
    case(
        "X609-025",
        caption(
            "The man is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and has "
            "a stand collar. She wears white pants.",
            "pronoun",
        ),
        wearing("a long-sleeve kurta with pure color patterns", who="he"),
        Q.garment_type("kurta"),
        Q.color("cream"),
        color_of("kurta", "white", kind="open"),
        details("kurta", "a stand collar"),
        Q.pattern("embroidered", "contradiction"),
        title="Fabindia Men Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in dark navy skinny jeans, a mustard yellow short-sleeve round-neck top, white backdrop, front.
    # Caption adapter cut at the limit; QA span for "wearing" is the frame only.
    case(
        "X609-026",
        caption(
            "The woman is wearing a yellow top and blue jeans. The top has a round neckline and short sleeves. The "
            "jeans are of long length and they are made of denim. The woman is wearing a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("The woman is wearing", "restated", who="she"),
        color_of("jeans", "yellow", "other_garment_color"),
        Q.garment_type("jeans"),
        details("jeans", "The woman is wearing a pair of", "cut"),
        Q.material("denim"),
        title="Kraus Women Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a grey melange polo t-shirt with a small navy embroidered logo and two-button placket, blue jeans,
    # white backdrop, front. Caption ran on into the QA format; closed color took the jeans.
    case(
        "X609-027",
        caption(
            "a man wearing a grey polo shirt and blue jeans Question: what is the man wearing? Answer: a grey polo "
            "shirt and blue jeans Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a grey polo shirt and blue jeans", who="he"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        is_a("polo shirt", "yes"),
        describe("polo shirt", "Answer: a grey polo shirt", "leak"),
        Q.sleeve_length("short"),
        title="U.S. Polo Assn. Men Grey Melange Polo Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a mustard sleeveless georgette top with a ruffled neckline, white jeans, no jewellery, white
    # backdrop, front. Caption invented a ring; QA gave the top the jeans' white.
    case(
        "X609-028",
        caption(
            "The lady is wearing a sleeveless top with pure color patterns. The top is with chiffon fabric. The lady "
            "wears long denim pants. The pants are white. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a sleeveless top with pure color patterns", who="she"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details("top", "a ring on her finger", "unsupported"),
        title="Globus Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in black matte cotton shorts with a drawstring and a white swoosh, a grey tee, white backdrop,
    # waist-down crop showing the tee's hem. QA took the tee's grey for the shorts and the frame for "wearing".
    case(
        "X609-029",
        caption(
            "The man wears a short-sleeve t-shirt with pure color patterns and a pair of shorts. The shorts are with "
            "cotton fabric and have a drawstring. The t-shirt is grey."
        ),
        wearing("The man wears", "restated", who="he"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.material("cotton fabric"),
        Q.garment_type("shorts"),
        title="Nike Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white midi dress with a blue and pink floral print, short flutter sleeves, brown sandals,
    # white backdrop, full length. Caption cut at the limit; closed sleeve said long.
    case(
        "X609-030",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. It is with chiffon fabric and it has a round "
            "neckline. The dress is of long length. The lady wears a pair of sandals and there is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.garment_type("dress"),
        describe("dress", "a short-sleeve dress with floral patterns"),
        Q.sleeve_length("long", "contradiction"),
        details("dress", "an accessory on her", "cut"),
        title="Mango Women Floral Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: man in a plain beige long-sleeve slim shirt, dark brown trousers, white backdrop, front.
    # Caption ran on into the QA format; closed color took the trousers; QA found no details.
    case(
        "X609-031",
        caption(
            "a man wearing a beige shirt and brown pants. Question: what color is the shirt? Answer: beige. Question: "
            "what color are the pants? Answer: brown. Question: what",
            "leak",
            hit_limit=True,
        ),
        wearing("a beige shirt and brown pants", who="he"),
        color_of("shirt", "brown", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.pattern("checked", "contradiction"),
        details("shirt", "", "non_answer"),
        title="Basics Men Beige Slim Fit Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in light grey formal trousers, a black short-sleeve blouse, black heels, white backdrop, front.
    # Caption adapter looped on "black pants"; QA's open color took the loop's black.
    case(
        "X609-032",
        caption(
            "The woman is wearing a black blouse and grey pants. She is wearing black pants. She is wearing black "
            "pants. She is wearing black pants. She is wearing black pants. She is wearing black pants. She is",
            "loop",
            hit_limit=True,
        ),
        wearing("a black blouse and grey pants", who="she"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("trousers"),
        is_a("trousers", "yes", article="a pair of"),
        title="Jealous 21 Women Grey Trousers",
        category="Trousers",
        color="Grey",
    ),
    # photo: man in a mustard-and-white horizontally striped polo t-shirt with a navy collar, khaki chinos, white
    # backdrop, front. Caption adapter wrote "She" for the man; closed color took the chinos.
    case(
        "X609-033",
        caption(
            "She is wearing a short-sleeve polo shirt with stripe patterns. The shirt is with cotton fabric. She "
            "wears long trousers.",
            "pronoun",
        ),
        wearing("a short-sleeve polo shirt with stripe patterns", who="he"),
        Q.pattern("striped"),
        Q.color("khaki", "other_garment_color"),
        Q.garment_type("t-shirt"),
        details("shirt", "stripe patterns"),
        Q.material("cotton"),
        title="Classic Polo Men Stripes Yellow Polo T-Shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in black track pants with a pink side stripe, a pink racerback tank top, white backdrop, front.
    # Caption: base web-style phrase; closed color took the tank top.
    case(
        "X609-034",
        caption("how to wear black track pants for women"),
        wearing("how to wear black track pants", "restated", who="she"),
        Q.color("pink", "other_garment_color"),
        describe("pants", "black track pants"),
        Q.garment_type("track pants"),
        title="Puma Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in an unbuttoned mid-blue denim jacket without a hood, a white tee under it, black jeans, white
    # backdrop, front. Caption invented a hood.
    case(
        "X609-035",
        caption(
            "The man is wearing a long-sleeve denim jacket with pure color patterns. He wears a short-sleeve t-shirt "
            "inside and long black pants. The jacket has a hood.",
            "unsupported",
        ),
        wearing("a long-sleeve denim jacket with pure color patterns", who="he"),
        color_of("jacket", "white", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.material("denim"),
        details("jacket", "a hood", "unsupported"),
        Q.sleeve_length("long"),
        title="Wrangler Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a maroon t-shirt (the seller calls it brown) with a white slogan graphic, blue jeans, white
    # backdrop, front. Answers follow the photo; QA span for "wearing" is the frame.
    case(
        "X609-036",
        caption("a man wearing a maroon t-shirt with a graphic print"),
        wearing("a man wearing", "restated", who="he"),
        Q.color("maroon"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        is_a("shirt", "no"),
        details("t-shirt", "a graphic print"),
        Q.material("", "non_answer"),
        title="Tantra Men Printed Brown T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: girl in a pink tiered cotton skirt with white polka dots, a plain white tee, a pink hairband, white
    # backdrop, front. Caption cut at the limit; closed color took the tee.
    case(
        "X609-037",
        caption(
            "The girl is wearing a short-sleeve t-shirt with pure color patterns and a round neckline. She wears a "
            "medium-length skirt with dotted patterns. The skirt is with cotton fabric. There is an accessory in her "
            "hair and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve t-shirt with pure color patterns and a round neckline"),
        Q.color("white", "other_garment_color"),
        Q.pattern("polka dot"),
        Q.garment_type("skirt"),
        describe("skirt", "a medium-length skirt with dotted patterns"),
        details("skirt", "an accessory in her hair and the", "cut"),
        title="Doodle Girls Pink Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: back view of a man in black slim jeans with stitched back pockets, a grey hoodie, white backdrop.
    # Caption gave the jeans the hoodie's grey; the open color answer followed it.
    case(
        "X609-038",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The man wears long denim pants. The pants are grey.",
            "other_garment_color",
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns", who="he"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        details("jeans", "long denim pants"),
        Q.garment_type("jeans"),
        title="Numero Uno Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a teal straight kurta with a white geometric print, three-quarter sleeves, white leggings, white
    # backdrop, front. Caption ran into the Question/Answer format; QA details took the leaked answer.
    case(
        "X609-039",
        caption(
            "The woman is wearing a blue kurta with white print and white leggings. Question: What is she wearing? "
            "Answer: A blue kurta with white print and white leggings. Question: What is she",
            "leak",
            hit_limit=True,
        ),
        wearing("A blue kurta with white print and white leggings", who="she"),
        Q.color("teal"),
        details("kurta", "Answer: A blue kurta with white print", "leak"),
        Q.pattern("printed"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long", "contradiction"),
        title="W Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a red crew-neck t-shirt with a white Puma logo, black track pants, white backdrop, empty hands,
    # front. Caption invented a basketball; closed engine gave the pants the tee's red.
    case(
        "X609-040",
        caption("a man in a red puma t-shirt and black pants holding a basketball", "unsupported"),
        wearing("a red puma t-shirt and black pants", who="he"),
        Q.color("red"),
        Q.sleeve_length("short"),
        color_of("pants", "red", "contradiction"),
        describe("t-shirt", "a red puma t-shirt"),
        details("t-shirt", "holding a basketball", "unsupported"),
        title="Puma Men Red T-shirt",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a white long-sleeve shirt with thin blue vertical pinstripes, sleeves rolled, black trousers,
    # white backdrop, front. Caption template said plain ("pure color"); the span carries it.
    case(
        "X609-041",
        caption(
            "She is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. She wears "
            "long trousers.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="she"),
        Q.pattern("striped"),
        Q.color("white"),
        Q.garment_type("shirt"),
        title="Allen Solly Women White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: boy in mid-blue jeans, a red hooded sweatshirt, white sneakers, no bag, white backdrop, front.
    # Caption invented a backpack; closed type and yes/no went to the hoodie.
    case(
        "X609-042",
        caption("a young boy wearing a red hoodie and blue jeans with a backpack", "unsupported"),
        wearing("a red hoodie and blue jeans"),
        color_of("jeans", "blue"),
        Q.garment_type("sweatshirt", "contradiction"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        describe("jeans", "blue jeans"),
        title="Ant Kids Boys Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in a tan suede bomber jacket zipped halfway, a black tee, dark jeans, bare wrists, white backdrop,
    # front. Caption invented a wrist accessory; QA found no color in the caption.
    case(
        "X609-043",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. He "
            "wears a short-sleeve t-shirt inside. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve jacket with pure color patterns", who="he"),
        Q.color("brown"),
        color_of("jacket", "", "non_answer", kind="open"),
        Q.garment_type("jacket"),
        title="Lee Men Brown Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a grey melange hooded sweatshirt with a kangaroo pocket, black leggings, white backdrop, front.
    # Caption said "The man" and "He"; closed color took the leggings.
    case(
        "X609-044",
        caption(
            "The man is wearing a long-sleeve hoodie with pure color patterns. He wears black leggings. The hoodie "
            "has a pocket.",
            "pronoun",
        ),
        wearing("a long-sleeve hoodie with pure color patterns", who="she"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        details("sweatshirt", "a pocket"),
        Q.sleeve_length("long"),
        title="Puma Women Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a teal t-shirt with a yellow Mr. Men character print, blue jeans, white backdrop, front.
    # Caption cut at the limit; QA details ended at the cut; closed sleeve said long.
    case(
        "X609-045",
        caption(
            "The man is wearing a short-sleeve t-shirt with graphic patterns. The t-shirt is with cotton fabric. It "
            "has a round neckline. The man wears long denim pants with pure color patterns. The t-shirt is green and "
            "the",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve t-shirt with graphic patterns", who="he"),
        Q.color("green"),
        Q.pattern("graphic"),
        color_of("t-shirt", "green", kind="open"),
        details("t-shirt", "The t-shirt is green and the", "cut"),
        Q.sleeve_length("long", "contradiction"),
        title="Mr. Men Men Green Tshirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in black skinny jeans, a white long-sleeve shirt knotted at the waist, white backdrop, front.
    # Caption adapter looped on the jeans sentence to the limit; QA details took the loop. No color column in the feed.
    case(
        "X609-046",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. She "
            "wears a long denim pants with pure color patterns. She wears a long denim pants with pure color "
            "patterns. She wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        Q.color("black"),
        details(
            "jeans",
            "a long denim pants with pure color patterns. She wears a long denim pants with pure color patterns",
            "loop",
        ),
        Q.garment_type("jeans"),
        is_a("jeans", "yes", article="a pair of"),
        title="Jealous 21 Women Black Jeans",
        category="Jeans",
        gender="Women",
    ),
]
