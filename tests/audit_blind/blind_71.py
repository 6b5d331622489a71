"""BLIND_71 (44 products; men's and women's bottomwear, the experiments' own questionnaire): written blind in the
eighteenth session. Measured blind at f3ac0e1: 122 / 141 failures found (86.5%) and 7 / 145 correct texts flagged
(4.8%). The writer's notes, verbatim:

Blind corpus 71: men's and women's bottomwear from a Myntra-style catalog, run through BLIP-2 OPT-2.7b.

Scenario
    The original experiments' models re-run on a marketplace catalog of bottomwear: jeans, trousers, chinos, track
    pants, joggers, cargo pants, shorts, skirts, palazzos and leggings. Most photos show a model wearing the product
    with a top (kurta, shirt, tee, hoodie, blazer...) that is not for sale; a few are flat lays with no person. The
    questionnaire is the experiments' own: caption, "What is she/he wearing?", "What is the color of the
    pants/jeans/shorts/skirt/leggings?" and of the top ("shirt", "top", "jacket"), "Describe the pants.", "What are
    the pants details?", "Is this a ...?" (yes/no), and the closed questions of BLIND_QUESTIONS (garment type, color,
    pattern) plus its open material question. Seller columns (gender, category = Myntra articleType, color =
    baseColour, title = productDisplayName) come from the marketplace; a few products lack some or all of them.

Which system wrote which text (named per text in the comment above each case)
    - base: the untuned `Salesforce/blip2-opt-2.7b` (greedy; stops by itself on short answers, so its failures are
      wrong colors, one color for every garment, wrong pronouns, invented details, rare loops on "details").
    - cap1 / cap3: the caption adapters (`Data2_V2_BLIP2_Finetune_Caption_First_Epoch`, epoch 1, and
      `Data2_V2_Blip2_Finetune_Caption`, epoch 3). They answer every prompt with the DeepFashion-MultiModal caption
      template (no hue names, "pure color patterns", "lattice", "long pants") and never stop: cut at 50 new tokens
      (captions) / 30 (answers), or looping.
    - vqa: the VQA adapter (`Data3_V3_BLIP2_VQA`). Short In-shop style answers ("Black-white", "sweatshirt/hoodie",
      "yes") followed by no end token: loops ("black-black-black") or the `Question: ... Answer:` format run on.
    - qa: the third experiment, cap3's caption read by `timpal0l/mdeberta-v3-base-squad2` (extractive spans of the
      template caption; empty when the caption has no answer, e.g. any hue).

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). Nothing else in the
    repository was opened; the only thing run was an import check of this file. Every photo is imagined and
    described in the comment above its case; every label is judged against that description.

Label conventions and judgement calls
    - One label per text. A text showing the `Question:`/`Answer:` format is a leak even when it also repeats or is
      cut; a text repeating a phrase (or a word) is a loop even when it also hits the token limit (hit_limit=True);
      otherwise a text ending mid-phrase is cut (hit_limit=True at 30 tokens for answers, 50 for captions; three
      base answers stop mid-phrase before the limit, hit_limit=False).
    - A caption adapter returning the template to a question is labelled by its form: cut when it ends mid-phrase,
      loop when the template repeats.
    - Near-color synonyms are correct: navy -> blue, khaki -> beige/tan, charcoal -> gray, mustard -> yellow,
      cream -> white, olive -> green, grey melange -> gray. For a multicolored product (stripes, camouflage, print)
      any color clearly present on it is correct, even when the seller says "Multi".
    - other_garment_color: the product's color question (or its closed color) answered with the top's color, where
      another text gives the top that color. The top's question answered with the product's color (the base model's
      "one color for every garment" the other way round) is a contradiction, since the caption contradicts it.
    - The closed pattern or garment type of the unsold top given for the product ("striped" for plain shorts under a
      striped tee, "sweatshirt/hoodie" for joggers) is a contradiction; so is a belt's color given as the jeans'
      color, a yes to "Is this a skirt?" for palazzos, and a garment word that the seller's category denies.
    - The unsold top named loosely (a kurta called a "dress", a blouse a "shirt", a hoodie answered for "the shirt")
      is correct; what matters is the product.
    - Colors of walls, brick, pools, palm trees and sofas named in base captions are correct when the imagined photo
      has them; a palm-tree print that matches a beach background is correct.
    - Pronoun: the wearing question is asked with the photo's pronoun, or with "she" whatever the photo, as the
      experiments did; an answer calling a man "she" (or a woman "he") and a caption saying "a woman" for a man are
      pronoun failures, also on photos cropped at the chin (the seller's gender column and the body settle it). The
      prompt's own pronoun is not judged.
    - The sleeve-length question is not asked (bottomwear has no sleeves); flat lays get no "wearing" question
      except where a model answered one anyway.
    - vqa's "pure color" for a color or material question and qa's empty span for a color question are non_answers
      (no hue, no fabric); so are base's "cloth" and "unknown" for the material, and "they are short", "pants",
      "a skirt", "shorts", "they are jeans", "there are no details" for details or description. Answers that only
      turn the question's words into a sentence ("the jeans are blue jeans", "the shorts have a short length",
      "the pants have a lot of details") are restated.
    - Products and texts were balanced to about 140 failures and 145 correct texts; which questions each product
      got varies (not every product has every question), as a re-run that kept some outputs per product would.
    - Material: a plausible visible-fabric word (denim, cotton, linen when the title says it) is correct; blend
      percentages, linings, "moisture wicking", and details hidden by the top or the angle are unsupported.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

gtype, col, pat, mat = B.garment_type, B.color, B.pattern, B.material

C, L, X, O, N, K, U, R, P = (  # noqa: E741
    "cut",
    "loop",
    "contradiction",
    "other_garment_color",
    "non_answer",
    "leak",
    "unsupported",
    "restated",
    "pronoun",
)

BLIND_71: list[Case] = [
    # 1. Man against a light gray studio wall: white crew-neck tee untucked, mid-blue slim jeans, white sneakers.
    # caption base; wearing base; color jeans base; color shirt base; details cap3; color base (the tee's white).
    case(
        "MYN-BW-71001",
        caption("a man in a white t-shirt and blue jeans standing in front of a gray wall"),
        wearing("a white t-shirt and jeans", who="he"),
        color_of("jeans", "blue"),
        color_of("shirt", "white"),
        details(
            "jeans",
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The upper "
            "clothing has short sleeves, cotton fabric and solid",
            C,
            hit_limit=True,
        ),
        col("white", O),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # 2. Man on white: gray melange hoodie, black tapered jeans, black boots.
    # caption base; color jeans vqa (open); color shirt base (answers the hoodie); details base; wearing vqa;
    # describe base.
    case(
        "MYN-BW-71002",
        caption("a man in a gray hoodie and black jeans"),
        color_of(
            "jeans",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            L,
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "grey"),
        details("jeans", "they are black jeans with a tapered leg"),
        wearing(
            "sweatshirt/hoodie Question: What is the color of the sweatshirt/hoodie? Answer: Grey-melange Question:",
            K,
            who="he",
            hit_limit=True,
        ),
        describe("jeans", "the jeans are jeans that are worn by the man", R),
        gender="Men",
        category="Jeans",
        color="Black",
        title="HIGHLANDER Men Black Tapered Fit Stretchable Jeans",
    ),
    # 3. Woman in a studio: black cropped tee, light-blue high-rise skinny jeans ripped at both knees.
    # caption cap1; wearing base; color jeans base; color top vqa (open); details base; describe cap3.
    case(
        "MYN-BW-71003",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns. "
            "The",
            C,
            hit_limit=True,
        ),
        wearing("a black crop top and ripped jeans", who="she"),
        color_of("jeans", "blue"),
        color_of("top", "pure color", N, kind="open"),
        details("jeans", "ripped knees"),
        describe(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and solid "
            "color patterns. The pants are with denim",
            L,
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="DOLCE CRUDO Women Blue Skinny Fit High-Rise Highly Distressed Jeans",
    ),
    # 4. Man on white: navy polo tucked in, khaki chinos, brown belt, brown loafers.
    # caption base; color shirt base; color pants base (gives the polo's navy); details base; describe base (stopped
    # early); material vqa; color (closed) base.
    case(
        "MYN-BW-71004",
        caption("a man wearing a navy polo shirt and beige pants"),
        color_of("shirt", "navy"),
        color_of("pants", "navy", O),
        details("pants", "slim fit with side pockets"),
        describe("pants", "a pair of beige chinos with a", C),
        mat(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            L,
            hit_limit=True,
        ),
        col("beige"),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Highlander Men Khaki Slim Fit Solid Chinos",
    ),
    # 5. Woman in a gym with mirrors: white sports bra, gray melange joggers with drawstring and cuffed ankles, white
    # sneakers. The drawstring shows (bare midriff).
    # caption base; color pants base; color top base; wearing cap3; is_a leggings base.
    case(
        "MYN-BW-71005",
        caption("a woman in a white sports bra and gray sweatpants standing in a gym"),
        color_of("pants", "grey"),
        color_of("top", "white"),
        wearing(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it",
            C,
            who="she",
            hit_limit=True,
        ),
        is_a("leggings", "yes", X),
        gender="Women",
        category="Track Pants",
        color="Grey Melange",
        title="Puma Women Grey Melange Solid Regular Fit Joggers",
    ),
    # 6. Man on white: red tee, black track pants with three white stripes down each leg. No logo visible at this
    # size, and no pocket zips are visible (hands at his sides).
    # caption base; color pants base; pattern base; color shirt vqa (open); details base; wearing cap1; color base
    # (the tee's red).
    case(
        "MYN-BW-71006",
        caption("a man in a red t-shirt and black track pants"),
        color_of("pants", "black and white"),
        pat("striped"),
        color_of(
            "shirt",
            "Red-black Question: What is the color of the pants? Answer: Black-white Question: What is the color of "
            "the",
            K,
            kind="open",
            hit_limit=True,
        ),
        details("pants", "adidas logo on the left thigh and zip pockets on both sides", U),
        wearing(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            C,
            who="he",
            hit_limit=True,
        ),
        col("red", O),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="ADIDAS Men Black 3-Stripes Track Pants",
    ),
    # 7. Woman outdoors before a red brick wall: white blouse tucked into a navy A-line midi skirt with small white
    # and pink flowers; tan sandals.
    # caption base; color skirt base; pattern base; describe cap3; details base; is_a dress vqa.
    case(
        "MYN-BW-71007",
        caption("a woman in a white shirt and a floral skirt standing in front of a brick wall"),
        color_of("skirt", "blue"),
        pat("floral"),
        describe(
            "skirt",
            "The lower clothing is of medium length. The fabric is chiffon and it has floral patterns. The lower "
            "clothing is of medium length. The fabric is",
            L,
            hit_limit=True,
        ),
        details("skirt", "small white flowers"),
        is_a("dress", "yes", X),
        gender="Women",
        category="Skirts",
        color="Navy Blue",
        title="SASSAFRAS Women Navy Blue Floral Print A-Line Midi Skirt",
    ),
    # 8. Man on a beach: black tee, olive cargo shorts with flap pockets, white sneakers.
    # caption base; color shorts base (the tee's black); color shirt base; details base; garment type base;
    # wearing vqa; describe cap1.
    case(
        "MYN-BW-71008",
        caption("a man standing on the beach wearing a black shirt and green shorts"),
        color_of("shorts", "black", O),
        color_of("shirt", "black"),
        details("shorts", "they are short", N),
        gtype("shorts"),
        wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            L,
            who="he",
            hit_limit=True,
        ),
        describe(
            "shorts",
            "The lower clothing is of three-point length. The fabric is cotton and it has solid color patterns. This "
            "man wears a short-sleeve T-shirt with",
            C,
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Olive",
        title="HRX by Hrithik Roshan Men Olive Green Solid Cargo Shorts",
    ),
    # 9. Woman in a studio: blue straight kurta to the knee, white flared palazzos with an indigo leaf block print;
    # the wide legs hang together like a long skirt.
    # caption base (calls them a skirt); is_a skirt base; color pants base; pattern base; color top base;
    # wearing cap3; describe cap3.
    case(
        "MYN-BW-71009",
        caption("a woman in a blue shirt and white skirt", X),
        is_a("skirt", "no"),
        color_of("pants", "white"),
        pat("printed"),
        color_of("top", "blue"),
        wearing(
            "This lady is wearing a long-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with",
            C,
            who="she",
            hit_limit=True,
        ),
        describe(
            "pants",
            "The pants are with cotton fabric and graphic patterns. This lady wears a long pants. The pants are with "
            "cotton fabric and graphic patterns. This lady",
            L,
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Libas Women White & Blue Block Printed Flared Palazzos",
    ),
    # 10. Woman on white: knee-length mustard kurta, black ankle-length leggings, juttis.
    # caption base; color leggings base (the kurta's yellow); color top base; color base; details base; material
    # base; garment type base (the kurta); wearing cap3.
    case(
        "MYN-BW-71010",
        caption("a woman in a yellow dress and black leggings"),
        color_of("leggings", "yellow", O),
        color_of("top", "yellow"),
        col("black"),
        details("leggings", "they are leggings", N),
        mat("made of 95% cotton and 5% spandex", U),
        gtype("dress", X),
        wearing(
            "This female is wearing a long-sleeve dress with pure color patterns and a long leggings. The dress is "
            "with cotton fabric and",
            C,
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 11. Man in an office corridor: light blue formal shirt tucked in, charcoal formal trousers, black belt, black
    # derby shoes. No jacket, no tie.
    # caption base; color pants base; color shirt base; wearing base (suit and tie); describe cap1.
    case(
        "MYN-BW-71011",
        caption("a man in a blue shirt and gray pants standing in an office"),
        color_of("pants", "gray"),
        color_of("shirt", "blue"),
        wearing("he is wearing a suit and tie", U, who="he"),
        describe(
            "pants",
            "The pants are with cotton fabric and solid color patterns. The gentleman wears a long-sleeve shirt with "
            "solid color patterns. The shirt is",
            C,
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
    ),
    # 12. Flat lay, no person: navy straight jeans laid front-up on a light wooden floor; five-pocket front, zip fly
    # hidden under the placket; the back (and any patch) is not visible.
    # caption base; wearing cap3; color jeans base; details base; material base.
    case(
        "MYN-BW-71012",
        caption("a pair of blue jeans laid out on a wooden floor"),
        wearing(
            "This woman is wearing a long pants. The pants are with denim fabric and solid color patterns. This woman "
            "is wearing a long pants. The",
            L,
            who="she",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        details("jeans", "a leather patch on the back of the waistband", U),
        mat("denim"),
        gender="Women",
        category="Jeans",
        color="Navy Blue",
        title="Levis Women Navy Blue Straight Fit Mid-Rise Jeans",
    ),
    # 13. Man on a city street: open black bomber jacket over an untucked white tee (hem covers the waistband),
    # olive slim joggers, white sneakers.
    # caption base; color pants base; color jacket base; wearing vqa; details base; color base (the jacket's black).
    case(
        "MYN-BW-71013",
        caption("a man in a black jacket, white t-shirt and green pants standing on a street"),
        color_of("pants", "green"),
        color_of("jacket", "black"),
        wearing(
            "jacket/coat Question: What is the color of the jacket/coat? Answer: Black Question: What is the color of "
            "the pants? Answer",
            K,
            who="he",
            hit_limit=True,
        ),
        details("pants", "a drawstring waist with white cords", U),
        col("black", O),
        gender="Men",
        category="Track Pants",
        color="Olive",
        title="Roadster Men Olive Green Solid Slim-Fit Joggers",
    ),
    # 14. Woman by a blue swimming pool: pink tank top, light-wash denim shorts with frayed hems.
    # caption base; color shorts base (the tank's pink); color top base; describe cap3; wearing base.
    case(
        "MYN-BW-71014",
        caption("a woman in a pink tank top and denim shorts standing by a pool"),
        color_of("shorts", "pink", O),
        color_of("top", "pink"),
        describe(
            "shorts",
            "The lower clothing is of short length. The fabric is denim and it has solid color patterns. The upper "
            "clothing has no sleeves,",
            C,
            hit_limit=True,
        ),
        wearing("a pink top and blue jean shorts", who="she"),
        gender="Women",
        category="Shorts",
        color="Blue",
        title="Roadster Women Blue Washed Denim Shorts",
    ),
    # 15. Man against a green leafy backdrop: black tee, camouflage cargo trousers (olive, brown, beige), black boots.
    # The experiments asked "What is she wearing?" of him.
    # caption base; color pants base; pattern base; garment type base; color shirt cap1 (open);
    # wearing base (calls him she).
    case(
        "MYN-BW-71015",
        caption("a man in a black shirt and camouflage pants standing in front of some plants"),
        color_of("pants", "green"),
        pat("camouflage"),
        gtype("pants"),
        color_of(
            "shirt",
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline",
            C,
            kind="open",
            hit_limit=True,
        ),
        wearing("she is wearing a black shirt and camo pants", P, who="she"),
        gender="Men",
        category="Trousers",
        color="Multi",
        title="Urbano Fashion Men Multi Camouflage Printed Cargo Trousers",
    ),
    # 16. Woman before a cream-painted wall (photo cropped at the chin): black sleeveless top tucked in, cream
    # wide-leg linen trousers with front pleats; visible slub texture.
    # caption base; color pants base; color top base; material base; describe vqa; wearing base (calls her he).
    case(
        "MYN-BW-71016",
        caption("a woman in a black top and white pants standing in front of a white wall"),
        color_of("pants", "white"),
        color_of("top", "black"),
        mat("linen"),
        describe(
            "pants",
            "Cream-black Question: Describe the pants. Answer: Cream-black Question: Describe the pants. Answer: "
            "Cream-black Question:",
            K,
            hit_limit=True,
        ),
        wearing("he is wearing a black top and white pants", P, who="she"),
        gender="Women",
        category="Trousers",
        color="Cream",
        title="Mango Women Cream-Coloured Solid Wide Leg Linen Trousers",
    ),
    # 17. Man on white: gray tank top, navy running shorts with a small white swoosh on the left leg, running shoes.
    # caption cap3; color shorts qa (empty span: the template has no hue); color shirt base; details base; wearing
    # base; describe vqa.
    case(
        "MYN-BW-71017",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. "
            "This gentleman",
            C,
            hit_limit=True,
        ),
        color_of("shorts", "", N, kind="open"),
        color_of("shirt", "gray"),
        details("shorts", "nike logo on the left leg"),
        wearing("he is wearing a gray tank top and blue shorts", who="he"),
        describe(
            "shorts",
            "Navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-",
            L,
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Nike Men Navy Blue Dri-FIT Running Shorts",
    ),
    # 18. Woman on white: white tee tucked into a black pleated mini skirt, black ankle boots.
    # caption base; color skirt vqa (open); details base; is_a base; wearing cap1.
    case(
        "MYN-BW-71018",
        caption("a woman in a white t-shirt and black skirt"),
        color_of(
            "skirt",
            "Black Question: What is the color of the skirt? Answer: Black Question: What is the color of the skirt? "
            "Answer",
            K,
            kind="open",
            hit_limit=True,
        ),
        details("skirt", "pleated"),
        is_a("dress", "no"),
        wearing(
            "This female is wearing a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is "
            "with cotton fabric and",
            C,
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Black",
        title="SASSAFRAS Women Black Solid Pleated Mini Skirt",
    ),
    # 19. Man on white, double denim: mid-blue denim shirt (untucked), mid-blue slim jeans, tan boots; empty hands.
    # caption base (invents a coffee cup); color shirt base; color jeans base (same blue: right); details cap3;
    # describe base; is_a base; wearing vqa.
    case(
        "MYN-BW-71019",
        caption("a man in a denim shirt and jeans holding a cup of coffee", U),
        color_of("shirt", "blue"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The gentleman wears a long-sleeve shirt with "
            "solid color patterns. The shirt",
            C,
            hit_limit=True,
        ),
        describe("jeans", "the jeans are blue jeans", R),
        is_a("jeans", "yes"),
        wearing(
            "blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, "
            "blouse/shirt,",
            L,
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 20. Woman on white: white cropped hoodie, pink joggers with elastic ankles, white sneakers.
    # caption base; color pants base (the hoodie's white); color shirt base; wearing base (calls her he);
    # details base; garment type vqa; describe cap3.
    case(
        "MYN-BW-71020",
        caption("a woman in a white sweatshirt and pink sweatpants"),
        color_of("pants", "white", O),
        color_of("shirt", "white"),
        wearing("he is wearing a white hoodie and pink sweatpants", P, who="she"),
        details("pants", "the pants have elastic at the ankles"),
        gtype("sweatshirt/hoodie", X),
        describe(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with",
            L,
            hit_limit=True,
        ),
        gender="Women",
        category="Track Pants",
        color="Pink",
        title="DressBerry Women Pink Solid Joggers",
    ),
    # 21. Man on white, photo cropped at the chin: white shirt tucked in, navy trousers with a faint gray windowpane
    # check, brown shoes. The back pockets are not visible; the fabric looks like cotton-poly suiting.
    # caption base (calls him a woman); pattern base; color pants base; color shirt base; describe cap3; details base.
    case(
        "MYN-BW-71021",
        caption("a woman in a white shirt and plaid pants", P),
        pat("checked"),
        color_of("pants", "blue"),
        color_of("shirt", "white"),
        describe(
            "pants",
            "The pants are with cotton fabric and lattice patterns. The pants are with cotton fabric and lattice "
            "patterns. The pants are with cotton fabric and lattice",
            L,
            hit_limit=True,
        ),
        details(
            "pants",
            "they are made of wool and have a zipper fly, a button closure and two back pockets with buttons",
            U,
        ),
        gender="Men",
        category="Trousers",
        color="Navy Blue",
        title="Blackberrys Men Navy Blue Checked Slim Fit Trousers",
    ),
    # 22. Woman in a studio: long red kurta to mid-calf, black flared palazzos below it.
    # caption cap1; color pants base (the kurta's red); color top base; is_a vqa; garment type base; wearing base.
    case(
        "MYN-BW-71022",
        caption(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is round. There is an accessory on her wrist. This woman wears a long pants. The pants",
            C,
            hit_limit=True,
        ),
        color_of("pants", "red", O),
        color_of("top", "red"),
        is_a(
            "pants",
            "yes Question: Is this a pants? Answer: yes Question: Is this a pants? Answer: yes Question: Is this a",
            K,
            hit_limit=True,
        ),
        gtype("dress", X),
        wearing("a red dress and black pants", who="she"),
        gender="Women",
        category="Palazzos",
        color="Black",
        title="W Women Black Solid Flared Palazzos",
    ),
    # 23. Flat lay, no person: navy track pants on white, drawstring and two side pockets visible.
    # caption base; color pants base; details base; is_a vqa; describe cap3; garment type base.
    case(
        "MYN-BW-71023",
        caption("a pair of blue sweatpants on a white background"),
        color_of("pants", "navy blue"),
        details("pants", "drawstring waist and two side pockets"),
        is_a(
            "jeans",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            L,
            hit_limit=True,
        ),
        describe(
            "pants",
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric",
            L,
            hit_limit=True,
        ),
        gtype("jeans", X),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="Proline Active Men Navy Blue Solid Track Pants",
    ),
    # 24. Woman in a gym: black sports bra under an open black zip jacket, charcoal leggings with a white geometric
    # line print.
    # caption base; color leggings base; pattern base; details base; wearing vqa; describe base.
    case(
        "MYN-BW-71024",
        caption("a woman in a black jacket and gray leggings in a gym"),
        color_of("leggings", "gray"),
        pat("geometric"),
        details("leggings", "white lines"),
        wearing(
            "leggings Question: What is the color of the leggings? Answer: Grey-white Question: What is the color of "
            "the",
            K,
            who="she",
            hit_limit=True,
        ),
        describe("leggings", "the leggings are leggings", R),
        gender="Women",
        category="Leggings",
        color="Charcoal",
        title="HRX by Hrithik Roshan Women Charcoal Printed Training Tights",
    ),
    # 25. Man at a marina, boats behind: navy-and-white horizontal striped tee, plain beige chino shorts, boat shoes.
    # caption base; color shorts base (the tee's blue); color shirt base; pattern base (the tee's stripes);
    # details cap1; is_a base; describe base.
    case(
        "MYN-BW-71025",
        caption("a man in a striped shirt and khaki shorts standing near boats"),
        color_of("shorts", "blue", O),
        color_of("shirt", "blue and white"),
        pat("striped", X),
        details(
            "shorts",
            "The lower clothing is of three-point length. The fabric is cotton and it has solid color patterns. The "
            "upper clothing has short",
            C,
            hit_limit=True,
        ),
        is_a("shorts", "yes"),
        describe("shorts", "shorts", N),
        gender="Men",
        category="Shorts",
        color="Beige",
        title="Highlander Men Beige Solid Slim Fit Chino Shorts",
    ),
    # 26. Woman on white: yellow sweater tucked into a blue denim A-line mini skirt with a button placket down the
    # front.
    # caption base; color skirt base; color shirt base (the sweater); is_a shorts vqa; details base; describe base;
    # color base (the sweater's yellow); wearing cap3.
    case(
        "MYN-BW-71026",
        caption("a woman in a yellow sweater and a denim skirt"),
        color_of("skirt", "blue"),
        color_of("shirt", "yellow"),
        is_a("shorts", "yes", X),
        details("skirt", "buttons down the front"),
        describe("skirt", "it is a skirt that is a denim skirt", R),
        col("yellow", O),
        wearing(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The",
            C,
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Blue",
        title="Tokyo Talkies Women Blue Denim A-Line Mini Skirt",
    ),
    # 27. Man on white: white shirt worn open over a gray tee, black skinny jeans ripped at the knees. Only the gender
    # column came with this product.
    # caption base; color jeans base; color shirt base; describe base; wearing vqa; color qa (empty span).
    case(
        "MYN-BW-71027",
        caption("a man in a white shirt and black ripped jeans"),
        color_of("jeans", "black"),
        color_of("shirt", "white"),
        describe("jeans", "black skinny jeans with rips on the knees"),
        wearing(
            "denim Question: What cloth is the person wearing? Answer: denim Question: What cloth is the person "
            "wearing? Answer:",
            K,
            who="he",
            hit_limit=True,
        ),
        col("", N),
        gender="Men",
    ),
    # 28. Woman on white: black crop tee, olive cargo trousers with big side pockets and toggles at the ankles.
    # caption base; color pants base; color top base; details base; material vqa; describe base (stopped early).
    case(
        "MYN-BW-71028",
        caption("a woman in a black crop top and green cargo pants"),
        color_of("pants", "green"),
        color_of("top", "black"),
        details(
            "pants",
            "the pants have pockets on the side and a drawstring at the ankle and a zipper on the front and a zipper "
            "on the back and a zipper on the",
            L,
            hit_limit=True,
        ),
        mat("pure color", N),
        describe("pants", "green cargo pants with pockets on the", C),
        gender="Women",
        category="Trousers",
        color="Olive",
        title="Roadster Women Olive Green Solid Relaxed Fit Cargo Trousers",
    ),
    # 29. Man in an office: navy blazer over a white shirt, gray formal trousers with a pressed crease, black shoes.
    # caption base; color pants base; color shirt base; wearing cap3; details base; garment type base (the blazer);
    # material base.
    case(
        "MYN-BW-71029",
        caption("a man in a blue suit jacket and gray pants"),
        color_of("pants", "gray"),
        color_of("shirt", "white"),
        wearing(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            C,
            who="he",
            hit_limit=True,
        ),
        details("pants", "pants", N),
        gtype("suit", X),
        mat("100% wool", U),
        gender="Men",
        category="Trousers",
        color="Grey",
        title="Park Avenue Men Grey Solid Regular Fit Formal Trousers",
    ),
    # 30. Woman on white: white shirt tucked into wide-leg mid-blue high-rise jeans, brown leather belt.
    # caption base; color jeans base (the belt's brown); color base; color shirt base; details vqa; describe base.
    case(
        "MYN-BW-71030",
        caption("a woman in a white shirt and wide leg jeans"),
        color_of("jeans", "brown", X),
        col("blue"),
        color_of("shirt", "white"),
        details(
            "jeans",
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-",
            L,
            hit_limit=True,
        ),
        describe("jeans", "they are jeans", N),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Wide Leg High-Rise Jeans",
    ),
    # 31. Man with long hair tied back, all black: black hoodie, black joggers with zipped side pockets, black
    # sneakers; white background.
    # caption base (calls him a woman); color pants base; color shirt base; details base; wearing base; describe
    # cap3; garment type vqa.
    case(
        "MYN-BW-71031",
        caption("a woman in a black hoodie and black sweatpants", P),
        color_of("pants", "black"),
        color_of("shirt", "black"),
        details("pants", "zippered pockets"),
        wearing("a black hoodie and black joggers", who="he"),
        describe(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a long-sleeve sweater "
            "with pure color patterns. The",
            C,
            hit_limit=True,
        ),
        gtype("sweatshirt/hoodie", X),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Nobero Men Black Solid Joggers",
    ),
    # 32. Woman on a beach: white blouse with pink and red flowers, plain white linen shorts.
    # caption base; color shorts base; pattern base (the blouse's flowers); color shirt base; details base;
    # wearing vqa; describe base.
    case(
        "MYN-BW-71032",
        caption("a woman in a floral shirt and white shorts on the beach"),
        color_of("shorts", "white"),
        pat("floral", X),
        color_of("shirt", "pink and white"),
        details("shorts", "the shorts have a short length", R),
        wearing(
            "shorts Question: What is the color of the shorts? Answer: White Question: What is the color of the "
            "blouse/shirt?",
            K,
            who="she",
            hit_limit=True,
        ),
        describe(
            "shorts",
            "white shorts with a white belt and a white belt and a white belt and a white belt and a white belt and "
            "a white",
            L,
            hit_limit=True,
        ),
        gender="Women",
        category="Shorts",
        color="White",
        title="Marks & Spencer Women White Solid Linen Shorts",
    ),
    # 33. Man on white, cropped at the neck: olive tee, khaki cargo trousers with side pockets, brown boots.
    # caption base; color pants base (the tee's green); color shirt base; details base; describe cap1; material
    # base; wearing base (calls him she).
    case(
        "MYN-BW-71033",
        caption("a man in a green t-shirt and tan cargo pants"),
        color_of("pants", "green", O),
        color_of("shirt", "green"),
        details("pants", "cargo pockets on the sides"),
        describe(
            "pants",
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The lower "
            "clothing is of long length. The fabric",
            L,
            hit_limit=True,
        ),
        mat("cloth", N),
        wearing("she is wearing a green t-shirt and tan cargo pants", P, who="she"),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="WROGN Men Khaki Solid Cargo Trousers",
    ),
    # 34. Woman on a street: black tank top, pleated maxi skirt in vertical orange, pink and green stripes.
    # caption base; color skirt base (orange is on it); pattern base; color top base; details cap3; wearing base
    # (calls her he); describe base.
    case(
        "MYN-BW-71034",
        caption("a woman in a black top and a colorful striped skirt"),
        color_of("skirt", "orange"),
        pat("striped"),
        color_of("top", "black"),
        details(
            "skirt",
            "The lower clothing is of long length. The fabric is chiffon and it has striped patterns. The upper "
            "clothing has no sleeves,",
            C,
            hit_limit=True,
        ),
        wearing("he is wearing a black tank top and a striped skirt", P, who="she"),
        describe("skirt", "a skirt", N),
        gender="Women",
        category="Skirts",
        color="Multi",
        title="SASSAFRAS Women Multicoloured Striped Pleated Maxi Skirt",
    ),
    # 35. Man sitting on a gray sofa in a living room: white tee (its hem covers the waistband), gray melange lounge
    # shorts.
    # caption base; color shorts base; color shirt base (the shorts' gray); details base; is_a base; wearing cap1;
    # describe base.
    case(
        "MYN-BW-71035",
        caption("a man sitting on a couch wearing a white t-shirt and gray shorts"),
        color_of("shorts", "gray"),
        color_of("shirt", "gray", X),
        details("shorts", "they have a drawstring waist", U),
        is_a("shorts", "yes"),
        wearing(
            "This man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric",
            C,
            who="he",
            hit_limit=True,
        ),
        describe("shorts", "the shorts are gray shorts that are shorts", R),
        gender="Men",
        category="Shorts",
        color="Grey Melange",
        title="Jockey Men Grey Melange Solid Lounge Shorts",
    ),
    # 36. Flat lay, no person: navy leggings folded on a white marble table; the waistband front shows, no pocket.
    # caption base; color leggings base; is_a base; wearing vqa; describe base; material base; details base
    # (stopped early).
    case(
        "MYN-BW-71036",
        caption("a pair of blue leggings on a marble table"),
        color_of("leggings", "blue"),
        is_a("leggings", "yes"),
        wearing(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings",
            L,
            who="she",
            hit_limit=True,
        ),
        describe("leggings", "high waisted leggings with a phone pocket on the side", U),
        mat("unknown", N),
        details("leggings", "the leggings have a wide waistband and", C),
        gender="Women",
        category="Leggings",
        color="Navy Blue",
        title="Go Colors Women Navy Blue Solid Ankle-Length Leggings",
    ),
    # 37. Man at a cafe table: white linen shirt untucked, navy slim chinos, white sneakers.
    # caption base; color pants base (the shirt's white); color shirt base; describe base; wearing vqa; details base.
    case(
        "MYN-BW-71037",
        caption("a man in a white shirt and blue pants sitting at a cafe"),
        color_of("pants", "white", O),
        color_of("shirt", "white"),
        describe("pants", "a pair of navy chinos"),
        wearing(
            "blouse/shirt Question: What is the color of the blouse/shirt? Answer: White Question: Is this a "
            "blouse/shirt? Answer:",
            K,
            who="he",
            hit_limit=True,
        ),
        details("pants", "the pants have a lot of details", R),
        gender="Men",
        category="Trousers",
        color="Navy Blue",
        title="Louis Philippe Sport Men Navy Blue Slim Fit Chinos",
    ),
    # 38. Woman on white: leopard-print blouse (brown and black on tan), black bootcut trousers, black heels.
    # caption base; pattern base (the blouse's print); color pants base; color shirt base; details cap3; color base
    # (the blouse's brown).
    case(
        "MYN-BW-71038",
        caption("a woman in a leopard print shirt and black pants"),
        pat("animal print", X),
        color_of("pants", "black"),
        color_of("shirt", "brown"),
        details(
            "pants",
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The upper "
            "clothing has long sleeves,",
            C,
            hit_limit=True,
        ),
        col("brown", O),
        gender="Women",
        category="Trousers",
        color="Black",
        title="Vero Moda Women Black Solid Bootcut Trousers",
    ),
    # 39. Man on white: blue tee, gray track pants with a wide black panel down each side.
    # caption base; color pants base; pattern base; details base; wearing base (calls him she); color shirt vqa;
    # describe cap1; material base; color base (the tee's blue).
    case(
        "MYN-BW-71039",
        caption("a man in a blue shirt and gray pants"),
        color_of("pants", "gray and black"),
        pat("color block"),
        details("pants", "black stripe on the side"),
        wearing("she is wearing a blue shirt and gray sweatpants", P, who="she"),
        color_of(
            "shirt",
            "Blue Question: What is the color of the pants? Answer: Grey Question: What is the color of the shoes? "
            "Answer:",
            K,
            kind="open",
            hit_limit=True,
        ),
        describe(
            "pants",
            "The pants are with cotton fabric and color block patterns. This man wears a short-sleeve T-shirt with "
            "pure color patterns. The",
            C,
            hit_limit=True,
        ),
        mat("polyester and cotton blend with moisture wicking technology", U),
        col("blue", O),
        gender="Men",
        category="Track Pants",
        color="Grey",
        title="Slazenger Men Grey & Black Colourblocked Track Pants",
    ),
    # 40. Woman on white: white kurta with mustard thread embroidery at the neck, falling over the waist; mustard
    # wide palazzos, no pockets in sight.
    # caption base; color pants base; color top base; is_a skirt vqa; details base; wearing cap3; describe base.
    case(
        "MYN-BW-71040",
        caption("a woman in a white dress and yellow pants"),
        color_of("pants", "yellow"),
        color_of("top", "white"),
        is_a("skirt", "yes", X),
        details("pants", "wide legs with side pockets and an elastic waistband", U),
        wearing(
            "This lady wears a long-sleeve dress with embroidery patterns. The dress is with cotton fabric. This lady "
            "wears a long-sleeve dress with",
            L,
            who="she",
            hit_limit=True,
        ),
        describe("pants", "a pair of yellow wide leg pants"),
        gender="Women",
        category="Palazzos",
        color="Mustard",
        title="Anouk Women Mustard Yellow Solid Wide Leg Palazzos",
    ),
    # 41. Man before a red brick wall: red-and-black checked flannel shirt, light-wash blue straight jeans faded at
    # the thighs, brown boots.
    # caption base; color jeans base (the shirt's red); color shirt base; pattern base (the shirt's checks);
    # details base; wearing vqa; describe cap3.
    case(
        "MYN-BW-71041",
        caption("a man in a plaid shirt and jeans standing in front of a brick wall"),
        color_of("jeans", "red", O),
        color_of("shirt", "red and black"),
        pat("checked", X),
        details("jeans", "light wash with fading on the thighs"),
        wearing(
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-",
            L,
            who="he",
            hit_limit=True,
        ),
        describe(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The gentleman wears a long-sleeve shirt with "
            "lattice patterns. The shirt",
            C,
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Levis Men Blue 513 Slim Straight Fit Light Fade Jeans",
    ),
    # 42. Woman on white: oversized gray sweater over black skinny jeggings, black ankle boots.
    # caption base; color pants base (the sweater's gray); color shirt base; details base; wearing base;
    # describe base.
    case(
        "MYN-BW-71042",
        caption("a woman in a gray sweater and black leggings"),
        color_of("pants", "gray", O),
        color_of("shirt", "gray"),
        details("pants", "there are no details", N),
        wearing("she is wearing a gray sweater and black leggings", who="she"),
        describe(
            "pants",
            "a pair of black leggings with a gray sweater and a gray sweater and a gray sweater and a gray sweater and "
            "a",
            L,
            hit_limit=True,
        ),
        gender="Women",
        category="Jeggings",
        color="Black",
        title="ONLY Women Black Skinny Fit Jeggings",
    ),
    # 43. Man on a beach with palm trees behind: white tank top, red swim shorts with a white palm-tree print.
    # caption base; color shorts base; pattern base; details base; wearing cap3; material base; is_a vqa; color
    # shirt base (the shorts' red); describe base.
    case(
        "MYN-BW-71043",
        caption("a man in a white tank top and red shorts with palm trees on the beach"),
        color_of("shorts", "red"),
        pat("printed"),
        details("shorts", "palm tree print"),
        wearing(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "three-point length. The fabric",
            C,
            who="he",
            hit_limit=True,
        ),
        mat("quick dry polyester with a mesh lining", U),
        is_a(
            "shorts",
            "yes Question: What is the color of the shorts? Answer: Red-white Question: What is the color of the",
            K,
            hit_limit=True,
        ),
        color_of("shirt", "red", X),
        describe("shorts", "the shorts are shorts for swimming in", R),
        gender="Men",
        category="Shorts",
        color="Red",
        title="Mast & Harbour Men Red Tropical Printed Swim Shorts",
    ),
    # 44. Woman in a park: lavender hoodie, black track pants with white piping down the sides. Only gender and
    # category came with this product.
    # caption base; color pants base (the hoodie's purple); color shirt base; details base; wearing cap1;
    # describe vqa; color qa (empty span).
    case(
        "MYN-BW-71044",
        caption("a woman in a purple hoodie and black pants in a park"),
        color_of("pants", "purple", O),
        color_of("shirt", "purple"),
        details("pants", "white stripes down the sides"),
        wearing(
            "This female is wearing a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
            "with cotton",
            C,
            who="she",
            hit_limit=True,
        ),
        describe(
            "pants",
            "Black-white-Black-white-Black-white-Black-white-Black-white-Black-white-Black-white-Black-",
            L,
            hit_limit=True,
        ),
        col("", N),
        gender="Women",
        category="Track Pants",
    ),
]
