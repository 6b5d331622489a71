"""BLIND_662 (46 products; Myntra men's bottoms on a model: caption, QA): written blind in the fifty-fourth session.
Measured blind at 6e41e08 (the session's first rules): 98/123 failures found (79.7%) and 4/175 correct texts flagged
(2.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's jeans, formal trousers, chinos (the seller files them under Trousers) and
shorts (denim, cargo, chino, lounge, running). Every photo is a catalog shot on a white studio backdrop with the
product worn by a male model together with a top (t-shirt, polo, shirt, henley, hoodie, sweater, jacket or blazer),
mostly front view, full length or cropped from the chest or waist down; one back view. Catalog columns: title,
category (the seller's article type), color (the seller's base colour), gender; one row lacks the color and one
lacks the gender, as real feeds do.

Who wrote what:
- Captions (all 46): the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch), 50 new tokens. It
  mixes the base model's short "a man wearing a white t-shirt and blue jeans" with the DeepFashion template ("The
  gentleman wears a long-sleeve shirt with pure color patterns. The trousers are with denim fabric ..."). The
  template half names no hues, sometimes says "The lady"/"her" for a man (DeepFashion is mostly women), and, with
  no end token trained, either stops on a newline or runs to 50 tokens and ends in a loop or mid-sentence. The
  short half invents props, poses and trims (a belt, a watch, a running track, a zipper pocket).
- X662-001 to X662-030: open answers are extractive QA (mdeberta-v3-base-squad2) over that caption: spans copied
  verbatim from it, so they inherit its wrong colors, invented details and cut fragments, and squad2 sometimes
  picks the wrong span (the top, an accessory, the garment noun alone) or returns nothing (stored as "").
- X662-031 to X662-046: per-question routing. "What is he wearing?", the open color question and the material
  question went to the untuned base BLIP-2 OPT-2.7b (short answers, a fair share of "she", the top's color given
  to the trousers, the odd restatement); "Describe ...", "What are the ... details?" and the VQA data's "What
  cloth is the person wearing?" went to the VQA adapter (Data3_V3_BLIP2_VQA), which was trained without an end
  token: it sometimes stops, but often loops, runs to 30 tokens mid-sentence, or writes the next
  "Question: ... Answer:" turn itself.
- Closed answers everywhere (color, pattern, garment type, fit, "Is this a ...?"): enrich's --engine reference,
  one candidate value, never looping or cut; when wrong it is usually because the top dominated the picture.

Labeling conventions and judgement calls:
- A wrong color for the product in an open answer that equals the color of the top (or another worn garment) is
  other_garment_color; the same mistake in a caption or a closed answer is labeled contradiction.
- An open answer that describes the wrong thing altogether (the shirt, an accessory such as sunglasses) for the
  product's description or details is contradiction; a closed pattern answer that is the top's pattern (checked,
  striped, graphic) for a solid product is contradiction; "yes" to "Is this a pair of jeans?" for denim shorts or
  chinos, and "yes" to "Is this a shirt?" for trousers, are contradiction.
- Invented details not in the photo (a belt that is not there, a watch, a zipper pocket, a mesh lining, a running
  track, hands in pockets, a back-pocket patch seen from the front) are unsupported, and so is a material the
  photo cannot show and the listing contradicts (cotton for poly-viscose suiting, polyester for cotton shorts).
- Each text has one label. Where a text has two faults, the one that makes it wrong first for a reader wins: a
  caption that says "The lady" and is also cut at 50 tokens is pronoun with hit_limit=True; a VQA loop that hit
  the limit is loop with hit_limit=True; a leak that ran on is leak with hit_limit=True.
- An extractive span that copies a cut fragment of the caption ("denim fabric and") is cut without hit_limit,
  since the span itself did not run to a limit.
- Answering a details/description question with only the garment noun, only a color plus the noun, or with "the
  pants are of long length" / "the shorts are short" is non_answer; an empty extractive answer ("") is non_answer;
  a one-word garment to "What is he wearing?" is non_answer. A one-word garment to the VQA data's "What cloth is
  the person wearing?" is the form that question was trained on and is counted correct when right.
- Echoing the question's words as the answer ("the details of the shorts are the shorts", "Describe the pants.
  The pants are", "the person is wearing a cloth") is restated.
- "What is he wearing?" answered with only the top and not the product (or the reverse) is correct if true.
- Close shade names are accepted: khaki/beige pants, olive/green, cream/white, maroon/red, teal/blue, charcoal/grey,
  navy/blue, a sweatshirt called a sweater, an overshirt called a jacket, a leaf print called floral. For the
  seller's "Multi" leaf-print shorts a closed "green" is counted correct (one of the print's two colors).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

fit = question("fit", "What is the fit of the garment?", "closed")
cloth = question("cloth", "What cloth is the person wearing?", "open")
gtype = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def pair(garment, text, failure=None):
    return is_a(garment, text, failure, article="a pair of")


BLIND_662 = [
    # photo: mid-blue clean-look skinny jeans, white crew-neck t-shirt untucked, white sneakers, no belt visible,
    # white backdrop, front full length | caption: caption adapter e1; open: squad2 spans; closed: reference
    case(
        "X662-001",
        caption("a man wearing a white t-shirt and blue jeans with a black belt", "unsupported"),
        he("a white t-shirt and blue jeans"),
        color_of("jeans", "blue"),
        details("jeans", "jeans", "non_answer"),
        describe("jeans", "blue jeans with a black belt", "unsupported"),
        fit("skinny"),
        pair("jeans", "yes"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black slim jeans, mild fading and small abrasions on the thighs, grey melange long-sleeve henley,
    # black boots, front view cropped at the chest, white backdrop | caption e1; open: squad2; closed: reference
    case(
        "X662-002",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and solid color patterns. The pants are with denim fabric "
            "and solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "solid color patterns", "non_answer", kind="open"),
        color("black"),
        details("jeans", "denim fabric and solid color patterns"),
        he("a long-sleeve T-shirt with pure color patterns and a long pants"),
        pattern("solid"),
        title="Mufti Men Black Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: khaki cotton slim chinos, navy blue polo t-shirt worn out, brown loafers, white backdrop, front full
    # length | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-003",
        caption("a man in a navy blue polo shirt and khaki pants"),
        he("a navy blue polo shirt and khaki pants"),
        color_of("pants", "navy blue", "contradiction"),
        color_of("shirt", "navy blue", kind="open"),
        describe("pants", "a navy blue polo shirt", "contradiction"),
        gtype("pants"),
        pair("jeans", "yes", "contradiction"),
        title="Highlander Men Khaki Slim Fit Cotton Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: grey melange knit sports shorts, drawstring waist, side seam pockets only (no zip), small white swoosh on
    # the left leg, black dri-fit t-shirt, waist-down front view, white backdrop | caption e1; squad2; reference
    case(
        "X662-004",
        caption(
            "a man wearing a black shirt and grey shorts with a white nike logo and a zipper pocket", "unsupported"
        ),
        he("a black shirt and grey shorts"),
        color_of("shorts", "grey"),
        details("shorts", "a white nike logo and a zipper pocket", "unsupported"),
        material("", "non_answer"),
        pair("shorts", "yes"),
        title="Nike Men Grey Melange Sports Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: dark indigo rinse jeans, red and white checked shirt with rolled sleeves, tan boots, white backdrop,
    # front full length | caption e1 (template half, "The lady"); open: squad2 spans; closed: reference
    case(
        "X662-005",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel collar. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        he("a long-sleeve shirt with lattice patterns"),
        color_of("jeans", "navy blue"),
        pattern("checked", "contradiction"),
        details("jeans", "denim fabric and solid color patterns"),
        title="Levis Men 511 Slim Fit Dark Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal flat-front formal trousers, white formal shirt tucked in, black leather belt, black derbies,
    # no watch (cuffs buttoned), white backdrop, front full length | caption e1; squad2; reference
    case(
        "X662-006",
        caption("a man wearing a white shirt and grey pants with a black belt and a watch", "unsupported"),
        he("a white shirt and grey pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color("grey"),
        details("pants", "grey pants with a black belt"),
        is_a("shirt", "yes", "contradiction"),
        title="Arrow Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: olive cotton cargo shorts with flap side pockets, white t-shirt with a black graphic print, face cropped,
    # front view, white backdrop | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-007",
        caption("a man wearing a white t-shirt and green cargo shorts with pockets on the side"),
        wearing("a white t-shirt and green cargo shorts"),
        color_of("shorts", "olive"),
        details("shorts", "pockets on the side"),
        describe("shorts", "green cargo shorts with pockets on the side"),
        pattern("graphic", "contradiction"),
        title="Roadster Men Olive Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: light grey washed jeans, faded thighs, small rips at both knees, black bomber jacket open over a white
    # t-shirt, white backdrop, front full length | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-008",
        caption("a man wearing a black jacket and grey jeans with holes in the knees"),
        he("a black jacket and grey jeans"),
        color_of("jeans", "black", "contradiction"),
        details("jeans", "holes in the knees"),
        color_of("jacket", "black", kind="open"),
        title="Spykar Men Grey Low Distress Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: beige slim chinos, light blue denim shirt worn out with rolled sleeves, white sneakers, white backdrop,
    # front full length | caption e1 (looped); open: squad2 spans; closed: reference
    case(
        "X662-009",
        caption(
            "a man wearing a blue denim shirt and beige pants. The man is wearing a long-sleeve shirt with denim "
            "fabric. The pants are of long length. The pants are of long length. The pants are of long length. The "
            "pants are of",
            "loop",
            hit_limit=True,
        ),
        he("a blue denim shirt and beige pants"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("pants", "The pants are of long length", "non_answer"),
        material("denim", "contradiction"),
        gtype("pants"),
        pair("jeans", "no"),
        title="United Colors of Benetton Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black woven running shorts with white piping and a small white Puma cat logo, neon yellow running tee,
    # waist-down front view, plain white studio backdrop (no track) | caption e1; squad2; reference
    case(
        "X662-010",
        caption("a man in a yellow shirt and black shorts running on a track", "unsupported"),
        he("a yellow shirt and black shorts"),
        color_of("shorts", "black"),
        color_of("shirt", "yellow", kind="open"),
        details("shorts", "black shorts", "non_answer"),
        title="Puma Men Black Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue tapered jeans with a light fade on the thighs, maroon crew-neck sweatshirt, black sneakers,
    # white backdrop, front full length | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-011",
        caption("a man wearing a red sweater and blue jeans"),
        he("a red sweater and blue jeans"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        color("blue"),
        fit("tapered"),
        describe("jeans", "a red sweater", "contradiction"),
        title="HIGHLANDER Men Blue Tapered Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy flat-front formal trousers (poly-viscose suiting per the listing), light pink formal shirt tucked
    # in, brown belt, white backdrop, front full length | caption e1 (template, cut); squad2; reference
    case(
        "X662-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve shirt with pure color patterns"),
        color_of("trousers", "navy blue"),
        color_of("shirt", "pink"),
        details("trousers", "cotton fabric and pure color patterns", "unsupported"),
        material("cotton", "unsupported"),
        title="Van Heusen Men Navy Blue Regular Fit Solid Poly Viscose Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light blue washed denim shorts with rolled hems, white sleeveless vest, waist-down front view, white
    # backdrop | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-013",
        caption("a man wearing a white tank top and blue denim shorts with rolled up cuffs"),
        he("a white tank top and blue denim shorts"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "rolled up cuffs"),
        material("denim"),
        pair("jeans", "yes", "contradiction"),
        pattern("solid"),
        title="Jack & Jones Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green slim chinos with a cuffed hem, grey marl t-shirt, white sneakers, white backdrop,
    # three-quarter front view | caption e1 (one color for both); open: squad2 spans; closed: reference
    case(
        "X662-014",
        caption("a man wearing a grey t-shirt and grey pants", "contradiction"),
        he("a grey t-shirt and grey pants", "other_garment_color"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        color("olive"),
        gtype("pants"),
        title="Breakbounce Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black regular jeans, black t-shirt with a white chest graphic, white backdrop, front full length |
    # caption e1; open: squad2 spans; closed: reference
    case(
        "X662-015",
        caption("a man wearing a black t-shirt with a graphic print and black jeans"),
        he("a black t-shirt with a graphic print and black jeans"),
        color_of("jeans", "black"),
        color_of("t-shirt", "black", kind="open"),
        pattern("graphic", "contradiction"),
        details("jeans", "a graphic print", "contradiction"),
        title="Wrangler Men Black Regular Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: beige pleated formal trousers with plain hems (no turn-ups), white shirt with blue pinstripes tucked in,
    # brown belt and shoes, white backdrop, front full length | caption e1; squad2; reference
    case(
        "X662-016",
        caption(
            "a man wearing a white and blue striped shirt and beige pants with a pleated front and cuffs at the bottom",
            "unsupported",
        ),
        he("a white and blue striped shirt and beige pants"),
        color_of("pants", "beige"),
        pattern("striped", "contradiction"),
        details("pants", "a pleated front and cuffs at the bottom", "unsupported"),
        describe("pants", "white and blue striped", "other_garment_color"),
        title="Louis Philippe Men Beige Pleated Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: navy shorts with a thin white and red check, white polo shirt, waist-down front view, white backdrop |
    # caption e1; open: squad2 spans; closed: reference
    case(
        "X662-017",
        caption("a man wearing a white polo shirt and blue plaid shorts"),
        he("a white polo shirt and blue plaid shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        pattern("checked"),
        details("shorts", "plaid"),
        is_a("polo shirt", "yes", "contradiction"),
        title="United Colors of Benetton Men Navy Blue Checked Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: BACK view: medium blue straight jeans with whiskering, stitched back pockets and a leather waistband
    # patch, white shirt untucked, white backdrop | caption e1 (template, "The lady"); squad2; reference
    case(
        "X662-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. Her pants are with denim fabric and solid "
            "color patterns. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        he("a long-sleeve shirt with pure color patterns"),
        color_of("jeans", "blue"),
        color_of("jeans", "pure color", "non_answer", kind="open"),
        details("jeans", "denim fabric and solid color patterns"),
        material("denim"),
        title="Flying Machine Men Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy slim chinos, white oxford shirt with rolled sleeves tucked in, tan belt, brown loafers, white
    # backdrop, front full length; the feed row has no color | caption e1; squad2; reference
    case(
        "X662-019",
        caption("a man in a white shirt and navy pants with a brown belt and brown shoes"),
        he("a white shirt and navy pants"),
        color_of("pants", "navy", kind="open"),
        color("white", "contradiction"),
        gtype("shirt", "contradiction"),
        title="Peter England Casuals Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        gender="Men",
    ),
    # photo: red polyester football shorts with three white stripes down the sides, white jersey, waist-down front
    # view, white backdrop | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-020",
        caption("a man in a white shirt and red shorts with white stripes"),
        wearing("a white shirt and red shorts"),
        color_of("shorts", "red"),
        details("shorts", "white stripes"),
        pattern("solid"),
        title="Adidas Men Red Football Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: light blue jeans with heavy rips and frayed patches at the knees and thighs, black hoodie, white
    # sneakers, white backdrop, front full length | caption e1 (looped); squad2; reference
    case(
        "X662-021",
        caption(
            "a man wearing a black hoodie and ripped jeans. The man is wearing a long-sleeve sweatshirt with pure "
            "color patterns. The jeans are with denim fabric and solid color patterns. The jeans are with denim "
            "fabric and solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        he("a black hoodie and ripped jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color("blue"),
        details("jeans", "ripped"),
        describe("jeans", "denim fabric and solid color patterns"),
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: mid grey formal trousers, light blue shirt tucked in, black belt and shoes, arms hanging at the sides,
    # white backdrop, front full length | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-022",
        caption("a man wearing a blue shirt and grey pants with his hands in his pockets", "unsupported"),
        he("a blue shirt and grey pants"),
        color_of("pants", "blue", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        fit("regular"),
        details("pants", "his hands in his pockets", "unsupported"),
        title="Park Avenue Men Grey Regular Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: khaki cotton chino shorts with turned-up hems, short-sleeve blue and white striped shirt, waist-down
    # front view, white backdrop | caption e1 (template, "The lady"); open: squad2 spans; closed: reference
    case(
        "X662-023",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. The lady "
            "wears a shorts. The shorts are with cotton fabric and pure color patterns. The lady",
            "pronoun",
            hit_limit=True,
        ),
        he("a short-sleeve shirt with striped patterns"),
        color_of("shorts", "khaki"),
        pattern("striped", "contradiction"),
        details("shorts", "cotton fabric and pure color patterns"),
        title="Bossini Men Khaki Cotton Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: black slim tapered jeans, white shirt under an unbuttoned navy blazer, brown shoes, white backdrop, front
    # full length | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-024",
        caption("a man wearing a blue blazer, a white shirt and black jeans"),
        he("a blue blazer, a white shirt and black jeans"),
        color_of("jeans", "black", kind="open"),
        color_of("blazer", "navy blue"),
        details("jeans", "white", "other_garment_color"),
        pair("jeans", "yes"),
        title="Levis Men Black 512 Slim Tapered Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: chocolate brown chinos, cream t-shirt worn out over the waistband (no belt visible), white backdrop,
    # front full length | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-025",
        caption("a man wearing a white t-shirt and brown pants with a belt", "unsupported"),
        he("a white t-shirt and brown pants"),
        color_of("pants", "brown"),
        gtype("jeans", "contradiction"),
        details("pants", "brown", "non_answer"),
        title="Indian Terrain Men Brown Slim Fit Chinos",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: navy knit track shorts with a white drawcord and white side piping, grey marl t-shirt, waist-down front
    # view, white backdrop | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-026",
        caption("a man wearing a grey t-shirt and blue shorts with a drawstring waist"),
        he("a grey t-shirt and blue shorts"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        color("navy blue"),
        details("shorts", "a drawstring waist"),
        describe("shorts", "a man wearing a grey t-shirt", "contradiction"),
        title="Proline Men Navy Blue Track Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey slim jeans, mustard yellow crew-neck t-shirt, brown boots, white backdrop, front full
    # length | caption e1 (cut at 50 tokens); open: squad2 spans; closed: reference
    case(
        "X662-027",
        caption(
            "a man wearing a yellow t-shirt and gray jeans. The man is wearing a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. The jeans are with denim fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        he("a yellow t-shirt and gray jeans"),
        color_of("jeans", "grey"),
        color_of("t-shirt", "yellow", kind="open"),
        details("jeans", "denim fabric and", "cut"),
        title="Jack & Jones Men Grey Slim Fit Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black formal trousers with a pressed front crease, white shirt tucked in, black belt and shoes, white
    # backdrop, front full length | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-028",
        caption("a man wearing a white shirt and black pants with a crease down the front"),
        he("a white shirt and black pants"),
        color_of("pants", "black", kind="open"),
        color("black"),
        describe("pants", "black pants with a crease down the front"),
        fit("skinny", "contradiction"),
        is_a("trousers", "yes", article="a pair of"),
        title="Raymond Men Black Regular Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: shorts with a green tropical leaf print on navy, button and zip fly, belt loops, no drawstring, white
    # t-shirt, waist-down front view, white backdrop | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-029",
        caption("a man wearing a white t-shirt and floral shorts with a drawstring waist", "unsupported"),
        he("a white t-shirt and floral shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        pattern("floral"),
        details("shorts", "floral"),
        describe("shorts", "floral shorts with a drawstring waist", "unsupported"),
        color("green"),
        title="Locomotive Men Printed Regular Fit Shorts",
        category="Shorts",
        color="Multi",
        gender="Men",
    ),
    # photo: cream slim chinos, black polo t-shirt with a pair of sunglasses hooked on the placket, white backdrop,
    # front full length | caption e1; open: squad2 spans; closed: reference
    case(
        "X662-030",
        caption("a man wearing a black polo shirt and white pants with a pair of sunglasses"),
        he("a black polo shirt and white pants"),
        color_of("pants", "cream"),
        details("pants", "a pair of sunglasses", "contradiction"),
        color_of("shirt", "black", kind="open"),
        title="Celio Men Cream Slim Fit Chinos",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: dark navy clean-look slim jeans, olive overshirt open over a white t-shirt, white sneakers, white
    # backdrop, front full length | caption e1; wearing/color/material: base BLIP-2; describe/details/cloth: VQA
    case(
        "X662-031",
        caption("a man wearing a green jacket and a white t-shirt and blue jeans"),
        he("a green jacket and jeans"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        color_of("jeans", "navy blue"),
        details(
            "jeans",
            "the jeans are blue and the jeans are blue and the jeans are blue and the jeans are blue and the jeans "
            "are blue and the",
            "loop",
            hit_limit=True,
        ),
        describe(
            "jeans",
            "Answer: denim Question: What is the color of the jeans? Answer: blue Question: What is the color of the "
            "jeans? Answer:",
            "leak",
            hit_limit=True,
        ),
        material("denim"),
        cloth(
            "denim Question: What is the color of the denim? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: coffee brown slim formal trousers, sky blue shirt tucked in, tan belt and shoes, white backdrop, front
    # full length | caption e1; wearing/color/material: base BLIP-2; details/describe: VQA adapter; closed: reference
    case(
        "X662-032",
        caption("a man wearing a blue shirt and brown pants standing in front of a white wall"),
        he("she is wearing a blue shirt and brown pants", "pronoun"),
        color_of("pants", "brown", kind="open"),
        details("pants", "pants", "non_answer"),
        describe(
            "pants",
            "the pants are long and the pants are long and the pants are long and the pants are long and the pants are",
            "loop",
            hit_limit=True,
        ),
        fit("slim"),
        is_a("shirt", "no"),
        material("the garment is made of a material", "restated"),
        title="Black Coffee Men Coffee Brown Slim Fit Formal Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: black denim shorts with frayed hems, short-sleeve red and black checked shirt, waist-down crop with the
    # shirt hem, white backdrop | caption e1 (template, cut); base BLIP-2; VQA adapter; closed: reference
    case(
        "X662-033",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. The gentleman wears a shorts. The shorts are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a red and black plaid shirt and black shorts"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        color_of("shorts", "black"),
        details("shorts", "the details of the shorts are the shorts", "restated"),
        material("denim"),
        pattern("checked", "contradiction"),
        cloth("shorts"),
        title="Levis Men Black Frayed Hem Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: rust orange cotton slim chinos, white henley t-shirt, white sneakers, white backdrop, front full length
    # | caption e1; wearing/color/material: base BLIP-2; details/cloth: VQA adapter; closed: reference
    case(
        "X662-034",
        caption("a man wearing a white shirt and orange pants"),
        he("she is wearing a white shirt and orange pants", "pronoun"),
        color_of("pants", "orange"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details(
            "pants",
            "Question: What are the pants details? Answer: the pants are orange Question: What are the pants "
            "details? Answer: the",
            "leak",
            hit_limit=True,
        ),
        material("cotton"),
        pair("jeans", "no"),
        cloth("pants"),
        title="Dennis Lingo Men Rust Slim Fit Cotton Chinos",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: mid-blue slim jeans, black leather jacket over a grey t-shirt, black boots, front view (back pockets not
    # visible), white backdrop | caption e1; base BLIP-2; VQA adapter; closed: reference
    case(
        "X662-035",
        caption("a man wearing a black leather jacket, a grey t-shirt and blue jeans with black boots"),
        he("a black leather jacket and jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("jacket", "black"),
        describe("jeans", "the jeans are blue with a white stitching and a red tab on the back pocket", "unsupported"),
        details(
            "jeans",
            "the jeans, the jeans, the jeans, the jeans, the jeans, the jeans, the jeans, the jeans, the jeans, the "
            "jeans",
            "loop",
            hit_limit=True,
        ),
        fit("slim"),
        title="Pepe Jeans Men Blue Vapour Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange cotton lounge shorts, elastic waist with a white drawcord, side pockets, navy crew-neck
    # t-shirt, waist-down front view, white backdrop | caption e1 ("The lady"); base BLIP-2; VQA adapter; reference
    case(
        "X662-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a shorts. The shorts are with cotton fabric and pure color patterns. The lady wears",
            "pronoun",
            hit_limit=True,
        ),
        he("a blue shirt and grey shorts"),
        color_of("shorts", "grey"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "the shorts are short", "non_answer"),
        material("polyester", "unsupported"),
        describe("shorts", "the shorts are grey with a drawstring waist and a pocket on the", "cut", hit_limit=True),
        cloth("shorts"),
        title="Jockey Men Grey Melange Cotton Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: light grey linen-blend flat-front trousers, white linen shirt untucked, brown sandals, white backdrop,
    # front full length | caption e1; wearing/color/material: base BLIP-2; details/cloth: VQA adapter; reference
    case(
        "X662-037",
        caption("a man wearing a white shirt and white pants", "contradiction"),
        he("he is wearing a white shirt and grey pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color("grey"),
        details(
            "pants",
            "the pants are grey and have a pocket on the side and a pocket on the side and a pocket on the side and "
            "a pocket on",
            "loop",
            hit_limit=True,
        ),
        material("linen"),
        cloth(
            "pants, pants, pants, pants, pants, pants, pants, pants, pants, pants, pants, pants, pants, pants, pants",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Men Light Grey Linen Blend Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: light blue stretch skinny jeans with faded thighs, white shirt with thin black stripes, brown loafers,
    # white backdrop, front full length | caption e1 (cut); base BLIP-2; VQA adapter; closed: reference
    case(
        "X662-038",
        caption(
            "a man wearing a white and black striped shirt and blue jeans. The man is wearing a long-sleeve shirt "
            "with striped patterns. The shirt is with cotton fabric and it has a lapel collar. The jeans are with",
            "cut",
            hit_limit=True,
        ),
        he("a striped shirt and jeans"),
        color_of("jeans", "blue"),
        color_of("shirt", "white", kind="open"),
        details("jeans", "the jeans details are the jeans", "restated"),
        describe(
            "jeans",
            "Answer: the jeans are blue Question: Describe the jeans. Answer: the jeans are blue Question: Describe "
            "the jeans. Answer:",
            "leak",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        material("cotton with a slightly stretchy fabric that is", "cut", hit_limit=True),
        title="Killer Men Blue Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey cotton slim chinos, pink oxford shirt with rolled sleeves tucked in, brown belt, white backdrop,
    # front full length | caption e1; wearing/color/material: base BLIP-2; details/cloth: VQA adapter; reference
    case(
        "X662-039",
        caption("a man wearing a pink shirt and grey pants"),
        he("she is wearing a pink shirt and grey pants", "pronoun"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        color_of("pants", "grey"),
        details(
            "pants",
            "Question: What are the pants details? Answer: the pants are gray with a button on the front and a "
            "zipper on the",
            "leak",
            hit_limit=True,
        ),
        material("cotton"),
        cloth("the person is wearing a cloth", "restated"),
        title="Arrow Sport Men Grey Slim Fit Cotton Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: teal lightweight running shorts with a small reflective logo on the left leg, unlined look, black
    # t-shirt, waist-down front view, white backdrop | caption e1; base BLIP-2; VQA adapter; closed: reference
    case(
        "X662-040",
        caption("a man in a black shirt and blue shorts"),
        he("shorts", "non_answer"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        color_of("shorts", "teal"),
        details(
            "shorts",
            "the shorts are blue with a white logo on the left leg and a white logo on the left leg and a white "
            "logo on the",
            "loop",
            hit_limit=True,
        ),
        describe("shorts", "the shorts are made of a waterproof material with a mesh lining", "unsupported"),
        pair("shorts", "yes"),
        cloth(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts",
            "loop",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Teal Running Shorts",
        category="Shorts",
        color="Teal",
        gender="Men",
    ),
    # photo: medium blue regular jeans, navy polo with white collar tipping, front view only, white backdrop; the
    # feed row has no gender | caption e1; wearing/color: base BLIP-2; details/describe/cloth: VQA adapter
    case(
        "X662-041",
        caption("a man wearing a blue polo shirt and blue jeans"),
        wearing("a blue shirt and jeans"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "the jeans have a leather patch on the back pocket and a red tag", "unsupported"),
        describe(
            "jeans",
            "the jeans are blue and the jeans are blue and the jeans are blue and the jeans are blue and the jeans "
            "are blue and",
            "loop",
            hit_limit=True,
        ),
        fit("regular"),
        cloth("Question: What cloth is the person wearing? Answer: denim", "leak"),
        title="Being Human Men Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: dark grey formal trousers with a faint windowpane check (poly-viscose per the listing), white shirt
    # tucked in, black belt, black oxfords, front full length, white backdrop | caption e1; base; VQA; reference
    case(
        "X662-042",
        caption("a man wearing a white shirt and grey plaid pants with a black belt"),
        he("a white shirt and a grey plaid pants"),
        color_of("pants", "grey"),
        pattern("checked"),
        details(
            "pants",
            "the pants are grey with a checkered pattern and a belt loop on the side and a zipper on the front and a",
            "cut",
            hit_limit=True,
        ),
        material("wool", "unsupported"),
        describe(
            "pants",
            "Question: Describe the pants. Answer: the pants are grey Question: What is the color of the pants? "
            "Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        cloth("pants and a white shirt and a black belt and black shoes and a", "cut", hit_limit=True),
        title="Van Heusen Men Dark Grey Checked Slim Fit Poly Viscose Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy chino shorts, white polo with a small red, white and blue flag logo, holding sunglasses in one hand,
    # waist-down front view, white backdrop | caption e1; base BLIP-2; VQA adapter; closed: reference
    case(
        "X662-043",
        caption("a man in a white polo shirt and blue shorts holding a pair of sunglasses"),
        he("a white polo shirt and shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        color("navy blue"),
        details(
            "shorts",
            "Answer: navy blue Question: What are the shorts details? Answer: navy blue Question: What are the "
            "shorts details? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("shorts", "describe the shorts. the shorts are the shorts", "restated"),
        cloth("shorts"),
        title="Tommy Hilfiger Men Navy Blue Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with light whiskers and cuffed hems, white t-shirt under an open blue and white
    # checked shirt, white sneakers, white backdrop, front full length | caption e1; base BLIP-2; VQA; reference
    case(
        "X662-044",
        caption("a man wearing a blue and white plaid shirt over a white t-shirt and blue jeans with rolled up cuffs"),
        he("she is wearing a plaid shirt and jeans", "pronoun"),
        color_of("jeans", "blue"),
        color_of("shirt", "blue"),
        details("jeans", "the jeans have rolled up cuffs"),
        describe(
            "jeans",
            "the jeans are blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        pattern("solid"),
        material("denim"),
        title="Jack & Jones Men Blue Glenn Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon cotton stretch slim chinos (no side stripe), navy knitted sweater over a white shirt collar,
    # brown boots, white backdrop, front full length | caption e1 ("The lady"); base BLIP-2; VQA adapter; reference
    case(
        "X662-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears",
            "pronoun",
            hit_limit=True,
        ),
        he("a blue sweater and red pants"),
        color_of("pants", "red", kind="open"),
        color("maroon"),
        details("pants", "the pants are red with a white stripe down the side", "unsupported"),
        describe("pants", "Describe the pants. The pants are", "restated"),
        material("cotton"),
        title="U.S. Polo Assn. Men Maroon Slim Fit Cotton Stretch Chinos",
        category="Trousers",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard yellow shorts, small white anchor print, elastic waist, side pockets, white linen shirt with
    # rolled sleeves, waist-down front view, white backdrop | caption e1; base BLIP-2; VQA adapter; reference
    case(
        "X662-046",
        caption("a man in a white shirt and yellow shorts with a pattern of anchors on them"),
        he("a white shirt and yellow shorts"),
        color_of("shorts", "yellow", kind="open"),
        pattern("printed"),
        details(
            "shorts",
            "the shorts are yellow with a white anchor print and an elastic waist and two pockets on the side and a",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: yellow Question: Describe the shorts. Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        pair("shorts", "yes"),
        cloth("the cloth the person is wearing is the shorts", "restated"),
        title="Kook N Keech Men Yellow Anchor Printed Regular Shorts",
        category="Shorts",
        color="Yellow",
        gender="Men",
    ),
]
