"""BLIND_1384 (45 products; Myntra men's bottoms worn with tops, base BLIP-2 zero-shot): written blind in the sixty-
fourth session. Measured blind at bfeca02 (the session's second rules): 43/57 failures found (75.4%) and 8/217
correct texts flagged (3.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's jeans, trousers (chinos, formal trousers, cargos), track pants (joggers included,
as Myntra files them) and shorts. Nearly every main shot is a model on a plain grey or white backdrop wearing the
product with a top (t-shirt, shirt, hoodie, jacket); a few are waist-down crops where no face shows, two are back
views, two are flat lays with no person, one has a prop (a basketball) and one a stool. Catalog columns: title,
category (Myntra's article type: Jeans, Trousers, Track Pants, Shorts), color (Myntra's base colour) and gender
(Men); the gender column is missing on one row, the color column on another, as the feed has them.
Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, 8-bit, with no
adapter. The caption is the model's output for an image with no prompt (50 new tokens at most); the answers come
from the experiments' questionnaire in the `Question: ... Answer:` format (30 new tokens at most): "What is he
wearing?", "What is the color of the <garment>?", "What are the <garment> details?", "Describe the <garment>.",
"What is the color of the shirt?", and on some rows "Is this a pair of jeans?". <garment> is "jeans" for Jeans,
"pants" for Trousers and Track Pants, "shorts" for Shorts (the experiments' three nouns). Colors are free
generation, stored as open answers. The base model stops on the newline, so most answers are short; loops, cuts
and prompt leaks are rarer than with the adapters but do happen.
Labeling conventions and judgement calls: judged against the photo I imagined (described in the comment above each
case) and the title. A color answer for the product that gives the top's (or jacket's) color is
`other_garment_color`; a product color that is simply wrong and matches no other garment (dark indigo read as
black, navy read as black) is `contradiction`, on every text that repeats it. A wrong color for the shirt (the top,
not the product), such as the product's own color or the blazer's, is `contradiction`. "What is the color of the
shirt?" answered on a photo with no shirt in frame (flat lay, waist-down crop) is `unsupported`: it invents a
garment. "she"/"a woman" for the male model (crops with no face, a long-haired model) is `pronoun`. Details that
the photo cannot show or that are false (a button fly on a zip-fly jean, back pockets in a front shot, stripes on
a solid track pant, "cotton" on linen, "denim" on chinos, "ripped" on mildly abraded jeans) are `unsupported`.
Details answered with nothing about the garment ("jeans", an empty answer, "they are short", a bare "no", what the
top is) are `non_answer`, and so is "denim" for the color (a material, no hue); the garment's name said back as its
own detail or description ("the jeans are jeans", "a pair of jeans") is `restated`. Knit track pants called jeans
in the "wearing" answer are `contradiction`; flip flops on a man in sneakers are `unsupported`. A details answer
that gives only the color ("the pants are khaki") I leave correct: true, if thin. "What is he wearing?" on a flat
lay answered with the product ("a pair of jeans") I leave correct. Near colors I accept: khaki for beige, white for
cream, orange for rust, green for olive, blue for a denim shirt. A leak keeps its label even when its first words
are right; a cut or a loop that ran to 30 (or 50) tokens has hit_limit=True. About one text in five is wrong here,
fewer than with the adapters: the untuned model answers these short questions on clean studio shots well, and the
"wearing" and shirt-color answers are mostly right; its errors gather on the product's color (the top's color
taken for it) and on details.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def _he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def _color(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1384 = [
    # Model full length on grey, white crew-neck tee, mid-blue skinny jeans, white sneakers. All base model; all right.
    case(
        "X1384-001",
        caption("a man in a white t-shirt and blue jeans"),
        _he("a white t-shirt and jeans"),
        _color("jeans", "blue"),
        details("jeans", "they are skinny"),
        describe("jeans", "blue jeans"),
        _color("shirt", "white"),
        gender="Men",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Olive-green shirt, untucked, black jeans with light whisker fading at the thighs (no rips),
    # brown boots. Base model: the jeans' color is the shirt's; "ripped" is invented.
    case(
        "X1384-002",
        caption("a man in a green shirt and black jeans"),
        _he("a green shirt and black jeans"),
        _color("jeans", "green", "other_garment_color"),
        details("jeans", "they are ripped", "unsupported"),
        describe("jeans", "black jeans with a green shirt"),
        _color("shirt", "green"),
        gender="Men",
        title="HIGHLANDER Men Black Slim Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
    ),
    # White polo t-shirt, navy chinos, tan loafers. Base model: the caption reads navy as black; the answer is right.
    case(
        "X1384-003",
        caption("a man in a white polo shirt and black pants", "contradiction"),
        _he("a white shirt and blue pants"),
        _color("pants", "navy blue"),
        details("pants", "they are slim fit"),
        describe("pants", "navy blue chinos"),
        _color("shirt", "white"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # Red round-neck tee, solid black track pants with an elastic, drawstring waist, black sports shoes.
    # Base model: the pants' color is the tee's; the knit track pants called jeans.
    case(
        "X1384-004",
        caption("a man in a red t-shirt and black pants"),
        _he("a red t-shirt and black jeans", "contradiction"),
        _color("pants", "red", "other_garment_color"),
        details("pants", "they are black"),
        describe("pants", "black track pants with an elastic waistband"),
        _color("shirt", "red"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # White tee, olive cargo shorts with flap pockets on both legs, sneakers. Base model; all right.
    case(
        "X1384-005",
        caption("a man in a white t-shirt and green shorts"),
        _he("shorts and a t-shirt"),
        _color("shorts", "olive"),
        details("shorts", "they have pockets on the sides"),
        describe("shorts", "they are cargo shorts"),
        _color("shirt", "white"),
        gender="Men",
        title="WROGN Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Crop from mid-chest down, no face: grey tee half tucked, light-blue faded jeans. Base model: "a woman" for the
    # male model in the caption.
    case(
        "X1384-006",
        caption("a woman in a grey shirt and blue jeans", "pronoun"),
        _he("a grey t-shirt and jeans"),
        _color("jeans", "light blue"),
        details("jeans", "the jeans are faded"),
        describe("jeans", "light blue jeans"),
        _color("shirt", "grey"),
        gender="Men",
        title="Levis Men 511 Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Black bomber jacket over a white tee, grey jeans, black boots. Base model: jeans given the jacket's black;
    # details says nothing.
    case(
        "X1384-007",
        caption("a man in a black jacket and grey jeans"),
        _he("a black jacket, white shirt and jeans"),
        _color("jeans", "black", "other_garment_color"),
        details("jeans", "jeans", "non_answer"),
        describe("jeans", "the jeans are grey and slim"),
        _color("shirt", "white"),
        gender="Men",
        title="Flying Machine Men Grey Slim Tapered Fit Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Light-blue formal shirt tucked in, beige trousers, brown belt, brown shoes, steel watch on the left wrist, hands
    # in pockets. Base model: the "wearing" answer lists everything and is cut at 30 tokens.
    case(
        "X1384-008",
        caption("a man in a blue shirt and khaki pants"),
        _he(
            "a light blue shirt tucked into khaki pants with a brown belt and brown shoes and a watch on his left "
            "wrist and his hands in",
            "cut",
            hit_limit=True,
        ),
        _color("pants", "khaki"),
        details("pants", "the pants have a belt"),
        describe("pants", "the pants are khaki and they are slim fit"),
        _color("shirt", "blue"),
        gender="Men",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Grey training tee, black shorts with a small white swoosh on the left leg, running shoes. Base model; all right.
    case(
        "X1384-009",
        caption("a man in a grey shirt and black shorts"),
        _he("a grey t-shirt and black shorts"),
        _color("shorts", "black"),
        details("shorts", "they have a nike logo"),
        describe("shorts", "black nike shorts"),
        _color("shirt", "grey"),
        gender="Men",
        title="Nike Men Black Dri-FIT Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Mustard-yellow hoodie, navy joggers with ribbed ankle cuffs, white sneakers. Base model: the pants get the
    # hoodie's yellow, and "yes" to jeans for knit joggers.
    case(
        "X1384-010",
        caption("a man in a yellow hoodie and blue pants"),
        _he("a yellow hoodie and sweatpants"),
        _color("pants", "yellow", "other_garment_color"),
        details("pants", "they have cuffs at the bottom"),
        describe("pants", "the pants are blue and have elastic cuffs"),
        _color("shirt", "yellow"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Regular Fit Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Flat lay on white: khaki chino shorts, front, belt loops and slant pockets visible; no person, no top.
    # Base model: a shirt color for a photo with no shirt.
    case(
        "X1384-011",
        caption("a pair of khaki shorts on a white background"),
        _he("khaki shorts"),
        _color("shorts", "khaki"),
        details("shorts", "the shorts have belt loops"),
        describe("shorts", "khaki shorts with pockets"),
        _color("shirt", "khaki", "unsupported"),
        gender="Men",
        title="U.S. Polo Assn. Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Black graphic tee, blue heavy-fade jeans with a small tear at the right knee, black sneakers. Base model: the
    # description loops to the limit.
    case(
        "X1384-012",
        caption("a man in a black t-shirt and ripped jeans"),
        _he("a black t-shirt with a graphic design and jeans"),
        _color("jeans", "blue"),
        details("jeans", "they are ripped at the knees"),
        describe(
            "jeans",
            "the jeans are ripped and ripped and ripped and ripped and ripped and ripped and ripped and ripped and "
            "ripped and ripped and ripped and",
            "loop",
            hit_limit=True,
        ),
        _color("shirt", "black"),
        gender="Men",
        title="Jack & Jones Men Blue Glenn Slim Fit Mildly Distressed Heavy Fade Jeans",
        category="Jeans",
        color="Blue",
    ),
    # White shirt, sleeves rolled, charcoal flat-front trousers, no belt. Base model: pleats invented.
    case(
        "X1384-013",
        caption("a man in a white shirt and grey pants"),
        _he("a white shirt and grey pants"),
        _color("pants", "grey"),
        details("pants", "the pants have a pleated front", "unsupported"),
        describe("pants", "grey dress pants"),
        _color("shirt", "white"),
        gender="Men",
        title="Peter England Casuals Men Charcoal Grey Slim Fit Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Black tee, grey melange joggers with a small white Puma cat on the left thigh. Base model; all right.
    case(
        "X1384-014",
        caption("a man in a black t-shirt and grey sweatpants"),
        _he("a black t-shirt and grey sweatpants"),
        _color("pants", "grey"),
        details("pants", "they are sweatpants"),
        describe("pants", "grey sweatpants with a puma logo"),
        _color("shirt", "black"),
        gender="Men",
        title="Puma Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Back view: white tee, black jeans, two back pockets, brown leather patch at the waistband. No gender column.
    # Base model; all right.
    case(
        "X1384-015",
        caption("the back of a man in a white t-shirt and black jeans"),
        _he("a white shirt and black jeans"),
        _color("jeans", "black"),
        details("jeans", "the jeans have two back pockets"),
        describe("jeans", "black jeans with a brown leather patch on the back"),
        _color("shirt", "white"),
        title="Mufti Men Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Light-pink shirt, dark-blue super-skinny jeans, tan shoes. Base model: the jeans get the shirt's pink; the
    # description came back empty.
    case(
        "X1384-016",
        caption("a man in a pink shirt and blue jeans"),
        _he("a pink shirt and jeans"),
        _color("jeans", "pink", "other_garment_color"),
        details("jeans", "they are skinny jeans"),
        describe("jeans", "", "non_answer"),
        _color("shirt", "pink"),
        gender="Men",
        title="SPYKAR Men Blue Super Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Open denim shirt over a white tee, olive chinos. Base model: the shirt's denim given to the chinos.
    case(
        "X1384-017",
        caption("a man in a denim shirt and green pants"),
        _he("a denim shirt and pants"),
        _color("pants", "green"),
        details("pants", "the pants are made of denim", "unsupported"),
        describe("pants", "green chinos"),
        _color("shirt", "blue"),
        gender="Men",
        title="Allen Solly Men Olive Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Neon-green tee, navy running shorts with a small white logo on the hem. Base model: the shorts get the tee's
    # color; details says the garment back.
    case(
        "X1384-018",
        caption("a man in a green shirt and blue shorts"),
        _he("a green shirt and blue shorts"),
        _color("shorts", "neon green", "other_garment_color"),
        details("shorts", "the shorts are short", "restated"),
        describe("shorts", "navy blue running shorts with a white logo"),
        _color("shirt", "green"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Rapid-Dry Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Tan suede jacket open over a grey tee, dark-blue jeans, brown boots. Base model: the details answer goes on
    # to write its own next question.
    case(
        "X1384-019",
        caption("a man in a brown jacket and jeans"),
        _he("a brown jacket and jeans"),
        _color("jeans", "dark blue"),
        details("jeans", "the jeans are dark blue Question: what is the color of the jacket? Answer: brown", "leak"),
        describe("jeans", "dark blue jeans"),
        _color("shirt", "grey"),
        gender="Men",
        title="Wrangler Men Dark Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # White tee, grey track pants with a white-and-black tape down each side. Base model: the description loops.
    case(
        "X1384-020",
        caption("a man in a white t-shirt and grey pants with stripes"),
        _he("a white shirt and grey pants"),
        _color("pants", "grey"),
        details("pants", "they have a stripe on the side"),
        describe(
            "pants",
            "grey track pants with white stripes on the side and white stripes on the side and white stripes on the "
            "side and white stripes on the side",
            "loop",
            hit_limit=True,
        ),
        _color("shirt", "white"),
        gender="Men",
        title="Urbano Fashion Men Grey Solid Slim Fit Track Pants with Side Taping",
        category="Track Pants",
        color="Grey",
    ),
    # Lavender formal shirt tucked in, black pressed trousers with a sharp crease, black belt. Base model: details
    # gives back the noun and nothing else.
    case(
        "X1384-021",
        caption("a man in a purple shirt and black pants"),
        _he("a purple shirt and black pants"),
        _color("pants", "black"),
        details("pants", "pants", "non_answer"),
        describe("pants", "black dress pants"),
        _color("shirt", "purple"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Waist-down crop: black cargo trousers with side pockets, white sneakers; only the hem of a grey tee shows.
    # Base model: "a woman" in the caption; the shirt given the sneakers' white.
    case(
        "X1384-022",
        caption("a woman wearing black cargo pants and white sneakers", "pronoun"),
        _he("black pants and white sneakers"),
        _color("pants", "black"),
        details("pants", "they have pockets on the side"),
        describe("pants", "black cargo pants"),
        _color("shirt", "white", "contradiction"),
        gender="Men",
        title="Roadster Men Black Solid Cargos Trousers",
        category="Trousers",
        color="Black",
    ),
    # White Adidas logo tee, navy track pants with three white stripes down each leg. Base model: the pants called
    # white; "track suit" for a tee and pants.
    case(
        "X1384-023",
        caption("a man in a white adidas shirt and blue track pants"),
        _he("an adidas track suit", "unsupported"),
        _color("pants", "white", "other_garment_color"),
        details("pants", "they have three stripes on the side"),
        describe("pants", "blue adidas pants with white stripes"),
        _color("shirt", "white"),
        gender="Men",
        title="ADIDAS Men Navy Blue Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Black leather jacket, white tee, blue jeans with large rips at both knees and the thighs. Base model: "denim"
    # for the color, a material and no hue.
    case(
        "X1384-024",
        caption("a man in a leather jacket and ripped jeans"),
        _he("he is wearing a leather jacket, a white t-shirt and ripped jeans"),
        _color("jeans", "denim", "non_answer"),
        details("jeans", "ripped"),
        describe("jeans", "the jeans are ripped and have a lot of holes"),
        _color("shirt", "white"),
        gender="Men",
        title="WROGN Men Blue Slim Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front view: white linen shirt, rust chinos, white sneakers. Base model: a back-pocket button it cannot see.
    case(
        "X1384-025",
        caption("a man in a white shirt and orange pants"),
        _he("a white shirt and orange pants"),
        _color("pants", "orange"),
        details("pants", "they have a button on the back pocket", "unsupported"),
        describe("pants", "orange pants"),
        _color("shirt", "white"),
        gender="Men",
        title="Being Human Men Rust Slim Fit Solid Chinos",
        category="Trousers",
        color="Rust",
    ),
    # White shirt with a green floral print, blue denim shorts with the hems rolled up (not frayed). Base model: the
    # shorts get the shirt's white; the frayed hem is invented.
    case(
        "X1384-026",
        caption("a man in a floral shirt and denim shorts"),
        _he("a floral shirt and shorts"),
        _color("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts are made of denim"),
        describe("shorts", "blue denim shorts with a frayed hem", "unsupported"),
        _color("shirt", "white"),
        gender="Men",
        title="Mast & Harbour Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Red-and-black checked flannel shirt, black skinny jeans, black boots. Base model: details names the garment.
    case(
        "X1384-027",
        caption("a man in a plaid shirt and black jeans"),
        _he("a red and black plaid shirt and black jeans"),
        _color("jeans", "black"),
        details("jeans", "the jeans are jeans", "restated"),
        describe("jeans", "black skinny jeans"),
        _color("shirt", "red"),
        gender="Men",
        title="Killer Men Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Black tee, beige joggers with a white drawstring, white sneakers. Base model: the pants get the tee's black in
    # the caption and the color answer; the other answers have them right.
    case(
        "X1384-028",
        caption("a man in a black t-shirt and black pants", "other_garment_color"),
        _he("a black shirt and khaki pants"),
        _color("pants", "black", "other_garment_color"),
        details("pants", "the pants have a drawstring"),
        describe("pants", "beige joggers with a drawstring"),
        _color("shirt", "black"),
        gender="Men",
        title="HIGHLANDER Men Beige Solid Slim Fit Joggers",
        category="Track Pants",
        color="Beige",
    ),
    # Flat lay on white: blue 512 jeans, front, zip fly (closed), no person, no top. Base model: a button fly and a
    # shirt that are not there.
    case(
        "X1384-029",
        caption("a pair of blue jeans on a white background"),
        _he("a pair of jeans"),
        _color("jeans", "blue"),
        details("jeans", "the jeans have a button fly", "unsupported"),
        describe("jeans", "blue jeans"),
        _color("shirt", "blue", "unsupported"),
        gender="Men",
        title="Levis Men Blue 512 Slim Tapered Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Navy tee, grey melange lounge shorts with a drawstring, white sneakers. Base model: flip flops invented;
    # details says only what shorts are.
    case(
        "X1384-030",
        caption("a man in a blue shirt and grey shorts"),
        _he("a navy blue t-shirt, grey shorts and flip flops", "unsupported"),
        _color("shorts", "grey"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "grey shorts with a drawstring"),
        _color("shirt", "navy blue"),
        gender="Men",
        title="Jockey Men Grey Melange Straight Fit Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # White formal shirt, navy trousers with a faint check, black shoes. Front view. Base model: the description runs
    # to 30 tokens and stops mid-phrase.
    case(
        "X1384-031",
        caption("a man in a white shirt and blue pants"),
        _he("a white shirt and blue pants"),
        _color("pants", "blue"),
        details("pants", "the pants are plaid"),
        describe(
            "pants",
            "the pants are navy blue with a checkered pattern and a flat front, they have two side pockets and two "
            "back pockets with a button on the",
            "cut",
            hit_limit=True,
        ),
        _color("shirt", "white"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Oversized white tee with black text print, black shorts. Base model: details describes the tee instead.
    case(
        "X1384-032",
        caption("a man in a white t-shirt and black shorts"),
        _he("a white t-shirt with black writing and black shorts"),
        _color("shorts", "black"),
        details("shorts", "he is wearing a white t-shirt", "non_answer"),
        describe("shorts", "black shorts"),
        _color("shirt", "white"),
        gender="Men",
        title="Campus Sutra Men Black Solid Regular Fit Shorts",
        category="Shorts",
        color="Black",
    ),
    # Light-grey sweatshirt, dark-blue jeans, hands in pockets. Base model: the jeans get the sweatshirt's grey.
    case(
        "X1384-033",
        caption("a man in a grey sweater and blue jeans with his hands in his pockets"),
        _he("a grey sweater and jeans"),
        _color("jeans", "grey", "other_garment_color"),
        details("jeans", "they are slim"),
        describe("jeans", "the jeans are blue"),
        _color("shirt", "grey"),
        is_a("pair of jeans", "yes"),
        gender="Men",
        title="Pepe Jeans Men Blue Slim Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Cream short-sleeve shirt, brown linen trousers with a drawstring waist, sandals. Base model: "cotton" for linen.
    case(
        "X1384-034",
        caption("a man in a white shirt and brown pants"),
        _he("a white shirt and brown pants"),
        _color("pants", "brown"),
        details("pants", "the pants are made of cotton", "unsupported"),
        describe("pants", "brown pants"),
        _color("shirt", "white"),
        gender="Men",
        title="Bene Kleed Men Brown Relaxed Fit Linen Trousers",
        category="Trousers",
        color="Brown",
    ),
    # White tee, black track pants with a red panel down each side. Base model; all right.
    case(
        "X1384-035",
        caption("a man in a white shirt and black and red pants"),
        _he("a white shirt and black track pants"),
        _color("pants", "black and red"),
        details("pants", "they have a red stripe on the side"),
        describe("pants", "black and red track pants"),
        _color("shirt", "white"),
        gender="Men",
        title="Kappa Men Black Solid Track Pants with Contrast Side Panel",
        category="Track Pants",
        color="Black",
    ),
    # Seated on a wooden stool: black tee, grey jeans, white sneakers. Base model: details loops to the limit.
    case(
        "X1384-036",
        caption("a man sitting on a stool wearing grey jeans"),
        _he("a black t-shirt and grey jeans"),
        _color("jeans", "grey"),
        details(
            "jeans",
            "the jeans are grey, the jeans are grey, the jeans are grey, the jeans are grey, the jeans are grey, the",
            "loop",
            hit_limit=True,
        ),
        describe("jeans", "grey jeans"),
        _color("shirt", "black"),
        gender="Men",
        title="Roadster Men Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Navy blazer over a white tee, khaki chinos, brown loafers. Base model: the blazer's blue given to the chinos and
    # to the shirt.
    case(
        "X1384-037",
        caption("a man in a blue jacket and khaki pants"),
        _he("a blue blazer, white t-shirt and khaki pants"),
        _color("pants", "blue", "other_garment_color"),
        details("pants", "the pants are khaki"),
        describe("pants", "khaki chinos"),
        _color("shirt", "blue", "contradiction"),
        gender="Men",
        title="Arrow Sport Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Waist-down crop, no top in frame: black track pants with zipped side pockets, grey running shoes. Base model:
    # the caption's "a person" is fine; a shirt color with no shirt in frame.
    case(
        "X1384-038",
        caption("a person in black pants and sneakers"),
        _he("black pants"),
        _color("pants", "black"),
        details("pants", "they have a zipper pocket"),
        describe("pants", "black sweatpants"),
        _color("shirt", "black", "unsupported"),
        gender="Men",
        title="Proline Active Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Black shirt, cream chinos, tan loafers. No color column in the feed. Base model: a bare "no" to an open
    # question.
    case(
        "X1384-039",
        caption("a man in a black shirt and white pants"),
        _he("a black shirt and white pants"),
        _color("pants", "white"),
        details("pants", "no", "non_answer"),
        describe("pants", "white pants"),
        _color("shirt", "black"),
        gender="Men",
        title="Mufti Men Cream Slim Fit Solid Chinos",
        category="Trousers",
    ),
    # Back view: blue tee, black chino shorts with two welt back pockets. Base model: the shorts get the tee's blue;
    # the description keeps writing the questionnaire until the limit.
    case(
        "X1384-040",
        caption("a man in a blue shirt and black shorts from behind"),
        _he("a blue shirt and black shorts"),
        _color("shorts", "blue", "other_garment_color"),
        details("shorts", "the shorts have two pockets on the back"),
        describe(
            "shorts",
            "black shorts Question: what is the color of the shirt? Answer: blue Question: what is the color of the "
            "shoes? Answer",
            "leak",
            hit_limit=True,
        ),
        _color("shirt", "blue"),
        gender="Men",
        title="Jack & Jones Men Black Slim Fit Chino Shorts",
        category="Shorts",
        color="Black",
    ),
    # White shirt, very dark indigo (rinse) jeans under studio light, brown shoes. Base model: reads them as black in
    # the caption, the color answer and the description.
    case(
        "X1384-041",
        caption("a man in a white shirt and black jeans", "contradiction"),
        _he("a white shirt and jeans"),
        _color("jeans", "black", "contradiction"),
        details("jeans", "they are dark"),
        describe("jeans", "black jeans", "contradiction"),
        _color("shirt", "white"),
        gender="Men",
        title="Pepe Jeans Men Navy Blue Regular Fit Rinse Wash Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # White tee, olive joggers with an elastic waistband and cuffed ankles. Base model: the shirt given the joggers'
    # green.
    case(
        "X1384-042",
        caption("a man in a white t-shirt and green pants"),
        _he("a white shirt and green sweatpants"),
        _color("pants", "green"),
        details("pants", "they have an elastic waistband"),
        describe("pants", "olive green joggers"),
        _color("shirt", "green", "contradiction"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Solid Training Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Male model with shoulder-length hair, grey hoodie, black tapered jeans. Base model: "a woman" in the caption;
    # the description says only that they are jeans.
    case(
        "X1384-043",
        caption("a woman with long hair in a grey hoodie and black jeans", "pronoun"),
        _he("a grey hoodie and black jeans"),
        _color("jeans", "black"),
        details("jeans", "they are tapered"),
        describe("jeans", "a pair of jeans", "restated"),
        _color("shirt", "grey"),
        gender="Men",
        title="Levis Men Black 512 Slim Tapered Fit Jeans",
        category="Jeans",
        color="Black",
    ),
    # White tee, blue-and-white checked lounge shorts. Base model: the shirt given the shorts' blue.
    case(
        "X1384-044",
        caption("a man in a white t-shirt and plaid shorts"),
        _he("a white t-shirt and shorts"),
        _color("shorts", "blue and white"),
        details("shorts", "they are plaid"),
        describe("shorts", "blue and white plaid shorts"),
        _color("shirt", "blue", "contradiction"),
        gender="Men",
        title="Sweet Dreams Men Blue Checked Lounge Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Red tee, solid navy track pants (no stripes), holding a basketball on one hip. Base model: the pants get the
    # tee's red; stripes invented.
    case(
        "X1384-045",
        caption("a man in a red shirt holding a basketball"),
        _he("a red shirt and blue pants"),
        _color("pants", "red", "other_garment_color"),
        details("pants", "they have white stripes", "unsupported"),
        describe("pants", "blue track pants"),
        _color("shirt", "red"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
]
