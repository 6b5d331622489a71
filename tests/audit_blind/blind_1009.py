"""BLIND_1009 (46 products; In-shop men's shirts, tees, trousers; span QA): written blind in the fifty-eighth session.
Measured blind at 37344f5 (the session's sixth rules): 109/129 failures found (84.5%) and 10/189 correct texts flagged
(5.3%). The writer's notes, verbatim:

Scenario: a Myntra-like men's catalog (article types Shirts, Tshirts, Trousers) whose photos are DeepFashion
In-shop style shots: a male model on a plain white or light grey studio backdrop, front, side, back or full-body
views, plus a few flat shots of the garment alone. The model usually wears a second garment (a tee under an open
shirt, chinos with a shirt, a jacket over a tee). The seller's columns are title, category (article type), color
(base colour) and gender; two rows lack a column (X1009-036 its color, X1009-045 its gender), and one seller
color is wrong for the photo.

Who wrote what: every caption comes from a caption adapter with 50 new tokens and no trained end token. Most come
from the first-epoch adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), which still speaks like the
base model ("a man in a navy shirt and beige pants") and then drifts into the DeepFashion template; about a third
come from the third-epoch adapter (Data2_V2_Blip2_Finetune_Caption), which writes only the template ("The
gentleman wears a long-sleeve shirt with pure color patterns...") and so has no hue names at all. Both run on to
the token limit now and then: cut mid-phrase, looping a clause or a word, or drifting into the VQA prompt format
("Question: ... Answer: ..."). Open answers (wearing, color of the garment, describe, details, material) are spans
that timpal0l/mdeberta-v3-base-squad2 extracts from that caption, so they can only repeat the caption's words: the
first hue in the caption for the wrong garment, a pattern word for a color, an empty string when the model says
the caption holds no answer, the caption's own loop or leak. Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") come from enrich's reference engine ranking a fixed candidate list over the image with the
untuned base model: always one clean value, wrong now and then, most often the other garment's color.

Labeling conventions and judgement calls:
- The photo is the truth. Where the seller's color is wrong (X1009-040: "Brown" on a plainly maroon shirt), a
  "maroon" answer is correct.
- other_garment_color: a text that gives the product (the seller's garment) the color of another garment in the
  photo (the chinos' beige for the shirt, the jacket's blue for the tee). A wrong hue that no garment in the photo
  has is a contradiction. A caption that gives both garments one color, where that is only the other garment's, is
  other_garment_color too.
- contradiction: wrong hue, pattern, sleeve length, garment type or neckline for the product, against the photo and
  the seller's title; also a wrong yes/no to "Is this a ...?".
- unsupported: a detail nobody can see (a watch, a tattoo, a person in a flat shot), and a fabric the seller's title
  rules out (denim or cotton for linen). A fabric of the other garment answered for the product (denim from the
  jacket for a cotton tee) is a contradiction, not unsupported.
- non_answer: an empty span, or a pattern word ("pure color", "lattice", "graphic") given to a color question, or a
  bare word that says nothing for a describe/details question.
- restated: a span that only gives back the question's garment ("The shirt", "long pants" for the pants details).
- cut: a caption that stops mid-phrase at the 50-token limit (hit_limit=True), and an extracted span that is the
  caption's dangling tail. A caption that loops or leaks is labeled loop or leak even though it is also cut;
  a span from it that holds the repetition or the format words carries the same label. Spans extracted from a
  clean part of a failed caption are judged on their own.
- pronoun: "she", "her", "lady", "woman", "female" for a man, in a caption or in a span taken from it. The row
  without a gender column (a flat shot, no person) has no pronoun failure.
- One label per text; where a text has two faults the first a reader would notice wins.
- Flat shots (X1009-022, X1009-045): a caption that invents a wearer is unsupported, but a span that only names the
  garment, given to "What is the person wearing?", is accepted as correct.
- An answer that describes both worn garments ("a white t-shirt and blue pants") is correct when both are right;
  "shirt" for a tee in a free-text caption or span is accepted as the everyday word, but the closed garment type
  "shirt" for a tee is a contradiction, because "shirt" and "t-shirt" are separate candidates there; navy answered
  as "blue", olive as "green" and cream as "white" are correct shades, lavender answered as "blue" is not.
- Closed color questions are asked in two wordings ("the garment", "the trousers"); each is judged on its own, so a
  product can have one right and one wrong. The local closed question "What is the neckline of the garment?" is
  judged like the other closed answers; "v-neck" for a henley placket is a contradiction.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS


neckline = question("neckline", "What is the neckline of the garment?", "closed")


BLIND_1009 = [
    # photo: navy shirt with thin white pinstripes, long sleeves, tucked into beige chinos; white backdrop, front
    # view. Caption: epoch-1 adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X1009-001",
        caption(
            "a man wearing a navy blue striped shirt and beige pants. the shirt is with cotton fabric and its "
            "neckline is lapel. the pants are of long length"
        ),
        wearing("a navy blue striped shirt and beige pants", who="he"),
        color_of("shirt", "navy blue", kind="open"),
        details("shirt", "its neckline is lapel"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.color("navy blue"),
        title="Highlander Men Navy Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white crew-neck tee with a black skull-and-lettering print on the chest, black jeans; white backdrop,
    # front view. Caption: epoch-3 adapter (template only); open: extractive QA; closed: reference engine.
    case(
        "X1009-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is crew. The pants this gentleman wears is of long length. The pants are with denim fabric "
            "and solid color patterns."
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="he"),
        color_of("t-shirt", "graphic", "non_answer", kind="open"),
        Q.material("cotton"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        is_a("t-shirt", "no", "contradiction"),
        title="Difference of Opinion Men White Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey slim trousers, light blue shirt tucked in, brown belt; full body, light grey backdrop.
    # Caption: epoch-1; open: extractive QA; closed: reference engine.
    case(
        "X1009-003",
        caption(
            "a man in a blue shirt and grey pants standing in front of a grey wall. the pants are with cotton fabric "
            "and pure color patterns. there is an accessory on his waist"
        ),
        wearing("a blue shirt and grey pants", who="the man"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("pants", "the pants are with cotton fabric and pure color patterns"),
        details("pants", "there is an accessory on his waist"),
        Q.color("grey"),
        Q.garment_type("jeans", "contradiction"),
        color_of("trousers", "light blue", "other_garment_color"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: red-and-black buffalo check flannel shirt worn open over a white crew tee, mid-blue jeans; white
    # backdrop, front. Caption: epoch-1, ran to the limit; open: extractive QA; closed: reference engine.
    case(
        "X1009-004",
        caption(
            "a man wearing a red and black plaid shirt over a white t-shirt and blue jeans. the shirt is with cotton "
            "fabric and lattice patterns. the t-shirt is with cotton fabric and its neckline is crew. the jeans are "
            "of long length. the jeans are with denim",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red and black", kind="open"),
        wearing("a red and black plaid shirt over a white t-shirt and blue jeans", who="he"),
        details("shirt", "lattice patterns"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        is_a("shirt", "yes"),
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive green pique polo tee with a small embroidered chest logo, short sleeves; upper-body crop, white
    # backdrop. Caption: epoch-1, looped to the limit; open: extractive QA; closed: reference engine.
    case(
        "X1009-005",
        caption(
            "a man wearing a green polo shirt with a collar, a collar, a collar, a collar, a collar, a collar, a "
            "collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar",
            "loop",
            hit_limit=True,
        ),
        color_of("polo shirt", "green", kind="open"),
        wearing("a green polo shirt with a collar, a collar, a collar, a collar", "loop", who="he"),
        describe("polo shirt", "a collar"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short"),
        Q.color("olive"),
        Q.pattern("striped", "contradiction"),
        title="U.S. Polo Assn. Men Olive Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black flat-front formal trousers, white long-sleeve shirt tucked in, black shoes; full body, white
    # backdrop. Caption: epoch-3 (calls the man a lady); open: extractive QA; closed: reference engine.
    case(
        "X1009-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", who="he"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        details("pants", "a long pants", "restated"),
        Q.color("black"),
        is_a("trousers", "yes", article="a pair of"),
        title="Arrow Men Black Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: light blue denim shirt, long sleeves, buttoned, with black jeans, bare wrists; white backdrop,
    # three-quarter view. Caption: epoch-1, invents a wrist accessory; open: extractive QA; closed: reference engine.
    case(
        "X1009-007",
        caption(
            "a man wearing a blue denim shirt and black jeans. the shirt is with denim fabric and pure color "
            "patterns. its neckline is lapel. the jeans are with denim fabric. there is an accessory on his wrist",
            "unsupported",
        ),
        color_of("shirt", "blue denim", kind="open"),
        Q.material("denim"),
        details("shirt", "there is an accessory on his wrist", "unsupported"),
        wearing("a blue denim shirt and black jeans", who="the person"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        Q.pattern("checked", "contradiction"),
        title="WROGN Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange plain crew-neck tee, navy track pants; back view, white backdrop.
    # Caption: epoch-3; open: extractive QA (one empty span); closed: reference engine.
    case(
        "X1009-008",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        color_of("t-shirt", "pure color patterns", "non_answer", kind="open"),
        wearing("", "non_answer", who="he"),
        describe("t-shirt", "short sleeves, cotton fabric and pure color patterns"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        Q.pattern("striped", "contradiction"),
        title="Jockey Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: khaki chinos with a navy polo tee and white sneakers, no watch or bracelet; side view, white backdrop.
    # Caption: epoch-1, invents a wrist accessory; open: extractive QA; closed: reference engine.
    case(
        "X1009-009",
        caption(
            "a man in a navy blue shirt and khaki pants. the pants are with cotton fabric and pure color patterns. "
            "there is an accessory on his wrist. he wears a pair of sneakers",
            "unsupported",
        ),
        color_of("pants", "khaki", kind="open"),
        details("pants", "there is an accessory on his wrist", "unsupported"),
        wearing("a navy blue shirt and khaki pants", who="he"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("trousers"),
        title="Dennis Lingo Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: white formal shirt, long sleeves, collar open with no tie, under a navy suit jacket, grey trousers;
    # front, white backdrop. Caption: epoch-1, invents a tie; open: extractive QA; closed: reference engine.
    case(
        "X1009-010",
        caption(
            "a man in a blue suit jacket and white shirt with a tie. the upper clothing has long sleeves, cotton "
            "fabric and pure color patterns. its neckline is lapel. the lower clothing is of long length",
            "unsupported",
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        wearing("a blue suit jacket and white shirt", who="the man"),
        describe("shirt", "long sleeves, cotton fabric and pure color patterns"),
        details("shirt", "a tie", "unsupported"),
        Q.color("white"),
        Q.garment_type("blazer", "contradiction"),
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black plain V-neck tee, olive cargo trousers; front, white backdrop.
    # Caption: epoch-3, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X1009-011",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "it has a V-shape neckline. The pants are of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "it has a V-shape neckline"),
        describe("t-shirt", "The pants are with cotton fabric and", "cut"),
        color_of("t-shirt", "", "non_answer", kind="open"),
        Q.material("cotton"),
        Q.color("olive", "other_garment_color"),
        Q.pattern("solid"),
        neckline("v-neck"),
        title="HRX by Hrithik Roshan Men Black Solid V-Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue drawstring-waist trousers with a white crew tee; full body, white backdrop.
    # Caption: epoch-1, gives the trousers the tee's white; open: extractive QA; closed: reference engine.
    case(
        "X1009-012",
        caption(
            "a man wearing a white t-shirt and white pants. the pants are of long length. the pants are with cotton "
            "fabric and pure color patterns",
            "other_garment_color",
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        wearing("a white t-shirt and white pants", "other_garment_color", who="he"),
        describe("pants", "the pants are of long length"),
        Q.color("navy blue"),
        is_a("jeans", "no", article="a pair of"),
        title="Mast & Harbour Men Navy Blue Regular Fit Solid Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pink oxford shirt, button-down collar, sleeves rolled, dark blue jeans; he holds sunglasses in one
    # hand; white backdrop. Caption: epoch-1; open: extractive QA; closed: reference engine.
    case(
        "X1009-013",
        caption(
            "a man in a pink shirt holding a pair of sunglasses. the shirt is with cotton fabric and pure color "
            "patterns. its neckline is lapel. he wears a long jeans"
        ),
        color_of("shirt", "pink", kind="open"),
        details("shirt", "its neckline is lapel"),
        wearing("a pink shirt", who="he"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        title="Peter England Men Pink Slim Fit Oxford Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: red-and-white horizontal striped crew tee, beige chinos, hands at his sides, no watch; front, white
    # backdrop. Caption: epoch-3, invents a wrist accessory; open: extractive QA; closed: reference engine.
    case(
        "X1009-014",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with striped patterns and a long trousers. The T-shirt "
            "is with cotton fabric. It has a round neckline. The trousers are with cotton fabric and solid color "
            "patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("t-shirt", "striped", "non_answer", kind="open"),
        describe("t-shirt", "a short-sleeve T-shirt with striped patterns"),
        details("t-shirt", "There is an accessory on his wrist", "unsupported"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        title="Tommy Hilfiger Men Red & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive cargo trousers with side flap pockets, black crew tee; full body, white backdrop.
    # Caption: epoch-1, drifted into the VQA prompt format; open: extractive QA; closed: reference engine.
    case(
        "X1009-015",
        caption(
            "a man wearing a black t-shirt and green cargo pants. Question: What is the color of the pants? Answer: "
            "green. Question: What is the color of the shirt? Answer: black. Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "green", kind="open"),
        wearing("a black t-shirt and green cargo pants", who="he"),
        details("pants", "Answer: green", "leak"),
        describe("pants", "Question: What is the color of the pants? Answer: green", "leak"),
        Q.color("olive"),
        is_a("trousers", "yes", article="a pair of"),
        title="Roadster Men Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black shirt with small white polka dots, short sleeves, light grey trousers; white backdrop.
    # Caption: epoch-1, calls the dots floral; open: extractive QA; closed: reference engine.
    case(
        "X1009-016",
        caption(
            "a man wearing a black and white polka dot shirt and grey pants. the shirt is with cotton fabric and "
            "floral patterns. its neckline is lapel",
            "contradiction",
        ),
        color_of("shirt", "black and white", kind="open"),
        details("shirt", "floral patterns", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("black"),
        title="The Indian Garage Co Men Black Polka Dot Print Short Sleeves Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy long-sleeve henley tee (three-button placket), grey jeans, steel watch on the left wrist; white
    # backdrop. Caption: epoch-3, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X1009-017",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are of long length. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "There is an accessory on", "cut"),
        wearing("a long-sleeve T-shirt with pure color patterns", who="he"),
        Q.color("navy blue"),
        Q.sleeve_length("long"),
        Q.garment_type("t-shirt"),
        neckline("v-neck", "contradiction"),
        title="Celio Men Navy Blue Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige linen trousers, relaxed fit, with a white linen shirt worn untucked; barefoot, white backdrop.
    # Caption: epoch-3, calls the linen trousers denim; open: extractive QA; closed: reference engine.
    case(
        "X1009-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        Q.material("denim", "unsupported"),
        color_of("trousers", "pure color", "non_answer", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("trousers"),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers", who="the man"),
        title="Marks & Spencer Men Beige Relaxed Fit Pure Linen Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: olive utility shirt with two chest flap pockets, long sleeves, worn open over a grey tee, black jeans;
    # white backdrop. Caption: epoch-1; open: extractive QA; closed: reference engine.
    case(
        "X1009-019",
        caption(
            "a man wearing a green shirt with pockets and black jeans. the shirt is with cotton fabric and pure color "
            "patterns. its neckline is lapel. the jeans are of long length"
        ),
        color_of("shirt", "green", kind="open"),
        details("shirt", "pockets"),
        wearing("a green shirt with pockets and black jeans", who="he"),
        Q.color("olive"),
        is_a("t-shirt", "no"),
        title="Roadster Men Olive Green Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: yellow tee with a blue "SURF CLUB" print, short sleeves, mid-blue denim shorts; white backdrop.
    # Caption: epoch-1, calls him a woman; open: extractive QA; closed: reference engine.
    case(
        "X1009-020",
        caption(
            "a woman wearing a yellow t-shirt with a graphic print and blue shorts. the t-shirt is with cotton fabric "
            "and graphic patterns. her neckline is round",
            "pronoun",
        ),
        wearing("a yellow t-shirt with a graphic print and blue shorts", who="he"),
        color_of("t-shirt", "yellow", kind="open"),
        details("t-shirt", "her neckline is round", "pronoun"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("long", "contradiction"),
        title="Bewakoof Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: grey Prince-of-Wales check formal trousers, black fine-knit turtleneck sweater, no glasses; full body,
    # white backdrop. Caption: epoch-1, invents glasses; open: extractive QA; closed: reference engine.
    case(
        "X1009-021",
        caption(
            "a man in a black sweater and grey plaid pants wearing glasses. the sweater is with knitted fabric and "
            "pure color patterns. the pants are of long length. the pants are with cotton fabric and lattice patterns",
            "unsupported",
        ),
        color_of("pants", "grey plaid", kind="open"),
        details("pants", "lattice patterns"),
        wearing("a black sweater and grey plaid pants", who="he"),
        Q.pattern("solid", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("trousers"),
        title="Raymond Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: flat shot, no person: white-and-blue vertical striped short-sleeve shirt laid on a white surface.
    # Caption: epoch-3, invents a wearer and a wrist accessory; open: extractive QA; closed: reference engine.
    case(
        "X1009-022",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a short-sleeve shirt with striped patterns", who="the person"),
        details("shirt", "There is an accessory on his wrist", "unsupported"),
        color_of("shirt", "striped patterns", "non_answer", kind="open"),
        Q.color("blue"),
        Q.sleeve_length("short"),
        Q.pattern("solid", "contradiction"),
        title="Mufti Men Blue & White Striped Short Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon plain crew tee, black joggers; side view, white backdrop.
    # Caption: epoch-1, looped a clause to the limit; open: extractive QA; closed: reference engine.
    case(
        "X1009-023",
        caption(
            "a man wearing a maroon t-shirt and black pants. the t-shirt is with cotton fabric and pure color "
            "patterns. the t-shirt is with cotton fabric and pure color patterns. the t-shirt is with cotton fabric "
            "and pure",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "maroon", kind="open"),
        Q.material("cotton"),
        describe(
            "t-shirt",
            "the t-shirt is with cotton fabric and pure color patterns. the t-shirt is with cotton fabric and pure "
            "color patterns",
            "loop",
        ),
        Q.color("maroon"),
        Q.sleeve_length("short"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Puma Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy slim chinos, white tee half tucked, brown leather belt, white sneakers; white backdrop, front.
    # Caption: epoch-1; open: extractive QA; closed: reference engine.
    case(
        "X1009-024",
        caption(
            "a man in a white t-shirt and blue pants. he wears a pair of white sneakers. the pants are with cotton "
            "fabric and pure color patterns. there is a belt on his waist"
        ),
        color_of("pants", "blue", kind="open"),
        wearing("a white t-shirt and blue pants", who="he"),
        details("pants", "there is a belt on his waist"),
        Q.color("navy blue"),
        color_of("trousers", "white", "other_garment_color"),
        is_a("jeans", "no", article="a pair of"),
        title="Highlander Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard corduroy shirt, long sleeves, worn open over a white tee, black trousers; white backdrop.
    # Caption: epoch-1, calls mustard orange; open: extractive QA; closed: reference engine.
    case(
        "X1009-025",
        caption(
            "a man wearing an orange shirt and black pants. the shirt is with cotton fabric and pure color patterns. "
            "its neckline is lapel",
            "contradiction",
        ),
        color_of("shirt", "orange", "contradiction", kind="open"),
        describe("shirt", "the shirt is with cotton fabric and pure color patterns"),
        Q.color("mustard"),
        Q.material("cotton"),
        Q.garment_type("shirt"),
        Q.pattern("checked", "contradiction"),
        title="Roadster Men Mustard Yellow Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white pique polo tee with navy tipping on collar and cuffs, navy trousers; white backdrop, front.
    # Caption: epoch-3; open: extractive QA; closed: reference engine.
    case(
        "X1009-026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The trousers are of long length. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("t-shirt", "pure color", "non_answer", kind="open"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="the man"),
        details("t-shirt", "its neckline is lapel"),
        describe("t-shirt", "T-shirt", "restated"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("polo shirt"),
        title="Louis Philippe Sport Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black slim trousers with a white side stripe, grey pullover hoodie; full body, white backdrop.
    # Caption: epoch-1; open: extractive QA; closed: reference engine.
    case(
        "X1009-027",
        caption(
            "a man wearing a grey hoodie and black pants with a white stripe. the pants are of long length. the pants "
            "are with cotton fabric and striped patterns"
        ),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("pants", "a white stripe"),
        wearing("a grey hoodie and black pants with a white stripe", who="he"),
        Q.color("black"),
        Q.garment_type("track pants", "contradiction"),
        title="SINGLE Men Black Slim Fit Side Taped Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: navy short-sleeve shirt with a white and pink floral print, white shorts; white backdrop, front.
    # Caption: epoch-3, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X1009-028",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. He wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "floral", "non_answer", kind="open"),
        describe("shirt", "a short-sleeve shirt with floral patterns"),
        Q.material("cotton", "unsupported"),
        details("shirt", "There is an accessory on his", "cut"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Sojanya Men Navy Blue Floral Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal long-sleeve waffle-knit tee, khaki trousers, no rings; white backdrop, front.
    # Caption: epoch-1 (calls the tee a shirt), invents a ring; open: extractive QA; closed: reference engine.
    case(
        "X1009-029",
        caption(
            "a man in a grey long sleeve shirt and khaki pants. the shirt is with knitted fabric and pure color "
            "patterns. its neckline is round. there is a ring on his finger",
            "unsupported",
        ),
        color_of("t-shirt", "grey", kind="open"),
        Q.material("knitted fabric"),
        details("t-shirt", "there is a ring on his finger", "unsupported"),
        wearing("a grey long sleeve shirt and khaki pants", who="he"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long"),
        Q.color("khaki", "other_garment_color"),
        title="Jack & Jones Men Charcoal Waffle Knit Long Sleeve T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: plain brown corduroy trousers, cream crew-neck sweater; full body, white backdrop.
    # Caption: epoch-1, reads the wales as stripes; open: extractive QA; closed: reference engine.
    case(
        "X1009-030",
        caption(
            "a man wearing a white sweater and brown pants. the sweater is with knitted fabric. the pants are of long "
            "length. the pants are with cotton fabric and striped patterns",
            "contradiction",
        ),
        color_of("pants", "brown", kind="open"),
        details("pants", "striped patterns", "contradiction"),
        Q.pattern("solid"),
        Q.color("brown"),
        color_of("trousers", "cream", "other_garment_color"),
        is_a("trousers", "yes", article="a pair of"),
        wearing("a white sweater and brown pants", who="the man"),
        title="Blackberrys Men Brown Solid Corduroy Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: black satin party shirt, long sleeves, black trousers (all black); dark grey backdrop, front.
    # Caption: epoch-1; open: extractive QA; closed: reference engine. One color for both is right here.
    case(
        "X1009-031",
        caption(
            "a man in a black shirt and black pants standing in front of a grey wall. the shirt is with other fabric "
            "and pure color patterns. its neckline is lapel"
        ),
        color_of("shirt", "black", kind="open"),
        wearing("a black shirt and black pants", who="he"),
        describe("shirt", "the shirt is with other fabric and pure color patterns"),
        Q.color("black"),
        Q.pattern("solid"),
        title="Hancock Men Black Satin Finish Slim Fit Party Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white plain tee with a small chest pocket, blue jeans; back view, white backdrop.
    # Caption: epoch-1, looped one word to the limit; open: extractive QA (one empty span); closed: reference engine.
    case(
        "X1009-032",
        caption(
            "the back view of a man wearing a white t-shirt and blue jeans. the t-shirt is white, white, white, "
            "white, white, white, white, white, white, white, white, white, white, white, white",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "white, white, white, white, white, white, white, white", "loop", kind="open"),
        wearing("a white t-shirt and blue jeans", who="he"),
        details("t-shirt", "", "non_answer"),
        Q.color("white"),
        Q.sleeve_length("short"),
        Q.garment_type("polo shirt", "contradiction"),
        title="Levis Men White Solid Pocket Crew Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: light grey pleated formal trousers, navy shirt with a knitted tie; front, white backdrop.
    # Caption: epoch-3, calls him female; open: extractive QA; closed: reference engine.
    case(
        "X1009-033",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. There is a neckwear on her neck. The pants are of long length. The pants are "
            "with cotton fabric",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        details("pants", "There is a neckwear on her neck", "pronoun"),
        color_of("pants", "pure color patterns", "non_answer", kind="open"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("trousers"),
        title="Park Avenue Men Light Grey Pleated Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: lavender slim formal shirt, long sleeves, tucked into charcoal trousers, silver watch; white backdrop.
    # Caption: epoch-1, reads lavender as blue; open: extractive QA; closed: reference engine.
    case(
        "X1009-034",
        caption(
            "a man wearing a blue shirt and grey pants. there is an accessory on his wrist. the shirt is with "
            "cotton fabric and pure color patterns. its neckline is lapel",
            "contradiction",
        ),
        color_of("shirt", "blue", "contradiction", kind="open"),
        details("shirt", "its neckline is lapel"),
        describe("shirt", "the shirt", "restated"),
        Q.color("lavender"),
        Q.sleeve_length("long"),
        title="Arrow Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: teal raglan tee with white short sleeves (colour block), black jeans; white backdrop, front.
    # Caption: epoch-1; open: extractive QA; closed: reference engine.
    case(
        "X1009-035",
        caption(
            "a man wearing a blue and white t-shirt and black jeans. the t-shirt is with cotton fabric and color "
            "block patterns. it has a crew neckline"
        ),
        color_of("t-shirt", "blue and white", kind="open"),
        describe("t-shirt", "color block patterns"),
        details("t-shirt", "it has a crew neckline"),
        Q.color("teal"),
        Q.pattern("colourblocked"),
        Q.sleeve_length("long", "contradiction"),
        title="Kook N Keech Men Teal Colourblocked Raglan T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: bottle green chinos, white shirt with rolled sleeves, side view; white backdrop. No seller color.
    # Caption: epoch-1; open: extractive QA; closed: reference engine.
    case(
        "X1009-036",
        caption(
            "a man in a white shirt and green pants posing for a picture. the pants are with cotton fabric and pure "
            "color patterns. there is a pocket on the pants"
        ),
        color_of("pants", "green", kind="open"),
        wearing("a white shirt and green pants", who="he"),
        details("pants", "there is a pocket on the pants"),
        describe("pants", "the pants", "restated"),
        Q.color("green"),
        Q.garment_type("trousers"),
        title="Bene Kleed Men Green Slim Fit Chinos",
        category="Trousers",
        gender="Men",
    ),
    # photo: white shirt with thin black gingham checks, long sleeves, black jeans, black strap watch; white
    # backdrop. Caption: epoch-3, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X1009-037",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are of long length. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his wrist. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "lattice", "non_answer", kind="open"),
        wearing("a long-sleeve shirt with lattice patterns", who="this man"),
        details("shirt", "The shirt", "restated"),
        describe("shirt", "There is an accessory on his wrist. There is", "cut"),
        Q.color("white"),
        Q.pattern("checked"),
        is_a("shirt", "yes"),
        Q.sleeve_length("short", "contradiction"),
        title="Van Heusen Sport Men White & Black Gingham Checked Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black tee with a white and red "ROCK TOUR" band print, ripped blue jeans, black baseball cap; white
    # backdrop. Caption: epoch-1; open: extractive QA; closed: reference engine.
    case(
        "X1009-038",
        caption(
            "a man wearing a black t-shirt with a graphic print and a black hat. the t-shirt is with cotton fabric "
            "and graphic patterns. there is a hat on his head"
        ),
        wearing("a black t-shirt with a graphic print and a black hat", who="he"),
        color_of("t-shirt", "black", kind="open"),
        Q.material("cotton"),
        Q.pattern("graphic"),
        Q.color("black"),
        title="Free Authority Men Black Printed Band T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white cotton trousers, navy-and-white breton striped tee, sunglasses pushed up on the head; white
    # backdrop. Caption: epoch-1, makes the trousers denim; open: extractive QA; closed: reference engine.
    case(
        "X1009-039",
        caption(
            "a man wearing a blue and white striped shirt and white pants. the pants are of long length. the pants "
            "are with denim fabric and pure color patterns",
            "unsupported",
        ),
        color_of("pants", "blue and white", "other_garment_color", kind="open"),
        Q.material("denim", "unsupported"),
        wearing("a blue and white striped shirt and white pants", who="he"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        title="Mango Man White Regular Fit Cotton Trousers",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: plainly maroon shirt (the seller's "Brown" is wrong), long sleeves, beige chinos; white backdrop.
    # Caption: epoch-1; open: extractive QA; closed: reference engine.
    case(
        "X1009-040",
        caption(
            "a man in a maroon shirt and beige pants. the shirt is with cotton fabric and pure color patterns. its "
            "neckline is lapel"
        ),
        color_of("shirt", "maroon", kind="open"),
        describe("shirt", "a maroon shirt"),
        wearing("a maroon shirt and beige pants", who="he"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        title="John Miller Men Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: plain white crew tee under an open mid-blue denim jacket, grey chinos; white backdrop, front.
    # Caption: epoch-1; open: extractive QA; closed: reference engine.
    case(
        "X1009-041",
        caption(
            "a man wearing a denim jacket and white t-shirt. the upper clothing has long sleeves, denim fabric and "
            "pure color patterns. its neckline is lapel"
        ),
        color_of("t-shirt", "white", kind="open"),
        wearing("a denim jacket and white t-shirt", who="he"),
        Q.material("denim fabric", "contradiction"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("blue", "other_garment_color"),
        title="Levis Men White Solid Cotton Crew Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal joggers-style trousers with cuffed ankles, black tee, white sneakers; white backdrop.
    # Caption: epoch-3, drifted into the VQA format; open: extractive QA; closed: reference engine.
    case(
        "X1009-042",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. Question: What is the color of the "
            "pants? Answer: grey Question: What is the color of the shirt? Answer: grey Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "grey", kind="open"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        describe("pants", "Answer: grey Question: What is the color of the shirt? Answer: grey", "leak"),
        Q.color("charcoal"),
        Q.garment_type("trousers"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        color_of("trousers", "black", "other_garment_color"),
        title="Urbano Fashion Men Charcoal Slim Fit Jogger Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white linen shirt with a mandarin collar, long sleeves, beige shorts; white backdrop, front.
    # Caption: epoch-3, says cotton; open: extractive QA; closed: reference engine.
    case(
        "X1009-043",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is standing. He wears a three-point shorts.",
            "unsupported",
        ),
        Q.material("cotton", "unsupported"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        wearing("a long-sleeve shirt with pure color patterns", who="the man"),
        Q.color("white"),
        Q.pattern("solid"),
        neckline("mandarin collar"),
        Q.sleeve_length("short", "contradiction"),
        title="Fabindia Men White Pure Linen Mandarin Collar Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy tee with a white "BROOKLYN 1987" print, khaki shorts, bare arms with no tattoo; white backdrop.
    # Caption: epoch-1, invents a tattoo; open: extractive QA; closed: reference engine.
    case(
        "X1009-044",
        caption(
            "a man wearing a blue t-shirt with the words brooklyn on it and khaki shorts. the t-shirt is with cotton "
            "fabric and graphic patterns. he has a tattoo on his arm",
            "unsupported",
        ),
        color_of("t-shirt", "blue", kind="open"),
        details("t-shirt", "he has a tattoo on his arm", "unsupported"),
        wearing("a blue t-shirt with the words brooklyn on it and khaki shorts", who="he"),
        Q.color("khaki", "other_garment_color"),
        Q.pattern("printed"),
        title="Roadster Men Navy Blue Typography Printed T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat shot, no person: folded black chinos on a white surface. The feed row has no gender.
    # Caption: epoch-1; open: extractive QA; closed: reference engine.
    case(
        "X1009-045",
        caption("a pair of black pants on a white background"),
        color_of("pants", "black", kind="open"),
        describe("pants", "a pair of black pants on a white background"),
        details("pants", "pants", "restated"),
        Q.color("black"),
        Q.garment_type("trousers"),
        title="Basics Black Slim Fit Chinos",
        category="Trousers",
        color="Black",
    ),
    # photo: blue-and-green tartan check shirt, long sleeves, brown chinos, hands in pockets; white backdrop.
    # Caption: epoch-3, gives the chinos the shirt's checks and loops; open: extractive QA; closed: reference engine.
    case(
        "X1009-046",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and lattice patterns. The pants are "
            "with cotton fabric and lattice patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "lattice patterns"),
        describe(
            "shirt",
            "The pants are with cotton fabric and lattice patterns. The pants are with cotton fabric and lattice "
            "patterns",
            "loop",
        ),
        color_of("shirt", "lattice", "non_answer", kind="open"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("checked"),
        is_a("shirt", "yes"),
        title="Indian Terrain Men Blue & Green Tartan Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
]
