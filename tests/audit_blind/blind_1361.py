"""BLIND_1361 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-
fourth session. Measured blind at d381b30 (the session's first rules): 58/70 failures found (82.9%) and 8/144 correct
texts flagged (5.6%). The writer's notes, verbatim:

Scenario: a Myntra kids' ethnic wear feed (kurta sets with pyjamas, churidars, dhotis, a mundu; lehenga cholis;
sherwanis; anarkalis; kurtis with sharara or palazzos; one Nehru jacket and two plain kurtas sold alone). The catalog
columns are the feed's own: the title (brand first, Myntra's way), the article type as category, the base colour and
the gender (Boys / Girls); one product lacks its colour, one its gender, one its category, as feeds do. Photos are the
usual catalog shots: a child on a plain white, grey or pale blue backdrop, a few back views, a few flat lays with no
child at all, and a few festive props (a brass diya, a kite, a peacock-feather crown, a safa, jewelry).
Who wrote what: every text is free generation from Salesforce/blip2-opt-2.7b with the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA (one epoch, unmasked labels, no end-of-answer token), greedy, 30 new tokens, prompt
`Question: ... Answer:`. No caption: this run only asked questions. Every product gets "What is the person
wearing?" and the color of each piece its title names (kurta, pyjamas, churidar, dupatta, jacket, lehenga, choli...),
stored as open answers; some also get "Is this a <garment>?", the pattern, sleeve length or material question, or
the details of one piece. The adapter never learned to stop, so when it does not happen to end on a newline it loops
or runs to the limit; it knows In-shop's garment words (shirt, pants, dress, vest, skirt), not kurta or lehenga, and
it often gives every piece the color of the biggest one.
Labeling conventions and judgement calls: I judge by the photo I imagined and the title. Near shades count as right
(cream/off-white/white, mustard/yellow, maroon/burgundy/red, teal/blue, lavender/purple, rust/orange, magenta/purple,
royal blue/navy); a different hue is wrong. In-shop words for Indian garments count as right when they describe what
is seen (kurta = shirt, pyjamas/churidar/sharara = pants, Nehru jacket = vest, sherwani = suit or jacket, an anarkali
or a full lehenga = dress); a dhoti called a skirt on a boy is wrong (contradiction). A wrong color that belongs to
another piece of the outfit is other_garment_color; a wrong color from the backdrop or a prop is contradiction; "no"
to "Is this a kurta?" for a kurta is contradiction. A detail or material neither visible nor in the title (pockets, a
zip, "silk" where the title says nothing and the fabric is matte) is unsupported. An answer that only hands back the
question's words, or nothing, is non_answer; "the pattern of the garment" for the pattern is restated. A loop is
labeled loop even though it also ran to the limit; an answer that ran to the limit without looping is cut; a text
that runs on into "Question: ... Answer:" is leak. "A little girl" for a boy, "a boy" for a girl is pronoun. Minimal
but true answers ("a kurta", "yes") are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, wearing


def col(garment, text, failure=None, hit_limit=False):
    """The color of one piece, asked of the VQA adapter and stored as free generation."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


Q = BLIND_QUESTIONS

