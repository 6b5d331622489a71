"""BLIND_1409 (45 products; Myntra kids' ethnic wear, VQA adapter): written blind in the sixty-fourth session. Measured
blind at 4e1890e (the session's fourth rules): 73/85 failures found (85.9%) and 17/198 correct texts flagged (8.6%).
The writer's notes, verbatim:

Scenario: a Myntra feed of children's ethnic wear (kurta sets with pyjama, churidar, dhoti, sharara or palazzos;
lehenga cholis and a pattu pavadai; sherwanis, an indo-western, a velvet bandhgala; anarkalis, ethnic dresses, a
Nehru jacket and a kurta sold alone). Photos are the catalog's usual: a child on a plain studio backdrop, a flat lay
now and then, one back view, props (a flute, a diya, a marigold garland, a toy horse, a stool, a potli bag), and a
sold kurta or jacket styled over clothes that are not part of the product. Columns as the feed has them: title (brand
first), category (Myntra article type), color (base colour, which is the main piece's colour, usually the top's),
gender (Boys / Girls); a few rows lack one of them.
Who wrote what: no caption was generated (the run used the VQA adapter alone, which no longer captions). Every
answer is Salesforce/blip2-opt-2.7b + leoreigoto/Data3_V3_BLIP2_VQA, greedy, 30 new tokens at most, stopping on
newline. The open questions (what the child wears, the colour of each piece named in the title, describe/details,
material) are free generation; the closed ones (Is this a ...?, garment type, colour, pattern, sleeve length) are
generated the same way and mapped onto the closed set, the raw text kept when it does not map. The adapter never saw
the ethnic garment words (kurta, lehenga, churidar, dupatta, sherwani), so it leans on its In-shop vocabulary.
Labeling conventions and judgement calls: In-shop class names used as approximations are correct (kurta -> shirt or top,
a girl's long kurta or anarkali -> dress, lehenga -> skirt or dress, choli -> top/blouse, sherwani or bandhgala ->
coat/jacket, Nehru jacket -> vest, pyjama/churidar/leggings -> pants, veshti -> skirt, dupatta -> scarf); a class of
another shape is a contradiction (dhoti pants -> shorts, a boy's sherwani -> dress). Near hues are correct (cream/off
white -> white, maroon -> red, peach or magenta -> pink, teal -> green or blue, gold -> yellow, lavender -> purple);
navy called black is a contradiction (the seller says Navy Blue and the photo is plainly blue). A piece answered with
the colour of another piece in the photo is other_garment_color, also when that colour happens to be the seller's base
colour. A colour given to the pattern question, or the question's words back, is a non_answer; "the kurta is a kurta" is
restated. A material the title contradicts is a contradiction; a material detail no photo can show (a lining), a
pocket/placket that is not there, or a prop's flowers put on the dress is unsupported. A run-on that repeats one phrase
is a loop; one that keeps adding new words until the limit is cut; one that writes the next "Question: ... Answer:" is a
leak. hit_limit is set on every text that ran the full 30 tokens. A "he"/"she" that does not fit the child is pronoun.
About three texts in ten are wrong: short colour answers are the adapter's own format and mostly stop on a newline; the
failures gather in run-ons, in the bottoms and dupattas, and in the words it never learned.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1409 = [
    # Photo: boy (about 6) on a light grey backdrop, cream kurta with a faint gold-thread self design, cream pyjama,
    # tan mojaris. Truth: kurta cream, pyjama cream, full sleeves. All answers: VQA adapter.
    case(
        "X1409-001",
        wearing(
            "a white kurta and white pants and a white kurta and white pants and a white kurta and white pants and "
            "a white kurta and",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "white", kind="open"),
        color_of("pyjama", "white", kind="open"),
        is_a("kurta", "yes"),
        Q.pattern("white", "non_answer"),
        Q.material("cotton"),
        gender="Boys",
        title="YK Boys Cream-Coloured & Gold-Toned Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl on a beige backdrop, pink lehenga with a wide gold embroidered border, pink sleeveless blouse with
    # gold embroidery, gold tissue dupatta over one shoulder. Truth: lehenga pink, blouse pink, dupatta gold.
    # All answers: VQA adapter.
    case(
        "X1409-002",
        wearing("a pink dress", who="the girl"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        is_a("lehenga", "no", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Aj DEZInES Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy on a white backdrop, navy blue sherwani with gold buttons and a brooch, off-white churidar.
    # Truth: sherwani navy blue, churidar off-white. All answers: VQA adapter.
    case(
        "X1409-003",
        wearing("a blue suit"),
        color_of("sherwani", "navy blue", kind="open"),
        color_of("churidar", "blue", "other_garment_color", kind="open"),
        is_a("sherwani", "yes"),
        Q.garment_type("jacket"),
        Q.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk",
            "loop",
        ),
        gender="Boys",
        title="Sanwara Boys Navy Blue Woven Design Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: girl on a white backdrop, mustard-yellow anarkali with small pink flowers, three-quarter sleeves, yellow
    # churidar, pink dupatta with gota edging. Truth: kurta yellow, churidar yellow, dupatta pink. VQA adapter.
    case(
        "X1409-004",
        wearing("a yellow dress"),
        color_of("kurta", "yellow", kind="open"),
        color_of("churidar", "yellow", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe(
            "kurta",
            "the kurta is yellow with a pink floral print and the churidar is yellow and the dupatta is pink with a "
            "gold border and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy on a pale blue backdrop, mustard kurta, white pyjama, hands in pockets. Truth: kurta mustard,
    # pyjama white, solid. VQA adapter.
    case(
        "X1409-005",
        wearing(
            "a yellow shirt and white pants and he is standing in front of a blue wall with his hands in his pockets "
            "and his",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "yellow", kind="open"),
        color_of("pyjama", "yellow", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        Q.material("cotton"),
        Q.pattern("solid"),
        gender="Boys",
        title="VASTRAMAY Boys Mustard Yellow & White Pure Cotton Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl seated on a wooden stool (prop), maroon brocade lehenga with gold zari, maroon choli with puff
    # sleeves, gold dupatta on her lap. Truth: lehenga maroon, choli maroon, dupatta gold. VQA adapter.
    case(
        "X1409-006",
        wearing("a red dress and a gold scarf Question: What is the color of the lehenga? Answer: red", "leak"),
        color_of("lehenga", "red", kind="open"),
        color_of("choli", "red", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("short sleeve"),
        Q.material(
            "the lehenga is made of silk and the choli is made of silk and the dupatta is made of net and the lehenga "
            "is made of",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Fashion Dream Girls Maroon & Gold-Toned Woven Design Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: boy holding a flute (Janmashtami prop), green kurta, white calf-length dhoti pants. Truth: kurta green,
    # dhoti white. VQA adapter.
    case(
        "X1409-007",
        wearing("a green shirt and white shorts", "contradiction"),
        color_of("kurta", "green", kind="open"),
        color_of(
            "dhoti",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.garment_type("shirt"),
        gender="Boys",
        title="BownBee Boys Green & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: girl on a pale pink backdrop, peach short kurta with mirror work on the yoke, peach sharara, peach net
    # dupatta with a white lace border. Truth: kurta peach, sharara peach, dupatta peach (white only at the edge).
    # VQA adapter.
    case(
        "X1409-008",
        wearing("a pink top and pink pants"),
        color_of("kurta", "pink", kind="open"),
        color_of(
            "sharara",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "white", "contradiction", kind="open"),
        details("kurta", "mirror work"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="KISAH Girls Peach-Coloured Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: boy on a white backdrop, off-white kurta, maroon printed Nehru jacket, off-white pyjama. Truth: kurta
    # off-white, jacket maroon, pyjama off-white. VQA adapter.
    case(
        "X1409-009",
        wearing("a white shirt and a red vest"),
        color_of("kurta", "white", kind="open"),
        color_of("jacket", "red", kind="open"),
        color_of("pyjama", "red", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        Q.pattern("printed"),
        Q.material("cotton Question: What is the color of the jacket? Answer: red", "leak"),
        gender="Boys",
        title="Aj DEZInES Boys Off White Kurta with Pyjamas & Maroon Printed Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: girl twirling on a grey backdrop, lavender sleeveless A-line ethnic dress, silver embroidery on the yoke.
    # Truth: dress lavender. VQA adapter.
    case(
        "X1409-010",
        wearing("a purple dress"),
        color_of("dress", "purple", kind="open"),
        Q.color("purple"),
        is_a("ethnic dress", "yes", article="an"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "a purple dress with a purple dress with a purple dress with a purple dress with a purple dress with a "
            "purple dress with a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cutiekins Girls Lavender Embroidered Fit and Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Photo: boy on a white backdrop, beige sherwani with gold embellishment, beige churidar, maroon stole, mojaris.
    # Truth: sherwani beige, churidar beige, stole maroon. VQA adapter.
    case(
        "X1409-011",
        wearing("she is wearing a beige jacket and a red scarf", "pronoun"),
        color_of("sherwani", "beige", kind="open"),
        color_of("churidar", "beige", kind="open"),
        color_of("stole", "beige", "other_garment_color", kind="open"),
        is_a("sherwani", "yes"),
        Q.garment_type("coat"),
        gender="Boys",
        title="Kinder Kids Boys Beige & Gold-Toned Embellished Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Beige",
    ),
    # Photo: girl with jasmine in her hair, red silk pavadai (skirt) with a green zari border, green blouse with red
    # border. Truth: skirt red, blouse green. VQA adapter.
    case(
        "X1409-012",
        wearing(
            "a red skirt and a green top with a red border and a gold border and a green border and a gold chain "
            "and a jasmine flower in her",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.material("silk"),
        Q.pattern("woven"),
        gender="Girls",
        title="Pothys Girls Red & Green Zari Woven Silk Pattu Pavadai Set",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy on a grey backdrop, blue straight kurta (the product, sold alone) styled with white jeans and
    # sneakers. Truth: kurta blue; the jeans are not the product. VQA adapter.
    case(
        "X1409-013",
        wearing("a blue shirt and white jeans"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeve"),
        Q.pattern("solid"),
        Q.color("blue"),
        gender="Boys",
        title="Sangria Boys Blue Solid Straight Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: girl on a cream backdrop, magenta lehenga with silver sequins, silver-grey blouse, magenta dupatta.
    # Truth: lehenga magenta, blouse silver, dupatta magenta. VQA adapter.
    case(
        "X1409-014",
        wearing("a pink lehenga"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        color_of(
            "dupatta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        details("lehenga", "sequins"),
        gender="Girls",
        title="Bitiya by Bhama Girls Magenta & Silver-Toned Embellished Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: flat lay on a light wooden floor, white chikankari kurta folded above a white pyjama. No person.
    # Truth: kurta white, pyjama white, cotton. VQA adapter.
    case(
        "X1409-015",
        wearing("a white shirt and white pants"),
        color_of("kurta", "white", kind="open"),
        color_of("pyjama", "white", kind="open"),
        Q.pattern("embroidered"),
        Q.material("linen", "contradiction"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Fabindia Kids Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl on a white backdrop, sea green short kurti with gota patti, sea green sharara, pink dupatta.
    # Truth: kurti sea green, sharara sea green, dupatta pink. VQA adapter.
    case(
        "X1409-016",
        wearing("a green top and green pants and a pink scarf"),
        color_of("kurta", "green", kind="open"),
        color_of("sharara", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        is_a("kurta", "no", "contradiction"),
        Q.pattern("the pattern of the garment is the pattern of the garment", "restated"),
        gender="Girls",
        title="Ethnovog Girls Sea Green Gotta Patti Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: back view, boy turned away on a grey backdrop, maroon velvet bandhgala jacket and maroon trousers.
    # Truth: jacket maroon, trousers maroon, velvet. VQA adapter.
    case(
        "X1409-017",
        wearing("a red jacket and red pants"),
        color_of("jacket", "red", kind="open"),
        color_of("trousers", "red", kind="open"),
        Q.material("velvet"),
        is_a("suit", "yes"),
        Q.pattern(
            "solid red solid red solid red solid red solid red solid red solid red solid red solid red solid red "
            "solid red solid red solid red solid red solid",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Maroon Velvet Bandhgala Jodhpuri Suit",
        category="Suits",
        color="Maroon",
    ),
    # Photo: girl on a white backdrop, orange bandhani lehenga with a pink border, pink blouse, orange-and-pink
    # dupatta. Truth: lehenga orange, blouse pink, dupatta orange and pink. VQA adapter.
    case(
        "X1409-018",
        wearing(
            "an orange and pink dress with a pink and orange dupatta and a pink and orange and a pink and orange and "
            "a pink",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "orange", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "orange and pink", kind="open"),
        Q.pattern("polka dot"),
        is_a("lehenga", "yes"),
        Q.material("", "non_answer"),
        gender="Girls",
        title="Readiprint Fashions Girls Orange & Pink Bandhani Printed Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Photo: boy in sandals on a grey backdrop, black pathani kurta with a shirt collar, black salwar. Truth: kurta
    # black, salwar black, full sleeves. VQA adapter.
    case(
        "X1409-019",
        wearing(
            "a black shirt and black pants and a black shirt and black pants and a black shirt and black pants and "
            "a black shirt and black",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "black", kind="open"),
        color_of("salwar", "black", kind="open"),
        is_a("kurta", "yes"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Boys",
        title="YK Boys Black Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: girl on a white backdrop, floor-length pink anarkali gown with a floral printed net overlay, short
    # sleeves. Truth: gown pink, net. No gender column in this row. VQA adapter.
    case(
        "X1409-020",
        wearing("a pink dress"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        Q.material("cotton", "contradiction"),
        is_a("gown", "yes"),
        title="pspeaches Girls Pink Floral Printed Net Anarkali Gown",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: boy on a white backdrop, mustard printed Nehru jacket (the product, sold alone) over a white kurta and
    # white pyjama that are not sold. Truth: jacket mustard. VQA adapter.
    case(
        "X1409-021",
        wearing("a yellow vest and a white shirt and white pants"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        is_a("nehru jacket", "yes"),
        Q.garment_type("vest"),
        Q.pattern("printed"),
        Q.color("yellow"),
        gender="Boys",
        title="VASTRAMAY Boys Mustard Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: girl on a grey backdrop, navy blue kurta with gold foil print, navy palazzos. Truth: kurta navy,
    # palazzos navy. VQA adapter.
    case(
        "X1409-022",
        wearing("a blue top and blue pants"),
        color_of("kurta", "black", "contradiction", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        Q.pattern("gold", "non_answer"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "gold print on the neckline and the sleeves and the hem and the neckline and the sleeves and the hem and "
            "the neckline and the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Navy Blue & Gold-Toned Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: boy on a white backdrop, peach kurta with mirror work along the placket, cream pyjama. Truth: kurta
    # peach, pyjama cream. VQA adapter.
    case(
        "X1409-023",
        wearing("she is wearing a pink shirt and white pants", "pronoun", who="the boy"),
        color_of("kurta", "pink", kind="open"),
        color_of("pyjama", "white", kind="open"),
        details("kurta", "mirrors on the front"),
        is_a("kurta", "yes"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sanwara Boys Peach-Coloured Mirror Work Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: girl on a beige backdrop, purple choli with elbow sleeves, gold tissue lehenga, purple dupatta.
    # Truth: lehenga gold, choli purple, dupatta purple. VQA adapter.
    case(
        "X1409-024",
        wearing(
            "a purple and gold dress with a purple dupatta and a gold border and gold embroidery on the sleeves and "
            "a purple and gold",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "purple", "other_garment_color", kind="open"),
        color_of("choli", "purple", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("elbow sleeve"),
        Q.pattern("purple", "non_answer"),
        gender="Girls",
        title="Aj DEZInES Girls Purple & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Photo: boy holding a small brass diya (prop), teal self-design kurta, white churidar. Truth: kurta teal,
    # churidar white, no pocket. VQA adapter.
    case(
        "X1409-025",
        wearing("a blue kurta and white pants"),
        color_of("kurta", "green", kind="open"),
        color_of(
            "churidar",
            "white and white and white and white and white and white and white and white and white and white and "
            "white and white and white and white and white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        details("kurta", "a pocket on the chest", "unsupported"),
        gender="Boys",
        title="Kinder Kids Boys Teal Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: girl on a white backdrop, white chikankari kurta, pink palazzos, pink dupatta. Truth: kurta white,
    # palazzos pink, dupatta pink. VQA adapter.
    case(
        "X1409-026",
        wearing("a white top and pink pants"),
        color_of("kurta", "white", kind="open"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("kurta", "no", "contradiction"),
        Q.material("cotton"),
        Q.pattern("embroidered"),
        gender="Girls",
        title="Fabindia Kids Girls White & Pink Chikankari Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: toddler boy on a white backdrop, knee-length sky blue sherwani with silver embroidery, white churidar,
    # blue safa with a silver brooch. Truth: sherwani sky blue, churidar white, safa blue. VQA adapter.
    case(
        "X1409-027",
        wearing("a blue dress", "contradiction"),
        color_of("sherwani", "blue", kind="open"),
        color_of("churidar", "white", kind="open"),
        color_of(
            "safa",
            "blue and silver and blue and silver and blue and silver and blue and silver and blue and silver and "
            "blue and silver and blue and silver and blue and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        Q.garment_type("dress", "contradiction"),
        gender="Boys",
        title="LIL PITAARA Boys Blue Embroidered Sherwani Set with Safa",
        category="Sherwani",
        color="Blue",
    ),
    # Photo: girl on a white backdrop, mustard blouse with short sleeves, green printed lehenga, mustard dupatta.
    # Truth: lehenga green, blouse mustard, dupatta mustard. VQA adapter.
    case(
        "X1409-028",
        wearing("a yellow top and a green skirt"),
        color_of("lehenga", "green", kind="open"),
        color_of("blouse", "yellow", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve"),
        Q.material("yellow and green", "non_answer"),
        gender="Girls",
        title="Sangria Girls Mustard Yellow & Green Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: flat lay on white, green Nehru jacket laid over a cream kurta, cream pyjama below. No person.
    # Truth: jacket green, kurta cream, pyjama cream. VQA adapter.
    case(
        "X1409-029",
        wearing("a green vest and a white shirt"),
        color_of("jacket", "green", kind="open"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        color_of("pyjama", "green", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        Q.garment_type("vest"),
        gender="Boys",
        title="YK Boys Green & Cream-Coloured Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: back view, girl on a pink backdrop, rani pink silk A-line dress with a gold border, tie-up dori with
    # tassels at the back, short sleeves. Truth: dress pink, silk blend. VQA adapter.
    case(
        "X1409-030",
        wearing("a pink dress"),
        Q.color("pink"),
        details("dress", "tassels on the back"),
        Q.material("silk"),
        Q.sleeve_length("short sleeve"),
        is_a("dress", "yes"),
        gender="Girls",
        title="The Magic Wand Girls Pink Silk Blend Ethnic A-Line Dress with Zari Border",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: boy on a cream backdrop, red kurta, white dhoti pants, red angavastram over a shoulder. Truth: kurta
    # red, dhoti white. VQA adapter.
    case(
        "X1409-031",
        wearing("he is wearing a red kurta and white dhoti"),
        color_of("kurta", "red", kind="open"),
        color_of(
            "dhoti",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.garment_type("shorts", "contradiction"),
        Q.pattern("solid"),
        gender="Boys",
        title="BownBee Boys Red & White Solid Kurta with Dhoti Pants & Angavastram",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: girl on a white backdrop, patchwork-print lehenga (pink, green, yellow, blue), pink blouse, green
    # dupatta. Truth: lehenga multicoloured, blouse pink, dupatta green. VQA adapter.
    case(
        "X1409-032",
        wearing("a colorful skirt and a pink top"),
        color_of("lehenga", "multi", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        Q.color("multi Question: What is the color of the lehenga? Answer: multi", "leak"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Kalini Girls Multicoloured Patchwork Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: boy seated on a stool (prop), off-white printed asymmetric indo-western sherwani, off-white trousers,
    # flower brooch. Truth: sherwani off-white, trousers off-white; the lining cannot be seen. VQA adapter.
    case(
        "X1409-033",
        wearing("she is wearing a white jacket and white pants", "pronoun"),
        color_of("sherwani", "white", kind="open"),
        color_of("trousers", "white", kind="open"),
        is_a("sherwani", "no", "contradiction"),
        Q.pattern("printed"),
        Q.material("cotton with a silk lining", "unsupported"),
        gender="Boys",
        title="Sanwara Boys Off-White Printed Indo Western Sherwani with Trousers",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: girl on a grey backdrop, green straight kurta with small white motifs, round neck and no placket,
    # three-quarter sleeves, white churidar. Truth: kurta green, churidar white, no pocket. VQA adapter.
    case(
        "X1409-034",
        wearing("a green dress and white leggings Question: What is the color of the kurta? Answer: green", "leak"),
        color_of("kurta", "green", kind="open"),
        color_of("churidar", "white", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeve"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a round neck and a button placket and a pocket", "unsupported"),
        gender="Girls",
        title="Biba Girls Green Printed Straight Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy on a white backdrop, blue bandhani-print kurta, white pyjama. Truth: kurta blue, pyjama white.
    # No category column in this row. VQA adapter.
    case(
        "X1409-035",
        wearing("a blue and white shirt and white pants"),
        color_of("kurta", "blue", kind="open"),
        color_of("pyjama", "blue", "other_garment_color", kind="open"),
        Q.pattern("polka dot"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Jashvi Boys Blue Bandhani Printed Kurta with Pyjamas",
        color="Blue",
    ),
    # Photo: girl holding a marigold garland (prop) on a plain backdrop, red sequinned net lehenga, red blouse, red
    # dupatta. Truth: all three pieces red, no floral pattern on the clothes. VQA adapter.
    case(
        "X1409-036",
        wearing("a red dress with yellow flowers", "unsupported"),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "red Question: What is the color of the blouse? Answer: red", "leak", kind="open"),
        is_a("lehenga", "yes"),
        Q.material("net"),
        gender="Girls",
        title="Fashion Dream Girls Red Embellished Net Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy on a white backdrop, purple jacquard kurta, cream churidar, gold dupatta over one shoulder.
    # Truth: kurta purple, churidar cream, dupatta gold. VQA adapter.
    case(
        "X1409-037",
        wearing("a purple kurta and a gold dupatta and white pants"),
        color_of("kurta", "purple", kind="open"),
        color_of("churidar", "purple", "other_garment_color", kind="open"),
        color_of("dupatta", "purple", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        Q.pattern("woven"),
        gender="Boys",
        title="YK Boys Purple Woven Design Jacquard Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # Photo: girl on a white backdrop, off-white angrakha kurta with a red printed border, three-quarter sleeves,
    # red sharara. Truth: kurta off-white, sharara red. VQA adapter.
    case(
        "X1409-038",
        wearing(
            "a white top and red pants with a red border on the white top and red pants with a red border on the "
            "white top and red pants with a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "white", kind="open"),
        color_of("sharara", "red", kind="open"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta is a kurta", "restated"),
        Q.sleeve_length("three-quarter sleeve"),
        gender="Girls",
        title="KISAH Girls Off-White & Red Printed Angrakha Kurta with Sharara",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: boy beside a wooden toy horse (prop), gold sherwani with maroon embroidery on collar and cuffs, cream
    # churidar. Truth: sherwani gold, churidar cream. VQA adapter.
    case(
        "X1409-039",
        wearing("a gold coat and white pants"),
        color_of("sherwani", "yellow", kind="open"),
        color_of(
            "churidar",
            "white Answer: white Answer: white Answer: white Answer: white Answer: white Answer: white Answer: "
            "white Answer: white Answer: white",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        Q.garment_type("jacket"),
        Q.material("silk"),
        describe(
            "sherwani",
            "the sherwani is gold with maroon embroidery on the collar and the cuffs and the collar and the cuffs "
            "and the collar and the cuffs and the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Kinder Kids Boys Gold-Toned & Maroon Embroidered Silk Blend Sherwani with Churidar",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: girl seated on a floor cushion (prop), pink floral-printed kurti, green skirt. Truth: kurti pink,
    # skirt green. VQA adapter.
    case(
        "X1409-040",
        wearing("a pink top and a green skirt"),
        color_of("kurta", "pink", kind="open"),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        Q.pattern("floral"),
        Q.material("Answer: cotton", "leak"),
        gender="Girls",
        title="Cutiekins Girls Pink & Green Floral Printed Kurti with Skirt",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: boy on a white backdrop, yellow kurta with a white floral print, white pyjama. Truth: kurta yellow,
    # pyjama white, cotton. No category column in this row. VQA adapter.
    case(
        "X1409-041",
        wearing(
            "a yellow shirt with white flowers and white pants and white sandals and he is standing in front of a "
            "white wall with his hands on his",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "yellow", kind="open"),
        color_of("pyjama", "white", kind="open"),
        Q.pattern("floral"),
        is_a("kurta", "yes Question: Is this a kurta? Answer: yes", "leak"),
        Q.material("cotton"),
        gender="Boys",
        title="VASTRAMAY Boys Yellow Floral Printed Pure Cotton Kurta with Pyjama",
        color="Yellow",
    ),
    # Photo: girl on a cream backdrop, navy blue lehenga with pink embroidery, pink sleeveless blouse, pink dupatta.
    # Truth: lehenga navy, blouse pink, dupatta pink. VQA adapter.
    case(
        "X1409-042",
        wearing("a blue skirt and a pink top with a pink dupatta"),
        color_of("lehenga", "black", "contradiction", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("sleeveless"),
        details("lehenga", "the details of the lehenga", "non_answer"),
        gender="Girls",
        title="Bitiya by Bhama Girls Navy Blue & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: boy on a grey backdrop, maroon kurta with a gold print, cream pyjama, full sleeves, plain cuffs and
    # collar. Truth: kurta maroon, pyjama cream, silk blend. VQA adapter.
    case(
        "X1409-043",
        wearing("a red kurta and a white pyjama"),
        color_of("kurta", "maroon", kind="open"),
        color_of("pyjama", "maroon", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        Q.pattern("printed"),
        Q.material("silk"),
        Q.sleeve_length(
            "long sleeves with a gold print on the cuffs and a gold print on the collar and a gold print on the "
            "placket and a gold",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sangria Boys Maroon & Gold-Toned Printed Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: girl with a small potli bag (prop), teal georgette anarkali, teal leggings, gold dupatta. Truth:
    # kurta teal, leggings teal, dupatta gold. VQA adapter.
    case(
        "X1409-044",
        wearing("he is wearing a green dress and a gold scarf", "pronoun"),
        color_of("kurta", "green", kind="open"),
        color_of("leggings", "green", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        is_a("kurta", "yes"),
        Q.material("cotton", "contradiction"),
        gender="Girls",
        title="Ethnovog Girls Teal Georgette Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: barefoot boy on a white backdrop, cream half-sleeve shirt, cream veshti with a gold zari border.
    # Truth: shirt cream, veshti cream, cotton. No color column in this row. VQA adapter.
    case(
        "X1409-045",
        wearing("a white shirt and a white skirt"),
        color_of("shirt", "white", kind="open"),
        color_of("dhoti", "white", kind="open"),
        Q.sleeve_length("short sleeve"),
        is_a("dhoti", "yes"),
        Q.material("cotton"),
        Q.pattern("white", "non_answer"),
        gender="Boys",
        title="Pothys Boys Cream-Coloured Cotton Shirt with Zari Border Veshti",
        category="Clothing Set",
    ),
]
