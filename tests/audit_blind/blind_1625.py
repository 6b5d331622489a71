"""BLIND_1625 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-sixth
session. Measured blind at 0f3a531 (the session's sixth rules): 51/64 failures found (79.7%) and 6/176 correct texts
flagged (3.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of children's ethnic wear (kurta sets, kurta-pyjama with Nehru jackets, dhoti sets, sharara
and palazzo sets, lehenga cholis, pattu pavadai, anarkalis, ethnic gowns, sherwanis). The catalog columns are the
feed's own: title, category (Myntra's article type), color (its base colour, which names the top piece of a set),
gender (Boys / Girls); a column is missing now and then, as in the feed. Photos are the usual catalog shots: a child
on a plain light backdrop, mostly front, a few back views, two flat lays, and props now and then (a brass diya, a
lamp stand, a potli bag), with mojaris and the set's other pieces in frame.
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy,
30 new tokens, `Question: ... Answer:` prompts. The system does not caption (the VQA adapter's captions are broken),
so there is no caption text. Questionnaire per product: "What is the child wearing?" (open), "What is the color of
the <piece>?" for each piece the title names (closed: the free answer mapped to a candidate color, the raw text kept
when it maps to nothing), "Is this a <main garment>?" (closed yes/no), and on most products one of "What are the
<piece> details?" (open), the pattern, sleeve or material question. Because the adapter never learned to stop, the
open answers run on to the limit fairly often: loops, prompt leaks (the next "Question: ... Answer:" of its training
layout), or a sentence cut at the limit; closed answers are usually one clean word, but an unmappable run-on (a
color outside the candidate list such as "mustard") is kept raw.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Color names are judged
by family: cream/off-white/ivory answered "white", maroon answered "red", peach or magenta answered "pink", teal
answered "green" or "blue", rust answered "orange", gold tissue answered "yellow" are all counted correct; navy
answered "black" is counted wrong. In-shop vocabulary for the garments is accepted when it names the same kind of
piece ("shirt" or "top" for a kurta, "pants" for a pyjama or churidar, "vest" or "jacket" for a Nehru jacket, "suit"
or "coat" for a sherwani, "dress" for a one-piece anarkali or gown, "scarf" for a dupatta or stole); it is wrong
when it changes the kind ("skirt" for a dhoti, "dress" for a two-piece pavadai whose blouse is another color). A
color answer that takes another piece's color in the same photo is other_garment_color; one that takes a prop's
color, or is simply wrong, is contradiction. A "no" to "Is this a sherwani/kurta/lehenga?" when it is one is
contradiction. Run-ons that repeat a phrase are loop, ones that start the next "Question:" are leak, ones that stop
mid-phrase at the limit without repeating are cut; all three carry hit_limit=True. A wrong pronoun ("she" for a
boy) is pronoun even when the rest of the answer is right. Details that only echo the question ("the jacket is a
jacket") are restated; a bare noun or an empty string for an open question is non_answer. Details the photo does
not show (a zipper where there is a tie-up dori, a pocket square, a side pocket) are unsupported; a material that
the title contradicts ("silk" for a pure cotton kurta) is contradiction. About a quarter of the texts come out
wrong: the closed color and yes/no answers are mostly one right word on these plain-backdrop shots, and the errors
gather in the open answers and in a set's second or third piece given the first piece's color.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, wearing

CHILD = "the child"

BLIND_1625 = [
    # Truth: boy, front, mustard straight kurta with thread work on the placket, white pyjama, tan mojaris.
    # All texts: VQA adapter. All correct.
    case(
        "X1625-001",
        wearing("a yellow kurta and white pants", who=CHILD),
        color_of("kurta", "yellow"),
        color_of("pyjamas", "white"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a mandarin collar and a button placket"),
        gender="Boys",
        title="Jashvi Boys Mustard Yellow & White Thread Work Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Truth: boy, front, cream brocade knee-length sherwani, cream churidar, maroon stole over the left shoulder.
    # All texts: VQA adapter. The churidar gets the stole's maroon; "no" to the sherwani question.
    case(
        "X1625-002",
        wearing("a white suit with a red scarf", who=CHILD),
        color_of("sherwani", "white"),
        color_of("churidar", "red", "other_garment_color"),
        color_of("stole", "red"),
        is_a("sherwani", "no", "contradiction"),
        gender="Boys",
        title="VASTRAMAY Boys Cream-Coloured Self Design Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
    ),
    # Truth: girl, front, pink flared lehenga with a gold gota border, pink choli, sheer gold net dupatta.
    # All texts: VQA adapter. The dupatta gets the lehenga's pink; the details loop.
    case(
        "X1625-003",
        wearing("a pink lehenga with a gold border", who=CHILD),
        color_of("lehenga", "pink"),
        color_of("choli", "pink"),
        color_of("dupatta", "pink", "other_garment_color"),
        is_a("lehenga", "yes"),
        details(
            "lehenga",
            "the lehenga has a gold border at the bottom and a gold border at the bottom and a gold border at the "
            "bottom and a gold border at the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Kalkitots Girls Pink & Gold-Toned Gotta Patti Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Truth: girl, front, green floral-print anarkali kurta, white palazzo trousers, off-white dupatta with a green
    # border. All texts: VQA adapter. The trousers get the kurta's green; "no" to the kurta question.
    case(
        "X1625-004",
        wearing("a green dress", who=CHILD),
        color_of("kurta", "green"),
        color_of("trousers", "green", "other_garment_color"),
        color_of("dupatta", "white"),
        is_a("kurta", "no", "contradiction"),
        details("kurta", "the kurta is long and flared with flowers on it"),
        gender="Girls",
        title="Aks Kids Girls Green Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: boy, front, white kurta, white pyjama, navy blue printed Nehru jacket with a welt pocket on the chest.
    # All texts: VQA adapter. The kurta gets the jacket's navy; the jacket details loop.
    case(
        "X1625-005",
        wearing("a blue vest and white pants", who=CHILD),
        color_of("nehru jacket", "blue"),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("pyjama", "white"),
        is_a("kurta", "yes"),
        details(
            "nehru jacket",
            "the jacket has a mandarin collar and buttons down the front and a pocket on the chest and a pocket on "
            "the chest and a pocket on the chest and a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sangria Boys White Kurta & Pyjama with Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: flat lay, no child: an orange cotton kurta, plain, on a white surface.
    # All texts: VQA adapter. All correct ("a kurta" describes what is in the shot).
    case(
        "X1625-006",
        wearing("a kurta", who=CHILD),
        color_of("kurta", "orange"),
        is_a("kurta", "yes"),
        BLIND_QUESTIONS.pattern("solid"),
        details("kurta", "the kurta is made of cotton"),
        gender="Boys",
        title="Fabindia Kids Boys Orange Solid Pure Cotton Kurta",
        category="Kurtas",
        color="Orange",
    ),
    # Truth: girl, front, short yellow kurti with mirror work, yellow sharara, pink dupatta with tassels.
    # All texts: VQA adapter. The wearing answer runs into the next question of its training layout.
    case(
        "X1625-007",
        wearing(
            "a yellow top and yellow pants Question: What is the color of the top? Answer: yellow Question: What is "
            "the color of the pants? Answer",
            "leak",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurti", "yellow"),
        color_of("sharara", "yellow"),
        color_of("dupatta", "pink"),
        is_a("kurti", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow Mirror Work Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: boy with longish hair, front, off-white kurta, off-white dhoti pants, brown mojaris.
    # All texts: VQA adapter. "she" for the boy.
    case(
        "X1625-008",
        wearing("she is wearing a white kurta and white pants", "pronoun", who=CHILD),
        color_of("kurta", "white"),
        color_of("dhoti pants", "white"),
        is_a("kurta", "yes"),
        details("dhoti pants", "the dhoti has pleats at the front"),
        gender="Boys",
        title="YK Boys Off-White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Off White",
    ),
    # Truth: the feed's first image is a back view: girl, peach anarkali with a gold yoke and a tie-up dori with
    # tassels at the back, peach churidar, peach net dupatta with a gold border over one arm.
    # All texts: VQA adapter. The zipper is invented (the back shows the dori).
    case(
        "X1625-009",
        wearing("a pink dress", who=CHILD),
        color_of("kurta", "pink"),
        color_of("churidar", "pink"),
        color_of("dupatta", "pink"),
        is_a("kurta", "yes"),
        details("kurta", "the back of the dress has a zipper", "unsupported"),
        gender="Girls",
        title="Biba Girls Peach-Coloured Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: boy, front, bottle green Nehru jacket, cream kurta, cream pyjama.
    # All texts: VQA adapter. The wearing answer loops.
    case(
        "X1625-010",
        wearing(
            "a green jacket, a white shirt, a white pants, a white shirt, a white pants, a white shirt, a white "
            "pants, a white",
            "loop",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("nehru jacket", "green"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        is_a("nehru jacket", "yes"),
        gender="Boys",
        title="Aj Dezines Boys Cream-Coloured Kurta Pyjama with Green Nehru Jacket",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: girl, front, royal blue kurta with white bandhani dots, blue palazzos.
    # All texts: VQA adapter. The details answer only echoes the question.
    case(
        "X1625-011",
        wearing("a blue dress and blue pants", who=CHILD),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        BLIND_QUESTIONS.pattern("polka dot"),
        gender="Girls",
        title="Ahalyaa Girls Blue Bandhani Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: girl, front, gold tissue lehenga with zari, gold choli, maroon net dupatta.
    # All texts: VQA adapter. All correct (gold tissue read as yellow counted right).
    case(
        "X1625-012",
        wearing("a gold skirt and a red scarf", who=CHILD),
        color_of("lehenga", "yellow"),
        color_of("choli", "gold"),
        color_of("dupatta", "red"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Pspeaches Girls Gold-Toned Zari Woven Lehenga Choli with Maroon Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Truth: boy, front, maroon velvet sherwani with gold embroidery at the collar and cuffs, gold-toned buttons,
    # cream churidar; a brass lamp stand beside him. All texts: VQA adapter. The wearing answer is cut at the limit.
    case(
        "X1625-013",
        wearing(
            "a red coat with gold embroidery on the collar and on the cuffs and white pants, he is standing next to "
            "a lamp on a white background and he is",
            "cut",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("sherwani", "red"),
        color_of("churidar", "white"),
        is_a("sherwani", "yes"),
        details("sherwani", "the sherwani has gold buttons"),
        gender="Boys",
        title="Manyavar Kids Boys Maroon Embroidered Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Truth: girl, front, teal lehenga, teal choli, pink dupatta; she holds a small golden potli bag.
    # All texts: VQA adapter. The dupatta gets the potli's gold.
    case(
        "X1625-014",
        wearing("a blue skirt and top", who=CHILD),
        color_of("lehenga", "green"),
        color_of("choli", "green"),
        color_of("dupatta", "gold", "contradiction"),
        is_a("lehenga", "yes"),
        details("lehenga", "the lehenga has embroidery"),
        gender="Girls",
        title="Kalkitots Girls Teal Embroidered Ready to Wear Lehenga & Choli with Pink Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Truth: boy in sunglasses, front, black pathani kurta with a flap pocket on the left chest, black salwar.
    # All texts: VQA adapter. All correct.
    case(
        "X1625-015",
        wearing("a black shirt and black pants", who=CHILD),
        color_of("kurta", "black"),
        color_of("salwar", "black"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a collar and a pocket on the chest"),
        gender="Boys",
        title="VASTRAMAY Boys Black Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: girl, front, mustard lehenga, magenta choli, magenta dupatta.
    # All texts: VQA adapter. The lehenga color ran on with "mustard" (not a candidate) and was kept raw.
    case(
        "X1625-016",
        wearing("a yellow skirt and a pink top", who=CHILD),
        color_of(
            "lehenga",
            "mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard "
            "mustard mustard",
            "loop",
            hit_limit=True,
        ),
        color_of("choli", "pink"),
        color_of("dupatta", "pink"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Mustard & Magenta Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Truth: boy, front, white chikankari kurta with floral embroidery on the front, white pyjamas.
    # All texts: VQA adapter. The wearing answer loops.
    case(
        "X1625-017",
        wearing(
            "a white kurta and white pyjamas, a white kurta and white pyjamas, a white kurta and white pyjamas, a "
            "white kurta and white pyjamas",
            "loop",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("pyjamas", "white"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has embroidery on the front"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Boys",
        title="Fabindia Kids Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: girl, front, red kurta with gold embroidery, red sharara, cream dupatta with a red border.
    # All texts: VQA adapter. The dupatta gets the kurta's red; the details loop. The feed row has no gender.
    case(
        "X1625-018",
        wearing("a red kurta and sharara", who=CHILD),
        color_of("kurta", "red"),
        color_of("sharara", "red"),
        color_of("dupatta", "red", "other_garment_color"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has gold embroidery on the neck and a gold embroidery on the neck and a gold embroidery on "
            "the neck and a gold embroidery on the",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Girls Red Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: boy, front, sky blue knee-length kurta, white pyjamas.
    # All texts: VQA adapter. "she" for the boy; the pyjamas get the kurta's blue.
    case(
        "X1625-019",
        wearing("she is wearing a blue kurta and white pajamas", "pronoun", who=CHILD),
        color_of("kurta", "blue"),
        color_of("pyjamas", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Aks Kids Boys Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: boy, front, rust printed Nehru jacket, beige kurta, cream dhoti.
    # All texts: VQA adapter. The kurta gets the jacket's rust; the jacket details only echo the question.
    case(
        "X1625-020",
        wearing("a jacket", who=CHILD),
        color_of("nehru jacket", "orange"),
        color_of("kurta", "orange", "other_garment_color"),
        color_of("dhoti", "white"),
        is_a("kurta", "yes"),
        details("nehru jacket", "the jacket is a jacket", "restated"),
        gender="Boys",
        title="VASTRAMAY Boys Beige Kurta with Dhoti Pants & Rust Printed Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
    ),
    # Truth: boy, front, lavender kurta with wooden buttons, white pyjama.
    # All texts: VQA adapter. The pyjama gets the kurta's lavender; the details answer runs into the next question.
    case(
        "X1625-021",
        wearing("a purple kurta and white pants", who=CHILD),
        color_of("kurta", "purple"),
        color_of("pyjama", "purple", "other_garment_color"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has buttons Question: What are the pyjama details? Answer: the pyjama has a drawstring "
            "Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Lavender Solid Kurta with Pyjama",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Truth: girl, front, pink ethnic gown with a gold embroidered yoke and hem, short flutter sleeves, no dupatta.
    # All texts: VQA adapter. The wearing answer came back empty.
    case(
        "X1625-022",
        wearing("", "non_answer", who=CHILD),
        color_of("dress", "pink"),
        is_a("dress", "yes"),
        details("dress", "the dress has a gold border at the hem"),
        BLIND_QUESTIONS.sleeve_length("short sleeve"),
        gender="Girls",
        title="Pspeaches Girls Pink Embroidered Ethnic Gown",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Truth: boy, front, teal kurta, white churidar gathered at the ankles.
    # All texts: VQA adapter. The wearing answer runs into the next questions; "no" to the kurta question.
    case(
        "X1625-023",
        wearing(
            "a blue shirt and white pants Question: Is this a kurta? Answer: no Question: What is the color of the "
            "kurta? Answer: green",
            "leak",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("churidar", "white"),
        is_a("kurta", "no", "contradiction"),
        details("churidar", "the pants are gathered at the ankles"),
        gender="Boys",
        title="Aj Dezines Boys Teal Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
    ),
    # Truth: girl, front, lime green kurta with gota patti at the neckline and sleeve hems, lime sharara, pink
    # dupatta; no pockets. All texts: VQA adapter. The dupatta gets the kurta's green; the side pocket is invented.
    case(
        "X1625-024",
        wearing("a green kurta and green pants and a pink scarf", who=CHILD),
        color_of("kurta", "green"),
        color_of("sharara", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a gold border on the neck and sleeves and a pocket on the side", "unsupported"),
        gender="Girls",
        title="Bitiya by Bhama Girls Lime Green Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Truth: boy, front, navy blue sherwani, white churidar, gold safa on his head.
    # All texts: VQA adapter. The wearing answer calls the navy sherwani black; the churidar gets the sherwani's
    # blue.
    case(
        "X1625-025",
        wearing("a black suit and a turban", "contradiction", who=CHILD),
        color_of("sherwani", "blue"),
        color_of("churidar", "blue", "other_garment_color"),
        color_of("safa", "gold"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Manyavar Kids Boys Navy Blue Self Design Sherwani Set with Safa",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Truth: girl, front, off-white lehenga with a green floral print, green choli, off-white dupatta.
    # All texts: VQA adapter. The dupatta gets the choli's green.
    case(
        "X1625-026",
        wearing("a white skirt with flowers and a green top", who=CHILD),
        color_of("lehenga", "white"),
        color_of("choli", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Girls",
        title="Ahalyaa Girls Off-White & Green Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Truth: boy, front, cream silk kurta with cloth buttons and a mandarin collar, cream pyjama.
    # All texts: VQA adapter. The details loop.
    case(
        "X1625-027",
        wearing("a white kurta and pyjama", who=CHILD),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has buttons on the front, the sleeves, the collar, the sleeves, the collar, the sleeves, "
            "the collar, the sleeves, the collar",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sangria Boys Cream-Coloured Solid Silk Kurta with Pyjama",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: girl, front, yellow silk pattu pavadai skirt with a green zari border, green blouse.
    # All texts: VQA adapter. "dress" for the two-piece with a green blouse; the blouse gets the skirt's yellow.
    case(
        "X1625-028",
        wearing("a yellow dress", "contradiction", who=CHILD),
        color_of("lehenga", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Kalkitots Girls Yellow & Green Zari Woven Pattu Pavadai Lehenga with Blouse",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Truth: flat lay, no child: indigo kurta with small white block-printed flowers, white pyjama folded beside.
    # All texts: VQA adapter. The pyjama gets the kurta's indigo.
    case(
        "X1625-029",
        wearing("a blue shirt and white pants", who=CHILD),
        color_of("kurta", "blue"),
        color_of("pyjama", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Boys",
        title="Fabindia Kids Boys Indigo Block Printed Pure Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: girl, front, magenta flared anarkali with gold lace at the hem, sleeves and round neck, white leggings,
    # magenta dupatta. All texts: VQA adapter. The leggings get the kurta's magenta; the details are cut.
    case(
        "X1625-030",
        wearing("a pink dress and white leggings", who=CHILD),
        color_of("kurta", "pink"),
        color_of("leggings", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has a gold border at the bottom and on the sleeves and a round neck with gold lace around it "
            "and the dress is flared from the waist down to the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Aks Kids Girls Magenta Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Truth: boy, front, rust kurta, white pyjama.
    # All texts: VQA adapter. The wearing answer leaks its training layout.
    case(
        "X1625-031",
        wearing(
            "kurta Question: What is the color of the kurta? Answer: orange Question: What is the color of the "
            "pyjama? Answer: white Question:",
            "leak",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        color_of("pyjama", "white"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Rust Solid Kurta with Pyjama",
        category="Kurta Sets",
        color="Rust",
    ),
    # Truth: boy, front, peach kurta, white pyjama; he holds a lit brass diya. The feed row has no category.
    # All texts: VQA adapter. The pyjama gets the diya's brass yellow.
    case(
        "X1625-032",
        wearing("a pink shirt and white pants", who=CHILD),
        color_of("kurta", "pink"),
        color_of("pyjama", "yellow", "contradiction"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a mandarin collar and full sleeves"),
        gender="Boys",
        title="Jashvi Boys Peach-Coloured Kurta with Pyjama",
        color="Peach",
    ),
    # Truth: girl, front, purple lehenga, purple choli with mirror work, pink dupatta.
    # All texts: VQA adapter. The dupatta gets the lehenga's purple; "no" to the lehenga question; the details run
    # into the next question.
    case(
        "X1625-033",
        wearing("a purple lehenga and a pink dupatta", who=CHILD),
        color_of("lehenga", "purple"),
        color_of("choli", "purple"),
        color_of("dupatta", "purple", "other_garment_color"),
        is_a("lehenga", "no", "contradiction"),
        details(
            "lehenga",
            "it has small mirrors on the blouse and the skirt Question: What is the color of the lehenga? Answer: "
            "purple Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pspeaches Girls Purple Mirror Work Lehenga Choli with Pink Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Truth: boy, front, green kurta, cream dhoti, gold stole around the neck.
    # All texts: VQA adapter. The dhoti gets the kurta's green; the dhoti details are a bare noun.
    case(
        "X1625-034",
        wearing("a green kurta and a white dhoti", who=CHILD),
        color_of("kurta", "green"),
        color_of("dhoti", "green", "other_garment_color"),
        is_a("kurta", "yes"),
        details("dhoti", "the dhoti", "non_answer"),
        gender="Boys",
        title="YK Boys Green Solid Kurta with Dhoti & Stole",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: girl, front, orange kurta, pink palazzos, pink dupatta with an orange border.
    # All texts: VQA adapter. The wearing answer loops; the palazzos get the kurta's orange; the palazzo details
    # say nothing.
    case(
        "X1625-035",
        wearing(
            "an orange top and pink pants and a pink scarf and a pink scarf and a pink scarf and a pink scarf and a "
            "pink scarf and a pink",
            "loop",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        color_of("palazzos", "orange", "other_garment_color"),
        color_of("dupatta", "pink"),
        is_a("kurta", "yes"),
        details("palazzos", "they are palazzos", "non_answer"),
        gender="Girls",
        title="Bitiya by Bhama Girls Orange & Pink Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # Truth: boy, front, blue-and-white striped kurta with a plain white mandarin collar, white pyjama.
    # All texts: VQA adapter. The wearing answer runs into the next question.
    case(
        "X1625-036",
        wearing(
            "a blue and white striped shirt and white pants Question: What is the color of the shirt? Answer: blue "
            "Question: What is the",
            "leak",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("pyjama", "white"),
        BLIND_QUESTIONS.pattern("striped"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta is blue and white striped with a white collar"),
        gender="Boys",
        title="Sangria Boys Blue & White Striped Pure Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: girl, front, black lehenga with gold foil print, black choli, gold net dupatta.
    # All texts: VQA adapter. The choli color loops.
    case(
        "X1625-037",
        wearing("a black skirt and a black top", who=CHILD),
        color_of("lehenga", "black"),
        color_of(
            "choli",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        color_of("dupatta", "gold"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Kalkitots Girls Black & Gold-Toned Foil Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Truth: girl with a short bob, front, red kurta, white dhoti pants.
    # All texts: VQA adapter. "a boy" for the girl; the dhoti pants details are a bare noun.
    case(
        "X1625-038",
        wearing("a boy wearing a red kurta and white pants", "pronoun", who=CHILD),
        color_of("kurta", "red"),
        color_of("dhoti pants", "white"),
        is_a("kurta", "yes"),
        details("dhoti pants", "pants", "non_answer"),
        gender="Girls",
        title="Aks Kids Girls Red Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: boy, front, hands on his hips before a white wall, grey pure cotton kurta, white pyjamas, brown sandals.
    # All texts: VQA adapter. The wearing answer is cut; the pyjamas get the kurta's grey; "silk" against the title's
    # pure cotton.
    case(
        "X1625-039",
        wearing(
            "a grey kurta and white pyjama with a pair of brown sandals, he is standing with his hands on his hips "
            "in front of a white wall and",
            "cut",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurta", "grey"),
        color_of("pyjamas", "grey", "other_garment_color"),
        is_a("kurta", "yes"),
        BLIND_QUESTIONS.material("silk", "contradiction"),
        gender="Boys",
        title="Jashvi Boys Grey Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
    ),
    # Truth: girl, front, cream kurti with pink embroidery, flared pink sharara, pink dupatta.
    # All texts: VQA adapter. The kurti gets the sharara's pink.
    case(
        "X1625-040",
        wearing("a white top and pink pants", who=CHILD),
        color_of("kurti", "pink", "other_garment_color"),
        color_of("sharara", "pink"),
        color_of("dupatta", "pink"),
        is_a("kurti", "yes"),
        details("sharara", "the sharara is flared at the bottom"),
        gender="Girls",
        title="Ahalyaa Girls Cream-Coloured & Pink Embroidered Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: boy, front, maroon velvet Nehru jacket with gold buttons and a plain welt pocket (nothing in it),
    # white kurta, white pyjama. All texts: VQA adapter. The kurta gets the jacket's maroon; the pocket square is
    # invented.
    case(
        "X1625-041",
        wearing("a red jacket and white pants", who=CHILD),
        color_of("nehru jacket", "red"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("pyjama", "white"),
        BLIND_QUESTIONS.material("velvet"),
        details("nehru jacket", "the jacket has gold buttons and a pocket square", "unsupported"),
        gender="Boys",
        title="Manyavar Kids Boys White Kurta Pyjama with Maroon Velvet Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: girl holding a flower, front, sea green floor-length anarkali gown with silver sequins on the bodice,
    # three-quarter sleeves. All texts: VQA adapter. All correct.
    case(
        "X1625-042",
        wearing("a green dress", who=CHILD),
        color_of("gown", "green"),
        is_a("dress", "yes"),
        details("gown", "the dress has silver sequins on the top and a flared skirt"),
        BLIND_QUESTIONS.sleeve_length("long sleeve"),
        gender="Girls",
        title="Pspeaches Girls Sea Green Sequinned Anarkali Ethnic Gown",
        category="Ethnic Dresses",
        color="Sea Green",
    ),
    # Truth: back view: boy facing away, yellow kurta, white dhoti, green printed Nehru jacket.
    # All texts: VQA adapter. "skirt" for the dhoti; the dhoti gets the kurta's yellow.
    case(
        "X1625-043",
        wearing("a green vest and a white skirt", "contradiction", who=CHILD),
        color_of("nehru jacket", "green"),
        color_of("kurta", "yellow"),
        color_of("dhoti", "yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="VASTRAMAY Boys Yellow Kurta with Dhoti & Green Printed Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: girl, front, pink kurta with a white-and-gold embroidered neckline, pink sharara with a gold border,
    # pink dupatta with a gold border. All texts: VQA adapter. The wearing answer is cut at the limit.
    case(
        "X1625-044",
        wearing(
            "a pink kurta with a white and gold embroidered neckline, pink sharara pants with a gold border at the "
            "bottom and a pink dupatta with a gold border on the",
            "cut",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("sharara", "pink"),
        color_of("dupatta", "pink"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Sangria Girls Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: boy, front, ivory sherwani with gold embroidery on the collar and down the front, white churidar, gold
    # stole, gold mojaris. All texts: VQA adapter. The churidar gets the stole's gold; the details are cut.
    case(
        "X1625-045",
        wearing("a white sherwani", who=CHILD),
        color_of("sherwani", "white"),
        color_of("churidar", "gold", "other_garment_color"),
        color_of("stole", "gold"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "the sherwani has gold embroidery on the collar and the front and the cuffs of the sleeves, it is worn "
            "with white churidar pants and a gold stole that is draped",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Manyavar Kids Boys Ivory Embroidered Sherwani Set with Stole",
        category="Sherwani",
        color="White",
    ),
]
