"""BLIND_471 (46 products; men's and women's denim night: jeans, denim jackets, shirts, shorts and skirts): written
blind in the forty-eighth session. Measured blind at 13f28b5 (the session's rules as they stood): 104/115 failures
found (90.4%) and 2/142 correct texts flagged (1.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for a denim night, men's and women's: jeans (skinny, slim, straight, mom,
boyfriend, wide-leg, flared; clean look, light fade, distressed), denim jackets (trucker, cropped, oversized, sherpa
collar, sleeveless, embroidered, distressed), denim and chambray shirts, denim shorts, denim skirts, one shirt dress
and one pair of dungarees. The models wear other clothes with them (tees, flannel shirts, hoodies, sweaters, blazers,
leather jackets, dresses under jackets, a kurta over jeans), in front of studio backdrops, colored walls, a brick wall,
a graffiti wall, a wooden fence, with a plant, a stool or a hat as props. Each row has the seller's title, category,
color and gender; two rows miss one (the gender of X471-038, the color of X471-042), as real feeds do.

Who wrote what: captions and the set's own open questions ("What is he / she wearing?", "What is the color of the
jeans / shirt / jacket / ...?", "Describe the jeans.", "What are the jeans details?") and the material question come
from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its own, never hit_limit), unless the
comment above the case says the caption adapter wrote them. The caption adapter (DeepFashion template, no end token)
always runs to its limit (50 new tokens for captions, 30 for answers: hit_limit=True) and returns its template to any
question. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors written with
color_of and no kind, and "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets:
never a loop, a cut or a leak.

Labeling conventions and judgement calls:
- Shade words count as correct: blue, dark blue or light blue for navy, indigo, mid or light washes; grey or gray
  for charcoal; white for cream or ivory; green for olive; yellow for mustard. The base model's "dark jeans" for raw
  indigo is correct. "black" for navy jeans is a contradiction (X471-020, X471-029).
- The color of another piece worn in the photo (the tee, the hoodie, the shirt over the jeans, the dress under the
  jacket, the belt) given as the product's color is other_garment_color; a color no garment has but the backdrop or
  a prop has (the red wall, the plant, the wooden fence) is contradiction.
- The color of a trim given as the garment's color (white for a navy jacket with an off-white sherpa collar) is
  contradiction, and so is a wearing answer that gives a worn piece a color none has ("black jeans" under a black
  jacket when the jeans are blue).
- The pattern, material or sleeve length of another piece given for the product (printed for jeans under a graphic
  tee, checked for jeans under a flannel shirt, striped for a skirt under a breton top, floral for a jacket over a
  floral dress, leather for jeans under a leather jacket, long sleeves for a sleeveless denim jacket over a hoodie)
  is contradiction. "printed" for a jacket photographed against a graffiti wall is contradiction too.
- Floral for a denim jacket with flowers embroidered on the pockets is correct; solid for faded or washed denim is
  correct; the rolled-up sleeves of a shirt or a shirt dress are long sleeves ("short sleeves" is contradiction).
- Garment synonyms are correct: jean jacket, vest for a sleeveless denim jacket, pants for jeans, bell bottoms for
  flares, overalls for dungarees, sweater for a ribbed knit top or a sweatshirt, shirt for a kurta or a tee, fur
  collar for sherpa. A "suit" for a blazer with jeans, "shorts" or "dress" for a skirt, "pants" for dungarees,
  "jeans" for a denim shirt, "kurta" for the jeans under a kurta, and "yes" to "Is this a pair of jeans?" for the
  jacket of a double-denim outfit are contradiction; "no" to "Is this a denim shirt?" for one is contradiction.
- Materials: denim or cotton for any denim garment is correct (denim is cotton twill), denim for chambray is correct.
  Leather for a denim jacket is unsupported. The material question answered with the garment's name and color
  ("blue jeans", "a blue shirt", "blue shorts", "a pair of shorts") is restated, and so is the adapter's template
  returned for it.
- Details counted as real: five-pocket features, buttons, a zip fly, collars, chest pockets, rips and fraying where
  the title or photo shows them (the slit of X471-046), a belt or a hat that is in the photo. Invented items (a belt
  under an untucked shirt or a sweater, a fur collar, a hood, a chain, a slit on flared jeans, sequins, a bow, a side
  zip, a back pocket on a front view, ripped knees on clean-look jeans) are unsupported.
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating
  is cut (even where it also misses a garment or calls a hue "pure color"). The template answering "What is he
  wearing?", "Describe the jeans." or "What are the jeans details?" does answer it, so those are cut or loop.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "jeans", "the shirt", "they are short", "the shirt is a shirt", "the shirt has details on it", an empty answer:
  non_answer.
- "he" or "a man" for a woman and "she" for a man are pronoun.
- One kind per text: the one the auditor would see first (a leak whose first words give the wrong color is leak).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_471 = [
    # photo: man in mid-blue slim-fit clean-look jeans, white crew-neck t-shirt, white sneakers, plain white studio
    # backdrop, full front view.
    # no adapter text
    case(
        "X471-001",
        caption("a man in a white t-shirt and blue jeans standing in front of a white wall"),
        wearing("she is wearing a white shirt and blue jeans", "pronoun", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "slim fit blue jeans with a light wash"),
        B.garment_type("jeans"),
        B.pattern("solid"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black high-rise skinny jeans, mustard ribbed knit top tucked in, grey backdrop, front view.
    # no adapter text
    case(
        "X471-002",
        caption("a woman in a yellow top and black jeans posing for a photo"),
        wearing("a yellow sweater and black jeans", who="she"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "the jeans have a high waist and ripped knees", "unsupported"),
        B.color("yellow", "other_garment_color"),
        title="Women Black Skinny Fit High-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light-blue washed denim trucker jacket, open over a black hoodie, black jeans, red brick wall,
    # front view.
    # caption: adapter
    case(
        "X471-003",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim jacket and a black hoodie", who="he"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        describe("jacket", "a light blue denim jacket with buttons and chest pockets"),
        B.sleeve_length("long sleeves"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a mid-blue chambray long-sleeve shirt with two flap chest pockets, worn untucked over white
    # jeans, beige backdrop, front view.
    # no adapter text
    case(
        "X471-004",
        caption("a woman wearing a blue denim shirt and white jeans"),
        wearing("a denim shirt and white pants", who="she"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        details("shirt", "two pockets on the chest and a brown belt", "unsupported"),
        B.material("denim"),
        title="Women Blue Regular Fit Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in black skinny jeans with rips at both knees, grey t-shirt with a white text print, white wall,
    # front view.
    # no adapter text
    case(
        "X471-005",
        caption("a man in a grey t-shirt and black ripped jeans"),
        wearing("a grey t-shirt and grey jeans", "other_garment_color", who="he"),
        describe("jeans", "black skinny jeans with rips on the knees"),
        details("jeans", "the jeans have rips on the knees and a chain on the pocket", "unsupported"),
        color_of("jeans", "black"),
        B.pattern("printed", "contradiction"),
        title="Men Black Skinny Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a cropped mid-blue denim jacket over a white tank top and a black mini skirt, pink backdrop,
    # front view.
    # caption: adapter
    case(
        "X471-006",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with denim "
            "fabric. It has a lapel neckline. The lady wears a long-sleeve denim jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a denim jacket and a black skirt", "pronoun", who="she"),
        color_of("jacket", "blue", kind="open"),
        is_a("denim jacket", "yes"),
        B.sleeve_length("long sleeves"),
        title="Women Blue Cropped Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a dark indigo slim-fit denim shirt, buttoned, with beige chinos, grey backdrop, front view.
    # no adapter text
    case(
        "X471-007",
        caption("a man in a blue shirt and khaki pants"),
        wearing(
            "a blue denim shirt and beige pants Question: What is the color of the shirt? Answer: blue",
            "leak",
            who="he",
        ),
        color_of("shirt", "dark blue", kind="open"),
        describe("shirt", "it is a dark blue denim shirt with a collar and buttons"),
        B.color("beige", "other_garment_color"),
        title="Men Navy Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in light-blue high-rise mom jeans with a black leather belt, black crop top, white backdrop, front
    # view.
    # no adapter text
    case(
        "X471-008",
        caption("a woman in a black crop top and light blue jeans with a black belt"),
        wearing("a black top and blue jeans", who="she"),
        color_of("jeans", "light blue", kind="open"),
        details(
            "jeans", "high waisted with a black belt Question: What is the color of the belt? Answer: black", "leak"
        ),
        describe("jeans", "jeans", "non_answer"),
        B.garment_type("jeans"),
        title="Women Light Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in knee-length mid-blue washed denim shorts, olive t-shirt, white sneakers, white studio backdrop.
    # caption: adapter
    case(
        "X471-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a three-point shorts. The shorts are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a green t-shirt and blue shorts", who="he"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        B.garment_type("shorts"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a blue denim A-line mini skirt with a button front, white t-shirt tucked in, white sneakers,
    # pastel mint wall, front view.
    # no adapter text
    case(
        "X471-010",
        caption("a woman in a white t-shirt and a denim skirt"),
        wearing("he is wearing a white shirt and a blue skirt", "pronoun", who="she"),
        color_of("skirt", "blue", kind="open"),
        describe("skirt", "a short blue denim skirt with buttons down the front"),
        B.garment_type("shorts", "contradiction"),
        B.pattern("solid"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in dark-blue straight-fit jeans, an open red-and-black checked flannel shirt over a white t-shirt,
    # grey backdrop, front view.
    # details: adapter
    case(
        "X471-011",
        caption("a man in a red plaid shirt and jeans"),
        wearing("a plaid shirt, a white t-shirt and jeans", who="he"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The gentleman wears a long-sleeve shirt with "
            "lattice patterns. The shirt is with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        B.pattern("checked", "contradiction"),
        B.color("blue"),
        title="Men Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a knee-length mid-blue denim shirt dress, sleeves rolled to the elbows, brown belt at the waist,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X471-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. There is a belt on her waist. The lady wears a long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a denim dress with a belt", who="she"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        B.garment_type("dress"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("cotton"),
        title="Women Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black denim trucker jacket over a white t-shirt, mid-blue jeans, white backdrop, front view.
    # no adapter text
    case(
        "X471-013",
        caption("a man in a black denim jacket and blue jeans"),
        wearing("a black jacket, a white t-shirt and black jeans", "contradiction", who="he"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        describe("jacket", "a black denim jacket with a fur collar", "unsupported"),
        is_a("denim jacket", "yes"),
        B.sleeve_length("long sleeves"),
        title="Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in grey mid-rise skinny jeans, white shirt knotted at the waist, white backdrop, front view.
    # no adapter text
    case(
        "X471-014",
        caption("a woman in a white shirt and grey jeans"),
        wearing(
            "a white shirt and grey jeans Question: What is the color of the shirt? Answer: white", "leak", who="she"
        ),
        color_of("jeans", "gray", kind="open"),
        describe("jeans", "skinny gray jeans with a zipper on the side and a bow", "unsupported"),
        B.color("white", "other_garment_color"),
        B.material("denim"),
        title="Women Grey Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a light-blue denim shirt, open, sleeves rolled, over a white t-shirt, black jeans, sitting on a
    # wooden stool in front of a white wall.
    # caption: adapter
    case(
        "X471-015",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim shirt, a white t-shirt and black jeans", who="he"),
        color_of("shirt", "light blue", kind="open"),
        details("shirt", "the shirt has details on it", "non_answer"),
        B.sleeve_length("long sleeves"),
        title="Men Light Blue Casual Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in light-blue high-rise denim shorts with frayed hems, white off-shoulder top, a potted palm
    # beside her, white backdrop.
    # no adapter text
    case(
        "X471-016",
        caption("a woman in a white top and denim shorts standing next to a plant"),
        wearing("a white top and white shorts", "other_garment_color", who="she"),
        color_of("shorts", "green", "contradiction", kind="open"),
        details("shorts", "the shorts are frayed at the bottom"),
        B.material("blue shorts", "restated"),
        B.garment_type("shorts"),
        title="Women Light Blue High-Rise Frayed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in mid-blue tapered light-fade jeans, navy polo shirt, brown loafers, grey backdrop, front view.
    # describe: adapter
    case(
        "X471-017",
        caption("a man in a blue polo shirt and blue jeans"),
        wearing("she is wearing a polo shirt and jeans", "pronoun", who="he"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "jeans",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a short-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "the jeans have a small hole on the knee", "unsupported"),
        B.pattern("solid"),
        title="Men Blue Tapered Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an oversized light-wash denim jacket over a black bodysuit, black trousers, white backdrop,
    # front view.
    # no adapter text
    case(
        "X471-018",
        caption("a woman in a denim jacket and black pants"),
        wearing("a black jacket and black pants", "other_garment_color", who="she"),
        color_of("jacket", "blue"),
        details("jacket", "the jacket has a collar, buttons and two pockets"),
        B.garment_type("jacket"),
        B.pattern("striped", "contradiction"),
        title="Women Blue Oversized Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a sleeveless mid-blue denim jacket over a grey pullover hoodie, black joggers, white backdrop,
    # front view.
    # material: adapter
    case(
        "X471-019",
        caption("a man in a grey hoodie and a denim vest"),
        wearing("a grey hoodie and a denim vest", who="he"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.garment_type("vest"),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and its neckline is round. The gentleman wears a",
            "restated",
            hit_limit=True,
        ),
        title="Men Blue Sleeveless Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in dark-navy high-rise wide-leg jeans, white long-sleeve blouse tucked in, beige backdrop, front
    # view.
    # caption: adapter
    case(
        "X471-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a white blouse and dark blue jeans", who="she"),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe("jeans", "wide leg jeans"),
        B.color("navy blue"),
        B.material("blue jeans", "restated"),
        title="Women Navy Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a short-sleeve blue denim shirt with thin white vertical stripes, white chinos, white backdrop,
    # front view.
    # no adapter text
    case(
        "X471-021",
        caption("a man in a blue and white striped shirt"),
        wearing("a striped shirt and white pants", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        details("shirt", "the shirt has a pocket on the chest and a hood", "unsupported"),
        B.pattern("solid", "contradiction"),
        B.sleeve_length("short sleeves"),
        title="Men Blue & White Striped Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a dark-blue button-front denim midi skirt, white-and-navy striped long-sleeve breton top tucked
    # in, tan wall, front view.
    # caption: adapter
    case(
        "X471-022",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The skirt this lady wears is of long length. The skirt is with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and a denim skirt", who="she"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        describe("skirt", "a long denim skirt with buttons down the front"),
        B.pattern("striped", "contradiction"),
        B.garment_type("skirt"),
        title="Women Navy Blue Denim Midi A-Line Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in charcoal-grey slim-fit jeans, black leather biker jacket over a white t-shirt, dark grey
    # backdrop, front view.
    # no adapter text
    case(
        "X471-023",
        caption("a man in a black leather jacket and grey jeans"),
        wearing("a leather jacket, a white shirt and jeans", who="he"),
        color_of("jeans", "grey", kind="open"),
        describe(
            "jeans",
            "the jeans are grey and the jacket is black Question: Describe the jacket. Answer: it is a black leather",
            "leak",
        ),
        B.material("leather", "contradiction"),
        B.garment_type("jeans"),
        title="Men Charcoal Grey Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in an oversized light-blue denim shirt worn open over a white crop top, black skinny jeans, red
    # painted wall, front view.
    # no adapter text
    case(
        "X471-024",
        caption("a woman in a denim shirt and black jeans standing in front of a red wall"),
        wearing("a denim shirt, a white top and black jeans", who="she"),
        color_of("shirt", "red", "contradiction", kind="open"),
        details("shirt", "the shirt", "non_answer"),
        B.color("blue"),
        title="Women Blue Oversized Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a dark-blue denim jacket with an off-white sherpa collar, over a grey sweatshirt, khaki chinos,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X471-025",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("a denim jacket with a fur collar and a grey sweater", who="he"),
        color_of("jacket", "white", "contradiction", kind="open"),
        describe("jacket", "a dark blue denim jacket with a white fur collar"),
        B.garment_type("jacket"),
        B.material("leather", "unsupported"),
        title="Men Navy Blue Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in light-blue boyfriend jeans with large rips at the knees and thighs, pink crew-neck sweatshirt,
    # white backdrop, front view.
    # describe: adapter
    case(
        "X471-026",
        caption("a woman in a pink sweatshirt and ripped jeans"),
        wearing("a pink sweater and jeans with holes", who="she"),
        color_of("jeans", "pink", "other_garment_color"),
        describe(
            "jeans",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "the jeans have holes in the knees and the thighs"),
        title="Women Blue Boyfriend Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in black denim shorts, white t-shirt with a large black graphic print, white backdrop, front view.
    # describe: adapter
    case(
        "X471-027",
        caption("a man in a white t-shirt and black shorts"),
        wearing("a white shirt and black shorts", who="he"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        describe(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. The gentleman wears a three-point shorts. The "
            "shorts are with denim fabric and pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        B.pattern("printed", "contradiction"),
        B.garment_type("shorts"),
        title="Men Black Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman with a short pixie cut in mid-blue denim dungarees over a white t-shirt with red stripes, white
    # backdrop, front view.
    # no adapter text
    case(
        "X471-028",
        caption("a man in overalls and a striped shirt", "pronoun"),
        wearing("a blue overall and a white and red striped shirt", who="she"),
        describe("dungarees", "blue overalls with a pocket on the chest"),
        color_of("dungarees", "blue"),
        B.garment_type("pants", "contradiction"),
        B.pattern("striped", "contradiction"),
        title="Women Blue Solid Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Women",
    ),
    # photo: man in raw dark-indigo regular-fit jeans with turned-up hems, white oxford shirt tucked in, brown belt,
    # brown boots, wooden floor, grey wall.
    # no adapter text
    case(
        "X471-029",
        caption("a man in a white shirt and dark jeans with a brown belt"),
        wearing("a white shirt, blue jeans and brown boots", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "cuffed at the bottom"),
        B.color("black", "contradiction"),
        B.material("denim"),
        title="Men Navy Blue Regular Fit Non Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mid-blue denim jacket with small pink and white flowers embroidered on the chest pockets,
    # open over a yellow sundress, white backdrop, front view.
    # no adapter text
    case(
        "X471-030",
        caption("a woman in a denim jacket with flowers on it and a yellow dress"),
        wearing("a denim jacket and a yellow dress", who="she"),
        color_of("jacket", "yellow", "other_garment_color", kind="open"),
        details(
            "jacket", "the jacket has flowers embroidered on the pockets and sequins on the sleeves", "unsupported"
        ),
        B.pattern("floral"),
        B.garment_type("shirt", "contradiction"),
        title="Women Blue Floral Embroidered Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a dark-wash slim-fit denim shirt with two chest pockets, black jeans, sitting on a bar stool,
    # grey backdrop.
    # caption: adapter
    case(
        "X471-031",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. This man",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim shirt and black jeans sitting on a stool", who="he"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe("shirt", "a blue denim shirt with a collar and two pockets"),
        B.sleeve_length("long sleeves"),
        B.garment_type("jeans", "contradiction"),
        title="Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in mid-blue high-rise flared jeans, black cropped t-shirt, black platform heels, white backdrop,
    # full front view.
    # no adapter text
    case(
        "X471-032",
        caption("a woman in a black top and flared jeans"),
        wearing("a black t-shirt and bell bottom jeans", who="she"),
        color_of("jeans", "blue", kind="open"),
        describe("jeans", "flared blue jeans Question: What is she wearing? Answer: a black top and jeans", "leak"),
        details("jeans", "the jeans are flared at the bottom and have a slit on the side", "unsupported"),
        B.garment_type("jeans"),
        title="Women Blue Flared High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in black slim-fit jeans, white shirt, navy blazer, brown shoes, grey backdrop, front view.
    # no adapter text
    case(
        "X471-033",
        caption("a man in a blue blazer and black jeans"),
        wearing("a suit", "contradiction", who="he"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        describe("jeans", "black slim fit jeans"),
        B.pattern("solid"),
        title="Men Black Slim Fit Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in mid-blue mid-rise denim shorts with rolled hems, pink-and-blue tie-dye t-shirt, white backdrop,
    # front view.
    # caption, details: adapter
    case(
        "X471-034",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The shorts this lady wears is of short length. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a tie dye shirt and denim shorts", who="she"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        details(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. The shorts are with denim fabric and pure "
            "color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        title="Women Blue Mid-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a mid-blue washed denim jacket with matching blue jeans (double denim), white t-shirt, grey wall,
    # front view.
    # caption: adapter
    case(
        "X471-035",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman wears a long-sleeve jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("a jean jacket and jeans", who="he"),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "a blue jean jacket with buttons and pockets"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a sleeveless light-blue denim shirt knotted at the waist, white jeans, white backdrop, front
    # view.
    # no adapter text
    case(
        "X471-036",
        caption("a woman in a sleeveless denim shirt and white jeans"),
        wearing("a denim shirt and white pants", who="she"),
        details("shirt", "the shirt is tied at the waist"),
        B.sleeve_length("sleeveless"),
        B.color("white", "other_garment_color"),
        B.material("a blue shirt", "restated"),
        title="Women Blue Sleeveless Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in mid-blue slim-fit jeans, white short kurta over them, brown sandals, beige backdrop, front view.
    # no adapter text
    case(
        "X471-037",
        caption("a man in a white kurta and blue jeans"),
        wearing("a white shirt and jeans Question: What is the color of the shirt? Answer: white", "leak", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "", "non_answer"),
        B.garment_type("kurta", "contradiction"),
        title="Men Blue Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black denim mini skirt, grey crew-neck sweater worn over the waistband, black tights, white
    # backdrop, front view.
    # caption: adapter
    case(
        "X471-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The skirt this lady wears is of short length. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweater and a black skirt", who="she"),
        color_of("skirt", "grey", "other_garment_color", kind="open"),
        describe("skirt", "a black mini skirt with a belt and a zipper", "unsupported"),
        B.pattern("solid"),
        title="Women Black Denim Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # photo: man in a light-blue western denim shirt with white pearl snaps and a yoke, sleeves rolled, blue jeans,
    # in front of a brown wooden fence.
    # no adapter text
    case(
        "X471-039",
        caption("a man in a denim shirt standing in front of a wooden fence"),
        wearing("he is wearing a denim shirt and jeans", who="he"),
        color_of("shirt", "brown", "contradiction", kind="open"),
        details("shirt", "white buttons and pockets on the chest"),
        B.sleeve_length("long sleeves"),
        is_a("denim shirt", "no", "contradiction"),
        title="Men Light Blue Western Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in white mid-rise skinny jeans, light-blue chambray shirt tied at the waist, white backdrop,
    # front view.
    # describe: adapter
    case(
        "X471-040",
        caption("a woman in a blue shirt and white jeans"),
        wearing("a blue shirt and white pants", who="she"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        describe(
            "jeans",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        B.garment_type("jeans"),
        title="Women White Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: man in a light-wash distressed denim jacket (frayed hems, small rips), black t-shirt, black jeans,
    # colorful graffiti wall, front view.
    # no adapter text
    case(
        "X471-041",
        caption("a man in a ripped denim jacket standing in front of a graffiti wall"),
        wearing("a denim jacket, a black shirt and black jeans", who="he"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        describe(
            "jacket",
            "a light blue denim jacket with holes Question: What is the color of the jacket? Answer: blue",
            "leak",
        ),
        B.pattern("printed", "contradiction"),
        title="Men Light Blue Distressed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black cropped button-front denim jacket over a white midi dress with red flowers, pink
    # backdrop, front view. The feed row has no color.
    # no adapter text
    case(
        "X471-042",
        caption("a woman in a black jacket and a floral dress"),
        wearing("a black jacket and a white dress with red flowers", who="she"),
        color_of("jacket", "black"),
        describe("jacket", "a black denim jacket with a hood and a zipper", "unsupported"),
        B.pattern("floral", "contradiction"),
        title="Women Black Cropped Denim Jacket",
        category="Jackets",
        gender="Women",
    ),
    # photo: man in light-blue distressed denim shorts with frayed hems, navy-and-white striped polo, white sneakers,
    # painted beach backdrop.
    # caption: adapter
    case(
        "X471-043",
        caption(
            "The gentleman wears a short-sleeve polo with striped patterns. The polo is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and denim shorts", who="he"),
        color_of("shorts", "light blue", kind="open"),
        details("shorts", "they have holes and frayed edges"),
        B.pattern("striped", "contradiction"),
        B.material("a pair of shorts", "restated"),
        title="Men Light Blue Distressed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in mid-blue straight-leg jeans, cream cable-knit sweater worn over the waistband, black ankle
    # boots, white backdrop, front view.
    # no adapter text
    case(
        "X471-044",
        caption("a man in a white sweater and blue jeans", "pronoun"),
        wearing("a white sweater and jeans", who="she"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "blue straight leg jeans with a belt", "unsupported"),
        B.material("cotton"),
        title="Women Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black denim slim-fit shirt, grey jeans, dark grey backdrop, front view.
    # no adapter text
    case(
        "X471-045",
        caption("a man in a black shirt and gray jeans"),
        wearing("a black shirt and grey pants", who="he"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe("shirt", "the shirt is a shirt", "non_answer"),
        B.garment_type("shirt"),
        title="Men Black Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a light-blue denim midi skirt with a front slit, white tank top, holding a straw hat, white
    # backdrop, front view.
    # no adapter text
    case(
        "X471-046",
        caption("a woman in a white tank top and a denim skirt holding a hat"),
        wearing("a white tank top, a denim skirt and a hat", who="she"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        details("skirt", "it has a slit in the front and a pocket on the back", "unsupported"),
        B.garment_type("dress", "contradiction"),
        title="Women Light Blue Denim Midi Skirt with Front Slit",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
]
