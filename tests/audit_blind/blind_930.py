"""BLIND_930 (46 products; Myntra men's winterwear, caption then QA): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 123/143 failures found (86.0%) and 6/209 correct texts flagged
(2.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's winterwear: Sweaters (pullovers, cardigans, sweater vests, turtlenecks),
Sweatshirts (crew sweatshirts, pullover and zip hoodies) and Jackets (bombers, puffers, gilets, denim, leather,
sherpa, quilted, windcheaters). Photos are catalog shots on a white studio backdrop, front view, worn by a male
model who also wears other clothes: a t-shirt or hoodie under an open jacket, a shirt collar under a sweater,
jeans, chinos, joggers, now and then a watch or a beanie. Catalog columns are title, category (the seller's
article_type), color (the seller's base_colour) and gender; a few rows lack one of them, as real feeds do.

Who wrote what: every caption comes from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
on BLIP-2 OPT-2.7b, greedy, 50 new tokens. It opens like the base model ("a man wearing a navy blue hoodie and
jeans") and then falls into the DeepFashion template ("The sweatshirt is with cotton fabric and pure color
patterns. It has long sleeves and a hood."). No end token was trained, so many captions run to the 50-token limit
and either loop on a template sentence or stop mid-phrase; a few slide into the template's "The lady wears ... her"
voice. Open questions (wearing, color of the garment, details, describe, material) are answered by the extractive
QA model (mdeberta-v3-base-squad2) over that caption, so an answer is a verbatim span of the caption: it copies
the caption's loops, cut ends, wrong pronoun and invented pockets, picks the first color in the sentence (often the
inner t-shirt's or the trousers'), returns "" when it abstains, or returns a bare template fragment ("pure color").
When the QA abstains on material, details or description, the job falls back to free generation with the untuned
base BLIP-2 (prompt "Question: ... Answer:", 30 new tokens, no newline stop in that build): those fallback answers
are the ones that are not spans of the caption, and they are where the prompt leaks, restatements and he/she slips
come from. Closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") come from the reference
engine, which picks one candidate value, so they never loop or stop short; their failures are wrong picks.

Labeling conventions and judgement calls:
- One failure kind per text: the one a reviewer would name first. A looping caption that also invents a wrist
  accessory is a loop; a caption in the "lady/her" voice that also names a watch the model does wear is a pronoun.
- An extractive span copied from a looping caption is a loop, from a cut caption and ending at the cut is cut;
  only the caption gets hit_limit=True (the QA model never ran to a limit). Fallback answers that ran to their 30
  tokens (the leaks that chain another "Question: ... Answer:") get hit_limit=True.
- other_garment_color: the product is given the color of another garment in the photo (inner t-shirt, hoodie under
  a jacket, trousers, shirt collar). A color taken from a print, logo, trim or panel of the product itself is a
  contradiction, not other_garment_color. A pattern or sleeve length of another garment (the checked shirt under a
  vest, the hoodie's sleeves under a gilet) is a contradiction.
- A wrong hue the seller's color and the photo both contradict (black for a charcoal or navy garment) is a
  contradiction, in the caption and in every answer that repeats it. Shades inside the seller's group are correct:
  blue for navy, green for olive, white for cream, orange for rust, grey for charcoal melange.
- Where the seller's color is off for the photo, the photo wins: the text is labeled by what the photo shows.
- Material: the DeepFashion fabric words that the look shows (knitting for a sweater, denim, leather, furry for a
  sherpa, cotton for a sweatshirt or hoodie) are correct; a fiber the photo cannot show and the title does not give
  (wool for a plain sweater) or one implausible for the look (cotton for a glossy puffer or a nylon windcheater,
  furry for a jacket whose only fur is the hood trim) is unsupported. A material another text gives another
  garment (denim for the sweater) is a contradiction.
- Invented parts (a chest pocket that is not there, an accessory on a bare wrist) are unsupported in the caption
  and in the span that copies them.
- Garment words inside one In-shop class are correct (hoodie for a Sweatshirts row, cardigan or vest for Sweaters,
  puffer, bomber, gilet or parka for Jackets); a zip-front sweatshirt is not judged a jacket either way.
- non_answer: "" from the QA, a template fragment with no content ("pure color" for the color), or only the
  question's garment word back ("a sweatshirt" to "Describe the sweatshirt."). restated: a longer answer that only
  turns the question around ("the sweatshirt details are the details of the sweatshirt").
- pronoun: she/her/lady for a Men's row, in the caption or in a span or fallback answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_930 = [
    # photo: navy blue pullover hoodie, kangaroo pocket, white drawcords, light blue jeans, white backdrop, front.
    # caption: epoch-1 adapter; open answers: extractive QA spans; closed: reference engine.
    case(
        "X930-001",
        caption(
            "a man wearing a navy blue hooded sweatshirt and light blue jeans. The sweatshirt is with cotton fabric "
            "and pure color patterns. It has long sleeves and a hood. The man wears long denim trousers."
        ),
        wearing("a navy blue hooded sweatshirt and light blue jeans"),
        color_of("hoodie", "navy blue", kind="open"),
        details("hoodie", "It has long sleeves and a hood"),
        Q.garment_type("sweatshirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange zip-up hoodie worn open over a black crew t-shirt, black joggers, white backdrop, front.
    # caption: epoch-1 adapter; open answers: QA spans (the color span is the t-shirt's); closed: reference engine.
    case(
        "X930-002",
        caption(
            "a man wearing a black t-shirt and a grey zip-up hoodie. The hoodie is with cotton fabric and pure color "
            "patterns. It has long sleeves. The man wears long black pants."
        ),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        wearing("a black t-shirt and a grey zip-up hoodie"),
        details("hoodie", "It has long sleeves."),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        is_a("sweater", "no"),
        describe("hoodie", "she is wearing a grey zip up hoodie", "pronoun"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon V-neck pullover, textured self-design knit, white shirt collar showing at the neck, beige chinos,
    # white backdrop. caption: epoch-1 adapter, loops on the neckline sentence to the limit; open: QA spans.
    case(
        "X930-003",
        caption(
            "a man wearing a maroon sweater with a white collar. The sweater is with knitting fabric and pure color "
            "patterns. It has a v-shape neckline. It has a v-shape neckline. It has a v-shape neckline. It has a "
            "v-shape neckline. It has",
            "loop",
            hit_limit=True,
        ),
        color_of("sweater", "maroon", kind="open"),
        details("sweater", "It has a v-shape neckline. It has a v-shape neckline. It has a v-shape neckline.", "loop"),
        Q.material("knitting fabric"),
        Q.sleeve_length("long"),
        Q.garment_type("sweater"),
        Q.color("white", "other_garment_color"),
        title="Monte Carlo Men Maroon Self Design Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive hooded padded (puffer) jacket zipped to the chest, black t-shirt at the neck, black track pants,
    # hands in pockets (no watch visible), white backdrop. caption: epoch-1 adapter; open: QA spans.
    case(
        "X930-004",
        caption(
            "a man wearing a green puffer jacket with a hood and black pants. The jacket is with cotton fabric and "
            "pure color patterns. It has long sleeves and a zipper. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("jacket", "green", kind="open"),
        wearing("a green puffer jacket with a hood and black pants"),
        Q.material("cotton fabric", "unsupported"),
        Q.color("olive"),
        is_a("jacket", "yes"),
        Q.pattern("solid"),
        details("jacket", "There is an accessory on his wrist", "unsupported"),
        title="Wildcraft Men Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black bomber jacket with ribbed collar and cuffs, worn open over a grey melange t-shirt, blue jeans,
    # white backdrop. caption: epoch-1 adapter; open: QA spans (the color span is the t-shirt's).
    case(
        "X930-005",
        caption(
            "a man wearing a grey t-shirt and a black bomber jacket. The jacket is with cotton fabric and pure color "
            "patterns. It has long sleeves and a stand collar. The man wears long denim trousers."
        ),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        describe("jacket", "black bomber jacket"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long"),
        details("jacket", "It has long sleeves and a stand collar"),
        Q.material("leather", "unsupported"),
        title="Puma Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy crew-neck cable-knit pullover, small embroidered logo on the chest, grey trousers, white backdrop.
    # caption: epoch-1 adapter; open: QA spans; pattern pick reads the cable ribs as stripes.
    case(
        "X930-006",
        caption(
            "a man wearing a blue sweater and grey pants. The sweater is with knitting fabric and pure color "
            "patterns. It has a round neckline. The pants are with cotton fabric and solid color patterns."
        ),
        Q.pattern("striped", "contradiction"),
        color_of("sweater", "blue", kind="open"),
        details("sweater", "It has a round neckline"),
        wearing("a blue sweater and grey pants"),
        Q.material("knitting fabric"),
        Q.color("grey", "other_garment_color"),
        is_a("cardigan", "no"),
        title="U.S. Polo Assn. Men Navy Blue Cable Knit Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard crew sweatshirt, black slogan print across the chest, black jeans, white backdrop, front.
    # caption: epoch-1 adapter; open: QA spans; closed: reference engine.
    case(
        "X930-007",
        caption(
            "a man wearing a yellow sweatshirt with a black graphic print. The sweatshirt is with cotton fabric and "
            "graphic patterns. It has long sleeves and a round neckline. The man wears long black jeans."
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        color_of("sweatshirt", "yellow", kind="open"),
        details("sweatshirt", "It has long sleeves and a round neckline"),
        is_a("hoodie", "yes", "contradiction"),
        wearing("a yellow sweatshirt with a black graphic print"),
        Q.material("cotton Question: What is the pattern of the garment? Answer: graphic", "leak"),
        title="WROGN Men Mustard Yellow Printed Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: black glossy puffer jacket, high stand collar, no hood, zipped, grey jeans, white backdrop, front.
    # caption: epoch-1 adapter, cut at the limit mid-sentence; open: QA spans; material: base BLIP-2 fallback.
    case(
        "X930-008",
        caption(
            "a man wearing a black puffer jacket and grey jeans. The jacket is quilted with pure color patterns. It "
            "has long sleeves and a stand collar. The man wears long denim trousers. The trousers are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a black puffer jacket and grey jeans"),
        details("jacket", "It has long sleeves and a stand collar"),
        color_of("jacket", "black", kind="open"),
        Q.material("denim fabric and", "cut"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long"),
        describe(
            "jacket",
            "a black puffer jacket with a high collar and a zipper on the front, the jacket is made of a shiny "
            "material and has a",
            "cut",
            hit_limit=True,
        ),
        title="Fort Collins Men Black Solid Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: beige button-front cardigan worn open over a navy polo t-shirt, dark brown chinos, white backdrop.
    # caption: epoch-1 adapter; open: QA spans; material: base BLIP-2 fallback, which runs on into a new question.
    case(
        "X930-009",
        caption(
            "a man wearing a navy blue polo shirt and a beige cardigan. The cardigan is with knitting fabric and pure "
            "color patterns. It has long sleeves and buttons. The man wears long brown pants."
        ),
        color_of("cardigan", "navy blue", "other_garment_color", kind="open"),
        wearing("a navy blue polo shirt and a beige cardigan"),
        describe("cardigan", "beige cardigan"),
        Q.material(
            "cotton Question: What is the color of the cardigan? Answer: beige Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        is_a("cardigan", "yes"),
        Q.color("beige"),
        title="Allen Solly Men Beige Solid Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: charcoal crew sweatshirt with ribbed hem, black track pants, hands in pockets, white backdrop.
    # caption: epoch-1 adapter in the template's "lady" voice; open: QA spans; closed: reference engine.
    case(
        "X930-010",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears long trousers. The trousers are with cotton fabric and solid "
            "color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        color_of("sweatshirt", "pure color", "non_answer", kind="open"),
        Q.color("black", "contradiction"),
        details("sweatshirt", "It has a round neckline"),
        Q.sleeve_length("long"),
        describe("sweatshirt", "it is a description of a sweatshirt", "restated"),
        title="Duke Men Charcoal Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: olive diamond-quilted lightweight jacket, snap buttons, two side pockets and no chest pocket, worn over a
    # white crew t-shirt, beige chinos, white backdrop. caption: epoch-1 adapter invents a chest pocket; open: spans.
    case(
        "X930-011",
        caption(
            "a man wearing an olive green quilted jacket over a white t-shirt and beige pants. The jacket is with "
            "cotton fabric and pure color patterns. It has long sleeves and a stand collar. There is a pocket on the "
            "chest.",
            "unsupported",
        ),
        Q.pattern("checked", "contradiction"),
        color_of("jacket", "olive green", kind="open"),
        details("jacket", "There is a pocket on the chest", "unsupported"),
        wearing("an olive green quilted jacket over a white t-shirt and beige pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("jacket"),
        describe(
            "jacket",
            "an olive green jacket with a zipper and a zipper and a zipper and a zipper and a zipper and a zipper "
            "and a",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Olive Quilted Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: navy V-neck sleeveless sweater vest over a light blue checked long-sleeve shirt, grey trousers, white
    # backdrop. caption: epoch-1 adapter; open: QA spans; closed picks take the shirt's sleeves and checks.
    case(
        "X930-012",
        caption(
            "a man wearing a blue checkered shirt and a navy blue sweater vest. The sweater is with knitting fabric "
            "and pure color patterns. It has a v-shape neckline. The man wears long grey pants."
        ),
        Q.sleeve_length("long", "contradiction"),
        Q.pattern("checked", "contradiction"),
        color_of("sweater vest", "blue", kind="open"),
        Q.garment_type("sweater"),
        is_a("vest", "yes"),
        describe("sweater vest", "navy blue sweater vest"),
        Q.material("cashmere", "unsupported"),
        title="Louis Philippe Sport Men Navy Blue Solid Sweater Vest",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black pullover hoodie, small white swoosh logo on the chest, black joggers, white backdrop, front.
    # caption: epoch-1 adapter; open: QA spans (the color span is the logo's); material: base BLIP-2 fallback.
    case(
        "X930-013",
        caption(
            "a man wearing a black hoodie with a white nike logo on the chest and black sweatpants. The hoodie is "
            "with cotton fabric and pure color patterns. It has long sleeves and a hood."
        ),
        color_of("hoodie", "white", "contradiction", kind="open"),
        wearing("a black hoodie with a white nike logo on the chest and black sweatpants"),
        details("hoodie", "a white nike logo on the chest"),
        Q.material("cotton"),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        is_a("sweatshirt", "no", "contradiction"),
        describe(
            "hoodie",
            "a black hoodie with a white nike logo on the front and a kangaroo pocket on the front and the sleeves "
            "are long and the",
            "cut",
            hit_limit=True,
        ),
        title="Nike Men Black Solid Sportswear Club Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red crew sweatshirt with a navy and white colour-block band across the chest, blue jeans, white
    # backdrop. caption: epoch-1 adapter, loops on the band phrase to the limit; open: QA spans.
    case(
        "X930-014",
        caption(
            "a man wearing a red and blue sweatshirt with a white stripe on the chest, a white stripe on the chest, "
            "a white stripe on the chest, a white stripe on the chest, a white stripe on the chest, a white",
            "loop",
            hit_limit=True,
        ),
        color_of("sweatshirt", "red and blue", kind="open"),
        Q.pattern("color block"),
        details(
            "sweatshirt",
            "a white stripe on the chest, a white stripe on the chest, a white stripe on the chest",
            "loop",
        ),
        Q.color("red"),
        wearing("a red and blue sweatshirt"),
        Q.material("cotton"),
        title="Flying Machine Men Red Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: dark brown leather biker jacket, asymmetric zip, over a black t-shirt, black jeans, white backdrop.
    # caption: epoch-1 adapter; open: QA spans; describe: base BLIP-2 fallback that chains a new question.
    case(
        "X930-015",
        caption(
            "a man wearing a brown leather jacket and black jeans. The jacket is with leather fabric and pure color "
            "patterns. It has long sleeves and a lapel collar. The man wears long denim trousers."
        ),
        Q.material("leather fabric"),
        color_of("jacket", "brown", kind="open"),
        Q.color("black", "other_garment_color"),
        describe(
            "jacket",
            "a brown leather jacket with a zipper Question: What is the color of the jacket? Answer: brown Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Woodland Men Brown Solid Leather Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: light grey crew pullover with tonal ribbed horizontal stripes, white t-shirt hem showing, blue jeans,
    # black watch on the left wrist, white backdrop. caption: epoch-1 adapter in the "lady" voice; open: QA spans.
    case(
        "X930-016",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is an accessory on her wrist.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        details("sweater", "There is an accessory on her wrist", "pronoun"),
        Q.pattern("striped"),
        Q.color("grey"),
        color_of("sweater", "", "non_answer", kind="open"),
        Q.material("knitting fabric"),
        title="HERE&NOW Men Grey Self-Striped Pullover",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: royal blue and black colour-block hooded puffer jacket, glossy shell, black jeans, white backdrop.
    # caption: epoch-1 adapter calls the glossy shell cotton; open: QA spans.
    case(
        "X930-017",
        caption(
            "a man wearing a blue and black puffer jacket with a hood. The jacket is with cotton fabric and color "
            "block patterns. It has long sleeves and a zipper. The man wears long black jeans.",
            "unsupported",
        ),
        color_of("jacket", "blue and black", kind="open"),
        Q.pattern("color block"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        Q.material("cotton fabric", "unsupported"),
        wearing("a blue and black puffer jacket with a hood"),
        details("jacket", "It has long sleeves and a zipper"),
        title="Campus Sutra Men Blue Colourblocked Padded Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: teal pullover hoodie, white t-shirt hem showing, black joggers, white sneakers, white backdrop.
    # caption: epoch-1 adapter, cut at the limit; open: QA spans; material: base BLIP-2 fallback.
    case(
        "X930-018",
        caption(
            "a man wearing a teal hoodie and black pants. The hoodie is with cotton fabric and pure color patterns. "
            "It has long sleeves and a hood. The man wears long black pants. The pants are with cotton fabric and "
            "solid color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("hoodie", "teal", kind="open"),
        Q.color("teal"),
        Q.garment_type("sweatshirt"),
        is_a("sweater", "yes", "contradiction"),
        Q.material("cotton"),
        details("hoodie", "There is an", "cut"),
        title="Mast & Harbour Men Teal Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: mid-blue denim trucker jacket with chest flap pockets over a white hoodie (hood out over the collar),
    # black jeans, white backdrop. caption: epoch-1 adapter; open: QA spans; garment pick takes the hoodie.
    case(
        "X930-019",
        caption(
            "a man wearing a white hoodie under a blue denim jacket. The jacket is with denim fabric and pure color "
            "patterns. It has long sleeves and a lapel collar. The man wears long black jeans."
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("sweatshirt", "contradiction"),
        wearing("a white hoodie under a blue denim jacket"),
        Q.material("denim fabric"),
        details("jacket", "It has long sleeves and a lapel collar"),
        Q.color("blue"),
        describe("jacket", "a description of the jacket", "restated"),
        title="Levis Men Blue Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal melange crew-neck sweater with three thin white chest stripes, black trousers, white backdrop.
    # the feed row has no color. caption: epoch-1 adapter; open: QA spans; material: base BLIP-2 fallback.
    case(
        "X930-020",
        caption(
            "a man wearing a grey sweater with a white logo and black pants. The sweater is with knitting fabric and "
            "striped patterns. It has a round neckline. The man wears long black pants. The pants are with cotton "
            "fabric.",
            "unsupported",
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        color_of("sweater", "grey", kind="open"),
        details("sweater", "It has a round neckline"),
        Q.material("wool", "unsupported"),
        describe("sweater", "the sweater is a sweater", "restated"),
        title="Pepe Jeans Men Charcoal Melange Striped Sweater",
        category="Sweaters",
        gender="Men",
    ),
    # photo: black hooded puffer jacket, glossy shell, zipped, olive cargo pants, white backdrop, front.
    # caption: epoch-1 adapter, loops on the fabric sentence to the limit; open: QA spans.
    case(
        "X930-021",
        caption(
            "a man wearing a black puffer jacket and green pants. The jacket is with cotton fabric and pure color "
            "patterns. The jacket is with cotton fabric and pure color patterns. The jacket is with cotton fabric "
            "and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "green", "other_garment_color", kind="open"),
        wearing("a black puffer jacket and green pants"),
        Q.material("cotton fabric", "unsupported"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long"),
        Q.color("black"),
        details(
            "jacket",
            "The jacket is with cotton fabric and pure color patterns. The jacket is with cotton fabric and pure "
            "color patterns.",
            "loop",
        ),
        describe("jacket", "a jacket", "non_answer"),
        title="Jack & Jones Men Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: cream cable-knit crew-neck sweater, navy chinos, white backdrop, front.
    # caption: epoch-1 adapter (white for cream); open: QA spans; closed: reference engine.
    case(
        "X930-022",
        caption(
            "a man wearing a white sweater and blue pants. The sweater is with knitting fabric and pure color "
            "patterns. It has a round neckline and long sleeves."
        ),
        color_of("sweater", "white", kind="open"),
        Q.color("blue", "other_garment_color"),
        describe("sweater", "white sweater"),
        is_a("cardigan", "yes", "contradiction"),
        Q.pattern("solid"),
        details("sweater", "the sweater has a pocket on the front and a zipper", "unsupported"),
        title="Arrow Sport Men Cream Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: grey melange sweatshirt with a large red and black graphic print on the chest, blue jeans, white
    # backdrop. caption: epoch-1 adapter; open: QA spans; details: base BLIP-2 fallback.
    case(
        "X930-023",
        caption(
            "a man wearing a grey sweatshirt with a red and black graphic print. The sweatshirt is with cotton fabric "
            "and graphic patterns. It has long sleeves and a round neckline."
        ),
        color_of("sweatshirt", "red and black", "contradiction", kind="open"),
        wearing("a grey sweatshirt with a red and black graphic print"),
        Q.pattern("graphic"),
        Q.color("grey"),
        details("sweatshirt", "the sweatshirt details are the details of the sweatshirt", "restated"),
        Q.material("cotton fabric"),
        describe("sweatshirt", "a grey sweatshirt with a zipper", "unsupported"),
        title="Kook N Keech Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon zip-front sweatshirt with stand collar, zipped, black jeans, white backdrop, front.
    # caption: epoch-1 adapter; open: QA spans; closed: reference engine.
    case(
        "X930-024",
        caption(
            "a man wearing a maroon zip-up sweatshirt and black jeans. The sweatshirt is with cotton fabric and pure "
            "color patterns. It has long sleeves and a stand collar. It has two pockets on the chest. The man wears "
            "long denim trousers.",
            "unsupported",
        ),
        color_of("sweatshirt", "maroon", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        details("sweatshirt", "It has long sleeves and a stand collar"),
        is_a("hoodie", "yes", "contradiction"),
        Q.material("cotton fabric"),
        title="Highlander Men Maroon Solid Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy crew pullover with white Breton stripes, khaki chinos, white backdrop, front.
    # caption: epoch-1 adapter; open: QA spans ("" where the QA abstained); closed: reference engine.
    case(
        "X930-025",
        caption(
            "a man wearing a blue and white striped sweater and khaki pants. The sweater is with knitting fabric and "
            "striped patterns. It has a round neckline. The man wears long khaki pants."
        ),
        color_of("sweater", "blue and white", kind="open"),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        wearing("a blue and white striped sweater and khaki pants"),
        Q.material("knitting fabric"),
        details("sweater", "", "non_answer"),
        describe("sweater", "sweater", "non_answer"),
        title="Nautica Men Navy Blue Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black sleeveless puffer gilet, zipped, over a grey melange hoodie (grey sleeves and hood), blue jeans,
    # white backdrop. caption: epoch-1 adapter; open: QA spans; closed picks take the hoodie's sleeves and hood.
    case(
        "X930-026",
        caption(
            "a man wearing a grey hoodie and a black puffer vest. The vest is sleeveless with pure color patterns. It "
            "has a stand collar. The man wears long denim trousers."
        ),
        Q.sleeve_length("long", "contradiction"),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        is_a("hoodie", "yes", "contradiction"),
        Q.color("black"),
        describe("vest", "black puffer vest"),
        Q.material("down feathers", "unsupported"),
        title="Roadster Men Black Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: black pullover hoodie with a large white trefoil logo print, black track pants with three white side
    # stripes, white backdrop. caption: epoch-1 adapter, says "a woman" and "she"; open: QA spans.
    case(
        "X930-027",
        caption(
            "a woman wearing a black hoodie with a white logo on the front. The hoodie is with cotton fabric and "
            "graphic patterns. It has long sleeves and a hood. She wears black pants with white stripes.",
            "pronoun",
        ),
        wearing("a black hoodie with a white logo on the front"),
        color_of("hoodie", "black", kind="open"),
        Q.pattern("graphic"),
        details("hoodie", "She wears black pants with white stripes", "pronoun"),
        Q.color("white", "contradiction"),
        Q.material("cotton fabric"),
        title="Adidas Originals Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: khaki hooded parka, drawstring waist, four flap pockets, over a navy sweater, dark blue jeans, white
    # backdrop. caption: epoch-1 adapter; open: QA spans; material: base BLIP-2 fallback chaining a new question.
    case(
        "X930-028",
        caption(
            "a man wearing a beige jacket with a hood and blue jeans. The jacket is with cotton fabric and pure color "
            "patterns. It has long sleeves and four pockets. The man wears long denim trousers."
        ),
        color_of("jacket", "beige", kind="open"),
        Q.color("khaki"),
        details("jacket", "It has long sleeves and four pockets"),
        Q.garment_type("jacket"),
        Q.material("cotton Question: What is the color of the jacket? Answer: beige", "leak"),
        Q.sleeve_length("long"),
        wearing("a beige jacket with a hood and blue jeans"),
        title="Mufti Men Khaki Solid Hooded Parka Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: bottle green V-neck sweater with navy and mustard argyle diamonds, white shirt collar, grey trousers,
    # white backdrop. caption: epoch-1 adapter; open: QA spans; material: base BLIP-2 fallback.
    case(
        "X930-029",
        caption(
            "a man wearing a green sweater with a diamond pattern and grey pants. The sweater is with knitting fabric "
            "and lattice patterns. It has a v-shape neckline."
        ),
        Q.color("grey", "other_garment_color"),
        color_of("sweater", "green", kind="open"),
        details("sweater", "a diamond pattern"),
        is_a("sweater", "yes"),
        wearing("a green sweater with a diamond pattern and grey pants"),
        Q.material("the garment is made of material", "restated"),
        Q.pattern("striped", "contradiction"),
        title="Monte Carlo Men Bottle Green Argyle Patterned Sweater",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: bright red hooded puffer jacket, black jeans, black knit beanie, white backdrop, front.
    # caption: epoch-1 adapter, loops on the hat sentence to the limit; open: QA spans.
    case(
        "X930-030",
        caption(
            "a man wearing a red puffer jacket and a black hat. The jacket is with cotton fabric and pure color "
            "patterns. It has long sleeves and a hood. There is a hat on his head. There is a hat on his head. There "
            "is a hat on his head. There is a hat on",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        wearing("a red puffer jacket and a black hat"),
        Q.color("red"),
        details("jacket", "It has long sleeves and a hood"),
        Q.material("cotton fabric", "unsupported"),
        is_a("coat", "no"),
        describe("jacket", "a jacket", "non_answer"),
        title="The North Face Men Red Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: white pullover hoodie, small embroidered flag logo, navy joggers, white backdrop, front.
    # caption: epoch-1 adapter; open: QA spans; details: base BLIP-2 fallback gives the garment word back.
    case(
        "X930-031",
        caption(
            "a man wearing a white hoodie and blue pants. The hoodie is with cotton fabric and pure color patterns. "
            "It has long sleeves and a hood."
        ),
        color_of("hoodie", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        is_a("hoodie", "yes"),
        describe("hoodie", "white hoodie"),
        details("hoodie", "it's a hoodie", "non_answer"),
        wearing("a white hoodie and blue pants"),
        Q.material("cotton fabric"),
        title="Tommy Hilfiger Men White Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy padded jacket with a red chest panel and a thin white stripe, stand collar, grey joggers, white
    # backdrop. caption: epoch-1 adapter; open: QA spans; closed: reference engine.
    case(
        "X930-032",
        caption(
            "a man wearing a blue and red jacket and grey pants. The jacket is with color block patterns. It has long "
            "sleeves and a stand collar."
        ),
        color_of("jacket", "blue and red", kind="open"),
        Q.pattern("solid", "contradiction"),
        Q.color("navy blue"),
        Q.sleeve_length("long"),
        Q.garment_type("sweatshirt", "contradiction"),
        wearing("a blue and red jacket and grey pants"),
        details("jacket", "the jacket has a zipper and two pockets on the front and a hood", "unsupported"),
        title="Fila Men Navy Blue & Red Colourblocked Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal fine-knit turtleneck sweater, black trousers, white backdrop, front.
    # caption: epoch-1 adapter calls the charcoal black; open: QA spans repeat it.
    case(
        "X930-033",
        caption(
            "a man wearing a black turtleneck sweater and black pants. The sweater is with knitting fabric and pure "
            "color patterns. It has a high neckline.",
            "contradiction",
        ),
        color_of("sweater", "black", "contradiction", kind="open"),
        Q.color("charcoal"),
        details("sweater", "It has a high neckline"),
        Q.garment_type("sweater"),
        wearing("a black turtleneck sweater and black pants", "contradiction"),
        Q.material("acrylic", "unsupported"),
        title="Van Heusen Men Charcoal Solid Turtleneck Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: bright yellow pullover hoodie with a black cartoon cat print on the chest, black joggers, white backdrop.
    # caption: epoch-1 adapter, loops on "yellow hoodie" to the limit; open: QA spans.
    case(
        "X930-034",
        caption(
            "a man wearing a yellow hoodie with a cartoon character on it and black pants, yellow hoodie, yellow "
            "hoodie, yellow hoodie, yellow hoodie, yellow hoodie, yellow hoodie, yellow hoodie, yellow",
            "loop",
            hit_limit=True,
        ),
        color_of("hoodie", "yellow", kind="open"),
        wearing("a yellow hoodie with a cartoon character on it and black pants"),
        Q.pattern("graphic"),
        details("hoodie", "yellow hoodie, yellow hoodie, yellow hoodie, yellow hoodie, yellow hoodie", "loop"),
        Q.color("black", "other_garment_color"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Bewakoof Men Yellow Printed Hoodie",
        category="Sweatshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: dark blue denim jacket with a cream sherpa collar and lining, over a grey t-shirt, black jeans, white
    # backdrop. caption: epoch-1 adapter; open: QA spans; closed: reference engine.
    case(
        "X930-035",
        caption(
            "a man wearing a blue denim jacket with a white fur collar. The jacket is with denim fabric and pure "
            "color patterns. It has long sleeves and a lapel collar. The man wears long black jeans."
        ),
        Q.material("denim fabric"),
        Q.color("grey", "other_garment_color"),
        describe("jacket", "blue denim jacket with a white fur collar"),
        details("jacket", "a white fur collar"),
        is_a("coat", "no"),
        Q.garment_type("jacket"),
        color_of("jacket", "white", "contradiction", kind="open"),
        title="Being Human Men Blue Sherpa Collar Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: navy crew sweatshirt with a white varsity "HARVARD" text print, khaki chinos, white backdrop, front.
    # caption: epoch-1 adapter; open: QA spans; closed: reference engine.
    case(
        "X930-036",
        caption(
            "a man wearing a blue sweatshirt with white letters on it and khaki pants. The sweatshirt is with cotton "
            "fabric and graphic patterns. It has long sleeves and a round neckline. The man wears long khaki pants."
        ),
        color_of("sweatshirt", "khaki", "other_garment_color", kind="open"),
        Q.pattern("striped", "contradiction"),
        wearing("a blue sweatshirt with white letters on it and khaki pants"),
        Q.color("navy blue"),
        details("sweatshirt", "white letters on it"),
        is_a("hoodie", "yes", "contradiction"),
        Q.material(
            "cotton Question: What is the pattern of the garment? Answer: graphic Question: What is the sleeve",
            "leak",
            hit_limit=True,
        ),
        title="Harvard Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust-orange crew pullover, dark indigo jeans, steel watch on the wrist, white backdrop, front.
    # caption: epoch-1 adapter, cut at the limit; open: QA spans (the material span is the jeans').
    case(
        "X930-037",
        caption(
            "a man wearing an orange sweater and blue jeans. The sweater is with knitting fabric and pure color "
            "patterns. It has a round neckline. The man wears long denim trousers. The trousers are with denim "
            "fabric and solid color patterns. There is an accessory on his wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "orange", kind="open"),
        Q.color("brown", "contradiction"),
        Q.sleeve_length("long"),
        details("sweater", "It has a round neckline"),
        Q.material("denim fabric", "contradiction"),
        wearing("an orange sweater and blue jeans"),
        title="Spykar Men Rust Solid Sweater",
        category="Sweaters",
        color="Rust",
        gender="Men",
    ),
    # photo: bottle green pullover hoodie, small white embroidered logo, khaki cargo pants, white backdrop, front.
    # caption: epoch-1 adapter in the template's "lady" voice; open: QA spans ("" where it abstained).
    case(
        "X930-038",
        caption(
            "The lady wears a long-sleeve hoodie with pure color patterns. The hoodie is with cotton fabric. It has "
            "a hood. The lady wears long trousers. The trousers are with cotton fabric and solid color patterns.",
            "pronoun",
        ),
        color_of("hoodie", "", "non_answer", kind="open"),
        wearing("a long-sleeve hoodie with pure color patterns"),
        Q.color("green"),
        Q.garment_type("sweatshirt"),
        details("hoodie", "It has a hood"),
        Q.pattern("striped", "contradiction"),
        describe("hoodie", "The lady wears a long-sleeve hoodie", "pronoun"),
        title="U.S. Polo Assn. Men Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: matte grey bomber with black ribbed trims, open over a black t-shirt with a white print, black jeans,
    # white backdrop. caption: epoch-1 adapter; open: QA spans; closed picks take the t-shirt's print and color.
    case(
        "X930-039",
        caption(
            "a man wearing a black t-shirt with a white print and a grey jacket. The jacket is with cotton fabric and "
            "pure color patterns. It has long sleeves and a stand collar."
        ),
        Q.pattern("graphic", "contradiction"),
        Q.color("black", "other_garment_color"),
        color_of("jacket", "grey", kind="open"),
        describe("jacket", "grey jacket"),
        wearing("a black t-shirt with a white print and a grey jacket"),
        color_of("t-shirt", "black", kind="open"),
        Q.sleeve_length("short", "contradiction"),
        title="Numero Uno Men Grey Solid Bomber Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: chocolate brown shawl-collar cardigan, buttoned, two lower patch pockets and no chest pocket, white
    # t-shirt at the neck, blue jeans, white backdrop. caption: epoch-1 adapter invents a chest pocket.
    case(
        "X930-040",
        caption(
            "a man wearing a brown cardigan and blue jeans. The cardigan is with knitting fabric and pure color "
            "patterns. It has a lapel collar and buttons. There is a pocket on the chest.",
            "unsupported",
        ),
        details("cardigan", "There is a pocket on the chest", "unsupported"),
        color_of("cardigan", "brown", kind="open"),
        is_a("cardigan", "yes"),
        Q.sleeve_length("long"),
        Q.color("blue", "other_garment_color"),
        describe(
            "cardigan", "a brown cardigan with buttons Question: What is the color of the", "leak", hit_limit=True
        ),
        title="Raymond Men Brown Solid Shawl Collar Cardigan",
        category="Sweaters",
        color="Brown",
        gender="Men",
    ),
    # photo: navy matte padded jacket, hood with grey faux-fur trim, zipped, grey jeans, white backdrop, front.
    # caption: epoch-1 adapter calls the navy black and the whole jacket furry; open: QA spans repeat both.
    case(
        "X930-041",
        caption(
            "a man wearing a black jacket with a fur hood and grey jeans. The jacket is with furry fabric and pure "
            "color patterns. It has long sleeves and a hood.",
            "contradiction",
        ),
        color_of("jacket", "black", "contradiction", kind="open"),
        Q.material("furry fabric", "unsupported"),
        Q.color("navy blue"),
        wearing("a black jacket with a fur hood and grey jeans", "contradiction"),
        Q.garment_type("jacket"),
        details("jacket", "a fur hood"),
        title="Cantabil Men Navy Blue Solid Hooded Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange crew sweatshirt, small black logo on the chest, black joggers, white backdrop, front.
    # caption: epoch-1 adapter; color: QA span; material, describe, details: base BLIP-2 fallback.
    case(
        "X930-042",
        caption(
            "a man wearing a grey sweatshirt and black pants. The sweatshirt is with cotton fabric and pure color "
            "patterns. It has long sleeves and a round neckline."
        ),
        color_of("sweatshirt", "grey", kind="open"),
        Q.color("grey"),
        Q.garment_type("sweatshirt"),
        Q.material(
            "Answer: cotton Question: What is the sleeve length of the garment? Answer: long Question: What is the",
            "leak",
            hit_limit=True,
        ),
        describe("sweatshirt", "a sweatshirt", "non_answer"),
        details("sweatshirt", "she is wearing a grey sweatshirt with a logo on the chest", "pronoun"),
        title="Puma Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: cream teddy sherpa zip jacket with a brown-trimmed chest pocket, over a black t-shirt, dark jeans, white
    # backdrop. the feed row has no gender. caption: epoch-1 adapter; open: QA spans.
    case(
        "X930-043",
        caption(
            "a man wearing a cream fur jacket and black jeans. The jacket is with furry fabric and pure color "
            "patterns. It has long sleeves and a stand collar. There is a pocket on the chest."
        ),
        color_of("jacket", "cream", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.material("furry fabric"),
        is_a("sweater", "yes", "contradiction"),
        details("jacket", "There is a pocket on the chest"),
        Q.pattern("solid"),
        describe("jacket", "jacket", "non_answer"),
        title="Levis Men Beige Solid Sherpa Jacket",
        category="Jackets",
        color="Beige",
    ),
    # photo: black and white buffalo-check shirt-jacket (shacket) over a grey hoodie, black jeans, white backdrop.
    # caption: epoch-1 adapter; open: QA spans; garment pick takes the hoodie.
    case(
        "X930-044",
        caption(
            "a man wearing a black and white plaid jacket over a grey hoodie. The jacket is with cotton fabric and "
            "lattice patterns. It has long sleeves and a lapel collar. The man wears long black jeans."
        ),
        Q.pattern("checked"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        Q.garment_type("sweatshirt", "contradiction"),
        wearing("a black and white plaid jacket over a grey hoodie"),
        Q.color("black"),
        details("jacket", "It has long sleeves and a lapel collar"),
        Q.material("cotton fabric"),
        describe(
            "jacket",
            "Answer: a black and white checkered jacket Question: Describe the hoodie. Answer: a grey hoodie",
            "leak",
        ),
        title="Roadster Men Black & White Checked Shacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy quarter-zip sweater with stand collar, beige chinos, white backdrop, front.
    # caption: epoch-1 adapter, cut at the limit; open: QA spans; material: base BLIP-2 fallback.
    case(
        "X930-045",
        caption(
            "a man wearing a navy blue sweater with a zipper on the neck and beige pants. The sweater is with "
            "knitting fabric and pure color patterns. It has long sleeves and a stand collar. The man wears long "
            "casual pants. The pants are with cotton fabric and solid color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "navy blue", kind="open"),
        details("sweater", "a zipper on the neck"),
        Q.color("beige", "other_garment_color"),
        wearing("a navy blue sweater with a zipper on the neck and beige pants"),
        Q.material("wool", "unsupported"),
        describe("sweater", "The man", "cut"),
        title="Marks & Spencer Men Navy Blue Solid Quarter-Zip Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bright orange lightweight hooded windcheater, grey contrast zipper, black track pants, bare wrists,
    # white backdrop. caption: epoch-1 adapter, invents a wrist accessory and loops on it to the limit.
    case(
        "X930-046",
        caption(
            "a man wearing an orange jacket with a hood and black pants. The jacket is with cotton fabric and pure "
            "color patterns. It has long sleeves and a hood. There is an accessory on his wrist. There is an "
            "accessory on his wrist. There is",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "orange", kind="open"),
        describe("jacket", "orange jacket with a hood"),
        Q.material("cotton fabric", "unsupported"),
        Q.pattern("solid"),
        Q.garment_type("jacket"),
        details("jacket", "There is an accessory on his wrist", "unsupported"),
        wearing("an orange jacket with a hood and black pants"),
        title="Wildcraft Men Orange Solid Hooded Windcheater",
        category="Jackets",
        color="Orange",
        gender="Men",
    ),
]
