"""BLIND_461 (46 products; men's bottoms on a model: chinos, cargos, track pants, joggers, shorts, jeans, trousers):
written blind in the forty-eighth session. Measured blind at a5e3815 (the session's rules as they stood): 97/112
failures found (86.6%) and 3/139 correct texts flagged (2.2%). The writer's notes, verbatim:

Scenario: an English catalog feed of an Indian fashion retailer (Myntra-like titles, categories Trousers, Track Pants,
Jeans and Shorts), men's bottoms only: chinos, cargo pants and cargo joggers, track pants, joggers, shorts (chino,
denim, cargo, lounge and running shorts), jeans and formal trousers. Every photo is of a male model wearing the
product with a top (t-shirt, polo, shirt, hoodie, sweater, jacket or blazer, sometimes two layers) and shoes, so
every caption holds a color for the bottom and one for the top. Backdrops are mostly plain studio greys and whites,
some with a brick, graffiti or concrete wall or a prop (stool, bench, chair, potted plant, framed picture). Each row
has the seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a white t-shirt and blue pants") or the caption-only LoRA adapter of the original experiments (the DeepFashion
template, "The gentleman wears a short-sleeve T-shirt with pure color patterns. ..."). The adapter has no
end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and
carries hit_limit=True; asked a question, it returns the caption template. The template has no hue names, only
patterns ("pure color", "lattice") and fabrics. Open questions (wearing, description, details, material, fit,
pockets) come from the base model unless the comment before the case says the adapter answered them; the base model
stops on its own and never has hit_limit. Closed questions (garment_type, color, pattern, length, sleeve_length,
the per-piece colors and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- "The garment" in the default questionnaire is the product (the bottom). The reference engine or the base model
  giving the top's, jacket's or blazer's color as the garment's color is other_garment_color; so is a per-piece
  question (the shirt, the t-shirt) answered with the color of another piece in the photo, and a caption that gives
  the bottom the blazer's color ("a blue suit and blue pants" for grey trousers under a navy blazer).
- Shade words are correct: blue for navy or royal blue, beige, tan or khaki for each other, green for olive (also
  olive camouflage), grey for charcoal, grey melange or dark grey, white or cream or beige for off white and cream,
  red or maroon for maroon, brown or orange for rust, white for a cream shirt. Navy called black is a contradiction.
  A stripe, piping or print color given as the garment's color (white for black track pants with white side taping)
  is contradiction; colors of a graffiti wall given as a pattern on grey jeans are contradiction.
- Garment synonyms are correct: pants or trousers for chinos and formal trousers, sweatpants, track pants or joggers
  for each other, cargo pants for cargo joggers, denim shorts for denim shorts; "blue jeans" for denim shorts is
  contradiction (the auditor reads full-length jeans), and so is the length question's "full length" or "ankle
  length" for shorts. The reference engine calling trousers a suit or sweater, track pants jeans, shorts pants, or
  saying yes to "Is this a pair of jeans?" for rust chinos under a denim jacket is contradiction. A top's pattern
  (stripes, checks, graphic print) given as the bottom's pattern is contradiction; "solid" for plain pants under a
  checked shirt is correct, and so is "color block" for red track pants with black side panels. The adapter's
  template calling knee-length shorts "long trousers" is contradiction, hit_limit kept.
- Layered outfits named piece by piece ("a denim shirt, a white t-shirt and blue jeans") are correct. A belt, a tie
  or slippers actually in the photo are correct; a belt, a logo, a zipper, a print, a watch, a cap or a hat the photo
  does not show (waist hidden under an untucked polo or a sweater) is unsupported.
- Materials: one the title names (cotton, fleece, linen, polyester) is correct; denim for jeans and denim shorts is
  correct; cotton for jeans is correct (denim is cotton); polyester for plain track pants and running shorts and
  cotton for chinos, cargos and shorts are plausible guesses and correct; a material the title contradicts or that
  the photo cannot show (linen for cotton chinos, nylon for cotton joggers, leather for jeans, wool for cotton-blend
  joggers) is unsupported.
- "She", "a woman" or the adapter's "The lady" for the male model is pronoun, also where the row lacks a gender. The
  adapter's "The lady ..." caption is labelled pronoun (what the auditor sees first), not cut, with hit_limit kept.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material or fit question is restated (even where it names a
  fabric). The template answering "What is the person wearing?", "Describe the garment." or the details question does
  answer it, so those are cut or loop, not restated.
- The set's own open questions (fit, pockets) are answered by the adapter in a few rows: the template, which says
  nothing of fit or pockets, is restated there like the material question.
- A base answer that stops short ("it is made of", "a man in a white shirt and") is cut, without hit_limit. An empty
  answer, "it is made of fabric", "the shorts are made of material" and "the jeans are made of fabric" are
  non_answer; the question's words back ("describe the garment", "pockets", "pants" to "Describe the pants.", "they
  are shorts" or "blue jeans" for the details) are restated. A base answer that repeats its own phrase ("the shorts
  are shorts and the shorts are shorts") is loop even though it stopped on its own.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

fit = question("fit", "What is the fit of the pants?", "open")
pockets = question("pockets", "What pockets does it have?", "open")
length = question("length", "What is the length of the garment?", "closed")
top_sleeves = question("sleeve_length", "What is the sleeve length of the top?", "closed")

BLIND_461 = [
    # photo: model in navy slim chinos, white crew-neck t-shirt, white sneakers; plain grey backdrop, front view.
    # adapter: none
    case(
        "X461-001",
        caption("a man in a white t-shirt and navy blue pants"),
        D.wearing("a white t-shirt and blue pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.material("cotton Question: what is the fit of the pants? Answer: slim", "leak"),
        fit("slim fit"),
        title="Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive cargo pants with flap pockets on the thighs, black t-shirt, black boots; white backdrop.
    # adapter: caption
    case(
        "X461-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and green cargo pants"),
        D.color("brown", "contradiction"),
        D.pattern("solid"),
        pockets("flap pockets on the sides"),
        is_a("pair of cargo pants", "yes"),
        title="Men Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black track pants with white side taping, grey melange t-shirt, white sneakers; grey backdrop.
    # adapter: none
    case(
        "X461-003",
        caption("a man in a grey t-shirt and black sweatpants"),
        D.wearing("a grey shirt and black track pants with white stripes"),
        D.color("white", "contradiction"),
        D.details("white stripes down the side"),
        color_of("t-shirt", "black", "other_garment_color"),
        title="Men Black Solid Track Pants with Contrast Side Taping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange joggers with ribbed ankle cuffs, navy zip jacket open over a white t-shirt, white sneakers.
    # adapter: none
    case(
        "X461-004",
        caption("a man in a blue jacket and grey sweatpants"),
        D.wearing("a blue jacket, white shirt and grey pants"),
        D.color("blue", "other_garment_color"),
        D.garment_type("joggers"),
        D.details("elastic cuffs at the bottom"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Solid Cotton Blend Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: khaki chino shorts to the knee, white linen shirt untucked over the waistband, brown loafers; beige
    # wall, a potted plant beside the model.
    # adapter: none
    case(
        "X461-005",
        caption("a man in a white shirt and khaki shorts standing next to a plant"),
        D.color("beige"),
        D.garment_type("shorts"),
        details("shorts", "they have a brown belt", "unsupported"),
        D.material("cotton"),
        length("full length", "contradiction"),
        title="Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: mid-blue skinny jeans, black leather jacket over a grey t-shirt, black boots; red brick wall behind.
    # adapter: caption
    case(
        "X461-006",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel collar. The trousers this gentleman wears is of long length. The trousers are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and blue jeans"),
        D.color("black", "other_garment_color"),
        color_of("jeans", "black", "other_garment_color"),
        D.description("skinny blue jeans in front of a brick wall"),
        title="Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal formal trousers, light blue formal shirt tucked in, black belt, black oxfords; white backdrop.
    # adapter: none
    case(
        "X461-007",
        caption("a man in a blue shirt and blue pants", "other_garment_color"),
        D.wearing("a blue shirt, grey pants and a black belt"),
        D.color("grey"),
        color_of("shirt", "blue"),
        D.details("a crease down the front"),
        D.material("it is made of", "cut"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black cotton joggers, olive bomber jacket over a black t-shirt, white sneakers; grey backdrop.
    # adapter: details
    case(
        "X461-008",
        caption("a man in a green jacket and black pants"),
        D.wearing("she is wearing a green jacket and black pants", "pronoun"),
        D.color("black"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        D.material("nylon", "unsupported"),
        title="Men Black Solid Slim Fit Cotton Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: beige chinos, navy polo t-shirt worn untucked (waist hidden), white sneakers; model seated on a wooden
    # stool, white backdrop.
    # adapter: wearing
    case(
        "X461-009",
        caption("a man in a blue polo shirt and beige pants sitting on a stool"),
        D.wearing(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. The gentleman wears a short-sleeve polo",
            "loop",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.garment_type("chinos"),
        describe("pants", "they are beige pants with a black belt", "unsupported"),
        color_of("shirt", "blue"),
        title="Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: olive camouflage-printed cargo pants, black t-shirt, black boots; grey concrete wall.
    # adapter: wearing, material
    case(
        "X461-010",
        caption("a man in a black t-shirt and camouflage pants"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.pattern("camouflage"),
        D.color("green"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Camouflage Printed Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: navy track pants with white piping and a white drawstring, white t-shirt; model with shoulder-length
    # hair tied back, side view, grey backdrop.
    # adapter: none
    case(
        "X461-011",
        caption("a woman in a white shirt and blue pants", "pronoun"),
        D.wearing("a white t-shirt and navy blue track pants"),
        D.color("black", "contradiction"),
        D.garment_type("track pants"),
        D.details("white piping on the sides and a drawstring"),
        title="Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light blue faded slim jeans, white shirt with sleeves rolled to the elbow, tan boots; brick wall.
    # adapter: caption, details
    case(
        "X461-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and light blue jeans"),
        D.color("light blue"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The trousers this gentleman wears is of long "
            "length. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.material("the jeans are made of fabric", "non_answer"),
        top_sleeves("long sleeves"),
        title="Men Light Blue Slim Fit Heavy Fade Stretchable Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Men",
    ),
    # photo: maroon track pants, black t-shirt, black sneakers; white backdrop.
    # adapter: none
    case(
        "X461-013",
        caption("a man in a black shirt and black pants", "other_garment_color"),
        D.wearing("a black t-shirt and maroon track pants"),
        D.color("black", "other_garment_color"),
        color_of("pants", "maroon"),
        D.details("the pants details Question: what is the color of the shirt? Answer: black", "leak"),
        title="Men Maroon Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey cargo shorts, white t-shirt with a large surfboard graphic print, white sneakers; white backdrop
    # with a palm leaf prop.
    # adapter: none
    case(
        "X461-014",
        caption("a man in a white t-shirt and white shorts", "other_garment_color"),
        D.wearing("a white shirt and grey shorts"),
        D.color("grey"),
        D.pattern("graphic", "contradiction"),
        pockets("two cargo pockets on the sides"),
        length("knee length"),
        title="Men Grey Solid Cargo Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: dark blue straight jeans, mustard yellow hoodie, white sneakers; grey backdrop.
    # adapter: none
    case(
        "X461-015",
        caption("a man in a yellow hoodie and blue jeans"),
        D.wearing("a yellow sweatshirt and jeans Question: what is the color of the jeans? Answer: blue", "leak"),
        D.color("yellow", "other_garment_color"),
        D.garment_type("jeans"),
        D.material("cotton"),
        title="Men Dark Blue Regular Fit Mid-Rise Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: black formal trousers, white shirt, grey blazer, black shoes; office-like backdrop with a window.
    # adapter: caption
    case(
        "X461-016",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has a "
            "lapel collar. The trousers this gentleman wears is of long length. The trousers are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey suit jacket, a white shirt and black pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("suit", "contradiction"),
        D.details("belt loops and a button at the waist"),
        title="Men Black Solid Regular Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: off-white cotton chinos, light pink long-sleeve shirt untucked, brown loafers; cream wall.
    # adapter: none
    case(
        "X461-017",
        caption("a man in a pink shirt and white pants"),
        D.wearing("a pink shirt and white pants"),
        D.color("cream"),
        color_of("shirt", "pink"),
        D.material("linen", "unsupported"),
        describe("pants", "pants", "restated"),
        title="Men Off White Solid Slim Fit Cotton Chinos",
        category="Trousers",
        color="Off White",
        gender="Men",
    ),
    # photo: black cargo joggers with side pockets and cuffed hems, white oversized t-shirt, black high-top
    # sneakers; grey backdrop.
    # adapter: caption
    case(
        "X461-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white t-shirt and black pants", "pronoun"),
        D.garment_type("joggers"),
        D.color("black"),
        pockets("pockets on the sides"),
        title="Men Black Solid Cargo Joggers",
        category="Track Pants",
        color="Black",
    ),
    # photo: mid-blue denim shorts, black t-shirt, white sneakers; model seated on a park bench prop.
    # adapter: none
    case(
        "X461-019",
        caption("a man sitting on a bench in a black shirt and denim shorts"),
        wearing("a black shirt and blue jeans", "contradiction", who="he"),
        D.color("black", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        D.material("denim"),
        D.details("they are shorts", "restated"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki cargo pants, white t-shirt under an open red-and-black checked flannel shirt, brown boots.
    # adapter: caption, pockets
    case(
        "X461-020",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. "
            "It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red plaid shirt, a white t-shirt and tan pants"),
        D.color("red", "other_garment_color"),
        D.pattern("solid"),
        pockets(
            "The trousers are with cotton fabric and pure color patterns. The trousers this gentleman wears is of "
            "long length. The",
            "restated",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men Khaki Solid Cotton Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: grey track pants, red t-shirt, black sneakers; white backdrop.
    # adapter: none
    case(
        "X461-021",
        caption("a man in a red shirt and grey pants"),
        D.wearing("a red t-shirt and grey sweatpants"),
        D.garment_type("jeans", "contradiction"),
        D.color("grey"),
        D.details("", "non_answer"),
        title="Men Grey Solid Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: navy formal trousers, white shirt tucked in, brown belt, brown shoes; grey backdrop.
    # adapter: none
    case(
        "X461-022",
        caption("a man in a white shirt and black pants", "contradiction"),
        D.wearing("a white shirt and blue pants with a brown belt"),
        D.color("navy"),
        D.garment_type("trousers"),
        D.material("it is made of fabric", "non_answer"),
        title="Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust chinos, white t-shirt, light blue denim jacket, white sneakers; grey backdrop.
    # adapter: details
    case(
        "X461-023",
        caption("a man in a denim jacket and orange pants"),
        D.wearing("a blue jean jacket, a white shirt and brown pants"),
        D.color("blue", "other_garment_color"),
        D.details(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Rust Slim Fit Solid Chinos",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: black skinny jeans ripped at the knees, white shirt, black boots; white backdrop.
    # adapter: caption
    case(
        "X461-024",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black jeans"),
        D.color("black"),
        D.details("they are ripped at the knees"),
        D.material("leather", "unsupported"),
        color_of("shirt", "black", "other_garment_color"),
        title="Men Black Skinny Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: olive joggers, white t-shirt, white sneakers; back view showing plain patch back pockets, grey backdrop.
    # adapter: none
    case(
        "X461-025",
        caption("the back of a man in a white shirt and green pants"),
        D.wearing("a white t-shirt and olive", "cut"),
        D.color("white", "other_garment_color"),
        D.garment_type("joggers"),
        D.details("a logo on the back pocket", "unsupported"),
        title="Men Olive Green Solid Slim Fit Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: navy chino shorts, white t-shirt with navy horizontal stripes, white sneakers; white backdrop.
    # adapter: none
    case(
        "X461-026",
        caption("a man in a striped shirt and blue shorts"),
        D.wearing("a striped shirt and navy shorts"),
        D.pattern("striped", "contradiction"),
        D.color("navy"),
        D.material("the shorts are made of material", "non_answer"),
        length("ankle length", "contradiction"),
        title="Men Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track pants with a zip pocket on the thigh, black t-shirt (all black), white sneakers.
    # adapter: caption, details
    case(
        "X461-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black pants"),
        D.color("black"),
        color_of("t-shirt", "black"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: beige cargo pants, black hoodie hanging over the waistband, white sneakers; grey backdrop.
    # adapter: none
    case(
        "X461-028",
        caption("a man in a black hoodie and beige cargo pants"),
        D.wearing("a black hoodie and khaki pants"),
        D.color("black", "other_garment_color"),
        describe("pants", "cargo pants with six pockets and a belt", "unsupported"),
        D.material("it is made of cotton and", "cut"),
        title="Men Beige Solid Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: grey melange lounge shorts with a white drawstring, navy t-shirt, black slides; white backdrop.
    # adapter: none
    case(
        "X461-029",
        caption("a man in a blue shirt and blue shorts", "other_garment_color"),
        D.garment_type("pants", "contradiction"),
        D.color("grey"),
        D.wearing("a navy t-shirt, grey shorts and slippers"),
        D.details("drawstring at the waist"),
        title="Men Grey Melange Solid Lounge Shorts",
        category="Shorts",
        gender="Men",
    ),
    # photo: blue jeans, white t-shirt under an open blue denim shirt (denim on denim), brown boots; grey backdrop.
    # adapter: description
    case(
        "X461-030",
        caption("a man in a denim shirt and jeans"),
        D.wearing("a denim shirt, a white t-shirt and blue jeans"),
        D.color("blue"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel. The",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        color_of("shirt", "white", "other_garment_color"),
        title="Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal fleece joggers, light grey sweatshirt, white sneakers; white backdrop.
    # adapter: none
    case(
        "X461-031",
        caption("a man in a grey sweatshirt and grey", "cut"),
        D.wearing("a grey sweater and dark grey pants"),
        D.color("grey"),
        D.details("they are joggers Question: what is the material of the joggers? Answer: cotton", "leak"),
        D.material("fleece"),
        color_of("sweatshirt", "grey"),
        title="Men Charcoal Grey Solid Fleece Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: khaki chinos, black polo t-shirt, white sneakers; model leaning on a chair, white backdrop.
    # adapter: caption, material, fit
    case(
        "X461-032",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel. The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black polo shirt and khaki pants"),
        D.color("khaki"),
        D.garment_type("pants"),
        fit(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel. The",
            "restated",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Khaki Regular Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: black running shorts with a small reflective logo on the left leg, neon green t-shirt, running shoes;
    # no watch or other accessory.
    # adapter: none
    case(
        "X461-033",
        caption("a man in a green shirt and black shorts"),
        D.wearing("a green shirt, black shorts and a black watch", "unsupported"),
        D.color("green", "other_garment_color"),
        D.material("polyester"),
        D.details("a reflective logo on the leg"),
        title="Men Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: light grey pleated formal trousers, white shirt, navy blazer, maroon tie, black shoes; grey backdrop.
    # adapter: wearing
    case(
        "X461-034",
        caption("a man in a blue suit and blue pants", "other_garment_color"),
        D.wearing(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has a "
            "lapel collar. There is a tie",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.garment_type("trousers"),
        describe("trousers", "grey trousers with pleats in the front"),
        title="Men Light Grey Pleated Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: grey slim jeans, black t-shirt, white sneakers; colorful red-and-yellow graffiti wall behind.
    # adapter: none
    case(
        "X461-035",
        caption("a man in a black t-shirt and grey jeans standing in front of a graffiti wall"),
        D.wearing("a black shirt and grey jeans"),
        D.color("grey"),
        D.details("they have a red and yellow pattern", "contradiction"),
        D.material("denim"),
        color_of("t-shirt", "grey", "other_garment_color"),
        title="Men Grey Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: navy joggers with a white drawstring and cuffed ankles, white henley t-shirt, navy sneakers.
    # adapter: none
    case(
        "X461-036",
        caption("a man in a white shirt and", "cut"),
        D.wearing("a white shirt and blue joggers"),
        D.color("navy"),
        D.garment_type("sweatpants"),
        D.details("white drawstring and cuffed ankles"),
        D.material("cotton Question: what is the fit of the joggers? Answer: slim", "leak"),
        title="Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: olive chino shorts above the knee, white t-shirt, navy overshirt worn open, brown sandals.
    # adapter: caption, material
    case(
        "X461-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel. The trousers this gentleman wears is of long length. The trousers are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue shirt, a white t-shirt and green shorts"),
        D.color("green"),
        length("knee length"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel. The trousers",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Solid Chino Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: black cargo pants, grey t-shirt, black boots; white backdrop.
    # adapter: none
    case(
        "X461-038",
        caption("a man in a grey shirt and black cargo pants"),
        D.wearing("a grey shirt and black pants Question: what is he wearing on his feet? Answer: boots", "leak"),
        D.color("grey", "other_garment_color"),
        pockets("pockets", "restated"),
        D.garment_type("cargo pants"),
        title="Men Black Solid Cargo Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: red track pants with black side panels, white t-shirt untucked over the waistband (no belt), black
    # sneakers; grey backdrop.
    # adapter: none
    case(
        "X461-039",
        caption("a man in a white shirt and red pants"),
        D.wearing("a white t-shirt and red pants with a black belt", "unsupported"),
        D.color("red"),
        D.pattern("color block"),
        D.details("black stripes on the sides"),
        color_of("t-shirt", "red", "other_garment_color"),
        title="Men Red & Black Colourblocked Track Pants",
        category="Track Pants",
        color="Red",
        gender="Men",
    ),
    # photo: coffee brown formal trousers with belt loops and no belt, cream shirt tucked in, brown shoes.
    # adapter: caption
    case(
        "X461-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel. The trousers are with cotton fabric and pure color patterns. The trousers are with cotton "
            "fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and brown pants"),
        D.color("brown"),
        D.garment_type("trousers"),
        D.details("they have a belt", "unsupported"),
        color_of("shirt", "brown", "other_garment_color"),
        title="Men Coffee Brown Slim Fit Formal Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: blue slim jeans, red-and-navy checked shirt buttoned and untucked, white sneakers; grey backdrop.
    # adapter: none
    case(
        "X461-041",
        caption("a man in a red plaid shirt and blue jeans"),
        D.wearing("a red shirt and blue jeans"),
        D.color("red", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        D.material("denim"),
        D.details("blue jeans", "restated"),
        title="Men Blue Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey joggers with side pockets and elastic ankles, black t-shirt, white sneakers; long-haired model.
    # adapter: none
    case(
        "X461-042",
        caption("a woman in a black shirt and grey sweatpants", "pronoun"),
        wearing("a black t-shirt and grey joggers", who="he"),
        D.color("black", "other_garment_color"),
        D.details("pockets on the sides and elastic ankles"),
        is_a("pair of jeans", "no"),
        title="Men Grey Solid Slim Fit Joggers",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: cream linen-blend relaxed trousers, sky blue linen shirt, tan sandals; model bare-headed, seated on a
    # wooden bench.
    # adapter: caption
    case(
        "X461-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a lapel. The trousers this gentleman wears is of long length. The trousers are with linen fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt, white pants and a straw hat", "unsupported"),
        D.color("beige"),
        D.material("linen"),
        fit("loose"),
        title="Men Cream Linen Blend Relaxed Fit Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: royal blue polyester track pants, white t-shirt, white sneakers; model bare-headed, white backdrop.
    # adapter: none
    case(
        "X461-044",
        caption("a man in a white shirt and white pants", "other_garment_color"),
        D.wearing("a white shirt, blue track pants and a white cap", "unsupported"),
        D.color("blue"),
        D.description("describe the garment", "restated"),
        D.material("polyester"),
        title="Men Royal Blue Solid Polyester Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: olive camouflage cargo shorts, black t-shirt, black sneakers; grey backdrop.
    # adapter: none
    case(
        "X461-045",
        caption("a man in a black shirt and camo shorts"),
        D.wearing("a black t-shirt and camouflage shorts Question: what shoes is he wearing? Answer: sneakers", "leak"),
        D.pattern("camouflage"),
        D.color("black", "other_garment_color"),
        D.details("the shorts are shorts and the shorts are shorts", "loop"),
        title="Men Olive Camouflage Printed Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: dark grey chinos, navy crew-neck sweater over a white shirt collar (waist hidden), brown shoes; white
    # wall with a framed picture.
    # adapter: none
    case(
        "X461-046",
        caption("a man in a blue sweater and grey pants standing in front of a picture frame"),
        D.wearing("a navy sweater, a white shirt and grey pants"),
        D.color("blue", "other_garment_color"),
        D.garment_type("sweater", "contradiction"),
        describe("pants", "grey chinos with a gold zipper", "unsupported"),
        title="Men Dark Grey Slim Fit Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
]
