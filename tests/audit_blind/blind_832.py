"""BLIND_832 (46 products; In-shop men's shirts, tees, trousers: caption+QA): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 93/115 failures found (80.9%) and 3/172 correct texts flagged
(1.7%). The writer's notes, verbatim:

Scenario: a Myntra-like men's catalog (Shirts, Tshirts, Trousers) whose photos are DeepFashion In-shop style studio
shots: a male model on a white or light grey backdrop, front view mostly, some back or side views, full body for the
trousers and upper body or three-quarter for the tops, always with other clothes on (jeans under a shirt, a shirt or
sweater over trousers, a blazer, a waistcoat, an open denim jacket), now and then a prop (a skateboard) or sunglasses.
The job ran the third experiment's pipeline: one caption per photo, then the open questions answered by extractive
QA over that caption, and the closed questions answered by enrich's `--engine reference`.

Who wrote what: captions come from the caption LoRA on Salesforce/blip2-opt-2.7b, 50 new tokens, greedy. Most SKUs
were captioned with leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (epoch 1): it still starts like the base
model ("a man wearing a white shirt and black pants") and names hues, then drifts into the DeepFashion-MultiModal
template ("The shirt is with cotton fabric"); with no end token learned it often runs on to the limit, cut
mid-sentence, looping a template sentence, or continuing into the `Question: ... Answer:` format. SKUs 004, 008,
009, 013, 017 and 024-034 were captioned with leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3): pure template,
no hue names at all ("pure color patterns", "lattice patterns"), "The lady"/"Her" on men now and then, invented
accessories from the template ("There is an accessory on his wrist", "There is a ring on his finger"). Open answers
(what is the man wearing, describe, details, open color, material) are spans that timpal0l/mdeberta-v3-base-squad2
picked from the caption, so they inherit its errors, grab the other garment's hue or fabric, sometimes return only
the subject ("The pants"), the tail of a cut caption, or nothing (empty string, SQuAD2 no-answer). Closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?") are the candidate that base BLIP-2 ranked highest:
they never loop or stop short, but often pick the most visible garment (the shirt over the trousers, the blazer, the
sweater).

Labeling conventions and judgement calls:
- One label per text; when a text has two faults the most visible one wins: leak over loop over cut; a caption that
  says "a woman" on a man is labeled pronoun only when the rest of it is right.
- A caption or answer that stops mid-phrase at the caption's end is cut; extractive answers never hit a token limit
  themselves, so hit_limit is True only on captions that ran to 50 tokens. One caption (X832-022) ran to exactly 50
  tokens and happens to end on a full stop with everything in it right: hit_limit=True, no failure.
- A looping caption that also leaks the Question/Answer format is labeled leak (X832-039).
- A closed color that is the hue of another visible garment (trousers, the tee under an open shirt, a sweater, a
  blazer, shorts) is other_garment_color; an open color span picked from another garment's words likewise. A hue
  that nothing in the photo has (red for a light pink shirt) is contradiction.
- A closed garment type, pattern, sleeve length or yes/no that describes another garment, or is false, is
  contradiction; so is a material answer that gives another garment's fabric (denim for a flannel shirt, knitted
  for corduroy trousers) or a fabric the title contradicts (cotton for a linen-titled trouser).
- An invented accessory, print, pocket, backdrop or fabric the photo does not show is unsupported (denim for white
  twill chinos counts here, as the caption invented it; it is no other garment's fabric in that photo).
- Pattern words given for a hue question ("plaid patterns", "pure color") and empty spans are non_answer; so is a
  one-word answer to an open question ("T-shirt", "black" for "Describe the shirt.").
- A span that is only the question's subject ("The pants", "The trousers", "The shirt", "The man wears") is
  restated.
- Seller hues: navy, teal, peach, burgundy, lavender answered as blue, green, pink, red, purple count as correct;
  a two-color check or stripe answered with either of its two colors counts as correct. "Black shirt" for a black
  tee and "blue vest" for a navy waistcoat are accepted as the caption model's coarse words.
- An answer for a trousers product that names only the top ("a long-sleeve shirt with pure color patterns" to "What
  is the man wearing?") is correct: it is true of the photo. "The pants the man wears is of long length" as pants
  details is correct: it states the length.
- "This man wears glasses." when he wears sunglasses (X832-033), and "an accessory on his wrist" when he wears a
  watch (X832-031), are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_832 = [
    # photo: light blue oxford button-down, long sleeves, one chest pocket, worn with dark navy chinos; white
    # backdrop, front view. Caption: epoch-1 adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X832-001",
        caption(
            "a man wearing a light blue shirt and dark blue pants. The shirt is with cotton fabric and it has long "
            "sleeves. The neckline of it is lapel. There is a pocket on the chest."
        ),
        wearing("a light blue shirt and dark blue pants", who="the man"),
        color_of("shirt", "light blue", kind="open"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        details("shirt", "a pocket on the chest"),
        title="Roadster Men Light Blue Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black crew-neck tee with a white mountain graphic on the chest, worn with light grey jeans and white
    # sneakers; white backdrop, front view, full body. Caption: epoch-1 adapter (ran to the limit); QA; reference.
    case(
        "X832-002",
        caption(
            "a man wearing a black t-shirt with a white graphic print and grey jeans. The t-shirt is with cotton "
            "fabric and graphic patterns. It has a round neckline. The man wears a long pants. The pants are with "
            "denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt with a white graphic print and grey jeans", who="the man"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "denim fabric and", "cut"),
        Q.material("cotton fabric"),
        title="HRX by Hrithik Roshan Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: khaki slim chinos with a brown belt, worn with a tucked-in white crew tee and white
    # sneakers; plain white studio backdrop (no wall texture), full body front. Caption: epoch-1; QA; reference.
    case(
        "X832-003",
        caption(
            "a man in a white t-shirt and khaki pants standing in front of a brick wall. The t-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("pants", "khaki", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("trousers"),
        describe("pants", "cotton fabric and pure color patterns"),
        wearing("a white t-shirt and khaki pants", who="the man"),
        title="Highlander Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: red and navy tartan flannel shirt, buttoned, long sleeves, with black jeans; light grey backdrop, front
    # view to the knees. Caption: epoch-3 adapter (template, no hues); QA; reference.
    case(
        "X832-004",
        caption(
            "The man wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric. The neckline of "
            "it is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("shirt", "plaid patterns", "non_answer", kind="open"),
        Q.color("red"),
        Q.pattern("checked"),
        details("shirt", "The neckline of it is lapel"),
        Q.material("denim fabric", "contradiction"),
        title="Roadster Men Red & Navy Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: white pique polo with navy tipping on the collar and sleeve hems, worn with beige chinos; white
    # backdrop, upper body front. Caption: epoch-1 (calls him a woman); QA; reference.
    case(
        "X832-005",
        caption(
            "a woman wearing a white polo shirt and beige pants. Her polo shirt has short sleeves, cotton fabric and "
            "pure color patterns. It has a lapel neckline.",
            "pronoun",
        ),
        wearing("a white polo shirt and beige pants", who="the person"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short"),
        color_of("polo shirt", "white", kind="open"),
        details("polo shirt", "Her polo shirt has short sleeves", "pronoun"),
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey formal trousers, black belt, black derbies, light pink formal shirt tucked in, no watch
    # (bare wrists, cuffs buttoned); white backdrop, full body front. Caption: epoch-1; QA; reference.
    case(
        "X832-006",
        caption(
            "a man in a pink shirt and grey pants. The shirt is with cotton fabric and it has long sleeves. The pants "
            "are with cotton fabric and pure color patterns. The man wears a belt and a watch on his wrist.",
            "unsupported",
        ),
        color_of("pants", "grey", kind="open"),
        Q.color("pink", "other_garment_color"),
        is_a("pair of trousers", "yes"),
        details("pants", "a belt and a watch on his wrist", "unsupported"),
        wearing("a pink shirt and grey pants", who="he"),
        title="Arrow Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: plain white formal shirt, long sleeves, tucked into black trousers; white backdrop, upper body front.
    # Caption: epoch-1 (loops on the fabric sentence up to the limit); QA; reference.
    case(
        "X832-007",
        caption(
            "a man wearing a white shirt and black pants. The shirt is with cotton fabric. The shirt is with cotton "
            "fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton "
            "fabric. The shirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        Q.color("white"),
        details("shirt", "cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric", "loop"),
        Q.sleeve_length("long"),
        wearing("a white shirt and black pants", who="the man"),
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy and white horizontal striped crew tee, short sleeves, with mid-blue jeans; no necklace or chain;
    # white backdrop, front view. Caption: epoch-3 (template, invents a neck accessory); QA; reference.
    case(
        "X832-008",
        caption(
            "The man is wearing a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants the man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There is an accessory on his neck.",
            "unsupported",
        ),
        color_of("t-shirt", "", "non_answer", kind="open"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "a short-sleeve T-shirt with stripe patterns"),
        title="Roadster Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green cargo trousers with side flap pockets, worn with a plain black tee and black sneakers, no
    # watch or bracelet; white backdrop, full body front. Caption: epoch-3 (template); QA; reference.
    case(
        "X832-009",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.color("olive"),
        details("trousers", "an accessory on his wrist", "unsupported"),
        describe("trousers", "The trousers", "restated"),
        Q.garment_type("trousers"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="the man"),
        title="Roadster Men Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, two chest flap pockets, long sleeves rolled to the elbow, with black jeans; white
    # backdrop, front view. Caption: epoch-1 (cut at the limit); QA; reference.
    case(
        "X832-010",
        caption(
            "a man wearing a blue denim shirt and black jeans. The shirt is with denim fabric and it has long sleeves. "
            "It has a lapel neckline. There are two pockets on the shirt. The man wears a long pants. The pants are "
            "with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        Q.material("denim fabric"),
        details("shirt", "two pockets on the shirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        wearing("a blue denim shirt and black jeans", who="the man"),
        title="Mast & Harbour Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange V-neck tee, short sleeves, with dark blue jeans; light grey backdrop, upper body front.
    # Caption: epoch-1 (runs on into the Question/Answer format); QA (picks "Answer: grey"); reference.
    case(
        "X832-011",
        caption(
            "a man wearing a grey t-shirt and blue jeans. The t-shirt is with cotton fabric. It has a v-neck "
            "neckline. Question: what is the color of the t-shirt? Answer: grey. Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "Answer: grey", "leak", kind="open"),
        wearing("a grey t-shirt and blue jeans", who="the man"),
        Q.sleeve_length("short"),
        Q.color("grey"),
        details("t-shirt", "It has a v-neck neckline"),
        title="Jack & Jones Men Grey Melange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black regular-fit formal trousers, white long-sleeve shirt tucked in, black shoes; white backdrop, full
    # body front. Caption: epoch-1; QA; reference (ranks the shirt first for the garment type).
    case(
        "X832-012",
        caption(
            "a man in a white shirt and black pants standing on a white background. The shirt is with cotton fabric "
            "and it has long sleeves. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("shirt", "contradiction"),
        wearing("a white shirt and black pants", who="the man"),
        details("pants", "The pants", "restated"),
        title="Louis Philippe Men Black Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: maroon solid casual shirt, long sleeves, with beige chinos; white backdrop, three-quarter front view.
    # Caption: epoch-3 ("The lady"); QA; reference.
    case(
        "X832-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is lapel. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="the person"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        describe("shirt", "The lady wears a long-sleeve shirt", "pronoun"),
        title="Highlander Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: plain mustard yellow crew tee with a patch pocket on the left chest, no print, with olive chinos; white
    # backdrop, front view. Caption: epoch-1 (invents a graphic print); QA; reference.
    case(
        "X832-014",
        caption(
            "a man wearing a yellow t-shirt with a graphic print and green pants. The t-shirt is with cotton fabric "
            "and it has short sleeves. There is a pocket on the chest.",
            "unsupported",
        ),
        color_of("t-shirt", "yellow", kind="open"),
        Q.pattern("solid"),
        details("t-shirt", "a pocket on the chest"),
        describe("t-shirt", "a yellow t-shirt with a graphic print", "unsupported"),
        Q.garment_type("t-shirt"),
        Q.color("green", "other_garment_color"),
        title="Roadster Men Mustard Yellow Solid Round Neck Pocket T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy blue slim chinos with rolled hems, brown loafers, worn with an untucked white-and-blue striped
    # shirt; white backdrop, full body front. Caption: epoch-1 (cut); QA; reference (pattern and jeans from the shirt
    # and the cut of the trousers).
    case(
        "X832-015",
        caption(
            "a man wearing a striped shirt and blue pants. The shirt is with cotton fabric and stripe patterns. It has "
            "long sleeves. The pants are with cotton fabric and pure color patterns. The man wears a pair of brown "
            "shoes. The shoes are with leather fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "blue", kind="open"),
        Q.color("navy blue"),
        Q.pattern("striped", "contradiction"),
        is_a("pair of jeans", "yes", "contradiction"),
        details("pants", "cotton fabric and pure color patterns"),
        title="Celio Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white formal shirt with thin blue vertical stripes, long sleeves, tucked into navy trousers; white
    # backdrop, upper body front. Caption: epoch-1 (cut); QA (takes the cut tail for "Describe"); reference.
    case(
        "X832-016",
        caption(
            "a man wearing a blue and white striped shirt and navy blue pants. The shirt is with cotton fabric and "
            "stripe patterns. It has long sleeves and a lapel neckline. The man wears a long pants. The pants are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        Q.color("white"),
        Q.pattern("striped"),
        details("shirt", "long sleeves and a lapel neckline"),
        describe("shirt", "cotton fabric and pure", "cut"),
        title="Peter England Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: olive green henley tee with three buttons, long sleeves, with black jeans; white backdrop, front view.
    # Caption: epoch-3 (template); QA; reference.
    case(
        "X832-017",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.material("cotton fabric"),
        wearing("a long-sleeve T-shirt with pure color patterns", who="the man"),
        details("t-shirt", "denim fabric and solid color patterns", "contradiction"),
        title="HRX by Hrithik Roshan Men Olive Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: beige linen drawstring trousers, white linen shirt untucked, tan sandals; white backdrop, full body
    # front. Caption: epoch-1 (loops on the pants sentence); QA; reference.
    case(
        "X832-018",
        caption(
            "a man wearing a white shirt and beige pants. The pants are with cotton fabric and pure color patterns. "
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "beige", kind="open"),
        Q.color("beige"),
        Q.material("cotton fabric", "contradiction"),
        details("pants", "pure color patterns. The pants are with cotton fabric and pure color patterns", "loop"),
        wearing("a white shirt and beige pants", who="the man"),
        title="Mango Man Beige Linen Relaxed Drawstring Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with small white polka dots, no pocket, with grey chinos; white backdrop,
    # front view. Caption: epoch-1 (invents a chest pocket); QA; reference.
    case(
        "X832-019",
        caption(
            "a man wearing a black and white polka dot shirt and grey pants. The shirt is with cotton fabric and it "
            "has short sleeves. The neckline of it is lapel. There is a pocket on the chest.",
            "unsupported",
        ),
        color_of("shirt", "black and white", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("grey", "other_garment_color"),
        wearing("a black and white polka dot shirt and grey pants", who="the man"),
        title="Dennis Lingo Men Black & White Polka Dot Print Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: red pique polo, short sleeves, with white shorts and white sneakers; nothing on his head, no
    # sunglasses; white backdrop, full body front. Caption: epoch-1; QA; reference.
    case(
        "X832-020",
        caption(
            "a man wearing a red polo shirt and white shorts. The polo shirt is with cotton fabric and pure color "
            "patterns. It has short sleeves and a lapel neckline. The man wears white sneakers and a pair of "
            "sunglasses on his head.",
            "unsupported",
        ),
        color_of("polo shirt", "red", kind="open"),
        wearing("a red polo shirt and white shorts", who="the man"),
        details("polo shirt", "a pair of sunglasses on his head", "unsupported"),
        Q.garment_type("polo shirt"),
        is_a("t-shirt", "yes"),
        Q.color("white", "other_garment_color"),
        title="Puma Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey glen-check formal trousers, worn with a white shirt under a navy blazer; light grey backdrop, full
    # body front. Caption: epoch-1 (cut); QA; reference (ranks the blazer first).
    case(
        "X832-021",
        caption(
            "a man in a navy blue blazer and grey pants. The blazer is with cotton fabric and it has long sleeves. "
            "The pants are with cotton fabric and plaid patterns. The man wears a white shirt under the blazer. The "
            "shirt is with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        Q.color("grey"),
        Q.garment_type("blazer", "contradiction"),
        describe("pants", "cotton fabric and plaid patterns"),
        title="Blackberrys Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: olive green utility shirt with two chest flap pockets, long sleeves, worn open over a white crew tee,
    # with black jeans; white backdrop, front view. Caption: epoch-1, ran to exactly 50 tokens ending on a full stop
    # (see the notes); QA; reference.
    case(
        "X832-022",
        caption(
            "a man wearing a green shirt over a white t-shirt and black jeans. The shirt is with cotton fabric and it "
            "has long sleeves. There are two pockets on the chest. The t-shirt is with cotton fabric. It has a round "
            "neckline.",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.color("olive"),
        wearing("a green shirt over a white t-shirt and black jeans", who="the man"),
        details("shirt", "two pockets on the chest"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Roadster Men Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white crew tee with a black "BROOKLYN" typography print, with blue ripped jeans and white sneakers;
    # white backdrop, full body front. Caption: epoch-1 (cut); QA; reference.
    case(
        "X832-023",
        caption(
            "a man wearing a white t-shirt with black letters and blue jeans. The t-shirt is with cotton fabric and "
            "graphic patterns. It has a round neckline. The pants are with denim fabric and solid color patterns. "
            "There is a pair of white sneakers on his",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        Q.color("white"),
        Q.pattern("graphic"),
        describe("t-shirt", "cotton fabric and graphic patterns"),
        details("t-shirt", "a pair of white sneakers on his", "cut"),
        title="Kook N Keech Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: sky blue short-sleeve shirt with a white hibiscus print, with khaki shorts, bare head; white backdrop,
    # full body front. Caption: epoch-3 (template, adds a hat); QA; reference.
    case(
        "X832-024",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. The neckline "
            "of it is lapel. The man wears a shorts. The shorts are with cotton fabric and pure color patterns. This "
            "man wears a hat.",
            "unsupported",
        ),
        wearing("a short-sleeve shirt with floral patterns", who="the man"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        describe("shirt", "floral patterns"),
        title="Mast & Harbour Men Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: raglan tee, charcoal grey body with black short sleeves, with black joggers; white backdrop, front
    # view. Caption: epoch-3 (loops on the neckline sentence); QA; reference.
    case(
        "X832-025",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It has "
            "a round neckline. It has",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("colourblocked"),
        Q.color("grey"),
        describe("t-shirt", "a short-sleeve T-shirt with color block patterns"),
        details("t-shirt", "It has a round neckline. It has a round neckline", "loop"),
        Q.material("cotton fabric"),
        title="Puma Men Charcoal & Black Colourblocked Raglan T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white cotton twill slim chinos, worn with a navy polo and brown loafers; white backdrop, full body
    # front. Caption: epoch-3 (template, calls the chinos denim); QA; reference.
    case(
        "X832-026",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton fabric. "
            "It has a lapel neckline. The pants the man wears is of long length. The pants are with denim fabric and "
            "pure color patterns.",
            "unsupported",
        ),
        Q.material("denim fabric", "unsupported"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "no"),
        details("pants", "The pants the man wears is of long length"),
        title="Tommy Hilfiger Men White Slim Fit Solid Chinos",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: lavender formal shirt, long sleeves, tucked into charcoal trousers, steel wristwatch; white backdrop,
    # three-quarter view. Caption: epoch-3 (cut at the limit); QA; reference.
    case(
        "X832-027",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The neckline of it is lapel. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.sleeve_length("long"),
        describe("shirt", "a long-sleeve shirt with pure color patterns"),
        details("shirt", "There is an accessory", "cut"),
        wearing("a long-sleeve shirt with pure color patterns", who="the man"),
        title="Arrow Men Lavender Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy crew tee with a red and white stripe band across the chest, with beige shorts; white backdrop,
    # full body front. Caption: epoch-3 (repeats the shorts sentences to the limit); QA; reference.
    case(
        "X832-028",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a shorts. The shorts are with cotton fabric and pure color patterns. The "
            "man wears a shorts. The shorts are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("The man wears", "restated", who="the man"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.material("cotton fabric"),
        describe("t-shirt", "T-shirt", "non_answer"),
        title="Tommy Hilfiger Men Navy Blue Chest Stripe Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: brown corduroy trousers, worn with a cream cable-knit crew sweater and brown boots; light grey
    # backdrop, full body front. Caption: epoch-3 (template); QA; reference (ranks the sweater first).
    case(
        "X832-029",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("cream", "other_garment_color"),
        Q.garment_type("sweater", "contradiction"),
        Q.material("knitted fabric", "contradiction"),
        describe("trousers", "cotton fabric and pure color patterns"),
        wearing("a long-sleeve sweater with pure color patterns", who="the man"),
        title="Dockers Men Brown Regular Fit Corduroy Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: black and white gingham check shirt, long sleeves, with blue jeans; white backdrop, front view. The
    # seller row has no base colour. Caption: epoch-3 ("Her", "she"); QA (no answer to "wearing"); reference.
    case(
        "X832-030",
        caption(
            "Her shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The pants she "
            "wears is of long length. The pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        Q.pattern("checked"),
        Q.color("black"),
        details("shirt", "long sleeves, cotton fabric and lattice patterns"),
        wearing("", "non_answer", who="the person"),
        Q.sleeve_length("long"),
        title="H&M Men Black & White Gingham Checked Regular Fit Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: peach crew tee, short sleeves, with light grey joggers, black wristwatch on the left wrist; white
    # backdrop, full body front. Caption: epoch-3 (template; the wrist accessory is real); QA; reference.
    case(
        "X832-031",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants the guy wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
        ),
        Q.color("pink"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt"),
        is_a("polo shirt", "yes", "contradiction"),
        describe("t-shirt", "a short-sleeve T-shirt with pure color patterns"),
        wearing("T-shirt", "non_answer", who="he"),
        title="Roadster Men Peach-Coloured Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: navy pleated formal trousers, tan belt, light blue shirt tucked in, no rings; white backdrop, full body
    # front. Caption: epoch-3 (template, adds a ring); QA; reference.
    case(
        "X832-032",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a ring on his finger.",
            "unsupported",
        ),
        Q.color("navy blue"),
        details("trousers", "a ring on his finger", "unsupported"),
        Q.garment_type("trousers"),
        is_a("pair of trousers", "yes"),
        wearing("a long-sleeve shirt with pure color patterns", who="the man"),
        title="Raymond Men Navy Blue Pleated Regular Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust orange short-sleeve camp-collar shirt, with white trousers, dark sunglasses on his face; white
    # backdrop, full body front. Caption: epoch-3 (template; the glasses are real); QA; reference.
    case(
        "X832-033",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is lapel. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This man wears glasses."
        ),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        describe("shirt", "The shirt", "restated"),
        Q.garment_type("shirt"),
        title="Mango Man Rust Solid Resort Collar Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: back view: black oversized tee with a large white graphic print on the back, with blue jeans; white
    # backdrop. Caption: epoch-3 ("upper clothing" template, repeats itself to the limit); QA; reference.
    case(
        "X832-034",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. The upper "
            "clothing has short sleeves, cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.color("black"),
        describe("t-shirt", "short sleeves, cotton fabric and graphic patterns"),
        wearing("", "non_answer", who="the man"),
        Q.sleeve_length("short"),
        title="Bewakoof Men Black Back Printed Oversized Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: stone beige pleated relaxed trousers, worn with a black crew tee and white sneakers, bare head; white
    # backdrop, full body front. The seller row has no gender. Caption: epoch-1 (adds a cap); QA; reference.
    case(
        "X832-035",
        caption(
            "a man in a black shirt and beige pants standing against a white wall. The shirt is with cotton fabric "
            "and it has short sleeves. The pants are with cotton fabric and pure color patterns. The man wears white "
            "sneakers and a cap.",
            "unsupported",
        ),
        color_of("pants", "beige", kind="open"),
        Q.color("black", "other_garment_color"),
        wearing("a black shirt and beige pants", who="the man"),
        details("pants", "cotton fabric and pure color patterns"),
        Q.garment_type("trousers"),
        title="Bershka Men Beige Pleated Relaxed Fit Trousers",
        category="Trousers",
        color="Beige",
    ),
    # photo: navy long-sleeve shirt with a small white floral micro print, with grey chinos; white backdrop, front
    # view. Caption: epoch-1 (loops on the print sentence); QA; reference.
    case(
        "X832-036",
        caption(
            "a man wearing a blue shirt and grey pants. The shirt is with cotton fabric and it has long sleeves. The "
            "shirt has a small white print on it. The shirt has a small white print on it. The shirt has a small "
            "white print on it. The",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.color("navy blue"),
        wearing("a blue shirt and grey pants", who="the man"),
        details("shirt", "a small white print on it. The shirt has a small white print on it", "loop"),
        title="Dennis Lingo Men Navy Blue Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle green pique polo with white collar tipping, short sleeves, with navy chinos; white backdrop,
    # upper body front. Caption: epoch-1 ("a woman", "She"); QA; reference.
    case(
        "X832-037",
        caption(
            "a woman in a green polo shirt and blue pants. She is standing in front of a white wall. The polo shirt "
            "is with cotton fabric and it has short sleeves.",
            "pronoun",
        ),
        color_of("polo shirt", "green", kind="open"),
        wearing("a green polo shirt and blue pants", who="the person"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short"),
        details("polo shirt", "She is standing in front of a white wall", "pronoun"),
        title="Louis Philippe Sport Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: mid grey formal trousers, worn with a light blue shirt under a navy wool waistcoat; white backdrop, full
    # body front. Caption: epoch-1 (calls the waistcoat leather); QA; reference (ranks the vest first).
    case(
        "X832-038",
        caption(
            "a man wearing a blue vest and grey pants. The vest is with leather fabric and it has a v-neck neckline. "
            "The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("pants", "grey", kind="open"),
        Q.color("grey"),
        Q.garment_type("vest", "contradiction"),
        describe("pants", "grey pants"),
        Q.material("cotton fabric"),
        title="Park Avenue Men Grey Solid Regular Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: white linen shirt, long sleeves rolled, worn open over a navy crew tee, with beige shorts; white
    # backdrop, front view. Caption: epoch-1 (leaks the Question/Answer format and repeats it); QA; reference.
    case(
        "X832-039",
        caption(
            "a man wearing a white shirt and a blue t-shirt. Question: What is the man wearing? Answer: a white "
            "shirt and a blue t-shirt. Question: What is the man wearing? Answer: a white shirt and a blue",
            "leak",
            hit_limit=True,
        ),
        wearing("a white shirt and a blue t-shirt", who="the man"),
        color_of("shirt", "white", kind="open"),
        Q.material("", "non_answer"),
        Q.color("navy blue", "other_garment_color"),
        is_a("shirt", "yes"),
        title="Marks & Spencer Men White Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: plain teal crew tee, short sleeves, with white shorts, holding a skateboard at his side; white
    # backdrop, full body front. Caption: epoch-1 (leaks a question about the prop); QA; reference.
    case(
        "X832-040",
        caption(
            "a man holding a skateboard wearing a green t-shirt and white shorts. The t-shirt is with cotton fabric "
            "and it has short sleeves. It has a round neckline. Question: what is the man holding? Answer: a "
            "skateboard. Question: what is",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "green", kind="open"),
        wearing("a green t-shirt and white shorts", who="the man"),
        describe("t-shirt", "a green t-shirt"),
        Q.sleeve_length("short"),
        Q.pattern("graphic", "contradiction"),
        Q.color("white", "other_garment_color"),
        details("t-shirt", "Answer: a skateboard", "leak"),
        title="WROGN Men Teal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: light grey slim formal trousers, worn with a black turtleneck sweater and black leather shoes; white
    # backdrop, full body front. Caption: epoch-1 (cut); QA; reference (ranks the sweater first).
    case(
        "X832-041",
        caption(
            "a man in a black turtleneck sweater and grey pants. The sweater is with knitted fabric and it has long "
            "sleeves. It has a high neckline. The pants are with cotton fabric and pure color patterns. The man wears "
            "a pair of black leather shoes and",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey", kind="open"),
        Q.color("black", "other_garment_color"),
        wearing("a black turtleneck sweater and grey pants", who="the man"),
        details("pants", "a pair of black leather shoes and", "cut"),
        is_a("pair of trousers", "yes"),
        Q.garment_type("sweater", "contradiction"),
        title="Van Heusen Men Light Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: light pink solid oxford shirt, long sleeves, with blue jeans; light grey backdrop, front view. Nothing
    # red in the photo. Caption: epoch-1 (calls the shirt red); QA copies it; reference.
    case(
        "X832-042",
        caption(
            "a man wearing a red shirt and blue jeans standing in front of a grey wall. The shirt is with cotton "
            "fabric and it has long sleeves. The neckline of it is lapel.",
            "contradiction",
        ),
        color_of("shirt", "red", "contradiction", kind="open"),
        Q.color("pink"),
        wearing("a red shirt and blue jeans", "contradiction", who="the man"),
        Q.sleeve_length("long"),
        details("shirt", "The neckline of it is lapel"),
        title="Roadster Men Pink Solid Oxford Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: white crew tee with thin black horizontal stripes, short sleeves, under an open blue button-front denim
    # jacket, with black jeans; white backdrop, front view. Caption: epoch-1 (adds a zipper); QA; reference.
    case(
        "X832-043",
        caption(
            "a man wearing a blue denim jacket over a white striped t-shirt and black jeans. The jacket is with denim "
            "fabric and it has long sleeves. There is a zipper on the jacket. The t-shirt is with cotton fabric and "
            "stripe patterns.",
            "unsupported",
        ),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.material("denim fabric", "contradiction"),
        Q.pattern("striped"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("short"),
        wearing("a blue denim jacket over a white striped t-shirt and black jeans", who="the man"),
        title="Mango Man White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: burgundy slim chinos, worn with a grey melange sweatshirt and white sneakers; white backdrop, full body
    # front. Caption: epoch-1 ("a woman", "She"); QA; reference.
    case(
        "X832-044",
        caption(
            "a woman wearing a grey sweatshirt and red pants. She is wearing white sneakers. The pants are with "
            "cotton fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("pants", "red", kind="open"),
        wearing("a grey sweatshirt and red pants", who="the person"),
        details("pants", "She is wearing white sneakers", "pronoun"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("trousers"),
        title="United Colors of Benetton Men Burgundy Slim Fit Chinos",
        category="Trousers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: all black: black solid casual shirt, long sleeves, with black trousers; white backdrop, front view.
    # Caption: epoch-1 (repeats its first sentence to the limit); QA; reference.
    case(
        "X832-045",
        caption(
            "a man in a black shirt and black pants. The shirt is with cotton fabric and it has long sleeves. The "
            "pants are with cotton fabric and pure color patterns. The man is wearing a black shirt and black pants. "
            "The man is wearing a black shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        Q.color("black"),
        details("shirt", "cotton fabric and it has long sleeves"),
        wearing("a black shirt and black pants", who="the man"),
        describe("shirt", "black", "non_answer"),
        title="Mother Earth Men Black Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy crew tee with a small white embroidered logo on the left chest, short sleeves, with khaki shorts;
    # white backdrop, side-front view. The seller row has no article type. Caption: epoch-1; QA; reference.
    case(
        "X832-046",
        caption(
            "a man wearing a blue t-shirt and khaki shorts. The t-shirt is with cotton fabric and it has short "
            "sleeves. There is a logo on the chest."
        ),
        color_of("t-shirt", "blue", kind="open"),
        details("t-shirt", "a logo on the chest"),
        Q.color("navy blue"),
        is_a("t-shirt", "yes"),
        wearing("a blue t-shirt and khaki shorts", who="the man"),
        title="Levis Men Navy Blue Solid Round Neck T-shirt",
        color="Navy Blue",
        gender="Men",
    ),
]
