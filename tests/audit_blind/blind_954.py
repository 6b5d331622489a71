"""BLIND_954 (46 products; Myntra kids' ethnic wear, caption LoRA epoch 2): written blind in the fifty-seventh session.
Measured blind at 5a92fc7 (the session's final rules): 93/120 failures found (77.5%) and 7/164 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of kids' ethnic wear: boys' kurta sets (kurta with pyjama, churidar, dhoti or dhoti
pants, some with a Nehru jacket), sherwanis and Nehru jackets; girls' lehenga cholis, anarkali kurta sets, sharara
and palazzo sets and ethnic dresses. Catalog shots of a child model on a white (once light grey) backdrop, front
view unless said; dupattas and stoles draped over a shoulder, mojaris or sandals, a stool or a potli bag now and then.

Who wrote what: the caption LoRA (q_proj/k_proj on blip2-opt-2.7b) at its epoch-2 checkpoint wrote every caption and
every open answer (wearing, describe, details, material, open color questions), greedy, 50 new tokens for captions
and 30 for answers. It writes the DeepFashion template ("The person is wearing a long-sleeve coat with pure color
patterns. The pants this person wears is long."), has no kurta or lehenga in its captions (kurta -> shirt or top or
kurta, sherwani -> coat, lehenga -> long skirt, anarkali -> dress), keeps some hue names from the base, says she/her
and "the lady" out of habit, adds DeepFashion accessory sentences (ring, wrist accessory, watch, sneakers), never
learned to stop (loops, cuts at the limit) and sometimes writes the `Question: ... Answer:` format back. Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?", closed color questions) come from enrich's
`--engine reference`, which picks one candidate value: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One label per text, the most salient failure; a looping or cut text is labelled loop or cut even if what it
  said before the loop was right (none of them also hold another failure).
- A closed answer that picks another garment's color (the pyjama's maroon for a cream kurta) is a contradiction;
  other_garment_color is kept for open (free) answers that give a garment another garment's color.
- Shades inside the seller's color group count as correct: pink for Peach or Magenta, purple for Lavender, blue for
  Teal or Turquoise, orange for Rust, white for Off White or Cream, red for Maroon, green for a "Teal Green" title.
- "coat" for a sherwani, "vest" for a Nehru jacket, "long skirt" for a lehenga, "dress" for an anarkali kurta or
  gown, "top" for a girls' kurta and "hat" for a turban are the template's words and count as correct; "shirt" for
  a kurta, in a caption or a closed garment type, is a contradiction with the seller's category.
- Elbow-length blouse sleeves called short-sleeve count as correct; "long sleeve" for three-quarter sleeves does not.
- Material: correct only when the title names it (cotton, jacquard); a fabric the title does not name and a
  photo cannot show (silk, wool, satin, chiffon, linen, net for a lehenga, denim) is unsupported.
- Accessories or details that the photo does not show (a ring, a watch, sneakers, a zip at the back seen from the
  front, pockets, a dupatta on a lehenga sold without one) are unsupported.
- An open answer of "yes", "no", empty or "fabric", or the caption template where a material was asked, is a
  non_answer; an answer that only gives the question's words back ("the jacket is a jacket") is restated.
- Pronoun failures are she/her for a Boys row and he for a Girls row; the caption adapter's "the lady" for a girl
  is not counted as a pronoun failure.
- A leak is any `Question:`/`Answer:` text in the output, whether the model echoed the prompt or went on to ask a
  new question; those that ran on to the limit have hit_limit set.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_954 = [
    # photo: boy in a cream straight kurta (mandarin collar, full sleeves) and maroon pyjama, brown mojaris, white
    # backdrop, front view. Caption adapter: caption, open answers; reference engine: closed answers.
    case(
        "X954-001",
        caption(
            "The boy is wearing a long-sleeve kurta with solid color patterns. The kurta is with cotton fabric. It "
            "has a stand-up collar. The pants this boy wears is long. The pants are with cotton fabric and solid "
            "color patterns."
        ),
        wearing("a cream kurta and maroon pyjamas", who="the boy"),
        color_of("kurta", "maroon", "contradiction"),
        color_of("pyjama", "maroon", kind="open"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket, the kurta has a mandarin collar and a button "
            "placket, the kurta has a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        title="Jashvi Boys Cream-Coloured & Maroon Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: boy in a knee-length navy blue sherwani, gold buttons, self-design jacquard, off-white churidar, gold
    # mojaris, white backdrop, front view. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-002",
        caption(
            "The person is wearing a long-sleeve coat with graphic patterns. Her coat has a stand-up collar and "
            "buttons down the front. The trousers she wears are long, with pure color patterns.",
            "pronoun",
        ),
        is_a("sherwani", "yes"),
        Q.color("navy blue"),
        color_of("churidar", "navy blue", "other_garment_color", kind="open"),
        describe("sherwani", "a navy blue sherwani with gold buttons and a self-design pattern"),
        material("silk", "unsupported"),
        title="YK Boys Navy Blue & Gold-Toned Self Design Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink flared lehenga with a gold zari floral embroidered border, pink round-neck sleeveless
    # choli with gold embroidery, sheer pink net dupatta over one shoulder, white backdrop, front view. Caption
    # adapter: caption, open answers; reference engine: closed.
    case(
        "X954-003",
        caption(
            "The girl is wearing a sleeveless top with solid color patterns and a long skirt with floral patterns. "
            "There is a scarf on her shoulder. The scarf is sheer. The top has a round neckline. The skirt has an "
            "embroidered border and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink lehenga choli with a dupatta", who="the girl"),
        color_of("dupatta", "pink", kind="open"),
        Q.pattern("embroidered"),
        details(
            "lehenga",
            "Question: What are the lehenga details? Answer: gold embroidery on the border Question: What are the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Biba Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a yellow kurta and white pyjama, barefoot, hands in his pockets, white backdrop, front view.
    # Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-004",
        caption(
            "The boy is wearing a long-sleeve kurta with solid color patterns and long pants. The kurta is yellow "
            "and the pants are white."
        ),
        wearing("he is wearing a yellow kurta and white pajamas"),
        color_of("pyjama", "yellow", "other_garment_color", kind="open"),
        Q.color("yellow"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        material("cotton", "unsupported"),
        title="Vastramay Boys Yellow & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a maroon floor-length anarkali, gold embroidered yoke, three-quarter sleeves, gold border at
    # the hem, white backdrop, side view mid-twirl. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-005",
        caption(
            "The girl is wearing a three-quarter-sleeve dress with solid color patterns. The dress is maxi length. "
            "It has a round neckline. The dress has embroidery on the chest."
        ),
        Q.garment_type("dress"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe("anarkali", "a maroon anarkali with a gold embroidered yoke and a flared skirt"),
        wearing("He is wearing a maroon dress", "pronoun", who="the girl"),
        title="Bitiya by Bhama Girls Maroon & Gold-Toned Embroidered Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in an off-white kurta under a gold brocade Nehru jacket, off-white churidar, white backdrop, front
    # view. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-006",
        caption(
            "The boy is wearing a sleeveless vest with graphic patterns over a long-sleeve kurta. The kurta is with "
            "solid color patterns. The pants this boy wears is long."
        ),
        color_of("kurta", "gold", "contradiction"),
        color_of("jacket", "gold", kind="open"),
        wearing("a white kurta, a gold jacket and white pants"),
        describe("kurta", "the kurta is gold with a brocade pattern", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.material(
            "the jacket is made of brocade, brocade, brocade, brocade, brocade, brocade, brocade, brocade, brocade, "
            "brocade, brocade",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Boys Off-White & Gold-Toned Kurta with Churidar and Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl in a multicoloured lehenga block-printed with red, yellow and green paisleys and a green hem
    # border, yellow short-sleeve blouse, green dupatta around her neck, white backdrop. Caption adapter: caption,
    # open answers; reference engine: closed.
    case(
        "X954-007",
        caption(
            "The girl is wearing a short-sleeve top with solid color patterns and a long skirt with graphic "
            "patterns. There is a scarf around her neck."
        ),
        color_of("blouse", "yellow", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        details(
            "lehenga",
            "the lehenga is printed with red, yellow and green paisleys all over, it is flared and ankle length, "
            "the border at the hem is green with a thin",
            "cut",
            hit_limit=True,
        ),
        describe("blouse", "the blouse is sleeveless", "contradiction"),
        title="Kalki Girls Multicoloured Printed Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a navy blue kurta with a small white floral buti print, white pyjama, hands behind his back,
    # white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-008",
        caption(
            "The boy is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "pants this boy wears is long. The pants are with cotton fabric and pure color patterns. The boy is "
            "wearing a long-sleeve shirt with floral patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        wearing("a blue kurta with a white floral print and white pajamas"),
        describe("pyjama", "the pyjama is navy blue with a floral print", "other_garment_color"),
        title="YK Boys Navy Blue Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a green knee-length anarkali kurta with gold gota lace at the hem, full sleeves, pink churidar,
    # pink dupatta over her shoulders, white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-009",
        caption(
            "The girl is wearing a long-sleeve dress with solid color patterns. The dress is knee length. The pants "
            "this girl wears is long. There is a scarf on her shoulders."
        ),
        color_of("kurta", "green"),
        color_of("churidar", "pink", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has gota lace at the hem Question: What is the color of the churidar? Answer: pink Question:",
            "leak",
            hit_limit=True,
        ),
        material("The girl is wearing a long-sleeve dress with solid color patterns.", "non_answer"),
        title="Sangria Girls Green & Pink Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a cream knee-length sherwani with gold thread embroidery on the collar and front, cream churidar,
    # maroon stole over one shoulder, white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-010",
        caption(
            "The boy is wearing a long-sleeve coat with solid color patterns. The coat is knee length and has "
            "embroidery on the collar. There is a scarf on his shoulder."
        ),
        Q.color("cream"),
        color_of("stole", "cream", "other_garment_color", kind="open"),
        describe("sherwani", "the sherwani is maroon with gold embroidery", "other_garment_color"),
        wearing("a cream sherwani with a maroon stole and cream churidar", who="the boy"),
        is_a("sherwani", "no", "contradiction"),
        Q.sleeve_length("long sleeve"),
        title="Manyavar Boys Cream-Coloured Embroidered Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a red lehenga with gold sequin embellishment, red cap-sleeve blouse, red net dupatta with a gold
    # border, holding the lehenga out, no jewellery on her hands, white backdrop. Caption adapter: caption, open
    # answers; reference engine: closed.
    case(
        "X954-011",
        caption(
            "The girl is wearing a short-sleeve top and a long skirt with solid color patterns. There is a ring on "
            "her finger.",
            "unsupported",
        ),
        color_of("lehenga", "red"),
        Q.pattern("embellished"),
        details("lehenga", "gold sequins"),
        describe("dupatta", "the dupatta is red net with a gold border"),
        wearing("she is wearing a red lehenga"),
        material("net", "unsupported"),
        title="Aj Dezines Girls Red & Gold-Toned Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a white chikankari kurta (white thread embroidery), white pyjama, brown kolhapuri sandals, light
    # grey backdrop, front view. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-012",
        caption(
            "The boy is wearing a long-sleeve kurta with solid color patterns. The kurta is with cotton fabric. The "
            "pants this boy wears is long. The pants are with cotton fabric and solid color patterns."
        ),
        material("cotton"),
        color_of("kurta", "white"),
        describe("kurta", "a white kurta with white embroidery"),
        details("kurta", "the kurta has a pocket on the chest and a zip at the neck", "unsupported"),
        wearing("She is wearing a white kurta and white pants.", "pronoun", who="the boy"),
        Q.pattern("embroidered"),
        title="Fabindia Boys White Cotton Chikankari Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a peach A-line short-sleeve kurta with a green and pink floral print, white palazzos, white
    # backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-013",
        caption(
            "The girl is wearing a short-sleeve dress with floral patterns. The dress is knee length. The pants "
            "this girl wears is long. The pants are with solid color patterns."
        ),
        color_of("kurta", "pink"),
        color_of("palazzos", "peach", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeve"),
        describe("palazzos", "they are palazzos", "restated"),
        wearing("a peach floral kurta and white palazzo pants"),
        title="Kisah Girls Peach-Coloured Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a maroon sherwani with a velvet sheen and gold buttons, cream churidar, arms folded, white
    # backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-014",
        caption(
            "The person is wearing a long-sleeve coat with pure color patterns. The coat is knee length. The pants "
            "this person wears is long. The pants are with pure color patterns."
        ),
        wearing("a red coat and white pants", who="the boy"),
        color_of("churidar", "maroon", "other_garment_color", kind="open"),
        material("wool", "unsupported"),
        details(
            "sherwani",
            "the sherwani has gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, "
            "gold buttons, gold",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        title="Aarika Boys Maroon Solid Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a yellow lehenga with a green border, green elbow-sleeve blouse with embroidery, yellow dupatta,
    # white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-015",
        caption(
            "The girl is wearing a short-sleeve top with solid color patterns and a long skirt with solid color "
            "patterns. The skirt has a border at the hem."
        ),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("lehenga", "yellow"),
        details("lehenga", "yes", "non_answer"),
        describe("blouse", "the blouse is green with embroidery"),
        wearing(
            "she is wearing a yellow lehenga with a green blouse and a yellow dupatta, she is wearing a yellow "
            "lehenga with a green blouse and a",
            "loop",
            hit_limit=True,
        ),
        title="Pspeaches Girls Yellow & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a full-sleeve black kurta with a gold foil print on the yoke, gold dhoti pants, white backdrop.
    # Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-016",
        caption(
            "The boy is wearing a long-sleeve kurta with graphic patterns. The kurta is black. The boy wears a pair "
            "of gold pants."
        ),
        Q.color("black"),
        color_of("dhoti pants", "black", "other_garment_color", kind="open"),
        Q.garment_type("kurta"),
        details("kurta", "gold print on the chest"),
        describe("dhoti pants", "The dhoti pants are pants.", "restated"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Jbn Creation Boys Black & Gold-Toned Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a sleeveless teal A-line ethnic dress with a gold foil print, holding a small gold potli bag,
    # white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-017",
        caption(
            "The girl is wearing a sleeveless dress with graphic patterns. The dress is knee length. She is holding "
            "a bag in her hand."
        ),
        Q.color("blue"),
        describe("dress", "the dress is teal with a gold print"),
        material("silk", "unsupported"),
        wearing("Question: What is the girl wearing? Answer: a blue dress", "leak", who="the girl"),
        Q.garment_type("dress"),
        title="Biba Girls Teal Blue Printed A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a mustard woven-design Nehru jacket over a white kurta and white pyjama, white backdrop. Caption
    # adapter: caption, open answers; reference engine: closed.
    case(
        "X954-018",
        caption(
            "The boy is wearing a sleeveless vest with graphic patterns over a long-sleeve kurta. The pants this boy "
            "wears is long."
        ),
        Q.color("white", "contradiction"),
        color_of("jacket", "mustard yellow", kind="open"),
        wearing("a yellow vest over a white kurta"),
        details("jacket", "The jacket is a jacket.", "restated"),
        is_a("jacket", "yes"),
        describe("jacket", "the jacket is white with a mandarin collar", "other_garment_color"),
        title="Manyavar Boys Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a lavender lehenga with silver sequin embroidery, lavender sleeveless blouse, white dupatta,
    # white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-019",
        caption(
            "The girl is wearing a sleeveless top with solid color patterns and a long skirt. The skirt has "
            "embroidery on it and the top has embroidery on it and the skirt has embroidery on it and the top has "
            "embroidery on it and the skirt has",
            "loop",
            hit_limit=True,
        ),
        Q.color("purple"),
        color_of("dupatta", "white", kind="open"),
        details("lehenga", "silver sequins"),
        describe("lehenga", "the lehenga is white with silver embroidery", "other_garment_color"),
        wearing("he is wearing a purple lehenga", "pronoun"),
        title="Ethnovogue Girls Lavender Embroidered Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a bottle-green kurta with a mandarin collar and three buttons, white pyjama, hand on his hip, no
    # watch, white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-020",
        caption(
            "The boy is wearing a long-sleeve kurta with pure color patterns. The kurta is green. The pants are "
            "white and long. He wears a watch on his wrist.",
            "unsupported",
        ),
        color_of("kurta", "green"),
        color_of("pyjama", "green", "other_garment_color", kind="open"),
        wearing("a green kurta and white pyjamas", who="the boy"),
        details("kurta", "it has a mandarin collar and three buttons"),
        Q.pattern("checked", "contradiction"),
        material("", "non_answer"),
        title="Ahhaaaa Boys Green & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a pink full-sleeve short kurta with gota patti at the neckline, pink sharara with gota lace at
    # the hem, pink dupatta with a gota border over her shoulders, white backdrop. Caption adapter: caption, open
    # answers; reference engine: closed.
    case(
        "X954-021",
        caption(
            "The girl is wearing a long-sleeve top with solid color patterns and long pants. The top is pink and "
            "the pants are pink. There is a scarf on her shoulders."
        ),
        color_of("sharara", "pink", kind="open"),
        details("kurta", "gota lace on the neckline"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("kurta"),
        describe(
            "sharara",
            "the sharara is flared with gota lace at the hem, the sharara is flared with gota lace at the hem, the "
            "sharara is flared with",
            "loop",
            hit_limit=True,
        ),
        title="Bitiya by Bhama Girls Pink Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a full-sleeve orange kurta (mandarin collar, three-button placket) and a cream dhoti, sitting on
    # a wooden stool, white backdrop, three-quarter view. Caption adapter: caption, open answers; reference engine:
    # closed.
    case(
        "X954-022",
        caption("The boy is wearing a long-sleeve kurta with solid color patterns. He is sitting on a stool."),
        Q.color("orange"),
        color_of("dhoti", "cream", kind="open"),
        wearing("an orange shirt and jeans", "contradiction"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a short button placket with three buttons, the sleeves are long "
            "and the hem is straight with side slits and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        title="Vastramay Boys Orange & Cream Kurta with Dhoti",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a navy blue lehenga with a pink floral print, pink short-sleeve blouse, pink dupatta, white
    # backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-023",
        caption(
            "The girl is wearing a short-sleeve top with solid color patterns and a long skirt with floral patterns."
        ),
        color_of("lehenga", "pink", "contradiction"),
        color_of("blouse", "pink", kind="open"),
        describe("lehenga", "the lehenga is pink with blue flowers", "other_garment_color"),
        Q.pattern("floral"),
        wearing(
            "Question: What is the girl wearing? Answer: a blue and pink lehenga Question: What is the color",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        title="YK Girls Navy Blue & Pink Printed Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a gold jacquard sherwani, white churidar, red safa (turban), gold mojaris, white backdrop.
    # Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-024",
        caption(
            "The person is wearing a long-sleeve coat with graphic patterns. The coat is knee length. This person "
            "wears a hat."
        ),
        Q.color("gold"),
        color_of("turban", "red", kind="open"),
        details("sherwani", "the sherwani has a jacquard pattern and buttons down the front"),
        describe("churidar", "it is gold", "other_garment_color"),
        material("jacquard"),
        wearing("her outfit is a gold sherwani and a red turban", "pronoun", who="the boy"),
        title="Jashvi Boys Gold-Toned Jacquard Sherwani with Churidar",
        category="Sherwani",
        color="Gold",
        gender="Boys",
    ),
    # photo: girl in an off-white cotton chikankari anarkali kurta (full sleeves) over pink leggings, white backdrop.
    # Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-025",
        caption("The girl is wearing a long-sleeve dress with solid color patterns and pink leggings."),
        Q.color("white"),
        material("cotton"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        details("kurta", "chikankari embroidery on the front"),
        is_a("kurta", "no", "contradiction"),
        title="Fabindia Girls Off-White Cotton Chikankari Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a teal self-design kurta and cream pyjama, white backdrop. Caption adapter: caption, open
    # answers; reference engine: closed.
    case(
        "X954-026",
        caption(
            "She is wearing a long-sleeve kurta with solid color patterns and long pants. Her kurta is teal.",
            "pronoun",
        ),
        Q.color("green"),
        color_of("pyjama", "cream", kind="open"),
        details("kurta", "the kurta has a self design pattern"),
        describe("kurta", "the kurta is cream with a mandarin collar", "other_garment_color"),
        material("The kurta is with silk fabric", "unsupported"),
        title="Aj Dezines Boys Teal Green Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Boys",
    ),
    # photo: girl in a magenta lehenga with a gold zari border, gold brocade short-sleeve blouse, magenta dupatta,
    # white backdrop, front view. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-027",
        caption(
            "The girl is wearing a short-sleeve top with graphic patterns and a long skirt with solid color "
            "patterns. The skirt has a gold border."
        ),
        color_of("lehenga", "pink"),
        color_of("blouse", "magenta", "other_garment_color", kind="open"),
        wearing(
            "she is wearing a pink and gold lehenga with a pink dupatta. she is wearing a pink and gold lehenga with "
            "a pink dupatta. she is",
            "loop",
            hit_limit=True,
        ),
        details("blouse", "the blouse has a zip at the back", "unsupported"),
        Q.sleeve_length("short sleeve"),
        title="Kalki Girls Magenta & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in a turquoise kurta with a white geometric print, white pyjama, brown kolhapuri sandals, white
    # backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-028",
        caption(
            "The boy is wearing a long-sleeve kurta with graphic patterns. The kurta is blue and the pants are "
            "white. The boy wears a pair of sneakers.",
            "unsupported",
        ),
        Q.color("blue"),
        Q.pattern("printed"),
        wearing("a blue kurta"),
        details(
            "kurta",
            "white geometric print\nQuestion: What are the pyjama details? Answer: white",
            "leak",
            hit_limit=True,
        ),
        describe("pyjama", "the pyjama is white"),
        title="Sanwara Boys Turquoise Blue Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Boys",
    ),
    # photo: girl in a rust floor-length anarkali gown with full sleeves, cream dupatta with a rust border over one
    # shoulder, white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-029",
        caption(
            "The girl is wearing a long-sleeve dress with pure color patterns. The dress is of maxi length. There is "
            "a scarf on her shoulder."
        ),
        Q.color("orange"),
        color_of("dupatta", "rust", "other_garment_color", kind="open"),
        wearing("a long dress"),
        describe(
            "gown",
            "the gown is long with a flared skirt and long sleeves, the gown is long with a flared skirt and long "
            "sleeves, the gown is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        details("gown", "the gown has pockets on both sides", "unsupported"),
        title="Sangria Girls Rust Orange Solid Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Rust",
        gender="Girls",
    ),
    # photo: boy in a beige kurta (mandarin collar, hidden placket, curved hem) and beige churidar, brown mojaris,
    # white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-030",
        caption(
            "The boy is wearing a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. The "
            "pants this boy wears is long.",
            "unsupported",
        ),
        color_of("kurta", "beige"),
        color_of("churidar", "beige", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        wearing("a beige kurta and beige churidar"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a hidden button placket, the sleeves are full and the hem is curved "
            "with slits on both sides and there is a small",
            "cut",
            hit_limit=True,
        ),
        title="Manyavar Boys Beige Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in a sea green lehenga with floral embroidery, peach sleeveless blouse, no dupatta, glass bangles
    # and a maang tikka, white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-031",
        caption(
            "The girl is wearing a sleeveless top with solid color patterns and a long skirt with floral patterns. "
            "There is an accessory on her wrist."
        ),
        color_of("lehenga", "green"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        describe("dupatta", "the dupatta is green with a gold border", "unsupported"),
        Q.sleeve_length("sleeveless"),
        details("lehenga", "floral embroidery"),
        title="Pspeaches Girls Sea Green & Peach Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy in a full-sleeve maroon kurta under a sleeveless cream jacket with a floral print, cream pyjama,
    # white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-032",
        caption(
            "The boy is wearing a sleeveless vest with floral patterns over a long-sleeve kurta. The pants this boy "
            "wears is long. The boy is wearing a sleeveless vest with floral patterns over a long-sleeve kurta. The "
            "pants this boy",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "maroon"),
        color_of("jacket", "maroon", "other_garment_color", kind="open"),
        wearing("a maroon kurta, a cream floral jacket and pyjama", who="the boy"),
        describe("jacket", "the jacket is sleeveless"),
        title="Babyhug Boys Full Sleeves Kurta Pyjama Set with Printed Jacket - Maroon",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a mustard three-quarter-sleeve kurta with a red block print, red salwar, red dupatta, white
    # backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-033",
        caption(
            "The girl is wearing a three-quarter-sleeve top with graphic patterns and long pants. The pants are red."
        ),
        Q.color("red", "contradiction"),
        color_of("salwar", "red", kind="open"),
        describe("kurta", "Describe the kurta. The kurta is yellow.", "restated"),
        material("cotton", "unsupported"),
        wearing("he is wearing a yellow kurta with red pants", "pronoun"),
        title="Biba Girls Mustard Yellow Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a white knee-length sherwani with gold embroidery at the neck and buttons down the front, white
    # churidar, gold stole over one shoulder, white backdrop. Caption adapter: caption, open answers; reference
    # engine: closed.
    case(
        "X954-034",
        caption(
            "The person is wearing a long-sleeve coat with pure color patterns. The coat is knee length and it has "
            "embroidery on the neckline and buttons down the front. The pants this person wears is long. The pants "
            "are with pure color patterns. There is a scarf on",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        is_a("sherwani", "yes"),
        color_of("stole", "gold", kind="open"),
        details("sherwani", "gold embroidery on the neck"),
        describe("sherwani", "no", "non_answer"),
        title="Kisah Boys White & Gold-Toned Sherwani Set",
        category="Sherwani",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a peach lehenga, silver short-sleeve blouse, peach dupatta over her shoulder, white backdrop.
    # Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-035",
        caption(
            "The girl is wearing a short-sleeve top and a long skirt. The skirt is peach and the top is silver. "
            "There is a scarf on her shoulder."
        ),
        color_of("blouse", "silver", kind="open"),
        color_of("lehenga", "silver", "contradiction"),
        details(
            "lehenga",
            "Question: What are the lehenga details? Answer: Question: What are the lehenga details? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("a peach lehenga"),
        material("satin", "unsupported"),
        title="Ethnovogue Girls Peach & Silver-Toned Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a grey cotton kurta with thin white vertical stripes, white pyjama, white backdrop. Caption
    # adapter: caption, open answers; reference engine: closed.
    case(
        "X954-036",
        caption(
            "The boy is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. The pants "
            "this boy wears is long.",
            "contradiction",
        ),
        Q.pattern("striped"),
        Q.color("grey"),
        color_of("pyjama", "grey", "other_garment_color", kind="open"),
        details("kurta", "thin white stripes"),
        material("cotton"),
        title="Fabindia Boys Grey Cotton Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a short-sleeve red kurta with a white bandhani print, white sharara, red dupatta, white backdrop.
    # Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-037",
        caption(
            "The girl is wearing a short-sleeve top with graphic patterns and long pants with solid color patterns. "
            "The top is red and the pants are white."
        ),
        color_of("sharara", "red", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        describe("kurta", "a red kurta with a white bandhani print"),
        Q.sleeve_length("long sleeve", "contradiction"),
        wearing(
            "The girl is wearing a short-sleeve top with graphic patterns and long pants with solid color patterns. "
            "The top is red and the pants are white. The girl is",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        title="Kidsville Girls Red Bandhani Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a kurta with a multicoloured patchwork print (blue, orange, green blocks), white pyjama, white
    # backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-038",
        caption("The boy is wearing a long-sleeve kurta with color block patterns. The pants are white."),
        Q.color("multi"),
        color_of("pyjama", "white", kind="open"),
        details("kurta", "patchwork print in blue, orange and green"),
        describe("kurta", "a plain blue kurta", "contradiction"),
        material("denim", "unsupported"),
        wearing("yes", "non_answer", who="the boy"),
        title="Ethnic Junction Boys Multicoloured Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a turquoise lehenga with a pink embroidered border, turquoise sleeveless blouse, pink dupatta,
    # white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-039",
        caption(
            "The lady is wearing a sleeveless top with solid color patterns and a long skirt with solid color "
            "patterns. The skirt has embroidery on the hem. The lady is wearing a sleeveless top with solid color "
            "patterns and a long skirt with solid",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "blue"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        describe("lehenga", "the lehenga is turquoise with a pink embroidered border"),
        wearing(
            "Question: What is the girl wearing? Answer: a turquoise lehenga and a pink dupatta", "leak", who="the girl"
        ),
        Q.sleeve_length("sleeveless"),
        title="Aks Kids Girls Turquoise Blue Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: boy in a peach indo-western sherwani with an asymmetric hem, embroidery on the chest and cuffs, cream
    # trousers, white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-040",
        caption(
            "The boy is wearing a long-sleeve coat with solid color patterns and long pants. The coat has embroidery "
            "on the chest."
        ),
        Q.color("pink"),
        Q.garment_type("sherwani"),
        color_of("trousers", "peach", "other_garment_color", kind="open"),
        details(
            "sherwani",
            "the sherwani has an asymmetric hem and embroidery on the chest and a mandarin collar and embroidery on "
            "the cuffs and a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a peach sherwani", "pronoun", who="the boy"),
        title="YK Boys Peach-Coloured Embroidered Indo Western Sherwani with Trousers",
        category="Sherwani",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl in a lavender full-sleeve straight kurta with white thread embroidery at the neckline and cuffs,
    # white flared palazzos, white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-041",
        caption(
            "The girl is wearing a long-sleeve top with solid color patterns and long pants. The top has embroidery "
            "on the neckline and on the cuffs of the sleeves. The pants this girl wears is long and wide at the hem. "
            "The top is straight and its length is",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "lavender"),
        color_of("palazzos", "lavender", "other_garment_color", kind="open"),
        material("chiffon", "unsupported"),
        describe("palazzos", "white and flared"),
        title="Biba Girls Lavender Embroidered Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a cream kurta and a maroon dhoti with a gold border, white backdrop. The feed row has no color.
    # Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-042",
        caption(
            "The boy is wearing a long-sleeve kurta with pure color patterns. The kurta is cream and the pants are "
            "maroon."
        ),
        color_of("kurta", "cream"),
        color_of("dhoti", "maroon with a gold border", kind="open"),
        wearing("a cream kurta and a maroon dhoti"),
        details("dhoti", "the dhoti has a gold border"),
        is_a("kurta", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        material("silk", "unsupported"),
        title="Sethukrishna Boys Cream & Maroon Kurta with Dhoti",
        category="Kurta Sets",
        gender="Boys",
    ),
    # photo: girl in a bandhani-print lehenga in red, yellow and green, red short-sleeve blouse, no necklace, white
    # backdrop. The feed row has no category. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-043",
        caption(
            "The girl is wearing a short-sleeve top and a long skirt with graphic patterns. There is an accessory on "
            "her neck.",
            "unsupported",
        ),
        Q.pattern("printed"),
        color_of("blouse", "red", kind="open"),
        describe("lehenga", "the lehenga has a bandhani print in red, yellow and green"),
        details("lehenga", "the details of the lehenga", "restated"),
        title="Kalki Girls Multicoloured Bandhani Lehenga Choli",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a light pink kurta (mandarin collar, buttons down the front, long sleeves, straight hem) and white
    # pyjama, plain back, white backdrop. Caption adapter: caption, open
    # answers; reference engine: closed.
    case(
        "X954-044",
        caption("The boy is wearing a long-sleeve kurta with pure color patterns. Its pants are white."),
        Q.color("pink"),
        wearing(
            "a pink kurta and white pyjamas, a pink kurta and white pyjamas, a pink kurta and white pyjamas, a pink "
            "kurta and",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        color_of("pyjama", "white", kind="open"),
        details("kurta", "embroidered peacock on the back", "unsupported"),
        describe(
            "kurta",
            "the kurta is light pink with a mandarin collar and buttons down the front, it has long sleeves and a "
            "straight hem and it comes with white pyjamas and",
            "cut",
            hit_limit=True,
        ),
        title="Mini Ming Boys Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Boys",
    ),
    # photo: girl in an olive green full-sleeve ethnic maxi dress with a gold foil print, white backdrop. Caption
    # adapter: caption, open answers; reference engine: closed.
    case(
        "X954-045",
        caption(
            "The girl is wearing a long-sleeve dress with graphic patterns. The dress is of maxi length. The dress "
            "is of maxi length. The dress is of maxi length. The dress is of maxi length. The dress is of maxi "
            "length. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.sleeve_length("long sleeve"),
        describe("dress", "an olive green maxi dress with a gold print"),
        material("fabric", "non_answer"),
        title="Aks Kids Girls Olive Green Printed Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Olive",
        gender="Girls",
    ),
    # photo: boy in a white kurta and white pyjama under a navy blue Nehru jacket printed with small white motifs
    # (welt pocket on the chest), white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X954-046",
        caption(
            "The boy is wearing a sleeveless vest with graphic patterns over a long-sleeve kurta. The kurta and the "
            "pants are white."
        ),
        Q.color("navy blue"),
        color_of("kurta", "navy blue", "other_garment_color", kind="open"),
        wearing("a navy blue jacket over a white kurta and pyjama"),
        details("jacket", "printed with small white motifs and it has a pocket on the chest"),
        describe(
            "jacket",
            "navy blue Question: Describe the kurta. Answer: white Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        title="Jashvi Boys Navy Blue & White Kurta Pyjama with Printed Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
]
