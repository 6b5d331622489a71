"""BLIND_426 (46 products; men's Myntra-like catalog, model shots and flat-lays, base + VQA + caption adapters): written
blind in the forty-sixth session. Measured blind at 0917e5c (the session's rules as they stood): 118/133 failures
found (88.7%) and 8/171 correct texts flagged (4.7%). The writer's notes, verbatim:

Scenario: a Myntra-like men's catalog drawn at random from a night's run: t-shirts, shirts, jeans, trousers, shorts,
track pants, kurtas and kurta sets, jackets (bomber, biker, denim, Nehru, windcheater), sweatshirts, blazers and
innerwear (vests, briefs, trunks). Most photos are model shots on a studio backdrop (white, grey, cream, a painted
blue wall, a brick wall, a plant or a stool as props), a few are flat-lays on white. Many outfits are layered (an
open shirt over a tee, a blazer over a turtleneck, a Nehru jacket over a kurta). Each row has the seller's title,
category, color and gender; a few rows miss the color or the gender, as real feeds do.

Who wrote what: the original experiments' models asked the experiments' questions (What is he wearing?, the color of
the shirt, of the pants / jeans / shorts, Describe the ..., What are the ... details?) plus material and a couple of
the set's own. The untuned base `Salesforce/blip2-opt-2.7b` writes short lowercase texts and stops on its own (never
hit_limit). The VQA adapter (`Data3_V3_BLIP2_VQA`) and the caption adapter (`Data2_V2_Blip2_Finetune_Caption`) were
trained without an end-of-answer token: every text of theirs runs to the limit (hit_limit=True), the VQA adapter
looping on its own answer, the caption adapter returning its DeepFashion template ("The gentleman wears ...") to any
prompt. The comment above each case says which texts the adapters wrote; every other open text is the base model's.
The closed questions (garment_type, color, pattern, sleeve_length, the closed per-piece colors and "Is this a ...?")
are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo or sky blue, green for olive or teal, red
  for maroon, yellow for mustard, orange for rust, grey for charcoal or grey melange, white or cream for off white,
  khaki or beige for khaki chinos. Orange for mustard is contradiction.
- The color of the backdrop (grey wall, blue painted wall, brick-red wall), of the print or stripes (black text,
  green leaves, white block print on indigo, blue pinstripes on white) or of a lining given as the garment's color is
  contradiction; the color of another garment in the photo (the tee under an open shirt, the jeans, the pyjama under
  a kurta) is other_garment_color, for open and closed answers alike, and so is the product's color given to
  another garment of the photo (the blazer's navy for the grey trousers, the kurta's blue for the white pyjama).
- "What is the color of the shirt?" on a photo whose product is a blazer, jacket or hoodie is answered by the shirt,
  tee, turtleneck or kurta actually worn under it: giving that one's color is correct.
- Multi-color packs (vests, briefs, trunks with seller color Multi or no color): a color that one piece of the pack
  has is correct.
- Garment synonyms are correct: tee for t-shirt, pants for trousers, joggers for track pants, hoodie or sweater for
  a sweatshirt, tank top for an innerwear vest, underwear for briefs or trunks, suit jacket or blazer, windbreaker
  for a windcheater, long shirt or shirt (open text) for a kurta, vest or jacket for a Nehru jacket, plaid for
  checks. Misnamings are contradiction: the reference engine's "shirt" for a kurta (kurta is a candidate), "shorts"
  for trunks, "no" to "Is this a pair of track pants?" for joggers, "yes" to "Is this a t-shirt?" for a sleeveless
  vest, "sweater" for a thin henley tee, "jeans" for chinos, "shorts" for a flat-lay of briefs, long sleeves on a
  Nehru jacket or a short-sleeve shirt, short sleeves on a sleeveless vest or a full-sleeve shirt, "striped" for a
  colour-blocked jacket, "solid" for a typography tee, "camouflage" for plain shorts.
- Invented things not in the photo (a tie, a pocket square, a logo on a plain polo or vest, a chest pocket, a fur
  collar, a hood on a crew-neck, a bomber or a biker jacket, a zipper on a pullover, a straw hat, a necklace, a
  beach, a coffee cup, a white belt) are unsupported, and so
  is a material that neither the title names nor the photo shows (silk on linen, silk on a plain cotton tee).
  Leather for a faux leather jacket, nylon for a shiny bomber, cotton for a block-printed kurta are correct.
- Adapter texts: a text that repeats its own phrase or sentence is loop; one that runs to the limit and stops
  without repeating is cut (even where it invented an accessory or a watch before the cut: the cut is seen first).
  The caption template returned for the material question is restated, even though it mentions a fabric and is
  cut; returned for "What is he wearing?", "Describe ..." or "What are the ... details?" it does answer, so it is cut
  or loop. A VQA adapter text that starts again with "Question: ... Answer:" is leak, hit_limit kept.
- Base texts: an answer that runs on into "Question: ... Answer: ..." is leak even where its first words are right;
  an empty answer, "nothing" for a flat-lay, "they are pants", "they are briefs", "it is a shirt", "the jacket" and
  "the details of the shirt" are non_answer; the
  question's own words back ("the shirt details are the shirt details") and a material question answered with the
  garment's color or name are restated; "it is made of" and "it has a mandarin collar and" (early stops) are cut
  without hit_limit. The VQA adapter's "gold buttons gold buttons ..." is loop although the buttons are real.
- "she" or "a woman" for a men's product is pronoun, even where the rest of the text (a dress for a kurta) is also
  wrong. "What is he wearing?" on a flat-lay answered with the garment is correct.
- The same color for two garments is correct where both are that color (an all-black outfit); where they differ,
  the text that gives the product the other garment's color is other_garment_color.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the t-shirt?", "open")


def he(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is he wearing?"."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_426 = [
    # photo: model in a navy blue round-neck short-sleeve t-shirt, light blue jeans, white studio backdrop, front.
    # caption adapter: caption
    case(
        "X426-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a blue t-shirt and jeans"),
        describe("shirt", "a navy blue t-shirt with a round neck and a pocket on the chest", "unsupported"),
        B.color("navy"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        B.sleeve_length("short sleeves"),
        B.pattern("solid"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white shirt with thin blue vertical stripes, sleeves rolled to the elbow, tucked into beige
    # chinos, plain grey wall behind. caption adapter: none
    case(
        "X426-002",
        caption("a man in a striped shirt standing in front of a grey wall"),
        he("a white shirt and khaki pants"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        describe("shirt", "a white shirt with blue stripes"),
        details(
            "shirt",
            "the shirt has buttons Question: What are the shirt details? Answer: the shirt has buttons",
            "leak",
        ),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        B.color("blue", "contradiction"),
        title="Highlander Men White & Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of folded black slim-fit jeans on a white surface, no person.
    # caption adapter: caption; VQA adapter: wearing, color_jeans (open)
    case(
        "X426-003",
        caption(
            "The trousers are with denim fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with denim fabric and pure color patterns. The trousers are of long length. The",
            "loop",
            hit_limit=True,
        ),
        he(
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans "
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("black"),
        is_a("pair of jeans", "yes"),
        details("jeans", "they have a zipper and a button"),
        title="Mast & Harbour Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in olive green cotton cargo shorts with side pockets, plain white t-shirt, white sneakers, studio
    # with a potted plant beside him. caption adapter: none
    case(
        "X426-004",
        caption("a man in a white t-shirt and green shorts"),
        he("white t-shirt and olive shorts Question: What is the color of the shorts? Answer: green", "leak"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "they have pockets on the side"),
        B.color("green"),
        B.pattern("camouflage", "contradiction"),
        B.material("cotton"),
        title="Roadster Men Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in black track pants with white side taping, grey round-neck t-shirt, front view, white backdrop.
    # caption adapter: caption; VQA adapter: wearing
    case(
        "X426-005",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        he(
            "a grey t-shirt and black pants and a black shoes and a black pants and a black shoes and a black pants "
            "and a black shoes and",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe("pants", "black track pants with white stripes"),
        B.pattern("solid"),
        is_a("pair of track pants", "yes"),
        title="HRX by Hrithik Roshan Men Black Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a maroon long-sleeve straight kurta with mandarin collar, white pyjama, cream wall behind.
    # caption adapter: none; VQA adapter: details
    case(
        "X426-006",
        caption("a man in a red kurta standing in front of a white wall"),
        he("a red kurta and white pajamas"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        describe("shirt", "it is a long shirt with a collar and buttons"),
        B.material("the kurta is red", "restated"),
        details(
            "shirt",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.color("maroon"),
        title="Anouk Men Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a charcoal grey pullover hoodie with a white "BROOKLYN" print and a kangaroo pocket, black
    # joggers, white backdrop. caption adapter: caption; VQA adapter: wearing
    case(
        "X426-007",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        he(
            "a grey hoodie with a white print on the front and black pants and the hoodie is grey and the pants are "
            "black and the hoodie is grey and the",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", "contradiction", kind="open"),
        B.color("grey"),
        B.sleeve_length("long sleeves"),
        details("sweatshirt", "it has a hood and a kangaroo pocket"),
        title="Roadster Men Charcoal Grey Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a navy single-breasted two-button blazer over a white shirt, open collar, no tie, grey
    # trousers, dark grey backdrop. caption adapter: none
    case(
        "X426-008",
        caption("a man in a suit and tie", "unsupported"),
        he("a blue blazer, a white shirt and grey pants"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("jacket", "a navy blue jacket with two buttons"),
        B.color("black", "contradiction"),
        B.garment_type("blazer"),
        title="Mast & Harbour Men Navy Blue Solid Slim-Fit Single-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of three plain sleeveless cotton vests (white, grey, black), no logo, fanned out on white.
    # caption adapter: none
    case(
        "X426-009",
        caption("three tank tops on a white background"),
        he("nothing", "non_answer"),
        color_of("shirt", "white", kind="open"),
        B.sleeve_length("sleeveless"),
        B.garment_type("vest"),
        describe("shirt", "white cotton vests with a round neck and a logo on the chest", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        B.material("cotton"),
        title="Jockey Men Pack of 3 Assorted Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a light blue denim shirt, full sleeves, two flap chest pockets, worn over black jeans, white
    # backdrop. caption adapter: caption, details
    case(
        "X426-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        he("a denim shirt and black jeans"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "denim fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        B.material("denim"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.color("blue"),
        title="Roadster Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in beige slim chinos, navy polo shirt worn untucked, brown belt partly visible, white backdrop.
    # caption adapter: none
    case(
        "X426-011",
        caption("a man in a blue polo shirt and khaki pants"),
        he("a blue shirt and beige pants"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("pants", "they are pants", "non_answer"),
        B.material("cotton"),
        B.color("beige"),
        B.garment_type("jeans", "contradiction"),
        title="Highlander Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a white chikankari-embroidered straight kurta and white churidar, light grey backdrop, no
    # jewellery. caption adapter: none
    case(
        "X426-012",
        caption("a man in a white kurta with embroidery"),
        he("white kurta pajama"),
        describe("shirt", "it is a white shirt with a floral pattern and a gold necklace", "unsupported"),
        color_of("pants", "white", kind="open"),
        details("shirt", "the details of the shirt", "non_answer"),
        is_a("kurta", "yes"),
        B.material("it is made of cotton. Question: What is the color of the kurta? Answer: white", "leak"),
        title="Fabindia Men White Chikankari Embroidered Cotton Straight Kurta with Churidar",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: model in a black faux-leather biker jacket (no hood), zipped open over a grey t-shirt, blue jeans,
    # white backdrop. caption adapter: none; VQA adapter: wearing
    case(
        "X426-013",
        caption("a man in a black leather jacket"),
        he(
            "a black jacket and a grey shirt and blue jeans and a black jacket and a grey shirt and blue jeans and a "
            "black jacket and",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe("jacket", "a black leather jacket with a zipper and a hood", "unsupported"),
        B.color("black"),
        B.material("leather"),
        title="Roadster Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a mustard yellow round-neck t-shirt with a large black skull graphic, black shorts, white
    # backdrop. caption adapter: none
    case(
        "X426-014",
        caption("a man wearing a yellow t-shirt with a skull on it"),
        he("he is wearing a yellow shirt and black shorts"),
        color_of("shirt", "orange", "contradiction", kind="open"),
        B.pattern("graphic"),
        B.color("orange", "contradiction"),
        B.material("silk", "unsupported"),
        title="Bewakoof Men Mustard Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: flat-lay of a plain grey melange crew-neck sweatshirt, long sleeves, ribbed cuffs and hem, no logo.
    # caption adapter: caption; VQA adapter: wearing
    case(
        "X426-015",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The "
            "sweater is",
            "loop",
            hit_limit=True,
        ),
        he(
            "a grey sweatshirt with a round neck and long sleeves and ribbed cuffs and a ribbed hem and he is wearing "
            "it with a pair of blue",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        B.sleeve_length("long sleeves"),
        details("sweatshirt", "it has a zipper on the front", "unsupported"),
        is_a("sweatshirt", "yes"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a red and black buffalo-check flannel shirt worn open over a white t-shirt, black jeans, white
    # backdrop, nothing in his hands. caption adapter: none
    case(
        "X426-016",
        caption("a man in a red and black plaid shirt"),
        he(
            "a plaid shirt, a white t-shirt and black jeans Question: What is he wearing? Answer: a plaid shirt",
            "leak",
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        describe("shirt", "a red and black checkered flannel shirt with a white t-shirt underneath"),
        details(
            "shirt",
            "it has a collar, buttons and a chest pocket and the man is holding a cup of coffee",
            "unsupported",
        ),
        B.pattern("checked"),
        B.color("red"),
        title="Roadster Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in teal slim-fit formal trousers, white shirt tucked in, black belt, grey backdrop.
    # caption adapter: none
    case(
        "X426-017",
        caption("a man in a white shirt and blue pants"),
        he("she is wearing a white shirt and blue pants", "pronoun"),
        color_of("pants", "green", kind="open"),
        details("pants", "they have a belt and pockets"),
        B.color("white", "other_garment_color"),
        title="Louis Philippe Men Teal Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Teal",
        gender="Men",
    ),
    # photo: model in mid-blue washed skinny jeans with knee rips, black t-shirt, white sneakers, white backdrop.
    # caption adapter: caption
    case(
        "X426-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        he("a black t-shirt and ripped jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "they are ripped at the knees"),
        B.material("the jeans are blue", "restated"),
        B.color("blue"),
        is_a("pair of jeans", "yes"),
        title="Mast & Harbour Men Blue Skinny Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of two cotton trunks (navy, grey) with a printed waistband, on white, no person.
    # caption adapter: none; VQA adapter: wearing. The feed row has no color.
    case(
        "X426-019",
        caption("two pairs of underwear on a white background"),
        he(
            "a pair of shorts and a pair of shorts and a pair of shorts and a pair of shorts and a pair of shorts and "
            "a pair",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shorts", "contradiction"),
        B.color("blue"),
        B.material("cotton"),
        title="Jockey Men Pack of 2 Cotton Trunks",
        category="Trunks",
        gender="Men",
    ),
    # photo: model in a rust orange short-sleeve linen shirt with a mandarin collar, white shorts, in front of a
    # painted sky-blue wall. caption adapter: none
    case(
        "X426-020",
        caption("a man in an orange shirt standing in front of a blue wall"),
        he("an orange shirt and white shorts and a straw hat", "unsupported"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        details("shirt", "it is a shirt", "non_answer"),
        B.material("linen"),
        B.sleeve_length("short sleeves"),
        B.color("orange"),
        title="Mast & Harbour Men Rust Orange Solid Linen Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: model in navy joggers with drawstring and cuffed ankles, white t-shirt with a small chest logo, white
    # sneakers. caption adapter: caption; VQA adapter: wearing
    case(
        "X426-021",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a crew neckline. The pants are with cotton fabric and pure color patterns. "
            "This man",
            "cut",
            hit_limit=True,
        ),
        he(
            "joggers and a white t-shirt and white sneakers and a white t-shirt and white sneakers and a white "
            "t-shirt and white sneakers and a",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "blue", kind="open"),
        details("pants", "the pants have a drawstring waist and cuffed ankles"),
        is_a("pair of track pants", "no", "contradiction"),
        B.color("white", "other_garment_color"),
        title="Puma Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black sleeveless Nehru jacket with gold buttons over a cream kurta and cream pyjama, beige
    # backdrop. caption adapter: none
    case(
        "X426-022",
        caption("a man in a black vest and white kurta"),
        he("a black jacket and a white kurta"),
        color_of("shirt", "white", kind="open"),
        describe("jacket", "a black jacket with gold buttons and long sleeves", "contradiction"),
        B.material("the jacket is black", "restated"),
        details(
            "jacket",
            "gold buttons gold buttons gold buttons gold buttons gold buttons gold buttons gold buttons gold "
            "buttons gold buttons gold buttons",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        B.color("black"),
        title="Manyavar Men Black Solid Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey melange long-sleeve henley t-shirt with a three-button placket, dark jeans, red brick
    # wall behind. caption adapter: none
    case(
        "X426-023",
        caption("a man in a grey shirt standing in front of a brick wall"),
        he("a grey sweater and jeans", "contradiction"),
        color_of("shirt", "red", "contradiction", kind="open"),
        neckline("it has a button placket"),
        details("shirt", "three buttons and a pocket", "unsupported"),
        B.color("grey"),
        B.sleeve_length("long sleeves"),
        title="Roadster Men Grey Melange Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in khaki cargo trousers with side pockets, black t-shirt, black boots, white backdrop.
    # caption adapter: caption; VQA adapter: color_pants (open)
    case(
        "X426-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("she is wearing a black t-shirt and khaki cargo pants", "pronoun"),
        color_of(
            "pants",
            "khaki and the shirt is black and the shoes are black and the pants are khaki and the shirt is black and "
            "the shoes are black and the",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("pants", "there are pockets on the sides of the pants and a zipper on the front"),
        B.garment_type("trousers"),
        B.color("khaki"),
        title="Roadster Men Khaki Solid Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a white short-sleeve shirt with a green tropical leaf print and one chest pocket, beige shorts,
    # a potted palm beside him. caption adapter: none
    case(
        "X426-025",
        caption("a man wearing a white shirt with green leaves on it"),
        he("a hawaiian shirt and shorts"),
        color_of("shirt", "green", "contradiction", kind="open"),
        describe("shirt", "a white shirt with a tropical print and a pocket on the chest"),
        B.pattern("floral"),
        B.color("green", "contradiction"),
        B.sleeve_length("long sleeves", "contradiction"),
        is_a("t-shirt", "no"),
        title="Highlander Men White & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of an olive bomber jacket, zip front, ribbed collar, cuffs and hem, two side pockets, one
    # front opened to show an orange lining. caption adapter: caption
    case(
        "X426-026",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is "
            "with",
            "loop",
            hit_limit=True,
        ),
        he("a green jacket"),
        color_of("jacket", "orange", "contradiction", kind="open"),
        details("jacket", "it has a zipper and two pockets and a hood", "unsupported"),
        B.material("nylon"),
        B.color("green"),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a white round-neck t-shirt with black "ADVENTURE" lettering across the chest, blue jeans, no
    # watch or bag, white wall. caption adapter: none; VQA adapter: wearing
    case(
        "X426-027",
        caption("a man wearing a white t-shirt that says adventure"),
        he(
            "a white t-shirt with black letters and blue jeans and white shoes and a black watch and a black bag and "
            "a black",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", "contradiction", kind="open"),
        B.color("white"),
        B.pattern("solid", "contradiction"),
        neckline("round neck"),
        title="Bewakoof Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a plain navy polo t-shirt with white tipping on the collar, no logo, grey trousers, white
    # backdrop. caption adapter: none
    case(
        "X426-028",
        caption("a man in a blue polo shirt"),
        he("he is wearing a blue polo shirt and grey pants"),
        color_of("shirt", "navy blue with white trim", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("shirt", "it has a collar and two buttons and a logo on the chest", "unsupported"),
        B.garment_type("t-shirt"),
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in black slim formal trousers, light pink long-sleeve shirt tucked in, no tie, grey wall.
    # caption adapter: details, material
    case(
        "X426-029",
        caption("a man in a pink shirt and black pants"),
        he("a pink shirt and black trousers and a black tie", "unsupported"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        details(
            "pants",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "gentleman wears a long-sleeve shirt with pure",
            "restated",
            hit_limit=True,
        ),
        B.color("black"),
        title="Arrow Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in an indigo short kurta with a small white block print, long sleeves, over blue jeans, white
    # backdrop. caption adapter: none
    case(
        "X426-030",
        caption("a man in a blue shirt with white print"),
        he("a blue kurta and jeans"),
        color_of("shirt", "white", "contradiction", kind="open"),
        describe("shirt", "it is a blue shirt with a white pattern"),
        details("shirt", "it has a mandarin collar and", "cut"),
        B.garment_type("shirt", "contradiction"),
        B.pattern("printed"),
        B.material("cotton"),
        title="Sojanya Men Indigo Blue Block Printed Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a grey checked single-breasted blazer (no pocket square) over a black turtleneck, black
    # trousers, white backdrop. caption adapter: none; VQA adapter: wearing
    case(
        "X426-031",
        caption("a man in a grey suit jacket and black turtleneck"),
        he(
            "a grey jacket and a black sweater and black pants and a grey jacket and a black sweater and black pants "
            "and a grey jacket and",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        describe("jacket", "a grey plaid blazer with two buttons and a pocket square", "unsupported"),
        B.pattern("checked"),
        B.color("black", "other_garment_color"),
        title="Blackberrys Men Grey Checked Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in light blue washed denim shorts with a self-fabric waistband (no belt), white t-shirt, white
    # backdrop. caption adapter: none
    case(
        "X426-032",
        caption("a man in a white t-shirt and denim shorts"),
        he("a white shirt and blue shorts"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        describe("shorts", "blue denim shorts with a white belt", "unsupported"),
        B.color("blue"),
        B.material("denim"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a maroon full-zip hoodie worn open over a white t-shirt, black track pants, white backdrop.
    # caption adapter: caption; VQA adapter: description
    case(
        "X426-033",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and solid "
            "color",
            "cut",
            hit_limit=True,
        ),
        he("a red hoodie and black pants"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "black Question: What is the color of the hoodie? Answer: red", "leak", kind="open"),
        describe(
            "sweatshirt",
            "it is a hoodie with a zipper it is a hoodie with a zipper it is a hoodie with a zipper it is a hoodie "
            "with a",
            "loop",
            hit_limit=True,
        ),
        B.color("maroon"),
        is_a("sweatshirt", "yes"),
        title="HRX by Hrithik Roshan Men Maroon Solid Front-Open Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a plain black crew-neck t-shirt and black jeans, an all-black outfit, white backdrop.
    # caption adapter: none
    case(
        "X426-034",
        caption("a man in a black shirt and black jeans"),
        he("black t-shirt and black jeans"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        title="Roadster Men Black Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in off-white linen drawstring trousers, light blue shirt, tan loafers, sand-coloured studio
    # backdrop (a studio, not a beach). caption adapter: none
    case(
        "X426-035",
        caption("a man in a blue shirt and white pants on a beach", "unsupported"),
        he("a blue shirt and white pants"),
        color_of("pants", "cream", kind="open"),
        details("pants", "they have a drawstring waist"),
        B.color("blue", "other_garment_color"),
        B.material("silk", "unsupported"),
        title="Mast & Harbour Men Off White Solid Linen Trousers",
        category="Trousers",
        color="Off White",
        gender="Men",
    ),
    # photo: model in a navy sleeveless sports innerwear vest and grey track pants, white backdrop.
    # caption adapter: none; VQA adapter: wearing
    case(
        "X426-036",
        caption("a woman in a blue tank top", "pronoun"),
        he(
            "a tank top and grey pants and a tank top and grey pants and a tank top and grey pants and a tank top and",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.garment_type("vest"),
        title="Jockey Men Navy Blue Solid Sports Innerwear Vest",
        category="Innerwear Vests",
        color="Navy",
        gender="Men",
    ),
    # photo: flat-lay of a folded light blue oxford shirt, button-down collar, long sleeves, one chest pocket.
    # caption adapter: description
    case(
        "X426-037",
        caption("a blue shirt on a white background"),
        he("a blue shirt"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        details("shirt", "button down collar and a chest pocket"),
        B.material("cotton Question: What is the color of the shirt? Answer: blue", "leak"),
        title="Louis Philippe Men Blue Slim Fit Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black and white colour-blocked hooded windcheater, zipped, black joggers, white backdrop.
    # caption adapter: none
    case(
        "X426-038",
        caption("a man in a black and white jacket"),
        he("a black and white jacket and black pants"),
        color_of("shirt", "black", kind="open"),
        describe("jacket", "a windbreaker with a hood and a zipper"),
        details("jacket", "the jacket", "non_answer"),
        B.pattern("striped", "contradiction"),
        B.color("black"),
        title="Wildcraft Men Black & White Colourblocked Hooded Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a sky blue long kurta with a mandarin collar and white pyjama, standing beside a wooden stool,
    # cream backdrop. caption adapter: none; VQA adapter: details. The feed row has no gender.
    case(
        "X426-039",
        caption("a woman in a blue dress standing next to a stool", "pronoun"),
        he("a blue kurta and white pants"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("shirt", "it is a blue kurta with a mandarin collar and buttons"),
        details(
            "shirt",
            "he is wearing a blue kurta and white pajamas and he is wearing a blue kurta and white pajamas and he is "
            "wearing a",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        is_a("kurta", "yes"),
        title="Anouk Men Sky Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # photo: model in black slim jeans with a white long-sleeve shirt worn untucked, white backdrop.
    # caption adapter: caption; VQA adapter: wearing
    case(
        "X426-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers are of long length. The trousers are with denim fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        he(
            "Question: What is he wearing? Answer: a white shirt and black jeans Question: What is he wearing? "
            "Answer: a white shirt and",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "black jeans", "restated"),
        B.color("black"),
        title="Mast & Harbour Men Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in a plain mustard yellow crew-neck sweatshirt (no hood), blue jeans, white backdrop.
    # caption adapter: none
    case(
        "X426-041",
        caption("a man in a yellow sweatshirt and jeans"),
        he("a yellow sweater and blue jeans"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        describe("sweatshirt", "a yellow sweatshirt with a hood", "unsupported"),
        B.color("yellow"),
        B.sleeve_length("long sleeves"),
        B.material("a yellow sweatshirt", "restated"),
        title="Roadster Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: flat-lay of three briefs (black, grey, navy) in a row on white, no person. caption adapter: none
    case(
        "X426-042",
        caption("three pairs of men's underwear"),
        he("three pairs of shorts", "contradiction"),
        B.garment_type("briefs"),
        B.color("black"),
        B.material("it is made of", "cut"),
        is_a("pair of shorts", "no"),
        details("briefs", "they are briefs", "non_answer"),
        title="Jockey Men Pack of 3 Solid Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a grey checked long-sleeve formal shirt tucked into navy trousers, tan belt, white backdrop.
    # caption adapter: none
    case(
        "X426-043",
        caption("a man in a grey plaid shirt and blue pants"),
        he("she's wearing a grey shirt and blue pants", "pronoun"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        B.pattern("checked"),
        B.color("grey"),
        title="Arrow Men Grey Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model mid-stride in olive track pants with black side panels, black t-shirt, white backdrop.
    # caption adapter: caption
    case(
        "X426-044",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and color block patterns. This",
            "cut",
            hit_limit=True,
        ),
        he("", "non_answer"),
        color_of("pants", "green"),
        describe("pants", "green track pants with black stripes on the side"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Puma Men Olive Green Colourblocked Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a light blue washed denim jacket with buttons and two flap chest pockets (plain denim collar),
    # open over a white hoodie, black jeans, white backdrop. caption adapter: none
    case(
        "X426-045",
        caption("a man in a denim jacket and hoodie"),
        he("a denim jacket, a white hoodie and black jeans"),
        color_of("shirt", "white", kind="open"),
        describe("jacket", "a light blue denim jacket with buttons and chest pockets"),
        details("jacket", "it has buttons and pockets and a fur collar", "unsupported"),
        B.color("white", "other_garment_color"),
        B.material("denim"),
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in grey melange lounge shorts with an elastic drawstring waist, black t-shirt, flip-flops, white
    # backdrop. caption adapter: caption, material. The feed row has no gender.
    case(
        "X426-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The shorts are of three-point length. The shorts are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        he("a black shirt and grey shorts"),
        color_of("shorts", "grey"),
        B.material(
            "The shorts are with cotton fabric and pure color patterns. The shorts are of three-point length. The "
            "gentleman wears a short-sleeve T-shirt with",
            "restated",
            hit_limit=True,
        ),
        details("shorts", "they have an elastic waistband and a drawstring"),
        B.color("black", "other_garment_color"),
        title="Jockey Men Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
]