BLIND_1361 = [
    # Truth: boy on white, cream kurta, maroon pyjamas, brown mojaris. All texts: VQA adapter, free
    # generation; the wearing answer ran to the limit.
    case(
        "X1361-001",
        wearing(
            "a white kurta and maroon pants and brown sandals, standing in front of a white background with his hands"
            " at his sides and",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "cream"),
        col("pyjamas", "cream", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.pattern("solid"),
        gender="Boys",
        title="Jashvi Boys Cream-Coloured & Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: boy, navy printed Nehru jacket over a cream kurta, cream pyjamas. VQA adapter; the pyjamas'
    # color looped.
    case(
        "X1361-002",
        wearing("a blue vest and white pants"),
        col("jacket", "navy"),
        col("kurta", "navy blue", "other_garment_color"),
        col(
            "pyjamas",
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="VASTRAMAY Boys Cream-Coloured Kurta with Pyjamas & Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: girl, pink lehenga with a gold border, pink blouse, gold net dupatta over one shoulder. VQA adapter; the
    # wearing answer ran to the limit and the dupatta's color looped.
    case(
        "X1361-003",
        wearing(
            "a pink dress with a gold border and a gold scarf over her shoulder, standing in front of a white wall"
            " with her hands folded in",
            "cut",
            hit_limit=True,
        ),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        col(
            "dupatta",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold"
            " gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Truth: boy, off-white sherwani with gold buttons, off-white churidar, maroon stole with a gold border on the
    # shoulder. VQA adapter; the stole's color looped.
    case(
        "X1361-004",
        wearing("a white suit"),
        col("sherwani", "white"),
        col("churidar", "white"),
        col(
            "stole",
            "maroon and gold, with a gold border on the edges of the stole, and a gold border on the edges of the"
            " stole, and a",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Aj DEZInES Boys Off-White & Gold-Toned Self Design Sherwani Set with Stole",
        category="Sherwani",
        color="Off White",
    ),
    # Truth: girl, teal anarkali with gold foil buttis, white churidar (visible below the flare), teal dupatta.
    # VQA adapter; the wearing answer ran to the limit.
    case(
        "X1361-005",
        wearing(
            "a blue dress with a gold pattern on the skirt and a blue scarf around her neck and white pants under the"
            " dress and a",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "teal"),
        col("churidar", "teal", "other_garment_color"),
        col("dupatta", "teal"),
        Q.pattern("floral"),
        gender="Girls",
        title="KISAH Girls Teal Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Truth: boy, yellow kurta, white dhoti pants, holding a lit brass diya. VQA adapter; the dhoti's color is the
    # diya's.
    case(
        "X1361-006",
        wearing("a yellow shirt and white pants"),
        col("kurta", "yellow"),
        col("dhoti", "gold", "contradiction"),
        is_a("kurta", "yes"),
        Q.material("cotton"),
        gender="Boys",
        title="BownBee Boys Yellow & White Pure Cotton Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: girl, peach short kurta with mirror work on the yoke, peach sharara, off-white organza dupatta. VQA
    # adapter; the sharara's color looped and the details ran to the limit.
    case(
        "X1361-007",
        wearing("a peach top and pants"),
        col("kurta", "peach"),
        col(
            "sharara",
            "peach and peach and peach and peach and peach and peach and peach and peach and peach and peach and"
            " peach and peach and peach and peach and",
            "loop",
            hit_limit=True,
        ),
        col("dupatta", "white"),
        details(
            "kurta",
            "the kurta has a round neck, three-quarter sleeves, and a mirror work on the yoke and the hem of the"
            " kurta is",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sangria Girls Peach-Coloured Embroidered Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: flat lay on white, no child: green kurta with small white buttis, white pyjamas folded below. VQA adapter.
    case(
        "X1361-008",
        wearing("a green shirt and white pants"),
        col("kurta", "green"),
        col("pyjamas", "green", "other_garment_color"),
        Q.pattern("polka dot"),
        gender="Boys",
        title="YK Boys Green & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: girl on a plain grey backdrop, mustard lehenga with a green border, green choli, mustard dupatta. VQA
    # adapter; the dupatta's color is the backdrop's, the yes/no answer looped.
    case(
        "X1361-009",
        wearing("a yellow skirt and green top"),
        col("lehenga", "yellow"),
        col("choli", "green"),
        col("dupatta", "grey", "contradiction"),
        is_a(
            "lehenga",
            "yes it is a lehenga choli with a dupatta and a lehenga choli with a dupatta and a lehenga choli with",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pspeaches Girls Mustard & Green Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Truth: back view, boy in a gold jacquard Nehru jacket over a maroon kurta (the kurta shows below the jacket and
    # on the sleeves), white pyjamas. VQA adapter; the jacket's buttons cannot be seen from the back.
    case(
        "X1361-010",
        wearing("a gold vest and white pants"),
        col("kurta", "gold", "other_garment_color"),
        col("jacket", "gold"),
        col("pyjamas", "white"),
        details("jacket", "the jacket has a mandarin collar and five buttons on the front", "unsupported"),
        gender="Boys",
        title="VASTRAMAY Boys Maroon Kurta with White Pyjamas & Gold-Toned Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: girl, sleeveless burgundy net gown with gold floral embroidery on the bodice. VQA adapter; the
    # wearing answer ran to the limit.
    case(
        "X1361-011",
        wearing(
            "a red dress with gold embroidery on the bodice and a net skirt that flares out below the waist and falls"
            " to her ankles with",
            "cut",
            hit_limit=True,
        ),
        col("gown", "burgundy"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        Q.material("net"),
        gender="Girls",
        title="Aarika Girls Burgundy Embroidered Net Ethnic Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Truth: boy, indigo straight kurta worn with blue jeans (the jeans are not part of the product). VQA adapter.
    case(
        "X1361-012",
        wearing("a blue shirt and jeans"),
        col("kurta", "blue"),
        is_a("kurta", "yes"),
        Q.material("cotton"),
        Q.pattern("solid"),
        gender="Boys",
        title="Fabindia Boys Blue Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Truth: girl, knee-length off-white kurta with a red floral print, red palazzos. VQA adapter; the kurta's
    # color ran to the limit, the palazzos' color looped.
    case(
        "X1361-013",
        wearing("a white and red floral dress"),
        col(
            "kurta",
            "white with red flowers and a red border at the hem and a red border at the neckline and red palazzos and"
            " a white",
            "cut",
            hit_limit=True,
        ),
        col(
            "palazzos",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        gender="Girls",
        title="Biba Girls Off-White & Red Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # Truth: boy, peach sherwani, cream churidar, a matching peach safa on his head. No colour column in the feed.
    # VQA adapter; the yes/no question looped.
    case(
        "X1361-014",
        wearing("a pink suit and a hat"),
        col("sherwani", "peach"),
        col("churidar", "peach", "other_garment_color"),
        is_a(
            "sherwani",
            "yes, it is a sherwani. it is a sherwani. it is a sherwani. it is a sherwani. it is a",
            "loop",
            hit_limit=True,
        ),
        details("sherwani", "the sherwani has a mandarin collar, a front button placket and long sleeves"),
        gender="Boys",
        title="Ethnix by Raymond Boys Peach-Coloured Sherwani Set with Safa",
        category="Sherwani",
    ),
    # Truth: a boy of about three with longish hair, sea green kurta, white pyjamas. VQA adapter; the
    # pyjamas' color looped.
    case(
        "X1361-015",
        wearing("a little girl in a green dress and white pants", "pronoun"),
        col("kurta", "green"),
        col(
            "pyjamas",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Sanwara Boys Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Truth: girl, red kurta with gold gota lace, red patiala, red bandhani dupatta with yellow and green dots; the
    # fabric is a matte cotton blend, the title names none. VQA adapter; the dupatta's color looped.
    case(
        "X1361-016",
        wearing("a red dress and a scarf"),
        col("kurta", "red"),
        col("patiala", "red"),
        col(
            "dupatta",
            "red and yellow and green and red and yellow and green and red and yellow and green and red and yellow"
            " and green and red and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Aj DEZInES Girls Red Gotta Patti Kurta with Patiala & Bandhani Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: boy, black kurta, white pyjamas, grey printed Nehru jacket. VQA adapter; the wearing answer ran on
    # into the prompt format.
    case(
        "X1361-017",
        wearing(
            "a black shirt and white pants Question: What is the color of the shirt? Answer: black Question: What is"
            " the",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "black"),
        col("pyjamas", "black", "other_garment_color"),
        col("jacket", "grey"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="KISAH Boys Black Kurta with White Pyjamas & Grey Printed Nehru Jacket",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: back view, girl in a blue block-printed lehenga, a white choli with a tie-up dori at the back, a white
    # dupatta over her arm. VQA adapter; the choli's color looped.
    case(
        "X1361-018",
        wearing("a blue skirt and a white top"),
        col("lehenga", "blue"),
        col(
            "choli",
            "blue and white with a white border and a blue border and a white border and a blue border and a white"
            " border and a",
            "loop",
            hit_limit=True,
        ),
        col("dupatta", "white"),
        details("choli", "tie-up at the back"),
        gender="Girls",
        title="Jaipur Kurti Girls Blue & White Block Print Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Truth: boy, cream silk-blend kurta, cream dhoti with a gold border, gold angavastram on the shoulder. VQA
    # adapter; the dhoti read as a skirt.
    case(
        "X1361-019",
        wearing("a white shirt and a white skirt", "contradiction"),
        col("kurta", "cream"),
        col("dhoti", "cream with a gold border"),
        Q.material("silk"),
        is_a("dhoti", "yes"),
        gender="Boys",
        title="Sethukrishna Boys Cream-Coloured & Gold-Toned Silk Blend Kurta with Dhoti & Angavastram",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: girl, sleeveless lavender kurti with silver sequins on the yoke, lavender sharara, lavender net dupatta.
    # VQA adapter; the dupatta's answer looped, the details ran to the limit.
    case(
        "X1361-020",
        wearing("a purple top and purple pants"),
        col("kurti", "purple"),
        col("sharara", "light purple"),
        col(
            "dupatta",
            "the dupatta is the dupatta of the dupatta of the dupatta of the dupatta of the dupatta of the dupatta of",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurti",
            "the kurti has a round neck and sleeveless with sequin work on the yoke and a flared hem that falls below"
            " the knee with a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pspeaches Girls Lavender Sequinned Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Truth: flat lay, no child: mustard kurta, white pyjamas, bottle-green brocade Nehru jacket. VQA adapter; the
    # wearing answer ran on into the prompt format.
    case(
        "X1361-021",
        wearing(
            "a yellow shirt and a green vest Question: What is the color of the shirt? Answer: yellow Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "yellow"),
        col("pyjamas", "white"),
        col("jacket", "green"),
        gender="Boys",
        title="Sanwara Boys Mustard Kurta with White Pyjamas & Green Woven Design Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Truth: girl, navy anarkali with a pink floral print, navy churidar. VQA adapter.
    case(
        "X1361-022",
        wearing("a blue dress"),
        col("kurta", "the kurta", "non_answer"),
        col("churidar", "navy blue and pink flowers", "other_garment_color"),
        Q.pattern("floral"),
        gender="Girls",
        title="Biba Girls Navy Blue & Pink Floral Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: boy, maroon velvet sherwani, cream churidar, gold mojaris, a cream stole. VQA adapter.
    case(
        "X1361-023",
        wearing("a red jacket and white pants"),
        col("sherwani", "maroon"),
        col("churidar", "cream"),
        Q.material("velvet"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Aj DEZInES Boys Maroon Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Truth: girl, short-sleeved yellow kurta with white leheriya stripes, white palazzos. VQA adapter.
    case(
        "X1361-024",
        wearing("she is wearing a yellow dress with white stripes and white pants"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="YK Girls Yellow & White Leheriya Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: boy on a pale blue backdrop, white chikankari kurta, white pyjamas. VQA adapter; the kurta's color is
    # the backdrop's.
    case(
        "X1361-025",
        wearing("a white shirt and white pants"),
        col("kurta", "blue", "contradiction"),
        col("pyjamas", "white"),
        details("kurta", "the kurta has embroidery all over and a mandarin collar"),
        Q.pattern("solid"),
        gender="Boys",
        title="Jashvi Boys White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: girl, orange lehenga with a gota border at the hem, pink choli, pink dupatta. VQA adapter; the details
    # looped.
    case(
        "X1361-026",
        wearing("a orange and pink dress"),
        col("lehenga", "orange"),
        col("choli", "orange", "other_garment_color"),
        col("dupatta", "pink"),
        details(
            "lehenga",
            "the lehenga has a gota patti border at the hem and a flared silhouette with a flared silhouette with a"
            " flared silhouette with a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="KISAH Girls Orange & Pink Gotta Patti Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Truth: boy, navy jacquard Nehru jacket (the product; poly silk, not named in the title) over a white kurta and
    # white pyjamas that are not sold with it. VQA adapter.
    case(
        "X1361-027",
        wearing("a blue vest and white shirt and pants"),
        col("jacket", "white", "other_garment_color"),
        is_a("Nehru jacket", "yes"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        gender="Boys",
        title="Ethnix by Raymond Boys Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Truth: girl, pink crop top, pink dhoti pants, a long white shrug printed with pink flowers. VQA adapter; the
    # shrug's color looped.
    case(
        "X1361-028",
        wearing("a pink top and pink pants with a white jacket"),
        col("top", "pink"),
        col("dhoti pants", "pink"),
        col(
            "jacket",
            "white and pink and white and pink and white and pink and white and pink and white and pink and white and"
            " pink and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="BownBee Girls Pink Top with Dhoti Pants & White Printed Jacket",
        category="Clothing Set",
        color="Pink",
    ),
    # Truth: boy, orange kurta, white pyjamas, holding a multicolored paper kite. VQA adapter; the wearing answer
    # looped, the pyjamas' answer came back empty.
    case(
        "X1361-029",
        wearing(
            "a orange shirt and white pants and holding a kite in his hand and a kite in his hand and a kite in his"
            " hand and a",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "orange"),
        col("pyjamas", "", "non_answer"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Sanwara Boys Orange Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
    ),
    # Truth: girl, green lehenga, green choli, magenta dupatta, a maang tikka; the lehenga has an elastic waist with
    # a tie and no pockets or zip. VQA adapter.
    case(
        "X1361-030",
        wearing("a green dress and a pink scarf"),
        col("lehenga", "green"),
        col("choli", "green"),
        col("dupatta", "green", "other_garment_color"),
        details(
            "lehenga",
            "the lehenga has pockets on both sides and an elasticated waistband with a zip closure",
            "unsupported",
        ),
        gender="Girls",
        title="Biba Girls Green & Magenta Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Truth: boy, beige kurta, beige pyjamas, brown printed Nehru jacket. VQA adapter.
    case(
        "X1361-031",
        wearing("a brown jacket and white pants"),
        col("kurta", "brown", "other_garment_color"),
        col("pyjamas", "beige"),
        col("jacket", "brown"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="YK Boys Beige Kurta & Pyjamas with Brown Printed Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
    ),
    # Truth: back view, girl in a rust cotton kurta with a small white floral print, white leggings (not sold); the
    # back is plain, no opening. No category column in the feed. VQA adapter.
    case(
        "X1361-032",
        wearing("a orange shirt and white pants"),
        col("kurta", "orange"),
        Q.material("cotton"),
        Q.pattern("floral"),
        details("kurta", "the kurta has a keyhole neck with a button closure at the back", "unsupported"),
        gender="Girls",
        title="Fabindia Girls Rust Floral Printed Cotton Straight Kurta",
        color="Rust",
    ),
    # Truth: boy, gold brocade sherwani, white churidar, red dupatta. VQA adapter; the details looped.
    case(
        "X1361-033",
        wearing("a gold and red outfit"),
        col("sherwani", "gold"),
        col("churidar", "white"),
        col("dupatta", "gold", "other_garment_color"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "the sherwani has a gold and gold and gold and gold and gold and gold and gold and gold and gold and gold"
            " and gold and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sethukrishna Boys Gold-Toned Brocade Sherwani with Churidar & Dupatta",
        category="Sherwani",
        color="Gold",
    ),
    # Truth: girl on white, sea green kurti with white thread embroidery, sea green sharara, white dupatta. VQA
    # adapter; the wearing answer ran to the limit.
    case(
        "X1361-034",
        wearing(
            "a green dress with white embroidery on the neckline and the sleeves and a matching green pants and a"
            " white scarf on her shoulders and",
            "cut",
            hit_limit=True,
        ),
        col("kurti", "green"),
        col("sharara", "green"),
        col("dupatta", "green", "other_garment_color"),
        gender="Girls",
        title="VASTRAMAY Girls Sea Green Thread Work Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Truth: boy, purple art silk kurta with a self-design weave, white pyjamas. VQA adapter; the wearing
    # answer ran to the limit.
    case(
        "X1361-035",
        wearing(
            "a purple shirt with a mandarin collar and white pants and black sandals and he is standing with his"
            " hands in his pockets and",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "purple"),
        col("pyjamas", "white"),
        Q.pattern("the pattern of the garment", "restated"),
        Q.material("silk"),
        gender="Boys",
        title="Jashvi Boys Purple Self Design Art Silk Kurta with Pyjamas",
        category="Kurta Sets",
        color="Purple",
    ),
    # Truth: girl, patchwork lehenga in pink, yellow and blue, yellow choli, pink dupatta. VQA adapter.
    case(
        "X1361-036",
        wearing("a colorful skirt and a yellow top"),
        col("lehenga", "multicolor"),
        col("choli", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        gender="Girls",
        title="Sangria Girls Multicoloured Patchwork Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Truth: Janmashtami shoot: boy in a white kurta and red dhoti, a peacock-feather crown on his head (a prop). VQA
    # adapter; the wearing answer ran to the limit, the details put the feather on the kurta.
    case(
        "X1361-037",
        wearing(
            "a white shirt and red pants and a crown of peacock feathers on his head, standing in front of a white"
            " wall with his",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "white"),
        col("dhoti", "red"),
        details("kurta", "the kurta has a peacock feather on it", "unsupported"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="BownBee Boys White & Red Solid Kurta with Dhoti",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: girl, long-sleeved black anarkali with gold sequins, black churidar, gold tissue dupatta. VQA adapter; the
    # wearing answer ran to the limit.
    case(
        "X1361-038",
        wearing(
            "a black dress with gold sequins and a gold scarf and black leggings and she is standing in front of a"
            " white wall with her hands",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "black"),
        col("churidar", "black"),
        col("dupatta", "black", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        gender="Girls",
        title="KISAH Girls Black & Gold-Toned Sequinned Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: flat lay, no child: off-white cotton kurta, off-white mundu with a gold kasavu border. VQA adapter; the
    # mundu's color ran on into the prompt format.
    case(
        "X1361-039",
        wearing("a white shirt and white pants"),
        col("kurta", "white"),
        col(
            "mundu",
            "white Question: What is the color of the shirt? Answer: white Question: What is the color of the pants?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Boys",
        title="Sethukrishna Boys Off-White Pure Cotton Kurta with Kasavu Mundu",
        category="Kurta Sets",
        color="Off White",
    ),
    # Truth: girl with a short bob, pink kurta, pink palazzos, off-white dupatta. VQA adapter.
    case(
        "X1361-040",
        wearing("a boy wearing a pink shirt and pink pants", "pronoun"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        gender="Girls",
        title="Aj DEZInES Girls Pink Solid Kurta with Palazzos & Off-White Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: boy, long-sleeved teal kurta, white churidar. VQA adapter.
    case(
        "X1361-041",
        wearing("a kurta"),
        col("kurta", "blue"),
        col("churidar", "the churidar", "non_answer"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="YK Boys Teal Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
    ),
    # Truth: girl, ivory lehenga with a red floral print and a red hem border, red choli, red dupatta. VQA adapter;
    # the details looped, the dupatta's answer came back empty.
    case(
        "X1361-042",
        wearing("a white skirt with red flowers and a red top"),
        col("lehenga", "white with red flowers"),
        col("choli", "red"),
        col("dupatta", "", "non_answer"),
        details(
            "lehenga",
            "the lehenga has a red floral print all over and a red border at the hem and a red border at the waist"
            " and a red border at the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Ivory & Red Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Truth: boy, royal blue sherwani, white churidar. No gender column in the feed. VQA adapter.
    case(
        "X1361-043",
        wearing("a blue suit and white pants"),
        col("sherwani", "navy blue"),
        col("churidar", "blue", "other_garment_color"),
        Q.pattern("solid"),
        title="Ethnix by Raymond Boys Blue Solid Sherwani Set",
        category="Sherwani",
        color="Blue",
    ),
    # Truth: girl, magenta kurta, light pink salwar. VQA adapter.
    case(
        "X1361-044",
        wearing("a pink dress and pink pants"),
        col("kurta", "purple"),
        col("salwar", "light pink"),
        is_a("kurta", "no", "contradiction"),
        Q.pattern("solid"),
        gender="Girls",
        title="VASTRAMAY Girls Magenta Solid Kurta with Salwar",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Truth: boy, cream kurta, cream pyjamas, red printed Nehru jacket with two welt pockets and a button placket.
    # VQA adapter; the wearing answer ran on into the prompt format, the jacket's details ran to the limit.
    case(
        "X1361-045",
        wearing(
            "a red vest and white pants Question: What is the color of the vest? Answer: red Question: What is the"
            " color of the",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "red", "other_garment_color"),
        col("pyjamas", "white"),
        col("jacket", "red"),
        details(
            "jacket",
            "the jacket has a mandarin collar, a front button placket, two pockets on the front, and a printed"
            " pattern all over the jacket with a",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sanwara Boys Cream Kurta & Pyjamas with Red Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
]
