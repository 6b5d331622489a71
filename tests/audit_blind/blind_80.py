"""BLIND_80 (44 products; men's casual wear, the default questionnaire with is_a and color_of questions): written
blind in the eighteenth session. Measured blind at f92bd56: 128 / 140 failures found (91.4%) and 7 / 146 correct
texts flagged (4.8%). The writer's notes, verbatim:

Blind corpus 80: BLIP-2 OPT-2.7b on a Myntra-style catalog of men's casual wear.

Scenario
    The original experiments' models re-run on a Myntra-style catalog of men's casual wear: jeans, chinos, shorts,
    t-shirts, polos, casual shirts and overshirts, often layered (a shirt worn open over a t-shirt). Each product has
    one photo (a model on a studio or street background, or a flat lay / ghost-mannequin product shot) and is asked
    enrich's default questionnaire (DEFAULT_QUESTIONS) or the closed questions of BLIND_QUESTIONS with a few open
    questions, plus some "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions. Seller
    columns come from the marketplace feed: gender ("Men"), category (Myntra article type: Jeans, Trousers, Shorts,
    Tshirts, Shirts), color (Myntra base colour: "Navy Blue", "Olive", "Off White", ...) and title; a few products
    come without some or all of them.

Which system wrote which text (named in the comment above each case)
    - base: the untuned Salesforce/blip2-opt-2.7b. Short answers, plain-English captions that often name the
      background; repeats one color for several garments, sometimes says "she", sometimes invents a detail.
    - cap1 / cap3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). They answer every prompt with the DeepFashion-MultiModal
      caption template ("The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton
      fabric..."), never name hues (its "colors" are patterns: pure color, lattice, striped, graphic, floral, color
      block), never stop (no end-of-answer token was trained): loops or a cut at 50 tokens (captions) / 30 tokens
      (answers); sometimes "the lady" / "her" from the women-heavy training data.
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA. Answers in the "the shirt is blue" style, keeps going after the answer and
      writes the next "Question: ... Answer:" turn (prompt leak) or repeats a word or phrase until the limit.
    - closed answers (garment_type, color, pattern, sleeve_length, is_a, closed color_of) are what the reference
      engine ranked or kept from the named model; the color answer keeps the raw text when it is unmapped.

How it was written
    Blind: I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (layout, makers,
    DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No other file of the project, no
    audit code, no other corpus. Each label was judged against the photo imagined in the comment above its case.

Label conventions and judgement calls
    - One label per text: the failure that makes it wrong first and most visibly. A caption-template answer cut at
      the limit is "cut" even if it also says "lady"; a repeated phrase run to the limit is "loop" (hit_limit=True),
      not "cut"; a text that writes a new "Question: ... Answer:" turn is "leak" even if cut at the limit.
    - cut: stopped mid-phrase. hit_limit=True when it ran to the token limit (30 new tokens for answers, 50 for
      captions); a few stop mid-phrase before the limit (hit_limit=False).
    - loop: the same word, phrase or template sentence repeated; these ran to the limit, so hit_limit=True.
    - leak: the answer continues with or starts with the prompt format ("Question: ...", "Answer: ...").
    - non_answer: empty, "none", "nothing", "unknown", "i don't know", the question's own words back ("they are
      shorts" for the shorts' details), and the caption adapter's pattern words given as the color ("pure color",
      "graphic") since they name no hue.
    - restated: a sentence that only restates the question or a tautology ("the details of the garment are the
      details of the shirt", "the shorts are shorts", "the garment is made of material").
    - other_garment_color: the product's color question answered with the color of another garment in the photo
      (the t-shirt under an open overshirt, the shirt worn with the shorts) - never with a background color.
    - contradiction: a wrong color that is no other garment's (a background or table color, black for navy jeans),
      a wrong garment type against the seller category, a wrong pattern or sleeve length against the photo and the
      other texts, "no" to "Is this a polo shirt?" for a polo.
    - unsupported: an invented detail not in the photo (a hood, a zipper, a chest logo on a plain tee, a belt and
      boots under an untucked tee, a pocket on a pocketless shirt).
    - pronoun: "she" / "her" / "the lady" for a man in a men's product, in an otherwise right text.
    - Correct, by judgement: near-color synonyms of the seller color (navy -> dark blue / blue, olive -> green,
      khaki/beige, off white -> cream, maroon -> red / burgundy, teal -> blue-green / blue, lavender -> purple,
      rust -> orange / brown, grey melange -> grey); one dye color for a "Multi" tie-dye tee; a background named in
      a caption; both layers named in a caption or wearing answer; "jacket" for an overshirt in free text (a loose
      word, not a wrong garment); "shirt" for a t-shirt in free text; "floral" for a leaf print; "denim" as the
      material of a chambray shirt; long sleeves for sleeves rolled to the elbow; "checked" / "plaid" / "lattice"
      for a check; a caption-template sentence that does answer the question (material: "The T-shirt is with cotton
      fabric."); a flat lay's "What is the person wearing?" answered with the garment shown.
    - Polos: Myntra files them under Tshirts; the closed garment type "polo shirt" is correct for them.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

M = "Men"

BLIND_80: list[Case] = [
    # 1. Model in a plain white crew-neck t-shirt (untucked) and navy slim jeans, front view, grey studio backdrop.
    # caption, wearing, color: base; details, material: cap3; description: vqa.
    case(
        "MYN-JN-80101",
        caption("a man wearing a white t-shirt and dark blue jeans standing in front of a grey background"),
        D.wearing("a white t-shirt and jeans"),
        D.color("dark blue"),
        D.details(
            "The pants are with denim fabric and solid color patterns. The pants are of long length. The pants are "
            "with denim fabric and solid color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The pants are with denim fabric and solid color patterns. The pants are of long length. The fabric is "
            "denim and it has solid color",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "the jeans are blue Question: What is the color of the t-shirt? Answer: white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        category="Jeans",
        color="Navy Blue",
        title="Roadster Men Navy Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 2. Model in a solid olive crew-neck short-sleeve t-shirt, arms crossed, blue jeans, white backdrop.
    # caption: cap3; garment_type, color, material: base; is_a: vqa; open color_of: vqa.
    case(
        "MYN-TS-80102",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        B.color("green"),
        is_a("t-shirt", "yes"),
        color_of(
            "t-shirt",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("denim", "contradiction"),
        gender=M,
        category="Tshirts",
        color="Olive",
        title="HRX by Hrithik Roshan Men Olive Solid Round Neck Pure Cotton T-shirt",
    ),
    # 3. Olive-green overshirt worn open over a plain white t-shirt, black chinos; model on a white backdrop.
    # caption, wearing, garment_type: base; color: base (closed); details: cap1; description, material: vqa.
    case(
        "MYN-OS-80103",
        caption("a man wearing an olive green shirt over a white t-shirt and black pants"),
        D.wearing("a green shirt and a white t-shirt"),
        D.garment_type("shirt"),
        D.color("white", "other_garment_color"),
        D.details(
            "The shirt has a lapel neckline. The shirt is with cotton fabric. The shirt has long sleeves. The shirt "
            "has a lapel neckline. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.description("she is wearing a green shirt over a white t-shirt", "pronoun"),
        D.material("no", "non_answer"),
        gender=M,
        category="Shirts",
        color="Olive",
        title="Mast & Harbour Men Olive Green Solid Casual Overshirt",
    ),
    # 4. Flat lay, no person: khaki chino shorts with belt loops and side pockets on a white background.
    # caption, closed answers, describe: base (describe stopped early, not at the limit); color_of: vqa (closed);
    # details: vqa.
    case(
        "MYN-SR-80104",
        caption("a pair of beige shorts on a white background"),
        B.garment_type("shorts"),
        B.color("beige"),
        color_of("shorts", "white", "contradiction"),
        details("shorts", "they are shorts", "non_answer"),
        describe("shorts", "a pair of khaki shorts with", "cut"),
        gender=M,
        category="Shorts",
        color="Khaki",
        title="Highlander Men Khaki Solid Slim Fit Chino Shorts",
    ),
    # 5. Navy pique polo with a small embroidered logo on the left chest, blue jeans; model, light grey backdrop.
    # caption: cap3; wearing, color, description: base; details: vqa; material: cap1.
    case(
        "MYN-PL-80105",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The man wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and jeans"),
        D.color("navy"),
        D.description("a navy blue polo shirt with a small logo on the chest"),
        D.details(
            "the polo shirt has a collar and buttons. Question: What is the color of the polo shirt? Answer: navy "
            "blue. Question: What",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The man wears a long "
            "pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Tshirts",
        color="Navy Blue",
        title="U.S. Polo Assn. Men Navy Blue Polo Collar Pure Cotton T-shirt",
    ),
    # 6. Red and navy checked casual shirt, buttoned, long sleeves down; blue jeans; model, white backdrop.
    # caption, color, details: base; sleeve_length: base (closed); wearing: cap1; description: vqa.
    case(
        "MYN-SH-80106",
        caption("a man wearing a red and blue plaid shirt and jeans"),
        D.color("red"),
        D.wearing(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline."
        ),
        D.details("the shirt has a plaid pattern"),
        D.description("the shirt is a striped shirt", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        gender=M,
        category="Shirts",
        color="Red",
        title="Roadster Men Red & Navy Blue Regular Fit Checked Casual Shirt",
    ),
    # 7. White crew t-shirt with light-wash blue jeans and grey sneakers, white backdrop. The base model gives the
    # t-shirt's white to the jeans too. caption, wearing, color, color_of: base; details: cap3.
    case(
        "MYN-JN-80107",
        caption("a man in a white t-shirt and blue jeans"),
        D.wearing("a white shirt and jeans"),
        D.color("light blue"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.details(
            "The pants are with denim fabric and solid color patterns. The pants are of long length. The man wears a "
            "short-sleeve T-shirt with pure color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Jeans",
        color="Blue",
        title="WROGN Men Blue Slim Fit Light Fade Stretchable Jeans",
    ),
    # 8. Black crew t-shirt with a large white graphic print on the chest, blue jeans, grey wall. Every text by cap3
    # (the caption template for every prompt); the pattern ranked from cap3's text, the color kept raw.
    case(
        "MYN-TS-80108",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long trousers. The trousers are with denim fabric."
        ),
        D.color("graphic", "non_answer"),
        D.pattern("graphic"),
        D.wearing(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline."
        ),
        D.description(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.material("The T-shirt is with cotton fabric."),
        gender=M,
        category="Tshirts",
        color="Black",
        title="Bewakoof Men Black Graphic Printed Round Neck Pure Cotton T-shirt",
    ),
    # 9. Light blue oxford shirt tucked into beige slim chinos with a brown belt, white backdrop (product: chinos).
    # caption, wearing, color, details: base; description: vqa; material: cap3.
    case(
        "MYN-CH-80109",
        caption("a man wearing a blue shirt and khaki pants"),
        D.wearing("she is wearing a blue shirt and khaki pants", "pronoun"),
        D.color("khaki"),
        D.description("the pants are blue", "other_garment_color"),
        D.details("the pants have a brown belt"),
        D.material(
            "The trousers are with cotton fabric and solid color patterns. The lower clothing is of long length. The "
            "fabric is cotton and it has pure",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Trousers",
        color="Beige",
        title="Mast & Harbour Men Beige Slim Fit Solid Chinos",
    ),
    # 10. Grey crew t-shirt and mid-blue washed denim shorts, white sneakers, city street. caption, wearing, closed
    # answer, color_of: base; details: vqa; material: cap1.
    case(
        "MYN-SR-80110",
        caption("a man in a grey t-shirt and denim shorts standing on a street"),
        wearing("a grey t-shirt and blue jean shorts"),
        B.color("blue"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        details("shorts", "the shorts are short", "non_answer"),
        B.material(
            "The shorts are with denim fabric and solid color patterns. The shorts are with denim fabric and solid "
            "color patterns. The shorts are with denim",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        category="Shorts",
        color="Blue",
        title="Roadster Men Blue Washed Regular Fit Denim Shorts",
    ),
    # 11. White linen shirt, sleeves rolled to the elbows, beige chinos, standing in front of a blue painted wall.
    # caption, closed answers, description: base; wearing, material: vqa; details: cap3.
    case(
        "MYN-SH-80111",
        caption("a man in a white shirt standing in front of a blue wall"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.wearing("Answer: a white shirt and beige pants", "leak"),
        D.description("a white linen shirt with the sleeves rolled up"),
        D.details(
            "The upper clothing has long sleeves, linen fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.material("cloth", "non_answer"),
        gender=M,
        category="Shirts",
        color="White",
        title="Here&Now Men White Pure Linen Casual Shirt",
    ),
    # 12. White pique polo with navy tipping on the collar and sleeve hems, navy chino shorts; white backdrop.
    # caption, color, details: base; description, material: vqa; wearing: cap1.
    case(
        "MYN-PL-80112",
        caption("a man wearing a white polo shirt and blue shorts"),
        D.color("white"),
        D.details("the collar has blue stripes"),
        D.description("the polo shirt is blue", "other_garment_color"),
        D.wearing(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline.",
            "pronoun",
        ),
        D.material("the garment is made of the material of the garment", "restated"),
        gender=M,
        category="Tshirts",
        color="White",
        title="Louis Philippe Sport Men White Polo Collar Slim Fit T-shirt",
    ),
    # 13. No catalog columns. Mustard-yellow short-sleeve henley (three buttons), black jeans, white backdrop.
    # caption, wearing, closed answers, details: base; description: cap3; material: vqa.
    case(
        "MYN-TS-80113",
        caption("a man wearing a yellow shirt and black jeans"),
        D.wearing("a yellow shirt and black jeans"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        D.details("buttons"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
    ),
    # 14. Mid-blue denim shirt worn open over a plain grey t-shirt, black chinos; white backdrop.
    # caption, wearing, color: base; description, material: vqa; details: cap3.
    case(
        "MYN-SH-80114",
        caption("a man wearing a denim shirt over a grey t-shirt"),
        D.wearing("a denim shirt and a grey t-shirt"),
        D.color("grey", "other_garment_color"),
        D.material("fabric", "non_answer"),
        D.description("the shirt is a denim shirt Question: Describe the pants. Answer: the pants are black", "leak"),
        D.details(
            "The upper clothing has long sleeves, denim fabric and solid color patterns. The neckline of it is lapel. "
            "The upper clothing has long sleeves, denim",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        category="Shirts",
        color="Blue",
        title="Levis Men Blue Solid Denim Casual Shirt",
    ),
    # 15. White t-shirt with black skinny jeans, small rips at both knees; white backdrop.
    # caption, color, is_a, details, color_of: base; describe, wearing: vqa; material: cap1.
    case(
        "MYN-JN-80115",
        caption("a man in a white t-shirt and black ripped jeans"),
        B.color("black"),
        B.material(
            "The pants are with denim fabric and solid color patterns. The man wears a short-sleeve T-shirt with pure "
            "color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans have rips on the knees"),
        describe("jeans", "black jeans with a white stripe down the side", "unsupported"),
        wearing(
            "he is wearing a white t-shirt and black jeans and white sneakers and a white t-shirt and black jeans "
            "and white sneakers and a white t-shirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        gender=M,
        category="Jeans",
        color="Black",
        title="HIGHLANDER Men Black Skinny Fit Mildly Distressed Stretchable Jeans",
    ),
    # 16. Navy and white horizontally striped (breton) crew t-shirt, beige shorts, on a beach.
    # caption, wearing, color: base; garment_type: vqa (closed); description, material: vqa; details: cap1.
    case(
        "MYN-TS-80116",
        caption("a man in a striped shirt standing on the beach"),
        D.color("navy"),
        D.wearing("a blue and white striped shirt and shorts"),
        D.description("it is a garment that the person is wearing", "restated"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and striped patterns. The neckline of it is round. The "
            "lower clothing is of short",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        D.garment_type("shorts", "contradiction"),
        gender=M,
        category="Tshirts",
        color="Navy Blue",
        title="Tommy Hilfiger Men Navy Blue & White Striped Round Neck T-shirt",
    ),
    # 17. Waist-down crop: navy chinos, white sneakers, hem of a white t-shirt; light grey backdrop.
    # caption, wearing, color, details: base; description: vqa; material: cap3.
    case(
        "MYN-CH-80117",
        caption("a man's legs in blue pants and white sneakers"),
        D.color("blue"),
        D.wearing("blue pants"),
        D.description("the pants are white", "other_garment_color"),
        D.details("pockets"),
        D.material(
            "The trousers are with cotton fabric and solid color patterns. The trousers are of long length. The "
            "trousers are with cotton fabric and solid",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        category="Trousers",
        color="Navy Blue",
        title="Blackberrys Men Navy Blue Slim Fit Solid Chinos",
    ),
    # 18. Brown and black checked flannel overshirt worn open over a black crew t-shirt, blue jeans; brick wall.
    # caption, color, pattern, details: base; wearing: cap3; description, material: vqa.
    case(
        "MYN-OS-80118",
        caption("a man wearing a plaid jacket over a black t-shirt and jeans in front of a brick wall"),
        D.color("black", "other_garment_color"),
        D.pattern("checked"),
        D.wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has two chest pockets"),
        D.description("a brown and black plaid shirt with a hood", "unsupported"),
        D.material("wool with leather patches on the elbows", "unsupported"),
        gender=M,
        category="Shirts",
        color="Brown",
        title="Roadster Men Brown & Black Checked Brushed Flannel Overshirt",
    ),
    # 19. Product shot, no person: plain white crew t-shirt laid flat on a light grey background.
    # caption, color, details: base; wearing: vqa; material: cap1.
    case(
        "MYN-TS-80119",
        caption("a white t-shirt on a grey background"),
        B.color("white"),
        wearing("a white t-shirt"),
        details("t-shirt", "the t-shirt has a logo on the chest", "unsupported"),
        B.material(
            "The T-shirt is with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and pure "
            "color patterns. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        category="Tshirts",
        color="White",
        title="Jack & Jones Men White Solid Round Neck Pure Cotton T-shirt",
    ),
    # 20. Black crew t-shirt, olive cargo shorts with flap side pockets; model on grass outdoors.
    # caption: cap3; wearing, color, details: base; description, material: vqa.
    case(
        "MYN-SR-80120",
        caption(
            "This man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The man wears a short pants. The pants are with cotton fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and green shorts"),
        D.color("green"),
        D.details("pockets on the sides"),
        D.description("the shorts are black", "other_garment_color"),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender=M,
        category="Shorts",
        color="Olive",
        title="HRX by Hrithik Roshan Men Olive Green Solid Cargo Shorts",
    ),
    # 21. Navy short-sleeve resort shirt with a white tropical-leaf print, white shorts, by a swimming pool.
    # caption, pattern, color, wearing: base; description, material: cap3; details: vqa.
    case(
        "MYN-SH-80121",
        caption("a man in a blue hawaiian shirt standing by a pool"),
        D.pattern("floral"),
        D.color("navy"),
        D.wearing("she is wearing a blue shirt and white shorts", "pronoun"),
        D.description(
            "The upper clothing has short sleeves, cotton fabric and floral patterns. The neckline of it is lapel. "
            "The lower clothing is of short",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the shirt has white leaves, white leaves, white leaves, white leaves, white leaves, white leaves, white "
            "leaves, white",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The shirt is with cotton fabric and floral patterns. The neckline of it is lapel. The lower clothing is "
            "of short length. The",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Shirts",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue Tropical Printed Casual Shirt",
    ),
    # 22. Black crew t-shirt and grey slim tapered jeans, white backdrop.
    # caption, color, description: base; wearing, details: vqa; material: cap3.
    case(
        "MYN-JN-80122",
        caption("a man wearing a black t-shirt and grey jeans"),
        D.color("grey"),
        D.wearing("a black t-shirt and blue jeans", "contradiction"),
        D.details("none", "non_answer"),
        D.description("grey jeans"),
        D.material("The pants are with denim fabric and solid color patterns. The pants are of long length."),
        gender=M,
        category="Jeans",
        color="Grey",
        title="Flying Machine Men Grey Slim Tapered Fit Stretchable Jeans",
    ),
    # 23. Maroon crew t-shirt, blue jeans, in front of a red brick wall.
    # caption, wearing, closed answers, material: base; description, details: vqa.
    case(
        "MYN-TS-80123",
        caption("a man in a red shirt standing in front of a brick wall"),
        D.color("burgundy"),
        D.wearing("a red t-shirt and jeans"),
        D.description(
            "the t-shirt is maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon "
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        D.details("i don't know", "non_answer"),
        D.material("the garment is made of material", "restated"),
        D.sleeve_length("long sleeves", "contradiction"),
        gender=M,
        category="Tshirts",
        color="Maroon",
        title="Roadster Men Maroon Solid Round Neck Pure Cotton T-shirt",
    ),
    # 24. Green and white horizontally striped polo, beige chinos; white backdrop.
    # caption: cap1; color, color_of: base; is_a, describe, wearing: vqa.
    case(
        "MYN-PL-80124",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with cotton fabric and solid color patterns."
        ),
        B.color("green"),
        is_a("polo shirt", "no", "contradiction"),
        color_of("shirt", "green and white", kind="open"),
        describe("polo shirt", "a green and white striped polo shirt with a zipper on the chest", "unsupported"),
        wearing(
            "he is wearing a polo shirt and pants Question: What is the color of the polo shirt? Answer: green "
            "Question: What is",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        category="Tshirts",
        color="Green",
        title="WROGN Men Green & White Striped Polo Collar T-shirt",
    ),
    # 25. Rust-orange corduroy shirt, buttoned, black jeans; white backdrop.
    # caption, wearing, color: base; description: cap3; details, material: vqa.
    case(
        "MYN-SH-80125",
        caption("a man wearing an orange shirt and black jeans"),
        D.color("brown"),
        D.material("it is made of the material", "restated"),
        D.wearing("an orange shirt and black jeans"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the shirt", "restated"),
        D.pattern("striped", "contradiction"),
        gender=M,
        category="Shirts",
        color="Rust",
        title="Roadster Men Rust Solid Corduroy Casual Shirt",
    ),
    # 26. Gender only (no category, color or title). Heather grey short-sleeve v-neck t-shirt, dark jeans.
    # caption, wearing, color, details: base; description: vqa; material: vqa (stopped early, not at the limit).
    case(
        "MYN-TS-80126",
        caption("a man in a grey v-neck t-shirt"),
        D.wearing("a grey t-shirt"),
        D.color("grey"),
        D.description(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        D.details("v-neck"),
        D.material("the t-shirt is made of cotton and the sleeves are made of", "cut"),
        gender=M,
    ),
    # 27. White crew t-shirt with navy drawstring lounge shorts (white cord); white backdrop. Product: the shorts.
    # caption: cap3; color, wearing, details: base; description, material: vqa.
    case(
        "MYN-SR-80127",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man wears a short pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.wearing("a white t-shirt and blue shorts"),
        D.details("drawstring"),
        D.description("the shorts are shorts", "restated"),
        D.material("", "non_answer"),
        gender=M,
        category="Shorts",
        color="Navy Blue",
        title="Jockey Men Navy Blue Solid Cotton Lounge Shorts",
    ),
    # 28. Black utility overshirt (two flap chest pockets, snap buttons) worn open over a white crew t-shirt, grey
    # chinos; white backdrop. caption, wearing, color: base; color_of(shirt): vqa;
    # details: cap3; material: vqa.
    case(
        "MYN-OS-80128",
        caption("a man in a black jacket and white t-shirt"),
        B.color("black"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a black shirt and a white t-shirt"),
        details(
            "shirt",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has two pockets.",
        ),
        B.material("cotton Question: What is the pattern of the garment? Answer: solid", "leak"),
        gender=M,
        category="Shirts",
        color="Black",
        title="The Roadster Lifestyle Co. Men Black Solid Utility Overshirt",
    ),
    # 29. Olive long-sleeve henley and light blue slim jeans; white backdrop. Product: the jeans.
    # caption: cap1; wearing, color: base; description, details: vqa; material: cap1.
    case(
        "MYN-JN-80129",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long pants. The pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        D.wearing("a green shirt and jeans"),
        D.color("blue"),
        D.description("the jeans are green", "other_garment_color"),
        D.details(
            "the jeans have a button and a zipper, the jeans have a button and a zipper, the jeans have a button and a "
            "zipper, the",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The pants are with denim fabric and solid color patterns. The lady wears a long-sleeve shirt with pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Jeans",
        color="Blue",
        title="Levis Men Blue 511 Slim Fit Light Fade Stretchable Jeans",
    ),
    # 30. Teal crew t-shirt, black shorts; white backdrop.
    # caption, color: base; wearing, description, material: vqa; details: cap3.
    case(
        "MYN-TS-80130",
        caption("a man in a blue-green t-shirt and black shorts"),
        D.color("teal"),
        D.wearing("a blue t-shirt and black shorts"),
        D.description("the person is wearing a garment", "restated"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is crew. The "
            "lower clothing is of short",
            "cut",
            hit_limit=True,
        ),
        D.material("nothing", "non_answer"),
        gender=M,
        category="Tshirts",
        color="Teal",
        title="HRX by Hrithik Roshan Men Teal Solid Round Neck T-shirt",
    ),
    # 31. White shirt with thin blue vertical stripes, buttoned, no chest pocket, navy chinos; white backdrop.
    # caption, color, description: base; wearing, details: vqa; material: cap1.
    case(
        "MYN-SH-80131",
        caption("a man in a blue and white striped shirt"),
        D.color("white"),
        D.wearing("she is wearing a striped shirt and blue pants", "pronoun"),
        D.description("a white shirt with blue stripes"),
        D.details(
            "the shirt has a button down collar Question: What are the details of the pants? Answer: the pants have "
            "pockets Question:",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The shirt is with cotton fabric and striped patterns. The shirt is with cotton fabric and striped "
            "patterns. The shirt is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        category="Shirts",
        color="White",
        title="Louis Philippe Men White & Blue Striped Slim Fit Casual Shirt",
    ),
    # 32. White long-sleeve shirt and olive chinos; white backdrop. Product: the chinos.
    # caption: cap3; garment_type, color, color_of(pants), color_of(shirt), wearing: base; details: vqa.
    case(
        "MYN-CH-80132",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns."
        ),
        B.garment_type("trousers"),
        B.color("white", "other_garment_color"),
        color_of("pants", "green"),
        color_of("shirt", "green", "other_garment_color", kind="open"),
        wearing("a white shirt and green pants"),
        details("pants", "they are pants", "non_answer"),
        gender=M,
        category="Trousers",
        color="Olive",
        title="Roadster Men Olive Green Regular Fit Solid Chinos",
    ),
    # 33. Oversized t-shirt tie-dyed in blue and pink, black shorts; white backdrop.
    # caption, pattern, color, description: base; wearing: vqa; details, material: cap3.
    case(
        "MYN-TS-80133",
        caption("a man wearing a tie dye shirt and black shorts"),
        D.pattern("printed"),
        D.color("pink"),
        D.wearing(
            "a pink and blue shirt and black shorts and black shorts and black shorts and black shorts and black "
            "shorts and black",
            "loop",
            hit_limit=True,
        ),
        D.description("a colorful t-shirt"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and color block patterns. The neckline of it is round. The "
            "T-shirt has short sleeves,",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The T-shirt is with cotton fabric and color block patterns. The neckline of it is round. The lower "
            "clothing is of short length. The",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Tshirts",
        color="Multi",
        title="Bewakoof Men Blue & Pink Tie-Dye Oversized Pure Cotton T-shirt",
    ),
    # 34. Grey crew t-shirt, untucked, over dark indigo (navy) slim jeans, white sneakers, no belt visible; dim
    # studio light. caption, closed answers, is_a, color_of: base; wearing, material: vqa; details: cap3.
    case(
        "MYN-JN-80134",
        caption("a man wearing a grey t-shirt and dark jeans"),
        B.color("black", "contradiction"),
        B.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        wearing("he is wearing a grey t-shirt and blue jeans with a brown belt and brown boots", "unsupported"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The pants are of long length. The pants are "
            "with denim fabric and solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "denim Question: What is the color of the jeans? Answer: blue Question: What is the color of the t-shirt? "
            "Answer: grey",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        category="Jeans",
        color="Navy Blue",
        title="Mufti Men Navy Blue Slim Fit Clean Look Stretchable Jeans",
    ),
    # 35. Ghost-mannequin product shot: black pique polo, all black (collar too), white background.
    # caption, color, wearing: base; describe, details, material: vqa.
    case(
        "MYN-PL-80135",
        caption("a black polo shirt on a white background"),
        B.color("black"),
        wearing("a black polo shirt"),
        describe("polo shirt", "a black polo shirt with a white collar", "unsupported"),
        details("polo shirt", "", "non_answer"),
        B.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        category="Tshirts",
        color="Black",
        title="Jack & Jones Men Black Solid Polo Collar T-shirt",
    ),
    # 36. Light blue chambray shirt, buttoned, white chinos, grey backdrop.
    # caption, color, details, material: base; wearing: cap1; description: vqa.
    case(
        "MYN-SH-80136",
        caption("a man wearing a light blue shirt and white pants"),
        D.color("light blue"),
        D.wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The man wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        D.description("the shirt is white", "other_garment_color"),
        D.details("buttons and a collar"),
        gender=M,
        category="Shirts",
        color="Blue",
        title="Highlander Men Blue Slim Fit Chambray Casual Shirt",
    ),
    # 37. Plain white crew t-shirt and navy shorts with a small white anchor print, on a beach.
    # caption, closed answers, details: base; description, wearing: vqa; material: cap3.
    case(
        "MYN-SR-80137",
        caption("a man in a white shirt and blue shorts on the beach"),
        D.pattern("printed"),
        D.color("white", "other_garment_color"),
        D.details("anchors"),
        D.description("blue shorts with white anchors and a white shirt with a blue collar", "unsupported"),
        D.wearing("Question: What is the person wearing? Answer: a white shirt and shorts", "leak"),
        D.material(
            "The shorts are with cotton fabric and graphic patterns. The lower clothing is of short length. The "
            "fabric is cotton and it has",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Shorts",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue Anchor Printed Regular Shorts",
    ),
    # 38. Off-white (cream) long-sleeve crew t-shirt, brown chinos, in front of a beige wall.
    # caption, color, wearing: base; description: cap3; details, material: vqa.
    case(
        "MYN-TS-80138",
        caption("a man in a white long sleeve shirt standing in front of a beige wall"),
        D.color("cream"),
        D.wearing("a white shirt and brown pants"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round."
        ),
        D.details(
            "round neck. Question: What is the color of the garment? Answer: white. Question: What is the color of "
            "the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("the material of the garment is the material", "restated"),
        gender=M,
        category="Tshirts",
        color="Off White",
        title="Roadster Men Off-White Solid Round Neck Long Sleeves Pure Cotton T-shirt",
    ),
    # 39. Black shirt without a chest pocket, sleeves rolled, light grey jeans; white wall.
    # caption: cap3; color, sleeve_length, wearing, details: base; description: vqa; material: cap3.
    case(
        "MYN-SH-80139",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric.",
            "pronoun",
        ),
        D.color("black"),
        D.wearing("a black shirt and grey jeans"),
        D.description(
            "the shirt is black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket", "unsupported"),
        D.material(
            "The shirt is with cotton fabric and pure color patterns. The neckline of it is lapel. The lady wears a "
            "long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        gender=M,
        category="Shirts",
        color="Black",
        title="HIGHLANDER Men Black Slim Fit Solid Casual Shirt",
    ),
    # 40. No catalog columns. Product shot: folded mid-blue jeans with a brown leather back patch, on a wooden table.
    # caption, color, describe: base; wearing, color_of: vqa; details: cap1.
    case(
        "MYN-JN-80140",
        caption("a pair of jeans folded on a wooden table"),
        B.color("blue"),
        wearing("a man wearing jeans and a leather belt", "unsupported"),
        describe("jeans", "blue jeans with a brown leather patch"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The pants are of long length. The pants are "
            "with denim fabric and solid color",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "brown", "contradiction", kind="open"),
    ),
    # 41. Plain white crew t-shirt worn under an open red and black checked shirt, black jeans. Product: the
    # t-shirt. caption, wearing, closed answers: base; description: cap3; details, material: vqa.
    case(
        "MYN-TS-80141",
        caption("a man wearing a white t-shirt and a red plaid shirt"),
        D.garment_type("shirt", "contradiction"),
        D.color("red", "other_garment_color"),
        D.pattern("solid"),
        D.wearing("a white shirt and a plaid shirt"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. "
            "The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("unknown", "non_answer"),
        D.material("cotton Question: What is the pattern of the garment? Answer: solid", "leak"),
        gender=M,
        category="Tshirts",
        color="White",
        title="Roadster Men White Solid Round Neck Pure Cotton T-shirt",
    ),
    # 42. Black crew t-shirt, grey melange knit shorts with side pockets; white backdrop.
    # caption, color: base; wearing, description, details: vqa; material: cap1.
    case(
        "MYN-SR-80142",
        caption("a man in a black t-shirt and grey shorts"),
        D.color("grey"),
        D.wearing(
            "he is wearing a black shirt and grey shorts Answer: a black shirt and grey shorts Answer: a black shirt "
            "and grey shorts Answer:",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "the shorts are grey knit shorts with an elastic waistband and a drawstring and two side pockets on the "
            "sides of the shorts and the",
            "cut",
            hit_limit=True,
        ),
        D.details("they are shorts", "non_answer"),
        D.material("The shorts are with cotton fabric."),
        gender=M,
        category="Shorts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Knitted Shorts",
    ),
    # 43. Lavender crew t-shirt with a chest pocket, white shorts; white backdrop.
    # caption, color, details, color_of: base; wearing: cap3; describe, material: vqa.
    case(
        "MYN-TS-80143",
        caption("a man in a purple t-shirt and white shorts"),
        B.color("purple"),
        B.garment_type("t-shirt"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        details("t-shirt", "a pocket on the chest"),
        wearing(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        describe("t-shirt", "she is wearing a purple t-shirt with a pocket", "pronoun"),
        B.material("cotton with a zip on the pocket", "unsupported"),
        gender=M,
        category="Tshirts",
        color="Lavender",
        title="Here&Now Men Lavender Solid Pocket Round Neck T-shirt",
    ),
    # 44. Pink oxford button-down shirt with a small embroidered logo on the chest, navy chinos; seated at a cafe
    # table outdoors. caption, color, wearing: base; details: cap3 (stopped early, not at the limit);
    # description, material: vqa.
    case(
        "MYN-SH-80144",
        caption("a man in a pink shirt sitting at a table"),
        D.color("pink"),
        D.wearing("a pink shirt and blue pants"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "It has a",
            "cut",
        ),
        D.description("a pink shirt with a small logo"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        category="Shirts",
        color="Pink",
        title="U.S. Polo Assn. Men Pink Oxford Button-Down Casual Shirt",
    ),
]
