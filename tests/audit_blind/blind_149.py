"""BLIND_149 (44 products; the experiments re-run on a Myntra-style catalog of men's and women's western wear, with
is_a and color_of questions): written blind in the twenty-first session. Measured blind at f1802f2: 126/138 failures
found (91.3%) and 8/147 correct texts flagged (5.4%). The writer's notes, verbatim:

Blind corpus 149: BLIP-2 OPT-2.7b on a Myntra-style catalog of men's and women's western wear.

Scenario
- Forty-four imagined marketplace products, one product per case: shirts, t-shirts, tops, dresses, jeans,
  trousers, skirts, shorts, jackets and sweaters. Most are photographed on a model who wears them with other
  garments (a t-shirt under a jacket, jeans under a shirt, a shirt under a sweater); some are flat or hanger
  packshots with no person. Backgrounds vary: white or grey studio walls, a brick wall, a garden, a beach, a street.
- Each case holds a caption and answers to enrich's default questionnaire (DEFAULT_QUESTIONS, a subset of its
  questions per product), plus a few "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of)
  questions. Seller columns from the marketplace are passed to case(): gender ("Men"/"Women"), category (Myntra
  article type: Shirts, Tshirts, Tops, Dresses, Jeans, Trousers, Skirts, Shorts, Jackets, Sweaters), color (the
  seller's base colour: Navy Blue, Charcoal, Olive, Mustard, Maroon, Cream ...) and title. A few products lack
  one of them (gender, colour or title missing).

Which system wrote which text (named again in the comment above each case)
- base: untuned Salesforce/blip2-opt-2.7b, greedy, `Question: ... Answer:` prompts; stops on the newline. Short
  answers mostly right; fails by giving the product another garment's color, wrong pronoun, invented details,
  restating the question, and now and then a loop in a long answer.
- cap1 / cap3: the caption adapters (Data2_V2 caption, epoch 1 / epoch 3). They return the DeepFashion-MultiModal
  caption template for every prompt ("The lady wears a long-sleeve shirt with pure color patterns ..."), with
  pattern words in place of hues, and run to the token limit.
- vqa: the VQA adapter (Data3_V3, one epoch). In-shop class words (tee, blouse, denim, graphic tee), no trained
  stop: loops ("denim denim denim ..."), the next `Question: ... Answer:` turn leaking, empty outputs; captions broken.

How it was written
- Blind: I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (layout, makers,
  TARGETS). No other project file, audit, corpus or test was opened. The only code run was an import check.

Label conventions and judgement calls
- One label per text: the failure a reviewer would fix first. hit_limit records the generation fact (the text
  ran to 30 new tokens for answers, 50 for captions) whatever the label, so a loop or a leak that ran to the limit
  has hit_limit=True but is labelled loop / leak.
- cut: the text stops mid-phrase. Adapter outputs that end on a whole sentence are taken as having ended (the
  padding they were trained to emit decodes to nothing) and are judged on content. One base answer is cut before
  the limit (hit_limit=False).
- Near-colour synonyms of the seller's colour are correct: navy/blue, maroon/burgundy/red, mustard/yellow,
  olive/green, cream/white, teal/turquoise/green, lavender/purple, coral/orange, charcoal/grey, khaki/beige.
- other_garment_color: the product's colour question answered with the colour of another garment in the photo
  (the jeans under a top, the tee under a jacket). A colour_of question about the *other* garment answered with
  the product's colour is labelled contradiction (one colour repeated for every garment).
- contradiction also covers: the wrong garment type or a wrong "yes"/"no" to is_a about the product, a sleeve or
  pattern answer the photo and other texts contradict, and a colour that is only the background's.
- The caption template's pattern words ("pure color", "lattice" for checks) are correct answers to a pattern
  question, but a non_answer to a colour question. The template returned for a question is labelled by what it
  does: cut if it stops mid-phrase, non_answer if it does not address the question, correct if it contains the
  answer and ends on a whole sentence.
- non_answer: empty output, "no" to an open question, "nothing" for a packshot, or only the product's own name
  back ("they are shorts" for the details). restated: the question's own words given back ("the details of the
  t-shirt", "the garment is made of material").
- unsupported: a detail not in the photo (a chest pocket, a hood, a logo, a bow on the back, a fur collar, a
  lady and a T-shirt invented around a packshot, fill material no photo can show).
- pronoun: he/man for a woman's product on a female model, she/lady for a man's product.
- "What is the person wearing?" on a packshot answered with the product's name ("a grey t-shirt", "tee") is
  correct; a material guess the photo makes plausible (cotton tee, denim jeans, wool sweater) is correct.
- is_a refers to the product: "yes" to "Is this a pair of jeans?" for chino shorts is a contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a


def rep(word: str, n: int) -> str:
    return " ".join([word] * n)


BLIND_149: list[Case] = [
    # 1. Man in a navy long-sleeve solid shirt, buttoned and untucked, white buttons, no pockets; beige chinos;
    # white studio wall. All texts: base.
    case(
        "MYN149-001",
        caption("a man in a navy blue shirt and beige pants standing against a white wall"),
        D.wearing("a blue shirt and khaki pants"),
        D.garment_type("shirt"),
        D.color("navy blue"),
        D.sleeve_length("long"),
        D.details("it has a chest pocket and silver buttons", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Slim Fit Solid Casual Shirt",
    ),
    # 2. Woman in a white ribbed short-sleeve crop top with light-blue high-rise jeans; grey background. base.
    case(
        "MYN149-002",
        caption("a woman in a white crop top and blue jeans posing for a photo"),
        D.wearing("a white top and jeans"),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.description("a white crop top with short sleeves"),
        gender="Women",
        category="Tops",
        color="White",
        title="DressBerry Women White Ribbed Crop Top",
    ),
    # 3. Woman in a black sleeveless knee-length bodycon dress (round neck, knit), silver bracelet; grey wall.
    # All texts: cap3.
    case(
        "MYN149-003",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is of knee length. It is "
            "with knitting fabric and its neckline is round. There is an accessory on her wrist."
        ),
        D.wearing(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is of knee length. It is "
            "with knitting fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color(
            "The dress is with pure color patterns. The dress is of knee length. It is with knitting fabric and "
            "its neckline is round.",
            "non_answer",
        ),
        D.pattern("pure color"),
        D.sleeve_length("The lady is wearing a sleeveless dress with pure color patterns."),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Tokyo Talkies Women Black Solid Bodycon Dress",
    ),
    # 4. Man in mid-blue light-fade skinny jeans with a white crew t-shirt, white sneakers; white wall.
    # Caption: base. Questions: vqa.
    case(
        "MYN149-004",
        caption("a man wearing a white t-shirt and blue jeans"),
        D.wearing(rep("denim", 30), "loop", hit_limit=True),
        D.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        color_of("t-shirt", "white"),
        is_a("pair of jeans", "yes"),
        D.garment_type("tee", "contradiction"),
        D.material("denim\nQuestion: What is the color of the denim? Answer: blue", "leak"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Light Fade Stretchable Jeans",
    ),
    # 5. Man in olive cargo trousers with flap side pockets, plain hems; black t-shirt, black sneakers; grey
    # background. base.
    case(
        "MYN149-005",
        caption("a man in a black shirt and green cargo pants"),
        D.wearing("black t-shirt and green pants"),
        D.garment_type("trousers"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.details("cargo pockets on the sides"),
        D.description(
            "a pair of green cargo pants with pockets on the sides and a zipper on the bottom of the legs",
            "unsupported",
        ),
        gender="Men",
        category="Trousers",
        color="Olive",
        title="HRX by Hrithik Roshan Men Olive Green Solid Cargo Trousers",
    ),
    # 6. Woman in a solid mustard A-line midi skirt with a white t-shirt tucked in; beige wall.
    # Caption and details: cap1. Other questions: base.
    case(
        "MYN149-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a yellow skirt"),
        D.garment_type("skirt"),
        D.color("yellow"),
        D.pattern("solid"),
        D.details(
            "The skirt is with cotton fabric and pure color patterns. The skirt is with cotton fabric and pure "
            "color patterns. The skirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        category="Skirts",
        color="Mustard",
        title="SASSAFRAS Women Mustard Yellow Solid A-Line Midi Skirt",
    ),
    # 7. Flat packshot: grey melange round-neck short-sleeve t-shirt on white, no person. base.
    case(
        "MYN149-007",
        caption("a grey t-shirt on a white background"),
        D.wearing("a grey t-shirt"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.description("a grey t-shirt with a round neck"),
        D.details("the details of the t-shirt", "restated"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Round Neck T-shirt",
    ),
    # 8. Woman in a maroon ribbed turtleneck pullover with black jeans; indoor, a plant behind her.
    # Caption and details: cap3. Other questions: base.
    case(
        "MYN149-008",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and it has a high neckline. The pants are with denim fabric and pure color patterns."
        ),
        D.wearing("a red sweater and black jeans"),
        D.garment_type("sweater"),
        D.color("burgundy"),
        D.pattern("ribbed"),
        D.material("wool"),
        D.details(
            "The sweater is with knitting fabric and it has a high neckline. The pants are with denim fabric and "
            "pure color patterns. The pants the lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweaters",
        color="Maroon",
        title="Vero Moda Women Maroon Ribbed Turtle Neck Pullover",
    ),
    # 9. Man in a black nylon bomber jacket worn open over a white t-shirt, blue jeans; grey background.
    # Caption: cap1. Questions: vqa.
    case(
        "MYN149-009",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. He wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing(rep("jacket", 30), "loop", hit_limit=True),
        D.color("white", "other_garment_color"),
        color_of("jacket", "black"),
        color_of("pants", "black", "contradiction"),
        is_a("jacket", "yes"),
        D.garment_type("jacket\nQuestion: Is this a jacket? Answer: yes", "leak"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="HIGHLANDER Men Black Solid Bomber Jacket",
    ),
    # 10. Woman in light-blue high-rise denim shorts with frayed hems and a white tank top; white wall. base.
    case(
        "MYN149-010",
        caption("a woman in a white tank top and denim shorts"),
        D.wearing("a white tank top and blue jean shorts"),
        D.color("white", "other_garment_color"),
        D.description("he is wearing a pair of denim shorts", "pronoun"),
        D.details("the shorts are short", "restated"),
        D.material("denim"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        category="Shorts",
        color="Blue",
        title="Roadster Women Blue Washed High-Rise Denim Shorts",
    ),
    # 11. Man in a red-and-black checked flannel shirt worn open over a grey t-shirt, black jeans; white wall.
    # Caption, closed questions and color_of: base. Details and description: cap3.
    case(
        "MYN149-011",
        caption("a man wearing a red and black plaid shirt over a grey t-shirt"),
        D.garment_type("shirt"),
        D.color("grey", "other_garment_color"),
        D.pattern("checked"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its neckline is lapel."
        ),
        D.details(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red", kind="open"),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        gender="Men",
        category="Shirts",
        color="Red",
        title="WROGN Men Red & Black Checked Flannel Casual Shirt",
    ),
    # 12. Woman in a navy floral maxi dress (pink and white flowers, V-neck, short flutter sleeves) standing in a
    # green garden. base.
    case(
        "MYN149-012",
        caption("a woman in a blue floral dress standing in a garden"),
        D.garment_type("dress"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        D.description("a long dress with flowers on it"),
        D.details(
            "floral print, v-neck, short sleeves, floral print, v-neck, short sleeves, floral print, v-neck, short "
            "sleeves, floral print, v-neck",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Sangria Women Navy Blue & Pink Floral Print Maxi Dress",
    ),
    # 13. Man in charcoal flat-front formal trousers, white formal shirt tucked in, black belt; white wall.
    # All texts: cap3.
    case(
        "MYN149-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color "
            "patterns. There is a belt",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        D.material("The gentleman wears a long-sleeve shirt with pure color patterns.", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
    ),
    # 14. Packshot: navy-and-white horizontally striped round-neck short-sleeve t-shirt on white, no person.
    # All texts: vqa.
    case(
        "MYN149-014",
        caption("white", "non_answer"),
        D.wearing("tee Question: What is the color of the tee? Answer: white Question:", "leak", hit_limit=True),
        D.garment_type("tee"),
        D.color("navy"),
        D.pattern(rep("striped", 30), "loop", hit_limit=True),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Tshirts",
        color="Navy Blue",
        title="Tokyo Talkies Women Navy Blue & White Striped Round Neck T-shirt",
    ),
    # 15. Woman in a pink sleeveless top with a ruffled neckline (front view, nothing at the back visible),
    # white trousers, in front of a pink wall. base.
    case(
        "MYN149-015",
        caption("a woman in a pink top and white pants standing in front of a pink wall"),
        D.wearing("she is wearing a pink top and white pants"),
        D.garment_type("top"),
        D.color("pink"),
        D.sleeve_length("short", "contradiction"),
        D.description("a pink sleeveless top with ruffles"),
        D.details("ruffles and a bow on the back", "unsupported"),
        gender="Women",
        category="Tops",
        color="Pink",
        title="Harpa Women Pink Ruffled Sleeveless Top",
    ),
    # 16. Man in a white polo t-shirt and navy chino shorts standing by a pool. Caption: base. Questions: cap1.
    case(
        "MYN149-016",
        caption("a man in a white polo shirt and blue shorts standing by a pool"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("T-shirt"),
        D.color("The color of the T-shirt is pure color.", "non_answer"),
        D.pattern("pure color"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is lapel. The pants the gentleman wears is of short "
            "length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
    ),
    # 17. Woman in an olive utility jacket (four flap pockets, no hood) worn open over a black top, blue jeans;
    # white wall. base.
    case(
        "MYN149-017",
        caption("a woman wearing a green jacket and jeans"),
        D.wearing("a man in a green jacket and jeans", "pronoun"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        color_of("jacket", "green", kind="open"),
        D.details("pockets on the front and a hood", "unsupported"),
        D.material("cotton"),
        gender="Women",
        category="Jackets",
        color="Olive",
        title="Roadster Women Olive Green Solid Utility Jacket",
    ),
    # 18. Packshot: navy chino shorts folded flat on white, no person. Caption: base. Questions: vqa.
    case(
        "MYN149-018",
        caption("a pair of blue shorts on a white background"),
        D.wearing("shorts"),
        D.garment_type("shorts"),
        D.color(rep("navy", 30), "loop", hit_limit=True),
        D.material("cotton Question: What is the color of the shorts? Answer: blue", "leak"),
        is_a("pair of shorts", rep("yes", 30), "loop", hit_limit=True),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # 19. Woman in black skinny jeans with a red crew t-shirt and white sneakers; white wall.
    # Caption: cap3. Questions: base.
    case(
        "MYN149-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red shirt and black jeans"),
        D.garment_type("jeans"),
        D.color("red", "other_garment_color"),
        color_of("jeans", "black", kind="open"),
        D.description("black skinny jeans"),
        D.details("they are jeans", "non_answer"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Levis Women Black 710 Super Skinny Fit Jeans",
    ),
    # 20. Man in a cream crew-neck cable-knit pullover with blue jeans, in front of a red brick wall. base.
    case(
        "MYN149-020",
        caption("a man in a white sweater standing in front of a brick wall"),
        D.garment_type("sweater"),
        D.color("white"),
        D.pattern("cable knit"),
        D.description("a white cable knit sweater"),
        D.details("the sweater has a v-neck", "unsupported"),
        gender="Men",
        category="Sweaters",
        color="Cream",
        title="Marks & Spencer Men Cream-Coloured Cable Knit Pullover",
    ),
    # 21. Woman in a peach short-sleeve round-neck fit-and-flare dress, knee length, self-tie belt; no
    # sunglasses; white wall. All texts: cap1.
    case(
        "MYN149-021",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of knee length. There is a belt. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color(
            "The dress is with pure color patterns. The dress is with pure color patterns. The dress is with pure "
            "color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.details("The dress is of knee length. There is a belt. The lady wears a pair of sunglasses.", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Peach",
        title="Berrylush Women Peach-Coloured Solid Fit and Flare Dress",
    ),
    # 22. Man in a black short-sleeve t-shirt with a white "NO LIMITS" graphic print on the chest, grey joggers;
    # white wall. Caption, pattern, details: base. Other questions: vqa.
    case(
        "MYN149-022",
        caption("a man wearing a black t-shirt with a white graphic print"),
        D.wearing(rep("graphic tee", 15), "loop", hit_limit=True),
        D.garment_type("graphic tee"),
        D.color("grey", "other_garment_color"),
        D.pattern("graphic"),
        D.details("it says no limits on the front"),
        D.material("Answer: cotton", "leak"),
        is_a("sweatshirt", "yes", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Roadster Men Black Printed Round Neck T-shirt",
    ),
    # 23. Woman in beige high-waist wide-leg trousers with a fitted black top tucked in; white wall. base.
    case(
        "MYN149-023",
        caption("a woman in a black top and beige pants"),
        D.wearing("he is wearing a black shirt and khaki pants", "pronoun"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.details("high waist and wide legs"),
        D.material("the garment is made of material", "restated"),
        gender="Women",
        category="Trousers",
        color="Beige",
        title="SASSAFRAS Women Beige Wide Leg High-Rise Parallel Trousers",
    ),
    # 24. Woman on a street in a blue washed denim jacket worn over a white knee-length cotton sundress.
    # Seller colour missing. Caption and details: cap3. Other questions: base.
    case(
        "MYN149-024",
        caption(
            "The lady is wearing a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric and its neckline is lapel. The lady wears a dress of knee length. The dress is with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "blue", kind="open"),
        D.material("denim"),
        D.details(
            "Her outer clothing is a denim jacket. Her outer clothing is a denim jacket. Her outer clothing is a "
            "denim jacket. Her outer",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender="Women",
        category="Jackets",
        title="Roadster Women Blue Washed Denim Jacket",
    ),
    # 25. Man on a beach in khaki chino shorts and a blue crew t-shirt. Caption: cap1. Questions: vqa.
    case(
        "MYN149-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton fabric and it has a round neckline. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        D.wearing("tee Question: What is the color of the tee? Answer: blue Question: What", "leak", hit_limit=True),
        D.garment_type(rep("shorts", 30), "loop", hit_limit=True),
        D.color("blue", "other_garment_color"),
        color_of("shorts", "khaki"),
        is_a("pair of shorts", "no", "contradiction"),
        D.material("", "non_answer"),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Highlander Men Khaki Solid Regular Fit Chino Shorts",
    ),
    # 26. Packshot: yellow wrap mini skirt with a white floral print on a hanger against a white wall, no person.
    # Caption, wearing, color, pattern: base. Description and details: cap3.
    case(
        "MYN149-026",
        caption("a yellow skirt with white flowers hanging on a white wall"),
        D.wearing("nothing", "non_answer"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description(
            "The lady wears a short skirt with floral patterns. The skirt is with chiffon fabric. The lady wears a "
            "short-sleeve T-shirt with pure color",
            "unsupported",
            hit_limit=True,
        ),
        D.details(
            "The skirt is with chiffon fabric and floral patterns. The skirt is of short length. The lady wears a "
            "short-sleeve T-shirt with pure",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Yellow",
        title="Tokyo Talkies Women Yellow Floral Print Wrap Mini Skirt",
    ),
    # 27. Man in a navy V-neck sweater (plain, no logo, ribbed cuffs and hem) over a white collared shirt whose
    # collar shows, grey trousers; white wall. base.
    case(
        "MYN149-027",
        caption("a man wearing a blue sweater over a white shirt"),
        D.wearing("a blue sweater, white shirt and grey pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description("a navy blue v-neck sweater"),
        D.details("v-neck, ribbed cuffs and hem, and a logo on the chest", "unsupported"),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Allen Solly Men Navy Blue Solid V-Neck Sweater",
    ),
    # 28. Woman in a white oversized long-sleeve cotton shirt, half tucked into blue jeans; white wall.
    # Caption: cap1. Questions: vqa.
    case(
        "MYN149-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(rep("blouse", 15), "loop", hit_limit=True),
        D.garment_type("blouse"),
        D.color("white"),
        D.sleeve_length("long-sleeve"),
        color_of("jeans", "white", "contradiction"),
        gender="Women",
        category="Shirts",
        color="White",
        title="H&M Women White Oversized Cotton Shirt",
    ),
    # 29. Man in a light-blue denim shirt (two flap chest pockets, snap buttons, long sleeves) with beige chinos;
    # white wall. Seller gender missing. Caption, wearing, pattern: cap3. Other questions: base.
    case(
        "MYN149-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "denim fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "denim fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.color("light blue"),
        D.pattern(
            "The shirt is with pure color patterns. The shirt is with pure color patterns. The shirt is with pure "
            "color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.details("two chest pockets with flaps and snap buttons"),
        D.material("denim"),
        category="Shirts",
        color="Blue",
        title="Mast & Harbour Men Blue Denim Casual Shirt",
    ),
    # 30. Woman on a beach in a teal sleeveless scoop-neck tank top and white shorts. base.
    case(
        "MYN149-030",
        caption("a woman in a green tank top and white shorts on the beach"),
        D.wearing("a man in a green tank top and white shorts", "pronoun"),
        D.color("turquoise"),
        D.sleeve_length("sleeveless"),
        D.description("the garment is a garment", "restated"),
        D.material("cotton"),
        gender="Women",
        category="Tops",
        color="Teal",
        title="DressBerry Women Teal Solid Tank Top",
    ),
    # 31. Man in black drawstring joggers with cuffed ankles and a white crew t-shirt; white wall.
    # Caption, wearing, details: cap1. Other questions: vqa.
    case(
        "MYN149-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and it has a round neckline. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and it",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("black\nQuestion: What is the color of the tee? Answer: white", "leak"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Trousers",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Joggers",
    ),
    # 32. Woman walking on a street in a grey accordion-pleated midi skirt with a white t-shirt tucked in; the
    # skirt's side seam and lining are not visible. Caption, color, pattern, description, material: base.
    # Details: cap3.
    case(
        "MYN149-032",
        caption("a woman in a white shirt and a grey pleated skirt walking down the street"),
        D.color("white", "other_garment_color"),
        D.pattern("pleated"),
        D.description("she is wearing a grey pleated skirt"),
        D.details(
            "The skirt is with chiffon fabric and pure color patterns. The skirt is of long length. The lady wears "
            "a short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        D.material("satin, with a zipper at the side and a lining", "unsupported"),
        gender="Women",
        category="Skirts",
        color="Grey",
        title="Marks & Spencer Women Grey Accordion Pleated Midi Skirt",
    ),
    # 33. Packshot: lavender round-neck short-sleeve t-shirt flat on white, no person. All texts: vqa.
    case(
        "MYN149-033",
        caption(rep("tee", 50), "loop", hit_limit=True),
        D.wearing("tee"),
        D.garment_type("tee"),
        D.color("purple"),
        D.pattern("", "non_answer"),
        D.material(rep("cotton", 30), "loop", hit_limit=True),
        is_a("t-shirt", "yes"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Roadster Women Lavender Solid Round Neck T-shirt",
    ),
    # 34. Man in a brown leather biker jacket (asymmetric zip, zip pockets, plain notch collar, no fur) over a
    # black t-shirt, dark jeans; white wall. base.
    case(
        "MYN149-034",
        caption("a man in a brown leather jacket and black t-shirt"),
        D.wearing("she is wearing a brown leather jacket", "pronoun"),
        D.color("black", "other_garment_color"),
        D.material("leather"),
        D.description("a brown leather jacket with a fur collar", "unsupported"),
        D.details(
            "zipper, pockets, zipper, pockets, zipper, pockets, zipper, pockets, zipper, pockets, zipper, pockets, "
            "zipper, pockets, zipper",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Brown",
        title="Justanned Men Brown Solid Leather Biker Jacket",
    ),
    # 35. Packshot: red long-sleeve V-neck midi dress on a hanger against a grey wall, no person. Seller title
    # missing. Caption, garment_type, details: cap3. Other questions: base.
    case(
        "MYN149-035",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a V-shape neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.garment_type(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a V-shape",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.sleeve_length("long"),
        D.details("There is an accessory on her wrist. She wears a ring.", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Red",
    ),
    # 36. Packshot: white round-neck short-sleeve t-shirt on a white background, no person.
    # Caption: base. Questions: vqa.
    case(
        "MYN149-036",
        caption("a white t-shirt on a white background"),
        D.wearing("Question: What is the person wearing? Answer: tee", "leak"),
        D.color(rep("white", 30), "loop", hit_limit=True),
        D.pattern("no", "non_answer"),
        D.sleeve_length("short-sleeve Question: What is the sleeve length of the tee? Answer:", "leak", hit_limit=True),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Bewakoof Men White Solid Round Neck T-shirt",
    ),
    # 37. Woman in a burgundy open-front knit cardigan over a white t-shirt, blue jeans; white wall.
    # Caption, wearing, material: cap1. Other questions: base.
    case(
        "MYN149-037",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. Her outer clothing is a cardigan with "
            "knitting fabric. The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns. Her outer clothing is a cardigan with "
            "knitting fabric. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        D.color("white", "other_garment_color"),
        D.details("the details are on the cardigan", "restated"),
        D.material("Her outer clothing is a cardigan with knitting fabric."),
        gender="Women",
        category="Sweaters",
        color="Burgundy",
        title="Vero Moda Women Burgundy Open Front Cardigan",
    ),
    # 38. Packshot: dark-blue slim jeans with ripped knees, folded on white, no person. Seller colour missing.
    # Caption: cap3. Questions: vqa.
    case(
        "MYN149-038",
        caption(
            "The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. The "
            "gentleman wears a short-sleeve T-shirt with pure color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("", "non_answer"),
        D.garment_type("denim"),
        D.color("blue"),
        D.details("denim Question: What are the details of the denim? Answer: denim Question:", "leak", hit_limit=True),
        is_a("pair of jeans", rep("yes", 30), "loop", hit_limit=True),
        gender="Men",
        category="Jeans",
        title="Roadster Men Navy Blue Slim Fit Mid-Rise Highly Distressed Jeans",
    ),
    # 39. Woman in black denim shorts (solid) with a black-and-white striped top tucked in; white wall. base.
    case(
        "MYN149-039",
        caption("a woman wearing a striped shirt and black shorts"),
        D.wearing("he is wearing a striped shirt and black shorts", "pronoun"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.description("a pair of black shorts with a", "cut"),
        D.details("they are shorts", "non_answer"),
        gender="Women",
        category="Shorts",
        color="Black",
        title="Vero Moda Women Black Denim Shorts",
    ),
    # 40. Man in a mustard short-sleeve round-neck t-shirt with black jeans; white wall. Seller gender missing.
    # Caption, garment_type, sleeve_length: cap3. Color and material: vqa.
    case(
        "MYN149-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and it has a round neckline. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt. The gentleman wears a short-sleeve T-shirt. The gentleman "
            "wears a short-sleeve T",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the tee", "restated"),
        category="Tshirts",
        color="Mustard",
        title="Roadster Men Mustard Yellow Solid Round Neck T-shirt",
    ),
    # 41. Woman in a coral off-shoulder Bardot top (elasticated neckline, short sleeves) with white jeans; white
    # wall. Caption, color, details, material: base. Other questions: vqa.
    case(
        "MYN149-041",
        caption("a woman in an orange off the shoulder top and white jeans"),
        D.wearing("blouse Question: What is the color of the blouse? Answer: orange", "leak"),
        D.garment_type("", "non_answer"),
        D.color("orange"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("off-shoulder neckline with elastic, and short sleeves"),
        D.material("the material of the garment", "restated"),
        gender="Women",
        category="Tops",
        color="Coral",
        title="SASSAFRAS Women Coral Off-Shoulder Bardot Top",
    ),
    # 42. Man on a street in a navy quilted hooded puffer jacket (zip front) with grey trousers; the fill is not
    # stated anywhere. Caption and wearing: cap1. Other questions: base.
    case(
        "MYN149-042",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. His outer clothing is a cotton "
            "jacket. The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. His outer clothing is a cotton "
            "jacket. The",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.details("quilted with a hood and a zipper"),
        D.material("down feathers", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Hooded Puffer Jacket",
    ),
    # 43. Woman in a white button-front denim A-line mini skirt with a pink top; white wall.
    # Caption and details: base. Other questions: vqa.
    case(
        "MYN149-043",
        caption("a woman in a pink shirt and white skirt"),
        D.wearing("the person is wearing", "restated"),
        D.garment_type("shorts", "contradiction"),
        D.color("white"),
        D.details("buttons down the front"),
        D.material(rep("denim", 30), "loop", hit_limit=True),
        gender="Women",
        category="Skirts",
        color="White",
        title="Roadster Women White Denim A-Line Mini Skirt",
    ),
    # 44. Man in a maroon-and-navy checked long-sleeve shirt, buttoned, with khaki chinos; white wall.
    # Caption, pattern, details: cap3. Other questions: base.
    case(
        "MYN149-044",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a red plaid shirt and khaki pants", "pronoun"),
        D.color("red"),
        D.pattern("lattice"),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        is_a("shirt", "no", "contradiction"),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="Highlander Men Maroon & Navy Blue Checked Casual Shirt",
    ),
]
