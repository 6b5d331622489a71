"""BLIND_79 (44 products; women's tops and dresses, the experiments' own questionnaire): written blind in the
eighteenth session. Measured blind at f92bd56: 129 / 142 failures found (90.8%) and 16 / 145 correct texts flagged
(11.0%). The writer's notes, verbatim:

Blind corpus 79: the original BLIP-2 experiments re-run on a Myntra-style catalog of women's tops and dresses.

Scenario
    A Myntra-style catalog of women's tops, shirts, t-shirts and dresses, photographed on models (studio, street,
    beach, garden) and as flat packshots without a person. The experiments' own questionnaire is asked of every
    photo: a caption, the closed questions of BLIND_QUESTIONS (garment type, color, pattern, sleeve length) and the
    open material question, the VQA data's yes/no garment question (is_a) and the color_of questions as the
    experiments phrased them ("What is the color of the shirt / jeans / ...?"), and now and then the experiments'
    open questions ("What is she wearing?", "What are the shirt details?"). Seller columns come from the
    marketplace: gender, category (Tops / Shirts / Tshirts / Dresses), color (Myntra base colours such as Navy
    Blue, Mustard, Grey Melange, Rust, Cream) and title; some products lack one or more of them.

Which system wrote which text (named again in the comment above every case)
    - [base]  untuned Salesforce/blip2-opt-2.7b, greedy, `Question: ... Answer:`; it stops on the newline, so its
      answers are short; its faults are colors (one color for every garment, the color of the jeans, the layer,
      the wall or the print given to the product), wrong pronouns for short-haired women, invented details,
      answers that say nothing or only repeat the question.
    - [cap1]  caption adapter, epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch) and
    - [cap3]  caption adapter, epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption): both return the
      DeepFashion-MultiModal caption template for every prompt and never stop (no end token trained), so their texts
      run to the limit: 50 new tokens for captions, 30 for answers. Their "colors" are patterns ("pure color").
    - [vqa]   VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): never stops either: it loops the answer or goes on
      writing the next `Question: ... Answer:` of its training format.
    - [cap3->mdeberta]  the third experiment: cap3's caption, then timpal0l/mdeberta-v3-base-squad2 extracting a
      span from it (an empty string when it finds none).

How it was written
    Blind: I read only shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout and the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). I read no audit code, no
    other corpus, no docs, no tests; the only thing I ran was an import check of this file. The photos are imagined;
    each case's comment describes the photo, and every label is judged against that photo.

Label conventions and judgement calls
    - One failure kind per text. A text that is both cut at the limit and wrong in content carries the content
      fault (pronoun, other_garment_color, contradiction, unsupported, leak, non_answer) with hit_limit=True; a text
      whose only fault is stopping mid-phrase is "cut". A text that repeats itself until the limit is "loop" whatever
      it repeats.
    - cut: hit_limit=True when stopped by max_new_tokens (30 for answers, 50 for captions); hit_limit=False for the
      few answers that end mid-phrase before the limit ("it is made of a").
    - The caption template returned to a question: "non_answer" when it holds nothing on what was asked (a color
      question answered with "pure color patterns ... lapel neckline"); "cut" when it does hold the answer (material
      "cotton fabric", sleeves "long-sleeve") and is merely cut off; "unsupported" when, for a flat packshot, it
      invents a garment or accessory that is not in the photo ("The lady wears a long pants", "a ring on her
      finger"). "The lady" alone in a packshot caption template is treated as template wording, not as a fault.
    - contradiction: the color of the wall, the print or an accessory given as the product's color; a non-product
      garment given the product's color (the experiments' "grey shirt, grey jeans" failure); a wrong sleeve length
      (short for sleeveless); a yes/no or type answer naming another garment or an accessory ("purse", "jacket").
    - other_garment_color: the product (the catalog item) given the color of another garment in the photo (jeans,
      skirt, trousers, an open shirt or jacket layered over it).
    - pronoun: "man", "he", "gentleman" for a woman (the catalog gender is Women; short-haired models).
    - restated: the answer only repeats the question's words ("the pattern of the garment"); an answer that repeats
      them and then answers ("the sleeve length of the garment is short") is correct.
    - non_answer: empty, "unknown", "none", "i don't know", "the top", or a pattern label given for a color
      ("pure color", "graphic patterns" from the extractive model).
    - Near colors are correct: navy for Navy Blue, purple for Lavender, dark red / burgundy for Maroon, orange for
      Coral, light pink for Peach, off white / beige / white for Cream, green for Olive or Teal, grey for Grey
      Melange, "black and white" for a striped Black tee.
    - Patterns named loosely are correct: plaid for checked, lace for broderie, "a cat" or "text" for a graphic.
      DeepFashion / In-shop wording is correct when it means the right thing ("pure color" for a solid pattern,
      "Blouses_Shirts" would be right for a shirt).
    - Material cannot be seen in a photo; a plausible fabric for the garment shown (cotton tee, satin slip, denim
      shirt) is counted correct; invented claims (a zip at the back, a logo) are unsupported.
    - Backgrounds, layers and accessories named in a caption are correct when the photo has them.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, details, is_a, wearing


def cof(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' color question, free generation as they ran it (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_79: list[Case] = [
    # 1. On model: white solid button-down shirt, long sleeves rolled to the elbow, tucked into blue jeans; grey
    # studio backdrop. caption, garment_type, color_of shirt/jeans: [base]; sleeve_length: [vqa]; material: [cap3].
    case(
        "myn-10340119",
        caption("a woman wearing a white shirt and blue jeans"),
        B.garment_type("shirt"),
        cof("shirt", "white"),
        cof("jeans", "white", "contradiction"),
        B.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve "
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="White",
        title="Roadster Women White Solid Casual Shirt",
    ),
    # 2. Flat packshot, no person: navy blue round-neck t-shirt with a white "BROOKLYN" print, white background.
    # caption, color, pattern, is_a: [base]; garment_type: [vqa]; wearing: [cap1] (invents a lady in trousers).
    case(
        "myn-11895524",
        caption("a navy blue t-shirt with the word brooklyn on it"),
        B.garment_type(
            "Tees_Tanks Tees_Tanks Tees_Tanks Tees_Tanks Tees_Tanks Tees_Tanks Tees_Tanks", "loop", hit_limit=True
        ),
        B.color("navy"),
        B.pattern("graphic print"),
        is_a("t-shirt", "yes"),
        she(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. Its "
            "neckline is round. The lady wears a long trousers. The",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Navy Blue",
        title="HERE&NOW Women Navy Blue Printed Round Neck T-shirt",
    ),
    # 3. On model: mustard yellow sleeveless fit-and-flare dress with small white polka dots, pale pink wall behind.
    # caption, color, pattern, sleeve_length, is_a: [base]; material: [cap3]; color_of dress: [vqa].
    case(
        "myn-12734502",
        caption("a woman in a yellow sleeveless dress with white polka dots standing in front of a pink wall"),
        B.color("yellow"),
        B.pattern("polka dot"),
        B.sleeve_length("short", "contradiction"),
        is_a("dress", "yes"),
        B.material(
            "The lady wears a tank dress with dot patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        cof(
            "dress",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Mustard",
        title="Tokyo Talkies Women Mustard Polka Dot Fit and Flare Dress",
    ),
    # 4. On model, street: olive green utility shirt (long sleeves, two flap chest pockets) worn open over a white
    # tank top, black trousers. caption, color, color_of shirt, pattern, material, is_a: [base]; details: [cap3].
    case(
        "myn-13381726",
        caption("a woman in a green shirt and black pants standing on a street"),
        B.color("green"),
        cof("shirt", "white", "other_garment_color"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        B.pattern("solid"),
        B.material("cotton"),
        is_a("jacket", "yes", "contradiction"),
        gender="Women",
        category="Shirts",
        color="Olive",
        title="Mast & Harbour Women Olive Green Solid Casual Shirt",
    ),
    # 5. Flat packshot: black ribbed sleeveless crop top with square neck on a grey background.
    # caption, garment_type, sleeve_length: [base]; color, is_a: [vqa]; pattern: [cap3->mdeberta].
    case(
        "myn-14120880",
        caption("a black crop top on a grey background"),
        B.garment_type("crop top"),
        B.color(
            "black\nQuestion: What is the pattern of the garment? Answer: solid\nQuestion: What is the sleeve "
            "length of the",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        B.pattern("pure color"),
        is_a(
            "tank top",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Ribbed Crop Top",
    ),
    # 6. On model with a short pixie cut: light blue denim shirt, long sleeves rolled, white shorts; white studio.
    # caption, wearing, color, material, color_of shorts: [base]; sleeve_length: [cap3].
    case(
        "myn-15520310",
        caption("a man in a blue denim shirt and white shorts", "pronoun"),
        she("a denim shirt and white shorts"),
        B.color("light blue"),
        B.material("denim"),
        B.sleeve_length(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a",
            "pronoun",
            hit_limit=True,
        ),
        cof("shorts", "white"),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="Roadster Women Blue Denim Casual Shirt",
    ),
    # 7. On model, beach: red and white vertical striped shirt dress, long buttoned sleeves, belted, knee length.
    # caption, color, sleeve_length: [base]; pattern: [vqa]; details: [cap1]; material: [cap3->mdeberta].
    case(
        "myn-16011288",
        caption("a woman in a red and white striped dress on the beach"),
        B.pattern(
            "striped striped striped striped striped striped striped striped striped striped striped striped "
            "striped striped striped striped striped striped striped striped striped striped striped striped "
            "striped striped striped striped striped striped",
            "loop",
            hit_limit=True,
        ),
        B.color("red"),
        B.sleeve_length("long"),
        details(
            "dress",
            "The lady wears a long-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Mast & Harbour Women Red & White Striped Shirt Dress",
    ),
    # 8. Flat lay on a beige bedsheet: lavender oversized t-shirt, short sleeves, small daisy print on the chest.
    # No title in the catalog. caption, color, sleeve_length, is_a: [base]; color_of t-shirt, garment_type: [vqa];
    # material: [cap3] (invents a lady in a denim skirt).
    case(
        "myn-17234411",
        caption("a purple t-shirt with a flower on it on a bed"),
        B.color("purple"),
        cof(
            "t-shirt",
            "purple\nQuestion: What is the color of the t-shirt? Answer: purple\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("short"),
        B.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long denim skirt",
            "unsupported",
            hit_limit=True,
        ),
        is_a("sweatshirt", "no"),
        B.garment_type(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee "
            "graphic tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Lavender",
    ),
    # 9. On model, grey studio: black bodycon midi dress, full sleeves, gold chain necklace, tan handbag in hand.
    # caption, garment_type, color, sleeve_length, material, details: [base]; is_a: [vqa].
    case(
        "myn-17893020",
        caption("a woman in a black dress holding a brown purse"),
        B.garment_type("purse", "contradiction"),
        B.color("black"),
        B.sleeve_length("long"),
        is_a(
            "dress",
            "yes\nQuestion: Is this a dress? Answer: yes\nQuestion: Is this a dress? Answer: yes\nQuestion: Is",
            "leak",
            hit_limit=True,
        ),
        B.material("spandex"),
        details("dress", "the dress is a dress", "restated"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="DressBerry Women Black Solid Bodycon Midi Dress",
    ),
    # 10. On model, white wall with a potted plant: white cotton top with blue floral embroidery on the yoke, short
    # puff sleeves, blue jeans. caption, color, color_of top, pattern, wearing: [base]; sleeve_length: [vqa];
    # material: [cap1].
    case(
        "myn-18021456",
        caption("a woman wearing a white top and blue jeans standing next to a plant"),
        B.color("blue", "other_garment_color"),
        cof("top", "white"),
        B.pattern("embroidered"),
        B.sleeve_length(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short "
            "sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        she("white top and jeans"),
        gender="Women",
        category="Tops",
        color="White",
        title="HERE&NOW Women White Embroidered Top",
    ),
    # 11. Flat packshot on white: coral sleeveless peplum top with a smocked waist.
    # caption, color, sleeve_length, material: [base]; pattern: [vqa].
    case(
        "myn-18566102",
        caption("an orange top with ruffles on a white background"),
        B.color("orange"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color "
            "pure color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        B.material("rayon"),
        gender="Women",
        category="Tops",
        color="Coral",
        title="Berrylush Women Coral Solid Peplum Top",
    ),
    # 12. On model, city park: grey melange t-shirt with "NEW YORK 1987" print tucked into a black knee-length skirt,
    # white sneakers. caption: [cap1]; color, color_of skirt, pattern, is_a, material: [base]; garment_type: [vqa].
    case(
        "myn-19034577",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. Its "
            "neckline is round. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        B.color("grey"),
        cof("skirt", "grey", "contradiction"),
        B.pattern("printed"),
        is_a("t-shirt", "yes"),
        B.garment_type(
            "T-shirt\nQuestion: What type of garment is this? Answer: T-shirt\nQuestion: What type of garment",
            "leak",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Women",
        category="Tshirts",
        color="Grey Melange",
        title="Roadster Women Grey Melange Printed T-shirt",
    ),
    # 13. On model, beige curtain behind: maroon wrap midi dress, long sleeves, V neck.
    # caption, color_of dress, pattern, material, is_a: [base]; color: [cap3]; sleeve_length: [vqa].
    case(
        "myn-19455621",
        caption("a woman in a burgundy dress standing in front of a curtain"),
        B.color(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        cof("dress", "dark red"),
        B.sleeve_length(
            "long sleeve\nQuestion: What is the sleeve length of the garment? Answer: long sleeve\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        B.pattern("solid"),
        B.material("", "non_answer"),
        is_a("dress", "yes"),
        gender="Women",
        category="Dresses",
        color="Maroon",
        title="Athena Women Maroon Solid Wrap Dress",
    ),
    # 14. On model with long hair, brick wall: black and white gingham-checked shirt, long sleeves, black jeans.
    # No seller color. caption, color_of shirt/jeans, pattern, material: [base]; garment_type: [vqa];
    # details: [cap3]. The experiments' "grey shirt, grey jeans".
    case(
        "myn-20112398",
        caption("a woman in a black and white checkered shirt standing in front of a brick wall"),
        cof("shirt", "grey", "contradiction"),
        cof("jeans", "grey", "contradiction"),
        B.pattern("plaid"),
        B.garment_type(
            "Blouses_Shirts Blouses_Shirts Blouses_Shirts Blouses_Shirts Blouses_Shirts Blouses_Shirts",
            "loop",
            hit_limit=True,
        ),
        B.material("flannel"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        title="Tokyo Talkies Women White & Black Checked Casual Shirt",
    ),
    # 15. Flat packshot on white: cream linen-look shirt, long sleeves, one chest pocket.
    # caption, color, garment_type, pattern, material: [base]; sleeve_length: [cap1] (invents a lady in trousers).
    case(
        "myn-20560013",
        caption("a beige shirt on a white background"),
        B.color("off white"),
        B.garment_type("shirt"),
        B.pattern("the pattern of the garment", "restated"),
        B.sleeve_length(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long trousers. The",
            "unsupported",
            hit_limit=True,
        ),
        B.material("linen"),
        gender="Women",
        category="Shirts",
        color="Cream",
        title="Mast & Harbour Women Cream-Coloured Solid Casual Shirt",
    ),
    # 16. On model, pale grey background: teal satin camisole (spaghetti straps), white wide-leg trousers.
    # caption, color, sleeve_length, material, is_a: [base]; garment_type, color_of top: [vqa].
    case(
        "myn-21093345",
        caption("a woman in a green top and white pants"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.material("satin"),
        B.garment_type(
            "tank top\nQuestion: What is the color of the tank top? Answer: white\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        cof(
            "top",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        is_a("camisole", "yes"),
        gender="Women",
        category="Tops",
        color="Teal",
        title="Vero Moda Women Teal Solid Satin Camisole",
    ),
    # 17. On model in a garden: pink floral maxi dress (small white and green flowers), short flutter sleeves.
    # caption: [cap3]; color, pattern, color_of dress, sleeve_length: [base]; material: [cap3->mdeberta];
    # wearing: [vqa]. The base's "green" is the foliage behind her.
    case(
        "myn-21456780",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a short-sleeve dress with floral patterns. The dress is with "
            "chiffon",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),
        B.pattern("floral"),
        cof("dress", "green", "contradiction"),
        B.sleeve_length("short"),
        B.material("chiffon"),
        she(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Pink",
        title="SASSAFRAS Women Pink Floral Print Maxi Dress",
    ),
    # 18. On model, white studio: black t-shirt with a white "FRIENDS" logo, tucked into blue mom jeans.
    # caption: [cap1]; color, color_of t-shirt, pattern, details, sleeve_length: [base]; material: [vqa].
    case(
        "myn-22003319",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. Its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        cof("t-shirt", "blue", "other_garment_color"),
        B.pattern("graphic"),
        details("t-shirt", "friends logo"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeve length of the garment is short"),
        gender="Women",
        category="Tshirts",
        color="Black",
        title="Free Authority Women Black Friends Printed T-shirt",
    ),
    # 19. On model, city: rust ribbed turtleneck full-sleeve top under an open black leather jacket, black jeans.
    # caption, color, garment_type, color_of top, sleeve_length: [base]; material: [cap3]; is_a: [vqa].
    case(
        "myn-22417650",
        caption("a woman in a black leather jacket and orange top"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        cof("top", "orange"),
        B.sleeve_length("long"),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a turtle neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "jacket",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Rust",
        title="Tokyo Talkies Women Rust Solid Ribbed Fitted Top",
    ),
    # 20. Flat packshot on white: peach short-sleeve cotton top with lace trim at the hem.
    # caption, color, sleeve_length, details: [base]; material: [cap3->mdeberta] (no span found);
    # wearing: [cap3] (invents a lady in pants); garment_type: [vqa].
    case(
        "myn-22890145",
        caption("a peach colored top with lace on a white background"),
        B.color("light pink"),
        B.sleeve_length("short"),
        B.material("", "non_answer"),
        she(
            "The lady wears a short-sleeve shirt with lace patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants",
            "unsupported",
            hit_limit=True,
        ),
        details("top", "lace trim"),
        B.garment_type(
            "Blouses_Shirts\nQuestion: What type of garment is this? Answer: Blouses_Shirts\nQuestion: What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Peach",
        title="Harpa Women Peach-Coloured Solid Top with Lace Detail",
    ),
    # 21. On model, yellow wall: white sleeveless knee-length A-line dress with a black abstract print.
    # caption, color, pattern, sleeve_length, is_a, garment_type: [base]; material: [cap1].
    case(
        "myn-23301174",
        caption("a woman in a white and black dress standing in front of a yellow wall"),
        B.color("yellow", "contradiction"),
        B.pattern("abstract"),
        B.sleeve_length("sleeveless"),
        is_a("skirt", "no"),
        B.material(
            "The lady wears a tank dress with graphic patterns. The dress is with cotton fabric and its neckline is "
            "round. The lady wears a tank dress",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("i don't know", "non_answer"),
        gender="Women",
        category="Dresses",
        color="White",
        title="AND Women White & Black Printed A-Line Dress",
    ),
    # 22. On model, white background: off-white shirt with thin blue vertical stripes, long sleeves, half-tucked into
    # black trousers. caption: [cap3]; color, pattern, color_of trousers, material, is_a: [base];
    # sleeve_length: [vqa]. The material answer ended on a newline mid-phrase, before the limit.
    case(
        "myn-23756001",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("striped"),
        cof("trousers", "white", "contradiction"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material("it is made of a", "cut"),
        is_a("shirt", "yes"),
        gender="Women",
        category="Shirts",
        color="White",
        title="Mast & Harbour Women White & Blue Striped Casual Shirt",
    ),
    # 23. On model with a pixie cut, grey studio: oversized white t-shirt with a red rose print, black cycling
    # shorts. caption, wearing, color, color_of shorts, garment_type: [base]; material: [cap1].
    case(
        "myn-24109832",
        caption("a man wearing a white t-shirt with a red rose on it", "pronoun"),
        she("white t-shirt and black shorts"),
        B.color("red", "contradiction"),
        cof("shorts", "black"),
        B.garment_type("t-shirt"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "Its neckline is round. The gentleman wears",
            "pronoun",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Bewakoof Women White Graphic Printed Oversized T-shirt",
    ),
    # 24. Flat packshot on white: mustard yellow short-sleeve t-shirt with "SUNSHINE" lettering. No seller color.
    # caption: [cap1] (invents a lady in denim pants); color, pattern, sleeve_length, material: [base];
    # garment_type: [cap3]; is_a: [vqa].
    case(
        "myn-24533710",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. Its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady",
            "unsupported",
            hit_limit=True,
        ),
        B.color("yellow"),
        B.pattern("text"),
        B.garment_type(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. Its "
            "neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        is_a(
            "t-shirt",
            "yes\nQuestion: Is this a t-shirt? Answer: yes\nQuestion: Is this a t-shirt? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        B.material("unknown", "non_answer"),
        gender="Women",
        category="Tshirts",
        title="Kook N Keech Women Mustard Yellow Typography Printed T-shirt",
    ),
    # 25. On model, seaside with blue sky: navy blue shirt with a small white floral print, long sleeves, white jeans.
    # caption, color, pattern, color_of shirt/jeans, details: [base]; material: [cap3]. Colors swapped by the base.
    case(
        "myn-24870012",
        caption("a woman in a blue floral shirt and white pants standing by the ocean"),
        B.color("white", "other_garment_color"),
        B.pattern("floral"),
        cof("shirt", "blue"),
        cof("jeans", "blue", "contradiction"),
        B.material(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "it has buttons"),
        gender="Women",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Women Navy Blue Floral Print Casual Shirt",
    ),
    # 26. Flat packshot on grey: black and white horizontal striped (Breton) t-shirt, long sleeves.
    # caption, color, sleeve_length, material, is_a: [base]; pattern: [vqa]; garment_type: [cap3].
    case(
        "myn-25210456",
        caption("a black and white striped shirt on a grey background"),
        B.color("black and white"),
        B.pattern(
            "striped\nQuestion: What is the pattern of the garment? Answer: striped\nQuestion: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeve length of the garment", "restated"),
        B.material("the material of the garment", "restated"),
        is_a("sweater", "yes", "contradiction"),
        B.garment_type(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. Its "
            "neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Black",
        title="Tokyo Talkies Women Black & White Striped Round Neck T-shirt",
    ),
    # 27. On model, outdoors: lemon yellow puff-sleeve square-neck crop top, blue denim mini skirt, straw bag.
    # caption, color, garment_type, sleeve_length, color_of top, material: [base]; pattern: [vqa]; details: [cap1].
    case(
        "myn-25633210",
        caption("a woman in a yellow top and denim skirt holding a straw bag"),
        B.color("yellow"),
        B.garment_type("bag", "contradiction"),
        B.sleeve_length("short"),
        cof("top", "blue", "other_garment_color"),
        B.pattern(
            "solid color solid color solid color solid color solid color solid color solid color solid color solid "
            "color solid color solid color solid color solid color solid color solid color",
            "loop",
            hit_limit=True,
        ),
        B.material("none", "non_answer"),
        details(
            "top",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Yellow",
        title="Berrylush Women Yellow Solid Puff Sleeves Crop Top",
    ),
    # 28. On model, white studio: lavender button-down shirt, long sleeves, tucked into a black mini skirt. No seller
    # category. caption: [cap1]; color: [cap3]; color_of shirt/skirt, sleeve_length, material, is_a: [base].
    case(
        "myn-26011983",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        cof("shirt", "purple"),
        cof("skirt", "purple", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.material("i'm not sure", "non_answer"),
        is_a("shirt", "yes"),
        gender="Women",
        color="Lavender",
        title="StyleStone Women Lavender Solid Casual Shirt",
    ),
    # 29. On model, brick wall: plain red short-sleeve t-shirt (no logo), blue ripped jeans.
    # caption, color, color_of t-shirt, details: [base]; material: [cap3]; sleeve_length: [vqa].
    case(
        "myn-26458801",
        caption("a woman in a red shirt and ripped jeans leaning against a brick wall"),
        B.color("red"),
        cof("t-shirt", "blue", "other_garment_color"),
        details("t-shirt", "it has a nike logo on the front", "unsupported"),
        B.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. Its "
            "neckline is round. The lady wears",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Red",
        title="HRX by Hrithik Roshan Women Red Solid Round Neck T-shirt",
    ),
    # 30. Flat packshot on white: black satin slip dress with thin straps; no person, no shoes.
    # caption: [cap3]; color, garment_type, material, wearing, pattern: [base].
    case(
        "myn-26901247",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with chiffon fabric. Its neckline is "
            "v-shape. The lady wears a tank dress with pure color patterns. The dress is with chiffon fabric. Its",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("slip dress"),
        B.material("satin"),
        she("she is wearing a black dress and high heels", "unsupported"),
        B.pattern("the pattern is a pattern", "restated"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="ONLY Women Black Solid Satin Slip Dress",
    ),
    # 31. On model, beach: multicolour boho top (white ground, orange and blue paisley), short sleeves, white shorts;
    # no hat, no sunglasses. caption, color, pattern, color_of shorts, details: [base];
    # color_of top: [cap3->mdeberta]; sleeve_length: [cap3].
    case(
        "myn-27345590",
        caption("a woman in a colorful top and white shorts on the beach"),
        B.color("multicolor"),
        B.pattern("paisley"),
        cof("shorts", "orange", "contradiction"),
        cof("top", "graphic patterns", "non_answer"),
        B.sleeve_length(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        details("top", "she is wearing a hat and sunglasses", "unsupported"),
        gender="Women",
        category="Tops",
        color="Multi",
        title="Sera Women Multicoloured Paisley Print Top",
    ),
    # 32. On model with a short bob: pink oversized cotton shirt, long sleeves, light blue jeans.
    # caption, wearing, color, garment_type, material, is_a: [base]; sleeve_length: [vqa].
    case(
        "myn-27790314",
        caption("a young man in a pink shirt and jeans", "pronoun"),
        she("he is wearing a pink shirt", "pronoun"),
        B.color("pink"),
        B.garment_type("a shirt"),
        B.material("the garment is made of fabric", "restated"),
        B.sleeve_length(
            "long sleeve\nQuestion: What is the sleeve length of the garment? Answer: long sleeve\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Women",
        category="Shirts",
        color="Pink",
        title="H&M Women Pink Oversized Cotton Shirt",
    ),
    # 33. On model: white t-shirt (the product) under an open red plaid flannel shirt, black jeans.
    # caption, color, pattern, color_of t-shirt, details: [base]; material: [cap1] (describes the flannel).
    case(
        "myn-28113406",
        caption("a woman wearing a red plaid shirt over a white t-shirt"),
        B.color("red", "other_garment_color"),
        B.pattern("solid"),
        cof("t-shirt", "white"),
        B.material(
            "The lady wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "", "non_answer"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Roadster Women White Solid Pure Cotton T-shirt",
    ),
    # 34. Flat packshot on a wooden table: sky blue chambray shirt, two chest pockets, long sleeves. No title.
    # caption: [cap1] (invents a lady in denim pants); color, material, pattern, details: [base];
    # garment_type: [vqa]; sleeve_length: [cap3]. The details answer ended on a newline mid-phrase.
    case(
        "myn-28559002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        B.color("light blue"),
        B.garment_type(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        B.material("chambray"),
        B.sleeve_length(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.pattern("solid"),
        details("shirt", "pockets, buttons and a collar with a", "cut"),
        gender="Women",
        category="Shirts",
        color="Blue",
    ),
    # 35. On model, white marble staircase: emerald green satin wrap midi dress, short sleeves; no jewellery.
    # caption: [cap3] (invents a bracelet and a ring); color, sleeve_length, material, garment_type,
    # color_of dress: [base]; pattern: [vqa].
    case(
        "myn-28990147",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. There is an accessory on her wrist. There is a ring on her finger. The lady",
            "unsupported",
            hit_limit=True,
        ),
        B.color("green"),
        B.pattern(
            "solid\nQuestion: What is the pattern of the garment? Answer: solid\nQuestion: What is the pattern of",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("short"),
        B.material("satin"),
        B.garment_type("a dress"),
        cof("dress", "the color of the dress", "restated"),
        gender="Women",
        category="Dresses",
        color="Green",
        title="Mango Women Green Satin Wrap Midi Dress",
    ),
    # 36. On model: black t-shirt with a white cartoon cat print, knotted at the front, light blue denim shorts.
    # caption: [cap1]; color, color_of shorts, pattern, sleeve_length: [base]; material: [cap3].
    case(
        "myn-29403815",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. Its "
            "neckline is round. The lady wears a short pants. The pants are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        B.color("blue", "other_garment_color"),
        cof("shorts", "blue"),
        B.pattern("a cat"),
        B.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. Its "
            "neckline is round. The lady wears",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short"),
        gender="Women",
        category="Tshirts",
        color="Black",
        title="Bewakoof Women Black Cat Printed T-shirt",
    ),
    # 37. On model, terracotta wall: cream crochet-knit top, short sleeves, brown trousers.
    # caption, color, pattern, sleeve_length: [base]; material: [cap3->mdeberta]; garment_type: [cap3].
    case(
        "myn-29877120",
        caption("a woman in a white crochet top and brown pants standing in front of an orange wall"),
        B.color("brown", "other_garment_color"),
        B.pattern("crochet"),
        B.material("knitting"),
        B.garment_type(
            "The lady wears a short-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("", "non_answer"),
        gender="Women",
        category="Tops",
        color="Cream",
        title="Trendyol Women Cream-Coloured Crochet Top",
    ),
    # 38. On model with long hair: blue and white tie-dye t-shirt, short sleeves, white joggers.
    # caption, color, pattern, material, details, wearing: [base]; sleeve_length: [vqa].
    case(
        "myn-30221567",
        caption("a woman in a tie dye t-shirt and white pants"),
        B.color("blue"),
        B.pattern("tie dye"),
        B.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material("what is the material of the garment?", "restated"),
        details("t-shirt", "none", "non_answer"),
        she("he is wearing a tie dye shirt", "pronoun"),
        gender="Women",
        category="Tshirts",
        color="Blue",
        title="Kook N Keech Women Blue & White Tie-Dyed T-shirt",
    ),
    # 39. Flat packshot on white: maroon velvet wrap top, long sleeves. No seller gender.
    # caption: [cap3] (invents a lady in denim pants); color, material, color_of top: [base]; sleeve_length: [cap1];
    # pattern: [cap3->mdeberta].
    case(
        "myn-30665892",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        B.color("maroon"),
        B.material("velvet"),
        B.sleeve_length(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("pure color"),
        cof("top", "the top", "non_answer"),
        category="Tops",
        color="Maroon",
        title="SASSAFRAS Women Maroon Velvet Wrap Top",
    ),
    # 40. On model: white short-sleeve t-shirt with black "weekend" lettering, tucked into a green pleated midi skirt.
    # caption: [cap1]; color, pattern, material: [base]; color_of t-shirt: [vqa].
    case(
        "myn-31002483",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. Its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        B.color("green", "other_garment_color"),
        cof(
            "t-shirt",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        B.pattern("text"),
        B.material("cotton"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Roadster Women White Typography T-shirt",
    ),
    # 41. On model, studio: navy shirt with white polka dots, long sleeves, red trousers.
    # caption, sleeve_length: [cap3]; color, color_of shirt, material: [base].
    case(
        "myn-31447019",
        caption(
            "The lady wears a long-sleeve shirt with dot patterns. The shirt is with chiffon fabric. It has a lapel "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        B.color("red", "other_garment_color"),
        cof("shirt", "blue"),
        B.sleeve_length(
            "The lady wears a long-sleeve shirt with dot patterns. The shirt is with chiffon fabric. It has a lapel "
            "neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        B.material("i don't know", "non_answer"),
        gender="Women",
        category="Shirts",
        color="Navy Blue",
        title="Tokyo Talkies Women Navy Blue Polka Dot Print Shirt",
    ),
    # 42. On model with a shaved head, park: grey marl t-shirt dress, short sleeves, knee length, white sneakers.
    # caption, garment_type, is_a, material, sleeve_length: [base]; color: [cap3->mdeberta].
    case(
        "myn-31890554",
        caption("a man in a grey t-shirt and white sneakers", "pronoun"),
        B.garment_type("t-shirt dress"),
        is_a("dress", "yes"),
        B.material("the material is fabric", "restated"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("short"),
        gender="Women",
        category="Dresses",
        color="Grey",
        title="HRX Women Grey Melange T-shirt Dress",
    ),
    # 43. On model in a cafe, seen from the front: light pink ruffled top, short sleeves, blue jeans. Only category and
    # color in the catalog. caption: [cap1]; color, color_of top, details, material: [base]; sleeve_length: [cap3].
    case(
        "myn-32334098",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "She",
            "cut",
            hit_limit=True,
        ),
        B.color("light pink"),
        cof("top", "blue", "other_garment_color"),
        details("top", "ruffles"),
        B.material("polyester with a zip at the back", "unsupported"),
        B.sleeve_length(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has",
            "cut",
            hit_limit=True,
        ),
        category="Tops",
        color="Pink",
    ),
    # 44. On model, studio: white broderie (eyelet) cotton top, short sleeves, black skirt.
    # caption, pattern, material, sleeve_length: [base]; color: [cap3->mdeberta]; details: [cap3].
    case(
        "myn-32778123",
        caption("a woman in a white eyelet top and black skirt"),
        B.pattern("lace"),
        B.color("pure color", "non_answer"),
        B.material("", "non_answer"),
        B.sleeve_length("short"),
        details(
            "top",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="Marks & Spencer Women White Broderie Top",
    ),
]
