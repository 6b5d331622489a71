"""BLIND_864 (46 products; Myntra men's tops with jeans, caption adapter ep2): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 116/131 failures found (88.5%) and 3/175 correct texts flagged
(1.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's t-shirts, shirts and polo t-shirts (article_type Tshirts or Shirts, polos filed
under Tshirts as Myntra does), each photographed on a model against the white studio backdrop, the top worn with
jeans or chinos (sometimes over an inner t-shirt, sometimes with a belt, a watch or sneakers in frame). The labelled
product is always the top; the jeans or chinos are the other garment. One row lacks gender, one lacks the category,
one lacks the color, as real feeds do.

Who wrote what: the caption and every open answer come from BLIP-2 OPT-2.7b with the caption LoRA adapter stopped
at epoch 2 (the checkpoint between the published epoch-1 and epoch-3 adapters), greedy, 50 new tokens for captions
and 30 for answers. It writes the DeepFashion template ("This man wears a long-sleeve shirt with pure color
patterns. The shirt is with cotton fabric and its neckline is lapel...") with patterns instead of hues, calls
checks "lattice", calls a polo collar "lapel", and tacks on accessories ("There is an accessory on his wrist", "This
man wears a tie") that may or may not be there. At epoch 2 short questions still often get a short base-style
answer ("a grey t-shirt and black jeans"); the describe and details questions drift into the template, which has no
trained end, so it loops or runs to the limit and is cut. It sometimes says "the lady" or "her" for a man. It has
learnt the prompt format from the unmasked labels and sometimes writes "Question: ... Answer:" on its own. Closed
answers (color, pattern, sleeve length, garment type, "Is this a ...?") come from enrich's --engine reference, which
picks one candidate value: never a loop or a cut, but often the jeans' or chinos' color, or a wrong sleeve or pattern.

Labeling conventions and judgement calls:
- One label per text, the dominant failure. A text that repeats a phrase until the limit is a loop even if the phrase
  is also wrong or is the question echoed back; a text that writes "Question:"/"Answer:" is a leak even if it then
  repeats; a template run cut mid-sentence at the limit is a cut even when what precedes the cut is right.
- hit_limit=True on every text that ran to its token limit (loops, cuts, leaks that ran on); texts that stopped on
  their own have hit_limit False.
- other_garment_color: the product (the top) is given the color of the jeans, chinos or inner t-shirt in the photo.
  The reverse (the jeans or chinos given the top's color) is a contradiction, as is a color taken from the top's own
  print or check lines, or a shade read into the wrong family (orange for peach, green for turquoise, red for orange,
  white for pale pink, blue for purple).
- A pattern or sleeve length against the photo and the caption, a garment type against the seller's category, "yes"
  to "Is this a pair of jeans?" for a shirt and "no" to "Is this a polo shirt?" for a polo are contradictions.
- A wrong material is unsupported (the catalog rarely names one) unless the title names the material, where the
  caption's "cotton fabric" against a "Linen" title is a contradiction. Accessories, pockets, zips, hoods, logos,
  cufflinks and jackets that the photo does not show are unsupported; an accessory that is there (the watch on the
  pink polo's model) is correct.
- Light shades named by their family are correct: cream called white, khaki called beige, olive called green, teal
  and light blue called blue, lavender called purple, charcoal and grey melange called grey, maroon called red.
- pronoun: she, her, "the lady" for a Men row. The row without gender carries no pronoun label.
- non_answer: a one-word or yes/no answer to an open question ("it", "shirt", "yes", "navy", "buttons"); restated: the
  question's words given back ("The polo shirt has details.", "the polo shirt is a polo shirt"), without a loop.
- Correct answers name the top's color, print and layers as the photo has them; "a t-shirt and pants" is vague but
  right, and so correct.
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


def he(text, failure=None, hit_limit=False):
    """The experiments' "What is he wearing?" for the men's rows."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


# the experiments' "What are the jeans details?", kept apart from the top's details question
jeans_details = question("details_jeans", "What are the jeans details?", "open")


