"""BLIND_908 (46 products; Myntra men's shirts: caption then extractive QA): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 89/116 failures found (76.7%) and 2/168 correct texts flagged
(1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's shirts (article_type "Shirts"), casual and formal: checks, gingham and tartan,
stripes and pinstripes, floral, leaf, polka-dot, anchor and abstract prints, solids, denim and linen. Photos are the
usual catalog shots on a white or light grey backdrop: a male model, face often cropped at the chin, wearing the shirt
with chinos, jeans, trousers or shorts, sometimes under a sweater, suit jacket or leather jacket or open over a
t-shirt; two are flat lays with no person. The job ran the CONTEXT page's third experiment as a pipeline: one caption
per photo, then every open question answered by extractive QA over that caption, and closed questions by the
reference engine.

Who wrote what: captions of 34 products come from the untuned Salesforce/blip2-opt-2.7b (short, lowercase, stop on
the newline; BLIP's "t - shirt" tokenisation; says "a woman" when the face is cropped, invents ties, hats, pockets,
walls, briefcases, and sometimes loops with greedy decoding until the 50-token limit). Captions of 12 products come
from the caption adapter leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3): DeepFashion template sentences ("The
gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric..."), no hue names, "lady"
and "her" from a mostly female training set, and no end token, so every one of them runs to the 50-token limit: cut
mid-sentence, looping, or writing the next `Question: ... Answer:` pair itself (the unmasked loss taught it the prompt
format). Open answers (what is he wearing, describe the shirt, shirt details, color of the shirt, material) are spans
that timpal0l/mdeberta-v3-base-squad2 extracted from the caption, so every open answer is a substring of its caption
or the empty string (SQuAD2 no-answer). Closed answers (garment type, color, pattern, sleeve length, "Is this a
shirt?") come from enrich's reference engine ranking candidate values with the base model: one clean value, never a
loop or a cut, but often the trousers' or jacket's color, "short sleeves" for rolled sleeves, the layered garment's
type.

Labeling conventions and judgement calls:
- One label per text. A caption that ran to the token limit is labelled by its structural failure (cut, loop or
  leak) even when it also says "lady" or invents a detail; the answers extracted from it carry their own labels.
- hit_limit=True only on captions that ran to the 50-token limit. Extracted spans never have hit_limit set, even when
  the span ends where the caption was cut or was chosen short by the QA model's maximum answer length; a span that
  ends mid-phrase ("There is a", "a green and blue plaid shirt and") is labelled cut.
- A span that repeats a phrase from a looping caption is a loop; a span that carries "Question:" or "Answer:" is a
  leak, while a clean span the QA model took from the leaked pair ("purple") is judged on its content.
- non_answer: the empty SQuAD2 answer, a one-word answer to an open question ("checkered", "pockets", "blue" for the
  details), and the template's hue-less "pure color" or "lattice" given for the color of the shirt.
- restated: a span that only gives back the question's words ("The shirt" to "Describe the shirt.", "a man wearing",
  "The person is wearing").
- other_garment_color: the color of the trousers, shorts, jeans, sweater, suit or jacket given as the shirt's color
  (open or closed). A print or stripe color that is also the shirt's own (white dots on black) given as the shirt's
  color is a contradiction, not another garment's color.
- contradiction: wrong color, pattern, sleeve length or garment type for the labelled shirt ("jacket" for a denim
  shirt, "kurta" for an off-white band-collar shirt, "sweater" or "blazer" when one is worn over it, "no" to "Is this
  a shirt?"), another garment's material ("denim" from the jeans, "leather" from the jacket), a wearing answer that
  names only the shorts, or "Describe the shirt." answered with the jacket worn over it.
- unsupported: things that are not in the photo (a tie, a hat, a hanger, a brick wall, a city street, a chest pocket,
  a ring, a briefcase, chiffon or silk for a plain cotton-look shirt whose title names no fabric). The answers that
  extract the invented part are unsupported too.
- "cotton" for a woven shirt whose title names no fabric is accepted as correct (what the photo shows and nothing
  contradicts). The template's "lapel neckline" for a shirt collar, "lattice" for checks, "long pants" for chinos are
  accepted wording. Teal answered "blue", maroon "red", khaki "tan", lavender "purple" are accepted shades.
- Seller labels can be wrong: X908-046 is sold as "Brown" but the photo shows a maroon shirt; "maroon" is correct.
- "a black shirt and black pants" is correct when both really are black (X908-025).
- Three rows lack a column, as real feeds do: no base colour on X908-026 and X908-042, no gender on X908-039.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material


def shirt_color(text, failure=None):
    """The experiments' "What is the color of the shirt?", answered by extractive QA (open)."""
    return color_of("shirt", text, failure, kind="open")


