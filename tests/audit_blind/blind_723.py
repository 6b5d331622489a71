"""BLIND_723 (46 products; Myntra kids' basics, base BLIP-2 zero-shot): written blind in the fifty-fourth session.
Measured blind at dc30159 (the session's tenth rules): 106/125 failures found (84.8%) and 5/184 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed (Boys, Girls, a few Unisex rows) of t-shirts, shorts, track pants and sweatshirts.
Catalog shots on a white backdrop, nearly all worn by a child who also wears a second garment (a tee over the shorts,
a hoodie over the track pants), one flat-lay. The seller's columns are title, category, color and gender; two rows
lack a column (one without a color, one without a gender), as real feeds do.

Who wrote what: every text comes from the untuned base Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions
and open answers are greedy free generation (50 and 30 new tokens); closed answers (garment type, color, pattern,
sleeve length, the yes/no garment question) come from enrich's `--engine reference`, which picks one candidate, so
they never loop or stop short. The base model's habits: short lowercase answers, one color for every garment in the
photo (the tee's color given to the shorts and the other way round), invented print text, logos, zips, hoods and
pockets, a guessed fibre for "material", he/she picked from the look rather than the catalog, the odd continuation
into the next `Question: ... Answer:` turn, the question echoed back, a bare "yes" or one word to an open question,
and, when it does not hit a newline, a sentence that circles ("... and the shorts are yellow and the shorts are ...")
or runs to the token limit.

Labeling conventions and judgement calls:
- Everything is judged against the photo as described in the `# photo:` comment; the seller's columns are trusted
  except where the comment says they are off.
- other_garment_color: the product's own color question (closed or open) answered with the color of another garment
  worn in the photo. The reverse (the product's color given to the other garment, e.g. "red" for the navy shorts
  under a red tee) is labeled contradiction: one color for two garments.
- A print's color given as the garment's color (the green robot on a black tee) is a contradiction, not
  other_garment_color: the print is not another garment.
- Shades within one color group are correct: navy or dark blue for Navy Blue, maroon or red for Maroon, pink for
  Peach, tan or khaki for Khaki, green or blue for Teal, dark grey for Charcoal. Light blue tee and navy pants
  answered "a blue shirt and blue pants" is correct.
- "sweater", "hoodie" and "jumper" for a sweatshirt, "sweatpants", "joggers" and "pants" for track pants, "jean
  shorts" for denim shorts, "jacket" for a full-zip sweatshirt, "t-shirt" for a polo are synonyms, not failures.
- material: a fibre the title does not name and the photo cannot show (cotton, polyester, wool, nylon) is
  unsupported; a fibre the title names (denim) or a visible construction (knit, fleece) is correct; a fibre that
  contradicts the title and the photo (denim for chino twill) is a contradiction.
- Invented details (zips, hoods, pockets or lettering that are not in the photo, a number on a back the photo does
  not show, a boy in a flat-lay) are unsupported even when the rest of the sentence is right.
- pronoun: he/she (or his/her) that does not match the catalog gender; for the Unisex rows it is judged against the
  child in the photo, as the comment says.
- A text that runs to the limit mid-phrase is cut; one that repeats a clause until the limit is loop; both carry
  hit_limit=True. A text that continues into a new `Question: ... Answer:` turn is leak (hit_limit where it ran out).
- restated: the question (or its words) echoed as the answer; non_answer: "yes", "no", one word or a bare "they are
  shorts" that says nothing to an open question.
- Where one text has two faults, only the one a reader would name first is labeled.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
color = BLIND_QUESTIONS.color

BLIND_723 = [
    # photo: boy in a navy t-shirt with a big white dinosaur print (no lettering), grey shorts, white backdrop,
    # front view; base BLIP-2 wrote every text
    case(
        "X723-001",
        caption("a little boy wearing a navy blue t-shirt with a dinosaur print"),
        wearing("a navy t-shirt and grey shorts"),
        color_of("t-shirt", "navy blue"),
        pattern("graphic"),
        describe("t-shirt", "a dark blue tee with a green dinosaur and the word roar on it", "unsupported"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        material("cotton", "unsupported"),
        title="Gini and Jony Boys Navy Blue Printed T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in olive cargo shorts with flap pockets on the sides, plain white tee with a small chest logo,
    # white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-002",
        caption("a young boy in a white shirt and green shorts standing in front of a white wall"),
        wearing("a white t-shirt and shorts"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "they have pockets on the sides"),
        garment_type("shorts"),
        describe("shorts", "they are shorts", "non_answer"),
        title="Palm Tree Boys Olive Green Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a pink t-shirt with a silver glitter heart, blue denim shorts, white backdrop, front view;
    # base BLIP-2 wrote every text
    case(
        "X723-003",
        caption("a little girl in a pink shirt and denim shorts"),
        wearing("he is wearing a pink shirt and blue jean shorts", "pronoun"),
        color_of("t-shirt", "pink"),
        pattern("graphic"),
        sleeves("short sleeves"),
        details("t-shirt", "a heart on the front of the shirt"),
        describe("t-shirt", "pink Question: What is the color of the shorts? Answer: blue", "leak"),
        title="Doodle Girls Pink Printed Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in black track pants with one white side stripe, red Puma tee, white backdrop, front view (the
    # back of the pants is not shown); base BLIP-2 wrote every text
    case(
        "X723-004",
        caption("a young boy wearing a red shirt and black pants"),
        wearing("a red shirt and black track pants"),
        color_of("pants", "red", "other_garment_color"),
        is_a("pair of track pants", "yes"),
        details("pants", "there is a white stripe down the side of the leg"),
        describe("pants", "black track pants with a zip pocket on the back", "unsupported"),
        title="Puma Boys Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in a grey melange crew-neck sweatshirt (no hood, no zip) with a small blue chest logo, dark blue
    # jeans, white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-005",
        caption("a young boy in a grey sweatshirt and jeans"),
        wearing("a grey sweater and blue jeans"),
        color_of("sweatshirt", "grey"),
        garment_type("sweatshirt"),
        details("sweatshirt", "it has a hood and a zipper", "unsupported"),
        material("wool", "unsupported"),
        describe("sweatshirt", "a grey sweatshirt with a blue logo on the chest"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        title="United Colors of Benetton Kids Boys Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in yellow shorts with an elastic waist and a small bow, white tee with a cartoon cat, white
    # backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-006",
        caption("a little girl wearing a white t-shirt and yellow shorts"),
        wearing("a white shirt and yellow shorts"),
        color_of("shorts", "yellow"),
        color("white", "other_garment_color"),
        details(
            "shorts",
            "the shorts are yellow and the shorts are yellow and the shorts are yellow and the shorts are",
            "loop",
            hit_limit=True,
        ),
        pattern("solid"),
        is_a("skirt", "no"),
        describe(
            "shorts", "yellow shorts with a bow Question: What is the girl wearing? Answer: a white t-shirt", "leak"
        ),
        title="Kids Ville Girls Yellow Shorts",
        category="Shorts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a red t-shirt printed with the Chhota Bheem character (no lettering), navy shorts, white
    # backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-007",
        caption("a young boy wearing a red t-shirt with a cartoon character on it"),
        wearing("a red shirt"),
        color_of("t-shirt", "red"),
        describe(
            "t-shirt",
            "the t-shirt is red with a picture of a boy on it and it says chhota bheem in yellow letters",
            "unsupported",
        ),
        details("t-shirt", "the details of the t-shirt", "restated"),
        color_of("shorts", "red", "contradiction", kind="open"),
        title="Chhota Bheem Kids Boys Red Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: boy in a navy pullover hoodie (no zip) with three white stripes on the sleeves and a white logo, grey
    # track pants, white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-008",
        caption("a young boy in a blue hoodie and gray sweatpants"),
        wearing("a blue hooded sweatshirt and grey pants"),
        color_of("sweatshirt", "grey", "other_garment_color"),
        sleeves("long sleeves"),
        details("sweatshirt", "it has a hood and three white stripes on the sleeves"),
        describe("sweatshirt", "a navy blue hoodie with a white adidas logo and a zipper in the front", "unsupported"),
        title="Adidas Boys Navy Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: a boy in grey melange joggers with ribbed ankle cuffs, a drawstring and side-seam pockets, white tee
    # with blue horizontal stripes, white backdrop, front view; Unisex row, the child is a boy; base BLIP-2
    case(
        "X723-009",
        caption("a young boy in a striped shirt and grey pants"),
        wearing("she is wearing a striped shirt and gray pants", "pronoun"),
        color_of("pants", "grey"),
        pattern("striped", "contradiction"),
        details("pants", "they have an elastic waist and cuffs at the bottom"),
        describe(
            "pants",
            "grey jogger pants with an elastic waistband and elastic cuffs at the ankles and a drawstring at the waist"
            " and a pocket on the right side of the",
            "cut",
            hit_limit=True,
        ),
        title="Mothercare Kids Unisex Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: boy in mid-blue denim shorts with turned-up hems, a red and white checked shirt worn untucked over the
    # waistband (fly hidden), white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-010",
        caption("a little boy wearing a checkered shirt and denim shorts"),
        wearing("a red and white checkered shirt and blue jean shorts"),
        color_of("shorts", "blue"),
        color("white", "other_garment_color"),
        material("denim"),
        details("shorts", "they have a rolled up hem and a button fly", "unsupported"),
        garment_type("shorts"),
        describe("shorts", "blue shorts"),
        title="Gini and Jony Boys Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a lavender sweatshirt with a sequinned unicorn print, white leggings, white backdrop, front
    # view; base BLIP-2 wrote every text
    case(
        "X723-011",
        caption("a little girl wearing a purple sweatshirt with a unicorn on it"),
        wearing("a purple sweater and white leggings"),
        color_of("sweatshirt", "white", "other_garment_color"),
        pattern("graphic"),
        describe(
            "sweatshirt",
            "it's a sweatshirt with a unicorn on it and it has a unicorn on it and it has a unicorn on it and it",
            "loop",
            hit_limit=True,
        ),
        details("sweatshirt", "he has a unicorn on his shirt", "pronoun"),
        title="Mothercare Girls Lavender Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in navy track pants with a white swoosh on the left thigh, light blue tee, white sneakers, white
    # backdrop, full-length front view; base BLIP-2 wrote every text
    case(
        "X723-012",
        caption("a young boy in a light blue shirt and navy pants"),
        wearing("a blue shirt and blue pants"),
        color_of("pants", "navy"),
        details("pants", "nike logo on the left leg"),
        is_a("pair of shorts", "yes", "contradiction"),
        material("polyester", "unsupported"),
        describe("pants", "describe the pants in detail", "restated"),
        title="Nike Boys Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a short-sleeved white polo with navy collar tipping, two buttons and a small embroidered chest
    # logo, khaki chinos, white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-013",
        caption("a young boy wearing a white polo shirt and khaki pants"),
        wearing("a white polo shirt"),
        color_of("t-shirt", "beige", "other_garment_color"),
        garment_type("t-shirt"),
        sleeves("long sleeves", "contradiction"),
        details("t-shirt", "it has a collar with blue stripes and two buttons"),
        describe(
            "t-shirt",
            "a white polo shirt with a navy blue collar and navy tipping on the sleeves, two white buttons on the"
            " placket and a small embroidered logo on the left side of the",
            "cut",
            hit_limit=True,
        ),
        title="Ant Kids Boys White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in black track pants with pink side piping, pink tee, white backdrop, front view; base BLIP-2
    case(
        "X723-014",
        caption("a young girl in a pink shirt and black pants"),
        wearing("a pink shirt and black pants"),
        color_of("pants", "pink", "other_garment_color"),
        details("pants", "he has pink stripes on the side of his pants", "pronoun"),
        describe(
            "pants", "black track pants with pink piping Question: What are the pants details? Answer: pink", "leak"
        ),
        garment_type("track pants"),
        title="Puma Girls Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a red crew-neck sweatshirt with a white printed guitar (no words), black jeans, white backdrop,
    # front view; base BLIP-2 wrote every text
    case(
        "X723-015",
        caption("a boy in a red sweater with a guitar on it"),
        wearing("a red sweater and black jeans"),
        color_of("sweatshirt", "red"),
        describe("sweatshirt", "a red sweatshirt with a guitar on it and the word rock", "unsupported"),
        details("sweatshirt", "red", "non_answer"),
        material("fleece"),
        title="Tantra Kids Boys Red Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay of grey shorts with a small orange shark print all over and an orange drawstring, white
    # backdrop, no model; base BLIP-2 wrote every text
    case(
        "X723-016",
        caption("a pair of grey shorts with sharks on them"),
        wearing("a pair of shorts"),
        color_of("shorts", "grey"),
        pattern("printed"),
        details("shorts", "the shorts have an orange drawstring and a shark print"),
        describe("shorts", "a boy is wearing grey shorts with orange sharks on them", "unsupported"),
        material("what material is the shorts made of", "restated"),
        title="Kids Ville Boys Grey Printed Shorts",
        category="Shorts",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a yellow t-shirt with a Minnie Mouse print, red skirt with white polka dots, white backdrop,
    # front view, barefoot; base BLIP-2 wrote every text
    case(
        "X723-017",
        caption("a little girl wearing a yellow shirt and a red skirt with white polka dots"),
        wearing("a yellow shirt and red skirt"),
        color_of("t-shirt", "red", "other_garment_color"),
        details("t-shirt", "minnie mouse on the front"),
        describe(
            "t-shirt",
            "a yellow t-shirt with minnie mouse on it. the girl is wearing a red skirt with white polka dots and a"
            " pair of",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Disney Kids Girls Yellow Minnie Print T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in olive joggers with a black drawstring, black tee with a white print, white backdrop, front
    # view; base BLIP-2 wrote every text
    case(
        "X723-018",
        caption("a young boy in a black t-shirt and green pants"),
        wearing("a black shirt and green pants"),
        color_of("pants", "black", "other_garment_color"),
        color_of("t-shirt", "black", kind="open"),
        details(
            "pants",
            "the pants have a drawstring and the pants have a drawstring and the pants have a drawstring and the",
            "loop",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        title="Palm Tree Boys Olive Joggers",
        category="Track Pants",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy in a grey t-shirt with a large yellow Puma cat logo print, navy shorts, white backdrop, front
    # view; base BLIP-2 wrote every text
    case(
        "X723-019",
        caption("a young boy in a grey shirt with a yellow puma logo"),
        wearing("a grey t-shirt and blue shorts"),
        color("grey"),
        pattern("solid", "contradiction"),
        sleeves("short sleeves"),
        describe("t-shirt", "it is grey with a puma on it"),
        details("t-shirt", "What are the t-shirt details? Answer: a yellow puma", "leak"),
        material("cotton", "unsupported"),
        title="Puma Boys Grey Printed T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in plain navy chino shorts with a brown belt, white tee tucked in, white backdrop, front view;
    # base BLIP-2 wrote every text
    case(
        "X723-020",
        caption("a young girl wearing a white shirt and navy shorts"),
        wearing("he is wearing a white shirt and blue shorts with a belt", "pronoun"),
        color_of("shorts", "blue"),
        details("shorts", "there is a belt"),
        describe("shorts", "she is wearing shorts", "non_answer"),
        garment_type("shorts"),
        pattern("striped", "contradiction"),
        title="U.S. Polo Assn. Kids Girls Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a black pullover hoodie with a white swoosh and a kangaroo pocket, grey joggers, white
    # backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-021",
        caption("a boy in a black hoodie and grey sweat pants"),
        wearing("she is wearing a black hoodie", "pronoun"),
        color_of("sweatshirt", "black"),
        is_a("jacket", "yes", "contradiction"),
        details("sweatshirt", "the hoodie has a kangaroo pocket and a white nike swoosh"),
        describe(
            "sweatshirt",
            "a black hoodie with a white nike logo on the front and a pocket on the front of the hoodie and a hood"
            " on the back of the",
            "cut",
            hit_limit=True,
        ),
        title="Nike Boys Black Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in a green and white horizontally striped tee (no pocket), beige shorts, white backdrop, front
    # view; base BLIP-2 wrote every text
    case(
        "X723-022",
        caption("a little boy in a green and white striped shirt"),
        wearing("a green striped shirt and khaki shorts"),
        color_of("t-shirt", "green"),
        pattern("striped"),
        details("t-shirt", "green and white stripes and a pocket on the left chest", "unsupported"),
        describe("t-shirt", "green", "non_answer"),
        color_of("shorts", "green", "contradiction", kind="open"),
        title="Gini and Jony Boys Green Striped T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in pink track pants with two white side stripes, grey sweatshirt, white backdrop, front view;
    # base BLIP-2 wrote every text
    case(
        "X723-023",
        caption("a little girl in a grey sweatshirt and pink pants"),
        wearing("she is wearing a grey sweatshirt and pink track pants"),
        color_of("pants", "pink"),
        color("grey", "other_garment_color"),
        details("pants", "white stripes down the sides"),
        describe(
            "pants",
            "pink pants with white stripes on the side Question: What is the girl wearing? Answer: a grey sweatshirt"
            " and pink pants Question:",
            "leak",
            hit_limit=True,
        ),
        title="Kids Ville Girls Pink Track Pants",
        category="Track Pants",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in khaki chino shorts with belt loops and slanted front pockets, a brown belt, navy polo tucked
    # in, white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-024",
        caption("a young boy wearing a blue polo shirt and khaki shorts"),
        wearing("a blue shirt and tan shorts"),
        color_of("shorts", "blue", "other_garment_color"),
        details("shorts", "the details of the shorts are the shorts", "restated"),
        garment_type("shorts"),
        material("denim", "contradiction"),
        describe(
            "shorts",
            "khaki shorts with belt loops, two slanted pockets on the front and the shirt is tucked in so you can"
            " see the brown belt and the",
            "cut",
            hit_limit=True,
        ),
        title="Palm Tree Boys Khaki Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: boy in a plain maroon crew-neck sweatshirt with ribbed cuffs and hem and a small white embroidered
    # logo, blue jeans, white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-025",
        caption("a young boy wearing a maroon sweatshirt and jeans"),
        wearing("a red sweater and blue jeans"),
        color_of("sweatshirt", "maroon"),
        pattern("solid"),
        sleeves("long sleeves"),
        describe("sweatshirt", "a maroon sweatshirt with ribbed cuffs and a ribbed hem"),
        details("sweatshirt", "the sweatshirt has a hood", "unsupported"),
        color_of("jeans", "blue Question: What is the color of the sweatshirt? Answer: maroon", "leak", kind="open"),
        title="United Colors of Benetton Kids Boys Maroon Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a white t-shirt with a multicolored butterfly print, blue jeans, white backdrop, front view;
    # base BLIP-2 wrote every text
    case(
        "X723-026",
        caption("a girl in a white t-shirt with butterflies on it"),
        wearing("a white shirt and jeans"),
        color_of("t-shirt", "blue", "other_garment_color"),
        details("t-shirt", "there are butterflies on the shirt"),
        describe("t-shirt", "he is wearing a white t-shirt with butterflies", "pronoun"),
        pattern("graphic"),
        title="Doodle Girls White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in grey track pants with three black side stripes, black tee, white backdrop, front view; base
    # BLIP-2 wrote every text
    case(
        "X723-027",
        caption("a young boy wearing black shirt and grey adidas pants"),
        wearing("a black t-shirt and grey track pants"),
        color_of("pants", "black", "other_garment_color"),
        details("pants", "three black stripes on the side of the leg"),
        is_a("pair of track pants", "yes"),
        describe(
            "pants",
            "the pants are grey with black stripes on the side and they are grey with black stripes on the side and"
            " they are grey",
            "loop",
            hit_limit=True,
        ),
        material("nylon", "unsupported"),
        title="Adidas Boys Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Boys",
    ),
    # photo: boy in a short-sleeved orange t-shirt printed with Chhota Bheem and friends, denim shorts, white
    # backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-028",
        caption("a little boy wearing an orange shirt with cartoon characters on it"),
        wearing("an orange shirt and jean shorts"),
        color_of("t-shirt", "yellow", "contradiction"),
        details("t-shirt", "cartoon characters"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        sleeves("sleeveless", "contradiction"),
        title="Chhota Bheem Kids Boys Orange T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a peach sweatshirt with white lace trim at the collar (no bow, back not shown), blue jeggings,
    # white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-029",
        caption("a little girl wearing a pink sweatshirt and jeans"),
        wearing("a pink sweater and blue jeans"),
        color_of("sweatshirt", "peach"),
        color("blue", "other_garment_color"),
        details("sweatshirt", "there is lace on the collar"),
        describe(
            "sweatshirt", "a pink sweatshirt with lace and a bow on the front and buttons on the back", "unsupported"
        ),
        material("knit"),
        title="Gini and Jony Girls Peach Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in red mesh sports shorts with a white swoosh on the left leg, white side trim and a drawstring,
    # white tank top, white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-030",
        caption("a young boy in a white tank top and red shorts"),
        wearing("a white tank top and red shorts"),
        color_of("shorts", "red"),
        color("white", "other_garment_color"),
        details("shorts", "the shorts have a white nike logo"),
        describe(
            "shorts",
            "red basketball shorts with white trim on the sides and a drawstring waist and a nike logo on the left"
            " leg and the shorts are",
            "cut",
            hit_limit=True,
        ),
        color_of("tank top", "red", "contradiction", kind="open"),
        title="Nike Boys Red Sports Shorts",
        category="Shorts",
        color="Red",
        gender="Boys",
    ),
    # photo: boy in a royal blue full-zip hooded sweatshirt worn open over a white tee, plain sleeves with side
    # pockets, black track pants, white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-031",
        caption("a young boy wearing a blue zip up hoodie"),
        wearing("a blue jacket, white shirt and black pants"),
        color_of("sweatshirt", "white", "other_garment_color"),
        garment_type("sweatshirt"),
        details("sweatshirt", "the hoodie has a zipper and pockets"),
        describe("sweatshirt", "it is a blue hoodie with a zipper and white stripes on the sleeves", "unsupported"),
        title="Puma Boys Blue Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a purple t-shirt with a glitter Elsa (Frozen) print and no lettering, black leggings, white
    # backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-032",
        caption("a little girl in a purple shirt with elsa on it"),
        wearing("a purple shirt and black leggings"),
        color_of("t-shirt", "purple"),
        describe(
            "t-shirt",
            "a purple shirt with a picture of a princess on it and the word frozen in pink letters",
            "unsupported",
        ),
        details(
            "t-shirt",
            "she has a purple shirt with a picture of a girl and she has a purple shirt with a picture of a girl and"
            " she has",
            "loop",
            hit_limit=True,
        ),
        color_of("leggings", "purple", "contradiction", kind="open"),
        sleeves("short sleeves"),
        title="Kids Ville Girls Purple Frozen Print T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in navy track pants with red side panels and an orange drawstring, white tee with a red print,
    # white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-033",
        caption("a boy wearing a white shirt and blue pants"),
        wearing("a white shirt and blue track pants"),
        color_of("pants", "navy blue"),
        details("pants", "red stripe on the side and an orange drawstring"),
        describe("pants", "pants", "non_answer"),
        material("polyester", "unsupported"),
        title="Gini and Jony Boys Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a black t-shirt with a big neon green robot print, camouflage shorts, white backdrop, front
    # view; base BLIP-2 wrote every text
    case(
        "X723-034",
        caption("a boy wearing a black t-shirt with a robot on it and camouflage shorts"),
        wearing("a black shirt and camo shorts"),
        color_of("t-shirt", "green", "contradiction"),
        pattern("graphic"),
        details("t-shirt", "a robot"),
        describe(
            "t-shirt",
            "a black t-shirt with a big green robot printed on the front, short sleeves, a round neck and the robot"
            " has two arms and a",
            "cut",
            hit_limit=True,
        ),
        material("no", "non_answer"),
        title="Tantra Kids Boys Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in white denim shorts with frayed hems, coral top, white backdrop, front view; base BLIP-2
    case(
        "X723-035",
        caption("a little girl wearing an orange top and white shorts"),
        wearing("an orange top and white shorts"),
        color_of("shorts", "orange", "other_garment_color"),
        material("denim"),
        details("shorts", "the shorts have frayed edges"),
        describe("shorts", "What is the color of the shorts? Answer: white", "leak"),
        is_a("skirt", "yes", "contradiction"),
        title="Doodle Girls White Denim Shorts",
        category="Shorts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in an olive sweatshirt with a white varsity print "BRONX 86", black jeans, white backdrop, front
    # view; base BLIP-2 wrote every text
    case(
        "X723-036",
        caption(
            "a young boy in a green sweatshirt with the word bronx and the number 86 on it, he is wearing black jeans"
            " and he is standing in front of a white background with his arms at his",
            "cut",
            hit_limit=True,
        ),
        wearing("a green sweatshirt and black jeans"),
        color_of("sweatshirt", "olive"),
        describe("sweatshirt", "green sweatshirt with white letters"),
        details("sweatshirt", "the sweatshirt has the words new york and a number on it", "unsupported"),
        pattern("solid", "contradiction"),
        title="Palm Tree Boys Olive Green Printed Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy in blue shorts with a green and orange tropical leaf print, plain white tee, white backdrop, front
    # view; seller color Multi; base BLIP-2 wrote every text
    case(
        "X723-037",
        caption("a boy in a white shirt and tropical print shorts"),
        wearing("a white shirt and shorts with leaves on them"),
        color_of("shorts", "white", "other_garment_color"),
        pattern("floral"),
        details(
            "shorts",
            "the shorts have leaves and flowers on them and the shorts have leaves and flowers on them and the shorts"
            " have",
            "loop",
            hit_limit=True,
        ),
        describe("shorts", "yes", "non_answer"),
        title="Gini and Jony Boys Multi Coloured Printed Shorts",
        category="Shorts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in grey melange track pants with a pink heart print on the left thigh, pink sweatshirt, white
    # backdrop, front view; the row has no color column; base BLIP-2 wrote every text
    case(
        "X723-038",
        caption("a little girl wearing a pink sweatshirt and gray pants"),
        wearing("he is wearing a pink sweater and gray pants", "pronoun"),
        color_of("pants", "grey"),
        details("pants", "a pink heart on the left leg"),
        describe(
            "pants",
            "gray sweatpants with a pink heart on the left leg and the heart is pink and the pants are gray and the"
            " heart is pink and the pants are gray and the",
            "loop",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        title="Mothercare Girls Grey Melange Track Pants",
        category="Track Pants",
        gender="Girls",
    ),
    # photo: boy in a teal polo t-shirt with two buttons and a small UCB logo, white shorts, white backdrop, cropped
    # at the knees, front view; base BLIP-2 wrote every text
    case(
        "X723-039",
        caption("a young boy wearing a green polo shirt and white shorts"),
        wearing("a blue polo shirt and white shorts"),
        color_of("t-shirt", "teal"),
        color("white", "other_garment_color"),
        color_of("shorts", "white", kind="open"),
        garment_type("t-shirt"),
        details("t-shirt", "there are two buttons on the collar and a ucb logo"),
        describe(
            "t-shirt",
            "he is wearing a polo shirt with a collar and two buttons. he is wearing white shorts. he is standing in"
            " front of a white wall and he is",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Kids Boys Teal Polo T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Boys",
    ),
    # photo: boy in black track pants with thin white side piping, yellow tee, white backdrop, front view; the row
    # has no gender column; base BLIP-2 wrote every text
    case(
        "X723-040",
        caption("a young boy in a yellow shirt and black pants"),
        wearing("a yellow shirt and black pants"),
        color_of("pants", "yellow", "other_garment_color"),
        color("yellow", "other_garment_color"),
        details("pants", "white lines on the side"),
        is_a("pair of jeans", "no"),
        describe(
            "pants",
            "black track pants Question: What are the pants details? Answer: white stripes on the side Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Tantra Kids Boys Black Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: girl in a red and navy horizontally striped t-shirt with short ruffle sleeves, navy shorts, white
    # backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-041",
        caption("a little girl wearing a red and blue striped shirt"),
        wearing("a striped shirt and blue shorts"),
        color_of("t-shirt", "red"),
        pattern("striped"),
        sleeves("long sleeves", "contradiction"),
        details("t-shirt", "ruffles on the sleeves"),
        describe("t-shirt", "the t-shirt is red and white", "contradiction"),
        material("cotton jersey", "unsupported"),
        title="Gini and Jony Girls Red Striped T-shirt",
        category="Tshirts",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a long-sleeved mustard hoodie with a navy "ADVENTURE" print and hood drawstrings, navy jeans,
    # white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-042",
        caption("a young boy in a yellow hoodie with the word adventure"),
        wearing("yes", "non_answer"),
        color_of("sweatshirt", "yellow"),
        sleeves("short sleeves", "contradiction"),
        details("sweatshirt", "a hood with drawstrings and a print that says adventure"),
        describe(
            "sweatshirt",
            "a yellow hoodie with blue writing Question: What is the color of the jeans? Answer: blue Question: What is"
            " the color of the",
            "leak",
            hit_limit=True,
        ),
        material("wool", "unsupported"),
        title="Kids Ville Boys Mustard Yellow Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in pink shorts with a small white floral print and a bow at the waist, white tee with pink
    # lettering, white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-043",
        caption("a little girl in a white shirt and pink floral shorts"),
        wearing("he is wearing a white shirt and pink shorts with flowers", "pronoun"),
        color_of("shorts", "pink"),
        pattern("floral"),
        details("shorts", "small white flowers and a bow at the waist"),
        describe("shorts", "the shorts are white with pink flowers", "contradiction"),
        garment_type("skirt", "contradiction"),
        title="Kids Ville Girls Pink Floral Print Shorts",
        category="Shorts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a royal blue athletic t-shirt with a white swoosh, black shorts, a football under his arm, white
    # backdrop, front view (the back is not shown); base BLIP-2 wrote every text
    case(
        "X723-044",
        caption("a young boy in a blue shirt holding a soccer ball"),
        wearing("a blue nike shirt and black shorts"),
        color_of("t-shirt", "blue"),
        describe("t-shirt", "a blue t-shirt with a white nike logo and the number 10 on the back", "unsupported"),
        details("t-shirt", "a white nike swoosh on the chest"),
        color_of("shorts", "blue", "contradiction", kind="open"),
        material("the material of the garment", "restated"),
        title="Nike Boys Blue Dri-FIT T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a charcoal grey sweatshirt with a white star print, pink leggings, white backdrop, front view;
    # Unisex row, the child is a girl; base BLIP-2 wrote every text
    case(
        "X723-045",
        caption("a little girl in a dark grey sweatshirt with white stars"),
        wearing("a grey sweatshirt and pink leggings"),
        color_of("sweatshirt", "charcoal"),
        color("pink", "other_garment_color"),
        pattern("printed"),
        details(
            "sweatshirt",
            "the sweatshirt has stars on it and the sweatshirt has stars on it and the sweatshirt has stars on it and",
            "loop",
            hit_limit=True,
        ),
        describe("sweatshirt", "a grey sweatshirt with white stars on the front"),
        title="Mothercare Kids Unisex Charcoal Grey Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Unisex",
    ),
    # photo: boy in navy jersey shorts with a white drawstring and a small white Puma logo (no zip pocket), grey
    # melange tee, white backdrop, front view; base BLIP-2 wrote every text
    case(
        "X723-046",
        caption("a boy in a gray t-shirt and navy shorts"),
        wearing("a grey shirt and blue shorts"),
        color_of("shorts", "grey", "other_garment_color"),
        details("shorts", "white puma logo and drawstring"),
        describe("shorts", "they are navy blue cotton shorts with a zip pocket and the puma logo", "unsupported"),
        garment_type("track pants", "contradiction"),
        title="Puma Boys Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
]
