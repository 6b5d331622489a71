"""BLIND_50 (44 products; the experiments re-run on a Myntra-style women's western wear catalog): written blind in
the sixteenth session. Measured blind at e3ebb12: 127/139 and 5/145. The writer's notes, verbatim:

Blind corpus 50: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's western wear.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters re-run on an Indian marketplace's
    catalog of women's western wear (tops, shirts, t-shirts, dresses, jumpsuits, skirts, jeans, trousers, shorts,
    jackets, sweaters). One product per item; mostly model photos on plain studio backdrops (white, grey, beige,
    pink, red), a few product shots without a person (flat lays, garments on hangers). Each item was answered with
    enrich's default questionnaire (DEFAULT_QUESTIONS; only part of each questionnaire is kept here), the two flat
    lays with the closed questions of BLIND_QUESTIONS, plus a few "Is this a ...?" and "What is the color of the
    ...?" questions. Catalog columns as the seller gives them: gender ("Women"), category (Myntra article type:
    Tops, Shirts, Tshirts, Dresses, Jumpsuit, Skirts, Jeans, Trousers, Shorts, Jackets, Sweaters), color (base
    colour: "Navy Blue", "Mustard", "Off White"...) and title (product display name, brand first). Four products
    lack some columns (W50-SHT-04 and W50-SHO-03 have no title, W50-TSH-04 no color, W50-SWT-03 only a
    category).

Which system wrote which text (named again in the comment above every case)
    - base: Salesforce/blip2-opt-2.7b, untuned (8-bit). Short captions ("a woman in a black dress"), short answers;
      colors unreliable (grey for everything, the jeans' color for the top), wrong pronoun on short-haired models,
      invented details, a yes-bias on "Is this a ...?".
    - cap1 / cap3: the caption LoRA adapters, epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch) and
      epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption). They write the DeepFashion-MultiModal template ("The
      lady wears a short-sleeve T-shirt with pure color patterns ...", no hue names) for every prompt, never stop,
      and run to the 50-token (caption) or 30-token (answer) limit: cut mid-sentence or looping.
    - vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Answers the garment word or color, then, with no
      end-of-answer token trained, goes on: repeats the word, or writes the next "Question: ... Answer:" of the
      prompt format, until the 30-token limit.

How it was written
    Blind. Only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text layout,
    the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS) were read; no other code, corpus, documentation or
    audit. The photos are imagined and described in the comment above each case; every label is judged against
    that description. Only an import check of this file was run (no tokenizer): token limits are estimated at
    ~1.3 tokens a word, a hyphen or "T-shirt" counting extra.

Label conventions and judgement calls
    - One label per text: the failure one would fix first. A text that repeats until the limit is "loop"; one that
      carries "Question:"/"Answer:" of the prompt format is "leak" (even when it also repeats or hits the limit);
      the caption template returned for a question and stopped mid-phrase is "cut".
    - cut: stopped mid-phrase. hit_limit=True where it ran to the limit (30 new tokens for answers, 50 for
      captions); two base answers stop mid-phrase before the limit (hit_limit=False). Loops and leaks that ran to
      the limit also carry hit_limit=True. A complete template caption that ends on a full stop is correct and
      hit_limit=False.
    - Near-color synonyms are correct: navy -> navy/blue/dark blue, maroon <-> burgundy, cream/off-white -> white,
      mustard -> yellow, lavender -> purple, khaki/beige, rust -> orange, olive -> green, charcoal -> (dark) grey,
      and a two-color answer for a two-color print ("black and white" for black-and-white checked trousers).
    - other_garment_color: the product is given the color of another garment in the same photo (the jeans, the
      inner tee under a shirt or jacket, the top worn with a skirt). contradiction: a color that belongs to no
      garment worn (the backdrop, a handbag, plain wrong hue, the base model's "grey" for a white-and-black outfit),
      a wrong garment type (seller's category contradicted), a wrong pattern or sleeve length, a yes to the wrong
      "Is this a ...?", or an accessory given as what the person wears.
    - Colors of backdrops, walls and handbags named in a caption are correct; so are layers named in order ("a red
      plaid shirt over a white t-shirt"), and the other garments of the outfit named in a caption or the "wearing"
      answer.
    - The caption adapter's template with "pure color patterns" and no hue is a correct caption; its garment
      vocabulary ("denim pants" for jeans, "outer clothing" for a jacket, "T-shirt" for a knit top) is tolerated in
      captions when the class is broadly right. Returned as the answer to a question, it is cut/loop as it ends.
    - material: a plain fabric name that fits the look is correct (cotton tee, denim, satin-look "silk", faux
      leather "leather", wool sweater, nylon/polyester puffer); a fabric composition ("100% organic cotton
      jersey"), lining, hidden zips, back pockets or logos not in the photo are unsupported.
    - non_answer: empty, "no", "i don't know", an answer of the wrong kind (a color or pattern to the material
      question), or the garment word back ("they are short" for the shorts' details, "it's a dress" to describe a
      dress). restated: the question's own words echoed as the answer ("the details of the garment are the details
      of the garment").
    - pronoun: "a man", "he", "the gentleman" for the women models of a gender=Women catalog. Product shots without
      a person: a "wearing" answer naming the garment is correct; inventing a woman or "the lady" is unsupported.
    - Closed questions are stored as the reference engine keeps them: a candidate word, or the raw text where it did
      not map (the VQA adapter's loops and leaks on the color question).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a


def _rep(word: str, n: int) -> str:
    return " ".join([word] * n)


W = "Women"

BLIND_50: list[Case] = [
    # 1. Mustard top with small white flowers, short puff sleeves, round neck, worn with blue jeans; beige backdrop.
    # caption, wearing, color, pattern, details, material: base; description: cap3.
    case(
        "W50-TOP-01",
        caption("a woman in a yellow floral top and jeans posing for a photo"),
        D.wearing("a yellow top and blue jeans"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description(
            "The lady wears a short-sleeve T-shirt with floral patterns and a long denim pants. The T-shirt is with"
            " cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "a yellow top with white flowers, a button on the back of the neck and a lining inside", "unsupported"
        ),
        D.material("yellow", "non_answer"),
        gender=W,
        category="Tops",
        color="Mustard",
        title="HERE&NOW Women Mustard Yellow & White Floral Print Top",
    ),
    # 2. Black ribbed sleeveless tank top tucked into beige trousers, front view; white backdrop.
    # caption, details: cap3; wearing, sleeve_length, description, material: base; color: vqa.
    case(
        "W50-TOP-02",
        caption(
            "The lady wears a tank top with pure color patterns and a long trousers. The tank top is with knitting"
            " fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. There is"
            " an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and beige pants"),
        D.color(_rep("black", 30), "loop", hit_limit=True),
        D.sleeve_length("sleeveless"),
        D.description("a black tank top with a zipper on the back", "unsupported"),
        D.details(
            "The tank top is with knitting fabric and its neckline is round. The tank top is with knitting fabric and"
            " its neckline is round. The tank top",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=W,
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black Solid Ribbed Tank Top",
    ),
    # 3. White off-shoulder (bardot) top with a ruffle over the shoulders, light denim shorts; pink backdrop.
    # caption, wearing, color, pattern, details, material: base; description: vqa.
    case(
        "W50-TOP-03",
        caption("a woman in a white off the shoulder top standing in front of a pink wall"),
        D.wearing("a white top and denim shorts"),
        D.color("pink", "contradiction"),  # the backdrop's color
        D.pattern("solid"),
        D.description(
            "white Question: What is the pattern of the garment? Answer: solid Question: How long are the sleeves?"
            " Answer: short Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        D.details("ruffles on the shoulders"),
        D.material("", "non_answer"),
        gender=W,
        category="Tops",
        color="White",
        title="SASSAFRAS Women White Solid Bardot Top",
    ),
    # 4. Lavender satin wrap top, long sleeves, V-neck, tie at the waist, with white jeans; grey backdrop.
    # caption: cap1; the rest: base.
    case(
        "W50-TOP-04",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its"
            " neckline is v-shape. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with"
            " chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple top and white jeans"),
        D.color("purple"),
        D.sleeve_length("short", "contradiction"),
        D.description("a purple wrap top with a tie at the waist"),
        D.details(
            "the top has a v-neck, a tie at the waist, a hidden zipper on the side and two pockets", "unsupported"
        ),
        D.material("satin"),
        gender=W,
        category="Tops",
        color="Lavender",
        title="Vero Moda Women Lavender Solid Wrap Top",
    ),
    # 5. Peach square-neck crop top, short sleeves, white high-waist trousers; short-haired model; white backdrop.
    # caption, wearing, color, sleeve_length, description: base; details: cap3.
    case(
        "W50-TOP-05",
        caption("a man in a pink top and white pants", "pronoun"),
        D.wearing("he is wearing a crop top and white pants", "pronoun"),
        D.color("peach"),
        D.sleeve_length("short"),
        D.description("a peach crop top with a square neck"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is square. The T-shirt is with cotton fabric and its"
            " neckline is square. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Peach",
        title="FOREVER 21 Women Peach-Coloured Solid Crop Top",
    ),
    # 6. Product shot, no person: green-and-white horizontally striped long-sleeve knit top laid flat on white.
    # BLIND_QUESTIONS and is_a, all base.
    case(
        "W50-TOP-06",
        caption("a green and white striped top on a white background"),
        B.garment_type("top"),
        B.color("green"),
        B.pattern("striped"),
        B.material("striped", "non_answer"),
        is_a("sweater", "yes", "contradiction"),
        gender=W,
        category="Tops",
        color="Green",
        title="Mast & Harbour Women Green & White Striped Top",
    ),
    # 7. White formal shirt, long sleeves, tucked into black trousers; grey backdrop. The base model's "grey for
    # everything". caption: cap3; wearing, color, color of the pants, sleeve_length, details, material: base.
    case(
        "W50-SHT-01",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
            " There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.color("grey", "contradiction"),
        color_of("pants", "grey", "contradiction", kind="open"),
        D.sleeve_length("long"),
        D.details("the shirt has a collar and buttons down the front"),
        D.material("the garment is made of the material of the shirt", "restated"),
        gender=W,
        category="Shirts",
        color="White",
        title="Van Heusen Woman White Slim Fit Solid Formal Shirt",
    ),
    # 8. Red-and-navy checked flannel shirt worn open over a white t-shirt, blue jeans; white backdrop. Product: the
    # checked shirt. caption, wearing, color, pattern, description: base; details: vqa; material: cap3.
    case(
        "W50-SHT-02",
        caption("a woman wearing a red plaid shirt over a white t-shirt and jeans"),
        D.wearing("a plaid shirt, a white t-shirt and jeans"),
        D.color("white", "other_garment_color"),  # the inner tee
        D.pattern("checked"),
        D.description("a red and blue plaid shirt"),
        D.details(_rep("red and blue plaid", 7) + " red and", "loop", hit_limit=True),
        D.material(
            "The shirt is with cotton fabric and its neckline is lapel. The T-shirt is with cotton fabric and its"
            " neckline is round. The denim",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Shirts",
        color="Red",
        title="Roadster Women Red & Navy Blue Regular Fit Checked Casual Shirt",
    ),
    # 9. Olive green utility shirt, long sleeves, two flap chest pockets, black jeans; short-haired model; beige
    # backdrop. caption, material: cap3; wearing, color, details, is_a: base.
    case(
        "W50-SHT-03",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        D.wearing("a green shirt and black jeans"),
        D.color("green"),
        D.details("two pockets on the chest"),
        D.material(
            "The shirt is with cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color"
            " patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        gender=W,
        category="Shirts",
        color="Olive",
        title="Mast & Harbour Women Olive Green Solid Utility Shirt",
    ),
    # 10. Light blue chambray denim shirt, sleeves rolled up, half tucked into white jeans; white backdrop. No title.
    # caption, garment_type, color, description, material: base; wearing: vqa; details: cap3.
    case(
        "W50-SHT-04",
        caption("a woman in a denim shirt and white jeans"),
        D.wearing(_rep("denim shirt", 13), "loop", hit_limit=True),
        D.garment_type("jeans", "contradiction"),
        D.color("light blue"),
        D.description("a light blue denim shirt with the sleeves rolled up"),
        D.details(
            "The shirt is with denim fabric and its neckline is lapel. The denim pants are with denim fabric and pure"
            " color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the garment", "restated"),
        gender=W,
        category="Shirts",
        color="Blue",
    ),
    # 11. Black round-neck t-shirt with "BROOKLYN" printed in white on the chest, ripped blue jeans; grey backdrop.
    # caption, wearing, pattern, description, details, material: base; is_a: vqa.
    case(
        "W50-TSH-01",
        caption("a woman wearing a black t-shirt that says brooklyn"),
        D.wearing("a black t-shirt and ripped jeans"),
        D.pattern("graphic"),
        D.description("a black t-shirt with white letters on the", "cut"),  # stopped before the limit
        D.details("the word brooklyn printed on the front in white"),
        D.material("i don't know", "non_answer"),
        is_a("t-shirt", _rep("yes", 30), "loop", hit_limit=True),
        gender=W,
        category="Tshirts",
        color="Black",
        title="Roadster Women Black Printed Round Neck T-shirt",
    ),
    # 12. Grey melange plain V-neck t-shirt (no print, no logo), black shorts; white backdrop.
    # caption, color, sleeve_length, description, details: base; wearing: vqa.
    case(
        "W50-TSH-02",
        caption("a woman in a grey t-shirt and black shorts"),
        D.wearing(
            "t-shirt Question: What is the color of the t-shirt? Answer: grey Question: What is the color of the"
            " shorts? Answer: black",
            "leak",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),  # the shorts
        D.sleeve_length("short"),
        D.description("a grey v-neck t-shirt with a small logo on the chest", "unsupported"),
        D.details("the details of the garment are the details of the garment", "restated"),
        gender=W,
        category="Tshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Women Grey Melange Solid V-Neck T-shirt",
    ),
    # 13. Navy-and-white horizontally striped round-neck t-shirt, white jeans; white backdrop.
    # caption, wearing, color, pattern, color of the t-shirt: base; description: vqa; material: cap1.
    case(
        "W50-TSH-03",
        caption("a woman wearing a blue and white striped t-shirt and white pants"),
        D.wearing("a striped t-shirt and white jeans"),
        D.color("navy"),
        D.pattern("solid", "contradiction"),
        D.description(_rep("striped", 24), "loop", hit_limit=True),
        D.material(
            "The T-shirt is with cotton fabric and its neckline is round. The pants are with cotton fabric and pure"
            " color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue and white", kind="open"),
        gender=W,
        category="Tshirts",
        color="Navy Blue",
        title="U.S. Polo Assn. Women Navy Blue & White Striped Round Neck T-shirt",
    ),
    # 14. Pastel pink oversized t-shirt with a small red heart embroidered on the chest, light blue denim shorts;
    # beige backdrop. No color column. caption: cap1; the rest: base.
    case(
        "W50-TSH-04",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short denim pants. The T-shirt is"
            " with cotton fabric and its neckline is round. The denim pants are with denim fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a pink t-shirt and shorts"),
        D.color("blue", "other_garment_color"),  # the shorts
        D.description("a pink t-shirt with a heart on it"),
        D.details("a small heart embroidered on the chest"),
        D.material("100% organic cotton jersey", "unsupported"),
        gender=W,
        category="Tshirts",
        title="H&M Women Pink Oversized T-shirt",
    ),
    # 15. Black sleeveless knee-length fit-and-flare dress, front view, no pockets visible; white backdrop.
    # caption, wearing, sleeve_length, details, material: base; description: cap3.
    case(
        "W50-DRS-01",
        caption("a woman in a black dress posing for a photo"),
        D.wearing("a black dress"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady wears a sleeveless dress",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a zipper on the back and pockets on the side", "unsupported"),
        D.material("black", "non_answer"),
        gender=W,
        category="Dresses",
        color="Black",
        title="DressBerry Women Black Solid Fit and Flare Dress",
    ),
    # 16. Maroon long-sleeve wrap maxi dress; model stands against a beige wall.
    # caption, wearing, color, is_a: base; description: vqa; details: cap3; material: cap1.
    case(
        "W50-DRS-02",
        caption("a woman in a burgundy maxi dress standing against a beige wall"),
        D.wearing("a burgundy dress"),
        D.color("maroon"),
        D.description(_rep("maroon dress Answer:", 7), "leak", hit_limit=True),
        D.details(
            "The dress is with chiffon fabric and its neckline is v-shape. The dress is with chiffon fabric and its"
            " neckline is v-shape. The dress",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The dress is with chiffon fabric and its neckline is v-shape. The lady wears a long-sleeve dress with"
            " pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes", "contradiction"),
        gender=W,
        category="Dresses",
        color="Maroon",
        title="Athena Women Maroon Solid Wrap Maxi Dress",
    ),
    # 17. Blue midi dress with a white floral print, short flutter sleeves; white backdrop.
    # caption: cap3; wearing, pattern, description, details: base; material: vqa.
    case(
        "W50-DRS-03",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is v-shape."
        ),
        D.wearing("a blue floral dress"),
        D.pattern("striped", "contradiction"),
        D.description("a blue dress with white flowers on it"),
        D.details("it's a dress", "non_answer"),
        D.material(_rep("chiffon", 15), "loop", hit_limit=True),
        gender=W,
        category="Dresses",
        color="Blue",
        title="Sera Women Blue & White Floral Print A-Line Dress",
    ),
    # 18. White long-sleeve shirt dress, buttons down the front, brown leather belt at the waist; grey backdrop.
    # caption, wearing, color, description, material: base; details: cap3.
    case(
        "W50-DRS-04",
        caption("a woman in a white shirt dress with a brown belt"),
        D.wearing("a white shirt", "contradiction"),  # seller: Dresses; the caption says shirt dress
        D.color("white"),
        D.description("a white dress with a brown belt and buttons down the front"),
        D.details(
            "The dress is with cotton fabric and its neckline is lapel. There is an accessory on her waist. The lady"
            " wears a belt. The",
            "cut",
            hit_limit=True,
        ),
        D.material("fabric", "non_answer"),
        gender=W,
        category="Dresses",
        color="White",
        title="StyleStone Women White Solid Shirt Dress",
    ),
    # 19. Emerald green satin slip dress, midi, spaghetti straps, V-neck; grey backdrop.
    # caption, sleeve_length, material, details, description: base; wearing: cap1; color: vqa.
    case(
        "W50-DRS-05",
        caption("a woman in a green satin dress"),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its"
            " neckline is suspenders. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "green Question: What is the color of the dress? Answer: green Question: What is the color of the dress?"
            " Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.material("silk"),  # satin look: accepted
        D.details("spaghetti straps and a v-neck"),
        D.description("the garment is a dress that is a garment", "restated"),
        gender=W,
        category="Dresses",
        color="Green",
        title="Tokyo Talkies Women Green Solid Satin Slip Dress",
    ),
    # 20. Product shot, no person: navy dress with white polka dots, cap sleeves, on a hanger against a white wall.
    # caption, wearing, color, pattern, details: base; description: cap3.
    case(
        "W50-DRS-06",
        caption("a blue and white polka dot dress hanging on a hanger"),
        D.wearing("a woman is wearing a blue dress with white polka dots", "unsupported"),  # nobody in the photo
        D.color("navy"),
        D.pattern("polka dot"),
        D.description(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("no", "non_answer"),
        gender=W,
        category="Dresses",
        color="Navy Blue",
        title="Harpa Women Navy Blue & White Polka Dot Print A-Line Dress",
    ),
    # 21. Teal tiered maxi dress, three-quarter sleeves; the model holds a tan handbag; white backdrop.
    # caption, wearing, color, sleeve_length, description: base; details: cap1.
    case(
        "W50-DRS-07",
        caption("a woman in a teal dress holding a brown purse"),
        D.wearing("a brown purse", "contradiction"),  # the accessory given as what she wears
        D.color("brown", "contradiction"),  # the handbag's color
        D.sleeve_length("three-quarter"),
        D.description("a long teal dress with ruffles"),
        D.details(
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the"
            " hem, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Teal",
        title="Berrylush Women Teal Solid Tiered Maxi Dress",
    ),
    # 22. Olive utility jumpsuit, short sleeves, belted waist, chest pockets, white sneakers; white backdrop.
    # caption, garment_type, color, details, material, is_a: base; description: vqa.
    case(
        "W50-JMP-01",
        caption("a woman in a green jumpsuit and white sneakers"),
        D.garment_type("dress", "contradiction"),
        D.color("olive"),
        D.description(
            "romper Question: Is this a romper? Answer: yes Question: Is this a romper? Answer: yes Question: Is this"
            " a",
            "leak",
            hit_limit=True,
        ),
        D.details("a belt at the waist and pockets on the chest"),
        D.material("green", "non_answer"),
        is_a("jumpsuit", "yes"),
        gender=W,
        category="Jumpsuit",
        color="Olive",
        title="SASSAFRAS Women Olive Green Solid Utility Jumpsuit",
    ),
    # 23. Black sleeveless halter-neck wide-leg jumpsuit; red studio backdrop.
    # caption, wearing, color, sleeve_length, details, material: base; description: cap3.
    case(
        "W50-JMP-02",
        caption("a woman in a black jumpsuit standing in front of a red background"),
        D.wearing("a black jumpsuit"),
        D.color("red", "contradiction"),  # the backdrop
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with other fabric."
            " The pants are with other",
            "cut",
            hit_limit=True,
        ),
        D.details("halter neck and wide legs"),
        D.material("the material of the garment is the material", "restated"),
        gender=W,
        category="Jumpsuit",
        color="Black",
        title="Vero Moda Women Black Solid Halter Neck Basic Jumpsuit",
    ),
    # 24. Blue denim dungaree jumpsuit over a white t-shirt; white backdrop.
    # caption, wearing, garment_type, color, material: base; details: cap1.
    case(
        "W50-JMP-03",
        caption("a woman wearing a denim jumpsuit over a white t-shirt"),
        D.wearing("overalls"),
        D.garment_type("jeans", "contradiction"),
        D.color("white", "other_garment_color"),  # the t-shirt underneath
        D.material("denim"),
        D.details(
            "The denim pants are with denim fabric and pure color patterns. The T-shirt is with cotton fabric. The"
            " denim pants are with denim fabric",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Jumpsuit",
        color="Blue",
        title="Kraus Jeans Women Blue Solid Denim Dungarees",
    ),
    # 25. Black pleated midi skirt, white short-sleeve top tucked in (waistband hidden); grey backdrop.
    # caption, color, pattern, description, material: base; details: cap3.
    case(
        "W50-SKT-01",
        caption("a woman in a white top and black pleated skirt"),
        D.color("white", "other_garment_color"),  # the top
        D.pattern("solid"),
        D.description("a black pleated skirt"),
        D.details(
            "The skirt is with chiffon fabric and pure color patterns. The skirt is with chiffon fabric and pure color"
            " patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        D.material("100% polyester with an elastic waistband and a lining", "unsupported"),
        gender=W,
        category="Skirts",
        color="Black",
        title="Mast & Harbour Women Black Solid Pleated Midi Skirt",
    ),
    # 26. White wrap mini skirt with a blue floral print, tie at the side, worn with a plain pink top; white backdrop.
    # caption: cap3; the rest: base.
    case(
        "W50-SKT-02",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton"
            " fabric and its neckline is round. The skirt is with chiffon fabric and floral patterns. There is an"
            " accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and a floral skirt"),
        D.color("pink", "other_garment_color"),  # the top
        D.pattern("floral"),
        D.description("a pink skirt with flowers", "other_garment_color"),
        D.details("a wrap front with a tie at the side"),
        D.material("it is made of fabric", "non_answer"),
        gender=W,
        category="Skirts",
        color="White",
        title="SASSAFRAS Women White & Blue Floral Print Wrap Mini Skirt",
    ),
    # 27. Blue denim A-line mini skirt with a button front, striped navy-and-white t-shirt tucked in; white backdrop.
    # caption, wearing, pattern, description: base; details: vqa; material: cap1.
    case(
        "W50-SKT-03",
        caption("a woman in a striped shirt and denim skirt"),
        D.wearing("a denim skirt and a striped shirt"),
        D.pattern("striped", "contradiction"),  # the tee's stripes; the skirt is plain denim
        D.description("a blue denim skirt with buttons down the front"),
        D.details(
            "denim Question: What are the details of the garment? Answer: denim Question: What are the details of"
            " the garment? Answer",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The denim pants are with denim fabric and pure color patterns. The denim pants are with denim fabric and"
            " pure color patterns. The denim",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Skirts",
        color="Blue",
        title="Roadster Women Blue Solid Denim A-Line Mini Skirt",
    ),
    # 28. Blue mid-rise skinny jeans, white sleeveless crop top; white backdrop.
    # caption, color, color of the jeans, description, details: base; wearing: cap3.
    case(
        "W50-JNS-01",
        caption("a woman in a white crop top and blue jeans"),
        D.wearing(
            "The lady wears a tank top with pure color patterns and a long denim pants. The tank top is with cotton"
            " fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),  # the crop top
        color_of("jeans", "blue"),
        D.description("a pair of blue skinny jeans"),
        D.details("they are jeans", "non_answer"),
        gender=W,
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 29. Product shot, no person: light blue distressed boyfriend jeans laid flat on white.
    # caption, BLIND questions, is_a: base; open color of the jeans: vqa.
    case(
        "W50-JNS-02",
        caption("a pair of ripped jeans on a white background"),
        B.garment_type("jeans"),
        B.color("blue"),
        B.material("the garment is made of the material the jeans are made of", "restated"),
        is_a("shorts", "no"),
        color_of("jeans", _rep("light blue", 15), "loop", kind="open", hit_limit=True),
        gender=W,
        category="Jeans",
        color="Blue",
        title="Kraus Jeans Women Blue Boyfriend Fit Mid-Rise Highly Distressed Jeans",
    ),
    # 30. Black high-rise mom jeans, white shirt tucked in; grey backdrop. The base model's grey again.
    # caption: cap3; wearing, color, color of the jeans, details, material: base.
    case(
        "W50-JNS-03",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The denim pants are with denim fabric and pure color patterns."
            " There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black jeans"),
        D.color("grey", "contradiction"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        D.details("high waisted with front pockets"),
        D.material("denim"),
        gender=W,
        category="Jeans",
        color="Black",
        title="Levis Women Black High-Rise Mom Fit Jeans",
    ),
    # 31. Dark indigo straight jeans, mustard crew-neck sweater on top; short-haired model; beige backdrop.
    # caption, wearing, garment_type, color, material: base; description: vqa.
    case(
        "W50-JNS-04",
        caption("a man in a yellow sweater and jeans", "pronoun"),
        D.wearing("a yellow sweater and jeans"),
        D.garment_type("sweater", "contradiction"),  # seller: Jeans
        D.color("dark blue"),
        D.description(_rep("jeans", 30), "loop", hit_limit=True),
        D.material("denim"),
        gender=W,
        category="Jeans",
        color="Navy Blue",
        title="ONLY Women Navy Blue Straight Fit High-Rise Jeans",
    ),
    # 32. White wide-leg high-rise jeans, black long-sleeve bodysuit; white backdrop.
    # caption, color, is_a, description, details: base; wearing: vqa.
    case(
        "W50-JNS-05",
        caption("a woman in a black top and white pants"),
        D.wearing(
            "pants Question: What is the color of the pants? Answer: white Question: What is the color of the top?"
            " Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),  # the bodysuit
        is_a("jeans", "yes"),
        D.description("white wide leg jeans with a high waist"),
        D.details("", "non_answer"),
        gender=W,
        category="Jeans",
        color="White",
        title="Tokyo Talkies Women White Wide Leg High-Rise Jeans",
    ),
    # 33. Beige high-waist pleated trousers, black t-shirt tucked in, front view; white backdrop.
    # caption, wearing, color, details, material, open color of the trousers, is_a: base; description: cap3.
    case(
        "W50-TRS-01",
        caption("a woman in a black t-shirt and beige pants"),
        D.wearing("khaki pants and a black shirt"),
        D.color("beige"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with"
            " cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.details("pleats on the front and belt loops"),
        D.material("it is made of cotton and has a zip fly, two side pockets and two back welt pockets", "unsupported"),
        color_of("trousers", "black", "other_garment_color", kind="open"),  # the t-shirt
        is_a("jeans", "yes", "contradiction"),
        gender=W,
        category="Trousers",
        color="Beige",
        title="Vero Moda Women Beige Regular Fit Solid Pleated Trousers",
    ),
    # 34. Black-and-white checked slim trousers, white shirt; white backdrop.
    # caption, color, pattern, material: base; wearing: cap1; description: cap3; details: vqa.
    case(
        "W50-TRS-02",
        caption("a woman in a white shirt and black and white checkered pants"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.color("black and white"),
        D.pattern("plaid"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are with"
            " cotton fabric and lattice",
            "cut",
            hit_limit=True,
        ),
        D.details(_rep("checkered", 15), "loop", hit_limit=True),
        D.material("checkered", "non_answer"),
        gender=W,
        category="Trousers",
        color="Black",
        title="Marks & Spencer Women Black & White Checked Slim Fit Trousers",
    ),
    # 35. Rust orange linen wide-leg trousers, cream top tucked in, plain waistband (no drawstring); light backdrop.
    # All base.
    case(
        "W50-TRS-03",
        caption("a woman in orange pants and a white top"),
        D.wearing("he is wearing orange pants and a white shirt", "pronoun"),
        D.color("orange"),
        D.material("linen"),
        D.description(
            "a pair of orange pants with a drawstring waist, side pockets and a zipper on the back", "unsupported"
        ),
        D.details("the details are the details of the pants", "restated"),
        gender=W,
        category="Trousers",
        color="Rust",
        title="Chemistry Women Rust Orange Solid Wide Leg Linen Trousers",
    ),
    # 36. Light blue washed denim shorts with a frayed hem, white tank top; white backdrop.
    # caption, color, details, material, color of the shorts: base; description: cap3.
    case(
        "W50-SHO-01",
        caption("a woman in a white tank top and denim shorts"),
        D.color("white", "other_garment_color"),  # the tank top
        D.description(
            "The lady wears a tank top with pure color patterns and a short denim pants. The tank top is with cotton"
            " fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.details("they are short", "non_answer"),
        D.material("denim"),
        color_of("shorts", "blue"),
        gender=W,
        category="Shorts",
        color="Blue",
        title="Roadster Women Blue Washed Denim Shorts",
    ),
    # 37. Khaki cotton chino shorts with rolled hems, white t-shirt; white backdrop.
    # caption, color, description, details, material: base; wearing: vqa.
    case(
        "W50-SHO-02",
        caption("a woman wearing khaki shorts and a white t-shirt"),
        D.wearing(_rep("shorts", 30), "loop", hit_limit=True),
        D.color("beige"),
        D.description("the garment is a garment that is worn on the lower part of the body", "restated"),
        D.details("rolled up hem and", "cut"),  # stopped before the limit
        D.material("cotton"),
        gender=W,
        category="Shorts",
        color="Khaki",
        title="U.S. Polo Assn. Women Khaki Solid Regular Fit Chino Shorts",
    ),
    # 38. Black paperbag-waist shorts with a self belt, white blouse; grey backdrop. No title.
    # caption: cap3; wearing, color, description, material: base; details: vqa.
    case(
        "W50-SHO-03",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short pants. The shirt is with"
            " chiffon fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns."
            " There is an accessory on her waist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blouse and black shorts"),
        D.color("black"),
        D.description("black high waisted shorts with a belt"),
        D.details(
            "black Question: What is the color of the shorts? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.material("cotton with a polyester lining and a zip fly", "unsupported"),
        gender=W,
        category="Shorts",
        color="Black",
    ),
    # 39. Blue washed denim jacket, worn open over a white t-shirt, black jeans; white backdrop; front view only.
    # caption, wearing, color, color of the jacket, details, material: base; description: cap1.
    case(
        "W50-JKT-01",
        caption("a woman in a denim jacket and black jeans"),
        D.wearing("a denim jacket, a white t-shirt and black jeans"),
        D.color("black", "other_garment_color"),  # the jeans
        color_of("jacket", "blue"),
        D.description(
            "The outer clothing is with denim fabric and pure color patterns. The outer clothing is with denim fabric"
            " and pure color patterns. The outer clothing is with",
            "loop",
            hit_limit=True,
        ),
        D.details("buttons down the front, two chest pockets and an embroidered logo on the back", "unsupported"),
        D.material("denim"),
        gender=W,
        category="Jackets",
        color="Blue",
        title="Roadster Women Blue Washed Denim Jacket",
    ),
    # 40. Black faux-leather biker jacket with silver zips, white tee, blue jeans; grey backdrop; no hood, no fur.
    # caption, wearing, material, details, description, open color of the jacket: base; color: vqa.
    case(
        "W50-JKT-02",
        caption("a woman in a black leather jacket and jeans"),
        D.wearing("a black leather jacket"),
        D.color(_rep("black Answer:", 10), "leak", hit_limit=True),
        D.material("leather"),  # faux leather looks like leather: accepted
        D.details("a zipper on the front, two zippered pockets, a belt, a hood and a fur collar", "unsupported"),
        D.description("it's a jacket", "non_answer"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),  # the jeans
        gender=W,
        category="Jackets",
        color="Black",
        title="ONLY Women Black Solid Biker Jacket",
    ),
    # 41. Product shot, no person: pink quilted puffer jacket on a hanger against a white wall.
    # caption, wearing, color: base; description, material: cap3; details: vqa.
    case(
        "W50-JKT-03",
        caption("a pink puffer jacket hanging on a white wall"),
        D.wearing("a pink jacket"),
        D.color("pink"),
        D.description(
            "The lady wears a long-sleeve outer clothing with pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        D.details(
            "jacket Question: What is the color of the jacket? Answer: pink Question: Is this a jacket? Answer: yes"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The outer clothing is with cotton fabric and its neckline is stand. There is an accessory on her wrist."
            " The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Jackets",
        color="Pink",
        title="Fort Collins Women Pink Solid Puffer Jacket",
    ),
    # 42. Cream cable-knit crew-neck pullover, long sleeves, blue jeans; beige backdrop.
    # caption, wearing, color, sleeve_length, details: base; description: vqa; material: cap3.
    case(
        "W50-SWT-01",
        caption("a woman in a white sweater and jeans"),
        D.wearing("a white sweater and blue jeans"),
        D.color("blue", "other_garment_color"),  # the jeans
        D.sleeve_length("long"),
        D.description(
            "sweater Question: What is the color of the sweater? Answer: white Question: What is the color of the"
            " jeans?",
            "leak",
            hit_limit=True,
        ),
        D.details("cable knit"),
        D.material(
            "The sweater is with knitting fabric and pure color patterns. The denim pants are with denim fabric and"
            " pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sweaters",
        color="Cream",
        title="Marks & Spencer Women Cream-Coloured Cable Knit Pullover",
    ),
    # 43. Charcoal grey turtleneck pullover, black skirt; short-haired model; white backdrop.
    # caption, wearing, color, description, material: base; details: cap3.
    case(
        "W50-SWT-02",
        caption("a man in a grey turtleneck sweater", "pronoun"),
        D.wearing("a grey turtleneck and a black skirt"),
        D.color("dark grey"),
        D.description("he is wearing a grey sweater", "pronoun"),
        D.details(
            "The sweater is with knitting fabric and its neckline is stand. The sweater is with knitting fabric and"
            " its neckline is stand. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        gender=W,
        category="Sweaters",
        color="Charcoal",
        title="Vero Moda Women Charcoal Grey Solid Turtle Neck Pullover",
    ),
    # 44. Burgundy V-neck cardigan buttoned over a white top, black trousers; grey backdrop. Only a category column.
    # caption, wearing, color, description: base; details, material: cap1.
    case(
        "W50-SWT-03",
        caption("a woman in a burgundy cardigan and black pants"),
        D.wearing("a maroon cardigan over a white top"),
        D.color("maroon"),
        D.description("a pink cardigan", "contradiction"),  # wrong hue, not another garment's
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with"
            " knitting fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The sweater is with knitting fabric and its neckline is v-shape. The pants are with cotton fabric and"
            " pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        category="Sweaters",
    ),
]
