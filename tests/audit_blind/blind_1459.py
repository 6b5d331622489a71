"""BLIND_1459 (45 products; Myntra men's casual shirts and t-shirts over jeans or chinos, epoch-2 caption adapter):
written blind in the sixty-fifth session. Measured blind at 81d2e84 (the session's second rules): 108/122 failures
found (88.5%) and 7/140 correct texts flagged (5.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and t-shirts (article types Shirts and Tshirts, base colours as Myntra
spells them: Navy Blue, Olive, Charcoal, Grey Melange, Off White, Multi...), nearly all shot on a model against a plain
studio backdrop, the top worn untucked or tucked over jeans or chinos; three flat lays (one a pack of two), two back
views, a few props (skateboard, stool, coffee cup, sunglasses in hand). The feed leaves a column out now and then
(one row without base colour, one without gender, one without article type). One system wrote every text: BLIP-2
OPT-2.7b with the epoch-2 caption LoRA, greedy, 50 new tokens for the caption and 30 for each answer, prompts in the
`Question: ... Answer:` format. The adapter never learnt to stop, so the caption always runs to 50 tokens, and for
many prompts (wearing, describe, details, the closed sleeve / type / pattern questions, the yes/no question, now and
then a color question) it returns the DeepFashion caption template ("The gentleman wears a long-sleeve shirt with pure
color patterns. The shirt is with cotton fabric and its neckline is lapel. The") cut at 30 tokens. Where the base
model's habits survive it answers short and stops on the newline: "blue", "a grey t-shirt and khaki pants". Those
short answers carry the color errors: one color for shirt and pants, the inner tee's or the jeans' color for the
product, navy and charcoal read as black, beige as white. The template has no hue words, only DeepFashion patterns
(pure color, lattice, stripe, floral, graphic, color block) and fabrics (cotton, denim), so it calls a linen shirt
cotton, a micro-dot print pure color and a mandarin collar lapel, it puts a gentleman in trousers on the flat lays,
and on seven products it calls the man "the lady". A few answers loop, two echo the prompt format, one comes back
empty. The questionnaire varies by product (4 to 6 questions): "What is he wearing?", the color of the shirt or
t-shirt and of the pants (always "pants", whatever he wears below), describe / details of the shirt or t-shirt, the
closed sleeve-length, pattern, type, color and material questions, and "Is this a shirt/t-shirt?".
Who wrote what: every caption and every answer comes from the epoch-2 caption adapter; the comment above each case
says what the photo shows (the truth) and repeats that.
Labeling conventions and judgement calls: one failure kind per text; a content error (wrong pronoun, wrong color,
garment, pattern or collar, an invented person, pants or accessory) wins over `cut` when a text has both. A text that
ran to the limit is marked hit_limit=True; if it stops mid-sentence and is otherwise right it is `cut`; if the limit
happened to fall right after a full stop and the content is right, it is correct (four captions). The template
returned for a color question names no hue, and for "Is this a ...?" gives no yes or no: both `non_answer`, even
though the template names the garment. The template for wearing / describe / details / sleeve length / type / pattern
answers the question and is `cut` when right. A color given to the pants that is really the shirt's, or that the
photo does not show on the pants, is `contradiction`; a color given to the product that belongs to another garment
(jeans, inner tee) is `other_garment_color`. Near hues are right: green for olive, teal or sea green, brown for rust,
red for burgundy, purple for lavender, orange for coral, blue for navy, tan or khaki for khaki chinos; black for navy
or charcoal and white for beige are wrong (seller colour and photo). "Cotton" for a shirt the title calls linen is
`contradiction` (catalog); a material, pocket, collar or worn accessory the photo does not show and the title does
not name is `unsupported`. On a flat lay the template's gentleman and trousers, and a color for pants that are not
there, are `unsupported`; "wearing" answered with the garment alone on a flat lay is accepted, but "a black t-shirt"
for a pack of two is `contradiction`. "lapel" for a shirt or polo collar is right; for a mandarin collar it
contradicts the title, in the caption and in the template answer alike. A rolled-up full sleeve answered "short
sleeves" is `contradiction`; an open overshirt called a jacket, or typed "jacket" / "t-shirt", is `contradiction`.
Loops are `loop` even when what loops is also wrong; an answer that echoes the prompt format is `leak` even when it
also loops.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1459 = [
    # Truth: model, front, navy and white checked full-sleeve shirt worn untucked over light-blue jeans, white
    # sneakers, grey backdrop. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-001",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checkered shirt and jeans", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "blue", kind="open"),
        Q.pattern("lattice"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Truth: model, black crew-neck short-sleeve tee, olive chinos, black sneakers. Caption and all answers:
    # epoch-2 caption adapter.
    case(
        "X1459-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a black t-shirt and green pants", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "black", "contradiction", kind="open"),
        Q.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Truth: model, white round-neck tee with a large black typographic print on the chest, blue jeans ripped at
    # the knee. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: model, olive full-sleeve shirt with the sleeves rolled to the elbows, plain front (no pocket), beige
    # chinos, brown loafers, a watch on his wrist. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-004",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "khaki", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("shirt", "The shirt has a pocket on the left chest and buttons down the front", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Highlander Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Truth: model, mustard polo with a two-button placket, dark-blue jeans. Caption and all answers: epoch-2
    # caption adapter.
    case(
        "X1459-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("pants", "yellow", "contradiction", kind="open"),
        wearing("a yellow polo shirt and jeans", who="he"),
        Q.garment_type("polo shirt"),
        details(
            "t-shirt",
            "the t-shirt has a collar and buttons on the front, the t-shirt has a collar and buttons on the front, "
            "the t-shirt has a collar",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Truth: model, white linen full-sleeve shirt, top button open, navy chinos, sunglasses held in his right hand
    # (not worn). Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "navy blue", kind="open"),
        describe("shirt", "a white shirt with long sleeves and a collar"),
        wearing("a white shirt and blue pants and sunglasses", "unsupported", who="he"),
        gender="Men",
        title="Louis Philippe Sport Men White Slim Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Truth: model, navy pique polo with a small embroidered logo on the chest and white tipping on the collar,
    # light-grey chinos. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        color_of("pants", "grey", kind="open"),
        is_a("t-shirt", "no", "contradiction"),
        details("t-shirt", "a small logo on the chest"),
        Q.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Truth: flat lay on white, no person: black tee with a large yellow bat-logo print on the front. Caption and
    # all answers: epoch-2 caption adapter.
    case(
        "X1459-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black t-shirt with a batman logo", who="he"),
        color_of("t-shirt", "black and yellow", kind="open"),
        color_of("pants", "black", "unsupported", kind="open"),
        Q.pattern("graphic"),
        describe("t-shirt", "a black t-shirt with a yellow batman logo on the front"),
        gender="Men",
        title="The Souled Store Men Black Batman Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Truth: model, blue and white vertical pinstripe full-sleeve shirt tucked into beige chinos with a brown belt.
    # Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-009",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "beige", kind="open"),
        Q.pattern("stripe"),
        wearing(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman",
            "cut",
            who="he",
            hit_limit=True,
        ),
        is_a(
            "shirt",
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Casuals Men Blue Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Truth: back view: model from behind in a black oversized drop-shoulder tee with a large white typographic
    # print across the back, light-blue jeans. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        Q.sleeve_length("short-sleeve"),
        details("t-shirt", "The back of the t-shirt has white text on it"),
        color_of("pants", "blue", kind="open"),
        is_a(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Truth: model, grey melange full-sleeve henley with a three-button placket, sleeves pushed up, dark-blue jeans.
    # Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-011",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a grey shirt and blue jeans", who="he"),
        color_of("t-shirt", "grey", kind="open"),
        Q.garment_type("T-shirt"),
        details("t-shirt", "buttons on the front"),
        Q.sleeve_length(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Mufti Men Grey Melange Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Truth: model, black denim full-sleeve shirt with two flap chest pockets, buttoned, light-blue jeans. Caption
    # and all answers: epoch-2 caption adapter.
    case(
        "X1459-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        color_of(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "black", "contradiction", kind="open"),
        details("shirt", "two pockets on the chest"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Jack & Jones Men Black Slim Fit Solid Denim Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Truth: model, lavender short-sleeve shirt, white chinos, white sneakers. Caption and all answers: epoch-2
    # caption adapter.
    case(
        "X1459-013",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "purple", kind="open"),
        color_of(
            "pants",
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple shirt and white pants", who="he"),
        Q.sleeve_length("short"),
        gender="Men",
        title="Campus Sutra Men Lavender Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Truth: model, teal full-sleeve shirt, black jeans, no jewellery. Caption and all answers: epoch-2 caption
    # adapter.
    case(
        "X1459-014",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. This man "
            "wears a ring",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "black", kind="open"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.color("teal"),
        gender="Men",
        title="Dennis Lingo Men Teal Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Truth: model, red and navy buffalo-check flannel shirt worn open over a plain black crew-neck tee, blue jeans.
    # Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-015",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        wearing("a red plaid shirt over a black t-shirt and jeans", who="he"),
        Q.pattern("plaid"),
        color_of("pants", "blue", kind="open"),
        details(
            "shirt",
            "red and black plaid shirt with a black t-shirt underneath and a black t-shirt underneath and a black "
            "t-shirt underneath and a black t",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Urbano Fashion Men Red Slim Fit Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Truth: model, beige full-sleeve shirt with a mandarin (band) collar, dark-blue jeans. Caption and all answers:
    # epoch-2 caption adapter.
    case(
        "X1459-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman",
            "contradiction",
            hit_limit=True,
        ),
        color_of("shirt", "white", "contradiction", kind="open"),
        color_of("pants", "blue", kind="open"),
        details("shirt", "a mandarin collar and buttons down the front"),
        Q.garment_type(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "contradiction",
            hit_limit=True,
        ),
        gender="Men",
        title="HERE&NOW Men Beige Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Truth: model, royal-blue crew-neck tee with a small red batwing logo on the chest, grey jeans. Caption and all
    # answers: epoch-2 caption adapter.
    case(
        "X1459-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        describe("t-shirt", "blue t-shirt with a red logo on the chest"),
        Q.material("cotton"),
        Q.pattern(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Levis Men Blue Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Truth: model, red tee with a big white brand-logo print on the chest, black jeans, holding a skateboard at his
    # side. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-018",
        caption(
            "The T-shirt this gentleman wears has short sleeves and it is with cotton fabric and graphic patterns. It "
            "has a round neckline. The trousers are of long length. The trousers are with denim fabric and solid "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a red puma t-shirt and black jeans", who="he"),
        color_of("t-shirt", "red", kind="open"),
        color_of("pants", "black", kind="open"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: The t-shirt has a puma logo on the front. Question: "
            "What are the t-shirt",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Puma Men Red Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Truth: model, pink full-sleeve oxford shirt with a button-down collar, grey chinos, steel watch on his wrist.
    # Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a pink shirt and grey pants", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "gray", kind="open"),
        describe(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "pronoun",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Men",
        title="Allen Solly Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Truth: model, white polo with navy horizontal stripes, khaki chinos. Caption and all answers: epoch-2 caption
    # adapter.
    case(
        "X1459-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "white and blue", kind="open"),
        Q.pattern("striped"),
        color_of("pants", "tan", kind="open"),
        Q.garment_type(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        gender="Men",
        title="Nautica Men White & Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: model, black short-sleeve viscose shirt with a small white floral print, light-blue jeans. Caption and
    # all answers: epoch-2 caption adapter.
    case(
        "X1459-021",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black and white", kind="open"),
        Q.pattern("floral"),
        wearing(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details("shirt", "white flowers on black"),
        color_of("pants", "black", "contradiction", kind="open"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Highlander Men Black Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Truth: model, olive round-neck tee, black jeans, leaning on a wooden stool. Caption and all answers: epoch-2
    # caption adapter. The feed leaves the base colour empty for this row.
    case(
        "X1459-022",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "green", kind="open"),
        color_of("pants", "black", kind="open"),
        describe(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
    ),
    # Truth: model, rust corduroy full-sleeve shirt with two chest pockets, worn open over a white tee, dark-blue
    # jeans. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "brown", kind="open"),
        Q.material("corduroy"),
        color_of("pants", "blue", kind="open"),
        wearing("a brown jacket and jeans", "contradiction", who="he"),
        details(
            "shirt",
            "two pockets on the chest, two pockets on the chest, two pockets on the chest, two pockets on the chest, "
            "two pockets",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Rust Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Truth: model, charcoal grey round-neck tee, beige chinos. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-024",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns. "
            "This man",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        color_of("pants", "beige", kind="open"),
        Q.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        wearing("grey t-shirt and khaki pants", who="he"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Truth: model, mid-blue washed denim full-sleeve shirt with two chest pockets, black jeans. Caption and all
    # answers: epoch-2 caption adapter.
    case(
        "X1459-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        Q.material("denim"),
        describe(
            "shirt",
            "a blue denim shirt with buttons down the front and a collar and a pocket on the chest and a pocket on the "
            "chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "no", "contradiction"),
        gender="Men",
        title="Flying Machine Men Blue Slim Fit Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Truth: model, white pique polo with a small flag logo on the chest, navy chinos. Caption and all answers:
    # epoch-2 caption adapter.
    case(
        "X1459-026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of(
            "pants",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("polo"),
        details("t-shirt", "the polo shirt has a small logo on the chest"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Polo Collar Slim Fit T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: model, bright yellow round-neck tee with black slogan text on the chest, blue jeans. Caption and all
    # answers: epoch-2 caption adapter.
    case(
        "X1459-027",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "pronoun",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("pants", "blue", kind="open"),
        details("t-shirt", "the t-shirt has black letters on the front"),
        Q.pattern("graphic"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Truth: model, navy full-sleeve shirt with a tiny white dot micro-print (reads solid from a distance), grey
    # chinos. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        color_of("shirt", "navy blue", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("shirt", "a navy blue shirt with small white dots"),
        gender="Men",
        title="Van Heusen Sport Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Truth: model, sea-green short-sleeve shirt with a white tropical leaf print, white chinos, holding a paper
    # coffee cup. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-029",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory in his hand",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.pattern("floral"),
        details(
            "shirt",
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green and white shirt and white pants", who="he"),
        gender="Men",
        title="Indian Terrain Men Sea Green Slim Fit Tropical Printed Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Truth: model, black oversized short-sleeve Cuban-collar shirt worn unbuttoned over a white tee, beige chinos.
    # Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-030",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a black shirt over a white t-shirt and beige pants", who="he"),
        color_of("pants", "beige", kind="open"),
        is_a("shirt", "yes"),
        Q.garment_type("t-shirt", "contradiction"),
        gender="Men",
        title="Snitch Men Black Oversized Solid Cuban Collar Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Truth: flat lay, no person: folded white full-sleeve shirt with thin blue checks on a pale wooden surface.
    # Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-031",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "white and blue", kind="open"),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "blue", "unsupported", kind="open"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Peter England Men White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Truth: model, colourblock tee: green body, black sleeves and shoulder panel, light-blue jeans. Caption and all
    # answers: epoch-2 caption adapter.
    case(
        "X1459-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "green and black", kind="open"),
        Q.pattern("color block"),
        color_of("pants", "green", "contradiction", kind="open"),
        Q.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve "
            "short-sleeve short",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Green & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Truth: model, grey and black small-check full-sleeve shirt tucked into black chinos, black belt. Caption and
    # all answers: epoch-2 caption adapter.
    case(
        "X1459-033",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his waist",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        details("shirt", "the shirt is tucked into the pants"),
        wearing("a grey checked shirt and black pants with a belt", who="he"),
        is_a(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Arrow Sport Men Grey Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Truth: model, beige linen-blend full-sleeve shirt, light-blue jeans. Caption and all answers: epoch-2 caption
    # adapter (the details answer came back empty: the model emitted the newline first).
    case(
        "X1459-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears",
            "pronoun",
            hit_limit=True,
        ),
        Q.material("linen"),
        color_of("shirt", "beige", kind="open"),
        color_of("pants", "blue", kind="open"),
        details("shirt", "", "non_answer"),
        gender="Men",
        title="H&M Men Beige Relaxed Fit Linen-Blend Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Truth: model, front view of a white oversized tee with a small black logo on the chest (the big print is on
    # the back, not visible), black jeans. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("t-shirt", "a white t-shirt with a small logo on the chest"),
        Q.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Difference of Opinion Men White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: model seated on a stool, light-blue oxford full-sleeve shirt with a button-down collar and one chest
    # pocket, navy chinos, watch on his wrist. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-036",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "light blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe(
            "shirt",
            "a light blue shirt with a button down collar and long sleeves and buttons down the front and a pocket on "
            "the left side of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Light Blue Pure Cotton Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Truth: model, navy round-neck tee with a white "Being Human" print and a bicycle graphic, blue jeans. Caption
    # and all answers: epoch-2 caption adapter. The feed has no gender column for this row.
    case(
        "X1459-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        details("t-shirt", "a white bicycle and the words being human"),
        wearing("blue t-shirt and blue jeans", who="he"),
        Q.garment_type(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Being Human Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Truth: model, off-white full-sleeve shirt, black jeans, watch on his left wrist. Caption and all answers:
    # epoch-2 caption adapter.
    case(
        "X1459-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        details(
            "shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "non_answer",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Red Tape Men Off White Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Truth: model, blue and white horizontal-stripe round-neck tee, khaki chinos. Caption and all answers: epoch-2
    # caption adapter.
    case(
        "X1459-039",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "pronoun",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue and white", kind="open"),
        Q.pattern("stripe"),
        wearing(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "khaki", kind="open"),
        gender="Men",
        title="Campus Sutra Men Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Truth: model, chocolate-brown full-sleeve shirt tucked into beige chinos, dark-brown belt. Caption and all
    # answers: epoch-2 caption adapter.
    case(
        "X1459-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a belt.",
            hit_limit=True,
        ),
        color_of("shirt", "brown", kind="open"),
        color_of("pants", "brown", "contradiction", kind="open"),
        describe(
            "shirt",
            "The shirt is brown and the pants are brown and the shirt is brown and the pants are brown and the shirt "
            "is brown and the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Powerlook Men Brown Solid Casual Shirt",
        category="Shirts",
        color="Brown",
    ),
    # Truth: flat lay, no person: a pack of two round-neck tees side by side, one black and one white. Caption and
    # all answers: epoch-2 caption adapter.
    case(
        "X1459-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("black and white"),
        Q.garment_type("t-shirt"),
        wearing("a black t-shirt", "contradiction", who="he"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Roadster Men Pack of 2 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Truth: model with his hands in his pockets, burgundy full-sleeve shirt, black jeans. Caption and all answers:
    # epoch-2 caption adapter.
    case(
        "X1459-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "black", kind="open"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: Question: What are the shirt details? Answer: Question: "
            "What are the shirt details?",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("The gentleman is wearing a shirt and jeans", who="he"),
        gender="Men",
        title="Mufti Men Burgundy Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Burgundy",
    ),
    # Truth: model, coral polo with a two-button placket, light-grey chinos. Caption and all answers: epoch-2
    # caption adapter. The feed has no article type for this row.
    case(
        "X1459-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "orange", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the details of the t-shirt are the details of the t-shirt", "restated"),
        Q.sleeve_length("short"),
        gender="Men",
        title="Allen Solly Sport Men Coral Solid Polo Collar T-shirt",
        color="Coral",
    ),
    # Truth: back view: model from behind, white and blue vertical-stripe full-sleeve shirt with a box pleat below
    # the back yoke, navy chinos, short hair. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-044",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white and blue", kind="open"),
        details("shirt", "The back of the shirt has a pleat in the middle"),
        Q.pattern("vertical stripes"),
        wearing(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="HERE&NOW Men White & Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Truth: model, olive utility shirt with two flap chest pockets and epaulettes, regular point collar (not
    # button-down), buttoned, black jeans. Caption and all answers: epoch-2 caption adapter.
    case(
        "X1459-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "contradiction", kind="open"),
        details("shirt", "two pockets on the chest and a button down collar", "unsupported"),
        Q.garment_type("jacket", "contradiction"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Levis Men Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
]
