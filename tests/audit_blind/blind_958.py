"""BLIND_958 (46 products; Myntra men's casual wear, caption then span QA): written blind in the fifty-seventh session.
Measured blind at 5a92fc7 (the session's final rules): 107/125 failures found (85.6%) and 1/177 correct texts flagged
(0.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual wear (Tshirts, Shirts, Jeans, Trousers for chinos, Shorts), one catalog
photo per product: mostly a male model on a white studio backdrop wearing the product with other clothes (jeans under
a tee, a tee under an open shirt, a jacket over a tee), a few lower-body crops and one flat lay. Catalog columns are
the seller's: title (product_name), category (article_type), color (base_colour), gender; a few rows lack one.

Who wrote what: the caption is free generation by BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch): a base-model sentence with hues ("a man in a navy blue t-shirt and
jeans") followed by the DeepFashion template ("the gentleman wears a short-sleeve t-shirt with pure color patterns",
"there is an accessory on his wrist"). With no end token trained it stops by itself most of the time but sometimes
runs to the 50-token limit, looping a clause or ending mid-phrase, and now and then continues in the
"Question: ... Answer:" format. Open answers (wearing, describe, details, material, open color questions) are spans
the extractive QA model (mdeberta-v3-base-squad2) took out of that caption, so they inherit the caption's hues,
inventions, loops and leaks, pick the other garment's color from a two-garment sentence, return empty when the
caption holds nothing, or return a bare noun or the question's own words. Closed answers (garment type, color,
pattern, sleeve length, yes/no garment questions) come from enrich's reference engine, one candidate value each.

Labeling conventions and judgement calls:
- Every open answer is copied verbatim (case kept) from its product's caption, or is empty; a span inherits the
  failure of the caption text it copies (a span of an invented wrist accessory is unsupported, a span of a loop is a
  loop), and is labeled on its own merits when it copies a correct part of a failing caption. A span whose end
  falls inside a phrase ("its neckline is", "the shorts are with") is cut even when the caption itself is whole.
- One label per text. A caption that leaks the Question/Answer format is labeled leak even where the leaked part
  repeats; a caption that ran to the limit is labeled loop or cut and carries no other error; hit_limit is set only
  on captions that reached 50 tokens, never on spans (a span that ends mid-phrase is labeled cut, hit_limit False).
- Shades count as the seller's color: navy for Navy Blue, green for Olive, red for Burgundy, beige for Khaki,
  charcoal or dark grey for Charcoal, khaki for Khaki, purple for Lavender; "blue and white striped" for a
  Navy/White or Blue striped product is correct.
- A color taken from a print, a logo, a wall or a backdrop for the garment is a contradiction; a color taken from
  another worn garment (the jeans, the inner tee, the shorts) is other_garment_color, closed or open. A hue the
  photo does not show at all (black for a charcoal tee, brown for olive, black for navy) is a contradiction, and so
  is a caption giving one color, black, to a charcoal tee and black jeans, with the spans that copy it.
- A wrong closed garment type, a wrong yes/no to "Is this a ...?", a wrong sleeve length or pattern, a garment
  named as another kind (a shirt called a jacket), or the other garment's material for the product: contradiction.
- An invented accessory, logo, bag, hat or a material the product is not (denim chinos, a denim linen shirt, denim
  knit or twill shorts): unsupported.
- A bracelet-free wrist, a plain pocket with no chain, no eyewear: "accessory on his wrist", "chain", "sunglasses"
  for these are unsupported; the watch the photo of X958-044 does show makes its wrist clause correct there.
- Empty spans, a bare garment noun for describe, and the template's hue-less "pure color" for a color question:
  non_answer. A span that only repeats the question's garment ("the t-shirt", "the shirt") or "the gentleman
  wears": restated.
- "she" or "her" in a men's product, alone or with "the lady"/"a woman": pronoun (captions and spans copying them);
  the row without a gender column carries no pronoun label.
- The template's grammar ("a long trousers", "a three-point shorts", "its neckline is lapel") is not a failure.
- Pack of two tees in a flat lay with seller color Multi: a closed color naming one of the two shown colors is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
MEN = "Men"


def he(text, failure=None):
    return wearing(text, failure, who="he")


BLIND_958 = [
    # photo: man in a navy crew-neck tee, light-blue jeans, white backdrop, front view. caption: epoch-1 caption
    # adapter; open answers: mdeberta spans; closed: reference engine
    case(
        "X958-001",
        caption(
            "a man in a navy blue t-shirt and light blue jeans standing in front of a white background. the "
            "gentleman wears a short-sleeve t-shirt with pure color patterns."
        ),
        he("a navy blue t-shirt and light blue jeans"),
        color_of("t-shirt", "light blue", "other_garment_color", kind="open"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "a short-sleeve t-shirt with pure color patterns"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: grey melange crew-neck tee, black chino shorts, white backdrop. caption: epoch-1 adapter (looped to the
    # limit); open: mdeberta spans; closed: reference engine
    case(
        "X958-002",
        caption(
            "a man wearing a grey t-shirt and black shorts. the gentleman wears a short-sleeve t-shirt with pure "
            "color patterns. the t-shirt is with cotton fabric. the t-shirt is with cotton fabric. the t-shirt "
            "is with cotton fabric. the t-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        he("a grey t-shirt and black shorts"),
        color_of("t-shirt", "grey", kind="open"),
        Q.color("grey"),
        Q.material("cotton fabric. the t-shirt is with cotton fabric. the t-shirt is with cotton", "loop"),
        details("t-shirt", "cotton fabric"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender=MEN,
    ),
    # photo: olive long-sleeve shirt buttoned up, beige chinos, white backdrop. caption: epoch-1 adapter; open:
    # mdeberta spans; closed: reference engine
    case(
        "X958-003",
        caption(
            "a man in a green shirt and beige pants. the gentleman wears a long-sleeve shirt with pure color "
            "patterns and a long trousers. the shirt is with cotton fabric and it has a lapel collar."
        ),
        he("a green shirt and beige pants"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        Q.color("brown", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "it has a lapel collar"),
        is_a("shirt", "yes"),
        title="WROGN Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender=MEN,
    ),
    # photo: lower-body crop, mid-blue jeans, white sneakers, hem of a white tee, white backdrop. caption: epoch-1
    # adapter (cut at the limit); open: mdeberta spans; closed: reference engine
    case(
        "X958-004",
        caption(
            "a pair of blue jeans with white sneakers on a white background. the jeans are with denim fabric and "
            "solid color patterns. the gentleman wears a long denim pants with pure color patterns and there "
            "is a white",
            "cut",
            hit_limit=True,
        ),
        he("a long denim pants with pure color patterns"),
        color_of("jeans", "blue"),
        Q.material("denim"),
        details("jeans", "solid color patterns"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender=MEN,
    ),
    # photo: olive cargo shorts with flap side pockets, plain white tee, crop from chest down, hands at the sides
    # with nothing on the wrists, white backdrop. caption: epoch-1 adapter; open: mdeberta spans; closed: reference
    case(
        "X958-005",
        caption(
            "a man wearing a white t-shirt and green cargo shorts. the gentleman wears a three-point shorts with "
            "pure color patterns. there is an accessory on his wrist.",
            "unsupported",
        ),
        he("a white t-shirt and green cargo shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        Q.color("olive"),
        details("shorts", "there is an accessory on his wrist", "unsupported"),
        Q.garment_type("shorts"),
        title="Roadster Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender=MEN,
    ),
    # photo: white tee with a large red-and-black graphic on the chest, black jeans, white backdrop. caption:
    # epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-006",
        caption(
            "a man wearing a white t-shirt with a red graphic print and black jeans. the gentleman wears a "
            "short-sleeve t-shirt with graphic patterns. the t-shirt is with cotton fabric and its neckline is "
            "round."
        ),
        Q.color("red", "contradiction"),
        Q.pattern("printed"),
        describe("t-shirt", "a white t-shirt with a red graphic print"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details("t-shirt", "its neckline is", "cut"),
        title="Difference of Opinion Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender=MEN,
    ),
    # photo: red-and-navy checked flannel shirt worn open over a white crew-neck tee, blue jeans, white backdrop.
    # caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-007",
        caption(
            "a man in a red and blue plaid shirt over a white t-shirt and blue jeans. the gentleman wears a "
            "long-sleeve shirt with lattice patterns. the shirt is with cotton fabric and it has a lapel "
            "collar."
        ),
        he("a red and blue plaid shirt over a white t-shirt and blue jeans"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("shirt", "lattice patterns"),
        title="Roadster Men Red & Navy Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender=MEN,
    ),
    # photo: khaki cotton-twill chinos, navy polo tucked in, brown belt, full length, white backdrop. caption:
    # epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-008",
        caption(
            "a man wearing a navy blue polo shirt tucked into khaki pants with a brown belt. the gentleman wears "
            "a long trousers with pure color patterns. the trousers are with denim fabric.",
            "unsupported",
        ),
        Q.material("denim fabric", "unsupported"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        Q.color("beige"),
        Q.garment_type("pants"),
        he("a navy blue polo shirt tucked into khaki pants with a brown belt"),
        title="Highlander Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender=MEN,
    ),
    # photo: maroon pique polo with white tipping on the collar, grey chinos, white backdrop. caption: epoch-1
    # adapter (lady/her template for a man); open: mdeberta spans; closed: reference engine
    case(
        "X958-009",
        caption(
            "a man in a maroon polo shirt and grey pants. the lady wears a short-sleeve polo shirt with pure "
            "color patterns and her pants are long.",
            "pronoun",
        ),
        he("a maroon polo shirt and grey pants"),
        describe("polo shirt", "a short-sleeve polo shirt with pure", "cut"),
        Q.color("maroon"),
        Q.sleeve_length("short sleeves"),
        is_a("polo shirt", "yes"),
        details("polo shirt", "her pants are long", "pronoun"),
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender=MEN,
    ),
    # photo: black skinny jeans lightly abraded at the knees, grey tee, white sneakers, no chain or other
    # hardware, white backdrop. caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-010",
        caption(
            "a man wearing a grey t-shirt and black ripped jeans with a chain on the pocket. the gentleman wears "
            "a long denim pants with pure color patterns.",
            "unsupported",
        ),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        details("jeans", "a chain on the pocket", "unsupported"),
        he("a grey t-shirt and black ripped jeans"),
        Q.garment_type("jeans"),
        title="Flying Machine Men Black Skinny Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender=MEN,
    ),
    # photo: white linen shirt, long sleeves rolled to the elbow, beige shorts, white backdrop (white on white).
    # caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-011",
        caption(
            "a man in a white shirt and beige shorts standing against a white wall. the gentleman wears a "
            "long-sleeve shirt with pure color patterns. the shirt is with denim fabric and it has a lapel "
            "collar.",
            "unsupported",
        ),
        Q.material("denim fabric", "unsupported"),
        Q.color("white"),
        color_of("shirt", "white", kind="open"),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "the shirt", "restated"),
        title="Mast & Harbour Men White Linen Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender=MEN,
    ),
    # photo: navy-and-white horizontal stripe tee, stone chino shorts, white backdrop. caption: epoch-1 adapter
    # (looped to the limit); open: mdeberta spans; closed: reference engine
    case(
        "X958-012",
        caption(
            "a man wearing a blue and white striped t-shirt and beige shorts. the gentleman wears a short-sleeve "
            "t-shirt with striped patterns and a three-point shorts. the t-shirt is with cotton fabric and the "
            "shorts are with cotton fabric and the shorts are with cotton fabric and the shorts",
            "loop",
            hit_limit=True,
        ),
        he("a blue and white striped t-shirt and beige shorts"),
        Q.pattern("striped"),
        Q.color("beige", "other_garment_color"),
        color_of("t-shirt", "blue and white", kind="open"),
        Q.material("cotton fabric and the shorts are with cotton fabric and the shorts are with cotton", "loop"),
        title="Tommy Hilfiger Men Navy & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: mid-blue washed denim shorts with rolled hems, black graphic tee, crop from chest down, white
    # backdrop. caption: epoch-1 adapter (went on in the Question/Answer format); open: mdeberta spans; closed:
    # reference engine
    case(
        "X958-013",
        caption(
            "a man wearing a black t-shirt and blue denim shorts. Question: what is the man wearing? Answer: a "
            "black t-shirt and blue denim shorts",
            "leak",
        ),
        he("a black t-shirt and blue denim shorts"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        details("shorts", "Answer: a black t-shirt and blue denim shorts", "leak"),
        title="Kook N Keech Men Blue Washed Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
        gender=MEN,
    ),
    # photo: navy chinos, white oxford shirt worn untucked, tan loafers, full length, white backdrop. caption:
    # epoch-1 adapter (went on in the Question/Answer format); open: mdeberta spans; closed: reference engine
    case(
        "X958-014",
        caption(
            "a man in a white shirt and navy blue pants standing on a white background. the gentleman wears a "
            "long-sleeve shirt with pure color patterns and a long trousers. Question: what are the pants "
            "details? Answer: the pants are long",
            "leak",
        ),
        he("a white shirt and navy blue pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        describe("pants", "navy blue pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("solid"),
        details("pants", "Answer: the pants are long", "leak"),
        title="Louis Philippe Sport Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: mustard henley with a three-button placket, long sleeves pushed up the forearm, dark-blue jeans,
    # white backdrop. caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-015",
        caption(
            "a man in a mustard yellow henley t-shirt and dark blue jeans. the gentleman wears a long-sleeve "
            "t-shirt with pure color patterns and a long denim pants."
        ),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.color("yellow"),
        he("a mustard yellow henley t-shirt and dark blue jeans"),
        describe("t-shirt", "t-shirt", "non_answer"),
        color_of("t-shirt", "mustard yellow", kind="open"),
        title="Roadster Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender=MEN,
    ),
    # photo: light-wash slim jeans, navy tee, white sneakers, full length side view, white backdrop. caption:
    # epoch-1 adapter (called the man a woman, "she"); open: mdeberta spans; closed: reference engine
    case(
        "X958-016",
        caption(
            "a woman wearing a navy blue t-shirt and light blue jeans. she is wearing a pair of white sneakers.",
            "pronoun",
        ),
        he("a navy blue t-shirt and light blue jeans"),
        color_of("jeans", "navy blue", "other_garment_color", kind="open"),
        Q.color("light blue"),
        details("jeans", "she is wearing a pair of white sneakers", "pronoun"),
        Q.garment_type("jeans"),
        title="Levis Men Light Blue 511 Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender=MEN,
    ),
    # photo: indigo denim western shirt with two snap-flap chest pockets, buttoned, black chinos, white backdrop.
    # caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-017",
        caption(
            "a man wearing a blue denim shirt and black pants. the gentleman wears a long-sleeve shirt with "
            "denim fabric and it has two pockets on the chest."
        ),
        Q.material("denim fabric"),
        details("shirt", "it has two pockets on the chest"),
        Q.color("blue"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        he("a blue denim shirt and black pants"),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "shirt", "non_answer"),
        title="Levis Men Indigo Denim Western Shirt",
        category="Shirts",
        color="Blue",
        gender=MEN,
    ),
    # photo: beige chino shorts, light-pink short-sleeve linen shirt, brown belt, white backdrop. caption: epoch-1
    # adapter (cut at the limit); open: mdeberta spans; closed: reference engine
    case(
        "X958-018",
        caption(
            "a man in a pink shirt and beige shorts with a brown belt. the gentleman wears a short-sleeve shirt "
            "with pure color patterns and a three-point shorts. the shorts are with cotton fabric and solid "
            "color patterns. there is a",
            "cut",
            hit_limit=True,
        ),
        he("a pink shirt and beige shorts with a brown belt"),
        Q.color("pink", "other_garment_color"),
        color_of("shorts", "beige", kind="open"),
        details("shorts", "solid color patterns. there is a", "cut"),
        Q.garment_type("pants", "contradiction"),
        title="Nautica Men Beige Solid Chino Shorts",
        category="Shorts",
        color="Beige",
        gender=MEN,
    ),
    # photo: black tee with white-and-yellow typography on the chest, blue jeans, bare head, white backdrop.
    # caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-019",
        caption(
            "a man wearing a black t-shirt with a yellow and white print on it and blue jeans. the gentleman "
            "wears a short-sleeve t-shirt with graphic patterns. there is a hat on his head.",
            "unsupported",
        ),
        he("a black t-shirt with a yellow and white print on it and blue jeans"),
        color_of("t-shirt", "yellow and white", "contradiction", kind="open"),
        Q.color("black"),
        Q.pattern("printed"),
        details("t-shirt", "there is a hat on his head", "unsupported"),
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender=MEN,
    ),
    # photo: thin vertical blue-and-white stripe shirt, long sleeves, khaki chinos, three-quarter view, white
    # backdrop. caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-020",
        caption(
            "a man wearing a blue and white striped shirt and khaki pants. the gentleman wears a long-sleeve "
            "shirt with striped patterns. the shirt is with cotton fabric and it has a lapel collar. the pants "
            "are long."
        ),
        describe("shirt", "a long-sleeve shirt with striped patterns"),
        Q.pattern("striped"),
        Q.color("blue"),
        color_of("shirt", "blue and white striped", kind="open"),
        details("shirt", "the shirt is with cotton fabric and it has a lapel collar"),
        Q.sleeve_length("long sleeves"),
        he("a blue and white striped shirt and khaki pants"),
        title="Peter England Casuals Men Blue & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender=MEN,
    ),
    # photo: white pique polo, navy shorts, white backdrop. caption: epoch-1 adapter (cut at the limit); open:
    # mdeberta spans; closed: reference engine
    case(
        "X958-021",
        caption(
            "a man in a white polo shirt and navy blue shorts. the gentleman wears a short-sleeve polo shirt "
            "with pure color patterns. the polo shirt is with cotton fabric and its neckline is lapel. the "
            "shorts are with cotton fabric and pure color patterns. the gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        he("a white polo shirt and navy blue shorts"),
        Q.color("navy blue", "other_garment_color"),
        color_of("polo shirt", "white", kind="open"),
        Q.material("cotton fabric"),
        describe("polo shirt", "polo shirt", "non_answer"),
        title="Louis Philippe Sport Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender=MEN,
    ),
    # photo: grey skinny jeans, black leather biker jacket open over a white tee, bare wrists, full length, white
    # backdrop.
    # caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-022",
        caption(
            "a man in a black leather jacket, a white t-shirt and grey jeans. the gentleman wears a long-sleeve "
            "jacket with pure color patterns and a long denim pants. there is an accessory on his wrist.",
            "unsupported",
        ),
        he("a black leather jacket, a white t-shirt and grey jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("jacket", "contradiction"),
        details("jeans", "there is an accessory on his wrist", "unsupported"),
        title="Roadster Men Grey Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender=MEN,
    ),
    # photo: black short-sleeve shirt with a small white floral print, buttoned, light-blue jeans, white backdrop.
    # caption: epoch-1 adapter (looped to the limit); open: mdeberta spans; closed: reference engine
    case(
        "X958-023",
        caption(
            "a man in a black and white floral shirt and light blue jeans. the gentleman wears a short-sleeve "
            "shirt with floral patterns. the shirt is with cotton fabric and it has a lapel collar, a lapel "
            "collar, a lapel collar, a lapel collar, a lapel collar, a lapel",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("shirt", "black and white floral", kind="open"),
        Q.color("black"),
        he("a black and white floral shirt and light blue jeans"),
        details("shirt", "a lapel collar, a lapel collar, a lapel collar, a lapel collar", "loop"),
        title="HERE&NOW Men Black & White Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender=MEN,
    ),
    # photo: olive slim chinos, black crew tee, white sneakers, full length, white backdrop. caption: epoch-1
    # adapter (looped to the limit); open: mdeberta spans; closed: reference engine
    case(
        "X958-024",
        caption(
            "a man wearing a black t-shirt and green pants and white sneakers. the gentleman wears a long "
            "trousers with pure color patterns. the trousers are with cotton fabric, pure color patterns, pure "
            "color patterns, pure color patterns, pure color patterns, pure color",
            "loop",
            hit_limit=True,
        ),
        he("a black t-shirt and green pants and white sneakers"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.color("olive"),
        details("pants", "pure color patterns, pure color patterns, pure color patterns, pure color", "loop"),
        is_a("pair of trousers", "yes"),
        title="Urban Ranger Men Olive Green Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Olive",
        gender=MEN,
    ),
    # photo: charcoal v-neck tee, clearly lighter than the black jeans, white backdrop. caption: epoch-1 adapter
    # (one color, black, for both garments); open: mdeberta spans; closed: reference engine
    case(
        "X958-025",
        caption(
            "a man in a black v-neck t-shirt and black jeans. the gentleman wears a short-sleeve t-shirt "
            "with pure color patterns. the t-shirt is with cotton fabric and its neckline is v-shape.",
            "contradiction",
        ),
        Q.color("charcoal"),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        describe("t-shirt", "a black v-neck t-shirt", "contradiction"),
        details("t-shirt", "its neckline is v-shape"),
        Q.sleeve_length("short sleeves"),
        he("the gentleman wears", "restated"),
        title="Jack & Jones Men Charcoal Grey Solid V-Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender=MEN,
    ),
    # photo: blue-and-white gingham shirt, sleeves rolled, dark jeans, white backdrop; the feed row has no color.
    # caption: epoch-1 adapter (ran on in the Question/Answer format to the limit); open: mdeberta spans; closed:
    # reference engine
    case(
        "X958-026",
        caption(
            "a man wearing a blue checkered shirt and jeans. Question: what color is the shirt? Answer: blue. "
            "Question: what color is the shirt? Answer: blue. Question: what color is the",
            "leak",
            hit_limit=True,
        ),
        he("a blue checkered shirt and jeans"),
        color_of("shirt", "blue", kind="open"),
        Q.pattern("checked"),
        describe("shirt", "Answer: blue. Question: what color is the shirt?", "leak"),
        Q.garment_type("shirt"),
        title="Highlander Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        gender=MEN,
    ),
    # photo: navy cotton twill shorts, light grey melange tee, crop from chest down, white backdrop. caption: epoch-1
    # adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-027",
        caption(
            "a man wearing a grey t-shirt and navy blue shorts. the gentleman wears a short-sleeve t-shirt with "
            "pure color patterns and a three-point shorts. the shorts are with denim fabric.",
            "unsupported",
        ),
        he("a grey t-shirt and navy blue shorts"),
        Q.color("grey", "other_garment_color"),
        color_of("shorts", "navy blue", kind="open"),
        describe("shorts", "a three-point shorts"),
        is_a("pair of shorts", "no", "contradiction"),
        Q.material("denim fabric", "unsupported"),
        title="United Colors of Benetton Men Navy Blue Solid Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: red crew tee with a small white swoosh on the chest, black shorts, white backdrop. caption: epoch-1
    # adapter ("her" for a man); open: mdeberta spans; closed: reference engine
    case(
        "X958-028",
        caption(
            "a man in a red t-shirt and black shorts. the gentleman wears a short-sleeve t-shirt with pure color "
            "patterns. her t-shirt has a small white logo on the chest.",
            "pronoun",
        ),
        Q.color("red"),
        details("t-shirt", "a small white logo on the chest"),
        he("a red t-shirt and black shorts"),
        describe("t-shirt", "a short-sleeve t-shirt with pure color patterns"),
        Q.pattern("striped", "contradiction"),
        color_of("t-shirt", "red", kind="open"),
        title="Nike Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender=MEN,
    ),
    # photo: dark indigo jeans with faded whiskers and small knee rips, white cotton shirt untucked, brown boots,
    # white backdrop. caption: epoch-1 adapter (cut at the limit); open: mdeberta spans; closed: reference engine
    case(
        "X958-029",
        caption(
            "a man in a white shirt and dark blue jeans with brown boots. the gentleman wears a long-sleeve "
            "shirt with pure color patterns and a long denim pants. the shirt is with cotton fabric and it has "
            "a lapel collar. the pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and dark blue jeans with brown boots"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        Q.garment_type("shirt", "contradiction"),
        Q.material("cotton fabric", "contradiction"),
        title="Spykar Men Navy Blue Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: burgundy corduroy shirt worn open over a grey tee, black jeans, white backdrop. caption: epoch-1
    # adapter (called the shirt a jacket); open: mdeberta spans; closed: reference engine
    case(
        "X958-030",
        caption(
            "a man in a red jacket over a grey t-shirt and black jeans. the gentleman wears a long-sleeve "
            "jacket with pure color patterns.",
            "contradiction",
        ),
        he("a red jacket over a grey t-shirt and black jeans", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("grey", "other_garment_color"),
        color_of("shirt", "red", kind="open"),
        Q.material("", "non_answer"),
        title="Roadster Men Burgundy Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Burgundy",
        gender=MEN,
    ),
    # photo: olive tee with a faded white vintage print, khaki shorts, white backdrop. caption: epoch-1 adapter;
    # open: mdeberta spans; closed: reference engine
    case(
        "X958-031",
        caption(
            "a man in a green t-shirt and khaki shorts. the gentleman wears a short-sleeve t-shirt with graphic "
            "patterns and a three-point shorts. the t-shirt is with cotton fabric and its neckline is round."
        ),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        Q.color("olive"),
        Q.pattern("printed"),
        details("t-shirt", "the t-shirt", "restated"),
        Q.sleeve_length("short sleeves"),
        he("a green t-shirt and khaki shorts"),
        title="Wrangler Men Olive Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender=MEN,
    ),
    # photo: beige chinos, light-blue oxford shirt tucked in, brown belt, hands empty, white backdrop; the feed row
    # has no gender. caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-032",
        caption(
            "a man in a blue shirt and beige pants. the gentleman wears a long-sleeve shirt with pure color "
            "patterns and a long trousers. he is holding a bag in his hand.",
            "unsupported",
        ),
        he("a blue shirt and beige pants"),
        Q.color("beige"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("pants", "he is holding a bag in his hand", "unsupported"),
        Q.garment_type("pants"),
        title="Marks & Spencer Men Stone Beige Regular Fit Chinos",
        category="Trousers",
        color="Beige",
    ),
    # photo: pale yellow short-sleeve shirt, white chinos, white backdrop. caption: epoch-1 adapter; open: mdeberta
    # spans; closed: reference engine
    case(
        "X958-033",
        caption(
            "a man in a yellow shirt and white pants standing in front of a white wall. the gentleman wears a "
            "short-sleeve shirt with pure color patterns."
        ),
        he("a yellow shirt and white pants"),
        Q.sleeve_length("short sleeves"),
        Q.color("white", "other_garment_color"),
        color_of("shirt", "yellow", kind="open"),
        describe("shirt", "a short-sleeve shirt with pure color patterns"),
        is_a("shirt", "no", "contradiction"),
        title="Mufti Men Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender=MEN,
    ),
    # photo: white raglan tee with navy three-quarter sleeves, blue jeans, white backdrop. caption: epoch-1
    # adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-034",
        caption(
            "a man wearing a white and blue baseball t-shirt and blue jeans. the gentleman wears a "
            "medium-sleeve t-shirt with color block patterns. the t-shirt is with cotton fabric and its "
            "neckline is round."
        ),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("t-shirt", "a white and blue baseball t-shirt"),
        he("a white and blue baseball t-shirt and blue jeans"),
        details(
            "t-shirt",
            "the gentleman wears a medium-sleeve t-shirt with color block patterns. the t-shirt is with cotton",
            "cut",
        ),
        Q.color("white"),
        title="Roadster Men White & Navy Blue Colourblocked Raglan T-shirt",
        category="Tshirts",
        color="White",
        gender=MEN,
    ),
    # photo: blue heavily ripped jeans, white tee, black bomber jacket open, white backdrop. caption: epoch-1
    # adapter (looped to the limit); open: mdeberta spans; closed: reference engine
    case(
        "X958-035",
        caption(
            "a man in a black jacket, white t-shirt and ripped jeans. the gentleman wears a long-sleeve jacket "
            "with pure color patterns. the jacket is black, the jacket is black, the jacket is black, the "
            "jacket is black, the jacket is",
            "loop",
            hit_limit=True,
        ),
        he("a black jacket, white t-shirt and ripped jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.color("blue"),
        details("jeans", "ripped jeans"),
        Q.garment_type("jacket", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="WROGN Men Blue Slim Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender=MEN,
    ),
    # photo: grey melange knit sweat shorts with a drawstring, navy tee, white backdrop. caption: epoch-1 adapter;
    # open: mdeberta spans; closed: reference engine
    case(
        "X958-036",
        caption(
            "a man wearing a blue t-shirt and grey shorts. the gentleman wears a three-point shorts with pure "
            "color patterns and the shorts are with denim fabric.",
            "unsupported",
        ),
        Q.material("denim fabric", "unsupported"),
        he("a blue t-shirt and grey shorts"),
        Q.color("grey"),
        describe("shorts", "grey shorts"),
        details("shorts", "", "non_answer"),
        title="Jack & Jones Men Grey Melange Solid Regular Fit Knit Shorts",
        category="Shorts",
        color="Grey Melange",
        gender=MEN,
    ),
    # photo: royal-blue tee with a large white cat logo, white shorts, white backdrop. caption: epoch-1 adapter
    # (called the man a woman, "she"); open: mdeberta spans; closed: reference engine
    case(
        "X958-037",
        caption(
            "a woman in a blue t-shirt with a white puma logo and white shorts. she is standing in front of a "
            "white background.",
            "pronoun",
        ),
        he("a blue t-shirt with a white puma logo and white shorts"),
        Q.color("blue"),
        color_of("t-shirt", "blue", kind="open"),
        Q.pattern("printed"),
        describe("t-shirt", "she is standing in front of a white background", "pronoun"),
        title="Puma Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender=MEN,
    ),
    # photo: light grey chambray shirt with one plain chest pocket, sleeves rolled, navy chinos, no logo anywhere,
    # white backdrop. caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-038",
        caption(
            "a man in a grey shirt and navy blue pants. the gentleman wears a long-sleeve shirt with pure color "
            "patterns. the shirt has a pocket on the chest and a logo on the sleeve.",
            "unsupported",
        ),
        details("shirt", "a pocket on the chest and a logo on the sleeve", "unsupported"),
        Q.color("grey"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        he("a grey shirt and navy blue pants"),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "the shirt", "restated"),
        title="Levis Men Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Grey",
        gender=MEN,
    ),
    # photo: black slim jeans, olive overshirt unbuttoned over a black tee, white sneakers, white backdrop; the feed
    # row has no category. caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-039",
        caption(
            "a man wearing a green shirt over a black t-shirt and black jeans. the gentleman wears a long-sleeve "
            "shirt with pure color patterns and a long denim pants."
        ),
        he("a green shirt over a black t-shirt and black jeans"),
        color_of("jeans", "black", kind="open"),
        Q.color("green", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        describe("jeans", "a long denim pants"),
        title="Pepe Jeans Men Black Slim Fit Low-Rise Clean Look Stretchable Jeans",
        color="Black",
        gender=MEN,
    ),
    # photo: teal crew tee, beige chinos, white backdrop. caption: epoch-1 adapter; open: mdeberta spans; closed:
    # reference engine
    case(
        "X958-040",
        caption(
            "a man in a teal t-shirt and beige pants. the gentleman wears a short-sleeve t-shirt with pure color "
            "patterns and a long trousers."
        ),
        color_of("t-shirt", "pure color", "non_answer", kind="open"),
        Q.color("teal"),
        he("a teal t-shirt and beige pants"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("t-shirt", "yes"),
        Q.material("", "non_answer"),
        title="Roadster Men Teal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender=MEN,
    ),
    # photo: navy oxford button-down shirt with a small embroidered flag on the chest, light grey chinos, white
    # backdrop. caption: epoch-1 adapter (opened in the Question/Answer format); open: mdeberta spans; closed:
    # reference engine
    case(
        "X958-041",
        caption(
            "Question: what is the man wearing? Answer: a navy blue shirt and grey pants. the gentleman wears a "
            "long-sleeve shirt with pure color patterns.",
            "leak",
        ),
        he("a navy blue shirt and grey pants"),
        Q.color("navy blue"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe("shirt", "Question: what is the man wearing?", "leak"),
        details("shirt", "a long-sleeve shirt with pure color patterns"),
        title="Tommy Hilfiger Men Navy Blue Slim Fit Solid Oxford Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: khaki chino shorts, blue-and-white striped short-sleeve shirt, white backdrop. caption: epoch-1
    # adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-042",
        caption(
            "a man in a blue and white striped shirt and khaki shorts. the gentleman wears a short-sleeve shirt "
            "with striped patterns and a three-point shorts. the shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.pattern("striped", "contradiction"),
        color_of("shorts", "khaki", kind="open"),
        Q.color("khaki"),
        Q.material("cotton fabric"),
        he("a blue and white striped shirt and khaki shorts"),
        Q.garment_type("shorts"),
        details("shorts", "the shorts are with", "cut"),
        title="Highlander Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender=MEN,
    ),
    # photo: lavender crew tee, dark grey jeans, white backdrop. caption: epoch-1 adapter (cut at the limit); open:
    # mdeberta spans; closed: reference engine
    case(
        "X958-043",
        caption(
            "a man in a purple t-shirt and grey jeans. the gentleman wears a short-sleeve t-shirt with pure "
            "color patterns. the t-shirt is with cotton fabric and its neckline is round. the gentleman wears a "
            "long denim pants with pure color patterns and the pants are with",
            "cut",
            hit_limit=True,
        ),
        he("a purple t-shirt and grey jeans"),
        Q.color("purple"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        details("t-shirt", "its neckline is round"),
        describe("t-shirt", "the t-shirt", "restated"),
        title="HRX by Hrithik Roshan Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender=MEN,
    ),
    # photo: medium-blue jeans, white linen shirt with rolled sleeves, steel watch on the left wrist, no eyewear,
    # white backdrop. caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-044",
        caption(
            "a man in a white shirt and blue jeans. the gentleman wears a long-sleeve shirt with pure color "
            "patterns and a long denim pants. there is an accessory on his wrist. he wears sunglasses.",
            "unsupported",
        ),
        he("a white shirt and blue jeans"),
        details("jeans", "a long denim pants"),
        describe("jeans", "he wears sunglasses", "unsupported"),
        Q.color("blue"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        is_a("pair of jeans", "yes"),
        title="Jack & Jones Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender=MEN,
    ),
    # photo: flat lay, no model: a black and a white crew-neck tee side by side on a white backdrop. caption:
    # epoch-1 adapter; open: mdeberta spans; closed: reference engine
    case(
        "X958-045",
        caption(
            "a black t-shirt and a white t-shirt on a white background. the t-shirt is with cotton fabric and "
            "its neckline is round."
        ),
        he("a black t-shirt and a white t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        describe("t-shirt", "a black t-shirt and a white t-shirt"),
        details("t-shirt", "its neckline is round"),
        Q.material("cotton fabric"),
        title="Roadster Men Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender=MEN,
    ),
    # photo: peach short-sleeve camp-collar shirt, white shorts, white backdrop. caption: epoch-1 adapter (looped to
    # the limit); open: mdeberta spans; closed: reference engine
    case(
        "X958-046",
        caption(
            "a man in a peach shirt and white shorts. the gentleman wears a short-sleeve shirt with pure color "
            "patterns. the shirt has a collar, the sleeves, the collar, the sleeves, the collar, the sleeves, "
            "the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        he("a peach shirt and white shorts"),
        Q.color("white", "other_garment_color"),
        details("shirt", "the collar, the sleeves, the collar, the sleeves, the collar", "loop"),
        Q.sleeve_length("short sleeves"),
        describe("shirt", "", "non_answer"),
        title="Mast & Harbour Men Peach Solid Casual Shirt",
        category="Shirts",
        color="Peach",
        gender=MEN,
    ),
]
