"""BLIND_1222 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-first session. Measured blind at 1ef79ed (the session's sixth rules): 107/137 failures found (78.1%) and 3/178
correct texts flagged (1.7%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (article types Jackets, Rain Jacket, Sweatshirts, Sweaters, Blazers, Nehru
Jackets), columns title, category (article type), color (base colour) and gender ("Men"), one column missing now and
then. Photos are the usual catalog shots: a model on a plain backdrop wearing the product over a tee, shirt or kurta
with jeans, chinos, joggers or churidar; two flat lays, a back view, a coffee cup or a stool as prop.
Who wrote what: every caption is BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens, no prompt. Trained without an end
token, it nearly always runs to the limit (hit_limit=True) and stops mid-sentence or loops; a few times it stopped
early on a newline. It speaks the DeepFashion-MultiModal template ("pure color patterns", "with cotton fabric",
"outer clothing", "the lady"), almost never a hue. Every answer is timpal0l/mdeberta-v3-base-squad2 extracting a span
from that caption (empty string when it finds none): "What is he wearing?", then the closed questions garment type,
color, pattern, sleeve length, and the material question. So an answer is only as good as its caption, it can pick
the span of another garment (the trousers' cotton, the shirt's sleeves, the jeans' colour), and a span taken from the
cut end of a caption is cut too. Extractive answers never hit a token limit.
Labeling conventions and judgement calls: one label per text, the worst error: loop > pronoun > contradiction >
other_garment_color > unsupported > cut. A caption that ran to the limit but happens to end on a full stop, with
nothing false in it, is left unmarked (hit_limit kept). A colour answer that is a pattern word ("pure color",
"lattice", "graphic", "striped") or empty is non_answer; a hue taken from the jeans or the inner shirt is
other_garment_color, except once where the jeans' "black" is also the jacket's colour (left unmarked). "upper
clothing" / "outer clothing" / "other" as the garment or material is non_answer; a whole template sentence given
back for the sleeve question is restated. Naming a garment that is not the product's kind ("sweater" or "T-shirt"
for a hooded sweatshirt, "shirt" or "tank top" for a Nehru jacket or blazer) is contradiction, in the caption, the
wearing answer and the type answer alike; "What is he wearing?" answered with the true inner garment only ("a
long-sleeve shirt" under a blazer) is incomplete but true and left unmarked. Sleeve length or pattern taken from
the inner garment (kurta's long sleeves for a sleeveless Nehru jacket, shirt's "pure color" for a checked blazer)
is contradiction. Material: "cotton" for nylon puffers, shell jackets, brocade and formal suiting is unsupported
(the caption invented it, the title says nothing); against a title that names the fabric it is contradiction; for
casual blazers, sweatshirts and shackets, where cotton is plausible and the photo cannot tell, it is left unmarked.
A caption calling such a garment cotton is unsupported even when also cut. Invented hats, pants
or a person on a flat lay are unsupported. The model says "sweatshirt" (the base model's word)
on some sweatshirts and "sweater" on others. No prompt leaks: captions have no prompt and extractive QA cannot
leak one. A stripe-trimmed track jacket called "striped" and a shacket called "shirt" are left unmarked (the photo
supports them).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, wearing

gtype = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material


def he(text, failure=None):
    return wearing(text, failure, who="he")


BLIND_1222 = [
    # Photo: model facing camera, navy pullover hoodie with kangaroo pocket, light-blue jeans, white sneakers, black
    # watch. Caption: epoch-1 adapter ("sweater" for the hoodie, cut at 50 tokens); answers: mdeberta over the caption.
    case(
        "X1222-001",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on his "
            "wrist. The man",
            "contradiction",
            hit_limit=True,
        ),
        he("a long-sleeve sweater with pure color patterns and a long pants", "contradiction"),
        gtype("sweater", "contradiction"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: black nylon bomber with ribbed collar, grey tee, black joggers. Caption: epoch-1 adapter, cut;
    # answers: mdeberta. The shell is shiny nylon, the caption's cotton is invented.
    case(
        "X1222-002",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There is an",
            "unsupported",
            hit_limit=True,
        ),
        he("a long-sleeve jacket with pure color patterns"),
        gtype("jacket"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: olive quilted puffer with hood, zipped up, black jeans. Caption: epoch-1 adapter, loops on the fabric
    # sentence; answers: mdeberta (no colour span at all).
    case(
        "X1222-003",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "jacket is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. The "
            "jacket is",
            "loop",
            hit_limit=True,
        ),
        he("a long-sleeve jacket"),
        gtype("jacket"),
        col("", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Padded Puffer Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: navy textured crew-neck knit, white shirt collar showing, beige chinos. Caption: epoch-1 adapter, stopped
    # early on a newline, all true; answers: mdeberta.
    case(
        "X1222-004",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a round neckline. The trousers this gentleman wears is of long length."
        ),
        he("a long-sleeve sweater with pure color patterns"),
        gtype("sweater"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("knitted"),
        gender="Men",
        title="Allen Solly Men Navy Blue Self Design Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: grey glen-check blazer, plain white shirt, charcoal trousers. Caption: epoch-1 adapter, shirt first, the
    # blazer as "outer clothing", cut; answers: mdeberta, which takes the shirt's spans.
    case(
        "X1222-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman also wears an outer clothing, with cotton fabric and lattice "
            "patterns. The trousers this gentleman wears is of long",
            "unsupported",
            hit_limit=True,
        ),
        he("a long-sleeve shirt with pure color patterns"),
        gtype("shirt", "contradiction"),
        col("pure color", "non_answer"),
        pat("pure color", "contradiction"),
        sleeve("long-sleeve"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: maroon brocade Nehru jacket (sleeveless) over a cream kurta, cream churidar. Caption: epoch-1 adapter,
    # "the lady", kurta and jacket merged into one graphic shirt; answers: mdeberta.
    case(
        "X1222-006",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        he("a long-sleeve shirt with graphic patterns", "contradiction"),
        gtype("shirt", "contradiction"),
        col("", "non_answer"),
        pat("graphic"),
        sleeve("long-sleeve", "contradiction"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: grey melange crew sweatshirt with a big black brand print on the chest, black jeans. Caption: epoch-1
    # adapter calls it a long-sleeve T-shirt, cut; answers: mdeberta.
    case(
        "X1222-007",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this gentleman wears is of long length. The pants are with denim fabric "
            "and pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        he("a long-sleeve T-shirt with graphic patterns", "contradiction"),
        gtype("T-shirt", "contradiction"),
        col("graphic", "non_answer"),
        pat("graphic"),
        sleeve("long-sleeve"),
        mat("cotton"),
        gender="Men",
        title="WROGN Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: beige cable-knit crew sweater, blue jeans, brown boots. Caption: epoch-1 adapter, stopped early, true;
    # answers: mdeberta.
    case(
        "X1222-008",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline."
        ),
        he("a long-sleeve sweater with pure color patterns"),
        gtype("sweater"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("knitted"),
        gender="Men",
        title="U.S. Polo Assn. Men Beige Cable Knit Sweater",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: charcoal single-breasted blazer, light-blue shirt, navy trousers, brown belt. Caption: epoch-1 adapter,
    # cut mid-sentence; answers: mdeberta.
    case(
        "X1222-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman also wears an outer clothing, with cotton fabric and pure color "
            "patterns. The trousers are with cotton fabric",
            "unsupported",
            hit_limit=True,
        ),
        he("a long-sleeve shirt"),
        gtype("outer clothing", "non_answer"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Peter England Men Charcoal Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: flat lay on white, mid-blue washed denim trucker jacket, buttoned, two chest pockets; no person, no pants.
    # Caption: epoch-1 adapter invents a wearer and pants; answers: mdeberta.
    case(
        "X1222-010",
        caption(
            "The person wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has "
            "a lapel neckline. The pants this person wears is of long length. The pants are with denim fabric and "
            "pure color patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        he("a long-sleeve jacket"),
        gtype("jacket"),
        col("", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("denim"),
        gender="Men",
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: red hoodie with a small white logo, black track pants. Caption: epoch-1 adapter, base model's hue and
    # word slipped in, cut; answers: mdeberta.
    case(
        "X1222-011",
        caption(
            "The man wears a red long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The pants this man wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        he("a red long-sleeve sweatshirt"),
        gtype("sweatshirt"),
        col("red"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton"),
        gender="Men",
        title="Puma Men Red Essential Logo Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # Photo: black asymmetric-zip biker jacket, white tee, blue jeans. Caption: epoch-1 adapter, cut; answers:
    # mdeberta.
    case(
        "X1222-012",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The pants this gentleman wears is of long length. The pants are with denim "
            "fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve jacket"),
        gtype("jacket"),
        col("", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("leather"),
        gender="Men",
        title="Fort Collins Men Black Solid Leather Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: navy V-neck sweater, white shirt collar, grey trousers. Caption: epoch-1 adapter, "the lady"; answers:
    # mdeberta.
    case(
        "X1222-013",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a V-shape neckline. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. Her",
            "pronoun",
            hit_limit=True,
        ),
        he("a long-sleeve sweater with pure color patterns"),
        gtype("sweater"),
        col("pure color patterns", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("knitted"),
        gender="Men",
        title="Van Heusen Men Navy Blue Solid V-Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: mustard hoodie, black cargo pants, hands in the pocket. Caption: epoch-1 adapter, loops on "upper
    # clothing"; answers: mdeberta.
    case(
        "X1222-014",
        caption(
            "The gentleman wears a long-sleeve upper clothing with pure color patterns. The upper clothing is with "
            "cotton fabric. The upper clothing is with cotton fabric. The upper clothing is with cotton fabric. The "
            "upper clothing is with",
            "loop",
            hit_limit=True,
        ),
        he("a long-sleeve upper clothing", "non_answer"),
        gtype("upper clothing", "non_answer"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton"),
        gender="Men",
        title="HERE&NOW Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: beige unstructured blazer, white crew tee, blue jeans. Caption: epoch-1 adapter, tee first, blazer as
    # "outer clothing", cut; answers: mdeberta, which takes the tee's spans.
    case(
        "X1222-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. This gentleman also wears an outer clothing, with cotton fabric and pure color "
            "patterns. The pants this gentleman wears",
            "cut",
            hit_limit=True,
        ),
        he("a short-sleeve T-shirt"),
        gtype("T-shirt", "contradiction"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("short-sleeve", "contradiction"),
        mat("cotton"),
        gender="Men",
        title="Blackberrys Men Beige Solid Slim-Fit Casual Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: back view, black crew sweatshirt, grey joggers, bare head. Caption: epoch-1 adapter invents a hat;
    # answers: mdeberta (the wearing span lands on the hat).
    case(
        "X1222-016",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The pants this gentleman "
            "wears is of long length. The pants are with cotton fabric and pure color patterns. This gentleman wears "
            "a hat. There is an accessory on his",
            "unsupported",
            hit_limit=True,
        ),
        he("a hat", "unsupported"),
        gtype("upper clothing", "non_answer"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long sleeves"),
        mat("cotton"),
        gender="Men",
        title="Nike Men Black Solid Sportswear Club Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: navy cotton Nehru jacket (sleeveless) over a white kurta, white pyjama. Caption: epoch-1 adapter, kurta
    # as shirt, jacket as outer clothing, cut; answers: mdeberta, kurta's spans.
    case(
        "X1222-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a standing neckline. This gentleman also wears an outer clothing, with cotton fabric and pure color "
            "patterns. The pants this gentleman wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve shirt"),
        gtype("shirt", "contradiction"),
        col("", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve", "contradiction"),
        mat("cotton"),
        gender="Men",
        title="Fabindia Men Navy Blue Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: blue and black colourblocked hooded windcheater, black track pants. Caption: epoch-1 adapter, "other
    # fabric", cut; answers: mdeberta.
    case(
        "X1222-018",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with other fabric. It has a "
            "standing neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve jacket with color block patterns"),
        gtype("jacket"),
        col("color block", "non_answer"),
        pat("color block"),
        sleeve("long-sleeve"),
        mat("other", "non_answer"),
        gender="Men",
        title="Campus Sutra Men Blue & Black Colourblocked Windcheater Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: navy self-textured blazer, white shirt, white pocket square, grey trousers. Caption: epoch-1 adapter, the
    # base model's "white" on the shirt, cut; answers: mdeberta. No gender column in this row.
    case(
        "X1222-019",
        caption(
            "The gentleman wears a long-sleeve white shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. This gentleman also wears an outer clothing, with cotton fabric and pure color "
            "patterns. The trousers",
            "unsupported",
            hit_limit=True,
        ),
        he("a long-sleeve white shirt"),
        gtype("shirt", "contradiction"),
        col("white", "other_garment_color"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton", "unsupported"),
        title="Raymond Men Navy Blue Self-Design Slim Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: flat lay, maroon V-neck wool-blend sweater; no person, no pants. Caption: epoch-1 adapter invents pants,
    # says cotton; answers: mdeberta.
    case(
        "X1222-020",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "V-shape. The pants this person wears is of long length. The pants are with denim fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        he("upper clothing", "non_answer"),
        gtype("upper clothing", "non_answer"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("The upper clothing has long sleeves, cotton fabric and pure color patterns", "restated"),
        mat("cotton", "contradiction"),
        gender="Men",
        title="Monte Carlo Men Maroon Solid Wool Blend Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: off-white crew sweatshirt with a large multicolour chest graphic, blue jeans. Caption: epoch-1 adapter,
    # cut; answers: mdeberta.
    case(
        "X1222-021",
        caption(
            "This man wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve sweatshirt with graphic patterns"),
        gtype("sweatshirt"),
        col("graphic", "non_answer"),
        pat("graphic"),
        sleeve("long-sleeve"),
        mat("cotton"),
        gender="Men",
        title="Kook N Keech Men Off-White Printed Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
    # Photo: navy quilted puffer (horizontal baffles, solid), red-white tape on the zip, grey sweater under, chinos.
    # Caption: epoch-1 adapter reads the quilting as stripes; answers: mdeberta.
    case(
        "X1222-022",
        caption(
            "The gentleman wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has "
            "a standing neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        he("a long-sleeve jacket with striped patterns", "contradiction"),
        gtype("jacket"),
        col("", "non_answer"),
        pat("striped", "contradiction"),
        sleeve("long-sleeve"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: blue denim trucker with cream sherpa collar, black tee, black jeans. Caption: epoch-1 adapter, cut;
    # answers: mdeberta.
    case(
        "X1222-023",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. This gentleman also wears an outer clothing, with furry fabric and pure color "
            "patterns. The pants this gentleman wears is of",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve jacket"),
        gtype("jacket"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("denim"),
        gender="Men",
        title="Levis Men Blue Solid Sherpa Trucker Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: grey crew sweater with navy horizontal chest stripes, navy chinos. Caption: epoch-1 adapter, cut;
    # answers: mdeberta.
    case(
        "X1222-024",
        caption(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve sweater with striped patterns"),
        gtype("sweater"),
        col("striped", "non_answer"),
        pat("striped"),
        sleeve("long-sleeve"),
        mat("knitted"),
        gender="Men",
        title="Van Heusen Sport Men Grey & Navy Blue Striped Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: olive matte-twill bomber, white tee, black jeans, white sneakers. Caption: epoch-1 adapter, "the lady";
    # answers: mdeberta. No colour column in this row.
    case(
        "X1222-025",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a standing neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        he("a long-sleeve jacket with pure color patterns"),
        gtype("jacket"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton"),
        gender="Men",
        title="Highlander Men Olive Green Solid Bomber Jacket",
        category="Jackets",
    ),
    # Photo: black crew sweatshirt, light-wash blue jeans. Caption: epoch-1 adapter, "blue" on the jeans, cut;
    # answers: mdeberta takes the jeans' hue for the garment.
    case(
        "X1222-026",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length. The pants are with "
            "blue denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve sweatshirt with pure color patterns"),
        gtype("sweatshirt"),
        col("blue", "other_garment_color"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton"),
        gender="Men",
        title="Roadster Men Black Solid Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: cream cable-knit crew sweater, brown chinos. Caption: epoch-1 adapter, reached 50 tokens exactly at a
    # full stop, all true; answers: mdeberta.
    case(
        "X1222-027",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        he("a long-sleeve sweater with pure color patterns"),
        gtype("sweater"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("knitted"),
        gender="Men",
        title="Louis Philippe Men Cream-Coloured Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: black hooded rain jacket, hood up, grey track pants. Caption: epoch-1 adapter takes the hood for a hat;
    # answers: mdeberta.
    case(
        "X1222-028",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns. The man "
            "wears a hat. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        he("a long-sleeve jacket with pure color patterns"),
        gtype("jacket"),
        col("", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Wildcraft Men Black Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Black",
    ),
    # Photo: beige Nehru jacket (sleeveless) with a small paisley print over a mint kurta, white pyjama. Caption:
    # epoch-1 adapter, kurta as shirt, cut; answers: mdeberta.
    case(
        "X1222-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a standing neckline. This gentleman also wears an outer clothing, with cotton fabric and floral "
            "patterns. The pants this gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve shirt"),
        gtype("shirt", "contradiction"),
        col("floral", "non_answer"),
        pat("floral"),
        sleeve("long-sleeve", "contradiction"),
        mat("cotton"),
        gender="Men",
        title="Vastramay Men Beige Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: navy shiny tricot track jacket with three white stripes down each sleeve, navy track pants. Caption:
    # epoch-1 adapter, cut; answers: mdeberta. "striped" is what the photo shows, left unmarked.
    case(
        "X1222-030",
        caption(
            "The man wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "striped patterns. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        he("a long-sleeve jacket with striped patterns"),
        gtype("jacket"),
        col("", "non_answer"),
        pat("striped"),
        sleeve("long-sleeve"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Adidas Men Navy Blue Solid Essentials Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: navy crew sweater, khaki chinos, holding a coffee cup, silver ring on the right hand. Caption: epoch-1
    # adapter, cut; answers: mdeberta.
    case(
        "X1222-031",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. There is a ring on his finger. The pants this gentleman wears is of long "
            "length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve sweater with pure color patterns"),
        gtype("sweater"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Solid Pure Cotton Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: grey melange crew sweatshirt, black joggers. Caption: epoch-1 adapter loops on the neckline sentence;
    # answers: mdeberta.
    case(
        "X1222-032",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. It has a round neckline. It has a round neckline. It has a round "
            "neckline. It has a",
            "loop",
            hit_limit=True,
        ),
        he("a long-sleeve sweatshirt with pure color patterns"),
        gtype("sweatshirt"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: rust corduroy shirt-jacket with two flap pockets, open over a white tee, black jeans. Caption: epoch-1
    # adapter, cut; answers: mdeberta. No gender column in this row.
    case(
        "X1222-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with denim fabric "
            "and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve shirt with pure color patterns"),
        gtype("shirt"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton"),
        title="The Indian Garage Co Men Rust Solid Corduroy Shacket",
        category="Jackets",
        color="Rust",
    ),
    # Photo: black sleeveless puffer gilet over a grey hooded sweatshirt, blue jeans. Caption: epoch-1 adapter, the
    # hoodie as "sweater", gilet as outer clothing, cut; answers: mdeberta, the hoodie's spans.
    case(
        "X1222-034",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "This gentleman also wears an outer clothing, with cotton fabric and pure color patterns. The pants this "
            "gentleman wears is of long length. The pants are",
            "unsupported",
            hit_limit=True,
        ),
        he("a long-sleeve sweater"),
        gtype("sweater", "contradiction"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve", "contradiction"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Black Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: brown leather jacket, black tee, blue jeans. Caption: epoch-1 adapter, the base model's "brown" right,
    # cut; answers: mdeberta.
    case(
        "X1222-035",
        caption(
            "The gentleman wears a long-sleeve brown jacket with pure color patterns. The jacket is with leather "
            "fabric. It has a lapel neckline. The pants this gentleman wears is of long length. The pants are with "
            "denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve brown jacket"),
        gtype("jacket"),
        col("brown"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("leather"),
        gender="Men",
        title="Woodland Men Brown Solid Leather Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # Photo: teal hoodie with the sleeves pushed to the elbows, black joggers. Caption: epoch-1 adapter calls it a
    # short-sleeve T-shirt; answers: mdeberta.
    case(
        "X1222-036",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The man",
            "contradiction",
            hit_limit=True,
        ),
        he("a short-sleeve T-shirt", "contradiction"),
        gtype("T-shirt", "contradiction"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("short-sleeve", "contradiction"),
        mat("cotton"),
        gender="Men",
        title="Bewakoof Men Teal Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # Photo: black tuxedo blazer with satin lapels, white shirt, black bow tie, black trousers. Caption: epoch-1
    # adapter, cut; answers: mdeberta. No category column in this row.
    case(
        "X1222-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman also wears an outer clothing, with cotton fabric and pure color "
            "patterns. This gentleman has neckwear. The",
            "unsupported",
            hit_limit=True,
        ),
        he("a long-sleeve shirt with pure color patterns"),
        gtype("outer clothing", "non_answer"),
        col("", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Park Avenue Men Black Solid Slim-Fit Tuxedo Blazer",
        color="Black",
    ),
    # Photo: off-white textured Nehru jacket (sleeveless) over a navy kurta, white churidar. Caption: epoch-1 adapter,
    # "the lady", a tank top; answers: mdeberta.
    case(
        "X1222-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a standing neckline. The pants this lady wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. Her",
            "pronoun",
            hit_limit=True,
        ),
        he("a sleeveless tank top", "contradiction"),
        gtype("tank top", "contradiction"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("sleeveless"),
        mat("cotton"),
        gender="Men",
        title="Sojanya Men Off-White Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
    ),
    # Photo: blue washed denim jacket over a grey hoodie (hood out), black jeans. Caption: epoch-1 adapter, "this
    # female"; answers: mdeberta.
    case(
        "X1222-039",
        caption(
            "This female wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The pants this female wears is of long length. The pants are with denim fabric "
            "and pure color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        he("a long-sleeve jacket with pure color patterns"),
        gtype("jacket"),
        col("", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("denim"),
        gender="Men",
        title="Flying Machine Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: grey melange crew sweatshirt, blue jeans, steel watch. Caption: epoch-1 adapter, fabric sentence last
    # and cut inside "cotton"; answers: mdeberta, whose material span is the cut word.
    case(
        "X1222-040",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The pants this gentleman wears is "
            "of long length. The pants are with denim fabric and pure color patterns. There is an accessory on his "
            "wrist. The sweatshirt is with cot",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve sweatshirt with pure color patterns"),
        gtype("sweatshirt"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cot", "cut"),
        gender="Men",
        title="Allen Solly Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: navy blazer with a thin light-blue windowpane check, white shirt, beige chinos. Caption: epoch-1
    # adapter, blazer as "outer clothing", cut; answers: mdeberta.
    case(
        "X1222-041",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The pants this gentleman wears is of long length. The pants are "
            "with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve outer clothing with lattice patterns"),
        gtype("outer clothing", "non_answer"),
        col("lattice", "non_answer"),
        pat("lattice"),
        sleeve("long-sleeve"),
        mat("cotton"),
        gender="Men",
        title="Blackberrys Men Navy Blue Checked Slim Fit Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: red lightweight windcheater, black track pants, black fitness band, a backpack held by one strap (prop).
    # Caption: epoch-1 adapter, cut; answers: mdeberta.
    case(
        "X1222-042",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. There is an accessory on his wrist. The pants this man wears is of long length. The "
            "pants are with cotton",
            "unsupported",
            hit_limit=True,
        ),
        he("a long-sleeve jacket with pure color patterns"),
        gtype("jacket"),
        col("", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Proline Active Men Red Solid Windcheater Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: flat lay, olive crew-neck sweater, no person. Caption: epoch-1 adapter, stopped early, true; answers:
    # mdeberta.
    case(
        "X1222-043",
        caption(
            "The upper clothing has long sleeves, knitted fabric and pure color patterns. The neckline of it is round."
        ),
        he("upper clothing", "non_answer"),
        gtype("upper clothing", "non_answer"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long sleeves"),
        mat("knitted"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Pullover",
        category="Sweaters",
        color="Olive",
    ),
    # Photo: black puffer with a grey chest panel and hood, black jeans. Caption: epoch-1 adapter, "black" on the
    # jeans, cut; answers: mdeberta takes the jeans' hue, which is also the jacket's own colour (left unmarked).
    case(
        "X1222-044",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The pants this gentleman wears is of long length. The pants are with black "
            "denim fabric and pure color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        he("a long-sleeve jacket with color block patterns"),
        gtype("jacket"),
        col("black"),
        pat("color block"),
        sleeve("long-sleeve"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="WROGN Men Black & Grey Colourblocked Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: navy crew-neck sweater, khaki chinos, seated on a wooden stool. Caption: epoch-1 adapter, cut; answers:
    # mdeberta, whose material span is the chinos' cotton, not the sweater's knit.
    case(
        "X1222-045",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve sweater with pure color patterns"),
        gtype("sweater"),
        col("pure color", "non_answer"),
        pat("pure color"),
        sleeve("long-sleeve"),
        mat("cotton", "contradiction"),
        gender="Men",
        title="Duke Men Navy Blue Solid Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
]
