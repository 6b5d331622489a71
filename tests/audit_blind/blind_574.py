"""BLIND_574 (46 products; Myntra men's night, epoch-3 caption LoRA + QA): written blind in the fifty-first session.
Measured blind at 3d5f19d (the session's rules as they stood): 103/139 failures found (74.1%) and 11/203 correct texts
flagged (5.4%). The writer's notes, verbatim:

Scenario: a men's night of a Myntra-like feed: T-shirts, polos, shirts, sweatshirts, jackets, jeans, chinos (filed as
Trousers), track pants, shorts and kurtas, each shot on a model on a white studio backdrop, front or three-quarter
view, wearing other clothes (jeans under a tee, a tee under an open jacket, a churidar under a kurta). The catalog
columns are title, category (the seller's article type), color (the seller's base colour) and gender; a few rows lack
one of them, as real feeds do, and a few seller colors are not what the photo shows.

Who wrote what: the caption is the caption-only LoRA adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption)
writing DeepFashion-MultiModal template prose: "The man wears a short-sleeve T-shirt with pure color patterns. The
T-shirt is with cotton fabric and it has a crew neckline." It names no hues (its training captions had none), calls
checks "lattice", prints "graphic"/"floral"/"complicated", a jacket "outer clothing", a sweatshirt "sweater", has no
word for a kurta ("shirt", "dress", "top"), often says "lady"/"woman"/"her" for a male model (its data were mostly
women), invents wrist and waist accessories, hats and fabrics, and, with no end token trained, either stops at a
sentence (the job stops on the pad it learned to emit) or runs to 50 tokens: cut mid-sentence or repeating one
sentence. The open questions (What is the man wearing? Describe the garment. What are the details? What material is it
made of?) are answered by timpal0l/mdeberta-v3-base-squad2 over that caption, so every open answer is a verbatim
span of the caption: it inherits the caption's errors, sometimes picks the sentence about the other garment, and
returns "" when it finds nothing. The per-piece color questions (What is the color of the t-shirt / jeans / jacket
...?) are free generation by the untuned blip2-opt-2.7b (30 tokens, stored open): short hue words, one color for two
garments, navy/charcoal/lavender shades missed, the odd "Question: ... Answer:" continuation, a "x and y and x and y"
loop, the garment's name given back. Closed questions (garment type, color, pattern, sleeve length) come from enrich's
reference engine, one candidate value each.

Labeling conventions and judgement calls:
- The product is the seller's category; "the garment" in an open question means the product. An answer that
  describes another worn piece as if it were the product (the tee's sentence for a jacket) is a contradiction; to
  "What is the man wearing?" a span that correctly names another worn piece is counted correct.
- Accepted as right names: "T-shirt" or "shirt" for a polo, "sweater" for a sweatshirt or hoodie, "outer clothing"
  for a jacket, "pants"/"trousers" for jeans, chinos and track pants, "top" for a kurta, "lapel" neckline for a polo
  or biker collar, "stand" for a mandarin or track-jacket collar. Not accepted (contradiction): "three-point" (shorts
  length) for full-length joggers, "shirt" or "dress" for a kurta (the catalog says kurta and the engine's candidates
  have it), and the engine's closed type when it names the other worn piece ("t-shirt" for jeans, "jeans" for
  denim shorts).
- A pattern the photo and title contradict ("pure color" for stripes or checks, "solid" for colour-block or a print,
  stripes moved from the shirt onto the chinos) is a contradiction.
- A color answer that gives a piece the color of another piece in the photo (jeans called "black" under a black
  jacket, a white tee called "blue" over blue jeans) is other_garment_color, whether the piece asked about is the
  product or the companion; a wrong shade that no other piece has (purple for maroon, black for charcoal, white for
  lavender) is a contradiction. Maroon called red, navy called blue, mustard called yellow, khaki called beige or
  khaki, cream called white are counted right.
- A material copied from another garment's sentence of the caption ("denim" for the kurta over jeans) is a
  contradiction; a fabric, accessory, hat, neckwear or ring that nothing in the photo shows is unsupported.
- A caption with two failures carries one label: pronoun over an invented fabric or a "dress" in the same caption,
  the cut or loop over a garment-name error or an invented fabric when it also ran to the limit. hit_limit=True is set
  on every text that ran to its token limit (the cut and looping captions, the base model's 30-token loops) and only
  there; QA spans copied from a cut or looping caption are labelled cut or loop but did not hit a limit themselves.
- "" from the QA model and a span that is only the subject ("The man") are non_answer; a span that is only the
  garment's name ("The pants", "The top") or a color answer that gives the garment back ("jeans", "the trousers")
  is restated.
- Seller colors that the photo contradicts (a "Brown" kurta that is maroon) are judged by the photo: an answer that
  matches the photo is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, question, wearing

DETAILS = question("details", "What are the details?", "open")
MATERIAL = question("material", "What material is it made of?", "open")
GARMENT_TYPE = BLIND_QUESTIONS.garment_type
COLOR = BLIND_QUESTIONS.color
PATTERN = BLIND_QUESTIONS.pattern
SLEEVES = BLIND_QUESTIONS.sleeve_length


def wears(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the man", hit_limit=hit_limit)


def desc(text, failure=None):
    return describe("garment", text, failure)


def hue(garment, text, failure=None, hit_limit=False):
    """The base model's free-generated per-piece color answer."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_574 = [
    # photo: navy blue crew-neck short-sleeve tee, plain; light-blue jeans; white backdrop, front view. Caption by the
    # epoch-3 caption adapter, open answers by the QA model, piece colors by base OPT-2.7b, pattern by the engine.
    case(
        "X574-001",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is crew. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        wears("a short-sleeve T-shirt with pure color patterns"),
        desc("The T-shirt is with cotton fabric and its neckline is crew"),
        DETAILS("its neckline is crew"),
        MATERIAL("cotton"),
        hue("t-shirt", "navy blue"),
        hue("jeans", "light blue"),
        PATTERN("solid"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew tee with a large white graphic print on the chest; grey melange track pants; hands in the
    # pockets, no watch or bracelet; white backdrop. Caption adapter + QA; base model colors; engine closed answers.
    case(
        "X574-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "it has a crew neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        wears("a short-sleeve T-shirt with graphic patterns"),
        DETAILS("There is an accessory on his wrist", "unsupported"),
        MATERIAL("cotton"),
        hue("t-shirt", "black and white"),
        hue("pants", "black", "other_garment_color"),
        COLOR("black"),
        GARMENT_TYPE("t-shirt"),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange polo with a ribbed collar and two-button placket; navy chinos; white backdrop, front view.
    # Caption adapter (calls him "the lady") + QA spans; base model colors; engine garment type and sleeves.
    case(
        "X574-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wears("a short-sleeve shirt with pure color patterns"),
        desc("The shirt is with cotton fabric and its neckline is lapel"),
        DETAILS("The lady wears a long trousers", "pronoun"),
        hue("t-shirt", "grey"),
        hue("pants", "grey", "other_garment_color"),
        GARMENT_TYPE("polo shirt"),
        SLEEVES("short"),
        title="U.S. Polo Assn. Men Solid Grey Melange Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white crew tee with navy horizontal stripes all over; black jeans; white backdrop, front view.
    # Caption adapter calls the stripes "pure color"; QA spans; base model colors; engine pattern.
    case(
        "X574-004",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a crew neckline. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns.",
            "contradiction",
        ),
        wears("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        DETAILS("it has a crew neckline"),
        MATERIAL("cotton"),
        hue("t-shirt", "white"),
        hue("jeans", "black"),
        PATTERN("striped"),
        title="Roadster Men White & Navy Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: plain yellow crew tee with a small black Puma cat on the chest; mid-blue denim shorts; white backdrop.
    # Caption adapter loops on the fabric sentence to 50 tokens; QA spans; base model colors; engine color.
    case(
        "X574-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The "
            "T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        wears("a short-sleeve T-shirt with pure color patterns"),
        desc(
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric",
            "loop",
        ),
        MATERIAL("cotton"),
        hue("t-shirt", "yellow"),
        hue("shorts", "yellow", "other_garment_color"),
        COLOR("yellow"),
        title="Puma Men Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: red pique polo with white tipping on the collar, small white logo; beige chinos with a brown leather belt;
    # white backdrop. Caption adapter + QA; base model colors (one continues into a new question); engine closed.
    case(
        "X574-006",
        caption(
            "The guy wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The guy wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in his waist."
        ),
        wears("a short-sleeve shirt with pure color patterns"),
        DETAILS("There is an accessory in his waist"),
        MATERIAL("cotton"),
        hue("shirt", "red"),
        hue("pants", "beige Question: What is the color of the belt? Answer: brown", "leak"),
        GARMENT_TYPE("polo shirt"),
        SLEEVES("short"),
        title="Nike Men Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive V-neck tee worn under an open red-and-black checked flannel overshirt, sleeves down; dark indigo
    # jeans; white backdrop. The caption adapter describes the overshirt only; QA spans; base colors; engine closed.
    case(
        "X574-007",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        wears("a long-sleeve shirt with lattice patterns"),
        desc("The shirt is with cotton fabric and its neckline is lapel", "contradiction"),
        MATERIAL("cotton"),
        hue("t-shirt", "red", "other_garment_color"),
        GARMENT_TYPE("shirt", "contradiction"),
        PATTERN("solid"),
        title="Wrangler Men Olive Green Solid V-Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon long-sleeve henley with a three-button placket; grey jeans; bare head; white backdrop.
    # Caption adapter invents a hat; QA spans; base model calls the maroon purple; engine sleeves.
    case(
        "X574-008",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns. This man wears a hat.",
            "unsupported",
        ),
        wears("a long-sleeve T-shirt with pure color patterns"),
        DETAILS("This man wears a hat", "unsupported"),
        MATERIAL("cotton"),
        hue("t-shirt", "purple", "contradiction"),
        hue("jeans", "grey"),
        SLEEVES("long"),
        title="Jack & Jones Men Maroon Henley T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white formal shirt tucked into charcoal grey trousers, black belt, steel watch on the left wrist;
    # white backdrop. Caption adapter runs to 50 tokens and is cut; QA spans; base colors; engine pattern.
    case(
        "X574-009",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        wears("a long-sleeve shirt with pure color patterns"),
        desc("There is an accessory in his", "cut"),
        DETAILS("There is an accessory on his wrist"),
        MATERIAL("cotton"),
        hue("shirt", "white"),
        hue("trousers", "grey"),
        PATTERN("solid"),
        title="Peter England Men White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: blue-and-white gingham shirt, buttoned, sleeves rolled to the elbow; khaki chinos; white backdrop.
    # Caption adapter + QA (finds no details); base model gives the chinos the shirt's blue; engine closed.
    case(
        "X574-010",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wears("a long-sleeve shirt with lattice patterns"),
        desc("long-sleeve shirt with lattice patterns"),
        DETAILS("", "non_answer"),
        hue("shirt", "blue and white"),
        hue("trousers", "blue", "other_garment_color"),
        PATTERN("checked"),
        SLEEVES("long"),
        title="Wrangler Men Blue Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black short-sleeve camp-collar shirt with a small white floral print; light-blue jeans; white backdrop.
    # Caption adapter (says "lady", invents chiffon) + QA spans; base colors; engine pattern.
    case(
        "X574-011",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        wears("a short-sleeve shirt with floral patterns"),
        desc("The shirt is with chiffon fabric", "unsupported"),
        MATERIAL("chiffon", "unsupported"),
        hue("shirt", "black"),
        hue("jeans", "blue"),
        PATTERN("printed"),
        SLEEVES("long", "contradiction"),
        title="Highlander Men Black Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: pale lavender formal shirt, open collar, no tie; navy trousers; white backdrop, three-quarter view.
    # Caption adapter invents neckwear; QA spans; base model reads the lavender as white; engine color.
    case(
        "X574-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. This gentleman wears neckwear.",
            "unsupported",
        ),
        wears("a long-sleeve shirt with pure color patterns"),
        DETAILS("This gentleman wears neckwear", "unsupported"),
        MATERIAL("cotton"),
        hue("shirt", "white", "contradiction"),
        hue("trousers", "the trousers", "restated"),
        COLOR("purple"),
        title="Arrow Men Lavender Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: grey washed denim shirt with two flap chest pockets and snap buttons; black jeans; white backdrop.
    # Caption adapter + QA spans; base model says grey for both pieces; engine garment type.
    case(
        "X574-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        desc("The shirt is with denim fabric and its neckline is lapel"),
        DETAILS("its neckline is lapel"),
        MATERIAL("denim"),
        hue("shirt", "grey"),
        hue("jeans", "grey", "other_garment_color"),
        GARMENT_TYPE("shirt"),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: orange-and-white fine vertical stripe shirt; beige cotton trousers; white backdrop, front view.
    # Caption adapter loops on the trousers sentence to 50 tokens; QA spans; base colors; engine pattern.
    case(
        "X574-014",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "trousers are with cotton fabric and pure color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        wears("a long-sleeve shirt with striped patterns"),
        desc(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric "
            "and pure color patterns",
            "loop",
        ),
        DETAILS("striped patterns"),
        MATERIAL("cotton"),
        hue("shirt", "orange and white"),
        hue("trousers", "orange", "other_garment_color"),
        PATTERN("striped"),
        title="Reid & Taylor Men Stripes Orange Shirts",
        category="Shirts",
        color="Orange",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie with kangaroo pocket and white drawstrings; black joggers; white sneakers;
    # white backdrop. Caption adapter ("sweater") + QA; base model gives the joggers back as "pants"; engine type.
    case(
        "X574-015",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. The man "
            "wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wears("a long-sleeve sweater with pure color patterns"),
        desc("long-sleeve sweater with pure color patterns"),
        MATERIAL("furry", "unsupported"),
        hue("sweatshirt", "grey"),
        hue("pants", "pants", "restated"),
        GARMENT_TYPE("sweatshirt"),
        title="HRX by Hrithik Roshan Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy crew-neck sweatshirt with a large white brand print across the chest; mid-blue jeans; white
    # backdrop. Caption adapter ("lady") + QA spans; base colors; engine color and pattern.
    case(
        "X574-016",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and it has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        wears("a long-sleeve sweater with graphic patterns"),
        desc("The lady wears a long-sleeve sweater", "pronoun"),
        DETAILS("it has a round neckline"),
        hue("sweatshirt", "blue"),
        hue("jeans", "blue Question: What is the color of the sweatshirt? Answer: blue", "leak"),
        COLOR("navy blue"),
        PATTERN("solid", "contradiction"),
        title="Nike Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard crew sweatshirt with ribbed cuffs and hem; olive chinos; no watch; white backdrop.
    # Caption adapter cut at 50 tokens in an accessory sentence; QA copies the stub; base colors.
    case(
        "X574-017",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and it "
            "has a crew neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wears("a long-sleeve sweater with pure color patterns"),
        DETAILS("There is an accessory", "cut"),
        MATERIAL("cotton"),
        hue("sweatshirt", "yellow"),
        hue("trousers", "yellow", "other_garment_color"),
        title="Roadster Men Mustard Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: black sweatshirt with a grey colour-block panel across chest and upper sleeves; black track pants;
    # white backdrop. Caption adapter + QA; base model continues the pants answer with a new question; engine pattern.
    case(
        "X574-018",
        caption(
            "The man wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric and it "
            "has a crew neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        desc("long-sleeve sweater with color block patterns"),
        DETAILS("it has a crew neckline"),
        MATERIAL("cotton"),
        hue("sweatshirt", "black and grey"),
        hue("pants", "black Question: What is the color of the shoes? Answer: white", "leak"),
        PATTERN("solid", "contradiction"),
        title="Puma Men Black Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue denim trucker jacket worn open over a white crew tee; black jeans; white backdrop.
    # Caption adapter starts with the tee and is cut in the jacket sentence; QA spans; base colors; engine closed.
    case(
        "X574-019",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a crew neckline. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns. This man also wears an outer clothing, with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wears("a short-sleeve T-shirt with pure color patterns"),
        desc("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        DETAILS("This man also wears an outer clothing, with denim fabric and", "cut"),
        MATERIAL("cotton", "contradiction"),
        hue("jacket", "blue"),
        hue("t-shirt", "white"),
        GARMENT_TYPE("jacket"),
        COLOR("white", "other_garment_color"),
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: black nylon bomber jacket, zipped halfway, ribbed collar and cuffs, over a grey tee; mid-blue jeans;
    # white backdrop. Caption adapter calls the nylon leather; QA spans; base model says black for both; engine sleeves.
    case(
        "X574-020",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with leather "
            "fabric. The man wears a long pants. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        wears("a long-sleeve outer clothing with pure color patterns"),
        desc("The outer clothing is with leather fabric", "unsupported"),
        DETAILS("", "non_answer"),
        MATERIAL("leather", "unsupported"),
        hue("jacket", "black"),
        hue("jeans", "black", "other_garment_color"),
        SLEEVES("long"),
        title="Fort Collins Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: olive quilted nylon puffer jacket with a hood, zipped up; dark blue jeans; white backdrop.
    # Caption adapter loops on a cotton sentence to 50 tokens; QA spans copy it; base colors; engine type.
    case(
        "X574-021",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. The outer clothing is with cotton fabric. The outer clothing is with cotton fabric. The outer "
            "clothing is with cotton fabric. The outer",
            "loop",
            hit_limit=True,
        ),
        desc("long-sleeve outer clothing with pure color patterns"),
        DETAILS(
            "The outer clothing is with cotton fabric. The outer clothing is with cotton fabric. The outer "
            "clothing is with cotton fabric",
            "loop",
        ),
        MATERIAL("cotton", "unsupported"),
        hue("jacket", "green"),
        hue("jeans", "blue"),
        GARMENT_TYPE("jacket"),
        title="Wildcraft Men Olive Hooded Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: tan-brown faux-leather biker jacket, asymmetric zip, notched lapels, worn open over a black tee; black
    # jeans; white backdrop. Caption adapter + QA; base model gives the tee the jacket's brown; engine color.
    case(
        "X574-022",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "leather fabric and its neckline is lapel. The gentleman wears a long pants. The pants are with denim "
            "fabric and solid color patterns."
        ),
        wears("a long-sleeve outer clothing with pure color patterns"),
        DETAILS("its neckline is lapel"),
        MATERIAL("leather"),
        hue("jacket", "brown"),
        hue("t-shirt", "brown", "other_garment_color"),
        COLOR("black", "other_garment_color"),
        title="Jack & Jones Men Brown Solid Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: red zip-up track jacket, stand collar, three white stripes down each sleeve; black track pants; white
    # backdrop. Caption adapter + QA (describe returns only the subject); base model loops on the jacket's colors.
    case(
        "X574-023",
        caption(
            "The man wears a long-sleeve outer clothing with striped patterns. The outer clothing has long sleeves and "
            "its neckline is stand. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wears("a long-sleeve outer clothing with striped patterns"),
        desc("The man", "non_answer"),
        DETAILS("its neckline is stand"),
        hue(
            "jacket",
            "red and white and red and white and red and white and red and white and red and white and red "
            "and white and red and",
            "loop",
            hit_limit=True,
        ),
        hue("pants", "black"),
        PATTERN("striped"),
        title="Adidas Men Red Track Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: mid-blue skinny jeans, light fading on the thighs; white crew tee half tucked; brown belt; white sneakers;
    # full-length, white backdrop. Caption adapter + QA; base colors; engine picks the tee as the garment.
    case(
        "X574-024",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a crew neckline. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory in his waist."
        ),
        wears("a short-sleeve T-shirt with pure color patterns"),
        desc("The pants are with denim fabric and solid color patterns"),
        DETAILS("There is an accessory in his waist"),
        MATERIAL("denim"),
        hue("jeans", "blue"),
        hue("t-shirt", "blue", "other_garment_color"),
        GARMENT_TYPE("t-shirt", "contradiction"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black slim jeans; grey crew sweatshirt; both hands in the jeans pockets, no wrist visible; white backdrop.
    # Caption adapter ("woman", invents a wrist accessory) + QA spans; base colors.
    case(
        "X574-025",
        caption(
            "The woman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "woman wears a long pants. The pants are with denim fabric and solid color patterns. There is an accessory "
            "on her wrist.",
            "pronoun",
        ),
        wears("a long-sleeve sweater with pure color patterns"),
        desc("a long pants"),
        DETAILS("There is an accessory on her wrist", "unsupported"),
        MATERIAL("denim"),
        hue("jeans", "black"),
        hue("sweatshirt", "grey Question: What is the color of the jeans? Answer: black", "leak"),
        title="Levis Men Black 511 Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: light-blue distressed jeans with knee rips; navy polo; no jewellery; white backdrop.
    # Caption adapter invents a ring; QA spans; base model gives "jeans" back; engine color.
    case(
        "X574-026",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "This man wears a ring.",
            "unsupported",
        ),
        wears("The man", "non_answer"),
        desc("The pants are with denim fabric and solid color patterns"),
        DETAILS("This man wears a ring", "unsupported"),
        hue("jeans", "jeans", "restated"),
        hue("shirt", "blue"),
        COLOR("blue"),
        title="Flying Machine Men Light Blue Slim Fit Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey-wash slim jeans; black leather biker jacket over a white tee; no watch; white backdrop.
    # Caption adapter loops on an invented wrist accessory to 50 tokens; QA spans; base model says black for both.
    case(
        "X574-027",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with leather "
            "fabric. The man wears a long pants. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on his wrist. There is an accessory on his wrist. There is an accessory on his",
            "loop",
            hit_limit=True,
        ),
        wears("a long-sleeve outer clothing with pure color patterns"),
        desc("The pants are with denim fabric and solid color patterns"),
        DETAILS("There is an accessory on his wrist. There is an accessory on his wrist", "loop"),
        MATERIAL("leather", "contradiction"),
        hue("jeans", "black", "other_garment_color"),
        hue("jacket", "black"),
        GARMENT_TYPE("jeans"),
        title="Mufti Men Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: dark indigo regular jeans with a cuffed hem; white shirt untucked; steel watch; brown boots; white
    # backdrop. Caption adapter cut at 50 tokens; QA spans; base model's jeans answer runs on into a new question.
    case(
        "X574-028",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is an accessory on his wrist. This man wears a",
            "cut",
            hit_limit=True,
        ),
        wears("a long-sleeve shirt with pure color patterns"),
        desc("long pants"),
        DETAILS("This man wears a", "cut"),
        MATERIAL("denim"),
        hue("jeans", "dark blue Question: What is the color of the shoes? Answer: brown", "leak"),
        hue("shirt", "white"),
        title="Wrangler Men Navy Blue Regular Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-blue tapered jeans; red-and-black buffalo check shirt buttoned; white backdrop. Feed row has no
    # gender. Caption adapter + QA (material from the shirt's sentence); base model and engine give the shirt's red.
    case(
        "X574-029",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        wears("a long-sleeve shirt with lattice patterns"),
        desc("The pants are with denim fabric"),
        MATERIAL("cotton", "contradiction"),
        hue("jeans", "red", "other_garment_color"),
        hue("shirt", "red and black"),
        COLOR("red", "other_garment_color"),
        GARMENT_TYPE("shirt", "contradiction"),
        title="Pepe Jeans Men Blue Tapered Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: khaki slim chinos with turned-up hems; navy polo tucked in; brown belt; brown loafers; white backdrop.
    # Caption adapter + QA spans; base colors; engine closed. Everything right.
    case(
        "X574-030",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in his waist."
        ),
        wears("a short-sleeve shirt with pure color patterns"),
        desc("a long trousers"),
        DETAILS("There is an accessory in his waist"),
        MATERIAL("cotton"),
        hue("trousers", "khaki"),
        hue("shirt", "navy blue"),
        GARMENT_TYPE("trousers"),
        COLOR("beige"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: olive slim chinos; white long-sleeve oxford shirt, sleeves rolled; white sneakers; white backdrop.
    # Caption adapter ("lady") + QA (empty details); base gives the shirt the chinos' green, engine the shirt's white.
    case(
        "X574-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wears("a long-sleeve shirt with pure color patterns"),
        desc("The lady wears a long trousers", "pronoun"),
        DETAILS("", "non_answer"),
        MATERIAL("cotton"),
        hue("trousers", "green"),
        hue("shirt", "green", "other_garment_color"),
        COLOR("white", "other_garment_color"),
        title="Basics Men Olive Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: charcoal grey flat-front formal trousers; light-blue formal shirt tucked in; black belt; white backdrop.
    # Caption adapter + QA spans; base model calls the charcoal black; engine pattern.
    case(
        "X574-032",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in his waist."
        ),
        wears("a long-sleeve shirt with pure color patterns"),
        desc("a long trousers"),
        DETAILS("There is an accessory in his waist"),
        hue("trousers", "black", "contradiction"),
        hue("shirt", "light blue"),
        PATTERN("solid"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: plain navy chinos; white shirt with thin blue vertical stripes, sleeves rolled; white sneakers; white
    # backdrop. Caption adapter moves the stripes onto the trousers; QA spans; base colors; engine pattern.
    case(
        "X574-033",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long trousers. The trousers are with cotton fabric and striped patterns.",
            "contradiction",
        ),
        wears("a long-sleeve shirt with striped patterns"),
        desc("The trousers are with cotton fabric and striped patterns", "contradiction"),
        DETAILS("", "non_answer"),
        MATERIAL("cotton"),
        hue("trousers", "blue"),
        hue("shirt", "white"),
        PATTERN("striped", "contradiction"),
        title="Mast & Harbour Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track pants with a white side stripe down each leg; grey crew tee; no watch; white backdrop.
    # Caption adapter invents a wrist accessory; QA spans; base model's tee answer continues into a new question.
    case(
        "X574-034",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a crew neckline. The man wears a long pants. The pants are with cotton fabric and striped patterns. "
            "There is an accessory on his wrist.",
            "unsupported",
        ),
        wears("a short-sleeve T-shirt with pure color patterns"),
        desc("The pants are with cotton fabric and striped patterns"),
        DETAILS("There is an accessory on his wrist", "unsupported"),
        hue("track pants", "black and white"),
        hue("t-shirt", "grey Question: What is the color of the pants? Answer: black", "leak"),
        GARMENT_TYPE("track pants"),
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: full-length navy joggers with ribbed ankle cuffs and a drawstring waist; white crew tee; white sneakers;
    # white backdrop. Caption adapter calls them "three-point"; QA spans; base colors; engine picks shorts.
    case(
        "X574-035",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a crew neckline. The man wears a three-point pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wears("a short-sleeve T-shirt with pure color patterns"),
        desc("a three-point pants", "contradiction"),
        MATERIAL("cotton"),
        hue("track pants", "white", "other_garment_color"),
        hue("t-shirt", "white"),
        GARMENT_TYPE("shorts", "contradiction"),
        title="HRX by Hrithik Roshan Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange track pants with three white side stripes; navy zip jacket open over a white tee; white
    # backdrop. Caption adapter loops on the pants sentence; QA (no details); base colors; engine pattern.
    case(
        "X574-036",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns. The man wears a long pants. The "
            "pants are with cotton fabric and striped patterns. The pants are with cotton fabric and striped "
            "patterns. The pants are with cotton fabric and striped patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        desc("The pants", "restated"),
        DETAILS("", "non_answer"),
        hue("track pants", "grey"),
        hue("jacket", "grey", "other_garment_color"),
        PATTERN("striped"),
        title="Adidas Men Grey Melange 3-Stripes Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive track pants with zip pockets; black tee with a white chest print; bare head; white backdrop.
    # Caption adapter invents a hat; QA spans; base model gives the pants the tee's black; engine type.
    case(
        "X574-037",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a crew neckline. The guy wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "This guy wears a hat.",
            "unsupported",
        ),
        wears("a short-sleeve T-shirt with graphic patterns"),
        DETAILS("This guy wears a hat", "unsupported"),
        MATERIAL("cotton"),
        hue("track pants", "black", "other_garment_color"),
        hue("t-shirt", "black"),
        GARMENT_TYPE("track pants"),
        title="Sports52 wear Men Olive Solid Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue knee-length denim shorts with frayed hems; plain white crew tee; white backdrop.
    # Caption adapter cut at 50 tokens; QA spans; base model's shorts answer runs on into a question.
    case(
        "X574-038",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a crew neckline. The man wears a medium-length shorts. The shorts are with denim fabric and solid "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wears("a short-sleeve T-shirt with pure color patterns"),
        desc("a medium-length shorts"),
        DETAILS("There is an accessory on his", "cut"),
        MATERIAL("denim"),
        hue("shorts", "blue Question: What is the color of the t-shirt? Answer: white", "leak"),
        hue("t-shirt", "white"),
        GARMENT_TYPE("jeans", "contradiction"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: black polyester running shorts with a small white logo; grey sleeveless tank; white backdrop.
    # Caption adapter ("woman") + QA spans; base colors; engine type.
    case(
        "X574-039",
        caption(
            "The woman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and it "
            "has a round neckline. The woman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        wears("a sleeveless tank top with pure color patterns"),
        desc("The woman wears a three-point shorts", "pronoun"),
        MATERIAL("cotton", "unsupported"),
        hue("shorts", "black"),
        hue("tank top", "black", "other_garment_color"),
        GARMENT_TYPE("shorts"),
        title="Nike Men Black Flex Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: beige-and-brown checked cotton shorts; navy polo; white backdrop. Caption adapter calls the checks
    # "pure color"; QA spans; base model gives the shorts the polo's blue; engine pattern.
    case(
        "X574-040",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wears("a short-sleeve shirt with pure color patterns"),
        desc("a three-point shorts"),
        DETAILS("The shorts are with cotton fabric and pure color patterns", "contradiction"),
        hue("shorts", "blue", "other_garment_color"),
        hue("shirt", "blue"),
        PATTERN("checked"),
        title="United Colors of Benetton Men Beige Checked Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: grey cargo shorts with side flap pockets; black crew tee; black watch on the left wrist; white backdrop.
    # Feed row has no color. Caption adapter cut at 50 tokens; QA spans; base model says black for both pieces.
    case(
        "X574-041",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a crew neckline. The man wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist. This",
            "cut",
            hit_limit=True,
        ),
        desc("a three-point shorts"),
        DETAILS("There is an accessory on his wrist"),
        MATERIAL("cotton"),
        hue("shorts", "black", "other_garment_color"),
        hue("t-shirt", "black"),
        title="Proline Men Grey Cargo Shorts",
        category="Shorts",
        gender="Men",
    ),
    # photo: white knee-length cotton kurta, mandarin collar, white churidar, brown mojaris; white backdrop.
    # Caption adapter calls the kurta a shirt; QA spans; base colors; engine type.
    case(
        "X574-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The man wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wears("a long-sleeve shirt with pure color patterns", "contradiction"),
        desc("", "non_answer"),
        DETAILS("its neckline is stand"),
        MATERIAL("cotton"),
        hue("kurta", "white"),
        hue("pants", "white Question: What is the color of the shoes? Answer: brown", "leak"),
        GARMENT_TYPE("kurta"),
        SLEEVES("short", "contradiction"),
        title="Fabindia Men White Solid Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta, gold embroidery down the placket (seller says Brown); cream churidar; white.
    # Caption adapter ("lady", "dress", chiffon) + QA spans; base colors; engine type.
    case(
        "X574-043",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with chiffon fabric and its "
            "neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wears("a long-sleeve dress with complicated patterns", "contradiction"),
        DETAILS("The lady wears a long pants", "pronoun"),
        MATERIAL("chiffon", "unsupported"),
        hue("kurta", "red"),
        hue("pants", "white"),
        GARMENT_TYPE("kurta"),
        title="Manyavar Men Embroidered Silk Blend Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: short navy kurta with a small white buti print; mid-blue jeans; white backdrop. Caption adapter
    # ("top") + QA (material from the jeans' sentence); base model loops on the kurta's colors; engine closed.
    case(
        "X574-044",
        caption(
            "The man wears a long-sleeve top with floral patterns. The top is with cotton fabric and its neckline is "
            "stand. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        wears("a long-sleeve top with floral patterns"),
        desc("The top", "restated"),
        DETAILS("its neckline is stand"),
        MATERIAL("denim", "contradiction"),
        hue(
            "kurta",
            "navy blue and white and navy blue and white and navy blue and white and navy blue and white and navy",
            "loop",
            hit_limit=True,
        ),
        hue("jeans", "blue"),
        PATTERN("printed"),
        COLOR("navy blue"),
        title="Sojanya Men Navy Blue Printed Short Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard-yellow knee-length kurta, three-quarter view, white pyjama, no watch; white backdrop.
    # Caption adapter ("dress") cut at 50 tokens; QA spans; base model gives the pyjama the kurta's yellow.
    case(
        "X574-045",
        caption(
            "The man wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is stand. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        wears("a long-sleeve dress with pure color patterns", "contradiction"),
        DETAILS("There is an accessory on his wrist", "unsupported"),
        hue("kurta", "yellow"),
        hue("pants", "yellow", "other_garment_color"),
        GARMENT_TYPE("kurta"),
        title="Jompers Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: bottle-green kurta with a tone-on-tone woven stripe; off-white pyjama; white backdrop. Feed row has no
    # gender. Caption adapter calls it a shirt; QA spans; base colors; engine pattern.
    case(
        "X574-046",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its neckline "
            "is stand. The man wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wears("a long-sleeve shirt with striped patterns", "contradiction"),
        desc("The shirt", "restated"),
        MATERIAL("cotton"),
        hue("kurta", "green"),
        hue("pants", "white"),
        PATTERN("striped"),
        title="Fabindia Men Green Woven Stripe Cotton Kurta",
        category="Kurtas",
        color="Green",
    ),
]
