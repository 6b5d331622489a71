"""BLIND_756 (46 products; Myntra men's shirts, captions then extractive QA): written blind in the fifty-fifth session.
Measured blind at 6e339a9 (the session's fifth rules): 101/125 failures found (80.8%) and 0/180 correct texts flagged
(0.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's shirts (casual and formal; checked, striped, printed and solid), one 224x224
catalog photo each, white or grey studio backdrop, the model in trousers, jeans, chinos or shorts, some shirts worn
open over a t-shirt. Seller columns: title, category (the article type, "Shirts"), color (the base colour), gender.
A few rows lack a column, as real feeds do.

Who wrote what: the caption is free generation by the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, 50 new tokens, greedy): it mixes base
BLIP-2 phrasing ("a man wearing a blue checked shirt and jeans") with the DeepFashion template ("His shirt has long
sleeves, cotton fabric and lattice patterns. It has a lapel neckline."), and, having no end token, it sometimes loops
or runs to the limit mid-sentence; the template also says "the lady" / "her" for men now and then. Open answers are
spans that the extractive QA model (timpal0l/mdeberta-v3-base-squad2) picked out of that caption, so they carry the
caption's errors, and where the caption names no hue the span is a pattern word ("pure color"). When the QA model
found no span for the description, details or material question, the job re-asked untuned base BLIP-2 with
"Question: ... Answer:" (30 new tokens, greedy): those fallback answers are where the prompt leaks, the one-word or
yes/no answers, the restatements, most invented details and some loops and cuts come from. The wearing and color
questions have no fallback: a missing span is stored as an empty string. Closed answers (garment type, color,
pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference, one candidate each.

Labeling conventions and judgement calls:
- One label per text, the most salient: a looping caption that is also cut at the limit is "loop"; a caption that
  invents a detail and also says "the lady" is labeled by the failure I judged a reviewer would see first.
- hit_limit=True only on texts that were themselves generated to their token limit (captions at 50, fallback answers
  at 30). A QA span taken from a looping or cut caption is labeled loop or cut, but hit_limit stays False.
- other_garment_color is used for open answers (spans or fallback) that give the shirt the color of another worn
  thing (trousers, jeans, shorts, the t-shirt under an open shirt, a tie). A closed color that is wrong, a caption
  that gives the shirt the jeans' color, and a wrong color for the trousers/jeans/shorts question are contradiction.
- A one-word or yes/no answer to an open description or details question, an empty span, and a span that is only a
  pattern word ("pure color", "stripe patterns") to a color question are non_answer. A sentence that only turns the
  question back ("the details of the shirt are the shirt details") is restated.
- Material: correct when the title names it (Pure Cotton, Linen, Denim, Flannel, Corduroy, Oxford) or the photo
  shows it plainly (denim, corduroy wale); a fabric the title does not name and the photo cannot show is unsupported;
  a fabric that conflicts with the title's is contradiction.
- Pocket, logo, collar style or cuff claims the photo does not show are unsupported.
- Sleeves rolled to the elbow on a long-sleeve shirt: "long" is correct and "short" a contradiction.
- A "self design" (dobby) shirt that reads as plain at this size: "solid" counted correct. Fine pinstripes or micro
  checks that the seller's title names: "solid" counted a contradiction.
- Olive as "green", lavender as "purple", maroon as closed "red", teal as closed "blue", off white as "white",
  charcoal as "grey" or "dark grey", rust as "orange", sky blue as "light blue" are all counted correct.
- A tropical leaf print called "printed" is correct; polka dots called "printed" is correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS
MAN = "the man"

BLIND_756 = [
    # photo: navy-and-white gingham check shirt, long sleeves, untucked, with khaki chinos and brown loafers; white
    # backdrop, front view. caption C1; wearing and color answers QA spans; pattern and is_a REF.
    case(
        "X756-001",
        caption("a man wearing a navy blue and white checked shirt and khaki pants"),
        wearing("a navy blue and white checked shirt and khaki pants", who=MAN),
        color_of("shirt", "navy blue and white", kind="open"),
        color_of("pants", "khaki", kind="open"),
        Q.pattern("checked"),
        is_a("shirt", "yes"),
        title="Roadster Men Navy & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain white formal shirt tucked into charcoal trousers, black belt; light grey backdrop, front view.
    # caption C1; color and description QA spans; details and material BASE fallback; sleeves and type REF.
    case(
        "X756-002",
        caption("a man in a white shirt and grey trousers standing in front of a grey wall"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe("shirt", "a white shirt"),
        details(
            "shirt",
            "the shirt has a spread collar and a full button placket with white buttons. it has long sleeves with a "
            "single button cuff and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt"),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with an olive-green tropical leaf print, worn open over a white crew-neck tee,
    # light blue jeans; white backdrop. caption C1; wearing and color QA spans; material BASE fallback; type,
    # sleeves, is_a REF.
    case(
        "X756-003",
        caption("a man wearing a black leaf print shirt over a white t-shirt and blue jeans"),
        wearing("a black leaf print shirt over a white t-shirt and blue jeans", who=MAN),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("short"),
        Q.material("viscose rayon", "unsupported"),
        is_a("shirt", "yes"),
        title="HERE&NOW Men Black & Olive Tropical Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue shirt with thin white vertical stripes, long sleeves, tucked into navy trousers; white
    # backdrop. caption C1 (template, loops on the fabric sentence to the limit); wearing, description, material QA
    # spans of that caption; pattern and color REF.
    case(
        "X756-004",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. The shirt "
            "is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with stripe patterns", who=MAN),
        describe("shirt", "a long-sleeve shirt with stripe patterns"),
        Q.material("cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric", "loop"),
        Q.pattern("striped"),
        Q.color("blue"),
        title="Van Heusen Men Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive solid shirt, long sleeves rolled to the elbows, plain front without pockets, black jeans, white
    # sneakers, hands in pockets; white backdrop. caption C1; wearing and color QA spans; details BASE fallback;
    # sleeves and pattern REF.
    case(
        "X756-005",
        caption("a man in a green shirt and black jeans with his hands in his pockets"),
        wearing("a green shirt and black jeans", who=MAN),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        details("shirt", "the shirt has two flap pockets with snap buttons on the chest", "unsupported"),
        Q.sleeve_length("short", "contradiction"),
        Q.pattern("solid"),
        title="Highlander Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: pale pink solid formal shirt, long sleeves, tucked into grey trousers; white backdrop. caption C1
    # (template, "the lady" for a man); wearing, color, description, material QA spans; color REF.
    case(
        "X756-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        describe("shirt", "a long-sleeve shirt with pure color patterns"),
        Q.material("cotton fabric"),
        Q.color("white", "contradiction"),
        title="Arrow Men Pink Pure Cotton Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, two flap chest pockets, long sleeves, worn open over a grey tee, beige chinos;
    # white backdrop. caption C1; wearing, color, material QA spans; type and is_a REF.
    case(
        "X756-007",
        caption("a man wearing a denim shirt over a grey t-shirt and beige pants"),
        wearing("a denim shirt over a grey t-shirt and beige pants", who=MAN),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        Q.material("denim"),
        Q.garment_type("jacket", "contradiction"),
        is_a("shirt", "no", "contradiction"),
        title="Wrangler Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: red-and-navy tartan check shirt, button-down collar, one chest pocket, long sleeves, blue jeans; white
    # backdrop. caption C1; description QA span; details BASE fallback (leaks the next prompt); pattern, color REF.
    case(
        "X756-008",
        caption("a man wearing a red and blue plaid shirt and blue jeans"),
        describe("shirt", "a red and blue plaid shirt"),
        details(
            "shirt",
            "the shirt has a button down collar and a pocket on the chest. Question: What is the color of the shirt? "
            "Answer: red",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("red"),
        title="U.S. Polo Assn. Men Red & Navy Tartan Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: white shirt with thin blue pinstripes, long sleeves, tucked into black trousers; white backdrop.
    # caption C1 (misses the stripes, still right); color and description QA spans; details BASE fallback;
    # pattern REF.
    case(
        "X756-009",
        caption("a man wearing a white shirt and black pants"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("shirt", "a white shirt"),
        details("shirt", "white", "non_answer"),
        Q.pattern("solid", "contradiction"),
        title="Louis Philippe Men White & Blue Pinstriped Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: mustard yellow short-sleeve shirt with a small navy geometric print, no chest pocket, navy chinos; white
    # backdrop. caption C1 (mixed, runs to the limit mid-clause); wearing, color, material QA spans; description BASE
    # fallback; sleeves, pattern REF.
    case(
        "X756-010",
        caption(
            "a man wearing a yellow shirt with a navy blue print and navy blue pants. The shirt has short sleeves, "
            "cotton fabric and graphic patterns. It has a lapel neckline. The pants are of long length. The pants "
            "are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt with a navy blue print and navy blue pants", who=MAN),
        color_of("shirt", "yellow", kind="open"),
        describe("shirt", "a yellow shirt with a navy blue print and a chest pocket with a button flap", "unsupported"),
        Q.material("cotton fabric", "unsupported"),
        Q.sleeve_length("short"),
        Q.pattern("printed"),
        title="Mufti Men Mustard Geometric Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: lavender solid formal shirt, spread collar, no pocket, tucked into grey trousers, brown belt; white
    # backdrop. caption C1; color QA span; wearing an empty span (no fallback for it); details BASE fallback;
    # color, type, is_a REF.
    case(
        "X756-011",
        caption("a man in a purple shirt and grey pants"),
        color_of("shirt", "purple", kind="open"),
        wearing("", "non_answer", who=MAN),
        details(
            "shirt",
            "the shirt has a spread collar, a button placket, long sleeves with buttoned cuffs, a curved hem and a "
            "small pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.garment_type("blouse", "contradiction"),
        is_a("t-shirt", "no"),
        title="Allen Solly Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: black-and-grey checked flannel shirt worn open over a black tee, mid-blue jeans; white backdrop.
    # caption C1 (mixed); wearing, jeans color, material QA spans; details BASE fallback; sleeves, pattern REF.
    case(
        "X756-012",
        caption(
            "a man wearing a black and grey checkered shirt over a black t-shirt and blue jeans. His shirt has long "
            "sleeves, flannel fabric and lattice patterns."
        ),
        wearing("a black and grey checkered shirt over a black t-shirt and blue jeans", who=MAN),
        color_of("jeans", "black", "contradiction", kind="open"),
        Q.material("flannel fabric"),
        details("shirt", "the shirt has the details of a shirt", "restated"),
        Q.sleeve_length("long"),
        Q.pattern("checked"),
        title="Roadster Men Black & Grey Checked Flannel Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white linen-look shirt with a mandarin (band) collar, long sleeves, untucked, beige trousers; white
    # backdrop. caption C1; description and color QA spans; material and details BASE fallback (details loops);
    # type REF (takes the band collar for a kurta).
    case(
        "X756-013",
        caption("a man wearing a white shirt with a mandarin collar and beige pants"),
        describe("shirt", "a white shirt with a mandarin collar"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        Q.material("linen"),
        details(
            "shirt",
            "mandarin collar, mandarin collar, mandarin collar, mandarin collar, mandarin collar, mandarin collar, "
            "mandarin collar, mandarin",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta", "contradiction"),
        title="Campus Sutra Men White Linen Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy blue solid formal shirt, long sleeves, plain pocket-less front, white trousers; white backdrop.
    # caption C1 ("a woman" for a short-haired man); wearing and color QA spans; details BASE fallback; pattern,
    # sleeves REF.
    case(
        "X756-014",
        caption("a woman in a navy blue shirt and white pants", "pronoun"),
        wearing("a navy blue shirt and white pants"),
        color_of("shirt", "navy blue", kind="open"),
        color_of("pants", "navy blue", "contradiction", kind="open"),
        details("shirt", "the shirt has a white logo on the chest pocket", "unsupported"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        title="Peter England Men Navy Blue Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: blue-and-white bengal stripe shirt, short sleeves, button-down collar, white chino shorts; white
    # backdrop. caption C1; color and description QA spans; details (starts with the prompt) and material BASE
    # fallback; sleeves and is_a REF.
    case(
        "X756-015",
        caption("a man in a blue and white striped shirt and white shorts"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("shorts", "white", kind="open"),
        describe("shirt", "a blue and white striped shirt"),
        details("shirt", "Question: What are the shirt details? Answer: the shirt has a button down collar", "leak"),
        Q.material("linen", "unsupported"),
        Q.sleeve_length("short"),
        is_a("shirt", "yes"),
        title="Tommy Hilfiger Men Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange solid shirt, long sleeves, plain chest with no logo or pocket, black jeans; white backdrop.
    # caption C1 (invents an embroidered logo); wearing, details, color QA spans; material BASE fallback (loops);
    # color REF.
    case(
        "X756-016",
        caption("a man wearing a grey shirt with a embroidered logo on the chest and black jeans", "unsupported"),
        wearing("a grey shirt with a embroidered logo on the chest and black jeans", "unsupported", who=MAN),
        details("shirt", "a embroidered logo on the chest", "unsupported"),
        color_of("shirt", "grey", kind="open"),
        Q.material(
            "cotton and polyester, cotton and polyester, cotton and polyester, cotton and polyester, cotton and "
            "polyester, cotton and",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        title="Jack & Jones Men Grey Melange Solid Casual Shirt",
        category="Shirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon solid shirt, long sleeves, mid-blue jeans; white backdrop. caption C1 (one color for both
    # garments); wearing and color QA spans; color, type, pattern REF.
    case(
        "X756-017",
        caption("a man in a blue shirt and blue jeans", "contradiction"),
        wearing("a blue shirt and blue jeans", "other_garment_color", who=MAN),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.garment_type("shirt"),
        Q.pattern("solid"),
        title="Genesis Men Maroon Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: beige linen shirt, long sleeves, spread collar, white trousers, one hand in a pocket; white backdrop.
    # caption C1; material and trousers color QA spans; details BASE fallback (to the limit); color and pattern REF
    # (pattern takes the linen slub for stripes).
    case(
        "X756-018",
        caption("a man in a beige linen shirt and white pants standing with one hand in his pocket"),
        Q.material("linen"),
        color_of("pants", "white", kind="open"),
        details(
            "shirt",
            "the shirt has a spread collar, a full button placket, long sleeves with a buttoned cuff and a curved "
            "hem. The shirt is made of linen and has a",
            "cut",
            hit_limit=True,
        ),
        Q.color("beige"),
        Q.pattern("striped", "contradiction"),
        title="Linen Club Men Beige Pure Linen Regular Fit Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: teal solid shirt, long sleeves, beige chinos; white backdrop. caption C1; description and color QA
    # spans (description span is only the hue); details BASE fallback answers yes; color and sleeves REF.
    case(
        "X756-019",
        caption("a man wearing a teal shirt and beige pants"),
        describe("shirt", "teal", "non_answer"),
        details("shirt", "yes", "non_answer"),
        color_of("shirt", "teal", kind="open"),
        color_of("pants", "beige", kind="open"),
        Q.color("blue"),
        Q.sleeve_length("short", "contradiction"),
        title="Dennis Lingo Men Teal Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: white solid formal shirt with a navy blue tie, grey trousers; white backdrop. caption C1; wearing and
    # color QA spans (color span takes the tie); material BASE fallback (leaks the next prompt); type, is_a REF.
    case(
        "X756-020",
        caption("a man in a white shirt and a blue tie"),
        wearing("a white shirt and a blue tie", who=MAN),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        Q.material("cotton Question: What is the color of the shirt? Answer: white", "leak"),
        Q.garment_type("shirt"),
        is_a("shirt", "yes"),
        title="Arrow Men White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey denim shirt, long sleeves, two chest pockets, black jeans; white backdrop. caption C1
    # (pure template, no hue); wearing, color, description, details, material QA spans; color REF.
    case(
        "X756-021",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. This man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a long-sleeve shirt with solid color patterns", who=MAN),
        color_of("shirt", "solid color", "non_answer", kind="open"),
        describe("shirt", "a long-sleeve shirt"),
        details("shirt", "The shirt is with denim fabric. It has a lapel neckline"),
        Q.material("denim fabric"),
        Q.color("blue", "contradiction"),
        title="Levis Men Charcoal Grey Denim Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: olive-and-black checked shirt worn open over a white tee, black jeans; white backdrop. caption C1;
    # color QA span; details BASE fallback; pattern, type, sleeves REF.
    case(
        "X756-022",
        caption("a man wearing a green and black plaid shirt over a white t-shirt and black jeans"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        details("shirt", "the details of the shirt are the details of the shirt", "restated"),
        Q.pattern("checked"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        title="Spykar Men Olive & Black Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: pink-and-white striped shirt, long sleeves, navy chinos; white backdrop. caption C1; wearing, color,
    # description QA spans; details and material BASE fallback; pattern, color REF.
    case(
        "X756-023",
        caption("a man in a pink and white striped shirt and navy blue pants"),
        wearing("a pink and white striped shirt and navy blue pants", who=MAN),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        color_of("pants", "navy blue", kind="open"),
        describe("shirt", "pink and white striped shirt"),
        details("shirt", "the shirt has details", "restated"),
        Q.material("silk blend", "unsupported"),
        Q.pattern("checked", "contradiction"),
        Q.color("pink"),
        title="Indian Terrain Men Pink & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: blue-and-red checked shirt, long sleeves, white jeans; white backdrop. caption C1 (loops on the
    # garment phrase to the limit); wearing and color QA spans; pattern, is_a REF.
    case(
        "X756-024",
        caption(
            "a man wearing a blue and red checkered shirt with a red and blue checkered shirt with a red and blue "
            "checkered shirt with a red and blue checkered shirt with a red and",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a blue and red checkered shirt with a red and blue checkered shirt with a red and blue checkered shirt",
            "loop",
            who=MAN,
        ),
        color_of("shirt", "blue and red", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        Q.pattern("checked"),
        is_a("shirt", "yes"),
        title="Mast & Harbour Men Blue & Red Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black solid shirt, long sleeves, grey jeans; white backdrop. caption C1 (template, "her" and "the lady"
    # for a man); description, jeans color, material QA spans; color, type REF.
    case(
        "X756-025",
        caption(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The lady "
            "wears a long pants.",
            "pronoun",
        ),
        describe("shirt", "Her shirt has long sleeves, cotton fabric and pure color patterns", "pronoun"),
        color_of("jeans", "", "non_answer", kind="open"),
        Q.material("cotton fabric"),
        Q.color("black"),
        Q.garment_type("shirt"),
        title="WROGN Men Black Solid Pure Cotton Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue self-design (dobby) formal shirt, spread collar, no pocket, tucked into navy trousers;
    # white backdrop. caption C1; color and description QA spans; details and material BASE fallback; color,
    # pattern, sleeves REF.
    case(
        "X756-026",
        caption("a man in a light blue shirt and navy blue pants"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        describe("shirt", "a light blue shirt"),
        details("shirt", "the shirt has a pocket on the left chest and a button down collar", "unsupported"),
        Q.material("the garment is made of material", "restated"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        title="Louis Philippe Men Blue Self Design Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white short-sleeve shirt with small black polka dots, no pocket, black jeans; white backdrop. caption
    # C1; wearing and jeans color QA spans; description BASE fallback (to the limit); color, pattern, sleeves, is_a
    # REF.
    case(
        "X756-027",
        caption("a man wearing a white shirt with black polka dots and black jeans"),
        wearing("a white shirt with black polka dots and black jeans", who=MAN),
        color_of("jeans", "white", "contradiction", kind="open"),
        describe(
            "shirt",
            "a white shirt with black polka dots, a pointed collar, short sleeves and a chest pocket with a black and "
            "white polka dot flap on the",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        is_a("shirt", "yes"),
        title="Flying Machine Men White & Black Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon solid shirt, long sleeves, beige chinos, a watch on the left wrist; white backdrop. caption C1
    # (mixed, runs to the limit); wearing, colors, details QA spans (details span is the cut tail).
    case(
        "X756-028",
        caption(
            "a man in a maroon shirt and beige pants. His shirt has long sleeves, cotton fabric and pure color "
            "patterns. It has a lapel neckline. The pants are of long length. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon shirt and beige pants", who=MAN),
        color_of("shirt", "maroon", kind="open"),
        color_of("pants", "maroon", "contradiction", kind="open"),
        details("shirt", "There is an accessory on his", "cut"),
        title="Red Tape Men Maroon Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: blue-and-white windowpane check shirt, long sleeves, grey trousers; white backdrop. The row has no
    # gender. caption C1; color QA spans; details BASE fallback; pattern, type REF.
    case(
        "X756-029",
        caption("a man wearing a blue and white checked shirt and grey pants"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        color_of("pants", "grey", kind="open"),
        details("shirt", "the shirt is made of 100% cotton and has a slim fit", "unsupported"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("shirt"),
        title="Roadster Men Blue & White Windowpane Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: yellow solid short-sleeve shirt, blue denim shorts; plain white studio backdrop, no beach. caption C1
    # (invents a beach); wearing, colors, description QA spans; details BASE fallback (loops to the limit).
    case(
        "X756-030",
        caption("a man in a yellow shirt standing on a beach", "unsupported"),
        wearing("a yellow shirt", who=MAN),
        color_of("shirt", "yellow", kind="open"),
        color_of("shorts", "yellow", "contradiction", kind="open"),
        describe("shirt", "a yellow shirt"),
        details(
            "shirt",
            "the shirt has a collar and buttons and buttons and buttons and buttons and buttons and buttons and "
            "buttons and buttons and buttons and",
            "loop",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Yellow Solid Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: charcoal grey solid formal shirt tucked into black trousers; grey backdrop. caption C1; color QA spans;
    # description and material BASE fallback (material starts with the prompt); color, pattern REF.
    case(
        "X756-031",
        caption("a man wearing a dark grey shirt and black pants"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("pants", "dark grey", "contradiction", kind="open"),
        describe("shirt", "the shirt that the man is wearing", "restated"),
        Q.material("Question: What material is the garment made of? Answer: cotton Question:", "leak"),
        Q.color("grey"),
        Q.pattern("solid"),
        title="Blackberrys Men Charcoal Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: sky blue oxford shirt, button-down collar, one chest pocket, long sleeves with buttoned cuffs, khaki
    # chinos; white backdrop. caption C1; wearing and description QA spans; material and details BASE fallback;
    # is_a and type REF.
    case(
        "X756-032",
        caption("a man wearing a light blue shirt and khaki pants"),
        wearing("a light blue shirt and khaki pants", who=MAN),
        describe("shirt", "a light blue shirt"),
        Q.material("oxford cotton"),
        details("shirt", "the shirt has a button-down collar, a chest pocket and long sleeves with buttoned cuffs"),
        is_a("polo shirt", "no"),
        Q.garment_type("shirt"),
        title="Ether Men Sky Blue Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy-and-green checked shirt worn open over a grey tee, blue jeans; white backdrop. caption C1;
    # wearing and colors QA spans; details BASE fallback (leaks the next prompt); type REF.
    case(
        "X756-033",
        caption("a man in a blue and green plaid shirt over a gray t-shirt and blue jeans"),
        wearing("a blue and green plaid shirt over a gray t-shirt and blue jeans", who=MAN),
        color_of("shirt", "gray", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details(
            "shirt",
            "the shirt is open and the man is wearing a gray t-shirt under it. Question: What is the color of the "
            "jeans? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        title="Highlander Men Navy Blue & Green Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white shirt with black stripes, long sleeves, black trousers; white backdrop. caption C1 (template);
    # wearing, color QA spans; details BASE fallback (invents cufflinks); color, pattern, sleeves REF.
    case(
        "X756-034",
        caption(
            "This gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. This gentleman wears a long trousers. The trousers are with cotton fabric and solid "
            "color patterns."
        ),
        wearing("a long-sleeve shirt with stripe patterns", who=MAN),
        color_of("shirt", "stripe patterns", "non_answer", kind="open"),
        details("shirt", "the shirt has french cuffs with silver cufflinks", "unsupported"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        title="Arrow Men White & Black Striped Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: red solid shirt, long sleeves, white jeans, a steel watch on the wrist; white backdrop. caption C1
    # ("a woman", "her wrist" for a man); colors and description QA spans; details BASE fallback (one word
    # looped to the limit); is_a REF.
    case(
        "X756-035",
        caption("a woman wearing a red shirt and white pants, with a watch on her wrist", "pronoun"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("shirt", "a red shirt"),
        details(
            "shirt",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        title="U.S. Polo Assn. Men Red Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: beige short-sleeve shirt with a small blue floral print, camp collar, blue jeans; white backdrop.
    # caption C1; wearing, color QA spans; material and details BASE fallback; pattern, sleeves REF.
    case(
        "X756-036",
        caption("a man wearing a beige shirt with blue flowers and blue jeans"),
        wearing("a beige shirt with blue flowers and blue jeans", who=MAN),
        color_of("shirt", "beige", kind="open"),
        Q.material("silk", "unsupported"),
        details(
            "shirt",
            "the shirt has a camp collar, short sleeves and a print of small blue flowers all over it. it has a "
            "straight hem and the buttons are",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        title="The Indian Garage Co Men Beige & Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: navy formal shirt with fine white micro checks, long sleeves, grey trousers; white backdrop. caption
    # C1; color and description QA spans; details and material BASE fallback; pattern REF (reads the checks as
    # plain).
    case(
        "X756-037",
        caption("a man in a navy blue checked shirt and grey trousers"),
        color_of("shirt", "navy blue", kind="open"),
        describe("shirt", "navy blue checked shirt"),
        details("shirt", "the details of the shirt are shown in the picture", "restated"),
        Q.material("Question: What material is the shirt made of? Answer: cotton", "leak"),
        Q.pattern("solid", "contradiction"),
        title="Van Heusen Men Navy Blue Micro Checked Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white solid formal shirt, long sleeves, plain front without a pocket, black trousers, arms crossed;
    # white backdrop. The row has no category. caption C1; colors QA spans; description ("she" for a man) and
    # details BASE fallback; type and sleeves REF.
    case(
        "X756-038",
        caption("a man in a white shirt and black pants with his arms crossed"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        describe("shirt", "she is wearing a white shirt with a collar and buttons down the front", "pronoun"),
        details("shirt", "the shirt has a pocket on the chest with a white button", "unsupported"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        title="Peter England Men White Solid Slim Fit Formal Shirt",
        gender="Men",
        color="White",
    ),
    # photo: rust corduroy shirt with two flap chest pockets, worn open over a white tee, blue jeans; white
    # backdrop. caption C1; color QA span; material and details BASE fallback; color, type, is_a REF.
    case(
        "X756-039",
        caption("a man wearing an orange shirt over a white t-shirt and blue jeans"),
        color_of("shirt", "orange", kind="open"),
        Q.material("denim", "contradiction"),
        details("shirt", "Answer: the shirt is made of corduroy and has two chest pockets", "leak"),
        Q.color("brown", "contradiction"),
        Q.garment_type("shirt"),
        is_a("shirt", "yes"),
        title="Roadster Men Rust Orange Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with red and yellow flowers, white trousers; white backdrop. caption C1;
    # wearing, color QA spans; description BASE fallback (leaks a made-up next question); pattern, sleeves REF.
    case(
        "X756-040",
        caption("a man wearing a black shirt with red and yellow flowers and white pants"),
        wearing("a black shirt with red and yellow flowers and white pants", who=MAN),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "a black shirt with red and yellow flowers on it. Question: Describe the pants. Answer: white pants",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        title="Mufti Men Black Floral Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: green-and-white striped shirt, spread collar, plain chest pocket without logo, long sleeves, navy
    # chinos; white backdrop. caption C1; wearing, color QA spans; description and details BASE fallback.
    case(
        "X756-041",
        caption("a man wearing a green and white striped shirt and navy blue pants"),
        wearing("a green and white striped shirt and navy blue pants", who=MAN),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        describe("shirt", "striped", "non_answer"),
        details(
            "shirt",
            "the shirt has a button down collar and a pocket on the left side of the chest with a logo embroidered",
            "unsupported",
        ),
        Q.sleeve_length("long"),
        title="Allen Solly Men Green & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: grey-and-white checked formal shirt, black trousers; white backdrop. caption C1; color QA span;
    # material and details BASE fallback (details loops over parts to the limit); is_a, pattern, color REF.
    case(
        "X756-042",
        caption("a man in a grey and white checkered shirt and black pants"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.material("wool", "unsupported"),
        details(
            "shirt",
            "the shirt has a collar, buttons, sleeves, cuffs, a collar, buttons, sleeves, cuffs, a collar, buttons, "
            "sleeves, cuffs, a collar, buttons",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.pattern("checked"),
        Q.color("grey"),
        title="Park Avenue Men Grey & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: long-haired man in a mid-blue denim shirt, black jeans; white backdrop. caption C1 ("a woman");
    # wearing, color, material QA spans; description BASE fallback (loops to the limit); type, is_a REF.
    case(
        "X756-043",
        caption("a woman wearing a blue denim shirt and black pants", "pronoun"),
        wearing("a blue denim shirt and black pants"),
        color_of("shirt", "blue", kind="open"),
        Q.material("denim"),
        describe(
            "shirt",
            "a denim shirt with a denim collar and denim buttons and denim pockets and denim sleeves and denim cuffs "
            "and denim",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        is_a("jacket", "no"),
        title="Levis Men Blue Denim Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: off-white linen shirt, sleeves rolled to the elbows, untucked, blue jeans; white backdrop. The row has
    # no category. caption C1; color QA span; material and details BASE fallback; color, sleeves REF.
    case(
        "X756-044",
        caption("a man wearing a white shirt and blue jeans"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        Q.material("linen"),
        details(
            "shirt",
            "the sleeves are rolled up to the elbows and the shirt is worn untucked over the jeans. the collar is a "
            "spread collar and the buttons are",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.sleeve_length("long"),
        title="Celio Men Off White Solid Linen Casual Shirt",
        color="Off White",
        gender="Men",
    ),
    # photo: purple solid shirt, long sleeves, black trousers; white backdrop. caption C1; shirt and trousers color
    # QA spans; description, details, material BASE fallback; color REF.
    case(
        "X756-045",
        caption("a man in a purple shirt and black pants"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("pants", "purple", "contradiction", kind="open"),
        describe("shirt", "the shirt is purple"),
        details("shirt", "the shirt is a shirt", "restated"),
        Q.material("cotton Question: What is the color of the shirt? Answer: purple Question:", "leak"),
        Q.color("purple"),
        title="Dennis Lingo Men Purple Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: navy short-sleeve shirt with a yellow pineapple print, sunglasses hooked on the placket, beige shorts;
    # white backdrop. caption C1; color QA spans (shorts span takes the print's yellow); details, description
    # ("she" for a man) and material BASE fallback; pattern REF.
    case(
        "X756-046",
        caption("a man wearing a blue shirt with yellow pineapples and sunglasses"),
        color_of("shirt", "blue", kind="open"),
        color_of("shorts", "yellow", "contradiction", kind="open"),
        details("shirt", "the shirt has short sleeves and a pineapple print"),
        describe("shirt", "she is wearing a blue shirt with pineapples on it", "pronoun"),
        Q.material("rayon", "unsupported"),
        Q.pattern("printed"),
        title="WROGN Men Navy Blue & Yellow Pineapple Print Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
]
