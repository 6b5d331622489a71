"""BLIND_826 (46 products; Myntra men's tees/polos/sweatshirts, caption + QA): written blind in the fifty-sixth session.
Measured blind at 030e815 (the session's second rules): 111/135 failures found (82.2%) and 10/194 correct texts flagged
(5.2%). The writer's notes, verbatim:

Scenario: a night's enrichment of a Myntra men's topwear feed: t-shirts (crew, V-neck, henley, printed and striped),
polo t-shirts and sweatshirts/hoodies, seller category "Tshirts" or "Sweatshirts". Catalog photos on a white
backdrop, mostly worn by a male model with jeans, chinos, shorts or track pants, a few under an open jacket or shirt,
one back view, a ghost-mannequin shot and two flat lays with no person. Some rows lack the gender or color column.

Who wrote what: the caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, 50 new
tokens). It blends base BLIP-2 phrasing ("a man wearing a grey t-shirt and blue jeans", hue names kept) with the
DeepFashion template ("The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with
cotton fabric..."): the template captions have no hue, call men "the lady"/"the female" now and then, add "an
accessory on his wrist" or a hat, and, with no end token trained, often run to the 50-token limit, cut or looping.
Open answers are extractive QA (mdeberta-v3-base-squad2) over that caption, so they are verbatim spans of it and
inherit its errors; the span can be another garment's color or fabric, the pattern word for a color question, or
just the question's garment. Where squad2 gave the null answer, enrich fell back to free generation with the VQA
adapter (Data3_V3_BLIP2_VQA, 30 new tokens, `Question: ... Answer:` prompt, no end token): those answers are the
one-word/yes-no replies, the restated questions, the "she/her", the leaks of the next `Question: ... Answer:` pair
and the "black-black-black" loops; each photo comment says which answers came from the fallback. Closed questions
(garment type, color, pattern, sleeve length, "Is this a ...?") are enrich's reference engine: one candidate value.

Labeling conventions and judgement calls:
- One label per text: where a text has two faults, the first one in reading order wins; a caption that runs to the
  limit is labeled cut or loop only when everything before the cut or loop is right.
- A span copied from a wrong caption is a failure of its own with the caption's label (a wrong hue copied is a
  contradiction, a copied invented hat is unsupported).
- Colors: a coarser or sibling name in the seller's color group is right (maroon -> red, navy blue -> blue, teal ->
  green, cream/off white -> white, mustard -> yellow); crossing groups is a contradiction (charcoal -> black,
  grey -> white for the inner hood lining). The color of a print or logo on the product given as its color is a
  contradiction; the color of another worn garment (jeans, shorts, open jacket, inner tee) is other_garment_color.
- Another garment's fabric or type given for the product ("denim" for a tee under a denim shirt, closed type
  "jacket" for a tee under a leather jacket, "Is this a t-shirt?" yes for a hoodie over a tee) is a contradiction.
- The template's "cotton fabric" is accepted for knit tees and sweatshirts unless the title says Dri-FIT/training
  polyester; "cotton" there is unsupported. Invented hats, rackets, zippers, pockets, hoods, back logos: unsupported.
- "shirt" in free text for a t-shirt is accepted; closed garment type "shirt"/"sweater"/"jacket" for a t-shirt or
  sweatshirt is a contradiction. A zip-through hoodie sold as a sweatshirt answered "hoodie" is right.
- "pure color patterns" or "color block" to a color question, and a one-word or yes/no reply to an open question,
  are non_answer; an answer made only of the question's own words ("sweatshirt", "the t-shirt details are the
  t-shirt details") is restated.
- A leak that goes on to loop ("Answer: blue Question: ... Answer: blue") is labeled leak.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_826 = [
    # photo: man in a grey melange crew-neck t-shirt with a small black Puma cat logo on the left chest, dark blue
    #   jeans, white backdrop, front view. Caption adapter stopped on its own; open answers extractive, details from
    #   the VQA fallback; closed from the reference engine.
    case(
        "X826-001",
        caption(
            "a man wearing a grey t-shirt with a small logo on the chest and blue jeans. the t-shirt is with cotton "
            "fabric and it has a round neckline."
        ),
        wearing("a grey t-shirt with a small logo on the chest and blue jeans"),
        garment_type("t-shirt"),
        color("grey"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        material("cotton"),
        details("t-shirt", "a logo on the back of the t-shirt", "unsupported"),
        title="Puma Men Grey Melange Crew Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a navy blue pique polo with white tipping on the collar and a small embroidered logo, beige
    #   chinos, white backdrop, front view; no watch. Template caption ran to the limit; color_of is the extractive
    #   span; the rest extractive or closed.
    case(
        "X826-002",
        caption(
            "The man is wearing a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric and it has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve polo shirt with pure color patterns"),
        garment_type("polo shirt"),
        color("navy blue"),
        pattern("solid"),
        details("polo shirt", "lapel neckline"),
        color_of("polo shirt", "pure color patterns", "non_answer", kind="open"),
        title="U.S. Polo Assn. Men Solid Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black polyester Dri-FIT running t-shirt with a white swoosh, black running shorts, white
    #   backdrop. Caption adapter; describe from the VQA fallback (looped to the limit); material extractive.
    case(
        "X826-003",
        caption(
            "a man in a black nike t-shirt and black shorts. the t-shirt is with cotton fabric and it has a round "
            "neckline.",
            "unsupported",
        ),
        wearing("a black nike t-shirt and black shorts"),
        garment_type("t-shirt"),
        color("black"),
        material("cotton", "unsupported"),
        describe(
            "t-shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "no"),
        title="Nike Men Dri-FIT Black Running T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive crew-neck t-shirt with a large white and orange "ROADSTER LIFE CO." print across the
    #   chest, black jeans, white backdrop. Caption adapter cut at the limit; open answers extractive.
    case(
        "X826-004",
        caption(
            "a man wearing an olive green t-shirt with a graphic print and black jeans. the t-shirt is with cotton "
            "fabric and it has a round neckline. the man wears a long pants. the pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("an olive green t-shirt with a graphic print and black jeans"),
        color("black", "other_garment_color"),
        pattern("printed"),
        describe("t-shirt", "olive green t-shirt with a graphic print"),
        is_a("polo shirt", "yes", "contradiction"),
        sleeve("short"),
        title="Roadster Men Olive Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a red pullover hoodie with a kangaroo pocket, white drawstrings and a white Wrangler print on
    #   the chest, blue jeans, white backdrop. Template caption looped to the limit; open answers extractive (the
    #   details span took the loop).
    case(
        "X826-005",
        caption(
            "The man is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "The sweatshirt is with cotton fabric. The sweatshirt is with cotton fabric. The sweatshirt is with "
            "cotton fabric. The sweatshirt is with",
            "loop",
            hit_limit=True,
        ),
        garment_type("hoodie"),
        color("red"),
        sleeve("long"),
        material("cotton"),
        details(
            "sweatshirt",
            "cotton fabric. The sweatshirt is with cotton fabric. The sweatshirt is with cotton fabric",
            "loop",
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns"),
        title="Wrangler Men Red Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white crew-neck t-shirt with a black and red motorcycle print, worn under an open light blue
    #   denim shirt with rolled sleeves, grey chinos, white backdrop. Caption adapter; open answers extractive.
    case(
        "X826-006",
        caption("a man wearing a blue denim shirt over a white t-shirt"),
        wearing("a blue denim shirt over a white t-shirt"),
        garment_type("shirt", "contradiction"),
        color("blue", "other_garment_color"),
        describe("t-shirt", "white t-shirt"),
        pattern("printed"),
        material("denim", "contradiction"),
        title="Flying Machine Men White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a plain charcoal grey crew-neck sweatshirt with ribbed cuffs and hem, black track pants, white
    #   backdrop. Template caption (stopped) calls him "the lady"; open answers extractive.
    case(
        "X826-007",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. It is with cotton fabric and its "
            "neckline is round. The lady wears a long pants.",
            "pronoun",
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        color("black", "contradiction"),
        garment_type("sweatshirt"),
        is_a("hoodie", "no"),
        material("cotton"),
        details("sweatshirt", "its neckline is round"),
        title="Proline Men Charcoal Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a mustard yellow polo with thin navy horizontal stripes and a navy collar, blue jeans, white
    #   backdrop. Caption adapter; open answers extractive. All correct.
    case(
        "X826-008",
        caption("a man wearing a yellow and blue striped polo shirt and blue jeans"),
        pattern("striped"),
        color("yellow"),
        color_of("polo shirt", "yellow and blue", kind="open"),
        sleeve("short"),
        details("polo shirt", "striped"),
        garment_type("polo shirt"),
        title="Classic Polo Men Stripes Yellow Polo T-Shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a teal short-sleeve polyester training t-shirt with a small reflective print, black joggers,
    #   side view, white backdrop. Caption adapter; wearing extractive; material and describe from the VQA fallback.
    case(
        "X826-009",
        caption("a man in a green t-shirt and black pants standing sideways"),
        color("teal"),
        material(
            "polyester Question: What is the color of the t-shirt? Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        wearing("a green t-shirt and black pants"),
        garment_type("t-shirt"),
        sleeve("long", "contradiction"),
        title="HRX by Hrithik Roshan Men Teal Training T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a navy blue zip-through hoodie with white three stripes down the sleeves, half zipped over a
    #   white crew-neck t-shirt, grey track pants, white backdrop. Caption adapter; open answers extractive.
    case(
        "X826-010",
        caption("a man wearing a navy blue hoodie with white stripes on the sleeves over a white t-shirt"),
        color("white", "other_garment_color"),
        sleeve("long"),
        garment_type("hoodie"),
        is_a("t-shirt", "yes", "contradiction"),
        details("hoodie", "white stripes on the sleeves"),
        wearing("a navy blue hoodie with white stripes on the sleeves over a white t-shirt"),
        color_of("hoodie", "white", "other_garment_color", kind="open"),
        title="Adidas Men Navy Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a maroon pique polo with a small green logo, khaki chinos, white backdrop; no watch. Template
    #   caption cut at the limit; color_of and details from the VQA fallback (the caption has no hue); the rest
    #   extractive.
    case(
        "X826-011",
        caption(
            "The gentleman is wearing a short-sleeve polo with pure color patterns. The polo is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        color("red"),
        wearing("a short-sleeve polo with pure color patterns"),
        material("cotton"),
        garment_type("polo shirt"),
        describe("polo shirt", "pure color patterns"),
        color_of("polo shirt", "khaki", "other_garment_color", kind="open"),
        details("polo shirt", "the polo shirt has a zip placket", "unsupported"),
        title="United Colors of Benetton Men Solid Maroon Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a charcoal grey t-shirt with a large white skull print, black jeans, wristwatch, white backdrop.
    #   Caption adapter says black; open answers extractive.
    case(
        "X826-012",
        caption("a man wearing a black t-shirt with a white skull print and black jeans", "contradiction"),
        color("grey"),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        pattern("printed"),
        describe("t-shirt", "white skull print"),
        wearing("a black t-shirt with a white skull print and black jeans", "contradiction"),
        title="Status Quo Men Printed Charcoal T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a white Dri-FIT golf polo with a black swoosh, navy shorts, no hat, white backdrop. Caption
    #   adapter invents a hat; open answers extractive (color_of took the shorts' "blue").
    case(
        "X826-013",
        caption("a man in a white polo shirt and blue shorts wearing a hat", "unsupported"),
        wearing("a white polo shirt and blue shorts"),
        color("white"),
        garment_type("polo shirt"),
        sleeve("short"),
        details("polo shirt", "wearing a hat", "unsupported"),
        describe("polo shirt", "polo shirt", "restated"),
        color_of("polo shirt", "blue", "other_garment_color", kind="open"),
        pattern("solid"),
        title="Nike Men Dri-FIT Victory White Golf Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: ghost-mannequin front view of a teal-green t-shirt with a white and yellow "Mr. Nonsense" cartoon print;
    #   no person, no pocket. Caption adapter adds a pocket; wearing and describe extractive; material from the VQA
    #   fallback.
    case(
        "X826-014",
        caption("a green t-shirt with a cartoon character on it and a pocket on the chest", "unsupported"),
        color("green"),
        wearing("a green t-shirt with a cartoon character on it"),
        pattern("graphic"),
        material("no", "non_answer"),
        garment_type("t-shirt"),
        describe("t-shirt", "cartoon character"),
        title="Mr. Men Men Nonsense Green Tshirts",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a black crew-neck sweatshirt with a white "JJ" print on the chest, grey jogger pants, white
    #   sneakers, white backdrop, full length. Caption looped to the limit; wearing extractive; describe from the
    #   VQA fallback (looped to the limit).
    case(
        "X826-015",
        caption(
            "a man wearing a black sweatshirt and grey pants and white shoes and white shoes and white shoes and "
            "white shoes and white shoes and white shoes and white shoes and white shoes and white shoes and white",
            "loop",
            hit_limit=True,
        ),
        color("grey", "other_garment_color"),
        garment_type("sweatshirt"),
        wearing("a black sweatshirt and grey pants"),
        describe(
            "sweatshirt",
            "black sweatshirt with a black sweatshirt with a black sweatshirt with a black sweatshirt with a black "
            "sweatshirt with a",
            "loop",
            hit_limit=True,
        ),
        sleeve("long"),
        pattern("solid", "contradiction"),
        title="Jack & Jones Men Printed Black Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a royal blue and white horizontally striped crew-neck t-shirt, white shorts, plain white studio
    #   backdrop. Caption adapter invents a beach; color_of and wearing extractive; material from the VQA fallback
    #   (looped to the limit).
    case(
        "X826-016",
        caption("a man wearing a blue and white striped shirt and white shorts on a beach", "unsupported"),
        pattern("striped"),
        color("blue"),
        color_of("t-shirt", "blue and white", kind="open"),
        wearing("a blue and white striped shirt and white shorts"),
        is_a("polo shirt", "yes", "contradiction"),
        material(
            "the t-shirt is made of cotton and the shorts are made of cotton and the t-shirt is made of cotton and "
            "the shorts are",
            "loop",
            hit_limit=True,
        ),
        title="Lotto Men Blue & White Striped T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck sweatshirt with a red and blue Levi's batwing logo on the chest, no hood,
    #   dark indigo jeans, brown boots, white backdrop. Template caption says "the female"; wearing and material
    #   extractive; describe from the VQA fallback.
    case(
        "X826-017",
        caption(
            "The female is wearing a long-sleeve sweatshirt with graphic patterns. Her sweatshirt is with cotton "
            "fabric.",
            "pronoun",
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns"),
        color("red", "contradiction"),
        garment_type("sweatshirt"),
        is_a("sweatshirt", "yes"),
        material("cotton"),
        describe("sweatshirt", "a grey sweatshirt with a red and blue logo on the chest and a hood", "unsupported"),
        title="Levis Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a bright yellow crew-neck t-shirt with a small navy and red Fila logo, white track pants with a
    #   side stripe, white backdrop, front view. Caption adapter; wearing and color_of extractive; details and
    #   describe from the VQA fallback.
    case(
        "X826-018",
        caption("a man in a yellow shirt and white pants"),
        color("yellow"),
        garment_type("t-shirt"),
        wearing("a yellow shirt and white pants"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has a round neckline and short sleeves and a logo on the back", "unsupported"),
        pattern("solid"),
        describe("t-shirt", "yellow", "non_answer"),
        title="Fila Men Yellow T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in a chocolate brown t-shirt with a cream typographic "CHAI" print on the chest, beige chinos,
    #   white backdrop. Template caption cut at the limit; material and describe extractive; color_of and details
    #   from the VQA fallback.
    case(
        "X826-019",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man",
            "cut",
            hit_limit=True,
        ),
        color("beige", "other_garment_color"),
        pattern("printed"),
        material("cotton"),
        sleeve("short"),
        describe("t-shirt", "graphic patterns"),
        color_of("t-shirt", "brown", kind="open"),
        details("t-shirt", "a print on the chest Question: What is the color of the print? Answer: white", "leak"),
        title="Tantra Men Printed Brown T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a white polo with navy tipping on the collar and cuffs, navy chinos, sunglasses hooked in the
    #   placket, white backdrop. Caption adapter; wearing and color_of extractive; details from the VQA fallback.
    case(
        "X826-020",
        caption("a man wearing a white polo shirt and navy blue pants with sunglasses"),
        wearing("a white polo shirt and navy blue pants"),
        color("navy blue", "other_garment_color"),
        garment_type("polo shirt"),
        details("polo shirt", "Question: What are the polo shirt details? Answer: white", "leak"),
        sleeve("short"),
        color_of("polo shirt", "navy blue", "other_garment_color", kind="open"),
        title="Numero Uno Men White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a black pullover hoodie with a kangaroo pocket and a large white Reebok delta logo, hood down,
    #   black track pants, three-quarter view, plain white backdrop. Caption adapter invents a brick wall; wearing
    #   and describe extractive; material and details from the VQA fallback.
    case(
        "X826-021",
        caption(
            "a man wearing a black hoodie with a white logo on the front and black pants standing in front of a "
            "brick wall",
            "unsupported",
        ),
        garment_type("hoodie"),
        color("black"),
        wearing("a black hoodie with a white logo on the front and black pants"),
        material("polyester", "unsupported"),
        describe("hoodie", "black hoodie with a white logo on the front"),
        details("hoodie", "the hoodie has a zipper on the front and two pockets on the side", "unsupported"),
        title="Reebok Men Black Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mustard long-sleeve henley t-shirt with a three-button placket, blue jeans with rolled hems,
    #   brown boots, white backdrop. Caption adapter; wearing and color_of extractive; details from the VQA fallback.
    case(
        "X826-022",
        caption("a man in a yellow long sleeve shirt and blue jeans"),
        sleeve("short", "contradiction"),
        color("mustard"),
        garment_type("t-shirt"),
        wearing("a yellow long sleeve shirt and blue jeans"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt details are the t-shirt details", "restated"),
        title="Spykar Men Mustard Henley T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in an olive crew-neck sweatshirt with a white vintage "LEE 1889" print, light blue jeans, white
    #   backdrop. Template caption cut at the limit; open answers extractive.
    case(
        "X826-023",
        caption(
            "This man wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color("olive"),
        garment_type("sweatshirt"),
        pattern("graphic"),
        material("cotton"),
        wearing("a long-sleeve sweatshirt with graphic patterns"),
        color_of("sweatshirt", "pure color patterns", "non_answer", kind="open"),
        title="Lee Men Olive Printed Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a red pique polo with a small navy logo, white shorts, empty hands, white backdrop. Caption
    #   adapter invents a tennis racket; wearing and details extractive; describe from the VQA fallback (looped to
    #   the limit).
    case(
        "X826-024",
        caption("a man wearing a red polo shirt and white shorts holding a tennis racket", "unsupported"),
        color("white", "other_garment_color"),
        garment_type("polo shirt"),
        wearing("a red polo shirt and white shorts"),
        details("polo shirt", "holding a tennis racket", "unsupported"),
        sleeve("short"),
        describe(
            "polo shirt",
            "the polo shirt is red and the shorts are white and the polo shirt is red and the shorts are white and "
            "the polo shirt is red",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Sport Men Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: flat lay on white of a heather grey t-shirt with a blue and yellow abstract print on the front; no
    #   person. Caption adapter; color_of extractive; wearing and material from the VQA fallback.
    case(
        "X826-025",
        caption("a grey t-shirt with a blue and yellow design on the front"),
        color("grey"),
        color_of("t-shirt", "blue and yellow", "contradiction", kind="open"),
        pattern("printed"),
        is_a("t-shirt", "yes"),
        material("cotton Question: Is this a t-shirt? Answer: yes", "leak"),
        wearing("a man wearing a grey t-shirt and blue jeans", "unsupported"),
        title="Locomotive Men Grey Printed T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white crew-neck t-shirt with a black trefoil logo, black track pants with three white side
    #   stripes, bare head, white backdrop. Caption adapter invents a cap; open answers extractive. The row has no
    #   gender column.
    case(
        "X826-026",
        caption("a man wearing a white adidas t-shirt and black adidas pants and a black cap", "unsupported"),
        color("white"),
        pattern("striped", "contradiction"),
        garment_type("t-shirt"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "white adidas t-shirt"),
        wearing("a white adidas t-shirt and black adidas pants"),
        title="ADIDAS Originals Men White Trefoil T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: man in a royal blue crew-neck sweatshirt with grey melange raglan sleeves (colour block) and a small
    #   Puma logo, blue jeans, white backdrop. Template caption stopped on its own; open answers extractive.
    case(
        "X826-027",
        caption(
            "The man is wearing a long-sleeve sweatshirt with color block patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The man wears a long pants. The pants are with denim fabric and pure "
            "color patterns."
        ),
        color("blue"),
        pattern("colour block"),
        color_of("sweatshirt", "color block", "non_answer", kind="open"),
        wearing("a long-sleeve sweatshirt with color block patterns"),
        material("denim", "contradiction"),
        garment_type("sweater", "contradiction"),
        title="Puma Men Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a beige polo with a small brown logo, dark brown chinos, white backdrop. Caption adapter says
    #   "a woman"; wearing extractive; describe from the VQA fallback.
    case(
        "X826-028",
        caption("a woman wearing a beige polo shirt and brown pants", "pronoun"),
        color("brown", "other_garment_color"),
        garment_type("polo shirt"),
        wearing("a beige polo shirt and brown pants"),
        sleeve("short"),
        describe("polo shirt", "she is wearing a beige polo shirt", "pronoun"),
        title="Allen Solly Men Beige Polo T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a grey half-zip mock-neck sweatshirt with a black zipper and a navy logo, black joggers, white
    #   backdrop. Caption cut at the limit; open answers extractive except describe (VQA fallback).
    case(
        "X826-029",
        caption(
            "a man wearing a grey zip up sweatshirt and black pants. the sweatshirt is with cotton fabric and it has "
            "a standing neckline. the man wears a long pants. the pants are with cotton fabric and pure color "
            "patterns. the",
            "cut",
            hit_limit=True,
        ),
        garment_type("jacket", "contradiction"),
        color("grey"),
        wearing("a grey zip up sweatshirt and black pants"),
        details("sweatshirt", "standing neckline"),
        is_a("hoodie", "no"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        describe("sweatshirt", "yes", "non_answer"),
        title="Kappa Men Grey Half-Zip Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in an off-white t-shirt with a colorful tattoo-style dog print and script lettering, black jeans,
    #   white backdrop. Caption adapter calls the dog a tiger; describe and color_of extractive; details from the
    #   VQA fallback.
    case(
        "X826-030",
        caption("a man wearing a white t-shirt with a colorful tiger print on it", "contradiction"),
        pattern("printed"),
        color("off white"),
        describe("t-shirt", "a white t-shirt with a colorful tiger print", "contradiction"),
        color_of("t-shirt", "white", kind="open"),
        sleeve("short"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        title="Ed Hardy Men Dog Print Off White Tshirts",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a maroon zip-through hoodie zipped to the chest, white drawstrings, grey track pants, white
    #   backdrop. Caption looped to the limit; wearing, color_of and describe extractive; material from the VQA
    #   fallback.
    case(
        "X826-031",
        caption(
            "a man wearing a maroon hoodie with a hood and a hood and a hood and a hood and a hood and a hood and a "
            "hood and a hood and a hood and a hood and a hood and a",
            "loop",
            hit_limit=True,
        ),
        color("maroon"),
        garment_type("hoodie"),
        wearing("a maroon hoodie with a hood"),
        material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        sleeve("long"),
        color_of("hoodie", "maroon", kind="open"),
        describe("hoodie", "hoodie", "restated"),
        title="Proline Men Maroon Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat lay of three folded crew-neck t-shirts (bottle green, navy, white), each with a small chest print;
    #   no person. Caption adapter; describe extractive; wearing and material from the VQA fallback.
    case(
        "X826-032",
        caption("three t-shirts of different colors on a white background"),
        color("green"),
        garment_type("t-shirt"),
        describe("t-shirt", "three t-shirts of different colors"),
        wearing("a t-shirt and jeans", "unsupported"),
        pattern("printed"),
        material("the t-shirts are made of 100% organic cotton", "unsupported"),
        title="Classic Polo Men Printed pack of 3 Tshirts",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a navy t-shirt with a large white and orange surf graphic, khaki shorts, flip-flops, white
    #   backdrop. Template caption stopped on its own; wearing extractive; color_of and describe from the VQA
    #   fallback.
    case(
        "X826-033",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The man wears a shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        color("beige", "other_garment_color"),
        pattern("graphic"),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        is_a("pair of shorts", "yes", "contradiction"),
        sleeve("short"),
        color_of("t-shirt", "blue", kind="open"),
        describe("t-shirt", "no", "non_answer"),
        title="Quiksilver Men Navy Printed T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black pique polo with a red Puma cat logo, grey jeans, side view, white backdrop. Caption
    #   adapter; wearing and describe extractive; details from the VQA fallback (leaked, ran to the limit).
    case(
        "X826-034",
        caption("a man wearing a black polo shirt and grey jeans"),
        color("grey", "other_garment_color"),
        garment_type("polo shirt"),
        wearing("a black polo shirt and grey jeans"),
        details(
            "polo shirt",
            "the polo shirt has a collar and two buttons Question: What is the color of the polo shirt? Answer: "
            "black Question:",
            "leak",
            hit_limit=True,
        ),
        describe("polo shirt", "black polo shirt"),
        title="Puma Men Black Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey crew-neck sweatshirt with a black swoosh and "NIKE" print, black track pants, white
    #   backdrop. Template caption cut at the limit; open answers extractive except describe (VQA fallback).
    case(
        "X826-035",
        caption(
            "The gentleman is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color("grey"),
        garment_type("sweatshirt"),
        sleeve("long"),
        material("cotton"),
        wearing("a long-sleeve sweatshirt with graphic patterns"),
        details("sweatshirt", "graphic patterns"),
        describe("sweatshirt", "her sweatshirt is grey with a black nike logo", "pronoun"),
        title="Nike Men Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a pale pink crew-neck t-shirt with a small white all-over floral print, light blue jeans, white
    #   backdrop. Caption adapter; color_of and wearing extractive; material and describe from the VQA fallback
    #   (describe cut at the limit).
    case(
        "X826-036",
        caption("a man wearing a pink shirt with white flowers on it and blue jeans"),
        pattern("floral"),
        color("pink"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        garment_type("shirt", "contradiction"),
        wearing("a pink shirt with white flowers on it and blue jeans"),
        material("linen", "unsupported"),
        describe(
            "t-shirt",
            "the t-shirt is pink with small white flowers printed all over it and it has a round neckline and short "
            "sleeves and it is",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Printed Pink Tops",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a blue melange pique polo, white chinos, steel wristwatch, white backdrop. Template caption cut
    #   at the limit (the watch is real); open answers extractive except describe (VQA fallback).
    case(
        "X826-037",
        caption(
            "This man wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton fabric. "
            "It has a lapel neckline. There is an accessory on his wrist. This man wears a long trousers. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        color("white", "other_garment_color"),
        wearing("a short-sleeve polo shirt with pure color patterns"),
        details("polo shirt", "lapel neckline"),
        material("cotton"),
        pattern("striped", "contradiction"),
        describe("polo shirt", "she is wearing a blue polo shirt and white pants", "pronoun"),
        title="Jack & Jones Men Blue Melange Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man standing still in a red t-shirt with black raglan short sleeves, black shorts, running shoes, white
    #   backdrop. Caption adapter adds "running"; wearing extractive; describe from the VQA fallback.
    case(
        "X826-038",
        caption("a man in a red and black shirt and black shorts running", "unsupported"),
        wearing("a red and black shirt and black shorts"),
        color("red"),
        pattern("colour block"),
        sleeve("long", "contradiction"),
        describe("t-shirt", "her t-shirt is red and black", "pronoun"),
        title="HRX by Hrithik Roshan Men Red Active T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a navy blue crew-neck sweatshirt with a white "PROLINE" print, navy joggers, no hood, white
    #   backdrop. Caption cut at the limit; wearing and describe extractive; details from the VQA fallback.
    case(
        "X826-039",
        caption(
            "a man wearing a navy blue sweatshirt with the word proline on it and blue pants. the sweatshirt is with "
            "cotton fabric and it has a round neckline. the man wears a long pants. the pants are with",
            "cut",
            hit_limit=True,
        ),
        garment_type("sweatshirt"),
        color("navy blue"),
        describe("sweatshirt", "sweatshirt", "restated"),
        details("sweatshirt", "the details of the sweatshirt are the details of the sweatshirt", "restated"),
        is_a("hoodie", "yes", "contradiction"),
        wearing("a navy blue sweatshirt with the word proline on it and blue pants"),
        title="Proline Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a maroon V-neck t-shirt under an open black leather jacket, black jeans, white backdrop. Caption
    #   adapter; open answers extractive except details (VQA fallback).
    case(
        "X826-040",
        caption("a man in a black leather jacket and a red t-shirt"),
        color("black", "other_garment_color"),
        garment_type("jacket", "contradiction"),
        wearing("a black leather jacket and a red t-shirt"),
        sleeve("short"),
        color_of("t-shirt", "red", kind="open"),
        material("leather", "contradiction"),
        details("t-shirt", "no", "non_answer"),
        title="U.S. Polo Assn. Men Solid Maroon T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a cream crew-neck sweatshirt with a brown Wrangler print, dark brown chinos, brown boots, white
    #   backdrop. Caption looped to the limit; wearing and describe extractive; details from the VQA fallback.
    case(
        "X826-041",
        caption(
            "a man wearing a white sweatshirt and brown pants and brown shoes and brown shoes and brown shoes and "
            "brown shoes and brown shoes and brown shoes and brown shoes and brown shoes and brown shoes and brown",
            "loop",
            hit_limit=True,
        ),
        color("brown", "other_garment_color"),
        garment_type("sweatshirt"),
        wearing("a white sweatshirt and brown pants"),
        describe("sweatshirt", "white sweatshirt and brown pants"),
        details("sweatshirt", "white", "non_answer"),
        title="Wrangler Men Cream Printed Sweatshirt",
        category="Sweatshirts",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a bottle green pique polo with a yellow tipped collar, plain body, white jeans, white backdrop.
    #   Template caption calls it striped; describe extractive; material from the VQA fallback.
    case(
        "X826-042",
        caption(
            "The man is wearing a short-sleeve polo with stripe patterns. The polo is with cotton fabric and it has "
            "a lapel neckline.",
            "contradiction",
        ),
        pattern("solid"),
        color("white", "other_garment_color"),
        describe("polo shirt", "stripe patterns", "contradiction"),
        sleeve("short"),
        is_a("polo shirt", "yes"),
        material("yes", "non_answer"),
        title="Flying Machine Men Solid Green Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: back view of a man in a sky blue pullover hoodie with the hood down, white shorts, white backdrop; no
    #   zipper visible or present. Caption adapter; wearing extractive; details and describe from the VQA fallback.
    case(
        "X826-043",
        caption("the back of a man wearing a blue hoodie and white shorts"),
        color("blue"),
        garment_type("hoodie"),
        details("hoodie", "a zipper on the front", "unsupported"),
        wearing("a blue hoodie and white shorts"),
        describe(
            "hoodie",
            "blue Question: Describe the hoodie. Answer: blue Question: Describe the hoodie. Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        title="Nike Men Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a grey V-neck t-shirt with a patch pocket on the left chest, black chinos, no watch, white
    #   backdrop. Caption adapter invents a watch; wearing, details and color_of extractive; describe (cut at the
    #   limit) and material from the VQA fallback.
    case(
        "X826-044",
        caption(
            "a man wearing a grey v-neck t-shirt with a pocket on the chest and black pants with a watch on his wrist",
            "unsupported",
        ),
        color("grey"),
        sleeve("short"),
        details("t-shirt", "a pocket on the chest"),
        describe(
            "t-shirt",
            "the t-shirt is grey with a v-neck and a pocket on the left side of the chest, it is made of soft cotton "
            "material and has short sleeves that are",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey v-neck t-shirt with a pocket on the chest and black pants"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        material("cotton Question: What is the pattern of the garment? Answer: solid", "leak"),
        title="Numero Uno Men Grey V-Neck Pocket T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a black t-shirt with a white "PEPE LONDON" print, grey jeans, holding sunglasses in his right
    #   hand, white backdrop. Caption adapter says "a woman"; wearing and describe extractive; details from the VQA
    #   fallback.
    case(
        "X826-045",
        caption("a woman in a black t-shirt holding a pair of sunglasses", "pronoun"),
        wearing("a black t-shirt"),
        color("grey", "other_garment_color"),
        pattern("printed"),
        describe("t-shirt", "black t-shirt"),
        details("t-shirt", "the t-shirt has details", "restated"),
        is_a("t-shirt", "yes"),
        title="Pepe Jeans Men Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey melange pullover hoodie with a white jersey-lined hood, blue jeans, white backdrop. Caption
    #   adapter; wearing extractive; material and details from the VQA fallback. The row has no color column.
    case(
        "X826-046",
        caption("a man wearing a grey hoodie with a white hood and blue jeans"),
        color("white", "contradiction"),
        garment_type("hoodie"),
        wearing("a grey hoodie with a white hood and blue jeans"),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        sleeve("long"),
        details(
            "hoodie",
            "the hood, the sleeves, the cuffs, the hood, the sleeves, the cuffs, the hood, the sleeves, the cuffs, "
            "the hood",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
]
