"""BLIND_780 (46 products; Myntra men's casual, captions then extractive QA): written blind in the fifty-fifth session.
Measured blind at f624242 (the session's eighth rules): 104/130 failures found (80.0%) and 4/186 correct texts flagged
(2.2%). The writer's notes, verbatim:

Scenario: one night's enrichment of a Myntra-like men's casual feed (Tshirts, Shirts, Jeans, Trousers = chinos,
Shorts). Catalog photos on a white studio backdrop: a male model, full length or cropped to the lower half for
bottoms, always wearing other clothes with the product (a tee with jeans, a shirt with chinos, a tee over shorts).
Seller columns are title, category (Myntra article_type), color (base_colour), gender; two rows lack gender and one
lacks color, one lacks category, as real feeds do.

Who wrote what: captions come from two models. About two thirds of the products were captioned by the untuned
Salesforce/blip2-opt-2.7b: short lowercase captions ("a man wearing a navy blue t - shirt and light blue jeans"),
stopping on their own, with its habits: one color spilled onto the other garment, "a woman" for a man in a
lower-half crop, invented props and backdrops (a tennis racket, a wooden door, a skateboard). The rest were captioned
by the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch): the DeepFashion template
("The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric..."), now
and then a hue word kept from the base, "The lady" for men, an invented accessory or fabric; trained with no end
token and on unmasked prompt ids, so every one of its captions runs to the 50-token limit and ends cut
mid-sentence, in a loop, or in a fresh "Question: ... Answer:" pair. Open answers (wearing, the garment's color,
describe, details, material) are spans extracted by timpal0l/mdeberta-v3-base-squad2 from that product's caption,
so they carry the caption's errors, and are empty when squad2 finds no answer. Closed answers (garment type,
color, pattern, sleeve length, fit, "Is this a ...?") come from enrich's --engine reference, one candidate value
each, chosen from the image independently of the caption.

Labeling conventions and judgement calls:
- One label per text. An adapter caption that ran to the limit is labelled cut only when the cut is its only fault;
  when it also loops, leaks the prompt format, misgenders or invents something, that failure is the label, and
  hit_limit=True records the limit either way. Extracted spans never hit a limit (hit_limit stays False), but a span
  ending where the caption was cut ("... The gentleman wears a pair of white") is labelled cut.
- other_garment_color: the product is given the hue of another garment worn in the photo (the tee's white for the
  chinos). contradiction: any other wrong hue, garment type, pattern, sleeve length, fit or neckline, against the
  photo or the seller's title; answering with the other garment ("blue jeans" for the t-shirt's details) is a
  contradiction too; a closed pattern taken from the other garment (the tee's stripes for plain shorts) is a
  contradiction, not other_garment_color, since it is not a color.
- A striped or printed garment's color is its ground color (the seller's): "White" for a navy tee with thin white
  stripes, "Red" for a white tee with a red logo are contradictions; "blue and white" is correct. Shades in the same
  color family as the seller's are correct (green for Olive, red for Maroon, grey for Charcoal, dark blue for Navy);
  a hue in another family that the photo does not show (orange for Peach, Orange for Mustard) is a contradiction.
- Rolled-up long sleeves are long sleeves. A polo collar is the DeepFashion "lapel" neckline (correct).
- DeepFashion pattern words in place of a hue ("lattice patterns", "plaid", an empty span) for a color question are
  non_answer; an empty span for the material question is non_answer; a one-word open answer that is only a hue
  ("pink" to "Describe the shirt.") is non_answer; the bare garment name back ("shorts", "t - shirt") is restated.
- unsupported: a thing or claim not in the photo and not in the catalog (props, backdrop, accessory, pocket, rips,
  a cap, sunglasses), and "cotton" for a garment the title calls linen.
- pronoun: "a woman", "The lady", "her" for a product whose row says Men; the wearing question is asked as "What is
  he wearing?".
- Thin but true spans ("navy blue t - shirt" for Describe) are correct; a span that names the other garment beside
  the product ("a denim shirt and black pants") is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

FIT = question("fit", "What is the fit of the garment?", "closed")

M = "Men"

BLIND_780 = [
    # photo: navy crew-neck tee, light blue jeans, white sneakers, white backdrop, full front view. Caption by base
    # BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-001",
        caption("a man wearing a navy blue t - shirt and light blue jeans"),
        wearing("a navy blue t - shirt and light blue jeans", who="he"),
        color_of("t-shirt", "navy blue", kind="open"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        describe("t-shirt", "navy blue t - shirt"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender=M,
    ),
    # photo: olive long-sleeve shirt, buttoned, no chest pocket, worn with black jeans, white backdrop, front view.
    # Caption by base BLIP-2 (invents a pocket), spans by squad2, closed by reference.
    case(
        "X780-002",
        caption("a man wearing a green shirt with a chest pocket and black jeans", "unsupported"),
        wearing("a green shirt with a chest pocket and black jeans", "unsupported", who="he"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.color("Olive"),
        Q.sleeve_length("long"),
        details("shirt", "shirt", "restated"),
        describe("shirt", "green shirt with a chest pocket", "unsupported"),
        is_a("shirt", "yes"),
        title="WROGN Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender=M,
    ),
    # photo: mid-blue skinny jeans, plain white tee, white sneakers, cropped at the chest, white backdrop. Caption by
    # the epoch-1 adapter (hit the limit), spans by squad2, closed by reference.
    case(
        "X780-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a long blue jeans. The jeans are with denim fabric and solid color patterns. "
            "The gentleman wears a pair of white",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a long blue jeans. The jeans are with denim fabric and solid color patterns. The gentleman wears a pair "
            "of white",
            "cut",
            who="he",
        ),
        color_of("jeans", "blue", kind="open"),
        Q.color("White", "other_garment_color"),
        details("jeans", "denim fabric and solid color patterns"),
        describe(
            "jeans",
            "long blue jeans. The jeans are with denim fabric and solid color patterns. The gentleman "
            "wears a pair of white",
            "cut",
        ),
        Q.material("denim"),
        FIT("skinny"),
        is_a("pair of jeans", "yes"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender=M,
    ),
    # photo: black tee with a large white-and-red lion graphic on the chest, olive chinos, white backdrop, front view.
    # Caption by base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-004",
        caption("a man wearing a black t - shirt with a lion on it"),
        wearing("a black t - shirt with a lion on it", who="he"),
        Q.color("Black"),
        Q.pattern("printed"),
        describe("t-shirt", "black t - shirt with a lion on it"),
        details("t-shirt", "a lion"),
        Q.sleeve_length("short"),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender=M,
    ),
    # photo: blue-and-white gingham check shirt, long sleeves, navy chinos, white backdrop, front view. Caption by the
    # epoch-1 adapter ("The lady", hit the limit), spans by squad2, closed by reference.
    case(
        "X780-005",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and solid color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        color_of("shirt", "lattice patterns", "non_answer", kind="open"),
        Q.color("Blue"),
        Q.pattern("checked"),
        describe("shirt", "The lady wears a long-sleeve shirt with lattice patterns", "pronoun"),
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender=M,
    ),
    # photo: khaki chinos with a white crew-neck tee tucked in, brown belt, brown loafers, cropped below the chin,
    # white backdrop. Caption by base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-006",
        caption("a man wearing a white t - shirt and khaki pants"),
        wearing("a white t - shirt and khaki pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("Khaki"),
        Q.garment_type("chinos"),
        details("pants", "pants", "restated"),
        FIT("regular", "contradiction"),
        is_a("pair of jeans", "no"),
        title="Mast & Harbour Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender=M,
    ),
    # photo: navy chino shorts, grey melange tee, white sneakers, lower-half crop from the chest down, white
    # backdrop. Caption by base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-007",
        caption("a man in grey shirt and blue shorts"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        Q.color("Grey", "other_garment_color"),
        details("shorts", "shorts", "restated"),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        title="Roadster Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender=M,
    ),
    # photo: white pique polo with a small navy embroidered logo, beige chinos, white backdrop, front view. Caption by
    # the epoch-1 adapter (loops on the trousers sentence), spans by squad2, closed by reference.
    case(
        "X780-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. It has a lapel neckline. The "
            "trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        color_of("t-shirt", "", "non_answer", kind="open"),
        Q.color("White"),
        Q.pattern("solid"),
        describe("t-shirt", "short-sleeve T-shirt with pure color patterns. It has a lapel neckline"),
        details(
            "t-shirt",
            "cotton fabric and pure color patterns. The trousers are with cotton fabric and pure color patterns",
            "loop",
        ),
        is_a("t-shirt", "yes"),
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender=M,
    ),
    # photo: black slim jeans, clean look (no rips, light fading on the thighs), white tee, white sneakers, full
    # length, white backdrop. Caption by base BLIP-2 (invents rips), spans by squad2, closed by reference.
    case(
        "X780-009",
        caption("a man wearing ripped black jeans and a white t - shirt", "unsupported"),
        wearing("ripped black jeans and a white t - shirt", "unsupported", who="he"),
        color_of("jeans", "black", kind="open"),
        Q.color("Black"),
        details("jeans", "ripped black jeans", "unsupported"),
        FIT("slim"),
        Q.material("", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="Levis Men 511 Slim Fit Black Jeans",
        category="Jeans",
        color="Black",
        gender=M,
    ),
    # photo: white linen shirt, long sleeves rolled to the elbows, top button open, beige chinos, white backdrop.
    # Caption by the epoch-1 adapter (calls the linen cotton, hit the limit), spans by squad2, closed by reference.
    case(
        "X780-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.material("cotton fabric", "unsupported"),
        Q.sleeve_length("short", "contradiction"),
        Q.color("Beige", "other_garment_color"),
        describe("shirt", "long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.pattern("solid"),
        title="Peter England Casuals Men White Slim Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender=M,
    ),
    # photo: red tee with a white Puma cat logo and PUMA lettering on the chest, black shorts, no watch or band,
    # white backdrop. Caption by the epoch-1 adapter (invents an accessory, hit the limit), spans by squad2.
    case(
        "X780-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a shorts. The shorts are with cotton fabric. There is an "
            "accessory on his wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="he"),
        color_of("t-shirt", "graphic patterns", "non_answer", kind="open"),
        Q.color("Red"),
        Q.pattern("graphic"),
        details("t-shirt", "cotton fabric and its neckline is round"),
        describe("t-shirt", "an accessory on his wrist", "unsupported"),
        title="Puma Men Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender=M,
    ),
    # photo: navy chinos, light pink oxford shirt tucked in, brown belt, brown shoes, white backdrop, full length.
    # Caption by base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-012",
        caption("a man wearing a pink shirt and blue pants"),
        color_of("pants", "blue", kind="open"),
        Q.color("Pink", "other_garment_color"),
        details("pants", "pants", "restated"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.garment_type("jeans", "contradiction"),
        title="Allen Solly Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender=M,
    ),
    # photo: grey melange long-sleeve henley tee with a three-button placket, mid-blue jeans, white backdrop. Caption
    # by base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-013",
        caption("a man wearing a grey long sleeve shirt and jeans"),
        wearing("a grey long sleeve shirt and jeans", who="he"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("long"),
        Q.color("Grey Melange"),
        details("t-shirt", "long sleeve"),
        Q.pattern("solid"),
        title="Jack & Jones Men Grey Melange Solid Henley T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender=M,
    ),
    # photo: red-and-black buffalo check flannel shirt worn open over a black crew tee, blue jeans, white backdrop.
    # Caption by the epoch-1 adapter (runs into a new Question, hit the limit), spans by squad2, closed by reference.
    case(
        "X780-014",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long pants. The pants are with denim fabric. Question: what is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        Q.color("Red"),
        Q.pattern("checked"),
        Q.material("cotton fabric"),
        describe("shirt", "long-sleeve shirt with lattice patterns. The shirt is with cotton fabric"),
        details("shirt", "Question: what is the color of the", "leak"),
        Q.sleeve_length("long"),
        title="Roadster Men Red & Black Regular Fit Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender=M,
    ),
    # photo: charcoal washed denim shorts with rolled hems, white tee, lower-half crop, white backdrop, no props.
    # Caption by base BLIP-2 (invents a skateboard), spans by squad2, closed by reference.
    case(
        "X780-015",
        caption("a man in a white shirt and grey shorts sitting on a skateboard", "unsupported"),
        color_of("shorts", "grey", kind="open"),
        Q.color("White", "other_garment_color"),
        details("shorts", "grey shorts"),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Wrogn Men Charcoal Grey Solid Denim Shorts",
        category="Shorts",
        color="Charcoal",
        gender=M,
    ),
    # photo: mustard yellow crew-neck tee, black jeans, male model, white backdrop, front view. Caption by base BLIP-2
    # ("a woman"), spans by squad2, closed by reference.
    case(
        "X780-016",
        caption("a woman wearing a yellow t - shirt and black jeans", "pronoun"),
        wearing("a yellow t - shirt and black jeans", who="he"),
        color_of("t-shirt", "yellow", kind="open"),
        Q.color("Orange", "contradiction"),
        describe("t-shirt", "yellow t - shirt"),
        Q.sleeve_length("short"),
        title="Mast & Harbour Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender=M,
    ),
    # photo: light blue distressed jeans (small rips at the knees, whiskering), black tee, brown boots, lower-half
    # crop, white backdrop. Caption by the epoch-1 adapter (loops), spans by squad2, closed by reference.
    case(
        "X780-017",
        caption(
            "The gentleman wears a long pants. The pants are with denim fabric and solid color patterns. The "
            "gentleman wears a pants. The pants are with denim fabric and solid color patterns. The gentleman wears "
            "a pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a long pants. The pants are with denim fabric and solid color patterns. The gentleman wears a pants",
            "loop",
            who="he",
        ),
        Q.color("Blue"),
        details(
            "jeans",
            "denim fabric and solid color patterns. The gentleman wears a pants. The pants are with denim fabric and "
            "solid color patterns",
            "loop",
        ),
        Q.material("denim"),
        FIT("slim"),
        is_a("pair of jeans", "yes"),
        title="Spykar Men Light Blue Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender=M,
    ),
    # photo: maroon long-sleeve shirt, buttoned, light grey chinos, white backdrop, front view. Caption by base
    # BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-018",
        caption("a man wearing a red shirt and grey pants"),
        color_of("shirt", "red", kind="open"),
        Q.color("Grey", "other_garment_color"),
        describe("shirt", "a red shirt"),
        details("shirt", "a man", "non_answer"),
        Q.sleeve_length("short", "contradiction"),
        title="Mufti Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender=M,
    ),
    # photo: white tee with black "STAY WILD" lettering on the chest, grey jeans, bare-headed, white backdrop. Caption
    # by base BLIP-2 (invents a cap), spans by squad2, closed by reference.
    case(
        "X780-019",
        caption("a man wearing a white t - shirt that says stay wild and a black cap", "unsupported"),
        wearing("a white t - shirt that says stay wild and a black cap", "unsupported", who="he"),
        Q.color("White"),
        Q.pattern("solid", "contradiction"),
        details("t-shirt", "stay wild"),
        is_a("t-shirt", "yes"),
        title="Wrogn Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender=M,
    ),
    # photo: olive green chinos, navy polo untucked, white sneakers, full length, white backdrop. Caption by the
    # epoch-1 adapter ("The lady", hit the limit), spans by squad2, closed by reference.
    case(
        "X780-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a pair of",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        Q.color("Navy Blue", "other_garment_color"),
        details("pants", "cotton fabric and pure color patterns"),
        describe(
            "pants",
            "long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears a pair of",
            "pronoun",
        ),
        Q.garment_type("trousers"),
        Q.material("cotton fabric"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Indian Terrain Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender=M,
    ),
    # photo: mid-blue denim shirt with two flap chest pockets, long sleeves, over a white tee, black chinos, white
    # backdrop. Caption by base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-021",
        caption("a man wearing a denim shirt with two pockets and black pants"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.material("denim"),
        details("shirt", "two pockets"),
        describe("shirt", "a denim shirt with two pockets and black pants"),
        Q.color("Blue"),
        Q.pattern("checked", "contradiction"),
        title="Flying Machine Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender=M,
    ),
    # photo: bottle green polo with white collar tipping, khaki shorts, empty hands, white backdrop. Caption by base
    # BLIP-2 (invents a racket), spans by squad2, closed by reference.
    case(
        "X780-022",
        caption("a man in a green polo shirt and khaki shorts holding a tennis racket", "unsupported"),
        wearing("a green polo shirt and khaki shorts", who="he"),
        color_of("t-shirt", "green", kind="open"),
        Q.color("Khaki", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        details("t-shirt", "holding a tennis racket", "unsupported"),
        title="Louis Philippe Sport Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender=M,
    ),
    # photo: dark indigo straight-leg jeans, grey tee tucked in, white sneakers, lower-half crop, white studio floor
    # and backdrop. Caption by base BLIP-2 (invents a wooden floor), spans by squad2, closed by reference.
    case(
        "X780-023",
        caption("a pair of dark blue jeans with a grey shirt on a wooden floor", "unsupported"),
        wearing("a pair of dark blue jeans with a grey shirt on a wooden floor", "unsupported", who="he"),
        color_of("jeans", "dark blue", kind="open"),
        Q.color("Navy Blue"),
        details("jeans", "jeans", "restated"),
        FIT("skinny", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Pepe Jeans Men Navy Blue Regular Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender=M,
    ),
    # photo: beige chino shorts, navy-and-white Breton striped tee tucked in, brown belt, lower-half crop from the
    # chest, white backdrop. Caption by the epoch-1 adapter (hit the limit), spans by squad2, closed by reference.
    case(
        "X780-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is a belt. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a shorts. The shorts are with cotton fabric and pure color patterns. There is a belt. The",
            "cut",
            who="he",
        ),
        Q.color("Navy Blue", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        details("shorts", "cotton fabric and pure color patterns"),
        describe(
            "shorts", "a shorts. The shorts are with cotton fabric and pure color patterns. There is a belt. The", "cut"
        ),
        Q.garment_type("shorts"),
        Q.material("cotton fabric"),
        title="Jack & Jones Men Beige Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender=M,
    ),
    # photo: navy tee with thin white horizontal stripes, no pocket, grey chinos, white backdrop. Caption by base
    # BLIP-2 (invents a pocket), spans by squad2, closed by reference.
    case(
        "X780-025",
        caption("a man wearing a blue and white striped shirt with a pocket and grey pants", "unsupported"),
        wearing("a blue and white striped shirt", who="he"),
        color_of("t-shirt", "blue and white", kind="open"),
        Q.pattern("striped"),
        Q.color("White", "contradiction"),
        Q.sleeve_length("short"),
        details("t-shirt", "a pocket", "unsupported"),
        title="Roadster Men Navy & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender=M,
    ),
    # photo: pale yellow short-sleeve shirt with a small navy leaf print all over, white jeans, white backdrop.
    # Caption by the epoch-1 adapter (runs into a new Question), spans by squad2, closed by reference.
    case(
        "X780-026",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long pants. Question: What is the gentleman wearing? Answer: a "
            "short-sleeve shirt. Question",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", who="he"),
        Q.color("Yellow"),
        Q.pattern("printed"),
        describe("shirt", "short-sleeve shirt with floral patterns"),
        details("shirt", "Question: What is the gentleman wearing? Answer: a short-sleeve shirt", "leak"),
        Q.sleeve_length("long", "contradiction"),
        title="Basics Men Yellow Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender=M,
    ),
    # photo: light grey tapered trousers, white shirt tucked in, black belt, black shoes, white backdrop. Caption by
    # base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-027",
        caption("a man in a white shirt and grey pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("Grey"),
        details("pants", "grey pants"),
        Q.garment_type("trousers"),
        Q.material("", "non_answer"),
        is_a("pair of jeans", "no"),
        title="Parx Men Grey Tapered Fit Solid Regular Trousers",
        category="Trousers",
        color="Grey",
        gender=M,
    ),
    # photo: royal blue tee with a white bicycle graphic and "Being Human" lettering, blue jeans, white backdrop.
    # Caption by base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-028",
        caption("a man wearing a blue t - shirt and blue jeans"),
        wearing("a blue t - shirt and blue jeans", who="he"),
        color_of("t-shirt", "blue", kind="open"),
        Q.pattern("printed"),
        details("t-shirt", "blue jeans", "contradiction"),
        describe("t-shirt", "blue t - shirt"),
        title="Being Human Men Blue Printed T-shirt",
        category="Tshirts",
        color="Blue",
        gender=M,
    ),
    # photo: black skinny jeans, white long-sleeve shirt untucked, black chelsea boots, white backdrop. Caption by the
    # epoch-1 adapter (keeps "white", hit the limit), spans by squad2, closed by reference. The row lacks gender.
    case(
        "X780-029",
        caption(
            "The gentleman wears a white long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.color("White", "other_garment_color"),
        details("jeans", "denim fabric and pure color patterns"),
        Q.material("denim fabric"),
        FIT("skinny"),
        describe(
            "jeans", "long pants. The pants are with denim fabric and pure color patterns. The gentleman wears", "cut"
        ),
        title="Lee Men Black Bruce Skinny Fit Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: navy shirt with green-and-white tartan checks, long sleeves, worn open over a grey tee, light blue jeans,
    # white backdrop. Caption by base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-030",
        caption("a man wearing a plaid shirt and jeans"),
        color_of("shirt", "plaid", "non_answer", kind="open"),
        Q.color("Navy Blue"),
        Q.pattern("checked"),
        describe("shirt", "plaid shirt"),
        Q.sleeve_length("long"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Levis Men Navy Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender=M,
    ),
    # photo: charcoal grey tee with a small white Puma logo on the chest, black shorts, white backdrop. Caption by the
    # epoch-1 adapter (loops on the neckline), spans by squad2, closed by reference.
    case(
        "X780-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The neckline of it is round. The neckline of it is round. The neckline of it "
            "is round. The neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        details(
            "t-shirt", "The neckline of it is round. The neckline of it is round. The neckline of it is round", "loop"
        ),
        Q.color("Black", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.material("cotton fabric"),
        title="Puma Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender=M,
    ),
    # photo: blue-and-white small-check cotton shorts, plain white tee, flip-flops, lower-half crop (no face), white
    # backdrop. Caption by base BLIP-2 ("a woman"), spans by squad2, closed by reference. The row lacks category.
    case(
        "X780-032",
        caption("a woman in white t - shirt and blue plaid shorts", "pronoun"),
        color_of("shorts", "blue", kind="open"),
        Q.pattern("striped", "contradiction"),
        details("shorts", "blue plaid shorts"),
        Q.color("Blue"),
        is_a("pair of jeans", "no"),
        title="Highlander Men Blue Checked Regular Fit Shorts",
        color="Blue",
        gender=M,
    ),
    # photo: olive tee, black jeans, empty hands and no bag, white backdrop, front view. Caption by base BLIP-2
    # (invents a backpack), spans by squad2, closed by reference.
    case(
        "X780-033",
        caption("a man wearing an olive green t - shirt and black jeans carrying a backpack", "unsupported"),
        wearing("an olive green t - shirt and black jeans", who="he"),
        color_of("t-shirt", "olive green", kind="open"),
        Q.color("Olive"),
        describe("t-shirt", "olive green t - shirt"),
        Q.material("", "non_answer"),
        Q.garment_type("t-shirt"),
        title="HRX by Hrithik Roshan Men Olive Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender=M,
    ),
    # photo: light pink short-sleeve shirt with a button-down collar, white chinos, white backdrop. Caption by base
    # BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-034",
        caption("a man wearing a pink shirt and white pants"),
        color_of("shirt", "pink", kind="open"),
        Q.sleeve_length("long", "contradiction"),
        describe("shirt", "pink", "non_answer"),
        Q.color("Pink"),
        Q.garment_type("shirt"),
        title="United Colors of Benetton Men Pink Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender=M,
    ),
    # photo: beige slim chinos, white crew tee, white sneakers, cropped at the chin, white backdrop. Caption by the
    # epoch-1 adapter (runs into a new Question pair), spans by squad2, closed by reference. The row lacks color.
    case(
        "X780-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt. The gentleman wears a long trousers. The trousers are with "
            "cotton fabric and pure color patterns. Question: What is the color of the pants? Answer: white. "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "a long trousers. The trousers are with cotton fabric and pure color patterns. Question: What is the "
            "color of the pants? Answer: white",
            "leak",
            who="he",
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("White", "other_garment_color"),
        details("pants", "cotton fabric and pure color patterns"),
        Q.garment_type("chinos"),
        FIT("slim"),
        is_a("pair of jeans", "no"),
        title="Highlander Men Beige Slim Fit Chinos",
        category="Trousers",
        gender=M,
    ),
    # photo: white tee with a red Levi's batwing logo printed on the chest, mid-blue jeans, white backdrop. Caption by
    # base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-036",
        caption("a man wearing a red and white t - shirt with the levi's logo"),
        wearing("a red and white t - shirt with the levi's logo", who="he"),
        Q.color("Red", "contradiction"),
        Q.pattern("printed"),
        details("t-shirt", "the levi's logo"),
        describe("t-shirt", "t - shirt", "restated"),
        Q.sleeve_length("short"),
        title="Levis Men White & Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender=M,
    ),
    # photo: mid-blue regular-fit jeans, navy polo, brown shoes, full length with the face, no sunglasses, white
    # backdrop. Caption by base BLIP-2 (invents sunglasses), spans by squad2, closed by reference.
    case(
        "X780-037",
        caption("a man in a blue polo shirt and blue jeans wearing sunglasses", "unsupported"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "jeans", "restated"),
        FIT("slim", "contradiction"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jeans"),
        title="Wrangler Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender=M,
    ),
    # photo: black long-sleeve shirt, buttoned, olive chinos, white backdrop, front view. Caption by the epoch-1
    # adapter ("The lady", hit the limit), spans by squad2, closed by reference.
    case(
        "X780-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. Her",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        Q.color("Black"),
        describe("shirt", "The lady wears a long-sleeve shirt", "pronoun"),
        Q.sleeve_length("long"),
        Q.material("cotton fabric"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Roadster Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender=M,
    ),
    # photo: black cotton shorts with a small white Puma logo on the leg, grey tee, lower-half crop (no face), white
    # backdrop. Caption by base BLIP-2 ("a woman"), spans by squad2, closed by reference.
    case(
        "X780-039",
        caption("a woman in black shorts and a grey shirt", "pronoun"),
        color_of("shorts", "black", kind="open"),
        Q.color("Grey", "other_garment_color"),
        details("shorts", "black shorts"),
        Q.garment_type("trousers", "contradiction"),
        is_a("pair of shorts", "yes"),
        title="Puma Men Black Solid Regular Fit Shorts",
        category="Shorts",
        color="Black",
        gender=M,
    ),
    # photo: maroon V-neck tee, grey jeans, white backdrop, front view. Caption by the epoch-1 adapter (hit the limit
    # mid-sentence), spans by squad2, closed by reference.
    case(
        "X780-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a V-shape neckline. The gentleman wears a long pants. The pants are with denim fabric and "
            "solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long pants. The pants are with denim fabric and solid color patterns. The", "cut", who="he"),
        details("t-shirt", "V-shape neckline"),
        Q.color("Maroon"),
        Q.sleeve_length("long", "contradiction"),
        Q.pattern("solid"),
        title="Flying Machine Men Maroon Solid V-Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender=M,
    ),
    # photo: white shirt with thin vertical blue stripes, long sleeves, dark indigo jeans, white backdrop. Caption by
    # base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-041",
        caption("a man wearing a blue striped shirt and jeans"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        Q.pattern("striped"),
        describe("shirt", "blue striped shirt"),
        Q.color("White"),
        Q.sleeve_length("long"),
        title="Wrangler Men White & Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender=M,
    ),
    # photo: tan-brown slim chinos, white linen shirt untucked with rolled sleeves, plain white studio backdrop.
    # Caption by base BLIP-2 (invents a wooden door), spans by squad2, closed by reference.
    case(
        "X780-042",
        caption("a man wearing a white shirt and brown pants, standing in front of a wooden door", "unsupported"),
        wearing("a white shirt and brown pants, standing in front of a wooden door", "unsupported", who="he"),
        color_of("pants", "brown", kind="open"),
        Q.color("White", "other_garment_color"),
        details("pants", "standing in front of a wooden door", "unsupported"),
        Q.garment_type("trousers"),
        FIT("slim"),
        title="U.S. Polo Assn. Men Brown Slim Fit Chinos",
        category="Trousers",
        color="Brown",
        gender=M,
    ),
    # photo: navy polo with white collar tipping, khaki chinos, white backdrop. Caption by the epoch-1 adapter (runs
    # into a Question pair), spans by squad2, closed by reference. The row lacks gender.
    case(
        "X780-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. It has a lapel neckline. The "
            "gentleman wears a long trousers with cotton fabric. Question: What is the color of the T-shirt? Answer: "
            "white. Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        Q.color("Navy Blue"),
        details("t-shirt", "lapel neckline"),
        describe("t-shirt", "Answer: white", "leak"),
        Q.garment_type("t-shirt"),
        title="Proline Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: grey slim jeans, black tee, black sneakers, lower-half crop from the chest, white backdrop. Caption by
    # base BLIP-2, spans by squad2, closed by reference.
    case(
        "X780-044",
        caption("a man wearing a black shirt and grey jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.color("Black", "other_garment_color"),
        details("jeans", "grey jeans"),
        FIT("slim"),
        is_a("pair of jeans", "yes"),
        title="Mast & Harbour Men Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender=M,
    ),
    # photo: olive cargo shorts with side flap pockets, black tee, lower-half crop, white backdrop. Caption by the
    # epoch-1 adapter (keeps "black", loops), spans by squad2, closed by reference.
    case(
        "X780-045",
        caption(
            "The gentleman wears a black short-sleeve T-shirt with pure color patterns. The gentleman wears a shorts. "
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.color("Black", "other_garment_color"),
        details(
            "shorts",
            "cotton fabric and pure color patterns. The shorts are with cotton fabric and pure color patterns",
            "loop",
        ),
        Q.garment_type("shorts"),
        Q.material("cotton fabric"),
        is_a("pair of shorts", "yes"),
        title="Roadster Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender=M,
    ),
    # photo: pale peach crew-neck tee, light blue jeans, white backdrop, front view. Caption by base BLIP-2 (calls the
    # peach orange), spans by squad2, closed by reference.
    case(
        "X780-046",
        caption("a man wearing an orange t - shirt and jeans", "contradiction"),
        wearing("an orange t - shirt and jeans", "contradiction", who="he"),
        color_of("t-shirt", "orange", "contradiction", kind="open"),
        Q.color("Peach"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        describe("t-shirt", "t - shirt", "restated"),
        title="Highlander Men Peach Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender=M,
    ),
]
