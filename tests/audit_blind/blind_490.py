"""BLIND_490 (46 products; men's jeans, chinos, trousers, track pants, joggers, cargos and shorts): written blind in the
forty-ninth session. Measured blind at f428a19 (the session's rules as they stood): 103/118 failures found (87.3%)
and 5/147 correct texts flagged (3.4%). The writer's notes, verbatim:

Scenario: a Myntra English catalog feed of men's bottoms, one night's batch: jeans (slim, skinny, relaxed,
distressed, raw indigo), chinos, formal trousers (plain, pleated, checked), track pants and joggers (side stripes,
colour-blocked panels, fleece, printed), cargo pants and cargo joggers, and shorts (chino, denim, cargo, camouflage,
lounge, running, swim, three-fourth). Models wear t-shirts, polos, shirts, hoodies, sweaters and jackets with them,
often in another color, in front of plain studio backdrops, a brick wall, a painted sky, with a stool, a chair or a
basketball. Some photos are cropped at the waist, one is a back view. Each row has the seller's title, category,
color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase "a man in a white
t-shirt and blue jeans") unless the comment says the caption adapter wrote them (the DeepFashion template, "The
gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. ..."). The caption adapter has no
end token: its texts run to the limit (50 new tokens for captions, 30 for answers), carry hit_limit=True, and it
returns its template to any question. The VQA adapter (In-shop pairs, also no end token) answers with a class name or
a color and then repeats it or runs on into a new "Question: ... Answer:" turn, always to the limit. The open
questions (the experiments' own: What is he wearing? What is the color of the jeans / pants / shorts? Describe the
jeans. What are the pants details?, plus the material question) come from the base model unless the comment names an
adapter; the base model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern,
fit, the t-shirt / shirt / jacket color, "Is this a pair of jeans?") are enrich's `--engine reference` answers,
chosen from candidate sets; they never loop or hit a limit, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue or dark blue for navy and indigo, grey for charcoal and
  grey melange, beige, tan or brown for khaki and beige, green for olive, cream or white for off white, orange or
  brown for rust, red for maroon. Navy called black is contradiction, and so is maroon called purple.
- The color of another garment in the photo (the tee, the shirt, the hoodie, the jacket, the sweater) given as the
  bottoms' color is other_garment_color, in open and closed answers alike. A color that belongs to no garment (the
  brick wall, the basketball, the white palm-tree print on navy swim shorts, the red side panels of navy
  colour-blocked track pants) is contradiction.
- Garment synonyms count as correct: pants, trousers, sweatpants, joggers and chinos for one another, capri pants
  for three-fourth shorts, jean shorts for denim shorts, swim trunks for swim shorts, "kurta pajama" for linen
  trousers under a kurta, "a suit" in an open text for formal trousers worn with a matching blazer. The closed
  garment_type is about the product: "jeans" for chinos, cargos or denim shorts, "suit", "jacket" or "t-shirt" for
  trousers, joggers or shorts are contradiction; so is "yes" to "Is this a pair of jeans?" for shorts. The
  pattern of the shirt given as the bottoms' pattern (checked, striped) is contradiction; pleats as "striped" too.
- Side stripes on track pants: "striped" is correct (the stripes are on the product); a small print on joggers is
  "printed". Camouflage print answered "camouflage" is correct.
- Materials: denim for jeans and denim shorts, cotton for chinos, joggers, cargos and lounge shorts, polyester for
  dri-fit running shorts, and any material the title names (linen, fleece) are correct. A material neither named nor
  visible (wool on formal trousers, leather on chinos, denim on cotton cargo shorts) is unsupported. A material
  question answered with the garment's name and color ("grey checked trousers") is restated.
- Invented items or details the photo does not show (a watch, a chain, a belt hidden under a sweater, ankle zips, a
  drawstring on button chinos, a zip on a back pocket) are unsupported.
- "a woman", "she" or "her" for a man (gender Men), including on photos cropped at the waist where no face shows,
  is pronoun; the caption adapter's "The lady wears ..." for a man is pronoun too (hit_limit kept), as the auditor
  sees the wrong person before the cut.
- Caption adapter texts are all failures: one that repeats a template sentence is loop, one that stops mid-sentence
  without repeating is cut. Its template returned for a color question is non_answer (no color is given); returned
  for "What is he wearing?" or a details question it does answer, so it is cut or loop. Where the template misnames
  the product (a "long pants" for shorts), that is contradiction, hit_limit kept.
- VQA adapter texts: a class name or color repeated to the limit is loop; one that runs into a new "Question: ...
  Answer:" turn is leak. Base answers that run on into "Question: ... Answer: ..." are leak, even when the first
  words are right.
- A base answer that stops early on a dangling word ("a navy blue polo shirt and", "it is made of") is cut, without
  hit_limit. An empty answer, "they are short" for the shorts' details, "the pants are pants", "shorts" and
  "nothing" for details are non_answer; the question echoed back ("what are the pants details") is restated.
- Long but right answers ("the color of the pants is grey"), an outfit named without the product (the caption of a
  seated man in a sweater) and one color for a tee and shorts that really are both black are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
fit = question("fit", "What is the fit of the pants?", "closed")


def he(text, failure=None, hit_limit=False):
    """The experiments' "What is he wearing?"."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def colour(garment, text, failure=None, hit_limit=False):
    """The experiments' color question, free generation (open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_490 = [
    # photo: model in mid-blue slim jeans, white crew-neck tee, white sneakers, light grey backdrop, full front view.
    # no adapter texts
    case(
        "X490-001",
        caption("a man in a white t-shirt and blue jeans"),
        he("a white t-shirt and blue jeans"),
        colour("jeans", "blue"),
        describe("jeans", "they are blue and slim with a hole in the knee", "unsupported"),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black jeans, grey hooded sweatshirt, red brick wall backdrop, front view.
    # caption: caption adapter
    case(
        "X490-002",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
            "with cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        he("a grey hoodie and black jeans"),
        colour("jeans", "grey", "other_garment_color"),
        details("jeans", "they have a five pocket design Question: What are the jeans made of? Answer: denim", "leak"),
        B.color("black"),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Men Black 511 Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy chinos, white oxford shirt tucked in, brown belt, brown loafers, white backdrop.
    # details: caption adapter
    case(
        "X490-003",
        caption("a man wearing a white shirt and navy pants"),
        he("a white shirt and white pants", "other_garment_color"),
        colour("pants", "black", "contradiction"),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a long-sleeve shirt with "
            "pure color patterns and a long",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("blue"),
        title="HIGHLANDER Men Navy Blue Tapered Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey formal trousers, light blue formal shirt tucked in, black belt, grey backdrop, cropped at
    # the chest. caption: caption adapter
    case(
        "X490-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric. The gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        he("a blue shirt and grey pants"),
        colour("pants", "blue", "other_garment_color"),
        B.material("wool", "unsupported"),
        B.color("grey"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black track pants with one white side stripe and a white drawstring, black tee, white sneakers, white
    # backdrop. color of the pants: VQA adapter
    case(
        "X490-005",
        caption("a man in a black t-shirt and black track pants"),
        he("black sweatpants with a white stripe Question: What is the color of the shoes? Answer: white", "leak"),
        colour(
            "pants",
            "black black black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        details("pants", "they have a white stripe on the side and a drawstring"),
        B.pattern("striped"),
        B.color("black"),
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange joggers with ribbed cuffs, navy hoodie, side view, grey backdrop.
    # no adapter texts
    case(
        "X490-006",
        caption("a woman in a blue hoodie and grey sweatpants", "pronoun"),
        he("a blue hoodie and grey joggers"),
        colour("pants", "blue", "other_garment_color"),
        B.garment_type("pants"),
        B.color("grey"),
        title="Puma Men Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive cargo trousers with flap pockets on the thighs, black tee, white backdrop, front view.
    # caption: caption adapter
    case(
        "X490-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        he("a black shirt and green cargo pants"),
        colour("pants", "black", "other_garment_color"),
        details("pants", "they have pockets on the sides and a zipper on the front"),
        B.garment_type("jeans", "contradiction"),
        B.color("green"),
        title="WROGN Men Olive Green Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: navy chino shorts above the knee, white polo shirt, white backdrop.
    # no adapter texts
    case(
        "X490-008",
        caption("a man in a white polo shirt and blue shorts"),
        he("shorts and a polo shirt"),
        colour("shorts", "white", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        B.garment_type("shorts"),
        B.color("blue"),
        title="Nautica Men Navy Solid Regular Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light blue skinny jeans ripped at the knees, black leather jacket over a white tee, grey backdrop.
    # no adapter texts
    case(
        "X490-009",
        caption("a man in a black leather jacket and ripped jeans"),
        he("a leather jacket, white shirt and ripped jeans"),
        describe("jeans", "the jeans are ripped at the knees and have a light wash"),
        colour("jeans", "black", "other_garment_color"),
        details("jeans", "they have a chain on the side", "unsupported"),
        B.material("denim"),
        title="Mast & Harbour Men Blue Skinny Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki chinos with button and belt loops, navy half-sleeve shirt untucked, model sitting on a wooden
    # stool, white backdrop. no adapter texts
    case(
        "X490-010",
        caption("a man sitting on a stool in a blue shirt and khaki pants"),
        he("a blue shirt and blue pants", "other_garment_color"),
        colour("pants", "beige"),
        details("pants", "the pants have a drawstring at the waist", "unsupported"),
        B.color("brown"),
        title="Allen Solly Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: back view of black slim jeans, white shirt half tucked, leather brand patch above the right back pocket,
    # white backdrop. caption: caption adapter; wearing: VQA adapter
    case(
        "X490-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns. The pants are with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        he(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        colour("jeans", "black"),
        describe("jeans", "the jeans have two back pockets with a leather patch"),
        B.color("white", "other_garment_color"),
        title="Jack & Jones Men Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: beige cotton shorts, pink and white striped short-sleeve shirt, model leaning on a white wall next to a
    # potted plant. no adapter texts
    case(
        "X490-012",
        caption("a man in a pink striped shirt and beige shorts standing next to a plant"),
        he("a pink and white striped shirt and shorts"),
        colour("shorts", "pink", "other_garment_color"),
        details("shorts", "shorts", "non_answer"),
        B.pattern("striped", "contradiction"),
        B.color("beige"),
        title="U.S. Polo Assn. Men Beige Regular Fit Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: black formal trousers, white formal shirt, matching black blazer, black formal shoes, grey backdrop,
    # full view. details: caption adapter
    case(
        "X490-013",
        caption("a man in a black suit and white shirt"),
        he("a suit"),
        colour("pants", "black"),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("suit", "contradiction"),
        B.color("black"),
        title="Van Heusen Men Black Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: camouflage cargo shorts (olive, brown and khaki), black tee, white backdrop.
    # no adapter texts
    case(
        "X490-014",
        caption("a man in a black t-shirt and camouflage shorts"),
        he("camo shorts and a black t-shirt"),
        colour("shorts", "green"),
        details("shorts", "they have pockets on the side and camouflage print"),
        B.pattern("camouflage"),
        B.material("denim", "unsupported"),
        title="Kook N Keech Men Camouflage Printed Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: cropped from the waist down, light blue relaxed jeans, white sneakers, white backdrop, no face.
    # no adapter texts
    case(
        "X490-015",
        caption("a woman's legs in blue jeans and white sneakers", "pronoun"),
        he("blue jeans and white sneakers"),
        colour("jeans", "blue Question: What is the color of the shoes? Answer: white", "leak"),
        describe("jeans", "they are loose and light blue"),
        fit("relaxed"),
        title="Campus Sutra Men Blue Relaxed Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: rust slim chinos, white tee, blue denim jacket open, grey backdrop.
    # no adapter texts
    case(
        "X490-016",
        caption("a man in a denim jacket and orange pants"),
        he("a jean jacket, a white shirt and brown pants"),
        colour("pants", "blue", "other_garment_color"),
        describe("pants", "the pants are slim fit with a", "cut"),
        B.color("orange"),
        B.garment_type("jeans", "contradiction"),
        title="Dennis Lingo Men Rust Slim Fit Chinos",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: navy track pants with three white stripes down each side, white tee, white backdrop, hems plain.
    # caption: caption adapter
    case(
        "X490-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and stripe patterns. The T-shirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a white t-shirt and blue adidas pants"),
        colour("pants", "black", "contradiction"),
        details("pants", "the pants have a zipper at the bottom of each leg", "unsupported"),
        B.pattern("striped"),
        B.color("blue"),
        title="Adidas Men Navy Blue Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey joggers, black tee, white sneakers, model in a walking pose, grey backdrop.
    # no adapter texts
    case(
        "X490-018",
        caption("a man in a black t-shirt and grey joggers walking"),
        he("", "non_answer"),
        details("pants", "what are the pants details", "restated"),
        colour("pants", "grey"),
        B.color("black", "other_garment_color"),
        title="Roadster Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: dark indigo raw jeans with rolled cuffs, grey tee, brown leather boots, white backdrop.
    # description: VQA adapter
    case(
        "X490-019",
        caption("a man in a grey t-shirt and dark blue jeans with brown boots"),
        he("a grey shirt and grey jeans", "other_garment_color"),
        describe(
            "jeans",
            "denim Question: Is this a denim? Answer: yes Question: Is this a denim? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        colour("jeans", "navy"),
        B.color("black", "contradiction"),
        title="Levis Men Indigo 505 Regular Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white linen relaxed trousers under a long light blue kurta, bare feet, beige backdrop.
    # description: caption adapter
    case(
        "X490-020",
        caption("a man in a blue kurta and white pants"),
        he("kurta pajama"),
        colour("pants", "cream"),
        describe(
            "pants",
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The gentleman wears "
            "a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        B.material("linen"),
        B.color("blue", "other_garment_color"),
        title="FABINDIA Men Off White Linen Relaxed Trousers",
        category="Trousers",
        color="Off White",
        gender="Men",
    ),
    # photo: black running shorts with a small white swoosh, grey tank top, white backdrop.
    # details: VQA adapter
    case(
        "X490-021",
        caption("a man in a grey tank top and grey shorts", "other_garment_color"),
        he("a tank top and shorts"),
        colour("shorts", "grey", "other_garment_color"),
        details(
            "shorts",
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        B.material("polyester"),
        B.color("black"),
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: navy formal trousers, light pink formal shirt tucked in, brown belt, grey backdrop.
    # caption, details: caption adapter
    case(
        "X490-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        he("a pink shirt and blue pants"),
        colour("pants", "pink", "other_garment_color"),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long-sleeve shirt "
            "with pure color patterns and a",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        title="Arrow Men Navy Blue Tailored Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey joggers with a small cartoon dog print on the left thigh, white tee with a large cartoon graphic on
    # the chest, white backdrop. no adapter texts
    case(
        "X490-023",
        caption("a man in a white t-shirt with a cartoon on it and grey sweatpants"),
        he("a white t-shirt and grey joggers"),
        describe("pants", "the pants are grey with a picture of a dog on the leg"),
        colour("pants", "grey"),
        B.material("grey joggers", "restated"),
        B.color("white", "other_garment_color"),
        title="Bewakoof Men Grey Printed Joggers",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: long-haired male model in mid-blue straight jeans, black tee, white backdrop, front view.
    # no adapter texts
    case(
        "X490-024",
        caption("a young woman with long hair in a black shirt and blue jeans", "pronoun"),
        he("black t-shirt, blue jeans"),
        describe("jeans", "she is wearing blue jeans", "pronoun"),
        colour("jeans", "blue"),
        details("jeans", "", "non_answer"),
        B.garment_type("jeans"),
        title="Flying Machine Men Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki knee-length cargo shorts, olive tee, brown sandals, painted blue sky backdrop.
    # no adapter texts
    case(
        "X490-025",
        caption("a man in khaki shorts standing in front of a blue sky"),
        he("shorts and a green t-shirt Question: What is the color of the shorts? Answer: khaki", "leak"),
        colour("shorts", "green", "other_garment_color"),
        details("shorts", "cargo pockets"),
        B.color("beige"),
        title="Jack & Jones Men Khaki Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: beige pleated formal trousers, white shirt, brown shoes, grey backdrop.
    # caption: caption adapter
    case(
        "X490-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric. The shirt is with cotton fabric. The trousers",
            "loop",
            hit_limit=True,
        ),
        he("white shirt and tan pants"),
        colour("pants", "white", "other_garment_color"),
        details("pants", "they have pleats in the front"),
        B.pattern("striped", "contradiction"),
        B.color("beige"),
        title="Peter England Men Beige Pleated Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black cargo joggers with cuffed ankles and side pockets, white hoodie, white sneakers, red brick wall.
    # details: VQA adapter
    case(
        "X490-027",
        caption("a man in a white hoodie and black pants standing in front of a brick wall"),
        he("white hoodie and black cargo pants"),
        colour("pants", "red", "contradiction"),
        details(
            "pants",
            "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.material("nylon", "unsupported"),
        title="Urbano Fashion Men Black Cargo Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: light blue washed denim shorts with frayed hems, white linen shirt open over a grey tee that covers the
    # waistband, white backdrop. no adapter texts
    case(
        "X490-028",
        caption("a man in denim shorts and a white shirt over a grey t-shirt"),
        he("jean shorts"),
        colour("shorts", "grey", "other_garment_color"),
        details("shorts", "frayed hem and a brown leather belt", "unsupported"),
        B.garment_type("jeans", "contradiction"),
        B.material("denim"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: light blue chinos, navy polo, white sneakers, white backdrop.
    # no adapter texts
    case(
        "X490-029",
        caption("a man in a navy polo shirt and light blue pants"),
        he("polo shirt and chinos"),
        colour("pants", "navy", "other_garment_color"),
        details("pants", "the pants have a belt loop and a", "cut"),
        B.material("cotton"),
        B.color("blue"),
        title="Louis Philippe Sport Men Blue Slim Fit Chinos",
        category="Trousers",
        color="Blue",
        gender="Men",
    ),
    # photo: navy track pants with red panels down the sides, grey tee, white backdrop.
    # wearing: VQA adapter
    case(
        "X490-030",
        caption("a man in a grey t-shirt and blue and red track pants"),
        he(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        colour("pants", "red", "contradiction"),
        details("pants", "the pants are pants", "non_answer"),
        B.pattern("color block"),
        B.color("blue"),
        title="Alcis Men Navy Blue & Red Colourblocked Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-blue slim taper jeans, black tee tucked in, one hand in a pocket, white backdrop.
    # caption: caption adapter
    case(
        "X490-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim",
            "pronoun",
            hit_limit=True,
        ),
        he("black t-shirt and blue jeans"),
        colour("jeans", "blue"),
        B.color("black", "other_garment_color"),
        fit("slim"),
        color_tshirt("black"),
        title="Levis Men Blue 512 Slim Taper Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey washed slim jeans, white tee, olive bomber jacket, white backdrop. feed row has no gender.
    # no adapter texts
    case(
        "X490-032",
        caption("a man in an olive jacket, white t-shirt and grey jeans"),
        he("a green jacket and grey jeans"),
        colour("jeans", "green", "other_garment_color"),
        color_jacket("green"),
        describe("jeans", "the jeans are grey and slim with a faded wash"),
        B.material("it is made of", "cut"),
        B.garment_type("jacket", "contradiction"),
        title="Mast & Harbour Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
    ),
    # photo: black chinos, white shirt with sleeves rolled up, bare wrists, white backdrop.
    # no adapter texts
    case(
        "X490-033",
        caption("a man in a white shirt and black pants with a watch", "unsupported"),
        he("a white shirt and black pants"),
        details("pants", "they have a zipper on the back pocket", "unsupported"),
        colour("pants", "black"),
        B.color("black"),
        B.material("leather", "unsupported"),
        title="Highlander Men Black Slim Fit Chinos",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: dark blue skinny jeans, white shirt, grey backdrop.
    # no adapter texts
    case(
        "X490-034",
        caption("a man in a white shirt and dark blue jeans"),
        describe(
            "jeans",
            "the jeans are dark blue and skinny Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        he("jeans"),
        colour("jeans", "dark blue"),
        B.color("blue"),
        title="WROGN Men Blue Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: olive chinos, red and black checked flannel shirt open over a black tee, white backdrop.
    # no adapter texts
    case(
        "X490-035",
        caption("a man in a red and black plaid shirt and green pants"),
        he("a plaid shirt, a black t-shirt and olive pants"),
        colour("pants", "red", "other_garment_color"),
        B.pattern("checked", "contradiction"),
        B.color("black", "other_garment_color"),
        color_shirt("red"),
        title="Dennis Lingo Men Olive Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black track pants with a small white logo on the thigh, black track jacket zipped up, white backdrop.
    # caption, wearing, color of the pants: caption adapter
    case(
        "X490-036",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        colour(
            "pants",
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. The",
            "non_answer",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("jacket", "contradiction"),
        title="Puma Men Black Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange lounge shorts with a drawstring and side pockets, white tee, white backdrop.
    # caption: caption adapter
    case(
        "X490-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and grey shorts"),
        colour("shorts", "grey"),
        details("shorts", "the shorts have a drawstring waist and a zipper", "unsupported"),
        B.color("grey"),
        B.material("grey shorts", "restated"),
        title="Red Tape Men Grey Melange Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mid-blue clean-look jeans, red polo shirt, grey backdrop.
    # wearing: VQA adapter
    case(
        "X490-038",
        caption("a man in a red polo shirt and blue jeans"),
        he(
            "denim Question: What is the color of the denim? Answer: blue Question: What is the color of the denim? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        colour("jeans", "red", "other_garment_color"),
        describe("jeans", "blue jeans"),
        is_a("jeans", "yes", article="a pair of"),
        title="Spykar Men Blue Slim Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey formal trousers with a faint light check (Prince of Wales), white shirt, black shoes, grey
    # backdrop. no adapter texts
    case(
        "X490-039",
        caption("a man in a white shirt and grey pants"),
        he("he is wearing a shirt and pants"),
        details("pants", "the pants have a checkered pattern"),
        colour("pants", "the color of the pants is grey"),
        B.pattern("checked"),
        B.color("grey"),
        B.material("grey checked trousers", "restated"),
        title="Louis Philippe Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy fleece joggers, grey crew sweatshirt, white sneakers, orange basketball held at the hip, grey
    # backdrop. no adapter texts
    case(
        "X490-040",
        caption("a man holding a basketball wearing a grey sweatshirt and blue pants"),
        he("sweatpants and a sweatshirt"),
        colour("pants", "grey", "other_garment_color"),
        details("pants", "nothing", "non_answer"),
        B.color("orange", "contradiction"),
        B.material("fleece"),
        title="Nike Men Navy Blue Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black three-fourth shorts ending below the knee, white tee, white backdrop.
    # details: caption adapter
    case(
        "X490-041",
        caption("a man in a white t-shirt and black capri pants"),
        he("black shorts"),
        colour("shorts", "white", "other_garment_color"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Jack & Jones Men Black Three-Fourth Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: black cotton cargo trousers with big thigh pockets, grey tee, black cap, white backdrop.
    # no adapter texts
    case(
        "X490-042",
        caption("a man in a black cap, grey t-shirt and black cargo pants"),
        he("a hat and cargo pants"),
        details("pants", "her pants have big pockets on the legs", "pronoun"),
        colour("pants", "black"),
        B.color("grey", "other_garment_color"),
        title="Roadster Men Black Cotton Cargo Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: maroon slim joggers, black tee, white backdrop. feed row has no color.
    # color of the pants: VQA adapter
    case(
        "X490-043",
        caption("a man in a black shirt and maroon sweatpants"),
        he("a black t-shirt and red joggers"),
        colour(
            "pants",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red",
            "loop",
            hit_limit=True,
        ),
        B.color("purple", "contradiction"),
        B.garment_type("pants"),
        details("pants", "they have a black stripe on the side", "unsupported"),
        title="HERE&NOW Men Slim Fit Joggers",
        category="Track Pants",
        gender="Men",
    ),
    # photo: navy swim shorts with a small white palm-tree print, bare-chested model, white backdrop.
    # no adapter texts
    case(
        "X490-044",
        caption("a shirtless man in blue swim trunks"),
        he("swim trunks Question: What is the color of the swim trunks? Answer: blue", "leak"),
        colour("shorts", "white", "contradiction"),
        details("shorts", "palm trees"),
        B.pattern("printed"),
        B.material("silk", "unsupported"),
        title="Speedo Men Navy Printed Swim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black sports shorts, black tee, black sneakers, white backdrop.
    # caption, details: caption adapter
    case(
        "X490-045",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with",
            "contradiction",
            hit_limit=True,
        ),
        he("all black"),
        colour("shorts", "black"),
        color_tshirt("black"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns and",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("t-shirt", "contradiction"),
        title="Puma Men Black Solid Sports Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: beige chinos, navy cable-knit sweater over the waistband, brown loafers, model seated on a wooden
    # chair, white backdrop. no adapter texts
    case(
        "X490-046",
        caption("a man in a navy sweater sitting on a chair"),
        he("a blue sweater and beige pants"),
        colour("pants", "blue", "other_garment_color"),
        details("pants", "the pants have a brown leather belt", "unsupported"),
        B.material("beige chinos", "restated"),
        B.color("beige"),
        title="Marks & Spencer Men Beige Regular Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
]