BLIND_864 = [
    # photo: navy-and-white checked long-sleeve shirt, untucked, over light-blue jeans; white backdrop, front view,
    # cropped at the knee. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-001",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long pants. The pants are with denim fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a shirt and jeans"),
        color_of("shirt", "navy blue"),
        color_of("jeans", "blue"),
        Q.pattern("checked"),
        details("shirt", "it has a collar, long sleeves and a button placket"),
        jeans_details(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure"
            " color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew-neck t-shirt with a large white Puma cat logo on the chest, grey-washed slim jeans; white
    # backdrop, front view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-002",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        he("a grey t-shirt and grey jeans", "other_garment_color"),
        color_of("t-shirt", "grey", "other_garment_color"),
        describe("t-shirt", "a black t-shirt with a white puma logo on the front"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        is_a("t-shirt", "yes"),
        Q.material("cotton"),
        title="Puma Men Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain white long-sleeve formal shirt with one chest pocket, tucked into beige chinos, brown belt;
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-003",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric"
            " and its neckline is lapel. This gentleman wears a long trousers. The trousers are with cotton fabric"
            " and pure color",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and khaki pants"),
        color_of("shirt", "beige", "other_garment_color"),
        color_of("pants", "beige"),
        describe("shirt", "a white shirt"),
        details(
            "shirt",
            "it has a pocket on the chest, a pocket on the chest, a pocket on the chest, a pocket on the chest,"
            " a pocket",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Arrow Men White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: red pique polo with white-tipped collar and a small navy embroidered logo, dark indigo jeans, hands in
    # pockets; white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-004",
        caption(
            "The guy wears a short-sleeve shirt with pure color patterns. It is with cotton fabric. It has a lapel"
            " neckline. The guy wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        he(
            "a red polo shirt and blue jeans Question: What is the color of the jeans? Answer: blue Question: What"
            " is the color of",
            "leak",
            hit_limit=True,
        ),
        color_of("polo shirt", "red"),
        is_a("polo shirt", "no", "contradiction"),
        describe("polo shirt", "a red polo shirt with a white collar and a small logo"),
        Q.material("denim", "unsupported"),
        title="U.S. Polo Assn. Men Solid Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: heather-grey crew-neck t-shirt with a small black swoosh on the chest, black jeans; white backdrop,
    # front view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The lady wears a long pants. The pants are with denim fabric and solid color"
            " patterns.",
            "pronoun",
        ),
        color_of("t-shirt", "grey"),
        color_of("jeans", "black"),
        he("a grey t-shirt and black jeans"),
        details("t-shirt", "a nike logo on the chest"),
        describe("t-shirt", "a grey t-shirt with a black nike logo and a pocket on the left sleeve", "unsupported"),
        Q.material("polyester"),
        title="Nike Men Grey Melange Dri-FIT T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: light-blue and white pinstriped long-sleeve shirt, sleeves rolled to the elbow, navy chinos; white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-006",
        caption(
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        color_of("shirt", "navy blue", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its"
            " neckline is lapel. The shirt is",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a blue and white striped shirt with rolled up sleeves"),
        title="Peter England Men Blue Striped Slim Fit Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive polo with a two-button placket, beige chinos, no watch or other accessory; white backdrop,
    # three-quarter view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-007",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants"
            " this man wears is of long length. The pants are with cotton fabric and pure color patterns. There is"
            " an accessory on his wrist.",
            "unsupported",
        ),
        color_of("polo shirt", "olive"),
        color_of("chinos", "beige"),
        Q.color("beige", "other_garment_color"),
        he("a green polo shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        details("polo shirt", "it has a collar and two buttons"),
        title="Flying Machine Men Olive Solid Polo T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, long sleeves, two buttoned chest flap pockets, no zip, over black jeans; white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-008",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its"
            " neckline is lapel. This man wears a long pants. The pants are with denim fabric and solid color"
            " patterns."
        ),
        color_of("shirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        Q.material("denim"),
        details("shirt", "two pockets on the chest and a zipper", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Levis Men Indigo Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon solid long-sleeve shirt, fully buttoned, no pockets, over light grey chinos; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-009",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric"
            " and its neckline is lapel. This gentleman wears a long trousers. The trousers are with cotton fabric"
            " and pure",
            "cut",
            hit_limit=True,
        ),
        he("She is wearing a red shirt and grey pants", "pronoun"),
        color_of("shirt", "maroon"),
        color_of("pants", "grey"),
        describe("shirt", "shirt", "non_answer"),
        details(
            "shirt",
            "it has a pocket on the chest, a pocket on the sleeve, a pocket on the back, a pocket on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Highlander Men Maroon Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white crew-neck t-shirt with a green and orange "UCB" letter print on the front, mid-blue jeans;
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-010",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The guy wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        he(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The guy",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        Q.pattern("printed"),
        describe("t-shirt", "a white t-shirt with a green and orange print on the front"),
        details(
            "t-shirt",
            "a white t-shirt with a green and orange print on the front and a green and orange print on the back"
            " and a green and orange print",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="United Colors of Benetton Men White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: pale pink solid long-sleeve formal shirt, spread collar, button cuffs, tucked into navy chinos with a
    # black belt; white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-011",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and solid color"
            " patterns. This man wears a belt."
        ),
        color_of("shirt", "white", "contradiction"),
        color_of("chinos", "navy blue"),
        he("Question: What is he wearing? Answer: a pink shirt and blue pants", "leak"),
        details("shirt", "a spread collar and buttoned cuffs"),
        Q.material("cotton"),
        title="Van Heusen Men Pink Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: mustard-yellow round-neck t-shirt, plain black jeans; white backdrop, front view.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-012",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The man wears a long pants. The pants are with denim fabric and solid color"
            " patterns. The man wears a",
            "cut",
            hit_limit=True,
        ),
        he("Answer: a yellow t-shirt and black jeans", "leak"),
        color_of("t-shirt", "yellow"),
        color_of("jeans", "black"),
        describe("t-shirt", "a yellow t-shirt with a round neck and short sleeves"),
        details("t-shirt", "yes", "non_answer"),
        is_a("polo shirt", "no"),
        title="Roadster Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy pique polo with white tipping on the collar and sleeve hems, khaki chinos; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-013",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants"
            " this man wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("polo shirt", "khaki", "other_garment_color"),
        color_of("chinos", "khaki"),
        Q.sleeve_length("short sleeves"),
        details("polo shirt", "white stripes on the collar and the sleeves"),
        he("a blue polo shirt and beige pants"),
        Q.material("nylon", "unsupported"),
        title="Allen Solly Men Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red-and-black buffalo-check flannel shirt worn open over a plain black crew t-shirt, dark blue jeans;
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-014",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long pants. The pants are with denim fabric and solid color"
            " patterns."
        ),
        color_of("shirt", "red"),
        Q.pattern("solid", "contradiction"),
        he("a red and black plaid shirt over a black t-shirt and jeans"),
        describe("shirt", "a red and black plaid flannel shirt worn open"),
        Q.material("leather", "unsupported"),
        details("shirt", "The shirt details are the shirt.", "restated"),
        title="Wrangler Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal long-sleeve henley t-shirt with a three-button placket, light-wash blue jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-015",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "grey"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("t-shirt", "three buttons at the neck"),
        he("a gray sweater and blue jeans", "contradiction"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has"
            " a round neckline. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        title="Jack & Jones Men Charcoal Henley T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: beige linen long-sleeve shirt, sleeves rolled to the elbow, white jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-016",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric"
            " and its neckline is lapel. This gentleman wears a long pants. The pants are with denim fabric and pure"
            " color patterns.",
            "contradiction",
        ),
        color_of("shirt", "white", "other_garment_color"),
        color_of("jeans", "white"),
        Q.material("linen"),
        describe("shirt", "a beige shirt with long sleeves rolled up to the elbows"),
        details("shirt", "the details of the shirt are the shirt's details", "restated"),
        title="Basics Men Beige Slim Fit Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: teal short-sleeve shirt with a small white floral print all over and a plain patch pocket, mid-blue
    # jeans; white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-017",
        caption(
            "The guy wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The guy wears a long pants. The pants are with denim fabric and solid color"
            " patterns."
        ),
        color_of("shirt", "blue"),
        color_of("jeans", "blue"),
        Q.pattern("floral"),
        details("shirt", "white flowers all over, short sleeves and a chest pocket with a zip", "unsupported"),
        he("a blue shirt with white flowers and blue jeans"),
        describe(
            "shirt",
            "a blue floral shirt Question: Describe the jeans. Answer: blue jeans Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Mufti Men Teal Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: white polo with three black stripes on the shoulders and a small black logo, grey chinos, bare wrists;
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-018",
        caption(
            "His shirt has short sleeves, cotton fabric and striped patterns. It has a lapel neckline. The pants this"
            " man wears is of long length. The pants are with cotton fabric and pure color patterns. There is an"
            " accessory on his wrist. This person wears",
            "cut",
            hit_limit=True,
        ),
        color_of("polo shirt", "white"),
        color_of("chinos", "white", "contradiction"),
        is_a("polo shirt", "yes"),
        details("polo shirt", "three black stripes on the shoulders and an adidas logo on the chest"),
        Q.material("polyester"),
        title="Adidas Men White Climalite Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: lavender solid long-sleeve shirt, no tie, no pocket, tucked into charcoal chinos with a tan belt;
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-019",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and solid color"
            " patterns. This man wears a tie.",
            "unsupported",
        ),
        color_of("shirt", "purple"),
        he("a purple shirt and gray pants"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its"
            " neckline is lapel",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "button cuffs, a pointed collar and a pocket on the left side of the chest with a flap",
            "unsupported",
        ),
        Q.garment_type("shirt"),
        title="Louis Philippe Men Lavender Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy-and-white horizontal breton-striped crew t-shirt, beige chinos, white sneakers, no watch; white
    # backdrop, full length. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-020",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
            " The man wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue"),
        Q.pattern("striped"),
        color_of("chinos", "beige"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("t-shirt", "navy and white horizontal stripes"),
        he("he is wearing a blue and white striped shirt and tan pants, white sneakers, a watch", "unsupported"),
        title="Tommy Hilfiger Men Navy Blue & White Striped T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black solid long-sleeve poplin shirt, buttoned, over mid-blue jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-021",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its"
            " neckline is lapel. This man wears a long pants. The pants are with denim fabric and solid color"
            " patterns.",
            "unsupported",
        ),
        color_of("shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        he("black shirt and blue jeans"),
        details("shirt", "What are the shirt details? The shirt details are", "restated"),
        describe("shirt", "a blue shirt", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="Spykar Men Black Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: bright yellow polo with a small white swoosh, dark navy jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-022",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. It is with cotton fabric. It has a"
            " lapel neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        color_of("polo shirt", "yellow"),
        is_a("polo shirt", "yes"),
        describe("polo shirt", " ".join(["yellow"] * 30), "loop", hit_limit=True),
        Q.material("polyester"),
        title="Nike Men Yellow Dri-FIT Polo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: white shirt with thin blue windowpane checks, long sleeves, untucked over dark blue jeans; white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-023",
        caption(
            "This gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and"
            " its neckline is lapel. This gentleman wears a long pants. The pants are with denim fabric and solid"
            " color patterns."
        ),
        color_of("shirt", "blue", "contradiction"),
        Q.pattern("checked"),
        he("a white shirt and blue jeans"),
        details(
            "shirt",
            "the collar, the buttons, the cuffs, the collar, the buttons, the cuffs, the collar, the buttons, the"
            " cuffs, the",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "it", "non_answer"),
        title="Indigo Nation Men White & Blue Checked Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: bottle-green crew t-shirt with a white and yellow "BROOKLYN 87" type print, no hood, no pocket, khaki
    # chinos; white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-024",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The guy wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "green"),
        color_of("chinos", "khaki"),
        Q.pattern("solid", "contradiction"),
        details("t-shirt", "brooklyn 87 printed on the front in white and yellow"),
        describe(
            "t-shirt", "a green t-shirt with the words brooklyn 87 on it, a hood and a kangaroo pocket", "unsupported"
        ),
        he(
            "Question: What is he wearing? Answer: Question: What is he wearing? Answer: Question: What is he"
            " wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Locomotive Men Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: royal-blue v-neck t-shirt without pockets, grey jeans; white backdrop. The row has no gender.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-025",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It"
            " has a v-shape neckline. The man wears a long pants. The pants are with denim fabric and solid color"
            " patterns."
        ),
        color_of("t-shirt", "grey", "other_garment_color"),
        color_of("jeans", "grey"),
        details("t-shirt", "a v-neck and a chest pocket", "unsupported"),
        Q.sleeve_length("short sleeves"),
        he("a blue t-shirt and grey jeans"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a v-shape neckline. The T-shirt is with cotton fabric. It"
            " has a v-shape",
            "loop",
            hit_limit=True,
        ),
        title="Proline Men Blue Solid V-Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: maroon polo with thin white horizontal stripes, mid-blue jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-026",
        caption(
            "His shirt has short sleeves, cotton fabric and striped patterns. It has a lapel neckline. The pants"
            " this man wears is of long length. The pants are with denim fabric and solid color patterns."
        ),
        color_of("polo shirt", "blue", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        describe("polo shirt", "a maroon and white striped polo shirt"),
        details("polo shirt", "The polo shirt has details.", "restated"),
        he("a striped polo and jeans"),
        title="Classic Polo Men Maroon Striped Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey-and-black small gingham check shirt, long sleeves, black chinos; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-027",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and solid color"
            " patterns."
        ),
        color_of("shirt", "grey"),
        color_of("chinos", "black"),
        he(
            "a grey checked shirt and black pants. The man wears a long-sleeve shirt with lattice patterns. The"
            " shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "the shirt details are on the shirt", "restated"),
        title="Peter England Men Grey Checked Slim Fit Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: plain orange polo with a small white logo on the chest, light-blue jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-028",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color"
            " patterns."
        ),
        color_of("polo shirt", "red", "contradiction"),
        he("orange", "non_answer"),
        describe("polo shirt", "an orange polo shirt with a white fila logo on the chest"),
        is_a("t-shirt", "yes"),
        details(
            "polo shirt",
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man",
            "cut",
            hit_limit=True,
        ),
        title="Fila Men Orange Solid Polo T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: olive cotton-twill utility shirt with two flap chest pockets and shoulder epaulettes, sleeves rolled,
    # black jeans; white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-029",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric"
            " and its neckline is lapel. This gentleman wears a long pants. The pants are with denim fabric and solid"
            " color patterns."
        ),
        color_of("shirt", "olive"),
        details("shirt", "two flap pockets on the chest and straps on the shoulders"),
        describe(
            "shirt",
            "The shirt is olive green with two pockets. Question: Describe the jeans. Answer: The jeans are black."
            " Question",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "olive", "contradiction"),
        he("He is wearing an olive green shirt and black jeans"),
        title="Roadster Men Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black t-shirt with a large red-and-white skull print, distressed mid-blue jeans ripped at the knees,
    # nothing on the head or neck; white backdrop. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X864-030",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The guy wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "red", "contradiction"),
        Q.pattern("graphic"),
        details("t-shirt", " ".join(["a"] + ["skull"] * 29), "loop", hit_limit=True),
        describe("t-shirt", "a black t-shirt with a red and white skull on the front"),
        jeans_details("rips on the knees and a faded wash"),
        he("a black t-shirt with a skull and blue jeans and a bandana", "unsupported"),
        title="Killer Men Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy shirt with thin white stripes, long sleeves with plain button cuffs, tucked into beige chinos,
    # brown belt; white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-031",
        caption(
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and solid color"
            " patterns. He wears a belt."
        ),
        color_of("shirt", "navy blue"),
        color_of("chinos", "beige"),
        he("she is wearing a blue striped shirt and khaki pants", "pronoun"),
        details("shirt", "thin white stripes, a chest pocket and french cuffs with cufflinks", "unsupported"),
        describe(
            "shirt",
            "a blue and white striped shirt Question: What is the color of the belt? Answer: brown Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        is_a("pair of jeans", "no"),
        title="Arrow Men Navy Blue Striped Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pink polo with a self-colored collar and a small white "UCB" embroidered logo, white chinos, silver
    # watch on the left wrist; white backdrop. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X864-032",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants"
            " this man wears is of long length. The pants are with cotton fabric and pure color patterns. There is"
            " an accessory on his wrist."
        ),
        color_of("polo shirt", "pink"),
        color_of("chinos", "white"),
        describe("polo shirt", "a pink polo shirt with a green crocodile logo", "unsupported"),
        Q.material("cotton"),
        details("polo shirt", "her shirt has two buttons and a collar", "pronoun"),
        title="United Colors of Benetton Men Pink Solid Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: brown-and-beige checked long-sleeve shirt worn open over a white crew t-shirt, dark blue jeans; white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-033",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long pants. The pants are with denim fabric and solid color"
            " patterns. Inside he wears a white T-",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color"),
        he("a brown checked shirt over a white t-shirt and blue jeans"),
        Q.pattern("checked"),
        details("shirt", "buttons", "non_answer"),
        describe("shirt", "a brown and beige plaid shirt worn open"),
        title="Wrangler Men Brown Checked Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: turquoise-blue crew t-shirt with a white bicycle print, grey chinos; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-034",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "green", "contradiction"),
        details("t-shirt", "a bicycle printed on the front"),
        color_of("chinos", "grey"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. The man wears a long pants. The pants are"
            " with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he("a t-shirt and pants"),
        is_a("t-shirt", "no", "contradiction"),
        title="Being Human Men Turquoise Blue Printed T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: khaki short-sleeve camp-collar shirt, dark navy jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-035",
        caption(
            "The guy wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The guy wears a long pants. The pants are with denim fabric and solid color"
            " patterns."
        ),
        color_of("shirt", "beige"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The guy wears a long pants. The pants are"
            " with denim fabric",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.material("The shirt is made of cotton"),
        he("a khaki shirt and blue jeans"),
        describe("shirt", "a beige shirt with a camp collar and dark blue jeans"),
        title="Scullers Men Khaki Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: light-blue oxford button-down shirt with a chest pocket and a small embroidered logo, long sleeves,
    # tucked into stone-beige chinos; white backdrop. The row has no category. Caption and open answers: caption
    # adapter epoch 2; closed: reference engine.
    case(
        "X864-036",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric"
            " and its neckline is lapel. This gentleman wears a long trousers. The trousers are with cotton fabric"
            " and pure color patterns. This gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        details("shirt", "button-down collar and a chest pocket with a logo"),
        he(
            "the man is wearing a blue shirt and a pair of beige pants and a pair of beige pants and a pair of"
            " beige pants and a pair",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes", "contradiction"),
        title="Gant Men Light Blue Oxford Button-Down Shirt",
        color="Blue",
        gender="Men",
    ),
    # photo: red-and-navy tartan checked shirt, long sleeves, no hood, khaki chinos; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-037",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and solid color"
            " patterns."
        ),
        color_of("shirt", "khaki", "other_garment_color"),
        Q.pattern("checked"),
        color_of("chinos", "khaki"),
        describe("shirt", "a red plaid shirt with a hood", "unsupported"),
        he(
            "He is wearing a red plaid shirt and khaki pants. He is wearing a red plaid shirt and khaki pants. He"
            " is wearing",
            "loop",
            hit_limit=True,
        ),
        title="Basics Men Red Checked Slim Fit Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy crew t-shirt with a white and red "FM 1980" varsity print, light-blue jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        color_of("t-shirt", "navy blue"),
        color_of("jeans", "blue"),
        details("t-shirt", "fm 1980 printed in white and red on the chest"),
        describe("t-shirt", "navy", "non_answer"),
        Q.material("cotton"),
        he("a blue t-shirt with a white and red logo and white jeans", "contradiction"),
        title="Flying Machine Men Navy Blue Printed T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream long-sleeve shirt, slightly off-white, tucked into dark brown chinos with a brown belt; white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-039",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and solid color"
            " patterns."
        ),
        color_of("shirt", "brown", "other_garment_color"),
        color_of("chinos", "brown"),
        he("a white shirt and brown pants"),
        details(
            "shirt",
            "What are the shirt details? What are the shirt details? What are the shirt details? What are the shirt"
            " details",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "a brown shirt with long sleeves", "other_garment_color"),
        title="John Miller Men Cream Solid Slim Fit Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: black polo with a small red logo on the chest, light stone-wash blue jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-040",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants"
            " this man wears is of long length. The pants are with denim fabric and solid color patterns."
        ),
        color_of("polo shirt", "black"),
        he(
            "a black polo shirt and blue jeans Question: What is the color of the polo shirt? Answer: black"
            " Question: What",
            "leak",
            hit_limit=True,
        ),
        details("polo shirt", "a red logo on the chest"),
        is_a("polo shirt", "yes"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("polo shirt", "the polo shirt is a polo shirt", "restated"),
        title="Reebok Men Black Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white t-shirt with a big black-and-red cartoon print of an auto-rickshaw and Hindi-style lettering,
    # black jeans; white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-041",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The guy wears a long pants. The pants are with denim fabric and solid color patterns."
            " The guy wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        describe("t-shirt", "a white t-shirt with a picture of a rickshaw on it"),
        details("t-shirt", "The T-shirt details are", "restated"),
        Q.pattern("printed"),
        he("a black t-shirt and black jeans", "other_garment_color"),
        title="Tantra Men White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: grey-melange polo with navy collar tipping and a small navy horse-rider logo, dark blue jeans; white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-042",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants"
            " this man wears is of long length. The pants are with denim fabric and solid color patterns."
        ),
        color_of("polo shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        he("yes", "non_answer"),
        describe("polo shirt", "a grey polo shirt with a blue collar and a horse rider logo"),
        Q.material("silk", "unsupported"),
        details(
            "polo shirt",
            "a navy collar with navy collar with navy collar with navy collar with navy collar with navy",
            "loop",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Grey Melange Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: purple-and-white checked short-sleeve shirt with one chest pocket, black chinos; white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-043",
        caption(
            "The man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        color_of("shirt", "purple"),
        Q.sleeve_length("short sleeves"),
        details(
            "shirt",
            "short sleeves, a collar and buttons, short sleeves, a collar and buttons, short sleeves, a collar and"
            " buttons, short sleeves",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "purple and white checked shirt with a chest pocket and black pants"),
        color_of("chinos", "black"),
        he("a blue checked shirt and black pants", "contradiction"),
        title="Highlander Men Purple Checked Casual Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: red t-shirt with white "JUST DO IT" text and swoosh, black skinny jeans, white sneakers, no jacket;
    # white backdrop, full length. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-044",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "red"),
        details("t-shirt", "just do it and a swoosh in white"),
        he("a red shirt with a white just do it, black jeans, and a black leather jacket", "unsupported"),
        describe("t-shirt", "Question: Describe the t-shirt. Answer: a red t-shirt with just do it on it", "leak"),
        is_a("t-shirt", "yes"),
        jeans_details(
            "slim fit, black wash, a leather patch at the back and a chain on the belt loop",
            "unsupported",
        ),
        title="Nike Men Red Just Do It Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: peach solid long-sleeve shirt with a curved hem and button cuffs, untucked over light-wash blue jeans;
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-045",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric"
            " and its neckline is lapel. This gentleman wears a long pants. The pants are with denim fabric and solid"
            " color patterns."
        ),
        color_of("shirt", "orange", "contradiction"),
        he("her shirt is peach and her jeans are blue", "pronoun"),
        describe("shirt", "A peach shirt"),
        details("shirt", "a curved hem and button cuffs"),
        Q.garment_type("t-shirt", "contradiction"),
        jeans_details("jeans", "non_answer"),
        title="Allen Solly Men Peach Solid Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: grey-and-white horizontal striped crew t-shirt, navy chinos; white backdrop, no accessories. The row
    # has no color. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X864-046",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
            " There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        Q.pattern("striped"),
        color_of("chinos", "navy blue"),
        details("t-shirt", "grey and white stripes and a round neck"),
        he("a striped t-shirt and blue pants"),
        describe("t-shirt", "navy and white striped t-shirt", "other_garment_color"),
        title="Campus Sutra Men Striped Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
]
