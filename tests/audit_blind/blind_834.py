"""BLIND_834 (46 products; Myntra men's shirts, captions then extractive QA): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 110/129 failures found (85.3%) and 1/186 correct texts flagged
(0.5%). The writer's notes, verbatim:

Scenario: one night of enrich over a Myntra men's shirts feed (casual and formal; checked, striped, printed, solid).
Catalog photos: the shirt worn by a male model on a white or light grey studio backdrop, front or three-quarter view,
with trousers, chinos, jeans or shorts, sometimes a t-shirt under an open shirt, a tie, a blazer, a belt or a watch.
The job follows the third experiment: caption first, then answer the open questions with an extractive QA model over
the caption; closed questions through the reference engine; the material question by free generation.

Who wrote what:
- Captions, 001-020: the epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption). It writes the DeepFashion
  template ("The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its
  neckline is lapel.") and names no hue at all: colors come out as "pure color", "lattice", "striped", "graphic".
  Padding was in its loss, so it mostly ends on a pad token; where it does not, it loops or is cut at 50 tokens. It
  calls some men "the lady" and invents fabrics (chiffon, leather) and accessories.
- Captions, 021-046: the epoch-1 caption adapter (..._Caption_First_Epoch). It opens with a base-BLIP-2 sentence that
  names hues ("a man wearing a blue and white checkered shirt and blue jeans") and then drifts into the template; it
  loops and runs to the limit more often, and often gives the shirt the color of the trousers, tie or inner t-shirt.
- Open answers (what is he wearing, describe the shirt, shirt details, open color questions): the extractive model
  timpal0l/mdeberta-v3-base-squad2 over that product's caption. Every such answer is a verbatim span of the caption
  (empty when the model chose no answer), so it inherits the caption's pronouns, loops and cut endings, and over
  the hue-less epoch-3 captions a color question gets a pattern phrase or nothing.
- Material (open): untuned BLIP-2 OPT-2.7b with `Question: ... Answer:` for 001-020 (short, stops on the newline,
  sometimes names a fabric it cannot see); the VQA adapter (Data3_V3_BLIP2_VQA) for 021-046 after the job's
  per-question adapter switch (it sometimes stops, otherwise runs to 30 tokens: leaks of the next
  `Question: ... Answer:`, loops, cuts, a color or "yes" instead of a fabric).
- Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?"): the reference engine, one candidate.

Labeling conventions and judgement calls:
- A closed answer that picks the color of another visible garment (trousers, inner t-shirt, tie) is labeled
  contradiction; other_garment_color is kept for free text (captions and open answers) that gives the shirt the
  color of another garment in the photo.
- An open answer giving a non-product garment (the trousers) the shirt's color is a contradiction.
- A coarser or neighbouring name of the seller's shade is correct (red for Maroon, purple for Lavender, yellow for
  Mustard, green for Olive, white for Cream, pink for Peach). For a two-color check or stripe, either main color
  is correct ("white" for a black-and-white gingham sold as Black).
- A pattern phrase ("pure color patterns", "lattice patterns"), a fabric, a color, a garment class ("blouse/shirt")
  or "yes" given where a color or a material was asked, an empty answer, or a description of an accessory instead
  of the shirt is a non_answer.
- Where a product asks the open "What is the color of the shirt?", its closed color answer is stored under the
  questionnaire's "What is the color of the garment?" so that no question is asked twice.
- Only the question's words back ("The shirt" for "Describe the shirt.") is restated.
- "The lady"/"her"/"a woman" for a male model is pronoun, also in an extractive span that copies it.
- Material: judged against the photo note and the title. A fabric the photo does not show and the title does not
  name is unsupported; one the title contradicts (cotton for a linen or corduroy shirt) is a contradiction. The
  DeepFashion template's "cotton fabric" is correct where the photo note says the shirt is cotton.
- An accessory, pocket, tie or hat the photo does not show is unsupported.
- hit_limit=True only where generation used every token of its limit (50 for captions, 30 for answers). Extractive
  spans are never hit_limit, even when they end mid-phrase (label cut) or copy a loop (label loop).
- A caption that ran to 50 tokens is labeled cut, even where the cut falls after a complete template clause; a text
  that both loops and runs to the limit is labeled loop. One label per text: the first failure a reader would see.
- DeepFashion "denim fabric" for a chambray shirt is taken as right; "long" sleeves for rolled-up long sleeves too.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_834 = [
    # photo: red and navy check with thin white lines, cotton twill, long sleeves buttoned, worn untucked over mid-blue
    # jeans, brown leather watch on the left wrist, white backdrop, front view. Caption: epoch-3 caption adapter;
    # open answers: extractive QA; material: base BLIP-2; closed: reference engine.
    case(
        "X834-001",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. "
            "The pants are with denim fabric. There is an accessory on his wrist."
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        color_of("shirt", "red"),
        Q.pattern("checked"),
        details("shirt", "cotton fabric"),
        describe("shirt", "The shirt", "restated"),
        Q.material("cotton"),
        title="Roadster Men Red & Navy Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: plain white cotton oxford shirt, button-down collar, long sleeves, tucked into black chinos, light grey
    # studio backdrop, front view. Caption: epoch-3 adapter; open: extractive; material: base; closed: reference.
    case(
        "X834-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears long trousers."
        ),
        color_of("shirt", "black", "contradiction"),
        shirt_color("pure color patterns", "non_answer"),
        describe("shirt", "a long-sleeve shirt with pure color patterns"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        title="HIGHLANDER Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue formal shirt with thin white vertical stripes, long sleeves, tucked into charcoal formal
    # trousers with a black belt, white backdrop, three-quarter view; fabric reads as matte cotton. Caption: epoch-3;
    # open: extractive; material: base BLIP-2; closed: reference engine.
    case(
        "X834-003",
        caption(
            "His shirt has long sleeves, cotton fabric and striped patterns. The neckline of the shirt is lapel. "
            "This man wears long trousers. There is an accessory in his waist."
        ),
        wearing("shirt has long sleeves, cotton fabric and striped patterns", who="he"),
        color_of("shirt", "blue"),
        Q.pattern("striped"),
        is_a("shirt", "yes"),
        color_of("trousers", "", "non_answer", kind="open"),
        Q.material("polyester", "unsupported"),
        title="Louis Philippe Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green solid cotton shirt worn open over a white crew-neck t-shirt, beige chinos, white backdrop,
    # front view. Caption: epoch-3 adapter, ran to 50 tokens; open: extractive; material: base; closed: reference.
    case(
        "X834-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a short-sleeve T-shirt with pure "
            "color patterns underneath. The shirt is with cotton fabric. The gentleman wears long pants. The pants "
            "are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a short-sleeve T-shirt", who="he"),
        color_of("shirt", "white", "contradiction"),
        Q.garment_type("t-shirt", "contradiction"),
        color_of("pants", "cotton", "non_answer", kind="open"),
        describe("shirt", "a long-sleeve shirt with pure color patterns"),
        Q.material("cotton"),
        title="Flying Machine Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white solid cotton poplin formal shirt, navy blue tie, dark grey trousers, white backdrop, front view.
    # Caption: epoch-3; open: extractive; material: base BLIP-2; closed: reference engine.
    case(
        "X834-005",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The person has neckwear."
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        color_of("shirt", "white"),
        details("shirt", "cotton fabric and its neckline is lapel"),
        describe(
            "shirt",
            "a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its neckline is lapel."
            " The person has",
            "cut",
        ),
        Q.pattern("solid"),
        color_of("pants", "", "non_answer", kind="open"),
        Q.material("cotton"),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy and white striped cotton shirt, long sleeves rolled to the elbows, light grey jeans, steel watch,
    # white backdrop, front view. Caption: epoch-3 (calls him a lady); open: extractive; material: base; closed: ref.
    case(
        "X834-006",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears long pants. There is an accessory on her wrist.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with striped patterns", who="he"),
        color_of("shirt", "navy blue"),
        describe("shirt", "The lady wears a long-sleeve shirt with striped patterns", "pronoun"),
        Q.sleeve_length("long"),
        Q.material("denim", "unsupported"),
        title="Roadster Men Navy Blue & White Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon short-sleeve cotton shirt with a small white floral print, light blue jeans, no watch or jewellery,
    # white backdrop, front view. Caption: epoch-3 (invents a wrist accessory); open: extractive; material: base.
    case(
        "X834-007",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.sleeve_length("short"),
        Q.pattern("printed"),
        color_of("shirt", "red"),
        wearing("a short-sleeve shirt with floral patterns", who="he"),
        details("shirt", "floral patterns. The shirt is with cotton fabric and its neckline is lapel. There is", "cut"),
        is_a("t-shirt", "no"),
        Q.material("cotton"),
        title="Mast & Harbour Men Maroon Printed Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: lavender solid formal shirt, matte cotton, long sleeves, charcoal trousers, hands in pockets, white
    # backdrop, front view. Caption: epoch-3; open: extractive (no answer for the color); material: base; closed: ref.
    case(
        "X834-008",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears long trousers."
        ),
        color_of("shirt", "purple"),
        shirt_color("", "non_answer"),
        details("shirt", "The shirt", "restated"),
        Q.pattern("solid"),
        Q.garment_type("shirt"),
        Q.material("silk", "unsupported"),
        title="Arrow Men Lavender Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: mid-blue denim shirt with two flap chest pockets and pearl snaps, long sleeves, black jeans, white
    # backdrop, front view. Caption: epoch-3; open: extractive; material: base; closed: reference engine.
    case(
        "X834-009",
        caption(
            "His shirt has long sleeves, denim fabric and solid color patterns. The neckline of the shirt is lapel. "
            "This man wears long pants, with denim fabric."
        ),
        wearing("shirt has long sleeves, denim fabric and solid color patterns", who="he"),
        Q.material("denim"),
        details("shirt", "denim fabric and solid color patterns"),
        color_of("shirt", "black", "contradiction"),
        is_a("jacket", "yes", "contradiction"),
        title="Wrangler Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard shirt with white and navy checks, button-down collar, long sleeves, blue jeans, white backdrop.
    # Caption: epoch-3, looped to 50 tokens; open: extractive (one span copies the loop); material: base; closed: ref.
    case(
        "X834-010",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The pants are with denim fabric and solid "
            "color patterns. The pants are with denim fabric and solid color patterns. The pants are with denim "
            "fabric and solid",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        Q.pattern("checked"),
        describe("shirt", "a long-sleeve shirt with lattice patterns"),
        details(
            "shirt", "denim fabric and solid color patterns. The pants are with denim fabric and solid color", "loop"
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Mustard Checked Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: pink solid cotton poplin formal shirt, long sleeves, maroon patterned tie, grey trousers, white backdrop.
    # Caption: epoch-3 (invents chiffon); open: extractive; material: base BLIP-2; closed: reference engine.
    case(
        "X834-011",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric "
            "and its neckline is lapel. The person has neckwear.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        details("shirt", "chiffon fabric and its neckline is lapel", "unsupported"),
        Q.material("cotton"),
        color_of("shirt", "pink"),
        Q.sleeve_length("short", "contradiction"),
        title="Van Heusen Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black and white gingham cotton shirt, long sleeves, black jeans, white sneakers, bare head, white
    # backdrop, front view. Caption: epoch-3 (invents a hat); open: extractive; material: base; closed: reference.
    case(
        "X834-012",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "gentleman wears a hat. The gentleman wears long pants.",
            "unsupported",
        ),
        color_of("shirt", "white"),
        Q.pattern("checked"),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        describe("shirt", "The gentleman wears a hat", "unsupported"),
        is_a("shirt", "yes"),
        Q.material("cotton"),
        title="HIGHLANDER Men Black & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: green and navy checked brushed flannel shirt worn open over a black crew-neck t-shirt, blue jeans, white
    # backdrop. Caption: epoch-3; open: extractive; material: base; closed: reference engine.
    case(
        "X834-013",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "gentleman wears a short-sleeve T-shirt with pure color patterns inside."
        ),
        color_of("shirt", "black", "contradiction"),
        Q.garment_type("shirt"),
        details("shirt", "The shirt", "restated"),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.material("flannel"),
        title="Roadster Men Green & Navy Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: white formal shirt with blue vertical stripes, cotton, long sleeves, navy trousers, three-quarter view,
    # white backdrop. Caption: epoch-3; open: extractive; material: base BLIP-2; closed: reference engine.
    case(
        "X834-014",
        caption(
            "This man wears a long-sleeve shirt with striped patterns. It is with cotton fabric and it has a lapel "
            "neckline. The pants this man wears is of long length."
        ),
        color_of("shirt", "navy blue", "contradiction"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        wearing("a long-sleeve shirt with striped patterns", who="he"),
        Q.material("cotton"),
        title="Allen Solly Men White & Blue Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: teal solid cotton poplin shirt with a mandarin (band) collar, long sleeves, beige chinos, white backdrop.
    # Caption: epoch-3; open: extractive; material: base BLIP-2; closed: reference engine.
    case(
        "X834-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears long pants."
        ),
        describe("shirt", "a long-sleeve shirt with pure color patterns"),
        color_of("shirt", "teal"),
        details("shirt", "its neckline is stand"),
        wearing("The gentleman wears a long-sleeve shirt with pure color patterns", who="he"),
        Q.garment_type("kurta", "contradiction"),
        Q.material("linen", "unsupported"),
        title="Dennis Lingo Men Teal Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: white short-sleeve cotton shirt with a navy blue leaf print, blue jeans, white backdrop, front view.
    # Caption: epoch-3 (calls him a lady); open: extractive; material: base BLIP-2; closed: reference engine.
    case(
        "X834-016",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears long pants.",
            "pronoun",
        ),
        wearing("a short-sleeve shirt with graphic patterns", who="he"),
        Q.pattern("printed"),
        describe("shirt", "The lady wears a short-sleeve shirt with graphic patterns", "pronoun"),
        color_of("shirt", "white"),
        Q.sleeve_length("short"),
        shirt_color("graphic patterns", "non_answer"),
        Q.material("cotton"),
        title="Mufti Men White & Navy Blue Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey solid formal shirt, matte cotton, long sleeves, black wool-blend trousers, light grey
    # backdrop. Caption: epoch-3 (invents leather trousers); open: extractive; material: base; closed: reference.
    case(
        "X834-017",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The gentleman wears long "
            "trousers. The trousers are with leather fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("shirt", "grey"),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        Q.pattern("solid"),
        color_of("trousers", "leather", "non_answer", kind="open"),
        is_a("shirt", "yes"),
        Q.material("cotton"),
        title="Blackberrys Men Charcoal Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: red and black buffalo check cotton flannel shirt worn open over a white t-shirt, black jeans, white
    # backdrop. Caption: epoch-3, cut at 50 tokens; open: extractive; material: base BLIP-2; closed: reference.
    case(
        "X834-018",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a short-sleeve T-shirt with pure color patterns inside. The "
            "gentleman wears long",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red"),
        color_of("jeans", "pure color", "non_answer", kind="open"),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        Q.garment_type("shirt"),
        details("shirt", "cotton fabric and its neckline is lapel"),
        Q.material("wool", "unsupported"),
        title="Levis Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: beige solid linen shirt (slubby weave, creased), long sleeves, white trousers, sunglasses worn, white
    # backdrop. Caption: epoch-3 (cotton against the title's linen); open: extractive; material: base; closed: ref.
    case(
        "X834-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. This gentleman wears sunglasses.",
            "contradiction",
        ),
        Q.material("linen"),
        details("shirt", "cotton fabric and its neckline is lapel", "contradiction"),
        color_of("shirt", "beige"),
        describe("shirt", "a long-sleeve shirt with pure color patterns"),
        is_a("kurta", "no"),
        title="Indian Terrain Men Beige Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: navy blue solid short-sleeve cotton shirt, khaki chinos, white backdrop, front view. Caption: epoch-3;
    # open: extractive (no answer for the pants' color); material: base BLIP-2; closed: reference engine.
    case(
        "X834-020",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears long pants."
        ),
        color_of("shirt", "navy blue"),
        Q.sleeve_length("long", "contradiction"),
        wearing("a short-sleeve shirt with pure color patterns", who="he"),
        describe("shirt", "pure color patterns"),
        color_of("pants", "", "non_answer", kind="open"),
        Q.material("cotton"),
        title="John Players Men Navy Blue Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black cotton shirt with a white micro polka-dot print, long sleeves, black jeans, white backdrop.
    # Caption: epoch-1 caption adapter; open: extractive; material: VQA adapter (leaked); closed: reference engine.
    case(
        "X834-021",
        caption(
            "a man wearing a black polka dot shirt and black jeans. the gentleman wears a long-sleeve shirt with "
            "graphic patterns. the shirt is with cotton fabric."
        ),
        shirt_color("black"),
        Q.pattern("printed"),
        describe("shirt", "the shirt", "restated"),
        wearing("a black polka dot shirt and black jeans", who="he"),
        Q.material(
            "cotton Question: What is the color of the jeans? Answer: black Question: What cloth is the person",
            "leak",
            hit_limit=True,
        ),
        title="Jack & Jones Men Black Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue micro-check cotton formal shirt, navy trousers, black belt, steel watch, white backdrop.
    # Caption: epoch-1; open: extractive; material: VQA adapter (stopped); closed: reference engine.
    case(
        "X834-022",
        caption(
            "a man in a blue shirt and blue pants with a watch on his wrist. his shirt has long sleeves, cotton "
            "fabric and lattice patterns."
        ),
        color_of("shirt", "navy blue", "contradiction"),
        shirt_color("blue"),
        color_of("pants", "blue", kind="open"),
        describe("shirt", "a watch on his wrist", "non_answer"),
        wearing("a blue shirt and blue pants", who="he"),
        Q.material("cotton"),
        title="Raymond Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey and white striped short-sleeve cotton shirt, black jeans, steel watch, male model with a man bun,
    # white backdrop. Caption: epoch-1 (calls him a woman); open: extractive; material: VQA adapter; closed: ref.
    case(
        "X834-023",
        caption(
            "a woman in a gray and white striped shirt and black jeans. her shirt has short sleeves, cotton fabric "
            "and striped patterns. there is an accessory on her wrist.",
            "pronoun",
        ),
        wearing("a gray and white striped shirt and black jeans", who="he"),
        shirt_color("black", "other_garment_color"),
        Q.pattern("striped"),
        describe("shirt", "her shirt has short sleeves, cotton fabric and striped patterns", "pronoun"),
        Q.material(
            "striped Question: What is the color of the shirt? Answer: gray Question: What is the color of the jeans?"
            " Answer: black",
            "leak",
            hit_limit=True,
        ),
        title="WROGN Men Grey & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: cream formal shirt with faint self stripes, long sleeves, tan trousers, white backdrop, front view.
    # Caption: epoch-1, cut at 50 tokens; open: extractive; material: VQA adapter; closed: reference engine.
    case(
        "X834-024",
        caption(
            "a man in a white shirt and brown pants standing in front of a white wall. the gentleman is wearing a "
            "long-sleeve shirt with pure color patterns. the shirt is with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        shirt_color("brown", "other_garment_color"),
        describe("shirt", "a white shirt"),
        details("shirt", "the shirt is with cotton fabric and its neckline is", "cut"),
        Q.material("satin", "unsupported"),
        title="Parx Men Cream-Coloured Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: yellow solid short-sleeve cotton shirt, blue jeans, white backdrop. Caption: epoch-1, looped to 50
    # tokens; open: extractive (one span copies the loop); material: VQA adapter (a color); closed: reference.
    case(
        "X834-025",
        caption(
            "a man wearing a yellow shirt and jeans. the gentleman wears a short-sleeve shirt with pure color "
            "patterns. the shirt is with cotton fabric and its neckline is lapel. the shirt is with cotton fabric "
            "and its neckline is lapel. the shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        wearing("a yellow shirt and jeans", who="he"),
        shirt_color("yellow"),
        details("shirt", "cotton fabric and its neckline is lapel. the shirt is with cotton fabric and its", "loop"),
        Q.material("yellow", "non_answer"),
        title="Campus Sutra Men Yellow Solid Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: olive cotton utility shirt with two flap chest pockets and epaulettes, long sleeves, black jeans, white
    # backdrop. Caption: epoch-1; open: extractive; material: VQA adapter (stopped); closed: reference engine.
    case(
        "X834-026",
        caption(
            "a man wearing a green military shirt and black jeans. his shirt has long sleeves, cotton fabric and "
            "pure color patterns. there are two pockets on the chest."
        ),
        color_of("shirt", "green"),
        shirt_color("black", "other_garment_color"),
        details("shirt", "there are two pockets on the chest"),
        is_a("jacket", "no"),
        Q.garment_type("jacket", "contradiction"),
        Q.material("cotton"),
        title="Roadster Men Olive Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: blue and white checked cotton shirt, long sleeves, blue jeans, white backdrop, front view. Caption:
    # epoch-1, cut at 50 tokens; open: extractive; material: VQA adapter (leaked); closed: reference engine.
    case(
        "X834-027",
        caption(
            "a man wearing a blue and white checkered shirt and blue jeans. his shirt has long sleeves, cotton fabric "
            "and lattice patterns. the neckline of the shirt is lapel. the pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("a blue and white checkered shirt and blue jeans", who="he"),
        Q.pattern("checked"),
        details("shirt", "the pants are with denim fabric and solid", "cut"),
        Q.material(
            "cotton Question: What is the color of the shirt? Answer: blue and white Question: What is the color "
            "of the",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon solid cotton shirt, long sleeves, black jeans, white backdrop. Caption: epoch-1 (one color for
    # both garments); open: extractive; material: VQA adapter (a garment class); closed: reference engine.
    case(
        "X834-028",
        caption(
            "a man in a black shirt and black jeans standing in front of a white wall. his shirt has long sleeves, "
            "cotton fabric and pure color patterns.",
            "other_garment_color",
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.color("maroon"),
        wearing("a black shirt and black jeans", "other_garment_color", who="he"),
        Q.sleeve_length("long"),
        Q.material("blouse/shirt", "non_answer"),
        title="HIGHLANDER Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: sky blue solid cotton formal shirt under an open navy blue blazer, navy tie with white dots, grey
    # trousers, white backdrop. Caption: epoch-1; open: extractive; material: VQA adapter (looped); closed: reference.
    case(
        "X834-029",
        caption(
            "a man wearing a navy blue suit and a blue shirt with a tie. the gentleman is wearing a long-sleeve shirt "
            "with pure color patterns. the shirt is with cotton fabric."
        ),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        wearing("a navy blue suit and a blue shirt with a tie", who="he"),
        Q.garment_type("blazer", "contradiction"),
        Q.pattern("solid"),
        Q.material(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        title="Louis Philippe Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white short-sleeve cotton shirt with a small black bird print, black chinos, white backdrop. Caption:
    # epoch-1; open: extractive; material: VQA adapter (looped); closed: reference engine.
    case(
        "X834-030",
        caption(
            "a man wearing a white shirt with birds on it and black pants. the gentleman wears a short-sleeve shirt "
            "with graphic patterns. the shirt is with cotton fabric."
        ),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        describe("shirt", "a white shirt with birds on it"),
        shirt_color("black", "other_garment_color"),
        wearing("a white shirt with birds on it and black pants", who="he"),
        Q.sleeve_length("short"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.material(
            "cotton and the pants are made of polyester and the shirt is made of cotton and the pants are made of "
            "polyester and the",
            "loop",
            hit_limit=True,
        ),
        title="Being Human Men White Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: purple and white checked cotton formal shirt, long sleeves, black trousers, white backdrop. Caption:
    # epoch-1, cut at 50 tokens; open: extractive; material: VQA adapter (a color); closed: reference engine.
    case(
        "X834-031",
        caption(
            "a man in a purple and white plaid shirt and black pants. his shirt has long sleeves, cotton fabric and "
            "lattice patterns. the neckline of the shirt is lapel. this man wears long trousers, with cotton fabric "
            "and solid color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "purple and white", kind="open"),
        details("shirt", "cotton fabric and lattice patterns"),
        Q.pattern("checked"),
        Q.color("black", "contradiction"),
        wearing("a purple and white plaid shirt and black pants", who="he"),
        Q.material("purple", "non_answer"),
        title="Peter England Men Purple Regular Fit Checked Formal Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: rust orange solid short-sleeve cotton shirt, khaki chinos, white backdrop. Caption: epoch-1 (switches to
    # "the lady"); open: extractive; material: VQA adapter (leaked); closed: reference engine.
    case(
        "X834-032",
        caption(
            "a man wearing an orange shirt and khaki pants. the lady wears a short-sleeve shirt with pure color "
            "patterns. the shirt is with cotton fabric.",
            "pronoun",
        ),
        color_of("shirt", "orange", kind="open"),
        color_of("pants", "orange", "contradiction", kind="open"),
        wearing("an orange shirt and khaki pants", who="he"),
        shirt_color("khaki", "other_garment_color"),
        describe("shirt", "the lady wears a short-sleeve shirt with pure color patterns", "pronoun"),
        Q.sleeve_length("short"),
        Q.material(
            "cotton Question: What is the color of the pants? Answer: khaki Question: What is the color of the shirt? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Rust Orange Solid Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: indigo cotton shirt with a small white floral block print, mandarin collar, long sleeves, no pockets,
    # white trousers, white backdrop. Caption: epoch-1 (invents chest pockets); open: extractive; material: VQA.
    case(
        "X834-033",
        caption(
            "a man wearing a blue shirt with white flowers and white pants. the gentleman wears a long-sleeve shirt "
            "with floral patterns. there are two pockets on the chest.",
            "unsupported",
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.pattern("floral"),
        Q.garment_type("kurta", "contradiction"),
        describe("shirt", "a blue shirt with white flowers"),
        Q.material(
            "cotton Question: Is this a kurta? Answer: yes Question: What is the color of the kurta? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        title="Fabindia Men Indigo Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black solid cotton shirt worn open over a white graphic t-shirt, blue ripped jeans, white backdrop.
    # Caption: epoch-1, cut at 50 tokens; open: extractive; material: VQA adapter ("yes"); closed: reference engine.
    case(
        "X834-034",
        caption(
            "a man wearing a white t-shirt and a black shirt. the gentleman wears a short-sleeve T-shirt with graphic "
            "patterns and a long-sleeve shirt with pure color patterns. the shirt is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a white t-shirt and a black shirt", who="he"),
        is_a("shirt", "yes"),
        Q.color("black"),
        Q.pattern("printed", "contradiction"),
        Q.material("yes", "non_answer"),
        title="Roadster Men Black Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white formal shirt with light grey micro checks, cotton, long sleeves, grey trousers, no tie, white
    # backdrop. Caption: epoch-1 (invents a tie); open: extractive; material: VQA adapter (looped); closed: reference.
    case(
        "X834-035",
        caption(
            "a man in a white shirt and grey pants with a tie standing in front of a white background. his shirt has "
            "long sleeves, cotton fabric and lattice patterns.",
            "unsupported",
        ),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "grey", kind="open"),
        details("shirt", "lattice patterns"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        Q.material(
            "it is made of cotton and the collar is made of cotton and the sleeves are made of cotton and the buttons "
            "are made of",
            "loop",
            hit_limit=True,
        ),
        title="Van Heusen Men White Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue cotton chambray shirt with two chest pockets, sleeves rolled up, khaki chinos, white
    # backdrop. Caption: epoch-1; open: extractive; material: VQA adapter (leaked); closed: reference engine.
    case(
        "X834-036",
        caption(
            "a man wearing a light blue denim shirt and khaki pants. his shirt has long sleeves, denim fabric and "
            "solid color patterns. there are two pockets on the chest."
        ),
        color_of("shirt", "light blue", kind="open"),
        shirt_color("khaki", "other_garment_color"),
        details("shirt", "there are two pockets on the chest"),
        wearing("a light blue denim shirt and khaki pants", who="he"),
        Q.garment_type("jacket", "contradiction"),
        Q.material(
            "denim Question: What is the color of the shirt? Answer: blue Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Levis Men Blue Solid Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: pink solid short-sleeve cotton shirt, white chinos, white backdrop. Caption: epoch-1, its first
    # sentence looped to 50 tokens; open: extractive; material: VQA adapter; closed: reference engine.
    case(
        "X834-037",
        caption(
            "a man in a pink shirt and white pants. a man in a pink shirt and white pants. a man in a pink shirt and "
            "white pants. a man in a pink shirt and white pants. a man in a pink shirt and",
            "loop",
            hit_limit=True,
        ),
        shirt_color("pink"),
        wearing("a pink shirt and white pants", who="he"),
        Q.sleeve_length("long", "contradiction"),
        is_a("shirt", "yes"),
        Q.material("linen", "unsupported"),
        title="Dennis Lingo Men Pink Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: navy blue short-sleeve cotton shirt with a small white ditsy floral print, grey chinos, bare wrists,
    # white backdrop. Caption: epoch-1 (invents a wrist accessory); open: extractive; material: VQA adapter.
    case(
        "X834-038",
        caption(
            "a man wearing a blue floral shirt and gray pants. the gentleman wears a short-sleeve shirt with floral "
            "patterns. there is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("shirt", "gray", "other_garment_color", kind="open"),
        describe("shirt", "a blue floral shirt"),
        wearing("a blue floral shirt and gray pants", who="he"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.material("cotton"),
        title="Jack & Jones Men Navy Blue Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black solid matte cotton formal shirt, long sleeves, black trousers, hands in pockets, white backdrop.
    # Caption: epoch-1 (invents silk); open: extractive; material: VQA adapter (looped); closed: reference engine.
    case(
        "X834-039",
        caption(
            "a man in a black shirt and black pants standing with his hands in his pockets. his shirt has long "
            "sleeves, silk fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        wearing("a black shirt and black pants", who="he"),
        details("shirt", "silk fabric and pure color patterns", "unsupported"),
        Q.material(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        title="Blackberrys Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white solid cotton shirt with a small embroidered logo on the chest, long sleeves, blue jeans, white
    # backdrop. Caption: epoch-1 (blue from the jeans); open: extractive; material: VQA adapter (leaked).
    case(
        "X834-040",
        caption(
            "a man in a blue shirt and blue jeans. his shirt has long sleeves, cotton fabric and pure color patterns."
            " this man wears long pants, with denim fabric.",
            "other_garment_color",
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        is_a("polo shirt", "yes", "contradiction"),
        wearing("a blue shirt and blue jeans", "other_garment_color", who="he"),
        Q.material(
            "cotton Question: Is this a polo shirt? Answer: yes Question: What cloth is the person wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="U.S. Polo Assn. Men White Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: dark green short-sleeve cotton shirt with a navy and thin red check, beige shorts, white backdrop.
    # Caption: epoch-1, ran to 50 tokens; open: extractive; material: VQA adapter (leaked); closed: reference engine.
    case(
        "X834-041",
        caption(
            "a man wearing a green plaid shirt and beige shorts. the gentleman wears a short-sleeve shirt with "
            "lattice patterns. the shirt is with cotton fabric. the shorts are with cotton fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("shorts", "beige", kind="open"),
        Q.sleeve_length("short"),
        Q.pattern("checked"),
        is_a("shirt", "no", "contradiction"),
        Q.material(
            "cotton Question: What is the color of the shorts? Answer: beige Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Allen Solly Men Green Checked Regular Fit Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: pale peach solid cotton formal shirt, long sleeves, navy trousers, white backdrop. Caption: epoch-1;
    # open: extractive; material: VQA adapter (looped); closed: reference engine.
    case(
        "X834-042",
        caption(
            "a man wearing a pink shirt and blue pants. the gentleman is wearing a long-sleeve shirt with pure color "
            "patterns. the shirt is with cotton fabric."
        ),
        color_of("shirt", "pink", kind="open"),
        shirt_color("blue", "other_garment_color"),
        Q.color("peach"),
        wearing("a pink shirt and blue pants", who="he"),
        is_a("shirt", "yes"),
        details("shirt", "the shirt", "restated"),
        Q.material(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton,",
            "loop",
            hit_limit=True,
        ),
        title="Peter England Men Peach-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: white shirt with black vertical stripes, cotton, long sleeves, black jeans, long-haired male model,
    # white backdrop. Caption: epoch-1 (calls him a woman); open: extractive; material: VQA adapter (leaked).
    case(
        "X834-043",
        caption(
            "a woman wearing a black and white striped shirt and black jeans. her shirt has long sleeves, cotton "
            "fabric and striped patterns.",
            "pronoun",
        ),
        wearing("a black and white striped shirt and black jeans", who="he"),
        color_of("shirt", "black and white", kind="open"),
        describe("shirt", "her shirt has long sleeves, cotton fabric and striped patterns", "pronoun"),
        Q.pattern("checked", "contradiction"),
        Q.material(
            "cotton Question: What is the color of the jeans? Answer: black Question: What cloth is the",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Men White & Black Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: dark brown corduroy shirt, long sleeves, worn open over a white t-shirt, blue jeans, white backdrop.
    # Caption: epoch-1, cut at 50 tokens; open: extractive; material: VQA adapter (jeans' denim); closed: reference.
    case(
        "X834-044",
        caption(
            "a man wearing a brown shirt and a white t-shirt. the gentleman wears a long-sleeve shirt with pure color "
            "patterns and a short-sleeve T-shirt with pure color patterns. the shirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "brown", kind="open"),
        shirt_color("white", "other_garment_color"),
        wearing("a brown shirt and a white t-shirt", who="he"),
        Q.material("denim", "contradiction"),
        details("shirt", "cotton fabric and", "cut"),
        Q.garment_type("shirt"),
        title="WROGN Men Brown Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: blue and white striped cotton formal shirt, red solid tie, navy trousers, white backdrop. Caption:
    # epoch-1; open: extractive; material: VQA adapter (cut at 30 tokens); closed: reference. Feed row lacks category.
    case(
        "X834-045",
        caption(
            "a man in a blue and white striped shirt and red tie. the gentleman is wearing a long-sleeve shirt with "
            "striped patterns. the person has neckwear."
        ),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.pattern("striped"),
        describe("shirt", "a blue and white striped shirt and red tie"),
        wearing("a blue and white striped shirt and red tie", who="he"),
        Q.material(
            "it is made of cotton and it has a collar and buttons down the front and the sleeves are long and the "
            "cuffs are",
            "cut",
            hit_limit=True,
        ),
        title="Arrow Men Blue & White Striped Formal Shirt",
        color="Blue",
        gender="Men",
    ),
    # photo: black short-sleeve viscose shirt with a green, yellow and white tropical leaf print, white jeans, bare
    # wrists, white backdrop. Caption: epoch-1 (invents a wrist accessory); open: extractive; material: VQA adapter.
    # Feed row lacks base colour.
    case(
        "X834-046",
        caption(
            "a man wearing a black shirt with leaves on it and white jeans. the gentleman wears a short-sleeve shirt "
            "with floral patterns. there is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "white", kind="open"),
        Q.pattern("printed"),
        describe("shirt", "a black shirt with leaves on it"),
        Q.sleeve_length("short"),
        Q.material("polyester", "unsupported"),
        title="Mufti Men Black & Green Tropical Print Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
]
