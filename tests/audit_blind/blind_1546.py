"""BLIND_1546 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-sixth
session. Measured blind at b37ad1b (the session's second rules): 61/66 failures found (92.4%) and 15/204 correct
texts flagged (7.4%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, kurta sets, a few clothing sets and a
lehenga), 45 products. The photos are the usual Myntra kids' shots: a child on a plain white or light grey backdrop
wearing the product with other clothes (jeans, leggings, tutus, track pants, sneakers, sunglasses), now and then a flat
lay, a back view, a stool or a toy as a prop. Catalog columns as Myntra exports them: `title`, `category` (the article
type: Tshirts, Shorts, Dresses, Kurta Sets, Clothing Set, Lehenga Choli, Dungarees), `color` (the base colour, with
Myntra's names: Navy Blue, Grey Melange, Off White, Peach, Mustard, Cream), and `gender` (Boys / Girls); a few rows miss
one column, as feeds do.
Who wrote what: every text comes from one system, Salesforce/blip2-opt-2.7b in 8-bit with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, 50 new tokens for the caption, 30 for answers, enrich stopping on the newline.
Captions are asked with an empty prompt of the same adapter, answers with `Question: ... Answer:`. The questionnaire: a
caption, "What is the person wearing?", the closed color question, two or three yes/no garment questions (dress,
t-shirt, pair of shorts; "kurta" or "skirt" swapped in for the ethnic sets and skirts), and on some rows the pattern,
sleeve length or material question. The adapter answers short questions tersely with In-shop class words (tee, blouse,
romper, denim), and most of the time it emits the newline right after; the rest of the time it never stops: it repeats
the answer to the limit or writes the next "Question: ... Answer:" of its training format. Its captions are its weakest
output (VQA-only training): some are a fine base-model caption, many are a bare class word, a yes/no, a leaked question,
or a run-on.
Labeling conventions and judgement calls: the product is the titled garment, not the styling clothes; a color answer
that names the jeans, the shorts or the dupatta worn with a tee or a kurta is other_garment_color, and "yes" to "Is this
a t-shirt?" on a shorts product because the child wears a tee is contradiction (the question is about the product). For
clothing sets (tee with shorts, top with skirt) both garments belong to the product, so "yes" to either is right and
either garment's color is right. A kurta, a kurta set or a lehenga answered "yes" to "Is this a dress?" is
contradiction; "blouse and pants" for a kurta with pyjama is right (the nearest In-shop words); "romper" for a dungaree
is right. Near hues are right (peach called pink, coral called orange, teal called blue, cream called white, maroon
called red), and for a striped or checked two-color garment either color is right. A wrong sleeve length or pattern that
only the photo shows is contradiction. A material the title contradicts or that nothing supports (polyester for a Jockey
cotton short, lace for a schiffli cotton frock) is unsupported; a material the title states is right. A caption that is
only a class word ("dress", "polo shirt") is terse but right; a caption that is only "yes" or "no" is non_answer.
Run-ons are labeled by what went wrong first: a repeated answer is loop, a next question written out is leak (both hit
the limit, but for one short leaked caption that stopped), a description cut at the limit is cut even when the cut part
also invents a detail; a right answer that runs on is still a failure (loop or leak). An empty answer (newline first)
and "clothes" are non_answer. A caption that is only the styling tee's class word ("tee" for a shorts product) is
contradiction. A girl called a boy, or a boy a girl or "she", is pronoun; "she" for a girl is right. About a quarter of
the texts are wrong: the yes/no and one-word questions are what this adapter was trained on, and most of its failures
are run-ons, the styling garment answered for the product, and ethnic wear as a dress.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1546 = [
    # Truth: boy on a white backdrop, navy round-neck half-sleeve tee with a green dinosaur print, grey joggers.
    # All texts: VQA adapter. The shorts answer wrote out its next question.
    case(
        "X1546-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        wearing("tee and pants"),
        Q.color("navy"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        is_a(
            "pair of shorts",
            "no Question: Is this a pair of shorts? Answer: no Question: Is this a pair of shorts? Answer: no",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Truth: girl in a yellow sleeveless fit-and-flare frock with a small white floral print, white sandals.
    # All texts: VQA adapter. The yes to "Is this a dress?" never stopped.
    case(
        "X1546-002",
        caption("dress"),
        wearing("dress"),
        Q.color("yellow"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="YK Girls Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Truth: boy in a plain white tee (not the product) and olive green cargo shorts with side pockets, white sneakers.
    # All texts: VQA adapter. The color answer is the tee's; "yes" to t-shirt is about the styling tee.
    case(
        "X1546-003",
        caption("a little boy wearing a white t-shirt and green shorts"),
        wearing("tee and shorts"),
        Q.color("white", "other_garment_color"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes", "contradiction"),
        is_a("pair of shorts", "yes"),
        gender="Boys",
        title="Gini and Jony Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Truth: girl in a pink short-sleeve top with a butterfly print and white shorts (the set), pink hair band.
    # All texts: VQA adapter. The dress answer wrote the next question of its training format.
    case(
        "X1546-004",
        caption(
            "Question: What cloth is the person wearing? Answer: blouse Question: What is the color of the blouse? "
            "Answer: pink Question: Is this a blouse? Answer: yes Question: What cloth is the person wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("blouse and shorts"),
        Q.color("pink"),
        is_a(
            "dress",
            "no Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes"),
        Q.pattern("graphic"),
        gender="Girls",
        title="Babyhug Girls Pink & White Printed Top with Shorts",
        category="Clothing Set",
        color="Pink",
    ),
    # Truth: boy in a cream knee-length kurta with tonal embroidery at the placket and a maroon churidar, brown
    # mojaris. All texts: VQA adapter. The long kurta read as a dress.
    case(
        "X1546-005",
        caption("a young boy in a white kurta and red pants"),
        wearing("dress", "contradiction"),
        Q.color("white"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "yes"),
        is_a("pair of shorts", "no"),
        gender="Boys",
        title="Manyavar Boys Cream-Coloured Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: flat lay on white: lavender round-neck tee with a sequinned unicorn, nothing else in the shot.
    # All texts: VQA adapter. No jeans anywhere: the wearing answer invents styling for a flat lay.
    case(
        "X1546-006",
        caption("a purple t-shirt with a unicorn on it"),
        wearing("tee with a unicorn on the front and a pair of jeans", "unsupported"),
        Q.color("purple"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        gender="Girls",
        title="Hopscotch Girls Lavender Embellished Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Truth: boy in a white tee with a red racing-car print and navy shorts (the set), standing against a white wall.
    # All texts: VQA adapter. The seller's base colour is White; "blue" is the shorts', but the shorts are part of the
    # set, so it is right under my convention.
    case(
        "X1546-007",
        caption("a boy in a white shirt and blue shorts standing in front of a white wall"),
        wearing(
            "tee and shorts and shorts and shorts and shorts and shorts and shorts and shorts and shorts and shorts "
            "and shorts and shorts and shorts and shorts and",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes"),
        gender="Boys",
        title="max Boys White & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="White",
    ),
    # Truth: girl in a pink ankle-length lehenga with a gold zari border, matching short-sleeve blouse, a sheer pink
    # net dupatta over one shoulder. All texts: VQA adapter. The color answer repeats to the limit.
    case(
        "X1546-008",
        caption("a little girl wearing a pink indian dress"),
        wearing("skirt"),
        Q.color(
            "pink and gold and pink and gold and pink and gold and pink and gold and pink and gold and pink and gold "
            "and pink and gold and pink",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        is_a("skirt", "yes"),
        is_a("t-shirt", "no"),
        gender="Girls",
        title="Aks Kids Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Truth: boy in a red short-sleeve polo tee with a small navy logo, beige chino shorts.
    # All texts: VQA adapter. The color answer loops; the dress answer ("no", right) runs on into the format.
    case(
        "X1546-009",
        caption("polo shirt"),
        wearing("polo shirt and shorts"),
        Q.color(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "dress",
            "no Question: Is this a polo shirt? Answer: yes Question: What is the color of the polo shirt? Answer: red",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Truth: girl in a navy-and-white horizontal striped short-sleeve A-line dress with a red bow at the waist, red
    # shoes. All texts: VQA adapter. "white" for a navy/white stripe is right (two-color convention).
    case(
        "X1546-010",
        caption("a little girl wearing a striped dress"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("striped"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        gender="Girls",
        title="Peppermint Girls Navy Blue & White Striped A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: back view: boy in a grey melange round-neck tee and mid-blue jeans.
    # All texts: VQA adapter. The color answer is the jeans'; the wearing answer loops.
    case(
        "X1546-011",
        caption("the back of a boy wearing a grey t-shirt and jeans"),
        wearing(
            "tee and denim and denim and denim and denim and denim and denim and denim and denim and denim and denim "
            "and denim and denim and denim and",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "no"),
        gender="Boys",
        title="Marks & Spencer Boys Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Truth: girl in a white frilled tank top and light blue washed denim shorts with a frayed hem.
    # All texts: VQA adapter. Category column missing in the feed. "yes" to t-shirt is the styling tank top.
    case(
        "X1546-012",
        caption("a girl in a white top and denim shorts"),
        wearing("tank and denim"),
        Q.color("blue"),
        is_a("dress", "no"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.material("denim"),
        gender="Girls",
        title="Pantaloons Junior Girls Light Blue Washed Denim Shorts",
        color="Blue",
    ),
    # Truth: boy in a mustard yellow mid-thigh kurta and white pyjama, tan mojaris.
    # All texts: VQA adapter. The caption is a leaked question of the VQA format (it stopped on the newline);
    # nothing shows or says silk (a plain cotton-look kurta).
    case(
        "X1546-013",
        caption("Question: What cloth is the person wearing? Answer: blouse", "leak"),
        wearing("blouse and pants"),
        Q.color("yellow"),
        is_a("dress", "no"),
        is_a("kurta", "yes"),
        is_a("pair of shorts", "no"),
        Q.material("silk", "unsupported"),
        gender="Boys",
        title="Sojanya Boys Yellow & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: girl in a white tee with a Minnie Mouse print tucked into a pink tulle tutu skirt, pink ballet flats.
    # All texts: VQA adapter. Tee + tutu read as a dress; the color is the tutu's.
    case(
        "X1546-014",
        caption("a little girl wearing a white t-shirt and a pink tutu"),
        wearing("tee and skirt"),
        Q.color("pink", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "no"),
        gender="Girls",
        title="KidsVille Girls White Minnie Mouse Print Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: flat lay: navy chino shorts with a brown belt-look waistband and turn-up hems.
    # All texts: VQA adapter. The wearing answer describes, invents a white tee, and is cut at 30 tokens.
    case(
        "X1546-015",
        caption("shorts"),
        wearing(
            "a pair of navy blue shorts with a brown belt and a white t-shirt with a blue collar and a pair of brown",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy"),
        is_a("dress", "no"),
        is_a("t-shirt", "no"),
        is_a("pair of shorts", "yes"),
        gender="Boys",
        title="Allen Solly Junior Boys Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Truth: girl in a green straight kurta with a pink floral block print, pink palazzos, silver juttis.
    # All texts: VQA adapter.
    case(
        "X1546-016",
        caption(
            "a little girl wearing a green kurta and pink pants and a green kurta and pink pants and a green kurta "
            "and pink pants and a green kurta and pink pants and a green kurta and pink pants and a",
            "loop",
            hit_limit=True,
        ),
        wearing("blouse and pants"),
        Q.color("green"),
        Q.pattern("floral"),
        is_a(
            "dress",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Biba Girls Green & Pink Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: boy in a mustard tee with "BE COOL" in black letters, black shorts, wearing sunglasses (prop).
    # All texts: VQA adapter. "yes" to shorts is the styling shorts.
    case(
        "X1546-017",
        caption("a boy wearing sunglasses and a yellow t-shirt that says be cool"),
        wearing("graphic tee and shorts"),
        Q.color("yellow"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes", "contradiction"),
        is_a("dress", "no"),
        gender="Boys",
        title="Nauti Nati Boys Mustard Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Truth: girl in a red sleeveless party frock, sequinned bodice, layered net skirt, a big red bow in her hair.
    # All texts: VQA adapter. The frock is sleeveless; the title says net.
    case(
        "X1546-018",
        caption("a little girl in a red dress with a bow in her hair"),
        wearing("dress"),
        Q.color("red"),
        is_a("dress", "yes"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Girls",
        title="Cutecumber Girls Red Embellished Net Fit and Flare Party Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: boy in blue denim shorts-dungarees over a white-and-red striped tee (both in the set), red sneakers.
    # All texts: VQA adapter. The caption calls him a girl.
    case(
        "X1546-019",
        caption("a little girl in overalls and a striped shirt", "pronoun"),
        wearing("romper"),
        Q.color("blue"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "no"),
        gender="Boys",
        title="Hopscotch Boys Blue Denim Dungaree with Striped T-shirt",
        category="Dungarees",
        color="Blue",
    ),
    # Truth: girl in a peach round-neck tee with a small strawberry print and blue denim jeggings.
    # All texts: VQA adapter. "pink" for peach is right (near hue).
    case(
        "X1546-020",
        caption("yes", "non_answer"),
        wearing("tee and denim"),
        Q.color("pink"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "no"),
        gender="Girls",
        title="Mothercare Girls Peach-Coloured Printed Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Truth: boy in a navy silk-blend kurta with a self-design weave and white pyjamas, hands folded.
    # All texts: VQA adapter. The color answer is the pyjama's.
    case(
        "X1546-021",
        caption("a boy in a blue kurta and white pants"),
        wearing("blouse and pants"),
        Q.color("white", "other_garment_color"),
        Q.material("silk"),
        is_a("dress", "no"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Vastramay Boys Navy Blue Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: flat lay: yellow elasticated cotton shorts with a ruffled hem, nothing else in the shot.
    # All texts: VQA adapter. The ruffled hem read as a skirt.
    case(
        "X1546-022",
        caption("a pair of yellow shorts with ruffles on the bottom"),
        wearing("shorts"),
        Q.color("yellow"),
        Q.material("cotton"),
        is_a("pair of shorts", "yes"),
        is_a("skirt", "yes", "contradiction"),
        gender="Girls",
        title="H&M Girls Yellow Cotton Shorts",
        category="Shorts",
        color="Yellow",
    ),
    # Truth: boy in a black tee with a large white cat-logo print and black track pants.
    # All texts: VQA adapter.
    case(
        "X1546-023",
        caption("a boy in a black t-shirt with a white puma logo on it"),
        wearing("tee and pants"),
        Q.color("black"),
        Q.pattern("graphic"),
        is_a(
            "t-shirt",
            "yes Question: Is this a t-shirt? Answer: yes Question: Is this a t-shirt? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "no"),
        gender="Boys",
        title="Puma Boys Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Truth: girl with short hair in a blue-and-white gingham A-line dress, puff sleeves, white Peter Pan collar.
    # All texts: VQA adapter. The caption calls her a boy; the dress answer ("yes", right) runs on.
    case(
        "X1546-024",
        caption("a little boy in a blue and white checkered dress", "pronoun"),
        wearing("dress"),
        Q.color("blue and white"),
        Q.pattern("lattice"),
        is_a(
            "dress",
            "yes Question: What is the color of the dress? Answer: blue Question: Is this a dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Gini and Jony Girls Blue Checked A-Line Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: boy in a white tee with a small red print (styling) and red sports shorts with a white side stripe.
    # All texts: VQA adapter. The color answer is the tee's; the wearing answer (right) runs on.
    case(
        "X1546-025",
        caption("a boy wearing a white t-shirt and red shorts"),
        wearing(
            "tee and shorts Question: What is the color of the shorts? Answer: red Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "no"),
        gender="Boys",
        title="UCB Kids Boys Red Solid Sports Shorts",
        category="Shorts",
        color="Red",
    ),
    # Truth: girl in a mustard short kurti with mirror work, mustard sharara, a green net dupatta around her neck.
    # All texts: VQA adapter. The color answer is the dupatta's; the sharara flare read as a dress.
    case(
        "X1546-026",
        caption("a little girl wearing a yellow outfit and a green scarf"),
        wearing("blouse and pants"),
        Q.color("green", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "yes"),
        is_a("pair of shorts", "no"),
        gender="Girls",
        title="Aarika Girls Mustard Yellow Embroidered Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Truth: boy in a teal short-sleeve hooded tee, hood down, grey shorts.
    # All texts: VQA adapter. The hood made it "not a t-shirt"; "clothes" says nothing.
    case(
        "X1546-027",
        caption("a young boy wearing a blue hoodie and grey shorts"),
        wearing("clothes", "non_answer"),
        Q.color("blue"),
        is_a("t-shirt", "no", "contradiction"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="Status Quo Boys Teal Blue Solid Hooded T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Truth: flat lay: blue tee with a yellow sunflower print and yellow shorts (the set).
    # All texts: VQA adapter. Base colour column missing in the feed.
    case(
        "X1546-028",
        caption("a blue shirt and yellow shorts on a white background"),
        wearing("tee and shorts"),
        Q.color("blue"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes"),
        gender="Girls",
        title="Cherry Crumble Girls Blue & Yellow Printed T-shirt with Shorts",
        category="Clothing Set",
    ),
    # Truth: boy in a white-and-navy breton-striped tee and beige chino shorts.
    # All texts: VQA adapter. The caption is the color question and answer, written out three times.
    case(
        "X1546-029",
        caption(
            "Question: What is the color of the tee? Answer: white Question: What is the color of the tee? Answer: "
            "white Question: What is the color of the tee? Answer: white Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        wearing("tee and shorts"),
        Q.color(
            "white and white and white and white and white and white and white and white and white and white and "
            "white and white and white and white and white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        gender="Boys",
        title="Mango Kids Boys White & Navy Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: girl sitting on a wooden stool (prop) in a coral ankle-length tiered dress with ruffled straps.
    # All texts: VQA adapter. "orange" for coral would be right, but the answer runs on into the format.
    case(
        "X1546-030",
        caption("a little girl sitting on a stool in an orange dress"),
        wearing("dress"),
        Q.color(
            "orange Question: What is the color of the dress? Answer: orange Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="YK Girls Coral Solid Tiered Maxi Dress",
        category="Dresses",
        color="Coral",
    ),
    # Truth: boy in a white kurta and white pyjama under a maroon brocade Nehru jacket (all three in the set).
    # All texts: VQA adapter. "white" is the kurta's, part of the set: right. The material answer never stopped.
    case(
        "X1546-031",
        caption("a young boy in a red vest and white pants"),
        wearing("vest and pants"),
        Q.color("white"),
        Q.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Jashvi Boys White & Maroon Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: girl in a mint green long-sleeve round-neck tee and white leggings.
    # All texts: VQA adapter. The color answer is the leggings'.
    case(
        "X1546-032",
        caption("a little girl wearing a green long sleeved shirt and white pants"),
        wearing("tee and leggings"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        gender="Girls",
        title="Lil Tomatoes Girls Mint Green Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Truth: boy in a black tee with a white skateboard print (styling) and light-wash denim shorts.
    # All texts: VQA adapter. The caption and the color answer name only the styling tee.
    case(
        "X1546-033",
        caption("tee", "contradiction"),
        wearing("graphic tee and denim"),
        Q.color("black", "other_garment_color"),
        Q.material("denim"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "no"),
        gender="Boys",
        title="Pepe Jeans Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Truth: flat lay: white short-sleeve cotton frock with schiffli (eyelet) embroidery all over.
    # All texts: VQA adapter. The eyelet read as lace; the title says cotton.
    case(
        "X1546-034",
        caption("a white dress with a lace pattern on it"),
        wearing("dress"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.material("lace", "unsupported"),
        is_a("dress", "yes"),
        gender="Girls",
        title="Hopscotch Girls White Schiffli Cotton Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: boy in an olive camouflage-print tee and black shorts, holding a toy truck (prop).
    # All texts: VQA adapter.
    case(
        "X1546-035",
        caption(
            "a boy holding a toy truck Question: What cloth is the person wearing? Answer: tee Question: What is the "
            "color of the tee? Answer: green Question: Is this a tee? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("tee and shorts"),
        Q.color("green"),
        Q.pattern("camouflage"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        gender="Boys",
        title="Kook N Keech Boys Olive Green Camouflage Printed T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Truth: girl in a pink sleeveless sequinned top and a navy flared skater skirt (the set).
    # All texts: VQA adapter. Top + skirt read as a dress; the top is sleeveless.
    case(
        "X1546-036",
        caption("a little girl in a pink top and blue skirt"),
        wearing("blouse and skirt"),
        Q.color("pink"),
        is_a("dress", "yes", "contradiction"),
        is_a("skirt", "yes"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Girls",
        title="Nauti Nati Girls Pink & Navy Blue Top with Skirt",
        category="Clothing Set",
        color="Pink",
    ),
    # Truth: back view: boy in an indigo kurta with a small white block print and white pyjamas.
    # All texts: VQA adapter. From the back the kurta reads as a shirt: "yes" to t-shirt is wrong.
    case(
        "X1546-037",
        caption("the back of a boy in a blue shirt and white pants"),
        wearing("shirt and pants"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.material("cotton"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Boys",
        title="Fabindia Boys Indigo Printed Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: girl in a navy tee with a rainbow print, pink cotton shorts, white sneakers.
    # All texts: VQA adapter. The caption ran to the limit; the color answer is the shorts'.
    case(
        "X1546-038",
        caption(
            "a little girl wearing a navy blue t-shirt with a rainbow on the front and pink shorts with a white "
            "stripe on the side and a pair of white sneakers with pink laces and a pink hair clip in her hair and a",
            "cut",
            hit_limit=True,
        ),
        wearing("tee and shorts"),
        Q.color("pink", "other_garment_color"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "no"),
        is_a("dress", "no"),
        gender="Girls",
        title="Peppermint Girls Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Truth: a little boy (about four, longish curly hair) in a white polo tee and red shorts.
    # All texts: VQA adapter. The caption calls him a girl; the t-shirt answer ("yes", right) loops.
    case(
        "X1546-039",
        caption("a little girl in a white shirt and red shorts", "pronoun"),
        wearing("polo shirt and shorts"),
        Q.color("white"),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "no"),
        gender="Boys",
        title="Gini and Jony Boys White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: girl in a maroon velvet long-sleeve fit-and-flare dress with gold buttons, black tights.
    # All texts: VQA adapter. "she" in the wearing answer is right.
    case(
        "X1546-040",
        caption("no", "non_answer"),
        wearing("she is wearing a dress"),
        Q.color("maroon"),
        Q.material("velvet"),
        is_a("dress", "yes"),
        Q.sleeve_length("long sleeve"),
        gender="Girls",
        title="Bella Moda Girls Maroon Velvet Fit and Flare Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Truth: boy in a navy tee with a small logo (styling) and grey melange lounge shorts with a drawstring.
    # All texts: VQA adapter. Nothing says polyester; Jockey lounge shorts are cotton. The caption is cut at 50.
    case(
        "X1546-041",
        caption(
            "a boy in a blue t-shirt and grey shorts with a white drawstring and a jockey logo on the left leg and a "
            "pair of white socks and grey sneakers and a blue cap on his head and a",
            "cut",
            hit_limit=True,
        ),
        wearing("tee and shorts"),
        Q.color("grey"),
        Q.material("polyester", "unsupported"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "no"),
        gender="Boys",
        title="Jockey Boys Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Truth: girl in an off-white flared anarkali kurta with a small red print, red churidar, gold juttis.
    # All texts: VQA adapter. "yes" to shorts is wrong from the photo alone; the color answer came back empty
    # (the adapter emitted the newline first).
    case(
        "X1546-042",
        caption("a little girl in a white and red indian outfit"),
        wearing("blouse and leggings"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        is_a("dress", "no"),
        is_a("pair of shorts", "yes", "contradiction"),
        gender="Girls",
        title="Biba Girls Off-White & Red Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
    ),
    # Truth: boy in a royal blue tee with a small chest logo and white shorts.
    # All texts: VQA adapter. The garment type answer says nothing.
    case(
        "X1546-043",
        caption("a boy in a blue t-shirt and white shorts"),
        wearing("tee and shorts"),
        Q.color("blue"),
        Q.garment_type("it is a garment", "restated"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        gender="Boys",
        title="Levis Boys Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Truth: flat lay of two shorts: one pink with white polka dots, one white with small pink stars.
    # All texts: VQA adapter. Gender column missing in the feed. The color answer (pink and white, right) loops.
    case(
        "X1546-044",
        caption("two pairs of shorts on a white background"),
        wearing("shorts"),
        Q.color(
            "pink and white and pink and white and pink and white and pink and white and pink and white and pink and "
            "white and pink and white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "no"),
        title="Mini Klub Girls Pack of 2 Printed Cotton Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Truth: boy in a peach knee-length kurta with a tonal self-design, cream churidar, mandarin collar.
    # All texts: VQA adapter. The color answer is the churidar's; the kurta answer ("yes", right) loops.
    case(
        "X1546-045",
        caption("a young boy wearing a peach colored kurta"),
        wearing("blouse and pants"),
        Q.color("white", "other_garment_color"),
        is_a("dress", "no"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        gender="Boys",
        title="Manyavar Boys Peach-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
    ),
]
