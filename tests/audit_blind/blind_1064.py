"""BLIND_1064 (46 products; Myntra men's shirts, captions then extractive QA): written blind in the fifty-ninth session.
Measured blind at d16324b (the session's sixth rules): 110/137 failures found (80.3%) and 2/200 correct texts flagged
(1.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual and formal shirts (category "Shirts"): checks, stripes, prints and
solids, modern titles ("Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt") and older ones ("Arrow Men
Stripes Navy Blue Shirts"). Photos are catalog shots on a white (once light grey) backdrop, front view, the model
wearing the shirt tucked into trousers or untucked over jeans, chinos or shorts, sometimes open over a t-shirt or
under a blazer, once with a tie. One row lacks the gender column; one seller color is wrong (a "Brown" shirt that
is maroon).

Who wrote what: every product has a caption, written either by the untuned base Salesforce/blip2-opt-2.7b (short,
names hues, stops on the newline) or by the caption adapter leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3:
DeepFashion-MultiModal template sentences with patterns instead of hues, "The lady wears ..." even for men, no end
token, so it loops or is cut at the 50-token limit) or, for a few rows, its epoch-1 sibling
Data2_V2_BLIP2_Finetune_Caption_First_Epoch (half template, half plain caption, names hues, loops on "the sleeves,
the collar"). Open answers (wearing, the shirt's color asked openly, describe, details, material) are spans that
timpal0l/mdeberta-v3-base-squad2 extracted from that caption: they can only repeat the caption's words, so a looping
or cut caption gives looping or cut spans, and "t-shirt", "pants" or "blazer" near a color fools it into another
garment's color; an empty string is its null answer. Where the span for details or material was null (the best span
scored under the null threshold, which happens even when the template caption names a fabric or neckline), enrich
fell back to free generation by the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA from the photo (30 tokens, no end
token): those answers leak the "Question: ... Answer:" format, loop, run to the limit, restate the question, say
"she", answer another question, or invent pockets, cuffs, a zipper, a hood. Closed answers (garment type, color,
pattern, sleeve length, "Is this a shirt?", once the shirt's color asked closed) come from the reference engine, one
candidate each: they never loop or stop short, but sometimes pick the t-shirt under, the blazer over, the chinos,
the print's accent color, or "short sleeve" for rolled-up sleeves.

Labeling conventions and judgement calls:
- One label per text. A caption that both runs to the limit and has another failure (loop, pronoun, unsupported,
  contradiction) gets that other label with hit_limit=True; a caption cut at the limit with nothing else wrong is
  "cut". A span extracted from a cut caption that ends on the cut is "cut" but hit_limit=False (the span did not run
  to a limit; its source did). A fallback answer that runs to its 30 tokens gets hit_limit=True and the label of its
  worst failure (loop, leak, unsupported), or "cut" when nothing else is wrong.
- A span extracted from a looping part of the caption is "loop"; a span that only repeats a template sentence once
  ("lapel neckline") is correct.
- A pattern word given for the color question ("pure color", "stripe patterns", "floral") says nothing of the hue:
  "non_answer". So is the null (empty) span, a one-word answer to details/describe ("plaid", "pockets", "shirt"),
  and a span about the backdrop given for the shirt's details. Only the question's words back ("the details of the
  shirt", "The shirt", "the garment is made of the garment") is "restated".
- Open answers giving the shirt the color of the trousers, jeans, shorts, t-shirt, tie or blazer in the same photo,
  or naming that garment with its color for the shirt ("navy blazer", "white t - shirt"): "other_garment_color". A
  closed color that picks another garment's color, a print's accent color, or a wrong candidate is "contradiction"
  (closed texts are labelled contradiction whenever their value is wrong for the photo), and so is a wrong closed
  garment type, pattern, sleeve length or "no" to "Is this a shirt?".
- Calling the shirt a jacket or sweater in a caption or its spans is "contradiction"; so is a material span that
  takes the jeans' "denim" when the same caption says the shirt is cotton. Inventing a tie, pockets, cuffs, a
  zipper, a hood, a logo, a brick wall, a microphone, or a fabric the shirt is not (chiffon, knitting, silk,
  polyester, the fallback's "denim" for a cotton shirt) is "unsupported".
- "The lady", "the female", "woman", "her", "she" for a Men's product: "pronoun", also inside a span and in a
  fallback answer to another question ("she is wearing a white shirt" for the material).
- Lattice = checks, floral covers leaf and paisley prints, graphic covers conversational and dot prints, stand
  neckline = mandarin collar, maroon = burgundy, yellow = mustard, rolled-up long sleeves are long sleeves, a span
  naming the shirt and the jeans each with its own right color: correct.
- Where the seller's color is wrong for the photo (003: "Brown" that is maroon), the text matching the photo is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

gt, col, pat, sl, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

BLIND_1064 = [
    # photo: navy-and-white checked long-sleeve casual shirt with one left chest pocket, buttoned, untucked over
    # light-blue jeans, white backdrop, front view. Caption by base BLIP-2; wearing, color and describe spans by
    # mdeberta; details and material null, so free generation by the VQA adapter (loops, leaks); closed by the reference
    # engine.
    case(
        "X1064-001",
        caption("a man wearing a blue and white checkered shirt and jeans"),
        wearing("a blue and white checkered shirt and jeans", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        describe("shirt", "blue and white checkered"),
        gt("Shirt"),
        col("Navy Blue"),
        pat("checked"),
        details(
            "shirt",
            "the shirt has a collar and a pocket on the left chest and a pocket on the left chest and a pocket on the "
            "left",
            "loop",
            hit_limit=True,
        ),
        mat(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer: cotton",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white solid cotton formal shirt, long sleeves, tucked into charcoal grey trousers with a black belt, white
    # backdrop, front view. Caption by base BLIP-2; wearing, color, describe and details spans by mdeberta; material
    # null, so the VQA adapter's fallback (answers with "she is wearing"); closed by the reference engine.
    case(
        "X1064-002",
        caption("a man in a white shirt and grey pants standing in front of a white background"),
        wearing("a white shirt and grey pants"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("shirt", "standing in front of a white background", "non_answer"),
        col("White"),
        pat("solid"),
        sl("long sleeve"),
        describe("shirt", "grey", "other_garment_color"),
        mat("she is wearing a white shirt", "pronoun"),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon solid cotton casual shirt (the seller says Brown), long sleeves, buttoned, over beige chinos, white
    # backdrop. Caption by the caption adapter (epoch 3), cut at 50 tokens; spans by mdeberta (the details span runs
    # into the cut end); closed by reference.
    case(
        "X1064-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        mat("cotton"),
        col("Maroon"),
        pat("solid"),
        sl("long sleeve"),
        details("shirt", "The trousers are with cotton fabric and pure color patterns. The", "cut"),
        title="John Miller Men Solid Brown Shirts",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: light pink solid cotton formal shirt, long sleeves, no tie, tucked into navy trousers, white backdrop.
    # Caption by base BLIP-2 (invents a tie); wearing, color, describe spans by mdeberta; details and material null, so
    # the VQA adapter's fallback (the tie again, a restated material); closed by the reference engine.
    case(
        "X1064-004",
        caption("a man wearing a pink shirt and tie", "unsupported"),
        wearing("a pink shirt and tie", "unsupported", who="he"),
        color_of("shirt", "pink", kind="open"),
        describe("shirt", "a pink shirt"),
        gt("Shirt"),
        col("Pink"),
        details("shirt", "the shirt is pink and the tie is pink", "unsupported"),
        mat("the shirt is made of the material of the shirt", "restated"),
        title="Arrow Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: olive green cotton shirt with a small white leaf print, short sleeves, untucked over black jeans, white
    # backdrop. Caption by the caption adapter (epoch 3), looping to the limit; spans by mdeberta (the color span is the
    # pattern word, the details span is the loop); closed by reference.
    case(
        "X1064-005",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It "
            "has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns"),
        mat("cotton"),
        details("shirt", "It has a lapel neckline. The shirt is with cotton fabric. It has a lapel neckline", "loop"),
        col("Olive"),
        pat("printed"),
        sl("short sleeve"),
        color_of("shirt", "floral", "non_answer", kind="open"),
        title="HERE&NOW Men Olive Green & White Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: blue-and-white vertical striped cotton formal shirt, long sleeves, tucked into black trousers, white
    # backdrop. Caption by base BLIP-2; wearing and color spans by mdeberta; details and material null, so the VQA
    # adapter's fallback (both leak the prompt format); closed by the reference engine.
    case(
        "X1064-006",
        caption("a man wearing a blue and white striped shirt"),
        color_of("shirt", "blue and white", kind="open"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: striped Question: What are the shirt details? Answer:",
            "leak",
        ),
        gt("Shirt"),
        col("Blue"),
        pat("striped"),
        sl("long sleeve"),
        wearing("a blue and white striped shirt"),
        mat(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer",
            "leak",
            hit_limit=True,
        ),
        title="Van Heusen Men Blue & White Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black solid casual shirt, long sleeves, worn open over a grey marl crew-neck t-shirt, blue jeans, white
    # backdrop. Caption by base BLIP-2; spans by mdeberta ("t-shirt" fools it into grey); details null, so the VQA
    # adapter's fallback ("she"); closed by reference (picks the t-shirt).
    case(
        "X1064-007",
        caption("a man wearing a black shirt over a grey t-shirt and jeans"),
        wearing("a black shirt over a grey t-shirt and jeans", who="he"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        col("Black"),
        gt("T-shirt", "contradiction"),
        sl("long sleeve"),
        details("shirt", "she is wearing a black shirt and a grey t-shirt", "pronoun"),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: red-and-black buffalo checked cotton flannel shirt, long sleeves, open over a black t-shirt, dark jeans,
    # white backdrop. Caption by the caption adapter (epoch 3), cut at the limit; spans by mdeberta; closed by the
    # reference engine (the shirt color right, but "no" to "Is this a shirt?").
    case(
        "X1064-008",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns"),
        mat("cotton"),
        details("shirt", "lapel neckline"),
        color_of("shirt", "Red"),
        pat("checked"),
        is_a("shirt", "no", "contradiction"),
        title="Roadster Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: sky blue solid cotton formal shirt, long sleeves, tucked into beige trousers, white backdrop. Caption by
    # the epoch-1 caption adapter (names the hue, then loops); spans by mdeberta; closed by the reference engine.
    case(
        "X1064-009",
        caption(
            "a man wearing a light blue shirt with pure color patterns. the shirt is with cotton fabric. the shirt "
            "has long sleeves, the sleeves, the collar, the sleeves, the collar, the sleeves, the collar, the "
            "sleeves, the",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "light blue", kind="open"),
        describe("shirt", "light blue shirt with pure color patterns"),
        details("shirt", "long sleeves, the sleeves, the collar, the sleeves, the collar", "loop"),
        col("Blue"),
        sl("long sleeve"),
        title="Louis Philippe Men Sky Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow shirt with thin navy checks, long sleeves rolled to the elbows, collar and cuffs in the same
    # check, buttoned over navy chinos, white backdrop. Caption by base BLIP-2; spans by mdeberta; details null, so the
    # VQA adapter's fallback (invents white collar and cuffs); closed by reference (picks short sleeve).
    case(
        "X1064-010",
        caption("a man in a yellow plaid shirt and blue pants"),
        wearing("a yellow plaid shirt and blue pants"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        col("Yellow"),
        pat("checked"),
        sl("short sleeve", "contradiction"),
        describe("shirt", "yellow plaid"),
        details("shirt", "the shirt has a white collar and white cuffs", "unsupported"),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white cotton shirt with an all-over small navy dot print, short sleeves, khaki shorts, white backdrop.
    # Caption by the caption adapter (epoch 3), "The lady", run to the limit; spans by mdeberta (two carry "The lady");
    # closed by reference.
    case(
        "X1064-011",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. The "
            "lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", who="he"),
        describe("shirt", "The lady wears a short-sleeve shirt with graphic patterns", "pronoun"),
        mat("cotton"),
        pat("printed"),
        col("White"),
        details("shirt", "It has a lapel neckline. The lady wears a shorts", "pronoun"),
        title="Highlander Men White & Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: grey denim shirt, long sleeves rolled up to the elbows, two flap chest pockets, button-down collar, black
    # jeans, white backdrop. Caption by base BLIP-2; wearing and material spans by mdeberta; details null, so the VQA
    # adapter's fallback, cut at 30 tokens; closed by the reference engine.
    case(
        "X1064-012",
        caption("a man wearing a grey denim shirt with two pockets"),
        mat("denim"),
        details(
            "shirt",
            "the shirt has two flap pockets on the chest and a button down collar and the sleeves are rolled up to the",
            "cut",
            hit_limit=True,
        ),
        col("Grey"),
        gt("Shirt"),
        pat("solid"),
        wearing("a grey denim shirt with two pockets", who="he"),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: lavender solid cotton formal shirt, long sleeves, tucked into black trousers with a black leather belt,
    # white backdrop. Caption by the caption adapter (epoch 3, says chiffon); spans by mdeberta (null for the color);
    # details below the null threshold, so the VQA adapter's fallback (restates); closed by reference.
    case(
        "X1064-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            "unsupported",
            hit_limit=True,
        ),
        mat("chiffon", "unsupported"),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        col("Lavender"),
        sl("long sleeve"),
        color_of("shirt", "", "non_answer", kind="open"),
        details("shirt", "the details of the shirt are the details", "restated"),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy blue cotton shirt with thin white vertical stripes, long sleeves, tucked into grey trousers, white
    # backdrop. Caption by base BLIP-2; color and describe spans by mdeberta; material and details null, so the VQA
    # adapter's fallback (loops, gives the trousers' grey); closed by reference (picks solid).
    case(
        "X1064-014",
        caption("a man wearing a navy blue striped shirt and grey pants"),
        color_of("shirt", "navy blue", kind="open"),
        describe("shirt", "navy blue striped"),
        pat("solid", "contradiction"),
        col("Navy Blue"),
        sl("long sleeve"),
        mat(
            "the garment is made of cotton and polyester and cotton and polyester and cotton and polyester and cotton "
            "and",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt is grey with white stripes", "other_garment_color"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream cotton formal shirt with thin brown stripes, long sleeves, tucked into brown trousers, white
    # backdrop. Caption by the caption adapter (epoch 3), looping; spans by mdeberta (the describe span takes in the
    # loop); closed by reference (picks Brown).
    case(
        "X1064-015",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with stripe patterns"),
        details("shirt", "lapel neckline"),
        col("Brown", "contradiction"),
        pat("striped"),
        sl("long sleeve"),
        mat("cotton"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. It has a lapel neckline",
            "loop",
        ),
        title="Peter England Men Stripes Cream Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: olive green solid utility shirt with two buttoned chest pockets, no zip, long sleeves, open over a white
    # crew-neck t-shirt, black chinos, light grey backdrop. Caption by base BLIP-2 (calls it a jacket); spans by
    # mdeberta; details null, so the VQA adapter's fallback (invents a zipper); closed by the reference engine.
    case(
        "X1064-016",
        caption("a man wearing a green jacket and white t-shirt", "contradiction"),
        wearing("a green jacket and white t-shirt", "contradiction", who="he"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        gt("Shirt"),
        col("Olive"),
        is_a("shirt", "yes"),
        describe("shirt", "green jacket", "contradiction"),
        details("shirt", "the shirt has two pockets on the chest and a zipper on the front", "unsupported"),
        title="Roadster Men Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: purple-and-white small checked cotton shirt, long sleeves, dark blue jeans, white backdrop. Caption by the
    # caption adapter (epoch 3), cut mid-word at the limit; spans by mdeberta (the color span is the jeans' pattern, the
    # details span the cut end); closed by the reference engine.
    case(
        "X1064-017",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. The pants "
            "are with den",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns"),
        mat("cotton"),
        details("shirt", "The pants are with den", "cut"),
        col("Purple"),
        pat("checked"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: black cotton shirt with a white tropical leaf print, black collar, short sleeves, open collar, khaki
    # shorts, white backdrop. Caption by base BLIP-2; wearing and color spans by mdeberta; details null, so the VQA
    # adapter's fallback (invents a white collar); closed by the reference engine.
    case(
        "X1064-018",
        caption("a man wearing a black and white floral shirt and khaki shorts"),
        wearing("a black and white floral shirt and khaki shorts"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        pat("printed"),
        sl("short sleeve"),
        col("Black"),
        details(
            "shirt",
            "the shirt has a white collar and a black and white floral print on the front and back and sleeves and "
            "collar",
            "unsupported",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Black & White Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: burgundy solid cotton shirt without pockets, long sleeves, tucked into black trousers, white backdrop.
    # Caption by base BLIP-2; wearing and color spans by mdeberta; material and details null, so the VQA adapter's
    # fallback (leaks, invents pockets); closed by reference.
    case(
        "X1064-019",
        caption("a man wearing a maroon shirt and black pants"),
        color_of("shirt", "maroon", kind="open"),
        mat("Question: What material is the garment made of? Answer: cotton", "leak"),
        details(
            "shirt",
            "the shirt is made of cotton and has a collar and buttons and a pocket on the left chest and a pocket on "
            "the right",
            "unsupported",
            hit_limit=True,
        ),
        col("Burgundy"),
        sl("long sleeve"),
        wearing("a maroon shirt and black pants"),
        title="Turtle Solid Men  Burgundy Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: white shirt with fine blue pinstripes, long sleeves, under an open navy blazer, grey trousers, white
    # backdrop. Caption by base BLIP-2; spans by mdeberta (color and describe take the blazer); details null, so the VQA
    # adapter's fallback (leaks); closed by reference (picks the blazer twice).
    case(
        "X1064-020",
        caption("a man wearing a navy blazer and a white shirt"),
        wearing("a navy blazer and a white shirt", who="he"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        pat("striped"),
        col("Navy Blue", "contradiction"),
        gt("Jacket", "contradiction"),
        describe("shirt", "navy blazer", "other_garment_color"),
        details("shirt", "Question: What are the shirt details? Answer: The shirt is white with blue stripes.", "leak"),
        title="Van Heusen Men White & Blue Pinstriped Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: teal solid cotton casual shirt with a mandarin collar, long sleeves, white trousers, white backdrop.
    # Caption by the caption adapter (epoch 3), "The female", run to the limit; spans by mdeberta; closed by reference.
    case(
        "X1064-021",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. Her shirt is with cotton fabric. It has a "
            "stand neckline. The female wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        details("shirt", "stand neckline"),
        describe("shirt", "Her shirt is with cotton fabric", "pronoun"),
        col("Teal"),
        mat("cotton"),
        title="Mr Button Men Teal Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: mid-blue denim shirt with two chest pockets, long sleeves rolled up, beige chinos, white backdrop. Caption
    # by base BLIP-2; spans by mdeberta; details null, so the VQA adapter's fallback (loops on the pockets); closed by
    # reference (picks the chinos' Khaki).
    case(
        "X1064-022",
        caption("a man wearing a denim shirt and khaki pants"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        mat("denim"),
        col("Khaki", "contradiction"),
        sl("long sleeve"),
        wearing("a denim shirt and khaki pants"),
        details(
            "shirt",
            "the shirt is made of denim and has a collar and buttons and a pocket on the chest and a pocket on the "
            "chest and",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: orange-and-white checked cotton slim fit shirt, long sleeves, navy jeans, white backdrop. Caption by the
    # epoch-1 caption adapter, cut at the limit; spans by mdeberta (material takes the jeans' denim); closed by
    # reference.
    case(
        "X1064-023",
        caption(
            "a man wearing an orange plaid shirt with lattice patterns. the shirt is with cotton fabric. the shirt "
            "has long sleeves and a collar. the man wears a blue jeans. the jeans are with denim fabric and the jeans "
            "are with denim",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "orange", kind="open"),
        describe("shirt", "orange plaid shirt with lattice patterns"),
        details("shirt", "long sleeves and a collar"),
        pat("checked"),
        col("Orange"),
        mat("denim", "contradiction"),
        title="Basics Men Orange Slim Fit Checked Shirt",
        category="Shirts",
        color="Orange",
        gender="Men",
    ),
    # photo: beige solid cotton shirt, long sleeves, dark brown trousers, white backdrop. Caption by base BLIP-2;
    # wearing and color spans by mdeberta (color takes the trousers' brown); details and material null, so the VQA
    # adapter's fallback (loops, restates); closed by reference.
    case(
        "X1064-024",
        caption("a man in a beige shirt and brown pants"),
        color_of("shirt", "brown", "other_garment_color", kind="open"),
        details(
            "shirt",
            "beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige",
            "loop",
            hit_limit=True,
        ),
        mat("the garment is made of the material", "restated"),
        col("Beige"),
        wearing("a beige shirt and brown pants"),
        title="Basics Men Beige Slim Fit Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: grey-and-black checked cotton formal shirt, long sleeves, tucked into black trousers, white backdrop.
    # Caption by the caption adapter (epoch 3), cut; spans by mdeberta; details below the null threshold, so the VQA
    # adapter's fallback (restates); closed by reference (picks striped).
    case(
        "X1064-025",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns"),
        mat("cotton fabric"),
        col("Grey"),
        pat("striped", "contradiction"),
        details("shirt", "the shirt has details", "restated"),
        sl("long sleeve"),
        title="Blackberrys Men Grey & Black Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: yellow solid cotton shirt without pockets, long sleeves, white trousers, white backdrop. Caption by base
    # BLIP-2; wearing, color and describe spans by mdeberta; details and material null, so the VQA adapter's fallback
    # (invents a pocket, leaks an empty answer); closed by the reference engine.
    case(
        "X1064-026",
        caption("a man wearing a yellow shirt and white pants"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a yellow shirt and white pants"),
        describe("shirt", "a man wearing a yellow shirt"),
        col("Yellow"),
        gt("Shirt"),
        details("shirt", "the shirt has a collar and buttons and a pocket on the left chest", "unsupported"),
        mat("Question: What material is the garment made of? Answer:", "leak"),
        title="Basics Men Yellow Slim Fit Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy cotton shirt with a red-and-white paisley print, short sleeves, white shorts, white backdrop. Caption
    # by the caption adapter (epoch 3), cut; spans by mdeberta; material below the null threshold, so the VQA adapter's
    # fallback, cut at 30 tokens; closed by reference (picks the print's red).
    case(
        "X1064-027",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a shorts. The shorts are with cotton fabric and pure color patterns. The man "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns"),
        describe("shirt", "short-sleeve shirt with floral patterns"),
        col("Red", "contradiction"),
        pat("printed"),
        sl("short sleeve"),
        color_of("shirt", "floral patterns", "non_answer", kind="open"),
        mat(
            "the shirt is made of a lightweight cotton fabric with a paisley print on the front and the back and the",
            "cut",
            hit_limit=True,
        ),
        title="Dennis Lingo Men Navy Blue & Red Paisley Print Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white solid linen shirt without pockets, long sleeves, beige linen trousers, white backdrop. Caption by
    # base BLIP-2; wearing, color and describe spans by mdeberta; material and details null, so the VQA adapter's
    # fallback (invents a pocket); closed by reference (picks short sleeve).
    case(
        "X1064-028",
        caption("a man wearing a white shirt and beige pants"),
        color_of("shirt", "white", kind="open"),
        mat("linen"),
        details("shirt", "the shirt has a collar and buttons and a pocket on the chest", "unsupported"),
        sl("short sleeve", "contradiction"),
        gt("Shirt"),
        describe("shirt", "beige", "other_garment_color"),
        wearing("a white shirt and beige pants"),
        title="Linen Club Men White Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: green-and-navy tartan checked shirt, long sleeves, over a white t-shirt, grey chinos, white backdrop.
    # Caption by base BLIP-2 (invents a brick wall); spans by mdeberta (null for the color); details null, so the VQA
    # adapter's fallback (one word); closed by reference.
    case(
        "X1064-029",
        caption("a man in a plaid shirt standing in front of a brick wall", "unsupported"),
        wearing("a plaid shirt"),
        color_of("shirt", "", "non_answer", kind="open"),
        col("Green"),
        pat("checked"),
        sl("long sleeve"),
        details("shirt", "plaid", "non_answer"),
        title="Indian Terrain Men Green & Navy Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: pink-and-white striped cotton casual shirt, short sleeves, navy shorts, white backdrop. Caption by the
    # caption adapter (epoch 3), looping; spans by mdeberta (describe takes in the loop); details below the null
    # threshold, so the VQA adapter's fallback (restates); closed by reference (picks long sleeve).
    case(
        "X1064-030",
        caption(
            "The man wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a shorts. The shorts are with cotton fabric. The shorts are with cotton fabric. "
            "The shorts are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with stripe patterns"),
        mat("cotton"),
        describe(
            "shirt",
            "short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel neckline. The "
            "man wears a shorts. The shorts are with cotton fabric. The shorts are with cotton fabric",
            "loop",
        ),
        col("Pink"),
        pat("striped"),
        sl("long sleeve", "contradiction"),
        details("shirt", "the details of the shirt", "restated"),
        title="Roadster Men Pink & White Striped Short Sleeves Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: charcoal grey solid cotton shirt, long sleeves, black jeans, white backdrop. Caption by base BLIP-2 ("a
    # woman"); spans by mdeberta; material null, so the VQA adapter's fallback (the jeans' denim); closed by the
    # reference engine.
    case(
        "X1064-031",
        caption("a woman wearing a grey shirt and black jeans", "pronoun"),
        wearing("a grey shirt and black jeans"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        col("Charcoal"),
        pat("solid"),
        describe("shirt", "a grey shirt and black jeans"),
        mat("denim", "unsupported"),
        title="United Colors of Benetton Men Charcoal Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white cotton shirt with a small red-and-blue floral print, long sleeves, blue jeans, white backdrop (the
    # feed row has no gender). Caption by base BLIP-2; spans by mdeberta; material null, so the VQA adapter's fallback
    # (restates); closed by the reference engine.
    case(
        "X1064-032",
        caption("a man wearing a white floral shirt and blue jeans"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        describe("shirt", "white floral shirt"),
        pat("floral"),
        sl("long sleeve"),
        col("White"),
        wearing("a white floral shirt and blue jeans"),
        mat("the garment is made of the garment", "restated"),
        title="Sojanya Men White & Red Floral Print Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: navy blue solid cotton oxford button-down shirt, long sleeves, khaki chinos, white backdrop. Caption by the
    # caption adapter (epoch 3, calls it a knitted sweater); spans by mdeberta; closed by the reference engine (picks
    # Black).
    case(
        "X1064-033",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        mat("knitting", "unsupported"),
        gt("Shirt"),
        col("Black", "contradiction"),
        sl("long sleeve"),
        title="Allen Solly Men Navy Blue Solid Oxford Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light blue-and-white gingham checked cotton shirt, long sleeves, navy chinos, white backdrop. Caption by
    # base BLIP-2; color and describe spans by mdeberta; details and material null, so the VQA adapter's fallback
    # (leaks, says silk); closed by reference.
    case(
        "X1064-034",
        caption("a man in a blue checkered shirt"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt is blue and white checkered. Question: What",
            "leak",
        ),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "blue checkered shirt"),
        pat("checked"),
        col("Blue"),
        sl("long sleeve"),
        mat("silk", "unsupported"),
        title="Mast & Harbour Men Blue & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: brown cotton corduroy shirt, long sleeves, buttoned over blue jeans, white backdrop. Caption by base
    # BLIP-2; spans by mdeberta (describe is the one word "shirt"); closed by reference (calls it a jacket, says no to
    # shirt).
    case(
        "X1064-035",
        caption("a man wearing a brown corduroy shirt and jeans"),
        mat("corduroy"),
        color_of("shirt", "brown", kind="open"),
        col("Brown"),
        is_a("shirt", "no", "contradiction"),
        gt("Jacket", "contradiction"),
        describe("shirt", "shirt", "non_answer"),
        title="Basics Men Brown Slim Fit Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: white cotton shirt with a small black bird print, regular collar, short sleeves, black jeans, white
    # backdrop. Caption by the caption adapter (epoch 3), "The lady", looping to the limit; spans by mdeberta; closed by
    # reference.
    case(
        "X1064-036",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric. The pants are with denim "
            "fabric. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", who="he"),
        describe("shirt", "The lady wears a short-sleeve shirt with graphic patterns", "pronoun"),
        pat("printed"),
        col("White"),
        sl("short sleeve"),
        mat("cotton"),
        details("shirt", "lapel neckline"),
        title="Moda Rapido Men White & Black Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: peach solid cotton formal shirt, long sleeves, navy trousers, white backdrop. Caption by base BLIP-2; spans
    # by mdeberta (describe takes the trousers' navy); details null, so the VQA adapter's fallback (leaks, runs to the
    # limit); closed by reference (picks Orange).
    case(
        "X1064-037",
        caption("a man in a peach shirt and navy pants"),
        color_of("shirt", "peach", kind="open"),
        wearing("a peach shirt and navy pants"),
        col("Orange", "contradiction"),
        sl("long sleeve"),
        describe("shirt", "navy", "other_garment_color"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt is a peach shirt with a collar and buttons. "
            "Question",
            "leak",
            hit_limit=True,
        ),
        title="Park Avenue Men Peach Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: dark green solid cotton shirt, long sleeves, open over a black t-shirt with a white graphic, black jeans,
    # white backdrop. Caption by the epoch-1 caption adapter, looping; spans by mdeberta; closed by reference (pattern
    # and type taken from the t-shirt).
    case(
        "X1064-038",
        caption(
            "a man wearing a green shirt and a black t-shirt with graphic patterns. the shirt is with cotton fabric. "
            "the t-shirt has a crew neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe("shirt", "green shirt"),
        pat("printed", "contradiction"),
        col("Green"),
        wearing("a green shirt and a black t-shirt with graphic patterns"),
        mat("cotton"),
        gt("T-shirt", "contradiction"),
        title="HRX by Hrithik Roshan Men Green Solid Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: white self-striped formal shirt, long sleeves, black trousers and a red tie, white backdrop. Caption by
    # base BLIP-2; spans by mdeberta; details null, so the VQA adapter's fallback ("she"); closed by the reference
    # engine.
    case(
        "X1064-039",
        caption("a man wearing a white shirt and a red tie"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        wearing("a white shirt and a red tie"),
        pat("striped"),
        col("White"),
        details("shirt", "she is wearing a white shirt with a red tie", "pronoun"),
        title="Raymond Men White Self-Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy cotton shirt with white polka dots, short sleeves, navy collar and buttons, grey shorts, white
    # backdrop. Caption by base BLIP-2; wearing and color spans by mdeberta; details and material null, so the VQA
    # adapter's fallback (invents white collar and cuffs, says polyester); closed by reference.
    case(
        "X1064-040",
        caption("a man wearing a navy blue shirt with white polka dots"),
        details(
            "shirt",
            "the shirt is navy blue with white polka dots and a white collar and white buttons and white cuffs and "
            "white",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue", kind="open"),
        sl("short sleeve"),
        pat("printed"),
        wearing("a navy blue shirt with white polka dots"),
        mat("polyester", "unsupported"),
        title="Highlander Men Navy Blue Polka Dot Print Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: khaki solid cotton utility shirt with two flap pockets and epaulettes, long sleeves, olive cargo trousers,
    # white backdrop. Caption by base BLIP-2; color span by mdeberta; details and material null, so the VQA adapter's
    # fallback (one word; a leak looping to the limit); closed by reference.
    case(
        "X1064-041",
        caption("a man wearing a khaki shirt and green pants"),
        color_of("shirt", "green", "other_garment_color", kind="open"),
        details("shirt", "pockets", "non_answer"),
        col("Khaki"),
        mat(
            "Question: What material is the garment made of? Answer: cotton Answer: cotton Answer: cotton Answer: "
            "cotton Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Men Khaki Solid Utility Casual Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: orange-and-white striped cotton formal shirt, long sleeves, grey trousers, white backdrop. Caption by the
    # caption adapter (epoch 3), cut; spans by mdeberta; closed by the reference engine.
    case(
        "X1064-042",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The man wears",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "stripe patterns", "non_answer", kind="open"),
        wearing("a long-sleeve shirt with stripe patterns"),
        col("Orange"),
        pat("striped"),
        sl("long sleeve"),
        describe("shirt", "The shirt", "restated"),
        title="Reid & Taylor Men Stripes Orange Shirts",
        category="Shirts",
        color="Orange",
        gender="Men",
    ),
    # photo: black party shirt with an all-over gold baroque print, black collar, long sleeves, black trousers, white
    # backdrop, empty hands. Caption by base BLIP-2 (invents a microphone); spans by mdeberta; details and material
    # null, so the VQA adapter's fallback (invents a gold collar, restates); closed by the reference engine.
    case(
        "X1064-043",
        caption("a man wearing a black shirt with a gold pattern holding a microphone", "unsupported"),
        wearing("a black shirt with a gold pattern"),
        color_of("shirt", "black", kind="open"),
        pat("printed"),
        col("Black"),
        details(
            "shirt",
            "the shirt has a gold pattern on the front and back and sleeves and a gold collar",
            "unsupported",
        ),
        mat("the garment is made of the garment's material", "restated"),
        title="Tistabene Men Black & Gold Baroque Print Party Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: sea green solid cotton casual shirt without a pocket or logo, short sleeves, white shorts, white backdrop.
    # Caption by the caption adapter (epoch 3), cut; spans by mdeberta; material below the null threshold, so the VQA
    # adapter's fallback (answers with an invented logo pocket); closed by reference (picks the shorts' White).
    case(
        "X1064-044",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a shorts. The shorts are with cotton fabric and pure color patterns. The "
            "shirt",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        describe("shirt", "short-sleeve shirt"),
        col("White", "contradiction"),
        sl("short sleeve"),
        details("shirt", "pure color patterns. The shirt", "cut"),
        mat("the shirt has a chest pocket with a logo embroidered on it", "unsupported"),
        title="Wrogn Men Sea Green Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: blue-and-black checked flannel shirt, no hood, long sleeves, open over a white t-shirt, black jeans, white
    # backdrop. Caption by base BLIP-2; spans by mdeberta; details null, so the VQA adapter's fallback (invents a hood);
    # closed by reference (picks the t-shirt).
    case(
        "X1064-045",
        caption("a man wearing a blue and black plaid shirt over a white t - shirt"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a blue and black plaid shirt over a white t - shirt", who="he"),
        gt("T-shirt", "contradiction"),
        pat("checked"),
        describe("shirt", "white t - shirt", "other_garment_color"),
        details(
            "shirt",
            "the shirt is blue and black plaid with a white t-shirt underneath and a hood",
            "unsupported",
        ),
        title="Flying Machine Men Blue & Black Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey melange solid cotton shirt, long sleeves, navy trousers, white backdrop. Caption by base BLIP-2;
    # describe and color spans by mdeberta (color takes the trousers' blue); details and material null, so the VQA
    # adapter's fallback (restates, leaks); closed by reference (picks striped).
    case(
        "X1064-046",
        caption("a man wearing a grey shirt and blue pants"),
        describe("shirt", "a grey shirt"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        mat("Question: What material is the garment made of? Answer: cotton", "leak"),
        col("Grey"),
        pat("striped", "contradiction"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        title="Wills Lifestyle Men Grey Melange Solid Casual Shirt",
        category="Shirts",
        color="Grey Melange",
        gender="Men",
    ),
]
