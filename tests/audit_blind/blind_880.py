"""BLIND_880 (46 products; Myntra men's casual wear, caption + extractive QA): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 113/131 failures found (86.3%) and 4/190 correct texts flagged
(2.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual wear (t-shirts, polos, casual shirts, jeans, chinos filed as Trousers,
shorts). Catalog photos on a white studio backdrop, a male model in full or three-quarter view, the listed garment
worn with other clothes (a tee with the jeans, chinos under a tucked shirt, an open flannel over a tee). The seller
columns are the feed's product_name (title), article_type (category), base_colour (color) and gender; two rows lack
a column, as real feeds do.

Who wrote what: the third experiment's pipeline. The caption comes from the first-epoch caption adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, 50 new tokens, greedy). It opens with the base
model's clause, which still names hues ("a man wearing a navy blue t-shirt and jeans"), and then falls into the
DeepFashion template ("the t-shirt is with cotton fabric and pure color patterns. it has a round neckline."), which
names only patterns, defaults the fabric to cotton, calls the wearer "the lady" out of habit and invents
accessories. It was trained without an end token: most captions stop after the template, but some run to the
50-token limit, looping a phrase or ending mid-sentence, and a few continue in the `Question: ... Answer:` format.
The open answers (What is he wearing? What is the color of the X? Describe the X. What are the X details? What
material is the garment made of?) come from the extractive QA model (mdeberta-v3-base-squad2) reading that caption:
each is a span of the caption, or empty when the model prefers no answer, so every caption failure travels into the
answers copied from it, and a span can stop short of its noun or pick the other garment's words. The closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference with the
untuned base model ranking candidate values: they are always one clean value, right or wrong.

Labeling conventions and judgement calls:
- One failure kind per text, the one a reviewer would name first. A caption that both loops and names a wrong color is
  labeled loop; a caption that says "the lady" and also defaults to cotton is labeled pronoun.
- An answer that gives the listed product the color of a garment worn with it (the tee's white for the jeans, the
  tucked shirt's white for the chinos) is other_garment_color, closed or open. A wrong value that belongs to no other
  garment in the photo (the print's black for a white tee, a long sleeve for a half-sleeve tee, "jeans" for a denim
  shirt, the other garment's pattern or type) is contradiction.
- A material the seller's title contradicts (cotton for a linen shirt) is contradiction. A detail nothing in the
  photo or the title supports (a hat, a watch, a bag, a chest pocket that is not there, a logo on the unseen back,
  denim for chinos, cotton for a Dry Cell polyester tee) is unsupported. Cotton for a plain jersey tee, a polo or a
  cotton casual shirt is taken as correct: the title does not deny it and the fabric looks it.
- Extractive QA answering a color question with the template's pattern words ("pure color", "stripe patterns"),
  with nothing, or with a single bare word for a describe/details question is non_answer. A span that gives back the
  question's own words as a sentence ("the shorts are of short length", "a man wearing a shirt") is restated.
- A span that stops short of its noun ("a grey t-shirt and", "a white t-shirt and black") is cut with no token limit;
  a caption that ends mid-sentence at 50 tokens is cut with hit_limit. Looping captions and the leak captions that
  run on in the question format are marked hit_limit too; a looped span copied from them is loop without hit_limit.
- "the lady", "a woman", "her", "she" for a product whose gender is Men is pronoun; "the person" and "the gentleman"
  are fine. Hues in a different word of the same color group (khaki/beige, maroon/red, teal/blue, rust/orange,
  charcoal/grey, indigo/navy blue) are correct; "lattice" for checks and "knitting" for knit are correct template
  words. A span that names both colors of a two-color shirt ("blue and white") is correct for that shirt.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing


def he(text, failure=None, hit_limit=False):
    """The experiments' "What is he wearing?", answered by extractive QA over the caption."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    """ "What is the color of the X?", answered by extractive QA over the caption (open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_880 = [
    # photo: navy blue plain half-sleeve crew-neck tee, light blue jeans, white sneakers, white backdrop, front view.
    # Caption: first-epoch caption adapter; open answers: extractive QA over it; closed: reference engine.
    case(
        "X880-001",
        caption(
            "a man wearing a navy blue t-shirt and light blue jeans. the t-shirt is with cotton fabric and pure color "
            "patterns. it has a round neckline."
        ),
        he("a navy blue t-shirt and light blue jeans"),
        col("t-shirt", "navy blue"),
        Q.color("navy blue"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        material("cotton"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white shirt with blue checks, long sleeves rolled to the elbow, untucked, no chest pocket, dark navy
    # jeans, white backdrop, front view. Caption adapter; extractive QA; reference engine.
    case(
        "X880-002",
        caption(
            "a man wearing a blue and white checked shirt and jeans. the shirt is with cotton fabric and lattice "
            "patterns. it has a lapel collar and a pocket on the chest.",
            "unsupported",
        ),
        he("a blue and white checked shirt and jeans"),
        col("shirt", "blue and white"),
        details("shirt", "a pocket on the chest", "unsupported"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        title="WROGN Men White & Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: mid-blue skinny jeans with light whiskering, plain white tee, white sneakers, white backdrop, front.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-003",
        caption(
            "a man wearing a white t-shirt and blue jeans. the t-shirt is with cotton fabric and pure color patterns. "
            "the jeans are with denim fabric and pure color patterns. she wears a pair of sneakers.",
            "pronoun",
        ),
        he("a white t-shirt and blue jeans"),
        col("jeans", "white", "other_garment_color"),
        details("jeans", "denim fabric and", "cut"),
        Q.color("blue"),
        Q.garment_type("jeans"),
        Q.pattern("solid"),
        is_a("pair of jeans", "yes"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki slim chinos, navy polo tee tucked in, brown belt, brown loafers, white backdrop, front view.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-004",
        caption(
            "a man wearing a navy blue polo shirt and khaki pants. the shirt is with cotton fabric and pure color "
            "patterns. it has a lapel collar. the pants are of long length."
        ),
        he("a navy blue polo shirt and khaki pants"),
        col("pants", "navy blue", "other_garment_color"),
        details("pants", "the pants are of long length", "restated"),
        Q.color("beige"),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: olive green cargo shorts with side flap pockets, white tee with a small chest print, white backdrop,
    # front view. Caption adapter (ran to the limit); extractive QA; reference engine.
    case(
        "X880-005",
        caption(
            "a man wearing a white t-shirt and green shorts. the shorts are with cotton fabric and pure color "
            "patterns. the shorts are with pockets, the shorts are with pockets, the shorts are with pockets, the "
            "shorts are with",
            "loop",
            hit_limit=True,
        ),
        he("a white t-shirt and green shorts"),
        col("shorts", "green"),
        details("shorts", "pockets, the shorts are with pockets, the shorts are with pockets", "loop"),
        Q.color("olive"),
        Q.garment_type("shorts"),
        Q.pattern("solid"),
        title="HRX by Hrithik Roshan Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: black half-sleeve tee with a large white-and-orange "NYC 1987" chest print, grey jeans, bare neck, white
    # backdrop, front view. Caption adapter; extractive QA; reference engine.
    case(
        "X880-006",
        caption(
            "a man wearing a black t-shirt with a graphic print and grey jeans. the t-shirt is with cotton fabric and "
            "graphic patterns. it has a round neckline. he wears a silver chain around his neck.",
            "unsupported",
        ),
        he("a black t-shirt with a graphic print and grey jeans"),
        col("t-shirt", "grey", "other_garment_color"),
        describe("t-shirt", "a black t-shirt with a graphic print"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        title="Mast & Harbour Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light pink long-sleeve button-down shirt, untucked, white chinos, white backdrop, front view.
    # Caption adapter (template only, "the lady"); extractive QA; reference engine.
    case(
        "X880-007",
        caption(
            "the lady wears a long-sleeve shirt with pure color patterns and long pants. her shirt is with cotton "
            "fabric. it has a lapel collar. her pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        he("a long-sleeve shirt with pure color patterns and long pants"),
        col("shirt", "pure color", "non_answer"),
        describe("shirt", "her shirt is with cotton fabric", "pronoun"),
        Q.color("pink"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        title="Mast & Harbour Men Pink Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black slim jeans, grey melange crew tee, black boots, white backdrop, three-quarter side view.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-008",
        caption(
            "a man in a grey t-shirt and black jeans standing in front of a white wall. the jeans are with denim "
            "fabric and pure color patterns."
        ),
        he("a grey t-shirt and", "cut"),
        col("jeans", "black"),
        details("jeans", "denim fabric and pure color patterns"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "no", "contradiction"),
        title="HIGHLANDER Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: red-and-white horizontal striped polo, short sleeves, white collar, navy shorts, steel watch on the left
    # wrist, white backdrop, front. Caption adapter (cut at the limit); extractive QA; reference engine.
    case(
        "X880-009",
        caption(
            "the gentleman wears a short-sleeve t-shirt with stripe patterns and a shorts. the t-shirt is with cotton "
            "fabric. it has a lapel collar. the shorts are with cotton fabric and pure color patterns. there is an "
            "accessory on his wrist. the",
            "cut",
            hit_limit=True,
        ),
        he("a short-sleeve t-shirt with stripe patterns and a shorts"),
        col("t-shirt", "stripe patterns", "non_answer"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short"),
        title="U.S. Polo Assn. Men Red & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, long sleeves, two chest flap pockets, snap buttons, black chinos, white backdrop,
    # front view. Caption adapter; extractive QA; reference engine.
    case(
        "X880-010",
        caption(
            "a man wearing a denim shirt and black pants. the shirt is with denim fabric and pure color patterns. it "
            "has a lapel collar and two pockets on the chest."
        ),
        he("a denim shirt and black pants"),
        col("shirt", "black", "other_garment_color"),
        details("shirt", "two pockets on the chest"),
        material("denim"),
        Q.color("blue"),
        Q.garment_type("jeans", "contradiction"),
        title="Levis Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light-wash blue denim shorts with frayed hems, plain black tee, white backdrop, front view.
    # Caption adapter (ran on in the question format); extractive QA; reference engine.
    case(
        "X880-011",
        caption(
            "a man wearing a black t-shirt and denim shorts. Question: what is the color of the shorts? Answer: blue. "
            "Question: what is the color of the t-shirt? Answer: black. Question: what is the",
            "leak",
            hit_limit=True,
        ),
        he("a black t-shirt and denim shorts"),
        col("shorts", "blue. Question: what is the color of the t-shirt? Answer: black", "leak"),
        details("shorts", "shorts", "non_answer"),
        Q.color("blue"),
        Q.garment_type("shorts"),
        title="Roadster Men Blue Washed Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive full-sleeve henley tee with a three-button placket, beige chinos, white sneakers, white backdrop,
    # front view. Caption adapter (cut at the limit); extractive QA; reference engine.
    case(
        "X880-012",
        caption(
            "a man wearing a green long sleeve t-shirt and khaki pants. the t-shirt is with cotton fabric and pure "
            "color patterns. it has buttons on the neckline. the pants are with cotton fabric and pure color "
            "patterns. the man wears a pair of white",
            "cut",
            hit_limit=True,
        ),
        he("a green long sleeve t-shirt and khaki pants"),
        describe("t-shirt", "a green long sleeve t-shirt"),
        details("t-shirt", "buttons on the neckline"),
        Q.color("olive"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short", "contradiction"),
        material("cotton"),
        title="HRX by Hrithik Roshan Men Olive Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy blue chinos, white oxford shirt tucked in with rolled sleeves, brown belt, bare head, white
    # backdrop, front view. Caption adapter (template only); extractive QA; reference engine.
    case(
        "X880-013",
        caption(
            "the gentleman wears a long-sleeve shirt with pure color patterns and long trousers. the shirt is with "
            "cotton fabric. the trousers are of long length. there is a belt. he wears a hat.",
            "unsupported",
        ),
        he("a long-sleeve shirt with pure color patterns and long trousers"),
        col("trousers", "", "non_answer"),
        details("trousers", "the trousers are of long length", "restated"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("trousers"),
        is_a("pair of trousers", "yes"),
        title="Louis Philippe Sport Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain white half-sleeve crew-neck tee, black cotton shorts, white backdrop, front view.
    # Caption adapter (base clause only); extractive QA; reference engine.
    case(
        "X880-014",
        caption("a man in a white t-shirt and black shorts posing for a photo"),
        he("a white t-shirt and black shorts"),
        col("t-shirt", "white"),
        describe("t-shirt", "a white t-shirt and black", "cut"),
        material("", "non_answer"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Jack & Jones Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy short-sleeve camp-collar shirt with a white and green palm-leaf print, beige shorts, white
    # backdrop, front view. Caption adapter; extractive QA; reference engine.
    case(
        "X880-015",
        caption(
            "a man wearing a blue shirt with palm leaves on it and beige shorts. the shirt is with cotton fabric and "
            "floral patterns. it has a lapel collar and buttons on the sleeves.",
            "unsupported",
        ),
        he("a blue shirt with palm leaves on it and beige shorts"),
        describe("shirt", "a blue shirt with palm leaves on it"),
        details("shirt", "buttons on the sleeves", "unsupported"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        title="HIGHLANDER Men Navy Blue & Green Slim Fit Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: dark navy distressed jeans with knee rips, plain black tee, white sneakers, white backdrop, front.
    # Caption adapter (looped to the limit); extractive QA; reference engine.
    case(
        "X880-016",
        caption(
            "a man wearing a black t-shirt and ripped jeans. the jeans are with denim fabric and pure color patterns. "
            "the jeans are ripped at the knees, ripped at the knees, ripped at the knees, ripped at the knees, ripped "
            "at the",
            "loop",
            hit_limit=True,
        ),
        he("a black t-shirt and ripped jeans"),
        col("jeans", "black", "other_garment_color"),
        details("jeans", "ripped at the knees, ripped at the knees, ripped at the knees", "loop"),
        Q.color("navy blue"),
        Q.garment_type("jeans"),
        title="Roadster Men Navy Blue Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon pique polo with a small embroidered chest logo, half sleeves, grey chinos, white backdrop, front.
    # Caption adapter (template only); extractive QA; reference engine.
    case(
        "X880-017",
        caption(
            "the person wears a short-sleeve t-shirt with pure color patterns. the t-shirt is with cotton fabric. it "
            "has a lapel collar. the person wears long pants. the pants are with cotton fabric and pure color "
            "patterns."
        ),
        he("a short-sleeve t-shirt with pure color patterns"),
        col("t-shirt", "pure color patterns", "non_answer"),
        describe("t-shirt", "a short-sleeve t-shirt with", "cut"),
        Q.color("red"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("long", "contradiction"),
        material("cotton"),
        title="Tommy Hilfiger Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy chino shorts, white short-sleeve shirt untucked, brown sandals, white backdrop, front view.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-018",
        caption(
            "a woman in a white shirt and blue shorts. her shorts are with cotton fabric and pure color patterns. "
            "the shorts are of short length.",
            "pronoun",
        ),
        he("a white shirt and blue shorts"),
        col("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts are of short length", "restated"),
        Q.color("navy blue"),
        Q.garment_type("shirt", "contradiction"),
        title="Celio Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy-and-white breton-striped full-sleeve crew-neck tee, olive chinos, white backdrop, front view.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-019",
        caption(
            "a man wearing a navy and white striped long sleeve shirt and green pants. the shirt is with cotton "
            "fabric and stripe patterns. it has a round neckline."
        ),
        he("a navy and white striped long sleeve shirt and", "cut"),
        col("t-shirt", "navy and white"),
        Q.color("green", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt", "contradiction"),
        title="Here&Now Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red-and-black buffalo-check flannel shirt worn open over a grey crew tee, blue jeans, white backdrop,
    # front view. Caption adapter (cut at the limit); extractive QA; reference engine.
    case(
        "X880-020",
        caption(
            "a man wearing a red and black plaid shirt over a grey t-shirt and blue jeans. the shirt is with cotton "
            "fabric and lattice patterns. it has a lapel collar. the t-shirt is with cotton fabric and pure color "
            "patterns. the jeans are with",
            "cut",
            hit_limit=True,
        ),
        he("a red and black plaid shirt over a grey t-shirt and blue jeans"),
        col("shirt", "grey", "other_garment_color"),
        describe("shirt", "a red and black plaid shirt"),
        Q.color("red"),
        Q.pattern("checked"),
        is_a("shirt", "yes"),
        title="Mufti Men Red & Black Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: light grey slim jeans, white tee under an open light-blue denim jacket, white backdrop, front view.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-021",
        caption(
            "a man wearing a denim jacket, white t-shirt and grey jeans. the jacket is with denim fabric and pure "
            "color patterns. the jeans are long."
        ),
        he("a denim jacket, white t-shirt and grey jeans"),
        col("jeans", "grey"),
        details("jeans", "the jeans are long", "non_answer"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        title="Flying Machine Men Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: mustard yellow crew-neck tee with a patch pocket on the left chest, black jeans, white backdrop, front.
    # Caption adapter (cut at the limit); extractive QA; reference engine.
    case(
        "X880-022",
        caption(
            "a man wearing a yellow t-shirt and black jeans. the t-shirt is with cotton fabric and pure color "
            "patterns. it has a round neckline and a pocket on the chest. the jeans are with denim fabric and pure "
            "color patterns. the jeans are",
            "cut",
            hit_limit=True,
        ),
        he("a yellow t-shirt and black jeans"),
        col("t-shirt", "yellow"),
        details("t-shirt", "a pocket on the chest"),
        Q.color("mustard"),
        Q.pattern("solid"),
        Q.garment_type("shirt", "contradiction"),
        material("cotton"),
        title="WROGN Men Mustard Yellow Solid Round Neck T-shirt with Pocket",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive chinos with cuffed hems, plain black crew tee, white sneakers, white backdrop, front view.
    # Caption adapter (template only); extractive QA; reference engine.
    case(
        "X880-023",
        caption(
            "the gentleman wears a short-sleeve t-shirt with pure color patterns and long trousers. the t-shirt is "
            "with cotton fabric. it has a round neckline. the trousers are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        he("a short-sleeve t-shirt with pure color patterns and long trousers"),
        col("trousers", "", "non_answer"),
        details("trousers", "the trousers are with denim fabric", "unsupported"),
        material("denim", "unsupported"),
        Q.color("olive"),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "no"),
        title="Indian Terrain Men Olive Green Brooklyn Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: white linen long-sleeve shirt with a mandarin collar, untucked, beige shorts, white backdrop, front.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-024",
        caption(
            "a man wearing a white shirt and beige shorts. the shirt is with cotton fabric and pure color patterns. "
            "it has a stand collar.",
            "contradiction",
        ),
        he("a white shirt and beige shorts"),
        col("shirt", "white"),
        describe("shirt", "a white shirt"),
        material("cotton", "contradiction"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("long"),
        title="Mast & Harbour Men White Linen Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange v-neck tee, navy shorts, bare wrists, no eyewear, white backdrop, front view.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-025",
        caption("a man in a grey v-neck t-shirt and blue shorts. he is wearing a watch and sunglasses.", "unsupported"),
        he("a grey v-neck t-shirt and blue shorts"),
        col("t-shirt", "grey"),
        details("t-shirt", "he is wearing a watch and sunglasses", "unsupported"),
        Q.color("grey"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("long", "contradiction"),
        title="Puma Men Grey Melange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: light blue slim jeans, blue-and-white checked long-sleeve shirt tucked in, tan belt, white backdrop,
    # front view. Caption adapter (template only, "the lady"); extractive QA; reference engine.
    case(
        "X880-026",
        caption(
            "the lady wears a long-sleeve shirt with lattice patterns and a long denim pants. her pants are with "
            "denim fabric and pure color patterns. there is a belt.",
            "pronoun",
        ),
        he("a long-sleeve shirt with lattice patterns and a long denim pants"),
        details("jeans", "her pants are with denim fabric and pure color patterns", "pronoun"),
        col("jeans", "lattice patterns", "non_answer"),
        Q.color("blue"),
        Q.pattern("checked", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Wrangler Men Blue Skanders Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy cotton shorts with a small white anchor print, plain white tee, no eyewear, white backdrop, front.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-027",
        caption(
            "a man wearing a white t-shirt and blue shorts with white anchors on them. the shorts are with cotton "
            "fabric and graphic patterns. he wears a pair of sunglasses.",
            "unsupported",
        ),
        he("a white t-shirt and blue shorts with white anchors on them"),
        col("shorts", "white", "other_garment_color"),
        details("shorts", "white anchors"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.garment_type("trousers", "contradiction"),
        title="Moda Rapido Men Navy Blue Printed Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white half-sleeve tee with a black Batman logo on the chest, blue jeans, white backdrop, front view
    # only (the back is not shown). Caption adapter; extractive QA; reference engine.
    case(
        "X880-028",
        caption(
            "a man wearing a white t-shirt with a batman logo on it and blue jeans. the t-shirt is with cotton fabric "
            "and graphic patterns. it has a round neckline and a logo on the back.",
            "unsupported",
        ),
        he("a white t-shirt with a batman logo on it and blue jeans"),
        col("t-shirt", "white"),
        describe("t-shirt", "a white t-shirt with a batman logo on it"),
        Q.color("black", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        title="Kook N Keech Batman Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive utility shirt with two chest flap pockets and epaulettes, long sleeves, black jeans, white
    # backdrop, front view. Caption adapter (looped to the limit); extractive QA; reference engine.
    case(
        "X880-029",
        caption(
            "a man wearing a green shirt and black jeans. the shirt has two pockets on the chest, two pockets on the "
            "chest, two pockets on the chest, two pockets on the chest, two pockets on the chest, two",
            "loop",
            hit_limit=True,
        ),
        he("a green shirt and black jeans"),
        col("shirt", "green"),
        details("shirt", "two pockets on the chest, two pockets on the chest, two pockets on the chest", "loop"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        title="Roadster Men Olive Green Regular Fit Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: charcoal grey skinny jeans, black printed tee, black sneakers, white backdrop, front view.
    # Caption adapter (ran on in the question format); extractive QA; reference engine.
    case(
        "X880-030",
        caption(
            "a man wearing a black t-shirt and grey jeans Question: what is the man wearing? Answer: a black t-shirt "
            "and grey jeans Question: what is the color of the jeans? Answer: grey Question: what is the color of the "
            "t-",
            "leak",
            hit_limit=True,
        ),
        he("a black t-shirt and grey jeans Question: what is the man wearing? Answer: a black t-shirt", "leak"),
        col("jeans", "grey"),
        details("jeans", "Answer: grey", "leak"),
        Q.color("charcoal"),
        Q.garment_type("jeans"),
        title="Spykar Men Charcoal Grey Skinny Fit Low-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: teal half-sleeve crew-neck training tee, white shorts, white backdrop, front view. The feed row has no
    # gender column. Caption adapter (base clause only); extractive QA; reference engine.
    case(
        "X880-031",
        caption("a man in a teal t-shirt and white shorts standing on a white background"),
        he("a teal t-shirt and white shorts"),
        col("t-shirt", "teal"),
        describe("t-shirt", "a man in a teal t-shirt"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.garment_type("polo shirt", "contradiction"),
        Q.sleeve_length("short"),
        title="Nike Men Teal Dri-FIT Solid Training T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # photo: black short-sleeve shirt with small white polka dots, grey chinos, white backdrop, front view.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-032",
        caption(
            "a man wearing a black and white polka dot shirt and grey pants. the shirt is with cotton fabric and "
            "graphic patterns. it has a lapel collar."
        ),
        he("a black and white polka dot shirt and grey pants"),
        col("shirt", "grey", "other_garment_color"),
        describe("shirt", "a black and white polka dot shirt"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        title="Highlander Men Black & White Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange knit shorts with a drawstring waist, navy crew tee, white sneakers, white backdrop, front.
    # Caption adapter (looped to the limit); extractive QA; reference engine.
    case(
        "X880-033",
        caption(
            "the gentleman wears a short-sleeve t-shirt with pure color patterns and a shorts. the shorts are with "
            "knitting fabric and pure color patterns, the shorts are with knitting fabric and pure color patterns, "
            "the shorts are with knitting",
            "loop",
            hit_limit=True,
        ),
        he("a short-sleeve t-shirt with pure color patterns and a", "cut"),
        details("shorts", "a shorts", "non_answer"),
        material("knitting"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: rust orange crew-neck tee with a white "BROOKLYN" text print, blue jeans, white backdrop, front view.
    # Caption adapter ("the lady"); extractive QA; reference engine.
    case(
        "X880-034",
        caption(
            "the lady is wearing an orange t-shirt with letters on it and blue jeans. her t-shirt is with cotton "
            "fabric and graphic patterns.",
            "pronoun",
        ),
        he("an orange t-shirt with letters on it and blue jeans"),
        col("t-shirt", "orange"),
        describe("t-shirt", "her t-shirt is with cotton fabric and graphic patterns", "pronoun"),
        Q.color("orange"),
        Q.pattern("printed"),
        title="Roadster Men Rust Orange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: stone beige chinos, light blue oxford shirt with rolled sleeves, brown derby shoes, white backdrop,
    # front view. Caption adapter (cut at the limit); extractive QA; reference engine.
    case(
        "X880-035",
        caption(
            "a man wearing a light blue shirt and beige pants. the shirt is with cotton fabric and pure color "
            "patterns. it has a lapel collar. the pants are with cotton fabric and pure color patterns. the man wears "
            "a pair of brown",
            "cut",
            hit_limit=True,
        ),
        he("a light blue shirt and beige pants"),
        col("pants", "beige"),
        details("pants", "cotton fabric and pure color patterns"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("trousers"),
        title="United Colors of Benetton Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: sky blue short-sleeve shirt with thin white vertical pinstripes, navy shorts, white backdrop, front.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-036",
        caption(
            "a man wearing a blue and white striped shirt and navy shorts. the shirt is with cotton fabric and stripe "
            "patterns. it has a lapel collar. the shirt has short sleeves and epaulettes on the shoulders.",
            "unsupported",
        ),
        he("a blue and white striped shirt and navy shorts"),
        col("shirt", "blue and white"),
        details("shirt", "short sleeves and epaulettes on the shoulders", "unsupported"),
        Q.sleeve_length("short"),
        Q.pattern("checked", "contradiction"),
        is_a("shirt", "yes"),
        title="Peter England Casuals Men Blue Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: lavender pique polo, half sleeves, white chinos, white backdrop, front view.
    # Caption adapter ("a woman"); extractive QA; reference engine.
    case(
        "X880-037",
        caption(
            "a woman wearing a purple polo shirt and white pants. the shirt is with cotton fabric and pure color "
            "patterns. it has a lapel collar.",
            "pronoun",
        ),
        he("a purple polo shirt and white pants"),
        col("t-shirt", "white", "other_garment_color"),
        describe("t-shirt", "a purple polo shirt"),
        Q.color("lavender"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short"),
        title="Allen Solly Sport Men Lavender Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: dark indigo slim jeans, plain white tee, brown boots, no rings, bare head, white backdrop, front view.
    # Caption adapter (template only); extractive QA; reference engine.
    case(
        "X880-038",
        caption(
            "the person wears a short-sleeve t-shirt with pure color patterns and long jeans. the jeans are with "
            "denim fabric and pure color patterns. there is a ring on his finger and a hat on his head.",
            "unsupported",
        ),
        he("a short-sleeve t-shirt with pure color patterns and long jeans"),
        details("jeans", "a ring on his finger", "unsupported"),
        col("jeans", "pure color", "non_answer"),
        Q.color("navy blue"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="Levis Men Indigo 511 Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: khaki chino shorts, navy-and-white striped crew tee, white sneakers, white backdrop, front view.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-039",
        caption(
            "a man wearing a blue and white striped t-shirt and khaki shorts. the shorts are of short length. the "
            "shorts are with cotton fabric and pure color patterns."
        ),
        he("a blue and white striped t-shirt and khaki", "cut"),
        details("shorts", "the shorts are of short length", "restated"),
        col("shorts", "blue and white", "other_garment_color"),
        Q.color("khaki"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("shorts"),
        title="Jack & Jones Men Khaki Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: charcoal grey button-down shirt, long sleeves, black jeans, white backdrop, front view.
    # Caption adapter (ran on in the question format); extractive QA; reference engine.
    case(
        "X880-040",
        caption(
            "a man in a grey shirt and black jeans Answer: a grey shirt and black jeans Question: what is the color "
            "of the shirt? Answer: grey Question: what is the color of the jeans? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        he("a grey shirt and black jeans"),
        col("shirt", "grey Question: what is the color of the jeans? Answer: black", "leak"),
        describe("shirt", "Answer: a grey shirt", "leak"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        title="Celio Men Charcoal Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black polyester training tee with a small reflective logo, grey shorts, white backdrop, front view.
    # The feed row has no base colour. Caption adapter; extractive QA; reference engine.
    case(
        "X880-041",
        caption(
            "a man wearing a black t-shirt and grey shorts. the t-shirt is with cotton fabric and pure color "
            "patterns. it has a round neckline.",
            "unsupported",
        ),
        he("a black t-shirt and grey shorts"),
        col("t-shirt", "black"),
        material("cotton", "unsupported"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt"),
        title="Puma Men Black Solid Round Neck Dry Cell T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: light grey regular-fit chinos, navy crew tee, white sneakers, white backdrop, front view.
    # Caption adapter (template only, "the lady"); extractive QA; reference engine.
    case(
        "X880-042",
        caption(
            "the lady wears a short-sleeve t-shirt with pure color patterns and long trousers. the t-shirt is with "
            "cotton fabric. it has a round neckline. the trousers are of long length. she wears a pair of sneakers.",
            "pronoun",
        ),
        he("a short-sleeve t-shirt with pure color patterns and long trousers"),
        details("trousers", "long trousers", "non_answer"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        is_a("pair of trousers", "yes"),
        title="Mast & Harbour Men Grey Regular Fit Solid Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: green-and-navy tartan check shirt, long sleeves, one chest pocket, buttoned, khaki chinos, white
    # backdrop, front view. Caption adapter (looped to the limit); extractive QA; reference engine.
    case(
        "X880-043",
        caption(
            "a man wearing a green and blue plaid shirt and khaki pants. the shirt is with cotton fabric and lattice "
            "patterns. it has a lapel collar, a pocket on the chest, a lapel collar, a pocket on the chest, a lapel "
            "collar, a",
            "loop",
            hit_limit=True,
        ),
        he("a green and blue plaid shirt and khaki pants"),
        col("shirt", "green and blue"),
        describe("shirt", "shirt", "non_answer"),
        Q.color("navy blue", "contradiction"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        title="Indian Terrain Men Green & Navy Blue Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: colour-blocked tee, white body with navy short raglan sleeves, no pocket, mid-blue jeans, white
    # backdrop, front view. Caption adapter; extractive QA; reference engine.
    case(
        "X880-044",
        caption(
            "a man wearing a white and blue t-shirt and blue jeans. the t-shirt is with cotton fabric and color block "
            "patterns. it has a round neckline and a pocket on the chest.",
            "unsupported",
        ),
        he("a white and blue t-shirt and blue jeans"),
        col("t-shirt", "white and blue"),
        details("t-shirt", "a round neckline and a pocket on the chest", "unsupported"),
        Q.color("white"),
        Q.pattern("colour blocked"),
        Q.sleeve_length("long", "contradiction"),
        title="Roadster Men White & Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue heavily distressed jeans, red-and-black checked shirt open over a white tee, white backdrop,
    # front view. Caption adapter (looped to the limit); extractive QA; reference engine.
    case(
        "X880-045",
        caption(
            "a man wearing a red and black checked shirt, a white t-shirt and blue jeans. the jeans are blue-blue-"
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        he("a red and black checked shirt, a white t-shirt and blue jeans"),
        col("jeans", "blue-blue-blue-blue-blue-blue-blue-blue", "loop"),
        details("jeans", "", "non_answer"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="Pepe Jeans Men Blue Slim Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black denim shorts, white short-sleeve shirt, empty hands, white backdrop, front view.
    # Caption adapter; extractive QA; reference engine.
    case(
        "X880-046",
        caption(
            "a man wearing a white shirt and black shorts. he is holding a bag in his hand. the shorts are with denim "
            "fabric and pure color patterns.",
            "unsupported",
        ),
        he("a white shirt and black shorts"),
        col("shorts", "black"),
        material("denim"),
        details("shorts", "he is holding a bag in his hand", "unsupported"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        title="Killer Men Black Solid Regular Fit Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
]
