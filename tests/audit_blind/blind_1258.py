"""BLIND_1258 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-second
session. Measured blind at 59066e5 (the session's fifth rules): 67/78 failures found (85.9%) and 13/213 correct texts
flagged (6.1%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, kurta and lehenga sets, a few clothing
sets, a jumpsuit and a top), run through enrich with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b, greedy, 50 new tokens for the caption and 30 for answers. Photos are the catalog's usual:
a child on a plain backdrop wearing the product with other clothes, some back views, a few flat lays, props (a beach
ball, a straw hat, a teddy bear). Questions: the VQA data's yes/no garment question ("Is this a dress?", "Is this a
tee?", "Is this a pair of shorts?", "Is this a kurta?"), the blind closed questions (type, color, pattern, sleeve
length), material, and now and then "What is the person wearing?", a garment's color, its details or description.
Catalog columns as Myntra exports them: title, category (article type), color (base colour), gender (Boys / Girls);
one is missing here and there.
Who wrote what: every text is the VQA adapter's. It was trained on VQA pairs only, with unmasked labels, so the
caption prompt (empty) often comes back as the question template it learned ("Question: ... Answer: ...") or a bare
class word; otherwise it captions like the base model ("a young boy wearing a blue t - shirt"). Its "Is this a X?"
answers lean hard to "yes" (the training pairs were generated from each item's own class), and it knows no kurta or
lehenga class, so ethnic wear gets "dress", "blouse", "shirt".
Labeling conventions and judgement calls: judged against the imagined photo and the title. "yes" to "Is this a
X?" when X is another garment in the photo (the shorts under a t-shirt product, a cardigan over a dress) is a
contradiction; "yes" to a garment that is part of a set is correct. A kurta or lehenga called "dress", "blouse" or
"shirt" is a contradiction; "cream" answered "white", "lavender" answered "purple", "khaki" answered "beige",
"coral red" answered "red" and "peach" answered "pink" I let pass as correct. The product's color given to another
garment ("red" for the navy pants under a red polo) is a contradiction; another garment's color given to the
product is other_garment_color; the color of a print or belt given to the product is a contradiction. Material
guesses the photo refutes (cotton for a net party frock, denim for corduroy, silk for matte cotton) are
unsupported; the material of a prop or hat is a contradiction; "cotton" for a plain kids' tee or frock is correct.
Sleeve answers that describe another garment's sleeves are contradictions. A terse but true caption ("dress",
"two pairs of shorts", "a young boy holding a beach ball") is correct; "tee" as the caption of a shorts product
is a contradiction. One color for a "Multi" two-pack (it names one of the two) I left correct. Long loops that also
name a wrong garment are marked loop; template echoes are marked leak even when they also repeat. hit_limit only
where the text ran to the limit (loops, cuts, repeated templates).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1258 = [
    # Truth: boy, front, navy tee with white "ADVENTURE" text and a mountain print, khaki shorts, grey backdrop.
    # All texts: enrich, VQA adapter (Data3_V3), greedy. The caption is the learned question template.
    case(
        "X1258-001",
        caption(
            "Question: What cloth is the person wearing? Answer: tee Question: What is the color of the tee? "
            "Answer: navy Question: Is this a tee? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("tee", "yes"),
        is_a("dress", "no"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        Q.garment_type("graphic tee"),
        Q.color("navy"),
        Q.material("cotton"),
        gender="Boys",
        title="YK Boys Navy Blue Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Truth: girl, front, sleeveless pink frock with small white flowers, white sandals, pink hairband.
    # All texts: VQA adapter. Caption is a bare class word (true).
    case(
        "X1258-002",
        caption("dress"),
        is_a("dress", "yes"),
        is_a("tee", "yes", "contradiction"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        wearing("dress", who="the girl"),
        gender="Girls",
        title="Gini and Jony Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: boy, front, white polo tee worn untucked over grey melange knit shorts with a drawstring.
    # All texts: VQA adapter. Caption names the top, not the product; color answer is the polo's.
    case(
        "X1258-003",
        caption("tee", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("tee", "yes", "contradiction"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "grey"),
        Q.material("cotton"),
        gender="Boys",
        title="Allen Solly Junior Boys Grey Melange Solid Regular Fit Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Truth: girl, front, peach knee-length kurta with gold foil floral buttis, three-quarter sleeves, matching peach
    # palazzos, no dupatta. All texts: VQA adapter (no kurta class: "dress").
    case(
        "X1258-004",
        caption("a little girl in a peach outfit with gold print"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("peach"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeve"),
        gender="Girls",
        title="Biba Girls Peach-Coloured Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: flat lay, white tee with a large green dinosaur print, no person.
    # All texts: VQA adapter. Caption loops on the class word.
    case(
        "X1258-005",
        caption(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        wearing("tee"),
        is_a("tee", "yes"),
        is_a("dress", "no"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="H&M Boys White Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: girl, front, mustard-yellow cotton A-line frock, short puff sleeves, no pockets, barefoot, white backdrop.
    # All texts: VQA adapter. The description invents a pocket.
    case(
        "X1258-006",
        caption("a little girl in a yellow dress standing in front of a white wall"),
        is_a("dress", "yes"),
        is_a("shorts", "no", article="a pair of"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeve"),
        Q.material("cotton"),
        describe("dress", "a yellow dress with short puff sleeves and a pocket on the front", "unsupported"),
        gender="Girls",
        title="max Girls Yellow Solid A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Truth: boy, front, red pique polo with a small logo, navy chinos.
    # All texts: VQA adapter. The pants get the polo's red.
    case(
        "X1258-007",
        caption("a young boy wearing a red polo shirt and blue pants"),
        is_a("polo shirt", "yes"),
        is_a("tee", "yes"),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        color_of("pants", "red", "contradiction"),
        Q.material("cotton"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Red Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Truth: boy, front, mid-blue washed denim shorts with rolled hems, white printed tee.
    # All texts: VQA adapter. Caption is one learned question and answer; details loop on the tee.
    case(
        "X1258-008",
        caption("Question: What is the color of the shorts? Answer: blue", "leak"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("denim", "yes"),
        Q.garment_type("denim"),
        Q.color("white", "other_garment_color"),
        details(
            "shorts",
            "the shorts are blue denim shorts with a white t - shirt and a white t - shirt and a white t - shirt "
            "and a white t - shirt and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Pepe Jeans Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Truth: girl, front, lavender sleeveless top with a ruffle hem, white jeans.
    # All texts: VQA adapter.
    case(
        "X1258-009",
        caption("a girl in a purple top and white jeans"),
        is_a("blouse", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.garment_type("blouse"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        wearing("a purple top and white jeans", who="the girl"),
        gender="Girls",
        title="Hopscotch Girls Lavender Ruffled Top",
        category="Tops",
        color="Lavender",
    ),
    # Truth: boy, front, cream straight kurta with maroon yoke embroidery, maroon churidar pyjamas, mojaris; matte
    # cotton. All texts: VQA adapter (kurta answered "shirt"; pyjamas get the kurta's color).
    case(
        "X1258-010",
        caption("a young boy in a white kurta and red pants"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        color_of("pants", "white", "contradiction"),
        Q.material("silk", "unsupported"),
        gender="Boys",
        title="Sethukrishna Boys Cream-Coloured & Maroon Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: flat lay, two knit shorts side by side, one navy, one olive. No gender column in this row.
    # All texts: VQA adapter.
    case(
        "X1258-011",
        caption("two pairs of shorts"),
        wearing("shorts"),
        is_a("shorts", "yes", article="a pair of"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Mothercare Boys Pack of 2 Cotton Shorts",
        category="Shorts",
        color="Multi",
    ),
    # Truth: girl, front, red-and-white breton striped tee, short sleeves, blue denim skirt.
    # All texts: VQA adapter.
    case(
        "X1258-012",
        caption("a young girl wearing a red and white striped shirt and a blue skirt"),
        is_a("tee", "yes"),
        is_a("skirt", "yes", "contradiction"),
        Q.pattern("striped"),
        Q.color("red"),
        color_of("skirt", "red", "contradiction"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Pantaloons Junior Girls Red & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Truth: back view, boy in a plain mustard-yellow short kurta and white pyjamas.
    # All texts: VQA adapter. From the back it says no to the kurta and calls it a blouse.
    case(
        "X1258-013",
        caption("a boy standing with his back to the camera"),
        is_a("kurta", "no", "contradiction"),
        Q.garment_type("blouse", "contradiction"),
        Q.color("yellow"),
        wearing("a yellow kurta and white pants", who="the boy"),
        Q.pattern("solid"),
        gender="Boys",
        title="Aj Dezines Boys Yellow & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: girl, front, sleeveless blue dress with a small floral print, a white long-sleeve cardigan over it,
    # hair loose (no ponytail), no pink item. All texts: VQA adapter. Caption runs on and is cut.
    case(
        "X1258-014",
        caption(
            "a little girl in a blue dress and a white cardigan standing in front of a white wall with her hands on "
            "her hips and a smile on her face and her hair in a pony tail and a pink",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        is_a("cardigan", "yes", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve", "contradiction"),
        gender="Girls",
        title="Peppermint Girls Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: boy, front, olive cargo shorts with side flap pockets, black tee.
    # All texts: VQA adapter.
    case(
        "X1258-015",
        caption("shorts"),
        is_a("shorts", "yes", article="a pair of"),
        Q.garment_type("shorts"),
        Q.color("green"),
        details("shorts", "pockets on the side"),
        Q.material("cotton"),
        gender="Boys",
        title="Nauti Nati Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Truth: boy, front, black tee with a Mickey Mouse print, red shorts.
    # All texts: VQA adapter.
    case(
        "X1258-016",
        caption("a young boy wearing a black t - shirt with mickey mouse on it"),
        is_a("tee", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.garment_type("graphic tee"),
        Q.color("black"),
        wearing("he is wearing a black tee and red shorts"),
        gender="Boys",
        title="YK Disney Boys Black Mickey Mouse Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Truth: girl, front, pink flared lehenga with a gold zari border, matching sleeveless choli, net dupatta; the
    # fabric is a shiny polyester satin. All texts: VQA adapter.
    case(
        "X1258-017",
        caption("a little girl in a pink dress with a gold border", "contradiction"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Biba Girls Pink Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Truth: girl, front, pink cotton shorts, white tee with a pink heart print.
    # All texts: VQA adapter. The tee question loops on yes.
    case(
        "X1258-018",
        caption("a little girl in a white shirt and pink shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a(
            "tee",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "pink"),
        Q.material("cotton"),
        gender="Girls",
        title="Hopscotch Girls Pink Solid Cotton Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Truth: boy, front, white tee with a blue car print and solid blue shorts, sold as a set.
    # All texts: VQA adapter.
    case(
        "X1258-019",
        caption("a young boy in a white t - shirt and blue shorts"),
        is_a("tee", "yes"),
        is_a("shorts", "yes", article="a pair of"),
        Q.garment_type("tee"),
        Q.color("white"),
        color_of("shorts", "white", "contradiction"),
        Q.pattern("graphic"),
        gender="Boys",
        title="Gini and Jony Boys White & Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="White",
    ),
    # Truth: girl, front, coral-red net party frock, sequinned sleeveless bodice, layered tulle skirt.
    # All texts: VQA adapter. Caption repeats one learned question.
    case(
        "X1258-020",
        caption(
            "Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer: yes Question: Is this a dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.color("red"),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a red dress with a tulle skirt and a sequined bodice"),
        gender="Girls",
        title="Cutecumber Girls Coral Red Embellished Net Fit and Flare Party Dress",
        category="Dresses",
        color="Coral",
    ),
    # Truth: back view, boy in a green-and-white striped polo, beige shorts.
    # All texts: VQA adapter. The open answer calls the boy "she".
    case(
        "X1258-021",
        caption("a boy in a green and white striped shirt"),
        is_a("polo shirt", "yes"),
        Q.pattern("striped"),
        Q.color("green"),
        wearing("she is wearing a green and white striped shirt and beige shorts", "pronoun"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="Marks & Spencer Boys Green & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Truth: girl, front, bottle-green short kurta with a gold print, flared green sharara, gold dupatta.
    # All texts: VQA adapter. The dupatta gets the kurta's green.
    case(
        "X1258-022",
        caption("a little girl in a green outfit"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        color_of("dupatta", "green", "contradiction"),
        gender="Girls",
        title="Aks Kids Girls Green & Gold-Toned Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: flat lay, white cotton frock with a small pink strawberry print and a Peter Pan collar, no bow.
    # No gender column in this row. All texts: VQA adapter. The details invent a bow.
    case(
        "X1258-023",
        caption("a white dress with strawberries on it"),
        wearing("a white dress with pink strawberries"),
        is_a("dress", "yes"),
        Q.color("white"),
        Q.sleeve_length("short sleeve"),
        details("dress", "a white dress with a collar and a bow on the front", "unsupported"),
        title="Mothercare Girls White & Pink Printed Cotton A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: boy with longish hair, front, plain orange cotton jersey tee, navy joggers (long).
    # All texts: VQA adapter. Caption calls him a girl.
    case(
        "X1258-024",
        caption("a young girl wearing an orange t - shirt and blue pants", "pronoun"),
        is_a("tee", "yes"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.material("polyester", "unsupported"),
        gender="Boys",
        title="Pantaloons Junior Boys Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Truth: girl, front, sleeveless denim pinafore dress over a white long-sleeve tee.
    # All texts: VQA adapter. The sleeve answer is the tee's.
    case(
        "X1258-025",
        caption("a young girl in a denim dress and white shirt"),
        is_a("dress", "yes"),
        is_a("denim", "yes"),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.color("blue"),
        Q.material("denim"),
        wearing("denim dress and white shirt", who="the girl"),
        gender="Girls",
        title="Gini and Jony Girls Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: girl, front, mustard anarkali (flared) kurta and white leggings, sold together.
    # All texts: VQA adapter. The kurta question echoes the template.
    case(
        "X1258-026",
        caption("a little girl in a yellow and white outfit"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        is_a("leggings", "yes", article="a pair of"),
        Q.color("yellow"),
        color_of("leggings", "yellow", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        gender="Girls",
        title="Biba Girls Mustard Yellow Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Truth: boy, front, charcoal-grey tee with a neon-green game controller and "GAME ON", light-blue denim shorts.
    # All texts: VQA adapter. The color answer is the print's.
    case(
        "X1258-027",
        caption("a young boy wearing a grey t - shirt with a video game controller on it"),
        is_a("tee", "yes"),
        Q.color("green", "contradiction"),
        Q.pattern("graphic"),
        wearing("grey tee", who="the boy"),
        Q.garment_type("graphic tee"),
        gender="Boys",
        title="Nauti Nati Boys Charcoal Grey Typography Printed T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Truth: girl, front, sleeveless white cotton schiffli frock with eyelet embroidery, white shoes.
    # All texts: VQA adapter.
    case(
        "X1258-028",
        caption("a little girl in a white dress"),
        is_a("dress", "yes"),
        is_a("tee", "no"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.material("cotton"),
        details("dress", "embroidered holes"),
        gender="Girls",
        title="Hopscotch Girls White Schiffli Embroidered Cotton Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: boy, front, khaki chino shorts with belt loops and a brown belt, light-blue linen shirt tucked in.
    # All texts: VQA adapter. Color is the shirt's; details say only the class.
    case(
        "X1258-029",
        caption("a young boy in a blue shirt and khaki shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("shirt", "yes", "contradiction"),
        Q.color("blue", "other_garment_color"),
        color_of("shorts", "beige"),
        details("shorts", "shorts", "non_answer"),
        gender="Boys",
        title="Mini Klub Boys Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Truth: girl, front, mint smocked cotton dress with short flutter sleeves, straw hat as a prop.
    # All texts: VQA adapter. Material answer is the hat's; the description loops.
    case(
        "X1258-030",
        caption("a little girl in a green dress and a straw hat"),
        is_a("dress", "yes"),
        Q.color("green"),
        Q.sleeve_length("short sleeve"),
        Q.material("straw", "contradiction"),
        describe(
            "dress",
            "a green dress with a smocked bodice and ruffled sleeves and a smocked bodice and ruffled sleeves and a "
            "smocked bodice and ruffled",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cherry Crumble Girls Mint Green Smocked Cotton Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: boy, front, royal-blue kurta, white churidar, beige printed Nehru jacket over the kurta (all one set).
    # No color column in this row. All texts: VQA adapter. The jacket gets the kurta's blue.
    case(
        "X1258-031",
        caption("a young boy in a blue and white outfit"),
        is_a("kurta", "yes"),
        is_a("jacket", "yes"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        color_of("jacket", "blue", "contradiction"),
        wearing("a blue kurta, white pants and a vest", who="the boy"),
        gender="Boys",
        title="Manyavar Boys Blue Kurta with Churidar & Printed Nehru Jacket",
        category="Kurta Sets",
    ),
    # Truth: girl, front, pink tee with a sequin unicorn, grey leggings.
    # All texts: VQA adapter. Caption loops.
    case(
        "X1258-032",
        caption(
            "a young girl wearing a pink t - shirt with a unicorn on it and grey leggings and a pink t - shirt with a "
            "unicorn on it and grey leggings and a pink t -",
            "loop",
            hit_limit=True,
        ),
        is_a("tee", "yes"),
        is_a("leggings", "yes", "contradiction", article="a pair of"),
        Q.color("pink"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="YK Girls Pink Unicorn Embellished Pure Cotton T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Truth: back view, boy in navy knit shorts and a yellow tee.
    # All texts: VQA adapter. Caption is a learned question; type answer is the tee.
    case(
        "X1258-033",
        caption("Question: What cloth is the person wearing? Answer: shorts", "leak"),
        is_a("shorts", "yes", article="a pair of"),
        Q.garment_type("tee", "contradiction"),
        Q.color("navy"),
        Q.material("cotton"),
        wearing("a yellow shirt and blue shorts"),
        gender="Boys",
        title="Allen Solly Junior Boys Navy Blue Solid Knitted Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Truth: girl, front, sleeveless olive cotton jumpsuit with a tie belt, white sneakers.
    # All texts: VQA adapter.
    case(
        "X1258-034",
        caption("a little girl in a green jumpsuit"),
        is_a("romper", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.garment_type("romper"),
        Q.color("green"),
        details("jumpsuit", "belt"),
        gender="Girls",
        title="Gini and Jony Girls Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Truth: boy holding a beach ball, sea-green tee with a small all-over palm tree print, white shorts. No stripes.
    # All texts: VQA adapter.
    case(
        "X1258-035",
        caption("a young boy holding a beach ball"),
        is_a("tee", "yes"),
        Q.color("green"),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton"),
        color_of("shorts", "white"),
        gender="Boys",
        title="Cub McPaws Boys Sea Green Conversational Printed Cotton T-shirt",
        category="Tshirts",
        color="Sea Green",
    ),
    # Truth: girl, front, black cotton-lycra cycling shorts, oversized lilac short-sleeve tee.
    # All texts: VQA adapter. The open answer calls her "he"; sleeve answer is the tee's.
    case(
        "X1258-036",
        caption("a young girl wearing a purple shirt and black shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("tee", "yes", "contradiction"),
        Q.color("black"),
        Q.material("spandex"),
        Q.sleeve_length("short sleeve", "contradiction"),
        wearing("he is wearing a purple shirt and black shorts", "pronoun"),
        gender="Girls",
        title="Pantaloons Junior Girls Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Truth: flat lay, black cotton kurta with white thread embroidery at the placket, white pyjamas beside it.
    # All texts: VQA adapter. The description runs to the limit.
    case(
        "X1258-037",
        caption("a black and white kurta set"),
        wearing("black kurta and white pajamas"),
        is_a("kurta", "yes"),
        Q.color("black"),
        describe(
            "kurta",
            "the kurta is black with white embroidery on the neckline and the buttons are white and the sleeves are "
            "long and the kurta is made of",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Boys",
        title="Jashvi Boys Black Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: boy, front, colourblocked tee: blue body, a wide red chest panel; grey shorts.
    # All texts: VQA adapter. Color is the panel's; the open answer is empty.
    case(
        "X1258-038",
        caption("a young boy in a blue and red shirt"),
        is_a("tee", "yes"),
        Q.pattern("color block"),
        Q.color("red", "contradiction"),
        Q.garment_type("tee"),
        wearing("", "non_answer", who="the boy"),
        gender="Boys",
        title="max Boys Blue & Red Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Truth: back view, girl in a peach tiered cotton maxi dress with long sleeves.
    # All texts: VQA adapter.
    case(
        "X1258-039",
        caption("the back of a little girl in a pink dress"),
        is_a("dress", "yes"),
        Q.sleeve_length("long sleeve"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.material("the garment is made of material", "restated"),
        gender="Girls",
        title="Hopscotch Girls Peach Solid Tiered Cotton Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Truth: boy, front, mustard corduroy dungaree shorts over a white-and-navy striped tee (one set), white socks,
    # brown shoes. No category column in this row. All texts: VQA adapter. The open answer is cut.
    case(
        "X1258-040",
        caption("a young boy in a yellow overalls and a striped shirt"),
        is_a("romper", "yes"),
        is_a("tee", "yes"),
        Q.color("yellow"),
        Q.pattern("striped"),
        Q.material("denim", "unsupported"),
        color_of("shirt", "yellow", "contradiction"),
        wearing(
            "a yellow overalls with a white and blue striped shirt and a pair of white socks and brown shoes and a "
            "yellow",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Mini Klub Boys Mustard Corduroy Dungarees with Striped T-shirt",
        color="Mustard",
    ),
    # Truth: girl, front, navy dress with white polka dots, a red belt, a white collar, short sleeves.
    # All texts: VQA adapter. Color answer is the belt's.
    case(
        "X1258-041",
        caption("a little girl in a blue and white polka dot dress"),
        is_a("dress", "yes"),
        Q.pattern("polka dot"),
        Q.color("red", "contradiction"),
        Q.sleeve_length("short sleeve"),
        describe("dress", "a navy blue dress with white polka dots, a red belt and a white collar"),
        gender="Girls",
        title="Cutecumber Girls Navy Blue Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: boy, front, blue shorts with a green palm-leaf print, white sleeveless tank.
    # All texts: VQA adapter. The material prompt returns a learned question and answer.
    case(
        "X1258-042",
        caption("a young boy wearing a white tank top and blue shorts with palm leaves"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("tank", "yes", "contradiction"),
        Q.pattern("floral"),
        Q.color("blue"),
        Q.material("Question: What is the color of the shorts? Answer: blue", "leak"),
        gender="Boys",
        title="Hopscotch Boys Blue Tropical Printed Cotton Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Truth: girl, front, red straight cotton kurta with a white bandhani dot print, white trousers, no dupatta.
    # All texts: VQA adapter.
    case(
        "X1258-043",
        caption("a little girl in a red and white dress", "contradiction"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.color("red"),
        Q.pattern("polka dot"),
        color_of("trousers", "white"),
        Q.material("cotton"),
        gender="Girls",
        title="Aks Kids Girls Red Bandhani Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: boy, front, grey melange long-sleeve henley tee with three buttons, dark indigo jeans.
    # All texts: VQA adapter. The jeans get the tee's grey.
    case(
        "X1258-044",
        caption("a young boy wearing a grey shirt and jeans"),
        is_a("tee", "yes"),
        is_a("denim", "yes", "contradiction"),
        Q.color("grey"),
        color_of("jeans", "grey", "contradiction"),
        Q.sleeve_length("long sleeve"),
        details("t-shirt", "buttons"),
        gender="Boys",
        title="Marks & Spencer Boys Grey Melange Henley Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Truth: girl holding a teddy bear, pink ruffle top and white shorts sold as a set.
    # All texts: VQA adapter. The shorts get the top's pink; the open answer loops.
    case(
        "X1258-045",
        caption("a little girl holding a teddy bear in a pink top and white shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("blouse", "yes"),
        Q.color("pink"),
        color_of("shorts", "pink", "contradiction"),
        wearing(
            "a pink top and white shorts and a teddy bear and a pink top and white shorts and a teddy bear and a pink "
            "top and",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Girls",
        title="Gini and Jony Girls Pink Ruffled Top with White Shorts",
        category="Clothing Set",
        color="Pink",
    ),
]
