"""BLIND_494 (46 products; unisex and kids' sportswear and loungewear: track pants, joggers, hoodies, night suits):
written blind in the forty-ninth session. Measured blind at 710b8e0 (the session's rules as they stood): 99/112
failures found (88.4%) and 7/141 correct texts flagged (5.0%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for a night of unisex, men's, women's and kids' sportswear and
loungewear: track pants and joggers (some with contrast side tape), shorts, sweatshirts and hoodies, t-shirts, night
suits, pyjama sets, tracksuits and lounge sets. Every photo shows a model in a full outfit, so the product is always
worn with other garments (a tee over the track pants, jeans under the hoodie), and many photos are staged on beds,
sofas, in a gym or a park, against coloured walls or with toys. Each row has the seller's title, category, color and
gender (Men, Women, Boys, Girls, Unisex); two rows miss the gender or the color, as real feeds do.

Who wrote what: the questions are the original experiments' own ("What is he / she wearing?", "What is the color of
the t-shirt / pants / shorts / hoodie?", "Describe the shirt.", "What are the shirt / pants / shorts details?", plus
the material question), in the `Question: ... Answer:` format; "What is the color of the t-shirt?" was asked of the
top whatever it was (hoodie, sweatshirt, pyjama top). Captions and open answers come from the untuned base
`Salesforce/blip2-opt-2.7b` unless the comment above the case names an adapter: the base writes short lowercase
texts and stops on its own (never hit_limit). The VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`) and the caption
adapter (DeepFashion-MultiModal template: "His T-shirt has short sleeves, cotton fabric and pure color patterns...")
were trained with no end-of-answer token: every text of theirs runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True. The VQA adapter repeats its one-word answer, runs on into the next
"Question: ... Answer:" of its training format, or lists details until it is cut; the caption adapter returns its
template to any question. The open color questions are free generation (kind "open"). The closed garment_type,
color and pattern and the yes/no "Is this a ...?" are enrich's `--engine reference` answers, chosen from candidate
sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct: grey or gray for grey melange and for charcoal, and black for charcoal (a near-black
  that sellers file either way); blue for navy or teal; green for olive or teal (X494-011 has "blue" in the caption
  and "green" in the answer for the same teal joggers: both correct); red for maroon; pink for peach; purple for
  lavender or lilac; yellow for mustard. Mustard answered orange, navy answered black, lilac answered white and a
  white tee answered grey (the backdrop's grey) are contradictions.
- A color that belongs to another worn piece (the tee's white given for the track pants, the shorts' black given for
  the tee, the navy of the checked pyjama pants given for the maroon tee, the sweatshirt's white as the joggers'
  closed color) is other_garment_color. A color no piece has but the wall or backdrop has (yellow for an orange tee
  against a yellow backdrop, pink for a lavender pyjama top against a pink wall) is contradiction. The color of a
  print or trim given as the garment's color (white for a yellow night suit with white stars, white for a blue night
  suit with a white car print, pink for a white tee with a pink flamingo, green for navy shorts with green leaves,
  white for a red tracksuit with white sleeve stripes) is contradiction.
- One color for two garments that differ ("a gray hoodie and gray pants" over black joggers, "a white t-shirt and
  white pants") gives one piece the other's color: other_garment_color, whichever piece is the product. The
  same color for both pieces of a one-colour co-ord or tracksuit is correct. Colour-blocked or two-colour pieces
  answered with one of their colours ("red" for a red-and-navy sweatshirt, "blue" for a white-and-blue tee) are
  correct, and so is "red and blue" for maroon-and-navy checks.
- Garment synonyms count as correct: pajamas for a night suit or pyjamas, sweatpants or track pants for joggers and
  lounge pants, sweatsuit for a sweatshirt-and-joggers set, sweater for a sweatshirt or hoodie (the adapter's
  DeepFashion word), jacket for a zip-up hoodie or a tracksuit top. "Shorts" for track pants or for full-length
  pyjama pants is contradiction, and so is "no" to "Is this a hoodie?" for a zip-up hoodie.
- Pattern: side tape on a solid track pant answered "striped" is contradiction (the seller's pattern is solid; the
  tape is trim); a tropical leaf print answered "floral" is correct; "printed" for a typography hoodie is correct; a
  slogan tee answered "striped", a plain hoodie answered "graphic", a unicorn print answered "floral" and a star-print
  hoodie answered "solid" are contradictions.
- Invented details (a zipper on a pullover hoodie or sweatshirt or on a tee, a hood on a crew-neck sweatshirt, a
  Nike or other logo on a plain tee, a collar and buttons on a round-neck pyjama top, a pocket that is not there, a
  v-neck on a round neck, a moon in a star print, a dog for a cat print, a zip pocket on plain joggers) are
  unsupported; so is a material that the title contradicts or that the photo cannot show (polyester for cotton
  pieces, denim for a cotton tee, wool for a cotton fleece sweatshirt, silk for a satin night suit). "cotton" for a
  cotton-titled piece is correct.
- Pronouns: "he" for a woman or a girl, "a little boy" for a girl and "a young girl" for a boy are pronoun. On Unisex
  rows I labelled by the person in the photo; none of them has a wrong pronoun.
- Caption-adapter texts: a text that repeats a sentence or clause of its template is loop; one that stops
  mid-sentence without repeating is cut, even where it also carries a wrong fabric, a round neckline on a hoodie or
  an invented accessory before the cut. The template returned for a color question names no hue at all (DeepFashion
  has none): non_answer. The template returned for "What is he wearing?", the description or the details does speak
  of the garments, so it is cut or loop.
- VQA-adapter texts: a repeated word or phrase is loop ("green green green ...", "tee, pants, tee, pants ..."); a
  run into "Question: ... Answer:" is leak even though the first word is right; a long list stopped mid-phrase is cut.
- Base texts: a run into "Question: ... Answer:" is leak even where the first words are right; an answer that stops
  on "a white polo shirt with a" is cut (an early stop, no hit_limit); "the shirt", "clothes" and an empty answer
  are non_answer; "they are shorts" or "they are track pants" for their details is restated; terse right answers
  ("brooklyn", "dinosaur", "shorts", "pajamas") are correct.
- Closed reference answers that are wrong are contradiction, except where the value is another worn piece's color
  (other_garment_color).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

BLIND_494 = [
    # photo: man in black track pants and a plain white crew-neck t-shirt, white sneakers, plain grey studio backdrop,
    # full-length front view.
    case(
        "X494-001",
        caption("a man in a white t-shirt and black track pants"),
        wearing(
            "a white t-shirt and black pants Question: what is the color of the t-shirt? Answer: white",
            "leak",
            who="he",
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.garment_type("track pants"),
        D.color("black"),
        title="Unisex Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Unisex",
    ),
    # photo: boy in plain navy blue joggers (no pockets visible) and a yellow t-shirt with a green dinosaur graphic,
    # white background, front view.
    # caption: caption adapter
    case(
        "X494-002",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. He wears "
            "a long trousers. The trousers are with cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt and blue pants", who="he"),
        color_of("pants", "black", "contradiction", kind="open"),
        describe("shirt", "it is a yellow t-shirt with a dinosaur on it"),
        details("pants", "the pants have a zipper pocket on the side", "unsupported"),
        D.color("navy"),
        title="Boys Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a lavender night suit (round-neck top and long pyjama pants, white unicorn print) sitting on a bed
    # with white pillows, pink wall behind her.
    case(
        "X494-003",
        caption("a little boy in pajamas sitting on a bed", "pronoun"),
        wearing("pajamas", who="she"),
        color_of("t-shirt", "pink", "contradiction", kind="open"),
        details("shirt", "it has a unicorn on it"),
        D.pattern("floral", "contradiction"),
        D.color("purple"),
        title="Girls Lavender Unicorn Printed Night Suit",
        category="Night Suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: man in a grey melange pullover hoodie (kangaroo pocket, drawstrings, no zip) and black joggers, white
    # backdrop, front view.
    # caption: caption adapter
    case(
        "X494-004",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. He "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. He wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a gray hoodie and gray pants", "other_garment_color", who="he"),
        color_of("hoodie", "gray", kind="open"),
        describe("shirt", "it is a hoodie with a zipper", "unsupported"),
        D.garment_type("hoodie"),
        D.color("grey"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in olive green joggers and a black t-shirt, white sneakers, light grey studio backdrop.
    # wearing, pants color, t-shirt color: VQA adapter
    case(
        "X494-005",
        caption("a man wearing a black t-shirt and green jogger pants"),
        wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "green green green green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("track pants"),
        D.color("green"),
        title="Unisex Olive Green Solid Cotton Joggers",
        category="Track Pants",
        color="Olive",
        gender="Unisex",
    ),
    # photo: boy in a red-and-navy colour-blocked crew-neck sweatshirt (no hood) and grey track pants, standing
    # against a bright blue painted wall.
    case(
        "X494-006",
        caption("a boy in a red and blue sweatshirt standing in front of a blue wall"),
        wearing("a red and blue sweatshirt", who="he"),
        color_of("t-shirt", "red", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("shirt", "a red and blue sweatshirt with a hood", "unsupported"),
        D.pattern("colourblocked"),
        title="Boys Red & Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: woman in a lounge set: black-and-white horizontally striped short-sleeve tee and plain black lounge pants,
    # standing by a white wall with a potted plant.
    # caption, wearing, t-shirt color, details: caption adapter
    case(
        "X494-007",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric. The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric. The pants are with cotton",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and striped patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and striped",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("black"),
        title="Women Black & White Striped Lounge Set",
        category="Lounge Sets",
        color="Black",
        gender="Women",
    ),
    # photo: girl in peach lounge shorts and a white t-shirt with a grey cat print, white background.
    case(
        "X494-008",
        caption("a young girl wearing a white t-shirt and pink shorts"),
        wearing("a white shirt and shorts", who="she"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        describe("shirt", "the shirt is white with a picture of a dog", "unsupported"),
        material("polyester", "unsupported"),
        title="Girls Peach-Coloured Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Peach",
        gender="Girls",
    ),
    # photo: man in charcoal track pants with white side tape and a navy crew-neck t-shirt, grey backdrop.
    # caption: caption adapter
    case(
        "X494-009",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. He "
            "wears a long trousers. The trousers are with cotton fabric and striped patterns. His T-shirt has short",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        details("pants", "the pants have white stripes on the side"),
        D.pattern("striped", "contradiction"),
        D.color("grey"),
        title="Men Charcoal Grey Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: boy in a maroon pullover hoodie and blue jeans, standing in front of a red brick wall.
    # caption: caption adapter; t-shirt color: VQA adapter
    case(
        "X494-010",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. He "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a red sweater and blue jeans", who="he"),
        color_of(
            "t-shirt",
            "red red red red red red red red red red red red red red red red red red red red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("maroon"),
        D.garment_type("hoodie"),
        title="Kids Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Unisex",
    ),
    # photo: woman sitting on a beige sofa with cushions, in teal blue lounge joggers and a plain white t-shirt.
    # description: VQA adapter
    case(
        "X494-011",
        caption("a woman sitting on a couch in a white shirt and blue pants"),
        wearing("a white t-shirt and green pants", who="she"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "the shirt is tee. the shirt is tee. the shirt is tee. the shirt is tee. the shirt is tee. the",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        title="Women Teal Blue Solid Lounge Joggers",
        category="Lounge Pants",
        color="Teal",
        gender="Women",
    ),
    # photo: boy in a blue night suit (round-neck short-sleeve top with white car print, matching pyjama pants) sitting
    # on a bed with toy cars; the top has no collar and no buttons.
    case(
        "X494-012",
        caption("a little boy in pajamas sitting on a bed with toys"),
        wearing("pajamas with cars on them", who="he"),
        details("shirt", "it has a collar and buttons", "unsupported"),
        D.pattern("printed"),
        D.color("white", "contradiction"),
        title="Boys Blue Car Printed Night Suit",
        category="Night Suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow sweatshirt with a brown teddy-bear graphic and black leggings, white backdrop.
    # caption: caption adapter
    case(
        "X494-013",
        caption(
            "Her sweater has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. She wears "
            "a long leggings. Her sweater has long sleeves, cotton fabric and graphic patterns. The neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a yellow sweatshirt", "pronoun", who="she"),
        color_of("t-shirt", "orange", "contradiction", kind="open"),
        describe("shirt", "it is a yellow sweatshirt with a bear on it"),
        D.color("yellow"),
        D.pattern("graphic"),
        title="Girls Mustard Yellow Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Girls",
    ),
    # photo: man in a plain white crew-neck lounge t-shirt and navy lounge shorts, mid-grey studio backdrop.
    case(
        "X494-014",
        caption("a man in a white t-shirt and blue shorts"),
        wearing(
            "a white shirt and shorts Question: what is the color of the shorts? Answer: blue",
            "leak",
            who="he",
        ),
        color_of("shorts", "blue", kind="open"),
        color_of("t-shirt", "grey", "contradiction", kind="open"),
        D.color("white"),
        title="Men White Solid Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black pullover hoodie with "BROOKLYN" in white letters across the chest, blue jeans, grey
    # concrete wall with graffiti.
    case(
        "X494-015",
        caption("a woman in a black hoodie with the word brooklyn on it"),
        wearing("a black hoodie and jeans", who="she"),
        color_of("t-shirt", "black", kind="open"),
        details("shirt", "brooklyn"),
        describe("shirt", "it is a black hoodie with white letters"),
        D.pattern("printed"),
        title="Unisex Black Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Unisex",
    ),
    # photo: boy in grey melange shorts and a plain green crew-neck t-shirt, white studio backdrop.
    # shorts details: caption adapter
    case(
        "X494-016",
        caption("a little boy in a green shirt and gray shorts"),
        wearing("green shirt and shorts", who="he"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        describe("shirt", "it is a green shirt with a collar", "unsupported"),
        details(
            "shorts",
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. He "
            "wears a shorts. The",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        title="Boys Grey Melange Solid Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: woman holding a coffee mug, in black lounge pants and a grey crew-neck sweatshirt, kitchen background.
    # description: caption adapter
    case(
        "X494-017",
        caption("a woman holding a coffee mug wearing a gray sweatshirt and black pants"),
        wearing("sweatpants", who="she"),
        color_of("pants", "gray", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "Her sweater has long sleeves, cotton fabric and pure color patterns. Her sweater has long sleeves, "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Women Black Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a night suit: white short-sleeve top with small red hearts and plain red full-length pyjama pants,
    # standing on a white background.
    # caption: caption adapter
    case(
        "X494-018",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. She wears "
            "a long pants. The pants are with cotton fabric and pure color patterns. Her T-shirt has short",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and red shorts", "contradiction", who="she"),
        color_of("pants", "red", kind="open"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        details("shirt", "the shirt has red hearts on it"),
        D.pattern("printed"),
        title="Girls White & Red Heart Printed Night Suit",
        category="Night Suits",
        color="White",
        gender="Girls",
    ),
    # photo: man in navy blue track pants and a white polo t-shirt with a collar, white sneakers, grey backdrop.
    case(
        "X494-019",
        caption("a man in a white polo shirt and navy blue pants"),
        wearing(
            "a polo shirt and track pants Question: what is the color of the shirt? Answer: white",
            "leak",
            who="he",
        ),
        color_of("pants", "navy blue", kind="open"),
        describe("shirt", "a white polo shirt with a", "cut"),
        D.color("black", "contradiction"),
        title="Men Navy Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: boy in an orange t-shirt with a green dinosaur graphic and blue denim shorts, bright yellow backdrop.
    case(
        "X494-020",
        caption("a young boy wearing an orange t-shirt with a dinosaur on it"),
        wearing("a t-shirt and shorts", who="he"),
        color_of("t-shirt", "yellow", "contradiction", kind="open"),
        color_of("shorts", "orange", "other_garment_color", kind="open"),
        details("shirt", "dinosaur"),
        material("denim", "unsupported"),
        title="Boys Orange Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a lilac lounge set (crew-neck pullover sweatshirt, no zip, and matching joggers), white studio
    # backdrop.
    # wearing: VQA adapter
    case(
        "X494-021",
        caption("a girl in a purple sweatsuit"),
        wearing(
            "sweater, pants, sweater, pants, sweater, pants, sweater, pants, sweater, pants, sweater, pants,",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("pants", "purple", kind="open"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        describe("shirt", "a purple sweatshirt with a zipper", "unsupported"),
        D.color("purple"),
        title="Girls Lilac Solid Sweatshirt & Joggers Lounge Set",
        category="Clothing Set",
        color="Lilac",
        gender="Girls",
    ),
    # photo: man in black cotton joggers (drawstring, two side pockets) and a white t-shirt, grey backdrop.
    # pants color: VQA adapter
    case(
        "X494-022",
        caption("a man in a white t-shirt and black joggers"),
        wearing("a white t-shirt and white pants", "other_garment_color", who="he"),
        color_of(
            "pants",
            "black pants with a drawstring waist and two side pockets and a zip pocket on the back and elastic cuffs "
            "at the bottom and a",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        material("polyester", "unsupported"),
        D.color("black"),
        title="Men Black Solid Pure Cotton Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman sitting on a bed in a grey melange lounge t-shirt with "SLEEPY HEAD" printed in black and pink
    # pyjama shorts.
    case(
        "X494-023",
        caption("a woman sitting on a bed wearing a gray shirt that says sleepy head"),
        wearing("he is wearing a t-shirt and shorts", "pronoun", who="she"),
        color_of("t-shirt", "gray", kind="open"),
        color_of("shorts", "pink", kind="open"),
        D.pattern("striped", "contradiction"),
        title="Women Grey Melange Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: boy in a navy blue zip-up hoodie (hood down, zipper half open over a white tee) and grey joggers, white
    # backdrop.
    # caption, wearing, hoodie color, description: caption adapter
    case(
        "X494-024",
        caption(
            "His jacket has long sleeves, cotton fabric and pure color patterns. He wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns. His jacket has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "His jacket has long sleeves, cotton fabric and pure color patterns. He wears a long trousers. The "
            "trousers are with cotton fabric and",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "hoodie",
            "His jacket has long sleeves, cotton fabric and pure color patterns. He wears a long trousers. The "
            "trousers are with cotton",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "His jacket has long sleeves, cotton fabric and pure color patterns. His jacket has long sleeves, cotton "
            "fabric and pure",
            "loop",
            hit_limit=True,
        ),
        is_a("hoodie", "no", "contradiction"),
        D.color("navy"),
        D.garment_type("hoodie"),
        title="Boys Navy Blue Solid Zip-Up Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man in a plain white crew-neck t-shirt (no pocket) and black track pants, white backdrop, front view.
    case(
        "X494-025",
        caption("a man wearing a white t-shirt and black pants"),
        wearing("white t-shirt and black pants", who="he"),
        color_of("t-shirt", "white", kind="open"),
        describe("shirt", "it is a white t-shirt with a pocket", "unsupported"),
        details("shirt", "the shirt", "non_answer"),
        title="Unisex White Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Unisex",
    ),
    # photo: girl in pink track pants with white side tape and a white t-shirt, white backdrop.
    # pants color: VQA adapter
    case(
        "X494-026",
        caption("a little girl in a white t-shirt and pink pants"),
        wearing("a pink and white outfit", who="she"),
        color_of(
            "pants",
            "pink Question: What is the color of the pants? Answer: pink Question: What is the color of the pants?",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("striped", "contradiction"),
        title="Girls Pink Solid Track Pants",
        category="Track Pants",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in a plain olive t-shirt (no logo) and black sports shorts, gym with dumbbell racks behind.
    case(
        "X494-027",
        caption("a man in a green t-shirt standing in a gym"),
        wearing("a green shirt and black shorts", who="he"),
        color_of("t-shirt", "olive", kind="open"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        describe("shirt", "the shirt is green with a nike logo", "unsupported"),
        title="Men Olive Green Solid Slim Fit Sports T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: small boy in a yellow night suit with small white star print (round-neck top, long pants; stars only, no
    # moons), standing on a rug in a nursery with a wooden toy shelf. The feed row has no gender.
    case(
        "X494-028",
        caption("a young boy in yellow pajamas with stars on them"),
        wearing("yellow pajamas", who="he"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        details("shirt", "the shirt has stars and a moon", "unsupported"),
        D.pattern("printed"),
        D.color("yellow"),
        title="Kids Yellow Star Printed Night Suit",
        category="Night Suits",
        color="Yellow",
    ),
    # photo: woman in a plain black pullover hoodie and black leggings, white studio backdrop.
    # description and details: caption adapter
    case(
        "X494-029",
        caption("a woman in a black hoodie and black leggings"),
        describe(
            "shirt",
            "Her sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. She "
            "wears a long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "Her sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. She "
            "wears a long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        D.pattern("graphic", "contradiction"),
        D.color("black"),
        title="Women Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: boy in grey track pants and a red t-shirt, white backdrop.
    case(
        "X494-030",
        caption("a young boy in a red shirt and gray pants"),
        wearing("a red shirt and gray pants", who="he"),
        color_of("pants", "gray", kind="open"),
        details("pants", "they are track pants", "restated"),
        D.garment_type("shorts", "contradiction"),
        title="Boys Grey Solid Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Boys",
    ),
    # photo: woman in a lounge set: maroon round-neck t-shirt and maroon-and-navy checked pyjama pants, standing by a
    # white wardrobe.
    case(
        "X494-031",
        caption("a woman in a red shirt and plaid pajama pants"),
        wearing("a red top and plaid pants", who="she"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("pants", "red and blue", kind="open"),
        describe("shirt", "it is a red t-shirt with a v-neck", "unsupported"),
        D.pattern("checked"),
        title="Women Maroon T-shirt & Checked Pyjama Lounge Set",
        category="Lounge Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl in a pink pullover hoodie with a small white star print and a kangaroo pocket, blue jeans, white
    # backdrop.
    case(
        "X494-032",
        caption("a little boy in a pink hoodie", "pronoun"),
        wearing("a pink hoodie and jeans", who="she"),
        color_of("t-shirt", "pink", kind="open"),
        details("shirt", "it has a hood and a pocket"),
        D.pattern("solid", "contradiction"),
        title="Girls Pink Star Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in grey melange cotton shorts and a plain black t-shirt, white backdrop, no watch or bracelet.
    # caption: caption adapter
    case(
        "X494-033",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. He "
            "wears a shorts. The shorts are with cotton fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("black t-shirt and gray shorts", who="he"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        material("polyester", "unsupported"),
        D.color("grey"),
        title="Men Grey Melange Solid Pure Cotton Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: girl in navy blue lounge pants with a small white star print and a plain white t-shirt, white backdrop.
    # wearing, pants color, t-shirt color: VQA adapter
    case(
        "X494-034",
        caption("a girl in a white t-shirt and blue pajama pants with stars"),
        wearing(
            "tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee,",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "white Question: What is the color of the pants? Answer: blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.color("navy"),
        D.pattern("printed"),
        title="Girls Navy Blue Star Printed Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: man in a mustard yellow crew-neck fleece sweatshirt and blue jeans, white backdrop.
    case(
        "X494-035",
        caption("a man wearing a yellow sweatshirt and blue jeans"),
        wearing("yellow sweatshirt", who="he"),
        color_of("t-shirt", "yellow", kind="open"),
        material("wool", "unsupported"),
        D.color("orange", "contradiction"),
        title="Unisex Mustard Yellow Solid Cotton Fleece Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Unisex",
    ),
    # photo: boy in black track pants (two side pockets) and a light blue t-shirt, white backdrop.
    case(
        "X494-036",
        caption("a young girl in a blue t-shirt and black pants", "pronoun"),
        wearing("a t-shirt and sweatpants", who="he"),
        color_of("pants", "", "non_answer", kind="open"),
        details("pants", "they have pockets"),
        D.color("black"),
        title="Boys Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: woman in a peach satin night suit (long-sleeve notch-collar button shirt with a chest pocket and white
    # piping, long pyjama pants) sitting on a bed with white pillows.
    # caption, details: caption adapter
    case(
        "X494-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("pink pajamas", who="she"),
        describe("shirt", "a pink shirt with buttons"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        D.color("pink"),
        title="Women Peach Solid Satin Night Suit",
        category="Night Suits",
        color="Peach",
        gender="Women",
    ),
    # photo: man in navy blue lounge shorts with a green tropical leaf print and a plain white t-shirt, white backdrop.
    # caption: caption adapter
    case(
        "X494-038",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. He "
            "wears a shorts. The shorts are with cotton fabric and floral patterns. His T-shirt has short sleeves",
            "loop",
            hit_limit=True,
        ),
        wearing("shorts", who="he"),
        color_of("shorts", "blue and green", kind="open"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        title="Men Navy Blue Tropical Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: boy in a white-and-blue colour-blocked round-neck t-shirt (no zip) and navy shorts, white backdrop.
    case(
        "X494-039",
        caption("a boy in a white and blue shirt"),
        color_of("t-shirt", "blue", kind="open"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shirt", "it has a zipper on the front", "unsupported"),
        D.pattern("colourblocked"),
        title="Boys White & Blue Colourblocked T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a red tracksuit (zip-up jacket, zipped, with white stripes down the sleeves, matching track
    # pants), white sneakers, park path behind.
    # details: caption adapter
    case(
        "X494-040",
        caption("a girl in a red tracksuit"),
        wearing("a red jacket and red pants", who="she"),
        color_of("pants", "red", kind="open"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        details(
            "shirt",
            "Her jacket has long sleeves, cotton fabric and striped patterns. She wears a long trousers. Her jacket "
            "has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        title="Girls Red Solid Tracksuit",
        category="Tracksuits",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in charcoal grey joggers and a white crew-neck sweatshirt, white backdrop.
    # pants color: VQA adapter
    case(
        "X494-041",
        caption("a woman in a white sweatshirt and gray sweatpants"),
        wearing("white sweatshirt and gray sweatpants", who="she"),
        color_of(
            "pants",
            "gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        D.color("white", "other_garment_color"),
        title="Unisex Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Unisex",
    ),
    # photo: boy in teal sports shorts and a plain black t-shirt (no logo), standing on grass in a park.
    case(
        "X494-042",
        caption("a boy standing in the grass wearing a black shirt and blue shorts"),
        color_of("shorts", "blue", kind="open"),
        describe("shirt", "it is a black shirt with a white logo", "unsupported"),
        details("shorts", "they are shorts", "restated"),
        D.color("green"),
        title="Boys Teal Solid Sports Shorts",
        category="Shorts",
        color="Teal",
        gender="Boys",
    ),
    # photo: woman in a lavender crew-neck lounge sweatshirt (ribbed cuffs and hem) and white lounge pants, white
    # backdrop.
    # description: VQA adapter
    case(
        "X494-043",
        caption("a woman in a purple sweatshirt and white pants"),
        wearing("a purple sweatshirt and purple pants", "other_garment_color", who="she"),
        color_of("t-shirt", "purple", kind="open"),
        describe(
            "shirt",
            "the shirt is purple with long sleeves and a round neck and ribbed cuffs and hem and the pants are white "
            "with a drawstring and",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        title="Women Lavender Solid Lounge Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: girl in a white t-shirt with a pink flamingo print and blue denim shorts, white backdrop.
    case(
        "X494-044",
        caption("a little girl wearing a white t-shirt with a flamingo on it"),
        details(
            "shirt",
            "a pink flamingo Question: what are the shorts details? Answer: the shorts are blue",
            "leak",
        ),
        color_of("t-shirt", "pink", "contradiction", kind="open"),
        color_of("shorts", "blue", kind="open"),
        D.pattern("graphic"),
        title="Girls White Flamingo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: man lying on a bed in navy checked pyjama pants and a plain grey t-shirt, white headboard.
    # caption, wearing: caption adapter
    case(
        "X494-045",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. He "
            "wears a long pants. The pants are with cotton fabric and lattice patterns. His T-shirt has short",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. He "
            "wears a long",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "gray", "other_garment_color", kind="open"),
        color_of("t-shirt", "gray", kind="open"),
        D.pattern("checked"),
        D.color("navy"),
        title="Men Navy Blue Checked Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: small boy in a red crew-neck sweatshirt (no hood) and blue jeans sitting on a wooden floor. The feed row
    # has no color.
    case(
        "X494-046",
        caption("a little boy in a red sweatshirt sitting on a wooden floor"),
        wearing("clothes", "non_answer", who="he"),
        color_of("t-shirt", "red", kind="open"),
        details("shirt", "it has a hood", "unsupported"),
        D.garment_type("sweatshirt"),
        title="Kids Red Solid Sweatshirt",
        category="Sweatshirts",
        gender="Boys",
    ),
]