BLIND_908 = [
    # photo: man in a navy-and-white gingham check shirt, long sleeves, tucked into beige chinos, white backdrop, face
    # visible, front view. Caption by base BLIP-2; open answers extracted by mdeberta; closed by the reference engine.
    case(
        "X908-001",
        caption("a man wearing a blue and white checkered shirt and khaki pants"),
        wearing("a blue and white checkered shirt and khaki pants"),
        shirt_color("blue and white"),
        describe("shirt", "blue and white checkered shirt"),
        pattern("checked"),
        sleeve("long sleeves"),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain white slim-fit formal shirt tucked into charcoal grey trousers, black belt, white backdrop,
    # front view. Caption by base BLIP-2; open answers extracted from it; closed by the reference engine.
    case(
        "X908-002",
        caption("a man in a white shirt and grey pants standing in front of a white wall"),
        wearing("a white shirt and grey pants", who="he"),
        shirt_color("grey", "other_garment_color"),
        material("", "non_answer"),
        color("white"),
        garment_type("shirt"),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a red-and-black buffalo check flannel shirt worn open over a plain black crew-neck t-shirt, blue
    # jeans, white backdrop. Caption by base BLIP-2 (greedy loop to the 50-token limit); answers extracted from it.
    case(
        "X908-003",
        caption(
            "a man wearing a red and black plaid shirt with a red and black plaid shirt with a red and black plaid "
            "shirt with a red and black plaid shirt with a red and black plaid shirt with a red",
            "loop",
            hit_limit=True,
        ),
        wearing("a red and black plaid shirt", who="he"),
        shirt_color("red and black"),
        describe("shirt", "a red and black plaid shirt with a red and black plaid shirt", "loop"),
        pattern("checked"),
        is_a("shirt", "yes"),
        color("red"),
        title="HIGHLANDER Men Red & Black Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man, face cropped at the chin, in a light blue solid formal shirt tucked into navy trousers, white
    # backdrop. Caption by base BLIP-2 ("a woman" for the cropped male model); answers extracted from it.
    case(
        "X908-004",
        caption("a woman in a blue shirt and blue pants", "pronoun"),
        wearing("a blue shirt and blue pants"),
        shirt_color("blue"),
        details("shirt", "blue", "non_answer"),
        sleeve("long sleeves"),
        pattern("solid"),
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat lay, no person: a white shirt with thin blue vertical pinstripes, laid flat and buttoned on a light
    # grey surface; no hanger. Caption by base BLIP-2 (invents the hanger); answers extracted; closed by reference.
    case(
        "X908-005",
        caption("a white and blue striped shirt on a hanger on a gray background", "unsupported"),
        describe("shirt", "a white and blue striped shirt on a hanger", "unsupported"),
        shirt_color("white and blue"),
        material("", "non_answer"),
        pattern("striped"),
        garment_type("shirt"),
        title="Arrow Men Stripes White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in an olive green solid casual shirt, long sleeves rolled to the elbow, untucked over black jeans,
    # white sneakers, white backdrop. Caption by base BLIP-2; answers extracted; closed by the reference engine.
    case(
        "X908-006",
        caption("a man in a green shirt and black jeans with his sleeves rolled up"),
        wearing("a green shirt and black jeans", who="the man"),
        shirt_color("black", "other_garment_color"),
        details("shirt", "his sleeves rolled up"),
        sleeve("short sleeves", "contradiction"),
        color("olive"),
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a maroon solid shirt, long sleeves, buttoned, over mid-blue jeans, steel wristwatch on the left
    # wrist, white backdrop. Caption by the epoch-3 caption adapter (template, cut at 50 tokens); answers extracted.
    case(
        "X908-007",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants"),
        shirt_color("pure color", "non_answer"),
        details("shirt", "There is an accessory on his", "cut"),
        material("cotton"),
        color("maroon"),
        pattern("solid"),
        title="Genesis Men Solid Maroon Shirts",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a sky-blue denim shirt with two snap-button flap chest pockets, untucked over beige chinos, white
    # backdrop. Caption by base BLIP-2; answers extracted; closed by the reference engine ("jacket" for denim).
    case(
        "X908-008",
        caption("a man wearing a blue denim shirt and khaki pants"),
        wearing("a blue denim shirt and khaki pants", who="he"),
        material("denim"),
        shirt_color("khaki", "other_garment_color"),
        garment_type("jacket", "contradiction"),
        is_a("shirt", "yes"),
        title="Wrangler Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black shirt with a small white polka-dot print, long sleeves, buttoned to the top, grey
    # trousers, white backdrop. Caption by base BLIP-2; answers extracted; closed by the reference engine.
    case(
        "X908-009",
        caption("a man in a black shirt with white polka dots"),
        wearing("a black shirt with white polka dots"),
        shirt_color("white", "contradiction"),
        details("shirt", "white polka dots"),
        pattern("printed"),
        sleeve("long sleeves"),
        color("grey", "other_garment_color"),
        title="Mast & Harbour Men Black & White Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white formal shirt with medium navy vertical stripes, tucked into navy trousers, white
    # backdrop. Caption by the epoch-3 caption adapter (loops on one template sentence); answers extracted.
    case(
        "X908-010",
        caption(
            "This gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. The "
            "shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The "
            "shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with stripe patterns", who="he"),
        describe("shirt", "The shirt", "restated"),
        details("shirt", "The shirt is with cotton fabric. The shirt is with cotton fabric", "loop"),
        material("cotton"),
        color("white"),
        pattern("striped"),
        title="Louis Philippe Men White & Navy Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a mustard yellow solid shirt, short sleeves, no pocket, buttoned, over light blue jeans, white
    # backdrop. Caption by base BLIP-2 (invents a chest pocket); answers extracted; closed by the reference engine.
    case(
        "X908-011",
        caption("a man wearing a yellow shirt with a pocket on the chest and blue jeans", "unsupported"),
        wearing("a yellow shirt with a pocket on the chest and blue jeans", "unsupported", who="he"),
        shirt_color("yellow"),
        details("shirt", "a pocket on the chest", "unsupported"),
        sleeve("long sleeves", "contradiction"),
        is_a("shirt", "yes"),
        title="Roadster Men Mustard Yellow Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a navy blue shirt with a small white ditsy floral print, sleeves rolled, white chinos, plain
    # white backdrop. Caption by base BLIP-2 (invents a brick wall); answers extracted; closed by reference.
    case(
        "X908-012",
        caption("a man in a blue floral shirt and white pants standing in front of a brick wall", "unsupported"),
        wearing("a blue floral shirt and white pants"),
        shirt_color("white", "other_garment_color"),
        describe("shirt", "a blue floral shirt"),
        details("shirt", "a brick wall", "unsupported"),
        pattern("floral"),
        title="HERE&NOW Men Navy Blue & White Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a lavender solid formal shirt tucked into black trousers, brown leather belt, white backdrop.
    # Caption by the epoch-3 caption adapter (writes the next Question/Answer pair itself); answers extracted.
    case(
        "X908-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. Question: What is the color of the shirt? Answer: purple Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        shirt_color("purple"),
        describe("shirt", "purple Question: What is the color of the", "leak"),
        details("shirt", "What is the color of the shirt? Answer: purple", "leak"),
        sleeve("long sleeves"),
        color("lavender"),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man standing in a grey melange solid casual shirt with one chest pocket, short sleeves, black chinos,
    # white backdrop. Caption by base BLIP-2 (has him sitting on a stool); answers extracted; closed by reference.
    case(
        "X908-014",
        caption("a man in a gray shirt and black pants sitting on a stool", "unsupported"),
        wearing("a gray shirt and black pants"),
        shirt_color("gray"),
        sleeve("short sleeves"),
        details("shirt", "sitting on a stool", "unsupported"),
        color("black", "other_garment_color"),
        title="Basics Men Grey Melange Slim Fit Casual Shirt",
        category="Shirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a green tartan check shirt (green ground, white and navy lines) worn open over a white crew-neck
    # t-shirt, dark blue jeans, white backdrop. Caption by base BLIP-2; answers extracted; closed by reference.
    case(
        "X908-015",
        caption("a man wearing a green plaid shirt over a white t - shirt"),
        wearing("a green plaid shirt over a white t - shirt", who="he"),
        shirt_color("white", "other_garment_color"),
        garment_type("t-shirt", "contradiction"),
        pattern("checked"),
        title="Indian Terrain Men Green Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a pink solid formal shirt under a navy two-piece suit (jacket open), no tie, open collar, white
    # backdrop. Caption by base BLIP-2 (adds a tie); answers extracted; closed by the reference engine.
    case(
        "X908-016",
        caption("a man in a blue suit, pink shirt and tie", "unsupported"),
        wearing("a blue suit, pink shirt and tie", "unsupported"),
        shirt_color("blue", "other_garment_color"),
        describe("shirt", "pink shirt"),
        color("pink"),
        garment_type("blazer", "contradiction"),
        title="Park Avenue Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a bold black-and-white vertical striped shirt, short sleeves, black jeans, white backdrop. Caption
    # by the epoch-3 caption adapter (template, cut at 50 tokens); answers extracted; closed by reference.
    case(
        "X908-017",
        caption(
            "The man is wearing a short-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns. The man "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with stripe patterns and a long pants"),
        describe("shirt", "The shirt", "restated"),
        material("denim", "contradiction"),
        shirt_color("", "non_answer"),
        sleeve("short sleeves"),
        pattern("striped"),
        title="Flying Machine Men Black & White Striped Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a sand-beige linen shirt with a band collar, long sleeves, white linen trousers, white backdrop;
    # the beige is clearly darker than the trousers. Caption by base BLIP-2 (calls it white); answers extracted.
    case(
        "X908-018",
        caption("a man in a white shirt and white pants", "contradiction"),
        wearing("a white shirt and white pants", "contradiction", who="he"),
        shirt_color("white", "contradiction"),
        describe("shirt", "a white shirt", "contradiction"),
        color("beige"),
        garment_type("shirt"),
        title="Mast & Harbour Men Beige Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: man, face cropped, in a teal blue short-sleeve shirt with a white-and-green tropical leaf print, beige
    # shorts, white backdrop. Caption by base BLIP-2 ("a woman"); answers extracted; closed by reference.
    case(
        "X908-019",
        caption("a woman wearing a blue shirt with leaves on it and khaki shorts", "pronoun"),
        wearing("a blue shirt with leaves on it and khaki shorts"),
        shirt_color("blue"),
        details("shirt", "leaves on it"),
        pattern("printed"),
        sleeve("long sleeves", "contradiction"),
        color("beige", "other_garment_color"),
        title="Highlander Men Teal Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a navy blue solid shirt, long sleeves, tucked into beige trousers, white backdrop. Caption by the
    # epoch-3 caption adapter ("The lady", "Her", cut at 50 tokens); answers extracted; closed by reference.
    case(
        "X908-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. Her shirt is with cotton fabric and it has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        describe("shirt", "Her shirt is with cotton fabric and it has a lapel neckline", "pronoun"),
        material("cotton"),
        color("beige", "other_garment_color"),
        pattern("solid"),
        title="Blackberrys Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white formal shirt with a thin black windowpane check, long sleeves, tucked into black trousers,
    # white backdrop. Caption by base BLIP-2 (greedy loop to the limit); answers extracted; closed by reference.
    case(
        "X908-021",
        caption(
            "a man in a white shirt and black pants and a white shirt and black pants and a white shirt and black "
            "pants and a white shirt and black pants and a white shirt and",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="the man"),
        describe("shirt", "a white shirt and black pants and a white shirt and black pants", "loop"),
        shirt_color("white"),
        pattern("solid", "contradiction"),
        sleeve("long sleeves"),
        title="Allen Solly Men White & Black Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a rust orange solid shirt with two flap chest pockets, worn open over a white t-shirt, olive
    # chinos, bareheaded, white backdrop. Caption by base BLIP-2 (adds a hat); answers extracted; closed by reference.
    case(
        "X908-022",
        caption("a man wearing an orange shirt and a white t - shirt and a hat", "unsupported"),
        wearing("an orange shirt and a white t - shirt", who="he"),
        shirt_color("orange"),
        details("shirt", "a hat", "unsupported"),
        is_a("shirt", "yes"),
        color("olive", "other_garment_color"),
        title="Roadster Men Rust Orange Solid Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: man, face cropped at the nose, in a blue-and-white vertical striped shirt, long sleeves, tucked into
    # khaki chinos with a brown belt, white backdrop. Caption by base BLIP-2 ("a woman"); answers extracted.
    case(
        "X908-023",
        caption("a woman wearing a blue and white striped shirt and khaki pants", "pronoun"),
        wearing("a blue and white striped shirt and khaki pants"),
        describe("shirt", "a blue and white striped shirt"),
        shirt_color("blue and white"),
        pattern("striped"),
        sleeve("long sleeves"),
        color("blue"),
        title="U.S. Polo Assn. Men Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a red-and-navy check shirt, long sleeves, navy chinos, white backdrop. Caption by the epoch-3
    # caption adapter (loops on "It has a lapel neckline"); answers extracted; closed by the reference engine.
    case(
        "X908-024",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It has a "
            "lapel",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        details("shirt", "It has a lapel neckline. It has a lapel neckline. It has a lapel neckline", "loop"),
        shirt_color("lattice", "non_answer"),
        color("red"),
        pattern("checked"),
        title="Peter England Men Red & Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a black solid formal shirt, long sleeves, tucked into black trousers (both really black), white
    # backdrop. Caption by base BLIP-2; answers extracted; closed by the reference engine. All correct.
    case(
        "X908-025",
        caption("a man in a black shirt and black pants"),
        wearing("a black shirt and black pants"),
        shirt_color("black"),
        color("black"),
        sleeve("long sleeves"),
        is_a("shirt", "yes"),
        title="Van Heusen Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white short-sleeve shirt with an abstract geometric print in blue and orange, navy shorts,
    # white backdrop. Caption by base BLIP-2; answers extracted; closed by reference. Feed row has no base colour.
    case(
        "X908-026",
        caption("a man wearing a white shirt with a colorful pattern and blue shorts"),
        wearing("a white shirt with a colorful pattern and blue shorts", who="he"),
        shirt_color("white"),
        details("shirt", "a colorful pattern"),
        pattern("printed"),
        sleeve("short sleeves"),
        garment_type("shirt"),
        title="HERE&NOW Men White & Blue Printed Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: man in a white solid formal shirt under a navy V-neck sweater (collar and cuffs show), grey trousers,
    # white backdrop. Caption by base BLIP-2; answers extracted; closed by the reference engine.
    case(
        "X908-027",
        caption("a man wearing a blue sweater and a white shirt"),
        wearing("a blue sweater and a white shirt"),
        shirt_color("blue", "other_garment_color"),
        describe("shirt", "a white shirt"),
        garment_type("sweater", "contradiction"),
        title="Raymond Men White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a white solid casual shirt, long sleeves rolled once, untucked over blue jeans, white backdrop.
    # Caption by the epoch-3 caption adapter ("The lady", "Her", cut at 50 tokens); answers extracted.
    case(
        "X908-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. Her shirt is with "
            "cotton fabric and it has a lapel neckline. Her pants are with denim fabric and solid color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long denim pants"),
        describe("shirt", "Her shirt is with cotton fabric and it has a lapel neckline", "pronoun"),
        details("shirt", "There is a", "cut"),
        material("cotton"),
        sleeve("long sleeves"),
        color("white"),
        title="Levis Men White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a maroon-and-white gingham shirt, short sleeves, beige chinos, white backdrop. Caption by base
    # BLIP-2; answers extracted; closed by the reference engine.
    case(
        "X908-029",
        caption("a man in a red and white checkered shirt and khaki pants"),
        wearing("a red and white checkered shirt and khaki pants"),
        shirt_color("red and white"),
        details("shirt", "checkered", "non_answer"),
        sleeve("short sleeves"),
        color("beige", "other_garment_color"),
        title="Basics Men Maroon Checked Slim Fit Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a light blue oxford button-down shirt under an open brown leather biker jacket, dark jeans, white
    # backdrop. Caption by base BLIP-2; answers extracted; closed by the reference engine.
    case(
        "X908-030",
        caption("a man in a brown leather jacket and blue shirt"),
        wearing("a brown leather jacket and blue shirt", who="he"),
        shirt_color("brown", "other_garment_color"),
        describe("shirt", "a brown leather jacket", "contradiction"),
        material("leather", "contradiction"),
        color("blue"),
        garment_type("jacket", "contradiction"),
        title="Jack & Jones Men Blue Solid Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black-and-grey check shirt, long sleeves, buttoned, black jeans, white backdrop. Caption by the
    # epoch-3 caption adapter (writes a Question/Answer pair, to the limit); answers extracted; closed by reference.
    case(
        "X908-031",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with "
            "cotton fabric. Question: What is the man wearing? Answer: a black and grey checkered shirt Question: "
            "What",
            "leak",
            hit_limit=True,
        ),
        wearing("a black and grey checkered shirt", who="the man"),
        shirt_color("black and grey"),
        describe("shirt", "Answer: a black and grey checkered shirt", "leak"),
        details("shirt", "Question: What", "leak"),
        pattern("checked"),
        sleeve("short sleeves", "contradiction"),
        title="Wrangler Men Black Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy short-sleeve shirt with a small white anchor print, beige shorts, holding sunglasses in his
    # right hand, white backdrop. Caption by base BLIP-2; answers extracted; closed by the reference engine.
    case(
        "X908-032",
        caption("a man in a blue shirt holding a pair of sunglasses"),
        wearing("a blue shirt", who="he"),
        shirt_color("blue"),
        pattern("striped", "contradiction"),
        sleeve("short sleeves"),
        is_a("shirt", "yes"),
        title="Mast & Harbour Men Navy Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, face cropped, in a white formal shirt with thin grey pinstripes, open collar, no tie, grey
    # trousers, white backdrop. Caption by base BLIP-2 (adds a tie); answers extracted; closed by reference.
    case(
        "X908-033",
        caption("a man wearing a white shirt and a tie", "unsupported"),
        wearing("a white shirt and a tie", "unsupported", who="he"),
        shirt_color("white"),
        details("shirt", "a tie", "unsupported"),
        pattern("striped"),
        sleeve("long sleeves"),
        title="Arrow Men White & Grey Striped Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a peach solid short-sleeve shirt, white shorts, no bag or jewellery, white backdrop. Caption by
    # the epoch-3 caption adapter ("Her", "The lady", cut at 50 tokens); answers extracted; closed by reference.
    case(
        "X908-034",
        caption(
            "Her shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The lady "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory in her",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "Her shirt has short sleeves, cotton fabric and pure color patterns", "pronoun"),
        wearing("a three-point shorts", "contradiction"),
        material("cotton"),
        sleeve("short sleeves"),
        color("peach"),
        title="United Colors of Benetton Men Peach Solid Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: man in a dark green and navy blackwatch tartan shirt, long sleeves, buttoned, light grey jeans, white
    # backdrop. Caption by base BLIP-2; answers extracted (one span stops short); closed by reference.
    case(
        "X908-035",
        caption("a man wearing a green and blue plaid shirt and gray jeans"),
        wearing("a green and blue plaid shirt and gray jeans"),
        shirt_color("gray", "other_garment_color"),
        describe("shirt", "a green and blue plaid shirt and", "cut"),
        pattern("checked"),
        color("green"),
        title="Indian Terrain Men Green & Navy Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in an off-white solid shirt with a band (mandarin) collar, long sleeves, untucked over blue jeans,
    # plain white studio backdrop. Caption by base BLIP-2 (invents a street); answers extracted; closed by reference.
    case(
        "X908-036",
        caption("a man in a white shirt and blue jeans standing on a city street", "unsupported"),
        wearing("a white shirt and blue jeans", who="he"),
        shirt_color("white"),
        material("", "non_answer"),
        garment_type("kurta", "contradiction"),
        title="Highlander Men Off White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a purple solid formal shirt, long sleeves, tucked into black trousers, wristwatch, hands empty,
    # white backdrop. Caption by base BLIP-2 (adds a briefcase); answers extracted; closed by reference.
    case(
        "X908-037",
        caption("a man in a purple shirt and black pants holding a briefcase", "unsupported"),
        wearing("a purple shirt and black pants"),
        shirt_color("purple"),
        describe("shirt", "a purple shirt"),
        sleeve("short sleeves", "contradiction"),
        color("black", "other_garment_color"),
        title="Louis Philippe Men Purple Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: man in a white shirt with blue vertical stripes, long sleeves rolled up, blue jeans, no rings, white
    # backdrop. Caption by the epoch-3 caption adapter (invents a ring, cut at 50 tokens); answers extracted.
    case(
        "X908-038",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. There is a ring on his finger. The man wears a long pants. The pants are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with stripe patterns", who="he"),
        details("shirt", "a ring on his finger", "unsupported"),
        material("cotton"),
        pattern("striped"),
        title="Roadster Men White & Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a white short-sleeve shirt with an all-over black floral print, black jeans, white backdrop.
    # Caption by base BLIP-2 (greedy loop to the limit); answers extracted; closed by reference. No gender in the row.
    case(
        "X908-039",
        caption(
            "a man in a black and white floral shirt with a floral shirt with a floral shirt with a floral shirt "
            "with a floral shirt with a floral shirt with a floral shirt with a floral shirt with a floral",
            "loop",
            hit_limit=True,
        ),
        wearing("a black and white floral shirt"),
        shirt_color("black and white"),
        describe("shirt", "a floral shirt with a floral shirt with a floral shirt with a floral shirt", "loop"),
        pattern("floral"),
        sleeve("short sleeves"),
        title="WROGN Men White & Black Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: man in a khaki solid utility shirt with two flap chest pockets, long sleeves, buttoned, dark olive
    # trousers, white backdrop. Caption by base BLIP-2; answers extracted; closed by the reference engine.
    case(
        "X908-040",
        caption("a man wearing a tan shirt with pockets"),
        wearing("a tan shirt with pockets", who="he"),
        details("shirt", "pockets", "non_answer"),
        shirt_color("tan"),
        color("beige"),
        is_a("shirt", "no", "contradiction"),
        title="Roadster Men Khaki Solid Utility Casual Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a charcoal grey solid formal shirt, long sleeves, tucked into black trousers, white backdrop.
    # Caption by the epoch-3 caption adapter (chiffon, cut at 50 tokens); answers extracted; closed by reference.
    case(
        "X908-041",
        caption(
            "The person is wearing a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric "
            "and it has a lapel neckline. The person wears a long trousers. The trousers are with cotton fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("The person is wearing", "restated"),
        material("chiffon", "unsupported"),
        shirt_color("", "non_answer"),
        color("grey"),
        pattern("solid"),
        title="Blackberrys Men Charcoal Grey Solid Formal Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man, face cropped, in a sky-blue chambray shirt with white buttons, short sleeves, tan shorts, one hand
    # in his pocket, white backdrop. Caption by base BLIP-2 ("a woman"); answers extracted. Row has no base colour.
    case(
        "X908-042",
        caption("a woman in a blue shirt and tan shorts with her hand in her pocket", "pronoun"),
        wearing("a blue shirt and tan shorts"),
        shirt_color("tan", "other_garment_color"),
        describe("shirt", "a blue shirt"),
        sleeve("short sleeves"),
        color("beige", "other_garment_color"),
        title="Levis Men Blue Solid Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: man, face cropped at the chin, in a yellow-and-white thin striped formal shirt, long sleeves, navy
    # chinos, white backdrop. Caption by base BLIP-2 ("a woman"); answers extracted; closed by the reference engine.
    case(
        "X908-043",
        caption("a woman in a yellow striped shirt and blue pants", "pronoun"),
        wearing("a woman in a yellow striped shirt and blue pants", "pronoun", who="he"),
        describe("shirt", "a yellow striped shirt"),
        shirt_color("blue", "other_garment_color"),
        color("yellow"),
        pattern("checked", "contradiction"),
        title="Peter England Men Yellow Striped Formal Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in a black short-sleeve shirt with a white abstract graphic print, grey jeans, white backdrop.
    # Caption by the epoch-3 caption adapter (silk, cut at 50 tokens); answers extracted; closed by reference.
    case(
        "X908-044",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with silk "
            "fabric and it has a lapel neckline. The pants are with denim fabric and solid color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "a short-sleeve shirt with graphic patterns"),
        details("shirt", "The shirt", "restated"),
        material("silk", "unsupported"),
        pattern("printed"),
        sleeve("short sleeves"),
        title="Flying Machine Men Black Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy blue solid casual shirt, long sleeves, untucked over beige chinos, white backdrop. Caption
    # by base BLIP-2; answers extracted; closed by the reference engine.
    case(
        "X908-045",
        caption("a man wearing a blue shirt and khaki pants"),
        wearing("a man wearing", "restated"),
        shirt_color("blue"),
        describe("shirt", "a blue shirt"),
        color("khaki", "other_garment_color"),
        sleeve("long sleeves"),
        title="Allen Solly Men Navy Blue Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay, no person: a long-sleeve solid shirt that reads wine/maroon in the photo (the seller calls it
    # Brown), white backdrop. Caption by base BLIP-2; answers extracted; closed by the reference engine. All correct.
    case(
        "X908-046",
        caption("a maroon shirt on a white background"),
        describe("shirt", "a maroon shirt"),
        shirt_color("maroon"),
        garment_type("shirt"),
        sleeve("long sleeves"),
        color("maroon"),
        title="John Miller Men Solid Brown Shirts",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
]
