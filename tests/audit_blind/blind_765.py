"""BLIND_765 (46 products; In-shop men's shirts, tees, trousers: caption+QA): written blind in the fifty-fifth session.
Measured blind at 3f15adb (the session's sixth rules): 94/113 failures found (83.2%) and 3/166 correct texts flagged
(1.8%). The writer's notes, verbatim:

Scenario: a men's catalog (shirts, t-shirts and polos, trousers and one pair of jeans) whose photos are DeepFashion
In-shop studio shots: a model on a white or light grey backdrop, front, side or back view, a few full-body, one flat
lay. The seller's columns are Myntra-like (title, category, color, gender); a few rows lack one of them.

Who wrote what: every caption is free generation by BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch), 50 new tokens, greedy. That adapter is half way between the base
model and the DeepFashion-MultiModal template: some captions are short base-style lines with hue names ("a man
wearing a pink shirt and blue jeans"), some are the template ("The man is wearing a short-sleeve T-shirt with pure
color patterns. The T-shirt is with cotton fabric..."), with no hue at all, and it often says "the lady"/"she" for
a man because the template data is mostly women. Trained without an end token, it runs on: repeated template
sentences (loops), captions cut at the 50-token limit, and a few that carry on into "Question: ... Answer: ..." in
the questionnaire's format. Open answers are spans the extractive QA model (mdeberta-v3-base-squad2) picks from
that caption, so they copy the caption's errors, pick the first color span for the wrong garment, return an empty
string when the caption has nothing (no fabric, no hue), or return the question's own frame ("The man is wearing").
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from the reference engine,
which ranks candidates on the image: they never loop or stop short, but they pick the color of the other garment,
of a print, or of a jacket worn over the product, and sometimes the wrong garment or pattern.

Labeling conventions and judgement calls:
- One label per text. A caption that both invents a detail and runs into a loop, cut or leak is labeled by the
  structural failure (loop, cut, leak); the invented detail is then labeled on the answer that copies it.
- The product is the seller's garment. A color answer for the product that gives the other worn garment's color (or
  the color of a jacket over it) is other_garment_color; a color that belongs to nothing worn on the garment's
  body (the print's color, the wall's color, black for a charcoal tee) is contradiction.
- A caption giving a non-product garment the wrong color, a wrong garment type, a pattern or sleeve length that the
  title or photo contradicts, or a material the title contradicts ("denim" for a linen title) is contradiction.
- A material or detail with nothing in the photo and nothing in the title behind it (a pocket, a watch, a bag, a
  logo, ripped knees that are not there) is unsupported. "cotton" for a plain cotton-looking shirt or tee whose title
  names no material is accepted as correct; "denim" for a chambray shirt is accepted as correct.
- non_answer: an empty span, a stray word ("back", "a man"), or a pattern phrase given for a color question (no
  hue at all). restated: the span only echoes the question's own words or frame ("polo shirt" for "Describe the
  polo shirt.", "The man is wearing", "pants" or "long trousers" for the pants or trousers details).
- pronoun: "she", "her", "the lady", "a woman" for a product whose gender is Men, in a caption or a copied span.
- hit_limit=True only on captions that ran to the 50-token limit; QA spans never carry it.
- Color shades in the seller's group are correct: maroon for Burgundy, navy or dark blue for Navy Blue, beige for
  Khaki, pink for Peach, grey for Charcoal trousers, green for Olive. A two-color stripe or check answered with the
  seller's color is correct; the same outfit color on two garments that really share it (all black) is correct.
- "a long pants", "a man in a ... shirt" and other awkward grammar copied from the template is not a failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_765 = [
    # photo: white solid long-sleeve formal shirt, tucked into navy chinos, front view, light grey backdrop; caption
    # by the epoch-1 caption adapter, open answers by extractive QA over it, closed answers by the reference engine
    case(
        "X765-001",
        caption(
            "a man wearing a white long-sleeve shirt with pure color patterns and navy blue trousers. The shirt is "
            "with cotton fabric and it has a lapel collar."
        ),
        wearing("a white long-sleeve shirt", who="the man"),
        color_of("shirt", "white"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        Q.material("cotton"),
        Q.sleeve_length("long"),
        title="Peter England Men Solid White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy t-shirt with white horizontal stripes, crew neck, short sleeves, with khaki chinos, front view,
    # white backdrop; caption by the caption adapter (template), open answers by QA, closed by the reference engine
    case(
        "X765-002",
        caption(
            "the woman is wearing a short-sleeve T-shirt with striped patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with striped patterns", who="he"),
        Q.color("white", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        details("T-shirt", "its neckline is round"),
        title="HRX by Hrithik Roshan Men Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal slim formal trousers, worn with a white crew-neck tee tucked in, full body, front view, white
    # backdrop; caption by the caption adapter (base-style), open answers by QA, closed by the reference engine
    case(
        "X765-003",
        caption("a man wearing a white t-shirt and grey pants standing in front of a white wall"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("pants"),
        details("pants", "", "non_answer"),
        is_a("pair of trousers", "yes"),
        title="Arrow Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black pique polo, white tipping on the collar, small embroidered logo on the left chest (no pocket), with
    # blue jeans, front view, grey backdrop; caption by the caption adapter, open by QA, closed by reference engine
    case(
        "X765-004",
        caption(
            "a man wearing a black polo shirt with a white collar and blue jeans. The shirt is with cotton fabric "
            "and it has a lapel collar. There is a pocket on the left chest of the shirt, there is a pocket on the "
            "left chest of the",
            "loop",
            hit_limit=True,
        ),
        wearing("a black polo shirt with a white collar and blue jeans", who="the man"),
        color_of("shirt", "black"),
        Q.garment_type("polo shirt"),
        details("shirt", "There is a pocket on the left chest", "unsupported"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Solid Black Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue chambray shirt, long sleeves, two flap chest pockets, buttoned, with black jeans, three-
    # quarter view, white backdrop; caption by the caption adapter, open by QA, closed by the reference engine
    case(
        "X765-005",
        caption(
            "a man wearing a blue denim shirt and black jeans. The shirt is with denim fabric and it has a lapel "
            "collar. The shirt has two pockets on the chest."
        ),
        color_of("shirt", "black", "other_garment_color"),
        Q.material("denim"),
        details("shirt", "two pockets on the chest"),
        Q.sleeve_length("long"),
        describe("shirt", "a blue denim shirt and black jeans"),
        title="Roadster Men Blue Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive cargo trousers with side pockets, worn with a plain grey tee, full body, side view, white
    # backdrop; caption by the caption adapter (template, ran to the limit), open by QA, closed by reference engine
    case(
        "X765-006",
        caption(
            "The man is wearing a long pants with pure color patterns. The pants are with cotton fabric. There are "
            "pockets on the side of the pants. The man wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt is",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "pure color patterns", "non_answer", kind="open"),
        Q.color("green"),
        Q.garment_type("pants"),
        details("pants", "There are pockets on the side of the pants"),
        wearing("a long pants with pure color patterns", who="he"),
        title="Wrangler Men Olive Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: red and black buffalo-check flannel shirt, long sleeves, no pockets, worn open over a black crew tee,
    # grey jeans, front view, white backdrop; caption by the caption adapter, open by QA, closed by reference engine
    case(
        "X765-007",
        caption(
            "a man wearing a red and black plaid shirt over a black t-shirt and grey jeans. The shirt is with cotton "
            "fabric and it has lattice patterns."
        ),
        Q.color("red"),
        Q.pattern("checked"),
        describe("shirt", "red and black plaid shirt over a black t-shirt"),
        details("shirt", "a chest pocket with a button flap", "unsupported"),
        Q.material("cotton"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Roadster Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: beige slim chinos, white shirt tucked in, brown leather belt, full body, front view, white backdrop;
    # caption by the caption adapter (ran on into the QA format), open by QA, closed by the reference engine
    case(
        "X765-008",
        caption(
            "a man wearing a white shirt and beige pants with a brown belt. Question: what is the color of the "
            "pants? Answer: beige",
            "leak",
        ),
        color_of("pants", "beige", kind="open"),
        Q.color("khaki"),
        details("pants", "a brown belt"),
        wearing("a white shirt and beige pants", who="the man"),
        Q.garment_type("shirt", "contradiction"),
        title="Dockers Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: grey melange plain crew-neck tee, short sleeves, black trousers, back view, white backdrop; caption by
    # the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-009",
        caption("the back of a woman wearing a grey t-shirt and black pants", "pronoun"),
        wearing("a grey t-shirt and black pants", who="he"),
        Q.color("black", "other_garment_color"),
        describe("t-shirt", "a grey t-shirt"),
        details("t-shirt", "back", "non_answer"),
        Q.sleeve_length("short"),
        Q.pattern("striped", "contradiction"),
        title="Puma Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white short-sleeve tee, large black "BROOKLYN 1987" print across the chest, olive chinos, front view,
    # white backdrop; caption by the caption adapter (cut at the limit), open by QA, closed by the reference engine
    case(
        "X765-010",
        caption(
            "a man wearing a white t-shirt with graphic patterns and a long pants. The t-shirt is with cotton fabric "
            "and it has a round neckline. There is a text on the chest of the t-shirt which reads",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        color_of("t-shirt", "black", "contradiction"),
        details("t-shirt", "There is a text on the chest"),
        Q.material("cotton"),
        wearing("a white t-shirt with graphic patterns and a long pants", who="the man"),
        Q.sleeve_length("long", "contradiction"),
        title="Roadster Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy flat-front formal trousers with a crease, light pink shirt tucked in, black shoes, front view, grey
    # backdrop; caption by the caption adapter (looping), open answers by QA, closed by the reference engine
    case(
        "X765-011",
        caption(
            "a man wearing a pink shirt and blue pants. The pants are with cotton fabric and pure color patterns. "
            "The shirt is with cotton fabric and it has a lapel collar. The pants are with cotton fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        Q.garment_type("trousers"),
        details("pants", "pure color patterns"),
        wearing("a pink shirt and blue pants", who="he"),
        title="Van Heusen Men Navy Blue Flat-Front Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon long-sleeve henley tee, three-button placket, with dark blue jeans, front view, white backdrop;
    # caption by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-012",
        caption(
            "the woman is wearing a red long-sleeve shirt with pure color patterns and blue jeans. Her shirt is with "
            "cotton fabric and it has a round neckline.",
            "pronoun",
        ),
        Q.color("maroon"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long"),
        details("shirt", "it has a round neckline"),
        wearing("a red long-sleeve shirt", who="he"),
        title="Highlander Men Maroon Solid Henley T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light grey linen shirt, short sleeves, mandarin collar, with white trousers, front view, white
    # backdrop; caption by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-013",
        caption(
            "a man wearing a grey short-sleeve shirt and white pants. The shirt is with chiffon fabric and it has a "
            "stand collar.",
            "contradiction",
        ),
        Q.material("chiffon", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        describe("shirt", "grey short-sleeve shirt"),
        title="Mast & Harbour Men Grey Linen Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black slim chinos, red crew-neck tee, white sneakers, full body, side view, white backdrop; caption by
    # the caption adapter (ran on into the QA format), open answers by QA, closed by the reference engine
    case(
        "X765-014",
        caption(
            "a man wearing a red t-shirt and black pants Question: what is the man wearing? Answer: a red t-shirt "
            "and black pants Question: what is the man wearing? Answer: a red t-shirt and black",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "red", "other_garment_color"),
        is_a("pair of pants", "yes"),
        wearing("a red t-shirt and black pants", who="the man"),
        Q.material("", "non_answer"),
        title="United Colors of Benetton Men Black Slim Fit Chinos",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: white shirt with blue vertical stripes, long sleeves, button-down collar, tucked into grey trousers,
    # front view, white backdrop; caption by the caption adapter (looping), open by QA, closed by reference engine
    case(
        "X765-015",
        caption(
            "a man wearing a blue and white striped shirt and grey pants. The shirt is with cotton fabric and it has "
            "a lapel collar. The shirt has stripe patterns. The shirt has stripe patterns. The shirt has stripe "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("striped"),
        details("shirt", "The shirt has stripe patterns. The shirt has stripe patterns", "loop"),
        Q.sleeve_length("long"),
        wearing("a blue and white striped shirt and grey pants", who="he"),
        title="Arrow Men Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: plain mustard crew-neck tee (no logo, no print), light blue jeans, front view, white backdrop; caption
    # by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-016",
        caption(
            "a man wearing a yellow t-shirt and blue jeans. The t-shirt is with cotton fabric and it has a round "
            "neckline. There is a logo on the chest.",
            "unsupported",
        ),
        Q.color("yellow"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details("t-shirt", "a logo on the chest", "unsupported"),
        wearing("a yellow t-shirt and blue jeans", who="the man"),
        Q.garment_type("t-shirt"),
        title="Roadster Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: grey formal trousers with a faint windowpane check, white long-sleeve shirt tucked in, full body, front
    # view, white backdrop; caption by the caption adapter (template), open by QA, closed by the reference engine
    case(
        "X765-017",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.pattern("checked"),
        Q.color("grey"),
        details("trousers", "long trousers", "restated"),
        wearing("The man is wearing", "restated", who="the man"),
        title="Louis Philippe Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: olive short-sleeve shirt with a small white ditsy floral print, beige chinos, front view, white
    # backdrop; caption by the caption adapter (cut at the limit), open answers by QA, closed by reference engine
    case(
        "X765-018",
        caption(
            "a man wearing a green shirt with floral patterns and beige pants. The shirt is with cotton fabric and it "
            "has a lapel collar. The shirt has short sleeves and a button closure on the front. The man is wearing a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("short"),
        describe("shirt", "green shirt with floral patterns"),
        details("shirt", "a button closure on the front"),
        title="HIGHLANDER Men Olive Floral Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: plain white crew-neck tee worn under an open mid-blue denim jacket, black jeans, front view, white
    # backdrop; caption by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-019",
        caption("a man wearing a blue denim jacket over a white t-shirt and black jeans"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        wearing("a blue denim jacket over a white t-shirt and black jeans", who="he"),
        Q.material("denim", "contradiction"),
        describe("t-shirt", "white t-shirt"),
        title="Jack & Jones Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: brown corduroy trousers, cream cable-knit sweater, full body, front view, white backdrop; caption by
    # the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-020",
        caption("she is wearing a cream sweater and brown corduroy pants", "pronoun"),
        wearing("a cream sweater and brown corduroy pants", who="he"),
        color_of("pants", "brown", kind="open"),
        Q.material("corduroy"),
        Q.pattern("solid"),
        Q.garment_type("jeans", "contradiction"),
        title="Mango Man Brown Corduroy Regular Fit Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: black long-sleeve formal shirt with black trousers (all-black outfit), front view, white backdrop;
    # caption by the caption adapter (ran on into the QA format), open answers by QA, closed by reference engine
    case(
        "X765-021",
        caption(
            "a man wearing a black shirt and black pants. Question: what is the man wearing? Answer: a black shirt "
            "and black pants. Question: what is the man wearing? Answer: a black shirt and black",
            "leak",
            hit_limit=True,
        ),
        wearing("a black shirt and black pants", who="the man"),
        Q.color("black"),
        color_of("shirt", "black", kind="open"),
        Q.sleeve_length("long"),
        details("shirt", "Answer: a black shirt and black pants", "leak"),
        title="Louis Philippe Men Black Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy polo with thin white horizontal stripes, stone chinos, front view, white backdrop; caption by the
    # caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-022",
        caption("a man wearing a blue and white striped polo shirt and khaki pants"),
        Q.pattern("solid", "contradiction"),
        Q.color("navy blue"),
        Q.garment_type("polo shirt"),
        color_of("polo shirt", "khaki", "other_garment_color", kind="open"),
        describe("polo shirt", "polo shirt", "restated"),
        title="Tommy Hilfiger Men Navy Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange jogger trousers with ribbed cuffs and a drawstring, plain black hoodie, side view, white
    # backdrop, no logo on the trousers; caption by the caption adapter, open by QA, closed by the reference engine
    case(
        "X765-023",
        caption(
            "a man wearing a black hoodie and grey sweatpants with a nike logo on the leg. The sweatpants are with "
            "cotton fabric and pure color patterns. There is a drawstring on the waist",
            "unsupported",
        ),
        Q.garment_type("pants"),
        Q.color("grey"),
        details("sweatpants", "a drawstring on the waist"),
        wearing("a black hoodie and grey sweatpants", who="he"),
        color_of("sweatpants", "black", "other_garment_color", kind="open"),
        title="HRX Men Grey Melange Solid Joggers",
        category="Trousers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: pink oxford shirt, long sleeves, button-down collar, untucked over light-wash blue jeans, bare wrists,
    # front view, white backdrop; caption by the caption adapter (cut), open by QA, closed by the reference engine
    case(
        "X765-024",
        caption(
            "a man wearing a pink shirt and blue jeans. The shirt is with cotton fabric and it has a lapel collar. "
            "The man is wearing a watch on his left wrist and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and blue jeans", who="the man"),
        details("shirt", "a watch on his left wrist", "unsupported"),
        Q.color("pink"),
        is_a("shirt", "yes"),
        Q.material("cotton"),
        Q.sleeve_length("short", "contradiction"),
        title="Tommy Hilfiger Men Pink Solid Oxford Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: flat lay of a dark green crew-neck tee with a patch pocket on the left chest, short sleeves, no person,
    # white backdrop; caption by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-025",
        caption("a green t-shirt with a pocket on the front"),
        wearing("a green t-shirt", who="the man"),
        details("t-shirt", "a pocket on the front"),
        Q.color("green"),
        Q.sleeve_length("short"),
        Q.material("", "non_answer"),
        title="Roadster Men Green Solid Pocket T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # photo: white linen drawstring trousers, navy short-sleeve shirt, full body, front view, white backdrop;
    # caption by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-026",
        caption(
            "a man wearing a blue shirt and white pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.material("denim", "contradiction"),
        Q.color("white"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        wearing("a blue shirt and white pants", who="he"),
        title="Marks & Spencer Men White Linen Drawstring Trousers",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: black tee with a large orange and yellow tiger print, short sleeves, grey jeans, bare neck (no chain),
    # front view, white backdrop; caption by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-027",
        caption(
            "a man wearing a black t-shirt with an orange and yellow tiger on it, grey jeans and a silver necklace",
            "unsupported",
        ),
        Q.color("orange", "contradiction"),
        Q.pattern("printed"),
        describe("t-shirt", "black t-shirt with an orange and yellow tiger on it"),
        wearing(
            "a black t-shirt with an orange and yellow tiger on it, grey jeans and a silver necklace",
            "unsupported",
            who="the man",
        ),
        title="Being Human Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue short-sleeve shirt with a white polka-dot print, white chinos, front view turned slightly,
    # white backdrop; caption by the caption adapter (template), open answers by QA, closed by the reference engine
    case(
        "X765-028",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        Q.pattern("printed"),
        Q.color("blue"),
        wearing("a short-sleeve shirt with graphic patterns", who="he"),
        describe("shirt", "The lady wears a short-sleeve shirt", "pronoun"),
        color_of("shirt", "", "non_answer", kind="open"),
        title="The Indian Garage Co Men Blue Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey formal trousers with belt loops, navy short-sleeve polo tucked in, front view, white
    # backdrop; caption by the caption adapter (template, cut), open by QA, closed by the reference engine; the
    # feed row has no color
    case(
        "X765-029",
        caption(
            "The man is wearing a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric and it has a lapel collar. The man wears a long trousers. The trousers are with cotton fabric "
            "and its",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve polo shirt with pure color patterns", who="the man"),
        color_of("trousers", "navy", "other_garment_color"),
        Q.garment_type("trousers"),
        is_a("pair of trousers", "no", "contradiction"),
        title="Park Avenue Men Grey Solid Regular Fit Formal Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: burgundy solid long-sleeve shirt without pockets, grey chinos, front view, white backdrop; caption by
    # the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-030",
        caption(
            "a man wearing a maroon long-sleeve shirt with pure color patterns and grey pants. The shirt is with "
            "cotton fabric and it has a lapel collar and a chest pocket.",
            "unsupported",
        ),
        Q.color("maroon"),
        color_of("shirt", "maroon", kind="open"),
        details("shirt", "a lapel collar and a chest pocket", "unsupported"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        title="Turtle Men Burgundy Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: plain white polo, short sleeves, navy trousers, back view (no logo or print on the back or sleeves),
    # white backdrop; caption by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-031",
        caption(
            "the back of a man wearing a white polo shirt and navy blue pants with a red logo on the sleeve",
            "unsupported",
        ),
        color_of("polo shirt", "navy blue", "other_garment_color", kind="open"),
        Q.color("white"),
        wearing("a white polo shirt and navy blue pants", who="he"),
        Q.garment_type("polo shirt"),
        is_a("polo shirt", "no", "contradiction"),
        title="Lacoste Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy and green tartan-check long-sleeve shirt worn open over a white crew tee, black chinos, front view,
    # white backdrop; caption by the caption adapter (cut), open answers by QA, closed by the reference engine
    case(
        "X765-032",
        caption(
            "a man wearing a blue and green plaid shirt over a white t-shirt and black pants. The shirt is with "
            "cotton fabric and it has lattice patterns. The t-shirt is with cotton fabric and it has a round "
            "neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        describe("shirt", "blue and green plaid shirt over a white t-shirt"),
        details("shirt", "it has lattice patterns"),
        wearing("a blue and green plaid shirt over a white t-shirt and black pants", who="the man"),
        title="Allen Solly Men Navy & Green Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust orange plain crew-neck tee, short sleeves, dark indigo jeans, front view, white backdrop; caption
    # by the caption adapter (looping), open answers by QA, closed by the reference engine
    case(
        "X765-033",
        caption(
            "a man wearing an orange t-shirt and jeans. The t-shirt is with cotton fabric and it has a round "
            "neckline. The t-shirt is with cotton fabric and it has a round neckline. The t-shirt is with cotton "
            "fabric and it",
            "loop",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.material("cotton"),
        details(
            "t-shirt", "it has a round neckline. The t-shirt is with cotton fabric and it has a round neckline", "loop"
        ),
        wearing("an orange t-shirt and jeans", who="he"),
        Q.sleeve_length("short"),
        title="Roadster Men Rust Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: mid-blue slim jeans, clean (no rips or distressing), white shirt untucked, front view, white backdrop;
    # caption by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-034",
        caption(
            "a man wearing a white shirt and blue jeans. The jeans are with denim fabric and pure color patterns. "
            "There are ripped holes on the knees.",
            "unsupported",
        ),
        color_of("jeans", "white", "other_garment_color"),
        Q.material("denim"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details("jeans", "ripped holes on the knees", "unsupported"),
        wearing("a white shirt and blue jeans", who="the man"),
        title="Levis Men Blue 511 Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: lavender short-sleeve shirt, white jeans, front view, white backdrop; caption by the caption adapter
    # (ran on into the QA format), open answers by QA, closed by the reference engine
    case(
        "X765-035",
        caption(
            "a man wearing a purple shirt and white pants Question: what is the color of the shirt? Answer: purple",
            "leak",
        ),
        Q.color("white", "other_garment_color"),
        color_of("shirt", "purple", kind="open"),
        Q.sleeve_length("long", "contradiction"),
        describe("shirt", "purple shirt"),
        Q.material("", "non_answer"),
        title="Arrow Men Lavender Solid Short Sleeves Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: blue melange v-neck tee, short sleeves, grey trousers, side view, white backdrop; caption by the caption
    # adapter (template, cut), open answers by QA, closed by the reference engine
    case(
        "X765-036",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a v-shape neckline. The man wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        color_of("T-shirt", "", "non_answer", kind="open"),
        details("T-shirt", "it has a v-shape neckline"),
        Q.sleeve_length("short"),
        wearing("The man is wearing", "restated", who="he"),
        describe("T-shirt", "short-sleeve T-shirt with pure color patterns"),
        title="Jack & Jones Men Blue Melange V-Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black pleated formal trousers, light blue shirt tucked in, black belt, front view, grey backdrop;
    # caption by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-037",
        caption("a man wearing a light blue shirt and black pants standing in front of a grey wall"),
        color_of("pants", "grey", "contradiction", kind="open"),
        Q.color("black"),
        wearing("a light blue shirt and black pants", who="the man"),
        Q.garment_type("trousers"),
        details("pants", "pants", "restated"),
        title="Raymond Men Black Pleated Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: white long-sleeve tee with thin black breton stripes, navy chinos, front view, white backdrop; caption
    # by the caption adapter (ran on into the QA format), open answers by QA, closed by the reference engine
    case(
        "X765-038",
        caption(
            "a man in a black and white striped shirt. Question: what is the color of the shirt? Answer: black and "
            "white striped. Question: what is the color of the pants? Answer: blue. Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("striped"),
        color_of("t-shirt", "Answer: black and white striped", "leak", kind="open"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("long"),
        title="Mango Man White & Black Striped Long Sleeve T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: white linen shirt, long sleeves rolled to the elbows, front half-tucked into beige linen trousers,
    # front view, white backdrop; caption by the caption adapter (cut), open by QA, closed by the reference engine
    case(
        "X765-039",
        caption(
            "a man wearing a white linen shirt and beige pants. The shirt is with linen fabric and it has a lapel "
            "collar. The sleeves are rolled up to the elbows and the shirt is tucked into the",
            "cut",
            hit_limit=True,
        ),
        Q.material("linen"),
        Q.color("beige", "other_garment_color"),
        details("shirt", "The sleeves are rolled up to the elbows"),
        Q.sleeve_length("long"),
        wearing("a white linen shirt and beige pants", who="he"),
        title="Fabindia Men White Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal crew-neck tee with a small white logo print on the chest, black jeans, front view, white
    # backdrop; caption by the caption adapter (template), open answers by QA, closed by the reference engine
    case(
        "X765-040",
        caption(
            "she wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants", who="he"),
        Q.color("black", "contradiction"),
        Q.pattern("printed"),
        describe("T-shirt", "she wears a short-sleeve T-shirt", "pronoun"),
        details("T-shirt", "its neckline is round"),
        title="Adidas Men Charcoal Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy slim chinos with turn-ups, red and white striped tee, white sneakers, full body, side view, white
    # backdrop; caption by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-041",
        caption("a man wearing a red and white striped t-shirt and navy blue pants"),
        Q.pattern("striped", "contradiction"),
        Q.color("navy blue"),
        color_of("pants", "red and white", "other_garment_color", kind="open"),
        is_a("pair of pants", "yes"),
        wearing("a red and white striped t-shirt and navy blue pants", who="the man"),
        Q.material("", "non_answer"),
        title="Roadster Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sky blue pique polo, two-button placket, white trousers, front view, white backdrop; caption by the
    # caption adapter, open answers by QA, closed by the reference engine; the feed row has no category
    case(
        "X765-042",
        caption(
            "a man wearing a light blue polo shirt and white pants. The polo shirt is with cotton fabric and it has "
            "a lapel collar. There are three buttons on the collar.",
            "unsupported",
        ),
        Q.color("blue"),
        details("polo shirt", "three buttons on the collar", "unsupported"),
        color_of("polo shirt", "white", "other_garment_color"),
        wearing("a light blue polo shirt and white pants", who="the man"),
        Q.sleeve_length("short"),
        title="Louis Philippe Men Blue Solid Polo T-shirt",
        color="Blue",
        gender="Men",
    ),
    # photo: black and white gingham short-sleeve shirt, black trousers, front view, white backdrop; caption by the
    # caption adapter (looping), open answers by QA, closed by the reference engine
    case(
        "X765-043",
        caption(
            "a man wearing a black and white checkered shirt and black pants. The shirt is with cotton fabric and it "
            "has a lapel collar. The shirt has short sleeves. The shirt has short sleeves. The shirt has short "
            "sleeves. The shirt",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("black"),
        Q.sleeve_length("short"),
        describe("shirt", "black and white checkered shirt and black pants"),
        details("shirt", "short sleeves. The shirt has short sleeves. The shirt has short sleeves", "loop"),
        title="WROGN Men Black & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: khaki straight trousers, white crew tee under an open light-wash denim shirt, hands empty, full body,
    # front view, white backdrop; caption by the caption adapter, open answers by QA, closed by the reference engine
    case(
        "X765-044",
        caption(
            "a man wearing a denim shirt, white t-shirt and khaki pants. The man is holding a bag in his hand",
            "unsupported",
        ),
        color_of("pants", "khaki", kind="open"),
        Q.color("beige"),
        wearing("a denim shirt, white t-shirt and khaki pants", who="he"),
        details("pants", "holding a bag in his hand", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="Dockers Men Khaki Straight Fit Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: peach crew-neck tee, short sleeves, light grey jeans, front view, white backdrop; caption by the caption
    # adapter, open answers by QA, closed by the reference engine
    case(
        "X765-045",
        caption(
            "he is wearing a pink t-shirt and grey jeans. The t-shirt is with cotton fabric and it has a round "
            "neckline."
        ),
        wearing("he is wearing", "restated", who="he"),
        Q.color("pink"),
        Q.material("cotton"),
        Q.sleeve_length("short"),
        details("t-shirt", "it has a round neckline"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        title="United Colors of Benetton Men Peach Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: white long-sleeve formal shirt with a fine navy micro-dot print, navy suit trousers, hands in pockets,
    # upper-body crop, front view, light grey backdrop; caption by the caption adapter, open by QA, closed by
    # the reference engine
    case(
        "X765-046",
        caption("a man in a white shirt and navy blue pants with his hands in his pockets"),
        Q.pattern("solid", "contradiction"),
        Q.color("white"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        describe("shirt", "a white shirt"),
        wearing("a man", "non_answer", who="the man"),
        title="Van Heusen Men White Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
]
