"""BLIND_416 (46 products; Brazilian menswear export catalog: tees, polos, linen shirts, bermudas, jeans, swim): written
blind in the forty-sixth session. Measured blind at 42a062e (the session's rules as they stood): 109/125 failures
found (87.2%) and 6/156 correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: the English feed of a Brazilian menswear export brand: camisetas sold as t-shirts (plain, pocket, graphic,
tie-dye, striped), pique and knit polos, linen shirts (mandarin, camp collar, long and short sleeve, prints),
chino, cargo, jersey, linen and denim bermudas, chinos and linen pants, jeans, swim shorts and light jackets
(windbreakers, trucker denim, overshirt, linen blazer). Model shots on beaches (sea, sand, palm trees, a boardwalk,
a beach bar, a surfboard) and on white studio backdrops or a white brick wall; the model always wears a second
piece (shorts under a shirt, a tee under a jacket), so most photos hold two colors. Each product has the seller's
title, category, color and gender; three rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a white
t-shirt standing on the beach") unless the comment says the caption adapter wrote them (the DeepFashion template,
"The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."; no hue
names, only pattern words, and only the template's fabrics: cotton, denim, chiffon, knitting, leather). The adapter
was trained with no end-of-answer token, so each of its texts runs to its limit (50 new tokens for captions, 30 for
answers), carries hit_limit=True, and is the caption template whatever the question. Open questions (wearing,
description, details, material, collar, length) come from the base model unless the comment says otherwise; it
stops on its own and never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, per-piece
colors, "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, sky blue or any wash of denim; beige or khaki for
  khaki and sand; white for off white and cream; grey for heather grey or grey melange; orange for terracotta; pink
  for salmon; green for olive and sage green; brown for camel; yellow for mustard. Navy answered black is a
  contradiction (the reference engine's usual slip), and so is any hue the photo's pieces do not have.
- The color of the other piece in the photo (the white shirt over navy bermudas, the tee under a jacket, the open
  shirt over the tee that is the product) given for the product is other_garment_color, in open and closed answers:
  "a white shirt and white shorts" for navy bermudas is other_garment_color. The product's own color given to the
  other piece too ("a white t-shirt and white shorts" for a white tee over blue shorts) is contradiction (one color
  for two pieces), and so is a caption that paints the other piece a color it does not have.
- The color of a print on the garment (white letters on a black tee, pink flamingos on navy swim shorts, a blue wave
  on a white tee, white flowers on a black shirt) given as the garment's color is contradiction. For a two-color
  stripe or tie-dye (White/Navy, Blue/White, White/Green) either color is correct. A palm or leaf print called
  "floral" is correct; a tie-dye called "solid" and a plain heather tee called "striped" are contradictions.
- Garment synonyms are correct: tee or t-shirt for camiseta, shorts for bermudas, swim trunks for swim shorts, pants
  for chinos and linen pants, shirt for an overshirt or a polo, jacket for a blazer, knit shirt for a knit polo.
  Bermudas called pants, jeans or long trousers, a denim jacket called a shirt, a blazer with white pants called a
  suit, a short-sleeved knit polo called a sweater, and a polo the reference engine calls "t-shirt" (or "yes" to
  "Is this a polo shirt?" for a tee) against the title and category, are contradictions. Rolled-up long
  sleeves answered "short sleeves", and "long sleeves" for a short-sleeved knit polo, are contradictions.
- Materials: the title's fabric (linen, denim, nylon, polyester, knit) is correct; cotton on a plain tee, chinos or
  denim (denim is cotton) is a correct guess. A fabric neither named nor visible is unsupported: silk for linen or
  viscose, wool or corduroy for twill and chinos, leather for a nylon windbreaker, cotton for quick-dry polyester
  swim shorts, denim for a jersey bermuda. A material question answered with the garment's color and name is
  restated; "a collar" for "What kind of collar ...?" is restated.
- Invented items not in the photo (a logo on a plain tee, a belt where there are only belt loops, a hood, a fur
  collar, a button-down collar on a camp collar, a chest pocket, a back pocket on a front view) are unsupported.
  Things that are in the photo (sunglasses, a surfboard, palm trees, a bar, a white wall) are correct.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut; the template given to the material question is restated even though it is also cut. Where the template
  misnames the product itself (bermudas as "long trousers", a windbreaker as "a long-sleeve shirt") the misnaming
  is labelled contradiction; where it opens with "The lady" for a man it is labelled pronoun (the auditor sees the
  first sentence first). The template's "cotton fabric" for a linen shirt is what it always says: those texts are
  labelled by their loop or cut. The template answering wearing, description, details or length does answer them.
- A base answer stopped early ("it is made of") is cut, without hit_limit. Empty answers, "the details of the
  garment", "the garment" or "the pants" for a description and "the shorts are short", "short" or "they are short"
  for the shorts' details or length are non_answer.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first words are right.
- "a woman" or "she" for the male model (long hair in two beach shots) is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
collar = question("collar", "What kind of collar does the shirt have?", "open")
length = question("length", "How long are the shorts?", "open")

BLIND_416 = [
    # photo: model in a plain white crew-neck tee, no print or logo, with navy bermudas; beach and sea behind,
    # front view from the knees up. no adapter text.
    case(
        "X416-001",
        caption("a man in a white t-shirt standing on the beach"),
        D.wearing("a white t-shirt and white shorts", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.details("a logo on the chest", "unsupported"),
        D.material("cotton"),
        title="Men's Essential Crew Neck Tee - White",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy chino bermudas, knee length, worn with an untucked white linen shirt; beach, full body, front view.
    # caption, details: adapter
    case(
        "X416-002",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        D.color("blue"),
        is_a("shorts", "yes", article="a pair of"),
        length("knee length"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve shirt with "
            "pure color patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men's Chino Bermuda Shorts - Navy",
        category="Shorts",
        color="Navy",
        gender="Men",
    ),
    # photo: off-white linen shirt, mandarin collar, long sleeves rolled up to the elbows, buttoned; sand chinos;
    # white studio backdrop, front view from mid-thigh up. no adapter text.
    case(
        "X416-003",
        caption("a man in a white shirt and white pants", "contradiction"),
        D.garment_type("shirt"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        collar("a mandarin collar"),
        D.material("silk", "unsupported"),
        title="Men's Linen Mandarin Collar Shirt Long Sleeve",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: terracotta pique polo, two-button placket, with white chino shorts; white backdrop, front view.
    # caption, material: adapter
    case(
        "X416-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange polo shirt and orange shorts", "contradiction"),
        D.garment_type("polo shirt"),
        D.color("orange"),
        D.details("a collar and two buttons"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel",
            "restated",
            hit_limit=True,
        ),
        title="Men's Pique Polo Shirt - Terracotta",
        category="Polos",
        color="Terracotta",
        gender="Men",
    ),
    # photo: dark wash straight jeans with a heather grey tee (untucked); white backdrop, full body, front view.
    # no adapter text.
    case(
        "X416-005",
        caption("a man in a grey t-shirt and grey pants", "other_garment_color"),
        D.wearing("a grey t-shirt and grey jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details("the jeans have a zipper and five pockets"),
        D.material("denim"),
        title="Men's Straight Fit 5-Pocket Jeans - Dark Wash",
        category="Jeans",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: swim shorts with a green palm-leaf print on white, white drawstring at the waist; shirtless model, no
    # jewellery, on the sand, sea behind, front view. no adapter text.
    case(
        "X416-006",
        caption("a man in swim trunks standing on the beach"),
        D.wearing("a pair of swim trunks and a necklace", "unsupported"),
        D.pattern("floral"),
        D.color("green"),
        D.details("a drawstring at the waist"),
        D.material("cotton", "unsupported"),
        title="Men's Tropical Leaf Print Quick-Dry Polyester Swim Shorts",
        category="Swimwear",
        color="Green",
        gender="Men",
    ),
    # photo: olive nylon windbreaker, zipped halfway, stand collar, over a white tee, black jeans; white backdrop.
    # caption: adapter
    case(
        "X416-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a standing neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jacket, white t-shirt and black jeans"),
        color_jacket("green"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.description(
            "a green jacket with a zipper Question: What is the color of the t-shirt? Answer: white",
            "leak",
        ),
        D.material("nylon"),
        title="Men's Lightweight Windbreaker Jacket - Olive",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: blue-and-white vertical striped linen shirt, short sleeves, camp collar (no buttons on the collar),
    # with beige shorts; beach, front view. no adapter text.
    case(
        "X416-008",
        caption("a man in a striped shirt on the beach"),
        D.wearing("a blue and white striped shirt and beige shorts"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        collar("a button down collar", "unsupported"),
        D.material("linen"),
        title="Men's Striped Linen Camp Collar Shirt Short Sleeve",
        category="Shirts",
        color="Blue/White",
        gender="Men",
    ),
    # photo: black tee with "RIO" printed large in white on the chest, khaki shorts; white backdrop. no adapter text.
    case(
        "X416-009",
        caption("a man wearing a black t-shirt with the word rio on it"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.description("a black t-shirt with white letters"),
        D.details(
            "Question: What are the details of the garment? Answer: the t-shirt has a print",
            "leak",
        ),
        D.material("a black t-shirt", "restated"),
        title="Men's Rio Graphic T-Shirt - Black",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: sky blue linen shirt, long sleeves, lapel-like collar, worn open over a white tank, white linen pants;
    # beach at sunset, full body. caption: adapter
    case(
        "X416-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and white pants"),
        color_shirt("blue"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("linen"),
        title="Men's Linen Shirt Long Sleeve - Sky Blue",
        category="Shirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: white linen drawstring pants (elastic waist, no fly or zipper) worn with the sky blue linen shirt of
    # X416-010; model walking on the beach, full body. no adapter text.
    case(
        "X416-011",
        caption("a man in a blue shirt and white pants walking on the beach"),
        D.wearing("a blue shirt and blue pants", "other_garment_color"),
        color_pants("white"),
        D.garment_type("pants"),
        D.details("a drawstring waist and a zipper", "unsupported"),
        D.material("linen"),
        title="Men's Linen Drawstring Pants - White",
        category="Pants",
        color="White",
        gender="Men",
    ),
    # photo: heather grey v-neck tee, plain, with blue jeans; white backdrop, from the knees up.
    # caption, details, material: adapter
    case(
        "X416-012",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a V-shape neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and blue jeans"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The T-shirt is with cotton fabric. It has a V-shape neckline. The T-shirt is with cotton fabric. It has a "
            "V-shape neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a V",
            "restated",
            hit_limit=True,
        ),
        title="Men's V-Neck Tee - Heather Grey",
        category="T-Shirts",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: khaki slim chinos with belt loops and no belt, navy polo tucked in; white backdrop, full body.
    # no adapter text.
    case(
        "X416-013",
        caption("a man in a blue polo shirt and khaki pants"),
        D.wearing("a blue polo shirt and blue pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("beige"),
        D.details("the pants have a belt", "unsupported"),
        D.material("wool", "unsupported"),
        title="Men's Slim Fit Stretch Chinos - Khaki",
        category="Chinos",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy pique polo with white tipping on the collar and cuffs, khaki chinos; white backdrop.
    # no adapter text.
    case(
        "X416-014",
        caption("a man in a black polo shirt", "contradiction"),
        D.garment_type("polo shirt"),
        D.color("black", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("white stripes on the collar"),
        D.material("a navy polo shirt", "restated"),
        title="Men's Tipped Collar Pique Polo - Navy",
        category="Polos",
        color="Navy",
        gender="Men",
    ),
    # photo: light wash trucker denim jacket, no hood, open over a white tee, black chinos; white backdrop.
    # no adapter text.
    case(
        "X416-015",
        caption("a man in a denim jacket and black pants"),
        D.wearing("a denim jacket, a white t-shirt and black pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.description(
            "a light blue denim jacket with buttons Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        D.details("a hood", "unsupported"),
        D.material("denim"),
        title="Men's Trucker Denim Jacket - Light Wash",
        category="Jackets",
        color="Light Blue",
        gender="Men",
    ),
    # photo: solid red swim shorts, short inseam; shirtless model holding a white surfboard on the beach.
    # no adapter text.
    case(
        "X416-016",
        caption("a man holding a surfboard on the beach"),
        D.wearing("red swim trunks"),
        D.color("orange", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        D.details("the shorts are short", "non_answer"),
        length("above the knee"),
        D.material("", "non_answer"),
        title="Men's Solid Swim Shorts 5\" - Red",
        category="Swimwear",
        color="Red",
        gender="Men",
    ),
    # photo: long-haired male model in a white short-sleeve linen shirt, open collar, no pockets, navy swim shorts;
    # beach.
    # no adapter text.
    case(
        "X416-017",
        caption("a woman in a white shirt on the beach", "pronoun"),
        D.wearing("a white shirt and blue shorts"),
        D.garment_type("shirt"),
        D.color("white"),
        D.description(
            "a white shirt Question: What is the person wearing? Answer: a white shirt and blue shorts",
            "leak",
        ),
        D.details("a pocket on the chest", "unsupported"),
        D.material("linen"),
        title="Men's Short Sleeve Linen Shirt - White",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black slim jeans with a white crew-neck tee; white backdrop, full body. caption, details: adapter
    case(
        "X416-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and white jeans", "other_garment_color"),
        D.color("black"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Men's Slim Fit Jeans - Black",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: olive cargo bermudas with side flap pockets, black tee; white backdrop, full body. no adapter text.
    case(
        "X416-019",
        caption("a man in a black t-shirt and green shorts"),
        D.wearing("a black t-shirt and black shorts", "other_garment_color"),
        D.garment_type("shorts"),
        D.color("brown", "contradiction"),
        D.details("cargo pockets on the sides"),
        D.material("green shorts", "restated"),
        title="Men's Cargo Bermuda Shorts - Olive",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: white polo with thin green horizontal stripes, white chino shorts; beach bar behind, waist up.
    # caption, material: adapter
    case(
        "X416-020",
        caption(
            "The gentleman wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a short-sleeve shirt with stripe patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a striped polo shirt and white shorts"),
        D.pattern("striped"),
        D.color("green"),
        is_a("polo shirt", "yes"),
        D.material(
            "The gentleman wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman",
            "restated",
            hit_limit=True,
        ),
        title="Men's Striped Polo Shirt - White/Green",
        category="Polos",
        color="White/Green",
        gender="Men",
    ),
    # photo: sand unstructured linen blazer, two buttons, chest welt pocket, over a white tee, white pants; white
    # brick wall behind. no adapter text.
    case(
        "X416-021",
        caption("a man in a beige blazer and white pants standing in front of a brick wall"),
        D.wearing("a beige jacket and a white t-shirt"),
        D.garment_type("jacket"),
        is_a("suit", "yes", "contradiction"),
        D.color("white", "other_garment_color"),
        D.details("two buttons and a pocket on the chest"),
        D.material("Question: What material is the garment made of? Answer: linen", "leak"),
        title="Men's Unstructured Linen Blazer - Sand",
        category="Jackets",
        color="Sand",
        gender="Men",
    ),
    # photo: white tee with a blue wave printed across the chest, no jewellery; beach, waist up. no adapter text.
    case(
        "X416-022",
        caption("a man in a white t-shirt with a wave on it"),
        D.color("blue", "contradiction"),
        D.description("a white t-shirt with a blue wave"),
        D.wearing("a white t-shirt and a necklace", "unsupported"),
        D.details("", "non_answer"),
        D.material("cotton"),
        title="Men's Wave Graphic T-Shirt - White",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange jersey bermudas with drawstring and side pockets, white tee; white backdrop.
    # no adapter text.
    case(
        "X416-023",
        caption("a man in a white t-shirt and white shorts", "other_garment_color"),
        D.wearing("a white t-shirt and grey shorts"),
        D.color("white", "other_garment_color"),
        D.details("a drawstring and pockets"),
        D.material("denim", "unsupported"),
        title="Men's Jersey Bermuda Shorts - Grey Melange",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: the product is the white crew-neck tee (no pocket), worn under an open blue chambray shirt with two chest
    # pockets, beige chinos; white backdrop, from the knees up. no adapter text.
    case(
        "X416-024",
        caption("a man in a blue shirt over a white t-shirt"),
        D.wearing("a blue shirt and a white t-shirt"),
        D.garment_type("t-shirt"),
        D.color("blue", "other_garment_color"),
        D.description("a white t-shirt with a round neck"),
        D.details("a pocket on the chest", "unsupported"),
        D.material("cotton"),
        title="Men's Pima Cotton Crew Neck T-Shirt - White",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy swim shorts with white side piping, no zipped pocket; shirtless model in sunglasses, beach, front
    # view; no watch or bracelet. caption: adapter
    case(
        "X416-025",
        caption(
            "The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist. There is an accessory on his wrist. There is an accessory on his",
            "loop",
            hit_limit=True,
        ),
        D.wearing("blue swim trunks and sunglasses"),
        D.color("blue"),
        D.details("white stripes on the side and a zipper pocket", "unsupported"),
        D.material("it is made of", "cut"),
        title="Men's Swim Shorts with Side Piping - Navy",
        category="Swimwear",
        color="Navy",
        gender="Men",
    ),
    # photo: mustard pocket tee (one chest pocket), white shorts; white backdrop. no adapter text.
    case(
        "X416-026",
        caption("a man in a yellow t-shirt"),
        D.wearing("a yellow t-shirt and yellow shorts", "contradiction"),
        D.color("yellow"),
        D.sleeve_length("short sleeves"),
        D.description(
            "a yellow t-shirt with a pocket Question: What is the material of the t-shirt? Answer: cotton",
            "leak",
        ),
        D.details("a pocket on the chest"),
        D.material("cotton"),
        title="Men's Pocket Tee - Mustard",
        category="T-Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: light wash jeans with ripped knees, black tee; white backdrop, full body. no adapter text.
    case(
        "X416-027",
        caption("a man in ripped jeans and a black t-shirt"),
        D.wearing("a black t-shirt and black jeans", "other_garment_color"),
        D.color("black", "other_garment_color"),
        D.description(
            "a pair of ripped jeans Question: What is the color of the t-shirt? Answer: black",
            "leak",
        ),
        D.details("ripped knees"),
        D.material("cotton"),
        title="Men's Distressed Jeans - Light Wash",
        category="Jeans",
        color="Light Blue",
        gender="Men",
    ),
    # photo: sage green linen shirt, long sleeves, spread collar, beige linen pants; beach with palm trees.
    # caption, description: adapter
    case(
        "X416-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and beige pants"),
        D.color("green"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        collar("a collar", "restated"),
        title="Men's Linen Shirt Long Sleeve - Sage Green",
        category="Shirts",
        color="Sage Green",
        gender="Men",
    ),
    # photo: black nylon hooded windbreaker, full zip, over a grey tee; white backdrop. no adapter text.
    case(
        "X416-029",
        caption("a man in a black jacket with a hood"),
        D.wearing("a black jacket and a grey t-shirt"),
        D.garment_type("jacket"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("a zipper and a hood"),
        D.material("leather", "unsupported"),
        title="Hooded Nylon Windbreaker - Black",
        category="Jackets",
        color="Black",
    ),
    # photo: salmon chino bermudas, white tee; beach, full body. no adapter text.
    case(
        "X416-030",
        caption("a man in pink shorts on the beach"),
        D.wearing("a white t-shirt and pink shorts"),
        D.garment_type("pants", "contradiction"),
        D.color("pink"),
        length("short", "non_answer"),
        title="Men's Chino Bermuda Shorts - Salmon",
        category="Shorts",
        color="Salmon",
        gender="Men",
    ),
    # photo: off-white long-sleeve henley, three-button placket, no pocket, with blue jeans; beach at sunset.
    # caption, material: adapter
    case(
        "X416-031",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white shirt and jeans"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.details("three buttons on the neck and a pocket", "unsupported"),
        D.material(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round",
            "restated",
            hit_limit=True,
        ),
        title="Men's Long Sleeve Henley - Off White",
        category="T-Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: mid wash denim bermudas with cuffed hems, white linen shirt untucked; beach, full body. no adapter text.
    case(
        "X416-032",
        caption("a man in a white shirt and denim shorts"),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        color_shorts("blue"),
        D.garment_type("jeans", "contradiction"),
        D.details("the shorts have rolled up hems"),
        D.material("blue shorts", "restated"),
        title="Men's Denim Bermuda Shorts - Mid Wash",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: blue-and-white tie-dye tee, no pocket, white shorts; beach, waist up. no adapter text.
    case(
        "X416-033",
        caption("a man in a tie dye shirt on the beach"),
        D.pattern("solid", "contradiction"),
        D.color("blue"),
        D.description("a blue and white tie dye t-shirt"),
        D.material("", "non_answer"),
        D.details("the t-shirt has a tie dye pattern and a pocket", "unsupported"),
        title="Men's Tie-Dye T-Shirt - Blue",
        category="T-Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: camel cotton twill overshirt, two flap chest pockets, open over a black tee, black jeans; white
    # backdrop. caption, description: adapter
    case(
        "X416-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. It has a lapel neckline. The shirt is "
            "with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and black jeans"),
        D.garment_type("shirt"),
        D.color("brown"),
        D.details("two chest pockets with flaps"),
        D.description(
            "The shirt is with cotton fabric. It has a lapel neckline. The gentleman wears a long trousers. The "
            "trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.material("corduroy", "unsupported"),
        title="Men's Cotton Twill Overshirt - Camel",
        category="Jackets",
        color="Camel",
        gender="Men",
    ),
    # photo: navy swim shorts printed with small pink flamingos; shirtless model on the sand. no adapter text.
    case(
        "X416-035",
        caption("a man in blue shorts with flamingos on them"),
        D.wearing("blue swim trunks with pink flamingos"),
        D.color("pink", "contradiction"),
        D.pattern("printed"),
        D.details("pink flamingos"),
        D.material("the shorts are made of", "cut"),
        title="Men's Flamingo Print Swim Shorts - Navy",
        category="Swimwear",
        color="Navy",
        gender="Men",
    ),
    # photo: navy slim chinos, white tee tucked in, white sneakers; white backdrop, full body. no adapter text.
    case(
        "X416-036",
        caption("a man in a white t-shirt and white pants", "other_garment_color"),
        color_pants("blue"),
        D.color("white", "other_garment_color"),
        D.description("the pants", "non_answer"),
        D.details("a button and a zipper"),
        D.material("cotton"),
        title="Slim Chinos - Navy",
        category="Chinos",
        color="Navy",
    ),
    # photo: white shirt with a green palm-tree print, short sleeves, camp collar, white shorts; beach, palm trees
    # behind. caption, description: adapter
    case(
        "X416-037",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt with palm trees and white shorts"),
        D.description(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "gentleman wears a short-sleeve shirt with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        D.details("palm tree print and buttons"),
        D.material("linen"),
        title="Men's Palm Print Linen Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black pique polo, grey shorts; white backdrop, from the knees up. no adapter text.
    case(
        "X416-038",
        caption("a man in a black polo shirt and grey shorts"),
        D.wearing("she is wearing a black polo shirt", "pronoun"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("black"),
        D.details(
            "a collar and buttons Question: What is the color of the shorts? Answer: grey",
            "leak",
        ),
        title="Men's Classic Pique Polo - Black",
        category="Polos",
        color="Black",
        gender="Men",
    ),
    # photo: cream knit polo, short sleeves, three buttons; model sitting at a wooden beach bar. no adapter text.
    case(
        "X416-039",
        caption("a man in a white sweater sitting at a bar", "contradiction"),
        D.color("white"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("the garment", "non_answer"),
        D.details("buttons on the collar"),
        D.material("knit"),
        title="Men's Knit Polo Shirt - Cream",
        category="Polos",
        color="Cream",
        gender="Men",
    ),
    # photo: sand linen bermudas, knee length, with a white linen shirt; beach, full body. caption, length: adapter
    case(
        "X416-040",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white shirt and beige shorts"),
        D.color("white", "other_garment_color"),
        length(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a short-sleeve",
            "contradiction",
            hit_limit=True,
        ),
        D.material("linen"),
        title="Men's Linen Bermuda Shorts - Sand",
        category="Shorts",
        color="Sand",
        gender="Men",
    ),
    # photo: white tee with a small embroidered brand logo on the left chest, blue denim shorts; beach.
    # no adapter text.
    case(
        "X416-041",
        caption("a man in a white t-shirt on the beach"),
        D.wearing("a white t-shirt and blue shorts"),
        D.color("white"),
        is_a("polo shirt", "yes", "contradiction"),
        D.details("a small logo on the chest"),
        D.material("cotton Question: What is the color of the garment? Answer: white", "leak"),
        title="Men's Embroidered Logo Tee - White",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy quilted lightweight jacket, plain stand collar (no fur), over a white shirt, beige chinos; white
    # backdrop. no adapter text.
    case(
        "X416-042",
        caption("a man in a navy jacket and khaki pants"),
        D.garment_type("jacket"),
        D.color("black", "contradiction"),
        D.details("the jacket has a fur collar", "unsupported"),
        D.material("polyester"),
        title="Men's Lightweight Quilted Jacket - Navy",
        category="Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: medium wash regular jeans, white long-sleeve shirt tucked in; white backdrop, full body.
    # caption, details: adapter
    case(
        "X416-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns. The "
            "trousers are with denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue jeans"),
        color_jeans("blue"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and pure "
            "color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        D.material("denim Question: What is the color of the shirt? Answer: white", "leak"),
        title="Men's Regular Fit Jeans - Medium Wash",
        category="Jeans",
        color="Medium Blue",
        gender="Men",
    ),
    # photo: black viscose camp collar shirt with white flowers, short sleeves, bare head; beach bar, waist up.
    # no adapter text.
    case(
        "X416-044",
        caption("a man in a black and white floral shirt"),
        D.pattern("floral"),
        D.color("white", "contradiction"),
        D.description("a black shirt with white flowers"),
        D.wearing("a black shirt with white flowers and a straw hat", "unsupported"),
        D.material("silk", "unsupported"),
        title="Men's Floral Camp Collar Viscose Shirt - Black",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: long-haired male model, shirtless, in yellow swim shorts with a drawstring; beach, front view only (the
    # back is not shown). no adapter text.
    case(
        "X416-045",
        caption("a woman in yellow shorts on the beach", "pronoun"),
        D.wearing("yellow swim trunks"),
        D.color("yellow"),
        D.details("a drawstring and a pocket on the back", "unsupported"),
        length("they are short", "non_answer"),
        title="Men's Solid Swim Shorts - Yellow",
        category="Swimwear",
        gender="Men",
    ),
    # photo: white tee with navy breton stripes, white shorts; beach, from the knees up. caption, description: adapter
    case(
        "X416-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and white shorts"),
        D.pattern("striped"),
        D.color("blue"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The "
            "gentleman wears a short-sleeve T-shirt with stripe",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment", "non_answer"),
        D.material("cotton"),
        title="Men's Breton Stripe T-Shirt - White/Navy",
        category="T-Shirts",
        color="White/Navy",
        gender="Men",
    ),
]
