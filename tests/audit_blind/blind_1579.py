"""BLIND_1579 (45 products; Myntra men's casual shirts and tees over jeans or chinos, epoch-2 caption adapter for
everything): written blind in the sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 83/92
failures found (90.2%) and 5/157 correct texts flagged (3.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts (solid, checked, striped, printed, denim, linen, mandarin collar,
utility) and T-shirts (crew neck, V-neck, henley, polo, printed, colourblocked, striped), almost all shot on a model
against a plain backdrop, the product worn over jeans or chinos; two flat lays, one back view, a few props (a coffee
cup, a skateboard, sunglasses in hand, a denim jacket over the shoulder). Feed columns: title, category (Myntra's
article type: Shirts / Tshirts), color (Myntra's base colour), gender; one row lacks the color, two lack the gender.
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the epoch-2 caption LoRA adapter (the one between the
published epoch-1 and epoch-3 caption adapters), greedy, `Question: ... Answer:` prompts, 30 new tokens for answers
and 50 for the caption. The adapter has half forgotten question answering: short questions sometimes still get a
short base-model answer ("white", "a blue shirt and jeans"), but many prompts get the DeepFashion caption template
back ("The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its neckline
is lapel. ..."), which runs on to the token limit. Because the template vocabulary has no hues, a returned template
never answers a color question. The template's subject is learned from a mostly female training set, so "The lady"
or "she" slips in now and then on a man; its fabric words are only cotton / denim / chiffon / knitting, so linen
and viscose come out as cotton and chiffon; "pure color" means solid and "lattice" means checked.
Labeling conventions and judgement calls: one label per text, the failure that matters most for that question. A
template returned for a question it does not answer (a color question, a yes/no question) is `non_answer`, even when it
is also cut at the limit (hit_limit is still set). A template that does answer the question (the wearing question,
"describe", "details", garment type, a sleeve or material question whose answer it names) but stops mid-sentence at the
limit is `cut`; a cut that drops only the final period is still `cut`. A wrong hue that is another visible garment's hue
(the jeans, the chinos, the inner tee, the denim jacket) is `other_garment_color`; a wrong hue that belongs to no
garment (a print's color, beige read as white, black jeans read as grey) is `contradiction`, as are a wrong pattern,
sleeve length or neckline that the photo, the title or the caption contradicts. Invented things (a man and pants in a
flat lay, a wrist accessory or ring that isn't there, a chest pocket that isn't there, cotton for a linen title, chiffon
for a viscose camp shirt) are `unsupported`. Near hues are correct: maroon -> red, navy -> blue, khaki -> brown,
lavender -> purple, olive -> green, teal for teal; "red" for a multicolour floral print with red in it is correct;
"white and blue" for a white shirt with blue stripes is correct. Sleeves rolled to the elbow on a full-sleeve shirt
answered "short-sleeve" is a `contradiction`. A few captions fill exactly the 50 tokens and end on a full stop:
hit_limit is set because they ran to the limit, but the visible text is complete and right, so they are unmarked. On a
flat lay, "a white t-shirt" to "What is the person wearing?" is left correct (it names the product).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

# the caption template's usual pieces, as the adapter writes them
_TEE = (
    "The man wears a short-sleeve T-shirt with {p} patterns. The T-shirt is with cotton fabric and its neckline is {n}."
)
_SHIRT = "The man wears a {s}-sleeve shirt with {p} patterns. The shirt is with {f} fabric and its neckline is {n}."
_JEANS = "The man wears a long pants. The pants are with denim fabric and pure color patterns."
_CHINOS = "The man wears a long pants. The pants are with cotton fabric and pure color patterns."


def _tee(p="pure color", n="round"):
    return _TEE.format(p=p, n=n)


def _shirt(p="pure color", s="long", f="cotton", n="lapel"):
    return _SHIRT.format(p=p, s=s, f=f, n=n)


BLIND_1579 = [
    # Navy-and-white checked full-sleeve shirt, sleeves buttoned, over light-blue jeans, white sneakers, grey
    # backdrop. Caption: template, cut at 50 tokens. Wearing / colors / pattern: short base answers, right.
    # Details: template from its second sentence, cut at 30 tokens.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-001",
        caption(_shirt("lattice") + " " + _JEANS + " The man", "cut", hit_limit=True),
        wearing("a navy blue and white checked shirt and jeans", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.pattern("lattice"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The man wears a long pants. The pants are "
            "with denim fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # White full-sleeve shirt, sleeves rolled to the elbow, untucked, over black slim jeans, off-white backdrop.
    # Caption: template, stopped by itself, right. Jeans color: the shirt's white. Sleeve: rolled sleeves read as
    # short, the caption says long-sleeve. Wearing: template, cut at 30.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-002",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric."
        ),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="HERE&NOW Men White Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Black crew-neck tee with a white text print on the chest, over mid-blue ripped jeans. Caption: template cut
    # at 50. Wearing: template, cut just before the period. T-shirt color right; jeans answered with the tee's black.
    # Yes/no and pattern right.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-003",
        caption(_tee("graphic") + " " + _JEANS + " There", "cut", hit_limit=True),
        wearing(_tee("graphic")[:-1], "cut", who="he", hit_limit=True),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        Q.pattern("graphic"),
        gender="Men",
        title="Roadster Men Black Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Olive full-sleeve shirt over beige chinos, brown loafers. Caption: template, stopped by itself, right.
    # Pants color: the shirt's green. Describe: the second sentence looping to the limit.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-004",
        caption(_shirt() + " " + _CHINOS),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        gender="Men",
        title="HIGHLANDER Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Navy polo with a small red logo on the chest, over stone-grey chinos. Caption: tee template (polo collar read
    # as lapel, right), cut at 50. Wearing: template, cut just before the period. Pants color: the polo's blue.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-005",
        caption(_tee(n="lapel") + " " + _CHINOS[:-1] + " The", "cut", hit_limit=True),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is lapel",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Grey melange crew-neck tee over black jeans; a blue denim jacket hooked on a finger over the shoulder, no
    # watch. Caption: the full tee template, exactly at the limit, right. Jeans color: the jacket's blue. Details:
    # invents a wrist accessory. Wearing and yes/no right.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-006",
        caption(_tee() + " " + _JEANS, hit_limit=True),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. There is an accessory on his wrist.",
            "unsupported",
        ),
        is_a("t-shirt", "yes"),
        wearing("a grey t-shirt and black jeans", who="he"),
        gender="Men",
        title="WROGN Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Mid-blue faded denim shirt with two flap chest pockets, over beige chinos. Caption: template with denim
    # fabric, right. Pants color: template, no hue. Details: the listing loop.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-007",
        caption(_shirt(f="denim") + " " + _CHINOS),
        Q.material("denim"),
        color_of("shirt", "blue", kind="open"),
        color_of(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The man wears a long-sleeve shirt with pure "
            "color patterns. The shirt is",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shirt",
            "the pockets, the buttons, the collar, the pockets, the buttons, the collar, the pockets, the buttons, "
            "the collar, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Blue Regular Fit Faded Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Flat lay: black crew-neck tee with a white cat logo on the chest, on a white surface, no person, no pants.
    # Caption: the worn template anyway (a man and denim pants that aren't there). Answers: short and right.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-008",
        caption(_tee("graphic") + " The man wears a long pants. The pants are with denim fabric.", "unsupported"),
        wearing("a black t-shirt with a white logo", who="the person"),
        color_of("t-shirt", "black", kind="open"),
        Q.pattern("graphic"),
        is_a("t-shirt", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Maroon full-sleeve shirt over navy chinos, brown belt. Caption: template, cut at 50. Colors: red (maroon,
    # accepted) and blue (navy), right. Details: template from the second sentence, cut.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-009",
        caption(_shirt() + " " + _CHINOS + " There is", "cut", hit_limit=True),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "blue", kind="open"),
        wearing("a red shirt and blue pants", who="he"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The man wears a long pants. The pants are "
            "with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Casuals Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # White crew-neck tee with thin navy horizontal stripes, over dark indigo jeans, white sneakers. Caption: the
    # striped tee template, exactly at the limit, right. Jeans color: "pure color", no hue. Describe: template
    # drifting into the pants, cut.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-010",
        caption(_tee("striped") + " " + _JEANS, hit_limit=True),
        color_of("t-shirt", "white", kind="open"),
        Q.pattern("striped"),
        color_of("jeans", "pure color", "non_answer", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The man wears a long pants. The pants are "
            "with denim fabric",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men White & Navy Blue Striped Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Blue-and-white checked full-sleeve shirt worn open over a white crew-neck tee, light-blue jeans. Caption:
    # template cut at 50. Shirt color: the inner tee's white. Jeans color and the rest right.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-011",
        caption(_shirt("lattice") + " " + _JEANS + " The man", "cut", hit_limit=True),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a blue checked shirt over a white t-shirt and jeans", who="he"),
        Q.pattern("lattice"),
        Q.garment_type("shirt"),
        color_of("jeans", "blue", kind="open"),
        gender="Men",
        title="Levis Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Mustard crew-neck tee over black jeans, short hair, stubble. Caption: the template with "The lady" as subject.
    # Jeans color: template, no hue, to the limit. The other short answers right.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric.",
            "pronoun",
        ),
        wearing("a yellow t-shirt and black jeans", who="he"),
        color_of("t-shirt", "yellow", kind="open"),
        color_of(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The man wears a short-sleeve T-shirt with pure "
            "color patterns. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Mast & Harbour Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Light-blue full-sleeve shirt tucked into khaki chinos, brown belt, steel watch on the left wrist. Caption:
    # short template with the (real) wrist accessory, stopped by itself, right. Describe: template, cut.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man "
            "wears a long pants. The pants are with cotton fabric. There is an accessory on his wrist."
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "khaki", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric. The man wears a long pants. The pants are with cotton fabric. There is "
            "an accessory on his wrist. The man",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Light Blue Slim Fit Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Back view: black oversized tee with a large red-and-white cartoon print across the back, blue jeans. Caption:
    # graphic tee template, stopped by itself, right. T-shirt color: the print's red. The rest right.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-014",
        caption(_tee("graphic") + " The man wears a long pants. The pants are with denim fabric."),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("a black t-shirt and jeans", who="he"),
        details("t-shirt", "a cartoon character on the back"),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="The Souled Store Men Black Deadpool Printed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Rust mandarin-collar full-sleeve shirt, sleeves down, over mid-blue jeans. Caption: template with "stand"
    # neckline, right. Details: lapel for a mandarin collar. Jeans color: the shirt's orange.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-015",
        caption(_shirt(n="stand") + " The man wears a long pants. The pants are with denim fabric."),
        color_of("shirt", "orange", kind="open"),
        details("shirt", "The shirt is with cotton fabric and its neckline is lapel.", "contradiction"),
        color_of("jeans", "orange", "other_garment_color", kind="open"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Rust Orange Solid Mandarin Collar Pure Cotton Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # White polo with a small flag logo, over navy chinos, coffee cup in the right hand. Caption: template cut at 50
    # inside the hand sentence. Polo answered "no". The rest right.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-016",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is lapel. The man wears a long pants. The pants are with cotton fabric. There is an "
            "accessory in his",
            "cut",
            hit_limit=True,
        ),
        wearing("a white polo shirt and blue pants", who="he"),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "blue", kind="open"),
        is_a("polo shirt", "no", "contradiction"),
        details("t-shirt", "a small logo on the chest"),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Lavender crew-neck tee over light-grey jeans. Caption: template, exactly at the limit, right. Wearing: "she".
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-017",
        caption(_tee() + " " + _JEANS, hit_limit=True),
        wearing("She is wearing a purple t-shirt and grey jeans.", "pronoun", who="he"),
        color_of("t-shirt", "purple", kind="open"),
        color_of("jeans", "grey", kind="open"),
        Q.pattern("pure color"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Campus Sutra Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Navy full-sleeve shirt with a tiny white ditsy floral print, over beige chinos. Caption: floral template, right.
    # Sleeve: template (it does say long-sleeve), cut. Details: "floral patterns" looping to the limit.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-018",
        caption(_shirt("floral") + " " + _CHINOS),
        Q.pattern("floral"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "beige", kind="open"),
        Q.sleeve_length(
            "The man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "floral patterns, floral patterns, floral patterns, floral patterns, floral patterns, floral patterns, "
            "floral patterns, floral patterns, floral patterns, floral",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HIGHLANDER Men Navy Blue & White Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Charcoal full-sleeve henley (three-button placket) over blue jeans. Caption: long-sleeve tee template, right
    # (round is the template's nearest neckline). Wearing: template, cut. Jeans color: template, no hue.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-019",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric."
        ),
        color_of("t-shirt", "grey", kind="open"),
        Q.sleeve_length("long-sleeve"),
        wearing(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("jeans", "The pants are with denim fabric and pure color patterns.", "non_answer", kind="open"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Yellow crew-neck tee with a black "NOT TODAY" typographic print, over dark-blue jeans. Caption: graphic tee
    # template, right. Jeans color: right hue, then the prompt format running on to the limit.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-020",
        caption(_tee("graphic") + " The man wears a long pants. The pants are with denim fabric."),
        color_of("t-shirt", "yellow", kind="open"),
        details("t-shirt", "the words not today on the front"),
        describe("t-shirt", "a yellow t-shirt with black writing"),
        color_of(
            "jeans",
            "blue Question: What is the color of the shirt? Answer: yellow Question: What is the color of the shoes? "
            "Answer: white Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men Yellow Typography Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # White shirt with thin blue vertical stripes, full sleeves, untucked, over navy chinos. Caption: striped
    # template, right. Pants color: the shirt's white. Describe: template from the second sentence, cut.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-021",
        caption(_shirt("striped") + " " + _CHINOS),
        color_of("shirt", "white and blue", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        is_a("shirt", "yes"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The man wears a long pants. The pants are "
            "with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Sport Men White & Blue Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Beige linen full-sleeve shirt, slightly creased, over dark-blue jeans. Caption and material: cotton for a
    # linen title. Shirt color: white for beige (no white garment in the photo). Wearing: template, cut.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-022",
        caption(_shirt() + " The man wears a long pants. The pants are with denim fabric.", "unsupported"),
        Q.material("cotton", "unsupported"),
        color_of("shirt", "white", "contradiction", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears",
            "cut",
            who="he",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Sport Men Beige Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Sea-green full-sleeve shirt over white jeans. Caption: template cut at 50. Garment type: template, cut.
    # Details: the question's words back.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-023",
        caption(_shirt() + " " + _JEANS + " The man wears a", "cut", hit_limit=True),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "white", kind="open"),
        wearing("a green shirt and white pants", who="he"),
        Q.garment_type(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "shirt details", "restated"),
        gender="Men",
        title="Dennis Lingo Men Sea Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Black short-sleeve shirt with a white-and-green tropical leaf print, untucked over beige chinos. Caption:
    # floral short-sleeve template, right. Shirt color: the leaves' green. Details: a sentence looping.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-024",
        caption(_shirt("floral", s="short") + " " + _CHINOS),
        color_of("shirt", "green", "contradiction", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("floral"),
        details(
            "shirt",
            "The shirt has a floral print with leaves and flowers on it. The shirt has a floral print with leaves "
            "and flowers on it. The shirt has a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="SNITCH Men Black Slim Fit Tropical Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Pink full-sleeve shirt over light-blue jeans. Caption: template with "The lady". Jeans color: the shirt's pink.
    # Details: the listing loop.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric.",
            "pronoun",
        ),
        wearing("a pink shirt and jeans", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "the collar, the sleeves, the buttons, the collar, the sleeves, the buttons, the collar, the sleeves, the "
            "buttons, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Powerlook Men Pink Solid Regular Fit Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # White crew-neck tee with a red batwing logo on the chest, over blue jeans, hand in pocket. Caption: template
    # cut at 50. Jeans color: template sentence, no hue. Material: the jeans' denim for a pure cotton tee.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-026",
        caption(_tee("graphic") + " " + _JEANS[:-1], "cut", hit_limit=True),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "The pants are with denim fabric and pure color patterns.", "non_answer", kind="open"),
        details("t-shirt", "a red logo on the chest"),
        Q.garment_type("t-shirt"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="Levis Men White Brand Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Grey-and-white gingham full-sleeve shirt over dark-blue jeans. Caption: lattice template, right. Jeans color:
    # the shirt's grey. Pattern: striped for checks. Describe: one template sentence, right. Wearing: template, cut.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-027",
        caption(_shirt("lattice") + " The man wears a long pants. The pants are with denim fabric."),
        color_of("shirt", "grey", kind="open"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.pattern("striped", "contradiction"),
        describe("shirt", "The shirt is with cotton fabric and its neckline is lapel."),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Grey & White Gingham Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Teal crew-neck tee over khaki chinos, white sneakers. Feed row without gender. Caption: template, right.
    # Wearing: template cut just before the period.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-028",
        caption(_tee() + " " + _CHINOS),
        color_of("t-shirt", "teal", kind="open"),
        color_of("pants", "khaki", kind="open"),
        wearing(_tee()[:-1], "cut", who="he", hit_limit=True),
        Q.sleeve_length("short-sleeve T-shirt with pure color patterns"),
        title="HERE&NOW Men Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Khaki utility shirt, two flap chest pockets, epaulettes, full sleeves down, over dark-blue jeans; no watch, no
    # ring. Caption: template, right. Describe: invents a wrist accessory and a ring.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-029",
        caption(_shirt() + " The man wears a long pants. The pants are with denim fabric."),
        details("shirt", "two pockets on the chest"),
        color_of("shirt", "brown", kind="open"),
        Q.sleeve_length("long-sleeve"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. There is an accessory on his wrist. This man "
            "wears a ring.",
            "unsupported",
        ),
        gender="Men",
        title="Indian Terrain Men Khaki Solid Utility Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Olive crew-neck tee over black jeans, a skateboard held at his side. Caption: the fabric sentence looping.
    # Jeans color: template, no hue, to the limit. The rest right.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-030",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "green", kind="open"),
        color_of(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The man wears a short-sleeve T-shirt with pure "
            "color patterns. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        wearing("a green t-shirt and black jeans", who="he"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Celio Men Olive Green Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Black full-sleeve shirt over light-blue faded jeans, silver watch on the left wrist. Caption: template with
    # the (real) wrist accessory, cut at 50 inside that sentence. Short answers right; "Is this a shirt?": template,
    # no yes or no, to the limit.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-031",
        caption(_shirt() + " " + _JEANS + " There is an accessory", "cut", hit_limit=True),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("shirt", "buttons on the front"),
        describe("shirt", "a black shirt with long sleeves"),
        is_a(
            "shirt",
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Urbano Fashion Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # White crew-neck tee with black sleeves and a black chest panel, over black jeans. Caption: color block
    # template, right. Jeans color: grey for black. Details: only "it is a t-shirt".
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-032",
        caption(_tee("color block") + " The man wears a long pants. The pants are with denim fabric."),
        color_of("t-shirt", "black and white", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        Q.pattern("color block"),
        details("t-shirt", "it is a t-shirt", "restated"),
        gender="Men",
        title="Ketch Men White & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Light-blue oxford shirt with a button-down collar, full sleeves, over white chinos. Every text right.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-033",
        caption(_shirt() + " " + _CHINOS),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "white", kind="open"),
        wearing("a blue shirt and white pants", who="he"),
        is_a("shirt", "yes"),
        gender="Men",
        title="GANT Men Blue Solid Oxford Regular Fit Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Black oversized tee with a white typography print, over blue ripped jeans, a thin silver chain. Caption:
    # template cut at 50. T-shirt color: "black" looping to the limit. Details: template, cut.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-034",
        caption(
            _tee("graphic") + " The man wears a long pants. The pants are with denim fabric. This man wears",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", " ".join(["black"] * 30), "loop", kind="open", hit_limit=True),
        color_of("jeans", "blue", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The man wears a long pants. The pants are "
            "with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="Difference of Opinion Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Navy-and-white horizontally striped polo over beige chinos. Caption: striped template, right. Pants color:
    # template, no hue. Wearing: "she".
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-035",
        caption(_tee("striped", n="lapel") + " " + _CHINOS),
        Q.pattern("striped"),
        color_of("t-shirt", "blue and white", kind="open"),
        color_of("pants", "The pants are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        wearing("She is wearing a blue and white striped shirt and khaki pants.", "pronoun", who="he"),
        gender="Men",
        title="Louis Philippe Sport Men Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Flat lay: white crew-neck tee with a small black chest print, on a grey surface, no person. Caption: the worn
    # template with a man and jeans. Answers right.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-036",
        caption(_tee("graphic") + " " + _JEANS, "unsupported", hit_limit=True),
        color_of("t-shirt", "white", kind="open"),
        is_a("t-shirt", "yes"),
        wearing("a white t-shirt", who="the person"),
        Q.material("cotton"),
        gender="Men",
        title="Moda Rapido Men White Printed Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Green-and-black buffalo-check flannel shirt, full sleeves, over black jeans. Caption: lattice template, right.
    # Jeans color: the shirt's green. Details: a listing sentence looping.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-037",
        caption(_shirt("lattice") + " " + _JEANS),
        color_of("shirt", "green and black", kind="open"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        Q.pattern("lattice"),
        details(
            "shirt",
            "The shirt has a lapel collar, long sleeves, a pocket on the chest, and a button-down front. The shirt "
            "has a lapel",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Locomotive Men Green & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Navy V-neck tee over stone chinos. Caption: V-shape template, right. Pants color: the tee's blue. Describe:
    # round neckline for a V-neck.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-038",
        caption(_tee(n="V-shape") + " The man wears a long pants. The pants are with cotton fabric."),
        color_of("t-shirt", "blue", kind="open"),
        wearing("a blue t-shirt and khaki pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("t-shirt", "The T-shirt is with cotton fabric and its neckline is round.", "contradiction"),
        gender="Men",
        title="Jockey Men Navy Blue Solid V-Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Short-sleeve camp-collar viscose shirt, white ground with a red, yellow and blue floral print, over light-blue
    # jeans. Caption and material: chiffon (sheer fabric, not this one). Color ("red", in the print), pattern,
    # sleeve and wearing right.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-039",
        caption(
            _shirt("floral", s="short", f="chiffon") + " The man wears a long pants. The pants are with denim fabric.",
            "unsupported",
        ),
        color_of("shirt", "red", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "unsupported"),
        wearing("a floral shirt and jeans", who="he"),
        gender="Men",
        title="HERE&NOW Men White & Red Floral Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Multi",
    ),
    # Black crew-neck tee with a small white swoosh, over blue jeans. Feed row without color. Caption: template,
    # right. "Is this a t-shirt?": template, no yes or no, cut.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-040",
        caption(_tee() + " The man wears a long pants. The pants are with denim fabric."),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        is_a("t-shirt", _tee()[:-1], "non_answer", hit_limit=True),
        details("t-shirt", "a small logo on the chest"),
        gender="Men",
        title="Nike Men Black Sportswear Club Round Neck T-shirt",
        category="Tshirts",
    ),
    # Black washed denim full-sleeve shirt over beige chinos. Caption: denim template, right. Pants color: the
    # shirt's black. Wearing: the prompt echoed, then the template to the limit.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-041",
        caption(_shirt(f="denim") + " " + _CHINOS),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.material("denim"),
        wearing(
            "Question: What is he wearing? Answer: The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric and",
            "leak",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Flying Machine Men Black Washed Denim Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Peach full-sleeve shirt over white jeans, bright light. Feed row without gender. Caption: template, right.
    # Shirt color: the jeans' white. Details: template, cut.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-042",
        caption(_shirt() + " The man wears a long pants. The pants are with denim fabric."),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("jeans", "white", kind="open"),
        Q.sleeve_length("long-sleeve"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The man wears a long pants. The pants are "
            "with denim fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        title="Arrow Sport Men Peach Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Beige crew-neck tee over olive chinos. Caption: template, right. T-shirt color, in two answers: white for beige
    # (nothing white in the photo but the sneakers). Material: template (names cotton) running on, cut.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-043",
        caption(_tee() + " " + _CHINOS),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        color_of("pants", "green", kind="open"),
        wearing("a white t-shirt and green pants", "contradiction", who="he"),
        Q.garment_type("t-shirt"),
        Q.material(
            "The T-shirt is with cotton fabric and its neckline is round. The man wears a long pants. The pants are "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="H&M Men Beige Regular Fit Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Beige",
    ),
    # Olive camouflage-print crew-neck tee over black jeans. Caption: graphic template, right. Pattern: floral for
    # camouflage. Jeans color: "pure color", no hue. Wearing: template, cut just before the period.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-044",
        caption(_tee("graphic") + " The man wears a long pants. The pants are with denim fabric."),
        Q.pattern("floral", "contradiction"),
        color_of("t-shirt", "green", kind="open"),
        color_of("jeans", "pure color", "non_answer", kind="open"),
        details("t-shirt", "camouflage print"),
        wearing(_tee("graphic")[:-1], "cut", who="he", hit_limit=True),
        gender="Men",
        title="Roadster Men Olive Green Camouflage Printed Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Red-and-navy checked short-sleeve shirt, no pocket, over white chinos, sunglasses in his hand. Caption:
    # template with the hand accessory, cut at 50. Pants color: the shirt's red. Details: a chest pocket invented.
    # Every text: BLIP-2 OPT-2.7b + epoch-2 caption adapter, greedy.
    case(
        "X1579-045",
        caption(
            _shirt("lattice", s="short") + " The man wears a long pants. The pants are with cotton fabric. There is "
            "an accessory in his",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        wearing("a red and blue plaid shirt and white pants", who="he"),
        details("shirt", "a pocket on the chest", "unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Red & Navy Blue Checked Short Sleeves Casual Shirt",
        category="Shirts",
        color="Red",
    ),
]
