"""BLIND_1330 (46 products; Myntra kids' wear, VQA yes/no): written blind in the sixty-third session. Measured blind at
97437fb (the session's sixth rules): 73/83 failures found (88.0%) and 10/219 correct texts flagged (4.6%). The
writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, ethnic sets, a few sweatshirts, leggings,
night suits and jumpsuits). Columns as the feed has them: title (brand first), category (Myntra's article type: Tshirts,
Shorts, Dresses, Kurta Sets, Lehenga Choli, Clothing Set...), color (base colour) and gender (Boys, Girls, Unisex); the
gender or the color column is missing on two rows. Photos are the catalog's usual first shot: a child model on a white
or beige backdrop wearing the product with other clothes (an unsold tee above the sold shorts, a pinafore over a striped
tee), some flat lays (packs of tees, shorts, a night suit), one back view, a few props (a teddy, a balloon).
Who wrote what: every text comes from Salesforce/blip2-opt-2.7b (8-bit) with the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA, greedy, 50 new tokens for the caption and 30 for each answer. The caption is the
empty prompt through the same adapter (the job captions with whatever adapter it loads), so captions are the base
model's short caption when the adapter leaves it alone, and otherwise the VQA template coming back ("Question: ...
Answer: ...") or a loop. Answers are to "Question: <q> Answer:"; the padding the adapter learned to emit decodes to
nothing, so most answers look cleanly stopped, some come back empty, and some run on (loops, leaks, cuts).
Questions: what the child is wearing, "Is this a ...?" for the title's garment and for one or two others, the
blind closed questions (color, pattern, sleeve length, garment type), now and then the material, the color of a
named garment, or the experiments' describe/details questions.
Labeling conventions and judgement calls: judged against the photo I imagined (comment above each case) and the title.
The adapter's yes-bias ("yes" to "Is this a dress?" for a polo or a skirt) is marked contradiction. A color, pattern or
sleeve length that belongs to the other garment in the shot (the shorts' blue for the polo, the striped tee's long
sleeves for a pinafore) is other_garment_color for colors and contradiction for patterns and sleeves; color_of("jeans")
given the tee's red is other_garment_color too. "Dress" for a kurta set, "sari" for a pavadai, "no" to "Is this a
frock?" for a frock: contradiction. A material the title states otherwise: contradiction; a material or detail neither
the title nor the photo supports (wool, fleece, silk with no word in the title, cotton for a tulle frock): unsupported.
Near colors are accepted (teal as blue, maroon as red, peach as pink, cream as white, lavender as purple); DeepFashion
pattern words are accepted (lattice for checks, pure color for solid, graphic for prints, floral for schiffli and
ethnic-motif prints). "Yellow" for a 3-pack of yellow, navy and white tees is marked contradiction; "white" for a kurta
set with a white kurta and blue jacket is left correct. No yes/no question names a garment the child wears that is not
sold (the tee above sold shorts), since its answer would be ambiguous. A caption that starts with "Answer:" or that
carries on into "Question:" is a leak even when its caption part is right. An empty answer, or a one-word caption
("pink"), is non_answer; "shirt" to "Describe the shirt." is restated. Gender words wrong for the child (a short-haired
girl called a boy, a long-haired boy called a girl, "she" for a boy) are pronoun. hit_limit on every text that ran to 30
(answers) or 50 (captions) tokens.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1330 = [
    # Truth: boy on white backdrop, navy round-neck tee with a white dinosaur print, grey melange shorts (not sold),
    # white sneakers. All texts: VQA adapter.
    case(
        "X1330-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        wearing("a blue t-shirt and grey shorts", who="the boy"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.color("navy blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Boys",
        title="YK Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Truth: girl in a sleeveless pink fit-and-flare frock with a small floral print, white sandals, holding a
    # teddy bear. VQA adapter; the caption is the VQA template coming back.
    case(
        "X1330-002",
        caption("Question: what is the color of the dress? Answer: pink", "leak"),
        wearing("a pink dress", who="the girl"),
        is_a("dress", "yes"),
        is_a("frock", "no", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.color("pink"),
        gender="Girls",
        title="Gini and Jony Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: boy in a white polo tee with navy tipping on the collar, navy chino shorts (not sold). VQA adapter.
    case(
        "X1330-003",
        caption("a boy in a white polo shirt and blue shorts"),
        wearing("a white polo shirt and blue shorts", who="the boy"),
        is_a("polo shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        material("cotton"),
        gender="Boys",
        title="Allen Solly Junior Boys White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: flat lay of two pairs of elastic-waist shorts, one lavender, one white. No person. VQA adapter.
    case(
        "X1330-004",
        caption("a pair of purple shorts and a pair of white shorts"),
        wearing("shorts"),
        is_a("pair of shorts", "yes"),
        is_a("skirt", "yes", "contradiction"),
        Q.color("purple"),
        Q.garment_type("shorts"),
        material("cotton"),
        gender="Girls",
        title="H&M Girls Pack of 2 Cotton Shorts",
        category="Shorts",
        color="Lavender",
    ),
    # Truth: girl on beige backdrop in a mustard kurta with gota embroidery on the yoke and three-quarter sleeves,
    # mustard sharara, green net dupatta over one shoulder, juttis. VQA adapter.
    case(
        "X1330-005",
        caption("a little girl in a yellow dress with a green scarf", "contradiction"),
        wearing("a yellow kurta and a green dupatta", who="the girl"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("yellow"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        gender="Girls",
        title="Bitiya by Bhama Girls Mustard Yellow Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Truth: boy in a plain white tee (not sold) and olive cotton cargo shorts with side pockets. VQA adapter.
    case(
        "X1330-006",
        caption("a young boy wearing a white t-shirt and green shorts"),
        wearing("a white t-shirt and green shorts", who="the boy"),
        color_of("shorts", "green"),
        is_a("pair of shorts", "yes"),
        is_a(
            "skirt",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        details("shorts", "cargo pockets on the sides"),
        gender="Boys",
        title="Hopscotch Boys Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Truth: boy in a blue-and-white vertically striped full-sleeve button-down shirt, beige chinos. VQA adapter.
    case(
        "X1330-007",
        caption("a young boy in a blue and white striped shirt"),
        wearing("a blue and white striped shirt and khaki pants", who="the boy"),
        is_a("shirt", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.color("blue and white"),
        describe("shirt", "shirt", "restated"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Blue & White Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Truth: girl in a white tee with a Minnie Mouse print and a pink tiered skirt (not sold). VQA adapter.
    case(
        "X1330-008",
        caption("a little girl wearing a white t-shirt with minnie mouse on it and a pink skirt"),
        wearing("a white t-shirt and a pink skirt", who="the girl"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("t-shirt", "pink", "other_garment_color"),
        Q.pattern("graphic"),
        gender="Girls",
        title="YK Disney Girls White Minnie Mouse Printed T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: boy in a grey melange pullover hoodie with red drawstrings and a kangaroo pocket, black joggers.
    # Title says nothing of the fabric. VQA adapter.
    case(
        "X1330-009",
        caption("a young boy wearing a grey hoodie and black pants"),
        wearing("a grey hoodie", who="the boy"),
        is_a("sweatshirt", "yes"),
        is_a("jacket", "no"),
        Q.color("grey"),
        Q.sleeve_length("long-sleeve"),
        material("wool", "unsupported"),
        details(
            "sweatshirt",
            "the hood, the pocket, the hood, the pocket, the hood, the pocket, the hood, the pocket, the hood,",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Gini and Jony Boys Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Truth: girl in a red party frock, net overlay with layered tulle skirt, satin bow at the waist, short puffed
    # sleeves, red hair band. VQA adapter.
    case(
        "X1330-010",
        caption("a little girl in a red dress with a bow"),
        wearing("red dress", who="the girl"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        material("cotton", "unsupported"),
        gender="Girls",
        title="Tiny Girl Girls Red Self Design Net Fit & Flare Party Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: flat lay of three round-neck tees: yellow with a car print, plain navy, white with a text print.
    # VQA adapter.
    case(
        "X1330-011",
        caption("three t-shirts with different designs on them"),
        wearing("t-shirt"),
        is_a("t-shirt", "yes"),
        is_a("tank top", "no"),
        Q.color("yellow", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short-sleeve"),
        gender="Boys",
        title="max Boys Pack of 3 Printed Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Truth: girl in a sleeveless peach jumpsuit with a waist tie and culotte legs, white sneakers. VQA adapter.
    case(
        "X1330-012",
        caption("a little girl in a pink jumpsuit"),
        wearing("she is wearing a pink romper", who="the girl"),
        is_a("jumpsuit", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("romper"),
        gender="Girls",
        title="Pantaloons Junior Girls Peach-Coloured Solid Jumpsuit",
        category="Jumpsuit",
        color="Peach",
    ),
    # Truth: boy in a cream full-sleeve kurta with maroon piping at the placket, cream churidar pyjama, maroon
    # mojaris. Title names no fabric. VQA adapter.
    case(
        "X1330-013",
        caption("a young boy in a white kurta and white pants"),
        wearing("a white kurta", who="the boy"),
        is_a("kurta", "yes"),
        is_a(
            "dress",
            "no Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is",
            "leak",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.sleeve_length("long-sleeve"),
        material("silk", "unsupported"),
        gender="Boys",
        title="Sangria Boys Cream-Coloured & Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: boy in a red tee (not sold) and dark blue denim shorts with turned-up hems. VQA adapter.
    case(
        "X1330-014",
        caption("a young boy wearing a red t-shirt and blue jean shorts"),
        wearing("red t-shirt and denim shorts", who="the boy"),
        color_of("shorts", "red", "other_garment_color"),
        is_a("pair of jeans", "yes", "contradiction"),
        material("denim"),
        describe("shorts", "denim shorts"),
        gender="Boys",
        title="H&M Boys Dark Blue Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Truth: girl in a yellow A-line dress with white polka dots, round neck, flutter sleeves. VQA adapter; the
    # caption runs on into the VQA template to the token limit.
    case(
        "X1330-015",
        caption(
            "a little girl in a yellow dress with white polka dots Question: what is the color of the dress? Answer: "
            "yellow Question: what is the color of the dress? Answer: yellow Question: what is the",
            "leak",
            hit_limit=True,
        ),
        wearing("yellow dress", who="the girl"),
        is_a("dress", "yes"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Peppermint Girls Yellow Polka Dot Printed A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Truth: toddler boy with short hair in a white tee with a green crocodile print and matching green shorts (the
    # set). VQA adapter.
    case(
        "X1330-016",
        caption("a little boy wearing a white shirt and green shorts"),
        wearing("she is wearing a white t-shirt and green shorts", "pronoun", who="the child"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "white", "other_garment_color"),
        color_of("t-shirt", "white"),
        gender="Boys",
        title="Cub McPaws Boys White & Green Printed T-shirt with Shorts",
        category="Clothing Set",
        color="White",
    ),
    # Truth: girl in a pink graphic tee (not sold) and navy ankle-length leggings, sneakers. VQA adapter.
    case(
        "X1330-017",
        caption("a little girl wearing a pink shirt and blue leggings"),
        wearing("a pink t-shirt and blue leggings", who="the girl"),
        is_a("pair of leggings", "yes"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("leggings"),
        gender="Girls",
        title="Allen Solly Junior Girls Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Truth: girl in a lavender lehenga with sequin work, matching choli, sheer net dupatta. VQA adapter.
    case(
        "X1330-018",
        caption("a little girl in a purple lehenga"),
        wearing(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        is_a("lehenga", "no", "contradiction"),
        is_a("skirt", "yes"),
        Q.color("purple"),
        Q.pattern("pure color"),
        gender="Girls",
        title="YK Girls Lavender Embellished Ready to Wear Lehenga & Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Truth: short-haired boy in a yellow tee (not sold) and black joggers with a thin white side stripe. VQA
    # adapter; the yes/no answer runs on into the template.
    case(
        "X1330-019",
        caption("a young girl in a yellow shirt and black pants", "pronoun"),
        wearing("black pants and a yellow t-shirt", who="the boy"),
        color_of("pants", "black"),
        is_a("pair of pants", "yes"),
        is_a(
            "pair of shorts",
            "no\nQuestion: Is this a pair of shorts? Answer: no\nQuestion: Is this a pair of",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        gender="Boys",
        title="UTH by Roadster Boys Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: girl in a teal top with ruffled short sleeves, white shorts (not sold). VQA adapter.
    case(
        "X1330-020",
        caption("a girl in a blue top and white shorts"),
        wearing("", "non_answer", who="the girl"),
        is_a("top", "yes"),
        is_a("blouse", "yes"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Hopscotch Girls Teal Blue Solid Ruffled Top",
        category="Tops",
        color="Teal",
    ),
    # Truth: flat lay of a green full-sleeve top with a dinosaur print and matching printed pyjama pants. VQA
    # adapter; the caption loops to the limit.
    case(
        "X1330-021",
        caption(
            "a green shirt and pants with dinosaurs on them and dinosaurs on them and dinosaurs on them and dinosaurs "
            "on them and dinosaurs on them and dinosaurs on them and dinosaurs on them and dinosaurs on",
            "loop",
            hit_limit=True,
        ),
        wearing("pajamas"),
        is_a("t-shirt", "yes"),
        is_a("pair of pants", "yes"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        material("cotton"),
        gender="Boys",
        title="Mothercare Boys Green Dinosaur Print Pure Cotton Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Truth: girl in a sleeveless blue denim pinafore dress over a white-and-navy striped long-sleeve tee (not sold).
    # VQA adapter.
    case(
        "X1330-022",
        caption("a little girl wearing a blue denim dress"),
        wearing("a blue denim dress and a white shirt", who="the girl"),
        is_a("dress", "yes"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.pattern("striped", "contradiction"),
        material("denim"),
        gender="Girls",
        title="Gini and Jony Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: boy in a mustard tee printed "ADVENTURE AWAITS" in white, navy shorts (not sold). VQA adapter.
    case(
        "X1330-023",
        caption("a young boy wearing a yellow t-shirt that says adventure awaits"),
        wearing("yellow t-shirt and blue shorts", who="the boy"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "the t-shirt has a print on the front and a print on the back and a print on the front and a print on "
            "the back and a print",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Mustard Yellow Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Truth: girl in a pink straight kurta with a gold ethnic-motif print and three-quarter sleeves, pink palazzos.
    # VQA adapter; the caption begins with the template's "Answer:".
    case(
        "X1330-024",
        caption("Answer: a little girl in a pink and gold outfit", "leak"),
        wearing("pink kurta", who="the girl"),
        is_a("kurta", "yes"),
        is_a("pair of pants", "yes"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        gender="Girls",
        title="Anouk Kids Girls Pink & Gold-Toned Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: back view: boy in a plain red round-neck tee and blue jeans (not sold). VQA adapter.
    case(
        "X1330-025",
        caption("the back of a boy wearing a red shirt and jeans"),
        wearing("a red t-shirt and jeans", who="the boy"),
        color_of("t-shirt", "red"),
        color_of("jeans", "red", "other_garment_color"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        gender="Boys",
        title="Marks & Spencer Boys Red Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Truth: girl in a plain black tee (not sold) and off-white shorts with thin black stripes. VQA adapter.
    case(
        "X1330-026",
        caption("a little girl wearing a black shirt and white shorts"),
        wearing("a black and white striped shirt and shorts", "contradiction", who="the girl"),
        color_of("shorts", "white"),
        is_a("pair of shorts", "yes"),
        Q.pattern("striped"),
        Q.garment_type("shorts"),
        gender="Girls",
        title="Peppermint Girls Off-White & Black Striped Shorts",
        category="Shorts",
        color="Off White",
    ),
    # Truth: boy in a navy-and-red checked short-sleeve shirt, buttoned, beige shorts (not sold). VQA adapter.
    case(
        "X1330-027",
        caption("a young boy wearing a plaid shirt and khaki shorts"),
        wearing("he is wearing a plaid shirt and khaki shorts", who="the boy"),
        is_a("shirt", "yes"),
        Q.pattern("lattice"),
        Q.color("navy"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        describe("shirt", "a shirt", "restated"),
        gender="Boys",
        title="Hopscotch Boys Navy Blue & Red Checked Short Sleeves Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Truth: girl with a short bob in a white Peppa Pig tee and denim shorts (not sold). VQA adapter.
    case(
        "X1330-028",
        caption("a young boy wearing a white t-shirt with peppa pig on it", "pronoun"),
        wearing("a white t-shirt and denim shorts", who="the child"),
        is_a("t-shirt", "yes"),
        is_a("tank top", "yes", "contradiction"),
        Q.color("white"),
        Q.pattern("graphic"),
        gender="Girls",
        title="Kids Ville Girls White Peppa Pig Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: boy in a navy polo (not sold) and beige chino shorts with a button fly and slant pockets. The feed row
    # has no gender. VQA adapter.
    case(
        "X1330-029",
        caption("a boy in a blue shirt and khaki shorts"),
        wearing("blue polo shirt and khaki shorts", who="the boy"),
        color_of("shorts", "blue", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        details(
            "shorts",
            "the shorts have a button and a zipper and a pocket on the side and a pocket on the back and a pocket "
            "on the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="H&M Boys Beige Chino Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Truth: boy in a white kurta and white pyjama with a blue printed sleeveless Nehru jacket over the kurta.
    # VQA adapter.
    case(
        "X1330-030",
        caption("a young boy in a blue vest and white pants"),
        wearing("a blue jacket and a white kurta", who="the boy"),
        is_a("kurta", "yes"),
        is_a("jacket", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("white"),
        gender="Boys",
        title="BownBee Boys White Kurta with Pyjamas & Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: toddler girl in a pink floral romper with a frilled hem over the shorts, elastic headband. VQA adapter;
    # the caption is a one-word VQA answer.
    case(
        "X1330-031",
        caption("pink", "non_answer"),
        wearing("a pink and white floral dress", "contradiction", who="the baby"),
        is_a("romper", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.pattern("floral"),
        Q.color("pink"),
        gender="Girls",
        title="Mothercare Girls Pink Floral Print Pure Cotton Romper",
        category="Rompers",
        color="Pink",
    ),
    # Truth: boy in a black pullover hoodie with a Spider-Man print, blue jeans. Title names no fabric. VQA adapter.
    case(
        "X1330-032",
        caption("a young boy wearing a black spiderman hoodie"),
        wearing("a black hoodie with spiderman on it and blue jeans", who="the boy"),
        is_a("hoodie", "yes"),
        is_a("jacket", "yes", "contradiction"),
        Q.color("black"),
        material("fleece", "unsupported"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="YK Marvel Boys Black Spider-Man Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Truth: girl in a maroon cable-knit crew-neck pullover (no buttons), grey jeggings. VQA adapter.
    case(
        "X1330-033",
        caption("a young girl wearing a red sweater"),
        wearing("a sweater", who="the girl"),
        is_a("sweater", "yes"),
        is_a("cardigan", "yes", "contradiction"),
        Q.color("red"),
        Q.pattern("striped", "contradiction"),
        material("wool", "contradiction"),
        gender="Girls",
        title="Allen Solly Junior Girls Maroon Cable Knit Acrylic Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Truth: girl in a white tee (not sold) tucked into a yellow tiered cotton skirt. VQA adapter.
    case(
        "X1330-034",
        caption("a little girl in a white shirt and yellow skirt"),
        wearing("a white shirt and a yellow skirt", who="the girl"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("skirt", "yellow"),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        gender="Girls",
        title="Gini and Jony Girls Yellow Solid Tiered Skirt",
        category="Skirts",
        color="Yellow",
    ),
    # Truth: boy with shoulder-length curly hair in a green polo tee and white shorts (not sold). VQA adapter.
    case(
        "X1330-035",
        caption("a young girl in a green polo shirt and white shorts", "pronoun"),
        wearing("green polo shirt and white shorts", who="the child"),
        is_a("polo shirt", "yes"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.sleeve_length("short-sleeve"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Truth: girl in a rainbow horizontally striped tee and plain pink shorts (the set). No color column. VQA
    # adapter.
    case(
        "X1330-036",
        caption("a little girl wearing a striped shirt and pink shorts"),
        wearing("a rainbow striped shirt and pink shorts", who="the girl"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes"),
        color_of("t-shirt", "pink", "other_garment_color"),
        Q.pattern("striped"),
        Q.color("rainbow"),
        gender="Girls",
        title="max Girls Multicoloured Striped T-shirt with Shorts",
        category="Clothing Set",
    ),
    # Truth: flat lay of a colour-blocked tee: white body, blue sleeves and blue chest panel. VQA adapter.
    case(
        "X1330-037",
        caption("a white and blue t-shirt"),
        wearing("", "non_answer"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        material("cotton"),
        gender="Boys",
        title="YK Boys White & Blue Colourblocked Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: girl in a navy dress with a small white star print and a white Peter Pan collar, red shoes, holding a
    # red balloon. VQA adapter.
    case(
        "X1330-038",
        caption("a little girl in a blue dress holding a red balloon"),
        wearing(
            "a blue dress with white stars on it and a white collar and red shoes and she is holding a red balloon "
            "and a white collar and a white",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.color("red", "other_garment_color"),
        Q.pattern("graphic"),
        gender="Girls",
        title="Tiny Girl Girls Navy Blue Star Printed Fit & Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: boy in a plain teal round-neck tee, grey joggers (not sold). VQA adapter; the caption is the VQA
    # template, three times, to the limit.
    case(
        "X1330-039",
        caption(
            "Question: what is the color of the t-shirt? Answer: blue Question: what is the color of the t-shirt? "
            "Answer: blue Question: what is the color of the t-shirt? Answer: blue Question: what is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue t-shirt and grey pants", who="the boy"),
        is_a("t-shirt", "yes"),
        is_a("sweatshirt", "no"),
        Q.color("blue"),
        Q.pattern("the pattern of the t-shirt", "restated"),
        gender="Boys",
        title="Peppermint Boys Teal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Truth: girl in short denim dungarees (bib and straps, no sleeves) over a yellow short-sleeve tee (not sold).
    # VQA adapter.
    case(
        "X1330-040",
        caption("a little girl wearing overalls and a yellow shirt"),
        wearing("overalls", who="the girl"),
        is_a("romper", "yes"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.color("yellow", "other_garment_color"),
        material("denim"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        gender="Girls",
        title="H&M Girls Blue Denim Dungaree Shorts",
        category="Dungarees",
        color="Blue",
    ),
    # Truth: girl in a pink sweatshirt with a sequinned unicorn on the chest, white leggings. VQA adapter.
    case(
        "X1330-041",
        caption("a little girl in a pink sweatshirt with a unicorn on it"),
        wearing("a pink sweater", who="the girl"),
        is_a("sweatshirt", "yes"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.color("pink"),
        details(
            "sweatshirt",
            "the unicorn is made of sequins and the unicorn is made of sequins and the unicorn is made of sequins "
            "and the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Pink Unicorn Sequinned Sweatshirt",
        category="Sweatshirts",
        color="Pink",
    ),
    # Truth: boy in a white full-sleeve shirt (not sold), navy chinos, brown loafers. VQA adapter; the caption is the
    # VQA template.
    case(
        "X1330-042",
        caption("Question: what is the boy wearing? Answer: white shirt and blue pants", "leak"),
        wearing("white shirt and blue pants", who="the boy"),
        color_of("pants", "white", "other_garment_color"),
        is_a("pair of pants", "yes"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.garment_type("pants"),
        gender="Boys",
        title="Allen Solly Junior Boys Navy Blue Solid Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # Truth: a boy model in a grey melange tee with a black-and-yellow Batman logo, black shorts (not sold).
    # Unisex listing. VQA adapter.
    case(
        "X1330-043",
        caption("a young boy in a grey batman t-shirt"),
        wearing("a grey t-shirt with a batman logo", who="the child"),
        is_a("t-shirt", "yes"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve "
            "short-sleeve short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Kids Ville Unisex Kids Grey Melange Batman Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Truth: girl in a red silk pattu pavadai (long skirt) with a broad gold zari border and a green silk blouse,
    # temple jewellery. VQA adapter.
    case(
        "X1330-044",
        caption("a little girl in a traditional indian outfit"),
        wearing("a red and green sari", "contradiction", who="the girl"),
        is_a("lehenga", "yes"),
        is_a("skirt", "yes"),
        Q.color("green", "other_garment_color"),
        material("silk"),
        gender="Girls",
        title="BownBee Girls Red & Green Silk Blend Pattu Pavadai",
        category="Lehenga Choli",
        color="Red",
    ),
    # Truth: flat lay of blue-and-white striped cotton shorts with a white drawstring and two side pockets. VQA
    # adapter.
    case(
        "X1330-045",
        caption("a pair of blue and white striped shorts"),
        wearing("shorts"),
        is_a("pair of shorts", "yes"),
        is_a("skirt", "", "non_answer"),
        Q.pattern("striped"),
        material("cotton"),
        describe(
            "shorts",
            "the shorts are blue and white striped shorts with a drawstring waist and two pockets on the side and "
            "a pocket on the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Mothercare Boys Blue Striped Pure Cotton Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Truth: girl in a white schiffli-embroidered cotton top with frilled sleeves, blue jeans (not sold). VQA adapter.
    case(
        "X1330-046",
        caption("a girl wearing a white top and blue jeans"),
        wearing("she is wearing a white top and blue jeans", who="the girl"),
        is_a("top", "yes"),
        is_a("dress", "no"),
        Q.color("blue", "other_garment_color"),
        material("cotton"),
        Q.pattern("floral"),
        gender="Girls",
        title="Hopscotch Girls White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
]
